"""The parse around a clause that changes its CAMEO code: the verb that governs it, the sentence it stands in.

The dictionary (:mod:`kg.events`) codes a verb with its object. Some acts are told by what governs the verb or by
what the sentence is about, as the CAMEO codebook reads them:

- a refusal codes its complement: "declined to reveal the price" is a refusal to comment (011), "refused to
  accept the result" a rejection (12), whether the graph states the refusal or the act refused (Negative);
- an intent or a threat is coded by what is intended: "agreed to resume visits" is an intent to cooperate
  (03; but "agreed to buy the firm" is the deal, 06), "pledged to send aid" an intent to provide aid (033), "threatened to cut gas supplies" a threat of a
  sanction (131), "vowed to retaliate" a threat of force (138); an intent to do what CAMEO does not code, towards
  no one ("agreed to raise output", "pledged to cut emissions"), is no event;
- a verb of saying with a clause as its object is a statement (010), whatever cooperative sense the verb has
  alone: "signalled that a hike was likely", "agreed that talks should go on", "argued that the patents were
  invalid" (ARGUE is 110, a quarrel);
- sending or giving aircraft, troops or goods in a sentence about a disaster is humanitarian aid (073), not
  military cooperation: "sent two firefighting planes", "sent a team of rescuers with tents"; forces or weapons
  sent with no one to receive them are a show of force (154): "deployed two carriers east of Taiwan";
- an order to the actor's own organs is no event between two actors: "ordered the army to help with the
  evacuation", "told police to step up patrols" (but "told staff the plant would close" is a statement);
- a quantity or a group of acts or things is coded by what it counts: "approved a new round of sanctions",
  "launched a wave of air strikes", "fired a barrage of missiles";
- expelling a state or a body reduces relations (166), expelling persons deports them (174);
- naming a thing is a comment (010), optimistic where the name praises it (013: "called the landing a
  milestone"), a denunciation where it condemns it (111: "called the sanctions illegal");
- an act has an actor as its source: a thing ("the cap eased pressure on rents", "the tax breaches EU rules", "a
  power cable links Estonia and Finland", "the award could force the company to sell") does nothing to anyone,
  though a document may say something ("the report said": a comment stays coded).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.events import CONTEST_VERBS, EventCoder, norm_word
from kg.extract.arguments import arg_tokens, verb_lemma
from kg.extract import lexicon as lx
from kg.extract.factuality import mandative
from kg.extract.lexicon import REPORTING_VERBS
from kg.extract.namecues import SCORE
from kg.extract.plurals import PEOPLE_NOUNS
from kg.extract.references import BUSINESS_NOUNS, KIND_NOUNS, OUTSIDER_NOUNS, PUBLIC_KINDS
from kg.extract.repairs import inanimate

REFUSAL_VERBS = frozenset("decline refuse".split())
INTENT_VERBS = frozenset("agree promise pledge vow offer commit undertake volunteer".split())
THREAT_VERBS = frozenset(["threaten"])
# Verbs whose refusal is a refusal to comment (011).
COMMENT_VERBS = frozenset("""say comment reveal disclose confirm deny discuss elaborate speculate specify name identify
answer respond reply explain detail give_detail predict estimate guess""".split())
# A cooperative act intended: the intent's code by the act's root (the codebook's 03 block).
INTENT_OF_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# A hostile act threatened: the threat's code by the act's root (the codebook's 13 block).
THREAT_OF_ROOT = {"16": "131", "17": "132", "18": "138", "19": "138", "20": "138", "14": "133", "12": "130",
                  "11": "130", "10": "130", "15": "138"}
# Verbs of saying whose clause object is a plain statement though the verb alone codes something else.
ARGUING_VERBS = frozenset("argue contend maintain insist reason".split())
# Verbs of saying that make a demand of a subjunctive "that" clause ("insisted that the envoy leave").
DEMANDING_VERBS = frozenset("insist demand require".split())
SENDING_VERBS = frozenset("send dispatch deploy provide supply deliver donate contribute fly airlift ship".split())
RELIEF_WORDS = frozenset("""firefighting firefighter fire wildfire blaze earthquake quake flood flooding hurricane cyclone
typhoon storm tsunami landslide disaster rescue rescuer relief humanitarian evacuation evacuee tent blanket medicine
medical survivor victim refugee famine drought epidemic outbreak""".split())
# An actor's own quantities: intending to change them is no act towards anyone (rate decisions get no code).
OWN_QUANTITIES = frozenset("""output production price rate emission spending wage salary pension budget fare
borrowing deficit capacity""".split())
COMMAND_VERBS = frozenset("order instruct direct command tell".split())
# A state's or a body's own organs: an order to them is no event between two actors.
ORGAN_NOUNS = frozenset("""army military police troop force soldier navy guard ministry department agency official
officer staff authority prosecutor service coastguard firefighter rescuer""".split())


def _root(code: str | None) -> str | None:
    return code[:2] if code else None


def complement_code(coder: EventCoder, comp: Token) -> str | None:
    """The code of a complement verb ("to reveal the price") with its direct object, as the dictionary gives it."""
    objs = [c for c in comp.children if c.dep_ in ("dobj", "attr")]
    words: list[str] = []
    head = None
    counterpart = "thing"
    if objs:
        words = [norm_word(t.lemma_) for t in arg_tokens(objs[0]) if t.is_alpha and not t.is_stop or t == objs[0]]
        head = norm_word(objs[0].lemma_)
        if objs[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            counterpart = "actor"
    return coder.code(verb_lemma(comp), words, head, counterpart=counterpart)


def governed_code(coder: EventCoder, verb: Token, obj_head: Token | None, code: str | None) -> str | None:
    """The code of a clause as the verb that governs it (or the complement it governs) tells it; else ``code``.

    Parameters
    ----------
    coder : EventCoder
        The dictionary.
    verb : Token
        The clause's verb.
    obj_head : Token or None
        The head of the clause's object (a verb for a clause object).
    code : str or None
        The code the dictionary gives the clause's verb and object.
    """
    lemma = verb.lemma_.lower()
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_VERBS:
        return refusal_code(verb, code)     # "declined to [reveal the price]"
    comp = obj_head if obj_head is not None and obj_head.dep_ == "xcomp" and obj_head.head.i == verb.i else None
    if comp is not None and lemma in REFUSAL_VERBS:
        return refusal_code(comp, complement_code(coder, comp))      # "[declined] to reveal ..."
    if comp is not None and lemma in _INTENT_OR_THREAT:
        act = complement_code(coder, comp)
        if act is None and lemma not in THREAT_VERBS and own_quantity(comp):
            return None     # "agreed to raise output", "pledged to cut emissions": no act towards anyone
        return intent_code(lemma, act, code)
    if obj_head is not None and obj_head.dep_ == "ccomp" and obj_head.head.i == verb.i:
        if lemma in DEMANDING_VERBS and mandative(obj_head):
            return "100"    # "insisted that Manila withdraw its ship": a demand (the mandative subjunctive)
        if lemma in ARGUING_VERBS or lemma in REPORTING_VERBS and _root(code) in INTENT_OF_ROOT.keys() | {"03"}:
            return "010"    # "signalled that a hike was likely": what is said is a statement
    return code


# Warning of a danger is a pessimistic comment (012), not a threat: "warned that inflation could rise", "cautioned
# of a shortage of vaccines". A warning of what the speaker or another actor will do stays a threat (13): "warned that
# it would respond", "warned of consequences", "warned Hezbollah of a response".
WARNING_VERBS = frozenset("warn caution".split())
THREAT_NOUNS = frozenset("""consequence response retaliation reprisal revenge action measure countermeasure step
sanction attack strike force war punishment retribution escalation""".split())


def foreboding(verb: Token, obj_head: Token | None) -> bool:
    """Whether a warning is of a danger, not of an act (see :data:`WARNING_VERBS`): no addressee warned, and what it
    warns of (its object, or the subject of its "that" clause) a common noun that names no actor and no act of
    force."""
    if verb.lemma_.lower() not in WARNING_VERBS or obj_head is None:
        return False
    if any(c.dep_ == "dobj" and not inanimate(c) for c in verb.children):
        return False        # "warned Caracas (that) ...": a warning to someone
    noun = obj_head
    if obj_head.pos_ in ("VERB", "AUX"):
        if obj_head.dep_ != "ccomp" or obj_head.head.i != verb.i:
            return False
        noun = next((c for c in obj_head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None or any(c.dep_ == "agent" for c in obj_head.children):
            return False
    noun = counted_head(noun)
    return inanimate(noun) and norm_word(noun.lemma_) not in THREAT_NOUNS


def own_quantity(comp: Token) -> bool:
    """Whether a complement changes a quantity of the actor's own: "to raise output", "to cut emissions"."""
    return any(c.dep_ == "dobj" and norm_word(c.lemma_) in OWN_QUANTITIES for c in comp.children)


