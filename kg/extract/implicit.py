"""Relations the text implies without a verb: "Darmstadt, Germany", "the spaceport in French Guiana",
"Kyiv, Ukraine's capital". Each is a Clause of kind "implicit" with a closed-set predicate (kg.extract.roles).

The rules read entity labels off the parse (GPE, LOC, FAC); the graph keeps a statement only when both
arguments are entities (see kg.extract.core), Open IE prints the tuple with the sentence's words.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, arg_tokens, described_pair, glue, trim
from kg.extract.docarrays import arrays
from kg.extract.entities import DESCRIPTIONS, INSTITUTION_NOUNS
from kg.extract.titleclauses import in_dateline, possessor_tokens
from kg.extract.titles import title_of_tokens, trade
from kg.extract.verbwords import FINITE_TAGS
from kg.gazetteer import Gazetteer
from kg.types import EntityType

PLACES = frozenset({"GPE", "LOC", "FAC"})
# Nouns for a body's post in another place, whose place modifier names its owner: "the US embassy in Lima", "the
# Kenya office in Geneva", "the UK base in Cyprus".
OUTPOST_NOUNS = frozenset("""embassy consulate mission legation delegation office bureau branch base outpost
subsidiary unit division representation""".split())


def place_tokens(tok: Token) -> list[Token]:
    """The words of the place name the token ends ("French Guiana"), without a leading "the"."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start - 1].ent_type_ == tok.ent_type_ \
            and tok.ent_iob_ == "I":
        start -= 1
        if doc[start].ent_iob_ == "B":
            break
    return [t for t in doc[start:tok.i + 1] if t.lower_ != "the"]


DIRECTIONS = frozenset("""northern southern eastern western central north south east west northeastern northwestern
southeastern southwestern upper lower""".split())


def region_tokens(tok: Token) -> list[Token]:
    """A place with the direction word the sentence puts before it: "southern France", "northern Brazil"."""
    place = place_tokens(tok)
    before = tok.doc[place[0].i - 1] if place and place[0].i > 0 else None
    if before is not None and before.lower_ in DIRECTIONS and before.head == tok and before.dep_ == "amod":
        return [before, *place]
    return place


