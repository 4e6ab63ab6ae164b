#!/usr/bin/env python3
"""Entity finding, typing, merging and linking on short news paragraphs written for it
(tests/data/typing/paragraphs.json: names real and invented, each paragraph written with its expected nodes
before the builder ever ran on it).

    python bench/paragraphs.py [-v] [--file PATH]

For each paragraph the builder extracts its entities, as `kg build` does, and they are scored against the
expected ones as the news scorer scores a case: found (a node of the expected type carries the label or a
mention), merged (no second node carries one of its names), conflated (its node carries another expected
entity's name too), linked (the expected Q-id, or one of a list, where given), wrong types (a `not_types` type on a node carrying its name). Spurious nodes are the entity nodes that carry no
expected name and no name the paragraph lists under `ignore`, counted by type; a product name (`products`)
on any entity node is an error of its own: an unknown product is better left a concept; so is a node that carries
a name of `not_entities` (name -> types it must not have, every type when the list is empty: a demonym made a
country, a country cut out of a firm's name).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests/data/typing/paragraphs.json"


def names_of(entity) -> set[str]:
    """An extracted entity's label and aliases, case-folded."""
    return {" ".join(n.split()).casefold() for n in (entity.label, *entity.aliases)}


def score_paragraph(case: dict, entities) -> dict:
    """Found/merged/linked per expected entity, and the spurious and product-named nodes, for one paragraph."""
    detail, claimed = {}, set()
    for gold in case["entities"]:
        names = {" ".join(n.split()).casefold() for n in (gold["label"], *gold.get("mentions", []))}
        nodes = [e for e in entities if names_of(e) & names]
        claimed.update(id(e) for e in nodes)
        typed = [e for e in nodes if e.type.value == gold["type"]]
        qids = gold.get("wikidata")
        qids = [qids] if isinstance(qids, str) else qids
        detail[gold["label"]] = {
            "found": bool(typed), "merged": bool(typed) and len(nodes) == 1,
            "linked": None if qids is None else any(e.wikidata in qids for e in typed),
            "wrong_types": sorted({e.type.value for e in nodes} & set(gold.get("not_types", []))),
            "got": [(e.label, e.type.value, e.wikidata) for e in nodes], "nodes": nodes, "ids": [id(e) for e in nodes]}
    owners = Counter(id(e) for d in detail.values() for e in d.pop("nodes"))
    for d in detail.values():
        d["conflated"] = any(owners[i] > 1 for i in d.pop("ids"))
    products = {p.casefold() for p in case.get("products", [])}
    ignore = {p.casefold() for p in case.get("ignore", [])}
    product_nodes = [(e.label, e.type.value) for e in entities if names_of(e) & products]
    banned = {n.casefold(): set(types) for n, types in case.get("not_entities", {}).items()}
    wrong_nodes = [(e.label, e.type.value) for e in entities
                   if any(not banned[n] or e.type.value in banned[n] for n in names_of(e) & banned.keys())]
    spurious = [(e.label, e.type.value) for e in entities
                if id(e) not in claimed and not names_of(e) & (products | ignore | banned.keys())]
    return {"id": case["id"], "entities": detail, "products": product_nodes, "wrong_nodes": wrong_nodes,
            "spurious": spurious}


def run(cases: list[dict], nlp) -> list[dict]:
    from kg.extract.core import extract
    from kg.nlp import gazetteer_of
    from kg.types import Article
    gaz = gazetteer_of(nlp)
    return [score_paragraph(c, extract(nlp(c["text"]), Article(text=c["text"]), gaz).entities) for c in cases]


def report(rows: list[dict], verbose: bool) -> str:
    tot = Counter()
    spur = Counter()
    lines = []
    for r in rows:
        for label, d in r["entities"].items():
            tot["gold"] += 1
            tot["found"] += d["found"]
            tot["merged"] += d["merged"]
            tot["with_qid"] += d["linked"] is not None
            tot["linked"] += bool(d["linked"])
            tot["wrong_types"] += len(d["wrong_types"])
            tot["conflated"] += d["conflated"]
            bad = not d["found"] or not d["merged"] or d["linked"] is False or d["wrong_types"] or d["conflated"]
            if verbose and bad:
                lines.append(f"  {r['id']}: {label}: found={d['found']} merged={d['merged']} linked={d['linked']}"
                             f" wrong={d['wrong_types']} conflated={d['conflated']} got={d['got']}")
        tot["products"] += len(r["products"])
        tot["wrong_nodes"] += len(r.get("wrong_nodes", []))
        for label, typ in r["spurious"]:
            spur[typ] += 1
        if verbose and (r["products"] or r["spurious"] or r.get("wrong_nodes")):
            lines.append(f"  {r['id']}: products as entities {r['products']} banned nodes {r.get('wrong_nodes', [])}"
                         f" spurious {r['spurious']}")
    head = (f"paragraphs {len(rows)}: entities {tot['found']}/{tot['gold']}, merged {tot['merged']}/{tot['gold']}, "
            f"linked {tot['linked']}/{tot['with_qid']}, wrong types {tot['wrong_types']}, "
            f"conflated (one node for two) {tot['conflated']}, "
            f"products as entities {tot['products']}, banned nodes {tot['wrong_nodes']}, spurious nodes {sum(spur.values())} "
            f"({', '.join(f'{k} {v}' for k, v in sorted(spur.items()))})")
    return "\n".join([head, *lines])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.nlp import load_pipeline
    cases = json.loads(args.file.read_text(encoding="utf-8"))
    print(report(run(cases, load_pipeline()), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
