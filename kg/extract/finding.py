"""Finding entity mentions in a Doc: names from the NER and the gazetteer, institutional phrases, surnames and
short names, and the type cues that keep or drop each (the finding half of :class:`kg.extract.entities.Resolver`).

:meth:`Finder.find` reads the NER's names one by one and repairs or drops each; the rules it asks live in
:mod:`kg.extract.nerrepairs` (extents and types the NER got wrong), :mod:`kg.extract.thingnames` (products,
schemes, laws), :mod:`kg.extract.titlefields` (titles around names), :mod:`kg.extract.candidates` (mentions the
NER did not give) and :mod:`kg.extract.namesenses` (one sense for a name within an article).
"""
from __future__ import annotations

import re

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.candidates import (find_described_names, find_gazetteer_names, find_listed_places, find_phrases,
                                   find_saint_names, find_speaker_labels, find_surnames, ROMAN_RE)
from kg.extract.foreignnames import feast_name, find_shaped_names, market_index
from kg.extract.givennames import fold as fold_given, given_names, starts_like_a_person
from kg.extract.mentions import (article_of_name, AWARD_HEADS, clean_name, CLUB_WORDS, COMPOUND_TAILS, EVENT_HEADS, fold,
                                 hyphen_given_name, inside_word, institution_centre, INSTITUTION_NOUNS, Mention, NER_TYPES, OFFICE_PREFIXES,
                                 ORG_HEADS, PERSON_TITLES, PLACE_FIRST_WORDS, PLACE_HEADS, QUOTES, RACE_FIRST_WORDS,
                                 ROMANCE_PARTICLES, ROMANCE_PLACE_WORDS, STAFFED_HEADS, STREET_HEADS, TITLE_WORDS,
                                 WORSHIP_HEADS)
from kg.extract.namecues import (acts, age_or_who, context_votes, reports_own_figures, result_clause, squad_modifier,
                                 team_place)
from kg.extract.namesenses import read_clubs, read_states
from kg.extract.nerrepairs import (acronym_head, acts_as_org, club_suffix, continent_part, country_named_firm,
                                   country_of_adjective, demonym_as_org, described_body, firm_from_country, firm_pair,
                                   given_name_before, joined_org, known_pair, listed_fields, listed_parts, of_country,
                                   org_like, owner_of_person, person_before_possessive, person_end, personal_name,
                                   place_pair, possessor, prefixed_place, region_after_place, shop_possessive,
                                   surname_after_place)
from kg.extract.thingnames import (classified_product, code_name, common_acronym, family_name, law_name, made_thing,
                                   model_name, owned_acronym, product_name, scheme_names)
from kg.extract.titlefields import skip_titles, title_part, titled_name
from kg.gazetteer import GazEntry
from kg.nlp import lead_end
from kg.types import EntityType

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


# Words before "Games" that make a contest of it ("the Commonwealth Games"), not a studio ("Riot Games")
GAMES_WORDS = frozenset("""olympic olympics paralympic commonwealth asian african european pan youth winter summer world
invictus mediterranean arab island islands special southeast central pacific francophone bolivarian gulf""".split())


def games_event(doc, gaz, i: int) -> bool:
    """Whether "Games" at ``i`` closes a contest's name: a contest's word, a people's or a place's name, or a year
    before it ("the Asian Games", "the 2026 Games", "the Tokyo Games"); a firm's name otherwise ("Epic Games")."""
    before = doc[i - 1]
    return (before.lower_ in GAMES_WORDS or before.like_num or gaz.demonym(before.text) is not None
            or (entry := gaz.lookup(before.text)) is not None and entry.type is EntityType.GPE)


# Unions of the word lists above that find() asks of every name, made once
_TITLE_OR_REPRESENTATIVE = TITLE_WORDS | {"representative"}
_NAME_TITLES_OR_NOUNS = lx.NAME_TITLES | lx.TITLE_NOUNS
_ORG_OR_CLUB = ORG_HEADS | CLUB_WORDS
_ORG_OR_INSTITUTION = ORG_HEADS | INSTITUTION_NOUNS
_STREET_OR_WORSHIP = STREET_HEADS | WORSHIP_HEADS

# Bodies named "General ..." ("the General Synod", "the General Staff"), where "General" is no rank before a surname
_BODY_AFTER_GENERAL = ORG_HEADS | INSTITUTION_NOUNS | frozenset(
    "synod staff secretariat directorate conference command chapter".split())
# Last words of a body's name that no person's or state's name ends in: "West Yorkshire Police", "Georgian Railway"
_FORCES_AND_LINES = frozenset("police navy railway railways".split())
# Initials before a name: "P.V.", "J.K.", "K.P."
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# A firm's name that opens with its number: "7-Eleven", "3-Sun Group" (not "5G", "20th Century", "2024 Olympics")
DIGIT_FIRM = re.compile(r"\d+-[A-Z][a-z]{2,}\b")


