"""bench/errclass.py: the classes that `make eval` counts errors by, on gold facts and tuples written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import errclass  # noqa: E402

GOLD = {"entities": [{"label": "Acme", "type": "Organization", "mentions": ["Acme"]},
                     {"label": "Borel", "type": "Organization", "mentions": ["Borel"]},
                     {"label": "Ada Low", "type": "Person", "mentions": ["Ada Low", "Low"]},
                     {"label": "Oslo", "type": "GeopoliticalEntity", "mentions": ["Oslo"]}]}
ARTICLE = "Acme and Borel signed a deal. Low, the chief executive of Acme, did not comment. Oslo is cold."


def tags(**fact):
    fact.setdefault("object", {"contains": ["deal"]})
    return errclass.fact_tags(fact, GOLD, ARTICLE)


def test_fact_classes():
    assert tags(subject=["Acme"], predicate=["sign"]) == {"coordination", "other relations"}
    assert tags(subject=["Ada Low"], predicate=["chief_executive_of", "head"]) == {"roles"}
    assert tags(subject=["Ada Low"], predicate=["comment"], polarity="Negative") == {"negation", "other relations"}
    assert tags(subject=["Oslo"], predicate=["located_in", "be_in"]) == {"implicit"}
    assert tags(subject=["Ada Low"], predicate=["plan"], modality=["Reported"]) == {"reported", "other relations"}


def test_conjuncts_are_names_beside_a_coordinator():
    assert errclass.conjunct_pattern("Borel").search("Acme, Borel and Cato sued")
    assert errclass.conjunct_pattern("Cato").search("Acme, Borel and the Cato")
    assert not errclass.conjunct_pattern("Borel").search("Borel signed and left")


def test_carb_tuple_classes():
    s = "Paris, the capital of France, and Lyon are not small ."
    assert "implicit" in errclass.carb_tags(s, "[is] the capital of", ["Paris", "France"])
    assert "roles" in errclass.carb_tags(s, "[is] the capital of", ["Paris", "France"])
    assert "negation" in errclass.carb_tags(s, "are not", ["Lyon", "small"])
    assert "coordination" in errclass.carb_tags(s, "are not", ["Lyon", "small"])
    assert errclass.carb_tags(s, "are", ["Lyon"]) >= {"no object"}
    assert errclass.carb_tags("Bob saw Bob .", "saw", ["Bob", "Bob"]) == {"repeated subject"}


def test_render_is_one_table():
    from collections import Counter
    text = errclass.render([("ours", Counter(roles=3), Counter(typing=2, **{"typing: Person": 2})),
                            ("CaRB dev", Counter(implicit=5), Counter())])
    lines = text.splitlines()
    assert "ours" in lines[0] and "CaRB dev" in lines[0]
    assert any(line.split() == ["roles", "3", "0", "0", "0"] for line in lines)
    assert any(line.split()[:2] == ["typing:", "Person"] for line in lines)
