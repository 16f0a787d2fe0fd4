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
