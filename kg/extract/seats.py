"""Offices whose organisation news often leaves unsaid ("Prime Minister Narendra Modi" in an article about India):
the office a title before a name states, and the article's dominant country, region, city or bank that holds it;
a known politician's national office is held in the state the gazetteer knows them in."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.implicit import PLACE_NOUNS
from kg.extract.roles import FORMER, PORTFOLIO_WORDS, role_of, title_complement
from kg.extract.spans import provenance
from kg.extract.statetitles import elsewhere, frame_state, home_state, known_person, state_entry
from kg.extract.titleroles import title_before
from kg.extract.titles import title_name
from kg.rdf.iris import slug
from kg.types import Argument, EntityType, Statement

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.core import _Converter

# Offices whose organisation news often leaves unsaid, and the kind of place or body each belongs to.
IMPLICIT_OFFICES = {"president": ("country",), "prime_minister": ("country",), "premier": ("country", "region"),
                    "chancellor": ("country",), "king": ("country",), "queen": ("country",),
                    "emperor": ("country",), "empress": ("country",), "emir": ("country",), "justice": ("court",),
                    "mayor": ("city",), "governor": ("bank", "region"), "board_member": ("bank",)}
# Common nouns of bodies that are no state, bank or city: a title they modify is that body's office, never one the
# article's country or city holds ("union vice president X").
NON_STATE_BODIES = frozenset("""union party company firm club team group association federation league university
college school church charity foundation movement alliance coalition network campaign society""".split())
# Title words of a state's national offices: a known politician's title without a body is held in their state.
NATIONAL_TITLES = frozenset("""president premier prime chancellor king queen emperor empress emir minister secretary spokesman
spokeswoman spokesperson""".split())
# States whose bare "Chancellor" is their finance minister (the Chancellor of the Exchequer), not the head of their
# government: "Chancellor Jeremy Hunt" is a minister of the United Kingdom.
FINANCE_CHANCELLORS = frozenset({"United Kingdom"})
# Common nouns of the seats themselves: "the country's president", "the city's mayor" hold the seat's office
SEAT_NOUNS = PLACE_NOUNS | frozenset("country nation republic kingdom capital council bank".split())
# Monarchs' titles; a queen or an empress beside a king or an emperor of the same article is the consort (a queen
# regnant's husband is no king).
MONARCHS = {"king": None, "queen": "king", "emperor": None, "empress": "emperor", "emir": None}
# Titles written short before a name ("Gov. Greg Abbott", "Lt. Gov. Dan Patrick").
ABBREVIATED = {"gov.": "governor", "gov": "governor", "lt.": "lieutenant", "lt": "lieutenant", "pres.": "president"}
# Words of a title that make its holder the second of an office ("deputy governor", "vice president").
DEPUTY_WORDS = frozenset("deputy vice".split())


def implicit_titles(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "Prime Minister Narendra Modi" in an article about India: a title whose organisation goes unsaid.

    The office's holder is tied to the article's most-mentioned place or organisation of the kind the office
    belongs to (a country for a head of government, a city for a mayor, a bank or a region for a governor),
    with a low confidence, unless the text already names the organisation.
    """
    titled = {(st.subject.entity, st.predicate) for st in statements if st.subject.entity}
    out = []
    for m in conv.res.mentions:
        if m.type is not EntityType.PERSON or m.cluster not in conv.entities:
            continue
        key = conv.entities[m.cluster].key
        known = known_person(conv.gaz, conv.entities[m.cluster])
        country = conv.gaz.country_of(known) if known is not None else None
        if country is not None:     # "Prime Minister Narendra Modi": the state the gazetteer knows him in
            st = national_office(conv, m, key, country, titled)
            out += [st] if st is not None else []
            continue
        if conv.entities[m.cluster].wikidata:
            continue    # a world figure's office is not guessed from one article ("President Joe Biden")
        office, seat = office_of(conv, m) or (None, None)
        was = office is None and former_office(conv, m)
        if was:
            office = seat = was     # "led by former mayor X" in a story about one city: its mayor once
        if office is None or (key, role_of(f"{office}_of")) in titled or office in MONARCHS and consort(conv, m, office):
            continue
        target = seat_of(conv, seat, only=bool(was))
        if target is None or target == key:
            continue
        if state_entry(conv, conv.gaz.lookup(conv.entity_by_key[target].label)) is not None:
            target = frame_state(conv, m) or target     # "In Austria, Chancellor X said": Austria's
            if elsewhere(conv, m, target):
                continue    # "In the Czech Republic, Prime Minister X said", in an article about Poland
        sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
        titled.add((key, role_of(f"{office}_of")))
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role_of(f"{office}_of"),
                             predicate_label=f"{office.replace('_', ' ')} of",
                             object=Argument(text=conv.entity_of(target).label, entity=target),
                             extra=(Argument(text="former", datatype="former"),) if was else (),
                             confidence=0.3, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out


