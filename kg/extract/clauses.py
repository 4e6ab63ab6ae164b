"""Clause-based Open IE on a spaCy dependency parse.

Every predicate of a sentence (a verb, a copula, an apposition, a title before a name, a nominalisation)
becomes one :class:`Clause` per combination of coordinated subjects and objects. A Clause still points at
spaCy tokens; :mod:`kg.extract.core` turns it into plain values.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.repairs import (AGENT_ENTS, FOR_REQUEST_VERBS, comitatives, coordination_head, final_attribution,
                                for_infinitive, infinitive_object,
                                misattached_conjunct, named_after_description, nominal_agent, participle_name,
                                plural_antecedents)
from kg.extract.roles import (BODY_NOUNS, CABINET_TITLES, DEPARTMENT_HEADS, body_head, entity_tokens, portfolio, role_of,
                              title_complement)
from kg.types import Modality, Polarity

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
OBJECT_DEPS = {"dobj", "attr", "oprd"}
# Verbs whose object predicate is a post the object is given ("named Ortiz chief executive"): the object stays
# the one named, whatever the post; any other verb's object predicate says what the object is called or held to be.
APPOINTING_VERBS = frozenset("name appoint elect make nominate choose select crown vote install".split())
SKIP_IN_ARG = {"relcl", "appos", "punct", "cc", "conj", "preconj", "advcl", "parataxis", "mark"}
TOP_ONLY = {"conj", "cc", "preconj"}
EDGE_PUNCT = set(",;:-–—'\"`()[]")


@dataclass
class Clause:
    """One extraction: relation words, arguments as token lists, and its factuality."""

    kind: str                         # "verb", "copula", "appos", "title", "nominal", "member"
    rel: list[Token]                  # the relation words, in sentence order
    predicate: str                    # normalised name: "consider", "head_of", "pave_way_for"
    subj: list[Token]
    obj: list[Token] | None
    extras: list[list[Token]] = field(default_factory=list)
    subj_head: Token | None = None
    obj_head: Token | None = None
    verb: Token | None = None
    polarity: Polarity = Polarity.POSITIVE
    modality: Modality = Modality.ASSERTED
    speaker: Token | None = None       # head token of the reporting verb's subject
    inherited: bool = False            # subject taken from another clause
    confidence: float = 0.5
    rel_text_override: str | None = None
    # How Open IE shows the clause where that differs from the graph's reading: the relation as annotators
    # write it ("attempted to popularize", "was readmitted" + "in 1841"), and who sees it at all.
    surface_rel: list[Token] | None = None
    surface_prefix: str = ""           # words not in the sentence, put before the relation: "be" for "built"
    surface_obj: list[Token] | None = None
    use: str = "both"                  # "both", "graph" (hidden from Open IE) or "openie" (not a graph fact)
    qualifier: str | None = None       # "former": a role no longer held
    code_object: list[Token] | None = None  # the words its event is coded from, where not its object

    @property
    def rel_text(self) -> str:
        if self.rel_text_override is not None:
            return self.rel_text_override
        return " ".join(t.text for t in self.rel)

    @property
    def surface_text(self) -> str:
        """The relation phrase Open IE prints."""
        if self.surface_rel is None:
            text = self.rel_text
        else:
            text = " ".join(t.text for t in self.surface_rel)
        return f"{self.surface_prefix} {text}".strip()


# Spans of arguments

def arg_tokens(head: Token, skip: set[str] = SKIP_IN_ARG) -> list[Token]:
    """The head's subtree without relative clauses, appositions and coordinated siblings, trimmed."""
    doc = head.doc
    cols = arrays(doc)      # the walk reads word positions and columns, not a Token per child
    dep_of, kids, lower_of, text_of = cols.dep, cols.children, cols.lower, cols.text
    edges = None            # the head's left and right edges, read on first use
    out: list[int] = []
    stack = [(head.i, True)]    # a loop, not recursion: a tree thousands of clauses deep ("he said that he said ...")
    while stack:
        i, top = stack.pop()
        out.append(i)
        # "of hiding the data and called on ...": a verb coordinated higher up is not part of the argument
        foreign = not top and any(dep_of[c] == "conj" and misattached_conjunct(doc[c]) for c in kids[i])
        for c in kids[i]:
            dep = dep_of[c]
            if dep in TOP_ONLY and not top and dep in skip:
                if not (foreign and (dep == "cc" or misattached_conjunct(doc[c]))):
                    stack.append((c, False))    # "recognition of the DNR and LNR": inner coordination stays
                continue
            if dep == "relcl" and c > i and any(
                    dep_of[g] == "aux" and lower_of[g] == "to" and g == c - 1 for g in kids[c]):
                stack.append((c, False))    # "a mission to study the Sun": an infinitival relative is part of the noun
                continue
            if dep in skip:
                if dep == "punct" and not top:
                    # keep inner punctuation (hyphens, apostrophes) below the top level
                    if edges is None:
                        edges = head.left_edge.i, head.right_edge.i
                    if edges[0] < c < edges[1] and text_of[c] in "-'/&.,":
                        out.append(c)
                continue
            stack.append((c, False))
    out.sort()
    return trim(glue([doc[i] for i in out]))