def refusal_code(act: Token, act_code: str | None) -> str:
    """A refusal to comment (011), to meet or negotiate (125), else a rejection (120)."""
    if verb_lemma(act) in COMMENT_VERBS or act.lemma_.lower() in COMMENT_VERBS or _root(act_code) == "01":
        return "011"
    return "125" if _root(act_code) == "04" else "120"


def intent_code(lemma: str, act_code: str | None, code: str | None) -> str | None:
    """An intent (03) or a threat (13) by the root of the act intended."""
    root = _root(act_code)
    if root in THREAT_OF_ROOT and (lemma in THREAT_VERBS or lemma in ("vow", "pledge", "promise")):
        return THREAT_OF_ROOT[root]     # "vowed to retaliate", "threatened to cut supplies"
    if lemma in THREAT_VERBS:
        return code or "130"
    if root == "03" or lemma == "agree" and root in ("05", "06"):
        return act_code     # "agreed to buy the operator", "agreed to sign a treaty": the deal itself
    return INTENT_OF_ROOT.get(root, "030")


# The dictionary codes some objects of SUPPLY with the intent to give them ("SUPPLY * &AIRCRAFT [0332]"): a verb
# of sending or supplying is the giving itself, whatever the clause's modality makes of it.
GIVING_OF_INTENT = {"0331": "071", "0332": "072", "0333": "073", "0334": "074"}


