"""Senses of a clause that the verb and object alone code wrongly, told by the clause's actors: an act on an
actor's own operations or facilities, a court on another court's ruling, stopping a cooperation ("stopped sharing
data with", "froze grants to", "broke off talks"), returning a thing to someone, joining an organisation, a boycott
or a blockade by civilians, and an act named by a noun after a verb of repeating or delivering it ("renewed its
demand", "handed a note of protest")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.events import ARMS_WORDS, agent_nouns, norm_word
from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.eventcues import PEOPLE_COUNTERPARTS, counted_head
from kg.extract.references import BUSINESS_NOUNS, PUBLIC_KINDS
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.arguments import Clause
    from kg.extract.core import _Converter

# An actor's own operations and facilities: closing an airport, suspending or cancelling flights, halting
# production is an act on what the actor runs (the dictionary's CLOSE AIRPORT 191, SUSPEND FLIGHT 160), no act
# towards anyone unless the clause names that other ("suspended flights to Russia", "closed the airport to
# Israeli planes"). (Not borders, airspace, embassies or talks: closing those acts on a neighbour.)
OPERATION_OBJECTS = frozenset("""flight airport runway terminal route service operation production output sailing
departure train ferry plant factory refinery mine station""".split())
OPERATION_ROOTS = frozenset("16 17 19".split())
# Prepositions that name whom such an act is towards ("flights to Moscow", "exports from Iran"); not its cause or
# its time ("because of a strike by French controllers").
COUNTERPART_PREPS = frozenset("to from for with on against into".split())
# A court's ruling on a ruling ("overturned the High Court's ruling", "quashed a lower court's acquittal") is the
# course of a case, no act of one actor towards another.
COURT_NOUNS = frozenset("court tribunal judge bench panel justice".split())
LEGAL_FORA = frozenset("court tribunal arbitration".split())   # where one takes a party or a dispute
RULING_NOUNS = frozenset("""ruling verdict judgment judgement decision conviction acquittal sentence order
finding""".split())
# Stopping, halting or ceasing a cooperation ("stopped sharing data with", "halted buying gas from") reduces
# relations: the code of the stopped act's root.
CESSATION_VERBS = frozenset("stop cease halt quit suspend end discontinue".split())
STOPPED_CODES = {"03": "160", "04": "164", "05": "161", "06": "160", "07": "162"}
# Giving a thing back to someone ("returned the bronzes to Nigeria") returns it (084), as handing it back does.
RETURN_VERBS = frozenset(["return"])
# Stopping what one actor gives to or shares with another ("froze grants to three universities", "suspended the export
# licence of a Chinese miner", "cancelled its partnership with Roscosmos", "broke off talks") reduces relations, by
# the kind of the thing stopped (the codebook's 161 relations, 162 aid, 164 negotiations, 165 mediation, 172
# administrative sanctions, 160 the rest): the dictionary names such objects for a few verbs only; the class is
# the object's, for every verb of stopping. Supplies, exports and deliveries to another ("shut off gas supplies to
# Moldova", "cut gas exports to Spain") are material support stopped (162, as the dictionary codes CUT SUPPLY) where
# the other is a country or a body, not a region or a town ("cut off water supplies to Crimea"). Used where the
# dictionary codes the clause not at all.
STOPPING_VERBS = CESSATION_VERBS | frozenset("""cancel freeze sever terminate revoke scrap axe abandon withdraw
break_off call_off cut_off cut shut_off""".split())
SUPPLY_OBJECTS = frozenset("supply export delivery shipment".split())
STOPPED_OBJECTS = {**dict.fromkeys("talk negotiation dialogue".split(), "164"), "mediation": "165",
                   **dict.fromkeys("relation tie".split(), "161"),
                   **dict.fromkeys("""cooperation collaboration partnership alliance agreement accord pact treaty
                                   membership""".split(), "160"),
                   **dict.fromkeys("aid assistance funding grant loan subsidy credit donation".split(), "162"),
                   **dict.fromkeys(SUPPLY_OBJECTS, "162"),
                   **dict.fromkeys("licence license permit accreditation visa concession".split(), "172")}
# Talks, mediation and relations are between parties the clause need not name ("broke off talks"); what else is
# stopped must be another actor's or shared with one, whom the clause names ("froze its funding to Hungary"; not
# "cut its own funding", "the airline's licence was suspended" as a domestic act on nobody named).
PARTIES_IMPLIED = frozenset("164 165 161".split())
# Civilians' boycotts and blockades are protest (the codebook's 143 strike or boycott, 144 obstruct passage); a
# state's are an embargo (163) or a blockade by force (191). Civilians: the agents dictionary's sectors that are no
# state, force or armed group.
CIVIL_PROTESTS = {"boycott": "143", "blockade": "144", "picket": "144", "besiege": "144"}
CIVIL_SECTORS = frozenset("CVL LAB EDU AGR REL CHR MUS JEW HIN BUD BUS MED HLH OPP ENV NGO REF ELI".split())
CIVIL_BODIES = frozenset("union federation association cooperative co-operative syndicate".split())
# Private people the agents dictionary does not list ("parents boycotted the tests", "fishermen blockaded the port").
CIVIL_PEOPLE = frozenset("""parent fisherman fishermen consumer shopper commuter patient fan driver trucker rider
tenant homeowner villager pensioner""".split())
# Protests named by a noun that a verb of organising or leading carries ("organised blockades of three depots", "led
# a march on the parliament", "mounted a picket"): the codebook's 14 by the kind of protest; a state's or a force's
# blockade is force and its boycott an embargo, which the dictionary codes from their own verbs.
ORGANISING_VERBS = frozenset("organise organize lead mount coordinate arrange stage hold spearhead".split())
PROTEST_NOUNS = {**dict.fromkeys("protest".split(), "140"),
                 **dict.fromkeys("demonstration rally march sit-in vigil".split(), "141"),
                 **dict.fromkeys("strike walkout stoppage boycott".split(), "143"),
                 **dict.fromkeys("blockade picket roadblock occupation".split(), "144"), "riot": "145"}
# Verbs of beginning a protest ("began an indefinite strike", "launched a boycott"): the protest, as organising it is;
# a strike begun or launched is a labour one only with a labour cue (LABOUR_STRIKE_WORDS, a civil subject), for
# fighters launch strikes too ("the militants launched a strike on the base")
STARTING_VERBS = frozenset("begin start launch".split())
LABOUR_STRIKE_WORDS = frozenset("""indefinite general nationwide national open-ended warning rolling wildcat pay
24-hour 48-hour 72-hour one-day two-day three-day week-long weeklong""".split())
STATE_SECTORS = ("GOV", "MIL", "COP", "SPY", "JUD", "LEG")
# A protest of a state or of its government, parliament or courts ("Japan lodged a protest with China", "the foreign
# ministry protested to Berlin") is an official complaint (114), not the dissent of citizens PROTEST's own 140 codes;
# police or soldiers protesting over their pay are citizens protesting.
OFFICIAL_SECTORS = ("GOV", "LEG", "JUD")
# Force codes (17-20) on a building or a thing by a business that names no one else ("the developer demolished the
# tower block", "the mining company blasted the hillside"): its own works, no coercion or attack on anyone.
FORCE_ROOTS = frozenset("17 18 19 20".split())
DWELLING_NOUNS = frozenset("""village town city camp settlement home house flat apartment neighbourhood neighborhood
district hamlet shelter tent""".split())
# A raid or a search by the police, a court, an inspectorate or a civil ministry is coercion (the codebook's 17),
# not the military force (19) RAID alone is coded: "police raided the offices of the newspaper".
RAID_VERBS = frozenset("raid storm search".split())
CIVIL_POWER_SECTORS = ("COP", "JUD")
CIVIL_POWER_NOUNS = frozenset("""police inspector inspectorate investigator prosecutor regulator authority customs
bureau commission agency ministry directorate watchdog""".split())
# Verbs that repeat an act named by their object noun ("renewed its demand that ...", "reiterated its call for a
# ceasefire", "stepped up its criticism of"), and verbs that deliver a document of an act ("handed a note of protest
# to", "sent a letter of complaint"): the act is the noun's, coded as its verb with the noun's complement.
REPEATING_VERBS = frozenset("renew repeat reiterate restate redouble step_up".split())
DELIVERING_VERBS = frozenset("hand deliver send present submit pass".split())
DOCUMENT_NOUNS = frozenset("note letter memorandum memo message".split())
# Firing or sacking a person ("fired the engineer", "sacked its coach", "fired Comey") is a dismissal: no force (the
# dictionary's FIRE is 190) and no act of one actor towards another.
DISMISSAL_VERBS = frozenset("fire sack".split())
# Verbs of a blast with no object: an explosion is an attack (EXPLODE is 183) only where what blew up is a weapon or
# a bomb ("a car bomb exploded outside the station"), not a gas cylinder, a boiler or a rocket at launch.
BLAST_VERBS = frozenset("explode blow_up go_off".split())
EXPLOSIVE_NOUNS = frozenset("bomb device explosive mine landmine grenade shell ied charge bomber".split())
# A launch vehicle named or made for space ("a Falcon 9 rocket", "the Long March 5 rocket", "its moon rocket"):
# launching one aimed at no one is a launch, not a rocket attack (LAUNCH &weapon is 194).
SPACE_WORDS = frozenset("moon space orbital lunar mars heavy carrier launch".split())
# A probe launched is a spacecraft, not an inquiry (LAUNCH * PROBE is 090), where it is sent "to" or "towards" a place
# ("a probe to Jupiter's moon") or a word of space says so ("a space probe", "a solar probe"); a probe "into" or "of"
# something is an inquiry, whatever else the phrase holds.
PROBE_SPACE_WORDS = SPACE_WORDS | frozenset("solar sun deep interplanetary asteroid comet robotic".split())
DESTINATION_PREPS = frozenset("to toward towards".split())
AIMED_PREPS = lx.TARGET_PREPS | {"over"}     # "launched rockets at Sderot", "fired a missile over Japan"
# Aircraft a maker delivers, sells or leases to airlines ("Boeing delivered 40 jets in March", "Embraer will deliver
# ten E2 jets to KLM") are trade, not the military cooperation or aid the dictionary codes for aircraft (062, 072)
# between states and forces; a fighter ("F-16 jets", "fighter jets") or a state or force receiving them stays.
AIRCRAFT_NOUNS = frozenset("jet plane aircraft airliner airplane jetliner freighter helicopter".split())
ARMED_NOUNS = frozenset("force army navy military ministry government".split())
MILITARY_MODEL = re.compile(r"(?:F|F/A|MiG|Su|J|B|AH|UH|CH|MQ|RQ|KC)-\d", re.I)
ACTORS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE, EntityType.GROUP)
PEOPLE_OR_PLACES = (EntityType.PERSON, EntityType.GPE, EntityType.GROUP, EntityType.LOCATION)


def operations_only(conv: _Converter, clause: Clause, code: str | None, country_or_actor) -> bool:
    """Whether a code of reducing relations, coercion or fighting falls on the actor's own operations or facilities
    (:data:`OPERATION_OBJECTS`) with no other actor named: ``country_or_actor(cluster)`` says whether a cluster of
    the object or the further arguments is one (a country, a capital, a person, an organisation)."""
    head = clause.obj_head
    if not code or code[:2] not in OPERATION_ROOTS or head is None or norm_word(head.lemma_) not in OPERATION_OBJECTS:
        return False
    if code[:2] == "19" and code[:3] != "191":
        return False    # closing one's own airports restricts movement (191); striking or seizing a refinery is force
    subject = conv.cluster_of(clause.subj_head) if clause.subj_head is not None else None
    tokens = [t for t in clause.obj or () if t.i != head.i] + [t for e in clause.extras
                                                               if e and e[0].lower_ in COUNTERPART_PREPS for t in e]
    return not any(c not in (subject, conv.cluster_of(head)) and country_or_actor(c)
                   for c in conv.res.clusters_in(tokens))


def court_on_ruling(conv: _Converter, clause: Clause) -> bool:
    """Whether a court (or a judge) acts on a ruling, a verdict or a conviction that names no party but courts
    ("the appeals court upheld the lower court's verdict"): the course of a case. A ruling on a party stays its
    act towards the party ("overturned the conviction of the dissident")."""
    subj, head = clause.subj_head, clause.obj_head
    if not (subj is not None and head is not None and subj.lemma_.lower() in COURT_NOUNS
            and norm_word(head.lemma_) in RULING_NOUNS):
        return False
    # the party is the ruling's owner or its "of"/"against" phrase ("the conviction of the blogger"), not the
    # words of its content ("a ruling that Zoomly must pay")
    party = [t for c in head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "against")
             for t in c.subtree]
    agents = agent_nouns()
    for t in party:
        if t.pos_ == "NOUN" and norm_word(t.lemma_) in agents and t.lemma_.lower() not in COURT_NOUNS:
            return False    # "the acquittal of the former banker"
    for c in conv.res.clusters_in(party):
        ent = conv.entities.get(c)
        if ent is not None and ent.type in ACTORS and not COURT_NOUNS & set(ent.label.lower().split()):
            return False
    return True


def cessation_code(conv: _Converter, clause: Clause, verb: Token) -> str | None:
    """The code of stopping a cooperation named by a gerund ("stopped sharing flood data with Pakistan": 160), or
    None where the verb stops no act of cooperation (a root of :data:`STOPPED_CODES`)."""
    head = clause.obj_head
    if verb.lemma_.lower() not in CESSATION_VERBS or head is None or head.tag_ != "VBG" or head.head.i != verb.i:
        return None
    dobj = next((c for c in head.children if c.dep_ == "dobj"), None)
    words = [norm_word(t.lemma_) for t in dobj.subtree if t.is_alpha and not t.is_stop] if dobj is not None else []
    preps = [c.lower_ for c in head.children if c.dep_ == "prep"]
    predicate = head.lemma_.lower() + (f"_{preps[0]}" if preps and dobj is None else "")
    code = conv.coder.code(predicate, words, norm_word(dobj.lemma_) if dobj is not None else None,
                           counterpart="actor")
    return STOPPED_CODES.get(code[:2]) if code else None


def return_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """084 for a thing given back to an actor ("returned 16 looted statues to Cambodia"): the verb returns an
    object that is no actor and the clause names the actor it goes to with "to"."""
    head = clause.obj_head
    if code is not None or verb.lemma_.lower() not in RETURN_VERBS or head is None or head.pos_ not in ("NOUN",
                                                                                                         "PROPN"):
        return code
    own = conv.entities.get(conv.cluster_of(head))
    if own is not None and own.type in PEOPLE_OR_PLACES:     # (a thing's name may be typed an organisation)
        return code
    recipients = [e for e in clause.extras if e and e[0].lower_ == "to"] + [
        list(c.subtree) for c in head.children if c.dep_ == "prep" and c.lower_ == "to"]    # "a mask to Ghana"
    if any(conv.entities[c].type in ACTORS for e in recipients for c in conv.res.clusters_in(e)
           if c in conv.entities):
        return "084"
    return code


def joining_code(verb: Token, code: str | None, target_type: EntityType | None) -> str | None:
    """057 for joining an organisation ("Finland joined NATO", "joined Ferrari in 2024"): membership is a formal
    agreement, no consultation (JOIN alone is 040)."""
    if verb.lemma_.lower() == "join" and code == "040" and target_type is EntityType.ORGANIZATION:
        return "057"
    return code


def court_appeal_code(clause: Clause, verb: Token, code: str | None) -> str | None:
    """115 for an appeal to a court ("would appeal to the Supreme Court", "appealed to the European Court of
    Justice"): a legal appeal, as appealing a ruling is, not a plea to an actor (APPEAL TO alone is 020: "appealed
    to Israel to let fuel in"); and for taking someone or something to a court or to arbitration."""
    head = clause.obj_head
    if verb.lemma_.lower() == "take" and head is not None and any(
            t.dep_ == "pobj" and t.head.i == e[0].i and t.lemma_.lower() in LEGAL_FORA
            for e in clause.extras if e and e[0].lower_ == "to" for t in e):
        return "115"    # "took Britain to the European Court of Human Rights", "took Venezuela to arbitration"
    if verb.lemma_.lower() != "appeal" or code is None or code[:2] != "02" or head is None:
        return code
    return "115" if head.lemma_.lower() in COURT_NOUNS - {"justice", "panel"} else code


def particle_verb(verb: Token) -> str:
    """The verb's lemma with its particle ("broke off" -> break_off)."""
    cols = arrays(verb.doc)     # asked of every coded verb, several times: its children by position, no Tokens
    prt = [cols.lower[c] for c in cols.children[verb.i] if cols.dep[c] == "prt"]
    return cols.lemma_lower[verb.i] + (f"_{prt[0]}" if prt else "")


def names_other_actor(conv: _Converter, tokens: list[Token], subject: int | None) -> bool:
    """Whether the words name an actor other than the subject: an entity that acts, or a common noun of people,
    bodies or firms ("a Chinese cobalt miner", "three Hungarian universities")."""
    for c in conv.res.clusters_in(tokens):
        ent = conv.entities.get(c)
        if c != subject and ent is not None and ent.type in ACTORS:
            return True
    agents = agent_nouns()
    return any(t.pos_ == "NOUN" and (subject is None or conv.cluster_of(t) != subject) and (
        norm_word(t.lemma_) in agents or norm_word(t.lemma_) in PEOPLE_COUNTERPARTS | BUSINESS_NOUNS | PUBLIC_KINDS)
        for t in tokens)


def stopped_relation_code(conv: _Converter, clause: Clause, verb: Token, code: str | None,
                          country_or_actor) -> str | None:
    """The code of stopping a relation, talks, aid or a licence (:data:`STOPPED_OBJECTS`) where the dictionary
    gave none: "suspended the export licence of a Chinese cobalt miner" 172, "froze grants to three universities"
    162, "broke off talks" 164. ``country_or_actor(cluster)`` says whether a cluster is a country or a body, which
    supplies need (:data:`SUPPLY_OBJECTS`)."""
    head = clause.obj_head
    lemma, phrasal = verb.lemma_.lower(), particle_verb(verb)
    if head is None or head.pos_ != "NOUN" or not {phrasal, lemma} & STOPPING_VERBS:
        return code
    # the dictionary's code stands where a pattern gave it; the bare verb's own code ("withdraw" 080, "break" 190
    # for "broke off", a particle verb the dictionary lacks) is no code of what is stopped
    if code is not None and code != conv.coder.defaults.get(lemma) and (phrasal == lemma or conv.coder.knows(phrasal)):
        return code
    stopped = STOPPED_OBJECTS.get(norm_word(head.lemma_))
    if stopped is None:
        return code
    if stopped in PARTIES_IMPLIED:
        return stopped
    subject = conv.cluster_of(clause.subj_head) if clause.subj_head is not None else None
    # the holder or the partner: the object's own words below its head ("of a Chinese miner", "with Roscosmos",
    # "to three universities", "Hungary's funding") and the clause's phrases with a counterpart's preposition
    tokens = [t for c in head.children if c.dep_ in ("poss", "prep", "compound", "amod", "nmod") for t in c.subtree
              if t.i != head.i] + [t for e in clause.extras if e and e[0].lower_ in COUNTERPART_PREPS for t in e]
    if stopped == "172" and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ in (
            "NOUN", "PROPN") for g in c.children) for c in head.children):
        return stopped      # "suspended the fishing licences of 14 trawlers": a licence another holds
    if norm_word(head.lemma_) in SUPPLY_OBJECTS:
        return stopped if any(c != subject and country_or_actor(c) for c in conv.res.clusters_in(tokens)) else code
    return stopped if names_other_actor(conv, tokens, subject) else code


