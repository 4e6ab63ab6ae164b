"""Clustering mentions into one cluster per real-world entity: full names, short forms, acronyms and other names
the text gives, and each cluster's type by a vote over its mentions (part of
:class:`kg.extract.entities.Resolver`).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.foreignnames import NAME_PARTICLES, NAME_PREPOSITIONS
from kg.extract.givennames import given_name_sex, starts_like_a_person, surname_forms
from kg.extract.mentions import (
    acronym,
    Cluster,
    DESCRIPTIONS,
    fold,
    INSTITUTION_NOUNS,
    KNOWN_AS,
    Mention,
    norm_name,
    ORG_HEADS,
    ORG_SUFFIXES,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    QUOTES,
    TITLE_WORDS,
    without_suffix,
)
from kg.extract.namecues import acts, agent_who, context_votes
from kg.types import EntityType

# Relatives a person is introduced as ("her son, András Kertész"): a bare surname the two share is the other one's
KINSHIP_NOUNS = frozenset("""son daughter father mother brother sister husband wife grandson granddaughter grandfather
grandmother nephew niece uncle aunt cousin stepson stepdaughter child widow widower""".split())


# Words that end a body's name as a kind, never as a short form of it ("United" is one; "Group" is none)
_BODY_WORDS = ORG_HEADS | ORG_SUFFIXES | INSTITUTION_NOUNS
# Words no double surname holds: a body's or a place's name that ends a person's name is the body's or the place's
_NOT_SURNAMES = _BODY_WORDS | PLACE_HEADS


# Nouns of a stretch of land or shore that a place's name modifies: "the Kent coast", "the Sonora border".
LAND_NOUNS = frozenset("coast coastline shore shoreline border countryside hills highlands lowlands valley".split())


def listed_place(head: Token) -> bool:
    """Whether a name is a later member of a list whose first member is a place after a preposition of place:
    "reefs off Townsville and Cairns", "floods in Valencia and Alzira" (the NER took the second for a person)."""
    if head.dep_ != "conj":
        return False
    first = head
    while first.dep_ == "conj":
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPOSITIONS | {"off", "near"} and \
        first.ent_type_ in ("GPE", "LOC")


def trade_short_form(short: list[str], full: list[str]) -> bool:
    """Whether the words of a name of two words or more are a firm's name without the words of its trade that end
    it ("Harlow & Finch" of "Harlow & Finch Engineering", "Gulf Pearl" of "Gulf Pearl Holdings"). Not a group's name
    ("Hyundai Motor" is no short form of "Hyundai Motor Group", its parent) nor a bank's or an investor's
    ("Bank of America" is not "Bank of America Securities", a unit of it)."""
    rest = full[len(short):]
    return bool(rest) and full[:len(short)] == short and all(w.lower() in TRADE_WORDS for w in rest)


# Last words of a firm's name that say its trade, which news drops from the name after the first mention
TRADE_WORDS = frozenset("""engineering construction foods motors airlines airways systems technologies holdings
entertainment studios labs energy power biotech therapeutics pharma pharmaceuticals terminals logistics shipping media
mining metals steel chemicals software telecom telecoms electric electronics aerospace automotive petroleum resources
minerals robotics healthcare communications networks semiconductors materials beverages brewery breweries trucks
aviation railways industries enterprises solutions consulting""".split())


def land_modifier(head: Token, m) -> bool:
    """Whether a one-word name modifies a noun of a stretch of land: "reached the Kent coast"."""
    return head.dep_ == "compound" and head.head.lemma_.lower() in LAND_NOUNS and m.end - m.start == 1


class Clusterer:
    """Clusters the mentions of one Doc; mixed into :class:`kg.extract.entities.Resolver`, whose state it uses."""

    def cluster(self) -> None:
        by_key: dict[str, int] = {}
        defined: dict[str, int] = {}    # a short name the article defines in brackets -> its cluster
        terms = self._defined_terms()
        previous: Mention | None = None
        for m in self.mentions:
            cid = None
            short = norm_name(m.text)
            if m.start in terms and terms[m.start].cluster >= 0:
                cid = terms[m.start].cluster    # 'Hanra Energy Solutions ("Hanra" or "the Company") ... Hanra'
                key = f"term:{m.start}"
                m.type = terms[m.start].type
            elif previous is not None and (owner := self._acronym_over_place(previous, m)) is not None:
                cid = defined[short] = owner.cluster    # "Coastal Fisheries Alliance of West Africa (CFAWA)"
                key = "def:" + short
            elif previous is not None and self._bracketed_after(previous, m):
                cid = defined[short] = previous.cluster     # "Canadian National Railway (CN)": CN is that name
                key = "def:" + short
                named = self.clusters[cid]
                if m.entry is not None and self._other_body(m, [previous]):
                    m.entry = None          # "Intergovernmental Oceanographic Commission (IOC)": not the Olympic one
                elif named.entry is None and m.entry is not None and m.entry.type is self.cluster_type(named):
                    named.entry = m.entry   # "Christian Democrats (CDU)": the known short name links the long one
            elif short in defined:
                cid = defined[short]
                key = "def:" + short
            elif (cid := self._known_as(m)) is not None:
                defined[short] = cid    # "the Landless Workers' Movement, known by its initials MST": its name
                key = "def:" + short
            elif m.entry is not None and (cid := self._spelled_out(m)) is not None:
                defined[short] = cid    # "the International Cricket Council ... the ICC": that council, whatever
                key = "def:" + short    # body of the same initials the gazetteer knows (the criminal court)
                m.entry = None
            elif m.entry is not None and (cid := self._national_form(m)) is not None:
                key = f"national:{m.start}"     # "the Supreme Court" after "the Kenyan Supreme Court": Kenya's,
                m.entry = None                  # not the court the gazetteer knows by the bare name
            elif m.entry is not None and (cid := self._head_short_form(m)) is not None:
                key = f"place-form:{m.start}"       # "Leeds said" after "the University of Leeds": the university
            elif m.entry is not None:
                key = "gaz:" + m.entry.label
                cid = by_key.get(key)
            else:
                key = "name:" + norm_name(m.text)     # one name, one entity, whatever the NER called each mention
                cid = by_key.get(key)
                if cid is None:
                    cid = self._match_short_form(m)
                    if cid is not None and any(n.endswith(" of " + m.text) for n in self.clusters[cid].names):
                        key = f"place-form:{m.start}"   # "Kent" for the University of Kent; "in Kent" is the county
                    if cid is not None and m.type is EntityType.PERSON and " " not in m.text and \
                            self.cluster_type(self.clusters[cid]) is EntityType.ORGANIZATION:
                        m.type = EntityType.ORGANIZATION     # the short form of a firm is no person
            if cid is None:
                cid = len(self.clusters)
                self.clusters.append(Cluster(cid, entry=m.entry))
            by_key.setdefault(key, cid)
            m.cluster = cid
            self.clusters[cid].mentions.append(m)
            for i in range(m.start, m.end):
                self.token_cluster[i] = cid
            previous = m
        self._merge_late_full_names()

    def _defined_terms(self) -> dict[int, Mention]:
        """The short names a press release or a contract defines in quotes in brackets after a name, and each later
        use of them, by the start of the use, to the name that defines them: 'Hanra Energy Solutions ("Hanra" or
        "the Company") ... Hanra will supply ... The Company said'. A use no mention holds yet becomes one."""
        doc, n = self.doc, len(self.doc)
        out: dict[int, Mention] = {}
        words: dict[tuple[str, ...], Mention] = {}
        for m in list(self.mentions):
            if m.end + 3 >= n or doc[m.end].text != "(" or doc[m.end + 1].text not in QUOTES:
                continue
            while m.start > 0 and doc[m.start - 1].pos_ == "PROPN" and doc[m.start - 1].is_title and \
                    m.entry is None and not any(x.start <= m.start - 1 < x.end for x in self.mentions):
                m.start -= 1    # "Hanra Energy Solutions" where the NER took "Solutions": the name it defines
                m.text = doc[m.start:m.end].text
            i = m.end + 1
            while i < n and doc[i].text in QUOTES:
                j = i + 1
                while j < n and j - i < 7 and doc[j].text not in QUOTES and doc[j].text != ")":
                    j += 1
                if j >= n or doc[j].text not in QUOTES:
                    break
                term = [t.text for t in doc[i + 1:j] if not (t.lower_ == "the" and t.i == i + 1)]
                if term and all(w[:1].isupper() for w in term):
                    words[tuple(term)] = m
                i = j + 1
                while i < n and doc[i].lower_ in ("or", "and", ","):
                    i += 1
            if i >= n or doc[i].text != ")":
                words = {k: v for k, v in words.items() if v is not m}     # not a definition after all
        if not words:
            return out
        starts = {x.start: x for x in self.mentions}
        for term, name in words.items():
            for i in range(name.end, n - len(term) + 1):
                if tuple(t.text for t in doc[i:i + len(term)]) != term:
                    continue
                held = starts.get(i)
                if held is None and any(x.start <= i < x.end for x in self.mentions):
                    continue    # a word of a longer name
                if held is None:
                    held = Mention(i, i + len(term), doc[i:i + len(term)].text, name.type)
                    self.mentions.append(held)
                elif held.end != i + len(term) or held.entry is not None:
                    continue
                out[i] = name
        self.mentions.sort(key=lambda x: x.start)
        return out

    def _acronym_over_place(self, place: Mention, m: Mention) -> Mention | None:
        """The body whose acronym in brackets follows the place that ends its name, where the NER cut the name
        before "of": "the Coastal Fisheries Alliance" + "of West Africa (CFAWA)". The acronym is longer than the
        place's initials and ends with them; the body's and the place's initials make it whole."""
        doc = self.doc
        if not (place.type in (EntityType.GPE, EntityType.LOCATION) and m.start == place.end + 1
                and doc[place.end].text == "(" and m.end < len(doc) and doc[m.end].text == ")"
                and m.text.isupper() and m.text.isalpha() and place.start >= 2
                and doc[place.start - 1].lower_ in ("of", "for", "in")):
            return None
        tail = acronym(place.text)
        if len(m.text) <= len(tail) or not m.text.endswith(tail):
            return None
        body = next((b for b in self.mentions if b.end == place.start - 1 and b.cluster >= 0), None)
        if body is None or body.type is not EntityType.ORGANIZATION or acronym(body.text) + tail != m.text:
            return None
        return body

    @staticmethod
    def _other_body(m: Mention, names) -> bool:
        """Whether an acronym that the gazetteer knows is spelled out by one of ``names`` (mentions) that is none of
        the known body's names: another body of the same initials ("the Intergovernmental Oceanographic
        Commission" for "IOC", not the International Olympic Committee)."""
        if not (m.text.isupper() and 2 <= len(m.text) <= 6 and m.entry is not None):
            return False
        known = {norm_name(x) for x in (m.entry.label, *m.entry.aliases)}
        return any(len(x.text.split()) > 1 and acronym(x.text) == m.text and norm_name(x.text) not in known
                   for x in names)

    def _spelled_out(self, m: Mention) -> int | None:
        """The earlier cluster of a body whose name the acronym ``m`` spells, where the gazetteer gives the acronym
        to another body of the same initials (see :meth:`_other_body`)."""
        if not (m.text.isupper() and 2 <= len(m.text) <= 6):
            return None
        for c in reversed(self.clusters):
            if self.cluster_type(c) is EntityType.ORGANIZATION and c.entry is not m.entry \
                    and self._other_body(m, c.mentions):
                return c.id
        return None

    def _bracketed_after(self, name: Mention, m: Mention) -> bool:
        """Whether ``m`` is a short name in brackets right after ``name``: "Canadian National Railway (CN)",
        "the National Electoral Council (CNE)" (an acronym of another language's words is still its name)."""
        doc = self.doc
        if not (m.start >= 2 and name.end == m.start - 1 and doc[m.start - 1].text == "(" and m.end < len(doc)
                and doc[m.end].text == ")" and len(name.text.split()) > 1):
            return False
        if " " in m.text:   # "Caminando Fronteras (Walking Borders)": the name in another language
            return (m.entry is None and name.entry is None and m.type is not EntityType.PERSON
                    and (name.type is not EntityType.PERSON or m.tentative)    # not "Olena Marchuk (Kyiv Post)"
                    and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES | NAME_PREPOSITIONS
                            for t in doc[m.start:m.end] if t.is_alpha))     # "(Sindicato de Inquilinas)"
        if (m.type is EntityType.GPE and name.type in (EntityType.GPE, EntityType.LOCATION) and m.entry is not None
                and m.entry is not name.entry and not m.text.isupper()):
            return False    # "Port Harcourt (Nigeria)", "Gaziantep (Turkey)": the state the place lies in
        return name.type is not EntityType.PERSON and (
            m.text.isupper() or m.type is name.type
            or m.entry is None and name.type is EntityType.ORGANIZATION and m.type is not EntityType.PERSON
            and m.text[:1].isupper())     # an unknown name in brackets: "Federal Network Agency (Bundesnetzagentur)"

    def _known_as(self, m: Mention) -> int | None:
        """The cluster of the name that a participle "known as" or "known by its (...) initials / acronym / name"
        attaches to, where ``m`` is the name it gives: "the Landless Workers' Movement, known by its Portuguese
        initials MST", "Northern Grid Holdings, known as NGH". None elsewhere, and for a person's name."""
        cols = arrays(self.doc)     # asked of every name: positions and columns, not Tokens
        head, dep, lower = cols.head, cols.dep, cols.lower
        tok, steps = m.end - 1, 0
        if m.type in (EntityType.PERSON, EntityType.GROUP) or m.adjective or dep[tok] in ("amod", "compound", "poss"):
            return None     # not "Spanish" of "its Spanish initials"
        while head[tok] != tok and steps < 4:
            tok, steps = head[tok], steps + 1
            if (lower[tok] == "known" and dep[tok] in ("acl", "appos", "advcl") and m.start - tok <= 6
                    and {lower[k] for k in range(tok + 1, m.start)} & KNOWN_AS):
                cid = self.token_cluster.get(head[tok])
                if cid is not None and self.cluster_type(self.clusters[cid]) is not EntityType.PERSON:
                    return cid
                return None
        return None

    def _core(self, name: str) -> str | None:
        """An organisation's name without a leading country or nationality ("US Food and Drug Administration" ->
        "food and drug administration"), or None when it has none or too little is left."""
        cores = self.__dict__.setdefault("_cores", {})     # asked of every name of every body, for each body named
        if name in cores:
            return cores[name]
        words = name.split()
        core = None
        if len(words) >= 3:
            first = words[0]
            entry = self.gaz.lookup(first)
            if (entry is not None and entry.type is EntityType.GPE) or self.gaz.demonym(first) is not None:
                core = norm_name(" ".join(words[1:]))
        cores[name] = core
        return core

    def _national_form(self, m: Mention) -> int | None:
        """The one body named before whose name is ``m``'s after a country or nationality ("the Kenyan Supreme Court",
        "the Icelandic Met Office") and which the gazetteer does not know: the article's short form of that body, not
        the one of another country the gazetteer knows by the bare name. None when ``m`` follows a country's
        possessive ("Spain's Telefonica": named as that country's), and after a body the gazetteer knows ("the Irish
        Rugby Football Union" is not the Rugby Football Union) or beside the body it knows by the bare name."""
        doc = self.doc
        if m.start > 0 and doc[m.start - 1].tag_ == "POS":
            return None
        short = norm_name(m.text)
        if any(c.entry is m.entry for c in self.clusters if c.mentions):
            return None     # "the Kenyan Supreme Court and the US Supreme Court ... the Supreme Court": the known one
        found = {c.id for c in self.clusters if c.mentions and c.entry is None
                 and self.cluster_type(c) is EntityType.ORGANIZATION and any(self._core(n) == short for n in c.names)}
        return found.pop() if len(found) == 1 else None

    def _head_short_form(self, m: Mention) -> int | None:
        """The organisation a one-word short form names by its head noun ("the Commission" after "the European
        Commission", "the Council" after "the Council of the EU") or, for a university, by its place ("Kent" after
        "the University of Kent", where Kent acts): the latest one named before it."""
        word = m.text
        if " " in word or not word[:1].isupper() or m.entry is not None and m.entry.kind not in ("city", "region"):
            return None
        low = word.lower()
        best, latest, fitting = None, -1, set()
        for c in self.clusters:
            if not c.mentions or self.cluster_type(c) is not EntityType.ORGANIZATION:
                continue
            for n in c.names:
                parts = n.split()
                if len(parts) < 2:
                    fits = (m.entry is None and low in _BODY_HEADS and len(n) > len(low) + 2
                            and n.lower().endswith(low))    # "the Bank" after "the Bundesbank", "the Riksbank"
                else:
                    fits = self._head_fits(m, c, parts, low)
                last = max(x.start for x in c.mentions)
                if fits and last < m.start:
                    fitting.add(c.id)
                    if last > latest:
                        best, latest = c.id, last
        if len(fitting) > 1:
            self.ambiguous_heads.add(m.start)   # "the Albanese Government ... the Queensland Government ... the
            return None                         # Government": either one
        return best

    def _head_fits(self, m: Mention, c: Cluster, parts: list[str], low: str) -> bool:
        """Whether the one-word ``m`` is short for the name of ``parts`` (of the body ``c``) by its head noun or its
        place (see :meth:`_head_short_form`)."""
        word = m.text
        head = parts[parts.index("of") - 1] if "of" in parts[1:] else parts[-1]
        return (head.lower() == low and low in _BODY_HEADS and m.entry is None
                or head.lower() in ("university", "college") and parts[-1] == word and "of" in parts
                and (acts(self.doc, m.start, m.end, by=False) or self._staff_of(m))
                # "Bayern paid ..." after the club "Bayern Munich": the club, not the region English calls
                # Bavaria (a sport story: any place so named)
                or m.entry is not None and parts[0] == word and "of" not in parts
                and (self.sport or c.entry is not None and c.entry.kind == "club" and m.entry.label != word
                     or self._listed_with_body(m))    # "BHP and Rio said" after "Rio Tinto": the miner
                and (acts(self.doc, m.start, m.end, by=False) or self._staff_of(m) or m.end < len(self.doc)
                     and self.doc[m.end].lower_ in lx.TITLE_NOUNS))

    def _listed_with_body(self, m: Mention) -> bool:
        """Whether a one-word name is coordinated with a name of an organisation the article has named ("BHP and
        Rio said they would merge"): one of a list of firms, not the city its word also names."""
        tok = self.doc[m.end - 1]
        others = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        for o in others:
            cid = self.token_cluster.get(o.i)
            if cid is not None and self.cluster_type(self.clusters[cid]) is EntityType.ORGANIZATION or any(
                    x.start <= o.i < x.end and x.type is EntityType.ORGANIZATION for x in self.mentions):
                return True     # a body clustered before, or named after it in the list ("Rio and BHP")
        return False

    def _staff_of(self, m: Mention) -> bool:
        """Whether a name owns or employs a person by title: "Kent's interim head", "branch secretary at Kent"."""
        tok = self.doc[m.end - 1]
        if m.end < len(self.doc) and self.doc[m.end].tag_ == "POS":     # "York's vice-chancellor" (misparsed)
            return any(t.lemma_.lower() in lx.TITLE_NOUNS for t in self.doc[m.end + 1:m.end + 4])
        return (tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in lx.TITLE_NOUNS)

    def _match_short_form(self, m: Mention) -> int | None:
        """A surname, an acronym or a shortened name that refers back to an earlier cluster."""
        words = fold(m.text).split()
        if m.type is EntityType.ORGANIZATION:
            core, own = self._core(m.text), norm_name(m.text)
            for c in reversed(self.clusters):
                if self.cluster_type(c) is EntityType.ORGANIZATION and any(
                        self._core(n) == own or core is not None and core == norm_name(n) for n in c.names):
                    return c.id     # "US Food and Drug Administration" ... "the Food and Drug Administration"
        bare = without_suffix(m.text) if m.type in (EntityType.ORGANIZATION, EntityType.PERSON) else None
        if bare:
            for c in reversed(self.clusters):
                if self.cluster_type(c) is EntityType.ORGANIZATION and any(
                        without_suffix(n) == bare and (n != m.text) for n in c.names):
                    return c.id     # "Lyric Robotics" after "Lyric Robotics Inc.", "Corvane plc" after "Corvane"
        if len(words) > 1 and m.entry is None and m.type in (EntityType.ORGANIZATION, EntityType.PERSON) and \
                words[-1].lower() not in ORG_HEADS and not (
                    given_name_sex(m.text) is not None and not {"&", "and"} & set(words)):
            # (not the person a firm is named after, by a given name of one sex: "Anna Berg" after "Anna Berg Foods"
            # is its founder; "Golden Crest", or "Harlow & Finch", two names joined, is no one person's)
            for c in reversed(self.clusters):
                if self.cluster_type(c) is EntityType.ORGANIZATION and any(
                        trade_short_form(words, fold(n).split()) for n in c.names):
                    m.type = EntityType.ORGANIZATION
                    return c.id     # "Harlow & Finch" after "Harlow & Finch Engineering": the firm
        given = self._given_name_match(m, words)
        if len(words) == 1 and m.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE):
            bearers = [c.id for c in self.clusters if self.cluster_type(c) is EntityType.PERSON and any(
                len(fold(x.text).split()) > 1 and words[0] in surname_forms(fold(x.text))
                and starts_like_a_person(x.text) for x in c.mentions)]
            if len(bearers) > 1:
                if all(self._introduced_as_relative(c) for c in bearers[1:]):
                    return bearers[0]   # "Zsófia Kertész ... her son, András Kertész ... Kertész studied": the one
                    # the article named first, whom it is about; a relative it introduces keeps the full name
                self.ambiguous_heads.add(m.start)   # "Anna Kowalski and Piotr Kowalski ... Kowalski said": either
                return None
        # below, a one-word form matches a longer name of any cluster, a longer one only a person's longer name
        tail = len(words) > 1 and (m.type is EntityType.PERSON or m.type in (EntityType.ORGANIZATION, EntityType.GPE)
                                   and m.entry is None and not any(w.lower() in _NOT_SURNAMES for w in words))
        for c in (reversed(self.clusters) if len(words) == 1 or tail else ()):
            ctype = self.cluster_type(c)
            if len(words) > 1 and ctype is not EntityType.PERSON:
                continue
            for name in {fold(x.text) for x in c.mentions}:     # (any name that fits returns this cluster)
                parts = name.split()
                if len(words) == 1 and len(parts) > 1:
                    w = words[0]
                    if ctype is EntityType.PERSON and m.type in (EntityType.PERSON, EntityType.ORGANIZATION,
                                                                  EntityType.GPE) and w in surname_forms(name) \
                            and not self._object_of_own_clause(m, c):
                        return c.id     # the last word; "Cabal", "Safadi" (kg.extract.givennames.surname_forms)
                    if (ctype is not EntityType.PERSON and len(parts) == 2 and w == parts[0] and m.entry is None
                            and parts[1].lower() in PLACE_HEADS):
                        return c.id     # "Heathrow" after "Heathrow Airport", "Apapa" after "the Apapa port"
                    if ctype is not EntityType.PERSON and w.isupper() and 2 <= len(w) <= 6 and (
                            w == acronym(name) or "&" in w and ("&" in parts or "and" in parts)
                            and w.replace("&", "") == acronym(name)):
                        return c.id     # "IMF"; "P&G" after "Procter & Gamble", "M&S" after "Marks and Spencer"
                    if ctype is EntityType.ORGANIZATION and m.type in (EntityType.ORGANIZATION, EntityType.PERSON) \
                            and w == parts[0] and m.entry is None:
                        return c.id     # "Nordwind" after "Nordwind Energy", whatever the NER called it
                    if (ctype is EntityType.ORGANIZATION and len(parts) == 2 and w == parts[-1] and m.entry is None
                            and m.type is not EntityType.PERSON and w[:1].isupper() and not w.isupper()
                            and w.lower() not in _BODY_WORDS):
                        return c.id     # "United" after "Manchester United", "Rovers" after "Blackburn Rovers"
                if (len(words) > 1 and len(parts) > len(words) and ctype is EntityType.PERSON
                        and [p.casefold() for p in parts[-len(words):]] == [w.casefold() for w in words]):
                    m.type = EntityType.PERSON  # "Rodríguez Padilla", "Van Rijswijk" (a particle capitalised at
                    return c.id                 # a sentence's start): the surname of "Víctor Rodríguez Padilla"
        return given if given is not None else self._head_short_form(m)

    def _introduced_as_relative(self, cid: int) -> bool:
        """Whether the article first names a person as someone's relative: "her son, the conductor András
        Kertész", "his brother Neil Porter" (a kinship noun a few words before the name, joined to it by the parse)."""
        first = min(self.clusters[cid].mentions, key=lambda x: x.start)
        root = self.doc[first.start:first.end].root
        for k in self.doc[max(0, first.start - 4):first.start]:
            if k.lemma_.lower() in KINSHIP_NOUNS and (k.is_ancestor(root) or root.is_ancestor(k)):
                return True
        return False

    def _object_of_own_clause(self, m: Mention, c: Cluster) -> bool:
        """Whether a one-word name is the object of a verb whose subject is a person of that name: "Michael Dell
        founded Dell", "Ford sued Ford" (a person who acts on himself is "himself"): the name is another entity's."""
        head = self.doc[m.end - 1]
        if head.dep_ not in ("dobj", "attr", "pobj"):
            return False
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        starts = {x.start for x in c.mentions}
        return any(s.dep_ in ("nsubj", "nsubjpass") and any(t.i in starts for t in s.subtree) for s in verb.children)

    def _given_name_match(self, m: Mention, words: list[str]) -> int | None:
        """The one person whose name starts with a single-word mention the gazetteer does not know: a family name
        written first ("Park Min-seo ... Park", "Kim Hyun-tak ... Kim") or a given name used alone. None when two
        people of the article share that first word, or the word is a title."""
        if len(words) != 1 or m.entry is not None or m.type is EntityType.GROUP or words[0].lower() in TITLE_WORDS:
            return None
        found = {c.id for c in self.clusters if c.mentions and self.cluster_type(c) is EntityType.PERSON
                 and any((len(n.split()) in (2, 3) or lx.PATRONYMIC_PARTICLES.intersection(n.split()[1:-1]))
                         and fold(n).split()[0] == words[0] for n in c.names)}
        return found.pop() if len(found) == 1 else None

    def _merge_late_full_names(self) -> None:
        """ "Pushilin ... Denis Pushilin": a surname seen before the full name joins it."""
        for c in list(self.clusters):
            if not c.mentions or self.cluster_type(c) is not EntityType.PERSON:
                continue
            full = max(c.names, key=lambda n: len(n.split()))
            if len(full.split()) < 2:
                continue
            for other in self.clusters:
                if other is c or not other.mentions or other.entry is not None:
                    continue
                if all(len(n.split()) == 1 and n in surname_forms(full) for n in other.names):
                    if other.mentions[0].start < c.mentions[0].start:
                        self._absorb(c, other)

    def _absorb(self, into: Cluster, other: Cluster) -> None:
        for m in other.mentions:
            m.cluster = into.id
            into.mentions.append(m)
            for i in range(m.start, m.end):
                self.token_cluster[i] = into.id
        other.mentions = []
        into.mentions.sort(key=lambda m: m.start)

    def cluster_type(self, c: Cluster) -> EntityType:
        """The type a cluster's mentions vote for, remembered until the cluster gains or loses mentions (a name said
        thousands of times is asked about once per mention: counting its votes each time is quadratic)."""
        if c.entry is not None:
            return c.entry.type
        known = self._types.get(c.id)
        if known is not None and known[0] == len(c.mentions):
            return known[1]
        etype = self._vote_type(c)
        self._types[c.id] = (len(c.mentions), etype)
        return etype

    def _vote_type(self, c: Cluster) -> EntityType:
        votes: dict[EntityType, int] = {}
        # a person's surname alone ("Leclerc" after "Charles Leclerc") votes for the person whatever the NER called
        # it: the small model types a bare surname from the word alone, and often calls it a firm
        surnames = {form for m in c.mentions if m.type is EntityType.PERSON and len(m.text.split()) > 1
                    and starts_like_a_person(m.text) for form in surname_forms(m.text)}
        for m in c.mentions:
            mtype = EntityType.PERSON if m.text in surnames else m.type
            votes[mtype] = votes.get(mtype, 0) + (2 if len(m.text.split()) > 1 else 1)
            head = self.doc[m.end - 1]
            if m.type is EntityType.PERSON and (head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS
                                                or listed_place(head)) \
                    or m.type in (EntityType.PERSON, EntityType.ORGANIZATION) and land_modifier(head, m):
                votes[EntityType.GPE] = votes.get(EntityType.GPE, 0) + 2    # "in Antakya": people are not "in" places
            noun = self.appositive_noun(m)
            described = DESCRIPTIONS.get(noun.lemma_.lower()) if noun is not None and not agent_who(
                self.doc, noun) else None   # "the producer who created ...": a person, which context_votes says
            if described is not None:
                # "Nordbau, the construction group": an appositive description says what the name is
                votes[described] = votes.get(described, 0) + 3
            for etype, weight in context_votes(self.doc, m.start, m.end):
                votes[etype] = votes.get(etype, 0) + weight     # "Telvia's shares", "the town of Marathon"
        # a tie goes to a person where some mention is a full name, else to an organisation: a name never written
        # with a given name is rarely a person's ("Chelsea" said ..., "Chelsea" had made a bid)
        full = any(" " in m.text for m in c.mentions)
        return max(votes, key=lambda t: (votes[t], t is (EntityType.PERSON if full else EntityType.ORGANIZATION))
                   ) if votes else EntityType.ORGANIZATION

    def appositive_noun(self, m: Mention) -> Token | None:
        """The head noun of ", the construction group" right after a name, read off the surface (the parse often
        makes it an attribute of the next verb)."""
        cols = arrays(self.doc)     # read for every mention each time its cluster is typed: columns, not Tokens
        text, lower, tag, pos, n = cols.text, cols.lower, cols.tag, cols.pos, cols.n
        i = m.end
        if i + 2 >= n or text[i] != "," or lower[i + 1] not in ("the", "a", "an"):
            return None
        j = i + 2
        while j + 1 < n:
            if tag[j + 1] == "POS" and j + 2 < n:
                j += 2      # "the company's president": the possessor is not the head
            elif pos[j + 1] in ("NOUN", "ADJ") and pos[j] in ("NOUN", "ADJ", "ADV"):
                j += 1
            else:
                break
        if pos[j] != "NOUN":
            return None
        if j + 1 < n and cols.dep[j] == "nsubj" and cols.head[j] == j + 1 \
                and cols.lemma_lower[j + 1] in lx.REPORTING_VERBS:
            return None     # "... in Douma, the inspectors said": the speaker of the sentence, no apposition
        noun = self.doc[j]
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lx.REPORTING_VERBS and any(
                c.dep_ == "ccomp" and c.i < noun.i for c in noun.head.children):
            return None     # "... in a round led by Atomico, the company said": the speaker of the clause before
        if noun.dep_ in ("nsubj", "nsubjpass") and fronted_object(self.doc[m.start:m.end].root, noun.head):
            return None     # "Coached by Ines Duarte, the Portuguese side beat Spain": the subject of the verb
        return noun

    def appositive_of(self, tok: Token) -> int | None:
        """The name a description is in apposition to: "Nordbau, the construction group [that built ...]"."""
        if self._appositives is None:
            self._appositives = {}
            for m in self.mentions:
                noun = self.appositive_noun(m)
                if noun is not None:
                    self._appositives.setdefault(noun.i, m.cluster)
        return self._appositives.get(tok.i)


def fronted_object(name: Token, verb: Token) -> bool:
    """Whether ``name`` is the object of a preposition in a phrase fronted before ``verb``'s subject ("Under
    Ines Duarte, the side won", "Backed by Russia, the rebels seized ..."): such a name and the description
    after its comma are two arguments, not a name and its apposition."""
    if name.dep_ != "pobj":
        return False
    tok = name
    while tok.head.i != tok.i and tok.i < verb.i:
        if tok.head.i == verb.i:
            return tok.dep_ in ("prep", "advcl", "agent")
        tok = tok.head
    return False


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_BODY_HEADS = INSTITUTION_NOUNS | ORG_HEADS
