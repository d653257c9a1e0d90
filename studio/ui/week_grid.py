"""The week grid editor: the weekly template as blocks on days × time, edited with the mouse.

Days are columns, the time of day runs down. Each block is one day's occurrence of a slot,
as tall as the slot is long and coloured by its priority; a red outline marks a block with
an error the checks found (overlap, missing or unapproved audio), a yellow one a block whose
content is cut or that has a warning. Programmes and bulletins are dragged onto the grid
from the list beside it (or from any widget that offers :data:`MIME_TYPE`); blocks are moved
and resized with the mouse, landing on a 5-minute step. Every change goes through
:mod:`studio.schedule.edits` and onto an undo stack; the problems are checked again after
each one.

Keyboard: arrows choose a block, Ctrl+arrows move it (5 minutes, or a day), Ctrl+Shift+Up/Down
shorten or lengthen it, Delete takes it off its day; Enter in the list adds the chosen
programmes or bulletins after the chosen block.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import (
    QLineF,
    QMimeData,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studio import settings
from studio.errors import StudioError
from studio.i18n import translate
from studio.schedule import edits, export
from studio.schedule.book import ScheduleBook, load_book
from studio.schedule.checks import Problem, ProblemKind, Severity, check, duration_text
from studio.schedule.template import MINUTES_PER_DAY
from studio.store import Store
from studio.store import settings as stored
from studio.store.models import Priority, SlotContent

from studio.ui.labels import WEEKDAYS, label
from studio.ui.widgets import Translatable

#: what a dragged programme or bulletin carries: JSON, a list of
#: ``{"kind": "programme"|"bulletin", "id": "…", "title": "…", "duration_s": 12.5|null}``
MIME_TYPE = "application/x-studio-playable"

HEADER_PX = 28
GUTTER_PX = 48
#: pixels per minute in the week and in the day view (a 30-minute session shows its title)
WEEK_SCALE = 1.5
DAY_SCALE = 2.5
RESIZE_GRIP_PX = 6
#: where items added from the keyboard go when no block is chosen (communes start at dawn)
FIRST_MINUTE = 5 * 60
#: the view choice that shows all seven days (the others are weekday numbers)
WHOLE_WEEK = -1

FILL = {
    Priority.NORMAL: QColor("#cfe3fb"),
    Priority.PRIORITY: QColor("#ffe08a"),
    Priority.EMERGENCY: QColor("#f28b82"),
}
EDGE = {
    Priority.NORMAL: QColor("#5b8fd1"),
    Priority.PRIORITY: QColor("#c79a00"),
    Priority.EMERGENCY: QColor("#b3261e"),
}
#: outline of a block with problems: red for errors on air, yellow for cuts and warnings
MARK = {"error": QColor("#d32f2f"), "warning": QColor("#f9a825")}

Item = tuple[SlotContent, uuid.UUID, str, float | None]


def playable_mime(items: Iterable[Item]) -> QMimeData:
    """Drag data for programmes or bulletins: (kind, id, title, audio seconds or None)."""
    data = [
        {"kind": kind.value, "id": str(record_id), "title": title, "duration_s": duration_s}
        for kind, record_id, title, duration_s in items
    ]
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return mime


def read_mime(mime: QMimeData) -> list[Item]:
    """The items in drag data (empty if it carries none, or garbage)."""
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE)).decode("utf-8"))
        return [
            (
                SlotContent(d["kind"]),
                uuid.UUID(d["id"]),
                str(d.get("title", "")),
                float(d["duration_s"]) if d.get("duration_s") is not None else None,
            )
            for d in data
            if d.get("kind") in (SlotContent.PROGRAMME.value, SlotContent.BULLETIN.value)
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        return []


def _this_monday() -> date:
    today = export.today_local()
    return today - timedelta(days=today.weekday())


def clock(minute: float) -> str:
    m = round(minute)
    return f"{m // 60 % 24:02d}:{m % 60:02d}"


@dataclass
class GridBlock:
    """One day's occurrence of a slot. ``day``: weekday (0 = Monday); minutes from midnight."""

    slot_id: uuid.UUID
    day: int
    start: int
    length: float
    title: str
    priority: Priority
    #: "error", "warning" or None
    mark: str | None = None
    problems: list[str] = field(default_factory=list)
    lane: int = 0
    lanes: int = 1

    @property
    def end(self) -> float:
        return min(self.start + self.length, MINUTES_PER_DAY)


