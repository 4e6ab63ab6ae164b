"""Organization nodes on unseen saved pages (issue 9; bench/pages-judged-2027.tsv): the classes of wrong ones found
there (an acronym cut from the longer name it begins, a title's field taken into a body's name, a numeral or a
common noun after "its" taken for a name, a byline's job for a wire), each on sentences written here."""
from __future__ import annotations

import pytest

from kg.types import Article, EntityType

pytestmark = pytest.mark.model


def orgs(ex) -> set[str]:
    return {e.label for e in ex.entities if e.type is EntityType.ORGANIZATION}


def test_an_acronym_that_begins_a_longer_name_is_not_the_known_acronym(run):
    ex = run("Freight group EU Holm-Larsen said on Monday that it would add two ships to the route.")
    assert "EU Holm-Larsen" in orgs(ex)
    assert "European Union" not in {e.label for e in ex.entities}
    # an acronym before a title or a person's name stays the body it names
    ex = run("NATO Secretary General Mark Rutte met the ministers. FBI Director Kash Patel testified on Tuesday.")
    assert not [e for e in ex.entities if "Rutte" in e.label and e.type is EntityType.ORGANIZATION]
    assert not [o for o in orgs(ex) if "Director" in o or "Secretary" in o]


def test_a_titles_field_is_not_part_of_the_bodys_name(run):
    ex = run('"Roads are closed," said Amara Diallo, the WHO Country Representative in Mali.')
    assert not [o for o in orgs(ex) if "Country" in o]
    assert "World Health Organization" in orgs(ex)


def test_a_numeral_or_a_common_noun_after_its_is_no_name(run):
    ex = run("The council listed the old mill at grade II on Friday. Trelora Foods said it would delay its IPO "
             "until the spring, and its CFO resigned.")
    assert not {"II", "IPO", "CFO"} & orgs(ex)
    assert "Trelora Foods" in orgs(ex)


def test_a_staff_writer_in_the_byline_is_no_wire(nlp, gazetteer):
    from kg.extract.core import extract
    text = "The council approved the ferry terminal on Monday."
    ex = extract(nlp(text), Article(text=text, author="Ines Duarte, Staff Writer"), gazetteer)
    assert "Staff" not in {e.label for e in ex.entities}
    ex = extract(nlp(text), Article(text=text, author="Harbour Wire Staff"), gazetteer)
    assert "Harbour Wire" in {e.label for e in ex.entities}


def test_a_measure_or_a_drug_named_like_a_body_is_none(run):
    ex = run("Spot rates rose 8% this week, according to the Harlow Freight Rate Index, and the Meridian Consumer "
             "Confidence Barometer fell.")
    assert not [o for o in orgs(ex) if o.endswith(("Index", "Barometer"))]
    ex = run("Halden Pharma sells the injection Durazen in Europe. Durazen competes with the pill Veloxa.")
    assert not {"Durazen", "Veloxa"} & orgs(ex)
    assert "Halden Pharma" in orgs(ex)


def test_a_clause_bounding_a_time_to_come_states_no_fact(run):
    from kg.types import Modality

    def mod(text, predicate):
        return {s.modality for s in run(text).statements if s.predicate == predicate}
    assert mod("The rebels said they would keep up their raids until Norvania withdrew its troops from Kessa.",
               "withdraw") == {Modality.HYPOTHETICAL}
    assert mod("Dockworkers will stay on strike until Halvik Shipping raises their pay.", "raise") == {Modality.HYPOTHETICAL}
    # in the past, the bound happened
    assert mod("The union struck until Halvik Shipping raised their pay.", "raise") == {Modality.ASSERTED}
    assert mod("The rebels kept up their raids until Norvania withdrew its troops, the ministry said.",
               "withdraw") == {Modality.REPORTED}


def test_a_given_name_and_a_surname_the_ner_took_for_a_club_is_a_player(run):
    season = " The coach praised the defence, and the team is third in the league this season."
    for text, name in (("DENVER \u2014 Marcus Obi scored 31 points and grabbed 12 rebounds, and the Denver Nuggets beat "
                        "the Utah Jazz.", "Marcus Obi"),
                       ("TAMPA \u2014 Keon Ashby threw three touchdown passes as the Buccaneers won.", "Keon Ashby")):
        ex = run(text + season)
        assert [e.type for e in ex.entities if e.label == name] == [EntityType.PERSON], text
    # a firm's name with a body's word stays a firm
    ex = run("Shares of Morgan Stanley rose, and Marcus Obi Holdings said it would buy the Denver Nuggets." + season)
    assert "Marcus Obi Holdings" in orgs(ex)


