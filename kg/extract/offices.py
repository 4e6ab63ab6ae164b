"""Roles stated by a verb of taking, holding or leaving an office with an "as" phrase: "X was sworn in as US
president", "the board appointed X as its chief executive", "X resigned as chairman of Y".

Each is a Clause of kind "title", as a title before a name gives one (kg.extract.clauses), seen by the graph only:
Open IE keeps the verb's own tuple ("was sworn in as"; "US president"). The organisation is the one the title
names ("US president", "chief executive of Y", "its chief executive"); a title that names none states nothing here.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.clauses import (Clause, Context, arg_tokens, former, future_office, own_factuality, possessor_tokens,
                                title_of_tokens)
from kg.types import Modality

# Verbs that put someone in an office: the holder is the object when there is one ("appointed X as"), else the
# subject ("X was sworn in as", "X was elected as").
INSTALL_VERBS = frozenset("""swear elect re-elect reelect appoint name install confirm inaugurate choose select hire
promote nominate propose""".split())
# Verbs that only put someone forward for an office: the role is not held yet ("X was nominated as governor")
NOMINATE_VERBS = frozenset("nominate propose".split())
# Verbs of holding an office: the subject holds it ("X serves as", "X remains as", "X took over as").
HOLD_VERBS = frozenset("serve remain continue stay act take".split())
# Verbs of leaving it: the subject held it and holds it no more ("X resigned as", "X stepped down as").
LEAVE_VERBS = frozenset("resign quit retire step leave".split())


def office_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """The role an "as" phrase of an office verb states, with the verb's factuality; "former" for a left office
    and for a past "served as".

    >>> office_clauses.__name__
    'office_clauses'
    """
    lemma = verb.lemma_.lower()
    if lemma not in INSTALL_VERBS | HOLD_VERBS | LEAVE_VERBS:
        return []
    titles = [g for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
              for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in lx.TITLE_NOUNS]
    if len(titles) != 1:
        return []
    title = titles[0]
    if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return []       # "took over as": only the phrasal verb is taking an office
    if lemma == "step" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    holders = objects if lemma in INSTALL_VERBS and objects else subjects
    if len(holders) != 1 or holders[0].pos_ not in ("PROPN", "PRON"):
        return []       # a named holder (or a pronoun the resolver names), never "the plan"
    titled = title_of_tokens(title)
    if titled is None:
        return []
    pred, target = titled
    holder = holders[0]
    ended = lemma in LEAVE_VERBS or former(title) or (lemma == "serve" and verb.tag_ == "VBD")
    polarity, modality = own_factuality(verb, ctx)
    if lemma in NOMINATE_VERBS and modality is Modality.ASSERTED:
        modality = Modality.HYPOTHETICAL    # "X was nominated as chairman": put forward, not yet in office
    modality = future_office(title, None, modality)
    return [Clause(kind="title", rel=[], predicate=pred, subj=arg_tokens(holder),
                   obj=possessor_tokens(target) if target.dep_ == "poss" else arg_tokens(target),
                   subj_head=holder, obj_head=target,
                   rel_text_override=f"is {'former ' if ended else ''}{pred[:-3].replace('_', ' ')} of",
                   polarity=polarity, modality=modality, speaker=ctx.speaker, use="graph",
                   qualifier="former" if ended else None)]
