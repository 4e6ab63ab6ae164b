"""Who says a sentence when the parser does not hang it on a verb of saying: an attribution set off inside the
sentence ("Sony, the report said, had overstated ..."), and a sentence of a quotation whose attribution stands in
another sentence of the same paragraph ("'It released raw sewage on 40 days.'" after "'...,' the regulator said.").

Used by :func:`kg.extract.factuality.root_context`: what such a sentence states is the speaker's claim, not the
writer's.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays

# A verb of saying that introduces nothing of its own: its subject is the source of the clause around it.
_OWN_CONTENT = frozenset("dobj ccomp xcomp attr mark conj".split())
OPENING_QUOTES = '"“'
CLOSING_QUOTES = '"”'


def medial_attribution(root: Token) -> Token | None:
    """The source of an attribution set off by commas before the main verb: "Sony, the report said, had
    overstated its sales" (a parataxis of the root), "Vale, the ministry claims, has paid no compensation" (an
    apposition on the subject), "The airline, a spokesman for Wizz Air said, would appeal" (the source read as an
    apposition on the subject). A verb of saying with a complement, an object or a mark of its own is no aside.

    Parameters
    ----------
    root : Token
        The root of a sentence.

    Returns
    -------
    Token or None
        The head of the source's noun phrase, else None.
    """
    cols = arrays(root.doc)     # asked of every root: its children by position, a Token for a verb of saying only
    dep, kids, lemma = cols.dep, cols.children, cols.lemma_lower
    candidates = [c for c in kids[root.i] if dep[c] == "parataxis" and c < root.i]
    candidates += [g for c in kids[root.i] if dep[c] in ("nsubj", "nsubjpass") and c < root.i
                   for g in kids[c] if dep[g] in ("appos", "acl", "relcl") and cols.pos[g] == "VERB"]
    for ci in candidates:
        if lemma[ci] not in lx.REPORTING_VERBS or cols.tag[ci] not in ("VBD", "VBZ", "VBP") or any(
                dep[g] in _OWN_CONTENT for g in kids[ci]):
            continue
        verb = root.doc[ci]
        source = next((g for g in verb.children if g.dep_ == "nsubj" and g.i < ci), None)
        if source is not None and verb.dep_ == "parataxis":
            # "The airline, a spokesman for Wizz Air said, will cut routes": the parser made the clause's subject
            # the saying's and hung the source on it as an apposition that runs up to the verb
            source = next((a for a in source.children if a.dep_ == "appos" and a.right_edge.i == ci - 1
                           and a.left_edge.i > 0 and cols.text[a.left_edge.i - 1] == ","), source)
        if source is None:      # "The airline, a spokesman for Wizz Air said, ...": the source hangs on the subject
            source = next((t for t in root.doc[max(0, ci - 12):ci] if t.dep_ == "appos"
                           and t.right_edge.i == ci - 1 and t.head.dep_ in ("nsubj", "nsubjpass")), None)
        if source is None:
            continue
        # (the commas that set it off may hang on the verb itself)
        start = source.left_edge.i
        end = max(t.i for t in verb.subtree if not t.is_punct)
        if start == 0 or cols.text[start - 1] != "," or end + 1 >= root.i or cols.text[end + 1] != ",":
            continue
        return source
    return None


def _paragraph(doc, start_char: int) -> tuple[int, str]:
    """The offset of the paragraph that holds a character, and its text up to there."""
    text = arrays(doc).doc_text     # Doc.text joins a Token per word on each access; asked of every root
    begin = text.rfind("\n\n", 0, start_char)
    begin = 0 if begin < 0 else begin + 2
    return begin, text[begin:start_char]


def _open_quote(before: str) -> bool:
    """Whether a quotation opened in ``before`` (a paragraph's text up to a point) is still open there."""
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


def quoted_sentence(root: Token) -> bool:
    """Whether a whole sentence is the words of a quotation: it starts inside one opened earlier in its paragraph,
    or opens one itself, and no quotation mark closes before its end ("'We will not pay a fee.'")."""
    cols = arrays(root.doc)     # asked of every root: the sentence's bounds and text by position, no Span
    first, last = cols.sentence_of(root.i)
    start_char, sent_text = cols.idx[first], cols.span_text(first, last + 1)
    text = sent_text.strip()
    if not text:
        return False
    _, before = _paragraph(root.doc, start_char)
    inside = _open_quote(before)
    body = text
    if not inside:
        if text[0] not in OPENING_QUOTES:
            return False
        body = text[1:]
    body = body.rstrip()
    closes = [i for i, ch in enumerate(body) if ch in CLOSING_QUOTES + "“"]
    if not closes:
        return inside or text[0] in OPENING_QUOTES and _continues(root, start_char + len(sent_text.rstrip()))
    return closes == [len(body) - 1] or closes == [len(body) - 2] and body[-1] in ".,!?;:"


def _continues(root: Token, end_char: int) -> bool:
    """Whether the quotation a sentence opens goes on past it: no quote mark before the paragraph's end would close
    it otherwise (a quotation running over several sentences closes in a later one)."""
    text = arrays(root.doc).doc_text
    stop = text.find("\n\n", end_char)
    rest = text[end_char:stop if stop >= 0 else len(text)]
    return any(ch in CLOSING_QUOTES for ch in rest)


def quote_source(root: Token) -> Token | None:
    """The speaker of a quoted sentence (:func:`quoted_sentence`): the subject of the verb of saying of the nearest
    sentence of the same paragraph that attributes a quotation ("'...,' the head of Ofwat said."; "Clerc said:"),
    else None."""
    doc = root.doc
    begin, _ = _paragraph(doc, root.sent.start_char)
    text = arrays(doc).doc_text
    end = text.find("\n\n", root.sent.start_char + len(root.sent.text.rstrip()))
    end = len(text) if end < 0 else end
    sents = [s for s in doc.sents if begin <= s.start_char < end and s.start != root.sent.start]
    sents.sort(key=lambda s: abs(s.start - root.sent.start))
    for s in sents:
        if not any(ch in s.text for ch in OPENING_QUOTES + CLOSING_QUOTES) and not s.text.rstrip().endswith(":"):
            continue
        for tok in s:
            if tok.lemma_.lower() in lx.REPORTING_VERBS and tok.pos_ == "VERB" and not _inside(doc, tok):
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is not None and not _inside(doc, subj):
                    return subj
    return None


def _inside(doc, tok: Token) -> bool:
    """Whether a word stands inside a quotation of its paragraph."""
    _, before = _paragraph(doc, tok.idx)
    return _open_quote(before)
