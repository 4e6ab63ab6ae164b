"""Factuality of a clause: polarity and modality from negation, hearsay, hypotheses and embedding.


A verb's own factuality (:func:`own_factuality`) is combined with the :class:`Context` of the clause that
embeds it (:func:`embedded_context`): "denied planning an invasion" makes the planning negative, "said it
would" makes it reported and hypothetical.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.asides import medial_attribution, quote_source, quoted_sentence
from kg.extract.arguments import SUBJECT_DEPS, after_comma, paired, subjects_of, verb_lemma
from kg.extract.attributions import deep_final_attribution, final_attribution, final_conjunct_attribution
from kg.extract.docarrays import arrays
from kg.types import Modality, Polarity


# Factuality

# Adverbs that report what the writer does not assert: "China reportedly sent troops".
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
# Adjectives whose infinitive is not (yet) done: "is unlikely to send", "is set to approve"; and those that deny it.
# ("was able to reach" tells that it did: "able" is not one of them.)
PROSPECT_ADJECTIVES = frozenset("""likely unlikely expected set poised due ready willing eager keen prepared
certain sure bound determined inclined reluctant hesitant""".split())
UNABLE_ADJECTIVES = frozenset("unable unwilling loath".split())


# The tests below run for every verb of every sentence, some of them more than once: they read the Doc's columns
# by word position (kg.extract.docarrays), not a Token per child.

def negated(verb: Token) -> bool:
    doc = verb.doc
    cols = arrays(doc)
    kids, dep, lower = cols.children, cols.dep, cols.lower
    own = kids[verb.i]
    if any(dep[c] == "neg" and not _whether_or_not(cols, c, verb.i) or lower[c] == "never" for c in own):
        return True
    if cols.pos[verb.i] in ("VERB", "AUX") and _neither_nor(cols, verb.i):
        return True     # "neither confirmed nor denied": each verb of the pair
    if any(dep[c] in ("nsubj", "nsubjpass") and _picked(cols, c) is not None for c in own):
        return True     # "None of the banks commented": each of them did not
    for c in own:
        if dep[c] in ("dobj", "nsubjpass", "attr") and any(lower[d] == "no" and dep[d] == "det" for d in kids[c]):
            return True
        if dep[c] == "advmod" and lower[c] in ("longer", "more") and any(lower[d] == "no" for d in kids[c]):
            return True     # "would no longer be able to"
        if dep[c] == "advmod" and lower[c] in ("nearly", "almost") and c < verb.i and all(
                cols.pos[w] in ("AUX", "ADV", "PART") for w in range(c + 1, verb.i)):
            return True     # "Chevron nearly bought Hess": it did not (not "killed nearly 100 people")
        if dep[c] in ("nsubj", "nsubjpass", "dobj") and any(
                lower[d] == "neither" and paired(doc[d]) or dep[d] == "cc" and lower[d] == "nor" for d in kids[c]):
            return True     # "Neither Vexa nor Lumora commented", "fined neither Vexa nor Lumora": each one not
    return False


def _neither_nor(cols, i: int) -> bool:
    """Whether a word is one of a pair "neither ... nor" joins: the first carries "neither", the one after "nor" is
    its conjunct."""
    dep, lower, kids = cols.dep, cols.lower, cols.children
    if any(dep[c] == "preconj" and lower[c] == "neither" for c in kids[i]):
        return True
    head = kids[cols.head[i]] if dep[i] == "conj" else ()
    return any(dep[c] == "preconj" and lower[c] == "neither" for c in head) and any(
        dep[c] == "cc" and lower[c] == "nor" for c in head)


def _whether_or_not(cols, neg: int, verb: int) -> bool:
    """Whether a "not" is that of "whether or not" ("whether or not the IMF approves", "whether the IMF approves or
    not"): it asks, it does not deny."""
    if neg < 1 or cols.lower[neg - 1] != "or":
        return False
    return neg >= 2 and cols.lower[neg - 2] == "whether" or any(
        cols.dep[c] == "mark" and cols.lower[c] == "whether" for c in cols.children[verb])


def none_of(subj: Token) -> Token | None:
    """The noun a negative quantifier picks from ("none of the banks", "neither of them" -> banks, them)."""
    picked = _picked(arrays(subj.doc), subj.i)
    return subj.doc[picked] if picked is not None else None


def _picked(cols, i: int) -> int | None:
    """:func:`none_of` by word position."""
    if cols.lower[i] not in ("none", "neither"):
        return None
    kids, dep, lower = cols.children, cols.dep, cols.lower
    return next((p for c in kids[i] if dep[c] == "prep" and lower[c] == "of" for p in kids[c] if dep[p] == "pobj"),
                None)


def hearsay(verb: Token) -> bool:
    """ "reportedly sent", "allegedly bribed": the writer reports the act, does not assert it."""
    cols = arrays(verb.doc)
    dep, lower = cols.dep, cols.lower
    return any(dep[c] == "advmod" and lower[c] in HEARSAY_ADVERBS for c in cols.children[verb.i])


def raised_report(verb: Token) -> bool:
    """ "Iran is believed to have supplied ...", "X is said to be ...": a passive verb of saying or believing whose
    subject is the complement's, not the one who says it."""
    cols = arrays(verb.doc)
    if cols.lemma_lower[verb.i] not in RAISING_VERBS:
        return False
    dep, own = cols.dep, cols.children[verb.i]
    return any(dep[c] == "auxpass" for c in own) and any(dep[c] == "xcomp" for c in own)


RAISING_VERBS = lx.REPORTING_VERBS | {"allege", "rumour", "rumor", "understand", "know", "expect"}


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb ("is believed by US officials": officials), if it names one."""
    cols = arrays(verb.doc)
    kids, dep = cols.children, cols.dep
    agent = next((p for c in kids[verb.i] if dep[c] == "agent" for p in kids[c] if dep[p] == "pobj"), None)
    return verb.doc[agent] if agent is not None else None


# Conjunctions of a clause that bounds the time of another ("until the firm pays", "before talks resume"), and the
# auxiliaries that put that other in the future: then the bound is no fact either.
TEMPORAL_LIMITS = frozenset("until till before once".split())
FUTURE_AUX = frozenset("will would shall should could may might must 'll 'd wo to".split())


# The future: what "will" happen has not happened ("will visit Warsaw on Friday", "won't sign"), as "would" has not.
WILL_AUX = frozenset("will 'll wo".split())


def is_hypothetical(verb: Token, future: bool = True) -> bool:
    """Whether a verb states no fact: a modal or a future (``future=False``: not counting the future), a condition,
    a time still to come, a disjunction of subjects or a question."""
    cols = arrays(verb.doc)
    kids, dep, lower = cols.children, cols.dep, cols.lower
    own = kids[verb.i]
    v = verb.i
    if dep[v] == "conj" and cols.tag[v] == "VB" and cols.tag[cols.head[v]] == "VB" and not any(
            dep[c] in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in own):
        own = own + kids[cols.head[v]]  # "will raise prices and cut staff": a bare conjunct shares the modal
    if any(dep[c] == "aux" and (lower[c] in lx.MODAL_HYPOTHETICAL or future and lower[c] in WILL_AUX) for c in own):
        return True
    if any(dep[c] == "mark" and lower[c] in ("if", "unless", "whether") for c in own) or _inverted(cols, verb.i):
        return True
    if any(dep[c] == "advcl" and _conditional(cols, c) for c in own):
        return True     # "If Boeing wins, Airbus will sue": the main clause of a condition is not asserted either
    if time_to_come(verb):
        return True
    if any(dep[c] in ("nsubj", "nsubjpass") and any(dep[d] == "cc" and lower[d] == "or" for d in kids[c])
           for c in own):
        return True     # "Vexa or Lumora will buy the plant": a disjunction asserts neither of them
    return ends_with_question(verb)


def time_to_come(verb: Token) -> bool:
    """Whether a clause bounds the time of a verb still to come: "will strike until the firm pays", "would keep up
    the raids until Norvania withdrew", "to review the deal before Kessa signs it". What it states has not
    happened, even where someone reports it: the speaker said when, not that."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_LIMITS for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.head.children)


def conditional(clause: Token) -> bool:
    """Whether an adverbial clause states a condition ("if", "unless"), not a concession ("even if") or a
    comparison ("as if")."""
    return _conditional(arrays(clause.doc), clause.i)


# Auxiliaries that open a condition when they come before the subject: "Had Boeing tested the sensor, ...",
# "Were Kenya to default, ...", "Should the talks fail, ...".
INVERTING_AUX = frozenset("had were should".split())


def _inverted(cols, i: int) -> bool:
    """Whether an adverbial clause is a condition by inversion: its first word an auxiliary ("had", "were",
    "should") before its subject, and it comes before the clause it conditions. What it supposes is not asserted
    ("Had Boeing tested the sensor ...": it did not)."""
    if cols.dep[i] != "advcl" or cols.head[i] < i:
        return False
    kids, dep, lower = cols.children[i], cols.dep, cols.lower
    aux = [c for c in kids if dep[c] in ("aux", "auxpass") and lower[c] in INVERTING_AUX]
    subj = [c for c in kids if dep[c] in ("nsubj", "nsubjpass")]
    return bool(aux and subj) and aux[0] < subj[0] and not any(dep[c] == "mark" for c in kids) and (
        aux[0] == 0 or cols.is_punct[aux[0] - 1] or aux[0] in cols.sent_starts)


def _conditional(cols, i: int) -> bool:
    """:func:`conditional` by word position."""
    dep, lower = cols.dep, cols.lower
    if _inverted(cols, i):
        return True
    for c in cols.children[i]:
        if dep[c] == "mark" and lower[c] in ("if", "unless"):
            before = c - 1 if c > 0 else None
            return not (before is not None and lower[before] in ("even", "as", "only") and before != i)
    return False


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """The indices of the first and the last token of the token's sentence.

    The sentence starts are read once per Doc (Token.sent builds a Span, and a walk to the sentence's ends made
    a Token of every word on the way, for every clause)."""
    return arrays(tok.doc).sentence_of(tok.i)


def set_off(tok: Token) -> bool:
    """Whether the phrase a token heads ends at a comma, a dash or the sentence's end: an aside."""
    nxt = tok.right_edge.i + 1
    return nxt >= sentence_bounds(tok)[1] or tok.doc[nxt].text in (",", "-", "–", "—", ";")


def sentence_length(tok: Token) -> int:
    """The number of tokens in the token's sentence."""
    start, end = sentence_bounds(tok)
    return end - start + 1


def ends_with_question(tok: Token) -> bool:
    """Whether the token's sentence ends in a question mark."""
    cols = arrays(tok.doc)
    punct, text = cols.is_punct, cols.text
    i = sentence_bounds(tok)[1]
    while i > tok.i and punct[i] and text[i] != "?":
        i -= 1
    return text[i] == "?"


# Verbs whose "that" clause in the subjunctive is a demand or a proposal, not a claim: "insisted that Manila withdraw
# its ship", "recommended that the minister be dismissed" (the mandative subjunctive). Said of an indicative clause
# ("insisted that its troops were defending civilians") they report.
MANDATIVE_VERBS = frozenset("insist demand urge ask request recommend propose suggest require order".split())
# Subjects whose present-tense verb has no -s (I, you, we, they; plural nouns): with them a base form may be a
# plain present, so only a singular subject shows the subjunctive on a bare verb.
_PLAIN_PRESENT = frozenset("i you we they".split())


def mandative(comp: Token) -> bool:
    """Whether a complement clause is in the mandative subjunctive: a bare verb with no modal or tense auxiliary,
    after a third-person singular subject ("that Manila withdraw the ship") or as passive "be" ("that the prisoners
    be released"), in a clause opened by "that" or by nothing."""
    if comp.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" and c.lower_ != "that" for c in comp.children):
        return False
    aux = [c for c in comp.children if c.dep_ in ("aux", "auxpass")]
    if aux:
        return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ == "be" and aux[0].tag_ == "VB"
    if comp.tag_ not in ("VB", "VBP") or comp.lemma_.lower() in ("be", "have", "do") and comp.tag_ == "VBP":
        return False
    subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subj) == 1 and subj[0].tag_ in ("NN", "NNP") and subj[0].lower_ not in _PLAIN_PRESENT


