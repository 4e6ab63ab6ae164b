"""Referring phrases whose antecedent is found by what the article is about, not by the nearest name.

"The government" is the government of the state the story is about: the state a body or official of the same
sentence belongs to ("South Korea's opposition accused the government"), else the state the article has named
most ("Turkey offered a helicopter, which the government accepted" in a story about Greece), never merely the
latest country named.

The gender a person and a pronoun are given is read in :mod:`kg.extract.gender`; plural descriptions and "they" in
:mod:`kg.extract.plurals`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract import lexicon as lx
from kg.extract.coordination import set_against
from kg.extract.docarrays import arrays
from kg.extract.mentions import PLACE_NOUNS, ROMANCE_PARTICLES
from kg.extract.retype import unsupported_person
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.entities import Resolver

STATE_KINDS = ("country", "territory")
GOVERNMENT_NOUNS = frozenset("government junta regime".split())     # what rules a state, and acts for it
# What may modify "the government" and leave it the state's: not "the regional government", "the city government"
NATIONAL_MODIFIERS = frozenset("""central national federal minority majority coalition new military interim caretaker
transitional current outgoing incoming previous former whole entire""".split())


def _state_cluster(r: Resolver, cid: int | None) -> str | None:
    """The gazetteer label of a cluster that is a state, or None."""
    if cid is None or cid < 0:
        return None
    entry = r.clusters[cid].entry
    return entry.label if entry is not None and entry.kind in STATE_KINDS else None


def state_clusters(r: Resolver) -> dict[str, int]:
    """Each state the article names (or names by its adjective alone), by gazetteer label, to its cluster."""
    out: dict[str, int] = {}
    for c in r.clusters:
        if all(m.adjective for m in c.mentions):
            continue    # "Danish utility Orsted": a state named only by its adjective is no antecedent
        label = _state_cluster(r, c.id)
        if label is not None:
            out.setdefault(label, c.id)
    return out


def _state_of_word(r: Resolver, tok: Token) -> str | None:
    """The state a word names: its own cluster's, or that of a nationality adjective or a capital."""
    label = _state_cluster(r, r.token_cluster.get(tok.i))
    if label is not None:
        return label
    if tok.i in r.token_cluster:
        entry = r.clusters[r.token_cluster[tok.i]].entry
        state = entry and (r.gaz.capital_country(entry) or entry.kind == "person" and r.gaz.country_of(entry))
        return state.label if state else None   # "Canberra"; "President Donald Trump" holds a US office
    if tok.pos_ in ("ADJ", "PROPN"):
        entry = r.gaz.demonym(tok.text)
        if entry is not None and entry.kind in STATE_KINDS:
            return entry.label
    return None


def state_salience(r: Resolver, upto: int) -> dict[str, tuple[int, int]]:
    """For each state the text before token ``upto`` names (by name, capital or nationality adjective): how often,
    and (negated) where first, so that the larger tuple is the more salient state."""
    found: dict[int, str] = {}      # token index -> state label
    for m in r.mentions:
        if m.start < upto and m.cluster >= 0:
            label = _state_of_word(r, r.doc[m.start])
            if label is not None:
                found[m.start] = label
    named = set(r.token_cluster)
    cols = arrays(r.doc)    # every word before ``upto``, for each description: columns first, a Token where they fit
    pos, text = cols.pos, cols.text
    for i in range(min(upto, cols.n)):
        if i not in named and pos[i] in ("ADJ", "PROPN") and text[i][:1].isupper():
            label = _state_of_word(r, r.doc[i])
            if label is not None:
                found[i] = label
    out: dict[str, tuple[int, int]] = {}
    for i in sorted(found):
        n, first = out.get(found[i], (0, -i))
        out[found[i]] = (n + 1, first)
    return out


def state_in_sentence(r: Resolver, tok: Token) -> bool:
    """Whether a state is named by name earlier in the sentence of ``tok`` ("Britain accepts ... in the country")."""
    sent_start = r.sentence_start(tok.i)
    return any(_state_cluster(r, r.token_cluster.get(t.i)) is not None for t in r.doc[sent_start:tok.i])