def finance_chancellors(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """The statements with a chancellor of a state whose chancellor is its finance minister its minister, not its
    head ("British Chancellor Jeremy Hunt", "Britain's Chancellor Rachel Reeves"; :data:`FINANCE_CHANCELLORS`); of
    two such offices of one holder in one state, the surer one."""
    out: list[Statement] = []
    best: dict[tuple, int] = {}
    for st in statements:
        state = conv.entity_of(st.object.entity) if st.object.entity else None
        if st.predicate in ("head_of", "minister_of") and st.predicate_label.removeprefix("former ") == \
                "chancellor of" and state is not None and state.label in FINANCE_CHANCELLORS:
            st = replace(st, predicate="minister_of")
            key = (st.subject.entity, st.object.entity, st.predicate_label, st.extra)
            if key in best:
                if out[best[key]].confidence < st.confidence:
                    out[best[key]] = st
                continue
            best[key] = len(out)
        out.append(st)
    return out


def former_office(conv: _Converter, m) -> str:
    """The office a title before a name says its holder held once, when it is one whose seat news leaves unsaid
    ("former mayor X", "ex-president X"; not "former deputy mayor X", below the office); else ""."""
    head = conv.doc[m.end - 1]
    words = [t.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < m.start for t in c.subtree]
    titles = [w for w in words if w not in FORMER and not w.startswith("ex-")]
    if len(titles) == len(words) or not titles:
        return ""
    office = "prime_minister" if titles[-2:] == ["prime", "minister"] else titles[-1].removeprefix("ex-")
    return office if office in IMPLICIT_OFFICES and office != "board_member" and len(titles) == len(
        office.split("_")) else ""


def national_office(conv: _Converter, m, key: str, country, titled: set) -> Statement | None:
    """The national office a title before a known politician's name states ("Secretary of State Antony
    Blinken", "Spokesman Dmitry Peskov"), held in the state the gazetteer knows them in; None for another
    title ("Opposition leader", "Senator"), a former office or a role the text already gives."""
    noun = title_before(conv, m)
    if noun is None:
        return None
    within = title_complement(noun)
    office = title_name(noun) + (f"_of_{within.lemma_.lower()}" if within is not None else "")
    role = role_of(f"{office}_of")
    if office == "chancellor" and country.label in FINANCE_CHANCELLORS:
        role = "minister_of"
    words = office.split("_")
    if not set(words) & NATIONAL_TITLES or role is None or (key, role) in titled:
        return None
    target = conv.gazetteer_entity(country)
    if target == key:
        return None
    titled.add((key, role))
    sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
    return Statement(subject=Argument(text=m.text, entity=key), predicate=role,
                     predicate_label=f"{office.replace('_', ' ')} of",
                     object=Argument(text=country.label, entity=target),
                     confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end)


def office_of(conv: _Converter, m) -> tuple[str, str] | None:
    """The office a title before a name states and the office whose seat it is held at: ("governor",
    "governor"), ("deputy_governor", "governor"); None for a former office ("former president X") and for
    an office the title's last word does not name."""
    head = conv.doc[m.end - 1]
    words = [t for w in conv.doc[m.start:m.end] for c in w.children if c.dep_ in ("compound", "amod")
             and c.i < m.start for t in c.subtree]   # (on any word of the name: "King Willem-Alexander")
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        words = [head.head, *[t for c in head.head.children if c.dep_ in ("compound", "amod") for t in c.subtree]]
    names = [ABBREVIATED.get(t.lower_, t.lower_) for t in sorted(words, key=lambda t: t.i)]
    first = min((t.i for t in words), default=m.start)
    if any(t.ent_type_ == "ORG" and t.lower_ not in lx.TITLE_NOUNS and t.lower_ not in lx.TITLE_MODIFIERS
           and body_type(conv, t) is EntityType.ORGANIZATION for t in (*words, conv.doc[max(first - 1, 0)])):
        return None     # "European Council President Charles Michel", however the parser hangs it: an office of
                        # the body the title names, no seat of the article's country
    if any(n in FORMER or n.startswith("ex-") or n in ("assistant", "associate", "lieutenant") for n in names):
        return None     # a former office, or one below the office ("assistant governor", "Lt. Gov.") held in no
                        # known seat
    if any(n in NON_STATE_BODIES for n in names):
        return None     # "union vice president X", "club president X": an office of a body the title names
    if any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() not in SEAT_NOUNS
           for t in words for c in t.children):
        return None     # "The museum's president, X": the office of the body its owner describes, not a seat's
    titles = [n for n in names if n in lx.TITLE_NOUNS or n in lx.TITLE_MODIFIERS]
    if titles[-2:] == ["prime", "minister"]:
        office = "prime_minister"
    elif names[-2:] == ["board", "member"]:
        office = "board_member"     # "Board member X" in an article about one bank
    elif titles and titles[-1] in IMPLICIT_OFFICES:
        office = titles[-1]
    else:
        return None
    if office in MONARCHS and any(t.text[:1].isupper() and t.lower_ not in lx.TITLE_NOUNS | lx.TITLE_MODIFIERS
                                  and t.is_alpha for t in words):
        return None     # "Zulu King X", "Ashanti Queen Y": the title names its people or realm, which no seat is
    rank = [n for n in titles[:-1] if n in DEPUTY_WORDS]
    return ("_".join([rank[-1], office]), office) if rank else (office, office)


