"""Names of things that are no actors: products and models ("Brent crude", "the 737 MAX", "Medora, a records
system"), a body's own schemes and brands ("its Selene programme", "brands such as Lipton"), laws and treaties
("the Treaty of Rome"), and common nouns written like names after "its" or "an" ("its IPO", "an NGO")."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.docarrays import arrays
from kg.extract.mentions import (BRAND_NOUNS, LAW_HEADS, MACHINE_NOUNS, MODEL_CODE, OWN_WORDS, PRODUCT_NOUNS,
                                 SCHEME_NOUNS, VESSEL_NOUNS, WARE_NOUNS)
from kg.extract.namecues import first_conjunct
from kg.gazetteer import Gazetteer


def scheme_names(doc: Doc) -> set[str]:
    """Names the text says are a programme's, a project's or a brand's, wherever they recur: a name between a
    possessive and a scheme noun ("its Selene programme", "their Nordlink 2030 project"; not "the Shell project",
    which may be the firm's) or listed after "brands such as" ("brands such as Lipton and PG Tips")."""
    out: set[str] = set()
    cols = arrays(doc)      # every word of the article, by position: a Token only for the nouns read
    text, pos, lemmas = cols.text, cols.pos, cols.lemma_lower
    for i in range(len(doc)):
        if not (pos[i] == "NOUN" and text[i].islower()):
            continue
        lemma = lemmas[i]
        if lemma in SCHEME_NOUNS:
            j = i - 1
            if j >= 0 and doc[j].like_num:
                j -= 1      # "the Nordlink 2030 project"
            end = j + 1
            while j >= 0 and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in ("the", "of", "and")
                              and j > 0 and doc[j - 1].text[:1].isupper() and j + 1 < end):
                j -= 1
            start = j + 1
            while start < end and not doc[start].text[:1].isupper():
                start += 1
            if start < end and doc[start].pos_ == "PROPN" and start > 0 and doc[start - 1].lower_ in OWN_WORDS:
                out.add(doc[start:end].text)    # "its Selene programme": a body's own scheme, no body
        elif lemma in BRAND_NOUNS and i + 2 < len(doc) and doc[i + 1].lower_ == "such" \
                and doc[i + 2].lower_ == "as":
            for t in doc[i + 3:]:
                if t.dep_ in ("pobj", "conj") and t.pos_ == "PROPN" and t.ent_type_ == "ORG":
                    left = t
                    while left.i > 0 and doc[left.i - 1].ent_iob_ == "I" and doc[left.i - 1].ent_type_ == "ORG":
                        left = doc[left.i - 1]
                    out.add(doc[left.i:t.i + 1].text)
                if t.is_punct and t.text in ".;":
                    break
    return out


def product_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name modifies a product or commodity noun, alone or in a list: "Brent crude", "some Camry,
    Highlander and Lexus models"; or follows one that modifies it: "the painkiller OxyContin"."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.text.islower() and nxt.lemma_.lower() in PRODUCT_NOUNS
                            or nxt.lower_ in MACHINE_NOUNS):
        return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text.islower() and before.lemma_.lower() in PRODUCT_NOUNS | VESSEL_NOUNS \
            and (before.head.i in range(start, end) or doc[end - 1].dep_ == "appos" and doc[end - 1].head == before):
        return True     # "the painkiller OxyContin", "the lander Vikram": the noun names what the name is
    if model_name(doc, start, end):
        return True
    head = first_conjunct(doc[end - 1])
    return (head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.text.islower()
            and head.head.lemma_.lower() in PRODUCT_NOUNS)


def model_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is itself a product's, wherever it recurs: a model number before it ("the 737 MAX"),
    a designation of letters and digits in it ("A321XLR", "S-400"), or an apposition saying what made thing it
    is ("Medora, a records system built by ...")."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.tag_ == "CD" and before.text.isdigit() and len(before.text) == 3 \
            and before.head.i in range(start, end):
        return True     # three digits: a model number, not a year ("the 2022 World Cup")
    if any(MODEL_CODE.fullmatch(t.text) for t in doc[start:end]):
        return True
    if any(c.dep_ == "appos" and c.text.islower() and c.lemma_.lower() in PRODUCT_NOUNS | WARE_NOUNS | VESSEL_NOUNS
           for c in doc[end - 1].children):
        return True
    k = start - 1 - (start > 0 and doc[start - 1].lower_ in ("the", "a", "an"))
    if k >= 1 and doc[k].text == "," and doc[k - 1].text.islower() and doc[k - 1].pos_ == "NOUN" and \
            doc[k - 1].lemma_.lower() in PRODUCT_NOUNS | WARE_NOUNS | VESSEL_NOUNS:
        return True     # "The vessel, the Vega Star,", "its new pill, Zentrivo,": what was named, said first
    return described_after(doc, end) or indefinite_name(doc, start, end)