def is_place_end(tok: Token) -> bool:
    """Whether the token is the last word of a place name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ in PLACES and (nxt is None or nxt.ent_iob_ != "I")


def implicit_clauses(tok: Token) -> list[Clause]:
    """The implicit relations a token heads: located_in from "X, Y" and "X in Y", capital_of from "X, Y's capital"."""
    out: list[Clause] = []
    doc = tok.doc
    cols = arrays(doc)      # the token's own attributes, read once: this runs for every word
    i = tok.i
    pos, dep, tag, ent, lemma, lower = (cols.pos[i], cols.dep[i], cols.tag[i], cols.ent_type[i], cols.lemma_lower[i],
                                        cols.lower[i])
    if ent in PLACES and is_place_end(tok):
        place = place_tokens(tok)
        # "Darmstadt, Germany": a place, a comma and a larger place closing the phrase
        k = tok.i + 1
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ in ("GPE", "LOC") \
                and doc[k + 1].ent_iob_ == "B":
            end = k + 1
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
            after = doc[end + 1] if end + 1 < len(doc) else None
            beyond = doc[end + 2] if end + 2 < len(doc) else None
            second = doc[end]
            listed = second.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in second.children) or (
                beyond is not None and (beyond.ent_type_ in PLACES or beyond.dep_ == "cc"))
            if second.dep_ == "appos" and second.head.i != tok.i and second.head.i < tok.i:
                listed = True   # "the British ambassador to Japan, Julia Longbottom,": apposed to the ambassador
            elif listed and tok.i == tok.sent.start and in_dateline(tok):
                listed = False  # "ACCRA, Ghana (AP) -": a dateline's town and country, which the parser conjoins
            if (after is None or after.is_punct) and not listed:     # not "Burundi, Kenya, Rwanda and Uganda"
                out.append(_clause("located_in", "is in", place, [t for t in doc[k + 1:end + 1]], tok, doc[end]))
        # "the Kourou spaceport in French Guiana", "Kourou in French Guiana": a place, "in" and a place
        holder = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
        if holder is not tok and holder.lemma_.lower() in OUTPOST_NOUNS:
            holder = None   # "the US embassy in Lima": the embassy is in Lima; the state that owns it is not
        elif holder is tok and (is_state(place) or acts_as_agent(tok)):
            holder = None   # "signed by Rwanda and Congo in Washington": where the act took place, not the actors
        for prep in (holder.children if holder is not None else ()):
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > holder.i:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                        out.append(_clause("located_in", "is in", place, place_tokens(pobj), tok, pobj))
    if pos == "PROPN" and ent not in ("PERSON", "NORP", "DATE", "TIME") and (
            i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I"):
        out += comma_in_place_clauses(tok)
    if pos == "PROPN" and lower in lx.LANDFORMS:
        out += landform_in_place_clauses(tok)
    # "Boston-based Corvex", "the Toronto-based bank", "the Austrian-born architect": a place-participle modifier
    if lower in PLACE_PARTICIPLES and dep == "amod" and cols.pos[cols.head[i]] in ("PROPN", "NOUN"):
        out += place_participle_clauses(tok)
    # "Vienna, the Austrian capital": the country as a nationality word (Open IE prints the country's name)
    if dep == "appos" and lemma == "capital" and cols.ent_type[cols.head[i]] == "GPE":
        for adj in (c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP"):
            out.append(_clause("capital_of", "is capital of", arg_tokens(tok.head), [adj], tok.head, adj,
                               "both" if seat_of_state(tok, adj) else "openie"))
    # "the Peruvian capital, Lima", "the Sudanese capital Khartoum": the same with the name after the capital
    if dep == "appos" and ent == "GPE" and cols.lemma_lower[cols.head[i]] == "capital" and cols.head[i] < i:
        capital = tok.head
        for adj in (c for c in capital.children if c.dep_ == "amod" and c.ent_type_ == "NORP"):
            out.append(_clause("capital_of", capital_relation(capital)[0], arg_tokens(tok), [adj], tok, adj,
                               "both" if seat_of_state(capital, adj) else "openie"))
    described = dep == "appos" or dep == "conj" and described_first(tok)
    if described and pos == "NOUN" and lemma not in NOT_PLACE_APPOSITIONS:
        out += possessor_place_clauses(tok)     # not "Germany, France's closest ally"
    if pos == "NOUN" and lemma not in NOT_NAMED_POSSESSED and named_by(tok) is not None:
        out += named_possessor_clauses(tok)
    if dep == "appos" and pos in ("NOUN", "PROPN") and cols.pos[cols.head[i]] in ("NOUN", "PROPN"):
        out += origin_clauses(tok)
    if tag == "NN" and lemma in KIN_NOUNS:
        out += kin_clauses(tok)
    if (pos == "PROPN" or pos == "NOUN" and ent in ("ORG", "PERSON") and cols.text[i][:1].isupper()
            and not cols.is_sent_start[i]) and (dep not in ("compound", "poss") or dep == "poss" and (ent == "PERSON" or titled_name(tok))) \
            and lower not in TITLE_OR_NAME_TITLE:
        if ent in ("PERSON", "ORG") or described_name(tok) or dep == "poss" and titled_name(tok):
            out += description_clauses(tok)
        out += origin_before_name(tok, name_tokens(tok))
    if pos in ("PROPN", "NOUN") and dep in NATIONAL_DEPS and cols.text[i][:1].isupper() and not cols.is_sent_start[i] \
            or dep in NATIONAL_DEPS and i > 0 and cols.dep[i - 1] == "det" and cols.text[i][:1].isupper():
        out += nationality_noun_clauses(tok)
    if pos == "NOUN" and lemma in PLACE_NOUNS:
        out += place_of_clauses(tok)
    elif pos == "NOUN" and has_origin(lemma) and (lemma not in lx.TITLE_NOUNS or trade(lemma)) and close_name(
            tok) is None and not (
            dep == "compound" and described_name(tok.head)) and split_name(tok) is None:
        # (not the name's own description, which description_clauses reads)
        out += noun_origin_clauses(tok)
    if pos == "NOUN" and tag == "NN" and ent == "" and any(
            cols.dep[c] in ("det", "poss") for c in cols.children[i]):
        out += noun_in_place_clauses(tok)
    if pos == "NOUN" and (lemma in LOCATED_PEOPLE or lemma in LOCATED_THINGS or lemma in AGENT_NOUNS
                          or lemma in lx.OCCUPATION_NOUNS) and dep not in ("appos", "attr", "compound"):
        out += located_noun_clauses(tok)
    # "in Chile's capital, Santiago,": a capital with a possessor and its name set off after it (Open IE only)
    if lemma == "capital" and not described and (name := named_by(tok)) is not None and name.ent_type_ == "GPE":
        for owner in (c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "GPE"):
            out.append(_clause("capital_of", capital_relation(tok)[0], name_phrase(name), possessor_tokens(owner),
                               name, owner, "both" if capital_relation(tok)[1] else "openie"))
    # "Kyiv, Ukraine's capital" and "the capital, Kyiv" with a possessor or an of-phrase
    if described and lemma == "capital" and cols.ent_type[cols.head[i]] == "GPE":
        country = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "GPE"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
        if country:
            obj = possessor_tokens(country[0]) if country[0].dep_ == "poss" else arg_tokens(country[0])
            rel, seat = capital_relation(tok)
            out.append(_clause("capital_of", rel, arg_tokens(tok.head), obj, tok.head, country[0],
                               "both" if seat else "openie"))
    return out


# words before "capital" that make it another kind of capital than the seat of government, or one no longer:
# "Nigeria's commercial capital" (Lagos; Abuja is the capital), "Kazakhstan's former capital"
NOT_SEAT_CAPITALS = frozenset("""commercial financial economic business cultural former old ancient historic historical
imperial royal religious spiritual intellectual fashion tech technology music industrial gastronomic culinary
summer winter""".split())


def capital_relation(capital: Token) -> tuple[str, bool]:
    """The relation Open IE prints for "capital" with the words the sentence puts before it ("is commercial capital
    of", "is former capital of"), and whether the noun names the seat of government now (not "commercial", "former":
    then the graph states no capital_of)."""
    mods = [c for c in capital.children if c.dep_ in ("amod", "compound") and c.i < capital.i
            and c.ent_type_ not in ("NORP", "GPE") and c.pos_ in ("ADJ", "NOUN")]
    seat = not any(m.lower_ in NOT_SEAT_CAPITALS for m in mods)
    return " ".join(["is", *(m.text for m in mods), "capital of"]), seat


def seat_of_state(capital: Token, adj: Token) -> bool:
    """ "the Malian capital", "Vienna, the Austrian capital": "capital" names the seat of government of the country
    whose adjective it has (not "the former Soviet capital", "Nigeria's commercial capital"; not a city's or a
    people's adjective: "the Roman capital")."""
    entry = Gazetteer.load().demonym(adj.text)
    return capital_relation(capital)[1] and entry is not None and entry.type is EntityType.GPE and \
        entry.kind == "country" and adj.text in entry.demonyms


def titled_name(name: Token) -> bool:
    """A name with a title before it ("Chancellor Olaf Scholz's government"), whatever the recogniser made of it."""
    return any(c.dep_ == "compound" and c.i < name.i and c.lower_ in lx.TITLE_NOUNS and c.text[:1].isupper()
               and c.ent_iob_ == "O" for c in name.children)


def described_first(noun: Token) -> bool:
    """The first of two nouns that describe the name before them though the parser made them conjuncts of it
    ("Tbilisi, Georgia's capital and largest city,": `kg.extract.arguments.described_pair`)."""
    return any(c.dep_ == "conj" and described_pair(noun.head, noun, c) for c in noun.children)


# "X-based", "X-born": the participle, the relation Open IE prints, the graph predicate (None: Open IE only)
PLACE_PARTICIPLES = {"based": ("is based in", "located_in"), "headquartered": ("is headquartered in", "located_in"),
                     "born": ("was born in", None), "listed": ("is listed in", None),
                     "registered": ("is registered in", None)}
DESCRIPTION_SKIP = {"det", "punct", "predet"}


def place_participle_clauses(tok: Token) -> list[Clause]:
    """ "Oslo-based Vantor Holdings", "the Paris-based firm Atelier Lumen", "the Toronto-based bank",
    "the Austrian-born architect": what the modified phrase names is based (born, listed) in the place."""
    places = [c for c in tok.children if c.i < tok.i and (c.ent_type_ in ("GPE", "LOC") or is_demonym(c))]
    guessed = False
    if not places:      # "Heidelberg-based": a capitalised name joined to the participle is a place, whatever its type
        doc = tok.doc
        places = [c for c in tok.children if c.i == tok.i - 2 and c.text[:1].isupper()
                  and (c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "DATE", "TIME") or c.ent_type_ in (
                      "ORG", "FAC", "NORP")) and doc[tok.i - 1].text == "-"
                  and not c.whitespace_ and not doc[tok.i - 1].whitespace_]
        guessed = True
        if not has_origin(tok.head.lemma_.lower()) and tok.head.ent_type_ not in ("ORG", "PERSON"):
            return []   # "a Linux-based phone": a thing built on something, not a body based somewhere
    if not places:
        return []
    rel, pred = PLACE_PARTICIPLES[tok.lower_]
    head = tok.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head    # "the Kyoto-based games maker": the maker is based there, not the games
    name = close_name(head) if head.pos_ == "NOUN" else head
    if name is None and head.pos_ == "NOUN":
        name = described(head)      # "Juventus, the Turin-based club", "Zurich-based bank UBS": the name
    if name is not None:
        subj = name_tokens(name)
    else:       # "the Toronto-based bank": the noun with its article and its nouns, without the modifier
        name = head
        subj = [t for t in head.subtree if t.i <= head.i and (t.dep_ in ("det", "compound") and t.head == head
                                                              and t.pos_ != "PROPN" or t == head)]
    place = places[0]
    obj = [place] if is_demonym(place) else place_tokens(place)
    return [_clause(pred or "located_in", rel, subj, obj, name, place,
                    "openie" if pred is None or guessed or is_demonym(place) or name.pos_ != "PROPN" else "both")]


