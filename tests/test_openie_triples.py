"""kg openie's surface text and its minimal triples (issue 9, round 4): arguments are whole written words, and
``--triples`` prints one triple with an object per further argument. Sentences written for these tests."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract.openie import words

pytestmark = pytest.mark.model


def test_a_hyphenated_name_is_never_cut(tuple_list):
    got = tuple_list("The award-winning architect Bong Min-jun will design the new museum.")
    assert any(r[0] == "Bong Min-jun" for r in got), got
    assert not any("Min-jun" in part and "Bong" not in part for r in got for part in r), got


def test_a_score_keeps_both_numbers(tuple_list, nlp):
    got = tuple_list("Al-Hilal beat Al-Nassr 3-1 in Riyadh on Friday.")
    assert not any(part.endswith((" 3", "-")) for r in got for part in r), got
    doc = nlp("Al-Hilal beat Al-Nassr 3-1 in Riyadh on Friday.")
    cut = [t for t in doc if t.i >= 4 and t.text in ("Al", "-", "Nassr", "3")][:4]     # "Al-Nassr 3"
    assert words(cut) == "Al-Nassr 3-1"
    assert words(cut, whole=False) == "Al-Nassr 3"


def test_a_date_closing_the_object_is_an_argument_of_its_own(tuple_list):
    got = tuple_list("Siemens bought the software firm Fieldline for $300 million in 2022.")
    assert ("Siemens", "bought", "the software firm Fieldline", "for $300 million", "in 2022") in got, got
    got = tuple_list("The army retreated after the Battle of Narva in 1700.")
    assert ("The army", "retreated", "after the Battle of Narva in 1700") in got, "an event's own date stays with it"


def test_a_word_cut_on_purpose_stays_cut(tuple_list):
    assert ("Brightline", "is based in", "Leeds") in tuple_list("The Leeds-based charity Brightline opened a shelter.")


def test_triples_split_further_arguments_into_triples_of_their_own(tuple_list):
    got = tuple_list("Siemens bought the software firm Fieldline for $300 million in 2022.", triples=True)
    assert ("Siemens", "bought", "the software firm Fieldline") in got
    assert ("Siemens", "bought the software firm Fieldline for", "$300 million") in got
    assert ("Siemens", "bought the software firm Fieldline in", "2022") in got
    assert all(len(r) == 3 and r[2] for r in got), got


def test_triples_have_an_object(tuple_list):
    text = "The statue, which was stolen in 1911, has never been recovered."
    assert any(len(r) == 2 for r in tuple_list(text)), "the n-ary output keeps its tuple with no object"
    assert all(len(r) == 3 and r[2] for r in tuple_list(text, triples=True))


@pytest.mark.parametrize("text, expected", [
    ("Heineken, based in Amsterdam, is the largest Dutch brewer.", ("Heineken", "is based in", "Amsterdam")),
    ("The tower, completed in 1889, drew millions of visitors.", ("The tower", "was completed", "in 1889")),
    ("The rebels, backed by a neighbouring army, took the port.", ("The rebels", "were backed by",
                                                                    "a neighbouring army")),
])
def test_triples_write_be_in_the_sentence_tense(tuple_list, text, expected):
    assert expected in tuple_list(text, triples=True)


def test_default_output_keeps_be_for_any_form(tuple_list):
    assert ("Heineken", "be based in", "Amsterdam") in tuple_list("Heineken, based in Amsterdam, is the largest Dutch brewer.")


def test_cli_triples_flag():
    text = "Siemens bought the software firm Fieldline for $300 million in 2022.\n"
    out = CliRunner().invoke(main, ["openie", "--triples", "-"], input=text)
    assert out.exit_code == 0, out.output
    lines = [line.split("\t") for line in out.output.splitlines()]
    assert lines and all(len(cells) == 5 for cells in lines)
    assert any(cells[2] == "bought the software firm Fieldline for" for cells in lines)


def test_triples_say_a_described_name_alone(tuple_list):
    got = tuple_list("The Chilean miner Codelco raised output.", triples=True)
    assert ("Codelco", "raised", "output") in got, got
    assert ("Codelco", "is", "Chilean miner") in got, got
    assert ("The Chilean miner Codelco", "raised", "output") in tuple_list("The Chilean miner Codelco raised output.")
    got = tuple_list("Foreign Minister Lena Holm flew to Oslo on Monday.", triples=True)
    assert any(r[0] == "Foreign Minister Lena Holm" for r in got), "a title is no description to drop"


def test_triples_hang_further_arguments_on_the_verb_when_the_object_has_a_preposition(tuple_list):
    got = tuple_list("The probe was launched aboard an Ariane rocket in 2004.", triples=True)
    assert ("The probe", "was launched aboard", "an Ariane rocket") in got, got
    assert ("The probe", "was launched in", "2004") in got, got


def test_triples_keep_a_verb_preposition_in_the_relation(tuple_list):
    got = tuple_list("Two clinics in the town ran out of insulin on Monday.", triples=True)
    assert ("Two clinics in the town", "ran out of insulin on", "Monday") in got, got


@pytest.mark.parametrize("text, expected, not_expected", [
    # a lower-case profession under an article is a description, printed apart from the name
    ("The chemist Ada Varga, who grew up in Pecs, won the prize in 2003.", ("Ada Varga", "won", "the prize"),
     ("The chemist Ada Varga", "won", "the prize")),
    # a description and its name that the parser read as two subjects of one verb
    ("The Norwegian shoe retailer H&K opened a shop in Bergen.", ("H&K", "opened a shop in", "Bergen"), None),
    # a capitalised title before a name stays with it
    ("Finance Minister Sara Lind met the bankers in Oslo.", ("Finance Minister Sara Lind", "met", "the bankers in Oslo"),
     None),
])
def test_triples_print_a_described_name_alone(tuple_list, text, expected, not_expected):
    got = tuple_list(text, triples=True)
    assert expected in got, got
    assert not_expected not in got, got


def test_triples_read_no_setting_into_the_relation(tuple_list):
    got = tuple_list("The coach quit on Sunday after a row with the owners.", triples=True)
    assert ("The coach", "quit after", "a row with the owners") in got, got
    assert not [r for r in got if "Sunday after" in r[1]], got
