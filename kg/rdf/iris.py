"""Content-derived IRIs: the same entity, article or statement gets the same IRI on every run and machine."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from kg.rdf.namespaces import KGP, KGR
from kg.types import Article


@lru_cache(maxsize=1 << 16)     # (a name's key is asked for once per article that names it, and by each IRI)
def slug(text: str, limit: int = 80) -> str:
    """A lower-case ASCII slug: "Donetsk People's Republic" -> "donetsk-peoples-republic".

    Examples
    --------
    >>> slug("Vladimir Putin")
    'vladimir-putin'
    >>> slug("Kyiv's rule")
    'kyivs-rule'
    >>> slug("OPEC+")     # not "opec": OPEC+ is another body than OPEC
    'opec-plus'
    >>> slug("Ørsted")    # letters NFKD does not decompose are spelled out, not dropped ("rsted", "odz")
    'orsted'
    >>> slug("Łódź")
    'lodz'
    """
    text = re.sub(r"(?<=\w)\+(?!\w)", " plus", text).translate(_UNDECOMPOSED)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"['’`]", "", ascii_text)
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")
    return out or "x" + digest(text, 8)


# Letters with no decomposition into an ASCII letter and marks (as kg.extract.mentions folds them)
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def digest(*parts: object, size: int = 16) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:size]


def entity_iri(key: str) -> URIRef:
    return KGR[f"entity/{key}"]


def article_iri(article: Article) -> URIRef:
    return KGR[f"article/{article.key}"]


def concept_iri(label: str) -> URIRef:
    """A concept is identified by its normalised phrase, so the same phrase is one node across articles."""
    norm = " ".join(label.lower().split())
    return KGR[f"concept/{slug(norm, 60)}-{digest(norm, size=8)}"]


def predicate_iri(name: str) -> URIRef:
    return KGP[re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "related_to"]


def statement_iri(article: Article, *parts: object) -> URIRef:
    return KGR[f"statement/{digest(article.key, *parts, size=24)}"]
