"""An office given in a participle on a name ("X, appointed head of Y last year, said") is X's: the parser reads the
participle as X's own verb or as a clause with X as its subject, which stated that X appointed or named someone."""
from __future__ import annotations

import pytest

from kg.extract.roles import ROLES


def statements(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    return {(names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text),
             s.modality.value) for s in ex.statements}


@pytest.mark.model
@pytest.mark.parametrize("text, expected, verb", [
    ("Ingrid Solberg, appointed director of the Bergen Maritime Museum in 2022, said the ship would be restored.",
     ("Ingrid Solberg", "head_of", "Bergen Maritime Museum", "Asserted"), "appoint"),
    ("Tariq Anwar, named chief executive of Lahore Steel in March, told analysts that orders had doubled.",
     ("Tariq Anwar", "chief_executive_of", "Lahore Steel", "Asserted"), "name"),
    ("Carmen Ruiz, elected chairwoman of the Andean Growers Federation last month, called for a boycott.",
     ("Carmen Ruiz", "chair_of", "Andean Growers Federation", "Asserted"), "elect"),
    ("Paulo Costa, elected president of Sporting in 2021, defended the coach.",
     ("Paulo Costa", "head_of", "Sporting", "Asserted"), "elect"),
    ("Aiko Mori, appointed governor of the Bank of Kanto last year, warned that rates would rise.",
     ("Aiko Mori", "head_of", "Bank of Kanto", "Asserted"), "appoint"),
])
def test_an_office_in_a_participle_on_a_name_is_the_names(run, text, expected, verb):
    found = statements(run(text))
    assert expected in found, found
    assert not [s for s in found if s[0] == expected[0] and s[1] == verb], found


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Ingrid Solberg appointed a new director of the Bergen Maritime Museum in 2022.", "Ingrid Solberg"),
    ("The board appointed Tariq Anwar's deputy, Omar Malik, on Monday.", "Tariq Anwar"),
])
def test_appointing_someone_is_no_office_of_ones_own(run, text, person):
    found = statements(run(text))
    assert not [s for s in found if s[0] == person and s[1] in ROLES], found