def body_type(conv: _Converter, tok) -> EntityType | None:
    """The type of the entity a word of a title names, as the resolver has it ("Ontario" of "Ontario Premier",
    which the NER calls an organisation, is a place)."""
    cid = conv.res.cluster_of_token(tok)
    return conv.res.cluster_type(conv.res.clusters[cid]) if cid is not None else None


def consort(conv: _Converter, m, office: str) -> bool:
    """ "Queen Camilla will accompany the king": a queen's or an empress's title when another person of the article
    holds the king's or the emperor's ("King Charles") is a consort's, no head of the state."""
    other = MONARCHS.get(office)
    for x in conv.res.mentions if other else ():
        if x.type is EntityType.PERSON and x.cluster != m.cluster:
            noun = title_before(conv, x)
            if noun is not None and noun.lower_ == other:
                return True
    return False


def seat_of(conv: _Converter, office: str, only: bool = False) -> str | None:
    """The article's one dominant candidate of the office's kinds: mentioned at least half again as often as
    the next candidate of the same kind (an article about two countries says which one a president leads);
    None when candidates of two of its kinds are named (a premier of a country or of one of its states).
    ``only``: the one candidate of its kind the article names (an office held once is no present one's seat)."""
    if conv.seats is None:
        conv.seats = seat_candidates(conv)
    only = only or "court" in IMPLICIT_OFFICES[office]     # a justice of the one court named, never the most named:
                                                           # "Lady Justice X" of the Court of Appeal ... "the Supreme Court"
    kinds = {kind for kind in IMPLICIT_OFFICES[office] if conv.seats.get(kind)}
    if "region" in IMPLICIT_OFFICES[office] and conv.seats.get("unknown"):
        kinds.add("region")     # a place the gazetteer does not know may be a state ("Tasmania")
    if len(kinds) > 1:
        region = conv.res._dateline_region() if "region" in kinds else None
        return conv.key_of(region) if region is not None else None
        # "Premier X" in a story of Queensland and Australia: a state's premier or the country's; the state's when a
        # wire dateline names it after its town ("EDMONTON, Alberta (Reuters) - ... Premier Danielle Smith said")
    for kind in IMPLICIT_OFFICES[office]:
        ranked = conv.seats.get(kind, []) or (conv.seats.get("unknown", []) if kind == "region" else [])
        # ("Governor X" in a story of "Nairobi county", a place the gazetteer does not know)
        if ranked and (len(ranked) == 1 or not only and ranked[0][0] >= 1.5 * ranked[1][0]):
            return ranked[0][1]
        if kind == "country" and len(ranked) > 1 and not only:
            # "ULAANBAATAR — ... Prime Minister X" in a story that speaks of China almost as often: the dateline's
            # country, where no other is named more
            home = home_state(conv, dateline_only=True)
            if home is not None and any(key == home and count == ranked[0][0] for count, key in ranked):
                return home
    return None


