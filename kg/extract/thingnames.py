"""Names of things that are no actors: products and models ("Brent crude", "the 737 MAX", "Medora, a records
system"), a body's own schemes and brands ("its Selene programme", "brands such as Lipton"), laws and treaties
("the Treaty of Rome"), and common nouns written like names after "its" or "an" ("its IPO", "an NGO")."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.docarrays import arrays
from kg.extract.mentions import (BRAND_NOUNS, DESCRIPTIONS, LAW_HEADS, MACHINE_NOUNS, MODEL_CODE, ORG_HEADS, OWN_WORDS,
                                 PRODUCT_NOUNS, SCHEME_NOUNS, VESSEL_NOUNS, WARE_NOUNS)
from kg.gazetteer import Gazetteer
from kg.types import EntityType


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


# Nouns for made things an apposition or a description may name: "Medora, a records system", "the vessel"
_MADE_NOUNS = PRODUCT_NOUNS | WARE_NOUNS | VESSEL_NOUNS
# Works a noun before their title says are works: "the film Superman", "the novel Wolf Hall", "the series Shogun"
WORK_NOUNS = frozenset("film movie novel series sitcom documentary album song opera musical podcast".split())
_PRODUCT_OR_VESSEL = PRODUCT_NOUNS | VESSEL_NOUNS | WORK_NOUNS
# What a ship carries, before "carrier": "the bulk carrier", "an LNG carrier", "a car carrier" (no airline)
CARGOES = frozenset("bulk ore lng lpg gas car vehicle crude oil chemical livestock cement aircraft".split())


def product_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name modifies a product or commodity noun, alone or in a list: "Brent crude", "some Camry,
    Highlander and Lexus models"; or follows one that modifies it: "the painkiller OxyContin"."""
    cols = arrays(doc)      # asked of every name the NER finds: positions and columns, not Tokens
    text, lemma, head = cols.text, cols.lemma_lower, cols.head
    if end < cols.n and (text[end].islower() and lemma[end] in PRODUCT_NOUNS or cols.lower[end] in MACHINE_NOUNS):
        return True
    if classified_product(doc, start, end) or model_name(doc, start, end):
        return True
    k = end - 1
    dep = cols.dep
    while dep[k] == "conj" and head[k] < k:     # the first of a list of names (namecues.first_conjunct)
        k = head[k]
    h = head[k]
    return dep[k] in ("compound", "nmod") and h > k and text[h].islower() and lemma[h] in PRODUCT_NOUNS


def classified_product(doc: Doc, start: int, end: int) -> bool:
    """Whether a product, vessel or work noun right before a name says what it is: "the painkiller OxyContin", "the
    lander Vikram", "its drug Veltrax", "the tanker Nordic Grace", "the film Superman". The name is then a
    product's wherever it recurs ("... kept selling Veltrax")."""
    cols = arrays(doc)
    before = start - 1
    if start < 1 or not cols.text[before].islower():
        return False
    noun = cols.lemma_lower[before]
    if not (noun in _PRODUCT_OR_VESSEL or noun == "carrier" and before > 0 and cols.lower[before - 1] in CARGOES
            and cols.head[before - 1] == before):
        return False    # "the bulk carrier Aurora Spirit", "an LNG carrier": a ship (a carrier alone is an airline)
    head, dep = cols.head, cols.dep
    root = cols.span_root(start, end)
    return (start <= head[before] < end or dep[root] == "appos" and head[root] == before
            or dep[before] == dep[root] and head[before] == head[root] and dep[before] != "compound")
    # the last: "The tanker Nordic Grace was seized", parsed as two subjects of one verb


