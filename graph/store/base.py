"""The one interface every store implements, and the write logic they share.

A store only has to run Cypher: :meth:`GraphStore._run_read` for a read query and
:meth:`GraphStore._run_write` for a list of statements that belong together. How a
document's facts are merged, replaced and removed is written once, here, in terms of the
statements of :mod:`graph.store.cypher`, so the embedded store and Neo4j hold the same
graph for the same documents.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from graph.model import GraphBatch
from graph.schema import MENTIONED_IN
from graph.store import cypher

if TYPE_CHECKING:
    import networkx as nx

Statement = tuple[str, dict[str, Any]]


class StoreError(RuntimeError):
    """A store could not start, connect or run a statement; the message says why."""


class ReadOnlyViolation(StoreError):
    """A write was attempted through a read-only entry point."""


@dataclass
class QueryResult:
    """Columns and rows of a query, with conversions for the CLI and notebooks."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """Rows as dictionaries keyed by column."""
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]

    def to_dataframe(self):
        """Rows as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)

    def scalar(self) -> Any:
        """The first value of the first row, or ``None`` for no rows."""
        return self.rows[0][0] if self.rows else None


@dataclass
class WriteReport:
    """What writing one batch did."""

    document_id: str
    path: str
    status: str  # "loaded", "unchanged" or "replaced"
    actors: int = 0
    relationships: int = 0


_WRITE_CLAUSE = re.compile(
    r"\b(" + "|".join(k.replace(" ", r"\s+") for k in cypher.WRITE_KEYWORDS) + r")\b", re.IGNORECASE
)
_STRINGS_AND_COMMENTS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def looks_like_write(query: str) -> bool:
    """True if ``query`` has a write clause outside string literals, names and comments.

    Stores also enforce read-only execution themselves; this check gives a clear message
    before anything reaches the server.
    """
    return bool(_WRITE_CLAUSE.search(_STRINGS_AND_COMMENTS.sub(" ", query)))


