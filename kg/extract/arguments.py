"""The arguments of a clause: spans of words, coordination, and whose subject a verb has.


A :class:`Clause` is one extraction still pointing at spaCy tokens. The helpers here find an argument's words
(:func:`arg_tokens`), its conjuncts (:func:`conjuncts`), and a verb's subjects, including those it takes from a
controlling or coordinated verb (:func:`subjects_of`). :mod:`kg.extract.clauses` builds on them.
Coordination itself is :mod:`kg.extract.coordination`, a verb's relation words :mod:`kg.extract.verbwords`; their
names are imported here too, where the other modules have always found them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.coordination import (CONTRAST_WORDS, PAIRED, _paired, apposed_next, as_well_as, echoed_subjects,
                                     fused_names, of_list, one_name, sharing_possessor,
                                     split_clauses,  # noqa: F401 (re-exported)
                                     captioned_title, conjunct_ids, conjuncts, described_pair, listed_apposition,
                                     listed_names, paired, plural, set_against)
from kg.extract.docarrays import arrays
from kg.extract.outcomes import outcome_head, purpose_head
from kg.extract.repairs import (AGENT_ENTS, alleged_consequence, aside_participle_subject, comitatives,
                                conjoined_name_subject, coordination_head, misattached_conjunct,
                                misread_participle_subject, misread_time_subject, opening_name_subject,
                                stranded_time_subject, time_aside_subject)
from kg.extract.verbwords import (PARTICLE_ADVERBS, VERB_HOMOGRAPHS, compound_subject,  # noqa: F401 (re-exported)
                                  misread_verb, particles_of, relation_tokens, verb_lemma)
from kg.types import Modality, Polarity

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
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
    qualifier: str | None = None       # "former": a role no longer held; else what an object is held to be
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
            # the sentence's own spacing between neighbours ("the world's largest"), one space over a gap
            toks = self.surface_rel
            text = "".join(t.text + ((t.whitespace_ if toks[k + 1].i == t.i + 1 else " ") if k + 1 < len(toks) else "")
                           for k, t in enumerate(toks))
        return f"{self.surface_prefix} {text}".strip()


# Spans of arguments

def arg_tokens(head: Token, skip: set[str] = SKIP_IN_ARG) -> list[Token]:
    """The head's subtree without relative clauses, appositions and coordinated siblings, trimmed.

    The same argument is asked for again and again (a subject for each of its verb's clauses, an object by the
    graph's and Open IE's readings): its positions are kept with the Doc's columns, and a new list of Tokens is
    made from them on each call.
    """
    doc = head.doc
    cols = arrays(doc)
    key = (head.i, None if skip is SKIP_IN_ARG else frozenset(skip))
    found = cols.arg_spans.get(key)
    if found is None:
        found = cols.arg_spans[key] = tuple(_arg_positions(head, skip, cols))
    return [doc[i] for i in found]


def _arg_positions(head: Token, skip: set[str], cols) -> list[int]:
    """:func:`arg_tokens` found by walking the head's subtree, as word positions."""
    doc = head.doc
    dep_of, kids, lower_of, text_of = cols.dep, cols.children, cols.lower, cols.text
    edges = None            # the head's left and right edges, read on first use
    out: list[int] = []
    fused = fused_names(cols, head.i)   # "Orlen and Shell Energy Europe": Orlen is a member of its own, no word of it
    stack = [(head.i, True)]    # a loop, not recursion: a tree thousands of clauses deep ("he said that he said ...")
    # "Representatives of Nigeria, Ghana and Togo": the names the parser hung on the noun are its "of" phrase's
    listed = of_list(cols, head.i) if "conj" in skip else []
    while stack:
        i, top = stack.pop()
        out.append(i)
        if top and fused is not None:
            stack.append((fused[1], False))
        # "of hiding the data and called on ...": a verb coordinated higher up is not part of the argument
        foreign = not top and any(dep_of[c] == "conj" and misattached_conjunct(doc[c]) for c in kids[i])
        for c in kids[i]:
            dep = dep_of[c]
            if top and listed and (c in listed or dep == "punct" and c < listed[-1] and c > listed[0] - 3):
                stack.append((c, False))    # the list's names, and the commas between them
                continue
            if top and fused is not None and c in fused[0]:
                continue
            if dep in TOP_ONLY and top and dep in skip and one_name(cols, i, c):
                stack.append((c, True))     # "Trinidad and Tobago": the "and" of one name joins no two arguments
                continue
            if dep in TOP_ONLY and not top and dep in skip:
                if not (foreign and (dep == "cc" or misattached_conjunct(doc[c]))):
                    stack.append((c, False))    # "recognition of the DNR and LNR": inner coordination stays
                continue
            if dep == "relcl" and c > i and any(
                    dep_of[g] == "aux" and lower_of[g] == "to" and g == c - 1 for g in kids[c]):
                stack.append((c, False))    # "a mission to study the Sun": an infinitival relative is part of the noun
                continue
            if dep == "neg" and top and any(dep_of[g] == "appos" and g > c for g in kids[i]):
                continue    # "Kenya, not Uganda, will host": the "not" of the name set against it
            if dep == "acl" and c > i and (misread_main_verb(doc[c]) or aside_subject(doc[c]) is not None):
                continue    # "The airline, backed by two funds, filed for ...": the sentence's verb, misread
            if dep == "acl" and top and c > i and participle_aside(doc[c]) and named_head(doc[i]):
                continue    # "Tesla's board, chaired by Robyn Denholm,": an aside, as a relative clause is
            if dep == "mark" and not top and dep_of[i] in ("acl", "relcl"):
                out.append(c)   # "reports that it had paid a ransom": the word that opens a noun's clause is written
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
    if (owner := sharing_possessor(cols, head.i)) is not None:
        out += range(doc[owner].left_edge.i, doc[head.i].left_edge.i)  # "Germany's and" France's finance ministers
    out.sort()
    if out:     # (glue, then trim, by position: a Token is made for each word the caller asks for, not here)
        inner = _inner_punct(cols, out)
        if inner:
            out = sorted(out + inner)
        start, end = _trim_bounds(cols, out)
        out = out[start:end]
    return out


