"""Small building blocks shared by the pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class Translatable:
    """Mixin for widgets whose texts are set in ``retranslate()``.

    Called once by the widget's constructor and again whenever the language changes, so a
    language switch takes effect at once, without a restart.
    """

    def retranslate(self) -> None:  # pragma: no cover - each widget overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def heading(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "heading")
    return label


def hint(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def read_only_table(parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


#: row backgrounds that carry meaning (emergency and priority items stand out)
TONES = {"emergency": QColor("#ffcdd2"), "priority": QColor("#fff3c4")}


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    #: a key of TONES, or None for a plain row
    tone: str | None = None
    #: what the row stands for (a record id …), kept in the first cell's user data
    key: object = None


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Row]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        tone = TONES.get(row.tone) if row.tone else None
        for c, value in enumerate(row.cells):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if tone is not None:
                item.setBackground(tone)
            if c == 0 and row.key is not None:
                item.setData(Qt.ItemDataRole.UserRole, row.key)
            table.setItem(r, c, item)


def beside(field: QWidget, button: QWidget) -> QWidget:
    """One form row of ``field``, stretched, with ``button`` after it (Choose…, Refresh)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


def form_rows(form: QFormLayout, fields: Sequence[QWidget]) -> list[QLabel]:
    """Add ``fields`` to ``form``, each with a label whose text ``retranslate`` sets."""
    labels = []
    for field in fields:
        text = QLabel()
        text.setBuddy(field)
        form.addRow(text, field)
        labels.append(text)
    return labels


def ask_first(
    parent: QWidget,
    title: str,
    question: str,
    on_yes: Callable[[], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Ask Yes/No before something listeners would notice; No is the default.

    Window-modal and answered through a signal, so the page behind keeps updating (and the
    dialog can be answered from a test); returns the box.
    """
    box = QMessageBox(
        icon,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(lambda answer: answer == QMessageBox.StandardButton.Yes and on_yes())
    box.open()
    return box
