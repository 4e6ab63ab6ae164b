"""Names the small English model misses or cuts because they are not English or not shaped like its names:
bodies named in other languages ("Fédération des travailleurs du Québec", "Partij voor de Vrijheid", "Ärzte ohne
Grenzen", "Pro Natura"), towns named with their river ("Halle (Saale)", "Frankfurt am Main", "Newcastle upon
Tyne"), lakes and mountains ("Lake Ohrid", "Lago Maggiore", "Mount Pilatus"), named treaties ("the Treaty of
Tordesillas", "the Lisbon Treaty": no actor, as laws are not, and their words no place or body either: not
"Lisbon"; one the gazetteer knows keeps its type, "the Paris Agreement"), historical states ("the
Ashanti Empire", "the Kingdom of Hawaii"), rulers and their realms ("King Agaja of Dahomey"), church councils of
the past ("the Council of Trent"), and what is no entity at all: a feast day ("Easter Monday") and a
stock market index where it moves ("the DAX lost 2 percent").

:func:`find_shaped_names` runs before the NER's names are read (:meth:`kg.extract.finding.Finder.find`): a
name found here takes its words, so the NER's pieces of it ("Québec", "Saale", "Lisbon") are not read again.
"""
from __future__ import annotations

import re
import functools
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.docarrays import arrays
from kg.extract.givennames import fold as fold_given, given_names
from kg.extract.mentions import INSTITUTION_NOUNS, Mention, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS
from kg.extract.nerrepairs import of_country
from kg.types import EntityType

if TYPE_CHECKING:       # the resolver builds on this module
    from kg.extract.entities import Resolver

ROMAN = re.compile(r"(?=[IVXL]{1,6}$)L?X{0,3}(?:IX|IV|V?I{0,3})")    # "II", "XIV" after a monarch's name

# Words that join the words of a name in the languages of Europe ("Banco de España", "Partij voor de Vrijheid").
NAME_PARTICLES = frozenset("""de del della delle dei degli di da do dos das du des d' l' la le les el los las lo van
von der den het ter y i e et und og och al""".split())
# Prepositions of purpose, company or want in those languages: between two capitalised words they make a name of
# a movement or a body ("Ärzte ohne Grenzen", "Alternative für Deutschland", "Barcelona en Comú", "Juntos por el
# Perú"), which no English name is built with.
NAME_PREPOSITIONS = frozenset("""für ohne mit gegen voor zonder tegen pour sans avec contre en por para sin con
contra per senza contro för utan mot""".split())
# The words that say a body in those languages: party, movement, union, federation, association, foundation, bank,
# ministry, court, council, assembly, institute, university, museum, agency, committee, alliance, front, league ...
ORG_WORDS = frozenset("""partido partito parti partit partidul partij partei partia partiet movimento movimiento
mouvement moviment beweging bewegung unió unión unione união unidad unidos unidas unité confédération confederación
confederazione confederação confederació fédération federación federazione federação federació federatie syndicat
sindicato sindacato sindicat vakbond gewerkschaft coordination coordinadora coordinamento asociación associazione
associação associació association vereniging verein vereinigung fundación fondazione fondation fundação fundació
stichting stiftung banco banca banque caixa caja cassa compagnie compañía société sociedad società sociedade
gesellschaft ministerio ministère ministero ministério ministerium ministerie tribunal tribunale gericht cour corte
consejo conseil consiglio conselho consell raad asamblea assemblée assemblea assembleia congreso congrès congresso
senado sénat senato instituto institut istituto instituut universidad université università universidade
universitat universität universiteit musée museo museu agence agencia agenzia agência agentschap comité comitato
comisión commissione comissão comissió ayuntamiento ajuntament generalitat xunta mairie gemeente coalición
coalizione coligação coalició alianza alleanza aliança alliantie frente fronte front rassemblement alternativa
alternative liga lega ligue izquierda esquerda esquerra sinistra gauche linke bündnis bund verband kammer chambre
cámara camera câmara kamer groupe grupo gruppo centrale""".split())
# The ends of German, Dutch and Nordic compounds that name a body ("Gewerkschaftsbund", "Flüchtlingsrat",
# "Fachverband", "Bundesamt", "Arbeiderpartiet").
ORG_ENDINGS = ("partei", "bund", "verband", "gewerkschaft", "kammer", "gericht", "gerichtshof", "ministerium",
               "stiftung", "verein", "vereinigung", "kasse", "amt", "rat", "förbund", "forbund", "förbundet",
               "forbundet", "partiet", "partij")
