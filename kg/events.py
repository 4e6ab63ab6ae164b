"""CAMEO event coding: a statement's predicate and object in, a CAMEO code out.

The dictionary is ``ontologies/cameo_verbs.tsv`` (derived from PETRARCH's CAMEO.2.0.txt by
``ontologies/build_cameo.py``; its format is in docs/events.md); ``kg build --events FILE`` adds rows of the
same format, which override the shipped ones.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.resources import ontology_dir

CAMEO_NS = "https://w3id.org/kg-builder/cameo/"
COLUMNS = ("verb", "prep", "object", "context", "code")
# States, attitudes and possession: never an event, whatever the dictionary's patterns say (CONTRACT.md).
STATE_VERBS = frozenset("""be have own want control plan need remain seem appear become belong contain include
represent mean hope expect know think believe feel like love wish intend respect admire appreciate value trust
fear prefer die distrust mistrust""".split())     # (and dying: the one who dies does nothing to anyone)
# Verbs of holding an office: roles, never events ("Ms Reyes heads the agency").
ROLE_VERBS = frozenset("lead head chair run manage direct serve govern employ oversee supervise".split())
# Roots whose act needs a counterpart when the code comes from the verb alone: consulting (04), yielding (08),
# coercion and violence (17-20). Their object must be an actor (an entity, an agent noun, a clause) or, but for
# yielding, a named place or thing ("attended the G20 summit", "blew up the Kakhovka dam"). Statements, appeals,
# intents, endorsements, aid, protest and conflict talk take any content ("blamed the engine", "pledged aid").
ACTOR_ROOTS = frozenset("04 08 17 18 19 20".split())
NAMED_ROOTS = frozenset("04 17 18 19 20".split())
# Violence against a thing in a named place ("bombed a market in Idlib", "shelled a school in Kharkiv") is an attack
# on those there: the counterpart "placed".
PLACED_ROOTS = frozenset("18 19 20".split())
# Intents (root 03) are intents to cooperate with someone (the CAMEO codebook): on an object that is no actor,
# an intent code is kept for goods, money and cooperation ("offered helicopters", "pledged aid", "promised talks")
# but not for information, which is a comment ("offered evidence, an explanation"), nor for an office sought
# ("sought a second term", "is seeking re-election"); and an actor's own decision or creation ("decided whether to
# pay", "voted to keep rates", "set up a committee", "launched a mission to the Sun") is no intent towards anyone
# unless its object is a cooperation ("launched talks").
INFORMATION_OBJECTS = frozenset("""evidence proof explanation detail comment view opinion assessment account reason
justification answer clarification argument estimate forecast prediction analysis insight thought""".split())
OFFICE_OBJECTS = frozenset("""term office re-election reelection election nomination seat presidency mandate candidacy
post position""".split())
SELF_VERBS = frozenset("decide vote opt choose resolve create set_up establish form found launch".split())
COOPERATIVE_OBJECTS = frozenset("""aid help assistance support relief loan credit fund funding grant investment
cooperation collaboration partnership talk negotiation dialogue meeting summit visit mediation ceasefire truce peace
deal agreement accord treaty pact settlement compromise concession release exchange guarantee protection asylum
bid offer contract alliance""".split())
# Acts CAMEO does not code, told by the object or the sentence: a price or sum ("charges $4,500 a dose") is no
# accusation (root 11); a win in an election or a game ("defeated Ortega in the runoff", "broke serve") is no
# fight (roots 17-20); a plea in court ("pleaded guilty") no appeal; calling an election a domestic act (the
# dictionary rows, cameo_verbs_extra.tsv); watching a situation that is no actor ("monitors the situation") no
# investigation (root 09); a takeover in a sentence about a purchase ("agreed to take over the insurer for $2bn",
# "a hostile bid to take over its rival") is a deal, not a seizure of property (root 17).
MONEY_WORDS = frozenset("""dollar euro pound yen yuan franc rupee peso fee price cost sum amount percent cent rate
tariff money""".split())
CONTEST_VERBS = frozenset("""beat defeat edge outscore outplay trounce thrash break win lose overcome upset crush rout
hammer demolish outclass stun down sink topple overpower dismantle humble maul whip batter sweep blank shock outgun
outlast eliminate knock_out dump oust""".split())
CONTEST_WORDS = frozenset("""election vote voter poll runoff ballot primary candidate challenger constituency match
game serve final semifinal quarterfinal tournament championship league cup tiebreak goal
cricket rugby football soccer tennis golf hockey basketball baseball wicket innings batsman bowler spinner striker
goalkeeper midfielder stadium fixture playoff derby clasico""".split())
CONTEST_OBJECTS = frozenset("serve set point record game match tiebreak title seat".split())
# A contest is won where the sentence names a title, a medal or a side's batting, as where it names a match.
CONTEST_WORDS = CONTEST_WORDS | frozenset("title medal trophy podium batting bowling equaliser equalizer".split())
# Force verbs news uses as metaphors in a sentence about a contest ("destroyed England's batting line-up",
# "obliterated the world record"); a building or a ground destroyed stays an attack ("destroyed a football stadium").
CONTEST_VERBS = CONTEST_VERBS | frozenset("destroy obliterate annihilate wreck".split())
# Contests themselves: a contest verb with one of them as object is won or lost, whatever else the clause names.
CONTEST_EVENTS = CONTEST_OBJECTS | frozenset("""election vote poll runoff ballot primary by-election match final
semifinal quarterfinal tournament championship league cup race""".split())
# Parts of a side in a game, which a force verb in a sentence about a contest outplays ("tore apart their defence",
# "ripped through the batting order"); outside a contest a defence can be a military one ("destroyed air defences").
SIDE_PARTS = frozenset("""defence defense midfield backline rearguard batting order line-up lineup attack goal net
crossbar woodwork wicket stump basket""".split())     # and the goal a side aims at ("bombarded the Chelsea goal")
CONTEST_PLACES = frozenset("stadium arena ground pitch venue building".split())
# Words of the course of a game, which with a part of a side as a force verb's object tell play ("attacked Arsenal's
# defence throughout the second half"): no contest word alone, as "half" and "minute" are words of any report.
PLAY_WORDS = frozenset("half minute penalty corner free-kick kick-off whistle extra-time stoppage".split())
# What force cannot be used on: a record, a forecast, a lead or a hope is a measure, not a target ("obliterated
# the world record", "crushed expectations", "dashed their hopes"): no assault, fight or coercion (roots 17-20).
# (Not "market": a market is also a place where people shop, and "shelled a market" is an attack.)
MEASURE_OBJECTS = frozenset("""record forecast expectation estimate consensus lead deficit hope chance odd
dream ambition line-up lineup""".split())
PLEA_WORDS = frozenset("guilty innocent contest".split())
SEIZE_VERBS = frozenset(["take_over"])
DEAL_WORDS = frozenset("""deal bid offer takeover acquisition merger purchase share shareholder stake valuation
billion million bn price premium buyout regulator antitrust""".split())
WATCH_VERBS = frozenset("monitor watch follow observe track".split())
# Finding information ("found no evidence of fraud", "discovered proof") is a result an actor reports, no act
# towards anyone: the dictionary's FIND * EVIDENCE (090) and FIND NO EVIDENCE (080) code none without an actor.
FINDING_VERBS = frozenset("find discover uncover detect".split())
# Proposing is an appeal to someone (PROPOSE is 020) only with a counterpart or a pattern the dictionary names
# ("proposed talks", "proposed a ceasefire"): "proposed a tax on foreign buyers" is an actor's own policy.
PROPOSAL_VERBS = frozenset("propose suggest".split())
# Putting off is rejecting someone's wish (POSTPONE and DELAY are 120) only with a counterpart, a pattern the
# dictionary names ("postponed the talks" 161, "delayed the vote" 160) or an act done with others
# (:data:`JOINT_ACTS`: "postponed the signing"): "postponed the launch of its rocket", "delayed the project" put off
# the actor's own plans.
DEFERRING_VERBS = frozenset("postpone delay defer".split())
COUNTERPART_VERBS = PROPOSAL_VERBS | DEFERRING_VERBS
# Receiving, facing or undergoing an act ("received death threats", "faced criticism", "got aid") is the other's act:
# coded on the receiver it would make it the doer. Receiving an actor ("received a delegation") stays a visit hosted.
RECEIVING_VERBS = frozenset("receive get suffer undergo sustain face".split())
# Sums of money (the dictionary's "&currency": dollars, euros, yuan; a sum the parser calls MONEY, "$30 million") given,
# lent or sent are economic aid or cooperation (071, 061), promised or offered 0331. Given to no actor a sum is the
# actor's own spending ("spent 200 million euros on a plant", "transferred money to her own accounts"), and a sum
# earned, won, raised, spent or needed is no act towards anyone: the dictionary's patterns of money hold only for
# the verbs of giving with an actor to give to, and for promises.
MONEY_GIVING_VERBS = frozenset("""give provide send transfer donate lend loan grant award extend allocate supply pay
fund finance invest release""".split())
MONEY_PROMISING_VERBS = frozenset("pledge promise offer".split())
MONEY_SET = "&currency"
# Appeals and demands are coded as such whatever they ask for: the dictionary's patterns that code an investigation,
# a kidnapping or an offensive asked for ("called for an investigation" 090, "demanded a ransom" 181, "demanded an
# offensive" 195) would state an act nobody did. Demanding is a demand (100), the others an appeal (020).
APPEAL_VERBS = frozenset("ask request demand appeal urge plead press".split())
ASKED_ROOTS = frozenset("09 18 19 20".split())
# Consulting about a deal (mediating 045, negotiating 046) is between the deal's parties, whom the clause need not
# name ("brokered a truce", "negotiated the agreement"): such codes stand on these objects without a counterpart.
NEGOTIATED_OBJECTS = frozenset("""deal agreement accord treaty pact truce ceasefire settlement compromise swap
exchange peace""".split())
# Everyday words that head phrases of the dictionary's sets ("tear gas", "aircraft carrier", "infantry fighting
# vehicle"): alone they name no weapon, with a word of arms (ARMS_WORDS) before them they do.
PHRASE_ONLY_HEADS = frozenset("gas carrier club vehicle system service typhoon knuckle".split())
# Words of arms before a vehicle's or an aircraft's noun ("armoured vehicles", "fighter jets"): a weapon's.
ARMS_WORDS = frozenset("""armoured armored military combat fighting armed army naval navy missile fighter war attack
stealth bomber warplane strike gunship""".split())
# Acts done with others, whose putting off is one towards them ("postponed the signing", "delayed the summit").
JOINT_ACTS = NEGOTIATED_OBJECTS | frozenset("""signing ratification talk negotiation summit meeting visit conference
vote""".split())
# Verbs whose code alone says an act towards an actor, none towards a thing: recognising a state or a government
# (RECOGNIZE alone is 051), not a price cap, a result or a ruling ("does not recognise the price cap").
ACTOR_ONLY_VERBS = frozenset("recognize recognise".split())
# ... or a polity, which the clause may name by a common noun ("recognised the separatist territories").
POLITY_OBJECTS = frozenset("""territory republic region state government regime independence sovereignty statehood
authority enclave province country nation administration junta""".split())
# Defending a policy, a decision or a measure is defending it verbally (052): DEFEND alone (074) is protection,
# which needs an actor or a place to protect.
VERBAL_DEFENCE_VERBS = frozenset(["defend"])
# A cap or a ceiling is a sanction only on another's goods (the clause names the other: "a price cap on Russian
# oil"); a cap on rents or energy bills is an actor's own policy.
CAP_OBJECTS = frozenset("cap ceiling".split())
# Speaking or talking with an actor as object is the reciprocal of "A and B spoke" (A spoke with B): consulting
# (040), by telephone (041) where the sentence says so; SPEAK alone (010) is a comment to no one.
CONVERSE_VERBS = frozenset("speak talk".split())
PHONE_WORDS = frozenset("telephone phone call videoconference video".split())
# Words only a motor, cycling or running race uses: force verbs in a sentence with one of them tell the race
# ("forced Norris wide at the chicane", "attacked the leaders with two laps to go"), as "track" with "corner" does.
RACE_WORDS = frozenset("""lap chicane peloton podium pitlane pit-stop overtake overtaking qualifying prix paddock
breakaway""".split())
_CODE = re.compile(r"\d{2,4}")
_UNDECIDED = "undecided"      # a verb with patterns, none of which fits, and no code of its own


@functools.lru_cache(maxsize=1 << 14)     # asked of every word of every coded clause, and words recur
def norm_word(word: str) -> str:
    """A word as the dictionary holds it: lower case, singular (the same rule as ontologies/build_cameo.py).

    >>> norm_word("Sanctions"), norm_word("rallies"), norm_word("process")
    ('sanction', 'rally', 'process')
    """
    w = word.lower().strip("_")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# One row of a verb's patterns: (preposition, object words with the head last, context words, code); an object or
# context word "&name" stands for a synonym set. The coder makes a verb's patterns and their indexes on first use,
# after a build has set its loaded objects aside (``gc.freeze``): as plain tuples of strings (not objects, not
# lists), the collector stops walking them once it has seen them, where tens of thousands of patterns were walked
# by every full collection.
Pattern = tuple[str, tuple[str, ...], tuple[str, ...], str]


class EventCoder:
    """Codes predicates with the verb dictionary.

    Examples
    --------
    >>> coder = default_coder()
    >>> coder.code("impose", ["sanction"]), coder.code("accuse", []), coder.code("president_of", [])
    ('163', '112', None)
    >>> coder.code("ask_for", ["humanitarian", "aid"]), coder.code("say", ["that", "it", "would", "come"])
    ('0233', '010')
    """

    def __init__(self, rows: Iterable[Sequence[str]] = ()) -> None:
        self.defaults: dict[str, str] = {}
        self._rows: dict[str, list[tuple]] = {}      # verb -> its pattern rows, in order; read on first use
        self._patterns: dict[str, tuple[Pattern, ...]] = {}
        self._by_prep: dict[str, dict[str, tuple[Pattern, ...]]] = {}    # verb -> preposition -> its patterns, in order
        self._by_head: dict[str, dict] = {}     # verb -> preposition -> the patterns by object head (_candidates)
        self.synsets: dict[str, set[str]] = {}
        # synset -> head -> the words before it in each of the set's phrases ("tear gas": gas -> {("tear",)}), and
        # synset -> its one-word members: where a head of PHRASE_ONLY_HEADS needs its words (see _match_head)
        self._phrase_heads: dict[str, dict[str, set[tuple[str, ...]]]] = {}
        self._word_members: dict[str, set[str]] = {}
        self.add(rows)

    def add(self, rows: Iterable[Sequence[str]]) -> None:
        """Add rows (verb, prep, object, context, code); a row for a key already held replaces it.

        A code of ``-`` (or empty, for a verb alone) says the verb or pattern is no event.
        """
        for verb, prep, obj, ctx, code in rows:
            if verb.startswith("&"):
                words = obj.split()
                self.synsets.setdefault(verb, set()).add(words[-1] if words else obj)
                if len(words) > 1:
                    self._phrase_heads.setdefault(verb, {}).setdefault(words[-1], set()).add(
                        tuple(norm_word(w) for w in words[:-1]))
                else:
                    self._word_members.setdefault(verb, set()).add(obj)
                continue
            if not (prep or obj or ctx):
                self.defaults[verb] = code if _CODE.fullmatch(code or "") else ""
                continue
            self._rows.setdefault(verb, []).append((prep, obj, ctx, code))
            self._patterns.pop(verb, None)
            self._by_prep.pop(verb, None)
            self._by_head.pop(verb, None)

    def knows(self, verb: str) -> bool:
        """Whether the dictionary has a code or patterns of its own for the verb ("break_off": no)."""
        return verb in self.defaults or verb in self._rows

    def patterns(self, verb: str) -> tuple[Pattern, ...]:
        """The verb's patterns; of two rows with the same preposition, object and context the later one."""
        pats = self._patterns.get(verb)
        if pats is None:
            keyed = {}
            for prep, obj, ctx, code in self._rows.get(verb, ()):
                keyed[(prep, obj, ctx)] = (prep, tuple(obj.split()), tuple(ctx.split()),
                                           code if _CODE.fullmatch(code or "") else "")
            pats = self._patterns[verb] = tuple(keyed.values())
        return pats

    def _patterns_with(self, verb: str, prep: str) -> tuple[Pattern, ...]:
        """The verb's patterns with the preposition ``prep`` ("" for none), in the order of :meth:`patterns`."""
        by_prep = self._by_prep.get(verb)
        if by_prep is None:
            lists: dict[str, list[Pattern]] = {}
            for pat in self.patterns(verb):
                lists.setdefault(pat[0], []).append(pat)
            by_prep = self._by_prep[verb] = {prep_: tuple(pats) for prep_, pats in lists.items()}
        return by_prep.get(prep, ())

    def _candidates(self, verb: str, prep: str, head: str | None) -> list[Pattern]:
        """The patterns of :meth:`_patterns_with` that an object with the head noun ``head`` may fit, in their
        order: those without an object or whose head is a synonym set, and those whose head is that word ("say"
        has hundreds of patterns, each naming its object's head)."""
        by_prep = self._by_head.setdefault(verb, {})
        index = by_prep.get(prep)
        if index is None:
            by_word: dict[str, list[tuple[int, Pattern]]] = {}
            others: list[tuple[int, Pattern]] = []
            for n, pat in enumerate(self._patterns_with(verb, prep)):
                obj = pat[1]
                if obj and not obj[-1].startswith("&"):
                    by_word.setdefault(obj[-1], []).append((n, pat))
                else:
                    others.append((n, pat))
            index = by_prep[prep] = {word: tuple(items) for word, items in by_word.items()}, tuple(others)
        by_word, others = index
        fitting = by_word.get(head) if head is not None else None
        return [pat for _, pat in (sorted(fitting + others, key=lambda item: item[0]) if fitting else others)]

    def _match(self, item: str, word: str) -> bool:
        return word in self.synsets.get(item, ()) if item.startswith("&") else item == word

    def _match_head(self, item: str, head: str, words: Sequence[str]) -> bool:
        """Whether an object's head (with the object's ``words``) fits a pattern's last item. A set's phrase stands
        for its head alone ("battle tank": "bought tanks" is &weapon), but for the everyday words of
        :data:`PHRASE_ONLY_HEADS`, which fit with one phrase's other words ("bought tear gas" is &weapon, "bought
        gas" is not; "aircraft carrier", not "the carrier" an airline is)."""
        if not item.startswith("&") or head not in PHRASE_ONLY_HEADS or head in self._word_members.get(item, ()):
            return self._match(item, head)
        phrases = self._phrase_heads.get(item, {}).get(head)
        return phrases is not None and (any(all(w in words for w in phrase) for phrase in phrases)
                                        or any(w in ARMS_WORDS for w in words))

    def code(self, predicate: str, object_words: Sequence[str] = (), head: str | None = None,
             context: Iterable[str] = (), counterpart: str = "actor", sentence: Iterable[str] = ()) -> str | None:
        """The CAMEO code of a predicate ("impose", "pave_way_for") with its object, or None.

        Parameters
        ----------
        predicate : str
            The statement's normalised predicate: the verb lemma, particles and preposition joined by ``_``.
        object_words : sequence of str
            The object's words, normalised with :func:`norm_word`; its head noun last unless ``head`` says.
        head : str, optional
            The object's head noun (normalised).
        context : iterable of str
            Further normalised words of the clause (its other arguments), for patterns that name them.
        counterpart : {"actor", "named", "placed", "thing"}
            What the clause acts on. For a thing that names no actor ("the lunar programme") an act of
            consulting, yielding, coercion or violence (:data:`ACTOR_ROOTS`) is coded only where a pattern names
            the object ("impose sanctions"), not from the verb alone ("abandoned the programme"); a named place
            or thing ("the Kakhovka dam") takes all of them but yielding; a thing in a named place ("a market in
            Idlib") takes violence (:data:`PLACED_ROOTS`).
        sentence : iterable of str
            The normalised words of the whole sentence, which tell a contest or a plea in court from a fight or
            an appeal (see :data:`CONTEST_WORDS`).
        """
        words = predicate.lower().split("_")
        for k in range(len(words), 0, -1):
            # the longest verb the dictionary decides for: "protest_in" (a particle verb with patterns of its
            # own, none of which fits) falls back to "protest" with the preposition "in"
            verb = "_".join(words[:k])
            if verb in self.defaults or verb in self._rows:
                money = verb in MONEY_PROMISING_VERBS or verb in MONEY_GIVING_VERBS and counterpart == "actor"
                code, by_pattern = self._code_verb(verb, "_".join(words[k:]), object_words, head, context, money)
                if code is _UNDECIDED:
                    continue
                if code and not by_pattern and counterpart != "actor" and verb in COUNTERPART_VERBS and not (
                        verb in DEFERRING_VERBS and norm_word(head or "") in JOINT_ACTS):
                    return None
                if code and not by_pattern and counterpart == "thing" and verb in ACTOR_ONLY_VERBS and norm_word(
                        head or (object_words[-1] if object_words else "")) not in POLITY_OBJECTS:
                    return None     # "does not recognise the price cap": no state recognised
                if code == "010" and not by_pattern and counterpart == "actor" and verb in CONVERSE_VERBS and \
                        k == len(words):
                    return "041" if PHONE_WORDS & {norm_word(w) for w in sentence} else "040"
                if code and not by_pattern and counterpart == "thing" and verb in VERBAL_DEFENCE_VERBS:
                    return "052"    # "defended the surcharge": no one protected, a policy defended in words
                if code and counterpart != "actor" and verb in RECEIVING_VERBS:
                    return None     # "received death threats": the subject undergoes the act, does not do it
                if code and not by_pattern and counterpart != "actor" and code[:2] in ACTOR_ROOTS and not (
                        code[:3] in ("045", "046") and norm_word(head or (object_words[-1] if object_words else ""))
                        in NEGOTIATED_OBJECTS):
                    if not (counterpart == "named" and code[:2] in NAMED_ROOTS
                            or counterpart == "placed" and code[:2] in PLACED_ROOTS):
                        return None
                if code and code[:2] == "03" and counterpart != "actor" and not self._intent_fits(
                        verb, object_words, head):
                    return None
                if code and not self._act_fits(code, verb, head or (object_words[-1] if object_words else None),
                                               counterpart, sentence):
                    return None
                if code and code[:2] in ASKED_ROOTS and (verb in APPEAL_VERBS or verb == "call" and
                                                         words[k:k + 1] == ["for"]):
                    return "100" if verb == "demand" else "020"     # what is asked for is not done
                return code
        return None

    @staticmethod
    def _act_fits(code: str, verb: str, head: str | None, counterpart: str, sentence: Iterable[str]) -> bool:
        """Whether the code fits the object and the sentence (see :data:`MONEY_WORDS`)."""
        head = norm_word(head) if head else None
        root = code[:2]
        if root == "11" and head and (any(c.isdigit() for c in head) or head in MONEY_WORDS):
            return False
        if root in ("17", "18", "19", "20") and head in MEASURE_OBJECTS:
            return False
        if root == "16" and head in CAP_OBJECTS and counterpart != "actor":
            return False    # "set a cap on rents": a domestic policy, no sanction on anyone
        if root in ("17", "18", "19", "20"):
            words = {norm_word(w) for w in sentence}
            if words & RACE_WORDS or {"track", "corner"} <= words:
                return False    # "forced Norris off the track at the first corner": a race
        if verb in CONTEST_VERBS and head in CONTEST_EVENTS:
            return False    # "swept the state elections" (SWEEP is a search, 090), "won the final": a contest
        if root == "09" and verb in WATCH_VERBS and counterpart != "actor":
            return False
        if verb in FINDING_VERBS and head in INFORMATION_OBJECTS and counterpart != "actor":
            return False
        force = root in ("17", "18", "19", "20")
        if not (force and (verb in CONTEST_VERBS or head in SIDE_PARTS) or root == "17" and verb in SEIZE_VERBS
                or root == "02" and verb == "plead"):
            return True     # (the sentence's words, normalised below, decide only these)
        words = {norm_word(w) for w in sentence}
        if force and head in SIDE_PARTS and words & (CONTEST_WORDS | PLAY_WORDS):
            return False    # "tore apart Bayern's defence in the quarter-final": a side outplayed
        if root in ("17", "18", "19", "20") and verb in CONTEST_VERBS and head not in CONTEST_PLACES and (
                head in CONTEST_OBJECTS or words & CONTEST_WORDS):
            return False
        if root == "17" and verb in SEIZE_VERBS and words & DEAL_WORDS:
            return False
        if root == "02" and verb == "plead" and words & PLEA_WORDS:
            return False
        return True

    @staticmethod
    def _intent_fits(verb: str, object_words: Sequence[str], head: str | None) -> bool:
        """Whether an intent code (root 03) fits an object that is no actor (see :data:`SELF_VERBS`)."""
        words = {norm_word(w) for w in object_words}
        head = norm_word(head) if head else (norm_word(object_words[-1]) if object_words else None)
        if words & COOPERATIVE_OBJECTS or head in COOPERATIVE_OBJECTS:
            return True
        return verb not in SELF_VERBS and head not in INFORMATION_OBJECTS | OFFICE_OBJECTS

    def _code_verb(self, verb: str, prep: str, object_words: Sequence[str], head: str | None,
                   context: Iterable[str], money: bool = True) -> tuple[str | None, bool]:
        """The code of the verb's best-fitting pattern and True, else its own code and False (:data:`_UNDECIDED`
        where it has none); ``money`` False leaves out the patterns of :data:`MONEY_SET`."""
        if verb in STATE_VERBS or verb in ROLE_VERBS:
            return None, False
        obj = [norm_word(w) for w in object_words]
        head = norm_word(head) if head else (obj[-1] if obj else None)
        ctx = set(context) | set(obj)
        best: tuple[int, str] | None = None
        for pat_prep, pat_object, pat_context, pat_code in self._candidates(verb, prep, head):
            if not money and (MONEY_SET in pat_object or MONEY_SET in pat_context):
                continue
            if pat_object:
                if head is None or not self._match_head(pat_object[-1], head, obj):
                    continue
                if not all(any(self._match(i, w) for w in obj) for i in pat_object[:-1]):
                    continue
            if not all(any(self._match(i, w) for w in ctx) for i in pat_context):
                continue
            score = 2 * len(pat_object) + len(pat_context) + (1 if pat_prep else 0)
            if best is None or score > best[0]:
                best = (score, pat_code)
        if best is not None:
            return best[1] or None, True
        if verb not in self.defaults:
            return _UNDECIDED, False
        return self.defaults[verb] or None, False


