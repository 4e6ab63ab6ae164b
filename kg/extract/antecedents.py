"""Pronouns and descriptions resolved to the clusters of an article: "it", "he", "the company", "the two
sides", by type, number, gender, recency and the speaker (part of :class:`kg.extract.entities.Resolver`; the
rules that read the article's wider context are in :mod:`kg.extract.references`, those that read the clause a
pronoun stands in, its speaker or its own subject, in :mod:`kg.extract.clauseactors`).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays
from kg.extract.gender import gender_fits
from kg.extract.mentions import (
    Cluster,
    COMPANY_NOUNS,
    CRAFT_NOUNS,
    DESCRIPTION_HEADS,
    DESCRIPTIONS,
    INSTITUTION_NOUNS,
    Mention,
    NAMED_BODIES,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    ORG_SUFFIXES,
    PUBLIC_HEADS,
    SCHEME_NOUNS,
    STATE_NOUNS,
)
from kg.extract.references import (
    business_kind,
    BUSINESS_NOUNS,
    commentators_body,
    demonym_state,
    described_as,
    evaluated_situation,
    name_heads,
    GOVERNMENT_NOUNS,
    home_state,
    named_government_state,
    named_kind,
    national,
    owned_description,
    PUBLIC_KINDS,
    state_clusters,
    state_in_sentence,
    thing_between,
    thing_clause_subject,
    thing_owner,
    thing_subject_before,
    titled_name,
)
from kg.extract.clauseactors import ClauseActors
from kg.extract.persons import aged_person, aside, title_holder
from kg.extract.plurals import they_body, they_speaker
from kg.extract.setmembers import SetMembers
from kg.extract.titles import described_body
from kg.extract.retype import unsupported_full_name, unsupported_person
from kg.gazetteer import GazEntry
from kg.nlp import lead_end
from kg.types import EntityType

# Prepositions before a place named in passing ("from Johannesburg"), and the bodies whose owner acts for them
# ("Russia's defence ministry said"), for _antecedent
_PASSING_PREPOSITIONS = PLACE_PREPOSITIONS | {"from", "to", "over"}
_ACTING_BODIES = INSTITUTION_NOUNS | {"board"}


# Last words of names that say a business ("Vexa Motors", "Acme Holdings", "Nordlys AS"): no public body nor charity
COMMERCIAL_HEADS = ORG_SUFFIXES | frozenset("""corporation motors airlines airways holdings technologies systems
industries enterprises bancorp insurance pharmaceuticals pharma logistics shipping trucks""".split())


# Acts only a vessel does, said of "it" with no object: a firm or a state does none ("it sank", "it was sailing
# without a transponder"; but "it would sail its ships around the Cape" is the firm's).
_VESSEL_ACTS = frozenset("sail sink capsize dock berth moor".split())


def shared_subject_verb(cols, verb: int) -> int:
    """The verb whose subject a verb shares, climbing its conjuncts that have no subject of their own ("fined X and
    ordered it": "fined"); the verb itself where it has one."""
    for _ in range(4):
        if cols.dep[verb] != "conj" or any(cols.dep[c] in ("nsubj", "nsubjpass") for c in cols.children[verb]):
            return verb
        verb = cols.head[verb]
    return verb


def vessel_act(pron: Token) -> bool:
    """Whether a pronoun is the subject of an act only a vessel does (:data:`_VESSEL_ACTS`, no object)."""
    verb = pron.head
    return pron.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _VESSEL_ACTS and not any(
        c.dep_ in ("dobj", "attr") for c in verb.children)


class Antecedents(ClauseActors, SetMembers):
    """Resolves the pronouns and descriptions of one Doc; mixed into :class:`kg.extract.entities.Resolver`."""

    def resolve_references(self) -> None:
        doc = self.doc
        cols = arrays(doc)      # every word is asked: its attributes read by position, a Token made only for the kept
        pos_of, lower_of, lemma_of, tag_of, dep_of = cols.pos, cols.lower, cols.lemma_lower, cols.tag, cols.dep
        head_of, kids = cols.head, cols.children
        for i in range(len(doc)):
            pos, low = pos_of[i], lower_of[i]
            if pos not in ("PRON", "NOUN") and low != "old":
                continue    # every reading below is of a pronoun or a common noun (or "the 45-year-old")
            tok = doc[i]
            lemma, tag, dep = lemma_of[i], tag_of[i], dep_of[i]
            subject = dep in ("nsubj", "nsubjpass")     # (only a subject has a speaker or a main clause's subject)
            speaker = self._speaker_of_complement(tok) if subject else None
            conditional = speaker is None
            if speaker is None and subject:
                speaker = self._main_clause_subject(tok)     # "the country risks fines if it misses ..."
            if low == "old" and (cid := aged_person(self, tok)) is not None:
                pass    # "Police arrested Daniel Moss. The 45-year-old was charged": the person just named
            elif low == "old":
                continue
            elif pos == "NOUN" and tag == "NN" and i not in self.token_cluster and (
                    cid := named_kind(self, tok)) is not None:
                pass    # "the Verdi union", "the Labour party": the name is that union's, that party's
            elif lemma in GOVERNMENT_NOUNS and i not in self.token_cluster and tag == "NN" and (
                    cid := demonym_state(self, tok)) is not None:
                pass    # "the Canadian government": Canada
            elif (pos == "NOUN" and dep == "appos" and i not in self.token_cluster
                    and head_of[i] in self.token_cluster and lemma in DESCRIPTIONS and head_of[i] < i
                    and self._fits_type(self.token_cluster[head_of[i]], DESCRIPTIONS[lemma])):
                cid = self.token_cluster[head_of[i]]    # "Statnett, the state-owned grid operator": that name
            elif pos == "PRON" and low == "it" and evaluated_situation(tok):
                cid = None  # "X said it was unfair": the matter, not X
            elif pos == "PRON" and low in lx.THING_PRONOUNS | lx.PERSON_PRONOUNS and self._accused_between(tok):
                cid = None  # "Aldor sued Bexin, claiming it had copied ...": the accuser or the accused
            elif pos == "PRON" and low in ("his", "her") and (cid := self._preposed_subject(tok)) is not None:
                pass    # "In his first speech as president, Lula promised ...": the subject the phrase comes before
            elif pos == "PRON" and low in lx.PERSON_PRONOUNS and (cid := self._own_subject(tok, person=True)) \
                    is not None:
                pass    # "Markram admitted that his batters ...", "her client had repaid by selling her house"
            elif pos == "PRON" and low in lx.PERSON_PRONOUNS:
                if speaker is not None and self.cluster_type(self.clusters[speaker]) is EntityType.PERSON and \
                        gender_fits(self, tok, speaker):
                    cid = speaker   # "Stahl said he would ...": the speaker
                elif speaker is None and subject and low in ("he", "she") and self._described_speaker(tok):
                    cid = None      # "the Ferrari driver said he accepted": that driver, whom no name here gives
                elif low in ("he", "she") and self._unnamed_subject_before(tok):
                    cid = None      # "A spokeswoman for X said ... She said": that spokeswoman
                else:
                    cid = self._antecedent(tok, {EntityType.PERSON})
            elif pos == "PRON" and low == "they" and (cid := they_speaker(self, tok)) is not None:
                pass    # "The Houthis said they had fired a missile": the body of a plural name that says it
            elif pos == "PRON" and low == "they" and (cid := they_body(self, tok)) is not None:
                pass    # "Meridian Bank posted record profits. They said ...": the bank
            elif pos == "PRON" and low == "their" and dep == "poss" and lemma_of[head_of[i]] in lx.TITLE_NOUNS:
                # "Their leader, Ed Davey": the body named just before (a party, a union, a country)
                cid = self._antecedent(tok, {EntityType.ORGANIZATION, EntityType.GPE}, window=1)
            elif pos == "PRON" and low == "you" and self._in_quote(tok):
                cid = self._addressee(tok)
            elif pos == "PRON" and low in lx.THING_PRONOUNS:
                if speaker is not None and dep in ("nsubj", "nsubjpass") and self._thing(speaker):
                    cid = speaker   # "the publisher said it would reassess": the speaker
                    if vessel_act(tok):
                        cid = None  # "Ambrey said it had been sailing without a transponder": a ship, not the firm
                    if conditional and thing_between(self, tok, cid):
                        cid = None  # "Rome would back the deal only if it contained ...": the deal, maybe
                elif (cid := self._own_subject(tok)) is not None:
                    pass    # "the French government told its allies": the subject of its own clause
                elif thing_owner(self, tok) or thing_clause_subject(self, tok):
                    cid = None      # "the planet lost its atmosphere": a thing's own, no name's; "The plane was due
                    # to land before it flew on": the plane
                elif (cid := self._coordinated_owner(tok)) is not None:
                    pass    # "Altair's board and its founder": the owner named in the same list
                else:
                    # an object "it" is most often a thing ("detonated it"): only an actor of its own sentence
                    window = 2 if dep in ("nsubj", "nsubjpass", "poss") else 0
                    cid = self._antecedent(tok, {EntityType.ORGANIZATION, EntityType.GPE}, window=window)
                    if cid is not None and window == 0 and thing_between(self, tok, cid):
                        cid = None  # "X made a bid, but Y rejected it": the bid, not X
                    elif cid is not None and window and thing_subject_before(self, tok):
                        cid = None  # "The vessel was carrying crude. Its crew were rescued": the vessel's
                    elif cid is not None and window and speaker is not None and dep in ("nsubj", "nsubjpass") \
                            and thing_between(self, tok, cid, same_sentence=True):
                        cid = None  # "Guterres welcomed the decision and said it would allow more aid": a person
                                    # speaks, and the thing named after the body is "it", not the body
            elif pos == "NOUN" and i not in self.token_cluster and (cid := owned_description(self, tok)) \
                    is not None:
                pass    # "Cole said his party would ...": the party of his title; "his client": the lawyer's
            elif pos == "NOUN" and i not in self.token_cluster and (cid := title_holder(self, tok)) \
                    is not None:
                pass    # "Finance Minister Erik Solheim ... The minister said": the one person so titled
            elif (pos == "NOUN" and lemma in lx.TITLE_NOUNS and i not in self.token_cluster
                  and any(lower_of[c] == "the" and dep_of[c] == "det" for c in kids[i])
                  and (cid := self._titled_person(tok)) is not None):
                pass    # "the Russian leader" -> the person titled with "Russian" earlier
            elif pos == "NOUN" and tag != "NNS" and i not in self.token_cluster and (
                    cid := titled_name(self, tok, DESCRIPTIONS.get(lemma))) is not None:
                pass    # "hired the cybersecurity firm Mandiant": the firm is Mandiant
            elif pos == "NOUN" and tag != "NNS" and i not in self.token_cluster and (any(
                    lower_of[c] == "the" and dep_of[c] == "det" for c in kids[i]) or dep == "compound"
                    and lemma in DESCRIPTIONS and described_body(doc[head_of[i]], tok)) and not any(
                    dep_of[c] in ("prep", "nummod", "poss") or dep_of[c] == "relcl" and not (
                        aside(doc[c]) and not any(dep_of[k] in ("amod", "compound")
                                                  and self.gaz.demonym(cols.text[k]) is None for k in kids[i]))
                    for c in kids[i]):  # "The company, which ...", not "the combined group, which ...": a new one
                # ("the Danish drugmaker, which makes Wegovy,": a nationality makes no new one)
                if lemma in DESCRIPTIONS and lemma not in GOVERNMENT_NOUNS and self._introduced_before(i):
                    continue    # "Norway's financial watchdog fined Nordvik Bank ... who heads the watchdog": the
                                # body the earlier description introduced, which no name gives
                modified = any(dep_of[c] in ("amod", "compound") for c in kids[i])
                # "X has raised $5m in a round led by Y, the company said": X reports on itself (Y, right before
                # the comma, is no name the description is in apposition to)
                cid = self._reported_subject(tok, DESCRIPTIONS[lemma]) if lemma in DESCRIPTIONS else None
                if cid is None and modified and lemma in DESCRIPTIONS:
                    cid = self._named_by_modifier(tok, DESCRIPTIONS[lemma])     # "the central bank": "Central Bank of X"
                if cid is None:
                    cid = None if modified or lemma in GOVERNMENT_NOUNS else described_as(self, tok, DESCRIPTIONS.get(lemma))
                if cid is None and not modified:
                    cid = self._named_head(tok)
                if cid is None and lemma in DESCRIPTIONS and speaker is not None:
                    cid = self._affiliation(speaker, DESCRIPTIONS[lemma])   # "HHLA's chief said the company ..."
                    if cid is not None and not self._fits_heads(self.clusters[cid], DESCRIPTION_HEADS.get(lemma)):
                        cid = None  # "European Council President Costa said the bloc": the bloc is no council
                if cid is None and lemma in GOVERNMENT_NOUNS:
                    named = named_government_state(self, tok)
                    if named is not None:   # "the government in Podgorica": Montenegro's, where the article names it
                        cid = state_clusters(self).get(named)
                    elif national(tok):
                        cid = home_state(self, tok)     # the state the story is about
                elif cid is None and lemma == "country" and not state_in_sentence(self, tok):
                    cid = home_state(self, tok)     # "Monash University, the country's biggest": the story's
                elif cid is None and lemma == "state" and not modified:
                    cid = self._dateline_region()   # "AUSTIN, Texas (AP) — ... the state's attorney general": Texas
                elif cid is None and lemma in DESCRIPTIONS:
                    heads = DESCRIPTION_HEADS.get(lemma) or (frozenset({lemma}) if lemma in NAMED_BODIES else None)
                    kind = lemma in PUBLIC_KINDS and any(dep_of[c] == "compound" and pos_of[c] == "NOUN"
                                                         for c in kids[i])
                    if kind:    # "the port authority": a kind of public body, whose name must say it (no union)
                        heads = (heads or frozenset()) | {lemma}
                    outsider = speaker if speaker is not None else commentators_body(self, tok)
                    cid = (self._antecedent(tok, {DESCRIPTIONS[lemma]}, window=5, heads=heads, exclude=outsider)
                           if heads else None)
                    if cid is None and heads and not kind:
                        cid = self._called_so(tok, outsider)    # "the bank ... the bank": the one called so before
                    if cid is None and lemma not in NAMED_BODIES and not kind:
                        cid = self._antecedent(tok, {DESCRIPTIONS[lemma]}, window=5, exclude=outsider,
                                               states=lemma in STATE_NOUNS)
                if cid is None:
                    continue
            else:
                continue
            if cid is not None:
                self.pronoun_cluster[i] = cid

    def _introduced_before(self, i: int) -> bool:
        """A definite description ("the watchdog") whose nearest earlier word of the same noun, before any name with
        that head, introduced a body of its own that no name gives: an indefinite or possessed description ("a
        watchdog", "Norway's financial watchdog"), left unresolved. Such a description refers to that body, not to a
        name the article gives another (nor to one given later)."""
        cols = arrays(self.doc)
        lemma, pos_of, dep_of, kids, lower_of = cols.lemma_lower, cols.pos, cols.dep, cols.children, cols.lower
        for j in range(i - 1, -1, -1):
            if lemma[j] != lemma[i] or pos_of[j] not in ("NOUN", "PROPN"):
                continue
            if j in self.token_cluster or j in self.pronoun_cluster or pos_of[j] == "PROPN":
                return False    # a name ("Nordvik Bank ... the bank"), or a description resolved to one
            if dep_of[j] == "compound":
                continue        # "the watchdog chief": a modifier, no mention of its own
            if dep_of[j] in ("attr", "appos", "acomp", "oprd", "conj"):
                return False    # "Vexa is a company that ...", "Vexa, a company based in Oslo": said of a name
            if not any(dep_of[c] == "poss" or dep_of[c] == "det" and lower_of[c] in ("a", "an") for c in kids[j]):
                return False
            etype, start = DESCRIPTIONS[lemma[i]], self.sentence_start(j)
            return not any(self.sentence_start(k) != start and self.cluster_type(self.clusters[self.token_cluster[k]])
                           is etype for k in range(j + 1, i) if k in self.token_cluster)
            # (a name of its kind in a later sentence may be the body the description introduced: "a utility company
            # ... The utility, Buckeye Power"; one in the description's own clause is another party to it)
        return False

    def headline_words(self) -> frozenset[int]:
        """The words of the article's headline ("# Vestavind Scraps ...; Oslo Rules Out New Subsidies")."""
        cached = self.__dict__.get("_headline_words")
        if cached is None:
            cached = self.__dict__["_headline_words"] = frozenset(
                i for start, end in self._sentences() if self.doc[start].text == "#"
                for i in range(start, self._line_end(start, end)))
        return cached

    def _sentences(self):
        """(start, end) of each sentence."""
        return zip(self.sent_starts, [*self.sent_starts[1:], len(self.doc)])

    def _line_end(self, start: int, end: int) -> int:
        """Where the line a sentence starts on ends: a parse that runs the headline or a byline into the lede
        leaves the lede's words after it."""
        return next((t.i for t in self.doc[start:end] if "\n" in t.text), end)

    def _furniture(self) -> frozenset[int]:
        """The words of the headline, of a byline with no verb ("By Nora Lindqvist in Oslo") and of the wire's name
        in a dateline's brackets ("MADRID (AP) —"): a story's pronouns and descriptions take up what its text names,
        not its furniture (whose title case the NER often reads as names; "the club's sporting director" under an AP
        dateline is no director of the AP)."""
        cached = self.__dict__.get("_furniture_words")
        if cached is None:
            bylines = (range(start, self._line_end(start, end)) for start, end in self._sentences()
                       if self.doc[start].lower_ == "by"
                       and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[start:end]))
            cached = self.__dict__["_furniture_words"] = self.headline_words().union(*bylines, self._wire_names())
        return cached

    def _dateline_region(self) -> int | None:
        """The cluster of the region (a state of a federation) a wire dateline names after its town ("AUSTIN, Texas
        (AP) —"), which "the state" of the story is; None when the dateline names none."""
        for start, end in self._datelines():
            for i in range(start, end):
                cid = self.token_cluster.get(i)
                entry = self.clusters[cid].entry if cid is not None and cid >= 0 else None
                if entry is not None and entry.kind == "region":
                    return cid
            return None     # (the first dateline only)
        return None

    def _datelines(self):
        """The (start, end) of each dateline a paragraph opens with ("AUSTIN, Texas (AP) —"), which kg.nlp makes a
        sentence of its own."""
        cached = self.__dict__.get("_dateline_bounds")
        if cached is None:      # (asked by each "the state" and by the furniture: found once)
            text = arrays(self.doc).doc_text    # (Doc.text joins a Token per word on each access)
            cached = self.__dict__["_dateline_bounds"] = tuple(
                (start, end) for start, end in self._sentences() if lead_end(self.doc, start, text) == end)
        return cached

    def _wire_names(self) -> set[int]:
        """The words in brackets of the datelines paragraphs open with ("BUENOS AIRES (Reuters) -"), which
        kg.nlp makes sentences of their own: the agency that filed the story."""
        out: set[int] = set()
        for start, end in self._datelines():
            opened = None
            for t in self.doc[start:end]:
                if t.text == "(":
                    opened = t.i
                elif t.text == ")" and opened is not None:
                    out.update(range(opened + 1, t.i))
                    opened = None
        return out

    def _called_so(self, tok: Token, exclude: int | None) -> int | None:
        """What the article last called by the same singular description, however far back: "the central bank ...
        The bank's governor ... (six sentences on) the bank will hold rates" is still "the Central Bank of the
        Republic of Turkey", not the nearest firm ("Merrill Lynch", the wire "Reuters")."""
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[:tok.i]):
            cid = self.pronoun_cluster.get(t.i)
            if cid is not None and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() == lemma \
                    and t.i not in self.token_cluster:
                return cid if cid != exclude else None
        return None

    @staticmethod
    def _chains(noun: Token, tok: Token, types: set[EntityType]) -> bool:
        """Whether a noun resolved before may stand for its referent to a later description: one of the same noun or
        one that describes the same type ("the firm ... the company"); not "the spill" (resolved to a name "Acid
        Spill" the NER took for a body) for "the company"."""
        if tok.pos_ != "NOUN":
            return True
        lemma = noun.lemma_.lower()
        return lemma == tok.lemma_.lower() or DESCRIPTIONS.get(lemma) in types or (
            EntityType.PERSON in types and lemma in lx.TITLE_NOUNS)

    def _unsupported_place(self, c: Cluster) -> bool:
        """Whether only the NER's guess makes a cluster a place: typed a location, unknown to the gazetteer, and no
        name of it ends in a place's noun ("Keppel Maritime", not "Tengiz field" or "Fray Bentos bridge")."""
        return self.cluster_type(c) is EntityType.LOCATION and c.entry is None and not any(
            n.split()[-1].lower() in PLACE_HEADS for n in c.names) and not any(m.adjective for m in c.mentions)

    @staticmethod
    def _fits_heads(c: Cluster, heads: frozenset | None) -> bool:
        """Whether some name of a cluster ends in one of ``heads`` (or its part before "of" does: "Maritime Workers
        Union of Nigeria" is a union), or its gazetteer entry is of a kind among them
        ("the alliance" -> "NATO", an intergovernmental body); any cluster fits where ``heads`` is None."""
        return heads is None or any(w.endswith(h) for n in c.names for w in name_heads(n) for h in heads) or (
            c.entry is not None and c.entry.kind in heads)

    def _fits_type(self, cid: int, etype: EntityType) -> bool:
        """Whether a cluster can be what a description of that type describes (an organisation's also a group, or
        a one-word name only the NER's guess makes a person)."""
        c = self.clusters[cid]
        ctype = self.cluster_type(c)
        return ctype is etype or etype is EntityType.ORGANIZATION and (ctype is EntityType.GROUP
                                                                          or unsupported_person(self, c))

    def _thing(self, cid: int) -> bool:
        """Whether "it" may stand for a cluster: no person, or one only the NER's guess makes a person (a one-word
        unknown name with no title and no "he" or "she": :func:`kg.extract.retype.unsupported_person`)."""
        c = self.clusters[cid]
        return self.cluster_type(c) is not EntityType.PERSON or unsupported_person(self, c) or \
            unsupported_full_name(self, c)     # "Nordea Retail said it ...": no given name, no person

    def _titled_person(self, tok: Token) -> int | None:
        """The latest person whose name was preceded by the same nationality or country as "the Russian leader"."""
        marks = {c.text for c in tok.children if c.dep_ in ("amod", "compound", "poss")}
        marks = {m.lower() for m in marks if self.gaz.demonym(m) is not None or self.gaz.lookup(m) is not None}
        if not marks:
            return None
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.type is not EntityType.PERSON:
                continue
            head = self.doc[m.end - 1]
            mods = {t.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < m.start
                    for t in c.subtree}
            if marks & mods:
                return m.cluster
        return None

    def _affiliation(self, person: int, etype: EntityType) -> int | None:
        """The body a titled person speaks for: "HHLA chief executive Angela Titzrath" -> HHLA."""
        if self.cluster_type(self.clusters[person]) is not EntityType.PERSON:
            return None
        for m in self.clusters[person].mentions:
            head = self.doc[m.end - 1]
            for child in head.children:
                for t in child.subtree:
                    cid = self.token_cluster.get(t.i)
                    if (child.dep_ in ("compound", "poss") and child.i < m.start and cid is not None
                            and cid != person and self.cluster_type(self.clusters[cid]) is etype):
                        return cid
            # "Ryanair's chief executive, Michael O'Leary," / "Michael O'Leary, Ryanair's chief executive,": the
            # title in apposition, with its body before it
            titles = [head.head] if head.dep_ == "appos" and head.head.i < m.start else []
            titles += [c for c in head.children if c.dep_ == "appos" and c.i >= m.end]
            for title in titles:
                if title.pos_ != "NOUN" or title.lemma_.lower() not in lx.TITLE_NOUNS:
                    continue
                for child in title.children:
                    cids = {self.token_cluster.get(t.i) for t in child.subtree} - {None, person}
                    if child.dep_ in ("compound", "poss") and child.i < title.i and len(cids) == 1 and \
                            self.cluster_type(self.clusters[next(iter(cids))]) is etype:
                        return next(iter(cids))
        return None

    def sentence_start(self, i: int) -> int:
        """The index of the first token of the sentence holding token ``i``."""
        return self.sent_starts[bisect_right(self.sent_starts, i) - 1]

    def _named_head(self, tok: Token) -> int | None:
        """ "the plant" after "the Zaporizhzhia nuclear power plant": a definite noun naming an earlier name's head."""
        cols = arrays(self.doc)     # asked of every definite noun, of every name before it: columns, not Tokens
        lemma_of, tag_of = cols.lemma_lower, cols.tag
        lemma, plural = lemma_of[tok.i], tag_of[tok.i] == "NNS"
        for m in reversed(self.mentions):
            head = m.end - 1
            if m.start < tok.i and m.end - m.start > 1 and lemma_of[head] == lemma and (tag_of[head] == "NNS") == plural:
                return m.cluster    # of the same number: "the government" is none of "African governments"
        return None

    @staticmethod
    def _public_body(c: Cluster) -> bool:
        """Whether a cluster is a state's or states' body (by its gazetteer entry or its head noun): no company."""
        return c.entry is not None and c.entry.kind in ("government", "intergovernmental") or any(
            n.split()[-1].lower() in PUBLIC_HEADS for n in c.names)

    def _named_by_modifier(self, tok: Token, etype: EntityType) -> int | None:
        """The one body named before whose name holds a description's modifiers and its noun: "the central bank"
        -> "the Central Bank of Nigeria" (not "First Bank", named since), "the state oil company" -> "State Oil
        Company"; None when no name or two names do."""
        words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha]
        if not words:
            return None
        want = {*words, tok.lower_}
        found = {m.cluster for m in self.mentions if m.start < tok.i and m.cluster >= 0
                 and self._fits_type(m.cluster, etype)
                 and any(want <= set(n.lower().split()) for n in self.clusters[m.cluster].names)}
        if not found and want == {"central", "bank"}:   # "the Bank of Ghana", "the Bundesbank": a state's bank
            found = {m.cluster for m in self.mentions if m.start < tok.i and m.cluster >= 0
                     and any(self._state_bank(n, self.clusters[m.cluster].entry) for n in self.clusters[m.cluster].names)}
        return found.pop() if len(found) == 1 else None

    def _state_bank(self, name: str, entry: GazEntry | None) -> bool:
        """Whether a name is a state's bank: a government body the gazetteer knows with "bank" or "reserve" in its
        name ("Bundesbank", "Federal Reserve"), or "Bank of" a country ("Bank of Ghana")."""
        words = name.lower().split()
        if entry is not None and entry.kind in ("government", "intergovernmental"):
            return any(w.endswith("bank") or w == "reserve" for w in words)
        place = self.gaz.lookup(name.split(" of ", 1)[1]) if words[:2] == ["bank", "of"] else None
        return place is not None and place.kind == "country"

    def _governor(self, t: int) -> tuple[int | None, int | None]:
        """The verb a noun is an argument of (through "by" or another preposition on it) and the verb's child the
        noun stands under; (None, None) for a noun that is no verb's argument."""
        cols = arrays(self.doc)
        own, verb = t, cols.head[t]
        if cols.dep[t] == "pobj" and cols.dep[verb] in ("agent", "prep"):
            own, verb = verb, cols.head[verb]
        if cols.dep[own] not in ("nsubj", "nsubjpass", "dobj", "agent", "prep", "dative") or \
                cols.pos[verb] not in ("VERB", "AUX"):
            return None, None
        return verb, own

    def _branch(self, i: int, verb: int) -> int | None:
        """The argument of ``verb`` (its child: a subject, an object, an agent or a preposition) word ``i`` stands
        under, or None when it stands under none (or under the verb's clauses and adjuncts)."""
        cols = arrays(self.doc)
        for _ in range(12):
            head = cols.head[i]
            if head == verb:
                return i if cols.dep[i] in ("nsubj", "nsubjpass", "dobj", "agent", "dative") else None
            if head == i:
                return None
            i = head
        return None

    def _antecedent(self, tok: Token, types: set[EntityType], window: int = 4, heads: frozenset | None = None,
                    exclude: int | None = None, states: bool = False) -> int | None:
        """The nearest preceding mention of a fitting type, preferring subjects, within a few sentences; with
        ``states``, only a country the gazetteer knows ("the government" is no town's)."""
        doc = self.doc
        cols = arrays(doc)      # asked of every pronoun and description: positions and columns, not Tokens
        pos_of, dep_of, lower_of, lemma_of, head_of = cols.pos, cols.dep, cols.lower, cols.lemma_lower, cols.head
        t = tok.i
        tok_lower, tok_pos, tok_dep, tok_lemma = lower_of[t], pos_of[t], dep_of[t], lemma_of[t]
        person_pronoun, thing_pronoun = tok_lower in lx.PERSON_PRONOUNS, tok_lower in lx.THING_PRONOUNS
        sent_starts = self.sent_starts
        sent_index = bisect_right(sent_starts, t) - 1
        lower = sent_starts[max(0, sent_index - window)]
        best, best_score = None, None
        kids, names = cols.children, self.token_cluster
        resolved = [Mention(i, i + 1, cols.text[i], EntityType.ORGANIZATION, cluster=cid)
                    for i, cid in self.pronoun_cluster.items() if lower <= i < t and (
                        pos_of[i] == "NOUN" and not any(dep_of[c] == "appos" and names.get(c) == cid for c in kids[i])
                        and self._chains(doc[i], tok, types) or (
                            person_pronoun and lower_of[i] in lx.PERSON_PRONOUNS
                            and dep_of[i] in ("nsubj", "nsubjpass")))]    # "... she said. Her pieces": a chain
        furniture = self._furniture()
        genders: dict[int, bool] = {}   # cluster -> whether its gender fits the pronoun's
        # a description's co-arguments: "Shell's sale to Renaissance was approved by the regulator" (not Renaissance)
        verb, own = (self._governor(t) if tok_pos == "NOUN" else (None, None))
        if tok_dep in ("dobj", "pobj") and tok_pos == "PRON":
            first = shared_subject_verb(cols, head_of[t])
            if first != head_of[t] and any(dep_of[c] == "dobj" and pos_of[c] == "NOUN" and c not in names
                                           and c not in self.pronoun_cluster for c in kids[first]):
                return None     # "received the pope and thanked him": the first verb's object, which no name is
        for m in self.mentions + resolved:
            if m.start >= t or m.start < lower or m.adjective or m.start in furniture:
                continue
            c = self.clusters[m.cluster]
            if m.cluster == exclude or self.cluster_type(c) not in types and not (
                    (thing_pronoun and (unsupported_person(self, c) or unsupported_full_name(self, c)))
                    or tok_pos == "NOUN" and EntityType.ORGANIZATION in types
                    and dep_of[cols.span_root(m.start, m.end)] in ("nsubj", "nsubjpass")
                    and (unsupported_person(self, c) or unsupported_full_name(self, c) or self._unsupported_place(c))):
                # "Lumen declined ... The company": a one-word name that acts; "Keppel Maritime won a contract ...
                # The company": a name the NER calls a facility, which no gazetteer knows, that acts
                continue
            if states and (c.entry is None or c.entry.kind not in ("country", "territory")):
                continue
            if heads is None and tok_lemma in DESCRIPTION_HEADS and c.entry is not None and \
                    c.entry.kind == "news_agency":
                continue    # "economists surveyed by Reuters ... the bank will hold rates": a wire is no bank
            if (tok_lemma in COMPANY_NOUNS or tok_lemma == "charity") and self._public_body(c):
                continue    # "The European Commission fined Meta. The company said ...": no agency is a company,
                            # nor is a court a charity ("pleaded guilty at Glasgow Sheriff Court ... the charity")
            if tok_lemma in PUBLIC_KINDS and (c.entry is not None and c.entry.kind == "company" or any(
                    n.split()[-1].lower().rstrip(".") in COMMERCIAL_HEADS for n in c.names if n)):
                continue    # "Musk attacked the regulator": no company the gazetteer knows, nor one its name says
                            # is one ("Vexa Motors sued the Greenleaf Trust. The charity ..."), is a regulator, a
                            # charity or a union
            named = m.end - 1
            if tok_pos == "NOUN" and dep_of[named] == "compound" and lemma_of[head_of[named]] in SCHEME_NOUNS | \
                    CRAFT_NOUNS:
                continue    # "under its Artemis programme", "an Orion capsule": a programme's or a craft's name, no body
            if person_pronoun:
                fits = genders.get(m.cluster)
                if fits is None:
                    fits = genders[m.cluster] = gender_fits(self, tok, m.cluster)
                if not fits:
                    continue    # "Lopez accused him ... Reed said she": not Reed, whom the article called "he"
            if tok_lemma in ("city", "town") and c.entry is not None and c.entry.kind in ("country", "territory",
                                                                                         "region"):
                continue    # "the city" is no country ("China's foreign ministry ... the city's affairs") and no
                # province or state ("Bavaria said Munich must pay ... The city said it would appeal")
            if tok_pos == "NOUN" and cols.tag[t] != "NNS" or tok_lower in ("it", "its"):
                conjuncts = doc[named].conjuncts
                if conjuncts and all(x.i in names for x in conjuncts) and \
                        len({names.get(x) for x in (named, *(x.i for x in conjuncts))}) > 1:
                    continue    # "Maersk and MSC diverted ships ... the company said": neither of a pair alone, nor
                    # "it" ("The EU and Mercosur signed the deal. It will remove tariffs": the deal)
            while dep_of[named] in ("appos", "conj") and head_of[named] < named:
                named = head_of[named]      # "in Troy, Michigan": the place the apposition extends
            if thing_pronoun and dep_of[named] == "pobj" and lower_of[head_of[named]] in _PASSING_PREPOSITIONS and not (
                    lower_of[head_of[named]] == "in" and pos_of[head_of[head_of[named]]] == "NOUN"
                    and self.cluster_type(c) is EntityType.ORGANIZATION):
                continue    # "from Johannesburg ... it would help": a place named in passing is not "it"
                # (a firm a noun is "in" is: "Shares in Orlo Energy fell after its chief executive resigned")
            if not self._fits_heads(c, heads):
                continue    # "the regulator" -> "... Authority"; "the bank" -> "Bundesbank"
            if tok_lemma in BUSINESS_NOUNS and not business_kind(self, m.cluster, t):
                continue    # "The Unite union called a strike at Harbor Logistics. The firm said": no union
            head = cols.span_root(m.start, m.end)     # "The Institute of Directors": its head is "Institute"
            if dep_of[head] in ("poss", "compound") and lemma_of[head_of[head]] in _ACTING_BODIES:
                head = head_of[head]    # "Russia's defence ministry said ...": Russia acts as the subject
            if dep_of[head] == "appos" and head_of[head] < head and pos_of[head_of[head]] == "NOUN":
                head = head_of[head]    # "Kenya's president William Ruto met ...": a name has its title's role
            if tok_dep in ("dobj", "pobj") and dep_of[head] in ("nsubj", "nsubjpass") and head_of[head] in (
                    head_of[t], shared_subject_verb(cols, head_of[t])):
                continue    # "Russia surrounded it": an object pronoun is not its own clause's subject (nor that of
                # a verb it is coordinated with: "the regulator fined X and Y and ordered it to ...")
            if verb is not None and self._branch(m.start, verb) not in (None, own):
                continue    # a name inside another argument of the description's own verb is not what it describes
            if tok_pos == "NOUN" and tok_dep == "nsubj" and lemma_of[head_of[t]] in lx.REPORTING_VERBS \
                    and head_of[t] > m.start >= sent_starts[sent_index] and dep_of[head] in ("dobj", "pobj", "dative"):
                continue    # "Its chairman wrote to the White House, the broadcaster said": who receives or
                # undergoes what the sentence reports is not the one the attribution describes
            distance = sent_index - (bisect_right(sent_starts, m.start) - 1)
            subject = dep_of[head] in ("nsubj", "nsubjpass")
            if tok_dep in ("dobj", "pobj", "dative"):
                score = (-distance, False, False, False, m.start)   # an object pronoun: the nearest fitting name
            else:
                # the ranking of centering theory: a subject, then a direct object, then the rest ("She sold the
                # company to Orion. ... the firm": the company sold, not its buyer)
                score = (-distance, subject and dep_of[head_of[head]] == "ROOT", subject, dep_of[head] == "dobj",
                         m.start)
            if best_score is None or score > best_score:
                best, best_score = m.cluster, score
        return best
