"""Error classes for `make eval`: what the builder missed and what it added, counted by kind.

News cases (a built graph beside its gold.json):
- misses: each gold fact the graph does not hold, tagged by the kind of fact (a fact may carry several tags):
  roles (`*_of`, head, lead, member, work_for, represent, chair), coordination (its subject is one conjunct of
  a list in the article), negation (Negative polarity), reported (Reported, Hypothetical or Requested),
  implicit (be, located_in, in, from, part_of: relations the text does not write as a verb), other (plain
  verb events); events and dates are found facts whose event type or date is wrong or absent; entities not
  found (no node carries any of its names), typing (a node carries its name with another type), merging (its
  names sit on more than one node), linking (not `owl:sameAs` its Q-id). Entities not found and typed wrongly
  are also counted by gold type ("not found: Person", "typed: Location as Organization"), and each missed fact
  by why it was missed ("why: ...", `miss_cause`), for all facts and for the role facts.
- spurious output, read off the graph: statements between two gold entities that no gold fact matches, by the
  same predicate classes; coordination (`be` between two entities of one type: a list read as an apposition);
  negation and reported (a not_direct claim asserted as a direct triple); events (a found fact with no CAMEO
  code that carries an event type); dates (a found fact with no date in gold that carries one); typing
  (entity nodes that match no gold entity, by type, plus gold entities given a type the gold forbids);
  merging (one node carrying the names of two gold entities); linking (a gold entity's node `owl:sameAs`
  another item).
  The gold is not exhaustive: "spurious" statements include true ones nobody annotated; the counts show
  direction, not precision.

CaRB dev (gold and system tuples): misses are the gold tuples no extraction matched; spurious are the system
tuples left unpaired (or paired at precision 0) by the greedy one-to-one pairing of the scorer. Both are
tagged by surface heuristics: implicit (a bracketed relation, `be`/`have` alone or with prepositions, or with
words the sentence does not write, like "is part of"), roles (`is ... of`),
negation, coordination (an argument that is one conjunct of a list, or swallows one), no object, repeated
subject, and other.
"""
from __future__ import annotations

import re
from collections import Counter

from rdflib import Graph, Literal
from rdflib.namespace import RDF

KGP = "https://w3id.org/kg-builder/relation/"
ENTITY_TYPES = ("Person", "Organization", "GeopoliticalEntity", "Location", "Group", "Event")
ROLE_WORDS = {"head", "lead", "member_of", "work_for", "represent", "chair", "run", "own", "found"}
IMPLICIT = {"be", "located_in", "be_in", "in", "from", "be_from", "part_of", "capital_of", "city_of", "be_located_in",
            "district_of", "nationality", "citizen_of", "based_in", "be_based_in"}
BE = {"be", "is", "am", "are", "was", "were", "been", "being", "[is]", "[was]", "[are]", "[be]", "'s"}
PREPOSITIONS = {"of", "in", "at", "for", "from", "such", "as", "between", "on", "with", "by", "to", "into", "near",
                "among", "like", "than", "over", "under", "after", "before", "during", "within", "about"}
HAVE = {"has", "have", "had", "having", "[has]", "[have]", "[had]"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}

ALL = "all facts/tuples"
CLASSES = [ALL, "roles", "coordination", "negation", "reported", "implicit", "other relations", "events", "dates",
           "entities not found", "typing", "merging", "linking", "no object", "repeated subject"]
# Why a gold fact was missed (news sets; each missed fact has one cause, the first that applies), for all facts
# and for the role facts among them.
CAUSES = ["an argument not found", "no statement between them", "another predicate", "reversed",
          "wrong polarity/modality/speaker", "object only inside a concept", "subject in no statement"]
CAUSE_ROWS = [f"why: {c}" for c in CAUSES] + [f"why (roles): {c}" for c in CAUSES]


