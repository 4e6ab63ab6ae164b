"""Repairs of what the NER gets wrong in a name's extent or type: a possessor or a given name left out of a name
("the Alzheimer's Association", "Dennis" + "Muilenburg"), a name cut in two or cut short ("Center for Science" +
"in the Public Interest", "Xi" of "Xi Jinping", "Leeds" + "United"), and the cues that make a name a person's,
a place's or an organisation's whatever the NER said ("Iga Swiatek ... Swiatek said", "in Sorriso, Mato Grosso",
"the carmaker Vantor")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kg.extract import lexicon as lx
from kg.extract.coordination import conjunct_ids, one_name
from kg.extract.docarrays import arrays
from kg.extract.givennames import fold as fold_given, given_names
from kg.extract.mentions import (clean_name, institution_centre, CLUB_WORDS, COMPASS_WORDS, DESCRIPTIONS, fold, INSTITUTION_NOUNS, Mention,
                                 NAME_PARTICLES, ORG_HEADS, ORG_NOUNS, ORG_SUFFIXES, PLACE_HEADS, PLACE_PREFIXES,
                                 PLACE_PREPOSITIONS, SKIP_WORDS, SURNAME_HONORIFICS, TITLE_WORDS)
from kg.extract.namecues import age_or_who, context_votes, person_apposed
from kg.gazetteer import GazEntry, Gazetteer
from kg.types import EntityType

if TYPE_CHECKING:       # the resolver builds on this module
    from kg.extract.entities import Resolver


def possessor(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """The start of "Alzheimer's" before an organisational head ("the Alzheimer's Association"): a capitalised
    possessor that is no entity and no known name is part of the name. None when there is none."""
    if start < 2:
        return None
    cols = arrays(doc)
    if cols.tag[start - 1] != "POS" or cols.lower[end - 1] not in ORG_HEADS:
        return None
    owner = doc[start - 2]
    if (owner.pos_ == "PROPN" and owner.is_alpha and owner.text[:1].isupper() and not owner.ent_type_
            and gaz.lookup(owner.text) is None and not (start >= 3 and doc[start - 3].pos_ == "PROPN")):
        return start - 2
    return None


def owner_of_person(r: Resolver, start: int, end: int) -> int | None:
    """The possessive mark inside a name the NER took whole, when the words after it name a person: a given name
    first, or ", who" after them ("the Greens' Ana Ruiz", "The Nationals' Perin Davey, who ...")."""
    doc = r.doc
    for k in range(start + 1, end - 2):
        if doc[k].tag_ == "POS":
            tail = doc[k + 1:end]
            who = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"
            if len(tail) in (2, 3) and all(t.is_alpha and t.text[:1].isupper() for t in tail) and (
                    who or fold_given(tail[0].text) in given_names()) and not org_like(r, k + 1, end):
                return k
    return None


def acronym_head(doc: Doc, start: int) -> int | None:
    """The end of the longer name an acronym begins, when the acronym modifies capitalised words right after it
    and they name no person, place or office ("CMA CGM", "AP Moller-Maersk"); else None."""
    head = doc[start].head.i
    if not (doc[start].is_upper and len(doc[start]) >= 2 and doc[start].dep_ == "compound"
            and start < head <= start + 4 and doc[start].whitespace_):
        return None
    words = doc[start + 1:head + 1]
    if all((t.text[:1].isupper() and t.is_alpha or t.text == "-" and not t.whitespace_)
           and t.ent_type_ in ("", "ORG") and t.lower_ not in TITLE_WORDS | lx.TITLE_MODIFIERS for t in words) \
            and words[-1].is_alpha:
        return head + 1
    return None


def joined_org(doc: Doc, gaz: Gazetteer, end: int) -> int | None:
    """The end of a name cut in two by the NER at "in the": "Center for Science" + "in the Public Interest".
    Only where the first piece is itself a name with a preposition, and the second no name of its own
    (no organisational head word, unknown to the gazetteer)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("in", "of", "for", "on") or doc[end - 1].ent_iob_ == "":
        return None
    first = next((e for e in doc.ents if e.start < end <= e.end), None)
    if first is None or gaz.lookup(doc[slice(*clean_name(first))].text) is not None or not any(t.lower_ in ("of", "for", "on", "in") and t.text.islower() for t in first):
        return None
    ent = next((e for e in doc.ents if e.start == end + 1), None)
    if ent is not None:
        if ent.label_ != "ORG":
            return None
        start, stop = clean_name(ent)
    else:           # "... in the Digital Age": capitalised words the NER left untyped
        start = stop = end + 1 + (doc[end + 1].lower_ == "the")
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_alpha and not doc[stop].ent_type_:
            stop += 1
    if start >= stop or doc[stop - 1].lower_ in ORG_HEADS | INSTITUTION_NOUNS or gaz.lookup(
            doc[start:stop].text) is not None or not all(t.text[:1].isupper() for t in doc[start:stop]):
        return None
    return stop


