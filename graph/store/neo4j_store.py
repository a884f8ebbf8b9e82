"""The production store: a Neo4j server (5.x LTS or 2025.x and later) over Bolt.

Chosen by ``--neo4j URI`` or the standard variables ``NEO4J_URI``, ``NEO4J_USERNAME``,
``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``. Reads run in read transactions, so the server
itself refuses a write that slipped past :func:`graph.store.base.looks_like_write`; each
call of :meth:`Neo4jStore._run_write` is one write transaction, so a document's facts are
committed together or not at all. Errors the user can fix (server down, wrong password,
no such database) become one-line :class:`StoreError` messages.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point

from graph.store import cypher
from graph.store.base import GraphStore, QueryResult, ReadOnlyViolation, Statement, StoreError

#: URI schemes the Bolt driver serves; the driver's preview HTTP support is not used.
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_USER = "neo4j"
DEFAULT_BATCH_SIZE = 1000
#: Seconds to wait for a server before saying it cannot be reached.
CONNECTION_TIMEOUT_S = 15.0

_DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"
#: Codes Neo4j gives a write inside a read transaction (the second on older servers).
_READ_ONLY_CODES = frozenset({
    "Neo.ClientError.Statement.AccessMode",
    "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
})


def plain_value(value: Any) -> Any:
    """A Neo4j result value as plain Python, shaped like the embedded store's results.

    Nodes and relationships become their property dicts, paths a dict of node and
    relationship property lists; temporal values become ISO 8601 strings and points
    ``SRID=...;POINT(x y)`` strings, so results print and serialise alike on both stores.
    """
    if isinstance(value, Node | Relationship):
        return {k: plain_value(v) for k, v in value.items()}
    if isinstance(value, Path):
        return {
            "nodes": [plain_value(n) for n in value.nodes],
            "relationships": [plain_value(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: plain_value(v) for k, v in value.items()}
    # Points and durations are tuples too, so they go before lists.
    if isinstance(value, Point):
        return f"SRID={value.srid};POINT({' '.join(repr(c) for c in value)})"
    if hasattr(value, "iso_format"):  # neo4j.time Date, Time, DateTime, Duration
        return value.iso_format()
    if isinstance(value, list | tuple):
        return [plain_value(v) for v in value]
    if hasattr(value, "to_native") and type(value).__module__.startswith("neo4j"):  # vectors
        return list(value.to_native())
    return value


def _result(result: neo4j.Result) -> QueryResult:
    columns = list(result.keys())
    return QueryResult(columns, [[plain_value(v) for v in record.values()] for record in result])


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


class Neo4jStore(GraphStore):
    """Graph store on a Neo4j server.

    Parameters
    ----------
    uri:
        Bolt URI, e.g. ``bolt://localhost:7687`` or ``neo4j+s://xxxx.databases.neo4j.io``.
    user, password:
        Credentials; default ``NEO4J_USERNAME`` (else ``neo4j``) and ``NEO4J_PASSWORD``.
        With no password the driver connects without authentication.
    database:
        Database name; default ``NEO4J_DATABASE``, else the server's default database.
    batch_size:
        Rows per ``UNWIND $rows`` statement when writing; default ``AIGRAPH_BATCH_SIZE``,
        else 1000. A document's statements, however many, share one transaction.

    >>> with Neo4jStore("bolt://localhost:7687") as store:       # doctest: +SKIP
    ...     store.query("MATCH (a:Actor) RETURN count(a)").scalar()
    """

    def __init__(
        self,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int | None = None,
    ):
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            raise StoreError("no Neo4j URI: pass --neo4j bolt://HOST:7687 or set NEO4J_URI")
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in BOLT_SCHEMES:
            raise StoreError(
                f"not a Bolt URI: {uri!r}; use bolt://HOST:7687 or neo4j://HOST:7687 "
                f"(schemes: {', '.join(BOLT_SCHEMES)})"
            )
        if batch_size is None:
            try:
                batch_size = int(os.environ.get("AIGRAPH_BATCH_SIZE") or DEFAULT_BATCH_SIZE)
            except ValueError as exc:
                raise StoreError("AIGRAPH_BATCH_SIZE must be a whole number") from exc
        if batch_size < 1:
            raise StoreError("the batch size must be at least 1")
        self.uri = uri
        self.user = user or os.environ.get("NEO4J_USERNAME") or DEFAULT_USER
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self.batch_size = batch_size
        self._schema_ready = False
        auth = (self.user, password) if password is not None else None
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=CONNECTION_TIMEOUT_S)
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise StoreError(f"cannot use the Neo4j URI {uri!r}: {_one_line(exc)}") from exc
        try:
            with self._errors():
                self._driver.verify_connectivity()
                # verify_connectivity does not look at the database; a trivial read does.
                with self._driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as s:
                    s.run("RETURN 1").consume()
        except BaseException:
            self._driver.close()
            raise

    @property
    def description(self) -> str:
        return f"Neo4j at {self.uri} (database '{self.database or 'default'}', user '{self.user}')"

    # -- errors -------------------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver exceptions into one-line StoreErrors naming what to fix."""
        try:
            yield
        except neo4j_errors.AuthError as exc:
            raise StoreError(
                f"Neo4j at {self.uri} refused the credentials of user '{self.user}' "
                "(set NEO4J_USERNAME and NEO4J_PASSWORD)"
            ) from exc
        except neo4j_errors.ServiceUnavailable as exc:
            raise StoreError(
                f"cannot reach Neo4j at {self.uri}: {_first_reason(exc)} (is the server running?)"
            ) from exc
        except neo4j_errors.Neo4jError as exc:
            code = exc.code or ""
            if code == _DATABASE_NOT_FOUND:
                raise StoreError(
                    f"Neo4j at {self.uri} has no database '{self.database or 'default'}' "
                    "(set NEO4J_DATABASE to an existing one, or leave it unset for the default)"
                ) from exc
            if code in _READ_ONLY_CODES:
                raise ReadOnlyViolation(
                    f"refused: this query writes and runs in a read transaction ({_one_line(exc.message)})"
                ) from exc
            if code.startswith("Neo.ClientError.Security."):
                raise StoreError(f"Neo4j at {self.uri} refused access: {_one_line(exc.message)}") from exc
            raise StoreError(f"query failed on Neo4j: {exc.message}") from exc
        except neo4j_errors.DriverError as exc:
            raise StoreError(f"Neo4j driver error ({type(exc).__name__}): {_one_line(exc)}") from exc

    # -- what a store implements ----------------------------------------------------------

    def _run_read(self, query: str, params: dict[str, Any]) -> QueryResult:
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            return _result(tx.run(query, params))

        with self._errors(), self._driver.session(
            database=self.database, default_access_mode=neo4j.READ_ACCESS
        ) as session:
            return session.execute_read(work)

    def _run_write(self, statements: Sequence[Statement]) -> list[QueryResult]:
        if not self._schema_ready:
            self.ensure_schema()

        def work(tx: neo4j.ManagedTransaction) -> list[QueryResult]:
            # Results are read inside the transaction: a managed transaction may be retried.
            return [_result(tx.run(query, params)) for query, params in statements]

        if not statements:
            return []
        with self._errors(), self._driver.session(
            database=self.database, default_access_mode=neo4j.WRITE_ACCESS
        ) as session:
            return session.execute_write(work)

    def ensure_schema(self) -> None:
        """Uniqueness constraints on ``Actor.id`` and ``Document.id``; indexes on name, type, country.

        Neo4j does not mix schema and data changes in one transaction, so each schema
        statement commits on its own; ``IF NOT EXISTS`` makes this safe to repeat.
        """
        with self._errors(), self._driver.session(database=self.database) as session:
            for statement in cypher.NEO4J_SCHEMA:
                session.execute_write(lambda tx, q=statement: tx.run(q).consume())
        self._schema_ready = True

    def close(self) -> None:
        self._driver.close()


def _first_reason(exc: Exception) -> str:
    """The driver's last line about a failed connection (it says 'Connection refused' etc.)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__
