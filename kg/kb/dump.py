"""Reading a Wikidata JSON dump as a stream: one entity per line inside a JSON array, gzip or bzip2.

The dump (``latest-all.json.gz`` or ``.bz2``) is a JSON array with one entity object per line, each line
but the last ending with a comma. :func:`iter_lines` streams its lines; :func:`parse_entity` turns one
line into a compact :class:`Record` (or None when the entity is not wanted), cheap enough to run in
worker processes over blocks of lines.
"""
from __future__ import annotations

import bz2
import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.types import EntityType

__all__ = ["Record", "iter_lines", "parse_entity", "TYPE_OF_CLASS", "KINDS", "dump_version"]

# P31 (instance of) values and the entity type they give. Wikidata's class tree is deep; these are the
# classes its items about news actors most often state directly.
_PERSON = ("Q5",)
_ORGANIZATION = ("Q43229", "Q4830453", "Q783794", "Q891723", "Q6881511", "Q7278", "Q163740", "Q484652",
                 "Q2659904", "Q327333", "Q245065", "Q15911314", "Q3918", "Q31855", "Q1664720", "Q11032",
                 "Q1616075", "Q192350", "Q4438121", "Q17149090", "Q176799", "Q1331793", "Q708676",
                 "Q1194970", "Q22687", "Q215380", "Q476028", "Q847017", "Q1785733", "Q1248784",
                 "Q7210356", "Q46970", "Q1058914", "Q194166", "Q4287745", "Q161726", "Q2385804")
_STATE = ("Q6256", "Q3624078", "Q7275", "Q3024240", "Q15634554", "Q1763527", "Q10711424", "Q112099",
          "Q107390", "Q35657", "Q10864048", "Q3336843", "Q1048835", "Q515", "Q1549591", "Q5119",
          "Q1637706", "Q200250", "Q1093829", "Q486972", "Q532", "Q3957", "Q15284", "Q747074",
          "Q13220204", "Q13221722", "Q2264924", "Q1221156", "Q34876", "Q28575", "Q1200957")
_PLACE = ("Q8502", "Q4022", "Q23397", "Q165", "Q9430", "Q82794", "Q5107", "Q46831", "Q23442", "Q34763",
          "Q12284", "Q39816", "Q1248784", "Q44782", "Q1195098", "Q35509", "Q8514", "Q150784", "Q207326",
          "Q40080", "Q123705", "Q2221906", "Q1107656", "Q179049", "Q41176", "Q11303", "Q12280")
#: Which P31 class gives which entity type (the first kind that names a class wins).
TYPE_OF_CLASS: dict[str, EntityType] = {}
for _classes, _type in ((_PERSON, EntityType.PERSON), (_STATE, EntityType.GPE),
                        (_ORGANIZATION, EntityType.ORGANIZATION), (_PLACE, EntityType.LOCATION)):
    for _q in _classes:
        TYPE_OF_CLASS.setdefault(_q, _type)
#: The kinds ``kg kb build --types`` takes, and the types they keep.
KINDS = {"humans": EntityType.PERSON, "organisations": EntityType.ORGANIZATION, "states": EntityType.GPE,
         "places": EntityType.LOCATION}

# Claims kept as context: an entity's country, citizenship, location, seat, party, employer, memberships,
# parent organisation, capital, heads.
_CONTEXT = ("P17", "P27", "P131", "P159", "P102", "P108", "P463", "P749", "P36", "P1376", "P6", "P35",
            "P488", "P169", "P30", "P150", "P1001")
_DATE = re.compile(r"(?<!\d)(20\d{6})(?!\d)")


@dataclass(frozen=True)
class Record:
    """One entity of a knowledge base, as the index stores it."""

    qid: str
    label: str
    type: EntityType
    description: str = ""
    sitelinks: int = 0
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()      # Q-ids of the entities its context claims name
    modified: str = ""                 # the entity's last change (ISO date), for the dump's version


