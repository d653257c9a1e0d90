"""The station's own MQTT broker files, written on request and kept current afterwards.

``write`` puts Mosquitto's configuration for this station (its loudspeakers and, on a
parent station, its paired communes) in a folder and remembers where. After that, every
loudspeaker added, switched off or on, and every commune paired calls ``refresh``, which
writes the same folder again and asks a broker running from it to read the new passwords
and access list: on Linux with SIGHUP to the process in the folder's pid file, which
Mosquitto answers by reloading them without dropping anyone. A broker Studio cannot signal
(a Windows service, or a folder copied to another machine) needs a restart; the result says
which happened so the operator is told.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studio import settings
from studio.errors import QT_TRANSLATE_NOOP
from studio.push import broker_config, devices
from studio.push.errors import PushError
from studio.push.station import StationPush
from studio.store import settings as stored
from studio.store.db import Store
from studio.sync import access as sync_access


@dataclass(frozen=True)
class Written:
    folder: Path
    files: list[Path]
    #: a broker running from ``folder`` was told to read the new files
    reloaded: bool
    #: why the files could not be written (the change itself is kept all the same)
    error: str = ""

    @property
    def conf(self) -> Path:
        return self.folder / "mosquitto.conf"


NOT_KEPT = QT_TRANSLATE_NOOP(
    "broker",
    "Then write the broker's files again (“Broker files…” on the Devices page, or studio "
    "broker config) and restart the broker, so it lets the new login in.",
)
RELOADED = QT_TRANSLATE_NOOP(
    "broker", "Studio updated the broker's files in {folder}; the running broker has read them."
)
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "broker",
    "Studio could not update the broker's files in {folder} ({reason}). Write them again "
    "with “Broker files…” on the Devices page.",
)
RESTART = QT_TRANSLATE_NOOP(
    "broker",
    "Studio updated the broker's files in {folder}. Restart the broker (the Mosquitto "
    "service) so it reads them.",
)


def outcome(written: Written | None, translate: Callable[[str, str], str]) -> str:
    """What the operator is told after a change the broker must learn of."""
    if written is None:
        return translate("broker", NOT_KEPT)
    if written.error:
        return translate("broker", NOT_WRITTEN).format(folder=written.folder, reason=written.error)
    return translate("broker", RELOADED if written.reloaded else RESTART).format(
        folder=written.folder
    )


def write(
    store: Store,
    folder: Path,
    *,
    hosts: list[str],
    port: int = broker_config.DEFAULT_PORT,
    bind: str = "0.0.0.0",
    run_as: str | None = None,
) -> Written:
    """The broker's files for this station in ``folder``, remembered for ``refresh``;
    PushError when the folder cannot be written."""
    folder = Path(folder).absolute()
    push = StationPush.open(store)
    try:
        files = broker_config.write(
            folder,
            push.keys,
            push.station_id,
            devices.access_list(push),
            hosts=hosts,
            port=port,
            bind=bind,
            run_as=run_as,
            extra_acl=sync_access.broker_acl(store, push.keys),
        )
    except OSError as exc:
        raise PushError(
            QT_TRANSLATE_NOOP("errors", "Cannot write the broker's files in {folder}: {reason}"),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    remembered = {"folder": str(folder), "hosts": list(hosts), "port": port, "bind": bind}
    if run_as:
        remembered["run_as"] = run_as
    stored.put(store, settings.BROKER_FILES, remembered)
    return Written(folder, files, reload(folder))


def refresh(store: Store) -> Written | None:
    """Write the files again where they were last written (a loudspeaker or a commune
    changed); None when Studio never wrote them. A folder that cannot be written is
    reported in the result, not raised: the loudspeaker or commune is saved already."""
    kept = stored.get(store, settings.BROKER_FILES)
    if not kept.get("folder") or not kept.get("hosts"):
        return None
    folder = Path(kept["folder"])
    try:
        return write(
            store,
            folder,
            hosts=list(kept["hosts"]),
            port=int(kept.get("port", broker_config.DEFAULT_PORT)),
            bind=str(kept.get("bind", "0.0.0.0")),
            run_as=kept.get("run_as"),
        )
    except PushError as exc:  # a folder gone (a drive unplugged) must not undo the change
        return Written(folder, [], False, error=str(exc.params["reason"]))


def reload(folder: Path) -> bool:
    """Ask the Mosquitto running from ``folder`` to read its password and access files
    again; False when there is none this computer can signal."""
    if sys.platform == "win32":
        return False  # a Windows service has no reload; it is restarted
    pid = _broker_pid(folder)
    if pid is None:
        return False
    try:
        os.kill(pid, signal.SIGHUP)
    except OSError:
        return False
    return True


def _broker_pid(folder: Path) -> int | None:
    """The pid in the folder's pid file, if that process runs this folder's configuration:
    a stale file must never make Studio signal another program (SIGHUP ends most)."""
    try:
        pid = int(broker_config.pid_path(folder).read_text().strip())
    except (OSError, ValueError):
        return None
    proc = Path(f"/proc/{pid}")
    if not Path("/proc/self").exists():  # no /proc to look in: at least the process exists
        try:
            os.kill(pid, 0)
        except OSError:
            return None
        return pid
    try:
        args = (proc / "cmdline").read_bytes().decode(errors="replace").split("\0")
        cwd = os.readlink(proc / "cwd")
    except OSError:
        return None  # gone, or not ours to look at
    conf = os.path.realpath(folder / "mosquitto.conf")
    if any(os.path.realpath(os.path.join(cwd, a)) == conf for a in args[1:] if a):
        return pid
    return None
