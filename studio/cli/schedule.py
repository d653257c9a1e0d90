"""``studio schedule …``: the weekly template, its exceptions, resolved days and checks.

``studio schedule check`` ends with exit code 1 when it finds errors (overlaps, cut, missing
or unapproved audio), 0 when there are only warnings or nothing, so scripts can gate on it.
"""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from studio.cli import options
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.files import write_atomic
from studio.i18n import translate
from studio.localtime import to_local
from studio.schedule import edits, export, priority
from studio.schedule.book import ScheduleBook, load_book
from studio.schedule.checks import Severity, check, duration_text
from studio.schedule.exceptions import Recurrence
from studio.schedule.holidays import HOLIDAYS
from studio.schedule.resolve import DayPlaylist, local_instant, resolve, zones_to_resolve
from studio.schedule.template import format_weekdays, parse_clock, parse_weekdays
from studio.settings import MAX_SESSION_MINUTES
from studio.store import bulletins as bulletin_store
from studio.store import schedule_exceptions, slots, stations
from studio.store import settings as stored
from studio.store.models import (
    ExceptionAction,
    Priority,
    Programme,
    ScheduleException,
    Slot,
    SlotContent,
)
from studio.store.schedule_exceptions import ExceptionSpec
from studio.store.slots import SlotSpec

WEEKDAY_LABELS = (
    lambda: translate("cli", "Monday"),
    lambda: translate("cli", "Tuesday"),
    lambda: translate("cli", "Wednesday"),
    lambda: translate("cli", "Thursday"),
    lambda: translate("cli", "Friday"),
    lambda: translate("cli", "Saturday"),
    lambda: translate("cli", "Sunday"),
)

#: the commands that read or edit one station's schedule: a parent may name a commune
STATION_COMMANDS = (
    "show",
    "day",
    "check",
    "add",
    "except",
    "move",
    "copy-day",
    "copy-week",
    "print",
    "export",
)


