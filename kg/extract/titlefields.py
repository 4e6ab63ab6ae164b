"""Titles around names: a title before a name makes it a person's ("Governor Sophie Marchand"), and the field of
a capitalised office is part of the title, no body ("Labour" of "Labour Minister", "Maritime Affairs" of "Minister
for Maritime Affairs")."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.mentions import FIELD_WORDS, OFFICE_WORDS, PERSON_TITLES, SURNAME_HONORIFICS, TITLE_WORDS
from kg.gazetteer import Gazetteer


def titled_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a title before or inside a name the NER typed otherwise makes it a person's: "Governor Sophie
    Marchand", "the party's chairman Ola Berg", and an honorific before a surname alone ("Ms Kamau")."""
    cols = arrays(doc)      # asked of every name: positions and columns, not Tokens
    text, lower = cols.text, cols.lower
    titles = TITLE_WORDS
    if text[start] in SURNAME_HONORIFICS and end - start == 2:
        return text[start + 1][:1].isupper() and cols.is_alpha[start + 1] and not cols.is_upper[start + 1]
    if titled_lead(doc, start, end) is not None:
        return True     # "National Security Adviser Asim Malik", read as one body's name
    if text[start][:1].isupper() and lower[start].rstrip(".") in titles and end - start >= 3:
        lead = [k for k in range(start, min(end, cols.n)) if lower[k].rstrip(".") in titles]
        if lower[lead[-1]].rstrip(".") in FIELD_WORDS:
            return False    # "First Quantum Minerals", "Energy Transfer Partners": a field with no title noun
        rest = range(start + 1, min(end, cols.n))
    elif (start > 0 and text[start - 1][:1].isupper() and lower[start - 1].rstrip(".") in titles
          and lower[start - 1].rstrip(".") not in FIELD_WORDS):
        rest = range(start, min(end, cols.n))
    elif start > 0 and cols.is_lower[start - 1] and end - start >= 2 and (lower[start - 1] in PERSON_TITLES or (
            start > 1 and lower[start - 2] == "chief" and lower[start - 1] in ("executive", "economist"))):
        # ("Deutsche Bank chief executive Christian Sewing", which the NER ran into the bank's name)
        rest = range(start, min(end, cols.n))   # "former state counsellor Aung San Suu Kyi", "the party's chairman Ola Berg"
    else:
        return False
    rest = [k for k in rest if lower[k].rstrip(".") not in titles]
    return 2 <= len(rest) <= 4 and all(text[k][:1].isupper() and cols.is_alpha[k] for k in rest)


# The words a capitalised office's field may be made of alone ("Deputy", "Foreign" of "Deputy Foreign Minister")
_TITLE_OR_MODIFIER = TITLE_WORDS | lx.TITLE_MODIFIERS


def title_part(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether the words are the field of a capitalised office after them: "Labour" of "Labour Minister"; or,
    when they name nothing the gazetteer knows, the portfolio of a minister or secretary: "Natural Resources"
    of "Federal Natural Resources Minister", "Maritime Affairs" of "Minister for Maritime Affairs" (a
    government's name never stands there)."""
    cols = arrays(doc)      # asked of every name the NER and the gazetteer find
    text, lower, n = cols.text, cols.lower, cols.n
    if end - start == 1 and lower[start] == "crown" and end < n and lower[end] in ("prince", "princess"):
        return True     # "Crown" of "Crown Princess Ingrid": the title's, no body
    words = range(max(start, 0), min(end, n))
    office_after = end < n and text[end][:1].isupper() and lower[end] in OFFICE_WORDS
    if office_after and all(lower[k] in _TITLE_OR_MODIFIER for k in words):
        return True
    if gaz.lookup(cols.span_text(start, end)) is not None or not all(
            cols.is_alpha[k] and text[k][:1].isupper() or lower[k] in ("and", "&") for k in words):
        return False
    minister_before = start >= 2 and lower[start - 1] in ("for", "of") and text[start - 2][:1].isupper() \
        and lower[start - 2] in ("minister", "secretary")
    return (office_after and lower[end] != "ministry" and not any(
        gaz.demonym(text[k]) is not None or gaz.lookup(text[k]) is not None for k in words)
        or minister_before)


def titled_lead(doc: Doc, start: int, end: int) -> int | None:
    """The start of a person's name after a capitalised title of several words the NER took into one name with it
    ("National Security Adviser Asim Malik", "Chief Economic Adviser Ana Reyes"): a title noun whose words before it
    are capitalised common words of no name the gazetteer knows, then two to four capitalised words that open with a
    given name. None for any other span ("Energy Transfer Partners", "Foreign Office")."""
    from kg.extract.givennames import fold, given_names     # (the given names are read once, on first use)
    cols = arrays(doc)
    text, lower = cols.text, cols.lower
    nouns = [k for k in range(start + 1, end - 2) if lower[k] in lx.TITLE_NOUNS and text[k][:1].isupper()]
    if not nouns or not text[start][:1].isupper():
        return None
    k = nouns[-1]
    rest = range(k + 1, end)
    if not 2 <= len(rest) <= 4 or not all(text[j][:1].isupper() and cols.is_alpha[j] and not cols.is_upper[j]
                                          for j in (*range(start, k), *rest)):
        return None
    if fold(text[k + 1]).casefold() not in given_names() or any(cols.pos[j] != "PROPN" for j in rest):
        return None
    return k + 1


def skip_titles(doc: Doc, start: int, end: int) -> int:
    """The start of a person's name after the titles the NER took into it ("Rear Admiral", "Crown Prince")."""
    lead = titled_lead(doc, start, end)
    if lead is not None:
        return lead     # "National Security Adviser Asim Malik"
    while end - start > 1 and not (doc[start].text.isupper() and len(doc[start].text) == 2
                                   and not doc[start + 1].text.isupper()) and (
            doc[start].lower_.rstrip(".") in TITLE_WORDS or doc[start].lower_ == "crown"
            and doc[start + 1].lower_ in ("prince", "princess")):
        start += 1  # "MS Dhoni": initials, not "Ms"; "CFO Ana Ruiz": a title in three capitals
    return start
