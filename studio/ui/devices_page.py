"""The Devices page: loudspeakers by zone with their live state, and what to do with them.

The state comes from the station's own broker connection (started when the page is first
shown, if a broker is set up): every status, heartbeat and report a device sends counts as
a sign of life, and a device unheard for three heartbeats shows as offline. Adding a
device, playing a sound now, setting the volume, sending a test tone and an emergency run
through the TaskRunner; pushes go into the outbox first, so nothing is lost if the broker
is away. What loudspeakers would play out loud (play now, a louder volume, an emergency)
is asked for once more before it goes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio import settings
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.i18n import translate
from studio.localtime import format_local
from studio.push.protocol import VOLUME_RANGE
from studio.store import Store, assets, stations
from studio.store import settings as stored
from studio.store.models import Device, DeviceKind, Zone, ZoneKind

from studio.ui.dialogs import SavingDialog
from studio.ui.labels import label
from studio.ui.pages import TablePage
from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Row, ask_first, beside, form_rows, hint

#: how often the table shows the devices' latest state (it is read from memory)
STATUS_REFRESH_MS = 1000
ONLINE, OFFLINE = QColor("#c8e6c9"), QColor("#e0e0e0")
STATE_COLUMN = 2
#: default of the volume dialog when the device has not said its volume yet
DEFAULT_VOLUME = 10


@dataclass(frozen=True)
class DeviceChoice:
    """What the device dialog asks for."""

    name: str
    zone_name: str
    enabled: bool
    #: new devices only: where their config goes and how they reach the broker
    folder: Path | None = None
    host: str = ""


class DeviceDialog(SavingDialog):
    """Add a loudspeaker (name, zone, where to write its config) or change one."""

    def __init__(
        self,
        zones: list[Zone],
        device: Device | None = None,
        *,
        zone_name: str = "",
        host: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.device = device
        self.choice: DeviceChoice | None = None
        self.name = QLineEdit(device.name if device else "")
        self.zone = QComboBox()
        self.zone.setEditable(True)  # a new name makes a new zone
        self.zone.addItems([z.name for z in zones])
        self.zone.setCurrentText(zone_name or (zones[0].name if zones else ""))
        self.enabled = QCheckBox()
        self.enabled.setChecked(device.enabled if device else True)
        self.folder = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        # kept: an existing device does not show it
        self.folder_row = folder_row = beside(self.folder, self.browse)
        self.host = QLineEdit(host)
        form = QFormLayout()
        fields = [self.name, self.zone, self.enabled]
        if device is None:
            fields += [folder_row, self.host]
        self.labels = form_rows(form, fields)
        self.note = hint()
        self.body.addLayout(form)
        self.body.addWidget(self.note)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        new = self.device is None
        self.setWindowTitle(
            self.tr("Add a loudspeaker") if new else self.tr("Change a loudspeaker")
        )
        texts = [self.tr("Name"), self.tr("Zone"), self.tr("In use")]
        if new:
            texts += [self.tr("Save its files in"), self.tr("Broker address for it")]
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        self.enabled.setText(self.tr("Plays the zone's schedule"))
        self.browse.setText(self.tr("Choose…"))
        self.note.setText(
            self.tr(
                "Studio makes the loudspeaker's own password and a config file. Copy the "
                "folder to the loudspeaker; Studio tells the broker of the new password."
            )
            if new
            else self.tr("A loudspeaker not in use is no longer let into the broker.")
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save its files in"))
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        from studio.push.errors import PushError

        name, zone = self.name.text().strip(), self.zone.currentText().strip()
        if not name:
            raise PushError(QT_TRANSLATE_NOOP("errors", "The device needs a name."))
        if not zone:
            raise PushError(QT_TRANSLATE_NOOP("errors", "Choose a zone for the device."))
        if self.device is not None:
            self.choice = DeviceChoice(name, zone, self.enabled.isChecked())
            return
        folder, host = self.folder.text().strip(), self.host.text().strip()
        if not folder or not host:
            raise PushError(
                QT_TRANSLATE_NOOP("errors", "Choose a folder for its files and the broker address.")
            )
        self.choice = DeviceChoice(name, zone, self.enabled.isChecked(), Path(folder), host)


class EmergencyDialog(SavingDialog):
    """Zone, sound and repeat for an emergency; a big red button that asks once more."""

    ALL = "all"

    def __init__(self, zones: list[Zone], sounds: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zones, self.sounds = zones, sounds
        self.zone = QComboBox()
        self.sound = QComboBox()
        for a in sounds:
            self.sound.addItem(a.title or a.file_name, a.sha256)
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 10)
        form = QFormLayout()
        self.labels = form_rows(form, (self.zone, self.sound, self.repeat))
        self.note = hint()
        self.send = QPushButton()
        self.send.setObjectName("emergency")
        self.send.setMinimumHeight(56)
        font = QFont(self.send.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.send.setFont(font)
        self.send.setStyleSheet("background: #c62828; color: white; border-radius: 6px;")
        self.send.clicked.connect(self.ask)
        self.send.setEnabled(bool(sounds and zones))
        self.body.addLayout(form)
        self.body.addWidget(self.note)
        self.body.addWidget(self.send)
        self.buttons.setStandardButtons(self.buttons.StandardButton.Cancel)
        self.confirm: QMessageBox | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency broadcast"))
        for text_label, text in zip(
            self.labels, (self.tr("Zone"), self.tr("Sound"), self.tr("Times")), strict=True
        ):
            text_label.setText(text)
        current = self.zone.currentData()
        self.zone.clear()
        self.zone.addItem(self.tr("All zones"), self.ALL)
        for z in self.zones:
            self.zone.addItem(z.name, str(z.id))
        if current is not None:
            self.zone.setCurrentIndex(max(self.zone.findData(current), 0))
        self.note.setText(
            self.tr("Every loudspeaker of the zone stops what it plays and plays this at once.")
            if self.sounds
            else self.tr("The library has no sound yet: add the emergency message there first.")
        )
        self.send.setText(self.tr("SEND EMERGENCY"))

    def zone_ids(self) -> list[str]:
        data = self.zone.currentData()
        return [str(z.id) for z in self.zones] if data == self.ALL else [data]

    def ask(self) -> None:
        self.confirm = ask_first(
            self,
            self.tr("Send the emergency?"),
            self.tr("Send “%1” as an emergency to %2 now? Loudspeakers stop what they play.")
            .replace("%1", self.sound.currentText())
            .replace("%2", self.zone.currentText()),
            self.accept,
            QMessageBox.Icon.Warning,
        )

    def save(self) -> None:
        pass


class TargetDialog(SavingDialog):
    """Something for a zone or one loudspeaker; asks once more when ``question()`` says so.

    The targets are ``zone:<id>`` or ``device:<id>`` in the ``target`` list.
    """

    def __init__(
        self, zones: list[Zone], devices: list[Device], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.zones, self.devices = zones, devices
        self.target = QComboBox()
        self.confirm: QMessageBox | None = None

    def fill_targets(self) -> None:
        current = self.target.currentData()
        self.target.clear()
        for z in self.zones:
            self.target.addItem(self.tr("Zone %1").replace("%1", z.name), f"zone:{z.id}")
        for d in self.devices:
            self.target.addItem(self.tr("Loudspeaker %1").replace("%1", d.name), f"device:{d.id}")
        if current is not None:
            self.target.setCurrentIndex(max(self.target.findData(current), 0))

    def choose_target(self, data: str | None) -> None:
        if data is not None and (index := self.target.findData(data)) >= 0:
            self.target.setCurrentIndex(index)

    def target_ids(self) -> dict[str, str]:
        """``zone_id=…`` or ``device_id=…``, as the push functions take them."""
        kind, _, ident = str(self.target.currentData()).partition(":")
        return {f"{kind}_id": ident}

    def question(self) -> str | None:
        """What to ask before it goes; None: it goes at once."""
        return None

    def accept(self) -> None:
        try:
            self.save()
        except StudioError as exc:
            self.error.setText(exc.text(translate))
            return
        question = self.question()
        if question is None:
            QDialog.accept(self)
            return
        self.confirm = ask_first(self, self.windowTitle(), question, lambda: QDialog.accept(self))


class PlayNowDialog(TargetDialog):
    """A sound of the library, played at once on a zone or one loudspeaker."""

    def __init__(
        self, zones: list[Zone], devices: list[Device], sounds: list, parent: QWidget | None = None
    ) -> None:
        super().__init__(zones, devices, parent)
        self.sounds = sounds
        self.sound = QComboBox()
        for a in sounds:
            self.sound.addItem(a.title or a.file_name, a.sha256)
        form = QFormLayout()
        self.labels = form_rows(form, (self.sound, self.target))
        self.note = hint()
        self.body.addLayout(form)
        self.body.addWidget(self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(sounds))
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Play now"))
        for text_label, text in zip(self.labels, (self.tr("Sound"), self.tr("On")), strict=True):
            text_label.setText(text)
        self.fill_targets()
        self.note.setText(
            self.tr("It plays as soon as the loudspeaker has finished what it plays now.")
            if self.sounds
            else self.tr("The library has no sound yet: add one there first.")
        )

    def save(self) -> None:
        from studio.push.errors import PushError

        if self.sound.currentData() is None or self.target.currentData() is None:
            raise PushError(QT_TRANSLATE_NOOP("errors", "Choose a sound and where it plays."))

    def question(self) -> str:
        return (
            self.tr("Play “%1” on %2 now? People nearby will hear it.")
            .replace("%1", self.sound.currentText())
            .replace("%2", self.target.currentText())
        )


class VolumeDialog(TargetDialog):
    """The volume (1–15) of a zone or one loudspeaker; asks first when it gets louder."""

    def __init__(
        self,
        zones: list[Zone],
        devices: list[Device],
        reported: dict[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(zones, devices, parent)
        #: the volume each target reports now (a zone: its loudest device)
        self.reported = reported
        self.level = QSpinBox()
        self.level.setRange(*VOLUME_RANGE)
        self.level.setValue(DEFAULT_VOLUME)
        form = QFormLayout()
        self.labels = form_rows(form, (self.target, self.level))
        self.note = hint()
        self.body.addLayout(form)
        self.body.addWidget(self.note)
        self.retranslate()
        self.target.currentIndexChanged.connect(self._show_reported)
        self._show_reported()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Volume"))
        for text_label, text in zip(
            self.labels, (self.tr("On"), self.tr("Volume (1–15)")), strict=True
        ):
            text_label.setText(text)
        self.fill_targets()
        self.note.setText(self.tr("15 is the loudest; each step down is 2 dB quieter."))

    def _show_reported(self) -> None:
        level = self.reported.get(str(self.target.currentData()))
        if level is not None:
            self.level.setValue(level)

    def save(self) -> None:
        from studio.push.errors import PushError

        if self.target.currentData() is None:
            raise PushError(QT_TRANSLATE_NOOP("errors", "Choose where the volume changes."))

    def question(self) -> str | None:
        now = self.reported.get(str(self.target.currentData()))
        if now is not None and self.level.value() <= now:
            return None  # quieter or the same: nobody is startled
        return (
            self.tr("Set %1 to volume %2? It may get louder for people nearby.")
            .replace("%1", self.target.currentText())
            .replace("%2", str(self.level.value()))
        )


class DevicesPage(TablePage):
    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        self.service = None  # the broker connection, once started
        self._starting = False
        self._monitor = None
        super().__init__(store, tasks, parent)

    def build(self) -> None:
        self.broker_note = QLabel()
        self.broker_note.setWordWrap(True)
        self.broker_host = QLineEdit(stored.get(self.store, settings.BROKER_HOST))
        self.broker_port = QSpinBox()
        self.broker_port.setRange(1, 65535)
        self.broker_port.setValue(stored.get(self.store, settings.BROKER_PORT))
        self.connect_button = QPushButton()
        self.connect_button.clicked.connect(self.save_broker)
        self.files_button = QPushButton()
        self.files_button.clicked.connect(self.open_broker_files)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_device)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_device)
        self.tone_button = QPushButton()
        self.tone_button.clicked.connect(self.send_test_tone)
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.open_play_now)
        self.volume_button = QPushButton()
        self.volume_button.clicked.connect(self.open_volume)
        self.emergency_button = QPushButton()
        self.emergency_button.setObjectName("emergency")
        self.emergency_button.setMinimumHeight(44)
        font = QFont(self.emergency_button.font())
        font.setBold(True)
        self.emergency_button.setFont(font)
        self.emergency_button.setStyleSheet(
            "background: #c62828; color: white; border-radius: 6px; padding: 4px 18px;"
        )
        self.emergency_button.clicked.connect(self.open_emergency)
        self.message = QLabel()
        self.message.setWordWrap(True)
        broker_row = QHBoxLayout()
        self.broker_label = QLabel()
        for w in (
            self.broker_label,
            self.broker_host,
            self.broker_port,
            self.connect_button,
            self.files_button,
        ):
            broker_row.addWidget(w)
        broker_row.addStretch(1)
        layout = self.layout()
        layout.insertWidget(2, self.broker_note)
        layout.insertLayout(3, broker_row)
        self.week_button = QPushButton()
        self.week_button.clicked.connect(self.push_week)
        buttons = (
            self.add_button,
            self.edit_button,
            self.play_button,
            self.volume_button,
            self.tone_button,
            self.week_button,
        )
        for b in buttons:
            self.toolbar.addWidget(b)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.emergency_button)
        layout.addWidget(self.message)
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.emergency_dialog: EmergencyDialog | None = None
        self.device_dialog: DeviceDialog | None = None
        self.play_dialog: PlayNowDialog | None = None
        self.volume_dialog: VolumeDialog | None = None
        self.files_dialog = None

    def retranslate(self) -> None:
        self.broker_label.setText(self.tr("Broker"))
        self.connect_button.setText(self.tr("Connect"))
        self.files_button.setText(self.tr("Broker files…"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Change…"))
        self.tone_button.setText(self.tr("Send test tone"))
        self.play_button.setText(self.tr("Play now…"))
        self.volume_button.setText(self.tr("Volume…"))
        self.week_button.setText(self.tr("Push the week"))
        self.emergency_button.setText(self.tr("Emergency…"))
        super().retranslate()

    def title(self) -> str:
        return self.tr("Devices")

    def explanation(self) -> str:
        return self.tr("Loudspeaker clusters and FM transmitter controllers, by zone.")

    def empty_text(self) -> str:
        return self.tr("No devices yet.")

    def headers(self) -> list[str]:
        return [
            self.tr("Device"),
            self.tr("Zone"),
            self.tr("State"),
            self.tr("Last seen"),
            self.tr("Now playing"),
            self.tr("Volume"),
            self.tr("Audio"),
            self.tr("Type"),
        ]

    # --- the live state -----------------------------------------------------------------

    def monitor(self):
        """The live one while connected, else what was last recorded (all of it old)."""
        if self.service is not None:
            return self.service.monitor
        if self._monitor is None:
            from studio.push.monitor import STATUS_FILE, DeviceMonitor

            self._monitor = DeviceMonitor(self.store.files_dir / STATUS_FILE)
        return self._monitor

    def rows(self) -> list[Row]:
        zones = {z.id: z.name for z in stations.list_zones(self.store)}
        monitor = self.monitor()
        out = []
        for d in stations.list_devices(self.store):
            state = monitor.state(str(d.id))
            if not d.enabled:
                status = self.tr("Not in use")
            elif state.online and state.status.get("emergency"):
                status = self.tr("Online — emergency")
            else:
                status = self.tr("Online") if state.online else self.tr("Offline")
            seen = format_local(state.last_seen) if state.last_seen else self.tr("never")
            cells = [
                d.name,
                zones.get(d.zone_id, ""),
                status,
                seen,
                state.playing_title,
                _volume_text(state.status),
                self._audio_text(state.status),
                label(d.kind),
            ]
            out.append(Row(cells, key=(str(d.id), state.online)))
        return out

    def _audio_text(self, status: dict) -> str:
        """How far a device is with the audio of its manifest (per-device push progress)."""
        if not status.get("manifest_seq"):
            return ""
        missing = status.get("missing") or 0
        if missing:
            return self.tr("%n file(s) to come", "", int(missing))
        return self.tr("all here")

    def refresh(self) -> None:
        selected = self.selected_device()
        super().refresh()
        for r in range(self.table.rowCount()):
            device_id, online = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            self.table.item(r, STATE_COLUMN).setBackground(ONLINE if online else OFFLINE)
            if device_id == selected:
                self.table.selectRow(r)
        self._show_broker_state()

    def _show_broker_state(self) -> None:
        if self.service is not None:
            connected = self.service.link.connected.is_set()
            self.broker_note.setText(
                self.tr("Connected to the broker: states are live.")
                if connected
                else self.tr("The broker cannot be reached; Studio keeps trying.")
            )
        elif self._starting:
            self.broker_note.setText(self.tr("Connecting to the broker…"))
        else:
            self.broker_note.setText(
                self.tr(
                    "No broker is set up, so Studio cannot reach the loudspeakers or show "
                    "whether they are online. Write the broker's files (“Broker files…”), "
                    "start the broker with them, then enter its address here."
                )
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        if self.service is None and not self._starting:
            self.start_service()

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def start_service(self) -> None:
        from studio.push import console

        if self.store.local_station_id is None:
            return
        self._starting = True
        self._show_broker_state()
        self.tasks.run(
            lambda _ctx: console.start_service(self.store),
            on_result=self._started,
            on_error=self._failed,
        )

    def _started(self, service) -> None:
        self._starting = False
        self.service = service
        if service is not None:
            QCoreApplication.instance().aboutToQuit.connect(self.stop_service)
        self.refresh()

    def stop_service(self) -> None:
        if self.service is not None:
            self.service.stop()
            self.service = None

    def save_broker(self) -> None:
        stored.put(self.store, settings.BROKER_HOST, self.broker_host.text().strip())
        stored.put(self.store, settings.BROKER_PORT, self.broker_port.value())
        self.stop_service()
        self.start_service()

    def open_broker_files(self) -> None:
        from studio.ui.broker_dialog import BrokerFilesDialog

        self.files_dialog = BrokerFilesDialog(self.store, parent=self)
        self.files_dialog.accepted.connect(self._write_broker_files)
        self.files_dialog.open()

    def _write_broker_files(self) -> None:
        choice = self.files_dialog.choice

        def work(_ctx):
            from studio import broker

            return broker.write(self.store, choice.folder, hosts=choice.hosts, port=choice.port)

        self.tasks.run(work, on_result=self._broker_files_written, on_error=self._failed)

    def _broker_files_written(self, written) -> None:
        text = (
            self.tr("Broker files written to %1; the running broker has read them.")
            if written.reloaded
            else self.tr("Broker files written to %1. Start the broker with them: %2")
        )
        self.message.setText(
            text.replace("%1", str(written.folder)).replace("%2", f"mosquitto -c {written.conf}")
        )
        if not self.broker_host.text().strip():  # the broker runs here, under its first name
            self.broker_host.setText(self.files_dialog.choice.hosts[0])
            self.broker_port.setValue(self.files_dialog.choice.port)

    # --- actions ------------------------------------------------------------------------

    def selected_device(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 or self.table.item(row, 0) is None:
            return None
        return self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)[0]

    def _failed(self, error: BaseException) -> None:
        self._starting = False
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.message.setText(text)
        self.refresh()

    def _wake(self) -> None:
        if self.service is not None:
            self.service.wake()

    def add_device(self) -> None:
        zones = stations.list_zones(self.store)
        self.device_dialog = DeviceDialog(
            zones, host=stored.get(self.store, settings.BROKER_HOST), parent=self
        )
        self.device_dialog.accepted.connect(self._add_chosen)
        self.device_dialog.open()

    def _add_chosen(self) -> None:
        choice = self.device_dialog.choice
        port = stored.get(self.store, settings.BROKER_PORT)

        def work(_ctx):
            from studio import broker
            from studio.push import devices
            from studio.push.station import StationPush

            push = StationPush.open(self.store)
            zone = _zone_named(self.store, choice.zone_name)
            enrolled = devices.enrol(push, choice.name, zone.id)
            if not choice.enabled:
                devices.update(push, enrolled.device.id, enabled=False)
            devices.write_config(push, enrolled, choice.folder, host=choice.host, port=port)
            return enrolled.device.name, broker.refresh(self.store)

        self.tasks.run(work, on_result=self._added, on_error=self._failed)

    def _added(self, result) -> None:
        from studio import broker

        name, written = result
        self.message.setText(
            self.tr("“%1” added. Copy its folder to the loudspeaker.").replace("%1", name)
            + "\n"
            + broker.outcome(written, translate)
        )
        self.refresh()

    def edit_device(self) -> None:
        device_id = self.selected_device()
        if device_id is None:
            self.message.setText(self.tr("Choose a device in the table first."))
            return
        device = next(
            (d for d in stations.list_devices(self.store) if str(d.id) == device_id), None
        )
        if device is None:
            return
        zones = stations.list_zones(self.store)
        zone_name = next((z.name for z in zones if z.id == device.zone_id), "")
        self.device_dialog = DeviceDialog(zones, device, zone_name=zone_name, parent=self)
        self.device_dialog.accepted.connect(lambda: self._edit_chosen(device.id))
        self.device_dialog.open()

    def _edit_chosen(self, device_id: uuid.UUID) -> None:
        choice = self.device_dialog.choice
        before = self.device_dialog.device  # as it was when the dialog opened

        def work(_ctx):
            from studio import broker
            from studio.push import devices
            from studio.push.station import StationPush

            push = StationPush.open(self.store)
            zone = _zone_named(self.store, choice.zone_name)
            devices.update(
                push, device_id, name=choice.name, zone_id=zone.id, enabled=choice.enabled
            )
            # in use or not, and the zone, decide what the broker lets it read
            moved = before.enabled != choice.enabled or before.zone_id != zone.id
            return choice.name, moved, broker.refresh(self.store) if moved else None

        self.tasks.run(work, on_result=self._edited, on_error=self._failed)

    def _edited(self, result) -> None:
        from studio import broker

        name, moved, written = result
        text = self.tr("“%1” saved.").replace("%1", name)
        if moved:
            text += "\n" + broker.outcome(written, translate)
        self.message.setText(text)
        self.refresh()

    def send_test_tone(self) -> None:
        device_id = self.selected_device()
        if device_id is None:
            self.message.setText(self.tr("Choose a device in the table first."))
            return
        title = self.tr("Test tone")

        def work(_ctx):
            from studio.push import console
            from studio.push.station import StationPush

            console.send_test_tone(StationPush.open(self.store), device_id, title)

        self.tasks.run(work, on_result=lambda _r: self._sent(), on_error=self._failed)

    def _ip_targets(self) -> tuple[list[Zone], list[Device]]:
        zones = [z for z in stations.list_zones(self.store) if z.kind == ZoneKind.IP]
        devices = [
            d
            for d in stations.list_devices(self.store)
            if d.enabled and d.kind == DeviceKind.IP_SPEAKER
        ]
        return zones, devices

    def _selected_target(self) -> str | None:
        device_id = self.selected_device()
        return f"device:{device_id}" if device_id else None

    def open_play_now(self) -> None:
        zones, devices = self._ip_targets()
        sounds = assets.list_assets(self.store)
        self.play_dialog = PlayNowDialog(zones, devices, sounds, parent=self)
        self.play_dialog.choose_target(self._selected_target())
        self.play_dialog.accepted.connect(self._play_chosen)
        self.play_dialog.open()

    def _play_chosen(self) -> None:
        dialog = self.play_dialog
        sha, title = dialog.sound.currentData(), dialog.sound.currentText()
        target = dialog.target_ids()

        def work(_ctx):
            from studio.push import console
            from studio.push.station import StationPush

            return console.play_sound(StationPush.open(self.store), sha, title, **target)

        self.tasks.run(work, on_result=lambda _r: self._sent(), on_error=self._failed)

    def reported_volumes(self, devices: list[Device]) -> dict[str, int]:
        """The volume each device last said, and each zone's loudest, by target."""
        monitor = self.monitor()
        out: dict[str, int] = {}
        for d in devices:
            level = monitor.state(str(d.id)).status.get("volume")
            if not isinstance(level, int) or isinstance(level, bool):
                continue
            out[f"device:{d.id}"] = level
            zone = f"zone:{d.zone_id}"
            out[zone] = max(out.get(zone, level), level)
        return out

    def open_volume(self) -> None:
        zones, devices = self._ip_targets()
        reported = self.reported_volumes(devices)
        self.volume_dialog = VolumeDialog(zones, devices, reported, parent=self)
        self.volume_dialog.choose_target(self._selected_target())
        self.volume_dialog.accepted.connect(self._volume_chosen)
        self.volume_dialog.open()

    def _volume_chosen(self) -> None:
        dialog = self.volume_dialog
        level, target = dialog.level.value(), dialog.target_ids()

        def work(_ctx):
            from studio.push import console
            from studio.push.station import StationPush

            return console.set_volume(StationPush.open(self.store), level, **target)

        self.tasks.run(work, on_result=lambda _r: self._sent(), on_error=self._failed)

    def _sent(self) -> None:
        self._wake()
        self.message.setText(
            self.tr("Sent.")
            if self.service is not None
            else self.tr("Saved in the outbox: it goes out when the broker is reachable.")
        )

    def push_week(self) -> None:
        """The coming 7 days of every zone, as ``studio push schedule`` does."""
        self.week_button.setEnabled(False)

        def work(_ctx):
            from studio.push import schedule
            from studio.push.station import StationPush

            push = StationPush.open(self.store)
            now = push.clock()
            zones = schedule.ip_zones(push)
            plans = schedule.plan(push, schedule.local_today(now), 7, zones, now)
            return schedule.push_plans(push, plans)

        self.tasks.run(work, on_result=self._week_pushed, on_error=self._week_failed)

    def _week_pushed(self, pushed: list) -> None:
        self.week_button.setEnabled(True)
        self._wake()
        lines = []
        for p in pushed:
            text = (
                self.tr("%1: %2 items sent.") if p.changed else self.tr("%1: %2 items, unchanged.")
            )
            lines.append(text.replace("%1", p.plan.zone_name).replace("%2", str(len(p.plan.items))))
            if p.plan.skipped:
                lines.append(
                    self.tr("Left out, no audio yet: %1").replace("%1", ", ".join(p.plan.skipped))
                )
        self.message.setText("\n".join(lines) or self.tr("There is no zone to send to."))
        self.refresh()

    def _week_failed(self, error: BaseException) -> None:
        self.week_button.setEnabled(True)
        self._failed(error)

    def open_emergency(self) -> None:
        zones = [z for z in stations.list_zones(self.store) if z.kind == ZoneKind.IP]
        sounds = assets.list_assets(self.store)
        self.emergency_dialog = EmergencyDialog(zones, sounds, parent=self)
        self.emergency_dialog.accepted.connect(self._emergency_chosen)
        self.emergency_dialog.open()

    def _emergency_chosen(self) -> None:
        dialog = self.emergency_dialog
        zone_ids, sha = dialog.zone_ids(), dialog.sound.currentData()
        title, repeat = dialog.sound.currentText(), dialog.repeat.value()

        def work(_ctx):
            from studio.push import console
            from studio.push.station import StationPush

            return console.send_emergency(
                StationPush.open(self.store), zone_ids, sha, title, repeat
            )

        self.tasks.run(work, on_result=lambda _r: self._sent(), on_error=self._failed)


def _volume_text(status: dict) -> str:
    """The volume a device reported (1–15), blank until it has said one."""
    level = status.get("volume")
    return str(level) if isinstance(level, int) and not isinstance(level, bool) else ""


def _zone_named(store: Store, name: str) -> Zone:
    for zone in stations.list_zones(store):
        if zone.name == name:
            return zone
    return stations.add_zone(store, name)
