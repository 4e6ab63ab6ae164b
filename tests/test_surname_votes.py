"""A person's surname alone votes for the person, whatever the NER called it: the small model types a bare surname
from the word alone ("Leclerc" an organisation, "Falkenberg" a place) and, where it says so more often than the
full name is written, the person's node became a firm's or a town's. Sentences written for these tests."""
from __future__ import annotations

import pytest
from clausehelp import one

from kg.types import EntityType

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full", [
    ("The team boss praised Charles Leclerc after qualifying on Saturday. Leclerc took pole in Monaco, and Leclerc "
     "will start ahead of Verstappen. Fans cheered Leclerc at the hairpin.", "Charles Leclerc"),
    ("The stewards ruled that Piastri had forced Marc Delorme off the track on lap 41. McLaren argued that "
     "Delorme had turned in early. Piastri apologised to Delorme after the race, and the Alpine driver said he "
     "accepted the apology. \"It was a racing incident,\" Delorme said.", "Marc Delorme"),
    ("Analyst Henrik Falkenberg said rates would fall. Falkenberg expects two cuts, and clients of Falkenberg "
     "agree.", "Henrik Falkenberg"),
])
def test_a_person_named_mostly_by_surname_stays_a_person(run, text, full):
    assert one(run(text), full).type is EntityType.PERSON
