"""Relations the text implies without a verb: "Darmstadt, Germany", "the spaceport in French Guiana",
"Kyiv, Ukraine's capital". Each is a Clause of kind "implicit" with a closed-set predicate (kg.extract.roles).

The rules read entity labels off the parse (GPE, LOC, FAC); the graph keeps a statement only when both
arguments are entities (see kg.extract.core), Open IE prints the tuple with the sentence's words.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import Clause, arg_tokens, possessor_tokens

PLACES = frozenset({"GPE", "LOC", "FAC"})


def place_tokens(tok: Token) -> list[Token]:
    """The words of the place name the token ends ("French Guiana"), without a leading "the"."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start - 1].ent_type_ == tok.ent_type_ \
            and tok.ent_iob_ == "I":
        start -= 1
        if doc[start].ent_iob_ == "B":
            break
    return [t for t in doc[start:tok.i + 1] if t.lower_ != "the"]


def is_place_end(tok: Token) -> bool:
    """Whether the token is the last word of a place name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ in PLACES and (nxt is None or nxt.ent_iob_ != "I")


def implicit_clauses(tok: Token) -> list[Clause]:
    """The implicit relations a token heads: located_in from "X, Y" and "X in Y", capital_of from "X, Y's capital"."""
    out: list[Clause] = []
    doc = tok.doc
    if is_place_end(tok):
        place = place_tokens(tok)
        # "Darmstadt, Germany": a place, a comma and a larger place closing the phrase
        k = tok.i + 1
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ in ("GPE", "LOC") \
                and doc[k + 1].ent_iob_ == "B":
            end = k + 1
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
            after = doc[end + 1] if end + 1 < len(doc) else None
            beyond = doc[end + 2] if end + 2 < len(doc) else None
            second = doc[end]
            listed = second.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in second.children) or (
                beyond is not None and (beyond.ent_type_ in PLACES or beyond.dep_ == "cc"))
            if (after is None or after.is_punct) and not listed:     # not "Burundi, Kenya, Rwanda and Uganda"
                out.append(_clause("located_in", "is in", place, [t for t in doc[k + 1:end + 1]], tok, doc[end]))
        # "the Kourou spaceport in French Guiana", "Kourou in French Guiana": a place, "in" and a place
        holder = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > holder.i:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                        out.append(_clause("located_in", "is in", place, place_tokens(pobj), tok, pobj))
    # "Boston-based Corvex": a place-based modifier of a name
    if tok.lower_ in ("based", "headquartered") and tok.dep_ == "amod" and tok.head.pos_ == "PROPN":
        places = [c for c in tok.children if c.ent_type_ == "GPE" and c.i < tok.i]
        if places:
            name = [t for t in arg_tokens(tok.head) if t.i > tok.i]
            out.append(_clause("located_in", "is based in", name, place_tokens(places[0]), tok.head, places[0]))
    # "Kyiv, Ukraine's capital" and "the capital, Kyiv" with a possessor or an of-phrase
    if tok.dep_ == "appos" and tok.lemma_.lower() == "capital" and tok.head.ent_type_ == "GPE":
        country = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "GPE"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
        if country:
            obj = possessor_tokens(country[0]) if country[0].dep_ == "poss" else arg_tokens(country[0])
            out.append(_clause("capital_of", "is capital of", arg_tokens(tok.head), obj, tok.head, country[0]))
    return out


def _clause(pred: str, rel: str, subj: list[Token], obj: list[Token], subj_head: Token, obj_head: Token) -> Clause:
    return Clause(kind="implicit", rel=[], predicate=pred, subj=subj, obj=obj, subj_head=subj_head,
                  obj_head=obj_head, rel_text_override=rel)
