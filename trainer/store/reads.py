"""Hand-written SQL for the reads that the start, the dashboard and readiness need.

They run on the plain sqlite3 connection at start-up, before SQLAlchemy is imported, or
through SQLAlchemy afterwards (SQLite or PostgreSQL). Each query is written once, with
named parameters (`:trainee`), the style both sqlite3 and SQLAlchemy's `text()` take, and
is the only implementation of what it reads: the services call these too. Values come
back as Python types whatever the driver (SQLite keeps dates as text).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite
FINISHED, IN_PROGRESS = "finished", "in_progress"


class Reader:
    """Runs a query on SQLite's own driver (the start-up connection, or the one under a SQLAlchemy
    session: sqlite3 takes `:name` itself and fetches fastest) or, on PostgreSQL, through
    SQLAlchemy's `text()`, which gives psycopg the parameters in its own style."""

    def __init__(self, connection, sqlite: bool):
        self.connection = connection  # a sqlite3 connection, or a SQLAlchemy session or connection
        self.sqlite = sqlite

    def rows(self, sql: str, **params) -> list[tuple]:
        if self.sqlite:  # stored as SQLAlchemy writes DateTime there: text in a fixed format
            params = {k: v.strftime(SQLITE_DATETIME) if isinstance(v, dt.datetime) else v for k, v in params.items()}
            return self.connection.execute(sql, params).fetchall()
        from sqlalchemy import text

        return [tuple(row) for row in self.connection.execute(text(sql), params).all()]


def session_reader(session) -> Reader:
    """Reads inside a SQLAlchemy session's transaction (or on a Connection of its own)."""
    connection = session.connection() if hasattr(session, "get_bind") else session
    if connection.dialect.name == "sqlite":
        return Reader(connection.connection.driver_connection, sqlite=True)
    return Reader(connection, sqlite=False)


# ---- values whatever the driver ------------------------------------------------------

def as_datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def as_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def as_json(value):
    return json.loads(value) if isinstance(value, str) else value


def as_bool(value) -> bool | None:
    return None if value is None else bool(value)


# ---- queries ----------------------------------------------------------------------------

def trainees(reader: Reader, trainee_id: int | None = None) -> list[tuple[int, str, str | None]]:
    """(id, name, profile id), by name; one trainee when an id is given."""
    if trainee_id is not None:
        return reader.rows("SELECT id, name, profile_id FROM trainee WHERE id = :trainee", trainee=trainee_id)
    return reader.rows("SELECT id, name, profile_id FROM trainee ORDER BY name")


def hours_hundredths(reader: Reader, trainee_id: int) -> list[tuple[str, str | None, int]]:
    """(kind, domain, hundredths of an hour): summed by the database, with no float rounding."""
    return [(kind, domain, int(total or 0)) for kind, domain, total in reader.rows(
        "SELECT kind, domain, sum(round(hours * 100)) FROM hours_entry WHERE trainee_id = :trainee "
        "GROUP BY kind, domain", trainee=trainee_id)]


def attestations(reader: Reader, trainee_id: int) -> dict[str, dt.date]:
    return {item: as_date(on) for item, on in reader.rows(
        "SELECT attestation_id, attested_on FROM attestation WHERE trainee_id = :trainee", trainee=trainee_id)}


def section_reads(reader: Reader, trainee_id: int) -> list[tuple[str, str]]:
    return reader.rows("SELECT module_id, section_key FROM section_read WHERE trainee_id = :trainee",
                       trainee=trainee_id)


def module_progress(reader: Reader, trainee_id: int) -> dict[str, tuple[dt.datetime | None, str | None]]:
    """module id → (completed at, last section)."""
    return {module: (as_datetime(done), last) for module, done, last in reader.rows(
        "SELECT module_id, completed_at, last_section FROM module_progress WHERE trainee_id = :trainee",
        trainee=trainee_id)}


def due_count(reader: Reader, trainee_id: int, now: dt.datetime) -> int:
    """Review cards due by `now` (naive UTC, as stored)."""
    return reader.rows("SELECT count(*) FROM review_card WHERE trainee_id = :trainee AND due <= :now",
                       trainee=trainee_id, now=now)[0][0]


