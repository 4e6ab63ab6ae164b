"""Organisation nodes that the article gives no ground for: the last look at a resolved article's clusters.

The NER calls many names organisations that are none: a phone or a chip with its model code ("Galaxy S24 Ultra",
"Tensor G4", "Gorilla Glass Victus 2"), the first word of a title ("Associate" of "Associate Professor"), and a
name it cut in two ("Treasury" + "Wine Estates", "Esteban" + "Ocon"), whose halves name nothing. An unknown name
is better left a concept than made a wrong entity, so such a cluster is forgotten unless the gazetteer knows it,
its name holds an organisation's head word or legal suffix ("... Holdings", "... Ltd"), or the article calls it a
company, a group or another organisation noun.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.givennames import fold, given_names
from kg.extract.mentions import CLUB_WORDS, CRAFT_NOUNS, DESCRIPTIONS, ORG_HEADS, ORG_SUFFIXES
from kg.extract.productcues import body_cue, product_cue, shouted
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.entities import Cluster, Resolver

ORG = EntityType.ORGANIZATION
# A model code: capitals then digits, with at most one letter after ("S24", "G4", "A18", "X5", "M3").
MODEL_CODE_RE = re.compile(r"^[A-Z]{1,3}\d{1,4}[a-z]?$")
# Codes that name a class of racing or a club of states, not a model: "Haas F1 Team", "the G20 summit".
NOT_MODELS = frozenset("F1 F2 F3 F4 G7 G8 G20 G77 E3".split())
# Words before a number in a body's name: a union's local, a broadcaster's channel ("Steelworkers Local 6500",
# "BBC Radio 4").
NUMBERED_BODY_WORDS = frozenset("local channel radio station studio branch chapter lodge district division".split())


def product_shaped(text: str) -> bool:
    """Whether a name has a product's shape: a model code after its first word ("Galaxy S24 Ultra", "Tensor G5"), or
    a number ending a name of three words or more ("Gorilla Glass Victus 2"); a body's name has neither.

    Examples
    --------
    >>> product_shaped("Galaxy S24 Ultra"), product_shaped("Tensor G4"), product_shaped("Gorilla Glass Victus 2")
    (True, True, True)
    >>> product_shaped("Haas F1 Team"), product_shaped("United Steelworkers Local 6500"), product_shaped("G20")
    (False, False, False)
    """
    words = text.split()
    if len(words) < 2 or any(w.lower().rstrip(".") in NUMBERED_BODY_WORDS for w in words):
        return False
    if any(MODEL_CODE_RE.match(w) and w not in NOT_MODELS for w in words[1:]):
        return True
    return len(words) >= 4 and words[-1].isdigit() and len(words[-1]) <= 3


ORG_NAME_WORDS = ORG_HEADS | ORG_SUFFIXES | CLUB_WORDS | {"team"}


def named_as_org(text: str) -> bool:
    """Whether a name holds an organisation's head word or legal suffix ("Samsung Foundry Ltd", "... Holdings")."""
    return any(w.lower().rstrip(".,") in ORG_NAME_WORDS for w in text.split())


def described_as_org(r: Resolver, c: Cluster) -> bool:
    """Whether the article calls the cluster an organisation: "the company", "the group", "the carmaker" resolved
    to it."""
    doc = r.doc
    return any(cid == c.id and doc[i].pos_ == "NOUN" and DESCRIPTIONS.get(doc[i].lemma_.lower()) is ORG
               for i, cid in r.pronoun_cluster.items())


def title_word(r: Resolver, m) -> bool:
    """Whether a one-word mention is the first word of a title before a name: "Associate" of "Associate Professor
    Tautahi", "Senior" of "Senior Counsel"."""
    doc = r.doc
    return (m.end - m.start == 1 and doc[m.start].lower_ in lx.TITLE_MODIFIERS and m.end < len(doc)
            and doc[m.end].lower_.rstrip(".") in lx.TITLE_NOUNS | lx.NAME_TITLES)


