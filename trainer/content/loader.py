"""A content directory → Catalog. Never stops at the first problem."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from trainer.content.fields import Fields, read_text_file
from trainer.content.load_practice import load_practice
from trainer.content.parse_bank import parse_bank
from trainer.content.parse_module import parse_module
from trainer.content.parse_profile import parse_profile
from trainer.content.render import dropped_html
from trainer.content.schema import DOMAIN_IDS, Catalog, Competency, ContentError, Domain
from trainer.content.yamlnodes import YamlProblem, line_of, load_yaml


def load_catalog(root: str | Path, extra_roots: Iterable[str | Path] = ()) -> Catalog:
    """Load every file under `root`, then each of `extra_roots` (installed content packs)
    on top; what is valid is kept, every problem is listed."""
    root = Path(root)
    catalog = Catalog(root=str(root))
    errors = catalog.errors
    if not root.is_dir():
        errors.append(ContentError(str(root), 0, "content folder not found"))
        return catalog
    catalog.domains = _load_domains(root / "domains.yaml", errors)
    catalog.competencies = _load_competencies(root / "competencies.yaml", errors)
    module_lines = _load_content(catalog, root)
    _check_links(catalog, module_lines, catalog.modules, catalog.banks)
    _load_translations(catalog, root)
    return extend_catalog(catalog, extra_roots) if extra_roots else catalog


def extend_catalog(base: Catalog, roots: Iterable[str | Path]) -> Catalog:
    """A copy of `base` with the modules, banks, questions and profiles of each root added.

    A root here is a content pack: it uses the base's fixed domains and competencies, and
    an id it repeats from an earlier root is an error at the later file. `base` is not
    changed and not parsed again, so a loaded bundled catalog can be reused.
    """
    catalog = base.copy()
    for root in map(Path, roots):
        if not root.is_dir():
            catalog.errors.append(ContentError(str(root), 0, "content pack folder not found"))
            continue
        for name in ("domains.yaml", "competencies.yaml"):
            if (root / name).exists():
                catalog.errors.append(ContentError(
                    str(root / name), 1,
                    "a content pack cannot change the fixed domains or competencies; remove this file",
                ))
        old_modules, old_banks = set(catalog.modules), set(catalog.banks)
        module_lines = _load_content(catalog, root)
        new_modules = {k: v for k, v in catalog.modules.items() if k not in old_modules}
        new_banks = {k: v for k, v in catalog.banks.items() if k not in old_banks}
        _check_links(catalog, module_lines, new_modules, new_banks)
        _load_translations(catalog, root)
    return catalog


def _load_translations(catalog: Catalog, root: Path) -> None:
    """The words of `root`'s translation folders (content/es/...) onto `catalog`; a pack's
    are added to those already loaded."""
    from trainer.content.parse_translation import load_translation
    from trainer.content.translations import LANGUAGES

    for lang in LANGUAGES[1:]:
        if (root / lang).is_dir():
            found = load_translation(catalog, root / lang, lang)
            earlier = catalog.translations.get(lang)
            catalog.translations[lang] = earlier.merged(found) if earlier else found


def _load_content(catalog: Catalog, root: Path) -> dict[str, tuple[str, int]]:
    """Modules, banks and profiles under `root` into `catalog`; returns where each module names its quiz."""
    errors = catalog.errors
    module_lines: dict[str, tuple[str, int]] = {}
    for path in sorted((root / "modules").glob("*.md")):
        text = read_text_file(path, errors)
        module = text is not None and parse_module(
            text, str(path), catalog.domains, catalog.competencies, errors
        )
        if module:
            _report_dropped_html(str(path), text, _module_texts(module, text), errors)
            if module.id in catalog.modules:
                first = catalog.modules[module.id].path
                errors.append(ContentError(str(path), 2, f"module id '{module.id}' is already used by {first}"))
                continue
            catalog.modules[module.id] = module
            module_lines[module.id] = (str(path), _front_matter_line(text, "quiz"))
    for path in sorted((root / "quizzes").glob("*.yaml")):
        text = read_text_file(path, errors)
        bank = text is not None and parse_bank(text, str(path), catalog.domains, catalog.competencies, errors)
        if bank:
            _report_dropped_html(str(path), text, _bank_texts(bank), errors)
            _add_bank(catalog, bank)
    for path in sorted((root / "certifications").glob("*.yaml")):
        text = read_text_file(path, errors)
        profile = text is not None and parse_profile(text, str(path), catalog.domains, errors)
        if profile:
            _report_dropped_html(str(path), text, _profile_texts(profile), errors)
            if profile.id in catalog.profiles:
                errors.append(ContentError(str(path), 1, f"profile id '{profile.id}' is already used by {catalog.profiles[profile.id].path}"))
                continue
            catalog.profiles[profile.id] = profile
    load_practice(catalog, root)
    return module_lines


def _report_dropped_html(path: str, source: str, texts, errors: list[ContentError]) -> None:
    """Every piece of HTML the sanitizer would drop, at the line it is written on.

    `texts` gives (line the text starts at, what the text is, text). The content still
    loads (it is shown sanitized); `validate` and pack import refuse it."""
    lines: list[str] | None = None
    for start, field, text in texts:
        for fragment, what in dropped_html(text or ""):
            lines = lines if lines is not None else source.lower().splitlines()
            # Where this text is written (its opening words), then the fragment from there on.
            opening = next((part.strip() for part in text.lower().splitlines() if part.strip()), "")[:20]
            begins = _line_with(lines, start, opening) or start
            line = _line_with(lines, begins, fragment.lower()) or begins
            errors.append(ContentError(path, line, f"{field}: {what} would be removed when shown; "
                                                   "write it in plain Markdown instead"))


def _line_with(lines: list[str], start: int, wanted: str) -> int | None:
    return next((n for n in range(max(start, 1), len(lines) + 1) if wanted in lines[n - 1]), None)


def _module_texts(module, source: str):
    yield _front_matter_line(source, "summary"), "summary", module.summary
    for objective in module.objectives:
        yield _front_matter_line(source, "objectives"), "objective", objective
    yield 1, "module text", module.intro
    for section in module.sections:
        yield section.line, f"section '{section.title}'", section.markdown


def _bank_texts(bank):
    for q in bank.questions:
        label = f"question '{q.id}'"
        yield q.line, f"{label} scenario", q.scenario
        yield q.line, f"{label} stem", q.stem
        for option in q.options:
            yield q.line, f"{label} option", option.text
            yield q.line, f"{label} option's 'why'", option.why
        yield q.line, f"{label} explanation", q.explanation


def _profile_texts(profile):
    yield 1, "summary", profile.summary
    for kind in ("training", "experience", "supervision"):
        requirement = getattr(profile, kind)
        if requirement is not None:
            yield 1, f"{kind} note", requirement.note
    yield 1, "exam note", profile.exam.note
    for attestation in profile.attestations:
        yield 1, f"attestation '{attestation.id}'", attestation.label



def _front_matter_line(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _load_domains(path: Path, errors: list[ContentError]) -> dict[str, Domain]:
    entries = _load_list(path, "domains", errors)
    domains = {}
    fields = Fields(str(path), errors)
    for entry in entries:
        ident, name = fields.ident(entry), fields.text(entry, "name")
        if ident and name:
            if ident in domains:
                fields.error(getattr(entry, "line", 1), f"domain id '{ident}' appears twice")
            domains[ident] = Domain(ident, name, fields.text(entry, "description", required=False))
    missing = [d for d in DOMAIN_IDS if d not in domains]
    if path.is_file() and missing:
        fields.error(1, f"the fixed domain ids are missing: {', '.join(missing)}")
    return domains


def _load_competencies(path: Path, errors: list[ContentError]) -> dict[str, Competency]:
    if not path.is_file():
        return {}
    fields = Fields(str(path), errors)
    found = {}
    for entry in _load_list(path, "competencies", errors):
        ident, name = fields.ident(entry), fields.text(entry, "name")
        if ident and name:
            found[ident] = Competency(ident, name)
    return found


def _load_list(path: Path, key: str, errors: list[ContentError]) -> list[dict]:
    if not path.is_file():
        errors.append(ContentError(str(path), 0, f"missing file: {path.name} must list the {key}"))
        return []
    text = read_text_file(path, errors)
    if text is None:
        return []
    try:
        data, problems = load_yaml(text)
    except YamlProblem as problem:
        errors.append(ContentError(str(path), problem.line, problem.message))
        return []
    errors.extend(ContentError(str(path), line, message) for line, message in problems)
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        errors.append(ContentError(str(path), 1, f"expected a list '{key}:'"))
        return []
    good = []
    for index, item in enumerate(items):
        if isinstance(item, dict):
            good.append(item)
        else:
            errors.append(ContentError(str(path), line_of(items, index), f"each of '{key}' must be a mapping"))
    return good


def _add_bank(catalog: Catalog, bank) -> None:
    if bank.id in catalog.banks:
        catalog.errors.append(ContentError(bank.path, 1, f"bank id '{bank.id}' is already used by {catalog.banks[bank.id].path}"))
        return
    kept = []
    for question in bank.questions:
        other = catalog.questions.get(question.id)
        if other is not None:
            catalog.errors.append(ContentError(
                question.path, question.line,
                f"question id '{question.id}' is already used at {other.path}:{other.line}",
            ))
            continue
        catalog.questions[question.id] = question
        kept.append(question)
    catalog.banks[bank.id] = type(bank)(bank.id, bank.title, tuple(kept), bank.module, bank.path)


def _check_links(catalog: Catalog, module_lines: dict[str, tuple[str, int]], modules: dict, banks: dict) -> None:
    """Check the links of `modules` and `banks` (those just loaded) against the whole catalog."""
    for module in modules.values():
        if module.quiz and module.quiz not in catalog.banks:
            path, line = module_lines[module.id]
            catalog.errors.append(ContentError(path, line, f"quiz '{module.quiz}' names no question bank"))
    for bank in banks.values():
        module = catalog.modules.get(bank.module) if bank.module else None
        if bank.module and module is None:
            catalog.errors.append(ContentError(bank.path, 1, f"module '{bank.module}' names no module"))
        if module is None:
            continue
        titles = {s.title for s in module.sections}
        for question in bank.questions:
            if question.section and question.section not in titles:
                catalog.errors.append(ContentError(
                    question.path, question.line,
                    f"section '{question.section}' is not a '## ' heading of module '{module.id}'",
                ))
