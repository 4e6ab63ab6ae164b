"""Clauses of titles and appositions: "Dmitry Peskov, the Kremlin's spokesman" (:func:`appos_clauses`), "Russian
President Vladimir Putin" (:func:`name_title_clauses`) and possessive nominalisations ("Moscow's recognition of the
territories", :func:`nominal_clauses`), built on the titles :mod:`kg.extract.titles` finds."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, arg_tokens, listed_apposition, subjects_of, trim
from kg.extract.coordination import conjunct_ids, conjuncts
from kg.extract.docarrays import arrays
from kg.extract.entities import INSTITUTION_NOUNS, ORG_NOUNS
from kg.extract.asides import medial_attribution
from kg.extract.attributions import attribution_verb
from kg.extract.factuality import Context, is_hypothetical
from kg.extract.roles import entity_tokens, portfolio, role_of
from kg.extract.titles import (BODY_RELATIONS, MISREAD_BODY_ENTS, PARTS_OF_BODIES, ROLE_BODIES, STATE_ENTS,
                               demoted_verb_between, former, future_office, named_elsewhere, title_name,
                               title_of_tokens, unit_body)
from kg.nlp import lead_end
from kg.types import Modality, Polarity


# Last words of a street address ("Lees Road", "Harbour Street"): where a person lives, no body they belong to
ADDRESS_HEADS = frozenset("street road avenue lane drive close crescent terrace boulevard".split())


def last_listed(head: Token, tok: Token) -> Token | None:
    """The last name of a list that a description after it follows, where the parser hung the description on the
    list's first name: "Air France-KLM, Lufthansa and IAG, the owner of British Airways" (IAG, not Air France-KLM).
    None when the description follows its head's own name."""
    doc = tok.doc
    j = tok.left_edge.i - 1
    if tok.pos_ != "NOUN" or j < 2 or doc[j].text != "," or j <= head.i:
        return None
    prev = doc[j - 1]
    while prev.dep_ in ("compound", "flat") and prev.head.i > prev.i:
        prev = prev.head
    if prev.pos_ != "PROPN" or prev.dep_ != "conj":
        return None
    first = prev
    while first.dep_ == "conj":
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.head.children) and not any(
                c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.children):
            return None     # "Delta & Pine": one name, not a list
        first = first.head
    if first.i != head.i and not (first.dep_ == "appos" and first.head.i == head.i):
        return None     # a list inside the head's phrase ("Mr. Robinson of A and B, the ..."), not the head's own
    return prev


def opening_participle_subject(head: Token, tok: Token) -> bool:
    """Whether an apposition on the object of a sentence-initial participle phrase is the main clause's subject:
    "Writing on X, the Tesla chief executive, Elon Musk, said ..." (the verb after it has no subject of its own,
    the parser having taken the participle for one)."""
    prep = head.head
    part = prep.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or part.tag_ not in ("VBG", "VBN") or \
            part.left_edge.i != part.sent.start or part.dep_ not in ("nsubj", "csubj", "advcl") or tok.i < head.i:
        return False
    main = part.head
    if main.pos_ not in ("VERB", "AUX") or main.i <= tok.right_edge.i or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != part.i for c in main.children):
        return False
    nxt = next((t for t in tok.doc[tok.right_edge.i + 1:main.i + 1] if not t.is_punct), None)
    return nxt is not None and (nxt.i == main.i or nxt.head.i == main.i and nxt.dep_ in ("aux", "auxpass", "advmod"))


