"""Open IE tuples in the CaRB tab format, from the same clauses the graph is built from."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, after_comma, arg_tokens, misread_main_verb, relation_tokens, trim
from kg.extract.clauses import noun_infinitive, sentence_clauses, word_prefix
from kg.extract.confidence import clause_confidence
from kg.extract.triples import as_triples
from kg.extract.implicit import (close_name, country_of, described, is_demonym, name_tokens, person_noun,
                                 split_description, split_name)
from kg.extract.titles import bracketed


JOINERS = frozenset("-\u2013")     # a hyphen or an en-dash inside a written word ("Joon-ho", "3-1", "Paris\u2013Berlin")


def whole_words(tokens: list[Token]) -> list[Token]:
    """An argument that the parse cut inside a written word, or inside a name, made whole: "Joon-ho" of "Bong
    Joon-ho" is "Bong Joon-ho", "Al-Nassr 3" of "Al-Nassr 3-1" is "Al-Nassr 3-1". An argument keeps the
    sentence's own words: it never begins or ends in the middle of a hyphenated word (an em-dash, which sets off
    an aside, joins nothing), nor after the first words of a name whose last word it holds."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    have = {t.i for t in tokens}
    lo, hi = tokens[0].i, tokens[-1].i
    extra = []
    while True:
        if lo >= 2 and doc[lo - 1].text in JOINERS and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
            lo -= 2
        elif lo >= 1 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i in have \
                and doc[lo].ent_iob_ == "I":
            lo -= 1
        else:
            break
        extra += [doc[k] for k in range(lo, tokens[0].i)]
        have.update(range(lo, tokens[0].i))
    while hi + 2 < len(doc) and doc[hi + 1].text in JOINERS and not doc[hi].whitespace_ \
            and not doc[hi + 1].whitespace_ and not doc[hi + 2].is_punct:
        hi += 2
    extra += [doc[k] for k in range(tokens[-1].i + 1, hi + 1)]
    if not extra:
        return tokens
    return sorted({t.i: t for t in [*tokens, *extra]}.values(), key=lambda t: t.i)


def words(tokens: list[Token], whole: bool = True) -> str:
    """The tokens' text with the sentence's own spacing, whole words (`whole_words`) unless ``whole`` is false (a
    word the rules cut on purpose: "Munich" of "Munich-based"); a gap between tokens becomes one space."""
    tokens = whole_words(tokens) if whole else tokens
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            parts.append(tok.whitespace_ if nxt.i == tok.i + 1 else " ")
    return "".join(parts)


