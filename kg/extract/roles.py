"""The closed set of role relations that titles, appositions and relative clauses state.

A title as the text writes it ("chairman", "Foreign Minister", "Kremlin spokesman") names an office; the graph
states the role the office is an instance of, from a small closed set that ``ontologies/kg.ttl`` declares and
aligns with Wikidata. The title itself stays the predicate's label ("chairman of"), so nothing the text said is
lost.

>>> role_of("chairman_of")
'chair_of'
>>> role_of("foreign_minister_of")
'minister_of'
>>> role_of("chief_of_staff_of")
'employee_of'
>>> role_of("consider") is None
True
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.gazetteer import Gazetteer
from kg.types import EntityType

# role -> (label, Wikidata properties it is aligned with). Kept in step with ontologies/kg.ttl (a test checks).
ROLES = {
    "head_of": ("head of", ("P35", "P6", "P1037")),
    "chief_executive_of": ("chief executive of", ("P169",)),
    "chair_of": ("chair of", ("P488",)),
    "member_of": ("member of", ("P463",)),
    "member_of_party": ("member of political party", ("P102",)),
    "employee_of": ("employee of", ("P108",)),
    "lawyer_of": ("lawyer of", ()),
    "representative_of": ("representative of", ()),
    "spokesperson_of": ("spokesperson of", ()),
    "coach_of": ("coach of", ("P286",)),
    "minister_of": ("minister of", ()),
    "founder_of": ("founder of", ("P112",)),
    "citizen_of": ("citizen of", ("P27",)),
    "located_in": ("located in", ("P131", "P17")),
    "capital_of": ("capital of", ("P1376",)),
}

# The head word of a title, and the role it names; a title's first words may override it (MULTIWORD).
TITLE_ROLES = {
    **dict.fromkeys("""president leader head chief boss director director-general director_general administrator
    principal commander king queen emperor empress tsar czar emir monarch premier chancellor mayor governor
    secretary-general secretary_general rector provost dean headteacher headmaster headmistress vicar warden""".split(),
                    "head_of"),
    **dict.fromkeys("ceo".split(), "chief_executive_of"),
    **dict.fromkeys("chairman chairwoman chairperson chair speaker".split(), "chair_of"),
    **dict.fromkeys("""member lawmaker senator judge justice captain deputy general commissioner mp mep legislator
    trustee""".split(), "member_of"),
    **dict.fromkeys("candidate nominee".split(), "member_of"),
    **dict.fromkeys("""official executive manager editor reporter correspondent analyst economist professor
    researcher scientist adviser advisor aide partner cfo coo prosecutor officer coordinator chaplain registrar
    teacher nurse""".split(), "employee_of"),
    **dict.fromkeys(lx.OCCUPATION_NOUNS, "employee_of"),
    **dict.fromkeys(lx.MEMBER_OCCUPATIONS, "member_of"),
    **dict.fromkeys("lawyer attorney counsel solicitor barrister".split(), "lawyer_of"),
    **dict.fromkeys("representative envoy ambassador agent".split(), "representative_of"),
    **dict.fromkeys("spokesman spokeswoman spokesperson".split(), "spokesperson_of"),
    **dict.fromkeys("coach".split(), "coach_of"),
    **dict.fromkeys("minister secretary treasurer".split(), "minister_of"),
    **dict.fromkeys(lx.PLAYER_POSITIONS, "member_of"),
    **dict.fromkeys("fellow".split(), "employee_of"),
    **dict.fromkeys("founder co-founder co_founder".split(), "founder_of"),
}
MULTIWORD = {("chief", "of", "staff"): "employee_of", ("chief", "of", "mission"): "representative_of",
             ("secretary", "of", "state"): "minister_of", ("chancellor", "of", "exchequer"): "minister_of",
             ("minister", "of", "state"): "minister_of", ("head", "of", "state"): "head_of",
             ("head", "of", "government"): "head_of", ("prime", "minister"): "head_of", ("chief", "executive"): "chief_executive_of",
             ("attorney", "general"): "minister_of", ("press", "secretary"): "spokesperson_of",
             ("vice",): "member_of", ("deputy",): "member_of", ("head", "coach"): "coach_of", ("head", "teacher"): "head_of",
             ("secretary", "general"): "head_of", ("general", "secretary"): "head_of",
             ("managing", "director"): "chief_executive_of", ("chief", "executive", "officer"): "chief_executive_of",
             ("assistant",): "employee_of", ("associate",): "employee_of", ("top", "diplomat"): "minister_of",
             ("board", "director"): "member_of", ("board", "governor"): "member_of"}
# Verbs whose object is the organisation the subject holds the role in ("Ms Reyes, who heads the agency"); the
# ones after "represent" state a role only for a person's subject ("X, who leads the party"; not "Apple leads
# the market").
ROLE_VERBS = {"head": "head_of", "chair": "chair_of", "coach": "coach_of", "represent": "representative_of",
              "lead": "head_of", "run": "head_of", "direct": "head_of", "found": "founder_of", "co-found": "founder_of",
              "cofound": "founder_of", "work_for": "employee_of", "work_at": "employee_of", "command": "head_of",
              "play_for": "member_of", "teach_at": "employee_of", "lecture_at": "employee_of"}
PERSON_ROLE_VERBS = frozenset("""lead run direct found co-found cofound work_for work_at command play_for teach_at
lecture_at""".split())
# Military units a verb of commanding heads when the text names one without the tagger reading it as a name
# ("who has commanded the 20th Guards Army").
MILITARY_UNITS = frozenset("""army corps division brigade regiment battalion fleet squadron flotilla command force
forces guard""".split())
# Titles of a head that a word before them makes the head of a part ("flight director", "the unit head").
DEPARTMENT_HEADS = frozenset("director head chief boss dean".split())
TITLE_WORDS = lx.TITLE_NOUNS | lx.TITLE_MODIFIERS | {"general"}
FORMER = frozenset("former ex ex- erstwhile onetime one-time then retired previous late".split())


# Common nouns for a body that a name before them identifies: "the Citizen Action movement", "the Teamsters union".
BODY_NOUNS = frozenset("""movement party alliance coalition group union federation association league club team
company firm bank agency organisation organization network campaign bloc front council committee""".split())
NAME_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LOC"})


# Titles of a cabinet's members, whose modifiers name a portfolio ("Commerce Secretary", "Civil Protection Minister").
CABINET_TITLES = frozenset("minister secretary commissioner".split())
# Title words that name a cabinet portfolio (and no other office: not "general" or "press" secretary).
PORTFOLIO_WORDS = frozenset("""foreign finance defence defense interior home justice health economy economic trade
energy labour labor education treasury culture environment transport transportation agriculture industry housing
science digital security""".split())


def portfolio(noun: Token, mod: Token) -> bool:
    """A word of a cabinet title's portfolio: a modifier before "minister", "secretary" or "commissioner" that names
    no state, people or acronym of a body ("Commerce" in "US Commerce Secretary", not "US"; "Technology Secretary";
    not "EU" in "EU Trade Commissioner"). The portfolio is the title's own, never the body it is held in.

    >>> portfolio.__name__
    'portfolio'
    """
    if noun.lemma_.lower() not in CABINET_TITLES or mod.i > noun.i or mod.dep_ not in ("compound", "amod", "nmod"):
        return False
    if mod.ent_type_ in ("GPE", "NORP", "LOC", "PERSON") or mod.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if mod.lower_ in _TITLE_NOT_PORTFOLIO:
        return False    # "General Secretary", "Press Secretary", "Deputy Minister": a title word, no portfolio
    doc = noun.doc
    if any(MULTIWORD.get((doc[j].lower_, noun.lemma_.lower()), "minister_of") != "minister_of"
           for j in range(mod.i + 1, noun.i)):
        return False    # "the White House press secretary", "Labour Party General Secretary": a title of its own
                        # ends the words, and a name before it is the body's
    if mod.pos_ == "ADJ" and mod.head.i == noun.i and mod.lower_ not in PORTFOLIO_WORDS:
        return False    # "Latvian Economy Minister": an adjective of the title itself is a nationality
    return not (mod.is_upper and len(mod.text) > 1) and mod.is_alpha


# Titles whose own of-phrase takes "the" ("Chancellor of the Exchequer"; "head of the government" is the head of a
# government the text names).
THE_TITLES = frozenset({("chancellor", "of", "exchequer")})


def title_complement(noun: Token) -> Token | None:
    """The of-phrase that belongs to a title ("chief of staff", "Secretary of State"), or None."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                key = (noun.lemma_.lower(), "of", g.lemma_.lower())
                if g.dep_ == "pobj" and key in MULTIWORD and not any(
                        c.dep_ in ("det", "poss", "compound", "amod") and not (key in THE_TITLES and c.lower_ == "the")
                        for c in g.children):
                    return g
    return None


