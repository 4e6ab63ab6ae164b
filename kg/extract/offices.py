"""Roles stated by a verb of taking, holding or leaving an office with an "as" phrase: "X was sworn in as US
president", "the board appointed X as its chief executive", "X resigned as chairman of Y"; by a verb of putting
someone in an office with the title as its complement ("named X interim chief executive", "X was elected president
of Y"); by a verb of succeeding someone in one ("X succeeded Y as chairman of Z": X holds it, Y held it); and by the
attribute of "become" or "remain" ("X became governor of Y").

An office not taken yet is no fact: a verb of taking or holding one in the future ("will take over as") or in an
infinitive ("is set to be named", "tipped to replace Y as", "chose X to succeed Y as") gives the role as
Hypothetical. Leaving one in the future ("will step down as") says it is held now; an infinitive of leaving states
nothing ("refused to resign as", "plans to step down as"), unless the holder was made to ("was forced to resign as").

Each is a Clause of kind "title", as a title before a name gives one (kg.extract.titles), seen by the graph only:
Open IE keeps the verb's own tuple ("was sworn in as"; "US president"). The organisation is the one the title
names ("US president", "chief executive of Y", "its chief executive"); a title that names none states nothing here.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, arg_tokens, subjects_of
from kg.extract.factuality import Context, negated, own_factuality
from kg.extract.mentions import DESCRIPTIONS
from kg.extract.roles import CABINET_TITLES, role_of
from kg.extract.titleclauses import possessor_tokens
from kg.extract.titles import (BODY_RELATIONS, SEAT_BODIES, bare_fields, former, future_office, parent_company,
                               title_name, title_of_tokens)
from kg.types import EntityType, Modality, Polarity

# Verbs that put someone in an office: the holder is the object when there is one ("appointed X as"), else the
# subject ("X was sworn in as", "X was elected as").
INSTALL_VERBS = frozenset("""swear elect re-elect reelect appoint reappoint re-appoint name install confirm inaugurate
choose select hire promote nominate propose""".split())
# Verbs that only put someone forward for an office: the role is not held yet ("X was nominated as governor")
NOMINATE_VERBS = frozenset("nominate propose".split())
# Verbs of holding an office: the subject holds it ("X serves as", "X remains as", "X took over as").
HOLD_VERBS = frozenset("serve remain continue stay act take work spend".split())     # ("works as a nurse at X",
# "spent four years as an engineer at Google")
# Verbs of leaving it: the subject held it and holds it no more ("X resigned as", "X stepped down as").
LEAVE_VERBS = frozenset("resign quit retire step leave".split())
# Verbs of removing someone from an office: the holder held it ("X was sacked as manager of Y").
REMOVE_VERBS = frozenset("sack fire oust dismiss remove depose axe unseat".split())
# Verbs of joining a body in an office, whose object is the body ("X joined Y as chief financial officer").
JOIN_VERBS = frozenset({"join"})
# Verbs of taking someone's place in an office: the subject holds it, the object held it ("X succeeded Y as").
SUCCEED_VERBS = frozenset("succeed replace".split())
# Verbs of choosing someone for an office, whose object is who is to take it ("chose X to succeed Y as").
CHOOSE_VERBS = INSTALL_VERBS | frozenset("pick tap tip back recruit ask invite".split())
# Verbs that make someone leave an office: their infinitive of leaving happened ("was forced to resign as").
FORCE_VERBS = frozenset("force compel oblige pressure push".split())
# Verbs whose attribute is an office held, taken or kept ("X is governor of Y", "X became governor of Y").
BECOME_VERBS = frozenset("be become remain".split())
# Nouns of an office named by an of-phrase ("took up the post of director of Y"), and the verbs that take, hold or
# accept one; "hold" in the past is an office held no more ("held the post of finance minister").
POST_NOUNS = frozenset("post position role job office".split())
POST_VERBS = frozenset("take assume accept hold fill occupy".split())
# Every verb office_clauses reads (asked of every verb: one set, not a union made for each).
# Verbs of holding a seat on a board or a council ("serves on the board of Y", "sits on the Airbus board").
SIT_VERBS = frozenset("serve sit remain stay".split())
OFFICE_VERBS = INSTALL_VERBS | HOLD_VERBS | LEAVE_VERBS | SUCCEED_VERBS | BECOME_VERBS | REMOVE_VERBS | JOIN_VERBS \
    | POST_VERBS | SIT_VERBS
FUTURE_AUX = frozenset("will shall 'll wo".split())


def office_titles(verb: Token, lemma: str) -> list[Token]:
    """The title nouns an office verb puts someone in: its "as" phrase ("resigned as chairman"), or for a verb of
    installing or becoming, its complement ("named X chief executive", "was elected president", "became governor")."""
    if lemma in POST_VERBS:
        posts = posted_titles(verb)
        if posts:
            return posts
    deps = ("oprd",) if lemma in INSTALL_VERBS else ("attr", "oprd") if lemma in BECOME_VERBS else ()
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj" and lemma in SUCCEED_VERBS]  # "replace Y [as Z]"
    return [g for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "as"
            and lemma not in BECOME_VERBS for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in lx.TITLE_NOUNS] + [
        c for c in verb.children if (c.dep_ in deps or c.dep_ == "dobj" and lemma in INSTALL_VERBS and (
            run_in_holder(c) or reduced_passive(verb) or bare_title(c) and any(
                a.dep_ == "auxpass" for a in verb.children)))   # "was reappointed governor of Y", read as an object
        and c.pos_ == "NOUN" and (c.lemma_.lower() in lx.TITLE_NOUNS or lemma in BECOME_VERBS and body_relation(c))]


def posted_titles(verb: Token) -> list[Token]:
    """The title an office noun's of-phrase names after a verb of taking or holding it: "took up the post of director
    of the museum" -> director; "will assume the role of chief executive" -> executive."""
    return [g for post in verb.children if post.dep_ == "dobj" and post.lemma_.lower() in POST_NOUNS
            and not any(c.dep_ == "poss" for c in post.children)
            for prep in post.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in lx.TITLE_NOUNS]


