"""Cross-border venture capital: the country -> country matrix of ``VC_FLOW`` facts."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from graph.analysis.amounts import attributed_amounts, counted_flow_reports, edge_year


def vc_flow_matrix(G: nx.MultiDiGraph, year: int | None = None,
                   value: str | None = "amount_usd") -> pd.DataFrame:
    """Venture capital from country to country, summed over the ``VC_FLOW`` facts.

    A flow that both countries report (the receiver's inbound table and the investor's
    outbound table, ``direction`` ``inbound``/``outbound``) is counted once per year, from
    the receiver's report. Amounts are those of :func:`attributed_amounts`: a country's
    total inflow from ``World`` (all origins) keeps only what the named origins of that
    year leave, so a column sums to the stated total rather than to more.

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
    counted = counted_flow_reports(G)
    amounts = attributed_amounts(G, value) if value is not None else {}
    cells: dict[tuple[str, str], float] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        if (u, v, k) not in counted or (year is not None and edge_year(data) != int(year)):
            continue
        src, dst = str(G.nodes[u].get("name") or u), str(G.nodes[v].get("name") or v)
        x = 1.0 if value is None else amounts[(u, v, k)]
        cells[(src, dst)] = cells.get((src, dst), 0.0) + x
    rows = sorted({s for s, _ in cells})
    cols = sorted({t for _, t in cells})
    df = pd.DataFrame(0.0, index=pd.Index(rows, name="source"), columns=pd.Index(cols, name="target"))
    for (s, t), x in cells.items():
        df.loc[s, t] += x
    return df
