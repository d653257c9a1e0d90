"""Holding spoken text aside while the rest of a notice is still being normalized.

Each rule of the normalizer replaces what it has read ("17h30") with a single private-use
character that stands for the spoken words ("mười bảy giờ ba mươi phút"). Later rules
cannot see digits or capitals inside it, so nothing is read twice, and a rule can still
tell that a number stood there (for ranges: "7h-11h" → "… đến …").
"""

from __future__ import annotations

import re

# Two supplementary private-use planes: one for numbers, dates and times, one for the rest.
_NUMERIC_BASE = 0xF0000
_OTHER_BASE = 0x100000
_PLANE_SIZE = 0xFFFE

NUMERIC = "[\U000f0000-\U000ffffd]"
OTHER = "[\U00100000-\U0010fffd]"
ANY = "[\U000f0000-\U0010fffd]"
_ANY = re.compile(ANY)
#: private-use characters (all planes) that must not reach the normalizer from outside
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


class Tokens:
    """The spoken text behind each placeholder character of one normalization."""

    def __init__(self) -> None:
        self._spoken: dict[str, str] = {}
        self._counts = [0, 0]

    def put(self, spoken: str, numeric: bool = False) -> str:
        """A placeholder for ``spoken``; ``numeric`` marks a number, date or time."""
        plane = 0 if numeric else 1
        index = self._counts[plane]
        if index >= _PLANE_SIZE:  # more than 65k numbers in one text: give up holding aside
            return spoken
        self._counts[plane] += 1
        char = chr((_NUMERIC_BASE if numeric else _OTHER_BASE) + index)
        self._spoken[char] = spoken
        return char

    def restore(self, text: str) -> str:
        """``text`` with every placeholder replaced by its spoken words, nested ones too."""
        while _ANY.search(text):
            # spaces keep glued pieces apart ("TP.HCM"); the normalizer collapses them after
            text = _ANY.sub(lambda m: f" {self._spoken.get(m.group(), '')} ", text)
        return text
