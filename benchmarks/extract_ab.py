#!/usr/bin/env python3
"""What a change costs in extraction time: the working tree against a base commit, in pairs.

Usage::

    python benchmarks/extract_ab.py                      # working tree vs HEAD, 400 articles, 5 pairs
    python benchmarks/extract_ab.py --base a6c506e --pairs 7
    python benchmarks/extract_ab.py --articles tests/data/independent/articles --limit 0

Every rule added to the extractor costs a little time, and the machine's speed
drifts by more than one rule costs, so two separate benchmark runs cannot tell
a 2% change from noise. This script runs the base commit's code (exported with
``git archive`` into a temporary folder) and the working tree's, each in a
fresh process that reads the same articles, extracts one to warm up, then times
``kg.extract.extract_article`` over all of them. Runs alternate (A B, B A, A B,
…) so that a drift lands on both sides; each pair gives a ratio, and the
median ratio is the change's cost (``+4.4%`` means the working tree takes 4.4%
longer). It also compares the two versions' output article by article and
prints how many differ, so a speed-up can be shown to leave the output alone.

The articles are generated ones (``benchmarks/corpus.py``, kept under
``--workdir`` as ``build_speed.py`` keeps them) unless ``--articles`` names a
folder. Run it with nothing else busy on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

# Run in a child process with PYTHONPATH set to one version's tree: prints the
# seconds spent extracting and, on request, writes every article's output.
_CHILD = r"""
import json, sys, time
from kg.ingest import read_article
from kg.extract import extract_article
paths, dump = json.loads(sys.argv[1]), sys.argv[2]
articles = [read_article(p) for p in paths]
extract_article(articles[0])
start = time.perf_counter()
out = [extract_article(a) for a in articles]
print(time.perf_counter() - start)
if dump:
    with open(dump, "w", encoding="utf-8") as fh:
        for record in out:
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
"""


def export_tree(rev: str, into: Path) -> Path:
    """The files of commit ``rev`` written under ``into`` (``git archive``); returns the folder."""
    tree = into / "base"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "kg"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def time_run(tree: Path, paths: list[str], dump: Path | None = None) -> float:
    """Seconds one fresh process of ``tree``'s code spends extracting ``paths``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    res = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(paths), str(dump or "")],
                         capture_output=True, text=True, cwd=tempfile.gettempdir(), env=env)
    if res.returncode != 0:
        sys.exit(f"extract_ab: the run of {tree} failed: {res.stderr.strip().splitlines()[-1:]}")
    return float(res.stdout.strip().splitlines()[-1])


def differing(a: Path, b: Path) -> list[str]:
    """The articles (``doc``) whose output differs between two dumps of the same articles."""
    docs = []
    with a.open(encoding="utf-8") as fa, b.open(encoding="utf-8") as fb:
        for la, lb in zip(fa, fb):
            if la != lb:
                docs.append(json.loads(la).get("doc", "?"))
    return docs


def article_paths(args: argparse.Namespace) -> list[str]:
    if args.articles is not None:
        if not args.articles.is_dir():
            sys.exit(f"extract_ab: {args.articles}: not a folder")
        paths = sorted(str(p.resolve()) for p in args.articles.iterdir() if p.suffix in (".txt", ".md"))
    else:
        import corpus

        d = args.workdir / f"corpus-1000-s{args.seed}"
        if not (d / ".complete").exists():
            corpus.generate(1000, d, seed=args.seed)
            (d / ".complete").write_text("ok\n")
        paths = sorted(str(p) for p in d.iterdir() if p.suffix in (".txt", ".md"))
    if args.limit:
        paths = paths[:args.limit]
    if not paths:
        sys.exit("extract_ab: no articles to run")
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="HEAD", help="the commit to compare the working tree with")
    ap.add_argument("--pairs", type=int, default=5, help="timed pairs of runs (median ratio reported)")
    ap.add_argument("--articles", type=Path, help="a folder of articles (default: generated ones)")
    ap.add_argument("--limit", type=int, default=400, help="use the first N articles (0: all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kg-build-bench")
    args = ap.parse_args(argv)
    if args.pairs < 1:
        ap.error("--pairs must be at least 1")
    paths = article_paths(args)
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.base], capture_output=True,
                          text=True)
    if head.returncode != 0:
        sys.exit(f"extract_ab: {args.base}: not a commit of {ROOT}")
    with tempfile.TemporaryDirectory(prefix="kg-ab-") as tmp:
        base = export_tree(args.base, Path(tmp))
        sides = {"base": base, "work": ROOT}
        dumps = {side: Path(tmp) / f"{side}.jsonl" for side in sides}
        for side, tree in sides.items():  # a warm-up of each, which also writes its output
            time_run(tree, paths, dumps[side])
        diff = differing(dumps["base"], dumps["work"])
        times: dict[str, list[float]] = {"base": [], "work": []}
        for i in range(args.pairs):
            order = ("base", "work") if i % 2 == 0 else ("work", "base")
            for side in order:
                times[side].append(time_run(sides[side], paths))
    ratios = [w / b for w, b in zip(times["work"], times["base"])]
    ms = {side: statistics.median(t) / len(paths) * 1000 for side, t in times.items()}
    print(f"{len(paths)} articles; base {head.stdout.strip()} vs the working tree; {args.pairs} pairs, alternating")
    print(f"  base   {ms['base']:.2f} ms an article (runs: {', '.join(f'{t:.2f}' for t in times['base'])} s)")
    print(f"  work   {ms['work']:.2f} ms an article (runs: {', '.join(f'{t:.2f}' for t in times['work'])} s)")
    print(f"  ratios work/base: {', '.join(f'{r:.3f}' for r in ratios)}; "
          f"median {statistics.median(ratios):.3f} ({(statistics.median(ratios) - 1) * 100:+.1f}%)")
    shown = ", ".join(diff[:5]) + (" …" if len(diff) > 5 else "")
    print(f"  output: {len(diff)} of {len(paths)} articles differ" + (f" ({shown})" if diff else ""))


if __name__ == "__main__":
    main()
