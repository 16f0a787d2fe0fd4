"""The readiness report sums the hours by month, lists every entry only when asked, and embeds
its data while it is drawn (no second pass over the finished PDF); every variant verifies."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from trainer.cli import main
from trainer.reports import render
from trainer.reports.data import BY_MONTH, FULL_LOG, HOURS_LOG, canonical, code_of
from trainer.reports.layout import ATTACHMENT
from trainer.reports.signature import signature_claim
from trainer.reports.verify import ALTERED, VALID, verify_report
from trainer.signing.pdf_signing import sign_pdf_bytes


def printed(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_by_month_by_default_and_every_entry_with_full_log(demo, tmp_path):
    services, summary = demo
    reports = services.reports
    entries = services.hours.list_entries(summary.trainee_id)
    reports.issue(summary.trainee_id, tmp_path / "short.pdf")
    reports.issue(summary.trainee_id, tmp_path / "full.pdf", full_log=True)
    short, full = printed(tmp_path / "short.pdf"), printed(tmp_path / "full.pdf")

    months = sorted({f"{e.date:%Y-%m}" for e in entries})
    assert all(month in short for month in months)
    assert short.count("not verified") == 0 and "Appendix: full hours log" not in short
    signed = services.signoff.valid_ids(summary.trainee_id)  # a typed name is not a signature
    assert full.count("not verified") == sum(e.id not in signed for e in entries)
    assert len(PdfReader(tmp_path / "short.pdf").pages) < len(PdfReader(tmp_path / "full.pdf").pages)

    short_data = reports.data(summary.trainee_id)
    assert short_data["log"] == BY_MONTH and short_data["entries"] == []
    assert short_data["hours"]["entry_count"] == str(len(entries))
    full_data = reports.data(summary.trainee_id, full_log=True)
    assert full_data["log"] == FULL_LOG and len(full_data["entries"]) == len(entries)
    for name in ("short.pdf", "full.pdf"):
        assert verify_report(tmp_path / name).status == VALID, name


def test_the_data_is_embedded_while_drawing_not_by_rewriting_the_pdf(demo, monkeypatch, tmp_path):
    import pypdf

    services, summary = demo
    data = services.reports.data(summary.trainee_id, full_log=True)
    signer = services.reports.install_identity()
    data["signature"] = signature_claim(signer.info)

    def no_second_pass(*_args, **_kwargs):
        raise AssertionError("the finished PDF was read or rewritten")

    monkeypatch.setattr(pypdf, "PdfReader", no_second_pass)
    monkeypatch.setattr(pypdf, "PdfWriter", no_second_pass)
    pdf = render(data)
    monkeypatch.undo()

    path = tmp_path / "drawn.pdf"
    path.write_bytes(sign_pdf_bytes(pdf, signer, reason="test"))  # signing appends: the drawing is kept
    reader = PdfReader(path)
    assert reader.attachments[ATTACHMENT] == [canonical(data)]
    assert json.loads(reader.attachments[ATTACHMENT][0]) == data
    assert reader.metadata["/CPSWTrainerCode"] == code_of(data)
    assert reader.metadata["/CPSWTrainerFormat"] == data["format"]
    assert reader.metadata.title == f"Certification readiness report: {data['trainee']}"
    assert verify_report(path).status == VALID


def test_a_report_issued_before_the_choice_still_verifies(demo, tmp_path):
    """Reports issued earlier carry no "log" key and list every entry: they redraw the same."""
    services, summary = demo
    data = services.reports.data(summary.trainee_id, full_log=True)
    del data["log"]
    signer = services.reports.install_identity()
    data["signature"] = signature_claim(signer.info)
    (tmp_path / "old.pdf").write_bytes(sign_pdf_bytes(render(data), signer, reason="test"))
    assert verify_report(tmp_path / "old.pdf").status == VALID
    assert "Appendix: full hours log" in printed(tmp_path / "old.pdf")


@pytest.mark.parametrize("flag", ["--full-log", "--hours-log"])
def test_the_command_line_writes_the_full_log_when_asked(demo, capsys, tmp_path, flag):
    services, summary = demo
    base = ["--data-dir", str(services.settings.data_dir), "--database-url", services.settings.database_url,
            "--content-dir", str(services.settings.content_dir)]
    out = tmp_path / "log.pdf"
    assert main([*base, "report", "--trainee", "Rosa Q. Example", "--out", str(out), flag]) == 0
    entries = services.hours.list_entries(summary.trainee_id)
    signed = services.signoff.valid_ids(summary.trainee_id)
    assert printed(out).count("not verified") == sum(e.id not in signed for e in entries)
    kind = services.reports.issued(summary.trainee_id)[-1].kind
    assert kind == (HOURS_LOG if flag == "--hours-log" else "readiness")
    assert main([*base, "verify", str(out)]) == 3  # intact, self-issued: nobody vouched for it


def test_a_summary_report_with_its_month_totals_edited_is_altered(demo, tmp_path):
    from tests.reports.test_verify import edit_embedded_data

    services, summary = demo
    services.reports.issue(summary.trainee_id, tmp_path / "true.pdf")
    assert verify_report(tmp_path / "true.pdf").status == VALID
    edit_embedded_data(tmp_path / "true.pdf", tmp_path / "edited.pdf",
                       lambda d: d["hours"]["by_month"][0].__setitem__(1, "999"))
    assert verify_report(tmp_path / "edited.pdf").status == ALTERED