def mandative_complement(governor: Token) -> bool:
    """Whether the governor is a verb of demanding or proposing whose "that" clause is mandative (see
    :func:`mandative`)."""
    return verb_lemma(governor) in MANDATIVE_VERBS and any(c.dep_ == "ccomp" and mandative(c)
                                                           for c in governor.children)


# Verbs of committing to an act, which is then still to be done: "agreed to resume talks", "decided to close its
# embassy", "chose to fight the claim", "opted to sell".
COMMITMENT_VERBS = frozenset("agree decide opt choose".split())


@dataclass
class Context:
    polarity: Polarity = Polarity.POSITIVE
    modality: Modality = Modality.ASSERTED
    speaker: Token | None = None


def embedded_context(governor: Token, parent: Context, dep: str) -> Context:
    """The factuality a complement clause inherits from the verb that governs it."""
    lemma = governor.lemma_.lower()
    pol, mod, speaker = parent.polarity, parent.modality, parent.speaker
    subj, _ = subjects_of(governor)
    who = subj[0] if subj else None
    if raised_report(governor):
        who = agent_of(governor)    # "Iran is believed (by analysts) to have ...": not Iran's own claim
    if lemma in QUESTION_VERBS and dep == "ccomp" and asks_question(governor):
        # "asked whether NATO would send troops": a question asserts nothing and requests nothing
        return Context(pol, Modality.HYPOTHETICAL if mod is not Modality.REPORTED else mod, who or speaker)
    if negated(governor):
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    if lemma in lx.DENIAL_VERBS and negated(governor):
        # "did not deny that it had carried arms", "neither confirmed nor denied": not denied, not claimed either
        pol, mod = parent.polarity, Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod
    elif lemma in lx.DENIAL_VERBS:
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
        mod, speaker = Modality.REPORTED, who or speaker
    elif verb_lemma(governor) in lx.EXCLUSION_VERBS and dep in ("xcomp", "ccomp"):
        if negated(governor):
            pol = parent.polarity    # "has not ruled out sending troops": kept open, not done
            mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod
        else:
            pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    elif (lemma in lx.NEGATIVE_VERBS or lemma in NEGATIVE_IMPLICATIVES or verb_lemma(governor) in
          lx.NEGATIVE_PARTICLE_VERBS) and dep == "xcomp" \
            or yet_to(governor, dep):
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    elif lemma in lx.REQUEST_VERBS and (dep == "xcomp" or lemma != "tell") or dep == "ccomp" and \
            mandative_complement(governor):
        mod = Modality.REQUESTED    # "urged Iran to ...", "insisted that Manila withdraw ...": asked, not done
        if negated(governor):
            # "did not order Meta to pay": not asked, and not asked not to either
            pol, mod = parent.polarity, Modality.HYPOTHETICAL if parent.modality is Modality.ASSERTED else \
                parent.modality
    elif lemma in SCHEDULED_VERBS and dep == "xcomp" and any(c.dep_ == "auxpass" for c in governor.children):
        mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod    # "is set to approve": not yet done
    elif lemma in COMMITMENT_VERBS and dep == "xcomp":
        mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod    # "agreed to resume talks": a commitment
    elif lemma in lx.REPORTING_VERBS and dep in ("ccomp", "parataxis", "xcomp", "dobj") and not (
            dep == "xcomp" and lemma in lx.HYPOTHETICAL_VERBS):    # "hoped to lead the party": a wish, not a report
        mod, speaker = Modality.REPORTED, who or speaker
        if pol is Polarity.NEGATIVE and dep in ("ccomp", "parataxis"):
            # "has not said whether it will appeal", "has yet to confirm that Ukraine struck the base": what is
            # not said is neither said nor denied
            pol, mod = Polarity.POSITIVE, Modality.HYPOTHETICAL
    elif lemma in HEARSAY_PASSIVES and dep in ("ccomp", "xcomp") and any(c.dep_ == "auxpass" for c in
                                                                          governor.children):
        # "Barclays is understood to have closed", "it is rumoured that ...": the writer's sources, not the writer
        mod, speaker = Modality.REPORTED, agent_of(governor) or speaker
    elif lemma in FINDING_VERBS and dep == "ccomp":
        mod, speaker = Modality.REPORTED, who or speaker     # "the inquiry found that ...": its finding
        if pol is not parent.polarity:
            # "the inquiry did not find that it had ...": not found, which is no finding that it had not
            pol, mod = parent.polarity, Modality.HYPOTHETICAL
    elif lemma in SEEMING_VERBS and dep == "ccomp":
        mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod    # "made it appear that X had ..."
    elif alleges(governor):
        # "accused X of paying bribes", "X was charged with paying bribes": the accuser's claim, not the writer's
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children)
        mod, speaker = Modality.REPORTED, (agent_of(governor) if passive else who) or speaker
    elif lemma in lx.HYPOTHETICAL_VERBS:
        mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod
        if lemma in EXPECTATION_VERBS:
            speaker = who or speaker    # "economists expect the bank to cut rates": their expectation
    elif dep in ("ccomp",) and mod is Modality.ASSERTED and lemma not in ("be",):
        # a clausal complement of an unknown verb ("know", "show") keeps the parent's factuality
        pass
    if is_hypothetical(governor) and mod is Modality.ASSERTED:
        mod = Modality.HYPOTHETICAL
    if hearsay(governor) and mod is Modality.ASSERTED:
        mod = Modality.REPORTED
    return Context(pol, mod, speaker)


