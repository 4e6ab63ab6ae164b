"""The partner of an agreement or of talks, which the text names inside the object: "X signed a deal with Y",
"X reached an agreement with Y", "X held talks with Y", "X is in talks with Y", "X took a stake in Y".

The verb's own clause keeps the noun as its object (sign(X, "a deal with Y")); this adds the relation between
the two actors that the graph would otherwise only hold as an entity the object involves: sign_with(X, Y),
agree_with(X, Y), negotiate_with(X, Y), meet_with(X, Y), invest_in(X, Y). Each is a Clause seen by the graph only (Open IE
keeps the verb's tuple), with the verb's subjects and factuality; the noun phrase is what its event is coded
from ("signed an agreement" is CAMEO 057 whoever it is signed with).

The other parties a verb names, for :mod:`kg.extract.clauses`: coordinated subjects of a reciprocal verb that meet
each other unless they act each on their own, the recipient of a verb of giving, the target of a verb of aiming or
the counterpart of an amount.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.events import agent_nouns
from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, arg_tokens, conjuncts, relation_tokens, subjects_of, verb_lemma
from kg.extract.docarrays import arrays
from kg.extract.entities import INSTITUTION_NOUNS, ORG_NOUNS
from kg.extract.factuality import Context, is_hypothetical, own_factuality
from kg.extract.repairs import AGENT_ENTS, interrupted_object
from kg.types import Modality, Polarity

PrepLink = tuple[list[Token], Token]      # the preposition's words ("out of") and the head of its object

# Nouns of a concluded agreement.
DEAL_NOUNS = frozenset("""agreement deal contract treaty accord pact memorandum partnership settlement truce ceasefire
cease-fire armistice arrangement compact alliance""".split())
# Verbs that conclude one, and the relation between the parties each gives.
DEAL_VERBS = {"sign": "sign_with", "ink": "sign_with", "countersign": "sign_with", "reach": "agree_with",
              "strike": "agree_with", "conclude": "agree_with", "seal": "agree_with", "clinch": "agree_with",
              "finalise": "agree_with", "finalize": "agree_with", "agree": "agree_with", "forge": "agree_with"}
# Nouns of talks and meetings, and the verbs that hold them ("held talks with", "opened negotiations with").
TALK_NOUNS = {"talk": "negotiate_with", "talks": "negotiate_with", "negotiation": "negotiate_with",
              "meeting": "meet_with", "summit": "meet_with"}
TALK_VERBS = frozenset("hold have conduct open begin start resume launch host".split())
# Verbs of taking a share in a firm ("took a stake in Y", "bought a 10% holding in Y").
STAKE_VERBS = frozenset("take buy acquire purchase build raise increase".split())
STAKE_NOUNS = frozenset("stake holding shareholding".split())


def partners(verb: Token, noun: Token, word: str = "with") -> list[Token]:
    """The actors a "with" phrase after the noun names: on the noun ("a deal with Y"), or hung on the verb right
    after it ("signed the deal with Y on Monday"). Only names and nouns of bodies ("a deal with the Mexican
    government", "talks with the union"; "signed the deal with a gold pen" has no partner), and no date or amount
    ("a deal with March 2025 as its deadline")."""
    for prep in [c for c in noun.children if c.dep_ == "prep"] + [c for c in verb.children if c.dep_ == "prep"]:
        if prep.lower_ != word or prep.i <= noun.i or (prep.head.i == verb.i and prep.i != noun.right_edge.i + 1):
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if objs:
            return [named or o for o in conjuncts(objs[0]) for named in [apposed_name(o)]
                    if named or o.pos_ == "PROPN" and o.ent_type_ in (*AGENT_ENTS, "") or body_noun(o)]
    return []


def apposed_name(noun: Token) -> Token | None:
    """The name set off after a description ("talks with her Indian counterpart, S. Jaishankar": Jaishankar), or
    None."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in AGENT_ENTS
                 and c.i > noun.i and c.doc[c.left_edge.i - 1].text == ","), None)


def body_noun(noun: Token) -> bool:
    """A common noun of a body that can be a party ("the government", "the union", "the ministry")."""
    return noun.pos_ == "NOUN" and noun.ent_type_ == "" and noun.lemma_.lower() in BODY_NOUNS


BODY_NOUNS = INSTITUTION_NOUNS | frozenset(ORG_NOUNS) | {"company", "firm", "group"}


