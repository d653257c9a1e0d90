"""The Schedule page: the resolved week, its problems, and the printed schedule as PDF."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import timedelta

import pytest
from sqlalchemy import select

from studio import demo
from studio.store import slots
from studio.store.models import Slot, SlotContent
from studio.store.slots import SlotSpec
from tests.helpers import need_tool

from studio.ui.schedule_page import SchedulePage
from studio.ui.tasks import InlineTaskRunner


@pytest.fixture
def page(qtbot, store, vietnamese):
    demo.seed(store)
    slots.add_slot(
        store,
        SlotSpec(
            title="Tiếp sóng VOV1",
            weekdays=0b0111111,
            start_minute=6 * 60,
            max_duration_s=30 * 60,
            content=SlotContent.RELAY_STREAM,
            stream_url="http://127.0.0.1/vov1",
        ),
    )
    p = SchedulePage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    p.show()
    return p


def column(page, c):
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def test_the_week_lists_what_goes_on_air_and_what_is_wrong(page):
    assert column(page, 2).count("Tiếp sóng VOV1") == 6, "Monday to Saturday"
    assert set(column(page, 1)) == {"06:00"}
    assert all(day.startswith(("T2", "T3", "T4", "T5", "T6", "T7")) for day in column(page, 0))
    problems = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert "“Bản tin buổi sáng” (05:30–06:00) không có nội dung để phát." in problems
    assert page.problems_heading.text() == f"Vấn đề trong tuần: {len(problems)}"


def test_week_navigation(page):
    first = page.monday
    page.next_button.click()
    assert page.monday == first + timedelta(days=7)
    assert page.week_label.text().startswith("Tuần ")
    page.previous_button.click()
    page.previous_button.click()
    assert page.monday == first - timedelta(days=7)


def test_export_pdf_writes_the_administrative_document(page, tmp_path):
    pdftotext = need_tool("pdftotext")
    out = tmp_path / "lịch tuần.pdf"
    page.write_pdf(out)
    assert page.message.text() == f"Đã lưu {out}."
    text = subprocess.run(
        [pdftotext, "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFC", text)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "LỊCH PHÁT SÓNG", "Tiếp sóng VOV1"):
        assert expected in text
    assert not list(tmp_path.glob(".*.part"))


def test_export_to_a_missing_folder_says_so(page, tmp_path):
    page.write_pdf(tmp_path / "không có" / "lich.pdf")
    assert page.message.text().endswith("thư mục không tồn tại.")
    assert not (tmp_path / "không có").exists()


def test_edit_week_shows_the_grid_and_its_edits_reach_the_week(page, store):
    page.edit_button.click()
    assert page.editor.isVisible() and not page.table.isVisible()
    assert page.editor.monday == page.monday
    titles = {b.title for b in page.editor.grid.blocks}
    assert {"Bản tin buổi sáng", "Tiếp sóng VOV1"} <= titles
    grid = page.editor.grid
    relay = next(b for b in grid.blocks if b.title == "Tiếp sóng VOV1" and b.day == 0)
    page.editor.move(relay.slot_id, 0, 0, 6 * 60 + 15)
    page.edit_button.click()
    assert not page.editor.isVisible() and page.table.isVisible()
    assert "06:15" in column(page, 1) and "06:00" not in column(page, 1)


def test_a_station_without_communes_is_not_offered_a_choice(page):
    assert page.station_choice.isHidden() and page.station_label.isHidden()
    assert page.station_id() is None


@pytest.fixture
def parent_page(qtbot, store):
    from tests.schedule.communes import MONDAY, parent_with_commune

    found = parent_with_commune(store)
    p = SchedulePage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    p.resize(1200, 900)
    p.show()
    p.monday = MONDAY
    p.refresh()
    return p, found


def test_a_parent_chooses_a_commune_and_sees_only_its_week(parent_page):
    page, found = parent_page
    assert page.station_choice.isVisibleTo(page)
    assert page.station_choice.count() == 2
    assert "Đài huyện Bạch Thông" in page.station_choice.itemText(0)
    assert set(column(page, 2)) == {"Thời sự huyện"}, "its own week first"
    page.station_choice.setCurrentIndex(page.station_choice.findData(str(found.commune_id)))
    assert page.station_id() == found.commune_id
    assert set(column(page, 2)) == {"Phát thanh xã", "Thông báo xã"}
    problems = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert problems and not any("Thời sự huyện" in p for p in problems)
    page.station_choice.setCurrentIndex(0)
    assert set(column(page, 2)) == {"Thời sự huyện"}


def test_a_slot_dropped_on_the_communes_week_belongs_to_the_commune(parent_page):
    from tests.ui.test_week_grid import drop

    page, found = parent_page
    page.station_choice.setCurrentIndex(page.station_choice.findData(str(found.commune_id)))
    page.edit_button.click()
    editor = page.editor
    assert {b.title for b in editor.grid.blocks} == {"Phát thanh xã"}
    row = next(
        i for i in range(editor.library.count()) if editor.library.items[i][2] == "Thời sự huyện"
    )
    drop(editor.grid, 1, 18 * 60, editor.library.mimeData([editor.library.item(row)]))
    with found.store.session() as s:
        added = s.scalars(select(Slot).where(Slot.start_minute == 18 * 60)).one()
    assert added.station_id == found.commune_id
    assert (1, 18 * 60) in {(b.day, b.start) for b in editor.grid.blocks}
    page.station_choice.setCurrentIndex(0)
    assert {b.title for b in editor.grid.blocks} == {"Thời sự huyện"}
    assert not editor.undo_button.isEnabled(), "the commune's edits are not undone from here"


def test_the_printed_schedule_is_the_chosen_communes(parent_page, tmp_path):
    pdftotext = need_tool("pdftotext")
    page, found = parent_page
    page.station_choice.setCurrentIndex(page.station_choice.findData(str(found.commune_id)))
    out = tmp_path / "lich.pdf"
    page.write_pdf(out)
    text = subprocess.run(
        [pdftotext, "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFC", text)
    assert "Phát thanh xã" in text and "Thời sự huyện" not in text
    assert "XÃ BẰNG THÀNH" in text.upper()
