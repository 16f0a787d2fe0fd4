"""What `validate` asks of a finished scenario beyond a sound graph: enough decisions on every
path to an ending to practise a real conversation. The app still opens a shorter one."""

from __future__ import annotations

from trainer.content.scenario_graph import fewest_decisions
from trainer.content.scenario_schema import MIN_DECISIONS
from trainer.content.schema import Catalog, ContentError


def scenario_problems(catalog: Catalog, min_decisions: int = MIN_DECISIONS) -> list[ContentError]:
    problems = []
    for scenario in catalog.scenarios.values():
        fewest = fewest_decisions(scenario.start, scenario.nodes)
        if fewest is not None and fewest < min_decisions:
            problems.append(ContentError(
                scenario.path, scenario.first.line,
                f"scenario '{scenario.id}' can end after {fewest} decision(s); every path to an "
                f"ending needs at least {min_decisions}: add nodes before the early ending",
            ))
    return problems
