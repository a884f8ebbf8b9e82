"""Reading invented text through the whole document loader, for the extraction tests.

Every case runs the loader (the ``loader`` fixture of conftest.py) as on a report, so
mentions, discovery, the passage memory and the frames work together.
"""

from __future__ import annotations

from pathlib import Path

from graph.model import Document
from loaders.document import SourceText, read_document
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


def facts_by_latin_spelling(loader: DocumentLoader, tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """The facts read, a glossed name under its Latin spelling ("가람로직(Garam Logic)"): which
    spelling names the actor is not what these cases test."""
    latin = {"가람로직": "Garam Logic"}
    return {tuple(latin.get(x, x) for x in f) for f in facts(loader, tmp_path, text)}


def actor_names(loader: DocumentLoader, tmp_path: Path, text: str) -> set[str]:
    """The name of every actor the loader keeps from ``text``."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name for a in loader.load_text(read_document(path, {})).batch.actors.values()}


def actor_types(loader: DocumentLoader, tmp_path: Path, text: str) -> dict[str, str]:
    """Name -> type of every actor the loader keeps from ``text``."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a.type for a in loader.load_text(read_document(path, {})).batch.actors.values()}


def subjects_and_objects(got: set[tuple[str, str, str]]) -> set[str]:
    """Every name standing at either end of a fact in ``got``."""
    return {name for subject, _, obj in got for name in (subject, obj)}


def korean_batch(loader: DocumentLoader, text: str):
    """The batch the loader reads from ``text`` given as a Korean document (no file needed)."""
    return loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch


def korean_facts(loader: DocumentLoader, text: str) -> set[tuple[str, str, str]]:
    """(subject name, relation, object name) of every edge extracted from ``text``."""
    batch = korean_batch(loader, text)
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name) for r in batch.relationships}


def english_facts(loader: DocumentLoader, text: str) -> set[tuple[str, str, str]]:
    """(subject name, relation, object name) of every edge extracted from the English ``text``."""
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="en"), text)).batch
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name) for r in batch.relationships}
