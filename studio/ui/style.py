"""Look and feel: large, clear type with Vietnamese diacritics on any PC."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from studio.paths import resources_dir

#: families tried in order; bundled fonts in resources/fonts are registered first
FAMILIES = ("Noto Sans", "Segoe UI", "DejaVu Sans", "Arial")
BASE_POINT_SIZE = 12

STYLE_SHEET = """
QListWidget#sidebar { font-size: 15pt; padding: 6px; }
QListWidget#sidebar::item { padding: 12px 10px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: #1565c0; color: white; }
QLabel[role="heading"] { font-size: 20pt; font-weight: 600; }
QLabel[role="hint"] { color: #555; }
QLabel[role="online"] { color: #1b5e20; font-weight: 600; }
QLabel[role="offline"] { color: #b71c1c; font-weight: 600; }
QPushButton { padding: 6px 14px; }
"""


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts; returns their family names."""
    families: list[str] = []
    font_dir = resources_dir() / "fonts"
    for path in sorted(font_dir.glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply(app: QApplication) -> None:
    load_bundled_fonts()
    available = set(QFontDatabase.families())
    font = QFont(next((f for f in FAMILIES if f in available), app.font().family()))
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
