"""Frozen values passed between the stages. None of them holds a spaCy object, so they pickle."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Polarity(str, Enum):
    POSITIVE = "Positive"
    NEGATIVE = "Negative"


class Modality(str, Enum):
    ASSERTED = "Asserted"
    REPORTED = "Reported"
    HYPOTHETICAL = "Hypothetical"
    REQUESTED = "Requested"


class EntityType(str, Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    GPE = "GeopoliticalEntity"
    LOCATION = "Location"
    GROUP = "Group"
    EVENT = "Event"


@dataclass(frozen=True)
class Article:
    """One news article: its body text (statement offsets point into it) and its metadata."""

    text: str
    headline: str | None = None
    date: str | None = None          # ISO 8601 date, "2022-02-21"
    author: str | None = None
    url: str | None = None
    source: str = "<text>"           # where it was read from, for messages only
    language: str | None = None      # ISO 639-1 code the source declares ("en"), if it declares one

    @property
    def content_hash(self) -> str:
        """A digest of everything the graph is built from; a changed article gets a new one."""
        parts = (self.headline, self.date, self.author, self.url, self.text)
        return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """What the article's IRI is derived from: its URL, else its headline and date, else its content."""
        if self.url:
            basis = self.url
        elif self.headline:
            basis = f"{self.headline}\x1f{self.date or ''}"
        else:
            basis = self.text
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Entity:
    """One real-world entity as an article names it."""

    key: str                         # the IRI's local part: "vladimir-putin"
    label: str                       # the fullest proper name seen
    type: EntityType
    aliases: frozenset[str] = frozenset()
    wikidata: str | None = None      # "Q7747"


@dataclass(frozen=True)
class Argument:
    """A statement's subject or object: an entity, a concept phrase, or a literal."""

    text: str
    entity: str | None = None        # Entity.key when the argument is (headed by) an entity
    involves: tuple[str, ...] = ()   # keys of the entities named inside a concept phrase
    datatype: str | None = None      # "date" or "quantity" for literals; "former" marks a qualifier of a past role,
                                     # "qualifier" what an object is held or found to be


@dataclass(frozen=True)
class Statement:
    """One extracted relation with its factuality and provenance."""

    subject: Argument
    predicate: str                   # normalised: "consider", "pave_way_for"
    predicate_label: str             # the verb phrase as read: "is considering"
    object: Argument
    polarity: Polarity = Polarity.POSITIVE
    modality: Modality = Modality.ASSERTED
    attributed_to: str | None = None  # Entity.key of the speaker
    confidence: float = 0.5
    sentence: str = ""
    char_start: int = 0
    char_end: int = 0
    extra: tuple[Argument, ...] = ()  # further arguments: time, place
    date: str | None = None          # when the text dates it: "2022-02-21", "2022-02", "2022" (a week: its Monday)
    date_precision: str | None = None  # "day", "week", "month" or "year"
    event_type: str | None = None    # CAMEO code of an interaction ("163"); None for roles and states

    @property
    def is_fact(self) -> bool:
        """Positive, asserted and not a former role ("the former governor"): written as a direct triple too."""
        return (self.polarity is Polarity.POSITIVE and self.modality is Modality.ASSERTED
                and not any(e.datatype == "former" for e in self.extra))


@dataclass(frozen=True)
class Extraction:
    """What one article yields: its entities and statements."""

    article: Article
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    mentions: dict = field(default_factory=dict, compare=False)  # entity key -> number of mentions