def body_head(tok: Token) -> Token:
    """The name a body's description is made of ("the Citizen Action movement" -> "Action", "the Chatham House think
    tank" -> "House"), else the token."""
    think_tank = tok.lemma_.lower() == "tank" and any(c.lower_ == "think" for c in tok.children)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BODY_NOUNS and not think_tank:
        return tok
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"
             and c.ent_type_ in NAME_TYPES and not state_adjective(c)]
    return names[-1] if len(names) == 1 else tok


def state_adjective(tok: Token) -> bool:
    """A country's adjective the parser made a compound ("the Argentine mining company Andesur"): where the body
    is from, not its name (its name, if any, is the one after the noun)."""
    if tok.ent_type_ != "NORP":
        return False
    entry = Gazetteer.load().demonym(tok.text)
    return entry is not None and entry.type is EntityType.GPE


def entity_tokens(tok: Token) -> list[Token]:
    """The words of the named entity a token is part of ("Madrid" -> "Real Madrid"), without "the"; the token alone
    when it is in no named entity. (kg.extract.implicit.name_tokens is another thing: the proper nouns ending at a
    name's head, by the parse.)"""
    if tok.ent_iob_ == "O" or not tok.ent_type_:
        return [tok]
    doc = tok.doc
    start, end = tok.i, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return [t for t in doc[start:end + 1] if t.lower_ != "the" and not (t.is_punct and t.text not in "&.-")]


