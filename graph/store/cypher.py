"""All Cypher text the stores write with, in one place.

Every statement takes its values as parameters; only labels and relationship types are
spliced into the text, and those come from :mod:`graph.schema`, never from documents.
The statements keep to the openCypher that both FalkorDB and Neo4j accept.
"""

from __future__ import annotations

import math
import re
from typing import Any

from graph.schema import ACTOR_LABEL, DOCUMENT_LABEL, MENTIONED_IN, check_node_type, check_rel_type

DOCUMENT_BY_ID = f"MATCH (d:{DOCUMENT_LABEL} {{id: $id}}) RETURN d.id AS id, d.extractor AS extractor"
DOCUMENTS_AT_PATH = f"MATCH (d:{DOCUMENT_LABEL} {{path: $path}}) RETURN d.id AS id"
DOCUMENTS = (
    f"MATCH (d:{DOCUMENT_LABEL}) RETURN d.id AS id, d.path AS path, d.title AS title ORDER BY d.path"
)

# Removing a document: take its id out of every fact's provenance, drop facts it alone
# supported, then the document and any actor left with no tie at all.
REMOVE_DOCUMENT: tuple[str, ...] = (
    "MATCH ()-[e]->() WHERE $doc IN e.sources "
    "SET e.sources = [s IN e.sources WHERE s <> $doc], "
    "e.evidence = [x IN e.evidence WHERE NOT x STARTS WITH $prefix]",
    "MATCH ()-[e]->() WHERE e.sources IS NOT NULL AND size(e.sources) = 0 DELETE e",
    f"MATCH (d:{DOCUMENT_LABEL} {{id: $doc}}) DETACH DELETE d",
    f"MATCH (a:{ACTOR_LABEL}) WHERE NOT (a)--() DELETE a",
)

MERGE_DOCUMENT = f"MERGE (d:{DOCUMENT_LABEL} {{id: $id}}) SET d += $props"


def merge_actors(type_label: str) -> str:
    """Statement creating actors of one type from ``$rows`` of ``{id, props}``.

    An actor keeps the type it was first written with, so a type guessed for a
    discovered name never adds a second type label to a known actor.
    """
    label = check_node_type(type_label)
    return (
        f"UNWIND $rows AS r MERGE (a:{ACTOR_LABEL} {{id: r.id}}) "
        f"ON CREATE SET a += r.props, a:{label}"
    )


MERGE_MENTIONS = (
    f"UNWIND $rows AS r MATCH (a:{ACTOR_LABEL} {{id: r.id}}) MATCH (d:{DOCUMENT_LABEL} {{id: $doc}}) "
    f"MERGE (a)-[m:{MENTIONED_IN}]->(d) SET m.count = r.count"
)


def merge_relationships(rel_type: str) -> str:
    """Statement merging facts of one type from ``$rows`` of ``{s, o, key, doc, props, evidence}``.

    Identity is (subject, type, object, key). The first statement's properties win; a later
    document adds the properties it lacked (a round's amount stated where an earlier document
    only named the investor), its id to ``sources`` and its quotes to ``evidence``.
    """
    rtype = check_rel_type(rel_type)
    return (
        f"UNWIND $rows AS r MATCH (a:{ACTOR_LABEL} {{id: r.s}}) MATCH (b:{ACTOR_LABEL} {{id: r.o}}) "
        f"MERGE (a)-[e:{rtype} {{key: r.key}}]->(b) "
        "ON CREATE SET e.sources = [], e.evidence = [] "
        "WITH e, r, properties(e) AS before "
        "SET e += r.props "
        "SET e += before "
        "SET e.sources = CASE WHEN r.doc IN before.sources THEN before.sources ELSE before.sources + [r.doc] END, "
        "e.evidence = before.evidence + [x IN r.evidence WHERE NOT x IN before.evidence]"
    )


ALL_NODES = "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
ALL_EDGES = (
    "MATCH (a)-[e]->(b) RETURN a.id AS source, type(e) AS type, properties(e) AS props, b.id AS target"
)
ACTOR_COUNTS = f"MATCH (a:{ACTOR_LABEL}) RETURN a.type AS type, count(*) AS n ORDER BY n DESC, type"
REL_COUNTS = "MATCH ()-[e]->() RETURN type(e) AS type, count(*) AS n ORDER BY n DESC, type"
DOCUMENT_COUNT = f"MATCH (d:{DOCUMENT_LABEL}) RETURN count(d) AS n"
CLEAR = "MATCH (n) DETACH DELETE n"