def seat_candidates(conv: _Converter) -> dict[str, list[tuple[int, str]]]:
    """Countries, regions, cities and banks of the article, each kind ranked by how often it is spoken of."""
    by_kind: dict[str, list[tuple[int, str]]] = {}
    counts = dict(conv.mention_counts)
    cols = arrays(conv.doc)     # every word of the article: its tag and text by position, not a Token each
    pos, text = cols.pos, cols.text
    for i in range(cols.n):     # "the Indian space agency" speaks of India too
        if pos[i] in ("ADJ", "PROPN") and text[i][:1].isupper():
            entry = conv.gaz.demonym(text[i])
            if entry is not None and slug(entry.label) in counts:
                counts[slug(entry.label)] += 1
    for key, count in conv.mention_counts.items():     # and so does its capital, "New Delhi"
        entry = conv.gaz.lookup(conv.entity_by_key[key].label) if key in conv.entity_by_key else None
        country = conv.gaz.capital_country(entry) if entry is not None and entry.capital_of else None
        if country is not None and slug(country.label) in counts:
            counts[slug(country.label)] += count
    for key, count in counts.items():
        ent = conv.entity_by_key.get(key)
        if ent is None:
            continue
        entry = conv.gaz.lookup(ent.label)
        kind = entry.kind if entry is not None else ""
        if ent.type is EntityType.GPE:
            if entry is None:
                by_kind.setdefault("unknown", []).append((count, key))
            kind = kind if kind in ("country", "region") else "city"
        elif ent.type is EntityType.ORGANIZATION and (ent.label.lower().endswith("bank")
                                                      or ent.label.lower().startswith("bank of ")):
            kind = "bank"
        elif ent.type is EntityType.ORGANIZATION and (ent.label.lower().endswith(" court")
                                                      or ent.label.lower().startswith(("court of ", "supreme court"))):
            kind = "court"      # "Justice X" in a story about one court: its member
        else:
            continue
        by_kind.setdefault(kind, []).append((count, key))
    return {kind: sorted(ranked, reverse=True) for kind, ranked in by_kind.items()}


# Portfolios of a European commissioner besides a cabinet's ("Competition Commissioner", "Climate Commissioner").
COMMISSION_PORTFOLIOS = PORTFOLIO_WORDS | frozenset("""competition climate enlargement migration budget cohesion
fisheries neighbourhood equality innovation research employment consumer humanitarian eu european""".split())
# The bodies a European commissioner is a member of, the first the article names.
COMMISSION_BODIES = ("european commission", "european union")


def commission_titles(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "Trade Commissioner X" in an article that names the European Commission or the EU: a commissioner of a
    portfolio is a member of it, with a low confidence. Nothing in an article that names neither, and nothing for a
    commissioner of another body ("Police Commissioner X", "UN High Commissioner X") or a former one."""
    labels = {e.label.lower(): e.key for e in conv.entities.values() if e.type is EntityType.ORGANIZATION}
    body = next((labels[b] for b in COMMISSION_BODIES if b in labels), None)
    if body is None:
        return []
    titled = {(st.subject.entity, st.object.entity) for st in statements if st.subject.entity}
    out = []
    for m in conv.res.mentions:
        key = conv.entities[m.cluster].key if m.type is EntityType.PERSON and m.cluster in conv.entities else None
        noun = title_before(conv, m) if key is not None else None
        if noun is None or noun.lemma_.lower() != "commissioner" or (key, body) in titled:
            continue
        words = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
                 for t in c.subtree]
        if not words or any(t.lower_ not in COMMISSION_PORTFOLIOS and t.lower_ != "and" for t in words):
            continue
        titled.add((key, body))
        sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate="member_of",
                             predicate_label="commissioner of",
                             object=Argument(text=conv.entity_of(body).label, entity=body),
                             confidence=0.4, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out
