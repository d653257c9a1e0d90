"""Week grid editor speed with a busy week: 300 items, against references from the same run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/schedule_editor.py [--items 300]

Builds a station in a temporary SQLite file with ``--items`` one-day slots spread over the
week (three zones, a programme or bulletin each, some overlaps and cuts so the checks have
work), then measures, as the median of ``--repeat`` runs:

* resolve   — resolving the week for every zone (studio.schedule.resolve), the reference;
* empty     — painting the grid with no blocks (the other reference);
* open      — reading the store, checking the week and building the blocks (WeekEditor.reload);
* paint     — painting the full grid of the busy week;
* scroll    — painting one screenful (the viewport) after scrolling half way down;
* move      — one move through studio.schedule.edits plus the reload with checks, as a drag
  ends; then its undo.

and prints each in milliseconds and as ratios against the references. A frame of a smooth UI
is ~16 ms; the lines marked "frame" say how many frames an action costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication

from studio.schedule.book import load_book
from studio.schedule.resolve import resolve_day
from studio.store import open_store, slots, sqlite_url, stations
from studio.store.models import AudioAsset, DeviceKind, Priority, Programme, SlotContent
from studio.store.slots import SlotSpec
from studio.store.stations import StationProfile

from studio.ui.week_grid import WeekEditor

MONDAY = date(2026, 11, 23)


def busy_station(path: Path, items: int):
    store = open_store(sqlite_url(path))
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    zones = [stations.add_zone(store, f"Thôn {i}") for i in range(3)]
    for z in zones:
        stations.add_device(store, f"Loa {z.name}", DeviceKind.IP_SPEAKER, zone_id=z.id)
    programmes = []
    with store.session() as s:
        for i in range(20):
            asset = AudioAsset(
                sha256=f"{i:064x}", duration_s=180 + 37 * i, sample_rate=48000, channels=1
            )
            s.add(asset)
            s.flush()
            p = Programme(title=f"Chương trình số {i}", rendered_asset_id=asset.id)
            s.add(p)
            s.flush()
            programmes.append(p.id)
    per_day = -(-items // 7)
    made = 0
    for day in range(7):
        for k in range(per_day):
            if made == items:
                break
            start = 5 * 60 + k * 20 + (7 if k % 9 == 4 else 0)  # a few overlap their neighbour
            slots.add_slot(
                store,
                SlotSpec(
                    weekdays=1 << day,
                    start_minute=start % (24 * 60 - 30),
                    max_duration_s=(20 if k % 6 else 5) * 60,  # some too short: cut
                    content=SlotContent.PROGRAMME,
                    programme_id=programmes[(day * per_day + k) % len(programmes)],
                    zone_ids=(zones[k % 3].id,) if k % 4 else None,
                    priority=Priority.PRIORITY if k % 11 == 3 else Priority.NORMAL,
                    title=f"Mục {day}-{k}",
                ),
            )
            made += 1
    return store


def timed(fn, repeat: int) -> float:
    """Median seconds of ``repeat`` calls."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def paint(widget, rect=None) -> None:
    """Paint ``widget`` (or the part of it in ``rect``) into an image, as a repaint does."""
    size = rect.size() if rect is not None else widget.size()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if rect is None:
        widget.render(image)
    else:
        widget.render(image, QPoint(0, 0), QRegion(rect))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance()
    with tempfile.TemporaryDirectory() as tmp:
        store = busy_station(Path(tmp) / "studio.db", args.items)
        book = load_book(store)
        resolve_s = timed(
            lambda: [resolve_day(book, MONDAY + timedelta(days=d)) for d in range(7)],
            args.repeat,
        )

        editor = WeekEditor(store)
        editor.resize(1280, 800)
        editor.show()
        app.processEvents()
        grid = editor.grid
        editor.monday = MONDAY
        empty_s = timed(lambda: paint(grid), args.repeat)

        open_s = timed(editor.reload, args.repeat)
        blocks = len(grid.blocks)
        app.processEvents()
        paint_s = timed(lambda: paint(grid), args.repeat)
        bar = editor.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        app.processEvents()
        viewport = editor.scroll.viewport().rect().translated(0, bar.value())
        scroll_s = timed(lambda: paint(grid, viewport), args.repeat)

        block = next(b for b in grid.blocks if b.day == 2)
        times = []
        for i in range(args.repeat):
            t = time.perf_counter()
            editor.move(block.slot_id, block.day, block.day, block.start + 5 * (1 + i % 2))
            times.append(time.perf_counter() - t)
        move_s = statistics.median(times)
        t = time.perf_counter()
        editor.undo_stack.undo()
        undo_s = time.perf_counter() - t
        problems = len(editor.problems)
        editor.close()
        # gone while the application still runs (its signal lambdas would keep it to exit)
        editor.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()

    def line(name: str, seconds: float, note: str = "") -> None:
        print(
            f"{name:<8} {seconds * 1000:9.1f} ms   × resolve {seconds / resolve_s:7.2f}"
            f"   × empty grid {seconds / empty_s:7.2f}   {seconds / (1 / 60):6.1f} frame{note}"
        )

    print(f"{args.items} items → {blocks} blocks, {problems} problems; median of {args.repeat}")
    line("resolve", resolve_s, "  (reference)")
    line("empty", empty_s, "  (reference)")
    line("open", open_s)
    line("paint", paint_s)
    line("scroll", scroll_s)
    line("move", move_s, "  (edit + checks + reload)")
    line("undo", undo_s)


if __name__ == "__main__":
    # the application outlives every widget main() makes
    _app = QApplication(["benchmark"])
    main()
