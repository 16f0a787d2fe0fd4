"""Marking one answer, and the kinds of attempt. Small on purpose: the dashboard
needs it at start-up, without the exam builder."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.content.schema import Question

PRACTICE, REVIEW, EXAM = "practice", "review", "exam"  # attempt modes


def is_correct(question: Question, chosen: Sequence[int] | None) -> bool:
    """Whether an answer is right. `chosen` holds option indexes as written in the file.

    For `order` questions it is the trainee's sequence of option indexes, first to last.
    `multiple` is all-or-nothing.
    """
    if not chosen:
        return False
    if question.type == "order":
        return list(chosen) == list(range(len(question.options)))
    if question.type == "multiple":
        return set(chosen) == set(question.correct_indexes) and len(set(chosen)) == len(chosen)
    return list(chosen) == list(question.correct_indexes)
