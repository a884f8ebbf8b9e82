"""graph.report and graph.viz: files written, offline HTML, untrusted text kept as text."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from graph.report import write_report
from graph.schema import NODE_TYPES, REL_TYPES
from graph.viz import EDGE_COLORS, TYPE_COLORS, script_hash, write_network_html

IMG_PAYLOAD = "<img src=x onerror=alert(1)>"
SCRIPT_PAYLOAD = "</script><script>alert(1)</script>"
# The same attacks, but leaving a mark in the DOM if they ever run (a browser test can't see alerts).
IMG_MARKER = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
SCRIPT_MARKER = "</script><script>document.body.setAttribute('data-pwned','script')</script>"


def add_actor(G, node_id, name, kind, country=None):
    G.add_node(node_id, id=node_id, name=name, type=kind, country=country, aliases=[],
               labels=["Actor", kind])


def add_fact(G, u, v, kind, amount=None, date=None, evidence=None):
    G.add_edge(u, v, key=f"{kind}:{date or ''}", type=kind, amount_usd=amount, date=date,
               year=int(date[:4]) if date else None, sources=["doc1"],
               evidence=evidence or [f"doc1:7: {u} {kind} {v}"])


def race_graph(hostile=(IMG_PAYLOAD, SCRIPT_PAYLOAD)):
    """A small AI-race graph: Microsoft is the largest investor, OpenAI the most connected."""
    G = nx.MultiDiGraph()
    for node_id, name, kind, country in [
        ("microsoft", "Microsoft", "Company", "US"), ("openai", "OpenAI", "Startup", "US"),
        ("sequoia", "Sequoia Capital", "Investor", "US"), ("a16z", "Andreessen Horowitz", "Investor", "US"),
        ("alibaba", "Alibaba", "Company", "CN"), ("tencent", "Tencent", "Company", "CN"),
        ("moonshot-ai", "Moonshot AI", "Startup", "CN"), ("zhipu-ai", "Zhipu AI", "Startup", "CN"),
        ("us", "United States", "Country", "US"), ("cn", "China", "Country", "CN"),
        ("kr", "South Korea", "Country", "KR"), ("gpt-4", "GPT-4", "Model", "US"),
        ("hostile-1", hostile[0], "Startup", "KR"), ("hostile-2", hostile[1], "Investor", "KR"),
    ]:
        add_actor(G, node_id, name, kind, country)
    add_fact(G, "microsoft", "openai", "INVESTED_IN", 1e10, "2023-01")
    add_fact(G, "sequoia", "openai", "INVESTED_IN", None, "2021")
    add_fact(G, "a16z", "openai", "INVESTED_IN", 3e8, "2023-04")
    add_fact(G, "alibaba", "moonshot-ai", "INVESTED_IN", 8e8, "2024-02")
    add_fact(G, "tencent", "moonshot-ai", "INVESTED_IN", 3e8, "2024-08")
    add_fact(G, "alibaba", "zhipu-ai", "INVESTED_IN", None, "2023")
    add_fact(G, "tencent", "zhipu-ai", "INVESTED_IN", 2e8, "2023")
    add_fact(G, "openai", "gpt-4", "DEVELOPS")
    add_fact(G, "openai", "microsoft", "PARTNERS_WITH")
    add_fact(G, "us", "cn", "VC_FLOW", 2e9, "2021")
    add_fact(G, "us", "kr", "VC_FLOW", 5e8, "2022")
    add_fact(G, "hostile-2", "hostile-1", "INVESTED_IN", 5e6, "2024",
             evidence=[f"doc1:9: {hostile[1]} invested in {hostile[0]} <b onmouseover=alert(2)>href</b>"])
    for startup, country in [("openai", "us"), ("moonshot-ai", "cn"), ("zhipu-ai", "cn"), ("hostile-1", "kr")]:
        add_fact(G, startup, country, "BASED_IN")
    return G


def chain(n):
    """n actors in a line, each investing in the next."""
    G = nx.MultiDiGraph()
    for i in range(n):
        add_actor(G, f"a{i:03d}", f"Actor {i}", "Startup")
    for i in range(n - 1):
        add_fact(G, f"a{i:03d}", f"a{i + 1:03d}", "INVESTED_IN", 1e6 * (i + 1), "2024")
    return G


def embedded_json(page: str, var: str):
    match = re.search(rf"var {var} = (.*);\n", page)
    assert match, f"no {var} in the page"
    return json.loads(match.group(1))


def assert_offline(page: str):
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"url\((?![\"']?data:)", page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page


def assert_inert(page: str):
    assert "<img" not in page
    assert "alert(1)</script>" not in page and "<script>alert" not in page
    assert "onmouseover=alert" not in page.replace("\\u003cb onmouseover=alert", "")
    # Data lives in the last script; with <, > and & escaped it has no markup at all.
    data = page[page.rindex("<script>") + len("<script>"):page.rindex("</script>")]
    assert "<" not in data and ">" not in data.replace("=>", "")


# -- report ---------------------------------------------------------------------------------

def test_report_writes_every_file_with_the_expected_top_actors(tmp_path):
    paths = write_report(race_graph(), tmp_path / "out", top=5, title="AI race")
    assert set(paths) == {"markdown", "html", "network", "centrality", "communities", "top_investors"}
    assert all(p.exists() and p.stat().st_size > 0 for p in paths.values())
    md = paths["markdown"].read_text(encoding="utf-8")
    assert md.startswith("# AI race")
    investors = md.split("## Top investors by disclosed amount")[1]
    assert investors.split("\n| 1 | ")[1].startswith("Microsoft | Company | US | $10.0B")
    degree = md.split("## Top actors by degree")[1]
    assert degree.split("\n| 1 | ")[1].startswith("OpenAI")
    assert "## Largest cross-border VC flows" in md and "| 1 | United States | China | $2.0B |" in md
    assert "modularity" in md and "Community 1" in md
    assert "Top actors by betweenness (exact)" in md

    table = pd.read_csv(paths["centrality"])
    assert len(table) == 14 and {"pagerank", "hubs", "authorities"} <= set(table.columns)
    comms = pd.read_csv(paths["communities"])
    assert sorted(comms["id"]) == sorted(race_graph().nodes)
    inv = pd.read_csv(paths["top_investors"])
    assert inv.loc[0, "id"] == "microsoft" and inv.loc[0, "amount_usd"] == 1e10


def test_placeholders_and_countries_keep_their_facts_but_are_not_ranked(tmp_path):
    G = race_graph()
    for node_id, name, kind, placeholder in [("world", "World", "Country", "all-origins"),
                                             ("unnamed", "Unnamed investors", "Investor", "unnamed")]:
        add_actor(G, node_id, name, kind)
        G.nodes[node_id]["placeholder"] = placeholder
    add_fact(G, "world", "us", "VC_FLOW", 9e11, "2021")
    add_fact(G, "unnamed", "zhipu-ai", "INVESTED_IN", 5e11, "2023")
    paths = write_report(G, tmp_path, top=20)
    md = paths["markdown"].read_text(encoding="utf-8")
    ranked = md.split("## Top actors by degree")[1].split("## Communities")[0]
    assert "World" not in ranked and "Unnamed investors" not in ranked and "| Country |" not in ranked
    flows = md.split("## Largest cross-border VC flows")[1]
    assert "| World |" not in flows and "| 1 | United States | China | $2.0B |" in flows
    assert set(pd.read_csv(paths["centrality"])["id"]) >= {"world", "unnamed"}


def test_report_escapes_hostile_names(tmp_path):
    paths = write_report(race_graph(), tmp_path)
    page = paths["html"].read_text(encoding="utf-8")
    assert '<iframe src="graph.html"' in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<img" not in page and "<script" not in page
    md = paths["markdown"].read_text(encoding="utf-8")
    assert r"\<img src=x onerror=alert(1)\>" in md and "<img" not in md.replace(r"\<img", "")
    assert_inert(paths["network"].read_text(encoding="utf-8"))


def test_report_is_deterministic(tmp_path):
    one = write_report(race_graph(), tmp_path / "one")
    two = write_report(race_graph(), tmp_path / "two")
    for key in one:
        assert one[key].read_bytes() == two[key].read_bytes(), key


def test_report_on_an_empty_graph(tmp_path):
    paths = write_report(nx.MultiDiGraph(), tmp_path)
    assert "Actors: 0; facts: 0" in paths["markdown"].read_text(encoding="utf-8")


# -- network view ---------------------------------------------------------------------------

def test_palette_covers_the_schema():
    assert set(TYPE_COLORS) == set(NODE_TYPES)
    assert set(EDGE_COLORS) == set(REL_TYPES)


def test_network_html_is_offline_and_inert(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # pyvis's write_html would drop a lib/ folder here
    out = write_network_html(race_graph(), tmp_path / "view" / "graph.html", title=SCRIPT_PAYLOAD)
    page = out.read_text(encoding="utf-8")
    assert_offline(page)
    assert_inert(page)
    assert "vis.Network" in page and "textContent" in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in page
    assert not (tmp_path / "lib").exists()
    nodes = {n["id"]: n for n in embedded_json(page, "nodes")}
    assert nodes["hostile-1"]["label"] == IMG_PAYLOAD  # the exact text, drawn on the canvas
    assert nodes["hostile-1"]["title"].startswith(IMG_PAYLOAD + "\ntype: Startup")
    assert nodes["microsoft"]["color"] == TYPE_COLORS["Company"]
    edges = embedded_json(page, "edges")
    big = next(e for e in edges if e["from"] == "microsoft" and e["label"] == "INVESTED_IN")
    assert big["color"] == EDGE_COLORS["INVESTED_IN"] and big["width"] == pytest.approx(5.0, abs=1e-3)
    assert "amount: $10.0B" in big["title"] and "date: 2023-01" in big["title"]
    assert "doc1:7: microsoft INVESTED_IN openai" in big["title"]
    assert ">Startup</li>" in page and ">VC_FLOW</li>" in page


def test_network_policy_runs_only_the_pages_own_scripts(tmp_path):
    page = write_network_html(race_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>\n", page, re.S)
    assert len(scripts) == 2
    allowed = re.search(r"script-src ([^;]*);", policy.replace("&#39;", "'")).group(1).split()
    assert allowed == [script_hash(js) for js in scripts]
    assert "default-src 'none'" in policy.replace("&#39;", "'")


def test_network_node_size_follows_the_chosen_measure(tmp_path):
    page = write_network_html(race_graph(), tmp_path / "g.html", size_by="degree").read_text(encoding="utf-8")
    nodes = {n["id"]: n for n in embedded_json(page, "nodes")}
    assert nodes["openai"]["size"] == max(n["size"] for n in nodes.values())
    with pytest.raises(ValueError):
        write_network_html(race_graph(), tmp_path / "g.html", size_by="name")


def test_large_graph_gets_a_fixed_layout_without_physics(tmp_path):
    small = write_network_html(chain(30), tmp_path / "small.html").read_text(encoding="utf-8")
    assert embedded_json(small, "options")["physics"]["enabled"] is True
    assert "x" not in embedded_json(small, "nodes")[0]
    page = write_network_html(chain(30), tmp_path / "big.html", max_physics_nodes=20).read_text(encoding="utf-8")
    assert embedded_json(page, "options")["physics"]["enabled"] is False
    nodes = embedded_json(page, "nodes")
    assert len(nodes) == 30 and all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert "physics off" in page


def test_top_n_keeps_the_highest_ranked_actors(tmp_path):
    G = chain(30)
    for i in range(1, 6):  # a hub investing in five actors has the highest degree
        add_fact(G, "a000", f"a{i * 5:03d}", "FUNDS", 1e6, "2023")
    page = write_network_html(G, tmp_path / "top.html", size_by="degree", top_n=4).read_text(encoding="utf-8")
    ids = sorted(n["id"] for n in embedded_json(page, "nodes"))
    assert ids == ["a000", "a005", "a010", "a015"]  # degree 6, then 3s with the smallest ids
    assert all(e["from"] in ids and e["to"] in ids for e in embedded_json(page, "edges"))
    assert "4 of 30 actors" in page


# -- in a real browser ----------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")

# Hovers the first hostile node so vis-network shows its tooltip, then marks the page done.
HOVER = """
setTimeout(function () {
  var net = window.aigraphNetwork;
  var canvas = document.querySelector("#network canvas");
  var box = canvas.getBoundingClientRect();
  var at = net.canvasToDOM(net.getPositions(["hostile-1"])["hostile-1"]);
  canvas.dispatchEvent(new MouseEvent("mousemove",
    {clientX: box.left + at.x, clientY: box.top + at.y, bubbles: true}));
  setTimeout(function () { document.body.setAttribute("data-hovered", "yes"); }, 600);
}, 300);
"""


def test_page_renders_in_headless_chromium_without_running_hostile_text(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (apt-get install chromium) to render the page")
    G = race_graph(hostile=(IMG_MARKER, SCRIPT_MARKER))
    page = write_network_html(G, tmp_path / "graph.html", max_physics_nodes=0).read_text(encoding="utf-8")
    harness = tmp_path / "harness.html"
    # The page's policy runs only scripts it lists by hash: list the harness too.
    page = page.replace("script-src ", f"script-src {script_hash(HOVER)} ", 1)
    harness.write_text(page.replace("</body>", f"<script>{HOVER}</script>\n</body>"), encoding="utf-8")
    proc = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=5000", "--dump-dom", harness.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
    dom = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert re.search(r'<div id="network"[^>]*>.*<canvas', dom, re.S), "vis-network drew no canvas"
    assert 'data-hovered="yes"' in dom, "the hover harness did not run"
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert "data-hovered" in body and "data-pwned" not in body, body
    assert not re.search(r"<img[^>]*src=\"?x", dom)
    tip = re.search(r'<div class="vis-tooltip"[^>]*>(.*?)</div>\s*</div>', dom, re.S)
    assert tip, "no tooltip shown"
    assert 'class="aigraph-tip"' in tip.group(1)
    assert "&lt;img src=x onerror=" in tip.group(1)  # shown as text, not parsed
