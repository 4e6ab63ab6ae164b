"""Repairs of shapes the small parser systematically misreads, and coordination it leaves implicit.

Each function looks at a dependency parse only (no word lists of the articles) and returns tokens of the same
sentence; :mod:`kg.extract.clauses` uses them where it looks for a verb's coordination head, its subjects and
the factuality a clause inherits. Sentence-final attributions are in :mod:`kg.extract.attributions`; scores,
outcomes and purposes of a verb in :mod:`kg.extract.outcomes`.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.events import agent_nouns
from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.entities import INSTITUTION_NOUNS, ORG_NOUNS

FINITE = ("VBD", "VBZ", "VBP")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")


def nonfinite(verb: Token) -> bool:
    """A verb that cannot share its tense with a finite conjunct: a gerund in a prepositional or adverbial
    complement ("of hiding", "before leaving"), or a bare verb after a modal or "to" ("would host", "to host")."""
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "xcomp", "acl"):
        return True
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True     # "who had lost a home and ordered ...": a simple past shares no perfect
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and (c.lower_ in lx.MODAL_HYPOTHETICAL or c.lower_ in (
        "will", "to", "'ll")) for c in verb.children)


# Acts of a speaker, never of a thing: "said the decision showed X and urged Oslo to ..." (the speaker urged).
SPEAKER_ACTS = lx.REQUEST_VERBS | frozenset("""thank praise welcome criticise criticize condemn congratulate
apologise apologize promise pledge vow accuse blame""".split())


def inanimate(noun: Token) -> bool:
    """A common noun that names no actor: "the decision", "the benefits" (not "the ministry", "residents")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and lemma not in agent_nouns() and lemma not in \
        INSTITUTION_NOUNS and lemma not in ORG_NOUNS and lemma not in lx.TITLE_NOUNS


# Of those, the acts that judge or answer another actor. A speaker who reports what an actor did and then
# accuses, blames, thanks or praises someone is the one who does it: "said Moscow had nothing to do with it and
# accused the West of ..." (not Moscow). The requests stay out: "said the army had ordered troops in" is the army's.
VERDICT_ACTS = frozenset("""thank praise criticise criticize condemn congratulate accuse blame""".split())


def finite_clause(verb: Token) -> Token | None:
    """The finite verb of the clause a verb belongs to: itself, or, for "to blame" in "the crew were to blame"
    or "to hide" in "had nothing to hide", the nearest finite verb above it (None if there is none)."""
    up = verb
    for _ in range(6):
        if up.pos_ in ("VERB", "AUX") and (up.tag_ in FINITE or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in (*FINITE, "MD") for c in up.children)):
            return up
        if up.dep_ == "ROOT" or up.head.i == up.i:
            return None
        up = up.head
    return None


def content_clause_governor(clause: Token) -> Token | None:
    """The verb of saying or denying whose content a clause is: its head, for a complement ("said the ministry
    had ..."), or the verb whose object the clause completes ("rejected any suggestion that the crew were to
    blame", "denied reports that ..."); None for any other clause."""
    gov = clause.head
    if clause.dep_ == "ccomp" and gov.pos_ == "VERB":
        pass
    elif clause.dep_ in ("acl", "ccomp") and gov.pos_ == "NOUN" and gov.dep_ == "dobj" and \
            any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        gov = gov.head
    else:
        return None
    lemma = gov.lemma_.lower()
    return gov if gov.pos_ == "VERB" and (lemma in lx.REPORTING_VERBS or lemma in lx.DENIAL_VERBS) else None


# Prepositions that open a clause of time: "after the heirs said", "before the union announced".
TIME_PREPS = frozenset("after before since until till once".split())


def time_clause_report(clause: Token) -> bool:
    """Whether a complement that comes before its verb of saying is the parser's misreading of a clause of time:
    in "Phillips has withdrawn a portrait ... after the heirs of a banker said the picture had been taken", it
    makes "said" the root and "has withdrawn ... after the heirs of a banker" what is said. The saying then has no
    subject of its own, and the word right before it ends a phrase opened by "after" (:data:`TIME_PREPS`) inside
    the complement; "..., the company said" has its subject."""
    gov = clause.head
    if clause.dep_ != "ccomp" or clause.i > gov.i or any(c.dep_ in SUBJECT_DEPS for c in gov.children):
        return False
    tok, timed = gov.doc[gov.i - 1], False
    while tok.i != clause.i:
        if tok.i == gov.i or tok.head.i == tok.i:
            return False
        timed = timed or tok.dep_ == "prep" and tok.lower_ in TIME_PREPS
        tok = tok.head
    return timed


