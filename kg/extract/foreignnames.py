"""Names the small English model misses or cuts because they are not English or not shaped like its names:
bodies named in other languages ("Fédération des travailleurs du Québec", "Partij voor de Vrijheid", "Ärzte ohne
Grenzen", "Pro Natura"), towns named with their river ("Halle (Saale)", "Frankfurt am Main", "Newcastle upon
Tyne"), lakes and mountains ("Lake Ohrid", "Lago Maggiore", "Mount Pilatus"), named treaties ("the Treaty of
Tordesillas", "the Lisbon Treaty": the agreement signed, an Event by the ontology), historical states ("the
Ashanti Empire", "the Kingdom of Hawaii"), and what is no entity at all: a feast day ("Easter Monday") and a
stock market index where it moves ("the DAX lost 2 percent").

:func:`find_shaped_names` runs before the NER's names are read (:meth:`kg.extract.finding.Finder.find`): a
name found here takes its words, so the NER's pieces of it ("Québec", "Saale", "Lisbon") are not read again.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.mentions import INSTITUTION_NOUNS, Mention, ORG_HEADS, PLACE_NOUNS
from kg.types import EntityType

if TYPE_CHECKING:       # the resolver builds on this module
    from kg.extract.entities import Resolver

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
# Heads of the names of treaties: the agreement signed, an Event ("the Treaty of Rome", "the Good Friday
# Agreement", "the Kyoto Protocol"); laws ("Act", "Bill", "Directive") stay no entity.
# "Pact" is left out: "the Warsaw Pact" is an alliance as often as a treaty.
TREATY_WORDS = frozenset("treaty treaties agreement agreements accord accords convention conventions protocol".split())
# Heads of the names of states of the past or of their kind ("the Ashanti Empire", "the Kingdom of Hawaii").
STATE_WORDS = frozenset("empire kingdom sultanate caliphate khanate emirate principality duchy tsardom shogunate".split())
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
    return tok.is_stop or _english_word(tok.lower_) or _english_word(tok.lemma_.lower())


def _capital(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not (tok.is_sent_start and tok.pos_ == "DET")


def _org_word(tok) -> bool:
    low = tok.lower_
    if low in ORG_WORDS:
        return True
    return len(low) >= 8 and low.endswith(ORG_ENDINGS) and not low.endswith("krat") and not english(tok)


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
        elif lowercase and tok.is_alpha and tok.is_lower and not english(tok):
            end = j = j + 1
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
    for i, tok in enumerate(doc):
        if i in taken or not tok.is_alpha:
            continue
        low = tok.lower_
        if tok.text[:1].isupper() and low in TREATY_WORDS:
            _treaty(r, taken, i)
        elif tok.text[:1].isupper() and low in STATE_WORDS:
            _state(r, taken, i)
        elif tok.text[:1].isupper() and low in NATURE_FIRST_WORDS and i + 1 < n and _capital(doc[i + 1]):
            end = i + 1
            while end < n and _capital(doc[end]) and end - i <= 3:
                end += 1
            if not any(t.lower_ in ORG_HEADS | PLACE_NOUNS.keys() | {"county", "city", "hospital", "school"}
                       for t in doc[i + 1:end]):
                _add(r, taken, i, end, EntityType.LOCATION)     # "Lake Ohrid", "Lago Maggiore", "Mount Pilatus"
        elif _capital(tok) and _org_word(tok) and not (tok.is_sent_start and english(tok) and low not in ORG_WORDS):
            start, end = _left_start(doc, i), _right_end(doc, i, lowercase=True)
            while end - 1 > i and doc[end - 1].lower_ in NAME_PARTICLES | NAME_PREPOSITIONS:
                end -= 1
            if end - start >= 2 and (not english(tok) or _foreign(doc, start, end)) or (
                    end - start == 1 and len(tok.text) >= 9 and not english(tok)):
                _add(r, taken, start, end, EntityType.ORGANIZATION)     # "Partij voor de Vrijheid", "Flüchtlingsrat"
        elif low in NAME_PREPOSITIONS and tok.is_lower and 0 < i < n - 1 and _capital(doc[i - 1]) and (
                _capital(doc[i + 1]) or doc[i + 1].lower_ in NAME_PARTICLES and i + 2 < n and _capital(doc[i + 2])):
            start = i - 1
            while start > 0 and (_capital(doc[start - 1]) or _glued_hyphen(doc, start - 1)) \
                    and not doc[start].is_sent_start:
                start -= 1
            end = _right_end(doc, i, lowercase=False)
            while end - 1 > i and doc[end - 1].lower_ in NAME_PARTICLES | NAME_PREPOSITIONS:
                end -= 1
            if end > i + 1:
                _add(r, taken, start, end, EntityType.ORGANIZATION)     # "Ärzte ohne Grenzen", "Barcelona en Comú"
        elif tok.text == "Pro" and i + 1 < n and _capital(doc[i + 1]) and not english(doc[i + 1]):
            _add(r, taken, i, i + 2, EntityType.ORGANIZATION)           # "Pro Natura": for nature, a body
        elif _capital(tok) and _town(doc, r.gaz, i):
            _add(r, taken, i, _town(doc, r.gaz, i), EntityType.GPE)


def _town(doc, gaz, i: int) -> int:
    """The end of a town's name that goes on with its river or its region after token ``i``: "Halle (Saale)",
    "Frankfurt am Main", "Mülheim an der Ruhr"; 0 where there is none."""
    n = len(doc)
    place = doc[i].ent_type_ in ("GPE", "LOC") or (e := gaz.lookup(doc[i].text)) is not None and e.type is EntityType.GPE
    if i > 0 and (doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start
                  or doc[i - 1].lower_ in ("of", "and")):
        return 0        # "the Economic Community of West African States (Ecowas)": the end of a longer name
    if (place and i + 3 < n and doc[i + 1].text == "(" and doc[i + 3].text == ")" and _capital(doc[i + 2])
            and not doc[i + 2].is_upper and not doc[i + 2].is_sent_start):
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
    """ "the Treaty of Tordesillas", "the Lisbon Treaty", "the European Convention on Human Rights": an Event."""
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
    if entry is not None and entry.type is not EntityType.EVENT:
        return
    _add(r, taken, start, end, EntityType.EVENT)


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