# Verbs whose infinitive is not done, and done where they are negated: "forgot to file the report" (not filed),
# "did not hesitate to buy the farms" (bought). (Only with an infinitive: "forgot that ..." reports.)
NEGATIVE_IMPLICATIVES = frozenset("hesitate forget".split())


# Verbs of accusing: what they charge someone with is a claim ("accused X of", "suspected of", "charged with";
# not "charged customers for", a price, nor "convicted of", a court's finding).
ALLEGING_VERBS = frozenset("accuse suspect charge blame".split())
# The preposition some of them need to accuse: "charged with fraud" (not "charged customers for"), "blamed Shell for
# polluting the delta" (not "blamed the weather").
ALLEGING_PREPS = {"charge": "with", "blame": "for"}


def alleges(verb: Token) -> bool:
    """Whether the verb accuses someone of its complement ("charge" only with "with": "charged with fraud";
    "blame" only with "for": "blamed Shell for polluting")."""
    lemma = verb.lemma_.lower()
    prep = ALLEGING_PREPS.get(lemma)
    return lemma in ALLEGING_VERBS and (prep is None or any(
        c.dep_ == "prep" and c.lower_ == prep for c in verb.children))


# Passive verbs by which a writer passes on what others say, that are no verbs of saying: "is understood to have",
# "it is rumoured that".
HEARSAY_PASSIVES = frozenset("understand rumour rumor".split())
# Verbs of finding and ruling: their "that" clause is the finder's conclusion, reported ("a court ruled that ...").
FINDING_VERBS = frozenset("find conclude rule determine establish judge".split())
# Verbs of seeming: their "that" clause is an appearance, not asserted ("it appears that", "made it seem that").
SEEMING_VERBS = frozenset("appear seem look sound".split())

