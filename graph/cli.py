"""The ``aigraph`` command line.

Every command takes ``--data-dir`` (embedded store, default ``$AIGRAPH_DATA`` or
``./.aigraph``) and ``--neo4j URI`` (or ``NEO4J_URI``) to choose the store. Errors are one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from pathlib import Path

# One BLAS thread, set before NumPy loads: the eigenvector scores of the report then have the
# same digits on every machine (they varied with the core count), and the small eigen-solves
# of the report no longer stall when the cores are busy (0.07 s became 3 s under load).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import click

from graph.store import StoreError, open_store

FORMATS = ("table", "csv", "json")


class CliError(click.ClickException):
    """An error shown as one line: ``aigraph: error: ...``."""

    def format_message(self) -> str:
        return self.message


def _friendly_errors(func):
    """Turn the project's own exceptions into one-line errors with exit status 1."""
    from loaders.document import DocumentError

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        # A GazetteerError is a ValueError: naming it would import the gazetteer in every command.
        except (StoreError, DocumentError, ValueError, OSError) as exc:
            raise CliError(str(exc)) from exc
    return wrapper


def store_options(func):
    """``--data-dir`` and ``--neo4j`` on a command; passes ``open_store_`` to it."""
    @click.option("--data-dir", envvar="AIGRAPH_DATA", type=click.Path(file_okay=False),
                  help="Directory of the embedded store [default: ./.aigraph, or $AIGRAPH_DATA].")
    @click.option("--neo4j", "neo4j_uri", metavar="URI", help="Use the Neo4j server at this Bolt URI "
                  "(credentials from NEO4J_USERNAME/NEO4J_PASSWORD, database from NEO4J_DATABASE).")
    @functools.wraps(func)
    def wrapper(*args, data_dir=None, neo4j_uri=None, **kwargs):
        return func(*args, open_store_=lambda: open_store(data_dir, neo4j_uri), **kwargs)
    return wrapper


def cache_option(func):
    """``--no-cache`` on a command that extracts; passes ``cache`` (None with the option)."""
    @click.option("--no-cache", is_flag=True,
                  help="Extract every document again instead of reusing the results kept from earlier "
                       "builds (kept in ~/.cache/aigraph/extractions, under $XDG_CACHE_HOME if set, or in "
                       "$AIGRAPH_EXTRACTION_CACHE; "
                       "emptied by `aigraph cache clear`).")
    @functools.wraps(func)
    def wrapper(*args, no_cache=False, **kwargs):
        from loaders.extraction_cache import ExtractionCache

        return func(*args, cache=None if no_cache else ExtractionCache(), **kwargs)
    return wrapper


def _say(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="aigraph")
def main() -> None:
    """aigraph: a graph of the actors of the AI race and the money between them."""


@main.command()
@click.argument("corpus", type=click.Path())
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Where to write report.md, the CSVs, graph.html and graph.json.")
@click.option("--fresh", is_flag=True, help="Empty the store before loading.")
@cache_option
@store_options
@_friendly_errors
def build(corpus, out_dir, fresh, cache, open_store_):
    """Load CORPUS, analyse the graph, write the report and the HTML view.

    A document unchanged since an earlier build (same bytes, manifest row and extractor
    version) is not extracted again: its result comes from the extraction cache, giving
    exactly the facts extraction would.
    """
    from graph.build import build as run_build
    from graph.build import warm_extractor

    start = time.perf_counter()
    warming = warm_extractor(corpus, cache)
    with open_store_() as store:
        if fresh:
            store.clear()
        warming.join()
        summary = run_build(store, corpus, out_dir, progress=_say, cache=cache)
        _print_load(summary.load)
        _print_counts(summary.counts)
        for _name, path in sorted(summary.outputs.items()):
            click.echo(f"wrote {path}")
        click.echo(f"store: {store.description}")
    click.echo(f"done in {time.perf_counter() - start:.2f}s")