def openie_rows(doc: Doc, triples: bool = False) -> Iterator[tuple[float, str, str, list[str]]]:
    """(confidence, relation, arg1, [arg2, more...]) for every clause of the doc, without duplicates.

    Parameters
    ----------
    doc : Doc
        A parsed document.
    triples : bool
        Print minimal triples instead (`kg.extract.triples.as_triples`): one per further argument, each with an
        object, and "be" in the sentence's tense.

    Returns
    -------
    Iterator of (confidence, relation, arg1, further arguments)
    """
    seen = set()
    for sent in doc.sents:
        clauses = time_of_saying(addressed(sentence_clauses(sent, openie=True) + existential_clauses(sent)
                                           + age_clauses(sent)))
        titled = {c.subj_head.i for c in clauses if c.subj_head is not None and (
            c.kind == "title" or c.kind == "implicit" and c.predicate in ("capital_of", "kin_of"))}
        for clause in clauses:
            if clause.kind == "appos" and (joined_apposition(clause.subj_head, clause.obj_head)
                                           or listed(clause.obj_head) or clause.obj_head.lower_ in NAME_SUFFIXES
                                           or clause.obj_head.ent_type_ in ("DATE", "TIME")
                                           or colon_between(clause.subj_head, clause.obj_head)) \
                    or clause.kind == "title" and any(c.dep_ == "appos" and listed(c) and c.is_ancestor(clause.obj_head)
                                                      for c in clause.subj_head.children):
                continue    # "the Japanese carmaker Toyota", "the Smith–Jones bill": one phrase, no identity;
                # "A, B, and C": a list; "John Smith, Jr.": the name's own suffix; "in Bali, Indonesia, next month"
            # "Berlin's mayor, Kai Wegner": one fact, best printed as (Kai Wegner; is mayor of; Berlin)
            clause = shared_modifiers(time_apart(noun_with_infinitive(place_apposition(origin_of_name(clause)))))
            echo = clause.kind == "appos" and bool({clause.subj_head.i, clause.obj_head.i} & titled)
            subj, obj = subject_words(clause), object_words(clause)
            if clause.kind == "appos" and clause.subj_head.pos_ == "NOUN" and clause.obj_head.pos_ == "PROPN" and \
                    not any(c.dep_ == "det" for c in clause.obj_head.children):
                subj, obj = obj, subj   # "Berlin's mayor, Kai Wegner": (Kai Wegner; is; Berlin's mayor)
            said = reported_aside(clause) if not obj or clause.surface_obj is not None and clause.kind == "verb" else []
            if said:    # the time of the saying ("officials said on Monday") goes after what was said
                clause = replace(clause, extras=[clause.surface_obj or clause.obj, *clause.extras] if obj
                                 else clause.extras, obj=said, surface_obj=None)
                obj = words(said)
            spans = ranges([clause.surface_obj, *clause.extras] if clause.surface_obj and obj else clause.extras)
            if clause.surface_obj and obj:     # "was closed from 2019 until 2022": the time's range is the object
                obj, spans = (words(spans[0]) if len(spans[0]) > len(clause.surface_obj) else obj), spans[1:]
            args = [obj] if obj else []
            args += [words(whole_list(e)) for e in spans]
            rel = relation_words(clause)
            idiom = bare_noun_idiom(clause)
            if idiom:   # "took part in the exercise": (X; took part in; the exercise)
                rel, args = f"{rel} {clause.obj[0].text} {clause.extras[0][0].text}", [words(clause.extras[0][1:]),
                                                                                        *args[2:]]
            if not args:
                rel, args = split_control(clause, rel)
            if not args:
                args = trailing_adverb(clause) or adverbial_clause(clause)
            if not args and bare_modifier(clause):
                continue
            if not args and comparative_gap(clause):
                continue    # "faster than we expected": what was expected is the comparison, no tuple of its own
            if not rel or args and args[0] == subj:
                continue    # (X; demanded; X): an argument repeating the subject is a misreading
            conf = clause_confidence(clause) * (0.5 if echo else 1.0)
            for rel_, subj_, args_ in (as_triples(clause, rel, subj, args) if triples else [(rel, subj, args)]):
                row = (rel_, subj_, tuple(args_))
                if row not in seen:
                    seen.add(row)
                    yield conf, rel_, subj_, args_


# prepositions of place and time that say where or when something there is ("There were fires near the base")
WHERE_PREPOSITIONS = frozenset("in on at near inside outside across around along among behind during".split())


# verbs that take the person addressed and what they are told: "told reporters (that) ..."
ADDRESS_VERBS = frozenset("tell inform remind assure notify warn ask advise persuade convince promise teach show".split())


# verbs that take the person addressed and what they are told: "told reporters (that) ..."
ADDRESS_VERBS = frozenset("tell inform remind assure notify warn ask advise persuade convince promise teach show".split())


def inner_list(clause: Clause) -> list[Clause]:
    """ "runs schools in Uganda and Malawi": one tuple per member of a list inside the object's prepositional
    phrase, (X; runs; schools in Uganda) and (X; runs; schools in Malawi)."""
    obj = clause.obj
    if clause.kind != "verb" or not obj or clause.surface_obj is not None:
        return [clause]
    have = {t.i for t in obj}
    for p in obj:
        members = [c for c in p.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i in have]
        if p.dep_ != "pobj" or p.head.i not in have or p.head.head.i not in have or not members \
                or not any(c.dep_ == "cc" for c in p.children):
            continue
        inside = {t.i for t in p.subtree}
        rest = [t for t in obj if t.i not in inside]
        out = []
        for m in [p, *members]:
            toks = sorted([*rest, *arg_tokens(m)], key=lambda t: t.i)
            out.append(replace(clause, obj=toks))
        return out
    return [clause]


RANGE_ENDS = frozenset("to until till through into".split())


