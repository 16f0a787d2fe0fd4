"""`report` draws and signs a trainee's readiness report (or hours log); `verify` checks a report file.

`report --sign FILE.p12` signs with a supervisor's or the agency's report certificate (its passphrase
typed without echo, or `--passphrase-file`); without it the report is self-issued by this install.
`verify` exits 0 intact and trusted, 1 altered, unsigned or invalid, 2 unreadable, 3 intact but not
from a trusted signer; it trusts the agency file's `trust_ca`, or `--trust CERT.pem`.
"""

from __future__ import annotations

import sys
from pathlib import Path

NAMES = ("report", "verify")


def add_parser(subparsers) -> None:
    report = subparsers.add_parser("report", help="write a trainee's certification-readiness report as PDF")
    report.add_argument("--trainee", required=True, help="the trainee's name")
    report.add_argument("--out", required=True, help="the PDF file to write")
    report.add_argument("--profile", help="certification profile id (default: the trainee's own)")
    report.add_argument("--hours-log", action="store_true",
                        help="write the printable hours log instead: every entry, with who verified it")
    report.add_argument("--full-log", action="store_true",
                        help="list every hours entry in the readiness report too (default: hours by month)")
    report.add_argument("--agency-name", help="agency name printed at the top (default: CPSW Trainer)")
    report.add_argument("--language", choices=("en", "es"), default="en",
                        help="the report's language: its words and the curriculum's (default: en)")
    report.add_argument("--logo", help="an image file printed beside the agency name")
    report.add_argument("--renewal", action="store_true",
                        help="write the renewal packet instead: CE summary, documents, attached certificates")
    report.add_argument("--sign", metavar="FILE.p12",
                        help="sign with this supervisor's or agency report certificate (default: self-issued)")
    report.add_argument("--passphrase-file", help="read the certificate's passphrase from this file's first line")
    verify = subparsers.add_parser("verify", help="check a report: who signed it, whether it changed, whether "
                                                  "the signer is trusted")
    verify.add_argument("file", help="the report PDF")
    verify.add_argument("--trust", metavar="CERT.pem",
                        help="trust this agency certificate (crl.pem beside it is read) instead of agency.toml's")
    verify.add_argument("--code", help="the code printed on a paper copy (or the text of its QR code)")


def run(args, settings) -> int:
    return _report(args, settings) if args.command == "report" else _verify(args, settings)


def _signer(args, settings):
    """The identity to sign with, read before the database opens; a refusal is printed, None returned."""
    from trainer.commands.passphrases import PassphraseError, read_passphrase
    from trainer.signing.identities import IdentityError, load_identity
    from trainer.signing.pdf_signing import unusable_signer
    from trainer.signing.trust import Standing, trust_of_agency

    try:
        identity = load_identity(Path(args.sign), read_passphrase(args.passphrase_file, "Certificate passphrase"))
        trust = trust_of_agency(settings.agency)
    except (PassphraseError, IdentityError) as exc:
        print(f"error: {exc} Nothing was written.", file=sys.stderr)
        return None
    problem = unusable_signer(identity)
    verdict = trust.check(identity.certificate)
    if problem is None and verdict.standing in (Standing.REVOKED, Standing.EXPIRED):
        problem = verdict.message
    if problem is not None:
        print(f"error: {problem} Nothing was written.", file=sys.stderr)
        return None
    return identity


def _report(args, settings) -> int:
    from trainer.operations.reports import issue_report
    from trainer.reports import HOURS_LOG, READINESS, ReportError
    from trainer.services import open_services

    signer = _signer(args, settings) if args.sign else None
    if args.sign and signer is None:
        return 1
    services = open_services(settings)  # a damaged database is explained by cli's guard
    try:
        trainee = services.trainees.find(args.trainee)
        if trainee is None:
            known = ", ".join(t.name for t in services.trainees.all()) or "none yet"
            print(f"error: there is no trainee called '{args.trainee}'. Trainees: {known}.", file=sys.stderr)
            return 1
        if args.renewal:  # the renewal packet (#22), self-issued
            from trainer.commands.ce import issue_packet_for

            info = issue_packet_for(services, trainee, Path(args.out), args.agency_name, args.language)
            print(f"Wrote the renewal packet {info.path} for {trainee.name}; verification code {info.code}.")
            return 0
        info = issue_report(
            services.reports, trainee.id, Path(args.out), kind=HOURS_LOG if args.hours_log else READINESS,
            profile_id=args.profile, agency=args.agency_name, logo_path=args.logo, full_log=args.full_log,
            signer=signer, language=args.language).value
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    by = f"signed by {signer.info.name}" if signer else "self-issued (signed by this install, not by an agency)"
    print(f"Wrote {info.path} for {trainee.name}, {by}; verification code {info.code}.")
    return 0


def _verify(args, settings) -> int:
    from trainer.reports.verify import UNREADABLE, VALID, Trust, verify_report
    from trainer.signing.identities import IdentityError
    from trainer.signing.pdf_signing import install_certificate
    from trainer.signing.trust import load_trust, trust_of_agency

    path = Path(args.file)
    try:
        trust = load_trust(Path(args.trust)) if args.trust else trust_of_agency(settings.agency)
    except IdentityError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from trainer.commands.ce import verify_packet_file

    packet = verify_packet_file(path, trust, install_certificate(settings.data_dir / "signing"))
    if packet is not None:  # a renewal packet, checked by its own rules
        return packet
    result = verify_report(path, trust, code=args.code,
                           own_certificate=install_certificate(settings.data_dir / "signing"))
    only_trust = result.status == VALID and result.trust is Trust.NOT_TRUSTED  # intact: a warning, not a failure
    for ok, text in result.checks:
        print(f"{'ok  ' if ok else 'WARN' if only_trust else 'FAIL'} {text}")
    exit_code = result.exit_code
    if exit_code == 0:
        print(f"{path}: valid and trusted — signed by {result.signer}, unchanged since (code {result.code}).")
    elif exit_code == 3:
        print(f"{path}: valid but NOT TRUSTED — unchanged since it was signed (code {result.code}), but by a "
              f"signer this install does not trust.", file=sys.stderr)
    elif result.status == UNREADABLE:
        print(f"{path}: UNREADABLE — this is not a PDF report.", file=sys.stderr)
    else:
        print(f"{path}: {'INVALID' if result.status == VALID else result.status.upper()} — do not rely on "
              f"this file; ask for a newly issued report.", file=sys.stderr)
    return exit_code
