"""extract(doc, article): the one place where spaCy objects become plain values.

The converter holds one article's state (its entities, the resolver, the caches) and turns each clause into
statements; what it asks of the text lives in modules of their own: :mod:`kg.extract.speakers` (who acts and speaks
for whom), :mod:`kg.extract.eventtyping` (a statement's CAMEO code), :mod:`kg.extract.titleroles` and
:mod:`kg.extract.seats` (what titles before names state), :mod:`kg.extract.bylines` and :mod:`kg.extract.spans`
(provenance).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.events import EventCoder, default_coder
from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, apposed_next, arg_tokens, set_against
from kg.extract.coordination import dated_member, echo_clause, included_names, staff_names
from kg.extract.attributions import attribution_verb
from kg.extract.bylines import byline_entities
from kg.extract.clauses import sentence_clauses
from kg.extract.complements import attributes
from kg.extract.confidence import clause_confidence
from kg.extract.dates import ClauseDates
from kg.extract.docarrays import arrays
from kg.extract.entities import INSTITUTION_NOUNS, ORG_NOUNS, Resolver, norm_name, resolve
from kg.extract.eventtyping import UNTYPED_KINDS, event_type
from kg.extract.factuality import none_of
from kg.extract.memberships import included_member, members_act, memberships
from kg.extract.metonyms import capital_metonyms
from kg.extract.ownership import owns_person
from kg.extract.plurals import reciprocal, reciprocal_members
from kg.extract.references import GOVERNMENT_NOUNS
from kg.extract.repairs import participle_name
from kg.extract.rolefacts import former_holding, lone_body_titles, pending_role, role_object, role_verb, secretary_role
from kg.extract.roles import ROLE_VERBS, ROLES, one_of_several, role_of
from kg.extract.seats import commission_titles, finance_chancellors, implicit_titles
from kg.extract.spans import LITERAL_TYPES, provenance, span_text
from kg.extract.speakers import INSTITUTIONS, according_to, institution_owner, speaker_body
from kg.extract.statetitles import cabinet_of_leader, counterparts, department_titles, home_cabinet_titles
from kg.extract.teams import team_memberships
from kg.extract.titles import hyphenated_general, unit_body
from kg.extract.titleroles import (bare_capitals, body_titles, described_body_titles, origins, place_key, title_forms,
                                   untagged_name_titles)
from kg.gazetteer import Gazetteer
from kg.gcpause import gc_paused
from kg.rdf.iris import slug
from kg.types import Argument, Article, Entity, EntityType, Extraction, Modality, Statement

FIRST_PERSON = frozenset("i me my we us our".split())
# Roles only a person (or a body) holds, never a state or a place.
PERSONAL_OFFICES = frozenset("""head_of chief_executive_of chair_of employee_of founder_of spokesperson_of lawyer_of
coach_of minister_of representative_of""".split())
# Nouns that name a body, never a person: a person's name in apposition to one inside a title's of-phrase belongs to
# the title ("the head of the commission, Ana Lopes": the head).
BODY_HEADS = frozenset(INSTITUTION_NOUNS) | frozenset(ORG_NOUNS) | GOVERNMENT_NOUNS | frozenset(
    "company firm group club agency bank party bloc alliance".split())
# Roles one can hold for a person, not only in a body: "her lawyer", "his spokesman", "her coach".
PERSONAL_ROLES = frozenset("lawyer_of spokesperson_of representative_of coach_of employee_of".split())
# Nouns of an act or a turn of events that, set off after a clause, sum that clause up, not the name before them:
# "threatened to cut exports to Ohio, a threat she first made in March", "fined Vexa, a decision it will appeal"
SUMMARY_NOUNS = frozenset("""threat move decision step blow setback victory defeat reversal change shift sign signal
response gesture promise pledge warning demand concession u-turn turnaround climbdown escalation rebuke
snub""".split()) | lx.CONTENT_NOUNS | lx.CHARGE_NOUNS     # "shelling Kharkiv, a charge Moscow denied"
LOCATION_VERBS = frozenset("base_in headquarter_in locate_in situate_in".split())
# Passive participles that are predicates of their own, named as written, not by the lemma of a verb they are no form
# of ("based in" is no act of basing)
PARTICIPLE_PREDICATES = {"base_in": "based_in", "headquarter_in": "headquartered_in"}
PARTY_WORDS = frozenset("party democrats republicans conservatives greens socialists liberals labour".split())


def undergoes(clause: Clause) -> bool:
    """Whether the clause's subject is what a passive verb with no agent acts on ("Navalny was arrested in Moscow",
    "twelve soldiers were killed"): not its doer. A passive with its agent is read actively elsewhere; "was born in"
    is a predicate of its own (born_in)."""
    verb, subj = clause.verb, clause.subj_head
    if clause.kind not in ("verb", "comp") or verb is None or subj is None or verb.tag_ not in ("VBN", "VBD") or \
            clause.predicate.startswith("born"):
        return False
    if clause.kind == "comp" or verb.tag_ == "VBD":
        return reduced_passive(verb, subj)     # ("invited to speak": the invitation's clause; "asked" misread)
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    while subj.dep_ == "conj" and subj.head != subj:
        subj = subj.head    # "Mansour and two colleagues were arrested"
    if subj.dep_ == "nsubjpass" and subj.head == verb:
        return True
    # "Sino Hydro, which was fined 50 million shillings": the noun of a passive relative clause
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in lx.RELATIVE_PRONOUNS
                                        for c in verb.children) or reduced_passive(verb, subj)


def reduced_passive(verb: Token, subj: Token) -> bool:
    """Whether a participle with no subject and no auxiliary of its own tells what happened to ``subj``: the noun it
    follows ("Trump, invited to speak at the summit, declined"), the subject of the verb it opens the sentence before
    ("Asked about the deal, Macron said"), or the subject it stands aside of between commas ("Scholz, asked about the
    tanks on Monday, said", where the parser reads a past tense with the name before the comma as its subject)."""
    doc = verb.doc
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "agent", "expl")]
    if verb.dep_ == "acl":
        # (not a noun the parser made the sentence's root, or a subject whose participle follows it with no comma:
        # "The airport, which ..., reopened on Wednesday", "About 300 parishioners protested outside": the verb of
        # the sentence, misread)
        return not own and verb.tag_ == "VBN" and subj == verb.head and verb.i > subj.i and subj.dep_ != "ROOT" and (
            subj.dep_ not in ("nsubj", "nsubjpass") or doc[verb.i - 1].text == ",") and not attributes(verb)
        # (nor ", the two companies announced on Tuesday": an attribution)
    if verb.dep_ == "advcl":
        return not own and verb.tag_ == "VBN" and verb.i == verb.sent.start and subj.head == verb.head and \
            subj.dep_ == "nsubj" and subj.i > verb.right_edge.i and doc[verb.right_edge.i + 1].text == ","
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "ccomp")
                                                                      for c in verb.children):
        return False
    main, end = verb.head, verb.right_edge.i - (doc[verb.right_edge.i].text == ",")    # (the closing comma may
    # hang on the aside or on its verb)
    return (own == [subj] or not own and subj.head == main) and subj.dep_ == "nsubj" and subj.i < verb.i and \
        doc[verb.i - 1].text == "," and main.i == end + 2 and doc[end + 1].text == ","


