"""TempEval-style scores of kg-builder's temporal tagger (and of PyPI alternatives) on bench/timex/gold.txt.

    python bench/timex.py                   # kg.timex alone (the rules; no model)
    python bench/timex.py --cost            # the share of build time that statement dates take (model needed)
    python bench/timex.py --all             # also spaCy DATE/TIME spans and the libraries that are importable:
                                            # dateparser, datefinder, parsedatetime, ctparse, timexy

Scores as TempEval-3 does: a system expression matches a gold one when their spans overlap (relaxed) or are
equal (strict); value F1 counts a match only when the TIMEX3 value is also equal (P over system expressions,
R over gold ones). The gold is 16 short news texts written for this bench (see the file's header).
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "timex" / "gold.txt"
TAG = re.compile(r"<(DATE|TIME|DURATION|SET) ([^>]+)>(.*?)</>")


def read_gold(path: Path = GOLD) -> list[dict]:
    """Documents as {"id", "date", "text", "timexes": [(start, end, type, value)]}."""
    docs, current, held_out = [], None, False
    for line in path.read_text(encoding="utf-8").splitlines():
        held_out = held_out or line.startswith("# The documents below")
        if line.startswith("## "):
            _, doc_id, date = line.split()
            current = {"id": doc_id, "date": date, "raw": [], "held_out": held_out}
            docs.append(current)
        elif current is not None and line.strip():
            current["raw"].append(line)
    for doc in docs:
        raw, text, spans, pos = "\n".join(doc.pop("raw")), "", [], 0
        for m in TAG.finditer(raw):
            text += raw[pos:m.start()]
            spans.append((len(text), len(text) + len(m[3]), m[1], m[2]))
            text += m[3]
            pos = m.end()
        doc["text"], doc["timexes"] = text + raw[pos:], spans
    return docs


def score(gold: list[tuple], system: list[tuple]) -> dict:
    """Counts of relaxed and strict span matches and of value and type matches, one system expression a gold one."""
    used, out = set(), {"gold": len(gold), "system": len(system), "relaxed": 0, "strict": 0, "value": 0, "type": 0}
    for s in system:
        for i, g in enumerate(gold):
            if i not in used and s[0] < g[1] and g[0] < s[1]:
                used.add(i)
                out["relaxed"] += 1
                out["strict"] += (s[0], s[1]) == (g[0], g[1])
                out["value"] += s[3] == g[3]
                out["type"] += s[2] == g[2]
                break
    return out


def f1(hit: int, system: int, gold: int) -> tuple[float, float, float]:
    p, r = hit / system if system else 0.0, hit / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


# ------------------------------------------------------------------------------------------------- systems

def ours(doc):
    from kg.timex import find_timexes
    return [(t.start, t.end, t.type, t.value) for t in find_timexes(doc["text"], doc["date"])]


def _spacy_spans(doc):
    from kg.nlp import load_pipeline
    global _NLP
    if "_NLP" not in globals():
        _NLP = load_pipeline()
    return [e for e in _NLP(doc["text"]).ents if e.label_ in ("DATE", "TIME")]


def spacy_ours(doc):
    """spaCy's DATE/TIME entities as spans, each normalised by kg.timex (its longest expression inside)."""
    from kg.timex import find_timexes
    out = []
    for ent in _spacy_spans(doc):
        inner = find_timexes(doc["text"][:ent.end_char], doc["date"])
        inner = [t for t in inner if t.start >= ent.start_char]
        best = max(inner, key=lambda t: t.end - t.start, default=None)
        out.append((ent.start_char, ent.end_char, best.type if best else "DATE", best.value if best else "X"))
    return out


def _value(when: dt.datetime, period: str) -> str:
    if period == "year":
        return str(when.year)
    if period == "month":
        return f"{when.year}-{when.month:02d}"
    if period == "week":
        y, w, _ = when.isocalendar()
        return f"{y}-W{w:02d}"
    if period == "time" and (when.hour or when.minute):
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def dateparser_search(doc):
    from dateparser import DateDataParser
    from dateparser.search import search_dates
    ref = dt.datetime.fromisoformat(doc["date"])
    settings = {"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    found = search_dates(doc["text"], languages=["en"], settings=settings) or []
    ddp, out, pos = DateDataParser(languages=["en"], settings=settings), [], 0
    for phrase, when in found:
        start = doc["text"].find(phrase, pos)
        if start < 0:
            continue
        pos = start + len(phrase)
        data = ddp.get_date_data(phrase)
        period = data.period if data and data.date_obj else "day"
        out.append((start, pos, "TIME" if period == "time" else "DATE", _value(when, period)))
    return out


def datefinder_find(doc):
    import datefinder
    ref = dt.datetime.fromisoformat(doc["date"])
    return [(i[0], i[1], "DATE", when.date().isoformat())
            for when, _, i in datefinder.find_dates(doc["text"], source=True, index=True, base_date=ref)]


def parsedatetime_nlp(doc):
    import parsedatetime
    cal = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)
    ref = dt.datetime.fromisoformat(doc["date"])
    out = []
    for when, ctx, start, end, _ in cal.nlp(doc["text"], sourceTime=ref) or ():
        period = "time" if ctx.hasTime and not ctx.hasDate else "day"
        out.append((start, end, "TIME" if period == "time" else "DATE", _value(when, period)))
    return out