def bare_title(noun: Token) -> bool:
    """A title with no article, possessor or name of its holder in it: "head of the institute", "chief executive"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lx.TITLE_NOUNS and not run_in_holder(noun) and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def reduced_passive(verb: Token) -> bool:
    """ "X, appointed head of the institute last year, warned", "X, named chief executive in May, said": a verb of
    putting someone in an office with no auxiliary, no agent and a bare title as its only complement is a passive
    whose holder is the person it is on, not someone who appointed a head (the parser reads the participle as the
    person's verb, or as a clause on the name with the name as its subject). "The board appointed X chief
    executive", "X appointed a new head of research" are no such."""
    if verb.lemma_.lower() not in INSTALL_VERBS or verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "agent", "dative") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if len(objects) != 1 or not bare_title(objects[0]):
        return False
    holder = participle_holder(verb)
    return holder is not None and holder.ent_type_ == "PERSON"


def participle_holder(verb: Token) -> Token | None:
    """Whom a bare participle of installing is about: the name it is on ("X, named chief executive,"), the subject of
    the clause it qualifies ("Appointed governor last year, X warned"; "X, appointed governor, warned" read so), or
    the name before it that the parser made its subject."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not own:
        main = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return main[0] if len(main) == 1 else None
    return own[0] if len(own) == 1 and own[0].i < verb.i else None


def body_relation(noun: Token) -> bool:
    """ "a subsidiary", "a unit", "its parent company": a noun relating a body to another ("X is a unit of Y")."""
    return noun.lemma_.lower() in BODY_RELATIONS or parent_company(noun)


def run_in_holder(title: Token) -> list[Token]:
    """ "appointed Ruth Adler interim chief executive", parsed as one noun phrase with the name inside it: the name
    before the title is who is put in the office ("appointed Finance Minister X", the title before, is no such)."""
    return [c for c in title.children if c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON" and c.i < title.i
            and not any(d.dep_ in ("det", "poss") for d in title.children)][:1]


def infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive ("to succeed", "to be named"), or its participle after one."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children)


# Verbs of leaving a post whose purpose infinitive names the post taken instead ("left Volvo in 2020 to become
# chief executive of Scania", "quit Accenture to join Deloitte as a partner").
LEFT_FOR_VERBS = frozenset("leave quit resign".split())


def taken_after_leaving(verb: Token) -> bool:
    """ "left Volvo in 2020 to become chief executive of Scania": an infinitive of purpose after a past leaving that
    is told as done, whose office was taken (not one to come)."""
    head = verb.head
    perfect = head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    return (infinitive(verb) and verb.dep_ in ("advcl", "xcomp") and head.i != verb.i
            and (head.tag_ == "VBD" or perfect) and head.lemma_.lower() in LEFT_FOR_VERBS and not negated(head)
            and not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "have" for c in head.children))


def future(verb: Token) -> bool:
    """The verb is a future ("will take over as", "'ll serve as")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children)


