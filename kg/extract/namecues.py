"""What the words around a name say about its type: "Telvia's shares", "the town of Marathon", "the Kourou
spaceport", "economists at Mizuho", "the journal Nature", "Benfica president Rui Costa".

The small NER model types a name from the name alone and often wrongly (a firm a place, a club a city, a town a
person). A name the gazetteer does not know gets its type by a vote over its mentions (kg.extract.entities);
these cues add votes from the phrase each mention stands in. Every cue is a closed list of head words, so an
unknown context says nothing.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.givennames import starts_like_a_person
from kg.types import EntityType

ORG, GPE, LOC, GROUP, EVENT, PERSON = (EntityType.ORGANIZATION, EntityType.GPE, EntityType.LOCATION,
                                       EntityType.GROUP, EntityType.EVENT, EntityType.PERSON)

# "Telvia's shares", "Marathon's mayor", "Benfica's academy": what a possessor of these nouns is
POSSESSED = {**dict.fromkeys("""shares share stock stake subsidiary subsidiaries shareholders investors customers
ceo cfo chairman chairwoman revenue revenues profit profits earnings sales brand brands products factory factories
academy squad owner""".split(), ORG),
             **dict.fromkeys("mayor residents inhabitants townspeople outskirts suburbs".split(), GPE),
             **dict.fromkeys("son daughter wife husband father mother brother sister widow widower".split(), PERSON)}
# "Benfica president Rui Costa", "Saratov governor Roman Busargin": a lowercase role after a name
ROLE_AFTER = {**dict.fromkeys("""chairman chairwoman ceo coach manager striker midfielder defender goalkeeper
captain winger forward president spokesman spokeswoman spokesperson executive""".split(), ORG),
              **dict.fromkeys("governor mayor".split(), GPE)}
# "the Citizen Revolution movement", "the Kourou spaceport", "the BlackReef gang": the noun a name modifies
MODIFIED = {**dict.fromkeys("""movement party group alliance coalition union club team firm company carmaker
airline bank lender insurer retailer""".split(), ORG),
            **dict.fromkeys("gang militia cartel".split(), GROUP),
            **dict.fromkeys("""spaceport airport seaport seat constituency border municipality village town suburb
