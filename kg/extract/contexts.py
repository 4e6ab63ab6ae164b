"""The factuality of each predicate of a sentence, propagated top-down from the root along the parse: what a
governing verb, a conditional, a purpose, a report's content or a set-off aside does to what its clause states.

Used by the walk over a sentence, :func:`kg.extract.clauses.sentence_clauses`.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.arguments import (REFUSAL_NOUNS, after_comma, enabled_holder, enabling_noun, intended_act,
                                  intention_owner, prep_addressee, reported_conjunct_head, short_of, subjects_of,
                                  warned_against)
from kg.extract.complements import attributes
from kg.extract.docarrays import arrays
from kg.extract.factuality import (Context, content_clause, embedded_context, gerund_object,
                                   intention_context, owed_or_scheduled, own_factuality, presupposed, prospect_context,
                                   root_context, set_off)
from kg.extract.outcomes import purpose_head, result_score
from kg.extract.repairs import (FOR_REQUEST_VERBS, alleged_consequence, coordination_head, for_infinitive,
                                misattached_conjunct, misread_aside, misread_time_subject, time_clause_report)
from kg.types import Modality, Polarity

SAYING_VERBS = lx.REPORTING_VERBS | lx.DENIAL_VERBS | lx.REQUEST_VERBS     # verbs whose complement may come first
# Verbs that keep someone "from" an act: "barred X from signing", "was banned from bidding" (the act is not done;
# "stop" already negates its complement as one of lx.NEGATIVE_VERBS).
PREVENTION_VERBS = frozenset("bar ban prevent block prohibit forbid keep deter restrain disqualify".split())


# Prepositions of a gerund that tell when or despite what the verb's act was done: the gerund's act is not negated
# with the verb's ("did not consult Uganda before closing the border").
CIRCUMSTANCE_PREPS = frozenset("before after while since upon despite following".split())


def kept_from(prep: Token, verb: Token, ctx: Context) -> Context:
    """The context of a gerund after "from" that a verb of preventing governs: its act is not done ("a court
    barred X from signing the deal", "X was banned from bidding")."""
    if prep.lower_ != "from" or verb.lemma_.lower() not in PREVENTION_VERBS:
        return ctx
    return Context(Polarity.NEGATIVE if ctx.polarity is Polarity.POSITIVE else Polarity.POSITIVE, ctx.modality,
                   ctx.speaker)


def indirect_question(node: Token) -> bool:
    """Whether a complement clause is an indirect question: opened by "whether" ("decide whether to sell", "vote on
    whether to pay", "unclear whether it had paid"), or by "if" as a verb's complement ("asked if it would")."""
    if node.dep_ not in ("ccomp", "xcomp", "pcomp", "csubj"):
        return False
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or c.lower_ == "if" and node.dep_ == "ccomp")
               for c in node.children)


def context_for(tok: Token, contexts: dict[int, Context]) -> Context:
    """The factuality context of the nearest governing predicate of a word, computed top-down.

    Parameters
    ----------
    tok : Token
        A word of a parsed sentence.
    contexts : dict of int to Context
        The contexts computed so far for the sentence, by word position; filled in on the way down.

    Returns
    -------
    Context
        The polarity, modality and speaker the word's clause is stated under.
    """
    doc = tok.doc
    cols = arrays(doc)
    dep_of, head_of = cols.dep, cols.head
    chain = []
    cur = tok.i
    while dep_of[cur] != "ROOT" and head_of[cur] != cur:
        if dep_of[cur] == "advcl" and (noun := misread_time_subject(doc[cur])) is not None:
            if dep_of[noun.i] == "ROOT":
                break   # "Britain's refusal to extradite him after the trial angered Moscow": the sentence's own verb
            chain.append(cur)   # (", officials said": the verb is what is said, under the noun's context)
            cur = noun.i
            continue
        chain.append(cur)
        cur = head_of[cur]
    ctx = contexts.get(cur) or root_context(doc[cur])
    contexts[cur] = ctx
    for i in reversed(chain):
        if i in contexts:
            ctx = contexts[i]
            continue
        ctx = contexts[i] = step_context(doc[i], ctx, contexts)
    return ctx


def step_context(node: Token, ctx: Context, contexts: dict[int, Context]) -> Context:
    """The context of a word's clause given ``ctx``, the context of the word it hangs on. An indirect question
    ("has not decided whether to sell", "said it was unclear whether Denso had supplied") is open: neither done,
    nor denied, nor claimed, whatever governs it; it keeps the one who asks or does not say."""
    inner = _step_context(node, ctx, contexts)
    if indirect_question(node):
        return Context(Polarity.POSITIVE, Modality.HYPOTHETICAL, inner.speaker)
    if presupposed_question(node):
        # "will study how the planet lost its atmosphere", "did not explain why Boeing missed the deadline": it did
        return Context(Polarity.POSITIVE, Modality.REPORTED if inner.modality is Modality.REPORTED
                       else Modality.ASSERTED, inner.speaker)
    return inner