def speaker_conjunct_head(verb: Token) -> Token | None:
    """ "The lobby said the decision showed the limits of wind power and urged Oslo to act": an act only a speaker
    performs, with no subject of its own, hung on the complement of a verb of saying whose subject is a thing, is
    coordinated with the saying. So is a verdict on another actor in the past tense of the saying, whatever the
    complement's subject: "said Moscow had nothing to do with it and accused the West of ...", "rejected any
    suggestion that the crew were to blame and accused the agency of ...". Returns the verb of saying, or None."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEAKER_ACTS:
        return None
    if any(c.dep_ in ("aux", "auxpass") or c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    clause = finite_clause(verb.head)
    gov = content_clause_governor(clause) if clause is not None else None
    if gov is None or gov.i > verb.i:
        return None     # "X seized a ship and accused its crew, state media reported": the report holds both acts
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if subjects and inanimate(subjects[0]) and clause.dep_ == "ccomp" and gov.lemma_.lower() in lx.REPORTING_VERBS:
        return gov
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.head.children)
    if verb.lemma_.lower() in VERDICT_ACTS and gov.tag_ == "VBD" and verb.tag_ in ("VBD", "VBN") and not perfect:
        return gov      # not "said the firm had praised the staff and thanked the unions": the perfect may be shared
    return None


BACKSHIFT_AUX = frozenset("had would could might".split())


def reported_coordinate(verb: Token) -> Token | None:
    """ "Bruni said the Holy See had learned of it and had asked Beijing for an explanation": a verb with no subject
    of its own, hung on a verb of saying in the simple past, whose auxiliary ("had", "would") repeats the one of
    the saying's complement, goes on that complement: the tense shifted back is the report's, not the speaker's.
    Returns the complement's verb, or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.pos_ != "VERB" or head.tag_ != "VBD" \
            or head.lemma_.lower() not in lx.REPORTING_VERBS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not auxes or auxes[0] not in BACKSHIFT_AUX or any(c.dep_ == "aux" for c in head.children):
        return None
    for comp in head.children:
        if comp.dep_ == "ccomp" and head.i < comp.i < verb.i and any(
                c.dep_ == "aux" and c.lower_ == auxes[0] for c in comp.children) and any(
                c.dep_ in SUBJECT_DEPS for c in comp.children):
            return comp
    return None


def coordination_head(verb: Token) -> Token:
    """The verb a conjoined verb is really coordinated with.

    A finite verb with no auxiliary and no subject of its own cannot be the conjunct of a non-finite one:
    "accused the agency of hiding the data and called on the court" (called ~ accused, not hiding), "said Lima
    would host the talks and invited Quito" (invited ~ said, not host). The parser hangs it on the nearest verb;
    this climbs to the nearest finite verb above that one. Any other verb keeps its parser head.
    """
    head = verb.head
    speaker = speaker_conjunct_head(verb) or reported_coordinate(verb)
    if speaker is not None:
        return speaker
    modal = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.i]
    if verb.dep_ == "conj" and modal and head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" for c in head.children) and not any(
            c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ in SUBJECT_DEPS for c in verb.children if c not in modal) \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) and any(
            c.dep_ in SUBJECT_DEPS and inanimate(c) for c in head.children):
        # "her client had received threats after his name was published and would sue the police": a verb with a
        # modal of its own, after a subordinate clause about a thing, is no part of it, but of the clause that one
        # modifies (not "talks stalled because Lima refused and would not sign": Lima would not)
        return head.head
    if realised_after_prospect(verb):
        return head.head
    gerund = gerund_over_infinitive(verb)
    if gerund is not None:
        return gerund
    if verb.dep_ != "conj" or verb.tag_ not in FINITE or verb.pos_ != "VERB" or not nonfinite(head):
        return head
    if any(c.dep_ in ("aux", "auxpass") or c.dep_ in SUBJECT_DEPS for c in verb.children):
        return head
    if reported_perfect(verb, head):
        return head
    up = head
    while up.dep_ != "ROOT" and up.head.i != up.i:
        up = up.head
        if up.pos_ in ("VERB", "AUX") and up.tag_ in FINITE:
            # a conjunct follows what it is coordinated with: not the verb of saying after a complement ("Kenya has
            # withdrawn its envoy and expelled two diplomats, the minister said": Kenya expelled them)
            return up if up.i < verb.i else head
    return head


