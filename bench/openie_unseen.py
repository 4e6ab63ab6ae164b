#!/usr/bin/env python3
"""Score `kg openie` on sentences written for it in two benchmark styles (bench/openie_unseen/).

    python bench/openie_unseen.py [-v] [--wire FILE...] [--benchie FILE...]

Both styles are scored on `kg openie`'s tuples and on `kg openie --triples`.

- ``wire_like.tsv``: gold in the style of a news and encyclopedia benchmark whose annotators also write the relations
  the text only implies ("[is] capital [of]", "[is from]"). Scored by token overlap: a gold tuple and an extraction
  can be paired when their subjects, their relations and (where the gold has one) their objects share a word; each
  gold tuple is paired with at most one extraction, best overlap first. Precision is the share of the extractions'
  words that their paired gold tuple has (0 for an extraction left unpaired), recall the share of the gold words
  that the paired extraction has.
- ``benchie_like.txt``: gold in the style of a fact-synset benchmark: each fact lists the triples that state it.
  An extraction (with its further arguments joined to the object) is right when it is one of them after case and
  punctuation are set aside; a fact is found when one of its triples is extracted. An extraction with no object
  is never right.

Each file was written by hand, gold first, before `kg openie` ran on any of its sentences: ``*_like.tsv/txt`` (80
sentences) before the round-4 rules, ``*_like_2`` (20 sentences) after them, as a check on text the rules were not
written against, ``*_like_3`` (60 sentences: biographies, geography, science, history, long news sentences)
before the round-6 rules, ``*_like_4`` (61 sentences: biographies with parentheses, geography, science, history,
long news sentences with several clauses, quotes, numbers and dates, lists) before the round-7 rules, and
``*_like_5`` (63 sentences: obituaries, court reports, sports reports, science news, company results, local news
with long noun phrases, parentheses, quotes, numbers, dates and lists) before the round-8 rules, and ``*_like_6``
(66 sentences: encyclopedia biographies and place descriptions, long news sentences with several clauses, reported
speech, lists of three or more, numbers with units, parentheses, relative clauses, passives, "X, Y's Z, said",
possessives and nationality adjectives) before the round-9 rules; its first run: wire-like F1 0.811 (n-ary),
benchie-like F1 0.741 (--triples); and ``*_like_7`` (62 sentences: place phrases on plural and undetermined nouns
("police in southern Sweden"), "an analyst at X", nationality nouns as heads ("a Briton", "the Frenchman", "two
Kenyans"), possessive titles ("Lyon's mayor, X"), "located in", clitics ("let's"), en-dash compounds, hyphenated
names) before the round-10 rules; its first run: wire-like F1 0.761 (n-ary), benchie-like F1 0.744 (--triples);
and ``*_like_8`` (44 and 43 sentences: "X of" roles and kin ("the mother of X", "the chief executive of Y", "a nephew
of Z"), possessive roles and kin ("the bank's chief economist, X", "the president's daughter, X"), descriptions that
stand for a named thing ("the company", "the 45-year-old", "the lender"), "X is in Y" and "which is in Y") before the
round-11 rules; its first run: wire-like F1 0.821 (n-ary), benchie-like F1 0.826 (--triples).
By default every file is scored.
"""
from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench" / "openie_unseen"

PREPOSITIONS = frozenset("in on at of for from to by with into about as after before since during near aboard "
                         "through off under over against".split())


def tokens(text: str) -> list[str]:
    """Lower-case words without the punctuation around them; hyphens and dashes inside a word are kept."""
    text = text.replace("[", " ").replace("]", " ").replace("\u2019", "'")
    text = re.sub(r"\s+'s\b", "'s", text)
    out = []
    for w in text.lower().split():
        w = w.strip(".,;:!?\"“”()'")
        if w:
            out.append(w)
    return out


def norm(text: str) -> str:
    return " ".join(tokens(text))


