"""Extracting several documents side by side, one process per core.

Documents are read independently of each other, so a corpus splits over processes without
changing a single fact. Worker processes are forked from the caller: they inherit its
loaded gazetteer and compiled patterns instead of building their own (about a second each),
which is what makes a second core pay off on a corpus of a few documents. Where forking is
not the platform's way (Windows has no fork; macOS has it, but forked processes there may
crash in system libraries) or below :data:`PARALLEL_MIN_CHARS`, extraction stays in the
calling process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.corpus import LoadResult
    from loaders.document import SourceText
    from loaders.pipeline import DocumentLoader

#: Below this many characters to extract, forking costs more than a second process saves.
PARALLEL_MIN_CHARS = 100_000
#: The same, in bytes on disk, for deciding before reading (Hangul takes 3 bytes in UTF-8).
PARALLEL_MIN_BYTES = PARALLEL_MIN_CHARS

# The loader the forked workers use: set in the parent just before the fork.
_loader: DocumentLoader | None = None


def available_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _can_fork() -> bool:
    """True where a forked copy of this process is safe and the usual way: Linux and the like."""
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


def may_fork(sizes: Sequence[int], workers: int | None = None) -> bool:
    """True if documents of these sizes on disk may be extracted in several processes; if not,
    the caller can read and extract them one at a time, holding one document in memory."""
    n = min(available_workers() if workers is None else workers, len(sizes))
    return n >= 2 and sum(sizes) >= PARALLEL_MIN_BYTES and _can_fork()


def _extract(source: SourceText) -> LoadResult:
    assert _loader is not None, "workers are forked after the loader is set"
    return _loader.load_text(source)


def extract_all(loader: DocumentLoader, sources: Sequence[SourceText], workers: int | None = None,
                started: Callable[[], None] | None = None) -> Iterator[Callable[[], LoadResult]]:
    """One callable per source, in order, each giving that source's :class:`LoadResult`.

    With more than one worker the documents are extracted in forked processes, largest
    first (a long report should not start last); calling the i-th callable waits for the
    i-th document. The callables must be called in order, within the iteration.
    ``started()`` is called once no more worker will be forked: right after the workers are,
    or before the first document when there are none. From then on the caller may run work
    of its own in a thread (imports, while it waits for the workers): forking while a thread
    is half-way through an import would leave the worker with a module it can never import.
    """
    workers = min(available_workers() if workers is None else workers, len(sources))
    chars = sum(len(s.text) for s in sources)
    if workers < 2 or chars < PARALLEL_MIN_CHARS or not _can_fork():
        if started is not None:
            started()
        for source in sources:
            yield lambda source=source: loader.load_text(source)
        return
    global _loader
    _loader = loader
    pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        largest_first = sorted(range(len(sources)), key=lambda i: -len(sources[i].text))
        pending = {i: pool.apply_async(_extract, (sources[i],)) for i in largest_first}
        if started is not None:
            started()
        for i in range(len(sources)):
            yield pending[i].get
        pool.close()
        pool.join()
    finally:
        pool.terminate()
        _loader = None
