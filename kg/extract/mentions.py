"""Entity mentions and clusters, the name normalisation they share, and the word lists that type them
(used by :mod:`kg.extract.finding`, :mod:`kg.extract.clustering`, :mod:`kg.extract.antecedents` and
:class:`kg.extract.entities.Resolver`)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.namecues import SCORE
from kg.gazetteer import GazEntry
from kg.types import EntityType


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
               "station": EntityType.LOCATION, "reactor": EntityType.LOCATION, "base": EntityType.LOCATION,
               # land and water by their kind: "the Reykjanes peninsula", "the Atacama desert", "the Kerch strait",
               # "Samar island", "the Lofoten islands"
               **dict.fromkeys("peninsula desert valley basin strait delta plateau island archipelago".split(),
                               EntityType.LOCATION)}
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
# Last words of the names of prizes and honours ("the Kossuth Prize", "the Golden Ball award"): no actors
AWARD_HEADS = frozenset("prize prizes award awards medal honour honor".split())
# Compass words before a continent that name a region of it ("West Africa", "Southeast Asia"): a place, no state
COMPASS_WORDS = frozenset("""north south east west northern southern eastern western central northeast northwest
southeast southwest""".split())
# Last words of clubs' names ("Dravograd Rovers", "Leeds United"): never of a person's or a place's
CLUB_WORDS = frozenset("united rovers wanderers athletic albion hotspur fc afc".split())
ORG_SUFFIXES = frozenset("""inc corp co ltd plc llc llp ag gmbh sa se nv bv spa ab asa oyj kk""".split())
PLACE_HEADS = frozenset("""telescope station bridge airport dam plant crossing gate square street road avenue
hospital museum stadium palace tower canal river lake mountain mount island peninsula valley desert sea ocean
bay coast strait port harbour harbor base reactor mine field park building center centre""".split())
# Fields before "Center"/"Centre" that make the name an institution's ("the Hisham Mubarak Law Center", "the
# European Cybercrime Centre", "the Quantum Energy Research Centre"), not a building's ("West End Community Centre")
FIELD_CENTRE_WORDS = frozenset("""law legal research medical cancer policy rights data health studies study cybercrime
security training science sciences""".split())


def institution_centre(words: list[str]) -> bool:
    """Whether a name's last words are a field and "Center"/"Centre": an institution with staff, a body."""
    return len(words) >= 2 and words[-1].lower() in ("center", "centre") and words[-2].lower() in FIELD_CENTRE_WORDS


