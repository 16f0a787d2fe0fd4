"""Writing modules and question banks from the app's editors. No Qt.

Drafts keep the raw mapping they were loaded from, so saving updates the keys the
editors know and keeps every other key (an agency's own fields) where it was.
Comments in the YAML are not kept: PyYAML does not read them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from trainer.content.formats.bank_yaml import _Dumper
from trainer.content.parse_module import split_front_matter
from trainer.content.schema import ContentError
from trainer.content.yamlnodes import YamlProblem, line_of, load_yaml
from trainer.files import write_text_atomic
from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message

MODULES_DIR, BANKS_DIR = "modules", "quizzes"
FRONT_MATTER, BANK = "front matter", "question bank"  # what _load_mapping reads
NOT_YAML = {
    FRONT_MATTER: QT_TRANSLATE_NOOP("messages", "%1: the front matter is not valid YAML; fix it in a text "
                                                "editor or check it with 'cpsw-trainer validate'"),
    BANK: QT_TRANSLATE_NOOP("messages", "%1: the question bank is not valid YAML; fix it in a text editor "
                                        "or check it with 'cpsw-trainer validate'"),
}
NOT_A_MAPPING = {
    FRONT_MATTER: QT_TRANSLATE_NOOP("messages", "%1: the front matter must be a mapping of 'key: value' lines"),
    BANK: QT_TRANSLATE_NOOP("messages", "%1: the question bank must be a mapping of 'key: value' lines"),
}


class AuthoringError(MessageError):
    """A file the editors cannot open or write; `message` says where and why."""


def _failed(template: str, *args) -> AuthoringError:
    return AuthoringError(message(template, *args))


# ---- drafts ---------------------------------------------------------------------------
@dataclass
class ModuleDraft:
    id: str = ""
    title: str = ""
    domain: str = ""
    competencies: list[str] = field(default_factory=list)
    minutes: int = 10
    version: int = 1
    summary: str = ""
    objectives: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    quiz: str = ""
    body: str = ""
    raw: dict = field(default_factory=dict)  # the front matter as loaded, unknown keys included


@dataclass
class OptionDraft:
    text: str = ""
    correct: bool = False
    why: str = ""
    raw: dict = field(default_factory=dict)


@dataclass
class QuestionDraft:
    id: str = ""
    type: str = "single"
    domain: str = ""
    competency: str = ""
    difficulty: int = 2
    section: str = ""
    scenario: str = ""
    stem: str = ""
    options: list[OptionDraft] = field(default_factory=list)
    explanation: str = ""
    references: list[str] = field(default_factory=list)
    raw: dict = field(default_factory=dict)


@dataclass
class BankDraft:
    id: str = ""
    title: str = ""
    module: str = ""
    questions: list[QuestionDraft] = field(default_factory=list)
    raw: dict = field(default_factory=dict)


# ---- paths and frozen ids -------------------------------------------------------------
def module_path(root: str | Path, module_id: str) -> Path:
    return Path(root) / MODULES_DIR / f"{module_id}.md"


def bank_path(root: str | Path, bank_id: str) -> Path:
    return Path(root) / BANKS_DIR / f"{bank_id}.yaml"


def module_files(root: str | Path) -> list[Path]:
    return sorted((Path(root) / MODULES_DIR).glob("*.md"))


def bank_files(root: str | Path) -> list[Path]:
    return sorted((Path(root) / BANKS_DIR).glob("*.yaml"))


def id_is_frozen(path: Path | None, question_id: str | None = None) -> bool:
    """Once a module or bank file exists (or a question is saved in one), trainees may have
    progress, answers or review cards that refer to its id, so the id must not change."""
    if path is None or not Path(path).is_file():
        return False
    if question_id is None:
        return True
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    questions = data.get("questions") if isinstance(data, dict) else None
    return any(isinstance(q, dict) and q.get("id") == question_id for q in questions or ())


# ---- templates ------------------------------------------------------------------------
def new_module(module_id: str = "new-module", title: str = "New module", domain: str = "") -> ModuleDraft:
    body = (f"# {title}\n\nOne paragraph that says what this module is for.\n\n"
            "## First section\n\nWrite the first section here.\n")
    return ModuleDraft(id=module_id, title=title, domain=domain, minutes=10,
                       summary="One or two sentences shown in the module list.",
                       objectives=["Say what a trainee can do after this module."], body=body)


def new_question(question_id: str, domain: str = "") -> QuestionDraft:
    return QuestionDraft(id=question_id, domain=domain, stem="Write the question here.", options=[
        OptionDraft("The right answer", True, "Why this is right."),
        OptionDraft("A wrong answer", False, "Why this is wrong."),
    ])


def new_bank(bank_id: str = "new-bank", title: str = "New question bank", domain: str = "") -> BankDraft:
    return BankDraft(id=bank_id, title=title, questions=[new_question(f"{bank_id}-001", domain)])


def next_question_id(draft: BankDraft) -> str:
    used = {q.id for q in draft.questions}
    number = len(draft.questions) + 1
    while f"{draft.id}-{number:03d}" in used:
        number += 1
    return f"{draft.id}-{number:03d}"


# ---- loading --------------------------------------------------------------------------
def _load_mapping(text: str, path: Path, what: str) -> dict:
    try:
        data = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise _failed(NOT_YAML[what], where) from None
    if not isinstance(data, dict):
        raise _failed(NOT_A_MAPPING[what], path)
    return data


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _failed(QT_TRANSLATE_NOOP("messages", "%1: cannot be read (%2)"), path, exc) from None


def _texts(value) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value not in (None, "") else []


def _int(value, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _str(value) -> str:
    return "" if value is None else str(value)


def load_module(path: Path) -> ModuleDraft:
    text = _read(path)
    parts = split_front_matter(text)
    if parts is None:
        raise _failed(QT_TRANSLATE_NOOP("messages", "%1:1: a module must start with YAML front matter "
                                                    "between '---' lines"), path)
    front, body, _ = parts
    raw = _load_mapping(front, path, FRONT_MATTER)
    return ModuleDraft(
        id=_str(raw.get("id")), title=_str(raw.get("title")), domain=_str(raw.get("domain")),
        competencies=_texts(raw.get("competencies")), minutes=_int(raw.get("minutes"), 10),
        version=_int(raw.get("version"), 1), summary=_str(raw.get("summary")),
        objectives=_texts(raw.get("objectives")), references=_texts(raw.get("references")),
        quiz=_str(raw.get("quiz")), body=body, raw=raw,
    )


def load_bank(path: Path) -> BankDraft:
    raw = _load_mapping(_read(path), path, BANK)
    questions = [_question_draft(q) for q in raw.get("questions") or () if isinstance(q, dict)]
    return BankDraft(id=_str(raw.get("id")), title=_str(raw.get("title")),
                     module=_str(raw.get("module")), questions=questions, raw=raw)


def _question_draft(raw: dict) -> QuestionDraft:
    options = [OptionDraft(_str(o.get("text")), o.get("correct") is True, _str(o.get("why")), o)
               for o in raw.get("options") or () if isinstance(o, dict)]
    return QuestionDraft(
        id=_str(raw.get("id")), type=_str(raw.get("type")) or "single", domain=_str(raw.get("domain")),
        competency=_str(raw.get("competency")), difficulty=_int(raw.get("difficulty"), 2),
        section=_str(raw.get("section")), scenario=_str(raw.get("scenario")), stem=_str(raw.get("stem")),
        options=options, explanation=_str(raw.get("explanation")),
        references=_texts(raw.get("references")), raw=raw,
    )


# ---- writing --------------------------------------------------------------------------
def _merge(raw: dict, known: dict) -> dict:
    """Known keys updated in place (empty ones removed), every other key kept in order."""
    merged = copy.deepcopy(raw)
    for key, value in known.items():
        if value in (None, "", [], False):
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def _dump(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=100)


def module_text(draft: ModuleDraft) -> str:
    front = _merge(draft.raw, {
        "id": draft.id, "title": draft.title, "domain": draft.domain,
        "competencies": list(draft.competencies), "minutes": draft.minutes, "version": draft.version,
        "summary": draft.summary, "objectives": list(draft.objectives),
        "references": list(draft.references), "quiz": draft.quiz,
    })
    body = draft.body if draft.body.endswith("\n") else draft.body + "\n"
    return f"---\n{_dump(front)}---\n{body}"


def _question_dict(q: QuestionDraft) -> dict:
    options = [_merge(o.raw, {"text": o.text, "correct": o.correct, "why": o.why}) for o in q.options]
    return _merge(q.raw, {
        "id": q.id, "type": q.type, "domain": q.domain, "competency": q.competency,
        "difficulty": q.difficulty, "section": q.section, "scenario": q.scenario, "stem": q.stem,
        "options": options, "explanation": q.explanation, "references": list(q.references),
    })


def bank_text(draft: BankDraft) -> str:
    return _dump(_merge(draft.raw, {
        "id": draft.id, "title": draft.title, "module": draft.module,
        "questions": [_question_dict(q) for q in draft.questions],
    }))


def question_lines(draft: BankDraft, text: str | None = None) -> list[int]:
    """The line where each question starts in bank_text(draft) (1-based)."""
    try:
        data, _ = load_yaml(text if text is not None else bank_text(draft))
    except YamlProblem:
        return []
    questions = data.get("questions") if isinstance(data, dict) else None
    return [line_of(questions, i) for i in range(len(questions))] if isinstance(questions, list) else []


def foreign_question_ids(draft: BankDraft, catalog, path: str) -> list[ContentError]:
    """Question ids already used by another bank in the catalog (ids are unique across banks)."""
    problems = []
    lines = question_lines(draft)
    for index, question in enumerate(draft.questions):
        other = catalog.questions.get(question.id)
        if other is not None and other.bank_id != draft.id:
            line = lines[index] if index < len(lines) else 1
            problems.append(ContentError(path, line, f"question id '{question.id}' is already used "
                                                     f"in bank '{other.bank_id}'"))
    return problems


def save(path: Path, text: str, *, new: bool) -> None:
    """Write atomically; a new item never overwrites an existing file."""
    if new and Path(path).exists():
        raise _failed(QT_TRANSLATE_NOOP("messages", "%1: a file with this id already exists; choose another id"),
                      path)
    write_text_atomic(Path(path), text)