@main.command()
@click.argument("corpus", type=click.Path())
@click.option("--fresh", is_flag=True, help="Empty the store before loading.")
@cache_option
@store_options
@_friendly_errors
def load(corpus, fresh, cache, open_store_):
    """Load the documents of CORPUS (a folder or one file) into the store."""
    from graph.build import load_into, warm_extractor

    warming = warm_extractor(corpus, cache)
    with open_store_() as store:
        if fresh:
            store.clear()
        warming.join()
        summary = load_into(store, corpus, progress=_say, cache=cache)
        _print_load(summary)
        _print_counts(store.counts())


def _print_load(summary) -> None:
    for r in summary.reports:
        click.echo(f"{r.status:>9}  {Path(r.path).name}  ({r.actors} actors, {r.relationships} facts)")
    for w in summary.warnings:
        _say(f"warning: {w}")
    # The rate counts only what was extracted: documents from the cache or the store take no reading.
    rate = f"{summary.chars / summary.seconds / 1e6:.2f} M chars/s extracted" if summary.chars and summary.seconds \
        else "nothing extracted"
    click.echo(f"loaded {len(summary.reports)} documents ({summary.cached} from the extraction cache), "
               f"{summary.sentences} sentences in {summary.seconds:.2f}s ({rate})")


def _print_counts(counts: dict[str, dict[str, int]]) -> None:
    click.echo(f"documents: {sum(counts['documents'].values())}")
    for group in ("actors", "relationships"):
        items = counts[group]
        detail = ", ".join(f"{k} {v}" for k, v in items.items())
        click.echo(f"{group}: {sum(items.values())} ({detail})")


@main.group()
def cache():
    """The extraction cache: results kept between builds."""


@cache.command(name="clear")
@_friendly_errors
def cache_clear():
    """Remove every kept extraction result (the next build extracts every document)."""
    from loaders.extraction_cache import ExtractionCache

    kept = ExtractionCache()
    click.echo(f"removed {kept.clear()} results from {kept.root}")


@main.command()
@store_options
@_friendly_errors
def stats(open_store_):
    """Counts of documents, actors by type and relationships by type."""
    with open_store_() as store:
        _print_counts(store.counts())
        for doc_id, path, title in store.documents().rows:
            click.echo(f"  {doc_id}  {path}  {title or ''}")


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise CliError(f"--param takes key=value, got {pair!r}")
        params[key.strip()] = value
    return params


def _echo_result(result, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(result.records(), ensure_ascii=False, indent=2, default=str))
        return
    frame = result.to_dataframe()
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif frame.empty:
        click.echo("(no rows)")
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", 500, "display.max_columns", 50,
                               "display.width", 200, "display.max_colwidth", 80):
            click.echo(frame.to_string(index=False))


@main.command()
@click.argument("query", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@store_options
@_friendly_errors
def query(query, params, fmt, write, list_, open_store_):
    """Run a named query (see --list) or a Cypher QUERY; read-only unless --write."""
    import queries as named

    if list_:
        for q in named.list_queries():
            click.echo(f"{q.name:<26} {q.description}\n{'':<26} params: {q.signature()}")
        return
    if not query:
        raise CliError("give a Cypher query or a query name (aigraph query --list shows the names)")
    values = _parse_params(params)
    with open_store_() as store:
        if query in {q.name for q in named.list_queries()}:
            result = named.run_query(store, query, values)
        elif write:
            result = store.execute(query, values)
        else:
            result = store.query(query, values)
    _echo_result(result, fmt)


@main.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(("node-link", "graphml", "gexf", "neo4j-csv", "cypher")))
@click.argument("path", type=click.Path())
@store_options
@_friendly_errors
def export(fmt, path, open_store_):
    """Export the graph to PATH (a file; a directory for neo4j-csv)."""
    from graph.export import export_graph

    with open_store_() as store:
        message = export_graph(store, fmt, path)
    click.echo(message or f"wrote {path}")


