"""A station's FM settings as one value: read from and written to the stored settings
(declared in :mod:`studio.settings`), and turned into a driver and engine settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from studio import settings as declared
from studio.push.fm import dtmf
from studio.push.fm.drivers import Driver, Log, ManualDriver
from studio.push.fm.playout import PlayoutSettings
from studio.store import settings as stored
from studio.store.db import Store

if TYPE_CHECKING:
    from studio.push.fm.serial_driver import LineProtocol


@dataclass(frozen=True)
class ZoneSetup:
    """One zone's receivers: ``address`` is its number on the controller (``ZONE 3 ON``);
    ``on``/``off`` its DTMF codes (empty: none)."""

    address: str = ""
    on: str = ""
    off: str = ""

    @classmethod
    def from_json(cls, raw: object) -> ZoneSetup:
        raw = raw if isinstance(raw, dict) else {}
        return cls(str(raw.get("address", "")), str(raw.get("on", "")), str(raw.get("off", "")))

    def to_json(self) -> dict[str, str]:
        return {"address": self.address, "on": self.on, "off": self.off}


@dataclass(frozen=True)
class FmConfig:
    driver: str = declared.FM_DRIVER.default
    port: str = declared.FM_PORT.default
    baud: int = declared.FM_BAUD.default
    line_ending: str = declared.FM_LINE_ENDING.default
    timeout_s: float = declared.FM_REPLY_TIMEOUT.default
    #: the zone (id) whose day plays
    zone: str = declared.FM_ZONE.default
    #: zone id -> its receivers
    zones: dict[str, ZoneSetup] = field(default_factory=dict)
    lead_s: float = declared.FM_LEAD.default
    tone_ms: float = declared.FM_TONE_MS.default
    gap_ms: float = declared.FM_GAP_MS.default
    guard_ms: float = declared.FM_GUARD_MS.default
    level_dbfs: float = declared.FM_LEVEL_DBFS.default
    #: the sound card's system id (empty: the default output)
    output: str = declared.FM_OUTPUT.default
    #: the controller's commands and replies that differ from the defaults (by field name)
    commands: dict[str, str] = field(default_factory=dict)

    def key(self, zone_id: str) -> str:
        """The name the driver and the codes use for a zone: its controller number, or
        its id when it has none."""
        setup = self.zones.get(zone_id)
        return setup.address if setup and setup.address else zone_id

    def dtmf_settings(self) -> dtmf.DtmfSettings | None:
        """The codes of every zone that has both; None when none has. FMError if a code
        or the timing is not valid."""
        codes = {
            self.key(z): dtmf.ZoneCodes(s.on, s.off)
            for z, s in self.zones.items()
            if s.on.strip() and s.off.strip()
        }
        if not codes:
            return None
        return dtmf.DtmfSettings(
            tone_ms=self.tone_ms,
            gap_ms=self.gap_ms,
            level_dbfs=self.level_dbfs,
            guard_ms=self.guard_ms,
            zones=codes,
        )

    def playout_settings(self) -> PlayoutSettings:
        codes = self.dtmf_settings()
        zone = self.key(self.zone) if self.zone else None
        if codes is not None and zone is not None and zone not in codes.zones:
            codes.codes(zone)  # FMError naming the zone that lacks its codes
        return PlayoutSettings(
            zone=zone,
            dtmf=codes,
            lead_s=self.lead_s,
            all_zones=tuple(self.key(z) for z in self.zones),
        )

    def line_protocol(self) -> LineProtocol:
        """The serial line protocol: the default commands with the station's own in place;
        FMError when a template or a reply pattern is not valid."""
        from studio.push.fm.serial_driver import COMMAND_FIELDS, LineProtocol

        own = {k: v for k, v in self.commands.items() if k in COMMAND_FIELDS and v.strip()}
        return LineProtocol(
            **own, baud=self.baud, line_ending=self.line_ending, timeout_s=self.timeout_s
        )

    def make_driver(self, log: Log | None = None) -> Driver:
        """The configured driver, its port open; FMError when it cannot be."""
        if self.driver == "line":
            from studio.push.fm.serial_driver import SerialLineDriver

            return SerialLineDriver(self.port, self.line_protocol(), log=log)
        if self.driver in ("rts", "dtr"):
            from studio.push.fm.serial_driver import KeyingDriver

            return KeyingDriver(self.port, self.driver, baud=self.baud, log=log)
        # DTMF codes are played by the engine; the transmitter itself is switched by hand
        return ManualDriver(log)


_SCALARS = {
    "driver": declared.FM_DRIVER,
    "port": declared.FM_PORT,
    "baud": declared.FM_BAUD,
    "line_ending": declared.FM_LINE_ENDING,
    "timeout_s": declared.FM_REPLY_TIMEOUT,
    "zone": declared.FM_ZONE,
    "lead_s": declared.FM_LEAD,
    "tone_ms": declared.FM_TONE_MS,
    "gap_ms": declared.FM_GAP_MS,
    "guard_ms": declared.FM_GUARD_MS,
    "level_dbfs": declared.FM_LEVEL_DBFS,
    "output": declared.FM_OUTPUT,
}


def load(store: Store) -> FmConfig:
    values = {name: stored.get(store, option) for name, option in _SCALARS.items()}
    zones = stored.get(store, declared.FM_ZONE_CODES) or {}
    commands = stored.get(store, declared.FM_COMMANDS) or {}
    return FmConfig(
        **values,
        zones={str(k): ZoneSetup.from_json(v) for k, v in zones.items()},
        commands={str(k): str(v) for k, v in commands.items()},
    )


def save(store: Store, config: FmConfig) -> FmConfig:
    """Store every FM setting; ValueError (nothing half-stored) when one does not fit."""
    checked = {n: o.coerce(getattr(config, n)) for n, o in _SCALARS.items()}
    for name, option in _SCALARS.items():
        stored.put(store, option, checked[name])
    stored.put(store, declared.FM_ZONE_CODES, {k: v.to_json() for k, v in config.zones.items()})
    stored.put(store, declared.FM_COMMANDS, {k: v for k, v in config.commands.items() if v.strip()})
    return config
