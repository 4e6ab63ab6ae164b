"""Plural references and the names they stand for: "both ministers" and "the two companies" (an earlier set, or the
names the article is about), "the pair" and "the two sides" (a coordination of names just before), and a
sentence-initial "They" after coordinated names or one organisation."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.entities import Resolver

def earlier_set(r: Resolver, tok: Token, count: int) -> list[int]:
    """The members of the latest earlier plural description with the same noun and as many members: "The two
    ministers signed ... Blinken praised both ministers"."""
    lemma = tok.lemma_.lower()
    for t in reversed(r.doc[:tok.i]):
        if t.tag_ == "NNS" and t.lemma_.lower() == lemma:
            members = r.set_members(t)
            if len(members) == count:
                return members
    return []


# Nouns for the parties to something, of whatever type: "the two sides" (two states, two firms), "the pair" (two
# players); and the count some of them say by themselves
PARTY_NOUNS = frozenset("side pair duo trio".split())
SET_COUNTS = {"pair": 2, "duo": 2, "trio": 3}
# Nouns for those who act together or against each other, whatever their number: "the allies", "the partners"
PARTNER_NOUNS = frozenset("ally partner neighbour neighbor rival".split())
ACTOR_TYPES = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE)


def _name_of(r: Resolver, tok: Token) -> int | None:
    """The cluster a member of a list names: its own name's, or for a kind noun after a name ("the Verdi union"),
    that name's."""
    if tok.i in r.token_cluster:
        return r.token_cluster[tok.i]
    cid = r.pronoun_cluster.get(tok.i)
    return cid if cid is not None and any(c.dep_ == "compound" and r.token_cluster.get(c.i) == cid
                                          for c in tok.children) else None


def listed(r: Resolver, head: Token) -> list[Token]:
    """The members of the list a name is coordinated in, with the name that starts a list the parse read as an
    apposition ("Kostyuk, Svitolina and Yastremska": Svitolina apposed to Kostyuk, Yastremska her conjunct)."""
    group = [head, *head.conjuncts]
    first = min(group, key=lambda t: t.i)
    if len(group) > 1 and first.dep_ == "appos" and first.head.i < first.i and first.head.i in r.token_cluster \
            and r.doc[first.left_edge.i - 1].text == "," and not any(t.lower_ in ("and", "or")
                                                                       for t in r.doc[first.head.i:first.i]):
        group.append(first.head)
    return group


def surface_list(r: Resolver, m) -> list:
    """The mentions of a list "A, B and C" that ends with mention ``m``, read off the words (the parse often breaks
    one: "CN and CPKC said" with "CN" a verb); [m] alone where no "and" and name stand right before it."""
    doc = r.doc
    by_end = {x.end: x for x in r.mentions if x.cluster >= 0}
    j = m.start - 1
    if j < 1 or doc[j].lower_ != "and":
        return [m]
    prev = by_end.get(j) or (by_end.get(j - 1) if doc[j - 1].text == "," else None)
    if prev is None:
        return [m]
    out = [prev, m]
    while out[0].start > 1 and doc[out[0].start - 1].text == "," and (p := by_end.get(out[0].start - 1)) is not None:
        out.insert(0, p)
    return out


def _coordination(r: Resolver, start: int, end: int, count: int | None) -> list[int]:
    """The latest coordination of names between tokens ``start`` and ``end``, all of one actor type, and of
    ``count`` names where a count is given (at least two where not): "Foreign ministers of India and China"."""
    for m in sorted((m for m in r.mentions if start <= m.start < end and m.cluster >= 0), key=lambda m: -m.start):
        head = r.doc[m.end - 1]
        if not head.conjuncts:
            names = surface_list(r, m)
            if len(names) < 2 or names[0].start < start:
                continue
            ids = list(dict.fromkeys(x.cluster for x in names))
            group = [r.doc[x.end - 1] for x in names]
        else:
            group = listed(r, head)
            ids = list(dict.fromkeys(n for t in group if (n := _name_of(r, t)) is not None))
        if len(ids) != len(group) or any(not start <= t.i < end for t in group):
            return []   # a list with a member that is no name, or reaching outside: none sure
        types = {r.cluster_type(r.clusters[i]) for i in ids}
        if len(types) != 1 or types.pop() not in ACTOR_TYPES:
            return []
        return sorted(ids) if count is None and len(ids) >= 2 or len(ids) == count else []
    return []


