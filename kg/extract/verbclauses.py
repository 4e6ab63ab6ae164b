"""Clauses of one verbal or copular predicate: its subjects, objects, prepositional links and complements, one
:class:`~kg.extract.arguments.Clause` per combination of coordinated subjects and objects.

Used by the walk over a sentence, :func:`kg.extract.clauses.sentence_clauses`.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.coordination import COUNT_UNITS, fronted_coordinate, gapped_subject, split_first
from kg.extract.arguments import (Clause, arg_tokens, conjuncts, enabling_noun, relation_tokens, relative_noun, subjects_of, trim,
                                  verb_lemma)
from kg.extract.attributions import final_attribution
from kg.extract.complements import SEMI_MODAL_ADJECTIVES, attribution_clause, attributes, comp_objects
from kg.extract.counterparts import (aimed_counterpart, amount, reciprocal_clauses, school_counterpart,
                                    transfer_recipient)
from kg.extract.docarrays import arrays
from kg.extract.mentions import DESCRIPTIONS
from kg.extract.factuality import Context, agent_of, own_factuality, raised_report
from kg.extract.offices import reduced_passive
from kg.extract.outcomes import partitive_place, purpose_head, result_score, score_opponent
from kg.extract.relwords import (by_position, is_adjunct, link_tokens, measure_clause, prep_links, surface_relation,
                                 tally)
from kg.extract.repairs import (for_infinitive, infinitive_object, interrupted_object, joined_by,
                                misattached_conjunct, misread_aside, named_after_description, nominal_agent,
                                participle_name, plural_antecedents, preposed_participle_subject, stranded_agent,
                                stranded_time_subject)
from kg.extract.verbobjects import (bare_attribute, copula_predicate, light_verb_object, listed_verbs_object,
                                    object_predicate, predicate_words, small_clause,
                                    raised_object, time_phrase_object)

OBJECT_DEPS = {"dobj", "attr", "oprd"}
# Verbs whose object predicate is a post the object is given ("named Ortiz chief executive"): the object stays
# the one named, whatever the post; any other verb's object predicate says what the object is called or held to be.
APPOINTING_VERBS = frozenset("name appoint elect make nominate choose select crown vote install".split())


def verb_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """Clauses for one verbal or copular predicate.

    A plural pronoun that takes up a coordinated subject ("Vexa and Lumora said they welcomed the ruling") gives
    the graph one clause per conjunct; Open IE keeps the pronoun as the text writes it.
    """
    if verb.dep_ == "acl" and joined_by(verb.doc, verb.i, verb.head.head):
        return []   # "France, joined by Italy, called": Italy called too (a co-subject), and joined no one
    out = respective(verb, own_verb_clauses(verb, ctx))
    out += gapped_clauses(verb, out)
    out += reciprocal_clauses(verb, out)
    out += stranded_agent_clauses(verb, ctx)
    if verb.dep_ == "xcomp" and stranded_agent(verb.head) is not None:
        # "Apple was ordered to pay 13 billion euros by the court": the court is no part of what is paid (the graph);
        # Open IE keeps the object as written
        phrase = set(range(stranded_agent(verb.head).head.i, stranded_agent(verb.head).right_edge.i + 1))
        trimmed = []
        for c in out:
            if c.obj and c.use != "openie" and any(t.i in phrase for t in c.obj):
                obj = [t for t in c.obj if t.i not in phrase]
                if c.use == "both":
                    trimmed.append(replace(c, use="openie"))
                trimmed.append(replace(c, obj=obj, use="graph") if obj else None)
            else:
                trimmed.append(c)
        out = [c for c in trimmed if c is not None]
    if purpose_head(verb) is not None and not result_score(verb.head):
        # "flew to Oslo to meet the king": the graph's intended act; Open IE annotators leave purposes out
        out = [replace(c, use="graph") for c in out if c.use != "openie"]
    if verb.dep_ == "acl" and enabling_noun(verb) is not None:
        # "won a contract to supply engines": the graph's allowed act; Open IE annotators leave it in the object
        out = [replace(c, use="graph") for c in out if c.use != "openie"]
    if verb.dep_ == "acl" and participle_name(verb.head) is not None:
        # "a group calling itself ShadowKite": the graph takes the name for the group, and states no calling
        return [replace(c, use="openie") for c in out if c.use != "graph"]
    if measure_clause(verb, verb_lemma(verb)):
        # "the deal, which represents a fifth of Glencore's output": a measure, no act on the firm
        return [replace(c, use="openie") for c in out if c.use != "graph"]
    if reduced_passive(verb):
        # "X, appointed head of the institute last year,": X was appointed (kg.extract.offices), and appointed no one
        return [replace(c, use="openie") for c in out if c.use != "graph"]
    if raised_report(verb) and agent_of(verb) is None and stranded_agent(verb) is None:
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


def respective(verb: Token, out: list[Clause]) -> list[Clause]:
    """The clauses of a verb with "respectively", each subject with the object of the same rank in its list: "Goldman
    Sachs and JPMorgan advised Chevron and Hess respectively" -> advise(Goldman Sachs, Chevron), advise(JPMorgan,
    Hess), not the other two pairs. Only where the subjects and an object's list are as many, two or more; any
    other clause is kept as it is."""
    cols = arrays(verb.doc)
    if not any(cols.dep[c] == "advmod" and cols.lower[c] == "respectively" for c in cols.children[verb.i]):
        return out
    subjects = sorted({c.subj_head.i for c in out if c.subj_head is not None})
    # (an object's list read from its first member: a later member's conjuncts leave out those before it)
    lists = [sorted(t.i for t in conjuncts(o)) for o in {c.obj_head for c in out if c.obj_head is not None}]
    kept = []
    for c in out:
        if c.subj_head is not None and c.obj_head is not None and len(subjects) > 1:
            members = max((m for m in lists if c.obj_head.i in m), key=len, default=[])
            if len(members) == len(subjects) and members.index(c.obj_head.i) != subjects.index(c.subj_head.i):
                continue
        kept.append(c)
    return kept


def gapped_clauses(verb: Token, out: list[Clause]) -> list[Clause]:
    """The clause whose verb is left out after a counted object (:func:`kg.extract.coordination.gapped_subject`):
    "Kenya pledged 1,000 officers and Jamaica 200 soldiers" -> pledge(Jamaica, 200 soldiers), as the first clause
    states it (its factuality, its further arguments). Not where the entity finder ran the name into its count
    ("Eni 10 percent"): no name to give it."""
    cols = arrays(verb.doc)
    doc, v = verb.doc, verb.i
    firsts = [c for c in out if c.subj_head is not None and c.obj_head is not None and c.kind == "verb"
              and cols.head[c.obj_head.i] == v and cols.dep[c.obj_head.i] in ("dobj", "attr")]
    if not firsts:
        return []
    found = []
    for o in [v, *(c for c in cols.children[v] if cols.dep[c] in ("dobj", "attr"))]:
        for c in cols.children[o]:
            span = gapped_subject(cols, c, v) if cols.dep[c] == "conj" else None
            if span is None or cols.ent_iob[span[1] + 1] == "I" or span in found:
                continue
            found.append(span)
    gapped = []
    for first, last in found:
        end = last + 1
        while end + 1 < len(doc) and (cols.pos[end + 1] in ("NOUN", "ADJ") or cols.like_num[end + 1]
                                      or cols.lower[end + 1] in COUNT_UNITS):
            end += 1
        subj = [doc[k] for k in range(first, last + 1)]
        count = [doc[k] for k in range(last + 1, end + 1)]
        # (the count's noun, unless the parser hung it on the name as its apposition: the name's, not an object)
        head = doc[last + 1] if first <= cols.head[end] <= last else doc[end]
        gapped += [replace(c, subj=subj, subj_head=doc[last], obj=count, obj_head=head, inherited=False,
                           surface_obj=None) for c in firsts[:1]]
    return gapped


def stranded_agent_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """The act of the agent :func:`kg.extract.repairs.stranded_agent` finds, stated actively for the graph: "Apple
    was ordered to pay 13 billion euros by the court" -> order(the court, Apple)."""
    agent = stranded_agent(verb)
    if agent is None:
        return []
    subjects, inherited = subjects_of(verb)
    pol, mod = own_factuality(verb, ctx)
    rel = relation_tokens(verb) + [agent.head]
    return [Clause(kind="verb", rel=by_position(rel), predicate=verb_lemma(verb), subj=arg_tokens(a), obj=arg_tokens(s),
                   subj_head=a, obj_head=s, verb=verb, polarity=pol, modality=mod, speaker=ctx.speaker,
                   inherited=inherited, use="graph") for a in conjuncts(agent) for s in subjects]


