"""The event coder's index of a verb's patterns by their object's head gives the patterns the full scan would try."""
from __future__ import annotations

from kg.events import EventCoder, default_coder


def scan(coder: EventCoder, verb: str, prep: str, head: str | None) -> list:
    """What _code_verb read before the index: every pattern, those of another object head failing at once."""
    return [pat for pat in coder._patterns_with(verb, prep)
            if not pat.object or pat.object[-1].startswith("&") or pat.object[-1] == head]


def test_candidates_are_the_patterns_a_head_can_fit_in_order():
    coder = default_coder()
    verbs = ["say", "tell", "impose", "sign", "accuse", "ask"]
    for verb in verbs:
        preps = {pat.prep for pat in coder.patterns(verb)} | {"", "with"}
        heads = {pat.object[-1] for pat in coder.patterns(verb) if pat.object} | {None, "", "zebra"}
        for prep in preps:
            for head in heads:
                assert coder._candidates(verb, prep, head) == scan(coder, verb, prep, head), (verb, prep, head)


def test_a_row_added_later_is_indexed():
    coder = EventCoder([("halt", "", "", "", "-"), ("halt", "", "strike", "", "140")])
    assert coder.code("halt", ["strike"]) == "140"
    assert coder._candidates("halt", "", "strike")[0].code == "140"
    coder.add([("halt", "", "shipment", "", "1312"), ("&cargo", "", "grain", "", "")])
    assert coder.code("halt", ["shipment"]) == "1312"      # the index is made again for the verb
    assert coder.code("halt", ["strike"]) == "140" and coder.code("halt", ["tree"]) is None
