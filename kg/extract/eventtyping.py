"""A statement's CAMEO event type: the clause's verb, object and further arguments coded by the event dictionary,
and the tests that make a clause no event (a natural force or a thing as the actor, an act on the actor's own
possession, a trip to a place, a contest's margin)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.events import MONEY_GIVING_VERBS, MONEY_SET, RECEIVING_VERBS, agent_nouns, norm_word
from kg.extract.docarrays import arrays
from kg.extract.eventcues import (BODY_NOUNS, NAMING_VERBS, PEOPLE_COUNTERPARTS, counted_head, crowd_count,
                                 expulsion_code, foreboding, governed_code, habitual_share, natural_force, naming_code,
                                 office_removal, own_organ, propelled, relief_code, score_margin, standing_function,
                                 thing_subject)
from kg.extract.eventsenses import (business_works, cessation_code, civil_aircraft, civil_protest_code,
                                    court_appeal_code, court_on_ruling, dismissal, extraction_code, harmless_blast,
                                    joining_code, legislative_procedure, names_other_actor, nominal_act_code,
                                    official_protest_code, operations_only, organised_protest_code, particle_verb,
                                    own_people_aided, person_noun, police_raid_code, return_code, rival_business,
                                    share_won, space_launch, stopped_relation_code, suspended_body_code)
from kg.extract.factuality import sentence_bounds
from kg.extract.spans import LITERAL_TYPES
from kg.types import EntityType

if TYPE_CHECKING:       # the converter builds on this module
    from kg.extract.arguments import Clause
    from kg.extract.core import _Converter

# Verbs of going somewhere: to a place that stands for no government they are a trip, no visit (CAMEO 04).
TRAVEL_VERBS = frozenset("fly travel go come arrive head return tour visit drive sail rush hurry".split())
ACTOR_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE, EntityType.GROUP})
# Prepositions of a further argument that names no counterpart: a place, a time, a source.
NOT_COUNTERPART = frozenset("""in at near inside within across throughout during since until according after before
following amid""".split())
# Clauses that state a role or an identity, never an event; and the target of an act aimed at it ("fired rockets
# at Haifa": fire_at), whose event is the act's own statement's.
UNTYPED_KINDS = frozenset({"title", "member", "appos", "copula", "aimed"})
# Verbs that make or unmake a body ("set up a committee", "dissolved the council"): the body is no counterpart.
BODY_MAKING_VERBS = frozenset("""set_up establish form found create launch convene appoint dissolve disband abolish
scrap merge""".split())
# Modifiers of a noun that are clauses of their own: an actor inside one is the clause's, not the act's counterpart.
CLAUSAL_MODIFIERS = frozenset("acl relcl advcl ccomp".split())


def event_type(conv: _Converter, clause: Clause, predicate: str) -> str | None:
    """The clause's CAMEO code from its predicate, its object's words and its further arguments, as the verb
    governing it and the sentence tell it (:mod:`kg.extract.eventcues`); none for a role (``predicate``, the
    statement's, is then a role relation and not the clause's verb) or an order to the actor's own organ. A
    recipient's statement ("sold its stake to Y": sell_to) has the code of the giving's own statement."""
    if clause.kind == "recipient":
        return conv.given_codes.get(clause.verb.i) if clause.verb is not None else None
    code = verb_event_type(conv, clause, predicate)
    if clause.verb is not None and clause.kind == "verb":
        conv.given_codes[clause.verb.i] = code
    return code


def verb_event_type(conv: _Converter, clause: Clause, predicate: str) -> str | None:
    """The code of a verb clause's own statement, none where no actor acts on another (see :func:`event_type`)."""
    if clause.kind in UNTYPED_KINDS or predicate != clause.predicate:
        return None
    code = clause_event_type(conv, clause)
    verb = clause.verb
    if verb is None:
        return code
    if code is None:
        code = cessation_code(conv, clause, verb)   # "stopped sharing data with Y": a cooperation stopped
    code = stopped_relation_code(conv, clause, verb, code,    # "froze grants to three universities"
                                 lambda c: country_or_actor(conv, c))
    code = nominal_act_code(conv, clause, verb, code)     # "renewed its demand", "handed a note of protest"
    code = civil_protest_code(conv, clause, verb, code)   # "farmers blockaded the headquarters": a protest
    code = organised_protest_code(conv, clause, verb, code)   # "the union organised blockades": a protest
    code = official_protest_code(conv, clause, code)      # "Japan lodged a protest with China": a complaint
    code = extraction_code(conv, clause, verb, code)      # "pulled the US out of the Paris Agreement": withdrawn
    code = suspended_body_code(conv, clause, verb, code)  # "the junta suspended the BBC": a sanction
    code = police_raid_code(conv, clause, verb, code)     # "police raided the offices": coercion, no war
    code = court_appeal_code(clause, verb, code)     # "would appeal to the Supreme Court": a legal appeal
    if code and (operations_only(conv, clause, code, lambda c: country_or_actor(conv, c)) or court_on_ruling(conv, clause)
                 or business_works(conv, clause, code) or dismissal(conv, clause)
                 or civil_aircraft(conv, clause, code) or rival_business(conv, clause, code)
                 or own_people_aided(conv, clause, code) or share_won(clause, code)):
        return None     # "the airline suspended flights", "the appeals court overturned the ruling", "fired its coach",
        # "attacked Disney's streaming business", "evacuated its nationals"
    if code and legislative_procedure(clause, verb) and has_counterpart(conv, clause) != "actor":
        return None     # "voted against the motion", "tabled a motion of no confidence": a legislature's procedure
    subject = conv.cluster_of(clause.subj_head) if clause.subj_head is not None else None
    if code and (harmless_blast(conv, clause, verb, subject) or space_launch(clause, verb)):
        return None     # "a gas cylinder exploded in a restaurant", "launched a Falcon 9 rocket"
    if code and own_organ(verb, clause.obj_head, subject, conv.cluster_of):
        return None
    if code and natural_subject(conv, clause, subject):
        return None     # "Typhoon Mawar left the area": no actor acts
    if code and code[:2] != "01" and thing_as_subject(conv, clause, subject, code):
        return None     # "the cap eased pressure on rents": a thing acts on no one
    if code and code[:2] in ("17", "18", "19", "20") and (score_margin(verb) or propelled(verb)):
        return None     # "beat Australia by 40 runs", "fired Madrid into the lead": a contest
    if code and code[:2] == "13" and foreboding(verb, clause.obj_head):
        return "012"    # "warned that inflation could rise": a pessimistic comment, no threat
    if code and code[:2] in ("04", "05") and crowd_count(counted_head(clause.obj_head)):
        return None     # "welcomed a record 36 million tourists": a tally, no counterpart met
    if code and code[:2] == "04" and crowd_count(counted_head(clause.subj_head)):
        return None     # "a million people attend its services": a tally of visitors, no visit
    target = conv.entities.get(conv.cluster_of(clause.obj_head)) if clause.obj_head is not None else None
    if code and code[:2] == "17" and own_possession(conv, clause, subject):
        return None     # "nationalised its gas fields": an act on what the actor owns coerces no one
    if code is None and verb.lemma_.lower() == "sign" and target is not None and target.type is EntityType.PERSON:
        code = "057"    # "signed the striker Paulo Dybala": a contract with the one signed
    if code and office_removal(verb, clause.obj_head, target.type.value if target is not None else None):
        return None     # "voted to remove Prime Minister X": a personnel change, no expulsion
    code = expulsion_code(code, target.type.value if target is not None else None,
                          clause.obj_head.lemma_.lower() if clause.obj_head is not None else "")
    code = joining_code(verb, return_code(conv, clause, verb, code), target.type if target is not None else None)
    return relief_code(verb, governed_code(conv.coder, verb, clause.obj_head, code))


