"""pronunciation dictionary

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 21:40:56.407876
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pronunciations",
        sa.Column("written", sa.String(length=200), nullable=False),
        sa.Column("spoken", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_pronunciations_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pronunciations")),
    )
    with op.batch_alter_table("pronunciations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pronunciations_station_id"), ["station_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pronunciations_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_pronunciations_written"), ["written"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pronunciations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pronunciations_written"))
        batch_op.drop_index(batch_op.f("ix_pronunciations_updated_at"))
        batch_op.drop_index(batch_op.f("ix_pronunciations_station_id"))

    op.drop_table("pronunciations")