def own_verb_clauses(verb: Token, ctx: Context) -> list[Clause]:
    """Clauses for one verbal or copular predicate, subjects as the parse gives them."""
    subjects, inherited = subjects_of(verb)
    if not subjects:
        return []
    preposed = preposed_participle_subject(subjects[0]) if len(subjects) == 1 else None
    if preposed is not None:
        subjects = [preposed]   # "Speaking in Geneva, the WHO's director-general, Tedros, urged": Tedros urged
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
    interrupted = interrupted_object(verb) if not dobjs else None
    if interrupted is not None:
        dobjs = [interrupted]   # "reached, after a long meeting with mediators, a deal", read as the mediators'
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
             and not (dep_of[c] == "ccomp" and stranded_time_subject(doc[c]) is not None)   # (a clause of time's)
             or score and dep_of[c] == "advcl" and purpose_head(doc[c]) is not None]    # "voted 7-2 to approve"
    split = split_first(verb) if comps or verb_dep == "ccomp" else None
    if split is not None and not dobjs:
        # "Ericsson sued Nokia and Samsung sued Apple": the first name is the object, the rest a clause of its own
        dobjs = [split[0]]
    # (and neither clause is the other's complement: "Russia attacked" is no object of "struck")
    comps = [c for c in comps if not (split is not None and c == split[1]) and not (
        dep_of[c.i] == "ccomp" and (other := split_first(c)) is not None and other[1] == verb)
        and not fronted_coordinate(verb, c) and not (c.i < v and misread_aside(c))]
    # ("Shell sold its stake, BP bought a field": no clause bought; "Scholz, asked about it, said": no content)
    predicate = verb_lemma(verb)
    is_copula = verb_lemma_ == "be"
    out: list[Clause] = []
    extras_base = [arg_tokens(t) for t in times]
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    use = "both"

    fronted = next((d for d in map(fronted_date, subjects) if d), [])
    if fronted:
        extras_base.insert(0, fronted)      # "On 2 March Bolivia nationalised": (Bolivia; nationalised; ...; On 2 March)

    def subject_tokens(s: Token) -> list[Token]:
        toks = arg_tokens(s)
        if fronted:
            toks = trim([t for t in toks if t not in fronted])
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
            # ("the World Bank and the Paris Club, chaired by France": the parser may hang a participle after the last
            # member of a list on the first; it describes the member right before it)
            described = max((c for c in verb.head.conjuncts if verb.head.i < c.i < v), key=lambda c: c.i,
                            default=verb.head)
            for a in conjuncts(agents[0]):
                out.append(Clause(kind="verb", rel=rel + [doc[c] for c in kid_ids if dep_of[c] == "agent"],
                                  predicate=predicate, subj=arg_tokens(a), obj=subject_tokens(described),
                                  subj_head=a, obj_head=described, verb=verb, polarity=pol, modality=mod,
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
               and dep_of[v + 1] == "cc" and all(dep_of[j] in ("advmod", "aux", "neg") and cols.head[j] == c
                                                  for j in range(v + 2, c))]
        # ("criticised and then fined the firm", "condemned but did not expel the envoy": adverbs, auxiliaries and
        # the negation of the second verb may stand between them; the negation stays the second verb's)
        if nxt:
            # not "had not been consulted and threatened a strike" (a passive has no object to share), nor a
            # verb the parser hung here that is coordinated higher up ("were to blame and accused the agency")
            if not any(dep_of[c] == "auxpass" for c in kid_ids) and not misattached_conjunct(nxt[0]):
                dobjs = [c for c in nxt[0].children if c.dep_ == "dobj"]
        elif v + 1 < len(doc) and cols.text[v + 1] == "," and not any(
                dep_of[c] == "auxpass" for c in kid_ids) and listed_verbs_object(verb):
            dobjs = listed_verbs_object(verb)
        elif raised_object(verb):
            dobjs = raised_object(verb)     # "Hungary criticised, and Poland defended, the pact": both verbs' object
        elif not is_copula:
            misread = time_phrase_object(verb)
            if misread is not None:
                return [Clause(kind="verb", rel=rel, predicate=predicate, subj=subject_tokens(s), obj=misread,
                               subj_head=s, obj_head=misread[-1], verb=verb, polarity=pol, modality=mod,
                               speaker=ctx.speaker, inherited=inherited, use="graph") for s in subjects]
    if dobjs and datives and verb_lemma_ in lx.PENALTY_VERBS and datives[0].i < dobjs[0].i and counted(dobjs[0]):
        # "Ofcom fined Vodafone £1 million": the first of two objects of a verb of penalty is who pays it, its object
        # (the parser calls it a dative, as of "paid Diageo 1.2 billion"); the sum is a further argument
        dobjs, datives = [datives[0]], [dobjs[0]]
    small = small_clause(verb) if not dobjs and not datives and not is_copula and use == "both" else None
    if small is not None:
        # "found Lumo Bank guilty of fraud", "declared the deal void": what the verb finds or declares is the whole
        # predication; where it is said of a name, the graph relates the name, with what it is found to be as a
        # qualifier ("considers Hamas | a terrorist group"), and Open IE keeps the whole
        said_of, comp = small
        extras = extras_base + [link_tokens(k) for k in links]
        if said_of.pos_ in ("PROPN", "PRON"):
            start = len(out)
            for o in conjuncts(said_of):
                make(o, rel, predicate, arg_tokens(o), extras, kind)
            out[start:] = [replace(c, use="graph", qualifier=predicate_words(said_of, comp)) for c in out[start:]]
            use = "openie"
        make(comp, rel, predicate, arg_tokens(comp), extras, kind)
        return out + comp_objects(verb, subjects, comps, rel, predicate, pol, mod, ctx, inherited,
                                  surface=(surface, prefix))
    if dobjs or datives:
        main_objs = dobjs or datives
        obj0 = main_objs[0]
        agent = retained_agent(verb, obj0) if dobjs and not is_copula and use == "both" else None
        if agent is not None:
            # "Air India was fined 3 million rupees by the regulator": the graph states it actively, fine(the
            # regulator, Air India), the sum a further argument (not "Air India fined 3 million rupees"); Open IE
            # keeps the passive reading as written
            # of a verb of giving the subject is who got the object: "Boeing was sold 20 engines by Rolls-Royce",
            # sell_to(Rolls-Royce, Boeing) and sell(Rolls-Royce, 20 engines)
            kept = [t for t in arg_tokens(obj0) if not agent.head.i <= t.i <= agent.right_edge.i]
            giving = verb_lemma(verb) in lx.TRANSFER_VERBS
            for a in conjuncts(agent):
                readings = [(f"{predicate}_to", "recipient", None), (predicate, "verb", kept)] if giving else [
                    (predicate, "verb", None)]
                for pred, kind_, thing in readings:
                    for s in subjects if thing is None else [obj0]:
                        out.append(Clause(kind=kind_, rel=by_position(rel + [agent.head]), predicate=pred,
                                          subj=arg_tokens(a), obj=thing if thing is not None else subject_tokens(s),
                                          extras=[e for e in extras_base + ([kept] if thing is None else []) if e],
                                          subj_head=a, obj_head=s, verb=verb, polarity=pol, modality=mod,
                                          speaker=ctx.speaker, inherited=inherited, use="graph"))
            use = "openie"
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
        held = object_predicate(verb, obj0) if oprd is None and obj0.pos_ in ("PROPN", "PRON") and dobjs else None
        if held is not None:
            # "held Russia responsible for the attack", "found Tom Lund not guilty": the name is the object, what it
            # is held or found to be a qualifier
            out[start:] = [replace(c, qualifier=predicate_words(obj0, held)) for c in out[start:]]
        if oprd is not None:
            # "called it a gimmick", "named the strike illegal": what the graph states is the whole predication,
            # call(X, "it a gimmick"), not call(X, it); Open IE keeps the object as the parse gives it
            out[start:] = [replace(c, use="openie") for c in out[start:]]
            make(oprd, rel, predicate, by_position(arg_tokens(obj0) + arg_tokens(oprd)), extras, kind)
            out[-len(subjects):] = [replace(c, use="graph") for c in out[-len(subjects):]]
        recipient = transfer_recipient(verb, links) if dobjs and not is_copula and use == "both" else None
        aimed = (aimed_counterpart(verb, obj0, links) or school_counterpart(verb, obj0, links)) if (
            dobjs and not is_copula and use == "both" and recipient is None) else None
        if recipient is not None or aimed is not None:
            # "handed the leadership to Sandvik", "fired rockets at Haifa", "invested $2 billion in G42": the graph
            # also states to whom, hand_over_to(X, Sandvik), the thing an extra argument; Open IE keeps one tuple
            words, target = recipient or aimed
            # "paid Diageo 1.2 billion pounds": a dative recipient has no preposition; it names the relation as "to"
            cut = words[0].i if words else target.left_edge.i
            given = by_position(arg_tokens(obj0) + [t for e in extras for t in e if t.i < cut and words])
            kept, use = use, "graph"
            for o in conjuncts(target):
                # kind "recipient": the event, if any, is the giving's own statement's; "aimed": the act's event is
                # its own statement's, coded once (an events table lists "imposed sanctions on Uganda" once)
                make(o, by_position(rel + words), f"{predicate}_{words[0].lower_ if words else 'to'}", arg_tokens(o),
                     [given] + [e for e in extras if e and e[0].i != cut], "recipient" if recipient is not None else "aimed")
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
            semi = is_copula and a.lower_ in SEMI_MODAL_ADJECTIVES and any(c.dep_ == "xcomp" for c in a.children)
            if semi and use == "graph":
                continue
            kept, use = use, "openie" if semi else use   # "was unable to deliver": the graph states the delivery
            make(a, rel, pred, obj, extras, kind, s_rel, s_obj)
            use = kept
        return out
    # "according to X" names a source, never what the verb relates its subject to: it stays an extra argument
    post = [k for k in links if k[0][0].i > verb.i and k[0][0].lower_ != "according"]
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
        if words[-1].dep_ == "agent" and core and use == "both" and (cols.tag[v] == "VBN" or passive_conjunct(verb)):
            # "The dam was operated by Vale": the graph states it actively, operate(Vale, the dam);
            # Open IE keeps the passive reading below (an active verb's "by" is a place: "The two leaders
            # prayed by the ruins", which the parser may still call an agent)
            use = "openie"
            stranded = stranded_preposition(verb, words[-1])
            active = f"{predicate}_{stranded.lower_}" if stranded is not None else predicate
            for o in conjuncts(head):
                for s in subjects:
                    out.append(Clause(kind="verb", rel=rel_toks, predicate=active, subj=arg_tokens(o),
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


def counted(obj: Token) -> bool:
    """Whether an object is a sum or a count: "£1 million", "3 million rupees", "two points"."""
    return amount(obj) or obj.pos_ == "NUM" or any(c.dep_ in ("nummod", "quantmod") for c in obj.children)


# The nouns of a "by" phrase that measure or time an act, no agent: "by the end of the year", "by the hour"
_NO_AGENTS = frozenset("end time hour day week month year way margin side rest".split())


def passive_conjunct(verb: Token) -> bool:
    """ "which was designed by X and paid for by Y": a participle after "and" that the tagger calls a past tense,
    coordinated with a passive participle whose auxiliary it shares."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBN" and head.i < verb.i and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children) and any(c.dep_ == "auxpass" for c in head.children)


def stranded_preposition(verb: Token, by: Token) -> Token | None:
    """ "was paid for by the state", "was voted for by 300 MPs": the preposition of a prepositional verb that the
    passive leaves with no object, right between the verb and its agent's "by"; it belongs to the predicate
    (pay_for(the state, X)). None where there is none."""
    doc = verb.doc
    prep = doc[by.i - 1] if by.i > verb.i + 1 else None
    if prep is None or prep.dep_ != "prep" or prep.head != verb or list(prep.children) or prep.i != verb.i + 1:
        return None
    return prep


def retained_agent(verb: Token, obj: Token) -> Token | None:
    """The agent of a passive verb that keeps an object of its own: "Air India was fined 3 million rupees by the
    regulator", "The club was awarded a penalty by the referee" (the parser hangs "by" on the verb or on that object).
    A "by" on the object counts only where it names an actor: a name, or a noun that describes a body or an office
    ("by the regulator", "by the referee"); not a time or a measure ("was given a bonus by the end of the year"). None when the verb is no passive or has no such agent."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in verb.children) or \
            not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for by in [*(c for c in verb.children if c.dep_ == "agent"),
               *(c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by")]:
        pobj = next((g for g in by.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY") or \
                pobj.lemma_.lower() in _NO_AGENTS:
            continue
        if by.dep_ == "agent" or pobj.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or pobj.pos_ == "PROPN" or (
                pobj.pos_ == "NOUN" and pobj.lemma_.lower() in DESCRIPTIONS.keys() | lx.TITLE_NOUNS):
            return pobj
    return None


def fronted_date(subject: Token) -> list[Token]:
    """ "On 2 March Bolivia nationalised ...", "In June Peru expelled ...": a fronted date the parser hung on the
    subject's name as a compound, leaving its preposition without an object, is no part of the subject; the
    preposition and the date, else nothing."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return []
    doc = subject.doc
    first = subject.left_edge
    # the names' bounds read once per Doc (Doc.ents makes a Span of every name, and walks every word, on each access)
    cols = arrays(doc)
    k = cols.ent_index[first.i]
    s, e, label = cols.ents[k] if k >= 0 else (-1, -1, "")
    span = doc[s:e] if s == first.i and label == "DATE" else None
    if span is None or first.i == 0 or span.end > subject.i or any(
            t.dep_ not in ("compound", "nummod", "npadvmod") and t.head.i not in range(span.start, span.end)
            for t in span) or not all(subject.is_ancestor(t) for t in span):
        return []
    prep = doc[first.i - 1]
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at") or prep.head.i != verb.i \
            or any(c.dep_ == "pobj" for c in prep.children):
        return []
    return [prep, *span]