def clause_event_type(conv: _Converter, clause: Clause) -> str | None:
    """The event dictionary's code of the clause's verb (or its coded object's verb), object and further arguments."""
    head = clause.obj_head
    verb = clause.verb
    if verb is not None and verb.lemma_.lower() in NAMING_VERBS:
        code = naming_code(verb)
        if code is not None:
            return code     # "called the result disappointing": naming a thing is a comment
    if habitual_share(verb, head) or standing_function(verb):
        return None     # "Norway supplies a third of Europe's gas": a quantity the actor has, no act; "the panel,
        # which advises the government": its standing work
    if head is not None and head.pos_ in ("VERB", "AUX"):
        # a clause object ("said it would withdraw its troops") has its own statement: only the verb codes,
        # and a clause is no partner to meet or yield to ("travelled before returning")
        return conv.coder.code(clause.predicate, (), None, (), counterpart="thing",
                               sentence=sentence_lemmas(conv, head))
    coded = clause.predicate
    if clause.code_object and verb is not None:
        # "signed a deal with Y", sign_with(X, Y): coded as the verb with the deal, Y the counterpart
        head, coded = clause.code_object[-1], verb.lemma_.lower()
        if coded == "be":
            coded = clause.predicate     # "is in talks with Y": negotiate_with, the copula codes nothing
    head = counted_head(head)       # "a new round of sanctions": the sanctions
    cols = arrays(conv.doc)     # each word's lemma and flags by position (a Token's decode its strings on each access)
    lemma, alpha, stop = cols.lemma, cols.is_alpha, cols.is_stop
    h = head.i if head is not None else -1
    obj = [norm_word(lemma[t.i]) for t in clause.code_object or clause.obj or () if alpha[t.i] and not stop[t.i]
           or t.i == h]
    context = [norm_word(lemma[t.i]) for e in clause.extras for t in e if alpha[t.i] and not stop[t.i]]
    if verb is not None and verb.lemma_.lower() in TRAVEL_VERBS and place_only(conv, clause):
        return None     # "flew to Jajarkot": a trip to a place, no visit to anyone
    sentence = sentence_lemmas(conv, verb) if verb is not None else ()
    # what one receives is the act's counterpart only as the object: "received a delegation" hosts it, "received a
    # shipment from Brazil" hosts no one (Brazil gave)
    counterpart = has_counterpart(conv, clause, head_only=verb is not None and particle_verb(verb) in RECEIVING_VERBS)
    word = norm_word(head.lemma_) if head is not None else None
    currencies = conv.coder.synsets.get(MONEY_SET, ())
    if head is not None and head.ent_type_ == "MONEY" and word not in currencies:
        word = "money"      # "$30 million", "€2bn": a sum, as the dictionary's set of currencies names it
    if counterpart == "actor" and word in currencies and verb is not None and \
            verb.lemma_.lower() in MONEY_GIVING_VERBS and not money_recipient(conv, clause):
        counterpart = "thing"   # "transferred money from the charity's accounts to her own": no one is given it
    code = conv.coder.code(coded, obj, word, context, counterpart=counterpart, sentence=sentence)
    if code is None and counterpart != "actor" and head is not None and head.dep_ == "dobj" and person_noun(head) \
            and not created_body(clause, head):
        # "arrested a pastor": a person by a noun the agents dictionary lacks is a counterpart, where the verb needs
        # one to be coded at all (a code the clause has as it is stays: "defended the minister" is words, 052)
        code = conv.coder.code(coded, obj, word, context, counterpart="actor", sentence=sentence)
    return code


