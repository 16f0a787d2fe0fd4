"""The renewal packet: the summary's figures, every attachment of the cycle appended and embedded,
verifiable, and an altered packet found out."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader, PdfWriter

from trainer.operations.progress import Cancelled
from trainer.operations.renewal import issue_renewal_packet
from trainer.reports import ReportError
from trainer.reports.renewal_packet_verify import (
    ALTERED,
    UNSIGNED,
    VALID,
    packet_data_of,
    verify_packet,
)
from trainer.study.ce_records import CeData
from trainer.study.issued_reports import IssuedReportService


def _pdf(*lines: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for line in lines:
        page.drawString(100, 700, line)
        page.showPage()
    page.save()
    return buffer.getvalue()


def _image(kind: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (20, 90, 160)).save(buffer, kind)
    return buffer.getvalue()


@pytest.fixture
def packet(make_services, tmp_path):
    services = make_services()
    trainee = services.trainees.create("Nia Ortiz", "nm-cpsw")
    cert = services.certifications.record(trainee.id, "nm-cpsw", dt.date(2025, 3, 1), expires_on=dt.date(2027, 3, 1),
                                          number="CPSW-2041")
    ethics = services.ce_log.add_entry(trainee.id, CeData(dt.date(2025, 4, 2), "6", "Ethics in peer work", "NMCBBHP",
                                                          "AP-12", ("ethics",)))
    online = services.ce_log.add_entry(trainee.id, CeData(dt.date(2025, 5, 3), "24", "Online WRAP course", "Relias",
                                                          online=True))
    early = services.ce_log.add_entry(trainee.id, CeData(dt.date(2025, 1, 3), "3", "Before the cycle"))
    services.attachments.add(trainee.id, "ce", ethics.id, _pdf("Certificate: Ethics", "page two"),
                             name="ethics certificate.pdf")
    services.attachments.add(trainee.id, "ce", online.id, _image("JPEG"), name="wrap.jpg")
    services.attachments.add(trainee.id, "ce", early.id, _image("PNG"), name="not this cycle.png")
    services.attachments.add(trainee.id, "certification", cert.id, _image("PNG"), name="supervisor letter.png")

    def issue(out=None, progress=None, signed=True, language="en"):
        out = out or tmp_path / "packet.pdf"
        return issue_renewal_packet(catalog=services.catalog, trainees=services.trainees,
                                    certifications=services.certifications, ce_log=services.ce_log,
                                    attachments=services.attachments,
                                    issued=IssuedReportService(services.database.sessions), trainee_id=trainee.id,
                                    out=out, agency="Casa Esperanza", progress=progress,
                                    signing_dir=tmp_path / "signing" if signed else None, language=language)
    return services, trainee, issue


def test_the_packet_holds_the_figures_and_every_attachment_of_the_cycle(packet, tmp_path):
    services, trainee, issue = packet
    done = issue()
    path = tmp_path / "packet.pdf"
    data = packet_data_of(path.read_bytes())
    assert data["counted"] == "26" and data["ready"] == "not yet"  # 6 + 20 of the 24 online hours
    assert data["requirements"] == [
        "CE hours: 26 of 40 h, 14 h to go",
        "online courses: at most 20 h count (50%); 24 h logged; 4 h over, not counted"]
    assert [row[:4] + row[7:] for row in data["summary"]] == [
        ["2025-04-02", "Ethics in peer work", "NMCBBHP", "AP-12", "6", "6"],
        ["2025-05-03", "Online WRAP course", "Relias", "", "24", "20"]]
    assert data["not_counted"][0] == "2025-01-03 Before the cycle: does not count, before this cycle"
    assert data["cycle"] == ["2025-03-01", "2027-03-01", "check with your board: the cycle length is not confirmed"]
    assert [(a["name"], a["for"], a["pages"]) for a in data["attachments"]] == [
        ("supervisor letter.png", "the certification", "1"),
        ("ethics certificate.pdf", "CE 2025-04-02: Ethics in peer work", "2"),
        ("wrap.jpg", "CE 2025-05-03: Online WRAP course", "1")]
    reader = PdfReader(path)
    texts = [page.extract_text() for page in reader.pages]
    own = len(texts) - 4
    assert "Certificate: Ethics" in texts[own + 1] and "Attachment 2: ethics certificate.pdf" in texts[own + 2]
    assert all(f"Verification code {done.value.code}" in text for text in texts)
    assert sorted(reader.attachments) == sorted(["cpsw-report-data.json", "01-supervisor letter.png",
                                                 "02-ethics certificate.pdf", "03-wrap.jpg"])
    assert "Letter of endorsement from your current supervisor" in " ".join(texts[:own])
    result = verify_packet(path)
    assert result.status == VALID and result.exit_code == 3, result.checks  # intact, self-issued: not trusted
    assert data["signature"]["by"] == "self-issued" and "Self-issued: signed by" in " ".join(texts[:own])
    assert any("Self-issued by the install" in text for _ok, text in result.checks)
    assert [i.kind for i in services.reports.issued(trainee.id)] == ["renewal-packet"]


def test_an_altered_packet_is_found_out(packet, tmp_path):
    _services, _trainee, issue = packet
    issue()
    path = tmp_path / "packet.pdf"
    writer = PdfWriter(clone_from=path)
    writer.remove_page(len(writer.pages) - 1)  # a certificate taken out
    short = tmp_path / "short.pdf"
    writer.write(short)
    result = verify_packet(short)
    failed = [text for ok, text in result.checks if not ok]
    assert result.status == ALTERED and any("after" in text and "signed it" in text for text in failed)
    assert any("pages where its data gives" in text for text in failed)
    writer = PdfWriter(clone_from=path)
    writer.add_attachment("03-wrap.jpg", _image("PNG"))  # another picture in its place
    swapped = tmp_path / "swapped.pdf"
    writer.write(swapped)
    failed = [text for ok, text in verify_packet(swapped).checks if not ok]
    assert any("missing, changed or added: wrap.jpg" in text for text in failed)
    assert verify_packet(tmp_path / "missing.pdf").exit_code == 2
    issue(tmp_path / "unsigned.pdf", signed=False)
    unsigned = verify_packet(tmp_path / "unsigned.pdf")
    assert unsigned.status == UNSIGNED and unsigned.exit_code == 1


def test_no_certification_no_packet_and_cancel_writes_nothing(packet, make_services, tmp_path):
    services, trainee, issue = packet

    def stop(done, total):
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        issue(tmp_path / "cancelled.pdf", progress=stop)
    assert not (tmp_path / "cancelled.pdf").exists() and services.reports.issued(trainee.id) == []
    for record in services.certifications.history(trainee.id):
        services.certifications.delete(record.id)
    with pytest.raises(ReportError, match="No certification is recorded for Nia Ortiz"):
        issue()


def test_a_spanish_packet_is_worded_in_spanish_and_verifies(packet, tmp_path):
    services, trainee, issue = packet
    from trainer.content.translations import in_language

    spanish = in_language(services.catalog, "es").profiles["nm-cpsw"]
    done = issue(tmp_path / "es.pdf", language="es")
    path = tmp_path / "es.pdf"
    data = packet_data_of(path.read_bytes())
    assert data["language"] == "es" and data["ready"] == "todavía no"
    assert data["requirements"] == [
        "Horas de EC: 26 de 40 h, faltan 14 h",
        "cursos en línea: cuentan como máximo 20 h (50%); 24 h registradas; 4 h de más, que no cuentan"]
    assert data["not_counted"][0] == "2025-01-03 Before the cycle: no cuenta, antes de este ciclo"
    assert data["cycle"][2] == "confirme con su junta: la duración del ciclo no está confirmada"
    assert data["profile"]["name"] == spanish.name
    assert [a["for"] for a in data["attachments"]] == [
        "la certificación", "EC 2025-04-02: Ethics in peer work", "EC 2025-05-03: Online WRAP course"]
    texts = [page.extract_text() for page in PdfReader(path).pages]
    own = " ".join(texts[:len(texts) - 4])
    for words in ("Paquete de renovación", "Cómo va la renovación", "Resumen de la formación",
                  "Cuenta para la renovación: 26 h. Listo para renovar: todavía no.", "en línea, curso",
                  spanish.renewal.documents[0].label):
        assert " ".join(words.split()) in " ".join(own.split()), words
    assert "Training summary" not in own and "Where the renewal stands" not in own
    assert "Emitido por la propia instalación" in own and "Self-issued" not in own
    assert all(f"Código de verificación {done.value.code}" in text for text in texts)
    assert "Adjunto 2: ethics certificate.pdf" in texts[-3]
    result = verify_packet(path)
    assert result.status == VALID and result.exit_code == 3, result.checks
