"""Exports: node-link JSON, GraphML, GEXF, neo4j-admin CSV and the Cypher script.

The neo4j-admin files are read back by a small reader that follows the import tool's
documented rules (RFC 4180 quotes, ``""`` inside a quoted field is a quote, an unquoted
empty field is no property, arrays split on the array delimiter) and loaded into a fresh
embedded store, which must then hold the graph that was exported. The Cypher script is
loaded into a fresh embedded store and must give the same counts and the same graph.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import networkx as nx
import pytest

from graph.export import FORMATS, export_graph, load_cypher_script
from graph.store import cypher
from tests.store_fixtures import hostile_batch, load, make_store, sample_batches


@pytest.fixture(scope="module")
def sample(request):
    for store in make_store("falkor", request):
        yield load(store, sample_batches())


@pytest.fixture(scope="module")
def hostile(request):
    for store in make_store("falkor", request):
        yield load(store, sample_batches() + [hostile_batch()])


@pytest.fixture
def fresh(request):
    yield from make_store("falkor", request)


def test_unknown_format(sample, tmp_path):
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export_graph(sample, "xml", tmp_path / "x")
    assert FORMATS == ("node-link", "graphml", "gexf", "neo4j-csv", "cypher")


# -- node-link, GraphML, GEXF ------------------------------------------------------------

def test_node_link_json(sample, tmp_path):
    path = tmp_path / "graph.json"
    message = export_graph(sample, "node-link", path)
    assert "20 nodes and 22 edges" in message
    text = path.read_text(encoding="utf-8")
    assert "텐센트" in text  # ensure_ascii=False
    data = json.loads(text)
    assert data["directed"] and data["multigraph"]
    assert [n["id"] for n in data["nodes"]] == sorted(n["id"] for n in data["nodes"])
    tencent = next(n for n in data["nodes"] if n["id"] == "tencent")
    assert sorted(tencent["labels"]) == ["Actor", "Company"] and tencent["aliases"] == ["Tencent Holdings", "텐센트"]
    edge = next(e for e in data["edges"] if (e["source"], e["target"]) == ("tencent", "moonshot-ai"))
    assert edge["type"] == "INVESTED_IN" and edge["amount_usd"] == 300_000_000 and edge["evidence"]
    back = nx.node_link_graph(data, edges="edges")
    assert back.number_of_nodes() == 20 and back.number_of_edges() == 22
    # The same graph gives the same file.
    export_graph(sample, "node-link", tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_node_link_from_a_networkx_graph(sample, tmp_path):
    g = sample.to_networkx()
    g.remove_node("us")
    export_graph(g, "node-link", tmp_path / "g.json")
    assert len(json.loads((tmp_path / "g.json").read_text())["nodes"]) == 19


def test_graphml(hostile, tmp_path):
    path = tmp_path / "graph.graphml"
    export_graph(hostile, "graphml", path)
    back = nx.read_graphml(path)
    original = hostile.to_networkx()
    assert back.number_of_nodes() == original.number_of_nodes()
    assert back.number_of_edges() == original.number_of_edges()
    assert back.nodes["tencent"]["aliases"] == "Tencent Holdings | 텐센트"
    assert back.nodes["evil-quote"]["name"] == "O'Brien \"Capital\" \\ Fund"
    edge = next(d for _, v, d in back.out_edges("tencent", data=True) if v == "moonshot-ai")
    assert edge["type"] == "INVESTED_IN" and edge["amount_usd"] == 300_000_000.0


def test_gexf(hostile, tmp_path):
    path = tmp_path / "graph.gexf"
    export_graph(hostile, "gexf", path)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == hostile.to_networkx().number_of_nodes()
    assert back.nodes["moonshot-ai"]["label"] == "Moonshot AI"
    assert back.nodes["evil-brace"]["label"] == "}) MATCH (n) DETACH DELETE n //"
    edge = next(d for _, v, d in back.out_edges("tencent", data=True) if v == "moonshot-ai")
    assert edge["label"] == "INVESTED_IN" and edge["rel_type"] == "INVESTED_IN"


# -- neo4j-admin CSV ---------------------------------------------------------------------

def read_neo4j_csv(text: str) -> list[list[str | None]]:
    """Rows of a neo4j-admin CSV file: ``None`` for an unquoted empty field, else the text."""
    rows, row, field, quoted, in_quotes, i = [], [], [], False, False, 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"' and text[i + 1:i + 2] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = quoted = True
        elif ch in ",\n":
            row.append("".join(field) if (field or quoted) else None)
            field, quoted = [], False
            if ch == "\n":
                rows.append(row)
                row = []
        else:
            field.append(ch)
        i += 1
    assert not in_quotes and not field and not row, "the file ends inside a field"
    return rows


def load_neo4j_csv(store, directory: Path, array_delimiter: str) -> None:
    """Load header/data pairs as neo4j-admin would, through parameters."""
    casts = {"string": str, "long": int, "double": float, "boolean": lambda v: v == "true"}
    for header_path in sorted(directory.glob("*_header.csv")):
        header = read_neo4j_csv(header_path.read_text(encoding="utf-8"))[0]
        # Bytes, not text mode: universal newlines would turn a quoted "\r\n" into "\n".
        data = read_neo4j_csv(header_path.with_name(header_path.name.replace("_header", "")).read_bytes().decode())
        records = []
        for values in data:
            assert len(values) == len(header), header_path.name
            record: dict = {"props": {}}
            for spec, value in zip(header, values, strict=True):
                name, _, kind = spec.partition(":")
                if value is None:
                    continue
                if kind.startswith(("ID", "START_ID", "END_ID", "LABEL", "TYPE")):
                    group = re.search(r"\((\w+)\)", kind)
                    record[kind.split("(")[0]] = (value, group.group(1) if group else None)
                    if kind.startswith("ID"):
                        record["props"][name] = value
                elif kind.endswith("[]"):
                    record["props"][name] = [casts[kind[:-2]](v) for v in value.split(array_delimiter)]
                else:
                    record["props"][name] = casts[kind](value)
            records.append(record)
        if "ID" in records[0]:
            labels = records[0]["LABEL"][0].split(array_delimiter)
            assert records[0]["ID"][1] in labels
            store.execute(f"UNWIND $rows AS r CREATE (n:{':'.join(labels)}) SET n += r",
                          {"rows": [r["props"] for r in records]})
        else:
            start, end, rtype = records[0]["START_ID"][1], records[0]["END_ID"][1], records[0]["TYPE"][0]
            store.execute(
                f"UNWIND $rows AS r MATCH (a:{start} {{id: r.s}}) MATCH (b:{end} {{id: r.t}}) "
                f"CREATE (a)-[e:{rtype}]->(b) SET e += r.props",
                {"rows": [{"s": r["START_ID"][0], "t": r["END_ID"][0], "props": r["props"]} for r in records]},
            )


def comparable(g: nx.MultiDiGraph) -> tuple[dict, list]:
    """Nodes and edges with what CSV cannot keep evened out: empty lists, int vs float."""
    def norm(d):
        return {k: (float(v) if isinstance(v, int | float) and not isinstance(v, bool) else
                    sorted(v) if isinstance(v, list) else v)
                for k, v in d.items() if v != []}
    nodes = {n: norm(d) for n, d in g.nodes(data=True)}
    edges = sorted((u, v, repr(sorted(norm(d).items()))) for u, v, d in g.edges(data=True))
    return nodes, edges


def test_neo4j_csv_structure(sample, tmp_path):
    message = export_graph(sample, "neo4j-csv", tmp_path / "csv")
    files = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert "nodes_Startup_header.csv" in files and "nodes_Startup.csv" in files
    assert "nodes_Document_header.csv" in files and "relationships_INVESTED_IN.csv" in files
    assert "relationships_MENTIONED_IN_Actor_Document_header.csv" in files
    assert "schema.cypher" in files and "import.sh" in files
    startup = (tmp_path / "csv" / "nodes_Startup_header.csv").read_text().strip().split(",")
    assert startup[0] == "id:ID(Actor)" and startup[-1] == ":LABEL" and "aliases:string[]" in startup
    invested = (tmp_path / "csv" / "relationships_INVESTED_IN_header.csv").read_text().strip().split(",")
    assert invested[0] == ":START_ID(Actor)" and invested[-2:] == [":END_ID(Actor)", ":TYPE"]
    assert {"amount_usd:double", "year:long", "key:string", "evidence:string[]", "sources:string[]"} <= set(invested)
    mentioned = (tmp_path / "csv" / "relationships_MENTIONED_IN_Actor_Document_header.csv").read_text().strip()
    assert mentioned == ":START_ID(Actor),count:long,:END_ID(Document),:TYPE"
    assert (tmp_path / "csv" / "nodes_Document_header.csv").read_text().startswith("id:ID(Document),chars:long,")
    # The command: one --nodes per label set, one --relationships per type, default delimiters.
    command = message.split("import with (database stopped): ", 1)[1].split(" ; then", 1)[0]
    words = shlex.split(command)
    assert words[:6] == ["neo4j-admin", "database", "import", "full", "neo4j", "--overwrite-destination"]
    assert sum(w.startswith("--nodes=") for w in words) == 7  # six actor types + documents
    assert sum(w.startswith("--relationships=") for w in words) == 8  # seven fact types + mentions
    assert not any(w.startswith(("--array-delimiter", "--multiline-fields")) for w in words)
    assert "cypher-shell -f" in message
    assert (tmp_path / "csv" / "schema.cypher").read_text().splitlines() == [s + ";" for s in cypher.NEO4J_SCHEMA]


def test_empty_strings_and_missing_properties_differ(sample, tmp_path):
    export_graph(sample, "neo4j-csv", tmp_path)
    header = read_neo4j_csv((tmp_path / "relationships_PARTICIPATES_IN_header.csv").read_text())[0]
    rows = read_neo4j_csv((tmp_path / "relationships_PARTICIPATES_IN.csv").read_text())
    key, amount = header.index("key:string"), [h.split(":")[0] for h in header].index("role")
    assert {r[key] for r in rows} == {""}  # stored empty key: quoted ""
    assert all(r[amount] for r in rows)
    vc = read_neo4j_csv((tmp_path / "relationships_VC_FLOW_header.csv").read_text())[0]
    assert "qualifier" not in ",".join(vc)  # no VC flow has one: no column at all
    nodes = read_neo4j_csv((tmp_path / "nodes_Country.csv").read_text())
    assert all(r[1] is None for r in nodes)  # Country actors have no aliases: empty array left out


@pytest.mark.parametrize("graph", ["sample", "hostile"])
def test_neo4j_csv_reproduces_the_graph(graph, request, fresh, tmp_path):
    store = request.getfixturevalue(graph)
    message = export_graph(store, "neo4j-csv", tmp_path)
    delimiter = ";"
    command = message.split("import with (database stopped): ", 1)[1].split(" ; then", 1)[0]
    for word in shlex.split(command):
        if word.startswith("--array-delimiter="):
            value = word.split("=", 1)[1]
            delimiter = chr(int(value[2:], 16)) if value.startswith("U+") else value
    if graph == "hostile":  # aliases hold ';' and '|', names hold newlines
        assert delimiter == "\x1f" and "--array-delimiter=U+001F" in message
        assert "--multiline-fields=true" in message
    load_neo4j_csv(fresh, tmp_path, delimiter)
    assert fresh.counts() == store.counts()
    assert comparable(fresh.to_networkx(include_documents=True)) == comparable(store.to_networkx(include_documents=True))


# -- Cypher script -------------------------------------------------------------------------

@pytest.mark.parametrize("graph", ["sample", "hostile"])
def test_cypher_script_loads_into_an_empty_store(graph, request, fresh, tmp_path):
    store = request.getfixturevalue(graph)
    path = tmp_path / "graph.cypher"
    message = export_graph(store, "cypher", path)
    assert "cypher-shell" in message
    lines = path.read_text(encoding="utf-8").split("\n")
    statements = [line for line in lines if line and not line.startswith("//")]
    assert all(s.endswith(";") and s.startswith(("MERGE ", "MATCH ")) for s in statements)
    assert load_cypher_script(fresh, path) == len(statements)
    assert fresh.counts() == store.counts()
    original, copy = store.to_networkx(include_documents=True), fresh.to_networkx(include_documents=True)
    assert dict(copy.nodes(data=True)).keys() == dict(original.nodes(data=True)).keys()
    for node, data in original.nodes(data=True):
        assert copy.nodes[node] | {"labels": sorted(copy.nodes[node]["labels"])} == data | {"labels": sorted(data["labels"])}
    assert _edge_set(copy) == _edge_set(original)


def _edge_set(g):
    return sorted((u, v, k, repr(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True))


def test_cypher_script_is_parameter_free_and_stable(sample, tmp_path):
    export_graph(sample, "cypher", tmp_path / "a.cypher")
    export_graph(sample, "cypher", tmp_path / "b.cypher")
    text = (tmp_path / "a.cypher").read_text(encoding="utf-8")
    assert text == (tmp_path / "b.cypher").read_text(encoding="utf-8")
    assert "$" not in text
    assert "MERGE (n:Actor:Startup {id: 'moonshot-ai'}) SET n += {aliases: ['Moonshot', '문샷'], " in text
    assert ("MATCH (a:Actor {id: 'tencent'}) MATCH (b:Actor {id: 'moonshot-ai'}) "
            "MERGE (a)-[r:INVESTED_IN {key: ''}]->(b) SET r += {amount: 3.0, amount_usd: 300000000, ") in text


@pytest.mark.parametrize("value, expected", [
    ("plain", "'plain'"),
    ("it's", r"'it\'s'"),
    ('say "hi"', "'say \"hi\"'"),
    ("back\\slash", r"'back\\slash'"),
    ("two\nlines\r\n\ttab", r"'two\nlines\r\n\ttab'"),
    ("}) MATCH (n) DETACH DELETE n //", "'}) MATCH (n) DETACH DELETE n //'"),
    (["a", 1, 2.5, True], "['a', 1, 2.5, true]"),
])
def test_cypher_literals(value, expected):
    assert cypher.literal(value) == expected


def test_cypher_literal_numbers_and_names():
    assert cypher.literal(1e20) == "1e20" and cypher.literal(-2.5e-07) == "-2.5e-07"
    assert cypher.literal({"a b": [1, True]}) == "{`a b`: [1, true]}"
    assert cypher.identifier("INVESTED_IN") == "INVESTED_IN" and cypher.identifier("a`b") == "`a``b`"
    with pytest.raises(ValueError):
        cypher.literal(float("nan"))
    with pytest.raises(ValueError):
        cypher.literal("nul\x00")


def test_array_delimiter_is_quoted_for_the_shell():
    from graph.export import neo4j_admin_command

    command = neo4j_admin_command([("h.csv", "d.csv")], [], delimiter="|")
    assert shlex.split(command)[-1] == "--array-delimiter=|" and "'--array-delimiter=|'" in command
    assert neo4j_admin_command([], [], delimiter="\x1f").endswith("--array-delimiter=U+001F")
