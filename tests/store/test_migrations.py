"""The migration chain: a new file gets the whole schema, an old one is upgraded in place,
and files Studio must not touch are left byte-identical."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from studio.store import StoreError, open_store, sqlite_url
from studio.store.db import _alembic_config, head_revision, script_directory
from studio.store.models import Base

REVISIONS = [r.revision for r in reversed(list(script_directory().walk_revisions()))]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_gets_exactly_the_models_schema(db_path):
    store = open_store(sqlite_url(db_path))
    try:
        assert store.revision == head_revision()
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


@pytest.mark.parametrize("previous", REVISIONS[:-1])
def test_database_at_an_older_revision_is_upgraded_keeping_its_records(db_path, previous):
    command.upgrade(_alembic_config(sqlite_url(db_path)), previous)
    station_id = uuid.uuid4()
    with sqlite3.connect(db_path) as con:  # a record written by the older Studio
        con.execute(
            "INSERT INTO stations (id, name, kind, province, updated_at, deleted, created_at,"
            " station_id) VALUES (?, 'Xã Bằng Thành', 'commune', 'Bắc Kạn', 7, 0,"
            " '2025-01-01 00:00:00', ?)",
            (station_id.hex, station_id.hex),
        )
    inode = db_path.stat().st_ino

    store = open_store(sqlite_url(db_path))
    try:
        assert store.revision == head_revision()
        with store.engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM stations").scalars().all()
        assert names == ["Xã Bằng Thành"]
        assert db_path.stat().st_ino == inode, "the file was recreated, not upgraded"
        assert store.backup_path is not None and store.backup_path.exists()
        with sqlite3.connect(store.backup_path) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
        # the clock continues after the newest stored timestamp
        assert store.clock.now() > 7
    finally:
        store.close()


def test_every_revision_downgrades_and_upgrades_again(db_path):
    cfg = _alembic_config(sqlite_url(db_path))
    command.upgrade(cfg, "head")
    command.downgrade(cfg, "base")
    command.upgrade(cfg, "head")
    store = open_store(sqlite_url(db_path))
    assert store.revision == head_revision()
    store.close()


def _newer_database(path: Path) -> None:
    open_store(sqlite_url(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()  # the last connection folds the WAL back into the file


def _foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.execute("INSERT INTO contacts VALUES ('Bà Hoa')")


def _garbage(path: Path) -> None:
    path.write_bytes(b"This is a letter, not a database.\n" * 200)


def _truncated(path: Path) -> None:
    store = open_store(sqlite_url(path))
    with store.engine.begin() as conn:
        for i in range(400):
            conn.exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", f'"{"x" * 200}"')
            )
    store.close()
    assert not path.with_name(path.name + "-wal").exists()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged_page(path: Path) -> None:
    _truncated(path)
    data = bytearray(path.read_bytes())
    data[4096 + 10 : 4096 + 400] = b"\xff" * 390  # scribble over a b-tree page
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make_file, reason",
    [
        (_newer_database, "newer version of Studio"),
        (_foreign_database, "another program"),
        (_garbage, "damaged"),
        (_truncated, "damaged"),
        (_damaged_page, "damaged"),
    ],
)
def test_refused_database_is_left_byte_identical(db_path, make_file, reason):
    make_file(db_path)
    before = digest(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(StoreError) as error:
        open_store(sqlite_url(db_path))

    assert reason in str(error.value)
    assert str(db_path) in str(error.value)
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings, "files were added"
