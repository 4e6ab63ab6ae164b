"""Roles from words the title lexicon lacked: a player's position ("Benfica midfielder X"), a fellow of an institute,
a treasurer (a state's minister, a union's or a firm's officer), playing for a club, commanding a named unit. A
nationality or a country before a position is where the player is from, not a club."""
from __future__ import annotations

import pytest

from clausehelp import role_rows as roles


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Rangers goalkeeper Jack Butland saved two penalties in the shoot-out.",
     ("Jack Butland", "member_of", "Rangers", "")),
    ("Noor Haddad, a senior fellow at the Chatham House think tank in London, said the truce would not hold.",
     ("Noor Haddad", "employee_of", "Chatham House", "")),
    ("New Zealand's treasurer, Nicola Willis, said the country would borrow less next year.",
     ("Nicola Willis", "minister_of", "New Zealand", "")),
    ("Anneke Visser, the treasurer of Rotterdam, presented the city's budget on Tuesday.",
     ("Anneke Visser", "employee_of", "Rotterdam", "")),
    ("Sadio Kone, who plays for Olympique Lyonnais, was left out of the squad.",
     ("Sadio Kone", "member_of", "Olympique Lyonnais", "")),
    ("Sadio Kone, who played for Olympique Lyonnais until 2021, was left out of the squad.",
     ("Sadio Kone", "member_of", "Olympique Lyonnais", "former")),
    ("Colonel Oleh Marchuk, who commands the 47th Mechanised Brigade, said the village had been retaken.",
     ("Oleh Marchuk", "head_of", "the 47th Mechanised Brigade", "")),
])
def test_roles_of_new_title_words_and_verbs(run, text, expected):
    assert expected in roles(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text, person, wrong", [
    ("The Brazilian striker Joao Lima scored twice in Lisbon.", "Joao Lima", "Brazil"),
    ("Ghanaian winger Kwesi Appiah signed a new deal on Friday.", "Kwesi Appiah", "Ghana"),
    ("Tove Ek, the treasurer of the Nordic Dockers Union, resigned.", "Tove Ek", None),
    ("Colonel Oleh Marchuk, who commands respect among his men, said the village had been retaken.", "Oleh Marchuk",
     "respect"),
])
def test_no_role_where_the_words_name_no_body_held(run, text, person, wrong):
    found = [r for r in roles(run(text)) if person.split()[-1] in r[0]]
    if wrong is None:   # a union's treasurer is its officer, no minister
        assert not [r for r in found if r[1] == "minister_of"], found
    else:
        assert not [r for r in found if wrong in r[2]], found
