"""Entity mentions in a Doc and their resolution to one cluster per real-world entity within an article.

Names come from the NER and the gazetteer; institutional phrases ("the Russian parliament", "the Kherson
region") are added by rule; surnames, acronyms, short forms, pronouns and generic descriptions ("the
company") are resolved to an antecedent.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon as lx
from kg.gazetteer import GazEntry, Gazetteer
from kg.rdf.iris import slug
from kg.types import Entity, EntityType

NER_TYPES = {"PERSON": EntityType.PERSON, "ORG": EntityType.ORGANIZATION, "GPE": EntityType.GPE,
             "LOC": EntityType.LOCATION, "FAC": EntityType.LOCATION, "NORP": EntityType.GROUP,
             "EVENT": EntityType.EVENT}
INSTITUTION_NOUNS = frozenset("""parliament government cabinet military army navy air force ministry embassy court
police legislature senate congress council assembly commission authority agency regulator bank party union
coalition alliance opposition administration""".split())
PLACE_NOUNS = {"region": EntityType.GPE, "province": EntityType.GPE, "oblast": EntityType.GPE,
               "district": EntityType.GPE, "county": EntityType.GPE, "state": EntityType.GPE,
               "dam": EntityType.LOCATION, "river": EntityType.LOCATION, "plant": EntityType.LOCATION,
               "airport": EntityType.LOCATION, "bridge": EntityType.LOCATION, "port": EntityType.LOCATION,
               "station": EntityType.LOCATION, "reactor": EntityType.LOCATION, "base": EntityType.LOCATION}
ORG_HEADS = frozenset("""agency council committee ministry bank group company corporation corp corp. inc inc. ltd ltd.
plc llc fund association union party institute university college commission authority board bureau service
services organisation organization federation foundation court tribunal parliament assembly department office
airlines airways motors systems technologies holdings entertainment studios labs network
democrats republicans conservatives socialists greens liberals
energy power biotech therapeutics pharma pharmaceuticals terminals logistics shipping capital partners media foods
bank bancorp insurance airline motors mining metals steel chemicals software telecom telecoms semiconductor
ventures industries enterprises solutions consulting""".split())
ORG_SUFFIXES = frozenset("""inc corp co ltd plc llc llp ag gmbh sa se nv bv spa ab asa oyj kk""".split())
PLACE_HEADS = frozenset("""telescope station bridge airport dam plant crossing gate square street road avenue
hospital museum stadium palace tower canal river lake mountain mount island peninsula valley desert sea ocean
bay coast strait port harbour harbor base reactor mine field park building center centre""".split())
QUOTES = frozenset({'"', "“", "”", "``", "''", "'", "‘", "’"})
PLACE_PREPOSITIONS = frozenset("in at near into inside outside across around throughout".split())
ORG_NOUNS = ("publisher maker manufacturer carrier lender insurer retailer airline automaker carmaker giant operator "
             "developer producer supplier conglomerate startup broadcaster newspaper network utility miner "
             "organisation organization institution body commission authority tribunal court union "
             "ministry department council committee panel board").split()
DESCRIPTION_HEADS = {
    "regulator": frozenset("authority commission agency office board regulator administration".split()),
    "watchdog": frozenset("authority commission agency office board watchdog".split()),
    "court": frozenset("court tribunal".split()), "tribunal": frozenset("court tribunal".split()),
    "bank": frozenset("bank fund reserve".split()),
    "party": frozenset("party alliance democrats republicans union front league movement".split()),
}
DESCRIPTIONS = {**{w: EntityType.ORGANIZATION for w in ORG_NOUNS},
                "company": EntityType.ORGANIZATION, "firm": EntityType.ORGANIZATION,
                "group": EntityType.ORGANIZATION, "regulator": EntityType.ORGANIZATION,
                "watchdog": EntityType.ORGANIZATION, "agency": EntityType.ORGANIZATION,
                "bank": EntityType.ORGANIZATION, "party": EntityType.ORGANIZATION,
                "country": EntityType.GPE, "nation": EntityType.GPE, "city": EntityType.GPE,
                "government": EntityType.GPE}
# Bodies a description names only where the name says the same ("the union" -> "... Workers Union", never a firm).
NAMED_BODIES = frozenset("union ministry department council committee panel board court tribunal commission".split())
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5}
PLURAL_TYPES = {"republic": EntityType.GPE, "state": EntityType.GPE, "region": EntityType.GPE,
                "nation": EntityType.GPE, "country": EntityType.GPE, "city": EntityType.GPE,
                "company": EntityType.ORGANIZATION, "firm": EntityType.ORGANIZATION, "club": EntityType.ORGANIZATION,
                "team": EntityType.ORGANIZATION, "leader": EntityType.PERSON, "man": EntityType.PERSON,
                "woman": EntityType.PERSON, "men": EntityType.PERSON, "women": EntityType.PERSON}
TITLE_WORDS = frozenset(t.rstrip(".") for t in lx.NAME_TITLES)     # "gen." and "gen" alike
ACRONYM_STOP = frozenset("of and the for in on to de du des la le".split())
SKIP_WORDS = frozenset("the a an".split())


@dataclass
class Mention:
    start: int                      # token offsets in the Doc
    end: int
    text: str
    type: EntityType
    entry: GazEntry | None = None
    cluster: int = -1
    tentative: bool = False         # an unknown name kept only if a description confirms it ("... The company")


@dataclass
class Cluster:
    id: int
    mentions: list[Mention] = field(default_factory=list)
    entry: GazEntry | None = None

    @property
    def names(self) -> list[str]:
        return [m.text for m in self.mentions]


def norm_name(text: str) -> str:
    """A name as names are compared: without a leading "the", apostrophes straightened, case folded.

    >>> norm_name("The  Kremlin’s")
    "kremlin's"
    """
    return " ".join(re.sub(r"^(the|The)\s+", "", text).replace("’", "'").split()).casefold()


def inside_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens are part of a hyphenated word ("Fi" of "Wi-Fi", "Smith" of "a Smith–Jones bill")."""
    def glued(i: int) -> bool:
        return 0 < i < len(doc) - 1 and doc[i].text in "-–—" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
    return glued(start - 1) or glued(end)


