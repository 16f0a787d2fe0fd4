"""`import-bank` and `export-bank`: Moodle GIFT and Aiken files in and out of our YAML banks."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from trainer.content.fields import KEBAB
from trainer.content.formats import FORMATS, check_domain_map, guess_format
from trainer.content.formats.aiken import export_aiken, import_aiken
from trainer.content.formats.bank_yaml import dump_bank
from trainer.content.formats.gift import export_gift, import_gift
from trainer.content.parse_bank import parse_bank
from trainer.content.schema import DOMAIN_IDS, Domain

NAMES = ("import-bank", "export-bank")


def add_parser(subparsers) -> None:
    imp = subparsers.add_parser("import-bank", help="turn a Moodle GIFT or Aiken file into a question bank (YAML)")
    imp.add_argument("file", help="the .gift or Aiken (.txt) file to import")
    imp.add_argument("--format", choices=FORMATS, help="the file's format (default: from its extension)")
    imp.add_argument("--out", help="where to write the bank's YAML (default: standard output)")
    imp.add_argument("--domain", choices=DOMAIN_IDS, help="domain for questions whose category names none")
    imp.add_argument("--domain-map", help="YAML file mapping GIFT categories to domain ids")
    imp.add_argument("--bank-id", help="id of the new bank, kebab-case (default: from the file name)")
    imp.add_argument("--language", choices=("en", "es"),
                     help="the file's language; 'es' writes the Spanish of the bank --bank-id names "
                          "(content/es/quizzes/<bank>.yaml) (default: what the GIFT file says, else en)")
    imp.add_argument("--skip-bad", action="store_true",
                     help="write the questions that could be read even if others were refused "
                          "(every refused one is still listed); without it, all or nothing")
    exp = subparsers.add_parser("export-bank", help="write a question bank as Moodle GIFT or Aiken")
    exp.add_argument("bank_id", metavar="BANK_ID", help="id of a bank in the content folder")
    exp.add_argument("--format", choices=FORMATS, required=True)
    exp.add_argument("--out", help="file to write (default: standard output)")
    exp.add_argument("--language", choices=("en", "es"), default="en",
                     help="write the bank's words in this language (English where not translated)")


def run(args, settings) -> int:
    if args.command == "import-bank":
        return _import(args, settings)
    return _export(args, settings)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _import(args, settings) -> int:
    source = Path(args.file)
    fmt = args.format or guess_format(source.name)
    if fmt is None:
        return _fail(f"cannot tell the format of {source} from its extension; pass --format gift or --format aiken")
    if args.bank_id and not KEBAB.match(args.bank_id):
        return _fail(f"--bank-id must be kebab-case (lowercase letters, digits and hyphens): '{args.bank_id}'")
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {source} as UTF-8 text: {exc}")
    domain_map = {}
    if args.domain_map:
        try:
            raw = yaml.safe_load(Path(args.domain_map).read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            return _fail(f"cannot read the domain map {args.domain_map}: {exc}")
        domain_map, problems = check_domain_map(raw)
        if problems:
            for problem in problems:
                print(f"{args.domain_map}:1: {problem}", file=sys.stderr)
            return _fail("fix the domain map, then import again")
    importer = import_gift if fmt == "gift" else import_aiken
    lang = _language(args, fmt, text)
    # A translation's domains come from its English bank: any will do to read the file.
    default_domain = args.domain or ("advocacy" if lang != "en" else None)
    bank, errors = importer(text, str(source), bank_id=args.bank_id, domain_map=domain_map,
                            default_domain=default_domain)
    for error in errors:
        print(error, file=sys.stderr)
    if bank is None:
        return _fail(f"nothing could be imported from {source}; see the problems above")
    if lang != "en":
        return _import_translation(args, settings, bank, errors, lang)
    if errors and not args.skip_bad:  # all or nothing, like `hours import`
        lines = ", ".join(str(line) for line in sorted({e.line for e in errors}))
        return _fail(f"nothing was written: {len(errors)} problem(s) in {source} (line(s) {lines}). "
                     f"Fix them and import again, or pass --skip-bad to write the "
                     f"{len(bank.questions)} question(s) that could be read.")
    output = dump_bank(bank)
    _check_round_trip(output, args.out or "<stdout>")
    if args.out:
        Path(args.out).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    where = args.out or "standard output"
    print(f"imported {len(bank.questions)} question(s) into bank '{bank.id}' ({where}); "
          f"{len(errors)} refused and listed above", file=sys.stderr)
    return 0


def _language(args, fmt: str, text: str) -> str:
    from trainer.content.formats.translated import gift_language

    return args.language or (gift_language(text) if fmt == "gift" else None) or "en"


def _import_translation(args, settings, bank, errors, lang: str) -> int:
    """Write the imported words as the translation of the English bank of the same id."""
    from trainer.content.formats.translated import as_translation
    from trainer.content.loader import load_catalog

    catalog = load_catalog(settings.content_dir)
    english = catalog.banks.get(bank.id)
    if english is None:
        return _fail(f"a '{lang}' file is the translation of an English bank: pass --bank-id with one of "
                     f"{', '.join(sorted(catalog.banks)) or 'none'}")
    output, problems = as_translation(bank, english, lang)
    for problem in problems:
        print(problem, file=sys.stderr)
    if (errors or problems) and not args.skip_bad:
        return _fail(f"nothing was written: {len(errors) + len(problems)} problem(s) in {args.file}. "
                     "Fix them and import again, or pass --skip-bad.")
    if args.out:
        Path(args.out).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    print(f"imported the {lang} text of bank '{english.id}' ({args.out or 'standard output'}); "
          f"put it at {Path(settings.content_dir) / lang / 'quizzes' / Path(english.path).name}", file=sys.stderr)
    return 0


def _check_round_trip(output: str, where: str) -> None:
    """The YAML we write must read back cleanly; say so loudly if it ever does not."""
    domains = {d: Domain(d, d) for d in DOMAIN_IDS}
    problems: list = []
    parse_bank(output, where, domains, {}, problems)
    for problem in problems:
        print(f"{problem} (please report this: the written bank does not validate)", file=sys.stderr)


def _export(args, settings) -> int:
    from trainer.content.loader import load_catalog
    from trainer.content.translations import in_language

    catalog = in_language(load_catalog(settings.content_dir), args.language)
    bank = catalog.banks.get(args.bank_id)
    if bank is None:
        known = ", ".join(sorted(catalog.banks)) or "none"
        return _fail(f"no question bank '{args.bank_id}' in {settings.content_dir} (banks: {known})")
    lang = args.language if args.language != "en" else None
    text, errors = export_gift(bank, lang) if args.format == "gift" else export_aiken(bank)
    for error in errors:
        print(error, file=sys.stderr)
    written = len(bank.questions) - len(errors)
    if written == 0:
        return _fail(f"no question of bank '{bank.id}' can be written as {args.format}")
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {written} question(s) to {args.out}; {len(errors)} left out", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