def realised_after_prospect(verb: Token) -> bool:
    """Whether a past-tense conjunct with a subject of its own, set off by a comma and a coordinator after a
    complement in the future of the past, is the writer's next clause, not part of what was said: "Microsoft denied
    that it would withdraw the game, and in July the two companies signed a deal" (the deal was signed, whatever was
    denied). A reported "would" is no fact yet; a plain past tense after it tells what came to pass. A conjunct
    with a modal or an auxiliary of its own ("..., and the two sides would meet again") stays in the complement."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) or not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("would", "could", "might") for c in head.children):
        return False
    doc = verb.doc
    return any(c.dep_ == "cc" and head.i < c.i < verb.i and doc[c.i - 1].text == "," for c in head.children)


def gerund_over_infinitive(verb: Token) -> Token | None:
    """A gerund the parser made a conjunct of a "to"-infinitive, which cannot be coordinated with it (unlike forms
    coordinate only by mistake): "won the stage, attacking with 5km to go and riding away from X" (riding ~
    attacking, not "to go"). Returns the nearest gerund above the infinitive, whose clause it shares, or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or any(
            c.dep_ in ("aux", "auxpass") or c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for up in head.ancestors:
        if up.tag_ == "VBG" and up.i < verb.i:
            return up
        if up.tag_ in FINITE:
            return None
    return None


def reported_perfect(verb: Token, head: Token) -> bool:
    """ "Media reported that floods had killed 33 people and forced 200,000 to leave": a regular past form ("forced")
    is a participle as well, and after a perfect inside a reported clause with its own subject it shares that
    perfect; it does not climb out to the verb of saying (which a speaker's own acts, "urged", still do)."""
    if not verb.lower_.endswith("ed") or verb.lemma_.lower() in SPEAKER_ACTS \
            or verb.lemma_.lower() in lx.REPORTING_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False    # ("and denied that ...": a verb with a clause of its own speaks, as the speaker does)
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lx.REPORTING_VERBS and clause.head.i < clause.i \
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)


def infinitive_object(verb: Token) -> Token | None:
    """ "urged Prime Minister Justin Trudeau to intervene": the parser may read the object of a control verb as the
    subject of a "to" clause it calls a complement. An infinitive has no subject of its own without "for", so after
    a verb that takes an object and an infinitive ("urge", "ask", "force") that noun is the verb's object.
    Returns it, or None where the verb has an object already or the shape is another."""
    if verb.lemma_.lower() not in lx.ADDRESSEE_VERBS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i < verb.i or comp.tag_ != "VB" or any(c.dep_ == "mark" for c in comp.children):
            continue
        to = [c for c in comp.children if c.dep_ == "aux" and c.lower_ == "to"]
        subj = [c for c in comp.children if c.dep_ == "nsubj" and verb.i < c.i < comp.i]
        if to and subj and subj[0].right_edge.i < to[0].i:
            return subj[0]
    return None


# Verbs whose "for X to Y" complement is a request: "called for the minister to resign".
FOR_REQUEST_VERBS = lx.REQUEST_VERBS | frozenset("push lobby campaign plead pray clamour clamor".split())


def for_infinitive(clause: Token) -> Token | None:
    """ "called for the minister to resign", "pressed for the law to be repealed": an infinitive with a subject of
    its own, introduced by "for", which the parser hangs on the verb as an adverbial clause; it is the verb's
    complement, what is called or pressed for. Returns the "for", or None for any other clause."""
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or clause.i < clause.head.i \
            or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    to = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"]
    if marks and subjects and to and marks[0].i < subjects[0].i < to[0].i < clause.i:
        return marks[0]
    return None


