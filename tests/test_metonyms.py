"""A capital that acts on an actor of another state stands for its state (kg.extract.metonyms)."""
from __future__ import annotations

import pytest


def facts(ex) -> set[tuple[str, str, str]]:
    label = {e.key: e.label for e in ex.entities}
    return {(label.get(st.subject.entity, st.subject.text), st.predicate, label.get(st.object.entity, st.object.text))
            for st in ex.statements}


@pytest.mark.parametrize("text, fact", [
    ("Moscow warned Kyiv on Monday against joining NATO.", ("Russia", "warn", "Ukraine")),
    ("Ankara accused Athens of violating its airspace.", ("Turkey", "accuse", "Greece")),
    ("Washington warned Vladimir Putin against an invasion.", ("United States", "warn", "Vladimir Putin")),
    ("Tokyo protested to Beijing over the detention of a Japanese businessman.", ("Japan", "protest_to", "China")),
    ("Brussels urged Beijing to open its markets.", ("European Union", "urge", "China")),
    ("Nairobi accused Kenya's neighbours of arming the rebels.",
     ("Nairobi", "accuse", "Kenya's neighbours of arming the rebels")),
])
def test_a_capital_acting_on_another_states_actor_is_its_state(run, text, fact):
    assert fact in facts(run(text))     # (the last: an act at home, the capital's own state in the object)


@pytest.mark.parametrize("text, fact", [
    ("Paris banned rental scooters on Sunday.", ("Paris", "ban", "rental scooters")),
    ("Russian missiles struck Kyiv overnight, and Moscow shelled Kharkiv.", ("Russian missiles", "strike", "Kyiv")),
    ("Emmanuel Macron flew to Moscow on Monday.", ("Emmanuel Macron", "fly_to", "Moscow")),
])
def test_a_capital_at_home_a_target_or_a_destination_stays_the_place(run, text, fact):
    assert fact in facts(run(text))
