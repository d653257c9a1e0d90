"""Broker access of the paired communes, on the parent station's broker.

Each commune logs in to its parent's Mosquitto as its own station user with a password the
parent makes when it pairs the commune. The parent keeps the password's hash with the
other broker passwords and the password itself in its key folder, to hand to the commune
once (``studio sync setup --password-file`` there). The access list lets a commune write
only its own ``up`` topics and read only its own ``down`` topics.
"""

from __future__ import annotations

from pathlib import Path

from studio.files import write_atomic
from studio.push import passwords
from studio.push.keys import KeyStore, station_user
from studio.store import sync_state
from studio.store.db import Store
from studio.sync import topics


def secret_path(keys: KeyStore, commune_id: str) -> Path:
    """Where the parent keeps a commune's broker password, to hand to that commune."""
    return keys.root / f"sync-{commune_id}.secret"


def commune_password(keys: KeyStore, commune_id: str) -> str:
    """The commune's broker password, made (and its hash recorded) on first use."""
    path = secret_path(keys, commune_id)
    user = station_user(commune_id)
    if path.exists() and user in keys.password_entries():
        return path.read_text(encoding="utf-8").strip()
    password = passwords.new_password()
    write_atomic(path, password + "\n", secret=True)
    keys.set_password(user, password)
    return password


def commune_ids(store: Store) -> list[str]:
    return sorted(p.id for p in sync_state.peers(store) if p.role == sync_state.COMMUNE)


def broker_acl(store: Store, keys: KeyStore) -> str:
    """Access-list lines for every paired commune (each one's password made if missing),
    to add to the broker's access list; empty for a station without communes."""
    communes = commune_ids(store)
    if not communes or store.local_station_id is None:
        return ""
    for commune in communes:
        commune_password(keys, commune)
    header = "# Paired communes: each one only its own sync topics (studio sync pair)."
    return header + "\n" + topics.acl_lines(str(store.local_station_id), communes)
