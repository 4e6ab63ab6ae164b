"""The subject and the further arguments of an Open IE tuple: the name a description stands for, a noun phrase
the parse cut in two, asides set off by commas left out, a range of time or place as one argument."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, after_comma, arg_tokens, misread_main_verb, trim
from kg.extract.implicit import (close_name, country_of, is_demonym, name_tokens, nationality_country, split_description,
                                 split_name, with_article)

# a country as news names it after the nationality word it is formed from ('British' -> Britain)
WORD_COUNTRIES = {"british": "Britain", "briton": "Britain", "britons": "Britain"}


def country_name(word: str, country: str | None) -> str | None:
    """The country a nationality word stands for, as a sentence writes it: \"the Netherlands\", \"Japan\", and
    \"Britain\" for \"British\" (the gazetteer's United Kingdom)."""
    if country is None:
        return None
    return WORD_COUNTRIES.get(word.lower()) or with_article(country)

from kg.extract.openwords import phrase, words
from kg.extract.titleclauses import bracketed


WRITER_KINDS = ("appos", "implicit", "title", "member")    # tuples whose words the rules chose


def subject_words(clause: Clause) -> str:
    """The subject as Open IE prints it: the name where a description stands before it with a comma ("Berlin's
    mayor, Kai Wegner, opened" -> "Kai Wegner"), the whole phrase where the parse split it.

    Parameters
    ----------
    clause : Clause
        The clause, after the rewrites of `kg.extract.openrewrites`.

    Returns
    -------
    str
    """
    head = clause.subj_head
    verb = clause.verb
    if clause.kind in ("verb", "comp", "copula") and head is not None and verb is not None and verb.dep_ == "relcl" \
            and verb.head == head and head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" \
            and head.head.ent_type_ in ("PERSON", "ORG") and not any(c.dep_ in ("cc", "conj") for c in head.head.children):
        return words(arg_tokens(head.head))     # "Ravi Shankar, the sitar player who taught ...": Shankar taught
    if clause.kind in ("verb", "comp", "copula") and head is not None and description_head(head) and clause.subj:
        inside = {t.i for t in clause.subj}
        names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                 and c.ent_type_ in ("PERSON", "ORG") and c != close_name(head) and c.i not in inside]
        if names:
            return words(arg_tokens(names[0]))
    subj = clause.subj
    if clause.kind in ("verb", "comp", "copula") and head is not None and subj:
        subj = dashed_subject(split_subject(subj, head), head)
        name = split_name(head) or adjacent_name(head) if head.pos_ == "NOUN" else None
        if name is not None:    # "The Kenyan-born runner" + "Mo Farah": one subject
            subj = sorted({t.i: t for t in [*subj, *arg_tokens(name)]}.values(), key=lambda t: t.i)
    if clause.kind not in WRITER_KINDS and head is not None and subj and subj[0].i == name_tokens(head)[0].i:
        split = split_description(head)
        if split is not None:       # "The Korean electronics maker" + "Samsung": one subject
            subj = [t for t in split.subtree if t.i < subj[0].i] + subj
    return words(subj) if clause.kind in WRITER_KINDS else words(phrase(without_asides(subj)))


def description_head(head: Token) -> bool:
    """Whether a noun describes rather than names: a common noun, or a title the sentence capitalises under an
    article ("The Prime Minister, Keir Starmer, ...": the name after it is who is meant)."""
    return head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in lx.TITLE_NOUNS and not head.ent_type_ \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def object_words(clause: Clause) -> str:
    """The object as Open IE prints it; a nationality word that stands for its country in a relation the
    sentence implies ("Brazilian President X" -> (X; is President of; Brazil)) is the country's name.

    Parameters
    ----------
    clause : Clause
        The clause, after the rewrites of `kg.extract.openrewrites`.

    Returns
    -------
    str
        The object, or "" for a clause with none.
    """
    obj = clause.surface_obj if clause.surface_obj is not None else clause.obj
    if not obj:
        return ""
    if clause.kind in ("implicit", "title") and len(obj) == 1 and is_demonym(obj[0]):
        return country_name(obj[0].text, country_of(obj[0].text)) or words(obj)
    if clause.kind == "implicit" and clause.predicate == "from" and len(obj) == 1 \
            and (country := nationality_country(obj[0].text)) is not None:
        return country_name(obj[0].text, country)      # "A Briton was hurt": (A Briton; is from; Britain)
    if clause.kind in ("implicit", "title") and 1 < len(obj) <= 3 and all(t.ent_type_ == "NORP" for t in obj) \
            and country_of(words(obj)):
        return with_article(country_of(words(obj)))       # "South African", "New Zealand"
    if clause.kind == "comp":
        obj = clause_without_asides(obj)
    head = clause.obj_head
    if clause.kind == "title" and head is not None and head.dep_ == "compound" and head.head.dep_ == "pobj" \
            and head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in lx.TITLE_NOUNS \
            and head.head.head.lower_ in ("of", "at", "for") and all(t.i in {x.i for x in head.head.subtree} for t in obj):
        # "a subsidiary of the Tata group": the body the title is of is the group, not the name on it
        return words([t for t in head.head.subtree if t.i <= head.head.i])
    if clause.kind in WRITER_KINDS and clause.kind != "appos":
        return words(obj, whole=clause.kind != "implicit")     # "Munich" of "Munich-based" (is based in)
    return words(phrase(obj))