# A state, its government or its forces suspending or closing an organisation ("the junta suspended the BBC",
# "Mali suspended France 24") sanctions it (the codebook's 172, administrative sanctions; the dictionary codes
# SUSPEND only through its objects).
SUSPENDING_VERBS = frozenset("suspend".split())


def suspended_body_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """172 for an organisation named as the object of a state's suspension (:data:`SUSPENDING_VERBS`), where the
    dictionary gave no code."""
    head = clause.obj_head
    if code is not None or head is None or verb.lemma_.lower() not in SUSPENDING_VERBS:
        return code
    ent = conv.entities.get(conv.cluster_of(head))
    if ent is None or ent.type is not EntityType.ORGANIZATION:
        return code
    return "172" if state_actor(conv, clause.subj_head, STATE_SECTORS) else code


def civil_subject(conv: _Converter, clause: Clause) -> bool:
    """Whether the clause's subject is civilians or a civil body by its head noun ("dairy farmers", "striking
    lecturers", "the teachers' union"), not a state, a force or a firm's name."""
    head = clause.subj_head
    if head is None or head.pos_ != "NOUN":
        return False
    word = norm_word(head.lemma_)
    sector = agent_nouns().get(word, "")
    return word in CIVIL_BODIES or word in CIVIL_PEOPLE or sector in CIVIL_SECTORS


