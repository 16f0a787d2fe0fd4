"""Subcommands of `cpsw-trainer`, one module each.

Each module listed in COMMANDS has `add_parser(subparsers)` (which registers its
subcommand names) and `run(args, settings) -> int`. cli.py dispatches to the
module whose `NAMES` contains the chosen subcommand. No Qt here.
"""

COMMANDS: tuple[str, ...] = (
    "backup",
    "hours",
    "demo",
    "report",
    "banks",
    "pack",
    "soak",
    "account",
    "ce",
    "agency",
    "trainee",
)