def is_state(place: list[Token]) -> bool:
    """Whether a place name is a country the gazetteer knows: a state lies in no other named place."""
    entry = Gazetteer.load().lookup(" ".join(t.text for t in place))
    return entry is not None and entry.type is EntityType.GPE and entry.kind == "country"


def acts_as_agent(tok: Token) -> bool:
    """Whether a place is the agent of a passive or one of its conjuncts ("signed by Rwanda and Congo"): a place
    phrase after it is the act's adjunct, the parser's attachment notwithstanding."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def is_demonym(tok: Token) -> bool:
    """A nationality word ("Austrian", "Japanese") the gazetteer knows as a country's."""
    return tok.ent_type_ == "NORP" and tok.text[:1].isupper() and country_of(tok.text) is not None


def country_of(word: str) -> str | None:
    """The country a nationality word names ("Japanese" -> "Japan"), from the gazetteer."""
    entry = Gazetteer.load().demonym(word)
    return entry.label if entry is not None and entry.type is EntityType.GPE else None


# countries whose names English writes with "the": plural names and unions ("the Netherlands", "the United States")
THE_COUNTRIES = frozenset("""Netherlands Philippines Bahamas Maldives Gambia Comoros Seychelles Vatican""".split())


def with_article(country: str) -> str:
    """A country's name as a sentence writes it: "the Netherlands", "the United States", "Japan"."""
    first = country.split(" ", 1)[0]
    if country in THE_COUNTRIES or first in ("United", "Czech", "Dominican", "Central") or country.endswith(
            (" Islands", " Republic", " Emirates")):
        return f"the {country}"
    return country


def close_name(noun: Token) -> Token | None:
    """The name in close apposition to a description, with no comma between: "the Japanese carmaker Toyota"."""
    for c in noun.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i and not any(
                t.is_punct for t in noun.doc[noun.i + 1:c.left_edge.i + 1]):
            return c
    return None


def described(noun: Token) -> Token | None:
    """The name a description stands for: its head in apposition ("Juventus, the Turin-based club"), the name it
    is a compound of ("Zurich-based bank UBS"), the subject of a copula it is the attribute of ("Lagos is the
    largest city in Nigeria"), or a name in apposition after it ("Brazil's largest city, São Paulo")."""
    head = noun.head
    if noun.dep_ in ("appos", "compound") and head.i != noun.i and (head.pos_ == "PROPN" or head.ent_type_ in PLACES):
        return head
    split = split_name(noun)
    if split is not None:
        return split        # "The Kenyan-born runner Mo Farah retired": the parser made the description a subject too
    if noun.dep_ == "attr" and head.lemma_ == "be" and not any(c.dep_ == "neg" for c in head.children):
        subjects = [c for c in head.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in PLACES)]
        return subjects[0] if subjects else None
    return named_by(noun)


def split_name(noun: Token) -> Token | None:
    """The name right after a description the parser made a second subject ("The British runner" + "Mo Farah")."""
    return next((c for c in noun.head.children if c.dep_ == noun.dep_ and c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ == "PROPN" and name_tokens(c)[0].i == noun.i + 1), None)


def named_by(noun: Token) -> Token | None:
    """ "Brazil's largest city, São Paulo": a name set off by a comma after its description."""
    cols = arrays(noun.doc)     # asked of every common noun: its children by position, a Token for a name only
    dep, pos = cols.dep, cols.pos
    for c in cols.children[noun.i]:
        if dep[c] == "appos" and pos[c] == "PROPN" and c > noun.i:
            name = noun.doc[c]
            if name != close_name(noun) and cols.ent_type[c]:
                return name
    return None