def chosen(verb: Token) -> Token | None:
    """ "chose X to succeed Y", "nominated X to lead": the object of a verb of choosing whom an infinitive is about."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in CHOOSE_VERBS:
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[0] if len(objects) == 1 else None


def installer_body(verb: Token, lemma: str, title: Token, holder: Token) -> tuple[str, Token] | None:
    """ "Halcor Systems named X chief executive": a title with no body of its own, given by an organisation that
    puts someone in it, is an office in that organisation (not "Putin appointed X as governor", a person's act; but
    a minister a person appoints is theirs: "Sheinbaum named X as economy minister")."""
    if lemma not in INSTALL_VERBS or holder.dep_ != "dobj" and holder.head.i != title.i or any(
            c.dep_ in ("poss", "compound", "amod") and c.ent_type_ and c.i != holder.i for c in title.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 1 and subjects[0].ent_type_ == "PERSON" and subjects[0].i != holder.i and \
            title.lemma_.lower() in CABINET_TITLES:
        # "Sheinbaum named Ebrard as economy minister": a minister under the person who appoints them, in the state
        # that person heads (kg.extract.rolefacts.cabinet_of_leader)
        return f"{title_name(title)}_of", subjects[0]
    if len(subjects) == 1 and subjects[0].pos_ == "NOUN" and \
            DESCRIPTIONS.get(subjects[0].lemma_.lower()) is EntityType.ORGANIZATION:
        # "The Dutch chip-equipment maker Veldtronics named X as interim chief executive": the firm its description
        # names right after it, whatever the tagger made of the name
        names = [c for c in subjects[0].children if c.dep_ == "appos" and c.i == subjects[0].i + 1
                 and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "")]
        if len(names) == 1:
            return f"{title_name(title)}_of", names[0]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].ent_type_ != "ORG":
        return None
    return f"{title_name(title)}_of", subjects[0]


def apposed_body(verb: Token, lemma: str, title: Token, holder: Token) -> tuple[str, Token] | None:
    """ "X, chief operating officer of Nordlys Energi, will take over as chief executive": a firm's officer title with
    no body of its own, taken or held by its subject, is held in the named organisation of the title the subject's
    apposition gives now (not "a former officer of Y": whatever they held there is past)."""
    role = role_of(f"{title_name(title)}_of")
    if lemma not in HOLD_VERBS or holder.dep_ not in ("nsubj", "nsubjpass") or not (
            role in ("chief_executive_of", "chair_of") or title.lemma_.lower() == "officer"):
        return None     # (a firm's own officers, not "will serve as adviser", whose body may be anyone's)
    apposed = [c for c in holder.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in
               lx.TITLE_NOUNS]
    if len(apposed) != 1 or former(apposed[0]):
        return None
    titled = title_of_tokens(apposed[0])
    body = titled[1] if titled is not None else None
    if body is not None and body.pos_ == "NOUN" and DESCRIPTIONS.get(body.lemma_.lower()) is EntityType.ORGANIZATION:
        # "of the bearing maker Rullmark": the firm the description names, whatever the tagger made of the name
        names = [c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > body.i]
        return (f"{title_name(title)}_of", names[0]) if len(names) == 1 else None
    if body is None or body.pos_ != "PROPN" or body.ent_type_ != "ORG" and not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and DESCRIPTIONS.get(c.lemma_.lower()) is EntityType.ORGANIZATION
            for c in body.children):
        return None     # a body, named so or described so ("the bearing maker Rullmark"); not "chief of staff to
                        # President X", a person's aide, no officer of the person
    return f"{title_name(title)}_of", body


def named(tok: Token) -> bool:
    """A holder the graph can name: a proper noun, a pronoun the resolver names, or a name the tagger misread
    ("Omar Said" with "Said" as a verb)."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE")


