"""Offices of a state whose state the text leaves unsaid or gives only by context, stated once the article's clauses
are read: a counterpart's office in the other state ("Japanese Foreign Minister X and his South Korean counterpart,
Y"), a cabinet title under a person who heads a state ("His foreign minister, Y"), a cabinet title that heads the
one department the article names ("Commerce Secretary X" and "the Commerce Department"), and a cabinet title with
no state in an article about one state ("Interior Minister X" under a Belgrade dateline)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import subjects_of
from kg.extract.docarrays import arrays
from kg.extract.namecues import front_matter_places
from kg.extract.roles import PORTFOLIO_WORDS, ROLES, portfolio, role_of, title_complement
from kg.extract.titles import FORMER_WORDS, former, title_name, title_of_tokens
from kg.nlp import lead_end
from kg.rdf.iris import slug
from kg.types import Argument, EntityType, Statement

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.core import _Converter

# Roles in a state that another state's holder of the same office is the counterpart of.
STATE_OFFICES = frozenset("head_of minister_of spokesperson_of representative_of".split())


def held_offices(conv: _Converter, statements: list[Statement]) -> dict[str, Statement]:
    """Each person's first office in a state the statements hold as a fact ("foreign minister of Japan")."""
    out: dict[str, Statement] = {}
    for st in statements:
        state = conv.entity_of(st.object.entity)
        if st.is_fact and st.subject.entity and st.predicate in STATE_OFFICES and state is not None \
                and state.type is EntityType.GPE:
            out.setdefault(st.subject.entity, st)
    return out


def counterpart_noun(head: Token, start: int | None = None) -> Token | None:
    """The "counterpart" a name stands with: "his German counterpart, Anna Weiss", "her French counterpart
    Emmanuel Macron", "Anna Weiss, his German counterpart", "his Japanese and Australian counterparts, A and B" (for
    A and for B); else None. ``start``: where the name begins, for a name set off right after "counterpart," that
    the parser hung elsewhere ("spoke with her Chinese counterpart, Wang Yi, on Thursday")."""
    doc = head.doc
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head      # "... counterparts, A and B": B is the second name of the apposition
    if first.dep_ == "appos" and first.head.lemma_.lower() == "counterpart":
        return first.head
    start = first.left_edge.i if first.i != head.i else start
    if start is not None and start >= 2 and doc[start - 1].text == "," and \
            doc[start - 2].lemma_.lower() == "counterpart" and first.dep_ not in ("nsubj", "nsubjpass", "appos"):
        return doc[start - 2]
    return next((c for c in head.children if c.lemma_.lower() == "counterpart"
                 and c.dep_ in ("compound", "nmod", "appos")), None) if first.i == head.i else None


def counterpart_state(conv: _Converter, noun: Token, head: Token | None = None) -> str | None:
    """The state a counterpart is of, from the word before it ("his South Korean counterpart" -> South Korea); of
    counterparts named in a list, the state whose adjective stands in the same place in the list of adjectives ("his
    Japanese and Australian counterparts, A and B": A's is Japan, B's Australia), none when the lists differ in
    length ("his European counterparts, A, B and C")."""
    mods = sorted((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i),
                  key=lambda t: t.i)
    if not mods:
        return None
    adjectives = [mods[0], *(c for c in mods[0].subtree if c.dep_ == "conj")]
    names = [c for c in noun.children if c.dep_ == "appos"] or set_off_name(noun)
    names = [*names[:1], *(c for c in names[0].subtree if c.dep_ == "conj")] if names else []
    if len(adjectives) > 1 or len(names) > 1 or noun.tag_ == "NNS":
        if head is None or len(adjectives) != len(names) or head not in names:
            return None
        texts = [adjectives[names.index(head)].text]
    else:
        texts = [conv.doc[mods[0].left_edge.i:noun.i].text, mods[-1].text]
    for text in texts:
        entry = conv.gaz.demonym(text) or conv.gaz.lookup(text)
        if entry is not None and entry.type is EntityType.GPE:
            return conv.gazetteer_entity(entry)
    return None


