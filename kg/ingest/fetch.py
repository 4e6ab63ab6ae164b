"""Fetching the pages a feed only links to (``kg build FEED --fetch``), politely.

Only what the user asked for with ``--fetch`` touches the network, and only http(s) URLs. Pages are fetched one
at a time, with a fixed delay between two requests to one host (longer if the host's robots.txt asks for a
``Crawl-delay``), a User-Agent naming kg-builder, a total deadline and a byte cap per page, and at most five
redirects (see :func:`kg.web.fetch_page`). A host's robots.txt is read once and honoured: a page it
disallows for kg-builder is not fetched. A fetched page is read as a saved HTML page is
(:func:`kg.ingest.html.extract`), the feed item's URL, title, date and author filling what the page lacks.
"""
from __future__ import annotations

import time
import urllib.parse
from collections.abc import Callable
import urllib.robotparser
from dataclasses import replace

from kg.errors import FetchError, InputError, one_line
from kg.web import MAX_REDIRECTS, PAGE_MAX_BYTES, PAGE_TIMEOUT, USER_AGENT, Page, fetch_page
from kg.types import Article

__all__ = ["Fetcher", "DEFAULT_DELAY", "AGENT_TOKEN"]

DEFAULT_DELAY = 1.0
AGENT_TOKEN = "kg-builder"           # the name robots.txt rules address
_MAX_CRAWL_DELAY = 30.0              # a robots.txt asking for more is taken as asking for this
_ROBOTS_MAX_BYTES = 500_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class Fetcher:
    """Fetches web pages one at a time, politely, and reads them as articles.

    Parameters
    ----------
    timeout : float
        Seconds each page (its redirects included) may take in all.
    delay : float
        Seconds between two requests to the same host.
    max_bytes : int
        The largest page read.
    max_redirects : int
        Redirects followed per page (only to http(s) URLs).
    user_agent : str
        The User-Agent sent.
    robots : bool
        Read each host's robots.txt and honour it.

    Attributes
    ----------
    stored : callable or None
        ``stored(url)`` says whether the page at ``url`` is already built (the store of a build that
        writes only to a store sets it): such a page is not fetched again, and is left out as
        ``"already stored"``.

    Examples
    --------
    >>> Fetcher(timeout=5).article("ftp://example.org/story", "feed.rss:2")
    Traceback (most recent call last):
    ...
    kg.errors.FetchError: ftp://example.org/story: not an http(s) URL; not fetched
    """

    def __init__(self, timeout: float = PAGE_TIMEOUT, delay: float = DEFAULT_DELAY,
                 max_bytes: int = PAGE_MAX_BYTES, max_redirects: int = MAX_REDIRECTS,
                 user_agent: str = USER_AGENT, robots: bool = True) -> None:
        self.timeout, self.delay, self.max_bytes = float(timeout), max(float(delay), 0.0), int(max_bytes)
        self.max_redirects, self.user_agent, self.robots = int(max_redirects), user_agent, robots
        self._last: dict[str, float] = {}                  # host -> when its last request ended
        self._rules: dict[str, urllib.robotparser.RobotFileParser | FetchError | None] = {}
        self.stored: Callable[[str], bool] | None = None
        self._asked: set[str] = set()                         # the pages asked for, fetched once a run

    def page(self, url: str) -> Page:
        """Fetch one page, after the host's delay and robots.txt allow it.

        Raises
        ------
        FetchError
            As :func:`kg.web.fetch_page`, or with reason ``"robots.txt"`` when robots.txt disallows it.
        """
        host = self._host(url)
        if self.robots:
            self._check_robots(url, host)
        return self._get(url, host, self.max_bytes)

    def article(self, url: str, source: str, *, headline: str | None = None, date: str | None = None,
                author: str | None = None) -> Article:
        """The story of the page at ``url``; ``headline``, ``date`` and ``author`` fill what the page lacks.

        Raises
        ------
        FetchError
            The page could not be fetched (see :meth:`page`), is not HTML (``"not HTML"``), cannot be
            parsed (``"bad page"``) or has no story (``"no story"``); or it was not fetched, being
            asked for before in this run (``"duplicate"``) or in the store (``"already stored"``).
        """
        from kg.ingest.html import extract

        link = url.strip().partition("#")[0]
        if self.stored is not None and self.stored(link):
            raise FetchError("already stored", f"{link}: is in the store already; not fetched again")
        if link in self._asked:
            raise FetchError("duplicate", f"{link}: is linked again; fetched once")
        self._asked.add(link)
        page = self.page(url)
        if page.content_type not in _HTML_TYPES and not (page.content_type == "" and
                                                         page.data.lstrip()[:1] == b"<"):
            raise FetchError("not HTML", f"{page.url}: is {page.content_type or 'of no stated type'}, not HTML")
        try:
            found = extract(_decode(page), source, url=page.url, date=date)
        except InputError as err:
            raise FetchError("bad page", f"{page.url}: {one_line(err).partition(': ')[2]}") from None
        if not found.text:
            raise FetchError("no story", f"{page.url}: has no article text after parsing")
        return replace(found, headline=found.headline or headline, author=found.author or author)

    # -- politeness --------------------------------------------------------------------------------

    def _host(self, url: str) -> str:
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return ""     # fetch_page refuses it without a request
        try:
            port = parts.port
        except ValueError:
            return ""
        name = parts.hostname.lower()
        name = f"[{name}]" if ":" in name else name
        return f"{parts.scheme.lower()}://{name}" + (f":{port}" if port else "")

    def _get(self, url: str, host: str, max_bytes: int, accept: str | None = None) -> Page:
        if host:
            rules = self._rules.get(host)
            wait = self.delay
            if isinstance(rules, urllib.robotparser.RobotFileParser):
                wait = max(wait, min(float(rules.crawl_delay(AGENT_TOKEN) or 0), _MAX_CRAWL_DELAY))
            pause = self._last.get(host, float("-inf")) + wait - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        kwargs = {"accept": accept} if accept else {}
        try:
            return fetch_page(url, timeout=self.timeout, max_bytes=max_bytes, max_redirects=self.max_redirects,
                              user_agent=self.user_agent, **kwargs)
        finally:
            if host:
                self._last[host] = time.monotonic()

    def _check_robots(self, url: str, host: str) -> None:
        if not host:
            return
        if host not in self._rules:
            self._rules[host] = self._read_robots(host)
        rules = self._rules[host]
        if isinstance(rules, FetchError):
            raise FetchError(rules.reason, f"{url.strip()}: not fetched, {rules}")
        if rules is not None and not rules.can_fetch(AGENT_TOKEN, url.strip()):
            raise FetchError("robots.txt", f"{url.strip()}: the site's robots.txt disallows it; not fetched")

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | FetchError | None:
        """The host's rules; None (all allowed) when it has none; an error when it cannot say (RFC 9309)."""
        url = f"{host}/robots.txt"
        try:
            page = self._get(url, host, _ROBOTS_MAX_BYTES, accept="text/plain")
        except FetchError as err:
            if err.reason.startswith("HTTP 5"):                # the site cannot say: take it as a no
                return FetchError("robots.txt", f"its site's robots.txt answered {err.reason}")
            if err.reason in ("timeout", "unreachable", "TLS"):  # nor can a site that does not answer
                return FetchError(err.reason, f"its site's robots.txt could not be read: {err}")
            return None                                         # none (HTTP 404 ...): everything is allowed
        rules = urllib.robotparser.RobotFileParser(url)
        rules.parse(page.data.decode("utf-8", "replace").splitlines())
        return rules


def _decode(page: Page) -> str | bytes:
    """The page's text by its declared charset, or its bytes for the HTML reader to detect it."""
    if page.charset:
        try:
            return page.data.decode(page.charset, "replace")
        except LookupError:
            pass
    return page.data