def glue(tokens: list[Token]) -> list[Token]:
    """Punctuation inside a word stays with it: "Rolls-Royce", "Wi-Fi", "the Paris–Berlin route"."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    cols = arrays(doc)
    punct, spaced, text_of = cols.is_punct, cols.space_after, cols.text
    have = {t.i for t in tokens}
    inner = [i for i in range(tokens[0].i + 1, tokens[-1].i) if i not in have and punct[i] and i - 1 in have
             and i + 1 in have and not spaced[i] and not spaced[i - 1] and text_of[i] in "-–—/&'.+"]
    return sorted(tokens + [doc[i] for i in inner], key=lambda t: t.i) if inner else tokens


def trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].text in EDGE_PUNCT or tokens[0].dep_ in ("cc", "mark", "preconj") or paired(tokens[0])):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in EDGE_PUNCT and not (tokens[-1].text in "'\"" and len(tokens) > 1
                                                          and any(t.text == tokens[-1].text for t in tokens[:-1])):
        tokens = tokens[:-1]
    return tokens


PAIRED = frozenset({"both", "either", "neither"})


def paired(tok: Token) -> bool:
    """The first word of a paired coordination ("both A and B", "neither A nor B"), which the parser may tag as
    a determiner of the first conjunct: it belongs to the coordination, not to any one conjunct."""
    return tok.lower_ in PAIRED and tok.dep_ in ("det", "preconj") and any(c.dep_ == "conj" for c in tok.head.children)


def conjuncts(tok: Token) -> list[Token]:
    """The token and its coordinated siblings ("Donetsk and Lugansk"); a list the parser read as an apposition
    ("Germany, France and Italy") is a coordination too, and the members a plural noun lists ("three firms,
    Airbus, Safran and Thales") stand for it."""
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return [tok]
    own = [tok, *[c for c in tok.conjuncts if c.i > tok.i and c.pos_ == tok.pos_ or c.i > tok.i and c.dep_ == "conj"
                  and c.pos_ in ("NOUN", "PROPN", "PRON")]]
    # "Kenya's president William Ruto and his Tanzanian counterpart": a conjunct the parser hung on the name in
    # apposition to the first member
    own += [g for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
            for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN" and g.i > c.i]
    listed = listed_apposition(tok)
    if listed is None:
        return own
    members = [listed, *[c for c in listed.conjuncts if c.i > listed.i]]
    return members if plural(tok) else [*own, *[m for m in members if m.i not in {o.i for o in own}]]


def plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


def listed_apposition(tok: Token) -> Token | None:
    """The first member of a list in apposition to the token: "A, B and C", "three firms, A, B and C"."""
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and any(g.dep_ == "conj" for g in c.children) and \
                any(g.dep_ == "cc" for g in c.subtree) and (plural(tok) or tok.pos_ == c.pos_ == "PROPN" and all(
                    g.pos_ == "PROPN" for g in c.conjuncts)):
            return c    # not "Brad Smith, the company's president and vice chair": a description is no member
    return None


# Subjects

def subjects_of(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Subject heads of a verb and whether they were inherited from another clause."""
    if depth > 4:
        return [], True
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own:
        subj = own[0]
        if len(own) > 1 and own[1].pos_ == "PROPN" and own[0].pos_ == "NOUN" and own[1].i == own[0].i + 1:
            subj = own[1]   # "the environment agency Ibama suspended ...": the name, not its description
        if subj.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return antecedents(verb, depth), True
        if subj.lower_ in lx.RELATIVE_PRONOUNS and subj.i < verb.head.i and verb.dep_ == "ccomp" \
                and verb.head.dep_ == "relcl":
            # "The bill, which its supporters say will cut emissions": the pronoun is the subject of what they say
            return antecedents(verb.head, depth), True
        if subj.dep_.startswith("csubj"):
            return [subj], False
        return conjuncts(subj) + comitatives(subj), False
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.dep_ == "relcl" \
            and after_comma(verb.left_edge) and not any(c.dep_ == "cc" for c in verb.head.children):
        # "The bill, which its supporters say will cut emissions, passed the Senate": a verb after the comma that
        # closes the relative clause, with no "and", is the sentence's main verb, of the noun the clause is on
        return antecedents(verb.head.head, depth), True
    if verb.dep_ == "conj":
        head = reported_conjunct_head(verb) or coordination_head(verb)
        while head.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in head.children) or \
                head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
            # "resigns after the events ... and relocates": a verb misattached to a noun joins the verb above
            head = head.head
        subs, _ = subjects_of(head, depth + 1)
        return subs, True
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr") and head.head.pos_ in ("VERB", "AUX"):
            head = head.head        # "the plant would be able to pump": the subject of the copula
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")] or [
            g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < verb.i
            for g in c.children if g.dep_ == "pobj"]     # "called on the court to intervene"
        if objs and head.lemma_ in lx.OBJECT_CONTROL_VERBS:
            return conjuncts(objs[0]), True
        subs, _ = subjects_of(head, depth + 1)
        return subs, True
    if verb.dep_ == "relcl":
        return antecedents(verb, depth), True
    intended = intended_act(verb) if verb.dep_ in ("acl", "pcomp") else None
    if intended is not None:
        subs, _ = subjects_of(intended[1], depth + 1)     # "Britain has no plans to amend": Britain's act
        return subs, True
    stopper = short_of(verb)
    if stopper is not None:
        subs, _ = subjects_of(stopper, depth + 1)         # "He stopped short of blaming Russia": his act
        return subs, True
    if misread_main_verb(verb):
        return [verb.head], False
    named = compound_subject(verb) if verb.pos_ == "NOUN" else None
    if named is not None:
        return conjuncts(named), False
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [verb.head], True
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        head = verb.head
        if head.dep_ == "prep":
            prep = head
            head = head.head
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs and verb.dep_ == "pcomp" and (prep.lower_ in ("of", "from", "for", "into") or warned_against(verb)):
                return [objs[0]], True
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ in ("ccomp", "xcomp") and after_comma(verb) \
                and head.head.i < head.i:
            # ", accusing Ukraine of ...": a participle after a comma belongs to the main clause, not the complement;
            # but in a complement before its verb of saying ("Rebels shelled the port, killing four, the navy
            # said") it stays the complement's
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            subs, _ = subjects_of(head, depth + 1)
            if verb.dep_ == "advcl" and head.lemma_ == "be" and not any(c.dep_ == "aux" for c in head.children) \
                    and not (subs and all(x.ent_type_ in AGENT_ENTS for x in subs)):
                # "Our goal is to listen ..., bearing in mind": a copula's subject does nothing; a name does
                # ("JPMorgan was more sanguine, arguing that ...": JPMorgan argues)
                return [], False
            return subs, True
    return [], False


def misread_main_verb(verb: Token) -> bool:
    """ "The film, directed by X, premiered at Y": a sentence's main verb that the parser hung on its subject noun
    (the root) as a modifier, after a comma that closes an aside."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or not after_comma(verb) \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if any(c.dep_ == "acl" and c.i > verb.i for c in head.children):
        return False
    asides = [c for c in head.children if c.dep_ in ("acl", "appos", "relcl", "amod") and head.i < c.i < verb.i
              and after_comma(c.left_edge)]
    return verb.tag_ != "VBN" or bool(asides)


def reported_conjunct_head(verb: Token) -> Token | None:
    """ "Peskov said Ukraine had sabotaged the dam, and claimed that ...": a verb of saying with its own complement,
    parsed as a conjunct inside another saying's complement, is coordinated with that saying."""
    head = verb.head
    if (verb.lemma_.lower() in lx.REPORTING_VERBS and any(c.dep_ == "ccomp" for c in verb.children)
            and head.dep_ == "ccomp" and head.head.lemma_.lower() in lx.REPORTING_VERBS):
        return head.head
    return None


def after_comma(tok: Token) -> bool:
    """Whether a comma (perhaps behind a closing quote) stands right before the token."""
    before = [t.text for t in tok.doc[max(0, tok.i - 2):tok.i]]
    return bool(before) and (before[-1] == "," or before[-1] in "\"'”’" and "," in before)


def relative_noun(relcl: Token) -> Token:
    """The noun a relative clause is about. The parser hangs it on the nearest noun, which after "a grant of 180
    million euros, which the Commission approved" is the amount; an amount is what its noun measures, and the
    clause is about that noun (the grant)."""
    noun = relcl.head
    if noun.dep_ == "conj" and noun.pos_ == "PROPN" and relcl.tag_ == "VBP" and noun.tag_ in ("NNP", "NN") and any(
            c.lower_ in lx.RELATIVE_PRONOUNS and c.dep_ in ("nsubj", "nsubjpass") for c in relcl.children):
        # "Samsung and SK Hynix, which together make up a third": a plural verb is about the whole list
        first = noun
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head
        return first
    amount = noun.ent_type_ in lx.QUANTITY_TYPES or noun.like_num or noun.lemma_.lower() in lx.AMOUNT_UNITS and any(
        c.dep_ == "nummod" for c in noun.children)
    if amount and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ == "NOUN" and relcl.i > noun.i and any(
                c.lower_ in lx.RELATIVE_PRONOUNS and c.i < relcl.i for c in relcl.children):
        return noun.head.head
    return noun


def antecedents(relcl: Token, depth: int) -> list[Token]:
    """What a relative clause is about: its noun, or the subject where the noun is a copula's attribute
    ("X is a footballer who plays for Y" -> X plays for Y)."""
    noun = relative_noun(relcl)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if noun.dep_ == "attr" and indefinite and noun.head.lemma_ == "be" and noun.head.pos_ in ("AUX", "VERB"):
        subs, _ = subjects_of(noun.head, depth + 1)
        if subs:
            return subs
    return conjuncts(noun)


def relation_tokens(verb: Token) -> list[Token]:
    """Auxiliaries, negation, adverbs right before the verb ("has often said"), the verb and its particle."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    toks = list(own)
    left = verb.i - 1
    doc = verb.doc
    while left >= 0 and doc[left].head == verb and (
            doc[left].dep_ in ("aux", "auxpass", "neg") or doc[left].dep_ == "advmod" and doc[left].pos_ == "ADV"
            and doc[left].lower_ not in lx.WH_ADVERBS):
        if doc[left].dep_ == "advmod" and (own or left > 0 and not doc[left].is_sent_start
                                           and doc[left - 1].dep_.startswith("nsubj")):
            toks.append(doc[left])
        left -= 1
    toks.append(verb)
    toks += particles_of(verb)
    return sorted(set(toks), key=lambda t: t.i)


PARTICLE_ADVERBS = frozenset("out off away back down up".split())


def particles_of(verb: Token) -> list[Token]:
    """The verb's particles: "pulled out", and an adverb read as one right after the verb ("walked out on Monday")."""
    return [c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLE_ADVERBS and not any(
            g.dep_ == "prep" for g in c.children))]


def verb_lemma(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    if verb.lower_ == "born" and verb.tag_ == "VBN":
        lemma = "born"      # "was born in": the passive is its own predicate, not a form of "bear"
    particles = [c.lower_ for c in particles_of(verb)]
    return "_".join([lemma, *particles])


# Factuality

# Adverbs that report what the writer does not assert: "China reportedly sent troops".
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
# Nouns of a plan or an intention whose infinitive is the act intended: "has no plans to amend the act".
INTENTION_NOUNS = frozenset("""plan intention intent desire wish interest aim ambition attempt effort bid move
proposal decision promise pledge commitment threat offer readiness willingness""".split())
# Verbs by which the planner holds or makes known its plan: "has no plans to", "announced plans to".
INTENTION_HOLDERS = frozenset("have announce unveil outline make reveal confirm signal express detail".split())
# Adjectives whose infinitive is not (yet) done: "is unlikely to send", "is set to approve"; and those that deny it.
# ("was able to reach" tells that it did: "able" is not one of them.)
PROSPECT_ADJECTIVES = frozenset("""likely unlikely expected set poised due ready willing eager keen prepared
certain sure bound determined inclined reluctant hesitant""".split())
UNABLE_ADJECTIVES = frozenset("unable unwilling loath".split())


def negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in verb.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and none_of(c) is not None for c in verb.children):
        return True     # "None of the banks commented": each of them did not
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr") and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(d.lower_ == "no" for d in c.children):
            return True     # "would no longer be able to"
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" and paired(d) or d.dep_ == "cc" and
                                                    d.lower_ == "nor" for d in c.children):
            return True     # "Neither Vexa nor Lumora commented": each of them did not
    return False


def none_of(subj: Token) -> Token | None:
    """The noun a negative quantifier picks from ("none of the banks", "neither of them" -> banks, them)."""
    if subj.lower_ not in ("none", "neither"):
        return None
    return next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def hearsay(verb: Token) -> bool:
    """ "reportedly sent", "allegedly bribed": the writer reports the act, does not assert it."""
    return any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in verb.children)


def raised_report(verb: Token) -> bool:
    """ "Iran is believed to have supplied ...", "X is said to be ...": a passive verb of saying or believing whose
    subject is the complement's, not the one who says it."""
    return verb.lemma_.lower() in lx.REPORTING_VERBS | {"allege", "rumour", "rumor", "understand", "know", "expect"} \
        and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb ("is believed by US officials": officials), if it names one."""
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def short_of(verb: Token) -> Token | None:
    """ "stopped short of blaming Russia", "fell short of accusing X": the verb that stops short, whose subject did
    not do the act (None for any other clause)."""
    prep = verb.head
    short = prep.head
    if verb.dep_ != "pcomp" or prep.lower_ != "of" or short.lower_ != "short" or short.head.pos_ != "VERB" \
            or short.head.lemma_.lower() not in ("stop", "fall", "come"):
        return None
    return short.head


def intended_act(verb: Token) -> tuple[Token, Token] | None:
    """(the noun, the verb holding it) for the act of a plan or intention its holder has or makes known: "has no
    plans to amend" (amend: plans, has), "has no intention of recognising", "announced plans to cut jobs"."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.dep_ == "prep" and noun.lower_ == "of":
        noun = noun.head
    elif not (verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    holder = noun.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENTION_NOUNS or noun.dep_ != "dobj" \
            or holder.pos_ not in ("VERB", "AUX") or holder.lemma_.lower() not in INTENTION_HOLDERS:
        return None
    return noun, holder


def is_hypothetical(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in lx.MODAL_HYPOTHETICAL for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return True
    if any(c.dep_ == "advcl" and conditional(c) for c in verb.children):
        return True     # "If Boeing wins, Airbus will sue": the main clause of a condition is not asserted either
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "cc" and d.lower_ == "or" for d in c.children)
           for c in verb.children):
        return True     # "Vexa or Lumora will buy the plant": a disjunction asserts neither of them
    return ends_with_question(verb)


def conditional(clause: Token) -> bool:
    """Whether an adverbial clause states a condition ("if", "unless"), not a concession ("even if") or a
    comparison ("as if")."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
            before = c.nbor(-1) if c.i > 0 else None
            return not (before is not None and before.lower_ in ("even", "as", "only") and before.i != clause.i)
    return False


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """The indices of the first and the last token of the token's sentence.

    The sentence starts are read once per Doc (Token.sent builds a Span, and a walk to the sentence's ends made
    a Token of every word on the way, for every clause)."""
    doc = tok.doc
    starts = arrays(doc).sent_starts
    k = bisect.bisect_right(starts, tok.i)
    return (starts[k - 1] if k else 0), (starts[k] - 1 if k < len(starts) else len(doc) - 1)


def sentence_length(tok: Token) -> int:
    """The number of tokens in the token's sentence."""
    start, end = sentence_bounds(tok)
    return end - start + 1


def ends_with_question(tok: Token) -> bool:
    """Whether the token's sentence ends in a question mark."""
    doc = tok.doc
    i = sentence_bounds(tok)[1]
    while i > tok.i and doc[i].is_punct and doc[i].text != "?":
        i -= 1
    return doc[i].text == "?"