slum township""".split(), GPE)}
# Words of a region's or a town's own government after its name ("the KwaZulu-Natal provincial government", "the
# Mtwara regional council"): the name is the place's.
REGIONAL_WORDS = frozenset("provincial regional state municipal county district city metropolitan".split())
GOVERNING_BODIES = frozenset("government council administration assembly legislature authority authorities".split())
# Landform words that end towns' and states' names too ("Homa Bay", "Victoria Falls", "Ivory Coast")
TOWN_FORMS = frozenset("bay falls mount coast".split())
# "the journal Nature", "the carmaker Vexa": a description noun right before a name
DESCRIBED_BEFORE = {**dict.fromkeys("""journal magazine newspaper club team carmaker automaker airline lender insurer
retailer broadcaster publisher firm company group bank charity lobby utility miner consortium startup conglomerate
jeweller jeweler watchdog regulator service drugmaker chipmaker planemaker steelmaker shipbuilder operator
nonprofit maker manufacturer producer supplier bloc""".split(), ORG),
                    **dict.fromkeys("gang militia cartel".split(), GROUP),
                    **dict.fromkeys("town village city municipality".split(), GPE)}
# "economists at Mizuho": people who work at an organisation
STAFF = frozenset("""economist analyst strategist researcher scientist executive employee staff banker trader engineer
spokesman spokeswoman spokesperson""".split())
# "the town of Marathon", "the people of Thornbury"
OF_PLACE = frozenset("""town village city municipality people residents inhabitants mayor suburb outskirts district
districts region province state county north south east west northeast northwest southeast southwest port""".split())
# Lowercase particles inside personal names ("Jaime de los Santos", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("von van der den de da di do du dos das del della los las bin ibn al el la le ter".split())
AROUND = frozenset("around near outside across throughout off".split())     # "20 nautical miles off Ras Tanura"
DISTANCES = frozenset("mile kilometre kilometer km metre meter yard coast shore".split())
# "flew to Jajarkot", "arrived in ...": verbs of going whose "to" names a place
GOING = frozenset("fly travel go return arrive head move drive sail march flee evacuate relocate".split())
# Nouns of things that stand somewhere, and of things that happen somewhere: what "in X" after one of them names is
# a place ("the police station in Bunia", "a bombing in Peshawar"); firms hold stakes, not stations
LOCATED_NOUNS = frozenset("""station base mine plant factory refinery hospital clinic school prison jail camp village
town city suburb district neighbourhood neighborhood port airport market border checkpoint mosque church temple
cathedral embassy consulate protest rally demonstration attack bombing flood earthquake landslide clash ambush
refugee resident villager civilian migrant
""".split())   # not a fire, a blast or a shooting, nor a hotel: those happen in and name shops and buildings too
# Verbs whose "in X" says where someone was born, died, lived, was held or landed ("was born in Arequipa")
LOCATED_VERBS = frozenset("""bear die kill live arrest detain land arrive station stay bury raise injure wound fly treat
hospitalise hospitalize dock moor collapse evacuate strand maroon displace shelter gather rally protest march flood
erupt hold""".split())
# Verbs whose object is a place left: "families who fled Sinjar", "evacuated Kherson"
LEAVING = frozenset("flee evacuate".split())
# Verbs of travelling on foot or by sea whose "from" names where the traveller set out ("walked from Dinsoor"): no
# "move" or "come", which people do from one employer to another too
SETTING_OUT = frozenset("walk trek flee sail drive fly march travel escape evacuate migrate return".split())
SPANS = frozenset("hour day week month year mile kilometre kilometer km".split())    # "walked for nine days from X"
# People named by where they come from ("labourers from Khatlon"); not workers, staff or students, who come from firms
# and schools as well
HOMELESS = frozenset("""migrant refugee labourer laborer villager resident family pilgrim herder fisherman settler
tourist evacuee""".split())
# Elected members whose "for" names the place they sit for ("a councillor for Bingley", "the MP for Hexham")
SITTING_FOR = frozenset("councillor councilor mp mep msp senator congressman congresswoman assemblyman".split())
# ", one of Europe's largest mobile operators", ", a club in ...", ", a town near ...": appositions
APPOSED = {**dict.fromkeys("""club team journal magazine operator company firm group carmaker airline lender insurer
retailer broadcaster publisher bank maker manufacturer developer producer supplier charity lobby nonprofit
organisation organization association agency body union watchdog regulator consortium cooperative conglomerate
startup utility miner jeweller jeweler chain brand landlord bloc subsidiary affiliate unit division arm lab
laboratory""".split(), ORG),
           **dict.fromkeys("gang militia cartel".split(), GROUP),
           **dict.fromkeys("town village city municipality region province capital port".split(), GPE),
           **dict.fromkeys("island peninsula archipelago".split(), LOC),
           **dict.fromkeys("summit contest festival tournament".split(), EVENT)}
# "the country's biggest landlord": possessors that rank a body among others, never a person's employer
RANKING = frozenset("country world nation region continent city state industry sector".split())


# Nouns of team sport: an article that uses several of them is about sport, where a town's name that acts is a club's
SPORT_NOUNS = frozenset("""club midfielder striker goalkeeper defender winger footballer squad stadium coach league
match goal fixture playoff tournament season transfer kit referee wicket innings batsman batter bowler scrum lineout
peloton teammate cyclist sprinter lap podium rebound tiebreak semifinal quarterfinal semi-final quarter-final
hat-trick equaliser equalizer athlete medal pole qualifying paddock pitstop constructor""".split())
# Verbs of a game's result: with a score in their sentence ("beat Wexley Town 3-0", "held Inter to a 1-1 draw")
# their subject and object are sides of a game
RESULT_VERBS = frozenset("beat defeat draw hold lose win thrash edge rout trounce overcome crush down stun upset".split())
# A game's score: "3-0", "6-4", "114-106", "2 – 1" (up to three digits a side; not a year span, a decimal or a share)
SCORE = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?!\d|[.,]\d|%)")
# People of a team: a place name right before one of them in a sport story is the club ("Liverpool captain X").
SQUAD_NOUNS = frozenset("""captain skipper striker midfielder defender goalkeeper keeper winger forward footballer
player coach manager boss fans supporters""".split())
# Prepositions whose object is a club in a sport story ("from Flamengo", "with Liverpool", "against Porto")
CLUB_PREPOSITIONS = frozenset("with from against over to for by".split())


def sport_story(doc: Doc) -> bool:
    """Whether the text is about team sport: at least three different nouns of SPORT_NOUNS occur in it."""
    cols = arrays(doc)
    return len({w for w, pos in zip(cols.lemma_lower, cols.pos) if pos == "NOUN" and w in SPORT_NOUNS}) >= 3


def result_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a side of a game's result: the subject or object of a verb of RESULT_VERBS whose
    sentence holds a score ("Harbour City beat Wexley Town 3-0", "Napoli held Inter to a 1-1 draw"): a team or,
    where the name is a person's, a player."""
    first = first_conjunct(doc[end - 1])
    verb = first.head
    if first.dep_ not in ("nsubj", "dobj", "npadvmod") or verb.lemma_.lower() not in RESULT_VERBS:
        return False    # "beat Dortmund 4-0" is often parsed with the name an adverbial
    return SCORE.search(verb.sent.text) is not None


def acts(doc: Doc, start: int, end: int, by: bool = True) -> bool:
    """Whether a name stands where actors stand: the subject or object of a verb other than "be", or the object of
    "with", "from", "against" ... ("Liverpool signed him", "beating Chelsea and Paris Saint-Germain", "joined
    from Flamengo"); not "in Liverpool", "at the stadium", nor a modifier ("the London club"). In a sport story a
    place name there is a club. ``by=False``: not the object of "by" (a byline, a passive's agent: people too)."""
    first = first_conjunct(doc[end - 1])
    if first.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return first.head.pos_ in ("VERB", "AUX") and first.head.lemma_ != "be"
    return (first.dep_ == "pobj" and first.head.lower_ in CLUB_PREPOSITIONS and first.head.head.pos_ in ("VERB", "NOUN")
            and (by or first.head.lower_ != "by"))


def squad_modifier(doc: Doc, start: int, end: int) -> bool:
    """Whether a name modifies a noun for a team's people: "Liverpool captain Virgil van Dijk", "Porto fans"."""
    last = doc[end - 1]
    return last.dep_ == "compound" and last.head.i >= end and last.head.lemma_.lower() in SQUAD_NOUNS


def team_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is where a player plays ("moved to Ferrari", "his years at Mercedes", "McLaren's Lando
    Norris"): the object of "at" after a verb or a noun, or the possessor of a person's name."""
    first = first_conjunct(doc[end - 1])
    if first.dep_ == "pobj" and first.head.lower_ == "at" and first.head.head.pos_ in ("VERB", "NOUN", "ADV"):
        return True
    return end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].ent_type_ == "PERSON"


def left_no_place(doc: Doc, verb: int) -> bool:
    """Whether a verb of going has a "from" whose object is a name the NER does not call a place: "moved from
    Kelso Maritime to Nordbank", "switched from Nordea to ...": a move between employers, whose "to" is no place
    either (not "flew from Lagos to Abuja", nor "moved from the capital to Kelso")."""
    for prep in doc[verb].children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ not in ("GPE", "LOC", "FAC"):
                    return True
    return False