class InputError(StudioError):
    """What was typed on the command line does not make sense; nothing was saved."""


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schedule", help=translate("cli", "weekly schedule, exceptions, checks"))
    schedule = p.add_subparsers(dest="schedule_command", metavar="COMMAND", required=True)

    p = schedule.add_parser("add", help=translate("cli", "add a slot to the weekly template"))
    p.add_argument("--days", required=True, help=translate("cli", "mon-fri, sat,sun, daily …"))
    p.add_argument("--at", required=True, metavar="HH:MM", help=translate("cli", "start time"))
    p.add_argument(
        "--length", required=True, type=int, metavar="MIN", help=translate("cli", "minutes")
    )
    _add_content(p, required=True)
    p.add_argument("--from", dest="since", metavar="DATE", help=translate("cli", "valid from"))
    p.add_argument("--until", metavar="DATE", help=translate("cli", "valid until"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_add)

    p = schedule.add_parser(
        "except", help=translate("cli", "cancel, replace or add a slot on a date")
    )
    p.add_argument("date", nargs="?", metavar="DATE", help=translate("cli", "YYYY-MM-DD"))
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--cancel", action="store_true", help=translate("cli", "cancel"))
    what.add_argument("--replace", action="store_true", help=translate("cli", "replace a slot"))
    what.add_argument("--add", action="store_true", help=translate("cli", "add a slot"))
    when = p.add_mutually_exclusive_group()
    when.add_argument(
        "--lunar",
        metavar="D/M",
        help=translate("cli", "every year on this lunar date (1/1), or monthly (15)"),
    )
    when.add_argument("--holiday", choices=sorted(HOLIDAYS), help=translate("cli", "holiday"))
    p.add_argument("--slot", metavar="SLOT", help=translate("cli", "the slot (title or id)"))
    p.add_argument("--at", metavar="HH:MM", help=translate("cli", "start time"))
    p.add_argument("--length", type=int, metavar="MIN", help=translate("cli", "minutes"))
    _add_content(p, required=False)
    p.add_argument("--reason", default="", help=translate("cli", "why (shown in the schedule)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_except)

    p = schedule.add_parser("list", help=translate("cli", "list slots and exceptions"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_list)

    p = schedule.add_parser("remove", help=translate("cli", "delete a slot or an exception"))
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=run_remove)

    p = schedule.add_parser("show", help=translate("cli", "the resolved schedule of a week"))
    p.add_argument("--week", required=True, metavar="YYYY-Www", help="2026-W48")
    p.add_argument("--zone", metavar="ZONE", help=translate("cli", "only this zone"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_show)

    p = schedule.add_parser("day", help=translate("cli", "the running order of a day"))
    p.add_argument("date", metavar="DATE", help=translate("cli", "YYYY-MM-DD"))
    p.add_argument("--zone", metavar="ZONE", help=translate("cli", "only this zone"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_day)

    p = schedule.add_parser(
        "check", help=translate("cli", "find problems; exit code 1 when there are errors")
    )
    p.add_argument("--from", dest="since", metavar="DATE", help=translate("cli", "first day"))
    p.add_argument("--days", type=int, default=7, help=translate("cli", "how many days"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_check)

    p = schedule.add_parser(
        "priority", help=translate("cli", "put a bulletin at the head of the next slot")
    )
    p.add_argument("bulletin", metavar="BULLETIN", help=translate("cli", "title or id"))
    p.add_argument("--zones", metavar="ZONES", help=translate("cli", "zones (default: all)"))
    p.add_argument("--after", metavar="DATE HH:MM", help=translate("cli", "not before"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_priority)

    p = schedule.add_parser(
        "print", help=translate("cli", "the printed schedule of a week (Lịch phát sóng) as PDF")
    )
    p.add_argument("--week", required=True, metavar="YYYY-Www", help="2026-W48")
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help=translate("cli", "PDF file")
    )
    p.add_argument("--approver", default="", help=translate("cli", "name of the approver"))
    p.add_argument("--number", default="", help=translate("cli", "document number"))
    p.set_defaults(func=run_print)

    p = schedule.add_parser(
        "export", help=translate("cli", "the resolved week as iCalendar (.ics) or CSV")
    )
    p.add_argument("--week", required=True, metavar="YYYY-Www", help="2026-W48")
    fmt = p.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--ics", action="store_true", help=translate("cli", "iCalendar"))
    fmt.add_argument("--csv", action="store_true", help=translate("cli", "CSV for Excel"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=translate("cli", "file"))
    p.set_defaults(func=run_export)

    p = schedule.add_parser(
        "move", help=translate("cli", "change a slot's time or length, or move one of its days")
    )
    p.add_argument("slot", metavar="SLOT", help=translate("cli", "the slot (title or id)"))
    p.add_argument("--day", metavar="DAY", help=translate("cli", "the day it leaves (mon … sun)"))
    p.add_argument("--to-day", metavar="DAY", help=translate("cli", "the day it moves to"))
    p.add_argument("--at", metavar="HH:MM", help=translate("cli", "start time"))
    p.add_argument("--length", type=int, metavar="MIN", help=translate("cli", "minutes"))
    p.set_defaults(func=run_move)

    p = schedule.add_parser(
        "copy-day", help=translate("cli", "make a weekday carry the slots of another")
    )
    p.add_argument("source", metavar="DAY", help=translate("cli", "copy from (mon … sun)"))
    p.add_argument("target", metavar="DAY", help=translate("cli", "copy to (mon … sun)"))
    p.add_argument(
        "--week", metavar="YYYY-Www", help=translate("cli", "the week whose slots count")
    )
    p.set_defaults(func=run_copy_day)

    p = schedule.add_parser(
        "copy-week", help=translate("cli", "give another week the dated slots of a week")
    )
    p.add_argument("--week", required=True, metavar="YYYY-Www", help="2026-W48")
    p.add_argument(
        "--to", metavar="YYYY-Www", help=translate("cli", "the target week (default: the next)")
    )
    p.set_defaults(func=run_copy_week)

    p = schedule.add_parser("reorder", help=translate("cli", "change a slot's running order"))
    p.add_argument("date", metavar="DATE")
    p.add_argument("--slot", required=True, metavar="SLOT")
    p.add_argument(
        "--order",
        required=True,
        metavar="KEYS",
        help=translate("cli", "item keys in playing order, separated by commas"),
    )
    p.set_defaults(func=run_reorder)

    for name in STATION_COMMANDS:
        options.add_station(schedule.choices[name])


def _add_content(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument(
        "--content",
        required=required,
        metavar="WHAT",
        help=translate("cli", "programme or bulletin (title or id), stream:URL, or fm"),
    )
    p.add_argument("--zones", metavar="ZONES", help=translate("cli", "zones (default: all)"))
    p.add_argument(
        "--priority",
        choices=[p.value for p in Priority],
        help=translate("cli", "normal, priority or emergency"),
    )
    p.add_argument("--title", default="", help=translate("cli", "title in the schedule"))


# --- reading what was typed -----------------------------------------------------------------


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Not a date: {text} (write YYYY-MM-DD)."), text=text
        ) from exc


def _clock(text: str) -> int:
    try:
        return parse_clock(text)
    except ValueError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Not a time of day: {text} (write HH:MM)."), text=text
        ) from exc


def _minutes(value: int) -> int:
    if value <= 0:
        raise InputError(QT_TRANSLATE_NOOP("errors", "A length is a number of minutes above 0."))
    return value * 60


def _content(store, text: str) -> dict:
    """``stream:URL``, ``fm``, or a programme or bulletin by id or exact title."""
    text = text.strip()
    if text.lower().startswith("stream:"):
        return {"content": SlotContent.RELAY_STREAM, "stream_url": text[len("stream:") :]}
    if text.lower() == "fm":
        return {"content": SlotContent.RELAY_FM}
    kind, _, name = text.partition(":")
    only = kind.lower() if kind.lower() in ("programme", "bulletin") and name else None
    name = name if only else text
    with store.session() as s:
        programmes = [
            p
            for p in s.scalars(select(Programme).where(~Programme.deleted))
            if p.title == name or str(p.id) == name
        ]
    found = [] if only == "bulletin" else [("programme", p.id, p.title) for p in programmes]
    if only != "programme":
        found += [
            ("bulletin", b.id, b.title)
            for b in bulletin_store.list_bulletins(store)
            if b.title == name or str(b.id) == name
        ]
    if not found:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors", "No programme or bulletin is called “{name}” (give its title or id)."
            ),
            name=name,
        )
    if len(found) > 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{name}” names several programmes or bulletins; give an id, or write "
                "programme:{name} or bulletin:{name}.",
            ),
            name=name,
        )
    kind, record_id, _title = found[0]
    if kind == "programme":
        return {"content": SlotContent.PROGRAMME, "programme_id": record_id}
    return {"content": SlotContent.BULLETIN, "bulletin_id": record_id}


def _zones(store, text: str | None, station=None) -> tuple[uuid.UUID, ...] | None:
    if text is None or text.strip().lower() in ("", "all"):
        return None
    known = stations.list_zones(store, station)
    chosen = []
    for name in filter(None, (n.strip() for n in text.split(","))):
        match = [z for z in known if z.name == name or str(z.id) == name]
        if not match:
            raise InputError(QT_TRANSLATE_NOOP("errors", "There is no zone “{name}”."), name=name)
        chosen.append(match[0].id)
    return tuple(chosen)


def _zone(store, text: str | None, station=None) -> list[uuid.UUID | None] | None:
    zones = _zones(store, text, station)
    return list(zones) if zones else None


def _slot(store, text: str | None, station=None) -> uuid.UUID:
    if not text:
        raise InputError(QT_TRANSLATE_NOOP("errors", "Name the slot with --slot (title or id)."))
    found = [s for s in slots.list_slots(store, station) if s.title == text or str(s.id) == text]
    if len(found) != 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{name}” names {count} slots; give the id shown by `studio schedule list`.",
            ),
            name=text,
            count=len(found),
        )
    return found[0].id


