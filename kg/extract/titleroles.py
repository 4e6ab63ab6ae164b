"""What titles and descriptions before a name state once the article's clauses are read: the titled form of a
name ("Russian President Vladimir Putin") as one of its labels, titles before names the NER tagged otherwise, a
title whose body is a bare common noun ("Union president X" after "The Teamsters ..."), and the nationality a
description gives ("the Japanese carmaker Toyota": located_in; "a German chemist": citizen_of)."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.entities import norm_name
from kg.extract.factuality import Context
from kg.extract.roles import entity_tokens, role_of
from kg.extract.spans import provenance
from kg.extract.titleclauses import name_title_clauses
from kg.extract.titles import ROLE_BODIES, former, title_name, trade
from kg.types import Argument, Entity, EntityType, Statement

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.arguments import Clause
    from kg.extract.core import _Converter


def title_forms(conv: _Converter) -> None:
    """ "Russian President Vladimir Putin": the titled form of a name is one of its labels."""
    for m in conv.res.mentions:
        head = conv.doc[m.end - 1]
        mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < m.start]
        if m.type is not EntityType.PERSON or not any(c.lemma_.lower() in lx.TITLE_NOUNS for c in mods):
            continue
        if m.cluster in conv.entities:
            first = min(mods, key=lambda t: t.left_edge.i).left_edge.i
            while first < m.start and conv.doc[first].lower_ in ("the", "a", "an"):
                first += 1
            form = conv.doc[first:m.end].text
            if form != m.text and all(not t.is_punct or t.text in "-." for t in conv.doc[first:m.end]):
                ent = conv.entities[m.cluster]
                conv.entities[m.cluster] = Entity(ent.key, ent.label, ent.type, ent.aliases | {form},
                                                  ent.wikidata)


def untagged_name_titles(conv: _Converter, sent) -> list[Clause]:
    """ "Ontario Premier Doug Ford", "Paris prosecutor Laure Beccuau": the title before a name the resolver knows
    as a person's and the NER tagged otherwise (the carmaker Ford), read as one before a tagged name."""
    out = []
    for m in conv.res.mentions:
        if not (sent.start <= m.start < sent.end and m.type is EntityType.PERSON and m.end - m.start > 1):
            continue    # the cheap tests first: this runs for every mention in every sentence
        head = conv.doc[m.end - 1]
        if not (head.ent_type_ != "PERSON" and head.pos_ == "PROPN" and head.dep_ != "compound"):
            continue
        out += name_title_clauses(head, Context(), start=m.start)
    return out


