"""The Reports page: a period's as-run report on screen, as CSV/XLSX, and as a printed PDF."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.schedule.test_reports import aired  # noqa: F401 - the as-run entries of week 48
from tests.ui.test_printing import one_spaced, pdf_text

from studio.ui.reports_page import ReportsPage
from studio.ui.tasks import InlineTaskRunner

MONDAY = date(2026, 11, 23)


@pytest.fixture
def folder(tmp_path):
    """Where files are saved (the database lives beside it, in tmp_path)."""
    path = tmp_path / "xuất"
    path.mkdir()
    return path


@pytest.fixture
def page(qtbot, aired, vietnamese):  # noqa: F811
    p = ReportsPage(aired, InlineTaskRunner())
    qtbot.addWidget(p)
    p.show_period("week", MONDAY, date(2026, 11, 29))
    p.show()
    return p


def cells(table, c):
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_week_shows_totals_per_zone_and_every_entry(page):
    assert page.period_label.text() == "Tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)"
    assert cells(page.totals, 0) == ["Thôn Khuổi Ha", "Thôn Nà Lạ"]
    assert cells(page.totals, 1) == ["15", "30"]
    assert cells(page.table, 3) == [
        "Thông báo của xã",
        "Tin của tỉnh",
        "Thông báo của xã",
        "Thông báo của xã",
    ]


@pytest.mark.parametrize(
    ("kind", "label", "entries"),
    [
        ("day", "Ngày 23/11/2026", 3),
        ("month", "Tháng 11 năm 2026", 5),
    ],
)
def test_period_choice(page, kind, label, entries):
    page.period_choice.setCurrentIndex(page.period_choice.findData(kind))
    assert page.period_label.text() == label
    assert page.table.rowCount() == entries


def test_stepping_to_the_next_week_finds_the_failed_relay(page):
    page.next_button.click()
    assert page.first == date(2026, 11, 30)
    assert cells(page.table, 5) == ["Lỗi"]
    page.previous_button.click()
    page.previous_button.click()
    assert page.first == date(2026, 11, 16) and page.table.rowCount() == 0
    assert page.empty.isVisible()


def test_month_pdf_is_an_administrative_report_with_the_entries(page, folder):
    page.period_choice.setCurrentIndex(page.period_choice.findData("month"))
    out = folder / "báo cáo tháng 11.pdf"
    page.write(out)
    assert str(out) in page.message.text()
    assert [p.name for p in folder.iterdir()] == [out.name], "no temp file left"
    flat = one_spaced(pdf_text(out))
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "XÃ BẰNG THÀNH",
        "/BC-ĐTT",
        "BÁO CÁO PHÁT SÓNG",
        "Tháng 11 năm 2026",
        "TỔNG HỢP THEO VÙNG PHÁT",
        "TRƯỞNG ĐÀI",
        "(Ký, ghi rõ họ tên)",
    ):
        assert expected in flat, expected
    assert re.search(r"23/11/2026 +05:30 - 05:40 +Thôn Nà Lạ +Thông báo của xã", flat)
    assert re.search(r"05:40 - 06:00 +Thôn Nà Lạ +Tin của tỉnh +20,0 +Đã phát", flat)
    assert re.search(r"30/11/2026 +23:59 - 00:04 +Thôn Nà Lạ +Tiếp sóng VOV1 .*Lỗi", flat)
    assert "Bỏ lỡ" in flat
    assert re.search(r"Thôn Nà Lạ +30,0 +2 +1 +0 +33%", flat), "totals of the zone"


def test_csv_and_xlsx_exports(page, folder):
    page.write(folder / "tuan.csv")
    table = list(csv.reader(io.StringIO((folder / "tuan.csv").read_text("utf-8-sig"))))
    assert table[0][:2] == ["Ngày", "Bắt đầu"] and len(table) == 5
    page.write(folder / "tuan.xlsx")
    book = load_workbook(folder / "tuan.xlsx")
    assert book["Chi tiết"].max_row == 5


def test_unwritable_places_say_so_and_write_nothing(page, folder):
    page.write(folder / "không có" / "a.pdf")
    assert page.message.text().endswith("thư mục không tồn tại.")
    page.write(folder / "a.txt")
    assert ".txt" in page.message.text() or "a.txt" in page.message.text()
    assert not any(folder.iterdir())
