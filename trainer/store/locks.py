"""Serialising the writes of one trainee, so rules that span rows hold with several seats.

A rule such as "at most 24 hours a day" reads rows and then writes one. Two seats doing
that at once both read the old total and both insert. So a writer takes a lock first,
then reads what the rule checks, then writes, all in one transaction:

- SQLite: BEGIN IMMEDIATE takes the database's write lock up front (a plain BEGIN, or
  Python's implicit one before the first INSERT, takes it only at the write, after the read);
- PostgreSQL: SELECT ... FOR NO KEY UPDATE on the trainee's row (FOR UPDATE without blocking
  the foreign-key checks of plain inserts); other trainees are not held up. Under READ
  COMMITTED every statement after the lock sees what the previous holder committed.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from trainer.store.models import Trainee


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _begin_immediate(session: Session) -> None:
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    # Already in a transaction means a write already ran in it, which holds the write lock.


def lock_trainee(session: Session, trainee_id: int) -> bool:
    """Lock one trainee's rows for the rest of the transaction; False if there is no such trainee.
    Call it first in the transaction, before reading anything a rule depends on."""
    query = select(Trainee.id).where(Trainee.id == trainee_id)
    if _is_sqlite(session):
        _begin_immediate(session)
    else:
        query = query.with_for_update(key_share=True)
    return session.scalar(query) is not None


def lock_owner(session: Session, id_column: InstrumentedAttribute, owner_column: InstrumentedAttribute,
               row_id: int) -> int | None:
    """Lock the trainee who owns a row (an hours entry, an attempt); returns their id, or None
    if the row is gone. The row itself must be read after this, not before."""
    if _is_sqlite(session):
        _begin_immediate(session)
    trainee_id = session.scalar(select(owner_column).where(id_column == row_id))
    if trainee_id is None or not lock_trainee(session, trainee_id):
        return None
    return trainee_id