# What two sides do together: "ministers of India and China met", "talks between X and Y"
RECIPROCAL_VERBS = frozenset("""meet talk negotiate agree sign clash fight discuss disagree compete trade spar
settle""".split())
RECIPROCAL_NOUNS = frozenset("""talks talk meeting negotiation negotiations dispute clash clashes fight deal agreement
summit war conflict match game final""".split())


def _reciprocal(r: Resolver, members: list[int]) -> bool:
    """Whether the names of a coordination act together or against each other: the subject of "met", "agreed",
    "clashed", or the names "between" which talks or a dispute are."""
    first = min(m.start for m in r.mentions if m.cluster in members)
    head = r.doc[first]
    while head.dep_ in ("compound", "conj", "flat") or head.head.dep_ == "conj":
        head = head.head
    while head.dep_ == "pobj" and head.head.lower_ in ("of", "from") and head.head.head.pos_ == "NOUN":
        head = head.head.head   # "foreign ministers of India and China met"
    if head.dep_ == "pobj" and head.head.lower_ == "between":
        return True
    if head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
        return verb.lemma_.lower() in RECIPROCAL_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in RECIPROCAL_NOUNS for c in verb.children)
    return False


def coordinated_set(r: Resolver, tok: Token, count: int) -> list[int]:
    """ "Anna Berg and Lisa Holm won the title. The pair beat ...", "ministers of India and China met. The two sides
    agreed ...": the latest coordination of ``count`` names of one type, in the sentence or the one before; for
    "sides", only names that met, talked or clashed ("Maersk and MSC diverted ships" are no sides of a strike)."""
    sent_start = r.sentence_start(tok.i)
    lower = r.sentence_start(sent_start - 1) if sent_start > 0 else 0
    members = _coordination(r, lower, tok.i, count)
    if members and tok.lemma_.lower() == "side" and not _reciprocal(r, members):
        return []
    return members


def they_members(r: Resolver, tok: Token) -> list[int]:
    """A sentence-initial "They", the subject of its sentence, after a sentence whose subject is two or more
    coordinated names of one type: "Germany and France presented a plan. They want ..." -> both. Empty where the
    sentence before has another plural subject or none."""
    if tok.lower_ == "their" and tok.dep_ == "poss":   # "Poland and Lithuania closed their borders": both
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is None or not subj.conjuncts:
            return []
        return _coordination(r, subj.left_edge.i, subj.right_edge.i + 1, None)
    if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and \
            tok.head.head.lemma_.lower() in lx.REPORTING_VERBS:
        return _speakers(r, tok)     # "CN and CPKC said they welcomed the decision": both
    if tok.lower_ == "them" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lower_ in PICKING_WORDS and tok.head.head.dep_ in ("nsubj", "nsubjpass"):
        opener = tok.head.head     # "None of them replied": them of the sentence before
    elif tok.lower_ in ("they", "both") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
        opener = tok    # "Chile and Peru raised output. Both ..." (two of them, below)
    else:
        return []
    start = r.sentence_start(tok.i)
    if start == 0 or opener.i != start:
        return []
    prev = r.doc[r.sentence_start(start - 1):start]
    subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return []
    subj = subjects[0]
    if not subj.conjuncts:
        # "Journalists Ana Paz and Diego Cornejo were freed. They ...": the names apposed to a plural noun; "The two
        # leaders met. They ...": the members of a plural description
        names = [c for c in subj.children if c.dep_ == "appos" and c.conjuncts] if subj.tag_ == "NNS" else []
        if len(names) == 1:
            return _coordination(r, names[0].left_edge.i, names[0].right_edge.i + 1, None)
        return r.set_members(subj) if subj.tag_ == "NNS" else []
    members = _coordination(r, subj.left_edge.i, subj.right_edge.i + 1, None)
    return members if tok.lower_ != "both" or len(members) == 2 else []


# Words that pick from a set: "None of them", "Both of them", "All of them"
PICKING_WORDS = frozenset("none neither both all each".split())


def _speakers(r: Resolver, tok: Token) -> list[int]:
    """The coordinated names that say the clause "they" is the subject of: "CN and CPKC said they ...", however the
    parse attached the names (two or more, of one actor type)."""
    speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    cid = r.token_cluster.get(speaker.i) if speaker is not None else None
    if cid is None:
        return []
    members = _coordination(r, r.sentence_start(speaker.i), speaker.i + 1, None)
    return members if cid in members else []


