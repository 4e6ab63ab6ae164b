"""The project's own annotated news cases (eval/dev/*): each article has the reader's shape and each gold.json
follows the gold format (entities, facts, not_direct, CAMEO codes, dates) before any builder is run on it.
Model-free: these checks read files only."""
from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval/dev"
CASES = sorted(p for p in DEV.iterdir() if (p / "gold.json").is_file()) if DEV.is_dir() else []
TYPES = {"Person", "Organization", "GeopoliticalEntity", "Location", "Group", "Event"}
MODALITIES = {"Asserted", "Reported", "Hypothetical", "Requested"}
FACT_KEYS = {"subject", "predicate", "object", "polarity", "modality", "attributed_to", "direct", "cameo", "when",
             "when_precision"}
CLAIM_KEYS = {"subject", "predicate", "object"}
RELATION = re.compile(r"[a-z][a-z0-9_]*")


def cameo_codes() -> set[str]:
    lines = (ROOT / "eval/cameo_codes.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def valid_when(when: str) -> bool:
    if re.fullmatch(r"\d{4}", when):
        return True
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", when):
        return True
    try:
        return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", when)) and bool(datetime.date.fromisoformat(when))
    except ValueError:
        return False


def gold_problems(gold: dict, article: str, codes: set[str]) -> list[str]:
    """Everything in one gold that the format does not allow or that the article does not support."""
    problems = []
    entities = gold.get("entities")
    if not isinstance(entities, list) or not entities:
        return ["no entities"]
    labels = [e.get("label") for e in entities]
    if len(set(labels)) != len(labels):
        problems.append("duplicate entity labels")
    folded = " ".join(article.split()).casefold()
    for e in entities:
        name = e.get("label")
        if e.get("type") not in TYPES or not set(e.get("not_types", [])) <= TYPES:
            problems.append(f"{name}: bad type")
        if e.get("type") in e.get("not_types", []):
            problems.append(f"{name}: type also in not_types")
        if "wikidata" in e and not re.fullmatch(r"Q[1-9]\d*", str(e["wikidata"])):
            problems.append(f"{name}: bad Q-id")
        mentions = e.get("mentions", [])
        if not mentions or not all(isinstance(m, str) and m for m in mentions):
            problems.append(f"{name}: needs mentions")
        for m in mentions:
            if " ".join(m.split()).casefold() not in folded:
                problems.append(f"{name}: mention {m!r} is not in the article")
        if set(e) - {"label", "type", "wikidata", "mentions", "not_types"}:
            problems.append(f"{name}: unknown keys {set(e) - {'label', 'type', 'wikidata', 'mentions', 'not_types'}}")
    known = set(labels)
    for key, allowed in (("facts", FACT_KEYS), ("not_direct", CLAIM_KEYS)):
        for n, c in enumerate(gold.get(key, [])):
            where = f"{key}[{n}]"
            if set(c) - allowed:
                problems.append(f"{where}: unknown keys {sorted(set(c) - allowed)}")
            obj = c.get("object", {})
            named = set(c.get("subject", [])) | set(c.get("attributed_to", [])) | set(obj.get("entity", [])) \
                | set(obj.get("involves", []))
            if named - known:
                problems.append(f"{where}: unknown entities {sorted(named - known)}")
            if not c.get("subject") or not c.get("predicate"):
                problems.append(f"{where}: needs subject and predicate")
            if not all(RELATION.fullmatch(p) for p in c.get("predicate", [])):
                problems.append(f"{where}: predicates are lower_case_with_underscores")
            if not ("entity" in obj or "contains" in obj) or set(obj) - {"entity", "contains", "involves"}:
                problems.append(f"{where}: object needs entity or contains")
            for piece in obj.get("contains", []):
                if piece.casefold() not in folded:
                    problems.append(f"{where}: contains {piece!r} is not in the article")
            if c.get("polarity", "Positive") not in ("Positive", "Negative"):
                problems.append(f"{where}: bad polarity")
            if not set(c.get("modality", [])) <= MODALITIES:
                problems.append(f"{where}: bad modality")
            if c.get("direct") not in (None, True, False):
                problems.append(f"{where}: direct is true or false")
            cameo = c.get("cameo")
            if cameo is not None:
                listed = [cameo] if isinstance(cameo, str) else cameo
                if not isinstance(listed, list) or not 1 <= len(listed) <= 2 or set(listed) - codes:
                    problems.append(f"{where}: cameo {cameo!r} is not one or two codes of the CAMEO table")
            if "when" in c and not (isinstance(c["when"], str) and valid_when(c["when"])):
                problems.append(f"{where}: bad when {c['when']!r}")
            if "when" in c and c["when"] > gold.get("published", "9999") and not set(c.get("modality", [])) \
                    & {"Hypothetical", "Reported", "Requested"}:
                problems.append(f"{where}: asserted fact dated after publication")
            if c.get("when_precision") not in (None, "week"):
                problems.append(f"{where}: when_precision is week")
            if c.get("when_precision") == "week" and datetime.date.fromisoformat(c["when"]).weekday() != 0:
                problems.append(f"{where}: a week is named by its Monday")
            if key == "facts" and (c.get("direct") is True) and (
                    c.get("polarity") == "Negative" or set(c.get("modality", [])) - {"Asserted"}):
                problems.append(f"{where}: a negative or non-asserted fact cannot be direct")
    return problems


def article_problems(text: str) -> list[str]:
    """The reader's article shape: headline, byline, date line, a body of 8-20 sentences, an Original url line."""
    lines = [line for line in text.splitlines() if line.strip()]
    problems = []
    if not lines or not lines[0].startswith("# "):
        problems.append("no '# headline'")
    if len(lines) < 3 or not lines[1].startswith("By "):
        problems.append("no 'By ...' byline")
    if len(lines) < 3 or not re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", lines[2].strip()):
        problems.append("no date line like 'March 14, 2024'")
    if not re.fullmatch(r"Original url: <https?://\S+>", lines[-1].strip()):
        problems.append("no 'Original url: <...>' line")
    body = " ".join(lines[3:-1])
    sentences = len(re.findall(r"[.!?][\"”’]?(?=\s+[A-Z\"“]|\s*$)", body))
    if not 8 <= sentences <= 24:
        problems.append(f"body has {sentences} sentences")
    return problems


def test_enough_cases_and_beats():
    assert len(CASES) >= 24, f"{len(CASES)} cases"
    readme = (DEV / "README.md").read_text(encoding="utf-8")
    beats = [line.split("|")[1:3] for line in readme.splitlines() if line.startswith("| ") and "---" not in line]
    listed = {case.strip() for _, cases in beats[1:] for case in cases.split(",")}
    assert listed == {c.name for c in CASES}, "every case sits under one beat in eval/dev/README.md"
    assert sum(1 for _, cases in beats[1:] if len(cases.split(",")) >= 2) >= 12


def check_case(case: Path) -> tuple[str, dict]:
    """Assert what every annotated case holds (test_heldout.py checks its cases with it too); its text and gold."""
    text = (case / "article.md").read_text(encoding="utf-8")
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    assert gold.get("id") == case.name
    date_line = [line for line in text.splitlines() if line.strip()][2].strip()
    assert datetime.datetime.strptime(date_line, "%B %d, %Y").date().isoformat() == gold.get("published")
    assert article_problems(text) == []
    assert gold_problems(gold, text, cameo_codes()) == []
    assert 8 <= len(gold.get("facts", [])) <= 16
    return text, gold


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_is_well_formed(case: Path):
    check_case(case)


def test_the_checks_catch_bad_gold():
    text = "# H\n\nBy A\n\nMay 1, 2024\n\nAda Low met Bo Chan on Monday.\n\nOriginal url: <https://x.org/a>\n"
    good = {"entities": [{"label": "Ada Low", "type": "Person", "mentions": ["Ada Low"]}],
            "facts": [{"subject": ["Ada Low"], "predicate": ["meet"], "object": {"contains": ["Bo Chan"]},
                       "cameo": "036", "when": "2024-04-29"}], "published": "2024-05-01"}
    assert gold_problems(good, text, cameo_codes()) == []
    bad = json.loads(json.dumps(good))
    bad["facts"][0].update(cameo="999", when="2024-13", subject=["Bo Chan"], direct=True, polarity="Negative")
    bad["entities"][0]["mentions"].append("Low Ada")
    found = " ".join(gold_problems(bad, text, cameo_codes()))
    for needle in ("cameo", "bad when", "unknown entities", "cannot be direct", "not in the article"):
        assert needle in found
    assert article_problems(text.replace("By A", "A")) == ["no 'By ...' byline", "body has 1 sentences"]
