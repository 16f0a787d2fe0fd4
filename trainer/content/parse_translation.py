"""A translation folder (content/es/) → a Translation of the loaded English catalog.

The translated files carry only the words a person reads and the ids that tie them to the
English; every other field comes from the English. A text that does not fit its English
(another id, another number of sections or options) is reported and the English is shown.
"""

from __future__ import annotations

import re
from pathlib import Path

from trainer.content.fields import Fields, read_document, read_text_file
from trainer.content.parse_module import split_front_matter, split_sections
from trainer.content.parse_translated_practice import (
    check_practice_text,
    load_practice_translations,
)
from trainer.content.parse_translated_texts import (
    check_lang,
    load_competencies,
    load_domains,
    load_glossary,
    load_profile,
)
from trainer.content.schema import Catalog, ContentError, Module, Question
from trainer.content.translations import GlossaryTerm, Translation, Where
from trainer.content.yamlnodes import YamlProblem, line_of, load_yaml

# An English exam term given after its translation: "entrevista motivacional (*motivational interviewing*)"
INTRODUCED_TERM = re.compile(r"\(\*([^*()\n]+)\*\)")
FROM_ENGLISH = ("type", "domain", "competency", "difficulty", "section", "references", "correct", "fixed")


def load_translation(catalog: Catalog, folder: Path, lang: str) -> Translation:
    found = Translation.empty(lang)
    if not folder.is_dir():
        return found
    problems, sources = found.problems, found.sources
    found.domains.update(load_domains(folder / "domains.yaml", catalog, problems))
    found.competencies.update(load_competencies(folder / "competencies.yaml", catalog, problems))
    terms, per_module = load_glossary(folder / "glossary", catalog, lang, problems)
    for path in sorted((folder / "modules").glob("*.md")):
        module = _module(path, catalog, found, per_module)
        if module is not None:
            found.modules[module.id] = module
    for path in sorted((folder / "quizzes").glob("*.yaml")):
        _bank(path, catalog, found, problems)
    for path in sorted((folder / "certifications").glob("*.yaml")):
        profile = load_profile(path, catalog, lang, problems, sources)
        if profile is not None:
            found.profiles[profile.id] = profile
    load_practice_translations(catalog, folder, found)
    return found._replace(glossary=terms)


def _english_file(fields: Fields, line: int, english_path: str, path: Path) -> None:
    if english_path and Path(english_path).name != path.name:
        fields.error(line, f"the English is in {Path(english_path).name}; name this file the same")


def check_text(catalog: Catalog, path: Path, text: str, lang: str) -> Translation:
    """One translated module, bank or practice file (`text`, to be written at `path` in a translation folder)
    checked against the English in `catalog`, as the loader would: the Author page's check."""
    found = Translation.empty(lang)
    if path.parent.name in ("scenarios", "drills", "notes"):
        check_practice_text(catalog, path, text, found)
    elif path.parent.name == "modules":
        _, per_module = load_glossary(path.parent.parent / "glossary", catalog, lang, [])
        module = _module(path, catalog, found, per_module, text)
        if module is not None:
            found.modules[module.id] = module
    else:
        _bank(path, catalog, found, found.problems, text)
    return found


def _module(path: Path, catalog: Catalog, found: Translation,
            per_module: dict[str, tuple[GlossaryTerm, ...]], text: str | None = None) -> Module | None:
    lang, problems, sources = found.lang, found.problems, found.sources
    fields = Fields(str(path), problems)
    text = read_text_file(path, problems) if text is None else text
    parts = split_front_matter(text) if text is not None else None
    if parts is None:
        if text is not None:
            fields.error(1, "a module must start with YAML front matter between '---' lines")
        return None
    front, body, body_line = parts
    try:
        data, yaml_problems = load_yaml(front, line_offset=1)
    except YamlProblem as problem:
        fields.error(problem.line, problem.message)
        return None
    data = fields.mapping(data, 2, "the front matter")
    if data is None:
        return None
    for line, message in yaml_problems:
        fields.error(line, message)
    check_lang(data, fields, lang)
    ident = fields.text(data, "id")
    english = catalog.modules.get(ident)
    if ident and english is None:
        fields.error(line_of(data, "id"), f"module '{ident}' has no English module")
    if english is None:
        return None
    sources[f"module:{ident}"] = Where(str(path), 1)
    _english_file(fields, line_of(data, "id"), english.path, path)
    followed = data.get("translated_from_version")
    if isinstance(followed, int) and not isinstance(followed, bool) and followed < english.version:
        fields.error(line_of(data, "translated_from_version"),
                     f"translated from version {followed}; the English is now version {english.version}")
    # No glossary file yet: its terms are work still to do, as a missing translation is.
    terms = per_module.get(ident)
    _check_terms(body, body_line, terms or (), fields if terms is not None else Fields(str(path), found.gaps))
    before = len(problems)
    title, summary = fields.text(data, "title"), fields.text(data, "summary")
    objectives = fields.text_list(data, "objectives")
    if len(objectives) != len(english.objectives):
        fields.error(line_of(data, "objectives"), f"{len(objectives)} objective(s); "
                     f"the English has {len(english.objectives)}, in the same order")
        objectives = english.objectives
    _, intro, raw_sections = split_sections(body, body_line)
    if len(raw_sections) != len(english.sections):
        fields.error(body_line, f"{len(raw_sections)} '## ' section(s); the English has "
                     f"{len(english.sections)} (one for each, in the same order)")
        return None
    sections = []
    for section, (heading, markdown, line) in zip(english.sections, raw_sections, strict=True):
        if not markdown:
            fields.error(line, f"section '{heading}' is empty")
        sections.append(section._replace(title=heading or section.title, markdown=markdown or section.markdown))
    if len(problems) > before and not (title and summary):
        return None
    module = english._replace(title=title or english.title, summary=summary or english.summary,
                              objectives=objectives, intro=intro or english.intro, sections=tuple(sections))
    from trainer.content.loader import _module_texts  # loaded already: it loads this module

    # Searched from the top: the sections' line numbers are the English file's.
    _dropped_html(path, text, [(1, field, value) for _line, field, value in _module_texts(module, text)],
                  problems)
    return module


