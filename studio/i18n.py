"""Translations through Qt Linguist: English source strings, Vietnamese by default.

Used by the GUI and by the command line (which then runs a bare QCoreApplication).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from studio.paths import resources_dir
from studio.settings import LANGUAGES

DEFAULT_LANGUAGE = "vi"
translate = QCoreApplication.translate

_installed: list[QTranslator] = []


def cli_language() -> str:
    """The command line speaks STUDIO_LANG (vi or en), Vietnamese by default."""
    lang = os.environ.get("STUDIO_LANG", DEFAULT_LANGUAGE).strip().lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def qm_path(language: str):
    return resources_dir() / "i18n" / f"studio_{language}.qm"


def install(language: str) -> bool:
    """Make ``language`` the one every ``translate``/``tr`` answers in.

    English is the source language and needs no file. Returns False if the translation
    file is missing (the strings then show in English).
    """
    app = QCoreApplication.instance() or QCoreApplication([])
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(qm_path(language))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
