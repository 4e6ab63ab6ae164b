"""A synthetic but realistic news corpus, generated deterministically (seeded) and offline.

Articles are recombined from sentence templates in the style of wire reports on international
politics (statements, denials, reported speech, hedged claims, quotes), filled with names of
people, organisations and places. The same seed always gives the same corpus.

Also: :func:`store_quads`, N-Quads shaped like kg-builder's article graphs (reified statements,
entities with labels, direct triples), for loading a store with a million triples.

    python bench/corpus.py 500 -o bench/out/corpus.jsonl
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

PEOPLE = [("Vladimir", "Putin", "Russian President"), ("Joe", "Biden", "U.S. President"),
          ("Olaf", "Scholz", "German Chancellor"), ("Emmanuel", "Macron", "French President"),
          ("Volodymyr", "Zelensky", "Ukrainian President"), ("Jens", "Stoltenberg", "NATO Secretary General"),
          ("Antony", "Blinken", "Secretary of State"), ("Sergei", "Lavrov", "Foreign Minister"),
          ("Boris", "Johnson", "British Prime Minister"), ("Ursula", "von der Leyen", "Commission President"),
          ("Dmitry", "Peskov", "Kremlin spokesman"), ("Xi", "Jinping", "Chinese President"),
          ("Recep Tayyip", "Erdogan", "Turkish President"), ("Antonio", "Guterres", "U.N. Secretary-General"),
          ("Denys", "Pushilin", "separatist leader"), ("Lloyd", "Austin", "Defense Secretary"),
          ("Mario", "Draghi", "Italian Prime Minister"), ("Naftali", "Bennett", "Israeli Prime Minister"),
          ("Andrzej", "Duda", "Polish President"), ("Kaja", "Kallas", "Estonian Prime Minister")]
ORGS = ["NATO", "the European Union", "the United Nations", "the Kremlin", "the Pentagon", "Gazprom",
        "the State Department", "the Security Council", "the World Bank", "the International Monetary Fund",
        "the OSCE", "Reuters", "the Red Cross", "the Bundestag", "the White House"]
PLACES = ["Ukraine", "Russia", "Moscow", "Kyiv", "Donetsk", "Luhansk", "Brussels", "Washington", "Berlin",
          "Paris", "London", "Beijing", "Warsaw", "Minsk", "Belarus", "Crimea", "Kharkiv", "Mariupol",
          "Geneva", "Ankara"]
VERBS = [("condemned", "the decision"), ("criticised", "the move"), ("welcomed", "the talks"),
         ("rejected", "the proposal"), ("announced", "new sanctions"), ("signed", "a decree"),
         ("recognised", "the independence of the separatist regions"), ("supported", "the ceasefire"),
         ("accused", "the West of provocation"), ("halted", "the certification of the pipeline"),
         ("approved", "a package of military aid"), ("postponed", "the summit"),
         ("discussed", "the security guarantees"), ("threatened", "severe consequences")]
ATTITUDES = ["said", "told reporters", "said in a statement", "wrote on Twitter", "told a news conference"]
TIMES = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "on Friday", "at the weekend",
         "last week", "earlier this month"]

TEMPLATES = [
    "{title} {person} {verb} {obj} {time}.",
    "{surname} {verb} {obj} in {place} {time}, {org} {attitude}.",
    "{org} {verb} {obj}, according to officials in {place}.",
    "\"We will not accept {obj},\" {surname} {attitude}.",
    "{person} denied that {org} planned to send troops to {place}.",
    "{surname} said {org} could consider {obj} if the talks in {place} failed.",
    "Officials in {place} asked {org} to postpone {obj}.",
    "{title} {person} met {person2} in {place} {time} to discuss {obj}.",
    "{org} has not {verb} {obj}, a spokesman for {surname2} said.",
    "{surname} called on {org} to reconsider {obj}.",
    "The talks between {place} and {place2} ended without agreement {time}.",
    "{person2} {attitude} that {place} would respond to any attack on {place2}.",
    "Thousands of people left {place} as fighting around {place2} intensified {time}.",
    "Analysts in {place2} said the move by {org} was meant to pressure {surname}.",
]


def _name(person: tuple[str, str, str]) -> str:
    return f"{person[0]} {person[1]}"


def article(index: int, seed: int = 7, sentences: tuple[int, int] = (18, 36)) -> dict:
    """One article as a JSON Lines record: title, date, url and text.

    Examples
    --------
    >>> article(3) == article(3) and article(3) != article(4)
    True
    >>> sorted(article(0))
    ['date', 'text', 'title', 'url']
    """
    rng = random.Random(f"{seed}:{index}")
    cast = rng.sample(PEOPLE, 4)
    orgs, places = rng.sample(ORGS, 4), rng.sample(PLACES, 5)
    paragraphs, paragraph = [], []
    for n in range(rng.randint(*sentences)):
        one = rng.choice(cast[:3])
        two = rng.choice([p for p in cast if p is not one])
        place, place2 = rng.sample(places, 2)
        verb, obj = rng.choice(VERBS)
        sentence = rng.choice(TEMPLATES).format(
            title=one[2], person=_name(one), surname=one[1], person2=_name(two), surname2=two[1],
            verb=verb, obj=obj, org=rng.choice(orgs), place=place, place2=place2,
            attitude=rng.choice(ATTITUDES), time=rng.choice(TIMES))
        paragraph.append(sentence[0].upper() + sentence[1:])
        if len(paragraph) >= rng.randint(2, 4):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    verb, obj = rng.choice(VERBS)
    day = 1 + index % 28
    return {"title": f"{cast[0][1]} {verb} {obj}", "date": f"2022-02-{day:02d}",
            "url": f"https://news.example/{seed}/{index}", "text": "\n\n".join(paragraphs)}


def corpus(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` articles, streamed."""
    for index in range(n):
        yield article(index, seed)


