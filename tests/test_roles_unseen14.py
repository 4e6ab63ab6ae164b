"""Roles and implicit relations on short news paragraphs (bench/roles_unseen batch 14's classes), on sentences of our
own: a country's adjective before a body's noun is its origin, not the body a title is held in."""
from __future__ import annotations

import pytest

from clausehelp import labelled_facts as facts

pytestmark = pytest.mark.model


def test_a_nationality_before_a_bodys_noun_is_no_body_of_the_title(run):
    got = facts(run("\"We will appeal the decision,\" said Luis Vidal, a spokesman for the Argentine mining company "
                    "Andesur."))
    assert ("Luis Vidal", "spokesperson_of", "Argentina") not in got
    assert ("Luis Vidal", "spokesperson_of", "Andesur") in got
    got = facts(run("\"We will appeal the decision,\" said Luis Vidal, a spokesman for the Chilean mining group "
                    "Andesur."))
    assert ("Luis Vidal", "spokesperson_of", "Chile") not in got