def civil_protest_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """143 or 144 for a boycott or a blockade by civilians whose code is the verb's own (an embargo, a blockade
    by force): "lecturers boycotted the examinations", "farmers blockaded the headquarters of Lactalis"."""
    lemma = verb.lemma_.lower()
    if lemma not in CIVIL_PROTESTS or code is None or code != conv.coder.defaults.get(lemma):
        return code
    return CIVIL_PROTESTS[lemma] if civil_subject(conv, clause) else code


def nominal_act_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """The code of an act named by the object noun of a verb that repeats it or delivers a document of it
    ("Greece renewed its demand that Britain return the sculptures" 100, "handed a note of protest to the
    charge d'affaires"), where the verb's own code is none or a bare comment (010)."""
    head = clause.obj_head
    lemma = particle_verb(verb)
    if code not in (None, "010") or head is None or head.pos_ != "NOUN":
        return code
    noun = head
    if lemma in DELIVERING_VERBS or verb.lemma_.lower() in DELIVERING_VERBS:
        if norm_word(head.lemma_) not in DOCUMENT_NOUNS:
            return code
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None or noun.pos_ != "NOUN":
            return code
    elif lemma not in REPEATING_VERBS and verb.lemma_.lower() not in REPEATING_VERBS:
        return code
    act = lx.LIGHT_NOUNS.get(noun.lemma_.lower()) or lx.NOMINALISATIONS.get(noun.lemma_.lower())
    if act is None:
        return code
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ != "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    words = [norm_word(t.lemma_) for t in pobj.subtree if t.is_alpha and not t.is_stop] if pobj is not None else []
    predicate = act + (f"_{prep.lower_}" if pobj is not None else "")
    coded = conv.coder.code(predicate, words, norm_word(pobj.lemma_) if pobj is not None else None,
                            counterpart="actor")
    return coded or code


