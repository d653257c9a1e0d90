"""In-band DTMF codes that switch village receivers on and off, and a Goertzel detector.

Many village receivers listen to the FM carrier for a short DTMF sequence (``*12#``: zone 12
on) before they open their loudspeakers. Studio plays the zone's *on* code before a slot and
its *off* code after it. :func:`detect` reads such codes back from audio — the tests use it,
and so can an engineer checking a recording of what a deployment actually sent.

Audio is float32 (frames, channels); times are seconds from the first frame.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from studio.errors import QT_TRANSLATE_NOOP
from studio.push.fm.errors import FMError

ROWS = (697.0, 770.0, 852.0, 941.0)
COLS = (1209.0, 1336.0, 1477.0, 1633.0)
KEYPAD = ("123A", "456B", "789C", "*0#D")
#: digit -> (row Hz, column Hz)
TONES: dict[str, tuple[float, float]] = {
    KEYPAD[r][c]: (ROWS[r], COLS[c]) for r in range(4) for c in range(4)
}

#: raised-cosine ramp at each end of a tone, so the FM exciter does not splatter a click
_RAMP_S = 0.002
#: detector analysis window: ~25 ms resolves the closest pair (697/770 Hz) and is shorter
#: than the 40 ms minimum tone of ITU-T Q.24
_WINDOW_S = 0.025
_HOP_S = 0.001


def check_digits(digits: str) -> str:
    """``digits`` upper-cased and without spaces; FMError if one is not a DTMF key."""
    cleaned = "".join(digits.split()).upper()
    bad = [d for d in cleaned if d not in TONES]
    if bad or not cleaned:
        raise FMError(
            QT_TRANSLATE_NOOP("errors", "“{digits}” is not a DTMF code: use 0–9, *, # and A–D."),
            digits=digits,
        )
    return cleaned


@dataclass(frozen=True)
class ZoneCodes:
    """The codes a zone's receivers answer to."""

    on: str
    off: str


@dataclass(frozen=True)
class DtmfSettings:
    """How codes are played: tone and gap lengths (ms), peak level of the tone pair
    (dBFS), and silence before and after the sequence (ms) so the receiver's squelch has
    opened and the programme does not run into the code. ``zones``: codes by zone key."""

    tone_ms: float = 100.0
    gap_ms: float = 100.0
    level_dbfs: float = -6.0
    guard_ms: float = 300.0
    zones: Mapping[str, ZoneCodes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.tone_ms < 40 or self.gap_ms < 40 or self.guard_ms < 0:
            raise FMError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "DTMF tones and gaps must last at least 40 ms, and the guard silence "
                    "cannot be negative.",
                )
            )
        if self.level_dbfs > 0:
            raise FMError(QT_TRANSLATE_NOOP("errors", "The DTMF level must be 0 dBFS or lower."))
        for codes in self.zones.values():
            check_digits(codes.on)
            check_digits(codes.off)

    def codes(self, zone: str) -> ZoneCodes:
        try:
            return self.zones[zone]
        except KeyError:
            raise FMError(
                QT_TRANSLATE_NOOP("errors", "No DTMF codes are set for the zone “{zone}”."),
                zone=zone,
            ) from None

    def duration_s(self, digits: str) -> float:
        """Length of the sequence for ``digits``, guards included, seconds."""
        n = len(check_digits(digits))
        return (2 * self.guard_ms + n * self.tone_ms + (n - 1) * self.gap_ms) / 1000.0


def tone_times(digits: str, settings: DtmfSettings) -> list[tuple[str, float, float]]:
    """Where each tone of :func:`sequence` lies: ``[(digit, start_s, end_s)]``."""
    out, t = [], settings.guard_ms / 1000.0
    for d in check_digits(digits):
        out.append((d, t, t + settings.tone_ms / 1000.0))
        t += (settings.tone_ms + settings.gap_ms) / 1000.0
    return out


def sequence(
    digits: str, rate: int, settings: DtmfSettings | None = None, channels: int = 1
) -> np.ndarray:
    """float32 (frames, channels): guard, then each digit's tone pair separated by gaps,
    then guard. Tone and gap boundaries fall on the nearest frame."""
    settings = settings or DtmfSettings()
    frames = round(settings.duration_s(digits) * rate)
    out = np.zeros(frames, dtype=np.float32)
    amp = 10 ** (settings.level_dbfs / 20) / 2  # each of the pair: the sum peaks at the level
    ramp_n = max(1, round(_RAMP_S * rate))
    ramp = 0.5 - 0.5 * np.cos(np.pi * (np.arange(ramp_n) + 0.5) / ramp_n)
    for digit, start, end in tone_times(digits, settings):
        a, b = round(start * rate), min(frames, round(end * rate))
        t = np.arange(b - a) / rate
        low, high = TONES[digit]
        tone = amp * (np.sin(2 * np.pi * low * t) + np.sin(2 * np.pi * high * t))
        tone[:ramp_n] *= ramp
        tone[-ramp_n:] *= ramp[::-1]
        out[a:b] = tone
    return np.repeat(out[:, None], channels, axis=1)


