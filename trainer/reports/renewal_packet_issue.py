"""Issuing a renewal packet: gather the certification, the cycle's CE entries and their files,
draw, write atomically, record it as issued. Reads go through the services given (each opens
its own session), so it can run on the background helper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.content.translations import in_language
from trainer.files import write_bytes_atomic
from trainer.messages import QT_TRANSLATE_NOOP, message
from trainer.operations.progress import Progress, no_progress
from trainer.reports import ReportError
from trainer.reports.data import DEFAULT_AGENCY, code_of, data_sha256
from trainer.reports.renewal_packet import KIND, assemble, packet_data, page_count
from trainer.reports.report_language import drawing, say
from trainer.study.attachments import AttachmentError
from trainer.study.renewal import cycle_window

STEPS = 3  # gather, draw, write and record


def _what(entry) -> str:
    return say("CE {date}: {title}", date=entry.date.isoformat(), title=entry.title)


def issue_packet(*, catalog, trainees, certifications, ce_log, attachments, issued, trainee_id: int, out: Path,
                 agency: str | None = None, now: dt.datetime | None = None, progress: Progress = no_progress,
                 signing_dir: Path | None = None, language: str = "en"):
    """The packet of the trainee's current certification, self-issued: signed (PAdES) with this
    install's own key kept in `signing_dir`, like a readiness report without a certificate (None:
    unsigned). `language`: the packet's words and the curriculum's ("es"; English where a text is
    not translated). Raises ReportError (nothing written), or Cancelled from `progress` before the
    file is written."""
    progress(0, STEPS)
    trainee = trainees.get(trainee_id)
    if trainee is None:
        raise ReportError(message(QT_TRANSLATE_NOOP("messages", "That trainee no longer exists.")))
    certification = certifications.current(trainee_id)
    if certification is None:
        raise ReportError(message(QT_TRANSLATE_NOOP(
            "messages", "No certification is recorded for %1: record it first (cpsw-trainer ce certify)."),
            trainee.name))
    profile = in_language(catalog, language).profiles.get(certification.profile_id)
    if profile is None or profile.renewal is None:
        raise ReportError(message(QT_TRANSLATE_NOOP(
            "messages", "The certification '%1' has no renewal rules in the loaded content: check with your board."),
            certification.profile_id))
    entries = ce_log.list_entries(trainee_id)
    window = cycle_window(profile.renewal, certification.certified_on, certification.expires_on)
    with drawing({"language": language}):
        owners = [("certification", certification.id, say("the certification"))]
        owners += [("ce", e.id, _what(e)) for e in entries if window.holds(e.date)]
    found, payloads = [], []
    for kind, key, what in owners:
        for info in attachments.list_for(kind, key):
            try:
                payload = attachments.path_of(info).read_bytes()
                pages = page_count(payload, info.media_type)
            except AttachmentError as exc:
                raise ReportError(exc.message) from None
            except Exception:  # noqa: BLE001 - pypdf raises many kinds for a damaged file
                raise ReportError(message(QT_TRANSLATE_NOOP(
                    "messages", "The attached file %1 is not a PDF that can be read: attach it again as a new scan."),
                    info.name)) from None
            found.append((info, what, pages))
            payloads.append((payload, info.media_type))
    data = packet_data(trainee=trainee.name, profile=profile, certification=certification, entries=entries,
                       attachments=found, issued=now or dt.datetime.now(dt.UTC), agency=agency or DEFAULT_AGENCY,
                       language=language)
    identity = None
    if signing_dir is not None:
        from trainer.reports.signature import signature_claim
        from trainer.signing.pdf_signing import install_identity

        identity = install_identity(signing_dir)
        data["signature"] = signature_claim(identity.info)  # printed, embedded, and checked against the signer
    progress(1, STEPS)
    pdf = assemble(data, payloads)
    if identity is not None:
        from trainer.signing.pdf_signing import sign_pdf_bytes

        pdf = sign_pdf_bytes(pdf, identity, reason=f"Renewal packet of {trainee.name}, self-issued: unchanged since "
                                                   "this install made it; nobody vouched for it")
    progress(2, STEPS)
    try:
        write_bytes_atomic(Path(out), pdf)
    except OSError as exc:
        raise ReportError(message(QT_TRANSLATE_NOOP(
            "messages", "Could not write the report to %1: %2. Choose a folder you can write to."),
            out, exc.strerror or exc)) from None
    return issued.record(trainee_id, profile_id=profile.id, kind=KIND, code=code_of(data),
                         data_sha256=data_sha256(data), path=str(Path(out).resolve()))
