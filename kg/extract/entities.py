"""Entity mentions in a Doc and their resolution to one cluster per real-world entity within an article.

Names come from the NER and the gazetteer; institutional phrases ("the Russian parliament", "the Kherson
region") are added by rule; surnames, acronyms, short forms, pronouns and generic descriptions ("the
company") are resolved to an antecedent.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.givennames import given_names, starts_like_a_person, fold as fold_given
from kg.extract.namecues import acts, context_votes, first_conjunct, person_apposed, sport_story
from kg.extract.references import BUSINESS_NOUNS, GOVERNMENT_NOUNS, business_kind, gender_fits, demonym_state, named_kind, state_in_sentence, thing_owner, described_as, earlier_set, state_demonym, thing_between, thing_subject_before, home_state, PARTY_NOUNS, SET_COUNTS, coordinated_set, they_body, they_members, commentators_body, titled_name, evaluated_situation, PUBLIC_KINDS, national, owned_description, salient_set, state_salience
from kg.extract.retype import retype_single_names, unsupported_full_name, unsupported_person
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
ventures industries enterprises solutions consulting engineering electric electronics aerospace automotive
petroleum oil gas resources minerals robotics healthcare communications networks semiconductors materials
beverages brewery breweries trucks aviation railways securities investments""".split())
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
    # a kind of gazetteer entry stands for every name of that kind ("the bloc" -> "EU")
    "bloc": frozenset("union community nations alliance bloc league pact".split()),
    "alliance": frozenset("union alliance organization organisation pact treaty league intergovernmental".split()),
}
DESCRIPTIONS = {**{w: EntityType.ORGANIZATION for w in ORG_NOUNS},
                "company": EntityType.ORGANIZATION, "firm": EntityType.ORGANIZATION,
                "group": EntityType.ORGANIZATION, "regulator": EntityType.ORGANIZATION,
                "watchdog": EntityType.ORGANIZATION, "agency": EntityType.ORGANIZATION,
                "bank": EntityType.ORGANIZATION, "party": EntityType.ORGANIZATION, "club": EntityType.ORGANIZATION,
                "gang": EntityType.ORGANIZATION, "bloc": EntityType.ORGANIZATION, "alliance": EntityType.ORGANIZATION,
                "country": EntityType.GPE, "nation": EntityType.GPE, "city": EntityType.GPE,
                "government": EntityType.GPE}
# Bodies a description names only where the name says the same ("the union" -> "... Workers Union", never a firm), or
# that the article introduced with that noun ("the BlackReef gang"): "the gang" of unnamed thieves is no police force
NAMED_BODIES = frozenset("""union ministry department council committee panel board court tribunal commission bloc
alliance gang""".split())
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5}
PLURAL_TYPES = {"republic": EntityType.GPE, "state": EntityType.GPE, "region": EntityType.GPE,
                "nation": EntityType.GPE, "country": EntityType.GPE, "city": EntityType.GPE,
                "company": EntityType.ORGANIZATION, "firm": EntityType.ORGANIZATION, "club": EntityType.ORGANIZATION,
                "team": EntityType.ORGANIZATION, "leader": EntityType.PERSON, "man": EntityType.PERSON,
                "woman": EntityType.PERSON, "men": EntityType.PERSON, "women": EntityType.PERSON}
# "gen." and "gen" alike; "U.S. Attorney Kenneth Parker", "Coach Ann Lee": titles the lexicon keeps as nouns only
TITLE_WORDS = frozenset(t.rstrip(".") for t in lx.NAME_TITLES) | {"attorney", "prosecutor", "coach", "chair", "boss",
                                                                 "chairperson"}
OFFICE_WORDS = frozenset("minister secretary ministry".split())
# Nouns whose modifying name names them, not a body: "the Artemis programme", "the Nordlink project".
SCHEME_NOUNS = frozenset("programme program project scheme mission plan fund initiative campaign".split())
BRAND_NOUNS = frozenset("brand product label app beer drink".split())
OWN_WORDS = frozenset("its their his her our".split())
# Nouns that describe a business, and the head nouns of public bodies, which none of them describes.
COMPANY_NOUNS = frozenset("company firm business carmaker automaker manufacturer retailer lender insurer".split())
PUBLIC_HEADS = frozenset("""commission ministry department agency administration authority office council parliament
government court police army""".split())
# The particles that join a name to the place it is named after in Romance languages ("Stade de France").
ROMANCE_PARTICLES = frozenset("de du des del della di da do dos das".split())
# Title nouns that only a person holds, which may stand lowercase right before the name: "state counsellor X".
PERSON_TITLES = frozenset("""president minister premier chancellor senator governor mayor spokesman spokeswoman
spokesperson chairman chairwoman counsellor counselor ambassador envoy judge prosecutor general""".split())
# Title words that only say the field or rank of the title noun after them ("First Minister", "Trade Secretary")
FIELD_WORDS = lx.TITLE_MODIFIERS | frozenset("state first central bank economy incumbent".split())
STATE_NOUNS = frozenset("government country nation".split())    # descriptions of a state, never of a town
# Nouns a product's or a commodity's name modifies ("Brent crude", "Highlander models", "Galaxy phones")
PRODUCT_NOUNS = frozenset("""crude blend futures model models vehicle suv sedan pickup truck phone smartphone
handset tablet laptop console chip chips drug vaccine jet jets missile missiles rifle tank tanks drone
drones aircraft airliner airliners plane planes helicopter helicopters lander rover spacecraft rocket rockets
painkiller""".split())
# Words between "known" and the other name it gives ("known as MST", "known by its initials MST")
KNOWN_AS = frozenset("as initials acronym abbreviation name".split())
# Offices of a federation's states, written after the state's name ("New York Governor", "Georgia Sen.")
STATE_OFFICES = frozenset("""Governor Gov. Gov Lt. Lieutenant Senator Sen. Sen Rep. Representative Congressman
Congresswoman Assemblyman Assemblywoman Legislature""".split())
# Made things an apposition may call a name ("Medora, a records system"), besides PRODUCT_NOUNS
WARE_NOUNS = frozenset("system software program programme browser chatbot game videogame medicine".split())
# Model designations: a letter or two (three with a hyphen) and digits, "A321XLR", "F-35", "Su-57", "S-400", "B737"
_MODEL_CODE = re.compile(r"[A-Z][A-Za-z]?\d{3,}[A-Za-z]*|[A-Z][A-Za-z]{0,2}-\d{2,}[A-Za-z]*")
# Last words of competitions, and of places the NER calls organisations, and first words of places
EVENT_HEADS = frozenset("""open cup championship championships games olympics tournament trophy prix contest festival
summit""".split())
# Head words of laws and treaties ("the British Museum Act", "the European Convention on Human Rights"): no actors
LAW_HEADS = frozenset("act convention treaty agreement accord protocol directive charter bill".split())
# Places of worship: "Canterbury Cathedral" is a place ("the Church of England" is a body, so not "church")
WORSHIP_HEADS = frozenset("cathedral abbey mosque temple chapel basilica monastery shrine minster".split())
STREET_HEADS = frozenset("""arena stadium square street road avenue boulevard bridge canal river lake island bay
strait crossing""".split())
PLACE_FIRST_WORDS = frozenset("place rue piazza plaza avenida calle mount lake".split())
# Lowercase particles inside personal names ("Ursula von der Leyen", "Ahmed bin Salman")
NAME_PARTICLES = frozenset("von van der den de da di do du dos das del della bin ibn al el la le ter ten".split())
# Words before a place name that still make a place ("North Korea", "New Delhi", "Greater Manchester")
PLACE_PREFIXES = frozenset("""north south east west northern southern eastern western central upper lower greater new
old inner outer mount lake port fort saint st san santa""".split())
ACRONYM_STOP = frozenset("of and the for in on to de du des la le".split())
SKIP_WORDS = frozenset("the a an".split())
# Words of an office that the NER takes into the name of the body after them: "Ex-Valdor FC manager", "Outgoing
# Arcadia Bank chairman" (not "former": "Former Yugoslavia" is a name).
OFFICE_PREFIXES = frozenset("ex outgoing incoming acting interim caretaker".split())


@dataclass
class Mention:
    start: int                      # token offsets in the Doc
    end: int
    text: str
    type: EntityType
    entry: GazEntry | None = None
    cluster: int = -1
    tentative: bool = False         # an unknown name kept only if a description confirms it ("... The company")
    adjective: bool = False         # a country named only by its adjective ("North Korean"): no antecedent


@dataclass
class Cluster:
    id: int
    mentions: list[Mention] = field(default_factory=list)
    entry: GazEntry | None = None

    @property
    def names(self) -> list[str]:
        return [m.text for m in self.mentions]


@lru_cache(maxsize=1 << 16)     # an article compares the same names many times over (and names recur)
def norm_name(text: str) -> str:
    """A name as names are compared: without a leading "the", apostrophes straightened, case folded.

    >>> norm_name("The  Kremlin’s")
    "kremlin's"
    """
    return fold(" ".join(re.sub(r"^(the|The)\s+", "", text).replace("’", "'").split())).casefold()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A name without its diacritics, as names are compared: "Iga Świątek" and "Iga Swiatek" are one name.

    >>> fold("Świątek, Ibrahimović, Łódź")
    'Swiatek, Ibrahimovic, Lodz'
    """
    text = text.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "ı": "i"})


def inside_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens are part of a hyphenated word ("Fi" of "Wi-Fi", "Smith" of "a Smith–Jones bill")."""
    def glued(i: int) -> bool:
        return 0 < i < len(doc) - 1 and doc[i].text in "-–—" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
    return glued(start - 1) or glued(end)


