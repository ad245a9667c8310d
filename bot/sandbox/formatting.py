"""Telegram text formatting as the Bot API applies it: ``parse_mode=HTML`` parsing into plain
text plus entities (UTF-16 offsets), length limits, and the error texts Telegram answers with.

Only what the Bot API documents for HTML is accepted: ``b strong i em u ins s strike del a code
pre blockquote tg-spoiler span.tg-spoiler tg-emoji`` and the entities ``&lt; &gt; &amp; &quot;``
plus numeric ones. Anything else (``<br>``, an unescaped ``<``) is refused the way Telegram
refuses it, so a bot that forgets to escape user input fails here as it would in production.
MarkdownV2/Markdown texts are kept as given and not parsed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024

_ENTITY_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_CHAR_REF = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));")
_PLAIN_RUN = re.compile(r"[^<&]+")
"""Text up to the next tag or character reference, taken as one piece."""
_ATTRIBUTE = re.compile(
    r"""\s*([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9.\-]+)))?""",
)


class FormattingError(ValueError):
    """The text cannot be sent; ``str(error)`` is Telegram's description without status."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's offsets and limits."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Open:
    tag: str
    attributes: dict[str, str]
    offset: int
    byte_offset: int


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode())


def _decode_reference(source: str, index: int) -> tuple[str, int] | None:
    match = _CHAR_REF.match(source, index)
    if match is None:
        return None
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        if name not in _NAMED_ENTITIES:
            return None
        return _NAMED_ENTITIES[name], match.end()
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code == 0 or code > 0x10FFFF:
        return None
    return chr(code), match.end()


def _entity(opened: _Open, length: int, inner: str) -> dict[str, Any] | None:
    kind = _ENTITY_OF_TAG[opened.tag]
    entity: dict[str, Any] = {"type": kind, "offset": opened.offset, "length": length}
    if opened.tag == "a":
        url = opened.attributes.get("href") or inner
        if url.startswith("tg://user?id="):
            return None
        entity["url"] = html.unescape(url)
    elif opened.tag == "code" and opened.attributes.get("class", "").startswith("language-"):
        entity["language"] = opened.attributes["class"].removeprefix("language-")
    elif opened.tag == "blockquote" and "expandable" in opened.attributes:
        entity["type"] = "expandable_blockquote"
    elif opened.tag == "tg-emoji":
        emoji_id = opened.attributes.get("emoji-id", "")
        if not emoji_id.isdigit():
            raise FormattingError("can't parse entities: Invalid custom emoji identifier specified")
        entity["custom_emoji_id"] = emoji_id
    return entity


def _merge_pre_code(entities: list[dict[str, Any]], entity: dict[str, Any]) -> None:
    """``<pre><code class="language-x">`` is one ``pre`` entity with a language."""
    if entities and entity["type"] == "pre":
        last = entities[-1]
        same = (last["offset"], last["length"]) == (entity["offset"], entity["length"])
        if same and last["type"] == "code":
            entities[-1] = {
                **entity,
                **({"language": last["language"]} if "language" in last else {}),
            }
            return
    entities.append(entity)