def misread_participle_subject(verb: Token) -> Token | None:
    """ "after a month in which gunmen linked to extortion gangs killed 14 drivers": the parser reads the participle
    right after a noun ("linked") as the clause's finite verb, and hangs the real verb ("killed") on a verb far above
    as a conjunct with no "and", "or" or comma before it. A coordinated verb needs its coordinator; a finite one with
    none, right after the participle's phrase, is the verb of the participle's noun. Returns that noun, else None."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE or verb.pos_ != "VERB" or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cc" for c in verb.children) or verb.left_edge.i != verb.i:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None     # (a coordinator, a comma, an adverb: "stormed the town and killed", "..., killed")
    participle = prev
    while participle.i != participle.head.i and not (participle.pos_ == "VERB" and participle.i < verb.i - 1):
        participle = participle.head
    if participle.dep_ not in ("relcl", "acl") or participle.tag_ not in ("VBD", "VBN") \
            or not participle.lower_.endswith("ed") or participle.right_edge.i != verb.i - 1 \
            or participle.head.i > participle.i:
        return None
    subjects = [c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or subjects[0].i != participle.i - 1:
        return None     # (not "a month in which the gangs that police linked to ...": a subject of its own)
    return subjects[0]


# Verbs of accusing with the preposition that names the act they charge, and verbs of an act's toll or consequence:
# "accused the army of shelling the hospital, killing 12" (the shelling killed them, if it happened).
ALLEGING_PREPS = {"accuse": ("of",), "suspect": ("of",), "blame": ("for",), "charge": ("with",)}
CONSEQUENCE_VERBS = frozenset("kill injure wound displace destroy damage leave cause trigger force".split())


def alleged_consequence(verb: Token) -> Token | None:
    """ "Kyiv accused Russia of striking a station, killing 50 people": a participle of toll after a comma, which the
    parser hangs on the verb of accusing, tells what the alleged act did; it goes with the act charged (the gerund
    right before the comma), whose doer and factuality it shares. Not a participle of another kind ("charged X with
    theft, saying ..." is the charger's act). Returns the gerund, else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in CONSEQUENCE_VERBS or verb.i < 2 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    preps = ALLEGING_PREPS.get(head.lemma_.lower(), ())
    objects = [c for c in head.children if c.dep_ == "dobj"]
    for p in [*head.children, *(c for o in objects for c in o.children)]:   # (or on the accused: "the army of")
        if p.dep_ == "prep" and p.lower_ in preps and p.i < verb.i:
            for g in p.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.right_edge.i == verb.i - 2:
                    return g
    return None


def misattached_conjunct(tok: Token) -> bool:
    """Whether the token is a verb conjunct the parser hung on a verb it is not coordinated with."""
    return tok.dep_ == "conj" and coordination_head(tok).i != tok.head.i


COMITATIVE = frozenset({"together", "along"})


def comitatives(tok: Token, verb: Token | None = None) -> list[Token]:
    """Co-agents set off by commas after a subject: "Vexa, together with Lumora, sued ..." and "Vexa, along with
    Lumora, ...", on the subject or, as the parser may hang them, on its verb between the two. Only a phrase between
    commas counts, or one on the subject that runs up to its verb ("Siemens along with Bosch will close plants"):
    "Vexa with Lumora" or "met Lumora together with aides" is no coordination."""
    out = []
    doc = tok.doc
    cols = arrays(doc)      # asked of every subject: the dependents' positions and columns, a Token for a preposition
    kids, dep_of = cols.children, cols.dep
    right = tok.right_edge.i if verb is not None and verb.i > tok.i else None
    between = [c for c in kids[verb.i] if right < c < verb.i] if right is not None else []
    for p in [*kids[tok.i], *between]:
        if p > tok.i and joined_by(doc, p, verb):
            obj = next(doc[g] for a in kids[p] if dep_of[a] == "agent" for g in kids[a] if dep_of[g] == "pobj")
            out += [obj, *[c for c in obj.conjuncts if c.i > obj.i]]
            continue
        if dep_of[p] != "prep" or p <= tok.i:
            continue
        prep = doc[p]
        if prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ == "together" for c in prep.children):
            first, withp = min(c.i for c in prep.children if c.lower_ == "together"), prep
        elif prep.lower_ == "along":
            withs = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
            if not withs:
                continue
            first, withp = prep.i, withs[0]
        else:
            continue
        objs = [c for c in withp.children if c.dep_ == "pobj"]
        if not objs:
            continue
        end = objs[0].right_edge.i
        if not (first > 0 and doc[first - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","
                or p in kids[tok.i] and verb_follows(doc, end, verb)):
            continue
        obj = objs[0]
        out += [obj, *[c for c in obj.conjuncts if c.i > obj.i]]
    return out


def joined_by(doc, p: int, verb: Token | None) -> bool:
    """Whether word ``p`` is the participle of "joined by X" set off by commas between a subject and its verb:
    "France and Germany, joined by Italy, called for a summit" (Italy called too, as "along with" says; it joined no
    one). Only the participle with its "by" phrase alone, right before the verb's own words."""
    cols = arrays(doc)
    if cols.lemma_lower[p] != "join" or cols.tag[p] != "VBN" or cols.dep[p] != "acl" or cols.text[p - 1] != "," \
            or verb is None or verb.i < p:
        return False
    kids = cols.children[p]
    agents = [a for a in kids if cols.dep[a] == "agent" and any(cols.dep[g] == "pobj" for g in cols.children[a])]
    end = doc[p].right_edge.i
    return len(agents) == 1 and all(cols.dep[k] in ("agent", "advmod") for k in kids) and end + 1 < verb.i \
        and cols.text[end + 1] == "," and verb_follows(doc, end + 1, verb)


def verb_follows(doc, end: int, verb: Token | None) -> bool:
    """Whether the words right after ``end`` begin the verb's own group (the verb, or its auxiliaries, negation and
    adverbs before it): "Siemens along with Bosch will close plants" (the phrase ends the subject)."""
    if verb is None or verb.i <= end:
        return False
    cols = arrays(doc)
    return all(cols.head[k] == verb.i and cols.dep[k] in ("aux", "auxpass", "neg", "advmod") for k in range(end + 1, verb.i))


PLURAL_PRONOUNS = frozenset({"they", "we"})


def plural_antecedents(subject: Token, verb: Token, subjects_of) -> list[Token]:
    """The coordinated subject a plural pronoun in a complement clause takes up: "Vexa and Lumora said they
    welcomed the ruling" -> Vexa, Lumora; "Observers from the EU and the OAS said they ..." -> the EU, the OAS. Only
    where the governing verb's subjects (or the bodies its plural subject comes from) are two or more coordinated
    names; ``subjects_of`` gives a verb's subject heads, conjuncts spread (:func:`kg.extract.arguments.subjects_of`)."""
    if subject.lower_ not in PLURAL_PRONOUNS or subject.pos_ != "PRON" or verb.dep_ not in ("ccomp", "parataxis"):
        return []
    gov = verb.head
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    members, _ = subjects_of(gov)
    if len(members) == 1 and members[0].tag_ == "NNS":
        members = members_of_group(members[0])  # "Observers from the EU and the OAS said they ..."
    if len(members) < 2 or not all(m.pos_ == "PROPN" or m.text.isupper() and len(m.text) > 1 for m in members):
        return []   # (names; an acronym the tagger read as a verb, "CN and CPKC said", is one)
    return members


def members_of_group(noun: Token) -> list[Token]:
    """The coordinated names a plural noun of people belongs to: "observers from the EU and the OAS", "researchers at
    X and Y" -> the names; empty when there is no such list."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.conjuncts:
                return [pobj, *pobj.conjuncts]
    return []


AGENT_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def nominal_agent(verb: Token, obj: Token) -> Token | None:
    """ "repelled an attack by the rebels on the town": the parser hangs the "by" phrase of the object noun on
    the active verb, where it would be a means ("cut rates by half a point"). A "by" right after the object,
    naming an actor, is the object's agent; returns the preposition."""
    cols = arrays(verb.doc)     # asked of every verb's object: its children by position
    dep, kids = cols.dep, cols.children[verb.i]
    if cols.pos[obj.i] != "NOUN" or any(dep[c] == "auxpass" for c in kids):
        return None
    for p in kids:
        if dep[p] == "prep" and cols.lower[p] == "by" and p == obj.right_edge.i + 1:
            prep = verb.doc[p]
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            if pobjs and any(t.ent_type_ in AGENT_ENTS for t in pobjs[0].subtree):
                return prep
    return None


def named_after_description(verb: Token, obj: Token) -> Token | None:
    """ "beat world number one Aryna Sabalenka", "leads the opposition Christian Democrats": a name right after the
    object's description, which the parser hangs on the verb as an adverbial noun or a second object; it is the
    object the description describes."""
    cols = arrays(verb.doc)     # asked of every verb's object: its children by position
    pos, dep = cols.pos, cols.dep
    if pos[obj.i] != "NOUN":
        return None
    for c in cols.children[verb.i]:
        if (dep[c] in ("npadvmod", "appos") or dep[c] == "dobj" and c != obj.i) and pos[c] == "PROPN" \
                and cols.ent_type[c] in AGENT_ENTS \
                and verb.doc[c].left_edge.i == obj.right_edge.i + 1:
            return verb.doc[c]
    return None


# Participles that give a description its name: "a group calling itself X", "a man named X", "a firm known as X".
NAMING_PARTICIPLES = frozenset("call name dub nickname know style".split())
REFLEXIVES = frozenset("itself themselves himself herself".split())


def participle_name(noun: Token) -> Token | None:
    """ "A group calling itself ShadowKite claimed the attack", "police arrested a man named Omar Diallo": a
    common noun right before a participle of naming stands for the name the participle gives it ("called X",
    "named X", "known as X", "calling itself X"). Returns the name's head, or None."""
    cols = arrays(noun.doc)     # asked of every noun: the columns say no to most
    i = noun.i
    if cols.pos[i] != "NOUN" or not any(cols.dep[c] == "acl" and c == i + 1 and cols.lemma_lower[c] in
                                        NAMING_PARTICIPLES for c in cols.children[i]):
        return None
    return named_by_participle(noun)


def named_by_participle(noun: Token) -> Token | None:
    """The name a participle of naming right after ``noun`` gives it ("a man named X", "known as X", "calling
    itself X"), or None (see :func:`participle_name`, which asks this only of a common noun with such a
    participle)."""
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.i != noun.i + 1 or acl.lemma_.lower() not in NAMING_PARTICIPLES:
            continue
        if acl.tag_ == "VBG" and not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in acl.children):
            continue    # "a group calling for calm", "a firm naming its new chief" name nothing
        if acl.tag_ not in ("VBG", "VBN"):
            continue
        names = [c for c in acl.children if c.dep_ in ("oprd", "attr") and c.pos_ == "PROPN"]
        if not names and acl.lemma_.lower() == "know":     # "known as X"
            names = [g for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if names:
            return names[0]
    return None


def preposed_participle_subject(subject: Token) -> Token | None:
    """ "Speaking at a briefing in Geneva, the WHO's director-general, Tedros Adhanom Ghebreyesus, urged donors": the
    parser reads a participle phrase that opens the sentence as the main verb's subject, and hangs the real subject,
    set off by commas, on its last noun as appositions. Returns the name among those appositions (the last proper
    noun), or None when the subject is no such participle or no apposition after a comma follows it."""
    doc = subject.doc
    if subject.dep_ not in ("csubj", "nsubj") or subject.tag_ != "VBG" or subject.i != subject.sent.start:
        return None
    verb = subject.head
    if verb.i <= subject.i or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i for c in verb.children):
        return None
    # the appositions after a comma inside the participle phrase, before the main verb
    apposed = [t for t in subject.subtree if t.dep_ == "appos" and t.i < verb.i and t.head.i != subject.i
               and doc[t.left_edge.i - 1].text == ","]
    if not apposed or doc[verb.i - 1].text != "," and doc[subject.right_edge.i].i + 1 != verb.i:
        return None
    names = [t for t in apposed if t.pos_ == "PROPN"] + [
        g for t in apposed for g in t.children if g.dep_ == "appos" and g.pos_ == "PROPN"]
    return max(names, key=lambda t: t.i) if names else None