def next_due(reader: Reader, trainee_id: int) -> dt.datetime | None:
    """When the trainee's next review card falls due (naive UTC), or None without cards."""
    value = reader.rows("SELECT min(due) FROM review_card WHERE trainee_id = :trainee", trainee=trainee_id)[0][0]
    if isinstance(value, str):  # plain sqlite3 returns the stored text
        value = dt.datetime.fromisoformat(value)
    return value


def resumable_attempt_id(reader: Reader, trainee_id: int) -> int | None:
    found = reader.rows("SELECT id FROM attempt WHERE trainee_id = :trainee AND status = :status "
                        "ORDER BY started_at DESC, id DESC LIMIT 1", trainee=trainee_id, status=IN_PROGRESS)
    return found[0][0] if found else None


ATTEMPT_COLUMNS = ("id", "trainee_id", "mode", "status", "seed", "started_at", "finished_at",
                   "time_limit_seconds", "elapsed_seconds", "profile_id", "blueprint", "score_percent")


def finished_attempts(reader: Reader, trainee_id: int, mode: str | None = None) -> list[dict]:
    """Finished attempts, oldest first, as dicts of ATTEMPT_COLUMNS."""
    sql = f"SELECT {', '.join(ATTEMPT_COLUMNS)} FROM attempt WHERE trainee_id = :trainee AND status = :status"
    if mode:
        sql += " AND mode = :mode"
    result = []
    for row in reader.rows(sql + " ORDER BY finished_at, id", trainee=trainee_id, status=FINISHED, mode=mode):
        attempt = dict(zip(ATTEMPT_COLUMNS, row, strict=True))
        attempt["started_at"] = as_datetime(attempt["started_at"])
        attempt["finished_at"] = as_datetime(attempt["finished_at"])
        attempt["blueprint"] = as_json(attempt["blueprint"]) or {}
        result.append(attempt)
    return result


def finished_items(reader: Reader, trainee_id: int, mode: str | None = None,
                   columns: Sequence[str] = ("question_id", "chosen", "correct")) -> list[tuple]:
    """(attempt id, position, *columns) of every item of the finished attempts, in order.
    JSON columns (option_order, chosen) come back decoded."""
    wanted = ", ".join(f"i.{c}" for c in columns)
    sql = (f"SELECT i.attempt_id, i.position, {wanted} FROM attempt_item i "
           "JOIN attempt a ON a.id = i.attempt_id WHERE a.trainee_id = :trainee AND a.status = :status")
    if mode:
        sql += " AND a.mode = :mode"
    rows = reader.rows(sql + " ORDER BY i.attempt_id, i.position", trainee=trainee_id, status=FINISHED, mode=mode)
    decode = [index + 2 for index, c in enumerate(columns) if c in ("option_order", "chosen")]
    return [_decoded(row, decode) for row in rows] if decode else rows


def _decoded(row: tuple, decode: list[int]) -> tuple:
    values = list(row)
    for index in decode:
        if isinstance(values[index], str):
            values[index] = json.loads(values[index])
    return tuple(values)


def day_hundredths(reader: Reader, trainee_id: int, exclude: int | None = None) -> list[tuple]:
    """(date, hundredths of an hour logged that day), leaving out the entry `exclude`."""
    sql = "SELECT date, sum(round(hours * 100)) FROM hours_entry WHERE trainee_id = :trainee"
    if exclude is not None:
        sql += " AND id <> :exclude"
    return [(day, int(total)) for day, total in reader.rows(sql + " GROUP BY date", trainee=trainee_id,
                                                            exclude=exclude)]


HOURS_COLUMNS = ("id", "trainee_id", "date", "hours", "kind", "domain", "setting", "activity", "supervisor",
                 "notes", "verified_by", "verified_at")


def hours_entries(reader: Reader, trainee_id: int, *, kind: str | None = None, domain: str | None = None,
                  start: dt.date | None = None, end: dt.date | None = None,
                  verified: bool | None = None) -> list[tuple]:
    """A trainee's hours entries (HOURS_COLUMNS), by date then id, as the driver returns them:
    SQLite gives dates as text and hours as numbers, psycopg gives date and Decimal."""
    sql = f"SELECT {', '.join(HOURS_COLUMNS)} FROM hours_entry WHERE trainee_id = :trainee"
    params: dict = {"trainee": trainee_id}
    for clause, name, value in (("kind = :kind", "kind", kind), ("domain = :domain", "domain", domain),
                                ("date >= :start", "start", start), ("date <= :end", "end", end)):
        if value is not None:
            sql += f" AND {clause}"
            params[name] = value.isoformat() if isinstance(value, dt.date) and reader.sqlite else value
    if verified is not None:
        sql += " AND verified_at IS NOT NULL" if verified else " AND verified_at IS NULL"
    return reader.rows(sql + " ORDER BY date, id", **params)