# Passive verbs of scheduling: "is set to", "is scheduled to", "is slated to".
SCHEDULED_VERBS = frozenset("set schedule slate poise timetable".split())
QUESTION_VERBS = frozenset("ask wonder question inquire enquire".split())


def asks_question(verb: Token) -> bool:
    """Whether a verb's clausal complement is an indirect question ("asked whether ...", "asked if ...")."""
    cols = arrays(verb.doc)
    kids, dep, lower = cols.children, cols.dep, cols.lower
    return any(dep[c] == "ccomp" and any(dep[m] == "mark" and lower[m] in ("whether", "if") for m in kids[c])
               for c in kids[verb.i])


def yet_to(governor: Token, dep: str) -> bool:
    """ "has yet to sign", "is yet to decide", "remains yet to be approved": the complement has not happened."""
    if dep != "xcomp":
        return False
    cols = arrays(governor.doc)
    return cols.lemma_lower[governor.i] in ("have", "be", "remain") and any(
        cols.dep[c] == "advmod" and cols.lower[c] == "yet" for c in cols.children[governor.i])


def owed_or_scheduled(governor: Token, comp: Token) -> bool:
    """Whether an infinitive ``comp`` after "have" or "be" is owed or scheduled, not done: "Iran has to accept",
    "Macron is to meet" ("had to recall" was done; "is yet to" is not done, :func:`yet_to`; "its aim is to organise"
    names an aim, a common noun's, and states nothing of an actor's)."""
    if comp.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children) or yet_to(
            governor, "xcomp"):
        return False
    lemma = governor.lemma_.lower()
    if lemma == "have":
        return governor.tag_ not in ("VBD", "VBN")
    subj = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return lemma == "be" and subj is not None and (subj.pos_ == "PROPN" or bool(subj.ent_type_)) and not any(
        c.dep_ in ("acomp", "attr") for c in governor.children)


