#!/usr/bin/env python3
"""How fast ``kg build`` is on a big archive, beside a bare jieba.lcut pass over the same text.

Usage::

    python benchmarks/build_speed.py                          # 100, 1,000 and 10,000 articles
    python benchmarks/build_speed.py --sizes 100,1000 --repeats 5
    python benchmarks/build_speed.py --sizes 10000 --jobs 2 --repeats 1
    python benchmarks/build_speed.py --sizes 1000 --profile   # where the time goes (cProfile, --jobs 1)

For each size a corpus is generated with ``benchmarks/corpus.py`` (seed 0,
kept under ``--workdir`` for the next run). Then, all in one run:

- ``jieba.lcut`` over every article's text in this process (the dictionary is
  loaded before timing; only the lcut calls are timed): the reference speed.
  The machine's speed drifts (by 15% within a sitting), so the build with the
  most ``--jobs`` is also paired with jieba: each of its runs follows a jieba
  pass of its own, and the ratio of each pair is printed, with their median;
- ``kg build --no-html --no-cache --jobs J`` for each J of ``--jobs``, run as a
  subprocess of the installed ``kg`` (``.venv/bin/kg``) and timed wall-clock,
  ``--repeats`` times (median reported; a configuration whose first run takes
  longer than ``--repeat-budget`` seconds runs once);
- with ``--phases`` (default for sizes up to 1,000): ``kg extract`` alone and
  ``kg build --from-jsonl`` alone (the graph-writing part; in a build it runs
  in the main process while the workers extract);
- a build with the cache on (cold); the same again with nothing changed; then
  ``--repeats`` rebuilds, each after appending a sentence to another article
  (spliced into the previous exports, see ``kg/splice.py``); then one after
  undoing all those changes, whose graph must equal the full builds';
- whether all builds of a size wrote byte-identical graph.trig and graph.ttl.

Throughput is characters of article files per second (and articles per
second); "vs jieba" is that divided by jieba's characters per second, so ≥ 1
means the whole build is at least as fast as segmenting the text once. Memory
is measured two ways: the peak RSS of the largest single process (from
``wait4``) and the peak total PSS of ``kg`` and its worker processes (sampled
from ``/proc`` every 0.1 s, or less often when a sample is slow so that sampling
takes under 5% of one core; PSS splits shared pages between processes, so the
sum is not inflated by fork).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import pstats
import shutil
import statistics
import subprocess
import tempfile
import sys
import threading
import time
from typing import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402

KG_BIN = Path(sys.executable).with_name("kg")


# ---------------------------------------------------------------- measuring a process


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _tree_pss_kb(root: int) -> int:
    kids = _children_map()
    todo, total = [root], 0
    while todo:
        pid = todo.pop()
        todo += kids.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


@dataclass
class Run:
    seconds: float
    max_rss_mb: float  # largest single process
    peak_pss_mb: float  # whole process tree, sampled
    returncode: int
    stderr: str = ""


GNU_TIME = Path("/usr/bin/time")


def run_measured(cmd: list[str], stdout: int | None = subprocess.DEVNULL) -> Run:
    """Run ``cmd``; wall time, peak RSS of its largest process and peak PSS of its process tree.

    The peak RSS is GNU time's (``/usr/bin/time -f %M``) where it is installed: Linux
    carries a forked child's high-water mark across ``exec``, so ``wait4`` on a child of
    this process (which holds jieba and, at 10,000 articles, about 1 GB) never reports less
    than this process's own RSS; time forks the command from its own small process.
    """
    peak = [0]
    measured = None
    if GNU_TIME.exists():
        fd, measured = tempfile.mkstemp(prefix="kg-bench-rss.")
        os.close(fd)
        cmd = [str(GNU_TIME), "-o", measured, "-f", "%M", *cmd]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample() -> None:
        # Reading smaps_rollup walks the page tables: ~30 ms for a 1.2 GB process. Waiting
        # 20 times as long as a sample took keeps the sampler under 5% of one core (sampling
        # every 0.1 s took a quarter of a core from the build it measured).
        while not stop.is_set():
            t = time.perf_counter()
            peak[0] = max(peak[0], _tree_pss_kb(proc.pid))
            stop.wait(max(0.1, 20 * (time.perf_counter() - t)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    max_rss_kb = usage.ru_maxrss
    if measured is not None:
        try:
            max_rss_kb = int(Path(measured).read_text().strip().splitlines()[-1])
        except (OSError, ValueError, IndexError):
            pass  # (killed before time wrote it: wait4's figure, an upper bound)
        finally:
            Path(measured).unlink(missing_ok=True)
    return Run(seconds, max_rss_kb / 1024, peak[0] / 1024, proc.returncode, err.decode("utf-8", "replace"))


# ---------------------------------------------------------------- the benchmark


@dataclass
class Row:
    name: str
    runs: list[Run] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)


def corpus_dir(workdir: Path, n: int, seed: int) -> Path:
    d = workdir / f"corpus-{n}-s{seed}"
    stamp = d / ".complete"
    if not stamp.exists():
        if d.exists():
            shutil.rmtree(d)
        corpus.generate(n, d, seed=seed)
        stamp.write_text("ok\n")
    return d


def article_texts(d: Path) -> list[Path]:
    return sorted(p for p in d.iterdir() if p.suffix in (".txt", ".md"))


def jieba_pass(files: list[Path], repeats: int) -> tuple[float, int]:
    """Median seconds of jieba.lcut over every file's text (reading excluded), and the characters."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in files]
    chars = sum(len(t) for t in texts)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for t in texts:
            jieba.lcut(t)
        times.append(time.perf_counter() - t0)
    del texts
    return statistics.median(times), chars


