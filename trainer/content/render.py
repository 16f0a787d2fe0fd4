"""Markdown → sanitized HTML: the one sanitizer for everything the app shows as rich text.

Content files may contain HTML, so the rendered result always passes through an
allow-list (nh3): scripts, event handlers, frames, forms, styles and images never
reach the view, and links keep only absolute http, https and mailto targets (no
`file:`, `data:`, `javascript:`, relative or scheme-less `//host` links).
`dropped_html` says what the sanitizer would remove, for `validate`. No Qt here.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import nh3

ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
    "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "kbd",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "a", "span", "div",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Tags whose whole content is dropped, not just the tag.
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript",
                     "svg", "math", "form", "textarea", "select", "button", "title"}
# Markdown's own output that the sanitizer drops harmlessly: not the author's HTML.
_GENERATED = {("code", "class")}

# Tables align with the `align` attribute (allowed), not a style (dropped).
_EXTENSIONS = ["tables", "sane_lists", "fenced_code", "abbr", "def_list"]
_EXTENSION_CONFIGS = {"tables": {"use_align_attribute": True}}


def is_safe_link(url: str) -> bool:
    """An absolute http(s) link with a host, or mailto: the only links the app will open."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        return bool(parts.path)
    return scheme in ("http", "https") and bool(parts.netloc)


def _keep_attribute(tag: str, name: str, value: str) -> str | None:
    if name == "href" and not is_safe_link(value):
        return None
    return value


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        url_schemes=URL_SCHEMES,
        url_relative="deny",
        clean_content_tags=DROP_WITH_CONTENT,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _markdown_html(text: str) -> str:
    return markdown.markdown(text, extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIGS,
                             output_format="html")


def render_markdown(text: str) -> str:
    """Markdown (which may contain HTML) → HTML that is safe to display."""
    return sanitize_html(_markdown_html(text))


def render_inline(text: str) -> str:
    """A short text (stem, scenario, option, note) → safe HTML for a label; one paragraph
    loses its <p> so it sits like plain text."""
    html = render_markdown(text or "").strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


class _Audit(HTMLParser):
    """Lists what sanitize_html would remove, as (text to find in the source, description)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in DROP_WITH_CONTENT:
            self.found.append((f"<{tag}", f"<{tag}> and everything inside it"))
        elif tag not in ALLOWED_TAGS:
            self.found.append((f"<{tag}", f"the <{tag}> tag"))
        else:
            allowed = ALLOWED_ATTRIBUTES.get(tag, set())
            for name, value in attrs:
                if (tag, name) in _GENERATED:
                    continue
                if name not in allowed:
                    self.found.append((f"{name}=", f"the '{name}' attribute of <{tag}>"))
                elif name == "href" and not is_safe_link(value or ""):
                    self.found.append((value or "href", f"the link to '{value}' (only http, https "
                                                        "and mailto links are kept)"))

    def handle_comment(self, data):
        pass  # comments are dropped, but they were never meant to be seen


def dropped_html(text: str) -> list[tuple[str, str]]:
    """(source fragment, what is dropped) for every piece of HTML the sanitizer would remove."""
    if "<" not in text and "](" not in text and "]:" not in text:
        return []  # no HTML and no links: nothing to drop (most texts; keeps loading quick)
    audit = _Audit()
    audit.feed(_markdown_html(text))
    audit.close()
    return audit.found
