"""A trainee with a record of every kind (and a second one who must stay out of her pack), and
the pack's records with ids replaced by positions, to compare two packs of the same person."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from decimal import Decimal
from pathlib import Path

from trainer.store.attachment_files import store
from trainer.store.models import (
    Attachment,
    Attempt,
    AttemptItem,
    AttestationRecord,
    CeEntry,
    Certification,
    ConversationRun,
    ConversationStep,
    DrillRating,
    HoursChangeRequest,
    HoursEntry,
    HoursHistory,
    HoursSignature,
    IssuedReport,
    ModuleProgress,
    NoteAttempt,
    ReviewCard,
    SectionRead,
    Trainee,
)
from trainer.study.trainee_pack_tables import ATTACHMENT_OWNERS, BY_NAME, TRAINEE

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
JPEG = b"\xff\xd8\xff\xe0" + b"\x01" * 40
DAY = dt.date(2026, 3, 2)
AT = dt.datetime(2026, 3, 2, 9, 30, 15, 250000)


def _attach(session, folder: Path, trainee_id: int, kind: str, key, name: str, payload: bytes, media: str):
    from trainer.store.attachment_files import EXTENSIONS  # noqa: F401 - the media types known
    from trainer.study.trainee_pack_format import sha256_of

    sha = sha256_of(payload)
    store(folder, sha, media, payload)
    session.add(Attachment(trainee_id=trainee_id, owner_kind=kind, owner_key=str(key), name=name, media_type=media,
                           size=len(payload), sha256=sha, added_at=AT))


def add_full_trainee(sessions, folder: Path, name: str = "Ana Pérez") -> int:
    """Every table a trainee owns, with several rows where rows point at each other."""
    with sessions.begin() as s:
        t = Trainee(name=name, profile_id="icrc-pr", pin_hash="scrypt$salt$hash", created_at=AT,
                    last_active_at=AT, pin_failures=2)
        s.add(t)
        s.flush()
        s.add_all([ModuleProgress(trainee_id=t.id, module_id="stages-of-change", module_hash="a" * 64,
                                  started_at=AT, completed_at=None, last_section="intro"),
                   SectionRead(trainee_id=t.id, module_id="stages-of-change", section_key="intro", read_at=AT),
                   SectionRead(trainee_id=t.id, module_id="stages-of-change", section_key="action", read_at=AT)])
        exam = Attempt(trainee_id=t.id, mode="exam", profile_id="icrc-pr", blueprint={"questions": 2, "w": [1, 2]},
                       seed=7, started_at=AT, finished_at=AT, time_limit_seconds=600, elapsed_seconds=321,
                       status="finished", score_percent=Decimal("50.00"))
        practice = Attempt(trainee_id=t.id, mode="practice", blueprint=None, started_at=AT)
        s.add_all([exam, practice])
        s.flush()
        s.add_all([AttemptItem(attempt_id=exam.id, position=0, question_id="soc-001", question_hash="b" * 64,
                               option_order=[2, 0, 1], chosen=[0], correct=True, flagged=True, seconds=12,
                               answered_at=AT),
                   AttemptItem(attempt_id=exam.id, position=1, question_id="soc-002", question_hash="c" * 64,
                               chosen=None, correct=None),
                   AttemptItem(attempt_id=practice.id, position=0, question_id="soc-003", question_hash="d" * 64)])
        s.add(ReviewCard(trainee_id=t.id, question_id="soc-002", state={"stability": 1.5, "state": 2}, due=AT,
                         lapses=1, reviews=3, updated_at=AT))
        first = HoursEntry(trainee_id=t.id, date=DAY, hours=Decimal("2.50"), kind="training", domain="advocacy",
                           setting="Online", activity="Ética — curso", supervisor="Dr. Ruiz", notes="línea\nsegunda",
                           verified_by="Dr. Ruiz", verified_at=AT, created_at=AT, updated_at=AT)
        second = HoursEntry(trainee_id=t.id, date=DAY, hours=Decimal("8"), kind="experience", created_at=AT,
                            updated_at=AT)
        s.add_all([first, second])
        s.flush()
        s.add_all([HoursHistory(trainee_id=t.id, entry_id=first.id, action="add", changed_by="Ana", changed_at=AT,
                                old_values=None, new_values={"hours": "2.50"}),
                   HoursHistory(trainee_id=t.id, entry_id=99_999, action="delete", changed_at=AT,
                                old_values={"hours": "1.00"}, new_values=None),
                   HoursSignature(trainee_id=t.id, entry_id=first.id, signer_name="Dr. Ruiz", certificate="PEM",
                                  signature="c2ln", signed_at=AT.replace(microsecond=0), fields_digest="e" * 64),
                   HoursChangeRequest(trainee_id=t.id, entry_id=second.id, proposed={"hours": "7.00"},
                                      reason="typo", requested_by="Ana", requested_at=AT),
                   AttestationRecord(trainee_id=t.id, attestation_id="signed-code-of-ethics", attested_on=DAY,
                                     note="signed", recorded_at=AT),
                   IssuedReport(trainee_id=t.id, issued_at=AT, profile_id="icrc-pr", kind="readiness", code="ABCD-1234",
                                data_sha256="f" * 64, path="/old/computer/report.pdf")])
        cert = Certification(trainee_id=t.id, profile_id="icrc-pr", number="PR-1", certified_on=DAY,
                             expires_on=dt.date(2028, 3, 2), recorded_at=AT)
        course = CeEntry(trainee_id=t.id, date=DAY, hours=Decimal("1.50"), title="Ethics", provider="NAADAC",
                         provider_number="123", topics=["ethics"], online=True, kind="course", notes=None,
                         created_at=AT)
        s.add_all([cert, course])
        s.flush()
        _attach(s, folder, t.id, "ce", course.id, "certificate.pdf", PDF, "application/pdf")
        _attach(s, folder, t.id, "certification", cert.id, "same-file.pdf", PDF, "application/pdf")
        _attach(s, folder, t.id, "hours", first.id, "letter.png", PNG, "image/png")
        _attach(s, folder, t.id, "attestation", "signed-code-of-ethics", "ethics.jpg", JPEG, "image/jpeg")
        run = ConversationRun(trainee_id=t.id, scenario_id="first-call", scenario_version=2, scenario_hash="1" * 64,
                              mode="practice", started_at=AT, finished_at=AT, ending_id="warm")
        s.add(run)
        s.flush()
        s.add_all([ConversationStep(run_id=run.id, position=0, node_id="start", choice_index=1,
                                    code="open-question", next_id="n2", talk="change", chosen_at=AT),
                   ConversationStep(run_id=run.id, position=1, node_id="n2", choice_index=0,
                                    code="simple-reflection", next_id="warm", talk="neutral", chosen_at=AT),
                   DrillRating(trainee_id=t.id, drill_id="reflect-1", drill_hash="2" * 64, reflection="I hear you",
                               ticked=[0, 2], score_percent=Decimal("66.67"), rated_at=AT),
                   NoteAttempt(trainee_id=t.id, exercise_id="note-1", exercise_hash="3" * 64, format="SOAP",
                               text="S: ...", ticked=[1], score_percent=Decimal("25.00"), written_at=AT)])
        return t.id


def add_other_trainee(sessions, folder: Path, name: str = "Ben") -> int:
    with sessions.begin() as s:
        t = Trainee(name=name)
        s.add(t)
        s.flush()
        s.add(HoursEntry(trainee_id=t.id, date=DAY, hours=Decimal("1"), kind="training"))
        run = ConversationRun(trainee_id=t.id, scenario_id="other", scenario_version=1, scenario_hash="9" * 64,
                              mode="practice")
        s.add(run)
        s.flush()
        s.add(ConversationStep(run_id=run.id, position=0, node_id="a", choice_index=0, code="summary",
                               next_id="b", talk="neutral"))
        _attach(s, folder, t.id, "attestation", "diploma", "other.pdf", PDF + b"ben", "application/pdf")
        return t.id


def pack_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def normalised(path: Path) -> dict[str, list[dict]]:
    """The pack's records with each id replaced by the row's place in its table (rows come in id
    order), and every reference by the place of what it refers to: equal for the same person."""
    members = pack_members(path)
    records = {name[len("records/"):-5]: json.loads(data) for name, data in members.items()
               if name.startswith("records/")}
    places = {table: {row.get("id"): n for n, row in enumerate(rows)} for table, rows in records.items()}
    out = {}
    for table, rows in records.items():
        spec = BY_NAME.get(table)
        changed = []
        for row in rows:
            row = dict(row)
            if "id" in row and (table == TRAINEE or spec.keyed):
                row["id"] = places[table][row["id"]]
            row.pop("trainee_id", None)
            for column, target in (spec.refs.items() if spec else ()):
                row[column] = places[target][row[column]]
            if table == "hours_history":
                row["entry_id"] = places["hours_entry"].get(row["entry_id"], "deleted")
            if table == "attachment" and row["owner_kind"] in ATTACHMENT_OWNERS:
                row["owner_key"] = places[ATTACHMENT_OWNERS[row["owner_kind"]]][int(row["owner_key"])]
            changed.append(row)
        out[table] = changed
    return out