# --- commands -------------------------------------------------------------------------------


def run_add(ctx) -> int:
    store = ctx.store()
    args = ctx.args
    station = options.station_id(store, args)
    try:
        weekdays = parse_weekdays(args.days)
    except ValueError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Not a list of weekdays: {text} (try mon-fri or t2-t6)."),
            text=args.days,
        ) from exc
    spec = SlotSpec(
        weekdays=weekdays,
        start_minute=_clock(args.at),
        max_duration_s=_minutes(args.length),
        zone_ids=_zones(store, args.zones, station),
        priority=Priority(args.priority or Priority.NORMAL),
        title=args.title,
        valid_from=_date(args.since) if args.since else None,
        valid_to=_date(args.until) if args.until else None,
        **_content(store, args.content),
    )
    slot = slots.add_slot(store, spec, station)
    if args.json:
        print(json.dumps(slot_json(slot), ensure_ascii=False, indent=2))
    else:
        print(
            translate("cli", "Slot added: {days} at {time}, {length} min (id {id}).").format(
                days=format_weekdays(slot.weekdays),
                time=args.at,
                length=args.length,
                id=slot.id,
            )
        )
    return 0


def run_except(ctx) -> int:
    store = ctx.store()
    args = ctx.args
    station = options.station_id(store, args)
    recurrence = None
    if args.lunar:
        rule = f"lunar:{args.lunar}"
    elif args.holiday:
        rule = f"holiday:{args.holiday}"
    else:
        rule = None
    if rule is not None:
        try:
            recurrence = str(Recurrence.parse(rule))
        except ValueError as exc:
            raise InputError(
                QT_TRANSLATE_NOOP("errors", "Not a lunar date: {text} (write 1/1, 15/8 or 15)."),
                text=args.lunar,
            ) from exc
    if args.date:
        on_date = _date(args.date)
    elif recurrence is not None:
        on_date = to_local(datetime.now(UTC)).date()
    else:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Give the date, or --lunar or --holiday for a rule.")
        )
    action = (
        ExceptionAction.CANCEL
        if args.cancel
        else ExceptionAction.REPLACE
        if args.replace
        else ExceptionAction.ADD
    )
    inserting = action == ExceptionAction.ADD and not args.at
    needs_slot = action == ExceptionAction.REPLACE or inserting
    slot_id = _slot(store, args.slot, station) if args.slot or needs_slot else None
    spec = ExceptionSpec(
        on_date=on_date,
        action=action,
        slot_id=slot_id,
        reason=args.reason,
        start_minute=_clock(args.at) if args.at else None,
        max_duration_s=_minutes(args.length) if args.length else None,
        zone_ids=_zones(store, args.zones, station),
        priority=Priority(args.priority) if args.priority else None,
        title=args.title,
        recurrence=recurrence,
        **(_content(store, args.content) if args.content else {}),
    )
    record = schedule_exceptions.add_exception(store, spec, station)
    if args.json:
        print(json.dumps(exception_json(record), ensure_ascii=False, indent=2))
    else:
        print(
            translate("cli", "Exception saved: {action} from {date}{rule} (id {id}).").format(
                action=_action_label(record.action),
                date=record.on_date.strftime("%d/%m/%Y"),
                rule=f" ({recurrence})" if recurrence else "",
                id=record.id,
            )
        )
    return 0


