"""Neo4jStore without a Neo4j server: configuration, error messages, transactions, values.

These tests replace ``neo4j.GraphDatabase.driver`` by a stub whose transactions run their
statements on an embedded FalkorDB store, so the store's own code (sessions, access modes,
one transaction per document, batching, schema, value conversion, error mapping) runs for
real; what Neo4j itself does with the Cypher is the contract suite's job
(tests/test_store_contract.py with NEO4J_URI set).
"""

from __future__ import annotations

import socket

import neo4j
import pytest
from neo4j.exceptions import Neo4jError
from neo4j.graph import Graph, Node, Path
from neo4j.spatial import CartesianPoint
from neo4j.time import Date, DateTime, Duration

import queries
from graph.store import cypher, open_store
from graph.store.base import ReadOnlyViolation, StoreError
from graph.store.neo4j_store import Neo4jStore, plain_value
from tests.store_fixtures import EXPECTED_COUNTS, load, make_store, sample_batches


def server_error(code: str, message: str) -> Neo4jError:
    """The exception the driver raises for a server failure with this code (driver internals)."""
    return Neo4jError._hydrate_neo4j(code=code, message=message)


class StubResult:
    def __init__(self, result):
        self._result = result

    def keys(self):
        return tuple(self._result.columns)

    def __iter__(self):
        return iter([StubRecord(row) for row in self._result.rows])

    def consume(self):
        return None


class StubRecord:
    def __init__(self, values):
        self._values = values

    def values(self):
        return list(self._values)


class StubTx:
    def __init__(self, driver, mode):
        self.driver, self.mode = driver, mode

    def run(self, query, parameters=None):
        self.driver.log.append((self.mode, query, parameters or {}))
        if self.driver.fail_with is not None:
            raise self.driver.fail_with
        if query.startswith(("CREATE CONSTRAINT", "CREATE INDEX")):
            from graph.store.base import QueryResult

            return StubResult(QueryResult([], []))
        if self.mode == "r":
            try:
                return StubResult(self.driver.backend._run_read(query, dict(parameters or {})))
            except ReadOnlyViolation:
                raise server_error("Neo.ClientError.Statement.AccessMode",
                                   "Writing in read access mode not allowed.") from None
        return StubResult(self.driver.backend._run_write([(query, dict(parameters or {}))])[0])


class StubSession:
    def __init__(self, driver, config):
        self.driver, self.config = driver, config

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, query, parameters=None):
        return StubTx(self.driver, "r" if self.config.get("default_access_mode") == neo4j.READ_ACCESS else "w").run(
            query, parameters)

    def execute_read(self, work):
        self.driver.transactions.append("read")
        return work(StubTx(self.driver, "r"))

    def execute_write(self, work):
        self.driver.transactions.append("write")
        return work(StubTx(self.driver, "w"))


class StubDriver:
    def __init__(self, backend, uri, auth, **kwargs):
        self.backend, self.uri, self.auth, self.kwargs = backend, uri, auth, kwargs
        self.log: list[tuple[str, str, dict]] = []
        self.transactions: list[str] = []
        self.sessions: list[dict] = []
        self.fail_with: Exception | None = None
        self.connect_error: Exception | None = None
        self.closed = False

    def verify_connectivity(self):
        if self.connect_error is not None:
            raise self.connect_error

    def session(self, **config):
        self.sessions.append(config)
        return StubSession(self, config)

    def close(self):
        self.closed = True


@pytest.fixture
def backend(request):
    yield from make_store("falkor", request)


@pytest.fixture
def stub(backend, monkeypatch):
    """Patch the driver factory; returns a function giving the last driver made."""
    made: list[StubDriver] = []

    def driver(uri, auth=None, **kwargs):
        made.append(StubDriver(backend, uri, auth, **kwargs))
        return made[-1]

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", staticmethod(driver))
    for var in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(var, raising=False)
    return made


# -- configuration ------------------------------------------------------------------------

def test_settings_come_from_the_standard_variables(stub, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j://db.example:7687")
    monkeypatch.setenv("NEO4J_USERNAME", "analyst")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret")
    monkeypatch.setenv("NEO4J_DATABASE", "aigraph")
    store = open_store()
    assert isinstance(store, Neo4jStore)
    driver = stub[-1]
    assert driver.uri == "neo4j://db.example:7687" and driver.auth == ("analyst", "s3cret")
    assert {s["database"] for s in driver.sessions} == {"aigraph"}
    assert "neo4j://db.example:7687" in store.description and "aigraph" in store.description
    store.close()
    assert driver.closed


def test_arguments_win_over_variables_and_no_password_means_no_auth(stub, monkeypatch):
    monkeypatch.setenv("NEO4J_DATABASE", "other")
    store = Neo4jStore("bolt://localhost:7687", database="mine", batch_size=7)
    assert stub[-1].auth is None and store.database == "mine" and store.batch_size == 7
    store.close()


@pytest.mark.parametrize("uri", ["http://localhost:7474", "localhost:7687", "redis://x"])
def test_non_bolt_uris_are_refused(uri):
    with pytest.raises(StoreError, match="not a Bolt URI"):
        Neo4jStore(uri)


def test_no_uri_at_all(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError, match="NEO4J_URI"):
        Neo4jStore()


# -- one clear line per error -----------------------------------------------------------

def test_an_unreachable_server_is_one_line():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError) as info:
        Neo4jStore(f"bolt://127.0.0.1:{port}", password="x")
    message = str(info.value)
    assert message.startswith(f"cannot reach Neo4j at bolt://127.0.0.1:{port}")
    assert "\n" not in message and "refused" in message.lower()