def ranges(extras: list[list[Token]]) -> list[list[Token]]:
    """ "from 1997 to 2006", "from Madrid to Lima": a range is one argument, its end with its start, whether the
    parser hung the end on the verb, on "from" or on the start's noun."""
    out: list[list[Token]] = []
    taken = {t.i for e in extras for t in e}
    for e in extras:
        first = e[0]
        if out and first.lower_ in RANGE_ENDS and out[-1][0].lower_ == "from" and first.i == out[-1][-1].i + 1:
            out[-1] = [*out[-1], *e]
            continue
        if first.lower_ == "from" and first.dep_ == "prep":
            ends = [c for c in first.children if c.dep_ == "prep" and c.lower_ in RANGE_ENDS and c.i == e[-1].i + 1
                    and c.i not in taken and any(g.dep_ == "pobj" for g in c.children)]
            if ends:
                e = [*e, *trim(list(ends[0].subtree))]
        out.append(e)
    return out


def whole_list(tokens: list[Token]) -> list[Token]:
    """A further argument with every member of its list: "from Spain, Portugal and Morocco", not "from Spain"."""
    have = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ == "pobj" and t.head.i in have and any(c.dep_ == "conj" and c.i not in have for c in t.children):
            return trim(sorted({x.i: x for x in [*tokens, *t.subtree]}.values(), key=lambda x: x.i))
    return tokens


def addressed(clauses: list[Clause]) -> list[Clause]:
    """ "told reporters the company would cut costs": one tuple, (X; told; reporters; the company would cut costs),
    not one for whom and one for what: the person told is the first object, the clause the second."""
    whom = {(c.verb.i, c.subj_head.i): c for c in clauses if c.kind == "verb" and c.verb is not None
            and c.subj_head is not None and c.obj_head is not None and c.obj_head.dep_ in ("dobj", "dative")
            and c.obj_head.head == c.verb and not c.extras}
    out, merged = [], set()
    for c in clauses:
        key = (c.verb.i, c.subj_head.i) if c.verb is not None and c.subj_head is not None else None
        if c.kind == "comp" and key in whom and c.obj_head is not None and (
                c.obj_head.dep_ == "ccomp" and c.verb.lemma_.lower() in ADDRESS_VERBS
                or c.obj_head.dep_ == "xcomp" and c.verb.lemma_ in lx.OBJECT_CONTROL_VERBS
                and whom[key].obj_head.i < c.obj_head.i):
            # "ordered the company to pay compensation": whom, then what they are to do
            person = whom[key]
            out.append(replace(c, obj=person.obj, surface_obj=None, extras=[c.obj, *c.extras]))
            merged.add(id(person))
        else:
            out.append(c)
    return [c for c in out if id(c) not in merged]


def time_of_saying(clauses: list[Clause]) -> list[Clause]:
    """ "Nokia said on Monday it would close a plant": a time right after a verb of saying, before the subject of
    what was said, dates the saying, which the parser hung on the reported verb: (Nokia; said; it would close a
    plant; on Monday) and (it; would close; a plant)."""
    moved: dict[int, list[Token]] = {}
    out = []
    for c in clauses:
        comp, verb = c.obj_head, c.verb
        if c.kind != "comp" or verb is None or comp is None or comp.dep_ != "ccomp" or comp.head != verb \
                or verb.lemma_.lower() not in lx.REPORTING_VERBS or not c.obj:
            out.append(c)
            continue
        subj = next((g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        prep = next((p for p in comp.children if p.dep_ == "prep" and p.i == verb.i + 1 and subj is not None
                     and p.right_edge.i < subj.left_edge.i and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                                                   for g in p.children)), None)
        if prep is None:
            out.append(c)
            continue
        span = list(prep.subtree)
        inside = {t.i for t in span}
        moved[comp.i] = span
        out.append(replace(c, obj=trim([t for t in c.obj if t.i not in inside]), extras=[*c.extras, span]))
    if not moved:
        return out
    return [replace(c, extras=[e for e in c.extras if not e or e[0].i != moved[c.verb.i][0].i])
            if c.kind == "verb" and c.verb is not None and c.verb.i in moved else c for c in out]


def existential_clauses(sent) -> list[Clause]:
    """ "There are three candidates in the race" -> (three candidates; are in; the race): what a "there is"
    sentence says exists, where or when (Open IE only; with no such phrase the sentence gives no tuple)."""
    out = []
    for there in (t for t in sent if t.dep_ == "expl" and t.lower_ == "there" and t.head.lemma_ == "be"):
        verb = there.head
        attrs = [c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN", "NUM")
                 and c.i > verb.i]
        if not attrs:
            continue
        attr = attrs[0]
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i > attr.i] + [
            c for c in attr.children if c.dep_ == "prep" and c.i > attr.i]
        preps = [p for p in preps if p.lower_ in WHERE_PREPOSITIONS and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ or any(d.dep_ in ("det", "poss", "nummod")
                                                                          for d in g.children)) for g in p.children)]
        if not preps:
            continue
        prep = preps[0]
        pobj = next(g for g in prep.children if g.dep_ == "pobj")
        subj = trim([t for t in arg_tokens(attr) if t.i < prep.i or t.i > prep.right_edge.i])
        rel = [t for t in relation_tokens(verb) if t.i != there.i] + [prep]
        out.append(Clause(kind="copula", rel=rel, predicate=f"be_{prep.lower_}", subj=subj, obj=arg_tokens(pobj),
                          subj_head=attr, obj_head=pobj, verb=verb, use="openie"))
    return out