# Nouns of a "by" phrase that time or measure an act, no agent ("by the end of the year", "by a wide margin")
_NO_AGENT_NOUNS = frozenset("end time hour day week month year way margin side rest number".split())


def stranded_agent(verb: Token) -> Token | None:
    """ "Apple was ordered to pay 13 billion euros by the European Court of Justice": the agent of a passive verb
    with an infinitive, which the parser hangs at the end of the infinitive (on it or on its object). Only a name, or
    a noun that describes a body or an office, after "by"; not a time, a measure or a means ("pay by card"). None
    when the verb is no such passive or has an agent of its own."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in verb.children) or \
            not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    from kg.extract.mentions import DESCRIPTIONS     # (mentions builds on the resolver's modules)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if xcomp is None or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in xcomp.children):
        return None
    bys = [c for c in xcomp.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"] + [
        c for o in xcomp.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "by"]
    for by in bys:
        pobj = next((g for g in by.children if g.dep_ == "pobj"), None)
        if pobj is None or by.i != max(t.i for t in xcomp.subtree if not t.is_punct) - (pobj.right_edge.i - by.i):
            continue    # (the "by" phrase ends the infinitive's words: the sentence's last phrase)
        if pobj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY") or \
                pobj.lemma_.lower() in _NO_AGENT_NOUNS:
            continue
        if pobj.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or pobj.pos_ == "PROPN" or (
                pobj.pos_ == "NOUN" and pobj.lemma_.lower() in DESCRIPTIONS.keys() | lx.TITLE_NOUNS):
            return pobj
    return None


def opening_name_subject(verb: Token) -> Token | None:
    """ "FIFA banned the Russian team": the parser may read a name that opens the sentence as an adverbial noun of the
    finite verb right after it, leaving the verb with no subject; the name is its subject. None for any other verb:
    one with a subject, a name that does not open the sentence or stand right before the verb, or no actor's name
    ("Monday Kenya banned ...": a time)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ in AGENT_ENTS[:3] and \
                c.right_edge.i == verb.i - 1 and c.left_edge.is_sent_start:
            return c
    return None


