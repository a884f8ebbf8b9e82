"""How a disclosed figure counts once, whatever number of facts repeat it.

Three kinds of repetition inflate sums over the fact graph: a total stated once for several
parties ("Amazon invested $6B in A, B, C and D", ``amount_scope: shared`` on each edge),
a cross-border flow reported by both countries' tables (``direction`` ``inbound`` and
``outbound``), and a country's total inflow (from the ``all-origins`` placeholder, "World")
stated next to flows from named countries that are part of it. Every measure that adds
money up goes through :func:`attributed_amounts`.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from graph.model import ALL_ORIGINS

#: Relationship types that move money; their ``amount_usd`` makes up an actor's strength.
MONEY_TYPES: tuple[str, ...] = ("INVESTED_IN", "FUNDS", "ACQUIRED", "VC_FLOW")
# Which report of a flow counts when both countries report it (``direction`` of the fact).
_SIDE_RANK = {"inbound": 0, "outbound": 1}


def money(value: Any) -> float:
    """A disclosed amount as a float, or 0.0 when it is missing, not a number or negative."""
    if value is None or isinstance(value, bool):
        return 0.0
    try:
        x = float(value)
    except (TypeError, ValueError):
        return 0.0
    return x if math.isfinite(x) and x > 0 else 0.0


def attributed_amounts(G: nx.MultiDiGraph, weight: str = "amount_usd") -> dict[tuple, float]:
    """The disclosed money of each edge, ``(u, v, key) -> USD``, with shared totals split.

    An edge marked ``amount_scope: shared`` carries a total stated once for several parties
    ("Amazon invested $6B in A, B, C and D"; a round's size on each of its investors).
    Summed as they stand, such totals count once per party and inflate every strength and
    ranking built on them. The edges sharing one total (same type, evidence and amount) get
    an even part each, so that whatever sums them recovers the stated total exactly; the
    part on a single edge is an allocation, not a figure from the text. A flow reported by
    both countries counts once, from the report :func:`counted_flow_reports` keeps; the
    other report's edge gets 0. A country's total inflow of a year counts only the part
    its flows from named origins that year leave (:func:`_rest_of_total_inflows`).
    """
    amounts: dict[tuple, float] = {}
    groups: dict[tuple, list[tuple]] = {}
    flows = counted_flow_reports(G)
    for u, v, k, data in G.edges(keys=True, data=True):
        x = money(data.get(weight))
        if data.get("type") == "VC_FLOW" and (u, v, k) not in flows:
            x = 0.0
        amounts[(u, v, k)] = x
        if x and data.get("amount_scope") == "shared":
            evidence = data.get("evidence")
            evidence = tuple(evidence) if isinstance(evidence, (list, tuple)) else evidence
            groups.setdefault((data.get("type"), evidence, x), []).append((u, v, k))
    for (_, _, total), edges in groups.items():
        for edge in edges:
            amounts[edge] = total / len(edges)
    _rest_of_total_inflows(G, amounts)
    return amounts


def _rest_of_total_inflows(G: nx.MultiDiGraph, amounts: dict[tuple, float]) -> None:
    """Cut each total inflow (``all-origins`` -> country, per year) to what named origins leave.

    A report gives a country's total ("미국 AI 스타트업 투자 392억 달러, 2023") and, in its
    tables, the same year's money from named countries; added together the named part would
    count twice. The total's edge keeps ``total - named`` (never below 0), split over the
    total's edges of that country and year in proportion to their amounts.
    """
    totals: dict[tuple, list[tuple]] = {}
    named: dict[tuple, float] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        if data.get("type") != "VC_FLOW" or not amounts[(u, v, k)]:
            continue
        key = (v, edge_year(data))
        if G.nodes[u].get("placeholder") == ALL_ORIGINS:
            totals.setdefault(key, []).append((u, v, k))
        else:
            named[key] = named.get(key, 0.0) + amounts[(u, v, k)]
    for key, edges in totals.items():
        stated = sum(amounts[e] for e in edges)
        if key[1] is None or not named.get(key):
            continue
        scale = max(stated - named[key], 0.0) / stated
        for edge in edges:
            amounts[edge] *= scale


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




def counted_flow_reports(G: nx.MultiDiGraph) -> set[tuple]:
    """The ``VC_FLOW`` edges ``(u, v, key)`` that count: one report per flow and year.

    A flow that both countries report (the receiver's inbound table and the investor's
    outbound table) is counted from the receiver's report, which is the one the inflow
    totals in the text add up to.
    """
    chosen: dict[tuple, tuple[tuple, dict[str, Any]]] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        if data.get("type") != "VC_FLOW":
            continue
        # The fact's key without its side: facts that differ only in who reported them.
        flow = (str(G.nodes[u].get("name") or u), str(G.nodes[v].get("name") or v),
                str(data.get("date") or data.get("round") or edge_year(data)))
        rank = _SIDE_RANK.get(data.get("direction"), 2)
        if flow not in chosen or rank < _SIDE_RANK.get(chosen[flow][1].get("direction"), 2):
            chosen[flow] = ((u, v, k), data)
    return {edge for edge, _ in chosen.values()}
