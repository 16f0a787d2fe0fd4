"""`cpsw-trainer ce add|import|export|list|certify`: continuing education for renewal.

add and import create the trainee if new (as `hours import` does); list shows the log and,
once a certification is recorded, where it stands against the profile's renewal rules.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

NAMES = ("ce",)


def _date(text: str) -> dt.date:
    import argparse

    from trainer.study.hours_csv import parse_date

    day = parse_date(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as 2026-01-31 or 1/31/2026")
    return day


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("ce", help="a trainee's continuing-education log, for renewal")
    actions = parser.add_subparsers(dest="ce_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="log one course (with its certificates)")
    add.add_argument("--trainee", required=True, help="whose log (created if new)")
    add.add_argument("--date", required=True, type=_date, help="when it was taken: 2026-01-31 or 1/31/2026")
    add.add_argument("--hours", required=True, help="the CE hours on the certificate, like 1.5")
    add.add_argument("--title", required=True, help="the course's title, as on its certificate")
    add.add_argument("--provider", help="who gave it")
    add.add_argument("--provider-number", help="the provider's approved-provider number")
    add.add_argument("--online", action="store_true", help="it was an online course")
    add.add_argument("--topic", action="append", default=[], help="a topic it covers, e.g. ethics (repeatable)")
    add.add_argument("--kind", default="course", choices=("course", "self-study", "trainer"),
                     help="course (default), self-study, or trainer: hours spent teaching one")
    add.add_argument("--notes")
    add.add_argument("--attach", action="append", default=[], metavar="FILE",
                     help="a certificate or letter: PDF, PNG or JPEG (repeatable)")
    imp = actions.add_parser("import", help="add the rows of a CSV file: all of them or none")
    imp.add_argument("csv", metavar="CSV", help="the file, with the header date,hours,title,provider,"
                                                 "provider_number,topics,online,kind,notes")
    imp.add_argument("--trainee", required=True, help="whose log (created if new)")
    exp = actions.add_parser("export", help="write a trainee's CE log as CSV (the header even when empty)")
    exp.add_argument("--trainee", required=True)
    exp.add_argument("--out", help="file to write (default: standard output)")
    lst = actions.add_parser("list", help="the log, and where renewal stands once certified")
    lst.add_argument("--trainee", required=True)
    cert = actions.add_parser("certify", help="record the credential earned: profile, date, number, expiry")
    cert.add_argument("--trainee", required=True, help="who (created if new)")
    cert.add_argument("--profile", required=True, help="the certification profile's id, e.g. icrc-pr")
    cert.add_argument("--on", required=True, type=_date, help="the date of certification")
    cert.add_argument("--expires", type=_date, help="the expiry date on the certificate")
    cert.add_argument("--number", help="the certificate number")


def run(args, settings) -> int:
    from trainer.services import open_services
    from trainer.study.attachments import AttachmentError
    from trainer.study.ce_records import CeError
    from trainer.study.certification import CertificationError
    from trainer.study.trainees import TraineeError

    services = open_services(settings)
    try:
        return ACTIONS[args.ce_action](services, args)
    except CeError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    except (AttachmentError, CertificationError, TraineeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()


def _existing(services, name: str):
    trainee = services.trainees.find(name)
    if trainee is None:
        print(f"error: there is no trainee called '{name}'. Check the name (it is case-sensitive).",
              file=sys.stderr)
    return trainee


def _trainee(services, name: str):
    trainee, created = services.trainees.get_or_create(name, None)
    if created:
        print(f"Created trainee '{trainee.name}'.")
    return trainee


def _add(services, args) -> int:
    from trainer.operations.renewal import add_ce_entry_with_files
    from trainer.study.attachments import checked_payload
    from trainer.study.ce_log import checked
    from trainer.study.ce_records import CeData

    data = CeData(args.date, args.hours, args.title, args.provider, args.provider_number, tuple(args.topic),
                  args.online, args.kind, args.notes)
    files = [Path(f) for f in args.attach]
    checked(data, dt.date.today())  # refused before anyone is created
    for path in files:
        checked_payload(path)
    trainee = _trainee(services, args.trainee)
    entry = add_ce_entry_with_files(services.ce_log, services.attachments, trainee.id, data, files).value
    attached = f", {len(files)} file(s) attached" if files else ""
    print(f"Logged {_hours(entry.hours)} CE hour(s) for {trainee.name}: {entry.title} on {entry.date}{attached}.")
    return 0


def _import(services, args) -> int:
    from trainer.operations.renewal import import_ce_csv
    from trainer.study.ce_csv import CeCsvError, preview_import

    path = Path(args.csv)
    if not path.is_file():
        print(f"error: {args.csv}: no such file. Check the path and try again.", file=sys.stderr)
        return 1
    found = services.trainees.find(args.trainee)
    try:
        preview = preview_import(services.ce_log, found.id if found else -1, path)
    except CeCsvError as exc:
        print(f"{args.csv}: {exc}", file=sys.stderr)
        return 1
    for bad in preview.bad:
        print(f"{args.csv}:{bad.line}: {'; '.join(str(p) for p in bad.problems)}", file=sys.stderr)
    if preview.bad:
        print(f"Nothing was imported: {len(preview.bad)} bad row(s). Fix them and import again.", file=sys.stderr)
        return 1
    trainee = found or _trainee(services, args.trainee)
    result = import_ce_csv(services.ce_log, trainee.id, path).value
    print(f"Imported {result.added} CE entr{'y' if result.added == 1 else 'ies'} for {trainee.name}; "
          f"{result.duplicates} already in the log.")
    return 0


def _export(services, args) -> int:
    from trainer.study.ce_csv import csv_text
    from trainer.study.safe_csv import write_private_text

    trainee = _existing(services, args.trainee)
    if trainee is None:
        return 1
    entries = services.ce_log.list_entries(trainee.id)
    text = csv_text(entries)
    if args.out:
        write_private_text(Path(args.out), text)
        print(f"Wrote {len(entries)} CE entr{'y' if len(entries) == 1 else 'ies'} to {args.out}.", file=sys.stderr)
    else:
        sys.stdout.write(text.replace("\r\n", "\n"))
    return 0


def _certify(services, args) -> int:
    from trainer.operations.renewal import record_certification

    if args.profile not in services.catalog.profiles:
        print(f"error: there is no certification profile '{args.profile}' (known: "
              f"{', '.join(sorted(services.catalog.profiles))}).", file=sys.stderr)
        return 1
    trainee = _trainee(services, args.trainee)
    record = record_certification(services.certifications, trainee.id, args.profile, args.on,
                                  expires_on=args.expires, number=args.number,
                                  profiles=services.catalog.profiles).value
    expiry = f", expires {record.expires_on}" if record.expires_on else ""
    print(f"Recorded {trainee.name}'s {args.profile} certification of {record.certified_on}{expiry}.")
    return 0


def _list(services, args) -> int:
    from trainer.reports.renewal_wording import status_lines

    trainee = _existing(services, args.trainee)
    if trainee is None:
        return 1
    entries = services.ce_log.list_entries(trainee.id)
    for e in entries:
        where = "online" if e.online else "in person"
        topics = f" [{', '.join(e.topics)}]" if e.topics else ""
        provider = f", {e.provider}" if e.provider else ""
        print(f"{e.date}  {_hours(e.hours):>6} h  {e.title}{provider} ({e.kind}, {where}){topics}")
    print(f"{len(entries)} CE entr{'y' if len(entries) == 1 else 'ies'}.")
    certification = services.certifications.current(trainee.id)
    if certification is None:
        print("No certification recorded: record it with `ce certify` to see where renewal stands.")
        return 0
    profile = services.catalog.profiles.get(certification.profile_id)
    if profile is None or profile.renewal is None:
        print(f"The profile '{certification.profile_id}' gives no renewal rules: check with your board.")
        return 0
    for line in status_lines(profile, certification, entries, dt.date.today()):
        print(line)
    return 0


def issue_packet_for(services, trainee, out: Path, agency: str | None = None, language: str = "en"):
    """`report --renewal`: the packet of the trainee's current certification (ReportError if none)."""
    from trainer.operations.renewal import issue_renewal_packet
    from trainer.study.issued_reports import IssuedReportService

    return issue_renewal_packet(catalog=services.catalog, trainees=services.trainees,
                                certifications=services.certifications, ce_log=services.ce_log,
                                attachments=services.attachments, issued=IssuedReportService(services.database.sessions),
                                trainee_id=trainee.id, out=out, agency=agency,
                                signing_dir=services.reports.signing_dir, language=language).value


def verify_packet_file(path: Path, trust=None, own_certificate=None) -> int | None:
    """`verify` of a renewal packet: prints the checks and returns the exit code (None: not a packet):
    0 intact and trusted, 3 intact but self-issued or not trusted, 1 altered or unsigned, 2 unreadable."""
    from trainer.reports.renewal_packet_verify import VALID, packet_data_of, verify_packet

    try:
        if packet_data_of(path.read_bytes()) is None:
            return None
    except OSError:
        return None
    result = verify_packet(path, trust, own_certificate)
    intact = result.status == VALID
    for ok, text in result.checks:
        print(f"{'ok  ' if ok else 'WARN' if intact else 'FAIL'} {text}")
    if intact:
        trusted = "trusted" if result.trusted else "not from a trusted signer"
        print(f"{path}: valid, {trusted} — the renewal packet and every attachment are unchanged since it was "
              f"issued (code {result.code}).")
    else:
        print(f"{path}: {result.status.upper()} — do not rely on this file; issue the packet again.", file=sys.stderr)
    return result.exit_code


def _hours(value) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


ACTIONS = {"add": _add, "import": _import, "export": _export, "list": _list, "certify": _certify}