# words that float a phrase set off by commas onto the members of the noun before it: "The two men, both in their
# 30s,", "The victims, all from the same village,"
FLOATING_QUANTIFIERS = frozenset("both all each".split())


def without_asides(tokens: list[Token]) -> list[Token]:
    """An argument without a participle set off by commas: "The company, founded in 1887 by two brothers," is
    "The company" (the participle is a tuple of its own)."""
    have = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        for c in t.children:
            if c.i in have and c.i == t.i + 2 and c.like_num and not list(c.children) and t.pos_ == "PROPN" \
                    and t.doc[t.i + 1].text == "," and c.i + 1 < len(t.doc) and t.doc[c.i + 1].text == ",":
                drop.update((c.i - 1, c.i, c.i + 1))    # "Okonjo, 58, chaired": the age is a tuple of its own
            elif c.i in have and c.dep_ == "prep" and c.lower_ == "of" and t.ent_type_ == "PERSON" and c.i > t.i \
                    and t.doc[c.i - 1].text == "," and c.right_edge.i + 1 < len(t.doc) \
                    and t.doc[c.right_edge.i + 1].text == ",":
                drop.update(range(c.i - 1, c.right_edge.i + 2))     # "Tom Price, of Leeds, was": where he is from
            elif misread_main_verb(c) and c.i in have:
                drop.update(x.i for x in c.subtree)     # "The film, ..., premiered at": the sentence's own verb
            elif c.i in have and c.i > t.i and c.dep_ in ("advmod", "npadvmod") and t.pos_ in ("NOUN", "PROPN") \
                    and c.left_edge.i == t.i + 2 and t.doc[t.i + 1].text == "," and c.right_edge.i + 1 < len(t.doc) \
                    and t.doc[c.right_edge.i + 1].text == "," and c.right_edge.i + 1 not in have | {t.right_edge.i}:
                drop.update(range(t.i + 1, c.right_edge.i + 2))   # "The airport, 20 km north of the city, handles"
            elif c.i in have and c.i > t.i and c.dep_ in ("acl", "appos", "amod", "npadvmod") and bracketed(c):
                inner = [x.i for x in c.subtree if not x.is_punct]     # "Jan Novak (born 1975)"
                drop.update(range(inner[0] - 1, inner[-1] + 2))
            elif c.i in have and c.i > t.i and t.pos_ in ("NOUN", "PROPN") and set_off(c) and (
                    c.dep_ == "amod" and c.pos_ == "ADJ" or c.dep_ == "neg"):
                # "The deal, worth $2 billion, needs", "the Earth, not the Sun, moves": an aside, not the subject
                drop.update(range(c.left_edge.i - 1, set_off(c) + 1))
            elif c.i in have and c.i > t.i and c.dep_ == "prep" and t.pos_ in ("NOUN", "PROPN") \
                    and c.left_edge.lower_ in FLOATING_QUANTIFIERS and t.doc[c.left_edge.i - 1].text == "," \
                    and c.right_edge.i + 1 < len(t.doc) and t.doc[c.right_edge.i + 1].text == ",":
                drop.update(range(c.left_edge.i - 1, c.right_edge.i + 2))     # "The two men, both in their 30s,"
            elif c.dep_ == "acl" and c.i in have and c.i > t.i and c.tag_ in ("VBN", "VBG") and c.left_edge.i > 0 \
                    and t.doc[c.left_edge.i - 1].text == ",":
                drop.update(x.i for x in c.subtree)
                drop.add(c.left_edge.i - 1)
                if c.right_edge.i + 1 < len(t.doc) and t.doc[c.right_edge.i + 1].text == ",":
                    drop.add(c.right_edge.i + 1)
    return trim([t for t in tokens if t.i not in drop]) if drop else tokens


