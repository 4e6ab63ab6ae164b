"""Entity mentions in a Doc and their resolution to one cluster per real-world entity within an article.

Names come from the NER and the gazetteer; institutional phrases ("the Russian parliament", "the Kherson
region") are added by rule; surnames, acronyms, short forms, pronouns and generic descriptions ("the
company") are resolved to an antecedent.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.antecedents import Antecedents
from kg.extract.clustering import Clusterer
from kg.extract.docarrays import arrays
from kg.extract.finding import Finder
from kg.extract.mentions import (
    clean_name,
    Cluster,
    DESCRIPTIONS,
    fold,
    INSTITUTION_NOUNS,
    Mention,
    norm_name,
    ORG_NOUNS,
    without_suffix,
)
from kg.extract.namecues import sport_story
from kg.extract.orgproof import drop_singular_nationals, drop_unfounded_orgs
from kg.extract.references import state_salience
from kg.extract.retype import retype_single_names
from kg.gazetteer import Gazetteer
from kg.rdf.iris import slug
from kg.types import Entity, EntityType

# Mention, Cluster, the word lists and the name normalisation live in kg.extract.mentions; the ones other modules
# import from here stay importable from here.
__all__ = ["Resolver", "resolve", "Mention", "Cluster", "DESCRIPTIONS", "INSTITUTION_NOUNS", "ORG_NOUNS",
           "norm_name", "fold", "without_suffix"]


class Resolver(Finder, Clusterer, Antecedents):
    """Finds and clusters the entity mentions of one Doc."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer):
        self.doc = doc
        self.gaz = gazetteer
        self.mentions: list[Mention] = []
        self.clusters: list[Cluster] = []
        self.token_cluster: dict[int, int] = {}     # token index -> cluster id (names)
        self.pronoun_cluster: dict[int, int] = {}   # pronoun / description head token -> cluster id
        self.sent_starts = arrays(doc).sent_starts
        self.lower_words = {w for w in set(arrays(doc).text) if w.islower()}   # each distinct word once
        self.sport = sport_story(doc)
        self._appositives: dict[int, int] | None = None    # description head token -> cluster, made on first use
        self._types: dict[int, tuple[int, EntityType]] = {}  # cluster id -> (its mention count then, its type)
        self._sets: dict[int, list[int]] = {}   # plural description token -> the clusters it stands for
        self.ambiguous_heads: set[int] = set()  # starts of one-word head-noun short forms two bodies could own
        self.products: set[str] = set()     # names the finder found to be products' ("Agentforce, the platform ...")

    # lookups for arguments

    def cluster_of_token(self, tok: Token) -> int | None:
        if tok.i in self.token_cluster:
            return self.token_cluster[tok.i]
        return self.pronoun_cluster.get(tok.i)

    def named_product(self, tok: Token) -> bool:
        """Whether a proper noun is a word of a name the finder found to be a product's, no entity's."""
        if not self.products:
            return False
        if tok.text in self.products:
            return True
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
        return ent is not None and self.doc[slice(*clean_name(ent))].text in self.products

    def clusters_in(self, tokens) -> list[int]:
        out: list[int] = []
        names, pronouns = self.token_cluster, self.pronoun_cluster     # cluster_of_token's lookups, written out
        for t in tokens:
            i = t.i
            cid = names[i] if i in names else pronouns.get(i)
            if cid is not None and cid not in out:
                out.append(cid)
        return out

    def forget(self, c: Cluster) -> None:
        """Drop a cluster: its names become plain words, and what was resolved to it is unresolved."""
        for m in c.mentions:
            for i in range(m.start, m.end):
                self.token_cluster.pop(i, None)
        self.mentions = [m for m in self.mentions if m.cluster != c.id]
        c.mentions = []
        for i in [i for i, cid in self.pronoun_cluster.items() if cid == c.id]:
            del self.pronoun_cluster[i]

    # results

    def entities(self) -> dict[int, Entity]:
        """Each live cluster as an Entity, with its label, names and Wikidata link."""
        out: dict[int, Entity] = {}
        for c in self.clusters:
            if not c.mentions:
                continue
            etype = self.cluster_type(c)
            names = {m.text for m in c.mentions}
            if c.entry is not None:
                label = c.entry.label
            else:
                label = max((m.text for m in c.mentions), key=lambda n: (len(n.split()), not shouted(n), len(n)))
                if etype is EntityType.PERSON and shouted(label):
                    label = written_case(label, names)
            out[c.id] = Entity(key=slug(label), label=label, type=etype,
                               aliases=frozenset(n for n in names if n != label),
                               wikidata=c.entry.wikidata if c.entry is not None else None)
        return bare_place_names(out, self.gaz)


def shouted(name: str) -> bool:
    """Whether a name of several words is written all in capitals, as a transcript's speaker label writes it
    ("JENNIFER HOMENDY"); an acronym of one word ("NTSB") is not."""
    words = name.split()
    return len(words) > 1 and all(w.isupper() and len(w) > 1 for w in words)


