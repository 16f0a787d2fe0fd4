"""Checks on a scenario's branching graph: can every node be reached, and can every
conversation finish? Works on parsed nodes; returns (line, message) problems."""

from __future__ import annotations

from collections import deque

from trainer.content.scenario_schema import Node


def graph_problems(start: str, start_line: int, nodes: dict[str, Node]) -> list[tuple[int, str]]:
    """Every structural problem of the graph: a start or `next` naming no node, a node that
    cannot be reached, a dead end (not an ending, no choices), a loop with no way out."""
    problems: list[tuple[int, str]] = []
    if start not in nodes:
        known = ", ".join(nodes) or "none"
        return [(start_line, f"'start' names no node: '{start}' (nodes: {known})")]
    for node in nodes.values():
        for choice in node.choices:
            if choice.next not in nodes:
                problems.append((choice.line, f"choice of node '{node.id}' leads to '{choice.next}', "
                                              "which names no node; fix 'next' or add that node"))
        if not node.is_ending and not node.choices:
            problems.append((node.line, f"node '{node.id}' is a dead end: it is not an ending and offers "
                                        "no choices; add choices or give it an 'ending' summary"))
    reached = reachable(start, nodes)
    for node in nodes.values():
        if node.id not in reached:
            problems.append((node.line, f"node '{node.id}' cannot be reached from the start node "
                                        f"'{start}'; point a choice's 'next' at it or remove it"))
    finishing = can_finish(nodes)
    for loop in closed_loops(reached - finishing, nodes):
        first = min(loop, key=lambda ident: nodes[ident].line)
        names = ", ".join(sorted(loop))
        problems.append((nodes[first].line, f"nodes {names} form a loop with no way to an ending; "
                                            "give one of their choices a 'next' that leads to an ending"))
    return problems


def _successors(node: Node, nodes: dict[str, Node]) -> list[str]:
    return [choice.next for choice in node.choices if choice.next in nodes]


def reachable(start: str, nodes: dict[str, Node]) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue:
        for following in _successors(nodes[queue.popleft()], nodes):
            if following not in seen:
                seen.add(following)
                queue.append(following)
    return seen


def can_finish(nodes: dict[str, Node]) -> set[str]:
    """The nodes from which some sequence of choices reaches an ending."""
    before: dict[str, set[str]] = {ident: set() for ident in nodes}
    for node in nodes.values():
        for following in _successors(node, nodes):
            before[following].add(node.id)
    done = {ident for ident, node in nodes.items() if node.is_ending}
    queue = deque(done)
    while queue:
        for earlier in before[queue.popleft()]:
            if earlier not in done:
                done.add(earlier)
                queue.append(earlier)
    return done


def closed_loops(stuck: set[str], nodes: dict[str, Node]) -> list[set[str]]:
    """The loops (strongly connected groups with a cycle) among `stuck` nodes. Graphs are
    small (tens of nodes), so a reach set per node is plenty fast and easy to follow."""
    reach = {ident: _reach_within(ident, stuck, nodes) for ident in stuck}
    loops, placed = [], set()
    for ident in sorted(stuck):
        if ident in placed or ident not in reach[ident]:
            continue
        loop = {other for other in reach[ident] if ident in reach[other]}
        placed |= loop
        loops.append(loop)
    return loops


def _reach_within(start: str, allowed: set[str], nodes: dict[str, Node]) -> set[str]:
    """Nodes reachable from `start` in one or more steps, staying inside `allowed`."""
    seen: set[str] = set()
    queue = deque(_successors(nodes[start], nodes))
    while queue:
        ident = queue.popleft()
        if ident in allowed and ident not in seen:
            seen.add(ident)
            queue.extend(_successors(nodes[ident], nodes))
    return seen


def fewest_decisions(start: str, nodes: dict[str, Node]) -> int | None:
    """The fewest choices that lead from the start to an ending (None: no ending is reached)."""
    depth, queue = {start: 0}, deque([start])
    while queue:
        ident = queue.popleft()
        if nodes[ident].is_ending:
            return depth[ident]
        for following in _successors(nodes[ident], nodes):
            if following not in depth:
                depth[following] = depth[ident] + 1
                queue.append(following)
    return None
