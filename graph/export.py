"""Export the graph for other tools: NetworkX JSON, Gephi, and the Neo4j import formats.

``export_graph(store_or_graph, fmt, path)`` writes one of

- ``node-link``: NetworkX node-link JSON (``networkx.node_link_data(G, edges="edges")``) of
  the actors and their relationships, for analysis in Python or JavaScript;
- ``graphml`` / ``gexf``: the same graph for Gephi, yEd or Cytoscape (list properties become
  ``" | "``-joined strings, as those formats have no list attributes);
- ``neo4j-csv``: a directory of header and data CSV files for
  ``neo4j-admin database import full``, documents and mentions included;
- ``cypher``: a parameter-free script of ``MERGE`` statements, one per line, that rebuilds
  the stored graph, documents included, in an empty Neo4j (``cypher-shell -f``) or in the
  embedded store (:func:`load_cypher_script`).

and returns a one-line message (for ``neo4j-csv`` the import command to run).
"""

from __future__ import annotations

import json
import os
import re
import shlex
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from graph.schema import ACTOR_LABEL, DOCUMENT_LABEL
from graph.store import cypher
from graph.store.base import GraphStore

FORMATS = ("node-link", "graphml", "gexf", "neo4j-csv", "cypher")
#: Formats that reproduce the stored graph, so they carry documents and MENTIONED_IN too.
_WHOLE_GRAPH_FORMATS = ("neo4j-csv", "cypher")
LIST_JOINER = " | "
#: Array delimiters tried in turn for neo4j-csv: neo4j-admin cannot escape the delimiter
#: inside an array element, so the first one that occurs in no element is used.
_ARRAY_DELIMITERS = (";", "|", "\x1f", "\x1e", "\x1d", "\x1c")
#: Characters XML 1.0 cannot hold (GraphML and GEXF are XML); they become U+FFFD.
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def export_graph(source: GraphStore | nx.MultiDiGraph, fmt: str, path: str | os.PathLike[str]) -> str:
    """Write the graph of ``source`` to ``path`` in format ``fmt``; return a message for the user.

    Parameters
    ----------
    source:
        A store (read with :meth:`GraphStore.to_networkx`) or a MultiDiGraph shaped like one
        (node attributes: properties plus ``labels``; edge attributes: properties plus ``type``).
    fmt:
        One of :data:`FORMATS`.
    path:
        A file, or for ``neo4j-csv`` a directory (created if needed).
    """
    writers: dict[str, Callable[[nx.MultiDiGraph, Path], str]] = {
        "node-link": write_node_link, "graphml": write_graphml, "gexf": write_gexf,
        "neo4j-csv": write_neo4j_csv, "cypher": write_cypher_script,
    }
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(source, GraphStore):
        graph = source.to_networkx(include_documents=fmt in _WHOLE_GRAPH_FORMATS)
    else:
        graph = source
    return writers[fmt](graph, Path(path))


# -- node-link, GraphML, GEXF ----------------------------------------------------------------

def write_node_link(graph: nx.MultiDiGraph, path: Path) -> str:
    """NetworkX node-link JSON, nodes and edges sorted so that equal graphs give equal files."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: str(n["id"]))
    data["edges"].sort(key=lambda e: (str(e["source"]), str(e["target"]), str(e.get("key", ""))))
    _parent(path)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, sort_keys=True, indent=1, default=str)
        f.write("\n")
    return f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to {path} (node-link JSON)"


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> str:
    """GraphML with list properties joined by ``" | "``."""
    _parent(path)
    nx.write_graphml(_flat_copy(graph), path, encoding="utf-8")
    return f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to {path} (GraphML)"


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> str:
    """GEXF for Gephi: node label = name, edge label = relationship type.

    GEXF reserves an edge's ``type`` for directed/undirected, so the relationship type is
    the edge ``label`` and the ``rel_type`` attribute.
    """
    flat = _flat_copy(graph)
    for _, data in flat.nodes(data=True):
        data["label"] = str(data.get("name") or data.get("title") or data.get("id", ""))
    for _, _, data in flat.edges(data=True):
        rel_type = data.pop("type", "")
        data["label"] = data["rel_type"] = rel_type
    _parent(path)
    nx.write_gexf(flat, path, encoding="utf-8")
    return f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to {path} (GEXF)"


def _flat_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are scalars of one type per key, as GraphML and GEXF need."""
    flat = nx.MultiDiGraph()
    node_types = _column_kinds(data for _, data in graph.nodes(data=True))
    edge_types = _column_kinds(data for _, _, data in graph.edges(data=True))
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        flat.add_node(str(node), **_flat_attrs(data, node_types))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, k, data in edges:
        attrs = _flat_attrs(data, edge_types)
        # The stored identity ``key`` would clash with the multigraph key; both formats keep it as fact_key.
        if "key" in attrs:
            attrs["fact_key"] = attrs.pop("key")
        flat.add_edge(str(u), str(v), key=str(k), **attrs)
    return flat