def origin_of_name(clause: Clause) -> Clause:
    """ "Siemens Energy, the German turbine maker,", "the Spanish utility Iberdrola": the country a description's
    nationality word names is where the name it describes is from, (Siemens Energy; is from; Germany)."""
    noun = clause.subj_head
    if clause.kind != "implicit" or clause.predicate != "from" or noun is None or noun.pos_ != "NOUN" \
            or clause.obj_head is None or clause.obj_head.head != noun or not is_demonym(clause.obj_head):
        return clause       # only a nationality word on the description itself, not "a Democrat from Ohio"
    name = described(noun) or adjacent_name(noun)
    if name is None or name.pos_ != "PROPN":
        return clause
    return replace(clause, subj=name_tokens(name), subj_head=name)


def adjacent_name(noun: Token) -> Token | None:
    """The name right after a description that the parser hung elsewhere ("the Spanish utility" + "Iberdrola",
    read as two subjects of one verb, or as a conjunct and a subject): the name the description is of."""
    doc = noun.doc
    k = noun.i + 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or noun.ent_type_ or not any(c.dep_ == "det" for c in noun.children):
        return None
    name = doc[k]
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    if noun.is_ancestor(name) or name.is_ancestor(noun) or name_tokens(name)[0].i != k \
            or name.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return None
    return name


def age_clauses(sent) -> list[Clause]:
    """ "Tanaka, 61, ran the bank": a bare number set off by commas after a person's name is their age, (Tanaka; is;
    61) (Open IE only)."""
    out = []
    for num in sent:
        name = num.head
        doc = num.doc
        if num.dep_ not in ("appos", "npadvmod", "amod", "nummod") or not num.like_num or list(num.children) \
                or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "") or num.i != name.i + 2 \
                or doc[name.i + 1].text != "," or num.i + 1 >= len(doc) or doc[num.i + 1].text != ",":
            continue
        try:
            age = int(num.text)
        except ValueError:
            continue
        if 0 < age < 120:
            out.append(Clause(kind="implicit", rel=[], predicate="age", subj=name_tokens(name), obj=[num],
                              subj_head=name, obj_head=num, rel_text_override="is", use="openie"))
    return out


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


TIME_PREPOSITIONS = frozenset("in on during since until".split())


def time_apart(clause: Clause) -> Clause:
    """ "bought the firm for $300 million in 2022", "co-founded the start-up in 2015": a date closing an argument,
    which the parser hung on the argument's noun, says when the verb's event was: it is an argument of its own."""
    if clause.kind != "verb" or clause.verb is None:
        return clause
    has_obj = bool(clause.obj) and clause.surface_obj is None
    parts = [clause.obj] if has_obj else []
    parts += clause.extras
    out, changed = [], False
    for k, part in enumerate(parts):
        cut = date_phrase(part, any_noun=has_obj and k == 0)
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


WRITER_KINDS = ("appos", "implicit", "title", "member")    # tuples whose words the rules chose


