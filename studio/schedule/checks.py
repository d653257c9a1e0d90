"""Problems in a schedule, each explained for the operator.

A :class:`Problem` carries its kind, severity, the records involved (so the editor can
highlight them) and an English message marked for translation under "schedule" with named
placeholders; :meth:`Problem.text` fills them in, translated where it is shown. Errors are
what goes wrong on air (overlaps, cut or missing audio, unapproved bulletins); warnings are
what the operator should look at (a long session, a zone nobody hears, a slot past midnight).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from studio.errors import QT_TRANSLATE_NOOP
from studio.localtime import to_local
from studio.schedule.book import ScheduleBook
from studio.schedule.resolve import Block, DayPlaylist, Entry, resolve_day
from studio.schedule.template import MINUTES_PER_DAY
from studio.store.models import Priority, SlotContent

CONTEXT = "schedule"
#: items closer than this belong to the same session, seconds
SESSION_GAP_S = 60.0


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ProblemKind(enum.StrEnum):
    OVERLAP = "overlap"
    EMERGENCY_OVERRIDE = "emergency_override"
    CONTENT_TOO_LONG = "content_too_long"
    SESSION_TOO_LONG = "session_too_long"
    ZONE_WITHOUT_DEVICE = "zone_without_device"
    MISSING_AUDIO = "missing_audio"
    UNAPPROVED = "unapproved"
    CROSSES_MIDNIGHT = "crosses_midnight"
    NOT_PLACED = "not_placed"


@dataclass(frozen=True)
class Problem:
    """One thing wrong. ``params`` are display strings for the message's placeholders."""

    kind: ProblemKind
    severity: Severity
    message: str
    params: dict[str, str] = field(default_factory=dict)
    #: the days it happens on (empty for problems of the template itself)
    dates: tuple[date, ...] = ()
    zone_ids: tuple[uuid.UUID | None, ...] = ()
    slot_ids: tuple[uuid.UUID, ...] = ()
    exception_ids: tuple[uuid.UUID, ...] = ()
    programme_id: uuid.UUID | None = None
    bulletin_id: uuid.UUID | None = None
    #: running-order handles (see resolve.slot_key) of the entries concerned
    entry_keys: tuple[str, ...] = ()

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The explanation, translated with ``translate(context, text)`` when given."""
        template = translate(CONTEXT, self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide it
            return self.message.format(**self.params)

    def to_json(self) -> dict:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "message": self.message,
            "params": self.params,
            "dates": [d.isoformat() for d in self.dates],
            "zone_ids": [str(z) if z else None for z in self.zone_ids],
            "slot_ids": [str(s) for s in self.slot_ids],
            "exception_ids": [str(e) for e in self.exception_ids],
            "programme_id": str(self.programme_id) if self.programme_id else None,
            "bulletin_id": str(self.bulletin_id) if self.bulletin_id else None,
            "entry_keys": list(self.entry_keys),
        }


# --- formatting of parameters (numbers and times read the same in Vietnamese) -------------


def clock(instant: datetime) -> str:
    """HH:MM in Vietnam."""
    return to_local(instant).strftime("%H:%M")


def span(start: datetime, end: datetime) -> str:
    return f"{clock(start)}–{clock(end)}"


def duration_text(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour up (rounded to the second)."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def date_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


# --- the checks -----------------------------------------------------------------------------


def check_template(book: ScheduleBook) -> list[Problem]:
    """Problems of the template and the station itself, whatever the day."""
    problems: list[Problem] = []
    for slot in book.slots:
        if slot.crosses_midnight:
            problems.append(_midnight(slot.title, slot.start_minute, slot.max_duration_s, slot.id))
    if not book.zones:
        problems.append(
            Problem(
                ProblemKind.ZONE_WITHOUT_DEVICE,
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "schedule", "No zones are set up yet: the schedule is not heard anywhere."
                ),
            )
        )
    for zone_id, name in sorted(book.zones.items(), key=lambda z: z[1]):
        if book.devices_per_zone.get(zone_id, 0) == 0:
            problems.append(
                Problem(
                    ProblemKind.ZONE_WITHOUT_DEVICE,
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "schedule",
                        "The zone {zone} has no working loudspeaker or transmitter: "
                        "nothing scheduled for it will be heard.",
                    ),
                    {"zone": name},
                    zone_ids=(zone_id,),
                )
            )
    return problems


def _midnight(title: str, start_minute: int, length_s: int, slot_id: uuid.UUID) -> Problem:
    end_minute = (start_minute + length_s // 60) % MINUTES_PER_DAY
    return Problem(
        ProblemKind.CROSSES_MIDNIGHT,
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "schedule",
            "“{slot}” starts at {start} and may run {length}, past midnight (until {end} the "
            "next day); it is kept on the day it starts.",
        ),
        {
            "slot": title,
            "start": f"{start_minute // 60:02d}:{start_minute % 60:02d}",
            "length": duration_text(length_s),
            "end": f"{end_minute // 60:02d}:{end_minute % 60:02d}",
        },
        slot_ids=(slot_id,),
    )


def check_day(playlist: DayPlaylist, book: ScheduleBook, max_session_min: int) -> list[Problem]:
    """Problems of one zone's resolved day."""
    zone = book.zone_name(playlist.zone_id) or "—"
    base = {"date": date_text(playlist.day), "zone": zone}
    common = {"dates": (playlist.day,), "zone_ids": (playlist.zone_id,)}
    problems: list[Problem] = []
    by_key = {b.key: b for b in playlist.blocks}
    for block in playlist.blocks:
        for winner_key in block.preempted_by:
            problems.append(_overlap(by_key[winner_key], block, base, common))
        if not block.entries and not block.preempted_by:
            problems.append(
                Problem(
                    ProblemKind.MISSING_AUDIO,
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("schedule", "“{slot}” ({slot_time}) has nothing to play."),
                    {**base, "slot": block.title, "slot_time": span(block.start, block.end)},
                    **common,
                    **_ids(block),
                )
            )
        for entry in block.entries:
            problems.extend(_entry_problems(entry, block, book, base, common))
    for e in playlist.unplaced:
        problems.append(
            Problem(
                ProblemKind.NOT_PLACED,
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "schedule",
                    "{date}, {zone}: “{title}” was put in a slot that does not run that day, "
                    "so it will not play.",
                ),
                {**base, "title": _exception_title(e.title, e.content, book)},
                exception_ids=(e.id,),
                **common,
            )
        )
    problems.extend(_sessions(playlist, max_session_min, base, common))
    return problems


