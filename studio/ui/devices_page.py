"""The Devices page: loudspeaker clusters and FM transmitter controllers, by zone."""

from __future__ import annotations

from studio.store import stations

from studio.ui.labels import label
from studio.ui.pages import TablePage
from studio.ui.widgets import Row


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
