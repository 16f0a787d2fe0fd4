"""`cpsw-trainer ce add|import|export|list|certify`."""

import pytest

from tests.conftest import BUNDLED_CONTENT
from trainer.cli import main
from trainer.config import resolve_settings
from trainer.services import open_services
from trainer.study.ce_csv import COLUMNS

HEADER = ",".join(COLUMNS) + "\r\n"
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def bundled(data_dir):
    return resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={})


def _args(settings, *rest):
    return ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest]


def _log(settings, name):
    services = open_services(settings)
    try:
        trainee = services.trainees.find(name)
        entries = services.ce_log.list_entries(trainee.id) if trainee else []
        return entries, [a for e in entries for a in services.attachments.list_for("ce", e.id)]
    finally:
        services.close()


def test_export_writes_the_header_even_for_an_empty_log(settings, tmp_path, capsys):
    assert main(_args(settings, "ce", "export", "--trainee", "Nobody")) == 1
    assert "no trainee called 'Nobody'" in capsys.readouterr().err
    services = open_services(settings)
    services.trainees.create("Hal", None)
    services.close()
    assert main(_args(settings, "ce", "export", "--trainee", "Hal")) == 0
    assert capsys.readouterr().out == HEADER.replace("\r\n", "\n")
    target = tmp_path / "ce.csv"
    assert main(_args(settings, "ce", "export", "--trainee", "Hal", "--out", str(target))) == 0
    assert target.read_bytes() == HEADER.encode()


def test_add_with_topics_online_and_a_certificate(settings, tmp_path, capsys):
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(PDF)
    assert main(_args(settings, "ce", "add", "--trainee", "Ivy", "--date", "2026-01-05", "--hours", "3",
                      "--title", "Ethics for peers", "--provider", "NMCBBHP", "--online", "--topic", "ethics",
                      "--topic", "Confidentiality", "--attach", str(certificate))) == 0
    out = capsys.readouterr().out
    assert "Created trainee 'Ivy'." in out and "Logged 3 CE hour(s) for Ivy: Ethics for peers" in out
    [entry], [attachment] = _log(settings, "Ivy")
    assert (entry.online, entry.topics, attachment.name) == (True, ("ethics", "confidentiality"), "certificate.pdf")
    assert main(_args(settings, "ce", "list", "--trainee", "Ivy")) == 0
    out = capsys.readouterr().out
    assert "Ethics for peers, NMCBBHP (course, online) [ethics, confidentiality]" in out
    assert "No certification recorded" in out


def test_a_refused_add_creates_nobody_and_says_every_problem(settings, tmp_path, capsys):
    fake = tmp_path / "certificate.pdf"
    fake.write_bytes(b"MZ not a pdf")
    assert main(_args(settings, "ce", "add", "--trainee", "Jo", "--date", "2026-01-05", "--hours", "3",
                      "--title", "Ethics", "--attach", str(fake))) == 1
    assert "Only PDF, PNG and JPEG" in capsys.readouterr().err
    assert main(_args(settings, "ce", "add", "--trainee", "Jo", "--date", "2026-01-05", "--hours", "0",
                      "--title", " ", "--topic", "a/b")) == 1
    err = capsys.readouterr().err
    assert "more than 0" in err and "title" in err and "'a/b' is not a topic name" in err
    assert _log(settings, "Jo") == ([], [])
    with pytest.raises(SystemExit):
        main(_args(settings, "ce", "add", "--trainee", "Jo", "--date", "soon", "--hours", "1", "--title", "T"))


def test_import_is_all_or_nothing_and_round_trips(settings, tmp_path, capsys):
    source = tmp_path / "in.csv"
    good = HEADER + "2026-01-05,6,Ethics in peer work,NMCBBHP,AP-12,ethics,no,course,\r\n"
    source.write_text(good + "soon,1,Undated,,,,,,\r\n2026-01-07,1,,,,,,,\r\n", encoding="utf-8")
    assert main(_args(settings, "ce", "import", str(source), "--trainee", "Kim")) == 1
    err = capsys.readouterr().err
    assert f"{source}:3: 'soon' is not a date" in err and f"{source}:4: Give the course's title" in err
    assert "Nothing was imported: 2 bad row(s)" in err
    assert _log(settings, "Kim") == ([], [])
    source.write_text(good, encoding="utf-8")
    assert main(_args(settings, "ce", "import", str(source), "--trainee", "Kim")) == 0
    assert "Imported 1 CE entry for Kim; 0 already in the log." in capsys.readouterr().out
    assert main(_args(settings, "ce", "export", "--trainee", "Kim")) == 0
    assert capsys.readouterr().out == good.replace("\r\n", "\n")


