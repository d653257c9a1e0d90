"""The Schedule page: the week as it will go on air, its problems, and the printed schedule.

The operator steps through weeks, sees every item with its time, zones and length (cut
items and emergency or priority items stand out), reads each problem the checks find in
plain Vietnamese, and prints or exports the week's ``Lịch phát sóng``. "Edit week" swaps
the list for the week grid editor (:mod:`studio.ui.week_grid`), which changes the template.

A parent station also chooses whose schedule: its own, or one of its communes'. The list,
the editor and the printed schedule then are that commune's, and the slots made there
belong to the commune (sync takes them to it).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from studio import settings
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.i18n import translate
from studio.schedule import export
from studio.schedule.book import load_book
from studio.schedule.checks import Severity, check
from studio.store import settings as stored
from studio.store import stations
from studio.store.types import utcnow

from studio.ui.labels import WEEKDAYS, label
from studio.ui.pages import TablePage, tone
from studio.ui.week_grid import WeekEditor
from studio.ui.widgets import TONES, Row


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class SchedulePage(TablePage):
    def build(self) -> None:
        self.monday = monday_of(export.today_local(utcnow()))
        self.station_label = QLabel()
        # item data: the station id as text, "" for this station
        self.station_choice = QComboBox()
        self.station_label.setBuddy(self.station_choice)
        self.station_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.toolbar.addWidget(self.station_label)
        self.toolbar.addWidget(self.station_choice)
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.week_label = QLabel()
        self.preview_button, self.pdf_button = QPushButton(), QPushButton()
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.edit_button = QPushButton()
        self.edit_button.setCheckable(True)
        self.edit_button.toggled.connect(lambda _on: self.refresh())
        for w in (self.previous_button, self.week_label, self.next_button):
            self.toolbar.addWidget(w)
        self.toolbar.addStretch()
        self.toolbar.addWidget(self.edit_button)
        self.toolbar.addWidget(self.preview_button)
        self.toolbar.addWidget(self.pdf_button)
        self.problems_heading = QLabel()
        self.problems = QListWidget()
        self.problems.setMaximumHeight(180)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.editor = WeekEditor(self.store)
        self.editor.hide()
        self.layout().addWidget(self.editor, 1)
        for w in (self.problems_heading, self.problems, self.message):
            self.layout().addWidget(w)

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous week"))
        self.next_button.setText(self.tr("Next week ▶"))
        self.preview_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.edit_button.setText(self.tr("Edit week"))
        self.station_label.setText(self.tr("Station:"))
        super().retranslate()

    def title(self) -> str:
        return self.tr("Schedule")

    def explanation(self) -> str:
        return self.tr("The week as it will go on air, from the weekly template and its changes.")

    def empty_text(self) -> str:
        return self.tr("Nothing is scheduled this week.")

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Time"),
            self.tr("Item"),
            self.tr("Zones"),
            self.tr("Length"),
            self.tr("Priority"),
        ]

    def step(self, weeks: int) -> None:
        self.monday += timedelta(weeks=weeks)
        self.refresh()

    def station_id(self) -> uuid.UUID | None:
        """The station whose schedule is shown (None: this station)."""
        chosen = self.station_choice.currentData()
        return uuid.UUID(chosen) if chosen else None

    def _fill_stations(self) -> None:
        """This station and its communes, offered only on a parent that has communes."""
        own = stations.local_station(self.store)
        communes = stations.list_communes(self.store) if own is not None else []
        wanted = self.station_choice.currentData() or ""
        self.station_choice.blockSignals(True)
        self.station_choice.clear()
        if communes:
            self.station_choice.addItem(self.tr("%1 (this station)").replace("%1", own.name), "")
            for commune in communes:
                self.station_choice.addItem(commune.name, str(commune.id))
        self.station_choice.setCurrentIndex(max(self.station_choice.findData(wanted), 0))
        self.station_choice.blockSignals(False)
        self.station_choice.setVisible(bool(communes))
        self.station_label.setVisible(bool(communes))

    def rows(self) -> list[Row]:
        self.book = load_book(self.store, self.station_id())
        self.week = export.week_rows(self.book, self.monday)
        rows = []
        for day, entries in self.week.items():
            name = f"{WEEKDAYS[day.weekday()]()} {day:%d/%m}"
            for r in entries:
                cut = self.tr(" (cut %1)").replace("%1", export.length_text(r.cut_s))
                cells = [
                    name,
                    export.clock_text(r.start, seconds=False),
                    r.title,
                    ", ".join(r.zones) or self.tr("All zones"),
                    export.length_text(r.length_s) + (cut if r.cut_s else ""),
                    label(r.priority),
                ]
                rows.append(Row(cells, tone(r.priority)))
        return rows

    def refresh(self) -> None:
        self._fill_stations()
        self.editor.set_station(self.station_id())
        super().refresh()
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week %1: %2 – %3")
            .replace("%1", str(export.iso_week(self.monday)))
            .replace("%2", f"{self.monday:%d/%m/%Y}")
            .replace("%3", f"{sunday:%d/%m/%Y}")
        )
        limit = stored.get(self.store, settings.MAX_SESSION_MINUTES)
        found = check(self.book, self.monday, 7, max_session_min=limit)
        self.problems.clear()
        for p in found:
            item = QListWidgetItem(p.text(translate))
            item.setBackground(
                QBrush(TONES["emergency" if p.severity == Severity.ERROR else "priority"])
            )
            self.problems.addItem(item)
        self.problems_heading.setText(
            self.tr("Problems this week: %n", "", len(found))
            if found
            else self.tr("No problems found this week.")
        )
        self.problems.setVisible(bool(found))
        editing = self.edit_button.isChecked()
        self.editor.setVisible(editing)
        if editing:  # the editor shows the grid and its own problems instead
            for w in (self.table, self.empty, self.problems, self.problems_heading):
                w.hide()
            self.editor.set_week(self.monday)

    # --- the printed schedule
    def document(self):
        from studio.ui import printing

        chosen = self.station_id()
        if chosen is not None:
            station = stations.get_station(self.store, chosen)
        else:
            station = stations.local_station(self.store)
        head = printing.Letterhead.of(self.store, station)
        return printing.schedule_document(head, self.monday, self.week)

    def print_preview(self) -> None:
        from studio.ui import printing

        printing.preview(self.document(), self)

    def export_pdf(self) -> None:
        default = f"lich-phat-song-tuan-{export.iso_week(self.monday)}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), default, "PDF (*.pdf)")
        if name:
            self.write_pdf(Path(name))

    def write_pdf(self, path: Path) -> None:
        from studio.ui import printing

        if not path.parent.is_dir():
            self.message.setText(
                StudioError(
                    QT_TRANSLATE_NOOP("errors", "Cannot write {path}: its folder does not exist."),
                    path=path,
                ).text(translate)
            )
            return
        try:
            printing.save_pdf(self.document(), path)
        except OSError as exc:
            self.message.setText(
                StudioError(
                    QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                    path=path,
                    reason=exc.strerror or exc,
                ).text(translate)
            )
            return
        self.message.setText(self.tr("Saved %1.").replace("%1", str(path)))