def counterpart_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """sign_with, agree_with, negotiate_with or meet_with between the verb's subjects and the partners its
    object noun names; none where the verb or the noun is of another kind, or no partner is named."""
    lemma = verb.lemma_.lower()
    cols = arrays(verb.doc)     # asked of every verb: positions first, Tokens for the objects found
    objs = [verb.doc[c] for c in cols.children[verb.i] if cols.dep[c] == "dobj" and cols.pos[c] == "NOUN"] or [
        o for o in [interrupted_object(verb)] if o is not None]     # ("reached, after talks, a deal with X")
    prep, left = "with", False
    if lemma == "be" and verb.pos_ in ("AUX", "VERB"):
        # "Vodafone is in talks with Three"
        objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                if g.dep_ == "pobj" and g.lower_ in ("talks", "negotiations")]
        lemma = "hold"
    elif verb.pos_ == "VERB" and lemma in LEAVING_VERBS:
        # "pulled out of talks with KKR", "walked out of talks with", "withdrew from negotiations with": talks held,
        # and left (breaking them off, or suspending them, is read as no negotiating)
        objs = [o for o in objs + left_objects(verb) if o.lower_ in TALK_NOUNS or o.lemma_.lower() in TALK_NOUNS]
        lemma, left = "hold", True
    elif lemma not in DEAL_VERBS and lemma not in TALK_VERBS and lemma not in STAKE_VERBS or verb.pos_ != "VERB":
        return []
    if not objs:
        return dealt_by(verb, ctx) if lemma in DEAL_VERBS else []
    noun = objs[0]
    word = noun.lemma_.lower()
    if lemma in DEAL_VERBS and (word in DEAL_NOUNS or noun.lower_ in DEAL_NOUNS):
        pred = DEAL_VERBS[lemma]
    elif lemma in TALK_VERBS and (word in TALK_NOUNS or noun.lower_ in TALK_NOUNS):
        pred = TALK_NOUNS.get(noun.lower_) or TALK_NOUNS[word]
    elif lemma in STAKE_VERBS and word in STAKE_NOUNS:
        pred, prep = "invest_in", "in"     # "took a 10% stake in Y": an investment in Y
    else:
        return []
    found = partners(verb, noun, prep)
    subjects, inherited = subjects_of(verb)
    if not found and lemma in DEAL_VERBS and one_deal(noun) and not inherited:
        # "Microsoft and OpenAI signed a new agreement": coordinated parties and no partner named, each with the others
        return mutual_deal(verb, noun, pred, subjects, ctx, inherited)
    if not found or not subjects:
        return []
    # talks left were held, whatever is said of leaving them ("has not pulled out of talks with", "may walk out")
    pol, mod = (ctx.polarity, ctx.modality) if left else own_factuality(verb, ctx)
    rel = relation_tokens(verb)
    phrase = [t for t in noun.subtree if t.i <= noun.i]
    return [Clause(kind="verb", rel=rel, predicate=pred, subj=arg_tokens(s), obj=arg_tokens(p), subj_head=s,
                   obj_head=p, verb=verb, polarity=pol, modality=mod, speaker=ctx.speaker, inherited=inherited,
                   use="graph", code_object=phrase)
            for s in subjects for p in found if s.i != p.i]