# Head words of a government body whose name lists the fields it covers ("the Ministry of Agriculture, Fisheries and
# Food", "the Department for Culture, Media and Sport")
FIELDS_HEADS = frozenset("ministry department office secretariat committee commission agency institute".split())


def listed_fields(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """The end of a body's name that lists its fields, where the NER stopped at the first comma: "the Department
    for Culture" + ", Media and Sport", "the Ministry of Economy" + ", Trade and Industry". Only after "<head> of"
    or "<head> for" with a body's head word, and where every listed field is capitalised words that are no name the
    gazetteer or the NER knows as a place or a person, and the list ends in "and" + field with nothing capitalised
    after it ("the Ministry of Defence, France and Germany" lists states, not fields)."""
    words = [t.lower_ for t in doc[start:end]]
    prep = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if prep is None or prep == 0 or words[prep - 1] not in FIELDS_HEADS or prep == len(words) - 1:
        return None
    k, n, last = end, len(doc), None

    def field(i: int) -> int | None:
        j = i
        while j < n and j - i < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].lower_ != "and":
            j += 1
        if j == i or any(doc[x].ent_type_ in ("GPE", "PERSON", "NORP", "LOC") for x in range(i, j)) or \
                gaz.lookup(doc[i:j].text) is not None:
            return None
        return j

    while k + 1 < n and doc[k].text == ",":
        j = field(k + 1)
        if j is None:
            return None
        k = j
    if k + 1 >= n or doc[k].lower_ != "and" or k == end:
        return None
    last = field(k + 1)
    if last is None or last < n and doc[last].text[:1].isupper() and doc[last].is_alpha:
        return None
    return last


# Head words of a national body's name that "of <country>" completes ("the Communist Party of Vietnam")
NATIONAL_HEADS = frozenset("""party front congress league movement union federation confederation bank council
assembly commission court army forces guard police chamber academy institute university""".split())


