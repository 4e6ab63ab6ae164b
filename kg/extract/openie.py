"""Open IE tuples in the CaRB tab format, from the same clauses the graph is built from (the argument text in
`openwords` and `openargs`, extra clauses in `openclauses`, rewrites in `openrewrites`, relations in
`openrelations`)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.arguments import Clause
from kg.extract.clauses import sentence_clauses
from kg.extract.confidence import clause_confidence
from kg.extract.implicit import NESTED_PREDICATES, close_name, name_tokens
from kg.extract.openargs import (WRITER_KINDS, description_head, object_words, ranges, relative_words, subject_words,
                                 where_place, whole_list)
from kg.extract.openclauses import (addressed, adjective_appositions, adverb_copulas, age_clauses, existential_clauses,
                                    floating_asides, fronted_report, origin_of_people, owned_rank, possessed_roles,
                                    purpose_clauses, ranked_of_owner, reattached_names, renamed_subjects,
                                    reported_aside, time_of_saying, worth_clauses)
from kg.extract.openrelations import (adverbial_clause, bare_modifier, bare_noun_idiom, comparative_gap, idiom_first,
                                      plural_be, relation_words, split_control, trailing_adverb)
from kg.extract.openrewrites import (across_semicolon, aged, apposed_participle, misread, no_identity, noun_with_infinitive,
                                     origin_of_name, outside_dashes, place_apposition, shared_modifiers, time_apart)
from kg.extract.openwords import words
from kg.extract.triples import as_triples


def openie_rows(doc: Doc, triples: bool = False) -> Iterator[tuple[float, str, str, list[str]]]:
    """(confidence, relation, arg1, [arg2, more...]) for every clause of the doc, without duplicates.

    Parameters
    ----------
    doc : Doc
        A parsed document.
    triples : bool
        Print minimal triples instead (`kg.extract.triples.as_triples`): one per further argument, each with an
        object, and "be" in the sentence's tense.

    Returns
    -------
    Iterator of (confidence, relation, arg1, further arguments)
    """
    seen = set()
    for sent in doc.sents:
        clauses = time_of_saying(addressed(sentence_clauses(sent, openie=True) + existential_clauses(sent)
                                           + adverb_copulas(sent)
                                           + age_clauses(sent) + origin_of_people(sent)
                                           + ranked_of_owner(sent) + owned_rank(sent) + worth_clauses(sent)
                                           + floating_asides(sent)))
        clauses += purpose_clauses(sent, clauses)
        clauses = renamed_subjects(sent, reattached_names(sent, clauses))
        clauses += possessed_roles(sent, clauses) + adjective_appositions(sent, clauses)
        titled = {c.subj_head.i for c in clauses if c.subj_head is not None and (
            c.kind == "title" or c.kind == "implicit" and c.predicate in ("capital_of", "kin_of"))}
        for clause in clauses:
            found = clause_tuple(clause, titled)
            if found is None:
                continue
            conf, clause, rel, subj, args = found
            for rel_, subj_, args_ in (as_triples(clause, rel, subj, args) if triples else [(rel, subj, args)]):
                row = (rel_, subj_, tuple(args_))
                if row not in seen:
                    seen.add(row)
                    yield conf, rel_, subj_, args_


def clause_tuple(clause: Clause, titled: set[int]) -> tuple[float, Clause, str, str, list[str]] | None:
    """(confidence, clause as rewritten, relation, subject, further arguments) that Open IE prints for one clause,
    or None where the clause gives no tuple. ``titled`` holds the heads of subjects with a title or an implicit
    relation in the sentence: an apposition on them repeats it and has half the confidence."""
    if no_identity(clause) or misread(clause):
        return None
    clause = across_semicolon(clause)
    if clause is None:
        return None
    # "Berlin's mayor, Kai Wegner": one fact, best printed as (Kai Wegner; is mayor of; Berlin)
    clause = idiom_first(aged(outside_dashes(shared_modifiers(time_apart(noun_with_infinitive(place_apposition(
        origin_of_name(apposed_participle(clause)))))))))
    echo = clause.kind == "appos" and bool({clause.subj_head.i, clause.obj_head.i} & titled)
    subj, obj = subject_words(clause), object_words(clause)
    if clause.subj and clause.subj[0].lower_ == "whose":
        subj = relative_words(clause.subj)      # "whose father was a fisherman": (Pedro Alves's father; was; ...)
    head = clause.subj_head
    if clause.kind == "appos" and description_head(clause.subj_head) and clause.obj_head.pos_ == "PROPN" and \
            not any(c.dep_ == "det" for c in clause.obj_head.children):
        subj, obj = obj, subj   # "Berlin's mayor, Kai Wegner": (Kai Wegner; is; Berlin's mayor)
        head = clause.obj_head
        if any(t.pos_ == "NOUN" and t.is_lower and t.i < name_tokens(head)[0].i for t in clause.obj) \
                and head.ent_type_ == "PERSON":
            subj = words(name_tokens(head))     # "His lawyer, the former judge Maria Santos": (Maria Santos; is;
            # His lawyer); the judge is a tuple of its own
    elif clause.kind == "appos" and description_head(clause.subj_head) and (name := described_person(clause)):
        subj, obj = words(name_tokens(name)), subj  # "Her husband, the novelist Ian Fraser": (Ian Fraser; is;
        head = name                                  # Her husband); (Ian Fraser; is; novelist) is its own
    said = (reported_aside(clause) or fronted_report(clause)) if not obj or clause.surface_obj is not None \
        and clause.kind == "verb" else []
    if said:    # the time of the saying ("officials said on Monday") goes after what was said
        clause = replace(clause, extras=[clause.surface_obj or clause.obj, *clause.extras] if obj
                         else clause.extras, obj=said, surface_obj=None)
        obj = words(said)
    spans = ranges([clause.surface_obj, *clause.extras] if clause.surface_obj and obj else clause.extras)
    if clause.surface_obj and obj:     # "was closed from 2019 until 2022": the time's range is the object
        obj, spans = (words(spans[0]) if len(spans[0]) > len(clause.surface_obj) else obj), spans[1:]
    args = [obj] if obj else []
    args += [relative_words(whole_list(e)) for e in spans]
    rel = relation_words(clause)
    if clause.kind in WRITER_KINDS:
        rel = plural_be(rel, head)
    if bare_noun_idiom(clause):   # "took part in the exercise": (X; took part in; the exercise)
        rel, args = f"{rel} {clause.obj[0].text} {clause.extras[0][0].text}", [words(clause.extras[0][1:]), *args[2:]]
    if not args:
        rel, args = split_control(clause, rel)
    if not args:
        args = trailing_adverb(clause) or adverbial_clause(clause)
    args += [where] if (where := where_place(clause)) else []
    if not args and bare_modifier(clause):
        return None
    if not args and comparative_gap(clause):
        return None     # "faster than we expected": what was expected is the comparison, no tuple of its own
    if not rel or args and args[0] == subj:
        return None     # (X; demanded; X): an argument repeating the subject is a misreading
    # "Police in southern Sweden arrested": (Police; are in; southern Sweden) restates a modifier that another tuple's
    # argument holds, and is half as sure, like an apposition that repeats a title
    nested = clause.kind == "implicit" and clause.predicate in NESTED_PREDICATES
    return clause_confidence(clause) * (0.5 if echo or nested else 1.0), clause, rel, subj, args


def described_person(clause: Clause):
    """The person's name at the end of an apposition that describes it first ("the novelist Ian Fraser", "the
    sculptor Tomas Lind", whichever word the parser made the head), or None."""
    head = clause.obj_head
    name = close_name(head) if head.pos_ == "NOUN" else head if head.pos_ == "PROPN" else None
    if name is None or name.ent_type_ != "PERSON":
        return None
    first = name_tokens(name)[0].i
    return name if any(t.pos_ == "NOUN" and t.is_lower and t.i < first for t in clause.obj) else None


def doc_lines(text: str, doc: Doc, triples: bool = False) -> Iterator[str]:
    """Tab-format lines for one parsed sentence (or text) ``text``.

    Parameters
    ----------
    text : str
        The sentence as given, repeated in the first column.
    doc : Doc
        Its parse.
    triples : bool
        Minimal triples instead of n-ary tuples (see `openie_rows`).

    Returns
    -------
    Iterator of str, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``
    """
    for conf, rel, arg1, args in openie_rows(doc, triples):
        yield "\t".join([text, f"{conf:.3f}", rel, arg1, *args])


def openie_lines(sentences: Iterable[str], nlp, batch_size: int = 64, triples: bool = False) -> Iterator[str]:
    """Tab-format lines, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``, one per extraction.

    Parameters
    ----------
    sentences : iterable of str
        One sentence (or text) each.
    nlp : Language
        The spaCy pipeline that parses them.
    batch_size : int
        Passed to ``nlp.pipe``.
    triples : bool
        Minimal triples instead of n-ary tuples (see `openie_rows`).

    Returns
    -------
    Iterator of str
    """
    sentences = list(sentences)
    for text, doc in zip(sentences, nlp.pipe(sentences, batch_size=batch_size)):
        yield from doc_lines(text, doc, triples)