def glue(tokens: list[Token]) -> list[Token]:
    """Punctuation inside a word stays with it: "Rolls-Royce", "Wi-Fi", "the Paris–Berlin route"."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    inner = _inner_punct(arrays(doc), [t.i for t in tokens])
    return sorted(tokens + [doc[i] for i in inner], key=lambda t: t.i) if inner else tokens


def _inner_punct(cols, ids: list[int]) -> list[int]:
    """The punctuation :func:`glue` adds to the words at ``ids`` (in sentence order), by position."""
    punct, spaced, text_of = cols.is_punct, cols.space_after, cols.text
    have = set(ids)
    return [i for i in range(ids[0] + 1, ids[-1]) if i not in have and punct[i] and i - 1 in have
            and i + 1 in have and not spaced[i] and not spaced[i - 1] and text_of[i] in "-–—/&'.+"]


def trim(tokens: list[Token]) -> list[Token]:
    if not tokens:
        return tokens
    cols = arrays(tokens[0].doc)    # every argument is trimmed: positions and columns, not Token strings
    start, end = _trim_bounds(cols, [t.i for t in tokens])
    return tokens if (start, end) == (0, len(tokens)) else tokens[start:end]


def _trim_bounds(cols, ids: list[int]) -> tuple[int, int]:
    """:func:`trim` by word position: the bounds of the part of ``ids`` kept."""
    text, dep = cols.text, cols.dep
    start, end = 0, len(ids)
    while start < end and (text[ids[start]] in EDGE_PUNCT or dep[ids[start]] in ("cc", "mark", "preconj")
                           or _paired(cols, ids[start])):
        start += 1
    while start < end and (text[ids[end - 1]] in EDGE_PUNCT and not (
            text[ids[end - 1]] in "'\"" and end - start > 1
            and any(text[i] == text[ids[end - 1]] for i in ids[start:end - 1]))
            or dep[ids[end - 1]] == "case" and end - start > 1):
        end -= 1    # (and the "'s" of a possessor that is the argument itself: "Germany's decision to halt")
    return start, end



# Subjects

def subjects_of(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Subject heads of a verb and whether they were inherited from another clause.

    Asked of the same verb by the clause walk, the factuality, the offices and the counterparts: what a verb's
    subjects are is found once (their positions kept with the Doc's columns), and new Tokens are made on each
    call. ``depth`` counts the verbs gone through to inherit a subject (at most four)."""
    if depth:
        return _subjects_of(verb, depth)
    cols = arrays(verb.doc)
    found = cols.subject_lists.get(verb.i)
    if found is None:
        subjects, inherited = _subjects_of(verb, 0)
        found = cols.subject_lists[verb.i] = tuple(t.i for t in subjects), inherited
    return [verb.doc[i] for i in found[0]], found[1]


# The prepositions by which a verb of asking names whom it asks: "called on X to", "appealed to X to", "pleaded
# with X to" (the parser hangs the infinitive as a complement or as an adverbial clause).
ADDRESSEE_PREPS = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",), "beg": ("of",)}


