"""graph.analysis on tiny graphs whose answers are known by hand."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from graph.analysis import (
    attributed_amounts,
    centrality_table,
    coinvestment_graph,
    detect_communities,
    edge_year,
    top_investors,
    vc_flow_matrix,
    weighted_projection,
)
from graph.viz import format_usd


def fact_graph(edges, names=None):
    """A MultiDiGraph shaped like GraphStore.to_networkx: (u, v, type, props) per fact."""
    G = nx.MultiDiGraph()
    for u, v, kind, props in edges:
        for n in (u, v):
            if n not in G:
                G.add_node(n, id=n, name=(names or {}).get(n, n.upper()), type="Company",
                           country="KR", aliases=[], labels=["Actor", "Company"])
        key = f"{kind}:{props.get('date', '')}:{props.get('year', '')}:{props.get('direction', '')}"
        G.add_edge(u, v, key=key, type=kind, sources=["d1"], evidence=[f"d1:1: {u} {kind} {v}"], **props)
    return G


# -- weighted_projection -------------------------------------------------------------------

def test_projection_combines_parallel_facts_and_drops_self_loops():
    G = fact_graph([
        ("a", "b", "INVESTED_IN", {"amount_usd": 1e9, "date": "2024"}),
        ("a", "b", "PARTNERS_WITH", {}),
        ("b", "a", "INVESTED_IN", {"amount_usd": 9e9, "date": "2025"}),
        ("a", "a", "INVESTED_IN", {"amount_usd": 5e9}),
    ])
    D = weighted_projection(G)
    assert sorted(D.edges) == [("a", "b"), ("b", "a")]
    ab = D.edges["a", "b"]
    assert ab["facts"] == 2 and ab["amount_usd"] == 1e9
    assert ab["weight"] == pytest.approx(2 + math.log10(1001))
    U = weighted_projection(G, directed=False)
    assert U.edges["a", "b"]["facts"] == 3
    assert U.edges["a", "b"]["weight"] == pytest.approx(3 + math.log10(10001))
    assert weighted_projection(G, weight=None).edges["a", "b"]["weight"] == 2.0


def test_projection_ignores_amounts_on_non_money_facts_and_bad_values():
    G = fact_graph([
        ("a", "b", "PARTNERS_WITH", {"amount_usd": 1e9}),
        ("a", "b", "INVESTED_IN", {"amount_usd": "n/a"}),
        ("a", "b", "FUNDS", {"amount_usd": float("nan")}),
    ])
    assert weighted_projection(G).edges["a", "b"]["amount_usd"] == 0.0


# -- centrality_table ----------------------------------------------------------------------

def star():
    return fact_graph([
        ("vc", "s1", "INVESTED_IN", {"amount_usd": 1e6}),
        ("vc", "s2", "INVESTED_IN", {"amount_usd": 2e6}),
        ("vc", "s3", "INVESTED_IN", {}),
    ])


def test_centrality_degree_strength_and_hits_on_a_star():
    df = centrality_table(star()).set_index("id")
    assert df.loc["vc", ["degree", "out_degree", "in_degree"]].tolist() == [3, 3, 0]
    assert df.loc["vc", "out_strength"] == 3e6
    assert df.loc["s2", "in_strength"] == 2e6 and df.loc["s3", "in_strength"] == 0.0
    assert df.loc["vc", "name"] == "VC" and df.loc["vc", "type"] == "Company"
    # One hub; authorities proportional to the tie weights 1 + log10(1 + USD / 1e6).
    assert df.loc["vc", "hubs"] == pytest.approx(1.0)
    assert df.loc[["s1", "s2", "s3"], "hubs"].tolist() == [0.0, 0.0, 0.0]
    w = [1 + math.log10(2), 1 + math.log10(3), 1.0]
    expected = [x / sum(w) for x in w]
    assert df.loc[["s1", "s2", "s3"], "authorities"].tolist() == pytest.approx(expected)
    assert df.loc["vc", "authorities"] == 0.0
    # Money flows to the investees: they outrank the investor, the best funded first.
    assert df.index.tolist() == ["s2", "s1", "s3", "vc"]
    assert df["pagerank"].sum() == pytest.approx(1.0)


def test_centrality_betweenness_and_eigenvector_on_a_path():
    G = fact_graph([("a", "b", "PARTNERS_WITH", {}), ("b", "c", "PARTNERS_WITH", {})])
    df = centrality_table(G, weight=None).set_index("id")
    # Directed a -> b -> c: b lies on the one path a..c of the 2 ordered pairs (n-1)(n-2).
    assert df["betweenness"].to_dict() == pytest.approx({"a": 0.0, "b": 0.5, "c": 0.0})
    assert df["eigenvector"].to_dict() == pytest.approx({"a": 0.5, "b": math.sqrt(0.5), "c": 0.5})
    assert df.attrs["betweenness"] == "exact" and df.attrs["betweenness_k"] is None
    assert df.attrs["eigenvector"] == "converged"


def test_centrality_strength_counts_money_facts_without_weight():
    df = centrality_table(star(), weight=None).set_index("id")
    assert df.loc["vc", "out_strength"] == 3.0


def test_betweenness_sampled_with_stated_k_is_reproducible():
    G = fact_graph([(f"n{i}", f"n{i + 1}", "FUNDS", {}) for i in range(6)])
    one = centrality_table(G, betweenness_k=3, seed=7)
    two = centrality_table(G, betweenness_k=3, seed=7)
    assert one.attrs["betweenness"] == "sampled" and one.attrs["betweenness_k"] == 3
    assert one["betweenness"].tolist() == two["betweenness"].tolist()
    # A k as large as the graph is exact.
    assert centrality_table(G, betweenness_k=50).attrs["betweenness"] == "exact"


def test_betweenness_is_sampled_above_2000_nodes():
    G = nx.MultiDiGraph()
    G.add_edges_from(((i, i + 1) for i in range(2000)), type="INVESTED_IN")
    df = centrality_table(G)
    assert len(df) == 2001
    assert df.attrs["betweenness"] == "sampled" and df.attrs["betweenness_k"] == 500


def test_centrality_of_empty_and_edgeless_graphs():
    empty = centrality_table(nx.MultiDiGraph())
    assert empty.empty and "pagerank" in empty.columns
    G = nx.MultiDiGraph()
    G.add_nodes_from(["a", "b"])
    df = centrality_table(G).set_index("id")
    assert df["pagerank"].tolist() == pytest.approx([0.5, 0.5])
    assert df["hubs"].tolist() == [0.0, 0.0] and df["eigenvector"].tolist() == [0.0, 0.0]
    assert df.loc["a", "name"] == "a"


# -- top_investors -------------------------------------------------------------------------

def test_top_investors_by_amount_and_by_deals():
    G = fact_graph([
        ("big", "x", "INVESTED_IN", {"amount_usd": 1e10}),
        ("busy", "x", "INVESTED_IN", {"amount_usd": 1e6, "date": "2023"}),
        ("busy", "x", "INVESTED_IN", {"date": "2024"}),
        ("busy", "y", "FUNDS", {"amount_usd": 2e6}),
        ("gov", "y", "LAUNCHED", {"amount_usd": 5e11}),
    ])
    by_amount = top_investors(G, by="amount")
    assert by_amount["id"].tolist() == ["big", "busy"]
    assert by_amount.loc[1, ["amount_usd", "deals", "disclosed", "investees"]].tolist() == [3e6, 3, 2, 2]
    assert top_investors(G, by="deals")["id"].tolist() == ["busy", "big"]
    assert top_investors(G, by="deals", n=1)["id"].tolist() == ["busy"]
    with pytest.raises(ValueError):
        top_investors(G, by="fame")


def shared_total_graph():
    """'Amazon invested $6B in A, B and C': one stated total on three edges, plus an own deal."""
    G = fact_graph([("amazon", "d", "INVESTED_IN", {"amount_usd": 1e9})])
    quote = ["d1:7: amazon 60억 달러 a, b, c 등에 투자"]
    for target in ("a", "b", "c"):
        G.add_node(target, id=target, name=target.upper(), type="Startup")
        G.add_edge("amazon", target, key="INVESTED_IN::", type="INVESTED_IN", amount_usd=6e9,
                   amount_scope="shared", evidence=quote)
    return G


def test_a_shared_total_counts_once_in_rankings_and_strengths():
    G = shared_total_graph()
    row = top_investors(G).loc[0]
    assert (row["id"], row["amount_usd"], row["deals"], row["disclosed"]) == ("amazon", 7e9, 4, 4)
    assert weighted_projection(G).edges["amazon", "a"]["amount_usd"] == pytest.approx(2e9)
    assert centrality_table(G).set_index("id").loc["amazon", "out_strength"] == pytest.approx(7e9)
    parts = attributed_amounts(G)
    assert sum(parts.values()) == pytest.approx(7e9)


def test_a_flow_reported_by_both_countries_counts_once_in_strengths():
    G = fact_graph([
        ("us", "kr", "VC_FLOW", {"amount_usd": 5e8, "year": 2024, "direction": "inbound"}),
        ("us", "kr", "VC_FLOW", {"amount_usd": 6e8, "year": 2024, "direction": "outbound"}),
        ("us", "kr", "VC_FLOW", {"amount_usd": 4e8, "year": 2023, "direction": "outbound"}),
    ])
    strengths = centrality_table(G).set_index("id")
    assert strengths.loc["us", "out_strength"] == pytest.approx(9e8)
    assert strengths.loc["kr", "in_strength"] == pytest.approx(9e8)


def test_a_total_inflow_counts_only_what_named_origins_leave_of_it():
    G = fact_graph([
        ("world", "us", "VC_FLOW", {"amount_usd": 10e9, "year": 2023}),
        ("cn", "us", "VC_FLOW", {"amount_usd": 3e9, "year": 2023}),
        ("kr", "us", "VC_FLOW", {"amount_usd": 1e9, "year": 2023}),
        ("world", "us", "VC_FLOW", {"amount_usd": 8e9, "year": 2022}),  # no named origin that year
        ("world", "kr", "VC_FLOW", {"amount_usd": 1e9, "year": 2023}),
        ("cn", "kr", "VC_FLOW", {"amount_usd": 2e9, "year": 2023}),     # more than the total
    ], names={"world": "World", "us": "United States", "cn": "China", "kr": "South Korea"})
    G.nodes["world"]["placeholder"] = "all-origins"
    strengths = centrality_table(G).set_index("id")
    assert strengths.loc["us", "in_strength"] == pytest.approx(18e9)
    assert strengths.loc["world", "out_strength"] == pytest.approx(6e9 + 8e9)
    assert vc_flow_matrix(G, year=2023).loc["World", "United States"] == pytest.approx(6e9)
    assert vc_flow_matrix(G, year=2023).loc["World", "South Korea"] == 0.0
    assert vc_flow_matrix(G, year=2023, value=None).loc["World", "South Korea"] == 1.0


def test_placeholder_investors_are_not_ranked():
    G = fact_graph([("unnamed", "x", "INVESTED_IN", {"amount_usd": 9e9}), ("a", "x", "INVESTED_IN", {})])
    G.nodes["unnamed"]["placeholder"] = "unnamed"
    assert top_investors(G)["id"].tolist() == ["a"]


def test_where_actors_are_based_ties_nobody_to_the_country():
    G = fact_graph([("vc", s, "INVESTED_IN", {"amount_usd": 1e8}) for s in ("a", "b", "c")]
                   + [(s, "us", "BASED_IN", {}) for s in ("vc", "a", "b", "c")])
    table = centrality_table(G).set_index("id")
    assert table.loc["us", "degree"] == 0 and table.loc["vc", "degree"] == 3
    assert table["pagerank"].idxmax() != "us"
    assert weighted_projection(G).degree("us") == 0
    assert {frozenset(c) for c in detect_communities(G, weight=None).communities} >= {frozenset({"us"})}


def test_top_investors_ties_are_broken_by_name():
    G = fact_graph([("b", "x", "INVESTED_IN", {}), ("a", "x", "INVESTED_IN", {})])
    assert top_investors(G)["id"].tolist() == ["a", "b"]


# -- communities ---------------------------------------------------------------------------

def two_triangles():
    tri = [("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")]
    return fact_graph([(u, v, "PARTNERS_WITH", {}) for u, v in tri])


@pytest.mark.parametrize("method", ["louvain", "greedy"])
def test_two_triangles_joined_by_a_bridge(method):
    comms = detect_communities(two_triangles(), method=method, weight=None)
    assert sorted(sorted(c) for c in comms.communities) == [["a", "b", "c"], ["x", "y", "z"]]
    # m = 7 ties; each side has 3 inside and degree sum 7: Q = 2 * (3/7 - (7/14)^2).
    assert comms.modularity == pytest.approx(2 * (3 / 7 - 0.25))
    assert comms.method == method
    assert comms.membership()["a"] != comms.membership()["x"]


def test_communities_are_deterministic_and_sorted_by_size():
    G = two_triangles()
    G.add_node("lonely", id="lonely", name="Lonely", type="Person")
    one, two = detect_communities(G, seed=3), detect_communities(G, seed=3)
    assert one.communities == two.communities
    assert [len(c) for c in one.communities] == [3, 3, 1]
    assert one.communities[0] == frozenset("abc")  # equal sizes: smallest member first


def test_communities_without_ties_and_bad_method():
    G = nx.MultiDiGraph()
    G.add_nodes_from(["b", "a"])
    comms = detect_communities(G)
    assert comms.communities == [frozenset({"a"}), frozenset({"b"})]
    assert math.isnan(comms.modularity)
    with pytest.raises(ValueError):
        detect_communities(G, method="leiden-ish")


# -- coinvestment_graph --------------------------------------------------------------------

def test_coinvestment_links_investors_by_shared_investees():
    G = fact_graph([
        ("a", "x", "INVESTED_IN", {}), ("b", "x", "INVESTED_IN", {}),
        ("a", "y", "INVESTED_IN", {"date": "2023"}), ("a", "y", "INVESTED_IN", {"date": "2024"}),
        ("b", "y", "INVESTED_IN", {}), ("c", "y", "INVESTED_IN", {}),
        ("e", "z", "INVESTED_IN", {}), ("gov", "x", "FUNDS", {}),
    ])
    C = coinvestment_graph(G)
    assert sorted(C.nodes) == ["a", "b", "c", "e"]
    assert C.edges["a", "b"] == {"weight": 2, "investees": ["x", "y"]}
    assert C.edges["a", "c"] == {"weight": 1, "investees": ["y"]}
    assert C.edges["b", "c"]["weight"] == 1
    assert C.degree("e") == 0 and C.nodes["a"]["portfolio"] == 2
    assert C.nodes["a"]["name"] == "A"
    with_funds = coinvestment_graph(G, rel_types=("INVESTED_IN", "FUNDS"))
    assert with_funds.edges["a", "gov"]["investees"] == ["x"]


# -- vc_flow_matrix ------------------------------------------------------------------------

def flows():
    names = {"us": "United States", "kr": "South Korea", "cn": "China"}
    return fact_graph([
        ("us", "kr", "VC_FLOW", {"amount_usd": 5e8, "year": 2024, "date": "2024"}),
        ("us", "kr", "VC_FLOW", {"amount_usd": 1e8, "date": "2023-05"}),
        ("cn", "kr", "VC_FLOW", {"amount_usd": 2e8, "date": "2024-01-02"}),
        ("cn", "us", "VC_FLOW", {"date": "2022"}),
        ("us", "cn", "INVESTED_IN", {"amount_usd": 9e9}),
    ], names=names)


def test_vc_flow_matrix_sums_by_country_name():
    m = vc_flow_matrix(flows())
    assert m.index.tolist() == ["China", "United States"]
    assert m.columns.tolist() == ["South Korea", "United States"]
    assert m.loc["United States", "South Korea"] == 6e8
    assert m.loc["China", "South Korea"] == 2e8
    assert m.loc["China", "United States"] == 0.0
    assert m.loc["United States", "United States"] == 0.0


def test_vc_flow_matrix_year_filter_and_counts():
    m = vc_flow_matrix(flows(), year=2024)
    assert m.loc["United States", "South Korea"] == 5e8 and m.loc["China", "South Korea"] == 2e8
    assert vc_flow_matrix(flows(), year=2023).to_dict() == {"South Korea": {"United States": 1e8}}
    counts = vc_flow_matrix(flows(), value=None)
    assert counts.loc["United States", "South Korea"] == 2 and counts.loc["China", "United States"] == 1
    assert vc_flow_matrix(star()).empty


def test_vc_flow_matrix_counts_a_flow_reported_by_both_sides_once():
    names = {"de": "Germany", "gb": "United Kingdom"}
    G = fact_graph([
        ("de", "gb", "VC_FLOW", {"amount_usd": 71e6, "year": 2023, "direction": "inbound"}),
        ("de", "gb", "VC_FLOW", {"amount_usd": 76e6, "year": 2023, "direction": "outbound"}),
        ("de", "gb", "VC_FLOW", {"amount_usd": 50e6, "year": 2022, "direction": "outbound"}),
    ], names=names)
    assert vc_flow_matrix(G, year=2023).loc["Germany", "United Kingdom"] == 71e6  # the receiver's report
    assert vc_flow_matrix(G).loc["Germany", "United Kingdom"] == 121e6


def test_edge_year_prefers_year_then_date():
    assert edge_year({"year": 2021, "date": "2020-01"}) == 2021
    assert edge_year({"date": "2019-07-01"}) == 2019
    assert edge_year({"date": "soon"}) is None and edge_year({}) is None


def test_format_usd():
    assert format_usd(1e10) == "$10.0B"
    assert format_usd(2.65e8) == "$265.0M"
    assert format_usd(3.8e12) == "$3.8T"
    assert format_usd(950) == "$950"
    assert format_usd(None) == "n/a" and format_usd(float("nan")) == "n/a"
