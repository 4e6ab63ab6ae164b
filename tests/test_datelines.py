"""The places and agency of a story's dateline (kg.datelines): a town in capitals or title case before its region,
date and agency is a place however the NER typed it, a body's name stays a body, a bracket names the region or the
agency, never the town's other name; the town and its country are one located_in."""
from __future__ import annotations

import pytest

from kg.nlp import _LEAD_RE


@pytest.mark.parametrize("text, lead", [
    ("GULU, Uganda (Reuters) - Refugees", "GULU, Uganda (Reuters) - "),
    ("LARNACA/NICOSIA, Sept 9 (Reuters) - Cyprus", "LARNACA/NICOSIA, Sept 9 (Reuters) - "),
    ("SUKKUR, Pakistan: Floods", "SUKKUR, Pakistan: "),
    ("Mwanza, Tanzania, May 2 (Xinhua) — A ferry", "Mwanza, Tanzania, May 2 (Xinhua) — "),
    ("Enugu (Nigeria), 4 March (AFP) - Gunmen", "Enugu (Nigeria), 4 March (AFP) - "),
    ("ÖREBRO, Sweden — Police", "ÖREBRO, Sweden — "),
])
def test_more_dateline_shapes_are_leads(text, lead):
    m = _LEAD_RE.match(text)
    assert m is not None and m.group() == lead


@pytest.mark.parametrize("text", [
    "MR PRICE: Thank you all",
    "Ms Achieng, a nurse - who",
    "Kisumu is flooded - Residents",
    "Acme: The results",
])
def test_an_ordinary_opening_is_still_no_lead(text):
    assert _LEAD_RE.match(text) is None


def _types(ex):
    return {name: e.type.value for e in ex.entities for name in (e.label, *e.aliases)}


@pytest.mark.model
def test_a_known_town_in_capitals_is_a_place_whatever_the_ner_says(run):
    types = _types(run("KHUJAND, Tajikistan (Reuters) - Cotton growers in the north say the harvest fell by a "
                       "third this year, officials said."))
    assert types.get("KHUJAND") == "GeopoliticalEntity"
    assert types.get("Reuters") == "Organization"


@pytest.mark.model
def test_an_unknown_town_with_its_region_is_a_place(run):
    types = _types(run("IQALUIT, Nunavut (CP) — Hunters said on Tuesday the sea ice broke up three weeks early."))
    assert types.get("IQALUIT") == "GeopoliticalEntity"


@pytest.mark.model
def test_a_town_in_title_case_with_its_country_is_a_place(run):
    types = _types(run("Kandy, Sri Lanka, April 8 (IANS) — Landslides buried two tea estates after four days of "
                       "rain, officials said."))
    assert types.get("Kandy") == "GeopoliticalEntity" and types.get("IANS") == "Organization"


@pytest.mark.model
def test_a_body_in_the_dateline_stays_a_body(run):
    types = _types(run("UNITED NATIONS (Reuters) - The Security Council on Friday extended the mission in "
                       "South Sudan for a year."))
    assert types.get("UNITED NATIONS", "Organization") == "Organization"
    assert "GeopoliticalEntity" not in {t for n, t in types.items() if n.casefold() == "united nations"}


@pytest.mark.model
def test_the_bracketed_country_and_agency_are_no_other_names(run):
    ex = run("Port Harcourt (Nigeria), June 5 (AFP) - Militants blew up a pipeline near the creeks, the "
             "operator said.")
    types = _types(ex)
    assert types.get("Port Harcourt") == "GeopoliticalEntity" and types.get("Nigeria") == "GeopoliticalEntity"
    assert not any({"Port Harcourt", "Nigeria"} <= {e.label, *e.aliases} for e in ex.entities)
    ex = run("BENGUELA, Angola (Lusa) - The port will handle copper from Zambia, the railway's chief said.")
    types = _types(ex)
    assert types.get("Angola") == "GeopoliticalEntity" and types.get("Lusa") == "Organization"


@pytest.mark.model
def test_a_later_mention_of_the_dateline_town_is_the_town(run):
    ex = run("HAT YAI, Thailand (Reuters) - Floods have killed 13 people, and the army sent boats to Hat Yai's "
             "inner districts.")
    assert not any(e.type.value == "Person" for e in ex.entities)
    assert _types(ex).get("HAT YAI") == "GeopoliticalEntity"


@pytest.mark.model
def test_the_dateline_town_is_in_its_country(run):
    ex = run("GULU, Uganda (Reuters) - Refugees from South Sudan crowded the camps on Monday, aid workers said.")
    assert any(st.predicate == "located_in" and st.subject.text == "GULU" and st.object.text == "Uganda"
               for st in ex.statements)