def party(tok: Token) -> bool:
    """A name that can conclude a deal, or a noun of a body with a name before it ("the IG Metall union") or set off
    after it."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in (*AGENT_ENTS, "") or apposed_name(tok) is not None or body_noun(
        tok) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def one_deal(noun: Token) -> bool:
    """Whether a noun of a deal is one deal its parties make with each other: singular, of no name of its own ("the
    Paris Agreement", "the Treaty of Rome" are signed with no one) and not each one's own ("separate agreements",
    "their own deals")."""
    return noun.tag_ == "NN" and not any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" or c.dep_ == "amod" and c.lower_ in APART_WORDS
        or c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and any(
            g.pos_ == "PROPN" for g in c.children) for c in noun.children) and noun.ent_type_ in ("", "ORG") \
        and not noun.text[:1].isupper()


APART_WORDS = frozenset("separate respective different individual own parallel similar".split())


def mutual_deal(verb: Token, noun: Token | None, pred: str, sides: list[Token], ctx: Context,
                inherited: bool) -> list[Clause]:
    """Each of two or more named parties of one deal with each of the others, graph only: sign_with(Microsoft,
    OpenAI), sign_with(OpenAI, Microsoft). None where they made it each on their own ("each signed a deal",
    "both signed deals")."""
    sides = [apposed_name(s) or s for s in sides if party(s) or body_noun(s)]
    if len(sides) < 2 or not any(party(s) for s in sides) or each_apart(verb, sides) or any(
            c.lower_ in DISTRIBUTIVE_WORDS for s in sides for c in s.children):
        return []   # ("Vexa and Lumora each signed a deal")
    pol, mod = own_factuality(verb, ctx)
    rel = relation_tokens(verb)
    phrase = [t for t in noun.subtree if t.i <= noun.i] if noun is not None else None
    return [Clause(kind="verb", rel=rel, predicate=pred, subj=arg_tokens(a), obj=arg_tokens(b), subj_head=a,
                   obj_head=b, verb=verb, polarity=pol, modality=mod, speaker=ctx.speaker, inherited=inherited,
                   use="graph", code_object=phrase)
            for a in sides for b in sides if a.i != b.i]


def dealt_by(verb: Token, ctx: Context) -> list[Clause]:
    """ "a deal struck by Volkswagen and the IG Metall union", "the accord, which was signed by Serbia and Kosovo": the
    agents of a deal's passive participle or relative clause, each with the others (agree_with, sign_with)."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in DEAL_NOUNS or \
            not one_deal(noun):
        return []
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents:
        return []
    sides = []
    for o in conjuncts(agents[0]):
        # "by the carmaker Volkswagen and the IG Metall union": the parser may hang the list on the apposed name
        named = next((c for c in o.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > o.i), None)
        sides += conjuncts(named) if named is not None else [o]
    return mutual_deal(verb, noun, DEAL_VERBS[verb.lemma_.lower()], sides, ctx, False)


# Verbs of leaving talks, which were held: "pulled out of talks with X", "withdrew from negotiations with X".
LEAVING_VERBS = frozenset("pull walk withdraw storm quit leave".split())


