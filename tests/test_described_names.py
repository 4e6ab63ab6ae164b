"""A name of capitalised words that opens a sentence, which the NER left out, set off by an apposition saying it is
a body ("Fair Fares Now, a passenger lobby, said"), is an organisation, on sentences of our own: the tagger may read
"Insure" as a verb. The traps: a person's name before an apposition stays a person's; an apposition of no body
("a nurse") makes no organisation."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def types(ex):
    return {e.label: e.type.value for e in ex.entities}


@pytest.mark.parametrize("text, name", [
    ("Fair Fares Now, a passenger lobby, accused the airline of price gouging.", "Fair Fares Now"),
    ("Insure Right, a consumer group that brought the complaints, accused the insurers of hiding behind fine print.",
     "Insure Right"),
    ("Clean Water Always, an advocacy group based in Leeds, sued the water company.", "Clean Water Always"),
])
def test_a_sentence_opening_name_described_as_a_body(run, text, name):
    assert types(run(text)).get(name) == "Organization"


def test_a_person_or_a_described_person_is_no_body(run):
    assert types(run("Maria Lopez, a consumer advocate, said the ward had closed.")).get("Maria Lopez") == "Person"
    assert "Organization" not in types(run("Still Waiting, a nurse said, was the word on the ward.")).values()
