"""Was this report altered since it was issued, and who vouches for it?

A report embeds the data it was drawn from and carries one PAdES signature over the whole file.
Verifying checks the signature (intact, covering the whole file: nothing appended after it, such as
an image pasted over a figure), that the signer the report names is the one who signed, that the code
printed on each page is the signed data's, and redraws the report from the data to compare every
printed word. Then whether the signer is trusted: a certificate from an authority this install
trusts (in date, not revoked) is; a self-issued signature or another agency's is not.

Exit codes: 0 intact and trusted; 1 altered, unsigned or invalid (revoked, expired); 2 unreadable;
3 intact but not from a trusted signer.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.reports.data import FORMAT, code_of, data_sha256
from trainer.reports.layout import ATTACHMENT
from trainer.reports.signature import SELF_ISSUED, signature_claim

if TYPE_CHECKING:
    from cryptography import x509

    from trainer.signing.pdf_verify import SignatureCheck
    from trainer.signing.trust import TrustStore

VALID, ALTERED, FOREIGN, UNREADABLE, UNSIGNED = "valid", "altered", "foreign", "unreadable", "unsigned"
EXIT_CODES = {VALID: 0, ALTERED: 1, FOREIGN: 1, UNREADABLE: 2, UNSIGNED: 1}
NOT_TRUSTED_EXIT = 3
CODE_PATTERN = re.compile(r"(?:Verification code|Código de verificación)\s+([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})")
PAGE_NUMBER = re.compile(r"(?:Page|Página) \d+ (?:of|de) \d+")


class Trust(Enum):
    TRUSTED = "trusted"  # a certificate from an authority this install trusts, in date, not revoked
    NOT_TRUSTED = "not trusted"  # self-issued, another agency's, or this install trusts nobody
    REJECTED = "rejected"  # from a trusted authority, but revoked, out of date or not one that may sign
    NONE = "none"  # no sound signature to judge


@dataclass
class Verification:
    status: str = VALID
    checks: list[tuple[bool, str]] = field(default_factory=list)
    code: str | None = None
    sha256: str | None = None
    data: dict | None = None
    trust: Trust = Trust.NONE
    signature: SignatureCheck | None = None

    @property
    def exit_code(self) -> int:
        if self.status != VALID:
            return EXIT_CODES[self.status]
        if self.trust is Trust.TRUSTED:
            return 0
        return NOT_TRUSTED_EXIT if self.trust is Trust.NOT_TRUSTED else 1

    @property
    def signer(self) -> str | None:
        return self.signature.signer.name if self.signature and self.signature.signer else None

    def check(self, ok: bool, text: str, failing: str = ALTERED) -> bool:
        self.checks.append((ok, text))
        if not ok and self.status == VALID:
            self.status = failing
        return ok


def _words(text: str) -> list[str]:
    return PAGE_NUMBER.sub(" ", text).split()


def page_texts(pdf: bytes | Path) -> list[str]:
    from pypdf import PdfReader

    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def key_figures(data: dict) -> list[tuple[str, str]]:
    """The figures a reader relies on, each with what it is, as they must be printed."""
    figures = [("trainee name", data["trainee"]), ("issued", data["issued"]),
               ("certification", data["profile"]["name"])]
    figures += [(f"{kind} total", f"{kind.capitalize()} {total} {verified}")
                for kind, total, verified in data["hours"]["by_kind"]]
    if data["kind"] == "readiness":
        figures.append(("verdict", data["verdict"]))
        figures += [(f"exam {i + 1} score", f"{e['date']} {e['percent']}") for i, e in enumerate(data["exams"])]
        figures += [(f"requirement {label}", f"{status} {done}")
                    for label, status, done, _required, _note in data["requirements"]]
    return figures


def _first_difference(printed: list[str], expected: list[str]) -> str:
    for i, (a, b) in enumerate(zip(printed, expected, strict=False)):
        if a != b:
            return (f"printed '{' '.join(printed[max(0, i - 4):i + 5])}' where the data gives "
                    f"'{' '.join(expected[max(0, i - 4):i + 5])}'")
    return f"the printed text has {len(printed)} words where the data gives {len(expected)}"


def normal_code(code: str) -> str:
    """A code as typed or scanned: '3f2a-91c0-77de', the QR text 'CPSW:…', or the full digest ->
    upper hex, no dashes."""
    text = code.strip().upper().removeprefix("CPSW:")
    return text.replace("-", "").replace(" ", "")


def code_matches(given: str, data: dict) -> bool:
    """The printed code (48 bits), the QR code's 128 bits or the whole SHA-256 of the signed data."""
    wanted = normal_code(given)
    digest = data_sha256(data).upper()
    return wanted in (digest[:12], digest[:32], digest)


