"""review cards (fsrs)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=120), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_review_card_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_card")),
        sa.UniqueConstraint("trainee_id", "question_id", name="uq_review_card_trainee_id"),
    )
    with op.batch_alter_table("review_card", schema=None) as batch_op:
        batch_op.create_index("ix_review_card_trainee_due", ["trainee_id", "due"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_card", schema=None) as batch_op:
        batch_op.drop_index("ix_review_card_trainee_due")
    op.drop_table("review_card")