def _action_label(action: ExceptionAction) -> str:
    return {
        ExceptionAction.CANCEL: lambda: translate("cli", "cancel"),
        ExceptionAction.REPLACE: lambda: translate("cli", "replace"),
        ExceptionAction.ADD: lambda: translate("cli", "add"),
    }[ExceptionAction(action)]()


def slot_json(slot: Slot) -> dict:
    return {
        "id": str(slot.id),
        "title": slot.title,
        "days": format_weekdays(slot.weekdays),
        "weekdays": slot.weekdays,
        "start": f"{slot.start_minute // 60:02d}:{slot.start_minute % 60:02d}",
        "length_min": slot.max_duration_s / 60,
        "content": slot.content.value if slot.content else None,
        "programme_id": str(slot.programme_id) if slot.programme_id else None,
        "bulletin_id": str(slot.bulletin_id) if slot.bulletin_id else None,
        "stream_url": slot.stream_url,
        "zone_ids": slot.zone_ids,
        "priority": Priority(slot.priority).value,
        "valid_from": slot.valid_from.isoformat() if slot.valid_from else None,
        "valid_to": slot.valid_to.isoformat() if slot.valid_to else None,
    }


def exception_json(record: ScheduleException) -> dict:
    return {
        "id": str(record.id),
        "date": record.on_date.isoformat(),
        "action": ExceptionAction(record.action).value,
        "recurrence": record.recurrence,
        "slot_id": str(record.slot_id) if record.slot_id else None,
        "reason": record.reason,
        "start": (
            f"{record.start_minute // 60:02d}:{record.start_minute % 60:02d}"
            if record.start_minute is not None
            else None
        ),
        "length_min": record.max_duration_s / 60 if record.max_duration_s else None,
        "content": record.content.value if record.content else None,
        "programme_id": str(record.programme_id) if record.programme_id else None,
        "bulletin_id": str(record.bulletin_id) if record.bulletin_id else None,
        "stream_url": record.stream_url,
        "zone_ids": record.zone_ids,
        "priority": record.priority.value if record.priority else None,
        "position": record.position,
    }


