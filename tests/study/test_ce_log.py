"""The CE log: entries checked by their rules, all or none, and read back as they were written."""

import datetime as dt
from decimal import Decimal

import pytest

from trainer.operations.progress import Cancelled
from trainer.study.attachments import AttachmentService
from trainer.study.ce_log import CeLogService
from trainer.study.ce_records import CeData, CeError, split_topics
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def log(db, tmp_path):
    return CeLogService(db.sessions, AttachmentService(db.sessions, tmp_path))


@pytest.fixture
def trainee(db):
    return TraineeService(db.sessions).create("Dee", None)


def test_an_entry_is_cleaned_stored_and_read_back(log, trainee):
    added = log.add_entry(trainee.id, CeData(dt.date(2026, 3, 2), "1,5", "  Ethics   for peers ", " NMCBBHP ",
                                             "AP-0042", ("Ethics", "ethics", "Cultural Competence"), True,
                                             "Course", "  zoom  "), today=TODAY)
    assert (added.hours, added.title, added.provider, added.topics, added.online, added.kind, added.notes) == (
        Decimal("1.50"), "Ethics for peers", "NMCBBHP", ("ethics", "cultural-competence"), True, "course", "zoom")
    assert log.list_entries(trainee.id) == [added] and log.get(added.id) == added
    changed = log.update_entry(added.id, CeData(dt.date(2026, 3, 2), "2", "Ethics for peers", kind="self-study"),
                               today=TODAY)
    assert (changed.hours, changed.kind, changed.online, changed.topics) == (2, "self-study", False, ())
    log.delete_entry(added.id)
    assert log.list_entries(trainee.id) == []
    with pytest.raises(CeError, match="no longer in the log"):
        log.delete_entry(added.id)


def test_every_problem_of_an_entry_is_reported_and_nothing_written(log, trainee):
    bad = CeData(dt.date(2027, 1, 1), "0", "", provider="p" * 201, topics=("ethics/law",), kind="webinar")
    with pytest.raises(CeError) as caught:
        log.add_entry(trainee.id, bad, today=TODAY)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["date", "hours", "title", "provider", "kind", "topics"]
    assert str(caught.value.problems[0]) == "The date 2027-01-01 is in the future: log a course once it is done."
    for hours, said in (("soon", "must be a number"), ("101", "at most 100 hours"), ("1.255", "two decimal")):
        with pytest.raises(CeError, match=said):
            log.add_entry(trainee.id, CeData(TODAY, hours, "A course"), today=TODAY)
    assert log.list_entries(trainee.id) == []


def test_several_entries_are_added_all_or_none(log, trainee):
    good = CeData(dt.date(2026, 1, 5), "3", "Ethics")
    with pytest.raises(CeError):
        log.add_entries(trainee.id, [good, CeData(None, "2", "Undated")], today=TODAY)

    def stop(done, total):
        if done == total:
            raise Cancelled

    with pytest.raises(Cancelled):
        log.add_entries(trainee.id, [good, good], today=TODAY, progress=stop)
    assert log.list_entries(trainee.id) == []
    assert len(log.add_entries(trainee.id, [good, good], today=TODAY)) == 2
    with pytest.raises(CeError, match="no longer in the database"):
        log.add_entry(999_999, good, today=TODAY)


def test_topics_as_written_in_a_cell():
    assert split_topics("Ethics; confidentiality, HIV/AIDS | ") == ("ethics", "confidentiality", "hiv/aids")
    assert split_topics(None) == ()
