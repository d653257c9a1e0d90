"""``studio tts …``: read a notice aloud into a bulletin file, or show what would be said.

``studio tts "văn bản" -o out.mp3`` and ``studio tts say "văn bản" -o out.mp3`` are the
same command; ``studio tts normalize "văn bản"`` prints the spoken form. A text that
itself starts with the word "say" or "normalize" is read with ``studio tts say …``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from studio.audio import normalize as loudness_target
from studio.cli import options
from studio.errors import QT_TRANSLATE_NOOP
from studio.i18n import translate
from studio.store import pronunciations
from studio.tts import synth
from studio.tts.errors import NOTHING_TO_READ, TTSError
from studio.tts.normalize import normalize
from studio.tts.notice import read_notice

ACTIONS = ("say", "normalize")


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "tts",
        help=translate("cli", "read a notice aloud into a sound file (text-to-speech)"),
        usage=(
            "studio tts [say] TEXT… -o OUT [options]\n"
            "       studio tts [say] --file NOTICE.txt -o OUT [options]\n"
            "       studio tts normalize (TEXT… | --file NOTICE.txt)"
        ),
        description=translate(
            "cli",
            "Read Vietnamese text aloud into a bulletin (WAV, MP3 …), cleaned up and set to "
            "the target loudness; or, with “normalize”, print the words the voice will say.",
        ),
    )
    p.add_argument("words", nargs="*", metavar="TEXT", help=translate("cli", "the text to read"))
    p.add_argument(
        "-f", "--file", metavar="FILE", help=translate("cli", "read the text from a text file")
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=translate("cli", "sound file to write; its extension gives the type (.mp3, .wav …)"),
    )
    p.add_argument(
        "--engine",
        choices=synth.ENGINES,
        default="auto",
        help=translate(
            "cli",
            "gtts: Google's online voice; offline: eSpeak NG; "
            "auto (default): Google, or the offline voice when Google cannot be used",
        ),
    )
    p.add_argument(
        "--speed",
        type=float,
        default=1.0,
        metavar="X",
        help=translate("cli", "reading speed, 0.5 to 2 (default 1)"),
    )
    options.add_loudness(p)
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_tts)


def _text(words: list[str], file: str | None) -> str:
    if words and file:
        raise TTSError(
            QT_TRANSLATE_NOOP(
                "errors", "Give the text either on the command line or with --file, not both."
            )
        )
    text = read_notice(file) if file else " ".join(words)
    if not text.strip():
        raise TTSError(NOTHING_TO_READ)
    return text


def _dictionary(ctx) -> dict[str, str]:
    """The station's pronunciation dictionary; none when no station database exists yet
    (reading a notice aloud must not create one)."""
    url = make_url(ctx.db_url)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists()):
        return {}
    return pronunciations.as_dict(ctx.store())


def _number(value: float | None) -> float | None:
    return round(value, 2) if value is not None and math.isfinite(value) else None


def run_tts(ctx) -> int:
    args = ctx.args
    words = list(args.words)
    action = words.pop(0) if words and words[0] in ACTIONS else "say"
    text = _text(words, args.file)
    dictionary = _dictionary(ctx)
    if action == "normalize":
        spoken = normalize(text, dictionary)
        print(json.dumps({"spoken": spoken}, ensure_ascii=False) if args.json else spoken)
        return 0
    if not args.output:
        raise TTSError(QT_TRANSLATE_NOOP("errors", "Say where to save the sound: -o FILE."))
    result = synth.synthesize(
        text,
        args.output,
        engine=args.engine,
        speed=args.speed,
        target=loudness_target.Target(args.target_lufs, args.ceiling),
        dictionary=dictionary,
    )
    engine = translate("tts", result.label)
    notice = result.notice(translate)
    loud = result.loudness
    if args.json:
        info = {
            "output": str(result.path),
            "engine": result.engine,
            "engine_label": engine,
            "cached": result.cached,
            "fell_back": result.fallback is not None,
            "notice": notice,
            "spoken": result.spoken_text,
            "duration_s": _number(loud.duration_s),
            "integrated_lufs": _number(loud.integrated_lufs),
            "true_peak_dbtp": _number(loud.true_peak_dbtp),
        }
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        if notice:
            print(translate("cli", "Note: {notice}").format(notice=notice), file=sys.stderr)
        said = (
            translate("cli", "Read by: {engine} (from the cache)")
            if result.cached
            else translate("cli", "Read by: {engine}")
        )
        print(said.format(engine=engine))
        print(
            translate(
                "cli", "Saved {file}: {seconds:.1f} s, {lufs:.1f} LUFS, {peak:.1f} dBTP"
            ).format(
                file=result.path,
                seconds=loud.duration_s,
                lufs=loud.integrated_lufs,
                peak=loud.true_peak_dbtp if loud.true_peak_dbtp is not None else math.nan,
            )
        )
    return 0