def appos_clauses(tok: Token, ctx: Context) -> list[Clause]:
    """ "Denis Pushilin, the rebel head of the DNR" -> (Pushilin; is; the rebel head of the DNR) and head_of."""
    head = tok.head
    if party_label(tok):
        return []       # "Rep. Tom Kessler, R-Ohio, said": the party and the state one sits for, no identity
    if party_label(head) and head.dep_ == "appos":
        head = head.head    # "Rep. X, R-Ohio, a member of the committee": the member is the lawmaker, not the state
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        return []       # "Lindqvist Shipping, whose chief financial officer, Eva Lund, resigned": a relative read as
                        # an apposition, no identity (the title is the name's after it, below)
    conjunct = titled_conjunct(head, tok)
    if conjunct is not None:
        head = conjunct     # "Tesco chairman X and the chief executive of Sainsbury's, Simon Roberts": the name is
                            # the title's right before it, not the list's first name the parser hung it on
    if any(c.dep_ == "appos" and captioned_title(tok, c) is not None for c in tok.children):
        return []       # "K. Ramesh, Managing Director, Suryan Cements Ltd": the title's clause is its body's (below)
    captioned = captioned_title(head, tok)
    if captioned is not None:
        # "K. Ramesh, Managing Director, Suryan Cements Ltd, said": the business press's caption, a bare title then
        # the body it is held in; the body is no name of the person nor of the title
        pred = f"{title_name(captioned)}_of"
        return [Clause(kind="title", rel=[], predicate=pred, subj=arg_tokens(head.head), obj=arg_tokens(tok),
                       subj_head=head.head, obj_head=tok, rel_text_override=f"is {pred[:-3].replace('_', ' ')} of",
                       polarity=ctx.polarity, modality=ctx.modality, speaker=ctx.speaker)]
    listed = listed_apposition(head)
    if listed is not None and listed.i == tok.i:
        return []       # "A, B and C", "three firms, A, B and C": a list, not an identity (see conjuncts)
    last = last_listed(head, tok)
    if last is not None and tok.tag_ == "NN":
        head = last     # "A, B and C, the owner of D": the one written right before it (a plural, "the owners
                        # of D", describes them all)
    if demoted_verb_between(head, tok):
        return []       # "Chelsea chairman Todd Boehly sacked manager Graham Potter": the verb the parser missed
                        # parts the chairman from the manager's name it hung on him
    if tok.ent_type_ in ("GPE", "LOC") and head.ent_type_ in ("GPE", "LOC", "FAC"):
        return []       # "Darmstadt, Germany": a place in a larger one (kg.extract.implicit), not an identity
    after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if after is not None and after.pos_ == "VERB" and after.lemma_.lower() in lx.REPORTING_VERBS and not (
            head.dep_ == "nsubj" and head.head.i == after.i):
        return []       # "... its offer, a source close to the talks said": the source of a report, no apposition
                        # (but "Airbus chief officer X said": the subject of the saying)
    if opening_participle_subject(head, tok):
        return []       # "Writing on X, the Tesla chief executive, Elon Musk, said": the main clause's subject,
                        # which the parser hung on the object of a fronted participle phrase; no identity of X
    if after is not None and head.dep_ in ("nsubj", "nsubjpass") and medial_attribution(tok.sent.root) == tok:
        return []       # "The airline, a spokesman for Wizz Air said, will cut routes": the source of an attribution
                        # set off inside the clause, which the parser hung on its subject; no apposition
    if attribution_verb(tok) is not None:
        return []       # "... talks with Washington, the Tasnim news agency reported.": the same, misread as a participle
    if bracketed(tok) and head.ent_type_ == "PERSON" and tok.ent_type_ == "ORG" and not in_dateline(head):
        # "Mayor Kai Wegner (CDU)": a body in brackets after a person's name is the party or body they are of (not
        # "BUENOS AIRES (Reuters) -", a wire dateline the tagger read as a person's name and its agency)
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
                    BODY_RELATIONS - {"partner"} or person.pos_ == "PROPN" and person.ent_type_ in MISREAD_BODY_ENTS
                    and title.lemma_.lower() in PARTS_OF_BODIES) and title.ent_type_ not in ("PERSON", "ORG", "GPE")
    # ("Norvexa Pharma, a unit of Y" with "Norvexa Pharma" read as a person: only a body is a unit of one)
    titles = [(title, title_of_tokens(title, body=organisation))] + [
        (c, title_of_tokens(c) or title_of_tokens(c, owner=title)) for c in title.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(g.dep_ == "appos" for g in c.children)]
    # ("her husband and coach, X": each title of the pair; not "its chairman, X, and its chief economist, Y")
    outer = title.head if title.dep_ == "appos" and title.pos_ == "NOUN" and not titles[0][1] else None
    if outer is not None and outer.pos_ == "NOUN" and outer.lemma_.lower() in lx.TITLE_NOUNS and person.ent_type_ == \
            "PERSON":
        titles.append((outer, title_of_tokens(outer)))  # "Rovers' owner, the American investor X": the title
                                                        # the description of X is in apposition to
    for title, titled in titles:
        if not titled:
            continue
        pred, target = titled
        was = former(title)
        for holder, body in respective_holders(person, title, target):
            out.append(Clause(kind="title", rel=[], predicate=pred, subj=arg_tokens(holder),
                              obj=possessor_tokens(body) if body.dep_ == "poss" else arg_tokens(body),
                              subj_head=holder, obj_head=body,
                              rel_text_override=f"is {'former ' if was else ''}{pred[:-3].replace('_', ' ')} of",
                              polarity=ctx.polarity, modality=future_office(title, None, ctx.modality),
                              speaker=ctx.speaker,
                              qualifier="former" if was else None))
    return out