def _exception_title(title: str, content, book: ScheduleBook) -> str:
    playable = book.playable(content)
    return playable.title if playable else title


def _ids(block: Block) -> dict:
    return {
        "slot_ids": (block.slot_id,) if block.slot_id else (),
        "exception_ids": (block.exception_id,) if block.exception_id else (),
    }


def _overlap(winner: Block, loser: Block, base: dict, common: dict) -> Problem:
    overlap_s = (
        min(winner.end, loser.planned_end) - max(winner.start, loser.planned_start)
    ).total_seconds()
    params = {
        **base,
        "first": winner.title,
        "first_time": span(winner.start, winner.end),
        "second": loser.title,
        "second_time": span(loser.planned_start, loser.planned_end),
        "overlap": duration_text(max(overlap_s, 0)),
    }
    ids = {
        "slot_ids": tuple(b.slot_id for b in (winner, loser) if b.slot_id),
        "exception_ids": tuple(b.exception_id for b in (winner, loser) if b.exception_id),
        "entry_keys": (winner.key, loser.key),
    }
    if winner.priority == Priority.EMERGENCY and loser.priority != Priority.EMERGENCY:
        return Problem(
            ProblemKind.EMERGENCY_OVERRIDE,
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "schedule",
                "{date}, {zone}: the emergency broadcast “{first}” ({first_time}) takes {overlap} "
                "from “{second}” ({second_time}).",
            ),
            params,
            **common,
            **ids,
        )
    if loser.start == loser.end:
        message = QT_TRANSLATE_NOOP(
            "schedule",
            "{date}, {zone}: “{first}” ({first_time}) and “{second}” ({second_time}) overlap; "
            "“{second}” does not play at all.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "schedule",
            "{date}, {zone}: “{first}” ({first_time}) and “{second}” ({second_time}) overlap by "
            "{overlap}; “{second}” loses that time.",
        )
    return Problem(ProblemKind.OVERLAP, Severity.ERROR, message, params, **common, **ids)


