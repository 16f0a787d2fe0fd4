"""`report` draws a trainee's readiness report (or hours log); `verify` checks a report file."""

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
    report.add_argument("--logo", help="an image file printed beside the agency name")
    verify = subparsers.add_parser("verify", help="check whether a report was altered since it was issued")
    verify.add_argument("file", help="the report PDF")


def run(args, settings) -> int:
    return _report(args, settings) if args.command == "report" else _verify(args, settings)


def _report(args, settings) -> int:
    from trainer.operations.reports import issue_report
    from trainer.reports import HOURS_LOG, READINESS, ReportError
    from trainer.services import open_services

    services = open_services(settings)  # a damaged database is explained by cli's guard
    try:
        trainee = services.trainees.find(args.trainee)
        if trainee is None:
            known = ", ".join(t.name for t in services.trainees.all()) or "none yet"
            print(f"error: there is no trainee called '{args.trainee}'. Trainees: {known}.", file=sys.stderr)
            return 1
        info = issue_report(
            services.reports, trainee.id, Path(args.out), kind=HOURS_LOG if args.hours_log else READINESS,
            profile_id=args.profile, agency=args.agency_name, logo_path=args.logo, full_log=args.full_log).value
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    print(f"Wrote {info.path} for {trainee.name}; verification code {info.code}.")
    return 0


def _verify(args, settings) -> int:
    from trainer.reports.verify import VALID, verify_report

    path = Path(args.file)
    result = verify_report(path)
    for ok, text in result.checks:
        print(f"{'ok  ' if ok else 'FAIL'} {text}")
    if result.status == VALID:
        print(f"{path}: valid — unchanged since it was issued (code {result.code}).")
    else:
        print(f"{path}: {result.status.upper()} — do not rely on this file; ask for a newly issued report.",
              file=sys.stderr)
    return result.exit_code
