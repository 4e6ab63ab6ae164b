"""Clauses that only Open IE prints ("there is" sentences, ages), and clauses of saying and telling joined or
re-dated before they are printed."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, arg_tokens, relation_tokens, trim
from kg.extract.implicit import (capital_relation, described_first, is_demonym, is_place_end, name_tokens,
                                 person_noun, place_tokens, ranked, unknown_place)
from kg.extract.openwords import words
from kg.extract.titleclauses import possessor_tokens


# prepositions of place and time that say where or when something there is ("There were fires near the base")
WHERE_PREPOSITIONS = frozenset("in on at near inside outside across around along among behind during".split())


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


# Adverbs that stand as the state a copula gives its subject: "The strike is over", "The deal is off"
STATE_ADVERBS = frozenset("over off out up down back away underway".split())
COMPLEMENT_DEPS = frozenset("attr acomp prep ccomp xcomp dobj oprd expl".split())


def adverb_copulas(sent) -> list[Clause]:
    """ "The strike is over" -> (The strike; is; over): a copula whose only complement is an adverb of state, which
    the parser hangs as a modifier and which leaves the clause with no object and no tuple (Open IE only)."""
    out = []
    for verb in sent:
        if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
            continue
        kids = list(verb.children)
        subjects = [c for c in kids if c.dep_ == "nsubj" and c.i < verb.i]
        states = [c for c in kids if c.dep_ == "advmod" and c.i > verb.i and c.lower_ in STATE_ADVERBS]
        if not subjects or not states or any(c.dep_ in COMPLEMENT_DEPS for c in kids):
            continue
        state = states[0]
        rel = sorted({t.i: t for t in [*relation_tokens(verb), *(c for c in kids if c.dep_ == "neg")]
                      if t.i != state.i}.values(), key=lambda t: t.i)     # "is not over": the negation is the verb's
        obj = [t for t in state.subtree if t.i <= state.i]     # "are so far away"
        out.append(Clause(kind="copula", rel=rel, predicate="be", subj=arg_tokens(subjects[0]), obj=obj,
                          subj_head=subjects[0], obj_head=state, verb=verb, use="openie"))
    return out


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


def origin_of_people(sent) -> list[Clause]:
    """ "a retired nurse from Cardiff" -> (a retired nurse; is from; Cardiff); "Daniel Okoro, 34, of Peckham," ->
    (Daniel Okoro; is from; Peckham): a noun for a person with "from" and a place, and a person's name with "of" and a
    place set off by a comma (after the age, if there is one), say where the person is from (Open IE only; an
    apposition's "from" is read in `kg.extract.implicit.origin_clauses`)."""
    out = []
    doc = sent.doc
    for prep in sent:
        noun = prep.head
        if prep.dep_ != "prep" or noun.dep_ == "appos":
            continue
        places = [g for g in prep.children if g.dep_ == "pobj" and (
            g.ent_type_ in ("GPE", "LOC") and is_place_end(g) or prep.lower_ == "from" and unknown_place(g))]
        if not places or any(c.dep_ == "conj" for c in places[0].children):
            continue    # "negotiators from Iran and the US": each is from one of them
        if prep.lower_ == "from" and prep.i == noun.i + 1 and noun.pos_ == "NOUN" and person_noun(noun):
            subj = trim([t for t in noun.subtree if t.i <= noun.i])
        elif prep.lower_ == "of" and noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON" and doc[prep.i - 1].text == "," \
                and (prep.i - 2 == noun.i or prep.i - 4 == noun.i and doc[prep.i - 2].like_num
                     and doc[prep.i - 3].text == ","):
            subj = name_tokens(noun)
        else:
            continue
        out.append(Clause(kind="implicit", rel=[], predicate="from", subj=subj, obj=place_tokens(places[0]),
                          subj_head=noun, obj_head=places[0], rel_text_override="is from", use="openie"))
    return out


