"""Which extractor read a document: a fingerprint of the loaders' code and data.

A document is identified by the hash of its text, and a store that already holds that hash
skips it. After an upgrade that reads text differently, its facts would stay as the old
code read them; the fingerprint stored with each document lets the store tell a document
read by this extractor from one read by another, and read the latter again.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

# What decides extraction: the code and the data files shipped beside it (gazetteer, cues).
_SOURCE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".csv", ".txt")


@functools.cache
def extractor_fingerprint() -> str:
    """16 hex digits of the SHA-256 over every source and data file of the ``loaders`` package."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in _SOURCE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
