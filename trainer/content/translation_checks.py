"""What `validate` says about the translations beside the English.

Always: every problem in a translated file (an id with no English, sections, objectives or
options that do not match, a term given in English but missing from the glossary), right
answers made the longest option too often (the item-quality rules), and a Spanish module whose
reading ease is below the floor. With a language in `languages`
(`validate --languages en,es`): every module, bank, question, domain, competency and profile
that has no text in it yet, and terms of a module whose glossary file is not written yet.
"""

from __future__ import annotations

from pathlib import Path

from trainer.content.quality import key_stands_out, longest_key
from trainer.content.readability import SPANISH_MIN_EASE, spanish_module_ease
from trainer.content.schema import Catalog, ContentError
from trainer.content.translations import LANGUAGES, Translation

# The languages every text must have, unless the content folder says (languages.yaml:
# `required: [en, es]`, as the bundled curriculum does): a trainer's own content may be English only.
REQUIRED_LANGUAGES: tuple[str, ...] = ("en",)
LANGUAGES_FILE = "languages.yaml"


def required_languages(content_dir) -> tuple[str, ...]:
    """The languages a content folder promises every module and question in."""
    import os

    import yaml

    path = os.path.join(content_dir, LANGUAGES_FILE)
    try:
        with open(path, encoding="utf-8") as handle:
            declared = (yaml.safe_load(handle) or {}).get("required") or []
    except FileNotFoundError:
        return REQUIRED_LANGUAGES
    chosen = tuple(str(code) for code in declared if str(code) in LANGUAGES)
    return chosen if "en" in chosen else ("en", *chosen)
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def translation_problems(catalog: Catalog, languages: tuple[str, ...] = REQUIRED_LANGUAGES) -> list[ContentError]:
    problems: list[ContentError] = []
    for lang in LANGUAGES[1:]:
        found = catalog.translations.get(lang)
        if found is not None:
            problems.extend(found.problems)
            problems.extend(_option_lengths(found))
            if lang == "es":
                problems.extend(_hard_to_read(found))
        if lang in languages:
            found = found or Translation.empty(lang)
            problems.extend(missing_texts(catalog, found))
            problems.extend(found.gaps)
    return problems


def _option_lengths(found: Translation) -> list[ContentError]:
    """The item-quality rules on option lengths, over the translated questions: a translation
    must not make the right answer the longest option more often than the rules allow."""
    questions = [q._replace(path=where.path, line=where.line) for qid, q in sorted(found.questions.items())
                 if (where := found.sources.get(f"question:{qid}")) is not None]
    problems = []
    for rule in (longest_key, key_stands_out):
        result = rule(questions)
        if not result.passed:
            problems.extend(result.problems)
    return problems


def _hard_to_read(found: Translation) -> list[ContentError]:
    problems = []
    for key, where in sorted(found.sources.items()):
        if not key.startswith("module:"):
            continue
        try:
            ease = spanish_module_ease(Path(where.path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue  # the loader reported it
        if ease < SPANISH_MIN_EASE:
            problems.append(ContentError(where.path, 1, f"reading ease (Fernández-Huerta) is {ease:.0f}; "
                                         f"it must be {SPANISH_MIN_EASE:.0f} or more: use shorter sentences "
                                         "and shorter, common words"))
    return problems


def missing_texts(catalog: Catalog, found: Translation) -> list[ContentError]:
    """Every English text that has no `found.lang` text, at the English file and line."""
    name = LANGUAGE_NAMES.get(found.lang, found.lang)
    folder = found.lang
    problems = []
    for module in sorted(catalog.modules.values(), key=lambda m: m.path):
        if f"module:{module.id}" not in found.sources:
            problems.append(ContentError(module.path, 1, f"module '{module.id}' has no {name} text "
                                         f"({folder}/modules/{Path(module.path).name})"))
    for bank in sorted(catalog.banks.values(), key=lambda b: b.path):
        if f"bank:{bank.id}" not in found.sources:
            problems.append(ContentError(bank.path, 1, f"question bank '{bank.id}' has no {name} text "
                                         f"({folder}/quizzes/{Path(bank.path).name})"))
            continue
        for question in bank.questions:
            if f"question:{question.id}" not in found.sources:
                problems.append(ContentError(question.path, question.line,
                                             f"question '{question.id}' has no {name} text"))
    root = Path(catalog.root)
    for what, items, have in (("domain", catalog.domains, found.domains),
                              ("competency", catalog.competencies, found.competencies)):
        for ident in items:
            if ident not in have:
                file = "domains.yaml" if what == "domain" else "competencies.yaml"
                problems.append(ContentError(str(root / file), 1, f"{what} '{ident}' has no {name} name "
                                             f"({folder}/{file})"))
    for profile in sorted(catalog.profiles.values(), key=lambda p: p.path):
        if f"profile:{profile.id}" not in found.sources:
            problems.append(ContentError(profile.path, 1, f"profile '{profile.id}' has no {name} text "
                                         f"({folder}/certifications/{Path(profile.path).name})"))
    for kind, what in (("scenarios", "role-play"), ("drills", "reflection drill"), ("notes", "note exercise")):
        for item in sorted(getattr(catalog, kind).values(), key=lambda i: i.path):
            if f"{kind[:-1]}:{item.id}" not in found.sources:
                problems.append(ContentError(item.path, 1, f"{what} '{item.id}' has no {name} text "
                                             f"({folder}/{kind}/{Path(item.path).name})"))
    return problems