def set_off(mod: Token) -> int:
    """The index of the comma that closes a modifier opened by a comma right after its noun ("The deal, worth $2
    billion, ..."; "the Earth, not the Sun, ...", where the parser hung the contrasted noun on the first), or 0."""
    doc = mod.doc
    head = mod.head
    start = mod.left_edge.i
    if start - 1 <= head.i or doc[start - 1].text != ",":
        return 0
    end = mod.right_edge.i
    if mod.dep_ == "neg":       # "not the Sun": the noun contrasted is the next sibling
        later = [c for c in head.children if c.i > mod.i and c.dep_ in ("appos", "conj", "npadvmod")]
        if not later or later[0].left_edge.i != mod.i + 1:
            return 0
        end = later[0].right_edge.i
    return end + 1 if end + 1 < len(doc) and doc[end + 1].text == "," else 0


def clause_without_asides(tokens: list[Token]) -> list[Token]:
    """A clause as an object without what commas set off inside it: "the new bridge, which cost $300 million, will
    ease traffic" is "the new bridge will ease traffic" (the relative clause and the apposition are tuples of their
    own)."""
    doc = tokens[0].doc if tokens else None
    have = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        for c in t.children:
            if c.i not in have or c.i < t.i or c.dep_ not in ("relcl", "appos", "acl") or not after_comma(c.left_edge) \
                    or any(g.dep_ == "conj" for g in c.children) or c.dep_ == "acl" and c.tag_ not in ("VBN", "VBG"):
                continue    # not "A, B and C": a list is no aside
            end = c.right_edge.i + 1
            if end >= len(doc) or doc[end].text != "," or end + 1 not in have:
                continue    # only an aside closed by a comma, inside the clause
            drop.update(range(c.left_edge.i - 1, end + 1))
    return [t for t in tokens if t.i not in drop] if drop else tokens


def dashed_subject(subj: list[Token], head: Token) -> list[Token]:
    """ "The Madrid–Lisbon link will open", "Co-founder Lena Hart stepped down": a word joined by a dash to the
    subject, which the parser made a second subject of the verb, is part of the subject."""
    doc = head.doc
    siblings = {c.i: c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i}
    out = list(subj)
    while True:
        end = out[-1]
        dash = end.i + 1
        if dash + 1 >= len(doc) or end.whitespace_ or doc[dash].text not in "-–—" or doc[dash].whitespace_:
            return out
        nxt = next((c for c in siblings.values() if c.left_edge.i <= dash + 1 <= c.right_edge.i
                    or c.i == dash), None)
        if nxt is None:
            return out
        del siblings[nxt.i]
        more = [t for t in arg_tokens(nxt) if t.i > end.i] if nxt.i != dash else [doc[dash]]
        out = sorted({t.i: t for t in [*out, doc[dash], *more]}.values(), key=lambda t: t.i)
        if nxt.i == dash:       # "Co" "-" "founder Lena Hart": the dash itself was read as a subject
            rest = next((c for c in siblings.values() if c.left_edge.i == dash + 1), None)
            if rest is None:
                return subj
            del siblings[rest.i]
            out = sorted({t.i: t for t in [*out, *arg_tokens(rest)]}.values(), key=lambda t: t.i)


def split_subject(subj: list[Token], head: Token) -> list[Token]:
    """ "A magnitude 6.8 earthquake struck": a noun phrase the parser cut in two, both halves subjects of one verb,
    the second starting right where the first ends, is one subject."""
    if head.dep_ not in ("nsubj", "nsubjpass") or subj[-1].i != head.right_edge.i:
        return subj
    end = head.doc[head.right_edge.i]
    nxt = next((c for c in head.head.children if c.dep_ == head.dep_ and c.left_edge.i == end.i + 1
                and c.pos_ in ("NOUN", "PROPN") and not end.is_punct and end.whitespace_
                and not c.left_edge.is_punct), None)
    if nxt is None or head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children):
        return subj
    return sorted({t.i: t for t in [*subj, *nxt.subtree]}.values(), key=lambda t: t.i)


def adjacent_name(noun: Token) -> Token | None:
    """The name right after a description that the parser hung elsewhere ("the Spanish utility" + "Iberdrola",
    read as two subjects of one verb, or as a conjunct and a subject): the name the description is of."""
    doc = noun.doc
    k = noun.i + 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or noun.ent_type_ or not any(c.dep_ == "det" for c in noun.children):
        return None
    name = doc[k]
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    if noun.is_ancestor(name) or name.is_ancestor(noun) or name_tokens(name)[0].i != k \
            or name.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return None
    return name


RANGE_ENDS = frozenset("to until till through into".split())

