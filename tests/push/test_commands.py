"""The loudspeaker commands as an operator runs them, against a real broker."""

from __future__ import annotations

import json
import os
import tomllib
from datetime import UTC, datetime

from studio import cli
from studio.push import signing, topics
from studio.push.transport import BrokerAddress
from tests.helpers import need_tool, run_studio, studio_env
from tests.push.broker import Broker, connect, free_port


def test_add_a_device_configure_the_broker_and_push_now(tmp_path, capsys, monkeypatch):
    binary = need_tool("mosquitto")
    monkeypatch.setenv("STUDIO_LANG", "en")  # the commands run in this process, for speed
    db = ["--db", str(tmp_path / "studio.db")]
    port = free_port()

    def studio(*args):
        capsys.readouterr()
        code = cli.main([*db, *args])
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out

    studio("init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    added = json.loads(
        studio(
            "devices",
            "add",
            "Loa chợ",
            "--zone",
            "Thôn Nà Pài",
            "-o",
            str(tmp_path / "dev"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--json",
        )
    )
    listed = json.loads(studio("devices", "list", "--json"))
    assert [d["name"] for d in listed["devices"]] == ["Loa chợ"]
    assert listed["devices"][0]["zone"]["name"] == "Thôn Nà Pài"
    folder = tmp_path / "broker"
    studio(
        "broker",
        "config",
        "-o",
        str(folder),
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--host",
        "127.0.0.1",
    )
    if os.geteuid() == 0:
        conf = folder / "mosquitto.conf"
        conf.write_text("user root\n" + conf.read_text())
    broker = Broker(folder, port, binary)
    broker.start()
    try:
        config = tomllib.loads((tmp_path / "dev" / "speaker.toml").read_text())
        address = BrokerAddress(
            "127.0.0.1",
            port,
            tmp_path / "dev" / config["ca_file"],
            config["device"],
            config["password"],
        )
        topic = topics.zone_command(config["station"], config["zone"])
        speaker, inbox = connect(address, config["device"], [(topic, 1)])
        try:
            (tmp_path / "tin.wav").write_bytes(b"RIFF" + os.urandom(5000))
            out = studio(
                "push",
                "now",
                str(tmp_path / "tin.wav"),
                "--zone",
                "Thôn Nà Pài",
                "--broker",
                "127.0.0.1",
                "--port",
                str(port),
            )
            assert "Sent: 1. Waiting in the outbox: 0." in out
            assert inbox.wait_for(lambda m: len(m) == 1)
            verifier = signing.Verifier(
                config["station"], signing.load_public_key(config["station_key"])
            )
            env_ = verifier.check(topic, inbox.messages[0][1], datetime.now(UTC))
            assert env_["body"]["cmd"] == "play_now"
            assert env_["body"]["item"]["title"] == "tin"
            assert added["zone"] == config["zone"]
        finally:
            speaker.stop()
    finally:
        broker.stop()


def test_an_unknown_zone_is_a_clear_error_not_a_traceback(tmp_path):
    env = studio_env(STUDIO_LANG="en")
    db = ["--db", str(tmp_path / "studio.db")]
    assert (
        run_studio(*db, "init", "--name", "Xã A", "--province", "Hà Nội", env=env).returncode == 0
    )
    (tmp_path / "a.wav").write_bytes(b"x" * 100)
    done = run_studio(*db, "push", "now", str(tmp_path / "a.wav"), "--zone", "Thôn 9", env=env)
    assert done.returncode == 2
    assert "No such zone: Thôn 9" in done.stderr and "Traceback" not in done.stderr