def described_name(name: Token) -> bool:
    """A name right after a description noun that says what it is ("the copper producer Codelco"), whatever the
    entity recogniser made of it."""
    if name.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    nouns = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < name.i
             and c.lemma_.lower() not in _TITLE_OR_PLACE_NOUNS]
    if nouns and (name.ent_type_ in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW") or name.ent_type_ in PLACES
                  and any(c.dep_ == "det" for c in nouns[0].children)):
        return True     # "the Spanish bank Santander", "the Italian bank Intesa", however the recogniser typed the name
    return name.dep_ == "appos" and name.head.pos_ == "NOUN" and close_name(name.head) == name \
        and name.head.lemma_.lower() not in lx.TITLE_NOUNS \
        and name_tokens(name)[0].i == name.head.i + 1    # not a title in quotes: the album "The Plan"


def split_description(name: Token) -> Token | None:
    """ "The Korean electronics maker Samsung unveiled": a description the parser made a second subject of the
    verb, right before the name."""
    first = name_tokens(name)[0]
    for c in name.head.children:
        if c.dep_ == name.dep_ and c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.i == first.i - 1:
            return c
    return None


# lower-case words inside names ("Muhammad ibn Salman", "Ursula von der Leyen"); any other lower-case word the
# parser tagged as a proper noun is a description ("arranger James Mack")
NAME_PARTICLES = frozenset("ibn bin bint ben al el van von der den de da das dos del della di du la le ter zu".split())


def name_tokens(name: Token) -> list[Token]:
    """The proper-name words ending at the name's head: "Ama Mensah" of "Ghanaian author Ama Mensah"."""
    doc = name.doc
    cols = arrays(doc)
    pos, dep, head, lower, text = cols.pos, cols.dep, cols.head, cols.lower, cols.text
    start = name.i
    while start > 0 and pos[start - 1] == "PROPN" and dep[start - 1] == "compound" \
            and head[start - 1] <= name.i and lower[start - 1] not in lx.NAME_TITLES \
            and not (text[start - 1].islower() and text[start - 1] not in NAME_PARTICLES):
        start -= 1
    return [doc[i] for i in range(start, name.i + 1)]


def description_clauses(name: Token) -> list[Clause]:
    """What the words before a name say of it: "the Japanese carmaker Toyota" -> (Toyota; is; Japanese carmaker)
    and (Toyota; is from; Japan); "Kenyan runner Faith Kipyegon"; "Foreign Minister Annalena Baerbock" ->
    (Annalena Baerbock; is; Foreign Minister) when the title names no body. Open IE only: the graph types the
    name and states its origin and roles itself (kg.extract.core)."""
    out: list[Clause] = []
    nouns: list[Token] = []
    if name.dep_ == "appos" and name.head.pos_ == "NOUN" and close_name(name.head) == name:
        nouns.append(name.head)
    split = split_description(name)
    if split is not None:
        nouns.append(split)
    nouns += [c for c in name.children if c.dep_ == "compound" and c.i < name.i and c.ent_iob_ == "O"
              and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and (c.lower_ in lx.TITLE_NOUNS or c.text.islower() and c.text not in NAME_PARTICLES))]
    subj = dashed_name(name_tokens(name))
    for c in name.children:
        if c.dep_ == "nmod" and c.i < name.i and c.lower_ in lx.TITLE_NOUNS and c.ent_iob_ == "O" and any(
                p.dep_ == "prep" and p.lower_ == "of" for p in c.children):
            # "Secretary of State Antony Blinken": a title with its own of-phrase, before the name
            out.append(_clause("be", "is", subj, [t for t in c.subtree if t.i < name.i], name, c, "openie"))
    doc = name.doc
    for noun in nouns:
        if any(t.tag_ in FINITE_TAGS for t in doc[noun.i + 1:name.i]):
            continue    # "The report names Nokia": a verb the parser hung inside the name's phrase; no description
        if noun.text in "-–" or noun.i + 1 < len(doc) and doc[noun.i + 1].text in "-–" and not noun.whitespace_:
            continue    # "Co-pilot": the pieces before a dash are part of the last one's word
        title = noun.lemma_.lower() in lx.TITLE_NOUNS
        if title and (title_of_tokens(noun) is not None or not trade(noun.lemma_.lower()) and any(
                o.dep_ in ("nmod", "compound", "poss") and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "NORP"))
                and o.i < noun.i and o.lower_ not in lx.NAME_TITLES for o in name.children)):
            continue    # "Brazilian President Lula": a role of a body (kg.extract.titleclauses.name_title_clauses)
        # "The Indian software company Infosys": an adjective the parser hung on the name describes it too
        adjs = [c for c in name.children if c.dep_ == "amod" and c.i < noun.i] if noun.head == name else []
        within = [t for a in adjs for t in a.subtree] + list(noun.subtree)
        words = sorted((t for t in within if t.i < name.i and t.i <= noun.i and t.dep_ not in DESCRIPTION_SKIP
                        and not any(a.lower_ in PLACE_PARTICIPLES and a.dep_ == "amod" for a in t.ancestors
                                    if a.i < noun.i) and t.lower_ not in PLACE_PARTICIPLES), key=lambda t: t.i)
        while words and words[0].i > 1 and doc[words[0].i - 1].text in "-–" and not doc[words[0].i - 1].whitespace_ \
                and not doc[words[0].i - 2].whitespace_:
            words = [doc[words[0].i - 2], doc[words[0].i - 1], *words]     # "Co-founder": the word as written
        if words:
            out.append(_clause("be", "is", subj, glue(words), name, noun, "openie"))
        if (not title or trade(noun.lemma_.lower())) and noun.lemma_.lower() not in lx.NAME_NOUNS \
                and noun.lemma_.lower() != "capital":   # "the Sudanese capital Khartoum": its capital, not from it
            # "the Finnish telecoms group Nokia": the nationality may hang on the compound before the noun
            inner = [t for c in noun.children if c.dep_ == "compound" and c.i < noun.i for t in c.children]
            for adj in (c for c in [*noun.children, *adjs, *inner] if c.dep_ in ("amod", "compound")
                        and c.i < noun.i and is_demonym(c)):
                out.append(_clause("from", "is from", subj, [adj], name, adj, "openie"))
    return out


