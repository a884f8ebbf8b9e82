"""Plain data objects passed from the loaders to the stores: actors, facts, documents.

A :class:`GraphBatch` holds what one document contributes to the graph. Stores write one
batch in one transaction, so a document is either wholly in the graph or not at all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from graph.schema import check_node_type, check_rel_type

_SLUG_DROP = re.compile(r"[^\w]+", re.UNICODE)


def slugify(name: str) -> str:
    """Stable id from a name: lower case, ASCII where possible, words joined by ``-``.

    Non-Latin names (a Korean name the gazetteer does not know) keep their letters, so
    two different Korean names never collapse to the same id.

    >>> slugify("Moonshot AI")
    'moonshot-ai'
    >>> slugify("Korea (South)")
    'korea-south'
    """
    text = unicodedata.normalize("NFKC", name).strip().lower()
    text = text.replace("&", " and ").replace("+", " plus ")
    slug = _SLUG_DROP.sub("-", text).strip("-_")
    return slug.replace("_", "-") or "unnamed"


#: Values of :attr:`Actor.placeholder`, the stand-ins for a side of a fact a text leaves
#: unnamed. ``all-origins`` is the source of a country's total inflow ("World"): it adds
#: up every origin, named ones included, which is why money measures count only the rest
#: of it (:func:`graph.analysis.amounts.attributed_amounts`).
ALL_ORIGINS = "all-origins"
UNSPECIFIED = "unspecified"
UNNAMED = "unnamed"
PLACEHOLDERS = (ALL_ORIGINS, UNSPECIFIED, UNNAMED)


@dataclass
class Actor:
    """A node of the graph: an investor, startup, government, programme, person ...

    ``placeholder`` marks a stand-in rather than a real actor (one of :data:`PLACEHOLDERS`):
    it keeps facts whose other side is unnamed, and rankings of actors leave it out.
    """

    id: str
    name: str
    type: str
    country: str | None = None
    name_ko: str | None = None
    name_zh: str | None = None
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    discovered: bool = False
    placeholder: str | None = None

    def __post_init__(self) -> None:
        check_node_type(self.type)
        if self.placeholder is not None and self.placeholder not in PLACEHOLDERS:
            raise ValueError(f"unknown placeholder {self.placeholder!r}; expected one of {PLACEHOLDERS}")

    def properties(self) -> dict[str, Any]:
        """Node properties as stored (``None`` values left out: stores drop them anyway)."""
        props = {
            "id": self.id, "name": self.name, "type": self.type, "country": self.country,
            "name_ko": self.name_ko, "name_zh": self.name_zh, "aliases": sorted(set(self.aliases)),
            "kind": self.kind, "discovered": self.discovered, "placeholder": self.placeholder,
        }
        return {k: v for k, v in props.items() if v is not None}


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: document id, 1-based line in the original file, short quote."""

    doc_id: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.doc_id}:{self.line}: {self.text}"

    @classmethod
    def parse(cls, value: str) -> Evidence:
        """Inverse of ``str(evidence)``."""
        doc_id, line, text = value.split(":", 2)
        return cls(doc_id, int(line), text.lstrip())


@dataclass
class Relationship:
    """A fact: ``subject -[type]-> object`` with its properties and provenance."""

    subject: str
    type: str
    object: str
    props: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        check_rel_type(self.type)

    @property
    def key(self) -> str:
        """The part of the identity beyond (subject, type, object): date or round, else ''.

        A country flow read from the receiving country's table and from the investing
        country's table are two measurements of one flow (they often differ), so the side
        it was reported from is part of the key.
        """
        when = str(self.props.get("date") or self.props.get("round") or self.props.get("year") or "")
        side = self.props.get("direction")
        return f"{when}/{side}" if side else when

    @property
    def identity(self) -> tuple[str, str, str, str]:
        """(subject, type, object, key): two facts with one identity are one edge."""
        return (self.subject, self.type, self.object, self.key)


@dataclass
class Document:
    """A source document, identified by the hash of its content.

    ``extractor`` is the fingerprint of the code that read it
    (:func:`loaders.extractor.extractor_fingerprint`): a store holding the same text read by
    other code reads it again.
    """

    id: str
    path: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    lang: str | None = None
    kind: str | None = None
    chars: int = 0
    extractor: str | None = None

    def properties(self) -> dict[str, Any]:
        props = {
            "id": self.id, "path": self.path, "title": self.title, "publisher": self.publisher,
            "date": self.date, "lang": self.lang, "kind": self.kind, "chars": self.chars,
            "extractor": self.extractor,
        }
        return {k: v for k, v in props.items() if v is not None}


@dataclass
class GraphBatch:
    """What one document contributes: its actors, its facts and how often it names each actor."""

    document: Document
    actors: dict[str, Actor] = field(default_factory=dict)
    relationships: list[Relationship] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)
    _by_identity: dict[tuple[str, str, str, str], Relationship] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def add_actor(self, actor: Actor) -> Actor:
        """Add ``actor`` unless one with its id is there; return the one kept."""
        return self.actors.setdefault(actor.id, actor)

    def add_relationship(self, rel: Relationship) -> Relationship:
        """Add a fact, merging it into an existing one with the same identity.

        The first statement's properties win; later statements add the properties it lacked
        and their evidence.
        """
        existing = self._by_identity.get(rel.identity)
        if existing is None:
            self._by_identity[rel.identity] = rel
            self.relationships.append(rel)
            return rel
        for k, v in rel.props.items():
            existing.props.setdefault(k, v)
        for ev in rel.evidence:
            if ev not in existing.evidence:
                existing.evidence.append(ev)
        return existing
