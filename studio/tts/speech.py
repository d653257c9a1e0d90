"""Speech as an engine hands it over, and what every engine offers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class Speech:
    """Synthesized speech: ``samples`` float32 (frames, 1) at ``sample_rate`` Hz."""

    samples: np.ndarray
    sample_rate: int

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate

    @property
    def peak(self) -> float:
        """Largest absolute sample value (full scale = 1.0)."""
        return float(np.max(np.abs(self.samples))) if len(self.samples) else 0.0


class Engine(Protocol):
    """A speech engine. ``name`` is what ``--engine`` calls it (``gtts``, ``offline``);
    ``label`` names it for the operator (marked for translation in context ``tts``);
    ``voice`` tells its voices apart in the cache."""

    name: str
    label: str
    voice: str

    def speed_setting(self, speed: float) -> str | int | float:
        """What the engine actually does for ``speed`` (1.0 = its normal pace): two speeds
        that give the same setting share cached speech."""
        ...

    def synthesize(self, text: str, speed: float) -> Speech:
        """Speak ``text`` (already normalized); TTSError when it cannot."""
        ...
