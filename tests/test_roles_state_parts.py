"""A title held in a body of a state is no office of the state: "the Ghanaian central bank governor", "Peru's
opposition leader", "the commander of Chad's air force" head the bank, the opposition and the air force, not the
state. A state's government is the state's own ("the Dutch government spokeswoman"), and a state's organ speaks
for it ("a Turkish police spokesman"). "Ousted", "deposed", "sacked" before a title say it is held no longer."""
from __future__ import annotations

import pytest

from clausehelp import role_rows as roles


@pytest.mark.model
@pytest.mark.parametrize("text, person, state", [
    ("Ghanaian central bank governor Kofi Boateng told a news conference in Accra that the cedi had stabilised.",
     "Kofi Boateng", "Ghana"),
    ("The Peruvian opposition leader, Lucia Vargas, refused to attend the talks.", "Lucia Vargas", "Peru"),
    ("Chad's army chief, General Idriss Mahamat, flew to the front on Tuesday.", "Idriss Mahamat", "Chad"),
    ("Major General Ali Bashar, the commander of Chad's air force, denied that civilians had been hit.",
     "Ali Bashar", "Chad"),
])
def test_a_title_in_a_body_of_the_state_is_not_the_states(run, text, person, state):
    found = roles(run(text))
    assert not [r for r in found if person.split()[-1] in r[0] and state in r[2]], found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Dutch government spokeswoman, Anouk Smit, said the cabinet would meet again on Friday.",
     ("Anouk Smit", "spokesperson_of", "Netherlands", "")),
    ("Chilean Finance Minister Carla Rojas said copper revenue would fall.", ("Carla Rojas", "minister_of", "Chile", "")),
    ("Guinea's junta leader, Mamadi Doumbouya, dissolved the government on Monday.",
     ("Mamadi Doumbouya", "head_of", "Guinea", "")),
    ("Deposed Gabonese president Ali Bongo was allowed to leave the country.",
     ("Ali Bongo", "head_of", "Gabon", "former")),
    ("Sacked Leeds United manager Jesse Marsch has found a new job.",
     ("Jesse Marsch", "employee_of", "Leeds United", "former")),
])
def test_the_states_own_offices_and_removed_holders(run, text, expected):
    assert expected in roles(run(text))