def left_objects(verb: Token) -> list[Token]:
    """What a verb of leaving leaves, after "out of" or "from": "pulled out of talks", "withdrew from negotiations"."""
    out = []
    for c in verb.children:
        if c.dep_ in ("prep", "prt") and c.lower_ == "out":
            out += [g for p in [*c.children, *verb.children] if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "from":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


# Words before a noun of talks that say they have not (yet) been held.
UNHELD_WORDS = frozenset("planned proposed possible future potential prospective fresh new".split())
# Verbs that say talks were not held.
CALLED_OFF = frozenset("cancel postpone scrap abandon shelve".split())
# Verbs of ending: talks that have "not finished" are under way.
ENDING_VERBS = frozenset("finish end conclude complete".split())


# Nouns of fighting between two sides: "fighting between the army and the RSF", "clashes between X and Y".
FIGHT_NOUNS = {"fighting": "fight_with", "clash": "fight_with", "clashes": "fight_with", "war": "fight_with",
               "battle": "fight_with", "hostilities": "fight_with"}
# Words before a noun of fighting that make it a contest of another kind: "a price war", "a bidding war", "the
# legal battle", "a culture war" (not "a border war", "street fighting", "a proxy war").
CONTEST_WORDS = frozenset("""price pricing fare tariff trade currency bidding bid takeover boardroom shareholder
legal court custody patent talent ratings subsidy culture""".split())


def contest(noun: Token) -> bool:
    """Whether a noun of fighting names a contest of prices, bids, words or lawyers: "a fare war", "the legal
    battle", "a war of words"."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in CONTEST_WORDS for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "words" for g in c.children) for c in noun.children)


# Verbs and nouns that presuppose a deal they take: "welcomed the agreement between X and Y", "under the deal".
HELD_DEAL_VERBS = frozenset(DEAL_VERBS) | frozenset("""broker mediate announce welcome hail praise ratify implement
violate breach honour honor celebrate renew extend unveil publish approve endorse""".split())
HELD_DEAL_NOUNS = frozenset("""signing announcement terms implementation ratification breach violation text details
collapse""".split())
# What a fight may be the fear or the prevention of: "the risk of a war between X and Y", "averted a war".
UNFOUGHT_NOUNS = frozenset("risk fear threat prospect danger possibility spectre specter brink".split())
UNFOUGHT_VERBS = frozenset("prevent avert avoid fear risk threaten warn stop end".split())
# Nouns of talks, deals and fighting, whose sides "between" names (or a possessor and "with").
SIDE_NOUNS = frozenset(TALK_NOUNS) | DEAL_NOUNS | frozenset(FIGHT_NOUNS)


def side_names(first: Token) -> list[Token]:
    """The sides a "between" or "with" phrase lists: names and nouns of bodies, a noun with a name after it standing
    for the name ("the Indian conglomerate Tata")."""
    out = []
    for o in conjuncts(first):
        named = apposed_name(o) or next((c for c in o.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                                         and c.ent_type_ in AGENT_ENTS and c.i == o.i + 1), None)
        if named is not None:
            out.append(named)
        elif o.pos_ == "PROPN" and o.ent_type_ in (*AGENT_ENTS, "") or body_noun(o):
            out.append(o)
    return out


def talks_between(noun: Token, ctx: Context) -> list[Clause]:
    """ "the talks between Serbia and Kosovo broke down", "a meeting between Xi and Biden": the parties a noun of talks
    names with "between" negotiate (meet) with each other, negotiate_with(Serbia, Kosovo) and back, graph only. Only
    names and nouns of bodies; talks "planned" or under a verb of what may be are Hypothetical, "no talks", talks that
    "have not taken place" or "were cancelled" Negative. So with a deal ("an agreement between Airbus and Tata",
    agree_with, held where a verb or a noun takes it as made: "signed", "welcomed", "under", "the terms of", else
    Hypothetical) and with fighting ("fighting between the army and the RSF", fight_with; "the risk of a war between"
    Hypothetical; none for a contest: "a price war between"); and a possessor with "with" names the two sides of one
    ("Google's deals with Apple and Samsung", agree_with(Google, Apple), that way only)."""
    word = noun.lower_ if noun.lower_ in SIDE_NOUNS else noun.lemma_.lower()
    pred = TALK_NOUNS.get(word) or FIGHT_NOUNS.get(word) or ("agree_with" if word in DEAL_NOUNS else None)
    if pred is None or word in FIGHT_NOUNS and contest(noun):
        return []
    # "the talks between X and Y", and as the parser may hang it on the talks' participle: "Peace talks hosted by
    # Turkey in Istanbul between Russia and Ukraine"
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"] or [
        c for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.i > noun.i
        for c in a.children if c.dep_ in ("prep", "agent") and c.lower_ == "between"]
    objs = [g for c in preps[:1] for g in c.children if g.dep_ == "pobj"]
    sides = side_names(objs[0]) if objs else []
    pairs = [(a, b) for a in sides for b in sides if a.i != b.i] if len(sides) >= 2 else []
    if not pairs and word not in FIGHT_NOUNS:
        # "Google's deals with Apple and Samsung", "Turkey's talks with Iraq"
        owners = [c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" and c.ent_type_ in AGENT_ENTS
                                                                     or body_noun(c) or described(c))]
        withs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i]
        partners_ = [p for c in withs[:1] for g in c.children if g.dep_ == "pobj" for p in side_names(g)]
        if owners:
            owners = conjuncts(owners[0])
        elif partners_ and (word in TALK_NOUNS or word in DEAL_NOUNS) and not any(
                c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "the") for c in noun.children):
            owners = held_by(noun)
        if owners and partners_:
            preps, pairs = withs[:1], [(a, b) for a in owners for b in partners_ if a.i != b.i]
    if not pairs:
        return []
    pol, mod = ctx.polarity, ctx.modality
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        pol = Polarity.NEGATIVE
    gov = noun.head
    while gov.dep_ != "ROOT" and gov.pos_ not in ("VERB", "AUX"):
        gov = gov.head
    lemma = gov.lemma_.lower()
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == gov.i and gov.pos_ in ("VERB", "AUX"):
        # "the meeting has not taken place", "the talks will resume": the talks are as their verb says;
        # "the meeting was cancelled", "the talks were called off": they were not held. A deal or fighting is as a
        # verb of making or of taking place says ("the deal was not signed"), not as any other ("Google's deals
        # with Apple did not break the law": they were made)
        own_pol, mod = own_factuality(gov, ctx)
        if word in TALK_NOUNS and preps[0].lower_ == "between" or lemma in HELD_DEAL_VERBS | TAKING_PLACE:
            pol = own_pol
        if lemma in CALLED_OFF or lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in gov.children):
            pol = Polarity.NEGATIVE
        elif lemma in ENDING_VERBS and pol is Polarity.NEGATIVE:
            pol = Polarity.POSITIVE     # "the talks are still not finished": they go on
    elif word in DEAL_NOUNS and not held_deal(noun) or word in FIGHT_NOUNS and unfought(noun):
        mod = Modality.HYPOTHETICAL
    elif word in DEAL_NOUNS and noun.head.lower_ == "under":
        return [pair_clause(noun, preps[0], pred, a, b, pol, mod, ctx) for a, b in pairs]     # made, whatever follows
    if mod is Modality.ASSERTED and (any(c.dep_ in ("amod", "compound") and c.lower_ in UNHELD_WORDS
                                         for c in noun.children) or gov.pos_ in ("VERB", "AUX") and is_hypothetical(gov)
                                     or noun.dep_ == "pobj" and noun.head.lower_ == "for"):
        mod = Modality.HYPOTHETICAL     # ("travelled to Delhi for talks with Doval": talks to come)
    return [pair_clause(noun, preps[0], pred, a, b, pol, mod, ctx) for a, b in pairs]


# Verbs of an event taking place: "the fighting has not happened", "the talks took place".
TAKING_PLACE = frozenset("take happen occur materialise materialize start begin continue resume".split())


def pair_clause(noun: Token, prep: Token, pred: str, a: Token, b: Token, pol: Polarity, mod: Modality,
                ctx: Context) -> Clause:
    """One side's relation to the other, graph only; a possessor without its "'s"."""
    subj = [t for t in arg_tokens(a) if not (t.head == a and t.dep_ == "case")]
    return Clause(kind="nominal", rel=[noun, prep], predicate=pred, subj=subj, obj=arg_tokens(b),
                  subj_head=a, obj_head=b, polarity=pol, modality=mod, speaker=ctx.speaker, use="graph")


def described(noun: Token) -> bool:
    """A singular definite description that may stand for a name said before: "the search engine's deals"."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the"
                                                              for c in noun.children)


# Prepositions by which a verb's subject takes part in the talks they open: "after talks with X", "at a meeting with
# X", "for talks with X" (talks to come; not "before", nor "ahead of"); and in a deal: "in a deal with X", "under a
# deal with X".
TAKING_PART = frozenset("after following during at in for".split())
DEAL_PART = frozenset("after following in under".split())


def held_by(noun: Token) -> list[Token]:
    """The subjects of the verb a noun of talks or of a deal is an adjunct of: "Speaking after a meeting with Rutte,
    Stubb said": Stubb met Rutte; "She spoke at talks with the union": she negotiated; "Pfizer agreed to cut prices in
    a deal with Trump": Pfizer agreed with Trump."""
    prep = noun.head
    word = noun.lower_ if noun.lower_ in SIDE_NOUNS else noun.lemma_.lower()
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB" or prep.lower_ not in (
            DEAL_PART if word in DEAL_NOUNS else TAKING_PART):
        return []
    return subjects_of(prep.head)[0]


