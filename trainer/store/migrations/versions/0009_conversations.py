"""conversation practice: role-play runs and their steps, reflection-drill ratings, note attempts

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 22:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _trainee_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f(f"fk_{table}_trainee_id_trainee"),
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "conversation_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(length=120), nullable=False),
        sa.Column("scenario_version", sa.Integer(), nullable=False),
        sa.Column("scenario_hash", sa.String(length=64), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("ending_id", sa.String(length=120), nullable=True),
        sa.CheckConstraint("mode in ('practice', 'assessment')", name=op.f("ck_conversation_run_mode_known")),
        _trainee_fk("conversation_run"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_run")),
    )
    op.create_index("ix_conversation_run_trainee_scenario", "conversation_run", ["trainee_id", "scenario_id"])
    op.create_table(
        "conversation_step",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.String(length=120), nullable=False),
        sa.Column("choice_index", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("next_id", sa.String(length=120), nullable=False),
        sa.Column("talk", sa.String(length=20), nullable=False),
        sa.Column("chosen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["conversation_run.id"],
                                name=op.f("fk_conversation_step_run_id_conversation_run"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("run_id", "position", name=op.f("pk_conversation_step")),
    )
    op.create_table(
        "drill_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("drill_id", sa.String(length=120), nullable=False),
        sa.Column("drill_hash", sa.String(length=64), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("ticked", sa.JSON(), nullable=False),
        sa.Column("score_percent", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("rated_at", sa.DateTime(), nullable=False),
        _trainee_fk("drill_rating"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_rating")),
    )
    op.create_index("ix_drill_rating_trainee_drill", "drill_rating", ["trainee_id", "drill_id"])
    op.create_table(
        "note_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=120), nullable=False),
        sa.Column("exercise_hash", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ticked", sa.JSON(), nullable=False),
        sa.Column("score_percent", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("format in ('DAP', 'SOAP', 'BIRP')", name=op.f("ck_note_attempt_format_known")),
        _trainee_fk("note_attempt"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_attempt")),
    )
    op.create_index("ix_note_attempt_trainee_exercise", "note_attempt", ["trainee_id", "exercise_id"])


def downgrade() -> None:
    op.drop_index("ix_note_attempt_trainee_exercise", table_name="note_attempt")
    op.drop_table("note_attempt")
    op.drop_index("ix_drill_rating_trainee_drill", table_name="drill_rating")
    op.drop_table("drill_rating")
    op.drop_table("conversation_step")
    op.drop_index("ix_conversation_run_trainee_scenario", table_name="conversation_run")
    op.drop_table("conversation_run")
