"""The week grid editor with real mouse events, drops and the store behind it."""

from __future__ import annotations

import sys
import uuid
from datetime import date, timedelta

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from studio.store import slots, stations
from studio.store.models import DeviceKind, Priority, SlotContent
from studio.store.slots import SlotSpec
from studio.store.stations import StationProfile
from tests.schedule.week import MON, MONDAY, TUE, WED, add_programme, relay, template

from studio.ui.week_grid import MIME_TYPE, WeekEditor, playable_mime, read_mime


@pytest.fixture
def news(store):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    zone = stations.add_zone(store, "Thôn Nà Lạ")
    stations.add_device(store, "Loa 1", DeviceKind.IP_SPEAKER, zone_id=zone.id)
    return add_programme(store, "Thời sự sáng", 20 * 60)


@pytest.fixture
def editor(qtbot, store, news):
    e = WeekEditor(store)
    qtbot.addWidget(e)
    e.resize(1100, 800)
    e.show()
    e.set_week(MONDAY)
    qtbot.waitExposed(e)
    return e


def drop(grid, day: int, minute: float, mime) -> None:
    pos = QPointF(grid.point_at(day, minute))
    event = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    grid.dropEvent(event)


def drag(grid, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), start)
    middle = (start + end) / 2
    QTest.mouseMove(grid, middle)
    QTest.mouseMove(grid, end)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), end)


def problems(editor) -> list[str]:
    return [editor.problems_list.item(i).text() for i in range(editor.problems_list.count())]


def test_mime_data_round_trips():
    item = (SlotContent.BULLETIN, uuid.uuid4(), "Tin bão số 9", 95.0)
    mime = playable_mime([item])
    assert mime.hasFormat(MIME_TYPE)
    assert read_mime(mime) == [item]


def test_dragging_a_programme_from_the_list_creates_a_slot(editor, store, news):
    assert editor.library.count() == 1
    mime = editor.library.mimeData([editor.library.item(0)])
    drop(editor.grid, TUE, 5 * 60 + 31, mime)
    (slot,) = slots.list_slots(store)
    assert (slot.weekdays, slot.start_minute, slot.max_duration_s) == (1 << TUE, 330, 1200)
    assert (slot.content, slot.programme_id, slot.title) == (
        SlotContent.PROGRAMME,
        news.id,
        "Thời sự sáng",
    )
    (block,) = editor.grid.blocks
    assert (block.day, block.start) == (TUE, 330)
    assert editor.grid.selected == (slot.id, TUE)
    editor.undo_button.click()
    assert slots.list_slots(store) == [] and editor.grid.blocks == []
    editor.redo_button.click()
    assert [s.id for s in slots.list_slots(store)] == [slot.id]


def test_moving_a_block_with_the_mouse_snaps_to_five_minutes(editor, store):
    slot = slots.add_slot(store, relay("Tiếp sóng VOV1", 1 << MON, 6 * 60))
    editor.reload()
    grid = editor.grid
    start = grid.point_at(MON, 6 * 60 + 10)
    drag(grid, start, grid.point_at(WED, 7 * 60 + 22))
    (moved,) = slots.list_slots(store)
    assert (moved.id, moved.weekdays, moved.start_minute) == (slot.id, 1 << WED, 7 * 60 + 10)
    assert "07:10–07:40" in editor.running_order.item(0).text()
    editor.undo_button.click()
    assert template(store) == {"Tiếp sóng VOV1": (1 << MON, 360, 30)}


def test_resizing_from_the_bottom_edge_changes_the_length(editor, store):
    slots.add_slot(store, relay("Tiếp sóng VOV1", 0b0011111, 6 * 60))
    editor.reload()
    grid = editor.grid
    block = grid.block(slots.list_slots(store)[0].id, TUE)
    rect = grid.block_rect(block)
    edge = QPoint(round(rect.center().x()), round(rect.bottom()) - 2)
    drag(grid, edge, QPoint(edge.x(), round(grid.y_of(6 * 60 + 47))))
    assert template(store) == {"Tiếp sóng VOV1": (0b0011111, 360, 45)}
    assert all(b.length == 45 for b in grid.blocks), "every day of the slot"
    editor.undo_button.click()
    assert template(store) == {"Tiếp sóng VOV1": (0b0011111, 360, 30)}


def test_an_overlap_is_outlined_in_red_and_explained(editor, store):
    slots.add_slot(store, relay("Bản tin sáng", 1 << MON, 5 * 60 + 30))
    later = slots.add_slot(store, relay("Tiếp sóng VOV1", 1 << MON, 7 * 60))
    editor.reload()
    assert not any(b.mark for b in editor.grid.blocks)
    grid = editor.grid
    drag(grid, grid.point_at(MON, 7 * 60 + 5), grid.point_at(MON, 5 * 60 + 50))
    assert slots.get_slot(store, later.id).start_minute == 5 * 60 + 45
    marked = {b.title: b.mark for b in grid.blocks}
    assert marked == {"Bản tin sáng": "error", "Tiếp sóng VOV1": "error"}
    assert {b.lanes for b in grid.blocks} == {2}, "side by side, both visible"
    assert any("chồng" in t or "overlap" in t for t in problems(editor))
    editor.undo_button.click()
    assert not any(b.mark for b in editor.grid.blocks)