def digest(out: Path) -> tuple[str, str]:
    return tuple(hashlib.sha256((out / n).read_bytes()).hexdigest() for n in ("graph.trig", "graph.ttl"))  # type: ignore[return-value]


def count_quads(path: Path) -> int:
    import pyoxigraph as ox

    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TRIG))


def fmt_row(name: str, seconds: float, chars: int, n: int, jieba_cps: float, rss: str, runs: int) -> str:
    cps = chars / seconds
    return (f"  {name:<44} {seconds:9.2f} {cps:12,.0f} {n / seconds:9.1f} {rss:>21} "
            f"{cps / jieba_cps:8.2f} {runs:>4}")


def bench_size(n: int, args: argparse.Namespace) -> None:
    d = corpus_dir(args.workdir, n, args.seed)
    files = article_texts(d)
    out_root = args.workdir / f"out-{n}"
    if out_root.exists():
        shutil.rmtree(out_root)
    out_root.mkdir(parents=True)
    nbytes = sum(p.stat().st_size for p in files)

    j_seconds, chars = jieba_pass(files, args.repeats if n < 10_000 else 1)
    jieba_cps = chars / j_seconds
    print(f"\n== {n:,} articles: {chars:,} characters, {nbytes / 1e6:.1f} MB "
          f"({sum(p.suffix == '.md' for p in files)} .md, {sum(p.suffix == '.txt' for p in files)} .txt)")
    print(f"  {'run':<44} {'median s':>9} {'chars/s':>12} {'art/s':>9} {'RSS max/PSS total MB':>21} "
          f"{'vs jieba':>8} {'runs':>4}")
    print(fmt_row("jieba.lcut, 1 process (reference)", j_seconds, chars, n, jieba_cps, "-", args.repeats
                  if n < 10_000 else 1), flush=True)

    digests: dict[str, tuple[str, str]] = {}

    def measure(name: str, cmd: list[str], out: Path | None, repeats: int, stdout=subprocess.DEVNULL,
                paired: list[float] | None = None, before: Callable[[int], None] | None = None) -> Row:
        """Time ``cmd`` (each run into an empty ``out``, whose graph digest is recorded); with
        ``paired``, a jieba pass right before each run, its seconds appended there; with
        ``before``, called with the run's number before it."""
        row = Row(name)
        for i in range(repeats):
            if out is not None and out.exists():
                shutil.rmtree(out)
            if before is not None:
                before(i)
            if paired is not None:
                paired.append(jieba_pass(files, 1)[0])
            r = run_measured(cmd, stdout=stdout)
            if r.returncode != 0:
                print(f"  {name}: FAILED (exit {r.returncode}): {r.stderr.strip().splitlines()[-1:]}")
                return row
            row.runs.append(r)
            if out is not None and (out / "graph.trig").exists():
                digests[f"{name} #{i + 1}"] = digest(out)
            if i == 0 and r.seconds > args.repeat_budget:
                break
        rss = f"{max(r.max_rss_mb for r in row.runs):,.0f} / {max(r.peak_pss_mb for r in row.runs):,.0f}"
        print(fmt_row(name, row.seconds, chars, n, jieba_cps, rss, len(row.runs)), flush=True)
        return row

    for jobs in sorted(args.jobs):
        out = out_root / f"nocache-j{jobs}"
        paired: list[float] | None = [] if jobs == max(args.jobs) else None
        row = measure(f"kg build --no-cache --jobs {jobs}",
                      [str(KG_BIN), "build", str(d), "-o", str(out), "--no-html", "--no-cache", "--jobs", str(jobs)],
                      out, args.repeats, paired=paired)
        if paired and row.runs:
            ratios = [j / r.seconds for j, r in zip(paired, row.runs)]
            pairs = ", ".join(f"{j:.2f}/{r.seconds:.2f} s" for j, r in zip(paired, row.runs))
            print(f"    paired with a jieba pass before each run (jieba/build: {pairs}): ratios "
                  f"{', '.join(f'{x:.2f}' for x in ratios)}; median {statistics.median(ratios):.2f}", flush=True)

    phases = args.phases if args.phases is not None else n <= 1000
    if phases:
        jobs = max(args.jobs)
        jsonl = out_root / "all.jsonl"
        with jsonl.open("wb") as fh:
            measure(f"  kg extract --jobs {jobs} (extraction only)",
                    [str(KG_BIN), "extract", str(d), "--jobs", str(jobs)], None, 1, stdout=fh)
        out = out_root / "from-jsonl"
        measure("  kg build --from-jsonl (graph only)",
                [str(KG_BIN), "build", "--from-jsonl", str(jsonl), "-o", str(out), "--no-html"], out, args.repeats)

    jobs = max(args.jobs)
    out = out_root / "cached"
    measure(f"kg build --jobs {jobs}, cache on, cold", [str(KG_BIN), "build", str(d), "-o", str(out), "--no-html",
                                                        "--jobs", str(jobs)], out, 1)
    rebuild = [str(KG_BIN), "build", str(d), "-o", str(out), "--no-html", "--jobs", str(jobs)]
    measure(f"kg build --jobs {jobs}, cache on, nothing changed", rebuild, None, args.repeats)
    # each run changes another article (so each is a real change, spliced in), then all are undone
    # and a last rebuild splices them back out: its graph must be the full builds' byte for byte
    victims = [files[(len(files) // 2 + 7 * i) % len(files)] for i in range(args.repeats)]
    originals = {v: v.read_bytes() for v in victims}
    def change(i: int) -> None:
        victims[i].write_bytes(originals[victims[i]] + "\n团员们还走访了江苏华瑞精密机械有限公司。\n".encode("utf-8"))
        # the splice rewrites 1.7 GB at 10,000 articles: start each timed rebuild with no dirty pages
        # (a rebuild right after a cold build took 11 s, the same after a sync 7 s: the kernel's
        # write-back throttling, not the build, decided the difference)
        os.sync()
    try:
        measure(f"kg build --jobs {jobs}, cache on, 1 article changed", rebuild, None, args.repeats,
                before=change)
    finally:
        for v, data in originals.items():
            v.write_bytes(data)
    measure(f"kg build --jobs {jobs}, cache on, {len(victims)} changes undone", rebuild, None, 1)
    digests[f"cache on, {len(victims)} changes undone"] = digest(out)
    same = len(set(digests.values())) == 1
    print(f"  byte-identical graph.trig and graph.ttl across {len(digests)} builds: {'yes' if same else 'NO'}")
    if not same:
        for k, v in digests.items():
            print(f"    {k}: trig {v[0][:12]} ttl {v[1][:12]}")
    some = next(p for p in out_root.iterdir() if (p / "graph.trig").exists())
    trig, ttl = some / "graph.trig", some / "graph.ttl"
    print(f"  graph: {count_quads(trig):,} quads; graph.trig {trig.stat().st_size / 1e6:,.1f} MB, "
          f"graph.ttl {ttl.stat().st_size / 1e6:,.1f} MB", flush=True)
    if not args.keep:
        shutil.rmtree(out_root)


# ---------------------------------------------------------------- profile


AREAS = (("kg/extract/", "kg/extract (rules)"), ("kg/rdf.py", "kg/rdf.py (graph text)"),
         ("kg/build.py", "kg/build.py"), ("kg/ingest.py", "kg/ingest.py (reading)"),
         ("/spacy/", "spaCy"), ("spacy/", "spaCy"), ("ahocorasick", "ahocorasick-rs"), ("/cn2an/", "cn2an"),
         ("/json/", "json"), ("/rdflib/", "rdflib"), ("/pyoxigraph", "pyoxigraph"))


def _area(filename: str, func: str) -> str:
    for needle, name in AREAS:
        if needle in filename or needle.strip("/") in func:
            return name
    if filename == "~":
        if "pyoxigraph" in func:
            return "pyoxigraph"
        if "spacy" in func or "Doc" in func or "Token" in func:
            return "spaCy"
        return "builtins (" + func.split("'")[1].split(".")[0] + ")" if "'" in func else "builtins"
    return "other"


def profile(n: int, args: argparse.Namespace) -> None:
    """cProfile of ``kg build --jobs 1 --no-cache`` in this process: hot spots by self time and by area."""
    from kg.cli import cli

    d = corpus_dir(args.workdir, n, args.seed)
    out = args.workdir / f"profile-{n}"
    # warm up: load spaCy, the gazetteer automaton and the divisions outside the profile
    from kg.build import _extract_path

    _extract_path(str(article_texts(d)[0]))
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    try:
        cli.main(["build", str(d), "-o", str(out), "--no-html", "--no-cache", "--jobs", "1"], standalone_mode=False)
    finally:
        prof.disable()
    wall = time.perf_counter() - t0
    shutil.rmtree(out, ignore_errors=True)
    st = pstats.Stats(prof, stream=io.StringIO())
    total = sum(v[2] for v in st.stats.values())  # type: ignore[attr-defined]
    by_area: dict[str, float] = {}
    rows = []
    for (filename, line, func), (cc, nc, tt, ct, callers) in st.stats.items():  # type: ignore[attr-defined]
        area = _area(filename, func)
        by_area[area] = by_area.get(area, 0.0) + tt
        short = filename.replace(str(ROOT) + "/", "")
        if "site-packages/" in short:
            short = short.split("site-packages/", 1)[1]
        rows.append((tt, ct, nc, f"{short}:{line}({func})"))
    print(f"\n== profile: kg build --jobs 1 --no-cache, {n:,} articles: {wall:.1f} s wall "
          f"(profiled; cProfile adds overhead)")
    print("  self time by area:")
    for area, tt in sorted(by_area.items(), key=lambda kv: -kv[1]):
        if tt / total >= 0.005:
            print(f"    {100 * tt / total:5.1f}%  {area}")
    print(f"  top {args.top} functions by self time (cumulative time in brackets):")
    for tt, ct, nc, name in sorted(rows, reverse=True)[: args.top]:
        print(f"    {100 * tt / total:5.1f}%  [{100 * ct / total:5.1f}%]  {nc:>9}  {name}")
    print(f"  top {args.top} functions by cumulative time:")
    for tt, ct, nc, name in sorted(rows, key=lambda r: -r[1])[: args.top]:
        print(f"    [{100 * ct / total:5.1f}%]  {name}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,10000", help="comma-separated article counts")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    ap.add_argument("--repeats", type=int, default=3, help="runs per configuration (median reported)")
    ap.add_argument("--repeat-budget", type=float, default=120.0,
                    help="run a configuration once if its first run takes longer than this many seconds")
    ap.add_argument("--phases", action=argparse.BooleanOptionalAction, default=None,
                    help="also time extraction alone and the graph write alone (default: sizes ≤ 1,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kg-build-bench")
    ap.add_argument("--keep", action="store_true", help="keep the built graphs under --workdir")
    ap.add_argument("--profile", action="store_true", help="profile one in-process build per size instead")
    ap.add_argument("--top", type=int, default=25, help="functions listed by --profile")
    args = ap.parse_args(argv)
    args.jobs = [int(j) for j in args.jobs.split(",")]
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)
    if not KG_BIN.exists():
        sys.exit(f"{KG_BIN}: no kg command beside this Python (pip install -e . first)")
    print(f"kg build benchmark: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, kg = {KG_BIN}")
    for n in sizes:
        (profile if args.profile else bench_size)(n, args)


if __name__ == "__main__":
    main()