def dashed_name(subj: list[Token]) -> list[Token]:
    """A name with the part a dash joins to it ("Shell" + "-" + "BP"), as the sentence writes it."""
    doc = subj[0].doc
    k = subj[0].i
    while k > 1 and doc[k - 1].text in "-–" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].pos_ == "PROPN":
        k -= 2
    return [*doc[k:subj[0].i], *subj]




def origin_before_name(name: Token, subj: list[Token]) -> list[Clause]:
    """ "Australian Amber Wing", "Germany's Siemens": a nationality word or a country's possessive right before a
    person's or a firm's name says where it is from (Open IE only)."""
    doc = name.doc
    if len(subj) > 1 and is_demonym(subj[0]):
        subj = subj[1:]     # "Australian Amber Wing": the parser made the nationality part of the name
    first = subj[0]
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ not in lx.TITLE_NOUNS and is_demonym(before) and before.ent_iob_ == "B" \
            and first.ent_iob_ != "I" and (name.ent_type_ == "PERSON" or name.ent_type_ == "" and len(subj) > 1):
        return [_clause("from", "is from", subj, [before], name, before, "openie")]
    owners = [c for c in name.children if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.i < first.i]
    if owners and name.ent_type_ in ("PERSON", "ORG", "LOC", "FAC") and owners[0].right_edge.i == first.i - 1:
        if name.lower_ in lx.LANDFORMS or name.ent_type_ in ("LOC", "FAC"):
            # "Germany's Black Forest", "Kenya's Rift Valley": a place in the country, whatever its type
            return [_clause("located_in", "is in", subj, possessor_tokens(owners[0]), name, owners[0], "openie")]
        return [_clause("from", "is from", subj, possessor_tokens(owners[0]), name, owners[0], "openie")]
    return []


def possessor_place_clauses(noun: Token) -> list[Clause]:
    """ "Nigeria, Africa's most populous country", "the Louvre, Paris's most visited museum": the name is in the
    place that possesses its description (Open IE only)."""
    places = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")]
    if not places or noun.head.pos_ not in ("PROPN", "NOUN") or noun.head.ent_type_ in ("PERSON",):
        return []
    return [_clause("located_in", "is in", arg_tokens(noun.head), possessor_tokens(places[0]), noun.head, places[0],
                    "openie")]


def ranked(noun: Token) -> bool:
    """Whether a superlative ranks the noun: "largest city", "most populous country", "second-longest river"."""
    return any(c.dep_ == "amod" and c.i < noun.i and (
        c.tag_ == "JJS" or any(a.tag_ == "RBS" for a in c.children)
        or c.lower_.endswith(("-largest", "-biggest", "-highest", "-longest"))) for c in noun.children)


# People by whom they are to someone: "Mlada, Yaromir's bride", "Anna's brother, Karl" (titles like "spokesman" are
# roles, kg.extract.titles)
KIN_NOUNS = frozenset("""wife husband son daughter father mother brother sister bride widow widower friend rival ally
successor predecessor cousin uncle aunt niece nephew grandson granddaughter grandfather grandmother fiancée fiance
fiancé fiancee girlfriend boyfriend teammate mentor protégé""".split())
# The unions implicit_clauses tests every token against, built once: nouns whose apposition or possessor says no
# place ("Germany, France's closest ally"), and words that are no name to describe.
NOT_NAMED_POSSESSED = lx.TITLE_NOUNS | {"capital"}
NOT_PLACE_APPOSITIONS = NOT_NAMED_POSSESSED | KIN_NOUNS
TITLE_OR_NAME_TITLE = lx.TITLE_NOUNS | lx.NAME_TITLES


def kin_clauses(noun: Token) -> list[Clause]:
    """ "Mlada, Yaromir's bride", "Yaromir's bride, Mlada": a name beside a kin or companion noun whose possessor
    is named says whose (Open IE only; "his wife, Mary" names no one the tuple could print)."""
    owners = [c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG"))]
    if not owners:
        return []
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        name = noun.head
    else:
        name = named_by(noun) or close_name(noun)
    if name is None or name.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return []       # "Germany, France's closest ally": a country has allies and rivals too
    return [_clause("kin_of", f"is {noun.text} of", name_tokens(name), possessor_tokens(owners[0]), name, owners[0],
                    "openie")]


def comma_in_place_clauses(name: Token) -> list[Clause]:
    """ "Protests spread to Manaus, in northern Brazil, on Friday": "in" and a place set off by commas right after a
    name says where the name is (Open IE only)."""
    doc = name.doc
    k = name.i + 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "in" or doc[k + 1].dep_ != "prep":
        return []
    prep = doc[k + 1]
    places = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") and is_place_end(g)]
    after = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(doc) else None
    if not places or after is None or after.text not in ",.;":
        return []
    return [_clause("located_in", "is in", name_phrase(name), region_tokens(places[0]), name, places[0], "openie")]


def named_possessor_clauses(noun: Token) -> list[Clause]:
    """ "Brazil's largest city, São Paulo": the name after the description is in the place that possesses it
    (Open IE only)."""
    name = named_by(noun)
    places = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")]
    if name is None or not places or not (name.ent_type_ in PLACES or noun.lemma_.lower() in PLACE_NOUNS
                                          and name.ent_type_ != "PERSON"):
        return []
    return [_clause("located_in", "is in", name_phrase(name), possessor_tokens(places[0]), name, places[0], "openie")]


def name_phrase(name: Token) -> list[Token]:
    """A name with the words before it ("The Louvre", "Mount Kenya"), without what follows it or a preposition the
    parser hung on it ("near Bakhmut")."""
    toks = trim([t for t in arg_tokens(name) if t.i <= name.i])
    while len(toks) > 1 and toks[0].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ"):
        toks = toks[1:]
    doc, k = name.doc, name.i + 1
    if k >= len(doc) or doc[k].lower_ != "of" or doc[k].head != name or name.pos_ != "PROPN":
        return toks
    if name.ent_type_ and doc[k].ent_iob_ == "I":
        while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == name.ent_type_:
            k += 1      # "The Port of Rotterdam": the name the recogniser read goes on through its "of"
        return toks + list(doc[name.i + 1:k])
    pobj = next((g for g in doc[k].children if g.dep_ == "pobj"), None)
    if name.text[:1].isupper() and pobj is not None and pobj.pos_ == "PROPN" and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in pobj.subtree):
        return toks + list(doc[name.i + 1:pobj.right_edge.i + 1])     # "the Port of Antwerp", untyped
    return toks


