"""The relation of an Open IE tuple as the sentence writes it, and what a verb with no object takes as its
argument (an infinitive, an adverb, a clause of time or cause), or whether it gives no tuple at all."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.arguments import Clause
from kg.extract.clauses import word_prefix
from kg.extract.openwords import words


def relation_words(clause: Clause) -> str:
    """The relation as Open IE prints it; a title keeps the sentence's capitals ("is Prime Minister of").

    Parameters
    ----------
    clause : Clause
        The clause, after the rewrites of `kg.extract.openrewrites`.

    Returns
    -------
    str
    """
    rel = clause.surface_text
    verb = clause.verb
    if clause.surface_prefix == "be" and verb is not None and rel.startswith("be "):
        rel = f"{finite_be(clause)} {rel[3:]}"
    if verb is not None and verb.i > 1 and word_prefix(verb.doc[verb.i - 1]) and word_prefix(verb.doc[verb.i - 2]):
        parts = rel.split(" ")     # "re-elected": the verb with the pieces the tokenizer cut off
        if verb.text in parts:
            k = len(parts) - 1 - parts[::-1].index(verb.text)
            parts[k] = verb.doc[verb.i - 2].text + verb.doc[verb.i - 1].text + verb.text
            rel = " ".join(parts)
    if clause.kind == "title" and clause.subj_head is not None and rel.endswith(" of"):
        # the title as the sentence writes it: "Prime Minister", "Secretary-General"
        words_ = rel[:-3].split(" ")
        first = 2 if words_[:2] == ["is", "former"] else 1
        title = words_[first:]
        doc = clause.subj_head.doc
        window = doc[max(0, clause.subj_head.left_edge.i - 10):min(len(doc), clause.subj_head.right_edge.i + 10)].text
        if title:
            pattern = r"\b" + r"[\s\-–]?".join(re.escape(w) for w in title) + r"\b"
            found = re.search(pattern, window, flags=re.IGNORECASE)
            if found:
                rel = " ".join([*words_[:first], found.group(0), "of"])
        rel = title_preposition(clause, rel, words_[:first])
    return controlled(clause, rel)


# prepositions that join a title to the body it is held at, which a title's "of" would misquote
TITLE_PREPOSITIONS = frozenset(("at", "for", "with"))


def title_preposition(clause: Clause, rel: str, before: list[str]) -> str:
    """ "Maria Costa, an analyst at Barclays": a title joined to its body by "at", "for" or "with" keeps the
    sentence's preposition and the words of the title before its noun, (Maria Costa; is analyst at; Barclays),
    (Lena Hoffmann; is software engineer at; Siemens)."""
    obj = clause.obj_head
    if obj is not None and obj.dep_ == "compound" and obj.head.dep_ == "pobj":
        obj = obj.head      # "a spokeswoman for the Volvo group": the name on the group
    if obj is None or obj.dep_ != "pobj" or obj.head.lower_ not in TITLE_PREPOSITIONS:
        return rel
    prep = obj.head
    noun = prep.head
    if prep.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN") or noun.i != prep.i - 1 \
            or noun.text.lower() not in rel.lower().split(" "):
        return rel
    start = noun.i
    doc = noun.doc
    while start > 0 and doc[start - 1].head == noun and doc[start - 1].dep_ in ("compound", "amod") \
            and doc[start - 1].ent_type_ != "NORP" and doc[start - 1].lower_ not in before:
        start -= 1
    return " ".join([*before, words(list(doc[start:noun.i + 1])), prep.lower_])


def plural_be(rel: str, head: Token | None) -> str:
    """A relation the rules wrote with "is" ("is", "is in", "is member of") agrees with a plural noun as subject:
    (The two men; are; members of a gang). A name stays singular ("the United Nations is", "Sam Graves is", tagged
    plural); a list keeps "is", as only its first member is printed."""
    first, _, rest = rel.partition(" ")
    if first != "is" or head is None:
        return rel
    plural = head.tag_ == "NNS" or head.tag_ == "NNPS" and not head.ent_type_
    return f"are {rest}".strip() if plural else rel


def controlled(clause: Clause, rel: str) -> str:
    """ "vowed to build homes and to cut fares": an infinitive coordinated with one that a verb controls is that
    verb's too, (X; vowed to cut; fares), not (X; to cut; fares)."""
    verb = clause.verb
    if verb is None or verb.dep_ != "conj" or not rel.startswith("to ") and not (
            verb.tag_ == "VB" and rel.partition(" ")[0] == verb.text):
        return rel      # "promised to build homes and cut fares": the bare verb is under "promised to" too
    first = verb.head
    control = first.head
    if first.dep_ != "xcomp" or control.pos_ not in ("VERB", "AUX") or control.i > first.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return rel
    before = [c.text for c in control.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < control.i]
    return " ".join([*before, control.text, rel if rel.startswith("to ") else f"to {rel}"])


def finite_be(clause: Clause) -> str:
    """The "be" a bare participle takes in an Open IE relation: the auxiliaries of the verb it is coordinated with
    ("was directed by X and produced by Y" -> "was produced by"); else "be", which stands for any of its forms."""
    verb = clause.verb
    if verb.lower_ == "born":
        return "was"    # "Born in Lagos, X ...", "X, born in 1961, ...": a birth is past
    if verb.dep_ == "conj":
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
        if auxes and not any(a.lower_ in ("being", "having", "to") for a in auxes):
            return " ".join(a.text for a in auxes)
    return "be"


