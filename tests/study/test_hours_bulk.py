"""Imports of thousands of rows: written in chunks in one transaction, with progress and cancel,
every entry with its history, and the 24-hour day still enforced (SQLite and PostgreSQL)."""

import datetime as dt
from decimal import Decimal

import pytest

from trainer.operations.progress import Cancelled
from trainer.store.models import HoursEntry, HoursHistory
from trainer.study.hours import Code, EntryData, HoursError, HoursFilter
from trainer.study.hours_bulk import CHUNK
from trainer.study.hours_csv import COLUMNS, HoursImportRefused, import_csv, preview_import
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 11, 20)
ROWS = CHUNK * 2 + 37  # more than two chunks, and not a multiple of one


@pytest.fixture
def trainees(db):
    return TraineeService(db.sessions)


def csv_rows(count: int, start: dt.date = dt.date(2024, 1, 1)) -> str:
    kinds = ("training", "experience", "supervision")
    lines = [",".join(COLUMNS)]
    for i in range(count):
        kind = kinds[i % 3]
        lines.append(f"{start + dt.timedelta(days=i // 4)},{1 + (i % 4) * 0.25},{kind},"
                     f"{'advocacy' if kind == 'training' else ''},Clinic {i % 7},Group {i},Kim Lee,note {i}")
    return "\n".join(lines) + "\n"


def count_rows(db, model, trainee_id: int) -> int:
    with db.sessions() as session:
        return session.query(model).filter(model.trainee_id == trainee_id).count()


def test_a_large_import_adds_every_row_with_its_own_history(service, trainees):
    ana = trainees.create("Ana", None)
    calls = []
    result = import_csv(service, ana.id, csv_rows(ROWS), by="Ana", today=TODAY,
                        progress=lambda done, total: calls.append((done, total)))
    assert result.added == ROWS
    entries = service.list_entries(ana.id)
    assert len(entries) == ROWS and len({e.id for e in entries}) == ROWS
    assert sorted(e.activity for e in entries) == sorted(f"Group {i}" for i in range(ROWS))
    # One bar for reading and writing: it counts up in chunks to the end, and ends there.
    dones = [done for done, _ in calls]
    assert calls[-1] == (2000, 2000) and {total for _, total in calls} == {2000} and dones == sorted(dones)
    reading = [done for done in dones if done < 1000]
    writing = [done for done in dones if done >= 1000]
    assert len(reading) >= 3 and writing == [1000 + rows * 1000 // ROWS for rows in (0, CHUNK, 2 * CHUNK, ROWS)]
    # One 'add' per entry, naming that entry and its stored values.
    history = service.history(trainee_id=ana.id)
    assert [h.action for h in history] == ["add"] * ROWS and {h.changed_by for h in history} == {"Ana"}
    by_entry = {h.entry_id: h for h in history}
    assert set(by_entry) == {e.id for e in entries}
    for e in entries[:50] + entries[-50:]:
        record = by_entry[e.id]
        assert record.old_values is None
        assert record.new_values == {
            "date": e.date.isoformat(), "hours": f"{e.hours:.2f}", "kind": e.kind, "domain": e.domain,
            "setting": e.setting, "activity": e.activity, "supervisor": e.supervisor, "notes": e.notes,
            "verified_by": None, "verified_at": None}
    # What was written reads back the same as through the ORM.
    with service._sessions() as session:
        stored = {r.id: r for r in session.query(HoursEntry).filter(HoursEntry.trainee_id == ana.id)}
    for e in entries[:20]:
        row = stored[e.id]
        assert (row.date, Decimal(row.hours), row.kind, row.activity) == (e.date, e.hours, e.kind, e.activity)


@pytest.mark.parametrize("stop_after", [0, 1, 3])
def test_cancelling_an_import_adds_nothing(service, trainees, db, stop_after):
    bo = trainees.create("Bo", None)
    service.add_entry(bo.id, EntryData(dt.date(2026, 1, 5), "2", "experience"), today=TODAY)
    seen = []

    def progress(done, total):
        if done >= total // 2:  # writing (the bar's second half): stop after this many chunks
            seen.append(done)
            if len(seen) > stop_after:
                raise Cancelled()

    with pytest.raises(Cancelled):
        import_csv(service, bo.id, csv_rows(ROWS), today=TODAY, progress=progress)
    assert len(seen) == stop_after + 1
    assert count_rows(db, HoursEntry, bo.id) == 1 and count_rows(db, HoursHistory, bo.id) == 1


def test_the_day_limit_is_checked_again_when_another_seat_logged_that_day_meanwhile(service, trainees, db):
    cy = trainees.create("Cy", None)
    text = csv_rows(8)  # 2024-01-01 gets 1 + 1.25 + 1.5 + 1.75 = 5.5 hours
    preview = preview_import(service, cy.id, text, today=TODAY)
    assert not preview.bad
    # Between the preview and the import, 20 hours are logged on that day elsewhere.
    service.add_entry(cy.id, EntryData(dt.date(2024, 1, 1), "20", "experience"), today=TODAY)
    with pytest.raises(HoursError) as caught:
        service.add_entries(cy.id, [r.data for r in preview.new], today=TODAY, checked=True)
    assert caught.value.problem.code is Code.IMPORT_DAY_OVER_24 and caught.value.problem.field == "hours"
    assert caught.value.problem.params["day"] == dt.date(2024, 1, 1)
    assert count_rows(db, HoursEntry, cy.id) == 1
    with pytest.raises(HoursImportRefused):  # and a fresh import sees the day is full
        import_csv(service, cy.id, text, today=TODAY)
    assert count_rows(db, HoursEntry, cy.id) == 1 and count_rows(db, HoursHistory, cy.id) == 1


def test_rows_within_one_file_share_the_day_limit(service, trainees, db):
    dee = trainees.create("Dee", None)
    text = ",".join(COLUMNS) + "\n" + "2025-03-01,12,experience,,,,,\n" * 2 + "2025-03-01,0.25,experience,,,,,\n"
    with pytest.raises(HoursImportRefused) as refused:
        import_csv(service, dee.id, text, today=TODAY)
    assert [b.line for b in refused.value.preview.bad] == [4]
    assert count_rows(db, HoursEntry, dee.id) == 0


def test_list_entries_filters_match_filtering_every_entry(service, trainees):
    eve = trainees.create("Eve", None)
    import_csv(service, eve.id, csv_rows(60), today=TODAY)
    everything = service.list_entries(eve.id)
    service.verify(everything[3].id, by="Kim Lee")
    service.verify(everything[40].id, by="Kim Lee")
    everything = service.list_entries(eve.id)
    assert [(e.date, e.id) for e in everything] == sorted((e.date, e.id) for e in everything)
    assert all(isinstance(e.date, dt.date) and isinstance(e.hours, Decimal) for e in everything)
    verified = [e for e in everything if e.verified]
    assert len(verified) == 2 and all(isinstance(e.verified_at, dt.datetime) for e in verified)
    start, end = dt.date(2024, 1, 3), dt.date(2024, 1, 9)
    cases = {
        HoursFilter(kind="training"): lambda e: e.kind == "training",
        HoursFilter(domain="advocacy"): lambda e: e.domain == "advocacy",
        HoursFilter(start=start, end=end): lambda e: start <= e.date <= end,
        HoursFilter(verified=True): lambda e: e.verified,
        HoursFilter(verified=False, kind="experience"): lambda e: not e.verified and e.kind == "experience",
    }
    for filters, keep in cases.items():
        assert service.list_entries(eve.id, filters) == [e for e in everything if keep(e)], filters
    assert service.get(everything[3].id) == everything[3]