def respective_holders(person: Token, title: Token, body: Token) -> list[tuple[Token, Token]]:
    """The holders of a plural title over a list of bodies, paired in the order written: "Gavin Newsom and JB
    Pritzker, the governors of California and Illinois" -> (Newsom, California), (Pritzker, Illinois), where the
    parser hangs the title on one name and the title's clause would give it the list's first body. As many names as
    bodies, else none (which of "A and B, the leaders of X, Y and Z" holds which is not written); a singular title, or a
    plural one over one body ("the governors of New York"), is the name's as it stands."""
    bodies = conjuncts(body)
    if title.tag_ != "NNS" or len(bodies) < 2:
        return [(person, body)]
    cols = arrays(person.doc)
    names = sorted({person.i, *conjunct_ids(cols, person.i)})
    if len(names) != len(bodies) or any(cols.pos[n] != "PROPN" for n in names):
        return []
    doc = person.doc
    return [(doc[n], b) for n, b in zip(names, sorted(bodies, key=lambda t: t.i))]


def titled_conjunct(head: Token, tok: Token) -> Token | None:
    """ "Director General X and the head of BBC News, Deborah Turness, resigned": a person's name right after a title
    (a common noun, with a comma between) that is a conjunct of the name the parser hung the apposition on; the
    title, or None."""
    if tok.ent_type_ != "PERSON" or head.pos_ != "PROPN" or tok.i < head.i:
        return None
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() in lx.TITLE_NOUNS and c.i < tok.i:
            between = tok.doc[c.right_edge.i + 1:tok.left_edge.i]
            if len(between) == 1 and between[0].text == ",":
                return c
    return None


def captioned_title(title: Token, body: Token) -> Token | None:
    """A bare title between a name and a body's name, each after a comma ("X, Managing Director, Y Ltd", "X, Chief
    Economist, Y Bank"): the title, or None. Only a title with no article, possessor or of-phrase of its own, held by
    a name it is in apposition to."""
    holder = title.head
    if body.ent_type_ != "ORG" or title.dep_ != "appos" or holder.i == title.i or holder.pos_ != "PROPN" \
            or holder.ent_type_ not in ("PERSON", ""):
        return None
    if title.lemma_.lower() not in lx.TITLE_NOUNS and title.lower_ not in lx.TITLE_NOUNS:
        return None
    if any(c.dep_ in ("det", "poss", "prep", "nummod") for c in title.children):
        return None
    between = title.doc[title.i + 1:body.left_edge.i]
    return title if len(between) == 1 and between[0].text == "," else None


def party_label(tok: Token) -> bool:
    """The label of a US lawmaker's party and state after the name: "R-Ohio", "D-N.Y." (an initial, a hyphen, then
    the state the tagger reads as a place)."""
    if tok.ent_type_ not in STATE_ENTS:
        return False    # (asked of many words: the type first, before a Token of each word of the phrase)
    words = [t for t in tok.subtree]
    return len(words) >= 3 and words[0].text.rstrip(".") in ("R", "D", "I") and words[1].text == "-"


def bracketed(tok: Token) -> bool:
    """A phrase standing alone in brackets: "(CDU)"."""
    words = [t for t in tok.subtree if not t.is_punct]
    if not words:
        return False
    doc, start, end = tok.doc, words[0].i, words[-1].i
    return start > 0 and end + 1 < len(doc) and doc[start - 1].text == "(" and doc[end + 1].text == ")"


