"""hours history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hours_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('old_values', sa.JSON(), nullable=True),
    sa.Column('new_values', sa.JSON(), nullable=True),
    sa.CheckConstraint("action in ('add', 'update', 'delete', 'verify', 'unverify')", name=op.f('ck_hours_history_action_known')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'], name=op.f('fk_hours_history_trainee_id_trainee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hours_history'))
    )
    with op.batch_alter_table('hours_history', schema=None) as batch_op:
        batch_op.create_index('ix_hours_history_entry', ['entry_id'], unique=False)
        batch_op.create_index('ix_hours_history_trainee_changed', ['trainee_id', 'changed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hours_history', schema=None) as batch_op:
        batch_op.drop_index('ix_hours_history_trainee_changed')
        batch_op.drop_index('ix_hours_history_entry')

    op.drop_table('hours_history')
