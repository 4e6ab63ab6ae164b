"""What the clause tests share: their tuples (predicate, subject, object, polarity, modality) and Docs built by
hand from a parse written out line by line, so that a new model release cannot change a rule test."""
from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kg.extract.clauses import sentence_clauses
from kg.extract.roles import ROLES

POS, NEG = "Positive", "Negative"
ASSERTED, REPORTED, HYPOTHETICAL, REQUESTED = "Asserted", "Reported", "Hypothetical", "Requested"


def text(tokens) -> str | None:
    return " ".join(t.text for t in tokens) if tokens else None


def tuples(doc: Doc, openie: bool = False) -> set[tuple]:
    return {(c.predicate, text(c.subj), text(c.obj), c.polarity.value, c.modality.value)
            for sent in doc.sents for c in sentence_clauses(sent, openie=openie)}


def make_doc(spec: str, ents: list[str] | None = None) -> Doc:
    """A Doc from lines "word lemma POS TAG dep head", head as a 0-based index (itself for the root)."""
    cols = [line.split() for line in spec.strip().splitlines()]
    words = [c[0] for c in cols]
    return Doc(spacy.blank("en").vocab, words=words, lemmas=[c[1] for c in cols], pos=[c[2] for c in cols],
               tags=[c[3] for c in cols], deps=[c[4] for c in cols], heads=[int(c[5]) for c in cols],
               ents=ents or ["O"] * len(words))


def _part(pattern: str, arg: str) -> bool:
    """A written argument against one built ("entity-key argument text", lowercased): a substring of either, or with a
    leading "=" a substring of the entity key only (a trap names the entity, not a word of the text)."""
    if pattern.startswith("=="):
        return pattern[2:] == arg.split(" ", 1)[0]     # the whole key: "==tobago" is not "trinidad-and-tobago"
    if pattern.startswith("="):
        return pattern[1:] in arg.split(" ", 1)[0]
    return pattern in arg


def score_cases(run, path: Path) -> tuple[int, int, list]:
    """Run the builder on each case of a relations JSON file (sentence, expected and wrong statements written
    before the builder ran): the expected statements found, their number, and (sentence, statement) per wrong one. A
    written statement may give ``involves``: words each in the key of an entity the object phrase involves."""
    found = total = 0
    wrong = []
    for case in json.loads(path.read_text(encoding="utf-8")):
        got = [(f"{s.subject.entity or ''} {s.subject.text}".lower(), s.predicate,
                f"{s.object.entity or ''} {s.object.text}".lower(), s.polarity.value, s.modality.value,
                s.object.involves) for s in run(case["sentence"]).statements]

        def hit(w, g):
            return (_part(w["subject"], g[0]) and g[1] in w["predicates"]
                    and (w["object"] is None or _part(w["object"], g[2]))
                    and g[3] == w.get("polarity", g[3]) and g[4] in w.get("modality", [g[4]])
                    and all(any(x in k for k in g[5]) for x in w.get("involves", ())))
        total += len(case["expected"])
        found += sum(any(hit(w, g) for g in got) for w in case["expected"])
        wrong += [(case["sentence"], g) for w in case.get("wrong", []) for g in got if hit(w, g)]
    return found, total, wrong


def role_rows(ex) -> set[tuple]:
    """An extraction's role statements as (holder, role, body, "former" or ""), by entity label where resolved;
    nationality and place statements left out."""
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text),
             "former" if any(x.datatype == "former" for x in s.extra) else "")
            for s in ex.statements if s.predicate in ROLES and s.predicate not in ("citizen_of", "located_in")}


def named(ex, name: str) -> list:
    """The entities of an extraction with ``name`` as label or alias."""
    return [e for e in ex.entities if name in (e.label, *e.aliases)]


def one(ex, name: str):
    """The one entity named ``name``; fails, listing the entities, when there are none or several."""
    found = named(ex, name)
    assert len(found) == 1, f"{name!r} on {len(found)} entities: {[(e.label, e.type, e.aliases) for e in ex.entities]}"
    return found[0]


def paragraph_totals(nlp, name: str) -> tuple[int, int, int, str]:
    """A paragraphs batch of tests/data/typing scored as bench/paragraphs.py scores it: entities found, wrong types,
    bad nodes (spurious, banned or products), and the verbose report to show when a test fails."""
    import importlib.util
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("paragraphs", root / "bench/paragraphs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.run(json.loads((root / "tests/data/typing" / name).read_text(encoding="utf-8")), nlp)
    details = [d for r in rows for d in r["entities"].values()]
    bad = sum(len(r["spurious"]) + len(r["wrong_nodes"]) + len(r["products"]) for r in rows)
    return (sum(d["found"] for d in details), sum(len(d["wrong_types"]) for d in details), bad,
            bench.report(rows, True))


def dates(ex, predicate: str) -> list:
    """The dates of an extraction's statements with ``predicate``, in order."""
    return [s.date for s in ex.statements if s.predicate == predicate]


def labelled_facts(ex) -> set[tuple]:
    """An extraction's direct facts as (subject, predicate, object), by entity label where resolved."""
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements if s.is_fact}


def facts(ex, pred=None) -> set[tuple]:
    """(subject, predicate, object) of each statement (an entity's key, else the text), of ``pred`` alone if given."""
    return {(s.subject.entity or s.subject.text, s.predicate, s.object.entity or s.object.text)
            for s in ex.statements if pred is None or s.predicate == pred}