def in_dateline(tok: Token) -> bool:
    """Whether a word is in the dateline a wire story's paragraph opens with ("BUENOS AIRES (Reuters) -"), which
    kg.nlp makes a sentence of its own."""
    sent = tok.sent
    return lead_end(tok.doc, sent.start) == sent.end


def misattached_title(tok: Token) -> Token | None:
    """ "A spokeswoman for the operator, Hilde Moe, said", "Afghanistan's ambassador to Qatar, Suhail Shaheen, said":
    the parser hangs the name on the title's object; the title it names the holder of, or None."""
    head = tok.head
    prep = head.head if head.dep_ == "pobj" else None
    if tok.ent_type_ != "PERSON" or head.ent_type_ == "PERSON" or prep is None or prep.dep_ != "prep" \
            or prep.lower_ not in ("of", "for", "at", "to"):
        return None
    title = prep.head
    if title.pos_ not in ("NOUN", "PROPN") or title.lemma_.lower() not in lx.TITLE_NOUNS or any(
            c.dep_ == "appos" for c in title.children):
        return None
    if title.dep_ == "appos" and (title.head.ent_type_ or title.head.pos_ != "NOUN"):
        return None     # "X, the head of the union, Y": the title is the name's before it (but "12 people died,
                        # the governor of Nakuru county, Susan Kihika, said": the parser's misplaced apposition)
    if prep.lower_ == "to" and role_of(f"{title.lemma_.lower()}_of") != "representative_of":
        return None     # "Egypt's ambassador to Washington, Motaz Zahran": only an envoy is one "to" a place
    return title if any(c.dep_ == "det" or c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP", "ORG")
                        for c in title.children) else None


# Title nouns the tagger reads as adjectives right before a name ("chief executive Christian Sewing").
TITLE_AMODS = frozenset("executive official".split())


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
    tagged = list(person)
    # a title the tagger read into the name ("Australian Treasurer Jim Chalmers" tagged as one person)
    inside = set()
    while len(person) > 2 and person[0].lower_ in lx.NAME_TITLES and person[0].lower_ in lx.TITLE_NOUNS \
            and person[0].dep_ == "compound" and person[0].is_title:
        inside.add(person[0].i)
        person = person[1:]
    words = [name] + [t for t in person if t.i < name.i and t.dep_ == "compound"]
    for c in sorted({c for w in words for c in w.children if c.i < person[0].i or w.i == name.i}, key=lambda t: t.i):
        # the title hangs on the name's last word, or on one inside it ("Council President Maria von der Berg")
        if (c.dep_ in ("compound", "nmod") or c.dep_ == "amod" and c.i == person[0].i - 1 and c.is_lower
                and c.lemma_.lower() in TITLE_AMODS) and c.lemma_.lower() in lx.TITLE_NOUNS and (
                c.ent_type_ != "PERSON" or c.i in inside):
            # ("Deutsche Bank chief executive Christian Sewing": a title right before the name the tagger read as
            # an adjective)
            titled = title_of_tokens(c)
            if titled is None:
                # "HHLA chief executive Angela Titzrath": the parser may hang the body on the name itself
                bodies = [o for o in name.children if o.dep_ in ("nmod", "compound", "poss")
                          and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "NORP"))
                          and o.i < c.i and (o.ent_type_ != "PERSON" or named_elsewhere(o))
                          and not all(t.lower_ in lx.NAME_TITLES for t in entity_tokens(o))
                          and not (o.lower_ in lx.TITLE_NOUNS | lx.TITLE_MODIFIERS and not o.ent_type_)
                          and not portfolio(c, o)]
                # (not "Solicitor" in "Solicitor General X": a title's own word, no body)
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
              and (c.ent_type_ != "PERSON" or ruler_word(c, tagged)) and c.i < name.i]
    for c in name.children if not out else ():
        if c.dep_ == "prep" and c.lower_ == "of" and not any(t.like_num for t in name.doc[name.i + 1:c.i]):
            # (not "Dan Price (29), of Lees Road" nor "Dan Price, 29, of Oldham": after an age, where one lives)
            for g in c.children:
                if g.lower_ in ADDRESS_HEADS:
                    continue    # "Mark Dean of Harbour Road": an address, no body
                unit = unit_body(g) if g.dep_ == "pobj" and titles else None
                if unit is not None and unit.ent_type_ == "ORG":
                    # "Judge X of the ICC's pre-trial chamber": a member of the body the unit is part of (never its head)
                    out.append(Clause(kind="member", rel=[], predicate="member_of",
                                      subj=[t for t in arg_tokens(name) if t.i < c.i], obj=entity_tokens(unit),
                                      subj_head=name, obj_head=unit, rel_text_override="is member of",
                                      speaker=ctx.speaker, polarity=ctx.polarity, modality=ctx.modality))
                    continue
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