def body_titles(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "The Teamsters condemned the move. Union president Paul Boucher said ...": a title whose body is a bare
    common noun ("union", "party", "company") is held in the organisation that is the subject of the sentence
    just before (a party for "party"), with a moderate confidence; with no such subject, nothing. A bare "Minister"
    is held so in a ministry ("The Ministry of Health reported ... Minister X said")."""
    titled = {(st.subject.entity, st.predicate) for st in statements if st.subject.entity}
    sents = list(conv.doc.sents)
    starts = [s.start for s in sents]
    out = []
    for m in conv.res.mentions:
        if m.type is not EntityType.PERSON or m.cluster not in conv.entities:
            continue
        noun = title_before(conv, m)
        if noun is None:
            continue
        mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod", "amod", "poss")]
        bodies = [c for c in mods if c.lemma_.lower() in ROLE_BODIES and len(entity_tokens(c)) == 1]
        bare = not mods and noun.lemma_.lower() in BARE_TITLE_BODIES and noun.text[:1].isupper()
        if not bare and (len(bodies) != 1 or len(mods) != 1):
            continue    # "Union president", not "Teamsters union president" (the title names its body)
        index = bisect_right(starts, m.start) - 1
        named = conv.entity_of(conv.names.get(norm_name(bodies[0].text))) if bodies and bodies[0].is_title else None
        elsewhere_named = named is not None and named.type is EntityType.ORGANIZATION and any(
            conv.entities[x.cluster].key == named.key and not x.start <= bodies[0].i < x.end
            for x in conv.res.mentions if x.cluster in conv.entities)
        if elsewhere_named:     # "Commission President X" where the article names "the Commission" elsewhere
            cid = next((c for c, e in conv.entities.items() if e.key == named.key), None)
        elif index == 0:
            continue
        else:
            subjects = [c for c in sents[index - 1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
            cid = conv.cluster_of(subjects[0]) if len(subjects) == 1 else None
        body = conv.entities.get(cid) if cid is not None else None
        if body is None or body.type is not EntityType.ORGANIZATION:
            continue
        word = BARE_TITLE_BODIES[noun.lemma_.lower()] if bare else bodies[0].lemma_.lower()
        called = word in body.label.lower().split() or any(
            c == cid and conv.doc[i].lemma_.lower() == word for i, c in conv.res.pronoun_cluster.items())
        if not (called or word == "party" and conv.is_party(body.key)):
            continue    # the body must be one the article calls so ("the union would appeal"), or a party
        office = title_name(noun)
        role = role_of(f"{office}_of")
        key = conv.entities[m.cluster].key
        if role is None or (key, role) in titled or body.key == key:
            continue
        titled.add((key, role))
        sent_text, sent_start, sent_end = provenance(sents[index])
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role,
                             predicate_label=f"{office.replace('_', ' ')} of",
                             object=Argument(text=body.label, entity=body.key),
                             confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out


# Bare titles before a name ("Minister Hani Sewilam said") held in the kind of body the sentence before is about
# ("Egypt's Ministry of Water Resources said ..."): a minister heads a ministry.
BARE_TITLE_BODIES = {"minister": "ministry"}


def title_before(conv: _Converter, m) -> Token | None:
    """The title noun right before a person's name ("Union president" -> "president"), or None when there is
    none or it is a former office ("former Secretary of State ...")."""
    head = conv.doc[m.end - 1]
    nouns = [c for t in conv.doc[m.start:m.end] for c in t.children if c.dep_ in ("compound", "nmod")
             and c.i < m.start and c.lemma_.lower() in lx.TITLE_NOUNS and (
                 c.ent_type_ != "PERSON" or c.lower_ in lx.NAME_TITLES and c.is_title)]
    # (a title the NER ran into the name, which the resolver left out of it: "King Charles")
    if not nouns or former(nouns[-1], head):
        return None
    return nouns[-1]


def origins(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "the Japanese carmaker Toyota", "Lena Roth, a German chemist": a nationality on the description of a name
    says where an organisation is based (located_in) or whose citizen a person is (citizen_of)."""
    done = {(st.subject.entity, st.predicate, st.object.entity) for st in statements}
    out = []
    for m in conv.res.mentions:
        # the entity's type, not the mention's: "the Argentine newspaper Clarín" the tagger called a person
        kind = conv.entities[m.cluster].type if m.cluster in conv.entities else None
        if kind not in (EntityType.PERSON, EntityType.ORGANIZATION):
            continue
        head = conv.doc[m.end - 1]
        nouns = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < m.start]
        described = conv.res.appositive_noun(m)
        nouns += [described] if described is not None else []
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < m.start:
            nouns.append(head.head)     # "the Japanese carmaker Toyota"
        for noun in nouns:
            if noun.lemma_.lower() in lx.TITLE_NOUNS and not trade(noun.lemma_.lower()):
                continue    # "Russian President Vladimir Putin": a role (kg.extract.roles), not an origin (but
                            # "a French historian" is from France)
            if noun.lemma_.lower() in lx.NAME_NOUNS:
                continue    # "its Portuguese initials MST": the language of a name, not where its bearer is
            for adj in (c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i):
                words = nationality_words(adj)
                entry = conv.gaz.demonym(words) if words else None
                if entry is None or entry.type is not EntityType.GPE:
                    continue
                key = conv.entities[m.cluster].key
                pred = "citizen_of" if kind is EntityType.PERSON else "located_in"
                target = conv.gazetteer_entity(entry)
                if (key, pred, target) in done or key == target:
                    continue
                done.add((key, pred, target))
                sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
                out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=pred,
                                     predicate_label="is from", object=Argument(text=words, entity=target),
                                     confidence=0.45, sentence=sent_text, char_start=sent_start,
                                     char_end=sent_end))
    return out


