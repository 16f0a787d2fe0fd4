"""verify: accepts an issued report (self-issued: intact, exit 3), rejects edited text, edited data
and foreign files. Signed reports under an agency: tests/signing/test_signed_reports.py."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfgen import canvas

from trainer.cli import main
from trainer.reports.data import HOURS_LOG, canonical
from trainer.reports.layout import ATTACHMENT
from trainer.reports.verify import ALTERED, FOREIGN, UNREADABLE, VALID, Trust, verify_report
from trainer.study.hours import format_hours


@pytest.fixture
def issued(demo, tmp_path):
    services, summary = demo
    info = services.reports.issue(summary.trainee_id, tmp_path / "report.pdf")
    totals = services.hours.totals(summary.trainee_id)
    return tmp_path / "report.pdf", info, totals


def edit_page_text(source, target, old: bytes, new: bytes, page: int = 0) -> None:
    writer = PdfWriter(clone_from=PdfReader(source))
    contents = writer.pages[page].get_contents()
    data = contents.get_data()
    assert old in data, "the figure to edit is not on that page"
    contents.set_data(data.replace(old, new, 1))
    writer.pages[page][NameObject("/Contents")] = contents
    writer.write(target)


def edit_embedded_data(source, target, change) -> None:
    writer = PdfWriter(clone_from=PdfReader(source))
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[names.index(ATTACHMENT) + 1].get_object()
    stream = spec["/EF"]["/F"].get_object()
    data = json.loads(stream.get_data())
    change(data)
    stream.set_data(canonical(data))
    writer.write(target)


def test_the_original_is_valid(issued):
    path, info, _totals = issued
    result = verify_report(path)
    assert result.status == VALID and result.trust is Trust.NOT_TRUSTED and result.exit_code == 3, result.checks
    failed = [text for ok, text in result.checks if not ok]  # only the trust: everything else holds
    assert result.code == info.code and len(failed) == 1
    assert "Self-issued by the install" in failed[0] and "does not prove" in failed[0]


def test_a_copy_with_one_printed_total_edited_is_altered(issued, tmp_path):
    path, _info, totals = issued
    experience = format_hours(totals.experience).encode()
    bumped = str(int(totals.experience) + 100).encode()
    edit_page_text(path, tmp_path / "edited.pdf", b"(" + experience + b")", b"(" + bumped + b")")
    result = verify_report(tmp_path / "edited.pdf")
    assert result.status == ALTERED and result.exit_code == 1
    failed = " ".join(text for ok, text in result.checks if not ok)
    assert "experience total" in failed or "printed text was changed" in failed


def test_a_copy_with_edited_embedded_data_is_altered(issued, tmp_path):
    path, _info, _totals = issued

    def more_hours(data):
        data["hours"]["by_kind"][1][1] = "9999"

    edit_embedded_data(path, tmp_path / "data.pdf", more_hours)
    result = verify_report(tmp_path / "data.pdf")
    assert result.status == ALTERED and result.exit_code == 1
    assert any("does not match the embedded data" in text for ok, text in result.checks if not ok)


def test_a_foreign_pdf_and_an_unreadable_file(tmp_path):
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Certification readiness report   Verification code 3F2A-91C0-77DE")
    page.save()
    (tmp_path / "foreign.pdf").write_bytes(buffer.getvalue())
    foreign = verify_report(tmp_path / "foreign.pdf")
    assert foreign.status == FOREIGN and foreign.exit_code == 1
    (tmp_path / "junk.pdf").write_bytes(b"this is not a PDF at all")
    junk = verify_report(tmp_path / "junk.pdf")
    assert junk.status == UNREADABLE and junk.exit_code == 2
    assert verify_report(tmp_path / "missing.pdf").exit_code == 2


def test_report_and_verify_commands(demo, capsys, tmp_path):
    services, summary = demo
    base = ["--data-dir", str(services.settings.data_dir), "--database-url", services.settings.database_url,
            "--content-dir", str(services.settings.content_dir)]
    out = tmp_path / "cli.pdf"
    assert main([*base, "report", "--trainee", "Rosa Q. Example", "--out", str(out),
                 "--agency-name", "Hope Peer Center"]) == 0
    code = services.reports.issued(summary.trainee_id)[-1].code
    assert code in capsys.readouterr().out
    assert main([*base, "verify", str(out)]) == 3  # self-issued: intact, but nobody vouched for it
    printed, said = capsys.readouterr()
    assert "Self-issued by this install" in printed and code in printed and "Every printed word matches" in printed
    assert "valid but NOT TRUSTED" in said

    assert main([*base, "report", "--trainee", "Rosa Q. Example", "--out", str(tmp_path / "log.pdf"),
                 "--hours-log"]) == 0
    assert [r.kind for r in services.reports.issued(summary.trainee_id)] == ["readiness", HOURS_LOG]
    assert main([*base, "verify", str(tmp_path / "log.pdf")]) == 3

    assert main([*base, "report", "--trainee", "Nobody", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no trainee called 'Nobody'" in capsys.readouterr().err
    assert main([*base, "report", "--trainee", "Rosa Q. Example", "--out", str(tmp_path / "y.pdf"),
                 "--profile", "no-such"]) == 1
    assert "'no-such' is not in the loaded content" in capsys.readouterr().err
    (tmp_path / "junk.pdf").write_bytes(b"junk")
    assert main([*base, "verify", str(tmp_path / "junk.pdf")]) == 2


def test_a_report_with_a_logo_verifies(demo, tmp_path):
    from PIL import Image

    services, summary = demo
    Image.new("RGB", (300, 100), (31, 58, 95)).save(tmp_path / "logo.png")
    services.reports.issue(summary.trainee_id, tmp_path / "logo.pdf", agency="Hope Peer Center",
                                  logo_path=str(tmp_path / "logo.png"))
    assert PdfReader(tmp_path / "logo.pdf").pages[0].images  # the logo is drawn
    assert verify_report(tmp_path / "logo.pdf").status == VALID
