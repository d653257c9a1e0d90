"""IIR filters for the engine: BS.1770 K-weighting for any sample rate, and a voice high-pass.

Filters run in float64 through scipy's ``lfilter``, which releases the GIL, so a block is
filtered on a small thread pool: one task per channel, and long blocks of a single channel
split in time, each later piece starting from rest a short *warm-up* earlier. The
K-weighting poles decay by far more than float64's resolution within the warm-up, so the
split result equals the sequential one to the last bit that matters (≪ 1e-12).
"""

from __future__ import annotations

import functools
import math
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import signal
from scipy.optimize import least_squares

#: BS.1770-4 stage 1 (high shelf, head effects): centre Hz, gain dB, Q, and the exponent
#: linking the mid-band numerator gain to the shelf gain; stage 2 (RLB high-pass): Hz, Q.
#: These analog parameters reproduce the standard's 48 kHz coefficient table.
_SHELF = (1681.974450955533, 3.999843853973347, 0.7071752369554196, 0.4996667741545416)
_HIGHPASS = (38.13547087602444, 0.5003270373238773)
_REFERENCE_RATE = 48000

#: samples of history a split block starts from (seconds); the slowest K-weighting pole
#: (38 Hz, Q 0.5) decays by e^-120 in this time even at 96 kHz.
WARMUP_S = 0.5


@functools.cache
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="dsp")


def workers() -> int:
    return _pool()._max_workers


def _shelf_ba(rate: float, f0: float, gain_db: float, q: float) -> tuple[np.ndarray, np.ndarray]:
    # Bilinear transform of H(s) = (Vh s² + Vb s/Q + 1) / (s² + s/Q + 1), s normalised to f0,
    # pre-warped at f0.
    k = math.tan(math.pi * f0 / rate)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh ** _SHELF[3]
    a0 = 1.0 + k / q + k * k
    b = np.array([vh + vb * k / q + k * k, 2.0 * (k * k - vh), vh - vb * k / q + k * k]) / a0
    a = np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0])
    return b, a


def _highpass_ba(rate: float) -> tuple[np.ndarray, np.ndarray]:
    f0, q = _HIGHPASS
    k = math.tan(math.pi * f0 / rate)
    a0 = 1.0 + k / q + k * k
    # The standard's table keeps the numerator [1, -2, 1] at 48 kHz, a pass-band gain of
    # a0(48 kHz); keep that gain at every rate so the -0.691 dB constant holds everywhere.
    k48 = math.tan(math.pi * f0 / _REFERENCE_RATE)
    g = (1.0 + k48 / q + k48 * k48) / a0
    b = np.array([g, -2.0 * g, g])
    a = np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0])
    return b, a


def _analog_db(freqs: np.ndarray) -> np.ndarray:
    """Magnitude (dB) of the analog K-weighting prototype at ``freqs`` (Hz)."""
    f0, gain_db, q, expo = _SHELF
    vh = 10.0 ** (gain_db / 20.0)
    s = 1j * freqs / f0
    shelf = (vh * s * s + vh**expo / q * s + 1.0) / (s * s + s / q + 1.0)
    f0, q = _HIGHPASS
    k48 = math.tan(math.pi * f0 / _REFERENCE_RATE)
    s = 1j * freqs / f0
    hp = (1.0 + k48 / q + k48 * k48) * s * s / (s * s + s / q + 1.0)
    return 20.0 * np.log10(np.abs(shelf * hp))


def _response_db(sos: np.ndarray, freqs: np.ndarray, rate: float) -> np.ndarray:
    _, h = signal.sosfreqz(sos, worN=freqs, fs=rate)
    return 20.0 * np.log10(np.abs(h))


