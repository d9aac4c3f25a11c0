"""The ``kg`` command: one click command per verb.

Every command that reads the graph takes ``-g/--graph`` (default
``exports/graph.trig``) and ``--store``; every command that prints rows takes
``--format table|csv|tsv|json``. Bad input ends with one line on stderr naming
the file and the problem, and a non-zero exit.
"""

from __future__ import annotations

import json
import shutil
import signal
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any, Callable, Sequence

import click

from kg.errors import KGError
from kg.output import FORMATS, render

DEFAULT_GRAPH = "exports/graph.trig"

graph_option = click.option("-g", "--graph", default=DEFAULT_GRAPH, show_default=True,
                             type=click.Path(dir_okay=False), help="Built graph (TriG).")
store_option = click.option("--store", default=None,
                            help="memory (default), oxigraph:PATH or sparql:URL.")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
skip_failing_option = click.option(
    "--skip-failing", is_flag=True,
    help="Leave out an article that cannot be read or whose extraction fails (warned of on stderr) "
         "instead of stopping.")


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """Knowledge graph of university–locality–enterprise links from 科技镇长团 news."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True)
@skip_failing_option
def extract(paths: tuple[str, ...], fmt: str, jobs: int, skip_failing: bool) -> None:
    """Extract entities, relations and figures: one JSON object per article (the gold format)."""
    from kg.build import iter_extractions

    skipped = _Skipped(skip_failing)
    # Each result is spooled to a temporary file as it comes, and the file copied out at the end: the
    # output is all or nothing (a bad article stops the command before a line is written), and memory
    # stays flat however large the archive (10,000 articles' results are some 350 MB of JSON).
    with tempfile.TemporaryFile() as spool:
        n = 0
        for r in iter_extractions(paths, jobs=jobs, on_skip=skipped.on_skip):
            if fmt == "json":  # (what json.dumps(results, indent=2) writes, an item at a time)
                item = textwrap.indent(json.dumps(r, ensure_ascii=False, indent=2), "  ")
                spool.write(((",\n" if n else "[\n") + item).encode("utf-8"))
            else:
                spool.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
            n += 1
        if fmt == "json":
            spool.write(b"\n]\n" if n else b"[]\n")
        skipped.report()
        spool.seek(0)
        sys.stdout.flush()
        shutil.copyfileobj(spool, sys.stdout.buffer)
        sys.stdout.buffer.flush()


@cli.command("eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(dir_okay=False), help="Gold JSONL file.")
@click.argument("paths", nargs=-1, required=True)
@click.option("--verbose", is_flag=True, help="List misses and false facts per article.")
@format_option
def eval_(gold_path: str, paths: tuple[str, ...], verbose: bool, fmt: str) -> None:
    """Score extraction against gold annotations (P/R/F1, micro-averaged)."""
    from kg.build import extract_paths, read_jsonl
    from kg.evaluate import score

    gold = read_jsonl(Path(gold_path))
    predicted = extract_paths(paths)
    wanted = {p["doc"] for p in predicted}
    gold = [g for g in gold if g["doc"] in wanted]
    if not gold:
        raise KGError(f"{gold_path}: no gold record matches the given articles")
    rep = score(predicted, gold)
    rows = []
    for name, prf in (("entities (untyped)", rep.entities), ("entities (typed)", rep.entities_typed),
                      ("relations", rep.relations), ("figures", rep.figures)):
        rows.append([name, prf.tp, prf.pred, prf.gold, round(prf.precision, 3), round(prf.recall, 3), round(prf.f1, 3)])
    for prop in sorted(rep.per_property):
        prf = rep.per_property[prop]
        rows.append([f"  {prop}", prf.tp, prf.pred, prf.gold, round(prf.precision, 3), round(prf.recall, 3),
                     round(prf.f1, 3)])
    if verbose:
        for d in rep.docs:
            click.echo(f"== {d.doc}")
            for m in d.missed:
                click.echo(f"  missed  {m}")
            for f in d.false:
                click.echo(f"  false   {f}")
    click.echo(render(["score", "tp", "pred", "gold", "P", "R", "F1"], rows, fmt))


class _Skipped:
    """With --skip-failing, the articles left out: each warned of as it is met (one line,
    ``<path>: <problem>``), and counted at the end. Without it, there is no ``on_skip`` and the
    first bad article stops the command."""

    def __init__(self, enabled: bool, write: Callable[[str], None] | None = None) -> None:
        self.on_skip = self._skip if enabled else None
        self.paths: dict[str, None] = {}  # (in the order met)
        self._write = write or (lambda line: click.echo(line, err=True))

    def _skip(self, exc: KGError) -> None:
        path = getattr(exc, "path", "")
        if path not in self.paths:  # (a splice that declined, then the full build, meet it twice)
            self.paths[path] = None
            self._write(f"skipped {exc}")

    def report(self) -> None:
        if self.paths:
            n = len(self.paths)
            click.echo(f"skipped {n} article{'s' if n != 1 else ''} that could not be read or extracted "
                       "(listed above)", err=True)


def _full_build(paths: Sequence[Any], saved: list[dict[str, Any]], out: Path, cache_dir: Path | None, jobs: int,
                progress: Any, on_skip: Any = None) -> Any:
    """Extract every article (or read it from the cache) and write the exports; with the cache on,
    save the state an incremental rebuild starts from. Returns the build's summary."""
    from kg.build import Summary, iter_rendered, write_exports
    from kg.splice import forget_state, save_state

    counts = Summary()
    keys: dict[str, str] = {}
    made = iter_rendered(paths, jobs=jobs, cache_dir=cache_dir, progress=progress, prune=True,
                         cache_keys=keys, on_skip=on_skip) if paths else iter(())
    if saved:  # saved results join the articles' in name order (held in memory: they are already)
        made = iter(sorted([*((ex, None) for ex in saved), *made], key=lambda pair: pair[0]["doc"]))
    on_written = None
    if cache_dir is not None:
        forget_state(cache_dir)
        if not saved:
            def on_written(writer: Any) -> None:
                save_state(cache_dir, out, writer, counts, keys)
    write_exports(((counts.add(ex), graph) for ex, graph in made), out, on_written=on_written)
    return counts


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("-o", "--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False))
@click.option("--no-html", is_flag=True, help="Skip the HTML page.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Extraction processes.")
@click.option("--from-jsonl", "from_jsonl", multiple=True, type=click.Path(dir_okay=False),
              help="Build from `kg extract` output instead of articles (repeatable).")
@click.option("--no-cache", is_flag=True, help="Ignore and do not write the extraction cache.")
@click.option("--store", default=None, help="Also load the graph into oxigraph:PATH or sparql:URL.")
@skip_failing_option
def build(paths: tuple[str, ...], out_dir: str, no_html: bool, jobs: int, from_jsonl: tuple[str, ...],
          no_cache: bool, store: str | None, skip_failing: bool) -> None:
    """Build the graph: exports/graph.ttl, graph.trig and graph.html, and print a summary.

    Articles are extracted (in --jobs processes) and written into the graph as
    they arrive, so the build holds the graph's index, never the corpus.
    """
    from tqdm import tqdm

    from kg.build import read_jsonl
    from kg.ingest import collect_paths

    if not paths and not from_jsonl:
        raise click.UsageError("give article paths or --from-jsonl FILE")
    out = Path(out_dir)
    if not no_html:
        from kg.viz import write_network_html  # noqa: F401  (imported before writing anything)
    saved: list[dict[str, Any]] = []
    for f in from_jsonl:
        saved += read_jsonl(Path(f))
    cache_dir = None if no_cache else out / ".cache"
    files = collect_paths(paths) if paths else ()
    with tqdm(total=len(files), desc="extract", unit="article", disable=None,
              file=sys.stderr) as bar:
        counts = None
        skipped = _Skipped(skip_failing, lambda line: bar.write(line, file=sys.stderr))
        if paths and cache_dir is not None and not saved:
            from kg.splice import splice_build

            counts = splice_build(files, out, cache_dir, jobs=jobs, progress=bar.update, on_skip=skipped.on_skip)
        if counts is None:
            counts = _full_build(files, saved, out, cache_dir, jobs, bar.update, skipped.on_skip)
    html = None
    if not no_html:
        from kg.nxview import node_edge_lists
        from kg.viz import write_network_html

        nodes, edges = node_edge_lists(out / "graph.trig")
        html = out / "graph.html"
        write_network_html(nodes, edges, html)
    if store:
        from kg.store import open_store

        open_store(out / "graph.trig", store)
    ents, facts = counts.entities, counts.facts
    click.echo(f"{counts.articles} articles → {out / 'graph.trig'}, {out / 'graph.ttl'}"
               + (f", {html}" if html else ""))
    click.echo(render(["class", "entities"], sorted(ents.items(), key=lambda kv: (-kv[1], kv[0]))))
    click.echo("")
    click.echo(render(["property", "facts"], sorted(facts.items(), key=lambda kv: (-kv[1], kv[0]))))
    skipped.report()


@cli.command()
@click.argument("query", required=False)
@click.option("--list", "list_", is_flag=True, help="List the saved queries.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind ?KEY to VALUE (an RDF term).")
@graph_option
@store_option
@format_option
def query(query: str | None, list_: bool, params: tuple[str, ...], graph: str, store: str | None, fmt: str) -> None:
    """Run SPARQL: a saved query's NAME, a .rq file, or query text."""
    from kg.queries import list_queries, load_query
    from kg.store import open_store

    if list_:
        rows = [[q.name, q.description] for q in list_queries()]
        click.echo(render(["name", "answers"], rows, fmt))
        return
    if not query:
        raise click.UsageError("give a query NAME, a .rq file or SPARQL text (or --list)")
    bound = {}
    for p in params:
        if "=" not in p:
            raise click.UsageError(f"--param {p}: expected KEY=VALUE")
        k, v = p.split("=", 1)
        bound[k.strip().lstrip("?")] = v
    text = load_query(query)
    res = open_store(graph, store, load_remote=False).select(text, bound)
    click.echo(render(res.variables, res.rows, fmt))


@cli.command()
@graph_option
@store_option
@click.option("-o", "--out", "out_path", default="exports/graph.html", show_default=True,
              type=click.Path(dir_okay=False))
@click.option("--focus", default=None, help="Show only this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(1, 10), default=1, show_default=True)
def viz(graph: str, store: str | None, out_path: str, focus: str | None, depth: int) -> None:
    """Write the interactive HTML network (self-contained, works offline)."""
    from kg.nxview import node_edge_lists
    from kg.viz import neighbourhood, write_network_html

    nodes, edges = node_edge_lists(graph, store)
    if focus:
        nodes, edges = neighbourhood(nodes, edges, focus, depth)
    write_network_html(nodes, edges, Path(out_path))
    click.echo(f"{out_path}: {len(nodes)} nodes, {len(edges)} edges")


@cli.command()
@click.argument("enterprise")
@click.option("--top", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--field", "fields", multiple=True, help="The enterprise's field (repeatable).")
@click.option("--in", "locality", default=None, help="The enterprise's locality.")
@graph_option
@store_option
@format_option
def recommend(enterprise: str, top: int, fields: tuple[str, ...], locality: str | None, graph: str,
              store: str | None, fmt: str) -> None:
    """Which universities should ENTERPRISE partner with, and why."""
    from kg.nxview import load_networkx
    from kg.recommend import recommend_partners

    G = load_networkx(graph, store)
    rec = recommend_partners(G, enterprise, top=top, fields=fields, locality=locality)
    if fmt == "json":
        click.echo(json.dumps(rec.to_dict(), ensure_ascii=False, indent=2))
        return
    rows = [[i, c.label, c.cls, round(c.score, 3), "; ".join(c.reasons)] for i, c in enumerate(rec.candidates, 1)]
    if fmt == "table":
        click.echo(f"{rec.enterprise}: fields {', '.join(rec.fields) or '-'}; "
                   f"localities {', '.join(rec.localities) or '-'}")
        if rec.existing:
            click.echo("existing partners: " + ", ".join(c.label for c in rec.existing))
    click.echo(render(["rank", "candidate", "class", "score", "reasons"], rows, fmt))


@cli.command()
@graph_option
@click.option("--shapes", default=None, type=click.Path(dir_okay=False), help="SHACL shapes (default: ontology/shapes.ttl).")
def validate(graph: str, shapes: str | None) -> None:
    """Check the built graph against the SHACL shapes; list violations readably."""
    from kg.validate import validate_graph

    report = validate_graph(Path(graph), Path(shapes) if shapes else None)
    if report.conforms:
        click.echo(f"{graph}: conforms ({report.triples} triples, {report.shapes} shapes)")
        return
    for v in report.violations:
        click.echo(f"{v.severity}: {v.focus} {v.path or ''}: {v.message}")
    click.echo(f"{graph}: {len(report.violations)} violations")
    sys.exit(1)


@cli.command()
@graph_option
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
def serve(graph: str, store: str | None, host: str, port: int) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql."""
    from kg.serve import serve as serve_forever
    from kg.store import OxStore, open_store

    st = open_store(graph, store, load_remote=False)
    if not isinstance(st, OxStore):
        raise KGError(f"--store {store}: already a SPARQL endpoint; serve memory or oxigraph:PATH")
    serve_forever(st.store, host, port, echo=click.echo)


@cli.command()
@graph_option
@store_option
@click.option("--to", "fmt", required=True, type=click.Choice(["jsonld", "nt", "nq", "graphml", "gexf", "csv"]),
              help="jsonld, nt (union graph), nq, graphml, gexf (Gephi) or csv (Neo4j import: a folder).")
@click.option("-o", "--out", "out_path", required=True, type=click.Path(),
              help="Output file (for csv: folder for nodes.csv and edges.csv).")
def export(graph: str, store: str | None, fmt: str, out_path: str) -> None:
    """Export the graph: JSON-LD, N-Triples, N-Quads, GraphML, GEXF or CSV for Neo4j."""
    from kg.export import export_graph

    click.echo(export_graph(graph, fmt, Path(out_path), store))


def _terminated(signum: int, frame: Any) -> None:
    # SIGTERM (kill, timeout, a service manager) unwinds like an error, so temporary exports are
    # removed and extraction workers stopped, instead of the interpreter dying where it stands.
    raise SystemExit(128 + signum)


def main() -> None:
    """Entry point: run the CLI, turning user-facing errors into one line and exit 1."""
    signal.signal(signal.SIGTERM, _terminated)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KGError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        sys.exit(1)
    except UnicodeError as exc:
        click.echo(f"kg: error: cannot decode input ({exc.reason})", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"kg: error: {exc.filename or ''}: {exc.strerror}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
