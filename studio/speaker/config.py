"""``speaker.toml`` (written by ``studio devices add``) and the command-line flags over it."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class SpeakerConfig:
    station: str
    station_key: str
    device: str
    zone: str
    host: str
    password: str
    port: int = 8883
    name: str = ""
    ca_file: Path = Path("ca.crt")
    cache_dir: Path = Path("cache")
    #: write what plays to WAV files in this folder instead of the sound card
    wav_dir: Path | None = None
    volume: int = 10
    #: seconds between two status messages when nothing changes (real time)
    heartbeat_s: float = 30.0

    @classmethod
    def load(cls, path: Path, **overrides: Any) -> SpeakerConfig:
        """Read ``path``; relative paths in it are relative to its folder."""
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values.update({k: v for k, v in overrides.items() if v is not None})
        for name in ("ca_file", "cache_dir", "wav_dir"):
            if values.get(name) is not None:
                p = Path(values[name])
                values[name] = p if p.is_absolute() else path.parent / p
        return cls(**values)

    def with_(self, **changes: Any) -> SpeakerConfig:
        return replace(self, **changes)
