"""Extraction results kept on disk between builds, so a rebuilt corpus re-reads only what changed.

Analysts add one report at a time to a corpus of dozens, and ``aigraph build --fresh``
(or a new data directory) would read every document again. What the loader makes of a
document depends only on its text, its metadata (path and manifest row, both in its
:class:`~graph.model.Document`) and the extractor as it runs here (its code and data, the
Python, the sentence splitter's version); the result is kept under the SHA-256 of the first
two, in a directory named by the fingerprint of the third
(:func:`loaders.extractor.runtime_fingerprint`), so any change to any of them reads the
document again and a result served from here is exactly the one extraction would give.
Entries are written whole or not at all; one that cannot be read is extracted again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import pickle
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.extractor import runtime_fingerprint, user_cache_dir

if TYPE_CHECKING:
    from loaders.corpus import LoadResult
    from loaders.document import SourceText

#: Overrides where the results are kept (tests point it at a temporary directory).
CACHE_ENV = "AIGRAPH_EXTRACTION_CACHE"
#: The start of the name of the directory of one version of the extractor.
_VERSION_PREFIX = "extractor-"
#: How long the results of another version of the code are kept (several checkouts may share them).
_KEEP_SECONDS = 24 * 3600


def extraction_cache_dir() -> Path:
    """Where the results of every version of the extractor are kept: ``$AIGRAPH_EXTRACTION_CACHE``,
    else ``extractions`` in the user's cache directory."""
    return Path(os.environ.get(CACHE_ENV) or user_cache_dir() / "extractions")


@dataclass
class ExtractionCache:
    """Results of this extractor, one file per document, under ``root`` (default
    :func:`extraction_cache_dir`)."""

    root: Path = dataclasses.field(default_factory=extraction_cache_dir)
    #: Whether other versions' results were looked at yet (on the first result written).
    _swept: bool = dataclasses.field(default=False, init=False, repr=False, compare=False)

    @property
    def directory(self) -> Path:
        return self.root / f"{_VERSION_PREFIX}{runtime_fingerprint()}"

    def get(self, source: SourceText) -> LoadResult | None:
        """The kept result for ``source`` (marked ``cached``), or None if there is none or it
        cannot be read (missing, truncated, garbled): the caller extracts it."""
        try:
            result = pickle.loads(self._path(source).read_bytes())
            if result.batch.document != source.document:  # garbled, or not what was stored
                return None
        except Exception:
            return None
        return dataclasses.replace(result, cached=True)

    def holds(self, source: SourceText) -> bool:
        """True if a result for ``source`` is kept (one that cannot be read is still extracted
        again by :meth:`get`: this only says whether the extractor will likely be needed)."""
        return self._path(source).is_file()

    def put(self, source: SourceText, result: LoadResult) -> None:
        """Keep ``result`` for ``source``; where the cache cannot be written, the next build
        simply extracts it again."""
        path = self._path(source)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as tmp:
                tmp.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp.name, path)  # another build may be reading the entry
        except OSError:
            return
        if not self._swept:  # once per build is enough
            self._swept = True
            self._drop_other_versions()

    def clear(self) -> int:
        """Remove the results of every version of the extractor; how many there were."""
        return sum(_remove_results(version) for version in self._versions())

    def _path(self, source: SourceText) -> Path:
        metadata = json.dumps(dataclasses.asdict(source.document), sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(source.text.encode("utf-8") + b"\0" + metadata.encode("utf-8"))
        return self.directory / f"{digest.hexdigest()}.pickle"

    def _drop_other_versions(self) -> None:
        """Drop the results of other versions of the extractor not written for a day: each
        edit of the loaders starts a new directory, and the old ones would pile up."""
        for other in self._versions():
            if other != self.directory and time.time() - other.stat().st_mtime > _KEEP_SECONDS:
                _remove_results(other)

    def _versions(self) -> list[Path]:
        """The directories of every version of the extractor; only these are ever removed,
        whatever else the directory the user named holds."""
        return [path for path in self.root.glob(f"{_VERSION_PREFIX}*") if path.is_dir()]


def _remove_results(directory: Path) -> int:
    """Remove the results in ``directory`` (with temporary files a killed build left), then the
    directory if nothing else is in it; how many results there were."""
    results = 0
    for path in directory.glob("*.pickle*"):
        results += path.suffix == ".pickle"
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        directory.rmdir()
    return results
