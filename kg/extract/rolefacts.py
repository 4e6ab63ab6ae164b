"""Roles the converter states from verbs of holding an office ("X, who leads the Farmers Alliance", "the movement
founded by X", "Y, led by X"), read once the clause's arguments are resolved to entities.

A verb of leading or founding states a role only between a person and a named organisation: "Apple leads the
market", "X led the protest" and "X led Tottenham to a win" state none. A past tense of holding ("who ran the
firm", "who headed the agency") is a former role; a founding stays true.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.roles import (BODY_NOUNS, MILITARY_UNITS, PERSON_ROLE_VERBS, PORTFOLIO_WORDS, ROLE_VERBS, ROLES,
                              body_head, role_of)
from kg.extract.titles import described_name, former, named_elsewhere, title_name, unit_body
from kg.types import Argument, EntityType, Statement

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.arguments import Clause
    from kg.extract.core import _Converter

# Parts of a body whose head is an officer of the body, not its head ("heads the WHO's emergencies unit"; a board's
# chair is the body's: "chairs the Airbus board").
PART_UNITS = frozenset("unit division department arm branch wing bureau office section faculty school business".split())
# Common nouns of bodies a verb of heading or chairing takes as its object ("who heads the agency").
HELD_NOUNS = frozenset("company firm team club".split())
# Prepositions after "led X" that make it a feat, not an office: "led Tottenham to a win", "led Spain past Italy".
FEAT_PREPS = frozenset("to past into against over through".split())
# Verbs of holding an office whose past tense says the office is no longer held ("who ran the firm").
HOLDING_VERBS = frozenset("""head chair coach lead run direct work_for work_at command play_for teach_at
lecture_at""".split())


def role_object(conv: _Converter, clause: Clause, obj: Argument) -> Argument:
    """A role verb's object with the body its description names: "founded the Citizen Action movement" ->
    Citizen Action, "chairs the Airbus board" -> Airbus; a title's "Its" that opens a sentence, the body the sentence
    before is about; any other object unchanged."""
    head = clause.obj_head
    if clause.kind == "title" and head is not None and head.lower_ == "its" and opens_sentence(head):
        key = previous_subject(conv, head)
        if key == NO_BODY:
            return Argument(text=obj.text)
        entity = conv.entity_of(key)
        if place_office(clause.predicate) and (entity is None or entity.type is not EntityType.GPE):
            return Argument(text=obj.text)  # "Its mayor, X" after a sentence about a group: a place's office
        return Argument(text=obj.text, entity=key) if key else obj
    if clause.kind == "title" and not obj.entity and head is not None and named_elsewhere(head):
        key = short_form_body(conv, head)
        return Argument(text=obj.text, entity=key) if key else obj
    if clause.kind == "verb" and clause.predicate in ROLE_VERBS and state_owned(conv, head, obj):
        return Argument(text=obj.text)  # "who chairs the government's council of economic advisers": a body of
                                        # the state its possessor names, not the state
    if obj.entity or head is None or clause.predicate not in ROLE_VERBS:
        return obj
    name = unit_body(head) or (body_head(head) if head.lemma_.lower() in BODY_NOUNS else head)
    key = conv.key_of(conv.cluster_of(name)) if name is not head else None
    return Argument(text=obj.text, entity=key) if key else obj


def state_owned(conv: _Converter, head: Token | None, obj: Argument) -> bool:
    """A verb's object that resolved to a state through the possessor of its common noun ("the government's council",
    "the country's army"): the noun is a body of the state, not the state (nor its government)."""
    entity = conv.entity_of(obj.entity)
    return entity is not None and entity.type is EntityType.GPE and head is not None and head.pos_ == "NOUN" and \
        head.lemma_.lower() not in GOVERNMENT_WORDS and any(c.dep_ == "poss" for c in head.children)


# Offices held only in a place (a town, a city), never in an organisation.
PLACE_OFFICES = frozenset("mayor mayoress burgomaster alderman".split())


def place_office(predicate: str) -> bool:
    """The title predicate names an office of a place ("mayor_of", "deputy_mayor_of")."""
    words = predicate.removeprefix("be_").removesuffix("_of").split("_")
    return words[-1] in PLACE_OFFICES


def short_form_body(conv: _Converter, tok: Token) -> str | None:
    """The one organisation or state whose name opens with a word the tagger did not read as a name ("Borealis" for
    Borealis Resources), or None when none or several do."""
    keys = {e.key for e in conv.entities.values() if e.type in (EntityType.ORGANIZATION, EntityType.GPE)
            and e.label.split()[0] == tok.text and len(e.label.split()) > 1}
    return keys.pop() if len(keys) == 1 else None


QUOTE_MARKS = frozenset('"“”')


def opens_sentence(tok: Token) -> bool:
    """The word opens its sentence, or follows only a quotation that opens it (' "We won," its chairman said ')."""
    if tok.is_sent_start:
        return True
    before = tok.doc[tok.sent.start:tok.i]
    return len(before) > 2 and before[0].text in QUOTE_MARKS and (
        before[-1].text in QUOTE_MARKS or before[-1].text == "," and before[-2].text in QUOTE_MARKS) and \
        sum(t.text in QUOTE_MARKS for t in before) == 2


# previous_subject's answer when the sentence before is about a body that is no entity of the article.
NO_BODY = ""


def state_body(conv: _Converter, noun: Token) -> bool:
    """ "Sweden's medicines agency", "Britain's competition regulator": a body of a state that a common noun with the
    state as its possessor describes (not its government, whose officers are the state's)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in conv.institutions or lemma in GOVERNMENT_WORDS:
        return False
    owners = [conv.entity_of(conv.key_of(conv.cluster_of(c))) for c in noun.children if c.dep_ == "poss"]
    return any(o is not None and o.type is EntityType.GPE for o in owners)


def previous_subject(conv: _Converter, tok: Token) -> str | None:
    """ "Heathrow, which X owns, said ... Its chief executive, Y, said": the organisation or state that is the subject
    of the sentence before (or the organisation that is the agent of its passive, when the subject is none), not a
    body named later in it; None when that subject is none, NO_BODY when it is a state's body that is no entity
    ("Sweden's medicines agency")."""
    if tok.sent.start == 0:
        return None
    root = conv.doc[tok.sent.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    key = conv.key_of(conv.cluster_of(subjects[0])) if len(subjects) == 1 else None
    entity = conv.entity_of(key)
    if (entity is None or entity.type is EntityType.GPE) and len(subjects) == 1 and state_body(conv, subjects[0]):
        return NO_BODY  # "Sweden's medicines agency ... Its director general, X": the agency's, not the state's
    if entity is None and len(subjects) == 1 and subjects[0].dep_ == "nsubjpass":
        # "The protest was organised by the farmers' association. Its president, X": the passive's agent
        agents = [p for c in root.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        key = conv.key_of(conv.cluster_of(agents[0])) if len(agents) == 1 else None
        entity = conv.entity_of(key)
        return key if entity is not None and entity.type is EntityType.ORGANIZATION else None
    return key if entity is not None and entity.type in (EntityType.ORGANIZATION, EntityType.GPE) else None


def role_verb(conv: _Converter, clause: Clause, subj: Argument, obj: Argument) -> str | None:
    """The role a verb of heading, leading, founding or working for states, or None when it states none."""
    pred, head = clause.predicate, clause.obj_head
    entity = conv.entity_of(obj.entity)
    if not subj.entity:
        return None     # "whose agency also represents X": an unresolved holder holds no role
    holder = conv.entity_of(subj.entity)
    if pred in ("head", "chair", "run", "lead", "direct") and head.lemma_.lower() in PART_UNITS and entity is not None \
            and entity.type is EntityType.ORGANIZATION and (pred in ("head", "chair") or holder is not None
                                                            and holder.type is EntityType.PERSON):
        return "employee_of"    # "who heads the department of epidemiology at the University of X", "who runs
                                # Google's cloud unit", "who leads Rio Tinto's iron ore business": a part of it
    if pred in ("head", "chair") and holder is not None and holder.type in (EntityType.GPE, EntityType.LOCATION):
        return None     # "Malaysia, which chairs ASEAN": a state holds a rotating chair, no office (chair(X, Y))
    if pred not in PERSON_ROLE_VERBS:       # head, chair, coach, represent: as the verb was always read
        body = entity is not None and entity.type in (EntityType.ORGANIZATION, EntityType.GPE)
        return ROLE_VERBS[pred] if body or head.lemma_.lower() in conv.institutions | HELD_NOUNS else None
    holder = conv.entity_of(subj.entity)
    if holder is None or holder.type is not EntityType.PERSON:
        return None
    if pred == "command" and entity is None and named_unit(head):
        return ROLE_VERBS[pred]     # "who has commanded the 20th Guards Army": a unit the text names
    if entity is None or entity.type is not EntityType.ORGANIZATION:
        return None     # "led the protest", "led France to the final": no named organisation
    if head.pos_ != "PROPN" and head.lemma_.lower() not in BODY_NOUNS | HELD_NOUNS | conv.institutions and \
            described_name(head) is None:
        return None     # "led the delegation", "ran the numbers": an object that resolves through a description
                        # (but "runs the consultancy Ekberg Partners" names its body)
    verb = clause.verb
    if verb is not None and any(c.dep_ == "prep" and c.lower_ in FEAT_PREPS and not dated(c) for c in verb.children):
        return None     # (but "ran the firm from 2012 to 2022" is a tenure)
    if verb is not None and pred == "direct" and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None     # "directed the bank to pay the fine": an order, not an office
    return ROLE_VERBS[pred]


def dated(prep: Token) -> bool:
    """A preposition whose object is a date: "to 2019" in "from 2015 to 2019"."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ == "DATE" for g in objs)


def named_unit(head: Token) -> bool:
    """ "the 20th Guards Army", "the Black Sea Fleet": a military unit with a name or a number of its own (not "the
    army", "his troops")."""
    return head.lemma_.lower() in MILITARY_UNITS and any(
        c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.like_num or c.text[:1].isdigit())
        for c in head.children)


def pending_role(clause: Clause) -> bool:
    """ "chose X to lead the firm", "hopes to run the party": a role verb in an infinitive is an office not taken yet
    (a founding in one, "helped to found", is no more a fact); but not one someone was put in ("X, who was appointed
    last month to run the bank", "the board elected her in 2019 to lead it": the appointment is done)."""
    verb = clause.verb
    return clause.kind == "verb" and verb is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children) and not appointed_to(verb)


# Verbs that put someone in an office, whose infinitive of holding it is held once they did ("was appointed to run").
PUTTING_VERBS = frozenset("appoint name elect re-elect reelect choose select hire promote install recruit".split())
# Words that start an office later than its appointment: "appointed to lead the bank from January", "once X retires".
LATER_WORDS = frozenset("from starting effective once when after until next".split())


def appointed_to(verb: Token) -> bool:
    """Whether an infinitive of holding an office is the complement or purpose of a past verb of putting someone in
    it, with no later start ("was appointed last month to run the bank"; not "chose X to lead it from January",
    "will be appointed to run it", "is expected to be named to lead it")."""
    gov = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or gov.i == verb.i or gov.lemma_.lower() not in PUTTING_VERBS:
        return False
    if gov.tag_ != "VBD" and not (gov.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" or c.dep_ == "aux"
                                                           and c.lower_ in ("has", "have") for c in gov.children)):
        return False    # a past tense or a past passive only: "is to be appointed to lead", "being chosen to run"
    return gov.dep_ not in ("xcomp", "ccomp") and not any(t.lower_ in LATER_WORDS for t in verb.subtree)


def former_holding(clause: Clause, role: str) -> bool:
    """ "X, who ran the firm until 2019", "X headed the agency": a past tense of holding an office; "Leeds have sacked
    head coach X", "X, the bank's chairman, was ousted": a title held by someone removed from office."""
    if clause.kind in ("title", "appos") and role in ROLES and clause.qualifier != "former" and \
            clause.subj_head is not None and removed(clause.subj_head):
        return True
    verb = clause.verb
    if clause.kind == "copula" and verb is not None and verb.tag_ == "VBD" and role_of(clause.predicate) in ROLES:
        return True     # "X, who was chief executive of Y until 2020": the copula's own statement, beside the role
                        # kg.extract.offices states as former
    if clause.kind != "verb" or clause.predicate not in HOLDING_VERBS or role == clause.predicate or verb is None:
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" or c.dep_ == "aux" and c.lower_ in (
        "had", "'d") and verb.tag_ == "VBN" for c in verb.children)
    # ("X, who had led the body for 12 years": a past perfect holds the office up to a time gone too)


