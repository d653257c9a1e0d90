"""``studio tts`` as an operator or a script runs it: a real child process.

The child gets its own data folder (so its own speech cache), English messages, and an
HTTPS proxy on a closed local port, so "the Internet" is reliably out of reach and the
online voice fails the way it does on a PC without a connection.
"""

from __future__ import annotations

import json
import socket

import pytest

from studio import i18n
from studio.audio import codec
from studio.cli import main
from studio.store import pronunciations, stations
from tests.helpers import run_studio, studio_env


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def env(tmp_path):
    proxy = f"http://127.0.0.1:{closed_port()}"
    return studio_env(
        XDG_DATA_HOME=str(tmp_path / "data"),
        STUDIO_LANG="en",
        HTTPS_PROXY=proxy,
        https_proxy=proxy,
        NO_PROXY="",
        no_proxy="",
    )


def tts(env, *args: str):
    return run_studio("tts", *args, env=env)


def test_text_to_mp3_offline_says_which_voice_spoke(tmp_path, env):
    out = tmp_path / "bulletin.mp3"
    text = "Thông báo lịch tiêm chủng ngày 15/3."
    done = tts(env, text, "-o", str(out), "--engine", "offline")
    assert done.returncode == 0, done.stderr
    assert "Read by: eSpeak NG voice (offline)" in done.stdout
    assert "LUFS" in done.stdout
    assert codec.probe(out).frames > 0

    again = tts(env, "say", text, "-o", str(out), "--engine", "offline")
    assert again.returncode == 0, again.stderr
    assert "Read by: eSpeak NG voice (offline) (from the cache)" in again.stdout


def test_auto_without_internet_falls_back_and_explains(tmp_path, env):
    out = tmp_path / "bulletin.wav"
    done = tts(env, "Xin chào bà con.", "-o", str(out), "--json", "--target", "-18")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["engine"] == "offline" and info["fell_back"] is True
    assert info["notice"] == (
        "Cannot reach Google's voice service: there is no Internet connection. "
        "The offline voice read the text instead."
    )
    assert info["integrated_lufs"] == pytest.approx(-18, abs=0.5)
    assert info["true_peak_dbtp"] <= -1.0


def test_gtts_without_internet_is_an_error_and_writes_nothing(tmp_path, env):
    out = tmp_path / "bulletin.mp3"
    done = tts(env, "Xin chào bà con.", "-o", str(out), "--engine", "gtts")
    assert done.returncode == 2
    assert "Error: Cannot reach Google's voice service" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.glob("*bulletin*")) == []


def test_normalize_prints_the_spoken_form_and_creates_no_database(tmp_path, env):
    done = tts(env, "normalize", "Hỗ trợ 1.416 hộ, tăng 2,5% so với Quý III")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "Hỗ trợ một nghìn bốn trăm mười sáu hộ, tăng hai phẩy năm phần trăm so với Quý ba"
    )
    assert not (tmp_path / "data" / "Studio" / "studio.db").exists()


def test_file_in_utf16_from_notepad(tmp_path, env):
    notice = tmp_path / "thong-bao.txt"
    notice.write_text("UBND xã thông báo\nHọp dân lúc 7h30", encoding="utf-16")
    spoken = tts(env, "normalize", "--file", str(notice))
    assert spoken.stdout.strip() == "Ủy ban nhân dân xã thông báo. Họp dân lúc bảy giờ ba mươi phút"


def test_the_station_pronunciation_dictionary_is_used(env, store, db_path):
    stations.create_local_station(
        store, stations.StationProfile(name="Xã Nghiên Loan", province="Thái Nguyên")
    )
    pronunciations.put(store, "Pác Nặm", "Pác Nậm")
    done = run_studio("--db", str(db_path), "tts", "normalize", "Huyện Pác Nặm", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Huyện Pác Nậm"


@pytest.mark.parametrize(
    "args, says",
    [
        (["", "-o", "{tmp}/a.mp3"], "There is no text to read."),
        (["Xin chào", "-o", "{tmp}/no/such/folder/a.mp3"], "does not exist"),
    ],
)
def test_bad_input_exits_2_with_a_message(tmp_path, env, args, says):
    done = tts(env, *[a.format(tmp=tmp_path) for a in args])
    assert done.returncode == 2
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "a.mp3").exists()


# The rest of the table runs the same command in this process: no need to pay for a
# child process's start-up for each line.


@pytest.fixture
def in_process(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("STUDIO_LANG", "en")
    monkeypatch.delenv("STUDIO_DB_URL", raising=False)
    yield lambda *args: main(["tts", *args])
    i18n.install("en")


@pytest.mark.parametrize(
    "args, says",
    [
        (["normalize"], "There is no text to read."),
        (["  … ", "-o", "{tmp}/a.mp3"], "There is no text to read."),
        (["Xin chào"], "Say where to save the sound: -o FILE."),
        (["--file", "{tmp}/missing.txt", "-o", "{tmp}/a.mp3"], "does not exist"),
        (["--file", "{tmp}", "-o", "{tmp}/a.mp3"], "is a folder, not a text file"),
        (["--file", "{tmp}/latin1.txt", "-o", "{tmp}/a.mp3"], "not a text file in Unicode"),
        (["Xin chào", "--file", "{tmp}/latin1.txt", "-o", "{tmp}/a.mp3"], "not both"),
        (["Xin chào", "-o", "{tmp}/a.txt"], "choose one of these file types"),
        (["Xin chào", "-o", "{tmp}"], "is a folder; give a file name"),
        (["Xin chào", "-o", "{tmp}/a.mp3", "--speed", "5"], "between 0.5 and 2"),
    ],
)
def test_bad_input_table(tmp_path, in_process, capsys, args, says):
    (tmp_path / "latin1.txt").write_bytes("Thông báo".encode("cp1258"))
    assert in_process(*[a.format(tmp=tmp_path) for a in args]) == 2
    assert says in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latin1.txt"]


def test_fallback_note_goes_to_stderr(tmp_path, in_process, capsys, monkeypatch):
    proxy = f"http://127.0.0.1:{closed_port()}"
    for name in ("HTTPS_PROXY", "https_proxy"):
        monkeypatch.setenv(name, proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "")
    assert in_process("Xin chào bà con.", "-o", str(tmp_path / "a.wav")) == 0
    shown = capsys.readouterr()
    assert shown.err.startswith("Note: Cannot reach Google's voice service")
    assert shown.out.startswith("Read by: eSpeak NG voice (offline)\nSaved ")
