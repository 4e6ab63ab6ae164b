"""Candidate mentions the NER did not give: institutional and place phrases ("the Russian parliament", "the
Kherson region"), proper nouns the gazetteer knows or the context makes names ("Roscosmos", "Nordbau denied ..."),
and bare surnames and short names that recur after a full name ("Marchand" after "Sophie Marchand")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

import re

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.givennames import fold as fold_given, given_names, starts_like_a_person, surname_forms
from kg.extract.mentions import (article_of_name, COMPASS_WORDS, EVENT_HEADS, hyphen_given_name, inside_dotted, inside_word, INSTITUTION_NOUNS, Mention,
                                 STAFFED_HEADS, STREET_HEADS, WORSHIP_HEADS,
                                 ORG_HEADS, PLACE_NOUNS, QUOTES)
from kg.extract.namecues import APPOSED, context_votes
from kg.extract.nerrepairs import listed_type, org_like, possessor
from kg.extract.references import GOVERNMENT_NOUNS, state_demonym
from kg.extract.thingnames import code_name, owned_acronym
from kg.extract.titlefields import title_part
from kg.types import EntityType

if TYPE_CHECKING:       # the resolver builds on this module
    from kg.extract.entities import Resolver

ROMAN_RE = re.compile(r"(?=[IVXL]{2,6}$)L?X{0,3}(?:IX|IV|V?I{0,3})")    # "II", "XIV": a numeral, not "X"


def hyphen_inside(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to a word on both sides ("Murray-Darling", "Rolls-Royce")."""
    cols = arrays(doc)
    space, alpha = cols.space_after, cols.is_alpha
    return 0 < i < cols.n - 1 and cols.text[i] in "-\u2013" and not space[i] \
        and not space[i - 1] and alpha[i - 1] and alpha[i + 1]


def titled_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether a known name of one word is a title's noun after its modifier: "Economist" of "Upasna Bhardwaj, Chief
    Economist, Kotak Mahindra Bank" is no newspaper ("The Economist" and "the Economist's editor" still are)."""
    if end - start != 1 or start <= 0:
        return False
    lower = arrays(doc).lower
    return (lower[start] in lx.TITLE_NOUNS and lower[start - 1] in lx.TITLE_MODIFIERS
            and arrays(doc).text[start - 1][:1].isupper())


def find_phrases(r: Resolver, taken: set[int]) -> None:
    """ "the Russian parliament", "the Kherson region", "the Kakhovka dam": named institutions and places."""
    doc = r.doc
    cols = arrays(doc)      # every noun of the article, by position: a Token only for a modifier's left edge
    pos, dep, children, punct = cols.pos, cols.dep, cols.children, cols.is_punct
    for i, lemma in enumerate(cols.lemma_lower):
        if pos[i] != "NOUN" or i in taken:
            continue
        mods = [c for c in children[i] if c < i and dep[c] in ("amod", "compound", "nmod")]
        if not mods:
            continue
        first = min(doc[m].left_edge.i for m in mods)
        while first < i and (dep[first] in ("det", "poss", "case") or punct[first]
                             or lemma in PLACE_NOUNS and cols.lower[first] in COMPASS_WORDS and cols.text[first].islower()):
            first += 1      # (and "northern" of "in northern Rakhine state": where in the state, no part of its name)
        if any(k in taken for k in range(first, i)) and lemma not in PLACE_NOUNS:
            continue
        if lemma in GOVERNMENT_NOUNS and first == i - 1 and state_demonym(r, doc[first]) is not None:
            continue    # "the Canadian government" is Canada acting (resolve_references), no body of its own
        if lemma in INSTITUTION_NOUNS and any(dep[c] == "det" and cols.lower[c] in ("a", "an", "another", "one")
                                              for c in children[i]):
            continue    # "a Dutch court ordered ...", "an Italian army": one of its kind, no named body
        if cols.tag[i] == "NNS" and lemma in INSTITUTION_NOUNS and lemma != "police":
            continue    # "Western governments", "European regulators": a plural names many bodies, not one
        if lemma in INSTITUTION_NOUNS and (r.gaz.demonym(cols.text[first]) or cols.ent_type[first] in ("NORP", "GPE")):
            etype = EntityType.ORGANIZATION
        elif lemma in PLACE_NOUNS and (pos[first] == "PROPN" or any(pos[m] == "PROPN" for m in mods)):
            etype = PLACE_NOUNS[lemma]
        else:
            continue
        if any(not (pos[k] in ("PROPN", "ADJ", "NOUN") or punct[k]) for k in range(first, i + 1)):
            continue
        # drop a name mention that the phrase contains ("Kherson" inside "the Kherson region")
        r.mentions = [m for m in r.mentions if not (first <= m.start and m.end <= i + 1)]
        text = cols.span_text(first, i + 1)
        r.mentions.append(Mention(first, i + 1, text, etype, r.gaz.lookup(text)))
        taken.update(range(first, i + 1))