def iter_lines(path: str | Path) -> Iterator[str]:
    """The entity lines of a dump (``.json``, ``.json.gz``, ``.json.bz2``), streamed, without the array's
    brackets and the lines' trailing commas.

    Raises
    ------
    InputError
        When the file cannot be opened or decompressed.
    """
    path = Path(path)
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix.lower(), open)
    try:
        with opener(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                line = line.strip()
                if line in ("[", "]", ""):
                    continue
                yield line[:-1] if line.endswith(",") else line
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such dump file") from err
    except IsADirectoryError as err:
        raise InputError(f"{path}: is a folder; give a Wikidata JSON dump (latest-all.json.gz or .bz2)") from err
    except (OSError, EOFError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot be read as a Wikidata JSON dump ({type(err).__name__}: "
                         f"{' '.join(str(err).split())[:120]})") from err


def _text(values: dict, langs: tuple[str, ...]) -> str:
    for lang in langs:
        value = values.get(lang)
        if isinstance(value, dict) and isinstance(value.get("value"), str):
            return value["value"]
    return ""


def _ids(claims: dict, prop: str) -> list[str]:
    out = []
    for claim in claims.get(prop) or ():
        try:
            value = claim["mainsnak"]["datavalue"]["value"]
        except (KeyError, TypeError):
            continue
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            out.append(value["id"])
    return out


def parse_entity(line: str, kinds: frozenset[EntityType], min_sitelinks: int = 0,
                 langs: tuple[str, ...] = ("en", "mul")) -> Record | None:
    """One dump line as a Record, or None when it is not an item of a kept type with enough sitelinks.

    Raises
    ------
    ValueError
        When the line is not a JSON object.

    Examples
    --------
    >>> line = ('{"type":"item","id":"Q42","labels":{"en":{"language":"en","value":"Douglas Adams"}},'
    ...         '"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":'
    ...         '{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}}}]},'
    ...         '"sitelinks":{"enwiki":{"site":"enwiki","title":"Douglas Adams"}}},')
    >>> parse_entity(line, frozenset(KINDS.values())).label
    'Douglas Adams'
    """
    if not line.startswith("{"):
        raise ValueError("not a JSON object")
    if '"P31"' not in line:
        return None                              # no "instance of": no type to keep it by
    entity = json.loads(line[:-1] if line.endswith(",") else line)
    if not isinstance(entity, dict):
        raise ValueError("not a JSON object")
    if entity.get("type") != "item" or not isinstance(entity.get("id"), str):
        return None
    sitelinks = len(entity.get("sitelinks") or {})
    if sitelinks < min_sitelinks:
        return None
    claims = entity.get("claims") or {}
    etype = next((TYPE_OF_CLASS[q] for q in _ids(claims, "P31") if q in TYPE_OF_CLASS), None)
    if etype is None or etype not in kinds:
        return None
    label = _text(entity.get("labels") or {}, langs)
    if not label:
        return None
    aliases = []
    for lang in langs:
        for alias in (entity.get("aliases") or {}).get(lang) or ():
            if isinstance(alias, dict) and isinstance(alias.get("value"), str) and alias["value"] != label:
                aliases.append(alias["value"])
    related = tuple(dict.fromkeys(q for prop in _CONTEXT for q in _ids(claims, prop)))
    return Record(entity["id"], label, etype, _text(entity.get("descriptions") or {}, langs), sitelinks,
                  tuple(dict.fromkeys(aliases)), related, str(entity.get("modified") or "")[:10])


def dump_version(path: str | Path, latest_modified: str = "") -> str:
    """The dump's version: a date in its file or folder name (``wikidata-20240101-all.json.gz``), else the
    latest change date of its entities, else ``"unknown"``."""
    found = _DATE.findall(str(path))
    if found:
        return found[-1]
    return latest_modified.replace("-", "") or "unknown"