def written_case(name: str, names: set[str]) -> str:
    """A person's name written in capitals, in the case the article writes its words elsewhere ("Homendy" in
    "Homendy said"), or else in title case: "JENNIFER HOMENDY" gives "Jennifer Homendy"."""
    seen = {w.upper(): w for n in names if not n.isupper() for w in n.split()}
    return " ".join(seen.get(w, w.capitalize()) for w in name.split())


# Words after a name that say what kind of place or body it is, written in lower case: "the Odesa region", "Cabo
# Delgado province", "the Law and Justice party" (not "state": "Rivers State" and "Washington state" are read where
# states are read); with the gazetteer kind whose entry the bare name may link to
DESIGNATORS = {**dict.fromkeys("region province oblast district county prefecture governorate municipality".split(),
                               (EntityType.GPE, "region")), "party": (EntityType.ORGANIZATION, "party")}


def bare_place_names(entities: dict[int, Entity], gazetteer: Gazetteer) -> dict[int, Entity]:
    """Give a place or a party named with its kind ("the Odesa region", "Syunik province", "the Law and Justice
    party") its bare name as another name, and the gazetteer's link where the bare name is a region or a party it
    knows: readers and other articles name it so. Not where another entity of the article bears that name (the city
    of Kherson beside "the Kherson region"), and no link to an entry of another kind: a region is not its capital."""
    taken = {n for e in entities.values() for n in (e.label, *e.aliases)}
    for cid, e in list(entities.items()):
        words = e.label.split()
        kind = DESIGNATORS.get(words[-1]) if len(words) >= 2 else None
        if kind is None or e.type is not kind[0] or not all(w[:1].isupper() or w in ("and", "of", "for")
                                                            for w in words[:-1]) or not words[0][:1].isupper():
            continue
        bare = " ".join(words[:-1])
        if bare in taken:
            continue
        entry = gazetteer.lookup(bare)
        link = e.wikidata
        if link is None and entry is not None and entry.type is kind[0] and entry.kind == kind[1]:
            link = entry.wikidata
        entities[cid] = replace(e, aliases=e.aliases | {bare}, wikidata=link)
    return entities


def drop_unconfirmed(r: Resolver) -> None:
    """Forget the clusters of unknown names that only a guess made organisations, unless a description of an
    organisation ("the company", "the group") was resolved to them."""
    confirmed = {cid for i, cid in r.pronoun_cluster.items()
                 if r.doc[i].pos_ == "NOUN" and DESCRIPTIONS.get(r.doc[i].lemma_.lower()) is EntityType.ORGANIZATION}
    for c in r.clusters:
        if c.mentions and all(m.tentative for m in c.mentions) and c.id not in confirmed:
            r.forget(c)


def drop_bare_heads(r: Resolver) -> None:
    """Forget the clusters named only by a capitalised head noun that two bodies named before could be short for ("the
    Government" after both "the Albanese Government" and "the Queensland Government"): which body it is, the text
    does not say, and a node labelled "Government" tells a reader nothing. So with a surname two people of the
    article bear ("Anna Kowalski and Piotr Kowalski ... Kowalski said")."""
    names = {norm_name(m.text) for m in r.mentions if m.start in r.ambiguous_heads}
    for c in r.clusters:
        if c.mentions and c.entry is None and any(m.start in r.ambiguous_heads for m in c.mentions) and all(
                norm_name(m.text) in names for m in c.mentions):
            r.forget(c)     # and the same words again later: "... the Government said. The Government also ..."


# Words of a body's name that every state's body of that kind shares: "the Supreme Court", "Congress".
GENERIC_NAME_WORDS = frozenset("""the supreme high federal constitutional national central court congress senate
parliament assembly house council cabinet treasury""".split())


def unlink_foreign_generics(r: Resolver) -> None:
    """Unlink a body named only by words every state's body of its kind shares ("the Supreme Court", "Congress")
    when the gazetteer's entry is another state's than the one the article names most: in a story about Nigeria
    the Supreme Court is Nigeria's, not the Supreme Court of the United States."""
    salience = state_salience(r, len(r.doc))
    if not salience:
        return
    home = max(salience, key=salience.get)
    for c in r.clusters:
        if not c.mentions or c.entry is None or c.entry.type is not EntityType.ORGANIZATION or not all(
                w.lower() in GENERIC_NAME_WORDS for m in c.mentions for w in m.text.split()):
            continue
        words = c.entry.label.split()
        owners = {e.label for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1)
                  if (e := r.gaz.lookup(" ".join(words[i:j]))) is not None and e.kind == "country"}
        if owners and home not in owners:
            c.entry = None
            for m in c.mentions:
                m.entry = None


def resolve(doc: Doc, gazetteer: Gazetteer) -> Resolver:
    """Find, cluster and resolve the entity mentions of one Doc."""
    r = Resolver(doc, gazetteer)
    r.find()
    r.cluster()
    r.resolve_references()
    drop_unconfirmed(r)
    drop_bare_heads(r)
    unlink_foreign_generics(r)
    retype_single_names(r)
    drop_unfounded_orgs(r)
    drop_singular_nationals(r)
    return r