QUOTES = frozenset({'"', "“", "”", "``", "''", "'", "‘", "’"})
PLACE_PREPOSITIONS = frozenset("in at near into inside outside across around throughout".split())
ORG_NOUNS = ("publisher maker manufacturer carrier lender insurer retailer airline automaker carmaker giant operator "
             "developer producer supplier conglomerate startup broadcaster newspaper network utility miner "
             "organisation organization institution body commission authority tribunal court union charity "
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
# Trades a firm is described by once named ("Indian Oil ... The refiner"), which no other rule reads as a body
TRADE_NOUNS = "refiner brewer steelmaker chipmaker drugmaker planemaker shipbuilder shipper".split()
DESCRIPTIONS = {**{w: EntityType.ORGANIZATION for w in ORG_NOUNS + TRADE_NOUNS},
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
                                                                 "chairperson"} | {
    # ranks of armed forces and police, and titles of faith and rule: "Commodore Ana Reyes", "Field Marshal X"
    "commodore", "brigadier", "marshal", "corporal", "rear", "archbishop", "imam", "rabbi", "inspector",
    "superintendent", "constable", "detective", "commissioner"}     # not "emir": a given name too ("Emir Kusturica")
OFFICE_WORDS = frozenset("minister secretary ministry".split())
# Honorifics written only before a person's name: "Ms Kamau" is a person however the NER typed it ("MS Dhoni" are
# initials, and "Dr" and "Sir" lead brands and bodies too: "Dr Martens", "Dr. Reddy's")
SURNAME_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms.".split())
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
capsule capsules satellite satellites telescope
painkiller injection pill pills token tokens coin coins stablecoin""".split())
# Craft whose names are the craft's alone, never their makers' ("the Orion capsule", "the Perseverance rover";
# "Boeing jets" and "Samsung phones" are the makers')
CRAFT_NOUNS = frozenset("capsule spacecraft satellite telescope lander rover".split())   # not "probe": "an EU probe"
# Words between "known" and the other name it gives ("known as MST", "known by its initials MST")
KNOWN_AS = frozenset("as initials acronym abbreviation name".split())
# Offices of a federation's states, written after the state's name ("New York Governor", "Georgia Sen.")
STATE_OFFICES = frozenset("""Governor Gov. Gov Lt. Lieutenant Senator Sen. Sen Rep. Representative Congressman
Congresswoman Assemblyman Assemblywoman Legislature""".split())
# Made things an apposition may call a name ("Medora, a records system"), besides PRODUCT_NOUNS
WARE_NOUNS = frozenset("""system software program programme browser chatbot game videogame medicine app application
treatment therapy pill medication injection jab device gadget console handset headset wearable""".split())
# Vessels a name may follow ("the tanker Nordic Grace") or be called in apposition ("X, a container ship"); never
# after a name ("Maersk ships" are a firm's), and never "carrier" (an airline)
VESSEL_NOUNS = frozenset("""ship tanker vessel freighter ferry yacht warship frigate destroyer submarine cruiser
liner trawler""".split())
# Nouns after a name that make it a make of computers ("Copilot PCs", "Surface laptops")
MACHINE_NOUNS = frozenset("pc pcs computer computers laptops notebook notebooks".split())
# Model designations: a letter or two (three with a hyphen) and digits, "A321XLR", "F-35", "Su-57", "S-400", "B737"
MODEL_CODE = re.compile(r"[A-Z][A-Za-z]?\d{3,}[A-Za-z]*|[A-Z][A-Za-z]{0,2}-\d{2,}[A-Za-z]*")
# Last words of competitions, and of places the NER calls organisations, and first words of places
EVENT_HEADS = frozenset("""open cup championship championships games olympics tournament trophy prix contest festival
summit marathon triathlon derby expo biennale""".split())
# Head words of laws and treaties ("the British Museum Act", "the European Convention on Human Rights"): no actors
LAW_HEADS = frozenset("act convention treaty agreement accord protocol directive charter bill".split())
# Places of worship: "Canterbury Cathedral" is a place ("the Church of England" is a body, so not "church")
WORSHIP_HEADS = frozenset("cathedral abbey mosque temple chapel basilica monastery shrine minster".split())
# Last words of the names of institutions that have staff and act, though the NER calls them facilities: a body
STAFFED_HEADS = frozenset("hospital clinic school academy museum university college institute foundation".split())
STREET_HEADS = frozenset("""arena stadium square street road avenue boulevard bridge canal river lake island bay
strait crossing""".split())
PLACE_FIRST_WORDS = frozenset("place rue piazza plaza avenida calle mount lake".split())
# The first word of a place's name in French, Spanish, Italian or Portuguese when a particle follows it ("Col du
# Tourmalet", "Plateau de Beille", "Lago di Garda", "Cerro de Pasco"); not "Monte", a bank's name too ("Monte dei
# Paschi"), nor "Banco", "Casa" or "Porto"
ROMANCE_PLACE_WORDS = frozenset("""col plateau pic pico lac lago sierra cerro isla île ile golfe golfo baie bahía bahia
cabo playa praia vallée valle laguna punta pointe passo colle mont montagne""".split())
# The first word of a stage race's name before a particle ("Tour de France", "Giro d'Italia", "Vuelta a España")
RACE_FIRST_WORDS = frozenset("tour giro vuelta volta".split())
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
    if text.isascii():
        return text     # (NFKD leaves ASCII as it is, and it has no combining marks or letters to replace)
    text = text.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "ı": "i"})


def inside_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens are part of a hyphenated or dotted word ("Fi" of "Wi-Fi", "Smith" of "a Smith–Jones bill",
    "US" of "Binance.US")."""
    cols = arrays(doc)      # asked of every name: columns, not Tokens
    text, space, n = cols.text, cols.space_after, cols.n

    def glued(i: int) -> bool:
        return 0 < i < n - 1 and text[i] in "-–—" and not space[i] and not space[i - 1]
    return glued(start - 1) or glued(end) and not place_based(doc, end) or inside_dotted(doc, start, end)


def hyphen_given_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word name is glued by a hyphen to a short lowercase word after it and follows a short
    capitalised one: the first part of an East Asian given name after the surname ("Moon" of "Kim Moon-soo",
    "Wen" of "Ko Wen-je"), not a place before a participle, an adjective or a noun ("Moscow-led", "Iran-backed",
    "Kremlin-friendly", "the Trump-era rules")."""
    cols = arrays(doc)
    text, space = cols.text, cols.space_after
    if end - start != 1 or start == 0 or end + 1 >= cols.n or text[end] != "-" or space[end] or space[end - 1]:
        return False
    piece, surname = end + 1, start - 1
    word, pos = text[piece], cols.pos
    return (cols.is_alpha[piece] and word.islower() and 2 <= len(word) <= 6 and pos[piece] in ("PROPN", "NOUN")
            and not word.endswith("ed") and cols.lower[piece] not in COMPOUND_TAILS
            and cols.is_title[surname] and cols.is_alpha[surname] and len(text[surname]) <= 5
            and pos[surname] == "PROPN")


# Nouns that close a compound modifier after a name ("the Trump-era rules", "a Europe-wide ban")
COMPOUND_TAILS = frozenset("era area wide style type class level zone bloc size scale run made born owned".split())


def place_based(doc: Doc, i: int) -> bool:
    """Whether the hyphen at ``i`` joins a place's name to "based" ("a Dar es Salaam-based miner"): the name is the
    place's, whole, not part of a word."""
    cols = arrays(doc)
    return i + 1 < cols.n and cols.text[i] == "-" and cols.lower[i + 1] == "based" and cols.text[i - 1][:1].isupper()


def inside_dotted(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens are part of a dotted word: "UK" of "Harbor.UK", "Kestrel" of "Kestrel.io"."""
    cols = arrays(doc)
    text, space, alpha, n = cols.text, cols.space_after, cols.is_alpha, cols.n

    def glued(i: int) -> bool:
        return 0 < i < n - 1 and text[i] == "." and not space[i] \
            and not space[i - 1] and alpha[i - 1] and alpha[i + 1]
    return glued(start - 1) or glued(end)


def article_of_name(doc: Doc, i: int) -> bool:
    """Whether a capital article before the name at token ``i`` is part of it ("group An Taisce", "in A Coruna"):
    inside a sentence and not after a quote mark."""
    if i <= 1:
        return False
    cols = arrays(doc)
    return cols.text[i - 1] in ("A", "An") and not cols.is_sent_start[i - 1] and cols.text[i - 2] not in QUOTES


# Words of scale after a number: an amount the NER ran into the name before it ("fined Apple 1.8 billion euros")
AMOUNT_SCALES = frozenset("million billion trillion mn bn m".split())


def clean_name(span: Span) -> tuple[int, int]:
    """Token offsets of the name without a leading article and trailing possessive, score or amount."""
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
                           or SCORE.fullmatch(text[end - 1])):
        end -= 1    # and a score the NER took into a club's name: "Inter Milan 2-1"
    if end - start > 3 and SCORE.fullmatch("".join(text[end - 3:end]).replace(" ", "")):
        end -= 3    # the same score in three tokens
    if end - start > 2 and lower[end - 1] in AMOUNT_SCALES and cols.like_num[end - 2]:
        end -= 1
        while end > start + 1 and cols.like_num[end - 1]:
            end -= 1    # "Apple 1.8 billion" of "fined Apple 1.8 billion euros": the amount after the name
    for i in range(start, end):     # "World Health Organization (WHO": an unclosed bracket ends the name
        if text[i] in "([" and not any(text[k] in ")]" for k in range(i, end)):
            end = i
            break
    for i in range(start + 1, end):
        if text[i] in QUOTES and len(text[i - 1]) > 1 and text[i - 1].endswith("."):
            end = i     # 'wrote on X. "Brightwell built ...': a sentence ended before the quote the NER ran over
            break
    return start, end


def without_suffix(name: str) -> str | None:
    """An organisation's name without its legal-form suffix, normalised ("Lyric Robotics Inc." -> "lyric
    robotics", "Corvane plc" -> "corvane"); the name itself normalised when it has none; None for an empty rest."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().rstrip(".").replace(".", "") in ORG_SUFFIXES:
        words.pop()
    return norm_name(" ".join(words)) or None


def acronym(name: str) -> str:
    """ "Competition and Markets Authority" -> "CMA"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ACRONYM_STOP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()