def held_deal(noun: Token) -> bool:
    """Whether a deal a noun names is taken as made by the word it hangs on: a verb that concludes or presupposes it
    ("signed", "brokered", "welcomed"), "under" or "of" after a noun that does ("the signing of", "the terms of")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in HELD_DEAL_VERBS
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        return head.lower_ == "under" or head.lower_ == "of" and head.head.lemma_.lower() in HELD_DEAL_NOUNS or \
            head.lower_ in DEAL_PART and head.head.pos_ == "VERB"    # "agreed to ... in a deal with X"
    return False


def unfought(noun: Token) -> bool:
    """Whether fighting a noun names is only feared or prevented: "the risk of a war between", "averted a war"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in UNFOUGHT_VERBS | lx.NON_EVENT_VERBS:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in UNFOUGHT_NOUNS


# The other party of a verb: partners that met, recipients, targets

def reciprocal_clauses(verb: Token, out: list[Clause]) -> list[Clause]:
    """ "Teles and Vidal met in Lisbon", "the two leaders talked for an hour": a verb that takes its partner with
    "with", with coordinated subjects and no partner of its own, relates each subject to the others, graph only:
    meet(Teles, Vidal), meet(Vidal, Teles)."""
    if verb_lemma(verb) not in lx.RECIPROCAL_VERBS or any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("with", "to")
            for c in verb.children):
        return []
    firsts: dict[int, Clause] = {}
    for c in out:
        if c.verb is verb and c.kind == "verb" and c.subj_head is not None and (
                c.use != "openie" or c.obj_head is not None and c.obj_head.ent_type_ in ("DATE", "TIME")):
            firsts.setdefault(c.subj_head.i, c)     # ("met on Tuesday": Open IE's own clause, a time no object)
    if len(firsts) < 2 or each_apart(verb, [c.subj_head for c in firsts.values()]):
        return []
    return [replace(c, obj=arg_tokens(o.subj_head), obj_head=o.subj_head, predicate=verb_lemma(verb), extras=[],
                    use="graph") for c in firsts.values() for o in firsts.values() if o is not c]