# Plural kinds of place a list of names stands before ("Khovd and Bayan-Ulgii provinces"), with their singular
_LISTED_KINDS = {"regions": "region", "provinces": "province", "oblasts": "oblast", "districts": "district",
                 "counties": "county", "states": "state", "islands": "island"}


def _name_start(doc: Doc, t) -> int:
    """Where the name ending at ``t`` starts: its capitalised compounds and hyphened parts ("Bayan-Ulgii")."""
    a = t.i
    while a > 1 and (doc[a - 1].text == "-" and not doc[a - 1].whitespace_ and not doc[a - 2].whitespace_
                     or doc[a - 1].dep_ == "compound" and doc[a - 1].head.i == t.i and doc[a - 1].pos_ == "PROPN"):
        a -= 1
    return a


def find_listed_places(r: Resolver, taken: set[int]) -> None:
    """ "Khovd and Bayan-Ulgii provinces", "the Borno, Yobe and Adamawa states": each name of a list before a plural
    kind of place is a place of that kind, whatever the NER made of it (a person, nothing); not where the gazetteer
    knows a name as something else, a name is a nationality, or a name runs into a longer one."""
    doc = r.doc
    words = arrays(doc).text    # every word of the article: a Token only for a kind of place
    for noun in [doc[i] for i, word in enumerate(words) if word in _LISTED_KINDS]:
        kind = _LISTED_KINDS.get(noun.text)
        first = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
                      and c.pos_ == "PROPN"), None) if kind else None
        if first is None or not first.conjuncts or any(t.i > noun.i for t in first.conjuncts):
            continue
        spans = [(_name_start(doc, t), t.i + 1) for t in sorted((first, *first.conjuncts), key=lambda t: t.i)]
        etype = PLACE_NOUNS[kind]
        entries = [r.gaz.lookup(doc[a:b].text) for a, b in spans]
        if any(e is not None and e.type is not etype or doc[a].ent_type_ == "NORP" or not doc[a].text[:1].isupper()
               for e, (a, b) in zip(entries, spans)) or any(
                m.start < b and a < m.end and not (a <= m.start and m.end <= b) for a, b in spans for m in r.mentions):
            continue
        for entry, (a, b) in zip(entries, spans):
            r.mentions = [m for m in r.mentions if not (a <= m.start and m.end <= b)]
            r.mentions.append(Mention(a, b, doc[a:b].text, etype, entry))
            taken.update(range(a, b))


