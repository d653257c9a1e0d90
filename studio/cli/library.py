"""``studio library``: take sound files in, list what the station has, approve bulletins."""

from __future__ import annotations

import argparse
import json
import math

from studio.errors import QT_TRANSLATE_NOOP
from studio.i18n import translate
from studio.localtime import format_local
from studio.store import StoreError, assets, bulletins
from studio.store.models import AssetKind, BulletinSource, Priority


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("library", help=translate("cli", "bulletins, jingles and music"))
    lib = p.add_subparsers(dest="library_command", metavar="COMMAND", required=True)

    q = lib.add_parser("import", help=translate("cli", "add sound files to the library"))
    q.add_argument("files", nargs="+", metavar="FILE")
    q.add_argument(
        "--kind",
        choices=[k.value for k in AssetKind],
        default=AssetKind.OTHER.value,
        help=translate("cli", "speech, jingle, bed (music under speech), music …"),
    )
    q.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    q.set_defaults(func=run_import)

    q = lib.add_parser("list", help=translate("cli", "list the sound files and bulletins"))
    q.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    q.set_defaults(func=run_list)

    q = lib.add_parser(
        "bulletin", help=translate("cli", "add a bulletin draft (text and/or sound)")
    )
    q.add_argument("title", metavar="TITLE")
    q.add_argument("--audio", metavar="FILE", help=translate("cli", "its sound: a recording"))
    q.add_argument("--text", default="", help=translate("cli", "its text"))
    q.add_argument(
        "--priority",
        choices=[p.value for p in Priority],
        default=Priority.NORMAL.value,
        help=translate("cli", "normal, priority or emergency"),
    )
    q.add_argument("--author", default="", metavar="NAME", help=translate("cli", "who wrote it"))
    q.set_defaults(func=run_bulletin)

    q = lib.add_parser("approve", help=translate("cli", "approve a bulletin for broadcast"))
    q.add_argument("bulletin", metavar="TITLE_OR_ID")
    q.add_argument("--by", required=True, metavar="NAME", help=translate("cli", "who approves"))
    q.set_defaults(func=run_approve)


def _number(value: float | None) -> float | None:
    return round(value, 2) if value is not None and math.isfinite(value) else None


def run_import(ctx) -> int:
    from studio.audio import library  # the audio engine loads only for this command

    results = library.import_files(ctx.store(), ctx.args.files, AssetKind(ctx.args.kind))
    if ctx.args.json:
        rows = [
            {
                "file": str(r.source),
                "id": str(r.asset.id) if r.asset else None,
                "sha256": r.asset.sha256 if r.asset else None,
                "duplicate": r.duplicate,
                "error": r.error.text() if r.error else None,
            }
            for r in results
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in results:
            if r.error is not None:
                print(translate("cli", "Not added: {error}").format(error=r.error.text(translate)))
            elif r.duplicate:
                print(
                    translate("cli", "Already in the library: {file} (as “{title}”)").format(
                        file=r.source, title=r.asset.title
                    )
                )
            else:
                print(
                    translate("cli", "Added {file}: {seconds:.1f} s, {lufs:.1f} LUFS").format(
                        file=r.source, seconds=r.asset.duration_s, lufs=r.asset.integrated_lufs
                    )
                )
    return 2 if any(r.error for r in results) else 0


def run_list(ctx) -> int:
    store = ctx.store()
    sounds = assets.list_assets(store)
    news = bulletins.list_bulletins(store)
    if ctx.args.json:
        print(
            json.dumps(
                {
                    "assets": [
                        {
                            "id": str(a.id),
                            "title": a.title,
                            "kind": a.kind.value,
                            "sha256": a.sha256,
                            "duration_s": round(a.duration_s, 3),
                            "integrated_lufs": _number(a.integrated_lufs),
                            "true_peak_dbtp": _number(a.true_peak_dbtp),
                        }
                        for a in sounds
                    ],
                    "bulletins": [
                        {
                            "id": str(b.id),
                            "title": b.title,
                            "priority": b.priority.value,
                            "status": b.status.value,
                            "author": b.author,
                            "approver": b.approver,
                            "created_at": b.created_at.isoformat(),
                        }
                        for b in news
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for a in sounds:
        print(f"{a.title}\t{a.kind.value}\t{a.duration_s:.1f} s\t{_number(a.integrated_lufs)} LUFS")
    for b in news:
        print(f"{b.title}\t{b.priority.value}\t{b.status.value}\t{format_local(b.created_at)}")
    return 0


def run_bulletin(ctx) -> int:
    args = ctx.args
    priority = Priority(args.priority)
    if args.audio:
        from pathlib import Path

        from studio.audio import library  # the audio engine loads only with a sound

        bulletin = library.add_sound_bulletin(
            ctx.store(),
            args.title,
            Path(args.audio),
            text=args.text,
            author=args.author,
            priority=priority,
        )
    else:
        bulletin = bulletins.add_bulletin(
            ctx.store(),
            args.title,
            args.text,
            source=BulletinSource.TTS,
            priority=priority,
            author=args.author,
        )
    print(
        translate("cli", "Draft “{title}” saved ({id}).").format(
            title=bulletin.title, id=bulletin.id
        )
    )
    return 0


def run_approve(ctx) -> int:
    store = ctx.store()
    wanted = ctx.args.bulletin
    matches = [b for b in bulletins.list_bulletins(store) if wanted in (b.title, str(b.id))]
    if len(matches) != 1:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "No single bulletin is called “{name}”; give its id.")
            if matches
            else QT_TRANSLATE_NOOP("errors", "There is no bulletin “{name}”."),
            name=wanted,
        )
    bulletin = bulletins.approve(store, matches[0].id, ctx.args.by)
    print(
        translate("cli", "“{title}” is approved by {approver}.").format(
            title=bulletin.title, approver=bulletin.approver
        )
    )
    return 0