def role_of(predicate: str) -> str | None:
    """The closed-set role a title predicate ("governor_of", "be_chairman_of") names, or None for other predicates."""
    if predicate in ROLES:
        return predicate
    name = predicate[3:] if predicate.startswith("be_") else predicate
    if not name.endswith("_of"):
        return None
    words = tuple(w for w in name[:-3].split("_") if w)
    if not words:
        return None
    for n in (3, 2, 1):
        if words[:n] in MULTIWORD:
            return MULTIWORD[words[:n]]
    for n in (3, 2):    # "deputy chief of staff", "acting chief executive", "commerce secretary of state"
        if len(words) > n and words[-n:] in MULTIWORD:
            return MULTIWORD[words[-n:]]
    if {"vice", "deputy"} & set(words[:-1]):
        return "member_of"      # "executive vice president": the second of an office, never its head
    if len(words) >= 2 and "_".join(words[-2:]) in TITLE_ROLES:
        return TITLE_ROLES["_".join(words[-2:])]
    role = TITLE_ROLES.get(words[-1])
    if role == "head_of" and words[-1] in DEPARTMENT_HEADS and len(words) >= 2 and (
            words[-2] not in TITLE_WORDS or words[-2] in PORTFOLIO_WORDS):
        return "employee_of"    # "flight director", "research chief", "unit head", "finance chief", "security
                                # director": the head of a part, not the body
    return role


# The roles only one person holds in a body at a time.
SOLE_ROLES = frozenset({"head_of", "chair_of", "chief_executive_of"})
PAST_HOLDERS = frozenset("former ex- ex onetime one-time previous late erstwhile".split())


def one_of_several(role: str | None, body) -> str | None:
    """The role a title with an indefinite article states: "a director at Harwell Capital", "a managing director at
    Goldman Sachs" name one of a body's many directors, not its head, so a sole role becomes a post in the body
    ("at": its staff, employee_of; "of": a seat on it, member_of). ``body`` is the head token of the body's name
    the title is "at" or "of"; other roles, and titles with "the" or after a possessive, are returned as they are.

    Examples
    --------
    >>> one_of_several("member_of", None) == "member_of"
    True
    """
    if role not in SOLE_ROLES or body is None or body.dep_ != "pobj" or body.head.lower_ not in ("at", "of"):
        return role
    noun = body.head.head
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or any(
            c.lower_ in PAST_HOLDERS for c in noun.children):
        return role     # "a former chief executive of X": one of its past heads, each the sole one in turn
    return "employee_of" if body.head.lower_ == "at" else "member_of"


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_TITLE_NOT_PORTFOLIO = (lx.TITLE_NOUNS | lx.TITLE_MODIFIERS) - PORTFOLIO_WORDS
