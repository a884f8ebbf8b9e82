"""Reading invented text through the whole document loader, for the extraction tests.

Every case runs the loader (the ``loader`` fixture of conftest.py) as on a report, so
mentions, discovery, the passage memory and the frames work together.
"""

from __future__ import annotations

from pathlib import Path

from loaders.document import read_document
from loaders.pipeline import DocumentLoader


def relationships(loader: DocumentLoader, tmp_path: Path, text: str,
                  locations: bool = False) -> dict[tuple[str, str, str], dict]:
    """(subject name, type, object name) -> properties of every fact read from ``text``;
    BASED_IN facts only with ``locations``."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    names = {a.id: a.name for a in batch.actors.values()}
    return {(names[r.subject], r.type, names[r.object]): r.props for r in batch.relationships
            if locations or r.type != "BASED_IN"}


def facts(loader: DocumentLoader, tmp_path: Path, text: str, locations: bool = False) -> set[tuple[str, str, str]]:
    """The (subject name, type, object name) of every fact read from ``text``."""
    return set(relationships(loader, tmp_path, text, locations))
