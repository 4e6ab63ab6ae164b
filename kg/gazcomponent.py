"""The kg_gazetteer spaCy component: the gazetteer corrects the statistical NER ("Kyiv" is not a person)."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.datelines import dateline_ents
from kg.gazetteer import Gazetteer
from kg.namejoins import demonym_before_person, join_cut_bodies, trim_overruns
from kg.types import EntityType
from kg.weakplaces import PlaceMatcher, conjoined_places, place_spans

SPACY_LABELS = {EntityType.PERSON: "PERSON", EntityType.ORGANIZATION: "ORG", EntityType.GPE: "GPE",
                EntityType.LOCATION: "LOC", EntityType.GROUP: "NORP", EntityType.EVENT: "EVENT"}


class GazetteerComponent:
    """Finds gazetteer names (match) and writes them into doc.ents over conflicting NER spans (set_annotations)."""

    def __init__(self, nlp: Language, name: str, paths: list[str] | tuple[str, ...] = ()):
        self.name = name
        self.gazetteer = Gazetteer.load(list(paths))
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, str] = {}
        patterns: dict[str, list] = {}
        for surface, entry in self.gazetteer.names():
            if len(surface) < 2 or surface.lower() == surface:
                continue    # lower-case aliases would match common words
            label = SPACY_LABELS[entry.type]
            patterns.setdefault(label, []).append(nlp.make_doc(surface))
        for label, docs in patterns.items():
            self.matcher.add(label, docs)
        # the weak place tier (kg.weakplaces): names that only fill the NER's gaps and correct its organisations
        self.places = PlaceMatcher(nlp.tokenizer, (surface for surface, _ in self.gazetteer.weak_names()
                                                   if len(surface) > 1 and not surface.islower()))
        # the names tokenized above filled the tokenizer's cache of word chunks, which keeps its first 10,000 and
        # no more (spaCy's max_cache_size): left full, no word of an article was ever cached, and the tokenizer took
        # 2.5 times the bare model's time on recurring words. Emptied, the articles' words fill it as they come.
        flush = getattr(nlp.tokenizer, "_flush_cache", None)
        if flush is not None:
            flush()

    def match(self, doc: Doc) -> list[Span]:
        return [Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)]

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        ents = list(doc.ents)
        bounds = [(e.start, e.end, e.label_) for e in ents]    # (a Span's start, end and label are calls)
        keep = []
        for span in filter_spans(spans):
            # a gazetteer name inside a longer NER name of the same kind ("Donetsk" in "Donetsk People's Republic")
            # leaves the NER span alone; otherwise the gazetteer decides
            start, end = span.start, span.end
            if any(s <= start and end <= e and (e - s) > (end - start) and label not in ("PERSON",)
                   for s, e, label in bounds):
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            if (before is not None and before.is_title and before.is_alpha and not before.is_sent_start
                    and before.dep_ in ("compound", "amod") and span.start <= before.head.i < span.end
                    and not before.ent_type_ and before.lower_ not in ("the",)):
                continue    # "Social Democrats", "Free Democrats": the known name is the end of a longer one
            keep.append(span)
        covered = {i for s in keep for i in range(s.start, s.end)}
        rest = [e for e, (s, end, _) in zip(ents, bounds) if not any(i in covered for i in range(s, end))]
        ents = join_cut_bodies(doc, trim_overruns(doc, self.national_branches(doc, filter_spans(rest + keep))))
        strong = {(s.start, s.end) for s in keep}
        ents = place_spans(doc, ents, filter_spans(self.places(doc)), strong)
        ents = conjoined_places(doc, ents, lambda name: self.gazetteer.lookup(name) or self.gazetteer.place(name))
        ents = dateline_ents(doc, ents, self.gazetteer, strong)
        doc.ents = demonym_before_person(doc, ents, self.gazetteer)

    def national_branches(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """An organisation's name run into a country's that heads the phrase is one organisation, the body's
        branch in that country: "Amnesty International Kenya said" is no act of Kenya, "Save the Children UK"
        none of Britain ("the EU Ukraine summit", where the country is itself a modifier, is left alone)."""
        out: list[Span] = []
        for e in ents:
            prev = out[-1] if out else None
            if (prev is not None and prev.label_ == "ORG" and e.label_ == "GPE" and prev.end == e.start
                    and doc[prev.end - 1].dep_ == "compound" and e.start <= doc[prev.end - 1].head.i < e.end
                    and doc[e.end - 1].dep_ != "compound"
                    and any(entry.kind == "country" for entry in self.gazetteer.lookup_all(e.text))):
                out[-1] = Span(doc, prev.start, e.end, label="ORG")
            else:
                out.append(e)
        return out

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc
