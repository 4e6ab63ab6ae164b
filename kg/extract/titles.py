"""Roles from titles and appositions: "Foreign Minister Lavrov", "Dmitry Peskov, the Kremlin's spokesman".


Finds the title a noun names and the body it is held in (:func:`title_of_tokens`), and whether it is held no
longer or not yet (:func:`former`, :func:`future_office`); :mod:`kg.extract.titleclauses` builds the clauses of
appositions, of titles before names and of nominalisations from them.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.mentions import DESCRIPTIONS
from kg.extract.roles import (BODY_NOUNS, CABINET_TITLES, DEPARTMENT_HEADS, PORTFOLIO_WORDS, body_head,
                              entity_tokens, portfolio, role_of, title_complement)
from kg.types import Modality


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
    prefix = hyphen_prefix(noun)
    if prefix is not None:      # "the Commission's executive vice-president", tokenised "vice - president" and
        name = f"{prefix.lower_}_{name}"    # parsed as three appositions: the prefix's modifiers are the title's
        owner = owner if owner is not None else prefix
    fielded = field_title(noun)
    if within is None and fielded is not None:
        return f"{fielded[0].lower_}_{name}_of", body_head(fielded[1])
    fields = bare_fields(noun)
    if within is None and (lemma in DEPARTMENT_HEADS or role_of(f"{name}_of") == "employee_of") and len(
            fields) == 1 and not any(d.dep_ in ("det", "poss", "nummod") for d in fields[0].children) and not any(
            c.dep_ == "prep" and c.lower_ == "at" for c in noun.children):
        return None     # "joined Meta as head of research", "professor of economics": a field is no body (the
                        # body is the verb's: kg.extract.offices.joined_body)
    after = postposed_general(noun)     # "secretary-general of NATO": the "of" may hang on the "general"
    hung = [c for c in noun.head.children if noun.dep_ == "appos" and c.dep_ == "prep" and c.lower_ == "to"
            and c.i > noun.i]   # "X, chief of staff to President Y": the parser may hang the "to" on the name
    shared = [c for c in owner.children if c.dep_ == "prep" and c.i > noun.i] if owner is not None and \
        noun.dep_ == "conj" and noun.head.i == owner.i and not any(c.dep_ == "prep" for c in noun.children) else []
    # ("chairman and chief executive of Acme": the parser hangs the of-phrase both titles share on the first)
    for c in [*noun.children, *(after.children if after is not None else ()), *hung, *shared]:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "from", "to"):
            for g in c.children:
                if g.dep_ != "pobj" or within is not None and g.i == within.i:
                    continue
                if c.lower_ == "to" and not (g.ent_type_ == "PERSON" and TO_PERSON_TITLES & {name, lemma}):
                    continue    # "adviser to Putin", "chief of staff to President X": a person's; not "an envoy
                                # to Qatar" (kg.extract.titleclauses) nor "an adviser to the board"
                if c.lower_ == "from" and not (g.ent_type_ == "ORG" and (len(entity_tokens(g)) > 1 or any(
                        d.lower_ == "the" for d in g.children))):
                    continue    # "a lawmaker from the Finns Party" is its member; "a diplomat from Japan", "a
                                # biologist from Bergen" (a lone word the tagger may call a body): where from
                possessed = any(p.dep_ == "poss" for p in noun.children)
                if c.lower_ == "at" and (g.ent_type_ in ("GPE", "LOC", "FAC") or possessed) or (
                        possessed and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "NOUN" and not g.ent_type_)):
                    continue    # "the union's branch secretary at Kent", "Amnesty's director for Europe": where;
                                # "the Commission's vice-president for competition": a portfolio
                if c.lower_ == "for" and g.pos_ == "NOUN" and not g.ent_type_ and (not any(
                        d.dep_ in ("det", "poss") for d in g.children) or lemma in CABINET_TITLES
                        and g.lower_ in PORTFOLIO_WORDS):
                    continue    # "commissioner for competition", "minister for trade", "a former minister for the
                                # environment": a portfolio, no body
                if c.lower_ == "for" and (g.ent_type_ in ("GPE", "LOC") and role_of(f"{name}_of") == "representative_of"
                                          or g.ent_type_ != "ORG" and lemma in LEGISLATORS):
                    continue    # "the US envoy for Syria": the post an envoy is sent to, not whom they represent;
                                # "the Liberal Democrat MP for Bath": the seat, not the body (the party before it)
                if c.lower_ == "of" and lemma in CABINET_TITLES and not g.ent_type_ and (g.lower_ in PORTFOLIO_WORDS or (
                        g.is_title and not any(d.dep_ in ("det", "poss") for d in g.children))):
                    continue    # "Nigerian Minister of Information X", "Minister of Foreign Affairs", "the minister
                                # of the interior": a portfolio, no body
                g = misread_participle(g) or g
                body = unit_body(g)
                if body is not None:    # "the head of the WHO's emergencies unit": a unit of the WHO
                    return f"{g.lemma_.lower()}_{name}_of", body
                if state_part(g) and role_of(f"{name}_of") in HEAD_ROLES:
                    return None     # "the commander of Uganda's land forces": the head of a body of the state, not
                                    # of the state (the possessor stands for the state in an act, never in an office)
                return f"{name}_of", body_head(g)
    # the nearest modifier before the title, also inside a multiword title ("ESA Director General")
    base = owner if owner is not None else noun
    owned = any(p.dep_ == "poss" and (p.lower_ in ("its", "their") or p.pos_ == "NOUN" and p.lemma_.lower() in
                                      ROLE_BODIES or p.ent_type_ in ("ORG", "PERSON") and p.pos_ == "PROPN"
                                      or p.is_title and not p.ent_type_ and p.pos_ in ("PROPN", "NOUN")
                                      and p.lower_ not in lx.TITLE_NOUNS) for p in base.children)
    # (or a firm's name the tagger missed or took for a person's: "Danone's Brazil chief executive", "Zoomly's UK
    # chief executive"; a person's "Israel envoy" is theirs too, not Israel's)
    inner = None    # a common noun between the title and a state before it: "opposition" in "Kenyan opposition leader"
    for c in sorted((t for t in base.subtree if t.i < base.i), key=lambda t: -t.i):
        if inner is None and c.dep_ == "compound" and c.head.i == base.i and c.pos_ == "NOUN" and not c.ent_type_ \
                and c.is_lower and c.lower_ not in _TITLE_WORDS and not portfolio(noun, c) \
                and not department(noun, c):
            inner = c
        if owned and c.dep_ in ("amod", "compound", "nmod") and c.head.i == base.i and c.ent_type_ in ("NORP", "GPE"):
            continue    # "Its Canadian director", "the union's Scottish secretary", "its Peru country manager",
                        # "Siemens' India chief executive", "Vodafone's German head": the body's branch in a place
        if c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound", "nmod") and c.head.i == base.i and (
                trade(lemma) or lemma == "coach" and c.pos_ == "ADJ"):
            continue    # "Polish chemist X", "a Japanese economist", "Spanish coach X": a nationality, no office in
                        # the state (but "Paris prosecutor X" is the city's, "Spain coach X" the side's)
        if lemma in lx.RANK_HEADS and c.lower_ in lx.RANK_PARTS and c.ent_type_ not in BODY_ENTS:
            continue    # "Major General X", "Lieutenant General X": a word of the rank, not the army it is held in
        if c.i < noun.i and noun.ent_iob_ == "I" and all(t.ent_iob_ == "I" for t in noun.doc[c.i + 1:noun.i + 1]) \
                and any(t.ent_type_ == "PERSON" or t.i > noun.i and t.ent_iob_ == "I" for t in noun.head.subtree):
            continue    # "National Security Adviser Asim Malik" read as one name: a word of the title, no body
        if c.lower_ in ("national", "federal") and c.i < noun.i and all(
                t.lower_ in lx.TITLE_MODIFIERS for t in noun.doc[c.i + 1:noun.i]) and c.i + 1 < noun.i:
            continue    # "National Security Adviser Ajit Doval" with "National Security" tagged a body: the title's
        if department(noun, c) and c.pos_ == "PROPN":
            continue    # "Oxfam's Asia chief": the region is the part of the body the title heads, not the body
        if chief_officer_field(noun, c):
            continue    # "Chief Financial Officer X": the officer's field, no body
        if (c.lower_ in lx.TITLE_NOUNS or c.lower_ in lx.TITLE_MODIFIERS) and c.dep_ != "poss" and not (
                lemma in LEGISLATORS and c.ent_type_ in ("ORG", "NORP")) or c.is_punct \
                or c.dep_ in ("det", "case") or portfolio(noun, c) and not organ_name(c):
            continue    # "Prime Minister", "Attorney General", "Foreign Minister": a title word is not the organisation
                        # (a possessor is: "Labour's candidate")
        if c.head.i != base.i and not (c.head.lower_ in _TITLE_WORDS and c.head.i < base.i) and not (
                inner is not None and c.head.i == inner.i and inner.lemma_.lower() in SEAT_BODIES
                and c.dep_ == "compound" and role_of(f"{name}_of") == "member_of"):
            continue    # a modifier of a modifier ("the Kherson regional governor") is not the title's (but a name
                        # before a board's noun is a seat's: "a Tesla board member", however the parser hangs it;
                        # not "an Airbus board director", one of its directors, no head)
        if demoted_verb_between(c, noun):
            continue    # "Chelsea chairman Todd Boehly sacked manager Graham Potter": Todd is no manager's body
        if undertaking_name(c, inner):
            return None     # "the Artemis I mission manager", "the Apollo 11 flight director": a mission's name
        if (c.dep_ in ("compound", "poss", "amod", "nmod") or misread_subject(c, base)) and (
                c.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") or c.pos_ == "PROPN" or named_elsewhere(c)):
            if c.dep_ != "poss" and c.lower_ in ROLE_BODIES and len(entity_tokens(c)) == 1 and not c.n_lefts + c.n_rights:
                return None     # "Union president", "Party chairman": a capitalised common noun, no name
            if inner is not None and c.ent_type_ in STATE_ENTS and not state_organ(inner, f"{name}_of"):
                return None     # "Mexican central bank governor", "Kenyan opposition leader", "Uganda's army chief":
                                # the title is held in the body the noun names, not in the state
            if lemma in LEGISLATORS and c.ent_type_ and any(
                    d.dep_ == "compound" and d.pos_ == "PROPN" and not d.ent_type_ for d in c.children):
                return None     # "Liberal Democrat MP" with "Democrat" alone tagged: a party cut short names another
            return f"{name}_of", c
        if c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_BODIES):
            return f"{name}_of", c      # "the company's president", "its spokesman": resolved later
        if c.dep_ == "poss" and c.lower_ == "whose":
            body = relative_antecedent(base)
            if body is not None:        # "the Free Democrats, whose leader X was sacked": the party's leader
                return f"{name}_of", body
            return None
        if c.dep_ == "poss" and c.lower_ in ("his", "her") and (lemma in PERSONAL_TITLES or name in PERSONAL_TITLES
                                                                 or lemma in CABINET_TITLES):
            return f"{name}_of", c      # "his lawyer", "her spokeswoman": a person's representative; "his foreign
                                        # minister": in the state the person heads (kg.extract.rolefacts)
    if inner is not None and name in DESCRIBED_BODY_TITLES and described_body(base, inner):
        return f"{name}_of", inner      # "a department spokesman, X", "a company spokeswoman": the body the article
                                        # spoke of, resolved later as "the department" is
    return None


def misread_participle(noun: Token) -> Token | None:
    """The name a participle before it modifies where the parser made the participle the noun of the phrase and hung
    the name elsewhere ("a member of the ruling All Progressives Congress" parsed "of the ruling", the name an
    apposition): the name's head word; None for any other noun."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is None or noun.pos_ != "NOUN" or noun.ent_type_ or not noun.lower_.endswith("ing") or nxt.ent_iob_ != "B" \
            or nxt.ent_type_ != "ORG" or any(c.dep_ not in ("det", "amod", "advmod") for c in noun.children):
        return None
    name = entity_tokens(nxt)
    heads = [t for t in name if t.head.i == t.i or not name[0].i <= t.head.i <= name[-1].i]
    return heads[0] if len(heads) == 1 and heads[0].head.i != noun.i else None