def prep_addressee(verb: Token) -> Token | None:
    """The one asked to do an infinitive that a verb of asking governs through a preposition ("appealed to
    Nicaragua to release the bishops": Nicaragua), else None. The infinitive has no subject of its own and comes
    right after the prepositional phrase, and the verb has no object ("appealed the ruling to the court to ..." is
    another "appeal")."""
    head = verb.head
    preps = ADDRESSEE_PREPS.get(head.lemma_.lower())
    if verb.dep_ not in ("xcomp", "advcl") or preps is None or head.i > verb.i or verb.tag_ != "VB" or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children) or any(
            c.dep_ in ("dobj", "dative") for c in head.children):
        return None     # ("appealed the ruling to the Supreme Court to stop ...": a court appealed to, not asked)
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.right_edge.i == to.i - 1:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _subjects_of(verb: Token, depth: int) -> tuple[list[Token], bool]:
    """:func:`subjects_of` read from the parse."""
    if depth > 4:
        return [], True
    cols = arrays(verb.doc)
    own = [verb.doc[c] for c in cols.children[verb.i] if cols.dep[c] in SUBJECT_DEPS]
    pair = split_clauses(verb) if own else None
    if pair is not None:
        return [pair[1]], False     # "Russia attacked Kyiv and Ukraine struck Belgorod": Ukraine struck
    if own:
        subj = own[0]
        if len(own) > 1 and own[1].pos_ == "PROPN" and own[0].pos_ == "NOUN" and own[1].left_edge.i == own[0].i + 1:
            subj = own[1]   # "the environment agency Ibama suspended ...", "China's top diplomat Wang Yi will
                            # travel": the name (of one word or more), not its description
        if subj.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return antecedents(verb, depth), True
        if subj.lower_ in lx.RELATIVE_PRONOUNS and subj.i < verb.head.i and verb.dep_ == "ccomp" \
                and verb.head.dep_ == "relcl":
            # "The bill, which its supporters say will cut emissions": the pronoun is the subject of what they say
            return antecedents(verb.head, depth), True
        if subj.dep_.startswith("csubj"):
            return [subj], False
        timed = misread_time_subject(verb)
        if timed is not None:   # "India's delivery of rice after the storm angered China": the delivery did
            return conjuncts(timed), False
        names = listed_names(subj)
        if names:
            return names, False
        apposed = apposed_opening_subject(verb, subj)
        if apposed is not None:     # "In the capital, Nairobi, police fired tear gas": the police fired
            return conjuncts(apposed), False
        stranded = stranded_preposition_subject(verb, subj)
        if stranded is not None:    # ("After two rounds of talks in Istanbul, Russia and Ukraine agreed")
            return conjuncts(stranded), False
        return split_subjects(verb, subj, own) + conjuncts(subj) + comitatives(subj, verb) + [
            m for o in own if o.i > subj.i and (coordinated_subject(o) or listed_subject(subj, o))
            for m in conjuncts(o)] + [m for e in echoed_subjects(cols, verb.i) for m in conjuncts(verb.doc[e])], False
        # ("Britain condemned the attack, as did Canada": Canada condemned it too)
    fronted = fronted_subject(verb) or opening_name_subject(verb) or aside_participle_subject(verb) or \
        conjoined_name_subject(verb) or time_aside_subject(verb) or stranded_time_subject(verb)
    if fronted is not None:     # (a name read as an adverbial noun, a subject hung on an aside's participle)
        return conjuncts(fronted), False
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.dep_ == "relcl" \
            and after_comma(verb.left_edge) and not any(c.dep_ == "cc" for c in verb.head.children):
        # "The bill, which its supporters say will cut emissions, passed the Senate": a verb after the comma that
        # closes the relative clause, with no "and", is the sentence's main verb, of the noun the clause is on
        return antecedents(verb.head.head, depth), True
    misread = misread_participle_subject(verb)
    if misread is not None:     # "a month in which gunmen linked to gangs killed 14 drivers": the gunmen killed
        return conjuncts(misread), False
    if verb.dep_ == "conj":
        head = reported_conjunct_head(verb) or coordination_head(verb)
        while head.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in head.children) or \
                head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
            # "resigns after the events ... and relocates": a verb misattached to a noun joins the verb above
            head = head.head
        subs, _ = subjects_of(head, depth + 1)
        return subs, True
    addressee = prep_addressee(verb)
    if addressee is not None:   # "appealed to Nicaragua to release the bishops", "pleaded with Ford to keep"
        return conjuncts(addressee), True
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
    if verb.dep_ in ("relcl", "acl") and enabling_noun(verb) is not None:
        # "signed a deal to buy Orlen", "won a licence to operate in Ethiopia": the infinitive the parser reads as a
        # relative clause is the act of whoever holds the deal or the licence, never of the deal
        holder = enabled_holder(verb)
        if holder is None:
            return [], False
        subs, _ = subjects_of(holder, depth + 1)
        return subs, True
    if verb.dep_ == "relcl":
        return antecedents(verb, depth), True
    intended = intended_act(verb) if verb.dep_ in ("acl", "pcomp") else None
    if intended is not None:
        subs, _ = subjects_of(intended[1], depth + 1)     # "Britain has no plans to amend": Britain's act
        return subs, True
    owner = intention_owner(verb)
    if owner is not None:
        return conjuncts(owner), True      # "Germany's decision to halt arms exports": Germany's act
    stopper = short_of(verb)
    if stopper is not None:
        subs, _ = subjects_of(stopper, depth + 1)         # "He stopped short of blaming Russia": his act
        return subs, True
    aside = aside_subject(verb)
    if aside is not None:
        return conjuncts(aside), False
    if misread_main_verb(verb):
        return [verb.head, *comitatives(verb.head)], False     # ("Turkey, together with Qatar, mediated": both)
    named = compound_subject(verb) if verb.pos_ == "NOUN" else None
    if named is not None:
        return conjuncts(named), False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("oprd", "attr") and after_comma(verb) \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        # "was declared the winner of the election by the commission, unseating Chakwera": a participle set off
        # after what the subject is said to be is the subject's act
        subs, _ = subjects_of(verb.head.head, depth + 1)
        return subs, True
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [verb.head], True
    purpose = purpose_head(verb) or outcome_head(verb)
    if purpose is not None:
        # "flew to Oslo to meet the king": the flier's aim; "came from behind to beat Spurs": what the comer did
        subs, _ = subjects_of(purpose, depth + 1)
        return subs, True
    alleged = alleged_consequence(verb)
    if alleged is not None:     # "accused Russia of striking a station, killing 50": the striking killed them
        subs, _ = subjects_of(alleged, depth + 1)
        return subs, True
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        head = verb.head
        if head.dep_ == "prep":
            prep = head
            head = head.head
            objs = [c for c in head.children if c.dep_ == "dobj" and not any(
                s.dep_ == "nsubjpass" for s in head.children)]
            # (a passive's object is what its subject was given: "was handed a penalty for impeding Norris" is the
            # subject's act, not the penalty's)
            if objs and verb.dep_ == "pcomp" and (prep.lower_ in ("of", "from", "for", "into") or warned_against(verb)
                                                  or prep.lower_ == "with" and head.lemma_ in lx.WITH_ACT_VERBS):
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


