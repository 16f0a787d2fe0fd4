"""What a PDF's signature says: who signed, when, whether the signed bytes are the whole file, and
whether the signer's certificate leads to an authority this install trusts.

pyHanko checks the cryptography and the chain to the trusted roots (with the agency's revocation list);
trust.TrustStore judges the signer (in date, not revoked, a supervisor's or the report certificate);
both must agree before a signature counts as trusted. Anything appended after the signature, even a
change pyHanko would accept (an added image in an incremental update), makes `whole_file` false.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
from typing import NamedTuple

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from trainer.signing.identities import REPORTS, SELF_ISSUED, SUPERVISOR, CertificateInfo, describe
from trainer.signing.trust import Standing, TrustStore, Verdict

REPORT_SIGNERS = (SUPERVISOR, REPORTS)  # who may sign a report: not the authority itself, not a trainee


class SignatureCheck(NamedTuple):
    present: bool  # the file holds a signature at all
    count: int = 0
    intact: bool = False  # the signed bytes are unchanged and the signature over them is sound
    whole_file: bool = False  # the signature covers the whole file: nothing was added after it
    modification: str | None = None  # pyHanko's word for what was added after signing, if anything
    signer: CertificateInfo | None = None
    certificate: x509.Certificate | None = None
    signed_at: dt.datetime | None = None  # the signer's own clock: a claim, not a timestamp
    self_issued: bool = False
    chain_trusted: bool = False  # pyHanko's path validation to the trusted roots
    verdict: Verdict | None = None

    @property
    def trusted(self) -> bool:
        return self.intact and self.whole_file and self.chain_trusted and bool(self.verdict and self.verdict.trusted)

    @property
    def rejected(self) -> bool:
        """Issued under a trusted authority, but revoked, out of date or not allowed to sign reports."""
        return bool(self.verdict and self.verdict.standing in (Standing.REVOKED, Standing.EXPIRED,
                                                               Standing.WRONG_ROLE))


@contextlib.contextmanager
def _quiet():
    """pyHanko logs every untrusted path with a traceback; the result says it in one line."""
    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _validation_context(trust: TrustStore):
    from asn1crypto import crl as asn1_crl
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(r.public_bytes(serialization.Encoding.DER)) for r in trust.roots]
    crls = [asn1_crl.CertificateList.load(c.public_bytes(serialization.Encoding.DER)) for c in trust.crls]
    return ValidationContext(trust_roots=roots, crls=crls or None, allow_fetching=False, revocation_mode="soft-fail")


def check_pdf_signature(pdf: bytes, trust: TrustStore) -> SignatureCheck:
    """The first signature of `pdf` (a report has exactly one). A file pyHanko cannot read
    raises ValueError."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise ValueError(f"not a readable PDF ({exc})") from None
    if not signatures:
        return SignatureCheck(present=False)
    embedded = signatures[0]
    damaged = (SignatureValidationError, PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError)
    try:
        certificate = x509.load_der_x509_certificate(embedded.signer_cert.dump())
    except damaged:  # no readable signer certificate: nothing to check the signature with
        return SignatureCheck(present=True, count=len(signatures))
    info = describe(certificate)
    self_issued = info.role == SELF_ISSUED and certificate.issuer == certificate.subject
    try:
        with _quiet():
            status = validate_pdf_signature(embedded, _validation_context(trust))
    except damaged:  # a damaged signature: not intact
        return SignatureCheck(present=True, count=len(signatures), signer=info, certificate=certificate,
                              self_issued=self_issued)
    modification = getattr(status.modification_level, "name", None)
    whole = len(signatures) == 1 and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    verdict = trust.check(certificate, roles=REPORT_SIGNERS)
    return SignatureCheck(
        present=True, count=len(signatures), intact=bool(status.intact and status.valid), whole_file=whole,
        modification=None if whole else (modification or "other"), signer=info, certificate=certificate,
        signed_at=status.signer_reported_dt, self_issued=self_issued, chain_trusted=bool(status.trusted),
        verdict=verdict)
