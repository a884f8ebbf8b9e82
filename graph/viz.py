"""Interactive network view: one self-contained HTML page drawn by vis-network through pyvis.

pyvis builds the node, edge and option structures; the page itself is rendered here rather
than by pyvis's own template, because that template (pyvis 0.3.2):

- loads Bootstrap from cdn.jsdelivr.net even with ``cdn_resources="in_line"``, so the page
  is not offline;
- writes the heading unescaped, twice, once inside ``<head>``;
- switches to ``popup.innerHTML = title`` as soon as any node title contains "href",
  which would run HTML written in a document.

Text from documents is untrusted. It reaches the page only as JSON inside a script, with
``<``, ``>`` and ``&`` escaped so that no ``</script>`` can end it, and tooltips are turned
into DOM text nodes (``textContent``) before vis-network sees them. vis-network 9.1.2
already shows a string title with ``innerText``; building the element ourselves keeps
tooltips plain text with any vis version. Labels are drawn on a canvas, never as HTML.
A Content-Security-Policy forbids loading anything from anywhere and lets only the page's
own two scripts run (by hash), so not even an injected event handler would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pandas as pd
import pyvis
from pyvis.network import Network

from graph.analysis.amounts import money
from graph.analysis.centrality import centrality_table, weighted_projection

#: Node colour per actor type (Okabe-Ito based, so the types stay apart for colour-blind readers).
TYPE_COLORS: dict[str, str] = {
    "Startup": "#E69F00", "Company": "#0072B2", "Investor": "#009E73", "Government": "#D55E00",
    "Program": "#CC79A7", "University": "#56B4E9", "Person": "#F0E442", "Country": "#999999",
    "Model": "#7B61FF",
}
OTHER_COLOR = "#BBBBBB"
#: Edge colour per relationship type: greens for money in, reds for control, greys for places.
EDGE_COLORS: dict[str, str] = {
    "INVESTED_IN": "#2E7D32", "FUNDS": "#66BB6A", "ACQUIRED": "#C62828", "LAUNCHED": "#6A1B9A",
    "PARTICIPATES_IN": "#AB47BC", "PARTNERS_WITH": "#1565C0", "FOUNDED": "#F9A825",
    "SUBSIDIARY_OF": "#8D6E63", "DEVELOPS": "#00838F", "BASED_IN": "#B0BEC5",
    "REGULATES": "#D84315", "VC_FLOW": "#FF8F00",
}
MIN_NODE_SIZE, MAX_NODE_SIZE = 8.0, 48.0
#: Above this many nodes shown, the view's positions are precomputed and physics is off.
MAX_PHYSICS_NODES = 300
#: Evidence lines shown per edge tooltip, and characters per line.
MAX_EVIDENCE, MAX_EVIDENCE_CHARS = 5, 300

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
# Scripts run only if their SHA-256 is listed, so an event handler that slipped into the
# DOM (an onerror attribute) would still not run; nothing is loaded from anywhere.
_CSP = ("default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'")

# The page's own script: it turns the escaped JSON into a vis-network drawing.
_MAIN_JS = jinja2.Template("""
(function () {
  var nodes = {{ nodes | safe }};
  var edges = {{ edges | safe }};
  var options = {{ options | safe }};
  // Tooltips come from documents: show them as text nodes, never parse them as HTML.
  function plainText(text) {
    var div = document.createElement("div");
    div.className = "aigraph-tip";
    div.textContent = text;
    return div;
  }
  [nodes, edges].forEach(function (items) {
    items.forEach(function (item) {
      if (typeof item.title === "string") { item.title = plainText(item.title); }
    });
  });
  var container = document.getElementById("network");
  window.aigraphNetwork = new vis.Network(
    container, {nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges)}, options);
})();
""")

_PAGE = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string("""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<title>{{ title }}</title>
<style>{{ vis_css | safe }}</style>
<script>{{ vis_js | safe }}</script>
<style>
body { font-family: sans-serif; margin: 0.5em 1em; }
h1 { font-size: 1.3em; margin: 0.2em 0; }
.note { color: #555; font-size: 0.9em; margin: 0.2em 0; }
.legend { list-style: none; padding: 0; margin: 0.3em 0; font-size: 0.85em; }
.legend li { display: inline-block; margin-right: 1em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; margin-right: 0.3em;
          vertical-align: middle; }
.line { display: inline-block; width: 1.4em; height: 0.25em; margin-right: 0.3em; vertical-align: middle; }
#network { width: 100%; height: {{ height }}; border: 1px solid lightgray; }
.aigraph-tip { white-space: pre-wrap; max-width: 36em; font-size: 0.85em; }
</style>
</head>
<body>
<h1>{{ title }}</h1>
<p class="note">{{ note }}</p>
<ul class="legend" id="node-legend">
{%- for name, colour in node_legend %}
<li><span class="swatch" style="background: {{ colour }}"></span>{{ name }}</li>
{%- endfor %}
</ul>
<ul class="legend" id="edge-legend">
{%- for name, colour in edge_legend %}
<li><span class="line" style="background: {{ colour }}"></span>{{ name }}</li>
{%- endfor %}
</ul>
<div id="network"></div>
<script>{{ main_js | safe }}</script>
</body>
</html>
""")


def format_usd(value: Any) -> str:
    """A USD amount for people: ``1e10`` -> ``"$10.0B"``; ``"n/a"`` when missing."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return "n/a"
    if value is None or not math.isfinite(x):
        return "n/a"
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(x) >= scale:
            return f"${x / scale:.1f}{suffix}"
    return f"${x:,.0f}"


def script_hash(source: str) -> str:
    """The CSP source (``'sha256-...'``) that allows an inline script with this exact text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def _script_json(value: Any) -> str:
    # Outside strings JSON has no < > &, so escaping them everywhere only touches strings;
    # U+2028/2029 are line ends in older JavaScript.
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def node_tooltip(data: dict[str, Any], measure: str | None = None, value: float | None = None) -> str:
    """Plain-text tooltip of an actor: name, type, country, other names."""
    lines = [str(data.get("name") or data.get("id") or "")]
    kind = f" ({data['kind']})" if data.get("kind") else ""
    lines.append(f"type: {data.get('type') or 'unknown'}{kind}")
    if data.get("country"):
        lines.append(f"country: {data['country']}")
    other = [data.get("name_ko"), data.get("name_zh"), *(data.get("aliases") or [])]
    other = [str(o) for o in dict.fromkeys(o for o in other if o) if o != lines[0]]
    if other:
        lines.append("also: " + ", ".join(other[:6]))
    if data.get("discovered"):
        lines.append("discovered in text (not in the gazetteer)")
    if measure is not None and value is not None and math.isfinite(value):
        lines.append(f"{measure}: {value:.4g}")
    return "\n".join(lines)


def edge_tooltip(data: dict[str, Any], source_name: str = "", target_name: str = "") -> str:
    """Plain-text tooltip of a fact: type, ends, amount, date, role and evidence lines."""
    lines = [f"{data.get('type', '')}: {source_name} -> {target_name}".strip()]
    if money(data.get("amount_usd")):
        written = " ".join(str(data[k]) for k in ("amount", "unit", "currency") if data.get(k))
        extra = f" [{written}]" if written else ""
        qual = f" ({data['qualifier']})" if data.get("qualifier") else ""
        lines.append(f"amount: {format_usd(data['amount_usd'])}{qual}{extra}")
    for key in ("date", "round", "role", "share_pct"):
        if data.get(key) not in (None, ""):
            lines.append(f"{key}: {data[key]}")
    sources = data.get("sources") or []
    if sources:
        lines.append(f"sources: {len(sources)} document(s)")
    evidence = [str(e) for e in (data.get("evidence") or [])]
    if evidence:
        lines.append("evidence:")
        for line in evidence[:MAX_EVIDENCE]:
            cut = line if len(line) <= MAX_EVIDENCE_CHARS else line[:MAX_EVIDENCE_CHARS - 1] + "…"
            lines.append(f"  {cut}")
        if len(evidence) > MAX_EVIDENCE:
            lines.append(f"  … {len(evidence) - MAX_EVIDENCE} more")
    return "\n".join(lines)


def _layout(G: nx.MultiDiGraph, seed: int) -> dict[Any, tuple[float, float]]:
    U = weighted_projection(G, directed=False)
    try:
        pos = nx.spring_layout(U, weight="weight", seed=seed)
    except ImportError:
        # From 500 nodes spring_layout needs SciPy, which aigraph does not require.
        pos = nx.rescale_layout_dict(nx.forceatlas2_layout(U, seed=seed, strong_gravity=True), scale=1.0)
    scale = 60.0 * math.sqrt(max(len(U), 1))
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def _sizes(values: pd.Series) -> dict[Any, float]:
    finite = values.fillna(0.0).astype(float)
    lo, hi = float(finite.min()), float(finite.max())
    if hi - lo <= 0:
        return dict.fromkeys(values.index, (MIN_NODE_SIZE + MAX_NODE_SIZE) / 2)
    return {n: MIN_NODE_SIZE + (float(x) - lo) / (hi - lo) * (MAX_NODE_SIZE - MIN_NODE_SIZE)
            for n, x in finite.items()}


def layout_in_background(G: nx.MultiDiGraph, seed: int = 42) -> Future | None:
    """Start computing the positions of a view of the whole of ``G`` in a thread, or None
    when such a view needs none (live physics).

    The spring layout is about half a second of NumPy on a few hundred actors, and NumPy
    lets other threads run meanwhile: a report computes its centralities and communities
    at the same time. Pass the result to :func:`write_network_html` as ``layout``; ``G``
    must not change until it is done.
    """
    if len(G) <= MAX_PHYSICS_NODES:
        return None
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aigraph-layout")
    # The view lays out a subgraph of every node, which iterates nodes and edges as G does.
    future = pool.submit(_layout, G.subgraph(G.nodes), seed)
    pool.shutdown(wait=False)  # its thread ends with the layout
    return future


def write_network_html(G: nx.MultiDiGraph, path: str | Path, size_by: str = "pagerank",
                       top_n: int | None = None, max_physics_nodes: int = MAX_PHYSICS_NODES,
                       title: str = "aigraph network", seed: int = 42, height: str = "780px",
                       centrality: pd.DataFrame | None = None, layout: Future | None = None) -> Path:
    """Write the graph as one offline HTML page with an interactive vis-network view.

    Nodes are coloured by actor type (:data:`TYPE_COLORS`, legend on the page) and sized by
    a centrality; edges are coloured and labelled by relationship type, and their width
    grows with ``log10(1 + amount_usd / 1e6)``. Tooltips show name, type and country for
    actors, and type, amount, date and evidence lines for facts, as plain text.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    path : str or Path
        The HTML file to write (its folder is created).
    size_by : str
        A column of :func:`~graph.analysis.centrality.centrality_table` (``pagerank``,
        ``degree``, ``betweenness``, ``in_strength`` ...).
    top_n : int or None
        Keep only the ``top_n`` actors by ``size_by`` (ties by id) and the facts among them.
    max_physics_nodes : int
        Above this many nodes shown, positions come from a seeded
        :func:`networkx.spring_layout` (ForceAtlas2 from 500 nodes when SciPy is not
        installed) and physics is off, so the page opens at once.
    title : str
        Page title and heading.
    seed : int
        Seed of the precomputed layout.
    height : str
        CSS height of the drawing area.
    centrality : pandas.DataFrame or None
        A centrality table already computed for ``G``, to avoid computing it again.
    layout : Future or None
        Positions of the whole of ``G`` from :func:`layout_in_background` with the same
        seed; used when the view shows every actor with physics off.

    Returns
    -------
    pathlib.Path
        The file written.
    """
    table = centrality if centrality is not None else centrality_table(G, seed=seed)
    if size_by not in table.columns or size_by in ("id", "name", "type", "country"):
        raise ValueError(f"size_by must be a numeric column of centrality_table, not {size_by!r}")
    measure = table.set_index("id")[size_by].astype(float)
    keep = sorted(G.nodes, key=lambda n: (-_finite(measure.get(n)), str(n)))
    if top_n is not None:
        keep = keep[:max(int(top_n), 0)]
    H = G.subgraph(keep)
    nodes = sorted(H.nodes, key=str)
    sizes = _sizes(measure.reindex(nodes))
    physics = len(nodes) <= max_physics_nodes
    positions = {} if physics else layout.result() if layout is not None and len(nodes) == len(G) else _layout(H, seed)

    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line")
    for n in nodes:
        data = {"id": n, **H.nodes[n]}
        label = str(data.get("name") or n)
        extra = {"x": positions[n][0], "y": positions[n][1]} if positions else {}
        net.add_node(str(n), label=label if len(label) <= 40 else label[:39] + "…",
                     color=TYPE_COLORS.get(data.get("type"), OTHER_COLOR), size=sizes[n],
                     title=node_tooltip(data, size_by, _finite(measure.get(n))), **extra)
    names = {n: str(H.nodes[n].get("name") or n) for n in nodes}
    for u, v, _key, data in sorted(H.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        kind = str(data.get("type", ""))
        amount = money(data.get("amount_usd"))
        net.add_edge(str(u), str(v), label=kind, title=edge_tooltip(data, names[u], names[v]),
                     color=EDGE_COLORS.get(kind, OTHER_COLOR),
                     width=1.0 + math.log10(1.0 + amount / 1e6))
    # pyvis's set_options strips every space from the JSON; none of these values has one.
    net.set_options(json.dumps(_options(physics, seed)))
    node_data, edge_data, _, _, _, options = net.get_network_data()

    shown = f"{len(nodes)} of {G.number_of_nodes()} actors" if len(nodes) < len(G) else f"{len(nodes)} actors"
    note = (f"{shown}, {H.number_of_edges()} facts; node size: {size_by}; "
            f"edge width: log of the disclosed USD amount; "
            + ("layout: live physics." if physics else "layout: precomputed (physics off)."))
    types_present = {H.nodes[n].get("type") for n in nodes}
    kinds_present = {d.get("type") for _, _, d in H.edges(data=True)}
    vis_js = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    main_js = _MAIN_JS.render(
        nodes=_script_json(node_data), edges=_script_json(edge_data),
        options=_script_json(json.loads(options) if isinstance(options, str) else options))
    html = _PAGE.render(
        csp=_CSP.format(hashes=" ".join(script_hash(js) for js in (vis_js, main_js))),
        title=title, note=note, height=height,
        vis_css=(_VIS_DIR / "vis-network.css").read_text(encoding="utf-8"), vis_js=vis_js, main_js=main_js,
        node_legend=[(t, c) for t, c in TYPE_COLORS.items() if t in types_present]
        + ([("other", OTHER_COLOR)] if types_present - set(TYPE_COLORS) else []),
        edge_legend=[(t, c) for t, c in EDGE_COLORS.items() if t in kinds_present],
    )
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out


def _finite(value: Any) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return 0.0
    return x if math.isfinite(x) else 0.0


def _options(physics: bool, seed: int) -> dict[str, Any]:
    options: dict[str, Any] = {
        # vis-network seeds its initial positions from Math.random unless told otherwise.
        "layout": {"randomSeed": seed, "improvedLayout": physics},
        "nodes": {"shape": "dot", "font": {"size": 14}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 9, "align": "middle"}, "smooth": {"type": "continuous"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    }
    if physics:
        options["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                              "stabilization": {"enabled": True, "iterations": 300}}
    else:
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = False
    return options
