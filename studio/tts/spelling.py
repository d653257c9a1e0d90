"""Spelling out acronyms letter by letter, and telling them from Vietnamese words in capitals."""

from __future__ import annotations

import re
import unicodedata

#: Vietnamese names of the letters as they are said when spelling an acronym (VTV → "vê tê vê")
LETTER_NAMES = {
    "A": "a",
    "Ă": "á",
    "Â": "ớ",
    "B": "bê",
    "C": "xê",
    "D": "dê",
    "Đ": "đê",
    "E": "e",
    "Ê": "ê",
    "F": "ép",
    "G": "giê",
    "H": "hát",
    "I": "i",
    "J": "gi",
    "K": "ca",
    "L": "e lờ",
    "M": "em",
    "N": "en",
    "O": "o",
    "Ô": "ô",
    "Ơ": "ơ",
    "P": "pê",
    "Q": "quy",
    "R": "e rờ",
    "S": "ét",
    "T": "tê",
    "U": "u",
    "Ư": "ư",
    "V": "vê",
    "W": "vê kép",
    "X": "ích xì",
    "Y": "i dài",
    "Z": "dét",
}

# Tone marks sit on top of the vowel letters; removing them leaves the letters' own marks
# (circumflex, breve, horn) so the syllable shape can be checked.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(ng|nh|ch|[cmnpt])?"
)


def strip_tones(word: str) -> str:
    """``word`` without its tone marks ("Nặm" → "Năm")."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).translate(_TONE_MARKS))


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` (any case) has the shape of one Vietnamese syllable.

    Used to keep words typed in capitals ("THÔNG BÁO", "XÃ") as words while acronyms
    ("SMS", "HIV") are spelled.
    """
    return bool(_SYLLABLE.fullmatch(strip_tones(word.lower())))


def spell(letters: str) -> str:
    """Letter names for the letters of ``letters`` ("SMS" → "ét em ét"); others are skipped."""
    return " ".join(LETTER_NAMES[c] for c in letters.upper() if c in LETTER_NAMES)