def _local_state(r: Resolver, tok: Token) -> str | None:
    """The one state that owns a body or an official named earlier in the sentence ("South Korea's opposition",
    "Latvian Economy Minister ...", "Congo's health minister"); None when there is none or more than one."""
    sent_start = r.sentence_start(tok.i)
    found = {_state_of_word(r, t) for t in r.doc[sent_start:tok.i]
             if t.dep_ in ("poss", "compound", "amod") or r.token_cluster.get(t.i) is not None and t.ent_type_ == "PERSON"}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _framing_state(r: Resolver, tok: Token) -> int | None:
    """The state a sentence opens with as its setting, "In Brazil, growers want the government to ...": the
    government of that sentence is that state's, whatever state the story named more."""
    start = r.sentence_start(tok.i)
    first = r.doc[start]
    if first.lower_ != "in" or first.dep_ != "prep":
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i + 1 >= tok.i or r.doc[pobj.right_edge.i + 1].text != ",":
        return None
    cid = r.token_cluster.get(pobj.i)
    return cid if _state_cluster(r, cid) is not None else None


def national(tok: Token) -> bool:
    """Whether "government" is modified, if at all, only by words that keep it a state's ("the central government",
    "the Labour government"), not a region's or a town's ("the regional government")."""
    return all(c.lower_ in NATIONAL_MODIFIERS or c.pos_ == "PROPN" and c.dep_ == "compound"
               for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i)


def named_government_state(r: Resolver, tok: Token) -> str | None:
    """The state a government noun's own words name: a nationality adjective or a name before it ("the Montenegrin
    government") or a capital or a state right after its "in" ("the government in Podgorica"); None where they name
    none. Such a government is that state's, never the one the story is about."""
    doc = r.doc
    before = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    after = [doc[tok.i + 2]] if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "in" and \
        doc[tok.i + 2].pos_ == "PROPN" else []
    return next((label for t in before + after if (label := _state_of_word(r, t)) is not None), None)


def home_state(r: Resolver, tok: Token) -> int | None:
    """The cluster of the state whose government an unmodified "the government" is: the one state that owns a
    body or official named earlier in its sentence, else the state the article has named most before it (the
    first named, on a tie); None when the article names no state or that state has no name of its own in it."""
    framed = _framing_state(r, tok)
    if framed is not None:
        return framed
    clusters = state_clusters(r)
    local = _local_state(r, tok)
    if local is not None and local in clusters:
        return clusters[local]
    salience = state_salience(r, tok.i)
    if not salience:
        return None
    return clusters.get(max(salience, key=salience.get))


# Descriptions owned by a person: "his party", "her country", "his client"

LAWYER_NOUNS = frozenset("lawyer lawyers attorney counsel solicitor barrister advocate defender".split())
CLIENT_NOUNS = frozenset({"client"})
# What a person's "his party", "her country" ... is, and the type it must have
OWNED = {"party": EntityType.ORGANIZATION, "country": EntityType.GPE, "company": EntityType.ORGANIZATION,
         "firm": EntityType.ORGANIZATION, "club": EntityType.ORGANIZATION, "team": EntityType.ORGANIZATION,
         "union": EntityType.ORGANIZATION, "employer": EntityType.ORGANIZATION, "government": EntityType.GPE}


def _cluster(r: Resolver, tok: Token) -> int | None:
    return r.token_cluster.get(tok.i, r.pronoun_cluster.get(tok.i))