def first_conjunct(tok: Token) -> Token:
    """The first of a list of coordinated names: "Mizuho" in "at Nomura and Mizuho" -> "Nomura"."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def captioned(title: Token) -> bool:
    """A bare title in apposition to a name before it ("K. Ramesh, Managing Director, Suryan Cements Ltd"): the name
    after it is the body the title is held in, not its holder. The parser may read the title as a conjunct of the
    name ("Upasna Bhardwaj, Chief Economist, Kotak Mahindra Bank")."""
    return title.dep_ in ("appos", "conj") and title.head.pos_ == "PROPN" and title.head.i < title.i and not any(
        c.dep_ in ("det", "poss") for c in title.children)


# Nouns for bodies a name modifies after "the" ("the Kabar news agency", "the Ofcom regulator"); not after "a", where
# a place may modify them as well as a body ("a Lagos newspaper", "a Croydon agency")
MODIFIED_DEFINITE = frozenset("agency broadcaster newspaper regulator watchdog supermarket grocer".split())


def context_votes(doc: Doc, start: int, end: int) -> list[tuple[EntityType, int]]:
    """The types the phrase around the name ``doc[start:end]`` speaks for, each with a weight (3: the phrase says
    it; there is at most one vote per cue). Asked of one name by several steps: the votes are kept with the Doc's
    columns."""
    found = arrays(doc).context_votes.get((start, end))
    if found is None:
        found = arrays(doc).context_votes[start, end] = tuple(_context_votes(doc, start, end))
    return list(found)


def _context_votes(doc: Doc, start: int, end: int) -> list[tuple[EntityType, int]]:
    """:func:`context_votes` read from the parse."""
    cols = arrays(doc)      # asked of many names: positions and columns; a Token only for the apposition rules
    text, lower, lemma, pos, dep, tag, head_of, n = (cols.text, cols.lower, cols.lemma_lower, cols.pos, cols.dep,
                                                     cols.tag, cols.head, cols.n)
    head = end - 1
    votes: list[tuple[EntityType, int]] = []
    if end < n and tag[end] == "POS" and end + 1 < n:
        owned = head_of[head] if dep[head] == "poss" else None
        if owned is not None and lemma[owned] in POSSESSED:
            votes.append((POSSESSED[lemma[owned]], 3))
        elif owned is not None and lemma[owned] == "executive" and any(
                lower[c] == "chief" for c in cols.children[owned]):
            votes.append((ORG, 3))      # "Telvia's chief executive"
    elif end < n and pos[end] == "NOUN" and text[end].islower():
        word = lemma[end]
        governor = head_of[head]
        if word in ROLE_AFTER and end + 1 < n and pos[end + 1] == "PROPN":
            votes.append((ROLE_AFTER[word], 3))     # "Benfica president Rui Costa"
        elif word in MODIFIED and dep[head] == "compound" and governor == end:
            votes.append((MODIFIED[word], 3))       # "the Kourou spaceport", "the BlackReef ransomware gang"
        elif dep[head] == "compound" and pos[governor] == "NOUN" and lemma[governor] in MODIFIED and all(
                pos[k] in ("NOUN", "ADJ") and text[k].islower() for k in range(end, governor)):
            votes.append((MODIFIED[lemma[governor]], 3))
        elif dep[head] == "compound" and governor >= end and lemma[governor] in MODIFIED_DEFINITE and all(
                pos[k] in ("NOUN", "ADJ") and text[k].islower() for k in range(end, governor)) and start > 0 and \
                lower[start - 1] == "the" and head_of[start - 1] == governor:
            votes.append((ORG, 3))      # "the Kabar news agency": the body the name is the name of
    if end + 1 < n and lower[end] in REGIONAL_WORDS and lemma[end + 1] in GOVERNING_BODIES and head_of[head] == end + 1:
        votes.append((GPE, 3))      # "the KwaZulu-Natal provincial government": a province's own
    before = start - 1 if start > 0 else None
    if before is not None and pos[before] == "NOUN" and text[before].islower() and lemma[before] in \
            DESCRIBED_BEFORE and not (start > 1 and tag[start - 2] == "POS"):
        votes.append((DESCRIBED_BEFORE[lemma[before]], 3))   # "the journal Nature"
    first = head
    while dep[first] == "conj" and head_of[first] < first:     # the first of a list of names (first_conjunct)
        first = head_of[first]
    prep = head_of[first] if dep[first] == "pobj" else None
    prep_word = lower[prep] if prep is not None else None
    gov = head_of[prep] if prep is not None else None
    gov_lemma = lemma[gov] if gov is not None else None
    if prep_word == "at" and gov_lemma in STAFF:
        votes.append((ORG, 3))      # "economists at Nomura and Mizuho"
    elif prep_word == "of" and gov_lemma in OF_PLACE and text[gov].islower():
        votes.append((GPE, 3))      # "the town of Marathon", "the people of Thornbury", "12 km south of ..."
    elif prep_word == "of" and pos[gov] == "NOUN" and gov_lemma in POSSESSED and gov_lemma not in OF_PLACE:
        votes.append((POSSESSED[gov_lemma], 3))    # "shares of Ralph Lauren", "the son of X"
    elif prep_word == "of" and lower[gov] in ("island", "islands"):
        votes.append((LOC, 3))      # "the island of El Hierro"
    elif prep_word in AROUND and (prep_word != "off" or any(
            lemma[t] in DISTANCES for t in range(max(prep - 3, 0), prep))):
        # "roads around Athlone": firms are not around; "20 nautical miles off Ras Tanura", not "15 runs off Boult"
        votes.append((GPE, 3 if prep_word == "off" else 2))
    elif prep_word == "to" and gov_lemma in GOING and not left_no_place(doc, gov):
        votes.append((GPE, 2))      # "flew to Jajarkot" (not "moved from Kelso Maritime to Nordbank")
    elif prep_word == "from" and (pos[gov] == "VERB" and gov_lemma in SETTING_OUT or gov_lemma in SPANS and dep[gov] in (
            "pobj", "npadvmod") and lemma[head_of[gov] if dep[gov] == "npadvmod" else head_of[head_of[gov]]]
            in SETTING_OUT):
        votes.append((GPE, 2))      # "walked for nine days from Dinsoor", "fled from Sinjar"
    elif prep_word == "in" and text[held := (gov if pos[gov] == "NOUN" else prep - 1)][1:].islower() and lemma[
            held] in ("share", "stock") and (held == gov or dep[held] == "dobj" and head_of[held] == gov):
        votes.append((ORG, 3))      # "Shares in Burberry jumped", "sold shares in Kestrane" (the parser may hang the
                                    # "in" on the verb): a firm's shares (not "a stake in Oyu Tolgoi", a mine's)
    elif prep_word == "for" and gov_lemma in SITTING_FOR:
        votes.append((GPE, 3))      # "a Conservative councillor for Bingley", "the MP for Hexham"
    elif prep_word == "in" and cols.ent_type[head] not in ("FAC", "LOC") and (
            pos[held := head_of[prep]] == "NOUN" and (text[held].islower() or cols.is_sent_start[held]
                                                      and text[held][1:].islower()) and lemma[held] in LOCATED_NOUNS
            or pos[held] == "VERB" and lemma[held] in LOCATED_VERBS):      # "Born in Tarnobrzeg, she ..."
        votes.append((GPE, 3))      # "a police station in Bunia", "died in Opole": a town holds it (a facility or a
                                    # region the NER saw keeps its own type: "the clash in Tahrir Square")
    elif dep[first] == "dobj" and pos[head_of[first]] == "VERB" and lemma[head_of[first]] in LEAVING:
        votes.append((GPE, 3))      # "families who fled Sinjar": people flee places, not firms
    elif dep[first] == "dobj" and pos[head_of[first]] == "VERB" and lemma[head_of[first]] == "reach":
        votes.append((GPE, 2))      # "1,300 migrants reached Lampedusa"
    elif prep_word == "from" and pos[gov] == "NOUN" and gov_lemma in HOMELESS and text[gov].islower():
        votes.append((GPE, 2))      # "labourers from Khatlon", "refugees from Sinjar" (not "workers from Tesco")
    names = [k for k in range(start, end) if lower[k] not in NAME_PARTICLES]
    alpha = cols.is_alpha
    governor = head_of[head]
    if dep[head] == "appos" and lemma[governor] in lx.TITLE_NOUNS and 2 <= len(names) <= 3 and all(
            alpha[k] and text[k][:1].isupper() for k in names) and not captioned(doc[governor]) and not (
            lemma[governor] in NOT_ONLY_PERSONS and (lower[names[-1]] in FIRM_WORDS
                                                     or not starts_like_a_person(" ".join(text[k] for k in names)))):
        votes.append((PERSON, 3))   # "Kalivia's mayor, Petros Zervakis,", "its spokesman, Jaime de los Santos,"
                                    # (firms own, lead and partner too: "its owner, Kelso Maritime," is none)
    elif dep[head] == "appos" and governor < start and lemma[governor] in PERSONAL_RELATIONS and any(
            dep[c] == "poss" and lower[c] in PERSONAL_OWNERS for c in cols.children[governor]):
        votes.append((PERSON, 3))   # "His rival, Nazia Siddiqui,", "her successor, Ana Lima": a person's rival is
                                    # a person (a firm's is "its rival")
    elif dep[head] == "appos" and dep[governor] == "pobj" and dep[head_of[governor]] == "prep" and lower[
            head_of[governor]] in ("of", "for", "to", "at") and lemma[title := head_of[head_of[governor]]] in \
            lx.TITLE_NOUNS and lemma[title] not in NOT_ONLY_PERSONS and pos[title] == "NOUN" and 2 <= len(names) <= 3 \
            and all(alpha[k] and text[k][:1].isupper() for k in names) and lower[names[-1]] not in FIRM_WORDS \
            and start > 0 and text[start - 1] == ",":
        votes.append((PERSON, 3))   # "Egypt's ambassador to Washington, Motaz Zahran,": the title's holder, whom
                                    # the parser hangs on the title's place or body
    if (before is not None and pos[before] == "NOUN" and text[before].islower() and tag[before] == "NN"
            and lemma[before] in _PERSON_WORDS and all(alpha[k] and text[k][:1].isupper() for k in names)):
        votes.append((PERSON, 3))   # "Lai's son Sebastien", "the defender Ibou Kone", "spokesman Dmitry Peskov"
    if appointed_to_head(doc, head):
        votes.append((PERSON, 3))   # "named Olayemi Cardoso to head the central bank": only a person heads one
    if person_apposed(doc, start, end):
        votes.append((PERSON, 3))   # "Aldo Ferrante, the bank's spokesman,", "Tomasz Wielgosz, who runs ..."
    elif press_source(doc, start, end):
        votes.append((ORG, 3))      # "Der Tagesspiegel reported", "according to La Nación": a paper, no person
    elif (own := own_pronoun(doc, start, end)) is not None:
        votes.append((own, 3))      # "Novak Djokovic said he was tired", "Johnson Matthey cut its forecast"
    elif said_it(doc, start, end):
        votes.append((ORG, 3))      # "Takeda, which sells the vaccine, said it would ...": people are never "it"
    noun = apposed_noun(doc, end, starts_like_a_person(" ".join(text[k] for k in names)))
    if noun is not None and noun.lemma_.lower() in APPOSED and (agent_who(doc, noun) or agent_named(doc, start, end, noun)):
        votes.append((PERSON, 3))   # "Min Hee-jin, the producer who created the group": a producer is a person here
    elif noun is not None and noun.lemma_.lower() in APPOSED:
        votes.append((APPOSED[noun.lemma_.lower()], 3))
    elif (dep[head] == "appos" and governor < start and text[governor].islower() and dep[governor] != "pobj"
          and lemma[governor] in APPOSED and not any(dep[c] == "poss" for c in cols.children[governor])):
        votes.append((APPOSED[lemma[governor]], 3))    # "The jeweller, Maison Delacroix, said"
    if end - start > 1 and lower[end - 1] in lx.LANDFORMS - TOWN_FORMS:
        # "the Fergana Valley town of Isfara", "villages of Samar island": a place's cue, but the land, no town
        votes = [(LOC if t is GPE else t, w) for t, w in votes]
    return votes


# What papers and agencies do as the subject of a clause ("Der Tagesspiegel reported", "El País quoted him")
PRESS_VERBS = frozenset("report quote publish".split())


def press_source(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of two or more words that does not begin with a given name is cited as a source: the subject
    of "report", "quote" or "publish" ("..., Der Tagesspiegel reported"), the object of "according to" or of
    "translated from" ("Translated from De Telegraaf."). Not where the article writes the name after a given name
    elsewhere ("Marine Le Pen ... according to Le Pen": a surname with its particle)."""
    cols = arrays(doc)
    if end - start < 2 or not all(cols.text[k][:1].isupper() for k in range(start, end)):
        return False
    head = cols.head[end - 1]
    dep = cols.dep[end - 1]
    if dep == "nsubj" and cols.lemma_lower[head] in PRESS_VERBS:
        pass
    elif dep == "pobj" and (cols.lower[head] == "to" and cols.lower[cols.head[head]] == "according"
                            or cols.lower[head] == "from" and cols.lemma_lower[cols.head[head]] == "translate"):
        pass
    else:
        return False
    name = cols.text[start:end]
    if starts_like_a_person(" ".join(name)) and name[0].casefold() not in NAME_PARTICLES:
        return False
    width = len(name)
    return not any(cols.text[k:k + width] == name and k > 0 and cols.text[k - 1][:1].isupper()
                   and cols.is_alpha[k - 1] for k in range(cols.n - width + 1) if k != start)


