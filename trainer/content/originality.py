"""Is the curriculum in our own words? Word 8-grams ("shingles") of our text against
those of the public sources it cites.

The sources are stored only as hashes of their shingles (tests/fixtures/originality/),
so no one else's text ships with the project, yet a run of eight or more words copied
from any of them is found. Text inside quotation marks or a Markdown block quote is a
quotation (cited where it is used) and is not counted.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SHINGLE = 8  # words: about the length at which a shared run stops being chance
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,600}[\"”]")
_BLOCK_QUOTE = re.compile(r"^\s*>.*$", re.M)


def words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def without_quotations(text: str) -> str:
    return _QUOTED.sub(" | ", _BLOCK_QUOTE.sub(" | ", text))


def shingles(text: str, size: int = SHINGLE, named_terms: Iterable[str] = ()) -> Iterator[tuple[int, str]]:
    """(hash, words) of each run of `size` words. Runs do not cross a quotation (marked
    " | " by without_quotations) or a named term, which cut the text into pieces."""
    terms = [tuple(words(term)) for term in named_terms]
    for piece in text.split("|"):
        for part in _outside_terms(words(piece), terms):
            for start in range(len(part) - size + 1):
                run = " ".join(part[start:start + size])
                yield shingle_hash(run), run


def _outside_terms(found: list[str], terms: list[tuple[str, ...]]) -> Iterator[list[str]]:
    covered = [False] * len(found)
    for term in terms:
        size = len(term)
        for start in range(len(found) - size + 1):
            if found[start] == term[0] and tuple(found[start:start + size]) == term:
                covered[start:start + size] = [True] * size
    part: list[str] = []
    for word, inside in zip(found, covered, strict=True):
        if inside:
            if part:
                yield part
            part = []
        else:
            part.append(word)
    if part:
        yield part


def read_named_terms(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def shingle_hash(run: str) -> int:
    return int.from_bytes(hashlib.blake2b(run.encode(), digest_size=8).digest(), "big")


def read_fingerprints(path: Path) -> set[int]:
    with gzip.open(path, "rt", encoding="ascii") as handle:
        return {int(line, 16) for line in handle if line.strip()}


def write_fingerprints(path: Path, hashes: Iterable[int]) -> None:
    lines = "".join(f"{h:016x}\n" for h in sorted(set(hashes)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as handle:  # mtime 0: the same sources give the same file
        handle.write(lines.encode("ascii"))


@dataclass(frozen=True)
class Copied:
    where: str  # "content/modules/x.md" or "content/quizzes/y.yaml#question-id"
    run: str  # the shared words


def catalog_texts(catalog) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of prose a trainee reads."""
    for module in catalog.modules.values():
        yield module.path, "\n".join([module.summary, module.intro, *module.objectives,
                                      *(s.markdown for s in module.sections)])
    for question in catalog.questions.values():
        parts = [question.scenario, question.stem, question.explanation]
        parts += [f"{option.text} | {option.why}" for option in question.options]
        yield f"{question.path}#{question.id}", " | ".join(parts)


def practice_texts(catalog) -> Iterator[tuple[str, str]]:
    """(where, text) for the conversation practice: scenarios (each node), reflection drills
    and note exercises. Kept apart from catalog_texts, which is one text per module and question."""
    for scenario in getattr(catalog, "scenarios", {}).values():
        person = scenario.person
        yield f"{scenario.path}#{scenario.id}", " | ".join([scenario.summary, person.situation, *person.goals])
        for node in scenario.nodes.values():
            parts = [node.says, node.ending]
            parts += [f"{choice.text} | {choice.feedback}" for choice in node.choices]
            yield f"{scenario.path}#{node.id}", " | ".join(parts)
    for drill in getattr(catalog, "drills", {}).values():
        parts = [drill.context, drill.person_says, *(f"{m.text} | {m.why}" for m in drill.models)]
        yield f"{drill.path}#{drill.id}", " | ".join(parts)
    for note in getattr(catalog, "notes", {}).values():
        parts = [note.contact, note.goal, note.model.header, *note.model.sections.values()]
        yield f"{note.path}#{note.id}", " | ".join(parts)


def copied_runs(texts: Iterable[tuple[str, str]], fingerprints: set[int],
                named_terms: Iterable[str] = ()) -> list[Copied]:
    """Every run of SHINGLE words, outside quotations and named terms, that also appears in a source."""
    terms = list(named_terms)
    found = []
    for where, text in texts:
        for value, run in shingles(without_quotations(text), named_terms=terms):
            if value in fingerprints:
                found.append(Copied(where, run))
    return found
