"""Which extractor read a document: a fingerprint of the loaders' code and data.

A document is identified by the hash of its text, and a store that already holds that hash
skips it. After an upgrade that reads text differently, its facts would stay as the old
code read them; the fingerprint stored with each document lets the store tell a document
read by this extractor from one read by another, and read the latter again. What is derived
from this extractor and kept between runs (the built gazetteer, extraction results) lives in
:func:`user_cache_dir` under the same fingerprint.
"""

from __future__ import annotations

import _sre
import functools
import hashlib
import importlib.metadata
import os
import sys
import unicodedata
from pathlib import Path

# What decides extraction: the code and the data files shipped beside it (gazetteer, cues).
_SOURCE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".csv", ".txt")
# The libraries whose version changes how text is read: the sentence splitter and its model.
_READING_LIBRARIES = ("kiwipiepy", "kiwipiepy_model")
# The modules of the ``graph`` package that extraction runs (ids, names, the schema's types):
# a change there changes what a document yields as much as one in the loaders.
_GRAPH_MODULES = ("model.py", "schema.py")


@functools.cache
def extractor_fingerprint() -> str:
    """16 hex digits of the SHA-256 over every source and data file of the ``loaders`` package
    and the ``graph`` modules it builds on."""
    root = Path(__file__).parent
    graph = root.parent / "graph"
    sources = [path for path in sorted(root.rglob("*"))
               if path.suffix in _SOURCE_SUFFIXES and "__pycache__" not in path.parts and path.is_file()]
    digest = hashlib.sha256()
    for path in sources + [graph / name for name in _GRAPH_MODULES]:
        digest.update(path.relative_to(root.parent).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def runtime_fingerprint() -> str:
    """16 hex digits naming this extractor as it runs here, for what is kept between runs: its
    code and data (:func:`extractor_fingerprint`), the Python (its regex engine and Unicode
    tables decide what the patterns match) and the versions of the sentence splitter's library
    and model. An upgrade of any of them makes kept results stale."""
    parts = [extractor_fingerprint(), sys.version, str(_sre.MAGIC), unicodedata.unidata_version,
             *(_installed_version(name) for name in _READING_LIBRARIES)]
    return hashlib.sha256(" ".join(parts).encode("utf-8")).hexdigest()[:16]


def _installed_version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def user_cache_dir() -> Path:
    """The user's cache directory for aigraph: ``$XDG_CACHE_HOME/aigraph``, by default
    ``~/.cache/aigraph``. Everything in it can be built again; deleting it is harmless."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "aigraph"
