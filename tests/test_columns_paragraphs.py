"""kg_paragraphs reads the words' texts and flags as columns: on texts of our own (quotes and brackets after a full
stop, blank lines, datelines and time stamps) it sets the sentence starts the Token-walking version set."""
from __future__ import annotations

import pytest

from kg.nlp import lead_end, paragraph_starts

pytestmark = pytest.mark.model

TEXTS = [
    'KRAKOW, Poland, May 3 (Wire) - The union said it would strike. "We have no choice."\n\nThe mayor (who '
    'was away.) replied on Friday.\n\n16:05 - Talks resumed.  "Nothing was agreed," a delegate said.',
    'OSLO -- Prices rose.\n\n\nNo dateline here. "A quote."\nOne line break only [sic.] and more.',
    '"Ends with a quote."',
]


def _reference(doc):
    for tok in doc[1:]:
        if (tok.is_quote or tok.text in (")", "]")) and doc[tok.i - 1].text in (".", "!", "?", "...", "…") \
                and not doc[tok.i - 1].whitespace_ and (tok.whitespace_ or tok.i + 1 == len(doc)
                                                         or doc[tok.i + 1].is_space or doc[tok.i + 1].is_punct):
            tok.is_sent_start = False
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    for start in [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]:
        story = lead_end(doc, start)
        if story is not None:
            doc[story].is_sent_start = True
    return doc


def test_sentence_starts_as_token_version(nlp):
    before = nlp.pipe_names[:nlp.pipe_names.index("kg_paragraphs")]
    changed = 0
    for text in TEXTS:
        with nlp.select_pipes(enable=before):
            ours, ref, bare = nlp(text), nlp(text), nlp(text)
        paragraph_starts(ours)
        _reference(ref)
        assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in ref], text
        changed += sum(a.is_sent_start != b.is_sent_start for a, b in zip(ref, bare))
    assert changed >= 4     # the texts exercise every rule
