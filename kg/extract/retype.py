"""Second looks at a resolved article's clusters: types that nothing in the article supports.

The small NER model calls many one-word names persons: clubs ("Everton signed ..."), products, events, words at
the start of a sentence ("Turnout was ..."). News writing introduces a person by the full name, so a name that is
only ever written as one word, that the gazetteer does not know and that no title, role or "he"/"she" marks as a
person's, is no evidence of a person. Where it acts (the subject or object of a verb) it is most often a firm, a
club or a body, and becomes an organisation; otherwise it stays a concept: an unknown name is better left a
concept than made a wrong entity.

The same holds for a longer name whose first word is no given name ("Deutsche Telekom", "Nordlys Havvind",
kg.extract.givennames) and that nothing in the article marks as a person's: not even its last word alone, the
way news refers to a person a second time ("Lindqvist said").
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from kg.extract import lexicon as lx
from kg.extract.coordination import conjunct_ids
from kg.extract.docarrays import arrays
from kg.extract.givennames import fold, given_names, starts_like_a_person
from kg.extract.mentions import COMPASS_WORDS, PLACE_PREFIXES, PLACE_PREPOSITIONS
from kg.extract.namecues import APPOSED, NAME_PARTICLES, PERSON_ROLES, acts, age_or_who, context_votes, first_conjunct
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.entities import Cluster, Resolver

PERSON = EntityType.PERSON
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady".split())
_PERSON_CUES = HONORIFICS | lx.TITLE_NOUNS | set(lx.NAME_TITLES) | PERSON_ROLES


def person_cue(r: Resolver, c: Cluster) -> bool:
    """Whether the article says the cluster is a person: a title or role noun before a mention ("Mr Alvarez",
    "striker Neymar"), a role in apposition ("Kalivia's mayor, Zervakis,"), or "he"/"she" resolved to it."""
    doc = r.doc
    for m in c.mentions:
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in _PERSON_CUES:
            # "Mr Alvarez", "striker Neymar", "the defender Ibou Kone"
            return True
        if any(etype is PERSON for etype, _ in context_votes(doc, m.start, m.end)):
            return True
        if age_or_who(doc, m.end) or aged_apposition(doc, m.end):
            return True     # "Okonjo, 24, ...", "Okonjo, who has scored ...": an age or a singular "who"
    return any(cid == c.id and doc[i].lower_ in lx.PERSON_PRONOUNS for i, cid in r.pronoun_cluster.items())


AGED = re.compile(r"(?:the|a|an) (\d{1,3})-year-old(?: [a-z]+)?")


def aged_apposition(doc, end: int) -> bool:
    """Whether a name is followed by ", the 18-year-old Italian" or ", a 34-year-old": a person's age in
    apposition (a firm is "the 175-year-old conglomerate": an age of more than 110, or a firm's noun after it)."""
    if end + 3 >= len(doc) or doc[end].text != ",":
        return False
    tail = doc[end + 1:min(end + 9, len(doc))]
    found = AGED.match(tail.text)
    if found is None or not 10 <= int(found.group(1)) <= 110:
        return False
    after = found.group(0).rsplit(" ", 1)[-1]
    return APPOSED.get(after) is not EntityType.ORGANIZATION


def unsupported_person(r: Resolver, c: Cluster) -> bool:
    """A cluster typed a person only by the NER's guess: every name one word, unknown to the gazetteer, no cue."""
    return (bool(c.mentions) and c.entry is None and r.cluster_type(c) is PERSON
            and all(" " not in m.text and "-" not in m.text for m in c.mentions)
            and all(m.entry is None for m in c.mentions) and not person_cue(r, c))


def surname_used(c: Cluster) -> bool:
    """Whether the cluster holds a one-word mention that is the last word of one of its longer names ("Lindqvist"
    after "Marta Lindqvist"): how the news names a person again, never a firm ("Telekom")."""
    lasts = {m.text.split()[-1] for m in c.mentions if " " in m.text}
    return any(" " not in m.text and m.text in lasts for m in c.mentions)


def unsupported_full_name(r: Resolver, c: Cluster) -> bool:
    """A cluster typed a person only by the NER's guess on names of several words none of which starts with a given
    name ("Deutsche Telekom", "Bandar Abbas"), unknown to the gazetteer, with no person cue and no surname alone."""
    full = [m for m in c.mentions if " " in m.text]
    return (bool(full) and c.entry is None and r.cluster_type(c) is PERSON and all(m.entry is None for m in c.mentions)
            and not any(starts_like_a_person(m.text) or personal_shape(r, m) or ends_with_given_name(r, m)
                        for m in full) and not surname_used(c)
            and not person_cue(r, c))


def ends_with_given_name(r: Resolver, m) -> bool:
    """Whether a two-word name ends with a given name, as many surnames do ("LeBron James", "Kwame Thomas"; a
    given name the list lacks, then a surname that is one): firms' names rarely end so ("Nordlys Havvind"), but
    places may, so not after a place word ("Eastern Samar", "Port Louis") nor where it stands as a place ("in X")."""
    words = m.text.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words) or \
            words[0].lower() in PLACE_PREFIXES | COMPASS_WORDS:
        return False
    head = r.doc[m.end - 1]
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS | {"from", "to"}:
        return False
    return fold(words[1]).casefold() in given_names()