def _parse_start_tag(source: str, index: int) -> tuple[_Open, int]:
    """Parse ``<tag attr=...>`` at ``index``; returns the open tag and the index after ``>``."""
    byte_offset = _byte_offset(source, index)
    end = index + 1
    while end < len(source) and not source[end].isspace() and source[end] != ">":
        end += 1
    if end >= len(source):
        raise FormattingError(
            f"can't parse entities: Unclosed start tag at byte offset {byte_offset}"
        )
    tag = source[index + 1 : end].lower()
    if tag not in _ENTITY_OF_TAG:
        raise FormattingError(
            f'can\'t parse entities: Unsupported start tag "{tag}" at byte offset {byte_offset}'
        )
    attributes: dict[str, str] = {}
    position = end
    while True:
        while position < len(source) and source[position].isspace():
            position += 1
        if position >= len(source):
            raise FormattingError(
                f"can't parse entities: Unclosed start tag at byte offset {byte_offset}"
            )
        if source[position] == ">":
            break
        match = _ATTRIBUTE.match(source, position)
        if match is None or match.end() == position:
            raise FormattingError(
                f'can\'t parse entities: Empty attribute name in the tag "{tag}" '
                f"at byte offset {byte_offset}"
            )
        name, double, single, bare = match.groups()
        value = next((v for v in (double, single, bare) if v is not None), "")
        attributes[name.lower()] = html.unescape(value)
        position = match.end()
    if tag == "span" and attributes.get("class") != "tg-spoiler":
        raise FormattingError(
            f'can\'t parse entities: Tag "span" must have class "tg-spoiler" '
            f"at byte offset {byte_offset}"
        )
    return _Open(tag, attributes, 0, byte_offset), position + 1


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into ``(plain_text, entities)`` or raise :class:`FormattingError`."""
    source = source.strip()
    out: list[str] = []
    offset = 0
    stack: list[_Open] = []
    inner_start: list[int] = []
    entities: list[dict[str, Any]] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "&":
            decoded = _decode_reference(source, index)
            if decoded is not None:
                out.append(decoded[0])
                offset += utf16_len(decoded[0])
                index = decoded[1]
                continue
        if char != "<":
            plain = _PLAIN_RUN.match(source, index + 1)
            run = source[index : plain.end() if plain else index + 1]
            out.append(run)
            offset += utf16_len(run)
            index += len(run)
            continue
        if source.startswith("</", index):
            index = _close_tag(source, index, stack, inner_start, out, offset, entities)
            continue
        opened, index = _parse_start_tag(source, index)
        opened.offset = offset
        stack.append(opened)
        inner_start.append(len(out))
    if stack:
        raise FormattingError(
            "can't parse entities: Can't find end tag corresponding to start tag "
            f'"{stack[-1].tag}"'
        )
    text = "".join(out)
    stripped = text.rstrip()
    limit = utf16_len(stripped)
    kept = []
    for entity in entities:
        end = min(entity["offset"] + entity["length"], limit)
        if end > entity["offset"]:
            kept.append({**entity, "length": end - entity["offset"]})
    kept.sort(key=lambda e: (e["offset"], -e["length"]))
    return stripped, kept


def _close_tag(
    source: str,
    index: int,
    stack: list[_Open],
    inner_start: list[int],
    out: list[str],
    offset: int,
    entities: list[dict[str, Any]],
) -> int:
    byte_offset = _byte_offset(source, index)
    if not stack:
        raise FormattingError(
            f"can't parse entities: Unexpected end tag at byte offset {byte_offset}"
        )
    end = index + 2
    while end < len(source) and not source[end].isspace() and source[end] != ">":
        end += 1
    name = source[index + 2 : end].lower()
    while end < len(source) and source[end].isspace():
        end += 1
    if end >= len(source) or source[end] != ">":
        raise FormattingError(
            f"can't parse entities: Unclosed end tag at byte offset {byte_offset}"
        )
    opened = stack[-1]
    if name and name != opened.tag:
        raise FormattingError(
            f"can't parse entities: Unmatched end tag at byte offset {byte_offset}, "
            f'expected "</{opened.tag}>", found "</{name}>"'
        )
    stack.pop()
    inner = "".join(out[inner_start.pop() :])
    length = offset - opened.offset
    if length > 0:
        entity = _entity(opened, length, inner)
        if entity is not None:
            _merge_pre_code(entities, entity)
    return end + 1


def format_text(
    text: str | None,
    parse_mode: str | None,
    entities: list[dict[str, Any]] | None,
    *,
    caption: bool = False,
) -> tuple[str, list[dict[str, Any]]]:
    """Validate a message text (or caption) as Telegram does; return plain text and entities.

    Raises :class:`FormattingError` with Telegram's description (without ``Bad Request:``).
    """
    if text is None or not text.strip():
        if caption:
            return "", []
        raise FormattingError("message text is empty")
    mode = (parse_mode or "").lower()
    if mode == "html":
        plain, found = parse_html(text)
    elif mode in ("", "markdown", "markdownv2"):
        plain, found = text, list(entities or [])
        if not entities:
            plain = text.strip()
    else:
        raise FormattingError("unsupported parse_mode")
    if not plain and not caption:
        raise FormattingError("message text is empty")
    limit = CAPTION_LIMIT if caption else MESSAGE_LIMIT
    if utf16_len(plain) > limit:
        raise FormattingError("message caption is too long" if caption else "message is too long")
    return plain, found
