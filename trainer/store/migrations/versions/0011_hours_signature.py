"""hours sign-off: supervisors' signatures over hours entries, and trainees' change requests

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 23:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _keys(table: str) -> list:
    return [
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f(f"fk_{table}_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entry_id"], ["hours_entry.id"], name=op.f(f"fk_{table}_entry_id_hours_entry"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "hours_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("fields_digest", sa.String(length=64), nullable=False),
        *_keys("hours_signature"),
    )
    op.create_index("ix_hours_signature_trainee", "hours_signature", ["trainee_id"])
    op.create_index("ix_hours_signature_entry", "hours_signature", ["entry_id"])
    op.create_table(
        "hours_change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("proposed", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("requested_by", sa.String(length=120), nullable=True),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        *_keys("hours_change_request"),
    )
    op.create_index("ix_hours_change_request_entry", "hours_change_request", ["entry_id"])


def downgrade() -> None:
    op.drop_index("ix_hours_change_request_entry", table_name="hours_change_request")
    op.drop_table("hours_change_request")
    op.drop_index("ix_hours_signature_entry", table_name="hours_signature")
    op.drop_index("ix_hours_signature_trainee", table_name="hours_signature")
    op.drop_table("hours_signature")