def organised_protest_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """The code of a protest a non-state actor organises, leads or mounts (:data:`PROTEST_NOUNS`), where the
    dictionary gave none: "the farmers' union organised blockades of three depots" 144, "led a march on the
    parliament" 141, "a hunger strike" 142."""
    head = clause.obj_head
    lemma = verb.lemma_.lower()
    if code is not None or head is None or head.pos_ != "NOUN" or lemma not in ORGANISING_VERBS | STARTING_VERBS:
        return code
    protest = PROTEST_NOUNS.get(norm_word(head.lemma_))
    if protest is None:
        return code
    if state_actor(conv, clause.subj_head, STATE_SECTORS, nouns_only=True):
        return code     # "Israel mounted a naval blockade", "the navy organised a blockade": force, not protest
    if lemma in STARTING_VERBS and norm_word(head.lemma_) == "strike" and not labour_strike(conv, clause, head):
        return code     # "the rebels began a strike against the convoy": an attack, whatever the dictionary made of it
    if protest == "143" and any(c.lower_ == "hunger" for c in head.children if c.dep_ in ("compound", "amod")):
        return "142"
    return protest


def labour_strike(conv: _Converter, clause: Clause, head: Token) -> bool:
    """Whether a strike is a stoppage of work by its words or its striker: "an indefinite strike", "a 48-hour strike",
    by civilians or a civil body ("dockworkers", "the National Union of Teachers"; :func:`civil_subject`)."""
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in LABOUR_STRIKE_WORDS for c in head.children):
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in ("hour", "day", "week") and any(
            g.dep_ == "nummod" for g in c.children) for c in head.children):
        return True     # "a 48-hour strike", read as 48 - hour
    if civil_subject(conv, clause):
        return True
    ent = conv.entities.get(conv.cluster_of(clause.subj_head)) if clause.subj_head is not None else None
    return ent is not None and ent.type is EntityType.ORGANIZATION and any(
        w in CIVIL_BODIES for w in ent.label.lower().split())