@functools.cache
def kweighting_sos(sample_rate: int) -> np.ndarray:
    """K-weighting (BS.1770-4 pre-filter + RLB) for ``sample_rate`` Hz: sos array (2, 6).

    At 48 kHz this is the standard's coefficient table. At other rates the shelf is fitted
    to the analog prototype over 20 Hz … 0.45·rate (the bilinear transform alone bends the
    1.7 kHz shelf by up to 0.3 dB at 8 kHz), with the whole curve aligned to the 48 kHz
    filter at 997 Hz, where the standard's −0.691 dB constant is defined.
    """
    hp = np.concatenate(_highpass_ba(sample_rate))
    shelf = np.concatenate(_shelf_ba(sample_rate, *_SHELF[:3]))
    if sample_rate == _REFERENCE_RATE:
        return np.array([shelf, hp])
    ref_sos = kweighting_sos(_REFERENCE_RATE)
    probe = np.array([997.0])
    offset = _response_db(ref_sos, probe, _REFERENCE_RATE)[0] - _analog_db(probe)[0]
    freqs = np.geomspace(20.0, 0.45 * sample_rate, 240)
    target = _analog_db(freqs) + offset

    def residual(p: np.ndarray) -> np.ndarray:
        sos = np.array([np.concatenate(_shelf_ba(sample_rate, *p)), hp])
        return _response_db(sos, freqs, sample_rate) - target

    fit = least_squares(residual, np.array(_SHELF[:3]), x_scale=[100.0, 0.1, 0.01])
    return np.array([np.concatenate(_shelf_ba(sample_rate, *fit.x)), hp])


def highpass_sos(cutoff_hz: float, sample_rate: int, order: int = 4) -> np.ndarray:
    """Butterworth high-pass, sos array (order/2, 6); removes rumble and handling noise."""
    return signal.butter(order, cutoff_hz, btype="highpass", fs=sample_rate, output="sos")


class StreamingFilter:
    """An IIR filter applied block after block to (frames, channels) audio, state kept.

    ``sos`` is collapsed into one transfer function run by ``lfilter`` in float64 (it
    releases the GIL, so channels and long blocks run in parallel); the poles must decay
    within :data:`WARMUP_S` for the time split to be exact, true of every filter here.
    """

    def __init__(self, sos: np.ndarray, sample_rate: int, channels: int) -> None:
        self.b, self.a = signal.sos2tf(sos)
        self.order = len(self.a) - 1
        self.channels = channels
        self.warmup = int(WARMUP_S * sample_rate)
        self.zi = np.zeros((channels, self.order))

    def _run(self, x: np.ndarray, zi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return signal.lfilter(self.b, self.a, x, zi=zi)

    def map(self, block: np.ndarray, then=None) -> list:
        """Filter ``block`` (frames, channels) and hand each piece to ``then``.

        Calls ``then(channel, start, y)`` on the pool for each piece, ``y`` float64 (n,)
        being output frames ``start … start+n`` of ``channel``; returns the results in
        (channel, time) order. With ``then=None`` the pieces themselves are returned.
        """
        frames = block.shape[0]
        pieces = max(1, workers() // self.channels)
        if frames < 4 * self.warmup * pieces:
            pieces = 1
        bounds = [frames * i // pieces for i in range(pieces + 1)]
        tasks = []
        for ch in range(self.channels):
            column = block[:, ch]
            for i in range(pieces):
                tasks.append((ch, i, bounds[i], bounds[i + 1], column))

        def work(task):
            ch, i, start, end, column = task
            if i == 0:
                y, zf = self._run(column[start:end].astype(np.float64), self.zi[ch])
            else:  # from rest, `warmup` samples early: the start-up transient has died out
                x = column[start - self.warmup : end].astype(np.float64)
                y, zf = self._run(x, np.zeros(self.order))
                y = y[self.warmup :]
            if i == pieces - 1:
                self.zi[ch] = zf
            return then(ch, start, y) if then else y

        if len(tasks) == 1:
            return [work(tasks[0])]
        return list(_pool().map(work, tasks))

    def process(self, block: np.ndarray) -> np.ndarray:
        """Filtered ``block``: float32 (frames, channels) in, float32 (frames, channels) out."""
        out = np.empty(block.shape, dtype=np.float32)

        def put(ch: int, start: int, y: np.ndarray) -> None:
            out[start : start + len(y), ch] = y

        self.map(block, put)
        return out
