"""All Cypher text the stores write with, in one place.

Every statement takes its values as parameters; only labels and relationship types are
spliced into the text, and those come from :mod:`graph.schema`, never from documents.
The statements keep to the openCypher that both FalkorDB and Neo4j accept.
"""

from __future__ import annotations

from graph.schema import ACTOR_LABEL, DOCUMENT_LABEL, MENTIONED_IN, check_node_type, check_rel_type

DOCUMENT_BY_ID = f"MATCH (d:{DOCUMENT_LABEL} {{id: $id}}) RETURN d.id AS id"
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

    Identity is (subject, type, object, key). The first statement's properties win; every
    document that states the fact adds its id to ``sources`` and its quotes to ``evidence``.
    """
    rtype = check_rel_type(rel_type)
    return (
        f"UNWIND $rows AS r MATCH (a:{ACTOR_LABEL} {{id: r.s}}) MATCH (b:{ACTOR_LABEL} {{id: r.o}}) "
        f"MERGE (a)-[e:{rtype} {{key: r.key}}]->(b) "
        "ON CREATE SET e += r.props, e.sources = [r.doc], e.evidence = r.evidence "
        "ON MATCH SET e.sources = CASE WHEN r.doc IN e.sources THEN e.sources ELSE e.sources + [r.doc] END, "
        "e.evidence = e.evidence + [x IN r.evidence WHERE NOT x IN e.evidence]"
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
