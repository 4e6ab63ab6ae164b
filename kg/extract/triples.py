"""Minimal Open IE triples (`kg openie --triples`): the fact-synset style of extraction, where every tuple is a
(subject; relation; object) triple with an object, the further arguments of an n-ary tuple are triples of their
own, and a relation keeps the sentence's words ("is based in", not "be based in")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause
from kg.extract.implicit import close_name, name_tokens
from kg.extract.openwords import words

# words that open a further argument and join the relation in a triple: "acquired Bethesda for | $7.5 billion"
PREPOSITIONS = frozenset("in on at of for from to by with into onto about as after before since during near aboard "
                         "through off under over against across along among around behind beside between beyond "
                         "despite inside outside toward towards until upon via within without amid like than".split())

# two words that open a further argument as one preposition: "moved | because of | security threats"
TWO_WORD_PREPOSITIONS = frozenset(("because of", "according to", "due to", "ahead of", "instead of", "regardless of",
                                   "out of", "prior to", "thanks to", "apart from", "away from"))

# three words that open a further argument as one preposition: "arrested three men | in connection with | the raid"
THREE_WORD_PREPOSITIONS = frozenset(("in connection with", "in response to", "in front of", "on behalf of",
                                     "in addition to", "as part of", "in spite of", "in favour of", "in favor of",
                                     "with regard to", "in relation to", "in charge of", "in support of"))


def opening_preposition(arg: str) -> tuple[str, str] | None:
    """ "because of snow" -> ("because of", "snow"): a preposition of two or three words that opens an argument, and
    the rest; None for any other argument."""
    parts = arg.split(" ")
    for n, known in ((3, THREE_WORD_PREPOSITIONS), (2, TWO_WORD_PREPOSITIONS)):
        if len(parts) > n and " ".join(parts[:n]).lower() in known:
            return " ".join(p.lower() if k == 0 and p.istitle() else p for k, p in enumerate(parts[:n])), \
                " ".join(parts[n:])
    return None


# prepositions whose object is a setting of the event (where, whence, by whom), not part of the verb's meaning as in
# "ran out of", "filed for", "voted against": further arguments hang on the verb without it
SETTING_PREPOSITIONS = frozenset("in at aboard from by near on to into onto inside outside across through via with "
                                 "off".split())

# participles that say what a thing is, not what befell it: "Nestlé, based in Vevey," is based there now
STATIVE_PARTICIPLES = frozenset("base locate situate headquarter know call name own list compose lead run back control "
                                "border surround link connect".split())


def as_triples(clause: Clause, rel: str, subj: str, args: list[str]) -> list[tuple[str, str, list[str]]]:
    """One n-ary tuple as minimal triples.

    (Microsoft; acquired; Bethesda; for $7.5 billion; in 2021) gives (Microsoft; acquired; Bethesda),
    (Microsoft; acquired Bethesda for; $7.5 billion) and (Microsoft; acquired Bethesda in; 2021): each further
    argument is the object of the relation with the first object read into it, its preposition closing the
    relation. A tuple with no object gives no triple; a bare "be" that the sentence does not write takes the
    tense of the verb the participle hangs from ("Nestlé, based in Vevey, is ..." -> "is based in").

    Parameters
    ----------
    clause : Clause
        The clause the tuple was printed from.
    rel, subj : str
        The tuple's relation and subject as printed.
    args : list of str
        Its further arguments as printed, the object first.

    Returns
    -------
    list of (relation, subject, [object])
    """
    if not args or not args[0]:
        return bare_participle(clause, rel, subj)
    rel = tensed(clause, rel)
    subj = minimal_subject(clause, subj)
    opened = opening_preposition(args[0])
    # "was cancelled | because of snow": a preposition of several words joins the relation, as the scorers' one word does
    out = [(rel, subj, [args[0]]) if opened is None else (f"{rel} {opened[0]}", subj, [opened[1]])]
    last = rel.rsplit(" ", 1)
    # "was launched aboard | the shuttle" + "in 1990": (X; was launched in; 1990), the verb's own time; only a
    # direct object is read into the relation ("acquired Bethesda for")
    base = last[0] if len(last) == 2 and last[1].lower() in SETTING_PREPOSITIONS else f"{rel} {args[0]}"
    if args[0].partition(" ")[0].lower() in PREPOSITIONS or opened is not None:
        base = rel      # "resigned | on Tuesday | amid a probe": a setting is no object to read into the relation

    placed = object_place(clause, args[0]) if opened is None and base == f"{rel} {args[0]}" else None
    if placed is not None:
        # "opened its first store in Seoul in 2014": (X; opened its first store in; Seoul) and (X; opened its first
        # store in; 2014); the object with its place stays a triple too
        core, prep, places = placed
        base = f"{rel} {core}"
        out += [(f"{base} {prep}", subj, [place]) for place in places]

    for arg in args[1:]:
        first, _, rest = arg.partition(" ")
        opened = opening_preposition(arg)
        if opened is not None:     # "because of", "according to", "in connection with"
            out.append((f"{base} {opened[0]}", subj, [opened[1]]))
        elif first.lower() in PREPOSITIONS and rest:    # ("In 2019, X ..." -> "... in"): a capital that opened the sentence
            prep = first.lower() if first.istitle() else first
            out += [(f"{base} {prep}", subj, [place]) for place in listed_places(clause, arg) or [rest]]
        else:
            out.append((base, subj, [arg]))
    return out


# prepositions of a place phrase that closes a verb's object: "built a plant in Georgia", "killed 40 people in Bosnia"
OBJECT_PLACE_PREPOSITIONS = frozenset("in at near across".split())


def object_place(clause: Clause, obj: str) -> tuple[str, str, list[str]] | None:
    """ "opened its first store in Seoul": the object as printed without the place phrase that closes it, the
    phrase's preposition, and each place it names ("schools in Lagos, Abuja and Kano": three); None where the object
    ends in no place phrase the parser hung on its noun."""
    head = clause.surface_obj[-1] if clause.surface_obj else clause.obj_head
    if clause.kind != "verb" or head is None or clause.verb is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    head = clause.obj_head if clause.obj_head is not None else head
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in OBJECT_PLACE_PREPOSITIONS and c.i > head.i]
    if not preps:
        return None
    prep = preps[-1]
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ not in ("GPE", "LOC") or prep.right_edge.i != head.right_edge.i:
        return None
    members = [pobj, *[c for c in pobj.conjuncts if c.i > pobj.i]]
    if any(m.ent_type_ not in ("GPE", "LOC") for m in members):
        return None
    places = [words([t for t in m.subtree if t == m or t.i < m.i and t.dep_ not in ("cc", "punct", "conj")])
              for m in members]
    place_text = words([t for t in prep.subtree if t.i > prep.i])
    core_tokens = [t for t in head.subtree if t.i < prep.i]
    core = words(core_tokens) if core_tokens else ""
    if not core or not obj.startswith(core) or not obj.endswith(place_text):
        return None
    return core, prep.lower_, places


def listed_places(clause: Clause, arg: str) -> list[str]:
    """ "makes steel in India and the Netherlands": each place of a list that a further argument of the verb names
    ("India", "the Netherlands"), each a triple of its own as a list that is the verb's own object is; [] for an
    argument that is no such list."""
    for part in clause.extras:
        prep = part[0] if part else None
        if prep is None or prep.dep_ != "prep" or prep.lower_ not in OBJECT_PLACE_PREPOSITIONS:
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ not in ("GPE", "LOC"):
            continue
        members = [pobj, *[c for c in pobj.conjuncts if c.i > pobj.i]]
        if len(members) < 2 or any(m.ent_type_ not in ("GPE", "LOC") for m in members) \
                or arg != f"{prep.text} {words([t for t in prep.subtree if t.i > prep.i])}":
            continue
        return [words([t for t in m.subtree if t == m or t.i < m.i and t.dep_ not in ("cc", "punct", "conj")])
                for m in members]
    return []


def bare_participle(clause: Clause, rel: str, subj: str) -> list[tuple[str, str, list[str]]]:
    """ "Nobody was injured", "The painting has never been found": a passive with nothing after it is a triple of
    its auxiliaries and its participle, (Nobody; was; injured), as a triple needs an object."""
    verb = clause.verb
    parts = rel.split(" ")
    if clause.kind != "verb" or verb is None or verb.tag_ != "VBN" or len(parts) < 2 or parts[-1] != verb.text \
            or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [(" ".join(parts[:-1]), minimal_subject(clause, subj), [verb.text])]


def minimal_subject(clause: Clause, subj: str) -> str:
    """ "The Norwegian oil company Equinor" -> "Equinor": a subject that is a description and its name is the name
    alone, as the description is a triple of its own (Equinor; is; Norwegian oil company)."""
    head = clause.subj_head
    if clause.kind not in ("verb", "comp", "copula") or head is None:
        return subj
    name = head if head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.ent_type_ in ("PERSON", "ORG") and \
        head.text[:1].isupper() else close_name(head) if head.pos_ == "NOUN" else None     # ("IKEA" tagged a noun)
    if name is None or name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", ""):
        return subj
    toks = name_tokens(name)
    before = [t for t in clause.subj if t.i < toks[0].i]
    if before and name.ent_type_ in ("PERSON", "ORG") and not any(t.i > name.i for t in clause.subj) \
            and before[0].ent_type_ == "GPE" and before[-1].tag_ == "POS" and all(
                t.dep_ in ("poss", "case", "compound") or t.head.dep_ == "poss" for t in before):
        return words(toks)      # "Kenya's Eliud Kipchoge": the name; where he is from is a triple of its own
    article = any(t.dep_ == "det" and t.lower_ in ("the", "a", "an") for t in before)
    if not before or any(t.i > name.i for t in clause.subj) or not any(
            t.pos_ == "NOUN" and (t.lower_ not in lx.TITLE_NOUNS and t.lemma_.lower() not in lx.TITLE_NOUNS
                                  or article and t.text.islower()) for t in before) \
            or any(t.dep_ not in ("det", "amod", "compound", "punct", "npadvmod", "nmod") and t != head
                   and not (t.dep_ == head.dep_ and t.head == head.head and t.right_edge.i + 1 == toks[0].i)
                   for t in before):     # ("The Swedish retailer" + "H&M", read as two subjects of one verb)
        return subj     # "Foreign Minister X" keeps its title, but "the physicist X" is a description; "the
        # president of X" is no description of X
    return words(toks)


def tensed(clause: Clause, rel: str) -> str:
    """The relation with a "be" that stands for any form of the verb written as the sentence would: "is", "are",
    "was" or "were"."""
    verb = clause.verb
    if not rel.startswith("be ") or clause.surface_prefix != "be" or verb is None:
        return rel
    plural = clause.subj_head is not None and clause.subj_head.tag_ in ("NNS", "NNPS")
    past = governing_tense(verb) == "past" or verb.lemma_.lower() not in STATIVE_PARTICIPLES and any(
        t.ent_type_ == "DATE" for t in verb.subtree if t.i > verb.i)
    form = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"{form} {rel[3:]}"


def governing_tense(verb: Token) -> str:
    """ "past" when the first finite verb above a participle is in the past tense ("The bridge, completed in 1896,
    linked ..."), else "present"."""
    tok = verb.head
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
                return "past"
            if tok.tag_ in ("VBZ", "VBP", "MD") or any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxes):
                return "present"
        if tok.head == tok:
            break
        tok = tok.head
    return "present"
