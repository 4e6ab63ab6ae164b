"""The factuality tests read the Doc's columns by word position: on every word of sentences of our own they answer
as the same tests written over spaCy Tokens (kept here as the reference) do."""
from __future__ import annotations

import pytest

from kg.extract import factuality as f
from kg.extract import lexicon as lx
from kg.extract.arguments import paired

pytestmark = pytest.mark.model

SENTENCES = [
    "The ministry did not confirm the figures and never commented on the leak.",
    "None of the three airlines answered questions, and neither of them would say when flights resume.",
    "Neither the union nor the employer attended the hearing on Friday.",
    "The mayor said the city would no longer pay for the bridge, and no agreement was reached.",
    "If the court rules against the port, the operator could appeal, even if it loses money.",
    "The fund may sell its stake unless prices rise, as if nothing had happened.",
    "Will the council approve the budget before the summer?",
    "The bank or its parent will buy the plant, analysts expect.",
    "The rebels reportedly seized two towns and allegedly executed a guard.",
    "The envoy is believed by diplomats to have carried a letter, and the leak is said to be serious.",
    "Reporters asked whether the army would withdraw and if talks could resume.",
    "The regulator has yet to approve the merger, and the deal remains yet to be signed.",
    "The shipment was delayed by the strike, which dockers had called only if wages fell.",
    "The ministry neither confirmed nor denied that Vexa had sold the plant, whether or not Lumora bid for it.",
]


def _negated(verb):
    if any(c.dep_ == "neg" and not (c.i >= 1 and c.nbor(-1).lower_ == "or" and (
            c.i >= 2 and c.nbor(-2).lower_ == "whether" or any(m.dep_ == "mark" and m.lower_ == "whether"
                                                              for m in verb.children)))
           or c.lower_ in ("never",) for c in verb.children):
        return True     # (the "not" of "whether or not" denies nothing)
    if verb.pos_ in ("VERB", "AUX"):    # "neither confirmed nor denied": each verb of the pair
        pair = verb.head if verb.dep_ == "conj" else None
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children) or pair is not None and any(
                c.dep_ == "preconj" and c.lower_ == "neither" for c in pair.children) and any(
                c.dep_ == "cc" and c.lower_ == "nor" for c in pair.children):
            return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and _none_of(c) is not None for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr") and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(d.lower_ == "no" for d in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" and paired(d) or d.dep_ == "cc" and
                                                    d.lower_ == "nor" for d in c.children):
            return True
    return False


def _none_of(subj):
    if subj.lower_ not in ("none", "neither"):
        return None
    return next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def _conditional(clause):
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
            before = c.nbor(-1) if c.i > 0 else None
            return not (before is not None and before.lower_ in ("even", "as", "only") and before.i != clause.i)
    return False


def _ends_with_question(tok):
    sent = tok.sent
    i = sent.end - 1
    while i > tok.i and tok.doc[i].is_punct and tok.doc[i].text != "?":
        i -= 1
    return tok.doc[i].text == "?"


def _is_hypothetical(verb):
    if any(c.dep_ == "aux" and c.lower_ in lx.MODAL_HYPOTHETICAL for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return True
    if any(c.dep_ == "advcl" and _conditional(c) for c in verb.children):
        return True
    if f.time_to_come(verb):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "cc" and d.lower_ == "or" for d in c.children)
           for c in verb.children):
        return True
    return _ends_with_question(verb)


def _reference(tok):
    return {
        "negated": _negated(tok),
        "none_of": _none_of(tok),
        "hearsay": any(c.dep_ == "advmod" and c.lower_ in f.HEARSAY_ADVERBS for c in tok.children),
        "raised_report": tok.lemma_.lower() in lx.REPORTING_VERBS | {"allege", "rumour", "rumor", "understand",
                                                                     "know", "expect"}
        and any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children),
        "agent_of": next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None),
        "is_hypothetical": _is_hypothetical(tok),
        "conditional": _conditional(tok),
        "ends_with_question": _ends_with_question(tok),
        "asks_question": any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                                       for m in c.children) for c in tok.children),
        "yet_to": tok.lemma_.lower() in ("have", "be", "remain") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children),
    }


def test_column_tests_answer_as_token_tests(nlp):
    seen = {name: 0 for name in _reference(nlp("x")[0])}
    for text in SENTENCES:
        doc = nlp(text)
        for tok in doc:
            want = _reference(tok)
            got = {"negated": f.negated(tok), "none_of": f.none_of(tok), "hearsay": f.hearsay(tok),
                   "raised_report": f.raised_report(tok), "agent_of": f.agent_of(tok),
                   "is_hypothetical": f.is_hypothetical(tok), "conditional": f.conditional(tok),
                   "ends_with_question": f.ends_with_question(tok), "asks_question": f.asks_question(tok),
                   "yet_to": f.yet_to(tok, "xcomp")}
            assert got == want, (text, tok.text)
            assert not f.yet_to(tok, "ccomp")
            for name, value in want.items():
                seen[name] += bool(value)
    # every test said yes somewhere: the sentences exercise each of them
    assert all(seen.values()), seen
