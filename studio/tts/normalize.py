"""The spoken form of a notice: what a Vietnamese speech engine should say, word for word.

``normalize`` runs a fixed chain of rules over the text. Each rule reads one kind of thing
(phone numbers, document numbers, dates, times, units, abbreviations, plain numbers …)
and holds its spoken words aside (``studio.tts.tokens``), so the order below is the
order of precedence: the operator's dictionary first, then the most specific patterns,
then plain numbers, then punctuation.

Readings chosen where Vietnamese usage varies are documented in the modules that hold
them: ``numbers`` (nghìn, linh, mốt/tư/lăm, decimals), ``dates`` (mồng, tháng một,
times), ``phones``, ``units`` and ``abbreviations``. Document numbers are read as number,
year and the expanded code: "Số: 123/QĐ-UBND" → "Số: một trăm hai mươi ba quyết định Ủy
ban nhân dân", "100/2019/NĐ-CP" → "một trăm, năm hai nghìn không trăm mười chín nghị định
Chính phủ" — the pause keeps "một trăm năm" from being heard as 150.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

from studio.tts import abbreviations, dates, numbers, phones, tokens, units
from studio.tts.abbreviations import ABBREVIATIONS
from studio.tts.sentences import split_sentences
from studio.tts.spelling import is_vietnamese_syllable, spell
from studio.tts.tokens import Tokens

__all__ = ["normalize", "read_number", "split_sentences"]

read_number = numbers.read_number

Rule = Callable[[str, Tokens], str]

#: a numeral as written: digits with "." and "," inside
NUM = r"\d+(?:[.,]\d+)*"
#: not glued to a number before it
_NO_NUM_BEFORE = r"(?<![\d/.,])"
#: not followed by more of a number
_NO_NUM_AFTER = r"(?![\d/]|[.,]\d)"
DAY_PARTS = r"ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya|rạng sáng"
_DAY_PART = re.compile(DAY_PARTS, re.IGNORECASE)
#: words after which "20/10" is a date, not a fraction ("và" only after "ngày 20 …")
DATE_LEADS = rf"{DAY_PARTS}|từ|đến|tới|trước|sau|và|hoặc|đầu|cuối|giữa"
_DAYS_BEFORE = re.compile(r"(?i:\bngày)\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*$")
#: words before a Roman numeral that make it a number ("Quý III", "lần thứ XI")
ROMAN_LEADS = (
    r"thứ|quý|khóa|khoá|đại hội|hội nghị|chương|phần|mục|giai đoạn|thế kỷ|thế kỉ|kỳ|kì"
    r"|đợt|lần|vùng|hạng|loại|bậc|cấp|tập|phụ lục|khu vực"
)
MAGNITUDES = r"nghìn|ngàn|triệu|tỷ|tỉ|trăm|chục"


def _alternation(keys: list[str] | tuple[str, ...]) -> str:
    """Keys longest first, so "m2" wins over "m" and "PCTT&TKCN" over "PCTT"."""
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def _whole_word(key: str) -> str:
    """``key`` escaped, with word boundaries only where it starts or ends with a letter."""
    body = r"\s+".join(re.escape(part) for part in key.split())
    left = r"(?<!\w)" if re.match(r"\w", key) else ""
    right = r"(?!\w)" if re.search(r"\w$", key) else ""
    return f"{left}{body}{right}"


# --- the operator's dictionary -------------------------------------------------------------


def _is_acronym(key: str) -> bool:
    return key == key.upper() and any(c.isalpha() for c in key)


def _apply_dictionary(text: str, dictionary: Mapping[str, str], held: Tokens) -> str:
    """Replace the dictionary's written forms, longest first, before any built-in rule.

    Acronyms (no lower-case letter: "COVID-19", "HTX") match only in that exact case;
    other entries ("Pác Nặm") match in any case, so a heading in capitals is covered too.
    """
    entries = {
        unicodedata.normalize("NFC", k.strip()): v
        for k, v in dictionary.items()
        if k.strip() and not tokens.PRIVATE_USE.search(k)
    }
    if not entries:
        return text
    keys = sorted(entries, key=len, reverse=True)
    parts = [f"({_whole_word(k)})" if _is_acronym(k) else f"((?i:{_whole_word(k)}))" for k in keys]
    pattern = re.compile("|".join(parts))

    def spoken(m: re.Match[str]) -> str:
        assert m.lastindex is not None
        # The operator's spoken form may itself hold numbers ("cô vít 19"): read them too.
        return held.put(normalize(entries[keys[m.lastindex - 1]]))

    return pattern.sub(spoken, text)


# --- lines, bullets and headings -----------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[•◦▪●○■□➢➤►→*+]+\s*|[-–—]+(?:\s+|(?=[^\W\d_])))")
_ROMAN_HEADING = re.compile(r"^([IVX]+)([.)])\s")
_LINE_END = re.compile(r"[.!?:;,…]$")


def _lines(text: str, held: Tokens) -> str:
    """One utterance: bullets dropped, each line closed by a full stop so lines do not run on."""
    lines = []
    for raw in text.splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        heading = _ROMAN_HEADING.match(line)
        value = numbers.parse_roman(heading.group(1)) if heading else None
        if heading and value:
            line = held.put(read_number(value), numeric=True) + "." + line[heading.end() - 1 :]
        lines.append(line)
    closed = [line if _LINE_END.search(line) else line + "." for line in lines[:-1]]
    return " ".join([*closed, *lines[-1:]])


# --- web addresses -------------------------------------------------------------------------

_WEB = re.compile(
    r"(?i:\b(?:https?://)?(?:[\w-]+\.)+(?:vn|com|net|org|gov|edu|info)\b(?:/[\w./-]*\w)?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
_WEB_WORDS = {"vn": "vê en", "com": "com", "gov": "gốp", "www": "vê kép vê kép vê kép"}
_WEB_MARKS = {".": "chấm", "@": "a còng", "/": "gạch chéo", "-": "gạch ngang"}


def _read_web_part(part: str) -> str:
    if part.isdecimal():
        return numbers.read_digits(part)
    lowered = part.lower()
    if lowered in _WEB_WORDS:
        return _WEB_WORDS[lowered]
    return lowered if len(part) > 4 or is_vietnamese_syllable(part) else spell(part)


def _web(text: str, held: Tokens) -> str:
    def spoken(m: re.Match[str]) -> str:
        address = re.sub(r"(?i)^https?://", "", m.group())
        words = [
            _WEB_MARKS.get(piece) or _read_web_part(piece)
            for piece in re.findall(r"[.@/-]|\d+|[^\W\d_]+", address)
        ]
        return held.put(" ".join(words))

    return _WEB.sub(spoken, text)


# --- phone numbers -------------------------------------------------------------------------


def _phones(text: str, held: Tokens) -> str:
    text = phones.PHONE.sub(lambda m: held.put(phones.read_phone(m.group())), text)
    text = phones.HOTLINE.sub(lambda m: held.put(phones.read_phone(m.group())), text)
    return phones.SHORT_AFTER_CALL_WORD.sub(
        lambda m: m.group(1) + m.group(2) + held.put(phones.read_short_numbers(m.group(3))),
        text,
    )


# --- document numbers ----------------------------------------------------------------------

_CODE = r"[A-ZĐ][A-Za-zĐđ]*(?:&[A-ZĐ][A-Za-zĐđ]*)*"
_DOCUMENT = re.compile(rf"{_NO_NUM_BEFORE}(\d+)(?:/(\d{{4}}))?/({_CODE}(?:-{_CODE})*)(?![\w/-])")
# Party documents put the kind before the slash: "57-NQ/TW"
_PARTY_DOCUMENT = re.compile(rf"{_NO_NUM_BEFORE}(\d+)-({_CODE})/({_CODE}(?:-{_CODE})*)(?![\w/-])")


def _read_codes(codes: str) -> str:
    return " ".join(
        " và ".join(abbreviations.read_code_part(p) for p in part.split("&"))
        for part in re.split(r"[-/]", codes)
    )


def _documents(text: str, held: Tokens) -> str:
    def spoken(m: re.Match[str]) -> str:
        number, year, codes = m.groups()
        words = read_number(int(number))
        if year:
            words += f", năm {read_number(int(year))}"
        return held.put(f"{words} {_read_codes(codes)}")

    text = _DOCUMENT.sub(spoken, text)
    return _PARTY_DOCUMENT.sub(
        lambda m: held.put(
            f"{read_number(int(m.group(1)))} {_read_codes(m.group(2) + '/' + m.group(3))}"
        ),
        text,
    )


# --- quarters ------------------------------------------------------------------------------

_QUARTER = re.compile(r"(?i:\b(quý))\s+([IVX]+|[1-4])(?:/(\d{4}))?(?![\w/])")


def _quarters(text: str, held: Tokens) -> str:
    """ "Quý III", "quý 2/2025": before dates, so "2/2025" is not read as a month."""

    def quarter(m: re.Match[str]) -> str:
        lead, which, year = m.groups()
        value = int(which) if which.isdecimal() else numbers.parse_roman(which)
        if not value:
            return m.group()
        spoken = read_number(value) + (f" năm {read_number(int(year))}" if year else "")
        return f"{lead} {held.put(spoken, True)}"

    return _QUARTER.sub(quarter, text)


# --- dates ---------------------------------------------------------------------------------

_FULL_DATE = re.compile(
    rf"(?:(?i:\b({DAY_PARTS}))\s+)?{_NO_NUM_BEFORE}(\d{{1,2}})([/.-])(\d{{1,2}})\3(\d{{4}})"
    rf"{_NO_NUM_AFTER}"
)
_DAY_RANGE = re.compile(
    rf"(?:(?i:\b({DAY_PARTS}))\s+)?{_NO_NUM_BEFORE}(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})/(\d{{1,2}})"
    rf"(?:/(\d{{4}}))?{_NO_NUM_AFTER}"
)
_MONTH_YEAR = re.compile(
    rf"(?:(?i:\b(tháng))\s+)?{_NO_NUM_BEFORE}(\d{{1,2}})/(\d{{4}}){_NO_NUM_AFTER}"
)
_DAY_MONTH = re.compile(
    rf"(?:(?i:\b({DATE_LEADS}))\s+)?{_NO_NUM_BEFORE}(\d{{1,2}})/(\d{{1,2}}){_NO_NUM_AFTER}"
)
_DAY_THEN_MONTH = re.compile(
    r"(?i:\b(ngày))\s+(\d{1,2})\s+(?i:(tháng))\s+(\d{1,2})" + _NO_NUM_AFTER
)
_MONTH = re.compile(r"(?i:\b(tháng))\s+(\d{1,2})" + _NO_NUM_AFTER)


def _date_head(lead: str | None) -> tuple[str, str]:
    """The word kept before the date, and the one the date starts with ("ngày" if none)."""
    if lead and _DAY_PART.fullmatch(lead):
        return lead + " ", ""
    return (lead + " " if lead else ""), "ngày "


def _dates(text: str, held: Tokens) -> str:
    def full(m: re.Match[str]) -> str:
        lead, day, _, month, year = m.groups()
        if not dates.is_date(int(day), int(month)):
            return m.group()
        kept, start = _date_head(lead)
        return kept + held.put(start + dates.read_date(int(day), int(month), int(year)), True)

    def day_range(m: re.Match[str]) -> str:
        lead, first, last, month, year = m.groups()
        if not (dates.is_date(int(first), int(month)) and dates.is_date(int(last), int(month))):
            return m.group()
        kept, start = _date_head(lead)
        spoken = (
            f"{start}{dates.read_day(int(first))} đến "
            f"{dates.read_date(int(last), int(month), int(year) if year else None)}"
        )
        return kept + held.put(spoken, True)

    def month_year(m: re.Match[str]) -> str:
        lead, month, year = m.groups()
        if not 1 <= int(month) <= 12:
            return m.group()
        spoken = f"{dates.read_month(int(month))} năm {read_number(int(year))}"
        return f"{lead} " + held.put(spoken, True) if lead else held.put("tháng " + spoken, True)

    def day_month(m: re.Match[str]) -> str:
        lead, day, month = m.groups()
        before = m.string[: m.start()].rstrip()
        if lead and lead.lower() in ("và", "hoặc") and not _DAYS_BEFORE.search(before):
            lead = None  # "1/3 và 2/3 số hộ" are fractions; "ngày 20 và 21/10" is a date
        padded = len(day) == len(month) == 2
        if not dates.is_date(int(day), int(month)) or not (
            lead or padded or before.endswith(("-", "–"))
        ):
            return m.group()
        kept, start = _date_head(m.group(1) if lead else None)
        return kept + held.put(start + dates.read_date(int(day), int(month)), True)

    text = _FULL_DATE.sub(full, text)
    text = _DAY_RANGE.sub(day_range, text)
    text = _MONTH_YEAR.sub(month_year, text)
    text = _DAY_MONTH.sub(day_month, text)

    def day_then_month(m: re.Match[str]) -> str:
        ngay, day, thang, month = m.groups()
        if not dates.is_date(int(day), int(month)):
            return m.group()
        return (
            f"{ngay} {held.put(dates.read_day(int(day)), True)} "
            f"{thang} {held.put(dates.read_month(int(month)), True)}"
        )

    text = _DAY_THEN_MONTH.sub(day_then_month, text)
    return _MONTH.sub(
        lambda m: (
            f"{m.group(1)} {held.put(dates.read_month(int(m.group(2))), True)}"
            if 1 <= int(m.group(2)) <= 12
            else m.group()
        ),
        text,
    )


# --- times ---------------------------------------------------------------------------------

_TIME_H = re.compile(rf"{_NO_NUM_BEFORE}(\d{{1,2}})[hHg](\d{{2}})?(?:p|ph|')?(?![^\W_])")
_TIME_COLON = re.compile(r"(?<![\d.,:/])(\d{1,2}):(\d{2})(?![\d:]|[.,]\d)")


def _times(text: str, held: Tokens) -> str:
    def spoken(m: re.Match[str]) -> str:
        hour, minute = int(m.group(1)), int(m.group(2)) if m.group(2) else None
        # "5g" alone is five grams; "g" marks the hour only with minutes after it ("7g30")
        if ("g" in m.group() and minute is None) or not dates.is_time(hour, minute):
            return m.group()
        return held.put(dates.read_time(hour, minute), True)

    return _TIME_COLON.sub(spoken, _TIME_H.sub(spoken, text))


# --- ordinals and Roman numerals -----------------------------------------------------------

_ORDINAL = re.compile(r"(?i:\b(thứ))\s+(\d+)" + _NO_NUM_AFTER)
_ROMAN_AFTER = re.compile(rf"(?i:\b({ROMAN_LEADS}))\s+([IVXLCDM]+)(?![\w/])")
_ROMAN_ALONE = re.compile(r"(?<![\w/-])([IVXL]{2,})(?![\w/-])")


def _ordinals(text: str, held: Tokens) -> str:
    def ordinal(m: re.Match[str]) -> str:
        return f"{m.group(1)} {held.put(numbers.read_ordinal(int(m.group(2))), True)}"

    def roman_after(m: re.Match[str]) -> str:
        lead, numeral = m.groups()
        value = numbers.parse_roman(numeral)
        if not value:
            return m.group()
        spoken = numbers.read_ordinal(value) if lead.lower() == "thứ" else read_number(value)
        return f"{lead} {held.put(spoken, True)}"

    def roman_alone(m: re.Match[str]) -> str:
        value = numbers.parse_roman(m.group())
        # "VI", "XI" are also Vietnamese syllables (in capitals: "VI PHẠM"); only a lead word
        # makes those numbers.
        if not value or is_vietnamese_syllable(m.group()):
            return m.group()
        return held.put(read_number(value), True)

    text = _ORDINAL.sub(ordinal, text)
    text = _ROMAN_AFTER.sub(roman_after, text)
    return _ROMAN_ALONE.sub(roman_alone, text)


# --- currencies and units ------------------------------------------------------------------

# A slash after a currency or a unit says what the amount is per: "5.000đ/trang"
_PER = r"(\s*/\s*(?=[^\W\d_]))?"
_CURRENCY = re.compile(
    rf"(\d|\b(?:{MAGNITUDES}))\s*({_alternation(tuple(units.CURRENCIES))})(?![^\W_]){_PER}"
)
_DOLLAR = re.compile(rf"\$\s?({NUM})")
_UNIT = re.compile(
    rf"(\d|\b(?:{MAGNITUDES}))\s?({_alternation(tuple(units.UNITS))})(?![^\W_]){_PER}"
)
_DEGREE_C = re.compile(r"(?i:\b(độ))\s+C\b")
# "đ/kg", "tấn/ha": a unit after a slash is what the amount is per
_PER_UNIT = re.compile(
    rf"(?<=[^\W\d_]|{tokens.ANY})\s*/\s*({_alternation(tuple(units.UNITS))})(?![^\W_])"
)


def _units(text: str, held: Tokens) -> str:
    text = _DOLLAR.sub(lambda m: f"{m.group(1)} {held.put('đô la')}", text)
    text = _PER_UNIT.sub(lambda m: f" mỗi {held.put(units.UNITS[m.group(1)])}", text)
    text = _CURRENCY.sub(
        lambda m: (
            f"{m.group(1)} {held.put(units.CURRENCIES[m.group(2)])}"
            + (" mỗi " if m.group(3) else "")
        ),
        text,
    )
    text = _UNIT.sub(
        lambda m: (
            f"{m.group(1)} {held.put(units.UNITS[m.group(2)])}" + (" mỗi " if m.group(3) else "")
        ),
        text,
    )
    return _DEGREE_C.sub(lambda m: f"{m.group(1)} {held.put('xê')}", text)


# --- abbreviations -------------------------------------------------------------------------

_BCH_COMMAND = re.compile(r"\bBCH(?=\s+(?:PCTT|TKCN|QS|[Qq]uân sự|[Pp]hòng|[Cc]hỉ huy))")
_PHONE_LABEL = re.compile(r"\bĐT(?=\s*:)")
_PROVINCIAL_ROAD = re.compile(r"\bĐT(?=\s*\.?\s*\d)")
_TABLE_KEYS = sorted(ABBREVIATIONS, key=len, reverse=True)
_TABLE = re.compile("|".join(f"({_whole_word(k)})" for k in _TABLE_KEYS))
_WORD = re.compile(r"(?<![\w])[^\W_]+(?![\w])")


# "Ban Chỉ đạo (BCĐ)": the acronym in brackets only repeats the name just said
_ECHO = re.compile(r"\s*\(\s*([A-ZĐ][A-ZĐ&-]*[A-ZĐ])\s*\)")


def _drop_echo(m: re.Match[str]) -> str:
    expansion = ABBREVIATIONS.get(m.group(1), "")
    said = m.string[: m.start()].rstrip().lower()
    return "" if expansion and said.endswith(expansion.lower()) else m.group()


def _abbreviations(text: str, held: Tokens) -> str:
    text = _ECHO.sub(_drop_echo, text)
    text = _BCH_COMMAND.sub(lambda m: held.put("Ban Chỉ huy"), text)
    text = re.sub(r"\bBCH\b", lambda m: held.put("Ban Chấp hành"), text)
    text = _PHONE_LABEL.sub(lambda m: held.put("điện thoại"), text)
    text = _PROVINCIAL_ROAD.sub(lambda m: held.put("đường tỉnh"), text)

    def table(m: re.Match[str]) -> str:
        assert m.lastindex is not None
        return held.put(ABBREVIATIONS[_TABLE_KEYS[m.lastindex - 1]])

    def acronym(m: re.Match[str]) -> str:
        word = m.group()
        letters = [c for c in word if c.isalpha()]
        if not letters or any(c.islower() for c in letters):
            return word
        spoken = abbreviations.read_acronym(word)
        return word if spoken == word else held.put(spoken)

    return _WORD.sub(acronym, _TABLE.sub(table, text))


# --- numbers -------------------------------------------------------------------------------

_FRACTION = re.compile(rf"{_NO_NUM_BEFORE}(\d+)/(\d+){_NO_NUM_AFTER}")
_NUMBER = re.compile(rf"([-−](?=\d))?({NUM})")


def _read_numeral(written: str) -> str:
    try:
        return numbers.read_numeral(written)
    except ValueError:  # "1,2,3" or "1,000.5": read the pieces, pausing at commas
        return ", ".join(
            " chấm ".join(numbers.read_numeral(p) for p in piece.split("."))
            for piece in written.split(",")
        )


def _numbers(text: str, held: Tokens) -> str:
    def fraction(m: re.Match[str]) -> str:
        top, bottom = int(m.group(1)), int(m.group(2))
        if 0 < top < bottom <= 10:
            spoken = f"{read_number(top)} phần {dates.read_month(bottom)}"  # 3/4: "ba phần tư"
        else:
            spoken = f"{read_number(top)} trên {read_number(bottom)}"
        return held.put(spoken, True)

    def number(m: re.Match[str]) -> str:
        sign, written = m.groups()
        before = m.string[m.start() - 1 : m.start()]
        negative = sign and not re.match(rf"[\w.,)\]]|{tokens.ANY}", before)
        spoken = _read_numeral(written)
        if sign and not negative:
            return sign + held.put(spoken, True)
        return held.put(("âm " if negative else "") + spoken, True)

    return _NUMBER.sub(number, _FRACTION.sub(fraction, text))


# --- what numbers are joined by ------------------------------------------------------------

_RANGE = re.compile(rf"({tokens.NUMERIC})((?:\s*{tokens.OTHER})?)\s*[-–—]\s*(?={tokens.NUMERIC})")
_PLUS = re.compile(rf"(?<={tokens.NUMERIC})\s*\+\s*(?={tokens.NUMERIC})")
_PER = re.compile(
    rf"(?<=[^\W\d_]|{tokens.ANY})\s*/\s*(?=(?:{'|'.join(sorted(units.PER_WORDS))})(?![^\W_]))"
)
_SYMBOLS = {
    "&": " và ",
    "=": " bằng ",
    "≥": " lớn hơn hoặc bằng ",
    "≤": " nhỏ hơn hoặc bằng ",
    ">": " trên ",
    "<": " dưới ",
    "±": " cộng trừ ",
    "/": " ",
}


def _joiners(text: str, held: Tokens) -> str:
    text = _RANGE.sub(r"\1\2 đến ", text)
    text = _PLUS.sub(" cộng ", text)
    text = re.sub(r"(?<=\S)-(?=\S)", " ", text)  # a hyphen inside a name: "UBND-VP", "Lào-Việt"
    text = _PER.sub(" mỗi ", text)
    for symbol, words in _SYMBOLS.items():
        text = text.replace(symbol, words)
    return text


# --- punctuation ---------------------------------------------------------------------------

_PUNCTUATION_RUN = re.compile(r"\s*([,;:.!?])(?:\s*[,;:.!?])*")


def _punctuation(text: str) -> str:
    """Keep only the marks an engine pauses at, one at a time, written the usual way."""
    text = re.sub(r"[(\[{]", ", ", text)
    text = re.sub(r"[)\]}]", ", ", text)
    text = re.sub(r"[\"“”„‘’'«»`]", " ", text)
    text = re.sub(r"…|\.{2,}", ".", text)
    text = re.sub(r"\s[-–—]+\s|^[-–—]+\s|\s[-–—]+$", ", ", text)  # a dash between phrases
    text = re.sub(r"[-–—]", " ", text)
    text = re.sub(r"[^\w\s,;:.!?]|_", " ", text)

    def strongest(m: re.Match[str]) -> str:
        marks = re.sub(r"\s", "", m.group())
        for stop in ".!?;:":
            if stop in marks:
                return stop + " "
        return ", "

    text = _PUNCTUATION_RUN.sub(strongest, text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^[,;:.!? ]+", "", text).rstrip(", ").strip()


# --- the chain -----------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    _lines,
    _web,
    _phones,
    _documents,
    _quarters,
    _dates,
    _times,
    _ordinals,
    _units,
    _abbreviations,
    _numbers,
    _joiners,
)


def normalize(text: str, dictionary: Mapping[str, str] | None = None) -> str:
    """The words a Vietnamese speech engine should say for ``text``.

    ``dictionary`` is the operator's pronunciation dictionary (written form → spoken form,
    e.g. ``{"Pác Nặm": "Pác Nậm"}``); it is applied first, as whole words, and wins over
    every built-in rule. The result is one line: words, and the marks ``, ; : . ! ?``
    where a reader would pause; lines of the input end with a full stop.

    >>> normalize("Hỗ trợ 50.000 đồng/người cho 1.416 hộ")
    'Hỗ trợ năm mươi nghìn đồng mỗi người cho một nghìn bốn trăm mười sáu hộ'
    """
    held = Tokens()
    text = unicodedata.normalize("NFC", text)
    text = tokens.PRIVATE_USE.sub("", text)
    text = re.sub(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+", " ", text)
    if dictionary:
        text = _apply_dictionary(text, dictionary, held)
    for rule in RULES:
        text = rule(text, held)
    return _punctuation(held.restore(text))
