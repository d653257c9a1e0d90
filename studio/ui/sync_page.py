"""The Sync page: what is shared with the parent station."""

from __future__ import annotations

from studio.store import stations

from studio.ui.labels import label
from studio.ui.pages import TablePage
from studio.ui.widgets import Row


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
