"""Candidate mentions the NER did not give: institutional and place phrases ("the Russian parliament", "the
Kherson region"), proper nouns the gazetteer knows or the context makes names ("Roscosmos", "Nordbau denied ..."),
and bare surnames and short names that recur after a full name ("Marchand" after "Sophie Marchand")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

import re

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.givennames import fold as fold_given, given_names
from kg.extract.mentions import (article_of_name, EVENT_HEADS, hyphen_given_name, inside_dotted, inside_word, INSTITUTION_NOUNS, Mention,
                                 ORG_HEADS, PLACE_NOUNS, QUOTES)
from kg.extract.namecues import context_votes
from kg.extract.nerrepairs import org_like, possessor
from kg.extract.references import GOVERNMENT_NOUNS, state_demonym
from kg.extract.thingnames import code_name, owned_acronym
from kg.extract.titlefields import title_part
from kg.types import EntityType

if TYPE_CHECKING:       # the resolver builds on this module
    from kg.extract.entities import Resolver

ROMAN_RE = re.compile(r"(?=[IVXL]{2,6}$)L?X{0,3}(?:IX|IV|V?I{0,3})")    # "II", "XIV": a numeral, not "X"


def hyphen_inside(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to a word on both sides ("Murray-Darling", "Rolls-Royce")."""
    return 0 < i < len(doc) - 1 and doc[i].text in "-\u2013" and not doc[i].whitespace_ \
        and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def titled_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether a known name of one word is a title's noun after its modifier: "Economist" of "Upasna Bhardwaj, Chief
    Economist, Kotak Mahindra Bank" is no newspaper ("The Economist" and "the Economist's editor" still are)."""
    return (end - start == 1 and start > 0 and doc[start].lower_ in lx.TITLE_NOUNS
            and doc[start - 1].lower_ in lx.TITLE_MODIFIERS and doc[start - 1].text[:1].isupper())


def find_phrases(r: Resolver, taken: set[int]) -> None:
    """ "the Russian parliament", "the Kherson region", "the Kakhovka dam": named institutions and places."""
    doc = r.doc
    cols = arrays(doc)
    for i, lemma in enumerate(cols.lemma_lower):
        if cols.pos[i] != "NOUN" or i in taken:
            continue
        tok = doc[i]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        if not mods:
            continue
        first = min(mods, key=lambda t: t.left_edge.i).left_edge
        while first.i < tok.i and (first.dep_ in ("det", "poss", "case") or first.is_punct):
            first = first.doc[first.i + 1]
        mods = [first] + [m for m in mods if m.i != first.i]
        if any(i in taken for i in range(first.i, tok.i)) and lemma not in PLACE_NOUNS:
            continue
        if lemma in GOVERNMENT_NOUNS and first.i == tok.i - 1 and state_demonym(r, first) is not None:
            continue    # "the Canadian government" is Canada acting (resolve_references), no body of its own
        if tok.tag_ == "NNS" and lemma in INSTITUTION_NOUNS and lemma != "police":
            continue    # "Western governments", "European regulators": a plural names many bodies, not one
        if lemma in INSTITUTION_NOUNS and any(r.gaz.demonym(m.text) or m.ent_type_ in ("NORP", "GPE")
                                              for m in mods if m.i == first.i):
            etype = EntityType.ORGANIZATION
        elif lemma in PLACE_NOUNS and any(m.pos_ == "PROPN" for m in mods):
            etype = PLACE_NOUNS[lemma]
        else:
            continue
        span = doc[first.i:tok.i + 1]
        if any(not (t.pos_ in ("PROPN", "ADJ", "NOUN") or t.is_punct) for t in span):
            continue
        # drop a name mention that the phrase contains ("Kherson" inside "the Kherson region")
        r.mentions = [m for m in r.mentions if not (first.i <= m.start and m.end <= tok.i + 1)]
        r.mentions.append(Mention(first.i, tok.i + 1, span.text, etype, r.gaz.lookup(span.text)))
        taken.update(range(first.i, tok.i + 1))