PERSONAL_SUBJECTS = frozenset("he she".split())
PERSONAL_OWNERS = frozenset("his her".split())
# What one person is to another: after "his" or "her", in apposition to a name, the name is a person's
PERSONAL_RELATIONS = frozenset("""rival opponent challenger successor predecessor friend colleague ally partner
mentor protege protégé son daughter wife husband father mother brother sister widow widower""".split())


def own_pronoun(doc: Doc, start: int, end: int) -> EntityType | None:
    """What the pronouns of a name's own clause call it, where the name of two to four capitalised words is the
    subject: a person where "he" or "she" is the subject of what it says ("Novak Djokovic said he was tired", "...
    told reporters that she would stay") or "his"/"her" owns its object ("Casper Ruud lost his serve"); a body
    where "its" does and the NER took the name for a person's ("Johnson Matthey cut its forecast"; a river or a
    state owns things too: "the Athi River burst its banks"). Firms are never "he", people never "its". Nothing where
    another name stands between the subject and the pronoun, which may be the pronoun's ("Goldman Sachs hired Ana
    Ruiz and said she ..."), nor for a list of subjects."""
    cols = arrays(doc)      # asked of many names: most are no subject, and the check stops there
    head = end - 1
    if cols.dep[head] != "nsubj" or not 2 <= end - start <= 4 or any(
            cols.dep[c] == "conj" for c in cols.children[head]) or cols.dep[head] == "conj":
        return None
    if not all(cols.text[k][:1].isupper() or cols.lower[k] in NAME_PARTICLES or cols.text[k] in ("&", "-")
               for k in range(start, end)):
        return None
    verb = cols.head[head]
    if cols.pos[verb] not in ("VERB", "AUX"):
        return None
    found = None
    for k in cols.children[verb]:
        if k < end:
            continue
        if cols.dep[k] == "ccomp" and cols.lemma_lower[verb] in lx.REPORTING_VERBS:
            subj = next((c for c in cols.children[k] if cols.dep[c] in ("nsubj", "nsubjpass")), None)
            if subj is not None and cols.lower[subj] in PERSONAL_SUBJECTS:
                found = (subj, PERSON)
        elif cols.dep[k] == "dobj":
            owner = next((c for c in cols.children[k] if cols.dep[c] == "poss" and c < k), None)
            if owner is not None and (cols.lower[owner] in PERSONAL_OWNERS or cols.lower[owner] == "its" and {
                    cols.ent_type[x] for x in range(start, end)} in ({"PERSON"}, {"PERSON", ""})):
                found = (owner, ORG if cols.lower[owner] == "its" else PERSON)
                # "its" only overturns the NER's person: rivers and states own things too ("burst its banks")
        if found is not None:
            break
    if found is None:
        return None
    pronoun, etype = found
    if any(cols.pos[k] == "PROPN" and cols.ent_type[k] not in ("GPE", "LOC", "FAC", "DATE", "TIME", "EVENT")
           or cols.pos[k] == "PRON" and cols.dep[k] in ("dobj", "dative") or cols.tag[k] == "NN"
           and cols.lemma_lower[k] in _PERSON_WORDS for k in range(end, pronoun)):
        return None     # "Goldman Sachs hired Ana Ruiz and said she ...", "... told the judge she ...": the pronoun
                        # may be another's (not "told the court that she", "told reporters he")
    return etype


