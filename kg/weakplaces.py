"""The weak place tier of the gazetteer: known town, city, county and province names the small NER misses or calls
organisations ("from Cuttack", "in Woodburn and Coraki", "Ormoc and Tacloban").

A weak entry (``"tier": "weak"`` in the gazetteer) is a bare place name that could also be a person's, a firm's or
a club's, so unlike the strong entries it never overrules the NER: it fills a gap (no NER name there), makes a
place of a name the NER calls a location, or of one it calls an organisation (or, of one word, a person) where the
context says place, and splits a run of places the NER took for one organisation. It leaves alone a longer name
the NER calls a person, a name with a person's cue (a title before it, an age after it, the subject of "said"), a
surname of a person the article names in full ("Metz" after "Lena Metz"), a name run into other capitalised words
(part of a longer name), and every name of a sport story (a town's name there is mostly its club's).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.givennames import surname_forms
from kg.extract.implicit import PLACE_NOUNS
from kg.extract.namecues import first_conjunct, sport_story

# Prepositions whose object is where something is, comes from or goes ("in Gusau", "from Cuttack", "to Minova")
PLACE_PREPOSITIONS = frozenset("in near from to towards toward outside around across between into through via".split())
# Prepositions of place that a person's name follows too ("a letter from X", "spoke to X")
PERSON_PREPOSITIONS = frozenset("from to towards toward between".split())
# Nouns a firm's name follows "in" after ("a stake in X", "shares in X"): no place
HOLDING_NOUNS = frozenset("stake stakes share shares investment investments interest holding holdings".split())
# Nouns whose "of" takes a place ("residents of Nysa", "the outskirts of X", "the mayor of X")
PLACE_OF_NOUNS = PLACE_NOUNS | frozenset("""resident people outskirt outskirts centre center mayor governor street suburb part
north south east west heart edge""".split())
_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")
_JOINERS = frozenset({"and", "or", ",", "&"})
# NER labels a known place's name loses outright: a place not told from its kind, or no name of a body or person
RETYPED = frozenset("LOC FAC NORP PRODUCT DATE TIME WORK_OF_ART EVENT LANGUAGE LAW".split())


def _titled(tok) -> bool:
    return tok.is_title and tok.is_alpha


def person_cue(doc: Doc, start: int, end: int) -> bool:
    """A title right before the name ("Mayor X", "governor X"), an age after it ("X, 54,"), or the name the
    subject of a verb of saying ("X told analysts")."""
    if start > 0 and doc[start - 1].lower_ in lx.NAME_TITLES | lx.TITLE_NOUNS:
        return True
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        return True
    root = doc[start:end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in lx.REPORTING_VERBS


def after_place_preposition(tok) -> bool:
    """The object of a preposition of place ("in Gusau", "from Cuttack"), not of a holding ("a stake in X")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS and tok.head.head.lower_ not in HOLDING_NOUNS


def place_cue(doc: Doc, start: int, end: int, ents: list[Span], strict: bool = False) -> bool:
    """Whether the context makes a name a place: the object of a preposition of place (or a conjunct of one:
    "in Kahramanmaras and Adiyaman"), "residents of X", "X, Oklahoma", "X district", "X-based". ``strict``: not
    the prepositions a person's name also follows ("a letter from X", "talked to X", "between X and Y")."""
    tok = first_conjunct(doc[start:end].root)
    if after_place_preposition(tok) and not (strict and tok.head.lower_ in PERSON_PREPOSITIONS):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_OF_NOUNS:
        return True
    if end < len(doc) and (doc[end].lower_ in PLACE_NOUNS or doc[end].text == "-" and end + 1 < len(doc)
                           and doc[end + 1].lower_ == "based"):
        return True
    return (end + 1 < len(doc) and doc[end].text == "," and any(e.start == end + 1 and e.label_ == "GPE" for e in ents)
            and not doc[end + 1].dep_ == "conj")   # "Enid, Oklahoma", not a list ("Marvel, Pixar and Fox")