# Titles of a ruler the tagger reads into the name they stand before ("King Abdullah II of Jordan", "Queen Nzinga of
# Ndongo"): an "of" after the name gives the realm.
RULER_WORDS = frozenset("king queen emperor empress tsar czar emir monarch".split())


def ruler_word(tok: Token, person: list[Token]) -> bool:
    """A capitalised ruler's title opening a name the tagger read it into, before at least one word of the name."""
    return tok.lower_ in RULER_WORDS and tok.is_title and bool(person) and tok.i == person[0].i and len(person) > 1


def state_title(titles: list[Token]) -> bool:
    """One title of a state's office before a name ("Finance Minister", "Mayor", "Ambassador"), which an "of" after
    the name gives the state of; not a title held at a body ("Professor X of Leiden")."""
    return len(titles) == 1 and role_of(f"{title_name(titles[0])}_of") in ("head_of", "minister_of",
                                                                             "representative_of")


def possessor_tokens(tok: Token) -> list[Token]:
    """A possessor without its "'s": "Moscow's recognition" -> "Moscow"."""
    return trim([t for t in arg_tokens(tok) if not (t.head == tok and t.dep_ == "case")])


# Nominalisations that name what they aim at with "on" or "against": "Russia's attack on the dam", "the EU's ban on
# Russian oil" (not "Moscow's recognition on Monday").
AIMED_NOMINALS = frozenset("attack ban sanction bombing shelling blockade criticism".split())


# Words before a nominalisation that say its act has not (yet) taken place: "Vexa's proposed takeover of Lumo",
# "the planned sale of the unit to X", "the failed bid".
UNDONE_WORDS = frozenset("""planned proposed possible potential prospective future mooted rumoured rumored attempted
failed aborted abandoned collapsed scrapped cancelled canceled thwarted blocked""".split())
# Light nouns that take their object with a preposition of their own, read as nominalisations with a possessor or a
# "by" phrase: "Modi's visit to Washington", "strikes by Israel on Beirut", "the SEC's probe into Tesla".
NOMINAL_LIGHT_NOUNS = frozenset(lx.TRANSITIVE_LIGHT_NOUNS) - frozenset(lx.NOMINALISATIONS) - {"charge", "charges"}
# Deverbal nouns read only with their possessor or "by" phrase here (the light verbs of :mod:`verbobjects` do not
# take them: "took delivery of" is no delivering): "the signing of the deal by X", "Ukraine's recapture of Y".
MORE_NOMINALISATIONS = {
    "signing": "sign", "recapture": "recapture", "seizure": "seize", "expulsion": "expel", "extradition": "extradite",
    "deportation": "deport", "abduction": "abduct", "kidnapping": "kidnap", "assassination": "assassinate",
    "dismissal": "dismiss", "sacking": "sack", "endorsement": "endorse", "nomination": "nominate",
    "ratification": "ratify", "bombardment": "bombard", "liberation": "liberate", "nationalisation": "nationalise",
    "nationalization": "nationalize", "buyout": "buy_out", "delivery": "deliver", "boycott": "boycott",
}
NO_AGENT_ENTS = frozenset("DATE TIME ORDINAL CARDINAL PERCENT MONEY QUANTITY EVENT LAW WORK_OF_ART LANGUAGE".split())


