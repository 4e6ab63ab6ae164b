"""HTTP with a total deadline, and web pages fetched politely enough for ``kg build FEED --fetch``.

Only the standard library's ``http.client`` is used. :func:`request` is one exchange that ends, answer read,
by a deadline (a server that trickles its answer cannot hold a command past it), with a byte cap; the SPARQL
client (:mod:`kg.remote`) and :func:`fetch_page` are built on it. :func:`fetch_page` gets one web page: a
User-Agent naming kg-builder, one deadline for the page and its redirects, a byte cap (on the body and on
what a gzip or deflate body unpacks to), at most :data:`MAX_REDIRECTS` redirects, to http(s) URLs only.
Every message names URLs through :func:`redact`: credentials in a URL are never shown.
"""
from __future__ import annotations

import http.client
import io
import re
import socket
import ssl
import time
import urllib.parse
from dataclasses import dataclass

from kg.errors import FetchError, one_line

__all__ = ["fetch_page", "Page", "request", "TooLarge", "redact", "USER_AGENT", "MAX_REDIRECTS", "PAGE_MAX_BYTES",
           "PAGE_TIMEOUT"]

PAGE_TIMEOUT = 30.0
MAX_REDIRECTS = 5
PAGE_MAX_BYTES = 5_000_000
_REDIRECTS = (301, 302, 303, 307, 308)
_PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
_USERINFO = re.compile(r"(?<=//)[^/@\s]*@")


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with the credentials of any URL in it, and each of ``secrets``, replaced by ``***``.

    The one helper every message about an endpoint goes through.

    Examples
    --------
    >>> redact("Cannot reach http://ann:s3cret@host:7878/store")
    'Cannot reach http://***@host:7878/store'
    >>> redact("server said: bad password s3cret", "s3cret")
    'server said: bad password ***'
    """
    text = _USERINFO.sub("***@", str(text))
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return f"kg-builder/{version('kg-builder')}"
    except PackageNotFoundError:
        return "kg-builder"


USER_AGENT = f"{_user_agent()} (news articles to a knowledge graph; one page at a time)"


@dataclass(frozen=True)
class Page:
    """A fetched web page: the URL it came from (after redirects), its media type and charset, its bytes."""

    url: str
    content_type: str       # "" when the server named none
    charset: str | None
    data: bytes


def fetch_page(url: str, *, timeout: float = PAGE_TIMEOUT, max_bytes: int = PAGE_MAX_BYTES,
               max_redirects: int = MAX_REDIRECTS, user_agent: str = USER_AGENT, accept: str = _PAGE_ACCEPT
               ) -> Page:
    """GET one web page, following at most ``max_redirects`` redirects to http(s) URLs.

    Parameters
    ----------
    url : str
        An http or https URL. Credentials in it are neither sent nor shown.
    timeout : float
        Seconds the page may take in all, its redirects included.
    max_bytes : int
        The largest body read; a larger page is refused (at once when its Content-Length says so).
    max_redirects : int
        Redirects (301, 302, 303, 307, 308) followed before giving up.
    user_agent, accept : str
        The ``User-Agent`` and ``Accept`` headers.

    Returns
    -------
    Page
        Any 2xx answer, whatever its media type.

    Raises
    ------
    FetchError
        With ``reason`` one of ``"not http(s)"``, ``"timeout"``, ``"unreachable"``, ``"TLS"``, ``"too large"``,
        ``"too many redirects"``, ``"HTTP <status>"``, ``"bad answer"``; the message is one line, redacted.

    Examples
    --------
    >>> fetch_page("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    kg.errors.FetchError: file:///etc/passwd: not an http(s) URL; not fetched
    """
    deadline = time.monotonic() + timeout
    asked = redact(url.strip())[:200]
    for hop in range(max_redirects + 1):
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            what = f"redirected to {redact(url)[:200]}, which is not http(s)" if hop else "not an http(s) URL"
            raise FetchError("not http(s)", f"{asked}: {what}; not fetched")
        # no credentials sent, no fragment, and a path written in non-ASCII characters percent-encoded
        path, query = (urllib.parse.quote(part, safe="/%:@!$&'()*+,;=?~") for part in (parts.path, parts.query))
        url = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2], path=path, query=query,
                                                     fragment=""))
        headers = {"User-Agent": user_agent, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
        try:
            status, reason, answer, data = request(url, "GET", None, headers, deadline, max_bytes)
        except TooLarge as err:
            size = f" ({err.args[0]:,} bytes)" if err.args[0] else ""
            raise FetchError("too large", f"{url}: is over the {max_bytes:,}-byte limit{size}; not read") from None
        except (socket.timeout, TimeoutError):
            raise FetchError("timeout", f"{url}: did not arrive within {timeout:g} s; try a larger --timeout"
                             ) from None
        except socket.gaierror:
            raise FetchError("unreachable", f"{url}: unknown host {parts.hostname!r}") from None
        except ConnectionRefusedError as err:
            raise FetchError("unreachable", f"{url}: cannot be reached ({err.strerror})") from None
        except ssl.SSLError as err:
            raise FetchError("TLS", f"{url}: its TLS could not be trusted or set up ({one_line(err)[:120]})"
                             ) from None
        except (OSError, http.client.HTTPException, ValueError) as err:
            raise FetchError("bad answer", f"{url}: {one_line(err)[:100] or type(err).__name__}") from None
        if status in _REDIRECTS and answer.get("Location"):
            url = urllib.parse.urljoin(url, answer.get("Location").strip())
            continue
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status}", f"{url}: answered HTTP {status} {one_line(reason)[:60]}".rstrip())
        data = _decompress(url, data, (answer.get("Content-Encoding") or "").strip().lower(), max_bytes)
        content_type = answer.get_content_type() if answer.get("Content-Type") else ""
        return Page(url, content_type, answer.get_content_charset(), data)
    raise FetchError("too many redirects", f"{url}: more than {max_redirects} redirects; not followed")


def _decompress(url: str, data: bytes, encoding: str, max_bytes: int) -> bytes:
    """A gzip or deflate body unpacked, never past ``max_bytes`` (a small bomb cannot fill the memory)."""
    if encoding in ("", "identity"):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError("bad answer", f"{url}: sent in the encoding {encoding[:40]!r}, which kg cannot read")
    import zlib
    wbits = zlib.MAX_WBITS | 32 if encoding != "deflate" else zlib.MAX_WBITS   # 32: gzip or zlib header
    try:
        try:
            unpack = zlib.decompressobj(wbits)
            out = unpack.decompress(data, max_bytes + 1)
        except zlib.error:
            if encoding != "deflate":
                raise
            unpack = zlib.decompressobj(-zlib.MAX_WBITS)       # raw deflate, as some servers send it
            out = unpack.decompress(data, max_bytes + 1)
    except zlib.error as err:
        raise FetchError("bad answer", f"{url}: its {encoding} body cannot be unpacked ({one_line(err)[:80]})"
                         ) from None
    if len(out) > max_bytes:
        raise FetchError("too large", f"{url}: is over the {max_bytes:,}-byte limit once unpacked; not read")
    return out


# -- HTTP with a total deadline -----------------------------------------------------------------

class _DeadlineSocket:
    """A connected socket whose every send and receive ends by one deadline (``TimeoutError`` after it)."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.deadline = deadline

    def arm(self) -> None:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self.sock.settimeout(left)

    def sendall(self, data) -> None:
        self.arm()
        self.sock.sendall(data)

    def makefile(self, mode: str = "rb", *args, **kwargs):
        return io.BufferedReader(_DeadlineReader(self))

    def close(self) -> None:
        pass            # http.client closes before the body is read; request() closes the real socket after

    def __getattr__(self, name):
        return getattr(self.sock, name)


class _DeadlineReader(io.RawIOBase):
    def __init__(self, owner: _DeadlineSocket) -> None:
        self.owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.owner.arm()
        return self.owner.sock.recv_into(buffer)


def _connection(parts: urllib.parse.SplitResult, deadline: float) -> http.client.HTTPConnection:
    base = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection

    class Connection(base):
        def connect(self) -> None:
            super().connect()
            self.raw_socket = self.sock
            self.sock = _DeadlineSocket(self.sock, deadline)

    left = max(deadline - time.monotonic(), 0.001)
    if parts.scheme == "https":
        return Connection(parts.hostname, parts.port, timeout=left, context=ssl.create_default_context())
    return Connection(parts.hostname, parts.port, timeout=left)


class TooLarge(Exception):
    """An answer over the byte cap (its Content-Length, or None when it said none)."""


def request(url: str, method: str, body: bytes | None, headers: dict[str, str], deadline: float,
              max_bytes: int | None = None) -> tuple[int, str, http.client.HTTPMessage, bytes]:
    """One HTTP request that ends, answer read, by ``deadline``: status, reason, headers and body.

    With ``max_bytes``, an answer over the cap raises :class:`TooLarge`: at once when its Content-Length says
    so, else after one byte more than the cap is read. Network errors are raised as they come
    (``TimeoutError``, ``OSError``, ``http.client.HTTPException``).
    """
    parts = urllib.parse.urlsplit(url)
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    connection = _connection(parts, deadline)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        if max_bytes is None:
            data = response.read()
        else:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise TooLarge(int(length))
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise TooLarge(None)
        return response.status, response.reason, response.headers, data
    finally:
        connection.close()
        raw = getattr(connection, "raw_socket", None)
        if raw is not None:
            raw.close()