def colon_between(a: Token, b: Token) -> bool:
    """ "Photo: Reuters", "BREAKING: ...": what a colon introduces is no other name for the word before it."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ":" for t in a.doc[lo:hi])


NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


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


def dash_joined(head: Token, child: Token) -> bool:
    doc = head.doc
    k = head.i + 1
    return (child.i > head.i and k + 1 < len(doc) and not head.whitespace_ and doc[k].text in "-–—"
            and not doc[k].whitespace_ and child.left_edge.i == k + 1)


def phrase(tokens: list[Token]) -> list[Token]:
    """An argument's tokens with what the parse cut off its head word: a name in close apposition ("the Japanese
    carmaker" + "Toyota") and the rest of a dashed compound ("The Smith" + "–Jones bill")."""
    have = {t.i for t in tokens}
    extra: list[Token] = []
    for t in tokens:
        for c in t.children:
            if c.i in have or c.dep_ not in ("appos", "conj", "compound"):
                continue
            if c.dep_ == "appos" and c == close_name(t) or dash_joined(t, c):
                extra += [x for x in arg_tokens(c) if x.i not in have]
                if dash_joined(t, c):
                    extra.append(t.doc[t.i + 1])
    if not extra:
        return tokens
    return sorted({x.i: x for x in [*tokens, *extra]}.values(), key=lambda x: x.i)


def without_asides(tokens: list[Token]) -> list[Token]:
    """An argument without a participle set off by commas: "The company, founded in 1887 by two brothers," is
    "The company" (the participle is a tuple of its own)."""
    have = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        for c in t.children:
            if c.i in have and c.i == t.i + 2 and c.like_num and not list(c.children) and t.pos_ == "PROPN" \
                    and t.doc[t.i + 1].text == "," and c.i + 1 < len(t.doc) and t.doc[c.i + 1].text == ",":
                drop.update((c.i - 1, c.i, c.i + 1))    # "Okonjo, 58, chaired": the age is a tuple of its own
            elif misread_main_verb(c) and c.i in have:
                drop.update(x.i for x in c.subtree)     # "The film, ..., premiered at": the sentence's own verb
            elif c.i in have and c.i > t.i and c.dep_ in ("advmod", "npadvmod") and t.pos_ in ("NOUN", "PROPN") \
                    and c.left_edge.i == t.i + 2 and t.doc[t.i + 1].text == "," and c.right_edge.i + 1 < len(t.doc) \
                    and t.doc[c.right_edge.i + 1].text == "," and c.right_edge.i + 1 not in have | {t.right_edge.i}:
                drop.update(range(t.i + 1, c.right_edge.i + 2))   # "The airport, 20 km north of the city, handles"
            elif c.i in have and c.i > t.i and c.dep_ in ("acl", "appos", "amod", "npadvmod") and bracketed(c):
                inner = [x.i for x in c.subtree if not x.is_punct]     # "Jan Novak (born 1975)"
                drop.update(range(inner[0] - 1, inner[-1] + 2))
            elif c.dep_ == "acl" and c.i in have and c.i > t.i and c.tag_ in ("VBN", "VBG") and c.left_edge.i > 0 \
                    and t.doc[c.left_edge.i - 1].text == ",":
                drop.update(x.i for x in c.subtree)
                drop.add(c.left_edge.i - 1)
                if c.right_edge.i + 1 < len(t.doc) and t.doc[c.right_edge.i + 1].text == ",":
                    drop.add(c.right_edge.i + 1)
    return trim([t for t in tokens if t.i not in drop]) if drop else tokens


def clause_without_asides(tokens: list[Token]) -> list[Token]:
    """A clause as an object without what commas set off inside it: "the new bridge, which cost $300 million, will
    ease traffic" is "the new bridge will ease traffic" (the relative clause and the apposition are tuples of their
    own)."""
    doc = tokens[0].doc if tokens else None
    have = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        for c in t.children:
            if c.i not in have or c.i < t.i or c.dep_ not in ("relcl", "appos", "acl") or not after_comma(c.left_edge) \
                    or any(g.dep_ == "conj" for g in c.children) or c.dep_ == "acl" and c.tag_ not in ("VBN", "VBG"):
                continue    # not "A, B and C": a list is no aside
            end = c.right_edge.i + 1
            if end >= len(doc) or doc[end].text != "," or end + 1 not in have:
                continue    # only an aside closed by a comma, inside the clause
            drop.update(range(c.left_edge.i - 1, end + 1))
    return [t for t in tokens if t.i not in drop] if drop else tokens