def state_actor(conv: _Converter, tok: Token | None, sectors: tuple[str, ...], nouns_only: bool = False) -> bool:
    """Whether a subject is a state (a country's or a capital's name) or a body of one by its head word, of the
    agents dictionary's ``sectors`` ("the navy", "the foreign ministry"; ``nouns_only``: a common noun)."""
    if tok is None:
        return False
    ent = conv.entities.get(conv.cluster_of(tok))
    if ent is not None and ent.type is EntityType.GPE:
        return True
    return (tok.pos_ == "NOUN" or not nouns_only) and agent_nouns().get(norm_word(tok.lemma_), "").startswith(sectors)


def official_protest_code(conv: _Converter, clause: Clause, code: str | None) -> str | None:
    """114 for a protest of a state or of a body of its government (:data:`OFFICIAL_SECTORS`) that the verb's own
    140 codes: "Japan lodged a protest with China", "the foreign ministry protested to Berlin"."""
    if code != "140" or clause.predicate.split("_")[0] != "protest":
        return code
    return "114" if state_actor(conv, clause.subj_head, OFFICIAL_SECTORS) else code


def business_works(conv: _Converter, clause: Clause, code: str | None) -> bool:
    """Whether a force code falls on a thing a business (a common noun of firms, a firm's name whose head says so)
    works on, with no other actor named in the object or the clause's phrases: "the developer demolished the
    derelict tower block" (not "demolished the homes of 40 families", nor "the company bulldozed the village")."""
    subj, head = clause.subj_head, clause.obj_head
    if not code or code[:2] not in FORCE_ROOTS or subj is None or head is None or head.pos_ != "NOUN":
        return False
    word = norm_word(subj.lemma_)
    if not (subj.pos_ == "NOUN" and (word in BUSINESS_NOUNS or agent_nouns().get(word) == "BUS")):
        return False
    subject = conv.cluster_of(subj)
    ent = conv.entities.get(conv.cluster_of(head))
    if ent is not None:
        return False    # a named place or body
    if word_of(head) in DWELLING_NOUNS:
        return False    # where people live: an act on them
    # whose the thing is or whom the act is for, not where it stands ("the tower block on the estate in Glasgow")
    owners = ("of", "for", "to", "with", "against")
    tokens = [t for c in head.children if c.dep_ != "prep" or c.lower_ in owners
              for t in c.subtree] + [t for e in clause.extras if e and e[0].lower_ in owners for t in e]
    owner = [t for c in head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return not names_other_actor(conv, tokens, subject) and not any(
        conv.entities[c].type in (EntityType.GPE, EntityType.LOCATION) for c in conv.res.clusters_in(owner)
        if c in conv.entities)


# What firms compete for: force on a rival's business, share or customers is competition ("Netflix attacked Disney's
# streaming business", "launched an assault on Coca-Cola's market share"), no attack on anyone.
COMMERCE_NOUNS = frozenset("""business share dominance monopoly sales revenue profit margin franchise customer
subscriber""".split())


def rival_business(conv: _Converter, clause: Clause, code: str | None) -> bool:
    """Whether a force code of an organisation falls on an organisation's business, share or customers (the
    clause's object, or what an "on" or "against" phrase of it or of the clause names), not on its people or
    sites ("attacked Israeli army posts")."""
    subj = clause.subj_head
    if not code or code[:2] not in FORCE_ROOTS or subj is None or clause.obj_head is None:
        return False
    subject = conv.entities.get(conv.cluster_of(subj))
    if subject is None or subject.type is not EntityType.ORGANIZATION:
        return False
    aimed = [p for c in clause.obj_head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
             for p in c.children if p.dep_ == "pobj"]
    aimed += [t for e in clause.extras if e and e[0].lower_ in ("on", "against") for t in e[1:2]
              if t.head.i == e[0].i]
    for head in [clause.obj_head, *aimed]:
        if word_of(head) not in COMMERCE_NOUNS:
            continue
        owners = [o for c in head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                  for o in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])]
        owned = [conv.entities.get(conv.cluster_of(o)) for o in owners]
        if owned and all(e is not None and e.type is EntityType.ORGANIZATION for e in owned):
            return True     # a firm's business, share, customers
    return False