REGNAL = re.compile(r"(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})")    # "II", "VI", "XIV" after a monarch's name


def personal_shape(r: Resolver, m) -> bool:
    """Whether a name has a personal name's shape or place: a lowercase particle between capitalised words
    ("Jorgelina do Rosario", "Jaime de los Santos") or a byline's "by" ("Reporting by ...", "Editing by ...")."""
    words = m.text.split()
    if any(w in NAME_PARTICLES for w in words[1:-1]) and words[-1][:1].isupper():
        return True
    if len(words) >= 2 and REGNAL.fullmatch(words[-1]) and words[-2].istitle():
        return True     # "Ewuare II", "Tupou VI": a monarch's regnal number
    first = first_conjunct(r.doc[m.end - 1])
    return (m.start > 1 and r.doc[m.start - 1].lower_ == "by"
            and r.doc[m.start - 2].lemma_.lower() in ("report", "reporting", "edit", "editing", "write", "writing")
            or first.dep_ in ("pobj", "agent") and first.head.lower_ == "by"
            and first.head.head.lemma_.lower() in ("report", "reporting", "edit", "editing", "write", "writing"))


def went_to(r: Resolver, m) -> bool:
    """Whether the mention is the object of "to", "from", "for" or "over" ("taken to Bandar Kesh"): where an actor
    acts in a sport story, and where a place stands in any other."""
    first = first_conjunct(r.doc[m.end - 1])
    return first.dep_ == "pobj" and first.head.lower_ in ("to", "from", "for", "over")


def listed_with(r: Resolver, c: Cluster) -> EntityType | None:
    """The type of the names a one-word name is listed with, where they agree: organisations, or persons named in
    full or known to the gazetteer (a one-word "person" beside it is the same guess, no evidence). None where a
    mention stands in no list, or a member is no name found (:func:`kg.extract.nerrepairs.listed_type`)."""
    cols = arrays(r.doc)
    by_id = {x.id: x for x in r.clusters if x.mentions}
    found = set()
    for m in c.mentions:
        others = [k for k in conjunct_ids(cols, m.end - 1) if not m.start <= k < m.end]
        for k in others:
            other = next((x for x in r.mentions if x.start <= k < x.end and not x.tentative), None)
            cluster = by_id.get(other.cluster) if other is not None else None
            if cluster is None or cluster is c or cols.pos[k] != "PROPN":
                return None
            etype = r.cluster_type(cluster)
            if etype is PERSON and not (cluster.entry is not None or any(" " in x.text for x in cluster.mentions)):
                return None
            found.add(etype)
    return found.pop() if len(found) == 1 and found <= {PERSON, EntityType.ORGANIZATION} else None


# Verbs whose object is a firm or a brand outside sport, where clubs buy and sell players
DEALS = frozenset("buy acquire purchase sell divest merge".split())
# Nouns before a name that do not say what it is: people and firms alike are rivals, partners, leaders
EITHER = frozenset("rival partner ally leader owner member winner loser bidder buyer seller client".split())
# (the unions the tests below ask of each mention, made once)
_ROLE_WORDS = PERSON_ROLES | lx.TITLE_NOUNS | EITHER
_PRONOUNS = lx.PERSON_PRONOUNS | {"it", "its"}