def opening_common_noun(r, i: int) -> bool:
    """Whether a one-word name stands where a capital is no evidence of one (a sentence's or a quotation's first
    word) and is a common noun the article writes in lower case elsewhere ("Rice" after "the price of rice"): not
    where the article writes it with a capital inside a sentence too, nor where it ends a person's longer name
    ("Rice" after "Susan Rice")."""
    cols = arrays(r.doc)
    orth = cols.text
    word = orth[i]

    def opening(k: int) -> bool:
        return cols.is_sent_start[k] or k > 0 and orth[k - 1] in QUOTES

    if not opening(i) or word.lower() not in r.lower_words or not word[1:].islower():
        return False
    if any(not opening(k) for k in cols.positions.get(word, ())):
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and orth[e.end - 1] == word for e in r.doc.ents)


class Finder:
    """Finds the mentions of one Doc; mixed into :class:`kg.extract.entities.Resolver`, whose state it uses."""

    def _national_entry(self, pos_at: int, text: str) -> GazEntry | None:
        """The body the gazetteer knows by a country's adjective and ``text`` (or its possessive), where ``text``
        follows that country's "'s" at ``pos_at``: "China's Ministry of Commerce" is the "Chinese Ministry of
        Commerce", "Russia's Foreign Ministry" the "Russian Foreign Ministry"; None for a state the gazetteer does not
        know or a body it names under no adjective of it."""
        doc = self.doc
        k = pos_at
        while k > 0 and doc[k - 1].ent_type_ == "GPE":
            k -= 1      # "Saudi Arabia's"
        if k == pos_at:
            return None
        state = self.gaz.lookup(doc[k:pos_at].text)
        if state is None or state.kind != "country":
            return None
        for form in (*(f"{d} {text}" for d in state.demonyms), f"{doc[k:pos_at].text}'s {text}"):
            found = self.gaz.lookup(form)
            if found is not None and found.type is EntityType.ORGANIZATION and any(
                    n.casefold() == form.casefold() for n in (found.label, *found.aliases)):
                return found
        return None

    def find(self) -> None:
        """Find the Doc's mentions (``self.mentions``), sorted by position."""
        doc = self.doc
        cols = arrays(doc)      # read for every name the NER finds: positions and columns, not Tokens
        orth, lower, pos, dep, tag, ent_type, head = cols.text, cols.lower, cols.pos, cols.dep, cols.tag, cols.ent_type, cols.head
        alpha, sent_start, titled, upper, lemma, space = (cols.is_alpha, cols.is_sent_start, cols.is_title, cols.is_upper,
                                                         cols.lemma_lower, cols.space_after)
        span = cols.span_text
        taken: set[int] = set()
        products: set[str] = scheme_names(doc)  # names the text says are products ("Medora, a records system")
        adjectives: list[tuple[int, int, GazEntry]] = []
        find_shaped_names(self, taken)  # "Partij voor de Vrijheid", "Halle (Saale)", "Lake Ohrid", "the Lisbon Treaty"
        for ent in doc.ents:
            if ent.label_ in ("PRODUCT", "GPE") and country_named_firm(doc, self.gaz, *clean_name(ent)) and not any(
                    i in taken for i in range(*clean_name(ent))):
                start, end = clean_name(ent)    # "Airtel Zambia": an operator named for its country, no product
                self.mentions.append(Mention(start, end, span(start, end), EntityType.ORGANIZATION,
                                             self.gaz.lookup(span(start, end))))
                taken.update(range(start, end))
                continue
            if ent.label_ not in NER_TYPES:
                continue
            start, end = clean_name(ent)
            if (joined := firm_pair(doc, self.gaz, start, end)) is not None and not any(
                    i in taken for i in range(start, joined)):
                self.mentions.append(Mention(start, joined, span(start, joined), EntityType.ORGANIZATION, None))
                taken.update(range(start, joined))
                continue    # "Marks and Spencer said it would ...": one firm named for two people
            if ent.label_ in ("ORG", "PERSON") and shop_possessive(doc, start, end) and not any(
                    i in taken for i in range(start, end + 1)):
                self.mentions.append(Mention(start, end + 1, span(start, end + 1), EntityType.ORGANIZATION,
                                             self.gaz.lookup(span(start, end + 1))))
                taken.update(range(start, end + 1))
                continue    # "beating Tesco and Sainsbury's,", "Moody's cut ...": a firm's name ends in "'s"
            if (k := place_pair(doc, self.gaz, start, end, ent.label_)) is not None and not any(
                    i in taken for i in range(start, end)):
                for a, b in ((start, k), (k + 1, end)):
                    self.mentions.append(Mention(a, b, span(a, b), EntityType.GPE, self.gaz.lookup(span(a, b))))
                taken.update(range(start, end))
                continue    # "evacuated in Nkhata and Mzimba": two places the NER ran into one name
            if (pair := known_pair(doc, self.gaz, start, end)) is not None and not any(
                    i in taken for i in range(start, end)):
                k, left, right = pair   # "Amnesty International and Human Rights Watch": two bodies, one "and"
                self.mentions += [Mention(start, k, span(start, k), left.type, left),
                                  Mention(k + 1, end, span(k + 1, end), right.type, right)]
                taken.update(range(start, end))
                continue
            if (parts := listed_parts(doc, self.gaz, start, end)) is not None and not any(
                    i in taken for i in range(start, end)):
                for a, b in parts:  # "Clarion Housing, Peabody and L&Q": three landlords, not one
                    entry = self.gaz.lookup(span(a, b))
                    self.mentions.append(Mention(a, b, span(a, b), entry.type if entry else NER_TYPES[ent.label_],
                                                 entry))
                taken.update(range(start, end))
                continue
            cut = next((k for k in range(start + 2, end - 1) if lower[k] in ("for", "with", "against")
                        and lower[k - 1] in EVENT_HEADS and orth[k + 1][:1].isupper()), None)
            if cut is not None:
                end = cut       # "the Dutch Grand Prix" + "for Red Bull": a competition, then who took part in it
            if end - start > 1 and lower[end - 1] == "of" and end < len(doc) and pos[end] == "PROPN" \
                    and orth[end][:1].isupper():
                while end < len(doc) and pos[end] == "PROPN" and orth[end][:1].isupper():
                    end += 1    # "the Bay of" + "Biscay": a name the NER cut after its "of"
            if start == ent.start and article_of_name(doc, start):
                start -= 1      # "group An Taisce"
            if ent.label_ == "PERSON":
                while (end + 1 < len(doc) and orth[end] == "-" and not space[end - 1]
                       and not space[end] and alpha[end + 1] and not (
                           orth[end + 1].islower() and (lower[end + 1] in COMPOUND_TAILS
                                                            or pos[end + 1] in ("VERB", "ADJ")))):
                    end += 2    # "Choi Sang" + "-woo": a hyphenated given name the NER cut
            elif ent.label_ == "ORG" and (lead := possessor(doc, self.gaz, start, end)) is not None:
                start = lead    # "the Parkinson's Foundation"
            elif ent.label_ == "ORG" and (lead := person_before_possessive(doc, self.gaz, start, end)) is not None:
                start = lead    # "Lee's Democratic Party": the party of a person the article names
            hyphened = (ent.label_ != "PERSON" and end - start == 1 and start > 0 and start - 1 not in taken
                        and hyphen_given_name(doc, start, end) and ent_type[start - 1] in ("", "PERSON"))
            if hyphened:
                start, end = start - 1, end + 2     # "Kim" + "Moon" + "-soo": a Korean name, not the Moon
            glued = start > ent.start and lower[ent.start] in OFFICE_PREFIXES   # "Ex-Chelsea": cut on purpose
            if start >= end or inside_word(doc, ent.start if glued else start, end) or any(
                    i in taken for i in range(start, end)):
                continue    # empty, part of a hyphenated word, or inside a name already extended over it
            if ((ent.label_ in ("NORP", "GPE") and tag[end - 1] == "JJ" or demonym_as_org(doc, ent.label_, start, end))
                    and (country := country_of_adjective(doc, self.gaz, start, end)) is not None
                    and (ent.label_ != "ORG" or orth[start] in country.demonyms)):
                adjectives.append((start, end, country))
                continue    # "North Korean missile launches": the country, where the article names it no other way;
                            # "Ugandan President X" with "Ugandan" tagged a body: a nationality, no organisation
            if ent.label_ == "NORP" and not (tag[end - 1] in ("NNPS", "NNS") or dep[end - 1] in
                                               ("nsubj", "nsubjpass", "dobj", "pobj", "conj")):
                continue    # "Russian" as an adjective is not a mention of a group
            label = "PERSON" if hyphened else ent.label_
            if label == "GPE" and start >= 2 and lower[start - 1] in ROMANCE_PARTICLES and \
                    orth[start - 2][:1].isupper() and alpha[start - 2] and not ent_type[start - 2] \
                    and start - 2 not in taken:
                taken.update(range(start - 2, end))
                continue    # "Stade de France", "Banque de France": the tail of a name the NER cut, no country
            if label in ("GPE", "LOC") and end < len(doc) and orth[end] in PRESS_WORDS and ent_type[end] in (
                    "", "DATE", "ORG") and end + 1 not in taken:
                end, label = end + 1, "ORG"     # "told Nairobi Today", "Lusaka Times": a paper named after its town
            if label == "ORG" and (owner_end := owner_of_person(self, start, end)) is not None:
                start, label = owner_end + 1, "PERSON"  # "The Nationals' Perin Davey, who ...": the person, not the party
            if label in ("GPE", "ORG") and end - start == 1 and given_name_before(doc, self.gaz, start):
                start, label = start - 1, "PERSON"  # "Dennis" + "Muilenburg": a surname the NER took for a place
            elif label == "GPE" and surname_after_place(doc, self.gaz, start, end) and end not in taken:
                end, label = end + 1, "PERSON"      # "Jordan" + "Wexler": a given name the NER took for a country
            elif label == "GPE" and prefixed_place(doc, self.gaz, start, end) and not inside_word(doc, start - 1, end):
                start, label = start - 1, "ORG"     # "Real Madrid", "Dynamo Kyiv": a name built on a place's
            elif label == "GPE" and club_suffix(doc, self.gaz, start, end):
                end, label = end + 1, "ORG"         # "Leeds" + "United": a club's name the NER cut at the place
            elif label == "ORG" and sum(orth[k] not in "-–" for k in range(start, end)) <= 3 and personal_name(doc, self.gaz, start, end):
                label = "PERSON"    # "Paris prosecutor Laure Beccuau", "Iga Swiatek ... Swiatek said"
            elif (label == "GPE" and end - start == 2 and fold(orth[start]).casefold() in given_names()
                  and personal_name(doc, self.gaz, start, end)):
                label = "PERSON"    # "Mathieu Ferrand ... Ferrand said": a given name and a surname said alone
            elif (label in ("GPE", "ORG") and (end - start == 1 or end - start == 3 and orth[start + 1] == "-"
                                                and not space[start] and not space[start + 1])
                  and age_or_who(doc, end) and self.gaz.lookup(span(start, end)) is None):
                label = "PERSON"    # "Brandt, 31, said", "Bakare-Lawal, 47,": an age or a singular "who" after an
                                    # unknown word or double-barrelled word (the given name before joins it below)
            if label == "ORG" and (joined := joined_org(doc, self.gaz, end)) is not None:
                end = joined        # "Center for Science" + "in the Public Interest": one name the NER cut in two
            elif label == "ORG" and (joined := of_country(doc, self.gaz, end)) is not None:
                end = joined        # "the Communist Party" + "of Vietnam": a national body's whole name
            elif label == "ORG" and (cut := firm_from_country(doc, self.gaz, start, end)) is not None:
                end = cut           # "Vestas" of "Vestas of Denmark": a firm and the country it is from
            elif label == "ORG" and (joined := listed_fields(doc, self.gaz, start, end)) is not None:
                end = joined        # "the Department for Culture" + ", Media and Sport": the fields it covers
            cut_end = end
            while (label == "ORG" and end < len(doc) and dep[end - 1] == "compound" and head[end - 1] == end
                   and pos[end] == "PROPN" and alpha[end] and orth[end][:1].isupper()
                   and not ent_type[end] and lower[end] not in TITLE_WORDS):
                end += 1            # "Lufthansa" + "Technik": the NER cut the name of a firm's unit
            if end > cut_end and cut_end - start == 1 and personal_name(doc, self.gaz, start, end):
                label = "PERSON"    # "Novak" + "Djokovic ... Djokovic said": a person's name, grown, is still one
            if label == "ORG" and end - start == 1 and (long_end := acronym_head(doc, start)) is not None:
                end = long_end      # "CMA" of "CMA CGM", "AP" of "AP Moller-Maersk": the first word of a longer name
            while (label == "ORG" and end - start > 2 and lower[end - 1] in _TITLE_OR_REPRESENTATIVE
                   and lower[end - 1] not in ORG_HEADS      # "Hatton National Bank" ends in a body's word
                   and orth[end - 1][:1].isupper() and lower[end - 2] in TITLE_FIELD_WORDS):
                end -= 1            # "WHO Country Representative": the NER took the title into the name
            while (label == "ORG" and end - start > 1 and lower[end - 1] in TITLE_FIELD_WORDS and end < len(doc)
                   and orth[end][:1].isupper() and lower[end] in TITLE_WORDS):
                end -= 1            # "WFP Country" + "Director": the title's field, not part of the body's name
            while (label in ("ORG", "NORP") and start > 0 and titled[start - 1] and alpha[start - 1]
                   and not sent_start[start - 1] and dep[start - 1] in ("compound", "amod")
                   and start <= head[start - 1] < end and ent_type[start - 1] in ("", "NORP")
                   and start - 1 not in taken and lower[start - 1] not in TITLE_WORDS
                   and getattr(self.gaz.demonym(orth[start - 1]), "type", None) is not EntityType.GPE):
                start -= 1      # "Free Democrats" where the NER saw only "Democrats": a longer name, not the known one
            if label in ("PERSON", "ORG") and region_after_place(doc, self.gaz, start, end):
                label = "GPE"       # "in Sorriso, Mato Grosso": the region after a town is a place, not a person
            elif label == "GPE" and described_body(doc, self.gaz, start, end):
                label = "ORG"       # "the state copper giant Codelco": the noun before the name says what it is
            if (label == "ORG" and end - start <= 2 and start > 0 and start - 1 not in taken
                    and pos[start - 1] == "PROPN" and dep[start - 1] == "compound" and not ent_type[start - 1]
                    and alpha[start - 1] and orth[start - 1][:1].isupper() and not upper[start - 1]
                    and fold_given(orth[start - 1]) in given_names() and self.gaz.lookup(span(start, end)) is None
                    and not any(lower[k] in ORG_HEADS for k in range(start, end))):
                start, label = start - 1, "PERSON"     # "Ana Mamani" where the NER saw only "Mamani", as a firm
            elif (label == "ORG" and self.sport and end - start == 2 and ent.start == start
                  and fold_given(orth[start]) in given_names()
                  and all(alpha[k] and orth[k][:1].isupper() and not upper[k] for k in range(start, end))
                  and self.gaz.lookup(span(start, end)) is None and not org_like(self, start, end)
                  and not any(t is EntityType.ORGANIZATION for t, _ in context_votes(doc, start, end))):
                label = "PERSON"    # "Marcus Obi scored 31 points": in a sport story a player, not a club
            if label in ("ORG", "GPE", "NORP", "FAC") and titled_name(doc, start, end):
                label = "PERSON"    # "Governor Sophie Marchand": a title before a name makes it a person (the NER
                                    # reads "Governor Olayemi Cardoso" a building too)
            elif (label == "NORP" and end - start > 1 and all(orth[k][:1].isupper() for k in range(start, end))
                  and self.gaz.demonym(span(start, end)) is None):
                label = "ORG"       # "Social Democrats", "Green Party": a multi-word group name is a party (not
                                    # "South Africans", "New Zealanders": a country's people)
            if (label == "PERSON" and end - start == 1 and start > 0 and orth[start - 1] == "General"
                    and lower[start] in _BODY_AFTER_GENERAL and start - 1 not in taken):
                start, label = start - 1, "ORG"     # "the General Synod", "the General Staff": a body, no general
            if label == "PERSON":
                while (start > 0 and pos[start - 1] == "PROPN" and dep[start - 1] == "compound"
                       and orth[start - 1][:1].isupper() and alpha[start - 1] and start - 1 not in taken
                       and lower[start - 1] not in _NAME_TITLES_OR_NOUNS and not ent_type[start - 1]):
                    start -= 1      # "Oleksandr Prokudin" where the NER saw only "Prokudin" (not "Chief Executive")
                while (start >= 2 and lower[start - 1] in lx.PATRONYMIC_PARTICLES and orth[start - 1].islower()
                       and alpha[start - 2] and orth[start - 2][:1].isupper() and not upper[start - 2]
                       and start - 2 not in taken and start - 1 not in taken
                       and lower[start - 2] not in _NAME_TITLES_OR_NOUNS and ent_type[start - 2] in ("", "PERSON")):
                    start -= 2      # "Hamdan bin" + "Mohammed bin Rashid Al Maktoum": the son, not his father
                if start > 0 and space[start - 1] and (cut := next(
                        (m for m in self.mentions if m.end == start and m.type is EntityType.PERSON
                         and m.entry is None), None)) is not None and starts_like_a_person(cut.text) and all(
                        alpha[k] and orth[k].istitle() and lower[k] not in _NAME_TITLES_OR_NOUNS
                        for k in range(cut.start, start)):
                    self.mentions.remove(cut)   # "Nguyen Sinh" + "Nhat Tan": one name the NER cut in two (two
                    start = cut.start           # people's names never touch without a comma or an "and"; a
                                                # title of another language does: "Ceann Comhairle Verona Murphy")
                start = skip_titles(doc, start, end)
                if start > 0 and start - 1 not in taken and INITIALS.fullmatch(orth[start - 1]) \
                        and self.gaz.lookup(orth[start - 1]) is None and not orth[start].isupper():
                    start -= 1      # "P.V. Sanjay Kumar", "J.K. Rowling": initials before a name are the name's
                end = person_end(doc, end)
            text = span(start, end)
            etype = NER_TYPES[label]
            last = lower[end - 1]
            if etype in (EntityType.PERSON, EntityType.GPE) and end - start > 1 and (
                    last in _ORG_OR_CLUB or last in _FORCES_AND_LINES and orth[end - 1][:1].isupper()):
                etype = EntityType.ORGANIZATION     # "... Agency", "Ver.di union", "West Yorkshire Police",
                                                    # "Georgian Railway": a body, not a person or a state
            elif etype is EntityType.PERSON and len(text) >= 3 and text.isupper():
                etype = EntityType.ORGANIZATION     # "HHLA": an acronym names a body, not a person
            elif etype is EntityType.LOCATION and end - start > 1 and (
                    last in STAFFED_HEADS or institution_centre(orth[start:end])):
                etype = EntityType.ORGANIZATION     # "Bach Mai Hospital", "the Hisham Mubarak Law Institute": a body
                                                    # with staff that acts ("the hospital said"), whatever its building
                                                    # (not a person's name: "Albert Museum" of "the Victoria and Albert
                                                    # Museum" is a cut name, better left a place than joined to a
                                                    # "Victoria" organisation)
            elif etype is EntityType.PERSON and last in PLACE_HEADS:
                etype = EntityType.LOCATION         # "James Webb Space Telescope", "Bab al-Hawa crossing"
            entry = self.gaz.lookup(text)
            if entry is not None and end - start == 1 and start > 0 and lower[start - 1] == "state" \
                    and orth[start - 1].islower() and entry.type is EntityType.ORGANIZATION:
                entry = None    # "the state Senate", "Georgia's state Assembly": a state's own house, not the nation's
                                # whose short name it shares (the United States Senate)
            if entry is None and etype is EntityType.PERSON and end - start > 3 and orth[end - 2] in ("Al", "El"):
                entry = self.gaz.lookup(span(start, end - 2))    # "Mohammed bin Zayed" + "Al Nahyan"
            if entry is not None and start > 0 and lower[start - 1] == "the" and dep[end - 1] != "compound":
                the = "the " + text.casefold()      # "the Amazon": the river, whose name takes "the"; not the firm
                entry = next((e for e in self.gaz.lookup_all(text) if e is not entry
                              and any(a.casefold() == the for a in e.aliases)), entry)
            if entry is None and etype is EntityType.ORGANIZATION and (
                    self._core(text) is not None or end - start == 2 and orth[end - 1].isupper()
                    and self.gaz.demonym(orth[start]) is not None):
                core = self.gaz.lookup(text.split(None, 1)[1])     # "US Food and Drug Administration", "American FBI"
                entry = core if core is not None and core.type is EntityType.ORGANIZATION else None
                owner = self.gaz.demonym(orth[start]) or self.gaz.lookup(orth[start])
                if entry is not None and owner is not None and (named := self.gaz.countries_named(entry)) \
                        and owner.label not in named:
                    entry = None    # "the Zambian Supreme Court": not the Supreme Court of the United States
                elif entry is not None and owner is not None and entry.kind in ("ngo", "intergovernmental"):
                    entry = None    # "the Kenya Red Cross": a country's own branch of a body of many countries
                if entry is not None and end - start == 2:
                    start, text = start + 1, orth[end - 1]      # the body is the acronym: "FBI", not "American FBI"
            if entry is None and etype is EntityType.ORGANIZATION and end - start >= 2 and start >= 2 \
                    and tag[start - 1] == "POS":
                entry = self._national_entry(start - 1, text)   # "China's Ministry of Commerce": the Chinese one
            if (entry is None and etype is EntityType.ORGANIZATION and end - start >= 2 and last in PERSON_TITLES
                    and end < len(doc) and pos[end] == "PROPN" and orth[end][:1].isupper()):
                place = self.gaz.lookup(span(start, end - 1))
                if place is None or place.type is not EntityType.GPE:
                    continue    # "Harbour Board Chairman Ola Berg": a title before a name, no body
                end, text, etype, entry = end - 1, span(start, end - 1), EntityType.GPE, place
                                # "Ontario Premier Doug Ford": the place whose premier he is
            if title_part(doc, self.gaz, start, end):
                continue    # "Labour Minister Steven MacKinnon", "Trade Secretary": part of a title, no body
            if entry is None and end - start > 1 and law_name(doc, start, end):
                continue    # "the British Museum Act", "the Treaty of Rome": a law or a treaty, no actor
            if entry is None and end - start > 1 and lower[end - 1] in AWARD_HEADS:
                continue    # "the Kossuth Prize", "the Golden Boot award": an honour, no actor
            if entry is None and label in ("ORG", "FAC", "LOC") and (
                    (root := doc[end - 1]).dep_ == "pobj" and root.head.lower_ == "on"
                    and root.head.head.lemma_.lower() in POSTING_VERBS
                    or orth[end - 1].endswith(".") and start > 0 and lower[start - 1] == "on"
                    and doc[start - 1].head.lemma_.lower() in POSTING_VERBS):
                continue    # "Zhao wrote on X.", "said on Threadly": the platform written on, no body (where the
                            # period is glued to the name the parser may hang it elsewhere)
            if entry is None and product_name(doc, start, end):
                if model_name(doc, start, end) or classified_product(doc, start, end):
                    products.add(span(start, end))
                continue    # "Brent crude", "Highlander and Lexus models": a product's or a brand's name
            if entry is None and made_thing(doc, start, end):
                products.add(span(start, end))
                continue    # "builds the Golf and the Tiguan", "has built Volkswagens": a made thing, no body
            if entry is None and ent.label_ == "PERSON" and end - start > 1 and not orth[start][0].isupper():
                continue
            if ((label == "PERSON" or fold_given(orth[start]) in given_names() and end - start in (2, 3))
                    and entry is None and dep[end - 1] == "compound" and head[end - 1] >= end
                    and orth[head[end - 1]].islower() and lemma[head[end - 1]] in HONOUR_NOUNS):
                taken.update(range(start, end))
                continue    # "its Annie Spink award", "the Vera Novak lecture": an honour named after someone
            if entry is None and end - start == 1 and (tag[start] in ("NNS", "NN", "JJ") and sent_start[start]
                                                        and not (upper[start] and lead_end(doc, start) is not None)
                                                        and not (label == "ORG" and reports_own_figures(doc, start))
                                                        and not (label == "ORG" and camel_firm(doc, start, end))
                                                        or lower[start].rstrip(".") in TITLE_WORDS
                                                        and lower[start] not in _ORG_OR_INSTITUTION):
                continue    # "Shoppers said ...", "Unofficial results", "Secretary of State": a common word is no name
                            # (a town in capitals opening a dateline is one: "GULU, Uganda (Reuters) -"; so is a
                            # firm the NER saw reporting its own figures: "Target cut its sales forecast")
            if (end - start == 1 and end < len(doc) and ent_type[end] == "PERSON" and cols.ent_iob[end] == "B"
                    and orth[start][:1].isupper() and lower[start] in _NAME_TITLES_OR_NOUNS
                    and (sent_start[start] or start > 0 and orth[start - 1] in QUOTES)):
                continue    # "Economist Parviz Mullojanov told ...": a role noun opening the sentence before a
                            # person's name is the person's title, not a paper or a firm of that name
            if entry is None and end - start == 1 and (
                    ROMAN_RE.fullmatch(orth[start]) or owned_acronym(doc, self.gaz, start, end)):
                continue    # "grade II", "before its IPO": a numeral, a common noun after "its", no name
            if code_name(doc, start, end):
                continue    # "14:32 GMT", "(NSE: INFY)": a time zone, a stock symbol
            if (entry is None and end - start == 1 and tag[start] == "VBG" and lower[start].endswith("ing")
                    and lemma[start] != lower[start]
                    and (sent_start[start] or start > 0 and orth[start - 1] in QUOTES)):
                continue    # '"Staying was the point."': a gerund that opens a sentence is no name
            if entry is None and end - start == 1 and ent.label_ == "PERSON" and opening_common_noun(self, start):
                continue    # '"Rice must reach the shops," she said' after "the price of rice": a common noun
            if entry is not None and text.isupper() and text != entry.label and entry.type in (
                    EntityType.EVENT, EntityType.LOCATION) and acts_as_org(doc, start, end):
                entry = None    # "Shipping lines Maersk and MSC": an acronym the context makes a firm
                etype = EntityType.ORGANIZATION
            if ((ent.label_ in ("GPE", "LOC", "FAC") and (entry is None or entry.kind in ("city", "region"))
                 or ent.label_ == "ORG" and entry is not None and entry.kind == "city")
                    and (self.sport and (acts(doc, start, end) or squad_modifier(doc, start, end))
                         or result_clause(doc, start, end))):
                club = self.gaz.club(text)
                if club is not None or entry is None or entry.kind == "city":
                    # "Liverpool signed him", "from Flamengo", "Harbour City beat Wexley Town 3-0": a club, the one
                    # the gazetteer knows by that word where there is one ("Bayern" -> Bayern Munich, not Bavaria);
                    # so where the NER saw a body but the gazetteer knows only the city ("beat Barcelona 4-3")
                    entry, etype = club, EntityType.ORGANIZATION
            if (self.sport and entry is not None and entry.kind == "company" and text.casefold() != entry.label.casefold()
                    and (acts(doc, start, end) or squad_modifier(doc, start, end) or team_place(doc, start, end))):
                entry, etype = None, EntityType.ORGANIZATION
                # "replaced Hamilton at Mercedes", "Mercedes driver X": in a sport story a firm's short name that
                # stands where teams stand is its team, not the parent firm (Mercedes-Benz Group)
            if entry is not None:
                etype = entry.type
            elif etype is EntityType.GPE and continent_part(doc, self.gaz, start, end):
                etype = EntityType.LOCATION     # "West Africa", "Southeast Asia": part of a continent, no state
            elif etype is EntityType.ORGANIZATION and end - start > 1 and last in MEASURE_HEADS:
                short = end + 2 < len(doc) and orth[end] == "(" and orth[end + 2] == ")"
                taken.update(range(start, end + 3 if short else end))
                continue    # "the Drewry World Container Index", "the Phase Classification (IPC)": a measure
            elif end - start > 1 and any(lower[k] in STORM_WORDS for k in range(start, end - 1)) and all(
                    orth[k][:1].isupper() for k in range(start, end)):
                etype = EntityType.EVENT        # "Typhoon Gaemi", "Severe Tropical Storm Kristine": a storm
            elif end - start > 1 and last == "games" and not games_event(doc, self.gaz, end - 1) and etype in (
                    EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.GPE):
                etype = EntityType.ORGANIZATION     # "Riot Games", "Epic Games": a studio, no contest
            elif end - start > 1 and last in EVENT_HEADS and (etype is EntityType.ORGANIZATION or etype in (
                    EntityType.LOCATION, EntityType.GPE) and text[:1].isupper()):
                etype = EntityType.EVENT        # "the Australian Open", "the Africa Cup", "the Boston Marathon" (the
                                                # NER's building or place): a competition
            elif etype in (EntityType.ORGANIZATION, EntityType.PERSON) and end - start > 1 and (
                    last in _STREET_OR_WORSHIP or lower[start] in PLACE_FIRST_WORDS):
                etype = EntityType.LOCATION     # "Rod Laver Arena", "Place Vendome", "Canterbury Cathedral"
            elif etype is EntityType.ORGANIZATION and end - start > 2 and romance_kind(doc, start) is not None:
                etype = romance_kind(doc, start)    # "Col du Tourmalet", "Plateau de Beille": a place; "Tour de
                                                    # France", "Giro d'Italia": a race (not the firm the NER saw)
            elif not text[:1].isupper() and not (label == "ORG" and (DIGIT_FIRM.match(text)
                                                                       or camel_firm(doc, start, end))):
                continue    # names start with a capital: not "pro-Moscow", "east" (a firm's number before a
                            # hyphen and a capitalised word is its name's: "7-Eleven")
            self.mentions.append(Mention(start, end, text, etype, entry))
            taken.update(range(start, end))
            if (end + 2 == ent.end and orth[end] == "(" and ent.end < len(doc) and orth[ent.end] == ")"
                    and orth[end + 1].isupper() and etype is not EntityType.PERSON):
                # "The Information Commissioner's Office (ICO" + ")": the short name the NER took into the span
                self.mentions.append(Mention(end + 1, end + 2, orth[end + 1], etype,
                                             self.gaz.lookup(orth[end + 1])))
                taken.add(end + 1)
        self.mentions = [m for m in self.mentions if m.entry is not None or m.text not in products]
        self.products = products
        find_speaker_labels(self, taken)
        find_described_names(self, taken)
        find_saint_names(self, taken)
        find_phrases(self, taken)
        find_listed_places(self, taken)
        find_gazetteer_names(self, taken)
        find_surnames(self, taken)
        named = {m.entry.label for m in self.mentions if m.entry is not None}
        for start, end, country in adjectives:
            if country.label not in named and not any(i in taken for i in range(start, end)):
                self.mentions.append(Mention(start, end, span(start, end), country.type, country,
                                             adjective=True))
                taken.update(range(start, end))
        self.mentions = [m for m in self.mentions if m.entry is not None or not (
            feast_name(doc, m.start, m.end) or market_index(doc, m.start, m.end)
            or m.type in (EntityType.ORGANIZATION, EntityType.PERSON) and family_name(doc, m.start, m.end)
            or common_acronym(doc, m.start, m.end))]
        # whoever found them; "the Walton family": a family, no firm and no person
        self.mentions.sort(key=lambda m: m.start)
        cols.set_name_spans((m.start, m.end) for m in self.mentions)
        storms = {m.text.split()[-1] for m in self.mentions if m.type is EntityType.EVENT
                  and any(w.lower() in STORM_WORDS for w in m.text.split()[:-1])}
        for m in self.mentions:
            if m.end - m.start == 1 and m.entry is None and m.text in storms:
                m.type = EntityType.EVENT       # "Typhoon Gaemi ... Gaemi later moved to China": the storm again
        read_states(self)
        read_clubs(self)


