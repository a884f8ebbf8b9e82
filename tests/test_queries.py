"""The named-query registry, and each named query's known answer on the real corpus.

How each query behaves on a small hand-built graph, on both stores, is in
tests/test_store_contract.py; here are the registry (headers, parameters, errors) and
one assertion per query about the real reports in corpus/.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import queries
from queries import NamedQuery, QueryParam, get_query, list_queries, parse_query, run_query

# -- registry --------------------------------------------------------------------------------

def test_at_least_twelve_queries_each_documented():
    found = list_queries()
    assert len(found) >= 12
    assert [q.name for q in found] == sorted(q.name for q in found)
    for q in found:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", q.name), q.name
        assert len(q.description) > 20, q.name
        assert q.path == f"{q.name}.cypher"
        for p in q.params:
            assert p.description, f"{q.name}: parameter {p.name} has no description"


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_declared_parameters_are_exactly_the_ones_used(query):
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("//"))
    used = set(re.findall(r"\$(\w+)", body))
    assert used == {p.name for p in query.params}


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_named_queries_only_read(query):
    from graph.store.base import looks_like_write

    assert not looks_like_write(query.text)


def test_the_analysts_questions_have_queries():
    names = {q.name for q in list_queries()}
    assert {
        "who-invested-in", "portfolio", "top-investors", "co-investors", "cross-border-investments",
        "programme-members", "government-programmes", "paths-between", "actors-by-country",
        "vc-flow-matrix", "document-facts", "evidence",
    } <= names


def test_header_parsing():
    q = parse_query(
        "// name: demo\n"
        "// description: A demo query\n"
        "//   that goes on.\n"
        "// param: actor (string, required) — who\n"
        "// param: limit (int, default 10, range 1..50) - how many\n"
        "// param: by (string, default amount, choices amount|deals)\n"
        "// param: since (float, default null)\n"
        "// param: flag (bool, default false)\n"
        "// param: kinds (list, default null) — any of a, b\n"
        "// example: aigraph query demo --param actor=x\n"
        "MATCH (n) RETURN n LIMIT $limit\n"
    )
    assert q.name == "demo" and q.description == "A demo query that goes on."
    assert q.examples == ("aigraph query demo --param actor=x",)
    actor, limit, by, since, flag, kinds = q.params
    assert actor == QueryParam("actor", "string", required=True, description="who")
    assert (limit.type, limit.default, limit.minimum, limit.maximum, limit.description) == ("int", 10, 1, 50, "how many")
    assert by.choices == ("amount", "deals") and by.default == "amount"
    assert since.default is None and not since.required
    assert flag.default is False and flag.coerce("yes") is True
    assert kinds.default is None and kinds.coerce("a, b") == ["a", "b"]
    assert q.signature().startswith("actor (string, required), limit (int, default 10, 1..50)")


@pytest.mark.parametrize("text, message", [
    ("MATCH (n) RETURN n", "no '// name: ...' line"),
    ("// name: x\n// param: a (complex)\nRETURN 1", "unknown type 'complex'"),
    ("// name: x\n// param: a string\nRETURN 1", "cannot read parameter"),
    ("// name: x\n// param: a (int, often)\nRETURN 1", "cannot read 'often'"),
])
def test_bad_headers_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_query(text)


def test_binding_coerces_strings_from_the_command_line():
    q = get_query("top-investors")
    assert q.bind({"limit": "10"}) == {"by": "amount", "limit": 10}
    assert q.bind({"limit": 5, "by": "deals"}) == {"by": "deals", "limit": 5}
    assert get_query("vc-flow-matrix").bind({"year": " 2023 "})["year"] == 2023
    assert get_query("vc-flow-matrix").bind({})["year"] is None


@pytest.mark.parametrize("params, message", [
    ({"limit": "ten"}, "parameter 'limit' expects int, got 'ten'"),
    ({"limit": "0"}, "parameter 'limit' must be at least 1; got 0"),
    ({"by": "fame"}, "parameter 'by' must be one of amount, deals; got 'fame'"),
    ({"limt": "3"}, "query 'top-investors' has no parameter 'limt'; its parameters: by (string"),
])
def test_bad_parameters_say_what_is_accepted(params, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        get_query("top-investors").bind(params)


def test_a_missing_required_parameter_is_named():
    with pytest.raises(ValueError, match=r"query 'who-invested-in' needs parameter 'actor' \(actor \(string, required\)"):
        get_query("who-invested-in").bind({})


def test_an_unknown_query_lists_the_ones_there_are():
    with pytest.raises(ValueError) as info:
        get_query("who-invested")
    assert "no query named 'who-invested'" in str(info.value)
    assert "who-invested-in" in str(info.value) and "top-investors" in str(info.value)


def test_run_query_gives_a_dataframe(falkor_store):
    from tests.store_fixtures import load, sample_batches

    load(falkor_store, sample_batches())
    frame = run_query(falkor_store, "top-investors", {"limit": "2"}).to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["investor"]) == ["SoftBank", "Microsoft"]
    assert list(frame.columns[:4]) == ["investor", "investor_id", "type", "country"]


def test_module_exports():
    assert set(queries.__all__) >= {"list_queries", "get_query", "run_query"}
    assert isinstance(list_queries()[0], NamedQuery)


# -- known answers on the real corpus -------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(request):
    """The corpus store from tests/conftest.py (the real reports through the pipeline)."""
    try:
        return request.getfixturevalue("corpus_store")
    except pytest.FixtureLookupError:
        pytest.skip("tests/conftest.py has no corpus_store fixture")


def rows(store, name, **params):
    return run_query(store, name, params).records()


def test_corpus_who_invested_in_moonshot_ai(corpus):
    found = rows(corpus, "who-invested-in", actor="Moonshot AI")
    tencent = next(r for r in found if r["investor"] == "Tencent")
    assert tencent["amount_usd"] == pytest.approx(3e8) and tencent["qualifier"] == "at least"
    assert any("Tencent Holdings" in e for e in tencent["evidence"])
    assert "Monolith Management" in {r["investor"] for r in found}
    assert rows(corpus, "who-invested-in", actor="문샷") == found  # the Korean name finds the same


def test_corpus_portfolio_of_tencent(corpus):
    assert "Moonshot AI" in {r["company"] for r in rows(corpus, "portfolio", actor="tencent")}


def test_corpus_top_investors(corpus):
    by_amount = rows(corpus, "top-investors", limit=5)
    assert "Microsoft" in [r["investor"] for r in by_amount]
    microsoft = next(r for r in by_amount if r["investor"] == "Microsoft")
    assert microsoft["disclosed_usd"] >= 1e10  # $10 billion in OpenAI alone
    by_deals = rows(corpus, "top-investors", by="deals", limit=10)
    assert [r["deals"] for r in by_deals] == sorted((r["deals"] for r in by_deals), reverse=True)


def test_corpus_top_funded(corpus):
    assert "OpenAI" in [r["actor"] for r in rows(corpus, "top-funded", type="Startup", limit=3)]


def test_corpus_co_investors_of_tencent(corpus):
    found = {r["co_investor"]: r["companies"] for r in rows(corpus, "co-investors", actor="Tencent")}
    assert "Moonshot AI" in found["Monolith Management"]


def test_corpus_cross_border_investments(corpus):
    pairs = {(r["investor_country"], r["investee_country"]): r for r in rows(corpus, "cross-border-investments")}
    assert "MGX -> Mistral AI" in pairs[("AE", "FR")]["investments"]
    assert all(a != b for a, b in pairs)


def test_corpus_stargate_members(corpus):
    members = {r["member"]: r for r in rows(corpus, "programme-members", programme="Stargate")}
    assert members["MGX"]["relation"] == "PARTICIPATES_IN"
    assert {"OpenAI", "SoftBank", "Oracle"} <= set(members)


def test_corpus_government_programmes(corpus):
    korea = rows(corpus, "government-programmes", country="KR")
    assert korea and {r["country"] for r in korea} == {"KR"}
    china = rows(corpus, "government-programmes", country="cn")
    assert any(r["relation"] == "LAUNCHED" and r["target_type"] == "Program" for r in china)


def test_corpus_paths_between(corpus):
    found = rows(corpus, "paths-between", source="Tencent", target="Monolith Management")
    assert found[0]["actors"] == ["Tencent", "Moonshot AI", "Monolith Management"]


def test_corpus_actors_by_country(corpus):
    startups = rows(corpus, "actors-by-country", country="CN", type="Startup")
    assert {"Moonshot AI", "Zhipu AI"} <= set(startups[0]["names"])


def test_corpus_vc_flow_matrix_2023(corpus):
    frame = run_query(corpus, "vc-flow-matrix", {"year": 2023}).to_dataframe()
    frame = frame[frame.direction == "inbound"]  # 표 8 reports the same flow from the UK side: 4,076
    matrix = frame.pivot_table(index="from_country", columns="to_country", values="amount_usd")
    assert matrix.loc["GB", "US"] == pytest.approx(4_093e6)  # SPRi 표 6: 영국 4,093 (백만 달러)


def test_corpus_document_facts(corpus):
    spri = rows(corpus, "document-facts", document="001_62070c182a4b8129")
    fact = next(r for r in spri if (r["subject"], r["relation"], r["object"]) == ("Tencent", "INVESTED_IN", "Moonshot AI"))
    assert fact["evidence"] and all(e.startswith(fact["document"] + ":") for e in fact["evidence"])


def test_corpus_evidence_behind_tencent_in_moonshot(corpus):
    found = rows(corpus, "evidence", subject="Tencent", object="Moonshot AI")
    assert any(r["line"] == 215 and "Tencent Holdings" in r["evidence"] for r in found)
    assert {r["path"].rsplit("/", 1)[-1] for r in found} >= {"001_62070c182a4b8129.txt"}


def test_corpus_find_actor(corpus):
    assert [r["id"] for r in rows(corpus, "find-actor", text="문샷")] == ["moonshot-ai"]


def test_corpus_actor_relationships_of_mgx(corpus):
    found = rows(corpus, "actor-relationships", actor="MGX")
    assert ("MGX", "INVESTED_IN", "Mistral AI") in {(r["subject"], r["relation"], r["object"]) for r in found}
