"""A gazetteer of well-known entities: countries, capitals, cities, organisations, people.

The default table ships as ``ontologies/gazetteer.jsonl`` (built by ``ontologies/build_gazetteer.py``).
Users add or override entries with their own JSON Lines or CSV files.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.readfile import decode_text
from kg.resources import ontology_dir
from kg.types import EntityType

__all__ = ["GazEntry", "Gazetteer", "default_path"]

_QID = re.compile(r"Q[1-9][0-9]*")
_WEAK_FIELDS = frozenset("label type aliases kind tier part_of_iso2".split())  # what the place tier's entries hold
_CLUB_FORMS = frozenset("fc afc cf sc ssc ac as cd rc sv vfb fk sk united city town real".split())
_MEMO_SIZE = 1 << 16     # names a Gazetteer remembers the answer for (then it starts again)
_EDGE_PUNCT = " \t\r\n\"'“”‘’«»()[]{},;:!?"
_TYPE_NAMES = {t.value.casefold(): t for t in EntityType} | {t.name.casefold(): t for t in EntityType}
# When one surface form names entries of different types, lookup() prefers them in this order.
_TYPE_PRIORITY = {EntityType.GPE: 0, EntityType.ORGANIZATION: 1, EntityType.PERSON: 2, EntityType.LOCATION: 3,
                  EntityType.GROUP: 4, EntityType.EVENT: 5}


@dataclass(frozen=True)
class GazEntry:
    """One known entity and the names it goes by."""

    label: str
    type: EntityType
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str = ""                     # "country", "capital", "city", "company", "person", ...
    capital_of: str | None = None      # for a capital: the label of its country
    demonyms: tuple[str, ...] = ()     # "Russian" for Russia
    country: str | None = None         # for a person: the label of the state whose national offices they hold;
                                       # for a city: the label of the state it lies in
    tier: str = ""                     # "weak": a bare place name that may be a person's, a firm's or a word


def default_path() -> Path:
    """Return the path of the shipped gazetteer, ``ontologies/gazetteer.jsonl``."""
    return ontology_dir() / "gazetteer.jsonl"


def _normalise(name: str) -> str:
    """Straight apostrophes, single spaces, no surrounding punctuation, no leading "the"."""
    name = " ".join(name.replace("’", "'").replace("‘", "'").split()).strip(_EDGE_PUNCT)
    if name[:4].casefold() == "the ":
        name = name[4:].lstrip()
    return name


def _spellings(form: str) -> tuple[str, ...]:
    """A name as written and, where its parts are joined by "&", with "and" ("Brighton & Hove Albion", "Pratt &
    Whitney", "Trinidad & Tobago" are written "Brighton and Hove Albion", ...): one name either way, never two."""
    return (form, form.replace(" & ", " and ")) if " & " in form else (form,)


def _is_caps(name: str) -> bool:
    return name.isupper()


def _key(name: str) -> str:
    """The index key: acronyms (all caps) as written, every other name case-folded."""
    return name if _is_caps(name) else name.casefold()


# A company's legal form after its name ("Ltd", "PLC", "Inc.", "AG", "N.V.")
_LEGAL_SUFFIX = re.compile(r",? (?:Ltd\.?|Limited|PLC|plc|Plc|Inc\.?|Corp\.?|AG|SA|S\.A\.|NV|N\.V\.|LLC|GmbH|SE|ASA|AB)$")


def _candidates(name: str) -> list[str]:
    """The forms to try for a query: as given, without a final period, without a possessive."""
    base = _normalise(name)
    forms = [base]
    if base.endswith(".") and not _is_caps(base):
        forms.append(base.rstrip("."))
    for form in list(forms):
        stripped = re.sub(r"(?<=\w)'s?$", "", form)
        if stripped != form:
            forms.append(_normalise(stripped))
    for form in list(forms):
        bare = _LEGAL_SUFFIX.sub("", form)
        if bare != form and bare[:1].isupper():
            forms.append(bare)      # "Infosys Ltd", "Safaricom PLC": the firm the gazetteer knows without its suffix
    for form in list(forms):
        if _ARABIC_ARTICLE.search(form):
            # "Abdel Fattah al-Sisi", "El-Sisi": the Arabic article is written "al-" and "el-", either case
            forms += [_ARABIC_ARTICLE.sub(lambda m: m.group(1) + article, form) for article in ("al-", "el-")]
    return [f for f in dict.fromkeys(forms) if f]


# The Arabic article before a name's last part, however it is written: "al-Sisi", "el-Sisi", "Al-Sisi", "El-Sisi"
_ARABIC_ARTICLE = re.compile(r"(^|\s)[AaEe]l-(?=[A-Z])")


def _parse_entry(raw: dict, where: str) -> GazEntry:
    """Check and convert one JSON object or CSV row; ``where`` is "file:line" for messages."""
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise InputError(f"{where}: a gazetteer entry needs a non-empty 'label'")
    type_name = str(raw.get("type") or "").strip()
    entity_type = _TYPE_NAMES.get(type_name.casefold())
    if entity_type is None:
        allowed = ", ".join(t.value for t in EntityType)
        raise InputError(f"{where}: unknown type {type_name!r} for {label!r}; use one of {allowed}")
    wikidata = raw.get("wikidata") or None
    if wikidata is not None:
        wikidata = str(wikidata).strip().rsplit("/", 1)[-1]
        if not _QID.fullmatch(wikidata):
            raise InputError(f"{where}: {label!r} has a malformed Wikidata id {raw.get('wikidata')!r}; write Q123")
    aliases = raw.get("aliases") or ()
    demonyms = raw.get("demonyms") or ()
    if isinstance(aliases, str) or isinstance(demonyms, str) or not all(
            isinstance(a, str) for a in (*aliases, *demonyms)):
        raise InputError(f"{where}: 'aliases' and 'demonyms' of {label!r} must be lists of strings")
    capital_of = raw.get("capital_of") or None
    country = raw.get("country") or None
    tier = str(raw.get("tier") or "").strip()
    if tier not in ("", "weak"):
        raise InputError(f"{where}: unknown tier {tier!r} for {label!r}; leave it out or write \"weak\"")
    return GazEntry(label=label.strip(), type=entity_type, wikidata=wikidata,
                    aliases=tuple(a.strip() for a in aliases if a.strip()), kind=str(raw.get("kind") or ""),
                    capital_of=str(capital_of) if capital_of else None,
                    demonyms=tuple(d.strip() for d in demonyms if d.strip()),
                    country=str(country).strip() if country else None, tier=tier)


def _read_jsonl(path: Path, text: str) -> list[GazEntry]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: not a JSON object ({err.msg}); "
                             "a gazetteer file holds one JSON object per line") from err
        if not isinstance(raw, dict):
            raise InputError(f"{path}:{number}: not a JSON object; a gazetteer file holds one JSON object per line")
        if raw.keys() <= _WEAK_FIELDS and raw.get("tier") == "weak" and raw.get("type") == "GeopoliticalEntity" \
                and isinstance(raw.get("label"), str) and raw["label"].strip() and isinstance(raw.get("aliases", []), list) \
                and all(isinstance(a, str) for a in raw.get("aliases", ())):
            # the place tier's tens of thousands of entries: the checks of _parse_entry that can fail, quickly
            entries.append(GazEntry(raw["label"].strip(), EntityType.GPE, aliases=tuple(raw.get("aliases", ())),
                                    kind=str(raw.get("kind") or ""), tier="weak"))
            continue
        entries.append(_parse_entry(raw, f"{path}:{number}"))
    return entries