DISTRIBUTIVE_WORDS = frozenset("both each either neither separately individually independently respectively apart "
                                "alone".split())


def each_apart(verb: Token, subjects: list[Token]) -> bool:
    """ "Both Ruto and Odinga spoke", "met the press separately", "spoke hours apart", "in separate rallies", "spoke
    out against", "spoke at the summit": the subjects did it each on their own (a speech is given to an audience),
    not with each other."""
    words = [t for s in subjects for t in s.children if t.dep_ in ("det", "preconj", "advmod")]
    words += [t for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep") for t in c.subtree]
    first = min(s.left_edge.i for s in subjects)
    if first > 0:
        words.append(verb.doc[first - 1])
    if any(t.lower_ in DISTRIBUTIVE_WORDS or t.dep_ == "amod" and t.lower_ in ("separate", "different", "respective")
           for t in words):
        return True
    return verb_lemma(verb) == "speak" and any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("at", "before")
                                               for c in verb.children)


def transfer_recipient(verb: Token, links: list[PrepLink]) -> PrepLink | None:
    """ "sold its stake to Vanguard", "handed over the leadership to Sandvik": the "to" phrase of a verb of giving
    that names an actor (a name, not "to a newcomer", "to 5 percent"), or None."""
    if verb_lemma(verb) not in lx.TRANSFER_VERBS:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in lx.IDIOM_TO_OBJECTS for o in objs):
        return None     # "paid tribute to Mandela", "gave rise to Vexa": no giving
    # "sold defender Oskar Dahl to Vesterby", "sent a protest to Moscow": the parser may hang "to" on the verb as a
    # dative, or on the thing given
    # "sold its stake in a Canadian oil sands project to CNR": or on the noun of a phrase on the thing given, where
    # the "to" phrase ends it
    inner = [d for n in objs for p in n.children if p.dep_ == "prep" and p.lower_ != "to" for q in p.children
             if q.dep_ == "pobj" for d in q.children if d.dep_ == "prep" and d.right_edge.i == n.right_edge.i]
    found = [*links, *[([c], g) for c in [*verb.children, *(d for n in objs for d in n.children), *inner]
                      if c.dep_ in ("dative", "prep") and c.lower_ == "to" and (c.dep_ == "dative" or c.head != verb)
                      for g in c.children if g.dep_ == "pobj"]]
    # "provide the drug at no profit to the Global Fund", "sold the unit for $2 billion to Apollo": the parser may hang
    # "to" on the price
    # (only where no "to" names one elsewhere: "supplied crude to India at a discount of $30 to Brent")
    found += [] if any([x.lower_ for x in w] == ["to"] and w[0].i > verb.i for w, _ in found) else [
              ([c], g) for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "for")
              for n in p.children if n.dep_ == "pobj" and (n.lemma_.lower() in PRICE_NOUNS or amount(n))
              for c in n.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    found = sorted((k for k in found if [w.lower_ for w in k[0]] == ["to"] and k[0][0].i > verb.i),
                   key=lambda k: k[0][0].i)
    # "supplied diesel to Kenya at a discount of $5 a barrel to Brent": a "to" right after a discount or a premium
    # names what the price is measured against, wherever the parser hangs it
    found = [k for k in found if not relative_price_before(verb, k[0][0])]
    if not found:
        return dative_recipient(verb, objs)
    # "its stake in the pipeline to Tbilisi to Socar": of two "to" phrases the last names who gets it, the first
    # where the noun before it goes; so does a single one after a noun of a way ("the pipeline to Tbilisi")
    words, target = found[-1]
    before = verb.doc[words[0].i - 1]
    if before.lemma_.lower() in lx.PATH_NOUNS:
        return None
    if target.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "") and (
            target.pos_ == "PROPN" or named_appositive(target) or target.ent_type_ and target.text[:1].isupper()):
        return words, target    # (a name the tagger took for a common noun: "to UNICEF", "to the utility Statkraft")
    return None