def nominal_verb(noun: Token) -> str | None:
    """The verb a nominalisation (or a light noun with a preposition of its own) stands for: "acquisition" acquire,
    "visit" visit; None for any other noun."""
    lemma = noun.lemma_.lower()
    if lemma in lx.NOMINALISATIONS or lemma in MORE_NOMINALISATIONS:
        return lx.NOMINALISATIONS.get(lemma) or MORE_NOMINALISATIONS[lemma]
    return lx.LIGHT_NOUNS.get(lemma) if lemma in NOMINAL_LIGHT_NOUNS else None


def theme_preps(noun: Token) -> set[str]:
    """The prepositions that name what a nominalisation acts on: "of" ("the acquisition of Y"), "on" or "against"
    for one that aims ("the attack on the dam"), a light noun's own ("a visit to Kabul", "a probe into Tesla")."""
    lemma = noun.lemma_.lower()
    if lemma in NOMINAL_LIGHT_NOUNS:
        return set(lx.TRANSITIVE_LIGHT_NOUNS[lemma])
    own = lx.TRANSITIVE_LIGHT_NOUNS.get(lemma, set())
    return ({"of", "on", "against"} if lemma in AIMED_NOMINALS else {"of"}) | own


def actor(tok: Token) -> bool:
    """A word that can stand for who acts: a noun or a name that is no date, time or amount ("Monday's attack" has
    no agent)."""
    return tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ not in NO_AGENT_ENTS