# First words of the names of lakes and mountains ("Lake Ohrid", "Lago Maggiore", "Mount Pilatus", "Loch Ness").
NATURE_FIRST_WORDS = frozenset("lake lago lac loch lough mount monte mont sierra cerro pico pic".split())
# Words after a town's name that join it to its river or its region ("Frankfurt am Main", "Mülheim an der Ruhr",
# "Newcastle upon Tyne", "Rothenburg ob der Tauber").
TOWN_JOINERS = {("am",): True, ("im",): True, ("upon",): True, ("an", "der"): False, ("ob", "der"): False,
                ("in", "der"): False, ("an", "den"): False}
JOINER_FIRST_WORDS = frozenset(words[0] for words in TOWN_JOINERS)
# Heads of the names of treaties ("the Treaty of Rome", "the Good Friday Agreement", "the Kyoto Protocol").
# "Pact" is left out: "the Warsaw Pact" is an alliance as often as a treaty.
TREATY_WORDS = frozenset("treaty treaties agreement agreements accord accords convention conventions protocol".split())
# Heads of the names of states of the past or of their kind ("the Ashanti Empire", "the Kingdom of Hawaii").
STATE_WORDS = frozenset("empire kingdom sultanate caliphate khanate emirate principality duchy tsardom shogunate".split())
# Nouns of a people's own members and bodies: "the X people", "X elders", "X herders" name a people, not a town
# (whose "families", "residents" and "refugees" these are not).
PEOPLE_NOUNS = frozenset("people peoples elders herders tribesmen tribeswomen clans clan tribe tribes".split())
# Feast days and holidays, which the NER takes for bodies and places: a day, no entity.
FEASTS = frozenset("""easter christmas ramadan eid diwali hanukkah chanukah passover lent advent pentecost whitsun
thanksgiving epiphany hogmanay halloween nowruz holi vesak""".split())
FEAST_DAYS = frozenset("""easter christmas boxing saints souls ascension labour labor may independence bastille victory
remembrance valentine's new year's""".split())
# Stock market indices, and what they do in the news: a number that moves, no body.
INDICES = frozenset("""ftse dax cac nikkei topix kospi sensex nifty hang seng stoxx euro dow nasdaq s&p ibex mib asx
bovespa merval tsx smi aex omx jse bist""".split())
INDEX_VERBS = frozenset("""fall rise gain lose close end slide drop jump climb edge add slip tumble surge rally shed
finish open dip sink soar plunge trade hit""".split())


@lru_cache(maxsize=1 << 14)
def _english_word(word: str) -> bool:
    from kg.nlp import english_words
    words = english_words()
    return words is None or word in words


def english(tok) -> bool:
    """Whether a word is English: a stop word, or its lemma or itself a word of the English lemma tables (True when
    the tables cannot be read, so that nothing is taken for foreign)."""
    low = tok.lower_
    return (tok.is_stop or _english_word(low) or _english_word(tok.lemma_.lower())
            or low.endswith("s") and _english_word(low[:-1]))     # "Guards": a proper noun's plural keeps its s