def dashed_subject(subj: list[Token], head: Token) -> list[Token]:
    """ "The Madrid–Lisbon link will open", "Co-founder Lena Hart stepped down": a word joined by a dash to the
    subject, which the parser made a second subject of the verb, is part of the subject."""
    doc = head.doc
    siblings = {c.i: c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i}
    out = list(subj)
    while True:
        end = out[-1]
        dash = end.i + 1
        if dash + 1 >= len(doc) or end.whitespace_ or doc[dash].text not in "-–—" or doc[dash].whitespace_:
            return out
        nxt = next((c for c in siblings.values() if c.left_edge.i <= dash + 1 <= c.right_edge.i
                    or c.i == dash), None)
        if nxt is None:
            return out
        del siblings[nxt.i]
        more = [t for t in arg_tokens(nxt) if t.i > end.i] if nxt.i != dash else [doc[dash]]
        out = sorted({t.i: t for t in [*out, doc[dash], *more]}.values(), key=lambda t: t.i)
        if nxt.i == dash:       # "Co" "-" "founder Lena Hart": the dash itself was read as a subject
            rest = next((c for c in siblings.values() if c.left_edge.i == dash + 1), None)
            if rest is None:
                return subj
            del siblings[rest.i]
            out = sorted({t.i: t for t in [*out, *arg_tokens(rest)]}.values(), key=lambda t: t.i)


def split_subject(subj: list[Token], head: Token) -> list[Token]:
    """ "A magnitude 6.8 earthquake struck": a noun phrase the parser cut in two, both halves subjects of one verb,
    the second starting right where the first ends, is one subject."""
    if head.dep_ not in ("nsubj", "nsubjpass") or subj[-1].i != head.right_edge.i:
        return subj
    end = head.doc[head.right_edge.i]
    nxt = next((c for c in head.head.children if c.dep_ == head.dep_ and c.left_edge.i == end.i + 1
                and c.pos_ in ("NOUN", "PROPN") and not end.is_punct and end.whitespace_
                and not c.left_edge.is_punct), None)
    if nxt is None or head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children):
        return subj
    return sorted({t.i: t for t in [*subj, *nxt.subtree]}.values(), key=lambda t: t.i)


def subject_words(clause: Clause) -> str:
    """The subject as Open IE prints it: the name where a description stands before it with a comma ("Berlin's
    mayor, Kai Wegner, opened" -> "Kai Wegner"), the whole phrase where the parse split it."""
    head = clause.subj_head
    if clause.kind in ("verb", "comp", "copula") and head is not None and head.pos_ == "NOUN" and clause.subj:
        inside = {t.i for t in clause.subj}
        names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                 and c.ent_type_ in ("PERSON", "ORG") and c != close_name(head) and c.i not in inside]
        if names:
            return words(arg_tokens(names[0]))
    subj = clause.subj
    if clause.kind in ("verb", "comp", "copula") and head is not None and subj:
        subj = dashed_subject(split_subject(subj, head), head)
        name = split_name(head) or adjacent_name(head) if head.pos_ == "NOUN" else None
        if name is not None:    # "The Kenyan-born runner" + "Mo Farah": one subject
            subj = sorted({t.i: t for t in [*subj, *arg_tokens(name)]}.values(), key=lambda t: t.i)
    if clause.kind not in WRITER_KINDS and head is not None and subj and subj[0].i == name_tokens(head)[0].i:
        split = split_description(head)
        if split is not None:       # "The Korean electronics maker" + "Samsung": one subject
            subj = [t for t in split.subtree if t.i < subj[0].i] + subj
    return words(subj) if clause.kind in WRITER_KINDS else words(phrase(without_asides(subj)))


def object_words(clause: Clause) -> str:
    """The object as Open IE prints it; a nationality word that stands for its country in a relation the
    sentence implies ("Brazilian President X" -> (X; is President of; Brazil)) is the country's name."""
    obj = clause.surface_obj if clause.surface_obj is not None else clause.obj
    if not obj:
        return ""
    if clause.kind in ("implicit", "title") and len(obj) == 1 and is_demonym(obj[0]):
        return country_of(obj[0].text) or words(obj)
    if clause.kind in ("implicit", "title") and 1 < len(obj) <= 3 and all(t.ent_type_ == "NORP" for t in obj) \
            and country_of(words(obj)):
        return country_of(words(obj))       # "South African", "New Zealand"
    if clause.kind == "comp":
        obj = clause_without_asides(obj)
    if clause.kind in WRITER_KINDS and clause.kind != "appos":
        return words(obj, whole=clause.kind != "implicit")     # "Munich" of "Munich-based" (is based in)
    return words(phrase(obj))


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