# Nouns whose "that" clause is a claim, not a fact: "reports that ...", "the allegation that ..."
CONTENT_NOUNS = frozenset("report claim allegation rumour rumor suggestion speculation accusation assertion".split())


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
    if lemma in lx.DENIAL_VERBS:
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
        mod, speaker = Modality.REPORTED, who or speaker
    elif verb_lemma(governor) in lx.EXCLUSION_VERBS and dep in ("xcomp", "ccomp"):
        if negated(governor):
            pol = parent.polarity    # "has not ruled out sending troops": kept open, not done
            mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod
        else:
            pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    elif (lemma in lx.NEGATIVE_VERBS or verb_lemma(governor) in lx.NEGATIVE_PARTICLE_VERBS) and dep == "xcomp" \
            or yet_to(governor, dep):
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    elif lemma in lx.REQUEST_VERBS and (dep == "xcomp" or lemma != "tell"):
        mod = Modality.REQUESTED
    elif lemma in SCHEDULED_VERBS and dep == "xcomp" and any(c.dep_ == "auxpass" for c in governor.children):
        mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod    # "is set to approve": not yet done
    elif lemma == "agree" and dep == "xcomp":
        mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod    # "agreed to resume talks": a commitment
    elif lemma in lx.REPORTING_VERBS and dep in ("ccomp", "parataxis", "xcomp", "dobj"):
        mod, speaker = Modality.REPORTED, who or speaker
        if pol is Polarity.NEGATIVE and dep in ("ccomp", "parataxis"):
            # "has not said whether it will appeal", "has yet to confirm that Ukraine struck the base": what is
            # not said is neither said nor denied
            pol, mod = Polarity.POSITIVE, Modality.HYPOTHETICAL
    elif lemma in FINDING_VERBS and dep == "ccomp":
        mod, speaker = Modality.REPORTED, who or speaker     # "the inquiry found that ...": its finding
    elif lemma in SEEMING_VERBS and dep == "ccomp":
        mod = Modality.HYPOTHETICAL if mod is Modality.ASSERTED else mod    # "made it appear that X had ..."
    elif lemma in lx.HYPOTHETICAL_VERBS or lemma == "accuse":
        if lemma == "accuse":
            mod, speaker = Modality.REPORTED, who or speaker
        else:
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


# Verbs of finding and ruling: their "that" clause is the finder's conclusion, reported ("a court ruled that ...").
FINDING_VERBS = frozenset("find conclude rule determine establish judge".split())
# Verbs of seeming: their "that" clause is an appearance, not asserted ("it appears that", "made it seem that").
SEEMING_VERBS = frozenset("appear seem look sound".split())

# Passive verbs of scheduling: "is set to", "is scheduled to", "is slated to".
SCHEDULED_VERBS = frozenset("set schedule slate poise timetable".split())
QUESTION_VERBS = frozenset("ask wonder question inquire enquire".split())


def asks_question(verb: Token) -> bool:
    """Whether a verb's clausal complement is an indirect question ("asked whether ...", "asked if ...")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for c in verb.children)


def yet_to(governor: Token, dep: str) -> bool:
    """ "has yet to sign", "is yet to decide", "remains yet to be approved": the complement has not happened."""
    return dep == "xcomp" and governor.lemma_.lower() in ("have", "be", "remain") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children)


# Verbs of expectation: the complement is the subject's belief about what will happen.
EXPECTATION_VERBS = frozenset("expect anticipate forecast".split())


def own_factuality(verb: Token, ctx: Context) -> tuple[Polarity, Modality]:
    pol, mod = ctx.polarity, ctx.modality
    if negated(verb):
        pol = Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE
    if is_hypothetical(verb) and mod is Modality.ASSERTED:
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


# Verb clauses

PrepLink = tuple[list[Token], Token]      # the preposition's words ("out of") and the head of its object


def prep_links(verb: Token) -> list[PrepLink]:
    """Prepositional dependents of a predicate: "at X", and two-word ones, "close to X", "out of X"."""
    out: list[PrepLink] = []
    for c in verb.children:
        if c.dep_ in ("prep", "agent") or c.dep_ == "dative" and c.pos_ == "ADP":    # "supply engines for X"
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            second = [g for g in objs if g.dep_ == "pcomp" and g.pos_ == "ADP" and g.i == c.i + 1]
            pobjs = [g for g in objs if g.dep_ == "pobj"]
            if second and pobjs:
                out.append(([c, second[0]], pobjs[0]))     # "because of the strike": the pcomp is the second word
                continue
            if objs:
                out.append(([c], objs[0]))
                continue
        elif not (c.dep_ in ("advmod", "prt") and c.i > verb.i and c.pos_ in ("ADV", "ADP", "ADJ")):
            continue
        for q in c.children:
            qobjs = [g for g in q.children if g.dep_ in ("pobj", "pcomp")] if q.dep_ == "prep" else []
            if qobjs and q.i > c.i:
                out.append(([c, q], qobjs[0]))
                break
    return out


def is_adjunct(link: PrepLink, verb: Token) -> bool:
    """A time phrase, or a phrase before the verb ("In 1717, ..."): an extra argument, not the relation's."""
    words, obj = link
    if words[0].lower_ == "with" and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in obj.children):
        return True     # "with fears mounting that ...": an absolute construction
    return (words[0].i < verb.i or words[0].lower_ in lx.ADJUNCT_PREPS or obj.ent_type_ in ("DATE", "TIME")
            or (obj.pos_ in ("VERB", "AUX") and words[0].lower_ not in ("of", "by", "to", "for", "about", "into")))


def link_tokens(link: PrepLink) -> list[Token]:
    words, obj = link
    return [*words, *arg_tokens(obj)]


def by_position(tokens) -> list[Token]:
    return sorted(set(tokens), key=lambda t: t.i)


def surface_relation(verb: Token, rel: list[Token]) -> tuple[list[Token], str]:
    """The relation as Open IE annotators write it: the governing control verb ("attempted to popularize"),
    without the participle's "having", and "be" for a bare passive participle ("built", "being built")."""
    toks = [t for t in rel if not (t.head == verb and t.dep_ in ("aux", "auxpass") and t.lower_ in ("having", "being"))]
    # "was not a success", "is n't ready": the negation after a copula is the relation's
    if verb.lemma_ == "be":
        toks += [c for c in verb.children if c.dep_ == "neg" and c.i > verb.i and c not in toks]
    prefix = ""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and (not auxes or all(a.lower_ == "being" for a in auxes)) and verb.dep_ != "xcomp" and \
            not misread_main_verb(verb) and \
            (any(a.lower_ == "being" for a in auxes) or verb.dep_ in ("acl", "advcl", "conj", "relcl")):
        if verb.dep_ != "conj" or verb.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children):
            prefix = "be"
    head = verb
    while head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and subject_controlled(head) \
            and not noun_infinitive(head):
        head = head.head
        toks = relation_tokens(head) + toks
    return by_position(toks), prefix


LINKING_VERBS = frozenset("be become remain".split())


def noun_infinitive(xcomp: Token) -> bool:
    """ "He became the first African to win the award", "was the last player to leave": an infinitive the parser hung
    on a linking verb right after its noun says what the noun did; "became to win" is no relation."""
    head = xcomp.head
    return head.lemma_.lower() in LINKING_VERBS and any(
        c.dep_ in ("attr", "dobj") and c.i < xcomp.i and c.right_edge.i + 1 == xcomp.left_edge.i for c in head.children)


