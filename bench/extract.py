"""Benchmark: extraction speed (MB/s) and the whole ``aigraph build`` on a corpus.

    python -m bench.extract [CORPUS] [--runs 5]

Run it as a module from the checkout to measure: ``python bench/extract.py`` puts
``bench/`` first on the path and so measures whichever checkout is installed, and so
would the ``aigraph`` command; the build below runs ``python -m graph.cli`` in the
checkout for the same reason.

Extraction alone is timed with the gazetteer loaded (warm), as the median of ``--runs``
passes over the corpus, twice: in one process, and as ``aigraph`` runs it, one worker per
core (see ``loaders/parallel.py``); MB/s counts the documents' bytes on disk. It never
uses the extraction cache. The whole build is timed as ``aigraph build CORPUS --fresh`` in
a new process each run (a fresh store in a temporary directory: server start, extraction,
writes, analysis, report, HTML, export, shutdown), after one untimed run to warm the OS file
cache and Python's bytecode cache (kept even where PYTHONDONTWRITEBYTECODE is set, as a
user's installation keeps it), twice: cold, with ``--no-cache`` (every document extracted), and warm, every document
from the extraction cache (``loaders/extraction_cache.py``) that the untimed run filled. The
cache is a temporary directory of its own, never the user's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loaders.document import find_documents
from loaders.extraction_cache import CACHE_ENV
from loaders.parallel import available_workers
from loaders.pipeline import DocumentLoader, load_corpus

#: The checkout this file belongs to.
CHECKOUT = Path(__file__).resolve().parent.parent


def time_extraction(corpus: Path, runs: int, workers: int | None) -> tuple[float, int, int]:
    """(median seconds, bytes, relationships) of extracting the corpus ``runs`` times with
    ``workers`` processes (``None``: one per core)."""
    size = sum(p.stat().st_size for p in find_documents(corpus))
    loader = DocumentLoader()
    list(load_corpus(corpus, loader, workers=workers))  # warm-up: caches, regexes, first-use costs
    times, facts = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        results = list(load_corpus(corpus, loader, workers=workers))
        times.append(time.perf_counter() - start)
        facts = sum(len(r.batch.relationships) for r in results)
    return statistics.median(times), size, facts


def time_build(corpus: Path, runs: int, cached: bool) -> list[float]:
    """Wall-clock seconds of ``aigraph build`` in a new process, ``runs`` times (after one
    warm-up), with the extraction cache the warm-up filled or without it (``--no-cache``)."""
    times = []
    with tempfile.TemporaryDirectory(prefix="aigraph-bench-") as tmp:
        cmd = [sys.executable, "-m", "graph.cli", "build", str(corpus.resolve()), "--fresh",
               "--out", f"{tmp}/out", "--data-dir", f"{tmp}/data", *([] if cached else ["--no-cache"])]
        # Warm as on an analyst's machine: Python keeps the bytecode the warm-up compiled (a
        # PYTHONDONTWRITEBYTECODE=1 environment would otherwise recompile every module per build).
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
               CACHE_ENV: f"{tmp}/extraction-cache"}
        _run_build(cmd, env)
        for _ in range(runs):
            start = time.perf_counter()
            _run_build(cmd, env)
            times.append(time.perf_counter() - start)
    return times


def _run_build(cmd: list[str], env: dict[str, str]) -> None:
    """Run one build; a failed one stops the benchmark with the build's own error output."""
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=CHECKOUT, env=env)
    if done.returncode != 0:
        sys.exit(f"aigraph build failed (exit {done.returncode}):\n{done.stderr.strip() or done.stdout.strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CHECKOUT / "corpus"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    for label, workers in (("one process", 1), (f"{available_workers()} workers", None)):
        seconds, size, facts = time_extraction(corpus, args.runs, workers)
        print(f"extraction, {label}: {size / 1e6:.3f} MB, {facts} facts, median {seconds:.3f} s "
              f"of {args.runs} -> {size / 1e6 / seconds:.2f} MB/s")
    for label, cached in (("cold, --no-cache: every document extracted", False),
                          ("warm: every document from the extraction cache", True)):
        builds = time_build(corpus, args.runs, cached)
        print(f"aigraph build, {label}: median {statistics.median(builds):.2f} s of {args.runs} "
              f"(min {min(builds):.2f}, max {max(builds):.2f})")


if __name__ == "__main__":
    main()
