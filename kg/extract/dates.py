"""Which statements the text dates, and to what: the temporal expressions of kg.timex tied to the parse.

A clause is dated by a calendar expression that modifies its own verb ("blocked the deal on Wednesday",
"said Monday", "annexed in 2014"), read with the verb's tense (a weekday points forward for "will meet").
A clause with no date of its own takes the date of
- the clause it is coordinated with, when it shares its subject ("conceded defeat late on Sunday and
  congratulated her rival") or the date heads the sentence ("In 1968 she signed a letter and the ministry banned
  her songs");
- the clause a participle hangs from ("landed on Wednesday, becoming the first country");
- the dated speech act that reports it, when it holds at the time of speaking ("said Monday that Moscow was
  considering"; not "said on Friday it had signed").
An event clause with no date of its own is also the occasion the article dated earlier or later when it is of the
same kind (a small lexicon of paraphrase families: destroy/blow up/sabotage, ask/appeal, ...) and names the same
target, and exactly one date is known for that pair ("the dam was destroyed early on Tuesday" ... "accused Russia
of blowing up the dam"); not in the present perfect, the future or an infinitive.
A date the parser hung on a noun that names no event ("won approval for a second runway in March", "seized a
tanker in the Gulf of Oman on Thursday") dates the verb whose object or phrase holds the noun; beside an event
noun ("plans for a summit in May") it dates that event, not the verb, unless the verb holds or carries out that event
("imposed sanctions against its leaders last month", "will host talks between X and Y next month"), or the noun is the
occasion the act is done in ("In a statement on Monday, X said", "during a visit to Beijing on Friday"); a count of
acts ("staged 40 raids this year") is no one occasion. A base form with a third-person singular
subject ("in May it forecast", "the bank cut rates") is read as a past.
Expressions that bound an interval rather than date an event ("since 2014", "by May 22", "until March"; but "will
impose tariffs from July 1" is dated by the day the measure takes effect) and
those that modify a noun ("Ukraine's 2014 revolution", "the Museum Act of 1963") date nothing. Nothing is dated from the publication date.
A range of days within a month ("Between 3 and 5 March", "3-5 March", "March 3-5") dates the event by its start at
the precision that holds for the whole range, the month; never by its last day.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

from spacy.tokens import Doc, Token

from kg.extract.docarrays import arrays
from kg.extract import lexicon as lx
from kg.extract.verbwords import charge_modifier
from kg.extract.repairs import misread_participle_subject
from kg.timex import Timex, calendar_date, find_timexes, text_tense

# Prepositions whose date bounds an interval or a deadline, or anchors something else, rather than dating the event.
BOUNDING_PREPS = frozenset("since until till by before after from through throughout within ahead despite for to "
                           "between than toward towards".split())
FUTURE_AUX = frozenset("will shall 'll wo would could might may".split())
FUTURE_GOVERNORS = frozenset("expect due set schedule plan intend aim hope prepare go".split())
SPEECH_LEMMAS = frozenset("say tell announce add state claim insist report confirm declare write note explain warn "
                          "argue acknowledge admit deny reveal disclose suggest".split())
STATIVE_LEMMAS = frozenset("be have remain want need hope believe think know consider seem appear own hold "
                           "oppose support expect plan intend".split())
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")
# Paraphrase families of news events: a later clause of the same family about the same target is the same occasion
# ("the dam was destroyed on Tuesday" ... "accused Russia of blowing up the dam").
OCCASION_FAMILIES = {
    "destroy": "destroy blow_up detonate sabotage demolish explode bomb wreck blast breach",
    "request": "ask appeal request urge plead petition call_on",
    "attack": "attack strike shell bombard raid invade storm",
    "meet": "meet visit host",
    "arrest": "arrest detain",
    "kill": "kill murder assassinate",
    "sue": "sue lawsuit",
}
FAMILY_OF = {word: family for family, words in OCCASION_FAMILIES.items() for word in words.split()}
LIGHT_VERBS = frozenset("make issue launch file lodge carry hold give".split())
# Verbs of a phase of an act, whose gerund carries the time of the phase ("stopped sharing data in January").
ASPECT_VERBS = frozenset("stop start begin cease resume halt quit finish".split())
# Prepositions of a phrase that bounds or orders the event in time: a date below them is no date of the verb.
INTERVAL_PREPS = frozenset("since until till by before after ahead between than".split())
# Nouns that name an event, which a date beside them dates ("the summit in March"), not the verb above them.
EVENT_NOUNS = frozenset(lx.NOMINALISATIONS) | frozenset(lx.LIGHT_NOUNS) | frozenset("""summit meeting talk talks
election vote referendum poll strike walkout protest rally attack visit conference trial hearing war crisis match
game final race ceremony festival session deadline auction sale deal agreement contract treaty accord ruling verdict
decision report announcement speech interview hike cut rise fall increase drop outbreak storm fire flood
earthquake crash incident event launch opening closure shutdown lockout merger""".split())
TARGET_PREPS = frozenset("to on against of for".split())
# Verbs that hold or carry out the event their object names: the event's time is theirs.
REALISING_VERBS = LIGHT_VERBS | frozenset("impose host stage conduct mount sign attend resume".split())
# Occasions in which an act is done: a date on one in a phrase of the verb ("in a statement on Monday", "during a
# visit to Beijing on Friday", "at a news conference on Tuesday", "unveiled the phone at an event in Seoul on Tuesday")
# dates the act.
OCCASION_NOUNS = frozenset("""statement speech address interview call visit trip audience meeting conference
briefing session summit ceremony debate hearing appearance broadcast message post letter video rally event gathering
forum reception dinner banquet lunch luncheon convention congress vigil festival""".split())
OCCASION_PREPS = frozenset("in at during on".split())
# Participles of a state that describe a noun ("a platform operated by Shell", "a tanker owned by a Greek firm"):
# what they describe holds for a time, so a date the parser hangs on them dates the verb that holds the noun.
HOLDING_PARTICIPLES = frozenset("own operate run control manage base locate hold lease flag register".split())
# Verbs by which an actor obtains or grants what an event noun names: the event is theirs ("won approval").
OBTAINING_VERBS = frozenset("win receive get secure obtain gain grant give".split())
# Nouns of the grounds on which one is arrested, charged or tried ("indicted him on charges of insurrection on Monday",
# "detained on suspicion of spying on Sunday"): a date hung on them dates the act they are the grounds of.
GROUND_NOUNS = lx.CHARGE_NOUNS | {"suspicion"}
GROUND_PREPS = frozenset("on over".split())


# A range of days that shares one month name: "between 3 and 5 March", "from 3 to 5 March", "3-5 March" (the first
# day before the expression the finder read), "March 3-5", "between March 3 and 5" (the last day after it).
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_RANGE_BEFORE = re.compile(r"(?i)(?:\b(between|from)\s+)?\b" + _DAY + r"\s*(and|to|until|till|through|-|–)\s*$")
_RANGE_AFTER = re.compile(r"(?i)^\s*(and|to|until|till|through|-|–)\s*" + _DAY + r"(?![\d%:.,]?\d|\s*(?:%|per|[ap]\.?m\b))")


def day_range(text: str, t: Timex) -> Timex:
    """The expression of one day that ends or starts a range of days in one month, widened to the month: its start
    at the precision that holds for the whole range ("Between 3 and 5 March the union held strikes" is dated March,
    not 5 March). Any other expression is returned as it is.

    >>> t = Timex(14, 21, "DATE", "2024-03-05", "5 March")
    >>> day_range("Between 3 and 5 March the union held strikes.", t).value
    '2024-03'
    >>> day_range("On 5 March the union held strikes.", Timex(3, 10, "DATE", "2024-03-05", "5 March")).value
    '2024-03-05'
    """
    if t.type != "DATE" or t.precision != "day":
        return t
    day = int(t.value[8:10])
    before = _RANGE_BEFORE.search(text, max(0, t.start - 30), t.start)
    if before is not None and (before.group(3).lower() != "and" or (before.group(1) or "").lower() == "between") \
            and 1 <= int(before.group(2)) < day:
        return dataclasses.replace(t, value=t.value[:7])
    after = _RANGE_AFTER.match(text[t.end:t.end + 30])
    if after is not None and day < int(after.group(2)) <= 31:
        opener = text[max(0, t.start - 12):t.start].lower().split()
        joined = after.group(1).lower()
        if joined in ("-", "–") or opener[-1:] == [{"and": "between"}.get(joined, "from")]:
            return dataclasses.replace(t, value=t.value[:7])
    return t


class ClauseDates:
    """The dates a parsed article's text gives its verbs.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article body.
    reference : str or None
        The article's date line (ISO 8601); without it nothing relative is dated.
    """

    def __init__(self, doc: Doc, reference: str | None, key_of: Callable[[Token], str | None] | None = None):
        self.doc = doc
        self.text = arrays(doc).doc_text    # Doc.text is made from every token on each access
        self.key_of = key_of or (lambda tok: None)
        self.reference = reference
        found = find_timexes(self.text, reference, self.tense) if reference else []
        self.timexes: list[Timex] = [day_range(self.text, t) for t in found]
        self.own: dict[int, list[Timex]] = {}
        for t in self.timexes:
            if calendar_date(t.value) is None:
                continue
            verb = self.dated_verb(t)
            if verb is not None:
                self.own.setdefault(verb.i, []).append(t)
        self._memo: dict[int, tuple[str, str] | None] = {}
        self.occasions: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for i in self.own:
            family, event = self.family(doc[i])
            lexical = self._own(doc[i])[0]
            if reference and lexical > reference[:len(lexical)]:
                continue    # an announced occasion is not the one a past clause tells of
            if family:
                for target in self.targets(event):
                    self.occasions.setdefault((family, target), set()).add(self._own(doc[i]))

    # ------------------------------------------------------------------------------------------ the parse

    def span_root(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def clause_verb(self, tok: Token) -> Token | None:
        """The verb whose clause the token sits in."""
        for t in (tok, *tok.ancestors):
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
                return t
        return None

    def tense(self, start: int, end: int) -> str | None:
        """ "future" for a clause with will/shall/would or governed by "expected to", "due to"; "past" for a past
        verb; else what the words around say."""
        root = self.span_root(start, end)
        verb = self.clause_verb(root) if root is not None else None
        if verb is None:
            return text_tense(self.text, start, end)
        verb = self.saying_before_content(start, end, verb) or verb     # "said on Sunday it would": the saying's
        chain = [verb]
        while chain[-1].dep_ in ("xcomp", "ccomp", "acomp") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
            chain.append(chain[-1].head)
        for v in chain:
            auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
            if auxes & FUTURE_AUX or (v is not verb and v.lemma_.lower() in FUTURE_GOVERNORS):
                return "future"
            if v.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                                 for c in v.children) and v is not verb:
                return "future"     # "is to meet", "is due to rule"
        if any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till", "once") for c in verb.children) and \
                any(infinitive(v) or v.tag_ == "VB" for v in (verb.head, *verb.head.ancestors)):
            return "future"     # "urged them not to act before the panel finished in October": a backshifted future
        if verb.tag_ in ("VBD", "VBN") or any(c.lower_ in ("had", "has", "have", "was", "were", "did")
                                              for c in verb.children if c.dep_ in ("aux", "auxpass")):
            return "past"
        if past_base_form(verb):
            return "past"
        return text_tense(self.text, start, end)

    def dated_verb(self, t: Timex) -> Token | None:
        """The verb a calendar expression dates, or None when it bounds an interval or modifies a noun.

        The path from the expression to its verb may pass through prepositions and adverbs ("earlier on Monday",
        "late on Sunday") only; the one noun it may cross is a subject before its verb ("the regulator on
        Wednesday blocked") or a name or pronoun as object ("sued Microsoft in December"), where the parser often
        hangs the verb's adjunct."""
        tok = self.span_root(t.start, t.end)
        fronted = self.fronted_on_subject(tok)
        if fronted is not None:
            return fronted
        anchor = tok.i if tok is not None else -1
        for _ in range(8):
            if tok is None:
                return None
            if tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "pobj") and charge_modifier(tok):
                tok = tok.head  # "arrested him on spying charges in March": the arrest's date
                continue
            if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in \
                    lx.TOPIC_PREPS and tok.head.head.pos_ in ("NOUN", "PROPN") and anchor > tok.i:
                # "will host a conference on phasing out fossil fuels in April": a topic has no time of its own;
                # the date is the noun's, or its verb's (not a past verb's, for a time after the date line: "proposed
                # a ban on selling petrol cars in 2035")
                verb = self.verb_of_noun(tok.head.head, anchor)
                ahead = (day := calendar_date(t.value)) is not None and self.reference is not None and \
                    day[0] > self.reference
                return None if verb is None or verb.tag_ == "VBD" and ahead else verb
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
                if starting_from(tok):
                    tok = tok.head  # "Starting Monday, Ukraine will ban Russian films": the day the measure starts
                    continue
                if infinitive(tok) and tok.head.tag_ == "VBD" and self.points_back(t):
                    return tok.head     # "made an appeal for Moscow to recognise them earlier on Monday"
                if tok.dep_ in ("relcl", "acl") and (to_infinitive(tok) or tok.tag_ in ("VBZ", "VBP") or
                                                      tok.dep_ == "acl" and tok.tag_ == "VBN" and
                                                      tok.lemma_.lower() in HOLDING_PARTICIPLES) \
                        and self.points_back(t):
                    # "detained the first group of migrants to be returned to France on Thursday", "raised the price
                    # it guarantees farmers on Wednesday", "occupied a platform operated by Shell on Sunday": what
                    # is still to be done, or holds as a state, is no past event; the date is the verb's that holds
                    # the noun
                    holder = noun_verb(tok.head)
                    if holder is not None and holder.tag_ == "VBD":
                        return holder
                return self.saying_before_content(t.start, t.end, tok) or tok
            if tok.dep_ == "pobj":
                prep = tok.head
                if prep.lower_ in BOUNDING_PREPS and not takes_effect(prep, tok) or prep.dep_ not in ("prep", "agent"):
                    return None
                head = prep.head
                if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and head.ent_type_ not in ("DATE", "TIME"):
                    if prep.lower_ == "of":
                        return None     # "the Museum Act of 1963", "the attack of 7 October": the noun's date
                    head = self.verb_of_noun(head, prep.i)
                    if head is None:
                        return None
                tok = head     # a verb, or a time noun of the expression ("the early hours of Friday")
            elif tok.dep_ in ("npadvmod", "tmod", "advmod", "prep") or tok.pos_ == "ADV":
                if tok.dep_ == "prep" and tok.lower_ in BOUNDING_PREPS:
                    return None
                anchor, bare = tok.i, tok.dep_ in ("npadvmod", "tmod")
                tok = tok.head
                if bare and tok.dep_ == "prep" and tok.lower_ in BOUNDING_PREPS and tok.head.pos_ in ("VERB", "AUX"):
                    tok = tok.head      # "imposed sanctions last month after the coup": the date is the verb's
                if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME") and tok.dep_ != "compound":
                    # "imposed sanctions against its leaders last month", "in an address late on Monday, X
                    # announced": a time the parser hung on a noun of the clause
                    tok = self.verb_of_noun(tok, anchor)
                    if tok is None:
                        return None
                elif tok.pos_ not in ("VERB", "AUX", "ADV", "ADP"):
                    return None
            else:
                return None
        return None

    def saying_before_content(self, start: int, end: int, verb: Token) -> Token | None:
        """The verb of saying that a date stands right after, before the subject of the clause it reports ("said on
        Friday it would close the plant"), where the parser hangs the date on the reported verb; None for any other
        (a date after the reported clause's subject is that clause's: "said it would close the plant on Friday")."""
        gov = verb.head
        if verb.dep_ != "ccomp" or gov.idx > start or gov.lemma_.lower() not in lx.REPORTING_VERBS:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if subj is None or span is None or subj.left_edge.i < span.end:
            return None
        before, after = self.doc[gov.i + 1:span.start], self.doc[span.end:subj.left_edge.i]
        return gov if all(w.pos_ in ("ADP", "ADV") for w in before) and all(
            w.is_punct or w.lower_ == "that" for w in after) else None

    def fronted_on_subject(self, tok: Token | None) -> Token | None:
        """The verb a fronted date dates that the parser hung on the subject's name as a compound, leaving its
        preposition without an object: "On 2 March Bolivia nationalised ...", "In June Peru expelled ..."."""
        if tok is None or tok.dep_ != "compound" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head.head
        first = min(t.i for t in tok.subtree)
        prep = self.doc[first - 1] if first > tok.sent.start else None
        if (prep is None or prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at") or prep.head.i != verb.i
                or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "pobj" for c in prep.children)):
            return None
        return verb

    def verb_of_noun(self, head: Token, anchor: int) -> Token | None:
        """The verb a date hung on a noun at ``anchor`` dates: the verb of the occasion the noun names ("in a
        statement on Monday, X said", "signed the deal during a visit to Beijing on Friday"); the verb of its
        subject before it or of its object after it ("the regulator on Wednesday blocked", "sued Microsoft in
        December"); else the verb over nouns of things (:meth:`verb_over_things`); None where it is the noun's."""
        occasion = occasion_verb(head)
        if occasion is not None:
            return occasion
        if head.lemma_.lower() in EVENT_NOUNS and any(c.dep_ == "nummod" for c in head.children):
            return None     # "carried out 280 attacks this year": a count of events over a time, no one occasion
        verb = head.head
        subject_before = head.dep_ in ("nsubj", "nsubjpass") and anchor < verb.i
        # "has ruled out a strike in May": a present perfect takes no past date, so it is the noun's
        after_object = head.dep_ in ("dobj", "oprd") and anchor > verb.i and not present_perfect(verb)
        if verb.pos_ not in ("VERB", "AUX") or not (subject_before or after_object):
            verb = self.verb_over_things(head)
            if verb is None or anchor < verb.i or present_perfect(verb):
                return None
        return verb

    def verb_over_things(self, noun: Token) -> Token | None:
        """ "won approval for a second runway in March", "pulled out of the accord for a second time in January":
        the verb whose object or prepositional phrase holds the noun a date was hung on, through phrases of
        nouns that name no event (a runway, a time, a gulf); None where one names an event ("a summit in
        March" dates the summit) or the chain leads to no verb."""
        for step in range(4):
            if noun.pos_ not in ("NOUN", "PROPN"):
                return None
            if noun.lemma_.lower() in GROUND_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in GROUND_PREPS \
                    and noun.head.head.pos_ in ("VERB", "AUX"):
                return noun.head.head   # "indicted the president on charges of insurrection on Monday"
            if noun.lemma_.lower() in EVENT_NOUNS:
                answered = answerable_act(noun)
                if answered is not None:
                    return answered     # "claimed responsibility for the attack on Tuesday": the claim's Tuesday
                if step and noun.dep_ == "dobj" and noun.head.lemma_.lower() in OBTAINING_VERBS | REALISING_VERBS \
                        and not any(c.dep_ == "nummod" for c in noun.children):
                    # "won approval for a runway in March": the approval won is the winning; "imposed sanctions
                    # against its leaders last month", "will host talks between X and Y next month": the act
                    # that holds the sanctions or the talks is them (but a count of events, "carried out 280
                    # attacks in the north this year", is no one occasion)
                    return noun.head
                return None
            if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head    # "talks between the government and the guerrillas in Stockholm"
            if noun.dep_ in ("dobj", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
                return noun.head
            # ("talks between the government and the rebels in May": a phrase of actors, no interval)
            # (the parser labels a "to" of a verb of giving or sending "dative": "sent warships to the atoll on
            # Thursday")
            if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "dative") or \
                    noun.head.lower_ in INTERVAL_PREPS - {"between"} \
                    and not margin(noun):
                return None
            up = noun.head.head
            if up.pos_ in ("VERB", "AUX"):
                return up
            noun = up
        return None

    def points_back(self, t: Timex) -> bool:
        """Whether the expression dates something before the reference day, or says "earlier"."""
        before = self.text[max(0, t.start - 16):t.start].lower()
        day = calendar_date(t.value)
        return "earlier" in before or (day is not None and self.reference is not None and day[0] < self.reference
                                       and day[2] != "year")

    def has_own_time(self, verb: Token, ending: bool = False) -> bool:
        """Whether a time phrase of its own modifies the verb, whether or not it is a calendar date; with
        ``ending``, not counting one that says when it ended ("until 1978")."""
        for c in verb.children:
            if ending and c.dep_ == "prep" and c.lower_ in ("until", "till"):
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            if any(o.ent_type_ in ("DATE", "TIME") for o in objs if o.dep_ in ("pobj", "npadvmod", "tmod")):
                return True
        return False

    # ------------------------------------------------------------------------------------------ occasions

    def family(self, verb: Token) -> tuple[str | None, Token]:
        """The occasion family of a verb ("blow_up" -> destroy), or of its event noun after a light verb
        ("made an appeal" -> request), and the word whose arguments name the target."""
        name = verb.lemma_.lower()
        cols = arrays(verb.doc)     # asked of every clause's verb
        particle = [cols.lower[c] for c in cols.children[verb.i] if cols.dep[c] == "prt"]
        if particle and f"{name}_{particle[0]}" in FAMILY_OF:
            return FAMILY_OF[f"{name}_{particle[0]}"], verb
        if name in LIGHT_VERBS:
            for c in verb.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in FAMILY_OF:
                    return FAMILY_OF[c.lemma_.lower()], c
        return FAMILY_OF.get(name), verb

    def target_keys(self, tok: Token) -> set[str]:
        """An event's target as the entity it names, and as its head noun ("the dam")."""
        if tok.ent_type_ in ("DATE", "TIME") or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            return set()
        return {k for k in (self.key_of(tok), tok.lemma_.lower() if tok.pos_ != "PRON" else None) if k}

    def targets(self, event: Token) -> set[str]:
        """Who or what an event is done to: its object or passive subject, or what its preposition names."""
        out = set()
        for c in event.children:
            if c.dep_ in ("dobj", "nsubjpass", "dative"):
                out |= self.target_keys(c)
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        out |= self.target_keys(g)
        return out

    def occasion_date(self, verb: Token | None, targets: set[str]) -> tuple[str, str] | None:
        """The date of the one dated occasion of the verb's family with the same target, if there is exactly one:
        news dates an event once, in its lede, and names it again undated ("the dam was destroyed early on
        Tuesday" ... "Kyiv accused Russia of blowing up the dam")."""
        family = self.family(verb)[0] if verb is not None else None
        if family is None or present_perfect(verb) or infinitive(verb) or any(
                c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in FUTURE_AUX) for c in verb.children):
            return None     # "has also asked", "to ask", "will ask": not the occasion the lede dates
        dates = set().union(*(self.occasions.get((family, t), set()) for t in targets))
        return next(iter(dates)) if len(dates) == 1 else None

    # ---------------------------------------------------------------------------------------- the dates

    def date_of(self, verb: Token | None) -> tuple[str, str] | None:
        """(lexical form, precision) of the date the text gives the verb's clause, or None."""
        if verb is None:
            return None
        if verb.i not in self._memo:
            self._memo[verb.i] = None       # a cycle in a broken parse ends here
            self._memo[verb.i] = self._own(verb) or self._inherited(verb) or self._from_complement(verb)
        return self._memo[verb.i]

    def _from_complement(self, verb: Token) -> tuple[str, str] | None:
        """The date of a clause that times the verb from below: the gerund of an aspectual verb ("stopped sharing
        data in January": the stopping's January), or a "when" clause ("will vote against the deal when the
        governments decide next month": the vote's next month)."""
        cols = arrays(verb.doc)     # asked of every undated verb: its children by position
        dep, kids = cols.dep, cols.children
        for c in kids[verb.i]:
            if dep[c] == "xcomp" and cols.tag[c] == "VBG" and cols.lemma_lower[verb.i] in ASPECT_VERBS:
                return self._own(verb.doc[c])
            if dep[c] == "advcl" and any(dep[m] == "advmod" and cols.lower[m] == "when" and m < c for m in kids[c]):
                return self._own(verb.doc[c])
        return None

    def fronted(self, verb: Token) -> bool:
        """Whether the verb's own date stands before its subject, at the head of the sentence ("In 1968 she
        signed ..."): a frame for every clause coordinated with it, whatever their subjects."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if verb.dep_ != "ROOT" or not subjects:
            return False
        start = subjects[0].left_edge.idx
        return any(t.end <= start for t in self.own.get(verb.i, ()))

    def _own(self, verb: Token) -> tuple[str, str] | None:
        rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        dates = [calendar_date(t.value) for t in self.own.get(verb.i, ())]
        if not dates:
            return None
        lexical, _, precision = min(dates, key=lambda d: rank[d[2]])
        return lexical, precision

    def same_subject(self, verb: Token, head: Token) -> bool:
        """Whether a coordinated clause's subject is a pronoun for the same actor as its head's subject ("X told
        Parliament last week that ..., but he ruled out ..."): one person's acts on one occasion."""
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        first = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1 or len(first) != 1 or subj[0].pos_ != "PRON" or subj[0].lower_ not in ("he", "she"):
            return False
        key = self.key_of(subj[0])
        return key is not None and key == self.key_of(first[0])

    def _inherited(self, verb: Token) -> tuple[str, str] | None:
        head = verb.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        children = list(verb.children)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children)
        if verb.dep_ == "conj" and own_subject and same_form(verb, head) and self.fronted(head) and \
                not self.has_own_time(verb, ending=True):
            # "In 1968 she signed a letter and the ministry banned her songs (until 1978)": the frame of both
            return self.date_of(head)
        if self.has_own_time(verb):
            return None     # "scored 14 goals last season": a time of its own the calendar cannot place
        if verb.dep_ == "conj" and (not own_subject or self.same_subject(verb, head)) and same_form(verb, head) \
                and misread_participle_subject(verb) is None:   # (not the verb of a noun the parser cut off)
            return self.date_of(head)   # (also "told Parliament last week ..., but he ruled out ...": the same one)
        participle = verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("mark", "aux") for c in children)
        if verb.dep_ in ("advcl", "xcomp") and participle and not own_subject:
            date = self.date_of(head)
            if date is None and verb.dep_ == "advcl" and head.dep_ == "ccomp" and verb.i > 0 and \
                    verb.nbor(-1).text == "," and head.head.i != head.i:
                # "the court ruled in March that the region had the power, rejecting an appeal": a participle
                # after the that-clause tells the ruling's act, at the ruling's time
                return self.date_of(head.head)
            return date
        if verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_LEMMAS and holds_when_said(verb):
            return self.date_of(head)
        return None