def _run_into_name(doc: Doc, start: int, end: int) -> bool:
    """The name is part of a longer capitalised one ("Orange County Choppers", "Mayor X")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and _titled(before) and not before.is_sent_start
            or after is not None and _titled(after))


class PlaceMatcher:
    """Finds the weak places' names in a Doc as written (token by token), faster to build for tens of thousands of
    names than a PhraseMatcher: a name of letters, spaces and hyphens is split as the tokenizer splits it (a hyphen
    between letters is a token of its own), any other is tokenised."""

    def __init__(self, tokenizer, names):
        self.starts: dict[str, list[tuple[str, ...]]] = {}
        for name in names:
            # (a plain name's words are its letters between single spaces and hyphens, each hyphen a word)
            words = (tuple(name.replace("-", " - ").split()) if _PLAIN_NAME.fullmatch(name)
                     else tuple(t.text for t in tokenizer(name)))
            if words:
                self.starts.setdefault(words[0], []).append(words)
        for forms in self.starts.values():
            forms.sort(key=len, reverse=True)

    def __call__(self, doc: Doc) -> list[Span]:
        out = []
        orth = arrays(doc).text    # the words' texts by position (a Token per word was most of the matcher's time)
        starts = self.starts
        for i in [i for i, word in enumerate(orth) if word in starts]:
            for words in starts[orth[i]]:
                if tuple(orth[i:i + len(words)]) == words:
                    out.append(Span(doc, i, i + len(words), label="GPE"))
                    break
        return out


def conjoined_places(doc: Doc, ents: list[Span], known) -> list[Span]:
    """An organisation's one-word name the gazetteer does not know (``known`` answers None), coordinated with a place
    after a preposition of place, is a place too: "in Woodburn and Coraki", "to Goma and Minova" (not "to Accra and
    Tema Holdings", whose last word names a firm)."""
    places = {e.root.i for e in ents if e.label_ == "GPE"}
    out = []
    for e in ents:
        root = e.root
        first = first_conjunct(root)
        if (e.label_ == "ORG" and e.end - e.start == 1
                and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children))
                and places & ({first.i} | {t.i for t in first.conjuncts}) - {root.i}
                and after_place_preposition(first) and known(e.text) is None):
            e = Span(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out


def place_spans(doc: Doc, ents: list[Span], matches: list[Span], strong: set[tuple[int, int]]) -> list[Span]:
    """``ents`` with the weak place names of ``matches`` written in where the rules of the module allow;
    ``strong`` holds the (start, end) of the names the strong gazetteer set, which stay."""
    if not matches or sport_story(doc):
        return ents
    out = list(ents)
    surnames = {form for e in ents if e.label_ == "PERSON" and e.end - e.start > 1 for form in surname_forms(e.text)}
    for span in matches:
        start, end = span.start, span.end
        over = [e for e in out if e.start < end and start < e.end]
        if any((e.start, e.end) in strong for e in over) or person_cue(doc, start, end) or span.text in surnames:
            continue    # (a name the article gives a person as a surname is that person's: "Cairns" after "Ann Cairns")
        if not over:
            if not _run_into_name(doc, start, end):
                out.append(Span(doc, start, end, label="GPE"))
            continue
        if all(start <= e.start and e.end <= end and e.label_ != "PERSON" for e in over) and (
                len(over) > 1 or (over[0].start, over[0].end) != (start, end)):
            # "Emilia" of "Emilia-Romagna", "Viña" of "Viña del Mar": the NER cut a longer known name
            out = [e for e in out if e not in over] + [Span(doc, start, end, label="GPE")]
            continue
        if len(over) > 1:
            continue
        ent = over[0]
        if (ent.start, ent.end) == (start, end):
            if (ent.label_ in RETYPED or ent.label_ == "ORG" and place_cue(doc, start, end, out)
                    or ent.label_ == "PERSON" and end - start == 1 and place_cue(doc, start, end, out, strict=True)):
                # (the small NER calls many one-word names persons: "Residents of Cairns", "in Metz" are places)
                out[out.index(ent)] = Span(doc, start, end, label="GPE")
            continue
        if ent.label_ not in ("ORG", "LOC", "GPE", "FAC"):
            continue
        if (ent.start == start and end + 1 < ent.end and doc[end].text == "," and _titled(doc[end + 1])
                and not any(m.start == end + 1 for m in matches)):
            # "Grantham, Lincolnshire Police": a known place and a name after its comma, run into one
            out[out.index(ent)] = Span(doc, end + 1, ent.end, label=ent.label_)
            out.append(Span(doc, start, end, label="GPE"))
            continue
        parts = [m for m in matches if ent.start <= m.start and m.end <= ent.end]
        covered = {i for m in parts for i in range(m.start, m.end)}
        if len(parts) > 1 and all(doc[i].lower_ in _JOINERS for i in range(ent.start, ent.end) if i not in covered):
            # "Ormoc and Tacloban", "Hvar and Brač": two known places the NER ran into one name
            out.remove(ent)
            out += [Span(doc, m.start, m.end, label="GPE") for m in parts]
    return sorted(out, key=lambda e: e.start)
