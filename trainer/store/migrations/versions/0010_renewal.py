"""renewal: certifications, continuing-education entries and attachments

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 22:45:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _trainee_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f(f"fk_{table}_trainee_id_trainee"),
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "certification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.String(length=80), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=True),
        sa.Column("certified_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _trainee_fk("certification"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification")),
    )
    op.create_index("ix_certification_trainee_certified", "certification", ["trainee_id", "certified_on"])
    op.create_table(
        "ce_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=True),
        sa.Column("provider_number", sa.String(length=80), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("hours > 0", name=op.f("ck_ce_entry_hours_positive")),
        sa.CheckConstraint("kind in ('course', 'self-study', 'trainer')", name=op.f("ck_ce_entry_kind_known")),
        _trainee_fk("ce_entry"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ce_entry")),
    )
    op.create_index("ix_ce_entry_trainee_date", "ce_entry", ["trainee_id", "date"])
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(length=20), nullable=False),
        sa.Column("owner_key", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("owner_kind in ('ce', 'hours', 'attestation', 'certification')",
                           name=op.f("ck_attachment_owner_kind_known")),
        _trainee_fk("attachment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_owner", "attachment", ["owner_kind", "owner_key"])
    op.create_index("ix_attachment_trainee", "attachment", ["trainee_id"])
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])


def downgrade() -> None:
    for name in ("ix_attachment_sha256", "ix_attachment_trainee", "ix_attachment_owner"):
        op.drop_index(name, table_name="attachment")
    op.drop_table("attachment")
    op.drop_index("ix_ce_entry_trainee_date", table_name="ce_entry")
    op.drop_table("ce_entry")
    op.drop_index("ix_certification_trainee_certified", table_name="certification")
    op.drop_table("certification")