def _reporter(tok: Token) -> Token | None:
    """The subject of the verb of saying whose complement clause holds ``tok``: "X said his client ..." -> X."""
    verb = tok.head
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lx.REPORTING_VERBS | lx.DENIAL_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _owner(r: Resolver, noun: Token) -> int | None:
    """Whom a relational noun belongs to: "Lai's lawyer", "his lawyer", "a lawyer for Oleksandr K."."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("for", "of", "representing"):
            target = c if c.dep_ == "poss" else next((g for g in c.children if g.dep_ == "pobj"), None)
            cid = _cluster(r, target) if target is not None else None
            if cid is not None:
                return cid
    return None


def client_of(r: Resolver, tok: Token) -> int | None:
    """ "His lawyer, Robert Pang, said his client had ...": the one the reporting lawyer acts for."""
    speaker = _reporter(tok)
    if speaker is None:
        return None
    nouns = [speaker] + [c for c in speaker.children if c.dep_ == "appos"]
    if speaker.dep_ == "appos":
        nouns.append(speaker.head)
    if speaker.head.dep_ == "appos":
        nouns.append(speaker.head)
    lawyer = _cluster(r, speaker)
    if lawyer is not None:     # "his lawyer, Nadia Ferhat, said ... Ferhat said her client": the lawyer named before
        for m in r.clusters[lawyer].mentions:
            if m.start < tok.i:
                noun = r.appositive_noun(m)
                head = r.doc[m.end - 1]
                nouns += [n for n in (noun, head.head if head.dep_ == "appos" else None) if n is not None]
    for noun in nouns:
        if noun.lemma_.lower() in LAWYER_NOUNS:
            cid = _owner(r, noun)
            if cid is not None and cid != lawyer and r.cluster_type(r.clusters[cid]) in (EntityType.PERSON,
                                                                                          EntityType.ORGANIZATION):
                return cid
    return None


def title_owners(r: Resolver, person: int) -> list[int]:
    """The bodies and states named in a person's titles, nearest first: "Reform UK's Darren Cole", "Colombia's
    environment minister, Irene Velez", "Greens senator Mehreen Faruqi", "Ana Costa, Telvia's chief"."""
    out: list[int] = []
    for m in r.clusters[person].mentions:
        head = r.doc[m.end - 1]
        titles = [head]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            titles.append(head.head)     # "Colombia's environment minister, Irene Velez"
        titles += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]   # "Velez, the minister"
        for title in titles:
            for child in title.children:
                if child.dep_ in ("compound", "poss", "amod") and not m.start <= child.i < m.end:
                    for t in child.subtree:
                        cid = r.token_cluster.get(t.i)
                        if cid is not None and cid != person and cid not in out:
                            out.append(cid)
    return out


RIVAL_NOUNS = frozenset("rival opponent challenger".split())


def rival_of(r: Resolver, person: int, tok: Token) -> int | None:
    """ "Stahl congratulated his rival": where the story is about two people above all others (each named at least
    twice before, more often than anyone else) and he is one of them, the other one."""
    counts = sorted(((sum(1 for m in c.mentions if m.start < tok.i), c.id) for c in r.clusters
                     if c.mentions and r.cluster_type(c) is EntityType.PERSON), reverse=True)
    if len(counts) < 2 or counts[1][0] < 2 or len(counts) > 2 and counts[2][0] >= counts[1][0]:
        return None
    pair = [cid for _, cid in counts[:2]]
    return pair[1 - pair.index(person)] if person in pair else None


def owned_description(r: Resolver, tok: Token) -> int | None:
    """What "his party", "her country", "his client", "his rival" stand for, where "his"/"her" is a person the
    article names: the party or state named in that person's title, the one the reporting lawyer acts for, or
    the other of the story's two people."""
    cols = arrays(r.doc)    # asked of every common noun: columns, not Tokens
    i, dep = tok.i, cols.dep
    if cols.pos[i] != "NOUN" or cols.tag[i] == "NNS" or any(dep[c] in ("amod", "compound") for c in cols.children[i]):
        return None     # "her former party" is another one
    lemma = cols.lemma_lower[i]
    poss = next((c for c in cols.children[i] if dep[c] == "poss" and cols.lower[c] in ("his", "her")), None)
    if poss is None:
        return None
    if lemma in CLIENT_NOUNS:
        return client_of(r, tok)
    person = r.pronoun_cluster.get(poss)
    if person is None or r.cluster_type(r.clusters[person]) is not EntityType.PERSON:
        return None
    if lemma in RIVAL_NOUNS:
        return rival_of(r, person, tok)
    etype = OWNED.get(lemma)
    if etype is None:
        return None
    fits = [c for c in title_owners(r, person) if r.cluster_type(r.clusters[c]) is etype]
    return fits[0] if len(fits) == 1 else None


# Kinds: "the firm" is no union, party or ministry