def presupposed_question(node: Token) -> bool:
    """Whether a complement clause asks how or why something happened, which takes that it did: opened by "how" or
    "why", its verb in the past with no modal ("how the planet lost", "why it had missed"; not "how it would pay")."""
    if node.dep_ != "ccomp" or node.left_edge.lower_ not in ("how", "why") or node.left_edge.head != node:
        return False
    aux = [c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")]
    return node.tag_ == "VBD" and not aux or node.tag_ == "VBN" and bool(aux) and aux[0] in ("had", "has", "have",
                                                                                           "was", "were")


def _step_context(node: Token, ctx: Context, contexts: dict[int, Context]) -> Context:
    """:func:`step_context` but for indirect questions."""
    gov = node.head
    if node.dep_ in ("acl", "conj", "ccomp", "advcl", "parataxis") and attributes(node):
        return Context()      # ", the two companies announced.": the writer's
    intended = intended_act(node) if node.dep_ in ("acl", "pcomp") else None
    if intended is not None:
        return intention_context(*intended, contexts.get(intended[1].i, ctx))
    if node.dep_ in ("acl", "relcl") and intention_owner(node) is not None:
        # "Germany's decision to halt exports": not (yet) done; "Microsoft's refusal to sell": not done
        if node.head.lemma_.lower() in REFUSAL_NOUNS:
            return Context(Polarity.NEGATIVE if ctx.polarity is Polarity.POSITIVE else Polarity.POSITIVE,
                           ctx.modality, ctx.speaker)
        return Context(ctx.polarity, Modality.HYPOTHETICAL if ctx.modality in (Modality.ASSERTED, Modality.REPORTED)
                       else ctx.modality, ctx.speaker)     # (a plan someone reports is still a plan)
    if node.dep_ in ("relcl", "acl") and enabling_noun(node) is not None:
        # "signed a deal to buy Orlen", "won a licence to operate": allowed or agreed, not (yet) done
        holder = enabled_holder(node)
        if holder is not None:
            return intention_context(enabling_noun(node), holder, contexts.get(holder.i, ctx))
        return Context(ctx.polarity, Modality.HYPOTHETICAL if ctx.modality is Modality.ASSERTED else ctx.modality,
                       ctx.speaker)
    if node.dep_ in ("ccomp", "xcomp", "parataxis", "pcomp", "advcl", "csubj") and gov.pos_ in ("VERB", "AUX"):
        if node.dep_ == "advcl" and prep_addressee(node) is not None:
            ctx = embedded_context(gov, ctx, "xcomp")   # "appealed to Nicaragua to release": asked of Nicaragua
        elif node.dep_ == "advcl" and alleged_consequence(node) is not None:
            # "accused Russia of striking a station, killing 50": the toll of the act charged, a claim as it is
            ctx = contexts.get(alleged_consequence(node).i) or context_for(alleged_consequence(node), contexts)
        elif node.dep_ == "advcl":
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
            if gov.dep_ == "prep" and grand.pos_ in ("VERB", "AUX"):
                ctx = kept_from(gov, grand, ctx)
        elif node.dep_ == "ccomp" and node.i < gov.i and (gov.lemma_.lower() not in SAYING_VERBS or
                                                          time_clause_report(node) or misread_aside(node)):
            pass    # "X asked Y ..., that would include Z", "X did Y after Z said ...", "X, asked about Y, said": a
            # misparse
        elif owed_or_scheduled(gov, node):     # "has to accept", "is to meet": not done
            ctx = Context(ctx.polarity, Modality.HYPOTHETICAL if ctx.modality is Modality.ASSERTED else ctx.modality,
                          ctx.speaker)
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
    elif node.dep_ == "pcomp" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "AUX") and \
            gov.lower_ in CIRCUMSTANCE_PREPS:
        # "did not consult Uganda before closing the border": it closed it; what is not done is the consulting
        # (but "will consult Uganda before closing" has not closed it yet)
        ctx = Context(ctx.polarity, own_factuality(gov.head, ctx)[1], ctx.speaker)
    elif node.dep_ == "pcomp" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "AUX"):
        ctx = kept_from(gov, gov.head, embedded_context(gov.head, ctx, "xcomp"))
    elif node.dep_ == "conj" and reported_conjunct_head(node) is not None:
        ctx = contexts.get(gov.head.i, ctx)     # "said ... and claimed that ...": the outer saying's
    elif node.dep_ == "conj" and misattached_conjunct(node):
        # "said X would ... and invited Y": the saying's; "said X had ... and had asked Y": the report's
        ctx = contexts.get(coordination_head(node).i) or context_for(coordination_head(node), contexts)
    elif node.dep_ == "appos":
        ctx = Context()     # ", the peninsula Moscow annexed in 2014": an apposition is the writer's
    elif node.dep_ == "xcomp" and gov.pos_ == "ADJ" and gov.head.pos_ in ("VERB", "AUX"):
        ctx = prospect_context(gov, ctx)
    elif node.dep_ in ("acl", "ccomp") and gov.pos_ == "NOUN" and gov.lemma_.lower() in lx.CONTENT_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        # "denied reports that it was negotiating": the content of a report is a claim, denied with it (also when
        # the parser hangs the object on the "as" of "dismissed as nonsense reports that ...")
        denier = gov.head.head if gov.dep_ == "pobj" and gov.head.lower_ == "as" else gov.head if \
            gov.dep_ == "dobj" else None
        if denier is not None and denier.lemma_.lower() in lx.DENIAL_VERBS:
            ctx = embedded_context(denier, ctx, "ccomp")
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
    return ctx
