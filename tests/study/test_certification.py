"""The certification record: recorded with its dates, renewed, kept as history."""

import datetime as dt

import pytest

from trainer.study.certification import CertificationError, CertificationService
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 12, 1)
PROFILES = {"icrc-pr", "nm-cpsw"}


@pytest.fixture
def service(db):
    return CertificationService(db.sessions)


@pytest.fixture
def trainee(db):
    return TraineeService(db.sessions).create("Eve", "icrc-pr")


def test_a_certification_is_recorded_renewed_and_kept_as_history(service, trainee):
    assert service.current(trainee.id) is None
    first = service.record(trainee.id, "nm-cpsw", dt.date(2022, 5, 1), expires_on=dt.date(2024, 5, 1),
                           number=" NM  123 ", profiles=PROFILES, today=TODAY)
    assert first.number == "NM 123"
    second = service.record(trainee.id, "icrc-pr", dt.date(2025, 3, 1), profiles=PROFILES, today=TODAY)
    assert service.current(trainee.id) == second
    renewed = service.renew(second.id, dt.date(2029, 3, 1))
    assert renewed.expires_on == dt.date(2029, 3, 1)
    assert [c.profile_id for c in service.history(trainee.id)] == ["icrc-pr", "nm-cpsw"]
    with pytest.raises(CertificationError, match="after the current one"):
        service.renew(second.id, dt.date(2028, 1, 1))
    service.delete(first.id)
    assert service.history(trainee.id) == [renewed]
    with pytest.raises(CertificationError, match="no longer there"):
        service.delete(first.id)


@pytest.mark.parametrize(("profile", "on", "expires", "number", "said"), [
    ("nowhere", dt.date(2025, 1, 1), None, None, "no certification profile 'nowhere'"),
    ("icrc-pr", dt.date(2027, 1, 1), None, None, "in the future"),
    ("icrc-pr", dt.date(2025, 1, 1), dt.date(2025, 1, 1), None, "must come after the certification date"),
    ("icrc-pr", dt.date(2025, 1, 1), None, "9" * 81, "at most 80 fit"),
])
def test_a_record_that_cannot_be_kept_says_why(service, trainee, profile, on, expires, number, said):
    with pytest.raises(CertificationError, match=said):
        service.record(trainee.id, profile, on, expires_on=expires, number=number, profiles=PROFILES, today=TODAY)
    assert service.history(trainee.id) == []


def test_the_dashboard_reads_where_renewal_stands_with_plain_sql(db, service, trainee, database_url, tmp_path):
    import contextlib
    import sqlite3

    from tests.conftest import BUNDLED_CONTENT
    from trainer.content.loader import load_catalog
    from trainer.store import reads
    from trainer.study.attachments import AttachmentService
    from trainer.study.ce_log import CeLogService
    from trainer.study.ce_records import CeData
    from trainer.study.renewal import Kind
    from trainer.study.renewal_overview import RenewalOverview

    @contextlib.contextmanager
    def session_reader():
        with db.sessions() as session:
            yield reads.session_reader(session)

    catalog = load_catalog(BUNDLED_CONTENT)
    overview = RenewalOverview(session_reader)
    assert overview.certified(trainee.id, catalog) is None
    service.record(trainee.id, "pa-crs", dt.date(2025, 3, 1), expires_on=dt.date(2027, 3, 1), today=TODAY)
    log = CeLogService(db.sessions, AttachmentService(db.sessions, tmp_path))
    log.add_entry(trainee.id, CeData(dt.date(2025, 6, 1), "6.5", "Ethics", topics=("ethics", "confidentiality")),
                  today=TODAY)
    found = overview.certified(trainee.id, catalog, today=dt.date(2027, 1, 1))
    assert (found.profile_id, found.expires_on, found.status.counted) == ("pa-crs", dt.date(2027, 3, 1), 6.5)
    assert found.status.requirement(Kind.TOPIC, "ethics").met and not found.status.ready
    assert [r.notice.value for r in found.reminders] == ["expires-soon", "minimum-at-risk"]
    if database_url.startswith("sqlite"):  # the start path: a plain sqlite3 connection
        connection = sqlite3.connect(database_url.removeprefix("sqlite:///"))

        @contextlib.contextmanager
        def plain():
            yield reads.Reader(connection, sqlite=True)

        assert RenewalOverview(plain).certified(trainee.id, catalog, today=dt.date(2027, 1, 1)) == found
        connection.close()
