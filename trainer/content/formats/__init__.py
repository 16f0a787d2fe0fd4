"""Question-bank interchange: Moodle GIFT and Aiken in and out, our YAML out.

Importers return `(bank or None, problems)`: every question that cannot become
one of ours is reported with its line, never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from trainer.content.schema import DOMAIN_IDS, ContentError, Option

FORMATS = ("gift", "aiken")
# progress(done, total), as trainer.operations.progress.Progress; it may raise to stop the work.
Progress = Callable[[int, int], None]
_EXTENSIONS = {".gift": "gift", ".aiken": "aiken", ".txt": "aiken"}


def guess_format(filename: str) -> str | None:
    """The interchange format a file name suggests, or None."""
    lower = filename.lower()
    for extension, name in _EXTENSIONS.items():
        if lower.endswith(extension):
            return name
    return None


def slugify(text: str, limit: int = 40) -> str:
    """Kebab-case from any text: lowercase ASCII letters and digits joined by hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].strip("-")


def check_options(qtype: str, options: tuple[Option, ...]) -> str | None:
    """What parse_bank would refuse about these options, said once; None if fine."""
    if len(options) < 2:
        return "a question needs at least two answers"
    if any(not option.text for option in options):
        return "an answer has no text"
    texts = [option.text.lower() for option in options]
    for index, text in enumerate(texts):
        if text in texts[:index]:
            return f"two answers have the same text '{options[index].text}'"
    correct = sum(option.correct for option in options)
    if qtype in ("single", "true_false") and correct != 1:
        return f"a single-answer question needs exactly one right answer; it has {correct}"
    if qtype == "multiple" and correct < 2:
        return f"a select-all question needs at least two right answers; it has {correct}"
    return None


@dataclass
class ImportContext:
    """What every importer needs: where problems go, and how to name and place questions."""

    path: str
    bank_id: str
    domain_map: dict[str, str] = field(default_factory=dict)
    default_domain: str | None = None
    domains: tuple[str, ...] = DOMAIN_IDS
    errors: list[ContentError] = field(default_factory=list)
    used_ids: set[str] = field(default_factory=set)

    def error(self, line: int, message: str) -> None:
        self.errors.append(ContentError(self.path, line, message))

    def question_id(self, number: int, title: str = "", wanted: str = "") -> str:
        """A kebab-case id, unique in this bank: ours if given, else from title or number."""
        base = wanted if wanted and slugify(wanted, 80) == wanted else ""
        if not base:
            slug = slugify(title)
            base = f"{self.bank_id}-{slug}" if slug else f"{self.bank_id}-{number:03d}"
        ident, suffix = base, 2
        while ident in self.used_ids:
            ident, suffix = f"{base}-{suffix}", suffix + 1
        self.used_ids.add(ident)
        return ident

    def domain_for(self, category: str, line: int) -> str | None:
        """The domain of a question in `category`, or None (reported) if it cannot be told."""
        for candidate in _category_candidates(category):
            if candidate in self.domain_map:
                return self.domain_map[candidate]
        for candidate in _category_candidates(category):
            if slugify(candidate, 80) in self.domains:
                return slugify(candidate, 80)
        if self.default_domain:
            return self.default_domain
        why = (f"its category '{category}' is not in the domain map and names no domain"
               if category else "it has no category")
        self.error(line, f"cannot tell this question's domain: {why}; "
                         "give a default with --domain or map the category with --domain-map")
        return None


def _category_candidates(category: str) -> list[str]:
    """The full category, without Moodle's context prefix and 'top', then its last part."""
    if not category:
        return []
    parts = [part.strip() for part in category.split("/") if part.strip()]
    if parts and parts[0].startswith("$") and parts[0].endswith("$"):
        parts = parts[1:]
    if parts and parts[0].lower() == "top":
        parts = parts[1:]
    found = [category.strip(), "/".join(parts)]
    if parts:
        found.append(parts[-1])
    return [c for i, c in enumerate(found) if c and c not in found[:i]]


def check_domain_map(raw: object, domains: tuple[str, ...] = DOMAIN_IDS) -> tuple[dict[str, str], list[str]]:
    """A domain map read from YAML → (valid entries, problems)."""
    if not isinstance(raw, dict):
        return {}, ["the domain map must be a mapping of category: domain id"]
    good, problems = {}, []
    for category, domain in raw.items():
        if str(domain) not in domains:
            problems.append(f"category '{category}' maps to unknown domain '{domain}' "
                            f"(expected one of: {', '.join(domains)})")
        else:
            good[str(category)] = str(domain)
    return good, problems


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


class _TextOnly(HTMLParser):
    """Keeps the words of HTML, a few Markdown marks, and never any markup or script."""

    BLOCKS = {"p", "div", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote"}
    MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n" if tag != "br" else "\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.MARKS:
            self.parts.append(self.MARKS[tag])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag in self.MARKS:
            self.parts.append(self.MARKS[tag])

    def handle_data(self, data):
        if not self.hidden:
            # A decoded '<' before a letter would read as a tag in our Markdown (and be
            # dropped when shown): keep it an entity, which Markdown shows as '<'.
            self.parts.append(_TAG_START.sub("&lt;", data))


def html_to_text(html: str) -> str:
    """HTML → plain Markdown-friendly text: tags dropped, entities decoded, scripts removed."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
