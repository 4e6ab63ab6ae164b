"""The words of an Open IE argument as the sentence writes them: whole hyphenated words and names, the
sentence's own spacing, and what the parse cut off a phrase's head word."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import arg_tokens
from kg.extract.implicit import close_name


JOINERS = frozenset("-\u2013")     # a hyphen or an en-dash inside a written word ("Joon-ho", "3-1", "Paris\u2013Berlin")


def whole_words(tokens: list[Token]) -> list[Token]:
    """An argument that the parse cut inside a written word, or inside a name, made whole: "Joon-ho" of "Bong
    Joon-ho" is "Bong Joon-ho", "Al-Nassr 3" of "Al-Nassr 3-1" is "Al-Nassr 3-1". An argument keeps the
    sentence's own words: it never begins or ends in the middle of a hyphenated word (an em-dash, which sets off
    an aside, joins nothing), nor after the first words of a name whose last word it holds."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    have = {t.i for t in tokens}
    lo, hi = tokens[0].i, tokens[-1].i
    extra = []
    while True:
        if lo >= 2 and doc[lo - 1].text in JOINERS and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
            lo -= 2
        elif lo >= 1 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i in have \
                and doc[lo].ent_iob_ == "I":
            lo -= 1
        else:
            break
        extra += [doc[k] for k in range(lo, tokens[0].i)]
        have.update(range(lo, tokens[0].i))
    while hi + 2 < len(doc) and doc[hi + 1].text in JOINERS and not doc[hi].whitespace_ \
            and not doc[hi + 1].whitespace_ and not doc[hi + 2].is_punct:
        hi += 2
    extra += [doc[k] for k in range(tokens[-1].i + 1, hi + 1)]
    if not extra:
        return tokens
    return sorted({t.i: t for t in [*tokens, *extra]}.values(), key=lambda t: t.i)


def words(tokens: list[Token], whole: bool = True) -> str:
    """The tokens' text with the sentence's own spacing, whole words (`whole_words`) unless ``whole`` is false (a
    word the rules cut on purpose: "Munich" of "Munich-based"); a gap between tokens becomes one space.

    Parameters
    ----------
    tokens : list of Token
        An argument's tokens, in order.
    whole : bool
        Widen them to whole written words first (`whole_words`).

    Returns
    -------
    str
    """
    tokens = whole_words(tokens) if whole else tokens
    tokens = quoted(tokens)
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            parts.append(tok.whitespace_ if nxt.i == tok.i + 1 else " ")
    return "".join(parts)


QUOTES = {"'": "'", '"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}


def quoted(tokens: list[Token]) -> list[Token]:
    """An argument that opens a quotation and ends where it ends keeps the closing quote ("she had 'enough in the
    tank'", not "she had 'enough in the tank")."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    nxt = tokens[-1].i + 1
    if nxt >= len(doc) or tokens[-1].whitespace_:
        return tokens
    for open_, close in QUOTES.items():
        opened = sum(t.text == open_ for t in tokens)
        closed = sum(t.text == close for t in tokens) if close != open_ else 0
        if (opened - closed if close != open_ else opened % 2) == 1 and doc[nxt].text == close:
            return [*tokens, doc[nxt]]
    return tokens


def dash_joined(head: Token, child: Token) -> bool:
    """Whether ``child`` begins right after a dash written with no space after ``head`` ("Smith–Jones")."""
    doc = head.doc
    k = head.i + 1
    return (child.i > head.i and k + 1 < len(doc) and not head.whitespace_ and doc[k].text in "-–—"
            and not doc[k].whitespace_ and child.left_edge.i == k + 1)


def phrase(tokens: list[Token]) -> list[Token]:
    """An argument's tokens with what the parse cut off its head word: a name in close apposition ("the Japanese
    carmaker" + "Toyota") and the rest of a dashed compound ("The Smith" + "–Jones bill")."""
    have = {t.i for t in tokens}
    extra: list[Token] = []
    for t in tokens:
        for c in t.children:
            if c.i in have or c.dep_ not in ("appos", "conj", "compound"):
                continue
            if c.dep_ == "appos" and c == close_name(t) or dash_joined(t, c):
                extra += [x for x in arg_tokens(c) if x.i not in have]
                if dash_joined(t, c):
                    extra.append(t.doc[t.i + 1])
    if not extra:
        return tokens
    return sorted({x.i: x for x in [*tokens, *extra]}.values(), key=lambda x: x.i)