def find_gazetteer_names(r: Resolver, taken: set[int]) -> None:
    """Proper nouns the NER missed but the gazetteer knows ("Roscosmos", "Kremlin")."""
    doc = r.doc
    cols = arrays(doc)      # every word of the article, by position: a Span only for an unknown name's root
    pos_of, text, lower, tag, ent_type = cols.pos, cols.text, cols.lower, cols.tag, cols.ent_type
    span_text = cols.span_text
    n = cols.n
    i = 0
    while i < n:
        if i in taken or pos_of[i] != "PROPN":
            i += 1
            continue
        j = i
        while j < n and j not in taken and (pos_of[j] == "PROPN" or text[j] in ("-", "&")):
            j += 1
        if j == i + 1 and j + 1 < n and tag[j] == "POS":
            k = j + 1       # "the Alzheimer's Association": a possessive inside an organisation's name
            while k < n and k not in taken and pos_of[k] == "PROPN" and not ent_type[k]:
                k += 1
            if k > j + 1 and possessor(r.doc, r.gaz, j + 1, k) == i:
                j = k
        for end in range(j, i, -1):
            entry = r.gaz.lookup(span_text(i, end))
            if entry is not None and (title_part(r.doc, r.gaz, i, end) or inside_dotted(doc, i, end)
                                      or hyphen_given_name(doc, i, end) or titled_noun(doc, i, end)):
                break       # "Trade Secretary"; "UK" of "Harbor.UK" (but "Athens-based" is Athens)
            if entry is not None:
                r.mentions.append(Mention(i, end, span_text(i, end), entry.type, entry))
                taken.update(range(i, end))
                i = end - 1
                break
        else:
            head = doc[i:j].root
            # a capital at the start of a sentence or quote is no evidence of a name, unless the word never
            # appears in lower case ("Nordbau denied ..." yes; '"Vaccination is ...' no)
            quoted = i > 0 and text[i - 1] in QUOTES
            first_word = (cols.is_sent_start[i] or quoted) and (quoted or lower[i] in r.lower_words)
            cues = context_votes(doc, i, j)
            if (listed := listed_type(r, i, j)) is not None and not any(lower[k] in lx.TITLE_NOUNS for k in range(i, j)):
                cues.append((listed, 2))    # "Manchester City and Arsenal": a member of a list of clubs (not a
                                            # title's words: "Pope Leo and Ecumenical Patriarch Bartholomew")
            if j - i > 1 and lower[j - 1] in EVENT_HEADS:
                cues.append((EntityType.EVENT, 3))      # "in the Australian Open final"
            if ((head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos") or cues) and not first_word
                    and not (j < n and (cols.like_num[j] or text[j][:1].isdigit() or ent_type[j]))
                    and not any((ent_type[k] and not (cues and ent_type[k] in ("PRODUCT", "WORK_OF_ART")))
                                or lower[k] in lx.NAME_TITLES or not text[k][:1].isupper() and tag[k] != "POS"
                                and not hyphen_inside(doc, k) for k in range(i, j))
                    and not inside_word(doc, i, j) and not (j - i == 1 and ROMAN_RE.fullmatch(text[i]))
                    and not owned_acronym(r.doc, r.gaz, i, j) and not code_name(doc, i, j)
                    and not (j - i == 1 and i > 0 and tag[i - 1] == "POS" and lower[i] in ORG_HEADS)):
                # ("Murray-Darling Basin Authority": a hyphenated word inside the name is the name's; but the
                # "Federation" of "the District Fishermen's Federation" alone is no name)
                # an actor's name the NER missed ("Nordbau denied ..."): an organisation where its form or a
                # description says so; else only if a later "the company" refers to it (see drop_unconfirmed).
                # Any other unknown name stays a concept (a product, a fragment, a foreign word).
                etype = max(cues, key=lambda v: v[1])[0] if cues else EntityType.ORGANIZATION
                tentative = not cues and not org_like(r, i, j)
                if not cues and j - i in (2, 3) and fold_given(text[i]) in given_names() and all(
                        cols.is_alpha[k] and text[k][:1].isupper() and not cols.is_upper[k] for k in range(i, j)) \
                        and not org_like(r, i, j):
                    etype, tentative = EntityType.PERSON, False     # "Jayson Tatum scored 33": a given name
                if article_of_name(doc, i) and i - 1 not in taken:
                    i -= 1      # "An Taisce", "An Post"
                r.mentions.append(Mention(i, j, span_text(i, j), etype, tentative=tentative))
                taken.update(range(i, j))
                i = j - 1
        i += 1


def find_surnames(r: Resolver, taken: set[int]) -> None:
    """ "Marchand" alone, after (or before) "Sophie Marchand": the NER often misses bare surnames."""
    known = {form: EntityType.PERSON for m in r.mentions
             if m.type is EntityType.PERSON and len(m.text.split()) > 1 for form in surname_forms(m.text)}
    # (the last word, and the first of two Spanish surnames and an Arabic name without its article: "Cabal" after
    # "María Fernanda Cabal Molina", "Safadi" after "Ayman al-Safadi")
    # a one-word name found elsewhere in the article ("HHLA") is a mention wherever it recurs
    known.update({m.text: m.type for m in r.mentions if " " not in m.text and m.text not in known})
    entries = {m.text: m.entry for m in r.mentions}     # a club named after its town keeps no town's link
    unsure = {m.text for m in r.mentions if m.tentative} - {m.text for m in r.mentions if not m.tentative}
    cols = arrays(r.doc)
    pos_of, positions = cols.pos, cols.positions
    lowered = r.lower_words     # the words the article writes in lower case
    for i in sorted(k for text in known for k in positions.get(text, ())):     # where a known name's word stands
        text = cols.text[i]
        if i not in taken and (
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


# Words before a saint's name that names a church, a square or a school ("St. Mary's Cathedral", "St Thomas' Hospital")
SAINT_WORDS = frozenset("st st. saint".split())


def find_saint_names(r: Resolver, taken: set[int]) -> None:
    """ "St. Mary's Cathedral", "St Thomas' Hospital", "St Joseph's College": the NER takes the saint's name and its
    "'s" (a place, a person) and leaves the head; the whole is one name: a place of worship, a square or a bridge a
    location, a hospital, a school or a college an organisation (mentions.STAFFED_HEADS)."""
    cols = arrays(r.doc)
    text, lower, tag, n = cols.text, cols.lower, cols.tag, cols.n
    for i in range(n):
        if lower[i] not in SAINT_WORDS or not text[i][:1].isupper():
            continue
        j = i + 1
        while j < n and j - i <= 2 and cols.pos[j] == "PROPN" and text[j][:1].isupper() and tag[j] != "POS":
            j += 1
        if j == i + 1 or j + 1 >= n or tag[j] != "POS" or not text[j + 1][:1].isupper():
            continue
        head = lower[j + 1]
        etype = EntityType.LOCATION if head in WORSHIP_HEADS | STREET_HEADS | {"church"} else \
            EntityType.ORGANIZATION if head in STAFFED_HEADS else None
        if etype is None:
            continue
        start, end = i, j + 2
        r.mentions = [m for m in r.mentions if not (m.start < end and start < m.end)]
        r.mentions.append(Mention(start, end, cols.span_text(start, end), etype))
        taken.update(range(start, end))


def find_described_names(r: Resolver, taken: set[int]) -> None:
    """An organisation's name of two to four capitalised words that opens a sentence, which the NER left out, set off
    by an apposition whose noun says it is a body ("Insure Right, a consumer group that brought the complaints,
    accused ...", "Fair Fares Now, a passenger lobby, said"): the tagger may read its words as a verb and an
    interjection, but the apposed noun (namecues.APPOSED) says what the name is. Not a person's name, nor one that
    starts with a determiner or a title."""
    cols = arrays(r.doc)
    text, lower, pos, n = cols.text, cols.lower, cols.pos, cols.n
    for i in range(n):
        if not (i == 0 or cols.is_sent_start[i]) or lower[i] in ("the", "a", "an") or lower[i] in lx.TITLE_NOUNS:
            continue
        j = i
        while j < n and j - i < 4 and text[j][:1].isupper() and text[j].isalpha() and j not in taken \
                and not cols.ent_type[j] and lower[j] not in lx.TITLE_NOUNS:
            j += 1
        if not 2 <= j - i <= 4 or j + 3 >= n or text[j] != "," or lower[j + 1] not in ("a", "an") \
                or starts_like_a_person(cols.span_text(i, j)):
            continue
        k = j + 2
        while k + 1 < n and k < j + 5 and pos[k + 1] in ("NOUN", "ADJ") and text[k + 1].islower():
            k += 1      # "a consumer group", "an independent watchdog": the apposition's last noun
        if pos[k] == "NOUN" and APPOSED.get(cols.lemma_lower[k]) is EntityType.ORGANIZATION and (
                text[k + 1] in (",", "that", "which", "based") or pos[k + 1] in ("VERB", "ADP")):
            r.mentions.append(Mention(i, j, cols.span_text(i, j), EntityType.ORGANIZATION))
            taken.update(range(i, j))


def find_speaker_labels(r: Resolver, taken: set[int]) -> None:
    """The speakers of a transcript, named in capitals before a colon at the start of a turn ("JENNIFER HOMENDY: We
    have recovered ...", and then "HOMENDY: You will have to ask ..."): a person. A name of two or three words is
    added where the NER left it; a surname alone only where a longer label ends in it. "Q:" and "A:" are no names."""
    doc = r.doc
    cols = arrays(doc)
    text, n = cols.text, cols.n
    found: list[tuple[int, int]] = []
    for i in range(n):
        if not (i == 0 or cols.is_sent_start[i] or text[i - 1] in ("?", ".", "!", '"', "”") or "\n" in text[i - 1]):
            continue
        j = i
        while j < n and j - i < 3 and len(text[j]) > 1 and text[j].isalpha() and text[j].isupper():
            j += 1
        if j > i and j < n and text[j] == ":" and not any(k in taken for k in range(i, j)):
            found.append((i, j))
    found = [(i, j) for i, j in found if j - i == 1 or starts_like_a_person(
        " ".join(w.capitalize() for w in text[i:j]))]    # "JENNIFER HOMENDY:", not "LIVE UPDATES:"
    lasts = {text[j - 1] for i, j in found if j - i > 1}
    for i, j in found:
        if j - i > 1 or text[i] in lasts:
            name = " ".join(w.capitalize() for w in text[i:j])
            r.mentions.append(Mention(i, j, cols.span_text(i, j), EntityType.PERSON, r.gaz.lookup(name)))
            taken.update(range(i, j))