def is_role(predicates) -> bool:
    """A role predicate: `president_of`, `head`, `member_of`, `work_for` (not implicit ones like `located_in`)."""
    return any((p.endswith("_of") and p not in IMPLICIT) or p in ROLE_WORDS for p in predicates)


def is_implicit(predicates) -> bool:
    return any(p in IMPLICIT for p in predicates)


def conjunct_pattern(mention: str) -> re.Pattern:
    """A mention next to a coordinator and another capitalised name: "A and B", "A, B and C", "B and A"."""
    m = re.escape(mention)
    name = r"(?:the\s+)?[A-Z][\w.&'-]*(?:\s+(?:of\s+)?[A-Z][\w.&'-]*)*"
    return re.compile(rf"\b{m}\b,?\s+(?:and|or)\s+{name}|{name},\s+(?:the\s+)?{m}\b|"
                      rf"{name},?\s+(?:and|or)\s+(?:the\s+)?{m}\b|\b{m},\s+{name}")


def fact_tags(fact: dict, gold: dict, article: str) -> set[str]:
    """The classes of one gold fact (the kind of fact it is, whatever the graph did)."""
    preds = {p.lower() for p in fact["predicate"]}
    tags = set()
    if is_implicit(preds) and not is_role(preds - IMPLICIT):
        tags.add("implicit")
    elif is_role(preds):
        tags.add("roles")
    if fact.get("polarity") == "Negative":
        tags.add("negation")
    if fact.get("modality") and "Asserted" not in fact["modality"]:
        tags.add("reported")
    mentions = {e["label"]: [e["label"], *e.get("mentions", [])] for e in gold["entities"]}
    for label in fact["subject"]:
        if any(conjunct_pattern(m).search(article) for m in mentions.get(label, [])):
            tags.add("coordination")
            break
    if len(fact["subject"]) > 1 and re.search(r"\b(?:the two|both|the three|the four)\b", article, re.I) and \
            len({e["type"] for e in gold["entities"] if e["label"] in fact["subject"]}) == 1:
        tags.add("coordination")  # a plural description ("the two companies") standing for the conjuncts
    if not tags & {"roles", "implicit"}:
        tags.add("other relations")
    return tags


def miss_cause(score, ctx, statements, fact: dict, types: dict[str, str]) -> str:
    """Why the graph does not hold a gold fact: an argument entity has no node of its type; no statement joins
    the subject's nodes to the object (an entity's nodes, or a text containing the gold words); one does with
    another predicate; one runs from object to subject; or the triple is there with the wrong polarity, modality,
    speaker or directness."""
    by_label = ctx.entity_nodes
    labels = list(fact["subject"]) + list(fact["object"].get("entity", []))
    for label in labels:
        if not any(score.is_a(ctx, node, types[label]) for node in by_label.get(label, ())):
            return CAUSES[0]
    subjects = score.nodes_of(ctx, fact["subject"])
    wanted = {score.normal_relation(name) for name in fact["predicate"]}
    joined = reversed_ = False
    for row in statements:
        if row.subject in subjects and score.object_matches(ctx, row.object, fact["object"]):
            joined = True
            if score.relation_names(ctx, row.predicate) & wanted:
                return CAUSES[4]
        elif "entity" in fact["object"] and row.object in subjects and \
                row.subject in score.nodes_of(ctx, fact["object"]["entity"]):
            reversed_ = True
    if joined:
        return CAUSES[2]
    if reversed_:
        return CAUSES[3]
    mine = [row for row in statements if row.subject in subjects]
    if not mine:
        return CAUSES[6]
    if "entity" in fact["object"]:
        objects = score.nodes_of(ctx, fact["object"]["entity"])
        if any(set(ctx.graph.objects(row.object, score.KG.involves)) & objects for row in mine):
            return CAUSES[5]
    return CAUSES[1]


