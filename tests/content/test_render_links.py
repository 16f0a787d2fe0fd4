"""The one sanitizer: which links survive, and what `dropped_html` reports."""

import pytest

from trainer.content.render import dropped_html, is_safe_link, render_inline, render_markdown


@pytest.mark.parametrize("href", [
    "file:///etc/passwd", "FILE:///etc/passwd", "data:text/html,hi", "javascript:alert(1)",
    " javascript:alert(1)", "//evil.example/x", "/etc/passwd", "relative/page.html", "#top",
    "http:/no-host", "vbscript:msgbox(1)",
])
def test_only_absolute_web_and_mail_links_keep_their_target(href):
    html = render_markdown(f'<a href="{href}">x</a> and [y]({href.strip()})')
    assert "href" not in html and not is_safe_link(href)
    assert dropped_html(f'<a href="{href}">x</a>')


@pytest.mark.parametrize("href", ["https://example.org/a?b=1", "http://example.org", "mailto:a@example.org"])
def test_web_and_mail_links_stay(href):
    assert f'href="{href}"' in render_markdown(f"[x]({href})") and dropped_html(f"[x]({href})") == []


def test_images_scripts_and_styles_never_reach_the_view_and_are_reported():
    text = ('<img src="file:///x.png"> <span style="color:#fff">the answer is B</span>'
            '<script>alert(1)</script><iframe src="https://evil.example"></iframe>')
    html = render_inline(text)
    assert html.strip() == "<span>the answer is B</span>"
    assert [what for _, what in dropped_html(text)] == [
        "the <img> tag", "the 'style' attribute of <span>", "<script> and everything inside it",
        "<iframe> and everything inside it"]


def test_plain_markdown_is_not_reported():
    text = "Some **bold**, a table:\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```python\nx = 1\n```\n"
    assert dropped_html(text) == []
    assert 'align="left"' in render_markdown(text)  # aligned cells keep their alignment
    assert render_inline("One paragraph.") == "One paragraph."