def relief_code(verb: Token, code: str | None) -> str | None:
    """Humanitarian aid (073) for aircraft, troops or goods sent or given in a sentence about a disaster, and for
    anyone or anything sent to a named place or body there, which the dictionary leaves uncoded ("sent 200 rescue
    workers to Turkey after the earthquake"); aid given, not promised, for an intent code on a verb of sending
    ("Iran supplied drones to Russia": 072)."""
    if code in GIVING_OF_INTENT and verb.lemma_.lower() in SENDING_VERBS:
        code = GIVING_OF_INTENT[code]
    if code is None and verb.lemma_.lower() in SENDING_VERBS and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "LOC") for g in c.children) for c in verb.children):
        return "073" if _disaster(verb) else None
    if _root(code) not in ("06", "07") or code == "073" or verb.lemma_.lower() not in SENDING_VERBS:
        return code
    if _disaster(verb):
        return "073"
    return posture_code(verb, code)


# Forces or weapons moved with no one to receive them ("deployed two carriers east of Taiwan", "will send two more
# frigates to the region") are a show of force (154: mobilise or increase armed forces), not military cooperation
# or aid, which CAMEO codes between two actors ("sent troops to Mali", "sent Ukraine tanks": 062, 072).
MILITARY_CODES = frozenset("062 072".split())
DEPLOY_VERBS = frozenset("send deploy dispatch station move redeploy position".split())


def posture_code(verb: Token, code: str | None) -> str | None:
    """A show of force (154) for forces sent or deployed with no recipient actor, else ``code``."""
    if code not in MILITARY_CODES or verb.lemma_.lower() not in DEPLOY_VERBS or _recipient(verb):
        return code
    return "154"