def set_off_name(noun: Token) -> list[Token]:
    """The head of a name right after "counterparts," that the parser hung elsewhere, as a list of it ([] if none)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != "," or doc[noun.i + 2].pos_ != "PROPN":
        return []
    tok = doc[noun.i + 2]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return [tok]


def counterparts(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "Japanese Foreign Minister X and his South Korean counterpart, Y": Y holds X's office in the other state,
    stated only where X's office in a state is a fact the article gives and the other state is named."""
    from kg.extract.core import provenance     # the converter's module builds on this one
    held = held_offices(conv, statements)
    done = {(st.subject.entity, st.predicate) for st in statements if st.subject.entity}
    out = []
    for m in conv.res.mentions:
        if m.type is not EntityType.PERSON or m.cluster not in conv.entities:
            continue
        noun = counterpart_noun(conv.doc[m.end - 1], m.start)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
        office = held.get(conv.key_of(conv.cluster_of(owner))) if owner is not None else None
        if office is None and owner is not None:
            office = other_side(conv, owner, counterpart_state(conv, noun, conv.doc[m.end - 1]), held)
            out += [office] if office is not None else []
        state = counterpart_state(conv, noun, conv.doc[m.end - 1]) if office is not None else None
        key = conv.entities[m.cluster].key
        if state is None or state == office.object.entity or key == office.subject.entity \
                or (key, office.predicate) in done:
            continue
        done.add((key, office.predicate))
        sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=office.predicate,
                             predicate_label=office.predicate_label, object=Argument(
                                 text=conv.entity_of(state).label, entity=state),
                             confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out


def other_side(conv: _Converter, owner: Token, state: str | None, held: dict) -> Statement | None:
    """ "Foreign Minister X spoke with her Chinese counterpart, Y" in an article that names Australia and China only:
    a counterpart is of another state, so X's bare cabinet title is held in the one other country the article names
    (with a low confidence); None when it names none or several others, or X has no bare cabinet title."""
    from kg.extract.core import provenance     # the converter's module builds on this one
    cid = conv.cluster_of(owner)
    key = conv.key_of(cid)
    if state is None or key is None or key in held:
        return None
    named, _ = article_countries(conv)
    others = {conv.gazetteer_entity(c) for c in named} - {state}
    if len(others) != 1 or state not in {conv.gazetteer_entity(c) for c in named}:
        return None
    for m in conv.res.mentions:
        noun = cabinet_noun(conv, m) if m.cluster == cid and m.type is EntityType.PERSON else None
        office = cabinet_title(noun) if noun is not None else None
        if office is None or role_of(f"{office}_of") is None:
            continue
        target = next(iter(others))
        held[key] = st = Statement(subject=Argument(text=m.text, entity=key), predicate=role_of(f"{office}_of"),
                                   predicate_label=f"{office.replace('_', ' ')} of",
                                   object=Argument(text=conv.entity_of(target).label, entity=target),
                                   confidence=0.4, sentence=provenance(conv.doc[m.start].sent)[0],
                                   char_start=provenance(conv.doc[m.start].sent)[1],
                                   char_end=provenance(conv.doc[m.start].sent)[2])
        return st
    return None