def news_errors(score, graph: Graph, gold: dict, result: dict, article: str) -> tuple[Counter, Counter]:
    """(misses, spurious) by class for one news case; `score` is the scorer module, `result` its report."""
    miss, spur = Counter(), Counter()
    facts = gold.get("facts", [])
    ctx = score.make_context(graph, gold)
    types = {e["label"]: e["type"] for e in gold["entities"]}
    statements = score.read_statements(graph)
    for fact, detail in zip(facts, result["fact_detail"]):
        if not detail["found"]:
            miss[ALL] += 1
            tags = fact_tags(fact, gold, article)
            miss.update(tags)
            cause = miss_cause(score, ctx, statements, fact, types)
            miss[f"why: {cause}"] += 1
            if "roles" in tags:
                miss[f"why (roles): {cause}"] += 1
        if detail["event"] is False:
            miss["events"] += 1
        if detail["date"] is False:
            miss["dates"] += 1
        if detail["event_on_non_event"]:
            spur["events"] += 1
        if detail["found"] and "when" not in fact and detail["system_dates"]:
            spur["dates"] += 1
    for label, d in result["entity_detail"].items():
        if not d["found"]:
            miss["typing" if d["nodes"] else "entities not found"] += 1
            if d["nodes"]:
                given = {t for node in ctx.entity_nodes[label] for t in ENTITY_TYPES if score.is_a(ctx, node, t)}
                miss[f"typed: {types[label]} as {'/'.join(sorted(given)) or 'no entity'}"] += 1
            else:
                miss[f"not found: {types[label]}"] += 1
        elif not d["merged"]:
            miss["merging"] += 1
        if d["linked"] is False:
            miss["linking"] += 1
        spur["typing"] += len(d["wrong_types"])
    gold_nodes = {}
    for label, nodes in ctx.entity_nodes.items():
        for node in nodes:
            gold_nodes.setdefault(node, set()).add(label)
    spur["merging"] += sum(1 for labels in gold_nodes.values() if len(labels) > 1)
    by_label = {e["label"]: e for e in gold["entities"]}
    for node, labels in gold_nodes.items():
        qids = score.wikidata_ids(ctx, node)
        if len(labels) == 1 and qids and by_label[next(iter(labels))].get("wikidata") not in (None, *qids):
            spur["linking"] += 1
    entity_types = {}
    for cls in ENTITY_TYPES:
        for node in graph.subjects(RDF.type, score.KG[cls]):
            entity_types.setdefault(node, set()).add(cls)
    for node, types in entity_types.items():
        if node not in gold_nodes:
            spur["typing"] += 1  # an entity the gold does not have: a product, a fragment, a misread name
            for t in types:
                spur[f"typing: {t}"] += 1
    for claim in result["not_direct_detail"]:
        if claim["asserted"]:
            spur["negation" if "Negative" in claim["claim"] else "reported"] += 1
    for row in statements:
        s, p, o = row.subject, row.predicate, row.object
        if s not in gold_nodes or o not in gold_nodes or isinstance(o, Literal):
            continue
        if any(score.statement_matches(ctx, row, fact) for fact in facts):
            continue
        spur[ALL] += 1
        name = score.local_name(p)
        if name == "be" and entity_types.get(s, set()) & entity_types.get(o, set()) and gold_nodes[s] != gold_nodes[o]:
            spur["coordination"] += 1
        elif s == o:
            spur["repeated subject"] += 1
        elif name in IMPLICIT:
            spur["implicit"] += 1
        elif is_role({name}):
            spur["roles"] += 1
        elif str(graph.value(row.statement, score.KG.polarity)).endswith("Negative"):
            spur["negation"] += 1
        else:
            spur["other relations"] += 1
    return miss, spur


# CaRB dev

def _words(text: str) -> list[str]:
    return text.replace("[", " [").split()


