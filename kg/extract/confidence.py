"""A confidence for each clause from features of the extraction, so that precision falls as recall rises.

The score is a linear model over a handful of general features: the construction, where the predicate
sits in the parse (a main clause is read more reliably than a relative, adverbial or prepositional one),
whether an object was found, the factuality, the entity-ness of the subject and the lengths of the parts.
The weights were set by a ridge regression of each extraction's token precision on the CaRB dev split
(about 1,700 extractions, 25 features) and rounded; they encode how reliable each construction is for
this parser, not anything about particular sentences.
"""
from __future__ import annotations

from kg.extract.arguments import Clause
from kg.extract.docarrays import arrays
from kg.types import Modality

BIAS = 0.53
KIND = {"verb": 0.25, "copula": 0.18, "comp": 0.17, "appos": -0.05, "title": 0.03, "member": 0.0, "nominal": -0.1,
        "implicit": -0.05}
# The verb's place in the parse: clauses embedded as modifiers are misparsed more often.
DEP = {"conj": -0.01, "xcomp": 0.01, "relcl": -0.13, "acl": -0.09, "advcl": -0.10, "ccomp": -0.06, "pcomp": -0.14}
NO_OBJECT = -0.43
GERUND = -0.10
INHERITED_SUBJECT = -0.03
PRONOUN_SUBJECT = -0.03
ENTITY_SUBJECT = 0.05
MODALITY = {Modality.REPORTED: -0.15, Modality.HYPOTHETICAL: -0.085}
PER_3_SUBJECT_TOKENS = -0.023      # long subjects are often wrongly bounded
PER_4_OBJECT_TOKENS = 0.011
PER_RELATION_WORD = 0.027          # "has often been compared to" is a more specific reading than "is"
PER_10_SENTENCE_TOKENS = -0.018    # long sentences are parsed worse
SUPPLIED_BE = -0.016               # a "be" the sentence does not have ("[be] built by")


def clause_confidence(clause: Clause) -> float:
    """A number in (0, 1) that ranks the clause among the others: higher is more likely right.

    Parameters
    ----------
    clause : Clause
        An extraction from :func:`kg.extract.clauses.sentence_clauses`.

    Returns
    -------
    float
        Rounded to three decimals.
    """
    score = BIAS + KIND.get(clause.kind, 0.0)
    verb = clause.verb
    head = clause.subj_head
    anchor = verb if verb is not None else head
    cols = arrays(anchor.doc) if anchor is not None else None   # (every clause: the words' columns, not Tokens)
    if verb is not None:
        score += DEP.get(cols.dep[verb.i], 0.0)
        if cols.tag[verb.i] == "VBG":
            score += GERUND
    obj = clause.surface_obj if clause.surface_obj is not None else clause.obj
    if not obj:
        score += NO_OBJECT
    if clause.inherited:
        score += INHERITED_SUBJECT
    if head is not None:
        pos = cols.pos[head.i]
        if pos == "PRON":
            score += PRONOUN_SUBJECT
        if cols.ent_type[head.i] or pos == "PROPN":
            score += ENTITY_SUBJECT
    score += MODALITY.get(clause.modality, 0.0)
    score += PER_3_SUBJECT_TOKENS * min(len(clause.subj) // 3, 4)
    score += PER_4_OBJECT_TOKENS * min(len(obj) // 4, 4) if obj else 0.0
    words = len(clause.surface_prefix.split()) + (len(clause.surface_rel) if clause.surface_rel is not None
                                                  else len(clause.rel_text.split()))
    score += PER_RELATION_WORD * min(words, 5)     # (tokens: "the world's" counts as three)
    if clause.surface_prefix:
        score += SUPPLIED_BE
    if anchor is not None:
        start, end = cols.sentence_of(anchor.i)     # (kg.extract.factuality.sentence_length)
        score += PER_10_SENTENCE_TOKENS * min((end - start + 1) // 10, 5)
    return round(min(0.99, max(0.01, score)), 3)
