"""One station's replica: capture of local changes, merge of a peer's, and conflicts.

Local edits are found by comparing each recently changed record with the field versions
last recorded for it (:class:`~studio.store.models.SyncFieldVersion`), so no code path that
writes a record has to remember sync. Each changed field becomes a new version stamped
with the record's HLC time and the version it replaced, and goes into a signed change set
for every peer station that shares the record.

Merging is per field, last writer wins by ``(hlc, origin)``, so every replica picks the same
value whatever order change sets arrive in. An edit made on top of the version this station
holds simply wins; two edits that did not see each other (neither's base is the other) are
also kept as a :class:`~studio.store.models.SyncConflict` for a person to settle. A
resolution is a new version of the field, made on top of the winner, so it syncs like any
edit and settles the conflict at the other station too.

Applying a change set is one transaction that also records its id: a change set applied
twice (a redelivery, a resend after a crash) changes nothing the second time.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
import weakref
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from studio.errors import QT_TRANSLATE_NOOP
from studio.push import signing
from studio.push.keys import KeyStore
from studio.store import models, settings, sync_state
from studio.store.db import Store
from studio.store.hlc import pack
from studio.store.models import (
    Setting,
    SyncApplied,
    SyncConflict,
    SyncFieldVersion,
    SyncLogEntry,
    SyncOutgoing,
)
from studio.store.sync_state import Peer
from studio.store.types import utcnow
from studio.sync import fields
from studio.sync.errors import SyncError

VERSION = 1
#: records per change set: small enough for a slow link, large enough to be few
RECORDS_PER_SET = 50
#: a record written this long before the last scan is looked at again (a writer that took
#: its time to commit would otherwise be missed); re-reading an unchanged record costs nothing
SCAN_OVERLAP = pack(5 * 60 * 1000)

_BAD_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "A sync message was refused: it is not signed right ({reason})."
)
_NO_CONFLICT = QT_TRANSLATE_NOOP("errors", "No open conflict has the id “{value}”.")

# one writer at a time per store inside this process: a scan reads, then writes
_locks: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


def _lock(store: Store) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(store.engine, threading.Lock())


@dataclass
class Applied:
    """What applying one change set did."""

    change_id: str
    peer: str
    duplicate: bool = False
    records: int = 0
    conflicts: int = 0
    refused: int = 0
    #: records received here that still wait for a record they refer to
    pending: int = 0
    #: sha256 of audio the applied records use and this station lacks
    audio: set[str] = field(default_factory=set)


@dataclass
class Replica:
    """A station's store as one replica of the shared records."""

    store: Store
    key: Ed25519PrivateKey

    @property
    def station_id(self) -> str:
        if self.store.local_station_id is None:
            raise SyncError(QT_TRANSLATE_NOOP("errors", "No station has been set up yet."))
        return str(self.store.local_station_id)

    def peers(self) -> dict[str, Peer]:
        return {p.id: p for p in sync_state.peers(self.store)}

    def role(self) -> str:
        """Our own role: a parent has communes as peers, a commune has its parent."""
        return (
            sync_state.PARENT
            if any(p.role == sync_state.COMMUNE for p in self.peers().values())
            else sync_state.COMMUNE
        )

    # --- transactions -----------------------------------------------------------------

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A session for one sync transaction, foreign-key checks on as everywhere.

        Records reach a replica in change sets of their own, so a bulletin can come before
        the audio it names: such a reference is kept pending (its version recorded, the row
        not written, or written without it) until what it refers to arrives, see
        :meth:`_write`. ``s.info["pending"]``: ``(table, id) -> (owner, fields waiting, or
        None for a row not written at all)``.
        """
        with _lock(self.store), Session(self.store.engine, expire_on_commit=False) as s:
            # read through this session only: the store's transactions take the write lock
            # when they begin, so a second one opened here would wait for this one
            s.info["peers"] = {p["id"]: Peer(**p) for p in self._setting(s, sync_state.PEERS)}
            s.info["parent_may_edit"] = bool(self._setting(s, sync_state.PARENT_MAY_EDIT_SCHEDULE))
            pending = self._setting(s, sync_state.PENDING)
            before = {(t, i): (o, held) for t, i, o, held in pending}
            s.info["pending"] = dict(before)
            yield s
            if s.info["pending"] != before:
                self._put_setting(
                    s,
                    sync_state.PENDING,
                    [[t, i, o, held] for (t, i), (o, held) in sorted(s.info["pending"].items())],
                )
            s.commit()

    # --- scope --------------------------------------------------------------------------

    def _shares(self, peer: Peer, owner: str) -> bool:
        """Whether a record owned by ``owner`` goes to ``peer``.

        A commune shares everything with its parent; a parent shares with a commune that
        commune's own records and the parent's, never another commune's.
        """
        if peer.role == sync_state.PARENT:
            return True
        return owner in (peer.id, self.station_id)

    # --- capture ------------------------------------------------------------------------

    def capture(self) -> int:
        """Turn local edits since the last scan into change sets; returns records changed."""
        with self._session() as s:
            return self._capture(s)

    def _capture(self, s: Session) -> int:
        since = max(0, self._setting(s, sync_state.SCANNED_TO) - SCAN_OVERLAP)
        newest = since
        changed: list[dict[str, Any]] = []
        for model in fields.MODELS:
            query = select(model).where(model.updated_at > since).order_by(model.updated_at)
            records = list(s.scalars(query))
            if records:
                newest = max(newest, records[-1].updated_at)
                changed += self._diff(s, model, records)
        self._put_setting(s, sync_state.SCANNED_TO, newest)
        self._send(s, changed, exclude=None)
        return len(changed)

    def _diff(
        self, s: Session, model: type[models.Synced], records: list[models.Synced]
    ) -> list[dict[str, Any]]:
        """New versions for the fields of ``records`` that differ from what was recorded."""
        me = self.station_id
        table = model.__tablename__  # type: ignore[attr-defined]
        known = self._versions(s, table, [r.id for r in records])
        pending = s.info["pending"]
        changed = []
        for record in records:
            waiting = pending.get((table, str(record.id)))
            if waiting is not None and waiting[1] is None:
                continue  # its row waits for a record it refers to
            # a reference waiting for its record differs from its version: not a local edit
            held = set(waiting[1]) if waiting is not None else set()
            entry_fields: dict[str, list[Any]] = {}
            for name, value in fields.record_values(record).items():
                if name in held:
                    continue
                version = known.get((record.id, name))
                if version is not None and version.value == value:
                    continue
                base = version.hlc if version is not None else 0
                hlc = max(record.updated_at, base + 1)
                if version is None:
                    version = SyncFieldVersion(table_name=table, record_id=record.id, field=name)
                    s.add(version)
                version.value, version.hlc, version.base, version.origin = value, hlc, base, me
                entry_fields[name] = [value, hlc, base, me]
            if entry_fields:
                changed.append(_entry(table, record.id, record.station_id, entry_fields))
        return changed

    def _capture_incoming(self, s: Session, entries: list[dict[str, Any]]) -> None:
        """Scan just the records a change set touches, so a local edit not yet scanned
        takes part in the merge (a full scan per change set would cost too much)."""
        ids: dict[str, list[uuid.UUID]] = defaultdict(list)
        for e in entries:
            ids[e["t"]].append(uuid.UUID(e["id"]))
        changed = []
        for model in fields.MODELS:
            wanted = ids.get(model.__tablename__)  # type: ignore[attr-defined]
            if not wanted:
                continue
            records = []
            for start in range(0, len(wanted), 500):
                query = select(model).where(model.id.in_(wanted[start : start + 500]))
                records += list(s.scalars(query))
            changed += self._diff(s, model, records)
        self._send(s, changed, exclude=None)

    def _versions(
        self, s: Session, table: str, ids: list[uuid.UUID]
    ) -> dict[tuple[uuid.UUID, str], SyncFieldVersion]:
        found: dict[tuple[uuid.UUID, str], SyncFieldVersion] = {}
        for start in range(0, len(ids), 500):
            query = select(SyncFieldVersion).where(
                SyncFieldVersion.table_name == table,
                SyncFieldVersion.record_id.in_(ids[start : start + 500]),
            )
            for v in s.scalars(query):
                found[(v.record_id, v.field)] = v
        return found

    def share_all_with(self, peer_id: str) -> int:
        """Queue every shared record for a newly paired peer; returns records queued."""
        with self._session() as s:
            peer = s.info["peers"][peer_id]
            by_record: dict[tuple[str, uuid.UUID], dict[str, list[Any]]] = defaultdict(dict)
            for v in s.scalars(select(SyncFieldVersion)):
                by_record[(v.table_name, v.record_id)][v.field] = [v.value, v.hlc, v.base, v.origin]
            entries = []
            for model in fields.MODELS:  # parents first
                table = model.__tablename__  # type: ignore[attr-defined]
                owners = dict(s.execute(select(model.id, model.station_id)).all())
                for (t, record_id), (owner, _held) in s.info["pending"].items():
                    if t == table:
                        owners[uuid.UUID(record_id)] = owner
                for (t, record_id), fs in by_record.items():
                    if t == table and record_id in owners:
                        entries.append(_entry(table, record_id, owners[record_id], fs))
            self._enqueue(s, peer, [e for e in entries if self._shares(peer, e["owner"])])
            return len(entries)

    # --- outgoing -----------------------------------------------------------------------

    def _send(self, s: Session, entries: list[dict[str, Any]], exclude: str | None) -> None:
        for peer in s.info["peers"].values():
            if peer.id == exclude:
                continue
            mine = [e for e in entries if self._shares(peer, e["owner"])]
            if mine:
                self._enqueue(s, peer, mine)

    def _enqueue(self, s: Session, peer: Peer, entries: list[dict[str, Any]]) -> None:
        query = select(func.max(SyncOutgoing.seq)).where(SyncOutgoing.peer == peer.id)
        seq = s.scalar(query) or 0
        for start in range(0, len(entries), RECORDS_PER_SET):
            part = entries[start : start + RECORDS_PER_SET]
            seq += 1
            change_id = str(uuid.uuid4())
            envelope = {
                "v": VERSION,
                "type": "changes",
                "id": change_id,
                "from": self.station_id,
                "to": peer.id,
                "seq": seq,
                "entries": part,
            }
            payload = signing.canonical(signing.sign(self.key, envelope))
            s.add(
                SyncOutgoing(
                    change_id=change_id, peer=peer.id, seq=seq, payload=payload, entries=len(part)
                )
            )
            s.add(
                SyncLogEntry(
                    direction="out",
                    peer=peer.id,
                    change_id=change_id,
                    records=len(part),
                    detail=_summary(part),
                )
            )

    def log(self, direction: str, peer_id: str, detail: str) -> None:
        with self._session() as s:
            s.add(SyncLogEntry(direction=direction, peer=peer_id, detail=detail[:2000]))

    def unconfirmed(self) -> list[SyncOutgoing]:
        """Change sets the peer has not confirmed yet, oldest first."""
        with self.store.session() as s:
            query = (
                select(SyncOutgoing)
                .where(SyncOutgoing.acked_at.is_(None))
                .order_by(SyncOutgoing.peer, SyncOutgoing.seq)
            )
            return list(s.scalars(query))

    def mark_sent(self, change_id: str) -> None:
        with self._session() as s:
            row = s.get(SyncOutgoing, change_id)
            if row is not None and row.sent_at is None:
                row.sent_at = utcnow()

    def mark_confirmed(self, peer_id: str, change_ids: list[str]) -> int:
        """The peer applied these change sets; they need not go again."""
        done = 0
        with self._session() as s:
            for change_id in change_ids:
                row = s.get(SyncOutgoing, change_id)
                if row is not None and row.peer == peer_id and row.acked_at is None:
                    row.acked_at = utcnow()
                    row.payload = b""  # the peer has it: keep the record, not the bytes
                    done += 1
        return done

    # --- incoming -----------------------------------------------------------------------

    def verify(self, payload: bytes) -> dict[str, Any]:
        """The envelope of a signed message from a paired peer, addressed to us."""
        try:
            env = json.loads(payload.decode("utf-8"))
            peer = self.peers().get(str(env["from"]))
            if peer is None:
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Changes from the station {station}, which is not paired."
                    ),
                    station=env["from"],
                )
            if env.get("to") != self.station_id:
                raise SyncError(
                    QT_TRANSLATE_NOOP("errors", "Changes meant for another station ({station})."),
                    station=env.get("to"),
                )
            unsigned = {k: v for k, v in env.items() if k != "sig"}
            signing.load_public_key(peer.public_key).verify(
                base64.b64decode(env["sig"], validate=True), signing.canonical(unsigned)
            )
        except (InvalidSignature, ValueError, KeyError, TypeError) as exc:
            raise SyncError(_BAD_MESSAGE, reason=type(exc).__name__) from exc
        return env

    def apply(self, payload: bytes) -> Applied:
        """Verify and merge one change set from a peer (a second time is a no-op)."""
        env = self.verify(payload)
        if (
            env.get("v") != VERSION
            or env.get("type") != "changes"
            or not isinstance(env.get("entries"), list)
        ):
            raise SyncError(_BAD_MESSAGE, reason="type")
        peer_id = str(env["from"])
        result = Applied(str(env["id"]), peer_id)
        with self._session() as s:
            if s.get(SyncApplied, result.change_id) is not None:
                result.duplicate = True
                return result
            self._capture_incoming(s, env["entries"])
            relay: list[dict[str, Any]] = []
            for entry in _by_table_order(env["entries"]):
                merged = self._merge(s, peer_id, entry, result)
                if merged is not None:
                    relay.append(merged)
            self._write_pending(s)
            result.pending = len(s.info["pending"])
            s.add(SyncApplied(change_id=result.change_id, peer=peer_id))
            s.add(
                SyncLogEntry(
                    direction="in",
                    peer=peer_id,
                    change_id=result.change_id,
                    records=len(env["entries"]),
                    detail=_summary(env["entries"]),
                )
            )
            if relay:
                self._send(s, relay, exclude=peer_id)
        return result

    def _merge(
        self, s: Session, peer_id: str, entry: dict[str, Any], result: Applied
    ) -> dict[str, Any] | None:
        """Merge one record's fields; returns the fields that won here (to pass on)."""
        table, owner = entry["t"], str(entry["owner"])
        model = fields.BY_TABLE.get(table)
        if model is None:
            return None
        record_id = uuid.UUID(entry["id"])
        columns = {c.name: c for c in fields.field_columns(model)}
        record = s.get(model, record_id)
        if self._refuses(s, peer_id, table, owner):
            self._send_back(s, model, record, record_id, owner, entry["f"], columns, peer_id)
            result.refused += 1
            return None
        known = self._versions(s, table, [record_id])
        won: dict[str, list[Any]] = {}
        for name, (value, hlc, base, origin) in entry["f"].items():
            if name not in columns:
                continue
            self.store.clock.observe(int(hlc))
            mine = known.get((record_id, name))
            if mine is not None and mine.hlc == hlc and mine.origin == origin:
                continue  # the same version, seen already
            if mine is not None:
                if base == mine.hlc:
                    self._settle(s, table, record_id, name, "later")
                elif mine.base != hlc and mine.value != value:
                    self._conflict(s, table, record_id, name, mine, value, hlc, origin)
                    result.conflicts += 1
                if (hlc, origin) <= (mine.hlc, mine.origin):
                    continue  # ours is the later write
            else:
                mine = SyncFieldVersion(table_name=table, record_id=record_id, field=name)
                s.add(mine)
            mine.value, mine.hlc, mine.base, mine.origin = value, hlc, base, origin
            won[name] = [value, hlc, base, origin]
        if not won:
            return None
        record = self._write(s, model, record, record_id, owner, won, columns)
        result.records += 1
        if table == models.AudioAsset.__tablename__:
            sha = record.sha256 if record is not None else (won.get("sha256") or [None])[0]
            if sha:
                result.audio.add(sha)
        return _entry(table, record_id, owner, won)

    def _write(self, s, model, record, record_id, owner, won, columns):
        """Write the fields that won into the record's row, holding back a reference to a
        record that has not arrived yet; returns the row (None: a new row that must wait).

        A new row that refers to a missing record waits whole (a reference may be
        required); an existing row takes the other fields at once and keeps its old
        reference until the new one can be written. A row written after waiting takes the
        field versions known for it, not only those of this change set."""
        table = model.__tablename__
        key = (table, str(record_id))
        pending = s.info["pending"]
        values = {name: value for name, (value, *_rest) in won.items()}
        waiting = pending.get(key)
        if record is None or (waiting is not None and waiting[1] is None):
            known = self._versions(s, table, [record_id])
            values = {**{f: v.value for (_r, f), v in known.items() if f in columns}, **values}
        elif waiting is not None:
            known = self._versions(s, table, [record_id])
            for name in waiting[1]:
                if name not in values and (record_id, name) in known:
                    values[name] = known[(record_id, name)].value
        missing = self._missing_references(
            s, model, record_id, values, owner if record is None else None
        )
        if record is None:
            if missing:
                pending[key] = (str(owner), None)
                return None
            record = model(id=record_id, station_id=uuid.UUID(owner))
            s.add(record)
        for name in missing:
            values.pop(name)
        if missing:
            pending[key] = (str(owner), sorted(missing))
        else:
            pending.pop(key, None)
        for name, value in values.items():
            setattr(record, name, fields.from_json(columns[name], value))
        # the record's own clock says "changed here now"; the field versions keep the truth
        record.updated_at = self.store.clock.now()
        s.flush()
        return record

    def _missing_references(self, s, model, record_id, values, owner) -> set[str]:
        """The fields of ``values`` (and the owning station, for a new row) that name a
        record not here (yet)."""
        missing = set()
        for name, target in fields.references(model):
            if name == "station_id" and owner is not None:
                value = uuid.UUID(str(owner))
            elif name in values and name != "station_id":
                value = fields.from_json(target, values[name])
            else:
                continue
            if value is None or (target.table is model.__table__ and value == record_id):
                continue
            if s.scalar(select(target).where(target == value).limit(1)) is None:
                missing.add(name)
        return missing

    def _write_pending(self, s: Session) -> None:
        """Write the pending references whose records have arrived, parents first, until
        no more can be."""
        order = {m.__tablename__: i for i, m in enumerate(fields.MODELS)}  # type: ignore[attr-defined]
        progress = True
        while progress and s.info["pending"]:
            progress = False
            waiting = sorted(s.info["pending"].items(), key=lambda kv: order.get(kv[0][0], 0))
            for key, (owner, held) in waiting:
                if key not in s.info["pending"]:
                    continue
                table, record_id = key
                model = fields.BY_TABLE.get(table)
                if model is None:
                    s.info["pending"].pop(key)
                    continue
                rid = uuid.UUID(record_id)
                columns = {c.name: c for c in fields.field_columns(model)}
                self._write(s, model, s.get(model, rid), rid, owner, {}, columns)
                progress = progress or s.info["pending"].get(key) != (owner, held)

    def _refuses(self, s: Session, peer_id: str, table: str, owner: str) -> bool:
        """A commune takes its parent's changes to its own records only for its schedule,
        and only when it allows that."""
        peer = s.info["peers"].get(peer_id)
        if peer is None or peer.role != sync_state.PARENT or owner != self.station_id:
            return False
        return not (table in fields.SCHEDULE_TABLES and s.info["parent_may_edit"])

    def _send_back(self, s, model, record, record_id, owner, incoming, columns, peer_id) -> None:
        """Answer a refused change with our own version, newer, so the sender comes back to
        it; a record we never had is taken in as deleted."""
        table = model.__tablename__
        known = self._versions(s, table, [record_id])
        me, out = self.station_id, {}
        if record is None:
            current = {n: v[0] for n, v in incoming.items() if n in columns}
            current["deleted"] = True
        else:
            current = {n: fields.to_json(c, getattr(record, n)) for n, c in columns.items()}
        for name, (_value, hlc, _base, _origin) in incoming.items():
            if name not in columns:
                continue
            self.store.clock.observe(int(hlc))
            value = current[name]
            version = known.get((record_id, name))
            if version is None:
                version = SyncFieldVersion(table_name=table, record_id=record_id, field=name)
                s.add(version)
            now = self.store.clock.now()
            version.value, version.hlc, version.base, version.origin = value, now, hlc, me
            out[name] = [value, now, hlc, me]
        if record is None:  # after its versions: a row that must wait is written from them
            self._write(
                s, model, None, record_id, owner, {n: [v] for n, v in current.items()}, columns
            )
        s.add(
            SyncLogEntry(
                direction="refused", peer=peer_id, records=1, detail=f"{table} {record_id}"
            )
        )
        if out:
            self._enqueue(s, s.info["peers"][peer_id], [_entry(table, record_id, owner, out)])

    def _conflict(self, s, table, record_id, name, mine, value, hlc, origin) -> None:
        s.add(
            SyncConflict(
                table_name=table,
                record_id=record_id,
                field=name,
                mine=mine.value,
                theirs=value,
                mine_hlc=mine.hlc,
                theirs_hlc=int(hlc),
                theirs_origin=str(origin),
            )
        )
        s.add(
            SyncLogEntry(
                direction="conflict", peer=str(origin), records=1, detail=f"{table}.{name}"
            )
        )

    def _settle(self, s, table, record_id, name, how) -> None:
        query = select(SyncConflict).where(
            SyncConflict.table_name == table,
            SyncConflict.record_id == record_id,
            SyncConflict.field == name,
            SyncConflict.resolved_at.is_(None),
        )
        for c in s.scalars(query):
            c.resolved_at, c.resolution = utcnow(), how

    # --- conflicts ----------------------------------------------------------------------

    def resolve(self, conflict_id: uuid.UUID, keep: str) -> None:
        """Settle a conflict by keeping ``mine`` or ``theirs``: a new version of the field,
        made on top of the current one, that every peer takes without a new conflict."""
        if keep not in ("mine", "theirs"):
            raise ValueError(keep)
        with self._session() as s:
            self._capture(s)
            conflict = s.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise SyncError(_NO_CONFLICT, value=str(conflict_id))
            model = fields.BY_TABLE[conflict.table_name]
            columns = {c.name: c for c in fields.field_columns(model)}
            value = conflict.mine if keep == "mine" else conflict.theirs
            version = s.get(
                SyncFieldVersion, (conflict.table_name, conflict.record_id, conflict.field)
            )
            record = s.get(model, conflict.record_id)
            if record is None:
                raise SyncError(_NO_CONFLICT, value=str(conflict_id))
            now = self.store.clock.now()
            base = version.hlc if version is not None else 0
            if version is None:
                version = SyncFieldVersion(
                    table_name=conflict.table_name,
                    record_id=conflict.record_id,
                    field=conflict.field,
                )
                s.add(version)
            version.value, version.hlc, version.base, version.origin = (
                value,
                now,
                base,
                self.station_id,
            )
            # through _write: a reference to a record not here yet waits like a received one
            self._write(
                s,
                model,
                record,
                conflict.record_id,
                record.station_id,
                {conflict.field: [value]},
                columns,
            )
            self._settle(s, conflict.table_name, conflict.record_id, conflict.field, keep)
            entry = _entry(
                conflict.table_name,
                conflict.record_id,
                record.station_id,
                {conflict.field: [value, now, base, self.station_id]},
            )
            s.add(
                SyncLogEntry(
                    direction="resolved",
                    records=1,
                    detail=f"{conflict.table_name}.{conflict.field}: {keep}",
                )
            )
            self._send(s, [entry], exclude=None)

    # --- settings inside a sync transaction ---------------------------------------------

    @staticmethod
    def _setting(s: Session, option: settings.Option) -> Any:
        row = s.get(Setting, option.key)
        return option.default if row is None else option.coerce(row.value)

    @staticmethod
    def _put_setting(s: Session, option: settings.Option, value: Any) -> None:
        s.merge(Setting(key=option.key, value=option.coerce(value)))


def _entry(table: str, record_id: uuid.UUID, owner: Any, fs: dict[str, list[Any]]) -> dict:
    return {"t": table, "id": str(record_id), "owner": str(owner), "f": fs}


def _by_table_order(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    order = {t: i for i, t in enumerate(fields.BY_TABLE)}
    return sorted(entries, key=lambda e: order.get(e.get("t"), len(order)))


def _summary(entries: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for e in entries:
        counts[e["t"]] += 1
    return ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))


def open_replica(store: Store) -> Replica:
    """The replica of ``store``, signing with the station's own key (from its key folder)."""
    if store.local_station_id is None:
        raise SyncError(QT_TRANSLATE_NOOP("errors", "No station has been set up yet."))
    return Replica(store, KeyStore(store.files_dir / "keys").signing_key())


def pair(replica: Replica, peer: Peer) -> int:
    """Start syncing with ``peer``: remember it and queue every record it should have."""
    replica.capture()  # what is already known goes out once, with everything else
    sync_state.add_peer(replica.store, peer)
    return replica.share_all_with(peer.id)