def subject_controlled(xcomp: Token) -> bool:
    """ "tried to leave": the governing verb has no object, so its subject is the complement's."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children) and \
        not any(c.dep_ in ("dobj", "dative") for c in xcomp.head.children)


def verb_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """Clauses for one verbal or copular predicate.

    A plural pronoun that takes up a coordinated subject ("Vexa and Lumora said they welcomed the ruling") gives
    the graph one clause per conjunct; Open IE keeps the pronoun as the text writes it.
    """
    out = own_verb_clauses(verb, ctx)
    if verb.dep_ == "acl" and participle_name(verb.head) is not None:
        # "a group calling itself ShadowKite": the graph takes the name for the group, and states no calling
        return [replace(c, use="openie") for c in out if c.use != "graph"]
    if raised_report(verb) and agent_of(verb) is None:
        # "Iran is believed to have supplied drones": nobody named believes it, Iran least of all
        out = [replace(c, use="openie") for c in out if c.use != "graph"]
    pronouns = [c.subj_head for c in out if c.subj_head is not None and c.subj_head.head == verb]
    members = plural_antecedents(pronouns[0], verb, subjects_of) if pronouns else []
    if not members:
        return out
    spread = []
    for c in out:
        if c.subj_head is None or c.subj_head.i != pronouns[0].i:
            spread.append(c)
            continue
        if c.use in ("both", "openie"):
            spread.append(replace(c, use="openie"))
        if c.use in ("both", "graph"):
            speakers = {m.i for m in members}
            spread += [replace(c, subj=arg_tokens(m), subj_head=m, inherited=True, use="graph",
                               speaker=m if c.speaker is not None and c.speaker.i in speakers else c.speaker)
                       for m in members]
    return spread


def own_verb_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """Clauses for one verbal or copular predicate, subjects as the parse gives them."""
    subjects, inherited = subjects_of(verb)
    if not subjects:
        return []
    if verb.dep_ == "acl" and attributes(verb):
        return [attribution_clause(verb, ctx)]
    pol, mod = own_factuality(verb, ctx)
    rel = relation_tokens(verb)
    surface, prefix = surface_relation(verb, rel)
    children = list(verb.children)
    # (not the source of a final attribution, ", the two companies announced"; not a complementizer "that")
    dobjs = [c for c in children if c.dep_ in OBJECT_DEPS and final_attribution(c) is None and not (
        c.lower_ == "that" and c.tag_ == "WDT" and c.i < verb.i and verb.dep_ == "ccomp")] or [
        c for c in children if c.dep_ == "npadvmod" and c.i > verb.i and c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")
        and verb.lemma_ != "be"] or [   # "fell 4 percent": the amount is the object
        g for c in children if c.dep_ == "advmod" and c.i > verb.i and verb.lemma_ != "be" for g in c.children
        if g.dep_ == "npadvmod" and verb.i < g.i < c.i and g.ent_type_ in ("PERCENT", "MONEY")]
    # ("fell 3 percent ahead of its results": the parser hangs the amount on the adverb after it; not a distance
    # that measures the adverb, "was centred 12 km south of X")
    controlled = infinitive_object(verb) if not dobjs else None
    if controlled is not None:
        dobjs = [controlled]    # "urged Prime Minister X to intervene", read as "urged [X to intervene]"
    acomps = [c for c in children if c.dep_ == "acomp"]
    if not dobjs and not acomps and verb.lemma_ == "be":
        # "X is home to Y": a noun after the copula that the parser read as an adverb is its attribute
        dobjs = [c for c in children if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "NOUN" and c.i == verb.i + 1
                 and not c.ent_type_]
    datives = [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP"]
    links = prep_links(verb)
    times = [c for c in children if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME")]
    comps = [c for c in children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    predicate = verb_lemma(verb)
    is_copula = verb.lemma_ == "be"
    out: list[Clause] = []
    extras_base = [arg_tokens(t) for t in times]
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    use = "both"

    def subject_tokens(s: Token) -> list[Token]:
        toks = arg_tokens(s)
        if s.is_ancestor(verb):
            # "relationships involving two women": the clause is not part of its own subject
            toks = trim([t for t in toks if t.i not in inside])
        return toks

    def make(obj_head: Token | None, rel_toks: list[Token], pred: str, obj: list[Token] | None,
             extras: list[list[Token]], kind: str = "verb", surface_rel: list[Token] | None = None,
             surface_obj: list[Token] | None = None) -> None:
        for s in subjects:
            out.append(Clause(kind=kind, rel=rel_toks, predicate=pred, subj=subject_tokens(s), obj=obj,
                              extras=[e for e in extras if e], subj_head=s, obj_head=obj_head, verb=verb,
                              polarity=pol, modality=mod, speaker=ctx.speaker, inherited=inherited,
                              surface_rel=surface_rel if surface_rel is not None else surface,
                              surface_prefix=prefix, surface_obj=surface_obj, use=use))

    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "Activision, led by Bobby Kotick": a passive participle with an agent is an active clause
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents and verb.head.pos_ in ("NOUN", "PROPN"):
            for a in conjuncts(agents[0]):
                out.append(Clause(kind="verb", rel=rel + [c for c in children if c.dep_ == "agent"],
                                  predicate=predicate, subj=arg_tokens(a), obj=subject_tokens(verb.head),
                                  subj_head=a, obj_head=verb.head, verb=verb, polarity=pol, modality=mod,
                                  speaker=ctx.speaker, inherited=True,
                                  rel_text_override=" ".join(t.text for t in rel) + " by", use="graph"))
            # Open IE keeps the passive reading, "Activision | be led by | Bobby Kotick", below
            use = "openie"
    if verb.dep_ == "relcl":
        # "an attack, which Kyiv has denied": the relative pronoun stands for the noun the clause modifies
        dobjs = [relative_noun(verb) if c.lower_ in lx.RELATIVE_PRONOUNS else c for c in dobjs]
        own_subject = [c for c in children if c.dep_ == "nsubj" and c.lower_ not in lx.RELATIVE_PRONOUNS]
        if (not dobjs and own_subject and not is_copula and not comps and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                and not any(c.lower_ in ("where", "when", "why", "how") or c.dep_ in ("dative", "nsubjpass")
                            for c in verb.subtree if c.i < verb.i or c.head == verb)
                and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i):
            dobjs = [verb.head]     # "the peninsula Moscow annexed in 2014": a zero relative is the object
    kind = "copula" if is_copula else "verb"
    if not dobjs and not datives and not links and not comps and verb.lemma_.lower() not in lx.INTRANSITIVE_VERBS:
        # "bought and sold shares": the object after the last of two coordinated verbs is both verbs'
        nxt = [c for c in children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i + 1
               and verb.doc[verb.i + 1].dep_ == "cc" and all(verb.doc[j].dep_ == "advmod" and verb.doc[j].head == c
                                                             for j in range(verb.i + 2, c.i))]
        # ("criticised and then fined the firm": adverbs of the second verb may stand between them)
        if nxt:
            # not "had not been consulted and threatened a strike" (a passive has no object to share), nor a
            # verb the parser hung here that is coordinated higher up ("were to blame and accused the agency")
            if not any(c.dep_ == "auxpass" for c in children) and not misattached_conjunct(nxt[0]):
                dobjs = [c for c in nxt[0].children if c.dep_ == "dobj"]
        elif verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == "," and not any(
                c.dep_ == "auxpass" for c in children) and listed_verbs_object(verb):
            dobjs = listed_verbs_object(verb)
        elif not is_copula:
            misread = time_phrase_object(verb)
            if misread is not None:
                return [Clause(kind="verb", rel=rel, predicate=predicate, subj=subject_tokens(s), obj=misread,
                               subj_head=s, obj_head=misread[-1], verb=verb, polarity=pol, modality=mod,
                               speaker=ctx.speaker, inherited=inherited, use="graph") for s in subjects]
    if dobjs or datives:
        main_objs = dobjs or datives
        obj0 = main_objs[0]
        by = nominal_agent(verb, obj0) if dobjs and not is_copula else None
        if by is not None:      # "repelled an attack by the rebels": the object's own agent, no extra
            links = [k for k in links if k[0][0].i != by.i]
        named = named_after_description(verb, obj0) if dobjs and not is_copula else None
        extras = extras_base + [link_tokens(k) for k in links]
        if dobjs and datives:
            extras = [arg_tokens(datives[0])] + extras
        light = light_verb_object(verb, obj0) if dobjs else None
        if light is not None:
            pred, noun_toks, (words, target) = light
            if words[0].head.i == verb.i:   # "filed a lawsuit against X" with "against" hung on the verb
                extras = [e for e in extras if e[0].i != words[0].i]
            if pred is not None:
                # "made an appeal to the public" -> appeal_to(president, the public)
                for o in conjuncts(target):
                    make(o, by_position(rel + noun_toks + words), pred, arg_tokens(o), extras, kind,
                         by_position(surface + noun_toks + words))
            else:
                # "filed charges against X": the graph keeps file(charges against X), Open IE reads
                # "filed charges against" as the relation
                make(obj0, rel, predicate, by_position(arg_tokens(obj0) + link_tokens((words, target))), extras, kind,
                     by_position(surface + noun_toks + words), arg_tokens(target))
                use = "openie"      # "makes software for hospitals and schools": Open IE prints each member
                for o in conjuncts(target)[1:]:
                    make(obj0, rel, predicate, by_position(arg_tokens(obj0) + link_tokens((words, target))), extras,
                         kind, by_position(surface + noun_toks + words), arg_tokens(o))
            return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited)
        if named is not None:   # "beat world number one Aryna Sabalenka": the name is the object
            make(named, rel, predicate, by_position(arg_tokens(obj0) + [t for t in named.subtree if t.i <= named.i]),
                 extras, kind)
            return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited)
        oprd = next((c for c in dobjs if c.dep_ == "oprd" and c.i > obj0.i), None) if (
            obj0.dep_ == "dobj" and obj0.pos_ != "PROPN" and not is_copula and use == "both"
            and verb.lemma_.lower() not in APPOINTING_VERBS) else None
        start = len(out)
        for o in conjuncts(obj0):
            obj_toks = arg_tokens(o)
            if by is not None and o.i == obj0.i:
                obj_toks = by_position(obj_toks + list(by.subtree))
            bare = bare_attribute(o) if is_copula else None
            if bare is not None:    # "is home to X", "is part of Y": Open IE reads the bare noun into the relation
                kept = use
                for target in conjuncts(bare[1]):
                    make(o, rel, copula_predicate(o), obj_toks, extras, kind, by_position([*surface, o, bare[0]]),
                         arg_tokens(target))
                    use = "openie" if use == "both" else use    # the graph keeps one statement
                use = kept
                continue
            make(o, rel, copula_predicate(o) if is_copula else predicate, obj_toks, extras, kind)
        if oprd is not None:
            # "called it a gimmick", "named the strike illegal": what the graph states is the whole predication,
            # call(X, "it a gimmick"), not call(X, it); Open IE keeps the object as the parse gives it
            out[start:] = [replace(c, use="openie") for c in out[start:]]
            make(oprd, rel, predicate, by_position(arg_tokens(obj0) + arg_tokens(oprd)), extras, kind)
            out[-len(subjects):] = [replace(c, use="graph") for c in out[-len(subjects):]]
        # a request or control verb with an xcomp: asked Putin to recognise ...
        return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited)
    if acomps:
        for a in acomps:
            obj = arg_tokens(a)
            extras = extras_base + [link_tokens(k) for k in links]
            pred = "be_" + a.lemma_.lower() if is_copula else predicate
            # "remains distinct from X": Open IE reads the adjective's preposition into the relation
            alinks = [k for k in prep_links(a) if k[0][0].i > a.i]
            s_rel = s_obj = None
            if alinks and len(obj) <= 4 + len(link_tokens(alinks[0])):
                s_rel = by_position([*surface, *[t for t in obj if t.i < alinks[0][0][0].i], *alinks[0][0]])
                s_obj = arg_tokens(alinks[0][1])
            make(a, rel, pred, obj, extras, kind, s_rel, s_obj)
        return out
    post = [k for k in links if k[0][0].i > verb.i]
    core = [k for k in post if not is_adjunct(k, verb)]
    if any(c.dep_ == "ccomp" for c in comps) and verb.lemma_.lower() in lx.REPORTING_VERBS:
        for words, head in core[:1]:
            if [w.lower_ for w in words] == ["to"] and head.pos_ in ("NOUN", "PROPN", "PRON") and \
                    head.ent_type_ not in ("DATE", "TIME") and use == "both":
                # '"...," Harrington wrote to staff', "said to reporters that ...": the graph also states whom
                # the words were addressed to, as "told reporters" does
                start = len(out)
                for o in conjuncts(head):
                    make(o, by_position(rel + words), f"{predicate}_to", arg_tokens(o), extras_base, kind)
                out[start:] = [replace(c, use="graph") for c in out[start:]]
        core = []   # "said at the summit that ...": what is said is the object, the place an extra argument
    if core or post and not comps:
        # the relation's own preposition: the first that is not a time or an adjunct clause
        first = core[0] if core else post[0]
        words, head = first
        extras = extras_base + [link_tokens(k) for k in links if k is not first]
        prep_word = "by" if words[-1].dep_ == "agent" else "_".join(w.lower_ for w in words)
        pred = f"{predicate}_{prep_word}" if not is_copula else f"be_{prep_word}"
        rel_toks = by_position(rel + words)
        if words[-1].dep_ == "agent" and core and use == "both":
            # "The dam was operated by Vale": the graph states it actively, operate(Vale, the dam);
            # Open IE keeps the passive reading below
            use = "openie"
            for o in conjuncts(head):
                for s in subjects:
                    out.append(Clause(kind="verb", rel=rel_toks, predicate=predicate, subj=arg_tokens(o),
                                      obj=subject_tokens(s), extras=[e for e in extras if e], subj_head=o,
                                      obj_head=s, verb=verb, polarity=pol, modality=mod, speaker=ctx.speaker,
                                      inherited=inherited, use="graph"))
        agent = next((k for k in core[1:] if k[0][-1].dep_ == "agent"), None)
        if agent is not None and use == "both" and any(c.dep_ == "nsubjpass" for c in children):
            # "The contract was awarded to Thales by the government": the graph states it actively,
            # award(the government, the contract), with "to Thales" as a further argument
            for o in conjuncts(agent[1]):
                for s in subjects:
                    out.append(Clause(kind="verb", rel=by_position(rel + agent[0]), predicate=predicate,
                                      subj=arg_tokens(o), obj=subject_tokens(s),
                                      extras=[e for e in extras_base + [link_tokens(k) for k in links if k is not agent]
                                              if e],
                                      subj_head=o, obj_head=s, verb=verb, polarity=pol, modality=mod,
                                      speaker=ctx.speaker, inherited=inherited, use="graph"))
            use = "openie"      # (not "the contract | award_to | Thales": a contract awards nothing)
        for o in conjuncts(head):
            if core:
                make(o, rel_toks, pred, arg_tokens(o), extras, kind, by_position(surface + words))
            else:
                # "was readmitted in 1841": Open IE keeps the time's preposition with it
                make(o, rel_toks, pred, arg_tokens(o), extras, kind, surface, [*words, *arg_tokens(o)])
        return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited)
    extras = extras_base + [link_tokens(k) for k in links]
    fors = [(c, for_infinitive(c)) for c in children if for_infinitive(c) is not None]
    if fors and not comps:
        # "called for the minister to resign": call_for(X, the minister to resign)
        clause, mark = fors[0]
        return out + comp_objects(verb, subjects, [clause], by_position(rel + [mark]), f"{predicate}_for", pol, mod,
                                  ctx, inherited, extras)
    if comps:
        return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited, extras)
    if not is_copula:
        make(None, rel, predicate, None, extras)
    return out


def bare_attribute(noun: Token) -> tuple[Token, Token] | None:
    """ "is home to", "is part of": a copula's singular noun with no article, no modifier and a preposition right after
    it. Returns the preposition and the head of its object."""
    kids = list(noun.children)
    if noun.tag_ != "NN" or noun.ent_type_ or len(kids) != 1 or kids[0].dep_ != "prep" or kids[0].i != noun.i + 1:
        return None
    pobjs = [g for g in kids[0].children if g.dep_ == "pobj"]
    return (kids[0], pobjs[0]) if pobjs else None


def listed_verbs_object(verb: Token) -> list[Token]:
    """ "designs, builds and sells buses": the object after the last of a comma list of verbs is every verb's, when
    nothing but commas, the conjunction and adverbs stands between them."""
    doc, cur = verb.doc, verb
    while True:
        nxt = [c for c in cur.children if c.dep_ == "conj" and c.i > cur.i + 1 and (c.pos_ == "VERB" or c.tag_ == "NNS"
               and all(g.dep_ in ("conj", "cc", "punct") for g in c.children)) and all(
            doc[j].text == "," or doc[j].dep_ == "cc" or doc[j].dep_ == "advmod" and doc[j].head == c
            for j in range(cur.i + 1, c.i))]
        if not nxt or any(c.dep_ in SUBJECT_DEPS for c in nxt[0].children) or misattached_conjunct(nxt[0]):
            return []
        cur = nxt[0]
        objs = [c for c in cur.children if c.dep_ == "dobj" and c.i > cur.i]
        if objs:
            return objs if cur.i > verb.i + 2 and any(doc[j].dep_ == "cc" for j in range(verb.i, cur.i)) else []
        if any(c.dep_ in ("prep", "dative", "ccomp", "xcomp", "attr", "acomp") for c in cur.children):
            return []


def attribution_clause(verb: Token, ctx: Context) -> Clause:
    """ "SkyNordic has ordered 60 jets, the two companies announced on Tuesday.": announce(the two companies, the
    sentence before the comma), its prepositional phrases as further arguments."""
    source, main = verb.head, verb.head.head
    inside = {t.i for t in source.subtree}
    said = trim([t for t in arg_tokens(main, skip={"punct", "cc", "conj", "preconj", "parataxis"}) if t.i not in inside])
    rel = relation_tokens(verb)
    return Clause(kind="comp", rel=rel, predicate=verb_lemma(verb), subj=trim([t for t in arg_tokens(source)
                                                                               if t.i < verb.i]), obj=said,
                  extras=[link_tokens(k) for k in prep_links(verb)], subj_head=source, obj_head=main, verb=verb,
                  polarity=ctx.polarity, modality=ctx.modality, speaker=ctx.speaker)


def light_verb_object(verb: Token, obj: Token) -> tuple[str | None, list[Token], PrepLink] | None:
    """ "made an appeal to X", "filed charges against X": a light verb whose object noun, with its
    preposition, carries the relation. Returns the predicate (None when the noun is not an event noun
    we can name a verb for), the noun phrase's words and the preposition."""
    if verb.lemma_.lower() not in lx.LIGHT_VERBS or obj.pos_ != "NOUN":
        return None
    noun = obj.lemma_.lower()
    verb_name = lx.LIGHT_NOUNS.get(noun) or lx.NOMINALISATIONS.get(noun)
    links = [k for k in prep_links(obj) if k[0][0].i == obj.i + 1 and not is_adjunct(k, obj)] or [
        k for k in prep_links(verb) if verb_name and k[0][0].i == obj.right_edge.i + 1 == obj.i + 1
        and k[0][0].lower_ in ("against", "on", "to", "with", "for", "into", "over") and k[1].pos_ == "PROPN"
        and k[1].ent_type_ in AGENT_ENTS]
    # (the parser may hang the noun's phrase on the verb: "filed a lawsuit against Rivian")
    if not links or any(c.dep_ in ("conj", "relcl", "acl") for c in obj.children):
        return None
    if any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in obj.children) or obj.ent_type_ in lx.QUANTITY_TYPES:
        return None     # "took 54 percent of the vote": a quantity is the object itself
    words, target = links[0]
    if target.ent_type_ in lx.QUANTITY_TYPES or any(c.dep_ in ("nummod", "quantmod") for c in target.children):
        return None     # "made a bid of 80 million euros": the noun's amount, not a counterpart
    if noun in lx.CONTENT_LIGHT_NOUNS and words[0].lower_ in lx.TOPIC_PREPS:
        return None     # "issued a statement on climate change": a topic, no counterpart of "state"
    if verb_name and words[-1].lower_ in lx.TRANSITIVE_LIGHT_NOUNS.get(noun, ()):
        pred = verb_name    # "filed a lawsuit against X" -> sue(X), "paid a visit to X" -> visit(X)
    else:
        pred = "_".join([verb_name, *(w.lower_ for w in words)]) if verb_name else None
    noun_toks = [t for t in obj.subtree if t.i <= obj.i]
    return pred, noun_toks, links[0]