def run_list(ctx) -> int:
    store = ctx.store()
    all_slots = slots.list_slots(store)
    exceptions = schedule_exceptions.list_exceptions(store)
    if ctx.args.json:
        data = {
            "slots": [slot_json(s) for s in all_slots],
            "exceptions": [exception_json(e) for e in exceptions],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(translate("cli", "Weekly template:"))
    for s in all_slots:
        print(
            f"  {s.id}  {format_weekdays(s.weekdays):<16} "
            f"{s.start_minute // 60:02d}:{s.start_minute % 60:02d}  "
            f"{duration_text(s.max_duration_s):>7}  {s.title}"
        )
    print(translate("cli", "Exceptions:"))
    for e in exceptions:
        rule = f" ({e.recurrence})" if e.recurrence else ""
        print(
            f"  {e.id}  {e.on_date.isoformat()}{rule}  {_action_label(e.action)}  "
            f"{e.title or e.reason}"
        )
    return 0


def run_remove(ctx) -> int:
    store = ctx.store()
    try:
        record_id = uuid.UUID(ctx.args.id)
    except ValueError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Not an id: {text}."), text=ctx.args.id
        ) from exc
    if not (
        slots.delete_slot(store, record_id)
        or schedule_exceptions.delete_exception(store, record_id)
    ):
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "No slot or exception has the id {id}."), id=record_id
        )
    print(translate("cli", "Deleted {id}.").format(id=record_id))
    return 0


# --- resolved days --------------------------------------------------------------------------


def _playlists(book: ScheduleBook, day: date, zones: list | None) -> list[DayPlaylist]:
    return [resolve(book, day, z) for z in (zones or zones_to_resolve(book))]


def playlist_json(book: ScheduleBook, playlist: DayPlaylist) -> dict:
    return {
        "zone_id": str(playlist.zone_id) if playlist.zone_id else None,
        "zone": book.zone_name(playlist.zone_id) or None,
        "entries": [
            {
                "key": e.key,
                "position": e.position,
                "start": e.start.isoformat(),
                "end": e.end.isoformat(),
                "local_start": to_local(e.start).isoformat(),
                "local_end": to_local(e.end).isoformat(),
                "title": e.title,
                "content": e.content.kind.value if e.content else None,
                "programme_id": str(e.content.programme_id)
                if e.content and e.content.programme_id
                else None,
                "bulletin_id": str(e.content.bulletin_id)
                if e.content and e.content.bulletin_id
                else None,
                "stream_url": e.content.stream_url if e.content else None,
                "priority": e.priority.value,
                "slot_id": str(e.slot_id) if e.slot_id else None,
                "exception_id": str(e.exception_id) if e.exception_id else None,
                "duration_s": e.duration_s,
                "cut_s": e.cut_s,
                "slot": block.title,
            }
            for block in playlist.blocks
            for e in block.entries
        ],
    }


def _print_day(book: ScheduleBook, day: date, playlists: list[DayPlaylist]) -> None:
    print(f"{WEEKDAY_LABELS[day.weekday()]()} {day.strftime('%d/%m/%Y')}")
    for playlist in playlists:
        if playlist.zone_id is not None:
            print(f"  {book.zone_name(playlist.zone_id)}")
        if not playlist.entries:
            print("    " + translate("cli", "(nothing on air)"))
        for e in playlist.entries:
            start, end = to_local(e.start), to_local(e.end)
            mark = "" if e.priority == Priority.NORMAL else f" [{e.priority.value}]"
            cut = (
                " " + translate("cli", "(cut {cut})").format(cut=duration_text(e.cut_s))
                if e.cut_s
                else ""
            )
            print(f"    {start:%H:%M}–{end:%H:%M}  {e.title}{mark}{cut}")