# Nouns of answering for an act ("claimed responsibility for the attack", "took credit for the raid"): a date after
# the act named dates the claim, as news writes it ("claimed responsibility for Tuesday's attack" dates the attack).
ANSWERING_NOUNS = frozenset("responsibility credit blame".split())


def answerable_act(noun: Token) -> Token | None:
    """The verb that claims, takes or denies responsibility, credit or blame for the event ``noun`` names ("claimed
    responsibility for the attack"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    holder = prep.head
    if holder.lemma_.lower() not in ANSWERING_NOUNS or holder.dep_ != "dobj" or holder.head.pos_ != "VERB":
        return None
    return holder.head


def margin(noun: Token) -> bool:
    """Whether a noun after "by" counts a margin ("beat South Africa by 93 runs on the fourth day", "won by two
    votes"): no bound in time, so a date in a phrase below it dates the verb."""
    return noun.head.lower_ == "by" and any(c.dep_ == "nummod" for c in noun.children)


def takes_effect(prep: Token, date: Token) -> bool:
    """ "will impose tariffs from July 1": the day an announced measure starts is its date (not "from 2014 to
    2016", a range, nor a past "from", the start of a state)."""
    verb = prep.head
    ends = (*date.children, *prep.children, *verb.children)
    return prep.lower_ == "from" and verb.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "through") for c in ends)


