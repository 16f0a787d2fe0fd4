"""The one entry point: no subcommand opens the window; subcommands script the rest."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from pathlib import Path

from trainer import __version__
from trainer.agency import AgencyConfigError
from trainer.config import resolve_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpsw-trainer",
        description="CPSW Trainer: study, practise and prove readiness for peer support certification.",
    )
    parser.add_argument("--version", action="version", version=f"cpsw-trainer {__version__}")
    parser.add_argument("--data-dir", help="folder for your data (default: the platform's user data folder)")
    parser.add_argument("--database-url", help="database URL, e.g. postgresql+psycopg://user@host/db")
    parser.add_argument("--content-dir", help="content folder to use instead of the bundled curriculum")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check content; one 'path:line: message' per problem")
    validate.add_argument("content", nargs="?", help="content folder (default: the bundled content)")
    validate.add_argument("--languages", help="the languages every text must have, e.g. en,es "
                          "(default: those the app requires today)")

    self_test = commands.add_parser("self-test", help="offscreen check that content, database and every page work")
    self_test.add_argument("--language", choices=("en", "es"), default="en",
                           help="build the pages in this language; es also checks no English is left")
    for module in command_modules():
        module.add_parser(commands)
    return parser


def command_modules():
    from trainer.commands import COMMANDS

    return [importlib.import_module(f"trainer.commands.{name}") for name in COMMANDS]


WINDOW_OPTIONS = {"--data-dir": "data_dir", "--database-url": "database_url", "--content-dir": "content_dir"}


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The options, when the command line has nothing else (it opens the window); else None.
    Building an argparse parser costs ~10 ms at start (it asks the terminal's size, which
    imports shutil, and looks up translations), so the common case is read by hand."""
    values = dict.fromkeys(WINDOW_OPTIONS.values())
    values.update(command=None, quit_after_show=False)
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if word == "--quit-after-show":
            values["quit_after_show"] = True
        elif name in WINDOW_OPTIONS and equals and value:
            values[WINDOW_OPTIONS[name]] = value
        elif word in WINDOW_OPTIONS and not equals:
            value = next(words, None)
            if value is None or value.startswith("-"):
                return None  # argparse explains what is missing
            values[WINDOW_OPTIONS[word]] = value
        else:
            return None  # a command, --help, --version or a mistake: argparse reads it
    return argparse.Namespace(**values)


def main(argv: list[str] | None = None) -> int:
    # Opening the window needs only the options: the subcommands (and what they import)
    # are loaded only when the command line has more than options.
    argv = sys.argv[1:] if argv is None else list(argv)
    args = window_options(argv) or build_parser().parse_args(argv)
    try:
        settings = resolve_settings(args.data_dir, args.database_url, args.content_dir)
    except AgencyConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command is not None:
        from trainer.commands.database_errors import run_guarded

        # A damaged database gives the same clean message, whichever command met it.
        return run_guarded(lambda: run_command(args, settings), settings, global_options(args))
    # While the window opens, Python's cyclic garbage collector runs ~50 times (~15 ms) and
    # finds next to nothing to free; run_app resumes it once the window is shown.
    gc.disable()
    try:
        import_window_logic()
        from trainer.ui.app import run_app  # only the window needs Qt

        return run_app(settings, quit_after_show=args.quit_after_show
                       or bool(os.environ.get("CPSW_TRAINER_QUIT_AFTER_SHOW")))
    finally:
        gc.enable()  # also when the window never showed


def run_command(args, settings) -> int:
    if args.command == "validate":
        return cmd_validate(Path(args.content) if args.content else settings.content_dir,
                            tuple(args.languages.split(",")) if args.languages else None)
    if args.command == "self-test":
        return cmd_self_test(settings, args.language)
    for module in command_modules():
        if args.command in module.NAMES:
            return module.run(args, settings)
    raise AssertionError(f"no module runs the command {args.command}")


def global_options(args) -> str:
    """The options to repeat in a command the person is told to run next."""
    import shlex

    return "".join(f"{flag} {shlex.quote(getattr(args, name))} " for flag, name in WINDOW_OPTIONS.items()
                   if getattr(args, name, None))


def import_window_logic() -> None:
    """Import the logic the window opens with before Qt. Once PySide6 is loaded, its
    `__feature__` import hook reads the source of every module imported after it, looking
    for its own name; these modules never use Qt, and that reading cost ~8 ms at start."""
    import trainer.content.scenario_schema  # noqa: F401 - imported for the side effect above
    import trainer.operations.trainees  # noqa: F401
    import trainer.services  # noqa: F401
    import trainer.study.exams  # noqa: F401
    import trainer.study.readiness  # noqa: F401
    import trainer.study.trainer_access  # noqa: F401


def cmd_validate(content_dir: Path, languages: tuple[str, ...] | None = None) -> int:
    """`languages`: those every module and question must have (a missing Spanish text is a
    problem with "es"); by default the ones the folder declares (languages.yaml), else English."""
    from trainer.content.checks import quality_problems
    from trainer.content.loader import load_catalog
    from trainer.content.translation_checks import required_languages

    catalog = load_catalog(content_dir)
    languages = languages or required_languages(content_dir)
    problems = catalog.errors + (quality_problems(catalog, content_dir, languages) if content_dir.is_dir() else [])
    for error in problems:
        print(error)
    summary = (
        f"{len(catalog.modules)} modules, {len(catalog.banks)} question banks, "
        f"{len(catalog.questions)} questions, {len(catalog.profiles)} certification profiles"
    )
    if problems:
        print(f"{len(problems)} problem(s) found; {summary} loaded.", file=sys.stderr)
        return 1
    print(f"Content is valid: {summary}.", file=sys.stderr)
    return 0


def cmd_self_test(settings, language: str = "en") -> int:
    """Load content, open a temporary database, build every page offscreen (in `language`)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.config import Settings
    from trainer.content.loader import load_catalog

    failures = []
    catalog = load_catalog(settings.content_dir)
    for error in catalog.errors:
        failures.append(f"content: {error}")
    print(f"content: {len(catalog.modules)} modules, {len(catalog.questions)} questions, "
          f"{len(catalog.errors)} problem(s)")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cpsw-self-test-") as tmp:
        temp = Settings(data_dir=Path(tmp), content_dir=settings.content_dir,
                        database_url=f"sqlite:///{Path(tmp) / 'self-test.sqlite3'}")
        try:
            from trainer.ui.self_test import build_every_page

            pages = build_every_page(temp, catalog, language)
            print(f"ui: built {len(pages)} pages in {language}: {', '.join(pages)}")
        except Exception as exc:  # noqa: BLE001 - report every failure, then exit non-zero
            failures.append(f"ui/database: {type(exc).__name__}: {exc}")
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    print("self-test passed" if not failures else "self-test failed")
    return 0 if not failures else 1