def model_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is itself a product's, wherever it recurs: a model number before it ("the 737 MAX"),
    a designation of letters and digits in it ("A321XLR", "S-400"), or an apposition saying what made thing it
    is ("Medora, a records system built by ...")."""
    cols = arrays(doc)
    text, lower, lemma = cols.text, cols.lower, cols.lemma_lower
    before = start - 1
    if start > 0 and cols.tag[before] == "CD" and text[before].isdigit() and len(text[before]) == 3 \
            and start <= cols.head[before] < end:
        return True     # three digits: a model number, not a year ("the 2022 World Cup")
    if any(MODEL_CODE.fullmatch(text[k]) for k in range(start, min(end, cols.n))):
        return True
    dep = cols.dep
    if any(dep[c] == "appos" and text[c].islower() and lemma[c] in _MADE_NOUNS for c in cols.children[end - 1]):
        return True
    k = start - 1 - (start > 0 and lower[start - 1] in ("the", "a", "an"))
    if k >= 1 and text[k] == "," and text[k - 1].islower() and cols.pos[k - 1] == "NOUN" and lemma[k - 1] in _MADE_NOUNS:
        return True     # "The vessel, the Vega Star,", "its new pill, Zentrivo,": what was named, said first
    return described_after(doc, end) or indefinite_name(doc, start, end)


_DETERMINERS = frozenset({"a", "an", "the"}) | OWN_WORDS


def described_after(doc: Doc, end: int) -> bool:
    """Whether the noun phrase right after a comma that follows the name is headed by a made thing, however the
    parser attached it ("Autopilot, its driver-assistance system, ..."; "Nimbus, a note-taking app"): the
    phrase opens with a determiner or a possessive and reaches its head through modifiers only; or its noun, no
    body's, is what a maker named after it launched or built ("Agentforce, the AI agent platform Salesforce
    launched")."""
    cols = arrays(doc)
    text, pos, n = cols.text, cols.pos, cols.n
    if end + 2 >= n or text[end] != "," or cols.lower[end + 1] not in _DETERMINERS:
        return False
    for k in range(end + 2, min(n, end + 9)):
        p = pos[k]
        if (p == "PROPN" and k > end + 2 and pos[k - 1] == "NOUN" and k + 1 < n
                and cols.tag[k + 1] in ("VBD", "VBN", "VBZ") and cols.lemma_lower[k + 1] in LAUNCH_VERBS
                and not _body_noun(cols.lemma_lower[k - 1])):
            return True     # "Agentforce, the AI agent platform Salesforce launched": a maker's thing, whatever noun
        if p in ("NOUN", "PROPN") and not (k + 1 < n and (pos[k + 1] in ("NOUN", "PROPN") or text[k + 1]
                                                          in ("-", "'s", "’s"))):
            return p == "NOUN" and cols.lemma_lower[k] in _MADE_NOUNS
        if not (p in ("ADJ", "NOUN", "PROPN", "ADV", "NUM", "PART") or text[k] == "-"
                or p == "VERB" and cols.dep[k] == "amod"):
            return False
    return False


# Verbs of a maker bringing out a thing, in a relative clause after the thing's noun: "the platform Salesforce launched"
LAUNCH_VERBS = frozenset("build make produce manufacture assemble launch release develop unveil design".split())
# Nouns of bodies a founder launches or builds, which the clause does not make things: "the startup Musk launched"
_BODY_NOUNS = frozenset("venture unit business subsidiary startup".split())


def _body_noun(lemma: str) -> bool:
    return lemma in _BODY_NOUNS or lemma in ORG_HEADS or DESCRIPTIONS.get(lemma) is EntityType.ORGANIZATION


def indefinite_name(doc: Doc, start: int, end: int) -> bool:
    """Whether "a"/"an" determines the name itself ("a new Apple Watch", "an Airbus"): an organisation, a place
    or a person is one of a kind; what the article counts is a thing of a make ("a Tesla spokesman" is not
    this: there the article is the spokesman's)."""
    cols = arrays(doc)
    dep = cols.dep
    if dep[end - 1] == "compound" or end - start > 3:
        return False
    lower = cols.lower
    return any(lower[c] in ("a", "an") and dep[c] == "det" and c < start for c in cols.children[end - 1])


def law_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a law's or a treaty's: its head word (the last before "of", "on" or "for") is one of
    LAW_HEADS ("British Museum Act", "Convention on Human Rights", "Treaty of Rome")."""
    words = [t for t in doc[start:end]]
    cut = next((k for k, t in enumerate(words) if k > 0 and t.lower_ in ("of", "on", "for")), len(words))
    # "Proceeds of Crime Act": an Act ends its name, whatever the "of" before
    return words[cut - 1].text[:1].isupper() and words[cut - 1].lower_ in LAW_HEADS or words[-1].text == "Act"


def owned_acronym(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether one word after "its", "their", "his" ... or "a", "an" (and adjectives only) heads its noun phrase: a
    common noun, however written ("its IPO", "their CFO", "an NGO", "its new electric SUV"), since a name takes no
    possessive determiner and no indefinite article (but "to A Coruna": a capital article inside a sentence is the
    name's); the gazetteer's names are kept."""
    if end - start != 1 or start <= 0:
        return False
    cols = arrays(doc)      # asked of every one-word name
    text, before = cols.text, start - 1
    while before > 0 and start - before <= 3 and cols.tag[before] == "JJ" and text[before].islower():
        before -= 1     # "its new electric SUV": adjectives between the determiner and the noun
    return ((cols.tag[before] == "PRP$" or text[before] in ("a", "an")
             or text[before] in ("A", "An") and cols.is_sent_start[before])
            and cols.dep[start] != "compound"
            and gaz.lookup(text[start]) is None)


