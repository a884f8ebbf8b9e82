"""A build whose documents all come from the extraction cache, or that the store already
holds, never imports the extractor: its imports and the gazetteer would be most of its time."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from loaders.corpus import all_cached, load_corpus
from loaders.extraction_cache import CACHE_ENV, ExtractionCache

from .conftest import REPO

#: The modules of the extractor proper; reading documents and the cache needs none of them.
EXTRACTOR = ("loaders.pipeline", "loaders.gazetteer", "loaders.relations")


@pytest.fixture
def corpus(tmp_path):
    """Two invented news items."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Brightwave Robotics raised $12 million from Northgate Ventures in March.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Lumen Labs said Harbor Capital led its Series A round.\n", encoding="utf-8")
    return folder


@pytest.fixture
def cache(tmp_path):
    return ExtractionCache(tmp_path / "extraction-cache")


def _build(corpus, out, data, cache_dir) -> tuple[str, set[str]]:
    """``aigraph build`` in a new process: its output and the modules it imported."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "graph.cli", "build", str(corpus),
                           "--out", str(out), "--data-dir", str(data)],
                          cwd=REPO, env={**os.environ, CACHE_ENV: str(cache_dir)},
                          capture_output=True, text=True, timeout=300, check=True)
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    return done.stdout, imported


def _extractor_modules(imported: set[str]) -> set[str]:
    return {name for name in imported if name.startswith(EXTRACTOR)}


def test_all_cached_says_whether_any_document_needs_the_extractor(corpus, cache, loader):
    assert not all_cached(corpus, cache)
    list(load_corpus(corpus, loader, cache=cache))
    assert all_cached(corpus, cache)


def test_a_build_from_the_cache_or_the_store_never_imports_the_extractor(corpus, cache, loader, tmp_path):
    list(load_corpus(corpus, loader, cache=cache))
    out, data = tmp_path / "out", tmp_path / "data"

    from_cache, imported = _build(corpus, out, data, cache.root)
    assert "loaded 2 documents (2 from the extraction cache)" in from_cache
    assert _extractor_modules(imported) == set()
    assert "loaders.corpus" in imported  # the check sees the modules the build did import

    from_store, imported = _build(corpus, out, data, cache.root)
    assert from_store.count("unchanged") == 2
    assert _extractor_modules(imported) == set()
