"""Build an exam from a synthetic bank of 10,000 questions (target: under 50 ms here)."""

from __future__ import annotations

import random

from timing import median_time  # noqa: E402 - benchmarks/ is on sys.path

from trainer.content.schema import DOMAIN_IDS, Option, Question
from trainer.study.exams import plan_exam

WEIGHTS = {"advocacy": 25, "mentoring-education": 25, "recovery-wellness": 25, "ethical-responsibility": 25}


def synthetic_bank(size: int = 10_000) -> list[Question]:
    rng = random.Random(7)
    options = tuple(Option(text=f"option {i}", correct=i == 0) for i in range(4))
    return [Question(id=f"q-{i:05d}", type="single", domain=rng.choice(DOMAIN_IDS), stem="?",
                     options=options, bank_id="synthetic") for i in range(size)]




def run(quick: bool = False) -> list[dict]:
    bank = synthetic_bank()
    recent = [q.id for q in bank[:300]]
    repeats = 5 if quick else 25
    exam = median_time(lambda: plan_exam(bank, WEIGHTS, 75, seed=11, avoid=recent), repeats)
    # Floor: the least any exam builder must do: look at every question once.
    floor = median_time(lambda: [q.domain for q in bank], repeats)
    return [
        {"figure": "exam from 10,000 questions (ms)", "value": exam * 1000, "target": "< 50",
         "ok": exam < 0.050},
        {"figure": "exam build / one pass over the bank", "value": exam / floor, "target": "report",
         "ok": True},
    ]