# Verbs whose subject is a firm that decides or speaks, never a product: "iRobot warned", "bioMérieux bought"
FIRM_ACTS = lx.REPORTING_VERBS | frozenset("buy acquire agree sue hire post file plan".split())
CAMEL = re.compile(r"[a-z]{1,3}[A-Z][\w'-]*")


def camel_firm(doc, start: int, end: int) -> bool:
    """Whether a one-word name the NER calls a body, written with a lower-case prefix before a capital ("iRobot",
    "bioMérieux", "eToro"), is a firm's: the subject of a verb of saying or of a firm's act. A product so written
    ("iPhone sales", "the iPad sold well") is no one's subject of those."""
    if end - start != 1 or not CAMEL.fullmatch(doc[start].text):
        return False
    tok = doc[start]
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in FIRM_ACTS


def romance_kind(doc, start: int) -> EntityType | None:
    """What a name of French, Spanish, Italian or Portuguese shape says it is by its first word and the particle
    after it: a place ("Col du Tourmalet", "Plateau de Beille", "Lago di Garda") or a stage race ("Tour de
    France", "Giro d'Italia"); None for any other name ("Banco de Chile", "Monte dei Paschi")."""
    first, nxt = doc[start].lower_, doc[start + 1].lower_ if start + 1 < len(doc) else ""
    if nxt not in ROMANCE_PARTICLES and not nxt.startswith(("d'", "d’")) and nxt != "a":
        return None
    if first in ROMANCE_PLACE_WORDS and nxt != "a":
        return EntityType.LOCATION
    if first in RACE_FIRST_WORDS:
        return EntityType.EVENT
    return None

