"""The Reports page: what went on air."""

from __future__ import annotations

from datetime import timedelta

from studio.localtime import format_local
from studio.store import asrun
from studio.store.types import utcnow

from studio.ui.labels import label
from studio.ui.pages import TablePage
from studio.ui.widgets import Row


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