def _recipient(verb: Token) -> bool:
    """Whether the verb's own clause names one who receives: an indirect object, or "to"/"for" an entity that is
    a state, a body, a people or a person ("to Ukraine", "for the Kurds"), not a sea or a region."""
    for t in verb.subtree:
        if not _in_clause(t, verb) or t.i == verb.i:
            continue
        if t.dep_ == "dative" and (t.ent_type_ or t.pos_ == "PRON"):
            return True
        if t.dep_ in ("prep", "dative") and t.lower_ in ("to", "for") and any(
                g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for g in t.children):
            return True
    return False


def _disaster(verb: Token) -> bool:
    words = {t.lemma_.lower() for t in verb.sent if t.pos_ in ("NOUN", "ADJ", "PROPN") or t.dep_ in ("compound", "amod")}
    return bool(words & RELIEF_WORDS)


# A state's armed units: expelling them withdraws the state's presence (166), it deports no persons.
UNIT_NOUNS = frozenset("troop troops force forces soldier soldiers peacekeeper peacekeepers contingent".split())


# Verbs of removing someone from an office, and the nouns of the office a "from" phrase names.
REMOVAL_VERBS = frozenset("remove dismiss sack fire".split())
OFFICE_NOUNS = frozenset("office post position job role seat presidency premiership chairmanship board".split())


def office_removal(verb: Token, obj_head: Token | None, target_type: str | None) -> bool:
    """Whether a verb removes a person from an office: the object a person whose name carries a title ("voted to
    remove Prime Minister X", "removed chief executive Y") or a "from" phrase naming the office ("dismissed X from
    his post"). A personnel change, which CAMEO does not code; not the expulsion of persons (174) or a rejection
    (DISMISS, 120)."""
    if verb.lemma_.lower() not in REMOVAL_VERBS or obj_head is None or target_type != "Person":
        return False
    titled = any(c.dep_ in ("compound", "appos", "amod") and c.lemma_.lower() in lx.TITLE_NOUNS
                 for c in obj_head.subtree if c.i != obj_head.i)
    return titled or any(p.dep_ == "prep" and p.lower_ == "from" and any(
        g.lemma_.lower() in OFFICE_NOUNS for g in p.children if g.dep_ == "pobj") for p in verb.children)


def expulsion_code(code: str | None, target_type: str | None, target_word: str = "") -> str | None:
    """A state or a body expelled ("expelled Russia from the contest") is a reduction of relations (166), and so are a
    state's troops ("expelled French troops"); the dictionary's EXPEL (174) deports persons."""
    return "166" if code == "174" and (target_type in ("GeopoliticalEntity", "Organization")
                                       or target_word in UNIT_NOUNS) else code


def own_organ(verb: Token, obj_head: Token | None, subject: int | None, cluster_of) -> bool:
    """Whether the clause is an order to the subject's own organ ("ordered the army to help"): a command verb, an
    organ noun as object (or as the subject of the clause ordered), and no other actor owning it ("Israel's army").
    "tell" orders only with an infinitive ("told police to leave"); "told staff (that) ..." is a statement."""
    if verb.lemma_.lower() not in COMMAND_VERBS or obj_head is None:
        return False
    if verb.lemma_.lower() == "tell" and not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    target = obj_head
    if obj_head.dep_ == "xcomp" and obj_head.head.i == verb.i:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs:
            return False
        target = objs[0]
    if target.lemma_.lower() not in ORGAN_NOUNS and norm_word(target.lemma_) not in ORGAN_NOUNS:
        return False
    for c in target.children:
        if c.dep_ in ("poss", "compound", "nmod"):
            owner = cluster_of(c)
            if owner is not None and owner != subject:
                return False
        if c.dep_ == "prep" and c.lower_ == "of":
            return False
    return cluster_of(target) is None