def conjoined_name_subject(verb: Token) -> Token | None:
    """ "The talks collapsed on Friday and Serbia recalled its ambassador": the parser may join the name that opens a
    second clause to the noun before "and" (here the date) and hang the clause's finite verb below the first one with
    no subject. Returns that name: a name of an actor right before the verb, joined by "and" or "but" to a noun of the
    first clause (None for any other verb: one with a subject, one not finite, or no such name; "met Kenya and
    Uganda signed" needs the name to stand right before the verb, and a verb right after a name that is an object's
    conjunct is one the parser read as no verb of it)."""
    if verb.tag_ not in FINITE or verb.dep_ not in ("advcl", "conj", "ccomp") or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.i < 2:
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ not in AGENT_ENTS[:3] or \
            name.head.i >= name.i or not verb.head.is_ancestor(name):
        return None
    first = name.left_edge
    cc = verb.doc[first.i - 1] if first.i else None
    if cc is None or cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or cc.head != name.head:
        return None
    return name


def misread_aside(comp: Token) -> bool:
    """Whether a verb's complement is an aside whose subject the parser took from the verb ("Scholz, asked about the
    tanks, said ...": see :func:`aside_participle_subject`): no content of the verb."""
    subject = aside_participle_subject(comp.head) if comp.dep_ == "ccomp" and comp.i < comp.head.i else None
    return subject is not None and subject.head == comp


def aside_participle_subject(verb: Token) -> Token | None:
    """ "Lumo Energy, having failed to pay its debts, was taken over by the state", "Scholz, asked about the tanks,
    said": the parser may hang the subject of a sentence on the participle set off by commas between it and its verb
    (reading a past participle as a past tense, its verb's complement), leaving the verb with none. Returns that
    subject, the noun that opens the sentence and stands before the comma that opens the aside, which closes with a
    comma right before the verb (None for any other verb: one with a subject, or no such aside)."""
    doc = verb.doc
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not (
            verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in (*FINITE, "MD")
                                       for c in verb.children)):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i)])
    for aside in verb.children:
        end = aside.right_edge.i - (doc[aside.right_edge.i].text == ",")   # (its closing comma may hang on it)
        if not (aside.dep_ == "advcl" and aside.tag_ in ("VBG", "VBN") or aside.dep_ == "ccomp" and aside.tag_ in (
                "VBD", "VBN")) or aside.i > first or end + 2 != first or doc[end + 1].text != ",":
            continue
        subj = [c for c in aside.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < aside.i]
        if len(subj) != 1 or not subj[0].left_edge.is_sent_start or subj[0].pos_ not in ("PROPN", "NOUN"):
            continue
        comma = next((t.i for t in doc[subj[0].i + 1:aside.i] if t.text == ","), None)
        # (the noun's own words up to the comma, and only the aside's auxiliaries and adverbs after it)
        if comma is not None and all(doc[j].head == aside for j in range(comma + 1, aside.i)) and all(
                subj[0].is_ancestor(doc[j]) or j == subj[0].i for j in range(subj[0].left_edge.i, comma)):
            return subj[0]
    return None