def comp_objects(verb: Token, subjects: list[Token], comps: list[Token], rel: list[Token], predicate: str,
                 pol: Polarity, mod: Modality, ctx: Context, inherited: bool,
                 extras: list[list[Token]] | None = None) -> list[Clause]:
    """Clauses whose object is a complement clause: "said that ...", "considering recognizing ...", "asked X to ..."."""
    out = []
    surface, prefix = surface_relation(verb, rel)
    for comp in comps:
        obj = arg_tokens(comp, skip={"punct", "cc", "conj", "preconj", "parataxis"})
        if comp.dep_ == "ccomp":
            obj = [t for t in obj if not (t.dep_ == "mark" and t.head == comp and t.lower_ in ("that",))] or obj
            controlled = infinitive_object(verb)
            if controlled is not None and controlled.head.i == comp.i:
                obj = [t for t in obj if not controlled.left_edge.i <= t.i <= controlled.right_edge.i] or obj
        # Open IE shows "tried to leave" as one relation (see surface_relation), not "tried" + "to leave"
        use = "graph" if comp.dep_ == "xcomp" and subject_controlled(comp) else "both"
        for s in subjects:
            subj = arg_tokens(s)
            if s.is_ancestor(verb):     # "Its president, X, called for ...": the clause is not part of its subject
                subj = trim([t for t in subj if not verb.left_edge.i <= t.i <= verb.right_edge.i])
            out.append(Clause(kind="comp", rel=rel, predicate=predicate, subj=subj, obj=trim(obj),
                              extras=[e for e in extras or [] if e], subj_head=s, obj_head=comp, verb=verb,
                              polarity=pol, modality=mod, speaker=ctx.speaker, inherited=inherited,
                              surface_rel=surface, surface_prefix=prefix, use=use))
    return out


def time_phrase_object(verb: Token) -> list[Token] | None:
    """ "Russia lost its own probe days earlier": the parser reads the object into the time phrase."""
    for child in verb.children:
        cands = [child] + [g for g in child.children if g.dep_ == "npadvmod"] if child.dep_ == "advmod" else [child]
        for t in cands:
            if t.dep_ != "npadvmod" or t.ent_type_ != "DATE":
                continue
            left = [x for x in t.subtree if x.i < t.i and x.ent_type_ != "DATE"]
            if left and left[0].dep_ in ("poss", "det") and any(x.pos_ in ("NOUN", "PROPN") for x in left):
                return left
    return None


def copula_predicate(attr: Token) -> str:
    """ "X is the head of Y" -> be_head_of ; "X is a member" -> be."""
    if attr.lemma_.lower() in lx.TITLE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in attr.children):
        return f"be_{attr.lemma_.lower()}_of"
    return "be"


# Nominal relations: appositions, titles, possessive nominalisations

def title_of_tokens(noun: Token, owner: Token | None = None, body: bool = False) -> tuple[str, Token] | None:
    """For a relational noun, the entity it relates to: "head of the DNR", "Kremlin spokesman", "Russian President";
    ``owner`` is the first conjunct whose modifiers a conjoined title shares ("her husband and coach"); ``body``: the
    noun describes an organisation, and may be one of another body too ("Israel's public broadcaster", "a unit of
    Telefonica", "1&1's parent company")."""
    lemma = noun.lemma_.lower()
    if body and lemma in BODY_RELATIONS or body and parent_company(noun):
        name = "parent_company" if parent_company(noun) else lemma
        return body_title(noun, name)
    if lemma not in lx.TITLE_NOUNS:
        return None
    name, within = title_name(noun), title_complement(noun)
    if within is not None:      # "chief of staff", "Secretary of State": the of-phrase is the title's own
        name = f"{name}_of_{within.lemma_.lower()}"
    fielded = field_title(noun)
    if within is None and fielded is not None:
        return f"{fielded[0].lower_}_{name}_of", body_head(fielded[1])
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
            for g in c.children:
                if g.dep_ != "pobj" or within is not None and g.i == within.i:
                    continue
                possessed = any(p.dep_ == "poss" for p in noun.children)
                if c.lower_ == "at" and (g.ent_type_ in ("GPE", "LOC", "FAC") or possessed) or (
                        possessed and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "NOUN" and not g.ent_type_)):
                    continue    # "the union's branch secretary at Kent", "Amnesty's director for Europe": where;
                                # "the Commission's vice-president for competition": a portfolio
                if c.lower_ == "for" and g.pos_ == "NOUN" and not g.ent_type_ and not any(
                        d.dep_ in ("det", "poss") for d in g.children):
                    continue    # "commissioner for competition", "minister for trade": a portfolio, no body
                body = unit_body(g)
                if body is not None:    # "the head of the WHO's emergencies unit": a unit of the WHO
                    return f"{g.lemma_.lower()}_{name}_of", body
                return f"{name}_of", body_head(g)
    # the nearest modifier before the title, also inside a multiword title ("ESA Director General")
    base = owner if owner is not None else noun
    owned = any(p.dep_ == "poss" and (p.lower_ in ("its", "their") or p.pos_ == "NOUN" and p.lemma_.lower() in
                                      ROLE_BODIES) for p in base.children)
    for c in sorted((t for t in base.subtree if t.i < base.i), key=lambda t: -t.i):
        if owned and c.dep_ in ("amod", "compound") and c.head.i == base.i and c.ent_type_ in ("NORP", "GPE"):
            continue    # "Its Canadian director", "the union's Scottish secretary", "its Peru country manager": the
                        # body's branch in a place
        if department(noun, c) and c.pos_ == "PROPN":
            continue    # "Oxfam's Asia chief": the region is the part of the body the title heads, not the body
        if (c.lower_ in lx.TITLE_NOUNS or c.lower_ in lx.TITLE_MODIFIERS) and c.dep_ != "poss" or c.is_punct \
                or c.dep_ in ("det", "case") or portfolio(noun, c):
            continue    # "Prime Minister", "Attorney General", "Foreign Minister": a title word is not the organisation
                        # (a possessor is: "Labour's candidate")
        if c.head.i != base.i and not (c.head.lower_ in lx.TITLE_NOUNS | lx.TITLE_MODIFIERS and c.head.i < base.i):
            continue    # a modifier of a modifier ("the Kherson regional governor") is not the title's
        if c.dep_ in ("compound", "poss", "amod", "nmod") and (c.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC")
                                                                 or c.pos_ == "PROPN"):
            if c.dep_ != "poss" and c.lower_ in ROLE_BODIES and len(entity_tokens(c)) == 1 and not c.n_lefts + c.n_rights:
                return None     # "Union president", "Party chairman": a capitalised common noun, no name
            return f"{name}_of", c
        if c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_BODIES):
            return f"{name}_of", c      # "the company's president", "its spokesman": resolved later
        if c.dep_ == "poss" and c.lower_ in ("his", "her") and (lemma in PERSONAL_TITLES or name in PERSONAL_TITLES
                                                                 or lemma in CABINET_TITLES):
            return f"{name}_of", c      # "his lawyer", "her spokeswoman": a person's representative; "his foreign
                                        # minister": in the state the person heads (kg.extract.rolefacts)
    return None


