"""News pages of our own in varied real-world layouts, and WARC files of them (for the reading bench and examples).

The pages carry the synthetic articles of ``bench/corpus.py`` in six layouts that real news sites use: a plain
``<article>``, ``<div>`` text with ``<br>`` breaks, JSON-LD metadata only, subheadings and lists, a reader
comment under the story, and related-post teasers beside it; each with menus, a footer and scripts around it.
A crawl also holds what real crawls hold besides pages: request records, a 404, an image, a redirect, a
revisit and a duplicate.

    python bench/warcs.py 1000 -o bench/out/crawl.warc.gz
"""
from __future__ import annotations

import argparse
import html
import io
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article  # noqa: E402

LAYOUTS = ("article", "div-br", "json-ld", "lists", "comment", "related")

_CHROME_TOP = ('<div class="masthead"><a href="/">The Example Courier</a></div><nav><ul>{links}</ul></nav>'
               '<!--[if lt IE 9]><p class="upgrade">Please upgrade your browser.</p><![endif]-->')
_CHROME_BOTTOM = ('<aside class="newsletter"><p>Get the morning briefing in your inbox.</p></aside>'
                  '<aside class="most-read"><h2>Most read</h2><ol>{most}</ol></aside>'
                  '<footer><p>&copy; The Example Courier. All rights reserved.</p><ul>{links}</ul></footer>'
                  '<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "{n}"}});'
                  + "var cfg = " + json.dumps({f"slot{k}": {"size": [300, 250], "targeting": {"section": "news",
                                                                                               "pos": k}}
                                               for k in range(120)}).replace("{", "{{").replace("}", "}}")
                  + ";</script>")
_SECTIONS = ["World", "Politics", "Business", "Markets", "Opinion", "Sport", "Culture", "Science"]


def page(index: int, seed: int = 7, layout: str | None = None) -> tuple[str, str]:
    """One news page: its URL and its HTML, in one of LAYOUTS (chosen by the index when not given)."""
    # 40-70 sentences: about 5 KB of story, the length of a real news article (the parse runs ~7 of those a second)
    record = article(index, seed=seed, sentences=(40, 70))
    rng = random.Random(f"page:{seed}:{index}")
    layout = layout or LAYOUTS[index % len(LAYOUTS)]
    title, day = html.escape(record["title"]), record["date"]
    url = f"https://courier.example/{day.replace('-', '/')}/story-{index}"
    paragraphs = [html.escape(p) for p in record["text"].split("\n\n")]
    author = rng.choice(["Ana Ruiz", "Tom Berg", "Lena Fischer", "Priya Natarajan", "Daniel Ortega"])
    # real pages carry far more than the story: a mega-menu, "most read" lists, tracking scripts, a big footer
    links = "".join(f'<li><a href="/{s.lower()}/{k}">{s} {k}</a></li>' for k in range(20) for s in _SECTIONS)
    most = "".join(f'<li><a href="/most/{k}">{html.escape(article(index + 100 + k, seed)["title"])}</a></li>'
                   for k in range(10))
    meta = (f'<meta property="og:title" content="{title}"><meta name="author" content="{author}">'
            f'<meta property="article:published_time" content="{day}T{rng.randint(0, 23):02d}:15:00-05:00">'
            f'<link rel="canonical" href="{url}">')
    if layout == "div-br":
        body = f'<h1>{title}</h1><div class="byline">By {author}</div><div class="text">' + \
               "<br><br>\n".join(paragraphs) + "</div>"
    elif layout == "json-ld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": record["title"],
              "datePublished": f"{day}T22:45:00-07:00", "author": {"@type": "Person", "name": author},
              "mainEntityOfPage": url}
        meta = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        body = '<div class="article-body">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    elif layout == "lists":
        half = len(paragraphs) // 2
        items = "".join(f"<li>{p.split('. ')[0]}.</li>" for p in paragraphs[:3])
        body = (f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs[:half])
                + f"<h2>What happens next</h2><ul>{items}</ul>"
                + "".join(f"<p>{p}</p>" for p in paragraphs[half:]) + "</article>")
    else:
        body = f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"
        if layout == "comment":
            body += ('<section id="comments"><h3>1 comment</h3><article class="comment"><p><b>Reader</b> says:</p>'
                     "<p>I have followed this story for years and I think the officials quoted here are wrong "
                     "about almost everything, as anyone who lives here can tell you.</p></article></section>")
        elif layout == "related":
            teasers = "".join(f'<article class="teaser"><h3><a href="/r{index}-{k}">{html.escape(article(index + k + 1, seed)["title"])}</a>'
                              f'</h3><p><a href="/r{index}-{k}">{html.escape(article(index + k + 1, seed)["text"][:220])}</a></p></article>'
                              for k in range(4))
            body += f'<section class="related"><h2>Related</h2>{teasers}</section>'
    doc = (f'<!DOCTYPE html>\n<!--[if gt IE 8]><!--><html lang="en"><!--<![endif]--><head><meta charset="utf-8">'
           f"<title>{title} | The Example Courier</title>{meta}</head><body>{_CHROME_TOP.format(links=links)}"
           f'<main>{body}</main>{_CHROME_BOTTOM.format(links=links, n=index, most=most)}</body></html>')
    return url, doc


def write_warc(path: str | Path, pages, extras: bool = True, gzip: bool = True) -> int:
    """Write (url, html) pages as HTTP 200 response records, with a request record before each; return the count.

    With ``extras``, every 50th page also gets the other records a crawl holds: a 404, an image, a redirect,
    a revisit and a duplicate of the page.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(writer, url, body: bytes, status="200 OK", ctype="text/html; charset=utf-8"):
        http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

    count = 0
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(Path(path).name, {"software": "kg-builder bench"}))
        for n, (url, doc) in enumerate(pages):
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            response(writer, url, doc.encode("utf-8"))
            count += 1
            if extras and n % 50 == 0:
                response(writer, url + "/missing", b"<html><body><p>Not found.</p></body></html>", "404 Not Found")
                response(writer, url + "/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(200), ctype="image/jpeg")
                response(writer, url + "?ref=home", doc.encode("utf-8"))
                writer.write_record(writer.create_revisit_record(
                    url + "?amp=1", digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", refers_to_uri=url,
                    refers_to_date="2022-02-01T00:00:00Z"))
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    n = write_warc(args.output, (page(i, args.seed) for i in range(args.pages)))
    print(f"wrote {n} pages to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
