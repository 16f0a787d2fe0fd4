"""A module file (Markdown with YAML front matter) → Module, or problems."""

from __future__ import annotations

import hashlib
import re

from trainer.content.fields import Fields
from trainer.content.schema import ContentError, Module, Section
from trainer.content.yamlnodes import YamlProblem, line_of, load_yaml

_FENCE = re.compile(r"^\s*(```|~~~)")


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug or "section"


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Return (front matter, body, line where the body starts) or None."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    return None


def split_sections(body: str, first_line: int) -> tuple[str, str, list[tuple[str, str, int]]]:
    """Split the body into (title, intro, [(heading, markdown, line)]) on `## ` headings."""
    title, intro_lines = "", []
    sections: list[tuple[str, list[str], int]] = []
    in_fence = False
    for offset, line in enumerate(body.splitlines()):
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and line.startswith("## "):
            sections.append((line[3:].strip(), [], first_line + offset))
            continue
        if not in_fence and line.startswith("# ") and not title and not sections:
            title = line[2:].strip()
            continue
        (sections[-1][1] if sections else intro_lines).append(line)
    intro = "\n".join(intro_lines).strip()
    return title, intro, [(h, "\n".join(ls).strip(), n) for h, ls, n in sections]


def parse_module(
    text: str, path: str, domains: dict, competencies: dict, errors: list[ContentError]
) -> Module | None:
    fields = Fields(path, errors)
    parts = split_front_matter(text)
    if parts is None:
        fields.error(1, "a module must start with YAML front matter between '---' lines")
        return None
    front, body, body_line = parts
    try:
        data, problems = load_yaml(front, line_offset=1)
    except YamlProblem as problem:
        fields.error(problem.line, problem.message)
        return None
    for line, message in problems:
        fields.error(line, message)
    data = fields.mapping(data, 2, "the front matter")
    if data is None:
        return None
    before = len(errors)
    module_id = fields.ident(data)
    title = fields.text(data, "title")
    domain = fields.text(data, "domain")
    fields.known(domain, domains, line_of(data, "domain"), "domain")
    comps = fields.text_list(data, "competencies")
    if competencies:
        for comp in comps:
            fields.known(comp, competencies, line_of(data, "competencies"), "competency")
    minutes = fields.integer(data, "minutes", low=1, high=600)
    version = fields.integer(data, "version", low=1, required=False, default=1)
    summary = fields.text(data, "summary")
    objectives = fields.text_list(data, "objectives")
    references = fields.text_list(data, "references")
    quiz = fields.ident(data, "quiz", required=False) or None
    _, intro, raw_sections = split_sections(body, body_line)
    if not raw_sections:
        fields.error(body_line, "a module needs at least one '## ' section heading")
    sections, seen = [], set()
    for index, (heading, markdown, line) in enumerate(raw_sections):
        key = slugify(heading)
        if key in seen:
            fields.error(line, f"two sections are both called '{heading}'")
        seen.add(key)
        if not markdown:
            fields.error(line, f"section '{heading}' is empty")
        sections.append(Section(index, heading, key, markdown, line))
    if len(errors) > before:
        return None
    return Module(
        id=module_id, title=title, domain=domain, minutes=minutes, version=version,
        summary=summary, sections=tuple(sections), competencies=comps,
        objectives=objectives, references=references, quiz=quiz, intro=intro, path=path,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
    )