IDIOM_VERBS = frozenset("take give pay set lose gain".split())     # not "makes software for", "has experience in"


def bare_noun_idiom(clause: Clause) -> bool:
    """ "took part in", "took place in", "gave birth to", "set fire to": a light verb whose object is a bare
    singular noun, followed by a preposition, says one thing with all three words."""
    obj, verb = clause.obj, clause.verb
    if clause.kind != "verb" or verb is None or verb.lemma_.lower() not in IDIOM_VERBS \
            or not obj or len(obj) != 1 or clause.surface_obj is not None or not clause.extras:
        return False
    noun, prep = obj[0], clause.extras[0][0]
    return noun.tag_ == "NN" and not noun.ent_type_ and not list(noun.children) and prep.dep_ == "prep" \
        and prep.i == noun.i + 1 and len(clause.extras[0]) > 1


def trailing_adverb(clause: Clause) -> list[str]:
    """ "The ceasefire held overnight": a verb with no object takes the manner or time adverb after it."""
    verb = clause.verb
    if verb is None or clause.kind != "verb":
        return []
    have = {t.i for t in clause.rel} | {t.i for t in clause.surface_rel or []}
    advs = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i > verb.i and c.i not in have
            and c.pos_ in ("ADV", "NOUN") and c.lower_ not in NOT_ARGUMENTS]
    return [words([t for t in advs[0].subtree])] if advs else []


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


NOT_ARGUMENTS = frozenset("also too not n't never even only just so then there here however though".split())


def reported_aside(clause: Clause) -> list[Token]:
    """ "The plan, he said, would cost more": a verb of saying set off inside the sentence it reports has that
    sentence, without the aside, as its object."""
    verb = clause.verb
    if verb is None or clause.kind != "verb" or verb.dep_ != "parataxis" or verb.lemma_.lower() not in lx.REPORTING_VERBS \
            or verb.head.pos_ not in ("VERB", "AUX") or verb.i < verb.head.i and verb.left_edge.i == verb.head.left_edge.i:
        return []
    doc = verb.doc
    start, end = verb.left_edge.i, verb.right_edge.i
    if doc[start].text != ",":
        start -= 1
    if end + 1 < len(doc) and doc[end + 1].text == ",":
        end += 1
    if start < 0 or doc[start].text != ",":
        return []       # only an aside set off by a comma
    return trim([t for t in verb.head.subtree if not start <= t.i <= end and not (t.is_punct and t.i == verb.head.right_edge.i)])


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


def relation_words(clause: Clause) -> str:
    """The relation as Open IE prints it; a title keeps the sentence's capitals ("is Prime Minister of")."""
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
    return rel


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


def doc_lines(text: str, doc: Doc, triples: bool = False) -> Iterator[str]:
    """Tab-format lines for one parsed sentence (or text) ``text``.

    Parameters
    ----------
    text : str
        The sentence as given, repeated in the first column.
    doc : Doc
        Its parse.
    triples : bool
        Minimal triples instead of n-ary tuples (see `openie_rows`).

    Returns
    -------
    Iterator of str, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``
    """
    for conf, rel, arg1, args in openie_rows(doc, triples):
        yield "\t".join([text, f"{conf:.3f}", rel, arg1, *args])


def openie_lines(sentences: Iterable[str], nlp, batch_size: int = 64, triples: bool = False) -> Iterator[str]:
    """Tab-format lines, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``, one per extraction.

    Parameters
    ----------
    sentences : iterable of str
        One sentence (or text) each.
    nlp : Language
        The spaCy pipeline that parses them.
    batch_size : int
        Passed to ``nlp.pipe``.
    triples : bool
        Minimal triples instead of n-ary tuples (see `openie_rows`).

    Returns
    -------
    Iterator of str
    """
    sentences = list(sentences)
    for text, doc in zip(sentences, nlp.pipe(sentences, batch_size=batch_size)):
        yield from doc_lines(text, doc, triples)
