"""Programme render speed and memory: a 60-minute programme (speech, a ducked music bed,
jingles, normalization), then 180 minutes to show memory does not grow with length.

Run: .venv/bin/python benchmarks/render.py
Each render runs in its own process, started from a parent that holds no audio, and reports
its own peak RSS (Linux: VmHWM, which starts afresh at exec; ``ru_maxrss`` would carry over
the parent's peak). A child that only imports the engine's libraries measures their share.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

RATE = 48000


def make_sources(folder: Path) -> None:
    from studio.audio import codec

    rng = np.random.default_rng(1)
    t = np.arange(RATE * 300) / RATE
    for k in range(3):  # three 5-minute bulletins, mono speech-like
        env = np.abs(np.sin(2 * np.pi * (2.0 + 0.3 * k) * t)) * (np.sin(2 * np.pi * 0.2 * t) > -0.6)
        x = rng.standard_normal(len(t)).astype(np.float32) * (0.06 * env).astype(np.float32)
        codec.write(folder / f"speech{k}.wav", x, RATE)
    tj = t[: RATE * 8]
    jingle = 0.2 * (np.sin(2 * np.pi * 523 * tj) + np.sin(2 * np.pi * 659 * tj))
    codec.write(folder / "jingle.wav", np.stack([jingle, jingle], 1).astype(np.float32), RATE)
    tb = t[: RATE * 60]
    bed = 0.1 * np.sin(2 * np.pi * 110 * tb) + 0.05 * rng.standard_normal(len(tb))
    codec.write(folder / "bed.wav", np.stack([bed, bed * 0.9], 1).astype(np.float32), RATE)


def make_spec(folder: Path, minutes: float) -> Path:
    items: list[dict] = [
        {"kind": "bed", "file": "bed.wav", "gain_db": -8, "duck_db": -14},
        {"kind": "jingle", "file": "jingle.wav", "fade_out_s": 1.0},
    ]
    total, k = 8.0, 0
    while total < minutes * 60 - 310:
        items.append({"kind": "speech", "file": f"speech{k % 3}.wav", "crossfade_s": 0.5})
        items.append({"kind": "jingle", "file": "jingle.wav", "gap_s": 0.5, "gain_db": -3})
        total += 300 + 8.5 - 0.5
        k += 1
    items.append({"kind": "speech", "file": "speech0.wav"})
    items.append({"kind": "jingle", "file": "jingle.wav", "fade_in_s": 0.5, "gap_s": 1})
    path = folder / f"programme-{minutes:g}.json"
    path.write_text(json.dumps({"items": items, "target_lufs": -16, "ceiling_dbtp": -1}))
    return path


def peak_rss_mb() -> float:
    """This process's own peak resident memory, MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def child_imports() -> None:
    import scipy.signal  # noqa: F401
    import soundfile  # noqa: F401

    print(json.dumps({"peak_rss_mb": peak_rss_mb()}))


def child(spec_path: str, out: str) -> None:
    from studio.audio import codec, render, spec

    prog = spec.load(spec_path)
    t, cpu = time.perf_counter(), time.process_time()
    result = render.render(prog, out, codec.Encoding(channels=2))
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "cpu_seconds": cpu,
                "duration_s": result.duration_s,
                "peak_rss_mb": peak_rss_mb(),
                "lufs": result.after.integrated_lufs,
                "tp": result.after.true_peak_dbtp,
            }
        )
    )


def run(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--child-imports", action="store_true")
    parser.add_argument("--child-sources")
    parser.add_argument("--long", type=float, default=180.0)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if args.child_imports:
        child_imports()
        return
    if args.child_sources:
        make_sources(Path(args.child_sources))
        print("{}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        run("--child-sources", str(folder))  # the parent never holds the sources' arrays
        s60, s180 = make_spec(folder, 60), make_spec(folder, args.long)
        imports = run("--child-imports")
        wav60 = run("--child", str(s60), str(folder / "out60.wav"))
        mp360 = run("--child", str(s60), str(folder / "out60.mp3"))
        wav180 = run("--child", str(s180), str(folder / "out180.wav"))
    base = imports["peak_rss_mb"]
    print(f"importing numpy + scipy.signal + soundfile: peak RSS {base:.0f} MB")
    for name, r in (("60 min -> WAV", wav60), ("60 min -> MP3", mp360), ("long -> WAV", wav180)):
        print(
            f"{name:16s} {r['duration_s'] / 60:6.1f} min in {r['seconds']:6.1f} s "
            f"(CPU {r['cpu_seconds']:5.1f} s) = {r['duration_s'] / r['seconds']:4.0f}x realtime, "
            f"peak RSS {r['peak_rss_mb']:4.0f} MB ({r['peak_rss_mb'] - base:+.0f} over imports), "
            f"{r['lufs']:.2f} LUFS, {r['tp']:.2f} dBTP"
        )
    encode = mp360["seconds"] - wav60["seconds"]
    print(f"MP3 encode adds {encode:.1f} s for 60 min (stereo 64 kbit/s)")
    print(
        f"render before encode: {wav60['duration_s'] / wav60['seconds']:.0f}x realtime"
        " (target >= 200)"
    )
    growth = wav180["peak_rss_mb"] / wav60["peak_rss_mb"] - 1
    print(f"peak RSS {args.long:g} min vs 60 min: {growth * 100:+.1f}% (target <= +10%)")
    print(f"peak RSS 60 min: {wav60['peak_rss_mb']:.0f} MB (target < 400)")


if __name__ == "__main__":
    main()
