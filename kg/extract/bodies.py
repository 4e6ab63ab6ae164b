"""Where a named body sits, as the words around its name say: "the Court of Appeal in London", "the Guggenheim
Museum in Bilbao"; "Germany's Hapag-Lloyd", "Swiss drugmaker Roche".

A body that stands in one place (a court, a tribunal, a university, a museum: a noun of :data:`SITE_NOUNS` in
its name), then "in" and a place right after the name, is located in that place. A firm has no one seat: "Apple
in China" and "Heineken's business in Russia" say where it trades, and "fans of Boca Juniors in Madrid" where the
fans are, so a name without such a noun states nothing. Each is a Clause of kind "implicit"; the graph keeps it
when the name is an organisation or a facility and the place a place (kg.extract.core keeps an implicit statement
only between two entities).

A country's possessive right before an organisation's name ("Germany's Hapag-Lloyd") and a nationality word
before the one description noun right before it ("Swiss drugmaker Roche", however the parser hangs the word) say
where the organisation is based: located_in, for the graph (Open IE states its own "is from", kg.extract.implicit);
a state's possessive before one of its organs ("Russia's Foreign Ministry") says whose organ it is, not where a
firm is based.
Not a nationality before two nouns ("Mexican restaurant chain Chipotle" is a chain of Mexican restaurants), a title
("German Chancellor X", kg.extract.titles) nor a person's name (citizen_of, kg.extract.titleroles).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause
from kg.extract.docarrays import arrays
from kg.extract.implicit import OUTPOST_NOUNS, _clause, is_demonym, is_place_end, is_state, place_tokens, region_tokens
from kg.extract.titles import trade

# Institutions that stand in one place: "the University of Bergen in Norway" is in Norway ("Apple in China" is not)
SITE_NOUNS = frozenset("""university college school academy hospital clinic museum institute airport stadium library
church cathedral mosque temple synagogue zoo theatre theater prison station gallery palace castle observatory
laboratory court tribunal parliament""".split())
# Bodies that sit in one place when their name says so, but whose common noun also names an ad hoc group ("a
# committee in Oslo" may be anywhere): a seat only for a name the recogniser calls an organisation.
SEAT_NOUNS = SITE_NOUNS | frozenset("committee council commission assembly senate".split())
# Organs of a state: "Russia's Foreign Ministry", "Finland's National Bureau of Investigation" name the state whose
# organ it is (as "the US embassy in Lima" does), not a firm's home
ORGAN_NOUNS = frozenset("""ministry department council commission committee authority agency bureau office service
police guard guards corps army navy force forces court tribunal parliament assembly senate government cabinet
directorate inspectorate prosecutor""".split())
# The kinds of names a graph statement of a seat is about
BODY_ENTS = frozenset({"ORG", "FAC"})


def entity_at(tok: Token) -> Span | None:
    """The named entity the token is a word of, or None. (Asked of many words: ``Doc.ents`` makes a Span of every
    name of the article on each access, so the names' bounds are read once per Doc, and one Span made.)"""
    found = _entity_bounds(tok)
    return Span(tok.doc, found[0], found[1], label=found[2]) if found is not None else None


def _entity_bounds(tok: Token) -> tuple[int, int, str] | None:
    """``(start, end, label)`` of the named entity the token is a word of, or None."""
    cols = arrays(tok.doc)
    k = cols.ent_index[tok.i]
    return cols.ents[k] if k >= 0 else None


def site_in_place_clauses(tok: Token) -> list[Clause]:
    """ "The University of Bergen in Norway", "the Court of Appeal in London": a named institution that stands in
    one place, then "in" and a place right after its name, is located in it.

    Parameters
    ----------
    tok : Token
        A word of a name that has an "in" phrase among its dependents (the parser hangs it on the name's head or
        on its last word: "the Court of Appeal in London").

    Returns
    -------
    list of Clause
        located_in(name, place) for each such place; for the graph too when the name is an organisation or a
        facility, Open IE only otherwise. Empty when the name is an office's ("the branch of HSBC in Paris" is
        the branch's place) or names no seat noun.
    """
    found = _entity_bounds(tok)     # (asked of every word of an organisation's name: the columns first)
    cols = arrays(tok.doc)
    if found is None or not any(cols.dep[c] == "prep" and cols.lower[c] == "in" and c == found[1]
                                for c in cols.children[tok.i]):
        return []
    ent = Span(tok.doc, found[0], found[1], label=found[2])
    nouns = {t.lower_ for t in ent}
    if not nouns & SEAT_NOUNS or not nouns & SITE_NOUNS and ent.label_ != "ORG":
        return []
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in OUTPOST_NOUNS:
        return []   # "the Paris office of the Court of Appeal in London": the office's place, not the court's
    use = "both" if ent.label_ in BODY_ENTS else "openie"
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == ent.end:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC") and is_place_end(pobj):
                    out.append(_clause("located_in", "is in", list(ent), region_tokens(pobj), root, pobj, use))
    return out


def origin_clauses(tok: Token) -> list[Clause]:
    """ "Germany's Hapag-Lloyd", "Swiss drugmaker Roche": the country an organisation's name is given, by a
    possessive or a nationality word before its one description noun, as located_in (graph only).

    Parameters
    ----------
    tok : Token
        The head word of a name the recogniser calls an organisation.

    Returns
    -------
    list of Clause
        At most one located_in(name, country); empty for any other word.
    """
    found = _entity_bounds(tok)     # (asked of every word of an organisation's name: the columns first)
    if found is None or found[2] != "ORG" or arrays(tok.doc).span_root(found[0], found[1]) != tok.i:
        return []
    ent = Span(tok.doc, found[0], found[1], label=found[2])
    first = next((t for t in ent if t.lower_ != "the"), tok)
    for c in tok.children:
        if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.right_edge.i == first.i - 1 and is_state(place_tokens(c)) \
                and not any(t.lower_ in ORGAN_NOUNS for t in ent):
            return [_clause("located_in", "is based in", list(ent), place_tokens(c), tok, c, "graph")]
    nouns = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == first.i - 1
             and c.ent_iob_ == "O" and (c.lemma_.lower() not in lx.TITLE_NOUNS or trade(c.lemma_.lower()))
             and c.lemma_.lower() not in lx.NAME_NOUNS]
    for c in tok.children if nouns else ():
        if c.dep_ == "amod" and c.i == nouns[0].i - 1 and is_demonym(c):
            # "Swiss drugmaker Roche" with "Swiss" hung on the name (kg.extract.titleroles reads it on the noun)
            return [_clause("located_in", "is based in", list(ent), [c], tok, c, "graph")]
    return []
