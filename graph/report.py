"""The written report: graph statistics, top actors, investors, communities and flows.

The report is built once as a list of blocks (headings, paragraphs, lists, tables of plain
strings) and then written twice, as Markdown and as HTML, so the two always say the same
thing and every string from the graph is escaped by the writer of each format.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pandas as pd

from graph.analysis import (
    MONEY_TYPES,
    Communities,
    attributed_amounts,
    centrality_table,
    detect_communities,
    top_investors,
    vc_flow_matrix,
    weighted_projection,
)
from graph.model import ALL_ORIGINS
from graph.viz import format_usd, layout_in_background, write_network_html

#: Members listed per community in the report (the CSV has them all).
MEMBERS_SHOWN = 12


@dataclass
class Block:
    """One piece of the report: ``kind`` is "h1", "h2", "p", "ul" or "table"."""

    kind: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def _name(G: nx.MultiDiGraph, node) -> str:
    return str(G.nodes[node].get("name") or node)


def _ranked(df: pd.DataFrame, column: str, top: int) -> pd.DataFrame:
    ranked = df.sort_values([column, "id"], ascending=[False, True], kind="mergesort")
    return ranked[ranked[column] > 0].head(top)


def _count(value) -> str:
    return str(int(value))


def _score(value) -> str:
    return f"{value:.4f}"


def _actor_table(df: pd.DataFrame, column: str, label: str, top: int, fmt: Callable) -> Block:
    rows = []
    for i, row in enumerate(_ranked(df, column, top).itertuples(index=False), start=1):
        rows.append([str(i), str(row.name), str(row.type or ""), str(row.country or ""),
                     fmt(getattr(row, column))])
    return Block("table", header=["#", "actor", "type", "country", label], rows=rows)


def _statistics(G: nx.MultiDiGraph) -> list[Block]:
    D = weighted_projection(G, directed=True)
    comps = sorted((len(c) for c in nx.weakly_connected_components(G)), reverse=True) if len(G) else []
    node_types = Counter(str(d.get("type") or "unknown") for _, d in G.nodes(data=True))
    edge_types = Counter(str(t or "unknown") for _, _, t in G.edges(data="type"))
    # Flows are left out: each is reported by both countries' tables; _flow_blocks sums them.
    deal_types = set(MONEY_TYPES) - {"VC_FLOW"}
    deals = [x for edge, x in attributed_amounts(G).items() if x > 0 and G.edges[edge].get("type") in deal_types]
    return [
        Block("h2", "Graph"),
        Block("ul", items=[
            f"Actors: {G.number_of_nodes()}; facts: {G.number_of_edges()} "
            f"({D.number_of_edges()} linked actor pairs)",
            f"Density (directed, pairs): {nx.density(D):.4f}" if len(D) > 1 else "Density: n/a",
            f"Weakly connected components: {len(comps)}; largest: {comps[0] if comps else 0} actors; "
            f"isolated actors: {sum(1 for c in comps if c == 1)}",
            f"Investments, funding and acquisitions with a disclosed amount: {len(deals)}, "
            f"totalling {format_usd(sum(deals))} (a total shared by several facts counted once)",
        ]),
        Block("table", header=["actor type", "count"],
              rows=[[t, str(n)] for t, n in sorted(node_types.items(), key=lambda x: (-x[1], x[0]))]),
        Block("table", header=["fact type", "count"],
              rows=[[t, str(n)] for t, n in sorted(edge_types.items(), key=lambda x: (-x[1], x[0]))]),
    ]


def _investor_blocks(inv: pd.DataFrame, top: int) -> list[Block]:
    blocks = []
    for by, heading in (("amount", "Top investors by disclosed amount"), ("deals", "Top investors by deals")):
        keys = ["amount_usd", "deals"] if by == "amount" else ["deals", "amount_usd"]
        ranked = inv.sort_values([*keys, "name", "id"], ascending=[False, False, True, True],
                                 kind="mergesort").head(top)
        rows = [[str(i), str(r.name), str(r.type or ""), str(r.country or ""), format_usd(r.amount_usd),
                 str(r.deals), str(r.disclosed), str(r.investees)]
                for i, r in enumerate(ranked.itertuples(index=False), start=1)]
        blocks += [Block("h2", heading),
                   Block("table", header=["#", "investor", "type", "country", "disclosed amount",
                                          "deals", "with amount", "investees"], rows=rows)
                   if rows else Block("p", "No INVESTED_IN or FUNDS facts.")]
    return blocks


def _community_blocks(G: nx.MultiDiGraph, comms: Communities, pagerank: dict) -> list[Block]:
    blocks = [Block("h2", "Communities"),
              Block("p", f"{len(comms)} communities by {comms.method} (resolution {comms.resolution:g}); "
                         f"modularity {comms.modularity:.3f}." if comms.modularity == comms.modularity
                    else f"{len(comms)} communities by {comms.method}; modularity n/a (no ties).")]
    items = []
    for i, members in enumerate(comms.communities, start=1):
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda n: (-pagerank.get(n, 0.0), str(n)))
        names = ", ".join(_name(G, n) for n in ordered[:MEMBERS_SHOWN])
        more = f" and {len(members) - MEMBERS_SHOWN} more" if len(members) > MEMBERS_SHOWN else ""
        items.append(f"Community {i} ({len(members)} actors): {names}{more}")
    singletons = sum(1 for c in comms.communities if len(c) == 1)
    if singletons:
        items.append(f"{singletons} actors without ties form communities of one")
    blocks.append(Block("ul", items=items))
    return blocks


def _flow_blocks(G: nx.MultiDiGraph, top: int) -> list[Block]:
    # A country's total inflow ("World" -> country) is not a flow between two countries.
    totals = {_name(G, n) for n, p in G.nodes(data="placeholder") if p == ALL_ORIGINS}
    matrix = vc_flow_matrix(G)
    flows = [(s, t, float(x)) for s, row in matrix.iterrows() for t, x in row.items()
             if s != t and x > 0 and s not in totals]
    if not flows:
        return []
    flows.sort(key=lambda f: (-f[2], f[0], f[1]))
    return [Block("h2", "Largest cross-border VC flows"),
            Block("table", header=["#", "from", "to", "amount"],
                  rows=[[str(i), s, t, format_usd(x)] for i, (s, t, x) in enumerate(flows[:top], start=1)])]


def report_blocks(G: nx.MultiDiGraph, table: pd.DataFrame, inv: pd.DataFrame, comms: Communities,
                  top: int = 15, title: str = "aigraph report") -> list[Block]:
    """The report as blocks, from measures already computed (see :func:`write_report`)."""
    blocks = [Block("h1", title), *_statistics(G)]
    # Placeholders ("World", "Unnamed investors") keep their facts in the graph and the CSVs
    # but are not actors to rank; countries are ranked by their flows, in a section of their
    # own: their many table cells of country-level VC flows would fill every actor ranking.
    unranked = table["id"].map(lambda n: bool(G.nodes[n].get("placeholder")) or G.nodes[n].get("type") == "Country")
    actors = table[~unranked.astype(bool)]
    b = table.attrs.get("betweenness")
    b_note = ("exact" if b == "exact" else f"sampled from k={table.attrs.get('betweenness_k')} sources, "
              f"seed {table.attrs.get('seed')}")
    blocks.append(Block("p", "Actor rankings leave out countries (see the cross-border flows below) and "
                             "placeholders; the centrality CSV has every actor."))
    for column, heading, label, fmt in (
        ("degree", "Top actors by degree", "facts", _count),
        ("in_strength", "Top actors by money received (weighted in-strength)", "received", format_usd),
        ("out_strength", "Top actors by money given (weighted out-strength)", "given", format_usd),
        ("pagerank", "Top actors by PageRank", "PageRank", _score),
        ("betweenness", f"Top actors by betweenness ({b_note})", "betweenness", _score),
    ):
        blocks += [Block("h2", heading), _actor_table(actors, column, label, top, fmt)]
    blocks += _investor_blocks(inv, top)
    blocks += _community_blocks(G, comms, dict(zip(table["id"], table["pagerank"], strict=True)))
    blocks += _flow_blocks(G, top)
    return blocks


_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|])")


def _md(text: str) -> str:
    # Backslash-escaped punctuation is literal in CommonMark: a name can neither open an HTML
    # tag or a link nor break a table row. Underscores stay: intraword ones are literal.
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    return "\\" + text if text[:1] in ("#", "-", "+", "=") else text


def render_markdown(blocks: list[Block]) -> str:
    """Blocks as Markdown, every text escaped."""
    out: list[str] = []
    for b in blocks:
        if b.kind in ("h1", "h2"):
            out += ["#" * int(b.kind[1]) + " " + _md(b.text), ""]
        elif b.kind == "p":
            out += [_md(b.text), ""]
        elif b.kind == "ul":
            out += [f"- {_md(item)}" for item in b.items] + [""]
        elif b.kind == "table":
            if not b.rows:
                out += ["(none)", ""]
                continue
            out.append("| " + " | ".join(_md(h) for h in b.header) + " |")
            out.append("|" + "|".join("---" for _ in b.header) + "|")
            out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in b.rows]
            out.append("")
    return "\n".join(out)


_HTML_STYLE = """
body { font-family: sans-serif; max-width: 70em; margin: 1em auto; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }
th { background: #f3f3f3; }
iframe { width: 100%; height: 900px; border: 1px solid #ccc; }
"""
_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; img-src data:; base-uri 'none'"


def render_html(blocks: list[Block], title: str, network_src: str | None = "graph.html") -> str:
    """Blocks as one HTML page, every text escaped, with the network view in an iframe."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{_HTML_CSP}">',
           f"<title>{e(title)}</title>", f"<style>{_HTML_STYLE}</style>", "</head>", "<body>"]
    for b in blocks:
        if b.kind in ("h1", "h2"):
            out.append(f"<{b.kind}>{e(b.text)}</{b.kind}>")
            if b.kind == "h1" and network_src:
                out.append(f'<iframe src="{e(network_src)}" title="network view"></iframe>')
        elif b.kind == "p":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(item)}</li>" for item in b.items) + "</ul>")
        elif b.kind == "table":
            if not b.rows:
                out.append("<p>(none)</p>")
                continue
            head = "".join(f"<th>{e(h)}</th>" for h in b.header)
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in b.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def communities_frame(G: nx.MultiDiGraph, comms: Communities) -> pd.DataFrame:
    """One row per actor: ``community`` (1-based, largest first), its ``size``, id, name, type, country."""
    rows = [{"community": i, "size": len(members), "id": n, "name": _name(G, n),
             "type": G.nodes[n].get("type"), "country": G.nodes[n].get("country") or ""}
            for i, members in enumerate(comms.communities, start=1)
            for n in sorted(members, key=str)]
    return pd.DataFrame(rows, columns=["community", "size", "id", "name", "type", "country"])


