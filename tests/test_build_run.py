"""kg.pipeline.run, the one build loop: every sink from one call, duplicate URLs, the CLI as a thin wrapper."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main
from kg.errors import KGError
from kg.pipeline import run
from kg.sinks import DatasetSink
from kg.store import Store

pytestmark = pytest.mark.model

BODY = """# {head}

Original url: <https://example.org/{slug}>

{body}
"""


def write(folder, name, head, slug, body):
    path = folder / name
    path.write_text(BODY.format(head=head, slug=slug, body=body), encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a.md", "Harbour closes", "harbour", "The mayor of Oslo closed the harbour on Friday.")
    write(folder, "b.md", "Dam breaks", "dam", "Kremlin spokesman Dmitry Peskov blamed Ukraine for the dam.")
    return folder


def test_run_feeds_file_store_and_dataset_from_one_loop(nlp, corpus, tmp_path):
    sink = DatasetSink()
    out = tmp_path / "out.nq"
    summary = run([str(corpus)], output=str(out), store=str(tmp_path / "store"), sinks=[sink], nlp=nlp)
    assert summary.counts["added"] == 2 and summary.total == 2 and not summary.bad
    from_file = Dataset()
    from_file.parse(out, format="nquads")
    with Store(tmp_path / "store", read_only=True) as store:
        assert len(store.articles()) == 2
        in_store = store.to_dataset()
    graphs = lambda ds: {str(g.identifier) for g in ds.graphs() if len(g) and "article/" in str(g.identifier)}
    assert graphs(from_file) == graphs(sink.dataset) == graphs(in_store) and len(graphs(from_file)) == 2


def test_run_without_a_sink_or_an_article_says_so(nlp, tmp_path):
    with pytest.raises(KGError, match="say where"):
        run([], nlp=nlp)
    empty = tmp_path / "e.md"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(KGError, match="no article could be read"):
        run([str(empty)], sinks=[DatasetSink()], nlp=nlp, on_error=lambda err: None)


def test_files_sharing_a_url_keep_the_first_and_count_duplicates(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, mayor in (("1.md", "Oslo"), ("2.md", "Bergen"), ("3.md", "Tromso")):
        write(folder, name, "Harbour closes", "same", f"The mayor of {mayor} closed the harbour on Friday.")
    store = tmp_path / "store"
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(folder), "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert first.output.count("same URL") == 1            # warned once, not per file
    assert "1 added, 2 duplicate" in first.output
    with Store(store, read_only=True) as opened:
        labels = {str(q[2]) for q in opened.to_dataset().quads((None, None, None, None))}
    assert "Oslo" in labels and "Bergen" not in labels and "Tromso" not in labels    # the first wins
    again = runner.invoke(main, ["build", str(folder), "--store", str(store)])
    assert again.exit_code == 0, again.output
    assert "1 skipped, 2 duplicate" in again.output and "replaced" not in again.output
