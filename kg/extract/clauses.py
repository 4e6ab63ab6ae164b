"""Clause-based Open IE on a spaCy dependency parse.


Every predicate of a sentence (a verb, a copula, an apposition, a title before a name, a nominalisation)
becomes one :class:`Clause` per combination of coordinated subjects and objects. A Clause still points at
spaCy tokens; :mod:`kg.extract.core` turns it into plain values.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract import lexicon as lx
from kg.extract.arguments import (Clause, SUBJECT_DEPS, after_comma, arg_tokens, conjuncts, intended_act,
                                  misread_main_verb, misread_verb, relation_tokens, relative_noun,
                                  reported_conjunct_head, short_of, subjects_of, trim, verb_lemma, warned_against)
from kg.extract.counterparts import PrepLink, aimed_counterpart, reciprocal_clauses, transfer_recipient
from kg.extract.docarrays import arrays
from kg.extract.factuality import (CONTENT_NOUNS, Context, agent_of, content_clause, embedded_context, gerund_object,
                                   intention_context, own_factuality, presupposed, prospect_context, raised_report,
                                   root_context, set_off)
from kg.extract.repairs import (AGENT_ENTS, FOR_REQUEST_VERBS, coordination_head, final_attribution,
                                final_conjunct_attribution, for_infinitive,
                                infinitive_object, misattached_conjunct, named_after_description, nominal_agent,
                                participle_name, partitive_place, plural_antecedents, purpose_head, result_score, score_opponent)
from kg.extract.offices import reduced_passive
from kg.extract.titles import appos_clauses, name_title_clauses, nominal_clauses
from kg.types import Modality, Polarity

OBJECT_DEPS = {"dobj", "attr", "oprd"}
# Verbs whose object predicate is a post the object is given ("named Ortiz chief executive"): the object stays
# the one named, whatever the post; any other verb's object predicate says what the object is called or held to be.
APPOINTING_VERBS = frozenset("name appoint elect make nominate choose select crown vote install".split())


# Verb clauses



def prep_links(verb: Token) -> list[PrepLink]:
    """Prepositional dependents of a predicate: "at X", and two-word ones, "close to X", "out of X"."""
    doc = verb.doc
    cols = arrays(doc)      # read for every verb and adjective: positions, and Tokens only for the links found
    kids, dep, pos = cols.children, cols.dep, cols.pos
    out: list[PrepLink] = []
    for c in kids[verb.i]:
        if dep[c] in ("prep", "agent") or dep[c] == "dative" and pos[c] == "ADP":    # "supply engines for X"
            objs = [g for g in kids[c] if dep[g] in ("pobj", "pcomp")]
            second = [g for g in objs if dep[g] == "pcomp" and pos[g] == "ADP" and g == c + 1]
            pobjs = [g for g in objs if dep[g] == "pobj"]
            if second and pobjs:
                out.append(([doc[c], doc[second[0]]], doc[pobjs[0]]))   # "because of the strike": the pcomp is the
                continue                                                # second word
            if objs:
                out.append(([doc[c]], doc[objs[0]]))
                continue
        elif not (dep[c] in ("advmod", "prt") and c > verb.i and pos[c] in ("ADV", "ADP", "ADJ")):
            continue
        for q in kids[c]:
            qobjs = [g for g in kids[q] if dep[g] in ("pobj", "pcomp")] if dep[q] == "prep" else []
            if qobjs and q > c:
                out.append(([doc[c], doc[q]], doc[qobjs[0]]))
                break
    return out


def is_adjunct(link: PrepLink, verb: Token) -> bool:
    """A time phrase, or a phrase before the verb ("In 1717, ..."): an extra argument, not the relation's."""
    words, obj = link
    if words[0].lower_ == "with" and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in obj.children):
        return True     # "with fears mounting that ...": an absolute construction
    return (words[0].i < verb.i or words[0].lower_ in lx.ADJUNCT_PREPS or obj.ent_type_ in ("DATE", "TIME")
            or (obj.pos_ in ("VERB", "AUX") and words[0].lower_ not in ("of", "by", "to", "for", "about", "into"))
            or tally(link))


def tally(link: PrepLink) -> bool:
    """ "voted 133 to 61", "won 4 to 1": a bare number after "to" that follows a number is a count or a range,
    not what the verb relates to."""
    words, obj = link
    return words[-1].lower_ == "to" and obj.like_num and not any(c.dep_ in ("prep", "compound") for c in obj.children) \
        and words[0].i > 0 and words[0].nbor(-1).like_num


