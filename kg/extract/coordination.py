"""Coordination: the words coordinated with a word, and the lists that stand for one argument.

:func:`conjuncts` gives a word and its coordinated siblings ("Donetsk and Lugansk"), a list the parser read as an
apposition ("Germany, France and Italy") and the members a plural noun lists ("three firms, Airbus, Safran and
Thales"); :func:`set_against` tells a member set against the first ("Vexa, not Orlen") from one added to it.
:mod:`kg.extract.arguments` builds a verb's subjects and an argument's words on them.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays


PAIRED = frozenset({"both", "either", "neither"})


def paired(tok: Token) -> bool:
    """The first word of a paired coordination ("both A and B", "neither A nor B"), which the parser may tag as
    a determiner of the first conjunct: it belongs to the coordination, not to any one conjunct."""
    return _paired(arrays(tok.doc), tok.i)


def _paired(cols, i: int) -> bool:
    """:func:`paired` by word position."""
    dep = cols.dep
    return cols.lower[i] in PAIRED and dep[i] in ("det", "preconj") and any(
        dep[c] == "conj" for c in cols.children[cols.head[i]])


def as_well_as(cols, cc: int) -> bool:
    """Whether word ``cc`` is the last "as" of the coordinator "as well as" ("Unilever as well as Nestle"), which the
    parser tags as a coordinator on the first member, the two words before it adverbs."""
    lower = cols.lower
    return cc >= 2 and lower[cc] == "as" and cols.dep[cc] == "cc" and lower[cc - 1] == "well" and lower[cc - 2] == "as"


def shared_possession(cols, i: int) -> int | None:
    """The noun two coordinated possessors own, where the parser makes the first possessor the head of the
    coordination and the noun its conjunct: "Germany's and France's finance ministers rejected the plan", "fined
    Samsung's and LG's display units" (Germany and Samsung own, they do not act or undergo). Returns the owned noun's
    position, or None ("Germany's plan and France's" is no such shape: the conjunct owns nothing)."""
    lower, dep, kids = cols.lower, cols.dep, cols.children
    n = len(lower)
    if i + 2 >= n or dep[i + 1] != "case" or cols.head[i + 1] != i or lower[i + 2] not in ("and", "or") \
            or dep[i + 2] != "cc":
        return None
    # the noun is the possessor's conjunct, or (as the parser may hang it) a second subject of the same verb
    candidates = [*kids[i], *(kids[cols.head[i]] if dep[i] == "nsubj" else ())]
    for c in candidates:
        if c > i + 2 and (dep[c] == "conj" and cols.head[c] == i or dep[c] == dep[i] == "nsubj") \
                and cols.pos[c] in ("NOUN", "PROPN") and any(
                dep[p] == "poss" and p < c and p == i + 3 + (lower[i + 3] == "the") for p in kids[c]):
            return c
    return None


def joint_possession(doc, i: int) -> int | None:
    """The thing two coordinated names own where only the last is marked, which the parser reads as the first name
    coordinated with the thing: "Apple and Samsung's smartphone sales fell", "approved Vexa and Lumora's merger"
    (Apple neither fell nor was approved). Returns the owned noun's position, or None: a thing that can act ("Tim
    Cook and Samsung's chief met": the chief is a second member) keeps the list."""
    cols = arrays(doc)
    lower, dep, kids = cols.lower, cols.dep, cols.children
    if cols.pos[i] != "PROPN" or i + 2 >= len(lower) or lower[i + 1] != "and" or dep[i + 1] != "cc":
        return None
    for c in kids[i]:
        if c > i + 2 and dep[c] == "conj" and cols.pos[c] == "NOUN" and any(
                dep[p] == "poss" and cols.pos[p] == "PROPN" and doc[p].left_edge.i == i + 2
                and any(dep[k] == "case" for k in kids[p]) for p in kids[c]):
            from kg.extract.repairs import inanimate    # (repairs imports the modules that import this one)
            return c if inanimate(doc[c]) else None
    return None


def sharing_possessor(cols, n: int) -> int | None:
    """The first of two coordinated possessors of noun ``n`` (:func:`shared_possession`): "Germany" for "ministers" in
    "Germany's and France's finance ministers"; None for any other noun."""
    up = cols.head[n]
    for x in (up, *cols.children[up]):
        if x < n and shared_possession(cols, x) == n:
            return x
    return None


