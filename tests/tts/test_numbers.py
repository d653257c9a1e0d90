"""Numbers read the Northern broadcast way: mốt, tư, lăm, linh, không trăm, nghìn."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.tts.numbers import (
    parse_roman,
    read_decimal,
    read_digits,
    read_number,
    read_numeral,
    read_ordinal,
)

CARDINALS = [
    (0, "không"),
    (1, "một"),
    (4, "bốn"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (31, "ba mươi mốt"),
    (44, "bốn mươi tư"),
    (55, "năm mươi lăm"),
    (99, "chín mươi chín"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (104, "một trăm linh bốn"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (1_000, "một nghìn"),
    (1_005, "một nghìn không trăm linh năm"),
    (1_050, "một nghìn không trăm năm mươi"),
    (1_416, "một nghìn bốn trăm mười sáu"),
    (2_019, "hai nghìn không trăm mười chín"),
    (2_021, "hai nghìn không trăm hai mươi mốt"),
    (10_500, "mười nghìn năm trăm"),
    (21_000, "hai mươi mốt nghìn"),
    (100_000, "một trăm nghìn"),
    (1_000_000, "một triệu"),
    (1_000_005, "một triệu không trăm linh năm"),
    (1_050_000, "một triệu không trăm năm mươi nghìn"),
    (1_263_600, "một triệu hai trăm sáu mươi ba nghìn sáu trăm"),
    (2_000_000_000, "hai tỷ"),
    (2_000_005_000, "hai tỷ không trăm linh năm nghìn"),
    (1_234_567_000, "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn"),
    (10**12, "một nghìn tỷ"),
    (10**18, "một tỷ tỷ"),
    (-15, "âm mười lăm"),
    (-1_000, "âm một nghìn"),
]


@pytest.mark.parametrize(("n", "spoken"), CARDINALS)
def test_cardinal(n: int, spoken: str) -> None:
    assert read_number(n) == spoken


NUMERALS = [
    ("1.416", "một nghìn bốn trăm mười sáu"),
    ("1.000.000", "một triệu"),
    ("1.500", "một nghìn năm trăm"),
    ("2.000.000.000", "hai tỷ"),
    ("2,5", "hai phẩy năm"),
    ("1,5", "một phẩy năm"),
    ("1,25", "một phẩy hai mươi lăm"),
    ("3,125", "ba phẩy một trăm hai mươi lăm"),
    ("0,05", "không phẩy không năm"),
    ("2,50", "hai phẩy năm mươi"),
    ("1,3333", "một phẩy ba ba ba ba"),
    ("1.234,5", "một nghìn hai trăm ba mươi tư phẩy năm"),
    # a dot not followed by three digits is not a thousands separator
    ("1.5", "một chấm năm"),
    ("4.0", "bốn chấm không"),
    ("1.2.3", "một chấm hai chấm ba"),
    ("2025", "hai nghìn không trăm hai mươi lăm"),
    ("05", "năm"),
    ("007", "không không bảy"),
    ("1234567890", "một hai ba bốn năm sáu bảy tám chín không"),
]


@pytest.mark.parametrize(("written", "spoken"), NUMERALS)
def test_numeral_with_vietnamese_separators(written: str, spoken: str) -> None:
    assert read_numeral(written) == spoken


def test_numeral_rejects_text_that_is_not_a_number() -> None:
    with pytest.raises(ValueError):
        read_numeral("1,2,3")


@pytest.mark.parametrize(
    ("n", "spoken"),
    [(1, "nhất"), (2, "hai"), (3, "ba"), (4, "tư"), (7, "bảy"), (21, "hai mươi mốt")],
)
def test_ordinal_after_thu(n: int, spoken: str) -> None:
    assert read_ordinal(n) == spoken


ROMANS = [
    ("I", 1),
    ("III", 3),
    ("IV", 4),
    ("IX", 9),
    ("XI", 11),
    ("XIII", 13),
    ("XIV", 14),
    ("XV", 15),
    ("XXI", 21),
    ("XL", 40),
    ("XC", 90),
    ("MCMXC", 1990),
    ("MMXXV", 2025),
    ("IIII", None),
    ("VX", None),
    ("IC", None),
    ("", None),
    ("xi", None),
]


@pytest.mark.parametrize(("written", "value"), ROMANS)
def test_roman_numerals(written: str, value: int | None) -> None:
    assert parse_roman(written) == value


def test_digits_one_by_one() -> None:
    assert read_digits("0912") == "không chín một hai"


def test_decimal() -> None:
    assert read_decimal(95, "2") == "chín mươi lăm phẩy hai"


VIETNAMESE_WORDS = re.compile(
    r"[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ ]+"
)


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_any_integer_reads_as_vietnamese_words(n: int) -> None:
    spoken = read_number(n)
    assert VIETNAMESE_WORDS.fullmatch(spoken)
    assert "  " not in spoken and spoken == spoken.strip()
    # the units rules never put a plain "một", "bốn" or "năm" right after "mươi"
    assert not re.search(r"mươi (một|năm)\b", spoken)
    assert spoken.startswith("âm ") == (n < 0)


@given(st.integers(min_value=1, max_value=999))
def test_numbers_inside_a_larger_number_keep_all_three_places(n: int) -> None:
    # 1.005 → "một nghìn không trăm linh năm": the listener must hear the missing hundreds
    spoken = read_number(1000 + n)
    assert spoken.startswith("một nghìn ")
    assert "trăm" in spoken


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_grouping_reads_as_the_integer(n: int) -> None:
    grouped = f"{n:,}".replace(",", ".")
    assert read_numeral(grouped) == read_number(n)
