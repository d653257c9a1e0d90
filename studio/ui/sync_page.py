"""The Sync page: the state of sync with the paired stations, its log, and its conflicts.

A conflict shows the two versions side by side; keeping one writes it as a new change that
goes to the other station with the next sync, so both settle on the same choice.
"""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio import localtime
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.i18n import translate
from studio.store import Store, stations, sync_state
from studio.store.models import PlayResult, SyncConflict, SyncLogEntry
from studio.sync import fields, service
from studio.sync.replica import open_replica

from studio.ui.labels import label
from studio.ui.pairing_dialog import PairingDialog
from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Row, Translatable, fill_table, heading, hint, read_only_table


class SyncPage(Translatable, QWidget):
    #: a paired station syncs by itself this often, and when the network returns
    AUTO_SYNC_MS = 5 * 60 * 1000

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        #: what the last sync found: True online, False offline, None not tried yet
        self.online: bool | None = None
        self.busy = False

        self.heading = heading()
        self.hint = hint()
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.waiting_label = QLabel()
        self.last_label = QLabel()
        self.peers_label = QLabel()
        self.peers_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self.pair_button = QPushButton()
        self.pair_button.clicked.connect(self.open_pairing)
        # offline for days, then back: changes go and come without anyone pressing a button
        self.auto_sync = QTimer(self)
        self.auto_sync.setInterval(self.AUTO_SYNC_MS)
        self.auto_sync.timeout.connect(self.sync_if_paired)
        self.auto_sync.start()
        status_row = QHBoxLayout()
        for w in (self.state_label, self.waiting_label, self.last_label):
            status_row.addWidget(w)
        status_row.addStretch(1)
        status_row.addWidget(self.pair_button)
        status_row.addWidget(self.sync_button)

        #: this station, its parent and the stations it syncs with
        self.table = read_only_table()
        self.table.setMaximumHeight(110)

        #: a parent's communes: their sync, devices and what went on air there
        self.communes_box = QGroupBox()
        self.communes = read_only_table()
        QVBoxLayout(self.communes_box).addWidget(self.communes)

        self.conflicts_box = QGroupBox()
        self.conflicts = read_only_table()
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.itemSelectionChanged.connect(self._update_buttons)
        self.no_conflicts = QLabel()
        self.keep_mine = QPushButton()
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs = QPushButton()
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        box = QVBoxLayout(self.conflicts_box)
        box.addWidget(self.conflicts)
        box.addWidget(self.no_conflicts)
        box.addLayout(buttons)

        self.log_box = QGroupBox()
        self.log_table = read_only_table()
        QVBoxLayout(self.log_box).addWidget(self.log_table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(status_row)
        layout.addWidget(self.peers_label)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.communes_box, stretch=2)
        layout.addWidget(self.conflicts_box, stretch=2)
        layout.addWidget(self.log_box, stretch=3)
        self.retranslate()

    # --- texts
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync"))
        self.hint.setText(
            self.tr(
                "Programmes and schedules shared with the parent station or the communes. "
                "Changes made while offline wait here and go out when the network returns."
            )
        )
        self.sync_button.setText(self.tr("Sync now"))
        self.pair_button.setText(self.tr("Pair with a station…"))
        self.communes_box.setTitle(self.tr("Communes"))
        self.conflicts_box.setTitle(self.tr("Conflicts: changed at two stations at once"))
        self.no_conflicts.setText(self.tr("No conflicts."))
        self.keep_mine.setText(self.tr("Keep this station's version"))
        self.keep_theirs.setText(self.tr("Keep the other station's version"))
        self.log_box.setTitle(self.tr("Sync log: what came and went"))
        self.refresh()

    def refresh(self) -> None:
        peers = sync_state.peers(self.store)
        if not peers:
            state = self.tr("Not paired with any station")
        elif self.busy:
            state = self.tr("Syncing…")
        elif self.online is None:
            state = self.tr("Network: unknown")
        elif self.online:
            state = self.tr("● Online")
        else:
            state = self.tr("● Offline")
        self.state_label.setText(state)
        self.waiting_label.setText(
            self.tr("Changes waiting: %n", "", sync_state.waiting_records(self.store))
        )
        when = sync_state.last_sync(self.store)
        self.last_label.setText(
            self.tr("Last sync: %1").replace(
                "%1", localtime.format_local(when) if when else self.tr("never")
            )
        )
        self.peers_label.setText(
            self.tr("Paired with: %1").replace("%1", ", ".join(self._peer_text(p) for p in peers))
            if peers
            else self.tr("Pair this station with its parent station (studio sync pair) to sync.")
        )
        self.sync_button.setEnabled(bool(peers) and not self.busy)
        self._fill_stations(peers)
        self._fill_communes()
        self._fill_conflicts()
        self._fill_log()

    def _fill_stations(self, peers: list[sync_state.Peer]) -> None:
        own = stations.local_station(self.store)
        found = [own] if own is not None else []
        if own is not None and own.parent_id is not None:
            found.append(stations.get_station(self.store, own.parent_id))
        rows = [Row([s.name, label(s.kind), s.province]) for s in found if s is not None]
        listed = {str(s.id) for s in found if s is not None}
        for peer in peers:
            if peer.id in listed:
                continue
            record = stations.get_station(self.store, uuid.UUID(peer.id))
            if record is not None:
                rows.append(Row([record.name, label(record.kind), record.province]))
            else:
                rows.append(Row([peer.name or peer.id[:8], self._peer_role(peer), ""]))
        fill_table(self.table, [self.tr("Station"), self.tr("Role"), self.tr("Province")], rows)
        self.table.setVisible(bool(rows))

    def _fill_communes(self) -> None:
        """A parent's communes, as of their last sync (hidden on a commune's PC)."""
        found = sync_state.communes(self.store)
        rows = []
        for c in found:
            devices = ", ".join(f"{d.name} ({d.zone})" if d.zone else d.name for d in c.devices)
            last = c.last_as_run
            rows.append(
                Row(
                    [
                        c.name,
                        localtime.format_local(c.last_received)
                        if c.last_received
                        else self.tr("never"),
                        str(c.waiting),
                        str(c.conflicts),
                        devices or "—",
                        str(c.as_run_recent),
                        f"{localtime.format_local(last.started_at)} · {last.title} "
                        f"({label(PlayResult(last.result))})"
                        if last
                        else "—",
                    ],
                    tone="priority" if c.conflicts else None,
                    key=c.id,
                )
            )
        headers = [
            self.tr("Commune"),
            self.tr("Last received"),
            self.tr("Change sets waiting"),
            self.tr("Conflicts"),
            self.tr("Devices (zone)"),
            self.tr("On air, last 7 days"),
            self.tr("Last on air"),
        ]
        fill_table(self.communes, headers, rows)
        self.communes_box.setVisible(bool(rows))

    def _peer_role(self, peer: sync_state.Peer) -> str:
        return self.tr("parent station") if peer.role == sync_state.PARENT else self.tr("commune")

    def _peer_text(self, peer: sync_state.Peer) -> str:
        return f"{peer.name or peer.id[:8]} ({self._peer_role(peer)})"

    def _station_name(self, station_id: str) -> str:
        if station_id == str(self.store.local_station_id):
            return self.tr("this station")
        for p in sync_state.peers(self.store):
            if p.id == station_id:
                return p.name or p.id[:8]
        return station_id[:8]

    # --- conflicts
    def _fill_conflicts(self) -> None:
        conflicts = sync_state.open_conflicts(self.store)
        rows = [
            Row(
                [
                    self._record_text(c),
                    _value(c.mine),
                    _value(c.theirs),
                    self._station_name(c.theirs_origin),
                    localtime.format_local(c.detected_at),
                ],
                tone="priority",
                key=str(c.id),
            )
            for c in conflicts
        ]
        headers = [
            self.tr("Record"),
            self.tr("This station's version"),
            self.tr("Other station's version"),
            self.tr("Other station"),
            self.tr("Found"),
        ]
        fill_table(self.conflicts, headers, rows)
        self.conflicts.setVisible(bool(rows))
        self.no_conflicts.setVisible(not rows)
        self._update_buttons()

    def _record_text(self, conflict: SyncConflict) -> str:
        model = fields.BY_TABLE.get(conflict.table_name)
        name = ""
        if model is not None:
            with self.store.session() as s:
                record = s.get(model, conflict.record_id)
                if record is not None:
                    for attr in ("title", "name", "written"):
                        name = getattr(record, attr, "") or name
                        if name:
                            break
        kind = self.tr(_TABLES.get(conflict.table_name, conflict.table_name))
        field = self.tr(_FIELDS.get(conflict.field, conflict.field))
        return f"{kind} “{name}” · {field}" if name else f"{kind} · {field}"

    def selected_conflict(self) -> str | None:
        rows = self.conflicts.selectionModel().selectedRows()
        if not rows:
            return None
        return self.conflicts.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        chosen = self.selected_conflict() is not None and not self.busy
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def resolve(self, keep: str) -> None:
        conflict_id = self.selected_conflict()
        if conflict_id is None:
            return
        replica = open_replica(self.store)
        self.tasks.run(
            lambda _ctx, cid, how: replica.resolve(cid, how),
            uuid.UUID(conflict_id),
            keep,
            on_result=lambda _r: self.refresh(),
            on_error=self._failed,
        )

    # --- log
    def _fill_log(self) -> None:
        rows = [
            Row(
                [
                    localtime.format_local(e.at),
                    self._direction(e),
                    self._station_name(e.peer) if e.peer else "",
                    str(e.records),
                    e.detail,
                ],
                tone="priority" if e.direction in ("conflict", "refused", "error") else None,
            )
            for e in sync_state.log(self.store)
        ]
        headers = [
            self.tr("Time"),
            self.tr("What"),
            self.tr("Station"),
            self.tr("Records"),
            self.tr("Details"),
        ]
        fill_table(self.log_table, headers, rows)

    def _direction(self, entry: SyncLogEntry) -> str:
        return {
            "in": self.tr("Received"),
            "out": self.tr("Queued to send"),
            "conflict": self.tr("Conflict"),
            "refused": self.tr("Refused"),
            "resolved": self.tr("Conflict settled"),
            "error": self.tr("Error"),
        }.get(entry.direction, entry.direction)

    # --- sync
    def sync_now(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.refresh()
        self.tasks.run(
            lambda _ctx, store: service.sync_now(store),
            self.store,
            on_result=self._synced,
            on_error=self._failed,
        )

    def _synced(self, report: service.Report) -> None:
        self.busy = False
        self.online = report.online
        if report.online:
            text = self.tr("Synced: %n records received, %1 new conflicts.", "", report.received)
            self.message.setText(text.replace("%1", str(report.conflicts)))
        else:
            self.message.setText(
                self.tr("The broker cannot be reached; changes wait until the network returns.")
            )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.message.setText(
            error.text(translate) if isinstance(error, StudioError) else str(error)
        )
        self.refresh()

    def check_online(self) -> None:
        """Ask the broker, off the UI thread, whether it answers (for the status line)."""
        if self.busy or not sync_state.peers(self.store):
            return
        self.tasks.run(
            lambda _ctx, store: service.broker_online(store),
            self.store,
            on_result=self._checked,
            on_error=lambda _e: None,  # "not known" is what the status already says
        )

    def _checked(self, online: bool | None) -> None:
        if not self.busy:
            self.online = online
            self.refresh()

    def sync_if_paired(self) -> None:
        """A sync round when this station has someone to sync with (timer, network back)."""
        if sync_state.peers(self.store):
            self.sync_now()

    def open_pairing(self) -> PairingDialog:
        """The pairing dialog, shown without blocking; the page refreshes when it closes."""
        dialog = PairingDialog(self.store, self.tasks, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self.check_online()
        super().showEvent(event)


def _value(value: object) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


#: table names as people say them (marked for translation in the SyncPage context)
_TABLES = {
    "stations": QT_TRANSLATE_NOOP("SyncPage", "Station"),
    "zones": QT_TRANSLATE_NOOP("SyncPage", "Zone"),
    "devices": QT_TRANSLATE_NOOP("SyncPage", "Device"),
    "audio_assets": QT_TRANSLATE_NOOP("SyncPage", "Sound file"),
    "bulletins": QT_TRANSLATE_NOOP("SyncPage", "Bulletin"),
    "programmes": QT_TRANSLATE_NOOP("SyncPage", "Programme"),
    "programme_items": QT_TRANSLATE_NOOP("SyncPage", "Programme item"),
    "slots": QT_TRANSLATE_NOOP("SyncPage", "Schedule slot"),
    "schedule_exceptions": QT_TRANSLATE_NOOP("SyncPage", "Schedule change"),
    "as_run": QT_TRANSLATE_NOOP("SyncPage", "As-run entry"),
    "pronunciations": QT_TRANSLATE_NOOP("SyncPage", "Pronunciation"),
}


def status_text(store: Store) -> str:
    """The status bar's word on sync: last sync and changes waiting ("" when not paired)."""
    if not sync_state.peers(store):
        return ""
    when = sync_state.last_sync(store)
    waiting = sync_state.waiting_records(store)
    text = QCoreApplication.translate("SyncPage", "Last sync: %1 · waiting: %n", "", waiting)
    return text.replace(
        "%1",
        localtime.format_local(when) if when else QCoreApplication.translate("SyncPage", "never"),
    )


#: fields people most often change at two stations at once
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("SyncPage", "title"),
    "name": QT_TRANSLATE_NOOP("SyncPage", "name"),
    "text": QT_TRANSLATE_NOOP("SyncPage", "text"),
    "description": QT_TRANSLATE_NOOP("SyncPage", "description"),
    "written": QT_TRANSLATE_NOOP("SyncPage", "written form"),
    "spoken": QT_TRANSLATE_NOOP("SyncPage", "how it is read"),
    "start_minute": QT_TRANSLATE_NOOP("SyncPage", "start time"),
    "max_duration_s": QT_TRANSLATE_NOOP("SyncPage", "length"),
    "weekdays": QT_TRANSLATE_NOOP("SyncPage", "days"),
    "priority": QT_TRANSLATE_NOOP("SyncPage", "priority"),
    "status": QT_TRANSLATE_NOOP("SyncPage", "approval"),
    "deleted": QT_TRANSLATE_NOOP("SyncPage", "deleted"),
}