def _goertzel_amplitudes(x: np.ndarray, rate: int, n: int, hop: int) -> np.ndarray:
    """Amplitude of each DTMF frequency in windows of ``n`` frames every ``hop`` frames:
    float64 (windows, 8), rows then columns, in the units of ``x`` (a sine of peak 0.5
    reads 0.5). The recursion runs over the window's frames, vectorized across windows."""
    freqs = np.array(ROWS + COLS)
    coeff = 2 * np.cos(2 * np.pi * freqs / rate)
    windows = np.lib.stride_tricks.sliding_window_view(x, n)[::hop]
    s1 = np.zeros((len(windows), len(freqs)))
    s2 = np.zeros_like(s1)
    for k in range(n):
        s0 = windows[:, k : k + 1] + coeff * s1 - s2
        s2, s1 = s1, s0
    power = np.maximum(s1 * s1 + s2 * s2 - coeff * s1 * s2, 0.0)
    return np.sqrt(power) * 2 / n


def _crossing(profile: np.ndarray, i: int, step: int, level: float) -> float:
    """Fractional index, walking from ``i`` by ``step``, where ``profile`` falls below ``level``."""
    j = i
    while 0 <= j + step < len(profile) and profile[j + step] >= level:
        j += step
    k = j + step
    if not 0 <= k < len(profile):
        return float(j)
    return j + step * (profile[j] - level) / (profile[j] - profile[k])


def detect(
    samples: np.ndarray,
    rate: int,
    *,
    min_tone_s: float = 0.040,
    min_level_dbfs: float = -45.0,
) -> list[tuple[str, float, float]]:
    """The DTMF tones in ``samples`` (float32 (frames,) or (frames, channels), channels are
    averaged): ``[(digit, start_s, end_s)]`` in time order.

    A window counts as a digit when one row and one column frequency stand 10 dB above the
    others of their group and hold most of the window's energy (speech and music do not).
    Each tone's edges are where its Goertzel amplitude crosses half its plateau — with a
    window sliding over a step in amplitude that is the step itself. Tones shorter than
    ``min_tone_s`` or weaker than ``min_level_dbfs`` (each frequency) are not reported.
    """
    x = np.asarray(samples, dtype=np.float64)
    if x.ndim == 2:
        x = x.mean(axis=1)
    n = max(8, round(_WINDOW_S * rate))
    hop = max(1, round(_HOP_S * rate))
    if len(x) < n:
        return []
    amps = _goertzel_amplitudes(x, rate, n, hop)
    rows, cols = amps[:, :4], amps[:, 4:]
    r = rows.argmax(axis=1)
    c = cols.argmax(axis=1)
    idx = np.arange(len(amps))
    ra, ca = rows[idx, r], cols[idx, c]
    second_r = np.sort(rows, axis=1)[:, -2]
    second_c = np.sort(cols, axis=1)[:, -2]
    squares = np.concatenate(([0.0], np.cumsum(x * x)))
    starts = np.arange(len(amps)) * hop
    energy = (squares[starts + n] - squares[starts]) / n
    tone_energy = (ra * ra + ca * ca) / 2
    floor = 10 ** (min_level_dbfs / 20)
    valid = (
        (ra >= floor)
        & (ca >= floor)
        & (ra >= 3.16 * second_r)
        & (ca >= 3.16 * second_c)
        & (tone_energy >= 0.6 * energy)
    )
    code = np.where(valid, r * 4 + c, -1)

    found: list[tuple[str, float, float]] = []
    i = 0
    while i < len(code):
        if code[i] < 0:
            i += 1
            continue
        j = i
        while j + 1 < len(code) and code[j + 1] == code[i]:
            j += 1
        row, col = divmod(int(code[i]), 4)
        profile = amps[:, row] + amps[:, 4 + col]
        peak = i + int(profile[i : j + 1].argmax())
        plateau = float(np.percentile(profile[i : j + 1], 90))
        half = plateau / 2
        first = _crossing(profile, peak, -1, half)
        last = _crossing(profile, peak, +1, half)
        centre = n / 2
        start = (first * hop + centre) / rate
        end = (last * hop + centre) / rate
        # the ramps take ~1 ms off each end of the measured length
        if end - start >= min_tone_s - 0.005:
            found.append((KEYPAD[row][col], float(start), float(end)))
        i = j + 1
    return found


def digits_of(tones: list[tuple[str, float, float]]) -> str:
    """The digits of :func:`detect`'s answer, as one string."""
    return "".join(d for d, _, _ in tones)
