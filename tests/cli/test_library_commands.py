"""`studio library import | list | approve` in a child process."""

from __future__ import annotations

import json

import numpy as np
import pytest

from studio.audio import codec
from tests.helpers import run_studio

RATE = 48000


def test_import_list_and_approve(tmp_path):
    db = str(tmp_path / "studio.db")
    run_studio("--db", db, "init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    t = np.arange(RATE * 3) / RATE
    jingle = tmp_path / "nhạc hiệu.wav"
    codec.write(jingle, (0.3 * np.sin(2 * np.pi * 660 * t)).astype(np.float32)[:, None], RATE)
    empty = tmp_path / "trống.wav"
    codec.write(empty, np.zeros((RATE, 1), np.float32), RATE)

    result = run_studio(
        "--db",
        db,
        "library",
        "import",
        str(jingle),
        str(jingle),
        str(empty),
        "--kind",
        "jingle",
        "--json",
    )
    assert result.returncode == 2, "one file was refused"
    rows = json.loads(result.stdout)
    assert [r["duplicate"] for r in rows] == [False, True, False]
    assert rows[0]["sha256"] == rows[1]["sha256"]
    assert rows[2]["error"] and "silent" in rows[2]["error"]
    again = run_studio("--db", db, "library", "import", str(jingle), str(empty))
    assert again.returncode == 2
    assert "Đã có trong thư viện:" in again.stdout and "Không thêm được:" in again.stdout
    assert (tmp_path / "audio" / rows[0]["sha256"][:2] / rows[0]["sha256"]).is_file()

    listing = json.loads(run_studio("--db", db, "library", "list", "--json").stdout)
    assert [(a["title"], a["kind"]) for a in listing["assets"]] == [("nhạc hiệu", "jingle")]
    assert listing["assets"][0]["duration_s"] == 3.0

    from studio.store import bulletins, open_store, sqlite_url

    store = open_store(sqlite_url(db))
    bulletins.add_bulletin(store, "Thông báo họp dân", author="Nông Thị Hoa")
    store.close()
    own = run_studio("--db", db, "library", "approve", "Thông báo họp dân", "--by", "Nông Thị Hoa")
    assert own.returncode == 2 and "cần người khác duyệt" in own.stderr
    ok = run_studio("--db", db, "library", "approve", "Thông báo họp dân", "--by", "Hoàng Văn Ất")
    assert ok.returncode == 0, ok.stderr
    assert "“Thông báo họp dân” đã được Hoàng Văn Ất duyệt." in ok.stdout
    listing = json.loads(run_studio("--db", db, "library", "list", "--json").stdout)
    assert listing["bulletins"][0]["status"] == "approved"


def test_a_recording_becomes_a_bulletin_draft(tmp_path):
    db = str(tmp_path / "studio.db")
    run_studio("--db", db, "init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    t = np.arange(RATE * 2) / RATE
    take = tmp_path / "ghi âm.wav"
    quiet = 0.01 * np.sin(2 * np.pi * 300 * t)  # about −43 LUFS: not heard outdoors
    codec.write(take, quiet.astype(np.float32)[:, None], RATE)

    no_title = run_studio("--db", db, "library", "bulletin", " ", "--audio", str(take))
    assert no_title.returncode == 2 and "tiêu đề" in no_title.stderr
    added = run_studio(
        "--db", db, "library", "bulletin", "Thông báo tiêm phòng", "--audio", str(take),
        "--priority", "priority", "--author", "Nông Thị Hoa",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Thông báo tiêm phòng" in added.stdout

    listing = json.loads(run_studio("--db", db, "library", "list", "--json").stdout)
    assert [a["kind"] for a in listing["assets"]] == ["speech"], "only the titled one stored"
    assert listing["assets"][0]["duration_s"] == 2.0
    assert listing["assets"][0]["integrated_lufs"] == pytest.approx(-16.0, abs=0.5)
    assert listing["assets"][0]["true_peak_dbtp"] <= -1.0
    [news] = listing["bulletins"]
    assert (news["title"], news["priority"], news["status"], news["author"]) == (
        "Thông báo tiêm phòng", "priority", "draft", "Nông Thị Hoa",
    )  # fmt: skip