def run_day(ctx) -> int:
    store = ctx.store()
    day = _date(ctx.args.date)
    station = options.station_id(store, ctx.args)
    book = load_book(store, station)
    playlists = _playlists(book, day, _zone(store, ctx.args.zone, station))
    if ctx.args.json:
        data = {"date": day.isoformat(), "zones": [playlist_json(book, p) for p in playlists]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_day(book, day, playlists)
    return 0


def _week(text: str) -> date:
    try:
        year, _, week = text.strip().upper().partition("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Not a week: {text} (write 2026-W48)."), text=text
        ) from exc


def run_show(ctx) -> int:
    store = ctx.store()
    monday = _week(ctx.args.week)
    station = options.station_id(store, ctx.args)
    book = load_book(store, station)
    zones = _zone(store, ctx.args.zone, station)
    days = [monday + timedelta(days=i) for i in range(7)]
    if ctx.args.json:
        data = {
            "week": ctx.args.week,
            "days": [
                {
                    "date": d.isoformat(),
                    "zones": [playlist_json(book, p) for p in _playlists(book, d, zones)],
                }
                for d in days
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for d in days:
        _print_day(book, d, _playlists(book, d, zones))
    return 0


def run_check(ctx) -> int:
    store = ctx.store()
    first = _date(ctx.args.since) if ctx.args.since else to_local(datetime.now(UTC)).date()
    if not 1 <= ctx.args.days <= 366:
        raise InputError(QT_TRANSLATE_NOOP("errors", "Check between 1 and 366 days."))
    limit = stored.get(store, MAX_SESSION_MINUTES)
    book = load_book(store, options.station_id(store, ctx.args))
    problems = check(book, first, ctx.args.days, max_session_min=limit)
    errors = sum(p.severity == Severity.ERROR for p in problems)
    if ctx.args.json:
        data = {
            "from": first.isoformat(),
            "days": ctx.args.days,
            "errors": errors,
            "warnings": len(problems) - errors,
            "problems": [{**p.to_json(), "text": p.text(translate)} for p in problems],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 1 if errors else 0
    labels = {
        Severity.ERROR: translate("cli", "Error"),
        Severity.WARNING: translate("cli", "Warning"),
    }
    for p in problems:
        more = (
            " " + translate("cli", "(on {count} days)").format(count=len(p.dates))
            if len(p.dates) > 1
            else ""
        )
        print(f"{labels[p.severity]}: {p.text(translate)}{more}")
    if not problems:
        print(translate("cli", "No problems found."))
    else:
        print(
            translate("cli", "{errors} errors, {warnings} warnings.").format(
                errors=errors, warnings=len(problems) - errors
            )
        )
    return 1 if errors else 0


def run_priority(ctx) -> int:
    store = ctx.store()
    target = _content(store, f"bulletin:{ctx.args.bulletin}")
    after = None
    if ctx.args.after:
        day_text, _, time_text = ctx.args.after.strip().partition(" ")
        minute = _clock(time_text) if time_text else 0
        after = local_instant(_date(day_text), minute)
    zones = _zones(store, ctx.args.zones)
    saved = priority.place_bulletin(
        store,
        target["bulletin_id"],
        after=after,
        zone_ids=frozenset(zones) if zones else None,
    )
    if ctx.args.json:
        print(json.dumps([exception_json(r) for r in saved], ensure_ascii=False, indent=2))
        return 0
    for record in saved:
        slot = slots.get_slot(store, record.slot_id) if record.slot_id else None
        print(
            translate("cli", "Placed in “{slot}” on {date} (id {id}).").format(
                slot=slot.title if slot else "",
                date=record.on_date.strftime("%d/%m/%Y"),
                id=record.id,
            )
        )
    return 0


def run_reorder(ctx) -> int:
    store = ctx.store()
    day = _date(ctx.args.date)
    slot_id = _slot(store, ctx.args.slot)
    keys = [k.strip() for k in ctx.args.order.split(",") if k.strip()]
    order = priority.reorder(store, day, slot_id, keys)
    print(translate("cli", "New running order:"))
    for key in order:
        print(f"  {key}")
    return 0


# --- printed schedule and exports -----------------------------------------------------------


def _output(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: its folder does not exist."),
            path=text,
        )
    return path


def _write(path: Path, write) -> None:
    try:
        write(path)
    except OSError as exc:
        raise StudioError(
            QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def run_print(ctx) -> int:
    args = ctx.args
    monday = _week(args.week)
    path = _output(args.output)
    number = args.number.strip()
    if "/" in number:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "The document number cannot contain “/”: {text}."),
            text=number,
        )
    store = ctx.store()
    chosen = options.station_id(store, args)
    station = stations.get_station(store, chosen) if chosen else stations.local_station(store)
    if station is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors", "Set up the station first (studio init): the schedule carries its name."
            )
        )
    book = load_book(store, station.id)
    rows = export.week_rows(book, monday)

    # Qt only here: the rest of `studio schedule` runs without a GUI library loaded
    from studio.ui import printing

    printing.ensure_app()
    head = printing.Letterhead.of(
        store, station, number=number or None, approver=args.approver.strip()
    )
    doc = printing.schedule_document(head, monday, rows)

    _write(path, lambda target: printing.save_pdf(doc, target))
    print(
        translate("cli", "Schedule of week {week} written to {path}.").format(
            week=args.week, path=path
        )
    )
    return 0


