"""The embedded default store: FalkorDB started by aigraph itself (see :mod:`falkor_server`)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.query_result import QueryResult as FalkorResult

from graph.store import cypher
from graph.store.base import GraphStore, QueryResult, ReadOnlyViolation, Statement, StoreError
from graph.store.falkor_server import EmbeddedServer

DEFAULT_GRAPH = "aigraph"


def _plain(value: Any) -> Any:
    """FalkorDB result values as plain Python (nodes and edges become property dicts)."""
    if isinstance(value, Node | Edge):
        return dict(value.properties)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _result(raw: FalkorResult) -> QueryResult:
    columns = [h[1].decode() if isinstance(h[1], bytes) else str(h[1]) for h in raw.header]
    return QueryResult(columns, [[_plain(v) for v in row] for row in raw.result_set])


class FalkorStore(GraphStore):
    """Graph store on an embedded FalkorDB server in ``data_dir``.

    >>> with FalkorStore(".aigraph") as store:       # doctest: +SKIP
    ...     store.query("MATCH (a:Actor) RETURN count(a)")
    """

    def __init__(self, data_dir: str | os.PathLike[str] = ".aigraph", graph: str = DEFAULT_GRAPH):
        self.server = EmbeddedServer(data_dir).start()
        try:
            self._db = FalkorDB(unix_socket_path=str(self.server.socket_path))
            self._graph = self._db.select_graph(graph)
        except redis.RedisError as exc:
            self.server.stop()
            raise StoreError(f"cannot connect to the embedded FalkorDB server: {exc}") from exc
        self.graph_name = graph

    @property
    def description(self) -> str:
        return f"embedded FalkorDB in {self.server.data_dir} (graph '{self.graph_name}')"

    def _run_read(self, query: str, params: dict[str, Any]) -> QueryResult:
        try:
            return _result(self._graph.ro_query(query, params or None))
        except redis.ResponseError as exc:
            if "empty key" in str(exc):
                return QueryResult([], [])  # a graph nothing was written to yet reads as empty
            if "read-only" in str(exc):
                raise ReadOnlyViolation(f"refused: this query writes and the store is read-only here ({exc})") from exc
            raise StoreError(f"query failed: {exc}") from exc
        except redis.ConnectionError as exc:
            raise StoreError(f"lost the embedded FalkorDB server: {exc}") from exc

    def _run_write(self, statements: Sequence[Statement]) -> list[QueryResult]:
        # MULTI/EXEC: the statements run back to back with nothing in between. FalkorDB does
        # not roll back an earlier statement when a later one fails; GraphStore.write_batch
        # removes a partial document in that case.
        pipe = self._db.connection.pipeline(transaction=True)
        for query, params in statements:
            text = self._graph._build_params_header(params or None) + query
            pipe.execute_command("GRAPH.QUERY", self.graph_name, text, "--compact")
        try:
            raw = pipe.execute()
        except redis.ResponseError as exc:
            raise StoreError(f"write failed: {exc}") from exc
        except redis.ConnectionError as exc:
            raise StoreError(f"lost the embedded FalkorDB server: {exc}") from exc
        return [_result(FalkorResult(self._graph, r)) for r in raw]

    def ensure_schema(self) -> None:
        """Range indexes on the properties every MERGE and lookup goes through."""
        existing = set(self._indexes())
        for label, prop in cypher.FALKOR_INDEXES:
            if (label, prop) not in existing:
                self._run_write([(cypher.falkor_index(label, prop), {})])

    def _indexes(self) -> list[tuple[str, str]]:
        rows = self._run_read("CALL db.indexes() YIELD label, properties RETURN label, properties", {}).rows
        return [(label, p) for label, props in rows for p in props]

    def close(self) -> None:
        try:
            self._db.connection.close()
        finally:
            self.server.stop()