def relative_price_before(verb: Token, to: Token) -> bool:
    """Whether the phrase that ends right before a "to" is a price measured against something: "at a discount of $5 a
    barrel to Brent", "at a premium to the market"."""
    if to.i == 0:
        return False
    tok = verb.doc[to.i - 1]
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.lemma_.lower() in ("discount", "premium"):
            return True
        tok = tok.head
    return False


# Nouns of a price a thing is given at or for: "at cost", "at no profit" (not "a discount to Brent", "a premium to
# the market": what the price is measured against).
PRICE_NOUNS = frozenset("cost profit price loss charge fee sum".split())


def dative_recipient(verb: Token, objs: list[Token]) -> PrepLink | None:
    """ "paid Diageo 1.2 billion pounds", "lent Egypt $5 billion", "awarded Rangers a penalty": the first of two objects
    of a verb of giving is who gets the second, a name (no preposition: the link's words are empty). Not when the
    second is an act or a time ("paid Putin a visit", "gave Meta two weeks to respond"), and "give" and "hand" only
    with an amount ("gave Ukraine $2 billion"; "handed Samsung a victory", "gave Labour a majority" are no gifts)."""
    given = next((o for o in objs if o.dep_ == "dobj"), None)
    if given is None:
        return None
    noun = given.lemma_.lower()
    if noun in lx.LIGHT_NOUNS or noun in lx.NOMINALISATIONS or noun in lx.IDIOM_TO_OBJECTS or given.ent_type_ in (
            "DATE", "TIME") or verb_lemma(verb) in ("give", "hand") and not amount(given):
        return None
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ != "ADP" and c.i < given.i and c.ent_type_ in (
                "PERSON", "ORG", "GPE", "NORP", "") and (c.pos_ == "PROPN" or named_appositive(c) or named_owner(c)):
            return [], c
    return None


def named_owner(noun: Token) -> bool:
    """ "offered Syria's new government $1 billion", "offered Lifeway Foods shareholders $27 a share": a common noun
    of the ones a name has (its government, its shareholders), the name its possessor or its modifier."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in OWNED_RECIPIENTS and any(
        c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.ent_type_ not in NUMERIC_TYPES
        for c in noun.children)


NUMERIC_TYPES = frozenset("DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY".split())
# The nouns a name has whom a sum may be offered or paid: its government, its people, its owners.
OWNED_RECIPIENTS = frozenset("""government governments authority authorities administration shareholder
stockholder bondholder creditor investor owner people leadership regime""".split())


def amount(obj: Token) -> bool:
    """Whether an object is a sum of money ("$5 billion", "2 million euros")."""
    return obj.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" and c.dep_ in ("nummod", "compound", "quantmod")
                                           for c in obj.children) or obj.lemma_.lower() in lx.CURRENCIES and any(
        c.dep_ == "nummod" for c in obj.children)


# Verbs of study and teaching whose "at" names the school: "studied law at Oxford", "taught economics at the LSE".
STUDY_VERBS = frozenset("study teach train lecture research read".split())


def school_counterpart(verb: Token, obj: Token, links: list[PrepLink]) -> PrepLink | None:
    """ "studied computer science at the University of São Paulo", "taught economics at the LSE": the institution a
    verb of study or teaching names after "at" (on the verb or, as the parser may hang it, on the subject studied),
    where it is an organisation's or a site's name; None otherwise ("studied law at night")."""
    if verb_lemma(verb) not in STUDY_VERBS:
        return None
    found = [*links, *[([c], g) for c in obj.children if c.dep_ == "prep" and c.i > obj.i
                      for g in c.children if g.dep_ == "pobj"]]
    for words, target in sorted(found, key=lambda k: k[0][0].i):
        if [w.lower_ for w in words] == ["at"] and target.ent_type_ in ("ORG", "FAC") and target.pos_ == "PROPN":
            return words, target
    return None


def aimed_counterpart(verb: Token, obj: Token, links: list[PrepLink]) -> PrepLink | None:
    """ "fired rockets at Haifa", "imposed sanctions on Iran": the target a verb of aiming names; "invested $2 billion
    in G42", "raised $500 million from Vexa": the counterpart of an amount. A name after the object (on the verb or,
    as the parser may hang it, on the object), or None: not a place an amount is spent in ("raised $1 billion in
    New York"), not a phrase before the object."""
    money, lemma = amount(obj), verb_lemma(verb)
    # a thing is aimed, not people ("fired two managers at its plant" dismissed them)
    aiming = lemma in lx.TARGET_VERBS and obj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and \
        obj.lemma_.lower() not in lx.TITLE_NOUNS | lx.PEOPLE_NOUNS and obj.lemma_.lower() not in agent_nouns()
    # "won a contract from Deutsche Bahn", "lost the election to Bolsonaro": the other party (an order comes from a
    # firm or a person, "ordered the evacuation of civilians from Kherson" names a place)
    party = lx.COUNTERPARTY_PREPS.get(lemma) if obj.ent_type_ not in ("PERSON", "ORG") else None
    if party is None and obj.lemma_.lower() in lx.RELATION_NOUNS and lemma not in lx.HYPOTHETICAL_VERBS \
            and lemma != "have":
        party = "with"      # "restored diplomatic ties with Iran": restore_with(Saudi Arabia, Iran); not "wanted"
    party_types = ("PERSON", "ORG") if lemma == "order" else ("PERSON", "ORG", "GPE", "NORP")
    if not money and not aiming and party is None:
        return None
    found = [*links, *[([c], g) for c in obj.children if c.dep_ == "prep" and c.i > obj.i
                      for g in c.children if g.dep_ == "pobj"]]
    for words, target in sorted(found, key=lambda k: k[0][0].i):
        word = " ".join(w.lower_ for w in words)
        if words[0].i < obj.i or not (target.pos_ == "PROPN" or named_appositive(target)):
            continue
        if aiming and word in lx.TARGET_PREPS and target.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", ""):
            return words, target
        if party is not None and word == party and target.ent_type_ in party_types:
            return words, target
        if money and not aiming and (word in ("from", "to", "for") and target.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "")
                                     or word in ("in", "into") and target.ent_type_ in ("PERSON", "ORG", "")):
            return words, target
    return None