BUSINESS_NOUNS = frozenset("""company firm business maker manufacturer carrier lender insurer retailer airline
automaker carmaker operator developer producer supplier conglomerate startup broadcaster publisher utility miner
chipmaker drugmaker refiner brewer steelmaker planemaker shipbuilder shipper""".split())
# What a body that is no business is called, or ends its name with ("the union", "... Workers' Union")
PUBLIC_KINDS = frozenset("""union party ministry department council committee panel court tribunal commission
authority agency regulator watchdog government parliament assembly senate congress university college school hospital
police army military navy church charity foundation federation association league alliance bloc movement
coalition""".split())


def name_heads(name: str) -> set[str]:
    """The words of a name that may say what it is, lower-cased: its last, and the last before "of" ("Maritime Workers
    Union of Nigeria" -> nigeria, union; "Central Bank of the Republic of Turkey" -> turkey, bank)."""
    words = name.lower().split()
    heads = {words[-1]} if words else set()
    if " of " in f" {name.lower()} ":
        before = name.lower().split(" of ")[0].split()
        if before:
            heads.add(before[-1])
    return heads


def cluster_kinds(r: Resolver, cid: int, before: int) -> set[str]:
    """The kind nouns the article gave a cluster before token ``before``: the last word of its names ("Dock
    Workers Union"), the nouns resolved to it ("The Unite union", "the union said"), its appositive nouns."""
    c = r.clusters[cid]
    kinds = {w for n in c.names for w in name_heads(n)}
    kinds |= {r.doc[i].lemma_.lower() for i, k in r.pronoun_cluster.items()
              if k == cid and i < before and r.doc[i].pos_ == "NOUN"}
    for m in c.mentions:
        noun = r.appositive_noun(m) if m.start < before else None
        if noun is not None:
            kinds.add(noun.lemma_.lower())
        noun = _noun_before(r, m) if m.start < before else None
        if noun is not None:
            kinds.add(noun.lemma_.lower())
    return kinds


def _noun_before(r: Resolver, m) -> Token | None:
    """The noun a name is set off from by a comma right before it, "their union, Sindicato do Mar," (over the words
    of the name the NER left out, capitalised or particles), however the parse attached the two."""
    doc = r.doc
    i = m.start - 1
    while i > 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ROMANCE_PARTICLES) and doc[i].text != ",":
        i -= 1
    if i < 1 or doc[i].text != "," or doc[i - 1].pos_ != "NOUN" or doc[i - 1].tag_ != "NN":
        return None
    noun = doc[i - 1]
    return noun if any(c.dep_ in ("det", "poss") for c in noun.children) else None


def business_kind(r: Resolver, cid: int, before: int) -> bool:
    """Whether "the firm", "the company" may describe a cluster: the article never called it a public body or a
    union, party or other body that is no business."""
    return not cluster_kinds(r, cid, before) & PUBLIC_KINDS


# Descriptions the article itself gave a name: "Scandinavian airline SkyNordic ... The airline"

# Kinds of place with a government of their own, whose noun before a body's name is its owner, never its kind.
PLACE_KIND_NOUNS = frozenset({*(k for k, v in PLACE_NOUNS.items() if v is EntityType.GPE),
                              *"city town village country nation municipality".split()})


