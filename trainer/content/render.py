"""Markdown → sanitized HTML for the reader.

Content files may contain HTML, so the rendered result always passes through an
allow-list (nh3): scripts, event handlers, frames, forms, styles and images
never reach the view, and links keep only http, https and mailto targets.
"""

from __future__ import annotations

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

_EXTENSIONS = ["tables", "sane_lists", "fenced_code", "abbr", "def_list"]


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        clean_content_tags=DROP_WITH_CONTENT,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Markdown (which may contain HTML) → HTML that is safe to display."""
    html = markdown.markdown(text, extensions=_EXTENSIONS, output_format="html")
    return sanitize_html(html)