def spacy_ctparse(doc):
    """spaCy's DATE/TIME entities as spans, each resolved by ctparse against the date line."""
    from ctparse import ctparse
    from ctparse.types import Duration, Interval, Time
    ref = dt.datetime.fromisoformat(doc["date"])
    out = []
    for ent in _spacy_spans(doc):
        value, kind = "X", "DATE"
        parsed = ctparse(ent.text, ts=ref, timeout=1)
        res = parsed.resolution if parsed else None
        if isinstance(res, Interval):
            res = res.t_from
        if isinstance(res, Time) and res.year:
            value = f"{res.year}" + (f"-{res.month:02d}" if res.month else "") + \
                (f"-{res.day:02d}" if res.month and res.day else "")
        elif isinstance(res, Duration):
            kind = "DURATION"
            unit = {"years": "Y", "months": "M", "weeks": "W", "days": "D", "hours": "H", "minutes": "M"}
            code = unit.get(str(res.unit.value) if hasattr(res.unit, "value") else str(res.unit), "X")
            value = f"PT{res.value}{code}" if code == "H" else f"P{res.value}{code}"
        out.append((ent.start_char, ent.end_char, kind, value))
    return out


def timexy_spans(doc):
    import spacy
    import timexy  # noqa: F401  (registers the factory)
    global _TNLP
    if "_TNLP" not in globals():
        _TNLP = spacy.blank("en")
        _TNLP.add_pipe("timexy", config={"label": "timexy", "kb_id_type": "timex3", "overwrite": True})
    out = []
    for ent in _TNLP(doc["text"]).ents:
        m = re.search(r'type="(\w+)" value="([^"]+)"', ent.kb_id_)
        kind, value = (m[1], m[2]) if m else ("DATE", "X")
        value = value[:10] if re.match(r"\d{4}-\d\d-\d\dT00:00:00", value) else value
        out.append((ent.start_char, ent.end_char, kind, value))
    return out


def cost(repeat: int = 3) -> None:
    """The share of build time that dating statements takes, in one run: the tagging and the parse-side attachment
    (kg.extract.dates.ClauseDates) against parse + extract + to_graph, on examples/articles and the dev cases."""
    import time

    from kg.extract.core import extract
    from kg.extract.dates import ClauseDates
    from kg.ingest import iter_articles
    from kg.nlp import gazetteer_of, load_pipeline
    from kg.rdf.build import to_graph
    root = Path(__file__).resolve().parent.parent
    paths = [p for p in (root / "examples" / "articles", root / "eval" / "dev", root.parent / "shared" / "eval" / "dev")
             if p.exists()]
    articles = [a for a in iter_articles(paths) if a.date]
    nlp = load_pipeline()
    gaz = gazetteer_of(nlp)
    build, dates = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe([a.text for a in articles]))
        for doc, art in zip(docs, articles):
            to_graph(extract(doc, art, gaz))
        t1 = time.perf_counter()
        for doc, art in zip(docs, articles):
            ClauseDates(doc, art.date)
        t2 = time.perf_counter()
        build.append(t1 - t0)
        dates.append(t2 - t1)
    b, d = min(build), min(dates)
    print(f"{len(articles)} articles: build {b:.2f} s, of which dates {d:.3f} s ({100 * d / b:.1f}% of build time)")


SYSTEMS = {"kg.timex (rules)": ours, "spaCy spans + kg.timex": spacy_ours, "dateparser.search_dates": dateparser_search,
           "datefinder": datefinder_find, "parsedatetime": parsedatetime_nlp, "spaCy spans + ctparse": spacy_ctparse,
           "timexy": timexy_spans}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also the alternatives that are importable")
    parser.add_argument("--errors", action="store_true", help="list kg.timex's misses and wrong values")
    parser.add_argument("--cost", action="store_true", help="the share of build time dating statements takes")
    args = parser.parse_args(argv)
    if args.cost:
        cost()
        return 0
    every = read_gold()
    for title, docs in (("all", every), ("held out", [d for d in every if d["held_out"]])):
        print(f"{title}: {len(docs)} documents, {sum(len(d['timexes']) for d in docs)} gold expressions")
        table(docs, args.all)
    if args.errors:
        errors(every)
    return 0


def table(docs: list[dict], everything: bool) -> None:
    print(f"{'system':28} {'relaxed F1':>10} {'strict F1':>10} {'value P':>8} {'value R':>8} {'value F1':>9}")
    for name, system in SYSTEMS.items():
        if not everything and system is not ours:
            continue
        total = {"gold": 0, "system": 0, "relaxed": 0, "strict": 0, "value": 0, "type": 0}
        try:
            for doc in docs:
                for key, n in score(doc["timexes"], system(doc)).items():
                    total[key] += n
        except ImportError as err:
            print(f"{name:28} (not installed: {err.name})")
            continue
        rel, strict = f1(total["relaxed"], total["system"], total["gold"]), f1(total["strict"], total["system"],
                                                                               total["gold"])
        p, r, f = f1(total["value"], total["system"], total["gold"])
        print(f"{name:28} {rel[2]:10.3f} {strict[2]:10.3f} {p:8.3f} {r:8.3f} {f:9.3f}")


def errors(docs: list[dict]) -> None:
    if True:
        for doc in docs:
            sys_t = ours(doc)
            for g in doc["timexes"]:
                hit = [s for s in sys_t if s[0] < g[1] and g[0] < s[1]]
                if not hit or hit[0][3] != g[3]:
                    print(f"  {doc['id']}: {doc['text'][g[0]:g[1]]!r} gold {g[3]} got {hit[0][3] if hit else '-'}")
            for s in sys_t:
                if not any(s[0] < g[1] and g[0] < s[1] for g in doc["timexes"]):
                    print(f"  {doc['id']}: {doc['text'][s[0]:s[1]]!r} spurious {s[3]}")


if __name__ == "__main__":
    sys.exit(main())