# Verbs of expectation: the complement is the subject's belief about what will happen.
EXPECTATION_VERBS = frozenset("expect anticipate forecast".split())


def own_factuality(verb: Token, ctx: Context, future: bool = True) -> tuple[Polarity, Modality]:
    """A verb's polarity and modality in its context; ``future=False`` reads a future as asserted ("will step down
    as chairman": the chairman now)."""
    pol, mod = ctx.polarity, ctx.modality
    if negated(verb):
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    if is_hypothetical(verb, future) and mod is Modality.ASSERTED or time_to_come(verb) and mod is Modality.REPORTED:
        mod = Modality.HYPOTHETICAL
    if hearsay(verb) and mod is Modality.ASSERTED:
        mod = Modality.REPORTED
    return pol, mod


def intention_context(noun: Token, holder: Token, ctx: Context) -> Context:
    """The factuality of an intended act: not done (hypothetical), and not intended where the plan is denied
    ("has no plans to", "does not have plans to")."""
    pol, mod = own_factuality(holder, ctx)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and not negated(holder):
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    return Context(pol, Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod, ctx.speaker)


def prospect_context(adj: Token, ctx: Context) -> Context:
    """The factuality of an adjective's infinitive: "is unlikely to send" is hypothetical, "was unable to reach"
    did not happen."""
    pol, mod = own_factuality(adj.head, ctx)
    lemma = adj.lemma_.lower()
    if lemma in UNABLE_ADJECTIVES:
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
        if lemma != "unable" and mod is Modality.ASSERTED:
            mod = Modality.HYPOTHETICAL     # "unwilling to pay": not paying, and not done either way
    elif lemma in PROSPECT_ADJECTIVES and mod is Modality.ASSERTED:
        mod = Modality.HYPOTHETICAL
    return Context(pol, mod, ctx.speaker)


