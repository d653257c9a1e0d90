"""The base of the main window's pages that show a table of what the store holds.

Each page reads through the repository functions when it is shown, so it is current
whenever the operator looks at it.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.store import Store
from studio.store.models import Priority

from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Row, Translatable, fill_table, heading, hint, read_only_table


def tone(priority: Priority) -> str | None:
    return None if priority == Priority.NORMAL else priority.value


class TablePage(Translatable, QWidget):
    """Heading, a line of explanation, and a table filled from the store."""

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.heading = heading()
        self.hint = hint()
        #: controls a page puts above its table (search, filters, actions)
        self.toolbar = QHBoxLayout()
        self.table = read_only_table()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.build()
        self.retranslate()

    def build(self) -> None:
        """Add the page's own widgets (called before the first retranslate)."""

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.hint.setText(self.explanation())
        self.refresh()

    def refresh(self) -> None:
        rows = self.rows()
        fill_table(self.table, self.headers(), rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.empty_text())

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    # --- what each page fills in
    def title(self) -> str:
        raise NotImplementedError

    def explanation(self) -> str:
        return ""

    def empty_text(self) -> str:
        return ""

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rows(self) -> list[Row]:
        raise NotImplementedError