IDIOM_VERBS = frozenset("take give pay set lose gain".split())     # not "makes software for", "has experience in"
# the bare nouns that make an idiom with a light verb whatever follows them ("took place on 12 November", "took
# office in January", "gave birth in 1990")
IDIOM_NOUNS = frozenset("place part office power birth sail effect shape root hold control".split())


def idiom_first(clause: Clause) -> Clause:
    """ "takes place every August in the Nevada desert" as parsed ("takes place in the Nevada desert every August"):
    the phrase right after a light verb's bare noun is the idiom's (`bare_noun_idiom`), put first among the
    further arguments, whatever order the parse gave them."""
    obj, verb, extras = clause.obj, clause.verb, clause.extras
    if clause.kind != "verb" or verb is None or verb.lemma_.lower() not in IDIOM_VERBS or not obj or len(obj) != 1 \
            or clause.surface_obj is not None or len(extras) < 2:
        return clause
    k = next((k for k, e in enumerate(extras) if e and e[0].i == obj[0].i + 1 and e[0].dep_ == "prep"), None)
    if not k:
        return clause
    return replace(clause, extras=[extras[k], *extras[:k], *extras[k + 1:]])


def bare_noun_idiom(clause: Clause) -> bool:
    """ "took part in", "took place in", "gave birth to", "set fire to": a light verb whose object is a bare
    singular noun, followed by a preposition, says one thing with all three words."""
    obj, verb = clause.obj, clause.verb
    if clause.kind != "verb" or verb is None or verb.lemma_.lower() not in IDIOM_VERBS \
            or not obj or len(obj) != 1 or clause.surface_obj is not None or not clause.extras:
        return False
    noun, prep = obj[0], clause.extras[0][0]
    # (not "lost money in 2022": a time after a noun that makes no idiom with its verb dates the act)
    return noun.tag_ == "NN" and not noun.ent_type_ and not list(noun.children) and prep.dep_ == "prep" \
        and prep.i == noun.i + 1 and len(clause.extras[0]) > 1 and (noun.lower_ in IDIOM_NOUNS or not any(
            t.ent_type_ in ("DATE", "TIME") for t in clause.extras[0][1:]))


def split_control(clause: Clause, rel: str) -> tuple[str, list[str]]:
    """ "declined to comment" with nothing after it: (X; declined; to comment), not a tuple with no object."""
    verb = clause.verb
    if verb is None or verb.dep_ != "xcomp" or clause.kind != "verb":
        return rel, []
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    parts = rel.split(" ")
    if not to or "to" not in parts[1:]:
        return rel, []
    k = len(parts) - 1 - parts[::-1].index("to")
    return " ".join(parts[:k]), [" ".join(parts[k:])]


NOT_ARGUMENTS = frozenset("also too not n't never even only just so then there here however though".split())


def trailing_adverb(clause: Clause) -> list[str]:
    """ "The ceasefire held overnight": a verb with no object takes the manner or time adverb after it."""
    verb = clause.verb
    if verb is None or clause.kind != "verb":
        return []
    have = {t.i for t in clause.rel} | {t.i for t in clause.surface_rel or []}
    advs = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i > verb.i and c.i not in have
            and c.pos_ in ("ADV", "NOUN") and c.lower_ not in NOT_ARGUMENTS or bare_adjective_phrase(c, verb)]
    return [words([t for t in advs[0].subtree])] if advs else []


def bare_adjective_phrase(prep: Token, verb: Token) -> bool:
    """ "remains at large", "left for good": a preposition after the verb whose only word is an adjective, which the
    parser hangs with no object (and no link of its own), stands as an adverb."""
    kids = list(prep.children)
    return prep.dep_ == "prep" and prep.i > verb.i and len(kids) == 1 and kids[0].pos_ == "ADJ" \
        and kids[0].i == prep.i + 1 and not list(kids[0].children)


SUBORDINATORS = frozenset("after before because until since when while once as".split())


def adverbial_clause(clause: Clause) -> list[str]:
    """ "Hundreds of people were evacuated after a fire broke out": a verb with no object takes the adverbial clause
    with a subject of its own that follows it, opened by a word of time or cause, as its argument."""
    verb = clause.verb
    if verb is None or clause.kind != "verb":
        return []
    for c in verb.children:
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in SUBORDINATORS and m.i == c.left_edge.i]
        if c.dep_ == "advcl" and c.i > verb.i and marks and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            toks = list(c.subtree)
            while toks and toks[-1].is_punct:
                toks.pop()
            return [words(toks)]
    return []


def comparative_gap(clause: Clause) -> bool:
    """ "recovering faster than we expected", "as he had hoped": a verb in the clause of a comparison, whose
    object is the thing compared and left unsaid."""
    verb = clause.verb
    if verb is None or clause.kind != "verb" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return "than" in marks or "as" in marks and verb.head.tag_ in ("JJR", "RBR", "JJ", "RB")


def bare_modifier(clause: Clause) -> bool:
    """ "vehicles built there", "a lake covering for fishing", "before investing": a verb without a subject of its
    own that only modifies a noun or another clause, and has no object, says too little to stand as a tuple (and
    is most often a misreading): Open IE prints no tuple with no object for it."""
    verb = clause.verb
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False    # "after oil prices climbed": a clause with its own subject is a statement
    return verb.dep_ in ("acl", "advcl", "pcomp", "relcl", "xcomp") or verb.tag_ == "VBG"
