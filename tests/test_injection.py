"""Hostile text is data, never Cypher: names and parameters come back verbatim, nothing runs.

Names, aliases, quotes and parameters carry quotes, braces, comments, newlines and whole
statements (``MATCH (n) DETACH DELETE n``). Every value reaches the stores as a parameter,
so each must be stored and returned exactly as given while the graph stays whole; and a
read (``aigraph query`` without ``--write``) refuses every kind of write on both stores.
"""

from __future__ import annotations

import pytest

from graph.export import export_graph, load_cypher_script
from graph.store.base import ReadOnlyViolation, looks_like_write
from queries import run_query
from tests.store_fixtures import HOSTILE_NAMES, hostile_batch, load, make_store, sample_batches

STORES = ["falkor", "neo4j"]

#: Parameter values that are not stored anywhere (stored hostile names are found verbatim above).
HOSTILE_PARAMS = [
    "x' OR 1=1 //",
    "'}) MATCH (m) DETACH DELETE m //",
    "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "MATCH (n) DETACH DELETE n RETURN 0",
    "*/ MATCH (n) DETACH DELETE n /*",
    "$actor",
    "\\' DETACH DELETE",
    "\n; MATCH (n) DETACH DELETE n;",
]


@pytest.fixture(scope="module", params=STORES)
def store(request):
    for s in make_store(request.param, request):
        yield load(s, sample_batches() + [hostile_batch()])


def total(store) -> int:
    return store.query("MATCH (n) RETURN count(n) AS n").scalar()


def test_hostile_names_are_stored_and_returned_verbatim(store):
    names = {r[0] for r in store.query("MATCH (a:Investor) WHERE a.id STARTS WITH 'evil-' RETURN a.name").rows}
    assert names == set(HOSTILE_NAMES)
    for name in HOSTILE_NAMES:
        found = store.query("MATCH (a:Actor {name: $name}) RETURN a.name AS name, a.aliases AS aliases", {"name": name})
        assert found.rows == [[name, sorted({name, "a;b|c", 'x"y'})]]
    assert store.counts()["actors"]["Investor"] == 9  # nothing was deleted


def test_hostile_document_properties_round_trip(store):
    doc = store.query("MATCH (d:Document {id: 'bad0000000000001'}) RETURN d.title, d.path, d.publisher").rows[0]
    assert doc == ["x'}) MATCH (n) DETACH DELETE n //", "corpus/evil'\"}.txt", 'Evil "Corp"; DROP']


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_named_queries_find_hostile_actors_by_name(store, name):
    rows = run_query(store, "portfolio", {"actor": name}).records()
    assert [(r["investor"], r["company"], r["unit"]) for r in rows] == [(name, "OpenAI", "'; DROP")]
    evidence = run_query(store, "evidence", {"subject": name, "object": "OpenAI"}).records()
    assert [r["evidence"] for r in evidence] == [f"bad0000000000001:1: {name} invested in OpenAI // DETACH DELETE"]
    assert evidence[0]["fact_key"] == name


@pytest.mark.parametrize("value", HOSTILE_PARAMS)
def test_hostile_parameters_match_nothing_and_run_nothing(store, value):
    before = total(store)
    for name, params in [
        ("who-invested-in", {"actor": value}), ("co-investors", {"actor": value}),
        ("programme-members", {"programme": value}), ("find-actor", {"text": value}),
        ("document-facts", {"document": value}), ("paths-between", {"source": value, "target": value}),
        ("government-programmes", {"government": value, "country": value}),
        ("evidence", {"subject": value, "object": "OpenAI", "relation": value}),
        ("actors-by-country", {"country": value, "type": value}),
    ]:
        assert run_query(store, name, params).rows == [], name
    assert store.query("RETURN $v AS v", {"v": value}).scalar() == value
    assert total(store) == before


@pytest.mark.parametrize("statement", [
    "CREATE (n:Actor {id: 'x'})",
    "MERGE (n:Actor {id: 'x'})",
    "MATCH (n:Actor {id: 'openai'}) SET n.name = 'x'",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Actor {id: 'openai'}) REMOVE n.name",
    "MATCH (n:Actor {id: 'openai'}) REMOVE n:Startup",
    "DROP INDEX ON :Actor(id)",
    "match (n) detach delete n",
    "MATCH (n) WITH n LIMIT 1\nDETACH\n  DELETE n",
    "CALL { MATCH (n) DETACH DELETE n }",
    "UNWIND [1] AS x FOREACH (y IN [x] | CREATE (:Actor {id: 'z'}))",
    "RETURN 1 // harmless? no:\nCREATE (n:Actor {id: 'x'})",
])
def test_reads_refuse_writes(store, statement):
    before = total(store)
    with pytest.raises(ReadOnlyViolation):
        store.query(statement)
    assert total(store) == before


@pytest.mark.parametrize("statement", [
    "CREATE (n:Actor {id: 'x'})",
    "MATCH (n:Actor {id: 'openai'}) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Actor {id: 'openai'}) REMOVE n.name",
    "MERGE (n:Actor {id: 'x'})",
])
def test_the_server_refuses_writes_in_reads_too(store, statement):
    """Past the keyword check (the store's own read path), the server's read-only mode holds."""
    before = total(store)
    with pytest.raises(ReadOnlyViolation):
        store._run_read(statement, {})
    assert total(store) == before


@pytest.mark.parametrize("query", [
    "RETURN 'MATCH (n) DETACH DELETE n' AS s",
    'RETURN "CREATE (x)" AS s',
    "MATCH (a:Actor) WHERE a.name = 'x SET y' RETURN count(a) AS s",
    "// CREATE (n)\nRETURN 1 AS s",
    "MATCH (a:Actor) RETURN a.`create` AS s LIMIT 1",
])
def test_write_words_inside_strings_comments_and_names_are_not_writes(store, query):
    assert not looks_like_write(query)
    store.query(query)


def test_hostile_graph_survives_export_and_reload(store, request, tmp_path):
    path = tmp_path / "hostile.cypher"
    export_graph(store, "cypher", path)
    for copy in make_store("falkor", request):
        load_cypher_script(copy, path)
        names = {r[0] for r in copy.query("MATCH (a:Investor) WHERE a.id STARTS WITH 'evil-' RETURN a.name").rows}
        assert names == set(HOSTILE_NAMES)
        assert copy.counts() == store.counts()
