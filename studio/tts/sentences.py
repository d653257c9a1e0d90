"""Cutting normalized text into pieces short enough for one speech-engine request.

Online engines take a limited amount of text per request (gTTS splits anything over 100
characters itself, at places of its own choosing). Cutting first at sentence ends, then
at commas, semicolons and colons, then between words keeps the pauses where a reader
would make them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_PHRASE_END = re.compile(r"(?<=[,;:])\s+")


def _pieces(text: str, max_chars: int) -> Iterator[str]:
    """The text in order, as the largest units (sentence, phrase, word) that fit."""
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) <= max_chars:
            yield sentence
            continue
        for phrase in _PHRASE_END.split(sentence):
            if len(phrase) <= max_chars:
                yield phrase
                continue
            for word in phrase.split(" "):
                # A single "word" longer than a request (a pasted link) has to be cut.
                while len(word) > max_chars:
                    yield word[:max_chars]
                    word = word[max_chars:]
                yield word


def split_sentences(text: str, max_chars: int = 200) -> list[str]:
    """Chunks of ``text`` of at most ``max_chars`` characters each, in order.

    Whitespace is collapsed; consecutive sentences share a chunk while they fit, so an
    engine gets few requests. Joining the chunks with spaces gives back the text; a word
    is never split unless it is itself longer than ``max_chars``.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    chunks: list[str] = []
    current = ""
    for piece in _pieces(" ".join(text.split()), max_chars):
        if not piece:
            continue
        if current and len(current) + 1 + len(piece) <= max_chars:
            current += " " + piece
        else:
            if current:
                chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return chunks
