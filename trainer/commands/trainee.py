"""`cpsw-trainer trainee export|import`: one trainee's data as a file to carry to another agency or
computer, and taking such a file in (#22). Exit 0 when done, 1 when refused (nothing changed)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

NAMES = ("trainee",)

# What the summary names, in this order; the rest of the records go along without a mention.
SHOWN = (("hours_entry", "hours entr(y|ies)"), ("attempt", "practice or exam attempt(s)"),
         ("section_read", "section(s) read"), ("review_card", "review card(s)"),
         ("attestation", "attestation(s)"), ("certification", "certification(s)"), ("ce_entry", "CE entr(y|ies)"),
         ("conversation_run", "role-play run(s)"), ("drill_rating", "drill rating(s)"),
         ("note_attempt", "progress note(s)"), ("report", "issued report(s)"),
         ("attachment_files", "attached file(s)"))


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("trainee", help="carry one trainee's data (with their attachments) to "
                                   "another agency or computer")
    actions = parser.add_subparsers(dest="trainee_action", metavar="ACTION", required=True)
    exp = actions.add_parser("export", help="write everything a trainee has recorded to one file")
    exp.add_argument("--trainee", required=True, help="whose data (the name as it is in the app)")
    exp.add_argument("--out", required=True, help="the file to write, e.g. ana.cpswtrainee")
    imp = actions.add_parser("import", help="take in a trainee's file as a new trainee: all of it or nothing")
    imp.add_argument("file", help="the .cpswtrainee file that 'trainee export' wrote")
    imp.add_argument("--rename", metavar="NEW", help="the name to import them under (when the name is taken here)")


def run(args, settings) -> int:
    from trainer.services import open_services
    from trainer.study.trainee_pack import NameTaken, TraineePackError

    services = open_services(settings)
    try:
        if args.trainee_action == "export":
            return _export(services, args.trainee, Path(args.out))
        return _import(services, Path(args.file), args.rename)
    except TraineePackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        if isinstance(exc, NameTaken):
            print(f"To import them under another name: cpsw-trainer trainee import {shlex.quote(args.file)} "
                  "--rename 'NEW NAME'", file=sys.stderr)
        return 1
    finally:
        services.close()


def describe(counts: dict[str, int]) -> str:
    from trainer.messages import english_forms

    parts = [f"{counts[key]} {english_forms(label)[0 if counts[key] == 1 else 1]}"
             for key, label in SHOWN if counts.get(key)]
    return ", ".join(parts) if parts else "no records yet"


def _export(services, name: str, out: Path) -> int:
    from trainer.operations.trainee_pack import export_trainee_pack

    trainee = services.trainees.find(name)
    if trainee is None:
        print(f"error: there is no trainee called '{name}'. Check the name (it is case-sensitive); "
              "no file was written.", file=sys.stderr)
        return 1
    try:
        pack = export_trainee_pack(services.trainee_packs, trainee.id, out).value
    except OSError as exc:
        print(f"error: cannot write {out}: {exc.strerror or exc}. No file was written.", file=sys.stderr)
        return 1
    print(f"Wrote {pack.trainee}'s data to {pack.path}: {describe(pack.counts)}.")
    print("The file holds their private record: give it only to them or to their new agency. "
          f"To take it in elsewhere: cpsw-trainer trainee import {shlex.quote(str(pack.path))}")
    return 0


def _import(services, path: Path, rename: str | None) -> int:
    from trainer.operations.trainee_pack import import_trainee_pack

    if not path.is_file():
        print(f"error: {path} is not a file. Check the path; nothing was imported.", file=sys.stderr)
        return 1
    result = import_trainee_pack(services.trainee_packs, path, rename).value
    print(f"Imported {result.trainee} from {path}: {describe(result.counts)}.")
    if result.signatures:
        print(f"{result.signatures} supervisor signature(s) came along as history; they were made over the "
              "entries' numbers on the first database, so a supervisor signs those entries again here.")
    return 0