def one_name(cols, first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` lie in one name the entity finder resolved: "Trinidad and Tobago", "Procter
    and Gamble", whose "and" joins the parts of one name, not two actors (the parser coordinates them all the same);
    not a list the NER ran into one name ("Thames Water and Southern Water"), which the finder splits. False where
    the finder has not run (Open IE keeps its conjuncts)."""
    ends = cols.name_spans
    return first < last and ends is not None and last < ends[first]


def conjunct_ids(cols, i: int) -> list[int]:
    """``Token.conjuncts`` by word position: the words coordinated with word ``i`` (not itself), in its order."""
    dep, head, kids = cols.dep, cols.head, cols.children
    start = i
    while start != head[start] and dep[start] == "conj":
        start = head[start]
    output = [start]
    for w in output:        # (grows as it is read: each conjunct's own conjuncts follow)
        output += [c for c in kids[w] if c > w and dep[c] == "conj" and not _set_against(cols, w, c)]
    return [w for w in output if w != i]


def of_list(cols, i: int) -> list[int]:
    """The names coordinated with common noun ``i`` that belong to the name of its "of" or "from" phrase instead:
    "Representatives of Nigeria, Ghana and Togo met", which the parser hangs as "Representatives", "Ghana" and "Togo".
    Names of one kind (people only after a person's name), the first right after the phrase's name and a comma;
    their positions in order, or none."""
    pos, dep, kids, ent = cols.pos, cols.dep, cols.children, cols.ent_type
    if pos[i] != "NOUN":
        return []
    for prep in kids[i]:
        if dep[prep] != "prep" or cols.lower[prep] not in ("of", "from") or prep < i:
            continue
        for name in kids[prep]:
            if dep[name] != "pobj" or pos[name] != "PROPN" or not ent[name] \
                    or any(dep[c] == "conj" for c in kids[name]):
                continue
            end = cols.doc[name].right_edge.i
            listed = [c for c in conjunct_ids(cols, i) if c > end]
            if listed and cols.text[end + 1] == "," and cols.doc[listed[0]].left_edge.i == end + 2 \
                    and all(pos[c] == "PROPN" and ent[c] == ent[listed[0]] for c in listed) \
                    and (ent[listed[0]] != "PERSON" or ent[name] == "PERSON"):
                return listed
    return []


# The verbs that stand for a clause's verb phrase after "as" or "so": "Britain condemned the attack, as did Canada",
# "and so has France", "Vexa was fined, as was Lumora"
ECHO_VERBS = frozenset({"do", "have", "be"})


def echoed_subjects(cols, v: int) -> list[int]:
    """The subjects of a clause that repeats verb ``v``'s act by a bare "do", "have" or "be": "Britain condemned the
    attack, as did Canada and Australia", "Germany condemned the coup, and so did France" -> Canada and Australia,
    France (each did the same: the parser hangs the second clause on the verb, as an adverbial clause after "as" or
    a conjunct after "and so"). Positions of the subjects' heads (their lists are read by the caller); none where the
    second verb has a word of its own beyond its subject (an object, a complement, a negation) or its subject is a
    pronoun ("as it did last year": the same subject again)."""
    dep, lower, kids = cols.dep, cols.lower, cols.children
    out = []
    for e in kids[v]:
        if e < v or cols.lemma_lower[e] not in ECHO_VERBS or cols.pos[e] not in ("VERB", "AUX"):
            continue
        own = kids[e]
        if dep[e] == "advcl":
            opened = any(dep[c] == "mark" and lower[c] == "as" and c == e - 1 for c in own)
        elif dep[e] == "conj":
            opened = any(dep[c] == "advmod" and lower[c] == "so" and c == e - 1 for c in own) \
                and lower[e - 2] == "and"
        else:
            opened = False
        subjects = [c for c in own if dep[c] == "nsubj" and c > e]
        if not opened or len(subjects) != 1 or cols.pos[subjects[0]] not in ("PROPN", "NOUN") or any(
                dep[c] not in ("mark", "advmod", "nsubj", "punct", "npadvmod", "prep", "cc") or dep[c] == "advmod"
                and lower[c] not in ("so", "too", "also") for c in own):
            continue
        out.append(subjects[0])
    return out


def echo_clause(clause) -> Token | None:
    """The verb of the clause that repeats a clause's act for the clause's subject (:func:`echoed_subjects`): "did" of
    "as did Canada" for Canada's statement of "condemned" (or of a verb it governs, "pledged to buy, as did Meta"),
    whose own date is Canada's; None for any other clause."""
    verb, subj = clause.verb, clause.subj_head
    if verb is None or subj is None:
        return None
    cols = arrays(verb.doc)
    for v in (verb.i, cols.head[verb.i]) if cols.dep[verb.i] == "xcomp" else (verb.i,):
        for s in echoed_subjects(cols, v):
            if subj.i == s or subj.i in conjunct_ids(cols, s):
                return verb.doc[cols.head[s]]
    return None

# Words of a coordination that sets its second member against the first instead of adding it: "chose Lind rather
# than Moss", "Kenya, not Uganda", "Lind, but not Moss".
CONTRAST_WORDS = frozenset({"than", "not"})


def set_against(first: Token, second: Token) -> bool:
    """Whether ``second``, coordinated with or in apposition to ``first``, is set against it ("Vexa, not Orlen,
    signed": Orlen did not sign, nor is Vexa's name Orlen)."""
    return _set_against(arrays(first.doc), first.i, second.i)


def _set_against(cols, first: int, second: int) -> bool:
    """Whether conjunct ``second`` of ``first`` follows "(rather) than" or "not": the parser coordinates "the board
    chose Lind rather than Moss", but Moss was not chosen."""
    lower, dep = cols.lower, cols.dep
    return any(first < k < second and (dep[k] == "cc" and lower[k] in CONTRAST_WORDS or dep[k] == "neg")
               for k in (*cols.children[first], *cols.children[second]))


def conjuncts(tok: Token) -> list[Token]:
    """The token and its coordinated siblings ("Donetsk and Lugansk"); a list the parser read as an apposition
    ("Germany, France and Italy") is a coordination too, and the members a plural noun lists ("three firms,
    Airbus, Safran and Thales") stand for it. Asked again of the same words (by the clauses of each verb, by the
    statements): the positions found are kept with the Doc's columns."""
    doc = tok.doc
    cols = arrays(doc)
    found = cols.conjunct_lists.get(tok.i)
    if found is None:
        found = cols.conjunct_lists[tok.i] = tuple(t.i for t in _conjuncts(tok, cols))
    return [doc[i] for i in found]


def _conjuncts(tok: Token, cols) -> list[Token]:
    """:func:`conjuncts` read from the parse."""
    doc = tok.doc
    pos, dep, kids = cols.pos, cols.dep, cols.children
    i = tok.i
    if pos[i] not in ("NOUN", "PROPN", "PRON", "NUM"):
        return [tok]
    owned = shared_possession(cols, i)
    if owned is None:
        owned = joint_possession(doc, i)
    if owned is not None:   # "Germany's and France's finance ministers": the ministers, not Germany
        return _conjuncts(doc[owned], cols)
    if dep[i] == "nsubj" and (pair := split_clauses(doc[cols.head[i]])) is not None and pair[0].i == i:
        return [tok]        # "Russia attacked Kyiv and Ukraine struck Belgorod": Kyiv alone is attacked
    hung = set(of_list(cols, i))     # "Representatives of Nigeria, Ghana and Togo": one noun, its names listed
    own = [tok, *[doc[c] for c in conjunct_ids(cols, i)
                  if c not in hung and (c > i and pos[c] == pos[i] or c > i and dep[c] == "conj" and (
                      pos[c] in ("NOUN", "PROPN", "PRON") or verb_tagged_name(cols, c)))
                  and not captioned_title(doc, c) and aside_antecedent(doc, c) is None and not opens_clause(doc, c)
                  and not (dep[i] in ("dobj", "attr") and gapped_subject(cols, c, cols.head[i]))]]
    # ("pledged 1,000 officers and Jamaica 200 soldiers": Jamaica pledged, it was not pledged)
    # "signed deals with Orlen and Shell Energy Europe": the first of two names the parser read as one phrase
    fused = fused_names(cols, i)
    if fused is not None:
        own += [doc[m] for m in fused[0]]
    # "fined Ryanair and easyJet over refund delays": a name the parser coordinated with the verb, not its object
    own += [doc[c] for c in verb_hung_names(doc, i)]
    # "Trinidad and Tobago", "Serbia and Bosnia and Herzegovina": a part of a name another member starts is no member
    own = [t for t in own if not any(one_name(cols, o.i, t.i) for o in own)]
    # "Vinci, which runs Gatwick, and Ferrovial": the member the parser hung inside the relative clause is the noun's
    own += [doc[c] for r in kids[i] if dep[r] == "relcl" and r > i for c in _aside_members(doc, r)
            if aside_antecedent(doc, c) == i]
    # "Kenya's president William Ruto and his Tanzanian counterpart": a conjunct the parser hung on the name in
    # apposition to the first member
    own += [doc[g] for c in kids[i] if dep[c] == "appos" and pos[c] == "PROPN" and c > i
            for g in kids[c] if dep[g] == "conj" and g > c and (pos[g] == "NOUN" or closed_apposition(doc, c, g))]
    # "sold its fields to Renaissance, a group of local firms, and Oando": a name after the comma that closes a
    # description in apposition to the first member, hung on the description
    own += [doc[g] for c in kids[i] if dep[c] == "appos" and pos[c] == "NOUN" and c > i and pos[i] == "PROPN"
            for g in kids[c] if dep[g] == "conj" and g > c and closed_apposition(doc, c, g)]
    # "Cosco Shipping of China and Germany's Hapag-Lloyd": a name owned by a place, hung on the place of the first
    # member's "of", is a member of the list as the first one is (each a firm and where it is from)
    own += [doc[g] for c in kids[i] if dep[c] == "prep" and cols.lower[c] == "of" and pos[i] == "PROPN"
            for p in kids[c] if dep[p] == "pobj" and cols.ent_type[p] == "GPE"
            for g in kids[p] if dep[g] == "conj" and pos[g] == "PROPN" and cols.ent_type[g] != "GPE"
            and any(dep[k] == "poss" and cols.ent_type[k] == "GPE" for k in kids[g])]
    # "the Max Planck Institute in Stuttgart, Peking University and Argonne National Laboratory": bodies listed after
    # the place of the first member's "in", hung on the place; members of the list the first one begins
    own += [doc[g] for c in kids[i] if dep[c] == "prep" and cols.lower[c] == "in" and pos[i] == "PROPN"
            and cols.ent_type[i] == "ORG"
            for p in kids[c] if dep[p] == "pobj" and cols.ent_type[p] == "GPE"
            for g in conjunct_ids(cols, p) if g > p and pos[g] == "PROPN" and cols.ent_type[g] == "ORG"]
    # "Tesco, as well as Asda, criticised": the member the parser hung on "as well as" as its object
    own += [m for cc in kids[i] if cc > i and as_well_as(cols, cc) for o in kids[cc] if dep[o] == "pobj"
            and pos[o] in ("PROPN", "NOUN") for m in _conjuncts(doc[o], cols) if m.i not in {t.i for t in own}]
    # "met Trump on Monday and Rubio on Tuesday": a name the parser coordinated with the first object's time
    own += [doc[c] for c in dated_members(cols, i) if c not in {t.i for t in own}]
    # "lost to Sinner in Paris and to Alcaraz in London": the object of the same preposition repeated after "and"
    own += [m for r in repeated_preposition_objects(cols, i) for m in _conjuncts(doc[r], cols)
            if m.i not in {t.i for t in own}]
    if len(own) == 3 and described_pair(tok, own[1], own[2]):
        own = [tok]     # "Tbilisi, Georgia's capital and largest city,": one description, no list
    hung = hung_names(tok) or counted_names(tok)
    if hung:
        return hung     # "Kenya's and Uganda's foreign ministers, Musalia Mudavadi and Jeje Odongo, met": the two
    listed = listed_apposition(tok)
    if listed is None:
        return own
    members = [listed, *[c for c in listed.conjuncts if c.i > listed.i]]
    return members if plural(tok) else [*own, *[m for m in members if m.i not in {o.i for o in own}]]


def repeated_preposition_objects(cols, i: int) -> list[int]:
    """The objects of a preposition repeated after "and" or "or" for the object ``i`` of its first use, which the
    parser coordinates with the first preposition: "lost to Sinner in Paris and to Alcaraz in London", "was sued by
    New York City and by New Jersey" -> Alcaraz, New Jersey (each what the preposition relates the verb to). Only the
    same preposition ("to ... and from ..." relates another way), and none set against it ("to Sinner, not to
    Alcaraz"). The coordinator may be followed by an adverb of sequence, with which the parser hangs the second
    preposition on the verb: "spoke with Putin and then with Zelensky", "was sued by New York and later by New
    Jersey"."""
    dep, lower, kids = cols.dep, cols.lower, cols.children
    p = cols.head[i]
    if dep[i] != "pobj" or cols.pos[p] != "ADP" or dep[p] not in ("prep", "agent") or p > i:
        return []
    verb = cols.head[p]
    return [r for q in [*kids[p], *(kids[verb] if verb != p else ())] if q > i and (
                dep[q] == "conj" or dep[q] in ("prep", "agent") and cols.head[q] == verb) and cols.pos[q] == "ADP"
            and lower[q] == lower[p] and _coordinated_here(cols, q, p == cols.head[q])
            and not _set_against(cols, p, q) for r in kids[q] if dep[r] == "pobj"]


# Adverbs of sequence between a coordinator and what it joins ("and then with Zelensky", "and later to Lyon")
SEQUENCE_ADVERBS = frozenset("then later also again afterwards subsequently".split())


def _coordinated_here(cols, q: int, direct: bool) -> bool:
    """Whether "and" or "or" comes right before word ``q`` or, where ``direct`` is false (the parser hung ``q`` on
    the verb), before an adverb of sequence that is ``q``'s own, or "as well as" right before it ("endorsed by
    Sanders as well as by the Working Families Party")."""
    k = q - 1
    if not direct and as_well_as(cols, k):
        return True
    while not direct and k > 0 and cols.lower[k] in SEQUENCE_ADVERBS and cols.head[k] == q:
        k -= 1
    return cols.lower[k] in ("and", "or") and cols.dep[k] == "cc" and (direct or k < q - 1)



def dated_members(cols, i: int) -> list[int]:
    """Names after the time of a verb's object and "and", each with a time of its own, which the parser coordinates
    with the first time (or with the verb): "Netanyahu met Trump on Monday and Rubio on Tuesday", "visited Kyiv on
    Monday and Warsaw on Tuesday", "sued Orlen last year and Lumora this year" -> Rubio, Warsaw, Lumora (each met,
    visited or sued at its own time). Only a name of the object's own kind, right after the coordinator, and followed
    by a time of the verb or the sentence's end; positions, or none."""
    dep, kids, ent, pos = cols.dep, cols.children, cols.ent_type, cols.pos
    if dep[i] != "dobj" or pos[i] != "PROPN" or ent[i] not in ACTOR_ENTS:
        return []
    verb, doc = cols.head[i], cols.doc
    start = doc[i].right_edge.i + 1
    if start >= len(dep):
        return []
    time = next((t for t in [start, *kids[start]] if ent[t] in ("DATE", "TIME") and (
        t == start and dep[t] in ("npadvmod", "tmod") or dep[t] == "pobj" and dep[start] == "prep")), None)
    if time is None or cols.head[start] != verb:
        return []
    out = []
    for c in [*kids[time], *kids[verb]]:
        first = doc[c].left_edge.i
        after = doc[c].right_edge.i + 1
        if c <= time or dep[c] != "conj" or pos[c] != "PROPN" or ent[c] != ent[i] or first < 1 \
                or cols.lower[first - 1] != "and" or after >= len(dep):
            continue
        dated = ent[after] in ("DATE", "TIME") and dep[after] in ("npadvmod", "tmod") and cols.head[after] == verb \
            or dep[after] == "prep" and cols.head[after] == verb and any(
                dep[g] == "pobj" and ent[g] in ("DATE", "TIME") for g in kids[after])
        if dated and not any(dep[k] in ("nsubj", "aux") for k in kids[c]):
            out.append(c)
    return out


def dated_member(clause) -> bool:
    """Whether a clause's object is a member of its verb's object with a time of its own (:func:`dated_members`):
    Rubio of "met Trump on Monday and Rubio on Tuesday", whose date is not the verb's (Monday)."""
    verb, obj = clause.verb, clause.obj_head
    if verb is None or obj is None or obj.dep_ != "conj":
        return False
    cols = arrays(verb.doc)
    return any(obj.i in dated_members(cols, d) for d in cols.children[verb.i] if cols.dep[d] == "dobj")

# Words that may follow a gapped clause's count: its unit ("percent", "%"), and nothing else of a clause
COUNT_UNITS = frozenset({"%", "percent", "per", "cent"})


def gapped_subject(cols, c: int, verb: int) -> tuple[int, int] | None:
    """A name after a counted object and "and" that opens a second clause whose verb is left out, followed by its own
    count: "Kenya pledged 1,000 officers and Jamaica 200 soldiers", "Labour won 412 seats and the Conservatives 121",
    "Ruto won 50.5 percent of the vote and Odinga 48.8 percent" (Jamaica pledged soldiers, Kenya pledged no Jamaica).
    ``c`` is a word of the name, ``verb`` the verb whose object is counted. Returns the name's first and last
    positions, or None: the name comes right after the coordinator (and "the"), its count right after it, and only the
    count's noun and unit follow before the clause's end, a comma or a preposition."""
    lower, pos, dep = cols.lower, cols.pos, cols.dep
    doc = cols.doc
    n = len(lower)
    first = c
    while first > 0 and (pos[first - 1] == "PROPN" or cols.ent_iob[first] == "I"):
        first -= 1
    before = first - (lower[first - 1] == "the")
    if before < 2 or lower[before - 1] not in ("and", "or") or before - 1 <= verb:
        return None
    last = first
    while last + 1 < n and (pos[last + 1] == "PROPN" or cols.ent_iob[last + 1] == "I") and not cols.like_num[last + 1]:
        last += 1
    if last + 1 >= n or not cols.like_num[last + 1] or pos[first] not in ("PROPN", "NOUN") or not cols.ent_type[first]:
        return None
    k = last + 2
    while k < n and (pos[k] in ("NOUN", "ADJ") and cols.ent_type[k] not in ("GPE", "PERSON") or lower[k] in COUNT_UNITS
                     or cols.like_num[k]):
        k += 1      # ("and Belarus three Polish ones": the count's own adjective)
    if k < n and not (cols.is_punct[k] or pos[k] == "ADP" and cols.head[k] == verb or first_infinitive(cols, k, verb)):
        return None
    # the first clause's own object counted the same way, its count first ("1,000 officers", "412 seats", "50.5
    # percent"), of an active verb with no second object: not "fined Vexa 5 million euros and Lumora 3 million" nor
    # "Vexa was fined 5 million and Lumora 3 million" (Lumora was fined: the name stands for the verb's object)
    kids = cols.children[verb]
    if any(dep[k] in ("dative", "nsubjpass", "auxpass") for k in kids):
        return None
    counted = [o for o in kids if dep[o] in ("dobj", "attr") and o < first and (
        any(dep[g] == "nummod" for g in cols.children[o]) or cols.ent_type[o] in ("PERCENT", "MONEY", "QUANTITY"))
        and not any(pos[k] == "PROPN" for k in range(doc[o].left_edge.i, o))
        and all(cols.head[k] == verb and dep[k] in ("advmod", "prt") for k in range(verb + 1, doc[o].left_edge.i))]
    return (first, last) if counted else None


def first_infinitive(cols, k: int, verb: int) -> bool:
    """Whether word ``k`` is the "to" of an infinitive the parser hung on ``verb``, the first clause's purpose or
    complement that the gapped clause shares: "Apple paid 500 million dollars and Google 300 million to settle the
    claims"."""
    return cols.lower[k] == "to" and cols.dep[k] == "aux" and cols.head[cols.head[k]] == verb \
        and cols.dep[cols.head[k]] in ("advcl", "xcomp")


# The kinds of name that act or are acted on in a list of actors
ACTOR_ENTS = frozenset({"ORG", "GPE", "PERSON"})


def verb_tagged_name(cols, c: int) -> bool:
    """Whether conjunct ``c`` is a name the tagger took for a verb: "Epic Games and Spotify accused Apple", "Shell and
    Snap sued" (the NER's name of an actor, a bare word with no dependents of a verb's: no subject, object, auxiliary
    or modifier of its own)."""
    return cols.pos[c] == "VERB" and cols.ent_type[c] in ACTOR_ENTS and all(
        cols.dep[k] in ("compound", "punct", "cc", "conj") for k in cols.children[c])


def fused_names(cols, h: int) -> tuple[list[int], int] | None:
    """Two names the parser read as one phrase headed by the last word of the second: "signed deals with Orlen and
    Shell Energy Europe", "beat Katerina Siniakova and Taylor Townsend" (the first name's head a modifier of
    "Europe", the second name's first word its conjunct). Returns the heads of the names before the second (Orlen;
    with more, each of the list) and the first word of the second name (Shell), or None. Only where the entity
    finder resolved each name apart, the last running from right after the coordinator to the head word: not "Procter
    and Gamble Co" (one name), nor where the finder has not run (Open IE keeps the parse)."""
    ends = cols.name_spans
    if ends is None or cols.pos[h] != "PROPN" or ends[h] != h + 1:
        return None
    dep, kids = cols.dep, cols.children
    for n in kids[h]:
        if n > h or dep[n] not in ("nmod", "compound") or cols.pos[n] != "PROPN" or ends[n] != n + 1:
            continue
        chain = conjunct_ids(cols, n)
        last = [c for c in chain if n < c < h and all(ends[k] == h + 1 for k in range(c, h + 1))]
        if len(last) != 1 or dep[last[0] - 1] != "cc" or cols.lower[last[0] - 1] not in ("and", "or") \
                or ends[last[0] - 1] > last[0] - 1:
            continue
        members = [n, *[c for c in chain if c < last[0] and cols.pos[c] == "PROPN" and ends[c] == c + 1]]
        return members, last[0]
    return None


def opens_clause(doc, c: int) -> bool:
    """Whether conjunct ``c`` is the subject of the finite verb right after it, a clause of its own that the parser
    hung below the first with no subject: "Liverpool drew with Everton and Newcastle lost to Brentford" (Newcastle
    lost; it is no member of the list "with" begins), as :func:`kg.extract.repairs.conjoined_name_subject` finds,
    where the verb is not above the list."""
    after = doc[c].right_edge.i + 1
    if after >= len(doc) or arrays(doc).pos[after] != "VERB":
        return False
    from kg.extract.repairs import conjoined_name_subject   # (imported where a verb follows: repairs imports the
    found = conjoined_name_subject(doc[after])              # modules that import this one)
    return found is not None and found.i == c and not doc[after].is_ancestor(doc[c])
    # (not a list below the verb itself: "After talks in Geneva, the United States and China agreed", the parser
    # hanging the list on the place, is the verb's subject, each member of it)


def verb_hung_names(doc, i: int) -> list[int]:
    """The names after a verb's object and "and" that the parser hung on the verb as its conjuncts, not on the object:
    "The ministry fined Ryanair and easyJet over refund delays" (easyJet, a noun coordinated with "fined"); members of
    the object's list. Only a name the NER found, with no subject or auxiliary of its own, right after the object's
    last word and the coordinator (and a comma); none set against the object ("fined Vexa, not Orlen")."""
    cols = arrays(doc)
    if cols.dep[i] != "dobj":
        return []
    end = doc[i].right_edge.i
    out = []
    for c in cols.children[cols.head[i]]:
        if c <= end or cols.dep[c] != "conj" or cols.pos[c] not in ("NOUN", "PROPN") or \
                cols.ent_type[c] not in ACTOR_ENTS or _set_against(cols, cols.head[i], c) \
                or gapped_subject(cols, c, cols.head[i]):
            continue
        cc = doc[c].left_edge.i - 1
        if cols.dep[cc] == "cc" and cols.lower[cc] in ("and", "or") and end in (cc - 1, cc - 2) \
                and (end == cc - 1 or cols.text[cc - 1] == ",") and not any(
                cols.dep[k] in ("nsubj", "nsubjpass", "aux", "auxpass") for k in cols.children[c]):
            out.append(c)
    return out


def closed_apposition(doc, appos: int, conj: int) -> bool:
    """Whether a name coordinated with a name in apposition follows the comma that closes the apposition and a
    coordinator: "Norway's oil company, Equinor, and Shell will develop the field", "The regulator, Ofgem, and the
    National Grid criticised": the parser hangs the second member on the apposition; it is a member of the list the
    described noun begins (not a second name of it: the comma before "and" closes the apposition), and not one set
    against it ("the regulator, Ofgem, but not the Grid")."""
    cols = arrays(doc)
    first = doc[conj].left_edge.i
    return (cols.pos[conj] == "PROPN" and first - 2 > appos and cols.lower[first - 1] in ("and", "or")
            and cols.text[first - 2] == "," and cols.dep[first - 1] == "cc" and not _set_against(cols, appos, conj)
            and all(cols.dep[k] != "conj" for k in range(appos + 1, first - 2)))


def aside_antecedent(doc, i: int) -> int | None:
    """The noun a second member belongs to that the parser hung on the object of a relative clause set off by commas:
    in "Among the bidders are Vinci, which runs Gatwick, and Ferrovial, which sold its stake", Ferrovial is coordinated
    with Vinci, not with Gatwick. Only a list of two with a comma before its "and" (which a list of two never has when
    it is the clause's own: "which runs Gatwick and Stansted,"), whose first member ends at that comma. Returns the
    position of the relative clause's noun, or None."""
    cols = arrays(doc)
    if cols.dep[i] != "conj":
        return None
    first = cols.head[i]
    left = doc[i].left_edge.i
    if left < 3 or cols.lower[left - 1] not in ("and", "or") or cols.text[left - 2] != "," \
            or not (left - 3 == first or doc[first].is_ancestor(doc[left - 3])) or cols.dep[first] == "conj" \
            or any(cols.dep[c] == "conj" and c != i for c in cols.children[first]):
        return None
    verb = cols.head[first]
    while cols.dep[verb] in ("prep", "pobj", "dobj", "xcomp", "ccomp", "conj") and cols.head[verb] != verb and \
            cols.dep[verb] != "relcl":
        verb = cols.head[verb]
    if cols.dep[verb] != "relcl" or cols.head[verb] >= first:
        return None
    noun = cols.head[verb]
    start = doc[verb].left_edge.i
    if start < 1 or cols.text[start - 1] != "," or cols.lower[start] not in lx.RELATIVE_PRONOUNS:
        return None
    return noun


def _aside_members(doc, relcl: int) -> list[int]:
    """The conjuncts hung inside a relative clause's words (candidates for :func:`aside_antecedent`)."""
    cols = arrays(doc)
    return [c for c in range(relcl, doc[relcl].right_edge.i + 3 if doc[relcl].right_edge.i + 3 < len(doc) else len(doc))
            if cols.dep[c] == "conj" and doc[relcl].is_ancestor(doc[c])]


def captioned_title(doc, i: int) -> bool:
    """Whether a conjunct is a bare capitalised title after a name and a comma, its holder's caption, not a second
    actor: "Upasna Bhardwaj, Chief Economist, Kotak Mahindra Bank, said" (the parser reads the title as a
    conjunct of the name and the firm as the title's apposition)."""
    t = doc[i]
    first = t.left_edge.i
    return (t.pos_ == "PROPN" and t.lemma_.lower() in lx.TITLE_NOUNS and first > 1 and doc[first - 1].text == ","
            and not any(c.dep_ in ("det", "poss") for c in t.children))


def described_pair(name: Token, first: Token, last: Token) -> bool:
    """ "Tbilisi, Georgia's capital and largest city, sits on the Kura": after a name and a comma, two nouns under
    one determiner are one description of the name, not two more members of a list: the last ("largest city") is
    singular with no determiner of its own and cannot stand alone, and no "and" stands between name and comma."""
    doc = name.doc
    if name.pos_ != "PROPN" or first.pos_ != "NOUN" or last.pos_ != "NOUN" or last.tag_ != "NN" \
            or first.head != name or last.head != first or first.dep_ != "conj" or last.dep_ != "conj":
        return False
    comma = first.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or any(t.dep_ == "cc" for t in doc[name.i + 1:comma]):
        return False
    between = doc[first.i + 1:last.left_edge.i]
    return any(c.dep_ in ("det", "poss") and c.i < first.i for c in first.children) \
        and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in last.children) \
        and [t.lower_ for t in between] in (["and"], ["or"])


def plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


def apposed_next(head: Token, appos: Token) -> bool:
    """Whether an apposition follows its noun's own words with only punctuation between: not one the parser hung
    across a verb ("The blockades were organised by the FNSEA, France's largest farm union": the union is the
    FNSEA's, not the blockades')."""
    cols = arrays(head.doc)     # asked of every apposition: the words between by position, their heads climbed
    h, heads, punct = head.i, cols.head, cols.is_punct
    for i in range(h + 1, appos.left_edge.i):
        if punct[i]:
            continue
        k = i
        while heads[k] != k and heads[k] != h:      # (Token.is_ancestor: h on the way from i up to the root)
            k = heads[k]
        if heads[k] != h:
            return False
    return True


def listed_apposition(tok: Token) -> Token | None:
    """The first member of a list in apposition to the token: "A, B and C", "three firms, A, B and C"."""
    cols = arrays(tok.doc)
    if not any(cols.dep[c] == "appos" and c > tok.i for c in cols.children[tok.i]):
        return None     # (asked of every conjunct's head: most have no apposition after them)
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and not apposed_next(tok, c):
            continue    # "The blockades were organised by X, the union, and Y": no apposition across the verb
        if c.dep_ == "appos" and c.i > tok.i and any(g.dep_ == "conj" for g in c.children) and \
                any(g.dep_ == "cc" for g in c.subtree) and (plural(tok) or tok.pos_ == c.pos_ == "PROPN" and all(
                    g.pos_ == "PROPN" for g in c.conjuncts)):
            return c    # not "Brad Smith, the company's president and vice chair": a description is no member
        if c.dep_ == "appos" and c.i > tok.i and open_list(tok, c):
            return c
    return None


INDEFINITE = frozenset({"a", "an"})


def open_list(tok: Token, appos: Token) -> bool:
    """ "The mayor, the governor and the senator attended": after a noun with its own determiner, nouns each with a
    definite determiner or a possessor of their own, the last after "and" or "or", and no comma closing them: a list
    the parser hung as an apposition. Not "The winner, a teacher and a mother of three, thanked" (a description
    closed by a comma, and an indefinite one), nor "Brad Smith, the company's president and vice chair" (a second
    noun with no determiner of its own describes the same one)."""
    doc = tok.doc
    if appos.pos_ != "NOUN" or not (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and determined(tok)):
        return False
    if tok.pos_ == "PROPN" and appos.lemma_.lower() in lx.TITLE_NOUNS:
        return False    # "Tom Lee, the Europe director of Amnesty International, and Eva Holm": his title
    members = [appos, *[c for c in appos.conjuncts if c.i > appos.i]]
    last = members[-1]
    after = last.right_edge.i + (0 if doc[last.right_edge.i].text == "," else 1)
    return len(members) > 1 and all(m.pos_ == "PROPN" or m.pos_ == "NOUN" and determined(m) for m in members) \
        and not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in appos.children) \
        and doc[last.left_edge.i - 1].lower_ in ("and", "or") and not set_against(appos, last) \
        and (after >= len(doc) or doc[after].text != ",")


def determined(noun: Token) -> bool:
    """Whether a noun has a determiner or a possessor of its own ("the governor", "his deputy")."""
    return any(c.dep_ in ("det", "poss") and c.i < noun.i for c in noun.children)


def hung_names(noun: Token) -> list[Token]:
    """The names a plural description is followed by between commas, which the parser hung as conjuncts of the noun
    or of a name inside its of-phrase instead of in apposition: "Kenya's and Uganda's foreign ministers, Musalia
    Mudavadi and Jeje Odongo, met", "The presidents of Kenya and Tanzania, William Ruto and Samia Suluhu Hassan,
    opened": the names stand for the noun (the ministers do not meet themselves). Two names or more, the last after
    "and", closed by a comma that ends the noun's phrase; empty for any other noun ("Workers, Vexa and Lumora
    signed": no closing comma, a list of three)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return []
    doc = noun.doc
    right = noun.right_edge.i
    for c in noun.subtree:
        if c.i <= noun.i or c.pos_ != "PROPN" or c.dep_ not in ("conj", "appos") or doc[c.left_edge.i - 1].text != ",":
            continue
        if c.head == noun and not apposed_next(noun, c):
            continue    # "Police arrested two men, Omar Said and Karim Bell,": names hung across the verb are the men
        if c.dep_ == "conj" and c.head != noun and not any(
                k.dep_ == "cc" and k.lower_ in ("and", "or") and c.head.i < k.i < c.i for k in c.head.children):
            continue    # "exports to Michigan, New York and Minnesota,": the names go on a list, not begin one
        names = [c, *[d for d in c.conjuncts if d.i > c.i]]
        last = names[-1]
        end = last.right_edge.i
        if len(names) < 2 or not all(n.pos_ == "PROPN" and n.ent_type_ for n in names) \
                or doc[last.left_edge.i - 1].lower_ != "and" or end + 1 >= len(doc) or doc[end + 1].text != "," \
                or right not in (end, end + 1):
            continue
        return names
    return []


# Counts a plural description gives before the names it lists ("two brothers, X and Y")
COUNT_WORDS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}
# Name words a listed person's name may hold in lower case ("Els van Doesburg", "Rachid el Amrani")
LISTED_PARTICLES = frozenset("van von der den de da das dos del della di du la le el al bin ibn ter".split())


def counted_names(noun: Token) -> list[Token]:
    """The names a counted plural description lists right after a comma, as many as it counts, the last after "and",
    closed by a comma or the sentence's end: "jailed two brothers, Yassine Haddou and Bilal Haddou, for eight
    years", "fired two managers, Anna Berg and Lena Holm, last week" -> the last word of each name, which stands for
    the noun. Read from the words, not the parse, which hangs such names on the verb, on the sentence's subject or
    inside one another ("Yassine Haddou and Bilal" read as one name before "Haddou"). Empty for a count the names do
    not match ("two firms, Vexa, Lumora and Orlen"), for names that are times ("three days, Monday, Tuesday and
    Friday") and for any other noun."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return []
    cols = arrays(noun.doc)     # asked of every plural noun: its children and the words after it by position
    count = next((COUNT_WORDS.get(cols.lower[c]) or (int(cols.text[c]) if cols.text[c].isdigit() else None)
                  for c in cols.children[noun.i] if cols.dep[c] == "nummod"), None)
    if count is None or count > 10:
        return []
    end = cols.sentence_of(noun.i)[1] + 1   # (by position: Token.sent makes a Span)
    if noun.i + 2 >= end or cols.text[noun.i + 1] != ",":
        return []
    groups: list[list[int]] = []
    current: list[int] = []
    after_and = False
    k = noun.i + 2
    while k < end:
        word = cols.text[k]
        if word[:1].isupper() and word.isalpha() or current and (word in LISTED_PARTICLES or word == "-"
                                                                  or cols.text[k - 1] == "-"):
            current.append(k)
        elif word == "," or word == "and":
            if not current:
                if word == "and" and groups and cols.text[k - 1] == ",":
                    after_and = True    # ", and": the last name follows
                    k += 1
                    continue
                return []
            groups.append(current)
            current = []
            if after_and:
                break       # the comma that closes the list
            after_and = word == "and"
        else:
            break
        k += 1
    if current:
        groups.append(current)
    closed = k >= end or cols.text[k] in (",", ".") or cols.is_punct[k] and k == end - 1
    if not after_and or not closed or len(groups) != count:
        return []
    if any(cols.ent_type[g] in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY") for grp in groups
           for g in grp):
        return []
    return [noun.doc[g[-1]] for g in groups]


def listed_names(noun: Token) -> list[Token]:
    """ "Mining giants BHP and Anglo American": the names a plural description stands for, in close apposition
    right after it (no comma between) and coordinated; empty for any other noun ("the firms, BHP among them")."""
    if not (noun.tag_ == "NNS" and noun.pos_ == "NOUN" or noun.tag_ == "VBZ" and noun.dep_ == "nsubj"):
        return []   # ("Mining giants BHP and ...": a plural the tagger took for a verb, still the subject)
    doc = noun.doc
    for c in noun.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1 and c.ent_type_ and not any(
                t.is_punct for t in doc[noun.i + 1:c.left_edge.i + 1]):
            names = conjuncts(c)
            return names if len(names) > 1 and all(n.pos_ == "PROPN" for n in names) else []
    return []


# Prepositions that pick members out of the plural noun they follow: "several firms, including Siemens and ABB", "three
# lenders, among them Barclays"
INCLUDING_WORDS = frozenset({"including", "among"})


# People who work for a body, that its name after "at" or "from" makes its own: "researchers at X and Y", "economists
# at Nomura and Mizuho"
STAFF_NOUNS = frozenset("""researcher scientist economist analyst strategist engineer expert investigator
inspector""".split())


def staff_names(noun: Token | None) -> list[Token]:
    """The bodies a plural noun of staff names after "at" or "from", one or a list: "Researchers at the Max Planck
    Institute, Peking University and Argonne National Laboratory tested samples" -> the three (each body's
    researchers did), "Economists at Nomura Securities warned" -> Nomura Securities. Empty for any other noun, or for
    places ("researchers from Britain and France": no state's act)."""
    if noun is None or noun.tag_ != "NNS" or noun.lemma_.lower() not in STAFF_NOUNS:
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "from") and prep.i == noun.i + 1:
            names = [n for o in prep.children if o.dep_ == "pobj" for n in conjuncts(o)]
            if names and all(n.pos_ == "PROPN" and n.ent_type_ != "GPE" for n in names):
                return names
    return []


def included_names(noun: Token | None) -> list[Token]:
    """The members a noun's "including" or "among" phrase names, each of a list: "Several firms, including Siemens,
    ABB and Schneider Electric, bid" -> Siemens, ABB, Electric (heads); "sanctioned several banks, including
    Sberbank and VTB" -> Sberbank, VTB. Empty for a noun with no such phrase after it."""
    if noun is None:
        return []
    cols = arrays(noun.doc)
    doc = noun.doc
    return [m for p in cols.children[noun.i] if p > noun.i and cols.dep[p] == "prep" and cols.lower[p] in INCLUDING_WORDS
            for o in cols.children[p] if cols.dep[o] == "pobj" for m in conjuncts(doc[o])]


# Verbs that take a clause as their complement ("said Kyiv and Moscow had agreed", "knew Vexa and Lumora would
# merge"): after them a subject of two names is the complement's. Any other verb has none, and "A and B" after it
# is its object and the next clause's subject run together.
CLAUSE_VERBS = lx.REPORTING_VERBS | lx.HYPOTHETICAL_VERBS | lx.REQUEST_VERBS | lx.DENIAL_VERBS | frozenset("""
know see hear find decide ensure feel doubt suspect learn understand realise realize remember notice prove guarantee
imply assume guess worry recommend require rule bet accept determine conclude judge verify check wonder question
demand mean insist expect argue post boast answer joke shout whisper""".split())


def split_clauses(verb: Token) -> tuple[Token, Token] | None:
    """Two clauses joined by "and" that the parser read as one: "Ericsson sued Nokia and Samsung sued Apple" (the
    parser makes "Nokia and Samsung" the subject of a complement clause of "sued", which takes none: Nokia sued no
    one, Ericsson sued no clause), or "Russia attacked Kyiv and Ukraine struck Belgorod" (the first clause read as
    the second one's fronted complement). For the second verb, returns (the first verb's object, the second verb's
    subject): (Nokia, Samsung). None for any other verb: a complement of a verb that takes one ("said Kyiv and Moscow
    had agreed"), one with a "that" or an object before it, a subject of more than two names, or one that does not
    follow the first verb right away."""
    doc = verb.doc
    cols = arrays(doc)
    v = verb.i
    if cols.tag[v] not in ("VBD", "VBZ", "VBP") or any(cols.dep[c] in ("mark", "nsubjpass", "expl")
                                                        for c in cols.children[v]):
        return None
    subjects = [c for c in cols.children[v] if cols.dep[c] == "nsubj" and c < v]
    if len(subjects) != 1:
        return None
    a = subjects[0]
    start = doc[a].left_edge.i
    if cols.dep[v] == "ccomp" and cols.head[v] < v:
        first = cols.head[v]
    else:
        first = next((c for c in cols.children[v] if cols.dep[c] == "ccomp" and c < start
                      and doc[c].right_edge.i == start - 1 and cols.tag[c] in ("VBD", "VBZ", "VBP")), None)
        if first is None:
            return None
    if cols.pos[first] != "VERB" or cols.lemma_lower[first] in CLAUSE_VERBS \
            or any(cols.dep[c] in ("dobj", "dative", "ccomp", "xcomp") and c != v for c in cols.children[first]) \
            or any(cols.dep[c] in ("mark", "nsubjpass") for c in cols.children[first]) \
            or not any(cols.dep[c] == "nsubj" for c in cols.children[first]):
        return None
    conj = [c for c in cols.children[a] if cols.dep[c] == "conj"]
    if len(conj) != 1 or any(cols.dep[c] == "conj" for c in cols.children[conj[0]]):
        return None
    b = conj[0]
    cc = doc[b].left_edge.i - 1
    if start != first + 1 + sum(1 for c in cols.children[first] if cols.dep[c] == "prt" and c == first + 1) \
            or cols.lower[cc] != "and" or cols.pos[b] != "PROPN" or cols.pos[a] not in ("PROPN", "NOUN") \
            or not all(cols.head[k] == v and cols.dep[k] in ("aux", "advmod", "neg")
                       for k in range(doc[b].right_edge.i + 1, v)):
        return None     # ("and Samsung later sued", "and Samsung has sued": the second verb's own words between)
    return doc[a], doc[b]


def fronted_coordinate(verb: Token, comp: Token) -> bool:
    """Whether a clause the parser made a verb's complement is the clause before it in a list of clauses, set off by
    a comma: "Shell sold its stake to Eni, BP bought a field", "Arsenal beat Chelsea, Liverpool drew with Everton" (BP
    bought no clause). A finite clause with a subject of its own that ends at the comma right before the verb's
    subject, of a verb that takes no clause (not "Prices will rise, analysts expect")."""
    doc = verb.doc
    cols = arrays(doc)
    c = comp.i
    if cols.dep[c] != "ccomp" or c > verb.i or cols.tag[c] not in ("VBD", "VBZ", "VBP") \
            or cols.lemma_lower[verb.i] in CLAUSE_VERBS or not any(cols.dep[k] == "nsubj" for k in cols.children[c]):
        return False
    end = comp.right_edge.i
    return any(cols.dep[k] == "nsubj" and k > end and doc[k].left_edge.i == end + 2 and cols.text[end + 1] == ","
               for k in cols.children[verb.i])


def split_first(verb: Token) -> tuple[Token, Token] | None:
    """For the first verb of two clauses :func:`split_clauses` finds run together, the pair it finds: (its object,
    the second verb), or None."""
    cols = arrays(verb.doc)
    v = verb.i
    for w in (*cols.children[v], cols.head[v]):
        if w != v and (cols.dep[w] == "ccomp" and cols.head[w] == v or cols.dep[v] == "ccomp" and w == cols.head[v]):
            pair = split_clauses(verb.doc[w])
            if pair is not None:
                return pair[0], verb.doc[w]
    return None