def misread_subject(tok: Token, title: Token) -> bool:
    """A name before a title that the parser made the title's subject, a shape no noun phrase has ("Brazil coach
    Carlo Ancelotti, an Italian," with "Brazil" the subject of "coach"): a modifier of the title."""
    return tok.dep_ == "nsubj" and tok.head.i == title.i and tok.i < title.i and title.pos_ == "NOUN" and \
        tok.pos_ == "PROPN"


# Titles of those who speak or work for a body that a bare common noun before them names as the article's body ("a
# ministry spokesman", "a police spokeswoman", "a company official"); no head's title ("a company president" may be
# of any firm, "a union leader" of any union).
DESCRIBED_BODY_TITLES = frozenset("spokesman spokeswoman spokesperson official".split())


def described_body(title: Token, noun: Token) -> bool:
    """ "A department spokesman, X", "X, a police spokesman", "a ministry official said": a title of speaking or
    working for a body, with an article of its own and nothing before it but a common noun for a kind of body (no
    state, portfolio or name: "a foreign ministry spokesman" is the state's, "a Kremlin spokesman" the name's). The
    noun refers to the body of that kind the article names, as "the department" would."""
    if title.lemma_.lower() not in DESCRIBED_BODY_TITLES:
        return False
    if noun.lemma_.lower() not in DESCRIPTIONS or noun.lemma_.lower() not in ROLE_BODIES or noun.lemma_.lower() in (
            "country", "nation", "state", "government"):
        return False
    mods = [t for t in title.subtree if t.i < title.i]
    return bool(mods) and mods[0].lower_ in ("a", "an", "the") and all(
        t.i == mods[0].i or t.i == noun.i for t in mods) and noun.dep_ == "compound" and noun.head.i == title.i


