"""Background work: results, progress, errors and cancellation arrive on the UI thread."""

from __future__ import annotations

import threading

import pytest

from PySide6.QtCore import QThread

from studio.errors import StudioError

from studio.ui.tasks import InlineTaskRunner, TaskRunner


def count_to(ctx, n):
    for i in range(n):
        ctx.progress((i + 1) / n, f"{i + 1}/{n}")
    return n * 10


def fail(ctx):
    raise StudioError("The file {name} is not audio.", name="tin.doc")


@pytest.mark.parametrize("runner_class", [InlineTaskRunner, TaskRunner])
def test_result_and_progress_on_the_ui_thread(qtbot, qapp, runner_class):
    runner = runner_class()
    seen, threads, results = [], [], []
    handle = runner.run(
        count_to,
        4,
        on_result=lambda r: (results.append(r), threads.append(QThread.currentThread())),
        on_progress=lambda f, m: seen.append((f, m)),
    )
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert results == [40]
    assert seen == [(0.25, "1/4"), (0.5, "2/4"), (0.75, "3/4"), (1.0, "4/4")]
    assert threads == [qapp.thread()]
    assert runner.running == 0


@pytest.mark.parametrize("runner_class", [InlineTaskRunner, TaskRunner])
def test_errors_reach_the_ui_with_their_message(qtbot, runner_class):
    runner = runner_class()
    errors = []
    handle = runner.run(fail, on_error=errors.append, on_result=lambda r: pytest.fail("no result"))
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert [str(e) for e in errors] == ["The file tin.doc is not audio."]


def test_cancelling_stops_the_work_and_reports_it(qtbot):
    runner = TaskRunner()
    started, steps = threading.Event(), []

    def slow(ctx):
        started.set()
        for i in range(1000):
            ctx.progress(i / 1000)
            steps.append(i)
            threading.Event().wait(0.005)
        return "finished"

    outcome = []
    handle = runner.run(slow, on_result=outcome.append, on_cancelled=lambda: outcome.append("x"))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert outcome == ["x"]
    assert len(steps) < 1000
    assert runner.wait(5000)


def test_jobs_that_wait_do_not_starve_the_others(qtbot):
    """A playout or a broker connection holds its thread for hours; four such jobs and a
    render must still all run at once, even on a 2-core PC."""
    runner = TaskRunner()
    together = threading.Barrier(5, timeout=10)

    def wait_for_the_others(ctx):
        together.wait()  # raises BrokenBarrierError if fewer than five ever run at once
        return True

    results, errors = [], []
    for _ in range(5):
        runner.run(wait_for_the_others, on_result=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 5, timeout=15000)
    assert errors == []
    assert results == [True] * 5
    runner.wait()
