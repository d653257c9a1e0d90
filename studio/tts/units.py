"""Units of measure and currencies written after a number, and how they are said.

Loanword units are written syllable by syllable with spaces ("ki lô mét"), the way
Vietnamese speech engines read them most reliably; the hyphenated dictionary spelling
("ki-lô-mét") can be read as a pause or as "gạch" by some engines.
"""

from __future__ import annotations

UNITS: dict[str, str] = {
    "km/h": "ki lô mét trên giờ",
    "km/giờ": "ki lô mét trên giờ",
    "m/s": "mét trên giây",
    "km²": "ki lô mét vuông",
    "km2": "ki lô mét vuông",
    "m²": "mét vuông",
    "m2": "mét vuông",
    "m³": "mét khối",
    "m3": "mét khối",
    "km": "ki lô mét",
    "Km": "ki lô mét",
    "KM": "ki lô mét",
    "cm": "xen ti mét",
    "mm": "mi li mét",
    "m": "mét",
    "ha": "héc ta",
    "kg": "ki lô gam",
    "Kg": "ki lô gam",
    "mg": "mi li gam",
    "g": "gam",
    "ml": "mi li lít",
    "l": "lít",
    "kWh": "ki lô oát giờ",
    "MWh": "mê ga oát giờ",
    "kW": "ki lô oát",
    "MW": "mê ga oát",
    "W": "oát",
    "kV": "ki lô vôn",
    "V": "vôn",
    "°C": "độ xê",
    "ºC": "độ xê",
    "oC": "độ xê",
    "°": "độ",
    "%": "phần trăm",
    "‰": "phần nghìn",
}

CURRENCIES: dict[str, str] = {
    "VNĐ": "đồng",
    "VND": "đồng",
    "vnđ": "đồng",
    "đồng": "đồng",
    "đ": "đồng",
    "trđ": "triệu đồng",
    "tr.đ": "triệu đồng",
    "tr": "triệu",  # "2tr/người": money shorthand
    "USD": "đô la Mỹ",
}

#: words after a "/" that make it read "mỗi" (50.000 đồng/người/tháng → đồng mỗi người mỗi tháng)
PER_WORDS = frozenset(
    {
        "người", "hộ", "khẩu", "suất", "tháng", "năm", "ngày", "tuần", "giờ", "phút", "lần",
        "buổi", "ca", "con", "cháu", "em", "trẻ", "xã", "thôn", "bản", "tổ", "xóm", "ha",
        "sào", "kg", "tấn", "lít", "km", "chuyến", "lượt", "liều", "mũi",
    }
)  # fmt: skip
