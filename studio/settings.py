"""Every setting Studio keeps, declared once: key, type, default and a translatable title.

Free of the database and of Qt, so any package can read the declared defaults; values are
stored through :mod:`studio.store.settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from studio.errors import QT_TRANSLATE_NOOP

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T
    #: English title marked with QT_TRANSLATE_NOOP("settings", …); translated where shown
    title: str = ""
    choices: tuple[T, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def coerce(self, value: Any) -> T:
        """``value`` as this option's type, or ValueError if it does not fit."""
        if value is None:
            if self.default is None:
                return value
            raise ValueError(f"{self.key}: a value is required")
        converted = self.type(value)
        if self.choices and converted not in self.choices:
            raise ValueError(f"{self.key}: {converted!r} is not one of {self.choices}")
        if self.minimum is not None and converted < self.minimum:
            raise ValueError(f"{self.key}: {converted} is below {self.minimum}")
        if self.maximum is not None and converted > self.maximum:
            raise ValueError(f"{self.key}: {converted} is above {self.maximum}")
        return converted


LANGUAGES = ("vi", "en")

LANGUAGE: Option[str] = Option(
    "ui.language", str, "vi", QT_TRANSLATE_NOOP("settings", "Language"), choices=LANGUAGES
)

#: integrated loudness every bulletin and programme is normalized to; −16 LUFS carries
#: outdoors on loudspeakers, −23 LUFS is the EBU R128 broadcast preset
LOUDNESS_TARGET: Option[float] = Option(
    "loudness.target_lufs",
    float,
    -16.0,
    QT_TRANSLATE_NOOP("settings", "Loudness target (LUFS)"),
    minimum=-36.0,
    maximum=-6.0,
)
LOUDNESS_PRESETS = {"loudspeakers": -16.0, "ebu_r128": -23.0}

TRUE_PEAK_CEILING: Option[float] = Option(
    "loudness.true_peak_dbtp",
    float,
    -1.0,
    QT_TRANSLATE_NOOP("settings", "True-peak ceiling (dBTP)"),
    minimum=-9.0,
    maximum=0.0,
)

#: the station's rule for one broadcast session: back-to-back items on a zone longer than
#: this are flagged by the schedule checks (commune rules are often 15, 30 or 45 minutes)
MAX_SESSION_MINUTES: Option[int] = Option(
    "schedule.max_session_minutes",
    int,
    45,
    QT_TRANSLATE_NOOP("settings", "Longest broadcast session (minutes)"),
    minimum=5,
    maximum=240,
)

#: the MQTT broker the app reaches its IP loudspeakers through; empty: none set up yet
BROKER_HOST: Option[str] = Option(
    "push.broker_host", str, "", QT_TRANSLATE_NOOP("settings", "Loudspeaker broker address")
)
BROKER_PORT: Option[int] = Option(
    "push.broker_port",
    int,
    8883,
    QT_TRANSLATE_NOOP("settings", "Loudspeaker broker port"),
    minimum=1,
    maximum=65535,
)
#: where and how the station's own broker files were last written (studio.broker): folder,
#: hosts (the names in its certificate), port and bind; empty: never written by Studio, so
#: a new loudspeaker or a paired commune leaves no broker to update
BROKER_FILES: Option[dict] = Option(
    "push.broker_files", dict, {}, QT_TRANSLATE_NOOP("settings", "Broker configuration")
)

#: how the PC switches the FM transmitter and the village receivers: a controller's line
#: protocol on a serial port, keying of the port's RTS or DTR line, in-band DTMF codes
#: (the transmitter then stays on by hand), or none at all (the operator switches)
FM_DRIVERS = ("line", "rts", "dtr", "dtmf", "none")
FM_DRIVER: Option[str] = Option(
    "fm.driver",
    str,
    "none",
    QT_TRANSLATE_NOOP("settings", "Transmitter control"),
    choices=FM_DRIVERS,
)
FM_PORT: Option[str] = Option("fm.port", str, "", QT_TRANSLATE_NOOP("settings", "Serial port"))
FM_BAUD: Option[int] = Option(
    "fm.baud", int, 9600, QT_TRANSLATE_NOOP("settings", "Baud rate"), minimum=300, maximum=921600
)
FM_LINE_ENDING: Option[str] = Option(
    "fm.line_ending",
    str,
    "crlf",
    QT_TRANSLATE_NOOP("settings", "Line ending"),
    choices=("cr", "lf", "crlf"),
)
FM_REPLY_TIMEOUT: Option[float] = Option(
    "fm.reply_timeout_s",
    float,
    1.0,
    QT_TRANSLATE_NOOP("settings", "Reply timeout (s)"),
    minimum=0.1,
    maximum=30.0,
)
#: the controller's own words, where they differ from Studio's defaults: command templates
#: (transmitter_on/off, zone_on/off with {zone}, status) and the replies expected
#: (status_reply, ack, error: regular expressions); see studio.push.fm.serial_driver
FM_COMMANDS: Option[dict] = Option(
    "fm.commands", dict, {}, QT_TRANSLATE_NOOP("settings", "Controller commands")
)
#: the zone whose day the transmitter plays (a zone id; empty: the first FM zone)
FM_ZONE: Option[str] = Option(
    "fm.zone", str, "", QT_TRANSLATE_NOOP("settings", "Zone on the transmitter")
)
#: per zone id: {"address": the zone's number on the controller, "on"/"off": DTMF digits}
FM_ZONE_CODES: Option[dict] = Option(
    "fm.zone_codes", dict, {}, QT_TRANSLATE_NOOP("settings", "Receiver codes")
)
FM_LEAD: Option[float] = Option(
    "fm.lead_s",
    float,
    2.0,
    QT_TRANSLATE_NOOP("settings", "Transmitter on before the code (s)"),
    minimum=0.0,
    maximum=30.0,
)
FM_TONE_MS: Option[float] = Option(
    "fm.dtmf_tone_ms",
    float,
    100.0,
    QT_TRANSLATE_NOOP("settings", "Tone (ms)"),
    minimum=40.0,
    maximum=1000.0,
)
FM_GAP_MS: Option[float] = Option(
    "fm.dtmf_gap_ms",
    float,
    100.0,
    QT_TRANSLATE_NOOP("settings", "Gap (ms)"),
    minimum=40.0,
    maximum=1000.0,
)
FM_GUARD_MS: Option[float] = Option(
    "fm.dtmf_guard_ms",
    float,
    300.0,
    QT_TRANSLATE_NOOP("settings", "Guard silence (ms)"),
    minimum=0,
    maximum=5000,
)
FM_LEVEL_DBFS: Option[float] = Option(
    "fm.dtmf_level_dbfs",
    float,
    -6.0,
    QT_TRANSLATE_NOOP("settings", "Code level (dBFS)"),
    minimum=-40,
    maximum=0,
)
#: the sound card that feeds the transmitter (its system id; empty: the default output)
FM_OUTPUT: Option[str] = Option(
    "fm.output", str, "", QT_TRANSLATE_NOOP("settings", "Sound card to the transmitter")
)

#: a commune's consent for its parent station to change its schedule (studio.sync)
PARENT_MAY_EDIT_SCHEDULE: Option[bool] = Option(
    "sync.parent_may_edit_schedule",
    bool,
    False,
    QT_TRANSLATE_NOOP("settings", "The parent station may change this station's schedule"),
)