# A firm's own figures and holdings: what "its" owns where a firm reports on itself ("cut its sales forecast")
FIRM_FIGURES = frozenset("forecast outlook guidance dividend sales profit revenue earnings shares stake".split())


def reports_own_figures(doc: Doc, i: int) -> bool:
    """Whether the one word at ``i`` is the subject of a verb whose object is a firm's own figure owned by "its"
    ("Target cut its sales forecast", "Next raised its profit outlook for a third time"): a firm reporting on
    itself. A common noun that opens a sentence owns no forecast ("Demand lost its momentum", "Turnout hit its
    highest level")."""
    cols = arrays(doc)
    if cols.dep[i] != "nsubj" or any(cols.dep[c] == "conj" for c in cols.children[i]):
        return False
    verb = cols.head[i]
    if cols.pos[verb] not in ("VERB", "AUX") or cols.lemma_lower[verb] == "be":
        return False
    for k in cols.children[verb]:
        if k > i and cols.dep[k] == "dobj" and any(cols.dep[c] == "poss" and cols.lower[c] == "its"
                                                   for c in cols.children[k]):
            return cols.lemma_lower[k] in FIRM_FIGURES or any(
                cols.dep[c] == "compound" and cols.lemma_lower[c] in FIRM_FIGURES for c in cols.children[k])
    return False


