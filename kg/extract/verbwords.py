"""The words of a verb's relation: its auxiliaries, negation, adverbs and particles, and its lemma.

Also the nouns the tagger read for verbs ("Exxon bids for Pioneer"): :func:`misread_verb`, :func:`compound_subject`.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays


def relation_tokens(verb: Token) -> list[Token]:
    """Auxiliaries, negation, adverbs right before the verb ("has often said"), the verb and its particle."""
    doc = verb.doc
    cols = arrays(doc)      # positions and columns, not a Token per word looked at
    dep, head, pos, lower = cols.dep, cols.head, cols.pos, cols.lower
    v = verb.i
    own = [c for c in cols.children[v] if dep[c] in ("aux", "auxpass", "neg") and c < v]
    toks = list(own)
    left = v - 1
    while left >= 0 and head[left] == v and (
            dep[left] in ("aux", "auxpass", "neg") or dep[left] == "advmod" and pos[left] == "ADV"
            and lower[left] not in lx.WH_ADVERBS):
        if dep[left] == "advmod" and (own or left > 0 and not cols.is_sent_start[left]
                                      and dep[left - 1].startswith("nsubj")):
            toks.append(left)
        left -= 1
    toks.append(v)
    toks += _particle_ids(cols, v)
    return [doc[i] for i in sorted(set(toks))]


PARTICLE_ADVERBS = frozenset("out off away back down up forward apart".split())


def particles_of(verb: Token) -> list[Token]:
    """The verb's particles: "pulled out", and an adverb read as one right after the verb ("walked out on Monday")."""
    doc = verb.doc
    return [doc[c] for c in _particle_ids(arrays(doc), verb.i)]


def _particle_ids(cols, v: int) -> list[int]:
    """:func:`particles_of` by word position."""
    dep, kids = cols.dep, cols.children
    return [c for c in kids[v] if dep[c] == "prt" or (
        dep[c] == "advmod" and c == v + 1 and cols.lower[c] in PARTICLE_ADVERBS and not any(
            dep[g] == "prep" for g in kids[c]))]


def verb_lemma(verb: Token) -> str:
    """The verb's lemma and its particles ("pull_out"). Asked about five times of each verb (its clauses, their
    factuality, event typing): found once per verb and kept with the Doc's columns."""
    cols = arrays(verb.doc)
    v = verb.i
    found = cols.verb_lemmas.get(v)
    if found is None:
        lemma = cols.lemma_lower[v]
        if cols.lower[v] == "born" and cols.tag[v] == "VBN":
            lemma = "born"      # "was born in": the passive is its own predicate, not a form of "bear"
        particles = [cols.lower[c] for c in _particle_ids(cols, v)]
        found = cols.verb_lemmas[v] = "_".join([lemma, *particles])
    return found


FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def misread_verb(tok: Token) -> bool:
    """ "Exxon bids for Pioneer", "Nokia bid for the contract": a verb the tagger read as a noun, the root of its
    sentence with a subject, or with a name before it that the parser took for a modifier of the noun; and "will sell
    the collection and cut funding": a conjunct of a verb, after its "and" or "or", with an object of its own."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "conj") or tok.tag_ not in ("NN", "NNS") or any(
            c.dep_ == "det" for c in tok.children):
        return False
    if tok.dep_ == "conj":
        doc = tok.doc
        return tok.head.pos_ == "VERB" and tok.i > 0 and doc[tok.i - 1].dep_ == "cc" and doc[tok.i - 1].lower_ in (
            "and", "or") and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)
    # (not "The study names coffee, tea and chocolate as sources": a subject tagged as a finite verb is the verb the
    # parser misread, and the root noun its object)
    return any(c.dep_ == "nsubj" and c.i < tok.i and c.tag_ not in FINITE_TAGS for c in tok.children) \
        or compound_subject(tok) is not None


def charge_modifier(tok: Token) -> bool:
    """ "arrested the journalist on spying charges": a gerund right before a noun of charges, which the parser reads
    as a verb with the noun its object, names the offence charged: no act of its own."""
    cols = arrays(tok.doc)
    i = tok.i
    return cols.tag[i] == "VBG" and i + 1 < cols.n and cols.head[i + 1] == i and cols.dep[i + 1] == "dobj" and \
        cols.lemma_lower[i + 1] in lx.CHARGE_NOUNS and not any(cols.dep[c] == "det" for c in cols.children[i + 1])


# Nouns that are also verbs of acting with a preposition after them: "Nokia bid for", "Kenya vows to".
VERB_HOMOGRAPHS = frozenset("""bid bids offer offers vote votes call calls plan plans pledge pledges vow vows push
pushes move moves eye eyes back backs""".split())


def compound_subject(tok: Token) -> Token | None:
    """The name a misread verb's sentence starts with ("Nokia" of "Nokia bid for the contract"): a proper noun
    right before a noun-verb homograph that is the root and has a preposition or an infinitive after it."""
    if tok.lower_ not in VERB_HOMOGRAPHS or not any(
            c.i > tok.i and (c.dep_ == "prep" or c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB") for c in tok.children):
        return None
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
             and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")]
    if not names or not names[0].left_edge.is_sent_start:
        return None
    return names[0]