def gerund_object(node: Token) -> bool:
    """A bare gerund right after a verb of refraining, read by the parser as an adjunct ("held off raising prices",
    "avoided naming Russia"); not a participle after a comma ("stopped production, citing costs")."""
    gov = node.head
    if node.tag_ != "VBG" or node.i < gov.i or after_comma(node.left_edge if node.left_edge.i < node.i else node):
        return False
    return gov.lemma_.lower() in lx.NEGATIVE_VERBS or verb_lemma(gov) in lx.NEGATIVE_PARTICLE_VERBS


def root_context(root: Token) -> Context:
    """A sentence's own factuality: reported where it ends in an attribution the parser misread as an object
    (", the two companies announced.") or as the main verb's last conjunct (", the minister said."), where an
    attribution set off by commas stands inside it (:func:`kg.extract.asides.medial_attribution`), and where the
    whole sentence is quoted words (:func:`kg.extract.asides.quoted_sentence`)."""
    cols = arrays(root.doc)     # asked of every sentence's root: a Token only for a child final_attribution may take
    for c in cols.children[root.i]:
        if cols.dep[c] in ("dobj", "npadvmod", "appos") and c > root.i and final_attribution(root.doc[c]) is not None:
            return Context(Polarity.POSITIVE, Modality.REPORTED, root.doc[c])
    source = deep_final_attribution(root)
    if source is not None:  # "... talks with Washington, the Tasnim news agency reported.": read as an apposition
        return Context(Polarity.POSITIVE, Modality.REPORTED, source)
    said = final_conjunct_attribution(root)
    if said is not None:    # "..., and will honour its contracts, the minister said.": read as a conjunct
        return Context(Polarity.POSITIVE, Modality.REPORTED, next(c for c in said.children if c.dep_ == "nsubj"))
    source = medial_attribution(root)
    if source is not None:  # "Sony, the report said, had overstated its sales": an aside names the source
        return Context(Polarity.POSITIVE, Modality.REPORTED, source)
    if lx.REPORTING_VERBS.isdisjoint((root.lemma_.lower(),)) and quoted_sentence(root):
        # "'It released raw sewage on 40 days.'" after "'...,' the head of Ofwat said.": the quotation goes on
        return Context(Polarity.POSITIVE, Modality.REPORTED, quote_source(root))
    return Context()


