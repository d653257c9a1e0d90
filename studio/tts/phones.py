"""Telephone numbers, read digit by digit in the groups they were written in.

A pause (comma) between groups lets a listener write the number down. Numbers typed
without spaces are grouped 4-3-3 (mobile, 10 digits) or 4-4-3 (landline with area code,
11 digits). Short service numbers (113 police, 114 fire, 115 ambulance, 1022 …) are read
digit by digit too, but only after a word that says a number is to be called, so
"114 hộ" stays a count.
"""

from __future__ import annotations

import re

from studio.tts.numbers import read_digits

_SEP = r"[ .\-]"
#: a Vietnamese subscriber number: 0 then 9 or 10 more digits, in up to three groups
PHONE = re.compile(
    rf"(?<![\d.,])(?:"
    rf"\(0\d{{2,3}}\)\s?\d{{3,4}}{_SEP}?\d{{3,4}}"
    rf"|0\d{{2,3}}{_SEP}\d{{3,4}}{_SEP}\d{{3,4}}"
    rf"|0\d{{3}}{_SEP}\d{{6,7}}"
    rf"|0\d{{9,10}}"
    rf")(?![\d]|[.,]\d)"
)
#: 1800/1900 hotlines: 8 or 10 digits
HOTLINE = re.compile(rf"(?<![\d.,])1[89]00{_SEP}?\d{{2,4}}(?:{_SEP}?\d{{2,4}})?(?![\d]|[.,]\d)")
#: words after which a short number is a number to dial
CALL_WORDS = (
    r"gọi(?:\s+ngay)?(?:\s+(?:đến|tới|cho))?(?:\s+số)?|tổng đài|đường dây nóng|hotline"
    r"|số điện thoại|điện thoại|SĐT|ĐT(?=\s*:)|đầu số|cấp cứu|cứu hỏa|cứu hoả|cảnh sát|công an"
    r"|cứu nạn|cứu hộ"
)
SHORT_NUMBER = r"\d{3,6}"
SHORT_AFTER_CALL_WORD = re.compile(
    rf"(?i:\b({CALL_WORDS}))(\s*:?\s*)"
    rf"({SHORT_NUMBER}(?:(?:\s*[,;/]\s*|\s+(?:hoặc|và)\s+){SHORT_NUMBER})*)"
    rf"(?![\d/]|[.,]\d)"
)


def _default_groups(digits: str) -> list[str]:
    if len(digits) == 10:
        return [digits[:4], digits[4:7], digits[7:]]
    if len(digits) == 11:
        return [digits[:4], digits[4:8], digits[8:]]
    if len(digits) == 8:
        return [digits[:4], digits[4:]]
    return [digits]


def read_phone(written: str) -> str:
    """Read a phone number as written: "0912 345 678" → "không chín một hai, ba bốn năm, …"."""
    groups = re.findall(r"\d+", written)
    if len(groups) == 1:
        groups = _default_groups(groups[0])
    return ", ".join(read_digits(g) for g in groups)


def read_short_numbers(numbers: str) -> str:
    """Read a list of service numbers ("113, 114 hoặc 115") digit by digit, keeping the links."""
    return re.sub(r"\d+", lambda m: read_digits(m.group()), numbers)
