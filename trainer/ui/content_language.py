"""The curriculum in the language this seat reads the app in (Settings or first run).

Pages show `shown_catalog(context)`; what they write (progress, answers, review) goes by ids,
section keys and content hashes, which are the English ones in every language."""

from __future__ import annotations

from trainer.content.schema import Catalog
from trainer.content.translations import in_language
from trainer.ui.i18n import chosen_language


def content_language(context) -> str:
    return chosen_language(context.preferences)


def shown_catalog(context) -> Catalog:
    """The context's catalog in the chosen language (English where a text is not translated)."""
    return in_language(context.catalog, content_language(context))
