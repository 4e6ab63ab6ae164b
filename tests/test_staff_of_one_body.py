"""The staff of one named body act for it as the staff of a list of bodies act for each: "Economists at Nomura
Securities warned that a poor harvest would push prices up" is warn(Nomura Securities, ...) beside the concept's
statement; not a state's ("Researchers from Norway found"), nor a noun that is no staff ("Workers at Ford"). Found
with the new eval/dev case japan-reserve-rice-release; the sentences are our own."""
from __future__ import annotations

from clausehelp import facts


def subjects(ex, predicate):
    return {s for s, _, _ in facts(ex, predicate)}


def test_the_staff_of_one_body_act_for_it(run):
    assert "lumora-bank" in subjects(run("Economists at Lumora Bank warned that inflation would rise again."), "warn")
    assert "kestrel-capital" in subjects(
        run("Analysts at Kestrel Capital said the merger would cut 2,000 jobs."), "say")


def test_no_state_and_no_workers(run):
    assert subjects(run("Researchers from Norway found that the glacier had shrunk."), "find") <= {
        "Researchers from Norway"}
    assert "ford" not in subjects(run("Workers at Ford walked out of the Cologne plant on Monday."), "walk_out")
