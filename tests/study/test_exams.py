"""Blueprint sampling and scoring (issue 5's logic, without the screens)."""

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.content.schema import DOMAIN_IDS, Option, Question
from trainer.study.exams import (
    allocate,
    is_correct,
    largest_possible_exam,
    multiple_feedback,
    option_order,
    plan_exam,
    plan_practice,
    score,
)


def make_question(qid, domain="advocacy", qtype="single", correct=(0,), n=4, fixed=()):
    options = tuple(Option(text=f"option {i}", correct=i in correct and qtype != "order", fixed=i in fixed)
                    for i in range(n))
    return Question(id=qid, type=qtype, domain=domain, stem="?", options=options, bank_id="b")


def bank(per_domain: dict[str, int]):
    return [make_question(f"{d}-{i}", d) for d, n in per_domain.items() for i in range(n)]


weights_strategy = st.dictionaries(st.sampled_from(DOMAIN_IDS), st.integers(0, 100), min_size=1).filter(
    lambda w: sum(w.values()) > 0)


@given(weights=weights_strategy, total=st.integers(0, 400))
def test_allocation_is_exact_and_fair(weights, total):
    counts = allocate(total, weights)
    assert sum(counts.values()) == total
    weight_sum = sum(weights.values())
    for domain, count in counts.items():
        quota = total * weights[domain] / weight_sum
        assert math.floor(quota) <= count <= math.ceil(quota)


@pytest.mark.parametrize("total, weights, expected", [
    (75, {"advocacy": 25, "mentoring-education": 25, "recovery-wellness": 25, "ethical-responsibility": 25},
     {"advocacy": 19, "mentoring-education": 19, "recovery-wellness": 18, "ethical-responsibility": 19}),
    (10, {"advocacy": 20, "mentoring-education": 30, "recovery-wellness": 20, "ethical-responsibility": 30},
     {"advocacy": 2, "mentoring-education": 3, "recovery-wellness": 2, "ethical-responsibility": 3}),
    (7, {"advocacy": 1, "ethical-responsibility": 1}, {"advocacy": 4, "ethical-responsibility": 3}),
])
def test_known_blueprints(total, weights, expected):
    assert allocate(total, weights) == expected


@settings(max_examples=60, deadline=None)
@given(weights=weights_strategy, total=st.integers(1, 120), seed=st.integers(0, 2**31),
       sizes=st.dictionaries(st.sampled_from(DOMAIN_IDS), st.integers(0, 60), min_size=4, max_size=4))
def test_plan_exact_counts_no_repeats_reproducible(weights, total, seed, sizes):
    questions = bank(sizes)
    plan = plan_exam(questions, weights, total, seed)
    assert len(set(plan.question_ids)) == len(plan.question_ids)
    by_domain = {}
    for qid in plan.question_ids:
        domain = qid.rsplit("-", 1)[0]
        by_domain[domain] = by_domain.get(domain, 0) + 1
    for domain, needed in plan.counts.items():
        assert by_domain.get(domain, 0) == min(needed, sizes.get(domain, 0))
    short = {s.domain for s in plan.shortages}
    assert short == {d for d, n in plan.counts.items() if n > sizes.get(d, 0)}
    if not short:
        assert len(plan.question_ids) == total
    assert plan_exam(questions, weights, total, seed) == plan


def test_recent_questions_avoided_while_the_bank_allows():
    questions = bank({"advocacy": 10})
    first = plan_exam(questions, {"advocacy": 1}, 5, seed=1)
    second = plan_exam(questions, {"advocacy": 1}, 5, seed=2, avoid=first.question_ids)
    assert not set(first.question_ids) & set(second.question_ids)
    third = plan_exam(questions, {"advocacy": 1}, 8, seed=3, avoid=first.question_ids)
    assert len(set(third.question_ids) & set(first.question_ids)) == 3  # only as many as needed


def test_short_bank_is_reported_and_a_shorter_exam_offered():
    questions = bank({"advocacy": 30, "ethical-responsibility": 3})
    weights = {"advocacy": 50, "ethical-responsibility": 50}
    plan = plan_exam(questions, weights, 20, seed=5)
    assert [(s.domain, s.needed, s.available) for s in plan.shortages] == [("ethical-responsibility", 10, 3)]
    size = largest_possible_exam(questions, weights, 20)
    assert size == 7  # 4 advocacy + 3 ethical: ties go to the domain id first in order
    assert allocate(size, weights) == {"advocacy": 4, "ethical-responsibility": 3}
    assert plan_exam(questions, weights, size, seed=5).complete


def test_practice_sets():
    questions = bank({"advocacy": 12})
    assert len(plan_practice(questions, 10, seed=1)) == 10
    assert sorted(plan_practice(questions, None, seed=1)) == sorted(q.id for q in questions)
    assert plan_practice(questions, 10, seed=1) == plan_practice(questions, 10, seed=1)
    recent = plan_practice(questions, 10, seed=1)
    assert len(set(plan_practice(questions, 2, seed=2, avoid=recent)) & set(recent)) == 0


def test_option_order_rules():
    rng = random.Random(0)
    tf = make_question("tf", qtype="true_false", n=2)
    assert option_order(tf, rng) == [0, 1]
    fixed = make_question("f", n=5, fixed=(4,))
    for _ in range(20):
        order = option_order(fixed, rng)
        assert order[4] == 4 and sorted(order) == [0, 1, 2, 3, 4]
    ordering = make_question("o", qtype="order", n=3)
    for _ in range(20):
        assert option_order(ordering, rng) != [0, 1, 2]


def test_scoring_each_type():
    single = make_question("s", correct=(2,))
    assert is_correct(single, [2]) and not is_correct(single, [1]) and not is_correct(single, [])
    assert not is_correct(single, None)
    multi = make_question("m", qtype="multiple", correct=(0, 2))
    assert is_correct(multi, [2, 0])
    assert not is_correct(multi, [0])  # missing one
    assert not is_correct(multi, [0, 1, 2])  # one extra
    assert not is_correct(multi, [0, 0, 2])
    feedback = multiple_feedback(multi, [0, 1])
    assert feedback.missing == (2,) and feedback.extra == (1,)
    tf = make_question("t", qtype="true_false", correct=(1,), n=2)
    assert is_correct(tf, [1]) and not is_correct(tf, [0])
    order = make_question("o", qtype="order", n=4)
    assert is_correct(order, [0, 1, 2, 3])
    assert not is_correct(order, [1, 0, 2, 3]) and not is_correct(order, [0, 1, 2])


def test_score_with_domain_breakdown():
    a = make_question("a", "advocacy")
    b = make_question("b", "advocacy")
    c = make_question("c", "ethical-responsibility")
    result = score([(a, [0]), (b, [1]), (c, None)])
    assert (result.correct, result.total) == (1, 3)
    assert round(result.percent, 2) == 33.33
    assert result.by_domain["advocacy"].percent == 50.0
    assert result.by_domain["ethical-responsibility"].correct == 0
    assert result.passed(30) and not result.passed(70)
