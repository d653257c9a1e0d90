"""``studio-speaker``: run the loudspeaker agent with its config file."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from collections.abc import Sequence
from pathlib import Path

from studio.push.timefmt import parse_instant
from studio.speaker.agent import Agent
from studio.speaker.clock import ScaledClock, SystemClock
from studio.speaker.config import SpeakerConfig
from studio.speaker.output import SoundCardOutput, WavOutput


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="studio-speaker", description="Studio IP loudspeaker")
    parser.add_argument("-c", "--config", type=Path, default=Path("speaker.toml"))
    parser.add_argument("--host", help="broker address (overrides the config file)")
    parser.add_argument("--port", type=int)
    parser.add_argument("--cache-dir", type=Path)
    parser.add_argument(
        "--wav-dir", type=Path, help="write output to WAV files, not the sound card"
    )
    parser.add_argument(
        "--heartbeat", type=float, help="seconds between status messages (default 30)"
    )
    parser.add_argument(
        "--clock-start",
        type=parse_instant,
        help="run on a clock that starts at this UTC instant (checking a deployment)",
    )
    parser.add_argument(
        "--clock-rate", type=float, default=1.0, help="how much faster that clock runs"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        config = SpeakerConfig.load(
            args.config,
            host=args.host,
            port=args.port,
            cache_dir=args.cache_dir,
            wav_dir=args.wav_dir,
            heartbeat_s=args.heartbeat,
        )
    except (OSError, ValueError, TypeError) as exc:
        print(f"studio-speaker: cannot read {args.config}: {exc}")
        return 2
    output = WavOutput(config.wav_dir) if config.wav_dir else SoundCardOutput()
    clock = ScaledClock(args.clock_start, args.clock_rate) if args.clock_start else SystemClock()
    agent = Agent(config, clock, output)
    stopped = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stopped.set())
    agent.start()
    stopped.wait()
    agent.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
