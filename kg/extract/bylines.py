"""The byline's agencies and reporters as entities ("By AFP", "By Jane Doe and Reuters"), and the places the front
matter names ("By Gopal Sharma in Kathmandu")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.namecues import front_matter_places
from kg.rdf.iris import slug
from kg.types import Entity, EntityType

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.core import _Converter

BYLINE_JOBS = frozenset("""editor correspondent reporter writer staff journalist columnist contributor analyst
producer desk team""".split())
# Words that rank a byline's job ("Senior Staff Writer", "Chief Political Correspondent").
BYLINE_RANKS = frozenset("senior chief special contributing staff associate assistant deputy political".split())
BYLINE_ORG_WORDS = frozenset("news press agency wire service times post journal reuters bloomberg staff".split())


def byline_entities(conv: _Converter) -> None:
    """The byline's agencies and reporters are entities too ("By AFP", "By Jane Doe and Reuters")."""
    author = conv.article.author or ""
    for name in re.split(r"\s*(?:,|;|\band\b|&)\s*", author):
        name = re.sub(r"\s+in\s+[A-Z][\w\s.'-]*$", "", name.strip(" ."))   # "Gopal Sharma in Kathmandu"
        words = name.split()
        if words and words[-1].lower() in BYLINE_JOBS:
            if not any(w.lower() in BYLINE_ORG_WORDS for w in words[:-1]):
                continue    # "Economics Editor", "Political Correspondent": a job, not a name
            if all(w.lower() in BYLINE_JOBS | BYLINE_RANKS for w in words[:-1]):
                continue    # "Staff Writer", "Senior Staff Reporter": a job, no wire
            name = " ".join(words[:-1])     # "Financial Wire Staff": the wire
        if not name or not name[:1].isupper() or len(name) > 60:
            continue
        entry = conv.gaz.lookup(name)
        if entry is not None:
            conv.gazetteer_entity(entry, alias=name)
            continue
        words = name.split()
        agency = any(w.lower() in BYLINE_ORG_WORDS for w in words) or name.isupper()
        etype = EntityType.ORGANIZATION if agency or len(words) == 1 else EntityType.PERSON
        conv.extra.setdefault(slug(name), Entity(key=slug(name), label=name, type=etype))
    for entry, name in front_matter_places(conv.article.headline, author, conv.dates.text, conv.gaz):
        conv.gazetteer_entity(entry, alias=name)    # "Ottawa Orders ...", "By Gopal Sharma in Kathmandu"
