"""Cross-border venture capital: the country -> country matrix of ``VC_FLOW`` facts."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.centrality import money

# Which report of a flow counts when both countries report it (``direction`` of the fact).
_SIDE_RANK = {"inbound": 0, "outbound": 1}


def edge_year(data: dict[str, Any]) -> int | None:
    """The year of a fact: its ``year`` property, else the first four digits of ``date``."""
    year = data.get("year")
    if year is not None and not isinstance(year, bool):
        try:
            return int(year)
        except (TypeError, ValueError):
            pass
    date = str(data.get("date") or "")
    return int(date[:4]) if date[:4].isdigit() else None


def vc_flow_matrix(G: nx.MultiDiGraph, year: int | None = None,
                   value: str | None = "amount_usd") -> pd.DataFrame:
    """Venture capital from country to country, summed over the ``VC_FLOW`` facts.

    A flow that both countries report (the receiver's inbound table and the investor's
    outbound table, ``direction`` ``inbound``/``outbound``) is counted once per year, from
    the receiver's report.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    year : int or None
        Keep only facts of this year (from the edge's ``year``, else its ``date``); facts
        without a year are left out when a year is asked for.
    value : str or None
        Edge attribute to sum (missing or undisclosed counts 0); ``None`` counts the facts.

    Returns
    -------
    pandas.DataFrame
        Rows are source country names, columns target country names, both sorted; 0.0
        where no flow is recorded. Empty when the graph has no ``VC_FLOW`` fact.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("us", name="United States"); G.add_node("kr", name="South Korea")
    >>> G.add_edge("us", "kr", type="VC_FLOW", amount_usd=5e8, year=2024)
    0
    >>> vc_flow_matrix(G).loc["United States", "South Korea"]
    np.float64(500000000.0)
    """
    # One figure per flow and year: a flow reported by both countries' tables is counted
    # once, from the receiving country's report when there is one.
    chosen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, data in G.edges(data=True):
        if data.get("type") != "VC_FLOW":
            continue
        when = edge_year(data)
        if year is not None and when != int(year):
            continue
        # The fact's key without its side: facts that differ only in who reported them.
        key = (str(G.nodes[u].get("name") or u), str(G.nodes[v].get("name") or v),
               str(data.get("date") or data.get("round") or when))
        if key not in chosen or _SIDE_RANK.get(data.get("direction"), 2) < _SIDE_RANK.get(chosen[key].get("direction"), 2):
            chosen[key] = data
    cells: dict[tuple[str, str], float] = {}
    for (src, dst, _when), data in chosen.items():
        x = 1.0 if value is None else money(data.get(value))
        cells[(src, dst)] = cells.get((src, dst), 0.0) + x
    rows = sorted({s for s, _ in cells})
    cols = sorted({t for _, t in cells})
    df = pd.DataFrame(0.0, index=pd.Index(rows, name="source"), columns=pd.Index(cols, name="target"))
    for (s, t), x in cells.items():
        df.loc[s, t] += x
    return df