def link_tokens(link: PrepLink) -> list[Token]:
    words, obj = link
    return [*words, *arg_tokens(obj)]


def by_position(tokens) -> list[Token]:
    return sorted(set(tokens), key=lambda t: t.i)


def surface_relation(verb: Token, rel: list[Token]) -> tuple[list[Token], str]:
    """The relation as Open IE annotators write it: the governing control verb ("attempted to popularize"),
    without the participle's "having", and "be" for a bare passive participle ("built", "being built")."""
    cols = arrays(verb.doc)
    head_of, dep_of, lower_of = cols.head, cols.dep, cols.lower
    toks = [t for t in rel if not (head_of[t.i] == verb.i and dep_of[t.i] in ("aux", "auxpass")
                                   and lower_of[t.i] in ("having", "being"))]
    v, kids = verb.i, cols.children      # (asked of every clause: the verb's dependents by position)
    # "was not a success", "is n't ready": the negation after a copula is the relation's
    if cols.lemma[v] == "be":
        have = {t.i for t in toks}
        toks += [verb.doc[c] for c in kids[v] if dep_of[c] == "neg" and c > v and c not in have]
    prefix = ""
    auxes = [c for c in kids[v] if dep_of[c] in ("aux", "auxpass")]
    verb_dep = dep_of[v]
    if cols.tag[v] == "VBN" and (not auxes or all(lower_of[a] == "being" for a in auxes)) and verb_dep != "xcomp" \
            and not misread_main_verb(verb) and \
            (any(lower_of[a] == "being" for a in auxes) or verb_dep in ("acl", "advcl", "conj", "relcl")):
        gov = head_of[v]
        if verb_dep != "conj" or cols.tag[gov] == "VBN" and any(dep_of[c] == "auxpass" for c in kids[gov]):
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
    out += reciprocal_clauses(verb, out)
    if purpose_head(verb) is not None and not result_score(verb.head):
        # "flew to Oslo to meet the king": the graph's intended act; Open IE annotators leave purposes out
        out = [replace(c, use="graph") for c in out if c.use != "openie"]
    if verb.dep_ == "acl" and participle_name(verb.head) is not None:
        # "a group calling itself ShadowKite": the graph takes the name for the group, and states no calling
        return [replace(c, use="openie") for c in out if c.use != "graph"]
    if reduced_passive(verb):
        # "X, appointed head of the institute last year,": X was appointed (kg.extract.offices), and appointed no one
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
    doc = verb.doc
    cols = arrays(doc)      # the verb's dependents are chosen by their columns; a Token is made for each one kept
    v, kid_ids, kids = verb.i, cols.children[verb.i], cols.children
    dep_of, pos_of, ent_of, lower_of = cols.dep, cols.pos, cols.ent_type, cols.lower
    verb_dep, verb_lemma_ = dep_of[v], cols.lemma[v]
    # (not the source of a final attribution, ", the two companies announced"; not a complementizer "that")
    dobjs = [doc[c] for c in kid_ids if dep_of[c] in OBJECT_DEPS and final_attribution(doc[c]) is None and not (
        lower_of[c] == "that" and cols.tag[c] == "WDT" and c < v and verb_dep == "ccomp")] or [
        doc[c] for c in kid_ids if dep_of[c] == "npadvmod" and c > v and ent_of[c] in ("PERCENT", "MONEY", "QUANTITY")
        and verb_lemma_ != "be"] or [   # "fell 4 percent": the amount is the object
        doc[g] for c in kid_ids if dep_of[c] == "advmod" and c > v and verb_lemma_ != "be" for g in kids[c]
        if dep_of[g] == "npadvmod" and v < g < c and ent_of[g] in ("PERCENT", "MONEY")]
    # ("fell 3 percent ahead of its results": the parser hangs the amount on the adverb after it; not a distance
    # that measures the adverb, "was centred 12 km south of X")
    score = result_score(verb)
    if score:
        # "beat Kiel 3-1": the result is no object; the name the parser hung before it is
        dobjs = [c for c in dobjs if c not in score] or [o for o in [score_opponent(verb, score)] if o is not None]
    controlled = infinitive_object(verb) if not dobjs else None
    if controlled is not None:
        dobjs = [controlled]    # "urged Prime Minister X to intervene", read as "urged [X to intervene]"
    acomps = [doc[c] for c in kid_ids if dep_of[c] == "acomp"]
    if not dobjs and not acomps and verb_lemma_ == "be":
        # "X is home to Y": a noun after the copula that the parser read as an adverb is its attribute
        dobjs = [doc[c] for c in kid_ids if dep_of[c] in ("advmod", "npadvmod") and pos_of[c] == "NOUN" and c == v + 1
                 and not ent_of[c]]
    datives = [doc[c] for c in kid_ids if dep_of[c] == "dative" and pos_of[c] != "ADP"]
    links = prep_links(verb)
    times = [doc[c] for c in kid_ids if dep_of[c] in ("npadvmod", "tmod") and ent_of[c] in ("DATE", "TIME")]
    comps = [doc[c] for c in kid_ids if dep_of[c] in ("ccomp", "xcomp") and pos_of[c] in ("VERB", "AUX") and not (
             dep_of[c] == "ccomp" and attributes(doc[c]))     # (", an official said, as ...": the source, misread)
             or score and dep_of[c] == "advcl" and purpose_head(doc[c]) is not None]    # "voted 7-2 to approve"
    predicate = verb_lemma(verb)
    is_copula = verb_lemma_ == "be"
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

    if verb_dep == "acl" and cols.tag[v] == "VBN":
        # "Activision, led by Bobby Kotick": a passive participle with an agent is an active clause
        agents = [doc[g] for c in kid_ids if dep_of[c] == "agent" for g in kids[c] if dep_of[g] == "pobj"]
        if agents and verb.head.pos_ in ("NOUN", "PROPN"):
            for a in conjuncts(agents[0]):
                out.append(Clause(kind="verb", rel=rel + [doc[c] for c in kid_ids if dep_of[c] == "agent"],
                                  predicate=predicate, subj=arg_tokens(a), obj=subject_tokens(verb.head),
                                  subj_head=a, obj_head=verb.head, verb=verb, polarity=pol, modality=mod,
                                  speaker=ctx.speaker, inherited=True,
                                  rel_text_override=" ".join(t.text for t in rel) + " by", use="graph"))
            # Open IE keeps the passive reading, "Activision | be led by | Bobby Kotick", below
            use = "openie"
    if verb_dep == "relcl":
        # "an attack, which Kyiv has denied": the relative pronoun stands for the noun the clause modifies
        dobjs = [relative_noun(verb) if c.lower_ in lx.RELATIVE_PRONOUNS else c for c in dobjs]
        own_subject = [doc[c] for c in kid_ids if dep_of[c] == "nsubj" and lower_of[c] not in lx.RELATIVE_PRONOUNS]
        if (not dobjs and own_subject and not is_copula and not comps and cols.tag[v] in ("VBD", "VBZ", "VBP", "VBN")
                and not any(c.lower_ in ("where", "when", "why", "how", "whose") or c.dep_ in ("dative", "nsubjpass")
                            for c in verb.subtree if c.i < verb.i or c.head == verb)
                and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i):
            dobjs = [verb.head]     # "the peninsula Moscow annexed in 2014": a zero relative is the object
            # (not "Tom Lund, whose lawyer spoke": a clause with "whose" has a relative word; its noun owns)
    kind = "copula" if is_copula else "verb"
    if not dobjs and not datives and not links and not comps and cols.lemma_lower[v] not in lx.INTRANSITIVE_VERBS:
        # "bought and sold shares": the object after the last of two coordinated verbs is both verbs'
        nxt = [doc[c] for c in kid_ids if dep_of[c] == "conj" and pos_of[c] == "VERB" and c > v + 1
               and dep_of[v + 1] == "cc" and all(dep_of[j] == "advmod" and cols.head[j] == c for j in range(v + 2, c))]
        # ("criticised and then fined the firm": adverbs of the second verb may stand between them)
        if nxt:
            # not "had not been consulted and threatened a strike" (a passive has no object to share), nor a
            # verb the parser hung here that is coordinated higher up ("were to blame and accused the agency")
            if not any(dep_of[c] == "auxpass" for c in kid_ids) and not misattached_conjunct(nxt[0]):
                dobjs = [c for c in nxt[0].children if c.dep_ == "dobj"]
        elif v + 1 < len(doc) and cols.text[v + 1] == "," and not any(
                dep_of[c] == "auxpass" for c in kid_ids) and listed_verbs_object(verb):
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
            return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited,
                                      surface=(surface, prefix))
        if named is not None:   # "beat world number one Aryna Sabalenka": the name is the object
            make(named, rel, predicate, by_position(arg_tokens(obj0) + [t for t in named.subtree if t.i <= named.i]),
                 extras, kind)
            return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited,
                                      surface=(surface, prefix))
        oprd = next((c for c in dobjs if c.dep_ == "oprd" and c.i > obj0.i), None) if (
            obj0.dep_ == "dobj" and obj0.pos_ != "PROPN" and not is_copula and use == "both"
            and cols.lemma_lower[v] not in APPOINTING_VERBS) else None
        start = len(out)
        for o in conjuncts(obj0):
            obj_toks = [t for t in arg_tokens(o) if t not in score]
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
            # "controls most of Darfur": the graph relates the place; the words stay as written
            make(o if is_copula else partitive_place(o) or o, rel, copula_predicate(o) if is_copula else predicate,
                 obj_toks, extras, kind)
        if oprd is not None:
            # "called it a gimmick", "named the strike illegal": what the graph states is the whole predication,
            # call(X, "it a gimmick"), not call(X, it); Open IE keeps the object as the parse gives it
            out[start:] = [replace(c, use="openie") for c in out[start:]]
            make(oprd, rel, predicate, by_position(arg_tokens(obj0) + arg_tokens(oprd)), extras, kind)
            out[-len(subjects):] = [replace(c, use="graph") for c in out[-len(subjects):]]
        recipient = transfer_recipient(verb, links) if dobjs and not is_copula and use == "both" else None
        aimed = aimed_counterpart(verb, obj0, links) if dobjs and not is_copula and use == "both" and \
            recipient is None else None
        if recipient is not None or aimed is not None:
            # "handed the leadership to Sandvik", "fired rockets at Haifa", "invested $2 billion in G42": the graph
            # also states to whom, hand_over_to(X, Sandvik), the thing an extra argument; Open IE keeps one tuple
            words, target = recipient or aimed
            given = by_position(arg_tokens(obj0) + [t for e in extras for t in e if t.i < words[0].i])
            kept, use = use, "graph"
            for o in conjuncts(target):
                # kind "recipient": the event, if any, is the giving's own statement's; "aimed": the act's event is
                # its own statement's, coded once (an events table lists "imposed sanctions on Uganda" once)
                make(o, by_position(rel + words), f"{predicate}_{words[0].lower_}", arg_tokens(o),
                     [given] + [e for e in extras if e and e[0].i != words[0].i],
                     "recipient" if recipient is not None else "aimed")
            use = kept
        # a request or control verb with an xcomp: asked Putin to recognise ...
        return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited,
                                  surface=(surface, prefix))
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
    if any(c.dep_ == "ccomp" for c in comps) and cols.lemma_lower[v] in lx.REPORTING_VERBS:
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
        if agent is not None and use == "both" and any(dep_of[c] == "nsubjpass" for c in kid_ids):
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
        if not core and use == "both" and all(k[1].ent_type_ in ("DATE", "TIME") or tally(k) for k in post):
            use = "openie"  # "stepped down in March", "voted 7 to 2": a time or a count is no object of the graph
        for o in conjuncts(head):
            if core:
                make(o, rel_toks, pred, arg_tokens(o), extras, kind, by_position(surface + words))
            else:
                # "was readmitted in 1841": Open IE keeps the time's preposition with it
                make(o, rel_toks, pred, arg_tokens(o), extras, kind, surface, [*words, *arg_tokens(o)])
        return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited,
                                  surface=(surface, prefix))
    extras = extras_base + [link_tokens(k) for k in links]
    fors = [(c, for_infinitive(c)) for c in (doc[k] for k in kid_ids if dep_of[k] == "advcl")
            if for_infinitive(c) is not None]     # (for_infinitive reads an adverbial clause only)
    if fors and not comps:
        # "called for the minister to resign": call_for(X, the minister to resign)
        clause, mark = fors[0]
        return out + comp_objects(verb, subjects, [clause], by_position(rel + [mark]), f"{predicate}_for", pol, mod,
                                  ctx, inherited, extras)
    if comps:
        return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited, extras,
                                  surface=(surface, prefix))
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
                 extras: list[list[Token]] | None = None,
                 surface: tuple[list[Token], str] | None = None) -> list[Clause]:
    """Clauses whose object is a complement clause: "said that ...", "considering recognizing ...", "asked X to ...".
    ``surface`` is what :func:`surface_relation` gives for the verb and ``rel``, where the caller has it."""
    out = []
    surface, prefix = (list(surface[0]), surface[1]) if surface is not None else surface_relation(verb, rel)
    for comp in comps:
        obj = arg_tokens(comp, skip={"punct", "cc", "conj", "preconj", "parataxis"})
        if comp.dep_ == "ccomp":
            obj = [t for t in obj if not (t.dep_ == "mark" and t.head == comp and t.lower_ in ("that",))] or obj
            controlled = infinitive_object(verb)
            if controlled is not None and controlled.head.i == comp.i:
                obj = [t for t in obj if not controlled.left_edge.i <= t.i <= controlled.right_edge.i] or obj
        # Open IE shows "tried to leave" as one relation (see surface_relation), not "tried" + "to leave"
        use = "graph" if comp.dep_ == "xcomp" and subject_controlled(comp) else "both"
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            # "Trafigura was ordered by a court to pay": the one ordered orders nothing; the graph states the
            # agent's act and the request, Open IE keeps the passive tuple as written
            if use == "graph":
                continue
            use = "openie"
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


