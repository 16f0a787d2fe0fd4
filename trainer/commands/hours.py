"""`cpsw-trainer hours import|export`: the hours log as CSV, for scripts and agencies; and
`hours sign-request|sign|import-signatures`: supervisor sign-off through files (hours_signoff.py)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from trainer.commands.hours_signoff import SIGNOFF_ACTIONS, add_signoff_parsers, run_signoff

NAMES = ("hours",)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("hours", help="import or export a trainee's hours log as CSV")
    actions = parser.add_subparsers(dest="hours_action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add the rows of a CSV file: all of them or none")
    imp.add_argument("csv", metavar="CSV", help="the file, with the header date,hours,kind,domain,setting,"
                                                  "activity,supervisor,notes")
    imp.add_argument("--trainee", required=True, help="whose hours these are (created if new)")
    imp.add_argument("--skip-bad", action="store_true", help="import the good rows even if some rows are bad")
    exp = actions.add_parser("export", help="write a trainee's hours log as CSV")
    exp.add_argument("--trainee", required=True, help="whose hours to export")
    exp.add_argument("--out", help="file to write (default: standard output)")
    add_signoff_parsers(actions)


def run(args, settings) -> int:
    from trainer.commands.wording import hours_error
    from trainer.services import open_services
    from trainer.study.hours import HoursError
    from trainer.study.trainees import TraineeError

    if args.hours_action in SIGNOFF_ACTIONS:
        return run_signoff(args, settings)
    services = open_services(settings)
    try:
        if args.hours_action == "import":
            return _import(services, args)
        return _export(services, args)
    except HoursError as exc:
        print(f"error: {hours_error(exc)}", file=sys.stderr)
        return 1
    except TraineeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()


def _import(services, args) -> int:
    from trainer.commands.wording import hours_error, hours_problems
    from trainer.study.hours_csv import HoursCsvError, import_csv, preview_import

    path = Path(args.csv)
    if not path.is_file():
        print(f"error: {args.csv}: no such file. Check the path and try again.", file=sys.stderr)
        return 1
    trainee = services.trainees.find(args.trainee)
    try:
        # Check the file before creating anyone, so a refused import leaves nothing behind.
        preview = preview_import(services.hours, trainee.id if trainee else -1, path)
    except HoursCsvError as exc:
        print(f"{args.csv}: {hours_error(exc)}", file=sys.stderr)
        return 1
    for bad in preview.bad:
        print(f"{args.csv}:{bad.line}: {hours_problems(bad.problems)}", file=sys.stderr)
    if preview.bad and not args.skip_bad:
        print(f"Nothing was imported: {len(preview.bad)} bad row(s). Fix them and import again, "
              "or use --skip-bad to import the good rows only.", file=sys.stderr)
        return 1
    if trainee is None:
        trainee, _ = services.trainees.get_or_create(args.trainee, None)
        print(f"Created trainee '{trainee.name}'.")
    result = import_csv(services.hours, trainee.id, path, by=trainee.name, skip_bad=args.skip_bad)
    print(f"Imported {result.added} entr{'y' if result.added == 1 else 'ies'} for {trainee.name}"
          f"; {result.duplicates} already in the log; {len(result.skipped)} bad row(s) skipped.")
    return 0


def _export(services, args) -> int:
    from trainer.study.hours_csv import write_csv

    trainee = services.trainees.find(args.trainee)
    if trainee is None:
        print(f"error: there is no trainee called '{args.trainee}'. Check the name (it is case-sensitive).",
              file=sys.stderr)
        return 1
    entries = services.hours.list_entries(trainee.id)
    if args.out:
        from trainer.study.safe_csv import write_private_text

        text = io.StringIO(newline="")
        write_csv(entries, text)
        write_private_text(Path(args.out), text.getvalue())
        print(f"Wrote {len(entries)} entries to {args.out}.", file=sys.stderr)
    else:
        text = io.StringIO(newline="")
        write_csv(entries, text)
        sys.stdout.write(text.getvalue().replace("\r\n", "\n"))
    return 0