def clean_name(span: Span) -> tuple[int, int]:
    """Token offsets of the name without a leading article and trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in SKIP_WORDS or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    for i in range(start, end):     # "World Health Organization (WHO": an unclosed bracket ends the name
        if doc[i].text in "([" and not any(t.text in ")]" for t in doc[i:end]):
            end = i
            break
    return start, end


class Resolver:
    """Finds and clusters the entity mentions of one Doc."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer):
        self.doc = doc
        self.gaz = gazetteer
        self.mentions: list[Mention] = []
        self.clusters: list[Cluster] = []
        self.token_cluster: dict[int, int] = {}     # token index -> cluster id (names)
        self.pronoun_cluster: dict[int, int] = {}   # pronoun / description head token -> cluster id
        self.sent_starts = [s.start for s in doc.sents]
        self.lower_words = {t.text for t in doc if t.text.islower()}
        self._appositives: dict[int, int] | None = None    # description head token -> cluster, made on first use
        self._types: dict[int, tuple[int, EntityType]] = {}  # cluster id -> (its mention count then, its type)

    # finding

    def find(self) -> None:
        doc = self.doc
        taken: set[int] = set()
        for ent in doc.ents:
            if ent.label_ not in NER_TYPES:
                continue
            start, end = clean_name(ent)
            if start >= end or inside_word(doc, start, end):
                continue
            if ent.label_ == "NORP" and not (doc[end - 1].tag_ in ("NNPS", "NNS") or doc[end - 1].dep_ in
                                               ("nsubj", "nsubjpass", "dobj", "pobj", "conj")):
                continue    # "Russian" as an adjective is not a mention of a group
            label = ent.label_
            while (label in ("ORG", "NORP") and start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha
                   and not doc[start - 1].is_sent_start and doc[start - 1].dep_ in ("compound", "amod")
                   and start <= doc[start - 1].head.i < end and not doc[start - 1].ent_type_
                   and start - 1 not in taken and doc[start - 1].lower_ not in TITLE_WORDS
                   and self.gaz.demonym(doc[start - 1].text) is None):
                start -= 1      # "Free Democrats" where the NER saw only "Democrats": a longer name, not the known one
            if label in ("ORG", "GPE", "NORP") and self._titled(start, end):
                label = "PERSON"    # "Governor Sophie Marchand": a title before a name makes it a person
            elif label == "NORP" and end - start > 1 and all(t.text[:1].isupper() for t in doc[start:end]):
                label = "ORG"       # "Social Democrats", "Green Party": a multi-word group name is a party
            if label == "PERSON":
                while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
                       and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and start - 1 not in taken
                       and doc[start - 1].lower_ not in lx.NAME_TITLES and not doc[start - 1].ent_type_):
                    start -= 1      # "Oleksandr Prokudin" where the NER saw only "Prokudin"
                start = self._skip_titles(start, end)
            text = doc[start:end].text
            etype = NER_TYPES[label]
            last = doc[end - 1].lower_
            if etype in (EntityType.PERSON, EntityType.GPE) and end - start > 1 and last in ORG_HEADS:
                etype = EntityType.ORGANIZATION     # "... Agency", "Ver.di union": not a person or a state
            elif etype is EntityType.PERSON and len(text) >= 3 and text.isupper():
                etype = EntityType.ORGANIZATION     # "HHLA": an acronym names a body, not a person
            elif etype is EntityType.PERSON and last in PLACE_HEADS:
                etype = EntityType.LOCATION         # "James Webb Space Telescope", "Bab al-Hawa crossing"
            entry = self.gaz.lookup(text)
            if entry is None and ent.label_ == "PERSON" and end - start > 1 and not doc[start].text[0].isupper():
                continue
            if entry is None and end - start == 1 and (doc[start].tag_ in ("NNS", "NN") and doc[start].is_sent_start
                                                        or doc[start].lower_.rstrip(".") in TITLE_WORDS
                                                        and doc[start].lower_ not in ORG_HEADS | INSTITUTION_NOUNS):
                continue    # "Shoppers said ...", "Secretary of State": a common noun or a title word is no name
            if entry is not None:
                etype = entry.type
            elif not text[:1].isupper():
                continue    # names start with a capital: not "pro-Moscow", "east"
            self.mentions.append(Mention(start, end, text, etype, entry))
            taken.update(range(start, end))
        self._find_phrases(taken)
        self._find_gazetteer_names(taken)
        self._find_surnames(taken)
        self.mentions.sort(key=lambda m: m.start)

    def _titled(self, start: int, end: int) -> bool:
        doc = self.doc
        titles = TITLE_WORDS
        first = doc[start]
        before = doc[start - 1] if start > 0 else None
        if first.text[:1].isupper() and first.lower_.rstrip(".") in titles and end - start >= 3:
            rest = doc[start + 1:end]
        elif before is not None and before.text[:1].isupper() and before.lower_.rstrip(".") in titles:
            rest = doc[start:end]
        else:
            return False
        rest = [t for t in rest if t.lower_.rstrip(".") not in titles]
        return 2 <= len(rest) <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in rest)

    def _find_surnames(self, taken: set[int]) -> None:
        """ "Marchand" alone, after (or before) "Sophie Marchand": the NER often misses bare surnames."""
        known = {m.text.split()[-1]: EntityType.PERSON for m in self.mentions
                 if m.type is EntityType.PERSON and len(m.text.split()) > 1}
        # a one-word name found elsewhere in the article ("HHLA") is a mention wherever it recurs
        known.update({m.text: m.type for m in self.mentions if " " not in m.text and m.text not in known})
        unsure = {m.text for m in self.mentions if m.tentative} - {m.text for m in self.mentions if not m.tentative}
        for tok in self.doc:
            if tok.i not in taken and tok.pos_ == "PROPN" and tok.text in known and (
                    tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].pos_ != "PROPN"):
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.text, known[tok.text],
                                             self.gaz.lookup(tok.text) if known[tok.text] is not EntityType.PERSON
                                             else None, tentative=tok.text in unsure))
                taken.add(tok.i)

    def _skip_titles(self, start: int, end: int) -> int:
        doc = self.doc
        while end - start > 1 and doc[start].lower_.rstrip(".") in TITLE_WORDS:
            start += 1
        return start

    def _find_phrases(self, taken: set[int]) -> None:
        """ "the Russian parliament", "the Kherson region", "the Kakhovka dam": named institutions and places."""
        doc = self.doc
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "NOUN" or tok.i in taken:
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
            if not mods:
                continue
            first = min(mods, key=lambda t: t.left_edge.i).left_edge
            while first.i < tok.i and (first.dep_ in ("det", "poss", "case") or first.is_punct):
                first = first.doc[first.i + 1]
            mods = [first] + [m for m in mods if m.i != first.i]
            if any(i in taken for i in range(first.i, tok.i)) and lemma not in PLACE_NOUNS:
                continue
            if lemma in INSTITUTION_NOUNS and any(self.gaz.demonym(m.text) or m.ent_type_ in ("NORP", "GPE")
                                                  for m in mods if m.i == first.i):
                etype = EntityType.ORGANIZATION
            elif lemma in PLACE_NOUNS and any(m.pos_ == "PROPN" for m in mods):
                etype = PLACE_NOUNS[lemma]
            else:
                continue
            span = doc[first.i:tok.i + 1]
            if any(not (t.pos_ in ("PROPN", "ADJ", "NOUN") or t.is_punct) for t in span):
                continue
            # drop a name mention that the phrase contains ("Kherson" inside "the Kherson region")
            self.mentions = [m for m in self.mentions if not (first.i <= m.start and m.end <= tok.i + 1)]
            self.mentions.append(Mention(first.i, tok.i + 1, span.text, etype, self.gaz.lookup(span.text)))
            taken.update(range(first.i, tok.i + 1))

    def _find_gazetteer_names(self, taken: set[int]) -> None:
        """Proper nouns the NER missed but the gazetteer knows ("Roscosmos", "Kremlin")."""
        doc = self.doc
        i = 0
        while i < len(doc):
            if i in taken or doc[i].pos_ != "PROPN":
                i += 1
                continue
            j = i
            while j < len(doc) and j not in taken and (doc[j].pos_ == "PROPN" or doc[j].text in ("-", "&")):
                j += 1
            for end in range(j, i, -1):
                entry = self.gaz.lookup(doc[i:end].text)
                if entry is not None:
                    self.mentions.append(Mention(i, end, doc[i:end].text, entry.type, entry))
                    taken.update(range(i, end))
                    i = end - 1
                    break
            else:
                span = doc[i:j]
                head = span.root
                nxt = doc[j] if j < len(doc) else None
                # a capital at the start of a sentence or quote is no evidence of a name, unless the word never
                # appears in lower case ("Nordbau denied ..." yes; '"Vaccination is ...' no)
                first_word = (doc[i].is_sent_start or (i > 0 and doc[i - 1].text in QUOTES)) and (
                    (i > 0 and doc[i - 1].text in QUOTES) or doc[i].lower_ in self.lower_words)
                if (head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos") and not first_word
                        and not (nxt is not None and (nxt.like_num or nxt.text[:1].isdigit() or nxt.ent_type_))
                        and not any(
                        t.ent_type_ or t.lower_ in lx.NAME_TITLES or not t.text[:1].isupper() for t in span)
                        and not inside_word(doc, i, j)):
                    # an actor's name the NER missed ("Nordbau denied ..."): an organisation where its form or a
                    # description says so; else only if a later "the company" refers to it (see drop_unconfirmed).
                    # Any other unknown name stays a concept (a product, a fragment, a foreign word).
                    self.mentions.append(Mention(i, j, span.text, EntityType.ORGANIZATION,
                                                 tentative=not self._org_like(i, j)))
                    taken.update(range(i, j))
                    i = j - 1
            i += 1

    def _org_like(self, start: int, end: int) -> bool:
        """Whether an unknown capitalised name looks like an organisation's: an organisational head word or legal
        suffix ("Nordbau Group", "Vexa Inc"), an acronym ("NRTA"), or a description beside it ("Nordbau, the
        construction group"; "the carmaker Vexa")."""
        doc = self.doc
        words = [t for t in doc[start:end] if t.is_alpha]
        if not words:
            return False
        if words[-1].lower_.rstrip(".") in ORG_HEADS | ORG_SUFFIXES:
            return True
        if len(words) == 1 and words[0].text.isupper() and 2 <= len(words[0].text) <= 6:
            return True
        noun = self.appositive_noun(Mention(start, end, doc[start:end].text, EntityType.ORGANIZATION))
        if noun is not None and DESCRIPTIONS.get(noun.lemma_.lower()) is EntityType.ORGANIZATION:
            return True
        before = doc[start - 1] if start > 0 else None
        return before is not None and before.pos_ == "NOUN" and (
            DESCRIPTIONS.get(before.lemma_.lower()) is EntityType.ORGANIZATION or before.lemma_.lower() in ORG_NOUNS
            or before.lower_.endswith("maker"))

    # clustering

    def cluster(self) -> None:
        by_key: dict[str, int] = {}
        for m in self.mentions:
            cid = None
            if m.entry is not None:
                key = "gaz:" + m.entry.label
                cid = by_key.get(key)
            else:
                key = norm_name(m.text) + "|" + m.type.value
                cid = by_key.get(key)
                if cid is None:
                    cid = self._match_short_form(m)
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
        self._merge_late_full_names()

    def _match_short_form(self, m: Mention) -> int | None:
        """A surname, an acronym or a shortened name that refers back to an earlier cluster."""
        words = m.text.split()
        for c in reversed(self.clusters):
            ctype = self.cluster_type(c)
            for name in sorted({x.text for x in c.mentions}, key=len, reverse=True):
                parts = name.split()
                if len(words) == 1 and len(parts) > 1:
                    w = words[0]
                    if ctype is EntityType.PERSON and m.type in (EntityType.PERSON, EntityType.ORGANIZATION,
                                                                  EntityType.GPE) and w == parts[-1]:
                        return c.id
                    if ctype is not EntityType.PERSON and w.isupper() and 2 <= len(w) <= 6 and w == acronym(name):
                        return c.id
                    if ctype is EntityType.ORGANIZATION and m.type in (EntityType.ORGANIZATION, EntityType.PERSON) \
                            and w == parts[0] and m.entry is None:
                        return c.id     # "Nordwind" after "Nordwind Energy", whatever the NER called it
                if (len(words) > 1 and len(parts) > len(words) and ctype is m.type
                        and parts[-len(words):] == words and ctype is EntityType.PERSON):
                    return c.id
        return None

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
                if all(len(n.split()) == 1 and n == full.split()[-1] for n in other.names):
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
        for m in c.mentions:
            votes[m.type] = votes.get(m.type, 0) + (2 if len(m.text.split()) > 1 else 1)
            head = self.doc[m.end - 1]
            if m.type is EntityType.PERSON and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS:
                votes[EntityType.GPE] = votes.get(EntityType.GPE, 0) + 2    # "in Antakya": people are not "in" places
            noun = self.appositive_noun(m)
            described = DESCRIPTIONS.get(noun.lemma_.lower()) if noun is not None else None
            if described is not None:
                # "Nordbau, the construction group": an appositive description says what the name is
                votes[described] = votes.get(described, 0) + 3
        return max(votes, key=lambda t: (votes[t], t is EntityType.PERSON)) if votes else EntityType.ORGANIZATION

    def appositive_noun(self, m: Mention) -> Token | None:
        """The head noun of ", the construction group" right after a name, read off the surface (the parse often
        makes it an attribute of the next verb)."""
        doc = self.doc
        i = m.end
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
            return None
        j = i + 2
        while j + 1 < len(doc):
            if doc[j + 1].tag_ == "POS" and j + 2 < len(doc):
                j += 2      # "the company's president": the possessor is not the head
            elif doc[j + 1].pos_ in ("NOUN", "ADJ") and doc[j].pos_ in ("NOUN", "ADJ", "ADV"):
                j += 1
            else:
                break
        return doc[j] if doc[j].pos_ == "NOUN" else None

    def appositive_of(self, tok: Token) -> int | None:
        """The name a description is in apposition to: "Nordbau, the construction group [that built ...]"."""
        if self._appositives is None:
            self._appositives = {}
            for m in self.mentions:
                noun = self.appositive_noun(m)
                if noun is not None:
                    self._appositives.setdefault(noun.i, m.cluster)
        return self._appositives.get(tok.i)

    # pronouns and descriptions

    def resolve_references(self) -> None:
        doc = self.doc
        for tok in doc:
            low = tok.lower_
            lemma = tok.lemma_.lower()
            speaker = self._speaker_of_complement(tok)
            if speaker is None:
                speaker = self._main_clause_subject(tok)     # "the country risks fines if it misses ..."
            if tok.pos_ == "PRON" and low in lx.PERSON_PRONOUNS:
                if speaker is not None and self.cluster_type(self.clusters[speaker]) is EntityType.PERSON:
                    cid = speaker   # "Stahl said he would ...": the speaker
                else:
                    cid = self._antecedent(tok, {EntityType.PERSON})
            elif tok.pos_ == "PRON" and low == "their" and tok.dep_ == "poss" and tok.head.lemma_.lower() in lx.TITLE_NOUNS:
                # "Their leader, Ed Davey": the body named just before (a party, a union, a country)
                cid = self._antecedent(tok, {EntityType.ORGANIZATION, EntityType.GPE}, window=1)
            elif tok.pos_ == "PRON" and low == "you" and self._in_quote(tok):
                cid = self._addressee(tok)
            elif tok.pos_ == "PRON" and low in lx.THING_PRONOUNS:
                if speaker is not None and tok.dep_ in ("nsubj", "nsubjpass") and self.cluster_type(
                        self.clusters[speaker]) is not EntityType.PERSON:
                    cid = speaker   # "the publisher said it would reassess": the speaker
                else:
                    # an object "it" is most often a thing ("detonated it"): only an actor of its own sentence
                    window = 2 if tok.dep_ in ("nsubj", "nsubjpass", "poss") else 0
                    cid = self._antecedent(tok, {EntityType.ORGANIZATION, EntityType.GPE}, window=window)
            elif (tok.pos_ == "NOUN" and lemma in lx.TITLE_NOUNS and tok.i not in self.token_cluster
                  and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
                  and (cid := self._titled_person(tok)) is not None):
                pass    # "the Russian leader" -> the person titled with "Russian" earlier
            elif tok.pos_ == "NOUN" and tok.tag_ != "NNS" and tok.i not in self.token_cluster and any(
                    c.lower_ == "the" and c.dep_ == "det" for c in tok.children) and not any(
                    c.dep_ in ("prep", "relcl", "nummod", "poss") for c in tok.children):
                modified = any(c.dep_ in ("amod", "compound") for c in tok.children)
                cid = None if modified else self._named_head(tok)
                if cid is None and lemma in DESCRIPTIONS and speaker is not None:
                    cid = self._affiliation(speaker, DESCRIPTIONS[lemma])   # "HHLA's chief said the company ..."
                if cid is None and lemma in DESCRIPTIONS:
                    heads = DESCRIPTION_HEADS.get(lemma) or (frozenset({lemma}) if lemma in NAMED_BODIES else None)
                    cid = (self._antecedent(tok, {DESCRIPTIONS[lemma]}, window=5, heads=heads, exclude=speaker)
                           if heads else None)
                    if cid is None and lemma not in NAMED_BODIES:
                        cid = self._antecedent(tok, {DESCRIPTIONS[lemma]}, window=5, exclude=speaker)
                if cid is None:
                    continue
            else:
                continue
            if cid is not None:
                self.pronoun_cluster[tok.i] = cid

    def _titled_person(self, tok: Token) -> int | None:
        """The latest person whose name was preceded by the same nationality or country as "the Russian leader"."""
        marks = {c.text for c in tok.children if c.dep_ in ("amod", "compound", "poss")}
        marks = {m.lower() for m in marks if self.gaz.demonym(m) is not None or self.gaz.lookup(m) is not None}
        if not marks:
            return None
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.type is not EntityType.PERSON:
                continue
            head = self.doc[m.end - 1]
            mods = {t.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < m.start
                    for t in c.subtree}
            if marks & mods:
                return m.cluster
        return None

    def _main_clause_subject(self, tok: Token) -> int | None:
        """For the subject of an adverbial clause, the cluster of the subject of the clause it modifies."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl":
            return None
        for c in tok.head.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return self.token_cluster.get(c.i, self.pronoun_cluster.get(c.i))
        return None

    def _affiliation(self, person: int, etype: EntityType) -> int | None:
        """The body a titled person speaks for: "HHLA chief executive Angela Titzrath" -> HHLA."""
        if self.cluster_type(self.clusters[person]) is not EntityType.PERSON:
            return None
        for m in self.clusters[person].mentions:
            head = self.doc[m.end - 1]
            for child in head.children:
                for t in child.subtree:
                    cid = self.token_cluster.get(t.i)
                    if (child.dep_ in ("compound", "poss") and child.i < m.start and cid is not None
                            and cid != person and self.cluster_type(self.clusters[cid]) is etype):
                        return cid
        return None

    def _in_quote(self, tok: Token) -> bool:
        """Whether an odd number of quotation marks stands between the sentence start and the token."""
        start = self.sent_starts[bisect_right(self.sent_starts, tok.i) - 1]
        marks = sum(1 for t in self.doc[start:tok.i] if t.text in ('"', "“", "”", "``", "''"))
        return marks % 2 == 1

    def _addressee(self, tok: Token) -> int | None:
        """ "I ask you to recognize ..." in a quote: the one the recent requests and appeals were made to."""
        sent_index = bisect_right(self.sent_starts, tok.i) - 1
        lower = self.sent_starts[max(0, sent_index - 4)]
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.start < lower or m.cluster < 0:
                continue
            head = self.doc[m.end - 1]
            governor = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
            if ((head.dep_ in ("dobj", "dative") or head.dep_ == "pobj" and head.head.lower_ == "to")
                    and governor.lemma_.lower() in lx.REQUEST_VERBS | {"appeal", "plea", "request", "call"}):
                return m.cluster
        earlier = [i for i in self.pronoun_cluster if lower <= i < tok.i and self.doc[i].lower_ == "you"]
        return self.pronoun_cluster[max(earlier)] if earlier else None     # the same addressee as before

    def _named_head(self, tok: Token) -> int | None:
        """ "the plant" after "the Zaporizhzhia nuclear power plant": a definite noun naming an earlier name's head."""
        lemma = tok.lemma_.lower()
        for m in reversed(self.mentions):
            if m.start < tok.i and m.end - m.start > 1 and self.doc[m.end - 1].lemma_.lower() == lemma:
                return m.cluster
        return None

    def _speaker_of_complement(self, tok: Token) -> int | None:
        """For the subject of a clause reported by a verb of saying, the cluster of that verb's subject."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        gov = tok.head.head
        if gov.lemma_.lower() not in lx.REPORTING_VERBS | lx.DENIAL_VERBS:
            return None
        for _ in range(3):      # ", arguing that ...": the participle's subject is its main verb's
            subjects = [c for c in gov.children if c.dep_ == "nsubj"]
            if subjects:
                c = subjects[0]
                return self.token_cluster.get(c.i, self.pronoun_cluster.get(c.i))
            if gov.dep_ not in ("advcl", "conj", "xcomp"):
                return None
            gov = gov.head
        return None

    def _antecedent(self, tok: Token, types: set[EntityType], window: int = 4, heads: frozenset | None = None,
                    exclude: int | None = None) -> int | None:
        """The nearest preceding mention of a fitting type, preferring subjects, within a few sentences."""
        sent_starts = self.sent_starts
        sent_index = bisect_right(sent_starts, tok.i) - 1
        lower = sent_starts[max(0, sent_index - window)]
        best, best_score = None, None
        resolved = [Mention(i, i + 1, self.doc[i].text, EntityType.ORGANIZATION, cluster=cid)
                    for i, cid in self.pronoun_cluster.items() if self.doc[i].pos_ == "NOUN"]
        for m in self.mentions + resolved:
            if m.start >= tok.i or m.start < lower:
                continue
            c = self.clusters[m.cluster]
            if self.cluster_type(c) not in types or m.cluster == exclude:
                continue
            if tok.lower_ in lx.THING_PRONOUNS and self.doc[m.end - 1].dep_ == "pobj" and \
                    self.doc[m.end - 1].head.lower_ in PLACE_PREPOSITIONS | {"from", "to"}:
                continue    # "from Johannesburg ... it would help": a place named in passing is not "it"
            if heads is not None and not any(n.split()[-1].lower().endswith(h) for n in c.names for h in heads):
                continue    # "the regulator" -> "... Authority"; "the bank" -> "Bundesbank"
            head = self.doc[m.start:m.end].root     # "The Institute of Directors": its head is "Institute"
            if tok.dep_ in ("dobj", "pobj") and head.dep_ in ("nsubj", "nsubjpass") and head.head == tok.head:
                continue    # "Russia surrounded it": an object pronoun is not its own clause's subject
            distance = sent_index - (bisect_right(sent_starts, m.start) - 1)
            subject = head.dep_ in ("nsubj", "nsubjpass")
            if tok.dep_ in ("dobj", "pobj", "dative"):
                score = (-distance, False, False, m.start)   # an object pronoun: the nearest fitting name
            else:
                score = (-distance, subject and head.head.dep_ == "ROOT", subject, m.start)
            if best_score is None or score > best_score:
                best, best_score = m.cluster, score
        return best

    # plural descriptions

    def set_members(self, tok: Token) -> list[int]:
        """The clusters a plural definite description stands for, when the count and the type fit: "the two
        separatist republics" -> the two entities named "... Republic"; "both companies" -> the two firms of the
        sentence before. Empty when the article does not name exactly that many."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
            return []
        count = next((COUNTS[c.lower_] for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")
                      and c.lower_ in COUNTS), None)
        definite = count == 2 and any(c.lower_ == "both" for c in tok.children) or any(
            c.dep_ in ("det", "poss") for c in tok.children)
        lemma = tok.lemma_.lower()
        etype = PLURAL_TYPES.get(lemma) or DESCRIPTIONS.get(lemma) or (
            EntityType.PERSON if lemma in lx.TITLE_NOUNS else None)
        if count is None or not definite or etype is None:
            return []
        live = [c for c in self.clusters if c.mentions and self.cluster_type(c) is etype]
        named = [c.id for c in live if any(n.lower().split()[-1] == lemma for n in c.names)]
        if len(named) == count:
            return named    # "the two separatist republics": the article's two "... Republic"s
        sent_index = bisect_right(self.sent_starts, tok.i) - 1
        lower = self.sent_starts[max(0, sent_index - 1)]
        # "Siemens and Alstom held talks. Both companies ...": the latest coordination of that many names, one of
        # them of the type (the NER often types one of a pair wrongly); a longer list fits no count
        longer = False
        for m in sorted((m for m in self.mentions if lower <= m.start < tok.i), key=lambda m: -m.start):
            head = self.doc[m.end - 1]
            group = [head, *head.conjuncts]
            ids = list(dict.fromkeys(self.token_cluster[t.i] for t in group if t.i in self.token_cluster))
            if len(ids) == len(group) == count and any(self.cluster_type(self.clusters[i]) is etype for i in ids):
                return sorted(ids)
            longer = longer or len(group) > count
        recent = [c.id for c in live if any(lower <= m.start < tok.i for m in c.mentions)]
        return recent if len(recent) == count and not longer else []

    # lookups for arguments

    def cluster_of_token(self, tok: Token) -> int | None:
        if tok.i in self.token_cluster:
            return self.token_cluster[tok.i]
        return self.pronoun_cluster.get(tok.i)

    def clusters_in(self, tokens) -> list[int]:
        out: list[int] = []
        for t in tokens:
            cid = self.cluster_of_token(t)
            if cid is not None and cid not in out:
                out.append(cid)
        return out

    # results

    def entities(self) -> dict[int, Entity]:
        """Each live cluster as an Entity, with its label, names and Wikidata link."""
        out: dict[int, Entity] = {}
        for c in self.clusters:
            if not c.mentions:
                continue
            etype = self.cluster_type(c)
            names = {m.text for m in c.mentions}
            if c.entry is not None:
                label = c.entry.label
            else:
                label = max((m.text for m in c.mentions), key=lambda n: (len(n.split()), len(n)))
            out[c.id] = Entity(key=slug(label), label=label, type=etype,
                               aliases=frozenset(n for n in names if n != label),
                               wikidata=c.entry.wikidata if c.entry is not None else None)
        return out