# Nouns that count or group what their "of" phrase names: the act or thing is the one counted.
CONTAINER_NOUNS = frozenset("""round wave series barrage volley salvo spate string raft batch package set
number slew flurry burst pair couple dozen hundreds thousands group team convoy column contingent
tonne ton barrel litre liter gallon kilogram kilo shipment consignment cargo load""".split())
# Round numbers used as nouns count what follows them ("hundreds of Yazidi men", "tens of thousands of refugees"):
# the tagger gives them a number's entity label, which alone would make the counted people no counterpart.
NUMBER_NOUNS = frozenset("dozens scores tens hundred hundreds thousand thousands million millions".split())


def counted_head(head: Token | None) -> Token | None:
    """The noun a container noun counts or a share is of ("a new round of sanctions" -> sanctions, "half of the
    city" -> city), else ``head``."""
    for _ in range(2):      # "a fresh wave of a series of ..." is rare; two steps at most
        if head is None or head.lemma_.lower() not in _COUNTED_NOUNS and not (
                head.pos_ in ("NOUN", "NUM") and head.lower_ in NUMBER_NOUNS):
            return head
        pobj = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
        if pobj is None:
            return head
        head = pobj
    return head


# Verbs that name or describe their object with a complement ("called it a milestone").
NAMING_VERBS = frozenset("call describe label term brand dub deem consider".split())
CONDEMNING_WORDS = frozenset("""illegal unlawful illegitimate unacceptable outrageous irresponsible absurd shameful
disgraceful baseless groundless unfounded provocative hostile unjustified unjust reckless disastrous catastrophic
betrayal provocation violation insult scandal farce sham travesty lie blackmail bullying aggression crime racist
discriminatory unfair nonsense hypocritical hypocrisy piracy theft robbery interference aggressive destructive
counterproductive politically gimmick stunt smokescreen charade whitewash unnecessary needless pointless
unwarranted unjustifiable excessive""".split())     # "called the trial politically motivated"
PRAISING_WORDS = frozenset("""milestone historic success successful breakthrough triumph achievement landmark
constructive encouraging excellent remarkable productive fruitful positive""".split())


def naming_code(verb: Token) -> str | None:
    """The code of a naming verb with a complement ("called the result disappointing", "called the arrival 'a
    milestone'", parsed as an apposition of the object), or None when it has none ("called the minister")."""
    comps = [c for c in verb.children if c.dep_ == "oprd" or c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")]
    comps += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos" and a.i > c.i
              and any(t.text in "\"“'‘" for t in verb.doc[c.i + 1:a.i])]
    words = {t.lemma_.lower() for c in comps for t in c.subtree}
    if verb.lemma_.lower() != "consider":
        # "called the measures illegal", "described the plan as a farce": a complement the parser left inside the
        # object or in an "as" phrase, after the object's head
        for c in verb.children:
            after = [t for t in c.subtree if t.i > c.i] if c.dep_ in ("dobj", "dative") else []
            after += [t for t in c.subtree if t.i > c.i] if c.dep_ == "prep" and c.lower_ == "as" else []
            judged = {t.lemma_.lower() for t in after} & _JUDGING_WORDS
            if judged:
                comps.append(c)
                words |= judged
    if not comps:
        return None
    if words & CONDEMNING_WORDS:
        return "111"
    if words & PRAISING_WORDS and not any(t.dep_ == "neg" or t.lower_ in ("no", "not") for c in comps
                                           for t in c.subtree):
        return "013"
    return "010"


# A share of a whole ("a third of Europe's gas", "40 percent of its oil", "more than half of all students"): with
# a verb in the simple present it states a habitual quantity, a property of the actor ("Norway supplies a third of
# Europe's gas"), and no event (the annotation codes no quantities); an act on a share stays one ("seized half of
# the city", "sold 10 percent of its stake" in the past).
SHARE_NOUNS = frozenset("""half third quarter fifth sixth tenth percent per_cent percentage share proportion fraction
majority bulk most""".split())


def habitual_share(verb: Token | None, head: Token | None) -> bool:
    """Whether a clause states a habitual share: a present-tense verb with no auxiliary (no "will", "has") whose
    object is a share of a whole.

    "Norway supplies a third of Europe's gas" is one; "Norway supplied a third of the aid" is not.
    """
    if verb is None or head is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    word = head.lemma_.lower()
    if word not in SHARE_NOUNS and not (word == "cent" and any(c.lower_ == "per" for c in head.children)):
        return False
    return word in ("percent", "cent", "percentage") or any(c.dep_ == "prep" and c.lower_ == "of"
                                                             for c in head.children)


