"""Alembic environment: runs on the connection studio.store.db hands in (or the URL)."""

from alembic import context
from sqlalchemy import create_engine

from studio.store.models import Base

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER through table copies
        transactional_ddl=True,  # db.py makes pysqlite honour BEGIN, so a failed step undoes all
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
        _run(conn)
        conn.commit()
