"""`cpsw-trainer agency ...`: the agency's signing authority and its configuration tools.

    agency init --name NAME --out DIR                 a new certificate authority in DIR
    agency add-supervisor --agency-dir DIR --name NAME [--email E] --out FILE.p12
    agency add-report-signer --agency-dir DIR --out FILE.p12   the agency's report certificate
    agency revoke --agency-dir DIR --serial N         revoke a certificate (re-signs crl.pem)
    agency revoked --agency-dir DIR                   list revoked certificates (--all: every one issued)
    agency hash-password                              a trainer_password_hash line for agency.toml

Every passphrase is typed without echo or read from the first line of a file (--passphrase-file for
the agency's, --holder-passphrase-file for the new certificate's). No GUI, no database: scriptable.
"""

from __future__ import annotations

import sys
from pathlib import Path

NAMES = ("agency",)


def add_parser(subparsers) -> None:
    agency = subparsers.add_parser("agency", help="the agency's signing authority and configuration tools")
    tools = agency.add_subparsers(dest="agency_action", metavar="ACTION", required=True)
    init = tools.add_parser("init", help="create the agency's certificate authority (asks for its passphrase)")
    init.add_argument("--name", required=True, help="the agency's name, as certificates and reports show it")
    init.add_argument("--out", required=True, help="a new folder for ca.pem, the encrypted key and crl.pem")
    init.add_argument("--passphrase-file", help="read the new passphrase from this file's first line")
    for action, what in (("add-supervisor", "issue a supervisor's certificate as a PKCS#12 file"),
                         ("add-report-signer", "issue the agency's report-signing certificate (PKCS#12)")):
        issue = tools.add_parser(action, help=what)
        issue.add_argument("--agency-dir", required=True, help="the folder made by `agency init`")
        if action == "add-supervisor":
            issue.add_argument("--name", required=True, help="the supervisor's full name")
            issue.add_argument("--email", help="the supervisor's email address")
        issue.add_argument("--out", required=True, help="the .p12 file to write for the holder")
        issue.add_argument("--passphrase-file", help="the agency passphrase, from this file's first line")
        issue.add_argument("--holder-passphrase-file", help="the new file's passphrase, from this file's first line")
    revoke = tools.add_parser("revoke", help="revoke a certificate: seats with the new crl.pem refuse it")
    revoke.add_argument("--agency-dir", required=True, help="the folder made by `agency init`")
    revoke.add_argument("--serial", required=True, type=int, help="the certificate's serial (see `agency revoked --all`)")
    revoke.add_argument("--passphrase-file", help="the agency passphrase, from this file's first line")
    listing = tools.add_parser("revoked", help="list the revoked certificates")
    listing.add_argument("--agency-dir", required=True, help="the folder made by `agency init`")
    listing.add_argument("--all", action="store_true", help="list every certificate issued, revoked or not")
    hashed = tools.add_parser("hash-password", help="print a trainer_password_hash line for agency.toml")
    hashed.add_argument("--password-file", help="read the password from the first line of this file instead")


def run(args, settings) -> int:
    from trainer.commands.passphrases import PassphraseError
    from trainer.signing.authority import AuthorityError
    from trainer.signing.identities import IdentityError

    try:
        return ACTIONS[args.agency_action](args)
    except (PassphraseError, AuthorityError, IdentityError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _init(args) -> int:
    from trainer.commands.passphrases import read_passphrase
    from trainer.signing.authority import CA_CERT, CRL, check_passphrase, create_authority

    passphrase = check_passphrase(read_passphrase(args.passphrase_file, "New agency passphrase", twice=True))
    authority = create_authority(Path(args.out), args.name, passphrase)
    folder = authority.folder
    print(f"Created the signing authority of {authority.agency_name} in {folder}.")
    print(f"Copy {folder / CA_CERT} and {folder / CRL} to every seat and name the first in agency.toml:\n"
          f'    trust_ca = "/etc/cpsw-trainer/{CA_CERT}"\n'
          f"Keep the folder itself (its ca-key.pem) on the agency's own computer.", file=sys.stderr)
    return 0


def _issue(args) -> int:
    from trainer.commands.passphrases import read_passphrase
    from trainer.files import write_bytes_atomic
    from trainer.signing.authority import check_passphrase, open_authority
    from trainer.signing.identities import REPORTS, SUPERVISOR

    out = Path(args.out)
    if out.exists():
        print(f"error: {out} already exists; choose a new file name. Nothing was changed.", file=sys.stderr)
        return 1
    authority = open_authority(Path(args.agency_dir), read_passphrase(args.passphrase_file, "Agency passphrase"))
    holder = check_passphrase(read_passphrase(args.holder_passphrase_file, "Passphrase for the new file", twice=True))
    supervisor = args.agency_action == "add-supervisor"
    name = args.name if supervisor else f"{authority.agency_name} reports"
    issued, blob = authority.issue(name, holder, email=getattr(args, "email", None),
                                   role=SUPERVISOR if supervisor else REPORTS)
    write_bytes_atomic(out, blob)
    try:
        out.chmod(0o600)
    except OSError:
        pass
    print(f"Issued certificate {issued.serial} to {issued.name} ({issued.role}), valid until "
          f"{issued.not_after[:10]}: {out}")
    print("Give the file and its passphrase to the holder separately.", file=sys.stderr)
    return 0


def _revoke(args) -> int:
    from trainer.commands.passphrases import read_passphrase
    from trainer.signing.authority import CRL, open_authority

    authority = open_authority(Path(args.agency_dir), read_passphrase(args.passphrase_file, "Agency passphrase"))
    revoked = authority.revoke(args.serial)
    print(f"Revoked certificate {revoked.serial} of {revoked.name} ({revoked.role}) on {revoked.revoked[:10]}.")
    print(f"Copy the new {authority.folder / CRL} to every seat: until then they still accept it.", file=sys.stderr)
    return 0


def _revoked(args) -> int:
    from trainer.signing.authority import read_register

    rows = [row for row in read_register(Path(args.agency_dir)) if args.all or row.revoked]
    if not rows:
        print("No certificate has been revoked." if not args.all else "No certificate has been issued yet.",
              file=sys.stderr)
    for row in rows:
        state = f"revoked {row.revoked[:10]}" if row.revoked else "good"
        print(f"{row.serial}\t{row.name}\t{row.role}\t{row.email or ''}\tuntil {row.not_after[:10]}\t{state}")
    return 0


def _hash_password(args) -> int:
    from trainer.commands.account import PasswordInputError, read_password
    from trainer.study.accounts import AccountError, check_password
    from trainer.study.pins import hash_pin

    try:
        password = check_password(read_password(args.password_file))
    except (PasswordInputError, AccountError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f'trainer_password_hash = "{hash_pin(password)}"')
    print("Paste this line into the agency file (agency.toml). It holds no password.", file=sys.stderr)
    return 0


ACTIONS = {"init": _init, "add-supervisor": _issue, "add-report-signer": _issue, "revoke": _revoke,
           "revoked": _revoked, "hash-password": _hash_password}