def _capital(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not (tok.is_sent_start and tok.pos_ == "DET")


def _glued_hyphen(doc, i: int) -> bool:
    return 0 < i < len(doc) - 1 and doc[i].text in "-–" and not doc[i].whitespace_ \
        and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _right_end(doc, i: int, lowercase: bool) -> int:
    """The end of a name of another language that goes on after token ``i``: capitalised words, the particles and
    prepositions that join them, a number before a capitalised word ("Movimento 5 Stelle") and, where
    ``lowercase``, words that are no English ("Confédération des syndicats nationaux")."""
    n, end, j = len(doc), i + 1, i + 1
    while j < n:
        tok = doc[j]
        if _capital(tok) and not tok.is_sent_start:
            end = j = j + 1
        elif _glued_hyphen(doc, j):
            j += 1
        elif tok.lower_ in NAME_PARTICLES | NAME_PREPOSITIONS or tok.lower_ in ("d'", "l'", "d’", "l’"):
            j += 1
        elif tok.like_num and j + 1 < n and _capital(doc[j + 1]):
            j += 1
        elif lowercase and tok.is_alpha and tok.is_lower and (not english(tok) or doc[j - 1].lower_ in NAME_PARTICLES
                                                              and not tok.is_stop and tok.pos_ not in ("VERB", "AUX")):
            end = j = j + 1     # "nationaux", and "transports" after "des": the name's own words
        else:
            break
    return end


def _left_start(doc, i: int) -> int:
    start = i
    while start > 0 and (_capital(doc[start - 1]) and not english(doc[start - 1]) and not doc[start - 1].ent_type_ == "PERSON"
                         or _glued_hyphen(doc, start - 1) and start >= 2):
        start -= 1
        if doc[start].is_sent_start:
            break
    return start


def _foreign(doc, start: int, end: int) -> bool:
    """Whether a name holds a word of another language: a joining particle or preposition, or a word no English."""
    return any(t.lower_ in NAME_PARTICLES | NAME_PREPOSITIONS or t.is_alpha and not english(t)
               for t in doc[start:end])


def _add(r: Resolver, taken: set[int], start: int, end: int, etype: EntityType) -> None:
    if end - start < 1 or any(i in taken for i in range(start, end)):
        return
    text = r.doc[start:end].text
    entry = r.gaz.lookup(text)
    if entry is not None:
        etype = entry.type
    r.mentions.append(Mention(start, end, text, etype, entry))
    taken.update(range(start, end))


def find_shaped_names(r: Resolver, taken: set[int]) -> None:
    """Add the Doc's names of the shapes above to ``r.mentions`` and their words to ``taken``."""
    doc = r.doc
    n = len(doc)
    # Every word of the Doc is asked: the tests below read the columns (:func:`_capitals`), and a Token is made
    # only for a word one of them leaves standing (each reads as the Token tests did, in the same order)
    cols = arrays(doc)
    text, lower, alpha, is_lower, sent_start = cols.text, cols.lower, cols.is_alpha, cols.is_lower, cols.is_sent_start
    capital = _capitals(cols)
    for i in range(n):
        if i in taken or not alpha[i]:
            continue
        low, word = lower[i], text[i]
        upper = word[:1].isupper()
        cap = capital[i]
        if cap and low in ORG_HEADS and (span := _listed_fields(doc, i, r.gaz)) is not None:
            _add(r, taken, *span, EntityType.ORGANIZATION)     # "the App Drivers and Couriers Union"
        elif upper and low in RULER_TITLES:
            _ruler(r, taken, i)
        elif word == "Council":
            _council(r, taken, i)
        elif upper and low in TREATY_WORDS:
            _treaty(r, taken, i)
        elif upper and low in STATE_WORDS:
            _state(r, taken, i)
        elif upper and low in NATURE_FIRST_WORDS and i + 1 < n and capital[i + 1]:
            end = i + 1
            while end < n and _capital(doc[end]) and end - i <= 3:
                end += 1
            if not any(t.lower_ in ORG_HEADS | PLACE_NOUNS.keys() | {"county", "city", "hospital", "school"}
                       for t in doc[i + 1:end]):
                _add(r, taken, i, end, EntityType.LOCATION)     # "Lake Ohrid", "Lago Maggiore", "Mount Pilatus"
        elif cap and (low in ORG_WORDS or len(low) >= 8 and low.endswith(ORG_ENDINGS) and not low.endswith("krat")
                      and not english(doc[i])) and not (sent_start[i] and low not in ORG_WORDS and english(doc[i])):
            tok = doc[i]    # (a word of a body in another language, ORG_WORDS, or with its ending and no English)
            start, end = _left_start(doc, i), _right_end(doc, i, lowercase=True)
            while end - 1 > i and doc[end - 1].lower_ in NAME_PARTICLES | NAME_PREPOSITIONS:
                end -= 1
            if end - start >= 2 and (not english(tok) or _foreign(doc, start, end)) or (
                    end - start == 1 and len(tok.text) >= 9 and not english(tok)):
                _add(r, taken, start, end, EntityType.ORGANIZATION)     # "Partij voor de Vrijheid", "Flüchtlingsrat"
        elif low in NAME_PREPOSITIONS and is_lower[i] and 0 < i < n - 1 and capital[i - 1] and (
                capital[i + 1] or lower[i + 1] in NAME_PARTICLES and i + 2 < n and capital[i + 2]):
            start = i - 1
            while start > 0 and (_capital(doc[start - 1]) or _glued_hyphen(doc, start - 1)) \
                    and not doc[start].is_sent_start:
                start -= 1
            end = _right_end(doc, i, lowercase=False)
            while end - 1 > i and doc[end - 1].lower_ in NAME_PARTICLES | NAME_PREPOSITIONS:
                end -= 1
            if end > i + 1:
                _add(r, taken, start, end, EntityType.ORGANIZATION)     # "Ärzte ohne Grenzen", "Barcelona en Comú"
        elif word == "Pro" and i + 1 < n and capital[i + 1] and not english(doc[i + 1]):
            _add(r, taken, i, i + 2, EntityType.ORGANIZATION)           # "Pro Natura": for nature, a body
        elif cap and i + 1 < n and lower[i + 1] in PEOPLE_NOUNS and is_lower[i + 1] \
                and (i == 0 or not text[i - 1][:1].isupper()) and cols.ent_type[i] in ("", "NORP", "PERSON", "GPE", "ORG") \
                and not doc[i].is_stop and r.gaz.lookup(word) is None and r.gaz.demonym(word) is None \
                and cols.pos[i] not in ("VERB", "AUX"):     # ('"Moving people 300 kilometres is ...': a verb's object)
            _add(r, taken, i, i + 1, EntityType.GROUP)  # "the Ebrié people", "Yolngu elders": a people
        elif cap and i + 1 < n and (text[i + 1] == "(" or lower[i + 1] in JOINER_FIRST_WORDS) \
                and (end := _town(doc, r.gaz, i)):     # (_town's own first test, read from the columns)
            _add(r, taken, i, end, EntityType.GPE)


def _capitals(cols) -> list[bool]:
    """:func:`_capital` of each word of a Doc, from its columns."""
    pos = cols.pos
    return [alpha and word[:1].isupper() and not (start and pos[k] == "DET")
            for k, (alpha, word, start) in enumerate(zip(cols.is_alpha, cols.text, cols.is_sent_start))]


def _town(doc, gaz, i: int) -> int:
    """The end of a town's name that goes on with its river or its region after token ``i``: "Halle (Saale)",
    "Frankfurt am Main", "Mülheim an der Ruhr"; 0 where there is none."""
    n = len(doc)
    if i + 1 >= n or doc[i + 1].text != "(" and doc[i + 1].lower_ not in JOINER_FIRST_WORDS:
        return 0        # (asked of every capitalised word: most are followed by neither)
    place = doc[i].ent_type_ in ("GPE", "LOC") or (e := gaz.lookup(doc[i].text)) is not None and e.type is EntityType.GPE
    if i > 0 and (doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start
                  or doc[i - 1].lower_ in ("of", "and")):
        return 0        # "the Economic Community of West African States (Ecowas)": the end of a longer name
    if (place and i + 3 < n and doc[i + 1].text == "(" and doc[i + 3].text == ")" and _capital(doc[i + 2])
            and not doc[i + 2].is_upper and not doc[i + 2].is_sent_start
            and not (i + 4 < n and doc[i + 4].text in ("-", "--", "\u2013", "\u2014", ":"))):
        # (not a dateline's agency: "BENGUELA, Angola (Lusa) -")
        inner = gaz.lookup(doc[i + 2].text)
        if inner is None or inner.type is EntityType.LOCATION:
            return i + 4        # "Halle (Saale)", "Frankfurt (Oder)": the town on that river
    for words, needs_place in TOWN_JOINERS.items():
        k = i + 1 + len(words)
        if k < n and tuple(t.lower_ for t in doc[i + 1:k]) == words and all(t.is_lower for t in doc[i + 1:k]) \
                and _capital(doc[k]) and (place or not needs_place):
            return k + 1
    return 0


def _treaty(r: Resolver, taken: set[int], i: int) -> None:
    """ "the Treaty of Tordesillas", "the Lisbon Treaty", "the European Convention on Human Rights": its words."""
    doc = r.doc
    n = len(doc)
    start = i
    while start > 0 and (_capital(doc[start - 1]) or _glued_hyphen(doc, start - 1)) and start - 1 not in taken \
            and not (doc[start - 1].is_sent_start and doc[start - 1].pos_ == "DET"):
        start -= 1
    end = i + 1
    if end + 1 < n and doc[end].lower_ in ("of", "on", "between") and doc[end].is_lower:
        k = end + 1
        if doc[k].lower_ == "the" and k + 1 < n:
            k += 1
        if _capital(doc[k]):
            end = k
            while end < n and (_capital(doc[end]) or doc[end].lower_ in ("of", "and", "for", "the")
                               and end + 1 < n and _capital(doc[end + 1])):
                end += 1
    elif end < n and _capital(doc[end]):
        return      # "the North Atlantic Treaty Organization", "the Convention Centre": a longer name
    if end - start < 2:
        return
    entry = r.gaz.lookup(doc[start:end].text)
    if entry is not None:
        _add(r, taken, start, end, entry.type)      # "the Paris Agreement": the gazetteer's event
    elif not any(k in taken for k in range(start, end)):
        taken.update(range(start, end))     # a law or a treaty is no actor (its words are no place or body either)


def _state(r: Resolver, taken: set[int], i: int) -> None:
    """ "the Ashanti Empire", "the Kingdom of Hawaii", "the Sultanate of Oman": a state (of the past or not)."""
    doc = r.doc
    n = len(doc)
    if i + 1 < n and _capital(doc[i + 1]) and doc[i + 1].lower_ not in STATE_WORDS:
        return      # "the Empire State Building", "Kingdom Holding": a longer name
    start = i
    while start > 0 and _capital(doc[start - 1]) and start - 1 not in taken \
            and not (doc[start - 1].is_sent_start and doc[start - 1].pos_ == "DET"):
        start -= 1
    end = i + 1
    if start == i and end + 1 < n and doc[end].lower_ == "of" and _capital(doc[end + 1]):
        end += 2
        while end < n and _capital(doc[end]):
            end += 1
    if end - start < 2 or any(t.lower_ in INSTITUTION_NOUNS for t in doc[start:end]):
        return
    entry = r.gaz.lookup(doc[start:end].text)
    if entry is not None and entry.type is not EntityType.GPE:
        return
    _add(r, taken, start, end, EntityType.GPE)


def feast_name(doc, start: int, end: int) -> bool:
    """Whether a name is a feast day's or a holiday's: "Easter", "Christmas", "Eid al-Fitr", "Easter Monday",
    "All Saints' Day", "Boxing Day", "Independence Day": a day, no entity."""
    words = [t.lower_ for t in doc[start:end] if t.is_alpha or t.text in ("'s", "’s", "'")]
    if not words:
        return False
    if words[0] in FEASTS and (len(words) == 1 or words[0] in ("eid", "easter", "christmas", "rosh", "yom")):
        return True
    return len(words) >= 2 and words[-1] == "day" and any(w.strip("'’s") in FEAST_DAYS or w in FEAST_DAYS
                                                          for w in words[:-1])


def market_index(doc, start: int, end: int) -> bool:
    """Whether a name is a stock market index's where the sentence moves it: "the FTSE 100 fell", "the DAX lost
    2 percent", "the Nikkei closed at a record" (not "the Nikkei reported", the newspaper)."""
    words = [t.lower_ for t in doc[start:end] if not t.like_num]
    if not words or not all(w in INDICES or w in ("index", "composite", "jones", "all", "share") for w in words) \
            or words[0] not in INDICES:
        return False
    if end < len(doc) and doc[end].lower_ in ("index", "indices", "futures"):
        return True
    root = doc[end - 1]
    while root.dep_ in ("compound", "nummod") and root.head.i != root.i and start <= root.head.i < end + 2:
        root = root.head
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in INDEX_VERBS


# Titles of monarchs and traditional rulers: "King Agaja of Dahomey" is a person and his realm, "the Emir of Kano"
# a ruler's title and his city, not a body.
RULER_TITLES = frozenset("""king queen emperor empress sultan tsar czar tsarina pharaoh shah emir amir oba khan caliph
prince princess duke duchess archduke maharaja raja rajah negus kabaka mansa""".split())
# Last words of names of things named after a ruler's title ("the Prince of Wales Trust")
REALM_NOT = frozenset("trust award awards prize cup stakes fund foundation society".split())
# Words of a church council's story: "the Council of Trent in 1545", "the bishops at the Council of Nicaea".
COUNCIL_CUES = frozenset("bishop bishops ecumenical synod church creed pope patriarch theologian heresy".split())


def _ruler(r: Resolver, taken: set[int], i: int) -> None:
    """ "King Agaja of Dahomey": the person (his title aside) and his realm; "the Oba of Benin": the city or the
    realm only (the title is a description of a person, no body)."""
    doc = r.doc
    n = len(doc)
    j = i + 1
    while j < n and (_capital(doc[j]) or ROMAN.fullmatch(doc[j].text)) and doc[j].lower_ not in RULER_TITLES:
        j += 1
    p = j + 2 if j + 2 < n and doc[j + 1].lower_ == "the" else j + 1
    if not (p < n and doc[j].lower_ == "of" and _capital(doc[p])):
        _bare_ruler(r, taken, i)
        return
    k = p
    while k < n and _capital(doc[k]):
        k += 1
    if any(t in taken for t in range(i, k)) or any(t.lower_ in ORG_HEADS | PLACE_HEADS | REALM_NOT
                                                   for t in doc[p:k]):
        return      # "the Prince of Wales Trust", "the Duke of Edinburgh Award"
    place = r.gaz.lookup(doc[p:k].text)
    if place is not None and place.type not in (EntityType.GPE, EntityType.LOCATION):
        return
    if j > i + 1:
        _add(r, taken, i + 1, j, EntityType.PERSON)     # "King Agaja", "Sultan Mehmed II"
    else:
        taken.update((i, j))
        e = k + 1
        while e < n and (_capital(doc[e]) or e > k + 1 and ROMAN.fullmatch(doc[e].text)):
            e += 1
        if k < n and doc[k].text == "," and e - k >= 2 and e < n and doc[e].text in (",", "."):
            _add(r, taken, k + 1, e, EntityType.PERSON)   # "the Oba of Benin, Ewuare II,": the ruler's name
    _add(r, taken, p, k, EntityType.GPE)


# Titles of a reigning monarch that stand before a bare name in the news ("King Maha Vajiralongkorn", "Emperor
# Naruhito"), not those that open names of firms, places and people as often ("Duke Energy", "Khan Younis", "Prince
# George"), nor those that are given names and surnames too ("Emir Kusturica", "Sultan Al Jaber", "Shaheen Shah
# Afridi").
BARE_RULERS = frozenset("king queen emperor empress tsar czar pharaoh".split())
# Lower-case words inside the names of rulers ("Tamim bin Hamad Al Thani", "Salman bin Abdulaziz").
RULER_PARTICLES = frozenset("bin bint ibn ben al el".split())


def _bare_ruler(r: Resolver, taken: set[int], i: int) -> None:
    """ "King Maha Vajiralongkorn", "King Mohammed VI", "King Willem-Alexander", "Zulu King Misuzulu kaZwelithini": the
    name after a monarch's title, which the small NER misses or runs into the title, is a person's. Not after a
    name ("Stephen King", "Billie Jean King"), before "'s" ("King's College"), nor a name that goes on into a body, a
    place or a thing named after the ruler ("Queen Elizabeth Hospital", "King Street")."""
    doc = r.doc
    n = len(doc)
    if doc[i].lower_ not in BARE_RULERS or i + 1 >= n:
        return
    before = doc[i - 1] if i > 0 and not doc[i].is_sent_start else None
    if before is not None and before.is_alpha and before.text[:1].isupper() and r.gaz.demonym(before.text) is None \
            and before.ent_type_ != "NORP" and (fold_given(before.text) in given_names() or i > 1 and (
                doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha and not doc[i - 2].is_sent_start)):
        return      # "Stephen King", "Martin Luther King": a surname (but "Zulu King X", "Thai King X": a people's)
    j = i + 1
    while j < n and (_capital(doc[j]) and not doc[j].is_sent_start and doc[j].lower_ not in RULER_TITLES
                     or j > i + 1 and (ROMAN.fullmatch(doc[j].text) or _glued_hyphen(doc, j)
                                       or doc[j].pos_ == "PROPN" and doc[j].is_alpha and not doc[j].is_lower
                                       and doc[j - 1].text[:1].isupper()
                                       or doc[j].lower_ in RULER_PARTICLES and j + 1 < n and _capital(doc[j + 1]))):
        j += 1      # (a particle glued to a name: "kaZwelithini"; a numeral: "Mohammed VI"; "Salman bin Abdulaziz")
    if j == i + 1 or doc[j - 1].text in "-–" or any(t in taken for t in range(i, j)):
        return
    if j < n and (doc[j].text in ("'s", "’s") or doc[j].text in "-–" and not doc[j].whitespace_):
        return      # "King's College", "Queen Mary-educated"
    if any(t.lower_ in ORG_HEADS | PLACE_HEADS | REALM_NOT | PLACE_NOUNS.keys() for t in doc[i + 1:j]) or (
            j < n and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].lower_ in ORG_HEADS | PLACE_HEADS | REALM_NOT):
        return      # "Queen Elizabeth Hospital", "King Abdullah Port", "King Fahd Causeway"
    entry = r.gaz.lookup(doc[i:j].text) or r.gaz.lookup(doc[i + 1:j].text)
    if entry is not None and entry.type is not EntityType.PERSON:
        return      # "Prince Edward Island", "King Kong": a name the gazetteer knows as no person
    if any(t.ent_type_ in ("ORG", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART") for t in doc[i + 1:j]):
        return
    _add(r, taken, i + 1, j, EntityType.PERSON)


def _council(r: Resolver, taken: set[int], i: int) -> None:
    """ "the Council of Trent", "the First Council of Nicaea": a church council of the past, an Event, where its
    sentence says so by a year before 1800 or a word of the church ("Council of Europe" is the gazetteer's body)."""
    doc = r.doc
    n = len(doc)
    if not (i + 2 < n and doc[i + 1].lower_ == "of" and _capital(doc[i + 2])):
        return
    k = i + 2
    while k < n and _capital(doc[k]):
        k += 1
    start = i - 1 if i > 0 and doc[i - 1].lower_ in ("first", "second", "third", "fourth", "fifth") \
        and doc[i - 1].text[:1].isupper() else i
    if r.gaz.lookup(doc[start:k].text) is not None or any(t in taken for t in range(start, k)):
        return
    sent = doc[i].sent
    old = any(t.like_num and t.text.isdigit() and 100 <= int(t.text) < 1800 for t in sent)
    if old or any(t.lower_ in COUNCIL_CUES for t in sent):
        _add(r, taken, start, k, EntityType.EVENT)


def _field_word(tok, own=()) -> bool:
    """A capitalised English common word, as the fields a body's name lists are ("Media", "Couriers"), that is no
    name of its own to the NER (``own``: the positions of the NER's name that holds the body's head word)."""
    return _capital(tok) and tok.tag_ != "JJ" and (tok.ent_type_ in ("", "PERSON") or tok.i in own or tok.ent_type_ == "NORP"
                                                    and tok.tag_ in ("NNS", "NNPS")) and english(tok)


def _trades(span) -> bool:
    """Whether a name of the NER's is English words ending in a plural, as trades are ("Bike Messengers")."""
    return span[-1].tag_ in ("NNS", "NNPS") and all(english(t) for t in span if t.pos_ != "DET")


def _of_tail(doc, gaz, end: int) -> int:
    """The end of a name listing its fields before the head, with the "of" and the capitalised words after it that
    the NER took into the same name, or with the country the NER cut off: "the Pension Fund Regulatory and
    Development Authority" + "of India" (the body of that country, not a body and a country); ``end`` itself where
    the name stops at the head."""
    ent_end = next((e for s, e, label in arrays(doc).ents if label == "ORG" and s < end <= e), None)
    if ent_end is None or end + 1 >= ent_end or doc[end].lower_ != "of":
        country = of_country(doc, gaz, end, body=True)
        return end if country is None else country
    k = end + 1
    while k < ent_end and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    return k if k > end + 1 else end


def _listed_fields(doc, i: int, gaz=None) -> tuple[int, int] | None:
    """The whole name of a body whose name lists its fields with "and", which the NER cuts at the "and" or the
    comma: "the App Drivers and Couriers Union" (the list before the head ``i``), "the Department for Culture,
    Media and Sport" (after it); None where there is no such list."""
    n = len(doc)
    own = [k for start, end, label in arrays(doc).ents if start <= i < end or label == "ORG" and end < i
           and _trades(doc[start:end]) for k in range(start, end)]
    # ("Bike Messengers" + "and" + "Cleaners Union": trades, no firm; the names' bounds read once per Doc, a Span
    # made only for an organisation's name before the head, as doc.ents made one for every name on each call)
    _field = functools.partial(_field_word, own=own)
    if i >= 3 and _field(doc[i - 1]):       # the list before the head
        start, anded = i - 1, False
        while start > 0:
            prev = doc[start - 1]
            if _field(prev) or prev.tag_ == "POS" and start >= 2 and _field(doc[start - 2]):
                start -= 1
            elif prev.lower_ in ("and", "&", ",") and start >= 2 and _field(doc[start - 2]):
                anded = anded or prev.lower_ in ("and", "&")
                start -= 1
            else:
                break
        while start > 0 and _capital(doc[start - 1]) and doc[start - 1].ent_type_ in ("", "PERSON", "NORP"):
            start -= 1      # "App" of "the App Drivers and Couriers Union": the name's first word, whatever it is
        if anded and doc[start].text[:1].isupper() and not any(doc[k].lower_ == doc[i].lower_ for k in range(start, i)):
            # (not "Alaska Airlines and United Airlines": a head said twice is two names)
            return start, _of_tail(doc, gaz, i + 1) if gaz is not None else i + 1
    if i + 4 < n and doc[i + 1].lower_ in ("for", "of") and _field(doc[i + 2]):     # the list after it
        end, anded = i + 3, False
        while end < n:
            if _field(doc[end]):
                end += 1
            elif doc[end].lower_ in ("and", "&", ",") and end + 1 < n and _field(doc[end + 1]) and not anded:
                anded = anded or doc[end].lower_ in ("and", "&")
                end += 1
            else:
                break
        if anded and _field(doc[end - 1]):
            return i, end
    return None
