"""The store contract: every write, read and named query gives the same result on both stores.

Each test runs on the embedded FalkorDB store and on Neo4j. The Neo4j half needs a
throw-away server (``NEO4J_URI`` etc., see docs/neo4j.md) and is reported as skipped
without one. Expected values are written out by hand from tests/store_fixtures.py, so
passing on both stores means both give these same answers; with both stores available,
``test_named_queries_agree_across_stores`` also compares every query's full result.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

import queries
from graph.model import GraphBatch
from graph.store.base import GraphStore, ReadOnlyViolation
from tests.store_fixtures import (
    DOC_KIEP,
    DOC_NEWS,
    DOC_SPRI,
    EXPECTED_COUNTS,
    NEO4J_SKIP_REASON,
    load,
    make_store,
    sample_batches,
)

STORES = ["falkor", "neo4j"]

@pytest.fixture(scope="module", params=STORES)
def loaded(request) -> GraphStore:
    """A store of each kind holding the three sample documents (read-only tests share it)."""
    for store in make_store(request.param, request):
        load(store, sample_batches())
        yield store


@pytest.fixture(params=STORES)
def empty(request) -> GraphStore:
    """A fresh empty store of each kind, for tests that change the graph."""
    yield from make_store(request.param, request)


def column(result, name):
    return [row[result.columns.index(name)] for row in result.rows]


# -- writes ------------------------------------------------------------------------------

def test_write_batches_reports_and_counts(empty):
    reports = empty.write_batches(sample_batches())
    assert [r.status for r in reports] == ["loaded", "loaded", "loaded"]
    assert [r.relationships for r in reports] == [9, 13, 1]
    assert empty.counts() == EXPECTED_COUNTS


def test_reloading_the_same_documents_changes_nothing(empty):
    empty.write_batches(sample_batches())
    before = empty.to_networkx(include_documents=True)
    reports = empty.write_batches(sample_batches())
    assert {r.status for r in reports} == {"unchanged"}
    after = empty.to_networkx(include_documents=True)
    assert empty.counts() == EXPECTED_COUNTS
    assert _edges(before) == _edges(after)


def test_a_fact_stated_twice_keeps_both_sources(loaded):
    rows = loaded.query(
        "MATCH (:Actor {id: $s})-[e:INVESTED_IN]->(:Actor {id: $o}) RETURN e.sources AS sources, e.evidence AS evidence",
        {"s": "microsoft", "o": "openai"},
    ).rows
    assert len(rows) == 1
    sources, evidence = rows[0]
    assert sorted(sources) == sorted([DOC_SPRI.id, DOC_KIEP.id])
    assert len(evidence) == 2 and all(e.split(":")[0] in sources for e in evidence)


def test_a_later_document_adds_the_properties_a_fact_lacked_and_changes_none(empty):
    spri, _, _ = sample_batches()
    fact = spri.relationships[0]
    bare = GraphBatch(replace(DOC_NEWS, id="b0a2e0000000001"))
    for actor_id in (fact.subject, fact.object):
        bare.add_actor(spri.actors[actor_id])
    bare.add_relationship(replace(fact, props={"qualifier": "reported"}, evidence=[]))
    empty.write_batches([bare, spri])
    props = empty.query(
        "MATCH (:Actor {id: $s})-[e:INVESTED_IN]->(:Actor {id: $o}) RETURN properties(e) AS p",
        {"s": fact.subject, "o": fact.object}).scalar()
    assert props["amount_usd"] == fact.props["amount_usd"] and props["qualifier"] == "reported"
    assert sorted(props["sources"]) == sorted([bare.document.id, spri.document.id])


def test_removing_a_document_keeps_facts_other_documents_support(empty):
    empty.write_batches(sample_batches())
    empty.remove_document(DOC_KIEP.id)
    counts = empty.counts()
    assert counts["documents"] == {"Document": 2}
    assert "PARTICIPATES_IN" not in counts["relationships"] and "LAUNCHED" not in counts["relationships"]
    sources = empty.query(
        "MATCH (:Actor {id: 'microsoft'})-[e:INVESTED_IN]->(:Actor {id: 'openai'}) RETURN e.sources").scalar()
    assert sources == [DOC_SPRI.id]
    # Actors only the removed document tied in are gone; shared ones stay.
    ids = set(column(empty.query("MATCH (a:Actor) RETURN a.id AS id"), "id"))
    assert "stargate" not in ids and "msit" not in ids and "oracle" not in ids
    assert {"openai", "softbank", "mgx", "tencent"} <= ids


def test_a_changed_document_replaces_its_own_facts(empty):
    spri, kiep, news = sample_batches()
    empty.write_batches([spri, kiep, news])
    changed = GraphBatch(replace(DOC_NEWS, id="d5a1c0ffee0000ff"))
    changed.add_actor(spri.actors["tencent"])
    changed.add_actor(spri.actors["moonshot-ai"])
    changed.add_relationship(replace(spri.relationships[0], evidence=[]))
    report = empty.write_batch(changed)
    assert report.status == "replaced"
    docs = column(empty.documents(), "id")
    assert DOC_NEWS.id not in docs and "d5a1c0ffee0000ff" in docs
    # SoftBank -> OpenAI came only from the old version of the news document.
    assert not empty.query("MATCH (:Actor {id: 'softbank'})-[e:INVESTED_IN]->() RETURN e").rows
    sources = empty.query(
        "MATCH (:Actor {id: 'tencent'})-[e:INVESTED_IN]->(:Actor {id: 'moonshot-ai'}) RETURN e.sources").scalar()
    assert sorted(sources) == sorted([DOC_SPRI.id, "d5a1c0ffee0000ff"])


def test_the_same_text_read_by_other_code_is_read_again(empty):
    spri, kiep, news = sample_batches()
    empty.write_batches([spri, replace(news, document=replace(DOC_NEWS, extractor="0ld0ld0ld0ld0ld0"))])
    assert empty.document_loaded(DOC_NEWS.id, "0ld0ld0ld0ld0ld0")
    assert not empty.document_loaded(DOC_NEWS.id, "n3wn3wn3wn3wn3wn")
    reread = GraphBatch(replace(DOC_NEWS, extractor="n3wn3wn3wn3wn3wn"))
    reread.add_actor(spri.actors["tencent"])
    reread.add_actor(spri.actors["moonshot-ai"])
    reread.add_relationship(replace(spri.relationships[0], evidence=[]))
    assert empty.write_batch(reread).status == "replaced"
    assert empty.document_loaded(DOC_NEWS.id, "n3wn3wn3wn3wn3wn")
    # SoftBank -> OpenAI came only from the old reading of the news document.
    assert not empty.query("MATCH (:Actor {id: 'softbank'})-[e:INVESTED_IN]->() RETURN e").rows
    assert empty.write_batch(reread).status == "unchanged"


def test_clear_empties_the_store(empty):
    empty.write_batches(sample_batches()[:1])
    empty.clear()
    assert empty.query("MATCH (n) RETURN count(n)").scalar() == 0


def test_execute_writes_and_returns_rows(empty):
    result = empty.execute("CREATE (a:Actor:Startup {id: $id, name: $name}) RETURN a.name AS name",
                           {"id": "x", "name": "X"})
    assert result.columns == ["name"] and result.rows == [["X"]]


# -- reads -------------------------------------------------------------------------------

def test_counts_and_documents(loaded):
    assert loaded.counts() == EXPECTED_COUNTS
    docs = loaded.documents()
    assert docs.columns == ["id", "path", "title"]
    assert column(docs, "path") == sorted([DOC_SPRI.path, DOC_KIEP.path, DOC_NEWS.path])


def test_document_loaded(loaded):
    assert loaded.document_loaded(DOC_SPRI.id)
    assert not loaded.document_loaded("no-such-document")


def test_query_returns_typed_values_and_property_maps(loaded):
    result = loaded.query(
        "MATCH (a:Actor {id: $id}) RETURN a AS node, a.aliases AS aliases, properties(a) AS props, "
        "1 AS one, 2.5 AS half, true AS yes, null AS nothing",
        {"id": "tencent"},
    )
    node, aliases, props, one, half, yes, nothing = result.rows[0]
    assert node == props
    assert props["name"] == "Tencent" and props["name_zh"] == "腾讯" and props["type"] == "Company"
    assert sorted(aliases) == ["Tencent Holdings", "텐센트"]
    assert (one, half, yes, nothing) == (1, 2.5, True, None)
    assert type(one) is int and type(half) is float


def test_to_networkx(loaded):
    g = loaded.to_networkx()
    assert g.number_of_nodes() == 20
    assert g.number_of_edges() == 22  # every relationship but the 11 mentions
    assert sorted(g.nodes["moonshot-ai"]["labels"]) == ["Actor", "Startup"]
    data = next(d for _, _, d in g.out_edges("tencent", data=True) if d["type"] == "INVESTED_IN" and d.get("amount_usd"))
    assert data["amount_usd"] == 300_000_000 and data["qualifier"] == "at least"
    whole = loaded.to_networkx(include_documents=True)
    assert whole.number_of_nodes() == 23 and whole.number_of_edges() == 33


@pytest.mark.parametrize("statement", [
    "CREATE (n:Actor {id: 'x'})",
    "MATCH (n:Actor {id: 'tencent'}) SET n.name = 'x'",
    "MERGE (n:Actor {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Actor {id: 'tencent'}) REMOVE n.name",
])
def test_reads_refuse_writes_before_and_inside_the_server(loaded, statement):
    with pytest.raises(ReadOnlyViolation):
        loaded.query(statement)
    # Past the keyword check, the server's read-only execution refuses it too.
    with pytest.raises(ReadOnlyViolation):
        loaded._run_read(statement, {})
    assert loaded.counts() == EXPECTED_COUNTS


# -- named queries on the sample graph ----------------------------------------------------

def _run(store, name, **params):
    return queries.run_query(store, name, params)


@pytest.mark.parametrize("actor", ["Moonshot AI", "moonshot ai", "moonshot-ai", "Moonshot", "문샷", "문샷 AI"])
def test_who_invested_in(loaded, actor):
    result = _run(loaded, "who-invested-in", actor=actor)
    assert column(result, "investor") == ["Tencent", "Monolith Management", "Alibaba"]
    assert column(result, "amount_usd") == [300_000_000, 265_000_000.0, None]
    assert column(result, "qualifier")[0] == "at least"
    assert column(result, "evidence")[0] == [f"{DOC_SPRI.id}:215: Tencent Holdings\t3억 달러+\tMoonshot AI"]


def test_portfolio(loaded):
    result = _run(loaded, "portfolio", actor="텐센트")
    assert column(result, "company") == ["Moonshot AI", "Zhipu AI"]
    assert set(column(result, "relation")) == {"INVESTED_IN"}


def test_top_investors_by_amount_and_by_deals(loaded):
    by_amount = _run(loaded, "top-investors", limit="3")
    assert column(by_amount, "investor") == ["SoftBank", "Microsoft", "MGX"]
    assert column(by_amount, "disclosed_usd") == [40_000_000_000.0, 10_000_000_000.0, 1_000_000_000.0]
    by_deals = _run(loaded, "top-investors", by="deals", limit=4)
    assert column(by_deals, "investor") == ["Tencent", "Alibaba", "SoftBank", "Microsoft"]
    assert column(by_deals, "deals") == [2, 2, 1, 1]
    assert column(by_deals, "disclosed_deals") == [1, 0, 1, 1]


def test_top_funded(loaded):
    result = _run(loaded, "top-funded", type="startup")
    assert column(result, "actor") == ["OpenAI", "Mistral AI", "Zhipu AI", "Moonshot AI"]
    assert column(result, "received_usd")[0] == 50_000_000_000.0
    assert column(result, "backers")[0] == 2


def test_co_investors(loaded):
    result = _run(loaded, "co-investors", actor="TENCENT")
    assert result.rows == [
        ["Alibaba", "alibaba", "Company", "CN", 2, ["Moonshot AI", "Zhipu AI"]],
        ["Monolith Management", "monolith-management", "Investor", "CN", 1, ["Moonshot AI"]],
        ["Qiming Venture Partners", "qiming-venture-partners", "Investor", "CN", 1, ["Zhipu AI"]],
    ]


def test_cross_border_investments(loaded):
    result = _run(loaded, "cross-border-investments")
    assert result.rows == [
        ["JP", "US", 1, 40_000_000_000.0, ["SoftBank -> OpenAI"]],
        ["AE", "FR", 1, 1_000_000_000.0, ["MGX -> Mistral AI"]],
    ]
    assert len(_run(loaded, "cross-border-investments", year="2025").rows) == 2
    assert _run(loaded, "cross-border-investments", year=2023).rows == []


@pytest.mark.parametrize("programme", ["Stargate", "stargate", "스타게이트 프로젝트", "Stargate Project"])
def test_programme_members(loaded, programme):
    result = _run(loaded, "programme-members", programme=programme)
    members = dict(zip(column(result, "member"), zip(column(result, "relation"), column(result, "role"),
                                                     strict=True), strict=True))
    assert members == {
        "US Government": ("LAUNCHED", None), "MGX": ("PARTICIPATES_IN", "investment partner"),
        "OpenAI": ("PARTICIPATES_IN", "operations lead"), "Oracle": ("PARTICIPATES_IN", "technology partner"),
        "SoftBank": ("PARTICIPATES_IN", "financial lead"),
    }


def test_government_programmes(loaded):
    everything = _run(loaded, "government-programmes")
    assert [(r[0], r[2], r[3]) for r in everything.rows] == [
        ("Ministry of Science and ICT", "FUNDS", "National AI Computing Center"),
        ("Ministry of Science and ICT", "LAUNCHED", "National AI Computing Center"),
        ("US Government", "LAUNCHED", "Stargate"),
    ]
    assert len(_run(loaded, "government-programmes", country="kr").rows) == 2
    assert column(_run(loaded, "government-programmes", government="과기정통부"), "amount_usd") == [1_400_000_000.0, None]


def test_paths_between(loaded):
    result = _run(loaded, "paths-between", source="Microsoft", target="mgx", max_hops=4)
    assert [r[:2] for r in result.rows] == [
        [3, ["Microsoft", "OpenAI", "Stargate", "MGX"]],
        [4, ["Microsoft", "OpenAI", "SoftBank", "Stargate", "MGX"]],
    ]
    # Microsoft and OpenAI are tied twice (INVESTED_IN, PARTNERS_WITH): two ways, one row.
    assert column(result, "ways") == [2, 2]
    assert column(result, "steps")[0] == [
        "Microsoft -INVESTED_IN-> OpenAI", "OpenAI -PARTICIPATES_IN-> Stargate", "MGX -PARTICIPATES_IN-> Stargate"]
    assert column(result, "ids")[0] == ["microsoft", "openai", "stargate", "mgx"]
    assert _run(loaded, "paths-between", source="Microsoft", target="mgx", max_hops=2).rows == []
    two = _run(loaded, "paths-between", source="tencent", target="Qiming Venture Partners")
    assert column(two, "actors") == [["Tencent", "Zhipu AI", "Qiming Venture Partners"]]
    # Countries are not stepping stones: OpenAI and the UK only share the US.
    assert _run(loaded, "paths-between", source="openai", target="gb", max_hops=4).rows == []


def test_actors_by_country(loaded):
    result = _run(loaded, "actors-by-country", country="cn")
    assert [(r[1], r[2]) for r in result.rows] == [("Company", 2), ("Investor", 2), ("Startup", 2), ("Country", 1)]
    assert column(result, "names")[0] == ["Alibaba", "Tencent"]
    assert len(_run(loaded, "actors-by-country", type="Program").rows) == 2


def test_vc_flow_matrix(loaded):
    result = _run(loaded, "vc-flow-matrix", year=2023)
    cells = zip(column(result, "from_country"), column(result, "to_country"), column(result, "amount_usd"), strict=True)
    assert list(cells) == [
        ("US", "CN", 688_000_000.0), ("GB", "US", 4_093_000_000.0),
        ("CN", "US", 689_000_000.0), ("KR", "US", 629_000_000.0),
    ]
    matrix = result.to_dataframe().pivot_table(index="from_country", columns="to_country", values="amount_usd")
    assert matrix.loc["GB", "US"] == 4_093_000_000.0
    assert _run(loaded, "vc-flow-matrix", year=2024).rows == []


def test_document_facts(loaded):
    news = _run(loaded, "document-facts", document="002_news.txt")
    assert [(r[1], r[2], r[3]) for r in news.rows] == [("SoftBank", "INVESTED_IN", "OpenAI")]
    kiep = _run(loaded, "document-facts", document=DOC_KIEP.id[:12])
    assert len(kiep.rows) == 13 and set(column(kiep, "document")) == {DOC_KIEP.id}
    shared = next(r for r in kiep.rows if r[1] == "Microsoft")
    assert shared[-1] == [f"{DOC_KIEP.id}:3100: Microsoft는 OpenAI에 100억 달러를 투자"]


def test_evidence(loaded):
    result = _run(loaded, "evidence", subject="OpenAI", object="microsoft", relation="invested_in")
    assert [(r[0], r[1], r[2], r[4], r[7]) for r in result.rows] == [
        ("Microsoft", "INVESTED_IN", "OpenAI", DOC_SPRI.id, 200),
        ("Microsoft", "INVESTED_IN", "OpenAI", DOC_KIEP.id, 3100),
    ]
    assert column(result, "title") == [DOC_SPRI.title, DOC_KIEP.title]
    assert len(_run(loaded, "evidence", subject="OpenAI", object="microsoft").rows) == 3


@pytest.mark.parametrize("text, expected", [("moon", "moonshot-ai"), ("텐센", "tencent"), ("HOLDINGS", "tencent")])
def test_find_actor(loaded, text, expected):
    assert column(_run(loaded, "find-actor", text=text), "id") == [expected]


def test_actor_relationships(loaded):
    result = _run(loaded, "actor-relationships", actor="OpenAI")
    assert column(result, "relation") == ["BASED_IN", "INVESTED_IN", "INVESTED_IN", "PARTICIPATES_IN", "PARTNERS_WITH"]
    assert column(result, "documents")[1] == 2
    assert len(_run(loaded, "actor-relationships", actor="OpenAI", relation="partners_with").rows) == 1


#: Parameters that make every named query return rows on the sample graph.
SAMPLE_PARAMS = {
    "who-invested-in": {"actor": "Moonshot AI"}, "portfolio": {"actor": "Tencent"},
    "co-investors": {"actor": "Tencent"}, "programme-members": {"programme": "Stargate"},
    "paths-between": {"source": "Microsoft", "target": "MGX", "max_hops": 4},
    "document-facts": {"document": DOC_KIEP.id}, "evidence": {"subject": "Microsoft", "object": "OpenAI"},
    "find-actor": {"text": "a"}, "actor-relationships": {"actor": "OpenAI"},
}


@pytest.mark.parametrize("name", [q.name for q in queries.list_queries()])
def test_every_named_query_returns_rows(loaded, name):
    result = queries.run_query(loaded, name, SAMPLE_PARAMS.get(name, {}))
    assert result.rows, f"{name} returned nothing on the sample graph"
    assert len(result.columns) == len(set(result.columns))


@pytest.fixture(scope="module")
def both_stores(request):
    """The sample graph in both stores at once (only with a Neo4j server)."""
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NEO4J_SKIP_REASON)
    falkor_gen, neo4j_gen = make_store("falkor", request), make_store("neo4j", request)
    stores = (load(next(falkor_gen), sample_batches()), load(next(neo4j_gen), sample_batches()))
    yield stores
    for gen in (falkor_gen, neo4j_gen):
        gen.close()


@pytest.mark.parametrize("name", [q.name for q in queries.list_queries()])
def test_named_queries_agree_across_stores(both_stores, name):
    falkor, neo4j = both_stores
    params = SAMPLE_PARAMS.get(name, {})
    a, b = queries.run_query(falkor, name, params), queries.run_query(neo4j, name, params)
    assert a.columns == b.columns
    assert a.rows == b.rows


def test_graphs_agree_across_stores(both_stores):
    falkor, neo4j = both_stores
    assert falkor.counts() == neo4j.counts()
    assert _nodes(falkor.to_networkx(True)) == _nodes(neo4j.to_networkx(True))
    assert _edges(falkor.to_networkx(True)) == _edges(neo4j.to_networkx(True))


def _nodes(g):
    return {n: {**d, "labels": sorted(d["labels"])} for n, d in g.nodes(data=True)}


def _edges(g):
    return sorted((u, v, k, sorted((key, repr(val)) for key, val in d.items())) for u, v, k, d in g.edges(keys=True, data=True))