def read_rows(path: str | Path, normalise: bool = True) -> list[tuple[str, str, str, str, str]]:
    """The rows of a dictionary file (tab-separated; ``#`` comments; a header row of :data:`COLUMNS`).

    ``normalise=False`` trusts the words to be normalised already (the shipped, generated files).

    Raises
    ------
    InputError
        When the file is missing, not UTF-8 text, or a row has not five columns or a bad code.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such events dictionary") from err
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as err:
        raise InputError(f"{path}: not a readable UTF-8 events dictionary") from err
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if tuple(c.strip() for c in cells) == COLUMNS:
            continue
        if len(cells) != 5:
            raise InputError(f"{path}:{n}: an events row has five tab-separated columns "
                             f"({', '.join(COLUMNS)}), this one has {len(cells)}")
        if not normalise:
            rows.append(tuple(cells))
            continue
        verb, prep, obj, ctx, code = (c.strip() for c in cells)
        if code and code != "-" and not _CODE.fullmatch(code):
            raise InputError(f"{path}:{n}: {code!r} is not a CAMEO code (two to four digits, or - for none)")
        if not verb:
            raise InputError(f"{path}:{n}: the verb column is empty")
        rows.append((verb.lower().replace(" ", "_"), prep.lower().replace(" ", "_"),
                     " ".join(w if w.startswith("&") else norm_word(w) for w in obj.lower().split()),
                     " ".join(w if w.startswith("&") else norm_word(w) for w in ctx.lower().split()), code))
    return rows


@functools.lru_cache(maxsize=1)
def _shipped_rows() -> tuple:
    return (tuple(read_rows(ontology_dir() / "cameo_verbs.tsv", normalise=False))
            + tuple(read_rows(ontology_dir() / "cameo_verbs_extra.tsv")))


@functools.lru_cache(maxsize=8)
def load_coder(paths: tuple[str, ...] = ()) -> EventCoder:
    """The shipped dictionary, extended (and overridden) by the files of ``paths``, in order."""
    coder = EventCoder(_shipped_rows())
    for path in paths:
        coder.add(read_rows(path))
    return coder


def default_coder() -> EventCoder:
    """The shipped dictionary alone."""
    return load_coder(())


# -- the concept scheme: code -> label, root, quad class, Goldstein -------------------------------

@dataclass(frozen=True)
class Concept:
    code: str
    label: str
    root: str
    quad: int
    goldstein: float


@functools.lru_cache(maxsize=1)
def concepts() -> dict[str, Concept]:
    """Every CAMEO concept of ``ontologies/cameo.ttl`` by its code.

    >>> c = concepts()["163"]; (c.root, c.quad, c.goldstein)
    ('16', 3, -6.5)
    """
    text = (ontology_dir() / "cameo.ttl").read_text(encoding="utf-8")
    out = {}
    for block in text.split("\n\n"):
        m = re.search(r'skos:notation "(\d+)"', block)
        if not m:
            continue
        code = m.group(1)
        label = re.search(r'skos:prefLabel "((?:[^"\\]|\\.)*)"', block).group(1)
        quad = int(re.search(r"kg:quadClass (\d)", block).group(1))
        gold = float(re.search(r'kg:goldstein "(-?[\d.]+)"', block).group(1))
        out[code] = Concept(code, label, code[:2], quad, gold)
    return out


# Words the Phoenix agents dictionary lists because they mark a sector in a compound ("trade minister", "law
# officer", "intelligence agency", "mines ministry"), but that alone name a domain, not an actor: "broke antitrust
# law", "shared intelligence", "boosted trade", "nationalised the mines" act on no one.
SECTOR_WORDS = frozenset("""law information intelligence technology trade transport transportation tourism telecom
telecommunication welfare unification irrigation petroleum immigration shipping textile dairy interior
foreign holy islamic jewish medical retired state-owned spoke governance manpower manafacture religion aerospace
agrobusiness echelon mine""".split())


@functools.lru_cache(maxsize=1)
def agent_nouns() -> dict[str, str]:
    """Singular nouns that name actors ("resident", "troop", "minister") -> CAMEO agent code; a sector word
    alone (:data:`SECTOR_WORDS`) is none.

    >>> agent_nouns()["civilian"], "law" in agent_nouns()
    ('CVL', False)
    """
    return {k: v for k, v in _read_pairs("cameo_agents.tsv", "noun\t").items() if k not in SECTOR_WORDS}


@functools.lru_cache(maxsize=1)
def actor_codes() -> dict[str, str]:
    """Lower-case names of states, international bodies and known people -> CAMEO actor code.

    >>> actor_codes()["russia"]
    'RUS'
    """
    return _read_pairs("cameo_actors.tsv", "name\t")


def _read_pairs(name: str, header: str) -> dict[str, str]:
    out = {}
    for line in (ontology_dir() / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith(header) or "\t" not in line:
            continue
        key, code = line.split("\t", 1)
        out.setdefault(key, code)
    return out
