"""extract(doc, article): the one place where spaCy objects become plain values."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.events import EventCoder, agent_nouns, default_coder, norm_word
from kg.extract import lexicon as lx
from kg.extract.arguments import Clause, arg_tokens
from kg.extract.clauses import sentence_clauses
from kg.extract.confidence import clause_confidence
from kg.extract.dates import ClauseDates
from kg.extract.docarrays import arrays
from kg.extract.entities import INSTITUTION_NOUNS, ORG_NOUNS, Resolver, norm_name, resolve
from kg.extract.eventcues import (NAMING_VERBS, counted_head, expulsion_code, governed_code, habitual_share,
                                 natural_force, naming_code, own_organ, relief_code, score_margin, thing_subject)
from kg.extract.factuality import Context, none_of, sentence_bounds
from kg.extract.memberships import memberships
from kg.extract.namecues import front_matter_places
from kg.extract.ownership import owns_person
from kg.extract.references import GOVERNMENT_NOUNS
from kg.extract.repairs import participle_name
from kg.extract.rolefacts import (cabinet_of_leader, counterparts, department_titles, elsewhere, former_holding, frame_state,
                                  home_cabinet_titles, known_person, lone_body_titles, pending_role, role_object, role_verb,
                                  secretary_role, state_entry)
from kg.extract.roles import FORMER, ROLE_VERBS, ROLES, entity_tokens, role_of, title_complement
from kg.extract.titles import ROLE_BODIES, former, name_title_clauses, title_name, trade
from kg.gazetteer import Gazetteer
from kg.gcpause import gc_paused
from kg.rdf.iris import slug
from kg.types import Argument, Article, Entity, EntityType, Extraction, Modality, Statement

LITERAL_TYPES = {"DATE": "date", "TIME": "date", "MONEY": "quantity", "PERCENT": "quantity",
                 "QUANTITY": "quantity", "CARDINAL": "quantity"}
FIRST_PERSON = frozenset("i me my we us our".split())
# Roles only a person (or a body) holds, never a state or a place.
PERSONAL_OFFICES = frozenset("""head_of chief_executive_of chair_of employee_of founder_of spokesperson_of lawyer_of
coach_of minister_of representative_of""".split())
# Nouns that name a body, never a person: a person's name in apposition to one inside a title's of-phrase belongs to
# the title ("the head of the commission, Ana Lopes": the head).
BODY_HEADS = frozenset(INSTITUTION_NOUNS) | frozenset(ORG_NOUNS) | GOVERNMENT_NOUNS | frozenset(
    "company firm group club agency bank party bloc alliance".split())
# Offices whose organisation news often leaves unsaid, and the kind of place or body each belongs to.
IMPLICIT_OFFICES = {"president": ("country",), "prime_minister": ("country",), "premier": ("country", "region"),
                    "chancellor": ("country",), "king": ("country",), "queen": ("country",),
                    "mayor": ("city",), "governor": ("bank", "region"), "board_member": ("bank",)}
# Common nouns of bodies that are no state, bank or city: a title they modify is that body's office, never one the
# article's country or city holds ("union vice president X").
NON_STATE_BODIES = frozenset("""union party company firm club team group association federation league university
college school church charity foundation movement alliance coalition network campaign society""".split())
# Title words of a state's national offices: a known politician's title without a body is held in their state.
NATIONAL_TITLES = frozenset("""president premier prime chancellor king queen emperor minister secretary spokesman
spokeswoman spokesperson""".split())
# Roles one can hold for a person, not only in a body: "her lawyer", "his spokesman", "her coach".
PERSONAL_ROLES = frozenset("lawyer_of spokesperson_of representative_of coach_of employee_of".split())
# Words of a title that make its holder the second of an office ("deputy governor", "vice president").
DEPUTY_WORDS = frozenset("deputy vice".split())
LOCATION_VERBS = frozenset("base_in headquarter_in locate_in situate_in".split())
PARTY_WORDS = frozenset("party democrats republicans conservatives greens socialists liberals labour".split())
BYLINE_JOBS = frozenset("""editor correspondent reporter writer staff journalist columnist contributor analyst
producer desk team""".split())
# Verbs of going somewhere: to a place that stands for no government they are a trip, no visit (CAMEO 04).
TRAVEL_VERBS = frozenset("fly travel go come arrive head return tour visit drive sail rush hurry".split())
ACTOR_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE, EntityType.GROUP})
# Prepositions of a further argument that names no counterpart: a place, a time, a source.
NOT_COUNTERPART = frozenset("in at near inside within across throughout during since until according".split())
# Clauses that state a role or an identity, never an event.
UNTYPED_KINDS = frozenset({"title", "member", "appos", "copula"})
# Words that rank a byline's job ("Senior Staff Writer", "Chief Political Correspondent").
BYLINE_RANKS = frozenset("senior chief special contributing staff associate assistant deputy political".split())
BYLINE_ORG_WORDS = frozenset("news press agency wire service times post journal reuters bloomberg staff".split())


def span_text(tokens: list[Token], text: str | None = None) -> str:
    """The argument's words as they stand in the text (contiguous) or joined (with gaps).

    ``text`` is the doc's text when the caller has it (Doc.text and Span.text join a Token per word)."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    if tokens[-1].i - tokens[0].i + 1 == len(tokens):
        if text is not None:
            return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
        return doc[tokens[0].i:tokens[-1].i + 1].text
    parts = []
    for tok, nxt in zip(tokens, tokens[1:]):
        parts.append(tok.text_with_ws if nxt.i == tok.i + 1 else tok.text + " ")
    return ("".join(parts) + tokens[-1].text).replace("  ", " ")


def provenance(sent) -> tuple[str, int, int]:
    """A sentence's text without the whitespace around it, and its offsets in the article."""
    raw = arrays(sent.doc).doc_text[sent.start_char:sent.end_char]     # Span.text joins a Token per word
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    return text, sent.start_char + lead, sent.start_char + lead + len(text)