def test_a_name_that_names_an_honour_is_no_one(run):
    for text, name in (("The journal gave her its Helen Marsh award for teaching in 2001. The architect Paul Reed, who "
                        "met her in Leeds, praised her schools.", "Helen Marsh"),
                       ("The society awarded him its Peter Lang medal for research in 1999. The chemist Ana Silva, who "
                        "worked with him in Porto, said he was modest.", "Peter Lang"),
                       ("The engineer Mari Kask designed the bridge. The academy awarded her its Annie Lorimer prize "
                        "for design in 2010.", "Annie Lorimer")):
        assert name not in {e.label for e in run(text).entities}, text
    # the person herself, named on her own, stays
    assert "Annie Lorimer" in {e.label for e in run("Annie Lorimer won the prize for design in 2010.").entities}


def test_a_person_after_a_partys_possessive_in_one_name_is_the_person(nlp, gazetteer):
    # the NER takes "The Nationals' Perla Dewey" whole as one organisation in some contexts; the finder reads the
    # words after the possessive mark as the person when a given name or ", who" follows (parse built here)
    from spacy.tokens import Doc

    from kg.extract.entities import Resolver
    from kg.extract.nerrepairs import owner_of_person
    words = ["The", "Nationals", "'", "Perla", "Dewey", ",", "who", "opposed", "it", ",", "spoke", "."]
    tags = ["DT", "NNPS", "POS", "NNP", "NNP", ",", "WP", "VBD", "PRP", ",", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, tags=tags)
    assert owner_of_person(Resolver(doc, gazetteer), 0, 5) == 2
    words = ["Moody", "'s", "Investors", "Service", "cut", "the", "rating", "."]
    doc = Doc(nlp.vocab, words=words, tags=["NNP", "POS", "NNPS", "NNP", "VBD", "DT", "NN", "."])
    assert owner_of_person(Resolver(doc, gazetteer), 0, 4) is None


def test_a_name_inside_a_dotted_word_is_no_name(run):
    ex = run("Shares of Harbor.UK fell after the results.")
    assert not {"United Kingdom", "Harbor"} & {e.label for e in ex.entities}
    ex = run("Kestrel must exit the U.S. market, court papers show. Its U.S. affiliate, Kestrel.US, was not charged.")
    assert not [s for s in ex.statements if s.predicate == "affiliate_of" and s.subject.text == "US"]


def test_a_storm_an_identifier_and_an_acronym_after_an_are_no_bodies(run):
    ex = run("Typhoon Halong hit the coast on Wednesday, and Halong later moved north, the weather bureau said.")
    assert not {"Typhoon Halong", "Halong"} & orgs(ex)
    assert EntityType.EVENT in {e.type for e in ex.entities if e.label == "Typhoon Halong"}
    ex = run("Citizens must link their National Identification Number to their SIM cards by June.")
    assert not [o for o in orgs(ex) if o.endswith("Number")]
    ex = run("An NGO in Kano said the clinic had closed, and the firm said an IPO was planned.")
    assert not {"NGO", "IPO"} & orgs(ex)


def test_a_hyphenated_word_inside_a_name_is_the_names(run):
    ex = run("Growers fear the cuts.\n\nThe Tarra-Bulga Basin Authority said last year that the plan would be late.")
    assert "Tarra-Bulga Basin Authority" in orgs(ex)
    assert "Basin Authority" not in orgs(ex)


def test_a_bodys_head_word_alone_after_a_possessive_is_no_name(nlp, gazetteer):
    # "the District Fishermen's Federation" where the NER found nothing: "Federation" alone is the tail of a name
    # (parse built here: the model's own parse of such a line varies with its context)
    from spacy.tokens import Doc

    from kg.extract.entities import Resolver
    words = ["The", "District", "Fishermen", "'s", "Federation", "said", "it", "would", "appeal", "."]
    doc = Doc(nlp.vocab, words=words, tags=["DT", "NN", "NNS", "POS", "NNP", "VBD", "PRP", "MD", "VB", "."],
              pos=["DET", "NOUN", "NOUN", "PART", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
              heads=[2, 2, 4, 2, 5, 5, 8, 8, 5, 5],
              deps=["det", "compound", "poss", "case", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
              sent_starts=[True] + [False] * 9)
    r = Resolver(doc, gazetteer)
    r.find()
    assert "Federation" not in {m.text for m in r.mentions}


def test_the_platform_written_on_is_no_body(run):
    ex = run('Kestrel will pay $2 billion to settle the case. "Today, I stepped down as chief executive of Kestrel. '
             'It was not easy," Ruiz wrote on X. "I made mistakes, and I must take responsibility."')
    assert not [o for o in orgs(ex) if o.startswith("X")]
    assert "Kestrel" in orgs(ex)


def test_a_paper_named_after_its_town_is_the_paper(run):
    ex = run('"Many farmers have already sold their beans," the union\'s chairman, Kofi Mensah, told Nairobi Today.')
    assert "Nairobi Today" in orgs(ex)
    assert not [s for s in ex.statements if s.predicate == "tell" and s.object.entity == "nairobi"]
    # the town itself, with "today" as a time, stays the town
    ex = run("The mayor of Nairobi said the roads would reopen. Nairobi today has 4 million people.")
    assert "Nairobi" in {e.label for e in ex.entities} and not orgs(ex)