def money_recipient(conv: _Converter, clause: Clause) -> bool:
    """Whether the clause names an actor a sum goes to: in a "to", "for" or "into" phrase ("sent $30 million to
    Lebanon"), not one it comes from ("transferred money from the charity's accounts")."""
    subject = conv.cluster_of(clause.subj_head) if clause.subj_head is not None else None
    tokens = [t for e in clause.extras if e and e[0].lower_ in ("to", "for", "into") for t in e]
    return names_other_actor(conv, tokens, subject)


def country_or_actor(conv: _Converter, cid: int) -> bool:
    """Whether the cluster is an actor other than a town: a person, an organisation, a group, a country or a
    capital ("flights to Moscow", not "flights to Tel Aviv")."""
    ent = conv.entities.get(cid)
    if ent is None or ent.type not in ACTOR_TYPES:
        return False
    if ent.type is not EntityType.GPE:
        return True
    entry = conv.gaz.lookup(ent.label)
    return entry is None or entry.kind in ("country", "capital")


def own_possession(conv: _Converter, clause: Clause, subject: int | None) -> bool:
    """Whether the clause acts on a possession of its own subject ("its gas fields") and names no other actor
    ("closed its airspace to Polish airlines" names one)."""
    head = clause.obj_head
    if head is None or subject is None or has_counterpart(conv, clause) == "actor":
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    return bool(owners) and all(conv.cluster_of(o) == subject for o in owners)