def standing_function(verb: Token | None) -> bool:
    """Whether a verb states what a body does as its standing work, in a relative clause set off by a comma, in the
    present with no auxiliary: "the Spoliation Advisory Panel, which advises the government on claims", "the
    regulator, which licenses the trawlers". A state of affairs, no event (the gold codes states not at all)."""
    if verb is None or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in \
            REPORTING_VERBS:
        return False    # ("the union, which says the plans ...": a claim made, whatever the tense)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in ("which", "who") and subj.i > 0 and verb.doc[subj.i - 1].text == ","


# Meeting, hosting or welcoming (CAMEO 04, 05) needs a counterpart; people counted in hundreds of thousands or
# millions are a population or a tally of visitors ("Lagos hosts 20 million people", "Greece welcomed a record 36
# million tourists"), no party to meet.
CROWD_WORDS = frozenset("million millions billion billions m bn".split())
CROWD_FLOOR = 100_000


def crowd_count(head: Token | None) -> bool:
    """Whether an object counts people or things by the hundred thousand or the million: a number word "million" or
    "billion", or a figure of at least :data:`CROWD_FLOOR`, counting the object's head ("20 million people",
    "150,000 visitors", "millions of pilgrims")."""
    if head is None:
        return False
    if head.lower_ in ("millions", "billions"):
        return True
    for num in (c for c in head.children if c.dep_ == "nummod"):
        for t in num.subtree:
            if t.lower_ in CROWD_WORDS:
                return True
            try:
                if float(t.text.replace(",", "")) >= CROWD_FLOOR:
                    return True
            except ValueError:
                continue
    return False


# Standings in a contest: a force verb that puts a side "into the lead", "to victory" or "to the title" tells play
# ("fired Real Madrid into the lead", "shot England to victory over Denmark"), not violence.
STANDING_NOUNS = frozenset("""lead victory win title final semifinal semi-final quarterfinal quarter-final gold medal
trophy championship triumph crown top promotion""".split())


# What one is beaten "to" in a fight, not in a race ("beaten to death").
BEATEN_TO_NOUNS = frozenset("death pulp unconsciousness ground".split())


def propelled(verb: Token) -> bool:
    """Whether the verb moves its object "into" or "to" a standing in a contest (see :data:`STANDING_NOUNS`), or
    beats its object "to" a prize ("beat Boeing to a 100-jet order", "beat Sony to the market"): a race."""
    beat = verb.lemma_.lower() == "beat" and any(c.dep_ == "dobj" for c in verb.children)
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("into", "to") and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in STANDING_NOUNS or beat and c.lower_ == "to"
                              and g.lemma_.lower() not in BEATEN_TO_NOUNS) for g in c.children)
        for c in verb.children)


# Natural forces: a storm, a quake or a fire that "hits", "crosses" or "leaves" a place is no actor (CAMEO codes
# acts of actors), whatever the verb would code with one ("Typhoon Mawar left the area": no departure, 04).
NATURAL_FORCES = frozenset("""typhoon hurricane cyclone storm tornado earthquake quake tsunami flood wildfire blaze
bushfire drought volcano eruption landslide mudslide avalanche heatwave monsoon""".split())


def natural_force(words: list[str]) -> bool:
    """Whether a subject's words (its lemmas, or its entity's label) name a natural force ("Typhoon Mawar",
    "the earthquake")."""
    return any(w.lower() in NATURAL_FORCES for w in words)


def _in_clause(tok: Token, verb: Token) -> bool:
    """Whether a token belongs to the verb's own clause: no other verb stands between them."""
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("VERB", "AUX"):
            return False
    return tok.i == verb.i


