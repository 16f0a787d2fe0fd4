"""What a practice set can be drawn from: everything, one domain, one module's bank, one competency."""

from __future__ import annotations

from trainer.content.schema import Catalog, Question

MIXED = "mixed"


def questions_for(catalog: Catalog, source: str) -> list[Question]:
    """Questions of a source key: "mixed", "domain:<id>", "bank:<id>" or "competency:<id>"."""
    kind, _, key = source.partition(":")
    if kind == "domain":
        return [q for q in catalog.questions.values() if q.domain == key]
    if kind == "bank":
        bank = catalog.banks.get(key)
        return list(bank.questions) if bank else []
    if kind == "competency":
        return [q for q in catalog.questions.values() if q.competency == key]
    return list(catalog.questions.values())
