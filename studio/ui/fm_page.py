"""The FM page: the transmitter's control line and the village receivers' codes, a test of
the line, and the PC playout — on-air indicator, what plays now, the countdown to what
comes next, a live log of everything sent and received, and the emergency button.

The engine runs on a worker of the :class:`~studio.ui.tasks.TaskRunner` (it sleeps until
each event, so it must not hold the UI thread); what it does comes back through Qt signals.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from serial.tools import list_ports
from sqlalchemy import select

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio import settings as declared
from studio.audio import codec
from studio.audio.library import library
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.i18n import translate
from studio.localtime import STATION_TZ, to_local
from studio.push.fm import config as fm_config
from studio.push.fm.asrun import AsRunWriter
from studio.push.fm.config import FmConfig, ZoneSetup
from studio.push.fm.drivers import Direction, LogLine
from studio.push.fm.errors import FMError
from studio.push.fm.playout import Kind, Played, PlayoutEngine, SystemClock
from studio.push.fm.serial_driver import COMMAND_FIELDS, LineProtocol
from studio.push.fm.source import Decoded, library_source
from studio.schedule.book import load_book
from studio.schedule.resolve import DayPlaylist, resolve
from studio.store import Store, stations
from studio.store.models import AudioAsset, Bulletin, PlayResult, Priority, ZoneKind

from studio.ui.soundcard import SoundCardSink, device_key
from studio.ui.tasks import TaskContext, TaskRunner
from studio.ui.widgets import Translatable, beside, form_rows, heading, hint

ARROWS = {Direction.SENT: "→", Direction.RECEIVED: "←", Direction.NOTE: "·"}
_CODE_COLUMNS = 4
RELOAD_MS = 30_000


class _Relay(QObject):
    """Carries what the engine and the drivers report on the worker to the UI thread."""

    line = Signal(object)  # LogLine
    played = Signal(object)  # Played
    playing = Signal(str)  # the title now on air, "" for none
    day = Signal(object)  # the DayPlaylist being played


def next_local_midnight(day: date) -> datetime:
    following = day + timedelta(days=1)
    return datetime(following.year, following.month, following.day, tzinfo=STATION_TZ)


def run_playout(
    ctx: TaskContext,
    engine: PlayoutEngine,
    playlist_for: Callable[[date], DayPlaylist],
    on_day: Callable[[DayPlaylist], None],
) -> None:
    """The worker's job: play day after day until the engine is halted."""
    while not engine.stop.is_set() and not ctx.cancelled:
        today = to_local(engine.clock.now()).date()
        playlist = playlist_for(today)
        on_day(playlist)
        engine.run(playlist, until=next_local_midnight(today))


def _read_day(ctx: TaskContext, playlist_for: Callable[[date], DayPlaylist], day: date):
    return playlist_for(day)


def check_line(ctx: TaskContext, config: FmConfig, log: Callable[[LogLine], None]) -> str:
    """The worker's job for the Test button: transmitter on, status, transmitter off."""
    with config.make_driver(log) as driver:
        return driver.test()


