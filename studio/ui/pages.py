"""The main window's pages that show what the store holds.

Each page reads through the repository functions when it is shown, so it is current
whenever the operator looks at it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.localtime import format_local
from studio.store import Store, asrun, stations
from studio.store.models import Priority
from studio.store.types import utcnow

from studio.ui.labels import label
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


class DevicesPage(TablePage):
    def title(self) -> str:
        return self.tr("Devices")

    def explanation(self) -> str:
        return self.tr("Loudspeaker clusters and FM transmitter controllers, by zone.")

    def empty_text(self) -> str:
        return self.tr("No devices yet.")

    def headers(self) -> list[str]:
        return [
            self.tr("Device"),
            self.tr("Type"),
            self.tr("Zone"),
            self.tr("Connection"),
            self.tr("Address"),
        ]

    def rows(self) -> list[Row]:
        zones = {z.id: z.name for z in stations.list_zones(self.store)}
        return [
            Row([d.name, label(d.kind), zones.get(d.zone_id, ""), label(d.transport), d.address])
            for d in stations.list_devices(self.store)
        ]


class SyncPage(TablePage):
    def title(self) -> str:
        return self.tr("Sync")

    def explanation(self) -> str:
        return self.tr(
            "Programmes and schedules shared with the parent station. Changes made while "
            "offline wait here and go out when the network returns."
        )

    def empty_text(self) -> str:
        return self.tr("This station has no parent station to sync with.")

    def headers(self) -> list[str]:
        return [self.tr("Station"), self.tr("Role"), self.tr("Province")]

    def rows(self) -> list[Row]:
        own = stations.local_station(self.store)
        if own is None or own.parent_id is None:
            return []
        parent = stations.get_station(self.store, own.parent_id)
        return [Row([s.name, label(s.kind), s.province]) for s in (own, parent) if s is not None]


class ReportsPage(TablePage):
    DAYS = 7

    def title(self) -> str:
        return self.tr("Reports")

    def explanation(self) -> str:
        return self.tr("What went on air in the last %n days.", "", self.DAYS)

    def empty_text(self) -> str:
        return self.tr("Nothing has been broadcast in this period.")

    def headers(self) -> list[str]:
        return [self.tr("Started"), self.tr("Item"), self.tr("Result")]

    def rows(self) -> list[Row]:
        since = utcnow() - timedelta(days=self.DAYS)
        return [
            Row([format_local(e.started_at), e.title, label(e.result)])
            for e in asrun.entries_since(self.store, since)
        ]