def craft_name(r: Resolver, m) -> bool:
    """Whether a mention is the name of a craft it modifies: "an uncrewed Orion capsule", "the Perseverance rover"."""
    cols = arrays(r.doc)
    last = m.end - 1
    return cols.dep[last] == "compound" and cols.head[last] == m.end and cols.lemma_lower[m.end] in CRAFT_NOUNS


def cut_name(r: Resolver, m) -> bool:
    """Whether a mention is half of one name the NER cut in two: another capitalised name written right after it
    (or before it) with no punctuation between, where one half is the NER's person or the first is a given name
    ("Treasury" + "Wine Estates", "Esteban" + "Ocon")."""
    doc = r.doc
    for b in (m.start, m.end):
        if b < 1 or b >= len(doc):
            continue
        x, y = doc[b - 1], doc[b]
        if (x.whitespace_ and y.ent_iob_ == "B" and x.ent_iob_ != "O" and x.ent_type_ in ("PERSON", "ORG")
                and y.ent_type_ in ("PERSON", "ORG") and x.pos_ == y.pos_ == "PROPN"
                and x.text[:1].isupper() and y.text[:1].isupper()
                and ("PERSON" in (x.ent_type_, y.ent_type_)
                     or x.ent_iob_ == "B" and fold(x.text).casefold() in given_names())):
            return True
    return False


def drop_unfounded_orgs(r: Resolver) -> None:
    """Forget each organisation cluster the gazetteer does not know whose mentions are all in the headline (whose
    title case the NER reads as names: "Tractors Block Brussels"), or whose names are all products' (a model code),
    the first word of a title, or half a name the NER cut, unless its name or a description says it is a body."""
    for c in r.clusters:
        if not c.mentions or r.cluster_type(c) is not ORG:
            continue
        if any(named_as_org(m.text) for m in c.mentions) or described_as_org(r, c):
            continue
        if all(shouted(r.doc, m.start) for m in c.mentions):
            r.forget(c)     # a heading in capitals: "WHO WON AND WHO LOST?", "WHAT IS BEING BUILT?"
            continue
        if (c.entry is None or c.entry.kind == "company") and any(
                product_cue(r.doc, m.start, m.end) or c.entry is None and craft_name(r, m) for m in c.mentions) \
                and not any(body_cue(r.doc, m.start, m.end) for m in c.mentions):
            r.forget(c)     # an app, a platform or a craft: "shared on WhatsApp", "the messaging app BiP", "an
            continue        # uncrewed Orion capsule" (a body the gazetteer knows stays one)
        if c.entry is not None:
            continue
        if all(m.start in r.headline_words() for m in c.mentions):
            r.forget(c)     # the headline's title case: "Tractors Block Brussels", "Oslo Rules Out New Subsidies"
        elif any(cut_name(r, m) for m in c.mentions):
            r.forget(c)     # a half's own entry is no evidence: "Treasury" of "Treasury Wine Estates"
        elif not any(m.entry is not None for m in c.mentions) and (
                all(product_shaped(m.text) for m in c.mentions) or all(title_word(r, m) for m in c.mentions)):
            r.forget(c)


def singular_national(r: Resolver, m) -> bool:
    """Whether a one-word mention is "the" and a singular nationality standing for one person: "The Chilean, who
    joined in 2022, held off Rahm", "the Greek beat Swiatek". Only a nationality whose plural ends in "-s" ("the
    Chileans"): "the French", "the Swiss", "the Japanese" are as often the whole people."""
    doc = r.doc
    if m.end - m.start != 1 or m.start == 0 or doc[m.start - 1].lower_ != "the":
        return False
    word = doc[m.start].text
    if word.endswith("s") or not word[:1].isupper() or doc[m.start].tag_ in ("NNS", "NNPS"):
        return False
    country = r.gaz.demonym(word)
    plural = r.gaz.demonym(word + "s")
    return country is not None and plural is not None and plural.label == country.label


def drop_singular_nationals(r: Resolver) -> None:
    """Forget a group named only as "the Chilean": one person the text names by nationality, not a people; its
    statements are left without a subject rather than given a group that did nothing."""
    for c in r.clusters:
        if c.mentions and r.cluster_type(c) is EntityType.GROUP and all(singular_national(r, m) for m in c.mentions):
            r.forget(c)