# The walk over a sentence

MAX_SENTENCE_TOKENS = 300
READ_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})     # the parts of speech the walk below reads a clause from

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
            if node.dep_ in ("acl", "conj", "ccomp") and attributes(node):
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
                    elif purpose_head(node) is not None:
                        if result_score(gov):   # "voted 7-2 to approve": the vote's complement, misread
                            ctx = embedded_context(gov, ctx, "xcomp")
                        elif ctx.modality is Modality.ASSERTED:     # "flew to Oslo to meet the king": an aim
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
            elif node.dep_ == "acl" and node.tag_ == "VBN" and gov.pos_ in ("NOUN", "PROPN") and after_comma(node) \
                    and set_off(node):
                ctx = Context()     # "the scheme, agreed by Lopez in May, would ...": a participial aside is the writer's
            elif node.dep_ == "relcl" and gov.pos_ in ("NOUN", "PROPN"):
                if after_comma(node.left_edge if node.left_edge.i < node.i else node):
                    ctx = Context()     # ", which lies upstream": a non-restrictive clause is the writer's
                else:
                    ctx = presupposed(gov, ctx)     # "the sanctions it reimposed": so, whatever is said of them
            elif node.dep_ == "acl" and node.tag_ == "VBN" and gov.pos_ in ("NOUN", "PROPN"):
                # a participle on a noun is a relative clause cut short: ", agreed by X in July," the writer's;
                # "the scheme agreed by X" presupposed
                ctx = Context() if after_comma(node.left_edge if node.left_edge.i < node.i else node) else \
                    presupposed(gov, ctx)
            contexts[node.i] = ctx
        return ctx

    for i in range(sent.start, sent.end):
        pos, dep, ent = pos_of[i], dep_of[i], ent_of[i]
        if not (pos in READ_POS or dep in ("appos", "amod") or ent in ("GPE", "LOC", "FAC")):
            continue    # (a word no reading below starts from: no Token for it)
        tok = doc[i]
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
        if (pos == "PROPN" or pos == "NOUN" and cols.ent_iob[i] == "I") and ent == "PERSON" \
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
    if verb is not None and verb.i in inside:
        return True
    if not inside:
        return False
    cols = arrays(clause.subj[0].doc)   # asked of every clause: positions and columns, not each word's children
    pos_of, dep_of, kids = cols.pos, cols.dep, cols.children
    return any(pos_of[i] in ("VERB", "AUX") and any(dep_of[c] in ("nsubj", "nsubjpass") and c in inside
                                                    for c in kids[i]) for i in inside)


def word_prefix(tok: Token) -> bool:
    """A piece of a hyphenated word before its last part ("re" and "-" of "re-elected"): no predicate of its own."""
    doc = tok.doc
    if tok.text in ("-", "–", "—"):
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    return not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_


def attributes(verb: Token) -> bool:
    """Whether the verb is the verb of saying of a misread final attribution (:func:`final_attribution`)."""
    said = final_attribution(verb.head) if verb.dep_ == "acl" else (
        final_conjunct_attribution(verb.head) if verb.dep_ in ("conj", "ccomp") and verb.head.dep_ == "ROOT" else None)
    return said is not None and said.i == verb.i


def clitic(tokens: list[Token]) -> bool:
    """ "let's": a clitic on its own ("'s", "'re") is no argument."""
    return len(tokens) == 1 and tokens[0].text[:1] in "'’" and len(tokens[0].text) <= 3