# Titles of a head that "board" before them makes one seat of several ("board director", "board governor").
BOARD_SEATS = frozenset("director governor".split())
# Bodies one is a member of by a seat on them ("a Tesla board member", "was appointed to the board of Y").
SEAT_BODIES = frozenset("board council committee commission cabinet".split())
# Titles of a seat in a legislature: a body's name before them is the party ("Labour MP X", not the labour
# portfolio), a place after "for" the seat ("the MP for Bath"), not the body.
LEGISLATORS = frozenset("mp mep senator lawmaker legislator councillor councilor".split())


# Roles of heading a body, and the kinds of name a state is tagged with.
HEAD_ROLES = frozenset({"head_of", "chair_of", "chief_executive_of"})
STATE_ENTS = frozenset({"GPE", "NORP", "LOC"})
# Common nouns for a state's own government, whose officers are the state's ("the German government spokesman",
# "Chinese foreign ministry spokesman"), and for its organs that speak (not head) for it ("Israeli army spokesman").
GOVERNMENT_NOUNS = frozenset("""government ministry cabinet administration state federal embassy presidency crown
junta""".split())     # "Saudi Arabia's crown prince", "Mali's junta leader": titles of the state's own rulers
STATE_ORGANS = frozenset("army military police navy forces parliament authorities".split())
# Nouns that a portfolio makes a ministry ("the foreign office", "the interior department").
PORTFOLIO_OFFICES = frozenset("office department".split())