def cabinet_of_leader(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "Orban ... His foreign minister, Peter Szijjarto": a cabinet title held under a person who heads a state is
    an office in that state (the statement under the person becomes one in the state)."""
    heads = {k: st for k, st in held_offices(conv, statements).items() if st.predicate == "head_of"}
    out = []
    for st in statements:
        leader = heads.get(st.object.entity) if st.predicate not in ROLES else None
        if leader is not None and role_of(st.predicate) == "minister_of":
            st = replace(st, predicate="minister_of", object=Argument(
                text=conv.entity_of(leader.object.entity).label, entity=leader.object.entity))
        out.append(st)
    return out


# Words of the name of a government department that a cabinet member heads ("the Interior Ministry", "the Home Office").
DEPARTMENT_WORDS = frozenset("ministry department office".split())


def cabinet_noun(conv: _Converter, m, held_once: bool = False) -> Token | None:
    """The cabinet title ("minister", "secretary") right before or in apposition to a person's name, or None (none,
    several, or a former office unless ``held_once``)."""
    head = conv.doc[m.end - 1]
    nouns = [c for c in head.children if c.dep_ in ("compound", "nmod", "appos") and c.pos_ in ("NOUN", "PROPN")
             and (c.lemma_.lower() in ("minister", "secretary") or exchequer(c)) and c.ent_type_ != "PERSON"]
    return nouns[0] if len(nouns) == 1 and (held_once or not former(nouns[0], head)) else None


def department_titles(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "Commerce Secretary X" in an article that names the Commerce Department: a cabinet title's holder heads the
    one department of the article its portfolio names ("the Interior Ministry" for "Interior Minister", "the US
    Treasury" for "Treasury Secretary"), with a moderate confidence; nothing when no department or several fit."""
    from kg.extract.core import provenance     # the converter's module builds on this one
    departments = {}
    for e in conv.entities.values():
        words = e.label.lower().replace("-", " ").split()
        if e.type is EntityType.ORGANIZATION and words and (set(words) & DEPARTMENT_WORDS or words[-1] in PORTFOLIO_WORDS
                                                            and all(state_word(conv, w) for w in words[:-1])):
            departments[e.key] = set(words)     # ("the US Treasury"; not "Trump Energy", a president's name the
                                                # tagger read into a body's with the title's portfolio)
    if not departments:
        return []
    done = {(st.subject.entity, st.object.entity) for st in statements}
    out = []
    for m in conv.res.mentions:
        key = conv.entities[m.cluster].key if m.type is EntityType.PERSON and m.cluster in conv.entities else None
        noun = cabinet_noun(conv, m) if key is not None else None
        office = cabinet_title(noun) if noun is not None else None
        if office is None:
            continue
        words = {t.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                 for t in c.subtree if portfolio(noun, t) or t.lower_ in PORTFOLIO_WORDS}
        fits = [k for k, named in departments.items() if words and words <= named]
        if len(fits) != 1 or (key, fits[0]) in done:
            continue
        done.add((key, fits[0]))
        named = {t.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i for t in c.subtree}
        # "Home Office minister X": a title after the department's own name is a post in it (a junior minister), not
        # its head ("Home Secretary X", "Interior Minister X" head theirs)
        role = "member_of" if noun.lemma_.lower() == "minister" and named & DEPARTMENT_WORDS else "head_of"
        sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role,
                             predicate_label=f"{office.replace('_', ' ')} of",
                             object=Argument(text=conv.entity_of(fits[0]).label, entity=fits[0]),
                             confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out


def state_word(conv: _Converter, word: str) -> bool:
    """A word of a government department's name before its portfolio that names its state ("US", "HM", "British")."""
    if word in ("us", "u.s.", "uk", "hm", "federal", "state", "the"):
        return True
    entry = conv.gaz.lookup(word) or conv.gaz.demonym(word)
    return entry is not None and entry.type is EntityType.GPE


# Verbs of going to a place: a holder of a bare title who visits a state is none of its officers ("Treasury
# Secretary X is to visit Buenos Aires").
MOTION_VERBS = frozenset("visit travel fly arrive come tour go return head".split())


def known_person(gaz, entity):
    """The gazetteer's entry of a person by their label or by a titled form the article gives ("King Charles" for
    "Charles"), or None."""
    for name in (entity.label, *sorted(entity.aliases, key=len, reverse=True)):
        entry = gaz.lookup(name)
        if entry is not None:
            return entry if entry.type is EntityType.PERSON else None
    return None


def state_entry(conv: _Converter, entry):
    """The country a gazetteer entry names: the country itself, or the one a capital is of; else None."""
    if entry is None or entry.type is not EntityType.GPE:
        return None
    return entry if entry.kind == "country" else conv.gaz.capital_country(entry)