# Verbs of removing someone from an office (kg.extract.offices has its "as" phrases: "was sacked as manager").
REMOVING_VERBS = frozenset("sack fire oust dismiss depose axe unseat topple".split())
# Auxiliaries of a removal not done: "plans to sack", "could oust", "will fire".
UNDONE_AUX = frozenset("to will would could may might should must can 'll".split())


def removed(holder: Token) -> bool:
    """Whether a person is the one a verb of removing someone from office removed: its object, or the subject of
    its passive ("sacked head coach X", "X was ousted", "the chairman, X, was ousted"); not a removal negated,
    planned or to come."""
    if holder.dep_ == "appos" and holder.head.i != holder.i and removed(holder.head):
        return True
    verb = holder.head
    if verb.i == holder.i or verb.lemma_.lower() not in REMOVING_VERBS or verb.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not (holder.dep_ == "dobj" and not passive or holder.dep_ == "nsubjpass"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False    # "party leader X was sacked as finance minister": the office in the "as" phrase is the one left
    return verb.dep_ not in ("xcomp", "advcl") and not any(
        c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.lower_ in UNDONE_AUX for c in verb.children)


# Bodies a secretary is a minister of; a secretary of another body is its officer ("the union's secretary").
GOVERNMENT_WORDS = frozenset("""government ministry department cabinet state country nation administration treasury
office""".split())


def secretary_role(conv: _Converter, clause: Clause, role: str | None, obj: Argument) -> str | None:
    """ "minister_of" for a secretary of a state or a government body; "employee_of" for a secretary of a union, a
    party or a firm ("Tom Marsh, the union's branch secretary"); a treasurer is a minister of a country or a region
    only ("Australian Treasurer X"; "the city treasurer" keeps its accounts). A country's chief of a cabinet
    portfolio is its minister ("the Philippine defence chief X"; not "the army chief", a body's head)."""
    if role == "employee_of" and clause.kind in ("title", "appos") and chief_of_portfolio(clause.predicate):
        entity = conv.entity_of(obj.entity)
        entry = conv.gaz.lookup(entity.label) if entity is not None and entity.type is EntityType.GPE else None
        return "minister_of" if entry is not None and entry.kind == "country" else role
    if role != "minister_of" or not clause.predicate.removeprefix("be_").endswith(
            ("secretary_of", "treasurer_of", "top_diplomat_of")):
        return role
    entity = conv.entity_of(obj.entity)
    if clause.predicate.endswith("top_diplomat_of"):
        # "Kenya's top diplomat" is its foreign minister; a bloc's or a body's ("the EU's top diplomat") represents it
        return role if entity is not None and entity.type is EntityType.GPE else "representative_of"
    if entity is not None and clause.predicate.endswith("treasurer_of"):
        entry = conv.gaz.lookup(entity.label) if entity.type is EntityType.GPE else None
        # "Australia's treasurer" is its finance minister; a city's, a union's or a firm's keeps the accounts
        return role if entry is not None and entry.kind in ("country", "region") else "employee_of"
    if entity is not None and entity.type is EntityType.PERSON and set(
            clause.predicate.removeprefix("be_").removesuffix("_of").split("_")[:-1]) & PORTFOLIO_WORDS:
        return role     # "Trump's agriculture secretary": a cabinet post in the state the person heads
                        # (kg.extract.statetitles.cabinet_of_leader), no private secretary's
    if entity is not None:
        words = set(entity.label.lower().split())
        return role if entity.type is EntityType.GPE or words & GOVERNMENT_WORDS else "employee_of"
    head = clause.obj_head
    word = head.lemma_.lower() if head is not None else ""
    return "employee_of" if head is not None and head.pos_ == "NOUN" and word not in GOVERNMENT_WORDS else role


# Portfolios whose chief in a country is the cabinet's minister ("defence chief", "the finance chief").
MINISTRY_PORTFOLIOS = frozenset("defence defense foreign finance interior justice".split())


def chief_of_portfolio(predicate: str) -> bool:
    """ "defence_chief_of", "finance_chief_of": a portfolio's word, then "chief" or "head" ("foreign policy chief" is
    as often an adviser's title).

    >>> chief_of_portfolio("defense_chief_of"), chief_of_portfolio("army_chief_of")
    (True, False)
    """
    words = predicate.removeprefix("be_").removesuffix("_of").split("_")
    return len(words) == 2 and words[0] in MINISTRY_PORTFOLIOS and words[1] in ("chief", "head", "boss")


# Titles held inside an organisation, whose body an article about one organisation may leave unsaid ("chief
# executive X", "chairwoman X"); not an office of a state, nor a spokesman (of a government as often as of a firm).
INTERNAL_TITLES = frozenset("""chief_executive ceo cfo coo chief_executive_officer chief_financial_officer
chief_operating_officer chairman chairwoman chairperson managing_director executive_director board_member
founder co_founder head_coach coach director_general""".split())


def bare_title(conv: _Converter, m) -> Token | None:
    """The title a person's name carries with no body in it ("chief executive X", "X, the chairwoman,"), or None
    (a body, a description word or a former office in the title)."""
    head = conv.doc[m.end - 1]
    nouns = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < m.start
             and c.lemma_.lower() in lx.TITLE_NOUNS and c.ent_type_ != "PERSON"]
    nouns += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i
              and c.lemma_.lower() in lx.TITLE_NOUNS and any(d.lower_ == "the" for d in c.children)]
    nouns += [a for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() == "be" and c.tag_ != "VBD"
              and not any(d.dep_ in ("aux", "neg") and d.lower_ in ("had", "not", "n't", "will", "would") for d in
                          c.children)
              for a in c.children if a.dep_ == "attr" and a.pos_ == "NOUN" and a.lemma_.lower() in lx.TITLE_NOUNS
              and not any(d.dep_ in ("det", "poss", "prep") for d in a.children)]
    # ("X, who has been chief executive since 2019,": a bare title the relative clause says X holds)
    if len(nouns) != 1 or former(nouns[0], head):
        return None
    noun = nouns[0]
    if any(c.dep_ in ("compound", "nmod", "poss") and c.i < min(noun.i, m.start) and c.pos_ == "PROPN"
           for c in head.children):
        return None     # "Telefonica Deutschland chief executive X", the body hung on the name (and read as a person)
    mods = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for t in c.subtree]
    if any(t.lower_ not in lx.TITLE_NOUNS | lx.TITLE_MODIFIERS for t in mods):
        return None     # "government spokesman", "film director", "the firm's chairman": not bare
    return noun


