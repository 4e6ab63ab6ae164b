"""The persistent Oxigraph store: idempotent writes, cross-article merging, locking, readers, crash safety."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from kg.errors import OutputError, QueryError, StoreError
from kg.rdf.namespaces import KG, KGP, KGR, PROV, RDF, RDFS, SCHEMA
from kg.store import LOCK_NAME, Store, article_node
from kg.types import Article

HERE = Path(__file__).parent

PEOPLE = [("vladimir-putin", "Vladimir Putin"), ("joe-biden", "Joe Biden"), ("olaf-scholz", "Olaf Scholz"),
          ("emmanuel-macron", "Emmanuel Macron"), ("volodymyr-zelensky", "Volodymyr Zelensky")]


def make_article(i: int, version: int = 0) -> Article:
    return Article(text=f"Article {i} text, version {version}.", headline=f"Headline {i}", date="2022-02-21",
                   url=f"https://news.example/{i}", source=f"article-{i}.md")


def make_graph(article: Article, n_statements: int = 5, people: tuple[int, ...] | None = None,
               surname_only: bool = False) -> Graph:
    """An article graph shaped like the contract's: article node, entities, reified statements, predicates."""
    g = Graph()
    art = article_node(article)
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, SCHEMA.headline, Literal(article.headline)))
    g.add((art, KG.contentHash, Literal(article.content_hash)))
    seed = int(article.key[:8], 16)
    chosen = people if people is not None else (seed % len(PEOPLE), (seed // 7) % len(PEOPLE))
    entities = []
    for idx in chosen:
        key, name = PEOPLE[idx]
        if surname_only:
            key, name = key.split("-")[-1], name.split()[-1]
        iri = KGR["entity/" + key]
        entities.append(iri)
        g.add((iri, RDF.type, KG.Person))
        g.add((iri, RDFS.label, Literal(name)))
        g.add((art, SCHEMA.mentions, iri))
    for n in range(n_statements):
        stmt = KGR[f"statement/{article.key}-{n}"]
        pred = KGP[f"verb_{n % 4}"]
        subj, obj = entities[n % len(entities)], entities[(n + 1) % len(entities)]
        g.add((pred, RDF.type, RDF.Property))
        g.add((pred, RDFS.label, Literal(f"verb {n % 4}")))
        g.add((stmt, RDF.type, KG.Statement))
        g.add((stmt, RDF.subject, subj))
        g.add((stmt, RDF.predicate, pred))
        g.add((stmt, RDF.object, obj))
        g.add((stmt, KG.sentence, Literal(f"Sentence {n} of {article.text}\n\"quoted\" \\ é \u0001")))
        g.add((stmt, KG.charStart, Literal(n * 10)))
        g.add((stmt, PROV.wasDerivedFrom, art))
        g.add((subj, pred, obj))
    return g


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store") as opened:
        yield opened


def test_store_put_article_adds_skips_and_replaces(store):
    article = make_article(1)
    assert store.put_article(article, make_graph(article)) == "added"
    assert store.put_article(article, make_graph(article)) == "skipped"
    changed = make_article(1, version=2)
    assert article_node(changed) == article_node(article)
    assert store.put_article(changed, make_graph(changed, n_statements=2)) == "replaced"
    assert store.articles() == [str(article_node(article))]
    assert store.content_hash(article_node(article)) == changed.content_hash
    assert isomorphic(store.article_graph(article_node(article)), make_graph(changed, n_statements=2))


def test_store_is_idempotent_across_reopen(tmp_path):
    articles = [make_article(i) for i in range(4)]
    with Store(tmp_path / "s") as store:
        assert [store.put_article(a, make_graph(a)) for a in articles] == ["added"] * 4
        size = len(store)
    with Store(tmp_path / "s") as store:
        assert [store.put_article(a, make_graph(a)) for a in articles] == ["skipped"] * 4
        assert len(store) == size


def test_store_resolves_entities_against_stored_ones(tmp_path):
    first, second = make_article(1), make_article(2)
    with Store(tmp_path / "s") as store:
        store.put_article(first, make_graph(first, people=(0, 1)))
    with Store(tmp_path / "s") as store:          # the index is loaded from the store on open
        store.put_article(second, make_graph(second, people=(0,), surname_only=True))
        result = store.query("SELECT ?e ?label WHERE { ?e a kg:Person ; rdfs:label ?label } ORDER BY ?e")
        assert [str(e) for e, _ in result.rows] == [str(KGR["entity/joe-biden"]), str(KGR["entity/vladimir-putin"])]
        putin = KGR["entity/vladimir-putin"]
        aliases = store.query(f"SELECT DISTINCT ?a WHERE {{ <{putin}> skos:altLabel ?a }}")
        assert [str(a) for (a,) in aliases.rows] == ["Putin"]
        in_second = store.article_graph(article_node(second))
        assert (putin, RDFS.label, Literal("Vladimir Putin")) in in_second


def test_store_replacing_one_article_keeps_the_others_entity_labels(store):
    first, second = make_article(1), make_article(2)
    store.put_article(first, make_graph(first, people=(0,)))
    store.put_article(second, make_graph(second, people=(0,)))
    changed = make_article(1, version=1)
    store.put_article(changed, make_graph(changed, people=(1,)))
    assert store.query(f"ASK {{ <{KGR['entity/vladimir-putin']}> rdfs:label 'Vladimir Putin' }}").boolean


def test_store_query_refuses_updates_and_service(store):
    with pytest.raises(QueryError, match="Update"):
        store.query("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")


def test_store_query_kinds(store):
    article = make_article(1)
    store.put_article(article, make_graph(article, people=(0, 1)))
    assert store.query("ASK { ?s a kg:Statement }").boolean is True
    constructed = store.query("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a kg:Person ; rdfs:label ?l }")
    assert constructed.kind == "graph" and len(constructed.graph) == 2
    optional = store.query("SELECT ?s ?x WHERE { ?s a kg:Person OPTIONAL { ?s kg:nothing ?x } }")
    assert optional.vars == ["s", "x"] and all(row[1] is None for row in optional.rows)
    by_graph = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } } GROUP BY ?g")
    assert by_graph.rows == [(article_node(article), Literal(5))]