def of_country(doc: Doc, gaz: Gazetteer, end: int, body: bool = False) -> int | None:
    """The end of a body's name the NER cut before "of" and its country: "the Communist Party" + "of Vietnam",
    "the Supreme Court" + "of Pakistan". Only where the name before ends in a body's head word (or ``body``: the
    caller knows it names a body), the country is one the gazetteer knows and nothing capitalised follows it ("of
    Vietnam Airlines" is no country)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end - 1].text[:1].isupper() \
            or doc[end - 1].lower_ not in NATIONAL_HEADS and not body:
        return None
    ent = next((e for e in doc.ents if e.start == end + 1), None)
    if ent is None or ent.label_ != "GPE":
        return None
    entry = gaz.lookup(ent.text)
    if entry is None or entry.kind != "country" or ent.end < len(doc) and (
            doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha or doc[ent.end].tag_ == "POS"):
        return None     # "of Vietnam Airlines", "of Britain's largest union": the country begins another phrase
    return ent.end


# Words that begin a name of the form "X of <country>" in its own right ("Bank of England", "Republic of Korea",
# "Prince of Wales"): no firm "of" the country it is from.
OF_NAME_WORDS = NATIONAL_HEADS | INSTITUTION_NOUNS | ORG_HEADS | frozenset("""republic kingdom people state states
commonwealth emirate principality duchy sultanate province government president prime king queen prince princess emir
sultan church archbishop bishop museum library friends port city bay gulf sea isle island islands coast""".split())


def firm_from_country(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """The end of a one-word firm's name the NER ran on into "of" and the country the firm is from: "Vestas of
    Denmark and Germany's Siemens Energy", "Petrobras of Brazil". None where the word begins a name of that form
    ("Bank of England", "Republic of Korea") or the whole is a name the gazetteer knows, and unless the word is a
    firm the gazetteer knows or a name the article also uses alone ("Voice of America" is one name)."""
    if end - start < 3 or doc[start + 1].lower_ != "of" or not doc[start].text[:1].isupper() \
            or doc[start].lower_ in OF_NAME_WORDS or doc[start].lower_ in TITLE_WORDS:
        return None
    entry = gaz.lookup(doc[start + 2:end].text)
    if entry is None or entry.kind != "country" or gaz.lookup(doc[start:end].text) is not None:
        return None
    firm = gaz.lookup(doc[start].text)
    alone = any(t.text == doc[start].text and (t.i + 1 == len(doc) or doc[t.i + 1].lower_ != "of")
                for t in doc if t.i != start)
    return start + 1 if alone or firm is not None and firm.type is EntityType.ORGANIZATION else None


def person_before_possessive(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """The start of a body's name after a person's possessive the NER took into it: "Lee's Democratic Party",
    where "Lee" is the first or last word of a person's name the NER found elsewhere in the article (not "the
    Parkinson's Foundation", "McDonald's Corp").  None where there is no such possessive."""
    cols = arrays(doc)
    tag = cols.tag
    k = next((i for i in range(start + 1, end - 1) if tag[i] == "POS"), None)
    if k is None or not cols.text[k + 1][:1].isupper():
        return None
    owner = cols.span_text(start, k)
    people = {w for s, e, label in cols.ents if label == "PERSON" and not start <= s < end
              for name in (cols.span_text(s, e),) for w in (name, name.split()[0], name.split()[-1])}
    demonym = k == start + 1 and start > 0 and doc[start - 1].lower_ == "the" and gaz.demonym(owner) is not None
    # "the Slovenian's UAE Team Emirates": the team of the rider the text calls by his nationality
    return k + 1 if owner in people or demonym else None


def person_end(doc: Doc, end: int) -> int:
    """The end of a person's name the NER cut short: "Xi" of "Xi Jinping" (a compound of the next proper
    noun), "Ursula von" of "Ursula von der Leyen" (particles and the name after them)."""
    while end < len(doc):
        prev, tok = doc[end - 1], doc[end]
        if prev.text.islower() and prev.lower_ in NAME_PARTICLES:
            if tok.text.islower() and tok.lower_ in NAME_PARTICLES or tok.is_alpha and tok.text[:1].isupper():
                end += 1
                continue
            return end - 1      # "... von" and nothing after: not part of the name
        if (tok.text.islower() and tok.lower_ in NAME_PARTICLES and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and not tok.whitespace_ == ""
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ in ("", "PERSON", "GPE", "ORG")):
            end += 1
            continue
        if (prev.dep_ == "compound" and prev.head.i == end and tok.pos_ == "PROPN" and tok.is_alpha
                and tok.text[:1].isupper() and not tok.ent_type_):
            end += 1
            continue
        if (tok.text in ("Al", "El") and tok.whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title
                and doc[end + 1].is_alpha and doc[end + 1].ent_type_ in ("", "PERSON")
                and any(t.lower_ in ("bin", "bint", "ibn") for t in doc[max(end - 4, 0):end])):
            end += 2        # "Mohamed bin Zayed" + "Al Nahyan": the family name after a patronymic is the name's
            continue
        return end
    return end


def given_name_before(doc: Doc, gaz: Gazetteer, start: int) -> bool:
    """Whether the one-word name at ``start`` is a surname after a given name the NER left out of it ("Chief
    Executive Dennis" + "Muilenburg"): a capitalised proper noun compounded to it, in the list of given names,
    no entity and no known name itself, and not the end of a longer name (a given name ends no firm's name)."""
    prev = doc[start - 1] if start > 0 else None
    if (prev is None or prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i != start
            or not prev.is_alpha or not prev.text[:1].isupper() or prev.text.isupper() or prev.ent_type_
            or prev.lower_ in TITLE_WORDS | PLACE_PREFIXES or gaz.lookup(prev.text) is not None
            or gaz.lookup(doc[start].text) is not None or doc[start].lower_ in ORG_HEADS | PLACE_HEADS):
        return False
    return fold(prev.text).casefold() in given_names()