def named_subjects(verb: Token) -> list[Token]:
    """The verb's subjects; for a relative clause's "who", the noun it is on ("X, who replaced Y as chairman")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and len(subjects) == 1 and subjects[0].lower_ in lx.RELATIVE_PRONOUNS:
        found, _ = subjects_of(verb)
        return [apposed_name(t) for t in found]
    return subjects


def apposed_name(noun: Token) -> Token:
    """The person's name a description is in apposition to, which a relative clause after both is about ("Y's
    successor, X, who will take up the post of ...": X), else the token."""
    if noun.pos_ != "NOUN":
        return noun
    names = [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return names[0] if len(names) == 1 else noun


# Names that are no body one joins in an office (a state is joined as a member, never "as chief executive").
NOT_BODIES = frozenset("PERSON GPE NORP DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY".split())


def joined_body(verb: Token, lemma: str, title: Token) -> tuple[str, Token] | None:
    """ "X joined Ostwind Energy as chief financial officer": a title with no body of its own is held in the named
    organisation joined."""
    if lemma not in JOIN_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ not in NOT_BODIES]
    fields = bare_fields(title)     # "joined Meta as head of research": the head of a field is an officer of Meta
    name = f"{fields[0].lower_}_{title_name(title)}" if len(fields) == 1 else title_name(title)
    return (f"{name}_of", objects[0]) if len(objects) == 1 else None


def seat_clauses(verb: Token, lemma: str, ctx: Context) -> list[Clause]:
    """ "X was appointed to the board of Y", "X joined the board of Y", "X was elected to the Airbus board", "X sits on
    the board of Y": member_of Y, for a named holder and a board, council or committee of a named body; a former one
    after "left the board of Y", "resigned from the board of Y" or a past "served on"."""
    if lemma in JOIN_VERBS or lemma in ("leave", "quit"):
        seats = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        prep = "on" if lemma in SIT_VERBS else "from" if lemma in LEAVE_VERBS else "to"
        seats = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]
    if len(seats) != 1 or seats[0].pos_ != "NOUN" or seats[0].lemma_.lower() not in SEAT_BODIES:
        return []
    seat = seats[0]
    bodies = [g for c in seat.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and g.pos_ == "PROPN"] + [
        c for c in seat.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.i < seat.i]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != seat.i]
    holders = objects if objects else named_subjects(verb)
    if not bodies and objects and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in seat.children):
        bodies = [s for s in named_subjects(verb) if s.pos_ == "PROPN" and s.ent_type_ == "ORG"]
        # ("Novaris appointed X to its board": the board of the body that appoints)
    if len(bodies) != 1 or len(holders) != 1 or not named(holders[0]) or holders[0].ent_type_ not in ("PERSON", ""):
        return []
    polarity, modality = own_factuality(verb, ctx)
    pending = future(verb) or infinitive(verb)
    if lemma in LEAVE_VERBS and (pending or modality is not Modality.ASSERTED):
        return []       # "will step down from the board": still on it
    if (pending or lemma in NOMINATE_VERBS) and modality is Modality.ASSERTED:
        modality = Modality.HYPOTHETICAL
    was = lemma in LEAVE_VERBS or lemma == "serve" and verb.tag_ == "VBD"
    body = bodies[0]
    pred = f"{seat.lemma_.lower()}_member_of"
    return [Clause(kind="title", rel=[], predicate=pred, subj=arg_tokens(holders[0]), obj=arg_tokens(body),
                   subj_head=holders[0], obj_head=body,
                   rel_text_override=f"is {'former ' if was else ''}{seat.lemma_.lower()} member of",
                   polarity=polarity, modality=modality, speaker=ctx.speaker, use="graph",
                   qualifier="former" if was else None)]