def find_gazetteer_names(r: Resolver, taken: set[int]) -> None:
    """Proper nouns the NER missed but the gazetteer knows ("Roscosmos", "Kremlin")."""
    doc = r.doc
    cols = arrays(doc)
    pos_of = cols.pos
    i = 0
    while i < len(doc):
        if i in taken or pos_of[i] != "PROPN":
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and (pos_of[j] == "PROPN" or cols.text[j] in ("-", "&")):
            j += 1
        if j == i + 1 and j + 1 < len(doc) and cols.tag[j] == "POS":
            k = j + 1       # "the Alzheimer's Association": a possessive inside an organisation's name
            while k < len(doc) and k not in taken and pos_of[k] == "PROPN" and not cols.ent_type[k]:
                k += 1
            if k > j + 1 and possessor(r.doc, r.gaz, j + 1, k) == i:
                j = k
        for end in range(j, i, -1):
            entry = r.gaz.lookup(doc[i:end].text)
            if entry is not None and (title_part(r.doc, r.gaz, i, end) or inside_dotted(doc, i, end)
                                      or hyphen_given_name(doc, i, end) or titled_noun(doc, i, end)):
                break       # "Trade Secretary"; "UK" of "Harbor.UK" (but "Athens-based" is Athens)
            if entry is not None:
                r.mentions.append(Mention(i, end, doc[i:end].text, entry.type, entry))
                taken.update(range(i, end))
                i = end - 1
                break
        else:
            span = doc[i:j]
            head = span.root
            nxt = doc[j] if j < len(doc) else None
            # a capital at the start of a sentence or quote is no evidence of a name, unless the word never
            # appears in lower case ("Nordbau denied ..." yes; '"Vaccination is ...' no)
            first_word = (doc[i].is_sent_start or (i > 0 and doc[i - 1].text in QUOTES)) and (
                (i > 0 and doc[i - 1].text in QUOTES) or doc[i].lower_ in r.lower_words)
            cues = context_votes(doc, i, j)
            if j - i > 1 and doc[j - 1].lower_ in EVENT_HEADS:
                cues.append((EntityType.EVENT, 3))      # "in the Australian Open final"
            if ((head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos") or cues) and not first_word
                    and not (nxt is not None and (nxt.like_num or nxt.text[:1].isdigit() or nxt.ent_type_))
                    and not any((t.ent_type_ and not (cues and t.ent_type_ in ("PRODUCT", "WORK_OF_ART")))
                                or t.lower_ in lx.NAME_TITLES or not t.text[:1].isupper() and t.tag_ != "POS"
                                and not hyphen_inside(doc, t.i) for t in span)
                    and not inside_word(doc, i, j) and not (j - i == 1 and ROMAN_RE.fullmatch(doc[i].text))
                    and not owned_acronym(r.doc, r.gaz, i, j) and not code_name(doc, i, j)
                    and not (j - i == 1 and i > 0 and doc[i - 1].tag_ == "POS" and doc[i].lower_ in ORG_HEADS)):
                # ("Murray-Darling Basin Authority": a hyphenated word inside the name is the name's; but the
                # "Federation" of "the District Fishermen's Federation" alone is no name)
                # an actor's name the NER missed ("Nordbau denied ..."): an organisation where its form or a
                # description says so; else only if a later "the company" refers to it (see drop_unconfirmed).
                # Any other unknown name stays a concept (a product, a fragment, a foreign word).
                etype = max(cues, key=lambda v: v[1])[0] if cues else EntityType.ORGANIZATION
                tentative = not cues and not org_like(r, i, j)
                if not cues and j - i in (2, 3) and fold_given(doc[i].text) in given_names() and all(
                        t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span) \
                        and not org_like(r, i, j):
                    etype, tentative = EntityType.PERSON, False     # "Jayson Tatum scored 33": a given name
                if article_of_name(doc, i) and i - 1 not in taken:
                    i -= 1      # "An Taisce", "An Post"
                r.mentions.append(Mention(i, j, doc[i:j].text, etype, tentative=tentative))
                taken.update(range(i, j))
                i = j - 1
        i += 1


def find_surnames(r: Resolver, taken: set[int]) -> None:
    """ "Marchand" alone, after (or before) "Sophie Marchand": the NER often misses bare surnames."""
    known = {m.text.split()[-1]: EntityType.PERSON for m in r.mentions
             if m.type is EntityType.PERSON and len(m.text.split()) > 1}
    # a one-word name found elsewhere in the article ("HHLA") is a mention wherever it recurs
    known.update({m.text: m.type for m in r.mentions if " " not in m.text and m.text not in known})
    entries = {m.text: m.entry for m in r.mentions}     # a club named after its town keeps no town's link
    unsure = {m.text for m in r.mentions if m.tentative} - {m.text for m in r.mentions if not m.tentative}
    pos_of = arrays(r.doc).pos
    texts = arrays(r.doc).text
    lowered = {t.lower() for t in texts if t.islower()}
    for i, text in enumerate(texts):
        if i not in taken and text in known and (
                pos_of[i] == "PROPN" or pos_of[i] == "NOUN" and surname_as_noun(r.doc, i, known, lowered)) and (
                i + 1 >= len(pos_of) or pos_of[i + 1] != "PROPN") and not code_name(r.doc, i, i + 1):
            r.mentions.append(Mention(i, i + 1, text, known[text],
                                         entries.get(text) if known[text] is not EntityType.PERSON
                                         else None, tentative=text in unsure))
            taken.add(i)


def surname_as_noun(doc: Doc, i: int, known: dict, lowered: set[str]) -> bool:
    """Whether a word the tagger made a common noun is the surname of a person named in full before: "Santos
    said she would return" after "Maria Santos" (capitalised, with no determiner or modifier, and a word the
    article never writes in lower case)."""
    tok = doc[i]
    text = tok.text
    return (known.get(text) is EntityType.PERSON and text[:1].isupper() and not text.isupper()
            and text.lower() not in lowered and not any(
                c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in tok.children))
