"""Open IE tuples in the CaRB tab format, from the same clauses the graph is built from."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from kg.extract.clauses import Clause, arg_tokens, misread_main_verb, sentence_clauses, trim, word_prefix
from kg.extract.confidence import clause_confidence
from kg.extract.implicit import close_name, country_of, is_demonym, name_tokens, split_description


def words(tokens: list[Token]) -> str:
    """The tokens' text with the sentence's own spacing; a gap between tokens becomes one space."""
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            parts.append(tok.whitespace_ if nxt.i == tok.i + 1 else " ")
    return "".join(parts)


def openie_rows(doc: Doc) -> Iterator[tuple[float, str, str, list[str]]]:
    """(confidence, relation, arg1, [arg2, more...]) for every clause of the doc, without duplicates.

    Parameters
    ----------
    doc : Doc
        A parsed document.

    Returns
    -------
    Iterator of (confidence, relation, arg1, further arguments)
    """
    seen = set()
    for sent in doc.sents:
        clauses = sentence_clauses(sent, openie=True)
        titled = {c.subj_head.i for c in clauses if c.subj_head is not None and (
            c.kind == "title" or c.kind == "implicit" and c.predicate == "capital_of")}
        for clause in clauses:
            if clause.kind == "appos" and joined_apposition(clause.subj_head, clause.obj_head):
                continue    # "the Japanese carmaker Toyota", "the Smith–Jones bill": one phrase, no identity
            # "Berlin's mayor, Kai Wegner": one fact, best printed as (Kai Wegner; is mayor of; Berlin)
            echo = clause.kind == "appos" and bool({clause.subj_head.i, clause.obj_head.i} & titled)
            subj, obj = subject_words(clause), object_words(clause)
            if clause.kind == "appos" and clause.subj_head.pos_ == "NOUN" and clause.obj_head.pos_ == "PROPN" and \
                    not any(c.dep_ == "det" for c in clause.obj_head.children):
                subj, obj = obj, subj   # "Berlin's mayor, Kai Wegner": (Kai Wegner; is; Berlin's mayor)
            args = [obj] if obj else []
            args += [words(e) for e in clause.extras]
            rel = relation_words(clause)
            if not args:
                rel, args = split_control(clause, rel)
            if not args:
                args = trailing_adverb(clause)
            row = (rel, subj, tuple(args))
            if row in seen or not rel or (args and args[0] == row[1]):
                continue    # (X; demanded; X): an argument repeating the subject is a misreading
            seen.add(row)
            yield clause_confidence(clause) * (0.5 if echo else 1.0), rel, subj, args


WRITER_KINDS = ("appos", "implicit", "title", "member")    # tuples whose words the rules chose


def joined_apposition(head: Token, appos: Token) -> bool:
    """An apposition with no comma between it and its noun ("the Japanese carmaker Toyota"), or one joined to it
    by a dash inside a word ("the Smith–Jones bill"): the words are one phrase."""
    return appos == close_name(head) or dash_joined(head, appos)


def dash_joined(head: Token, child: Token) -> bool:
    doc = head.doc
    k = head.i + 1
    return (child.i > head.i and k + 1 < len(doc) and not head.whitespace_ and doc[k].text in "-–—"
            and not doc[k].whitespace_ and child.left_edge.i == k + 1)


def phrase(tokens: list[Token]) -> list[Token]:
    """An argument's tokens with what the parse cut off its head word: a name in close apposition ("the Japanese
    carmaker" + "Toyota") and the rest of a dashed compound ("The Smith" + "–Jones bill")."""
    have = {t.i for t in tokens}
    extra: list[Token] = []
    for t in tokens:
        for c in t.children:
            if c.i in have or c.dep_ not in ("appos", "conj", "compound"):
                continue
            if c.dep_ == "appos" and c == close_name(t) or dash_joined(t, c):
                extra += [x for x in arg_tokens(c) if x.i not in have]
                if dash_joined(t, c):
                    extra.append(t.doc[t.i + 1])
    if not extra:
        return tokens
    return sorted({x.i: x for x in [*tokens, *extra]}.values(), key=lambda x: x.i)


def without_asides(tokens: list[Token]) -> list[Token]:
    """An argument without a participle set off by commas: "The company, founded in 1887 by two brothers," is
    "The company" (the participle is a tuple of its own)."""
    have = {t.i for t in tokens}
    drop: set[int] = set()
    for t in tokens:
        for c in t.children:
            if misread_main_verb(c) and c.i in have:
                drop.update(x.i for x in c.subtree)     # "The film, ..., premiered at": the sentence's own verb
            elif c.dep_ == "acl" and c.i in have and c.i > t.i and c.tag_ in ("VBN", "VBG") and c.left_edge.i > 0 \
                    and t.doc[c.left_edge.i - 1].text == ",":
                drop.update(x.i for x in c.subtree)
                drop.add(c.left_edge.i - 1)
                if c.right_edge.i + 1 < len(t.doc) and t.doc[c.right_edge.i + 1].text == ",":
                    drop.add(c.right_edge.i + 1)
    return trim([t for t in tokens if t.i not in drop]) if drop else tokens


