"""The station store: SQLAlchemy models, Alembic migrations, and plain repository functions.

No widget touches a Session; the rest of Studio calls the functions in the repository
modules (``stations``, ``settings`` …) with an open :class:`~studio.store.db.Store`.
"""

from studio.store.db import Store, StoreError, open_store, resolve_url, sqlite_url

__all__ = ["Store", "StoreError", "open_store", "resolve_url", "sqlite_url"]
