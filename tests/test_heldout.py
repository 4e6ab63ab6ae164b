"""The held-out news cases (eval/heldout/*), written by two contributors and kept out of development so that they
measure whether the extraction rules generalise: each case has the reader's article shape and a gold.json in the
format of eval/dev (the same checks as tests/test_devset.py), and eval/heldout/README.md lists every case under its
beat.
Model-free: these checks read files only."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_devset import check_case

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "eval/heldout"
CASES = sorted(p for p in HELDOUT.iterdir() if (p / "gold.json").is_file()) if HELDOUT.is_dir() else []


def test_enough_cases_and_beats():
    assert len(CASES) >= 12, f"{len(CASES)} cases"
    readme = (HELDOUT / "README.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1:3] for line in readme.splitlines() if line.startswith("| ") and "---" not in line]
    listed = [case.strip() for _, cases in rows[1:] for case in cases.split(",")]
    assert sorted(listed) == [c.name for c in CASES], "every case sits under exactly one beat in eval/heldout/README.md"
    assert len(rows[1:]) >= 12, "at least 12 beats"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_is_well_formed(case: Path):
    text, gold = check_case(case)
    words = len(" ".join(text.splitlines()[3:-1]).split())
    assert 250 <= words <= 450, f"{words} words in the body"
    assert gold.get("not_direct"), "each held-out case has claims the article denies, reports or imagines"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_gold_names_are_consistent(case: Path):
    """No surface form is a mention of two entities (a name that merges two nodes could not be scored)."""
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for e in gold["entities"]:
        for m in e["mentions"]:
            assert seen.setdefault(m.casefold(), e["label"]) == e["label"], f"{m!r} names two entities"