def ranked_of_owner(sent) -> list[Clause]:
    """ "Nairobi, Kenya's capital and largest city": a name apposed to a possessor's noun and a second noun that a
    superlative ranks is that noun of the possessor too, (Nairobi; is largest city of; Kenya), which the apposition's
    own tuple, (Nairobi; is; Kenya's capital), leaves out (Open IE only)."""
    out = []
    for noun in sent:
        owned = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "conj" or noun.lemma_.lower() in lx.TITLE_NOUNS \
                or not (owned.dep_ == "appos" or described_first(owned)) or owned.head.pos_ != "PROPN" \
                or owned.head.i > owned.i or owned.head.ent_type_ in ("PERSON", "NORP", "DATE"):
            continue    # (the parser may make "capital and largest city" conjuncts of the name)
        name = owned.head
        owners = [c for c in owned.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC", "ORG")]
        ranks = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and (
            c.tag_ == "JJS" or any(a.tag_ == "RBS" for a in c.children))]
        if not owners or not ranks:
            continue
        rank = words([t for t in sent.doc[ranks[0].left_edge.i:noun.i + 1]])     # "second-largest city"
        out.append(Clause(kind="implicit", rel=[], predicate="of", subj=name_tokens(name), obj=name_tokens(owners[0]),
                          subj_head=name, obj_head=owners[0], rel_text_override=f"is {rank} of", use="openie"))
    return out


def owned_rank(sent) -> list[Clause]:
    """ "Hamburg is Germany's second-largest city", "Turku, which was Finland's capital,": a place's possessive with a
    noun that a superlative ranks (or "capital") said of a name by a copula is that noun of the place, (Hamburg; is
    second-largest city of; Germany), beside the copula's own tuple (Open IE only; a restatement, half as sure:
    `kg.extract.openie`; an apposition's is (Lagos; is in; Nigeria), `kg.extract.implicit`, as eval/openie writes
    it)."""
    out = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.lemma_.lower() in lx.TITLE_NOUNS:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC")]
        ranks = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and ranked(noun) and (
            c.tag_ == "JJS" or any(a.tag_ == "RBS" for a in c.children) or "-" in c.text)]
        if not owners or not ranks and noun.lemma_.lower() != "capital" or any(
                c.dep_ == "conj" for c in noun.children):
            continue
        verb = noun.head
        names = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"] or [
            verb.head for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("which", "that")
            and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN"]     # "Turku, which was Finland's capital"
        if verb.lemma_ != "be" or not names or any(c.dep_ == "neg" for c in verb.children):
            continue
        name, be = names[0], verb.text.lower()
        first = ranks[0].left_edge.i if ranks else noun.i
        rank = words(list(sent.doc[first:noun.i + 1]))
        out.append(Clause(kind="implicit", rel=[], predicate="owned_rank", subj=name_tokens(name),
                          obj=possessor_tokens(owners[0]), subj_head=name, obj_head=owners[0],
                          rel_text_override=f"{be} {rank} of", use="openie"))
    return out


def purpose_clauses(sent, clauses: list[Clause]) -> list[Clause]:
    """ "Protesters gathered outside parliament to demand new elections" -> (Protesters; to demand; new elections):
    an infinitive of purpose (`kg.extract.outcomes.purpose_head`) is an act its verb's subject means to do, a tuple
    with that subject as the sentence writes it, the infinitive and its object (Open IE only; not where a clause of
    the sentence has the infinitive already)."""
    from kg.extract.outcomes import purpose_head
    have = {c.verb.i for c in clauses if c.verb is not None}
    out = []
    for verb in sent:
        if verb.dep_ != "advcl" or verb.i in have or (head := purpose_head(verb)) is None:
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        from_clause = next((c for c in clauses if c.verb is not None and c.verb.i == head.i and c.subj), None)
        if not subjects and from_clause is None:
            continue
        subj = from_clause.subj if from_clause is not None else arg_tokens(subjects[0])
        to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
        prt = [c for c in verb.children if c.dep_ == "prt"]
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        rel = [*to, verb, *prt]
        if dobj is not None:
            obj = arg_tokens(dobj)
        else:
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if pobj is None:
                continue
            rel, obj = [*rel, prep], arg_tokens(pobj)
        out.append(Clause(kind="verb", rel=rel, predicate=verb.lemma_.lower(), subj=subj, obj=obj,
                          subj_head=from_clause.subj_head if from_clause is not None else subjects[0],
                          obj_head=dobj, verb=verb, surface_rel=rel, inherited=True, use="openie"))
    return out


