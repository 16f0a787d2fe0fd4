"""CE log CSV: export with the header even when empty, round trip, all-or-nothing import with
every bad row reported, duplicates skipped, Cancel leaves the log as it was."""

import datetime as dt

import pytest

from trainer.operations.progress import Cancelled
from trainer.study.attachments import AttachmentService
from trainer.study.ce_csv import (
    COLUMNS,
    CeCsvError,
    CeImportRefused,
    csv_text,
    export_csv,
    import_csv,
    preview_import,
)
from trainer.study.ce_log import CeLogService
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 12, 1)
HEADER = ",".join(COLUMNS) + "\r\n"
GOOD = (HEADER
        + "2026-01-05,6,Ethics in peer work,NMCBBHP,AP-12,ethics,no,course,\r\n"
        + "2026-02-10,1.5,\"Privacy, HIPAA and you\",Relias,,confidentiality; ethics,yes,course,webinar\r\n"
        + "3/4/2026,2,Teaching WRAP,,,,no,trainer,\r\n")


@pytest.fixture
def log(db, tmp_path):
    return CeLogService(db.sessions, AttachmentService(db.sessions, tmp_path))


@pytest.fixture
def trainee(db):
    return TraineeService(db.sessions).create("Flo", None)


def test_an_empty_log_exports_its_header(log, trainee, tmp_path):
    assert csv_text([]) == HEADER
    target = tmp_path / "ce.csv"
    assert export_csv(log, trainee.id, target) == 0
    assert target.read_bytes().decode() == HEADER and oct(target.stat().st_mode & 0o777) == "0o600"


def test_import_then_export_round_trips_and_a_second_import_adds_nothing(log, trainee):
    result = import_csv(log, trainee.id, GOOD.encode(), today=TODAY)
    assert (result.added, result.duplicates) == (3, 0)
    entries = log.list_entries(trainee.id)
    assert [(e.topics, e.online, e.kind) for e in entries] == [
        (("ethics",), False, "course"), (("confidentiality", "ethics"), True, "course"), ((), False, "trainer")]
    exported = csv_text(entries)
    assert exported == GOOD.replace("3/4/2026", "2026-03-04")
    again = import_csv(log, trainee.id, exported, today=TODAY)
    assert (again.added, again.duplicates) == (0, 3)


def test_every_bad_row_is_reported_and_nothing_is_imported(log, trainee):
    text = (GOOD + "soon,1,Undated,,,,,,\r\n" + "2026-01-07,0,,,,,maybe,webinar,\r\n"
            + "2027-01-01,1,Future,,,,,,\r\n" + "2026-01-08,1,Too many,,,,,,,extra\r\n")
    with pytest.raises(CeImportRefused) as caught:
        import_csv(log, trainee.id, text, today=TODAY)
    bad = caught.value.preview.bad
    assert [b.line for b in bad] == [5, 6, 7, 8]
    assert [p.field for p in bad[0].problems] == ["date"]
    assert [p.field for p in bad[1].problems] == ["online"]  # the row is not checked further until it parses
    assert "in the future" in str(bad[2].problems[0])
    assert "more values than the header" in str(bad[3].problems[0])
    assert log.list_entries(trainee.id) == []
    fixed = GOOD + "2026-01-07,1,Fixed,,,,no,course,\r\n"
    assert import_csv(log, trainee.id, fixed, today=TODAY).added == 4


def test_every_rule_problem_of_a_row_is_reported_together(log, trainee):
    preview = preview_import(log, trainee.id, HEADER + "2026-01-07,0,,,,,no,webinar,\r\n", today=TODAY)
    assert [p.field for p in preview.bad[0].problems] == ["hours", "title", "kind"]


def test_a_file_that_cannot_be_read_says_why(log, trainee):
    with pytest.raises(CeCsvError, match="not UTF-8"):
        import_csv(log, trainee.id, "date,hours,title\r\n2026-01-05,1,Caf\xe9\r\n".encode("latin-1"), today=TODAY)
    with pytest.raises(CeCsvError, match="lacks the column"):
        import_csv(log, trainee.id, "date,hours\r\n2026-01-05,1\r\n", today=TODAY)
    with pytest.raises(CeCsvError, match="empty"):
        import_csv(log, trainee.id, "", today=TODAY)


def test_semicolons_formula_cells_and_cancel(log, trainee):
    text = "date;hours;title;notes\r\n2026-01-05;2,5;'=HYPERLINK(\"x\");ok\r\n"
    with pytest.raises(Cancelled):
        import_csv(log, trainee.id, text, today=TODAY, progress=_stop_when_writing())
    assert log.list_entries(trainee.id) == []
    seen = []
    import_csv(log, trainee.id, text, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen == sorted(seen) and seen[-1] == (2000, 2000) and {t for _d, t in seen} == {2000}  # one bar
    [entry] = log.list_entries(trainee.id)
    assert (entry.hours, entry.title) == (2.5, '=HYPERLINK("x")')
    assert "'=HYPERLINK" in csv_text([entry])


def _stop_when_writing():
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) > 2:  # reading reported its start and end: stop in the write
            raise Cancelled

    return progress
