"""Markdown and plain text: a ``# headline``, a ``By …`` byline, a date line, the body, ``Original url: <…>``.

Every pattern here runs in linear time: each repeat stops at the next delimiter, so no pattern rescans a long
line from each position it tries.
"""
from __future__ import annotations

import html
import re

from kg.ingest.dates import parse_date
from kg.ingest.furniture import sign_off
from kg.types import Article

__all__ = ["parse"]

_BYLINE_RE = re.compile(r"(?:By|BY|by)\s+(?P<who>\S.*)")
_ORIGINAL_URL_RE = re.compile(r"\s*original\s+url\s*:\s*(?P<rest>.*)", re.IGNORECASE)
_URL_RE = re.compile(r"<(https?://[^>\s]+)>|\[[^\[\]]*\]\((https?://[^)\s]+)\)|(https?://\S+)")
_FRONT_KEYS = {"title": "headline", "headline": "headline", "date": "date", "published": "date",
               "author": "author", "by": "author", "url": "url", "link": "url"}

# Every repeat below stops at the next delimiter, so that no pattern rescans a long paragraph (no quadratic time).
_IMAGE_RE = re.compile(r"!\[[^\[\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])")
_LINK_RE = re.compile(r"\[([^\[\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE_RE = re.compile(r"`([^`]+)`")
_STRONG_RE = re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__")
_EM_STAR_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER_RE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_STRIKE_RE = re.compile(r"~~(?=\S)((?:[^~]|~(?!~))+?)(?<=\S)~~")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# "**Related article:** [title](url)": a bold label then only links is navigation, not prose.
_NAV_RE = re.compile(r"\s*(?:(\*\*|__)[^*_\n]{1,60}?\1\s*:?|(?:related(?:\s+\w+)?|read\s+more|see\s+also|"
                     r"also\s+read|more|watch|listen)\s*:)\s*(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
# An image credit: a link whose text is a bare domain name, at the end of a caption ("... [kremlin.ru](...)").
_CREDIT_RE = re.compile(r"\[[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\]\([^)]*\)\s*$")
_RULE_RE = re.compile(r"\s*(?:[-*_]\s*){3,}")
_LIST_RE = re.compile(r"\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_REFDEF_RE = re.compile(r"\s{0,3}\[[^\]]+\]:\s+\S+.*")
_QUOTE_RE = re.compile(r"^[>\s]+")
_SENTENCE_END_RE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


def parse(text: str, source: str, skip=None) -> list[Article]:
    """The one article a Markdown or text file holds (its body may be empty: the caller refuses that)."""
    return [_parse_markdown(text, source)]


def _parse_markdown(text: str, source: str) -> Article:
    lines = text.split("\n")
    meta: dict[str, str | None] = {"headline": None, "date": None, "author": None, "url": None}
    lines = _take_front_matter(lines, meta)
    lines = _take_original_url(lines, meta)
    start = _take_header(lines, meta)
    body = "\n\n".join(_paragraphs(lines[start:]))
    return Article(text=body, source=source, **meta)


def _take_front_matter(lines: list[str], meta: dict) -> list[str]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "---":
        return lines
    end = next((i for i in range(first + 1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return lines
    pairs = [line.split(":", 1) for line in lines[first + 1:end] if ":" in line]
    if not pairs or any(not key.strip().replace("_", "").isalnum() for key, _ in pairs):
        return lines
    for key, value in pairs:
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'")
        if field and value and meta[field] is None:
            meta[field] = parse_date(value) if field == "date" else value
    return lines[end + 1:]


def _take_original_url(lines: list[str], meta: dict) -> list[str]:
    for i, line in enumerate(lines):
        match = _ORIGINAL_URL_RE.fullmatch(line)
        if not match:
            continue
        drop = {i}
        rest = match["rest"].strip()
        if not rest:
            j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
            if j is not None and _URL_RE.fullmatch(lines[j].strip()):
                rest = lines[j].strip()
                drop.add(j)
        found = _URL_RE.search(rest)
        if found and meta["url"] is None:
            meta["url"] = next(group for group in found.groups() if group)
        return [line for k, line in enumerate(lines) if k not in drop]
    return lines


def _take_header(lines: list[str], meta: dict) -> int:
    """Read the headline, byline and date lines at the top; return where the body starts."""
    position = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if position < len(lines):
        headline = _headline(lines[position].strip())
        if headline:
            meta["headline"] = meta["headline"] or _inline(headline)
            position += 1
    for _ in range(3):
        while position < len(lines) and not lines[position].strip():
            position += 1
        if position == len(lines):
            break
        line = lines[position].strip()
        byline, when = _byline(line), parse_date(line)
        if byline and not meta["author"]:
            meta["author"], when = byline
            meta["date"] = meta["date"] or when
        elif when and not meta["date"]:
            meta["date"] = when
        else:
            break
        position += 1
    return position


def _headline(line: str) -> str | None:
    """The text of a level-1 ATX heading ("# Title #"), or None; string methods, as a pattern took cubic time."""
    if not line.startswith("#") or not line[1:2].isspace():
        return None
    text = line[1:].strip()
    closing = text.rstrip("#")
    if closing != text and (not closing or closing[-1].isspace()):
        text = closing.rstrip()
    return text or None


def _byline(line: str) -> tuple[str, str | None] | None:
    match = _BYLINE_RE.fullmatch(line)
    if not match:
        return None
    parts = [part.strip(" ,") for part in re.split(r"\s[|\u00b7\u2014]\s|\s--\s", _inline(match["who"]))]
    when = next((parse_date(part) for part in parts[1:] if parse_date(part)), None)
    who = ", ".join(part for part in parts if part and not parse_date(part))
    if not who or len(who) > 100 or len(who.split()) > 12 or _SENTENCE_END_RE.search(who):
        return None
    return who, when


def _paragraphs(lines: list[str]) -> list[str]:
    blocks: list[tuple[list[str], bool]] = []   # (lines, is a list item)
    current: list[str] = []
    item = fenced = False

    def flush(next_item: bool = False) -> None:
        nonlocal current, item
        if current:
            blocks.append((current, item))
        current, item = [], next_item

    for raw in lines:
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            fenced = not fenced
            flush()
            continue
        if fenced:
            continue
        line = _QUOTE_RE.sub("", line, count=1)
        if not line:
            flush()
        elif line.startswith("#") or _RULE_RE.fullmatch(line) or _REFDEF_RE.fullmatch(line):
            flush()  # sub-headings, rules and link definitions are not prose
        elif _LIST_RE.match(line):
            flush(next_item=True)
            current.append(_LIST_RE.sub("", line, count=1))
        else:
            current.append(line)
    flush()

    paragraphs: list[str] = []
    captions: set[int] = set()
    items: set[str] = set()
    for block, is_item in blocks:
        raw = " ".join(block)
        if _is_navigation(raw) or sign_off(raw):
            continue    # a link bar, or a wire's credits: "(Reporting by A; Editing by B)"
        credit = _CREDIT_RE.search(raw)
        if credit:
            raw = raw[:credit.start()].rstrip()
        text = " ".join(_inline(raw).split())
        if text:
            if credit:
                captions.add(len(paragraphs))
            paragraphs.append(text)
            if is_item:
                items.add(text)
    return _join_broken(_drop_repeats(paragraphs, captions), items)


def _is_navigation(raw: str) -> bool:
    match = _NAV_RE.fullmatch(raw)
    candidate = match["rest"] if match else raw
    if not _LINK_RE.search(candidate):
        return False
    return not re.sub(r"[\s|,;:\u00b7\u2022-]+", "", _LINK_RE.sub("", _IMAGE_RE.sub("", candidate)))


def _drop_repeats(paragraphs: list[str], captions: set[int]) -> list[str]:
    """Drop a photo caption that repeats a paragraph, and any paragraph seen before."""
    counts: dict[str, int] = {}
    for text in paragraphs:
        counts[text] = counts.get(text, 0) + 1
    kept, seen = [], set()
    for index, text in enumerate(paragraphs):
        if text in seen or (index in captions and counts[text] > 1):
            continue
        if index not in captions:
            seen.add(text)
        kept.append(text)
    return kept


def _join_broken(paragraphs: list[str], items: set[str]) -> list[str]:
    """Join a paragraph cut by a stray line break: no sentence end, then a lower-case start."""
    joined: list[list[str]] = []    # the pieces of each paragraph; only the last piece's end is looked at
    last_is_item = False
    for text in paragraphs:
        is_item = text in items
        if (joined and text[0].islower() and not _SENTENCE_END_RE.search(joined[-1][-1])
                and not is_item and not last_is_item):
            joined[-1].append(text)
            last_is_item = False
        else:
            joined.append([text])
            last_is_item = is_item
    return [" ".join(pieces) for pieces in joined]


def _inline(text: str) -> str:
    """Markdown inline markup to plain text: links keep their text, images and emphasis go."""
    escapes: list[str] = []

    def hold(match: re.Match) -> str:
        escapes.append(match[1])
        return f"\ue000{len(escapes) - 1}\ue001"

    text = _ESCAPE_RE.sub(hold, text)
    text = _IMAGE_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _AUTOLINK_RE.sub(r"\1", text)
    text = _CODE_RE.sub(r"\1", text)
    text = _HTML_TAG_RE.sub("", text)
    text = _STRONG_RE.sub(lambda m: m[1] or m[2], text)
    text = _STRIKE_RE.sub(r"\1", text)
    text = _EM_STAR_RE.sub(r"\1", text)
    text = _EM_UNDER_RE.sub(r"\1", text)
    text = _ENTITY_RE.sub(lambda m: html.unescape(m[0]), text)
    text = re.sub("\ue000(\\d+)\ue001", lambda m: escapes[int(m[1])], text)
    return " ".join(text.split())
