"""Our HTML reader on real saved news pages, scored against the body text and metadata newspaper4k accepts.

The pages are the test pages of newspaper4k's source distribution (not part of this repository; fetch them):

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/sd
    tar xzf /tmp/sd/newspaper4k-0.9.6.tar.gz -C /tmp
    python bench/realpages.py /tmp/newspaper4k-0.9.6 [--newspaper-python PY] [--pages]

``tests/data/html/NAME.html`` is a page saved from a news site (CNN, Time, Wired, fox13now, cleveland.com,
Yonhap, ... and pages in Arabic, Chinese, Japanese, Spanish, Thai, Burmese, Latvian), ``tests/data/txt/NAME.txt``
the body text newspaper4k's authors accept as right for it, ``tests/data/metadata/NAME.json`` its title,
authors and publish date. **The reference is newspaper4k's own accepted output**: it favours newspaper4k's
notion of the body (it keeps image captions, "Related Stories" lines and bylines some pages put in the story)
and its author lists hold names from related-article blocks; read the figures with that in mind.

Three readers: ours (``kg.ingest.iter_articles`` with the default model's language, the path ``kg build``
takes for a .html file, language check included), trafilatura called bare (``bare_extraction(page,
with_metadata=True)``, every other option at its default) and newspaper4k (``Article.download(input_html=...)``
then ``parse()``), run by ``--newspaper-python``, the interpreter of a virtualenv that has it
(``pip install newspaper4k``; it is no dependency of kg-builder).

Body: bag-of-tokens precision, recall and F1 against the reference (words, lower-cased; single characters for
Chinese, Japanese, Thai and Burmese, which are written without spaces), the usual measure for article
extraction. A page is failing when the reader gives no article. Pages in a language other than the model's
are reported apart: ours should leave them out with a reason, which is not a failure. Headline: found, and
equal to the reference title (case, blanks and quote marks aside). Date: found, and the reference's day
(the publisher's local day as the reference writes it). Author: found, and one of its names among the
reference's authors. Identical pages (two names, one file) are scored once.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import warnings
from collections import Counter
from pathlib import Path

warnings.filterwarnings("ignore")

_CHAR_LANGS = {"zh", "ja", "th", "my"}
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _data_dir(root: Path) -> Path:
    for candidate in (root / "tests" / "data", root / "data", root):
        if (candidate / "html").is_dir() and (candidate / "txt").is_dir():
            return candidate
    sys.exit(f"realpages: {root}: holds no tests/data/html and tests/data/txt; give the extracted newspaper4k sdist")


def load_pages(root: Path) -> tuple[list[dict], list[str], list[tuple[str, str]]]:
    """The pages with a reference text, the names of pages without one, and (duplicate, kept) pairs.

    Of two byte-identical pages the first by name is kept (newspaper4k's video_article_01 is cleveland.com1).
    """
    data = _data_dir(root)
    pages, unreferenced, duplicates, seen = [], [], [], {}
    for html in sorted((data / "html").glob("*.html")):
        digest = hashlib.sha256(html.read_bytes()).hexdigest()
        txt = data / "txt" / f"{html.stem}.txt"
        if not txt.exists():
            unreferenced.append(html.stem)
            continue
        if digest in seen:
            duplicates.append((html.stem, seen[digest]))
            continue
        meta_file = data / "metadata" / f"{html.stem}.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        seen[digest] = html.stem
        pages.append({"name": html.stem, "path": str(html), "reference": txt.read_text(encoding="utf-8"),
                      "meta": meta})
    return pages, unreferenced, duplicates


def _declared_language(path: Path) -> str | None:
    """The page's <html lang>, for a page whose reference metadata gives no language."""
    found = re.search(rb"<html[^>]*?\slang=[\"']?([A-Za-z]{2,3})", path.read_bytes()[:20000], re.IGNORECASE)
    return found.group(1).decode().lower() if found else None


def tokens(text: str, language: str | None) -> Counter:
    words = re.findall(r"\w+", (text or "").lower())
    if language in _CHAR_LANGS:
        return Counter(ch for word in words for ch in word)
    return Counter(words)


def prf(predicted: str, reference: str, language: str | None) -> tuple[float, float, float]:
    p, g = tokens(predicted, language), tokens(reference, language)
    common = sum((p & g).values())
    precision, recall = common / max(sum(p.values()), 1), common / max(sum(g.values()), 1)
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def _norm(value: str | None) -> str:
    return " ".join((value or "").translate(_QUOTES).casefold().split())


def _names(value) -> set[str]:
    if isinstance(value, list):
        parts = value
    else:
        parts = re.split(r",\s*|;\s*|\s+and\s+", value or "")
    return {_norm(p) for p in parts if _norm(p)}


def _ours(page: dict, check_language: bool = True) -> dict:
    from kg.errors import InputError
    from kg.ingest import iter_articles
    from kg.ingest.language import model_language
    from kg.resources import DEFAULT_MODEL

    skipped: list[str] = []
    errors: list[str] = []
    language = model_language(DEFAULT_MODEL)
    try:
        articles = list(iter_articles([page["path"]], on_error=lambda err: errors.append(str(err)),
                                      on_skip=skipped.append,
                                      languages={language} if language and check_language else None))
    except InputError as err:
        errors.append(str(err))
        articles = []
    if not articles:
        return {"text": "", "skip": (skipped or errors or ["no article"])[0]}
    a = articles[0]
    return {"text": a.text, "title": a.headline, "date": a.date, "author": a.author}


def _trafilatura(page: dict) -> dict:
    import trafilatura
    doc = trafilatura.bare_extraction(Path(page["path"]).read_bytes(), with_metadata=True)
    if doc is None:
        return {"text": "", "skip": "no article"}
    return {"text": doc.text or "", "title": doc.title, "date": doc.date, "author": doc.author}


def _newspaper_child(paths: list[str]) -> None:
    """Run in the newspaper4k virtualenv: print one JSON line per page."""
    from newspaper import Article
    for path in paths:
        meta = Path(path).parent.parent / "metadata" / f"{Path(path).stem}.json"
        url = json.loads(meta.read_text(encoding="utf-8")).get("url") if meta.exists() else None
        try:
            art = Article(url=url or "http://www.test.com/", fetch_images=False)
            art.download(input_html=Path(path).read_text(encoding="utf-8"))
            art.parse()
            out = {"text": art.text or "", "title": art.title, "author": ", ".join(art.authors) or None,
                   "date": art.publish_date.date().isoformat() if art.publish_date else None}
            if not out["text"].strip():
                out["skip"] = "no article"
        except Exception as err:    # noqa: BLE001 - a failing page is a result here
            out = {"text": "", "skip": f"error: {type(err).__name__}"}
        print(json.dumps(out), flush=True)


def _newspaper(pages: list[dict], python: str) -> list[dict] | None:
    proc = subprocess.run([python, __file__, "--newspaper-child", *(p["path"] for p in pages)],
                          capture_output=True, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or len(lines) != len(pages):
        print(f"realpages: newspaper4k run failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return [json.loads(line) for line in lines]


def score(out: dict, page: dict, language: str | None) -> dict:
    meta = page["meta"]
    failed = not out.get("text", "").strip()
    p, r, f = prf(out.get("text", ""), page["reference"], language)
    ref_day = (meta.get("publish_date") or "")[:10] or None
    ref_authors = _names(meta.get("authors") or [])
    return {
        "failed": failed, "p": p, "r": r, "f": f, "skip": out.get("skip"),
        "title_found": bool(out.get("title")), "title_equal": bool(out.get("title")) and meta.get("title") is not None
        and _norm(out.get("title")) == _norm(meta.get("title")),
        "date_found": bool(out.get("date")), "date_ref": ref_day is not None,
        "date_equal": ref_day is not None and (out.get("date") or "")[:10] == ref_day,
        "author_found": bool(out.get("author")), "author_ref": bool(ref_authors),
        "author_match": bool(_names(out.get("author")) & ref_authors),
    }


def _short(reason: str | None) -> str:
    """A reader's reason without the path it names."""
    return (reason or "no article").split(": ", 1)[-1].split(";")[0]


def _mark(found: bool, equal: bool, has_ref: bool = True) -> str:
    if not found:
        return "-"
    return "=" if equal else ("~" if has_ref else "+")


def _totals(scores: list[dict]) -> dict:
    read = [s for s in scores if not s["failed"]]
    n = len(scores)
    micro = {k: sum(s[k] for s in read) / max(len(read), 1) for k in ("p", "r", "f")}
    return {
        "pages": n, "failing": n - len(read), **micro,
        "language_skips": sum(1 for s in scores if s["failed"] and (s["skip"] or "").startswith("language ")),
        "f_all": sum(s["f"] for s in scores) / max(n, 1),
        "title": (sum(s["title_found"] for s in scores), sum(s["title_equal"] for s in scores)),
        "date": (sum(s["date_found"] for s in scores), sum(s["date_equal"] for s in scores),
                 sum(s["date_ref"] for s in scores)),
        "author": (sum(s["author_found"] for s in scores), sum(s["author_match"] for s in scores),
                   sum(s["author_ref"] for s in scores)),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", type=Path, help="the extracted newspaper4k sdist")
    parser.add_argument("--newspaper-python", help="python of a virtualenv with newspaper4k installed")
    parser.add_argument("--pages", action="store_true", help="print each reader's text per page too")
    parser.add_argument("--newspaper-child", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.newspaper_child is not None:
        _newspaper_child(args.newspaper_child)
        return
    if args.root is None:
        parser.error("give the directory of the extracted newspaper4k sdist")
    pages, unreferenced, duplicates = load_pages(args.root)
    from kg.ingest.language import detect_language

    readers = {"ours": [_ours(p) for p in pages], "trafilatura": [_trafilatura(p) for p in pages]}
    if args.newspaper_python:
        found = _newspaper(pages, args.newspaper_python)
        if found is not None:
            readers["newspaper4k"] = found
    english, other = [], []
    for i, page in enumerate(pages):
        page["lang"] = (page["meta"].get("language") or _declared_language(Path(page["path"]))
                        or detect_language(page["reference"]) or "?")
        (english if page["lang"] == "en" else other).append(i)
    print(f"{len(pages)} pages with a reference ({len(english)} English, {len(other)} not); "
          f"duplicates scored once: {', '.join(f'{a} = {b}' for a, b in duplicates) or 'none'}")
    print("marks: = equal to the reference, ~ found but different, + found (no reference value), - none\n")
    # what ours reads of a page in another language when the user gives a pipeline for it (--model)
    readers["ours, any language"] = [_ours(p, check_language=False) if i in other else {} for i, p in enumerate(pages)]
    for title, group in (("English pages", english), ("Pages in other languages", other)):
        print(f"## {title}\n")
        names = [n for n in readers if group is other or n != "ours, any language"]
        head = "| page | lang | " + " | ".join(f"{n} P/R/F1" for n in names)
        head += " | " + " | ".join(f"{n} title/date/author" for n in names) + " |"
        print(head)
        print("|" + " --- |" * (2 + 2 * len(names)))
        scores = {n: [] for n in names}
        for i in group:
            page, cells, marks = pages[i], [], []
            for n in names:
                s = score(readers[n][i], page, page["lang"])
                scores[n].append(s)
                cells.append(f"fails ({_short(s['skip'])})" if s["failed"] else f"{s['p']:.2f}/{s['r']:.2f}/{s['f']:.2f}")
                marks.append(_mark(s["title_found"], s["title_equal"]) + _mark(s["date_found"], s["date_equal"],
                             s["date_ref"]) + _mark(s["author_found"], s["author_match"], s["author_ref"]))
            print(f"| {page['name']} | {page['lang']} | " + " | ".join(cells) + " | " + " | ".join(marks) + " |")
        print()
        for n in names:
            t = _totals(scores[n])
            (tf, te), (df, de, dr), (af, am, ar) = t["title"], t["date"], t["author"]
            skips = f" ({t['language_skips']} of them left out by language)" if t["language_skips"] else ""
            print(f"{n:12} {t['pages']} pages, failing {t['failing']}{skips}; body on pages read P {t['p']:.3f} "
                  f"R {t['r']:.3f} F1 {t['f']:.3f} (F1 over all, failing as 0: {t['f_all']:.3f}); "
                  f"headline {tf}/{t['pages']} (equal {te}); date {df}/{t['pages']} (equal {de}/{dr} with a "
                  f"reference day); author {af}/{t['pages']} (matching {am}/{ar} with reference authors)")
        print()
    print("Pages without a reference text (front pages, redirects, a feed), ours: ")
    for name in unreferenced:
        out = _ours({"path": str(_data_dir(args.root) / "html" / f"{name}.html")})
        print(f"  {name}: " + (f"no article ({_short(out['skip'])})" if not out["text"] else
                               f"read as an article of {len(out['text'].split())} words"))
    if args.pages:
        for i, page in enumerate(pages):
            for n in (n for n in readers if readers[n][i]):
                print(f"\n===== {page['name']} / {n}: {readers[n][i].get('title')!r} {readers[n][i].get('date')} "
                      f"{readers[n][i].get('author')!r}\n{readers[n][i].get('text', '')}")


if __name__ == "__main__":
    main()
