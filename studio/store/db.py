"""Opening the station database: checks that touch nothing, migrations, sessions.

``open_store`` refuses, with a clear :class:`StoreError`, a file that is not a Studio
database, a damaged one, one written by a newer Studio, or a place it cannot write — and in
each of those cases the file is left byte-for-byte as it was: the checks run on a read-only
connection before anything is written (even switching SQLite to WAL rewrites the header).
Only then is the schema brought up to date by Alembic, atomically, after a backup copy.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.store import models
from studio.store.hlc import HybridLogicalClock

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(StudioError):
    """The database cannot be opened or used; nothing was changed."""


def sqlite_url(path: str | os.PathLike[str]) -> str:
    return f"sqlite:///{Path(path).expanduser().absolute()}"


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


# --- checks that write nothing ------------------------------------------------------------


def _check_sqlite_file(path: Path) -> str | None:
    """Return the schema revision of an existing SQLite file (None if it is empty).

    Raises StoreError for an unreadable, foreign, damaged or too-new file.
    """
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the database {path}: {reason}."),
            path=path,
            reason=exc.strerror,
        ) from exc
    if not header:
        return None  # a 0-byte file is an empty SQLite database
    if header != SQLITE_MAGIC:
        raise _damaged(path)

    # Read without creating anything: `immutable` makes SQLite skip locking and the -wal and
    # -shm files; when a -wal is already there (after a crash) it holds committed data, so
    # read through it instead.
    has_wal = path.with_name(path.name + "-wal").exists()
    uri = f"{path.absolute().as_uri()}?{'mode=ro' if has_wal else 'immutable=1'}"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _damaged(path)
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{path} is a database of another program, not of Studio. "
                        "It was left untouched.",
                    ),
                    path=path,
                )
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path) from exc
    revision = row[0] if row else None
    _check_known_revision(revision, path)
    return revision


def _damaged(path: Path) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged or is not a Studio database. "
            "It was left untouched; restore it from a backup or choose another file.",
        ),
        path=path,
    )


def _check_known_revision(revision: str | None, where: object) -> None:
    if revision is None:
        return
    try:
        known = script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        known = False
    if not known:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was written by a newer version of Studio "
                "(schema {revision}). Install the newer Studio to open it; "
                "the file was left untouched.",
            ),
            path=where,
            revision=revision,
        )


def _check_writable_dir(directory: Path) -> None:
    """Fail early and clearly when the data directory cannot take the database's files."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Studio cannot write in the folder {path} ({reason}). "
                "Choose a folder you can write to, or ask for write permission.",
            ),
            path=directory,
            reason=exc.strerror or exc,
        ) from exc


# --- the open store -------------------------------------------------------------------------


@dataclass
class Store:
    """An open station database: sessions, the clock, and this installation's station."""

    url: str
    engine: Engine
    clock: HybridLogicalClock
    local_station_id: uuid.UUID | None = None
    backup_path: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", self._stamp)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        url = make_url(self.url)
        return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None

    @property
    def files_dir(self) -> Path:
        """Where files that belong with this database live (audio, keys): beside the SQLite
        file, or the user's data folder for a server database."""
        from studio.paths import data_dir

        return self.path.parent if self.path else data_dir()

    @property
    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except SQLAlchemyError as exc:
                s.rollback()
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "Saving to the database failed: {reason}"),
                    reason=str(getattr(exc, "orig", None) or exc),
                ) from exc
            except BaseException:
                s.rollback()
                raise

    def _stamp(self, session: Session, _ctx: object, _instances: object) -> None:
        """Give every new or changed synced record its HLC time and owner."""
        for obj in (*session.new, *session.dirty):
            if not isinstance(obj, models.Synced):
                continue
            if obj in session.dirty and not session.is_modified(obj):
                continue
            obj.updated_at = self.clock.now()
            if obj.id is None:
                obj.id = uuid.uuid4()
            if obj.station_id is None:
                # a station owns itself; everything else belongs to this installation's station
                obj.station_id = (
                    obj.id if isinstance(obj, models.Station) else self.local_station_id
                )

    def close(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL in a
        # migration is transactional too.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        # IMMEDIATE: a transaction that reads and then writes would otherwise fail at once
        # ("database is locked", the busy timeout does not apply) when another thread or
        # process committed in between; taking the write lock up front makes it wait instead.
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the database aside before a schema upgrade (temp file, then rename)."""
    target = path.with_name(f"{path.name}.before-{revision}.bak")
    src = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".backup-")
        os.close(fd)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
        os.replace(tmp, target)
    finally:
        src.close()
    return target


def resolve_url(db_path: str | os.PathLike[str] | None, default_path: Path) -> str:
    """``--db PATH`` wins, then ``STUDIO_DB_URL``, then the default file."""
    if db_path:
        return sqlite_url(db_path)
    env = os.environ.get("STUDIO_DB_URL")
    if env:
        return env
    return sqlite_url(default_path)


def open_store(url: str) -> Store:
    """Open (creating if needed) the database at ``url`` and bring its schema to head."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Not a database address: {url}"), url=url
        ) from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    revision: str | None = None
    backup: Path | None = None
    if is_sqlite:
        if not parsed.database or parsed.database == ":memory:":
            raise StoreError(QT_TRANSLATE_NOOP("errors", "Studio needs a database file."))
        path = Path(parsed.database)
        if path.exists():
            revision = _check_sqlite_file(path)
            if not os.access(path, os.R_OK | os.W_OK):
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The database {path} is read-only; Studio needs to write it."
                    ),
                    path=path,
                )
        _check_writable_dir(path.parent)
        if revision is not None and revision != head_revision():
            backup = _backup_sqlite(path, revision)

    try:
        engine = create_engine(url)
        if is_sqlite:
            _configure_sqlite(engine)
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        _check_known_revision(current, parsed.render_as_string(hide_password=True))
        if current != head_revision():
            with engine.begin() as conn:
                cfg = _alembic_config(url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        store = Store(url=url, engine=engine, clock=HybridLogicalClock(), backup_path=backup)
        store.clock.observe(_newest_timestamp(store))
    except StoreError:
        raise
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Cannot open the database {url}: {reason}"),
            url=parsed.render_as_string(hide_password=True),
            reason=str(getattr(exc, "orig", None) or exc).strip(),
        ) from exc
    from studio.store import stations  # the local station is a setting kept in the store

    store.local_station_id = stations.local_station_id(store)
    return store


def _newest_timestamp(store: Store) -> int:
    """The newest HLC time in the database, so the clock never issues an older one."""
    with store.session() as s:
        return max(
            (s.scalar(select(func.max(m.updated_at))) or 0 for m in models.SYNCED_MODELS),
            default=0,
        )


__all__ = ["Store", "StoreError", "head_revision", "open_store", "resolve_url", "sqlite_url"]