def _describes(r: Resolver, m, lemma: str, etype: EntityType | None) -> bool:
    """Whether a name mention is introduced with the noun ``lemma``: as a title before it ("airline SkyNordic",
    "midfielder Rafael Moura"), in apposition after it ("Statnett, the state-owned grid operator") or before it
    ("the defender, Ibrahima Konate"), or as the modifier of that noun ("the BlackReef ransomware gang")."""
    doc = r.doc
    c = r.clusters[m.cluster]
    if etype not in (None, EntityType.PERSON) and r.cluster_type(c) is EntityType.PERSON and not unsupported_person(r, c):
        return False    # "the head of the commission, Ana Lopes": a person's name never introduces a body's noun
    if lemma in PLACE_KIND_NOUNS and r.cluster_type(c) not in (EntityType.GPE, EntityType.LOCATION):
        return False    # "the state Senate", "the county council": a kind of place before a body's name says whose
                        # body it is, not what ("the state's agriculture commissioner" is no senator)
    before = doc[m.start - 1] if m.start > 0 else None
    root = doc[m.start:m.end].root
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() == lemma and before.tag_ != "NNS" and not (
            root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl" and root.head.head.i == before.i):
        return True     # right before the name, whatever the parse made of the pair ("airline Nordfly ordered"); not
                        # "the lines Queensland needs", whose name begins a clause of its own
    noun = r.appositive_noun(m)
    if noun is not None and noun.lemma_.lower() == lemma:
        return True
    head = doc[m.end - 1]
    if head.dep_ == "appos" and head.head.i < m.start and head.head.lemma_.lower() == lemma:
        return True
    fits = {etype} if etype not in (None, EntityType.ORGANIZATION) else {EntityType.ORGANIZATION, EntityType.GROUP}
    if r.cluster_type(c) not in fits and not unsupported_person(r, c):
        return False    # "the London club": a place that modifies a noun is where, not what, it is
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head    # "the BlackReef ransomware gang": the noun the name modifies
    return head.i >= m.end and head.lemma_.lower() == lemma


def described_as(r: Resolver, tok: Token, etype: EntityType | None = None) -> int | None:
    """The one name the article introduced with the noun of a definite description: "The airline" after
    "Scandinavian airline SkyNordic"; None when it introduced none, or two different names, with that noun.
    ``etype`` is the type the noun gives what it describes (an organisation for "company"), where it gives one."""
    if tok.dep_ == "compound" and tok.head.i in r.token_cluster or any(
            c.dep_ == "appos" and c.i in r.token_cluster for c in tok.children):
        return None     # "the defender Ibrahima Konate": the title of a name, no description
    lemma = tok.lemma_.lower()
    found = [m.cluster for m in r.mentions if m.start < tok.i and m.cluster >= 0 and r.clusters[m.cluster].mentions
             and lemma in _description_nouns(r, m) and _describes(r, m, lemma, etype)]
    return found[-1] if found and len(set(found)) == 1 else None


def _description_nouns(r: Resolver, m) -> frozenset[str]:
    """The lemmas of the nouns that may introduce a name mention in :func:`_describes` (before it, in apposition,
    modified by it), read off the parse once per mention: every definite description asks it of every name before
    it, and a noun not among them never describes the name, whatever the types."""
    cache = r.__dict__.setdefault("_description_nouns", {})
    key = (m.start, m.end)
    nouns = cache.get(key)
    if nouns is None:
        cols = arrays(r.doc)
        pos, dep, head, lemma = cols.pos, cols.dep, cols.head, cols.lemma_lower
        found = set()
        if m.start > 0 and pos[m.start - 1] == "NOUN":
            found.add(lemma[m.start - 1])
        noun = r.appositive_noun(m)
        if noun is not None:
            found.add(lemma[noun.i])
        last = m.end - 1
        if dep[last] == "appos" and head[last] < m.start:
            found.add(lemma[head[last]])
        i = last
        while dep[i] == "compound" and head[i] > i and pos[head[i]] == "NOUN":
            i = head[i]
        if i >= m.end:
            found.add(lemma[i])
        nouns = cache[key] = frozenset(found)
    return nouns


def titled_name(r: Resolver, tok: Token, etype: EntityType | None) -> int | None:
    """The name a singular noun stands before as its title or in apposition: "the cybersecurity firm Mandiant",
    "the carrier, Nordfly,"; of the noun's type, where the noun gives one. Not a name set against it: "The council,
    not Network Rail, will repair the bridge"."""
    dep = arrays(r.doc).dep    # asked of every singular common noun: its children by position
    for c in arrays(r.doc).children[tok.i]:
        cid = r.token_cluster.get(c)
        if dep[c] == "appos" and c > tok.i and cid is not None and not set_against(tok, r.doc[c]) and (
                etype is None or r.cluster_type(r.clusters[cid]) is etype
                or etype is EntityType.ORGANIZATION and unsupported_person(r, r.clusters[cid])):
            return cid
    return hung_close_name(r, tok, etype)


def hung_close_name(r: Resolver, tok: Token, etype: EntityType | None) -> int | None:
    """The name right after a noun, with nothing between them, that the parser hung in apposition on another word
    ("Nestle and the South Korean chipmaker SK Hynix": "Hynix" put beside "Nestle"): the noun's name all the same."""
    doc = r.doc
    nxt = tok.i + 1
    cid = r.token_cluster.get(nxt)
    if cid is None or nxt >= len(doc) or doc[nxt].pos_ != "PROPN" or any(
            c.dep_ == "appos" for c in tok.children):
        return None
    end = nxt
    while end + 1 < len(doc) and r.token_cluster.get(end + 1) == cid:
        end += 1
    name = doc[end]
    if name.dep_ != "appos" or name.head.i == tok.i or name.head.i > tok.i or not any(
            t.i == name.i for t in doc[nxt:end + 1]) or any(doc[k].head.i < nxt and doc[k].i != name.i
                                                            for k in range(nxt, end + 1)):
        return None
    if etype is not None and r.cluster_type(r.clusters[cid]) is not etype:
        return None
    return cid


# Adjectives that judge a matter, not an actor: "it was unfair" is the decision, "it was disappointed" the firm
EVALUATIVE_ADJECTIVES = frozenset("""unfair fair wrong right important necessary unnecessary possible impossible
likely unlikely clear unclear premature early late difficult hard easy regrettable unacceptable acceptable illegal
legal unlawful lawful false true untrue absurd ridiculous outrageous unprecedented unclear essential vital crucial
unjust unjustified justified inevitable unfortunate shameful""".split())


def evaluated_situation(tok: Token) -> bool:
    """Whether "it" is the subject of "be" with an adjective that judges a matter: "X said it was unfair", "it is
    too early to say"."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in EVALUATIVE_ADJECTIVES for c in verb.children)


# People who comment on a body from outside it: "Analysts at Jefferies said the company ..." is no Jefferies
OUTSIDER_NOUNS = frozenset("""analyst economist strategist expert observer critic investor trader broker
commentator consultant researcher""".split())


def commentators_body(r: Resolver, tok: Token) -> int | None:
    """The body of outside commentators whose words hold ``tok``: "Analysts at Jefferies said the award could force
    the company to ..." -> Jefferies, which "the company" is not."""
    verb = tok.head
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in OUTSIDER_NOUNS:
        return None
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "with", "of"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.i in r.token_cluster:
                    return r.token_cluster[pobj.i]
    return None


def thing_between(r: Resolver, tok: Token, cid: int, same_sentence: bool = False) -> bool:
    """Whether a singular common noun stands as a subject or object between the latest mention of ``cid`` and an
    object "it": "Chelsea made a bid of 80 million euros, but Benfica rejected it" (the bid, not Chelsea). With
    ``same_sentence``, only in the pronoun's own sentence: "Guterres welcomed the decision and said it would allow
    more aid" (the decision, not the UN of his title)."""
    last = max((m.end for m in r.mentions if m.cluster == cid and m.start < tok.i), default=None)
    if last is None:
        return False
    if same_sentence:
        last = max(last, r.sentence_start(tok.i))
    # (a name no entity stands for is a thing too: "would provide its HIV drug lenacapavir to the Global Fund, which
    # plans to supply it": the drug)
    return any((t.pos_ == "NOUN" and t.tag_ == "NN" or t.pos_ == "PROPN" and t.tag_ == "NNP")
               and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "dative")
               and t.i not in r.token_cluster and t.i not in r.pronoun_cluster for t in r.doc[last:tok.i])