# verbs that take the person addressed and what they are told: "told reporters (that) ..."
ADDRESS_VERBS = frozenset("tell inform remind assure notify warn ask advise persuade convince promise teach show".split())


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


def fronted_report(clause: Clause) -> list[Token]:
    """ "Let's talk about the budget, the finance minister said": a verb of saying with no object, after a comma and
    its subject, whose sentence opens with a clause the parser hung on it as an adverbial one (no word such as "when"
    or "if" opens it), has that clause as its object."""
    verb = clause.verb
    if verb is None or clause.kind != "verb" or verb.lemma_.lower() not in lx.REPORTING_VERBS:
        return []
    doc = verb.doc
    for adv in verb.children:
        start, end = adv.left_edge.i, adv.right_edge.i
        if adv.dep_ != "advcl" or adv.i > verb.i or start != verb.sent.start or end + 1 >= verb.i \
                or doc[end + 1].text != "," or any(c.dep_ == "mark" or c.tag_ in ("WRB", "IN") for c in adv.children) \
                or adv.tag_ in ("VBG", "VBN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and end + 1 < c.i < verb.i for c in verb.children):
            return trim(list(doc[start:end + 1]))
    return []


# prepositions that close a noun for a person with the thing it is held of, at or for: "the mayor of Naples"
HOLDER_PREPOSITIONS = ("of", "for", "at", "to")


def misattached_names(sent) -> dict[int, Token]:
    """ "The mayor of Naples, Gaetano Manfredi, has asked ...", "The grandson of the company's founder, Marco
    Bellini, took over ...": a person's name set off by commas right after the subject's closing "of" phrase, and
    followed by the subject's verb, names the subject's noun, not the noun the parser hung it on ("Naples is in
    Gaetano Manfredi"). {position of the noun for a person: the name's head}. Only a noun for a person (a title, a
    kin or an agent noun) that is its verb's subject, and a name the recogniser calls a person's or that opens with a
    given name ("The mayor of Springfield, Illinois," names a place)."""
    from kg.extract.givennames import starts_like_a_person
    doc = sent.doc
    out: dict[int, Token] = {}
    for name in sent:
        place = name.head
        prep = place.head
        noun = prep.head
        if name.dep_ != "appos" or name.pos_ != "PROPN" or place.dep_ != "pobj" or prep.dep_ != "prep" \
                or prep.lower_ not in HOLDER_PREPOSITIONS or noun.pos_ != "NOUN" or not person_noun(noun) \
                or noun.dep_ not in ("nsubj", "nsubjpass") or place.ent_type_ == "PERSON" \
                or any(c.dep_ == "appos" for c in noun.children):
            continue
        first, last = name.left_edge.i, name.right_edge.i
        if first == 0 or doc[first - 1].text != "," or last + 2 >= len(doc) or doc[last + 1].text != "," \
                or not (doc[last + 2].head == noun.head or doc[last + 2] == noun.head):
            continue    # set off by commas, and the subject's verb (or its auxiliary) right after
        text = " ".join(t.text for t in name_tokens(name))
        if name.ent_type_ != "PERSON" and not (len(name_tokens(name)) > 1 and starts_like_a_person(text)):
            continue
        out[noun.i] = name
    return out


def relative_names(sent) -> dict[int, Token]:
    """ "The Dutch brewer Heineken raised its prices", "The Kenyan capital Nairobi hosted the talks": a name right after
    the sentence's first noun and its determiner, which the parser made the subject of a relative clause on that noun
    with no relative word, the noun left as the root, names the noun; the clause is the sentence's. {position of the
    name's head: the noun}. Not "She found the letter Anna wrote" (a noun with a verb of its own above it)."""
    out: dict[int, Token] = {}
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or noun.pos_ != "NOUN" or noun.dep_ != "ROOT" \
                or not any(c.dep_ == "det" for c in noun.children) \
                or any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in verb.children):
            continue
        for name in verb.children:
            if name.dep_ in ("nsubj", "nsubjpass") and name.pos_ == "PROPN" and name.ent_type_ and name.i < verb.i \
                    and name_tokens(name)[0].i == noun.i + 1:
                out[name.i] = noun
    return out