def origin_clauses(appos: Token) -> list[Clause]:
    """ "The senator, a Democrat from Ohio", "the suspect, a 34-year-old man from Leeds": the apposition's
    "from" and a place says where the noun is from (Open IE only)."""
    out = []
    if any(c.dep_ in ("amod", "nummod") and (c.tag_ in ("JJS", "RBS", "CD") or c.ent_type_ == "ORDINAL")
           for c in appos.children if c.i < appos.i):
        return out      # "Venus, the second planet from the Sun", "the farthest village from the coast": a place in
        # an order or at a distance, no origin
    for prep in appos.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > appos.i:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "LOC") and is_place_end(pobj)
                                            or person_noun(appos) and unknown_place(pobj)):
                    out.append(_clause("from", "is from", arg_tokens(appos.head), place_tokens(pobj), appos.head, pobj,
                                       "openie"))
    return out


def unknown_place(name: Token) -> bool:
    """ "a 67-year-old woman from Wrexham": a one-word name after a person's "from" that the recogniser typed a
    person or a body, and that the gazetteer knows as neither, is the place the person is from."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "") or any(
            c.dep_ in ("compound", "det", "poss", "amod") for c in name.children) \
            or name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN":
        return False
    entry = Gazetteer.load().lookup(name.text)
    return entry is None or entry.type in (EntityType.GPE, EntityType.LOCATION)


PLACE_NOUNS = frozenset("city town village port region province state island district county municipality".split())


def place_of_clauses(noun: Token) -> list[Clause]:
    """ "the Spanish city of Valencia" -> (Valencia; is in; Spain) (Open IE only)."""
    places = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == noun.i + 1
              for g in p.children if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") and is_place_end(g)
                                                            or g.pos_ == "PROPN" and g.ent_type_ != "PERSON")]
    adjs = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and is_demonym(c)]
    if not places or not adjs:
        return []
    return [_clause("located_in", "is in", place_tokens(places[0]), [adjs[0]], places[0], adjs[0], "openie")]


# People and bodies by what they do: a nationality on them says where they are from.
AGENT_NOUNS = frozenset("""footballer player athlete runner cyclist swimmer author writer novelist poet artist painter
singer musician actor actress director scientist chemist physicist biologist engineer architect doctor surgeon
journalist student soldier pilot diplomat businessman businesswoman entrepreneur investor billionaire tycoon
philosopher historian composer photographer designer astronaut lawyer teacher politician economist banker farmer
activist nurse priest professor researcher scholar veteran explorer inventor sculptor playwright navigator
cricketer boxer skier climber mountaineer dancer filmmaker chef fund squad team soprano mezzo-soprano tenor baritone
pianist violinist cellist guitarist drummer conductor rapper comedian presenter broadcaster cartoonist illustrator
screenwriter songwriter golfer sprinter jockey rower sailor gymnast wrestler fencer striker midfielder goalkeeper coach
""".split())


def has_origin(lemma: str) -> bool:
    """Whether a noun of this lemma has an origin to state: a body, an agent or a description; not an event or a
    thing ("the German surrender", "the French border")."""
    return lemma in INSTITUTION_NOUNS or lemma in AGENT_NOUNS or lemma in lx.OCCUPATION_NOUNS or lemma in PERSON_NOUNS \
        or lemma in DESCRIPTIONS and lemma not in PLACE_NOUNS \
        and lemma not in ("country", "nation")


def noun_origin_clauses(noun: Token) -> list[Clause]:
    """ "the Norwegian wealth fund" -> (the Norwegian wealth fund; is from; Norway): a nationality on a description
    with an article (Open IE only)."""
    if not has_origin(noun.lemma_.lower()):
        return []   # "the German surrender", "the French border": an event or a thing has no origin to state
    adjs = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and is_demonym(c)]
    mods = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)]
    origin = [adjs[0]] if adjs else next((span for c in mods if c.i < noun.i and c.dep_ in ("amod", "compound")
                                         and (span := origin_words(c, noun))), None)   # ("the US vaccine maker")
    if not origin or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children) \
            or negated_attribute(noun):
        return []
    adjs = [origin[-1]]
    subj = [t for t in noun.subtree if t.i <= noun.i]
    name = described(noun) if noun.dep_ == "attr" else None
    if name is not None and name.pos_ == "PROPN":
        # "Jan Novak is a Czech footballer": the name the copula describes is from the country
        subj = arg_tokens(name)
        cut = next((t.i for t in name.doc[name.left_edge.i + 1:name.right_edge.i + 1] if t.text in ",("), None)
        subj = trim([t for t in subj if cut is None or t.i < cut])   # not "(born 1975)" nor ", 34,"
        return [_clause("from", "is from", subj, origin, name, adjs[0], "openie")]
    return [_clause("from", "is from", trim(subj), origin, noun, adjs[0], "openie")]


def origin_words(mod: Token, noun: Token) -> list[Token] | None:
    """ "the South Korean carmaker", "the US drugmaker": a nationality of two or three words, or a country's name
    as a modifier of a maker, a firm or a trade, as the sentence writes it; None for anything else ("the Paris
    office", "the US government": a body of the state, not from it)."""
    doc = mod.doc
    if mod.ent_type_ == "NORP" and mod.ent_iob_ == "I":
        start = mod.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        span = list(doc[start:mod.i + 1])
        if len(span) <= 3 and country_of(" ".join(t.text for t in span)) is not None:
            return span
        return None
    if mod.dep_ == "compound" and mod.pos_ == "PROPN" and mod.ent_type_ == "GPE" and mod.ent_iob_ in ("B", "I") \
            and noun.lemma_.lower() not in INSTITUTION_NOUNS and not any(c.dep_ == "compound" for c in mod.children):
        place = place_tokens(mod)
        if is_state(place):
            return place
    return None


PERSON_NOUNS = frozenset("man woman person resident citizen official member leader worker".split())

# where a nationality noun stands as a noun phrase of its own ("A Briton was injured", "beat two Kenyans")
NATIONAL_DEPS = frozenset("nsubj nsubjpass dobj pobj conj appos attr ROOT".split())     # (ROOT: a subject the parser read as a fragment)
# the endings of nationality nouns for a man or a woman ("Irishman", "Dutchwomen")
NATIONAL_ENDINGS = ("man", "men", "woman", "women")


def nationality_country(word: str) -> str | None:
    """The country a nationality noun is of: "Briton", "Kenyans", "Irishman", "Frenchwoman" (the gazetteer's
    word, or its stem before -man or -woman)."""
    country = country_of(word)
    if country is not None:
        return country
    for end in NATIONAL_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2 and country_of(word[:-len(end)]) is not None:
            return country_of(word[:-len(end)])
    return None


def nationality_noun_clauses(noun: Token) -> list[Clause]:
    """ "A Briton and two Australians were hurt", "The Frenchman finished third", "lost to an unseeded American",
    "The marathon runner, a Kenyan,": a nationality noun as a noun phrase of its own says that its holder (the noun
    phrase, or the noun it is apposed to) is from the country (Open IE only). A person's noun only: it has an
    article or a number, is plural, or ends in -man or -woman ("in English", "speaks French" name a language)."""
    if nationality_country(noun.text) is None or noun.ent_iob_ == "I" or any(
            c.dep_ == "compound" for c in noun.children):
        return []       # ("the South Pole": a name's last word)
    determined = any(c.dep_ in ("det", "nummod") and c.i < noun.i for c in noun.children)
    plural = noun.tag_ in ("NNS", "NNPS") and noun.text.endswith("s") or noun.text.endswith(("men", "women"))
    if not (determined or plural or gendered(noun.text)):
        return []
    holder = noun
    if noun.dep_ == "appos":
        holder = noun.head
    elif noun.dep_ == "attr":
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if holder is None or noun.head.lemma_ != "be" or holder.pos_ == "PRON" or negated_attribute(noun):
            return []
    if holder is not noun and holder.pos_ == "PROPN":
        subj = name_tokens(holder)
    else:
        subj = [t for t in holder.subtree if t.i <= holder.i]
        cut = max((t.i for t in subj if t.dep_ == "cc" or t.text == ","), default=-1)
        subj = trim([t for t in subj if t.i > cut])     # ("A Norwegian and three Germans" read as one phrase)
    if not subj or holder.pos_ == "PRON":
        return []
    rel = "are from" if holder is noun and plural else "is from"
    return [_clause("from", rel, subj, [noun], holder, noun, "openie")]


def negated_attribute(noun: Token) -> bool:
    """ "Lena Roth is not a German citizen": the attribute of a negated copula."""
    return noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children)


