"""A programme to render: its running order, and its JSON form (``docs/audio-mix.md``).

Items play one after another; a ``bed`` item plays under everything after it (looping)
until the next bed or the end, and drops by ``duck_db`` while a ``speech`` item plays.

The store's rows map onto this directly: a ``Programme`` row with a ``bed_asset_id`` is a
bed item first (``bed_gain_db`` → ``gain_db``, ``duck_db``, ``duck_attack_ms`` →
``attack_ms``, ``duck_release_ms`` → ``release_ms``), then its ``ProgrammeItem`` rows by
``position``: ``bulletin`` → speech, ``jingle`` → jingle, ``asset`` → speech or jingle by
the asset's kind, ``gap`` → gap; ``gain_db``, ``fade_in_s``, ``fade_out_s``,
``crossfade_s`` and ``gap_s`` carry over unchanged. ``target_lufs`` None there means the
station's target, resolved before building the :class:`Programme`. An ``asset`` of kind
speech or programme (a recorded talk, a relayed show) plays as speech and ducks the bed;
any other asset plays like a jingle. :func:`from_store` does this mapping.
"""

from __future__ import annotations

import enum
import json
import math
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.audio.errors import AudioError
from studio.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the engine itself runs without the database libraries loaded
    from studio.store import models


class Kind(enum.StrEnum):
    JINGLE = "jingle"
    SPEECH = "speech"
    BED = "bed"
    GAP = "gap"


@dataclass(frozen=True)
class Item:
    """One entry of the running order. Times in seconds, gains in dB."""

    kind: Kind
    file: Path | None = None
    gain_db: float = 0.0
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0
    #: overlap with the previous item (both fade over it, equal power)
    crossfade_s: float = 0.0
    #: silence before the item; for a gap, the gap's length
    gap_s: float = 0.0
    #: bed only: depth of the dip under speech (negative dB), and how fast it goes and comes
    duck_db: float = -12.0
    attack_ms: float = 300.0
    release_ms: float = 800.0
    title: str = ""


@dataclass(frozen=True)
class Programme:
    """A running order and how to finish it. ``target_lufs`` None: not normalized (the
    limiter still keeps the ceiling)."""

    items: tuple[Item, ...]
    target_lufs: float | None = -16.0
    ceiling_dbtp: float = -1.0
    sample_rate: int = 48000
    channels: int = 2
    title: str = ""


def _bad(reason: str, **params: object) -> AudioError:
    return AudioError(reason, **params)


def _number(data: dict[str, Any], key: str, default: float, where: str) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "In {where}, “{key}” must be a number."),
            where=where,
            key=key,
        )
    return float(value)


def item_from_dict(data: dict[str, Any], base: Path, where: str) -> Item:
    """One item from its JSON object; ``file`` is relative to ``base``."""
    if not isinstance(data, dict):
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "In {where}, an item must be an object."), where=where
        )
    try:
        kind = Kind(data.get("kind"))
    except ValueError:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "errors", "In {where}, “kind” must be one of jingle, speech, bed, gap."
            ),
            where=where,
        ) from None
    known = {f.name for f in fields(Item)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "In {where}, unknown setting(s): {names}."),
            where=where,
            names=", ".join(unknown),
        )
    file = data.get("file")
    if kind is Kind.GAP:
        path = None
    elif not isinstance(file, str) or not file:
        raise _bad(QT_TRANSLATE_NOOP("errors", "In {where}, “file” is missing."), where=where)
    else:
        path = Path(file) if Path(file).is_absolute() else base / file
    values = {
        f.name: _number(data, f.name, f.default, where)
        for f in fields(Item)
        if f.name not in ("kind", "file", "title")
    }
    for key in ("fade_in_s", "fade_out_s", "crossfade_s", "gap_s", "attack_ms", "release_ms"):
        if values[key] < 0:
            raise _bad(
                QT_TRANSLATE_NOOP("errors", "In {where}, “{key}” cannot be negative."),
                where=where,
                key=key,
            )
    return Item(kind=kind, file=path, title=str(data.get("title", "")), **values)


