"""Rewrites of one clause before Open IE prints it: appositions that state no identity, the name a nationality
is said of, a noun's infinitive, a date apart from its argument, modifiers two nouns share."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, arg_tokens
from kg.extract.clauses import noun_infinitive
from kg.extract.implicit import close_name, described, is_demonym, name_tokens, origin_words, person_noun
from kg.extract.openargs import adjacent_name
from kg.extract.openwords import dash_joined


NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def no_identity(clause: Clause) -> bool:
    """Whether an apposition or a title states no identity: "the Japanese carmaker Toyota", "the Smith–Jones bill"
    (one phrase); "A, B, and C" (a list); "John Smith, Jr." (the name's own suffix); "in Bali, Indonesia, next
    month" (a date); "Photo: Reuters" (a colon); "the tax, not the tariff," (a contrast)."""
    return clause.kind == "appos" and (joined_apposition(clause.subj_head, clause.obj_head)
                                       or listed(clause.obj_head) or clause.obj_head.lower_ in NAME_SUFFIXES
                                       or clause.obj_head.ent_type_ in ("DATE", "TIME")
                                       or colon_between(clause.subj_head, clause.obj_head)
                                       or contrasted(clause.subj_head, clause.obj_head)) \
        or clause.kind == "title" and any(c.dep_ == "appos" and listed(c) and c.is_ancestor(clause.obj_head)
                                          for c in clause.subj_head.children)


def misread(clause: Clause) -> bool:
    """Whether the parse made a clause of words that belong elsewhere: "the 400-seat National Assembly", "a
    five-year plan": a number joined to a noun by a dash is a measure, no description of the name; a relation the
    text implies whose object is a bare pronoun ("its unit, Gamesa"); or a participle that describes the noun after
    it (`participle_adjective`)."""
    obj = clause.obj
    if participle_adjective(clause):
        return True
    if clause.kind in ("implicit", "title", "member") and obj and len(obj) == 1 and obj[0].pos_ == "PRON":
        return True     # "its Spanish unit, Gamesa": (Gamesa; is unit of; its) names no one
    return clause.kind == "implicit" and clause.predicate == "be" and bool(obj) and len(obj) >= 3 \
        and obj[0].like_num and obj[1].text in "-\u2013" and not obj[1].whitespace_


# Verbs that take a gerund as their object ("started writing novels", "recalled meeting the president"): the gerund
# is a verb of its own
GERUND_VERBS = frozenset("""start begin stop keep continue finish quit resume cease halt avoid consider deny admit
enjoy risk suggest recommend mind miss practise practice delay postpone imagine involve mention justify tolerate
discuss describe regret report recall remember forget try hate like love prefer propose favour favor include mean
require need deserve entail resist spend""".split())


def participle_adjective(clause: Clause) -> bool:
    """ "conducted pioneering research on radioactivity": an -ing word the parser made the complement of a verb that
    takes no gerund, right before its bare noun object, describes the noun (the verb's object is the whole phrase);
    no tuple of its own."""
    verb, obj = clause.verb, clause.obj
    if clause.kind != "verb" or verb is None or verb.tag_ != "VBG" or verb.dep_ != "xcomp" or not obj:
        return False
    noun = clause.obj_head
    return noun is not None and noun.dep_ == "dobj" and noun.head == verb and obj[0].i == verb.i + 1 \
        and noun.pos_ == "NOUN" and verb.head.lemma_.lower() not in GERUND_VERBS \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def across_semicolon(clause: Clause) -> Clause | None:
    """ "The firm does not make engines; it buys them": a clause before a semicolon is no object of the verb after
    it (a semicolon joins two sentences). The verb keeps its other arguments ("he was readmitted in 1841"), or gives
    no tuple when it has none."""
    verb, obj = clause.verb, clause.obj
    if clause.kind != "comp" or verb is None or not obj or obj[-1].i > verb.i \
            or not any(verb.doc[k].text == ";" for k in range(obj[-1].i + 1, verb.i)):
        return clause
    if not clause.extras:
        return None
    return replace(clause, kind="verb", obj=clause.extras[0], surface_obj=None, extras=clause.extras[1:])


def contrasted(head: Token, appos: Token) -> bool:
    """ "the tax, not the tariff,": a noun after "not" is set against the one before it, not another name for it."""
    return any(c.dep_ == "neg" and c.i == appos.left_edge.i - 1 for c in head.children)


DASHES = frozenset(("\u2013", "\u2014", "--", "-"))


def outside_dashes(clause: Clause) -> Clause:
    """ "infected 500 million people \u2013 about a third of the population at the time \u2013 and killed ...": a
    further argument that stands inside an aside set off by two dashes, away from the verb, belongs to the aside
    ("at the time" says when a third was the population), not to the verb the parser hung it on."""
    verb = clause.verb
    if verb is None or not clause.extras:
        return clause
    doc = verb.doc
    sent = verb.sent
    dashes = [t.i for t in sent if t.text in DASHES and (t.text != "-" or t.whitespace_ and t.i > 0
                                                           and doc[t.i - 1].whitespace_)]
    pairs = list(zip(dashes[::2], dashes[1::2]))
    keep = [e for e in clause.extras if not e or not any(a < e[0].i and e[-1].i < b and not a < verb.i < b
                                                         for a, b in pairs)]
    return clause if len(keep) == len(clause.extras) else replace(clause, extras=keep)


def colon_between(a: Token, b: Token) -> bool:
    """ "Photo: Reuters", "BREAKING: ...": what a colon introduces is no other name for the word before it."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ":" for t in a.doc[lo:hi])


def listed(appos: Token) -> bool:
    """ "the mayor of Lyon, the mayor of Nice, and the mayor of Lille": an apposition that the next member of a
    coordination repeats word for word is one member of a list, not another name for the noun before it."""
    doc = appos.doc
    k = appos.right_edge.i + 1
    while k < len(doc) and (doc[k].text == "," or doc[k].dep_ in ("cc", "det", "amod", "compound")):
        k += 1
    follows = [doc[j] for j in range(appos.right_edge.i + 1, min(k + 1, len(doc)))]
    return any(t.dep_ == "cc" for t in follows) and k < len(doc) and doc[k].dep_ == "conj" \
        and doc[k].lemma_.lower() == appos.lemma_.lower()


def joined_apposition(head: Token, appos: Token) -> bool:
    """An apposition with no comma between it and its noun ("the Japanese carmaker Toyota"), or one joined to it
    by a dash inside a word ("the Smith–Jones bill"): the words are one phrase."""
    return appos == close_name(head) or dash_joined(head, appos)


def origin_of_name(clause: Clause) -> Clause:
    """ "Siemens Energy, the German turbine maker,", "the Spanish utility Iberdrola": the country a description's
    nationality word names is where the name it describes is from, (Siemens Energy; is from; Germany)."""
    noun = clause.subj_head
    if clause.kind != "implicit" or clause.predicate != "from" or noun is None or noun.pos_ != "NOUN" \
            or clause.obj_head is None or noun not in (clause.obj_head.head, clause.obj_head.head.head) or not (
                is_demonym(clause.obj_head) or origin_words(clause.obj_head, noun)):
        return clause       # only a nationality word on the description itself, not "a Democrat from Ohio"
    name = described(noun) or adjacent_name(noun)
    if name is None or name.pos_ != "PROPN" or name == clause.obj_head:
        return clause       # ("The marathon runner, a Kenyan,": the nationality noun is no name of the runner)
    return replace(clause, subj=name_tokens(name), subj_head=name)


def apposed_participle(clause: Clause) -> Clause:
    """ "Ana Ferreira, a Brazilian doctor working for MSF,": a participle on a description apposed to a name says
    what the name does, (Ana Ferreira; working for; MSF), not the description."""
    verb, noun = clause.verb, clause.subj_head
    if clause.kind != "verb" or verb is None or noun is None or verb.dep_ != "acl" or verb.head != noun \
            or verb.tag_ not in ("VBG", "VBN") or noun.pos_ != "NOUN" or noun.dep_ != "appos" \
            or noun.head.pos_ != "PROPN" or noun.head.i > noun.i or noun.head.ent_type_ in lx.QUANTITY_TYPES | {
                "DATE", "TIME"}:
        return clause
    return replace(clause, subj=name_tokens(noun.head), subj_head=noun.head)


def noun_with_infinitive(clause: Clause) -> Clause:
    """ "He became the first African to win the award": the noun's infinitive, which the parser hung on the linking
    verb, stays in the object, as when it reads it as the noun's own ("the only judge to oppose the ruling")."""
    verb, noun = clause.verb, clause.obj_head
    if verb is None or noun is None or not clause.obj or clause.surface_obj is not None or clause.kind not in (
            "copula", "verb"):
        return clause
    inf = [c for c in verb.children if c.dep_ == "xcomp" and noun_infinitive(c) and noun.right_edge.i + 1 == c.left_edge.i]
    if not inf:
        return clause
    return replace(clause, obj=[*clause.obj, *[t for t in inf[0].subtree if not t.is_punct or t.i < inf[0].right_edge.i]])


def aged(clause: Clause) -> Clause:
    """ "has died aged 82": "aged" and the age the parser hung on the verb apart are one argument, (X; has died; aged
    82), whether it read "aged" as the object or as a clause of its own."""
    obj = clause.obj
    for k, part in enumerate(clause.extras):
        first = part[0] if part else None
        if first is None or not first.like_num or first.i == 0 or first.doc[first.i - 1].lower_ != "aged":
            continue
        before = first.doc[first.i - 1]
        if obj and len(obj) == 1 and obj[0] == before and clause.surface_obj is None:
            return replace(clause, obj=[*obj, *part], extras=clause.extras[:k] + clause.extras[k + 1:])
        if not obj or before not in obj:
            return replace(clause, extras=[*clause.extras[:k], [before, *part], *clause.extras[k + 1:]])
    return clause


TIME_PREPOSITIONS = frozenset("in on during since until by".split())


def time_apart(clause: Clause) -> Clause:
    """ "bought the firm for $300 million in 2022", "co-founded the start-up in 2015": a date closing an argument,
    which the parser hung on the argument's noun, says when the verb's event was: it is an argument of its own."""
    if clause.kind != "verb" or clause.verb is None:
        return clause
    has_obj = bool(clause.obj) and clause.surface_obj is None
    if clause.surface_obj and clause.obj and (cut := after_time(clause.surface_obj)) and len(cut) < len(clause.obj):
        # "were suspended | for a week after the attack": the phrase after the time is an argument of its own
        clause = replace(clause, obj=clause.obj[:-len(cut)], surface_obj=clause.surface_obj[:-len(cut)],
                         extras=[cut, *clause.extras])
    parts = [clause.obj] if has_obj else []
    parts += clause.extras
    out, changed = [], False
    for k, part in enumerate(parts):
        cut = date_phrase(part, any_noun=has_obj and k == 0) or after_time(part)
        if cut:
            out += [part[:-len(cut)], cut]
            changed = True
        else:
            out.append(part)
    if not changed:
        return clause
    if has_obj:
        return replace(clause, obj=out[0], extras=out[1:])
    return replace(clause, extras=out)


def after_time(part: list[Token]) -> list[Token]:
    """ "was closed for two hours by volcanic ash", "was jailed for six years for fraud": the tokens of a phrase that
    ends ``part`` and that the parser hung on the time the part opens with ("for two hours"), or []. A span of time
    takes no such phrase of its own (but "the end of the year" does): it is the verb's."""
    if len(part) < 4 or part[0].dep_ != "prep":
        return []
    have = {t.i for t in part}
    times = [g for g in part[0].children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]
    if not times:
        return []
    for q in times[0].children:
        if q.dep_ == "prep" and q.i > times[0].i and q.lower_ != "of" and q.right_edge.i == part[-1].i \
                and all(t.i in have for t in q.subtree) and any(g.dep_ == "pobj" for g in q.children):
            return [t for t in part if t.i >= q.left_edge.i]
    return []


def date_phrase(part: list[Token], any_noun: bool) -> list[Token]:
    """The tokens of a time phrase ("in 2022") that ends ``part`` hung on a noun inside it, or []. Only on the
    object's nouns (``any_noun``) or on an amount ("for $300 million in 2022"): an event in a phrase of its own
    keeps its date ("after the Battle of Culloden in 1746", "in a vote on Wednesday")."""
    if len(part) < 3:
        return []
    have = {t.i for t in part}
    for p in part[1:]:
        pobj = [c for c in p.children if c.dep_ == "pobj"]
        if p.dep_ == "prep" and p.lower_ in TIME_PREPOSITIONS and p.head.i in have and p.head.i < p.i \
                and p.head.pos_ in ("NOUN", "PROPN", "NUM") and pobj and pobj[0].ent_type_ == "DATE" \
                and (any_noun or p.head.ent_type_ in lx.QUANTITY_TYPES) \
                and p.right_edge.i == part[-1].i and all(t.i in have for t in p.subtree) and part[0].i < p.i - 1:
            return [t for t in part if t.i >= p.i]
    return []


# nouns for people that a place can be too ("France, a close ally"), or that name a body of people
NOT_PEOPLE = frozenset("ally rival friend partner successor predecessor neighbour neighbor fund squad team".split())


def place_apposition(clause: Clause) -> Clause:
    """ "The senator from Arizona, a former astronaut, retired": an apposition for a person that the parser hung on the
    place closing a noun's phrase ("from Arizona", "in Leeds") speaks of that noun: a place is no astronaut."""
    place = clause.subj_head
    if clause.kind != "appos" or place is None or clause.obj_head is None or place.ent_type_ not in ("GPE", "LOC") \
            or place.dep_ != "pobj" or not person_noun(clause.obj_head) or clause.obj_head.pos_ != "NOUN" \
            or clause.obj_head.lemma_.lower() in NOT_PEOPLE:
        return clause
    noun = place.head.head
    if place.head.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return clause
    return replace(clause, subj=arg_tokens(noun), subj_head=noun)


OWN_DETERMINERS = ("det", "poss", "nummod", "predet")


def shared_modifiers(clause: Clause) -> Clause:
    """ "the capital and largest city of Kenya", "the founder and owner of the bakery": two nouns under one
    determiner share it and the phrase after the last, so each member of the subject or the object is printed
    whole ("the capital of Kenya", "the largest city of Kenya"). Only when the later noun is singular with no
    determiner of its own, so that it cannot stand alone ("his wife and their son" are two phrases)."""
    if clause.kind not in ("verb", "copula"):
        return clause
    subj = shared_phrase(clause.subj, clause.subj_head)
    obj = shared_phrase(clause.obj, clause.obj_head) if clause.surface_obj is None else clause.obj
    if subj is clause.subj and obj is clause.obj:
        return clause
    return replace(clause, subj=subj, obj=obj)


def shared_phrase(tokens: list[Token], head: Token | None) -> list[Token]:
    """`shared_modifiers` on one argument, its tokens and its head."""
    if not tokens or head is None or head.pos_ != "NOUN":
        return tokens
    have = {t.i for t in tokens}
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i and head.tag_ == "NN" \
            and not any(c.dep_ in OWN_DETERMINERS for c in head.children) and joined(head.head, head):
        first = head.head       # "largest city of Kenya" -> "the largest city of Kenya"
        more = [t for c in first.children if c.dep_ in ("det", "poss") and c.i < first.i for t in c.subtree]
        more += [t for c in first.children if c.dep_ == "prep" and c.i > head.right_edge.i and shareable(c)
                 for t in c.subtree]
        more = [t for t in more if t.i not in have]
        return sorted([*tokens, *more], key=lambda t: t.i) if more else tokens
    later = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN"
             and not any(g.dep_ in OWN_DETERMINERS for g in c.children) and joined(head, c)]
    if len(later) != 1:
        return tokens
    preps = [c for c in later[0].children if c.dep_ == "prep" and c.i > later[0].i and shareable(c)]
    if len(preps) != 1 or any(t.i in have for t in preps[0].subtree):
        return tokens
    if any(t.i in have for t in later[0].subtree):      # the argument held both members: it keeps only its own
        inside = {t.i for t in later[0].subtree} | {c.i for c in head.children if c.dep_ == "cc"}
        tokens = [t for t in tokens if t.i not in inside]
    return sorted([*tokens, *preps[0].subtree], key=lambda t: t.i)


def shareable(prep: Token) -> bool:
    """A phrase after two nouns that both can take: "of Kenya", not a date ("in 2019"), which is the verb's."""
    return not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def joined(first: Token, later: Token) -> bool:
    """Whether two nouns are the only members of one phrase under one determiner: the first has its determiner or
    possessive and nothing else before it, nothing after it, and "and" or "or" alone stands between them."""
    doc = first.doc
    dets = [c for c in first.children if c.i < first.i]
    if not dets or any(c.dep_ not in ("det", "poss") for c in dets) or dets[0].dep_ == "det" and dets[0].lower_ \
            not in DETERMINERS or any(c.i > first.i and c.dep_ not in ("cc", "conj") and not (
                c.dep_ == "prep" and c.i > later.right_edge.i) for c in first.children):
        return False
    return later.left_edge.i == first.i + 2 and doc[first.i + 1].dep_ == "cc" and doc[first.i + 1].lower_ in ("and", "or")


DETERMINERS = frozenset("the a an this that these those its their his her our your my".split())
