#!/usr/bin/env python3
"""How long the network page takes to write, and to open and draw in Chromium.

Usage::

    python benchmarks/viz_speed.py                 # 100, 1,000 and 5,000 nodes
    python benchmarks/viz_speed.py --sizes 100 20000 --repeats 5
    python benchmarks/viz_speed.py --no-browser    # write times only

For each size a random graph with Chinese names is made (preferential
attachment, about two edges per node, a few parallel edges, all ten classes
and twelve properties; fixed seed).  Writing the page (layout + HTML + atomic
write) is timed as the median of ``--repeats`` runs.  Opening is timed in
headless Chromium from file:// with the network blocked, each time in a fresh
tab state (about:blank first): "open→drawn" is the page's own
``performance.now()`` at vis-network's first ``afterDrawing`` event, i.e. from
navigation start to the first frame with every node drawn; "wall" is the same
seen from Python (driver.get() until the page says it has drawn).

Needs Debian's chromium and chromium-driver for the browser columns.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.viz import CLASS_STYLES, PROP_STYLES, write_network_html  # noqa: E402

_PLACES = "南京苏州无锡常州镇江扬州泰州南通盐城淮安宿迁徐州连云港昆山江阴宜兴常熟张家港太仓溧阳句容丹阳靖江如皋海门"
_CHARS = "华新科创智能源材料医药电子机械精密环保化工光电信息生物海洋纺织装备集成数据云网"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
_GIVEN = "建国明华志强晓燕伟芳军丽勇敏静磊洋艳杰涛超娟斌霞平刚桂英"
_SUFFIX = {
    "University": ["大学", "理工大学", "师范大学", "科技大学"],
    "AcademicUnit": ["学院", "研究中心", "实验室"],
    "ResearchInstitute": ["研究院", "研究所"],
    "Platform": ["创新平台", "中试基地", "孵化器"],
    "Locality": ["市", "区", "镇", "开发区"],
    "Field": ["产业"],
    "Enterprise": ["有限公司", "集团", "股份有限公司", "科技公司"],
    "GovernmentAgency": ["科技局", "组织部", "管委会"],
    "Team": ["科技镇长团"],
    "Person": [""],
}
_CLASS_WEIGHTS = {
    "University": 4, "AcademicUnit": 6, "ResearchInstitute": 4, "Platform": 4, "Locality": 10,
    "Field": 2, "Enterprise": 30, "GovernmentAgency": 5, "Team": 3, "Person": 32,
}


def random_graph(n: int, seed: int = 0) -> tuple[list[dict], list[dict]]:
    """A reproducible random graph in the viewer's input format."""
    rng = random.Random(seed)
    classes = list(_CLASS_WEIGHTS)
    weights = [_CLASS_WEIGHTS[c] for c in classes]
    props = list(PROP_STYLES)
    assert set(classes) == set(CLASS_STYLES)

    def name(cls: str) -> str:
        if cls == "Person":
            return rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2))))
        place = rng.randrange(0, len(_PLACES) - 1)
        return _PLACES[place : place + 2] + "".join(rng.choices(_CHARS, k=rng.randint(0, 3))) + rng.choice(_SUFFIX[cls])

    nodes = []
    for i in range(n):
        cls = rng.choices(classes, weights)[0]
        label = name(cls)
        nodes.append(
            {
                "id": f"http://example.org/kg/n{i}",
                "label": f"{label}{i}" if rng.random() < 0.3 else label,
                "cls": cls,
                "aliases": [label[:2] + "".join(rng.choices(_CHARS, k=2))] if rng.random() < 0.3 else [],
                "articles": [f"{rng.randrange(1000):03d}_{rng.getrandbits(32):08x}.txt" for _ in range(rng.randint(1, 3))],
            }
        )
    edges = []
    ends: list[int] = [0]
    for i in range(1, n):
        for target in {rng.choice(ends) for _ in range(2)}:
            article = f"{rng.randrange(1000):03d}_{rng.getrandbits(32):08x}.txt"
            evidence = "".join(rng.choices(_CHARS + _PLACES, k=rng.randint(15, 40))) + "。"
            count = 2 if rng.random() < 0.05 else 1
            for _ in range(count):
                edges.append(
                    {
                        "source": nodes[i]["id"],
                        "target": nodes[target]["id"],
                        "prop": rng.choice(props),
                        "evidence": evidence if rng.random() < 0.9 else None,
                        "article": article,
                    }
                )
            ends += [i, target]
    return nodes, edges


def _time_writes(nodes, edges, path: Path, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        write_network_html(nodes, edges, path, seed=0)
        times.append(time.perf_counter() - start)
    return times


def _time_opens(driver, path: Path, repeats: int, timeout: float = 600.0) -> tuple[list[float], list[float]]:
    in_page, wall = [], []
    for _ in range(repeats):
        driver.get("about:blank")
        start = time.perf_counter()
        driver.get(path.resolve().as_uri())
        deadline = start + timeout
        while True:
            drawn = driver.execute_script("return window.kgDrawnMs === undefined ? null : window.kgDrawnMs;")
            if drawn is not None:
                break
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{path}: not drawn after {timeout:.0f} s")
            time.sleep(0.01)
        wall.append(time.perf_counter() - start)
        in_page.append(drawn / 1000.0)
    return in_page, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true", help="only time writing the page")
    args = parser.parse_args(argv)

    driver = None
    profile = tempfile.TemporaryDirectory(prefix="kg-bench-chromium-")
    if not args.no_browser:
        sys.path.insert(0, str(ROOT / "scripts"))
        from screenshot import make_driver

        driver = make_driver(profile.name, 1400, 900)
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            for n in args.sizes:
                nodes, edges = random_graph(n, seed=n)
                path = Path(tmp) / f"net{n}.html"
                writes = _time_writes(nodes, edges, path, args.repeats)
                row = {
                    "nodes": n,
                    "edges": len(edges),
                    "mb": path.stat().st_size / 1e6,
                    "write": statistics.median(writes),
                }
                if driver is not None:
                    in_page, wall = _time_opens(driver, path, args.repeats)
                    row["drawn"] = statistics.median(in_page)
                    row["wall"] = statistics.median(wall)
                rows.append(row)
                print(f"... {n} nodes done", file=sys.stderr, flush=True)
    finally:
        if driver is not None:
            driver.quit()
        profile.cleanup()

    header = f"{'nodes':>7} {'edges':>7} {'HTML MB':>8} {'write s':>8}"
    if driver is not None:
        header += f" {'open→drawn s':>13} {'wall s':>7}"
    print(f"median of {args.repeats}; write = layout + HTML + atomic write; open = headless Chromium, file://, offline")
    print(header)
    for r in rows:
        line = f"{r['nodes']:>7} {r['edges']:>7} {r['mb']:>8.2f} {r['write']:>8.2f}"
        if "drawn" in r:
            line += f" {r['drawn']:>13.2f} {r['wall']:>7.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
