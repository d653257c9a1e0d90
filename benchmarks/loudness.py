"""Loudness meter speed: Studio vs pyloudnorm vs ffmpeg's ebur128, on one 1-hour signal.

Run: .venv/bin/python benchmarks/loudness.py [--minutes 60]
Prints x-realtime for each and the ratios; integrated loudness must agree within 0.1 LU.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import pyloudnorm
import soundfile as sf

from studio.audio import _ffmpeg
from studio.audio.loudness import LoudnessMeter

RATE = 48000


def programme_like(minutes: float, seed: int = 7) -> np.ndarray:
    """Stereo speech/music-like material: filtered noise with syllables, phrases, level
    changes and pauses. float32 (frames, 2)."""
    rng = np.random.default_rng(seed)
    n = int(minutes * 60 * RATE)
    out = np.empty((n, 2), dtype=np.float32)
    step = 60 * RATE
    for i in range(0, n, step):
        m = min(step, n - i)
        t = (np.arange(m) + i) / RATE
        env = np.abs(np.sin(2 * np.pi * 2.3 * t)) * (np.sin(2 * np.pi * 0.11 * t) > -0.7)
        env *= 10 ** ((rng.uniform(-8, 4)) / 20)
        noise = rng.standard_normal((m, 2)).astype(np.float32)
        noise[:, 1] = 0.7 * noise[:, 0] + 0.3 * noise[:, 1]
        out[i : i + m] = noise * (0.05 * env).astype(np.float32)[:, None]
    return out


def studio(x: np.ndarray, true_peak: bool) -> tuple[float, dict]:
    t = time.perf_counter()
    meter = LoudnessMeter(RATE, 2, true_peak=true_peak)
    step = 8 * RATE
    for i in range(0, len(x), step):
        meter.add(x[i : i + step])
    r = meter.result()
    return time.perf_counter() - t, r.as_dict()


def ffmpeg_ebur128(path: Path, peak: bool) -> tuple[float, float, float]:
    binary = _ffmpeg.locate()
    flt = "ebur128=peak=true" if peak else "ebur128"
    t = time.perf_counter()
    proc = subprocess.run(
        [binary, "-hide_banner", "-nostats", "-i", str(path), "-af", flt, "-f", "null", "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - t
    summary = proc.stderr[proc.stderr.rfind("Summary:") :]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    lra = float(re.search(r"LRA:\s+(-?[\d.]+) LU", summary).group(1))
    return elapsed, integrated, lra


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=60.0)
    args = parser.parse_args()
    seconds = args.minutes * 60
    x = programme_like(args.minutes)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "signal.wav"
        sf.write(wav, x, RATE, subtype="FLOAT")
        t_s, s = studio(x, true_peak=False)
        t_stp, stp = studio(x, true_peak=True)
        t = time.perf_counter()
        pln = pyloudnorm.Meter(RATE).integrated_loudness(x.astype(np.float64))
        t_p = time.perf_counter() - t
        t_f, f_i, f_lra = ffmpeg_ebur128(wav, peak=False)
        t_fp, _, _ = ffmpeg_ebur128(wav, peak=True)
    rows = [
        ("studio (I + LRA)", t_s),
        ("studio (I + LRA + true peak)", t_stp),
        ("pyloudnorm (I)", t_p),
        ("ffmpeg ebur128 (I + LRA)", t_f),
        ("ffmpeg ebur128=peak=true", t_fp),
    ]
    print(f"signal: {args.minutes:g} min, 48 kHz stereo")
    for name, t in rows:
        print(f"  {name:32s} {t:7.2f} s  {seconds / t:8.0f}x realtime")
    print(f"  studio / pyloudnorm            {t_p / t_s:6.2f}x  (target >= 4)")
    print(f"  studio / ffmpeg ebur128        {t_f / t_s:6.2f}x  (target >= 1.5)")
    print(f"  studio+TP / ebur128 peak=true  {t_fp / t_stp:6.2f}x  (target >= 1)")
    print(
        f"  integrated: studio {s['integrated_lufs']:.2f}, pyloudnorm {pln:.2f}, "
        f"ffmpeg {f_i:.1f} LUFS; LRA studio {s['lra_lu']:.2f}, ffmpeg {f_lra:.1f} LU; "
        f"true peak {stp['true_peak_dbtp']:.2f} dBTP"
    )


if __name__ == "__main__":
    main()
