"""`pack export`, `pack import` and `pack list`: content packs in and out of this install."""

from __future__ import annotations

import sys
from pathlib import Path

from trainer.content.loader import extend_catalog, load_catalog
from trainer.content.packs import PackError, export_pack, installed_packs
from trainer.operations.content import install_pack

NAMES = ("pack",)


def add_parser(subparsers) -> None:
    pack = subparsers.add_parser("pack", help="export, import and list content packs")
    actions = pack.add_subparsers(dest="pack_action", metavar="ACTION", required=True)
    exp = actions.add_parser("export", help="write modules, banks and profiles as a pack zip")
    exp.add_argument("--id", required=True, dest="pack_id", help="the pack's id, kebab-case, stable forever")
    exp.add_argument("--version", required=True, type=int, help="whole number; raise it whenever content changes")
    exp.add_argument("--title", help="the pack's title (default: its id)")
    exp.add_argument("--from", dest="source", help="content folder to export from (default: the content "
                     "folder in use); a folder without domains.yaml is read on top of it")
    exp.add_argument("--modules", help="comma-separated module ids (each brings its quiz bank)")
    exp.add_argument("--banks", help="comma-separated question bank ids")
    exp.add_argument("--out", help="zip file to write (default: PACK_ID-VERSION.zip)")
    imp = actions.add_parser("import", help="check a pack zip, then install it for this data folder")
    imp.add_argument("file", help="the pack's .zip file")
    actions.add_parser("list", help="show installed packs")


def run(args, settings) -> int:
    if args.pack_action == "export":
        return _export(args, settings)
    if args.pack_action == "import":
        return _import(Path(args.file), settings)
    return _list(settings)


def _fail(exc: PackError, tail: str = "") -> int:
    print(f"error: {exc}", file=sys.stderr)
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)
    if tail:
        print(tail, file=sys.stderr)
    return 1


def _ids(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _export(args, settings) -> int:
    source_dir = Path(args.source).resolve() if args.source else settings.content_dir
    if not source_dir.is_dir():
        print(f"error: content folder not found: {source_dir}", file=sys.stderr)
        return 1
    overlay = not (source_dir / "domains.yaml").is_file()
    if overlay:  # a folder of pack content only: read it with the app's domains and competencies
        catalog = extend_catalog(load_catalog(settings.content_dir), [source_dir])
    else:
        catalog = load_catalog(source_dir)
    out = Path(args.out or f"{args.pack_id}-{args.version}.zip")
    try:
        manifest = export_pack(catalog, out, args.pack_id, args.version, args.title,
                               _ids(args.modules), _ids(args.banks),
                               only_under=source_dir if overlay else None)
    except PackError as exc:
        return _fail(exc, "No pack was written.")
    print(f"Wrote pack '{manifest.id}' version {manifest.version} to {out}: {len(manifest.modules)} "
          f"module(s), {len(manifest.questions)} question(s), {len(manifest.files)} file(s).")
    return 0


def _import(path: Path, settings) -> int:
    base = load_catalog(settings.content_dir)
    try:
        result = install_pack(path, settings.packs_dir, base).value.result  # the app's one install path
    except PackError as exc:
        return _fail(exc, "Nothing was installed.")
    except OSError as exc:
        print(f"error: cannot install {path} into {settings.packs_dir}: {exc}. Nothing was installed.",
              file=sys.stderr)
        return 1
    m = result.manifest
    if result.status == "unchanged":
        print(f"Pack '{m.id}' version {m.version} is already installed; nothing to do.")
        return 0
    what = f"{len(m.modules)} module(s), {len(m.questions)} question(s)"
    if result.status == "upgraded":
        print(f"Upgraded pack '{m.id}' from version {result.previous_version} to {m.version} ({what}).")
    else:
        print(f"Installed pack '{m.id}' version {m.version} ({what}) into {settings.packs_dir / m.id}.")
    if result.removed_ids:
        print(f"Not in the new version (past answers to them are kept): {', '.join(result.removed_ids)}")
    return 0


def _list(settings) -> int:
    packs, problems = installed_packs(settings.packs_dir)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not packs:
        print(f"No content packs installed in {settings.packs_dir}.")
    for pack in packs:
        m = pack.manifest
        print(f"{m.id}\tversion {m.version}\t{m.title}\t{len(m.modules)} module(s), "
              f"{len(m.questions)} question(s)\tcreated {m.created}")
    return 1 if problems else 0
