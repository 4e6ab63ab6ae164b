"""The places and agency of the dateline a story's paragraph opens with ("NAKURU, Kenya (Reuters) -", "PESHAWAR,
Pakistan, May 3 (AP) --", "BRUSSELS/KYIV, March 2 (Reuters) -", "DERA ISMAIL KHAN, Pakistan:", "Port Harcourt
(Nigeria), June 5 (AFP) -"; the shapes are kg.nlp's :data:`_LEAD_RE`).

The small NER reads a town in capitals as an organisation or a person ("NAKURU", "KHUJAND") and runs a region into
the agency after it ("Angola (Lusa)"). A dateline's first name is a place, so the gazetteer component writes it in
over the NER: as the gazetteer types it where it knows the name as a place (strong or weak tier), never where it knows
it as a body ("UNITED NATIONS (Reuters) -"), and a name it does not know only where the dateline also names a region
or country ("IQALUIT, Nunavut (CP) -") or, in capitals, an agency ("OSH (AKIpress) -"). A bracket names the region
where the gazetteer knows it as a state ("(Nigeria)"), else the agency, a body. A later mention of the dateline's
town that the NER took for a person or a body ("Hat Yai's inner districts") is the town too.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract.docarrays import arrays
from kg.nlp import lead_end
from kg.types import EntityType
from kg.weakplaces import person_cue

_HEAD_END = re.compile(r"\s*[,(:]|\s+(?:-{1,2}|\u2013|\u2014)")
_BRACKET = re.compile(r"\(([^()]+)\)")
_REGION = re.compile(r",\s+([^,()]+?)(?=\s*(?:,|\(|:|\s-|\s\u2013|\s\u2014|$))")
# Last words of a body's name, never of a town's ("ACME HOLDINGS, Texas -")
_BODY_ENDS = frozenset("""inc corp co ltd plc llc group holdings company bank agency council ministry party union
association foundation university institute""".split())
_PLACE_LABELS = {EntityType.GPE: "GPE", EntityType.LOCATION: "LOC"}


def _place_label(gaz, name: str) -> str | None:
    """ "GPE" or "LOC" for a name the gazetteer knows as a place, "" for one it knows as something else, None for
    one it does not know."""
    for form in dict.fromkeys((name, name.title())):
        entry = gaz.lookup(form)
        if entry is not None:
            return _PLACE_LABELS.get(entry.type, "")
        if gaz.place(form) is not None:
            return "GPE"
    return None


def dateline_spans(doc: Doc, gaz) -> list[tuple[Span, bool]]:
    """The places, regions and agencies of every paragraph's dateline, as (span, is the dateline's own place)."""
    out: list[tuple[Span, bool]] = []
    # the paragraphs' first words by position, from the Doc's columns (a Token per word and its neighbour, and
    # Doc.text, a Token per word again, were most of the gazetteer component's time); the words' texts and spacing
    # are the tokenizer's and never change
    cols = arrays(doc)
    space, words = cols.is_space, cols.text
    text = cols.doc_text
    for i in range(len(doc)):
        if space[i] or not (i == 0 or space[i - 1] and "\n" in words[i - 1]):
            continue
        end = lead_end(doc, i, text)
        if end is None:
            continue
        base = doc[i].idx
        lead = text[base:doc[end].idx]
        head = _HEAD_END.split(lead, maxsplit=1)[0]
        rest_at = len(head)
        found: list[tuple[int, int, str]] = []     # (first char, end char, label) from the dateline's start
        regional = capitals = False
        for m in _BRACKET.finditer(lead, rest_at):
            label = _place_label(gaz, m.group(1).strip())
            regional |= bool(label)
            found.append((m.start(1), m.end(1), label or "ORG"))
        for m in _REGION.finditer(lead[:next((s for s, _, lab in found if lab == "ORG"), len(lead))], rest_at):
            name = m.group(1).strip(" .")
            if any(c.isdigit() for c in name):
                continue    # the day: ", May 3", ", 5 June"
            label = _place_label(gaz, name)
            regional = True
            if label:
                found.append((m.start(1), m.start(1) + len(name), label))
        places = []
        at = 0
        for part in head.split("/"):
            name = part.strip(" .")
            capitals = capitals or name.isupper()
            label = _place_label(gaz, name)
            if label is None and (regional or capitals and any(lab == "ORG" for *_, lab in found)) \
                    and name.split()[-1].lower().strip(".") not in _BODY_ENDS and len(name) > 2:
                label = "GPE"
            start = head.index(part, at)
            at = start + len(part)
            if label:
                places.append((start + part.index(name), start + part.index(name) + len(name), label))
        for first, last, label in places + found:
            span = doc.char_span(base + first, base + last, label=label, alignment_mode="expand")
            if span is not None:
                out.append((span, (first, last, label) in places))
    return out


def dateline_ents(doc: Doc, ents: list[Span], gaz, strong: set[tuple[int, int]]) -> list[Span]:
    """``ents`` with the dateline's places, regions and agency written in over the NER's spans (not over a name the
    strong gazetteer set), and the later mentions of its places that the NER typed a person or a body retyped."""
    spans = dateline_spans(doc, gaz)
    if not spans:
        return ents
    out = list(ents)
    for span, _ in spans:
        over = [e for e in out if e.start < span.end and span.start < e.end]
        if any((e.start, e.end) in strong for e in over):
            continue
        out = [e for e in out if e not in over] + [span]
    names = {span.text.casefold(): span.label_ for span, own in spans if own}
    for k, e in enumerate(out):
        end = e.end - (e.end - e.start > 1 and doc[e.end - 1].tag_ == "POS")    # "Hat Yai's"
        if e.label_ in ("PERSON", "ORG") and doc[e.start:end].text.casefold() in names \
                and (e.start, e.end) not in strong and not person_cue(doc, e.start, end):
            out[k] = Span(doc, e.start, end, label=names[doc[e.start:end].text.casefold()])
    return sorted(out, key=lambda e: e.start)