def drop_unconfirmed(r: Resolver) -> None:
    """Forget the clusters of unknown names that only a guess made organisations, unless a description of an
    organisation ("the company", "the group") was resolved to them."""
    confirmed = {cid for i, cid in r.pronoun_cluster.items()
                 if r.doc[i].pos_ == "NOUN" and DESCRIPTIONS.get(r.doc[i].lemma_.lower()) is EntityType.ORGANIZATION}
    for c in r.clusters:
        if c.mentions and all(m.tentative for m in c.mentions) and c.id not in confirmed:
            for m in c.mentions:
                for i in range(m.start, m.end):
                    r.token_cluster.pop(i, None)
            r.mentions = [m for m in r.mentions if m.cluster != c.id]
            c.mentions = []
            for i in [i for i, cid in r.pronoun_cluster.items() if cid == c.id]:
                del r.pronoun_cluster[i]


def acronym(name: str) -> str:
    """ "Competition and Markets Authority" -> "CMA"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ACRONYM_STOP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def resolve(doc: Doc, gazetteer: Gazetteer) -> Resolver:
    """Find, cluster and resolve the entity mentions of one Doc."""
    r = Resolver(doc, gazetteer)
    r.find()
    r.cluster()
    r.resolve_references()
    drop_unconfirmed(r)
    return r