def write_corpus(path: str | Path, n: int, seed: int = 7) -> int:
    """Write ``n`` articles as JSON Lines; return the number of words written."""
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in corpus(n, seed):
            words += len(record["text"].split())
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def store_quads(n_triples: int, seed: int = 7, per_article: int = 400) -> Iterator[str]:
    """N-Quads lines shaped like article graphs, about ``n_triples`` of them, one named graph per article.

    Each statement is reified as the contract says (type, subject, predicate, object, polarity,
    modality, confidence, sentence, provenance) with a direct triple; entities carry a type and labels.
    """
    kg, kgr, kgp = ("https://w3id.org/kg-builder/ontology#", "https://w3id.org/kg-builder/id/",
                    "https://w3id.org/kg-builder/relation/")
    rdf, rdfs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#"
    entities = [(f"{kgr}entity/{p[1].lower().replace(' ', '-')}", _name(p), "Person") for p in PEOPLE]
    entities += [(f"{kgr}entity/{o.replace('the ', '').lower().replace(' ', '-')}", o.replace("the ", ""),
                  "Organization") for o in ORGS]
    entities += [(f"{kgr}entity/{p.lower()}", p, "GeopoliticalEntity") for p in PLACES]
    verbs = [v.split()[0] for v, _ in VERBS] + ["say", "deny", "consider", "ask", "meet", "discuss"]
    rng = random.Random(seed)
    written, index = 0, 0
    while written < n_triples:
        graph = f"<{kgr}article/{hashlib.sha256(str(index).encode()).hexdigest()[:24]}>"
        lines = [f"{graph[:-1]}> <{rdf}type> <https://schema.org/NewsArticle> {graph} ."]
        cast = rng.sample(entities, 6)
        for iri, label, etype in cast:
            lines.append(f"<{iri}> <{rdf}type> <{kg}{etype}> {graph} .")
            lines.append(f"<{iri}> <{rdfs}label> {json.dumps(label)} {graph} .")
            lines.append(f"<{iri}> <http://www.w3.org/2004/02/skos/core#altLabel> "
                         f"{json.dumps(label.split()[-1])} {graph} .")
            lines.append(f"{graph} <https://schema.org/mentions> <{iri}> {graph} .")
        n = 0
        while len(lines) < per_article:
            subj, obj = rng.sample(cast, 2)
            verb = rng.choice(verbs)
            stmt = f"<{kgr}statement/{index}-{n}>"
            pred = f"<{kgp}{verb}>"
            positive = rng.random() < 0.7
            lines += [f"{stmt} <{rdf}type> <{kg}Statement> {graph} .",
                      f"{stmt} <{rdf}subject> <{subj[0]}> {graph} .",
                      f"{stmt} <{rdf}predicate> {pred} {graph} .",
                      f"{stmt} <{rdf}object> <{obj[0]}> {graph} .",
                      f"{stmt} <{kg}polarity> <{kg}{'Positive' if positive else 'Negative'}> {graph} .",
                      f"{stmt} <{kg}modality> <{kg}Asserted> {graph} .",
                      f"{stmt} <{kg}confidence> \"0.{rng.randint(10, 99)}\"^^"
                      f"<http://www.w3.org/2001/XMLSchema#decimal> {graph} .",
                      f"{stmt} <{kg}sentence> {json.dumps(f'{subj[1]} {verb} {obj[1]} (sentence {n}).')} {graph} .",
                      f"{stmt} <http://www.w3.org/ns/prov#wasDerivedFrom> {graph} {graph} .",
                      f"{pred} <{rdfs}label> \"{verb}\" {graph} ."]
            if positive:
                lines.append(f"<{subj[0]}> {pred} <{obj[0]}> {graph} .")
            n += 1
        for line in lines:
            yield line + "\n"
        written += len(lines)
        index += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("-o", "--output", default="-", help="JSON Lines file (default: stdout)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.output == "-":
        for record in corpus(args.n, args.seed):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        write_corpus(args.output, args.n, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
