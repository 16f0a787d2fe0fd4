"""A certification profile (YAML) → CertificationProfile, or problems."""

from __future__ import annotations

from trainer.content.fields import Fields, read_document
from trainer.content.parse_renewal import parse_renewal
from trainer.content.schema import (
    WEIGHTS_SOURCES,
    Attestation,
    CertificationProfile,
    ContentError,
    ExamBlueprint,
    HoursRequirement,
)
from trainer.content.yamlnodes import line_of


def parse_profile(
    text: str, path: str, domains: dict, errors: list[ContentError]
) -> CertificationProfile | None:
    fields = Fields(path, errors)
    data = read_document(text, fields, "a certification profile")
    if data is None:
        return None
    before = len(errors)
    profile_id = fields.ident(data)
    name = fields.text(data, "name")
    board = fields.text(data, "board")
    source = fields.text(data, "source")
    as_of = fields.date(data, "as_of")
    hours = data.get("hours") or {}
    if not isinstance(hours, dict):
        fields.error(line_of(data, "hours"), "'hours' must be a mapping of training, experience, supervision")
        hours = {}
    requirements = {
        kind: _hours(hours, kind, fields, domains) for kind in ("training", "experience", "supervision")
    }
    for key in hours:
        if key not in requirements:
            fields.error(line_of(hours, key), f"unknown hours kind '{key}' (expected training, experience or supervision)")
    attestations = _attestations(data, fields)
    exam = _exam(data, fields, domains)
    renewal = parse_renewal(data, fields)
    if len(errors) > before or exam is None:
        return None
    return CertificationProfile(
        id=profile_id, name=name, board=board, source=source, as_of=as_of, exam=exam,
        attestations=attestations, region=fields.text(data, "region", required=False),
        summary=fields.text(data, "summary", required=False),
        sources=fields.text_list(data, "sources"), path=path, renewal=renewal, **requirements,
    )


def _hours(hours: dict, kind: str, fields: Fields, domains: dict) -> HoursRequirement | None:
    block = hours.get(kind)
    if block is None:
        return None
    block = fields.mapping(block, line_of(hours, kind), f"hours '{kind}'")
    if block is None:
        return None
    total = fields.number(block, "total")
    by_domain: dict[str, float] = {}
    raw = block.get("by_domain") or {}
    if not isinstance(raw, dict):
        fields.error(line_of(block, "by_domain"), "'by_domain' must map domain ids to hours")
        raw = {}
    for domain in raw:
        line = line_of(raw, domain)
        if fields.known(domain, domains, line, "domain"):
            amount = fields.number(raw, domain)
            if amount is not None:
                by_domain[domain] = amount
    if total is not None and sum(by_domain.values()) > total:
        fields.error(line_of(block, "by_domain"), f"the hours by domain add up to more than the total {total:g}")
    return HoursRequirement(
        total=total or 0.0, by_domain=by_domain, verified=fields.flag(block, "verified", True),
        note=fields.text(block, "note", required=False),
    )


def _attestations(data: dict, fields: Fields) -> tuple[Attestation, ...]:
    raw = data.get("attestations") or []
    if not isinstance(raw, list):
        fields.error(line_of(data, "attestations"), "'attestations' must be a list")
        return ()
    items = []
    for index, item in enumerate(raw):
        if isinstance(item, str):
            items.append(Attestation(item, item.replace("-", " ").capitalize()))
        elif isinstance(item, dict):
            ident = fields.ident(item)
            items.append(Attestation(ident, fields.text(item, "label")))
        else:
            fields.error(line_of(raw, index), "an attestation must be an id or a mapping with id and label")
    return tuple(items)


def _exam(data: dict, fields: Fields, domains: dict) -> ExamBlueprint | None:
    block = data.get("exam")
    if block is None:
        fields.error(getattr(data, "line", 1), "missing required field 'exam' (the exam blueprint)")
        return None
    block = fields.mapping(block, line_of(data, "exam"), "'exam'")
    if block is None:
        return None
    weights_raw = block.get("weights") or {}
    weights: dict[str, int] = {}
    if not isinstance(weights_raw, dict) or not weights_raw:
        fields.error(line_of(block, "weights"), "'weights' must map each domain id to a percentage")
    else:
        for domain in weights_raw:
            if fields.known(domain, domains, line_of(weights_raw, domain), "domain"):
                weights[domain] = fields.integer(weights_raw, domain, low=0, high=100)
        if weights and sum(weights.values()) != 100:
            fields.error(line_of(block, "weights"), f"the domain weights add up to {sum(weights.values())}, not 100")
    verified = fields.flag(block, "verified", True)
    # Without a word on it, weights are the board's only when the exam block is verified.
    weights_source = fields.text(block, "weights_source", required=False) or ("board" if verified else "assumed")
    if weights_source not in WEIGHTS_SOURCES:
        fields.error(line_of(block, "weights_source"),
                     f"'weights_source' must be 'board' (the board publishes these weights) or 'assumed' "
                     f"(it does not; practice uses a stand-in), not '{weights_source}'")
    return ExamBlueprint(
        questions=fields.integer(block, "questions", low=1, high=500),
        minutes=fields.integer(block, "minutes", low=1, high=600),
        practice_pass_percent=fields.integer(block, "practice_pass_percent", low=1, high=100),
        weights=weights, name=fields.text(block, "name", required=False),
        verified=verified, note=fields.text(block, "note", required=False), weights_source=weights_source,
    )
