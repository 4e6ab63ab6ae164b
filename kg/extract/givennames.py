"""Words that begin personal names, to tell "Marta Lindqvist" from "Nordlys Havvind".

The small NER model calls most two-word capitalised names persons, whatever they name: firms ("Deutsche
Telekom"), ports ("Bandar Abbas"), groups. A person's name in the news starts with a given name (or, in East Asian
names, a family name written first); the shipped list ``ontologies/given_names.tsv`` (built by
``ontologies/build_given_names.py`` from Faker's first names, MIT licence, and short lists of its own) holds such
words. A word not in it says only that the name may not be a person's: the caller still looks for a person cue.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from kg.extract import lexicon as lx
from kg.resources import ontology_dir

TITLES = frozenset("mr mrs ms dr sir dame lord lady prof president minister senator governor mayor judge".split())
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "ı": "i"})


@lru_cache(maxsize=1 << 14)     # (asked of the first word of every name, mention after mention)
def fold(word: str) -> str:
    """A word without diacritics, case-folded, as the list is compared ("Sébastien" -> "sebastien")."""
    word = word.translate(_UNDECOMPOSED).replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The shipped given names, folded (no diacritics) and case-folded."""
    path = ontology_dir() / "given_names.tsv"
    return frozenset(fold(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def starts_like_a_person(name: str) -> bool:
    """Whether a multi-word name could be a person's by its first word: a known given name (either part of a
    hyphenated one), an initial ("K.P. Sharma Oli", "J. Smith"), or a lowercase particle ("de Gaulle").

    Examples
    --------
    >>> starts_like_a_person("Sébastien Roux"), starts_like_a_person("Nordlys Havvind")
    (True, False)
    >>> starts_like_a_person("K.P. Sharma Oli"), starts_like_a_person("Jean-Luc Picard")
    (True, True)
    >>> starts_like_a_person("TD Robert Troy"), starts_like_a_person("Deutsche Bank AG")
    (True, False)
    >>> starts_like_a_person("Founder Ren Zhengfei")
    True
    """
    words = name.split()
    while len(words) > 2 and (words[0].isupper() and words[0].isalpha()
                              or words[0].rstrip(".").casefold() in _TITLE_WORDS):
        words = words[1:]   # "TD Robert Troy", "MEP Jana Novak": a title the NER took into the name
    first = words[0] if words else ""
    if not first or "." in first or len(first) == 1 or first.islower():
        return True
    known = given_names()
    parts = [p for p in fold(first).split("-") if p]
    return any(p in known for p in parts)


@lru_cache(maxsize=1)
def name_sexes() -> dict[str, str]:
    """Given names of one sex only, folded, to "m" or "f" (``ontologies/given_name_genders.tsv``, built by
    ``ontologies/build_name_genders.py`` from Faker's lists; names given to both sexes are not in it)."""
    path = ontology_dir() / "given_name_genders.tsv"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, sex = line.partition("\t")
            out[name] = sex.strip()
    return out


def given_name_sex(name: str) -> str | None:
    """ "m" or "f" by the first word of a person's full name where that word is a given name of one sex only, else
    None.

    Examples
    --------
    >>> given_name_sex("Maria Santos"), given_name_sex("Paul Drew"), given_name_sex("Andrea Orcel")
    ('f', 'm', None)
    >>> given_name_sex("Santos")
    """
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".").casefold() in _TITLE_WORDS:
        words = words[1:]
    if len(words) < 2:
        return None     # a surname alone says nothing
    return name_sexes().get(fold(words[0].split("-")[0]))


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_TITLE_WORDS = TITLES | lx.TITLE_NOUNS | lx.NAME_TITLES


# Lowercase particles inside a name, no surname on their own ("de", "van", "bin"), and a name's suffixes
_PARTICLES = frozenset("von van der den de da di do du dos das del della bin ibn bint abu al el la le ter ten y e".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# The Arabic article before a name's last part, however it is written: "al-Safadi", "el-Masry", "Al-Hayya"
_ARABIC_ARTICLE = ("al-", "el-")


def surname_forms(name: str) -> frozenset[str]:
    """The one-word forms by which news refers back to a person named ``name`` in full, as written: the last word;
    that word without the Arabic article and with either spelling of it ("Ayman al-Safadi" -> "Safadi",
    "al-Safadi", "Al-Safadi", "el-Safadi", "El-Safadi"); and in a name of three words or more that starts like a
    person's, the first of two surnames as Spanish and Portuguese names have them: the word before the last, where
    it is no given name or particle ("María Fernanda Cabal Molina" -> "Cabal"; not "John Paul Hartley" -> "Paul").
    Empty for a name of one word.

    Examples
    --------
    >>> sorted(surname_forms("Victoria Rodríguez Ceja"))
    ['Ceja', 'Rodríguez']
    >>> sorted(surname_forms("Khalil al-Hayya"))
    ['Al-Hayya', 'El-Hayya', 'Hayya', 'al-Hayya', 'el-Hayya']
    >>> sorted(surname_forms("Martin Luther King Jr."))
    ['King']
    """
    words = name.split()
    while len(words) > 2 and words[-1].casefold() in _SUFFIXES:
        words = words[:-1]
    if len(words) < 2:
        return frozenset()
    last = words[-1]
    forms = {last}
    if last[:3].casefold() in _ARABIC_ARTICLE and len(last) > 5 and last[3:4].isupper():
        bare = last[3:]
        forms |= {bare, *(a + bare for article in _ARABIC_ARTICLE for a in (article, article.capitalize()))}
    if len(words) >= 3 and starts_like_a_person(name):
        before = words[-2]
        if (before[:1].isupper() and len(before) >= 3 and before.replace("-", "").isalpha()
                and fold(before) not in given_names() and fold(before) not in _PARTICLES):
            forms.add(before)
    return frozenset(forms)
