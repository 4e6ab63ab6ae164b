"""HTML extractors compared on our own pages: trafilatura (what kg-builder uses), readability-lxml, newspaper4k.

    pip install readability-lxml newspaper4k      # not dependencies of kg-builder; for this comparison only
    python bench/extractors.py [PAGES]

Two measures. (1) Token P/R/F1 of each extractor's text against the known story, on PAGES synthetic pages of
``bench/warcs.py`` (six layouts), with pages/s. (2) The hand-written pages in ``tests/data/html`` that reproduce
the classes the old reader got wrong (the ``<!--<![endif]-->`` idiom, div+br bodies, related posts, a reader
comment, lists and subheadings, JSON-LD metadata, a page with no story): phrases that must and must not be in
the text, and the JSON-LD date and author.
"""
from __future__ import annotations

import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
warnings.filterwarnings("ignore")

PAGES = Path(__file__).parent.parent / "tests" / "data" / "html"
CHECKS = {
    "endif-idiom.html": (["dredging is expected to begin", "Fishermen had opposed"], ["outdated browser", "About us"]),
    "div-br-body.html": (["The town library will open on Sundays", "when the grant runs out"], ["Valley Gazette"]),
    "related-posts.html": (["ordered forty new electric trains", "reduce emissions sharply"], ["Bus drivers", "ferry"]),
    "reader-comment.html": (["postponed a vote on higher parking fees", "bringing the plan back"],
                            ["forty years", "first two hours free"]),
    "lists-subheadings.html": (["The top rate stays at 42 percent", "Income tax", "Heating oil is taxed"], []),
    "json-ld.html": (["Thousands of residents were ordered", "as many as 5,000 evacuees"], []),
}


def _trafilatura(page):
    import trafilatura
    doc = trafilatura.bare_extraction(page, include_comments=False, include_tables=False, with_metadata=True)
    return (doc.text, doc.date, doc.author) if doc else ("", None, None)


def _readability(page):
    import lxml.html
    from readability import Document
    return lxml.html.fromstring(Document(page).summary()).text_content(), None, None


def _newspaper(page):
    from newspaper import Article
    art = Article(url="https://courier.example/a", language="en")
    art.download(input_html=page)
    art.parse()
    return art.text, (art.publish_date.date().isoformat() if art.publish_date else None), ", ".join(art.authors) or None


def _scores(pred: str, gold: str) -> tuple[float, float, float]:
    p, g = Counter(re.findall(r"\w+", pred.lower())), Counter(re.findall(r"\w+", gold.lower()))
    common = sum((p & g).values())
    precision, recall = common / max(sum(p.values()), 1), common / max(sum(g.values()), 1)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(argv: list[str] | None = None) -> int:
    from corpus import article
    from warcs import LAYOUTS, page

    n = int((argv or sys.argv[1:] or ["120"])[0])
    pages = [(page(i)[1], article(i, sentences=(40, 70))["text"]) for i in range(n)]
    for name, extract in (("trafilatura", _trafilatura), ("readability-lxml", _readability),
                          ("newspaper4k", _newspaper)):
        try:
            extract(pages[0][0])
        except ImportError as err:
            print(f"{name}: not installed ({err.name})")
            continue
        started = time.perf_counter()
        scores = [_scores(extract(html)[0], gold) for html, gold in pages]
        rate = n / (time.perf_counter() - started)
        p, r, f = (sum(s[k] for s in scores) / n for k in range(3))
        passed = [f for f, (must, never) in CHECKS.items()
                  if (lambda t: all(m in t for m in must) and not any(m in t for m in never))(
                      extract((PAGES / f).read_text(encoding="utf-8"))[0])]
        _, date, author = extract((PAGES / "json-ld.html").read_text(encoding="utf-8"))
        empty = len(extract((PAGES / "no-story.html").read_text(encoding="utf-8"))[0].split())
        print(f"{name}: synthetic pages P {p:.3f} R {r:.3f} F1 {f:.3f} at {rate:.0f} pages/s; tricky pages "
              f"{len(passed)}/{len(CHECKS)} (failed: {sorted(set(CHECKS) - set(passed)) or 'none'}); JSON-LD date "
              f"{date}, author {author}; the page with no story gives {empty} words")
    print(f"({n} synthetic pages, layouts: {', '.join(LAYOUTS)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