def lone_body_titles(conv: _Converter, statements: list[Statement]) -> list[Statement]:
    """ "Vexa Motors cut 300 jobs. ... chief executive Ana Lind said": a bare title of an organisation's own officer
    is held in the article's organisation when the article names exactly one, or names one four times and at least
    three times as often as any other, with a low confidence."""
    from kg.extract.core import provenance     # the converter's module builds on this one
    orgs = {e.key for e in conv.entities.values() if e.type is EntityType.ORGANIZATION}
    ranked = sorted(((conv.mention_counts.get(k, 0), k) for k in orgs), reverse=True)
    if not ranked or len(ranked) > 1 and not (ranked[0][0] >= 4 and ranked[0][0] >= 3 * ranked[1][0]):
        return []   # none, or several with none the article is about (named four times, three times as often)
    body = conv.entity_of(ranked[0][1])
    titled = {st.subject.entity for st in statements if st.subject.entity and st.predicate in ROLES}
    out = []
    for m in conv.res.mentions:
        key = conv.entities[m.cluster].key if m.type is EntityType.PERSON and m.cluster in conv.entities else None
        noun = bare_title(conv, m) if key is not None and key not in titled else None
        office = title_name(noun) if noun is not None else None
        if office not in INTERNAL_TITLES:
            continue
        titled.add(key)
        sent_text, sent_start, sent_end = provenance(conv.doc[m.start].sent)
        was = removed(conv.doc[m.end - 1])     # "Vexa Motors has sacked chief executive Ana Lind"
        out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role_of(f"{office}_of"),
                             predicate_label=f"{office.replace('_', ' ')} of",
                             object=Argument(text=body.label, entity=body.key),
                             extra=(Argument(text="former", datatype="former"),) if was else (),
                             confidence=0.4, sentence=sent_text, char_start=sent_start, char_end=sent_end))
    return out
