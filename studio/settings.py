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
