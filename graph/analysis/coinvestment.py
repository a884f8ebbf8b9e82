"""The co-investment network: investors tied by the companies they both back."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

import networkx as nx


def coinvestment_graph(G: nx.MultiDiGraph, rel_types: tuple[str, ...] = ("INVESTED_IN",)) -> nx.Graph:
    """Project the investor -> investee facts onto the investors.

    Two investors are tied when they have invested in at least one common actor (not
    necessarily in the same round).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    rel_types : tuple of str
        Relationship types that count as investing, e.g. ``("INVESTED_IN", "FUNDS")``.

    Returns
    -------
    networkx.Graph
        One node per actor with at least one outgoing ``rel_types`` fact, carrying the
        original node attributes plus ``portfolio`` (number of distinct investees);
        investors without a co-investor stay as isolated nodes. Each edge has ``weight``
        (number of shared investees) and ``investees`` (their ids, sorted).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edges_from([("a", "x"), ("b", "x"), ("a", "y"), ("b", "y")], type="INVESTED_IN")
    [0, 0, 0, 0]
    >>> coinvestment_graph(G).edges["a", "b"]["weight"]
    2
    """
    backers: dict[Any, set] = defaultdict(set)
    portfolio: dict[Any, set] = defaultdict(set)
    for u, v, kind in G.edges(data="type"):
        if kind in rel_types and u != v:
            backers[v].add(u)
            portfolio[u].add(v)
    C = nx.Graph()
    for investor in sorted(portfolio, key=str):
        C.add_node(investor, **G.nodes[investor], portfolio=len(portfolio[investor]))
    shared: dict[tuple[Any, Any], list] = defaultdict(list)
    for investee, investors in backers.items():
        for a, b in combinations(sorted(investors, key=str), 2):
            shared[(a, b)].append(investee)
    for (a, b), investees in sorted(shared.items(), key=lambda item: (str(item[0][0]), str(item[0][1]))):
        C.add_edge(a, b, weight=len(investees), investees=sorted(investees, key=str))
    return C