# The people who speak and act for a body named before them ("EU leaders", "Google officials"); a board is a body
# of its own ("chaired the company's board").
GROUP_SPEAKERS = frozenset("leader official leadership government minister diplomat envoy".split())
# Nouns for a body's own people or units, that act for it when its name stands before them: "the OAS mission".
# (A board is a body of its own: "Vexa's board recommended the offer" is not Vexa's act.)
BODY_PARTS = frozenset("""mission delegation gang group movement team leadership negotiators militia wing forces
fighters network campaign""".split())
# Bodies of a place that act for it: "the government of X", "the army of X" (not "the bank of X", a name).
STATE_BODIES = frozenset("""government administration army military authorities police parliament navy
forces""".split())
# Of those, the ones a state sends to speak and act for it: "the Saudi delegation walked out".
ENVOY_BODIES = frozenset("delegation negotiator negotiators".split())
# Nouns of people who speak for a body or a person ("Toyota's spokesman", "a representative for the family").
SPEAKING_FOR = frozenset("spokesman spokeswoman spokesperson representative official officer source".split())
INSTITUTIONS = frozenset(ORG_NOUNS) | INSTITUTION_NOUNS | {"regulator", "watchdog", "authority", "official",
                                                           "force", "troops", "leadership", "defence", "defense"}