def bare_capitals(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "in the capital, Hanoi", "Kampala, the capital, was calm": a city the text calls "the capital" with no state
    named beside it is the capital of the state whose capital the gazetteer says it is (nothing for another kind of
    capital, "the commercial capital, Lagos", "the regional capital", nor a city the gazetteer knows as no state's
    capital). "Y's capital" and "the Peruvian capital" are kg.extract.implicit's."""
    done = {(st.subject.entity, st.predicate) for st in statements}
    out = []
    for m in conv.res.mentions:
        ent = conv.entities.get(m.cluster)
        if ent is None or ent.type is not EntityType.GPE or (ent.key, "capital_of") in done:
            continue
        head = conv.doc[m.end - 1]
        capitals = [c for c in head.children if c.dep_ == "appos" and c.i > head.i] + (
            [head.head] if head.dep_ == "appos" and head.head.i < m.start else [])
        capital = next((c for c in capitals if c.lemma_.lower() == "capital" and c.pos_ == "NOUN"), None)
        if capital is None or [c.lower_ for c in capital.children if c.i < capital.i] != ["the"] or any(
                c.dep_ == "prep" for c in capital.children):
            continue    # "the commercial capital", "Peru's capital", "the capital of Peru": not bare
        entry = conv.gaz.lookup(m.text)
        state = conv.gaz.lookup(entry.capital_of) if entry is not None and entry.kind == "capital" and \
            entry.capital_of else None
        if state is None or state.type is not EntityType.GPE:
            continue
        target = conv.gazetteer_entity(state)
        if target == ent.key:
            continue
        done.add((ent.key, "capital_of"))
        sent_text, sent_start, sent_end = provenance(head.sent)
        out.append(Statement(subject=Argument(text=m.text, entity=ent.key), predicate="capital_of",
                             predicate_label="capital of", object=Argument(text=state.label, entity=target),
                             confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out


def nationality_words(adj: Token) -> str | None:
    """The words of a nationality adjective with the capitalised words the parser hangs on it ("South Korean",
    "Sri Lankan", "Papua New Guinean": the whole, not "Korean" or "African"); None for a word in lower case."""
    first = adj.left_edge
    words = adj.doc[first.i:adj.i + 1]
    if not all(t.text[:1].isupper() and t.is_alpha and t.dep_ in ("amod", "compound") for t in words):
        return adj.text if adj.text[:1].isupper() and len(words) == 1 else None
    return words.text


def place_key(conv: _Converter, arg: Argument) -> bool:
    """Whether an argument is a known state or place (which holds no office: "China has been Brazil's largest
    trading partner" makes China no employee of Brazil); a name only the NER called a place may be a person's."""
    ent = conv.entity_by_key.get(arg.entity) if arg.entity else None
    return ent is not None and ent.type in (EntityType.GPE, EntityType.LOCATION) and ent.wikidata is not None


def described_body_titles(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "The Kiel Canal Authority raised fees. The canal's administrator, Jan Berg, said ...", "The Rijksmuseum ... The
    museum's director, X": a title whose possessor is a definite description ("the canal", "the museum") is held in
    the one organisation named before it in the article whose name holds that word (or ends in it, "Rijksmuseum"),
    with a low confidence; nothing when none or several do, or the title's holder already has that role (a body
    first named later, "... The British Museum has refused", is no antecedent of "the museum")."""
    titled = {(st.subject.entity, st.predicate) for st in statements if st.subject.entity}
    orgs = [e for e in conv.entities.values() if e.type is EntityType.ORGANIZATION]
    first: dict[str, int] = {}      # where the article first names each body: a description looks back, not ahead
    for x in conv.res.mentions:
        if x.cluster in conv.entities:
            key = conv.entities[x.cluster].key
            first[key] = min(first.get(key, x.start), x.start)
    out = []
    for m in conv.res.mentions:
        head = conv.doc[m.end - 1]
        if m.cluster not in conv.entities or conv.entities[m.cluster].type is not EntityType.PERSON \
                or head.dep_ != "appos":
            continue
        noun = head.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or noun.lemma_.lower() not in lx.TITLE_NOUNS or owner.pos_ != "NOUN" or owner.ent_type_ \
                or owner.lemma_.lower() in ROLE_BODIES or not any(c.lower_ == "the" for c in owner.children):
            continue
        word = owner.lemma_.lower()
        fits = [e for e in orgs if first.get(e.key, len(conv.doc)) < owner.i and any(
            w == word or len(w) > len(word) + 2 and w.endswith(word) for w in e.label.lower().replace("-", " ").split())]
        office = title_name(noun)
        role = role_of(f"{office}_of")
        key = conv.entities[m.cluster].key
        if len(fits) != 1 or role is None or (key, role) in titled or fits[0].key == key or former(noun, head):
            continue
        titled.add((key, role))
        sent_text, sent_start, sent_end = provenance(head.sent)
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role,
                             predicate_label=f"{office.replace('_', ' ')} of",
                             object=Argument(text=fits[0].label, entity=fits[0].key),
                             confidence=0.4, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out