def org_evidence(r: Resolver, c: Cluster) -> bool:
    """Whether the article treats a name as a body's: "it"/"its" or "the company" resolved to it or in the clause
    it is the subject of ("X said it would ..."), it merges or is bought or sold (outside sport), its first word
    alone elsewhere (a firm's short form: "Telefonica" for "Telefonica Deutschland"; people go by their surname), or
    a description noun before it that is no person's role ("developer Fjordvind Kraft", "chocolate maker X")."""
    doc = r.doc
    for i, cid in r.pronoun_cluster.items():
        if cid == c.id and (doc[i].lower_ in ("it", "its", "itself") or doc[i].pos_ == "NOUN"
                            and APPOSED.get(doc[i].lemma_.lower()) is EntityType.ORGANIZATION):
            return True
    for m in c.mentions:
        head = doc[m.end - 1]
        if head.dep_ != "nsubj":
            continue
        verb = head.head
        pronoun = next((t for t in doc[m.end:verb.sent.end] if t.lower_ in _PRONOUNS
                        and verb in t.ancestors), None)
        if pronoun is not None and (pronoun.lower_ == "its" or pronoun.lower_ == "it" and pronoun.dep_ != "expl"
                                    and pronoun.head.lemma_ not in ("be", "seem", "appear", "remain", "matter")):
            return True     # "Zorvath Industrie said it would cut 400 jobs": the subject's own words call it "it"
        if verb.lemma_ == "merge":
            return True     # "Zorvath Industrie merged with ...": firms merge, people do not
    for m in c.mentions:
        head = first_conjunct(doc[m.end - 1])
        if head.dep_ == "dobj" and head.head.lemma_ in DEALS and not r.sport:
            return True     # "the brewer had bought Tiger Beer": what is bought and sold is a firm or a brand
    spans = {i for m in c.mentions for i in range(m.start, m.end)}
    firsts = {m.text.split()[0] for m in c.mentions if " " in m.text}
    cols = arrays(doc)      # every word of the article, by position (a Token per word and per cluster asked)
    text, pos = cols.text, cols.pos
    if firsts and any(text[i] in firsts and i not in spans and pos[i] == "PROPN" for i in range(cols.n)):
        return True
    for m in c.mentions:
        before = doc[m.start - 1] if m.start > 0 else None
        if (before is not None and before.pos_ == "NOUN" and before.text.islower() and before.dep_ == "compound"
                and m.start <= before.head.i < m.end
                and before.lemma_.lower() not in _ROLE_WORDS):
            return True
    return False


# What a player does, not a club: verbs alone, and verbs with a count of play ("made a century", "took four wickets")
PLAYER_VERBS = frozenset("score bowl bat ride serve dribble volley sprint shoot".split())
PLAY_COUNTS = frozenset("""century centuries wicket wickets goal goals try tries point points run runs hat-trick
rebound rebounds assist assists four fours six sixes ace aces birdie birdies""".split())


def plays(r: Resolver, m) -> bool:
    """Whether a one-word name is the subject of a player's act: "Salah scored twice", "Kohli made a century",
    "Okafor took four wickets" (a club the NER calls a person wins, signs and sells; it does not bowl)."""
    head = r.doc[m.end - 1]
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    if verb.lemma_.lower() in PLAYER_VERBS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PLAY_COUNTS | {w.rstrip("s") for w in PLAY_COUNTS}
               for c in verb.children)


def retype_single_names(r: Resolver) -> None:
    """Make each "person" whose names alone do not make it one (one word, or no given name first; see
    unsupported_person and unsupported_full_name) and that has no person cue an organisation where it acts (a
    subject or object of a verb: a firm, a club, a body), else a concept."""
    for c in r.clusters:
        single = unsupported_person(r, c)
        if not (single or unsupported_full_name(r, c)):
            continue
        listed = listed_with(r, c)
        if listed is PERSON and single:
            continue    # "Real Madrid signed Kylian Mbappe, Endrick and Trent Alexander-Arnold": a player, as they are
        if listed is EntityType.ORGANIZATION:   # (and "organised by the FNSEA and Jeunes Agriculteurs")
            for m in c.mentions:
                m.type = EntityType.ORGANIZATION
            r._types.pop(c.id, None)
            continue    # "The deal was signed by Vexa, Lumora and Orlen": one of three firms
        if single and any(plays(r, m) for m in c.mentions) and not org_evidence(r, c):
            continue    # "Salah scored twice": the NER's person, a player
        if any(acts(r.doc, m.start, m.end, by=False) and (single or not went_to(r, m)) for m in c.mentions) and (
                single or org_evidence(r, c)):
            for m in c.mentions:
                m.type = EntityType.ORGANIZATION
            r._types.pop(c.id, None)
            continue
        place = [etype for m in c.mentions for etype, _ in context_votes(r.doc, m.start, m.end)
                 if etype in (EntityType.GPE, EntityType.LOCATION)]
        if place and not single:
            for m in c.mentions:
                m.type = place[0]   # "the port of Bandar Kesh", "off Ras Tanura": a place the NER took for a person
            r._types.pop(c.id, None)
            continue
        r.forget(c)