def named_appositive(noun: Token) -> bool:
    """ "her assistant, Jonas Berg": a common noun with a name in apposition (the graph takes the name)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


# Verbs of receiving an act from another ("drew criticism from X", "won the backing of X", "received a call from X"),
# and the acts, as the verb the giver does to the receiver.
RECEIVING_VERBS = frozenset("draw receive face win earn attract get meet secure gain".split())
RECEIVED_ACTS = {"criticism": "criticise", "condemnation": "condemn", "praise": "praise", "support": "support",
                 "backing": "back", "endorsement": "endorse", "approval": "approve", "warning": "warn",
                 "threat": "threaten", "rebuke": "rebuke", "visit": "visit", "call": "call", "invitation": "invite",
                 "apology": "apologise_to", "opposition": "oppose"}
# The acts whose giver may also stand in an "of" phrase ("the backing of the unions"; "a warning of floods" is what).
OF_GIVER_ACTS = frozenset("support backing endorsement approval".split())


def received_act_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """ "Germany's decision drew sharp criticism from Benjamin Netanyahu": the one an act comes from does it to the
    verb's subject, criticise(Netanyahu, the decision), graph only; "won the backing of the unions" back(the unions,
    X). Only a name or a noun of a body as the giver; none where the act is a date's or an amount's."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return []
    objs = [o for c in verb.children if c.dep_ == "dobj" for o in conjuncts(c)
            if o.pos_ == "NOUN" and o.lemma_.lower() in RECEIVED_ACTS]
    subjects, inherited = subjects_of(verb) if objs else ([], False)
    if not subjects:
        return []
    pol, mod = own_factuality(verb, ctx)
    out = []
    for noun in objs:
        lemma = noun.lemma_.lower()
        words = {"from", "of"} if lemma in OF_GIVER_ACTS else {"from"}
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in words and c.i > noun.i] or [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.right_edge.i + 1]
        givers = [p for c in preps[:1] for g in c.children if g.dep_ == "pobj" for p in conjuncts(g)
                  if p.pos_ == "PROPN" and p.ent_type_ in AGENT_ENTS or body_noun(p)]
        out += [Clause(kind="verb", rel=[noun], predicate=RECEIVED_ACTS[lemma], subj=arg_tokens(g), obj=arg_tokens(s),
                       subj_head=g, obj_head=s, verb=verb, polarity=pol, modality=mod, speaker=ctx.speaker,
                       inherited=inherited, use="graph")
                for g in givers for s in subjects if g.i != s.i]
    return out
