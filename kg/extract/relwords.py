"""The words of a clause's relation: a predicate's prepositional links ("at X", "close to X", "out of X") and
the relation as Open IE annotators write it ("attempted to popularize", "be built").

Used by the verb-clause walk (:mod:`kg.extract.verbclauses`, :mod:`kg.extract.complements`) and by Open IE.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import arg_tokens, misread_main_verb, relation_tokens
from kg.extract.counterparts import PrepLink
from kg.extract.docarrays import arrays
from kg.extract.repairs import TIME_PREPS, stranded_time_prep, time_clause_aside


def prep_links(verb: Token) -> list[PrepLink]:
    """Prepositional dependents of a predicate: "at X", and two-word ones, "close to X", "out of X"."""
    doc = verb.doc
    cols = arrays(doc)      # read for every verb and adjective: positions, and Tokens only for the links found
    kids, dep, pos = cols.children, cols.dep, cols.pos
    out: list[PrepLink] = []
    for c in kids[verb.i]:
        if dep[c] == "prep" and cols.lower[c] in TIME_PREPS and ((timed := time_clause_aside(verb)) is not None
                                                                and timed[0].head.i == c or stranded_time_prep(doc[c])):
            continue    # "rose after Iran, defying a warning, seized a tanker": Iran is the clause's subject
        if dep[c] in ("prep", "agent") or dep[c] == "dative" and pos[c] == "ADP":    # "supply engines for X"
            objs = [g for g in kids[c] if dep[g] in ("pobj", "pcomp")]
            second = [g for g in objs if dep[g] == "pcomp" and pos[g] == "ADP" and g == c + 1]
            pobjs = [g for g in objs if dep[g] == "pobj"]
            if second and pobjs:
                out.append(([doc[c], doc[second[0]]], doc[pobjs[0]]))   # "because of the strike": the pcomp is the
                continue                                                # second word
            if objs:
                out.append(([doc[c]], doc[objs[0]]))
                continue
        elif not (dep[c] in ("advmod", "prt") and c > verb.i and pos[c] in ("ADV", "ADP", "ADJ")):
            continue
        for q in kids[c]:
            qobjs = [g for g in kids[q] if dep[g] in ("pobj", "pcomp")] if dep[q] == "prep" else []
            if qobjs and q > c:
                out.append(([doc[c], doc[q]], doc[qobjs[0]]))
                break
    return out


def is_adjunct(link: PrepLink, verb: Token) -> bool:
    """A time phrase, or a phrase before the verb ("In 1717, ..."): an extra argument, not the relation's."""
    words, obj = link
    if words[0].lower_ == "with" and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in obj.children):
        return True     # "with fears mounting that ...": an absolute construction
    return (words[0].i < verb.i or words[0].lower_ in lx.ADJUNCT_PREPS or obj.ent_type_ in ("DATE", "TIME")
            or (obj.pos_ in ("VERB", "AUX") and words[0].lower_ not in ("of", "by", "to", "for", "about", "into"))
            or tally(link))


def tally(link: PrepLink) -> bool:
    """ "voted 133 to 61", "won 4 to 1": a bare number after "to" that follows a number is a count or a range,
    not what the verb relates to."""
    words, obj = link
    return words[-1].lower_ == "to" and obj.like_num and not any(c.dep_ in ("prep", "compound") for c in obj.children) \
        and words[0].i > 0 and words[0].nbor(-1).like_num


def link_tokens(link: PrepLink) -> list[Token]:
    words, obj = link
    return [*words, *arg_tokens(obj)]


def by_position(tokens) -> list[Token]:
    return sorted(set(tokens), key=lambda t: t.i)


def surface_relation(verb: Token, rel: list[Token]) -> tuple[list[Token], str]:
    """The relation as Open IE annotators write it: the governing control verb ("attempted to popularize"),
    without the participle's "having", and "be" for a bare passive participle ("built", "being built"); a "being"
    after a finite auxiliary stays ("is being held")."""
    cols = arrays(verb.doc)
    head_of, dep_of, lower_of = cols.head, cols.dep, cols.lower
    first_aux = min((t.i for t in rel if head_of[t.i] == verb.i and dep_of[t.i] in ("aux", "auxpass")), default=-1)
    toks = [t for t in rel if not (head_of[t.i] == verb.i and dep_of[t.i] in ("aux", "auxpass")
                                   and lower_of[t.i] in ("having", "being") and t.i == first_aux)]
    v, kids = verb.i, cols.children      # (asked of every clause: the verb's dependents by position)
    # "was not a success", "is n't ready": the negation after a copula is the relation's
    if cols.lemma[v] == "be":
        have = {t.i for t in toks}
        toks += [verb.doc[c] for c in kids[v] if dep_of[c] == "neg" and c > v and c not in have]
    prefix = ""
    auxes = [c for c in kids[v] if dep_of[c] in ("aux", "auxpass")]
    verb_dep = dep_of[v]
    if cols.tag[v] == "VBN" and (not auxes or all(lower_of[a] == "being" for a in auxes)) and verb_dep != "xcomp" \
            and not misread_main_verb(verb) and \
            (any(lower_of[a] == "being" for a in auxes) or verb_dep in ("acl", "advcl", "conj", "relcl")):
        gov = head_of[v]
        if verb_dep != "conj" or cols.tag[gov] == "VBN" and any(dep_of[c] == "auxpass" for c in kids[gov]):
            prefix = "be"
    head = verb
    while head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and subject_controlled(head) \
            and not noun_infinitive(head):
        head = head.head
        toks = relation_tokens(head) + toks
    return by_position(toks), prefix


LINKING_VERBS = frozenset("be become remain".split())


def noun_infinitive(xcomp: Token) -> bool:
    """ "He became the first African to win the award", "was the last player to leave": an infinitive the parser hung
    on a linking verb right after its noun says what the noun did; "became to win" is no relation."""
    head = xcomp.head
    return head.lemma_.lower() in LINKING_VERBS and any(
        c.dep_ in ("attr", "dobj") and c.i < xcomp.i and c.right_edge.i + 1 == xcomp.left_edge.i for c in head.children)


def subject_controlled(xcomp: Token) -> bool:
    """ "tried to leave": the governing verb has no object, so its subject is the complement's."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children) and \
        not any(c.dep_ in ("dobj", "dative") for c in xcomp.head.children)


# Verbs that state a measure when their object is a share or an amount: "the deal represents a fifth of Glencore's
# output", "exports account for 40 percent", "women make up half the board" (not "Vexa represents Orlen")
MEASURE_VERBS = {"represent": None, "constitute": None, "equal": None, "account": "for", "amount": "to",
                 "make_up": None}
SHARE_NOUNS = frozenset("""half third quarter fifth sixth seventh eighth ninth tenth percent per cent % share
proportion fraction majority minority bulk portion part quarter twice""".split())


def measure_clause(verb: Token, lemma: str) -> bool:
    """Whether a verb of :data:`MEASURE_VERBS` (``lemma`` with its particle) has a share or an amount for object:
    a measure, not an act between actors.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["The", "deal", "represents", "a", "fifth", "of", "output"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 2, 4, 5],
    ...           deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"])
    >>> measure_clause(doc[2], "represent"), measure_clause(doc[2], "sign")
    (True, False)
    """
    if lemma not in MEASURE_VERBS:
        return False
    prep = MEASURE_VERBS[lemma]
    objs = [c for c in verb.children if c.dep_ == "dobj"] if prep is None else [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in SHARE_NOUNS or o.like_num or o.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY")
               for o in objs)