def renamed_subjects(sent, clauses: list[Clause]) -> list[Clause]:
    """The clauses of a sentence with the names of `relative_names` joined to their nouns: the verb's subject is the
    whole phrase, (The Dutch brewer Heineken; raised; its prices); the name is the description ((Heineken; is; Dutch
    brewer)) and is from the country of a nationality word on it, or its capital ((Nairobi; is capital of; Kenya));
    what the rules made of the noun alone is dropped (Open IE only)."""
    named = relative_names(sent)
    if not named:
        return clauses
    doc = sent.doc
    nouns = {noun.i for noun in named.values()}
    out = []
    for c in clauses:
        if c.subj_head is not None and c.subj_head.i in nouns and c.kind == "implicit":
            continue    # (The Dutch brewer; is from; the Netherlands): said of the name below
        if c.subj_head is not None and c.subj_head.i in named:
            noun = named[c.subj_head.i]
            c = replace(c, subj=trim(list(doc[noun.left_edge.i:c.subj_head.i + 1])))
        out.append(c)
    for i, noun in named.items():
        name = name_tokens(doc[i])
        description = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "punct")]
        out.append(Clause(kind="implicit", rel=[], predicate="be", subj=name, obj=description, subj_head=doc[i],
                          obj_head=noun, rel_text_override="is", use="openie"))
        for adj in (c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and is_demonym(c)):
            pred, rel = ("capital_of", capital_relation(noun)[0]) if noun.lemma_.lower() == "capital" \
                else ("from", "is from")
            out.append(Clause(kind="implicit", rel=[], predicate=pred, subj=name, obj=[adj], subj_head=doc[i],
                              obj_head=adj, rel_text_override=rel, use="openie"))
    return out


def reattached_names(sent, clauses: list[Clause]) -> list[Clause]:
    """The clauses of a sentence with the names of `misattached_names` moved to their nouns: the verb's subject is
    the name, (Gaetano Manfredi; is; The mayor of Naples) and, for a title, (Gaetano Manfredi; is mayor of; Naples);
    what the parser's attachment made of the name and the noun it hung it on ((Naples; is in; Gaetano Manfredi),
    (Marco Bellini; is founder of; the company)) is dropped (Open IE only)."""
    moved = misattached_names(sent)
    if not moved:
        return clauses
    out = []
    inner: dict[int, int] = {}      # a word of the "of" phrase (the name left out): its noun for a person
    for i, name in moved.items():
        named = {t.i for t in name.subtree}
        for t in name.head.subtree:
            if t.i not in named:
                inner[t.i] = i
    names = {t.i: i for i, name in moved.items() for t in name.subtree}
    for c in clauses:
        heads = {h.i for h in (c.subj_head, c.obj_head) if h is not None}
        if c.kind != "verb" and heads & set(inner) and heads & set(names):
            continue
        if c.kind in ("verb", "comp", "copula") and c.subj_head is not None and c.subj_head.i in moved:
            name = moved[c.subj_head.i]
            c = replace(c, subj=name_tokens(name), subj_head=name)
        out.append(c)
    doc = sent.doc
    for i, name in moved.items():
        noun = doc[i]
        tokens = name_tokens(name)
        description = trim([t for t in noun.subtree if t.i < name.left_edge.i - 1])
        out.append(Clause(kind="appos", rel=[], predicate="be", subj=description, obj=tokens, subj_head=noun,
                          obj_head=name, rel_text_override="is", use="openie"))
        lemma = noun.lemma_.lower()
        if lemma not in lx.TITLE_NOUNS or any(c.kind == "title" and c.subj_head is not None
                                               and c.subj_head.i == name.i for c in out):
            continue
        prep = name.head.head
        title = words([t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "case")])
        holder = [t for t in name.head.subtree if t.i < name.left_edge.i - 1]
        out.append(Clause(kind="title", rel=[], predicate=f"{lemma}_{prep.lower_}", subj=tokens, obj=holder,
                          subj_head=name, obj_head=name.head, rel_text_override=f"is {title} {prep.lower_}",
                          use="openie"))
    return out