def test_list_shows_where_renewal_stands_once_certified(bundled, capsys):
    assert main(_args(bundled, "ce", "certify", "--trainee", "Lou", "--profile", "nowhere", "--on", "2025-03-01")) == 1
    assert "no certification profile 'nowhere'" in capsys.readouterr().err
    assert main(_args(bundled, "ce", "certify", "--trainee", "Lou", "--profile", "nm-cpsw", "--on", "2025-03-01",
                      "--expires", "2027-03-01", "--number", "CPSW-77")) == 0
    assert "Recorded Lou's nm-cpsw certification of 2025-03-01, expires 2027-03-01." in capsys.readouterr().out
    for day, hours, online in (("2025-02-01", "5", []), ("2025-04-01", "30", ["--online"]),
                               ("2025-05-01", "10", [])):
        assert main(_args(bundled, "ce", "add", "--trainee", "Lou", "--date", day, "--hours", hours,
                          "--title", f"Course {day}", *online)) == 0
    capsys.readouterr()
    assert main(_args(bundled, "ce", "list", "--trainee", "Lou")) == 0
    out = capsys.readouterr().out
    assert "cycle from 2025-03-01 to 2027-03-01 (check with your board: the cycle length is not confirmed)" in out
    assert "Counted: 30 h" in out
    assert "CE hours: 30 of 40 h, 10 h to go" in out
    assert "online courses: at most 20 h count (50%); 30 h logged; 10 h over, not counted" in out
    assert "2025-02-01 Course 2025-02-01: does not count, before this cycle" in out
    assert "2025-04-01 Course 2025-04-01: 20 of 30 h count (the limit for online courses is reached)" in out
    assert "Letter of endorsement from your current supervisor" in out
    assert "Ready to renew: not yet" in out


def test_report_renewal_writes_a_packet_that_verify_accepts(bundled, tmp_path, capsys):
    certificate = tmp_path / "cert.pdf"
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(certificate))
    page.drawString(100, 700, "Certificate of completion")
    page.save()
    out = tmp_path / "packet.pdf"
    assert main(_args(bundled, "ce", "add", "--trainee", "Max", "--date", "2026-01-05", "--hours", "6",
                      "--title", "Ethics", "--topic", "ethics", "--attach", str(certificate))) == 0
    assert main(_args(bundled, "report", "--renewal", "--trainee", "Max", "--out", str(out))) == 1
    assert "No certification is recorded for Max" in capsys.readouterr().err and not out.exists()
    assert main(_args(bundled, "ce", "certify", "--trainee", "Max", "--profile", "icrc-pr", "--on", "2025-06-01")) == 0
    assert main(_args(bundled, "report", "--renewal", "--trainee", "Max", "--out", str(out))) == 0
    assert f"Wrote the renewal packet {out}" in capsys.readouterr().out
    assert main(_args(bundled, "verify", str(out))) == 3  # intact, self-issued by this install: not trusted
    out_text = capsys.readouterr().out
    assert "Every attachment is embedded unchanged (1 file(s))." in out_text
    assert "Self-issued by this install" in out_text and "valid, not from a trusted signer" in out_text
    spanish = tmp_path / "paquete.pdf"
    assert main(_args(bundled, "report", "--renewal", "--language", "es", "--trainee", "Max",
                      "--out", str(spanish))) == 0
    from trainer.reports.renewal_packet_verify import packet_data_of

    data = packet_data_of(spanish.read_bytes())
    assert data["language"] == "es" and data["requirements"][0].startswith("Horas de EC: 6 de 20 h")
    assert main(_args(bundled, "verify", str(spanish))) == 3
