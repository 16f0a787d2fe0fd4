"""The curriculum in another language, kept beside the English under the same ids.

A Translation holds, per id, the English object with its words replaced: ids, section keys,
versions, correctness, content hashes and paths stay the English ones, so progress, review
cards and exam history are the same whichever language a trainee reads in. `in_language`
gives a Catalog whose objects are in one language (English where a text is not translated).
"""

from __future__ import annotations

import weakref
from typing import NamedTuple

from trainer.content.schema import (
    Catalog,
    CertificationProfile,
    Competency,
    ContentError,
    Domain,
    Module,
    Question,
)

LANGUAGES = ("en", "es")  # English is the source; the others are translations of it


class GlossaryTerm(NamedTuple):
    term: str  # in the translation's language ("entrevista motivacional")
    en: str  # the English exam term ("motivational interviewing")
    definition: str
    path: str = ""
    line: int = 0


class Where(NamedTuple):
    """Where a translated text is written, for validate's path:line."""

    path: str
    line: int


class Translation(NamedTuple):
    lang: str
    modules: dict[str, Module]
    questions: dict[str, Question]
    bank_titles: dict[str, str]
    domains: dict[str, Domain]
    competencies: dict[str, Competency]
    profiles: dict[str, CertificationProfile]
    glossary: tuple[GlossaryTerm, ...]
    # conversation practice (trainer.content.scenario_schema) by id
    scenarios: dict
    drills: dict
    notes: dict
    # "module:<id>", "bank:<id>", "question:<id>", "profile:<id>", "scenario:<id>", "drill:<id>",
    # "note:<id>" → where its translation is written
    sources: dict[str, Where]
    problems: list[ContentError]  # ids or counts that differ, terms missing from the glossary...
    gaps: list[ContentError]  # what is not written yet (a module's glossary file): strict validate only

    @classmethod
    def empty(cls, lang: str) -> Translation:
        return cls(lang, {}, {}, {}, {}, {}, {}, (), {}, {}, {}, {}, [], [])

    def merged(self, other: Translation) -> Translation:
        """This translation with `other`'s (a content pack's) added; ours win on an id."""
        def both(mine: dict, theirs: dict) -> dict:
            return {**theirs, **mine}

        terms = {t.term.casefold(): t for t in other.glossary}
        terms.update({t.term.casefold(): t for t in self.glossary})
        return Translation(
            self.lang, both(self.modules, other.modules), both(self.questions, other.questions),
            both(self.bank_titles, other.bank_titles), both(self.domains, other.domains),
            both(self.competencies, other.competencies), both(self.profiles, other.profiles),
            tuple(sorted(terms.values(), key=lambda t: t.term.casefold())),
            both(self.scenarios, other.scenarios), both(self.drills, other.drills), both(self.notes, other.notes),
            both(self.sources, other.sources), self.problems + other.problems, self.gaps + other.gaps,
        )


def translation(catalog: Catalog, lang: str) -> Translation | None:
    return getattr(catalog, "translations", {}).get(lang)


# The last views made, by catalog and language: pages ask for the view on every refresh.
_views: dict[tuple[int, str], tuple[weakref.ref, Catalog]] = {}


def in_language(catalog: Catalog, lang: str) -> Catalog:
    """`catalog` with every translated text in `lang`; the same catalog for English (without
    reading the translations: the cache keeps them unread until asked for)."""
    if lang == LANGUAGES[0]:
        return catalog
    found = translation(catalog, lang)
    if found is None:
        return catalog
    key = (id(catalog), lang)
    cached = _views.get(key)
    if cached is not None and cached[0]() is catalog:
        return cached[1]
    view = _view(catalog, found)
    for stale in [k for k, (ref, _) in list(_views.items()) if ref() is None]:  # reports ask from a worker
        _views.pop(stale, None)
    _views[key] = (weakref.ref(catalog), view)
    return view


def _view(catalog: Catalog, found: Translation) -> Catalog:
    view = catalog.copy()
    view.modules = {i: found.modules.get(i, m) for i, m in catalog.modules.items()}
    view.questions = {i: found.questions.get(i, q) for i, q in catalog.questions.items()}
    view.banks = {
        i: b._replace(title=found.bank_titles.get(i, b.title),
                      questions=tuple(view.questions.get(q.id, q) for q in b.questions))
        for i, b in catalog.banks.items()
    }
    view.domains = {i: found.domains.get(i, d) for i, d in catalog.domains.items()}
    view.competencies = {i: found.competencies.get(i, c) for i, c in catalog.competencies.items()}
    view.profiles = {i: found.profiles.get(i, p) for i, p in catalog.profiles.items()}
    for practice in ("scenarios", "drills", "notes"):
        theirs = getattr(found, practice)
        setattr(view, practice, {i: theirs.get(i, s) for i, s in getattr(catalog, practice).items()})
    return view


def glossary(catalog: Catalog, lang: str) -> tuple[GlossaryTerm, ...]:
    found = translation(catalog, lang)
    return found.glossary if found else ()


def untranslated(catalog: Catalog, lang: str) -> tuple[list[str], list[str]]:
    """The module ids and bank ids that have no `lang` text yet."""
    found = translation(catalog, lang) or Translation.empty(lang)
    modules = sorted(i for i in catalog.modules if f"module:{i}" not in found.sources)
    banks = sorted(i for i in catalog.banks if f"bank:{i}" not in found.sources)
    return modules, banks
