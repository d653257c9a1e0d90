"""Administrative and common abbreviations in notices, and how to read document codes.

Keys are matched case-sensitively as whole words, so "UBND" expands but a Vietnamese
word that happens to share the letters does not. Names of bodies keep their capitals
("Ủy ban nhân dân", "Chính phủ"); common nouns are lower case ("bảo hiểm y tế").
"""

from __future__ import annotations

import re

from studio.tts.numbers import read_number
from studio.tts.spelling import is_vietnamese_syllable, spell

ABBREVIATIONS: dict[str, str] = {
    # government and mass organisations
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "ĐBQH": "đại biểu Quốc hội",
    "ĐCSVN": "Đảng Cộng sản Việt Nam",
    "CHXHCN": "Cộng hòa xã hội chủ nghĩa",
    "BCĐ": "Ban Chỉ đạo",
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "CAND": "Công an nhân dân",
    "QĐND": "Quân đội nhân dân",
    "CA": "Công an",
    "CSGT": "cảnh sát giao thông",
    "TNCS": "Thanh niên Cộng sản",
    "LHPN": "Liên hiệp Phụ nữ",
    "CCB": "Cựu chiến binh",
    "NCT": "Người cao tuổi",
    "HTX": "hợp tác xã",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "CBCC": "cán bộ, công chức",
    "TTHC": "thủ tục hành chính",
    "VP": "văn phòng",
    "TP.": "thành phố",
    "TP": "thành phố",
    "Tp.": "thành phố",
    "TX.": "thị xã",
    "HCM": "Hồ Chí Minh",
    "TPHCM": "thành phố Hồ Chí Minh",
    "VN": "Việt Nam",
    "Đ/c": "đồng chí",
    "đ/c": "đồng chí",
    "v/v": "về việc",
    "V/v": "về việc",
    "v.v.": "vân vân",
    "v.v": "vân vân",
    # ministries and departments
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "LĐ-TB&XH": "Lao động Thương binh và Xã hội",
    "LĐTBXH": "Lao động Thương binh và Xã hội",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "VH&TT": "Văn hóa và Thông tin",
    "KH&CN": "Khoa học và Công nghệ",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "GTVT": "giao thông vận tải",
    "TTYT": "Trung tâm Y tế",
    "TYT": "trạm y tế",
    # disasters, safety, public services
    "PCTT&TKCN": "phòng chống thiên tai và tìm kiếm cứu nạn",
    "PCTT": "phòng chống thiên tai",
    "TKCN": "tìm kiếm cứu nạn",
    "PCCC&CNCH": "phòng cháy chữa cháy và cứu nạn cứu hộ",
    "PCCC": "phòng cháy chữa cháy",
    "CNCH": "cứu nạn cứu hộ",
    "ATGT": "an toàn giao thông",
    "ATTP": "an toàn thực phẩm",
    "VSATTP": "vệ sinh an toàn thực phẩm",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "BHTN": "bảo hiểm thất nghiệp",
    "KT-XH": "kinh tế xã hội",
    "KTXH": "kinh tế xã hội",
    "CNTT": "công nghệ thông tin",
    "NTM": "nông thôn mới",
    "MTQG": "mục tiêu quốc gia",
    "CTMTQG": "chương trình mục tiêu quốc gia",
    "GPMB": "giải phóng mặt bằng",
    "SXKD": "sản xuất kinh doanh",
    "XKLĐ": "xuất khẩu lao động",
    "DS-KHHGĐ": "dân số kế hoạch hóa gia đình",
    "KHHGĐ": "kế hoạch hóa gia đình",
    "THCS": "trung học cơ sở",
    "THPT": "trung học phổ thông",
    "HSSV": "học sinh, sinh viên",
    "SXH": "sốt xuất huyết",
    "TCM": "tay chân miệng",
    "QL.": "quốc lộ",
    "QL": "quốc lộ",
    "CCCD": "căn cước công dân",
    "CMND": "chứng minh nhân dân",
    "Km": "ki lô mét",
    "SĐT": "số điện thoại",
    "TTg": "Thủ tướng Chính phủ",
    # titles before names
    "BS.": "bác sĩ",
    "ThS.": "thạc sĩ",
    "TS.": "tiến sĩ",
    "PGS.": "phó giáo sư",
    "GS.": "giáo sư",
    # foreign words and acronyms said as words
    "COVID-19": "cô vít mười chín",
    "Covid-19": "cô vít mười chín",
    "COVID": "cô vít",
    "Covid": "cô vít",
    "SARS-CoV-2": "sát cô vi hai",
    "AIDS": "ết",
    "WHO": "Tổ chức Y tế Thế giới",
    "ASEAN": "A xê an",
    "UNICEF": "U ni xép",
    "USD": "đô la Mỹ",
    "VNĐ": "Việt Nam đồng",
    "VND": "Việt Nam đồng",
    "SMS": "ét em ét",
}

#: parts of a document code ("123/QĐ-UBND"); the kind of document comes first, then who issued it
DOCUMENT_CODES: dict[str, str] = {
    "QĐ": "quyết định",
    "NĐ": "nghị định",
    "NQ": "nghị quyết",
    "TT": "thông tư",
    "TTLT": "thông tư liên tịch",
    "CT": "chỉ thị",
    "KH": "kế hoạch",
    "TB": "thông báo",
    "BC": "báo cáo",
    "CV": "công văn",
    "HD": "hướng dẫn",
    "TTr": "tờ trình",
    "KL": "kết luận",
    "QC": "quy chế",
    "GM": "giấy mời",
    "CĐ": "công điện",
    "QH": "Quốc hội",
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "BCH": "Ban Chỉ huy",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BYT": "Bộ Y tế",
    "BTC": "Bộ Tài chính",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BNV": "Bộ Nội vụ",
    "BTP": "Bộ Tư pháp",
    "BCT": "Bộ Công Thương",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BLĐTBXH": "Bộ Lao động Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "STTTT": "Sở Thông tin và Truyền thông",
    "SYT": "Sở Y tế",
}

# Letters and digits glued together ("QL1A", "H5N1", "4G"): each run is read on its own.
_RUNS = re.compile(r"\d+|[^\W\d_]+")


def read_acronym(token: str) -> str:
    """Read one upper-case token that no table names as a whole.

    A word in capitals ("THÔNG", "XÃ") is left as it is; otherwise each run of letters is
    looked up, or spelled ("SMS" → "ét em ét"), and each run of digits read as a number
    ("H5N1" → "hát năm en một", "4G" → "bốn giê", "QL1A" → "quốc lộ một a").
    """
    if token.isalpha() and is_vietnamese_syllable(token):
        return token
    words = []
    for run in _RUNS.findall(token):
        if run.isdecimal():
            words.append(read_number(int(run)))
        else:
            words.append(ABBREVIATIONS.get(run) or DOCUMENT_CODES.get(run) or spell(run))
    return " ".join(words)


def read_code_part(part: str) -> str:
    """Read one part of a document code ("QĐ" → "quyết định", "UBND" → "Ủy ban nhân dân")."""
    return DOCUMENT_CODES.get(part) or ABBREVIATIONS.get(part) or read_acronym(part)
