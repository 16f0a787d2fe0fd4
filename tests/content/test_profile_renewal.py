"""Renewal rules in certification profiles, and whether a board's exam weights are its own."""

import datetime as dt

from tests.conftest import BUNDLED_CONTENT
from trainer.content.loader import load_catalog
from trainer.content.parse_profile import parse_profile

DOMAINS = {d: d for d in ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")}
HEAD = """id: board
name: Board Credential
board: Board
source: https://example.org/board
as_of: 2026-11-01
exam:
  questions: 10
  minutes: 20
  practice_pass_percent: 70
  weights: {advocacy: 25, mentoring-education: 25, recovery-wellness: 25, ethical-responsibility: 25}
  verified: false
"""


def _parse(text):
    errors = []
    return parse_profile(text, "board.yaml", DOMAINS, errors), [str(e) for e in errors]


def test_a_renewal_block_is_read_with_each_figures_source():
    profile, errors = _parse(HEAD + """renewal:
  source: https://example.org/renew
  as_of: 2026-12-01
  verified: true
  cycle_years: 2
  ce_hours: 30
  topic_hours: {ethics: 6, confidentiality: 3}
  caps:
    online_percent: {value: 50, source: https://example.org/online, verified: false, note: Ask first.}
  documents:
    - Signed application
    - {label: Supervisor's letter, verified: false}
  note: Every two years.
""")
    assert errors == []
    renewal = profile.renewal
    assert (renewal.cycle_years.value, renewal.ce_hours.value) == (2, 30)
    assert renewal.ce_hours.source == "https://example.org/renew" and renewal.ce_hours.verified
    assert renewal.ce_hours.as_of == dt.date(2026, 12, 1)
    assert {k: v.value for k, v in renewal.topic_hours.items()} == {"ethics": 6, "confidentiality": 3}
    online = renewal.caps["online_percent"]
    assert (online.value, online.source, online.verified, online.note) == (
        50, "https://example.org/online", False, "Ask first.")
    assert [(d.label, d.verified) for d in renewal.documents] == [("Signed application", True),
                                                                   ("Supervisor's letter", False)]
    assert renewal.note == "Every two years."


def test_renewal_problems_name_their_lines():
    _profile, errors = _parse(HEAD + """renewal:
  verified: true
  cycle_years: 0
  ce_hours: 10
  topic_hours: {ethics: 6, Confidentiality: 3, privacy: 6}
  caps: {online_percent: 150, phone_percent: 10}
  documents: [{source: https://example.org}]
  fees: 100
""")
    expected = [
        "board.yaml:14: 'cycle_years' needs a source",
        "board.yaml:14: 'cycle_years' needs an 'as_of' date",
        "board.yaml:14: 'cycle_years' must be more than 0",
        "board.yaml:16: 'topic_hours' names must be kebab-case ids",
        "board.yaml:16: the topic minimums add up to more than the 10 CE hours",
        "board.yaml:17: 'online_percent' must be at most 100, not 150",
        "board.yaml:17: unknown 'caps' entry 'phone_percent'",
        "board.yaml:18: missing required field 'label'",
        "board.yaml:19: unknown renewal field 'fees'",
    ]
    for fragment in expected:
        assert any(e.startswith(fragment) for e in errors), (fragment, errors)


def test_a_figure_without_any_verified_flag_is_unverified():
    profile, errors = _parse(HEAD + """renewal:
  source: https://example.org/renew
  as_of: 2026-12-01
  ce_hours: 40
""")
    assert errors == [] and profile.renewal.ce_hours.verified is False


def test_weights_source_says_whether_the_board_publishes_the_weights():
    profile, _ = _parse(HEAD)
    assert profile.exam.weights_assumed  # unverified exam block, no word: assumed
    verified = HEAD.replace("  verified: false\n", "  verified: true\n")
    assert _parse(verified)[0].exam.weights_source == "board"
    stated = HEAD.replace("  verified: false\n", "  verified: true\n  weights_source: assumed\n")
    assert _parse(stated)[0].exam.weights_assumed
    _, errors = _parse(HEAD.replace("  verified: false\n", "  weights_source: guessed\n"))
    assert any(e.startswith("board.yaml:11: 'weights_source' must be 'board'") for e in errors), errors


def test_every_bundled_profile_has_renewal_rules_with_sources():
    catalog = load_catalog(BUNDLED_CONTENT)
    assert not [e for e in catalog.errors if "certifications" in e.path]
    assert {"icrc-pr", "nm-cpsw", "pa-crs", "de-cprs"} <= set(catalog.profiles)
    for profile in catalog.profiles.values():
        renewal = profile.renewal
        assert renewal is not None, profile.id
        figures = [renewal.cycle_years, renewal.ce_hours, *renewal.topic_hours.values(), *renewal.caps.values()]
        assert all(f is not None and f.source.startswith("http") and f.as_of for f in figures), profile.id
    icrc, nm, pa = (catalog.profiles[i].renewal for i in ("icrc-pr", "nm-cpsw", "pa-crs"))
    assert (icrc.cycle_years.value, icrc.ce_hours.value, icrc.topic_hours["ethics"].value) == (2, 20, 6)
    assert (nm.ce_hours.value, nm.caps["online_percent"].value) == (40, 50)
    assert any("supervisor" in d.label.lower() for d in nm.documents)
    assert (pa.ce_hours.value, pa.topic_hours["ethics"].value, pa.topic_hours["confidentiality"].value) == (30, 6, 3)
    assert catalog.profiles["nm-cpsw"].exam.weights_assumed
    assert not catalog.profiles["de-cprs"].renewal.verified  # the board's own rules were not found
