"""Pronouns read from the clause they stand in: the speaker of the clause a subject pronoun is reported in ("Stahl
said he would ..."), the subject of a possessive's own clause ("the French government told its allies"), the
subject a preposed phrase's "his" looks ahead to, the addressee of a quoted "you", and the claims whose pronoun
has two candidates ("Aldor sued Bexin, claiming it had ..."). Mixed into
:class:`kg.extract.antecedents.Antecedents`, whose type tests (``_thing``, ``_fits_type``) these read.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.gender import FEMININE_TITLES, MASCULINE_TITLES, gender_fits
from kg.extract.mentions import INSTITUTION_NOUNS
from kg.types import EntityType

# People a sentence may name only by what they do, besides titles: "the Ferrari driver said he ..."
SPEAKER_NOUNS = frozenset("""driver rider player striker batter bowler goalkeeper defender forward midfielder
winger teammate veteran rookie champion winner candidate incumbent challenger""".split())


class ClauseActors:
    """The clause readings of pronouns; mixed into :class:`kg.extract.antecedents.Antecedents`."""

    def _own_subject(self, tok: Token, person: bool = False) -> int | None:
        """For a possessive "its", the organisation or state that is the subject of its own clause, named before it:
        "the French government had told its allies" (not a country named earlier in the sentence); with
        ``person``, for "his"/"her", the person of that gender ("Markram admitted that his batters ...", "her
        client had repaid by selling her house")."""
        if tok.dep_ != "poss":
            return None

        def fits(cid: int | None) -> bool:
            if cid is None:
                return False
            if person:
                return self.cluster_type(self.clusters[cid]) is EntityType.PERSON and gender_fits(self, tok, cid)
            return self.cluster_type(self.clusters[cid]) in (EntityType.ORGANIZATION, EntityType.GPE)

        speaker = self._speaker_of_complement(tok.head)     # "X said its air defences had ...": the speaker
        if speaker is not None and (fits(speaker) if person else self._thing(speaker)):
            return speaker
        verb = tok.head
        while verb.dep_ not in ("ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl") and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head    # "It reported ... and counts Airbus among its customers": the shared subject
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i:
                cid = self._actor_cluster(c)
                if fits(cid):
                    return cid
        return None

    def _actor_cluster(self, tok: Token) -> int | None:
        """The cluster a subject stands for: its own, or for a body with no name of its own, the state or firm that
        owns it ("Russia's defence ministry", "the Siemens board")."""
        cid = self.token_cluster.get(tok.i, self.pronoun_cluster.get(tok.i))
        if cid is None and tok.pos_ == "NOUN":     # "its owner IAG said": the name in apposition
            cid = next((self.token_cluster[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.token_cluster),
                       None)
        if cid is not None or tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in _BOARDS:
            return cid
        owners = {self.token_cluster.get(c.i, self.pronoun_cluster.get(c.i)) for c in tok.children
                  if c.dep_ in ("poss", "compound") and c.i < tok.i} - {None}
        owners = {o for o in owners if self.cluster_type(self.clusters[o]) in (EntityType.ORGANIZATION,
                                                                                EntityType.GPE)}
        return owners.pop() if len(owners) == 1 else None

    def _main_clause_subject(self, tok: Token) -> int | None:
        """For the subject of an adverbial clause, the cluster of the subject of the clause it modifies."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "advcl":
            return None
        for c in tok.head.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return self.token_cluster.get(c.i, self.pronoun_cluster.get(c.i))
        return None

    def _preposed_subject(self, tok: Token) -> int | None:
        """For "his"/"her" in a phrase put before its clause's subject, that subject where it is a person of the
        pronoun's gender: "In his first speech as president, Lula promised ..." (the pronoun looks ahead)."""
        if tok.dep_ != "poss":
            return None
        node = tok.head
        while node.dep_ in ("pobj", "prep", "compound", "amod", "conj") and node.head.i != node.i \
                and node.head.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.dep_ != "prep" or node.head.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or node.right_edge.i >= subject.left_edge.i:
            return None
        cid = self.token_cluster.get(subject.i)
        if cid is None or self.cluster_type(self.clusters[cid]) is not EntityType.PERSON or \
                not gender_fits(self, tok, cid):
            return None
        return cid

    def _in_quote(self, tok: Token) -> bool:
        """Whether an odd number of quotation marks stands between the sentence start and the token."""
        start = self.sentence_start(tok.i)
        marks = sum(1 for t in self.doc[start:tok.i] if t.text in ('"', "“", "”", "``", "''"))
        return marks % 2 == 1

    def _addressee(self, tok: Token) -> int | None:
        """ "I ask you to recognize ..." in a quote: the one the recent requests and appeals were made to."""
        sent_index = bisect_right(self.sent_starts, tok.i) - 1
        lower = self.sent_starts[max(0, sent_index - 4)]
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.start < lower or m.cluster < 0:
                continue
            head = self.doc[m.end - 1]
            governor = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
            if ((head.dep_ in ("dobj", "dative") or head.dep_ == "pobj" and head.head.lower_ == "to")
                    and governor.lemma_.lower() in lx.REQUEST_VERBS | {"appeal", "plea", "request", "call"}):
                return m.cluster
        earlier = [i for i in self.pronoun_cluster if lower <= i < tok.i and self.doc[i].lower_ == "you"]
        return self.pronoun_cluster[max(earlier)] if earlier else None     # the same addressee as before

    def _reported_subject(self, tok: Token, etype: EntityType) -> int | None:
        """For a description that reports a clause before it ("Lumen has raised $5 million, the company told
        reporters"), the subject of that clause when it fits the description's type: the speaker reports on itself."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in lx.REPORTING_VERBS:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i):
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                cid = self._actor_cluster(subj)
                if cid is not None and self._fits_type(cid, etype):
                    return cid
        return None

    def _described_speaker(self, tok: Token) -> bool:
        """Whether ``tok`` is the subject of a clause reported by someone the sentence describes only as one of a
        named side ("Piastri apologised to Leclerc, and the Ferrari driver said he accepted"): the pronoun is that
        speaker, whom no name stands for, and not the last person named before. Only for people who speak for
        themselves (drivers, players, candidates): a spokesman's "he" is most often his principal."""
        if tok.head.dep_ != "ccomp" or tok.head.head.lemma_.lower() not in lx.REPORTING_VERBS:
            return False
        said = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if said is None or said.pos_ != "NOUN" or said.tag_ != "NN" or said.lemma_.lower() not in SPEAKER_NOUNS:
            return False
        return self._actor_cluster(said) is None and any(
            c.dep_ in ("compound", "amod", "poss") and c.i in self.token_cluster for c in said.children)

    def _unnamed_subject_before(self, tok: Token) -> bool:
        """Whether a "he" or "she" that is the subject of its sentence's main verb follows a sentence whose subject is
        a person no name gives, by a noun of the pronoun's gender ("A spokeswoman for the health service said the
        ward had been moved. She said ..."): by the ranking of centering theory that person, not the last woman
        named before. Not where a name stands for the noun ("A spokeswoman, Ana Ruiz, said")."""
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            return False
        k = bisect_right(self.sent_starts, tok.i) - 1
        if k < 1:
            return False
        root = self.doc[self.sent_starts[k - 1]].sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        nouns = FEMININE_TITLES if tok.lower_ == "she" else MASCULINE_TITLES
        return subj is not None and subj.pos_ == "NOUN" and subj.lower_ in nouns and subj.i not in \
            self.token_cluster and subj.i not in self.pronoun_cluster and not any(
                c.dep_ == "appos" and c.i in self.token_cluster for c in subj.children)

    def _speaker_of_complement(self, tok: Token) -> int | None:
        """For the subject of a clause reported by a verb of saying, the cluster of that verb's subject."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        gov = tok.head.head
        if gov.lemma_.lower() not in _SAYING_VERBS:
            return None
        for _ in range(3):      # ", arguing that ...": the participle's subject is its main verb's
            subjects = [c for c in gov.children if c.dep_ == "nsubj"]
            if subjects:
                return self._actor_cluster(subjects[0])
            if gov.dep_ not in ("advcl", "conj", "xcomp"):
                return None
            gov = gov.head
        return None

    def _accused_between(self, tok: Token) -> bool:
        """Whether the subject pronoun of a claim made in a participle ("Aldor sued Bexin, claiming it had copied
        a drug", "Lopez attacked Reed, saying he had lied") has two candidates of one type: the subject of the main
        verb, who claims, and its object, of whom the claim is most often made. Neither is sure."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return False
        gov = tok.head.head
        if gov.lemma_.lower() not in _SAYING_VERBS or gov.dep_ not in ("advcl", "conj") \
                or any(c.dep_ == "nsubj" for c in gov.children):
            return False
        main = gov.head
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in main.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None:
            return False
        a, b = self._actor_cluster(subj), self.cluster_of_token(obj)
        return a is not None and b is not None and a != b and self._thing(a) == self._thing(b)

    def _coordinated_owner(self, tok: Token) -> int | None:
        """For a possessive "its" in a list, the organisation or state that owns the other member: "Altair's board
        and its founder" -> Altair."""
        if tok.dep_ != "poss":
            return None
        noun = tok.head
        for other in (*noun.conjuncts, ):
            for c in other.children:
                cid = self.token_cluster.get(c.i)
                if c.dep_ == "poss" and cid is not None and self.cluster_type(self.clusters[cid]) in (
                        EntityType.ORGANIZATION, EntityType.GPE):
                    return cid
        return None


# Unions of the word sets above that the tests of this module ask of each word, made once (a set made on each
# test copied both sets every time)
_BOARDS = INSTITUTION_NOUNS | {"board"}
_SAYING_VERBS = lx.REPORTING_VERBS | lx.DENIAL_VERBS