def test_content_longer_than_its_slot_is_marked_yellow(editor, store, news):
    slots.add_slot(
        store,
        SlotSpec(
            weekdays=1 << MON,
            start_minute=330,
            max_duration_s=10 * 60,
            content=SlotContent.PROGRAMME,
            programme_id=news.id,
            title="Thời sự sáng",
        ),
    )
    editor.reload()
    (block,) = editor.grid.blocks
    assert block.mark == "warning"
    assert any("cut" in t or "cắt" in t for t in block.problems)


def test_copy_day_and_delete(editor, store):
    slots.add_slot(store, relay("Sáng", 1 << MON, 330))
    slots.add_slot(store, relay("Chỉ thứ Ba", 1 << TUE, 600))
    editor.reload()
    editor.copy_target.setCurrentIndex(editor.copy_target.findData(TUE))
    editor.copy_day_button.click()  # no day view, nothing chosen: Monday is copied
    assert template(store) == {"Sáng": (0b11, 330, 30)}
    assert sorted((b.day, b.title) for b in editor.grid.blocks) == [(MON, "Sáng"), (TUE, "Sáng")]
    editor.grid.select(editor.grid.blocks[0].slot_id, MON)
    editor.grid.setFocus()
    QTest.keyClick(editor.grid, Qt.Key.Key_Delete)
    assert template(store) == {"Sáng": (1 << TUE, 330, 30)}
    editor.undo_button.click()
    editor.undo_button.click()
    assert template(store) == {"Sáng": (1 << MON, 330, 30), "Chỉ thứ Ba": (1 << TUE, 600, 30)}


def test_copy_week_says_when_nothing_needs_copying(editor, store):
    slots.add_slot(store, relay("Sáng", 0b1111111, 330))
    editor.reload()
    editor.copy_week_button.click()
    assert len(slots.list_slots(store)) == 1
    assert editor.message.text()


def test_keyboard_moves_and_stretches_the_chosen_block(editor, store):
    slots.add_slot(store, relay("Sáng", 1 << MON, 330))
    editor.reload()
    grid = editor.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Down)  # chooses the first block
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(grid, Qt.Key.Key_Down, ctrl)
    QTest.keyClick(grid, Qt.Key.Key_Down, ctrl | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(grid, Qt.Key.Key_Right, ctrl)
    assert template(store) == {"Sáng": (1 << TUE, 335, 35)}


def test_day_view_shows_one_day_larger_with_its_running_order(editor, store):
    slots.add_slot(store, relay("Sáng", 0b11, 330))
    editor.reload()
    week_height = editor.grid.minimumHeight()
    editor.view.setCurrentIndex(editor.view.findData(TUE))
    assert editor.grid.days == [TUE]
    assert editor.grid.minimumHeight() > week_height
    assert editor.grid.day_at(editor.grid.width() - 5) == TUE
    first = editor.running_order.item(0).text()
    assert first.startswith("05:30") and "Sáng" in first
    assert editor.running_order_label.text().endswith(f"{MONDAY + timedelta(days=TUE):%d/%m}")


def test_priority_chosen_for_a_block_is_saved(editor, store):
    slot = slots.add_slot(store, relay("Sáng", 1 << MON, 330))
    editor.reload()
    editor.grid.select(slot.id, MON)
    editor.priority.setCurrentIndex(editor.priority.findData(Priority.EMERGENCY))
    editor.priority.activated.emit(editor.priority.currentIndex())
    assert slots.get_slot(store, slot.id).priority == Priority.EMERGENCY
    assert editor.grid.blocks[0].priority == Priority.EMERGENCY


def test_painting_a_busy_week_does_not_wear_python_down(editor, store):
    """Painting costs the same few calls into Qt however many blocks there are.

    Some PySide6 builds (6.12.0 on Python 3.11) drop a reference to None on every call of a
    method that returns nothing; one call per block per paint would end the program with
    "deallocating None" after a few dozen repaints of a busy week.
    """
    for day in range(7):
        for k in range(40):
            slots.add_slot(store, relay(f"Mục {day}-{k}", 1 << day, 300 + k * 20, 15))
    editor.reload()
    assert len(editor.grid.blocks) == 280
    editor.grid.grab()
    before = sys.getrefcount(None)
    for _ in range(10):
        editor.grid.grab()
    assert before - sys.getrefcount(None) < 10 * 60


def test_enter_in_the_list_adds_the_item_after_the_chosen_block(editor, store, news):
    first = slots.add_slot(store, relay("Tiếp sóng", 1 << WED, 6 * 60, 30))
    editor.reload()
    editor.grid.select(first.id, WED)
    editor.library.setCurrentRow(0)
    editor.library.setFocus()
    QTest.keyClick(editor.library, Qt.Key.Key_Return)
    assert template(store)["Thời sự sáng"] == (1 << WED, 6 * 60 + 30, 20)


def test_the_editor_opens_at_the_first_session_not_at_midnight(qtbot, store):
    from studio import demo

    from studio.ui.week_grid import HEADER_PX

    demo.seed(store)
    editor = WeekEditor(store)
    qtbot.addWidget(editor)
    editor.resize(1000, 500)
    editor.show()
    editor.set_week(date(2026, 11, 23))  # as the Schedule page does when editing starts
    qtbot.waitUntil(lambda: editor.scroll.verticalScrollBar().value() > 0)
    top = editor.scroll.verticalScrollBar().value()
    first = min(b.start for b in editor.grid.blocks)
    assert top > 0
    assert editor.grid.minute_at(top + HEADER_PX) <= first, "the first session is in view"
