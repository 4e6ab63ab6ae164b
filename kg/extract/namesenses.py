"""One name keeps one sense within an article: a city's or a country's name that the text shows to be a state
of a federation ("New York Governor ..."), and a town's name that acts after the article named the club known by
it ("Leeds United ... Leeds said"), are that state or that club at every mention."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.mentions import STATE_OFFICES
from kg.extract.namecues import acts
from kg.gazetteer import GazEntry
from kg.types import EntityType

if TYPE_CHECKING:       # the resolver builds on this module
    from kg.extract.entities import Resolver


def read_states(r: Resolver) -> None:
    """A name shared by a city or a country and a state of a federation ("New York", "Washington", "Georgia")
    names the state where one of its mentions says so: a state office after it ("New York Governor Andrew
    Cuomo", "Georgia Senator") or before the name it is the of-phrase of ("Governor X of New York"), "the state
    of" before it, or, for a city's name, "the state" later in its sentence ("rare in New York, but the state's
    forests"). Then every mention of that name in the article
    is the state: one name keeps one sense within an article."""
    doc = r.doc
    states: dict[str, GazEntry] = {}
    for m in r.mentions:
        if m.entry is None or m.entry.kind not in ("city", "capital", "country") or m.text in states:
            continue
        state = next((e for form in (m.text + " State", "State of " + m.text)
                      if (e := r.gaz.lookup(form)) is not None and e.kind == "region" and e is not m.entry),
                     None)
        if state is None:
            continue
        nxt = doc[m.end] if m.end < len(doc) else None
        office = nxt is not None and (nxt.text in STATE_OFFICES or nxt.text == "Attorney" and m.end + 1 < len(doc)
                                      and doc[m.end + 1].text == "General")
        said = m.start >= 2 and doc[m.start - 2].lower_ == "state" and doc[m.start - 1].lower_ == "of"
        of = doc[m.start - 1] if m.start >= 1 and doc[m.start - 1].lower_ == "of" else None
        office = office or of is not None and of.head.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.text in STATE_OFFICES for c in of.head.children)
        # ("Governor Bob Ferguson of Washington": a state office before the name the of-phrase is on)
        later = m.entry.kind != "country" and any(
            t.lower_ == "state" and t.tag_ == "NN" and any(c.lower_ == "the" for c in t.children)
            for t in doc[m.end:doc[m.start].sent.end])
        if office or said or later:
            states[m.text] = state
    for m in r.mentions:
        if m.text in states and m.entry is not None and m.entry.kind in ("city", "capital", "country"):
            m.entry, m.type = states[m.text], states[m.text].type


def read_clubs(r: Resolver) -> None:
    """A town's name that acts after the article named the club the gazetteer knows by it ("Leeds United
    sacked its manager ... Leeds said") is the club, as its short form: a city does not speak for its club. And
    where one mention of a name is a club, so is that name where it modifies a noun ("a 19-year Tottenham love
    affair"): one name keeps one sense, but not where it is a place ("in Leeds")."""
    doc = r.doc
    clubs = {}
    for m in r.mentions:
        if m.entry is not None and m.entry.kind == "club":
            clubs.setdefault(m.entry, m.start)
    if not clubs:
        return
    named = {m.text: m.entry for m in r.mentions if m.entry is not None and m.entry.kind == "club"}
    for m in r.mentions:
        if not (m.entry is None and m.type in (EntityType.GPE, EntityType.LOCATION)
                or m.entry is not None and m.entry.kind in ("city", "region")):
            continue
        head = doc[m.end - 1]
        if m.text in named and head.dep_ == "compound" and head.head.pos_ == "NOUN":
            m.entry, m.type = named[m.text], named[m.text].type
            continue
        if m.entry is None or not acts(doc, m.start, m.end, by=False):
            continue
        club = r.gaz.club(m.text)
        if club is not None and clubs.get(club, len(doc)) < m.start:
            m.entry, m.type = club, club.type
