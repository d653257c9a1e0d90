"""Every setting Studio keeps, declared once: key, type, default and a translatable title."""

from __future__ import annotations

from studio.errors import QT_TRANSLATE_NOOP
from studio.store.settings import Option

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
