"""Clauses whose object is a clause: a complement ("said that ...", "asked X to ...") and a final attribution
misread as a modifier ("SkyNordic has ordered 60 jets, the two companies announced.").

Used by :mod:`kg.extract.verbclauses` and by the factuality walk (:mod:`kg.extract.contexts`).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import Clause, arg_tokens, relation_tokens, trim, verb_lemma
from kg.extract.attributions import final_attribution, final_conjunct_attribution, object_verb
from kg.extract.factuality import Context
from kg.extract.relwords import link_tokens, prep_links, subject_controlled, surface_relation
from kg.extract.repairs import infinitive_object
from kg.types import Modality, Polarity


def attributes(verb: Token) -> bool:
    """Whether the verb is the verb of saying of a misread final attribution (:func:`final_attribution`)."""
    said = final_attribution(verb.head) if verb.dep_ == "acl" else (
        final_conjunct_attribution(verb.head) if verb.dep_ in ("conj", "ccomp", "advcl", "parataxis") and verb.head.dep_ == "ROOT" else None)
    return said is not None and said.i == verb.i


def attribution_clause(verb: Token, ctx: Context) -> Clause:
    """ "SkyNordic has ordered 60 jets, the two companies announced on Tuesday.": announce(the two companies, the
    sentence before the comma), its prepositional phrases as further arguments."""
    source = verb.head
    main = source.head if source.head.pos_ in ("VERB", "AUX") else object_verb(source.head) or source.head
    inside = {t.i for t in source.subtree}
    said = trim([t for t in arg_tokens(main, skip={"punct", "cc", "conj", "preconj", "parataxis"}) if t.i not in inside
                 and t.i < source.left_edge.i])     # (what is said comes before its source, not ", quoting ...")
    rel = relation_tokens(verb)
    return Clause(kind="comp", rel=rel, predicate=verb_lemma(verb), subj=trim([t for t in arg_tokens(source)
                                                                               if t.i < verb.i]), obj=said,
                  extras=[link_tokens(k) for k in prep_links(verb)], subj_head=source, obj_head=main, verb=verb,
                  polarity=ctx.polarity, modality=ctx.modality, speaker=ctx.speaker)


# Adjectives that with "be" and an infinitive make a modal of it ("was unable to pay", "is likely to approve"), where
# "is ready to talk" or "is determined to win" states an attitude of the subject's.
SEMI_MODAL_ADJECTIVES = frozenset("able unable likely unlikely due about bound certain sure".split())


def semi_modal(verb: Token, comp: Token) -> bool:
    """Whether ``verb`` with the infinitive ``comp`` is a modal and no act of its own: "has to accept", "is to
    meet", "is yet to sign", "was unable to deliver" (their factuality is the infinitive's own)."""
    lemma = verb.lemma_.lower()
    if comp.head == verb:
        return lemma in ("have", "be")
    return lemma == "be" and comp.head.dep_ == "acomp" and comp.head.head == verb \
        and comp.head.lower_ in SEMI_MODAL_ADJECTIVES


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
        if use == "graph" and semi_modal(verb, comp):
            continue    # "has to accept", "is yet to deliver", "was unable to pay": the act is the statement
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