def test_wrong_credentials_are_one_line(stub, monkeypatch):
    def failing(uri, auth=None, **kwargs):
        driver = StubDriver(None, uri, auth)
        driver.connect_error = server_error("Neo.ClientError.Security.Unauthorized",
                                            "The client is unauthorized due to authentication failure.")
        stub.append(driver)
        return driver

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", staticmethod(failing))
    with pytest.raises(StoreError) as info:
        Neo4jStore("bolt://localhost:7687", user="neo4j", password="wrong")
    assert str(info.value) == ("Neo4j at bolt://localhost:7687 refused the credentials of user 'neo4j' "
                               "(set NEO4J_USERNAME and NEO4J_PASSWORD)")
    assert stub[-1].closed


def test_a_missing_database_is_one_line(stub, monkeypatch):
    original = StubSession.run

    def run(self, query, parameters=None):
        raise server_error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nope'.")

    monkeypatch.setattr(StubSession, "run", run)
    with pytest.raises(StoreError) as info:
        Neo4jStore("bolt://localhost:7687", database="nope")
    assert str(info.value).startswith("Neo4j at bolt://localhost:7687 has no database 'nope'")
    monkeypatch.setattr(StubSession, "run", original)


def test_query_errors_and_read_only_refusals(stub, backend):
    backend.clear()
    store = Neo4jStore("bolt://localhost:7687")
    with pytest.raises(ReadOnlyViolation):
        store._run_read("CREATE (n:Actor {id: 'x'})", {})  # the server's access mode refuses it
    stub[-1].fail_with = server_error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCHH'")
    with pytest.raises(StoreError, match="query failed on Neo4j: Invalid input 'MATCHH'"):
        store.query("MATCHH (n) RETURN n")
    store.close()


# -- transactions, batching, schema -------------------------------------------------------

def test_writes_one_transaction_per_document_in_batches(stub, backend):
    backend.clear()
    store = Neo4jStore("bolt://localhost:7687", batch_size=2)
    reports = store.write_batches(sample_batches())
    driver = stub[-1]
    assert [r.status for r in reports] == ["loaded"] * 3
    assert store.counts() == EXPECTED_COUNTS
    # Schema first, each statement in its own transaction, once.
    schema = [q for _, q, _ in driver.log if q in cypher.NEO4J_SCHEMA]
    assert schema == list(cypher.NEO4J_SCHEMA)
    # Each document's statements ran inside a single write transaction.
    assert driver.transactions.count("write") == len(cypher.NEO4J_SCHEMA) + 3
    unwinds = [p["rows"] for _, q, p in driver.log if q.startswith("UNWIND")]
    assert unwinds and max(len(rows) for rows in unwinds) == 2
    # Reads ran in read sessions.
    reads = [s for s in driver.sessions if s.get("default_access_mode") == neo4j.READ_ACCESS]
    assert len(reads) >= 3
    assert {mode for mode, q, _ in driver.log if q.startswith("MATCH (d:Document {id: $id})")} == {"r"}
    store.close()


def test_named_queries_through_the_driver_match_the_embedded_store(stub, backend):
    load(backend, sample_batches())
    store = Neo4jStore("bolt://localhost:7687")
    for q in queries.list_queries():
        params = {"actor": "Tencent", "programme": "Stargate", "source": "Microsoft", "target": "MGX",
                  "document": "news", "subject": "Microsoft", "object": "OpenAI", "text": "a"}
        given = {p.name: params[p.name] for p in q.params if p.name in params}
        assert queries.run_query(store, q.name, given) == queries.run_query(backend, q.name, given)
    store.close()


# -- values ---------------------------------------------------------------------------------

def test_plain_value_turns_graph_and_temporal_values_into_plain_python():
    graph = Graph()
    a = Node(graph, "4:x:1", 1, ["Actor", "Company"], {"id": "tencent", "aliases": ["텐센트"]})
    b = Node(graph, "4:x:2", 2, ["Actor", "Startup"], {"id": "moonshot-ai"})
    rel = graph.relationship_type("INVESTED_IN")(graph, "5:x:1", 1, {"amount_usd": 3e8, "date": Date(2024, 5, 1)})
    rel._start_node, rel._end_node = a, b
    path = Path(a, rel)
    assert plain_value(a) == {"id": "tencent", "aliases": ["텐센트"]}
    assert plain_value(rel) == {"amount_usd": 3e8, "date": "2024-05-01"}
    assert plain_value(path) == {"nodes": [{"id": "tencent", "aliases": ["텐센트"]}, {"id": "moonshot-ai"}],
                                 "relationships": [{"amount_usd": 3e8, "date": "2024-05-01"}]}
    assert plain_value({"when": DateTime(2025, 1, 21, 12, 0, 0), "span": Duration(months=3)}) == {
        "when": "2025-01-21T12:00:00.000000000", "span": "P3M"}
    assert plain_value([CartesianPoint((1.0, 2.0))]) == ["SRID=7203;POINT(1.0 2.0)"]
    assert plain_value((1, "x", None)) == [1, "x", None]


def test_batch_size_from_the_environment(stub, monkeypatch):
    monkeypatch.setenv("AIGRAPH_BATCH_SIZE", "250")
    store = Neo4jStore("bolt://localhost:7687")
    assert store.batch_size == 250
    store.close()
    monkeypatch.setenv("AIGRAPH_BATCH_SIZE", "many")
    with pytest.raises(StoreError, match="AIGRAPH_BATCH_SIZE"):
        Neo4jStore("bolt://localhost:7687")
