"""What scenarios, reflection drills and note exercises share: reading the YAML file and
the metadata every one of them carries (id, title, domain, competencies, version, references)."""

from __future__ import annotations

from typing import NamedTuple

from trainer.content.fields import Fields, read_document  # noqa: F401 - the readers take it from here
from trainer.content.parse_bank import question_hash
from trainer.content.yamlnodes import line_of


class Meta(NamedTuple):
    id: str
    title: str
    domain: str
    version: int
    competencies: tuple[str, ...]
    references: tuple[str, ...]
    content_hash: str




def read_meta(data: dict, fields: Fields, domains: dict, competencies: dict) -> Meta:
    ident = fields.ident(data)
    title = fields.text(data, "title")
    domain = fields.text(data, "domain")
    fields.known(domain, domains, line_of(data, "domain"), "domain")
    version = fields.integer(data, "version", low=1, default=1)
    chosen = fields.text_list(data, "competencies")
    if competencies:
        for competency in chosen:
            fields.known(competency, competencies, line_of(data, "competencies"), "competency")
    references = fields.text_list(data, "references", required=True)
    if "references" in data and not references:
        fields.error(line_of(data, "references"), "'references' must name at least one source")
    plain = {k: v for k, v in data.items() if k != "references"}
    return Meta(ident, title, domain, version, chosen, references, question_hash(plain))