def gendered(word: str) -> bool:
    """A nationality noun for a man or a woman: "Irishman", "Dutchwomen" (not "German")."""
    return any(word.endswith(end) and country_of(word[:-len(end)]) is not None for end in NATIONAL_ENDINGS)


def person_noun(noun: Token) -> bool:
    """A noun for a person ("a lawyer in Paris" says where someone works, not where a name lies)."""
    lemma = noun.lemma_.lower()
    return lemma in AGENT_NOUNS | PERSON_NOUNS | KIN_NOUNS or lemma in lx.TITLE_NOUNS


def noun_in_place_clauses(noun: Token) -> list[Clause]:
    """ "the plant in Wolfsburg", "a hospital in Gaza City": a singular common noun with "in" and a place is in it
    (Open IE only; "a stake in Apple" names no place)."""
    out = []
    cols = arrays(noun.doc)     # asked of many nouns: the word after it by its columns, a Token for "in"/"near" only
    for p in cols.children[noun.i]:
        if cols.dep[p] != "prep" or cols.lower[p] not in ("near", "in") or p != noun.i + 1 and not (
                cols.lower[p] == "in" and own_of_before(noun, p)):
            continue
        prep = noun.doc[p]
        if prep.dep_ == "prep" and prep.lower_ == "near" and prep.i == noun.i + 1 and noun.lemma_.lower() in FACILITIES:
            # "a chemical plant near Rotterdam": a facility is near the place ("fighting near X" is no facility)
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC") and is_place_end(pobj):
                    subj = [t for t in noun.subtree if t.i <= noun.i]
                    out.append(_clause("near", "is near", trim(subj), region_tokens(pobj), noun, pobj, "openie"))
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "LOC") and is_place_end(pobj)
                                            or named_kind_of_place(pobj)):
                    if prep.i != noun.i + 1 and described(noun) is None:
                        continue    # "a nation of 33 atolls in the central Pacific": only where it names a place
                    name = described(noun)
                    where = region_tokens(pobj)
                    if named_kind_of_place(pobj) or prep.i != noun.i + 1:     # "Punjab province", "the central Pacific"
                        where = trim([t for t in pobj.subtree if t.i <= pobj.i])
                    if name is not None and not person_noun(noun) and not (
                            name.ent_type_ == "PERSON" and noun.lower_.endswith(("er", "or", "ist", "ian"))):
                        # (a name typed PERSON beside "producer", "director": who works there, not where it lies)
                        # "Mount Kenya, the highest mountain in Kenya": the name the description is of
                        out.append(_clause("located_in", "is in", name_phrase(name), where, name, pobj, "openie"))
                        continue
                    subj = [t for t in noun.subtree if t.i <= noun.i]      # "his home in Porto": "his home"
                    out.append(_clause("located_in", "is in", trim(subj), where, noun, pobj, "openie"))
    return out


def own_of_before(noun: Token, p: int) -> bool:
    """ "a nation of 33 atolls in the central Pacific": a kind of place whose own "of" phrase stands between it and
    the preposition at ``p``."""
    doc = noun.doc
    of = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return noun.lemma_.lower() in PLACE_KINDS and of is not None and of.lower_ == "of" and of.head == noun \
        and of.right_edge.i == p - 1