def office_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """The role an "as" phrase or a complement of an office verb states, with the verb's factuality; "former" for a
    left office and for a past "served as"; Hypothetical for an office not taken yet.

    >>> office_clauses.__name__
    'office_clauses'
    """
    lemma = verb.lemma_.lower()
    if lemma not in OFFICE_VERBS:
        return []
    titles = office_titles(verb, lemma)
    posted = bool(titles) and lemma in POST_VERBS and titles == posted_titles(verb)
    if not titles and lemma in _SEAT_VERBS:
        return seat_clauses(verb, lemma, ctx)
    if len(titles) != 1:
        return []
    title = titles[0]
    if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ in (("over", "up") if posted else ("over",))
                                   for c in verb.children):
        return []       # "took over as", "took up the post of": only the phrasal verb is taking an office
    if lemma in POST_VERBS - HOLD_VERBS and not posted:
        return []
    if lemma == "step" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and objects[0].i == title.i:
        objects = run_in_holder(title)
    subjects = named_subjects(verb)
    if not subjects and verb.dep_ in ("acl", "advcl") and reduced_passive(verb):
        subjects = [participle_holder(verb)]    # "X, named chief executive in May,": the name the participle is on
    pending = (future(verb) or infinitive(verb)) and not taken_after_leaving(verb)
    if not subjects and verb.dep_ == "xcomp":
        who = chosen(verb)
        subjects = [who] if who is not None else named_subjects(verb.head)  # "X, who is expected to be named"
    holders = objects if lemma in INSTALL_VERBS | REMOVE_VERBS and objects else subjects
    if len(holders) != 1 or not named(holders[0]):
        return []       # a named holder (or a pronoun the resolver names), never "the plan"
    titled = title_of_tokens(title, body=body_relation(title) and holders[0].pos_ == "PROPN")
    if titled is None or titled[1].i == holders[0].i:
        titled = installer_body(verb, lemma, title, holders[0]) or joined_body(verb, lemma, title) or \
            apposed_body(verb, lemma, title, holders[0])
    if titled is None:
        return []
    pred, target = titled
    holder = holders[0]
    polarity, modality = own_factuality(verb.head if taken_after_leaving(verb) else verb, ctx,
                                        future=lemma not in LEAVE_VERBS)
    ended = former(title) or (lemma in ("serve", "be", "work", "spend") or posted and lemma == "hold") and \
        verb.tag_ == "VBD"
    # ("who was president of Y", "held the post of minister")
    if lemma in REMOVE_VERBS:
        if pending or polarity is not Polarity.POSITIVE or modality is Modality.HYPOTHETICAL:
            return []   # "was not sacked as", "could be fired as": nothing said of the office held
        ended = True
    elif lemma in LEAVE_VERBS:
        if infinitive(verb) and verb.head.lemma_.lower() not in FORCE_VERBS:
            return []   # "refused to resign as", "plans to step down as": not left, and maybe not held
        ended = ended or not future(verb)   # "will step down as chairman": the chairman, for now
    elif pending and modality in (Modality.ASSERTED, Modality.REPORTED):
        modality = Modality.HYPOTHETICAL    # "will take over as", "is set to be named", "tipped to replace Y as"; an
                                            # office to come stays one when someone reports it ("..., people said"),
                                            # not an office a source says X holds
    if lemma in NOMINATE_VERBS and modality is Modality.ASSERTED:
        modality = Modality.HYPOTHETICAL    # "X was nominated as chairman": put forward, not yet in office
    modality = future_office(title, None, modality)
    obj = possessor_tokens(target) if target.dep_ == "poss" else arg_tokens(target)

    def clause(who: Token, left: bool, mod: Modality) -> Clause:
        return Clause(kind="title", rel=[], predicate=pred, subj=arg_tokens(who), obj=obj, subj_head=who,
                      obj_head=target, rel_text_override=f"is {'former ' if left else ''}{pred[:-3].replace('_', ' ')} of",
                      polarity=polarity, modality=mod, speaker=ctx.speaker, use="graph",
                      qualifier="former" if left else None)
    out = [clause(holder, ended, modality)]
    if lemma in SUCCEED_VERBS and len(objects) == 1 and objects[0].pos_ == "PROPN" and not ended:
        # "X succeeded Y as chairman": Y held it; "X is to replace Y as chairman": Y holds it
        done = modality is Modality.ASSERTED and not pending
        out.append(clause(objects[0], done, ctx.modality if not done else modality))
    return out


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_SEAT_VERBS = INSTALL_VERBS | JOIN_VERBS | SIT_VERBS | LEAVE_VERBS
