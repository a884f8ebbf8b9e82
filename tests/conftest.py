"""Shared fixtures: one embedded FalkorDB server for the session, real stores on it.

``falkor_store`` is an empty store (its own graph on the session's server) for one test;
``corpus_store`` holds the real corpus, loaded once per session.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from graph.store.falkor import FalkorStore
from loaders.extraction_cache import CACHE_ENV
from loaders.pipeline import DocumentLoader

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
_graph_numbers = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def extraction_cache_dir(tmp_path_factory):
    """Builds run by the tests keep their extraction results here, never in the user's cache."""
    with pytest.MonkeyPatch.context() as patch:
        directory = tmp_path_factory.mktemp("extraction-cache")
        patch.setenv(CACHE_ENV, str(directory))
        yield directory


@pytest.fixture(scope="session")
def loader() -> DocumentLoader:
    """One document loader (gazetteer, cues) for every extraction test."""
    return DocumentLoader()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("aigraph-data")


@pytest.fixture(scope="session")
def server_store(data_dir):
    """Starts the embedded server and keeps it for the whole session."""
    store = FalkorStore(data_dir, graph="session")
    yield store
    store.close()


@pytest.fixture
def falkor_store(server_store, data_dir):
    """An empty store of its own, on the session's server."""
    store = FalkorStore(data_dir, graph=f"test_{os.getpid()}_{next(_graph_numbers)}")
    store.clear()
    yield store
    store.clear()
    store.close()


@pytest.fixture(scope="session")
def corpus_load(server_store, data_dir):
    """The real corpus loaded into its own graph: (store, load summary)."""
    from graph.build import load_into

    store = FalkorStore(data_dir, graph="corpus")
    store.clear()
    summary = load_into(store, CORPUS)
    yield store, summary
    store.close()


@pytest.fixture(scope="session")
def corpus_store(corpus_load):
    return corpus_load[0]


@pytest.fixture(scope="session")
def corpus_graph(corpus_store):
    """The corpus graph as a NetworkX MultiDiGraph."""
    return corpus_store.to_networkx()