def organ_name(tok: Token) -> bool:
    """The last word of an organ's name of several words ("Metropolitan Police" in "Metropolitan Police Commissioner
    X", "Royal Navy"): the body a cabinet-like title after it is held in, no portfolio (as "Trade" is in "Trade
    Commissioner")."""
    return tok.ent_type_ == "ORG" and tok.ent_iob_ == "I" and tok.lower_ in STATE_ORGANS


def state_organ(noun: Token, predicate: str) -> bool:
    """A common noun between a state and a title that leaves the title the state's: its government ("government
    spokesman", "foreign ministry spokeswoman"), or, for a title that is no head's, an organ that speaks for it
    ("police spokesman", "foreign office spokesman"). "central bank governor", "opposition leader", "army chief" are
    not the state's heads.

    >>> state_organ.__name__
    'state_organ'
    """
    lemma = noun.lemma_.lower()
    return lemma in GOVERNMENT_NOUNS or role_of(predicate) not in HEAD_ROLES and (lemma in STATE_ORGANS or (
        lemma in PORTFOLIO_OFFICES and any(c.lower_ in PORTFOLIO_WORDS for c in noun.children if c.i < noun.i)))


def state_part(noun: Token) -> bool:
    """A common noun for a body whose possessor is a state ("Uganda's land forces", "Kenya's central bank"), not its
    government ("Kenya's government")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in GOVERNMENT_NOUNS and any(
        c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in noun.children)


def relative_antecedent(noun: Token) -> Token | None:
    """The name a relative clause with "whose" on ``noun`` is about ("the Free Democrats, whose leader X"): a
    proper noun of a body (not a person's: "X, whose lawyer Y", a person's representative, is another title)."""
    tok = noun
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        head = noun.head    # "Lindqvist Shipping, whose chief financial officer, Eva Lund, resigned": the parser
                            # may hang the relative's subject on the name as an apposition
    else:
        while tok.dep_ != "relcl" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head if tok.dep_ == "relcl" else None
    if head is None or head.ent_type_ not in ("ORG", "GPE", "NORP") or head.pos_ != "PROPN" and not (
            head.pos_ == "NOUN" and head.ent_type_ == "ORG"):
        return None     # (a common noun the tagger read into a body's name: "the Kenya Airways pilots' union")
    return head


# Titles of employment that a state's servants hold: "a Chinese official", "US diplomats", "a Russian agent".
STATE_SERVANTS = frozenset("""official officer aide adviser advisor diplomat agent staffer employee coordinator
prosecutor""".split())


# Undertakings a name before them names ("the Artemis I mission manager", "the Gemini project lead")
UNDERTAKINGS = frozenset("mission flight project programme program campaign expedition tour film album series".split())
ROMAN_NUMERALS = frozenset("I II III IV V VI VII VIII IX X".split())


def undertaking_name(c: Token, inner: Token | None) -> bool:
    """Whether a name before a title names what the title's holder runs, not a body they work in: a name before a
    noun of UNDERTAKINGS ("the Artemis I mission manager"; not a body the NER knows: "the NASA mission manager"), or
    a numbered name ("the Apollo 11 flight director", "the Artemis I manager")."""
    if inner is not None and inner.lemma_.lower() in UNDERTAKINGS and c.i < inner.i and c.ent_type_ != "ORG":
        return True
    doc = c.doc
    numbered = c.i + 1 < len(doc) and (doc[c.i + 1].like_num or doc[c.i + 1].text in ROMAN_NUMERALS)
    return c.is_title and numbered or c.text in ROMAN_NUMERALS and c.i > 0 and doc[c.i - 1].is_title


def demoted_verb_between(first: Token, last: Token) -> bool:
    """Whether a finite verb the parser demoted to a modifier stands between two words of a sentence it found no verb
    in ("Chelsea chairman Todd Boehly sacked manager Graham Potter", read as one noun phrase): the words on either
    side belong to two phrases, a title on one side is not the name's or the body's on the other."""
    doc = first.doc
    # (a participle right after a name is its verb, "Boehly sacked manager X"; "the newly appointed manager" is not;
    # the words between are few, the sentence's root is asked only where one of them is such a verb)
    return any((t.tag_ in ("VBD", "VBZ") or t.tag_ == "VBN" and doc[t.i - 1].pos_ == "PROPN")
               and t.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp")
               for t in doc[min(first.i, last.i) + 1:max(first.i, last.i)]) and \
        first.sent.root.pos_ not in ("VERB", "AUX")


def trade(lemma: str) -> bool:
    """A title of a trade or a profession (an employee's, not a state servant's): a demonym before it says where its
    holder is from ("French historian X"), not whom they work for.

    >>> trade("historian"), trade("economist"), trade("official"), trade("minister")
    (True, True, False, False)
    """
    return lemma not in STATE_SERVANTS and role_of(f"{lemma}_of") == "employee_of" or lemma in lx.PLAYER_POSITIONS


# Kinds of name a body that holds an office may be tagged with.
BODY_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC"})
TITLE_WORDS = lx.TITLE_NOUNS | lx.TITLE_MODIFIERS | lx.NAME_TITLES     # never a word of a body's name


def named_elsewhere(tok: Token) -> bool:
    """A capitalised word the tagger did not read as a name here ("Borealis" as an adjective, "Deutschland" as part of
    a person) that is a word of a longer name of a body elsewhere in the article ("Borealis Resources", "Telefonica
    Deutschland"): a name before a title ("Borealis chief executive Ruth Adler"). Never a title word.

    >>> named_elsewhere.__name__
    'named_elsewhere'
    """
    if tok.ent_type_ in BODY_ENTS or not tok.is_alpha or not (tok.is_title or tok.is_upper and len(tok) > 1) \
            or tok.lower_ in TITLE_WORDS:
        return False
    cols = arrays(tok.doc)      # every word of the article, by position: no Token for each
    text, ent, iob, i, n = cols.text, cols.ent_type, cols.ent_iob, tok.i, len(tok.doc)
    word = text[i]
    return any(j != i and text[j] == word and ent[j] in BODY_ENTS and (iob[j] == "I" or (
        j + 1 < n and iob[j + 1] == "I")) for j in range(n))


def bare_fields(noun: Token) -> list[Token]:
    """The fields a title's "of" names ("head of research", "professor of economics"): bare common nouns."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() not in BODY_NOUNS
            and (g.lemma_.lower() in PLACED_UNITS or not any(d.dep_ in ("det", "poss", "nummod") for d in g.children))]


