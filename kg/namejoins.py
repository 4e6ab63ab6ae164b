"""Bodies' names the NER cut, joined again before anything reads its spans.

The small NER cuts a long body's name at a word it does not expect: a sponsor's name before the body's ("WestBridge"
+ "Anand Chess Academy"), a first adjective joined by "and" ("the Free and" + "Fair Election Network"), the "for"
phrase of a campaign's or a committee's name ("British Committee" + "for the Reunification of the Parthenon
Marbles"). Each half then becomes an organisation of its own, and neither is the body. A name is joined only where
it ends in a body's head word, so that two bodies named side by side ("the Microsoft OpenAI deal") stay two.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.docarrays import arrays
from kg.extract.givennames import fold, given_names

# Last words of a body's name (kg.extract.mentions.ORG_HEADS, the few it lacks added here: that module sits
# above the pipeline's components and is not imported by them).
BODY_HEADS = frozenset("""agency council committee ministry bank group company corporation fund association union
party institute university college commission authority board bureau service organisation organization federation
foundation court tribunal parliament assembly department office network academy school museum society trust centre
center alliance coalition campaign movement league club conference forum""".split())
CONNECTORS = frozenset("of the and".split())


def _capitalised(t) -> bool:
    return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start


def _for_phrase_end(doc: Doc, end: int) -> int | None:
    """The end of a "for" phrase of capitalised words after a body's name ("for the Reunification of the
    Parthenon Marbles", "for Policy Studies"), or None."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for":
        return None
    i = end + 1 + (doc[end + 1].lower_ == "the")
    last = None
    while i < len(doc):
        if _capitalised(doc[i]):
            last = i
            i += 1
        elif doc[i].lower_ in CONNECTORS and i + 1 < len(doc) and (
                _capitalised(doc[i + 1]) or doc[i + 1].lower_ == "the" and i + 2 < len(doc)
                and _capitalised(doc[i + 2])):
            i += 1
        else:
            break
    return None if last is None else last + 1


def join_cut_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """The NER's spans with each body's name it cut in two joined into one ORG span.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("The Free and Fair Election Network said so.")
    >>> [s.text for s in join_cut_bodies(doc, [Span(doc, 3, 6, label="ORG")])]
    ['Free and Fair Election Network']
    """
    out: list[Span] = []
    for e in sorted(ents, key=lambda s: s.start):
        if out and out[-1].end > e.start:
            continue    # swallowed by a "for" phrase joined before
        head_word = doc[e.end - 1].lower_ in BODY_HEADS
        prev = out[-1] if out else None
        if (e.label_ == "ORG" and head_word and prev is not None and prev.label_ == "ORG" and prev.end == e.start
                and doc[prev.end - 1].dep_ == "compound" and e.start <= doc[prev.end - 1].head.i < e.end
                and all(_capitalised(t) or t.i == prev.start for t in prev)):
            out[-1] = e = Span(doc, prev.start, e.end, label="ORG")    # "WestBridge" + "Anand Chess Academy"
        elif (e.label_ == "ORG" and head_word and e.start >= 3 and doc[e.start - 1].lower_ == "and"
              and _capitalised(doc[e.start - 2]) and not doc[e.start - 2].ent_type_
              and doc[e.start - 3].lower_ == "the" and (prev is None or prev.end < e.start - 2)):
            e = Span(doc, e.start - 2, e.end, label="ORG")     # "the Free and" + "Fair Election Network"
            out.append(e)
        else:
            out.append(e)
        if e.label_ == "ORG" and head_word and (stop := _for_phrase_end(doc, e.end)) is not None:
            out[-1] = Span(doc, e.start, stop, label="ORG")     # "British Committee" + "for the Reunification ..."
    return out


def demonym_before_person(doc: Doc, ents: list[Span], gazetteer) -> list[Span]:
    """The NER's spans with a nationality run into a person's name taken out of it: "the Australian Lucas Herbert"
    is the person Lucas Herbert (the NER made "Australian Lucas Herbert" an organisation). Only where the word after
    the nationality is a known given name, one or two capitalised words follow it, and the last is no body's head
    word ("the German Marshall Fund" stays a body) nor a name the gazetteer knows ("the Philippine Red Cross").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("and the Australian Lucas Herbert of Ripper GC")
    >>> from kg.gazetteer import Gazetteer
    >>> [(s.text, s.label_) for s in demonym_before_person(doc, [Span(doc, 1, 5, label="ORG")], Gazetteer.load())]
    [('Lucas Herbert', 'PERSON')]
    """
    out = []
    lower = arrays(doc).lower
    for e in ents:
        lead = e.start + (lower[e.start] == "the")     # the NER's span may hold the article: "the Australian ..."
        if not 3 <= e.end - lead <= 4 or e.label_ not in ("ORG", "NORP", "GPE"):
            out.append(e)   # (tested first: the Tokens below for every name were most of this function's time)
            continue
        words = list(doc[lead:e.end])
        if (e.label_ in ("ORG", "NORP", "GPE") and 3 <= len(words) <= 4 and words[0].is_alpha
                and not words[0].text.isupper() and not words[0].text.endswith("s")
                and gazetteer.demonym(words[0].text) is not None and fold(words[1].text) in given_names()
                and gazetteer.lookup(doc[lead + 1:e.end].text) is None
                and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words[1:])
                and words[-1].lower_ not in BODY_HEADS):
            out.append(Span(doc, lead + 1, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


FUNCTION_WORDS = frozenset("of and the for in on at to or with by".split())


def trim_overruns(doc: Doc, ents: list[Span]) -> list[Span]:
    """The NER's ORG spans that run on past a body's name into the next phrase, cut back: a span that ends in a
    lower-case function word ("National Unity Front and", "National People's Power and Sajith Premadasa of the ...")
    is cut at its first "and" or "or", else before the function words it ends in; no name ends in "of" or "and".
    Not where a capitalised word follows: "the Group of" + "Eight" is a name the NER cut, and the finder joins it.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("against Ann Lee of the National Power and Sam Roy of the Green Bloc")
    >>> [s.text for s in trim_overruns(doc, [Span(doc, 5, 11, label="ORG")])]
    ['National Power']
    """
    out = []
    for e in ents:
        if e.label_ != "ORG" or len(e) < 2 or not (doc[e.end - 1].is_lower and doc[e.end - 1].lower_ in FUNCTION_WORDS) \
                or doc[e.end - 1].lower_ == "of" and e.end < len(doc) and doc[e.end].text[:1].isupper():
            out.append(e)   # "the Group of" + "Eight", "the Bay of" + "Biscay": the finder completes the name
            continue
        end = next((t.i for t in e if t.i > e.start and t.lower_ in ("and", "or") and t.is_lower), e.end)
        while end > e.start and doc[end - 1].is_lower and doc[end - 1].lower_ in FUNCTION_WORDS:
            end -= 1
        if end > e.start:
            out.append(Span(doc, e.start, end, label="ORG"))
    return out