def subject_words(clause: Clause) -> str:
    """The subject as Open IE prints it: the name where a description stands before it with a comma ("Berlin's
    mayor, Kai Wegner, opened" -> "Kai Wegner"), the whole phrase where the parse split it."""
    head = clause.subj_head
    if clause.kind in ("verb", "comp", "copula") and head is not None and head.pos_ == "NOUN" and clause.subj:
        inside = {t.i for t in clause.subj}
        names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                 and c.ent_type_ in ("PERSON", "ORG") and c != close_name(head) and c.i not in inside]
        if names:
            return words(arg_tokens(names[0]))
    subj = clause.subj
    if clause.kind not in WRITER_KINDS and head is not None and subj and subj[0].i == name_tokens(head)[0].i:
        split = split_description(head)
        if split is not None:       # "The Korean electronics maker" + "Samsung": one subject
            subj = [t for t in split.subtree if t.i < subj[0].i] + subj
    return words(subj) if clause.kind in WRITER_KINDS else words(phrase(without_asides(subj)))


def object_words(clause: Clause) -> str:
    """The object as Open IE prints it; a nationality word that stands for its country in a relation the
    sentence implies ("Brazilian President X" -> (X; is President of; Brazil)) is the country's name."""
    obj = clause.surface_obj if clause.surface_obj is not None else clause.obj
    if not obj:
        return ""
    if clause.kind in ("implicit", "title") and len(obj) == 1 and is_demonym(obj[0]):
        return country_of(obj[0].text) or words(obj)
    return words(obj) if clause.kind in WRITER_KINDS else words(phrase(obj))


def trailing_adverb(clause: Clause) -> list[str]:
    """ "The ceasefire held overnight": a verb with no object takes the manner or time adverb after it."""
    verb = clause.verb
    if verb is None or clause.kind != "verb":
        return []
    have = {t.i for t in clause.rel} | {t.i for t in clause.surface_rel or []}
    advs = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i > verb.i and c.i not in have
            and c.pos_ in ("ADV", "NOUN") and c.lower_ not in NOT_ARGUMENTS]
    return [words([t for t in advs[0].subtree])] if advs else []


NOT_ARGUMENTS = frozenset("also too not n't never even only just so then there here however though".split())


def split_control(clause: Clause, rel: str) -> tuple[str, list[str]]:
    """ "declined to comment" with nothing after it: (X; declined; to comment), not a tuple with no object."""
    verb = clause.verb
    if verb is None or verb.dep_ != "xcomp" or clause.kind != "verb":
        return rel, []
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    parts = rel.split(" ")
    if not to or "to" not in parts[1:]:
        return rel, []
    k = len(parts) - 1 - parts[::-1].index("to")
    return " ".join(parts[:k]), [" ".join(parts[k:])]


def relation_words(clause: Clause) -> str:
    """The relation as Open IE prints it; a title keeps the sentence's capitals ("is Prime Minister of")."""
    rel = clause.surface_text
    verb = clause.verb
    if verb is not None and verb.i > 1 and word_prefix(verb.doc[verb.i - 1]) and word_prefix(verb.doc[verb.i - 2]):
        parts = rel.split(" ")     # "re-elected": the verb with the pieces the tokenizer cut off
        if verb.text in parts:
            k = len(parts) - 1 - parts[::-1].index(verb.text)
            parts[k] = verb.doc[verb.i - 2].text + verb.doc[verb.i - 1].text + verb.text
            rel = " ".join(parts)
    if clause.kind == "title" and clause.subj_head is not None and rel.endswith(" of"):
        # the title as the sentence writes it: "Prime Minister", "Secretary-General"
        words_ = rel[:-3].split(" ")
        first = 2 if words_[:2] == ["is", "former"] else 1
        title = words_[first:]
        doc = clause.subj_head.doc
        window = doc[max(0, clause.subj_head.left_edge.i - 10):min(len(doc), clause.subj_head.right_edge.i + 10)].text
        if title:
            pattern = r"\b" + r"[\s\-–]?".join(re.escape(w) for w in title) + r"\b"
            found = re.search(pattern, window, flags=re.IGNORECASE)
            if found:
                rel = " ".join([*words_[:first], found.group(0), "of"])
    return rel


def doc_lines(text: str, doc: Doc) -> Iterator[str]:
    """Tab-format lines for one parsed sentence (or text) ``text``.

    Parameters
    ----------
    text : str
        The sentence as given, repeated in the first column.
    doc : Doc
        Its parse.

    Returns
    -------
    Iterator of str, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``
    """
    for conf, rel, arg1, args in openie_rows(doc):
        yield "\t".join([text, f"{conf:.3f}", rel, arg1, *args])


def openie_lines(sentences: Iterable[str], nlp, batch_size: int = 64) -> Iterator[str]:
    """Tab-format lines, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``, one per extraction.

    Parameters
    ----------
    sentences : iterable of str
        One sentence (or text) each.
    nlp : Language
        The spaCy pipeline that parses them.
    batch_size : int
        Passed to ``nlp.pipe``.

    Returns
    -------
    Iterator of str
    """
    sentences = list(sentences)
    for text, doc in zip(sentences, nlp.pipe(sentences, batch_size=batch_size)):
        yield from doc_lines(text, doc)
