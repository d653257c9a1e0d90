"""Small building blocks shared by the pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
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


def fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)


def form_rows(form: QFormLayout, fields: Sequence[QWidget]) -> list[QLabel]:
    """Add ``fields`` to ``form``, each with a label whose text ``retranslate`` sets."""
    labels = []
    for field in fields:
        text = QLabel()
        text.setBuddy(field)
        form.addRow(text, field)
        labels.append(text)
    return labels
