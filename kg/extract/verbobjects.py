"""Objects of a verb that the parse hides or misplaces: a copula's bare noun ("is home to X"), the object after a
comma list of verbs ("designs, builds and sells buses"), a light verb's noun ("filed charges against X"), an object
read into a time phrase ("lost its own probe days earlier"), the copula's predicate name ("is the head of Y"), and the object two verbs share after commas ("A criticised, and
B defended, the plan").

Used by :func:`kg.extract.verbclauses.own_verb_clauses`.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import SUBJECT_DEPS
from kg.extract.counterparts import PrepLink
from kg.extract.relwords import is_adjunct, prep_links
from kg.extract.repairs import AGENT_ENTS, misattached_conjunct


def bare_attribute(noun: Token) -> tuple[Token, Token] | None:
    """ "is home to", "is part of": a copula's singular noun with no article, no modifier and a preposition right after
    it. Returns the preposition and the head of its object."""
    kids = list(noun.children)
    if noun.tag_ != "NN" or noun.ent_type_ or len(kids) != 1 or kids[0].dep_ != "prep" or kids[0].i != noun.i + 1:
        return None
    pobjs = [g for g in kids[0].children if g.dep_ == "pobj"]
    return (kids[0], pobjs[0]) if pobjs else None


def listed_verbs_object(verb: Token) -> list[Token]:
    """ "designs, builds and sells buses": the object after the last of a comma list of verbs is every verb's, when
    nothing but commas, the conjunction and adverbs, auxiliaries and negations of the next verb stand between them
    ("condemned but did not expel the envoy": condemn(envoy); the next verb's negation is its own)."""
    doc, cur = verb.doc, verb
    while True:
        nxt = [c for c in cur.children if c.dep_ == "conj" and c.i > cur.i + 1 and (c.pos_ == "VERB" or c.tag_ == "NNS"
               and all(g.dep_ in ("conj", "cc", "punct") for g in c.children)) and all(
            doc[j].text == "," or doc[j].dep_ == "cc" or doc[j].dep_ in ("advmod", "aux", "neg") and doc[j].head == c
            for j in range(cur.i + 1, c.i))] or (listed_participle(cur) if cur is verb else [])
        if not nxt or any(c.dep_ in SUBJECT_DEPS for c in nxt[0].children) or misattached_conjunct(nxt[0]):
            return []
        cur = nxt[0]
        objs = [c for c in cur.children if c.dep_ == "dobj" and c.i > cur.i]
        if objs:
            return objs if cur.i > verb.i + 2 and any(doc[j].dep_ == "cc" for j in range(verb.i, cur.i)) else []
        if any(c.dep_ in ("prep", "dative", "ccomp", "xcomp", "attr", "acomp") and not (c.dep_ == "prep" and any(
                k.dep_ == "conj" and k.i < c.i for k in cur.children)) for c in cur.children):
            return []   # (a phrase after the next verb may hang on this one: "charged and jailed him within a week")


def listed_participle(verb: Token) -> list[Token]:
    """ "Benfica signed, loaned and sold the striker", "Police arrested, charged and jailed him": the middle verb of a
    list of three that the parser hung on the first as an adverbial clause after its comma (a past form with no
    subject, auxiliary, marker or object of its own, coordinated with the last verb by "and" or "or"). Returns it
    in a list, or an empty one ("He resigned, exhausted by the campaign": no verb follows the participle)."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
        return []
    mid = doc[verb.i + 2]
    if mid.dep_ != "advcl" or mid.head != verb or mid.pos_ != "VERB" or mid.tag_ not in ("VBD", "VBN"):
        return []
    last = [c for c in mid.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")]
    if not last or not any(c.dep_ == "cc" and c.lower_ in ("and", "or") and mid.i < c.i < last[0].i
                           for c in mid.children) or any(
            c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "mark", "dobj", "agent") or c.dep_ == "prep" and c.i < last[0].i
            for c in mid.children):
        return []   # (a phrase after the last verb may hang on the middle one: "charged and jailed him within a week")
    return [mid]


def raised_object(verb: Token) -> list[Token]:
    """ "Hungary criticised, and Poland defended, the pact": two verbs, each with a subject of its own, share the
    object after the second, set off by commas (right-node raising). The parser hangs the object on one of them; the
    other verb, left with none, takes it. Empty for any other verb: not "Hungary criticised the pact, and Poland
    defended it" (an object of each), nor "A resigned, and B left, the firm said" (no shared object after a comma)."""
    doc = verb.doc
    if verb.dep_ == "conj":
        first, second = verb.head, verb
    else:
        later = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB"]
        if not later:
            return []
        first, second = verb, later[0]
    if first.pos_ != "VERB" or second.pos_ != "VERB":
        return []
    subject = [c for c in first.children if c.dep_ in ("nsubj",) and c.i < first.i]
    other = [c for c in second.children if c.dep_ in ("nsubj",) and c.i < second.i]
    after_first = first.i + 1 + sum(1 for c in first.children if c.dep_ == "prt" and c.i == first.i + 1)
    after_second = second.i + 1 + sum(1 for c in second.children if c.dep_ == "prt" and c.i == second.i + 1)
    if not subject or not other or after_second + 1 >= len(doc) or doc[after_first].text != "," \
            or doc[after_second].text != "," or not (doc[after_first + 1].dep_ == "cc" and doc[after_first + 1].lower_
                                                     in ("and", "but", "while", "whereas")):
        return []
    if other[0].left_edge.i != after_first + 2:
        return []   # (only the coordinator between the comma and the second subject)
    # (the parser may hang it as a conjunct of the second verb, "Shell bought, and BP later sold, stakes", or as an
    # apposition of the second subject across its verb, "Argentina opposed, and Brazil supported, the resolution")
    objs = [c for v in (first, second, other[0]) for c in v.children if c.left_edge.i == after_second + 1 and (
        c.dep_ == "dobj" or c.dep_ == "conj" and c.pos_ == "NOUN" and v is second
        or c.dep_ == "appos" and c.pos_ == "NOUN" and v is other[0])]
    if len(objs) != 1 or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []
    if any(t.text == "," for t in doc[after_second + 1:objs[0].i]) or objs[0].right_edge.i + 1 < len(doc) and \
            doc[objs[0].right_edge.i + 1].dep_ in ("nsubj",):
        return []
    return objs


# Nouns that a light verb takes bare in an idiom, and the prepositions of the idiom ("take part in", "make landfall
# in"); the predicate's verb where the noun names none of its own; the nouns whose phrase names a place ("made
# landfall near Matagorda"; not "took part in Oslo": where, not in what)
BARE_IDIOM_PREPS = {"part": ("in",), "landfall": ("in", "on", "near", "over", "at", "along", "off")}
BARE_IDIOM_VERBS = {"landfall": "make_landfall"}
# A light verb and noun whose idiom is no act of the noun's own verb: "took charge of the ministry" charges no one
VERB_NOUN_IDIOMS = {("take", "charge"): "take_charge"}
# A verb that is light with one noun alone, the noun's verb and the prepositions that mark its object: "placed an order
# for 96 helicopters" ordered them ("placed the region under curfew" is no light verb)
IDIOM_LIGHT_VERBS = {("place", "order"): ("order", {"for"}), ("place", "orders"): ("order", {"for"})}
PLACE_IDIOMS = frozenset({"landfall"})


PLACE_PREPS = frozenset("in at near outside inside".split())


# Nouns of legal action that are no lawsuit by themselves, and the verbs that bring it: "brought a case against Uber",
# "launched legal action against Glencore", "started proceedings against the club" sue; "made the case for", "took
# action on prices", "dropped the case against him" do not.
LEGAL_ACTION_PREPS = frozenset({"against"})
LEGAL_ACTION_VERBS = frozenset("bring launch file lodge open start initiate begin take".split())


def legal_action(verb: Token, obj: Token) -> tuple[str, frozenset] | None:
    """("sue", its prepositions) for a case, proceedings or legal action brought, right before "against", else
    None."""
    if verb.lemma_.lower() not in LEGAL_ACTION_VERBS or obj.i + 1 >= len(obj.doc) or \
            obj.doc[obj.i + 1].lower_ not in LEGAL_ACTION_PREPS:
        return None
    noun = obj.lemma_.lower()
    if noun in ("case", "proceeding", "proceedings") or noun == "action" and any(
            c.dep_ == "amod" and c.lower_ in ("legal", "court") for c in obj.children):
        return "sue", LEGAL_ACTION_PREPS
    return None


def given_to_noun(noun: str, link: PrepLink) -> bool:
    """ "gave approval to a new drug", "gave its backing to the plan": the "to" phrase the parser hangs on the light
    verb is the noun's own counterpart where the noun's verb takes it as its object (approve the drug, back the plan),
    a thing as well as a named actor; not a time nor an amount."""
    words, target = link
    return words[-1].lower_ == "to" and "to" in lx.TRANSITIVE_LIGHT_NOUNS.get(noun, ()) and target.pos_ == "NOUN" \
        and target.ent_type_ not in ("DATE", "TIME", *lx.QUANTITY_TYPES)


def light_verb_object(verb: Token, obj: Token) -> tuple[str | None, list[Token], PrepLink] | None:
    """ "made an appeal to X", "filed charges against X": a light verb whose object noun, with its
    preposition, carries the relation. Returns the predicate (None when the noun is not an event noun
    we can name a verb for), the noun phrase's words and the preposition."""
    idiom = IDIOM_LIGHT_VERBS.get((verb.lemma_.lower(), obj.lower_)) or legal_action(verb, obj)
    if verb.lemma_.lower() not in lx.LIGHT_VERBS and not idiom or obj.pos_ != "NOUN" and not (
            obj.dep_ in ("dobj", "oprd") and obj.lemma_.lower() in BARE_IDIOM_PREPS):
        return None     # (the tagger calls a bare "landfall" an adjective, and the parser may make it a complement)
    noun = obj.lemma_.lower()
    verb_name = (idiom or (None,))[0] or VERB_NOUN_IDIOMS.get((verb.lemma_.lower(), noun)) or \
        lx.LIGHT_NOUNS.get(noun) or lx.NOMINALISATIONS.get(noun) or BARE_IDIOM_VERBS.get(noun)
    links = [k for k in prep_links(obj) if k[0][0].i == obj.i + 1 and not is_adjunct(k, obj)] or [
        k for k in prep_links(verb) if verb_name and k[0][0].i == obj.right_edge.i + 1 == obj.i + 1
        and k[0][0].lower_ in ("against", "on", "to", "with", "for", "into", "over") and (
            k[1].pos_ == "PROPN" and k[1].ent_type_ in AGENT_ENTS or given_to_noun(noun, k))]
    # (the parser may hang the noun's phrase on the verb: "filed a lawsuit against Rivian", "gave approval to a drug")
    if not links and not list(obj.children) and noun in BARE_IDIOM_PREPS:
        # "took part in the inquiry": a bare noun of an idiom, its preposition hung on the verb, whatever follows
        links = [k for k in prep_links(verb) if k[0][0].i == obj.i + 1 and k[0][0].lower_ in BARE_IDIOM_PREPS[noun]
                 and not is_adjunct(k, verb) and k[1].ent_type_ not in (
                     ("DATE", "TIME") if noun in PLACE_IDIOMS else ("GPE", "LOC", "FAC", "DATE", "TIME"))]
        # (not "took part in Oslo": where, not in what; "made landfall in Taiwan": where)
    if not links or any(c.dep_ in ("conj", "relcl", "acl") for c in obj.children):
        return None
    if any(c.dep_ in ("nummod", "quantmod") or c.like_num and c.dep_ != "appos" for c in obj.children) \
            or obj.ent_type_ in lx.QUANTITY_TYPES:
        return None     # "took 54 percent of the vote": a quantity is the object itself (not "made a visit to
        # Ghana, the first by an Indian leader": an ordinal in apposition counts visits, it is no quantity of this one)
    words, target = links[0]
    if target.ent_type_ in lx.QUANTITY_TYPES or any(c.dep_ in ("nummod", "quantmod") and (c.ent_type_ not in (
            "CARDINAL", "") or target.lemma_.lower() in lx.AMOUNT_UNITS) for c in target.children):
        return None     # "made a bid of 80 million euros": the noun's amount, not a counterpart (but "launched an
        # attack on three villages", "placed an order for 96 helicopters": a count of the things it is on or for)
    if noun == "probe" and words[0].lower_ not in lx.INQUIRY_PREPS:
        return None     # "launched a probe to Venus", "from Kourou": a spacecraft, no inquiry
    if noun in lx.CONTENT_LIGHT_NOUNS and words[0].lower_ in lx.TOPIC_PREPS:
        return None     # "issued a statement on climate change": a topic, no counterpart of "state"
    if not verb_name and words[0].lower_ in PLACE_PREPS and target.ent_type_ in ("GPE", "LOC", "FAC"):
        return None     # "opened a clinic in Kochi": where the thing is, no counterpart of the noun's relation
    if verb_name and words[-1].lower_ in (idiom[1] if idiom else lx.TRANSITIVE_LIGHT_NOUNS.get(noun, ())):
        pred = verb_name    # "filed a lawsuit against X" -> sue(X), "paid a visit to X" -> visit(X)
    else:
        pred = "_".join([verb_name, *(w.lower_ for w in words)]) if verb_name else None
    noun_toks = [t for t in obj.subtree if t.i <= obj.i]
    return pred, noun_toks, links[0]


def time_phrase_object(verb: Token) -> list[Token] | None:
    """ "Russia lost its own probe days earlier": the parser reads the object into the time phrase."""
    for child in verb.children:
        cands = [child] + [g for g in child.children if g.dep_ == "npadvmod"] if child.dep_ == "advmod" else [child]
        for t in cands:
            if t.dep_ != "npadvmod" or t.ent_type_ != "DATE":
                continue
            left = [x for x in t.subtree if x.i < t.i and x.ent_type_ != "DATE"]
            if left and left[0].dep_ in ("poss", "det") and any(x.pos_ in ("NOUN", "PROPN") for x in left):
                return left
    return None


def copula_predicate(attr: Token) -> str:
    """ "X is the head of Y" -> be_head_of ; "X is a member" -> be."""
    if attr.lemma_.lower() in lx.TITLE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in attr.children):
        return f"be_{attr.lemma_.lower()}_of"
    return "be"