def natural_subject(conv: _Converter, clause: Clause, subject: int | None) -> bool:
    """Whether the clause's subject is a natural force, by its own words or its entity's label."""
    words = [t.lemma_ for t in clause.subj or ()]
    ent = conv.entities.get(subject) if subject is not None else None
    if ent is None:
        return natural_force(words)
    # "Mawar" where the article named "Typhoon Mawar" (a node of its own when the names are not merged)
    return natural_force(words + ent.label.split()) or ent.label in storm_names(conv)


def storm_names(conv: _Converter) -> set[str]:
    """The names of storms the article's entities label ("Mawar" of "Typhoon Mawar"), made once for its labels."""
    labels = tuple(e.label for e in conv.entities.values())
    if conv.storms is None or conv.storms[0] != labels:
        conv.storms = labels, {label.split(" ", 1)[1] for label in labels
                                if " " in label and natural_force(label.split()[:1])}
    return conv.storms[1]


def thing_as_subject(conv: _Converter, clause: Clause, subject: int | None, code: str) -> bool:
    """Whether the clause's subject is a thing, not an actor: an event ("the Eurovision Song Contest") or a
    common noun that names none (see :func:`kg.extract.eventcues.thing_subject`). A name typed a place may be
    an actor the tagger mistook ("Oxfam called the plan a gimmick"): it keeps its code."""
    ent = conv.entities.get(subject) if subject is not None else None
    if ent is not None:
        return ent.type is EntityType.EVENT
    return thing_subject(counted_head(clause.subj_head), code, conv.coder)


def sentence_lemmas(conv: _Converter, tok: Token) -> list[str]:
    """The lower-case lemmas of the words (alphabetic tokens) of the token's sentence, made once a sentence."""
    start, end = sentence_bounds(tok)
    lemmas = conv.lemma_cache.get(start)
    if lemmas is None:
        cols = arrays(conv.doc)
        alpha, lemma = cols.is_alpha, cols.lemma_lower
        lemmas = conv.lemma_cache[start] = [lemma[i] for i in range(start, end + 1) if alpha[i]]
    return lemmas


def place_only(conv: _Converter, clause: Clause) -> bool:
    """Whether the clause goes to a place that stands for no government and meets no actor: a town, a
    district, a mountain ("flew to Jajarkot"), not a country or its capital ("flew to Dakar", "visited
    Japan"), and no actor in its further arguments ("travelled to Geneva for talks with Iran")."""
    head = clause.obj_head
    cid = conv.cluster_of(head) if head is not None else None
    ent = conv.entities.get(cid) if cid is not None else None
    places = (EntityType.GPE, EntityType.LOCATION)
    if ent is None or ent.type not in places and not any(
            m.type in places and m.text.lower() == ent.label.lower() for m in conv.res.mentions):
        return False        # a place, or a name the article once types a place ("the district of Jajarkot")
    entry = conv.gaz.lookup(ent.label)
    if entry is not None and entry.kind in ("country", "capital"):
        return False
    subject = conv.cluster_of(clause.subj_head) if clause.subj_head is not None else None
    tokens = [t for e in clause.extras if e and e[0].lower_ not in NOT_COUNTERPART for t in e]
    return not any(c not in (subject, cid) and c in conv.entities and conv.entities[c].type in ACTOR_TYPES
                   for c in conv.res.clusters_in(tokens))


