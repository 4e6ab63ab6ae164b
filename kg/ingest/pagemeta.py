"""What a news page says about itself, beyond what trafilatura reads: language, URL, headline, bylines, publisher.

Trafilatura reads a page's title, date and author from its meta tags, JSON-LD and markup. Two shapes of real
pages it leaves to us: the ``<title>`` or ``og:title`` carries the site's name or a section label around the
headline ("Storm Hits Coast | Courier", "Analysis: Storm Hits Coast") while the page's ``<h1>`` is the
headline itself; and ``<meta name="author">`` names the publisher ("Condé Nast") next to the byline that
the page's JSON-LD gives as a Person.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

__all__ = ["PageHints", "page_hints", "choose_headline", "choose_author"]

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
# What stands between a headline and the site name or section label around it in a <title>
_SEPARATOR_CHARS = "|-\u2013\u2014:\u00bb/\u00b7\u2022\uff1a~"
_NOT_A_NAME_RE = re.compile(r"https?:|www\.|[/@]|\d{3}")
# The words of a date or a time that a template prints beside the byline ("Nadia Feld | Sep 10, 2024 8:15am",
# "Lena Okafor · Nov 21, 2023", "Simon Aldridge Thu 2 May 2024"): trafilatura keeps the first of them.
_DATE_WORDS = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
august september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday
friday saturday sunday am pm gmt bst utc cet est edt pst pdt ist updated published posted""".split())
# Those that end a name too ("Theresa May", "Li Sun", "Peter Jan"): cut only before a figure or another date word,
# after a name of two words or more or alone ("Ana Ruiz May 4", "May 4, 2024", not "Theresa May 4 June").
_NAME_DATE_WORDS = frozenset("may sun jan mar march april june july august am".split())


@dataclass
class PageHints:
    """The page's declared language and URL, its headline candidates, JSON-LD bylines and publisher names."""

    language: str | None = None
    url: str | None = None
    headlines: list[str] = field(default_factory=list)   # the <h1>s, then JSON-LD headlines
    authors: list[str] = field(default_factory=list)     # the Persons a JSON-LD article names as its author
    publishers: set[str] = field(default_factory=set)    # site name, JSON-LD publisher (normalised)
    copyright: str = ""                                  # <meta name="copyright">, normalised


def page_hints(tree) -> PageHints:
    """Read the hints from a parsed page (before trafilatura prunes it)."""
    hints = PageHints()
    lang = tree.get("lang") or tree.get("xml:lang")
    urls: list[str] = []      # og:url first, then the canonical link, then JSON-LD
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        content = (meta.get("content") or "").strip()
        if key in ("content-language", "og:locale", "language", "dc.language") and not lang:
            lang = content
        elif key == "og:url" and content:
            urls.append(content)
        elif key in ("og:site_name", "application-name") and content:
            hints.publishers.add(_norm(content))
        elif key in ("copyright", "dc.rights") and content:
            hints.copyright = _norm(content)
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            urls.append(link.get("href").strip())
    hints.headlines = [text for text in (_text(h1) for h1 in tree.iter("h1")) if text]
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        for item in _json_ld_items(script.text):
            lang = lang or _string(item.get("inLanguage"))
            if not _is_article(item):
                continue
            found = _string(item.get("url")) or _string(item.get("mainEntityOfPage"))
            if found:
                urls.append(found)
            if isinstance(item.get("headline"), str) and item["headline"].strip():
                hints.headlines.append(" ".join(item["headline"].split()))
            publisher = _string(item.get("publisher"), "name")
            if publisher:
                hints.publishers.add(_norm(publisher))
            if not hints.authors:
                hints.authors = _persons(item.get("author"))
    hints.url = next((u for u in urls if u.startswith(("http://", "https://"))), None)
    if lang and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", lang.strip()):
        hints.language = lang.strip().replace("_", "-").split("-")[0].lower()
    return hints


def choose_headline(title: str | None, hints: PageHints) -> str | None:
    """The story's headline: the page's own <h1> where the title is that h1 with a site name or label around it.

    Examples
    --------
    >>> hints = PageHints(headlines=["Storm Hits Coast"], publishers={"courier"})
    >>> [choose_headline(t, hints) for t in ("Storm Hits Coast | Courier", "Analysis: Storm Hits Coast")]
    ['Storm Hits Coast', 'Storm Hits Coast']
    >>> choose_headline("Port Reopens - Courier", PageHints(publishers={"courier"}))
    'Port Reopens'
    """
    if not title:
        return hints.headlines[0] if hints.headlines else None
    title = " ".join(title.split())
    cut = _cut_publisher(title, hints.publishers)
    for candidate in hints.headlines:
        found = _norm(candidate)
        for wanted in dict.fromkeys((_norm(title), _norm(cut))):
            if found == wanted:
                return candidate
            if len(found) > len(wanted) / 2:
                if wanted.startswith(found) and wanted[len(found):].lstrip()[:1] in _SEPARATOR_CHARS:
                    return candidate
                if wanted.endswith(found) and wanted[:-len(found)].rstrip()[-1:] in _SEPARATOR_CHARS:
                    return candidate
    return cut


