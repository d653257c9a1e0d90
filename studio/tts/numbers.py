"""Reading numbers aloud in Vietnamese, Northern (standard broadcast) conventions.

- ``nghìn`` for thousands (the Southern ``ngàn`` is not used), ``linh`` for a zero tens
  digit (105 → "một trăm linh năm"; the Southern ``lẻ`` is not used).
- After ``mươi`` the units 1, 4 and 5 become ``mốt``, ``tư`` and ``lăm``
  (21 → "hai mươi mốt", 24 → "hai mươi tư", 25 → "hai mươi lăm"); after ``mười`` only 5
  changes (11 → "mười một", 14 → "mười bốn", 15 → "mười lăm").
- Inside a larger number every group after the first is read with all three places, so
  1.005 → "một nghìn không trăm linh năm"; groups that are all zero are skipped
  (1.000.005 → "một triệu không trăm linh năm").
- Above a billion the scale words repeat: 10^12 → "một nghìn tỷ", 10^18 → "một tỷ tỷ".
"""

from __future__ import annotations

import re

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
#: scale words of the three-digit groups below a billion
SCALES = ("", "nghìn", "triệu")
BILLION = 10**9

#: numbers past this many unseparated digits are codes, not amounts (see read_numeral)
MAX_PLAIN_DIGITS = 9


def _tens_and_units(n: int) -> str:
    """Read 10 ≤ n ≤ 99."""
    tens, units = divmod(n, 10)
    head = "mười" if tens == 1 else f"{DIGITS[tens]} mươi"
    if units == 0:
        return head
    if units == 5:
        tail = "lăm"
    elif units == 1 and tens > 1:
        tail = "mốt"
    elif units == 4 and tens > 1:
        tail = "tư"
    else:
        tail = DIGITS[units]
    return f"{head} {tail}"


def _group(n: int, full: bool) -> str:
    """Read a group 0 < n ≤ 999; ``full`` reads the hundreds even when zero ("không trăm")."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds or full:
        words.append(f"{DIGITS[hundreds]} trăm")
    if rest >= 10:
        words.append(_tens_and_units(rest))
    elif rest:
        words.append(f"linh {DIGITS[rest]}" if words else DIGITS[rest])
    return " ".join(words)


def _below_billion(n: int, full: bool) -> str:
    """Read 0 < n < 10^9; ``full`` when something bigger was read before it."""
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    words = []
    for scale in reversed(range(len(groups))):
        g = groups[scale]
        if g == 0:
            continue
        words.append(_group(g, full or bool(words)))
        if SCALES[scale]:
            words.append(SCALES[scale])
    return " ".join(words)


def _positive(n: int, full: bool = False) -> str:
    high, low = divmod(n, BILLION)
    if not high:
        return _below_billion(low, full)
    words = f"{_positive(high, full)} tỷ"
    if low:
        words += " " + _below_billion(low, True)
    return words


def read_number(n: int) -> str:
    """The Vietnamese words for the integer ``n`` (negative numbers start with "âm").

    >>> read_number(1416)
    'một nghìn bốn trăm mười sáu'
    >>> read_number(2021)
    'hai nghìn không trăm hai mươi mốt'
    """
    if n == 0:
        return DIGITS[0]
    if n < 0:
        return "âm " + _positive(-n)
    return _positive(n)


def read_digits(digits: str) -> str:
    """Read a string of digits one by one ("0912" → "không chín một hai"); others are ignored."""
    return " ".join(DIGITS[int(c)] for c in digits if c.isdecimal())


def read_ordinal(n: int) -> str:
    """The word after "thứ": 1 → "nhất", 4 → "tư", otherwise the cardinal (2 → "hai")."""
    if n == 1:
        return "nhất"
    if n == 4:
        return "tư"
    return read_number(n)


def read_fraction_digits(digits: str) -> str:
    """Read the part after a decimal comma.

    Leading zeros are read one by one, then up to three digits as a number, so "5" → "năm",
    "25" → "hai mươi lăm", "05" → "không năm"; longer tails go digit by digit.
    """
    stripped = digits.lstrip("0")
    zeros = ["không"] * (len(digits) - len(stripped))
    if not stripped:
        return " ".join(zeros)
    tail = read_number(int(stripped)) if len(stripped) <= 3 else read_digits(stripped)
    return " ".join([*zeros, tail])


def read_decimal(integer: int, fraction: str) -> str:
    """Read ``integer``,``fraction`` the Vietnamese way: 2,5 → "hai phẩy năm"."""
    return f"{read_number(integer)} phẩy {read_fraction_digits(fraction)}"


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL = re.compile(r"\d+,\d+")
_DOTTED = re.compile(r"\d+(?:\.\d+)+")


def _read_plain(digits: str) -> str:
    # Leading zeros or too many digits for an amount: a code, read digit by digit.
    if len(digits) > MAX_PLAIN_DIGITS or (len(digits) > 2 and digits.startswith("0")):
        return read_digits(digits)
    return read_number(int(digits))


def read_numeral(text: str) -> str:
    """Read a numeral written the Vietnamese way: "." groups thousands, "," marks decimals.

    - "1.416" → "một nghìn bốn trăm mười sáu", "1.000.000" → "một triệu",
      "1.234,5" → "một nghìn hai trăm ba mươi tư phẩy năm", "2,5" → "hai phẩy năm";
    - dots not followed by groups of exactly three digits ("1.5", "4.0", "1.2.3") are
      read as "chấm" — a section or version number, or a foreign decimal point, so the
      listener hears what was written instead of a guess;
    - a plain run of digits longer than 9, or longer than 2 that starts with 0, is a code
      or an account number and is read digit by digit.
    """
    if _THOUSANDS.fullmatch(text):
        whole, _, fraction = text.partition(",")
        integer = int(whole.replace(".", ""))
        return read_decimal(integer, fraction) if fraction else read_number(integer)
    if _DECIMAL.fullmatch(text):
        whole, fraction = text.split(",")
        return read_decimal(int(whole), fraction)
    if _DOTTED.fullmatch(text):
        return " chấm ".join(
            _read_plain(part) if len(part) <= 3 else read_digits(part) for part in text.split(".")
        )
    if text.isdecimal():
        return _read_plain(text)
    raise ValueError(f"not a numeral: {text!r}")


_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def parse_roman(text: str) -> int | None:
    """The value of a well-formed upper-case Roman numeral (1–3999), or None ("IIII" → None)."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for current, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[current]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total