def has_counterpart(conv: _Converter, clause: Clause, head_only: bool = False) -> str:
    """What the clause acts on: "actor" when its object is one (an entity, an agent noun like "residents"), or its object or further arguments name an actor other than the subject ("Microsoft's takeover
    of Activision", "offered a deal to Sony"); "named" for a named place or thing ("the Kakhovka dam");
    else "thing" ("abandoned its lunar programme"). ``head_only`` reads the object's head alone ("received a
    subpoena from the SEC": a thing)."""
    head = counted_head(clause.obj_head)    # "the first group of migrants": the migrants
    if head is None or head.ent_type_ in LITERAL_TYPES and head.ent_type_ != "MONEY":
        return "thing"      # no object, or a date or a quantity ("escalated on Monday", "took 54 percent"); a sum
        # may go to someone ("sent $30 million to the Palestinian Authority")
    cid = conv.cluster_of(head)
    if cid is not None and cid in conv.entities:
        return "actor" if conv.entities[cid].type in ACTOR_TYPES else "named"
    agents = agent_nouns()
    nominal = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))]
    if any(t.pos_ in ("NOUN", "PROPN") and norm_word(t.lemma_) in agents for t in nominal) or \
            head.pos_ == "NOUN" and norm_word(head.lemma_) in PEOPLE_COUNTERPARTS and not created_body(clause, head) \
            or demonym_people(head):
        return "actor"      # "residents", "a police convoy", "the organisers of the rally", "120 Hondurans"
    if head_only:
        return "thing"
    subject = conv.cluster_of(clause.subj_head) if clause.subj_head is not None else None
    tokens = list(clause.obj or ()) + [t for e in clause.extras if e and e[0].lower_ not in NOT_COUNTERPART
                                       for t in e]
    inside = {t.i for t in tokens}
    tokens = [t for t in tokens if not in_verb_modifier(t, inside) and not work_maker(t)]
    if any(c != subject and c in conv.entities and conv.entities[c].type in ACTOR_TYPES
           for c in conv.res.clusters_in(tokens)):
        return "actor"
    places = list(clause.obj or ()) + [t for e in clause.extras if e and e[0].lower_ in ("in", "at", "near")
                                       for t in e]
    return "placed" if any(conv.entities[c].type in (EntityType.GPE, EntityType.LOCATION)
                           for c in conv.res.clusters_in(places) if c in conv.entities) else "thing"


# Works whose maker a "by" phrase names ("a portrait by Lucian Freud", "a novel by Orhan Pamuk").
WORK_NOUNS = frozenset("""painting portrait canvas landscape drawing sketch sculpture statue bust scene still_life
print photograph photo work artwork masterpiece novel book poem play song album opera symphony film""".split())


def work_maker(tok: Token) -> bool:
    """Whether a word stands in a "by" phrase that names the maker of a work ("withdrew a portrait by Lucian Freud
    from the sale"): the maker is no counterpart of what is done with the work."""
    cols = arrays(tok.doc)      # asked of every word of every coded clause: its ancestors by position, not Tokens
    head_of, dep_of, pos_of = cols.head, cols.dep, cols.pos
    anc = tok.i
    while head_of[anc] != anc:
        anc = head_of[anc]
        if dep_of[anc] in ("prep", "agent") and cols.lower[anc] == "by":
            work = head_of[anc]
            if pos_of[work] in ("VERB", "AUX") and not any(dep_of[c] == "auxpass" for c in cols.children[work]):
                work = anc - 1  # an active verb's "by" right after its object: the parser's misreading
            return pos_of[work] == "NOUN" and cols.lemma_lower[work] in WORK_NOUNS
    return False


def created_body(clause: Clause, head: Token) -> bool:
    """Whether the object is a body the clause's verb creates or ends ("set up a committee", "dissolved the
    council"): what the actor makes, no counterpart."""
    verb = clause.verb
    return verb is not None and norm_word(head.lemma_) in BODY_NOUNS and particle_verb(verb) in BODY_MAKING_VERBS


def demonym_people(head: Token) -> bool:
    """Whether a plural noun of nationality or group names people ("deported 120 Hondurans", "freed 30 Yazidis"):
    the tagger labels it a nationality, and a plural one is those people, not their country."""
    return head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")


def in_verb_modifier(tok: Token, inside: set[int]) -> bool:
    """Whether ``tok`` stands inside a clause that modifies a noun of the phrase whose words' positions are
    ``inside`` ("a tax on homes bought by people from outside the European Union": the European Union), below the
    phrase's top. (The caller makes ``inside`` once for all the phrase's words.)"""
    cols = arrays(tok.doc)      # called for every word of every phrase: positions, not Tokens
    head_of, dep_of = cols.head, cols.dep
    i = tok.i
    while head_of[i] != i and head_of[i] in inside:
        if dep_of[i] in CLAUSAL_MODIFIERS:
            return True
        i = head_of[i]
    return False
