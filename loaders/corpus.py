"""Reading a corpus document by document, extracting only what neither the store nor the
extraction cache already holds.

Kept apart from :mod:`loaders.pipeline` because a build whose documents all come from the
cache (or that the store already holds) never needs the extractor (the build's warm-up
thread, which runs before the store is open, skips it only for the cache): importing it and reading
the gazetteer cost about a second, most of such a build. :func:`load_corpus` imports it only
when a document must be extracted, and the cached results unpickle without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.model import Document, GraphBatch
from loaders.document import SourceText, find_documents, read_document, read_manifest
from loaders.parallel import extract_all, may_fork

if TYPE_CHECKING:
    from loaders.extraction_cache import ExtractionCache
    from loaders.pipeline import DocumentLoader


@dataclass
class LoadResult:
    """A document's batch, with what the loader noticed along the way."""

    batch: GraphBatch
    warnings: list[str] = field(default_factory=list)
    sentences: int = 0
    #: True when the document was not extracted because ``skip`` said so.
    skipped: bool = False
    #: True when the result comes from the extraction cache (:mod:`loaders.extraction_cache`).
    cached: bool = False


def load_corpus(folder: str | Path, loader: DocumentLoader | None = None,
                progress: Callable[[str], None] | None = None,
                skip: Callable[[Document], bool] | None = None,
                workers: int | None = None, cache: ExtractionCache | None = None,
                started: Callable[[], None] | None = None) -> Iterator[LoadResult]:
    """Extract every document of ``folder`` (metadata from its MANIFEST.csv, if any), in order.

    ``skip(document)`` may say a document need not be extracted (a store that already holds
    this content hash); it is then yielded as an empty, ``skipped`` result. A document whose
    result ``cache`` holds is not extracted either, and the results of the others are put
    there (the cache belongs to the default loader's code and data: pass none with a loader
    of another gazetteer). ``workers`` processes extract side by side (default: one per core;
    see :mod:`loaders.parallel`); the results are the same whatever their number.
    ``started()`` is called once no more worker will be forked: the moment the caller may
    start a thread of its own (see :func:`loaders.parallel.extract_all`).
    """
    paths = find_documents(folder)
    manifest = _manifest(folder)
    if not may_fork([path.stat().st_size for path in paths], workers):
        if started is not None:
            started()
        # One document at a time: a large corpus never sits in memory whole.
        for n, path in enumerate(paths, start=1):
            source = read_document(path, manifest)
            result = _known_result(source, skip, cache)
            if progress:
                progress(_progress_line(n, len(paths), path.name, result))
            if result is None:
                loader = loader or _default_loader()
                result = _kept(cache, source, loader.load_text(source))
            yield result
        return
    sources = [read_document(path, manifest) for path in paths]
    known = [_known_result(source, skip, cache) for source in sources]
    todo = [source for source, result in zip(sources, known, strict=True) if result is None]
    if not todo and started is not None:
        started()
    results = extract_all(loader or _default_loader(), todo, workers, started) if todo else iter(())
    for n, (source, result) in enumerate(zip(sources, known, strict=True), start=1):
        if progress:
            progress(_progress_line(n, len(paths), Path(source.document.path).name, result))
        yield result if result is not None else _kept(cache, source, next(results)())


def all_cached(folder: str | Path, cache: ExtractionCache) -> bool:
    """True if ``cache`` holds the result of every document of ``folder``: a build of it
    need not make the extractor ready (see :func:`graph.build.warm_extractor`)."""
    manifest = _manifest(folder)
    return all(cache.holds(read_document(path, manifest)) for path in find_documents(folder))


def _manifest(folder: str | Path) -> dict[str, dict[str, str]]:
    return read_manifest(Path(folder)) if Path(folder).is_dir() else {}


def _default_loader() -> DocumentLoader:
    """The extractor with the default gazetteer, imported only once a document needs it."""
    from loaders.pipeline import DocumentLoader

    return DocumentLoader()


def _known_result(source: SourceText, skip: Callable[[Document], bool] | None,
                  cache: ExtractionCache | None) -> LoadResult | None:
    """The result of a document that needs no extraction: an empty one if ``skip`` says the
    store holds it, else the cached one if any; None if it must be extracted."""
    if skip is not None and skip(source.document):
        return LoadResult(GraphBatch(source.document), skipped=True)
    return cache.get(source) if cache is not None else None


def _kept(cache: ExtractionCache | None, source: SourceText, result: LoadResult) -> LoadResult:
    """``result``, put in ``cache`` first (if any) for the next build."""
    if cache is not None:
        cache.put(source, result)
    return result


def _progress_line(n: int, total: int, name: str, known: LoadResult | None) -> str:
    return f"[{n}/{total}] {name}" + (" (cached)" if known is not None and known.cached else "")
