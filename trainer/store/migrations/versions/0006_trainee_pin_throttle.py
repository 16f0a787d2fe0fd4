"""trainee PIN throttling

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 18:35:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_failures", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("pin_locked_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.drop_column("pin_locked_until")
        batch_op.drop_column("pin_failures")
