"""``studio audio …``: measure, normalize, clean, convert and mix sound files."""

from __future__ import annotations

import argparse
import json
import math

from studio import settings
from studio.audio import cleanup, codec, normalize, render, spec
from studio.audio.loudness import LoudnessMeter
from studio.blobs import BlobStore
from studio.cli import options
from studio.i18n import translate
from studio.store import programmes
from studio.store import settings as stored


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audio", help=translate("cli", "measure, normalize, mix and convert sound"))
    audio = p.add_subparsers(dest="audio_command", metavar="COMMAND", required=True)

    p = audio.add_parser(
        "loudness", help=translate("cli", "measure loudness (EBU R128) and true peak")
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_loudness)

    p = audio.add_parser("normalize", help=translate("cli", "set a file's loudness and peak"))
    p.add_argument("source", metavar="IN")
    p.add_argument("target", metavar="OUT")
    options.add_loudness(p)
    _add_encoding(p)
    p.set_defaults(func=run_normalize)

    p = audio.add_parser(
        "mix", help=translate("cli", "render a programme described in JSON, or a stored one")
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("spec", nargs="?", metavar="SPEC")
    which.add_argument(
        "--programme",
        metavar="TITLE_OR_ID",
        help=translate("cli", "render the stored programme with this title or id"),
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    _add_encoding(p)
    p.set_defaults(func=run_mix)

    p = audio.add_parser("convert", help=translate("cli", "convert a sound file to another format"))
    p.add_argument("source", metavar="IN")
    p.add_argument("target", metavar="OUT")
    _add_encoding(p)
    p.set_defaults(func=run_convert)

    p = audio.add_parser(
        "clean", help=translate("cli", "clean up a voice recording and report long silences")
    )
    p.add_argument("source", metavar="IN")
    p.add_argument("target", metavar="OUT")
    p.add_argument(
        "--denoise", action="store_true", help=translate("cli", "reduce steady background noise")
    )
    p.add_argument(
        "--no-trim", action="store_true", help=translate("cli", "keep silence at the ends")
    )
    p.add_argument(
        "--highpass",
        type=float,
        default=80.0,
        metavar="HZ",
        help=translate("cli", "high-pass cut-off in Hz (0: off)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_clean)


def _add_encoding(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--bitrate", type=int, metavar="KBPS", help=translate("cli", "bit rate of MP3/Opus/AAC")
    )
    p.add_argument(
        "--rate", type=int, metavar="HZ", help=translate("cli", "sample rate of the output")
    )
    p.add_argument(
        "--channels",
        type=int,
        choices=(1, 2),
        help=translate("cli", "1 (mono) or 2 (stereo); MP3 is mono unless told"),
    )


def _encoding(args: argparse.Namespace) -> codec.Encoding:
    return codec.Encoding(sample_rate=args.rate, channels=args.channels, bitrate_kbps=args.bitrate)


def _fmt(value: float | None, unit: str) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return f"{value:.1f} {unit}"


def run_loudness(ctx) -> int:
    results = []
    for name in ctx.args.files:
        with codec.Reader(name) as reader:
            meter = LoudnessMeter(reader.sample_rate, reader.channels)
            for block in reader:
                meter.add(block)
        loud = meter.result()
        normalize.require_sound(loud, name)
        results.append({"file": name, **loud.as_dict()})
        if not ctx.args.json:
            print(name)
            print(
                translate("cli", "  Integrated loudness: {value}").format(
                    value=_fmt(loud.integrated_lufs, "LUFS")
                )
            )
            print(
                translate("cli", "  Loudness range: {value}").format(value=_fmt(loud.lra_lu, "LU"))
            )
            print(
                translate("cli", "  Short-term maximum: {value}").format(
                    value=_fmt(loud.short_term_max_lufs, "LUFS")
                )
            )
            print(
                translate("cli", "  True peak: {value}").format(
                    value=_fmt(loud.true_peak_dbtp, "dBTP")
                )
            )
            print(
                translate("cli", "  Duration: {seconds} s").format(seconds=f"{loud.duration_s:.1f}")
            )
    if ctx.args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


def run_normalize(ctx) -> int:
    args = ctx.args
    result = normalize.normalize_file(
        args.source, args.target, normalize.Target(args.target_lufs, args.ceiling), _encoding(args)
    )
    print(
        translate(
            "cli", "Written {file}: {lufs} LUFS, true peak {peak} dBTP (gain {gain} dB)."
        ).format(
            file=args.target,
            lufs=f"{result.after.integrated_lufs:.1f}",
            peak=f"{result.after.true_peak_dbtp:.1f}",
            gain=f"{result.gain_db:+.1f}",
        )
    )
    return 0


def _stored_programme(ctx) -> spec.Programme:
    store = ctx.store()
    order = programmes.running_order(store, ctx.args.programme)
    library = BlobStore(store.files_dir / "audio")
    return spec.from_store(
        order.programme,
        order.items,
        order.assets,
        library.path,
        bulletins=order.bulletins,
        target_lufs=stored.get(store, settings.LOUDNESS_TARGET),
        ceiling_dbtp=stored.get(store, settings.TRUE_PEAK_CEILING),
    )


def run_mix(ctx) -> int:
    programme = _stored_programme(ctx) if ctx.args.programme else spec.load(ctx.args.spec)
    result = render.render(programme, ctx.args.output, _encoding(ctx.args))
    print(
        translate(
            "cli", "Written {file}: {minutes} min, {lufs} LUFS, true peak {peak} dBTP."
        ).format(
            file=ctx.args.output,
            minutes=f"{result.duration_s / 60:.1f}",
            lufs=f"{result.after.integrated_lufs:.1f}",
            peak=f"{result.after.true_peak_dbtp:.1f}",
        )
    )
    return 0


def run_convert(ctx) -> int:
    info = codec.convert(ctx.args.source, ctx.args.target, _encoding(ctx.args))
    print(
        translate("cli", "Written {file}: {seconds} s, {rate} Hz, {channels} channel(s).").format(
            file=ctx.args.target,
            seconds=f"{info.duration_s:.1f}",
            rate=info.sample_rate,
            channels=info.channels,
        )
    )
    return 0


def run_clean(ctx) -> int:
    args = ctx.args
    options = cleanup.CleanOptions(
        highpass_hz=args.highpass or None, denoise=args.denoise, trim=not args.no_trim
    )
    report = cleanup.clean_file(args.source, args.target, options)
    if args.json:
        print(
            json.dumps(
                {
                    "file": args.target,
                    "start_s": report.start_s,
                    "end_s": report.end_s,
                    "silences": [list(s) for s in report.silences],
                },
                indent=2,
            )
        )
        return 0
    print(
        translate("cli", "Written {file} (kept {start} s to {end} s of the recording).").format(
            file=args.target, start=f"{report.start_s:.1f}", end=f"{report.end_s:.1f}"
        )
    )
    for start, end in report.silences:
        print(
            translate("cli", "  Long silence from {start} s to {end} s").format(
                start=f"{start:.1f}", end=f"{end:.1f}"
            )
        )
    return 0