def named_kind_of_place(tok: Token) -> bool:
    """ "Punjab province", "Kherson region": a kind of place with its name before it."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_KINDS and any(
        c.i == tok.i - 1 and c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "LOC") for c in tok.children)


# kinds of place a name is described as, that the place of a phrase after them locates
PLACE_KINDS = PLACE_NOUNS | frozenset("nation country archipelago territory republic kingdom state".split())


# things built in one place, that a place can be near
FACILITIES = frozenset("""plant factory refinery mine dam bridge port harbour harbor airport airbase base camp prison
reactor station depot warehouse hospital school village town farm border crossing checkpoint pipeline terminal
stadium""".split())


# People, groups of people and things built in one place, that a place phrase right after them locates: "police in
# southern Sweden", "scientists at the University of Tokyo", "villagers near the border", "200,000 homes in Florida"
LOCATED_PEOPLE = PERSON_NOUNS | frozenset("""people police troop troops force forces team crew villager protester
demonstrator refugee migrant survivor rescuer firefighter employee staff volunteer child children voter passenger
tourist fan supporter authority authorities inhabitant local civilian prisoner inmate patient pupil""".split())
LOCATED_THINGS = FACILITIES | frozenset("""home house building flat apartment office store shop restaurant hotel museum
church mosque temple synagogue school university college hospital clinic lab laboratory embassy consulate
headquarters plant""".split())
# what people are "at": a named body or place, or a noun for a place of work or study
AT_PLACES = LOCATED_THINGS | INSTITUTION_NOUNS | frozenset("""company firm institute centre center agency ministry
department newspaper""".split())


# the predicates of `located_noun_clauses` and `kg.extract.openclauses.worth_clauses`, whose tuples restate a modifier
# inside another tuple's argument, and of
# `kg.extract.openclauses.owned_rank` and `possessed_role`, which restate a copula's or an apposition's tuple
NESTED_PREDICATES = frozenset(("modifier_in", "modifier_near", "modifier_at", "modifier_worth", "owned_rank",
                               "possessed_role"))


def located_noun_clauses(noun: Token) -> list[Clause]:
    """ "Police in southern Sweden arrested", "Scientists at the University of Tokyo", "villagers near the border",
    "200,000 homes in Florida": a noun for people or for a building, plural or bare as well as with an article, with
    "in" and a place, "near" and a place or a facility, or (people) "at" a body or a place of work, is there (Open IE
    only; "a stake in Apple", "growth in China" name no such noun; singular nouns with an article and "in" are
    `noun_in_place_clauses`')."""
    doc = noun.doc
    k = noun.i + 1
    if k + 1 >= len(doc) or doc[k].dep_ != "prep" or doc[k].head != noun:
        return []
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ in ("appos", "attr"):
        return []       # "he was a lawyer and politician in Hillsborough": what he was, not who is there
    prep = doc[k]
    lemma = noun.lemma_.lower()
    people = lemma not in LOCATED_THINGS
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in ("PERSON", "DATE", "TIME", "NORP") or any(
            c.dep_ == "conj" for c in pobj.children):
        return []
    place = pobj.ent_type_ in ("GPE", "LOC") and is_place_end(pobj)
    singular_with_article = noun.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in noun.children)
    if prep.lower_ == "in" and (place or not people and pobj.pos_ == "PROPN" and is_name_end(pobj)):
        if singular_with_article and place:
            return []       # (noun_in_place_clauses)
        obj = the_place(region_tokens(pobj) if place else place_tokens(pobj))
        rel, pred = "is in", "modifier_in"
    elif prep.lower_ == "near" and (place or pobj.lemma_.lower() in LOCATED_THINGS | lx.LANDFORMS and any(
            c.dep_ in ("det", "poss") for c in pobj.children)):
        if singular_with_article and lemma in FACILITIES and place:
            return []       # (noun_in_place_clauses)
        obj = the_place(region_tokens(pobj)) if place else trim([t for t in pobj.subtree if t.i <= pobj.i])
        rel, pred = "is near", "modifier_near"
    elif prep.lower_ == "at" and people and (
            pobj.pos_ == "PROPN" and pobj.ent_type_ in ("ORG", "FAC", "GPE", "LOC", "")
            or pobj.lemma_.lower() in AT_PLACES and any(c.dep_ in ("det", "poss") for c in pobj.children)):
        obj = trim(arg_tokens(pobj))
        rel, pred = "is at", "modifier_at"
    else:
        return []
    subj = trim([t for t in noun.subtree if t.i <= noun.i])
    return [_clause(pred, rel, subj, obj, noun, pobj, "openie")]


def landform_in_place_clauses(name: Token) -> list[Clause]:
    """ "The Atacama Desert in northern Chile": a name ending in a kind of land or water ("Desert", "River",
    "Mountains"), whatever the recogniser made of it, with "in" and a place is in the place (Open IE only; a place
    name the recogniser typed in a state or a town is read in `implicit_clauses`)."""
    doc = name.doc
    if name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN" or not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.children):
        return []
    out = []
    for prep in name.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == name.i + 1:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC") and is_place_end(pobj) and not (
                        name.ent_type_ in PLACES and pobj.ent_type_ == "GPE"):    # (read in implicit_clauses)
                    out.append(_clause("located_in", "is in", name_phrase(name), the_place(region_tokens(pobj)), name,
                                       pobj, "openie"))
    return out


def the_place(place: list[Token]) -> list[Token]:
    """A place name with the article the sentence writes before it ("the Philippines")."""
    before = place[0].doc[place[0].i - 1] if place and place[0].i > 0 else None
    return [before, *place] if before is not None and before.lower_ == "the" and before.dep_ == "det" else place


def is_name_end(tok: Token) -> bool:
    """Whether the token is the last word of a proper name (not "Derby" of "Derby County")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.pos_ != "PROPN"


def _clause(pred: str, rel: str, subj: list[Token], obj: list[Token], subj_head: Token, obj_head: Token,
            use: str = "both") -> Clause:
    return Clause(kind="implicit", rel=[], predicate=pred, subj=subj, obj=obj, subj_head=subj_head,
                  obj_head=obj_head, rel_text_override=rel, use=use)


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_TITLE_OR_PLACE_NOUNS = lx.TITLE_NOUNS | PLACE_NOUNS