# Verbs of giving someone a post, and what the one given it is to do there: "named X to head the central bank",
# "appointed X to chair the inquiry", "nominated X to succeed Y" (not "to lead" or "to run": banks are named to lead
# a share sale, firms to run an audit)
APPOINTING = frozenset("name appoint nominate pick choose tap select".split())
HEADING = frozenset("head chair succeed".split())


def appointed_to_head(doc: Doc, head: int) -> bool:
    """Whether the name whose last word is ``head`` is the object of a verb of appointing whose infinitive says it is
    to head, chair or succeed: "Tinubu named Olayemi Cardoso to head the central bank" (the NER read a building)."""
    cols = arrays(doc)
    if cols.dep[head] != "dobj":
        return False
    verb = cols.head[head]
    return cols.pos[verb] == "VERB" and cols.lemma_lower[verb] in APPOINTING and any(
        cols.dep[c] == "xcomp" and c > head and cols.lemma_lower[c] in HEADING for c in cols.children[verb])


def said_it(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of one to four capitalised words that the NER left out is the subject of a verb of saying
    whose reported clause has "it" for subject: "Takeda said it would supply the programme", "Nordlys, which sells
    turbines in Chile, said it would build a plant". A firm or a body says "it" of itself, a person never does
    (though a person the NER found says "it" of a thing: "Šefčovič said it contained"). Nothing where another name
    stands between, which "it" may be ("X bought Y and said it ..."), nor for a list of subjects."""
    cols = arrays(doc)
    head = end - 1
    if cols.dep[head] != "nsubj" or not 1 <= end - start <= 4 or any(
            cols.dep[c] == "conj" for c in cols.children[head]):
        return False
    if not all(cols.text[k][:1].isupper() and not cols.ent_type[k] for k in range(start, end)):
        return False    # (a name the NER calls a person's may say "it" of a thing: "Šefčovič said it contained")
    verb = cols.head[head]
    if cols.pos[verb] not in ("VERB", "AUX") or cols.lemma_lower[verb] not in lx.REPORTING_VERBS:
        return False
    for k in cols.children[verb]:
        if k > end and cols.dep[k] == "ccomp":
            subj = next((c for c in cols.children[k] if cols.dep[c] in ("nsubj", "nsubjpass")), None)
            if subj is not None and cols.lower[subj] == "it":
                return not any(cols.pos[x] == "PROPN" and cols.ent_type[x] not in ("GPE", "LOC", "DATE", "TIME")
                               for x in range(end, subj))
    return False


def agent_who(doc: Doc, noun) -> bool:
    """Whether an apposed agent noun that firms and people alike may be ("producer", "developer", "publisher") is a
    person's: a singular noun with "who" after it ("the producer who created the group"; firms take "which", and a
    club or a team, which may take "who", is no agent noun)."""
    lemma = noun.lemma_.lower()
    return (noun.tag_ == "NN" and lemma.endswith(("er", "or", "ist")) and noun.i + 1 < len(doc)
            and doc[noun.i + 1].lower_ == "who" and APPOSED.get(lemma) is ORG)


def agent_named(doc: Doc, start: int, end: int, noun) -> bool:
    """Whether an apposed agent noun that firms and people alike may be ("a miner", "a producer", "a developer")
    describes a person: the NER read the name as a person's and it begins with a known given name and ends in no
    firm's word ("Sipho Ndlovu, a miner from Rustenburg"; not "Kilwa Resources, a miner", "Ralph Lauren Corp")."""
    lemma = noun.lemma_.lower()
    words = [t for t in doc[start:end] if t.lower_ not in NAME_PARTICLES]
    return (noun.tag_ == "NN" and lemma.endswith(("er", "or", "ist")) and APPOSED.get(lemma) is ORG
            and 2 <= len(words) <= 4 and all(t.ent_type_ == "PERSON" for t in words)
            and words[-1].lower_ not in FIRM_WORDS and starts_like_a_person(" ".join(t.text for t in words)))