def verify_report(path: Path, trust: TrustStore | None = None, *, code: str | None = None,
                  own_certificate: x509.Certificate | None = None) -> Verification:
    """Check a report file; `trust` (default: nobody) decides whose signature counts, `code` is one
    read off a printed copy, `own_certificate` this install's key (to say a self-issued report is ours)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from trainer.signing.trust import TrustStore

    trust = trust or TrustStore()
    result = Verification()
    try:
        pdf = Path(path).read_bytes()
        reader = PdfReader(io.BytesIO(pdf))
        texts = [page.extract_text() or "" for page in reader.pages]
        attachments = reader.attachments
    except (OSError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        result.check(False, f"Could not read {path} as a PDF: {exc}", UNREADABLE)
        return result
    result.check(True, f"Read the PDF: {len(texts)} page(s).")

    raw = (attachments.get(ATTACHMENT) or [None])[0]
    try:
        data = json.loads(raw.decode("utf-8")) if raw else None
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        result.check(False, "No CPSW Trainer report data is embedded: this file was not issued by CPSW Trainer.",
                     FOREIGN)
        return result
    result.data, result.code, result.sha256 = data, code_of(data), data_sha256(data)
    result.check(True, f"Embedded report data found ({data.get('hours', {}).get('entry_count', '?')} hours entries); "
                       f"SHA-256 {result.sha256[:16]}…, verification code {result.code}.")

    _check_signature(result, pdf, data, trust, own_certificate)
    if code is not None:  # every check runs: a person learns all that is wrong, not only the first
        result.check(code_matches(code, data), f"The code {code} is this report's." if code_matches(code, data)
                     else f"The code {code} is not this report's ({result.code}): the printed copy and this file "
                          f"differ.")
    _check_printed(result, texts, data)
    return result


def _check_signature(result: Verification, pdf: bytes, data: dict, trust: TrustStore,
                     own_certificate: x509.Certificate | None) -> bool:
    """Whether the signature is sound; the trust in its signer is judged only then."""
    from trainer.signing.pdf_verify import check_pdf_signature

    try:
        signature = check_pdf_signature(pdf, trust)
    except ValueError as exc:
        result.check(False, f"The signature could not be read: {exc}.")
        return False
    result.signature = signature
    if not result.check(signature.present, "The report carries a digital signature." if signature.present else
                        "The report carries no digital signature: anybody could have drawn it, so it proves "
                        "nothing. Ask for a newly issued report.", UNSIGNED):
        return False
    signer = signature.signer
    if not result.check(signer is not None, "The signer's certificate can be read." if signer else
                        "The signature holds no readable certificate: it was damaged or made up."):
        return False
    when = f" on {signature.signed_at:%Y-%m-%d %H:%M} UTC (the signer's clock)" if signature.signed_at else ""
    if not result.check(signature.intact, f"Signed by {signer.name}{when}; the signature matches the signed bytes."
                        if signature.intact else f"The signature by {signer.name} does not match the file: it "
                        f"was changed after signing."):
        return False
    if not result.check(signature.whole_file, "Nothing was added or changed after signing."
                        if signature.whole_file else "Something was added to the file after it was signed "
                        f"({_modification(signature)}): what is shown may not be what was signed."):
        return False
    claim = data.get("signature")
    if not result.check(claim == signature_claim(signer), f"The signer the report names is the one who signed "
                        f"({signer.name})." if claim == signature_claim(signer) else
                        f"The report names {_claimed(claim)} as signer, but {signer.name} signed it."):
        return False
    _judge_trust(result, signature, own_certificate)
    return True


def _modification(signature: SignatureCheck) -> str:
    if signature.count > 1:
        return f"{signature.count} signatures"
    return {"LTA_UPDATES": "an update after the signature", "FORM_FILLING": "form fields filled in",
            "ANNOTATIONS": "annotations or images"}.get(signature.modification or "", "content or images")


def _claimed(claim) -> str:
    if not isinstance(claim, dict):
        return "nobody"
    return str(claim.get("name") or "nobody")


def _judge_trust(result: Verification, signature: SignatureCheck, own_certificate) -> None:
    verdict = signature.verdict
    if signature.trusted:
        result.trust = Trust.TRUSTED
        result.checks.append((True, f"Trusted: {verdict.message}"))
    elif signature.rejected:
        result.trust = Trust.REJECTED
        result.checks.append((False, f"Not valid: {verdict.message}"))
    elif signature.self_issued:
        result.trust = Trust.NOT_TRUSTED
        ours = own_certificate is not None and own_certificate == signature.certificate
        whose = "this install" if ours else f"the install '{signature.signer.name}'"
        result.checks.append((False, f"Self-issued by {whose}: this proves the file is unchanged since "
                                     f"{whose} made it. It does not prove that anybody checked or vouched "
                                     f"for the figures."))
    else:
        result.trust = Trust.NOT_TRUSTED
        result.checks.append((False, f"Not from a trusted signer: {verdict.message if verdict else '?'}"))


def _check_printed(result: Verification, texts: list[str], data: dict) -> None:
    printed_codes = [CODE_PATTERN.findall(text) for text in texts]
    bad_pages = [i + 1 for i, codes in enumerate(printed_codes) if codes != [result.code] * len(codes) or not codes]
    if not result.check(not bad_pages, f"The code {result.code} is printed on every page." if not bad_pages else
                        f"The printed verification code does not match the embedded data on page(s) "
                        f"{', '.join(map(str, bad_pages))}: the data or the pages were changed."):
        return
    try:
        figures = key_figures(data)
        printed = " ".join(_words(" ".join(texts)))
        missing = [what for what, text in figures if " ".join(text.split()) not in printed]
        result.check(not missing, f"Name, totals, scores, verdict and dates match the data ({len(figures)} figures)."
                     if not missing else f"These printed figures differ from the data: {', '.join(missing)}.")

        from trainer.reports import render

        expected = _words(" ".join(page_texts(render(data))))
        words = _words(" ".join(texts))
        result.check(words == expected, "Every printed word matches a fresh rendering of the data."
                     if words == expected else f"The printed text was changed: {_first_difference(words, expected)}.")
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        result.check(False, f"The embedded data is incomplete or malformed ({exc!r}): it was changed.")


def is_self_issued(result: Verification) -> bool:
    return bool(result.data and (result.data.get("signature") or {}).get("by") == SELF_ISSUED)