def they_body(r: Resolver, tok: Token) -> int | None:
    """A sentence-initial "They said" after a sentence whose subject is one organisation and that names no other
    actor: "Meridian Bank posted record profits. They said lending had grown" (a firm spoken of as its people)."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or \
            tok.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    start = r.sentence_start(tok.i)
    if start == 0 or tok.i != start:
        return None
    prev = r.doc[r.sentence_start(start - 1):start]
    subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].conjuncts or subjects[0].tag_ in ("NNS", "NNPS") and \
            subjects[0].i not in r.token_cluster:
        return None
    cid = r.cluster_of_token(subjects[0])
    if cid is None or r.cluster_type(r.clusters[cid]) is not EntityType.ORGANIZATION:
        return None
    others = {m.cluster for m in r.mentions if prev.start <= m.start < prev.end and m.cluster >= 0} - {cid}
    people = any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in lx.TITLE_NOUNS | PEOPLE_NOUNS for t in prev)
    return None if others or people else cid


def they_speaker(r: Resolver, tok: Token) -> int | None:
    """ "The Houthis said they had fired a missile", "the Rapid Support Forces said they had taken the base": the
    active subject "they" of what a body with a plural name says is that body. Not a name of singular form ("Israel
    said they had crossed the border": others), what they are ("said they were civilians"), a list (see :meth:`Resolver.set_members`), or a passive ("Hamas said
    they had been killed": others)."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp" or tok.head.head.i > tok.i or \
            tok.head.head.lemma_.lower() not in lx.REPORTING_VERBS or tok.head.lemma_.lower() == "be":
        return None
    subjects = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].conjuncts or not plural_name(subjects[0]):
        return None
    cid = r.cluster_of_token(subjects[0])
    if cid is None or r.cluster_type(r.clusters[cid]) is not EntityType.ORGANIZATION:
        return None
    return cid


def plural_name(tok: Token) -> bool:
    """A name of plural form: "the Houthis", "the Rapid Support Forces", "the Democrats"."""
    low = tok.lower_
    return tok.pos_ == "PROPN" and (tok.tag_ == "NNPS" or low.endswith("s") and not low.endswith(("ss", "us", "as"))
                                    and len(low) > 3)     # ("Congress", "Hamas" are no plurals; "Paris" no body)


# Plural nouns for people who may say things ("Workers at X walked out. They said"): "they" may be them
PEOPLE_NOUNS = frozenset("""worker employee staff people resident voter protester demonstrator investor analyst
shareholder customer passenger farmer doctor nurse teacher student pilot driver fan player official lawmaker
member union investigator police officer soldier troop expert scientist researcher""".split())


def salient_set(r: Resolver, live: list, tok: Token, count: int) -> list[int]:
    """The ``count`` names of the type the article has named most before the description, where they stand out:
    each named at least twice and more often than any other of the type ("the two companies" of a story about a
    verdict between Halvorsen and Merck)."""
    if any(r.cluster_type(c) is EntityType.PERSON for c in live[:1]):
        return []   # "the two leaders" of a story about two ministers: people are not counted into a pair
    named = sorted(((sum(1 for m in c.mentions if m.start < tok.i and not m.adjective), c.id) for c in live),
                   reverse=True)
    if len(named) < count or named[count - 1][0] < 2 or len(named) > count and named[count][0] >= named[count - 1][0]:
        return []
    return sorted(cid for _, cid in named[:count])


def reciprocal(tok: Token) -> bool:
    """Whether an object is "each other" or "one another": what each member of its subject does to the others."""
    cols = arrays(tok.doc)      # asked of every statement's object
    i, lower = tok.i, cols.lower
    low = lower[i]
    if low not in ("other", "another", "one"):
        return False
    before = lower[i - 1] if i > 0 else ""
    after = lower[i + 1] if i + 1 < cols.n else ""
    return low == "other" and before == "each" or low == "another" and before == "one" or \
        low == "one" and after == "another"


def reciprocal_members(r: Resolver, subj: Token | None) -> list[int]:
    """The members a reciprocal object ranges over: the coordinated names of the subject ("Armenia and Azerbaijan
    accused each other"), or the members of a plural subject ("the two sides blamed each other"); empty unless two
    or more are named."""
    if subj is None:
        return []
    if subj.conjuncts:
        group = listed(r, subj)
        ids = list(dict.fromkeys(r.token_cluster.get(t.i) for t in group))
        return [] if None in ids or len(ids) < 2 else ids
    members = r.set_members(subj) if subj.pos_ in ("NOUN", "PRON") else []
    return members if len(members) >= 2 else []