def misread_time_subject(verb: Token) -> Token | None:
    """ "India's delivery of rice after the storm angered China", "Japan's decision to send troops after the election
    was criticised by Beijing": the parser may read the phrase of time after a subject noun as a clause of time
    ("after the storm angered China") and leave that noun the root of a sentence with no verb. Returns the noun, the
    verb's real subject: a sentence's root with a possessor or an "of" phrase of its own, whose words (an infinitive
    or a phrase on it, no finite verb, no comma) run up to the time word, which opens the verb's subject, a common
    noun (None for any other verb: "Protests after police shot a teenager" is a headline's true clause, and a name
    after the time word may be one too)."""
    if verb.dep_ != "advcl":
        return None     # (before the sentence's root is found: Token.sent makes a Span, asked of every verb)
    doc = verb.doc
    root = verb.sent.root
    if root.lemma_.lower() in lx.REPORTING_VERBS and root.i > verb.i and verb.head.i < verb.i:
        # "India's delivery of rice after the storm angered China, officials said": what is said, read as a noun
        root = next((a for a in verb.ancestors if a.dep_ in ("ccomp", "dep") and a.head == root), root)
    if verb.dep_ != "advcl" or root.pos_ != "NOUN" or not (root.i < verb.head.i < verb.i or verb.head == root) or not (
            verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in (*FINITE, "MD")
                                       for c in verb.children)):
        return None
    if doc[root.sent.end - 1].text not in (".", "!", "?") or not any(
            c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") or c.dep_ == "prep" and c.lower_ == "of"
            for c in root.children):
        return None     # (a headline has no full stop; a bare noun may name a scene: "Protests after ...")
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in TIME_PREPS and c.i < verb.i), None)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if mark is None or len(subj) != 1 or subj[0].pos_ != "NOUN" or subj[0].ent_type_ or \
            subj[0].left_edge.i != mark.i + 1 or subj[0].right_edge.i >= verb.i:
        return None
    # the noun's own words up to the time word: no comma, no finite verb
    if any(doc[j].is_punct or doc[j].tag_ in (*FINITE, "MD") or not root.is_ancestor(doc[j])
           for j in range(root.sent.start, mark.i) if j != root.i) or root.left_edge.i != root.sent.start:
        return None
    return root


def interrupted_object(verb: Token) -> Token | None:
    """ "The union reached, after a long meeting with mediators, a deal with Ryanair", "Poland bought, after years of
    delays, three submarines from Saab": the parser reads an object that follows a phrase set off by commas right
    after its verb as an apposition of the phrase's last noun or as an adverbial noun of the verb. Returns the
    object's head: a common noun with a determiner, a number or a possessor, after the comma that closes the phrase
    (the phrase's only comma), whose words end the sentence; no noun of a person or a body ("won, under its new
    coach, a former striker" names the coach). None for a verb with an object or a complement of its own."""
    doc = verb.doc
    cols = arrays(doc)      # asked of most verbs: the sentence's end by position (Token.sent makes a Span each time)
    v = verb.i
    if cols.pos[v] != "VERB" or v + 2 >= cols.n or cols.text[v + 1] != ",":
        return None
    sent_end = cols.sentence_of(v)[1] + 1
    if v + 2 >= sent_end or verb.lemma_.lower() in lx.INTRANSITIVE_VERBS or any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "auxpass") for c in verb.children):
        return None
    prep = doc[verb.i + 2]
    if prep.dep_ != "prep" or prep.head != verb:
        return None
    commas = [t.i for t in doc[prep.i:prep.right_edge.i + 1] if t.text == ","]
    if len(commas) > 1 or not commas and (prep.right_edge.i + 1 >= sent_end or doc[prep.right_edge.i + 1].text
                                          != ","):
        return None
    close = commas[0] if commas else prep.right_edge.i + 1
    obj = doc[close + 1] if close + 1 < sent_end else None
    while obj is not None and obj.head.i > obj.i and obj.head.i < sent_end and obj.dep_ in (
            "det", "nummod", "poss", "amod", "compound", "quantmod", "case"):
        obj = obj.head      # (from the phrase's first word to its head)
    if obj is None or obj.left_edge.i != close + 1 or not (
            obj.dep_ == "appos" and prep.is_ancestor(obj) or obj.dep_ == "npadvmod" and obj.head == verb):
        return None
    end = obj.right_edge.i + 1
    if end != sent_end - 1 or not doc[end].is_punct or obj.pos_ != "NOUN" or obj.ent_type_ in (
            "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY") or not any(
            c.dep_ in ("det", "nummod", "poss") for c in obj.children):
        return None
    lemma = obj.lemma_.lower()
    if lemma in agent_nouns() or lemma in INSTITUTION_NOUNS or lemma in ORG_NOUNS or lemma in lx.TITLE_NOUNS:
        return None
    return obj


