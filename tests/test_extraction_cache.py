"""The extraction cache: a warm build reads only changed documents and gives exactly the cold graph."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from graph.build import load_into, write_outputs
from graph.cli import main
from loaders.extraction_cache import CACHE_ENV, ExtractionCache
from loaders.pipeline import load_corpus

from .conftest import CORPUS

# The two short news documents of the corpus, with their manifest rows.
SMALL = ("002_31e17a907fe684f3.txt", "004_bd8c0458ed4da66e.txt")


@pytest.fixture
def small_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(CORPUS / name, folder / name)
    rows = (CORPUS / "MANIFEST.csv").read_text(encoding="utf-8").splitlines()
    (folder / "MANIFEST.csv").write_text("\n".join(rows[:1] + [r for r in rows if r.startswith(SMALL)]) + "\n",
                                         encoding="utf-8")
    return folder


@pytest.fixture
def cache(tmp_path):
    return ExtractionCache(tmp_path / "extraction-cache")


def _contents(store, out_dir) -> tuple:
    """Everything a build leaves: the graph with every property, the documents, the report."""
    g = store.to_networkx()
    nodes = sorted((n, sorted(d.items())) for n, d in g.nodes(data=True))
    edges = sorted(repr((u, v, sorted(d.items()))) for u, v, d in g.edges(data=True))
    write_outputs(store, out_dir)
    report = (out_dir / "report.md").read_text(encoding="utf-8")
    return nodes, edges, sorted(store.documents().rows), store.counts(), report


def _entries(cache: ExtractionCache) -> list:
    return sorted(cache.directory.glob("*.pickle"))


def test_a_warm_build_gives_exactly_the_graph_of_a_cold_one(falkor_store, small_corpus, cache, tmp_path):
    cold = load_into(falkor_store, small_corpus, cache=cache)
    cold_contents = _contents(falkor_store, tmp_path / "cold")
    assert cold.cached == 0 and len(_entries(cache)) == len(SMALL)
    falkor_store.clear()
    warm = load_into(falkor_store, small_corpus, cache=cache)
    assert warm.cached == len(SMALL)
    assert {r.status for r in warm.reports} == {"loaded"}
    assert warm.sentences == cold.sentences and warm.warnings == cold.warnings
    assert _contents(falkor_store, tmp_path / "warm") == cold_contents


def test_only_a_changed_document_or_manifest_row_is_extracted_again(small_corpus, cache, loader):
    before = list(load_corpus(small_corpus, loader, cache=cache))
    changed = small_corpus / SMALL[0]
    changed.write_text("Microsoft가 OpenAI에 100억 달러를 투자했다.\n" + changed.read_text(encoding="utf-8"),
                       encoding="utf-8")
    results = list(load_corpus(small_corpus, loader, cache=cache))
    assert [r.cached for r in results] == [False, True]
    assert results[0].batch.document.id != before[0].batch.document.id
    assert [r.batch for r in results] == [r.batch for r in load_corpus(small_corpus, loader)]
    manifest = small_corpus / "MANIFEST.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("blog post", "summary"), encoding="utf-8")
    results = list(load_corpus(small_corpus, loader, cache=cache))
    assert [r.cached for r in results] == [True, False]
    assert results[1].batch.document.kind == "summary"


def test_an_unreadable_entry_is_extracted_and_written_again(small_corpus, cache, loader):
    cold = list(load_corpus(small_corpus, loader, cache=cache))
    for entry in _entries(cache):
        entry.write_bytes(entry.read_bytes()[:100])  # cut short, as by a full disk
    again = list(load_corpus(small_corpus, loader, cache=cache))
    assert [r.cached for r in again] == [False, False]
    assert [r.batch for r in again] == [r.batch for r in cold]
    assert [r.cached for r in load_corpus(small_corpus, loader, cache=cache)] == [True, True]


def test_cached_and_extracted_documents_keep_their_order_across_workers(cache, loader, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "MANIFEST.csv", corpus)
    first = ("001_62070c182a4b8129.txt", *SMALL)
    for name in first:
        shutil.copy(CORPUS / name, corpus)
    cold = list(load_corpus(corpus, loader, cache=cache))
    for name in ("000_c99b67da86679288.txt", "003_0223f975d8e56b67.txt"):  # two large reports added
        shutil.copy(CORPUS / name, corpus)
    mixed = list(load_corpus(corpus, loader, workers=2, cache=cache))
    assert [r.cached for r in mixed] == [False, True, True, False, True]
    assert [r.batch.document.path for r in mixed] == [str(p) for p in sorted(corpus.glob("*.txt"))]
    assert [r.batch for r in mixed if r.cached] == [r.batch for r in cold]
    assert all(r.batch.relationships for r in mixed)


def test_the_build_command_says_what_came_from_the_cache_and_clear_empties_it(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cli-cache"))
    runner = CliRunner()
    args = ["build", str(small_corpus), "--fresh", "--out", str(tmp_path / "out"), "--data-dir", str(tmp_path / "data")]
    uncached = runner.invoke(main, [*args, "--no-cache"])
    assert uncached.exit_code == 0, uncached.output
    assert "(0 from the extraction cache)" in uncached.output
    assert not (tmp_path / "cli-cache").exists()
    runner.invoke(main, args)
    warm = runner.invoke(main, args)
    assert warm.exit_code == 0, warm.output
    assert f"({len(SMALL)} from the extraction cache)" in warm.output
    counts = [out.split("documents:")[1].split("done in")[0] for out in (warm.output, uncached.output)]
    assert counts[0] == counts[1]
    cleared = runner.invoke(main, ["cache", "clear"])
    assert cleared.exit_code == 0 and f"removed {len(SMALL)} results" in cleared.output
    assert not list((tmp_path / "cli-cache").rglob("*.pickle"))


def test_old_versions_are_dropped_and_clear_removes_only_results(small_corpus, cache, loader):
    mine = cache.root / "notes.txt"  # the directory the user named may hold other things
    old, recent = cache.root / "extractor-0000000000000000", cache.root / "extractor-1111111111111111"
    for version in (old, recent):
        version.mkdir(parents=True)
        (version / "result.pickle").write_bytes(b"")
    os.utime(old, (0, 0))  # last written long ago
    mine.write_text("mine", encoding="utf-8")
    list(load_corpus(small_corpus, loader, cache=cache))
    assert not old.exists() and recent.exists()
    assert cache.clear() == len(SMALL) + 1
    assert mine.read_text(encoding="utf-8") == "mine" and not list(cache.root.rglob("*.pickle"))