# What a share won is of, when it is no land: "captured 20 percent of the smartphone market", "took a third of the
# vote".
SHARED_WHOLES = frozenset("market vote ballot seat electorate sale revenue audience".split())
SHARE_NOUNS = frozenset("percent share third half quarter fifth majority".split())


def share_won(clause: Clause, code: str | None) -> bool:
    """Whether a force code falls on a share of a market or of a vote ("Apple captured 20 percent of the smartphone
    market"): a result, no seizure (a share of a country or a region is: "seized a fifth of Ukraine")."""
    head = clause.obj_head
    if not code or code[:2] not in FORCE_ROOTS or head is None:
        return False
    if word_of(head) not in SHARE_NOUNS and head.ent_type_ != "PERCENT":
        return False
    whole = counted_head(head)
    return whole is not head and word_of(whole) in SHARED_WHOLES


def own_people_aided(conv: _Converter, clause: Clause, code: str | None) -> bool:
    """Whether an aid code (07) falls on the subject's own people with no one else named to receive it: "Japan
    evacuated 80 of its nationals from Lebanon" gives no one aid ("sent its medics to Turkey" names Turkey)."""
    subj = clause.subj_head
    if not code or code[:2] != "07" or subj is None:
        return False
    head = counted_head(clause.obj_head)
    if head is not None and head.like_num:     # "80 of its nationals"
        head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"), head)
    owners = [c for c in head.children if c.dep_ == "poss"] if head is not None else []
    subject = conv.cluster_of(subj)
    if not owners or subject is None or any(conv.cluster_of(o) != subject for o in owners):
        return False
    tokens = [t for e in clause.extras if e and e[0].lower_ in ("to", "for", "into") for t in e]
    return not names_other_actor(conv, tokens, subject)


