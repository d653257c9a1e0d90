"""Test signals made by code (no committed audio files)."""

from __future__ import annotations

import numpy as np


def sine(
    rate: int,
    seconds: float,
    dbfs: float,
    freq: float = 1000.0,
    channels: int = 2,
    phase_deg: float = 0.0,
) -> np.ndarray:
    """A sine at ``dbfs`` peak in every channel: float32 (frames, channels)."""
    n = np.arange(round(rate * seconds))
    x = 10.0 ** (dbfs / 20.0) * np.sin(2 * np.pi * freq * n / rate + np.radians(phase_deg))
    return np.repeat(x.astype(np.float32)[:, None], channels, axis=1)


def speechlike(
    rate: int, seconds: float, seed: int = 0, channels: int = 1, plosives: float = 14.0
) -> np.ndarray:
    """Noise shaped into syllables (≈4 Hz) and phrases with pauses, with a few plosives
    ``plosives`` times louder: float32 (frames, channels). The default is a harsh,
    close-miked voice that needs deep limiting at −16 LUFS; 4.0 is a milder one."""
    rng = np.random.default_rng(seed)
    t = np.arange(round(rate * seconds)) / rate
    syllables = np.abs(np.sin(2 * np.pi * 2.1 * t)) ** 2
    phrases = (np.sin(2 * np.pi * 0.23 * t + 1.0) > -0.6).astype(float)
    x = rng.standard_normal(len(t)) * syllables * phrases * 0.08
    # brown-ish tilt so it is not white noise
    x = np.convolve(x, np.ones(6) / 6, mode="same")
    for at in rng.uniform(0.5, seconds - 0.5, size=max(1, int(seconds / 4))):
        i = int(at * rate)
        x[i : i + rate // 200] *= plosives
    return np.repeat(x.astype(np.float32)[:, None], channels, axis=1)
