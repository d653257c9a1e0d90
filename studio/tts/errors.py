"""What text-to-speech raises: an operator-facing error, and the online voice's failures."""

from __future__ import annotations

from collections.abc import Callable

from studio.errors import QT_TRANSLATE_NOOP, StudioError

NOTHING_TO_READ = QT_TRANSLATE_NOOP("errors", "There is no text to read.")


class TTSError(StudioError):
    """The text cannot be read aloud or saved; nothing was left half-written.

    A parameter that is itself a :class:`StudioError` (the reason inside "… the offline
    voice read the text instead") is translated along with the message.
    """

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        inner = {k: v for k, v in self.params.items() if isinstance(v, StudioError)}
        if not inner:
            return super().text(translate)
        shown = TTSError(
            self.message, **{**self.params, **{k: v.text(translate) for k, v in inner.items()}}
        )
        return shown.text(translate)


class OnlineVoiceError(TTSError):
    """The online voice could not be used: no connection, refused, too slow, or no sound.

    ``kind`` says which, for the code that decides to retry or fall back:
    ``offline``, ``timeout``, ``rate-limited``, ``server``, ``refused``, ``no-sound``.
    """

    def __init__(self, message: str, *, kind: str, retry_after_s: float | None = None, **params):
        super().__init__(message, **params)
        self.kind = kind
        self.retry_after_s = retry_after_s