def coordinated_subject(subj: Token) -> bool:
    """Whether a second subject of a verb follows a coordinator: the parser may hang the last member of a list whose
    first member has an apposition on the verb itself ("France's investigation agency, the BEA, and Airbus will take
    part": Airbus is a subject of its own, and a member of the list, not one set against it), and the member after
    "as well as" ("Unilever as well as Nestle and Danone reported": each reported)."""
    cols = arrays(subj.doc)
    cc = subj.left_edge.i - 1
    return cc > 0 and cols.dep[cc] == "cc" and (cols.lower[cc] in ("and", "or") or as_well_as(cols, cc)) \
        and cols.dep[subj.i] == "nsubj" \
        and not any(cols.dep[k] == "neg" and cols.head[k] in (subj.i, cc) for k in range(cc, subj.i))


def listed_subject(first: Token, subj: Token) -> bool:
    """Whether a second subject of a verb is the second member of a list the first begins, which the parser split at
    the comma: "Apple, Google and Meta were fined" (Apple and Google each a subject, Meta Google's conjunct). A
    subject of the same kind right after the first and a comma, with a conjunct of its own after "and" or "or" (not
    "Brazil beat Argentina, Chile lost to Peru": no list)."""
    cols = arrays(subj.doc)
    s, start = subj.i, subj.left_edge.i
    return cols.dep[s] == cols.dep[first.i] and start >= 2 and cols.text[start - 1] == "," \
        and first.right_edge.i == start - 2 and any(cols.dep[c] == "conj" for c in cols.children[s]) \
        and any(cols.dep[c] == "cc" and cols.lower[c] in ("and", "or") for c in cols.children[s])


