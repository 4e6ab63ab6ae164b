#!/usr/bin/env python3
"""Event types, factuality and dates on news sentences written for it (tests/data/events/sentences.json: many
CAMEO families and beats, sport and market sentences whose force verbs are metaphors, negated, reported and
hypothetical acts; each sentence written with its expected statement, CAMEO root, polarity, modality and date
before the builder ever ran on it).

    python bench/events_unseen.py [-v] [--file PATH]

Each sentence is extracted as an article of its own dated Wednesday 11 March 2026. An expected statement is found
when one statement has a subject whose entity key or text contains `subject`, a predicate among `predicates` and
an object whose entity key or text contains `object` ("?": any). Of the found ones it counts: the event type
(`cameo` a list of acceptable roots: the statement's code has one of them; null: the statement has no code, an
event coded on a non-event otherwise; "?": not checked), the polarity, the modality (a list: one of them; null:
not checked) and the date (`when`: the statement's date; null: none; "?": not checked).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests/data/events/sentences.json"
DATE = "2026-03-11"


def label(arg) -> str:
    return " ".join(x for x in (arg.entity or "", arg.text or "") if x).lower()


def matches(want: dict, st) -> bool:
    return (want["subject"] in label(st.subject) and st.predicate in want["predicates"]
            and (want["object"] == "?" or want["object"] in label(st.object)))


def judge(want: dict, st) -> dict:
    """Each check of one expected statement against the statement found for it (None: not checked)."""
    code, cameo = st.event_type, want["cameo"]
    return {
        "event": None if cameo in ("?", None) else bool(code) and code[:2] in cameo,
        "ev_non": None if cameo != None else bool(code),  # noqa: E711 (None is a value here)
        "polarity": None if want["polarity"] == "?" else st.polarity.value == want["polarity"],
        "modality": None if want["modality"] is None else st.modality.value in want["modality"],
        "date": None if want["when"] == "?" else st.date == want["when"],
    }


def best(want: dict, found: list):
    """The found statement that passes most checks."""
    return max(found, key=lambda st: sum(v is True for k, v in judge(want, st).items() if k != "ev_non")
               - bool(judge(want, st)["ev_non"]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each failed check and the statements")
    ap.add_argument("--file", type=Path, default=DEFAULT)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.extract.core import extract
    from kg.nlp import gazetteer_of, load_pipeline
    from kg.types import Article
    nlp = load_pipeline()
    gazetteer = gazetteer_of(nlp)
    tally = {k: [0, 0] for k in ("found", "event", "ev_non", "polarity", "modality", "date")}
    for case in json.loads(args.file.read_text(encoding="utf-8")):
        text = case["sentence"]
        statements = extract(nlp(text), Article(text=text, date=DATE), gazetteer).statements
        for want in case["expected"]:
            tally["found"][1] += 1
            found = [st for st in statements if matches(want, st)]
            if not found:
                if args.verbose:
                    print(f"MISS {text}\n     want {want}")
                    for st in statements:
                        print(f"     got  {label(st.subject)} -{st.predicate}-> {label(st.object)} "
                              f"[{st.event_type}, {st.polarity.value}, {st.modality.value}, {st.date}]")
                continue
            tally["found"][0] += 1
            st = best(want, found)
            checks = judge(want, st)
            for k, ok in checks.items():
                if ok is not None:
                    tally[k][1] += 1
                    tally[k][0] += bool(ok)
            bad = [k for k, ok in checks.items() if ok is (k == "ev_non")]
            if args.verbose and bad:
                print(f"FAIL {','.join(bad)}: {text}\n     want {want}\n     got  {label(st.subject)} "
                      f"-{st.predicate}-> {label(st.object)} [{st.event_type}, {st.polarity.value}, "
                      f"{st.modality.value}, {st.date}]")
    for k, (a, b) in tally.items():
        print(f"{k:<9} {a}/{b}" + ("  (events coded on non-events)" if k == "ev_non" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