def by_objects(tok: Token) -> list[Token]:
    """The objects of a "by" phrase on a word (or its agent phrase)."""
    return [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj"]


def prep_objects(tok: Token, words: set[str], after: int = -1) -> list[Token]:
    """The objects of the prepositions ``words`` on a word, after position ``after``."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words and c.i > after
            for g in c.children if g.dep_ == "pobj"]


def past_name(agent: Token, prep: Token) -> bool:
    """Whether a preposition on the agent can be the nominalisation's, misattached: after the whole of a name ("by
    the United Auto Workers of Ford's offer", not "by the Bank of England"), or other than "of" after a noun
    ("strikes by Israeli aircraft on Beirut"; "by members of the union" is the noun's own)."""
    if agent.pos_ == "PROPN":
        return agent.ent_type_ != "" and prep.ent_iob_ in ("O", "B", "")
    return prep.lower_ != "of"


def without(tokens: list[Token], head: Token, cut: list[Token]) -> list[Token]:
    """An argument's words without the phrases of ``cut`` that do not hold its head (a theme or an agent the
    parser hung inside it)."""
    drop = {t.i for c in cut if not (c.left_edge.i <= head.i <= c.right_edge.i) for t in c.subtree}
    return trim([t for t in tokens if t.i not in drop]) if drop else tokens


# Verbs by which an act named as their subject or object did not take place: "the visit was postponed".
UNDONE_VERBS = frozenset("cancel postpone scrap shelve abandon delay suspend halt".split())


# Verbs and nouns that ask for or weigh an act, which has not (yet) taken place: "called for the withdrawal of the
# troops", "talks on Britain's exit from the EU".
REQUESTING_VERBS = frozenset("demand call urge ask seek push press want insist negotiate discuss debate".split())
REQUESTING_NOUNS = frozenset("""demand call request talk talks negotiation negotiations timetable plan proposal deal
agreement condition""".split())


def nominal_factuality(noun: Token, ctx: Context) -> tuple[Polarity, Modality]:
    """The factuality of a nominalisation's act in its context: not (yet) done where a verb calls it off, blocks,
    weighs or asks for it ("Modi's visit was postponed", "blocked Microsoft's takeover of Activision", "called for the
    withdrawal of the troops"), where a noun of talks or of a plan takes it ("talks on Britain's exit"), where a word
    before it says so ("the proposed sale"), or where the verb above it is a modal's."""
    pol, mod = ctx.polarity, ctx.modality
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ in ("prep", "agent"):
        gov = gov.head      # "called for the withdrawal", "talks on the exit"
    lemma = gov.lemma_.lower()
    if gov.pos_ in ("VERB", "AUX") and (lemma in UNDONE_VERBS or lemma == "call" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in gov.children)):
        # "Modi's visit to Washington was postponed", "called off the sale of X": it did not take place
        return pol, Modality.HYPOTHETICAL
    if gov.pos_ in ("VERB", "AUX") and lemma in lx.NON_EVENT_VERBS | REQUESTING_VERBS or gov.pos_ == "NOUN" and (
            lemma in REQUESTING_NOUNS or gov.lower_ in REQUESTING_NOUNS) or any(
            c.dep_ in ("amod", "compound") and c.lower_ in UNDONE_WORDS for c in noun.children):
        # "blocked Microsoft's takeover of Activision", "the proposed sale of X": the event did not (yet) take place
        return pol, Modality.HYPOTHETICAL
    # the nominal's own context: a complement of a modal predicate stays hypothetical
    gov = noun.head
    while gov.dep_ not in ("ROOT",) and gov.pos_ not in ("VERB", "AUX"):
        gov = gov.head
    if gov.pos_ in ("VERB", "AUX") and is_hypothetical(gov) and mod is Modality.ASSERTED:
        mod = Modality.HYPOTHETICAL
    return pol, mod


# Nominalisations of leaving or arriving, whose possessor (or "of" phrase) is who leaves, and the place or body
# left or reached: "Russia's withdrawal from Kherson", "the withdrawal of French troops from Niger", "Britain's exit
# from the EU", "the arrival of the delegation in Doha".
MOVING_NOMINALS = {"withdrawal": ("withdraw_from", {"from"}), "pullout": ("withdraw_from", {"from"}),
                   "retreat": ("retreat_from", {"from"}), "exit": ("leave", {"from"}),
                   "departure": ("leave", {"from"}), "arrival": ("arrive_in", {"in", "at"})}


def moving_clauses(noun: Token, ctx: Context) -> list[Clause]:
    """ "the withdrawal of French troops from Niger" -> withdraw_from(French troops, Niger); "Britain's exit from the
    EU" -> leave(Britain, the EU). Only where the place or body is named; the mover a possessor, else a "by" or an
    "of" phrase."""
    pred, words = MOVING_NOMINALS[noun.lemma_.lower()]
    places = [p for p in prep_objects(noun, words) if p.ent_type_ not in ("DATE", "TIME")]
    movers = [c for c in noun.children if c.dep_ == "poss" and actor(c)] or [
        g for g in by_objects(noun) if actor(g)] or [g for g in prep_objects(noun, {"of"}) if actor(g)]
    if not places or not movers or not (places[0].pos_ == "PROPN" or places[0].ent_type_):
        return []
    pol, mod = nominal_factuality(noun, ctx)
    return [Clause(kind="nominal", rel=[noun], predicate=pred, subj=possessor_tokens(m), obj=arg_tokens(places[0]),
                   subj_head=m, obj_head=places[0], polarity=pol, modality=mod, speaker=ctx.speaker, use="graph")
            for m in conjuncts(movers[0]) if actor(m)]


# Prepositions of a visit the subject of the verb they hang on makes: "during a visit to Ankara", "on a visit to Kyiv".
VISIT_PREPS = frozenset("during on after".split())


# Verbs whose subject carries out the act their object names: "completed the signing of Wirtz", "finalised its
# takeover of X" (not "approved the sale of X", "ordered the arrest of X": someone else's act).
CARRYING_OUT = frozenset("complete finalise finalize conclude close carry conduct".split())


def nominal_clauses(noun: Token, ctx: Context) -> list[Clause]:
    """ "Moscow's recognition of the territories" -> recognize(Moscow, the territories); the agent also in a "by"
    phrase ("the rejection by the union of the offer", "the signing of the agreement by Thailand and Cambodia",
    where the parser may hang the "by" on the theme or the theme on the agent), each of coordinated agents, and a
    light noun's own preposition ("the visit by Wang Yi to Kabul"). A nominalisation of giving also names who
    receives: "Shell's sale of the unit to Renaissance", sell_to(Shell, Renaissance)."""
    if noun.lemma_.lower() in MOVING_NOMINALS:
        found = moving_clauses(noun, ctx)
        if found:
            return found
    verb = nominal_verb(noun)
    if not verb:
        return []
    preps = theme_preps(noun)
    agents = [c for c in noun.children if c.dep_ == "poss" and actor(c)]
    themes = prep_objects(noun, preps)
    if not agents:
        agents = [g for g in by_objects(noun) if actor(g)]
    if not agents and noun.dep_ == "dobj" and noun.head.tag_ != "VBN":
        # "welcomed the sale by Shell of its stake": the parser hangs the "by" phrase right after the noun on the
        # active verb, which has no agent; the noun's own, where its theme hangs on the agent ("of its stake")
        # (a name or a noun of a body: "the sale by auction of the painting" has none)
        agents = [g for c in noun.head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                  and c.i == noun.right_edge.i + 1 for g in c.children if g.dep_ == "pobj" and actor(g)
                  and (g.pos_ == "PROPN" or g.lemma_.lower() in INSTITUTION_NOUNS or g.lemma_.lower() in ORG_NOUNS)
                  and any(p.dep_ == "prep" and p.lower_ in preps and p.i > g.i for p in g.children)]
    if not agents:
        # "the signing of the agreement by Thailand and Cambodia": the parser hangs the "by" on the theme
        agents = [g for t in themes[:1] for g in by_objects(t) if actor(g) and g.pos_ == "PROPN"]
    if not agents and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in \
            CARRYING_OUT and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        # "Liverpool have completed the signing of Wirtz", "Microsoft completed its acquisition of Activision": the
        # one who carries the act out does it
        agents = [a for a in subjects_of(noun.head)[0][:1] if actor(a)]
    if not agents and verb == "visit" and not any(c.dep_ == "poss" for c in noun.children) and noun.dep_ == "pobj" \
            and noun.head.lower_ in VISIT_PREPS and noun.head.head.pos_ == "VERB" and not any(
                t.lower_ == "by" for t in noun.subtree):
        # "handed over a letter during a visit to Ankara", "On a visit to Kyiv, Merz pledged": the verb's subject
        # makes the visit, where it is a name or a title ("shares rose after a visit to the plant": no visitor)
        agents = [a for a in subjects_of(noun.head.head)[0][:1] if actor(a) and (
            a.pos_ == "PROPN" and a.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "")
            or a.lemma_.lower() in lx.TITLE_NOUNS)]
    cut = []    # phrases hung inside the other argument
    if agents and not themes and agents[0].i > noun.i:
        # "the rejection by the United Auto Workers of Ford's offer": the theme hung on the agent's name
        cut = [c for c in agents[0].children if c.dep_ == "prep" and c.lower_ in preps and c.i > agents[0].i
               and past_name(agents[0], c)][:1]
        themes = [g for c in cut for g in c.children if g.dep_ == "pobj"]
    elif agents and themes and agents[0].head.head == themes[0]:
        cut = [agents[0].head]      # "the signing of the agreement by Thailand": the agent hung on the theme
    themes = [t for t in themes if t.ent_type_ not in ("DATE", "TIME")]
    if not agents or not themes:
        return []
    agents = [a for first in agents[:1] for a in conjuncts(first) if actor(a)]
    pol, mod = nominal_factuality(noun, ctx)
    theme = themes[0]
    out = [Clause(kind="nominal", rel=[noun], predicate=verb, subj=without(possessor_tokens(a), a, cut),
                  obj=without(arg_tokens(theme), theme, cut),
                  subj_head=a, obj_head=theme, polarity=pol, modality=mod, speaker=ctx.speaker) for a in agents]
    if verb in lx.TRANSFER_VERBS:
        # "Shell's sale of its Nigerian business to Renaissance": who receives, graph only
        for r in prep_objects(noun, {"to"}, theme.i) or prep_objects(theme, {"to"}, theme.i):
            if r.pos_ == "PROPN" and r.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", ""):
                out += [Clause(kind="nominal", rel=[noun], predicate=f"{verb}_to",
                               subj=without(possessor_tokens(a), a, cut), obj=arg_tokens(o), subj_head=a, obj_head=o,
                               polarity=pol, modality=mod, speaker=ctx.speaker, use="graph")
                        for a in agents for o in conjuncts(r)]
    return out


# The nouns :func:`nominal_clauses` reads besides :data:`lexicon.NOMINALISATIONS`.
NOMINAL_NOUNS = NOMINAL_LIGHT_NOUNS | frozenset(MORE_NOMINALISATIONS) | frozenset(MOVING_NOMINALS)
