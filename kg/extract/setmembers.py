"""Plural definite descriptions resolved to the sets of names they stand for: "the two separatist republics",
"both companies", "the three firms, A, B and C", "the pair" (part of :class:`kg.extract.entities.Resolver`, through
:class:`kg.extract.antecedents.Antecedents`; the sets themselves are read by :mod:`kg.extract.plurals`).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.mentions import COUNTS, DESCRIPTIONS, PLURAL_TYPES
from kg.extract.plurals import (
    coordinated_set,
    earlier_set,
    listed,
    PARTNER_NOUNS,
    PARTY_NOUNS,
    salient_set,
    SET_COUNTS,
    surface_list,
    they_members,
)
from kg.types import EntityType


class SetMembers:
    """The members of plural descriptions; mixed into :class:`kg.extract.antecedents.Antecedents`."""

    def set_members(self, tok: Token) -> list[int]:
        """The clusters a plural definite description stands for, when the count and the type fit: "the two
        separatist republics" -> the two entities named "... Republic"; "both companies" -> the two firms of the
        sentence before. Empty when the article does not name exactly that many."""
        cols = arrays(self.doc)
        if cols.pos[tok.i] == "PRON":
            if tok.i not in self._sets:
                self._sets[tok.i] = they_members(self, tok)
            return self._sets[tok.i]
        if cols.pos[tok.i] != "NOUN" or cols.tag[tok.i] != "NNS" and cols.lemma_lower[tok.i] not in SET_COUNTS:
            return []
        if tok.i not in self._sets:
            members = self._set_members(tok)
            self._sets[tok.i] = [] if members and self._clause_subject(tok) in members else members
        return self._sets[tok.i]

    def _clause_subject(self, tok: Token) -> int | None:
        """The cluster of the subject of the clause a description is an object in ("Ineos met the leaders of both
        unions": Ineos), which cannot be one of the set it stands for; None when the description is (in) the
        subject, a comma stands between it and its verb, the subject is coordinated (the set may be the subjects,
        each to the other) or names no cluster."""
        head = tok
        while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            if head.dep_ in ("nsubj", "nsubjpass", "csubj", "appos", "conj"):
                return None     # (in) the subject, or a description in apposition: no object of its clause
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        from kg.extract.arguments import subjects_of    # (arguments builds on the resolver's modules)
        if any(t.text == "," for t in self.doc[min(head.i, tok.i):max(head.i, tok.i)]):
            return None     # ("SkyNordic has ordered jets, the two companies announced": a misread inversion)
        subjects, _ = subjects_of(head)
        if len(subjects) != 1:
            return None     # "Japan and South Korea agreed to end the freeze between the two neighbours": each other
        # the subject's name, its description's ("the plant's owner, Ineos"), or the name in apposition to it
        named = [t for s in subjects for t in (s, *(c for c in s.children if c.dep_ == "appos"))]
        return next((cid for t in named if (cid := self.cluster_of_token(t)) is not None), None)

    def _apposed_to(self, tok: Token) -> Token | None:
        """The name a description stands in apposition to, as the parse has it or, where the parser made the
        description a second object ("recognised the DNR and the LNR, two breakaway regions"), as the words lie: a
        comma and a name straight before the description."""
        if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.i in self.token_cluster:
            return tok.head
        left = tok.left_edge.i
        if left >= 2 and self.doc[left - 1].text == "," and left - 2 in self.token_cluster \
                and self.doc[left - 2].conjuncts:
            return self.doc[left - 2]
        return None

    def _set_members(self, tok: Token) -> list[int]:
        lemma = tok.lemma_.lower()
        count = next((COUNTS[c.lower_] for c in tok.children if c.dep_ in ("nummod", "det", "predet", "quantmod")
                      and c.lower_ in COUNTS), SET_COUNTS.get(lemma))
        definite = count == 2 and any(c.lower_ == "both" for c in tok.children) or any(
            c.dep_ in ("det", "poss") for c in tok.children)
        if lemma in PARTY_NOUNS:    # "the two sides", "the pair": the latest pair of names of one kind
            return coordinated_set(self, tok, count) if count is not None and definite else []
        if lemma in PARTNER_NOUNS:  # "Estonia and Finland agreed ... The allies will": those just named together
            bare = any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children) and not any(
                c.dep_ in ("prep", "relcl", "acl", "poss") or c.dep_ in ("amod", "compound", "nmod") and count is None
                for c in tok.children)  # "the two nuclear-armed rivals": a count makes them those just named
            return coordinated_set(self, tok, count) if bare else []     # not "their allies", "the allies of X"
        etype = PLURAL_TYPES.get(lemma) or DESCRIPTIONS.get(lemma) or (
            EntityType.PERSON if lemma in lx.TITLE_NOUNS else None) or (
            EntityType.ORGANIZATION if lemma.endswith("maker") and lemma not in ("filmmaker", "peacemaker") else None)
        apposed = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.i in self.token_cluster), None)
        if apposed is not None and definite:    # "The three companies, A, B and C, will ...": those named
            ids = list(dict.fromkeys(self.token_cluster.get(t.i) for t in listed(self, apposed)))
            return sorted(ids) if None not in ids and len(ids) >= 2 and count in (None, len(ids)) else []
        named_before = self._apposed_to(tok)
        if named_before is not None and count is not None and etype is not None:
            # "the DNR and the LNR, two breakaway regions": the names the description is in apposition to
            ids = list(dict.fromkeys(self.token_cluster.get(t.i) for t in listed(self, named_before)))
            return sorted(ids) if None not in ids and len(ids) == count else []
        if count is None or not definite or etype is None:
            return []
        states = lemma in ("country", "nation")     # "the two countries" are no city and a country
        live = [c for c in self.clusters if c.mentions and self.cluster_type(c) is etype
                and not all(m.adjective for m in c.mentions)
                and (not states or c.entry is not None and c.entry.kind in ("country", "territory"))]
        named = [c.id for c in live if any(n.lower().split()[-1] == lemma for n in c.names)]
        if len(named) == count:
            return named    # "the two separatist republics": the article's two "... Republic"s
        earlier = earlier_set(self, tok, count)
        if earlier:
            return earlier  # "A and B, two breakaway regions ... the two regions": the set the same noun named
        sent_index = bisect_right(self.sent_starts, tok.i) - 1
        lower = self.sent_starts[max(0, sent_index - 1)]
        # "Siemens and Alstom held talks. Both companies ...": the latest coordination of that many names, one of
        # them of the type (the NER often types one of a pair wrongly); a longer list fits no count
        longer = False
        for m in sorted((m for m in self.mentions if lower <= m.start < tok.i), key=lambda m: -m.start):
            head = self.doc[m.end - 1]
            group = listed(self, head) if head.conjuncts else [self.doc[x.end - 1] for x in surface_list(self, m)]
            ids = list(dict.fromkeys(self.token_cluster[t.i] for t in group if t.i in self.token_cluster))
            if len(ids) == len(group) == count and any(self.cluster_type(self.clusters[i]) is etype for i in ids) \
                    and (not states or all(self.clusters[i] in live for i in ids)):
                return sorted(ids)
            longer = longer or len(group) > count
        pair = next((t for t in reversed(self.doc[lower:tok.i]) if t.pos_ == "PROPN" and t.dep_ != "compound"
                     and len(t.conjuncts) + 1 == count and all(c.pos_ == "PROPN" for c in t.conjuncts)), None)
        if pair is not None:
            # "mines run by X and Y, and both companies": that pair, those of it that are entities; not two others of
            # the type the sentences name ("Hitachi Rail and Alstom bid for the HS2 contract. The two firms": not HS2)
            ids = {self.token_cluster[t.i] for t in (pair, *pair.conjuncts) if t.i in self.token_cluster}
            # (of the type: "Alice Weidel and Tino Chrupalla lead the AfD. The party accused both broadcasters": no
            # broadcaster is named)
            return sorted(ids) if all(self.cluster_type(self.clusters[i]) is etype for i in ids) else []
        recent = [c.id for c in live if any(lower <= m.start < tok.i for m in c.mentions)]
        if longer or len(recent) == count:
            return recent if len(recent) == count and not longer else []
        return salient_set(self, live, tok, count)
