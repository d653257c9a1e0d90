"""The printed schedule: a real PDF read back with pdftotext and rendered with pdftoppm."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date

import pytest

from studio.schedule import export
from tests.helpers import need_tool, run_studio, studio_env
from tests.schedule.build import MONDAY, book, programme, slot
from tests.schedule.test_export import NOTICE, sample_book

from studio.ui import printing

HEAD = printing.Letterhead(
    station="Xã Bằng Thành",
    place="Bằng Thành",
    issued=date(2026, 11, 23),
    parent="Đài Phát thanh và Truyền hình Thái Nguyên",
    number=12,
    approver="Hoàng Văn Ất",
)


def pdf_text(path, *pages: int) -> str:
    """The PDF's text as pdftotext -layout gives it, NFC so ``ệ`` compares whole."""
    args = [need_tool("pdftotext"), "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True, text=True)
    return unicodedata.normalize("NFC", out.stdout)


def one_spaced(text: str) -> str:
    return re.sub(r"[ \u00a0]+", " ", text)


@pytest.fixture
def week_pdf(qapp, tmp_path):
    rows = export.week_rows(sample_book(), MONDAY)
    path = tmp_path / "lich.pdf"
    pages = printing.write_pdf(printing.schedule_document(HEAD, MONDAY, rows), path)
    assert pages == 1
    return path


def test_headings_days_and_titles_come_out_exactly(week_pdf):
    text = pdf_text(week_pdf)
    lines = [one_spaced(line).strip() for line in text.splitlines()]
    flat = one_spaced(text)
    for heading in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "LỊCH PHÁT SÓNG",
        "Tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)",
        "Bằng Thành, ngày 23 tháng 11 năm 2026",
        "Số: 12/LPS-ĐTT",
        "XÃ BẰNG THÀNH",
        "NGƯỜI DUYỆT",
        "TRƯỞNG ĐÀI",
        "Hoàng Văn Ất",
        "Nơi nhận:",
    ):
        assert heading in flat, heading
    assert lines[0].startswith("ĐÀI PHÁT THANH"), "the parent body stands first, top left"
    for name in ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"):
        assert name in flat, name
    assert re.search(r"05:30 - 05:55 +Thời sự sáng +25 phút", flat)
    assert re.search(r"17:30 - 18:00 +Tiếp sóng VOV1 +30 phút", flat)
    assert "Thôn Nà Lạ" in flat and "Thôn Bản Chang" in flat, "zones named where they differ"
    assert NOTICE.title.split("\n")[0] in flat and "(ưu tiên)" in flat
    assert "Chương trình phát thanh tiếng Tày" in flat, "a long title wraps in its cell"
    assert "5:13" in flat
    assert "Không phát sóng" in flat, "Sunday has nothing on air"


def test_the_font_is_embedded_so_any_pc_shows_the_diacritics(week_pdf):
    out = subprocess.run(
        [need_tool("pdffonts"), str(week_pdf)], capture_output=True, check=True, text=True
    ).stdout
    fonts = [line for line in out.splitlines()[2:] if line.strip()]
    assert fonts and all(" yes " in line for line in fonts), out
    assert any("Serif" in line or "Times" in line for line in fonts), out


def test_page_one_renders_to_png(week_pdf, tmp_path):
    prefix = tmp_path / "page"
    subprocess.run(
        [need_tool("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", str(week_pdf), prefix],
        check=True,
    )
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 10_000, "a blank page would compress to almost nothing"


def test_a_busy_week_runs_over_pages_numbered_from_the_second(qapp, tmp_path):
    items = [programme(f"Bản tin số {i}", 240.0) for i in range(40)]
    busy = book(
        slots=[slot(f"{5 + i // 4:02d}:{(i % 4) * 15:02d}", 10, p) for i, p in enumerate(items)],
        library=items,
    )
    path = tmp_path / "busy.pdf"
    doc = printing.schedule_document(HEAD, MONDAY, export.week_rows(busy, MONDAY))
    pages = printing.write_pdf(doc, path)
    assert pages > 2
    second = pdf_text(path, 2)
    assert second.lstrip().startswith("2"), "page number at the top of page 2"
    assert "Thời lượng" in second, "the table's header repeats on each page"
    assert "Hoàng Văn Ất" in pdf_text(path, pages)


# --- the command ----------------------------------------------------------------------------

EN = studio_env(STUDIO_LANG="en")


@pytest.fixture(scope="module")
def station_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("print") / "studio.db"
    for args in (
        [
            "init",
            "--name",
            "Xã Bằng Thành",
            "--province",
            "Thái Nguyên",
            "--parent",
            "Đài Phát thanh và Truyền hình Thái Nguyên",
        ],
        [
            "schedule",
            "add",
            "--days",
            "daily",
            "--at",
            "17:30",
            "--length",
            "30",
            "--content",
            "fm",
            "--title",
            "Chương trình phát thanh của xã",
        ],
    ):
        result = run_studio("--db", str(path), *args, env=EN)
        assert result.returncode == 0, result.stderr
    return path


def test_print_command_writes_the_pdf(station_db, tmp_path):
    out = tmp_path / "lich.pdf"
    result = run_studio(
        "--db",
        str(station_db),
        "schedule",
        "print",
        "--week",
        "2026-W48",
        "-o",
        str(out),
        "--approver",
        "Hoàng Văn Ất",
        "--number",
        "12",
        env=studio_env(STUDIO_LANG="en", QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["lich.pdf"], "no temp file left"
    flat = one_spaced(pdf_text(out))
    today = export.today_local()
    assert export.date_line("Bằng Thành", today) in flat
    assert "XÃ BẰNG THÀNH" in flat and "Số: 12/LPS-ĐTT" in flat
    assert flat.count("Chương trình phát thanh của xã") == 7


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-W99", "-o", "{tmp}/a.pdf"], "Not a week"),
        (["--week", "2026-W48", "-o", "{tmp}/nowhere/a.pdf"], "folder does not exist"),
        (["--week", "2026-W48", "-o", "{tmp}/a.pdf", "--number", "12/3"], "cannot contain"),
    ],
)
def test_print_bad_input_exits_2_and_writes_nothing(station_db, tmp_path, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    result = run_studio("--db", str(station_db), "schedule", "print", *args, env=EN)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not any(tmp_path.iterdir())


def test_print_needs_a_station(tmp_path):
    db = tmp_path / "empty.db"
    out = tmp_path / "a.pdf"
    result = run_studio("--db", str(db), "schedule", "print", "--week", "2026-W48", "-o", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not out.exists()