# Verbs whose object may be followed by a noun that names what the object is held to be ("considers Hamas a terrorist
# group", "declared Ortiz the winner"); after any other verb such a noun is a second object ("made him an offer").
NAMING_VERBS = frozenset("consider deem declare call name label brand dub term designate judge proclaim".split())


def small_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "found Lumo Bank guilty of fraud", "declared the deal void", "considers Hamas a terrorist group": a verb whose
    object and what it is found, declared or held to be the parser reads as one clause with no verb, the adjective or
    noun a complement of the verb with the object as its subject. Returns that subject and the complement, else None
    (not of a verb of saying but "declare": "says talks possible" is a headline's clause; nor of a verb with an object
    of its own)."""
    if verb.lemma_.lower() in lx.REPORTING_VERBS - {"declare"} or any(c.dep_ in ("dobj", "dative") for c in
                                                                       verb.children):
        return None
    for comp in verb.children:
        if comp.dep_ == "ccomp" and held_to_be(verb, comp) and comp.i > verb.i:
            said_of = [c for c in comp.children if c.dep_ == "nsubj" and verb.i < c.i < comp.i]
            if len(said_of) == 1 and not any(c.dep_ in ("aux", "auxpass", "mark", "cop") for c in comp.children) \
                    and said_of[0].lower_ != "it":
                return said_of[0], comp     # (not "consider it necessary to ...": "it" stands for the infinitive)
    return None


def held_to_be(verb: Token, comp: Token) -> bool:
    """Whether a complement after a verb's object can say what the object is held to be: an adjective, or a noun
    after a verb of naming."""
    return comp.pos_ == "ADJ" or comp.pos_ == "NOUN" and verb.lemma_.lower() in NAMING_VERBS


def object_predicate(verb: Token, obj: Token) -> Token | None:
    """ "held Russia responsible for the attack", "found Tom Lund not guilty": what the verb's object is held or found
    to be, the object predicate (or an adjective the parser reads as a complement with no subject) right after the
    object. None where there is none."""
    for comp in verb.children:
        if comp.left_edge.i == obj.right_edge.i + 1 and obj.lower_ != "it" and (
                comp.dep_ == "oprd" or comp.dep_ == "ccomp" and held_to_be(verb, comp) and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in comp.children)):
            return comp
    return None


def predicate_words(said_of: Token, comp: Token) -> str:
    """The words of what an object is held to be, after the object: "guilty of breaching sanctions", "not guilty"."""
    doc = comp.doc
    start = max(said_of.right_edge.i + 1, comp.left_edge.i)
    return doc[start:comp.right_edge.i + 1].text
