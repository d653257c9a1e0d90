"""``studio report --pdf``: the printable as-run report, read back with pdftotext."""

from __future__ import annotations

import re

from tests.helpers import run_studio, studio_env
from tests.schedule.test_reports import aired  # noqa: F401 - the as-run entries of week 48
from tests.ui.test_printing import one_spaced, pdf_text

ENV = studio_env(STUDIO_LANG="en", QT_QPA_PLATFORM="offscreen")


def test_week_report_as_pdf_and_csv_at_once(aired, db_path, tmp_path):  # noqa: F811
    aired.close()
    out = tmp_path / "xuất"
    out.mkdir()
    result = run_studio(
        "--db",
        str(db_path),
        "report",
        "--week",
        "2026-W48",
        "--pdf",
        str(out / "báo cáo.pdf"),
        "-o",
        str(out / "báo cáo.csv"),
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["báo cáo.csv", "báo cáo.pdf"]
    flat = one_spaced(pdf_text(out / "báo cáo.pdf"))
    assert "BÁO CÁO PHÁT SÓNG" in flat and "XÃ BẰNG THÀNH" in flat
    assert "Tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)" in flat
    assert re.search(r"23/11/2026 +17:30 - 17:45 +Thôn Khuổi", flat)
    assert "Tin của tỉnh" in flat and "Tiếp sóng VOV1" not in flat, "30/11 is the next week"


def test_bad_pdf_places_exit_2_and_write_nothing(aired, db_path, tmp_path):  # noqa: F811
    aired.close()
    missing = run_studio(
        "--db",
        str(db_path),
        "report",
        "--day",
        "2026-11-23",
        "--pdf",
        str(tmp_path / "x" / "a.pdf"),
        env=ENV,
    )
    assert missing.returncode == 2 and "folder does not exist" in missing.stderr
    both = run_studio(
        "--db",
        str(db_path),
        "report",
        "--day",
        "2026-11-23",
        "--pdf",
        str(tmp_path / "a.pdf"),
        "-o",
        str(tmp_path / "a.txt"),
        env=ENV,
    )
    assert both.returncode == 2 and "Traceback" not in both.stderr
    assert not (tmp_path / "a.pdf").exists(), "nothing written when part of the request is bad"


def test_a_pdf_needs_a_station(tmp_path):
    result = run_studio(
        "--db",
        str(tmp_path / "empty.db"),
        "report",
        "--day",
        "2026-11-23",
        "--pdf",
        str(tmp_path / "a.pdf"),
        env=ENV,
    )
    assert result.returncode == 2 and "studio init" in result.stderr
    assert not (tmp_path / "a.pdf").exists()
