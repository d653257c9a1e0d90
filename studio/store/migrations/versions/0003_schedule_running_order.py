"""schedule exceptions: running-order position and calendar recurrence

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("schedule_exceptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("recurrence", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("schedule_exceptions", schema=None) as batch_op:
        batch_op.drop_column("recurrence")
        batch_op.drop_column("position")