def field_title(noun: Token) -> tuple[Token, Token] | None:
    """ "head of research at Pellam Securities", "professor of economics at Leiden University": a title of a field
    (a bare common noun after "of") held at a named body; (field, body) or None. The head of a field is an officer
    of the body, not its head."""
    fields = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() not in BODY_NOUNS
              and (g.lemma_.lower() in PLACED_UNITS or not any(d.dep_ in ("det", "poss", "nummod") for d in g.children))]
    if len(fields) != 1:
        return None
    bodies = [g for h in (noun, fields[0]) for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ == "ORG"]
    return (fields[0], bodies[0]) if len(bodies) == 1 else None


# Nouns that describe an organisation as one of another body: "a unit of Telefonica", "Israel's public broadcaster".
BODY_RELATIONS = frozenset("""unit arm subsidiary affiliate division branch wing agency broadcaster regulator
partner""".split())


def parent_company(noun: Token) -> bool:
    """ "parent company", "parent group": the body that owns another."""
    return noun.lemma_.lower() in ("company", "group", "firm") and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "parent" for c in noun.children)


def described_name(noun: Token) -> Token | None:
    """The one name in apposition to a common noun that describes it ("the Swedish conglomerate Bergfors", "the
    consultancy Ekberg Partners"), or None."""
    names = [a for a in noun.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i == noun.i + 1 + sum(
        1 for t in noun.doc[noun.i + 1:a.i] if t.dep_ == "compound" and t.head.i == a.i)]
    return names[0] if noun.pos_ == "NOUN" and len(names) == 1 else None


def body_title(noun: Token, name: str) -> tuple[str, Token] | None:
    """The body an organisation's description relates it to, by a possessor that names one ("the EU's border
    agency", "its regulator") or an of-phrase ("the engineering arm of the German group Lufthansa")."""
    for c in noun.children:
        if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE") or c.lower_ in ("its", "their")):
            return f"{name}_of", c
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "GPE")
                                                                   or g.lemma_.lower() in BODY_NOUNS
                                                                   or described_name(g) is not None)]
            if objs:    # "of the German group Lufthansa": the name in apposition to the description
                named = [a for a in objs[0].children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                return f"{name}_of", named[0] if named else body_head(objs[0])
    return None


# Titles a person (not only a body) can have someone in: "his lawyer", "her spokesman".
PERSONAL_TITLES = frozenset("""lawyer attorney counsel solicitor barrister spokesman spokeswoman spokesperson
representative aide adviser advisor agent coach deputy chief_of_staff""".split())
# Nouns of bodies a title can be held in, as possessors: "the union's leader", "the ministry's spokesman".
ROLE_BODIES = frozenset("""company firm group bank party country agency union ministry government council committee
team club army military police court board commission authority regulator department office league federation
association organisation organization institute university school hospital airline carmaker business bloc alliance
coalition movement operator carrier lender insurer watchdog network broadcaster utility maker manufacturer
exchange fund trust charity foundation nation state region province city islands island territory republic
administration""".split())
# Parts of a body a title can be held in: "the head of the WHO's emergencies unit", "a member of Lufthansa's board".
UNIT_NOUNS = frozenset("unit division department arm board branch wing bureau office team section".split())


def unit_body(noun: Token) -> Token | None:
    """The named body a unit belongs to ("the WHO's emergencies unit" -> WHO, "the Airbus board" -> Airbus), or None
    for another noun or a unit of no named body."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in UNIT_NOUNS:
        return None
    names = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i
             and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE")) and c.ent_type_ not in ("PERSON", "NORP")
             and not (c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and noun.lemma_.lower() in PLACED_UNITS)]
    return names[-1] if len(names) == 1 else None


# Units a place before them locates, not owns: "the Lagos office", "the Paris bureau", "the Asia division".
PLACED_UNITS = frozenset("office bureau branch division unit section".split())


def title_name(noun: Token) -> str:
    """ "chief executive" -> chief_executive; a lower-case word after a title word belongs to the title too
    ("chief commercial officer"), one before it does not ("the regional governor")."""
    words = sorted((t for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i for t in c.subtree),
                   key=lambda t: t.i)
    parts, titled = [], False
    for t in words:
        if t.lower_ in lx.TITLE_NOUNS | lx.TITLE_MODIFIERS and t.lower_ not in FORMER_WORDS or portfolio(noun, t):
            parts.append(t.lower_)
            titled = True
        elif titled and t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("amod", "compound"):
            parts.append(t.lower_)
        elif department(noun, t):
            parts.append(t.lower_)
    return "_".join([*parts, noun.lemma_.lower()]).replace("-", "_")


def department(noun: Token, word: Token) -> bool:
    """ "flight" in "flight director", "research" in "the research chief", "regional" in "regional director": the
    part of a body a head's title is of (not a body itself: "the union chief", "the army chief")."""
    domain = word.dep_ == "compound" and word.pos_ == "NOUN" or (    # "regional", "medical": a relational adjective
        word.dep_ == "amod" and word.pos_ == "ADJ" and word.lower_.endswith(("al", "ic", "ive", "ary")))
    if (noun.lemma_.lower() in DEPARTMENT_HEADS and word.i == noun.i - 1 and word.head.i == noun.i
            and word.dep_ == "compound" and word.pos_ == "PROPN" and word.ent_type_ in ("GPE", "LOC")):
        return True     # "Africa director at Oxfam", "its Asia chief": the head of a region's part of the body
    return (noun.lemma_.lower() in DEPARTMENT_HEADS and word.i == noun.i - 1 and word.head.i == noun.i and domain
            and word.is_lower and word.is_alpha
            and word.lemma_.lower() not in ROLE_BODIES | BODY_NOUNS | lx.TITLE_NOUNS | lx.TITLE_MODIFIERS)


FORMER_WORDS = frozenset("former ex ex- erstwhile onetime one-time then retired previous late".split())


# Words before a title that say its holder does not hold it yet: "the next president of", "incoming chairman X"
FUTURE_WORDS = frozenset("next incoming future designate prospective would-be".split())


def _title_modifiers(noun: Token, name: Token | None) -> list[Token]:
    """The words that modify a title before it (and before the name it titles)."""
    words = [t for c in noun.children if c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i for t in c.subtree]
    if name is not None:
        words += [c for c in name.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    return words


def former(noun: Token, name: Token | None = None) -> bool:
    """ "the former governor", "ex-chairman", "Former President X": a role that is no longer held."""
    words = _title_modifiers(noun, name)
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.text in "-" and noun.i > 1:
        words.append(noun.doc[noun.i - 2])
    return any(t.lower_ in FORMER_WORDS or t.lower_.startswith("ex-") for t in words)


def future_office(noun: Token, name: Token | None = None, modality: Modality = Modality.ASSERTED) -> Modality:
    """The modality of a role whose title says it is not held yet ("the next president of the bank", "incoming
    chairman X", "president-elect X", "chief executive designate"): hypothetical; else ``modality``."""
    if modality is not Modality.ASSERTED:
        return modality
    doc = noun.doc
    elect = noun.lower_.endswith("-elect") or (
        noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].lower_ == "elect")
    after = [c for c in noun.children if c.i > noun.i and c.dep_ in ("amod", "advmod")]    # "chief executive designate"
    if elect or any(t.lower_ in FUTURE_WORDS for t in _title_modifiers(noun, name) + after):
        return Modality.HYPOTHETICAL
    return modality


def appos_clauses(tok: Token, ctx: Context) -> list[Clause]:
    """ "Denis Pushilin, the rebel head of the DNR" -> (Pushilin; is; the rebel head of the DNR) and head_of."""
    head = tok.head
    listed = listed_apposition(head)
    if listed is not None and listed.i == tok.i:
        return []       # "A, B and C", "three firms, A, B and C": a list, not an identity (see conjuncts)
    if tok.ent_type_ in ("GPE", "LOC") and head.ent_type_ in ("GPE", "LOC", "FAC"):
        return []       # "Darmstadt, Germany": a place in a larger one (kg.extract.implicit), not an identity
    after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if after is not None and after.pos_ == "VERB" and after.lemma_.lower() in lx.REPORTING_VERBS and not (
            head.dep_ == "nsubj" and head.head.i == after.i):
        return []       # "... its offer, a source close to the talks said": the source of a report, no apposition
                        # (but "Airbus chief officer X said": the subject of the saying)
    if bracketed(tok) and head.ent_type_ == "PERSON" and tok.ent_type_ == "ORG":
        # "Mayor Kai Wegner (CDU)": a body in brackets after a person's name is the party or body they are of
        return [Clause(kind="member", rel=[], predicate="member_of", subj=arg_tokens(head), obj=arg_tokens(tok),
                       subj_head=head, obj_head=tok, rel_text_override="is of", polarity=ctx.polarity,
                       modality=ctx.modality, speaker=ctx.speaker)]
    out = [Clause(kind="appos", rel=[], predicate="be", subj=arg_tokens(head), obj=arg_tokens(tok),
                  subj_head=head, obj_head=tok, rel_text_override="is", polarity=ctx.polarity, modality=ctx.modality,
                  speaker=ctx.speaker)]
    person, title = head, tok
    misattached = misattached_title(tok)
    if misattached is not None:
        out, person, title = [], tok, misattached   # "A spokeswoman for the operator, Hilde Moe": no identity
    elif head.pos_ == "NOUN" and tok.pos_ == "PROPN" or (
            head.lemma_.lower() in lx.TITLE_NOUNS and head.ent_type_ != "PERSON" and tok.ent_type_ == "PERSON"):
        person, title = tok, head   # "Its spokesman, Dmitry Peskov", "The British Secretary of State, James Tully'
    # an organisation described as one of another body: named so, or a name the noun says is a body's ("Frontex, the
    # EU's border agency"; not "partner", which a person can be)
    organisation = (person.ent_type_ in ("ORG", "GPE", "NORP") or person.pos_ == "NOUN" and person.lemma_.lower() in
                    ROLE_BODIES or person.pos_ == "PROPN" and not person.ent_type_ and title.lemma_.lower() in
                    BODY_RELATIONS - {"partner"}) and title.ent_type_ not in ("PERSON", "ORG", "GPE")
    titles = [(title, title_of_tokens(title, body=organisation))] + [
        (c, title_of_tokens(c) or title_of_tokens(c, owner=title)) for c in title.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(g.dep_ == "appos" for g in c.children)]
    # ("her husband and coach, X": each title of the pair; not "its chairman, X, and its chief economist, Y")
    for title, titled in titles:
        if not titled:
            continue
        pred, target = titled
        was = former(title)
        out.append(Clause(kind="title", rel=[], predicate=pred, subj=arg_tokens(person),
                          obj=possessor_tokens(target) if target.dep_ == "poss" else arg_tokens(target),
                          subj_head=person, obj_head=target,
                          rel_text_override=f"is {'former ' if was else ''}{pred[:-3].replace('_', ' ')} of",
                          polarity=ctx.polarity, modality=future_office(title, None, ctx.modality),
                          speaker=ctx.speaker,
                          qualifier="former" if was else None))
    return out


def bracketed(tok: Token) -> bool:
    """A phrase standing alone in brackets: "(CDU)"."""
    words = [t for t in tok.subtree if not t.is_punct]
    if not words:
        return False
    doc, start, end = tok.doc, words[0].i, words[-1].i
    return start > 0 and end + 1 < len(doc) and doc[start - 1].text == "(" and doc[end + 1].text == ")"


def misattached_title(tok: Token) -> Token | None:
    """ "A spokeswoman for the operator, Hilde Moe, said": the parser hangs the name on the title's object; the title
    it names the holder of, or None."""
    head = tok.head
    prep = head.head if head.dep_ == "pobj" else None
    if tok.ent_type_ != "PERSON" or head.ent_type_ == "PERSON" or prep is None or prep.dep_ != "prep" \
            or prep.lower_ not in ("of", "for", "at"):
        return None
    title = prep.head
    if title.pos_ != "NOUN" or title.lemma_.lower() not in lx.TITLE_NOUNS or title.dep_ == "appos" or any(
            c.dep_ == "appos" for c in title.children):
        return None
    return title if any(c.dep_ == "det" for c in title.children) else None


def name_title_clauses(name: Token, ctx: Context, start: int | None = None) -> list[Clause]:
    """ "Russian President Vladimir Putin" -> president_of(Putin, Russian) ; "NASA Administrator Bill Nelson".
    ``start``: where a person's name the NER did not tag begins, as the resolver knows it ("Ontario Premier Doug
    Ford", with "Ford" read as the carmaker)."""
    out = []
    if name.ent_type_ != "PERSON" and start is None:
        return out
    person = [t for t in arg_tokens(name) if t.ent_type_ == "PERSON" or start is not None and start <= t.i <= name.i]
    if not person:
        return out
    words = [name] + [t for t in person if t.i < name.i and t.dep_ == "compound"]
    for c in sorted({c for w in words for c in w.children if c.i < person[0].i or w.i == name.i}, key=lambda t: t.i):
        # the title hangs on the name's last word, or on one inside it ("Council President Maria von der Berg")
        if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in lx.TITLE_NOUNS and c.ent_type_ != "PERSON":
            titled = title_of_tokens(c)
            if titled is None:
                # "HHLA chief executive Angela Titzrath": the parser may hang the body on the name itself
                bodies = [o for o in name.children if o.dep_ in ("nmod", "compound", "poss")
                          and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "NORP"))
                          and o.i < c.i and o.ent_type_ != "PERSON" and o.lower_ not in lx.NAME_TITLES
                          and not portfolio(c, o)]
                titled = (f"{title_name(c)}_of", bodies[0]) if bodies else None
            if titled:
                pred, target = titled
                was = former(c, name)
                out.append(Clause(kind="title", rel=[], predicate=pred, subj=person,
                                  obj=possessor_tokens(target) if target.dep_ == "poss" else entity_tokens(target),
                                  subj_head=name, obj_head=target,
                                  rel_text_override=f"is {'former ' if was else ''}{pred[:-3].replace('_', ' ')} of",
                                  speaker=ctx.speaker, polarity=ctx.polarity,
                                  modality=future_office(c, name, ctx.modality),
                                  qualifier="former" if was else None))
    # "Clara Jansen of the Green Alliance"; "acting chief executive Hanna Berg of Brennan Motors": the title's
    titles = [c for c in name.children if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in lx.TITLE_NOUNS
              and c.ent_type_ != "PERSON" and c.i < name.i]
    for c in name.children if not out else ():
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ == "ORG" or g.ent_type_ == "GPE" and state_title(titles)):
                    # ("Finance Minister Rui Sousa of Portugal": an office of a state, named after the holder)
                    office = title_name(titles[0]) if len(titles) == 1 else None
                    was = office is not None and former(titles[0], name)
                    words = ["is", "former" if was else "", office.replace("_", " ") if office else "", "of"]
                    out.append(Clause(kind="member", rel=[], predicate=f"{office}_of" if office else "member_of",
                                      subj=[t for t in arg_tokens(name) if t.i < c.i],
                                      obj=arg_tokens(g), subj_head=name, obj_head=g,
                                      rel_text_override=" ".join(w for w in words if w),
                                      speaker=ctx.speaker, polarity=ctx.polarity, modality=ctx.modality,
                                      qualifier="former" if was else None))
    return out