def content_clause(acl: Token) -> bool:
    """ "the news that it was negotiating", "the warning that ...": a that-clause with its own subject, the content of
    a noun (not a relative clause, whose "that" is its subject or object; not "the fact that")."""
    return acl.head.lemma_.lower() not in ("fact", "way", "time", "day", "moment") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in acl.children) and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in acl.children)


DEFINITE_DETERMINERS = frozenset("the this that these those".split())


def presupposed(noun: Token, ctx: Context) -> Context:
    """The factuality of a restrictive relative clause on ``noun`` in the context ``ctx`` of the clause the noun
    stands in. On a definite noun the relative clause is presupposed, true whatever is denied, asked or supposed
    of the noun: "has not commented on whether the seizure was linked to the sanctions it reimposed", "would
    buy the plant that Alstom sold" (it did reimpose them, Alstom did sell it); in a report it is the speaker's
    presupposition. On an indefinite one it keeps the context's modality, not its negation: what is not done
    to a thing is not undone in the clause that describes it ("failed to report approaches from a man who asked
    him to underperform": the man asked).
    """
    definite = noun.pos_ == "PROPN" or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                           for c in noun.children)
    if not definite:
        return Context(Polarity.POSITIVE, ctx.modality, ctx.speaker)
    if ctx.modality is Modality.REPORTED:
        return Context(Polarity.POSITIVE, Modality.REPORTED, ctx.speaker)
    return Context()