def write_report(G: nx.MultiDiGraph, out_dir: str | Path, top: int = 15, title: str = "aigraph report",
                 seed: int = 42, network_top_n: int = 500) -> dict[str, Path]:
    """Write the report on ``G`` into ``out_dir``.

    Files: ``report.md`` (statistics, top actors by degree, money strength, PageRank and
    betweenness, top investors, communities with modularity, largest cross-border VC
    flows), ``report.html`` (the same, with the network view in an iframe), ``graph.html``
    (that view, see :func:`graph.viz.write_network_html`), and ``centrality.csv``,
    ``communities.csv``, ``top_investors.csv``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The fact graph.
    out_dir : str or Path
        Folder to write into (created).
    top : int
        Rows per ranking.
    title : str
        Report title.
    seed : int
        Seed for sampled betweenness, Louvain and the layout: the same graph and seed give
        the same files.
    network_top_n : int
        The network view keeps at most this many actors (by PageRank).

    Returns
    -------
    dict of str to Path
        ``markdown``, ``html``, ``network``, ``centrality``, ``communities``, ``top_investors``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    whole = len(G) <= network_top_n
    layout = layout_in_background(G, seed) if whole else None  # meanwhile, the measures below
    table = centrality_table(G, seed=seed)
    inv = top_investors(G, n=None)
    comms = detect_communities(G, seed=seed)
    blocks = report_blocks(G, table, inv, comms, top=top, title=title)

    paths = {
        "markdown": out / "report.md", "html": out / "report.html", "network": out / "graph.html",
        "centrality": out / "centrality.csv", "communities": out / "communities.csv",
        "top_investors": out / "top_investors.csv",
    }
    paths["markdown"].write_text(render_markdown(blocks), encoding="utf-8")
    paths["html"].write_text(render_html(blocks, title, network_src=paths["network"].name), encoding="utf-8")
    write_network_html(G, paths["network"], top_n=None if whole else network_top_n,
                       title=f"{title}: network", seed=seed, centrality=table, layout=layout)
    table.to_csv(paths["centrality"], index=False)
    communities_frame(G, comms).to_csv(paths["communities"], index=False)
    inv.to_csv(paths["top_investors"], index=False)
    return paths