def read_wire(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(sentence, [[arg1, rel, arg2, ...], ...]) from the S/T lines."""
    out: list[tuple[str, list[list[str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("S\t"):
            out.append((line[2:].strip(), []))
        elif line.startswith("T\t"):
            out[-1][1].append(line.split("\t")[1:])
    return out


def expand(text: str) -> list[str]:
    """Every reading of a text whose [bracketed] words may be left out."""
    parts = re.split(r"(\[[^\]]*\])", text)
    options = [[p[1:-1], ""] if p.startswith("[") else [p] for p in parts]
    return sorted({norm(" ".join(c)) for c in itertools.product(*options)})


def canonical(subj: str, rel: str, obj: str) -> tuple[str, str, str]:
    """A triple with a preposition that opens the object moved to the relation's end."""
    s, r, o = norm(subj), norm(rel).split(), norm(obj).split()
    while o and o[0] in PREPOSITIONS and len(o) > 1:
        r, o = [*r, o[0]], o[1:]
    return s, " ".join(r), " ".join(o)


def read_benchie(path: Path) -> list[tuple[str, list[set[tuple[str, str, str]]]]]:
    """(sentence, [facts]), each fact the set of its acceptable triples, canonical."""
    out: list[tuple[str, list[set[tuple[str, str, str]]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("S\t"):
            out.append((line[2:].strip(), []))
        elif line.startswith("F\t"):
            fact: set[tuple[str, str, str]] = set()
            for variant in line[2:].split(" || "):
                s, r, o = (p.strip() for p in variant.split(" | "))
                for s_, r_, o_ in itertools.product(expand(s), expand(r), expand(o)):
                    fact.add(canonical(s_, r_, o_))
            out[-1][1].append(fact)
    return out


def extract(sentences: list[str], triples: bool = False) -> dict[str, list[tuple[str, str, list[str]]]]:
    """{sentence: [(arg1, rel, [args])]} from `kg openie`'s own lines (`kg openie --triples` with ``triples``)."""
    sys.path.insert(0, str(ROOT))
    from kg.extract.openie import openie_lines
    from kg.nlp import load_pipeline
    nlp = load_pipeline()
    out: dict[str, list[tuple[str, str, list[str]]]] = {s: [] for s in sentences}
    for line in openie_lines(sentences, nlp, triples=triples):
        sent, _conf, rel, arg1, *args = line.split("\t")
        out[sent].append((arg1, rel, args))
    return out


def overlap(a: list[str], b: list[str]) -> int:
    return sum((Counter(a) & Counter(b)).values())


def score_wire(gold: list[tuple[str, list[list[str]]]], system, verbose: bool = False) -> dict:
    p_sum = r_sum = 0.0
    n_pred = n_gold = 0
    for sent, tuples in gold:
        preds = system.get(sent, [])
        n_pred += len(preds)
        n_gold += len(tuples)
        pairs = []
        for gi, g in enumerate(tuples):
            gparts = [tokens(g[0]), tokens(g[1]), tokens(" ".join(g[2:]))]
            for pi, (a1, rel, args) in enumerate(preds):
                pparts = [tokens(a1), tokens(rel), tokens(" ".join(args))]
                shared = [overlap(x, y) for x, y in zip(gparts, pparts)]
                if not shared[0] or not shared[1] or gparts[2] and not shared[2]:
                    continue
                prec = sum(shared) / max(1, sum(map(len, pparts)))
                rec = sum(shared) / max(1, sum(map(len, gparts)))
                pairs.append((2 * prec * rec / (prec + rec), gi, pi, prec, rec))
        used_g, used_p = set(), set()
        for _f, gi, pi, prec, rec in sorted(pairs, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            p_sum += prec
            r_sum += rec
        if verbose:
            for gi, g in enumerate(tuples):
                if gi not in used_g:
                    print(f"wire MISS\t{sent}\t{' ; '.join(g)}")
            for pi, (a1, rel, args) in enumerate(preds):
                if pi not in used_p:
                    print(f"wire EXTRA\t{sent}\t{a1} ; {rel} ; {' ; '.join(args)}")
    return figures(p_sum / max(1, n_pred), r_sum / max(1, n_gold), n_pred, n_gold)


def score_benchie(gold: list[tuple[str, list[set]]], system, verbose: bool = False) -> dict:
    right = found = n_pred = n_facts = 0
    for sent, facts in gold:
        preds = system.get(sent, [])
        n_pred += len(preds)
        n_facts += len(facts)
        hit = set()
        for a1, rel, args in preds:
            triple = canonical(a1, rel, " ".join(args))
            matched = [k for k, fact in enumerate(facts) if triple[2] and triple in fact]
            right += bool(matched)
            hit.update(matched)
            if verbose and not matched:
                print(f"benchie WRONG\t{sent}\t{a1} ; {rel} ; {' ; '.join(args)}")
        found += len(hit)
        if verbose:
            for k, fact in enumerate(facts):
                if k not in hit:
                    print(f"benchie MISS\t{sent}\t{' | '.join(sorted(fact)[0])}")
    return figures(right / max(1, n_pred), found / max(1, n_facts), n_pred, n_facts)


def figures(p: float, r: float, n_pred: int, n_gold: int) -> dict:
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "extractions": n_pred, "gold": n_gold}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each miss and each wrong extraction")
    ap.add_argument("--wire", type=Path, nargs="+", default=sorted(HERE.glob("wire_like*.tsv")))
    ap.add_argument("--benchie", type=Path, nargs="+", default=sorted(HERE.glob("benchie_like*.txt")))
    args = ap.parse_args(argv)
    wire = [item for path in args.wire for item in read_wire(path)]
    benchie = [item for path in args.benchie for item in read_benchie(path)]
    sentences = [s for s, _ in wire] + [s for s, _ in benchie]
    for mode in (False, True):
        system = extract(sentences, triples=mode)
        flag = "--triples" if mode else ""
        for name, f in (("wire-like", score_wire(wire, system, args.verbose)),
                        ("benchie-like", score_benchie(benchie, system, args.verbose))):
            print(f"{name:13s} {flag:9s} P {f['P']:.3f} R {f['R']:.3f} F1 {f['F1']:.3f}  "
                  f"({f['extractions']} extractions, {f['gold']} gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
