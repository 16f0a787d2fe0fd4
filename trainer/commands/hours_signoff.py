"""`cpsw-trainer hours sign-request|sign|import-signatures`: supervisor sign-off without the window.

    hours sign-request --trainee NAME --out REQUEST [--entries 1,2,3]   the trainee: entries to sign
    hours sign --request REQUEST --p12 FILE [--passphrase-file P] --out RESPONSE   the supervisor
    hours import-signatures --trainee NAME RESPONSE                  the trainee: every signature checked

Refusals print their reasons in English and exit 1; nothing is kept then.
"""

from __future__ import annotations

import sys
from pathlib import Path

SIGNOFF_ACTIONS = ("sign-request", "sign", "import-signatures")


def add_signoff_parsers(actions) -> None:
    req = actions.add_parser("sign-request", help="write a verification request for a supervisor elsewhere")
    req.add_argument("--trainee", required=True, help="whose entries")
    req.add_argument("--out", required=True, help="the request file to write")
    req.add_argument("--entries", help="entry ids, comma-separated (default: every entry not validly signed)")
    sign = actions.add_parser("sign", help="sign a verification request with a supervisor's certificate")
    sign.add_argument("--request", required=True, help="the request file the trainee sent")
    sign.add_argument("--p12", required=True, help="the supervisor's certificate and key (PKCS#12 from the agency)")
    sign.add_argument("--passphrase-file", help="read the passphrase from this file's first line (else it is asked)")
    sign.add_argument("--out", required=True, help="the signed response file to write")
    imp = actions.add_parser("import-signatures", help="keep a signed response's signatures, each one checked")
    imp.add_argument("response", metavar="RESPONSE", help="the signed response file")
    imp.add_argument("--trainee", required=True, help="whose entries were signed")


def _fail(text: str, reasons=()) -> int:
    print(f"error: {text}", file=sys.stderr)
    for reason in reasons:
        print(f"  {reason}", file=sys.stderr)
    return 1


def run_signoff(args, settings) -> int:
    from trainer.messages import MessageError
    from trainer.study.signoff_records import SignoffError

    try:
        if args.hours_action == "sign":
            return _sign(args, settings)
        return _with_services(args, settings)
    except SignoffError as exc:
        return _fail(exc.message.english(), [r.english() for r in exc.reasons])
    except MessageError as exc:
        return _fail(exc.message.english())


def _read(path: str) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        print(f"error: {path}: cannot be read ({exc.strerror or exc}). Check the path.", file=sys.stderr)
        return None


def _write(path: str, blob: bytes) -> bool:
    from trainer.study.safe_csv import write_private_text

    try:
        write_private_text(Path(path), blob.decode("utf-8"))
    except OSError as exc:
        print(f"error: {path}: cannot be written ({exc.strerror or exc}).", file=sys.stderr)
        return False
    return True


def _sign(args, settings) -> int:
    """The supervisor's side: no database needed, only the request, the key and this install's trust."""
    from trainer.commands.passphrases import PassphraseError, read_passphrase
    from trainer.signing.identities import load_identity
    from trainer.signing.trust import trust_of_agency
    from trainer.study.signoff_files import read_request, sign_request

    blob = _read(args.request)
    if blob is None:
        return 1
    request = read_request(blob)
    try:
        passphrase = read_passphrase(args.passphrase_file, f"Passphrase of {args.p12}")
    except PassphraseError as exc:
        return _fail(str(exc))
    identity = load_identity(Path(args.p12), passphrase)
    response = sign_request(request, identity, trust=trust_of_agency(settings.agency))
    if not _write(args.out, response):
        return 1
    print(f"Signed {len(request.entries)} entr{'y' if len(request.entries) == 1 else 'ies'} of {request.trainee} "
          f"as {identity.info.name}; send {args.out} back to them.")
    return 0


def _with_services(args, settings) -> int:
    from trainer.services import open_services

    services = open_services(settings)
    try:
        trainee = services.trainees.find(args.trainee)
        if trainee is None:
            return _fail(f"there is no trainee called '{args.trainee}'. Check the name (it is case-sensitive).")
        if args.hours_action == "sign-request":
            return _request(services, trainee, args)
        return _import(services, trainee, args)
    finally:
        services.close()


def _request(services, trainee, args) -> int:
    from trainer.study.signoff_files import make_request

    if args.entries:
        try:
            ids = [int(part) for part in args.entries.split(",") if part.strip()]
        except ValueError:
            return _fail(f"--entries {args.entries}: give entry ids separated by commas, e.g. 3,4,9.")
    else:
        signed = services.signoff.valid_ids(trainee.id)
        ids = [e.id for e in services.hours.list_entries(trainee.id) if e.id not in signed]
    blob = make_request(services.signoff, trainee.id, ids)
    if not _write(args.out, blob):
        return 1
    print(f"Wrote a request to sign {len(ids)} entr{'y' if len(ids) == 1 else 'ies'} to {args.out}.")
    return 0


def _import(services, trainee, args) -> int:
    from trainer.operations.signoff import import_signatures

    blob = _read(args.response)
    if blob is None:
        return 1
    kept = import_signatures(services.signoff, trainee.id, blob).value
    print(f"Kept {kept} signature{'' if kept == 1 else 's'} for {trainee.name}: each one checked.")
    return 0