def lay_out_lanes(blocks: list[GridBlock]) -> None:
    """Side by side where blocks of a day overlap, so each one stays visible."""
    by_day: dict[int, list[GridBlock]] = {}
    for b in blocks:
        by_day.setdefault(b.day, []).append(b)
    for day_blocks in by_day.values():
        day_blocks.sort(key=lambda b: (b.start, -b.length))
        cluster: list[GridBlock] = []
        lane_ends: list[float] = []
        cluster_end = -1.0
        for b in [*day_blocks, None]:
            if b is None or b.start >= cluster_end:
                for c in cluster:
                    c.lanes = len(lane_ends)
                if b is None:
                    break
                cluster, lane_ends, cluster_end = [], [], -1.0
            lane = next((i for i, e in enumerate(lane_ends) if e <= b.start), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(b.end)
            else:
                lane_ends[lane] = b.end
            b.lane = lane
            cluster.append(b)
            cluster_end = max(cluster_end, b.end)


def grid_blocks(book: ScheduleBook, monday: date, problems: Sequence[Problem]) -> list[GridBlock]:
    """The template's slots that run in the week of ``monday``, with their problems marked."""
    marks: dict[tuple[uuid.UUID, int], tuple[str, list[str]]] = {}
    week = {monday + timedelta(days=d) for d in range(7)}
    for p in problems:
        cut = p.kind == ProblemKind.CONTENT_TOO_LONG
        mark = "error" if p.severity == Severity.ERROR and not cut else "warning"
        days = [d.weekday() for d in p.dates if d in week] if p.dates else range(7)
        for slot_id in p.slot_ids:
            for d in days:
                old, texts = marks.get((slot_id, d), (None, []))
                texts.append(p.text(translate))
                marks[(slot_id, d)] = ("error" if "error" in (old, mark) else mark, texts)
    blocks = []
    for slot in book.slots:
        for d in range(7):
            if not slot.runs_on(monday + timedelta(days=d)):
                continue
            playable = book.playable(slot.content)
            title = slot.title or (playable.title if playable else "")
            mark, texts = marks.get((slot.id, d), (None, []))
            blocks.append(
                GridBlock(
                    slot.id,
                    d,
                    slot.start_minute,
                    slot.max_duration_s / 60,
                    title,
                    slot.priority,
                    mark,
                    list(texts),
                )
            )
    lay_out_lanes(blocks)
    return blocks


@dataclass
class _Drag:
    block: GridBlock
    #: "move" or "resize"
    mode: str
    grab_minute: float
    day: int
    start: int
    length: int


class WeekGrid(Translatable, QWidget):
    """The painted grid. It only shows and reports; :class:`WeekEditor` makes the edits."""

    #: slot id, from day, to day, start minute
    moveRequested = Signal(object, int, int, int)
    #: slot id, length in seconds
    resizeRequested = Signal(object, int)
    #: weekday, start minute, list of items
    dropRequested = Signal(int, int, list)
    #: slot id and the day it leaves
    deleteRequested = Signal(object, int)
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = _this_monday()
        self.days: list[int] = list(range(7))
        self.scale = WEEK_SCALE
        self.blocks: list[GridBlock] = []
        self.selected: tuple[uuid.UUID, int] | None = None
        self._drag: _Drag | None = None
        self._drop_at: tuple[int, int] | None = None
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._resize_height()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Week grid"))
        self.update()

    # --- data
    def set_blocks(self, monday: date, blocks: list[GridBlock]) -> None:
        self.monday = monday
        self.blocks = blocks
        if self.selected and self.block(*self.selected) is None:
            self.selected = None
            self.selectionChanged.emit()
        self.update()

    def set_days(self, days: Sequence[int], scale: float) -> None:
        """Show these weekdays (all seven, or one for the day view) at ``scale`` px/minute."""
        self.days = list(days)
        self.scale = scale
        self._resize_height()
        self.update()

    def block(self, slot_id: uuid.UUID, day: int) -> GridBlock | None:
        return next((b for b in self.blocks if b.slot_id == slot_id and b.day == day), None)

    def selected_block(self) -> GridBlock | None:
        return self.block(*self.selected) if self.selected else None

    def select(self, slot_id: uuid.UUID | None, day: int = 0) -> None:
        self.selected = (slot_id, day) if slot_id is not None else None
        self.selectionChanged.emit()
        self.update()

    def _resize_height(self) -> None:
        self.setMinimumHeight(HEADER_PX + round(MINUTES_PER_DAY * self.scale) + 1)

    def sizeHint(self) -> QSize:
        return QSize(GUTTER_PX + 120 * len(self.days), self.minimumHeight())

    # --- geometry (public so tests and the benchmark aim where a person would)
    def column_width(self) -> float:
        return max((self.width() - GUTTER_PX) / max(len(self.days), 1), 10.0)

    def y_of(self, minute: float) -> float:
        return HEADER_PX + minute * self.scale

    def minute_at(self, y: float) -> float:
        return (y - HEADER_PX) / self.scale

    def day_at(self, x: float) -> int | None:
        column = int((x - GUTTER_PX) // self.column_width())
        return self.days[column] if x >= GUTTER_PX and 0 <= column < len(self.days) else None

    def point_at(self, day: int, minute: float) -> QPoint:
        """The middle of ``day``'s column at ``minute``."""
        column = self.days.index(day)
        x = GUTTER_PX + (column + 0.5) * self.column_width()
        return QPoint(round(x), round(self.y_of(minute)))

    def block_rect(
        self,
        b: GridBlock,
        start: float | None = None,
        length: float | None = None,
        day: int | None = None,
    ) -> QRectF:
        day = b.day if day is None else day
        if day not in self.days:
            return QRectF()
        start = b.start if start is None else start
        end = min(start + (b.length if length is None else length), MINUTES_PER_DAY)
        width = self.column_width() / max(b.lanes, 1)
        x = GUTTER_PX + self.days.index(day) * self.column_width() + b.lane * width
        top = self.y_of(start)
        return QRectF(x + 1, top, width - 2, max(self.y_of(end) - top, 4.0))

    def block_at(self, pos: QPointF) -> GridBlock | None:
        for b in reversed(self.blocks):
            if self.block_rect(b).contains(pos):
                return b
        return None

    # --- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        # Drawn in batches (one call per colour, not per block): the cost of a paint does not
        # grow with the number of calls into Qt, whatever the week holds.
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        clip = event.rect()
        width = self.column_width()
        text = self.palette().text().color()
        first_hour = max(int(self.minute_at(clip.top()) // 60), 0)
        last_hour = min(int(self.minute_at(clip.bottom()) // 60) + 1, 24)
        step = 15 if self.scale >= 1.5 else 30
        hours, minor = [], []
        for minute in range(first_hour * 60, last_hour * 60 + 1, step):
            y = self.y_of(minute)
            (hours if minute % 60 == 0 else minor).append(QLineF(GUTTER_PX, y, self.width(), y))
        for column in range(len(self.days) + 1):
            x = GUTTER_PX + column * width
            hours.append(QLineF(x, HEADER_PX, x, self.height()))
        p.setPen(QPen(QColor("#dddddd")))
        p.drawLines(minor)
        p.setPen(QPen(QColor("#aaaaaa")))
        p.drawLines(hours)
        p.setPen(text)
        for hour in range(first_hour, min(last_hour, 23) + 1):
            y = round(self.y_of(hour * 60))
            p.drawText(
                QRectF(0, y, GUTTER_PX - 4, 16), Qt.AlignmentFlag.AlignRight, clock(hour * 60)
            )
        shown = []
        for b in self.blocks:
            rect = self.block_rect(b)
            if not rect.isEmpty() and rect.toAlignedRect().intersects(clip):
                faded = self._drag is not None and self._drag.block is b
                shown.append((b, rect, faded))
        if self._drag is not None:
            d = self._drag
            shown.append((d.block, self.block_rect(d.block, d.start, d.length, d.day), False))
        self._paint_blocks(p, shown)
        if self._drop_at is not None and self._drop_at[0] in self.days:
            day, minute = self._drop_at
            x = GUTTER_PX + self.days.index(day) * width
            y = self.y_of(minute)
            p.setPen(QPen(QColor("#1a73e8"), 2))
            p.drawLines([QLineF(x, y, x + width, y)])
        self._paint_header(p, width)
        p.end()

    def header_top(self) -> int:
        """Where the day names are drawn: the top of the part in view, so they stay on
        screen while the operator scrolls to the afternoon (the scroll area moves the grid
        up by as much as it is scrolled)."""
        return max(0, -self.y())

    def _paint_header(self, p: QPainter, width: float) -> None:
        top = self.header_top()
        p.fillRect(QRect(0, top, self.width(), HEADER_PX), self.palette().window())
        p.setPen(self.palette().windowText().color())
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for column, day in enumerate(self.days):
            when = self.monday + timedelta(days=day)
            rect = QRectF(GUTTER_PX + column * width, top, width, HEADER_PX)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{WEEKDAYS[day]()} {when:%d/%m}")

    def _paint_blocks(self, p: QPainter, shown: list[tuple[GridBlock, QRectF, bool]]) -> None:
        """Fill, outline and label ``shown`` (block, where, faded while dragged)."""
        fills: dict[tuple[str, bool], list[QRectF]] = {}
        edges: dict[tuple[str, int, bool], list[QRectF]] = {}
        for b, rect, faded in shown:
            priority = b.priority if b.priority in FILL else Priority.NORMAL
            fills.setdefault((priority, faded), []).append(rect)
            colour = MARK[b.mark].name() if b.mark else EDGE[priority].name()
            selected = self.selected == (b.slot_id, b.day)
            inner = rect.adjusted(0.5, 0.5, -0.5, -0.5)
            edges.setdefault((colour, (3 if b.mark else 1) + selected, selected), []).append(inner)
        p.setPen(Qt.PenStyle.NoPen)
        for (priority, faded), rects in fills.items():
            fill = QColor(FILL[priority])
            if faded:
                fill.setAlpha(90)
            p.setBrush(fill)
            p.drawRects(rects)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for (colour, width, selected), rects in edges.items():
            pen = QPen(QColor(colour), width)
            if selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawRects(rects)
        p.setPen(QColor("#000000"))
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        for b, rect, _faded in shown:
            if rect.height() < 14:  # a 5-minute block in the week view: its tooltip says it
                continue
            if rect.height() < 28:
                label_text = f"{clock(b.start)} {b.title}"
            else:
                label_text = f"{clock(b.start)}–{clock(b.start + b.length)}\n{b.title}"
            p.drawText(rect.adjusted(3, 1, -3, -1), wrap, label_text)

    # --- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        b = self.block_at(pos)
        self.setFocus()
        if b is None:
            self.select(None)
            return
        self.select(b.slot_id, b.day)
        rect = self.block_rect(b)
        mode = "resize" if rect.bottom() - pos.y() <= RESIZE_GRIP_PX else "move"
        self._drag = _Drag(
            b, mode, self.minute_at(pos.y()) - b.start, b.day, b.start, round(b.length)
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        d = self._drag
        if d is None:
            b = self.block_at(pos)
            near_edge = b is not None and self.block_rect(b).bottom() - pos.y() <= RESIZE_GRIP_PX
            shape = Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            if self.cursor().shape() != shape:
                self.setCursor(shape)
            return
        minute = self.minute_at(pos.y())
        if d.mode == "resize":
            end = min(edits.snap(minute), MINUTES_PER_DAY)
            d.length = max(end - d.start, edits.SNAP_MIN)
        else:
            start = edits.snap(minute - d.grab_minute)
            d.start = min(max(start, 0), MINUTES_PER_DAY - edits.SNAP_MIN)
            day = self.day_at(pos.x())
            d.day = d.day if day is None else day
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        d, self._drag = self._drag, None
        self.update()
        if d is None or event.button() != Qt.MouseButton.LeftButton:
            return
        b = d.block
        if d.mode == "resize" and d.length != round(b.length):
            self.resizeRequested.emit(b.slot_id, d.length * 60)
        elif d.mode == "move" and (d.start != b.start or d.day != b.day):
            self.moveRequested.emit(b.slot_id, b.day, d.day, d.start)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            b = self.block_at(QPointF(event.pos()))
            if b is not None:
                lines = [f"{clock(b.start)}–{clock(b.start + b.length)}  {b.title}", *b.problems]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        b = self.selected_block()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        vertical = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        horizontal = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if b is None and key in (*vertical, *horizontal):
            first = sorted(
                (x for x in self.blocks if x.day in self.days),
                key=lambda x: (self.days.index(x.day), x.start),
            )
            if first:
                self.select(first[0].slot_id, first[0].day)
            return
        if b is not None and key in vertical:
            step = vertical[key]
            if ctrl and shift:
                length = max(round(b.length) + step * edits.SNAP_MIN, edits.SNAP_MIN)
                self.resizeRequested.emit(b.slot_id, length * 60)
            elif ctrl:
                start = min(max(b.start + step * edits.SNAP_MIN, 0), MINUTES_PER_DAY - 5)
                self.moveRequested.emit(b.slot_id, b.day, b.day, start)
            else:
                same = sorted((x for x in self.blocks if x.day == b.day), key=lambda x: x.start)
                i = same.index(b) + step
                if 0 <= i < len(same):
                    self.select(same[i].slot_id, same[i].day)
            return
        if b is not None and key in horizontal:
            day = b.day + horizontal[key]
            if ctrl and 0 <= day < 7:
                self.moveRequested.emit(b.slot_id, b.day, day, b.start)
            elif day in self.days:
                there = [x for x in self.blocks if x.day == day]
                if there:
                    near = min(there, key=lambda x: abs(x.start - b.start))
                    self.select(near.slot_id, near.day)
            return
        if b is not None and event.matches(QKeySequence.StandardKey.Delete):
            self.deleteRequested.emit(b.slot_id, b.day)
            return
        super().keyPressEvent(event)

    # --- drops from the list of programmes and bulletins (or the library)
    def _drop_target(self, pos: QPointF) -> tuple[int, int] | None:
        day = self.day_at(pos.x())
        if day is None or pos.y() < self.header_top() + HEADER_PX:
            return None
        minute = min(max(edits.snap(self.minute_at(pos.y())), 0), MINUTES_PER_DAY - 5)
        return day, minute

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drop_at = self._drop_target(event.position())
        if self._drop_at is not None and event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()
        self.update()

    def dragLeaveEvent(self, event) -> None:
        self._drop_at = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_at = None
        self.update()
        target = self._drop_target(event.position())
        items = read_mime(event.mimeData())
        if target is None or not items:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropRequested.emit(target[0], target[1], items)


class PlayableList(QListWidget):
    """Programmes and bulletins to drag onto the grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def fill(self, book: ScheduleBook) -> None:
        self.clear()
        playables = sorted(
            [*book.programmes.values(), *book.bulletins.values()],
            key=lambda x: (x.kind != SlotContent.PROGRAMME, x.title.casefold()),
        )
        # item data holds plain values only (an index into this list)
        self.items: list[Item] = [(x.kind, x.id, x.title, x.duration_s) for x in playables]
        for i, x in enumerate(playables):
            length = duration_text(x.duration_s) if x.duration_s else "–"
            item = QListWidgetItem(f"{x.title}  ({length})")
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.addItem(item)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return playable_mime(self.items[i.data(Qt.ItemDataRole.UserRole)] for i in items)


class EditCommand(QUndoCommand):
    """An edit already made on the store; undo reverts it, redo makes it again."""

    def __init__(self, editor: WeekEditor, text: str, edit: edits.Edit) -> None:
        super().__init__(text)
        # the stack (the editor's child) owns the command: no strong reference back
        self._editor = weakref.ref(editor)
        self.edit = edit
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:  # pushed right after the edit was made
            self._fresh = False
            return
        editor = self._editor()
        if editor is not None:
            editor.apply(lambda: edits.reapply(editor.store, self.edit))

    def undo(self) -> None:
        editor = self._editor()
        if editor is not None:
            editor.apply(lambda: edits.revert(editor.store, self.edit))


class WeekEditor(Translatable, QWidget):
    """The grid with its list of programmes and bulletins, its actions and its problems."""

    #: the template changed (after an edit, undo or redo)
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        #: whose template is edited: None for this station, else a commune's id
        self.station_id: uuid.UUID | None = None
        self.monday = _this_monday()
        self.book: ScheduleBook | None = None
        self.problems: list[Problem] = []
        self.undo_stack = QUndoStack(self)
        self.grid = WeekGrid()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        # the day names are drawn where the view starts: repaint them as it moves
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self.grid.update())
        self.library = PlayableList()
        self.library_label = QLabel()
        self.view = QComboBox()
        self.view.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem("", p)
        self.priority.activated.connect(lambda _i: self._priority_chosen())
        self.copy_target = QComboBox()
        self.copy_day_button, self.copy_week_button = QPushButton(), QPushButton()
        self.copy_day_button.clicked.connect(self.copy_day)
        self.copy_week_button.clicked.connect(self.copy_week)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button, self.redo_button = QPushButton(), QPushButton()
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setMaximumHeight(140)
        self.problems_list.itemActivated.connect(self._problem_chosen)
        self.running_order = QListWidget()
        self.running_order_label = QLabel()

        bar = QHBoxLayout()
        for w in (
            self.view,
            self.priority,
            self.delete_button,
            self.copy_day_button,
            self.copy_target,
            self.copy_week_button,
        ):
            bar.addWidget(w)
        bar.addStretch()
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.library_label)
        side_layout.addWidget(self.library)
        side_layout.addWidget(self.running_order_label)
        side_layout.addWidget(self.running_order)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems_list)
        layout.addWidget(self.message)

        self.library.itemActivated.connect(lambda _item: self.add_chosen())
        self.grid.moveRequested.connect(self.move)
        self.grid.resizeRequested.connect(self.resize_slot)
        self.grid.dropRequested.connect(self.drop)
        self.grid.deleteRequested.connect(self.remove)
        self.grid.selectionChanged.connect(self._selection_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Drag programmes and bulletins onto the grid. Moving a block up or down or "
                "stretching it changes the slot on every day it runs; dragging it to another "
                "day moves that day only."
            )
        )
        self.library_label.setText(self.tr("Programmes and bulletins"))
        self.running_order_label.setText(self.tr("Running order of the day"))
        view = self.view.currentIndex()
        self.view.blockSignals(True)
        self.view.clear()
        # -1, not None: a None item data is handed back with a bad reference count
        self.view.addItem(self.tr("Whole week"), WHOLE_WEEK)
        for d in range(7):
            self.view.addItem(self.tr("Day: %1").replace("%1", WEEKDAYS[d]()), d)
        self.view.setCurrentIndex(max(view, 0))
        self.view.blockSignals(False)
        for i in range(self.priority.count()):
            self.priority.setItemText(i, label(self.priority.itemData(i)))
        self.priority.setToolTip(self.tr("Priority of the chosen block, and of new ones"))
        target = self.copy_target.currentIndex()
        self.copy_target.clear()
        for d in range(7):
            self.copy_target.addItem(self.tr("to %1").replace("%1", WEEKDAYS[d]()), d)
        self.copy_target.setCurrentIndex(max(target, 1))
        self.copy_day_button.setText(self.tr("Copy day"))
        self.copy_week_button.setText(self.tr("Copy week to next week"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        if self.book is not None:
            self.reload()

    # --- reading the store
    def set_station(self, station_id: uuid.UUID | None) -> None:
        """Edit ``station_id``'s template (None: this station's). The undo history is of
        the station shown before, so it goes."""
        if station_id == self.station_id:
            return
        self.station_id = station_id
        self.undo_stack.clear()
        if self.book is not None:
            self.reload()

    def set_week(self, monday: date) -> None:
        self.monday = monday
        self.reload()
        QTimer.singleShot(0, self.scroll_to_first_session)

    def reload(self) -> None:
        """Read the template again, check it, and show both."""
        self.book = load_book(self.store, self.station_id)
        limit = stored.get(self.store, settings.MAX_SESSION_MINUTES)
        self.problems = check(self.book, self.monday, 7, max_session_min=limit)
        self.grid.set_blocks(self.monday, grid_blocks(self.book, self.monday, self.problems))
        if self.library.count() != len(self.book.programmes) + len(self.book.bulletins):
            self.library.fill(self.book)
        self.problems_list.clear()
        # one call for the whole list (see WeekGrid.paintEvent); the sign tells errors apart
        self.problems_list.addItems(
            [
                f"{'⛔' if p.severity == Severity.ERROR else '⚠'} {p.text(translate)}"
                for p in self.problems
            ]
        )
        self.problems_list.setVisible(bool(self.problems))
        self._fill_running_order()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.scroll_to_first_session)

    def scroll_to_first_session(self) -> None:
        """A commune's sessions start around 05:30: show the week from there, not midnight."""
        if self.grid.blocks:
            first = min(b.start for b in self.grid.blocks)
            top = round(self.grid.y_of(max(first - 30, 0))) - HEADER_PX
            self.scroll.verticalScrollBar().setValue(top)

    def day(self) -> int:
        """The weekday the day view shows, else that of the chosen block (Monday if none)."""
        if self.view.currentData() != WHOLE_WEEK:
            return self.view.currentData()
        b = self.grid.selected_block()
        return b.day if b else 0

    def _fill_running_order(self) -> None:
        self.running_order.clear()
        if self.book is None:
            return
        when = self.monday + timedelta(days=self.day())
        self.running_order_label.setText(
            self.tr("Running order of %1").replace(
                "%1", f"{WEEKDAYS[when.weekday()]()} {when:%d/%m}"
            )
        )
        lines = []
        for r in export.day_rows(self.book, when):
            zones = f"  [{', '.join(r.zones)}]" if r.zones else ""
            cut = self.tr(" (cut %1)").replace("%1", export.length_text(r.cut_s)) if r.cut_s else ""
            lines.append(
                f"{export.clock_text(r.start)}–{export.clock_text(r.end)}  {r.title}{zones}{cut}"
            )
        self.running_order.addItems(lines)

    # --- making edits
    def apply(self, action) -> bool:
        """Run ``action`` on the store, show what went wrong if it fails, then reload."""
        try:
            action()
            self.message.clear()
            ok = True
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            ok = False
        self.reload()
        self.changed.emit()
        return ok

    def _do(self, text: str, make) -> edits.Edit:
        try:
            edit = make()
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            return edits.Edit()
        self.message.clear()
        if edit:
            self.undo_stack.push(EditCommand(self, text, edit))
        self.reload()
        self.changed.emit()
        return edit

    def move(self, slot_id: uuid.UUID, day: int, to_day: int, start: int) -> None:
        edit = self._do(
            self.tr("Move"),
            lambda: edits.move(self.store, slot_id, day, to_day, start, station_id=self.station_id),
        )
        if edit and day != to_day:
            self.grid.select(edit.created[0] if edit.created else slot_id, to_day)
        self._fill_running_order()

    def resize_slot(self, slot_id: uuid.UUID, length_s: int) -> None:
        self._do(
            self.tr("Change length"),
            lambda: edits.resize(self.store, slot_id, length_s, self.station_id),
        )

    def drop(self, day: int, start: int, items: list) -> None:
        priority = self.priority.currentData() or Priority.NORMAL
        edit = self._do(
            self.tr("Add to the schedule"),
            lambda: edits.place(self.store, day, start, items, priority, self.station_id),
        )
        if edit.created:
            self.grid.select(edit.created[0], day)

    def add_chosen(self) -> None:
        """Without a mouse: the items chosen in the list go on the day shown (or that of the
        chosen block), right after the chosen block, else from 05:00."""
        chosen = [self.library.items[self.library.row(i)] for i in self.library.selectedItems()]
        if not chosen:
            return
        day = self.day()
        b = self.grid.selected_block()
        start = edits.snap(b.end) if b is not None and b.day == day else FIRST_MINUTE
        self.drop(day, min(start, MINUTES_PER_DAY - edits.SNAP_MIN), chosen)

    def remove(self, slot_id: uuid.UUID, day: int) -> None:
        self._do(self.tr("Delete"), lambda: edits.remove(self.store, slot_id, day, self.station_id))

    def delete_selected(self) -> None:
        b = self.grid.selected_block()
        if b is not None:
            self.remove(b.slot_id, b.day)

    def copy_day(self) -> None:
        source = self.monday + timedelta(days=self.day())
        target = self.monday + timedelta(days=self.copy_target.currentData())
        self._do(
            self.tr("Copy day"),
            lambda: edits.copy_day(self.store, source, target, self.station_id),
        )

    def copy_week(self) -> None:
        following = self.monday + timedelta(days=7)
        edit = self._do(
            self.tr("Copy week"),
            lambda: edits.copy_week(self.store, self.monday, following, self.station_id),
        )
        if not edit and not self.message.text():
            self.message.setText(
                self.tr("Next week already follows the same template: there is nothing to copy.")
            )

    def _priority_chosen(self) -> None:
        b = self.grid.selected_block()
        chosen = self.priority.currentData()
        if b is not None and chosen != b.priority:
            self._do(
                self.tr("Change priority"),
                lambda: edits.change(
                    self.store, b.slot_id, station_id=self.station_id, priority=chosen
                ),
            )

    def _selection_changed(self) -> None:
        b = self.grid.selected_block()
        self.delete_button.setEnabled(b is not None)
        if b is not None:
            self.priority.setCurrentIndex(self.priority.findData(b.priority))
        if self.view.currentData() == WHOLE_WEEK:
            self._fill_running_order()

    def _view_changed(self) -> None:
        day = self.view.currentData()
        if day == WHOLE_WEEK:
            self.grid.set_days(range(7), WEEK_SCALE)
        else:
            self.grid.set_days([day], DAY_SCALE)
        self._fill_running_order()

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        p = self.problems[self.problems_list.row(item)]
        for b in self.grid.blocks:
            if b.slot_id in p.slot_ids:
                self.grid.select(b.slot_id, b.day)
                rect = self.grid.block_rect(b)
                self.scroll.ensureVisible(round(rect.center().x()), round(rect.center().y()))
                return