def described_after(doc: Doc, end: int) -> bool:
    """Whether the noun phrase right after a comma that follows the name is headed by a made thing, however the
    parser attached it ("Autopilot, its driver-assistance system, ..."; "Nimbus, a note-taking app"): the
    phrase opens with a determiner or a possessive and reaches its head through modifiers only."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"} | OWN_WORDS:
        return False
    for k in range(end + 2, min(len(doc), end + 9)):
        tok = doc[k]
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if tok.pos_ in ("NOUN", "PROPN") and not (nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text
                                                                     in ("-", "'s", "’s"))):
            return tok.pos_ == "NOUN" and tok.lemma_.lower() in PRODUCT_NOUNS | WARE_NOUNS | VESSEL_NOUNS
        if not (tok.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "NUM", "PART") or tok.text == "-"
                or tok.pos_ == "VERB" and tok.dep_ == "amod"):
            return False
    return False


def indefinite_name(doc: Doc, start: int, end: int) -> bool:
    """Whether "a"/"an" determines the name itself ("a new Apple Watch", "an Airbus"): an organisation, a place
    or a person is one of a kind; what the article counts is a thing of a make ("a Tesla spokesman" is not
    this: there the article is the spokesman's)."""
    head = doc[end - 1]
    if head.dep_ == "compound" or end - start > 3:
        return False
    return any(c.lower_ in ("a", "an") and c.dep_ == "det" and c.i < start for c in head.children)


def law_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a law's or a treaty's: its head word (the last before "of", "on" or "for") is one of
    LAW_HEADS ("British Museum Act", "Convention on Human Rights", "Treaty of Rome")."""
    words = [t for t in doc[start:end]]
    cut = next((k for k, t in enumerate(words) if k > 0 and t.lower_ in ("of", "on", "for")), len(words))
    # "Proceeds of Crime Act": an Act ends its name, whatever the "of" before
    return words[cut - 1].text[:1].isupper() and words[cut - 1].lower_ in LAW_HEADS or words[-1].text == "Act"


def owned_acronym(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether one word after "its", "their", "his" ... or "a", "an" heads its noun phrase: a common noun,
    however written ("its IPO", "their CFO", "an NGO"), since a name takes no possessive determiner and no
    indefinite article (but "to A Coruna": a capital article inside a sentence is the name's); the gazetteer's
    names are kept."""
    return (end - start == 1 and start > 0 and (doc[start - 1].tag_ == "PRP$" or doc[start - 1].text in ("a", "an")
                                               or doc[start - 1].text in ("A", "An") and doc[start - 1].is_sent_start)
            and doc[start].dep_ != "compound"
            and gaz.lookup(doc[start].text) is None)


# Time zones as news writes them after a clock time ("14:32 GMT", "0900 UTC", "8 p.m. EST")
TIME_ZONES = frozenset("""GMT UTC BST CET CEST EET EEST WET MSK EST EDT CST CDT MST MDT PST PDT IST PKT WAT CAT EAT SAST
JST KST HKT SGT AEST AEDT AWST NZST NZDT GST AST ART BRT""".split())
TIME_WORDS = frozenset("a.m. p.m. am pm hours hrs".split())


# Months, which the NER now and then takes for a body or a place ("in March"); not "May", a surname too
MONTHS = frozenset("January February March April June July August September October November December".split())
# Words before a month that a surname seldom follows ("in May", "until May", "early May"; not "by May", "from
# May" or "since May had", where the surname is common).
MONTH_PREPOSITIONS = frozenset("in until till through last next early late mid-".split())


def code_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word name is a code, no actor: a month not at the head of a text ("in March"), a time zone
    after a clock time ("14:32 GMT", "8 p.m. EST") or a stock symbol after its exchange ("Infosys Ltd (NSE: INFY)",
    "[NYSE: KO]")."""
    if end - start != 1 or start == 0:
        return False
    word, before = doc[start].text, doc[start - 1]
    if word in MONTHS or word == "May" and before.lower_ in MONTH_PREPOSITIONS:
        return True     # "in March", "since June": a month, no body; "Theresa May said in May": the month
    if word in TIME_ZONES and (before.like_num or before.lower_ in TIME_WORDS or ":" in before.text
                               and before.text.replace(":", "").isdigit()):
        return True
    return (word.isupper() and word.isalpha() and len(word) <= 6 and start >= 3 and before.text == ":"
            and doc[start - 3].text in ("(", "[") and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha
            and end < len(doc) and doc[end].text in (")", "]"))
