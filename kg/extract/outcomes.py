"""What a verb's clause says happened after it or was meant by it: scores, outcomes, purposes, partitive places.

The small parser hangs a result ("beat Kiel 3-1"), an infinitive of purpose or of outcome ("flew to Rome to meet
the Pope", "came from behind to win") and a share of a place ("seized parts of Kharkiv") on the verb in shapes the
clause walk (:mod:`kg.extract.verbclauses`, :mod:`kg.extract.contexts`, :mod:`kg.extract.arguments`) reads
with these functions. Each looks at a dependency parse only and returns tokens of the same sentence.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.repairs import SUBJECT_DEPS, inanimate


DASHES = frozenset("- – —".split())
SCORE_DEPS = frozenset("npadvmod nummod dobj advmod prep pobj appos nmod".split())   # how a score's first number hangs


def _small_number(text: str) -> bool:
    return text.isdigit() and len(text) <= 3


def result_score(verb: Token) -> list[Token]:
    """The numbers and dashes of a result the parser reads as arguments of the verb: "beat Kiel 3-1", "defeated
    Ruud 6-3, 6-4", "voted 8-5 to close". A score is two numbers of up to three digits joined by a dash, right after
    the verb or its object, and hung on the verb or on one of its own dependents (not "a 3-1 win", a noun's
    modifier, nor "2019-2020", a range of years). Returns the tokens of every such score, in order."""
    doc = verb.doc
    cols = arrays(doc)      # asked of every verb: the scan reads the columns and makes Tokens only for a score
    text, head, dep = cols.text, cols.head, cols.dep
    near = None     # the verb and its dependents but a clause's own, read at the first score-like words
    out: list[Token] = []
    j, right = verb.i + 1, verb.right_edge.i     # (right_edge makes a Token on each access)
    while j + 2 <= right:
        if text[j + 1] in DASHES and _small_number(text[j]) and _small_number(text[j + 2]):
            if near is None:
                near = {verb.i, *(c for c in cols.children[verb.i] if cols.pos[c] not in ("VERB", "AUX"))}
            if head[j] in near and dep[j] in SCORE_DEPS and head[j + 2] in near | {j, j + 1} and (
                    head[j] < j or head[j] == verb.i):
                out += [doc[j], doc[j + 1], doc[j + 2]]
                j += 3
                continue
        j += 1
    return out


def score_opponent(verb: Token, score: list[Token]) -> Token | None:
    """ "beat Kiel 3-1": the name before a score, which the parser hangs on the verb as a noun phrase modifier
    (npadvmod) while it takes the score's last number for the object. Returns it, or None."""
    if not score:
        return None
    inside = {t.i for t in score}
    for c in verb.children:
        if c.dep_ in ("npadvmod", "dobj") and c.pos_ in ("PROPN", "NOUN") and verb.i < c.i < score[0].i \
                and c.i not in inside and c.ent_type_ not in ("DATE", "TIME") and c.right_edge.i <= score[-1].i:
            return c
    return None


GIVING_VERBS = lx.TRANSFER_VERBS | frozenset("license licence offer provide lease rent".split())


def purpose_head(verb: Token) -> Token | None:
    """ "flew to Rome to meet the Pope", "teamed up with Ericsson to bid for the contract": an infinitive of
    purpose, hung on a verb as an adverbial clause after it, is an act its subject means to do. Returns the verb
    whose subject it shares, or None (not "too weak to stand", not "is to meet", not one with a subject of its
    own, "for the minister to resign"; not right after the verb's object, "hired a bank to advise it", where the
    object does it)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.pos_ != "VERB" or head.i > verb.i \
            or head.lemma_.lower() in ("be", "have", "seem", "appear") or outcome_head(verb) is not None:
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or to.i == 0 or to.nbor(-1) == head or to.nbor(-1).head == head and to.nbor(-1).dep_ == "prt":
        return None     # "handed over to finance chief X": a preposition right after the verb, misread
    if head.lemma_.lower() in lx.OBJECT_CONTROL_VERBS or any(
            c.dep_ == "dative" or c.dep_ == "dobj" and not inanimate(c) for c in head.children):
        return None     # "called on Congress to act", "gave carriers a week to finish": the addressee's act
    before = to.nbor(-1)
    if any(c.dep_ == "dative" and c.right_edge.i == before.i or c.dep_ == "dobj" and c.right_edge.i == before.i
           and head.lemma_.lower() in GIVING_VERBS for c in head.children) or any(
            t.dep_ == "pobj" and t.head.lower_ in ("of", "for") and t.right_edge.i == before.i
            for t in (before, *before.ancestors) if t.i > head.i):
        return None     # "gave the board a week to finish", "ran out of money to pay": the noun's; after the
        # object of a verb of giving, "to" is the recipient's, misread ("license its games to cloud gaming firms")
    # (an object that is a thing does nothing: "struck a deal with Vexa to settle the case" is the striker's aim;
    # one that can act was left above, "hired a bank to advise it")
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return None
    return head


def outcome_head(verb: Token) -> Token | None:
    """ "came from behind to beat Spurs", "came back from two sets down to win", "flew to Sochi only to leave
    empty-handed": an infinitive after a verb that says how its subject got there tells what happened next, not
    what was meant. Returns the verb whose subject and factuality it shares, or None: the infinitive must follow
    "only", or its verb a way back from a deficit ("from behind", "from two sets down"), or be what a win brings
    after a verb of winning ("beat Dortmund to win the cup"); "came back to Kyiv to meet X" stays a purpose."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.pos_ != "VERB" or head.i > verb.i:
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
        return None
    doc = verb.doc
    if to.i > 0 and doc[to.i - 1].lower_ == "only":
        return head
    if head.lemma_.lower() in lx.VICTORY_VERBS and verb.lemma_.lower() in lx.ACHIEVEMENT_VERBS:
        return head     # "beat Dortmund 2-0 to win the cup"
    if verb.lemma_.lower() in lx.ACHIEVEMENT_VERBS and won_by(verb):
        return head     # "closed with a 64 to win by four shots": a margin is counted after the fact, never meant
    between = doc[head.i + 1:to.i]
    froms = [t for t in between if t.lower_ == "from" and t.head.i in (head.i, head.i + 1)]
    if froms and any(t.lower_ in ("behind", "down") for t in between if t.i > froms[0].i):
        return head
    return None


def won_by(verb: Token) -> bool:
    """Whether a verb has a margin counted in numbers: "to win by four shots", "to win the seat by 312 votes"."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.like_num or any(n.dep_ == "nummod" and n.like_num for n in g.children) for g in c.children)
        for c in verb.children)


PARTITIVES = frozenset("most much part parts half all rest bulk swathes swaths areas".split())


def partitive_place(noun: Token) -> Token | None:
    """ "controls most of Darfur", "seized parts of Kharkiv": the place a share of it stands for, where the object
    is a quantity word with "of" and a place's name; None otherwise (not "half of the shares", "most of Vexa")."""
    if noun.lower_ not in PARTITIVES or noun.pos_ not in ("NOUN", "ADJ", "DET", "PRON"):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.i + 1:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                    return pobj
    return None
