"""Settings storage: each option is declared once (key, type, default, translatable title)
and read or written through these functions. Studio's options live in :mod:`studio.settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from studio.store.db import Store
from studio.store.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T
    #: English title marked with QT_TRANSLATE_NOOP("settings", …); translated where shown
    title: str = ""
    choices: tuple[T, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def coerce(self, value: Any) -> T:
        """``value`` as this option's type, or ValueError if it does not fit."""
        if value is None:
            if self.default is None:
                return value
            raise ValueError(f"{self.key}: a value is required")
        converted = self.type(value)
        if self.choices and converted not in self.choices:
            raise ValueError(f"{self.key}: {converted!r} is not one of {self.choices}")
        if self.minimum is not None and converted < self.minimum:
            raise ValueError(f"{self.key}: {converted} is below {self.minimum}")
        if self.maximum is not None and converted > self.maximum:
            raise ValueError(f"{self.key}: {converted} is above {self.maximum}")
        return converted


def get(store: Store, option: Option[T]) -> T:
    """The stored value, or the default when none is stored or it no longer fits."""
    with store.session() as s:
        row = s.get(Setting, option.key)
    if row is None:
        return option.default
    try:
        return option.coerce(row.value)
    except (TypeError, ValueError):
        return option.default


def put(store: Store, option: Option[T], value: T) -> T:
    value = option.coerce(value)
    with store.session() as s:
        s.merge(Setting(key=option.key, value=value))
    return value