def article_of_name(doc: Doc, i: int) -> bool:
    """Whether a capital article before the name at token ``i`` is part of it ("group An Taisce", "in A Coruna"):
    inside a sentence and not after a quote mark."""
    return i > 1 and doc[i - 1].text in ("A", "An") and not doc[i - 1].is_sent_start and doc[i - 2].text not in QUOTES


_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def clean_name(span: Span) -> tuple[int, int]:
    """Token offsets of the name without a leading article and trailing possessive."""
    start, end = span.start, span.end
    cols = arrays(span.doc)     # read for every name the NER and the gazetteer find: columns, not Tokens
    lower, text, tag, punct, space = cols.lower, cols.text, cols.tag, cols.is_punct, cols.is_space
    while start < end and (lower[start] in SKIP_WORDS or punct[start] or space[start]
                           or lower[start] in OFFICE_PREFIXES and end - start > 1 and start + 1 < cols.n
                           and (text[start + 1] == "-" or lower[start] != "ex")):
        if text[start] in ("A", "An") and not cols.is_sent_start[start] and end - start > 1:
            break   # "An Taisce", "A Coruna": a capital article inside a sentence is part of the name
        start += 1
    while end > start and (tag[end - 1] == "POS" or punct[end - 1] or space[end - 1]
                           or _SCORE.fullmatch(text[end - 1])):
        end -= 1    # and a score the NER took into a club's name: "Inter Milan 2-1"
    if end - start > 3 and _SCORE.fullmatch("".join(text[end - 3:end]).replace(" ", "")):
        end -= 3    # the same score in three tokens
    for i in range(start, end):     # "World Health Organization (WHO": an unclosed bracket ends the name
        if text[i] in "([" and not any(text[k] in ")]" for k in range(i, end)):
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
        self.sent_starts = arrays(doc).sent_starts
        strings = doc.vocab.strings     # each distinct word once, without a Token per word
        self.lower_words = {w for w in map(strings.__getitem__, set(doc.to_array("ORTH").tolist())) if w.islower()}
        self.sport = sport_story(doc)
        self._appositives: dict[int, int] | None = None    # description head token -> cluster, made on first use
        self._types: dict[int, tuple[int, EntityType]] = {}  # cluster id -> (its mention count then, its type)
        self._sets: dict[int, list[int]] = {}   # plural description token -> the clusters it stands for
        self.ambiguous_heads: set[int] = set()  # starts of one-word head-noun short forms two bodies could own

    # finding

    def find(self) -> None:
        doc = self.doc
        taken: set[int] = set()
        products: set[str] = self._scheme_names()  # names the text says are products ("Medora, a records system")
        adjectives: list[tuple[int, int, GazEntry]] = []
        for ent in doc.ents:
            if ent.label_ not in NER_TYPES:
                continue
            start, end = clean_name(ent)
            if start == ent.start and article_of_name(doc, start):
                start -= 1      # "group An Taisce"
            if ent.label_ == "PERSON":
                while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                       and not doc[end].whitespace_ and doc[end + 1].is_alpha):
                    end += 2    # "Choi Sang" + "-woo": a hyphenated given name the NER cut
            elif ent.label_ == "ORG" and (lead := self._possessor(start, end)) is not None:
                start = lead    # "the Parkinson's Foundation"
            glued = start > ent.start and doc[ent.start].lower_ in OFFICE_PREFIXES   # "Ex-Chelsea": cut on purpose
            if start >= end or inside_word(doc, ent.start if glued else start, end) or any(
                    i in taken for i in range(start, end)):
                continue    # empty, part of a hyphenated word, or inside a name already extended over it
            if (ent.label_ in ("NORP", "GPE") and doc[end - 1].tag_ == "JJ"
                    and (country := self._country_of_adjective(start, end)) is not None):
                adjectives.append((start, end, country))
                continue    # "North Korean missile launches": the country, where the article names it no other way
            if ent.label_ == "NORP" and not (doc[end - 1].tag_ in ("NNPS", "NNS") or doc[end - 1].dep_ in
                                               ("nsubj", "nsubjpass", "dobj", "pobj", "conj")):
                continue    # "Russian" as an adjective is not a mention of a group
            label = ent.label_
            if label == "GPE" and start >= 2 and doc[start - 1].lower_ in ROMANCE_PARTICLES and \
                    doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha and not doc[start - 2].ent_type_ \
                    and start - 2 not in taken:
                taken.update(range(start - 2, end))
                continue    # "Stade de France", "Banque de France": the tail of a name the NER cut, no country
            if label in ("GPE", "ORG") and end - start == 1 and self._given_name_before(start):
                start, label = start - 1, "PERSON"  # "Dennis" + "Muilenburg": a surname the NER took for a place
            elif label == "GPE" and self._prefixed_place(start, end):
                start, label = start - 1, "ORG"     # "Real Madrid", "Dynamo Kyiv": a name built on a place's
            elif label == "ORG" and end - start <= 3 and self._personal(start, end):
                label = "PERSON"    # "Paris prosecutor Laure Beccuau", "Iga Swiatek ... Swiatek said"
            if label == "ORG" and (joined := self._joined_org(end)) is not None:
                end = joined        # "Center for Science" + "in the Public Interest": one name the NER cut in two
            while (label == "ORG" and end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
                   and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text[:1].isupper()
                   and not doc[end].ent_type_ and doc[end].lower_ not in TITLE_WORDS):
                end += 1            # "Lufthansa" + "Technik": the NER cut the name of a firm's unit
            while (label in ("ORG", "NORP") and start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha
                   and not doc[start - 1].is_sent_start and doc[start - 1].dep_ in ("compound", "amod")
                   and start <= doc[start - 1].head.i < end and doc[start - 1].ent_type_ in ("", "NORP")
                   and start - 1 not in taken and doc[start - 1].lower_ not in TITLE_WORDS
                   and getattr(self.gaz.demonym(doc[start - 1].text), "type", None) is not EntityType.GPE):
                start -= 1      # "Free Democrats" where the NER saw only "Democrats": a longer name, not the known one
            if label in ("PERSON", "ORG") and self._region_after_place(start, end):
                label = "GPE"       # "in Sorriso, Mato Grosso": the region after a town is a place, not a person
            elif label == "GPE" and self._described_body(start, end):
                label = "ORG"       # "the state copper giant Codelco": the noun before the name says what it is
            if (label == "ORG" and end - start <= 2 and start > 0 and start - 1 not in taken
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_
                    and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_upper
                    and fold_given(doc[start - 1].text) in given_names() and self.gaz.lookup(doc[start:end].text) is None
                    and not any(t.lower_ in ORG_HEADS for t in doc[start:end])):
                start, label = start - 1, "PERSON"     # "Ana Mamani" where the NER saw only "Mamani", as a firm
            if label in ("ORG", "GPE", "NORP") and self._titled(start, end):
                label = "PERSON"    # "Governor Sophie Marchand": a title before a name makes it a person
            elif label == "NORP" and end - start > 1 and all(t.text[:1].isupper() for t in doc[start:end]):
                label = "ORG"       # "Social Democrats", "Green Party": a multi-word group name is a party
            if label == "PERSON":
                while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
                       and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and start - 1 not in taken
                       and doc[start - 1].lower_ not in lx.NAME_TITLES | lx.TITLE_NOUNS and not doc[start - 1].ent_type_):
                    start -= 1      # "Oleksandr Prokudin" where the NER saw only "Prokudin" (not "Chief Executive")
                start = self._skip_titles(start, end)
                end = self._person_end(end)
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
            if entry is None and etype is EntityType.ORGANIZATION and (
                    self._core(text) is not None or end - start == 2 and doc[end - 1].text.isupper()
                    and self.gaz.demonym(doc[start].text) is not None):
                core = self.gaz.lookup(text.split(None, 1)[1])     # "US Food and Drug Administration", "American FBI"
                entry = core if core is not None and core.type is EntityType.ORGANIZATION else None
                if entry is not None and end - start == 2:
                    start, text = start + 1, doc[end - 1].text      # the body is the acronym: "FBI", not "American FBI"
            if (entry is None and etype is EntityType.ORGANIZATION and end - start >= 2 and last in PERSON_TITLES
                    and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
                place = self.gaz.lookup(doc[start:end - 1].text)
                if place is None or place.type is not EntityType.GPE:
                    continue    # "Harbour Board Chairman Ola Berg": a title before a name, no body
                end, text, etype, entry = end - 1, doc[start:end - 1].text, EntityType.GPE, place
                                # "Ontario Premier Doug Ford": the place whose premier he is
            if self._title_part(start, end):
                continue    # "Labour Minister Steven MacKinnon", "Trade Secretary": part of a title, no body
            if entry is None and end - start > 1 and self._law(start, end):
                continue    # "the British Museum Act", "the Treaty of Rome": a law or a treaty, no actor
            if entry is None and self._product(start, end):
                if self._model(start, end):
                    products.add(doc[start:end].text)
                continue    # "Brent crude", "Highlander and Lexus models": a product's or a brand's name
            if entry is None and ent.label_ == "PERSON" and end - start > 1 and not doc[start].text[0].isupper():
                continue
            if entry is None and end - start == 1 and (doc[start].tag_ in ("NNS", "NN") and doc[start].is_sent_start
                                                        or doc[start].lower_.rstrip(".") in TITLE_WORDS
                                                        and doc[start].lower_ not in ORG_HEADS | INSTITUTION_NOUNS):
                continue    # "Shoppers said ...", "Secretary of State": a common noun or a title word is no name
            if entry is not None and text.isupper() and text != entry.label and entry.type in (
                    EntityType.EVENT, EntityType.LOCATION) and self._acts_as_org(start, end):
                entry = None    # "Shipping lines Maersk and MSC": an acronym the context makes a firm
                etype = EntityType.ORGANIZATION
            if (self.sport and ent.label_ in ("GPE", "LOC", "FAC") and (entry is None or entry.kind == "city")
                    and acts(doc, start, end)):
                entry, etype = None, EntityType.ORGANIZATION    # "Liverpool signed him", "from Flamengo": a club
            if entry is not None:
                etype = entry.type
            elif etype is EntityType.ORGANIZATION and end - start > 1 and last in EVENT_HEADS:
                etype = EntityType.EVENT        # "the Australian Open", "the Africa Cup": a competition
            elif etype in (EntityType.ORGANIZATION, EntityType.PERSON) and end - start > 1 and (
                    last in STREET_HEADS | WORSHIP_HEADS or doc[start].lower_ in PLACE_FIRST_WORDS):
                etype = EntityType.LOCATION     # "Rod Laver Arena", "Place Vendome", "Canterbury Cathedral"
            elif not text[:1].isupper():
                continue    # names start with a capital: not "pro-Moscow", "east"
            self.mentions.append(Mention(start, end, text, etype, entry))
            taken.update(range(start, end))
            if (end + 2 == ent.end and doc[end].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"
                    and doc[end + 1].text.isupper() and etype is not EntityType.PERSON):
                # "The Information Commissioner's Office (ICO" + ")": the short name the NER took into the span
                self.mentions.append(Mention(end + 1, end + 2, doc[end + 1].text, etype,
                                             self.gaz.lookup(doc[end + 1].text)))
                taken.add(end + 1)
        self.mentions = [m for m in self.mentions if m.entry is not None or m.text not in products]
        self._find_phrases(taken)
        self._find_gazetteer_names(taken)
        self._find_surnames(taken)
        named = {m.entry.label for m in self.mentions if m.entry is not None}
        for start, end, country in adjectives:
            if country.label not in named and not any(i in taken for i in range(start, end)):
                self.mentions.append(Mention(start, end, doc[start:end].text, country.type, country,
                                             adjective=True))
                taken.update(range(start, end))
        self.mentions.sort(key=lambda m: m.start)
        self._read_states()

    def _read_states(self) -> None:
        """A name shared by a city or a country and a state of a federation ("New York", "Washington", "Georgia")
        names the state where one of its mentions says so: a state office after it ("New York Governor Andrew
        Cuomo", "Georgia Senator"), "the state of" before it, or, for a city's name, "the state" later in its
        sentence ("rare in New York, but the state's forests"). Then every mention of that name in the article
        is the state: one name keeps one sense within an article."""
        doc = self.doc
        states: dict[str, GazEntry] = {}
        for m in self.mentions:
            if m.entry is None or m.entry.kind not in ("city", "capital", "country") or m.text in states:
                continue
            state = next((e for form in (m.text + " State", "State of " + m.text)
                          if (e := self.gaz.lookup(form)) is not None and e.kind == "region" and e is not m.entry),
                         None)
            if state is None:
                continue
            nxt = doc[m.end] if m.end < len(doc) else None
            office = nxt is not None and (nxt.text in STATE_OFFICES or nxt.text == "Attorney" and m.end + 1 < len(doc)
                                          and doc[m.end + 1].text == "General")
            said = m.start >= 2 and doc[m.start - 2].lower_ == "state" and doc[m.start - 1].lower_ == "of"
            later = m.entry.kind != "country" and any(
                t.lower_ == "state" and t.tag_ == "NN" and any(c.lower_ == "the" for c in t.children)
                for t in doc[m.end:doc[m.start].sent.end])
            if office or said or later:
                states[m.text] = state
        for m in self.mentions:
            if m.text in states and m.entry is not None and m.entry.kind in ("city", "capital", "country"):
                m.entry, m.type = states[m.text], states[m.text].type

    def _country_of_adjective(self, start: int, end: int) -> GazEntry | None:
        """The country a nationality adjective names ("North Korean" -> North Korea), or None: not a name of its
        own, not a region's or a people's adjective ("Catalan", "Kurdish")."""
        text = self.doc[start:end].text
        country = self.gaz.demonym(text) if self.gaz.lookup(text) is None else None
        return country if country is not None and country.kind == "country" else None

    def _titled(self, start: int, end: int) -> bool:
        doc = self.doc
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

    def _possessor(self, start: int, end: int) -> int | None:
        """The start of "Alzheimer's" before an organisational head ("the Alzheimer's Association"): a capitalised
        possessor that is no entity and no known name is part of the name. None when there is none."""
        doc = self.doc
        if start < 2 or doc[start - 1].tag_ != "POS" or doc[end - 1].lower_ not in ORG_HEADS:
            return None
        owner = doc[start - 2]
        if (owner.pos_ == "PROPN" and owner.is_alpha and owner.text[:1].isupper() and not owner.ent_type_
                and self.gaz.lookup(owner.text) is None and not (start >= 3 and doc[start - 3].pos_ == "PROPN")):
            return start - 2
        return None

    def _acts_as_org(self, start: int, end: int) -> bool:
        """Whether the context makes a name an organisation: a cue of the phrase around it, or a list with a name
        the NER calls one ("Maersk and MSC")."""
        if any(etype is EntityType.ORGANIZATION for etype, _ in context_votes(self.doc, start, end)):
            return True
        head = self.doc[end - 1]
        return any(t.ent_type_ == "ORG" for t in head.conjuncts)

    def _law(self, start: int, end: int) -> bool:
        """Whether a name is a law's or a treaty's: its head word (the last before "of", "on" or "for") is one of
        LAW_HEADS ("British Museum Act", "Convention on Human Rights", "Treaty of Rome")."""
        words = [t for t in self.doc[start:end]]
        cut = next((k for k, t in enumerate(words) if k > 0 and t.lower_ in ("of", "on", "for")), len(words))
        return words[cut - 1].text[:1].isupper() and words[cut - 1].lower_ in LAW_HEADS or words[-1].text == "Act"
                                # "Proceeds of Crime Act": an Act ends its name, whatever the "of" before
    def _scheme_names(self) -> set[str]:
        """Names the text says are a programme's, a project's or a brand's, wherever they recur: a name between a
        possessive and a scheme noun ("its Selene programme", "their Nordlink 2030 project"; not "the Shell project",
        which may be the firm's) or listed after "brands such as" ("brands such as Lipton and PG Tips")."""
        doc = self.doc
        out: set[str] = set()
        for tok in doc:
            if not (tok.text.islower() and tok.pos_ == "NOUN"):
                continue
            lemma = tok.lemma_.lower()
            if lemma in SCHEME_NOUNS:
                j = tok.i - 1
                if j >= 0 and doc[j].like_num:
                    j -= 1      # "the Nordlink 2030 project"
                end = j + 1
                while j >= 0 and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in ("the", "of", "and")
                                  and j > 0 and doc[j - 1].text[:1].isupper() and j + 1 < end):
                    j -= 1
                start = j + 1
                while start < end and not doc[start].text[:1].isupper():
                    start += 1
                if start < end and doc[start].pos_ == "PROPN" and start > 0 and doc[start - 1].lower_ in OWN_WORDS:
                    out.add(doc[start:end].text)    # "its Selene programme": a body's own scheme, no body
            elif lemma in BRAND_NOUNS and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "such" \
                    and doc[tok.i + 2].lower_ == "as":
                for t in doc[tok.i + 3:]:
                    if t.dep_ in ("pobj", "conj") and t.pos_ == "PROPN" and t.ent_type_ == "ORG":
                        left = t
                        while left.i > 0 and doc[left.i - 1].ent_iob_ == "I" and doc[left.i - 1].ent_type_ == "ORG":
                            left = doc[left.i - 1]
                        out.add(doc[left.i:t.i + 1].text)
                    if t.is_punct and t.text in ".;":
                        break
        return out

    def _product(self, start: int, end: int) -> bool:
        """Whether a name modifies a product or commodity noun, alone or in a list: "Brent crude", "some Camry,
        Highlander and Lexus models"; or follows one that modifies it: "the painkiller OxyContin"."""
        doc = self.doc
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text.islower() and nxt.lemma_.lower() in PRODUCT_NOUNS:
            return True
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.text.islower() and before.lemma_.lower() in PRODUCT_NOUNS \
                and (before.head.i in range(start, end) or doc[end - 1].dep_ == "appos" and doc[end - 1].head == before):
            return True     # "the painkiller OxyContin", "the lander Vikram": the noun names what the name is
        if self._model(start, end):
            return True
        head = first_conjunct(doc[end - 1])
        return (head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.text.islower()
                and head.head.lemma_.lower() in PRODUCT_NOUNS)

    def _model(self, start: int, end: int) -> bool:
        """Whether the name is itself a product's, wherever it recurs: a model number before it ("the 737 MAX"),
        a designation of letters and digits in it ("A321XLR", "S-400"), or an apposition saying what made thing it
        is ("Medora, a records system built by ...")."""
        doc = self.doc
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.tag_ == "CD" and before.text.isdigit() and len(before.text) == 3 \
                and before.head.i in range(start, end):
            return True     # three digits: a model number, not a year ("the 2022 World Cup")
        if any(_MODEL_CODE.fullmatch(t.text) for t in doc[start:end]):
            return True
        return any(c.dep_ == "appos" and c.text.islower() and c.lemma_.lower() in PRODUCT_NOUNS | WARE_NOUNS
                   for c in doc[end - 1].children)

    def _title_part(self, start: int, end: int) -> bool:
        """Whether the words are the field of a capitalised office after them: "Labour" of "Labour Minister"; or,
        when they name nothing the gazetteer knows, the portfolio of a minister or secretary: "Natural Resources"
        of "Federal Natural Resources Minister", "Maritime Affairs" of "Minister for Maritime Affairs" (a
        government's name never stands there)."""
        doc = self.doc
        office_after = end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in OFFICE_WORDS
        if all(t.lower_ in TITLE_WORDS | lx.TITLE_MODIFIERS for t in doc[start:end]) and office_after:
            return True
        if self.gaz.lookup(doc[start:end].text) is not None or not all(
                t.is_alpha and t.text[:1].isupper() or t.lower_ in ("and", "&") for t in doc[start:end]):
            return False
        minister_before = start >= 2 and doc[start - 1].lower_ in ("for", "of") and doc[start - 2].text[:1].isupper() \
            and doc[start - 2].lower_ in ("minister", "secretary")
        return (office_after and doc[end].lower_ != "ministry" and not any(
            self.gaz.demonym(t.text) is not None or self.gaz.lookup(t.text) is not None for t in doc[start:end])
            or minister_before)

    def _region_after_place(self, start: int, end: int) -> bool:
        """Whether an unknown name is in apposition to a place right before it, after a comma, the place the
        object of a place preposition: "in Sorriso, Mato Grosso", "from Tarnow, Malopolska" (a town, then its
        region), and ends there: not "in Paris, Jean Dupont said"."""
        doc = self.doc
        head = doc[end - 1]
        place = head.head
        return (start >= 3 and doc[start - 1].text == "," and head.dep_ == "appos" and place.i == start - 2
                and place.ent_type_ == "GPE" and place.dep_ == "pobj"
                and place.head.lower_ in PLACE_PREPOSITIONS | {"from", "to"}
                and self.gaz.lookup(doc[start:end].text) is None
                and (end == len(doc) or doc[end].is_punct and doc[end].text not in ("'", "’"))
                and not person_apposed(doc, start, end)     # "in Kyiv, Olena Petrenko, 45, said"
                and not (end - start > 1 and any(t.text == doc[end - 1].text for t in doc if not start <= t.i < end)))

    def _described_body(self, start: int, end: int) -> bool:
        """Whether a name the NER calls a place follows a noun for a firm or body that modifies it: "the state
        copper giant Codelco", "the carmaker Vantor" (a known place keeps its type)."""
        doc = self.doc
        before = doc[start - 1] if start > 0 else None
        return (before is not None and before.text.islower() and before.lemma_.lower() in ORG_NOUNS
                and before.dep_ in ("compound", "nmod", "amod") and before.head.i in range(start, end)
                and self.gaz.lookup(doc[start:end].text) is None)

    def _given_name_before(self, start: int) -> bool:
        """Whether the one-word name at ``start`` is a surname after a given name the NER left out of it ("Chief
        Executive Dennis" + "Muilenburg"): a capitalised proper noun compounded to it, in the list of given names,
        no entity and no known name itself, and not the end of a longer name (a given name ends no firm's name)."""
        doc = self.doc
        prev = doc[start - 1] if start > 0 else None
        if (prev is None or prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i != start
                or not prev.is_alpha or not prev.text[:1].isupper() or prev.text.isupper() or prev.ent_type_
                or prev.lower_ in TITLE_WORDS | PLACE_PREFIXES or self.gaz.lookup(prev.text) is not None
                or self.gaz.lookup(doc[start].text) is not None or doc[start].lower_ in ORG_HEADS | PLACE_HEADS):
            return False
        return fold(prev.text).casefold() in given_names()

    def _prefixed_place(self, start: int, end: int) -> bool:
        """Whether a place name the NER found is the tail of a longer name: a capitalised word before it that is no
        place word, title, entity or known name ("Real Madrid", "Dynamo Kyiv"; not "North Korea", "New Delhi")."""
        doc = self.doc
        prev = doc[start - 1] if start > 0 else None
        return (prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound" and start <= prev.head.i < end
                and prev.is_alpha and prev.text[:1].isupper() and not prev.ent_type_
                and prev.lower_ not in PLACE_PREFIXES | TITLE_WORDS | SKIP_WORDS
                and self.gaz.lookup(prev.text) is None and self.gaz.demonym(prev.text) is None
                and self.gaz.lookup(doc[start - 1:end].text) is None)

    def _personal(self, start: int, end: int) -> bool:
        """Whether a name the NER called an organisation is a person's: two or three capitalised words with no
        organisational or place word, known to no gazetteer, and either its last word is a person's name alone
        elsewhere in the article ("Iga Swiatek ... Swiatek said") or a title noun stands before it ("the Paris
        prosecutor Laure Beccuau")."""
        doc = self.doc
        words = [t for t in doc[start:end] if t.text not in "-–"]
        if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
            return False
        if any(t.lower_.rstrip(".") in ORG_HEADS | ORG_SUFFIXES | INSTITUTION_NOUNS | PLACE_HEADS
               or self.gaz.lookup(t.text) is not None or self.gaz.demonym(t.text) is not None for t in words):
            return False
        if self.gaz.lookup(doc[start:end].text) is not None:
            return False
        last = words[-1].text
        if any(e.label_ == "PERSON" and e.text == last for e in doc.ents):
            return True
        if fold(words[0].text).casefold() in given_names() and any(
                c.ent_type_ == "PERSON" and c.text[:1].isupper() for c in doc[end - 1].conjuncts):
            return True     # "Rodrigo Alves and Yuki Nakamura": a given name, listed with a person
        before = doc[start - 1] if start > 0 else None
        return (before is not None and before.text.islower() and before.pos_ == "NOUN"
                and before.lower_ in lx.TITLE_NOUNS and start <= before.head.i < end)

    def _joined_org(self, end: int) -> int | None:
        """The end of a name cut in two by the NER at "in the": "Center for Science" + "in the Public Interest".
        Only where the first piece is itself a name with a preposition, and the second no name of its own
        (no organisational head word, unknown to the gazetteer)."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ not in ("in", "of", "for", "on") or doc[end - 1].ent_iob_ == "":
            return None
        first = next((e for e in doc.ents if e.start < end <= e.end), None)
        if first is None or self.gaz.lookup(doc[slice(*clean_name(first))].text) is not None or not any(t.lower_ in ("of", "for", "on", "in") and t.text.islower() for t in first):
            return None
        ent = next((e for e in doc.ents if e.start == end + 1), None)
        if ent is not None:
            if ent.label_ != "ORG":
                return None
            start, stop = clean_name(ent)
        else:           # "... in the Digital Age": capitalised words the NER left untyped
            start = stop = end + 1 + (doc[end + 1].lower_ == "the")
            while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_alpha and not doc[stop].ent_type_:
                stop += 1
        if start >= stop or doc[stop - 1].lower_ in ORG_HEADS | INSTITUTION_NOUNS or self.gaz.lookup(
                doc[start:stop].text) is not None or not all(t.text[:1].isupper() for t in doc[start:stop]):
            return None
        return stop

    def _person_end(self, end: int) -> int:
        """The end of a person's name the NER cut short: "Xi" of "Xi Jinping" (a compound of the next proper
        noun), "Ursula von" of "Ursula von der Leyen" (particles and the name after them)."""
        doc = self.doc
        while end < len(doc):
            prev, tok = doc[end - 1], doc[end]
            if prev.text.islower() and prev.lower_ in NAME_PARTICLES:
                if tok.text.islower() and tok.lower_ in NAME_PARTICLES or tok.is_alpha and tok.text[:1].isupper():
                    end += 1
                    continue
                return end - 1      # "... von" and nothing after: not part of the name
            if (tok.text.islower() and tok.lower_ in NAME_PARTICLES and end + 1 < len(doc)
                    and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and not tok.whitespace_ == ""
                    and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ in ("", "PERSON", "GPE", "ORG")):
                end += 1
                continue
            if (prev.dep_ == "compound" and prev.head.i == end and tok.pos_ == "PROPN" and tok.is_alpha
                    and tok.text[:1].isupper() and not tok.ent_type_):
                end += 1
                continue
            return end
        return end

    def _find_surnames(self, taken: set[int]) -> None:
        """ "Marchand" alone, after (or before) "Sophie Marchand": the NER often misses bare surnames."""
        known = {m.text.split()[-1]: EntityType.PERSON for m in self.mentions
                 if m.type is EntityType.PERSON and len(m.text.split()) > 1}
        # a one-word name found elsewhere in the article ("HHLA") is a mention wherever it recurs
        known.update({m.text: m.type for m in self.mentions if " " not in m.text and m.text not in known})
        entries = {m.text: m.entry for m in self.mentions}     # a club named after its town keeps no town's link
        unsure = {m.text for m in self.mentions if m.tentative} - {m.text for m in self.mentions if not m.tentative}
        pos_of = arrays(self.doc).pos
        texts = arrays(self.doc).text
        lowered = {t.lower() for t in texts if t.islower()}
        for i, text in enumerate(texts):
            if i not in taken and text in known and (
                    pos_of[i] == "PROPN" or pos_of[i] == "NOUN" and self._surname_as_noun(i, known, lowered)) and (
                    i + 1 >= len(pos_of) or pos_of[i + 1] != "PROPN"):
                self.mentions.append(Mention(i, i + 1, text, known[text],
                                             entries.get(text) if known[text] is not EntityType.PERSON
                                             else None, tentative=text in unsure))
                taken.add(i)

    def _surname_as_noun(self, i: int, known: dict, lowered: set[str]) -> bool:
        """Whether a word the tagger made a common noun is the surname of a person named in full before: "Santos
        said she would return" after "Maria Santos" (capitalised, with no determiner or modifier, and a word the
        article never writes in lower case)."""
        tok = self.doc[i]
        text = tok.text
        return (known.get(text) is EntityType.PERSON and text[:1].isupper() and not text.isupper()
                and text.lower() not in lowered and not any(
                    c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in tok.children))

    def _skip_titles(self, start: int, end: int) -> int:
        doc = self.doc
        while end - start > 1 and doc[start].lower_.rstrip(".") in TITLE_WORDS:
            start += 1
        return start

    def _find_phrases(self, taken: set[int]) -> None:
        """ "the Russian parliament", "the Kherson region", "the Kakhovka dam": named institutions and places."""
        doc = self.doc
        cols = arrays(doc)
        for i, lemma in enumerate(cols.lemma_lower):
            if cols.pos[i] != "NOUN" or i in taken:
                continue
            tok = doc[i]
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
            if not mods:
                continue
            first = min(mods, key=lambda t: t.left_edge.i).left_edge
            while first.i < tok.i and (first.dep_ in ("det", "poss", "case") or first.is_punct):
                first = first.doc[first.i + 1]
            mods = [first] + [m for m in mods if m.i != first.i]
            if any(i in taken for i in range(first.i, tok.i)) and lemma not in PLACE_NOUNS:
                continue
            if lemma in GOVERNMENT_NOUNS and first.i == tok.i - 1 and state_demonym(self, first) is not None:
                continue    # "the Canadian government" is Canada acting (resolve_references), no body of its own
            if tok.tag_ == "NNS" and lemma in INSTITUTION_NOUNS and lemma != "police":
                continue    # "Western governments", "European regulators": a plural names many bodies, not one
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
        cols = arrays(doc)
        pos_of = cols.pos
        i = 0
        while i < len(doc):
            if i in taken or pos_of[i] != "PROPN":
                i += 1
                continue
            j = i
            while j < len(doc) and j not in taken and (pos_of[j] == "PROPN" or cols.text[j] in ("-", "&")):
                j += 1
            if j == i + 1 and j + 1 < len(doc) and cols.tag[j] == "POS":
                k = j + 1       # "the Alzheimer's Association": a possessive inside an organisation's name
                while k < len(doc) and k not in taken and pos_of[k] == "PROPN" and not cols.ent_type[k]:
                    k += 1
                if k > j + 1 and self._possessor(j + 1, k) == i:
                    j = k
            for end in range(j, i, -1):
                entry = self.gaz.lookup(doc[i:end].text)
                if entry is not None and self._title_part(i, end):
                    break
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
                cues = context_votes(doc, i, j)
                if j - i > 1 and doc[j - 1].lower_ in EVENT_HEADS:
                    cues.append((EntityType.EVENT, 3))      # "in the Australian Open final"
                if ((head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos") or cues) and not first_word
                        and not (nxt is not None and (nxt.like_num or nxt.text[:1].isdigit() or nxt.ent_type_))
                        and not any((t.ent_type_ and not (cues and t.ent_type_ in ("PRODUCT", "WORK_OF_ART")))
                                    or t.lower_ in lx.NAME_TITLES or not t.text[:1].isupper() and t.tag_ != "POS"
                                    for t in span)
                        and not inside_word(doc, i, j)):
                    # an actor's name the NER missed ("Nordbau denied ..."): an organisation where its form or a
                    # description says so; else only if a later "the company" refers to it (see drop_unconfirmed).
                    # Any other unknown name stays a concept (a product, a fragment, a foreign word).
                    etype = max(cues, key=lambda v: v[1])[0] if cues else EntityType.ORGANIZATION
                    tentative = not cues and not self._org_like(i, j)
                    if article_of_name(doc, i) and i - 1 not in taken:
                        i -= 1      # "An Taisce", "An Post"
                    self.mentions.append(Mention(i, j, doc[i:j].text, etype, tentative=tentative))
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
        defined: dict[str, int] = {}    # a short name the article defines in brackets -> its cluster
        previous: Mention | None = None
        for m in self.mentions:
            cid = None
            short = norm_name(m.text)
            if previous is not None and self._bracketed_after(previous, m):
                cid = defined[short] = previous.cluster     # "Canadian National Railway (CN)": CN is that name
                key = "def:" + short
                named = self.clusters[cid]
                if named.entry is None and m.entry is not None and m.entry.type is self.cluster_type(named):
                    named.entry = m.entry   # "Christian Democrats (CDU)": the known short name links the long one
            elif short in defined:
                cid = defined[short]
                key = "def:" + short
            elif (cid := self._known_as(m)) is not None:
                defined[short] = cid    # "the Landless Workers' Movement, known by its initials MST": its name
                key = "def:" + short
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
                    and all(t.text[:1].isupper() for t in doc[m.start:m.end] if t.is_alpha))
        return name.type is not EntityType.PERSON and (
            m.text.isupper() or m.type is name.type
            or m.entry is None and name.type is EntityType.ORGANIZATION and m.type is not EntityType.PERSON
            and m.text[:1].isupper())     # an unknown name in brackets: "Federal Network Agency (Bundesnetzagentur)"

    def _known_as(self, m: Mention) -> int | None:
        """The cluster of the name that a participle "known as" or "known by its (...) initials / acronym / name"
        attaches to, where ``m`` is the name it gives: "the Landless Workers' Movement, known by its Portuguese
        initials MST", "Northern Grid Holdings, known as NGH". None elsewhere, and for a person's name."""
        tok, steps = self.doc[m.end - 1], 0
        if m.type in (EntityType.PERSON, EntityType.GROUP) or m.adjective or tok.dep_ in ("amod", "compound", "poss"):
            return None     # not "Spanish" of "its Spanish initials"
        while tok.head.i != tok.i and steps < 4:
            tok, steps = tok.head, steps + 1
            if (tok.lower_ == "known" and tok.dep_ in ("acl", "appos", "advcl") and m.start - tok.i <= 6
                    and {t.lower_ for t in self.doc[tok.i + 1:m.start]} & KNOWN_AS):
                cid = self.token_cluster.get(tok.head.i)
                if cid is not None and self.cluster_type(self.clusters[cid]) is not EntityType.PERSON:
                    return cid
                return None
        return None

    def _core(self, name: str) -> str | None:
        """An organisation's name without a leading country or nationality ("US Food and Drug Administration" ->
        "food and drug administration"), or None when it has none or too little is left."""
        words = name.split()
        if len(words) < 3:
            return None
        first = words[0]
        entry = self.gaz.lookup(first)
        if (entry is None or entry.type is not EntityType.GPE) and self.gaz.demonym(first) is None:
            return None
        return norm_name(" ".join(words[1:]))
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
                    continue
                head = parts[parts.index("of") - 1] if "of" in parts[1:] else parts[-1]
                fits = (head.lower() == low and low in INSTITUTION_NOUNS | ORG_HEADS and m.entry is None
                        or head.lower() in ("university", "college") and parts[-1] == word and "of" in parts
                        and (acts(self.doc, m.start, m.end, by=False) or self._staff_of(m))
                        # "Bayern paid ..." after the club "Bayern Munich": the club, not the region English calls
                        # Bavaria (a sport story: any place so named)
                        or (self.sport or c.entry is not None and c.entry.kind == "club" and m.entry.label != word)
                        and parts[0] == word and "of" not in parts and m.entry is not None
                        and (acts(self.doc, m.start, m.end, by=False) or self._staff_of(m) or m.end < len(self.doc)
                             and self.doc[m.end].lower_ in lx.TITLE_NOUNS))
                last = max(x.start for x in c.mentions)
                if fits and last < m.start:
                    fitting.add(c.id)
                    if last > latest:
                        best, latest = c.id, last
        if len(fitting) > 1:
            self.ambiguous_heads.add(m.start)   # "the Albanese Government ... the Queensland Government ... the
            return None                         # Government": either one
        return best

    def _staff_of(self, m: Mention) -> bool:
        """Whether a name owns or employs a person by title: "Kent's interim head", "branch secretary at Kent"."""
        tok = self.doc[m.end - 1]
        if m.end < len(self.doc) and self.doc[m.end].tag_ == "POS":     # "York's vice-chancellor" (misparsed)
            return any(t.lemma_.lower() in lx.TITLE_NOUNS for t in self.doc[m.end + 1:m.end + 4])
        return (tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in lx.TITLE_NOUNS)

    def _match_short_form(self, m: Mention) -> int | None:
        """A surname, an acronym or a shortened name that refers back to an earlier cluster."""
        words = fold(m.text).split()
        core = self._core(m.text) if m.type is EntityType.ORGANIZATION else None
        for c in reversed(self.clusters):
            if m.type is EntityType.ORGANIZATION and self.cluster_type(c) is EntityType.ORGANIZATION and any(
                    self._core(n) == norm_name(m.text) or core is not None and core == norm_name(n)
                    for n in c.names):
                return c.id     # "US Food and Drug Administration" ... "the Food and Drug Administration"
        bare = without_suffix(m.text) if m.type in (EntityType.ORGANIZATION, EntityType.PERSON) else None
        for c in reversed(self.clusters):
            if bare and self.cluster_type(c) is EntityType.ORGANIZATION and any(
                    without_suffix(n) == bare and (n != m.text) for n in c.names):
                return c.id     # "Lyric Robotics" after "Lyric Robotics Inc.", "Corvane plc" after "Corvane"
        given = self._given_name_match(m, words)
        if len(words) == 1 and m.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE):
            bearers = [c.id for c in self.clusters if self.cluster_type(c) is EntityType.PERSON and any(
                len(p := fold(x.text).split()) > 1 and p[-1] == words[0] and starts_like_a_person(x.text)
                for x in c.mentions)]
            if len(bearers) > 1:
                return bearers[0]   # "Zsófia Kertész ... her son, András Kertész ... Kertész studied": the one
                # the article named first, whom it is about; a relative keeps the full name
        for c in reversed(self.clusters):
            ctype = self.cluster_type(c)
            for name in sorted({fold(x.text) for x in c.mentions}, key=len, reverse=True):
                parts = name.split()
                if len(words) == 1 and len(parts) > 1:
                    w = words[0]
                    if ctype is EntityType.PERSON and m.type in (EntityType.PERSON, EntityType.ORGANIZATION,
                                                                  EntityType.GPE) and w == parts[-1]:
                        return c.id
                    if (ctype is not EntityType.PERSON and len(parts) == 2 and w == parts[0] and m.entry is None
                            and parts[1].lower() in PLACE_HEADS):
                        return c.id     # "Heathrow" after "Heathrow Airport", "Apapa" after "the Apapa port"
                    if ctype is not EntityType.PERSON and w.isupper() and 2 <= len(w) <= 6 and w == acronym(name):
                        return c.id
                    if ctype is EntityType.ORGANIZATION and m.type in (EntityType.ORGANIZATION, EntityType.PERSON) \
                            and w == parts[0] and m.entry is None:
                        return c.id     # "Nordwind" after "Nordwind Energy", whatever the NER called it
                    if (ctype is EntityType.ORGANIZATION and len(parts) == 2 and w == parts[-1] and m.entry is None
                            and m.type is not EntityType.PERSON and w[:1].isupper() and not w.isupper()
                            and w.lower() not in ORG_HEADS | ORG_SUFFIXES | INSTITUTION_NOUNS):
                        return c.id     # "United" after "Manchester United", "Rovers" after "Blackburn Rovers"
                if (len(words) > 1 and len(parts) > len(words) and ctype is m.type
                        and parts[-len(words):] == words and ctype is EntityType.PERSON):
                    return c.id
        return given if given is not None else self._head_short_form(m)

    def _given_name_match(self, m: Mention, words: list[str]) -> int | None:
        """The one person whose name starts with a single-word mention the gazetteer does not know: a family name
        written first ("Park Min-seo ... Park", "Kim Hyun-tak ... Kim") or a given name used alone. None when two
        people of the article share that first word, or the word is a title."""
        if len(words) != 1 or m.entry is not None or m.type is EntityType.GROUP or words[0].lower() in TITLE_WORDS:
            return None
        found = {c.id for c in self.clusters if c.mentions and self.cluster_type(c) is EntityType.PERSON
                 and any(len(n.split()) in (2, 3) and fold(n).split()[0] == words[0] for n in c.names)}
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

    # pronouns and descriptions

    def resolve_references(self) -> None:
        doc = self.doc
        pos_of = arrays(doc).pos
        for tok in doc:
            if pos_of[tok.i] not in ("PRON", "NOUN"):
                continue    # every reading below is of a pronoun or a common noun
            low = tok.lower_
            lemma = tok.lemma_.lower()
            speaker = self._speaker_of_complement(tok)
            conditional = speaker is None
            if speaker is None:
                speaker = self._main_clause_subject(tok)     # "the country risks fines if it misses ..."
            if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.i not in self.token_cluster and (
                    cid := named_kind(self, tok)) is not None:
                pass    # "the Verdi union", "the Labour party": the name is that union's, that party's
            elif lemma in GOVERNMENT_NOUNS and tok.i not in self.token_cluster and tok.tag_ == "NN" and (
                    cid := demonym_state(self, tok)) is not None:
                pass    # "the Canadian government": Canada
            elif (tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.i not in self.token_cluster
                    and tok.head.i in self.token_cluster and lemma in DESCRIPTIONS and tok.head.i < tok.i
                    and self._fits_type(self.token_cluster[tok.head.i], DESCRIPTIONS[lemma])):
                cid = self.token_cluster[tok.head.i]    # "Statnett, the state-owned grid operator": that name
            elif tok.pos_ == "PRON" and low == "it" and evaluated_situation(tok):
                cid = None  # "X said it was unfair": the matter, not X
            elif tok.pos_ == "PRON" and low in lx.THING_PRONOUNS | lx.PERSON_PRONOUNS and self._accused_between(tok):
                cid = None  # "Aldor sued Bexin, claiming it had copied ...": the accuser or the accused
            elif tok.pos_ == "PRON" and low in lx.PERSON_PRONOUNS and (cid := self._own_subject(tok, person=True)) \
                    is not None:
                pass    # "Markram admitted that his batters ...", "her client had repaid by selling her house"
            elif tok.pos_ == "PRON" and low in lx.PERSON_PRONOUNS:
                if speaker is not None and self.cluster_type(self.clusters[speaker]) is EntityType.PERSON and \
                        gender_fits(self, tok, speaker):
                    cid = speaker   # "Stahl said he would ...": the speaker
                else:
                    cid = self._antecedent(tok, {EntityType.PERSON})
            elif tok.pos_ == "PRON" and low == "they" and (cid := they_body(self, tok)) is not None:
                pass    # "Meridian Bank posted record profits. They said ...": the bank
            elif tok.pos_ == "PRON" and low == "their" and tok.dep_ == "poss" and tok.head.lemma_.lower() in lx.TITLE_NOUNS:
                # "Their leader, Ed Davey": the body named just before (a party, a union, a country)
                cid = self._antecedent(tok, {EntityType.ORGANIZATION, EntityType.GPE}, window=1)
            elif tok.pos_ == "PRON" and low == "you" and self._in_quote(tok):
                cid = self._addressee(tok)
            elif tok.pos_ == "PRON" and low in lx.THING_PRONOUNS:
                if speaker is not None and tok.dep_ in ("nsubj", "nsubjpass") and self._thing(speaker):
                    cid = speaker   # "the publisher said it would reassess": the speaker
                    if conditional and thing_between(self, tok, cid):
                        cid = None  # "Rome would back the deal only if it contained ...": the deal, maybe
                elif (cid := self._own_subject(tok)) is not None:
                    pass    # "the French government told its allies": the subject of its own clause
                elif thing_owner(self, tok):
                    cid = None      # "the planet lost its atmosphere": a thing's own, no name's
                elif (cid := self._coordinated_owner(tok)) is not None:
                    pass    # "Altair's board and its founder": the owner named in the same list
                else:
                    # an object "it" is most often a thing ("detonated it"): only an actor of its own sentence
                    window = 2 if tok.dep_ in ("nsubj", "nsubjpass", "poss") else 0
                    cid = self._antecedent(tok, {EntityType.ORGANIZATION, EntityType.GPE}, window=window)
                    if cid is not None and window == 0 and thing_between(self, tok, cid):
                        cid = None  # "X made a bid, but Y rejected it": the bid, not X
                    elif cid is not None and window and thing_subject_before(self, tok):
                        cid = None  # "The vessel was carrying crude. Its crew were rescued": the vessel's
            elif tok.pos_ == "NOUN" and tok.i not in self.token_cluster and (cid := owned_description(self, tok)) \
                    is not None:
                pass    # "Cole said his party would ...": the party of his title; "his client": the lawyer's
            elif (tok.pos_ == "NOUN" and lemma in lx.TITLE_NOUNS and tok.i not in self.token_cluster
                  and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
                  and (cid := self._titled_person(tok)) is not None):
                pass    # "the Russian leader" -> the person titled with "Russian" earlier
            elif tok.pos_ == "NOUN" and tok.tag_ != "NNS" and tok.i not in self.token_cluster and (
                    cid := titled_name(self, tok, DESCRIPTIONS.get(lemma))) is not None:
                pass    # "hired the cybersecurity firm Mandiant": the firm is Mandiant
            elif tok.pos_ == "NOUN" and tok.tag_ != "NNS" and tok.i not in self.token_cluster and any(
                    c.lower_ == "the" and c.dep_ == "det" for c in tok.children) and not any(
                    c.dep_ in ("prep", "relcl", "nummod", "poss") for c in tok.children):
                modified = any(c.dep_ in ("amod", "compound") for c in tok.children)
                # "X has raised $5m in a round led by Y, the company said": X reports on itself (Y, right before
                # the comma, is no name the description is in apposition to)
                cid = self._reported_subject(tok, DESCRIPTIONS[lemma]) if lemma in DESCRIPTIONS else None
                if cid is None and modified and lemma in DESCRIPTIONS:
                    cid = self._named_by_modifier(tok, DESCRIPTIONS[lemma])     # "the central bank": "Central Bank of X"
                if cid is None:
                    cid = None if modified or lemma in GOVERNMENT_NOUNS else described_as(self, tok, DESCRIPTIONS.get(lemma))
                if cid is None and not modified:
                    cid = self._named_head(tok)
                if cid is None and lemma in DESCRIPTIONS and speaker is not None:
                    cid = self._affiliation(speaker, DESCRIPTIONS[lemma])   # "HHLA's chief said the company ..."
                    if cid is not None and not self._fits_heads(self.clusters[cid], DESCRIPTION_HEADS.get(lemma)):
                        cid = None  # "European Council President Costa said the bloc": the bloc is no council
                if cid is None and lemma in GOVERNMENT_NOUNS:
                    cid = home_state(self, tok) if national(tok) else None     # the state the story is about
                elif cid is None and lemma == "country" and not state_in_sentence(self, tok):
                    cid = home_state(self, tok)     # "Monash University, the country's biggest": the story's
                elif cid is None and lemma in DESCRIPTIONS:
                    heads = DESCRIPTION_HEADS.get(lemma) or (frozenset({lemma}) if lemma in NAMED_BODIES else None)
                    kind = lemma in PUBLIC_KINDS and any(c.dep_ == "compound" and c.pos_ == "NOUN"
                                                         for c in tok.children)
                    if kind:    # "the port authority": a kind of public body, whose name must say it (no union)
                        heads = (heads or frozenset()) | {lemma}
                    outsider = speaker if speaker is not None else commentators_body(self, tok)
                    cid = (self._antecedent(tok, {DESCRIPTIONS[lemma]}, window=5, heads=heads, exclude=outsider)
                           if heads else None)
                    if cid is None and lemma not in NAMED_BODIES and not kind:
                        cid = self._antecedent(tok, {DESCRIPTIONS[lemma]}, window=5, exclude=outsider,
                                               states=lemma in STATE_NOUNS)
                if cid is None:
                    continue
            else:
                continue
            if cid is not None:
                self.pronoun_cluster[tok.i] = cid

    @staticmethod
    def _fits_heads(c: Cluster, heads: frozenset | None) -> bool:
        """Whether some name of a cluster ends in one of ``heads``, or its gazetteer entry is of a kind among them
        ("the alliance" -> "NATO", an intergovernmental body); any cluster fits where ``heads`` is None."""
        return heads is None or any(n.split()[-1].lower().endswith(h) for n in c.names for h in heads) or (
            c.entry is not None and c.entry.kind in heads)

    def _fits_type(self, cid: int, etype: EntityType) -> bool:
        """Whether a cluster can be what a description of that type describes (an organisation's also a group, or
        a one-word name only the NER's guess makes a person)."""
        c = self.clusters[cid]
        ctype = self.cluster_type(c)
        return ctype is etype or etype is EntityType.ORGANIZATION and (ctype is EntityType.GROUP
                                                                          or unsupported_person(self, c))

    def _thing(self, cid: int) -> bool:
        """Whether "it" may stand for a cluster: no person, or one only the NER's guess makes a person (a one-word
        unknown name with no title and no "he" or "she": :func:`kg.extract.retype.unsupported_person`)."""
        c = self.clusters[cid]
        return self.cluster_type(c) is not EntityType.PERSON or unsupported_person(self, c) or \
            unsupported_full_name(self, c)     # "Nordea Retail said it ...": no given name, no person

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

    def _own_subject(self, tok: Token, person: bool = False) -> int | None:
        """For a possessive "its", the organisation or state that is the subject of its own clause, named before it:
        "the French government had told its allies" (not a country named earlier in the sentence); with
        ``person``, for "his"/"her", the person of that gender ("Markram admitted that his batters ...", "her
        client had repaid by selling her house")."""
        if tok.dep_ != "poss":
            return None

        def fits(cid: int | None) -> bool:
            if cid is None:
                return False
            if person:
                return self.cluster_type(self.clusters[cid]) is EntityType.PERSON and gender_fits(self, tok, cid)
            return self.cluster_type(self.clusters[cid]) in (EntityType.ORGANIZATION, EntityType.GPE)

        speaker = self._speaker_of_complement(tok.head)     # "X said its air defences had ...": the speaker
        if speaker is not None and (fits(speaker) if person else self._thing(speaker)):
            return speaker
        verb = tok.head
        while verb.dep_ not in ("ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl") and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head    # "It reported ... and counts Airbus among its customers": the shared subject
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i:
                cid = self._actor_cluster(c)
                if fits(cid):
                    return cid
        return None

    def _actor_cluster(self, tok: Token) -> int | None:
        """The cluster a subject stands for: its own, or for a body with no name of its own, the state or firm that
        owns it ("Russia's defence ministry", "the Siemens board")."""
        cid = self.token_cluster.get(tok.i, self.pronoun_cluster.get(tok.i))
        if cid is None and tok.pos_ == "NOUN":     # "its owner IAG said": the name in apposition
            cid = next((self.token_cluster[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.token_cluster),
                       None)
        if cid is not None or tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in INSTITUTION_NOUNS | {
                "board"}:
            return cid
        owners = {self.token_cluster.get(c.i, self.pronoun_cluster.get(c.i)) for c in tok.children
                  if c.dep_ in ("poss", "compound") and c.i < tok.i} - {None}
        owners = {o for o in owners if self.cluster_type(self.clusters[o]) in (EntityType.ORGANIZATION,
                                                                                EntityType.GPE)}
        return owners.pop() if len(owners) == 1 else None

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

    def sentence_start(self, i: int) -> int:
        """The index of the first token of the sentence holding token ``i``."""
        return self.sent_starts[bisect_right(self.sent_starts, i) - 1]

    def _in_quote(self, tok: Token) -> bool:
        """Whether an odd number of quotation marks stands between the sentence start and the token."""
        start = self.sentence_start(tok.i)
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
            head = self.doc[m.end - 1]
            if m.start < tok.i and m.end - m.start > 1 and head.lemma_.lower() == lemma and (
                    head.tag_ == "NNS") == (tok.tag_ == "NNS"):
                return m.cluster    # of the same number: "the government" is none of "African governments"
        return None

    @staticmethod
    def _public_body(c: Cluster) -> bool:
        """Whether a cluster is a state's or states' body (by its gazetteer entry or its head noun): no company."""
        return c.entry is not None and c.entry.kind in ("government", "intergovernmental") or any(
            n.split()[-1].lower() in PUBLIC_HEADS for n in c.names)

    def _named_by_modifier(self, tok: Token, etype: EntityType) -> int | None:
        """The one body named before whose name holds a description's modifiers and its noun: "the central bank"
        -> "the Central Bank of Nigeria" (not "First Bank", named since), "the state oil company" -> "State Oil
        Company"; None when no name or two names do."""
        words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha]
        if not words:
            return None
        want = {*words, tok.lower_}
        found = {m.cluster for m in self.mentions if m.start < tok.i and m.cluster >= 0
                 and self._fits_type(m.cluster, etype)
                 and any(want <= set(n.lower().split()) for n in self.clusters[m.cluster].names)}
        if not found and want == {"central", "bank"}:   # "the Bank of Ghana", "the Bundesbank": a state's bank
            found = {m.cluster for m in self.mentions if m.start < tok.i and m.cluster >= 0
                     and any(self._state_bank(n, self.clusters[m.cluster].entry) for n in self.clusters[m.cluster].names)}
        return found.pop() if len(found) == 1 else None

    def _state_bank(self, name: str, entry: GazEntry | None) -> bool:
        """Whether a name is a state's bank: a government body the gazetteer knows with "bank" or "reserve" in its
        name ("Bundesbank", "Federal Reserve"), or "Bank of" a country ("Bank of Ghana")."""
        words = name.lower().split()
        if entry is not None and entry.kind in ("government", "intergovernmental"):
            return any(w.endswith("bank") or w == "reserve" for w in words)
        place = self.gaz.lookup(name.split(" of ", 1)[1]) if words[:2] == ["bank", "of"] else None
        return place is not None and place.kind == "country"

    def _reported_subject(self, tok: Token, etype: EntityType) -> int | None:
        """For a description that reports a clause before it ("Lumen has raised $5 million, the company told
        reporters"), the subject of that clause when it fits the description's type: the speaker reports on itself."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in lx.REPORTING_VERBS:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i):
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                cid = self._actor_cluster(subj)
                if cid is not None and self._fits_type(cid, etype):
                    return cid
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
                return self._actor_cluster(subjects[0])
            if gov.dep_ not in ("advcl", "conj", "xcomp"):
                return None
            gov = gov.head
        return None

    def _accused_between(self, tok: Token) -> bool:
        """Whether the subject pronoun of a claim made in a participle ("Aldor sued Bexin, claiming it had copied
        a drug", "Lopez attacked Reed, saying he had lied") has two candidates of one type: the subject of the main
        verb, who claims, and its object, of whom the claim is most often made. Neither is sure."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return False
        gov = tok.head.head
        if gov.lemma_.lower() not in lx.REPORTING_VERBS | lx.DENIAL_VERBS or gov.dep_ not in ("advcl", "conj") \
                or any(c.dep_ == "nsubj" for c in gov.children):
            return False
        main = gov.head
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in main.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None:
            return False
        a, b = self._actor_cluster(subj), self.cluster_of_token(obj)
        return a is not None and b is not None and a != b and self._thing(a) == self._thing(b)

    def _coordinated_owner(self, tok: Token) -> int | None:
        """For a possessive "its" in a list, the organisation or state that owns the other member: "Altair's board
        and its founder" -> Altair."""
        if tok.dep_ != "poss":
            return None
        noun = tok.head
        for other in (*noun.conjuncts, ):
            for c in other.children:
                cid = self.token_cluster.get(c.i)
                if c.dep_ == "poss" and cid is not None and self.cluster_type(self.clusters[cid]) in (
                        EntityType.ORGANIZATION, EntityType.GPE):
                    return cid
        return None

    def _antecedent(self, tok: Token, types: set[EntityType], window: int = 4, heads: frozenset | None = None,
                    exclude: int | None = None, states: bool = False) -> int | None:
        """The nearest preceding mention of a fitting type, preferring subjects, within a few sentences; with
        ``states``, only a country the gazetteer knows ("the government" is no town's)."""
        sent_starts = self.sent_starts
        sent_index = bisect_right(sent_starts, tok.i) - 1
        lower = sent_starts[max(0, sent_index - window)]
        best, best_score = None, None
        resolved = [Mention(i, i + 1, self.doc[i].text, EntityType.ORGANIZATION, cluster=cid)
                    for i, cid in self.pronoun_cluster.items() if self.doc[i].pos_ == "NOUN" and not any(
                        c.dep_ == "appos" and self.token_cluster.get(c.i) == cid for c in self.doc[i].children) or (
                        tok.lower_ in lx.PERSON_PRONOUNS and self.doc[i].lower_ in lx.PERSON_PRONOUNS
                        and self.doc[i].dep_ in ("nsubj", "nsubjpass"))]    # "... she said. Her pieces": a chain
        for m in self.mentions + resolved:
            if m.start >= tok.i or m.start < lower or m.adjective:
                continue
            c = self.clusters[m.cluster]
            if m.cluster == exclude or self.cluster_type(c) not in types and not (
                    (tok.lower_ in lx.THING_PRONOUNS and (unsupported_person(self, c) or unsupported_full_name(self, c)))
                    or tok.pos_ == "NOUN" and EntityType.ORGANIZATION in types
                    and self.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")
                    and unsupported_person(self, c)):     # "Lumen declined ... The company": a one-word name that acts
                continue
            if states and (c.entry is None or c.entry.kind not in ("country", "territory")):
                continue
            if tok.lemma_.lower() in COMPANY_NOUNS and self._public_body(c):
                continue    # "The European Commission fined Meta. The company said ...": no agency is a company
            named_head = self.doc[m.end - 1]
            if tok.pos_ == "NOUN" and named_head.dep_ == "compound" and named_head.head.lemma_.lower() in SCHEME_NOUNS:
                continue    # "under its Artemis programme": the name of a programme, no body
            if tok.lower_ in lx.PERSON_PRONOUNS and not gender_fits(self, tok, m.cluster):
                continue    # "Lopez accused him ... Reed said she": not Reed, whom the article called "he"
            if tok.lemma_.lower() in ("city", "town") and c.entry is not None and c.entry.kind in ("country",
                                                                                                   "territory"):
                continue    # "the city" is no country ("China's foreign ministry ... the city's affairs")
            named = self.doc[m.end - 1]
            if tok.pos_ == "NOUN" and tok.tag_ != "NNS" and named.conjuncts and all(
                    t.i in self.token_cluster for t in named.conjuncts) and \
                    len({self.token_cluster.get(t.i) for t in (named, *named.conjuncts)}) > 1:
                continue    # "Maersk and MSC diverted ships ... the company said": neither of a pair alone
            while named.dep_ in ("appos", "conj") and named.head.i < named.i:
                named = named.head      # "in Troy, Michigan": the place the apposition extends
            if tok.lower_ in lx.THING_PRONOUNS and named.dep_ == "pobj" and \
                    named.head.lower_ in PLACE_PREPOSITIONS | {"from", "to", "over"} and not (
                    named.head.lower_ == "in" and named.head.head.pos_ == "NOUN"
                    and self.cluster_type(c) is EntityType.ORGANIZATION):
                continue    # "from Johannesburg ... it would help": a place named in passing is not "it"
                # (a firm a noun is "in" is: "Shares in Orlo Energy fell after its chief executive resigned")
            if not self._fits_heads(c, heads):
                continue    # "the regulator" -> "... Authority"; "the bank" -> "Bundesbank"
            if tok.lemma_.lower() in BUSINESS_NOUNS and not business_kind(self, m.cluster, tok.i):
                continue    # "The Unite union called a strike at Harbor Logistics. The firm said": no union
            head = self.doc[m.start:m.end].root     # "The Institute of Directors": its head is "Institute"
            if head.dep_ in ("poss", "compound") and head.head.lemma_.lower() in INSTITUTION_NOUNS | {"board"}:
                head = head.head    # "Russia's defence ministry said ...": Russia acts as the subject
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
        cols = arrays(self.doc)
        if cols.pos[tok.i] == "PRON":
            if tok.i not in self._sets:
                self._sets[tok.i] = they_members(self, tok)
            return self._sets[tok.i]
        if cols.pos[tok.i] != "NOUN" or cols.tag[tok.i] != "NNS" and tok.lemma_.lower() not in SET_COUNTS:
            return []
        if tok.i not in self._sets:
            self._sets[tok.i] = self._set_members(tok)
        return self._sets[tok.i]

    def _set_members(self, tok: Token) -> list[int]:
        lemma = tok.lemma_.lower()
        count = next((COUNTS[c.lower_] for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")
                      and c.lower_ in COUNTS), SET_COUNTS.get(lemma))
        definite = count == 2 and any(c.lower_ == "both" for c in tok.children) or any(
            c.dep_ in ("det", "poss") for c in tok.children)
        if lemma in PARTY_NOUNS:    # "the two sides", "the pair": the latest pair of names of one kind
            return coordinated_set(self, tok, count) if count is not None and definite else []
        etype = PLURAL_TYPES.get(lemma) or DESCRIPTIONS.get(lemma) or (
            EntityType.PERSON if lemma in lx.TITLE_NOUNS else None) or (
            EntityType.ORGANIZATION if lemma.endswith("maker") and lemma not in ("filmmaker", "peacemaker") else None)
        if count is None or not definite or etype is None:
            return []
        live = [c for c in self.clusters if c.mentions and self.cluster_type(c) is etype
                and not all(m.adjective for m in c.mentions)]
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
        if longer or len(recent) == count:
            return recent if len(recent) == count and not longer else []
        if any(t.pos_ == "PROPN" and t.dep_ != "compound" and len(t.conjuncts) + 1 == count
               and all(c.pos_ == "PROPN" for c in t.conjuncts) for t in self.doc[lower:tok.i]):
            return []   # "mines run by X and Y, and both companies": that pair, even where no entity
        return earlier_set(self, tok, count) or salient_set(self, live, tok, count)

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

    def forget(self, c: Cluster) -> None:
        """Drop a cluster: its names become plain words, and what was resolved to it is unresolved."""
        for m in c.mentions:
            for i in range(m.start, m.end):
                self.token_cluster.pop(i, None)
        self.mentions = [m for m in self.mentions if m.cluster != c.id]
        c.mentions = []
        for i in [i for i, cid in self.pronoun_cluster.items() if cid == c.id]:
            del self.pronoun_cluster[i]

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
            r.forget(c)


def without_suffix(name: str) -> str | None:
    """An organisation's name without its legal-form suffix, normalised ("Lyric Robotics Inc." -> "lyric
    robotics", "Corvane plc" -> "corvane"); the name itself normalised when it has none; None for an empty rest."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().rstrip(".").replace(".", "") in ORG_SUFFIXES:
        words.pop()
    return norm_name(" ".join(words)) or None


def drop_bare_heads(r: Resolver) -> None:
    """Forget the clusters named only by a capitalised head noun that two bodies named before could be short for ("the
    Government" after both "the Albanese Government" and "the Queensland Government"): which body it is, the text
    does not say, and a node labelled "Government" tells a reader nothing."""
    for c in r.clusters:
        if c.mentions and c.entry is None and all(m.start in r.ambiguous_heads for m in c.mentions):
            r.forget(c)


# Words of a body's name that every state's body of that kind shares: "the Supreme Court", "Congress".
GENERIC_NAME_WORDS = frozenset("""the supreme high federal constitutional national central court congress senate
parliament assembly house council cabinet treasury""".split())


def unlink_foreign_generics(r: Resolver) -> None:
    """Unlink a body named only by words every state's body of its kind shares ("the Supreme Court", "Congress")
    when the gazetteer's entry is another state's than the one the article names most: in a story about Nigeria
    the Supreme Court is Nigeria's, not the Supreme Court of the United States."""
    salience = state_salience(r, len(r.doc))
    if not salience:
        return
    home = max(salience, key=salience.get)
    for c in r.clusters:
        if not c.mentions or c.entry is None or c.entry.type is not EntityType.ORGANIZATION or not all(
                w.lower() in GENERIC_NAME_WORDS for m in c.mentions for w in m.text.split()):
            continue
        words = c.entry.label.split()
        owners = {e.label for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1)
                  if (e := r.gaz.lookup(" ".join(words[i:j]))) is not None and e.kind == "country"}
        if owners and home not in owners:
            c.entry = None
            for m in c.mentions:
                m.entry = None


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
    drop_bare_heads(r)
    unlink_foreign_generics(r)
    retype_single_names(r)
    return r