def fronted_subject(verb: Token) -> Token | None:
    """ "According to Der Spiegel, Siemens as well as Bosch intend to close plants": the parser reads the subject as an
    apposition to the object of the phrase before the comma and leaves the sentence's verb with none. The apposition
    that runs from the comma to the verb's first word is its subject (None for any other verb: one with a subject of
    its own, no finite verb, or an apposition that stops short of the verb: "In Kyiv, the capital, sirens sounded").
    So with a subject read as a further member of a list the phrase's object begins ("After three days of talks in
    Geneva, the United States and China agreed to ...": "Geneva, the United States and China"), also in a clause a
    verb of saying after it reports ("..., Bessent said")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or not (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None
    if verb.dep_ != "ROOT" and not (verb.dep_ == "ccomp" and verb.head.i > verb.i
                                    and verb.head.lemma_.lower() in lx.REPORTING_VERBS):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i)])
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > first:
            continue
        pobjs = [t for t in prep.subtree if t.dep_ == "pobj"]
        for pobj in pobjs:
            for c in pobj.children:
                if c.dep_ == "appos" and verb.dep_ == "ROOT" and pobj.i < c.i and named_aside(c, first):
                    return c    # "Under pressure from Washington, Panama's president, Jose Raul Mulino, pulled"
                if c.right_edge.i + 1 != first or c.left_edge.i < 1 or c.doc[c.left_edge.i - 1].text != "," \
                        or pobj.i > c.i:
                    continue
                if c.dep_ == "appos" and c.pos_ == "PROPN" and verb.dep_ == "ROOT":
                    return c
                if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and not any(
                        k.dep_ == "cc" and k.i < c.i for k in pobj.children):
                    return c    # (no "and" before it: "in Paris and Lyon, ..." has a list of its own)
    return None


def named_aside(noun: Token, first: int) -> bool:
    """Whether an apposition the parser hangs on the object of an opening phrase is a subject with an aside of its
    own, set off by commas from the comma after the phrase to the one before the verb's first word (index
    ``first``): a description and the name it gives ("Panama's president, Jose Raul Mulino,") or a name and its
    description ("Siemens, the German engineering group,"), the name one of an actor. Not a phrase of the opening
    phrase's own ("In Kyiv, the capital, sirens sounded" has a subject of its own, and no name after the capital)."""
    doc = noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i
    if start < 1 or doc[start - 1].text != "," or end + 2 != first or doc[end + 1].text != ",":
        return False
    asides = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.right_edge.i == end
              and doc[c.left_edge.i - 1].text == "," and "," not in (t.text for t in doc[noun.i:c.left_edge.i - 1])]
    if len(asides) != 1:
        return False
    name = noun if noun.pos_ == "PROPN" else asides[0]
    other = asides[0] if name is noun else noun
    return name.pos_ == "PROPN" and name.ent_type_ in AGENT_ENTS and other.pos_ in ("NOUN", "PROPN")


def apposed_opening_subject(verb: Token, subj: Token) -> Token | None:
    """ "In the capital, Nairobi, police fired tear gas": a name set off by commas right after an opening phrase of
    the verb is that phrase's apposition, which the parser makes the subject with the true subject its conjunct (no
    "and" between them); the conjunct, which runs up to the verb, is the subject. None for any other subject."""
    doc = subj.doc
    start = subj.left_edge.i
    if subj.pos_ != "PROPN" or subj.ent_type_ not in ("GPE", "LOC", "FAC") or start < 3 or doc[start - 1].text != "," \
            or any(t.dep_ == "cc" for t in doc[start:verb.i]):
        return None     # (a place; not a list: "In a statement, Kenya, Uganda and Tanzania condemned")
    opening = doc[start - 2]
    prep = next((a for a in opening.ancestors if a.dep_ == "prep" and a.head.i == verb.i), None)
    if prep is None or prep.i > start or prep.right_edge.i != start - 2 or opening.pos_ not in ("NOUN", "PROPN"):
        return None
    conj = [c for c in [*subj.children, *verb.children] if (c.dep_ == "conj" and c.head.i == subj.i or c.dep_ in (
        "nsubj", "nsubjpass") and c.head.i == verb.i) and c.i > subj.i and doc[c.left_edge.i - 1].text == ","]
    # (the parser makes the true subject the place's conjunct, or a second subject of the verb)
    if len(conj) != 1 or conj[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    between = doc[conj[0].right_edge.i + 1:verb.i]
    return conj[0] if all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between) else None


def stranded_preposition_subject(verb: Token, subj: Token) -> Token | None:
    """ "After two rounds of talks in Istanbul, Russia and Ukraine agreed": the parser may leave the opening
    preposition with no object and make its noun the verb's subject, with the real subject a further member of a
    list in it after the comma. Returns that member (the one whose words run from the comma to the verb), or None."""
    doc = verb.doc
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == subj.left_edge.i - 1), None)
    if prep is None or not prep.is_sent_start and not (prep.i > 0 and doc[prep.i - 1].is_sent_start
                                                      and doc[prep.i - 1].is_punct) or any(
            c.dep_ in ("pobj", "pcomp") for c in prep.children) or subj.i > verb.i:
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i)])
    for c in subj.subtree:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.right_edge.i + 1 == first and c.left_edge.i > 0 \
                and doc[c.left_edge.i - 1].text == "," and c.head.i < c.i and c.head != subj:
            return c
    return None