def run_export(ctx) -> int:
    args = ctx.args
    monday = _week(args.week)
    path = _output(args.output)
    store = ctx.store()
    chosen = options.station_id(store, args)
    station = stations.get_station(store, chosen) if chosen else stations.local_station(store)
    rows = export.week_rows(load_book(store, chosen), monday)
    if args.ics:
        name = f"Lịch phát sóng - {station.name}" if station else "Lịch phát sóng"
        data = export.to_ics(rows, calendar_name=name)
    else:
        data = export.to_csv(rows)
    _write(path, lambda target: write_atomic(target, data, make_folder=False))
    count = sum(len(r) for r in rows.values())
    print(
        translate("cli", "{count} items of week {week} written to {path}.").format(
            count=count, week=args.week, path=path
        )
    )
    return 0


# --- the grid editor's edits ------------------------------------------------------------------


def _weekday(text: str | None) -> int:
    """One weekday (``mon``, ``t2`` …) as 0 = Monday … 6 = Sunday."""
    try:
        mask = parse_weekdays(text or "")
    except ValueError:
        mask = 0
    if mask.bit_count() != 1:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Not one weekday: {text} (write mon … sun or t2 … cn)."),
            text=text or "",
        )
    return mask.bit_length() - 1


def run_move(ctx) -> int:
    args = ctx.args
    store = ctx.store()
    station = options.station_id(store, args)
    slot_id = _slot(store, args.slot, station)
    slot = slots.get_slot(store, slot_id)
    length = _minutes(args.length) if args.length is not None else None
    start = _clock(args.at) if args.at else slot.start_minute
    if args.to_day:
        day, to_day = _weekday(args.day), _weekday(args.to_day)
    else:
        day = to_day = (slot.weekdays & -slot.weekdays).bit_length() - 1
    edit = edits.move(store, slot_id, day, to_day, start, length, station)
    moved = edit.created[0] if edit.created else slot_id
    print(
        translate("cli", "Slot {id}: {days} at {time}, {length} min.").format(
            id=moved,
            days=format_weekdays(slots.get_slot(store, moved).weekdays),
            time=f"{start // 60:02d}:{start % 60:02d}",
            length=slots.get_slot(store, moved).max_duration_s // 60,
        )
    )
    return 0


def run_copy_day(ctx) -> int:
    args = ctx.args
    monday = _week(args.week) if args.week else export.today_local()
    monday -= timedelta(days=monday.weekday())
    source, target = _weekday(args.source), _weekday(args.target)
    store = ctx.store()
    edit = edits.copy_day(
        store,
        monday + timedelta(days=source),
        monday + timedelta(days=target),
        options.station_id(store, args),
    )
    print(translate("cli", "{count} slots changed.").format(count=len(edit.changes)))
    return 0


def run_copy_week(ctx) -> int:
    args = ctx.args
    monday = _week(args.week)
    target = _week(args.to) if args.to else monday + timedelta(days=7)
    store = ctx.store()
    edit = edits.copy_week(store, monday, target, options.station_id(store, args))
    if not edit:
        print(translate("cli", "That week already has the same slots: nothing to copy."))
        return 0
    print(translate("cli", "{count} slots copied.").format(count=len(edit.created)))
    return 0