class _Converter:
    def __init__(self, doc: Doc, article: Article, gazetteer: Gazetteer, coder: EventCoder | None = None):
        self.coder = coder if coder is not None else default_coder()
        self.doc = doc
        self.article = article
        self.gaz = gazetteer
        self.res: Resolver = resolve(doc, gazetteer)
        self.entities: dict[int, Entity] = self.res.entities()
        self.extra: dict[str, Entity] = {}      # entities reached only through a demonym
        self._seats: dict[str, list[tuple[int, str]]] | None = None    # made on first use
        self.names = {norm_name(n): e.key for e in self.entities.values() for n in (e.label, *e.aliases)}
        self.institutions = INSTITUTIONS
        self.dates = ClauseDates(doc, article.date, key_of=lambda tok: self.key_of(self.cluster_of(tok)))
        self._sentence_lemmas: dict[int, list[str]] = {}     # a sentence's first token -> its words' lemmas
        self._storms: tuple[tuple[str, ...], set[str]] | None = None     # (entity labels, storm names)
        self.given_codes: dict[int, str | None] = {}     # a verb's position -> the code of its last statement

    def cluster_of(self, tok: Token) -> int | None:
        """The entity a token stands for, through pronouns, descriptions and appositions."""
        cid = self.res.cluster_of_token(tok)
        cols = arrays(tok.doc)      # asked of every argument's head and speaker: positions, not Tokens
        if cid is not None or cols.pos[tok.i] not in ("NOUN", "PROPN"):   # "The London Mayor, Sadiq Khan,"
            return cid
        name = participle_name(tok)         # "a group calling itself ShadowKite", "a man named Omar Diallo"
        if name is not None:
            cid = self.res.cluster_of_token(name)
            if cid is not None:
                return cid
        body = tok.lemma_.lower() in BODY_HEADS and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN"
        for child in cols.children[tok.i]:      # "Its spokesman, Dmitry Peskov"
            if cols.dep[child] == "appos":
                cid = self.res.cluster_of_token(tok.doc[child])
                if cid is not None and body and self.entities.get(cid) is not None and \
                        self.entities[cid].type is EntityType.PERSON:
                    continue    # "the head of the commission, Ana Lopes": the person is the head's, no body is one
                if cid is not None:
                    return cid
        if cols.dep[tok.i] == "appos":      # "Crimea, the peninsula ..."
            return self.res.cluster_of_token(tok.head)
        return self.res.appositive_of(tok)  # "Nordbau, the construction group that ..." (misparsed)

    def institution_owner(self, head: Token, acting: bool = False) -> str | None:
        """The body or state a common noun acts for: "EU leaders", "Britain's competition regulator", "the
        government of Ghana", and, as the one who acts (``acting``, a subject), "the OAS mission", "the US
        military" (the OAS mission's leader is no leader of the OAS); None for any other noun."""
        lemma = head.lemma_.lower()
        if acting and head.pos_ == "NOUN" and lemma in BODY_PARTS | STATE_BODIES:
            names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and all(
                t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.i == head.i for t in self.doc[c.i + 1:head.i])
                or c.dep_ == "poss" and lemma in BODY_PARTS]     # "the BlackReef ransomware gang", "Hamas's armed wing"
            cid = self.cluster_of(names[0]) if names else None
            ent = self.entities.get(cid) if cid is not None else None
            if ent is not None and (ent.type in (EntityType.ORGANIZATION, EntityType.GROUP) and lemma in BODY_PARTS
                                    or ent.type is EntityType.GPE and lemma in STATE_BODIES):
                return ent.key      # "the BlackReef gang", "the Hamas delegation", "the US military"
        if acting and head.pos_ == "NOUN" and lemma in ENVOY_BODIES:
            for c in head.children:     # "the Saudi delegation", "Ukrainian negotiators": a state's own envoys
                entry = self.gaz.demonym(c.text) if c.dep_ == "amod" and c.i < head.i else None
                if entry is not None and entry.type is EntityType.GPE:
                    return self.gazetteer_entity(entry)
        if head.pos_ == "NOUN" and lemma in GROUP_SPEAKERS and (head.tag_ == "NNS" or lemma == "leadership"):
            for c in head.children:     # "EU leaders told Xi"; not "the Hamas leader", a person
                if c.dep_ == "compound":
                    cid = self.cluster_of(c)
                    if cid in self.entities and self.entities[cid].type in (EntityType.ORGANIZATION, EntityType.GPE):
                        return self.entities[cid].key
        if head.pos_ not in ("NOUN", "PROPN") or not {head.lemma_.lower(), head.lower_} & INSTITUTIONS:
            return None
        for c in head.children:
            if c.dep_ == "poss":
                cid = self.cluster_of(c)
                if cid in self.entities and self.entities[cid].type is EntityType.GPE:
                    return self.entities[cid].key
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1 and head.lemma_.lower() in STATE_BODIES:
                # "the regional government of the Canary Islands": a place's own government acts for it
                for pobj in (g for g in c.children if g.dep_ == "pobj"):
                    cid = self.cluster_of(pobj)
                    if cid in self.entities and self.entities[cid].type is EntityType.GPE:
                        return self.entities[cid].key
            if c.dep_ == "amod" and c.i < head.i:      # "Romanian health officials"
                entry = self.gaz.demonym(c.text)
                if entry is not None and entry.type is EntityType.GPE:
                    return self.gazetteer_entity(entry)
        return None

    def gazetteer_entity(self, entry, alias: str | None = None) -> str:
        """The key of a gazetteer entry's entity, which joins the article's entities (with ``alias`` as a name)."""
        ent = Entity(key=slug(entry.label), label=entry.label, type=entry.type, wikidata=entry.wikidata,
                     aliases=frozenset({alias} - {entry.label}) if alias else frozenset())
        self.extra.setdefault(ent.key, ent)
        return ent.key

    def key_of(self, cid: int | None) -> str | None:
        return self.entities[cid].key if cid is not None and cid in self.entities else None

    def entity_of(self, key: str | None) -> Entity | None:
        """The entity of a key, the article's own or one reached through the gazetteer."""
        return (self.entity_by_key.get(key) or self.extra.get(key)) if key else None

    def argument(self, tokens: list[Token], head: Token | None, speaker_key: str | None,
                 acting: bool = False) -> Argument:
        text = span_text(tokens, self.dates.text)
        if head is not None:
            if head.lower_ in FIRST_PERSON and speaker_key and head.pos_ == "PRON":
                return Argument(text=text, entity=speaker_key)
            cid = self.cluster_of(head)
            if cid is not None and cid in self.entities:
                return Argument(text=text, entity=self.entities[cid].key)
            demonym = self.gaz.demonym(head.text) if head.pos_ in ("ADJ", "PROPN") and len(tokens) == 1 else None
            if demonym is not None:
                return Argument(text=text, entity=self.gazetteer_entity(demonym))
            if head.ent_type_ in LITERAL_TYPES and all(t.ent_type_ == head.ent_type_ or t.is_punct for t in tokens):
                return Argument(text=text, datatype=LITERAL_TYPES[head.ent_type_])
            named = self.names.get(norm_name(text))
            if named is not None:       # a name the NER missed here but found elsewhere ("Activision, led by")
                return Argument(text=text, entity=named)
            owner = self.institution_owner(head, acting)
            if owner is not None:       # "Britain's competition regulator": the state acts through it
                return Argument(text=text, entity=owner)
        clusters = self.res.clusters_in(tokens)
        for t in tokens:    # "the two separatist republics": the members the article names
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
        for side, head in (("subject", clause.subj_head), ("object", clause.obj_head)):
            members = self.res.set_members(head) if head is not None and head.pos_ in ("NOUN", "PRON") else []
            for cid in members:     # "both companies signed": each company did
                if cid in self.entities:
                    member = Argument(text=getattr(st, side).text, entity=self.entities[cid].key)
                    other = st.object if side == "subject" else st.subject
                    if member.entity != other.entity:
                        out.append(replace(st, **{side: member}, confidence=round(st.confidence * 0.9, 3)))
        head = clause.subj_head
        if head is not None:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("including", "among"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        cid = self.cluster_of(pobj)
                        if cid in self.entities:
                            member = Argument(text=pobj.text, entity=self.entities[cid].key)
                            out.append(replace(st, subject=member, confidence=round(st.confidence * 0.9, 3)))
        return out

    def speaker_body(self, tok: Token) -> str | None:
        """ "Sudan's army said" is resolved as an argument; "analysts at Jefferies said", "officials of the
        ministry said", "Toyota's spokesman said", "a spokeswoman for the ministry said": the body the speakers
        belong to or speak for, where it is an entity."""
        if tok.pos_ != "NOUN":
            return None
        voice = tok.lemma_.lower() in SPEAKING_FOR
        for c in tok.children:      # "Toyota's spokesman said", "a spokeswoman for the ministry said"
            if voice and c.dep_ == "poss":
                key = self.key_of(self.cluster_of(c))
                if key:
                    return key
        for prep in tok.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("at", "of", "from") or voice and prep.lower_ == "for"):
                for pobj in prep.children:
                    key = self.key_of(self.cluster_of(pobj)) if pobj.dep_ == "pobj" else None
                    if key:
                        return key
        return None

    def according_to(self, clause: Clause) -> Token | None:
        """ "..., according to the minutes": the source a clause is reported from."""
        verb = clause.verb
        if verb is None:
            return None
        cols = arrays(verb.doc)     # asked of every clause: positions, not a Token per child
        kids, dep = cols.children, cols.dep
        for prep in kids[verb.i]:
            if dep[prep] == "prep" and cols.lower[prep] == "according":
                for to in kids[prep]:
                    for pobj in kids[to]:
                        if dep[pobj] == "pobj":
                            return verb.doc[pobj]
        return None

    def statement(self, clause: Clause) -> Statement | None:
        speaker_key = None
        source = self.according_to(clause)
        if source is not None and clause.modality is Modality.ASSERTED:
            clause.modality = Modality.REPORTED
            clause.speaker = clause.speaker or source
        if clause.speaker is not None:
            speaker_key = self.key_of(self.cluster_of(clause.speaker)) or self.argument(
                [clause.speaker], clause.speaker, None).entity or self.speaker_body(clause.speaker)
        subj_tokens, subj_head = clause.subj, clause.subj_head
        picked = none_of(subj_head) if subj_head is not None else None
        if picked is not None:      # "None of the banks commented" (Negative): the banks, each of them
            subj_tokens, subj_head = arg_tokens(picked), picked
        subj = self.argument(subj_tokens, subj_head, speaker_key, acting=clause.kind not in UNTYPED_KINDS)
        if clause.obj is None:
            return None
        obj = role_object(self, clause, self.governed(self.argument(clause.obj, clause.obj_head, speaker_key),
                                                      clause.obj_head))
        if not (subj.entity or obj.entity or subj.involves or obj.involves):
            return None
        if subj.entity is None and subj_head is not None and (
                subj_head.pos_ in ("PRON", "SCONJ", "DET") or subj_head.lower_ in lx.RELATIVE_PRONOUNS):
            return None     # an unresolved pronoun or a stray function word is no subject
        if subj.entity and subj.entity == obj.entity:
            return None
        if obj.entity is None and clause.obj_head is not None and clause.obj_head.tag_ == "PRP$":
            return None     # "Their leader, Ed Davey": a title held in an unresolved "their" says nothing
        if clause.kind == "implicit" and not (subj.entity and obj.entity):
            return None     # "Darmstadt, Germany": a relation the text implies holds between two entities only
        if clause.kind == "appos" and subj.entity and obj.entity:
            return None     # "the EEA, Ubisoft Entertainment": two names side by side are a list, not an identity
        if self.current_provenance is None:     # once per sentence: Span.text makes a Token of every word
            self.current_provenance = provenance(self.current_sentence)
        sent_text, sent_start, sent_end = self.current_provenance
        modality = clause.modality
        extras = tuple(self.extra_argument(e, speaker_key) for e in clause.extras)
        if clause.qualifier == "former":
            extras += (Argument(text="former", datatype="former"),)
        targets = ({obj.entity} if obj.entity else set()) | (
            self.dates.target_keys(clause.obj_head) if clause.obj_head is not None else set())
        date, precision = (self.dates.date_of(clause.verb) or self.dates.occasion_date(clause.verb, targets)
                           or (None, None))
        predicate = self.role(clause, subj, obj)
        if predicate in ROLES and pending_role(clause) and modality is Modality.ASSERTED:
            modality = Modality.HYPOTHETICAL    # "chose X to lead the company": not led yet
        if former_holding(clause, predicate):
            extras += (Argument(text="former", datatype="former"),)
        return Statement(
            subject=subj, predicate=predicate, predicate_label=clause.predicate.replace("_", " "),
            object=obj, polarity=clause.polarity, modality=modality,
            attributed_to=speaker_key if modality is not Modality.ASSERTED or clause.speaker is not None else None,
            confidence=clause_confidence(clause), sentence=sent_text, char_start=sent_start,
            char_end=sent_end, extra=extras, date=date, date_precision=precision,
            event_type=self.event_type(clause, predicate))

    def role(self, clause: Clause, subj: Argument, obj: Argument) -> str:
        """The clause's predicate, or the closed-set role a title, an apposition or a role verb states."""
        pred = clause.predicate
        if clause.kind == "verb" and pred in ROLE_VERBS and clause.obj_head is not None:
            return role_verb(self, clause, subj, obj) or pred
        if pred in LOCATION_VERBS and obj.entity:
            target = self.entity_of(obj.entity)
            if target is not None and target.type in (EntityType.GPE, EntityType.LOCATION):
                return "located_in"     # "Vantor Holdings, based in Oslo"
        role = role_of(pred) if clause.kind in ("title", "appos", "member", "copula") else None
        if clause.kind == "copula" and not obj.entity:
            role = None     # "X is the governor of Y": the role is Y's (kg.extract.offices), not the description's
        role = secretary_role(self, clause, role, obj)
        if role == "member_of" and obj.entity and self.is_party(obj.entity):
            return "member_of_party"
        target = self.entity_of(obj.entity)
        if role is not None and role not in PERSONAL_ROLES and target is not None and target.type is EntityType.PERSON:
            return pred.removeprefix("be_")     # "his deputy": a title held under a person is no office in a body
        return role or pred

    def is_party(self, key: str) -> bool:
        ent = self.entity_of(key)
        if ent is None:
            return False
        entry = self.gaz.lookup(ent.label)
        last = ent.label.lower().split()[-1] if ent.label else ""
        return (entry is not None and entry.kind == "party") or last in PARTY_WORDS

    def event_type(self, clause: Clause, predicate: str) -> str | None:
        """The clause's CAMEO code from its predicate, its object's words and its further arguments, as the verb
        governing it and the sentence tell it (:mod:`kg.extract.eventcues`); none for a role (``predicate``, the
        statement's, is then a role relation and not the clause's verb) or an order to the actor's own organ. A
        recipient's statement ("sold its stake to Y": sell_to) has the code of the giving's own statement."""
        if clause.kind == "recipient":
            return self.given_codes.get(clause.verb.i) if clause.verb is not None else None
        code = self._verb_event_type(clause, predicate)
        if clause.verb is not None and clause.kind == "verb":
            self.given_codes[clause.verb.i] = code
        return code

    def _verb_event_type(self, clause: Clause, predicate: str) -> str | None:
        if clause.kind in UNTYPED_KINDS or predicate != clause.predicate:
            return None
        code = self._event_type(clause)
        verb = clause.verb
        if verb is None:
            return code
        subject = self.cluster_of(clause.subj_head) if clause.subj_head is not None else None
        if code and own_organ(verb, clause.obj_head, subject, self.cluster_of):
            return None
        if code and self.natural_subject(clause, subject):
            return None     # "Typhoon Mawar left the area": no actor acts
        if code and code[:2] != "01" and self.thing_as_subject(clause, subject, code):
            return None     # "the cap eased pressure on rents": a thing acts on no one
        if code and code[:2] in ("17", "18", "19", "20") and score_margin(verb):
            return None     # "beat Australia by 40 runs": a contest
        target = self.entities.get(self.cluster_of(clause.obj_head)) if clause.obj_head is not None else None
        if code and code[:2] == "17" and self.own_possession(clause, subject):
            return None     # "nationalised its gas fields": an act on what the actor owns coerces no one
        if code is None and verb.lemma_.lower() == "sign" and target is not None and target.type is EntityType.PERSON:
            code = "057"    # "signed the striker Paulo Dybala": a contract with the one signed
        code = expulsion_code(code, target.type.value if target is not None else None)
        return relief_code(verb, governed_code(self.coder, verb, clause.obj_head, code))

    def _event_type(self, clause: Clause) -> str | None:
        head = clause.obj_head
        verb = clause.verb
        if verb is not None and verb.lemma_.lower() in NAMING_VERBS:
            code = naming_code(verb)
            if code is not None:
                return code     # "called the result disappointing": naming a thing is a comment
        if habitual_share(verb, head):
            return None     # "Norway supplies a third of Europe's gas": a quantity the actor has, no act
        if head is not None and head.pos_ in ("VERB", "AUX"):
            # a clause object ("said it would withdraw its troops") has its own statement: only the verb codes,
            # and a clause is no partner to meet or yield to ("travelled before returning")
            return self.coder.code(clause.predicate, (), None, (), counterpart="thing",
                                   sentence=self.sentence_lemmas(head))
        coded = clause.predicate
        if clause.code_object and verb is not None:
            # "signed a deal with Y", sign_with(X, Y): coded as the verb with the deal, Y the counterpart
            head, coded = clause.code_object[-1], verb.lemma_.lower()
            if coded == "be":
                coded = clause.predicate     # "is in talks with Y": negotiate_with, the copula codes nothing
        head = counted_head(head)       # "a new round of sanctions": the sanctions
        obj = [norm_word(t.lemma_) for t in clause.code_object or clause.obj or () if t.is_alpha and not t.is_stop
               or t == head]
        context = [norm_word(t.lemma_) for e in clause.extras for t in e if t.is_alpha and not t.is_stop]
        if verb is not None and verb.lemma_.lower() in TRAVEL_VERBS and self.place_only(clause):
            return None     # "flew to Jajarkot": a trip to a place, no visit to anyone
        sentence = self.sentence_lemmas(verb) if verb is not None else ()
        return self.coder.code(coded, obj, norm_word(head.lemma_) if head is not None else None,
                               context, counterpart=self.has_counterpart(clause), sentence=sentence)

    def own_possession(self, clause: Clause, subject: int | None) -> bool:
        """Whether the clause acts on a possession of its own subject ("its gas fields") and names no other actor
        ("closed its airspace to Polish airlines" names one)."""
        head = clause.obj_head
        if head is None or subject is None or self.has_counterpart(clause) == "actor":
            return False
        owners = [c for c in head.children if c.dep_ == "poss"]
        return bool(owners) and all(self.cluster_of(o) == subject for o in owners)

    def natural_subject(self, clause: Clause, subject: int | None) -> bool:
        """Whether the clause's subject is a natural force, by its own words or its entity's label."""
        words = [t.lemma_ for t in clause.subj or ()]
        ent = self.entities.get(subject) if subject is not None else None
        if ent is None:
            return natural_force(words)
        # "Mawar" where the article named "Typhoon Mawar" (a node of its own when the names are not merged)
        return natural_force(words + ent.label.split()) or ent.label in self._storm_names()

    def _storm_names(self) -> set[str]:
        """The names of storms the article's entities label ("Mawar" of "Typhoon Mawar"), made once for its labels."""
        labels = tuple(e.label for e in self.entities.values())
        if self._storms is None or self._storms[0] != labels:
            self._storms = labels, {label.split(" ", 1)[1] for label in labels
                                    if " " in label and natural_force(label.split()[:1])}
        return self._storms[1]

    def thing_as_subject(self, clause: Clause, subject: int | None, code: str) -> bool:
        """Whether the clause's subject is a thing, not an actor: an event ("the Eurovision Song Contest") or a
        common noun that names none (see :func:`kg.extract.eventcues.thing_subject`). A name typed a place may be
        an actor the tagger mistook ("Oxfam called the plan a gimmick"): it keeps its code."""
        ent = self.entities.get(subject) if subject is not None else None
        if ent is not None:
            return ent.type is EntityType.EVENT
        return thing_subject(counted_head(clause.subj_head), code, self.coder)

    def sentence_lemmas(self, tok: Token) -> list[str]:
        """The lower-case lemmas of the words (alphabetic tokens) of the token's sentence, made once a sentence."""
        start, end = sentence_bounds(tok)
        lemmas = self._sentence_lemmas.get(start)
        if lemmas is None:
            cols = arrays(self.doc)
            alpha, lemma = cols.is_alpha, cols.lemma_lower
            lemmas = self._sentence_lemmas[start] = [lemma[i] for i in range(start, end + 1) if alpha[i]]
        return lemmas

    def place_only(self, clause: Clause) -> bool:
        """Whether the clause goes to a place that stands for no government and meets no actor: a town, a
        district, a mountain ("flew to Jajarkot"), not a country or its capital ("flew to Dakar", "visited
        Japan"), and no actor in its further arguments ("travelled to Geneva for talks with Iran")."""
        head = clause.obj_head
        cid = self.cluster_of(head) if head is not None else None
        ent = self.entities.get(cid) if cid is not None else None
        places = (EntityType.GPE, EntityType.LOCATION)
        if ent is None or ent.type not in places and not any(
                m.type in places and m.text.lower() == ent.label.lower() for m in self.res.mentions):
            return False        # a place, or a name the article once types a place ("the district of Jajarkot")
        entry = self.gaz.lookup(ent.label)
        if entry is not None and entry.kind in ("country", "capital"):
            return False
        subject = self.cluster_of(clause.subj_head) if clause.subj_head is not None else None
        tokens = [t for e in clause.extras if e and e[0].lower_ not in NOT_COUNTERPART for t in e]
        return not any(c not in (subject, cid) and c in self.entities and self.entities[c].type in ACTOR_TYPES
                       for c in self.res.clusters_in(tokens))

    def has_counterpart(self, clause: Clause) -> str:
        """What the clause acts on: "actor" when its object is one (an entity, an agent noun like "residents"), or its object or further arguments name an actor other than the subject ("Microsoft's takeover
        of Activision", "offered a deal to Sony"); "named" for a named place or thing ("the Kakhovka dam");
        else "thing" ("abandoned its lunar programme")."""
        head = counted_head(clause.obj_head)    # "the first group of migrants": the migrants
        if head is None or head.ent_type_ in LITERAL_TYPES:
            return "thing"      # no object, or a date or a quantity ("escalated on Monday", "took 54 percent")
        cid = self.cluster_of(head)
        if cid is not None and cid in self.entities:
            return "actor" if self.entities[cid].type in ACTOR_TYPES else "named"
        agents = agent_nouns()
        nominal = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))]
        if any(t.pos_ in ("NOUN", "PROPN") and norm_word(t.lemma_) in agents for t in nominal):
            return "actor"      # "residents", "a police convoy"
        subject = self.cluster_of(clause.subj_head) if clause.subj_head is not None else None
        tokens = list(clause.obj or ()) + [t for e in clause.extras if e and e[0].lower_ not in NOT_COUNTERPART
                                           for t in e]
        tokens = [t for t in tokens if not in_verb_modifier(t, tokens)]
        if any(c != subject and c in self.entities and self.entities[c].type in ACTOR_TYPES
               for c in self.res.clusters_in(tokens)):
            return "actor"
        places = list(clause.obj or ()) + [t for e in clause.extras if e and e[0].lower_ in ("in", "at", "near")
                                           for t in e]
        return "placed" if any(self.entities[c].type in (EntityType.GPE, EntityType.LOCATION)
                               for c in self.res.clusters_in(places) if c in self.entities) else "thing"

    def title_forms(self) -> None:
        """ "Russian President Vladimir Putin": the titled form of a name is one of its labels."""
        for m in self.res.mentions:
            head = self.doc[m.end - 1]
            mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < m.start]
            if m.type is not EntityType.PERSON or not any(c.lemma_.lower() in lx.TITLE_NOUNS for c in mods):
                continue
            if m.cluster in self.entities:
                first = min(mods, key=lambda t: t.left_edge.i).left_edge.i
                while first < m.start and self.doc[first].lower_ in ("the", "a", "an"):
                    first += 1
                form = self.doc[first:m.end].text
                if form != m.text and all(not t.is_punct or t.text in "-." for t in self.doc[first:m.end]):
                    ent = self.entities[m.cluster]
                    self.entities[m.cluster] = Entity(ent.key, ent.label, ent.type, ent.aliases | {form},
                                                      ent.wikidata)

    def untagged_name_titles(self, sent) -> list[Clause]:
        """ "Ontario Premier Doug Ford", "Paris prosecutor Laure Beccuau": the title before a name the resolver knows
        as a person's and the NER tagged otherwise (the carmaker Ford), read as one before a tagged name."""
        out = []
        for m in self.res.mentions:
            if not (sent.start <= m.start < sent.end and m.type is EntityType.PERSON and m.end - m.start > 1):
                continue    # the cheap tests first: this runs for every mention in every sentence
            head = self.doc[m.end - 1]
            if not (head.ent_type_ != "PERSON" and head.pos_ == "PROPN" and head.dep_ != "compound"):
                continue
            out += name_title_clauses(head, Context(), start=m.start)
        return out

    def implicit_titles(self, statements: list[Statement]) -> list[Statement]:
        """ "Prime Minister Narendra Modi" in an article about India: a title whose organisation goes unsaid.

        The office's holder is tied to the article's most-mentioned place or organisation of the kind the office
        belongs to (a country for a head of government, a city for a mayor, a bank or a region for a governor),
        with a low confidence, unless the text already names the organisation.
        """
        titled = {(st.subject.entity, st.predicate) for st in statements if st.subject.entity}
        out = []
        for m in self.res.mentions:
            if m.type is not EntityType.PERSON or m.cluster not in self.entities:
                continue
            key = self.entities[m.cluster].key
            known = known_person(self.gaz, self.entities[m.cluster])
            country = self.gaz.country_of(known) if known is not None else None
            if country is not None:     # "Prime Minister Narendra Modi": the state the gazetteer knows him in
                st = self._national_office(m, key, country, titled)
                out += [st] if st is not None else []
                continue
            if self.entities[m.cluster].wikidata:
                continue    # a world figure's office is not guessed from one article ("President Joe Biden")
            office, seat = self._office_of(m) or (None, None)
            if office is None or (key, role_of(f"{office}_of")) in titled:
                continue
            target = self._seat_of(seat)
            if target is None or target == key:
                continue
            if state_entry(self, self.gaz.lookup(self.entity_by_key[target].label)) is not None:
                target = frame_state(self, m) or target     # "In Austria, Chancellor X said": Austria's
                if elsewhere(self, m, target):
                    continue    # "In the Czech Republic, Prime Minister X said", in an article about Poland
            sent_text, sent_start, sent_end = provenance(self.doc[m.start].sent)
            titled.add((key, role_of(f"{office}_of")))
            out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role_of(f"{office}_of"),
                                 predicate_label=f"{office.replace('_', ' ')} of",
                                 object=Argument(text=self.entity_of(target).label, entity=target),
                                 confidence=0.3, sentence=sent_text, char_start=sent_start, char_end=sent_end))
        return out

    def body_titles(self, statements: list[Statement]) -> list[Statement]:
        """ "The Teamsters condemned the move. Union president Paul Boucher said ...": a title whose body is a bare
        common noun ("union", "party", "company") is held in the organisation that is the subject of the sentence
        just before (a party for "party"), with a moderate confidence; with no such subject, nothing."""
        titled = {(st.subject.entity, st.predicate) for st in statements if st.subject.entity}
        sents = list(self.doc.sents)
        starts = [s.start for s in sents]
        out = []
        for m in self.res.mentions:
            if m.type is not EntityType.PERSON or m.cluster not in self.entities:
                continue
            noun = self._title_before(m)
            if noun is None:
                continue
            mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod", "amod", "poss")]
            bodies = [c for c in mods if c.lemma_.lower() in ROLE_BODIES and len(entity_tokens(c)) == 1]
            if len(bodies) != 1 or len(mods) != 1:
                continue    # "Union president", not "Teamsters union president" (the title names its body)
            index = bisect_right(starts, m.start) - 1
            named = self.entity_of(self.names.get(norm_name(bodies[0].text))) if bodies[0].is_title else None
            elsewhere_named = named is not None and named.type is EntityType.ORGANIZATION and any(
                self.entities[x.cluster].key == named.key and not x.start <= bodies[0].i < x.end
                for x in self.res.mentions if x.cluster in self.entities)
            if elsewhere_named:     # "Commission President X" where the article names "the Commission" elsewhere
                cid = next((c for c, e in self.entities.items() if e.key == named.key), None)
            elif index == 0:
                continue
            else:
                subjects = [c for c in sents[index - 1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
                cid = self.cluster_of(subjects[0]) if len(subjects) == 1 else None
            body = self.entities.get(cid) if cid is not None else None
            if body is None or body.type is not EntityType.ORGANIZATION:
                continue
            word = bodies[0].lemma_.lower()
            called = word in body.label.lower().split() or any(
                c == cid and self.doc[i].lemma_.lower() == word for i, c in self.res.pronoun_cluster.items())
            if not (called or word == "party" and self.is_party(body.key)):
                continue    # the body must be one the article calls so ("the union would appeal"), or a party
            office = title_name(noun)
            role = role_of(f"{office}_of")
            key = self.entities[m.cluster].key
            if role is None or (key, role) in titled or body.key == key:
                continue
            titled.add((key, role))
            sent_text, sent_start, sent_end = provenance(sents[index])
            out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=role,
                                 predicate_label=f"{office.replace('_', ' ')} of",
                                 object=Argument(text=body.label, entity=body.key),
                                 confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end))
        return out

    def _title_before(self, m) -> Token | None:
        """The title noun right before a person's name ("Union president" -> "president"), or None when there is
        none or it is a former office ("former Secretary of State ...")."""
        head = self.doc[m.end - 1]
        nouns = [c for t in self.doc[m.start:m.end] for c in t.children if c.dep_ in ("compound", "nmod")
                 and c.i < m.start and c.lemma_.lower() in lx.TITLE_NOUNS and c.ent_type_ != "PERSON"]
        if not nouns or former(nouns[-1], head):
            return None
        return nouns[-1]

    def _national_office(self, m, key: str, country, titled: set) -> Statement | None:
        """The national office a title before a known politician's name states ("Secretary of State Antony
        Blinken", "Spokesman Dmitry Peskov"), held in the state the gazetteer knows them in; None for another
        title ("Opposition leader", "Senator"), a former office or a role the text already gives."""
        noun = self._title_before(m)
        if noun is None:
            return None
        within = title_complement(noun)
        office = title_name(noun) + (f"_of_{within.lemma_.lower()}" if within is not None else "")
        role = role_of(f"{office}_of")
        words = office.split("_")
        if not set(words) & NATIONAL_TITLES or role is None or (key, role) in titled:
            return None
        target = self.gazetteer_entity(country)
        if target == key:
            return None
        titled.add((key, role))
        sent_text, sent_start, sent_end = provenance(self.doc[m.start].sent)
        return Statement(subject=Argument(text=m.text, entity=key), predicate=role,
                         predicate_label=f"{office.replace('_', ' ')} of",
                         object=Argument(text=country.label, entity=target),
                         confidence=0.5, sentence=sent_text, char_start=sent_start, char_end=sent_end)

    def origins(self, statements: list[Statement]) -> list[Statement]:
        """ "the Japanese carmaker Toyota", "Lena Roth, a German chemist": a nationality on the description of a name
        says where an organisation is based (located_in) or whose citizen a person is (citizen_of)."""
        done = {(st.subject.entity, st.predicate, st.object.entity) for st in statements}
        out = []
        for m in self.res.mentions:
            # the entity's type, not the mention's: "the Argentine newspaper Clarín" the tagger called a person
            kind = self.entities[m.cluster].type if m.cluster in self.entities else None
            if kind not in (EntityType.PERSON, EntityType.ORGANIZATION):
                continue
            head = self.doc[m.end - 1]
            nouns = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < m.start]
            described = self.res.appositive_noun(m)
            nouns += [described] if described is not None else []
            if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < m.start:
                nouns.append(head.head)     # "the Japanese carmaker Toyota"
            for noun in nouns:
                if noun.lemma_.lower() in lx.TITLE_NOUNS and not trade(noun.lemma_.lower()):
                    continue    # "Russian President Vladimir Putin": a role (kg.extract.roles), not an origin (but
                                # "a French historian" is from France)
                if noun.lemma_.lower() in lx.NAME_NOUNS:
                    continue    # "its Portuguese initials MST": the language of a name, not where its bearer is
                for adj in (c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i):
                    entry = self.gaz.demonym(adj.text) if adj.text[:1].isupper() else None
                    if entry is None or entry.type is not EntityType.GPE:
                        continue
                    key = self.entities[m.cluster].key
                    pred = "citizen_of" if kind is EntityType.PERSON else "located_in"
                    target = self.gazetteer_entity(entry)
                    if (key, pred, target) in done or key == target:
                        continue
                    done.add((key, pred, target))
                    sent_text, sent_start, sent_end = provenance(self.doc[m.start].sent)
                    out.append(Statement(subject=Argument(text=m.text, entity=key), predicate=pred,
                                         predicate_label="is from", object=Argument(text=adj.text, entity=target),
                                         confidence=0.45, sentence=sent_text, char_start=sent_start,
                                         char_end=sent_end))
        return out

    def _office_of(self, m) -> tuple[str, str] | None:
        """The office a title before a name states and the office whose seat it is held at: ("governor",
        "governor"), ("deputy_governor", "governor"); None for a former office ("former president X") and for
        an office the title's last word does not name."""
        head = self.doc[m.end - 1]
        words = [t for c in head.children if c.dep_ in ("compound", "amod") and c.i < m.start for t in c.subtree]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            words = [head.head, *[t for c in head.head.children if c.dep_ in ("compound", "amod") for t in c.subtree]]
        names = [t.lower_ for t in sorted(words, key=lambda t: t.i)]
        if any(n in FORMER or n.startswith("ex-") or n in ("assistant", "associate") for n in names):
            return None     # a former office, or one below the office ("assistant governor") held in no known seat
        if any(n in NON_STATE_BODIES for n in names):
            return None     # "union vice president X", "club president X": an office of a body the title names
        titles = [n for n in names if n in lx.TITLE_NOUNS or n in lx.TITLE_MODIFIERS]
        if titles[-2:] == ["prime", "minister"]:
            office = "prime_minister"
        elif names[-2:] == ["board", "member"]:
            office = "board_member"     # "Board member X" in an article about one bank
        elif titles and titles[-1] in IMPLICIT_OFFICES:
            office = titles[-1]
        else:
            return None
        rank = [n for n in titles[:-1] if n in DEPUTY_WORDS]
        return ("_".join([rank[-1], office]), office) if rank else (office, office)

    def _seat_of(self, office: str) -> str | None:
        """The article's one dominant candidate of the office's kinds: mentioned at least half again as often as
        the next candidate of the same kind (an article about two countries says which one a president leads);
        None when candidates of two of its kinds are named (a premier of a country or of one of its states)."""
        if self._seats is None:
            self._seats = self._seat_candidates()
        kinds = {kind for kind in IMPLICIT_OFFICES[office] if self._seats.get(kind)}
        if "region" in IMPLICIT_OFFICES[office] and self._seats.get("unknown"):
            kinds.add("region")     # a place the gazetteer does not know may be a state ("Tasmania")
        if len(kinds) > 1:
            return None     # "Premier X" in a story of Queensland and Australia: a state's premier or the country's
        for kind in IMPLICIT_OFFICES[office]:
            ranked = self._seats.get(kind, [])
            if ranked and (len(ranked) == 1 or ranked[0][0] >= 1.5 * ranked[1][0]):
                return ranked[0][1]
        return None

    def _seat_candidates(self) -> dict[str, list[tuple[int, str]]]:
        """Countries, regions, cities and banks of the article, each kind ranked by how often it is spoken of."""
        by_kind: dict[str, list[tuple[int, str]]] = {}
        counts = dict(self.mention_counts)
        for tok in self.doc:     # "the Indian space agency" speaks of India too
            if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
                entry = self.gaz.demonym(tok.text)
                if entry is not None and slug(entry.label) in counts:
                    counts[slug(entry.label)] += 1
        for key, count in self.mention_counts.items():     # and so does its capital, "New Delhi"
            entry = self.gaz.lookup(self.entity_by_key[key].label) if key in self.entity_by_key else None
            country = self.gaz.capital_country(entry) if entry is not None and entry.capital_of else None
            if country is not None and slug(country.label) in counts:
                counts[slug(country.label)] += count
        for key, count in counts.items():
            ent = self.entity_by_key.get(key)
            if ent is None:
                continue
            entry = self.gaz.lookup(ent.label)
            kind = entry.kind if entry is not None else ""
            if ent.type is EntityType.GPE:
                if entry is None:
                    by_kind.setdefault("unknown", []).append((count, key))
                kind = kind if kind in ("country", "region") else "city"
            elif ent.type is EntityType.ORGANIZATION and (ent.label.lower().endswith("bank")
                                                          or ent.label.lower().startswith("bank of ")):
                kind = "bank"
            else:
                continue
            by_kind.setdefault(kind, []).append((count, key))
        return {kind: sorted(ranked, reverse=True) for kind, ranked in by_kind.items()}

    def byline_entities(self) -> None:
        """The byline's agencies and reporters are entities too ("By AFP", "By Jane Doe and Reuters")."""
        author = self.article.author or ""
        for name in re.split(r"\s*(?:,|;|\band\b|&)\s*", author):
            name = re.sub(r"\s+in\s+[A-Z][\w\s.'-]*$", "", name.strip(" ."))   # "Gopal Sharma in Kathmandu"
            words = name.split()
            if words and words[-1].lower() in BYLINE_JOBS:
                if not any(w.lower() in BYLINE_ORG_WORDS for w in words[:-1]):
                    continue    # "Economics Editor", "Political Correspondent": a job, not a name
                if all(w.lower() in BYLINE_JOBS | BYLINE_RANKS for w in words[:-1]):
                    continue    # "Staff Writer", "Senior Staff Reporter": a job, no wire
                name = " ".join(words[:-1])     # "Financial Wire Staff": the wire
            if not name or not name[:1].isupper() or len(name) > 60:
                continue
            entry = self.gaz.lookup(name)
            if entry is not None:
                self.gazetteer_entity(entry, alias=name)
                continue
            words = name.split()
            agency = any(w.lower() in BYLINE_ORG_WORDS for w in words) or name.isupper()
            etype = EntityType.ORGANIZATION if agency or len(words) == 1 else EntityType.PERSON
            self.extra.setdefault(slug(name), Entity(key=slug(name), label=name, type=etype))
        for entry, name in front_matter_places(self.article.headline, author, self.dates.text, self.gaz):
            self.gazetteer_entity(entry, alias=name)    # "Ottawa Orders ...", "By Gopal Sharma in Kathmandu"

    def _place_key(self, arg: Argument) -> bool:
        """Whether an argument is a known state or place (which holds no office: "China has been Brazil's largest
        trading partner" makes China no employee of Brazil); a name only the NER called a place may be a person's."""
        ent = self.entity_by_key.get(arg.entity) if arg.entity else None
        return ent is not None and ent.type in (EntityType.GPE, EntityType.LOCATION) and ent.wikidata is not None

    def run(self) -> Extraction:
        self.title_forms()
        self.byline_entities()
        self.entity_by_key = {e.key: e for e in self.entities.values()}
        statements: list[Statement] = []
        seen = set()
        for sent in self.doc.sents:
            self.current_sentence = sent
            self.current_provenance: tuple[str, int, int] | None = None
            for clause in sentence_clauses(sent) + self.untagged_name_titles(sent):
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
        statements += self.body_titles(statements)
        statements += self.implicit_titles(statements)
        statements += department_titles(self, statements)
        statements += home_cabinet_titles(self, statements)
        statements = cabinet_of_leader(self, statements)
        statements += counterparts(self, statements)
        statements += lone_body_titles(self, statements)
        statements += memberships(self, statements)
        statements = [st for st in statements if not owns_person(self, st)]
        statements += self.origins(statements)
        statements = [st for st in statements if not (st.predicate in PERSONAL_OFFICES and self._place_key(st.subject))]
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
        return _Converter(doc, article, gazetteer, coder).run()


# Modifiers of a noun that are clauses of their own: an actor inside one is the clause's, not the act's counterpart.
CLAUSAL_MODIFIERS = frozenset("acl relcl advcl ccomp".split())


def in_verb_modifier(tok: Token, phrase: list[Token]) -> bool:
    """Whether ``tok`` stands inside a clause that modifies a noun of ``phrase`` ("a tax on homes bought by people
    from outside the European Union": the European Union), below the phrase's top."""
    inside = {t.i for t in phrase}
    cols = arrays(tok.doc)      # called for every word of every phrase: positions, not Tokens
    head_of, dep_of = cols.head, cols.dep
    i = tok.i
    while head_of[i] != i and head_of[i] in inside:
        if dep_of[i] in CLAUSAL_MODIFIERS:
            return True
        i = head_of[i]
    return False
