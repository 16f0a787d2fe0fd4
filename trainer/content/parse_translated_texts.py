"""The smaller translated files: domains, competencies, profiles and the glossary
(the format: docs/content-guide.md, "Spanish")."""

from __future__ import annotations

from pathlib import Path

from trainer.content.fields import Fields, read_document, read_text_file
from trainer.content.schema import Catalog, Competency, ContentError, Domain
from trainer.content.translations import GlossaryTerm, Where
from trainer.content.yamlnodes import line_of


def read_yaml(path: Path, errors: list[ContentError], what: str) -> tuple[dict | None, Fields]:
    fields = Fields(str(path), errors)
    text = read_text_file(path, errors)
    return (read_document(text, fields, what) if text is not None else None), fields


def check_lang(data: dict, fields: Fields, lang: str) -> None:
    given = data.get("lang")
    if given is not None and given != lang:
        fields.error(line_of(data, "lang"), f"'lang' is '{given}' but this folder holds '{lang}'")


def _entries(data: dict | None, key: str, fields: Fields) -> list[dict]:
    items = data.get(key) if data else None
    if data is not None and not isinstance(items, list):
        fields.error(line_of(data, key), f"expected a list '{key}:'")
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def load_domains(path: Path, catalog: Catalog, problems: list[ContentError]) -> dict[str, Domain]:
    if not path.is_file():
        return {}
    data, fields = read_yaml(path, problems, "the domains")
    found = {}
    for entry in _entries(data, "domains", fields):
        ident, name = fields.text(entry, "id"), fields.text(entry, "name")
        english = catalog.domains.get(ident)
        if ident and english is None:
            fields.error(getattr(entry, "line", 1), f"domain '{ident}' has no English domain")
        elif ident and name:
            description = fields.text(entry, "description", required=False) or english.description
            found[ident] = Domain(ident, name, description)
    return found


def load_competencies(path: Path, catalog: Catalog, problems: list[ContentError]) -> dict[str, Competency]:
    if not path.is_file():
        return {}
    data, fields = read_yaml(path, problems, "the competencies")
    found = {}
    for entry in _entries(data, "competencies", fields):
        ident, name = fields.text(entry, "id"), fields.text(entry, "name")
        if ident and ident not in catalog.competencies:
            fields.error(getattr(entry, "line", 1), f"competency '{ident}' has no English competency")
        elif ident and name:
            found[ident] = Competency(ident, name)
    return found


def load_profile(path: Path, catalog: Catalog, lang: str, problems: list[ContentError], sources: dict):
    """A profile's words: name, summary, board (where words join its names), attestation labels by
    id, the exam's name and note and the renewal document names by position. Every figure stays in
    the English file."""
    data, fields = read_yaml(path, problems, "a certification profile")
    if data is None:
        return None
    check_lang(data, fields, lang)
    ident = fields.text(data, "id")
    english = catalog.profiles.get(ident)
    if ident and english is None:
        fields.error(line_of(data, "id"), f"profile '{ident}' has no English profile")
    if english is None:
        return None
    sources[f"profile:{ident}"] = Where(str(path), 1)
    labels = data.get("attestations") or {}
    if not isinstance(labels, dict):
        fields.error(line_of(data, "attestations"), "'attestations' must map each attestation id to its label")
        labels = {}
    known = {a.id for a in english.attestations}
    for key in labels:
        if key not in known:
            fields.error(line_of(labels, key), f"attestation '{key}' is not in the English profile")
    attestations = tuple(a._replace(label=str(labels.get(a.id) or a.label)) for a in english.attestations)
    exam = data.get("exam") if isinstance(data.get("exam"), dict) else {}
    note = str(exam.get("note") or english.exam.note)
    exam_name = str(exam.get("name") or english.exam.name)  # "Examen de Peer Recovery de IC&RC"
    profile = english._replace(name=fields.text(data, "name", default=english.name),
                               summary=fields.text(data, "summary", required=False) or english.summary,
                               # the board's own name stays; the words around it ("with the Office of...") do not
                               board=fields.text(data, "board", required=False) or english.board,
                               attestations=attestations, exam=english.exam._replace(note=note, name=exam_name),
                               **_hours_notes(english, data))
    return _renewal(profile, data, fields)


def _note(block, english: str) -> str:
    note = block.get("note") if isinstance(block, dict) else None
    return str(note).strip() if isinstance(note, str) and note.strip() else english


def _hours_notes(english, data: dict) -> dict:
    """hours: {training: {note: ...}, ...}: the note of each hours requirement."""
    hours = data.get("hours") if isinstance(data.get("hours"), dict) else {}
    found = {}
    for kind in ("training", "experience", "supervision"):
        requirement = getattr(english, kind)
        if requirement is not None and kind in hours:
            found[kind] = requirement._replace(note=_note(hours[kind], requirement.note))
    return found


def _renewal(profile, data: dict, fields: Fields):
    """renewal: its note, each figure's note (cycle_years, ce_hours, topic_hours.<id>, caps.<id>)
    and the document names, one for each English document, in order."""
    renewal = data.get("renewal") if isinstance(data.get("renewal"), dict) else {}
    rules = profile.renewal
    if rules is None or not renewal:
        return profile
    changes = {"note": _note(renewal, rules.note)}
    for key in ("cycle_years", "ce_hours"):
        figure = getattr(rules, key)
        if figure is not None and key in renewal:
            changes[key] = figure._replace(note=_note(renewal[key], figure.note))
    for key in ("topic_hours", "caps"):
        given = renewal.get(key) if isinstance(renewal.get(key), dict) else {}
        changes[key] = {ident: figure._replace(note=_note(given.get(ident), figure.note))
                        for ident, figure in getattr(rules, key).items()}
    names = renewal.get("documents")
    english = rules.documents
    if names is not None and (not isinstance(names, list) or len(names) != len(english)):
        fields.error(line_of(renewal, "documents"),
                     f"the English profile lists {len(english)} renewal document(s); give one name for each")
    elif names is not None:
        labels = [str(n.get("label", "") if isinstance(n, dict) else n).strip() for n in names]
        changes["documents"] = tuple(d._replace(label=label or d.label)
                                     for d, label in zip(english, labels, strict=True))
    return profile._replace(renewal=rules._replace(**changes))


def load_glossary(folder: Path, catalog: Catalog, lang: str, problems: list[ContentError],
                  ) -> tuple[tuple[GlossaryTerm, ...], dict[str, tuple[GlossaryTerm, ...]]]:
    """Every glossary file merged (the first file by name wins a term), and each module's own terms."""
    merged: dict[str, GlossaryTerm] = {}
    per_module: dict[str, tuple[GlossaryTerm, ...]] = {}
    for path in sorted(folder.glob("*.yaml")):
        data, fields = read_yaml(path, problems, "a glossary")
        if data is None:
            continue
        if path.stem not in catalog.modules:
            fields.error(1, f"a glossary file is named after its module, and there is no module '{path.stem}'")
        mine = []
        for entry in _entries(data, "terms", fields):
            term, en = fields.text(entry, lang), fields.text(entry, "en")
            definition = fields.text(entry, "definition")
            if not (term and en):
                continue
            found = GlossaryTerm(term, en, definition, str(path), getattr(entry, "line", 1))
            mine.append(found)
            first = merged.get(term.casefold())
            if first is None:
                merged[term.casefold()] = found
            elif first.en.casefold() != en.casefold():
                fields.error(found.line, f"'{term}' is '{first.en}' in {first.path}:{first.line} but '{en}' here")
        per_module[path.stem] = tuple(mine)
    return tuple(sorted(merged.values(), key=lambda t: t.term.casefold())), per_module
