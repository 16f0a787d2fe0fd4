"""Signed reports (#19): each case fails without the signatures.

A report issued with a supervisor's certificate verifies as trusted (exit 0) on a seat that trusts the
agency; a forged redraw, an overlay added in an incremental update, an edited figure, another agency's
certificate, a revoked or expired certificate and a trainee without a certificate are all refused.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import time

import pytest
from PIL import Image

from tests.signing.conftest import AGENCY_PASS, HOLDER_PASS, make_agency, make_supervisor
from trainer.cli import main
from trainer.reports import render
from trainer.reports.layout import ATTACHMENT
from trainer.reports.verify import ALTERED, UNSIGNED, VALID, Trust, verify_report
from trainer.signing.authority import CA_CERT, create_authority, open_authority
from trainer.signing.identities import identity_from_pkcs12, load_identity
from trainer.signing.pdf_signing import (
    INSTALL_KEY,
    INSTALL_SECRET,
    install_identity,
    sign_pdf_bytes,
)
from trainer.signing.trust import load_trust


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return make_agency(tmp_path_factory.mktemp("agency"))


@pytest.fixture(scope="module")
def supervisor_p12(agency, tmp_path_factory):
    return make_supervisor(agency, tmp_path_factory.mktemp("holder"))


@pytest.fixture
def signed(demo, supervisor_p12, agency, tmp_path):
    services, summary = demo
    signer = load_identity(supervisor_p12, HOLDER_PASS)
    out = tmp_path / "signed.pdf"
    services.reports.issue(summary.trainee_id, out, agency="Sunrise Recovery", signer=signer)
    return out, load_trust(agency.folder / CA_CERT), services


def _embedded(path) -> dict:
    from pypdf import PdfReader

    return json.loads(PdfReader(path).attachments[ATTACHMENT][0])


def _cli(services, *words) -> int:
    base = ["--data-dir", str(services.settings.data_dir), "--database-url", services.settings.database_url,
            "--content-dir", str(services.settings.content_dir)]
    return main([*base, *map(str, words)])


def test_a_supervisor_signed_report_is_trusted_where_the_agency_is(signed, agency, capsys):
    path, trust, services = signed
    result = verify_report(path, trust)
    assert (result.status, result.trust, result.exit_code) == (VALID, Trust.TRUSTED, 0), result.checks
    assert result.signer == "Dana Supervisor" and all(ok for ok, _ in result.checks)
    assert _cli(services, "verify", path, "--trust", agency.folder / CA_CERT) == 0
    out = capsys.readouterr().out
    assert "signed by Dana Supervisor" in out and "Nothing was added or changed after signing" in out
    assert _cli(services, "verify", path) == 3  # this seat's agency file trusts nobody: not trusted


def test_pyhankos_own_validator_accepts_the_signature(signed, agency):
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    path, _trust, _services = signed
    root = asn1_x509.Certificate.load(agency.certificate.public_bytes(__import__(
        "cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]).Encoding.DER))
    with path.open("rb") as handle:
        signature = PdfFileReader(handle).embedded_signatures[0]
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[root]))
    assert status.bottom_line and status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.subject.native["common_name"] == "Dana Supervisor"
    assert status.docmdp_ok


def test_a_report_redrawn_from_changed_data_with_the_apps_own_code_is_refused(signed, tmp_path):
    path, trust, _services = signed
    data = _embedded(path)
    data["trainee"] = "Forged Person"
    for exam in data.get("exams", []):
        exam["percent"] = "98%"
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(render(data))  # the app's own drawing code: unsigned
    assert verify_report(forged, trust).status == UNSIGNED and verify_report(forged, trust).exit_code == 1

    forger = install_identity(tmp_path / "forger")  # signed by the forger's own install, claim kept
    forged.write_bytes(sign_pdf_bytes(render(data), forger, reason="forged"))
    result = verify_report(forged, trust)
    assert result.status == ALTERED and result.exit_code == 1
    assert "names Dana Supervisor as signer" in " ".join(text for _ok, text in result.checks)

    from trainer.reports.signature import signature_claim

    data["signature"] = signature_claim(forger.info)  # honest about the signer: self-issued, not trusted
    forged.write_bytes(sign_pdf_bytes(render(data), forger, reason="forged"))
    result = verify_report(forged, trust)
    assert (result.status, result.trust, result.exit_code) == (VALID, Trust.NOT_TRUSTED, 3)
    assert "Self-issued" in render(data).decode("latin-1") or "Self-issued" in _printed(forged)


def _printed(path) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_an_overlay_image_added_after_signing_is_detected(signed, tmp_path, agency, capsys):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.images import pil_image
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    path, trust, services = signed
    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    image = pil_image(Image.new("RGB", (240, 40), (255, 255, 255)), writer)  # a white box reading "Ready"
    stream = writer.add_object(generic.StreamObject(stream_data=b"q 240 0 0 40 60 520 cm /Overlay Do Q"))
    resources = generic.DictionaryObject({generic.NameObject("/XObject"): generic.DictionaryObject(
        {generic.NameObject("/Overlay"): image})})
    writer.add_stream_to_page(0, stream, resources=resources)
    overlaid = tmp_path / "overlaid.pdf"
    with overlaid.open("wb") as handle:
        writer.write(handle)
    result = verify_report(overlaid, trust)
    assert result.status == ALTERED and result.exit_code == 1
    assert any("added to the file after it was signed" in text for ok, text in result.checks if not ok)
    assert _cli(services, "verify", overlaid, "--trust", agency.folder / CA_CERT) == 1
    assert "do not rely on this file" in capsys.readouterr().err


def test_one_edited_figure_is_refused(signed, tmp_path):
    from tests.reports.test_verify import edit_page_text

    path, trust, services = signed
    data = _embedded(path)
    total = data["hours"]["by_kind"][0][1]  # the first kind's printed total
    edit_page_text(path, tmp_path / "edited.pdf", f"({total})".encode(), b"(999)")
    result = verify_report(tmp_path / "edited.pdf", trust)
    assert result.status == ALTERED and result.exit_code == 1


def test_a_report_signed_under_another_agencys_authority_is_not_trusted(demo, agency, tmp_path, capsys):
    services, summary = demo
    other = create_authority(tmp_path / "other", "Sunrise Recovery", AGENCY_PASS)  # a look-alike agency
    _, blob = other.issue("Dana Supervisor", HOLDER_PASS)
    out = tmp_path / "other.pdf"
    services.reports.issue(summary.trainee_id, out, signer=identity_from_pkcs12(blob, HOLDER_PASS))
    result = verify_report(out, load_trust(agency.folder / CA_CERT))
    assert (result.status, result.trust, result.exit_code) == (VALID, Trust.NOT_TRUSTED, 3)
    assert _cli(services, "verify", out, "--trust", agency.folder / CA_CERT) == 3
    assert "NOT TRUSTED" in capsys.readouterr().err


def test_a_revoked_or_expired_certificate_is_refused(demo, agency, tmp_path):
    services, summary = demo
    authority = open_authority(agency.folder, AGENCY_PASS)
    issued, blob = authority.issue("Lee Leaving", HOLDER_PASS)
    out = tmp_path / "lee.pdf"
    services.reports.issue(summary.trainee_id, out, signer=identity_from_pkcs12(blob, HOLDER_PASS))
    assert verify_report(out, load_trust(agency.folder / CA_CERT)).exit_code == 0
    authority.revoke(issued.serial)
    result = verify_report(out, load_trust(agency.folder / CA_CERT))
    assert (result.trust, result.exit_code) == (Trust.REJECTED, 1)
    assert any("revoked" in text for _ok, text in result.checks)

    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    _, old = authority.issue("Old Cert", HOLDER_PASS, days=10, now=past)
    expired = identity_from_pkcs12(old, HOLDER_PASS)
    from trainer.reports import ReportError

    with pytest.raises(ReportError, match="not today"):
        services.reports.issue(summary.trainee_id, tmp_path / "x.pdf", signer=expired)
    data = _embedded(out)
    from trainer.reports.signature import signature_claim

    data["signature"] = signature_claim(expired.info)  # signed anyway, outside the app
    (tmp_path / "expired.pdf").write_bytes(sign_pdf_bytes(render(data), expired, reason="late"))
    result = verify_report(tmp_path / "expired.pdf", load_trust(agency.folder / CA_CERT))
    assert (result.trust, result.exit_code) == (Trust.REJECTED, 1)


def test_a_trainee_cannot_sign_without_a_supervisors_certificate(demo, supervisor_p12, tmp_path, capsys):
    services, _summary = demo
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("a guessed passphrase\n", encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert _cli(services, "report", "--trainee", "Rosa Q. Example", "--out", out, "--sign", supervisor_p12,
                "--passphrase-file", wrong) == 1
    assert "passphrase is wrong" in capsys.readouterr().err and not out.exists()
    assert _cli(services, "report", "--trainee", "Rosa Q. Example", "--out", out, "--sign",
                tmp_path / "none.p12", "--passphrase-file", wrong) == 1
    assert "Could not read" in capsys.readouterr().err and not out.exists()

    install_identity(services.reports.signing_dir)  # the install's own key is not a supervisor's
    secret = tmp_path / "secret.txt"
    secret.write_text((services.reports.signing_dir / INSTALL_SECRET).read_text(), encoding="utf-8")
    assert _cli(services, "report", "--trainee", "Rosa Q. Example", "--out", out, "--sign",
                services.reports.signing_dir / INSTALL_KEY, "--passphrase-file", secret) == 1
    assert "cannot sign reports" in capsys.readouterr().err and not out.exists()

    right = tmp_path / "right.txt"
    right.write_text(HOLDER_PASS + "\n", encoding="utf-8")
    assert _cli(services, "report", "--trainee", "Rosa Q. Example", "--out", out, "--sign", supervisor_p12,
                "--passphrase-file", right) == 0
    assert "signed by Dana Supervisor" in capsys.readouterr().out


def test_the_printed_code_and_qr_text_check_a_paper_copy(signed):
    from trainer.reports.layout import qr_text

    path, trust, _services = signed
    data = _embedded(path)
    result = verify_report(path, trust)
    assert verify_report(path, trust, code=result.code.lower()).exit_code == 0
    assert verify_report(path, trust, code=qr_text(data)).exit_code == 0
    wrong = verify_report(path, trust, code="0000-0000-0000")
    assert wrong.status == ALTERED and wrong.exit_code == 1
    assert "Signature" in _printed(path) and "Digitally signed by Dana Supervisor" in _printed(path)


def test_signing_adds_well_under_a_second(demo, supervisor_p12):
    from trainer.reports import render as draw

    services, summary = demo
    signer = load_identity(supervisor_p12, HOLDER_PASS)
    data = services.reports.data(summary.trainee_id)
    pdf = draw(data)
    sign_pdf_bytes(pdf, signer, reason="warm-up")  # imports pyHanko once
    started = time.perf_counter()
    for _ in range(3):
        sign_pdf_bytes(pdf, signer, reason="timed")
    assert (time.perf_counter() - started) / 3 < 0.5


def test_the_agencys_report_certificate_signs_reports_too(demo, agency, tmp_path):
    from trainer.signing.identities import REPORTS

    services, summary = demo
    _, blob = open_authority(agency.folder, AGENCY_PASS).issue("Sunrise Recovery reports", HOLDER_PASS, role=REPORTS)
    out = tmp_path / "agency.pdf"
    services.reports.issue(summary.trainee_id, out, signer=identity_from_pkcs12(blob, HOLDER_PASS))
    assert verify_report(out, load_trust(agency.folder / CA_CERT)).exit_code == 0


def test_damaged_signed_files_are_refused_without_a_crash(signed, tmp_path):
    path, trust, _services = signed
    pdf = path.read_bytes()
    start = pdf.index(b"/Contents <") + len(b"/Contents <")
    hex_cms = pdf[start:pdf.index(b">", start)].rstrip(b"0")  # the CMS, then the reserved zeros
    at = start + len(hex_cms) - 40  # inside the signature value, at the end of the signer's info
    damaged = {
        "truncated": pdf[: len(pdf) * 2 // 3],
        "signature value changed": pdf[:at] + (b"0" if pdf[at:at + 1] != b"0" else b"1") + pdf[at + 1:],
        "signed byte flipped": pdf[:500] + bytes([pdf[500] ^ 1]) + pdf[501:],
        "garbage": b"%PDF-1.7\n" + bytes(range(256)) * 20,
    }
    for name, content in damaged.items():
        (tmp_path / "d.pdf").write_bytes(content)
        result = verify_report(tmp_path / "d.pdf", trust)
        assert result.exit_code in (1, 2), (name, result.checks)