def split_subjects(verb: Token, subj: Token, own: list[Token]) -> list[Token]:
    """The first name of "CN and CPKC said they welcomed it": the parser makes the first of two short names the
    sentence's root (even a verb) and coordinates the verb with it, the second name its only subject. The root name before "and"
    and the subject is a member of the subject's list (empty for any other verb)."""
    head = verb.head
    named = head.pos_ == "PROPN" or head.text.isupper() and len(head.text) > 1 and all(
        c == verb or c.dep_ == "cc" for c in head.children)     # ("CN" read as a verb: an acronym, nothing hung on it)
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or not named or len(own) != 1 \
            or subj.pos_ != "PROPN" or head.i > subj.i or not head.left_edge.is_sent_start:
        return []
    cc = subj.left_edge.i - 1
    doc = verb.doc
    if cc != head.i + 1 and not closed_aside(head, cc):
        return []
    if doc[cc].dep_ != "cc" or doc[cc].head != head or doc[cc].lower_ not in ("and", "or") or any(
            c.dep_ in SUBJECT_DEPS or c.pos_ in ("VERB", "AUX") and c.dep_ != "acl"
            for c in head.children if c != verb):
        return []   # (a participle of an aside may stand before the comma: "Turkey, represented by X, and Egypt")
    # "Meta, Alphabet, and Amazon each pledged": a name between commas the parser hung on the first is a member too
    # (of the first's kind, not a place's region: "Springfield, Illinois, and Dayton")
    return [head, *[c for c in head.children if head.i < c.i < cc and c.pos_ == "PROPN" and c.dep_ in (
        "npadvmod", "appos") and c.ent_type_ == head.ent_type_ and c.ent_type_ in ("ORG", "PERSON")
        and doc[c.left_edge.i - 1].text == "," and doc[c.right_edge.i + 1].text == ","]]


def closed_aside(head: Token, cc: int) -> bool:
    """Whether the words after a name up to a comma right before word ``cc`` are the name's own, set off by a comma
    after it: "Siemens Gamesa, a unit of Siemens Energy, and Vestas", "Turkey, represented by its foreign minister,
    and Egypt", "Meta, Alphabet, and Amazon" (an aside or a list member, then the comma that closes it)."""
    doc = head.doc
    return cc - 1 > head.i + 1 and doc[head.i + 1].text == "," and doc[cc - 1].text == "," \
        and doc[cc - 1].head == head and all(head.is_ancestor(doc[k]) for k in range(head.i + 1, cc - 1))


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
    # (or co-agents set off by commas: "Turkey, together with Qatar, mediated between Russia and Ukraine"; not a
    # passive participle with its agent, "The truce, along with the aid deal, brokered by Qatar, held")
    return verb.tag_ != "VBN" or bool(asides) or any(c.i < verb.i for c in comitatives(head)) and not any(
        c.dep_ == "agent" for c in verb.children)


def aside_subject(verb: Token) -> Token | None:
    """ "Tessaro, backed by the fund Almira Capital, teamed up with Halvard": a finite verb right after the comma
    that closes an aside on the sentence's first noun, which the parser took for a modifier of the aside's last
    noun (the noun becoming the sentence's root). Returns that first noun, the verb's subject, or None."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or not after_comma(verb) or head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    path = [head]
    while path[-1].dep_ != "ROOT" and len(path) < 8:
        path.append(path[-1].head)
    root = path[-1]
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or len(path) < 3 or root.i > head.i:
        return None
    aside = path[-2]    # the root's child the verb hangs under: the aside itself
    doc = verb.doc
    comma = next((t for t in doc[root.i + 1:aside.left_edge.i + 1] if t.text == ","), None)
    if aside.dep_ not in ("acl", "appos", "relcl") or comma is None or comma.i != aside.left_edge.i - 1 \
            or not root.left_edge.is_sent_start:
        return None
    return root



def reported_conjunct_head(verb: Token) -> Token | None:
    """ "Peskov said Ukraine had sabotaged the dam, and claimed that ...": a verb of saying with its own complement,
    parsed as a conjunct inside another saying's complement, is coordinated with that saying."""
    head = verb.head
    if (verb.lemma_.lower() in lx.REPORTING_VERBS and any(c.dep_ == "ccomp" for c in verb.children)
            and head.dep_ == "ccomp" and head.head.lemma_.lower() in lx.REPORTING_VERBS):
        return head.head
    return None


def named_head(noun: Token) -> bool:
    """A name, or a noun a name before it tells whose it is ("Tesla's board", "the Fed board"): its node holds
    without an aside (a bare "the eight members, led by Saudi Arabia," keeps it to say which ones)."""
    return noun.pos_ == "PROPN" and noun.ent_type_ != "" or any(
        c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.ent_type_ != "" and c.i < noun.i
        for c in noun.children)


def participle_aside(acl: Token) -> bool:
    """A participle phrase set off by commas after its noun ("Tesla's board, chaired by Robyn Denholm, proposed",
    "the court, hearing a petition filed by X, ordered"): no part of the noun's name, which it describes aside."""
    doc = acl.doc
    end = acl.right_edge.i + 1
    return acl.tag_ in ("VBN", "VBG") and acl.left_edge.i == acl.i and after_comma(acl) and (
        end >= len(doc) or doc[end].text in (",", ";", ")", "—", "–") or doc[end].is_sent_start or
        doc[end].text == "." and end == len(doc) - 1)