def state_title(titles: list[Token]) -> bool:
    """One title of a state's office before a name ("Finance Minister", "Mayor", "Ambassador"), which an "of" after
    the name gives the state of; not a title held at a body ("Professor X of Leiden")."""
    return len(titles) == 1 and role_of(f"{title_name(titles[0])}_of") in ("head_of", "minister_of",
                                                                             "representative_of")


def possessor_tokens(tok: Token) -> list[Token]:
    """A possessor without its "'s": "Moscow's recognition" -> "Moscow"."""
    return trim([t for t in arg_tokens(tok) if not (t.head == tok and t.dep_ == "case")])


def nominal_clauses(noun: Token, ctx: Context) -> list[Clause]:
    """ "Moscow's recognition of the territories" -> recognize(Moscow, the territories)."""
    verb = lx.NOMINALISATIONS.get(noun.lemma_.lower())
    if not verb:
        return []
    agents = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    themes = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not agents:
        agents = [g for c in noun.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                  for g in c.children if g.dep_ == "pobj"]
    if not agents or not themes:
        return []
    if noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_.lower() in lx.NON_EVENT_VERBS:
        # "blocked Microsoft's takeover of Activision": the event did not (yet) take place
        return [Clause(kind="nominal", rel=[noun], predicate=verb, subj=possessor_tokens(agents[0]),
                       obj=arg_tokens(themes[0]), subj_head=agents[0], obj_head=themes[0], polarity=ctx.polarity,
                       modality=Modality.HYPOTHETICAL, speaker=ctx.speaker)]
    # the nominal's own context: a complement of a modal predicate stays hypothetical
    mod = ctx.modality
    gov = noun.head
    while gov.dep_ not in ("ROOT",) and gov.pos_ not in ("VERB", "AUX"):
        gov = gov.head
    if gov.pos_ in ("VERB", "AUX") and is_hypothetical(gov) and mod is Modality.ASSERTED:
        mod = Modality.HYPOTHETICAL
    return [Clause(kind="nominal", rel=[noun], predicate=verb, subj=possessor_tokens(agents[0]), obj=arg_tokens(themes[0]),
                   subj_head=agents[0], obj_head=themes[0], polarity=ctx.polarity, modality=mod,
                   speaker=ctx.speaker)]


# The walk over a sentence

MAX_SENTENCE_TOKENS = 300