def thing_subject_before(r: Resolver, tok: Token) -> bool:
    """Whether a sentence-initial "It"/"Its" follows a sentence whose main subject is a thing no name stands for:
    "The vessel was carrying crude. Its crew were rescued" (the vessel's crew, not its owner's). "It said" is
    left to the names: a thing does not speak. So is "it" as the subject of what speakers no name stands for say
    at the start of the sentence: "The deal would create a free trade zone. Farmers say it would flood Europe"."""
    start = r.sentence_start(tok.i)
    if start == 0 or tok.i != start and not unnamed_speakers_subject(r, tok, start):
        return False
    verb = tok.head if tok.dep_ != "poss" else tok.head.head
    if tok.i == start and tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in lx.REPORTING_VERBS | lx.DENIAL_VERBS:
        return False
    prev = r.doc[r.sentence_start(start - 1):start]
    return unnamed_thing_subject(r, prev.root)


def unnamed_thing_subject(r: Resolver, verb: Token) -> bool:
    """Whether a verb's one subject is a thing no name stands for ("The vessel was carrying crude")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].tag_ == "NN" and \
        r.cluster_of_token(subjects[0]) is None and not r.set_members(subjects[0]) and \
        subjects[0].lemma_.lower() not in lx.TITLE_NOUNS and not any(
            c.dep_ in ("poss", "compound") and r.cluster_of_token(c) is not None for c in subjects[0].children)


def thing_clause_subject(r: Resolver, tok: Token) -> bool:
    """Whether "it" is the subject of a clause of time or condition, or of a second clause, hung on a clause whose
    subject is a thing no name stands for: "The plane was expected to land in Sydney before it flew to Perth", "The
    vessel was due in March, but it reached Mersin in May" (the plane, the vessel: not the firm named before)."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return False
    if verb.dep_ == "conj" and any(c.dep_ == "mark" for c in verb.children):
        return False    # "said that the containers held no hazardous goods and that it expected ...": the speaker
    main = verb.head
    while main.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        main = main.head    # "was expected to land ... before it flew": the subject of "expected"
    return unnamed_thing_subject(r, main)