def _read_csv(path: Path, text: str) -> list[GazEntry]:
    rows = csv.reader(text.splitlines())
    header = [h.strip().casefold() for h in next(rows, [])]
    if "label" not in header or "type" not in header:
        raise InputError(f"{path}:1: a gazetteer CSV needs a header with columns label,type,wikidata,aliases")
    entries = []
    for number, row in enumerate(rows, 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InputError(f"{path}:{number}: {len(row)} columns, but the header has {len(header)}")
        raw = dict(zip(header, (cell.strip() for cell in row)))
        for field in ("aliases", "demonyms"):
            raw[field] = [a for a in (raw.get(field) or "").split("|") if a.strip()]
        entries.append(_parse_entry(raw, f"{path}:{number}"))
    return entries


def read_gazetteer_file(path: str | Path) -> list[GazEntry]:
    """Read a gazetteer file: JSON Lines, or CSV (by a ``.csv`` suffix) with columns label,type,wikidata,aliases.

    Parameters
    ----------
    path : str or Path
        The file. In CSV, aliases are separated by ``|``.

    Returns
    -------
    list of GazEntry

    Raises
    ------
    InputError
        If the file is missing, not UTF-8 text, or an entry is malformed (the message names file and line).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"Cannot read gazetteer file {path}: {err.strerror or err}") from err
    text = decode_text(data, str(path), "a JSON Lines or CSV gazetteer file")
    if path.suffix.casefold() == ".csv":
        return _read_csv(path, text)
    return _read_jsonl(path, text)


class Gazetteer:
    """Known entities, looked up by label, alias or demonym.

    Build one with :meth:`Gazetteer.load`. Lookups are dictionary look-ups. Weak entries (``tier`` "weak": bare
    place names that may also be a person's, a firm's or a word) answer only :meth:`place` and :meth:`weak_names`,
    never :meth:`lookup`: the gazetteer component lets them fill a gap in the NER, not overrule it.

    Examples
    --------
    >>> gaz = Gazetteer([GazEntry("Russia", EntityType.GPE, "Q159", ("Russian Federation",), "country",
    ...                           demonyms=("Russian",))])
    >>> gaz.lookup("Russia's").wikidata
    'Q159'
    >>> gaz.demonym("Russians").label
    'Russia'
    """

    def __init__(self, entries: Sequence[GazEntry]):
        by_label: dict[str, GazEntry] = {}
        for entry in entries:  # a later entry with the same label (a user's) replaces an earlier one
            by_label.pop(entry.label, None)
            by_label[entry.label] = entry
        self._entries: tuple[GazEntry, ...] = tuple(e for e in by_label.values() if not e.tier)
        self._places: dict[str, GazEntry] = {}
        for entry in by_label.values():
            if entry.tier:
                for form in (entry.label, *entry.aliases):
                    self._places.setdefault(_key(_normalise(form)), entry)
        self._index: dict[str, list[GazEntry]] = {}
        self._demonyms: dict[str, GazEntry] = {}
        self._by_label: dict[str, GazEntry] = {}
        for entry in reversed(self._entries):  # later (user) entries win ties
            self._by_label.setdefault(entry.label, entry)
            for form in (spelt for f in (entry.label, *entry.aliases) for spelt in _spellings(f)):
                form = _normalise(form)
                if form:
                    bucket = self._index.setdefault(_key(form), [])
                    if entry not in bucket:
                        bucket.append(entry)
            for word in entry.demonyms:
                self._demonyms.setdefault(_normalise(word).casefold(), entry)
        for bucket in self._index.values():
            bucket.sort(key=lambda e: _TYPE_PRIORITY[e.type])  # stable: user entries stay first within a type
        self._clubs: dict[str, GazEntry | None] | None = None  # club() index, built on first use
        self._found: dict[str, tuple[GazEntry, ...]] = {}     # lookup_all's answers: an article asks for
        self._demonym_of: dict[str, GazEntry | None] = {}      # the same names again and again

    @classmethod
    def load(cls, extra_paths: Sequence[str | Path] = (), default: bool = True) -> Gazetteer:
        """Load the shipped gazetteer and the user's files.

        Parameters
        ----------
        extra_paths : sequence of str or Path
            User gazetteer files (JSON Lines, or CSV with columns label,type,wikidata,aliases).
            Their entries replace shipped (and earlier) entries with the same label.
        default : bool
            Whether to include the shipped ``ontologies/gazetteer.jsonl``.

        Returns
        -------
        Gazetteer

        Raises
        ------
        InputError
            If a file cannot be read or holds a malformed entry.

        Examples
        --------
        >>> Gazetteer.load().lookup("Kiev").label
        'Kyiv'
        """
        paths = tuple(str(Path(p).resolve()) for p in extra_paths)
        return _load_cached(paths, default)

    def lookup(self, name: str) -> GazEntry | None:
        """Return the entry a name refers to, or None.

        Matches a label or alias. Case is ignored unless either side is all capitals ("US" is not "us"),
        and an all-lowercase name only matches a stored lowercase form, so common words such as "fed"
        or "house" never match. A leading "the", surrounding punctuation and a possessive "'s" are
        ignored; curly apostrophes count as straight ones. Where one name fits entries of several
        types, a geopolitical entity is preferred, then an organisation, a person, a location.

        Examples
        --------
        >>> gaz = Gazetteer.load()
        >>> gaz.lookup("the U.S.").label, gaz.lookup("us")
        ('United States', None)
        """
        found = self.lookup_all(name)
        return found[0] if found else None

    def lookup_all(self, name: str) -> tuple[GazEntry, ...]:
        """Return every entry a name may refer to, the preferred one first (see :meth:`lookup`)."""
        found = self._found.get(name)
        if found is None:
            if len(self._found) >= _MEMO_SIZE:
                self._found.clear()
            found = self._found[name] = self._lookup_all(name)
        return found

    def _lookup_all(self, name: str) -> tuple[GazEntry, ...]:
        for form in _candidates(name):
            hits = self._index.get(_key(form), ())
            if not hits and _is_caps(form) and len(form) >= 4:
                hits = self._index.get(form.casefold(), ())  # "RUSSIA" in an all-caps headline
            if form == form.lower():
                hits = [e for e in hits if any(_normalise(f) == form for f in (e.label, *e.aliases))]
            if hits:
                return tuple(hits)
        return ()

    def demonym(self, word: str) -> GazEntry | None:
        """Return the entry a demonym or its plural names: "Russian", "Russians" -> Russia.

        Examples
        --------
        >>> Gazetteer.load().demonym("Frenchmen").label
        'France'
        """
        if not word[:1].isupper():
            return None     # demonyms are capitalised: "pole" is not a Pole, "lunar" no nationality
        if word in self._demonym_of:
            return self._demonym_of[word]
        if len(self._demonym_of) >= _MEMO_SIZE:
            self._demonym_of.clear()
        found = self._demonym_of[word] = self._demonym(word)
        return found

    def _demonym(self, word: str) -> GazEntry | None:
        word = _normalise(word).casefold()
        forms = [word]
        if word.endswith("men"):
            forms.append(word[:-3] + "man")
        if word.endswith("s"):
            forms.append(word[:-1])
        for form in forms:
            if form in self._demonyms:
                return self._demonyms[form]
        return None

    def capital_country(self, entry: GazEntry) -> GazEntry | None:
        """Return the country whose capital ``entry`` is, or None when it is no capital."""
        if not entry.capital_of:
            return None
        return self._by_label.get(entry.capital_of)

    def countries_named(self, entry: GazEntry) -> frozenset[str]:
        """Return the labels of the countries that ``entry``'s own names mention by name or demonym.

        Examples
        --------
        >>> gaz = Gazetteer.load()
        >>> sorted(gaz.countries_named(gaz.lookup("US Supreme Court"))), sorted(gaz.countries_named(gaz.lookup("FBI")))
        (['United States'], [])
        """
        found = set()
        for name in (entry.label, *entry.aliases):
            words = re.findall(r"[\w.]+", name)
            for i in range(len(words)):
                for j in range(i + 1, min(i + 4, len(words)) + 1):
                    hit = self.lookup(" ".join(words[i:j])) if words[i][:1].isupper() else None
                    if hit is not None and hit.kind == "country":
                        found.add(hit.label)
                if words[i][:1].isupper() and (people := self.demonym(words[i])) is not None and people.kind == "country":
                    found.add(people.label)
        found.discard(entry.label)
        return frozenset(found)

    def country_of(self, entry: GazEntry) -> GazEntry | None:
        """Return the state whose national offices a person ``entry`` holds, or the one a city lies in; None when the
        gazetteer does not say."""
        if not entry.country:
            return None
        return self._by_label.get(entry.country)

    def club(self, name: str) -> GazEntry | None:
        """Return the one sports club (``kind`` "club") a place's name stands for in a sport story: a club with
        that name or alias, else the one club whose name begins or ends with it ("Bayern" -> Bayern Munich,
        "Dortmund" -> Borussia Dortmund); None where none or several do ("Manchester", "Milan").

        Examples
        --------
        >>> Gazetteer.load().club("Bayern").label
        'Bayern Munich'
        """
        if self._clubs is None:
            exact: dict[str, set[GazEntry]] = {}
            partial: dict[str, set[GazEntry]] = {}
            for entry in self._entries:
                if entry.kind != "club":
                    continue
                for form in (entry.label, *entry.aliases):
                    words = _normalise(form).split()
                    exact.setdefault(_key(" ".join(words)), set()).add(entry)
                    for word in {words[0], words[-1]} if len(words) > 1 else ():
                        if word.casefold().strip(".") not in _CLUB_FORMS:
                            partial.setdefault(_key(word), set()).add(entry)
            self._clubs = {k: next(iter(v)) if len(v) == 1 else None for k, v in partial.items()}
            self._clubs.update({k: next(iter(v)) if len(v) == 1 else None for k, v in exact.items()})
        return self._clubs.get(_key(_normalise(name)))

    def place(self, name: str) -> GazEntry | None:
        """Return the weak place entry a name matches (as written, any case but an acronym's), or None.

        Examples
        --------
        >>> Gazetteer.load().place("Gusau").kind, Gazetteer.load().lookup("Gusau")
        ('city', None)
        """
        return self._places.get(_key(_normalise(name)))

    def weak_names(self) -> Iterator[tuple[str, GazEntry]]:
        """Yield every (surface form, weak entry), for the component's place matcher."""
        for entry in dict.fromkeys(self._places.values()):
            for form in dict.fromkeys((entry.label, *entry.aliases)):
                yield form, entry

    def get(self, label: str) -> GazEntry | None:
        """Return the entry with exactly this label, or None."""
        return self._by_label.get(label)

    def names(self) -> Iterator[tuple[str, GazEntry]]:
        """Yield every (surface form, entry): labels and aliases as written, for matcher patterns."""
        for entry in self._entries:
            for form in dict.fromkeys(spelt for f in (entry.label, *entry.aliases) for spelt in _spellings(f)):
                yield form, entry

    def __iter__(self) -> Iterator[GazEntry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


@lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...], default: bool) -> Gazetteer:
    entries: list[GazEntry] = []
    if default:
        entries += read_gazetteer_file(default_path())
    for path in paths:
        entries += read_gazetteer_file(path)
    return Gazetteer(entries)
