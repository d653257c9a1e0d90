"""Settings storage: options declared in :mod:`studio.settings` are read and written here."""

from __future__ import annotations

from typing import TypeVar

from studio.settings import Option
from studio.store.db import Store
from studio.store.models import Setting

T = TypeVar("T")


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
