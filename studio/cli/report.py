"""``studio report``: what went on air over a day, a week or a month.

``-o`` writes the table for spreadsheets (.csv, .xlsx); ``--pdf`` the printable report, an A4
administrative document (Qt is loaded only for that).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.files import write_atomic
from studio.i18n import translate
from studio.schedule import reports
from studio.store import stations


class ReportError(StudioError):
    pass


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=translate("cli", "as-run report of a day, week or month"))
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--day", metavar="YYYY-MM-DD")
    when.add_argument("--week", metavar="2026-W48")
    when.add_argument("--month", metavar="2026-11")
    p.add_argument(
        "-o", "--output", metavar="FILE", help=translate("cli", "write a .csv or .xlsx file")
    )
    p.add_argument(
        "--pdf", metavar="FILE.pdf", help=translate("cli", "write the printable report as PDF")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_report)


def _folder_of(path: Path) -> None:
    if path.is_dir() or not path.parent.is_dir():
        raise ReportError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: its folder does not exist."),
            path=path,
        )


def write_pdf(store, report: reports.Report, path: Path) -> None:
    """The report as an A4 PDF at ``path``, written whole or not at all."""
    station = stations.local_station(store)
    if station is None:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "errors", "Set up the station first (studio init): the report carries its name."
            )
        )
    from studio.ui import printing  # Qt only for the PDF

    printing.ensure_app()
    doc = printing.report_document(printing.Letterhead.of(store, station), report)
    try:
        printing.save_pdf(doc, path, title="Báo cáo phát sóng")
    except OSError as exc:
        raise ReportError(
            QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc


def run_report(ctx) -> int:
    args = ctx.args
    kind = next(k for k in ("day", "week", "month") if getattr(args, k))
    text = getattr(args, kind)
    try:
        first, last = reports.period(kind, text)
    except ValueError:
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "errors", "Not a period: {text} (write 2026-11-23, 2026-W48 or 2026-11)."
            ),
            text=text,
        ) from None
    writers = {".csv": reports.to_csv, ".xlsx": reports.to_xlsx}
    output = Path(args.output).expanduser() if args.output else None
    if output is not None:
        if output.suffix.lower() not in writers:
            raise ReportError(
                QT_TRANSLATE_NOOP("errors", "A report is written as .csv or .xlsx, not {name}."),
                name=output.name,
            )
        _folder_of(output)
    pdf = Path(args.pdf).expanduser() if args.pdf else None
    if pdf is not None:
        _folder_of(pdf)
    store = ctx.store()
    report = reports.build(store, first, last)
    if output is not None:
        write_atomic(output, writers[output.suffix.lower()](report), make_folder=False)
    if pdf is not None:
        write_pdf(store, report, pdf)
    if args.json:
        print(
            json.dumps(
                {
                    "first": first.isoformat(),
                    "last": last.isoformat(),
                    "zones": [
                        {
                            "zone": z.zone,
                            "minutes": round(z.minutes, 2),
                            "played": z.played,
                            "failed": z.failed,
                            "missed": z.missed,
                            "local_share": round(z.local_share, 3),
                        }
                        for z in report.zones
                    ],
                    "entries": len(report.lines),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(
        translate("cli", "Broadcast from {first} to {last}:").format(
            first=f"{first:%d/%m/%Y}", last=f"{last:%d/%m/%Y}"
        )
    )
    for z in report.zones:
        print(
            translate(
                "cli",
                "  {zone}: {minutes:.0f} min, {played} played, {failed} failed, {missed} missed, "
                "{local:.0%} produced by the station",
            ).format(
                zone=z.zone,
                minutes=z.minutes,
                played=z.played,
                failed=z.failed,
                missed=z.missed,
                local=z.local_share,
            )
        )
    if not report.zones:
        print(translate("cli", "  Nothing went on air."))
    return 0
