"""A readiness report in Spanish, with the curriculum's Spanish words, embedded fonts that print
names in other scripts, and the same verification; reports from before keep verifying."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from tests.reports.conftest import TODAY
from trainer.config import Settings
from trainer.reports import render
from trainer.reports.report_language import EMBEDDED, fallback_font
from trainer.reports.verify import VALID, Trust, verify_report
from trainer.services import open_services
from trainer.study.hours import EntryData

NAME = "María Ирина Σοφία"  # Latin with accents, Cyrillic, Greek: all in DejaVu Sans


@pytest.fixture
def services(bilingual_content, data_dir):
    opened = open_services(Settings(data_dir=data_dir, content_dir=bilingual_content,
                                    database_url=f"sqlite:///{data_dir / 'es.sqlite3'}"))
    yield opened
    opened.close()


def _trainee(services, name=NAME):
    trainee = services.trainees.create(name, "test-board")
    services.hours.add_entries(trainee.id, [
        EntryData(TODAY - dt.timedelta(days=3), Decimal("2.5"), "training", "advocacy", "Centro", "Taller", "Ana"),
        EntryData(TODAY - dt.timedelta(days=2), Decimal("4"), "experience", None, "Centro", "Apoyo", "Ana"),
    ], today=TODAY)
    return trainee


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_spanish_report_prints_spanish_words_and_names_and_verifies(services, tmp_path):
    trainee = _trainee(services)
    out = tmp_path / "informe.pdf"
    info = services.reports.issue(trainee.id, out, language="es")
    text = _text(out)
    for words in ("Informe de preparación para la certificación", "Requisitos", "Próximos pasos",
                  "Horas de formación por área", f"Código de verificación {info.code}", "Página 1 de",
                  "Firma del participante", "Formación 2.5", "Experiencia 4"):
        assert words in text, words
    assert NAME in text  # every script of the name printed (and extracted) as written
    assert "Credencial de pares de la junta de prueba" in text  # the profile's Spanish name
    assert "Defensa de derechos 2.5" in text  # the Spanish domain name, with its hours
    assert "Diploma o equivalente" in text
    assert "Todavía no está listo" in text
    assert "Certification readiness report" not in text
    result = verify_report(out)
    assert result.status == VALID and result.trust is Trust.NOT_TRUSTED, result.checks
    failed = [text for ok, text in result.checks if not ok]
    assert len(failed) == 1 and "Self-issued" in failed[0]  # only the trust: the printed words all match
    assert result.data["language"] == "es" and result.data["font"] == EMBEDDED


def test_english_report_embeds_the_font_too(services, tmp_path):
    trainee = _trainee(services)
    out = tmp_path / "report.pdf"
    services.reports.issue(trainee.id, out)
    text = _text(out)
    assert "Certification readiness report" in text and NAME in text and "Advocacy 2.5" in text
    fonts = {str(f.get("/BaseFont")) for page in PdfReader(out).pages
             for f in (page.get("/Resources") or {}).get("/Font", {}).values() for f in [f.get_object()]}
    assert any("DejaVuSansCondensed" in name for name in fonts)  # embedded (a subset), so any viewer prints it
    assert verify_report(out).status == VALID


def test_report_data_from_before_the_font_is_redrawn_as_then(services):
    trainee = _trainee(services, "Rosa")
    data = services.reports.data(trainee.id)
    old = {k: v for k, v in data.items() if k != "font"}  # as reports were issued before
    fonts = set()
    for page in PdfReader(io.BytesIO(render(old))).pages:
        fonts |= {str(f.get_object().get("/BaseFont")) for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("Helvetica" in name for name in fonts)


@pytest.mark.skipif(fallback_font() is None, reason="no system font with CJK characters")
def test_a_name_in_a_script_dejavu_lacks_prints_in_the_fallback_font(services, tmp_path):
    trainee = _trainee(services, "李小龍 López")
    out = tmp_path / "cjk.pdf"
    services.reports.issue(trainee.id, out, language="es")
    assert "李小龍 López" in _text(out)


def test_the_exam_history_wraps_its_long_spanish_cells_and_older_reports_keep_their_layout(services):
    """'igual o mayor que la nota para aprobar' outgrew its 4 cm column and ran under the next
    one; since layout 2 those cells wrap. Data without the key is drawn as it was (verify redraws it)."""
    from reportlab.platypus import Paragraph, Table

    from trainer.reports.readiness_report import exams_section
    from trainer.reports.report_language import drawing

    data = {"exams": [{"date": "2026-08-02", "percent": "52%", "result": "igual o mayor que la nota para aprobar",
                       "counts": "sí (75 de 75 nuevas)"}], "pass_percent": "70", "latest_domains": [],
            "language": "es", "font": EMBEDDED}

    def history_cells(section_data):
        with drawing(section_data):
            [history] = [f for f in exams_section(section_data) if isinstance(f, Table)]
        return history._cellvalues[1][3:]

    assert services.reports.data(_trainee(services).id)["layout"] == 2  # every new report
    assert all(isinstance(cell, Paragraph) for cell in history_cells({**data, "layout": 2}))
    assert history_cells(data) == ["igual o mayor que la nota para aprobar", "sí (75 de 75 nuevas)"]
