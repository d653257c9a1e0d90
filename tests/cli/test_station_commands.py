"""The `studio` command as an operator or a script runs it: a real child process."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from studio import __version__
from studio.store.db import head_revision
from tests.helpers import run_studio, studio_env


def test_init_then_info_json_prints_the_station(tmp_path):
    db = tmp_path / "x.db"
    init = run_studio("--db", str(db), "init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    assert init.returncode == 0, init.stderr
    assert "Đã thiết lập đài “Xã Bằng Thành”." in init.stdout

    info = run_studio("--db", str(db), "info", "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["station"]["name"] == "Xã Bằng Thành"
    assert data["station"]["province"] == "Bắc Kạn"
    assert data["station"]["kind"] == "commune"
    assert data["database"]["path"] == str(db)
    assert data["database"]["revision"] == head_revision()
    assert data["version"] == __version__
    assert "Xã Bằng Thành" in info.stdout, "JSON keeps Vietnamese letters readable"


def test_init_with_parent_and_code(tmp_path):
    db = tmp_path / "x.db"
    run_studio(
        "--db",
        str(db),
        "init",
        "--name",
        "Xã Nghiên Loan",
        "--province",
        "Thái Nguyên",
        "--code",
        "02173",
        "--parent",
        "Đài PT-TH Thái Nguyên",
    )
    station = json.loads(run_studio("--db", str(db), "info", "--json").stdout)["station"]
    assert station["admin_code"] == "02173"
    assert station["parent"]["name"] == "Đài PT-TH Thái Nguyên"


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("vi", ["Đài: Xã Bằng Thành (đài cấp xã), Bắc Kạn", "Phiên bản Studio"]),
        ("en", ["Station: Xã Bằng Thành (commune station), Bắc Kạn", "Studio version"]),
    ],
)
def test_info_speaks_vietnamese_first_and_english_on_request(tmp_path, lang, expected):
    db = tmp_path / "x.db"
    run_studio("--db", str(db), "init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    out = run_studio("--db", str(db), "info", env=studio_env(STUDIO_LANG=lang)).stdout
    for line in expected:
        assert line in out


def test_version():
    result = run_studio("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Studio {__version__}"


def test_database_url_from_the_environment(tmp_path):
    db = tmp_path / "env.db"
    env = studio_env(STUDIO_DB_URL=f"sqlite:///{db}")
    assert run_studio("init", "--name", "Xã A", "--province", "Cao Bằng", env=env).returncode == 0
    assert json.loads(run_studio("info", "--json", env=env).stdout)["database"]["path"] == str(db)


def test_a_second_init_is_refused_and_keeps_the_first_station(tmp_path):
    db = tmp_path / "x.db"
    run_studio("--db", str(db), "init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    again = run_studio("--db", str(db), "init", "--name", "Xã Khác", "--province", "Cao Bằng")
    assert again.returncode == 2
    assert "Lỗi: Cơ sở dữ liệu này đã thuộc về đài “Xã Bằng Thành”." in again.stderr
    assert "Error: This database already belongs" in again.stderr
    assert "Traceback" not in again.stderr
    info = json.loads(run_studio("--db", str(db), "info", "--json").stdout)
    assert info["station"]["name"] == "Xã Bằng Thành"


def test_bad_station_details_exit_2_with_a_message(tmp_path):
    db = tmp_path / "x.db"
    result = run_studio(
        "--db", str(db), "init", "--name", "Xã A", "--province", "Bắc Kạn", "--code", "abc"
    )
    assert result.returncode == 2
    assert "Mã đơn vị hành chính chỉ gồm chữ số" in result.stderr


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("content", [b"\x00garbage" * 500, b"SQLite format 3\x00" + b"\x07" * 5000])
def test_corrupt_database_exits_2_and_is_left_byte_identical(tmp_path, content):
    db = tmp_path / "studio.db"
    db.write_bytes(content)
    before, mtime = sha(db), db.stat().st_mtime_ns
    result = run_studio("--db", str(db), "info")
    assert result.returncode == 2
    assert "bị hỏng" in result.stderr and "damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert sha(db) == before and db.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["studio.db"]


def test_newer_schema_exits_2_and_is_left_byte_identical(tmp_path):
    db = tmp_path / "studio.db"
    run_studio("--db", str(db), "init", "--name", "Xã A", "--province", "Bắc Kạn")
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'f00d_newer'")
    con.commit()
    con.close()
    before = sha(db)
    result = run_studio("--db", str(db), "info")
    assert result.returncode == 2
    assert "phiên bản Studio mới hơn" in result.stderr
    assert "newer version of Studio" in result.stderr
    assert sha(db) == before


def test_read_only_data_folder_exits_2_with_a_message(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    prefix: list[str] = []
    if os.geteuid() == 0:  # root writes anywhere unless it gives up that capability
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "studio", "--db", str(folder / "studio.db"), "info"],
            capture_output=True,
            text=True,
            env=studio_env(),
            timeout=60,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert "Studio không ghi được vào thư mục" in result.stderr
    assert "cannot write in the folder" in result.stderr
    assert list(folder.iterdir()) == []


def test_window_without_a_display_says_so(tmp_path):
    env = studio_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = run_studio("--db", str(tmp_path / "x.db"), env=env)
    assert result.returncode == 2
    assert "Không tìm thấy màn hình" in result.stderr
    assert "No display was found" in result.stderr
    assert not (tmp_path / "x.db").exists(), "nothing is created when the window cannot open"


def test_unknown_command_is_a_usage_error():
    result = run_studio("fly")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