def hours_history(reader: Reader, *, entry_id: int | None = None, trainee_id: int | None = None) -> list[tuple]:
    """(id, entry id, action, changed by, changed at, old values, new values) oldest first; JSON decoded."""
    sql = "SELECT id, entry_id, action, changed_by, changed_at, old_values, new_values FROM hours_history WHERE 1 = 1"
    if entry_id is not None:
        sql += " AND entry_id = :entry"
    if trainee_id is not None:
        sql += " AND trainee_id = :trainee"
    return [(row_id, entry, action, by, as_datetime(at), as_json(old), as_json(new))
            for row_id, entry, action, by, at, old, new in reader.rows(sql + " ORDER BY id", entry=entry_id,
                                                                      trainee=trainee_id)]


# ---- every trainee at once (the cohort page) ---------------------------------------------
# A handful of queries for the whole cohort instead of a dozen per trainee: with hundreds of
# trainees on an agency database the round trips, not the rows, are what costs.

def cohort_hours(reader: Reader) -> list[tuple[int, str, str | None, int, dt.datetime | None]]:
    """(trainee id, kind, domain, hundredths of an hour, last change to any of those entries)."""
    # PostgreSQL keeps hours as exact NUMERIC(5,2): their plain sum is exact, and far quicker over
    # hundreds of thousands of rows than rounding each. SQLite keeps REAL: each is rounded first.
    total = "sum(round(hours * 100))" if reader.sqlite else "sum(hours) * 100"
    return [(trainee, kind, domain, int(hundredths or 0), as_datetime(changed))
            for trainee, kind, domain, hundredths, changed in reader.rows(
                f"SELECT trainee_id, kind, domain, {total}, max(updated_at) FROM hours_entry "
                "GROUP BY trainee_id, kind, domain")]


def cohort_attestations(reader: Reader) -> list[tuple[int, str, dt.date]]:
    return [(trainee, item, as_date(on)) for trainee, item, on in reader.rows(
        "SELECT trainee_id, attestation_id, attested_on FROM attestation")]


KEY_SEPARATOR = "\x1f"  # the unit separator: never in a section key (a heading's text)


def cohort_section_reads(reader: Reader) -> list[tuple[int, str, tuple[str, ...], dt.datetime]]:
    """(trainee id, module id, the section keys read, when the last was read)."""
    joined = "group_concat(section_key, char(31))" if reader.sqlite else "string_agg(section_key, chr(31))"
    return [(trainee, module, tuple(keys.split(KEY_SEPARATOR)), as_datetime(last))
            for trainee, module, keys, last in reader.rows(
                f"SELECT trainee_id, module_id, {joined}, max(read_at) FROM section_read "
                "GROUP BY trainee_id, module_id")]


def cohort_module_progress(reader: Reader) -> list[tuple[int, str, dt.datetime | None, str | None]]:
    return [(trainee, module, as_datetime(done), last) for trainee, module, done, last in reader.rows(
        "SELECT trainee_id, module_id, completed_at, last_section FROM module_progress")]


def cohort_last_attempt(reader: Reader) -> dict[int, dt.datetime]:
    """Each trainee's latest attempt start."""
    return {trainee: as_datetime(started) for trainee, started in reader.rows(
        "SELECT trainee_id, max(started_at) FROM attempt GROUP BY trainee_id")}


def cohort_finished_attempts(reader: Reader, mode: str) -> list[dict]:
    """Every trainee's finished attempts of one mode, oldest first, as finished_attempts gives them."""
    result = []
    for row in reader.rows(f"SELECT {', '.join(ATTEMPT_COLUMNS)} FROM attempt WHERE status = :status AND mode = :mode "
                           "ORDER BY trainee_id, finished_at, id", status=FINISHED, mode=mode):
        attempt = dict(zip(ATTEMPT_COLUMNS, row, strict=True))
        attempt["started_at"] = as_datetime(attempt["started_at"])
        attempt["finished_at"] = as_datetime(attempt["finished_at"])
        attempt["blueprint"] = as_json(attempt["blueprint"]) or {}
        result.append(attempt)
    return result