def sentence_states(conv: _Converter, sent) -> tuple[set[str], set[str]]:
    """The countries a sentence names: (by their names or their capitals', by their adjectives alone)."""
    named, adjectives = set(), set()
    for m in conv.res.mentions:
        if sent.start <= m.start < sent.end:
            country = state_entry(conv, m.entry)
            if country is not None:
                (adjectives if m.adjective else named).add(slug(country.label))
    cols = arrays(conv.doc)     # asked for every titled name: the sentence's words by position, not a Token each
    pos, text = cols.pos, cols.text
    for i in range(sent.start, sent.end):
        if pos[i] in ("ADJ", "PROPN") and text[i][:1].isupper():
            country = state_entry(conv, conv.gaz.demonym(text[i]))
            if country is not None:
                adjectives.add(slug(country.label))
    return named, adjectives - named


def frame_state(conv: _Converter, m) -> str | None:
    """ "In France, Interior Minister X said ...": the country a sentence opens on as the place its main clause
    speaks of, when the titled person is that clause's subject; else None."""
    sent = conv.doc[m.start].sent
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep" or first.head.i != sent.root.i:
        return None
    objs = [c for c in first.children if c.dep_ == "pobj"]
    head = conv.doc[m.end - 1]
    if len(objs) != 1 or not (head.dep_ in ("nsubj", "nsubjpass") and head.head.i == sent.root.i):
        return None
    comma = objs[0].right_edge.i + 1
    if comma >= sent.end or conv.doc[comma].text != ",":
        if not any(t.text == "," for t in conv.doc[objs[0].right_edge.i + 1:head.i]):
            return None
    mention = next((x for x in conv.res.mentions if x.start <= objs[0].i < x.end), None)
    entry = mention.entry if mention is not None and not mention.adjective else None
    if entry is None or entry.type is not EntityType.GPE or entry.kind != "country":
        return None
    return conv.gazetteer_entity(entry)


def visits(conv: _Converter, m, state: str) -> bool:
    """The titled person goes to the state or its capital in their sentence ("X is expected to visit Paris")."""
    head = conv.doc[m.end - 1]
    for verb in conv.doc[m.start].sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MOTION_VERBS:
            continue
        subjects, _ = subjects_of(verb)
        if not any(s.i == head.i or conv.cluster_of(s) == m.cluster for s in subjects):
            continue
        goals = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "for")
            for g in c.children if g.dep_ == "pobj"]
        for goal in goals:
            mention = next((x for x in conv.res.mentions if x.start <= goal.i < x.end), None)
            country = state_entry(conv, mention.entry) if mention is not None else None
            if country is not None and slug(country.label) == state:
                return True
    return False


def elsewhere(conv: _Converter, m, state: str) -> bool:
    """A bare title's sentence shows its holder acting for a state other than ``state``, the one the article is
    about: the sentence names another country and not this one ("In the Czech Republic, ..., Prime Minister X said";
    "the United States Treasury backed it, and Treasury Secretary X ..."), or the holder goes to this one ("X is
    expected to visit Buenos Aires")."""
    sent = conv.doc[m.start].sent
    named, adjectives = sentence_states(conv, sent)
    if named - {state} and state not in named | adjectives:
        return True
    prior = leading_state(conv, sent)
    if prior is not None and prior != state and state not in named | adjectives:
        return True     # "Germany said its storage sites were full. Economy Minister X spoke to ...": Germany's
    return visits(conv, m, state)