class FmPage(Translatable, QWidget):
    """``make_clock``, ``make_sink``, ``make_source`` and ``playlist_for`` may be replaced
    (a demo or a test plays a made-up day on a fast clock into a file)."""

    on_air_changed = Signal(bool)

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.tasks = store, tasks
        self.make_clock: Callable[[], object] = SystemClock
        self.make_sink: Callable[[], object] = self._sound_card
        self.make_source = lambda sink: library_source(store, sink.rate, sink.channels)
        self.playlist_for: Callable[[date], DayPlaylist] = self._resolve_day
        self.state_path = store.files_dir / "fm-playout.json"
        self.engine: PlayoutEngine | None = None
        self._sink = None
        self._job = None
        self._day: DayPlaylist | None = None
        self._playing = ""
        self._zone_on_air = ""
        self.relay = _Relay(self)
        self.relay.line.connect(self._log_line)
        self.relay.played.connect(self._played)
        self.relay.playing.connect(self._now_playing)
        self.relay.day.connect(self._set_day)

        self.heading, self.hint = heading(), hint()
        self.on_air = QLabel()
        self.on_air.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.on_air.setMinimumHeight(64)
        self.now_label, self.next_label = QLabel(), QLabel()
        self.start_button, self.stop_button = QPushButton(), QPushButton()
        self.emergency_button = QPushButton()
        self.emergency_button.setStyleSheet("QPushButton { color: white; background: #c62828; }")
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.emergency_button.clicked.connect(self.emergency)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.settings_box = QGroupBox()
        self.driver = QComboBox()
        for value in declared.FM_DRIVERS:
            self.driver.addItem("", value)
        self.driver.currentIndexChanged.connect(self._driver_changed)
        self.port = QComboBox()
        self.port.setEditable(True)
        self.refresh_ports_button = QPushButton()
        self.refresh_ports_button.clicked.connect(self.refresh_ports)
        port_row = beside(self.port, self.refresh_ports_button)
        self.baud = QSpinBox()
        self.baud.setRange(int(declared.FM_BAUD.minimum or 0), int(declared.FM_BAUD.maximum or 0))
        self.line_ending = QComboBox()
        for value in ("crlf", "cr", "lf"):
            self.line_ending.addItem(value.upper(), value)
        self.timeout = self._seconds_box(declared.FM_REPLY_TIMEOUT)
        self.zone = QComboBox()
        self.output = QComboBox()
        self.lead = self._seconds_box(declared.FM_LEAD)
        self.tone = self._seconds_box(declared.FM_TONE_MS, decimals=0)
        self.gap = self._seconds_box(declared.FM_GAP_MS, decimals=0)
        self.guard = self._seconds_box(declared.FM_GUARD_MS, decimals=0)
        self.level = self._seconds_box(declared.FM_LEVEL_DBFS)
        form = QFormLayout()
        self.form_labels = form_rows(
            form,
            [
                self.driver,
                port_row,
                self.baud,
                self.line_ending,
                self.timeout,
                self.zone,
                self.output,
                self.lead,
                self.tone,
                self.gap,
                self.guard,
                self.level,
            ],
        )
        # the controller's own commands; an empty field keeps Studio's default (shown greyed)
        self.commands_box = QGroupBox()
        self.commands = {name: QLineEdit() for name in COMMAND_FIELDS}
        defaults = LineProtocol()
        for name, edit in self.commands.items():
            edit.setPlaceholderText(getattr(defaults, name) or "")
        self.command_labels = form_rows(QFormLayout(self.commands_box), self.commands.values())
        self.codes = QTableWidget(0, _CODE_COLUMNS)
        self.codes.verticalHeader().setVisible(False)
        self.codes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.save_button, self.test_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch()
        box = QVBoxLayout(self.settings_box)
        box.addLayout(form)
        box.addWidget(self.commands_box)
        box.addWidget(self.codes)
        box.addLayout(buttons)

        self.log_heading = QLabel()
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)

        controls = QHBoxLayout()
        for w in (self.start_button, self.stop_button):
            controls.addWidget(w)
        controls.addStretch()
        controls.addWidget(self.emergency_button)
        status = QVBoxLayout()
        status.addWidget(self.on_air)
        status.addWidget(self.now_label)
        status.addWidget(self.next_label)
        status.addLayout(controls)
        status.addWidget(self.message)
        status.addWidget(self.log_heading)
        status.addWidget(self.log, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.settings_box, 1)
        columns.addLayout(status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(columns, 1)

        self.countdown = QTimer(self)
        self.countdown.setInterval(500)
        self.countdown.timeout.connect(self._tick)
        #: the schedule is read again this often while playing, so an emergency or another
        #: change made meanwhile (on the Schedule page, or synced in) goes on air today
        self.reload_timer = QTimer(self)
        self.reload_timer.setInterval(RELOAD_MS)
        self.reload_timer.timeout.connect(self.reload_schedule)
        self.refresh_ports()
        self.load()
        self._set_on_air(False)
        self._update_buttons()
        self.retranslate()

    @staticmethod
    def _seconds_box(option: declared.Option, decimals: int = 1) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(decimals)
        box.setRange(float(option.minimum or 0), float(option.maximum or 0))
        return box

    # --- texts

    def retranslate(self) -> None:
        self.heading.setText(self.tr("FM transmitter"))
        self.hint.setText(
            self.tr(
                "The PC plays the day's schedule to the transmitter through the sound card, "
                "and switches the transmitter and the village receivers on and off around "
                "each slot."
            )
        )
        names = {
            "line": self.tr("Controller on a serial port (line protocol)"),
            "rts": self.tr("Keying on the RTS line"),
            "dtr": self.tr("Keying on the DTR line"),
            "dtmf": self.tr("DTMF codes only (transmitter by hand)"),
            "none": self.tr("None: switched by hand"),
        }
        for i in range(self.driver.count()):
            self.driver.setItemText(i, names[self.driver.itemData(i)])
        if self.output.count():
            self.output.setItemText(0, self.tr("The system's default output"))
        self.settings_box.setTitle(self.tr("Transmitter and receivers"))
        self.refresh_ports_button.setText(self.tr("Refresh"))
        for label, text in zip(
            self.form_labels,
            [
                self.tr("Control"),
                self.tr("Serial port"),
                self.tr("Baud rate"),
                self.tr("Line ending"),
                self.tr("Reply timeout (s)"),
                self.tr("Zone on the transmitter"),
                self.tr("Sound card to the transmitter"),
                self.tr("Transmitter on before the code (s)"),
                self.tr("Tone (ms)"),
                self.tr("Gap (ms)"),
                self.tr("Guard silence (ms)"),
                self.tr("Code level (dBFS)"),
            ],
            strict=True,
        ):
            label.setText(text)
        self.commands_box.setTitle(self.tr("Controller commands (empty: the default)"))
        command_names = {
            "transmitter_on": self.tr("Transmitter on"),
            "transmitter_off": self.tr("Transmitter off"),
            "zone_on": self.tr("Zone on ({zone}: its number)"),
            "zone_off": self.tr("Zone off ({zone}: its number)"),
            "status": self.tr("Status query"),
            "status_reply": self.tr("Expected status reply"),
            "ack": self.tr("Expected reply to a command"),
            "error": self.tr("Reply meaning refused"),
        }
        for label, name in zip(self.command_labels, COMMAND_FIELDS, strict=True):
            label.setText(command_names[name])
        self.codes.setHorizontalHeaderLabels(
            [
                self.tr("Zone"),
                self.tr("Number on the controller"),
                self.tr("On code"),
                self.tr("Off code"),
            ]
        )
        self.save_button.setText(self.tr("Save"))
        self.test_button.setText(self.tr("Test"))
        self.start_button.setText(self.tr("Start playout"))
        self.stop_button.setText(self.tr("Stop playout"))
        self.emergency_button.setText(self.tr("Emergency broadcast…"))
        self.log_heading.setText(self.tr("What was sent and received"))
        self._set_on_air(self.engine is not None and self.engine.on_air)
        self._now_playing(self._playing)
        self._tick()

    # --- settings

    def refresh_ports(self) -> None:
        """The serial ports the system knows of; a typed-in name (a pty) is kept."""
        current = self.port.currentText()
        self.port.clear()
        for port in sorted(list_ports.comports(), key=lambda p: p.device):
            label = f"{port.device} — {port.description}" if port.description else port.device
            self.port.addItem(label, port.device)
        self.set_port(current)

    def set_port(self, device: str) -> None:
        index = self.port.findData(device)
        if index >= 0:
            self.port.setCurrentIndex(index)
        else:
            self.port.setEditText(device)

    def port_name(self) -> str:
        index = self.port.currentIndex()
        text = self.port.currentText().strip()
        if index >= 0 and text == self.port.itemText(index):
            return str(self.port.itemData(index))
        return text

    def _fm_zones(self) -> list[tuple[str, str]]:
        """(id, name) of the zones behind the transmitter: the FM zones, or every zone."""
        zones = stations.list_zones(self.store)
        fm = [z for z in zones if z.kind == ZoneKind.FM] or zones
        return [(str(z.id), z.name) for z in fm]

    def load(self) -> None:
        """Show the stored settings."""
        cfg = fm_config.load(self.store)
        self.driver.setCurrentIndex(max(0, self.driver.findData(cfg.driver)))
        self.set_port(cfg.port)
        self.baud.setValue(cfg.baud)
        self.line_ending.setCurrentIndex(max(0, self.line_ending.findData(cfg.line_ending)))
        self.timeout.setValue(cfg.timeout_s)
        self.lead.setValue(cfg.lead_s)
        self.tone.setValue(cfg.tone_ms)
        self.gap.setValue(cfg.gap_ms)
        self.guard.setValue(cfg.guard_ms)
        self.level.setValue(cfg.level_dbfs)
        for name, edit in self.commands.items():
            edit.setText(cfg.commands.get(name, ""))
        self.output.clear()
        self.output.addItem("", "")
        for device in QMediaDevices.audioOutputs():
            self.output.addItem(device.description(), device_key(device))
        index = self.output.findData(cfg.output)
        if index < 0:  # a card that is unplugged now stays chosen
            self.output.addItem(cfg.output, cfg.output)
            index = self.output.count() - 1
        self.output.setCurrentIndex(index)
        zones = self._fm_zones()
        self.zone.clear()
        for zone_id, name in zones:
            self.zone.addItem(name, zone_id)
        self.zone.setCurrentIndex(max(0, self.zone.findData(cfg.zone)))
        self.codes.setRowCount(len(zones))
        for row, (zone_id, name) in enumerate(zones):
            setup = cfg.zones.get(zone_id, ZoneSetup())
            name_item = QTableWidgetItem(name)
            name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name_item.setData(Qt.ItemDataRole.UserRole, zone_id)
            self.codes.setItem(row, 0, name_item)
            for column, value in enumerate((setup.address, setup.on, setup.off), start=1):
                self.codes.setItem(row, column, QTableWidgetItem(value))
        self._driver_changed()

    def config(self) -> FmConfig:
        """The settings as the form shows them (saved or not)."""
        zones = {}
        for row in range(self.codes.rowCount()):
            zone_id = self.codes.item(row, 0).data(Qt.ItemDataRole.UserRole)
            cells = [self.codes.item(row, c) for c in range(1, _CODE_COLUMNS)]
            zones[zone_id] = ZoneSetup(*(c.text().strip() if c else "" for c in cells))
        return FmConfig(
            driver=self.driver.currentData(),
            port=self.port_name(),
            baud=self.baud.value(),
            line_ending=self.line_ending.currentData(),
            timeout_s=self.timeout.value(),
            zone=self.zone.currentData() or "",
            zones=zones,
            lead_s=self.lead.value(),
            tone_ms=self.tone.value(),
            gap_ms=self.gap.value(),
            guard_ms=self.guard.value(),
            level_dbfs=self.level.value(),
            output=self.output.currentData() or "",
            commands={n: e.text().strip() for n, e in self.commands.items() if e.text().strip()},
        )

    def save(self) -> bool:
        cfg = self.config()
        try:
            cfg.playout_settings()  # the codes and timings are valid
            cfg.line_protocol()  # and so are the controller's commands
            fm_config.save(self.store, cfg)
        except StudioError as exc:
            self._show_error(exc)
            return False
        if self.running:
            # the engine keeps the codes and the controller it started with: new codes in
            # the middle of a slot would switch off receivers with other codes than they
            # were switched on with
            self.message.setText(
                self.tr(
                    "Saved. Playout goes on with the settings it started with; the new ones "
                    "are used when it is next started (Stop playout, then Start playout)."
                )
            )
        else:
            self.message.setText(self.tr("Saved."))
        return True

    def _driver_changed(self) -> None:
        serial = self.driver.currentData() in ("line", "rts", "dtr")
        line = self.driver.currentData() == "line"
        for w in (self.port, self.refresh_ports_button, self.baud):
            w.setEnabled(serial)
        for w in (self.line_ending, self.timeout):
            w.setEnabled(line)
        # only a controller on the line protocol has commands; the rest need not see them
        self.commands_box.setVisible(line)

    # --- the Test button

    def test(self) -> None:
        cfg = self.config()
        self.test_button.setEnabled(False)
        self._note(self.tr("Testing the control line…"))
        self.tasks.run(
            check_line,
            cfg,
            self.relay.line.emit,
            on_result=self._tested,
            on_error=self._test_failed,
        )

    def _tested(self, status: str) -> None:
        self._update_buttons()
        self._note(self.tr("The controller answered: %1").replace("%1", status))

    def _test_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._show_error(error)

    # --- playout

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> bool:
        """Start playing the schedule; False (and the reason shown) when it cannot."""
        if self.running:
            return True
        cfg = self.config()
        sink = None
        try:
            settings = cfg.playout_settings()
            sink = self.make_sink()
            driver = cfg.make_driver(self.relay.line.emit)
        except StudioError as exc:
            if isinstance(sink, SoundCardSink):
                sink.stop()
                sink.deleteLater()
            self._show_error(exc)
            return False
        self._zone_on_air = cfg.zone
        zone_id = uuid.UUID(cfg.zone) if cfg.zone else None
        writer = AsRunWriter(self.store, zone_id)

        def on_played(played: Played) -> None:
            writer(played)
            self.relay.played.emit(played)

        clock = self.make_clock()
        self.engine = PlayoutEngine(
            driver,
            sink,
            self.make_source(sink),
            clock,
            settings,
            on_played=on_played,
            state_path=self.state_path,
            on_playing=self.relay.playing.emit,
        )
        self._sink = sink
        self._note(self.tr("Playout started."))
        self._job = self.tasks.run(
            run_playout,
            self.engine,
            self.playlist_for,
            self.relay.day.emit,
            on_error=self._playout_failed,
        )
        self._job.done.connect(self._playout_ended)
        self.countdown.start()
        self.reload_timer.start()
        self._update_buttons()
        return True

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.halt()
        if self._job is not None:
            self._job.cancel()

    def _playout_failed(self, error: BaseException) -> None:
        self._show_error(error)

    def _playout_ended(self) -> None:
        driver = self.engine.driver if self.engine else None
        if driver is not None:
            driver.close()
        if isinstance(self._sink, SoundCardSink):
            self._sink.stop()
            self._sink.deleteLater()
        self._job = None
        self._sink = None
        self.countdown.stop()
        self.reload_timer.stop()
        self._set_on_air(False)
        self._now_playing("")
        self._note(self.tr("Playout stopped."))
        self._update_buttons()
        self._tick()

    def reload_schedule(self) -> None:
        """Read the day again (on a worker) and hand it to the engine."""
        if not self.running or self._day is None:
            return
        self.tasks.run(_read_day, self.playlist_for, self._day.day, on_result=self._reloaded)

    def _reloaded(self, playlist: DayPlaylist) -> None:
        if self.engine is not None and self.running:
            self.engine.update(playlist)
            if self._day is not None and playlist.day == self._day.day:
                self._day = playlist

    def _sound_card(self) -> SoundCardSink:
        chosen = self.output.currentData() or ""
        device = next((d for d in QMediaDevices.audioOutputs() if device_key(d) == chosen), None)
        sink = SoundCardSink(device=device, parent=self)
        sink.start()
        return sink

    def _resolve_day(self, day: date) -> DayPlaylist:
        """Worker thread: the zone's day from the schedule as it stands."""
        zone = self._zone_on_air
        return resolve(load_book(self.store), day, uuid.UUID(zone) if zone else None)

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(not self.running)
        self.stop_button.setEnabled(self.running)
        # the port belongs to the playout while it runs
        self.test_button.setEnabled(not self.running)

    # --- emergency

    def emergency_bulletins(self) -> list[tuple[str, uuid.UUID]]:
        """(title, asset id) of the bulletins with audio, emergency ones first."""
        with self.store.session() as s:
            rows = s.execute(
                select(Bulletin.title, Bulletin.priority, Bulletin.asset_id).where(
                    ~Bulletin.deleted, Bulletin.asset_id.is_not(None)
                )
            ).all()
        rows.sort(key=lambda r: (r.priority != Priority.EMERGENCY, r.title))
        return [(r.title, r.asset_id) for r in rows]

    def emergency(self) -> None:
        """Pick the bulletin, confirm, and put it on air on every zone at once."""
        choices = self.emergency_bulletins()
        if not choices:
            self.message.setText(
                self.tr("There is no bulletin with audio to broadcast. Record one first.")
            )
            return
        titles = [title for title, _ in choices]
        title, ok = QInputDialog.getItem(
            self,
            self.tr("Emergency broadcast"),
            self.tr("Bulletin to broadcast on every zone now:"),
            titles,
            0,
            False,
        )
        if not ok:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Emergency broadcast"),
            self.tr("Interrupt what is on air and broadcast “%1” on every zone now?").replace(
                "%1", title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.broadcast_emergency(choices[titles.index(title)][1], title)

    def broadcast_emergency(self, asset_id: uuid.UUID, title: str) -> bool:
        """Put the asset on air on every zone now, starting playout first if need be."""
        if not self.running and not self.start():
            return False
        assert self.engine is not None
        with self.store.session() as s:
            asset = s.get(AudioAsset, asset_id)
        try:
            if asset is None:
                raise FMError(
                    QT_TRANSLATE_NOOP("errors", "The audio of “{title}” is not in the library."),
                    title=title,
                )
            reader = codec.Reader(
                library(self.store).path(asset.sha256), sample_rate=self.engine.sink.rate
            )
        except StudioError as exc:
            self._show_error(exc)
            return False
        self.engine.emergency_now(title, Decoded(reader, self.engine.sink.channels))
        self._note(self.tr("Emergency broadcast: %1").replace("%1", title))
        return True

    # --- what the engine reports

    def _set_on_air(self, on: bool) -> None:
        was = self.on_air.property("onAir")
        self.on_air.setProperty("onAir", on)
        self.on_air.setText(self.tr("ON AIR") if on else self.tr("Off air"))
        self.on_air.setStyleSheet(
            "QLabel { font-size: 28pt; font-weight: bold; border-radius: 6px; "
            + ("color: white; background: #c62828; }" if on else "color: #555; background: #ddd; }")
        )
        if was is not None and bool(was) != on:
            self.on_air_changed.emit(on)

    @property
    def is_on_air(self) -> bool:
        return bool(self.on_air.property("onAir"))

    def _played(self, played: Played) -> None:
        if played.kind in (Kind.SWITCH_ON, Kind.SWITCH_OFF):
            self._set_on_air(self.engine is not None and self.engine.on_air)
        if played.kind in (Kind.SWITCH_FAILED, Kind.MISSED, Kind.SILENT, Kind.ITEM, Kind.EMERGENCY):
            self._note(self._describe(played))

    def _describe(self, played: Played) -> str:
        at = to_local(played.start).strftime("%H:%M:%S")
        texts = {
            Kind.ITEM: self.tr("%1 played %2 (%3)"),
            Kind.EMERGENCY: self.tr("%1 emergency %2 (%3)"),
            Kind.MISSED: self.tr("%1 missed %2 (%3)"),
            Kind.SILENT: self.tr("%1 no audio for %2 (%3)"),
            Kind.SWITCH_FAILED: self.tr("%1 switching failed for %2 (%3)"),
        }
        results = {
            PlayResult.PLAYED: self.tr("in full"),
            PlayResult.PARTIAL: self.tr("joined at %1 s").replace("%1", f"{played.offset_s:.0f}"),
            PlayResult.INTERRUPTED: self.tr("interrupted"),
            PlayResult.MISSED: self.tr("its time had passed"),
            PlayResult.FAILED: self.tr("failed"),
        }
        why = played.error.text(translate) if played.error else results[played.result]
        return texts[played.kind].replace("%1", at).replace("%2", played.title).replace("%3", why)

    def _now_playing(self, title: str) -> None:
        self._playing = title
        self.now_label.setText(self.tr("Now: %1").replace("%1", title or "—"))

    def _set_day(self, playlist: DayPlaylist) -> None:
        self._day = playlist

    def _tick(self) -> None:
        """The countdown to the next item."""
        if self.engine is None or self._day is None or not self.running:
            self.next_label.setText(self.tr("Next: —"))
            return
        now = self.engine.clock.now()
        upcoming = [e for e in self._day.entries if e.start > now]
        if not upcoming:
            self.next_label.setText(self.tr("Next: nothing more today"))
            return
        entry = min(upcoming, key=lambda e: e.start)
        seconds = int((entry.start - now).total_seconds())
        hours, rest = divmod(seconds, 3600)
        left = (
            f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
            if hours
            else f"{rest // 60}:{rest % 60:02d}"
        )
        self.next_label.setText(
            self.tr("Next: %1 at %2, in %3")
            .replace("%1", entry.title)
            .replace("%2", to_local(entry.start).strftime("%H:%M"))
            .replace("%3", left)
        )

    # --- the log

    def _log_line(self, line: LogLine) -> None:
        at = to_local(line.at).strftime("%H:%M:%S")
        self.log.appendPlainText(f"{at} {ARROWS[line.direction]} {line.text}")

    def _note(self, text: str) -> None:
        self._log_line(LogLine(Direction.NOTE, text))

    def _show_error(self, error: BaseException) -> None:
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.message.setText(text)
        self._note(text)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Stop playout and wait for it (the window is closing)."""
        self.stop()
        if self._job is not None:
            self.tasks.wait(timeout_ms)