def person_apposed(doc: Doc, start: int, end: int) -> bool:
    """Whether what follows a name of two or more words says it is a person's: a role in apposition (", the
    bank's spokesman", ", a senior analyst at ...", ", director-general of ..."), an age (", 54,") or a relative
    "who" with a singular verb (", who runs the union"; clubs take "who are", firms "which")."""
    cols = arrays(doc)      # asked of many names, most with no comma after them
    if end - start < 2 or end + 2 >= cols.n or cols.text[end] != "," or (start > 0 and cols.lower[start - 1] == "the"):
        return False
    nxt = doc[end + 1]
    if nxt.lower_ == "who":
        verb = doc[end + 2]
        return verb.tag_ in ("VBZ", "VBD", "MD") or verb.lower_ in ("has", "had", "was")
    if nxt.text.isdigit() and 16 <= int(nxt.text) <= 110 and doc[end + 2].text in (",", "."):
        return True     # "Brenna Holloway, 54, a former nurse"
    j = end + 1
    if doc[j].lower_ in ("a", "an", "the", "its", "his", "her", "their"):
        j += 1
    for k in range(j, min(j + 7, len(doc))):
        tok = doc[k]
        if tok.text.islower() and tok.tag_ == "NN" and tok.lemma_.lower() in NOT_ONLY_PERSONS and who_after(doc, tok):
            return True     # "Cezary Tomczyk, a member of parliament who sits on ...": firms are members, not "who"
        if tok.text.islower() and tok.tag_ != "JJ" and tok.lemma_.lower() in _PERSONAL_ROLES:
            # ("deputy" of "deputy regional director" is read as an adjective)
            after = doc[k + 1] if k + 1 < len(doc) else None
            if tok.tag_ != "NN" or tok.dep_ in ("nsubj", "nsubjpass") or after is not None and (
                    after.tag_ == "POS" or after.pos_ in ("VERB", "AUX") or after.pos_ == "NOUN"
                    and after.text.islower() and after.lemma_.lower() not in lx.TITLE_NOUNS | PERSON_ROLES):
                return False    # ", the president's office", "..., a spokesman said", ", officials said"
            return True
        if not (tok.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "NUM") or tok.tag_ == "POS" or tok.text in "-–"):
            return False
    return False


def who_after(doc: Doc, noun) -> bool:
    """Whether a singular noun's own relative clause opens with "who" and a singular verb ("a member of parliament
    who sits on the committee"): a person's, as firms take "which" (and clubs "who are")."""
    for rel in noun.children:
        if rel.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children):
            verb = next((c for c in rel.children if c.dep_ in ("aux", "auxpass") and c.i < rel.i), rel)
            return verb.tag_ == "VBZ" or verb.lower_ in ("was", "has")
    return False


def age_or_who(doc: Doc, end: int, plural_ok: bool = False) -> bool:
    """Whether a name is followed by an age (", 35,") or a relative "who" with a singular verb (", who has"; with
    ``plural_ok`` any verb: clubs take "who have", but a name already known to be a person's needs no number)."""
    if end + 2 >= len(doc) or arrays(doc).text[end] != ",":
        return False
    nxt = doc[end + 1]
    if nxt.text.isdigit() and 16 <= int(nxt.text) <= 110 and doc[end + 2].text in (",", "."):
        return True
    verb = doc[end + 2]
    return nxt.lower_ == "who" and (plural_ok or verb.tag_ == "VBZ" or verb.lower_ == "was")


def hyphened(doc: Doc, j: int) -> bool:
    """A word of a hyphenated modifier ("self-driving", "state-owned"), or its hyphen."""
    glued = doc[j].text in ("-", "–") or (j + 1 < len(doc) and doc[j + 1].text in ("-", "–")
                                          and not doc[j].whitespace_)
    return glued or j > 0 and doc[j - 1].text in ("-", "–") and not doc[j - 1].whitespace_ and j + 1 < len(doc) \
        and doc[j + 1].pos_ == "NOUN"


def apposed_noun(doc: Doc, end: int, person_like: bool = False) -> Token | None:
    """The head noun of ", one of Europe's largest mobile operators" or ", a town 40 km north of ..." after a name;
    ``person_like``: the name could be a person's (see fronted_subject)."""
    cols = arrays(doc)      # asked of many names, most with no comma after them
    text, lower, n = cols.text, cols.lower, cols.n
    i = end
    if i < n and text[i] == "(":     # "Caminando Fronteras (Walking Borders), a charity"
        close = next((k for k in range(i, min(i + 8, n)) if text[k] == ")"), None)
        i = close + 1 if close is not None else i
    if i + 2 >= n or text[i] != ",":
        return None
    j = i + 1
    if lower[j] == "one" and j + 1 < n and lower[j + 1] == "of":
        j += 2
    elif lower[j] not in ("a", "an", "the") and not (doc[j].pos_ == "PROPN" and any(
            t.tag_ == "POS" for t in doc[j + 1:j + 4])):
        return None     # (", Alphabet's self-driving unit": a possessor opens it)
    elif lower[j] in ("a", "an", "the"):
        j += 1
    while j < len(doc) and (doc[j].tag_ == "POS" or doc[j].pos_ in ("DET", "PROPN", "ADJ", "ADV", "NUM")
                            and doc[j].pos_ != "NOUN" or doc[j].lower_ in RANKING and j + 1 < len(doc)
                            and doc[j + 1].tag_ == "POS" or hyphened(doc, j)):
        j += 1      # ", the country's biggest residential landlord": the ranking possessor is not the head
    while j + 1 < len(doc) and doc[j].pos_ in ("NOUN", "ADJ") and doc[j + 1].pos_ == "NOUN":
        j += 1
    if j + 1 < len(doc) and doc[j + 1].tag_ == "POS":
        return None     # ", the club's president": the name is the president, not the club
    if j < len(doc) and doc[j].pos_ == "NOUN" and fronted_subject(doc, end, doc[j], person_like):
        return None     # "Under Ines Duarte, the club has doubled ...": the clause's subject, no apposition
    return doc[j] if j < len(doc) and doc[j].pos_ == "NOUN" else None