def _entry_problems(
    entry: Entry, block: Block, book: ScheduleBook, base: dict, common: dict
) -> Iterable[Problem]:
    content = entry.content
    if content is None or content.is_relay:
        return
    playable = book.playable(content)
    ids = {
        **_ids(block),
        "exception_ids": tuple(
            x for x in (block.exception_id, entry.exception_id) if x is not None
        ),
        "programme_id": content.programme_id if content.kind == SlotContent.PROGRAMME else None,
        "bulletin_id": content.bulletin_id if content.kind == SlotContent.BULLETIN else None,
        "entry_keys": (entry.key,),
    }
    where = {**base, "slot": block.title, "slot_time": span(block.start, block.end)}
    if playable is None:
        yield Problem(
            ProblemKind.MISSING_AUDIO,
            Severity.ERROR,
            QT_TRANSLATE_NOOP(
                "schedule",
                "“{slot}” ({slot_time}) plays a programme or bulletin that no longer exists.",
            ),
            where,
            **common,
            **ids,
        )
        return
    where["title"] = playable.title
    if playable.duration_s is None:
        yield Problem(
            ProblemKind.MISSING_AUDIO,
            Severity.ERROR,
            QT_TRANSLATE_NOOP("schedule", "“{title}” in “{slot}” ({slot_time}) has no audio yet."),
            where,
            **common,
            **ids,
        )
    if playable.unapproved:
        yield Problem(
            ProblemKind.UNAPPROVED,
            Severity.ERROR,
            QT_TRANSLATE_NOOP(
                "schedule",
                "“{title}” in “{slot}” ({slot_time}) is not approved for broadcast: {bulletins}.",
            ),
            {**where, "bulletins": ", ".join(f"“{t}”" for t in playable.unapproved)},
            **common,
            **ids,
        )
    if entry.cut_s > 0:
        params = {
            **where,
            "length": duration_text(entry.duration_s or 0),
            "room": duration_text(entry.length_s),
            "cut": duration_text(entry.cut_s),
            "cut_at": clock(entry.end),
        }
        if entry.length_s <= 0:
            message = QT_TRANSLATE_NOOP(
                "schedule",
                "{date}, {zone}: “{title}” ({length}) finds no time left in “{slot}” "
                "({slot_time}) and will not play.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "schedule",
                "{date}, {zone}: “{title}” lasts {length} but only {room} is left for it in "
                "“{slot}” ({slot_time}); its last {cut} will be cut at {cut_at}.",
            )
        yield Problem(
            ProblemKind.CONTENT_TOO_LONG, Severity.ERROR, message, params, **common, **ids
        )


def sessions(playlist: DayPlaylist) -> list[tuple[datetime, datetime, tuple[Entry, ...]]]:
    """Stretches of continuous broadcasting on the zone: (start, end, entries)."""
    runs: list[list[Entry]] = []
    for entry in sorted((e for e in playlist.entries if e.length_s > 0), key=lambda e: e.start):
        gap = timedelta(seconds=SESSION_GAP_S)
        if runs and entry.start - runs[-1][-1].end <= gap:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return [(r[0].start, max(e.end for e in r), tuple(r)) for r in runs]


def _sessions(
    playlist: DayPlaylist, max_session_min: int, base: dict, common: dict
) -> Iterable[Problem]:
    for start, end, entries in sessions(playlist):
        length = (end - start).total_seconds()
        if length <= max_session_min * 60:
            continue
        yield Problem(
            ProblemKind.SESSION_TOO_LONG,
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "schedule",
                "{date}, {zone}: the session {start}–{end} lasts {length}, longer than the "
                "station's limit of {limit} minutes.",
            ),
            {
                **base,
                "start": clock(start),
                "end": clock(end),
                "length": duration_text(length),
                "limit": str(max_session_min),
            },
            slot_ids=tuple(dict.fromkeys(e.slot_id for e in entries if e.slot_id)),
            entry_keys=tuple(e.key for e in entries),
            **common,
        )


def check(
    book: ScheduleBook, first_day: date, days: int = 7, *, max_session_min: int = 45
) -> list[Problem]:
    """Every problem of the template and of the ``days`` days from ``first_day``, merged.

    The same problem on several days or zones is reported once, listing its dates and zones;
    errors come before warnings.
    """
    found = check_template(book)
    for added in book.exceptions:
        start = added.start_minute
        length = added.max_duration_s
        if (
            added.slot_id is None
            and start is not None
            and length
            and start * 60 + length > MINUTES_PER_DAY * 60
        ):
            problem = _midnight(added.title, start, length, added.id)
            found.append(replace(problem, slot_ids=(), exception_ids=(added.id,)))
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        for playlist in resolve_day(book, day):
            found.extend(check_day(playlist, book, max_session_min))
    return merge(found, book)


def merge(problems: Iterable[Problem], book: ScheduleBook) -> list[Problem]:
    """One problem per kind and records involved, with all its dates and zones."""
    groups: dict[tuple, Problem] = {}
    for p in problems:
        key = (
            p.kind,
            p.message,
            p.slot_ids,
            p.exception_ids,
            p.programme_id,
            p.bulletin_id,
            p.entry_keys,
            tuple(sorted((k, v) for k, v in p.params.items() if k not in ("date", "zone"))),
        )
        if key not in groups:
            groups[key] = p
            continue
        seen = groups[key]
        dates = tuple(sorted({*seen.dates, *p.dates}))
        zones = tuple(dict.fromkeys((*seen.zone_ids, *p.zone_ids)))
        params = dict(seen.params)
        if "zone" in params:
            params["zone"] = ", ".join(book.zone_name(z) or "—" for z in zones)
        if "date" in params and dates:
            params["date"] = date_text(dates[0])
        groups[key] = replace(seen, dates=dates, zone_ids=zones, params=params)
    order = {Severity.ERROR: 0, Severity.WARNING: 1}
    return sorted(groups.values(), key=lambda p: (order[p.severity], p.dates[:1], p.kind))
