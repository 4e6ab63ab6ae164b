"""Finding entity mentions in a Doc: names from the NER and the gazetteer, institutional phrases, surnames and
short names, and the type cues that keep or drop each (the finding half of :class:`kg.extract.entities.Resolver`).
"""
from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.givennames import fold as fold_given, given_names
from kg.extract.mentions import (
    article_of_name,
    AWARD_HEADS,
    BRAND_NOUNS,
    CLUB_WORDS,
    clean_name,
    COMPASS_WORDS,
    DESCRIPTIONS,
    EVENT_HEADS,
    FIELD_WORDS,
    fold,
    inside_dotted,
    inside_word,
    INSTITUTION_NOUNS,
    LAW_HEADS,
    MACHINE_NOUNS,
    Mention,
    MODEL_CODE,
    NAME_PARTICLES,
    NER_TYPES,
    OFFICE_PREFIXES,
    OFFICE_WORDS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    OWN_WORDS,
    PERSON_TITLES,
    PLACE_FIRST_WORDS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    PRODUCT_NOUNS,
    QUOTES,
    ROMANCE_PARTICLES,
    SCHEME_NOUNS,
    SKIP_WORDS,
    STATE_OFFICES,
    STREET_HEADS,
    TITLE_WORDS,
    VESSEL_NOUNS,
    WARE_NOUNS,
    WORSHIP_HEADS,
)
from kg.extract.namecues import (acts, age_or_who, context_votes, first_conjunct, person_apposed, result_clause,
                                 squad_modifier)
from kg.extract.references import GOVERNMENT_NOUNS, state_demonym
from kg.gazetteer import GazEntry
from kg.types import EntityType

ROMAN_RE = re.compile(r"(?=[IVXL]{2,6}$)L?X{0,3}(?:IX|IV|V?I{0,3})")    # "II", "XIV": a numeral, not "X"
# Heads of the name of a measure, a scale or an identifier, which no body has: "the Baltic Dry Index", "the Richter
# Scale", "the National Identification Number".
MEASURE_HEADS = frozenset("index indices indicator classification scale barometer number".split())
# Words before a storm's name: "Hurricane Milton", "Severe Tropical Storm Kristine" is an event, no body.
STORM_WORDS = frozenset("storm hurricane typhoon cyclone".split())
# Capitalised words that follow a town's name in a newspaper's ("Nairobi Today", "Lusaka Times", "Harare Herald").
PRESS_WORDS = frozenset("""Today Times Post News Herald Journal Tribune Gazette Express Chronicle Daily Standard Observer
Telegraph Courier Monitor""".split())
# Verbs of writing somewhere: the name after "on" is the platform ("wrote on X", "posted on Threadly").
POSTING_VERBS = frozenset("write post say tweet announce share comment reply publish".split())
# Things named after a person, whose name there mentions no one: "the Annie Spink award", "a Fulbright scholarship".
HONOUR_NOUNS = frozenset("award prize medal fellowship scholarship lecture trophy professorship memorial".split())
# The field or rank of a title that a name before it may swallow: "WFP Country Director", "Nissan Regional Manager".
TITLE_FIELD_WORDS = frozenset("country regional area global national managing executive".split())