class _Converter:
    """One article's entities and statements, made from its parse (see :func:`extract`)."""

    def __init__(self, doc: Doc, article: Article, gazetteer: Gazetteer, coder: EventCoder | None = None):
        self.coder = coder if coder is not None else default_coder()
        self.doc = doc
        self.article = article
        self.gaz = gazetteer
        self.res: Resolver = resolve(doc, gazetteer)
        self.entities: dict[int, Entity] = self.res.entities()
        # a noun's entity found through an apposition, a title or a participle (cluster_of), by its position: the
        # resolver's clusters and the entities' types are final here
        self.noun_clusters: dict[int, int | None] = {}
        self.extra: dict[str, Entity] = {}      # entities reached only through a demonym
        self.seats: dict[str, list[tuple[int, str]]] | None = None    # made on first use
        self.names = {norm_name(n): e.key for e in self.entities.values() for n in (e.label, *e.aliases)}
        self.institutions = INSTITUTIONS
        self.dates = ClauseDates(doc, article.date, key_of=lambda tok: self.key_of(self.cluster_of(tok)))
        self.lemma_cache: dict[int, list[str]] = {}     # a sentence's first token -> its words' lemmas
        self.storms: tuple[tuple[str, ...], set[str]] | None = None     # (entity labels, storm names)
        self.given_codes: dict[int, str | None] = {}     # a verb's position -> the code of its last statement
        self.event_codes: dict[int, str] = {}   # a verb's position -> the code of its event statement

    def cluster_of(self, tok: Token) -> int | None:
        """The entity a token stands for, through pronouns, descriptions and appositions."""
        cid = self.res.cluster_of_token(tok)
        cols = arrays(tok.doc)      # asked of every argument's head and speaker: positions, not Tokens
        if cid is not None or cols.pos[tok.i] not in ("NOUN", "PROPN") and not hyphenated_general(tok):
            return cid      # ("The London Mayor, Sadiq Khan,", "The WHO's director-general, Tedros," below)
        if tok.i not in self.noun_clusters:     # (asked of the same noun by each of its clauses and statements)
            self.noun_clusters[tok.i] = self._noun_cluster(tok, cols)
        return self.noun_clusters[tok.i]

    def _noun_cluster(self, tok: Token, cols) -> int | None:
        """:meth:`cluster_of` for a noun that names no entity itself: the entity it stands for by its position."""
        if cols.pos[tok.i] == "PROPN" and self.res.named_product(tok):
            return None     # "into Agentforce, the platform Salesforce launched": a product, not whoever its
                            # apposition names
        name = participle_name(tok)         # "a group calling itself ShadowKite", "a man named Omar Diallo"
        if name is not None:
            cid = self.res.cluster_of_token(name)
            if cid is not None:
                return cid
        i, head_of = tok.i, cols.head
        body = cols.lemma_lower[i] in BODY_HEADS and cols.dep[i] == "pobj" and cols.pos[head_of[head_of[i]]] == "NOUN"
        for child in cols.children[tok.i]:      # "Its spokesman, Dmitry Peskov"
            if cols.dep[child] == "appos" and not set_against(tok, tok.doc[child]) and (
                    child < tok.i or apposed_next(tok, tok.doc[child])):    # (not one hung across the verb:
                # "Police arrested two men, Omar Said and Karim Bell": the police are no Omar Said)
                cid = self.res.cluster_of_token(tok.doc[child])
                if cid is not None and body and self.entities.get(cid) is not None and \
                        self.entities[cid].type is EntityType.PERSON:
                    continue    # "the head of the commission, Ana Lopes": the person is the head's, no body is one
                if cid is not None:
                    return cid
        holder = title_holder_apposed(self, tok)
        if holder is not None:
            return holder   # "The chief executive of Siemens, Roland Busch, visited": the parser hangs the name on Siemens
        if cols.lemma_lower[tok.i] in SUMMARY_NOUNS:
            return None     # "cut off exports to Ohio, a threat she first made": the act the clause states, not Ohio
        if cols.dep[tok.i] == "appos" and attribution_verb(tok) is None and apposed_next(tok.head, tok):
            # "Crimea, the peninsula ..."; not a noun the parser hung across a verb ("Brazil supported, the resolution")
            return self.res.cluster_of_token(tok.head)      # (not ", the Tasnim agency reported.": a source)
        return self.res.appositive_of(tok)  # "Nordbau, the construction group that ..." (misparsed)

    def gazetteer_entity(self, entry, alias: str | None = None) -> str:
        """The key of a gazetteer entry's entity, which joins the article's entities (with ``alias`` as a name)."""
        ent = Entity(key=slug(entry.label), label=entry.label, type=entry.type, wikidata=entry.wikidata,
                     aliases=frozenset({alias} - {entry.label}) if alias else frozenset())
        self.extra.setdefault(ent.key, ent)
        return ent.key

    def places_in_events(self) -> list[str]:
        """The keys of the places named after a preposition inside an event's name as the article writes it ("the
        invasion of Ukraine", "the war in Sudan"), each once per mention: the event's name names the place too."""
        keys = []
        for m in self.res.mentions:
            if m.cluster not in self.entities or self.entities[m.cluster].type is not EntityType.EVENT:
                continue
            words = self.doc[m.start:m.end]
            for t in words:
                if t.lower_ in ("of", "in", "on", "against") and t.i + 1 < m.end:
                    key = self.place_in_event(self.doc[t.i + 1:m.end].text)
                    if key is not None:
                        keys.append(key)
                    break
        return keys

    def place_in_event(self, text: str) -> str | None:
        """The key of the state or place an argument's words name when they are only a part of an event's name
        ("Ukraine" of "the invasion of Ukraine", which the gazetteer names as a war): the place, not the war."""
        entry = self.gaz.lookup(text)
        if entry is None or entry.type not in (EntityType.GPE, EntityType.LOCATION):
            return None
        return self.names.get(norm_name(entry.label)) or self.gazetteer_entity(entry, alias=text)

    def key_of(self, cid: int | None) -> str | None:
        return self.entities[cid].key if cid is not None and cid in self.entities else None

    def entity_of(self, key: str | None) -> Entity | None:
        """The entity of a key, the article's own or one reached through the gazetteer."""
        return (self.entity_by_key.get(key) or self.extra.get(key)) if key else None

    def argument(self, tokens: list[Token], head: Token | None, speaker_key: str | None,
                 acting: bool = False) -> Argument:
        text = span_text(tokens, self.dates.text)
        cols = arrays(self.doc)     # every argument of every statement: the words' columns, not Token strings
        if head is not None:
            h = head.i
            pos = cols.pos[h]
            if cols.lower[h] in FIRST_PERSON and speaker_key and pos == "PRON":
                return Argument(text=text, entity=speaker_key)
            cid = self.cluster_of(head)
            if cid is not None and cid in self.entities:
                if self.entities[cid].type is EntityType.EVENT and (place := self.place_in_event(text)) is not None:
                    return Argument(text=text, entity=place)    # "Russia's invasion of Ukraine": invaded Ukraine
                return Argument(text=text, entity=self.entities[cid].key)
            demonym = self.gaz.demonym(cols.text[h]) if pos in ("ADJ", "PROPN") and len(tokens) == 1 else None
            if demonym is not None:
                return Argument(text=text, entity=self.gazetteer_entity(demonym))
            ent_of, punct = cols.ent_type, cols.is_punct
            ent = ent_of[h]
            if ent in LITERAL_TYPES and all(ent_of[t.i] == ent or punct[t.i] for t in tokens):
                return Argument(text=text, datatype=LITERAL_TYPES[ent])
            named = self.names.get(norm_name(text))
            if named is not None:       # a name the NER missed here but found elsewhere ("Activision, led by")
                return Argument(text=text, entity=named)
            owner = institution_owner(self, head, acting)
            if owner is not None:       # "Britain's competition regulator": the state acts through it
                return Argument(text=text, entity=owner)
        clusters = self.res.clusters_in(tokens)
        pos_of = cols.pos
        for t in tokens:    # "the two separatist republics": the members the article names
            if pos_of[t.i] in ("PRON", "NOUN"):     # (set_members reads no other word)
                clusters += [c for c in self.res.set_members(t) if c not in clusters]
        involves = tuple(k for k in (self.key_of(c) for c in clusters) if k)
        return Argument(text=text, involves=involves)

    def governed(self, arg: Argument, head: Token | None) -> Argument:
        """An object "the government" resolved to its state is the concept of that state's government, which
        ``kg:involves`` the state: one accuses or calls on an administration, not the country ("accused the
        government of cutting the budget"); as a subject, the government acts for its state."""
        if (arg.entity is not None and head is not None and head.lemma_.lower() in GOVERNMENT_NOUNS
                and head.i in self.res.pronoun_cluster and head.i not in self.res.token_cluster):
            return Argument(text=arg.text, involves=(arg.entity,))
        return arg

    def extra_argument(self, tokens: list[Token], speaker_key: str | None) -> Argument:
        """A further argument ("in Kyiv", "on Monday"): its text, typed by the noun the preposition governs."""
        inside = {t.i for t in tokens}
        objects = [t for t in tokens if t.dep_ in ("pobj", "npadvmod", "tmod") and t.head.i in inside | {t.i}]
        head = objects[0] if objects else next((t for t in tokens if t.head.i not in inside), None)
        arg = self.argument(tokens, head, speaker_key)
        if arg.entity is None and head is not None and head.ent_type_ in ("DATE", "TIME"):
            return Argument(text=arg.text, datatype="date")
        return arg

    def statements(self, clause: Clause) -> list[Statement]:
        """The clause's statement, and one more for each entity its subject includes ("two members, including X")."""
        st = self.statement(clause)
        if st is None:
            return []
        out = [st]
        picked = none_of(clause.subj_head) if clause.subj_head is not None else None
        for side, head in (("subject", picked or clause.subj_head), ("object", clause.obj_head)):
            members = self.res.set_members(head) if head is not None and head.pos_ in ("NOUN", "PRON") else []
            for cid in members:     # "both companies signed": each company did
                if cid in self.entities:
                    member = Argument(text=getattr(st, side).text, entity=self.entities[cid].key)
                    other = st.object if side == "subject" else st.subject
                    if member.entity != other.entity:
                        out.append(replace(st, **{side: member}, confidence=round(st.confidence * 0.9, 3)))
            if members and head.pos_ == "PRON" and getattr(st, side).entity is None and len(out) > 1 \
                    and out[0] is st:
                out = out[1:]   # "They thanked the police": each of them did; a concept "They" says nothing more
        if clause.obj_head is not None and reciprocal(clause.obj_head):
            out = self.reciprocated(clause, out)
        out += [m for m in (members_act(self, clause, s) for s in out) if m is not None]
        members = [m for m in (included_member(self, clause, s) for s in out) if m is not None]
        if members and any(c.lower_ == "whose" for c in clause.subj_head.children):
            out = []    # ("whose members include Maersk": no statement of the concept "whose members")
        out += members
        for side, head in (("subject", clause.subj_head), ("object", clause.obj_head)):
            other = st.object if side == "subject" else st.subject
            # "Several firms, including Siemens, ABB and Vexa, bid": each did; "Researchers at X and Y tested": each
            # body's researchers did
            for named in included_names(head) + (staff_names(head) if side == "subject" else []):
                cid = self.cluster_of(named)
                if cid in self.entities and self.entities[cid].key != other.entity:
                    mention = next((m for m in self.res.mentions if m.start <= named.i < m.end), None)
                    text = mention.text if mention is not None else span_text(arg_tokens(named), self.dates.text)
                    member = Argument(text=text, entity=self.entities[cid].key)
                    out.append(replace(st, **{side: member}, confidence=round(st.confidence * 0.9, 3)))
        return out

    def reciprocated(self, clause: Clause, out: list[Statement]) -> list[Statement]:
        """ "Armenia and Azerbaijan accused each other": each member's statement has each other member as its object
        (in place of the concept "each other"); unchanged where the subject names fewer than two."""
        keys = [k for k in (self.key_of(c) for c in reciprocal_members(self.res, clause.subj_head)) if k]
        if len(keys) < 2:
            return out
        done = []
        for st in out:
            subjects = [st.subject.entity] if st.subject.entity in keys else []
            for subj in subjects:
                done += [replace(st, object=Argument(text=st.object.text, entity=k)) for k in keys if k != subj]
        return done or out

    def statement(self, clause: Clause) -> Statement | None:
        speaker_key = None
        source = according_to(clause)
        if source is not None and clause.modality is Modality.ASSERTED:
            clause.modality = Modality.REPORTED
            clause.speaker = clause.speaker or source
        if clause.speaker is not None:
            speaker_key = self.key_of(self.cluster_of(clause.speaker)) or self.argument(
                [clause.speaker], clause.speaker, None).entity or speaker_body(self, clause.speaker)
        subj_tokens, subj_head = clause.subj, clause.subj_head
        picked = none_of(subj_head) if subj_head is not None else None
        if picked is not None:      # "None of the banks commented" (Negative): the banks, each of them
            subj_tokens, subj_head = arg_tokens(picked), picked
        subj = self.argument(subj_tokens, subj_head, speaker_key, acting=clause.kind not in UNTYPED_KINDS)
        if clause.obj is None:
            return None
        obj = role_object(self, clause, self.governed(self.argument(clause.obj, clause.obj_head, speaker_key),
                                                      clause.obj_head))
        if not (subj.entity or obj.entity or subj.involves or obj.involves) and not (
                subj_head is not None and subj_head.pos_ == "PRON" and self.res.set_members(subj_head)):
            return None     # ("Vexa and Lumora said they welcomed the ruling": they, each a name, did)
        if subj.entity is None and subj_head is not None and (
                subj_head.pos_ in ("PRON", "SCONJ", "DET") or subj_head.lower_ in lx.RELATIVE_PRONOUNS) and not (
                subj_head.pos_ == "PRON" and self.res.set_members(subj_head)):
            return None     # an unresolved pronoun or a stray function word is no subject ("they" of a set is)
        if subj.entity and subj.entity == obj.entity:
            head = clause.obj_head
            if clause.kind != "verb" or head is None or head.pos_ != "NOUN" or not any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
                return None     # (an apposition or a copula describing the subject is no statement)
            # "Russia pulled its troops out of Syria", "Mali withdrew its troops": a body of the subject's own, which
            # stands for it as an actor elsewhere, is here what it acts on, a concept (no edge to itself)
            obj = Argument(text=obj.text)
        if obj.entity is None and clause.obj_head is not None and clause.obj_head.tag_ in ("WP", "WDT") and len(
                clause.obj) == 1:
            return None     # "What we want is a fair share": a wh-word of a free relative is no object
        if obj.entity is None and clause.obj_head is not None and clause.obj_head.lower_ in ("the", "a", "an"):
            return None     # "He said the WHO was working": an article the parser made the object is no argument
        if obj.entity is None and clause.obj_head is not None and clause.obj_head.tag_ == "PRP$":
            return None     # "Their leader, Ed Davey": a title held in an unresolved "their" says nothing
        if clause.kind == "implicit" and not (subj.entity and obj.entity):
            return None     # "Darmstadt, Germany": a relation the text implies holds between two entities only
        if clause.kind == "appos" and subj.entity and obj.entity:
            return None     # "the EEA, Ubisoft Entertainment": two names side by side are a list, not an identity
        if clause.kind == "appos" and obj.entity and clause.subj_head is not None \
                and clause.subj_head.pos_ == "PROPN" and self.res.named_product(clause.subj_head):
            return None     # "Agentforce, the platform Salesforce launched": a product is no body, whatever the
                            # parser made the apposition's head
        if clause.kind == "appos" and clause.obj_head is not None and clause.obj_head.lemma_.lower() in SUMMARY_NOUNS:
            return None     # "exports to Ohio, a threat she first made": the clause's act, no description of Ohio
        if self.current_provenance is None:     # once per sentence: Span.text makes a Token of every word
            self.current_provenance = provenance(self.current_sentence)
        sent_text, sent_start, sent_end = self.current_provenance
        modality = clause.modality
        extras = tuple(self.extra_argument(e, speaker_key) for e in clause.extras)
        if clause.qualifier == "former":
            extras += (Argument(text="former", datatype="former"),)
        elif clause.qualifier:      # "held Russia | responsible for the attack"
            extras += (Argument(text=clause.qualifier, datatype="qualifier"),)
        targets = ({obj.entity} if obj.entity else set()) | (
            self.dates.target_keys(clause.obj_head) if clause.obj_head is not None else set())
        date, precision = (self.dates.date_of(clause.verb) or self.dates.occasion_date(clause.verb, targets)
                           or (None, None))
        echo = echo_clause(clause)
        if echo is not None:    # "France recognised it in May, as have Britain and Canada": not in May, theirs
            date, precision = self.dates.date_of(echo) or (None, None)
        if dated_member(clause):
            date, precision = None, None    # "met Trump on Monday and Rubio on Tuesday": not Rubio on Monday
        predicate = self.role(clause, subj, obj)
        if predicate == clause.predicate in ROLE_VERBS and clause.obj_head is not None and obj.entity and \
                unit_body(clause.obj_head) is not None:
            obj = Argument(text=obj.text, involves=(obj.entity,))    # "X heads Vodafone's German business" with
            # no role made (X unresolved): the unit's body is no object of the verb (X does not head Vodafone), but
            # the unit involves it
        if clause.kind == "title" and predicate not in PERSONAL_ROLES and clause.obj_head.pos_ == "PROPN" \
                and clause.subj_head is not None and clause.subj_head.is_ancestor(clause.obj_head) \
                and self.is_person(obj.entity) and " " in self.entity_of(obj.entity).label:
            return None     # "[Ursula von der Leyen and European Council] President Charles Michel": a title after a
                            # person's name is one the parser hung on the wrong name (not "his deputy, X"; a one-word
                            # name the NER calls a person may be the body's: "Former Ubrex chief executive Tom Fell")
        if predicate in ROLES and pending_role(clause) and modality is Modality.ASSERTED:
            modality = Modality.HYPOTHETICAL    # "chose X to lead the company": not led yet
        if former_holding(clause, predicate):
            extras += (Argument(text="former", datatype="former"),)
        code = event_type(self, clause, predicate)
        if predicate == clause.predicate and undergoes(clause):
            # "Navalny was arrested in Moscow": be_arrested_in(Navalny, Moscow), no arrest by Navalny and no event
            # whose source would be the one it happened to (the doer is unnamed)
            predicate, code = "_".join(["be", clause.verb.lower_, *predicate.split("_")[1:]]), None
            label = predicate.replace("_", " ")
        else:
            label = clause.predicate.replace("_", " ")
        verb = clause.verb.i if clause.verb is not None else None
        if code and verb is not None:
            self.event_codes.setdefault(verb, code)
        # "Moscow warned Kyiv": Russia warned Ukraine (and "imposed_on" of "imposed sanctions on" with its event)
        subj, obj = capital_metonyms(self, subj, obj, code or self.event_codes.get(verb))
        return Statement(
            subject=subj, predicate=predicate, predicate_label=label,
            object=obj, polarity=clause.polarity, modality=modality,
            attributed_to=speaker_key if modality is not Modality.ASSERTED or clause.speaker is not None else None,
            confidence=clause_confidence(clause), sentence=sent_text, char_start=sent_start,
            char_end=sent_end, extra=extras, date=date, date_precision=precision,
            event_type=code)

    def role(self, clause: Clause, subj: Argument, obj: Argument) -> str:
        """The clause's predicate, or the closed-set role a title, an apposition or a role verb states."""
        pred = clause.predicate
        if clause.kind == "verb" and pred in ROLE_VERBS and clause.obj_head is not None:
            return role_verb(self, clause, subj, obj) or pred
        if pred in LOCATION_VERBS and obj.entity:
            target = self.entity_of(obj.entity)
            if target is not None and target.type in (EntityType.GPE, EntityType.LOCATION):
                return "located_in"     # "Vantor Holdings, based in Oslo"
        if pred in PARTICIPLE_PREDICATES:
            return PARTICIPLE_PREDICATES[pred]  # "Embraer, which is based in São José dos Campos": based_in, no "base"
        role = role_of(pred) if clause.kind in ("title", "appos", "member", "copula") else None
        role = one_of_several(role, clause.obj_head) if clause.kind in ("title", "copula") else role
        if clause.kind == "copula" and not obj.entity:
            role = None     # "X is the governor of Y": the role is Y's (kg.extract.offices), not the description's
        role = secretary_role(self, clause, role, obj)
        if role == "member_of" and obj.entity and self.is_party(obj.entity):
            return "member_of_party"
        if role is not None and role not in PERSONAL_ROLES and self.is_person(obj.entity):
            return pred.removeprefix("be_")     # "his deputy": a title held under a person is no office in a body
        return role or pred

    def is_person(self, key: str | None) -> bool:
        target = self.entity_of(key) if key else None
        return target is not None and target.type is EntityType.PERSON

    def is_party(self, key: str) -> bool:
        ent = self.entity_of(key)
        if ent is None:
            return False
        entry = self.gaz.lookup(ent.label)
        last = ent.label.lower().split()[-1] if ent.label else ""
        return (entry is not None and entry.kind == "party") or last in PARTY_WORDS

    def run(self) -> Extraction:
        title_forms(self)
        byline_entities(self)
        self.entity_by_key = {e.key: e for e in self.entities.values()}
        statements: list[Statement] = []
        seen = set()
        for sent in self.doc.sents:
            self.current_sentence = sent
            self.current_provenance: tuple[str, int, int] | None = None
            for clause in sentence_clauses(sent) + untagged_name_titles(self, sent):
                for st in self.statements(clause):
                    key = (st.subject, st.predicate, st.object, st.polarity, st.modality, st.char_start)
                    if key not in seen:
                        seen.add(key)
                        statements.append(st)
        counts: dict[str, int] = {}
        for c in self.res.clusters:
            if c.mentions and c.id in self.entities:
                k = self.entities[c.id].key
                counts[k] = counts.get(k, 0) + len(c.mentions)
        self.mention_counts = counts
        self.entity_by_key = {e.key: e for e in self.entities.values()}
        statements += body_titles(self, statements)
        statements += described_body_titles(self, statements)
        statements += implicit_titles(self, statements)
        statements += commission_titles(self, statements)
        statements += department_titles(self, statements)
        statements += home_cabinet_titles(self, statements)
        statements = cabinet_of_leader(self, statements)
        statements += counterparts(self, statements)
        statements += lone_body_titles(self, statements)
        statements = finance_chancellors(self, statements)
        statements += memberships(self, statements)
        statements += team_memberships(self, statements)
        statements = [st for st in statements if not owns_person(self, st)]
        statements += origins(self, statements)
        statements += bare_capitals(self, statements)
        statements = [st for st in statements if not (st.predicate in PERSONAL_OFFICES and place_key(self, st.subject))]
        for key in self.places_in_events():     # "after its invasion of Ukraine": the article speaks of Ukraine
            counts[key] = counts.get(key, 0) + 1
        # two clusters with the same key (same label) become one entity with both sets of names
        merged: dict[str, Entity] = {}
        for ent in list(self.entities.values()) + list(self.extra.values()):
            if ent.key in merged:
                old = merged[ent.key]
                merged[ent.key] = Entity(old.key, old.label, old.type, old.aliases | ent.aliases,
                                         old.wikidata or ent.wikidata)
            else:
                merged[ent.key] = ent
        return Extraction(article=self.article, entities=tuple(merged.values()), statements=tuple(statements),
                          mentions=counts)