def surname_after_place(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether the one-word place the NER found at ``start`` is a given name of the same spelling before a surname
    it left out ("and Jordan" + "Wexler", "Georgia" + "Hartley"): a capitalised proper noun right after it that
    the word is compounded to, no entity and no known name, no head word of a body's or a place's name, and the
    place's word in the list of given names (not "Paris Saint-Germain", "China Daily", "Jordan Valley", nor a
    plural after it: "Orlando Pirates", a club)."""
    after, cols = end, arrays(doc)
    if end - start != 1:
        return False
    text, lower = cols.text, cols.lower
    if (after >= cols.n or cols.pos[after] != "PROPN" or cols.tag[after] == "NNPS" or cols.head[start] != after
            or cols.dep[start] != "compound"
            or not cols.is_alpha[after] or not text[after][:1].isupper() or cols.is_upper[after]
            or cols.ent_type[after] or lower[after] in ORG_HEADS | PLACE_HEADS | TITLE_WORDS | CLUB_WORDS
            or after + 1 < cols.n and cols.pos[after + 1] == "PROPN"
            or gaz.lookup(text[after]) is not None or gaz.demonym(text[after]) is not None
            or gaz.lookup(cols.span_text(start, after + 1)) is not None):
        return False
    return fold_given(text[start]).casefold() in given_names()


def prefixed_place(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a place name the NER found is the tail of a longer name: a capitalised word before it that is no
    place word, title, entity or known name ("Real Madrid", "Dynamo Kyiv"; not "North Korea", "New Delhi")."""
    prev = doc[start - 1] if start > 0 else None
    return (prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound" and start <= prev.head.i < end
            and prev.is_alpha and prev.text[:1].isupper() and not prev.ent_type_
            and prev.lower_ not in PLACE_PREFIXES | TITLE_WORDS | SKIP_WORDS
            and gaz.lookup(prev.text) is None and gaz.demonym(prev.text) is None
            and gaz.lookup(doc[start - 1:end].text) is None)


