"""Groups of actors more tied to each other than to the rest: Louvain or greedy modularity."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.analysis.centrality import weighted_projection

METHODS: tuple[str, ...] = ("louvain", "greedy")


@dataclass(frozen=True)
class Communities:
    """A partition of the actors.

    Attributes
    ----------
    communities : list of frozenset
        Node ids per community, largest first (ties: the smallest member id first).
    modularity : float
        Weighted modularity of the partition on the undirected projection (NaN for a
        graph without ties, where modularity is undefined).
    method : str
        ``"louvain"`` or ``"greedy"``.
    resolution : float
        The resolution used (above 1 favours smaller communities).
    """

    communities: list[frozenset] = field(default_factory=list)
    modularity: float = math.nan
    method: str = "louvain"
    resolution: float = 1.0

    def __len__(self) -> int:
        return len(self.communities)

    def __iter__(self):
        return iter(self.communities)

    def membership(self) -> dict[Any, int]:
        """Node id -> index of its community in :attr:`communities`."""
        return {n: i for i, members in enumerate(self.communities) for n in members}


def _ordered(parts) -> list[frozenset]:
    parts = [frozenset(p) for p in parts if p]
    return sorted(parts, key=lambda p: (-len(p), min(map(str, p))))


def detect_communities(G: nx.MultiDiGraph, method: str = "louvain", seed: int = 42,
                       resolution: float = 1.0, weight: str | None = "amount_usd") -> Communities:
    """Partition the actors into communities by modularity.

    Runs on the undirected :func:`~graph.analysis.centrality.weighted_projection`: each
    pair's facts count one each and disclosed money adds on a log scale.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    method : {"louvain", "greedy"}
        :func:`networkx.community.louvain_communities` (seeded) or
        :func:`networkx.community.greedy_modularity_communities` (deterministic).
    seed : int
        Seed for Louvain's node order: the same seed gives the same partition.
    resolution : float
        Modularity resolution; above 1 gives smaller communities.
    weight : str or None
        Edge attribute with the USD amount; ``None`` weighs ties by fact count only.

    Returns
    -------
    Communities
        Every actor is in exactly one community (isolated actors in their own).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x")])
    [0, 0, 0, 0, 0, 0]
    >>> sorted(sorted(c) for c in detect_communities(G).communities)
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    U = weighted_projection(G, weight=weight, directed=False)
    if U.number_of_edges() == 0:
        return Communities(_ordered({n} for n in U), math.nan, method, resolution)
    if method == "louvain":
        parts = nx.community.louvain_communities(U, weight="weight", resolution=resolution, seed=seed)
    else:
        parts = nx.community.greedy_modularity_communities(U, weight="weight", resolution=resolution)
    parts = _ordered(parts)
    q = nx.community.modularity(U, parts, weight="weight", resolution=resolution)
    return Communities(parts, float(q), method, resolution)
