"""The partner of an agreement or of talks, which the text names inside the object: "X signed a deal with Y",
"X reached an agreement with Y", "X held talks with Y", "X is in talks with Y", "X took a stake in Y".

The verb's own clause keeps the noun as its object (sign(X, "a deal with Y")); this adds the relation between
the two actors that the graph would otherwise only hold as an entity the object involves: sign_with(X, Y),
agree_with(X, Y), negotiate_with(X, Y), meet_with(X, Y), invest_in(X, Y). Each is a Clause seen by the graph only (Open IE
keeps the verb's tuple), with the verb's subjects and factuality; the noun phrase is what its event is coded
from ("signed an agreement" is CAMEO 057 whoever it is signed with).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Clause, arg_tokens, conjuncts, relation_tokens, subjects_of
from kg.extract.docarrays import arrays
from kg.extract.factuality import Context, own_factuality
from kg.extract.repairs import AGENT_ENTS

# Nouns of a concluded agreement.
DEAL_NOUNS = frozenset("""agreement deal contract treaty accord pact memorandum partnership settlement truce ceasefire
cease-fire armistice arrangement compact alliance""".split())
# Verbs that conclude one, and the relation between the parties each gives.
DEAL_VERBS = {"sign": "sign_with", "ink": "sign_with", "countersign": "sign_with", "reach": "agree_with",
              "strike": "agree_with", "conclude": "agree_with", "seal": "agree_with", "clinch": "agree_with",
              "finalise": "agree_with", "finalize": "agree_with", "agree": "agree_with", "forge": "agree_with"}
# Nouns of talks and meetings, and the verbs that hold them ("held talks with", "opened negotiations with").
TALK_NOUNS = {"talk": "negotiate_with", "talks": "negotiate_with", "negotiation": "negotiate_with",
              "meeting": "meet_with", "summit": "meet_with"}
TALK_VERBS = frozenset("hold have conduct open begin start resume launch host".split())
# Verbs of taking a share in a firm ("took a stake in Y", "bought a 10% holding in Y").
STAKE_VERBS = frozenset("take buy acquire purchase build raise increase".split())
STAKE_NOUNS = frozenset("stake holding shareholding".split())


def partners(verb: Token, noun: Token, word: str = "with") -> list[Token]:
    """The actors a "with" phrase after the noun names: on the noun ("a deal with Y"), or hung on the verb right
    after it ("signed the deal with Y on Monday"). Only names ("signed the deal with a gold pen" has no partner),
    and no date or amount ("a deal with March 2025 as its deadline")."""
    for prep in [c for c in noun.children if c.dep_ == "prep"] + [c for c in verb.children if c.dep_ == "prep"]:
        if prep.lower_ != word or prep.i <= noun.i or (prep.head.i == verb.i and prep.i != noun.right_edge.i + 1):
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if objs:
            return [o for o in conjuncts(objs[0]) if o.pos_ == "PROPN" and o.ent_type_ in (*AGENT_ENTS, "")]
    return []


def counterpart_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """sign_with, agree_with, negotiate_with or meet_with between the verb's subjects and the partners its
    object noun names; none where the verb or the noun is of another kind, or no partner is named."""
    lemma = verb.lemma_.lower()
    cols = arrays(verb.doc)     # asked of every verb: positions first, Tokens for the objects found
    objs = [verb.doc[c] for c in cols.children[verb.i] if cols.dep[c] == "dobj" and cols.pos[c] == "NOUN"]
    prep = "with"
    if lemma == "be" and verb.pos_ in ("AUX", "VERB"):
        # "Vodafone is in talks with Three"
        objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                if g.dep_ == "pobj" and g.lower_ in ("talks", "negotiations")]
        lemma = "hold"
    elif lemma not in DEAL_VERBS and lemma not in TALK_VERBS and lemma not in STAKE_VERBS or verb.pos_ != "VERB":
        return []
    if not objs:
        return []
    noun = objs[0]
    word = noun.lemma_.lower()
    if lemma in DEAL_VERBS and (word in DEAL_NOUNS or noun.lower_ in DEAL_NOUNS):
        pred = DEAL_VERBS[lemma]
    elif lemma in TALK_VERBS and (word in TALK_NOUNS or noun.lower_ in TALK_NOUNS):
        pred = TALK_NOUNS.get(noun.lower_) or TALK_NOUNS[word]
    elif lemma in STAKE_VERBS and word in STAKE_NOUNS:
        pred, prep = "invest_in", "in"     # "took a 10% stake in Y": an investment in Y
    else:
        return []
    found = partners(verb, noun, prep)
    subjects, inherited = subjects_of(verb)
    if not found or not subjects:
        return []
    pol, mod = own_factuality(verb, ctx)
    rel = relation_tokens(verb)
    phrase = [t for t in noun.subtree if t.i <= noun.i]
    return [Clause(kind="verb", rel=rel, predicate=pred, subj=arg_tokens(s), obj=arg_tokens(p), subj_head=s,
                   obj_head=p, verb=verb, polarity=pol, modality=mod, speaker=ctx.speaker, inherited=inherited,
                   use="graph", code_object=phrase)
            for s in subjects for p in found if s.i != p.i]