def _dropped_html(path: Path, text: str, texts, problems: list[ContentError]) -> None:
    """HTML the sanitizer would drop, reported as for the English."""
    from trainer.content.loader import _report_dropped_html

    _report_dropped_html(str(path), text, texts, problems)


def _check_terms(body: str, body_line: int, terms: tuple[GlossaryTerm, ...], fields: Fields) -> None:
    known = {t.en.casefold() for t in terms}
    for offset, line in enumerate(body.splitlines()):
        for match in INTRODUCED_TERM.finditer(line):
            english = match.group(1).strip()
            if english.casefold() not in known:
                fields.error(body_line + offset, f"the term '{english}' is given in English here but is "
                             "not in this module's glossary file")


def _bank(path: Path, catalog: Catalog, found: Translation, problems: list[ContentError],
          text: str | None = None) -> None:
    fields = Fields(str(path), problems)
    text = read_text_file(path, problems) if text is None else text
    data = read_document(text, fields, "a question bank") if text is not None else None
    if data is None:
        return
    check_lang(data, fields, found.lang)
    ident = fields.text(data, "id")
    english = catalog.banks.get(ident)
    if ident and english is None:
        fields.error(line_of(data, "id"), f"question bank '{ident}' has no English bank")
    if english is None:
        return
    found.sources[f"bank:{ident}"] = Where(str(path), 1)
    _english_file(fields, line_of(data, "id"), english.path, path)
    title = fields.text(data, "title")
    if title:
        found.bank_titles[ident] = title
    raw = data.get("questions")
    if not isinstance(raw, list):
        fields.error(line_of(data, "questions"), "expected a list 'questions:'")
        return
    from trainer.content.loader import _bank_texts  # loaded already: it loads this module

    order = [q.id for q in english.questions]
    module = found.modules.get(english.module or "")
    english_module = catalog.modules.get(english.module or "")
    given = []
    for index, item in enumerate(raw):
        line = line_of(raw, index)
        item = fields.mapping(item, line, "a question")
        qid = fields.text(item, "id") if item is not None else ""
        if not qid:
            continue
        if qid not in order:
            fields.error(line, f"question '{qid}' is not in the English bank {Path(english.path).name}")
            continue
        found.sources[f"question:{qid}"] = Where(str(path), line)
        given.append(qid)
        question = _question(item, line, catalog.questions.get(qid), fields, Fields(str(path), found.gaps))
        if question is not None:
            found.questions[qid] = _section_in(question, english_module, module)
            _dropped_html(path, text, [(line, field, value) for _l, field, value in
                                       _bank_texts(english._replace(questions=(question,)))], problems)
    expected = [q for q in order if q in given]
    if given != expected:
        fields.error(line_of(data, "questions"), "the questions are not in the English bank's order")


def _question(item: dict, line: int, english: Question | None, fields: Fields, gaps: Fields) -> Question | None:
    """The translated question; a 'why' or explanation not written yet is a gap (the English shows)."""
    if english is None:  # the English question did not load: its own problem is reported
        return None
    for key in FROM_ENGLISH:
        if key in item:
            fields.error(line_of(item, key), f"'{key}' comes from the English file; remove it here")
    before = len(fields.errors)
    stem = fields.text(item, "stem")
    scenario = fields.text(item, "scenario", required=bool(english.scenario))
    if scenario and not english.scenario:
        fields.error(line_of(item, "scenario"), "the English question has no scenario")
    options = item.get("options")
    if not isinstance(options, list) or len(options) != len(english.options):
        count = len(options) if isinstance(options, list) else 0
        fields.error(line_of(item, "options", line), f"{count} option(s); the English has "
                     f"{len(english.options)}, in the same order")
        return None
    translated = []
    for index, (option, given) in enumerate(zip(english.options, options, strict=True)):
        given = fields.mapping(given, line_of(options, index), "an option")
        if given is None:
            return None
        for key in FROM_ENGLISH:
            if key in given:
                fields.error(line_of(given, key), f"'{key}' comes from the English file; remove it here")
        why = fields.text(given, "why", required=False)
        if option.why and not why:
            gaps.error(line_of(options, index), f"option {index + 1} of '{english.id}' has no 'why' in this "
                                                "language yet")
        translated.append(option._replace(text=fields.text(given, "text"), why=why or option.why))
    explanation = fields.text(item, "explanation", required=False)
    if english.explanation and not explanation:
        gaps.error(line, f"question '{english.id}' has no 'explanation' in this language yet")
    if len(fields.errors) > before:
        return None
    return english._replace(stem=stem, scenario=scenario, options=tuple(translated),
                            explanation=explanation or english.explanation)


def _section_in(question: Question, english: Module | None, translated: Module | None) -> Question:
    """A question's "reread" section named as the reader shows it in this language."""
    if not (question.section and english and translated):
        return question
    for mine, theirs in zip(english.sections, translated.sections, strict=True):
        if mine.title == question.section:
            return question._replace(section=theirs.title)
    return question
