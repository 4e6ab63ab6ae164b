"""The event coder's index of a verb's patterns by their object's head gives the patterns the full scan would try."""
from __future__ import annotations

from kg.events import EventCoder, default_coder


def scan(coder: EventCoder, verb: str, prep: str, head: str | None) -> list:
    """What _code_verb read before the index: every pattern, those of another object head failing at once."""
    return [pat for pat in coder._patterns_with(verb, prep)
            if not pat[1] or pat[1][-1].startswith("&") or pat[1][-1] == head]


def test_candidates_are_the_patterns_a_head_can_fit_in_order():
    coder = default_coder()
    verbs = ["say", "tell", "impose", "sign", "accuse", "ask"]
    for verb in verbs:
        preps = {prep for prep, _, _, _ in coder.patterns(verb)} | {"", "with"}
        heads = {obj[-1] for _, obj, _, _ in coder.patterns(verb) if obj} | {None, "", "zebra"}
        for prep in preps:
            for head in heads:
                assert coder._candidates(verb, prep, head) == scan(coder, verb, prep, head), (verb, prep, head)


def test_a_row_added_later_is_indexed():
    coder = EventCoder([("halt", "", "", "", "-"), ("halt", "", "strike", "", "140")])
    assert coder.code("halt", ["strike"]) == "140"
    assert coder._candidates("halt", "", "strike")[0][3] == "140"
    coder.add([("halt", "", "shipment", "", "1312"), ("&cargo", "", "grain", "", "")])
    assert coder.code("halt", ["shipment"]) == "1312"      # the index is made again for the verb
    assert coder.code("halt", ["strike"]) == "140" and coder.code("halt", ["tree"]) is None


def test_the_patterns_made_on_first_use_leave_the_collectors_walks():
    """The patterns and indexes a build makes after freezing its loaded objects hold only strings and tuples of
    them: the collector untracks them once it has seen them, and no full collection walks them again."""
    import gc
    coder = default_coder()
    assert coder.code("impose", ["sanction"]) == "163"      # makes impose's patterns and indexes
    for _ in range(3):      # (a collection may untrack nested tuples one level at a time)
        gc.collect()
    pats = coder.patterns("impose")
    assert pats and not any(gc.is_tracked(pat) for pat in pats) and not gc.is_tracked(pats)
    assert not any(gc.is_tracked(pats) for pats in coder._by_prep["impose"].values())
    by_word, others = coder._by_head["impose"][""]
    assert not any(gc.is_tracked(items) for items in by_word.values()) and not gc.is_tracked(others)