# types of a possessor that own no role or kin: "last year's winner, X", "Monday's vote"
NO_OWNER_TYPES = frozenset("DATE TIME CARDINAL MONEY PERCENT QUANTITY ORDINAL".split())


def possessed_roles(sent, clauses: list[Clause]) -> list[Clause]:
    """ "The singer's manager, Tom Reilly," -> (Tom Reilly; is manager of; The singer); "IG Metall, Germany's biggest
    union," -> (IG Metall; is biggest union of; Germany); "Raúl Castro, the younger brother of Fidel Castro," ->
    (Raúl Castro; is younger brother of; Fidel Castro): a name set off by commas beside a noun with a possessor (not
    a pronoun: "its unit, Gamesa" names no one), or beside a kin noun with "of" and a person's name, is that noun of
    it, with the words before the noun ("biggest", "younger"), beside the apposition's own tuple (Open IE only; a
    restatement, half as sure: `kg.extract.openie`; not where a title or another implicit relation of the sentence
    says it already)."""
    from kg.extract.implicit import KIN_NOUNS
    doc = sent.doc
    moved = {name.i for name in misattached_names(sent).values()}     # read as `reattached_names` reads them
    said = {(c.subj_head.i, c.obj_head.i) for c in clauses if c.kind in ("title", "implicit")
            and c.subj_head is not None and c.obj_head is not None}
    out = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() == "capital":
            continue
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
            name = noun.head
        else:
            name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)
        if name is None or name.ent_type_ in NO_OWNER_TYPES or name.ent_type_ == "NORP" or name.i in moved:
            continue    # ("The ship's captain, an Italian,": a nationality, no name)
        first, second = sorted((name, noun), key=lambda t: t.i)
        if second.left_edge.i <= first.i or doc[second.left_edge.i - 1].text != ",":
            continue    # set off by a comma ("the Japanese carmaker Toyota" is one phrase)
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
        prep = None
        if owner is None and noun.lemma_.lower() in KIN_NOUNS:
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1),
                        None)
            owner = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ != "PERSON":
                continue
        if owner is None or owner.pos_ == "PRON" or owner.ent_type_ in NO_OWNER_TYPES \
                or owner.lower_ in ("whose", "its", "his", "her", "their", "our", "my", "your", "world"):
            continue    # "the world's largest island" ranks it, and names no holder
        if (name.i, owner.i) in said or any(c.dep_ == "conj" for c in noun.children):
            continue
        start = (owner.right_edge.i + 1) if prep is None else noun.left_edge.i
        while start < noun.i and doc[start].dep_ in ("case", "det"):
            start += 1
        mods = list(doc[start:noun.i])      # "second-largest": the words as written, hyphens kept
        if any(t.head != noun and t.head not in mods for t in mods):
            continue
        obj = possessor_tokens(owner) if prep is None else arg_tokens(owner)
        out.append(Clause(kind="implicit", rel=[], predicate="possessed_role", subj=arg_tokens(name), obj=obj,
                          subj_head=name, obj_head=owner, rel_text_override=f"is {words([*mods, noun])} of",
                          use="openie"))
    return out