# nouns for a span of time that "to" and a date can close: "in the year to August", "in the three months to June"
PERIOD_NOUNS = frozenset("year month quarter week day period half season fortnight".split())


def ranges(extras: list[list[Token]]) -> list[list[Token]]:
    """ "from 1997 to 2006", "from Madrid to Lima": a range is one argument, its end with its start, whether the
    parser hung the end on the verb, on "from" or on the start's noun; so is a span of time and the date that
    closes it ("in the three months to the end of June")."""
    out: list[list[Token]] = []
    taken = {t.i for e in extras for t in e}
    for e in extras:
        first = e[0]
        if out and first.lower_ in RANGE_ENDS and first.i == out[-1][-1].i + 1 and (
                out[-1][0].lower_ == "from" or closed_period(out[-1], e)):
            out[-1] = [*out[-1], *e]
            continue
        if first.lower_ == "from" and first.dep_ == "prep":
            ends = [c for c in first.children if c.dep_ == "prep" and c.lower_ in RANGE_ENDS and c.i == e[-1].i + 1
                    and c.i not in taken and any(g.dep_ == "pobj" for g in c.children)]
            if ends:
                e = [*e, *trim(list(ends[0].subtree))]
        out.append(e)
    return out


def closed_period(period: list[Token], end: list[Token]) -> bool:
    """Whether ``end`` ("to August") closes the span of time ``period`` ends on ("in the year"): the span's last
    word is a noun for a period and the end's object is a date."""
    last = period[-1]
    return last.lemma_.lower() in PERIOD_NOUNS and last.dep_ == "pobj" and len(period) > 1 and end[0].lower_ == "to" \
        and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in end[0].children)


def whole_list(tokens: list[Token]) -> list[Token]:
    """A further argument with every member of its list: "from Spain, Portugal and Morocco", not "from Spain"."""
    have = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ == "pobj" and t.head.i in have and any(c.dep_ == "conj" and c.i not in have for c in t.children):
            return trim(sorted({x.i: x for x in [*tokens, *t.subtree]}.values(), key=lambda x: x.i))
    return tokens


def relative_words(tokens: list[Token]) -> str:
    """An argument's words with a relative pronoun in it read as the noun its clause hangs on: "with whom" of "Paul
    Lemaire, with whom she has three children" is "with Paul Lemaire", "whose father" of "Pedro Alves, whose
    father was a fisherman," is "Pedro Alves's father" (a "who" or "which" subject is read in
    `kg.extract.arguments`)."""
    pron = next((t for t in tokens if t.lower_ in ("whom", "which", "whose") and t.dep_ in ("pobj", "poss")), None)
    relcl = next((a for a in pron.ancestors if a.dep_ == "relcl"), None) if pron is not None else None
    if relcl is None or pron.i > relcl.i or relcl.head.pos_ not in ("NOUN", "PROPN") and not (
            relcl.head.pos_ == "ADJ" and any(c.dep_ == "det" for c in relcl.head.children)):
        return words(tokens)    # (an adjective under an article stands for a noun: "The 17-year-old, whose name")
    before, after = [t for t in tokens if t.i < pron.i], [t for t in tokens if t.i > pron.i]
    noun = antecedent_words(relcl.head, inside=bool(before))
    if pron.lower_ == "whose":
        noun += "'" if noun.endswith("s") and relcl.head.tag_ in ("NNS", "NNPS") else "'s"
    return " ".join(p for p in (words(before) if before else "", noun, words(after) if after else "") if p)


def where_place(clause: Clause) -> str:
    """ "the Senate, where Republicans hold a narrow majority": a relative clause that "where" opens tells what
    happens in the noun it hangs on, a further argument "in the Senate" (with the noun's own "on" or "at")."""
    verb = clause.verb
    if clause.kind not in ("verb", "copula", "comp") or verb is None or verb.dep_ != "relcl" \
            or verb.head.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i for c in verb.children):
        return ""
    noun = verb.head      # "on the Moon, where they spent 21 hours": on the Moon, as the sentence has it
    prep = noun.head.lower_ if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on", "at", "inside") else "in"
    return f"{prep} {antecedent_words(noun, inside=True)}"


def antecedent_words(noun: Token, inside: bool) -> str:
    """The words of the noun a relative clause hangs on, up to the noun: "the village" of "the village where ...";
    ``inside`` an argument, "the hotel" of "The hotel in which ..." (an article that opened the sentence in lower
    case)."""
    span = trim([t for t in noun.subtree if t.i <= noun.i])
    text = words(span)
    return text[0].lower() + text[1:] if inside and span[0].is_sent_start and span[0].pos_ == "DET" else text
