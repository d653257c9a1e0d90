"""Every text in the code has its Vietnamese translation, with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from studio import i18n
from studio.paths import resources_dir

TS = resources_dir() / "i18n" / "studio_vi.ts"
SOURCES = sorted((Path(__file__).parents[1] / "studio").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n|%\d")


def lupdate() -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return str(tool) if tool.exists() else shutil.which("pyside6-lupdate") or "pyside6-lupdate"


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            yield name, message.findtext("source"), translation


def test_every_string_in_the_code_is_translated(tmp_path):
    scanned = tmp_path / "scanned.ts"
    shutil.copy(TS, scanned)  # lupdate merges: kept translations, new strings unfinished
    result = subprocess.run(
        [lupdate(), "-no-obsolete", "-locations", "none", *map(str, SOURCES), "-ts", str(scanned)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    missing = [
        f"{context}: {source}"
        for context, source, translation in messages(scanned)
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not "".join(translation.itertext()).strip()
    ]
    assert missing == [], "run `make translations` and translate:\n" + "\n".join(missing)


def test_translations_keep_their_placeholders():
    wrong = []
    for context, source, translation in messages(TS):
        text = "".join(translation.itertext()) if translation is not None else ""
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


def test_compiled_translation_is_current():
    qm = i18n.qm_path("vi")
    assert qm.exists(), "run make setup: it compiles resources/i18n/*.ts"
    assert qm.stat().st_mtime >= TS.stat().st_mtime, "the .qm is older than the .ts"


@pytest.mark.parametrize(
    "language, expected", [("vi", "Lỗi: {message}"), ("en", "Error: {message}")]
)
def test_command_line_translation_needs_no_qt_application(language, expected):
    i18n.install(language)
    try:
        assert i18n.translate("cli", "Error: {message}") == expected
    finally:
        i18n.install("en")