def field_title(noun: Token) -> tuple[Token, Token] | None:
    """ "head of research at Pellam Securities", "professor of economics at Leiden University", "Vexa's head of
    communications": a title of a field (a bare common noun after "of") held at a named body or its possessor;
    (field, body) or None. The head of a field is an officer
    of the body, not its head."""
    fields = bare_fields(noun)
    if len(fields) != 1:
        return None
    bodies = [g for h in (noun, fields[0]) for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ == "ORG"]
    # "Vexa's head of communications", "its head of research": the possessor is the body
    bodies += [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i and c.ent_type_ not in ("PERSON", "NORP")
               and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE") or c.lower_ in ("its", "their")
                    or c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_BODIES)]
    return (fields[0], bodies[0]) if len(bodies) == 1 else None


# Nouns that describe an organisation as one of another body: "a unit of Telefonica", "Israel's public broadcaster".
BODY_RELATIONS = frozenset("""unit arm subsidiary affiliate division branch wing agency broadcaster regulator part
partner""".split())
# Relations only a body bears to another (a person may be a partner or a broadcaster, never a subsidiary), and the
# kinds of name the tagger gives a body it misreads.
PARTS_OF_BODIES = frozenset("unit arm subsidiary affiliate division part".split())
MISREAD_BODY_ENTS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "FAC"})


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
            if objs and name == "part" and objs[0].pos_ == "NOUN" and any(
                    d.dep_ == "prep" and d.lower_ == "of" for d in objs[0].children):
                return None     # "part of the Magnificent Seven group of stocks": a set of things, no body
            if objs:    # "of the German group Lufthansa": the name in apposition to the description
                named = [a for a in objs[0].children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                return f"{name}_of", named[0] if named else body_head(objs[0])
    return None


# Titles a person (not only a body) can have someone in: "his lawyer", "her spokesman".
PERSONAL_TITLES = frozenset("""lawyer attorney counsel solicitor barrister spokesman spokeswoman spokesperson
representative envoy emissary aide adviser advisor agent coach deputy chief_of_staff""".split())
# Titles held "to" a person: "a foreign policy adviser to Putin", "chief of staff to President X".
TO_PERSON_TITLES = frozenset("adviser advisor aide counsellor counselor chief_of_staff".split())
# Nouns of bodies a title can be held in, as possessors: "the union's leader", "the ministry's spokesman".
ROLE_BODIES = frozenset("""company firm group bank party country agency union ministry government council committee
team club army military police court board commission authority regulator department office league federation
association organisation organization institute university school hospital airline carmaker business bloc alliance
coalition movement operator carrier lender insurer watchdog network broadcaster utility maker manufacturer
exchange fund trust charity foundation nation state region province city islands island territory republic
administration""".split()) | frozenset("""automaker brewer chipmaker conglomerate drugmaker miner planemaker producer
publisher refiner retailer shipbuilder shipper startup steelmaker supplier newspaper giant tribunal""".split())
# (the kinds of business a description names a firm by, which the article's firm of that kind holds the title in:
# "the miner's chairman", "the chipmaker's founder", "the drugmaker's chief executive")
# Parts of a body a title can be held in: "the head of the WHO's emergencies unit", "a member of Lufthansa's board".
UNIT_NOUNS = frozenset("""unit division department arm board branch wing bureau office team section chamber faculty
business""".split())


def unit_body(noun: Token) -> Token | None:
    """The named body a unit belongs to ("the WHO's emergencies unit" -> WHO, "the Airbus board" -> Airbus), or None
    for another noun or a unit of no named body."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in UNIT_NOUNS:
        return None
    names = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i
             and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE")) and c.ent_type_ not in ("PERSON", "NORP")
             and not (c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and noun.lemma_.lower() in PLACED_UNITS)]
    if not names:   # "the law faculty at the University of Lagos", "the regional branch of the FNSEA"
        names = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "at") for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ == "ORG"]
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
        if noun.lemma_.lower() in LEGISLATORS and t.ent_type_ in ("ORG", "NORP"):
            continue    # "Labour MP": the party, no word of the title
        if t.lower_ in _TITLE_WORDS and t.lower_ not in FORMER_WORDS or portfolio(noun, t):
            parts.append(t.lower_)
            titled = True
        elif titled and t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("amod", "compound"):
            parts.append(t.lower_)
        elif chief_officer_field(noun, t):
            parts.append(t.lower_)      # "Chief Financial Officer": the field written in capitals
        elif t.lower_ == "board" and t.i == noun.i - 1 and t.dep_ == "compound" and noun.lemma_.lower() in BOARD_SEATS:
            parts.append("board")       # "an Airbus board director": a seat on the board, not the head of the firm
        elif department(noun, t):
            parts.append(t.lower_)
        elif t.lower_ == "top" and noun.lemma_.lower() == "diplomat" and t.head.i == noun.i and not any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children):
            parts.append("top")     # "Kenya's top diplomat", "the EU's top diplomat": the one who heads its diplomacy
    before = noun.doc[noun.i - 1] if noun.i > 0 and not words else None
    if before is not None and before.head.i == noun.head.i != noun.i and before.dep_ in ("amod", "compound") and \
            before.lower_ in lx.TITLE_MODIFIERS - FORMER_WORDS and before.lower_ not in PORTFOLIO_WORDS and not before.n_lefts:
        parts.append(before.lower_)     # "SK Hynix chief executive Kwak Noh-jung": the parser hangs "chief" on the name
    after = postposed_general(noun)
    return "_".join([*parts, noun.lemma_.lower(), *(["general"] if after is not None else [])]).replace("-", "_")


def chief_officer_field(noun: Token, tok: Token) -> bool:
    """A word between "chief" and "officer" ("Chief Financial Officer", "Chief Technology Officer", "chief people
    officer"): the officer's field, a word of the title however it is written, never the body it is held in."""
    if noun.lemma_.lower() != "officer" or not tok.is_alpha or tok.i >= noun.i or tok.ent_type_ in ("GPE", "NORP",
                                                                                                     "PERSON"):
        return False
    doc = noun.doc
    chief = next((j for j in range(tok.i - 1, max(noun.i - 5, -1), -1) if doc[j].lower_ == "chief"), None)
    return chief is not None and all(t.is_alpha for t in doc[chief + 1:noun.i])


def hyphen_prefix(noun: Token) -> Token | None:
    """The "vice" or "co" glued by a hyphen before a title ("vice-president", "co-chair") that the parser made a word
    of its own, not the title's modifier; else None."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text != "-" or doc[noun.i - 1].whitespace_ or doc[noun.i - 2].whitespace_:
        return None
    prefix = doc[noun.i - 2]
    if noun.lemma_.lower() == "chancellor":
        return None     # "vice-chancellor of the University of Karachi": a university's head, an office of its own
    return prefix if prefix.lower_ in ("vice", "co") and prefix.head.i != noun.i else None


def postposed_general(noun: Token) -> Token | None:
    """The "general" a hyphen joins after a title ("secretary-general", "director-general"), which the parser hangs
    on it as an adjective; None for any other title."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != "-" or doc[noun.i + 2].lower_ != "general":
        return None
    after = doc[noun.i + 2]
    return after if after.head.i == noun.i and noun.lemma_.lower() in ("secretary", "director") else None


def hyphenated_general(tok: Token) -> bool:
    """The "general" of "the WHO's director-general", which the tagger calls an adjective: the noun of a title."""
    doc = tok.doc
    return tok.lower_ == "general" and tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in (
        "secretary", "director") and doc[tok.i - 2].head.i == tok.i


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


# Words before a title that say its holder holds it no longer: "former", "then-", "the late", "ousted", "sacked".
FORMER_WORDS = frozenset("""former ex ex- erstwhile onetime one-time then retired previous late ousted deposed
toppled overthrown sacked fired dismissed""".split())


# Words before a title that say its holder does not hold it yet: "the next president of", "incoming chairman X"
FUTURE_WORDS = frozenset("next incoming future designate prospective would-be".split())


def _title_modifiers(noun: Token, name: Token | None) -> list[Token]:
    """The words that modify a title before it (and before the name it titles)."""
    words = [t for c in noun.children if c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i for t in c.subtree]
    if name is not None:
        words += [c for c in name.children if c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i]
    return words


def former(noun: Token, name: Token | None = None) -> bool:
    """ "the former governor", "ex-chairman", "Former President X": a role that is no longer held."""
    words = _title_modifiers(noun, name)
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.text in "-" and noun.i > 1:
        words.append(noun.doc[noun.i - 2])
    return any(t.lower_ in FORMER_WORDS or t.lower_.startswith("ex-") for t in words) or (
        shared_title(noun) and former(noun.head))


# Words between two titles joined by "and" that make the second one's time its own ("the former minister and now
# president of X", "the former governor and current chairman of Y").
OWN_TIME_WORDS = frozenset("now current currently present later still new acting interim".split())


def shared_title(noun: Token) -> bool:
    """A title joined by "and" to a title before it with no article or modifier of its own, which shares the first
    one's ("the former prime minister of Italy and president of the ECB": a former president too); not one with its
    own ("the former minister and the current governor", "a former minister and now adviser")."""
    head = noun.head
    if noun.dep_ != "conj" or head.i >= noun.i or head.pos_ != "NOUN" or noun.pos_ != "NOUN" or \
            head.lemma_.lower() not in lx.TITLE_NOUNS or noun.lemma_.lower() not in lx.TITLE_NOUNS:
        return False
    if any(c.dep_ in ("det", "poss", "amod", "advmod", "nummod") and c.i < noun.i for c in noun.children):
        return False
    between = noun.doc[head.i + 1:noun.i]
    return not any(t.lower_ in OWN_TIME_WORDS for t in between)


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


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_TITLE_WORDS = lx.TITLE_NOUNS | lx.TITLE_MODIFIERS
