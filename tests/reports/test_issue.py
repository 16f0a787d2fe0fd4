"""The one issuing path: progress through its steps, Cancel before anything is written,
errors as messages (data), and the record kept by the study layer."""

from __future__ import annotations

import pytest

from trainer.operations import Change
from trainer.operations.progress import Cancelled
from trainer.operations.reports import issue_report
from trainer.reports import HOURS_LOG, READINESS, STEPS, ReportError


def test_issuing_counts_its_steps_and_says_it_changed_the_reports(demo, tmp_path):
    services, summary = demo
    seen = []
    done = issue_report(services.reports, summary.trainee_id, tmp_path / "r.pdf", kind=READINESS,
                        progress=lambda step, total: seen.append((step, total)))
    assert done.changes == Change.REPORTS
    assert seen == [(step, STEPS) for step in range(STEPS)]  # none after the write: it is recorded
    assert done.value.path == str((tmp_path / "r.pdf").resolve())
    assert [r.code for r in services.reports.issued(summary.trainee_id)] == [done.value.code]


def test_a_report_issued_without_a_path_goes_to_the_data_folder(demo):
    services, summary = demo
    info = issue_report(services.reports, summary.trainee_id, kind=HOURS_LOG).value
    assert str(services.settings.data_dir / "reports") in info.path and info.kind == HOURS_LOG


@pytest.mark.parametrize("stop_at", range(STEPS))
def test_cancel_before_the_last_step_writes_and_records_nothing(demo, tmp_path, stop_at):
    services, summary = demo

    def progress(step, _total):
        if step == stop_at:
            raise Cancelled()

    with pytest.raises(Cancelled):
        issue_report(services.reports, summary.trainee_id, tmp_path / "r.pdf", kind=READINESS, progress=progress)
    assert not (tmp_path / "r.pdf").exists()
    assert services.reports.issued(summary.trainee_id) == []


def test_errors_are_messages_with_their_values(demo, tmp_path):
    services, summary = demo
    with pytest.raises(ReportError) as raised:
        services.reports.issue(summary.trainee_id, tmp_path / "r.pdf", profile_id="no-such")
    problem = raised.value.message
    assert problem.template.startswith("The certification '%1' is not in the loaded content")
    assert problem.args[0] == "no-such" and "'no-such'" in str(raised.value)
    with pytest.raises(ReportError) as raised:
        services.reports.issue(summary.trainee_id, tmp_path / "r.pdf", logo_path=str(tmp_path / "none.png"))
    assert raised.value.message.args == (str(tmp_path / "none.png"),)