def fronted_subject(doc: Doc, end: int, noun: Token, person_like: bool = False) -> bool:
    """Whether the noun phrase after the comma that follows a name is the subject of the clause the name's phrase
    opens, not an apposition to the name: the name sits in an adjunct of the noun's verb ("Under Ines Duarte, the
    club has doubled ...", "After talks with Kelso Maritime, the union called off ..."), and the verb follows the
    noun phrase with no comma between (an apposition is closed by one: "At Kelso Maritime, the shipping company,
    staff were told ..."). A name that could be a person's may also sit in the clause the noun's verb reports ("The
    prize went to Maria Lopez, the magazine said"); a firm's name there is mostly the speaker's own ("a deal with Kelso
    Maritime, the shipping company said").
    """
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i <= noun.i:
        return False
    verb = noun.head
    after = noun.i + 1
    if after >= len(doc) or doc[after].text == "," or not (doc[after].i == verb.i or doc[after].head.i == verb.i
                                                           and doc[after].dep_ in ("aux", "auxpass", "neg", "advmod")):
        return False
    tok = doc[end - 1]
    while tok.head.i != tok.i and tok.head.i != verb.i:
        if tok.dep_ in ("nsubj", "nsubjpass", "appos", "conj"):
            return False
        tok = tok.head
    return tok.head.i == verb.i and tok.i < noun.i and (tok.dep_ in ("prep", "advcl", "npadvmod", "advmod")
                                                        or person_like and tok.dep_ == "ccomp")


# Role nouns of people beside the title nouns of the lexicon; and title nouns that firms and states hold too
# ("Poland, a member of NATO", "Nvidia, the market leader", "Vonovia, the owner of ...")
PERSON_ROLES = frozenset("""nurse doctor teacher student worker farmer activist campaigner historian author writer
journalist photographer artist actor actress singer musician footballer striker midfielder defender
goalkeeper winger athlete runner cyclist pilot soldier veteran resident mother father son daughter wife
husband widow brother sister entrepreneur billionaire businessman businesswoman banker lawyer
diplomat politician priest pastor cleric monk nun surgeon physician engineer architect novelist poet playwright
painter sculptor composer pianist violinist cellist guitarist drummer rapper comedian cartoonist illustrator
screenwriter songwriter filmmaker dancer choreographer astronaut philosopher physicist chemist biologist mathematician
swimmer boxer golfer sprinter jockey rower gymnast wrestler cricketer skier mountaineer""".split())
# Last words that make a name a firm's whatever role it holds ("its owner, Vantor Capital,")
FIRM_WORDS = frozenset("""capital partners holdings group company corporation investments ventures fund inc corp ltd
plc llc ag gmbh sa trust bank""".split())
NOT_ONLY_PERSONS = frozenset("member partner owner leader lead agent general prime chief candidate nominee head".split())
# Nouns before a name that make it a person's ("spokesman Dmitry Peskov"), made once for context_votes
_PERSON_WORDS = PERSON_ROLES | lx.TITLE_NOUNS - NOT_ONLY_PERSONS

_WORD = re.compile(r"[A-Z][\w.'’&-]*")
_DATELINE = re.compile(r"\s+in\s+([A-Z][\w\s.'-]*)$")


def front_matter_places(headline: str | None, author: str | None, body: str, gazetteer) -> list[tuple]:
    """The places the headline and the byline's dateline name, as (gazetteer entry, name as written): "Ottawa
    Orders Binding Arbitration to End Canada's Rail Shutdown" -> Ottawa, Canada; "By Gopal Sharma in Kathmandu"
    -> Kathmandu. Only places the gazetteer knows; a headline name only if it is a country or a capital, or the
    body names it too (title case capitalises every word, so "Nice Weather" alone says nothing).

    Examples
    --------
    >>> from kg.gazetteer import Gazetteer
    >>> [(e.label, n) for e, n in front_matter_places("Ottawa Orders Arbitration", None, "", Gazetteer.load())]
    [('Ottawa', 'Ottawa')]
    """
    found: list[tuple] = []
    for name in re.split(r"\s*(?:,|;|\band\b|&)\s*", author or ""):
        place = _DATELINE.search(name.strip(" ."))
        entry = gazetteer.lookup(place.group(1).strip()) if place else None
        if entry is not None and entry.type is GPE:
            found.append((entry, place.group(1).strip()))
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(headline or "")]
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            run = words[i:i + n]
            if any(run[k + 1][1] - run[k][2] != 1 for k in range(n - 1)):
                continue    # words of one name stand one space apart
            name = (headline or "")[run[0][1]:run[-1][2]]
            entry = gazetteer.lookup(name)
            if entry is not None and entry.type is GPE and not _inside_longer_name(
                    name, words[i - 1][0] if i > 0 and run[0][1] - words[i - 1][2] == 1 else None,
                    words[i + n][0] if i + n < len(words) and words[i + n][1] - run[-1][2] == 1 else None,
                    body) and (
                    entry.kind in ("country", "capital") or re.search(rf"\b{re.escape(name.rstrip(chr(39) + 's’'))}\b",
                                                                    body)):
                found.append((entry, re.sub(r"['’]s$", "", name)))
                i += n - 1
                break
        i += 1
    return found


def _inside_longer_name(name: str, before: str | None, after: str | None, body: str) -> bool:
    """Whether the body writes a headline's place name only inside the longer name its headline neighbour makes
    with it: "Stanley" of "Morgan Stanley Still Sees March Cut" where the body has "Morgan Stanley" and no
    "Stanley" of its own (title case capitalises every word, so the headline alone cannot tell)."""
    alone = len(re.findall(rf"\b{re.escape(name)}\b", body))
    longer = sum(len(re.findall(rf"\b{re.escape(phrase)}\b", body))
                 for phrase in (f"{before} {name}" if before else None, f"{name} {after}" if after else None) if phrase)
    return 0 < alone <= longer


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_PERSONAL_ROLES = PERSON_ROLES | lx.TITLE_NOUNS - NOT_ONLY_PERSONS