def after_comma(tok: Token) -> bool:
    """Whether a comma (perhaps behind a closing quote) stands right before the token."""
    before = arrays(tok.doc).text[max(0, tok.i - 2):tok.i]
    return bool(before) and (before[-1] == "," or before[-1] in "\"'”’" and "," in before)


def relative_noun(relcl: Token) -> Token:
    """The noun a relative clause is about. The parser hangs it on the nearest noun, which after "a grant of 180
    million euros, which the Commission approved" is the amount; an amount is what its noun measures, and the
    clause is about that noun (the grant)."""
    noun = relcl.head
    plural = relcl.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.i < relcl.i and (
        c.tag_ == "VBP" or c.lower_ == "were") for c in relcl.children)
    if noun.dep_ == "conj" and noun.pos_ == "PROPN" and plural and noun.tag_ in ("NNP", "NN") and any(
            c.lower_ in lx.RELATIVE_PRONOUNS and c.dep_ in ("nsubj", "nsubjpass") for c in relcl.children):
        # "Samsung and SK Hynix, which together make up a third": a plural verb is about the whole list, and so is a
        # plural auxiliary ("Saudi Arabia and the UAE, which have backed rival factions", "..., which were fined")
        first = noun
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head
        return first
    singular = relcl.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.i < relcl.i and (
        c.tag_ == "VBZ" or c.lower_ == "was") for c in relcl.children)
    members = [c for c in conjuncts(noun)[1:] if c.i < relcl.i and c.pos_ == "PROPN"] if singular else []
    if members and noun.pos_ == "PROPN" and after_comma(relcl.left_edge) \
            and members[-1].right_edge.i + 2 == relcl.left_edge.i \
            and not one_name(arrays(noun.doc), noun.i, members[-1].i):
        # "Germany and France, which has backed the plan": a singular verb after the list is its last member's
        return members[-1]
    if sited_body(noun, relcl):
        return noun.head.head   # "The prosecutor's office in Milan, which has been investigating Eni": the office
    if restrictive_on_name(noun, relcl):
        return noun.head.head   # "a test flight around the Moon that opens the programme": the flight opens it
    amount = noun.ent_type_ in lx.QUANTITY_TYPES or noun.like_num or noun.lemma_.lower() in lx.AMOUNT_UNITS and any(
        c.dep_ == "nummod" for c in noun.children)
    if amount and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ == "NOUN" and relcl.i > noun.i and any(
                c.lower_ in lx.RELATIVE_PRONOUNS and c.i < relcl.i for c in relcl.children):
        return noun.head.head
    return noun


# Nouns of bodies and sites that stand in a place: "the office in Milan", "the factory in Ghent"
SITED_NOUNS = frozenset("""office plant factory branch embassy consulate mine refinery port hospital school university
prison base headquarters unit subsidiary court prosecutor ministry council authority agency regulator bank company firm
parliament government police museum laboratory lab centre center""".split())


def sited_body(noun: Token, relcl: Token) -> bool:
    """Whether the place a non-restrictive relative clause hangs on is the place of a body or site named right before
    it ("The prosecutor's office in Milan, which has been investigating Eni", "the factory in Ghent, which employs
    4,000 people"): the clause is about the body, as a place in passing is rarely what acts."""
    if noun.ent_type_ not in ("GPE", "LOC") or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "at") or \
            noun.head.head.pos_ != "NOUN" or noun.head.head.lemma_.lower() not in SITED_NOUNS or relcl.i < noun.i or \
            relcl.lemma_.lower() in ("be", "become", "remain"):
        return False    # (not "an office in Nairobi, which has become a hub": what a place is, the place)
    pronoun = next((c for c in relcl.children if c.lower_ in ("which", "that") and c.dep_ in ("nsubj", "nsubjpass")),
                   None)
    return pronoun is not None and pronoun.i > 0 and noun.doc[pronoun.i - 1].text == ","


def restrictive_on_name(noun: Token, relcl: Token) -> bool:
    """Whether a relative clause the parser hung on a name in a prepositional phrase is a restrictive one ("that",
    no comma): a name needs no restricting, and the clause restricts the common noun the phrase belongs to ("a test
    flight around the Moon that opens the programme", "a deal with Siemens that covers 40 trains")."""
    if noun.pos_ != "PROPN" or noun.dep_ != "pobj" or noun.head.head.pos_ != "NOUN" or relcl.i < noun.i:
        return False
    pronoun = next((c for c in relcl.children if c.lower_ == "that" and c.dep_ in ("nsubj", "nsubjpass")), None)
    return pronoun is not None and pronoun.i == noun.i + 1


