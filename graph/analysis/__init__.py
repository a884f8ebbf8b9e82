"""Analysis of the fact graph: functions ``measure(G, ...) -> dict | DataFrame``.

``G`` is the :class:`networkx.MultiDiGraph` of
:meth:`graph.store.base.GraphStore.to_networkx`. One module per family of measures:

- :mod:`.amounts`: :func:`attributed_amounts` (each disclosed figure counted once: a total
  shared by several facts split among them, a flow reported by both countries taken once).
- :mod:`.centrality`: :func:`centrality_table`, :func:`top_investors`,
  :func:`weighted_projection` (how parallel facts become one weighted tie).
- :mod:`.communities`: :func:`detect_communities` (Louvain or greedy modularity).
- :mod:`.coinvestment`: :func:`coinvestment_graph` (investors tied by shared investees).
- :mod:`.flows`: :func:`vc_flow_matrix` (country -> country venture capital).
"""

from graph.analysis.amounts import MONEY_TYPES, attributed_amounts, edge_year, money
from graph.analysis.centrality import (
    DEAL_TYPES,
    LOCATION_TYPES,
    centrality_table,
    top_investors,
    weighted_projection,
)
from graph.analysis.coinvestment import coinvestment_graph
from graph.analysis.communities import Communities, detect_communities
from graph.analysis.flows import vc_flow_matrix

__all__ = [
    "DEAL_TYPES",
    "LOCATION_TYPES",
    "MONEY_TYPES",
    "Communities",
    "attributed_amounts",
    "centrality_table",
    "coinvestment_graph",
    "detect_communities",
    "edge_year",
    "money",
    "top_investors",
    "vc_flow_matrix",
    "weighted_projection",
]