def test_store_exports_named_graphs_and_union(store, tmp_path):
    articles = [make_article(i) for i in range(3)]
    for a in articles:
        store.put_article(a, make_graph(a))
    for name in ("out.trig", "out.nq"):
        store.export(tmp_path / name)
        ds = Dataset()
        ds.parse(tmp_path / name)
        graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert graphs == set(store.articles())
        assert sum(len(g) for g in ds.graphs()) == sum(len(store.article_graph(iri)) for iri in store.articles())
    union = set().union(*(set(store.article_graph(iri)) for iri in store.articles()))
    assert len(store) == len(union) < sum(len(store.article_graph(iri)) for iri in store.articles())
    for name in ("out.ttl", "out.nt", "out.jsonld"):
        store.export(tmp_path / name)
        assert set(Graph().parse(tmp_path / name)) == union
    with pytest.raises(OutputError):
        store.export(tmp_path / "missing" / "out.trig")


def test_store_second_writer_waits_then_fails_with_the_holder(tmp_path):
    folder = tmp_path / "s"
    with Store(folder):
        started = time.monotonic()
        with pytest.raises(StoreError, match=rf"being written by another build \(pid {os.getpid()}\)"):
            Store(folder, wait=0.3)
        assert time.monotonic() - started >= 0.3
    with Store(folder, wait=0):               # released on close
        pass


def test_store_lock_of_a_killed_writer_does_not_block(tmp_path):
    folder = tmp_path / "s"
    code = f"from kg.store import Store; s = Store({str(folder)!r}); print('locked', flush=True); import time; time.sleep(60)"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match=f"pid {proc.pid}"):
            Store(folder)
    finally:
        proc.kill()
        proc.wait()
    assert (folder / LOCK_NAME).exists()
    with Store(folder, wait=2) as store:
        assert len(store) == 0


def test_store_reader_opens_beside_a_writer(tmp_path):
    folder = tmp_path / "s"
    article = make_article(1)
    with Store(folder) as writer:
        writer.put_article(article, make_graph(article))
        writer._store.flush()
        with Store(folder, read_only=True) as reader:
            assert reader.articles() == [str(article_node(article))]
            with pytest.raises(StoreError, match="read-only"):
                reader.put_article(article, make_graph(article))


@pytest.mark.parametrize("make", [lambda p: p.write_text("x"), lambda p: (p.mkdir(), (p / "notes.txt").write_text("x"))],
                         ids=["file", "foreign-folder"])
def test_store_refuses_a_path_that_is_not_a_store(tmp_path, make):
    target = tmp_path / "target"
    make(target)
    with pytest.raises(StoreError, match="Cannot use"):
        Store(target)


def test_store_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="No store at"):
        Store(tmp_path / "nothing", read_only=True)


def test_store_closed_store_says_so(tmp_path):
    store = Store(tmp_path / "s")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.articles()


# -- crash safety ------------------------------------------------------------------------------

N_CRASH_ARTICLES = 20
_WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_store import make_article, make_graph, N_CRASH_ARTICLES
    from kg.store import Store
    with Store({folder!r}, wait=10) as store:
        for i in range(N_CRASH_ARTICLES):
            a = make_article(i)
            print(store.put_article(a, make_graph(a, n_statements=60)), flush=True)
