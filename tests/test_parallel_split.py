"""What a build does while its extraction workers run, and what it imports before they start."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import parallel
from loaders.pipeline import load_corpus
from tests.test_parallel import dump

CHECKOUT = Path(__file__).resolve().parents[1]


def _two_small_documents(folder: Path, monkeypatch) -> None:
    """Two invented documents, and thresholds that let documents this small fork."""
    (folder / "a.txt").write_text("가온랩스는 누리 캐피털로부터 투자를 유치했다.\n", encoding="utf-8")
    (folder / "b.txt").write_text("다온로보틱스는 한빛 벤처스와 업무 협약을 체결했다.\n", encoding="utf-8")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)


@pytest.mark.skipif(not parallel._can_fork(), reason="extraction forks only where fork is the platform's way")
def test_started_is_called_once_the_workers_run(loader, tmp_path, monkeypatch):
    _two_small_documents(tmp_path, monkeypatch)
    workers_when_started = []
    two = dump(load_corpus(tmp_path, loader, workers=2,
                           started=lambda: workers_when_started.append(len(multiprocessing.active_children()))))
    assert len(workers_when_started) == 1 and workers_when_started[0] >= 2  # (and any a test before left)
    assert two == dump(load_corpus(tmp_path, loader, workers=1))


def test_started_is_called_before_the_first_document_when_nothing_forks(loader, tmp_path, monkeypatch):
    _two_small_documents(tmp_path, monkeypatch)
    calls = []
    results = load_corpus(tmp_path, loader, workers=1, started=lambda: calls.append(1))
    assert next(results).batch.relationships and len(calls) == 1
    assert next(results).batch.relationships and len(calls) == 1


@pytest.mark.skipif(not parallel._can_fork(), reason="extraction forks only where fork is the platform's way")
def test_started_is_called_when_no_document_needs_extracting(loader, tmp_path, monkeypatch):
    _two_small_documents(tmp_path, monkeypatch)
    calls = []
    results = list(load_corpus(tmp_path, loader, workers=2, skip=lambda doc: True, started=lambda: calls.append(1)))
    assert all(r.skipped for r in results) and calls == [1]


def test_the_store_opens_without_the_analysis_libraries():
    """A build opens its store before it extracts; NetworkX and pandas, which only the report
    needs, are imported while the workers extract, not before they start."""
    code = ("import sys, graph.cli, graph.store.falkor; "
            "print(sorted(m for m in ('networkx', 'pandas', 'pyvis') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=CHECKOUT, check=True)
    assert done.stdout.strip() == "[]"