def leading_state(conv: _Converter, sent) -> str | None:
    """The country the sentence before ``sent`` in its paragraph has as its main verb's subject ("Germany, which
    relies on Norway for gas, said its storage sites were full."), a paragraph's topic a bare title after it may
    belong to; None at a paragraph's start or when that subject is no country."""
    if sent.start == 0:
        return None
    prior = conv.doc[sent.start - 1].sent
    first = next((t for t in sent if not t.is_space), sent[0])
    if conv.dates.text.rfind("\n\n", 0, first.idx) >= prior.start_char:
        return None     # a blank line between them: another paragraph
    root = prior.root
    for m in conv.res.mentions:
        head = conv.doc[m.end - 1]
        if prior.start <= m.start < prior.end and not m.adjective and head.head.i == root.i \
                and head.dep_ in ("nsubj", "nsubjpass"):
            country = state_entry(conv, m.entry)
            if country is not None:
                return slug(country.label)
    return None


def home_state(conv: _Converter, dateline_only: bool = False) -> str | None:
    """The state an article's bare cabinet titles belong to: the country of its dateline ("By X in Oslo", or a wire
    story's "ACCRA, Ghana (AP) —", or "MUMBAI (Reuters) -" when the article or its headline names India too), else
    the one country its headline names ("Serbia Denies ..."), else the one country its text names at all (by name,
    capital or adjective); None when they name none or several. ``dateline_only``: the dateline's country or None."""
    art = conv.article
    text = conv.dates.text      # the doc's text, made once (Doc.text joins a Token per word)
    named: set = set()

    def states(places, cities: bool = False) -> set:
        out = set()
        for entry, _ in places:
            country = state_entry(conv, entry)
            if country is None and cities and entry.type is EntityType.GPE and entry.kind == "city":
                # a city's country only when the article names it too: "GENEVA (Reuters) -" reports on Iran's talks
                country = conv.gaz.country_of(entry)
                if country is not None and not named:
                    named.update(article_countries(conv)[0], states(front_matter_places(art.headline, None, text,
                                                                                        conv.gaz)))
                country = country if country in named else None
            if country is not None:
                out.add(country)
        return out
    wire = wire_dateline(conv, text)
    found = states(front_matter_places(None, art.author, text, conv.gaz), True) or states(wire, True)
    if wire and not found:
        return None     # "GENEVA (Reuters) -" on talks about Iran: reported from a city of no country named; no guess
    if dateline_only:
        found = found if len(found) == 1 else set()
    found = found or not dateline_only and (states(front_matter_places(art.headline, None, text, conv.gaz))
                                            or spoken_of(conv))
    return conv.gazetteer_entity(next(iter(found))) if found and len(found) == 1 else None


def wire_dateline(conv: _Converter, text: str) -> list[tuple]:
    """The places of the dateline a wire story opens with ("BRASILIA (AP) —", "ACCRA, Ghana (AP) —", "GENEVA, May 3
    (Reuters) -"), as (gazetteer entry, name as written); [] when it opens with none."""
    start = next((t.i for t in conv.doc if not t.is_space), None)
    end = lead_end(conv.doc, start, text) if start is not None else None
    if end is None:
        return []
    words = re.split(r"\s*[(/\u2013\u2014]|\s-", conv.doc[start:end].text, maxsplit=1)[0]
    found = []
    for part in (p.strip(" .") for p in words.split(",")):
        entry = conv.gaz.lookup(part) or conv.gaz.lookup(part.title()) if part else None
        if entry is not None and entry.type is EntityType.GPE:
            found.append((entry, part))
    return found


def spoken_of(conv: _Converter) -> set:
    """The one country an article names (by its name, its capital's or its adjective), as a set of its gazetteer
    entry; an empty set when it names several, or names its one country only in a person's title ("U.S. President
    X" in a story about the BBC says whose president he is, not where the story is) or by its capital ("killings in
    Lima" is news of a city)."""
    named, free = article_countries(conv)
    return named if len(named) == 1 and free == named else set()