@main.command()
@click.option("--top", default=15, show_default=True, help="How many actors to show.")
@click.option("--by", "by", default="pagerank", show_default=True,
              type=click.Choice(("pagerank", "betweenness", "degree", "in_strength", "out_strength",
                                 "eigenvector", "hubs", "authorities")))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_options
@_friendly_errors
def centrality(top, by, fmt, open_store_):
    """Actors ranked by a centrality measure."""
    from graph.analysis import centrality_table
    from graph.store.base import QueryResult

    with open_store_() as store:
        table = centrality_table(store.to_networkx())
    if table.empty:
        raise CliError("the graph is empty: load documents first (aigraph load DIR)")
    table = table.sort_values([by, "name"], ascending=[False, True]).head(top)
    _echo_result(QueryResult(list(table.columns), table.values.tolist()), fmt)


@main.command()
@click.option("--method", type=click.Choice(("louvain", "greedy")), default="louvain", show_default=True)
@click.option("--seed", default=42, show_default=True)
@store_options
@_friendly_errors
def communities(method, seed, open_store_):
    """Communities of actors (Louvain by default) and the modularity."""
    from graph.analysis import detect_communities

    with open_store_() as store:
        g = store.to_networkx()
    found = detect_communities(g, method=method, seed=seed)
    click.echo(f"{len(found.communities)} communities, modularity {found.modularity:.3f} ({found.method})")
    for i, members in enumerate(found.communities, start=1):
        names = sorted(g.nodes[n].get("name", n) for n in members)
        click.echo(f"{i:>3}. ({len(names)}) " + ", ".join(names[:25]) + (" ..." if len(names) > 25 else ""))


@main.command()
@click.option("--out", "out_file", default="out/graph.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--size-by", default="pagerank", show_default=True)
@click.option("--top-n", type=int, default=None, help="Keep only the N most central actors.")
@store_options
@_friendly_errors
def viz(out_file, size_by, top_n, open_store_):
    """Write the interactive network view (pyvis HTML, works offline)."""
    from graph.viz import write_network_html

    with open_store_() as store:
        g = store.to_networkx()
    Path(out_file).parent.mkdir(parents=True, exist_ok=True)
    click.echo(f"wrote {write_network_html(g, out_file, size_by=size_by, top_n=top_n)}")


@main.command()
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False))
@store_options
@_friendly_errors
def report(out_dir, open_store_):
    """Write report.md, the CSVs, report.html, graph.html and graph.json."""
    from graph.build import write_outputs

    with open_store_() as store:
        outputs = write_outputs(store, out_dir)
    for _name, path in sorted(outputs.items()):
        click.echo(f"wrote {path}")


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", type=click.Path(exists=True), default=None,
              help="Extract these documents into a temporary store and score them "
                   "(default: score the graph already in the store).")
@click.option("--judged", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Hand verdicts (JSONL) on edges the gold lacks: adds the precision counting those "
                   "judged true, and lists the edges judged wrong and the unjudged ones.")
@click.option("--lists/--no-lists", default=True, show_default=True, help="Show missed and unmatched facts.")
@store_options
@_friendly_errors
def evaluate_cmd(gold, docs, judged, lists, open_store_):
    """Score extraction against gold facts (JSONL): recall, precision, amounts."""
    import tempfile

    from graph.build import load_into, warm_extractor
    from graph.store.falkor import FalkorStore
    from loaders.evaluation import read_gold, read_verdicts, score_graph
    from loaders.gazetteer import default_gazetteer

    facts = read_gold(gold)
    verdicts = read_verdicts(judged) if judged else None
    warming = warm_extractor() if docs else None
    with tempfile.TemporaryDirectory(prefix="aigraph-eval-") as tmp:
        with (FalkorStore(tmp) if docs else open_store_()) as store:
            if warming is not None:
                warming.join()
                load_into(store, docs, progress=_say)
            names = {doc_id: Path(path).name for doc_id, path, _ in store.documents().rows}
            graph = store.to_networkx()
    click.echo(score_graph(facts, graph, names, default_gazetteer(), verdicts).format(show_lists=lists))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
