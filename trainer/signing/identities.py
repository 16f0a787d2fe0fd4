"""A person's or an agency's signing identity: a key and its certificate, from a PKCS#12 file.

`load_identity(path, passphrase)` opens the file; a wrong passphrase or a file without a key is an
IdentityError (a Message). `describe(certificate)` says what a certificate vouches for. Roles are
written in the certificate's organisational unit, so any PDF reader shows them too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import NamedTuple

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, MessageError, message

SUPERVISOR, REPORTS, AUTHORITY, SELF_ISSUED = "Supervisor", "Report signing", "Certificate authority", "Self-issued"
ROLES = (SUPERVISOR, REPORTS, AUTHORITY, SELF_ISSUED)


class IdentityError(MessageError):
    """A signing identity that cannot be used, worded for the person (`message`)."""


class CertificateInfo(NamedTuple):
    name: str
    email: str | None
    agency: str | None
    role: str | None  # one of ROLES, or None for a certificate from elsewhere
    serial: int
    not_before: dt.datetime
    not_after: dt.datetime
    issuer: str
    fingerprint: str  # SHA-256 of the DER certificate, hex

    def valid_at(self, when: dt.datetime) -> bool:
        return self.not_before <= when <= self.not_after


class Identity(NamedTuple):
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()  # the issuing authorities, nearest first

    @property
    def info(self) -> CertificateInfo:
        return describe(self.certificate)

    def sign(self, data: bytes) -> bytes:
        """A detached signature of `data` (ECDSA or RSA-PSS with SHA-256)."""
        return sign_bytes(self.key, data)


def _attribute(name: x509.Name, oid) -> str | None:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def describe(certificate: x509.Certificate) -> CertificateInfo:
    subject = certificate.subject
    role = _attribute(subject, NameOID.ORGANIZATIONAL_UNIT_NAME)
    return CertificateInfo(
        name=_attribute(subject, NameOID.COMMON_NAME) or subject.rfc4514_string(),
        email=_attribute(subject, NameOID.EMAIL_ADDRESS),
        agency=_attribute(subject, NameOID.ORGANIZATION_NAME),
        role=role if role in ROLES else None,
        serial=certificate.serial_number,
        not_before=certificate.not_valid_before_utc, not_after=certificate.not_valid_after_utc,
        issuer=_attribute(certificate.issuer, NameOID.COMMON_NAME) or certificate.issuer.rfc4514_string(),
        fingerprint=hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest(),
    )


def load_identity(path: Path, passphrase: str) -> Identity:
    """Open a PKCS#12 file. Refused, with the reason, when it cannot be read, the passphrase is
    wrong, or it holds no private key (a certificate alone cannot sign)."""
    path = Path(path)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise IdentityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "Could not read the certificate file %1: %2."), path, exc.strerror or exc)) from None
    return identity_from_pkcs12(blob, passphrase, str(path))


def identity_from_pkcs12(blob: bytes, passphrase: str, where: str = "the certificate file") -> Identity:
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(blob, passphrase.encode("utf-8"))
    except ValueError:
        raise IdentityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "Could not open %1: the passphrase is wrong or it is not a PKCS#12 (.p12) file."),
            where)) from None
    if key is None or certificate is None:
        raise IdentityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "%1 holds no private key, so it cannot sign. Ask the agency for your .p12 file."), where))
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise IdentityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "%1 holds a kind of key this app cannot sign with (use EC or RSA)."), where))
    return Identity(key, certificate, tuple(extra))


def pkcs12_bytes(identity: Identity, passphrase: str, friendly_name: str | None = None) -> bytes:
    """The identity as a PKCS#12 file, its key encrypted with the passphrase (never in clear)."""
    if not passphrase:
        raise IdentityError(message(QT_TRANSLATE_NOOP(CONTEXT, "A passphrase is needed to protect the key.")))
    name = (friendly_name or identity.info.name).encode("utf-8")
    return pkcs12.serialize_key_and_certificates(
        name, identity.key, identity.certificate, list(identity.chain) or None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))


def sign_bytes(key, data: bytes) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    from cryptography.hazmat.primitives.asymmetric import padding

    return key.sign(data, padding.PSS(padding.MGF1(hashes.SHA256()), padding.PSS.MAX_LENGTH), hashes.SHA256())


def verify_bytes(certificate: x509.Certificate, data: bytes, signature: bytes) -> bool:
    """Whether `signature` over `data` was made with the key of `certificate`."""
    from cryptography.exceptions import InvalidSignature

    public = certificate.public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey):
            from cryptography.hazmat.primitives.asymmetric import padding

            public.verify(signature, data, padding.PSS(padding.MGF1(hashes.SHA256()), padding.PSS.MAX_LENGTH),
                          hashes.SHA256())
        else:
            return False
    except InvalidSignature:
        return False
    return True


def certificate_pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def load_certificates(path: Path) -> list[x509.Certificate]:
    """Every certificate in a PEM (or one DER) file; an IdentityError when there is none."""
    path = Path(path)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise IdentityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "Could not read the certificate file %1: %2."), path, exc.strerror or exc)) from None
    try:
        return x509.load_pem_x509_certificates(blob) if b"-----BEGIN" in blob else [x509.load_der_x509_certificate(blob)]
    except ValueError:
        raise IdentityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "%1 is not a certificate file (PEM or DER)."), path)) from None