def hyphen_inside(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to a word on both sides ("Murray-Darling", "Rolls-Royce")."""
    return 0 < i < len(doc) - 1 and doc[i].text in "-\u2013" and not doc[i].whitespace_ \
        and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha


class Finder:
    """Finds the mentions of one Doc; mixed into :class:`kg.extract.entities.Resolver`, whose state it uses."""

    def find(self) -> None:
        doc = self.doc
        taken: set[int] = set()
        products: set[str] = self._scheme_names()  # names the text says are products ("Medora, a records system")
        adjectives: list[tuple[int, int, GazEntry]] = []
        for ent in doc.ents:
            if ent.label_ not in NER_TYPES:
                continue
            start, end = clean_name(ent)
            cut = next((k for k in range(start + 2, end - 1) if doc[k].lower_ in ("for", "with", "against")
                        and doc[k - 1].lower_ in EVENT_HEADS and doc[k + 1].text[:1].isupper()), None)
            if cut is not None:
                end = cut       # "the Dutch Grand Prix" + "for Red Bull": a competition, then who took part in it
            if end - start > 1 and doc[end - 1].lower_ == "of" and end < len(doc) and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper():
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                    end += 1    # "the Bay of" + "Biscay": a name the NER cut after its "of"
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
            if label in ("GPE", "LOC") and end < len(doc) and doc[end].text in PRESS_WORDS and doc[end].ent_type_ in (
                    "", "DATE", "ORG") and end + 1 not in taken:
                end, label = end + 1, "ORG"     # "told Nairobi Today", "Lusaka Times": a paper named after its town
            if label == "ORG" and (owner_end := self._owner_of_person(start, end)) is not None:
                start, label = owner_end + 1, "PERSON"  # "The Nationals' Perin Davey, who ...": the person, not the party
            if label in ("GPE", "ORG") and end - start == 1 and self._given_name_before(start):
                start, label = start - 1, "PERSON"  # "Dennis" + "Muilenburg": a surname the NER took for a place
            elif label == "GPE" and self._prefixed_place(start, end):
                start, label = start - 1, "ORG"     # "Real Madrid", "Dynamo Kyiv": a name built on a place's
            elif label == "GPE" and self._club_suffix(start, end):
                end, label = end + 1, "ORG"         # "Leeds" + "United": a club's name the NER cut at the place
            elif label == "ORG" and end - start <= 3 and self._personal(start, end):
                label = "PERSON"    # "Paris prosecutor Laure Beccuau", "Iga Swiatek ... Swiatek said"
            elif (label == "GPE" and end - start == 2 and fold(doc[start].text).casefold() in given_names()
                  and self._personal(start, end)):
                label = "PERSON"    # "Mathieu Ferrand ... Ferrand said": a given name and a surname said alone
            elif (label in ("GPE", "ORG") and end - start == 1 and age_or_who(doc, end)
                  and self.gaz.lookup(doc[start].text) is None):
                label = "PERSON"    # "Brandt, 31, said": an age or a singular "who" after an unknown name
            if label == "ORG" and (joined := self._joined_org(end)) is not None:
                end = joined        # "Center for Science" + "in the Public Interest": one name the NER cut in two
            while (label == "ORG" and end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
                   and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text[:1].isupper()
                   and not doc[end].ent_type_ and doc[end].lower_ not in TITLE_WORDS):
                end += 1            # "Lufthansa" + "Technik": the NER cut the name of a firm's unit
            if label == "ORG" and end - start == 1 and (long_end := self._acronym_head(start)) is not None:
                end = long_end      # "CMA" of "CMA CGM", "AP" of "AP Moller-Maersk": the first word of a longer name
            while (label == "ORG" and end - start > 2 and doc[end - 1].lower_ in TITLE_WORDS | {"representative"}
                   and doc[end - 1].text[:1].isupper() and doc[end - 2].lower_ in TITLE_FIELD_WORDS):
                end -= 1            # "WHO Country Representative": the NER took the title into the name
            while (label == "ORG" and end - start > 1 and doc[end - 1].lower_ in TITLE_FIELD_WORDS and end < len(doc)
                   and doc[end].text[:1].isupper() and doc[end].lower_ in TITLE_WORDS):
                end -= 1            # "WFP Country" + "Director": the title's field, not part of the body's name
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
            elif (label == "ORG" and self.sport and end - start == 2 and ent.start == start
                  and fold_given(doc[start].text) in given_names()
                  and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in doc[start:end])
                  and self.gaz.lookup(doc[start:end].text) is None and not self._org_like(start, end)
                  and not any(t is EntityType.ORGANIZATION for t, _ in context_votes(doc, start, end))):
                label = "PERSON"    # "Marcus Obi scored 31 points": in a sport story a player, not a club
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
            if etype in (EntityType.PERSON, EntityType.GPE) and end - start > 1 and last in ORG_HEADS | CLUB_WORDS:
                etype = EntityType.ORGANIZATION     # "... Agency", "Ver.di union": not a person or a state
            elif etype is EntityType.PERSON and len(text) >= 3 and text.isupper():
                etype = EntityType.ORGANIZATION     # "HHLA": an acronym names a body, not a person
            elif etype is EntityType.PERSON and last in PLACE_HEADS:
                etype = EntityType.LOCATION         # "James Webb Space Telescope", "Bab al-Hawa crossing"
            entry = self.gaz.lookup(text)
            if entry is not None and start > 0 and doc[start - 1].lower_ == "the" and doc[end - 1].dep_ != "compound":
                the = "the " + text.casefold()      # "the Amazon": the river, whose name takes "the"; not the firm
                entry = next((e for e in self.gaz.lookup_all(text) if e is not entry
                              and any(a.casefold() == the for a in e.aliases)), entry)
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
            if entry is None and end - start > 1 and doc[end - 1].lower_ in AWARD_HEADS:
                continue    # "the Kossuth Prize", "the Golden Boot award": an honour, no actor
            if entry is None and label in ("ORG", "FAC", "LOC") and (root := doc[end - 1]).dep_ == "pobj" \
                    and root.head.lower_ == "on" \
                    and root.head.head.lemma_.lower() in POSTING_VERBS:
                continue    # "Zhao wrote on X.", "said on Threadly": the platform written on, no body
            if entry is None and self._product(start, end):
                if self._model(start, end):
                    products.add(doc[start:end].text)
                continue    # "Brent crude", "Highlander and Lexus models": a product's or a brand's name
            if entry is None and ent.label_ == "PERSON" and end - start > 1 and not doc[start].text[0].isupper():
                continue
            if ((label == "PERSON" or fold_given(doc[start].text) in given_names() and end - start in (2, 3))
                    and entry is None and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end
                    and doc[end - 1].head.text.islower() and doc[end - 1].head.lemma_.lower() in HONOUR_NOUNS):
                taken.update(range(start, end))
                continue    # "its Annie Spink award", "the Vera Novak lecture": an honour named after someone
            if entry is None and end - start == 1 and (doc[start].tag_ in ("NNS", "NN", "JJ") and doc[start].is_sent_start
                                                        or doc[start].lower_.rstrip(".") in TITLE_WORDS
                                                        and doc[start].lower_ not in ORG_HEADS | INSTITUTION_NOUNS):
                continue    # "Shoppers said ...", "Unofficial results", "Secretary of State": a common word is no name
            if entry is None and end - start == 1 and (
                    ROMAN_RE.fullmatch(doc[start].text) or self._owned_acronym(start, end)):
                continue    # "grade II", "before its IPO": a numeral, a common noun after "its", no name
            if (entry is None and end - start == 1 and doc[start].tag_ == "VBG" and doc[start].lower_.endswith("ing")
                    and doc[start].lemma_.lower() != doc[start].lower_
                    and (doc[start].is_sent_start or start > 0 and doc[start - 1].text in QUOTES)):
                continue    # '"Staying was the point."': a gerund that opens a sentence is no name
            if entry is not None and text.isupper() and text != entry.label and entry.type in (
                    EntityType.EVENT, EntityType.LOCATION) and self._acts_as_org(start, end):
                entry = None    # "Shipping lines Maersk and MSC": an acronym the context makes a firm
                etype = EntityType.ORGANIZATION
            if (ent.label_ in ("GPE", "LOC", "FAC") and (entry is None or entry.kind in ("city", "region"))
                    and (self.sport and (acts(doc, start, end) or squad_modifier(doc, start, end))
                         or result_clause(doc, start, end))):
                club = self.gaz.club(text)
                if club is not None or entry is None or entry.kind == "city":
                    # "Liverpool signed him", "from Flamengo", "Harbour City beat Wexley Town 3-0": a club, the one
                    # the gazetteer knows by that word where there is one ("Bayern" -> Bayern Munich, not Bavaria)
                    entry, etype = club, EntityType.ORGANIZATION
            if entry is not None:
                etype = entry.type
            elif etype is EntityType.GPE and self._continent_part(start, end):
                etype = EntityType.LOCATION     # "West Africa", "Southeast Asia": part of a continent, no state
            elif etype is EntityType.ORGANIZATION and end - start > 1 and last in MEASURE_HEADS:
                short = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                taken.update(range(start, end + 3 if short else end))
                continue    # "the Drewry World Container Index", "the Phase Classification (IPC)": a measure
            elif end - start > 1 and any(t.lower_ in STORM_WORDS for t in doc[start:end - 1]) and all(
                    t.text[:1].isupper() for t in doc[start:end]):
                etype = EntityType.EVENT        # "Typhoon Gaemi", "Severe Tropical Storm Kristine": a storm
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
        storms = {m.text.split()[-1] for m in self.mentions if m.type is EntityType.EVENT
                  and any(w.lower() in STORM_WORDS for w in m.text.split()[:-1])}
        for m in self.mentions:
            if m.end - m.start == 1 and m.entry is None and m.text in storms:
                m.type = EntityType.EVENT       # "Typhoon Gaemi ... Gaemi later moved to China": the storm again
        self._read_states()
        self._read_clubs()

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

    def _read_clubs(self) -> None:
        """A town's name that acts after the article named the club the gazetteer knows by it ("Leeds United
        sacked its manager ... Leeds said") is the club, as its short form: a city does not speak for its club. And
        where one mention of a name is a club, so is that name where it modifies a noun ("a 19-year Tottenham love
        affair"): one name keeps one sense, but not where it is a place ("in Leeds")."""
        doc = self.doc
        clubs = {}
        for m in self.mentions:
            if m.entry is not None and m.entry.kind == "club":
                clubs.setdefault(m.entry, m.start)
        if not clubs:
            return
        named = {m.text: m.entry for m in self.mentions if m.entry is not None and m.entry.kind == "club"}
        for m in self.mentions:
            if not (m.entry is None and m.type in (EntityType.GPE, EntityType.LOCATION)
                    or m.entry is not None and m.entry.kind in ("city", "region")):
                continue
            head = doc[m.end - 1]
            if m.text in named and head.dep_ == "compound" and head.head.pos_ == "NOUN":
                m.entry, m.type = named[m.text], named[m.text].type
                continue
            if m.entry is None or not acts(doc, m.start, m.end, by=False):
                continue
            club = self.gaz.club(m.text)
            if club is not None and clubs.get(club, len(doc)) < m.start:
                m.entry, m.type = club, club.type

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
        if nxt is not None and (nxt.text.islower() and nxt.lemma_.lower() in PRODUCT_NOUNS
                                or nxt.lower_ in MACHINE_NOUNS):
            return True
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.text.islower() and before.lemma_.lower() in PRODUCT_NOUNS | VESSEL_NOUNS \
                and (before.head.i in range(start, end) or doc[end - 1].dep_ == "appos" and doc[end - 1].head == before):
            return True     # "the painkiller OxyContin", "the lander Vikram": the noun names what the name is
        if self._model(start, end):
            return True
        head = first_conjunct(doc[end - 1])
        return (head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.text.islower()
                and head.head.lemma_.lower() in PRODUCT_NOUNS)

    def _continent_part(self, start: int, end: int) -> bool:
        """Whether an unknown name is a compass word and a continent the gazetteer knows ("West Africa")."""
        doc = self.doc
        if end - start != 2 or doc[start].lower_ not in COMPASS_WORDS:
            return False
        rest = self.gaz.lookup(doc[start + 1].text)
        return rest is not None and rest.kind == "continent"

    def _model(self, start: int, end: int) -> bool:
        """Whether the name is itself a product's, wherever it recurs: a model number before it ("the 737 MAX"),
        a designation of letters and digits in it ("A321XLR", "S-400"), or an apposition saying what made thing it
        is ("Medora, a records system built by ...")."""
        doc = self.doc
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.tag_ == "CD" and before.text.isdigit() and len(before.text) == 3 \
                and before.head.i in range(start, end):
            return True     # three digits: a model number, not a year ("the 2022 World Cup")
        if any(MODEL_CODE.fullmatch(t.text) for t in doc[start:end]):
            return True
        if any(c.dep_ == "appos" and c.text.islower() and c.lemma_.lower() in PRODUCT_NOUNS | WARE_NOUNS | VESSEL_NOUNS
               for c in doc[end - 1].children):
            return True
        k = start - 1 - (start > 0 and doc[start - 1].lower_ in ("the", "a", "an"))
        if k >= 1 and doc[k].text == "," and doc[k - 1].text.islower() and doc[k - 1].pos_ == "NOUN" and \
                doc[k - 1].lemma_.lower() in PRODUCT_NOUNS | WARE_NOUNS | VESSEL_NOUNS:
            return True     # "The vessel, the Vega Star,", "its new pill, Zentrivo,": what was named, said first
        return self._described_after(end) or self._indefinite(start, end)

    def _described_after(self, end: int) -> bool:
        """Whether the noun phrase right after a comma that follows the name is headed by a made thing, however the
        parser attached it ("Autopilot, its driver-assistance system, ..."; "Nimbus, a note-taking app"): the
        phrase opens with a determiner or a possessive and reaches its head through modifiers only."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"} | OWN_WORDS:
            return False
        for k in range(end + 2, min(len(doc), end + 9)):
            tok = doc[k]
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if tok.pos_ in ("NOUN", "PROPN") and not (nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text
                                                                         in ("-", "'s", "’s"))):
                return tok.pos_ == "NOUN" and tok.lemma_.lower() in PRODUCT_NOUNS | WARE_NOUNS | VESSEL_NOUNS
            if not (tok.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "NUM", "PART") or tok.text == "-"
                    or tok.pos_ == "VERB" and tok.dep_ == "amod"):
                return False
        return False

    def _indefinite(self, start: int, end: int) -> bool:
        """Whether "a"/"an" determines the name itself ("a new Apple Watch", "an Airbus"): an organisation, a place
        or a person is one of a kind; what the article counts is a thing of a make ("a Tesla spokesman" is not
        this: there the article is the spokesman's)."""
        doc = self.doc
        head = doc[end - 1]
        if head.dep_ == "compound" or end - start > 3:
            return False
        return any(c.lower_ in ("a", "an") and c.dep_ == "det" and c.i < start for c in head.children)

    def _owner_of_person(self, start: int, end: int) -> int | None:
        """The possessive mark inside a name the NER took whole, when the words after it name a person: a given name
        first, or ", who" after them ("the Greens' Ana Ruiz", "The Nationals' Perin Davey, who ...")."""
        doc = self.doc
        for k in range(start + 1, end - 2):
            if doc[k].tag_ == "POS":
                tail = doc[k + 1:end]
                who = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"
                if len(tail) in (2, 3) and all(t.is_alpha and t.text[:1].isupper() for t in tail) and (
                        who or fold_given(tail[0].text) in given_names()) and not self._org_like(k + 1, end):
                    return k
        return None

    def _owned_acronym(self, start: int, end: int) -> bool:
        """Whether one word after "its", "their", "his" ... or "a", "an" heads its noun phrase: a common noun,
        however written ("its IPO", "their CFO", "an NGO"), since a name takes no possessive determiner and no
        indefinite article (but "to A Coruna": a capital article inside a sentence is the name's); the gazetteer's
        names are kept."""
        doc = self.doc
        return (end - start == 1 and start > 0 and (doc[start - 1].tag_ == "PRP$" or doc[start - 1].text in ("a", "an")
                                                   or doc[start - 1].text in ("A", "An") and doc[start - 1].is_sent_start)
                and doc[start].dep_ != "compound"
                and self.gaz.lookup(doc[start].text) is None)

    def _acronym_head(self, start: int) -> int | None:
        """The end of the longer name an acronym begins, when the acronym modifies capitalised words right after it
        and they name no person, place or office ("CMA CGM", "AP Moller-Maersk"); else None."""
        doc = self.doc
        head = doc[start].head.i
        if not (doc[start].is_upper and len(doc[start]) >= 2 and doc[start].dep_ == "compound"
                and start < head <= start + 4 and doc[start].whitespace_):
            return None
        words = doc[start + 1:head + 1]
        if all((t.text[:1].isupper() and t.is_alpha or t.text == "-" and not t.whitespace_)
               and t.ent_type_ in ("", "ORG") and t.lower_ not in TITLE_WORDS | lx.TITLE_MODIFIERS for t in words) \
                and words[-1].is_alpha:
            return head + 1
        return None

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

    def _club_suffix(self, start: int, end: int) -> bool:
        """Whether the capitalised word right after a place name is a club's last word ("Leeds" + "United") that
        the NER left out, and the whole is no place the gazetteer knows."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in CLUB_WORDS or not doc[end].text[:1].isupper() or \
                doc[end].ent_iob_ == "B":
            return False
        known = self.gaz.lookup(doc[start:end + 1].text)
        return known is None or known.type is EntityType.ORGANIZATION

    def _personal(self, start: int, end: int) -> bool:
        """Whether a name the NER called an organisation is a person's: two or three capitalised words with no
        organisational or place word, known to no gazetteer, and either its last word is a person's name alone
        elsewhere in the article ("Iga Swiatek ... Swiatek said") or a title noun stands before it ("the Paris
        prosecutor Laure Beccuau")."""
        doc = self.doc
        words = [t for t in doc[start:end] if t.text not in "-–"]
        if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
            return False
        if any(t.lower_.rstrip(".") in ORG_HEADS | ORG_SUFFIXES | INSTITUTION_NOUNS | PLACE_HEADS | CLUB_WORDS
               or self.gaz.lookup(t.text) is not None or self.gaz.demonym(t.text) is not None for t in words):
            return False
        if self.gaz.lookup(doc[start:end].text) is not None:
            return False
        last = words[-1].text
        if any(e.label_ == "PERSON" and e.text == last for e in doc.ents):
            return True
        given = fold(words[0].text).casefold() in given_names()
        if any(t.text == last and not start <= t.i < end and t.pos_ == "PROPN"
               and (t.i == 0 or doc[t.i - 1].pos_ != "PROPN") and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ not in ("PROPN", "NOUN"))
               and (given or age_or_who(doc, t.i + 1, plural_ok=True)) for t in doc):
            return True     # "Antoine Dupont ... Dupont had been", "Novak Djokovic ... Djokovic, who had won": a
                            # person's surname alone (a firm's short form is its first word, "Telefonica")
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
                if entry is not None and (self._title_part(i, end) or inside_dotted(doc, i, end)):
                    break       # "Trade Secretary"; "UK" of "Harbor.UK" (but "Athens-based" is Athens)
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
                                    and not hyphen_inside(doc, t.i) for t in span)
                        and not inside_word(doc, i, j) and not (j - i == 1 and ROMAN_RE.fullmatch(doc[i].text))
                        and not self._owned_acronym(i, j)
                        and not (j - i == 1 and i > 0 and doc[i - 1].tag_ == "POS" and doc[i].lower_ in ORG_HEADS)):
                    # ("Murray-Darling Basin Authority": a hyphenated word inside the name is the name's; but the
                    # "Federation" of "the District Fishermen's Federation" alone is no name)
                    # an actor's name the NER missed ("Nordbau denied ..."): an organisation where its form or a
                    # description says so; else only if a later "the company" refers to it (see drop_unconfirmed).
                    # Any other unknown name stays a concept (a product, a fragment, a foreign word).
                    etype = max(cues, key=lambda v: v[1])[0] if cues else EntityType.ORGANIZATION
                    tentative = not cues and not self._org_like(i, j)
                    if not cues and j - i in (2, 3) and fold_given(doc[i].text) in given_names() and all(
                            t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span) \
                            and not self._org_like(i, j):
                        etype, tentative = EntityType.PERSON, False     # "Jayson Tatum scored 33": a given name
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
