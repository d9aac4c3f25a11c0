#!/usr/bin/env python3
"""Latency of the saved queries on a ~1 M-triple graph: Oxigraph (kg's store) beside rdflib's memory store.

Usage::

    python benchmarks/query_speed.py                        # graph from 1,000 generated articles
    python benchmarks/query_speed.py --runs 9 --rdflib-timeout 60
    python benchmarks/query_speed.py --graph exports/graph.trig --no-rdflib

The graph is built by ``kg build`` from ``benchmarks/corpus.py`` articles
(1,000 articles ≈ 0.96 M quads; kept under ``--workdir`` for the next run), so
it has the project's real shape: entities in the default graph, one graph per
article, a ``kg:Evidence`` node per fact.

Every saved query (``kg/queries/*.rq``) runs unbound, and the three that take
parameters also run bound to one entity as ``kg query NAME --param …`` does.
For Oxigraph the time is ``kg.store.OxStore.select`` (the query plus turning
rows into Python values, what ``kg query`` pays) and, in brackets, the engine
alone (iterating the raw solutions); median of ``--runs`` runs after one
warm-up. "dup" counts rows that are exact duplicates of another row: the
default graph of the store is the union of the article graphs, and a fact
stated in several articles then matches once per graph.

rdflib runs in a separate process holding the graph in an rdflib ``Dataset``
(``default_union=True``, the same union semantics); each query runs in a forked
child that is killed after ``--rdflib-timeout`` seconds, printed as ``>Ns``.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGET_MS = 50.0


def build_graph(args: argparse.Namespace) -> Path:
    import corpus

    d = args.workdir / f"corpus-{args.articles}-s{args.seed}"
    if not (d / ".complete").exists():
        corpus.generate(args.articles, d, seed=args.seed)
        (d / ".complete").write_text("ok\n")
    out = args.workdir / f"graph-{args.articles}-s{args.seed}"
    if not (out / "graph.trig").exists():
        kg = Path(sys.executable).with_name("kg")
        print(f"building the graph: kg build {d} --jobs 2 …", flush=True)
        subprocess.run([str(kg), "build", str(d), "-o", str(out), "--no-html", "--jobs", "2"], check=True,
                       stdout=subprocess.DEVNULL)
    return out / "graph.trig"


# ---------------------------------------------------------------- rdflib worker (own process)


def rdflib_worker(graph: str) -> None:
    """Load the graph into rdflib, then answer query requests (JSON lines on stdin) in forked children."""
    from rdflib import Dataset

    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(graph, format="trig")
    n = len(list(ds.quads((None, None, None, None))))
    print(json.dumps({"loaded": time.perf_counter() - t0, "quads": n}), flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: run the query, report each run's time
            os.close(r)
            with os.fdopen(w, "w") as out:
                spent = 0.0
                for _ in range(req["runs"]):
                    t = time.perf_counter()
                    rows = len(list(ds.query(req["text"])))
                    dt = time.perf_counter() - t
                    spent += dt
                    out.write(json.dumps({"t": dt, "rows": rows}) + "\n")
                    out.flush()
                    if spent > req["timeout"]:
                        break
            os._exit(0)
        os.close(w)
        deadline = time.monotonic() + req["timeout"]
        times, rows, buf, killed = [], None, b"", False
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                killed = True
                break
            ready, _, _ = select.select([r], [], [], left)
            if not ready:
                continue
            chunk = os.read(r, 65536)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                one, buf = buf.split(b"\n", 1)
                rec = json.loads(one)
                times.append(rec["t"])
                rows = rec["rows"]
        os.close(r)
        os.waitpid(pid, 0)
        print(json.dumps({"times": times, "rows": rows, "timeout": killed and not times}), flush=True)


class Rdflib:
    def __init__(self, graph: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--rdflib-worker", str(graph)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        info = json.loads(self.proc.stdout.readline())
        self.load_seconds, self.quads = info["loaded"], info["quads"]

    def run(self, text: str, runs: int, timeout: float) -> dict:
        self.proc.stdin.write(json.dumps({"text": text, "runs": runs, "timeout": timeout}) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


# ---------------------------------------------------------------- Oxigraph


def ox_time(store, text: str, params: dict[str, str] | None, runs: int) -> tuple[float, float, int, int]:
    """Median ms of OxStore.select and of the bare engine, rows, duplicate rows."""
    from kg.store import bind_values

    full = bind_values(text, params) if params else text
    store.select(text, params)  # warm-up
    t_select, t_engine = [], []
    rows = []
    for _ in range(runs):
        t = time.perf_counter()
        res = store.select(text, params)
        t_select.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _sol in store.store.query(full, use_default_graph_as_union=True):
            pass
        t_engine.append(time.perf_counter() - t)
        rows = res.rows
    distinct = len({json.dumps(r, ensure_ascii=False, default=str) for r in rows})
    return 1000 * statistics.median(t_select), 1000 * statistics.median(t_engine), len(rows), len(rows) - distinct


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="generated articles to build the graph from")
    ap.add_argument("--graph", type=Path, help="use this TriG file instead of building one")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query (median reported; ≥ 5)")
    ap.add_argument("--rdflib-timeout", type=float, default=30.0, help="seconds per query in rdflib")
    ap.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kg-query-bench")
    ap.add_argument("--rdflib-worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rdflib_worker:
        rdflib_worker(args.rdflib_worker)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    graph = args.graph or build_graph(args)

    from kg.queries import list_queries
    from kg.store import OxStore

    t = time.perf_counter()
    store = OxStore(graph)
    ox_load = time.perf_counter() - t
    quads = len(store.store)
    triples = store.store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                                "} }")
    n_union = int(next(iter(triples))["n"].value) + int(next(iter(store.store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
    print(f"graph {graph}: {quads:,} quads ({graph.stat().st_size / 1e6:.0f} MB TriG), "
          f"≈{n_union:,} triples counting the default graph and the distinct triples of the article graphs")
    print(f"Oxigraph (pyoxigraph, in memory): loaded in {ox_load:.1f} s")

    rd = None
    if not args.no_rdflib:
        print("rdflib: loading …", flush=True)
        rd = Rdflib(graph)
        print(f"rdflib (Dataset, memory store, default_union=True): loaded {rd.quads:,} quads in "
              f"{rd.load_seconds:.1f} s")

    cases: list[tuple[str, str, dict[str, str] | None]] = []
    for q in list_queries():
        text = q.path.read_text(encoding="utf-8")
        cases.append((q.name, text, None))
    texts = {name: text for name, text, _ in cases}
    first = {name: store.select(texts[name]).rows[:1] for name in ("enterprise-partners", "fact-evidence",
                                                                    "team-brokered") if name in texts}
    if first.get("enterprise-partners"):
        cases.append(("enterprise-partners name=…", texts["enterprise-partners"],
                      {"name": first["enterprise-partners"][0][0]}))
    if first.get("fact-evidence"):
        row = first["fact-evidence"][0]
        cases.append(("fact-evidence s=… o=…", texts["fact-evidence"], {"s": row[0], "o": row[2]}))
    if first.get("team-brokered"):
        cases.append(("team-brokered team=…", texts["team-brokered"], {"team": first["team-brokered"][0][0]}))

    print(f"\nmedian of {args.runs} runs (ms); target for Oxigraph: < {TARGET_MS:.0f} ms")
    print(f"  {'query':<34} {'Oxigraph':>9} {'(engine)':>9} {'rows':>7} {'dup':>5}   {'rdflib':>10} {'rows':>7}"
          f"  {'rdflib/ox':>9}")
    slow = []
    for name, text, params in cases:
        ms, engine, rows, dups = ox_time(store, text, params, args.runs)
        line = f"  {name:<34} {ms:9.1f} {f'({engine:.1f})':>9} {rows:7,} {dups:5,}"
        if ms >= TARGET_MS:
            slow.append(name)
        if rd is not None:
            from kg.store import bind_values

            res = rd.run(bind_values(text, params) if params else text, args.runs, args.rdflib_timeout)
            if res["timeout"]:
                line += f"   {'>' + format(args.rdflib_timeout, 'g') + 's':>10} {'-':>7}  {'-':>9}"
            else:
                r_ms = 1000 * statistics.median(res["times"])
                note = "" if len(res["times"]) >= args.runs else f" ({len(res['times'])} run{'s' * (len(res['times']) > 1)})"
                line += f"   {r_ms:10.1f} {res['rows']:7,}  {r_ms / ms:8.0f}x{note}"
        print(line, flush=True)
    print(f"\nOxigraph under {TARGET_MS:.0f} ms: {len(cases) - len(slow)} of {len(cases)}"
          + (f"; over: {', '.join(slow)}" if slow else ""))
    if rd is not None:
        rd.close()


if __name__ == "__main__":
    main()
