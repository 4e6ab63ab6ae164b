"""The events table: every statement with a CAMEO event type as one GDELT-style row.

Columns (:data:`COLUMNS`, documented in docs/events.md): the date, both actors (label, Wikidata Q-id, CAMEO
actor code where known), the predicate, the event code with its root, quad class and Goldstein weight, the
statement's polarity and modality, the article's URL and the sentence.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Graph

from kg.events import actor_codes, agent_nouns, concepts, norm_word

COLUMNS = ("date", "source", "source_qid", "source_code", "target", "target_qid", "target_code", "predicate",
           "code", "root", "quad_class", "goldstein", "polarity", "modality", "url", "sentence")

_QUERY = """
SELECT ?st ?date ?s ?slabel ?sqid ?p ?o ?olabel ?oqid ?type ?polarity ?modality ?url ?sentence ?start
WHERE {
  ?st a kg:Statement ; kg:eventType ?type ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?st kg:date ?date }
  OPTIONAL { ?st kg:polarity ?polarity }
  OPTIONAL { ?st kg:modality ?modality }
  OPTIONAL { ?st kg:sentence ?sentence }
  OPTIONAL { ?st kg:charStart ?start }
  OPTIONAL { ?st prov:wasDerivedFrom ?article . OPTIONAL { ?article schema:url ?url } }
  OPTIONAL { ?s rdfs:label ?slabel } OPTIONAL { ?s owl:sameAs ?sqid }
  OPTIONAL { ?o rdfs:label ?olabel } OPTIONAL { ?o owl:sameAs ?oqid }
}
"""


def actor_code(label: str, aliases: Iterable[str] = ()) -> str:
    """The CAMEO actor code of a name ("Russia" -> RUS), else of its head noun ("residents" -> CVL), else "".

    >>> actor_code("Russia"), actor_code("the residents"), actor_code("a spreadsheet")
    ('RUS', 'CVL', '')
    """
    codes = actor_codes()
    for name in (label, *aliases):
        code = codes.get(name.lower().strip())
        if code:
            return code
    words = [w for w in label.lower().split() if w.isalpha()]
    return agent_nouns().get(norm_word(words[-1]), "") if words else ""


def _qid(iri) -> str:
    text = str(iri or "")
    return text.rsplit("/", 1)[-1] if text.startswith("http://www.wikidata.org/entity/") else ""


def _local(iri) -> str:
    return str(iri or "").rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def row(date: str, source: str, source_qid: str, source_code: str, target: str, target_qid: str,
        target_code: str, predicate: str, code: str, polarity: str, modality: str, url: str,
        sentence: str) -> dict:
    """One table row as a dict of :data:`COLUMNS`; root, quad class and Goldstein come from the code."""
    concept = concepts().get(code)
    return {"date": date, "source": source, "source_qid": source_qid, "source_code": source_code,
            "target": target, "target_qid": target_qid, "target_code": target_code, "predicate": predicate,
            "code": code, "root": code[:2],
            "quad_class": str(concept.quad) if concept else "", "goldstein": str(concept.goldstein) if concept else "",
            "polarity": polarity, "modality": modality, "url": url, "sentence": sentence}


def graph_rows(graph: Graph) -> list[dict]:
    """The events of a graph or dataset (the union of its named graphs), by date, then article and offset."""
    from kg.network import union_view
    from kg.rdf.namespaces import PREFIXES

    with union_view(graph):
        results = graph.query(_QUERY, initNs=PREFIXES)
        aliases: dict = {}
        out = {}
        for r in results:
            key = str(r.st)
            if key in out:
                continue
            s_label = str(r.slabel) if r.slabel is not None else str(r.s)
            o_label = str(r.olabel) if r.olabel is not None else str(r.o)
            out[key] = (str(r.date or ""), str(r.url or ""), int(r.start or 0), row(
                str(r.date or ""), s_label, _qid(r.sqid), actor_code(s_label, aliases.get(r.s, ())),
                o_label, _qid(r.oqid), actor_code(o_label, aliases.get(r.o, ())), _local(r.p), _local(r.type),
                _local(r.polarity), _local(r.modality), str(r.url or ""), " ".join(str(r.sentence or "").split())))
    return [v[3] for v in sorted(out.values(), key=lambda v: (v[0], v[1], v[2], v[3]["source"]))]


def sentence_rows(sentences: Iterable[str], nlp) -> Iterator[dict]:
    """The events of plain sentences, each parsed and extracted as an article of its own (as ``kg openie``)."""
    from kg.extract.core import extract
    from kg.nlp import coder_of, gazetteer_of
    from kg.types import Article

    gaz, coder = gazetteer_of(nlp), coder_of(nlp)
    docs = nlp.pipe(((s, Article(text=s)) for s in sentences), as_tuples=True, batch_size=64)
    for doc, article in docs:
        ex = extract(doc, article, gaz, coder)
        ents = {e.key: e for e in ex.entities}
        for st in ex.statements:
            if not st.event_type:
                continue
            sides = []
            for arg in (st.subject, st.object):
                ent = ents.get(arg.entity) if arg.entity else None
                label = ent.label if ent else arg.text
                sides += [label, (ent.wikidata or "") if ent else "",
                          actor_code(label, ent.aliases if ent else ())]
            yield row(getattr(st, "date", None) or "", *sides, st.predicate, st.event_type, st.polarity.value,
                      st.modality.value, "", article.text.strip())


def tsv_lines(rows: Iterable[dict], header: bool = True) -> Iterator[str]:
    """The rows as tab-separated lines (tabs and newlines inside a cell become spaces)."""
    if header:
        yield "\t".join(COLUMNS)
    for r in rows:
        yield "\t".join(" ".join(str(r[c]).split()) if r[c] else "" for c in COLUMNS)
