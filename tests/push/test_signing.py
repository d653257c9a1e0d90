"""A loudspeaker obeys only fresh messages signed by its own station, each once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from studio.push import protocol, signing, topics

STATION = "7f1b3c1e-0000-4000-8000-000000000001"
OTHER = "7f1b3c1e-0000-4000-8000-000000000002"
ZONE = "2a2a2a2a-0000-4000-8000-000000000003"
NOW = datetime(2025, 6, 2, 5, 0, tzinfo=UTC)
KEY = Ed25519PrivateKey.generate()
OTHER_KEY = Ed25519PrivateKey.generate()
TOPIC = topics.zone_command(STATION, ZONE)


def message(seq=10, *, key=KEY, station=STATION, topic=TOPIC, issued=NOW, life=15, mid=None):
    env = protocol.envelope(
        kind="command",
        station_id=station,
        topic=topic,
        seq=seq,
        issued_at=issued,
        expires_at=issued + timedelta(minutes=life),
        body={"cmd": "volume", "level": 9},
        message_id=mid,
    )
    return signing.sign(key, env)


def tamper(env, **changes):
    return {**env, **changes}


def verifier():
    return signing.Verifier(STATION, KEY.public_key())


def encode(env) -> bytes:
    return protocol.encode(env)


CASES = [
    ("good", message(), TOPIC, None),
    (
        "body changed after signing",
        tamper(message(), body={"cmd": "volume", "level": 15}),
        TOPIC,
        "bad_signature",
    ),
    ("seq changed after signing", tamper(message(), seq=99), TOPIC, "bad_signature"),
    (
        "signature of other bytes",
        tamper(message(), sig=message(seq=11)["sig"]),
        TOPIC,
        "bad_signature",
    ),
    ("signature not base64", tamper(message(), sig="***"), TOPIC, "bad_signature"),
    ("other station's key, our name", message(key=OTHER_KEY), TOPIC, "bad_signature"),
    ("other station's key and name", message(key=OTHER_KEY, station=OTHER), TOPIC, "other_station"),
    ("moved to another zone", message(), topics.zone_command(STATION, OTHER), "wrong_topic"),
    ("expired", message(issued=NOW - timedelta(minutes=20)), TOPIC, "stale"),
    ("from the future", message(issued=NOW + timedelta(hours=1)), TOPIC, "stale"),
    ("unknown version", tamper(message(), v=2), TOPIC, "malformed"),
    ("seq as text", tamper(message(), seq="10"), TOPIC, "malformed"),
]


@pytest.mark.parametrize(
    ("env", "topic", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_device_obeys_only_what_its_station_signed(env, topic, reason):
    v = verifier()
    if reason is None:
        assert v.check(topic, encode(env), NOW)["body"] == {"cmd": "volume", "level": 9}
    else:
        with pytest.raises(signing.Rejected) as err:
            v.check(topic, encode(env), NOW)
        assert err.value.reason == reason


@pytest.mark.parametrize("payload", [b"", b"\xff\xfe", b"[]", b'{"v": 1}', b"null"])
def test_garbage_is_rejected_as_malformed(payload):
    with pytest.raises(signing.Rejected) as err:
        verifier().check(TOPIC, payload, NOW)
    assert err.value.reason == "malformed"


def test_a_replayed_message_is_rejected_and_a_resend_is_only_a_duplicate():
    v = verifier()
    first, second = message(seq=10), message(seq=11)
    v.check(TOPIC, encode(first), NOW)
    v.check(TOPIC, encode(second), NOW)
    with pytest.raises(signing.Rejected) as resend:
        v.check(TOPIC, encode(second), NOW)  # the same message again: already applied
    assert resend.value.reason == "duplicate"
    # an old message re-signed under a new id (a recorded seq 10 with a new id) is a replay
    with pytest.raises(signing.Rejected) as replay:
        v.check(TOPIC, encode(message(seq=10)), NOW)
    assert replay.value.reason == "replayed"


def test_replay_memory_survives_a_restart_of_the_device():
    v = verifier()
    v.check(TOPIC, encode(message(seq=10)), NOW)
    saved = json.loads(json.dumps(v.state()))
    after = verifier()
    after.restore(saved)
    with pytest.raises(signing.Rejected) as err:
        after.check(TOPIC, encode(message(seq=9)), NOW)
    assert err.value.reason == "replayed"
    assert after.check(TOPIC, encode(message(seq=12)), NOW)["seq"] == 12


def test_canonical_encoding_does_not_depend_on_key_order_and_keeps_vietnamese():
    a = {"title": "Bản tin sáng", "n": 1, "z": [1, 2]}
    b = {"z": [1, 2], "n": 1, "title": "Bản tin sáng"}
    assert signing.canonical(a) == signing.canonical(b)
    assert "Bản tin sáng".encode() in signing.canonical(a)


def test_the_device_config_key_text_verifies_the_station_signature():
    public = signing.load_public_key(signing.public_key_text(KEY.public_key()))
    v = signing.Verifier(STATION, public)
    assert v.check(TOPIC, encode(message()), NOW)["seq"] == 10
