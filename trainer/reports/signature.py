"""What a report says about its own digital signature (no drawing, no crypto: cheap to import).

The claim goes into the report data, so it is printed, embedded and signed with everything else;
`verify` checks it against the certificate that really signed.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

SELF_ISSUED = "self-issued"  # claim["by"] for a report signed by the install's own key
CERTIFICATE = "certificate"


def signature_claim(info) -> dict:
    """The claim for a signer's trainer.signing.identities.CertificateInfo."""
    if info.role == "Self-issued":
        return {"by": SELF_ISSUED, "name": info.name, "fingerprint": info.fingerprint[:16]}
    return {"by": CERTIFICATE, "name": info.name, "role": info.role or "", "agency": info.agency or "",
            "serial": str(info.serial), "fingerprint": info.fingerprint[:16]}


SELF_ISSUED_STATEMENT = ("Self-issued: signed by {name}, not by an agency or a supervisor. The digital signature "
                         "shows this file is unchanged since that install made it. It does not show that anybody "
                         "checked or vouched for the figures.")
SIGNED_STATEMENT = ("Digitally signed by {name} ({role}, {agency}; certificate serial {serial}). A PDF reader shows "
                    "the signature and whether the file changed after it.")


def signature_statement(claim: dict) -> str:
    """The sentence on the PDF: plain about what a self-issued signature proves and what it does not."""
    from trainer.reports.report_language import say  # in the language of the report being drawn

    if claim.get("by") == SELF_ISSUED:
        return say(SELF_ISSUED_STATEMENT, name=claim["name"])
    return say(SIGNED_STATEMENT, name=claim["name"], role=claim["role"], agency=claim["agency"],
               serial=claim["serial"])


def signing_reason(data: dict) -> str:
    """The /Reason of the PDF signature, shown by PDF readers in their signature panel."""
    what = "Hours log" if data["kind"] == "hours-log" else "Certification readiness report"
    if data["signature"]["by"] == SELF_ISSUED:
        return f"{what}, self-issued: unchanged since this install made it; nobody vouched for it"
    return f"{what} of {data['trainee']}, issued by {data['agency']}"


class SignatureState(Enum):
    """A file's signature at a glance (the Reports page's list): no redraw, only the signature."""

    TRUSTED = "trusted"
    SELF_ISSUED = "self-issued"  # intact, signed by an install's own key
    NOT_TRUSTED = "not trusted"  # intact, by a certificate this install does not trust
    REJECTED = "rejected"  # intact, but the certificate was revoked or is out of date
    ALTERED = "altered"  # changed or added to after signing, or the named signer did not sign
    UNSIGNED = "unsigned"
    MISSING = "missing"  # the file was moved, deleted or cannot be read


def signature_state(path: Path, trust) -> tuple[SignatureState, str | None]:
    """The state of the file's signature and the signer's name."""
    import io
    import json

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from trainer.reports.layout import ATTACHMENT
    from trainer.signing.pdf_verify import check_pdf_signature

    try:
        pdf = Path(path).read_bytes()
        signature = check_pdf_signature(pdf, trust)
        raw = (PdfReader(io.BytesIO(pdf)).attachments.get(ATTACHMENT) or [None])[0]
        claim = json.loads(raw.decode("utf-8")).get("signature") if raw else None
    except (OSError, PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return SignatureState.MISSING, None
    if not signature.present:
        return SignatureState.UNSIGNED, None
    if signature.signer is None:
        return SignatureState.ALTERED, None
    name = signature.signer.name
    if not (signature.intact and signature.whole_file) or claim != signature_claim(signature.signer):
        return SignatureState.ALTERED, name
    if signature.trusted:
        return SignatureState.TRUSTED, name
    if signature.rejected:
        return SignatureState.REJECTED, name
    return (SignatureState.SELF_ISSUED if signature.self_issued else SignatureState.NOT_TRUSTED), name
