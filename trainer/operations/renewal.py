"""The writes of renewal: the certification record, the CE log and its CSV import, attachments.

Each does the write through the service it is given and returns Done(Change.RENEWAL); an
attachment says what its owner belongs to (hours entries: HOURS, attestations: ATTESTATIONS).
A refusal raises (CeError, CertificationError, AttachmentError) and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.operations.changes import Change, Done
from trainer.operations.progress import Progress
from trainer.study.attachments import AttachmentInfo, AttachmentService, checked_payload
from trainer.study.ce_csv import CeImportResult
from trainer.study.ce_csv import import_csv as import_rows
from trainer.study.ce_log import CeLogService
from trainer.study.ce_records import CeData, CeEntryInfo
from trainer.study.certification import CertificationInfo, CertificationService

OWNER_CHANGES = {"ce": Change.RENEWAL, "certification": Change.RENEWAL, "hours": Change.HOURS,
                 "attestation": Change.ATTESTATIONS}


def record_certification(certifications: CertificationService, trainee_id: int, profile_id: str,
                         certified_on: dt.date, *, expires_on: dt.date | None = None, number: str | None = None,
                         profiles=None, today: dt.date | None = None) -> Done[CertificationInfo]:
    return Done(certifications.record(trainee_id, profile_id, certified_on, expires_on=expires_on, number=number,
                                      profiles=profiles, today=today), Change.RENEWAL)


def renew_certification(certifications: CertificationService, certification_id: int,
                        expires_on: dt.date) -> Done[CertificationInfo]:
    return Done(certifications.renew(certification_id, expires_on), Change.RENEWAL)


def delete_certification(certifications: CertificationService, certification_id: int) -> Done[None]:
    certifications.delete(certification_id)
    return Done(None, Change.RENEWAL)


def add_ce_entry(ce_log: CeLogService, trainee_id: int, data: CeData, *,
                 today: dt.date | None = None) -> Done[CeEntryInfo]:
    return Done(ce_log.add_entry(trainee_id, data, today=today), Change.RENEWAL)


def update_ce_entry(ce_log: CeLogService, entry_id: int, data: CeData, *,
                    today: dt.date | None = None) -> Done[CeEntryInfo]:
    return Done(ce_log.update_entry(entry_id, data, today=today), Change.RENEWAL)


def delete_ce_entry(ce_log: CeLogService, entry_id: int) -> Done[None]:
    ce_log.delete_entry(entry_id)
    return Done(None, Change.RENEWAL)


def import_ce_csv(ce_log: CeLogService, trainee_id: int, source: Path | bytes | str, *,
                  today: dt.date | None = None, progress: Progress | None = None) -> Done[CeImportResult]:
    """Meant for run_task: it reads, checks and writes; Cancel through progress keeps nothing."""
    result = import_rows(ce_log, trainee_id, source, today=today, progress=progress)
    return Done(result, Change.RENEWAL if result.added else Change.NONE)


def add_ce_entry_with_files(ce_log: CeLogService, attachments: AttachmentService, trainee_id: int, data: CeData,
                            files: list[Path], *, today: dt.date | None = None) -> Done[CeEntryInfo]:
    """An entry and its certificates: when a file is refused, the entry is taken back too."""
    for path in files:  # the cheap checks first, before anything is written
        checked_payload(path)
    entry = ce_log.add_entry(trainee_id, data, today=today)
    try:
        for path in files:
            attachments.add(trainee_id, "ce", entry.id, path)
    except BaseException:
        ce_log.delete_entry(entry.id)
        raise
    return Done(entry, Change.RENEWAL)


def attach_file(attachments: AttachmentService, trainee_id: int, owner_kind: str, owner_key: str | int,
                source: Path | bytes, name: str | None = None) -> Done[AttachmentInfo]:
    info = attachments.add(trainee_id, owner_kind, owner_key, source, name)
    return Done(info, OWNER_CHANGES[owner_kind])


def remove_attachment(attachments: AttachmentService, attachment_id: int) -> Done[AttachmentInfo]:
    info = attachments.remove(attachment_id)
    return Done(info, OWNER_CHANGES[info.owner_kind])


def issue_renewal_packet(*, catalog, trainees, certifications: CertificationService, ce_log: CeLogService,
                         attachments: AttachmentService, issued, trainee_id: int, out: Path,
                         agency: str | None = None, progress: Progress | None = None,
                         signing_dir: Path | None = None, language: str = "en") -> Done:
    """Draw, write and record the renewal packet (meant for run_task: Cancel through `progress`
    writes nothing). Raises ReportError when it cannot be made."""
    from trainer.operations.progress import no_progress
    from trainer.reports.renewal_packet_issue import issue_packet

    info = issue_packet(catalog=catalog, trainees=trainees, certifications=certifications, ce_log=ce_log,
                        attachments=attachments, issued=issued, trainee_id=trainee_id, out=out, agency=agency,
                        progress=progress or no_progress, signing_dir=signing_dir, language=language)
    return Done(info, Change.REPORTS)