def score_margin(verb: Token | None) -> bool:
    """Whether a verb has the score of a game: a scoreline ("beat Real Madrid 3-1", "thrashed Bayern 4-0 in the
    final"), or, for a verb of winning, a margin ("beat Australia by 40 runs", "won by three goals", "defeated
    him by 312 votes"): a contest, not a fight."""
    if verb is None:
        return False
    if any(t.i > verb.i and t.like_num and SCORE.match(verb.doc[t.i:t.i + 3].text) and _in_clause(t, verb)
           for t in verb.subtree):
        return True
    if verb.lemma_.lower() not in CONTEST_VERBS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "by" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in o.children) for o in p.children)
        for p in verb.children)


# Nouns of actors beyond the agents dictionary and the institution and title nouns: kinds of body and of people.
ACTOR_NOUNS = lx.NAME_TITLES | BUSINESS_NOUNS | KIND_NOUNS | OUTSIDER_NOUNS | PEOPLE_NOUNS | PUBLIC_KINDS | frozenset("""friend family
client son daughter wife husband father mother brother sister child team side squad crew owner buyer seller bidder
rival opponent donor creditor lender borrower defendant suspect witness gunman attacker hacker delegation mission
office embassy consulate jury bench prefecture municipality centre center institute national citizen country nation
state city town village region province county force defence defense unit battalion brigade regiment guard""".split())
# Bodies named by a common noun act and are acted on as their members do ("met the slum dwellers' federation",
# "received a delegation of farmers"): a counterpart like a person (not "body", which is also a corpse).
BODY_NOUNS = frozenset("""union federation association council committee delegation agency coalition cooperative
co-operative consortium confederation syndicate""".split())
# People the agents dictionary does not list, who can be arrested, fired on or met ("arrested the organisers of the
# rally", "fired on the crowd", "met opposition leaders"): a counterpart actor of the clause.
PEOPLE_COUNTERPARTS = frozenset("""organiser organizer leader crowd mob editor critic opponent youth supporter member
follower fan spectator passenger pilgrim worshipper mourner counterpart""".split()) | BODY_NOUNS
# Weapons, aircraft, vessels and units stand for the forces that use them when they fight ("Russian jets bombed a
# market", "Iranian boats seized a tanker"): the CAMEO dictionary's own synonym sets, and ships.
FORCE_ROOTS = frozenset("15 17 18 19 20".split())
VESSEL_NOUNS = frozenset("ship warship vessel boat gunboat speedboat submarine tank".split())
# Suffixes of nouns that name a doer ("organiser", "investor", "economist", "politician", "applicant", "resident",
# "fisherman").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eer", "man", "men")    # "fishermen", "gunmen"


def thing_subject(head: Token | None, code: str = "", coder: EventCoder | None = None) -> bool:
    """Whether a subject with no entity is a thing that does nothing to anyone: a common noun that names no
    actor ("the cap", "the tax", "a power cable", "the award"), not a name, a pronoun or a noun of a doer, nor,
    for an act of force (``code`` of :data:`FORCE_ROOTS`), a weapon or a vessel in the ``coder``'s synonym sets.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["the", "cap", "the", "organisers"], pos=["DET", "NOUN", "DET", "NOUN"],
    ...           lemmas=["the", "cap", "the", "organiser"])
    >>> thing_subject(doc[1]), thing_subject(doc[3])
    (True, False)
    """
    if head is None or not inanimate(head):
        return False
    lemma = norm_word(head.lemma_)
    if lemma in ACTOR_NOUNS or len(lemma) > 4 and lemma.endswith(AGENT_SUFFIXES):     # not "rent", "tent"
        return False
    if code[:2] in FORCE_ROOTS and (lemma in VESSEL_NOUNS or coder is not None and any(
            lemma in coder.synsets.get(name, ()) for name in ("&weapon", "&aircraft", "&military"))):
        return False
    return True


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_COUNTED_NOUNS = CONTAINER_NOUNS | SHARE_NOUNS
_INTENT_OR_THREAT = INTENT_VERBS | THREAT_VERBS
_JUDGING_WORDS = CONDEMNING_WORDS | PRAISING_WORDS
