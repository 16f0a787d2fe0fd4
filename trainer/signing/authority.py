"""The agency's certificate authority, kept in one folder the agency guards:

    ca.pem       the authority's certificate: public, copied to every seat (`trust_ca` in agency.toml)
    ca-key.pem   its private key, encrypted with the agency's passphrase (PKCS#8, best available cipher)
    crl.pem      the revocation list, signed by the authority: public, copied beside ca.pem on every seat
    issued.json  the register of certificates issued: serial, name, email, role, dates, revoked when

`create_authority` makes the folder; `open_authority(folder, passphrase)` unlocks the key to issue a
supervisor's or the report-signing certificate (a PKCS#12 file under the holder's own passphrase) or to
revoke one. `read_register` lists what was issued without the passphrase.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import NamedTuple

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from trainer.files import write_bytes_atomic
from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, MessageError, message
from trainer.signing.identities import (
    AUTHORITY,
    REPORTS,
    SUPERVISOR,
    Identity,
    certificate_pem,
    pkcs12_bytes,
)

CA_CERT, CA_KEY, CRL, REGISTER = "ca.pem", "ca-key.pem", "crl.pem", "issued.json"
AUTHORITY_YEARS = 10
HOLDER_DAYS = 2 * 365 + 1  # a supervisor's certificate is renewed every two years
CRL_DAYS = 400  # the list is re-signed on every revocation; a seat keeps using the copy it has
MIN_PASSPHRASE = 8


class AuthorityError(MessageError):
    """The authority cannot do what was asked, worded for the person (`message`)."""


class Issued(NamedTuple):
    serial: int
    name: str
    email: str | None
    role: str
    not_before: str  # ISO dates, as in the register
    not_after: str
    revoked: str | None = None  # when it was revoked, ISO; None while it is good


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise AuthorityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "The passphrase must be at least %1 characters long."), MIN_PASSPHRASE))
    return passphrase


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())  # fast to sign with; every PDF reader checks it


def _name(common: str, agency: str, role: str, email: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common), x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency),
             x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, role)]
    if email:
        parts.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(parts)


def create_authority(folder: Path, agency_name: str, passphrase: str, now: dt.datetime | None = None) -> Authority:
    """A new authority in `folder` (created; refused if it already holds one)."""
    folder = Path(folder)
    agency_name = agency_name.strip()
    if not agency_name:
        raise AuthorityError(message(QT_TRANSLATE_NOOP(CONTEXT, "The agency needs a name.")))
    check_passphrase(passphrase)
    if (folder / CA_CERT).exists() or (folder / CA_KEY).exists():
        raise AuthorityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "%1 already holds an agency authority. Nothing was changed."), folder))
    now = now or _now()
    key = _new_key()
    subject = _name(f"{agency_name} signing authority", agency_name, AUTHORITY)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=365 * AUTHORITY_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    encrypted = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    write_bytes_atomic(folder / CA_KEY, encrypted)
    _private(folder / CA_KEY)
    write_bytes_atomic(folder / CA_CERT, certificate_pem(certificate))
    authority = Authority(folder, key, certificate)
    authority._save_register([])
    authority._write_crl([], now)
    return authority


def _private(path: Path) -> None:
    try:
        path.chmod(0o600)  # the key is encrypted anyway; this keeps other accounts from copying it
    except OSError:
        pass


def open_authority(folder: Path, passphrase: str) -> Authority:
    folder = Path(folder)
    try:
        certificate = x509.load_pem_x509_certificate((folder / CA_CERT).read_bytes())
        encrypted = (folder / CA_KEY).read_bytes()
    except (OSError, ValueError):
        raise AuthorityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "%1 holds no agency authority (ca.pem and ca-key.pem). Make one with: "
                     "cpsw-trainer agency init --name NAME --out %1"), folder)) from None
    try:
        key = serialization.load_pem_private_key(encrypted, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise AuthorityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "The agency passphrase is wrong. Nothing was changed."))) from None
    return Authority(folder, key, certificate)


def read_register(folder: Path) -> list[Issued]:
    path = Path(folder) / REGISTER
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [Issued(**row) for row in rows]
    except (OSError, ValueError, TypeError):
        raise AuthorityError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "The register %1 is missing or damaged."), path)) from None


class Authority:
    def __init__(self, folder: Path, key, certificate: x509.Certificate):
        self.folder, self.key, self.certificate = Path(folder), key, certificate

    @property
    def agency_name(self) -> str:
        values = self.certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
        return str(values[0].value) if values else ""

    def issue(self, name: str, holder_passphrase: str, *, email: str | None = None, role: str = SUPERVISOR,
              days: int = HOLDER_DAYS, now: dt.datetime | None = None) -> tuple[Issued, bytes]:
        """A certificate for `name` with a new key, as PKCS#12 bytes under the holder's passphrase."""
        name, email = name.strip(), (email or "").strip() or None
        if not name:
            raise AuthorityError(message(QT_TRANSLATE_NOOP(CONTEXT, "The certificate needs the holder's name.")))
        if role not in (SUPERVISOR, REPORTS):
            raise AuthorityError(message(QT_TRANSLATE_NOOP(CONTEXT, "Unknown certificate role '%1'."), role))
        check_passphrase(holder_passphrase)
        now = now or _now()
        register = read_register(self.folder)
        serial = max((row.serial for row in register), default=1) + 1  # short, so `revoke --serial` can be typed
        key = _new_key()
        public = key.public_key()
        builder = (
            x509.CertificateBuilder().subject_name(_name(name, self.agency_name, role, email))
            .issuer_name(self.certificate.subject).public_key(public).serial_number(serial)
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False))
        if email:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        certificate = builder.sign(self.key, hashes.SHA256())
        issued = Issued(serial, name, email, role, certificate.not_valid_before_utc.isoformat(),
                        certificate.not_valid_after_utc.isoformat())
        blob = pkcs12_bytes(Identity(key, certificate, (self.certificate,)), holder_passphrase)
        self._save_register([*register, issued])
        return issued, blob

    def revoke(self, serial: int, now: dt.datetime | None = None) -> Issued:
        """Mark the certificate revoked and sign a new list; from then on no seat that has the new
        crl.pem accepts it."""
        now = now or _now()
        register = read_register(self.folder)
        found = next((row for row in register if row.serial == serial), None)
        if found is None:
            raise AuthorityError(message(QT_TRANSLATE_NOOP(
                CONTEXT, "No certificate with serial %1 was issued by this authority. See: cpsw-trainer agency "
                         "revoked --agency-dir %2"), serial, self.folder))
        if found.revoked:
            return found
        revoked = found._replace(revoked=now.isoformat())
        register = [revoked if row.serial == serial else row for row in register]
        self._save_register(register)
        self._write_crl(register, now)
        return revoked

    def _save_register(self, rows: list[Issued]) -> None:
        text = json.dumps([row._asdict() for row in rows], indent=1, ensure_ascii=False)
        write_bytes_atomic(self.folder / REGISTER, text.encode("utf-8"))

    def _write_crl(self, rows: list[Issued], now: dt.datetime) -> None:
        builder = (x509.CertificateRevocationListBuilder().issuer_name(self.certificate.subject)
                   .last_update(now - dt.timedelta(minutes=5)).next_update(now + dt.timedelta(days=CRL_DAYS))
                   .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                                  critical=False))
        for row in rows:
            if row.revoked:
                builder = builder.add_revoked_certificate(
                    x509.RevokedCertificateBuilder().serial_number(row.serial)
                    .revocation_date(dt.datetime.fromisoformat(row.revoked)).build())
        crl = builder.sign(self.key, hashes.SHA256())
        write_bytes_atomic(self.folder / CRL, crl.public_bytes(serialization.Encoding.PEM))