class GraphStore(ABC):
    """Write batches, run Cypher, read the graph back. Use as a context manager."""

    #: Rows sent per ``UNWIND $rows`` statement.
    batch_size: int = 1000

    # -- what a store implements ---------------------------------------------------------

    @abstractmethod
    def _run_read(self, query: str, params: dict[str, Any]) -> QueryResult:
        """Run one read-only query; the server must refuse writes."""

    @abstractmethod
    def _run_write(self, statements: Sequence[Statement]) -> list[QueryResult]:
        """Run statements that belong together, as one transaction where the store can."""

    @abstractmethod
    def close(self) -> None:
        """Release connections (and stop an embedded server this store started)."""

    @property
    @abstractmethod
    def description(self) -> str:
        """One line naming the store and where it is, for summaries and errors."""

    def ensure_schema(self) -> None:  # noqa: B027 - optional hook
        """Create constraints and indexes where the store supports them."""

    # -- the shared interface -------------------------------------------------------------

    def query(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a read-only query with parameters; refuse anything that writes."""
        if looks_like_write(query):
            raise ReadOnlyViolation(
                "this query writes (CREATE/MERGE/SET/DELETE/REMOVE/DROP); "
                "reads are the default, use --write (or GraphStore.execute) to change the graph"
            )
        return self._run_read(query, dict(params or {}))

    def execute(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a query that may write."""
        return self._run_write([(query, dict(params or {}))])[0]

    def document_loaded(self, doc_id: str, extractor: str | None = None) -> bool:
        """True if a document with this content hash is in the store.

        With ``extractor``, only if it was also read by that extractor (see
        :func:`loaders.extractor.extractor_fingerprint`): one read by other code is due for
        a new reading.
        """
        rows = self._run_read(cypher.DOCUMENT_BY_ID, {"id": doc_id}).rows
        return bool(rows) and (extractor is None or rows[0][1] == extractor)

    def write_batch(self, batch: GraphBatch) -> WriteReport:
        """Write one document's contribution.

        An unchanged document (same content hash, read by the same extractor) is a no-op. A
        changed document at the same path, or the same text read by another extractor, first
        takes the old reading's facts out. The document node is written after the
        facts: a write cut short before it leaves no document node, so the next load redoes
        it, removing the partial facts first. A store without real transactions that fails
        mid-batch gets the partial batch removed at once.
        """
        doc = batch.document
        if self.document_loaded(doc.id, doc.extractor):
            return WriteReport(doc.id, doc.path, "unchanged")
        old = [r[0] for r in self._run_read(cypher.DOCUMENTS_AT_PATH, {"path": doc.path}).rows]
        statements: list[Statement] = []
        for old_id in [*old, doc.id]:
            statements += self.remove_statements(old_id)
        statements += self._batch_statements(batch)
        try:
            self._run_write(statements)
        except Exception:
            # A store without real transactions may have applied part of the batch.
            self._run_write(self.remove_statements(doc.id))
            raise
        return WriteReport(
            doc.id, doc.path, "replaced" if old else "loaded",
            actors=len(batch.actors), relationships=len(batch.relationships),
        )

    def write_batches(self, batches: Iterable[GraphBatch]) -> list[WriteReport]:
        """Write each batch in its own transaction; a failure leaves the others in place."""
        self.ensure_schema()
        return [self.write_batch(b) for b in batches]

    def remove_document(self, doc_id: str) -> None:
        """Take a document and the facts only it supported out of the graph."""
        self._run_write(self.remove_statements(doc_id))

    @staticmethod
    def remove_statements(doc_id: str) -> list[Statement]:
        """Statements taking a document and the facts only it supported out of the graph."""
        params = {"doc": doc_id, "prefix": f"{doc_id}:"}
        return [(q, params) for q in cypher.REMOVE_DOCUMENT]

    def _batch_statements(self, batch: GraphBatch) -> list[Statement]:
        doc = batch.document
        out: list[Statement] = []
        by_type: dict[str, list[dict]] = defaultdict(list)
        for actor in batch.actors.values():
            by_type[actor.type].append({"id": actor.id, "props": actor.properties()})
        for type_label, rows in sorted(by_type.items()):
            out += self._chunked(cypher.merge_actors(type_label), rows)
        rels: dict[str, list[dict]] = defaultdict(list)
        for rel in batch.relationships:
            props = {k: v for k, v in rel.props.items() if v is not None and v != ""}
            rels[rel.type].append({
                "s": rel.subject, "o": rel.object, "key": rel.key, "doc": doc.id,
                "props": props, "evidence": [str(e) for e in rel.evidence],
            })
        for rel_type, rows in sorted(rels.items()):
            out += self._chunked(cypher.merge_relationships(rel_type), rows, doc=doc.id)
        # The document node marks the facts as written; only the mention counts follow it.
        out.append((cypher.MERGE_DOCUMENT, {"id": doc.id, "props": doc.properties()}))
        mention_rows = [{"id": a, "count": n} for a, n in sorted(batch.mentions.items())]
        out += self._chunked(cypher.MERGE_MENTIONS, mention_rows, doc=doc.id)
        return out

    def _chunked(self, query: str, rows: list[dict], **extra: Any) -> list[Statement]:
        return [
            (query, {"rows": rows[i:i + self.batch_size], **extra})
            for i in range(0, len(rows), self.batch_size)
        ]

    def clear(self) -> None:
        """Delete every node and relationship."""
        self._run_write([(cypher.CLEAR, {})])

    def counts(self) -> dict[str, dict[str, int]]:
        """Documents, actors by type and relationships by type."""
        return {
            "documents": {"Document": int(self._run_read(cypher.DOCUMENT_COUNT, {}).scalar() or 0)},
            "actors": {t: int(n) for t, n in self._run_read(cypher.ACTOR_COUNTS, {}).rows},
            "relationships": {t: int(n) for t, n in self._run_read(cypher.REL_COUNTS, {}).rows},
        }

    def documents(self) -> QueryResult:
        """Id, path and title of every document in the store."""
        return self._run_read(cypher.DOCUMENTS, {})

    def to_networkx(self, include_documents: bool = False) -> nx.MultiDiGraph:
        """The stored graph as a NetworkX MultiDiGraph keyed by node ``id``.

        Node attributes are the node properties plus ``labels``; edge attributes are the
        relationship properties plus ``type``. Documents and ``MENTIONED_IN`` edges are left
        out unless ``include_documents``. NetworkX is imported here, not with the store: a
        build opens the store before it extracts, and needs NetworkX only afterwards.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        for node_id, labels, props in self._run_read(cypher.ALL_NODES, {}).rows:
            if not include_documents and "Actor" not in labels:
                continue
            g.add_node(node_id, **dict(props), labels=list(labels))
        for source, rtype, props, target in self._run_read(cypher.ALL_EDGES, {}).rows:
            if rtype == MENTIONED_IN and not include_documents:
                continue
            if source in g and target in g:
                # The stored ``key`` property would clash with add_edge's own ``key`` argument.
                k = g.add_edge(source, target, key=f"{rtype}:{props.get('key', '')}")
                g.edges[source, target, k].update(props, type=rtype)
        return g

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
