"""Text the model must not see raw: runs with no space (quadratic tokenizer) and articles over spaCy's max_length."""
from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg import parse
from kg.cli import main
from kg.parse import MAX_TOKEN_CHARS, blank_long_runs, chunks, long_runs
from kg.rdf.namespaces import KG, RDF
from kg.types import Article

PROSE = ("The mayor of Oslo closed the harbour on Friday. Prime Minister Jonas Gahr Store said the port would "
         "reopen next week. Fishermen in Bergen criticised the decision.")


def test_chunks_join_back_exactly_and_cut_on_paragraphs():
    text = "\n\n".join(f"Paragraph {i}. " + "word " * (i % 7 + 3) for i in range(200))
    parts = chunks(text, size=120)
    assert "".join(parts) == text
    assert all(len(p) <= 120 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])
    hard = "x" * 50 + " " + "y" * 50
    assert "".join(chunks(hard, 30)) == hard and all(len(p) <= 30 for p in chunks(hard, 30))


def test_blanking_keeps_every_offset():
    text = "Start. " + ".,;" * 1000 + " End here."
    blanked, n = blank_long_runs(text)
    assert n == 1 and len(blanked) == len(text)
    assert blanked.index("End here.") == text.index("End here.")
    assert long_runs(blanked) == [] and long_runs("a" * MAX_TOKEN_CHARS) == []


def statements_point_into(text: str, graph: Graph) -> list[int]:
    """The charStart of every statement, after checking that its offsets slice out its sentence."""
    starts = []
    for st in graph.subjects(RDF.type, KG.Statement):
        start, end = int(graph.value(st, KG.charStart)), int(graph.value(st, KG.charEnd))
        assert text[start:end] == str(graph.value(st, KG.sentence))
        starts.append(start)
    return starts


@pytest.mark.model
def test_chunked_parse_keeps_offsets_exact(nlp, monkeypatch):
    from kg.pipeline import article_graph
    text = "\n\n".join([PROSE] * 12)
    monkeypatch.setattr(parse, "CHUNK_CHARS", 400)
    assert len(chunks(text, 400)) > 4
    graph = article_graph(Article(text=text, url="https://example.org/chunks"), nlp)
    starts = statements_point_into(text, graph)
    assert max(starts) > len(text) - len(PROSE)         # the last chunk is read, at its true place


@pytest.mark.model
def test_a_megabyte_of_punctuation_ends_fast_with_one_note(nlp, tmp_path):
    path = tmp_path / "punct.md"
    path.write_text(f"# Harbour\n\n{PROSE}\n\n" + ".,;" * 333_000 + f"\n\n{PROSE}\n", encoding="utf-8")
    start = time.monotonic()
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "o.nt")])
    took = time.monotonic() - start
    assert result.exit_code == 0, result.output
    assert result.output.count("blanked 1 run") == 1 and "999,000" in result.output
    assert took < 30
    assert len(Graph().parse(tmp_path / "o.nt", format="nt")) > 20


@pytest.mark.model
@pytest.mark.slow
def test_an_article_over_a_million_characters_from_stdin_with_two_workers(tmp_path):
    filler = "\n\n".join("=" * 300 for _ in range(3500))          # blanked: cheap to parse, long to count
    body = f"{PROSE}\n\n{filler}\n\n{PROSE}"
    assert len(body) > 1_000_000
    line = json.dumps({"title": "Harbour", "url": "https://example.org/long", "text": body})
    out = tmp_path / "o.nq"
    result = CliRunner().invoke(main, ["build", "-", "-o", str(out), "--workers", "2"], input=line + "\n")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "blanked 3,500 runs" in result.output
    ds = Dataset()
    ds.parse(out, format="nquads")
    graph = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    starts = statements_point_into(body, graph)
    assert max(starts) > 1_000_000 and min(starts) < 100


@pytest.mark.model
def test_clauses_nested_thousands_deep_end_without_recursion_error(nlp):
    from kg.extract.clauses import MAX_SENTENCE_TOKENS
    from kg.pipeline import article_graph
    deep = "He said that " * 2000 + "it rained."
    text = f"{PROSE}\n\n{deep}"
    start = time.monotonic()
    graph = article_graph(Article(text=text, url="https://example.org/deep"), nlp)
    assert time.monotonic() - start < 30
    starts = statements_point_into(text, graph)
    assert starts and max(starts) < len(PROSE)          # the prose is read; the 6,000-token sentence is cut off
    assert len(deep.split()) > MAX_SENTENCE_TOKENS
