"""A confidence for each clause from features of the extraction, so that precision falls as recall rises."""
from __future__ import annotations

from kg.extract.clauses import Clause

BASE = {"verb": 0.62, "copula": 0.52, "comp": 0.50, "appos": 0.55, "title": 0.60, "member": 0.45, "nominal": 0.40}


def clause_confidence(clause: Clause) -> float:
    """A number in (0, 1): the construction's prior adjusted for what makes a tuple less likely right."""
    score = BASE.get(clause.kind, 0.5)
    if clause.inherited:
        score -= 0.08
    subj_len = len(clause.subj)
    obj_len = len(clause.obj) if clause.obj else 0
    score -= 0.015 * max(0, subj_len - 4) + 0.01 * max(0, obj_len - 8)
    if clause.obj is None:
        score -= 0.12
    if clause.subj_head is not None and (clause.subj_head.ent_type_ or clause.subj_head.pos_ == "PROPN"):
        score += 0.06
    if clause.subj_head is not None and clause.subj_head.pos_ == "PRON":
        score -= 0.04
    if clause.obj_head is not None and clause.obj_head.ent_type_:
        score += 0.03
    if clause.extras:
        score -= 0.02 * len(clause.extras)
    if clause.verb is not None and clause.verb.dep_ in ("relcl", "acl", "advcl"):
        score -= 0.05
    sent_len = len(clause.verb.sent) if clause.verb is not None else 20
    score -= 0.002 * max(0, sent_len - 25)
    return round(min(0.99, max(0.01, score)), 3)
