"""The tense of the clause around a temporal expression, read from the raw text: the nearest auxiliary or past form
("will", "is expected to", "met", "-ed"), for resolving expressions that point back or forward ("on Monday")."""
from __future__ import annotations

import re

FUTURE_MARKERS = re.compile(r"\b(?:will|shall|won't|is\s+(?:due|expected|set|scheduled|to)|are\s+(?:due|expected|set|"
                            r"scheduled|to)|due\s+to|expected\s+to|scheduled|plans?\s+to|planned|going\s+to|"
                            r"next|upcoming|would|could|may|might)\b|'ll\b", re.IGNORECASE)
PAST_MARKERS = re.compile(r"\b(?:was|were|had|did|has|have|said|told|met|won|lost|took|made|began|came|went|left|"
                          r"spoke|gave|held|saw|ran|rose|fell|struck|wrote|sent|led|kept|sold|bought|paid|brought|"
                          r"thought|found|became|got|hit|fought|flew|drew|grew|broke|chose|stood|sought|[a-z]{3,}ed)\b",
                          re.IGNORECASE)
NOT_PAST = frozenset({"expected", "scheduled", "planned", "need", "indeed", "united", "red", "bed", "proposed"})


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The span of the sentence around text[start:end], looked for at most ``reach`` characters either way."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    left = max(text.rfind(c, lo, start) for c in ".!?\n") + 1 or lo
    right = min([i for i in (text.find(c, end, hi) for c in ".!?\n") if i >= 0] or [hi])
    return max(left, lo), right


def text_tense(text: str, start: int, end: int) -> str | None:
    """ "past" or "future" for the clause around text[start:end], read from its nearest auxiliary or past form.

    The words before the expression in its sentence are read first, from the nearest back, then those after it.

    >>> text_tense("They will meet on Monday.", 15, 21), text_tense("On Monday they met.", 3, 9)
    ('future', 'past')
    """
    left, right = sentence_bounds(text, start, end)
    clause_start = max(left, text.rfind(";", left, start) + 1)

    def markers(lo: int, hi: int):
        found = [(m.start(), "future") for m in FUTURE_MARKERS.finditer(text, lo, hi)]
        found += [(m.start(), "past") for m in PAST_MARKERS.finditer(text, lo, hi) if m[0].lower() not in NOT_PAST]
        return found

    before = sorted(markers(clause_start, start))
    if before:
        pos, kind = before[-1]
        if kind == "past" and any(k == "future" and pos - p <= 16 for p, k in before):
            return "future"     # "will be sold", "is expected to be signed"
        return kind
    after = markers(end, right)
    return min(after)[1] if after else None