def _cut_publisher(title: str, publishers: set[str]) -> str:
    """The title without a site name the page declares, after a separator at either end."""
    separator = f"\\s*[{re.escape(_SEPARATOR_CHARS)}]+\\s*"
    for publisher in sorted(publishers, key=len, reverse=True):
        for pattern in (rf"(.+?){separator}{re.escape(publisher)}", rf"{re.escape(publisher)}{separator}(.+)"):
            match = re.fullmatch(pattern, title, re.IGNORECASE)
            if match and len(match.group(1)) > len(publisher):
                return match.group(1)
    return title


def choose_author(found: str | None, hints: PageHints) -> str | None:
    """The byline: the JSON-LD article's Persons, else trafilatura's names without the publisher's.

    Examples
    --------
    >>> choose_author("Condé Nast; Tom Bennett", PageHints(copyright="copyright (c) condé nast 2023"))
    'Tom Bennett'
    >>> choose_author("Condé Nast; Tom Bennett", PageHints(authors=["Tom Bennett", "Ana Ruiz"]))
    'Tom Bennett, Ana Ruiz'
    """
    if hints.authors:
        return ", ".join(hints.authors)
    names = [name for name in (_without_date(n) for n in re.split(r"\s*[;|\u00b7\u2022]\s*", found or "")) if name]
    kept = [n for n in names if _norm(n) not in hints.publishers
            and not (len(_norm(n)) > 3 and _norm(n) in hints.copyright)]
    return ", ".join(kept) or None


def _without_date(name: str) -> str:
    """A byline's name without the date or time the template printed after it: "Simon Aldridge Thu" -> "Simon
    Aldridge", "Nadia Feld, Sep" -> "Nadia Feld", "Sep 10, 2024" -> ""; a name is never cut to nothing but for a date.

    Examples
    --------
    >>> _without_date("Nadia Feld, Sep"), _without_date("Simon Aldridge Thu"), _without_date("Nov 21, 2023 at 9:40")
    ('Nadia Feld', 'Simon Aldridge', '')
    >>> _without_date("Mayra Sun, Staff Writer"), _without_date("Theresa May"), _without_date("Theresa May 4 June")
    ('Mayra Sun, Staff Writer', 'Theresa May', 'Theresa May')
    """
    words = " ".join(name.split()).split(" ")
    for i, word in enumerate(words):
        bare, after = word.strip(",.").lower(), words[i + 1] if i + 1 < len(words) else ""
        dated = after[:1].isdigit() or after.strip(",.").lower() in _DATE_WORDS
        if re.fullmatch(r"\d[\d:.,/-]*", bare) or bare in _DATE_WORDS and (
                dated and (i != 1 or bare not in _NAME_DATE_WORDS) or not after and bare not in _NAME_DATE_WORDS):
            return " ".join(words[:i]).rstrip(" ,")
    return " ".join(words)


def _norm(value: str) -> str:
    return " ".join(value.translate(_QUOTES).casefold().split())


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _is_article(item: dict) -> bool:
    kinds = item.get("@type", "")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and (k.endswith("Article") or k in ("BlogPosting", "Report")) for k in kinds)


def _persons(value) -> list[str]:
    """The names of the people a JSON-LD ``author`` holds (an Organization is a publisher, not a byline)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict) and item.get("@type", "Person") in ("Person", ["Person"]):
            item = item.get("name")
        if isinstance(item, str):
            name = " ".join(item.split())
            if name and len(name) <= 80 and not _NOT_A_NAME_RE.search(name) and name not in names:
                names.append(name)
    return names


def _json_ld_items(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    items = data if isinstance(data, list) else [data]
    if isinstance(data, dict) and isinstance(data.get("@graph"), list):
        items = data["@graph"]
    return [item for item in items if isinstance(item, dict)]


def _string(value, key: str = "") -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get(key) if key else (value.get("@id") or value.get("url") or value.get("name"))
    return value.strip() if isinstance(value, str) and value.strip() else None