def carb_tags(sentence: str, relation: str, args: list[str]) -> set[str]:
    """Surface classes of one CaRB tuple (gold or system)."""
    rel = _words(relation.lower())
    said = set(re.findall(r"[\w'-]+", sentence.lower()))
    tags = set()
    light = BE | HAVE | {"a", "an", "the"}
    if "[" in relation or (rel and all(w in light | PREPOSITIONS for w in rel)) or (
            rel and rel[0] in light and not all(w in said for w in rel if w not in light)):
        tags.add("implicit")  # bracketed, be/have alone, or be/have + words the sentence does not write
    if rel and rel[0].strip("[]") in BE and rel[-1] in {"of", "for", "at"}:
        tags.add("roles")
    if NEGATORS & set(rel) or any(NEGATORS & set(a.lower().split()) for a in args[:1]):
        tags.add("negation")
    for arg in args[:2]:
        a = arg.strip()
        if a and (re.search(r"\s(?:and|or)\s", a) or re.search(
                rf"(?:\b(?:and|or)\s+|,\s+){re.escape(a)}\b|\b{re.escape(a)},?\s+(?:and|or)\b", sentence)):
            tags.add("coordination")  # a conjunct of a list, or a whole list kept as one argument
    if len(args) < 2 or not " ".join(args[1:]).strip():
        tags.add("no object")
    elif args[0].strip().lower() == args[1].strip().lower():
        tags.add("repeated subject")
    if not tags - {"negation", "coordination"}:
        tags.add("other relations")
    return tags


def carb_errors(carb_score, gold_path, system_path) -> tuple[Counter, Counter]:
    """(misses, spurious) by class on CaRB dev; `carb_score` is the CaRB scorer module."""
    gold, _ = carb_score.group_by_sentence(carb_score.read_gold(gold_path))
    system, _ = carb_score.group_by_sentence(carb_score.read_tab(system_path))
    miss, spur = Counter(), Counter()
    for key, golds in gold.items():
        exts = system.get(key, [])
        table = [[carb_score.match(g, e) for e in exts] for g in golds]
        for i, g in enumerate(golds):
            if all(r == 0 for _, r in table[i]):
                miss[ALL] += 1
                miss.update(carb_tags(g.sentence, g.relation, g.args))
        ranked = sorted(((i, j) for i in range(len(golds)) for j in range(len(exts))),
                        key=lambda ij: (-table[ij[0]][ij[1]][0], ij[0], ij[1]))
        rows, paired = set(), {}
        for i, j in ranked:
            if i in rows or j in paired:
                continue
            rows.add(i)
            paired[j] = table[i][j][0]
        for j, e in enumerate(exts):
            if paired.get(j, 0.0) == 0.0:
                spur[ALL] += 1
                spur.update(carb_tags(e.sentence, e.relation, e.args))
    for key, exts in system.items():
        if key not in gold:
            for e in exts:
                spur[ALL] += 1
                spur.update(carb_tags(e.sentence, e.relation, e.args))
    return miss, spur


def render(columns: list[tuple[str, Counter, Counter]]) -> str:
    """One table: a row per class, a (missed, spurious) pair of columns per set."""
    rows = [c for c in CLASSES if any(m[c] or s[c] for _, m, s in columns)]
    extra = sorted({k for _, _, s in columns for k in s if k.startswith("typing: ")})
    extra += sorted({k for _, m, _ in columns for k in m if k.startswith(("typed: ", "not found: "))})
    extra += [c for c in CAUSE_ROWS if any(m[c] for _, m, _ in columns)]
    width = max(len(r) for r in rows + extra + ["class"]) + 2
    head = "".join(f"{name:>16}" for name, _, _ in columns)
    sub = "".join(f"{'missed':>9}{'spur.':>7}" for _ in columns)
    lines = [f"{'Errors by class':<{width}}{head}", f"{'':<{width}}{sub}"]
    for r in rows + extra:
        cells = "".join(f"{m.get(r, 0) if not r.startswith('typing: ') else '':>9}"
                        f"{s.get(r, 0) if not r.startswith(('why', 'typed: ', 'not found: ')) else '':>7}"
                        for _, m, s in columns)
        lines.append(f"  {r:<{width - 2}}{cells}")
    return "\n".join(lines)