def club_suffix(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether the capitalised word right after a place name is a club's last word ("Leeds" + "United") that
    the NER left out, and the whole is no place the gazetteer knows."""
    if end >= len(doc) or doc[end].lower_ not in CLUB_WORDS or not doc[end].text[:1].isupper() or \
            doc[end].ent_iob_ == "B":
        return False
    known = gaz.lookup(doc[start:end + 1].text)
    return known is None or known.type is EntityType.ORGANIZATION


# A government or a term named by whoever leads it: "the government of X", "the presidency of X" (a state's name
# stands there too, and no given name begins it)
LED_TERMS = frozenset("government administration regime presidency premiership tenure reign".split())
# Words no person's name contains: "Vexa Holdings", "Harbour City", "Leeds United"
_NOT_PERSONAL = ORG_HEADS | ORG_SUFFIXES | INSTITUTION_NOUNS | PLACE_HEADS | CLUB_WORDS


def personal_name(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a name the NER called an organisation is a person's: two or three capitalised words with no
    organisational or place word, known to no gazetteer, and either its last word is a person's name alone
    elsewhere in the article ("Iga Swiatek ... Swiatek said") or a title noun stands before it ("the Paris
    prosecutor Laure Beccuau")."""
    cols = arrays(doc)      # asked of many names: positions and columns, not Tokens
    text, lower, pos, n = cols.text, cols.lower, cols.pos, cols.n
    words = [k for k in range(start, min(end, n)) if text[k] not in "-–"]
    if not 2 <= len(words) <= 3 or not all(text[k][:1].isupper() and cols.is_alpha[k] for k in words):
        return False
    if any(lower[k].rstrip(".") in _NOT_PERSONAL or gaz.lookup(text[k]) is not None or gaz.demonym(text[k]) is not None
           for k in words):
        return False
    if gaz.lookup(cols.span_text(start, end)) is not None:
        return False
    last = text[words[-1]]
    if any(label == "PERSON" and (cols.span_text(s, e) == last or e - s == 2 and text[s] in SURNAME_HONORIFICS
                                  and text[s + 1] == last) for s, e, label in cols.ents):
        return True     # "Iga Swiatek ... Swiatek said", "Adaku Nwachukwu ... Ms Nwachukwu said"
    space = cols.space_after
    if len(words) == 3 and fold(text[words[0]]).casefold() in given_names() and any(
            text[i] == "-" and not space[i] and not space[i - 1] for i in range(start + 1, end - 1)):
        return True     # "Wanjiru Kamau-Odhiambo": a given name, then a double surname (firms hyphenate one word:
                        # "Sibanye-Stillwater", "Rolls-Royce")
    given = fold(text[words[0]]).casefold() in given_names()
    if any(not start <= i < end and pos[i] == "PROPN"
           and (i == 0 or pos[i - 1] != "PROPN") and (i + 1 == n or pos[i + 1] not in ("PROPN", "NOUN"))
           and (given or age_or_who(doc, i + 1, plural_ok=True)) for i in cols.positions.get(last, ())):
        return True     # "Antoine Dupont ... Dupont had been", "Novak Djokovic ... Djokovic, who had won": a
                        # person's surname alone (a firm's short form is its first word, "Telefonica")
    if fold(text[words[0]]).casefold() in given_names() and any(
            c.ent_type_ == "PERSON" and c.text[:1].isupper() for c in doc[end - 1].conjuncts):
        return True     # "Rodrigo Alves and Yuki Nakamura": a given name, listed with a person
    if given and len(words) == 2 and cols.dep[end - 1] == "pobj" and lower[prep := cols.head[end - 1]] == "of" \
            and cols.lemma_lower[cols.head[prep]] in LED_TERMS:
        return True     # "the government of Macky Sall", "the presidency of Ana Lima": a leader's term
    before = start - 1
    return (start > 0 and text[before].islower() and pos[before] in ("NOUN", "ADJ")   # "then chief executive": ADJ
            and lower[before] in lx.TITLE_NOUNS and start <= cols.head[before] < end)


def region_after_place(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether an unknown name is in apposition to a place right before it, after a comma, the place the
    object of a place preposition: "in Sorriso, Mato Grosso", "from Tarnow, Malopolska" (a town, then its
    region), and ends there: not "in Paris, Jean Dupont said", nor a title's post ("ambassador to Qatar, X")."""
    cols = arrays(doc)      # asked of many names, most with no comma before them
    if start < 3 or cols.text[start - 1] != "," or cols.dep[end - 1] != "appos" or cols.head[end - 1] != start - 2:
        return False
    head = doc[end - 1]
    place = head.head
    return (start >= 3 and doc[start - 1].text == "," and head.dep_ == "appos" and place.i == start - 2
            and place.ent_type_ == "GPE" and place.dep_ == "pobj"
            and place.head.lower_ in PLACE_PREPOSITIONS | {"from", "to"}
            and place.head.head.lemma_.lower() not in lx.TITLE_NOUNS   # "Egypt's ambassador to Washington, Motaz
            # Zahran, said": the envoy's name, not a region of the post
            and gaz.lookup(doc[start:end].text) is None
            and (end == len(doc) or doc[end].is_punct and doc[end].text not in ("'", "’"))
            and not person_apposed(doc, start, end)     # "in Kyiv, Olena Petrenko, 45, said"
            and not (end - start > 1 and any(t.text == doc[end - 1].text for t in doc if not start <= t.i < end)))


def described_body(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a name the NER calls a place follows a noun for a firm or body that modifies it: "the state
    copper giant Codelco", "the carmaker Vantor" (a known place keeps its type)."""
    before = doc[start - 1] if start > 0 else None
    return (before is not None and before.text.islower() and before.lemma_.lower() in ORG_NOUNS
            and before.dep_ in ("compound", "nmod", "amod") and before.head.i in range(start, end)
            and gaz.lookup(doc[start:end].text) is None)


def country_of_adjective(doc: Doc, gaz: Gazetteer, start: int, end: int) -> GazEntry | None:
    """The country a nationality adjective names ("North Korean" -> North Korea), or None: not a name of its
    own, not a region's or a people's adjective ("Catalan", "Kurdish")."""
    text = doc[start:end].text
    country = gaz.demonym(text) if gaz.lookup(text) is None else None
    return country if country is not None and country.kind == "country" else None


def demonym_as_org(doc: Doc, label: str, start: int, end: int) -> bool:
    """Whether the NER called a lone nationality adjective before the noun it modifies a body: "Ugandan" in "Ugandan
    President Yoweri Museveni" (the caller checks that the word is a country's adjective as written, not a plural:
    "Ugandans" are people)."""
    return label == "ORG" and end - start == 1 and doc[start].dep_ in ("amod", "compound") and \
        doc[start].head.i > start and doc[start].text[:1].isupper()


def continent_part(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether an unknown name is a compass word and a continent the gazetteer knows ("West Africa")."""
    if end - start != 2 or doc[start].lower_ not in COMPASS_WORDS:
        return False
    rest = gaz.lookup(doc[start + 1].text)
    return rest is not None and rest.kind == "continent"


def acts_as_org(doc: Doc, start: int, end: int) -> bool:
    """Whether the context makes a name an organisation: a cue of the phrase around it, or a list with a name
    the NER calls one ("Maersk and MSC")."""
    if any(etype is EntityType.ORGANIZATION for etype, _ in context_votes(doc, start, end)):
        return True
    head = doc[end - 1]
    return any(t.ent_type_ == "ORG" for t in head.conjuncts)


def org_like(r: Resolver, start: int, end: int) -> bool:
    """Whether an unknown capitalised name looks like an organisation's: an organisational head word or legal
    suffix ("Nordbau Group", "Vexa Inc"), an acronym ("NRTA"), or a description beside it ("Nordbau, the
    construction group"; "the carmaker Vexa")."""
    doc = r.doc
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words:
        return False
    if words[-1].lower_.rstrip(".") in ORG_HEADS | ORG_SUFFIXES or institution_centre([t.text for t in words]):
        return True     # (and "the Hisham Mubarak Law Center": a field's centre is an institution)
    if len(words) == 1 and words[0].text.isupper() and 2 <= len(words[0].text) <= 6:
        return True
    noun = r.appositive_noun(Mention(start, end, doc[start:end].text, EntityType.ORGANIZATION))
    if noun is not None and DESCRIPTIONS.get(noun.lemma_.lower()) is EntityType.ORGANIZATION:
        return True
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.pos_ == "NOUN" and (
        DESCRIPTIONS.get(before.lemma_.lower()) is EntityType.ORGANIZATION or before.lemma_.lower() in ORG_NOUNS
        or before.lower_.endswith("maker"))


_PLACE_FIRST = PLACE_PREFIXES | COMPASS_WORDS | {"equatorial", "papua"}


def country_named_firm(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a name the NER called a product or a place is a firm's named for the country it serves: capitalised
    words, then a country's name ("Airtel Zambia", "Orange Senegal", "MTN Uganda"). Products are not named after
    countries; operators, banks and a group's national arms are. Not a place's own name ("South Sudan")."""
    cols = arrays(doc)      # asked of every product and place name the NER finds
    text, span = cols.text, cols.span_text
    words = range(start, min(end, cols.n))
    if len(words) < 2 or not all(cols.is_alpha[k] and text[k][:1].isupper() for k in words) or gaz.lookup(
            span(start, end)) is not None or cols.lower[start] in _PLACE_FIRST:
        return False    # "South Sudan", "Upper Egypt", "Equatorial Guinea": a place's name
    for k in range(start + 1, end):
        entry = gaz.lookup(span(k, end))
        if entry is not None and entry.kind == "country":
            first = gaz.lookup(span(start, k))
            return first is None or first.type is EntityType.ORGANIZATION
    return False


def known_pair(doc: Doc, gaz: Gazetteer, start: int, end: int) -> tuple[int, GazEntry, GazEntry] | None:
    """Two names the gazetteer knows that the NER ran into one across "and" or a comma ("Amnesty International and
    Human Rights Watch", "Mali, Burkina Faso"): the offset of the "and" or the comma and each side's entry. None
    where the whole is a name it knows ("Bosnia and Herzegovina") or either side is not a name it knows ("Procter
    and Gamble")."""
    if end - start < 3:
        return None
    cols = arrays(doc)
    span, lower = cols.span_text, cols.lower
    if gaz.lookup(span(start, end)) is not None:
        return None
    for k in range(start + 1, end - 1):
        if lower[k] in ("and", ","):
            left, right = gaz.lookup(span(start, k)), gaz.lookup(span(k + 1, end))
            if left is not None and right is not None and left is not right:
                return k, left, right
    return None



def listed_parts(doc: Doc, gaz: Gazetteer, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names of a list the NER ran into one, none of them known to the gazetteer as a pair with another
    (:func:`known_pair`): "Clarion Housing, Peabody and L&Q", "Alaska Airlines and United Airlines", "Thames Water
    and Southern Water". The parser coordinates the parts, and the span is a list by its shape: commas and a final
    "and" with a name of more than one word among them, or two names of more than one word that end in the same
    word. Returns each part's (start, end), or None: "Bosnia and Herzegovina" (a name the gazetteer knows), "Procter
    and Gamble", "UK Research and Innovation", "Skidmore, Owings and Merrill", "Ministry of Housing, Communities and
    Local Government" (one name by its shape)."""
    if end - start < 3:
        return None
    cols = arrays(doc)
    lower, text = cols.lower, cols.text
    seps = [k for k in range(start + 1, end - 1) if lower[k] in ("and", ",")]
    # ("Orange, Deutsche Telekom" + "and Swisscom": the NER's name may stop before the list's "and")
    goes_on = end + 1 < cols.n and lower[end] == "and" and cols.dep[end] == "cc" and start <= cols.head[end] < end
    if not seps or not (goes_on or "and" in (lower[k] for k in seps)) \
            or gaz.lookup(cols.span_text(start, end)) is not None:
        return None
    parts, a = [], start
    for k in seps:
        if k > a:
            parts.append((a, k))
        a = k + 1
    parts.append((a, end))
    if len(parts) < 2 or any(b <= a or not text[a][:1].isupper() for a, b in parts):
        return None
    for a, b in parts[1:]:
        heads = [k for k in range(a, b) if not a <= cols.head[k] < b]
        if len(heads) != 1 or cols.dep[heads[0]] not in ("conj", "appos"):
            return None     # the parser reads no list here
        if cols.dep[cols.head[heads[0]]] == "pobj":
            return None     # "Ministry of Housing, Communities and Local Government": the fields its "of" lists
    several = [b - a > 1 for a, b in parts]
    commas = "," in (text[k] for k in seps)
    if commas and len(parts) + goes_on >= 3 and (any(several) or known_members(cols, gaz, parts)) \
            or len(parts) == 2 and all(several) and not commas and lower[parts[0][1] - 1] == lower[parts[1][1] - 1]:
        return parts
    return None


def known_members(cols, gaz: Gazetteer, parts: list[tuple[int, int]]) -> bool:
    """Whether each part of a list of one-word names is a different name the gazetteer knows: "Biden, Sunak and
    Scholz" (three leaders, which the NER ran into one firm's name as it would "Skidmore, Owings and Merrill")."""
    entries = [gaz.lookup(cols.span_text(a, b)) for a, b in parts]
    return all(e is not None for e in entries) and len({id(e) for e in entries}) == len(entries)


def firm_pair(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """The end of a firm named for two people ("Marks and Spencer", "Barnes and Noble") where the NER made each
    word a name of its own: two single capitalised words unknown to the gazetteer joined by "and", the subject of
    a clause that speaks of it as one ("... said it would", "... cut its forecast", "... has ..."), where two firms
    would be "they", "their", "have"."""
    cols = arrays(doc)
    n = cols.n
    if end - start != 1 or end + 2 >= n or cols.lower[end] != "and" or cols.ent_type[start] not in ("ORG", "PERSON"):
        return None
    right = end + 1
    if not (cols.text[right][:1].isupper() and cols.is_alpha[right] and cols.pos[right] == "PROPN"
            and cols.ent_type[right] in ("ORG", "PERSON", "") and not cols.text[right + 1][:1].isupper()
            and cols.dep[right] == "conj" and cols.head[right] == start and cols.dep[start] == "nsubj"):
        return None
    if any(gaz.lookup(cols.text[k]) is not None for k in (start, right)) or {cols.ent_type[start],
                                                                             cols.ent_type[right]} == {"PERSON"}:
        return None     # "Tesco and Aldi", "Marta and Ola": names of their own
    verb = cols.head[start]
    singular = cols.tag[verb] == "VBZ" or any(cols.dep[c] in ("aux", "auxpass") and cols.tag[c] == "VBZ"
                                              for c in cols.children[verb])
    verbs = [verb, *(c for c in cols.children[verb] if cols.dep[c] == "conj" and cols.pos[c] == "VERB")]
    for c in (c for v in verbs for c in cols.children[v]):   # "... reported a rise and said it would ..."
        if cols.dep[c] == "dobj" and any(cols.lower[p] == "its" and cols.dep[p] == "poss" for p in cols.children[c]):
            singular = True     # "... cut its forecast"
        elif cols.dep[c] == "ccomp" and any(cols.lower[p] == "it" and cols.dep[p] == "nsubj" for p in cols.children[c]):
            singular = True     # "... said it would"
    return right + 1 if singular else None


def place_pair(doc: Doc, gaz: Gazetteer, start: int, end: int, label: str) -> int | None:
    """The offset of the "and" in a span the NER made of two places ("evacuated in Nkhata and Mzimba"): two single
    capitalised words joined by "and", the whole unknown to the gazetteer ("Trinidad and Tobago" is one state), read
    by the NER as a place or standing after "in", "at", "near" ... of a verb (a firm named for two people is "Marks
    and Spencer", and what happens is not "in" it; but "shares in" and "a stake in" one are)."""
    cols = arrays(doc)
    if end - start != 3 or cols.lower[start + 1] != "and" or not all(
            cols.text[k][:1].isupper() and cols.is_alpha[k] for k in (start, start + 2)):
        return None
    if gaz.lookup(cols.span_text(start, end)) is not None:
        return None
    root = cols.span_root(start, end)
    prep = cols.head[root] if cols.dep[root] == "pobj" else None
    if label in ("GPE", "LOC") or prep is not None and cols.lower[prep] in PLACE_PREPOSITIONS and \
            cols.pos[cols.head[prep]] in ("VERB", "AUX"):
        return start + 1    # not "shares in Kelso and Marlow", "a stake in ...": a noun's "in" may hold a firm
    return None


def shop_possessive(doc: Doc, start: int, end: int) -> bool:
    """Whether the "'s" after a name is part of it, a firm's: nothing is possessed (the name is a subject, an
    object or a conjunct, and what follows is no noun phrase): "beating Tesco and Sainsbury's,", "Moody's cut its
    rating", "shoppers left Sainsbury's for Aldi". A person's or a place's "'s" owns a noun ("Smith's lawyer")."""
    cols = arrays(doc)
    if end >= cols.n or cols.tag[end] != "POS" or cols.lower[end] not in ("'s", "’s") or end - start > 3:
        return False
    head = end - 1
    if cols.dep[head] not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") or cols.head[end] != head:
        return False
    nxt = end + 1
    return nxt >= cols.n or cols.pos[nxt] in ("PUNCT", "CCONJ", "VERB", "AUX", "ADP", "PART") and not (
        cols.pos[nxt] == "PUNCT" and cols.text[nxt] in ("-", "–"))


# The types a list of names hands on to a member whose own type nothing else tells
_LISTED_TYPES = (EntityType.ORGANIZATION, EntityType.PERSON, EntityType.GPE)


def listed_type(r: Resolver, start: int, end: int) -> EntityType | None:
    """The type the other members of a list give a name: "Manchester City and Arsenal", "the RMT, Aslef and the
    TSSA", "Shelter and Generation Rent" (organisations), "Kylian Mbappe, Endrick and Trent Alexander-Arnold"
    (persons). Only where every other member is a name already found and all of one type, an organisation or a
    person; a place only in a list of three or more ("Valencia, Albacete and Malaga": "Britain and Vexa" says
    nothing of Vexa). None where a member is no name found, the types differ, or a member is set against the others
    ("Vexa, not Orlen")."""
    cols = arrays(r.doc)
    head = end - 1
    others = [k for k in conjunct_ids(cols, head) if not start <= k < end]
    if not others or any(one_name(cols, min(k, head), max(k, head)) for k in others):
        return None
    types = set()
    for k in others:
        found = next((m for m in r.mentions if m.start <= k < m.end and not m.tentative), None)
        if found is None or cols.pos[k] != "PROPN":
            return None
        types.add(found.type)
    if len(types) != 1 or (etype := types.pop()) not in _LISTED_TYPES or \
            etype is EntityType.GPE and len(others) < 2:
        return None
    return etype
