"""PAdES signatures on reports (pyHanko), by a certificate holder or, without one, by this install.

`sign_pdf_bytes(pdf, identity, reason=...)` adds one certification signature that permits no later
change, so Acrobat or any standard reader shows who signed and flags any edit. Without an agency
certificate a report is signed by `install_identity(folder)`: a key made once per install, kept as a
PKCS#12 encrypted under a random secret in a separate file (both readable by this account only). That
proves a file is unchanged since this install made it, and nothing about who made the figures: the
person who controls the install controls its key.
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
import threading
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from trainer.files import write_bytes_atomic
from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, message
from trainer.signing.identities import (
    REPORTS,
    SELF_ISSUED,
    SUPERVISOR,
    Identity,
    certificate_pem,
    load_identity,
    pkcs12_bytes,
)

INSTALL_KEY, INSTALL_SECRET, INSTALL_CERT = "install.p12", "install.secret", "install.pem"
FIELD = "CPSWTrainerSignature"
_install_lock = threading.Lock()  # a report issued on the pool and one from the window: one key


def _asn1_certificate(certificate: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _signer(identity: Identity):
    """pyHanko's signer over the identity's key, held in memory only."""
    from asn1crypto import keys
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = keys.PrivateKeyInfo.load(identity.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    chain = SimpleCertificateStore.from_certs([_asn1_certificate(c) for c in identity.chain])
    return SimpleSigner(signing_cert=_asn1_certificate(identity.certificate), signing_key=key, cert_registry=chain)


def sign_pdf_bytes(pdf: bytes, identity: Identity, *, reason: str, location: str | None = None) -> bytes:
    """The PDF with a PAdES certification signature by `identity` that allows no change after it."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
    from pyhanko.sign.signers import PdfSignatureMetadata, sign_pdf

    meta = PdfSignatureMetadata(
        field_name=FIELD, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES, certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES, reason=reason, location=location, name=identity.info.name,
        signer_key_usage={"digital_signature", "non_repudiation"})
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    return sign_pdf(writer, meta, signer=_signer(identity)).getvalue()


def unusable_signer(identity: Identity, at: dt.datetime | None = None) -> Message | None:
    """Why `identity` may not sign a report, or None: only a supervisor's or the agency's report
    certificate may, and only while it is in date (the authority's own key never signs reports)."""
    info = identity.info
    at = at or dt.datetime.now(dt.UTC)
    if info.role not in (SUPERVISOR, REPORTS):
        return message(QT_TRANSLATE_NOOP(
            CONTEXT, "The certificate of %1 is not a supervisor's or the agency's report certificate, so it "
                     "cannot sign reports."), info.name)
    if not info.valid_at(at):
        return message(QT_TRANSLATE_NOOP(
            CONTEXT, "The certificate of %1 is valid from %2 to %3, not today: ask the agency for a new one."),
            info.name, f"{info.not_before:%Y-%m-%d}", f"{info.not_after:%Y-%m-%d}")
    return None


def install_identity(folder: Path) -> Identity:
    """This install's own signing identity, made on first use."""
    folder = Path(folder)
    with _install_lock:
        key_path, secret_path = folder / INSTALL_KEY, folder / INSTALL_SECRET
        if key_path.is_file() and secret_path.is_file():
            return load_identity(key_path, secret_path.read_text(encoding="ascii").strip())
        identity = _new_install_identity()
        secret = secrets.token_urlsafe(32)
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(secret_path, secret.encode("ascii"))
        _private(secret_path)
        write_bytes_atomic(key_path, pkcs12_bytes(identity, secret))
        _private(key_path)
        write_bytes_atomic(folder / INSTALL_CERT, certificate_pem(identity.certificate))  # public: to compare
        return identity


def install_certificate(folder: Path) -> x509.Certificate | None:
    """The public certificate of this install's key, when it has made one (no secret needed)."""
    try:
        return x509.load_pem_x509_certificate((Path(folder) / INSTALL_CERT).read_bytes())
    except (OSError, ValueError):
        return None


def _private(path: Path) -> None:
    try:
        path.chmod(0o600)
    except OSError:
        pass


def _new_install_identity() -> Identity:
    key = ec.generate_private_key(ec.SECP256R1())
    label = secrets.token_hex(4).upper()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"CPSW Trainer install {label}"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "No agency (self-issued)"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, SELF_ISSUED)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=20 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256()))
    return Identity(key, certificate, ())