def word_of(tok: Token) -> str:
    return norm_word(tok.lemma_)


def police_raid_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """170 for a raid or a search by the police, a court, an inspectorate or a regulator that the dictionary coded
    as military force (19): "police raided the offices of the opposition newspaper", "tax inspectors raided the
    headquarters of Oxfam India"; troops' and fighters' raids stay force."""
    subj = clause.subj_head
    if not code or code[:2] != "19" or subj is None or verb.lemma_.lower() not in RAID_VERBS:
        return code
    word = norm_word(subj.lemma_)
    sector = agent_nouns().get(word, "") if subj.pos_ == "NOUN" else ""
    ent = conv.entities.get(conv.cluster_of(subj))
    heads = set(ent.label.lower().split()[-1:]) | set(ent.label.lower().split(" of ")[0].split()[-1:]) \
        if ent is not None and ent.type is EntityType.ORGANIZATION else set()
    if sector.startswith(CIVIL_POWER_SECTORS) or subj.pos_ == "NOUN" and word in CIVIL_POWER_NOUNS or \
            heads & CIVIL_POWER_NOUNS:
        return "170"
    return code


# Title nouns that also name things ("a bronze head", "a chair", "the lead", "a spinner"): alone, no person.
THING_TITLES = frozenset("head chair lead prime general fellow forward principal opener spinner pitcher".split())


def person_noun(tok: Token) -> bool:
    """Whether a common noun names a person by occupation, title or kind ("a pastor", "the engineer", "parents")."""
    word = norm_word(tok.lemma_)
    return tok.pos_ == "NOUN" and (word in lx.TITLE_NOUNS - THING_TITLES or word in agent_nouns()
                                   or word in CIVIL_PEOPLE or word in PEOPLE_COUNTERPARTS)


def dismissal(conv: _Converter, clause: Clause) -> bool:
    """Whether the clause fires or sacks a person (:data:`DISMISSAL_VERBS`): a named one or a noun of a person, with
    no preposition ("fired at the officers" is force)."""
    head = clause.obj_head
    if clause.predicate not in DISMISSAL_VERBS or head is None:
        return False
    ent = conv.entities.get(conv.cluster_of(head))
    return ent.type is EntityType.PERSON if ent is not None else person_noun(head)


def harmless_blast(conv: _Converter, clause: Clause, verb: Token, subject: int | None) -> bool:
    """Whether a blast with no object (:data:`BLAST_VERBS`) is of a thing that is no weapon and no actor's ("a gas
    cylinder exploded in a restaurant"): an accident, no attack."""
    if particle_verb(verb) not in BLAST_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    ent = conv.entities.get(subject) if subject is not None else None
    subj = clause.subj_head
    if ent is not None and ent.type in ACTORS or subj is None or subj.pos_ != "NOUN":
        return False
    word = norm_word(subj.lemma_)
    return not (word in EXPLOSIVE_NOUNS or any(word in conv.coder.synsets.get(name, ())
                                                for name in ("&weapon", "&car", "&aircraft")))


def space_launch(clause: Clause, verb: Token) -> bool:
    """Whether the clause launches one rocket named or made for space (:data:`SPACE_WORDS`: "launched a Falcon 9
    rocket", "launched its moon rocket") at no target: rockets, or one launched "at" or "into" a place, stay force."""
    head = clause.obj_head
    if particle_verb(verb) != "launch" or head is None:
        return False
    if norm_word(head.lower_) == "probe":
        return space_probe(verb, head)
    if head.lower_ != "rocket":
        return False
    if any(t.dep_ == "prep" and t.lower_ in AIMED_PREPS and not any(c.ent_type_ in ("DATE", "TIME") for c in t.children)
           for t in (*verb.children, *head.children)):
        return False    # "at Sderot", "into the sea"; not "on Sunday"
    return any(t.pos_ in ("PROPN", "NUM") or t.lower_ in SPACE_WORDS
               for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "nummod", "amod", "nmod"))


