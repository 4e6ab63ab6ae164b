"""An attribution the parser reads as a complement of the main verb (", an official said on Monday, as ..."):
the sentence is reported, and the source is no content of the main verb. Sentences of our own."""
from __future__ import annotations

from clausehelp import make_doc, tuples


def test_an_attribution_read_as_a_complement_reports_the_sentence():
    # "Oslo has asked Rome for two ships, an official said, as talks stalled ." parsed with "said" as a complement
    # of "asked" (the parse the small model gives such sentences), built by hand
    doc = make_doc("""
Oslo Oslo PROPN NNP nsubj 2
has have AUX VBZ aux 2
asked ask VERB VBN ROOT 2
Rome Rome PROPN NNP dobj 2
for for ADP IN prep 2
two two NUM CD nummod 6
ships ship NOUN NNS pobj 4
, , PUNCT , punct 2
an an DET DT det 9
official official NOUN NN nsubj 10
said say VERB VBD ccomp 2
, , PUNCT , punct 10
as as SCONJ IN mark 14
talks talk NOUN NNS nsubj 14
stalled stall VERB VBD advcl 10
. . PUNCT . punct 2
""")
    got = tuples(doc)
    assert ("ask", "Oslo", "Rome", "Positive", "Reported") in got
    assert not any(t[0] == "ask" and t[2] and "said" in t[2] for t in got)     # no "asked [an official said]"
    assert ("stall", "talks", None, "Positive", "Asserted") in got     # the framing clause is the writer's