# Common nouns written in capitals, which the NER takes for names: fuels, measures, taxes, kinds of things
COMMON_ACRONYMS = frozenset("""LNG LPG CNG GDP GNP CPI PMI VAT GST IPO IPOs ETF ETFs ESG EV EVs SUV SUVs CBD NGO
NGOs HIV DNA GPU GPUs AI""".split())


def common_acronym(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word name is a common noun written in capitals ("the LNG business", "the Nairobi CBD", "its
    AI platform"): no actor, whatever the NER called it."""
    return end - start == 1 and arrays(doc).text[start] in COMMON_ACRONYMS


# Nouns after a surname that make it a family's, no body's or person's name ("the Walton family", "the Porsche and
# Piëch families"; "the Sackler clan")
FAMILY_NOUNS = frozenset("family families clan dynasty".split())


def family_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name stands before a family noun, alone or as the first of a list of names before a plural
    ("the Walton family's stake", "the Porsche and Piëch families' holding company"): a family's name, neither the
    firm of that name nor one of its members."""
    cols = arrays(doc)
    lower, text, n = cols.lower, cols.text, cols.n
    k = end
    if k < n and lower[k] in ("and", "&"):
        k += 1
        while k < n and text[k][:1].isupper() and cols.is_alpha[k]:
            k += 1
        return k > end + 1 and k < n and lower[k] == "families"
    h = end - 1
    while cols.dep[h] == "conj" and cols.head[h] < h:
        h = cols.head[h]    # "Piëch" of "the Porsche and Piëch families": the list's first name hangs on the noun
    return k < n and text[k].islower() and lower[k] in FAMILY_NOUNS and cols.head[h] == k


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
    cols = arrays(doc)      # asked of every one-word name
    text = cols.text
    word, before = text[start], start - 1
    if word in MONTHS or word == "May" and cols.lower[before] in MONTH_PREPOSITIONS:
        return True     # "in March", "since June": a month, no body; "Theresa May said in May": the month
    if word in TIME_ZONES and (cols.like_num[before] or cols.lower[before] in TIME_WORDS or ":" in text[before]
                               and text[before].replace(":", "").isdigit()):
        return True
    return (word.isupper() and word.isalpha() and len(word) <= 6 and start >= 3 and text[before] == ":"
            and text[start - 3] in ("(", "[") and text[start - 2][:1].isupper() and cols.is_alpha[start - 2]
            and end < cols.n and text[end] in (")", "]"))


# Verbs whose object is a thing made: "Volkswagen builds the Golf", "has built Volkswagens in Emden since 1999"
MAKING_VERBS = frozenset("build make produce manufacture assemble".split())


def made_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is what a verb of making makes, as a model is named: the direct object (or a conjunct of
    one) of build, make, produce, manufacture or assemble, with "the" right before it ("builds the Golf and the
    Tiguan", "makes the Corolla") or as a plural of a maker's name ("built Volkswagens"). Not where the verb makes
    something of it ("made Smith captain", "built Nordwind into a giant")."""
    cols = arrays(doc)
    dep, head, lower = cols.dep, cols.head, cols.lower
    k = cols.span_root(start, end)
    while dep[k] == "conj" and head[k] < k:
        k = head[k]
    verb = head[k]
    if dep[k] != "dobj" or cols.pos[verb] not in ("VERB", "AUX") or cols.lemma_lower[verb] not in MAKING_VERBS:
        return False
    if any(dep[c] in ("oprd", "xcomp", "ccomp") or dep[c] == "prep" and lower[c] == "into" for c in cols.children[verb]):
        return False
    if start > 0 and lower[start - 1] == "the" and end - start <= 3:
        return True
    word = cols.text[start]
    return end - start == 1 and (cols.tag[start] == "NNPS" or word.endswith("s") and any(
        e.label_ == "ORG" and e.text == word[:-1] for e in doc.ents))     # "Volkswagens" where "Volkswagen" is named