def starting_from(verb: Token) -> bool:
    """ "Starting Monday, Ukraine will ban ...", "will impose tariffs beginning in July": a participle of starting
    with no subject of its own, on a verb of what will be done: the day an announced measure starts is its date (as
    with "from July 1"; a past "starting in 2019" begins a state or a series)."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.lemma_.lower() in ("start", "begin") and verb.dep_ in ("prep", "advcl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children) and head.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in head.children)


def to_infinitive(verb: Token) -> bool:
    """ "to sign", "to be returned": a to-infinitive, active or passive."""
    return verb.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def occasion_verb(noun: Token) -> Token | None:
    """The verb an occasion noun is the time of: "[In a phone call] on Saturday, X congratulated Y", "signed the
    deal [during a visit] to Beijing on Friday"; None for a noun that names no occasion or no phrase of a verb."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in OCCASION_NOUNS:
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def noun_verb(noun: Token) -> Token | None:
    """The verb whose object or passive subject holds the noun, through "of" phrases ("the first group of
    migrants": detained), or None."""
    for _ in range(4):
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
            continue
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
            return noun.head
        return None
    return None


def infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)


def same_form(verb: Token, head: Token) -> bool:
    """ "conceded ... and congratulated": coordinated verbs of one occasion share their form;
    "would send ... and invited" do not."""
    return verb.tag_ == head.tag_ or {verb.tag_, head.tag_} <= {"VBD", "VBN"}


def holds_when_said(verb: Token) -> bool:
    """Whether reported content holds at the time of speaking: a progressive, a present, or a past state
    ("was considering", "is ready", "was independent"); not a pluperfect, a future or a past event."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & ({"had", "'d"} | FUTURE_AUX) or any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBG" and words & {"is", "are", "was", "were", "am", "'s", "'re"}:
        return True
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBD" and verb.lemma_.lower() in STATIVE_LEMMAS and not auxes


def past_base_form(verb: Token) -> bool:
    """ "In May it forecast that ...", "the bank cut rates": a verb in its base form with a third-person singular
    subject and no auxiliary can only be the past of a verb whose past is its base (forecast, cut, set, put, hit,
    bid, cost, let, shut, spread, quit): the present would end in -s."""
    if verb.tag_ not in ("VB", "VBP") or verb.lower_ != verb.lemma_.lower() or verb.lower_.endswith("s"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and (subjects[0].lower_ in ("it", "he", "she") or subjects[0].tag_ in ("NN", "NNP")
                               and not any(c.dep_ == "cc" for c in subjects[0].children))
