"""Telegram HTML parsing and text limits."""

from __future__ import annotations

import pytest

from bot.sandbox.formatting import FormattingError, format_text, parse_html, utf16_len


def test_nested_tags_give_utf16_entities() -> None:
    text, entities = parse_html(
        '😀 <b>vet <i>schuin</i></b> <a href="https://x.nl/?a=1&amp;b=2">link</a>'
    )
    assert text == "😀 vet schuin link"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 10},
        {"type": "italic", "offset": 7, "length": 6},
        {"type": "text_link", "offset": 14, "length": 4, "url": "https://x.nl/?a=1&b=2"},
    ]


def test_pre_with_code_language_and_entities() -> None:
    text, entities = parse_html('<pre><code class="language-python">x &lt; 1</code></pre>&#33;')
    assert text == "x < 1!"
    assert entities == [{"type": "pre", "offset": 0, "length": 5, "language": "python"}]


def test_spoiler_and_blockquote() -> None:
    _, entities = parse_html(
        '<span class="tg-spoiler">a</span><tg-spoiler>b</tg-spoiler>'
        "<blockquote expandable>c</blockquote>"
    )
    assert [e["type"] for e in entities] == ["spoiler", "spoiler", "expandable_blockquote"]


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("</b>", "Unexpected end tag at byte offset 0"),
        ("é <b", "Unclosed start tag at byte offset 3"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<p>x</p>", 'Unsupported start tag "p"'),
    ],
)
def test_html_errors(source: str, error: str) -> None:
    with pytest.raises(FormattingError, match=error):
        parse_html(source)


def test_limits_count_utf16_after_parsing() -> None:
    assert utf16_len("😀") == 2
    format_text("😀" * 2048, None, None)
    with pytest.raises(FormattingError, match="message is too long"):
        format_text("😀" * 2048 + "x", None, None)
    with pytest.raises(FormattingError, match="caption is too long"):
        format_text("x" * 1025, None, None, caption=True)
    assert format_text("", None, None, caption=True) == ("", [])
    assert format_text("  *x*  ", "MarkdownV2", None) == ("*x*", [])
    with pytest.raises(FormattingError, match="unsupported parse_mode"):
        format_text("x", "BBCode", None)
