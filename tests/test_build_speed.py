"""Work the build overlaps keeps its results: a layout computed in the background is the
layout the view would compute, and the page is the same byte for byte."""

from __future__ import annotations

import networkx as nx

from graph.viz import MAX_PHYSICS_NODES, layout_in_background, write_network_html


def _web(n: int) -> nx.MultiDiGraph:
    """``n`` invented startups, each backed by the one before and the one three before."""
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"s{i:03d}", name=f"Startup {i}", type="Startup")
    for i in range(1, n):
        G.add_edge(f"s{i - 1:03d}", f"s{i:03d}", type="INVESTED_IN", amount_usd=1e6 * i)
        if i >= 3:
            G.add_edge(f"s{i - 3:03d}", f"s{i:03d}", type="PARTNERS_WITH")
    return G


def test_a_background_layout_gives_the_same_page(tmp_path):
    G = _web(MAX_PHYSICS_NODES + 20)
    layout = layout_in_background(G, seed=7)
    assert layout is not None
    with_layout = write_network_html(G, tmp_path / "a.html", seed=7, layout=layout).read_bytes()
    without = write_network_html(G, tmp_path / "b.html", seed=7).read_bytes()
    assert with_layout == without
    assert b'"x":' in without  # positions were precomputed: physics is off


def test_a_view_with_live_physics_needs_no_background_layout():
    assert layout_in_background(_web(MAX_PHYSICS_NODES), seed=7) is None
