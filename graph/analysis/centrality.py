"""Who matters in the graph: degree, money strength, PageRank, betweenness, eigenvector, HITS.

Every measure here takes the :class:`networkx.MultiDiGraph` of
:meth:`graph.store.base.GraphStore.to_networkx` (one edge per fact, keyed by actor id).
Algorithms that need a simple graph run on :func:`weighted_projection`, which is the one
place where parallel facts are combined into a single weighted tie.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from graph.analysis.amounts import MONEY_TYPES, attributed_amounts

#: Facts that place an actor rather than tie it to another (a startup BASED_IN a country):
#: attributes of the actor, not ties. Counted as ties they made every country the centre
#: of the graph, each one "linked" to all the companies located in it.
LOCATION_TYPES: tuple[str, ...] = ("BASED_IN",)
#: Relationship types that count as an investor's deals in :func:`top_investors`.
DEAL_TYPES: tuple[str, ...] = ("INVESTED_IN", "FUNDS")
#: Above this many nodes betweenness is sampled rather than exact.
EXACT_BETWEENNESS_MAX_NODES = 2000
#: Up to this many nodes eigenvector and HITS scores come from a dense eigendecomposition
#: (exact); above it from power iteration, which may not converge.
DENSE_EIGEN_MAX_NODES = 3000
#: Sources sampled for betweenness on large graphs when no ``betweenness_k`` is given.
DEFAULT_BETWEENNESS_K = 500

CENTRALITY_COLUMNS: tuple[str, ...] = (
    "id", "name", "type", "country", "degree", "in_degree", "out_degree", "in_strength",
    "out_strength", "pagerank", "betweenness", "eigenvector", "hubs", "authorities",
)


def weighted_projection(G: nx.MultiDiGraph, weight: str | None = "amount_usd",
                        directed: bool = True) -> nx.DiGraph | nx.Graph:
    """Collapse the fact multigraph into a simple graph with one weighted tie per actor pair.

    Each tie carries ``facts`` (how many facts of any type link the pair), ``amount_usd``
    (the disclosed money of the money facts, :data:`MONEY_TYPES`, summed, a total shared by
    several facts split among them by :func:`attributed_amounts`) and ``weight``::

        weight = facts + log10(1 + amount_usd / 1e6)

    Every fact counts one, and disclosed money adds on a log scale: a $10B round weighs
    about 5 where a partnership weighs 1. Location facts (:data:`LOCATION_TYPES`) are no
    ties and are left out. Raw dollars would make every tie without a
    disclosed amount (partnerships, launches, founders) vanish next to the money ties.
    The undirected projection adds both directions' facts and money before taking the log.
    Self-loops are dropped: they are extraction slips and would distort the eigenvectors.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    weight : str or None
        Edge attribute holding the USD amount; ``None`` makes ``weight`` the fact count.
    directed : bool
        ``True`` for a :class:`networkx.DiGraph`, ``False`` for a :class:`networkx.Graph`.

    Returns
    -------
    networkx.DiGraph or networkx.Graph
        Nodes in sorted id order with the original node attributes, so that seeded
        algorithms give the same answer whatever order the store returned.
    """
    P = nx.DiGraph() if directed else nx.Graph()
    for n in sorted(G.nodes):
        P.add_node(n, **G.nodes[n])
    amounts = attributed_amounts(G, weight) if weight is not None else {}
    ties: dict[tuple[Any, Any], list[float]] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        if u == v or data.get("type") in LOCATION_TYPES:
            continue
        pair = (u, v) if directed else tuple(sorted((u, v)))
        tie = ties.setdefault(pair, [0, 0.0])
        tie[0] += 1
        if weight is not None and data.get("type") in MONEY_TYPES:
            tie[1] += amounts[(u, v, k)]
    for (u, v), (facts, amount) in sorted(ties.items()):
        w = facts + math.log10(1 + amount / 1e6) if weight is not None else float(facts)
        P.add_edge(u, v, facts=facts, amount_usd=amount, weight=w)
    return P


def _pagerank(D: nx.DiGraph) -> dict[Any, float]:
    try:
        return nx.pagerank(D, weight="weight", max_iter=1000)
    except ImportError:
        # SciPy is not an aigraph dependency; NetworkX keeps its pure-Python power iteration.
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(D, weight="weight", max_iter=1000)


def _principal_eigenvector(M: np.ndarray) -> np.ndarray:
    # eigh on the symmetric matrix is exact even when the two largest eigenvalues are close,
    # where power iteration needs thousands of steps. For a reducible matrix with a repeated
    # top eigenvalue eigh may mix the components' Perron vectors with opposite signs; their
    # supports are disjoint, so the absolute value is again a non-negative eigenvector.
    _, vectors = np.linalg.eigh(M)
    v = np.abs(vectors[:, -1])
    # Round-off leaves 1e-17 where the exact answer is 0; keep the CSVs clean.
    v[v < 1e-12 * v.max()] = 0.0
    return v


def _eigenvector(U: nx.Graph) -> dict[Any, float]:
    if U.number_of_edges() == 0:
        return dict.fromkeys(U, 0.0)
    if len(U) > DENSE_EIGEN_MAX_NODES:
        return nx.eigenvector_centrality(U, max_iter=1000, weight="weight")
    nodes = list(U)
    v = _principal_eigenvector(nx.to_numpy_array(U, nodelist=nodes, weight="weight"))
    norm = float(np.linalg.norm(v))
    return {n: float(x) / norm if norm else 0.0 for n, x in zip(nodes, v, strict=True)}


def _hits(D: nx.DiGraph, max_iter: int = 1000, tol: float = 1e-8) -> tuple[dict, dict]:
    # Not nx.hits: that needs SciPy, starts ARPACK from a random vector (answers drift
    # between runs when singular values tie) and fails on one-node graphs.
    nodes = list(D)
    if D.number_of_edges() == 0:
        zeros = dict.fromkeys(nodes, 0.0)
        return zeros, dict(zeros)
    if len(nodes) <= DENSE_EIGEN_MAX_NODES:
        A = nx.to_numpy_array(D, nodelist=nodes, weight="weight")
        h = _principal_eigenvector(A @ A.T)
        a = A.T @ h
        return ({n: float(x) for n, x in zip(nodes, h / h.sum(), strict=True)},
                {n: float(x) for n, x in zip(nodes, a / a.sum(), strict=True)})
    edges = list(D.edges(data="weight", default=1.0))
    hubs = dict.fromkeys(nodes, 1.0 / len(nodes))
    for _ in range(max_iter):
        auth = dict.fromkeys(nodes, 0.0)
        for u, v, w in edges:
            auth[v] += hubs[u] * w
        new = dict.fromkeys(nodes, 0.0)
        for u, v, w in edges:
            new[u] += auth[v] * w
        total = sum(new.values())
        new = {n: x / total for n, x in new.items()}
        err = sum(abs(new[n] - hubs[n]) for n in nodes)
        hubs = new
        if err < tol * len(nodes):
            break
    else:
        raise nx.PowerIterationFailedConvergence(max_iter)
    auth = dict.fromkeys(nodes, 0.0)
    for u, v, w in edges:
        auth[v] += hubs[u] * w
    total = sum(auth.values())
    return hubs, {n: x / total for n, x in auth.items()}


def _strengths(G: nx.MultiDiGraph, weight: str | None) -> tuple[dict, dict]:
    s_in: dict[Any, float] = dict.fromkeys(G, 0.0)
    s_out: dict[Any, float] = dict.fromkeys(G, 0.0)
    amounts = attributed_amounts(G, weight) if weight is not None else {}
    for u, v, k, data in G.edges(keys=True, data=True):
        if data.get("type") not in MONEY_TYPES:
            continue
        x = amounts[(u, v, k)] if weight is not None else 1.0
        s_out[u] += x
        s_in[v] += x
    return s_in, s_out


def centrality_table(G: nx.MultiDiGraph, weight: str | None = "amount_usd",
                     betweenness_k: int | None = None, seed: int = 42) -> pd.DataFrame:
    """One row per actor with its degree, money strength and the usual centralities.

    Columns:

    - ``degree``, ``in_degree``, ``out_degree``: facts tying the actor to another (parallel
      facts each count; location facts, :data:`LOCATION_TYPES`, do not).
    - ``in_strength``, ``out_strength``: disclosed USD of incoming / outgoing money facts
      (:data:`MONEY_TYPES`); an undisclosed amount counts 0. With ``weight=None``, the
      number of money facts.
    - ``pagerank``: on the directed :func:`weighted_projection` (money flows to investees).
    - ``betweenness``: directed, by hop count, normalised. Exact up to
      :data:`EXACT_BETWEENNESS_MAX_NODES` nodes; above that, or whenever ``betweenness_k``
      is given and smaller than the graph, estimated from ``k`` sampled sources.
    - ``eigenvector``: on the undirected weighted projection, Euclidean norm 1.
    - ``hubs``, ``authorities``: HITS on the directed weighted projection, each summing
      to 1 (hubs point at many authorities: investors; authorities are pointed at by
      many hubs: investees).

    Eigenvector and HITS scores are exact (dense eigendecomposition) up to
    :data:`DENSE_EIGEN_MAX_NODES` nodes; larger graphs use power iteration and get NaN
    where it does not converge.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    weight : str or None
        Edge attribute with the USD amount (see :func:`weighted_projection`).
    betweenness_k : int or None
        Number of sources to sample for betweenness.
    seed : int
        Seed for the betweenness sample.

    Returns
    -------
    pandas.DataFrame
        Sorted by PageRank (highest first), then id. ``df.attrs`` states how betweenness
        was computed (``betweenness``: "exact" or "sampled", ``betweenness_k``, ``seed``)
        and whether the iterative measures converged (``eigenvector``, ``hits``).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("vc", "startup", type="INVESTED_IN", amount_usd=1e9)
    0
    >>> centrality_table(G).loc[0, "id"]
    'startup'
    """
    attrs: dict[str, Any] = {"weight": weight, "seed": seed, "betweenness": "exact",
                             "betweenness_k": None, "eigenvector": "converged", "hits": "converged"}
    if len(G) == 0:
        df = pd.DataFrame(columns=list(CENTRALITY_COLUMNS))
        df.attrs.update(attrs)
        return df
    D = weighted_projection(G, weight=weight, directed=True)
    U = weighted_projection(G, weight=weight, directed=False)
    n = len(D)

    k = betweenness_k if betweenness_k is not None else (
        DEFAULT_BETWEENNESS_K if n > EXACT_BETWEENNESS_MAX_NODES else None)
    if k is not None and k < n:
        attrs.update(betweenness="sampled", betweenness_k=int(k))
        betweenness = nx.betweenness_centrality(D, k=int(k), normalized=True, seed=seed)
    else:
        betweenness = nx.betweenness_centrality(D, normalized=True)

    try:
        eigenvector = _eigenvector(U)
    except nx.PowerIterationFailedConvergence:
        attrs["eigenvector"] = "did not converge"
        eigenvector = dict.fromkeys(U, math.nan)
    try:
        hubs, authorities = _hits(D)
    except nx.PowerIterationFailedConvergence:
        attrs["hits"] = "did not converge"
        hubs = authorities = dict.fromkeys(D, math.nan)
    try:
        pagerank = _pagerank(D)
    except nx.PowerIterationFailedConvergence:
        attrs["pagerank"] = "did not converge"
        pagerank = dict.fromkeys(D, math.nan)

    s_in, s_out = _strengths(G, weight)
    ties = G.edge_subgraph([(u, v, k) for u, v, k, t in G.edges(keys=True, data="type") if t not in LOCATION_TYPES])
    rows = []
    for node in D:
        data = G.nodes[node]
        rows.append({
            "id": node, "name": data.get("name") or str(node), "type": data.get("type"),
            "country": data.get("country") or "", "degree": ties.degree(node) if node in ties else 0,
            "in_degree": ties.in_degree(node) if node in ties else 0,
            "out_degree": ties.out_degree(node) if node in ties else 0,
            "in_strength": s_in[node], "out_strength": s_out[node],
            "pagerank": pagerank[node], "betweenness": betweenness[node],
            "eigenvector": eigenvector[node], "hubs": hubs[node], "authorities": authorities[node],
        })
    df = pd.DataFrame(rows, columns=list(CENTRALITY_COLUMNS))
    df = df.sort_values(["pagerank", "id"], ascending=[False, True], kind="mergesort")
    df = df.reset_index(drop=True)
    df.attrs.update(attrs)
    return df


def top_investors(G: nx.MultiDiGraph, by: str = "amount", n: int = 10,
                  rel_types: tuple[str, ...] = DEAL_TYPES) -> pd.DataFrame:
    """The actors that invest or fund most, by disclosed amount or by number of deals.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    by : {"amount", "deals"}
        Rank by the disclosed USD summed over the actor's outgoing ``rel_types`` facts (a total
        shared with others counted in part, see :func:`attributed_amounts`), or
        by how many such facts (deals) it has; the other measure breaks ties, then the name.
    n : int
        Rows to return (``None`` for all).
    rel_types : tuple of str
        Relationship types that count as deals.

    Returns
    -------
    pandas.DataFrame
        Columns ``id, name, type, country, amount_usd, deals, disclosed, investees``:
        ``disclosed`` is the number of deals with an amount, ``investees`` the number of
        distinct actors invested in. Only actors with at least one deal appear, and no
        placeholder (``Unnamed investors`` stands for a round's investors the text does not
        name, not for one investor).
    """
    if by not in ("amount", "deals"):
        raise ValueError(f"by must be 'amount' or 'deals', not {by!r}")
    amounts = attributed_amounts(G)
    acc: dict[Any, dict[str, Any]] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        if data.get("type") not in rel_types or G.nodes[u].get("placeholder"):
            continue
        row = acc.setdefault(u, {"amount_usd": 0.0, "deals": 0, "disclosed": 0, "investees": set()})
        x = amounts[(u, v, k)]
        row["amount_usd"] += x
        row["deals"] += 1
        row["disclosed"] += x > 0
        row["investees"].add(v)
    columns = ["id", "name", "type", "country", "amount_usd", "deals", "disclosed", "investees"]
    rows = []
    for node, row in acc.items():
        data = G.nodes[node]
        rows.append({"id": node, "name": data.get("name") or str(node), "type": data.get("type"),
                     "country": data.get("country") or "", "amount_usd": row["amount_usd"],
                     "deals": row["deals"], "disclosed": row["disclosed"],
                     "investees": len(row["investees"])})
    df = pd.DataFrame(rows, columns=columns)
    keys = ["amount_usd", "deals"] if by == "amount" else ["deals", "amount_usd"]
    df = df.sort_values([*keys, "name", "id"], ascending=[False, False, True, True], kind="mergesort")
    if n is not None:
        df = df.head(n)
    return df.reset_index(drop=True)
