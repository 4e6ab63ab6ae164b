"""Clause-based Open IE on a spaCy dependency parse.

Every predicate of a sentence (a verb, a copula, an apposition, a title before a name, a nominalisation)
becomes one :class:`Clause` per combination of coordinated subjects and objects. A Clause still points at
spaCy tokens; :mod:`kg.extract.core` turns it into plain values.

The walk over a sentence lives here; the clauses of one verb in :mod:`kg.extract.verbclauses` (with
:mod:`kg.extract.verbobjects`, :mod:`kg.extract.complements` and :mod:`kg.extract.relwords`), the factuality
each clause is stated under in :mod:`kg.extract.contexts`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from kg.extract import lexicon as lx
from kg.extract.arguments import apposed_next, Clause, misread_verb, set_against
from kg.extract.contexts import context_for
from kg.extract.counterparts import SIDE_NOUNS, received_act_clauses, talks_between
from kg.extract.docarrays import arrays
from kg.extract.factuality import Context
from kg.extract.relwords import noun_infinitive  # noqa: F401  (kg.extract.openie imports it from here)
from kg.extract.repairs import interrupted_apposition
from kg.extract.titleclauses import NOMINAL_NOUNS, appos_clauses, name_title_clauses, nominal_clauses
from kg.extract.titles import hyphenated_general
from kg.extract.verbclauses import verb_clauses
from kg.extract.verbwords import charge_modifier

MAX_SENTENCE_TOKENS = 300
READ_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})     # the parts of speech the walk below reads a clause from


@lru_cache(maxsize=1)
def _later_rules() -> tuple:
    """The rules of the modules that build on this one, imported on first use (an import statement in the walk
    itself runs importlib's Python for each sentence)."""
    from kg.extract.bodies import origin_clauses, site_in_place_clauses
    from kg.extract.counterparts import counterpart_clauses
    from kg.extract.implicit import implicit_clauses
    from kg.extract.offices import office_clauses
    from kg.extract.ownership import ownership_clauses, part_clauses
    return (origin_clauses, site_in_place_clauses, counterpart_clauses, implicit_clauses, office_clauses,
            ownership_clauses, part_clauses)


def sentence_clauses(sent: Span, openie: bool = False) -> list[Clause]:
    """All clauses of one sentence, with factuality propagated from governing verbs.

    Parameters
    ----------
    sent : Span
        A parsed sentence.
    openie : bool
        False (the default) gives the clauses the knowledge graph states; True gives the ones Open IE prints,
        which adds readings that are no graph facts ("X 's Y" -> X has Y) and leaves out some that Open IE
        shows merged ("tried" + "to leave" as "tried to leave").

    Returns
    -------
    list of Clause
        Empty for a sentence of more than :data:`MAX_SENTENCE_TOKENS` tokens: the walk costs the square of
        a sentence's length, and a "sentence" that long (a list, a table, clauses nested thousands deep)
        states nothing the graph can use.
    """
    if len(sent) > MAX_SENTENCE_TOKENS:
        return []
    origin_clauses, site_in_place_clauses, counterpart_clauses, implicit_clauses, office_clauses, \
        ownership_clauses, part_clauses = _later_rules()
    out: list[Clause] = []
    contexts: dict[int, Context] = {}
    doc = sent.doc
    cols = arrays(doc)      # the walk reads each word's attributes from these, not through a Token each time
    pos_of, dep_of, head_of, ent_of = cols.pos, cols.dep, cols.head, cols.ent_type

    for i in range(sent.start, sent.end):
        pos, dep, ent = pos_of[i], dep_of[i], ent_of[i]
        if not (pos in READ_POS or dep in ("appos", "amod") or ent in ("GPE", "LOC", "FAC")):
            continue    # (a word no reading below starts from: no Token for it)
        tok = doc[i]
        if pos in ("VERB", "AUX") and dep not in ("aux", "auxpass", "amod") or (
                pos == "NOUN" and dep in ("ROOT", "conj") and misread_verb(tok)):
            if pos == "AUX" and cols.lemma[i] != "be" or word_prefix(tok) or name_particle(tok) or charge_modifier(tok):
                continue
            ctx = context_for(tok, contexts)
            out.extend(verb_clauses(tok, ctx))
            out.extend(office_clauses(tok, ctx))
            out.extend(counterpart_clauses(tok, ctx))
            out.extend(received_act_clauses(tok, ctx))
            out.extend(ownership_clauses(tok, ctx))
        elif pos == "VERB" and dep == "amod":
            out.extend(ownership_clauses(tok, Context()))   # "the Qatar-owned chain Harwoods": a presupposition
        elif dep == "appos" and (pos in ("NOUN", "PROPN") or hyphenated_general(tok)) and (
                pos_of[head_of[i]] in ("PROPN", "NOUN") or hyphenated_general(doc[head_of[i]])):
            # an apposition or a title is the writer's presupposition, whoever's clause it stands in ("Vexa, not
            # Orlen, signed": no apposition, a name set against the first)
            if not set_against(doc[head_of[i]], tok) and (i < head_of[i] or apposed_next(doc[head_of[i]], tok)) \
                    and not interrupted_apposition(tok):    # ("reached, after talks with X, a deal": an object)
                out.extend(appos_clauses(tok, Context()))
        if (pos == "PROPN" or pos == "NOUN" and cols.ent_iob[i] == "I") and ent == "PERSON" \
                and dep != "compound":     # "Kim Hyun-tak of ...": a name's last word the tagger read as a noun
            out.extend(name_title_clauses(tok, Context()))
        if pos == "NOUN" and (cols.lemma_lower[i] in lx.NOMINALISATIONS or cols.lemma_lower[i] in NOMINAL_NOUNS):
            out.extend(nominal_clauses(tok, context_for(tok, contexts)))
        if pos == "NOUN" and (cols.lemma_lower[i] in SIDE_NOUNS or cols.lower[i] in SIDE_NOUNS) or \
                cols.lower[i] == "fighting":     # (a gerund the tagger calls a verb)
            # "the talks between Serbia and Kosovo", "an agreement between Airbus and Tata", "Google's deals with Apple"
            out.extend(talks_between(tok, context_for(tok, contexts)))
        if ent in ("GPE", "LOC", "FAC") or dep in ("appos", "amod") or pos in ("PROPN", "NOUN"):
            out.extend(implicit_clauses(tok))
        if ent in ("ORG", "FAC") and pos in ("PROPN", "NOUN"):
            out.extend(site_in_place_clauses(tok))
            out.extend(origin_clauses(tok))
    out.extend(part_clauses(out))
    hidden = "graph" if openie else "openie"
    return [c for c in out if c.subj and (c.obj is None or c.obj) and c.use != hidden and not clitic(c.subj)
            and not fragment(c)]


def fragment(clause: Clause) -> bool:
    """A subject that is a sentence fragment: it holds the clause's own verb, or a verb with a subject of its own
    ("fears mounting Russia is paving the way")."""
    if clause.subj_head is not None and clause.subj_head.dep_.startswith("csubj"):
        return False
    inside = {t.i for t in clause.subj}
    verb = clause.verb
    if verb is not None and verb.i in inside:
        return True
    if not inside:
        return False
    cols = arrays(clause.subj[0].doc)   # asked of every clause: positions and columns, not each word's children
    pos_of, dep_of, kids = cols.pos, cols.dep, cols.children
    return any(pos_of[i] in ("VERB", "AUX") and any(dep_of[c] in ("nsubj", "nsubjpass") and c in inside
                                                    for c in kids[i]) for i in inside)


def word_prefix(tok: Token) -> bool:
    """A piece of a hyphenated word before its last part ("re" and "-" of "re-elected"): no predicate of its own."""
    cols = arrays(tok.doc)      # asked of every verb: the words and spaces around it by position
    i, text, space = tok.i, cols.text, cols.space_after
    if text[i] in ("-", "–", "—"):
        return not space[i] and i > 0 and not space[i - 1]
    return not space[i] and i + 2 < cols.n and text[i + 1] == "-" and not space[i + 1]


# The particles of Portuguese, Spanish, Italian and French names the tagger may read as English verbs: "Rio Grande do
# Sul", "São José dos Campos", "Mato Grosso do Sul"
NAME_PARTICLES = frozenset("do dos da das de del di du".split())


def name_particle(tok: Token) -> bool:
    """A lower-case particle between two capitalised words of a name ("do" of "Rio Grande do Sul"): no verb. Not
    after the first word of a sentence ("What do Russians want", "Why do Americans vote")."""
    doc = tok.doc
    if tok.lower_ not in NAME_PARTICLES or not tok.is_lower or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return before.is_title and after.is_title and not before.is_sent_start and before.pos_ == "PROPN" \
        and after.pos_ in ("PROPN", "NOUN")


def clitic(tokens: list[Token]) -> bool:
    """ "let's": a clitic on its own ("'s", "'re") is no argument."""
    return len(tokens) == 1 and tokens[0].text[:1] in "'’" and len(tokens[0].text) <= 3