def from_dict(data: dict[str, Any], base: Path, where: str = "") -> Programme:
    """A programme from its JSON object; relative file names are relative to ``base``."""
    where = where or str(base)
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "{where} must be an object with a list of “items”."),
            where=where,
        )
    items = tuple(
        item_from_dict(d, base, f"{where} item {i + 1}") for i, d in enumerate(data["items"])
    )
    if not any(i.kind in (Kind.SPEECH, Kind.JINGLE) for i in items):
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "{where} has no speech or jingle to play."), where=where
        )
    target = data.get("target_lufs", -16.0)
    target = None if target is None else _number(data, "target_lufs", -16.0, where)
    rate = int(_number(data, "sample_rate", 48000, where))
    channels = int(_number(data, "channels", 2, where))
    if not 8000 <= rate <= 192000 or channels not in (1, 2):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "errors", "In {where}, the sample rate or the number of channels is not usable."
            ),
            where=where,
        )
    return Programme(
        items=items,
        target_lufs=target,
        ceiling_dbtp=_number(data, "ceiling_dbtp", -1.0, where),
        sample_rate=rate,
        channels=channels,
        title=str(data.get("title", "")),
    )


def load(path: str | os.PathLike[str]) -> Programme:
    """Read a programme description (JSON); AudioError if it is unreadable or wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {reason}."),
            file=str(path),
            reason=exc.strerror,
        ) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "{file} is not valid JSON: {reason}."),
            file=str(path),
            reason=str(exc),
        ) from exc
    return from_dict(data, path.parent.absolute(), path.name)


def from_store(
    programme: models.Programme,
    items: Sequence[models.ProgrammeItem],
    assets: Mapping[uuid.UUID, models.AudioAsset],
    file_of: Callable[[str], Path],
    *,
    bulletins: Mapping[uuid.UUID, models.Bulletin] | None = None,
    target_lufs: float = -16.0,
    ceiling_dbtp: float = -1.0,
) -> Programme:
    """The stored ``programme`` as a :class:`Programme` (the mapping in this module's doc).

    ``items`` in running order; ``assets`` and ``bulletins`` by id, holding at least the
    ones the programme refers to; ``file_of(sha256)`` is where an asset's sound is.
    ``target_lufs`` is the station's, used when the programme has none of its own.
    AudioError names the item whose sound is missing.
    """
    bulletins = bulletins or {}
    name = programme.title

    def sound(asset_id: uuid.UUID | None, number: int) -> models.AudioAsset:
        asset = assets.get(asset_id) if asset_id else None
        if asset is None:
            raise AudioError(
                QT_TRANSLATE_NOOP("errors", "Item {number} of “{programme}” has no sound."),
                number=number,
                programme=name,
            )
        return asset

    out: list[Item] = []
    if programme.bed_asset_id is not None:
        bed = assets.get(programme.bed_asset_id)
        if bed is None:
            raise AudioError(
                QT_TRANSLATE_NOOP("errors", "The music bed of “{programme}” has no sound."),
                programme=name,
            )
        out.append(
            Item(
                kind=Kind.BED,
                file=file_of(bed.sha256),
                gain_db=programme.bed_gain_db,
                duck_db=programme.duck_db,
                attack_ms=programme.duck_attack_ms,
                release_ms=programme.duck_release_ms,
                title=bed.title,
            )
        )
    for number, row in enumerate(items, start=1):
        timing = {
            "gain_db": row.gain_db,
            "fade_in_s": row.fade_in_s,
            "fade_out_s": row.fade_out_s,
            "crossfade_s": row.crossfade_s,
            "gap_s": row.gap_s,
        }
        # store kinds are string enums; compared by value so the models need not be imported
        if row.kind == "gap":
            out.append(Item(kind=Kind.GAP, **timing))
            continue
        if row.kind == "bulletin":
            bulletin = bulletins.get(row.bulletin_id) if row.bulletin_id else None
            asset = sound(bulletin.asset_id if bulletin else None, number)
            kind, title = Kind.SPEECH, bulletin.title if bulletin else asset.title
        else:
            asset = sound(row.asset_id, number)
            title = asset.title
            speech = row.kind == "asset" and asset.kind in ("speech", "programme")
            kind = Kind.SPEECH if speech else Kind.JINGLE
        out.append(Item(kind=kind, file=file_of(asset.sha256), title=title, **timing))
    if not any(i.kind in (Kind.SPEECH, Kind.JINGLE) for i in out):
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "{where} has no speech or jingle to play."), where=name
        )
    target = programme.target_lufs if programme.target_lufs is not None else target_lufs
    return Programme(items=tuple(out), target_lufs=target, ceiling_dbtp=ceiling_dbtp, title=name)