def unnamed_speakers_subject(r: Resolver, tok: Token, start: int) -> bool:
    """Whether ``tok`` is the subject "it" of what the sentence's opening speakers say, speakers no name stands for
    ("Farmers say it would flood Europe", "Critics said it would hurt exports")."""
    verb = tok.head
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or \
            verb.head.dep_ != "ROOT" or verb.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return False
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i]
    return len(speakers) == 1 and speakers[0].pos_ == "NOUN" and speakers[0].left_edge.i == start and \
        r.cluster_of_token(speakers[0]) is None and not any(r.cluster_of_token(t) is not None
                                                            for t in speakers[0].subtree)


def state_demonym(r: Resolver, tok: Token):
    """The gazetteer entry of the state a nationality adjective names ("Canadian" -> Canada), or None."""
    entry = r.gaz.demonym(tok.text) if tok.pos_ in ("ADJ", "PROPN") else None
    return entry if entry is not None and entry.kind in STATE_KINDS else None


def demonym_state(r: Resolver, tok: Token) -> int | None:
    """The cluster of the state whose nationality adjective stands right before "government" ("the Canadian
    government" acts for Canada, as "Moscow" may for Russia); None where the article gives that state no cluster."""
    before = r.doc[tok.i - 1] if tok.i > 0 else None
    entry = state_demonym(r, before) if before is not None and before.dep_ in ("amod", "compound") else None
    if entry is None:
        return None
    return next((c.id for c in r.clusters if c.mentions and c.entry is not None and c.entry.label == entry.label),
                None)


# Nouns that say what kind of thing a name is, not a part of it: "the Verdi union" is Verdi; "the Siemens board" is not
KIND_NOUNS = frozenset("""company firm group gang party club union bank airline carrier broadcaster network insurer
lender retailer carmaker automaker maker developer operator producer supplier startup newspaper miner utility
publisher conglomerate""".split())


def named_kind(r: Resolver, tok: Token) -> int | None:
    """The organisation a name right before a kind noun names: "the Verdi union", "the Labour party"."""
    cols = arrays(r.doc)    # asked of every singular common noun
    if tok.i == 0 or cols.lemma_lower[tok.i] not in KIND_NOUNS:
        return None
    before = tok.i - 1
    cid = r.token_cluster.get(before)
    if cid is None or cols.pos[before] != "PROPN" or cols.dep[before] != "compound" or cols.head[before] != tok.i:
        return None
    c = r.clusters[cid]
    return cid if r.cluster_type(c) in (EntityType.ORGANIZATION, EntityType.GROUP) or unsupported_person(r, c) \
        else None


QUANTIFIERS = frozenset("every each any no another".split())


def thing_owner(r: Resolver, tok: Token) -> bool:
    """Whether a possessive "its" belongs to a quantified subject of its own clause, no name: "every nation had the
    right to choose its own path", "each member keeps its veto"."""
    if tok.dep_ != "poss":
        return False
    verb = tok.head
    while verb.dep_ not in ("ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    return bool(subjects) and all(
        c.pos_ == "NOUN" and c.tag_ == "NN" and c.i not in r.token_cluster and c.i not in r.pronoun_cluster
        and any(d.dep_ == "det" and d.lower_ in QUANTIFIERS for d in c.children) for c in subjects)
