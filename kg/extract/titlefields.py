"""Titles around names: a title before a name makes it a person's ("Governor Sophie Marchand"), and the field of
a capitalised office is part of the title, no body ("Labour" of "Labour Minister", "Maritime Affairs" of "Minister
for Maritime Affairs")."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import lexicon as lx
from kg.extract.mentions import FIELD_WORDS, OFFICE_WORDS, PERSON_TITLES, TITLE_WORDS
from kg.gazetteer import Gazetteer


def titled_name(doc: Doc, start: int, end: int) -> bool:
    titles = TITLE_WORDS
    first = doc[start]
    before = doc[start - 1] if start > 0 else None
    if first.text[:1].isupper() and first.lower_.rstrip(".") in titles and end - start >= 3:
        lead = [t for t in doc[start:end] if t.lower_.rstrip(".") in titles]
        if lead[-1].lower_.rstrip(".") in FIELD_WORDS:
            return False    # "First Quantum Minerals", "Energy Transfer Partners": a field with no title noun
        rest = doc[start + 1:end]
    elif (before is not None and before.text[:1].isupper() and before.lower_.rstrip(".") in titles
          and before.lower_.rstrip(".") not in FIELD_WORDS):
        rest = doc[start:end]
    elif before is not None and before.is_lower and before.lower_ in PERSON_TITLES and end - start >= 2:
        rest = doc[start:end]   # "former state counsellor Aung San Suu Kyi", "the party's chairman Ola Berg"
    else:
        return False
    rest = [t for t in rest if t.lower_.rstrip(".") not in titles]
    return 2 <= len(rest) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in rest)


def title_part(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether the words are the field of a capitalised office after them: "Labour" of "Labour Minister"; or,
    when they name nothing the gazetteer knows, the portfolio of a minister or secretary: "Natural Resources"
    of "Federal Natural Resources Minister", "Maritime Affairs" of "Minister for Maritime Affairs" (a
    government's name never stands there)."""
    if end - start == 1 and doc[start].lower_ == "crown" and end < len(doc) and doc[end].lower_ in ("prince",
                                                                                                  "princess"):
        return True     # "Crown" of "Crown Princess Ingrid": the title's, no body
    office_after = end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in OFFICE_WORDS
    if all(t.lower_ in TITLE_WORDS | lx.TITLE_MODIFIERS for t in doc[start:end]) and office_after:
        return True
    if gaz.lookup(doc[start:end].text) is not None or not all(
            t.is_alpha and t.text[:1].isupper() or t.lower_ in ("and", "&") for t in doc[start:end]):
        return False
    minister_before = start >= 2 and doc[start - 1].lower_ in ("for", "of") and doc[start - 2].text[:1].isupper() \
        and doc[start - 2].lower_ in ("minister", "secretary")
    return (office_after and doc[end].lower_ != "ministry" and not any(
        gaz.demonym(t.text) is not None or gaz.lookup(t.text) is not None for t in doc[start:end])
        or minister_before)


def skip_titles(doc: Doc, start: int, end: int) -> int:
    """The start of a person's name after the titles the NER took into it ("Rear Admiral", "Crown Prince")."""
    while end - start > 1 and not (doc[start].text.isupper() and len(doc[start].text) > 1
                                   and not doc[start + 1].text.isupper()) and (
            doc[start].lower_.rstrip(".") in TITLE_WORDS or doc[start].lower_ == "crown"
            and doc[start + 1].lower_ in ("prince", "princess")):     # "MS Dhoni": initials, not "Ms"
        start += 1
    return start
