"""`cpsw-trainer demo`: a demo trainee with months of realistic history."""

from __future__ import annotations

import sys

NAMES = ("demo",)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="create a demo trainee with months of realistic history")
    parser.add_argument("--trainee", default="Demo Trainee", help="the demo trainee's name (default: Demo Trainee)")
    parser.add_argument("--entries", type=int, default=None,
                        help="how many hours entries to create (default: about 120; e.g. 2000 for scale tests)")
    parser.add_argument("--seed", type=int, default=7, help="the same seed makes the same history (default: 7)")


def run(args, settings) -> int:
    from trainer.services import open_services
    from trainer.study.demo import DEFAULT_ENTRIES, DemoError, create_demo

    services = open_services(settings)
    try:
        entries = args.entries if args.entries is not None else DEFAULT_ENTRIES
        summary = create_demo(services, args.trainee, seed=args.seed, entries=entries)
    except DemoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    print(summary.name)
    print(f"{summary.entries} hours entries ({summary.verified} verified), {summary.modules_complete} modules "
          f"complete, {summary.practice_attempts} practice sets, {summary.exams} exam simulations, "
          f"{summary.attestations} attestations.", file=sys.stderr)
    return 0
