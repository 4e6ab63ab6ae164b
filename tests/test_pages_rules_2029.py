"""Statements between two entities on unseen saved pages (issue 9; bench/pages-judged-2029.tsv): the classes of
wrong ones found there (a verb's lemma guessed wrong, a gerund read as a conjunct of an infinitive and so made
hypothetical, "a director at X" read as the head of X), each on sentences written here."""
from __future__ import annotations

import pytest

from kg.types import Modality

pytestmark = pytest.mark.model


def facts(ex) -> set[tuple[str, str, str]]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text))
            for s in ex.statements}


def test_a_third_person_in_es_after_a_stem_that_takes_no_es_is_a_stem_in_e(nlp):
    doc = nlp("Ilse rides to the depot, hides the keys, fixes the van, goes home and rids the shed of rats, and "
              "Marek strides past while the boss watches.")
    lemmas = {t.lower_: t.lemma_ for t in doc if t.tag_ == "VBZ"}
    assert lemmas["rides"] == "ride" and lemmas["hides"] == "hide" and lemmas["strides"] == "stride"
    # a stem that ends in a hiss or an "o" takes "-es" itself, and "rids" is "rid"
    assert lemmas["fixes"] == "fix" and lemmas["goes"] == "go" and lemmas["watches"] == "watch"
    assert lemmas["rids"] == "rid"


def test_a_gerund_hung_on_an_infinitive_shares_the_clause_of_the_gerund_before(run):
    ex = run("Anna Berg won the sprint in Lyon on Sunday, attacking with 300 metres to go and passing Clara Wolf "
             "on the line.")
    passed = [s for s in ex.statements if s.predicate == "pass"]
    assert passed and all(s.modality is Modality.ASSERTED for s in passed)
    # an infinitive of purpose stays what the subject meant to do
    ex = run("Mateo Ruiz flew to Quito on Monday to meet Lena Vogt and to sign the loan.")
    met = [s for s in ex.statements if s.predicate == "meet"]
    assert met and all(s.modality is Modality.HYPOTHETICAL for s in met)


def test_a_title_with_an_indefinite_article_names_one_of_several_holders(run):
    ex = run("Nadia Okafor, a director at Harwell Capital, said the rights issue was priced too low.")
    assert ("Nadia Okafor", "employee_of", "Harwell Capital") in facts(ex)
    assert ("Nadia Okafor", "head_of", "Harwell Capital") not in facts(ex)
    ex = run("Tomas Reyes, a managing director at Brightwater Partners, left for a rival in March.")
    assert ("Tomas Reyes", "chief_executive_of", "Brightwater Partners") not in facts(ex)
    ex = run("Ola Berg is a director of Norvik Energy, the Bergen utility.")
    assert ("Ola Berg", "member_of", "Norvik Energy") in facts(ex)
    # the title with "the", after a possessive or of a past holder stays the office
    ex = run("Nadia Okafor, the director of Harwell Capital, said the rights issue was priced too low.")
    assert ("Nadia Okafor", "head_of", "Harwell Capital") in facts(ex)
    ex = run("Ola Berg, Norvik Energy's chief executive, said prices would rise. Karin Lund, a former chief "
             "executive of Fjordline Shipping, disagreed.")
    assert ("Ola Berg", "chief_executive_of", "Norvik Energy") in facts(ex)
    assert ("Karin Lund", "chief_executive_of", "Fjordline Shipping") in facts(ex)


def test_a_verb_of_hoping_with_an_infinitive_states_a_wish_not_a_report(run):
    # with "hopes" now read as "hope" (not "hop"), its infinitive must stay a wish, as "hoped" always should have
    for text in ("Rina Sato hoped to chair the Harbour Trust by the spring.",
                 "Rina Sato hopes to chair the Harbour Trust by the spring."):
        held = [s for s in run(text).statements if s.predicate == "chair_of"]
        assert held and all(s.modality is Modality.HYPOTHETICAL for s in held), text