def worth_clauses(sent) -> list[Clause]:
    """ "under a contract worth $4 billion" -> (a contract; is worth; $4 billion), "transactions worth $500 million" ->
    (transactions; are worth; $500 million): "worth" and an amount after a noun say what the noun is worth (Open IE
    only; a restatement of a modifier inside another tuple's argument, half as sure: `kg.extract.openie`)."""
    out = []
    for worth in sent:
        noun = worth.head
        if worth.lower_ != "worth" or worth.dep_ not in ("amod", "prep", "acl") or noun.pos_ != "NOUN" \
                or worth.i <= noun.i:
            continue
        amount = [t for t in worth.subtree if t.i > worth.i]
        cut = next((k for k, t in enumerate(amount) if t.dep_ == "prep" and t.lower_ != "of"), len(amount))
        amount = amount[:cut]   # "a deal worth $3 billion with Embraer": the deal is with Embraer
        if not amount or not any(t.ent_type_ == "MONEY" or t.like_num for t in amount):
            continue
        subj = trim([t for t in noun.subtree if t.i <= noun.i])
        be = "are" if noun.tag_ == "NNS" else "is"
        out.append(Clause(kind="implicit", rel=[], predicate="modifier_worth", subj=subj, obj=trim(amount),
                          subj_head=noun, obj_head=amount[-1], rel_text_override=f"{be} worth", use="openie"))
    return out


def adjective_appositions(sent, clauses: list[Clause]) -> list[Clause]:
    """ "The 72-year-old, a former teacher," -> (The 72-year-old; is; a former teacher); "The airline, the largest in
    Southeast Asia," -> (The airline; is; the largest in Southeast Asia): an apposition set off by commas where the
    noun or its description is an adjective standing for a noun under an article, which the apposition clauses of
    `kg.extract.titleclauses` leave out (Open IE only)."""
    doc = sent.doc
    have = {(c.subj_head.i, c.obj_head.i) for c in clauses if c.kind == "appos" and c.subj_head is not None
            and c.obj_head is not None}
    out = []
    for appos in sent:
        head = appos.head
        if appos.dep_ != "appos" or head.i >= appos.i or (head.i, appos.i) in have or (appos.i, head.i) in have:
            continue
        if not (nominal_adjective(head) and appos.pos_ in ("NOUN", "PROPN") or nominal_adjective(appos)
                and head.pos_ in ("NOUN", "PROPN")):
            continue
        first, last = appos.left_edge.i, appos.right_edge.i
        if doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text not in (",", ".", ";"):
            continue
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head   # "The two-day strike by train drivers, the third this year,": the strike's
        out.append(Clause(kind="appos", rel=[], predicate="be", subj=arg_tokens(head), obj=arg_tokens(appos),
                          subj_head=head, obj_head=appos, rel_text_override="is", use="openie"))
    return out


def nominal_adjective(tok: Token) -> bool:
    """An adjective that stands for a noun under an article: "the 72-year-old", "the largest", "the wounded"."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)


def floating_asides(sent) -> list[Clause]:
    """ "The two men, both in their 30s," -> (The two men; are in; their 30s); "The victims, all from the same
    village," -> (The victims; are from; the same village): a phrase set off by commas that "both", "all" or "each"
    floats onto the members of the noun before it is said of the noun (Open IE only; the noun's argument leaves it
    out, `kg.extract.openargs.without_asides`)."""
    from kg.extract.openargs import FLOATING_QUANTIFIERS
    doc = sent.doc
    out = []
    for prep in sent:
        noun = prep.head
        if prep.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN") or prep.i < noun.i \
                or prep.left_edge.lower_ not in FLOATING_QUANTIFIERS or doc[prep.left_edge.i - 1].text != "," \
                or prep.right_edge.i + 1 >= len(doc) or doc[prep.right_edge.i + 1].text != ",":
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        be = "are" if noun.tag_ in ("NNS", "NNPS") or prep.left_edge.lower_ != "each" and noun.tag_ != "NN" else "is"
        subj = trim([t for t in noun.subtree if t.i <= noun.i])
        out.append(Clause(kind="implicit", rel=[], predicate="aside", subj=subj, obj=arg_tokens(pobj), subj_head=noun,
                          obj_head=pobj, rel_text_override=f"{be} {prep.lower_}", use="openie"))
    return out