def antecedents(relcl: Token, depth: int) -> list[Token]:
    """What a relative clause is about: its noun, or the subject where the noun is a copula's attribute
    ("X is a footballer who plays for Y" -> X plays for Y)."""
    noun = relative_noun(relcl)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if noun.dep_ == "attr" and indefinite and noun.head.lemma_ == "be" and noun.head.pos_ in ("AUX", "VERB"):
        subs, _ = subjects_of(noun.head, depth + 1)
        if subs:
            return subs
    members = conjuncts(noun)
    if any(m.i > relcl.i for m in members) and relcl.i > noun.i:
        # "beat Anna Berg, who coaches Norvik, and Lena Brandt": the clause between is Berg's alone (and so where the
        # parser hung Brandt inside it: kg.extract.coordination.aside_antecedent)
        return [noun]
    return members


# Nouns of a plan or an intention whose infinitive is the act intended: "has no plans to amend the act".
INTENTION_NOUNS = frozenset("""plan intention intent desire wish interest aim ambition attempt effort bid move
proposal decision promise pledge commitment threat offer readiness willingness""".split())
# Verbs by which the planner holds or makes known its plan: "has no plans to", "announced plans to".
INTENTION_HOLDERS = frozenset("have announce unveil outline make reveal confirm signal express detail".split())


# Nouns of a deal or a permission whose infinitive is the act it allows or binds to: "a deal to buy Orlen", "a
# licence to operate", and the verbs by which the one who will act holds it ("signed", "won", "received").
ENABLING_NOUNS = frozenset("""deal agreement accord pact contract licence license permit permission approval right
mandate concession go-ahead""".split())
ENABLING_HOLDERS = frozenset("""sign strike reach win secure obtain get receive gain clinch land seal conclude ink
negotiate agree""".split())


def enabling_noun(verb: Token) -> Token | None:
    """The noun of a plan, a deal or a permission an infinitive hangs on as a relative clause ("a deal to buy"), or
    None."""
    noun = verb.head
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
            noun.pos_ != "NOUN" or noun.lemma_.lower() not in ENABLING_NOUNS and not (
                noun.lemma_.lower() in INTENTION_NOUNS and verb.dep_ == "relcl"):
        return None     # (a plan's infinitive read as a modifier is :func:`intended_act`'s)
    return noun


def enabled_holder(verb: Token) -> Token | None:
    """The verb whose subject holds the deal, permission or plan of :func:`enabling_noun`: "signed a deal to buy",
    "won a licence to operate", "announced plans to cut" (its object); None for any other verb ("approved a plan to
    build", "rejected a proposal to merge": whose act it would be, the sentence does not say)."""
    noun = enabling_noun(verb)
    holder = noun.head if noun is not None else None
    if holder is None or noun.dep_ != "dobj" or holder.pos_ not in ("VERB", "AUX"):
        return None
    lemma = noun.lemma_.lower()
    return holder if holder.lemma_.lower() in (ENABLING_HOLDERS if lemma in ENABLING_NOUNS else INTENTION_HOLDERS) else None


def short_of(verb: Token) -> Token | None:
    """ "stopped short of blaming Russia", "fell short of accusing X", "came close to buying Hess": the verb that
    stops short, whose subject did not do the act (None for any other clause)."""
    if arrays(verb.doc).dep[verb.i] != "pcomp":
        return None     # (asked of every verb: its dependency first)
    prep = verb.head
    short = prep.head
    if verb.dep_ != "pcomp" or (prep.lower_, short.lower_) not in (("of", "short"), ("to", "close")) \
            or short.head.pos_ != "VERB" or short.head.lemma_.lower() not in ("stop", "fall", "come"):
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


# Nouns of a refusal or a failure: the act of their infinitive is not done ("Microsoft's refusal to sell the unit").
REFUSAL_NOUNS = frozenset("refusal failure reluctance unwillingness".split())


def intention_owner(verb: Token) -> Token | None:
    """The one whose plan, decision, offer or refusal an infinitive on the noun is, named by the noun's possessor or
    its "by" phrase before the infinitive: "Germany's decision to halt arms exports", "the decision by Germany to
    halt", "Microsoft's refusal to sell" (its act, planned or refused); None for any other infinitive ("a plan to
    build", whose act the sentence does not say; "its plan": a pronoun is another reading's)."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if noun.lemma_.lower() not in INTENTION_NOUNS and noun.lemma_.lower() not in REFUSAL_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")] or [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i
        for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
    return owners[0] if owners and owners[0].ent_type_ not in ("DATE", "TIME") else None


# Verbs that counsel someone against an act: "warned Greece against militarising the islands".
WARNING_VERBS = frozenset("warn caution advise counsel urge admonish".split())


def warned_against(pcomp: Token) -> bool:
    """A gerund after "against" whose verb warns an object: the object is the one warned off the act."""
    prep = pcomp.head
    return pcomp.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ == "against" and \
        prep.head.lemma_.lower() in WARNING_VERBS and any(c.dep_ == "dobj" for c in prep.head.children)