def test_a_paragraph_in_another_language_is_cut_from_an_english_page():
    from kg.ingest.sources import language_verdict
    from kg.types import Article
    text = ("The transport minister met the rail unions in Lyon on Monday and said after four hours of talks that a "
            "deal on pay and pensions was close.\n\n"
            "« Nous sommes très proches d'un accord avec les syndicats », a déclaré la ministre lundi soir.\n\n"
            "The unions said they would strike on Friday if no deal was signed, and the operator warned that most "
            "regional trains would be cancelled.")
    kept, reason = language_verdict(Article(text=text), {"en"})
    assert reason is None and kept.language == "en"
    assert "syndicats" not in kept.text and kept.text.count("\n\n") == 1
    assert kept.text.startswith("The transport minister") and kept.text.endswith("would be cancelled.")
    # short lines and lines of names stay, whatever they look like
    text2 = text.replace("« Nous sommes très proches d'un accord avec les syndicats », a déclaré la ministre lundi "
                         "soir.", "Jean-Luc Dupont, Marie Lefèvre")
    assert language_verdict(Article(text=text2), {"en"})[0].text == text2


def test_according_to_names_a_source_never_the_verbs_object(run):
    ex = run("The boom began after Ghana cut port fees in 2021, and it has made Tema the busiest port in West "
             "Africa, according to the shipping consultancy Drewry.")
    assert not [s for s in ex.statements if "according" in s.predicate]
    ex = run("Halden Group sold the ferry unit to Vantor Holdings in May, according to Kestrel Partners.")
    assert ("Halden Group", "sell_to", "Vantor Holdings") in facts(ex) or ("Halden Group", "sell", "the ferry unit") \
        in facts(ex)
    assert not [s for s in ex.statements if "according" in s.predicate]


def test_a_singular_description_after_a_list_is_of_its_last_name(run):
    ex = run("The three bidders, Vantor Holdings, Halden Group and Kestrel Partners, the owner of Brightwater "
             "Water, have all said they are interested.")
    owners = {s for s in facts(ex) if s[1] == "owner_of"}
    assert owners == {("Kestrel Partners", "owner_of", "Brightwater Water")}
    # a description right after one name is that name's
    ex = run("Vantor Holdings, the owner of Brightwater Water, made an offer on Monday.")
    assert ("Vantor Holdings", "owner_of", "Brightwater Water") in facts(ex)


def entity_types(ex) -> dict[str, str]:
    return {e.label: e.type.name for e in ex.entities}


def test_a_romance_place_word_or_a_stage_race_before_a_particle_is_no_organisation(run):
    types = entity_types(run("The riders climbed the Col du Tourmalet and finished at Plateau de Beille, where Lena "
                             "Moretti won the stage of the Tour de France."))
    assert types.get("Col du Tourmalet") == "LOCATION" and types.get("Plateau de Beille") == "LOCATION"
    assert types.get("Tour de France") == "EVENT"
    # a bank named with a particle stays a body
    types = entity_types(run("Banco de Chile reported a record profit on Tuesday."))
    assert types.get("Banco de Chile") == "ORGANIZATION"


def test_a_priests_title_or_a_member_who_does_something_is_a_persons(run):
    types = entity_types(run('"We cannot wait for another decade," said Kasia Wrona, a member of parliament who sits '
                             'on the budget committee.'))
    assert types.get("Kasia Wrona") == "PERSON"
    types = entity_types(run("The bishop also named Father Tomas Lindqvist, the Swedish Jesuit who ran the seminar."))
    assert types.get("Tomas Lindqvist") == "PERSON"
    # a firm that is a member of something stays a firm
    types = entity_types(run("Kestrel Partners, a member of the association that signed the letter, declined to "
                             "comment."))
    assert types.get("Kestrel Partners") == "ORGANIZATION"
