"""The shared CSV helper: formula cells escaped on write, exactly unescaped on read; private files."""

import csv
import datetime as dt
import io

from hypothesis import given
from hypothesis import strategies as st

from trainer.study.cohort import CohortRow, cohort_csv
from trainer.study.safe_csv import csv_text, escape_cell, unescape_cell, write_private_text

FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _read(text: str) -> list[list[str]]:
    return [[unescape_cell(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""))]


@given(st.lists(st.lists(st.text(alphabet=st.sampled_from("=+-@\t\r'\"a,;\n é"), max_size=8),
                         min_size=1, max_size=4), max_size=5))
def test_round_trip_is_exact_and_no_cell_starts_a_formula(rows):
    text = csv_text(["h"] * 4, rows)
    written = list(csv.reader(io.StringIO(text, newline="")))
    assert not [c for row in written for c in row if c.startswith(FORMULA)]
    assert _read(text)[1:] == rows


def test_escape_follows_owasp():
    assert escape_cell("=1+1") == "'=1+1"
    assert escape_cell("\tx") == "'\tx" and escape_cell("\rx") == "'\rx"
    assert escape_cell("-3") == "'-3" and escape_cell("@me") == "'@me" and escape_cell("+1") == "'+1"
    assert escape_cell("it's") == "it's" and escape_cell("'quoted") == "'quoted"
    assert escape_cell(None) == "" and escape_cell(3) == "3"
    assert unescape_cell("'quoted") == "'quoted" and unescape_cell("'=1") == "=1"


def test_private_file_is_0600_even_when_replacing_a_readable_one(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o644)
    write_private_text(target, "new")
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o600


def test_cohort_export_escapes_formula_names():
    row = CohortRow(1, "=HYPERLINK(\"http://x\")", "@profile", "-ready", False, 1, 2,
                    {"training": 1.0, "experience": 0.0, "supervision": 0.0}, None,
                    dt.datetime(2026, 1, 2, 3, 4))
    text = cohort_csv([row])
    cells = list(csv.reader(io.StringIO(text, newline="")))[1]
    assert cells[:3] == ["'=HYPERLINK(\"http://x\")", "'@profile", "'-ready"]
    assert _read(text)[1][:3] == [row.name, row.profile_name, row.verdict]


def test_cli_hours_export_is_private_escaped_and_imports_back(settings, tmp_path, capsys):
    from trainer.cli import main

    def run(*rest):
        return main(["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest])

    source = tmp_path / "in.csv"
    source.write_text("date,hours,kind,domain,setting,activity,supervisor,notes\r\n"
                      "2026-01-06,4,experience,,Clinic,\"@SUM(A1)\",Maria,\"'=1+1\"\r\n"
                      "2026-01-07,1,supervision,,,-drop,Maria,=HYPERLINK(\"x\")\r\n", encoding="utf-8")
    assert run("hours", "import", str(source), "--trainee", "Ana") == 0
    out = tmp_path / "out.csv"
    assert run("hours", "export", "--trainee", "Ana", "--out", str(out)) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert rows[1][5:8] == ["'@SUM(A1)", "Maria", "'=1+1"]  # the file's own "'=1+1" came in as "=1+1"
    assert rows[2][5:8] == ["'-drop", "Maria", "'=HYPERLINK(\"x\")"]
    assert run("hours", "import", str(out), "--trainee", "Bo") == 0
    capsys.readouterr()
    assert run("hours", "export", "--trainee", "Bo") == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8").replace("\r\n", "\n")