QUESTIONS_PER_QUERY = 3000  # x3 parameters each: well under SQLite's 32,766


def cohort_marks(reader: Reader, mode: str, questions: Sequence[tuple[str, str, str]]) -> tuple[list, list]:
    """Every finished attempt of one mode, marked by the database against the current questions,
    given as (id, content hash, domain). Returns (rows of (attempt id, domain, correct, answered)
    for the items whose stored mark holds: the question is unchanged), (items to mark again, as
    finished_items rows of question_id, question_hash, chosen, correct: the question changed, or no
    mark was stored). Items of questions no longer in the content are left out, as in scoring."""
    counted: list[tuple] = []
    stale: set[int] = set()
    # PostgreSQL takes the questions as three arrays (a query with thousands of placeholders is
    # slow for psycopg to parse); SQLite, which has no arrays, as VALUES rows in chunks.
    size = QUESTIONS_PER_QUERY if reader.sqlite else max(len(questions), 1)
    for start in range(0, len(questions), size):
        chunk = questions[start:start + size]
        if reader.sqlite:
            table = "VALUES " + ", ".join(f"(:i{n}, :h{n}, :d{n})" for n in range(len(chunk)))
            params = {f"{key}{n}": value for n, question in enumerate(chunk)
                      for key, value in zip("ihd", question, strict=True)}
        else:
            table = "SELECT * FROM unnest(CAST(:ids AS text[]), CAST(:hashes AS text[]), CAST(:domains AS text[]))"
            params = dict(zip(("ids", "hashes", "domains"), (list(c) for c in zip(*chunk, strict=True)), strict=True))
        holds = "(i.question_hash = q.hash AND i.correct IS NOT NULL)"
        # One pass over the answers: the marks that hold are summed, the others only counted.
        for attempt, domain, right, answered, others in reader.rows(
                f"WITH q(id, hash, domain) AS ({table}) "
                f"SELECT i.attempt_id, q.domain, sum(CASE WHEN {holds} AND i.correct THEN 1 ELSE 0 END), "
                f"sum(CASE WHEN {holds} THEN 1 ELSE 0 END), sum(CASE WHEN {holds} THEN 0 ELSE 1 END) "
                "FROM attempt_item i JOIN attempt a ON a.id = i.attempt_id JOIN q ON q.id = i.question_id "
                "WHERE a.status = :status AND a.mode = :mode GROUP BY i.attempt_id, q.domain", **params,
                status=FINISHED, mode=mode):
            if answered:
                counted.append((attempt, domain, int(right), int(answered)))
            if others:
                stale.add(attempt)
    ids = sorted(stale)
    current = {question_id: digest for question_id, digest, _domain in questions}
    again = []
    for start in range(0, len(ids), QUESTIONS_PER_QUERY):
        chunk = ids[start:start + QUESTIONS_PER_QUERY]
        again += [(attempt, position, question, digest, as_json(chosen), correct)
                  for attempt, position, question, digest, chosen, correct in reader.rows(
                      "SELECT attempt_id, position, question_id, question_hash, chosen, correct FROM attempt_item "
                      f"WHERE attempt_id IN ({', '.join(f':a{n}' for n in range(len(chunk)))})",
                      **{f"a{n}": attempt for n, attempt in enumerate(chunk)})
                  if question in current and (digest != current[question] or correct is None)]
    return counted, again


def latest_conversation(reader: Reader, trainee_id: int) -> tuple[str, dt.datetime, list[tuple[str, str]]] | None:
    """The role-play run that reached an ending most recently: (scenario id, when it ended,
    [(choice code, talk code)] in order), or None."""
    runs = reader.rows("SELECT id, scenario_id, finished_at FROM conversation_run WHERE trainee_id = :trainee "
                       "AND ending_id IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1", trainee=trainee_id)
    if not runs:
        return None
    run_id, scenario_id, finished_at = runs[0]
    steps = reader.rows("SELECT code, talk FROM conversation_step WHERE run_id = :run ORDER BY position",
                        run=run_id)
    return scenario_id, as_datetime(finished_at), [(code, talk) for code, talk in steps]
