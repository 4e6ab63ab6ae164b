"""bench/realpages.py on a small stand-in for newspaper4k's test data, laid out as its sdist is, from our own pages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import realpages  # noqa: E402

PAGES = Path(__file__).parent / "data" / "html"


def test_token_scores_and_character_tokens_for_unspaced_scripts():
    assert realpages.prf("the port reopened", "The port reopened today", "en") == (1.0, 0.75, 6 / 7)
    assert realpages.tokens("港口重开", "zh") == {"港": 1, "口": 1, "重": 1, "开": 1}
    assert realpages.prf("", "text", "en") == (0.0, 0.0, 0.0)


def test_bench_scores_our_reader_and_reports_language_skips_apart(tmp_path, capsys):
    data = tmp_path / "newspaper4k-0.0" / "tests" / "data"
    for sub in ("html", "txt", "metadata"):
        (data / sub).mkdir(parents=True)
    story = PAGES / "headline-site-name.html"
    (data / "html" / "ferry.html").write_bytes(story.read_bytes())
    (data / "html" / "ferry_copy.html").write_bytes(story.read_bytes())          # a duplicate: scored once
    (data / "txt" / "ferry.txt").write_text(
        "The ferry workers' union called off its strike on Thursday evening, two days after it began, when the "
        "operator agreed to review the new shift rota.\n\nUnion leaders said the operator had moved further in two "
        "days than in six months of talks before the strike.\n\n\u201cWe did not want to strand the islanders for "
        "a week,\u201d the union's chair said.\n\n\u2014 Marit Olsen, union chair\n\nThe operator said ferries "
        "would run to the normal timetable.", encoding="utf-8")      # "from Friday morning" left out: recall 1
    (data / "txt" / "ferry_copy.txt").write_text("x", encoding="utf-8")
    (data / "metadata" / "ferry.json").write_text(json.dumps({
        "language": "en", "title": "Why the Ferry Strike Ended So Quickly", "authors": ["Lena Fischer"],
        "publish_date": "2024-03-08T06:10:00+01:00"}), encoding="utf-8")
    (data / "html" / "city.html").write_bytes((PAGES / "chinese-story.html").read_bytes())
    (data / "txt" / "city.txt").write_text("市政府周三宣布，将在河东区新建一座公共图书馆，预计明年春天动工。"
                                           "新馆面积约为八千平方米，将设有儿童阅览室、自习区和一个小型展厅。",
                                           encoding="utf-8")
    (data / "html" / "front.html").write_bytes((PAGES / "no-story.html").read_bytes())   # no reference text
    realpages.main([str(tmp_path / "newspaper4k-0.0")])
    out = capsys.readouterr().out
    assert "2 pages with a reference (1 English, 1 not); duplicates scored once: ferry_copy = ferry" in out
    # every word of the reference found, three more ('from Friday morning'); headline, day and author right
    assert "| ferry | en | 0.96/1.00/0.98 |" in out and "| === |" in out
    assert "| city | zh | fails (language zh) | " in out
    assert "1 pages, failing 1 (1 of them left out by language)" in out
    assert "front: no article (has no article text after parsing)" in out