def interrupted_apposition(noun: Token) -> bool:
    """Whether an apposition is the object :func:`interrupted_object` finds, no name of the noun it hangs on."""
    if noun.dep_ != "appos":
        return False
    prep = next((a for a in noun.ancestors if a.dep_ == "prep" and a.head.pos_ == "VERB"), None)
    return prep is not None and interrupted_object(prep.head) == noun


def time_clause_aside(head: Token) -> tuple[Token, Token, Token] | None:
    """ "Oil rose after Iran, defying a warning from Washington, seized a tanker": the parser reads the subject of a
    clause of time as the object of "after" on the main verb, hangs the participle set off by commas on the main
    verb, and joins the clause's own verb to it with no subject. Returns the subject (the time word's object, whose
    words end at the comma that opens the participle), the participle and the clause's verb (finite, with no subject
    and no "and" before it, right after the comma that closes the participle); None for any other verb."""
    doc = head.doc
    cols = arrays(doc)
    for p in cols.children[head.i]:
        if cols.dep[p] != "prep" or cols.lower[p] not in TIME_PREPS or p < head.i:
            continue
        subj = next((doc[g] for g in cols.children[p] if cols.dep[g] == "pobj"), None)
        comma = subj.right_edge.i + 1 if subj is not None else len(doc)
        if subj is None or comma + 1 >= head.sent.end or doc[comma].text != "," or subj.pos_ not in ("PROPN", "NOUN") \
                or subj.ent_type_ in ("DATE", "TIME", "EVENT") or doc[p].right_edge.i != subj.right_edge.i:
            return None
        aside = doc[comma + 1]
        if aside.dep_ != "advcl" or aside.head != head or aside.tag_ not in ("VBG", "VBN") or any(
                c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in aside.children):
            return None
        close = aside.right_edge.i + 1
        if close + 1 >= head.sent.end or doc[close].text != ",":
            return None
        verb = next((c for c in head.children if c.dep_ == "conj" and c.i > close and c.tag_ in FINITE), None)
        if verb is None or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.left_edge.i != close + 1 \
                and any(doc[j].head != verb or doc[j].dep_ not in ("aux", "neg", "advmod")
                        for j in range(close + 1, verb.i)) or any(
                c.dep_ == "cc" and c.i < verb.i for c in head.children):
            return None
        return subj, aside, verb
    return None


def time_aside_subject(verb: Token) -> Token | None:
    """The subject :func:`time_clause_aside` finds, for its participle or its verb (None for any other verb)."""
    if verb.dep_ not in ("conj", "advcl") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    found = time_clause_aside(verb.head)
    return found[0] if found is not None and verb in found[1:] else None


def stranded_time_subject(verb: Token) -> Token | None:
    """ "Lumo's shares fell after a court in Oslo fined the company", "said the pill had been dropped after a patient
    in a trial in Ohio suffered liver damage": the parser may read the subject of a clause of time as the object of
    "after" on the verb above and leave the clause's finite verb, right after it, with no subject. Returns that
    object (a noun or a name, no date), whose phrase ends right before the verb, and the verb is one the clause above
    governs; None for any other verb: one with a subject, or with no such phrase before it."""
    doc = verb.doc
    if verb.tag_ not in FINITE or verb.dep_ not in ("advcl", "ccomp", "conj") or verb.i == 0 or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "cc") for c in verb.children) or verb.left_edge.i != verb.i:
        return None
    last = doc[verb.i - 1]
    prep = next((a for a in last.ancestors if a.dep_ == "prep" and a.lower_ in TIME_PREPS), None)
    if prep is None or prep.right_edge.i != last.i or not (prep.head == verb.head or prep.head.head == verb.head
                                                         and prep.head.dep_ in ("ccomp", "conj", "advcl")):
        return None
    subj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.ent_type_ in ("DATE", "TIME", "EVENT") or \
            any(c.dep_ == "pobj" and c != subj for c in prep.children) or prep.head.i > prep.i:
        return None
    if any(c.dep_ == "relcl" for c in subj.children):
        return None     # "after a year in which hackers linked to gangs stole records": the relative clause's verb
        # (misread_participle_subject)
    return subj


def stranded_time_prep(prep: Token) -> bool:
    """Whether the object of a time word is the subject :func:`stranded_time_subject` finds for the verb after it."""
    doc = prep.doc
    nxt = prep.right_edge.i + 1
    return nxt < len(doc) and doc[nxt].pos_ in ("VERB", "AUX") and (subj := stranded_time_subject(doc[nxt])) is not \
        None and subj.head == prep
