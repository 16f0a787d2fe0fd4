"""Which certificate authorities this install trusts, and whether a certificate leads to one.

The agency file names the authority's certificate (`trust_ca = "/etc/cpsw-trainer/ca.pem"`); the
revocation list the authority signs is read from `crl.pem` beside it when there. A stand-alone install
(no agency file, or no `trust_ca`) trusts nobody: every signature it sees is "not from a trusted signer".
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from cryptography import x509

from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, message
from trainer.signing.authority import CRL
from trainer.signing.identities import describe, load_certificates


class Standing(Enum):
    TRUSTED = "trusted"
    UNKNOWN = "unknown"  # no trusted authority issued it (another agency's, self-issued, or none trusted)
    REVOKED = "revoked"
    EXPIRED = "expired"  # or not valid yet
    WRONG_ROLE = "wrong role"


class Verdict(NamedTuple):
    standing: Standing
    message: Message

    @property
    def trusted(self) -> bool:
        return self.standing is Standing.TRUSTED


class TrustStore(NamedTuple):
    roots: tuple[x509.Certificate, ...] = ()
    crls: tuple[x509.CertificateRevocationList, ...] = ()
    source: Path | None = None

    def check(self, certificate: x509.Certificate, at: dt.datetime | None = None,
              roles: tuple[str, ...] | None = None) -> Verdict:
        """Whether `certificate` was issued by a trusted authority, is in date at `at` (default now),
        is not on the authority's revocation list and, when `roles` is given, holds one of them."""
        at = at or dt.datetime.now(dt.UTC)
        info = describe(certificate)
        if not self.roots:
            return Verdict(Standing.UNKNOWN, message(QT_TRANSLATE_NOOP(
                CONTEXT, "This install trusts no agency yet, so nobody's signature can be vouched for.")))
        root = next((r for r in self.roots if _issued_by(certificate, r)), None)
        if root is None:
            return Verdict(Standing.UNKNOWN, message(QT_TRANSLATE_NOOP(
                CONTEXT, "The certificate of %1 was issued by %2, which this install does not trust."),
                info.name, info.issuer))
        if not (info.valid_at(at) and describe(root).valid_at(at)):
            return Verdict(Standing.EXPIRED, message(QT_TRANSLATE_NOOP(
                CONTEXT, "The certificate of %1 is valid from %2 to %3, not on %4."),
                info.name, f"{info.not_before:%Y-%m-%d}", f"{info.not_after:%Y-%m-%d}", f"{at:%Y-%m-%d}"))
        revoked = self.revocation(certificate, root)
        if revoked is not None:
            return Verdict(Standing.REVOKED, message(QT_TRANSLATE_NOOP(
                CONTEXT, "The certificate of %1 (serial %2) was revoked by the agency on %3."),
                info.name, info.serial, f"{revoked:%Y-%m-%d}"))
        if roles is not None and info.role not in roles:
            return Verdict(Standing.WRONG_ROLE, message(QT_TRANSLATE_NOOP(
                CONTEXT, "The certificate of %1 is for '%2', not for this."), info.name, info.role or "?"))
        return Verdict(Standing.TRUSTED, message(QT_TRANSLATE_NOOP(
            CONTEXT, "%1 (%2) holds a certificate from %3, in date and not revoked."),
            info.name, info.role or "?", describe(root).agency or describe(root).name))

    def revocation(self, certificate: x509.Certificate, root: x509.Certificate) -> dt.datetime | None:
        for crl in self.crls:
            if crl.issuer == root.subject and crl.is_signature_valid(root.public_key()):
                entry = crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
                if entry is not None:
                    return entry.revocation_date_utc
        return None


def _issued_by(certificate: x509.Certificate, root: x509.Certificate) -> bool:
    if certificate.issuer != root.subject:
        return False
    from cryptography.exceptions import InvalidSignature

    try:
        certificate.verify_directly_issued_by(root)
    except (ValueError, TypeError, InvalidSignature):  # a look-alike name, not its signature
        return False
    return True


def load_trust(ca_file: Path | None) -> TrustStore:
    """The authorities in `ca_file` (PEM, one or more) and the revocation list beside it; None: nobody."""
    if ca_file is None:
        return TrustStore()
    ca_file = Path(ca_file)
    roots = tuple(load_certificates(ca_file))
    crls = []
    for path in (ca_file.parent / CRL,):
        if path.is_file():
            blob = path.read_bytes()
            try:
                crls.append(x509.load_pem_x509_crl(blob) if b"-----BEGIN" in blob else x509.load_der_x509_crl(blob))
            except ValueError:
                pass  # a damaged list is not a reason to trust less than nothing; check() still needs a root
    return TrustStore(roots, tuple(crls), ca_file)


def trust_of_agency(config) -> TrustStore:
    """What an agency configuration (trainer.agency.AgencyConfig) tells this install to trust."""
    return load_trust(getattr(config, "trust_ca", None))
