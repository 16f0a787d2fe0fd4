"""Was this renewal packet altered since it was issued, and is every attachment in it?

The code recomputed from the embedded data must be printed on every page, the key figures
printed, the packet's own pages match a fresh drawing of the data, and every attachment be
embedded with the SHA-256 the data gives and its pages appended. Like a readiness report, it
carries one PAdES signature over the whole file (self-issued by the install that made it):
intact and whole, by the signer it names; trusted only when the signer is.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from trainer.reports.data import code_of, data_sha256
from trainer.reports.layout import ATTACHMENT
from trainer.reports.renewal_packet import FORMAT, render_summary, standing
from trainer.reports.verify import (
    CODE_PATTERN as CODE,  # "Verification code" or "Código de verificación"
)
from trainer.reports.verify import PAGE_NUMBER

VALID, ALTERED, FOREIGN, UNREADABLE, UNSIGNED = "valid", "altered", "foreign", "unreadable", "unsigned"
EXIT_CODES = {VALID: 0, ALTERED: 1, FOREIGN: 1, UNREADABLE: 2, UNSIGNED: 1}
NOT_TRUSTED_EXIT = 3  # intact, but not from a signer this install trusts (as `verify` says of reports)


@dataclass
class PacketCheck:
    status: str = VALID
    checks: list[tuple[bool, str]] = field(default_factory=list)
    code: str | None = None
    data: dict | None = None
    trusted: bool = False

    @property
    def exit_code(self) -> int:
        if self.status != VALID:
            return EXIT_CODES[self.status]
        return 0 if self.trusted else NOT_TRUSTED_EXIT

    def check(self, ok: bool, text: str, failing: str = ALTERED) -> bool:
        self.checks.append((ok, text))
        if not ok and self.status == VALID:
            self.status = failing
        return ok


def _words(texts: list[str]) -> list[str]:
    return PAGE_NUMBER.sub(" ", " ".join(texts)).split()


def _texts(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def packet_data_of(pdf: bytes) -> dict | None:
    """The embedded data when the file is a renewal packet (None: it is not one, or unreadable)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        raw = (PdfReader(io.BytesIO(pdf)).attachments.get(ATTACHMENT) or [None])[0]
        data = json.loads(raw.decode("utf-8")) if raw else None
    except (PyPdfError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def key_figures(data: dict) -> list[tuple[str, str]]:
    figures = [("trainee name", data["trainee"]), ("issued", data["issued"]),
               ("certification", data["profile"]["name"]), ("counted hours and ready", standing(data))]
    return figures + [(f"requirement {i + 1}", line) for i, line in enumerate(data["requirements"])]


def _check_signature(result: PacketCheck, pdf: bytes, data: dict, trust, own_certificate) -> bool:
    from trainer.reports.signature import signature_claim
    from trainer.signing.pdf_verify import check_pdf_signature
    from trainer.signing.trust import TrustStore

    try:
        signature = check_pdf_signature(pdf, trust or TrustStore())
    except ValueError as exc:
        result.check(False, f"The signature could not be read: {exc}.")
        return False
    if not result.check(signature.present, "The packet carries a digital signature." if signature.present else
                        "The packet carries no digital signature: anybody could have made it. Issue it again.",
                        UNSIGNED):
        return False
    signer = signature.signer
    if not result.check(signature.intact and signature.whole_file,
                        f"Signed by {signer.name}; nothing was changed or added after signing."
                        if signature.intact and signature.whole_file else
                        f"The file was changed or added to after {signer.name} signed it."):
        return False
    if not result.check(data.get("signature") == signature_claim(signer),
                        f"The signer the packet names is the one who signed ({signer.name})."
                        if data.get("signature") == signature_claim(signer) else
                        f"The packet names another signer than {signer.name}, who signed it."):
        return False
    result.trusted = signature.trusted
    if signature.trusted:
        result.checks.append((True, f"Trusted: {signature.verdict.message}"))
    elif signature.self_issued:
        ours = own_certificate is not None and own_certificate == signature.certificate
        whose = "this install" if ours else f"the install '{signer.name}'"
        result.checks.append((False, f"Self-issued by {whose}: this proves the packet is unchanged since {whose} "
                                     "made it, not that anybody checked or vouched for the figures."))
    else:
        result.checks.append((False, "Not from a trusted signer."))
    return True


def verify_packet(path: Path, trust=None, own_certificate=None) -> PacketCheck:
    """`trust` (a trainer.signing.trust.TrustStore; default: nobody) decides whose signature counts."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    result = PacketCheck()
    try:
        pdf = Path(path).read_bytes()
        reader = PdfReader(io.BytesIO(pdf))
        texts = [page.extract_text() or "" for page in reader.pages]
        embedded = reader.attachments
    except (OSError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        result.check(False, f"Could not read {path} as a PDF: {exc}", UNREADABLE)
        return result
    data = packet_data_of(pdf)
    if data is None:
        result.check(False, "No renewal packet data is embedded: this file was not issued by CPSW Trainer.", FOREIGN)
        return result
    result.data, result.code = data, code_of(data)
    result.check(True, f"Renewal packet data found; SHA-256 {data_sha256(data)[:16]}…, verification code "
                       f"{result.code}.")
    _check_signature(result, pdf, data, trust, own_certificate)  # a failure is kept; the pages are still checked
    bad = [i + 1 for i, text in enumerate(texts) if set(CODE.findall(text)) != {result.code}]
    if not result.check(not bad, f"The code {result.code} is printed on every page." if not bad else
                        f"The printed verification code does not match the embedded data on page(s) "
                        f"{', '.join(map(str, bad))}: the data or the pages were changed."):
        return result
    try:
        printed = " ".join(_words(texts))
        figures = key_figures(data)
        missing = [what for what, text in figures if " ".join(text.split()) not in printed]
        result.check(not missing, f"Name, counted hours and requirements match the data ({len(figures)} figures)."
                     if not missing else f"These printed figures differ from the data: {', '.join(missing)}.")
        own = _texts(render_summary(data))
        same = _words(texts[:len(own)]) == _words(own)
        result.check(same, "Every word of the packet's own pages matches a fresh rendering of the data." if same
                     else "The packet's own pages were changed: they differ from a fresh rendering of the data.")
        items = data["attachments"]
        absent = [a["name"] for a in items if [hashlib.sha256(c).hexdigest() for c in embedded.get(a["file"], [])]
                  != [a["sha256"]]]  # exactly one file of that name, with that hash
        extra = sorted(set(embedded) - {a["file"] for a in items} - {ATTACHMENT})
        result.check(not absent and not extra, f"Every attachment is embedded unchanged ({len(items)} file(s))."
                     if not absent and not extra else "These attachments are missing, changed or added: "
                     f"{', '.join(absent + extra)}.")
        pages = len(own) + sum(int(a["pages"]) for a in items)
        result.check(pages == len(texts), f"Every attachment's pages are appended ({len(texts)} pages in all)."
                     if pages == len(texts) else f"The packet has {len(texts)} pages where its data gives {pages}.")
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        result.check(False, f"The embedded data is incomplete or malformed ({exc!r}): it was changed.")
    return result