def extract(doc: Doc, article: Article, gazetteer: Gazetteer, coder: EventCoder | None = None) -> Extraction:
    """Entities and statements of one parsed article.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article's body text, parsed by the pipeline of :func:`kg.pipeline.load_pipeline`.
    article : Article
        The article the Doc was made from; statement offsets point into ``article.text``.
    gazetteer : Gazetteer
        General world knowledge used for typing, linking and demonyms.
    coder : EventCoder, optional
        The CAMEO event dictionary (default: the shipped one, :func:`kg.events.default_coder`).

    Returns
    -------
    Extraction
    """
    with gc_paused():       # short-lived objects by the hundred thousand: see kg.gcpause
        conv = _Converter(doc, article, gazetteer, coder)
        try:
            return conv.run()
        finally:
            conv.__dict__.clear()


def title_holder_apposed(conv: _Converter, tok: Token) -> int | None:
    """The person a title stands for when the parser hangs the name in apposition to the title's body instead of the
    title: "The chief executive of Siemens, Roland Busch, visited Nairobi", "The spokesman for the Kremlin, Dmitry
    Peskov, said", "Egypt's ambassador to Washington, Motaz Zahran, said" (Roland Busch, Dmitry Peskov, Motaz
    Zahran). Only a title noun with an of/for/at phrase (an envoy's "to"), a name set off by a comma right after the
    body's name, and a person; None otherwise ("The chief executive of Siemens, the engineering group," names no
    person)."""
    cols = arrays(tok.doc)
    if cols.pos[tok.i] != "NOUN" or cols.lemma_lower[tok.i] not in lx.TITLE_NOUNS:
        return None
    envoy = role_of(f"{cols.lemma_lower[tok.i]}_of") == "representative_of"
    for prep in cols.children[tok.i]:
        if cols.dep[prep] != "prep" or cols.lower[prep] not in ("of", "for", "at", *(("to",) if envoy else ())) \
                or prep < tok.i:
            continue    # ("Egypt's ambassador to Washington, Motaz Zahran, said": an envoy's "to")
        for body in cols.children[prep]:
            if cols.dep[body] != "pobj":
                continue
            for name in cols.children[body]:
                if cols.dep[name] != "appos" or name < body or cols.text[tok.doc[name].left_edge.i - 1] != ",":
                    continue
                cid = conv.res.cluster_of_token(tok.doc[name])
                if cid is not None and conv.entities.get(cid) is not None and \
                        conv.entities[cid].type is EntityType.PERSON:
                    return cid
    return None