#: Clause keywords that make a query a write; ``aigraph query`` refuses them without --write.
WRITE_KEYWORDS = ("CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DROP", "DETACH", "LOAD CSV", "FOREACH")


# -- Where FalkorDB and Neo4j differ ------------------------------------------------------
# The named queries in queries/ keep to what both accept:
# - FalkorDB takes shortestPath only in WITH/RETURN and only directed, Neo4j mostly in MATCH:
#   paths are found with bounded variable-length patterns (``[*1..4]``), which both run.
# - FalkorDB's sum() returns a float even over integers, Neo4j's an integer: amounts are
#   summed as ``sum(toFloat(...))`` so both give floats.
# - FalkorDB has no ``EXISTS { ... }`` subqueries: existence is a pattern predicate
#   (``WHERE (a)-[:X]->()``), which Neo4j 5 and Cypher 25 also accept.
# - FalkorDB cannot ORDER BY an expression over a path after RETURN: sort on returned columns.
# - Variable-length bounds are literals in both (no ``*1..$n``).
# - FalkorDB binds STARTS WITH / ENDS WITH / CONTAINS tighter than ``+``: parenthesise
#   ``x STARTS WITH (a + ':')``.
# - FalkorDB takes no NUL in a string literal and does not decode ``\\uXXXX`` escapes.
# What remains store-specific is schema and read-only execution, below and in the stores.

#: Neo4j schema: uniqueness on the ids every MERGE goes through, indexes on what queries look up.
NEO4J_SCHEMA: tuple[str, ...] = (
    f"CREATE CONSTRAINT aigraph_actor_id IF NOT EXISTS FOR (n:{ACTOR_LABEL}) REQUIRE n.id IS UNIQUE",
    f"CREATE CONSTRAINT aigraph_document_id IF NOT EXISTS FOR (n:{DOCUMENT_LABEL}) REQUIRE n.id IS UNIQUE",
    f"CREATE INDEX aigraph_actor_name IF NOT EXISTS FOR (n:{ACTOR_LABEL}) ON (n.name)",
    f"CREATE INDEX aigraph_actor_type IF NOT EXISTS FOR (n:{ACTOR_LABEL}) ON (n.type)",
    f"CREATE INDEX aigraph_actor_country IF NOT EXISTS FOR (n:{ACTOR_LABEL}) ON (n.country)",
    f"CREATE INDEX aigraph_document_path IF NOT EXISTS FOR (n:{DOCUMENT_LABEL}) ON (n.path)",
)

#: (label, property) pairs the embedded store indexes; FalkorDB has no IF NOT EXISTS.
FALKOR_INDEXES: tuple[tuple[str, str], ...] = (
    (ACTOR_LABEL, "id"), (ACTOR_LABEL, "name"), (ACTOR_LABEL, "type"), (ACTOR_LABEL, "country"),
    (DOCUMENT_LABEL, "id"), (DOCUMENT_LABEL, "path"),
)


def falkor_index(label: str, prop: str) -> str:
    """FalkorDB statement creating a range index on ``label.prop``."""
    return f"CREATE INDEX FOR (n:{identifier(label)}) ON (n.{identifier(prop)})"


# -- Literals, for the parameter-free script of graph.export ------------------------------
# Everything the stores run takes values as parameters. A script for cypher-shell has no
# parameters, so values become literals; these escapes are the ones both FalkorDB and
# Neo4j read back identically (FalkorDB does not decode \uXXXX, so other characters,
# control characters included, are written as they are; NUL cannot be written at all).
_STRING_ESCAPES = {
    "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
}
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def string_literal(text: str) -> str:
    """``text`` as a single-quoted Cypher string literal that FalkorDB and Neo4j both read back.

    >>> string_literal("it's a\\nline")
    "'it\\\\'s a\\\\nline'"
    """
    if "\x00" in text:
        raise ValueError("a NUL character cannot be written as a Cypher literal")
    return "'" + "".join(_STRING_ESCAPES.get(ch, ch) for ch in text) + "'"


def identifier(text: str) -> str:
    """A label, relationship type or property key, backtick-quoted unless it is a plain name."""
    if _PLAIN_NAME.match(text):
        return text
    return "`" + text.replace("`", "``") + "`"


def literal(value: Any) -> str:
    """A property value (string, number, boolean, list of those, map) as a Cypher literal."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no Cypher literal")
        # repr keeps every digit; Cypher's grammar has no '+' in exponents.
        return repr(value).replace("e+", "e")
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{identifier(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as a Cypher literal")