def space_probe(verb: Token, head: Token) -> bool:
    """Whether the probe a clause launches is a spacecraft (see :data:`PROBE_SPACE_WORDS`)."""
    preps = [t for t in (*verb.children, *head.children) if t.dep_ == "prep"
             and not any(c.ent_type_ in ("DATE", "TIME") for c in t.children)]
    if any(t.lower_ in lx.INQUIRY_PREPS for t in preps if t.head is head):
        return False
    return any(t.lower_ in DESTINATION_PREPS and any(c.dep_ == "pobj" for c in t.children) for t in preps) or any(
        t.lower_ in PROBE_SPACE_WORDS for t in head.children if t.dep_ in ("compound", "amod", "nmod"))


# Taking a thing or an actor out of something ("pulled the United States out of the Paris Agreement", "pulled its
# ambassador out of Tehran", "pulled the game from PlayStation") is withdrawing it: the dictionary's PULL is EXTRACT,
# seizing property (171), which no one does there. Such a clause is coded as WITHDRAW with its object, else as
# WITHDRAW FROM what it is taken out of (WITHDRAW's own 080, yielding, is no code of either); with no "out of" or
# "from" phrase ("pulled the plug") PULL's own code is none. The dictionary's patterns of PULL stay ("pulled its
# troops" 0874).
EXTRACTING_VERBS = frozenset(["pull"])


def extraction_code(conv: _Converter, clause: Clause, verb: Token, code: str | None) -> str | None:
    """The code of a clause of :data:`EXTRACTING_VERBS` whose code is the verb's own (see there)."""
    lemma = verb.lemma_.lower()
    if lemma not in EXTRACTING_VERBS or code is None or code != conv.coder.defaults.get(lemma) or \
            particle_verb(verb) not in (lemma, f"{lemma}_out"):
        return code
    head = clause.obj_head
    near = [c for c in (*verb.children, *(head.children if head is not None else ())) if c.dep_ in ("prep", "prt")]
    preps = [c for c in near + [g for c in near if c.lower_ == "out" for g in c.children] if c.dep_ == "prep"
             and (c.lower_ == "from" or c.lower_ == "of" and c.doc[c.i - 1].lower_ == "out")]     # "out of", "from"
    source = next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)
    if source is None:
        return None
    yielding = conv.coder.defaults.get("withdraw")
    words = [norm_word(t.lemma_) for t in clause.obj or () if t.is_alpha and not t.is_stop]
    withdrawn = conv.coder.code("withdraw", words, norm_word(head.lemma_) if head is not None else None,
                                counterpart="actor")
    if withdrawn in (None, yielding):
        words = [norm_word(t.lemma_) for t in source.subtree if t.is_alpha and not t.is_stop]
        withdrawn = conv.coder.code("withdraw_from", words, norm_word(source.lemma_), counterpart="actor")
    return None if withdrawn == yielding else withdrawn


# Voting on, tabling or submitting a motion or a bill ("voted against the motion", "tabled a motion of no
# confidence") is a step of a legislature's own procedure, no act of one actor towards another (VOTE AGAINST is 110,
# TABLE 120, SUBMIT 020): coded only where the clause names an actor it is aimed at.
PROCEDURE_VERBS = frozenset("vote table submit present introduce file lodge move".split())
LEGISLATIVE_ITEMS = frozenset("motion bill amendment resolution budget".split())


def legislative_procedure(clause: Clause, verb: Token) -> bool:
    """Whether the clause votes on, tables or submits a motion or a bill (:data:`PROCEDURE_VERBS`)."""
    head = clause.obj_head
    return verb.lemma_.lower() in PROCEDURE_VERBS and head is not None and norm_word(head.lemma_) in LEGISLATIVE_ITEMS


def civil_aircraft(conv: _Converter, clause: Clause, code: str | None) -> bool:
    """Whether a military code (062, 072) falls on aircraft a firm hands over to no state and no force (see
    :data:`AIRCRAFT_NOUNS`): the trade of a maker with its customers, no event between actors."""
    head = clause.obj_head
    if code not in ("062", "072") or head is None or norm_word(head.lemma_) not in AIRCRAFT_NOUNS:
        return False
    if any(norm_word(t.lemma_) in ARMS_WORDS or MILITARY_MODEL.match(t.text) for t in head.subtree):
        return False    # "fighter jets", "F-16 jets", "jets for the air force"
    ent = conv.entities.get(conv.cluster_of(clause.subj_head)) if clause.subj_head is not None else None
    if ent is None or ent.type is not EntityType.ORGANIZATION:
        return False
    tokens = [t for t in clause.obj or ()] + [t for e in clause.extras if e for t in e]
    agents = agent_nouns()
    return not any(conv.entities[c].type in (EntityType.GPE, EntityType.GROUP)
                   for c in conv.res.clusters_in(tokens) if c in conv.entities) and not any(
        t.ent_type_ == "NORP" or t.pos_ == "NOUN" and (agents.get(norm_word(t.lemma_)) in STATE_SECTORS
                                                       or norm_word(t.lemma_) in ARMED_NOUNS) for t in tokens)
