"""The curriculum is in its own words: no run of eight words outside a quotation or a
named term is shared with any of the public sources it was written from.

The sources are kept only as hashes of their 8-word runs (tests/fixtures/originality/,
made by `python tools/originality.py build SOURCES_DIR`)."""

import pytest

from tests.conftest import BUNDLED_CONTENT, ROOT
from trainer.content.loader import load_catalog
from trainer.content.originality import (
    SHINGLE,
    catalog_texts,
    copied_runs,
    read_fingerprints,
    read_named_terms,
    shingles,
    without_quotations,
    words,
)

FINGERPRINTS = ROOT / "tests" / "fixtures" / "originality"
# SAMHSA's working definition of recovery (a public-domain federal text), one of the sources.
SOURCE_SENTENCE = ("A process of change through which individuals improve their health and wellness, "
                   "live a self-directed life, and strive to reach their full potential.")


@pytest.fixture(scope="module")
def fingerprints():
    return read_fingerprints(FINGERPRINTS / "shingles.txt.gz")


@pytest.fixture(scope="module")
def named_terms():
    return read_named_terms(FINGERPRINTS / "named-terms.txt")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(BUNDLED_CONTENT)


def test_no_run_of_eight_words_is_shared_with_a_source(catalog, fingerprints, named_terms):
    texts = list(catalog_texts(catalog))
    assert len(texts) == len(catalog.modules) + len(catalog.questions) >= 300
    copied = copied_runs(texts, fingerprints, named_terms)
    assert not copied, "copied from a source (rephrase, or quote and cite):\n" + "\n".join(
        f"{c.where}: {c.run}" for c in copied)


def test_the_sources_are_a_broad_sample(fingerprints):
    rows = (FINGERPRINTS / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) >= 40 and len(fingerprints) >= 20_000
    assert all(row.split("\t")[2].startswith("http") for row in rows)


def test_a_copied_sentence_is_caught_and_a_quoted_one_is_not(catalog, fingerprints, named_terms):
    module = next(iter(catalog.modules.values()))
    copied = module.intro + "\nRecovery is " + SOURCE_SENTENCE.lower()
    found = copied_runs([(module.path, copied)], fingerprints, named_terms)
    assert len(found) == len(words(SOURCE_SENTENCE)) - SHINGLE + 1
    assert found[0].run == "a process of change through which individuals improve"
    quoted = module.intro + f'\nSAMHSA defines recovery as "{SOURCE_SENTENCE}" (SAMHSA, 2012).'
    assert copied_runs([(module.path, quoted)], fingerprints, named_terms) == []
    block = module.intro + f"\n> {SOURCE_SENTENCE}\n"
    assert copied_runs([(module.path, block)], fingerprints, named_terms) == []
    # A copied option or explanation in a question is caught too.
    question = next(iter(catalog.questions.values()))
    assert copied_runs([("q", f"{question.stem} | {SOURCE_SENTENCE}")], fingerprints, named_terms)


def test_named_terms_cut_runs_but_hide_nothing_around_them():
    text = "the national association of peer supporters wrote some helpful guidelines for all of us today"
    runs = [run for _, run in shingles(text, named_terms=["National Association of Peer Supporters"])]
    assert runs == ["wrote some helpful guidelines for all of us", "some helpful guidelines for all of us today"]
    assert all("association" not in run for run in runs)


def test_words_and_quotations():
    assert words("Murray-García’s “six” R's, 988!") == ["murray", "garcía's", "six", "r's", "988"]
    assert without_quotations('He said "one two three" then > no\n> a quote line\nafter') \
        == "He said  |  then > no\n | \nafter"
