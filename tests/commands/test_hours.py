"""`cpsw-trainer hours import|export` and `cpsw-trainer demo`."""

import datetime as dt
from decimal import Decimal

from trainer.cli import main
from trainer.commands.wording import hours_problem
from trainer.services import open_services
from trainer.study.hours_problems import Code, HoursProblem

GOOD = ("date,hours,kind,domain,setting,activity,supervisor,notes\r\n"
        "2026-01-05,2.5,training,advocacy,,Core training,Dana,\r\n"
        "2026-01-06,4,experience,,Treatment program,\"Group, evening\",Maria,First group\r\n"
        "2026-01-07,1,supervision,,,Individual supervision,Maria,\r\n")


def _args(settings, *rest):
    return ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest]


def with_verification(text: str) -> str:
    """An exported log: every row ends with verified, verified_by, verified_at (unverified here)."""
    lines = text.split("\r\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    return "\r\n".join([header + ",verified,verified_by,verified_at"] + [row + ",no,," for row in rows]) + "\r\n"


def test_import_export_round_trip_creates_trainee(settings, tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text(GOOD, encoding="utf-8")
    assert main(_args(settings, "hours", "import", str(source), "--trainee", "Ana Ruiz")) == 0
    out = capsys.readouterr().out
    assert "Created trainee 'Ana Ruiz'." in out and "Imported 3 entries" in out
    # Again: nothing new, and no "created" this time.
    assert main(_args(settings, "hours", "import", str(source), "--trainee", "Ana Ruiz")) == 0
    out = capsys.readouterr().out
    assert "Created" not in out and "Imported 0 entries" in out and "3 already in the log" in out
    target = tmp_path / "out.csv"
    assert main(_args(settings, "hours", "export", "--trainee", "Ana Ruiz", "--out", str(target))) == 0
    exported = with_verification(GOOD)  # plus the verification columns, as information
    assert target.read_bytes().decode("utf-8") == exported
    assert main(_args(settings, "hours", "export", "--trainee", "Ana Ruiz")) == 0
    assert capsys.readouterr().out == exported.replace("\r\n", "\n")


def test_bad_rows_are_all_reported_and_nothing_imported(settings, tmp_path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text(GOOD + "2026-01-08,25,experience,,,,,\r\nsoon,1,training,advocacy,,,,\r\n"
                      "2026-01-09,1,training,,,,,\r\n", encoding="utf-8")
    assert main(_args(settings, "hours", "import", str(source), "--trainee", "Ben")) == 1
    err = capsys.readouterr().err
    assert f"{source}:5: " in err and "a day has only 24" in err
    assert f"{source}:6: 'soon' is not a date" in err
    assert f"{source}:7: Training hours need a domain" in err
    assert "Nothing was imported" in err
    services = open_services(settings)
    try:
        assert services.trainees.find("Ben") is None  # all or none: not even the trainee
    finally:
        services.close()
    assert main(_args(settings, "hours", "import", str(source), "--trainee", "Ben", "--skip-bad")) == 0
    assert "Imported 3 entries" in capsys.readouterr().out


def test_export_of_unknown_trainee_says_so(settings, capsys):
    assert main(_args(settings, "hours", "export", "--trainee", "Nobody")) == 1
    assert "no trainee called 'Nobody'" in capsys.readouterr().err


def test_demo_command_prints_the_name(settings, capsys):
    assert main(_args(settings, "demo", "--trainee", "Demo Person", "--entries", "30")) == 0
    assert capsys.readouterr().out.strip() == "Demo Person"
    services = open_services(settings)
    try:
        trainee = services.trainees.find("Demo Person")
        assert len(services.hours.list_entries(trainee.id)) == 30
    finally:
        services.close()
    assert main(_args(settings, "demo", "--trainee", "Demo Person")) == 1
    assert "already exists" in capsys.readouterr().err


SAMPLES = {  # the params each code comes with
    "DATE_IN_FUTURE": {"date": dt.date(2026, 12, 1)}, "HOURS_NOT_QUARTERS": {"hours": Decimal("1.1")},
    "DAY_OVER_24": {"day": dt.date(2026, 1, 1), "total": Decimal(25), "earlier": Decimal(20)},
    "IMPORT_DAY_OVER_24": {"day": dt.date(2026, 1, 1), "total": Decimal(25), "earlier": Decimal(20)},
    "DOMAIN_UNKNOWN": {"domain": "cooking", "known": ("advocacy",)}, "TEXT_TOO_LONG": {"length": 130, "limit": 120},
    "VERIFIER_TOO_LONG": {"limit": 120}, "ALREADY_VERIFIED": {"by": "Kim"},
    "LOCKED_FOR_CHANGE": {"by": "Kim", "on": dt.date(2026, 1, 2)},
    "LOCKED_FOR_DELETE": {"by": "Kim", "on": dt.date(2026, 1, 2)},
    "SIGNED": {"by": "Dana Supervisor", "on": dt.date(2026, 1, 2)},
    "CSV_COLUMNS_MISSING": {"missing": ("hours",), "expected": ("date", "hours", "kind")},
    "CSV_BAD_DATE": {"text": "soon"}, "IMPORT_REFUSED": {"count": 2, "lines": (3, 5)},
}


def sample_problems():
    return [HoursProblem(code, "setting" if code is Code.TEXT_TOO_LONG else None, SAMPLES.get(code.name, {}))
            for code in Code]


def test_every_hours_problem_has_english_words():
    for problem in sample_problems():
        text = hours_problem(problem)
        assert text and "%" not in text and "{" not in text, problem
    assert "The setting field is 130 characters long" in hours_problem(sample_problems()[list(Code).index(
        Code.TEXT_TOO_LONG)])
    refused = HoursProblem(Code.IMPORT_REFUSED, None, {"count": 1, "lines": (4,)})
    assert hours_problem(refused).startswith("Nothing was imported: 1 row has problems (line 4).")
