"""Errors a person can act on: a translatable message, its parameters, and an exit code.

Messages are written in English and marked with ``QT_TRANSLATE_NOOP`` so Qt Linguist picks
them up; the CLI and the UI translate them at the edge (Vietnamese first). This module is
free of Qt so the core packages can raise these errors.
"""

from __future__ import annotations

from collections.abc import Callable

#: context under which error messages are translated
CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; translation happens where it is shown."""
    return text


class StudioError(Exception):
    """An error whose message is meant for the operator, not a traceback."""

    exit_code = 2

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message with its parameters filled in, translated if ``translate`` is given."""
        template = translate(CONTEXT, self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return self.message.format(**self.params)

    def __str__(self) -> str:
        return self.text()


class Cancelled(Exception):
    """Raised inside background work when the person cancelled it."""