""")


def _clean_graphs() -> dict[str, Graph]:
    return {str(article_node(a)): make_graph(a, n_statements=60) for a in map(make_article, range(N_CRASH_ARTICLES))}


@pytest.mark.slow
def test_store_survives_sigkill_and_completes_on_rerun(tmp_path):
    folder = str(tmp_path / "s")
    script = _WRITER.format(tests=str(HERE), folder=folder)
    rng = random.Random(4)
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        proc.stdout.readline()                # it is writing
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Store(folder, read_only=True) as reader:
            for iri in reader.articles():      # every article in the store is complete
                assert len(reader.article_graph(iri)) == len(_clean_graphs()[iri])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "skipped" in done.stdout
    clean_union = set().union(*(set(g) for g in _clean_graphs().values()))
    with Store(folder, read_only=True) as reader:
        assert reader.articles() == sorted(_clean_graphs())
        assert len(reader) == len(clean_union)
        for iri, graph in _clean_graphs().items():
            assert isomorphic(reader.article_graph(iri), graph)


def test_store_cli_commands_read_a_store(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    folder = tmp_path / "s"
    with Store(folder) as store:
        for i in range(2):
            a = make_article(i)
            store.put_article(a, make_graph(a, people=(0, 1)))
        expected = store.to_dataset()
    runner = CliRunner()
    result = runner.invoke(main, ["query", "--store", str(folder), "--format", "csv",
                                  "SELECT ?l WHERE { ?e a kg:Person ; rdfs:label ?l } ORDER BY ?l"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["l", "Joe", "Biden", "Vladimir", "Putin"]
    result = runner.invoke(main, ["export", "--store", str(folder), "-o", str(tmp_path / "out.trig")])
    assert result.exit_code == 0, result.output
    back = Dataset()
    back.parse(tmp_path / "out.trig")
    assert {(str(g.identifier), len(g)) for g in back.graphs() if len(g)} == \
        {(str(g.identifier), len(g)) for g in expected.graphs() if len(g)}
    for command in (["stats", "--store", str(folder)], ["viz", "--store", str(folder), "-o", str(tmp_path / "a.gexf")]):
        result = runner.invoke(main, command)
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["stats", "--store", str(folder), "graph.ttl"])
    assert result.exit_code == 2 and "name the graph to read" in result.output
    result = runner.invoke(main, ["query", "--store", str(tmp_path / "none"), "ASK {}"])
    assert result.exit_code == 1 and "No store at" in result.output


_CLI_TEXTS = ["Russian President Vladimir Putin recognised two separatist regions on Monday, the Kremlin said.",
              "NATO Secretary General Jens Stoltenberg condemned the decision in Brussels.",
              "German Chancellor Olaf Scholz halted the Nord Stream 2 pipeline, Berlin said on Tuesday.",
              "Putin denied that Russia planned to invade Ukraine. Stoltenberg said NATO would not send troops."]


def _cli_corpus(path: Path, n: int) -> None:
    import json
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            text = " ".join(_CLI_TEXTS[(i + k) % len(_CLI_TEXTS)] for k in range(3))
            out.write(json.dumps({"title": f"Story {i}", "date": "2022-02-21",
                                  "url": f"https://news.example/{i}", "text": text}) + "\n")


def _stored(folder: str) -> int:
    if not Path(folder, "CURRENT").exists():
        return 0
    try:
        with Store(folder, read_only=True) as reader:
            return len(reader.articles())
    except StoreError:
        return 0


@pytest.mark.model
@pytest.mark.slow
def test_store_kg_build_survives_sigkill(tmp_path):
    """kg build --store killed at random moments: the store stays readable, each article complete; a rerun completes."""
    kg = str(Path(sys.executable).parent / "kg")
    if not Path(kg).exists():
        pytest.skip("the kg console script is not installed")
    corpus = tmp_path / "corpus.jsonl"
    _cli_corpus(corpus, 40)
    clean_dir, crash_dir = str(tmp_path / "clean"), str(tmp_path / "crash")
    subprocess.run([kg, "build", str(corpus), "--store", clean_dir, "-q"], check=True, timeout=300)
    with Store(clean_dir, read_only=True) as clean:
        expected = {iri: len(clean.article_graph(iri)) for iri in clean.articles()}
        expected_union = len(clean)
    assert len(expected) == 40
    rng = random.Random(20)
    stored, partial = 0, []
    for _ in range(3):
        proc = subprocess.Popen([kg, "build", str(corpus), "--store", crash_dir, "-q", "--batch-size", "2"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline and _stored(crash_dir) <= stored:
            time.sleep(0.05)              # wait until this run has written an article of its own
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Store(crash_dir, read_only=True) as reader:
            for iri in reader.articles():
                assert len(reader.article_graph(iri)) == expected[iri]
            stored = len(reader.articles())
        partial.append(stored)
    assert any(0 < n < len(expected) for n in partial), partial   # at least one kill landed mid-build
    subprocess.run([kg, "build", str(corpus), "--store", crash_dir, "-q"], check=True, timeout=300)
    with Store(crash_dir, read_only=True) as reader:
        assert {iri: len(reader.article_graph(iri)) for iri in reader.articles()} == expected
        assert len(reader) == expected_union


def _snapshot(folder: Path) -> dict[str, bytes]:
    # RocksDB's own info log (LOG, LOG.old.*) records each attempt to open; every other file must stay as it was
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.startswith("LOG")}


@pytest.mark.parametrize("damage", ["manifest", "sst"])
def test_store_damaged_files_give_one_line_and_no_further_damage(tmp_path, damage):
    from click.testing import CliRunner

    from kg.cli import main
    folder = tmp_path / "store"
    with Store(folder) as store:
        for i in range(3):
            article = make_article(i)
            store.put_article(article, make_graph(article))
    if damage == "manifest":
        for manifest in folder.glob("MANIFEST-*"):
            manifest.write_bytes(b"garbage\n")
    else:
        ssts = sorted(folder.glob("*.sst"))
        assert ssts
        for sst in ssts:
            with open(sst, "r+b") as stream:
                stream.truncate(100)
    before = _snapshot(folder)
    article = tmp_path / "a.md"
    article.write_text("# Head\n\nThe mayor of Oslo closed the harbour.\n", encoding="utf-8")
    runner = CliRunner()
    for args in (["build", str(article), "--store", str(folder), "-q"], ["query", "--store", str(folder), "ASK {}"],
                 ["export", "--store", str(folder), "-o", str(tmp_path / "o.nq")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, result.output
        assert "is damaged" in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert _snapshot(folder) == before
    with pytest.raises(StoreError, match="is damaged"):
        Store(folder)


# -- bulk mode ---------------------------------------------------------------------------------

def _quads(store: Store) -> set:
    return {(s, p, o, g) for s, p, o, g in store.to_dataset().quads((None, None, None, None))}


def test_store_bulk_mode_writes_what_the_update_path_writes(tmp_path, monkeypatch):
    import kg.store as store_module
    monkeypatch.setattr(store_module, "_BULK_QUADS", 500)        # several batches
    articles = [make_article(i) for i in range(12)]
    with Store(tmp_path / "plain") as plain, Store(tmp_path / "bulk", bulk=True) as bulk:
        for target in (plain, bulk):
            outcomes = [target.put_article(a, make_graph(a, people=(i % 3, 3))) for i, a in enumerate(articles)]
            assert outcomes == ["added"] * 12
            assert target.put_article(articles[0], make_graph(articles[0], people=(0, 3))) == "skipped"
            changed = make_article(5, version=1)
            assert target.put_article(changed, make_graph(changed, people=(1, 4))) == "replaced"
        assert bulk.articles() == plain.articles()
        assert len(bulk) == len(plain)
        assert _quads(bulk) == _quads(plain)
    with Store(tmp_path / "bulk", read_only=True) as reopened, Store(tmp_path / "plain", read_only=True) as plain:
        assert _quads(reopened) == _quads(plain)


_BULK_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_store import make_article, make_graph, N_CRASH_ARTICLES
    import kg.store
    kg.store._BULK_QUADS = 3000
    with kg.store.Store({folder!r}, wait=10, bulk=True) as store:
        for i in range(N_CRASH_ARTICLES):
            a = make_article(i)
            print(store.put_article(a, make_graph(a, n_statements=60)), flush=True)
""")


@pytest.mark.slow
def test_store_bulk_mode_survives_sigkill_with_whole_articles(tmp_path):
    folder = str(tmp_path / "s")
    script = _BULK_WRITER.format(tests=str(HERE), folder=folder)
    rng = random.Random(9)
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if Path(folder, "CURRENT").exists():
            with Store(folder, read_only=True) as reader:
                for iri in reader.articles():      # every article a batch brought in is whole
                    assert len(reader.article_graph(iri)) == len(_clean_graphs()[iri])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    clean_union = set().union(*(set(g) for g in _clean_graphs().values()))
    with Store(folder, read_only=True) as reader:
        assert reader.articles() == sorted(_clean_graphs())
        assert len(reader) == len(clean_union)
        for iri, graph in _clean_graphs().items():
            assert isomorphic(reader.article_graph(iri), graph)
