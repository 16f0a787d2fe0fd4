"""Practice sets and exam simulations as stored attempts.

Every answer, flag and elapsed time is written when it happens, so a crash loses
nothing and an attempt resumes exactly where it was.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.schema import Catalog, CertificationProfile, Question
from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message
from trainer.store import reads
from trainer.store.locks import lock_owner
from trainer.store.models import Attempt, AttemptItem, utcnow
from trainer.study import attempt_clock as clock
from trainer.study.attempt_views import AttemptView, ItemView, attempt_view, item_view
from trainer.study.exams import (  # noqa: F401 - the modes are re-exported for callers
    EXAM,
    PRACTICE,
    RECENT_DAYS,
    REVIEW,
    ExamPlan,
    Score,
    is_correct,
    largest_possible_exam,
    option_order,
    plan_exam,
    plan_practice,
    score,
)
from trainer.study.records import fresh_of

IN_PROGRESS, FINISHED = reads.IN_PROGRESS, reads.FINISHED
GONE = message(QT_TRANSLATE_NOOP("messages", "That attempt no longer exists."))
RECENT_ATTEMPTS = 3


class AttemptError(MessageError):
    """Something the trainee asked for that cannot be done (`message` says it; str() in English)."""


class TimeUp(AttemptError):
    """An answer or flag came after a timed attempt's time was up: it is refused, and the
    attempt is to be submitted with the answers given in time."""

    def __init__(self, attempt_id: int):
        super().__init__(message(QT_TRANSLATE_NOOP("messages", "The time for this exam is up.")))
        self.attempt_id = attempt_id


@dataclass(frozen=True)
class ExamCheck:
    """What an exam would look like before it starts: short banks are said up front."""

    plan: ExamPlan
    requested: int
    largest_possible: int
    fresh: int = 0  # questions of the plan the trainee has not seen recently (RECENT_DAYS)


class AttemptService:
    def __init__(self, sessions: sessionmaker[Session], catalog: Catalog | Callable[[], Catalog],
                 on_missed: Callable[[int, Sequence[str]], None] | None = None,
                 seed_source: Callable[[], int] | None = None,
                 now: Callable[[], dt.datetime] = utcnow):
        self._sessions = sessions
        # A getter follows the curriculum when an author saves or a pack is installed.
        self._current_catalog = catalog if callable(catalog) else (lambda: catalog)
        self._on_missed = on_missed  # e.g. review cards for missed questions
        self._seed = seed_source or (lambda: random.SystemRandom().randrange(2**31))
        self._now = now  # naive UTC, as stored

    @property
    def _catalog(self) -> Catalog:
        return self._current_catalog()

    # ---- starting -------------------------------------------------------------------
    def check_exam(self, trainee_id: int, profile: CertificationProfile, size: int | None = None,
                   seed: int | None = None) -> ExamCheck:
        requested = size or profile.exam.questions
        questions = list(self._catalog.questions.values())
        seen = self.seen_recently(trainee_id)
        plan = plan_exam(questions, profile.exam.weights, requested, seed if seed is not None else self._seed(),
                         avoid=seen | self.recent_question_ids(trainee_id))
        fresh = sum(qid not in seen for qid in plan.question_ids)
        return ExamCheck(plan, requested, largest_possible_exam(questions, profile.exam.weights, requested), fresh)

    def start_exam(self, trainee_id: int, profile: CertificationProfile, size: int | None = None,
                   minutes: int | None = None, seed: int | None = None) -> AttemptView:
        check = self.check_exam(trainee_id, profile, size, seed)
        if not check.plan.complete:
            short = ", ".join(f"{s.domain} ({s.available}/{s.needed})" for s in check.plan.shortages)
            raise AttemptError(message(QT_TRANSLATE_NOOP(
                "messages", "The question bank is too small for a %1-question exam in: %2. "
                "A %3-question exam is possible."), check.requested, short, check.largest_possible))
        limit = minutes if minutes is not None else profile.exam.minutes
        if size and minutes is None:  # a shorter exam keeps the blueprint's pace
            limit = max(1, round(profile.exam.minutes * size / profile.exam.questions))
        blueprint = {"title": profile.exam.name or profile.name, "questions": len(check.plan.question_ids),
                     "minutes": limit, "weights": profile.exam.weights,
                     "pass_percent": profile.exam.practice_pass_percent, "counts": check.plan.counts,
                     "fresh": check.fresh, "recent_days": RECENT_DAYS}
        return self._create(trainee_id, EXAM, check.plan.question_ids, check.plan.seed, limit * 60,
                            blueprint, profile.id)

    def start_practice(self, trainee_id: int, questions: Sequence[Question], length: int | None,
                       title: str, seed: int | None = None, mode: str = PRACTICE) -> AttemptView:
        if not questions:
            raise AttemptError(message(QT_TRANSLATE_NOOP("messages", "There are no questions to practise here yet.")))
        seed = seed if seed is not None else self._seed()
        ids = plan_practice(questions, length, seed, avoid=self.recent_question_ids(trainee_id))
        return self._create(trainee_id, mode, ids, seed, None, {"title": title, "questions": len(ids)}, None)

    def _create(self, trainee_id, mode, question_ids, seed, limit_seconds, blueprint, profile_id) -> AttemptView:
        rng = random.Random(seed)
        with self._sessions.begin() as session:
            row = Attempt(trainee_id=trainee_id, mode=mode, seed=seed, time_limit_seconds=limit_seconds,
                          blueprint=blueprint, profile_id=profile_id, status=IN_PROGRESS, elapsed_seconds=0,
                          clock_at=self._now())  # the clock runs from the start
            for position, qid in enumerate(question_ids):
                question = self._catalog.questions[qid]
                row.items.append(AttemptItem(position=position, question_id=qid,
                                             question_hash=question.content_hash,
                                             option_order=option_order(question, rng), flagged=False))
            session.add(row)
            session.flush()
            return attempt_view(row)

    # ---- answering (each call is its own committed unit of work) -------------------
    # Each write brings the attempt's clock up to date and returns what the runner shows, so
    # it never reloads the attempt. Answers and flags after a timed attempt's time raise TimeUp.
    def answer(self, attempt_id: int, position: int, chosen: Sequence[int], seconds: int | None = None) -> ItemView:
        with self._sessions.begin() as session:
            item = self._timely_item(session, attempt_id, position)
            question = self._catalog.questions.get(item.question_id)
            item.chosen = [int(i) for i in chosen] if chosen else None
            item.correct = is_correct(question, chosen) if question else False
            item.answered_at = self._now()
            if seconds is not None:
                item.seconds = int(seconds)
            return item_view(item)

    def flag(self, attempt_id: int, position: int, flagged: bool) -> ItemView:
        with self._sessions.begin() as session:
            item = self._timely_item(session, attempt_id, position)
            item.flagged = flagged
            return item_view(item)

    def save_time(self, attempt_id: int, position: int | None = None, item_seconds: int | None = None) -> int:
        """Count the clock (and the seconds spent on one question); returns the seconds used.
        Never refused: after the time is up the runner learns it from the result."""
        return self._count(attempt_id, position, item_seconds, stop=False)

    def pause(self, attempt_id: int, position: int | None = None, item_seconds: int | None = None) -> int:
        """Leaving or closing: count the clock and stop it until the attempt is opened again."""
        return self._count(attempt_id, position, item_seconds, stop=True)

    def resume(self, attempt_id: int) -> AttemptView:
        """Open an unfinished attempt and run its clock from now. One whose time had run out
        while it was closed is submitted instead and comes back finished."""
        with self._sessions.begin() as session:
            row = self._locked(session, attempt_id)
            if row is None:
                raise AttemptError(GONE)
            if row.status != IN_PROGRESS:
                return attempt_view(row)
            clock.halt(row)  # time while it was closed is not counted
            if not self._ran_out(row):
                clock.start(row, self._now())
                return attempt_view(row)
            submitted = self._submit(row)
            view = attempt_view(row)
        self._review_missed(*submitted)
        return view

    def close_expired(self, trainee_id: int) -> list[int]:
        """At start: stop the clocks a crash left running (at their last write), then submit
        and score every unfinished timed attempt of the trainee whose time had run out; their
        missed questions go to review. Returns the ids submitted."""
        with self._sessions() as session:
            candidates = list(session.scalars(select(Attempt.id).where(
                Attempt.trainee_id == trainee_id, Attempt.status == IN_PROGRESS,
                Attempt.clock_at.is_not(None) | (Attempt.time_limit_seconds.is_not(None)
                                                 & (Attempt.elapsed_seconds >= Attempt.time_limit_seconds)))))
        closed = []
        for attempt_id in candidates:
            with self._sessions.begin() as session:
                row = self._locked(session, attempt_id)  # another seat may have submitted it since
                if row is None or row.status != IN_PROGRESS:
                    continue
                clock.halt(row)
                if not self._ran_out(row):
                    continue
                submitted = self._submit(row)
            self._review_missed(*submitted)
            closed.append(attempt_id)
        return closed

    def finish(self, attempt_id: int) -> Score:
        """Submit an attempt. It is submitted once: a second finish (another seat, a double
        click) returns the same score and schedules no second review of the missed questions."""
        with self._sessions.begin() as session:
            row = self._locked(session, attempt_id)
            if row is None:
                raise AttemptError(GONE)
            if row.status == IN_PROGRESS:
                submitted = self._submit(row)
                result = submitted[2]
            else:
                result, submitted = score(self._pairs(row)), None
        if submitted:
            self._review_missed(*submitted)
        return result

    def abandon(self, attempt_id: int) -> None:
        with self._sessions.begin() as session:
            row = self._locked(session, attempt_id)
            if row is not None and row.status == IN_PROGRESS:
                clock.stop(row, self._now())
                row.status = "abandoned"
                row.finished_at = self._now()

    # ---- reading ---------------------------------------------------------------------
    def load(self, attempt_id: int) -> AttemptView:
        with self._sessions() as session:
            row = session.get(Attempt, attempt_id)
            if row is None:
                raise AttemptError(GONE)
            return attempt_view(row)

    def score_of(self, attempt_id: int) -> Score:
        with self._sessions() as session:
            return score(self._pairs(session.get(Attempt, attempt_id)))

    def resumable(self, trainee_id: int) -> AttemptView | None:
        with self._sessions() as session:
            row = session.scalar(select(Attempt).where(
                Attempt.trainee_id == trainee_id, Attempt.status == IN_PROGRESS,
            ).order_by(Attempt.started_at.desc(), Attempt.id.desc()).limit(1))
            return attempt_view(row) if row else None

    def history(self, trainee_id: int, mode: str | None = None, with_order: bool = True) -> list[AttemptView]:
        """Finished attempts, oldest first. Two hand-written queries (store.reads), no ORM
        objects: years of history (tens of thousands of answers) stay quick. Scoring needs
        no display order, so callers that only score can skip it (`with_order=False`)."""
        columns = ("question_id", "option_order", "chosen", "correct", "flagged", "seconds")
        if not with_order:
            columns = tuple(c for c in columns if c != "option_order")
        with self._sessions() as session:
            reader = reads.session_reader(session)
            attempts = reads.finished_attempts(reader, trainee_id, mode)
            rows = reads.finished_items(reader, trainee_id, mode, columns) if attempts else []
        items: dict[int, list[ItemView]] = {a["id"]: [] for a in attempts}
        for row in rows:
            if with_order:
                attempt_id, position, question_id, order, chosen, correct, flagged, seconds = row
            else:
                attempt_id, position, question_id, chosen, correct, flagged, seconds = row
                order = None
            items[attempt_id].append(ItemView(
                position, question_id, tuple(order or ()), tuple(chosen) if chosen else None,
                None if correct is None else bool(correct), bool(flagged), seconds or 0))
        return [AttemptView(
            id=a["id"], trainee_id=a["trainee_id"], mode=a["mode"], status=a["status"], seed=a["seed"],
            started_at=a["started_at"], finished_at=a["finished_at"], time_limit_seconds=a["time_limit_seconds"],
            elapsed_seconds=a["elapsed_seconds"] or 0, items=tuple(items[a["id"]]), profile_id=a["profile_id"],
            title=str(a["blueprint"].get("title", "")),
            score_percent=float(a["score_percent"]) if a["score_percent"] is not None else None,
            fresh=fresh_of(a["blueprint"]),
        ) for a in attempts]

    def score_view(self, view: AttemptView) -> Score:
        """Score a loaded attempt without another query."""
        pairs = [(self._catalog.questions[i.question_id], list(i.chosen or ()))
                 for i in view.items if i.question_id in self._catalog.questions]
        return score(pairs)

    def recent_question_ids(self, trainee_id: int, attempts: int = RECENT_ATTEMPTS) -> set[str]:
        with self._sessions() as session:
            ids = session.scalars(select(Attempt.id).where(Attempt.trainee_id == trainee_id)
                                  .order_by(Attempt.started_at.desc(), Attempt.id.desc()).limit(attempts)).all()
            if not ids:
                return set()
            return set(session.scalars(select(AttemptItem.question_id).where(AttemptItem.attempt_id.in_(ids))))

    def seen_recently(self, trainee_id: int, days: int = RECENT_DAYS) -> set[str]:
        """Questions the trainee answered, in any attempt, in the last `days` days."""
        since = self._now() - dt.timedelta(days=days)
        with self._sessions() as session:
            return set(session.scalars(
                select(AttemptItem.question_id).join(Attempt, Attempt.id == AttemptItem.attempt_id)
                .where(Attempt.trainee_id == trainee_id, AttemptItem.answered_at >= since)
                .distinct()))

    # ---- helpers -------------------------------------------------------------------
    def _submit(self, row: Attempt) -> tuple[int, list[str], Score]:
        """Stop the clock, score and mark finished (in the caller's transaction); returns who
        missed what, for review once the transaction has committed."""
        clock.stop(row, self._now())
        pairs = self._pairs(row)
        result = score(pairs)
        row.status = FINISHED
        row.finished_at = self._now()
        row.score_percent = Decimal(f"{result.percent:.2f}")
        return row.trainee_id, [q.id for q, chosen in pairs if not is_correct(q, chosen)], result

    def _review_missed(self, trainee_id: int, missed: list[str], _result: Score | None = None) -> None:
        if self._on_missed and missed:
            self._on_missed(trainee_id, missed)

    @staticmethod
    def _ran_out(row: Attempt) -> bool:
        """Time used up to the last write reaches the limit: the clock counts no further while
        the app is closed or after a crash (attempt_clock)."""
        return row.time_limit_seconds is not None and (row.elapsed_seconds or 0) >= row.time_limit_seconds

    def _count(self, attempt_id: int, position: int | None, item_seconds: int | None, stop: bool) -> int:
        with self._sessions.begin() as session:
            row = self._locked(session, attempt_id)
            if row is None:
                return 0
            if row.status != IN_PROGRESS:
                return row.elapsed_seconds or 0
            now = self._now()
            seconds = clock.stop(row, now) if stop else clock.count(row, now)
            if position is not None and item_seconds is not None:
                self._item(session, attempt_id, position).seconds = int(item_seconds)
            return seconds

    def _timely_item(self, session: Session, attempt_id: int, position: int) -> AttemptItem:
        """The item to write, after counting the clock; TimeUp once a timed attempt's time
        (with GRACE_SECONDS for the last click) is used."""
        item = self._item(session, attempt_id, position)
        row = item.attempt
        now = self._now()
        if clock.time_up(row, now, clock.GRACE_SECONDS):
            raise TimeUp(attempt_id)  # nothing is written: the transaction rolls back
        clock.count(row, now)
        return item

    def _pairs(self, row: Attempt) -> list[tuple[Question, list[int] | None]]:
        pairs = []
        for item in sorted(row.items, key=lambda i: i.position):
            question = self._catalog.questions.get(item.question_id)
            if question is not None:  # a question removed from the content no longer counts
                pairs.append((question, item.chosen))
        return pairs

    @staticmethod
    def _locked(session: Session, attempt_id: int) -> Attempt | None:
        """The attempt, read after locking its trainee: its status cannot change until commit,
        so nothing is written into an attempt another seat has just submitted."""
        if lock_owner(session, Attempt.id, Attempt.trainee_id, attempt_id) is None:
            return None
        return session.get(Attempt, attempt_id)

    @classmethod
    def _item(cls, session: Session, attempt_id: int, position: int) -> AttemptItem:
        attempt = cls._locked(session, attempt_id)
        if attempt is None:
            raise AttemptError(GONE)
        item = session.scalar(select(AttemptItem).where(
            AttemptItem.attempt_id == attempt_id, AttemptItem.position == position))
        if item is None:
            raise AttemptError(message(QT_TRANSLATE_NOOP("messages", "Question %1 is not part of this attempt."),
                                       position + 1))
        if attempt.status != IN_PROGRESS:
            raise AttemptError(message(QT_TRANSLATE_NOOP(
                "messages", "This attempt is already finished; its answers can no longer change.")))
        return item
