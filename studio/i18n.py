"""Translations through Qt Linguist: English source strings, Vietnamese by default.

One translator serves the whole process. The command line reads it directly (no Qt
application needed); the GUI also installs it in the QApplication so ``tr()`` finds it
and every widget receives a LanguageChange event when the language is switched.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from studio.paths import resources_dir
from studio.settings import LANGUAGES

DEFAULT_LANGUAGE = "vi"

_translator: QTranslator | None = None
_language = "en"  # the source language, until install() is called


def cli_language() -> str:
    """The command line speaks STUDIO_LANG (vi or en), Vietnamese by default."""
    lang = os.environ.get("STUDIO_LANG", DEFAULT_LANGUAGE).strip().lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def qm_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"studio_{language}.qm"


def current_language() -> str:
    return _language


def install(language: str) -> bool:
    """Make ``language`` the one every ``translate``/``tr`` answers in.

    English is the source language and needs no file. Returns False if the translation
    file is missing (the strings then show in English).
    """
    global _translator, _language
    app = QCoreApplication.instance()
    if app is not None and _translator is not None:
        app.removeTranslator(_translator)
    _translator, _language = None, "en"
    QLocale.setDefault(QLocale(QLocale.Language.English))
    if language == "en":
        _deliver_language_change()
        return True
    translator = QTranslator()
    if not translator.load(str(qm_path(language))):
        return False
    _translator, _language = translator, language
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    if app is not None:
        app.installTranslator(translator)
    _deliver_language_change()
    return True


def _deliver_language_change() -> None:
    """Deliver Qt's posted LanguageChange now, so every widget shows the new language at once."""
    app = QCoreApplication.instance()
    if app is not None:
        app.sendPostedEvents(None, QEvent.Type.LanguageChange)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (lupdate finds the literals in these calls)."""
    out = _translator.translate(context, text, disambiguation, n) if _translator else ""
    out = out or text
    return out.replace("%n", str(n)) if n >= 0 else out
