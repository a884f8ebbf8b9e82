"""The whole flow as one call: load a corpus into a store, analyse it, write the outputs.

``aigraph build DIR`` is :func:`build`; each stage is also usable alone (``load_into``,
:func:`graph.report.write_report`, :func:`graph.viz.write_network_html`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.store.base import GraphStore, WriteReport

if TYPE_CHECKING:
    from loaders.extraction_cache import ExtractionCache


@dataclass
class LoadSummary:
    """What loading a corpus did."""

    reports: list[WriteReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sentences: int = 0
    #: Characters of the documents extracted here (not served by the cache or the store).
    chars: int = 0
    seconds: float = 0.0
    #: Documents whose facts came from the extraction cache instead of being extracted.
    cached: int = 0


@dataclass
class BuildSummary:
    """What a build did and wrote."""

    load: LoadSummary
    counts: dict[str, dict[str, int]]
    outputs: dict[str, Path]
    seconds: float


def warm_extractor(corpus: str | Path | None = None, cache: ExtractionCache | None = None) -> threading.Thread:
    """Import the loaders and read the gazetteer in a thread started now (about half a second
    of work), for a caller about to wait on something else: the embedded store's server takes
    as long to start. Join it before extracting: the extraction's workers are forked from this
    process, and a thread that may still be importing must not be running then.

    Given the ``corpus`` about to be built and its ``cache``, the thread first checks whether
    ``cache`` holds every document's result, and then imports nothing: such a build never
    extracts, and the extractor's imports would be most of its time."""
    thread = threading.Thread(target=_load_extractor, args=(corpus, cache), name="aigraph-warm-extractor",
                              daemon=True)
    thread.start()
    return thread


def _load_extractor(corpus: str | Path | None, cache: ExtractionCache | None) -> None:
    try:
        if corpus is not None and cache is not None:
            from loaders.corpus import all_cached

            if all_cached(corpus, cache):
                return
        from loaders.gazetteer import default_gazetteer
        from loaders.pipeline import DocumentLoader  # noqa: F401  (the import is the work)

        default_gazetteer()
    except Exception:
        pass  # the extraction meets the same error in the main thread and reports it


def _warm_outputs() -> None:
    """Import what writing the report and the view needs (pandas, pyvis, NetworkX: more than a
    second) in a thread while the documents are loaded: this process mostly waits then, for
    the extraction's workers and for the store's writes."""
    threading.Thread(target=_load_outputs, name="aigraph-warm-outputs", daemon=True).start()


def _load_outputs() -> None:
    try:
        import graph.export  # noqa: F401  (the import is the work)
        import graph.report  # noqa: F401
    except Exception:
        pass  # writing the outputs meets the same error in the main thread and reports it


def load_into(store: GraphStore, corpus: str | Path,
              progress: Callable[[str], None] | None = None,
              cache: ExtractionCache | None = None, started: Callable[[], None] | None = None) -> LoadSummary:
    """Extract every document of ``corpus`` and write each in its own transaction; documents
    whose result ``cache`` holds are not extracted again (see :mod:`loaders.extraction_cache`).
    ``started()`` is called once the extraction will fork no more workers (see
    :func:`loaders.corpus.load_corpus`).

    Raises :class:`loaders.document.DocumentError` for a missing or empty corpus.
    """
    from loaders.corpus import load_corpus

    start = time.perf_counter()
    summary = LoadSummary()
    store.ensure_schema()
    for result in load_corpus(corpus, progress=progress, skip=lambda doc: store.document_loaded(doc.id, doc.extractor),
                              cache=cache, started=started):
        doc = result.batch.document
        # A skipped document is one the store already holds: no second look needed.
        summary.reports.append(WriteReport(doc.id, doc.path, "unchanged") if result.skipped
                               else store.write_batch(result.batch))
        summary.sentences += result.sentences
        summary.cached += result.cached
        if not (result.cached or result.skipped):
            summary.chars += result.batch.document.chars
        name = Path(result.batch.document.path).name
        summary.warnings += [f"{name}: {w}" for w in result.warnings]
    summary.seconds = time.perf_counter() - start
    return summary


def write_outputs(store: GraphStore, out_dir: str | Path, top: int = 15) -> dict[str, Path]:
    """Report (Markdown, CSV, HTML, with the network view) and node-link export of the stored graph."""
    from graph.export import export_graph
    from graph.report import write_report

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    g = store.to_networkx()
    outputs = dict(write_report(g, out, top=top))
    export_graph(g, "node-link", out / "graph.json")
    outputs["node-link"] = out / "graph.json"
    return outputs


def build(store: GraphStore, corpus: str | Path, out_dir: str | Path = "out",
          progress: Callable[[str], None] | None = None, cache: ExtractionCache | None = None) -> BuildSummary:
    """Load ``corpus`` into ``store`` (results kept in ``cache``, if given), then write the
    report, view and export to ``out_dir``."""
    start = time.perf_counter()
    load = load_into(store, corpus, progress, cache, started=_warm_outputs)
    if progress:
        progress("analysing and writing the report")
    outputs = write_outputs(store, out_dir)
    return BuildSummary(load, store.counts(), outputs, time.perf_counter() - start)