def sentence_clauses(sent: Span, openie: bool = False) -> list[Clause]:
    """All clauses of one sentence, with factuality propagated from governing verbs.

    Parameters
    ----------
    sent : Span
        A parsed sentence.
    openie : bool
        False (the default) gives the clauses the knowledge graph states; True gives the ones Open IE prints,
        which adds readings that are no graph facts ("X 's Y" -> X has Y) and leaves out some that Open IE
        shows merged ("tried" + "to leave" as "tried to leave").

    Returns
    -------
    list of Clause
        Empty for a sentence of more than :data:`MAX_SENTENCE_TOKENS` tokens: the walk costs the square of
        a sentence's length, and a "sentence" that long (a list, a table, clauses nested thousands deep)
        states nothing the graph can use.
    """
    if len(sent) > MAX_SENTENCE_TOKENS:
        return []
    from kg.extract.counterparts import counterpart_clauses    # these modules build on this one
    from kg.extract.implicit import implicit_clauses
    from kg.extract.offices import office_clauses
    from kg.extract.ownership import ownership_clauses
    out: list[Clause] = []
    contexts: dict[int, Context] = {}
    doc = sent.doc
    cols = arrays(doc)      # the walk reads each word's attributes from these, not through a Token each time
    pos_of, dep_of, head_of, ent_of = cols.pos, cols.dep, cols.head, cols.ent_type

    def context_for(tok: Token) -> Context:
        # nearest governing predicate's context, computed top-down
        chain = []
        cur = tok.i
        while dep_of[cur] != "ROOT" and head_of[cur] != cur:
            chain.append(cur)
            cur = head_of[cur]
        ctx = contexts.get(cur) or root_context(doc[cur])
        contexts[cur] = ctx
        for i in reversed(chain):
            if i in contexts:
                ctx = contexts[i]
                continue
            node = doc[i]
            gov = node.head
            if node.dep_ == "acl" and attributes(node):
                contexts[node.i] = ctx = Context()      # ", the two companies announced.": the writer's
                continue
            intended = intended_act(node) if node.dep_ in ("acl", "pcomp") else None
            if intended is not None:
                contexts[node.i] = ctx = intention_context(*intended, contexts.get(intended[1].i, ctx))
                continue
            if node.dep_ in ("ccomp", "xcomp", "parataxis", "pcomp", "advcl", "csubj") and gov.pos_ in ("VERB", "AUX"):
                if node.dep_ == "advcl":
                    if gov.dep_ in ("ccomp", "xcomp") and after_comma(node) and gov.head.i < gov.i:
                        ctx = contexts.get(gov.head.i, ctx)     # ", accusing ...": the main clause's act
                    mark = [c.lower_ for c in node.children if c.dep_ == "mark"]
                    if not mark and gerund_object(node):
                        # "held off raising prices": the parser's adjunct is the verb's gerund object, not done
                        ctx = embedded_context(gov, ctx, "xcomp")
                    elif any(m in ("if", "unless") for m in mark):
                        ctx = Context(ctx.polarity, Modality.HYPOTHETICAL, ctx.speaker)
                    elif for_infinitive(node) is not None and ctx.modality is Modality.ASSERTED:
                        # "called for the minister to resign", "waited for the water to recede": not (yet) so
                        ctx = Context(ctx.polarity, Modality.REQUESTED if gov.lemma_.lower() in FOR_REQUEST_VERBS
                                      else Modality.HYPOTHETICAL, ctx.speaker)
                    # a participial adjunct of a reporting verb is the speaker's own act: keep ctx
                elif node.dep_ == "pcomp":
                    grand = gov.head if gov.dep_ == "prep" else gov
                    ctx = embedded_context(grand, ctx, "xcomp") if grand.pos_ in ("VERB", "AUX") else ctx
                elif node.dep_ == "ccomp" and node.i < gov.i and gov.lemma_.lower() not in (
                        lx.REPORTING_VERBS | lx.DENIAL_VERBS | lx.REQUEST_VERBS):
                    pass    # "X asked Y ..., that would include Z": a preceding complement is a misparse
                else:
                    ctx = embedded_context(gov, ctx, node.dep_)
            elif short_of(node) is not None:
                # "stopped short of blaming Russia": not done
                pol, mod = own_factuality(short_of(node), ctx)
                ctx = Context(Polarity.NEGATIVE if pol is Polarity.POSITIVE else Polarity.POSITIVE, mod, ctx.speaker)
            elif warned_against(node):
                # "warned Greece against militarising the islands": asked of Greece not to, by the warner
                pol = Polarity.NEGATIVE if ctx.polarity is Polarity.POSITIVE else Polarity.POSITIVE
                subj, _ = subjects_of(gov.head)
                ctx = Context(pol, Modality.REQUESTED if ctx.modality is Modality.ASSERTED else ctx.modality,
                              subj[0] if subj else ctx.speaker)
            elif node.dep_ == "pcomp" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "AUX"):
                ctx = embedded_context(gov.head, ctx, "xcomp")
            elif node.dep_ == "conj" and reported_conjunct_head(node) is not None:
                ctx = contexts.get(gov.head.i, ctx)     # "said ... and claimed that ...": the outer saying's
            elif node.dep_ == "conj" and misattached_conjunct(node):
                # "said X would ... and invited Y": the saying's; "said X had ... and had asked Y": the report's
                ctx = contexts.get(coordination_head(node).i) or context_for(coordination_head(node))
            elif node.dep_ == "appos":
                ctx = Context()     # ", the peninsula Moscow annexed in 2014": an apposition is the writer's
            elif node.dep_ == "xcomp" and gov.pos_ == "ADJ" and gov.head.pos_ in ("VERB", "AUX"):
                ctx = prospect_context(gov, ctx)
            elif node.dep_ in ("acl", "ccomp") and gov.pos_ == "NOUN" and gov.lemma_.lower() in CONTENT_NOUNS and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
                # "denied reports that it was negotiating": the content of a report is a claim, denied with it
                if gov.dep_ == "dobj" and gov.head.lemma_.lower() in lx.DENIAL_VERBS:
                    ctx = embedded_context(gov.head, ctx, "ccomp")
                else:
                    ctx = Context(ctx.polarity, Modality.REPORTED, ctx.speaker)
            elif node.dep_ == "acl" and gov.pos_ == "NOUN" and content_clause(node):
                # "the news that it was negotiating": what another noun's that-clause says, not what the writer asserts
                ctx = Context(ctx.polarity, Modality.REPORTED if ctx.modality is Modality.ASSERTED else ctx.modality,
                              ctx.speaker)
            elif node.dep_ == "relcl" and gov.pos_ in ("NOUN", "PROPN"):
                if after_comma(node.left_edge if node.left_edge.i < node.i else node):
                    ctx = Context()     # ", which lies upstream": a non-restrictive clause is the writer's
                else:
                    ctx = Context(ctx.polarity, ctx.modality, ctx.speaker)
            contexts[node.i] = ctx
        return ctx

    for tok in sent:
        i = tok.i
        pos, dep, ent = pos_of[i], dep_of[i], ent_of[i]
        if pos in ("VERB", "AUX") and dep not in ("aux", "auxpass", "amod") or (
                pos == "NOUN" and dep == "ROOT" and misread_verb(tok)):
            if pos == "AUX" and cols.lemma[i] != "be" or word_prefix(tok):
                continue
            ctx = context_for(tok)
            out.extend(verb_clauses(tok, ctx))
            out.extend(office_clauses(tok, ctx))
            out.extend(counterpart_clauses(tok, ctx))
            out.extend(ownership_clauses(tok, ctx))
        elif pos == "VERB" and dep == "amod":
            out.extend(ownership_clauses(tok, Context()))   # "the Qatar-owned chain Harwoods": a presupposition
        elif dep == "appos" and pos in ("NOUN", "PROPN") and pos_of[head_of[i]] in ("PROPN", "NOUN"):
            # an apposition or a title is the writer's presupposition, whoever's clause it stands in
            out.extend(appos_clauses(tok, Context()))
        if (pos == "PROPN" or pos == "NOUN" and tok.ent_iob_ == "I") and ent == "PERSON" \
                and dep != "compound":     # "Kim Hyun-tak of ...": a name's last word the tagger read as a noun
            out.extend(name_title_clauses(tok, Context()))
        if pos == "NOUN" and cols.lemma_lower[i] in lx.NOMINALISATIONS:
            out.extend(nominal_clauses(tok, context_for(tok)))
        if ent in ("GPE", "LOC", "FAC") or dep in ("appos", "amod") or pos in ("PROPN", "NOUN"):
            out.extend(implicit_clauses(tok))
    hidden = "graph" if openie else "openie"
    return [c for c in out if c.subj and (c.obj is None or c.obj) and c.use != hidden and not clitic(c.subj)
            and not fragment(c)]


def fragment(clause: Clause) -> bool:
    """A subject that is a sentence fragment: it holds the clause's own verb, or a verb with a subject of its own
    ("fears mounting Russia is paving the way")."""
    if clause.subj_head is not None and clause.subj_head.dep_.startswith("csubj"):
        return False
    inside = {t.i for t in clause.subj}
    verb = clause.verb
    return (verb is not None and verb.i in inside) or any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside for c in t.children)
        for t in clause.subj)


def word_prefix(tok: Token) -> bool:
    """A piece of a hyphenated word before its last part ("re" and "-" of "re-elected"): no predicate of its own."""
    doc = tok.doc
    if tok.text in ("-", "–", "—"):
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    return not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_


def attributes(verb: Token) -> bool:
    """Whether the verb is the verb of saying of a misread final attribution (:func:`final_attribution`)."""
    said = final_attribution(verb.head) if verb.dep_ == "acl" else None
    return said is not None and said.i == verb.i


# Verbs that counsel someone against an act: "warned Greece against militarising the islands".
WARNING_VERBS = frozenset("warn caution advise counsel urge admonish".split())


def warned_against(pcomp: Token) -> bool:
    """A gerund after "against" whose verb warns an object: the object is the one warned off the act."""
    prep = pcomp.head
    return pcomp.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ == "against" and \
        prep.head.lemma_.lower() in WARNING_VERBS and any(c.dep_ == "dobj" for c in prep.head.children)


def gerund_object(node: Token) -> bool:
    """A bare gerund right after a verb of refraining, read by the parser as an adjunct ("held off raising prices",
    "avoided naming Russia"); not a participle after a comma ("stopped production, citing costs")."""
    gov = node.head
    if node.tag_ != "VBG" or node.i < gov.i or after_comma(node.left_edge if node.left_edge.i < node.i else node):
        return False
    return gov.lemma_.lower() in lx.NEGATIVE_VERBS or verb_lemma(gov) in lx.NEGATIVE_PARTICLE_VERBS


def root_context(root: Token) -> Context:
    """A sentence's own factuality: reported where it ends in an attribution the parser misread as an object
    (", the two companies announced.")."""
    for c in root.children:
        if final_attribution(c) is not None:
            return Context(Polarity.POSITIVE, Modality.REPORTED, c)
    return Context()


def content_clause(acl: Token) -> bool:
    """ "the news that it was negotiating", "the warning that ...": a that-clause with its own subject, the content of
    a noun (not a relative clause, whose "that" is its subject or object; not "the fact that")."""
    return acl.head.lemma_.lower() not in ("fact", "way", "time", "day", "moment") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in acl.children) and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in acl.children)


def misread_verb(tok: Token) -> bool:
    """ "Exxon bids for Pioneer", "Nokia bid for the contract": a verb the tagger read as a noun, the root of its
    sentence with a subject, or with a name before it that the parser took for a modifier of the noun."""
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT" or tok.tag_ not in ("NN", "NNS") or any(
            c.dep_ == "det" for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) or compound_subject(tok) is not None


# Nouns that are also verbs of acting with a preposition after them: "Nokia bid for", "Kenya vows to".
VERB_HOMOGRAPHS = frozenset("""bid bids offer offers vote votes call calls plan plans pledge pledges vow vows push
pushes move moves eye eyes back backs""".split())


def compound_subject(tok: Token) -> Token | None:
    """The name a misread verb's sentence starts with ("Nokia" of "Nokia bid for the contract"): a proper noun
    right before a noun-verb homograph that is the root and has a preposition or an infinitive after it."""
    if tok.lower_ not in VERB_HOMOGRAPHS or not any(
            c.i > tok.i and (c.dep_ == "prep" or c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB") for c in tok.children):
        return None
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
             and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")]
    if not names or not names[0].left_edge.is_sent_start:
        return None
    return names[0]


def clitic(tokens: list[Token]) -> bool:
    """ "let's": a clitic on its own ("'s", "'re") is no argument."""
    return len(tokens) == 1 and tokens[0].text[:1] in "'’" and len(tokens[0].text) <= 3