def article_countries(conv: _Converter) -> tuple[set, set]:
    """The gazetteer entries of the countries an article names (by their names, their capitals' or their
    adjectives), and of those it names by their own name or adjective outside a person's title."""
    named, free = set(), set()
    for m in conv.res.mentions:
        country = state_entry(conv, m.entry)
        if country is not None:
            named.add(country)
            free |= {country} if not titled(conv.doc[m.end - 1]) and country is m.entry else set()
    cols = arrays(conv.doc)     # every word of the article: by position, a Token only for a country's adjective
    pos, text = cols.pos, cols.text
    for i in range(cols.n):
        if pos[i] in ("ADJ", "PROPN", "NOUN") and text[i][:1].isupper():
            country = state_entry(conv, conv.gaz.demonym(text[i]))
            if country is not None:
                named.add(country)
                free |= {country} if not titled(conv.doc[i]) else set()
    return named, free


def titled(tok: Token) -> bool:
    """A word of a place that modifies a title or a counterpart ("U.S. President", "the Kenyan foreign minister",
    "her Chinese counterpart"): it says whose office another holds, not where the story is."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in lx.TITLE_NOUNS or head.lemma_.lower() == "counterpart":
            return True
    return False


def exchequer(noun: Token) -> bool:
    """ "Chancellor of the Exchequer": a cabinet title that names its portfolio in its own of-phrase."""
    within = title_complement(noun)
    return noun.lemma_.lower() == "chancellor" and within is not None and within.lower_ == "exchequer"


def responsible_for(noun: Token) -> bool:
    """ "the minister responsible for Canada-U.S. trade": a portfolio named after the title."""
    return any(c.lower_ == "responsible" and c.i > noun.i and any(p.dep_ == "prep" and p.lower_ == "for"
                                                                  for p in c.children) for c in noun.children)


def cabinet_title(noun: Token) -> str | None:
    """The office of a cabinet title with a portfolio and no state ("Interior Minister", "the transport secretary",
    "Secretary of State", "Chancellor of the Exchequer"), or None."""
    if noun.lemma_.lower() not in ("minister", "secretary") and not exchequer(noun) or title_of_tokens(noun) is not None:
        return None
    within = title_complement(noun)
    mods = [t for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i for t in c.subtree]
    if within is None and not any(portfolio(noun, t) or t.lower_ in PORTFOLIO_WORDS for t in mods) and not (
            responsible_for(noun) and not mods):
        return None     # "Prime Minister", "Press Secretary", "General Secretary": no portfolio (but "the minister
                        # responsible for trade" names one after it)
    if any(t.lower_ in lx.TITLE_MODIFIERS - PORTFOLIO_WORDS - FORMER_WORDS - {"deputy", "acting", "state"}
           for t in mods):
        return None     # "Prime Minister", "the shadow ..." (a former office is the caller's to refuse)
    return title_name(noun) + (f"_of_{within.lemma_.lower()}" if within is not None else "")


def home_cabinet_titles(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "Interior Minister X" in an article datelined in Belgrade: a cabinet title with no state is held in the
    article's home state, with a low confidence; nothing when the front matter names no one state. A former title
    ("former finance minister X", "X, then the energy minister,") was held there once."""
    from kg.extract.core import provenance     # the converter's module builds on this one
    titled = {st.subject.entity for st in statements if st.subject.entity and st.predicate in STATE_OFFICES
              and getattr(conv.entity_of(st.object.entity), "type", None) is not EntityType.ORGANIZATION}
    state, out = None, []
    for m in conv.res.mentions:
        key = conv.entities[m.cluster].key if m.type is EntityType.PERSON and m.cluster in conv.entities else None
        if key is None or key in titled:
            continue
        noun = cabinet_noun(conv, m, held_once=True)
        office = cabinet_title(noun) if noun is not None else None
        state = state or (home_state(conv) if office else None)
        if office is None or state is None or state == key:
            continue
        target = frame_state(conv, m) or state
        if target == state and elsewhere(conv, m, state):
            continue
        titled.add(key)
        sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role_of(f"{office}_of"),
                             predicate_label=f"{office.replace('_', ' ')} of",
                             object=Argument(text=conv.entity_of(target).label, entity=target),
                             extra=(Argument(text="former", datatype="former"),) if former(
                                 noun, conv.doc[m.end - 1]) else (),
                             confidence=0.4, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out
