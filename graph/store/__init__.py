"""Graph stores: the embedded FalkorDB default and Neo4j, behind one interface.

``open_store()`` picks the store the way every command does: Neo4j when a URI is given
(or ``NEO4J_URI`` is set), otherwise the embedded store in ``--data-dir`` /
``AIGRAPH_DATA`` / ``./.aigraph``.
"""

from __future__ import annotations

import os

from graph.store.base import GraphStore, QueryResult, ReadOnlyViolation, StoreError, WriteReport

DEFAULT_DATA_DIR = ".aigraph"


def default_data_dir() -> str:
    """``AIGRAPH_DATA`` if set, else ``./.aigraph``."""
    return os.environ.get("AIGRAPH_DATA") or DEFAULT_DATA_DIR


def open_store(data_dir: str | None = None, neo4j_uri: str | None = None) -> GraphStore:
    """Open the configured store.

    Parameters
    ----------
    data_dir:
        Directory of the embedded store (default :func:`default_data_dir`).
    neo4j_uri:
        Bolt URI of a Neo4j server; when ``None`` the ``NEO4J_URI`` variable decides.
    """
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        from graph.store.neo4j_store import Neo4jStore

        return Neo4jStore(uri)
    from graph.store.falkor import FalkorStore

    return FalkorStore(data_dir or default_data_dir())


__all__ = [
    "GraphStore", "QueryResult", "ReadOnlyViolation", "StoreError", "WriteReport",
    "open_store", "default_data_dir", "DEFAULT_DATA_DIR",
]