def _flat_attrs(data: dict[str, Any], kinds: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None or value == []:
            continue
        kind = kinds[key]
        if kind.endswith("[]"):
            text = LIST_JOINER.join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
            out[key] = _XML_INVALID.sub("\ufffd", text)
        elif kind == "double":
            out[key] = float(value)
        elif kind in ("long", "boolean"):
            out[key] = value
        else:
            out[key] = _XML_INVALID.sub("\ufffd", str(value))
    return out


# -- neo4j-admin CSV ---------------------------------------------------------------------------

def write_neo4j_csv(graph: nx.MultiDiGraph, directory: Path) -> str:
    """Header and data CSV files for ``neo4j-admin database import full``; return the command.

    One node file pair per label set (``nodes_Startup_header.csv`` + ``nodes_Startup.csv``),
    one relationship file pair per type. Actors and documents are separate ID spaces
    (``id:ID(Actor)``, ``id:ID(Document)``), so the ``id`` property is kept. Strings are
    always quoted with ``"`` doubled inside, so an empty string stays an empty string and an
    unquoted empty field means "no property"; arrays are ``string[]`` etc. joined with the
    array delimiter (``;`` unless a value contains one; the command says which). Empty arrays
    are left out: neo4j-admin cannot tell them from missing ones.
    """
    directory.mkdir(parents=True, exist_ok=True)
    delimiter = _array_delimiter(graph)
    group_of = {node: _id_group(data) for node, data in graph.nodes(data=True)}
    multiline = False
    node_files: list[tuple[str, str]] = []
    by_labels: dict[tuple[str, ...], list[tuple[Any, dict]]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        by_labels[tuple(_labels(data))].append((node, data))
    for labels, members in sorted(by_labels.items()):
        rows = [{k: v for k, v in data.items() if k != "labels"} | {"id": str(data.get("id", node))}
                for node, data in sorted(members, key=lambda m: str(m[0]))]
        kinds = _column_kinds(rows)
        props = ["id"] + sorted(k for k in kinds if k != "id")
        header = [f"id:ID({group_of[members[0][0]]})"] + [f"{p}:{kinds[p]}" for p in props[1:]] + [":LABEL"]
        label_field = _csv_field(list(labels), "string[]", delimiter)
        lines = [[_csv_field(r.get(p), kinds[p], delimiter) for p in props] + [label_field] for r in rows]
        stem = "nodes_" + "_".join(label for label in labels if label != ACTOR_LABEL or len(labels) == 1)
        node_files.append(_write_csv_pair(directory, stem, header, lines))
        multiline |= any("\n" in f or "\r" in f for line in lines for f in line)
    rel_files: list[tuple[str, str]] = []
    by_type: dict[tuple[str, str, str], list[tuple[Any, Any, dict]]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        by_type[(str(data.get("type", "RELATED")), group_of[u], group_of[v])].append((u, v, data))
    for (rel_type, start_group, end_group), members in sorted(by_type.items()):
        rows = [{k: val for k, val in data.items() if k != "type"} for _, _, data in members]
        kinds = _column_kinds(rows)
        props = sorted(kinds)
        header = [f":START_ID({start_group})", *(f"{p}:{kinds[p]}" for p in props), f":END_ID({end_group})", ":TYPE"]
        ends = [(str(graph.nodes[u].get("id", u)), str(graph.nodes[v].get("id", v))) for u, v, _ in members]
        lines = sorted(
            [_csv_field(s, "string", delimiter)] + [_csv_field(r.get(p), kinds[p], delimiter) for p in props]
            + [_csv_field(t, "string", delimiter), _csv_field(rel_type, "string", delimiter)]
            for (s, t), r in zip(ends, rows, strict=True)
        )
        stem = f"relationships_{rel_type}" + ("" if (start_group, end_group) == (ACTOR_LABEL, ACTOR_LABEL)
                                               else f"_{start_group}_{end_group}")
        rel_files.append(_write_csv_pair(directory, stem, header, lines))
        multiline |= any("\n" in f or "\r" in f for line in lines for f in line)
    (directory / "schema.cypher").write_text(";\n".join(cypher.NEO4J_SCHEMA) + ";\n", encoding="utf-8")
    command = neo4j_admin_command(node_files, rel_files, delimiter, multiline)
    (directory / "import.sh").write_text("#!/bin/sh\n# Stop the database first; this replaces it.\n"
                                         + command + "\n", encoding="utf-8")
    return (
        f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships to {directory}/; "
        f"import with (database stopped): {command} ; then create the constraints: "
        f"cypher-shell -f {shlex.quote(str((directory / 'schema.cypher').resolve()))}"
    )


def neo4j_admin_command(node_files: Iterable[tuple[str, str]], rel_files: Iterable[tuple[str, str]],
                        delimiter: str = ";", multiline: bool = False, database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command for header/data file pairs."""
    parts = ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination"]
    parts += [f"--nodes={shlex.quote(h + ',' + d)}" for h, d in node_files]
    parts += [f"--relationships={shlex.quote(h + ',' + d)}" for h, d in rel_files]
    if delimiter != ";":
        # '|' must not reach the shell bare; control characters go by code point.
        parts.append(shlex.quote("--array-delimiter=" + (delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}")))
    if multiline:
        parts.append("--multiline-fields=true")
    return " ".join(parts)


def _write_csv_pair(directory: Path, stem: str, header: list[str], lines: list[list[str]]) -> tuple[str, str]:
    header_path, data_path = directory / f"{stem}_header.csv", directory / f"{stem}.csv"
    header_path.write_text(",".join(header) + "\n", encoding="utf-8")
    with open(data_path, "w", encoding="utf-8", newline="") as f:
        for line in lines:
            f.write(",".join(line) + "\n")
    return str(header_path.resolve()), str(data_path.resolve())


def _csv_field(value: Any, kind: str, delimiter: str) -> str:
    """One field as neo4j-admin reads it (RFC 4180 quoting, no backslash escapes)."""
    if value is None or (isinstance(value, list | tuple) and not value):
        return ""
    if kind.endswith("[]"):
        items = value if isinstance(value, list | tuple) else [value]
        return _quote(delimiter.join(_scalar_text(v, kind[:-2]) for v in items))
    text = _scalar_text(value, kind)
    return _quote(text) if kind == "string" else text


def _scalar_text(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    if kind == "long":
        return str(int(value))
    if isinstance(value, list | tuple):
        return LIST_JOINER.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _array_delimiter(graph: nx.MultiDiGraph) -> str:
    texts = {str(item) for _, data in graph.nodes(data=True) for v in data.values()
             if isinstance(v, list | tuple) for item in v}
    texts |= {str(item) for _, _, data in graph.edges(data=True) for v in data.values()
              if isinstance(v, list | tuple) for item in v}
    for candidate in _ARRAY_DELIMITERS:
        if not any(candidate in t for t in texts):
            return candidate
    raise ValueError("every candidate array delimiter occurs in the data; cannot write neo4j-admin CSV")


# -- Cypher script ---------------------------------------------------------------------------

def write_cypher_script(graph: nx.MultiDiGraph, path: Path) -> str:
    """A parameter-free script of MERGE statements, one per line, ending in ``;``.

    Values are written as literals with the escapes both Neo4j and FalkorDB read back
    (:func:`graph.store.cypher.literal`); nodes come first, then relationships, each in a
    stable order, so the same graph always gives the same file.
    """
    lines = [
        "// aigraph graph export: a parameter-free Cypher script, one statement per line.",
        "// Load into an empty Neo4j: cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f THIS_FILE",
        "// Load into the embedded store: graph.export.load_cypher_script(store, THIS_FILE)",
        "// On Neo4j, for a large graph, create the constraints first (the MERGEs then use them):",
        *(f"//   {statement};" for statement in cypher.NEO4J_SCHEMA),
    ]
    statements = list(cypher_statements(graph))
    lines += statements
    _parent(path)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return (f"wrote {len(statements)} statements ({graph.number_of_nodes()} nodes, "
            f"{graph.number_of_edges()} relationships) to {path}; load with: "
            f"cypher-shell -u neo4j -p PASSWORD -f {shlex.quote(str(path))}")


def cypher_statements(graph: nx.MultiDiGraph) -> Iterable[str]:
    """The script's statements: a MERGE per node, then a MATCH ... MERGE per relationship."""
    key_label = {node: _id_group(data) for node, data in graph.nodes(data=True)}
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        labels = ":".join(cypher.identifier(label) for label in _labels(data))
        node_id = str(data.get("id", node))
        props = {k: v for k, v in sorted(data.items()) if k not in ("labels", "id") and v is not None}
        text = f"MERGE (n:{labels} {{id: {cypher.literal(node_id)}}})"
        if props:
            text += f" SET n += {cypher.literal(props)}"
        yield text + ";"
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, _, data in edges:
        rel_type = cypher.identifier(str(data.get("type", "RELATED")))
        props = {k: val for k, val in sorted(data.items()) if k != "type" and val is not None}
        identity = f" {{key: {cypher.literal(props.pop('key'))}}}" if "key" in props else ""
        start = f"(a:{cypher.identifier(key_label[u])} {{id: {cypher.literal(str(graph.nodes[u].get('id', u)))}}})"
        end = f"(b:{cypher.identifier(key_label[v])} {{id: {cypher.literal(str(graph.nodes[v].get('id', v)))}}})"
        text = f"MATCH {start} MATCH {end} MERGE (a)-[r:{rel_type}{identity}]->(b)"
        if props:
            text += f" SET r += {cypher.literal(props)}"
        yield text + ";"


def load_cypher_script(store: GraphStore, path: str | os.PathLike[str]) -> int:
    """Run a script written by :func:`write_cypher_script` on ``store``; return the statements run.

    Reads one statement per line (``//`` lines are comments). Lines are split on ``\\n``
    only: string literals never hold a raw newline, but may hold other line separators.
    """
    count = 0
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").split("\n"), start=1):
        statement = line.strip()
        if not statement or statement.startswith("//"):
            continue
        if not statement.endswith(";"):
            raise ValueError(f"{path}:{number}: a statement must end with ';'")
        store.execute(statement[:-1])
        count += 1
    return count


# -- shared helpers ---------------------------------------------------------------------------

def _labels(data: dict[str, Any]) -> list[str]:
    """A node's labels: stored ones, else ``Actor`` + its type, else ``Document``."""
    labels = data.get("labels")
    if labels:
        return sorted(labels, key=lambda label: (label != ACTOR_LABEL, label))
    if data.get("type"):
        return [ACTOR_LABEL, str(data["type"])]
    return [DOCUMENT_LABEL]


def _id_group(data: dict[str, Any]) -> str:
    """The label a node is looked up by: ``Actor``, ``Document`` or its first label."""
    labels = _labels(data)
    for label in (ACTOR_LABEL, DOCUMENT_LABEL):
        if label in labels:
            return label
    return labels[0]


def _column_kinds(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """For each key: ``boolean``, ``long``, ``double``, ``string`` or an array of one of those.

    Mixed integers and floats widen to ``double``; any other mix falls back to ``string``.
    """
    seen: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for key, value in row.items():
            if value is None:
                seen.setdefault(key, set())
            elif isinstance(value, list | tuple):
                seen[key] |= {_scalar_kind(v) + "[]" for v in value} or {"string[]"}
            else:
                seen[key].add(_scalar_kind(value))
    return {key: _widest(kinds) for key, kinds in seen.items()}


def _scalar_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _widest(kinds: set[str]) -> str:
    if not kinds:
        return "string"
    arrays = {k for k in kinds if k.endswith("[]")}
    if arrays and arrays != kinds:
        return "string"
    base = {k.removesuffix("[]") for k in kinds}
    suffix = "[]" if arrays else ""
    if len(base) == 1:
        return base.pop() + suffix
    if base <= {"long", "double"}:
        return "double" + suffix
    return "string" + suffix


def _parent(path: Path) -> None:
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
