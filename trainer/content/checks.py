"""The checks `validate` runs on top of loading: item quality over the whole folder, text
an unquoted ` #` dropped, and the translations against the English. Kept out of the loader because they judge a finished bank, not
whether an item can be shown: the app still opens content that fails them."""

from __future__ import annotations

from pathlib import Path

from trainer.content.quality import check_quality
from trainer.content.scenario_quality import scenario_problems
from trainer.content.schema import Catalog, ContentError
from trainer.content.swallowed_text import swallowed_in_folder
from trainer.content.translation_checks import REQUIRED_LANGUAGES, translation_problems


def quality_problems(catalog: Catalog, root: str | Path,
                     languages: tuple[str, ...] = REQUIRED_LANGUAGES) -> list[ContentError]:
    """`languages`: those every text must have (a missing translation is a problem)."""
    problems = swallowed_in_folder(root)
    for result in check_quality(catalog):
        problems.extend(result.problems)
    problems.extend(scenario_problems(catalog))
    problems.extend(translation_problems(catalog, languages))
    return problems
