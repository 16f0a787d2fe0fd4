"""The readiness report and hours log, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from pypdf import PdfReader

from tests.reports.conftest import TODAY
from trainer.reports import wording
from trainer.reports.data import HOURS_LOG
from trainer.study.demo import create_demo
from trainer.study.hours import EntryData, format_hours
from trainer.study.readiness import ReadinessService


def text_of(path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_report_prints_name_totals_verdict_and_code_and_is_recorded(make_services, database_url, tmp_path):
    services = make_services(database_url)
    summary = create_demo(services, "Rosa Q. Example", entries=60, today=TODAY)
    reports = services.reports
    info = reports.issue(summary.trainee_id, tmp_path / "out" / "rosa.pdf", agency="Hope Peer Center")
    reader, text = text_of(tmp_path / "out" / "rosa.pdf")
    printed = flat(text)

    assert "Rosa Q. Example" in printed and "Hope Peer Center" in printed
    totals = services.hours.totals(summary.trainee_id)
    for kind in ("training", "experience", "supervision"):
        total = format_hours(getattr(totals, kind))
        assert re.search(rf"{kind.capitalize()} {re.escape(total)} [\d.]+", printed), (kind, total)
    for domain, hours in totals.training_by_domain.items():
        name = services.catalog.domains[domain].name
        assert f"{name} {format_hours(hours)}" in printed
    profile = services.catalog.profiles[summary.profile_id]
    readiness = ReadinessService(lambda: services.catalog, services.overview).assess(summary.trainee_id, profile)
    # The codes readiness returns are worded in English for the PDF (reports/wording.py).
    assert wording.verdict(readiness.ready, readiness.met_count, readiness.total) in printed
    for step in readiness.next_steps[:6]:
        assert flat(wording.next_step(step)) in printed
    # On the first page and in the footer of every page.
    assert printed.count(f"Verification code {info.code}") == len(reader.pages) + 1
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", info.code)
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in printed and f"Page {pages} of {pages}" in printed
    exams = ReadinessService(lambda: services.catalog, services.overview).exams(summary.trainee_id, profile.id)
    assert exams and f"{exams[-1].finished_at:%Y-%m-%d} {exams[-1].percent:.0f}%" in printed
    for heading in ("Requirements", "By month", "Exam simulations", "Modules completed", "Attestations",
                    "Trainee signature", "Supervisor signature"):
        assert heading in printed, heading
    # By default the hours are summed by month, and the report says where every entry is.
    assert "Appendix: full hours log" not in printed and "not verified" not in printed
    assert "sums the 60 hours entries by month" in printed and "cpsw-trainer report --hours-log" in printed
    meta = reader.metadata
    assert meta.title == "Certification readiness report: Rosa Q. Example"
    assert meta.author == "Hope Peer Center" and profile.name in meta.subject
    assert meta.creation_date is not None

    recorded = reports.issued(summary.trainee_id)
    assert [(r.code, r.kind, r.profile_id) for r in recorded] == [(info.code, "readiness", profile.id)]
    assert recorded[0].path == str((tmp_path / "out" / "rosa.pdf").resolve())


def test_every_hours_entry_is_in_the_appendix_with_its_verification(demo, tmp_path):
    services, summary = demo
    services.reports.issue(summary.trainee_id, tmp_path / "r.pdf", full_log=True)
    _reader, text = text_of(tmp_path / "r.pdf")
    appendix = flat(text.split("Appendix: full hours log", 1)[1])
    entries = services.hours.list_entries(summary.trainee_id)
    checks = services.signoff.checks(summary.trainee_id)  # only a valid signature verifies, not a typed name
    assert appendix.count("not verified") == sum(not (e.id in checks and checks[e.id].valid) for e in entries)
    for entry in entries:
        if entry.id in checks and checks[entry.id].valid:
            assert f"{checks[entry.id].signer}, {checks[entry.id].signed_at:%Y-%m-%d}" in appendix


def test_a_new_trainee_gets_a_complete_report(make_services, tmp_path):
    services = make_services()
    trainee = services.trainees.create("Sam New", "icrc-pr")
    services.reports.issue(trainee.id, tmp_path / "new.pdf")
    _reader, text = text_of(tmp_path / "new.pdf")
    printed = flat(text)
    assert "Not yet ready: 0 of" in printed
    assert "No hours have been logged yet." in printed and "No exam simulations yet." in printed
    assert "No modules completed yet." in printed and "Training 0 0" in printed


def test_two_thousand_entries_split_over_pages_with_repeated_headers(make_services, tmp_path):
    services = make_services()
    trainee = services.trainees.create("Lots Of Hours", "icrc-pr")
    start = TODAY - dt.timedelta(days=999)
    kinds = ("experience", "experience", "training", "supervision")
    entries = [EntryData(start + dt.timedelta(days=i // 2), Decimal("1.25"), kinds[i % 4],
                         "advocacy" if kinds[i % 4] == "training" else None, "Community center",
                         "A fairly long activity description that has to wrap inside its narrow column",
                         "Supervisor Name") for i in range(2000)]
    services.hours.add_entries(trainee.id, entries, today=TODAY)
    services.reports.issue(trainee.id, tmp_path / "big.pdf", full_log=True)
    pages = [flat(page.extract_text()) for page in PdfReader(tmp_path / "big.pdf").pages]
    log_pages = [p for p in pages if "not verified" in p]
    assert len(log_pages) > 20
    assert all("Date Hours Kind Domain Setting Activity Supervisor Verification" in p for p in log_pages)
    assert sum(p.count("not verified") for p in pages) == 2000
    assert any("Experience 1250 0" in page for page in pages[:2])  # 1,000 entries of 1.25 h, in the summary up front


def test_hours_log_is_the_log_alone(demo, tmp_path):
    services, summary = demo
    services.reports.issue(summary.trainee_id, tmp_path / "log.pdf", kind=HOURS_LOG)
    reader, text = text_of(tmp_path / "log.pdf")
    printed = flat(text)
    assert "Hours log" in printed and "Full hours log" in printed and "Rosa Q. Example" in printed
    assert "Exam simulations" not in printed and "Requirement Status Done Required" not in printed
    assert reader.metadata.title == "Hours log: Rosa Q. Example"


def test_the_exam_history_says_which_simulations_counted(make_services, tmp_path):
    """Readiness counts a simulation only when most of its questions were new; the report's
    history says so for each, as the dashboard does."""
    from trainer.reports.data import _counts_text
    from trainer.study.readiness import ExamResult

    moment = dt.datetime(2026, 10, 1)
    assert _counts_text(ExamResult(1, moment, 80.0, fresh=70, asked=75)) == "yes (70 of 75 new)"
    assert _counts_text(ExamResult(2, moment, 95.0, fresh=10, asked=75)) == "no (10 of 75 new)"
    assert _counts_text(ExamResult(3, moment, 85.0)) == "yes (an older exam)"
    services = make_services()
    summary = create_demo(services, "Rosa Q. Example", entries=10, today=TODAY)
    out = tmp_path / "rosa.pdf"
    services.reports.issue(summary.trainee_id, out)
    printed = flat(text_of(out)[1])
    assert "Counts toward readiness" in printed
    exams = ReadinessService(lambda: services.catalog, services.overview).exams(summary.trainee_id, summary.profile_id)
    assert all(_counts_text(e) in printed for e in exams)
