"""Self-contained interactive HTML network views of the knowledge graph.

The page is built with pyvis (its vis-network 9.1.2 assets, its options model and
its Jinja rendering) but with a template of our own, because pyvis 0.3.2's template
links Bootstrap and tom-select from a CDN even with ``cdn_resources="in_line"``
(pyvis issues #228, #229) and inserts ``heading`` and HTML ``title`` tooltips
unescaped.  The page written here:

* loads nothing from outside: vis-network's JS and CSS are inlined and a
  Content-Security-Policy (``default-src 'none'``, scripts allowed only by hash)
  forbids every fetch, and also any script that might be smuggled in;
* treats every text that comes from an article (names, aliases, evidence
  sentences, file names) as data: it travels as JSON inside
  ``<script type="application/json">`` (with ``<``, ``>``, ``&`` escaped) and is
  shown with ``textContent`` only, never parsed as HTML;
* draws at once: the layout is computed here in Python with a fixed seed and
  vis-network's physics is off, so a 5,000-node graph opens in seconds instead of
  settling for minutes; the same input and seed give a byte-identical file.

Input contract (produced from the RDF graph by another module):

``nodes``: dicts with ``id`` (IRI), ``label`` (canonical Chinese name), ``cls``
(University, ResearchInstitute, AcademicUnit, Locality, Enterprise,
GovernmentAgency, Team, Person, Platform, Field), ``aliases`` (list of str) and
``articles`` (list of article file names).

``edges``: dicts with ``source``, ``target`` (node ids), ``prop`` (servesIn,
memberOf, leads, affiliatedWith, memberInstitution, collaboratesWith, brokered,
visited, locatedIn, partOf, hostedBy, hasField), ``evidence`` (the sentence, or
None) and ``article`` (or None).  Several edges may join the same pair.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import html
import json
import math
import os
import re
import tempfile
import unicodedata
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.extract.text import name_key

__all__ = [
    "CLASS_STYLES",
    "PROP_STYLES",
    "EntityNotFoundError",
    "GraphDataError",
    "layout_positions",
    "neighbourhood",
    "render_network_html",
    "write_network_html",
]

Node = Mapping[str, Any]
Edge = Mapping[str, Any]

# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------

#: class -> (Chinese name, colour, vis-network shape).  vis has seven shapes that
#: put the label below the node, so related classes share a shape and differ in
#: colour (University/AcademicUnit, ResearchInstitute/Platform, Locality/Field).
CLASS_STYLES: dict[str, tuple[str, str, str]] = {
    "University": ("高校", "#3b6fb6", "dot"),
    "AcademicUnit": ("院系", "#8db6e6", "dot"),
    "ResearchInstitute": ("科研院所", "#1f9e96", "hexagon"),
    "Platform": ("平台", "#9c755f", "hexagon"),
    "Locality": ("地方", "#4f9a3f", "square"),
    "Field": ("领域", "#a8a29e", "square"),
    "Enterprise": ("企业", "#f28e2b", "diamond"),
    "GovernmentAgency": ("政府机构", "#d64545", "triangle"),
    "Team": ("科技镇长团", "#9b59b6", "star"),
    "Person": ("人物", "#d8a31a", "triangleDown"),
}
_OTHER_CLASS_STYLE = ("其他", "#7f7f7f", "dot")

#: property -> (Chinese name, colour).
PROP_STYLES: dict[str, tuple[str, str]] = {
    "servesIn": ("挂职于", "#2f6db5"),
    "memberOf": ("成员", "#9b59b6"),
    "leads": ("带队", "#6a3d9a"),
    "affiliatedWith": ("隶属", "#5b8fd1"),
    "memberInstitution": ("成员单位", "#17a2b8"),
    "collaboratesWith": ("合作", "#e8731a"),
    "brokered": ("促成", "#d63384"),
    "visited": ("走访", "#c0392b"),
    "locatedIn": ("位于", "#3f8f3f"),
    "partOf": ("下属于", "#7a8a99"),
    "hostedBy": ("依托", "#8c6d4f"),
    "hasField": ("领域", "#b0a48a"),
}
_OTHER_PROP_COLOUR = "#8a8a8a"

_FONT_STACK = (
    '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","PingFang SC",'
    '"Microsoft YaHei","Hiragino Sans GB",sans-serif'
)
#: vis-network's assets, as shipped inside the pyvis package.
_VIS_JS = "lib/vis-9.1.2/vis-network.min.js"
_VIS_CSS = "lib/vis-9.1.2/vis-network.css"

#: Graphs at least this big get the fast (FFT) layout and lighter interaction
#: settings.  networkx's spring_layout needs scipy from 500 nodes on anyway.
_SMALL_GRAPH = 500
_BIG_GRAPH_EDGES = 2000


class GraphDataError(KGError, ValueError):
    """The nodes or edges handed to the viewer break the input contract."""


class EntityNotFoundError(KGError, LookupError):
    """No node has the requested name; ``suggestions`` holds the closest labels."""

    def __init__(self, focus: str, suggestions: list[str]) -> None:
        self.focus = focus
        self.suggestions = suggestions
        hint = "; closest: " + ", ".join(suggestions) if suggestions else "; no similar name"
        super().__init__(f"no entity named {focus!r}{hint}")


# ---------------------------------------------------------------------------
# Neighbourhood
# ---------------------------------------------------------------------------


_norm = name_key  # names compare width-, space- and case-folded, as everywhere in kg


def neighbourhood(
    nodes: Sequence[Node], edges: Sequence[Edge], focus: str, depth: int = 1
) -> tuple[list, list]:
    """Return the subgraph within ``depth`` hops of the entity named ``focus``.

    A big graph is unreadable as a whole; this picks the part around one entity
    (a university, a town) so it can be drawn on its own.  ``focus`` is matched
    against labels first and then aliases, after folding width, whitespace and
    case; if several nodes share the name, all of them are centres.  Hops follow
    edges in either direction.  The result holds the input's own node and edge
    dicts, in input order: the nodes within reach and every edge between two of
    them.

    Raises :class:`EntityNotFoundError` (a ``LookupError``) naming up to five
    closest labels when no node has that name, and ``ValueError`` for a
    negative depth.
    """
    if depth < 0:
        raise ValueError(f"depth must be >= 0, got {depth}")
    key = _norm(focus)
    centres = [n["id"] for n in nodes if _norm(n["label"]) == key]
    if not centres:
        centres = [n["id"] for n in nodes if any(_norm(a) == key for a in n.get("aliases") or ())]
    if not centres:
        raise EntityNotFoundError(focus, _closest_labels(nodes, key))

    known = {n["id"] for n in nodes}
    adjacency: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e["source"] in known and e["target"] in known:
            adjacency[e["source"]].add(e["target"])
            adjacency[e["target"]].add(e["source"])
    seen = dict.fromkeys(centres, 0)
    queue = deque(centres)
    while queue:
        current = queue.popleft()
        if seen[current] == depth:
            continue
        for other in adjacency[current]:
            if other not in seen:
                seen[other] = seen[current] + 1
                queue.append(other)
    sub_nodes = [n for n in nodes if n["id"] in seen]
    sub_edges = [e for e in edges if e["source"] in seen and e["target"] in seen]
    return sub_nodes, sub_edges


def _closest_labels(nodes: Sequence[Node], key: str, limit: int = 5) -> list[str]:
    """Up to ``limit`` canonical labels whose label or alias looks most like ``key``."""
    scored: dict[str, float] = {}
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    for n in nodes:
        for name in [n["label"], *(n.get("aliases") or ())]:
            candidate = _norm(name)
            matcher.set_seq1(candidate)
            score = matcher.ratio()
            if key and (key in candidate or candidate in key):
                score = max(score, 0.6)  # "南大" vs "南京大学" is a good hint
            if score > scored.get(n["label"], 0.0):
                scored[n["label"]] = score
    ranked = sorted((-score, label) for label, score in scored.items() if score >= 0.3)
    return [label for _, label in ranked[:limit]]


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------


def layout_positions(
    node_ids: Sequence[str],
    pairs: Iterable[tuple[str, str]],
    seed: int = 0,
    boxes: Sequence[tuple[float, float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """Place nodes in pixel coordinates, deterministically for a given ``seed``.

    The layout is done here rather than by vis-network's physics, which takes
    tens of seconds to settle at 1,000 nodes in a browser.  Below 500 nodes this
    is networkx's ``spring_layout`` (Fruchterman-Reingold, exact forces); from
    500 on it is the same model with repulsion computed on a grid by FFT
    (O(n + g² log g) per step instead of O(n²), and no scipy needed).  The
    result is centred on 0, turned so its long axis is horizontal, and scaled
    so that nodes sit roughly 180 px apart.
    Given ``boxes`` (per node: half width, half height and downward offset of
    the shape-plus-label box, in px) and fewer than 500 nodes, nodes are then
    pushed apart until no two labels overlap.
    """
    import networkx as nx
    import numpy as np

    ids = list(node_ids)
    n = len(ids)
    if n == 0:
        return {}
    if n == 1:
        return {ids[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(ids)}
    edge_set = {
        (min(index[a], index[b]), max(index[a], index[b])) for a, b in pairs if a != b
    }
    if n < _SMALL_GRAPH:
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from(sorted(edge_set))
        placed = nx.spring_layout(graph, seed=seed, iterations=200 if n <= 150 else 100)
        arr = np.array([placed[i] for i in range(n)], dtype=float)
    else:
        arr = _grid_force_layout(n, np.array(sorted(edge_set), dtype=np.int64).reshape(-1, 2), seed)
    arr = arr - arr.mean(axis=0)
    # Turn the long axis horizontal: screens are wider than tall.
    _, vectors = np.linalg.eigh(arr.T @ arr)
    arr = arr @ vectors[:, ::-1]
    extent = float(np.abs(arr).max()) or 1.0
    arr = arr / extent * (90.0 * math.sqrt(n))
    if boxes is not None and n < _SMALL_GRAPH:
        arr = _remove_overlaps(arr, boxes)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(ids, arr)}


def _label_box(label: str, size: float, font_px: float = 14.0) -> tuple[float, float, float]:
    """(half width, half height, vertical offset) of a node with its label below it, in px."""
    width = sum(
        font_px if unicodedata.east_asian_width(ch) in "WF" else 0.55 * font_px for ch in label
    )
    half_w = max(size, width / 2) + 6
    half_h = (2 * size + font_px + 10) / 2
    return half_w, half_h, font_px / 2 + 3


def _remove_overlaps(arr: Any, boxes: Sequence[tuple[float, float, float]], rounds: int = 200) -> Any:
    """Push apart nodes whose boxes (shape plus label) overlap, keeping the layout's shape.

    Each round moves both nodes of every overlapping pair half the overlap
    apart along the axis where they overlap least; it stops once nothing
    overlaps.  Candidate pairs (boxes within a margin of each other) are found
    every 10 rounds on the full n×n grid, so this is for fewer than 500 nodes.
    """
    import numpy as np

    n = len(arr)
    half = np.array([(b[0], b[1]) for b in boxes], dtype=float)
    lift = np.array([(0.0, b[2]) for b in boxes], dtype=float)
    centre = arr + lift
    margin = 40.0
    first = second = reach = np.zeros(0)
    for step in range(rounds):
        if step % 10 == 0:
            gap = np.abs(centre[:, None, :] - centre[None, :, :]) - (half[:, None, :] + half[None, :, :])
            near = np.triu((gap[..., 0] < margin) & (gap[..., 1] < margin), k=1)
            first, second = np.nonzero(near)
            reach = half[first] + half[second]
        if not len(first):
            break
        diff = centre[first] - centre[second]
        overlap = reach - np.abs(diff)
        hit = (overlap[:, 0] > 0) & (overlap[:, 1] > 0)
        if not hit.any():
            if step % 10 == 0:
                break
            continue
        along_x = overlap[:, 0] < overlap[:, 1]
        sign = np.where(diff >= 0, 1.0, -1.0)
        push = np.zeros_like(diff)
        push[:, 0] = np.where(hit & along_x, sign[:, 0] * (overlap[:, 0] / 2 + 1), 0.0)
        push[:, 1] = np.where(hit & ~along_x, sign[:, 1] * (overlap[:, 1] / 2 + 1), 0.0)
        for axis in (0, 1):
            centre[:, axis] += 0.5 * (
                np.bincount(first, weights=push[:, axis], minlength=n)
                - np.bincount(second, weights=push[:, axis], minlength=n)
            )
    return centre - lift


def _grid_force_layout(n: int, pairs: Any, seed: int, iterations: int = 120) -> Any:
    """Fruchterman-Reingold with particle-mesh repulsion, for big graphs.

    Node counts are binned on a g×g grid; the repulsive field k²·d/|d|² of all
    nodes is one FFT convolution of that grid, read back at each node's cell.
    Attraction (d²/k along edges) is exact.  A weak pull to the centre keeps
    small components from drifting off.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k = 1.0 / math.sqrt(n)
    g = int(min(256, max(32, round(2.5 * math.sqrt(n)))))
    size = 2 * g
    offsets = np.arange(size, dtype=float)
    offsets[g:] -= size
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = 1.0
    kernel_x = dx / r2
    kernel_y = dy / r2
    kernel_x[0, 0] = kernel_y[0, 0] = 0.0
    fft_kx = np.fft.rfft2(kernel_x)
    fft_ky = np.fft.rfft2(kernel_y)
    src = pairs[:, 0] if len(pairs) else np.zeros(0, dtype=np.int64)
    dst = pairs[:, 1] if len(pairs) else np.zeros(0, dtype=np.int64)
    for step in range(iterations):
        low = pos.min(axis=0)
        span = float((pos.max(axis=0) - low).max()) * 1.0001 + 1e-9
        cell = span / g
        cells = np.minimum(((pos - low) / cell).astype(np.int64), g - 1)
        flat = cells[:, 0] * size + cells[:, 1]
        density = np.bincount(flat, minlength=size * size).reshape(size, size).astype(float)
        fft_density = np.fft.rfft2(density)
        field_x = np.fft.irfft2(fft_density * fft_kx, s=(size, size))
        field_y = np.fft.irfft2(fft_density * fft_ky, s=(size, size))
        scale = k * k / cell
        disp = np.empty_like(pos)
        disp[:, 0] = field_x[cells[:, 0], cells[:, 1]] * scale
        disp[:, 1] = field_y[cells[:, 0], cells[:, 1]] * scale
        if len(pairs):
            delta = pos[src] - pos[dst]
            dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-9
            pull = delta * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
        centre = pos.mean(axis=0)
        disp -= (pos - centre) * (2.0 / span)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.clip(length, 1e-9, None, out=length)
        temperature = 0.1 * span * (1.0 - step / iterations) + 1e-4 * span
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
    return pos


# ---------------------------------------------------------------------------
# Page data
# ---------------------------------------------------------------------------


def _class_style(cls: str) -> tuple[str, str, str]:
    return CLASS_STYLES.get(cls, _OTHER_CLASS_STYLE)


def _prop_style(prop: str) -> tuple[str, str]:
    return PROP_STYLES.get(prop, (prop, _OTHER_PROP_COLOUR))


def _darker(colour: str, factor: float = 0.72) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c * factor) for c in (r, g, b)))


def _text_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise GraphDataError(f"{what} must be a list of strings, got {type(value).__name__}")
    return [str(v) for v in value]


def _page_data(
    nodes: Sequence[Node], edges: Sequence[Edge], seed: int
) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Vis-network node and edge items plus the class and property legends."""
    by_id: dict[str, Node] = {}
    for n in nodes:
        for key in ("id", "label", "cls"):
            if not isinstance(n.get(key), str):
                raise GraphDataError(f"node {n.get('id')!r}: {key!r} must be a string")
        if n["id"] in by_id:
            raise GraphDataError(f"node id {n['id']!r} appears twice")
        by_id[n["id"]] = n
    for e in edges:
        for key in ("source", "target"):
            if e.get(key) not in by_id:
                raise GraphDataError(
                    f"edge {e.get('source')!r} -{e.get('prop')}-> {e.get('target')!r}: "
                    f"{key} is not among the nodes"
                )
        if not isinstance(e.get("prop"), str):
            raise GraphDataError(f"edge {e['source']!r} -> {e['target']!r}: 'prop' must be a string")

    # Sorted so that the same graph gives the same page whatever the input order.
    node_ids = sorted(by_id)
    edge_list = sorted(
        edges,
        key=lambda e: (
            e["source"],
            e["target"],
            e["prop"],
            str(e.get("article") or ""),
            str(e.get("evidence") or ""),
        ),
    )
    degree: dict[str, int] = dict.fromkeys(node_ids, 0)
    for e in edge_list:
        degree[e["source"]] += 1
        if e["target"] != e["source"]:
            degree[e["target"]] += 1
    # Size, and for hubs the label too, grow with degree: zoomed out, the
    # names of the best-connected entities stay readable.
    sizes = {i: min(40.0, round(10 + 4 * math.sqrt(degree[i]), 1)) for i in node_ids}
    fonts = {i: min(30, round(14 + 2.5 * math.sqrt(max(0, degree[i] - 3)))) for i in node_ids}
    positions = layout_positions(
        node_ids,
        ((e["source"], e["target"]) for e in edge_list),
        seed,
        boxes=[_label_box(by_id[i]["label"], sizes[i], fonts[i]) for i in node_ids],
    )

    vis_nodes = []
    for node_id in node_ids:
        n = by_id[node_id]
        x, y = positions[node_id]
        vis_nodes.append(
            {
                "id": node_id,
                "label": n["label"],
                "group": n["cls"],
                "cls": n["cls"],
                "aliases": _text_list(n.get("aliases"), f"node {node_id!r} aliases"),
                "articles": _text_list(n.get("articles"), f"node {node_id!r} articles"),
                "deg": degree[node_id],
                "size": sizes[node_id],
                "font": {"size": fonts[node_id]},
                "x": x,
                "y": y,
            }
        )

    # Parallel edges bend away from each other; a single edge stays straight.
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    for e in edge_list:
        pair_count[tuple(sorted((e["source"], e["target"])))] += 1
    pair_seen: dict[tuple[str, str], int] = defaultdict(int)
    vis_edges = []
    for i, e in enumerate(edge_list):
        pair = tuple(sorted((e["source"], e["target"])))
        nth = pair_seen[pair]
        pair_seen[pair] += 1
        smooth: Any = False
        if pair_count[pair] > 1 and nth > 0:
            clockwise = nth % 2 == 1
            if (e["source"], e["target"]) != pair:
                clockwise = not clockwise
            smooth = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.2 * ((nth + 1) // 2), 2),
            }
        if e["source"] == e["target"]:
            smooth = False
        zh, colour = _prop_style(e["prop"])
        evidence = e.get("evidence")
        article = e.get("article")
        vis_edges.append(
            {
                "id": f"e{i}",
                "from": e["source"],
                "to": e["target"],
                "prop": e["prop"],
                "propZh": zh,
                "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.85},
                "smooth": smooth,
                "evidence": None if evidence is None else str(evidence),
                "article": None if article is None else str(article),
            }
        )

    class_counts: dict[str, int] = defaultdict(int)
    for n in vis_nodes:
        class_counts[n["cls"]] += 1
    known = [c for c in CLASS_STYLES if c in class_counts]
    classes = []
    for cls in known + sorted(set(class_counts) - set(CLASS_STYLES)):
        zh, colour, shape = _class_style(cls)
        classes.append({"key": cls, "zh": zh, "color": colour, "shape": shape, "count": class_counts[cls]})
    prop_counts: dict[str, int] = defaultdict(int)
    for e in vis_edges:
        prop_counts[e["prop"]] += 1
    props = []
    for prop in [p for p in PROP_STYLES if p in prop_counts] + sorted(set(prop_counts) - set(PROP_STYLES)):
        zh, colour = _prop_style(prop)
        props.append({"key": prop, "zh": zh, "color": colour, "count": prop_counts[prop]})
    return vis_nodes, vis_edges, classes, props


def _vis_options(classes: list[dict], n_nodes: int, n_edges: int) -> dict:
    """vis-network options: fixed positions, no physics, one group per class."""
    big = n_nodes >= _SMALL_GRAPH or n_edges >= _BIG_GRAPH_EDGES
    groups = {}
    for c in classes:
        border = _darker(c["color"])
        groups[c["key"]] = {
            "shape": c["shape"],
            "color": {
                "background": c["color"],
                "border": border,
                "highlight": {"background": c["color"], "border": "#111111"},
                "hover": {"background": c["color"], "border": "#111111"},
            },
        }
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {
            "hover": True,
            "hoverConnectedEdges": not big,
            "tooltipDelay": 3600000,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            # Labels smaller than 7 px on screen are noise: leave them out until zoomed in.
            "scaling": {"label": {"enabled": False, "drawThreshold": 7}},
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            "font": {
                "face": _FONT_STACK,
                "size": 14,
                "color": "#1f2328",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "width": 1.4,
            "selectionWidth": 1.5,
            "hoverWidth": 1.0,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "arrowStrikethrough": False,
            "smooth": False,
            "font": {
                "face": _FONT_STACK,
                "size": 11,
                "color": "#4a4f55",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "align": "middle",
            },
        },
        "groups": groups,
    }


def _json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc., so neither ``</script>`` nor
    ``<!--`` can end or change the element; U+2028/U+2029 are escaped too.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_SCRIPT_RE = re.compile(r"<script>(.*?)</script>", re.S)


def render_network_html(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    *,
    title: str = "科技镇长团知识图谱",
    seed: int = 0,
) -> str:
    """Return the page that :func:`write_network_html` writes, as a string."""
    from pyvis.network import Network

    vis_nodes, vis_edges, classes, props = _page_data(nodes, edges, seed)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    # The fast path: pyvis's own node/edge lists filled in one go, not through
    # add_node/add_edge, which check every id against a list (quadratic).
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.toggle_physics(False)
    # A plain dict: Network.set_options strips spaces, which breaks font names.
    net.options = _vis_options(classes, len(vis_nodes), len(vis_edges))
    env = net.templateEnv  # pyvis's Jinja environment, rooted at its templates/
    vis_js = env.loader.get_source(env, _VIS_JS)[0]
    vis_css = env.loader.get_source(env, _VIS_CSS)[0]
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():
        raise RuntimeError("pyvis's vis-network assets cannot be inlined as they are")
    payload = {
        "nodes": net.nodes,
        "edges": net.edges,
        "classes": classes,
        "props": props,
        "fontFace": _FONT_STACK,
    }
    net.template = env.from_string(
        _PAGE_TEMPLATE,
        globals={
            "page_title": html.escape(title),
            "vis_js": vis_js,
            "vis_css": vis_css,
            "page_css": _PAGE_CSS,
            "page_js": _PAGE_JS,
            "data_json": _json_for_script(payload),
            "options_json": _json_for_script(net.options),
        },
    )
    page = net.generate_html(name="network.html", notebook=True)
    # Allow exactly the inline scripts of this page, by hash; nothing may be fetched.
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in _SCRIPT_RE.findall(page)
    )
    csp = (
        "default-src 'none'; script-src " + hashes + "; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )
    page = page.replace("__KG_CSP__", csp, 1)
    _check_self_contained(page)
    return page


_SCRIPT_BODY_RE = re.compile(r"(<script\b[^>]*>).*?</script>", re.S | re.I)
_EXTERNAL_RE = re.compile(
    r"<link\b|<script\b[^>]*\bsrc\s*=|<iframe\b|<img\b|@import|url\(\s*(?!['\"]?data:)",
    re.I,
)


def _check_self_contained(page: str) -> None:
    """Fail loudly if anything in the page would be fetched from elsewhere."""
    # Script bodies are left out (they fetch nothing by markup, and the CSP bars
    # them from fetching at all); their opening tags, the markup and CSS are searched.
    outside_scripts = _SCRIPT_BODY_RE.sub(r"\1</script>", page)
    match = _EXTERNAL_RE.search(outside_scripts)
    if match:
        context = outside_scripts[max(0, match.start() - 60) : match.end() + 60]
        raise RuntimeError(f"page would load an outside resource near: {context!r}")


def write_network_html(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    path: str | os.PathLike[str],
    *,
    title: str = "科技镇长团知识图谱",
    seed: int = 0,
) -> None:
    """Write a self-contained interactive network page to ``path``.

    The page opens from a file with no network: search by name or alias,
    filters by class and by property, a legend, tooltips for nodes (class,
    name, aliases, source articles) and edges (property, evidence sentence,
    article), and a click on a node dims all but its neighbours.  Positions are
    computed here with ``seed``; the same input gives a byte-identical file.

    The file is written to a temporary file in the same folder and then moved
    into place with ``os.replace``, so a reader never sees half a page.
    Raises :class:`GraphDataError` (a ``ValueError``) when an edge refers to an
    unknown node, a node id repeats, or a field has the wrong type.
    """
    target = Path(path)
    page = render_network_html(nodes, edges, title=title, seed=seed)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(page.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


# ---------------------------------------------------------------------------
# Page template.  Rendered by pyvis's Jinja environment (autoescape off): every
# value inserted below is either our own constant text, html.escape'd, or JSON
# passed through _json_for_script.
# ---------------------------------------------------------------------------

_PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="__KG_CSP__">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{ page_title }}</title>
<script>window.kgCspViolations=[];document.addEventListener("securitypolicyviolation",function(e){window.kgCspViolations.push(e.effectiveDirective+" "+e.blockedURI);});</script>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
<script>{{ vis_js }}</script>
</head>
<body>
<header id="kg-header">
  <h1 id="kg-title">{{ page_title }}</h1>
  <div id="kg-search-box">
    <input id="kg-search" type="search" autocomplete="off" spellcheck="false"
           placeholder="搜索实体：名称或别名" aria-label="搜索实体" aria-controls="kg-results">
    <ul id="kg-results" role="listbox" hidden></ul>
  </div>
  <div id="kg-status" aria-live="polite"></div>
</header>
<main id="kg-main">
  <div id="kg-canvas-wrap">
    <div id="kg-network"></div>
    <div id="kg-tooltip" role="tooltip" hidden></div>
    <div id="kg-hint">单击节点：突出其邻居 · 单击空白处：还原 · 滚轮缩放 · 拖动平移</div>
  </div>
  <aside id="kg-side">
    <section class="kg-panel">
      <div class="kg-panel-head"><h2>实体类别</h2>
        <button type="button" id="kg-reset" title="显示全部并取消选择">全部显示</button></div>
      <div id="kg-classes" class="kg-legend"></div>
    </section>
    <section class="kg-panel">
      <div class="kg-panel-head"><h2>关系</h2></div>
      <div id="kg-props" class="kg-legend"></div>
    </section>
    <section class="kg-panel" id="kg-info-panel">
      <div class="kg-panel-head"><h2>详情</h2></div>
      <div id="kg-info"><p class="kg-muted">单击节点或关系查看详情。</p></div>
    </section>
  </aside>
</main>
<script type="application/json" id="kg-data">{{ data_json }}</script>
<script>window.KG_OPTIONS = {{ options_json }};</script>
<script>{{ page_js }}</script>
</body>
</html>
"""

_PAGE_CSS = """
html, body { margin: 0; height: 100%; }
body { font-family: "Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","PingFang SC",
       "Microsoft YaHei","Hiragino Sans GB",sans-serif; color: #1f2328; background: #f6f7f9;
       display: flex; flex-direction: column; font-size: 13px; }
#kg-header { display: flex; align-items: center; gap: 18px; padding: 8px 16px;
             background: #1f3b5c; color: #fff; flex: 0 0 auto; }
#kg-title { font-size: 18px; margin: 0; font-weight: 600; white-space: nowrap; }
#kg-search-box { position: relative; width: 340px; }
#kg-search { width: 100%; box-sizing: border-box; padding: 6px 10px; font: inherit; font-size: 14px;
             border: 1px solid #9fb3c8; border-radius: 4px; }
#kg-results { position: absolute; z-index: 20; left: 0; right: 0; top: 100%; margin: 2px 0 0;
              padding: 0; list-style: none; background: #fff; color: #1f2328;
              border: 1px solid #c9d1d9; border-radius: 4px; box-shadow: 0 6px 18px rgba(0,0,0,.18);
              max-height: 360px; overflow-y: auto; }
#kg-results li { padding: 6px 10px; cursor: pointer; display: flex; gap: 8px; align-items: baseline; }
#kg-results li[aria-selected="true"], #kg-results li:hover { background: #e8f0fb; }
#kg-results li.kg-empty { color: #6a737d; cursor: default; }
#kg-results .kg-alias { color: #6a737d; font-size: 12px; }
#kg-status { margin-left: auto; font-size: 12px; opacity: .85; white-space: nowrap; }
#kg-main { flex: 1 1 auto; display: flex; min-height: 0; }
#kg-canvas-wrap { position: relative; flex: 1 1 auto; min-width: 0; background: #fff; }
#kg-network { position: absolute; inset: 0; }
#kg-hint { position: absolute; left: 10px; bottom: 8px; font-size: 12px; color: #6a737d;
           background: rgba(255,255,255,.85); padding: 2px 6px; border-radius: 3px; pointer-events: none; }
#kg-tooltip { position: absolute; z-index: 10; max-width: 360px; pointer-events: none;
              background: #fffef8; border: 1px solid #c9c3a8; border-radius: 5px; padding: 8px 10px;
              box-shadow: 0 4px 14px rgba(0,0,0,.18); font-size: 12.5px; line-height: 1.5; }
#kg-side { flex: 0 0 300px; overflow-y: auto; border-left: 1px solid #d8dee4; background: #f6f7f9; }
.kg-panel { padding: 10px 14px; border-bottom: 1px solid #e1e4e8; }
.kg-panel-head { display: flex; align-items: center; justify-content: space-between; }
.kg-panel h2 { font-size: 14px; margin: 0 0 6px; }
.kg-panel button { font: inherit; font-size: 12px; padding: 2px 8px; cursor: pointer; }
.kg-legend label { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.kg-legend .kg-count { margin-left: auto; color: #6a737d; font-size: 12px; }
.kg-legend .kg-key { color: #8b949e; font-size: 11px; }
.kg-badge { display: inline-block; color: #fff; border-radius: 3px; padding: 0 6px; font-size: 12px; }
.kg-name { font-size: 15px; font-weight: 600; margin: 3px 0; word-break: break-all; }
.kg-field { margin: 2px 0; word-break: break-all; }
.kg-field b { color: #57606a; font-weight: 600; }
.kg-evidence { margin: 4px 0; padding: 3px 8px; border-left: 3px solid #d0c8a0; background: #faf8ef;
               white-space: pre-wrap; word-break: break-all; }
.kg-muted { color: #6a737d; }
.kg-articles { margin: 2px 0 0 0; padding-left: 18px; }
.kg-rel { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 4px 0;
          border-bottom: 1px dashed #e1e4e8; cursor: pointer; font: inherit; color: inherit; }
.kg-rel:hover { background: #eef3fa; }
.kg-rel .kg-ev { display: block; color: #6a737d; font-size: 12px; overflow: hidden;
                 text-overflow: ellipsis; white-space: nowrap; }
"""

_PAGE_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var options = window.KG_OPTIONS;
  var DIM_NODE = 0.12, DIM_EDGE = 0.06;
  var FONT = options.nodes.font, EFONT = options.edges.font;
  var showEdgeLabels = data.edges.length <= 250;

  var nodeById = new Map(), edgeById = new Map(), clsByKey = new Map(), propByKey = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  data.classes.forEach(function (c) { clsByKey.set(c.key, c); });
  data.props.forEach(function (p) { propByKey.set(p.key, p); });
  var incident = new Map();
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    e.label = showEdgeLabels ? e.propZh : undefined;
    (e.from === e.to ? [e.from] : [e.from, e.to]).forEach(function (id) {
      if (!incident.has(id)) incident.set(id, []);
      incident.get(id).push(e.id);
    });
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  network.once("afterDrawing", function () {
    window.kgDrawnMs = performance.now();
    document.documentElement.setAttribute("data-kg-ready", "1");
  });

  // ---- small DOM helpers: text only, never HTML --------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function field(label, value) {
    var d = el("div", "kg-field");
    d.appendChild(el("b", null, label + "："));
    d.appendChild(document.createTextNode(String(value)));
    return d;
  }
  var SVGNS = "http://www.w3.org/2000/svg";
  function swatch(shape, colour) {
    var s = document.createElementNS(SVGNS, "svg");
    s.setAttribute("width", "16"); s.setAttribute("height", "16"); s.setAttribute("viewBox", "-8 -8 16 16");
    var p;
    if (shape === "dot") { p = document.createElementNS(SVGNS, "circle"); p.setAttribute("r", "6"); }
    else if (shape === "square") { p = document.createElementNS(SVGNS, "rect");
      p.setAttribute("x", "-5.5"); p.setAttribute("y", "-5.5"); p.setAttribute("width", "11"); p.setAttribute("height", "11"); }
    else if (shape === "line") { p = document.createElementNS(SVGNS, "path");
      p.setAttribute("d", "M-8 0 H4 M1 -3.5 L7 0 L1 3.5 Z"); p.setAttribute("stroke", colour);
      p.setAttribute("stroke-width", "2.2"); }
    else {
      var pts = {
        diamond: "0,-7 7,0 0,7 -7,0",
        triangle: "0,-7 7,5.5 -7,5.5",
        triangleDown: "0,7 7,-5.5 -7,-5.5",
        hexagon: "6.5,0 3.25,5.6 -3.25,5.6 -6.5,0 -3.25,-5.6 3.25,-5.6",
        star: "0,-7.5 1.9,-2.4 7.1,-2.3 3,0.9 4.4,6.1 0,3 -4.4,6.1 -3,0.9 -7.1,-2.3 -1.9,-2.4"
      }[shape] || "0,-6 6,0 0,6 -6,0";
      p = document.createElementNS(SVGNS, "polygon"); p.setAttribute("points", pts);
    }
    p.setAttribute("fill", colour);
    s.appendChild(p);
    return s;
  }
  function classOf(key) { return clsByKey.get(key) || { key: key, zh: key, color: "#7f7f7f", shape: "dot" }; }
  function propOf(key) { return propByKey.get(key) || { key: key, zh: key, color: "#8a8a8a" }; }
  function badge(zh, key, colour) {
    var b = el("span", "kg-badge", zh + " · " + key);
    b.style.background = colour;
    return b;
  }

  // ---- cards (tooltip and detail panel) -----------------------------------
  function nodeCard(n, box) {
    var c = classOf(n.cls);
    box.appendChild(badge(c.zh, c.key, c.color));
    box.appendChild(el("div", "kg-name", n.label));
    if (n.aliases.length) box.appendChild(field("别名", n.aliases.join("、")));
    box.appendChild(field("关系数", n.deg));
    if (n.articles.length) {
      box.appendChild(el("div", "kg-field", "来源文章（" + n.articles.length + "）："));
      var ul = el("ul", "kg-articles");
      n.articles.slice(0, 8).forEach(function (a) { ul.appendChild(el("li", null, a)); });
      if (n.articles.length > 8) ul.appendChild(el("li", "kg-muted", "……另 " + (n.articles.length - 8) + " 篇"));
      box.appendChild(ul);
    } else {
      box.appendChild(field("来源文章", "（无）"));
    }
  }
  function edgeCard(e, box) {
    var p = propOf(e.prop);
    box.appendChild(badge(p.zh, p.key, p.color));
    var a = nodeById.get(e.from), b = nodeById.get(e.to);
    box.appendChild(el("div", "kg-name", a.label + " → " + b.label));
    box.appendChild(el("div", "kg-field", "证据："));
    box.appendChild(el("div", "kg-evidence", e.evidence === null ? "（无证据句）" : e.evidence));
    box.appendChild(field("来源文章", e.article === null ? "（无）" : e.article));
  }

  // ---- tooltip -------------------------------------------------------------
  var tip = document.getElementById("kg-tooltip");
  var wrap = document.getElementById("kg-canvas-wrap");
  function showTip(build, pointer) {
    tip.replaceChildren();
    build(tip);
    tip.hidden = false;
    var x = pointer.x + 14, y = pointer.y + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > wrap.clientWidth - 4) x = Math.max(4, pointer.x - w - 14);
    if (y + h > wrap.clientHeight - 4) y = Math.max(4, pointer.y - h - 14);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; tip.replaceChildren(); }
  network.on("hoverNode", function (p) {
    var n = nodeById.get(p.node);
    showTip(function (box) { nodeCard(n, box); }, p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var e = edgeById.get(p.edge);
    showTip(function (box) { edgeCard(e, box); }, p.pointer.DOM);
  });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  container.addEventListener("mouseleave", hideTip);

  // ---- filters ----------------------------------------------------------------
  function table() { return Object.create(null); }  // no prototype: any id or class name is a safe key
  var clsOn = table(), propOn = table(), hiddenNode = table(), hiddenEdge = table();
  data.classes.forEach(function (c) { clsOn[c.key] = true; });
  data.props.forEach(function (p) { propOn[p.key] = true; });
  var status = document.getElementById("kg-status");
  function updateStatus() {
    var vn = 0, ve = 0;
    data.nodes.forEach(function (n) { if (!hiddenNode[n.id]) vn++; });
    data.edges.forEach(function (e) { if (!hiddenEdge[e.id]) ve++; });
    status.textContent = "节点 " + vn + " / " + data.nodes.length + " · 关系 " + ve + " / " + data.edges.length;
  }
  function applyFilters() {
    var nu = [], eu = [];
    data.nodes.forEach(function (n) {
      var h = !clsOn[n.cls];
      if (h !== !!hiddenNode[n.id]) { hiddenNode[n.id] = h; nu.push({ id: n.id, hidden: h }); }
    });
    data.edges.forEach(function (e) {
      var h = !propOn[e.prop] || !!hiddenNode[e.from] || !!hiddenNode[e.to];
      if (h !== !!hiddenEdge[e.id]) { hiddenEdge[e.id] = h; eu.push({ id: e.id, hidden: h }); }
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    if (focusId !== null && hiddenNode[focusId]) clearFocus();
    else if (focusId !== null) highlight(focusId);
    updateStatus();
  }
  function legendRow(box, id, key, zh, count, sw, on, onChange) {
    var lab = el("label");
    var cb = el("input"); cb.type = "checkbox"; cb.checked = on; cb.id = id; cb.value = key;
    cb.addEventListener("change", function () { onChange(cb.checked); });
    lab.appendChild(cb); lab.appendChild(sw);
    lab.appendChild(el("span", null, zh));
    lab.appendChild(el("span", "kg-key", key));
    lab.appendChild(el("span", "kg-count", count));
    box.appendChild(lab);
    return cb;
  }
  var clsBoxes = table(), propBoxes = table();
  var clsPanel = document.getElementById("kg-classes");
  data.classes.forEach(function (c) {
    clsBoxes[c.key] = legendRow(clsPanel, "kg-cls-" + c.key, c.key, c.zh, c.count, swatch(c.shape, c.color), true,
      function (on) { clsOn[c.key] = on; applyFilters(); });
  });
  var propPanel = document.getElementById("kg-props");
  data.props.forEach(function (p) {
    propBoxes[p.key] = legendRow(propPanel, "kg-prop-" + p.key, p.key, p.zh, p.count, swatch("line", p.color), true,
      function (on) { propOn[p.key] = on; applyFilters(); });
  });
  if (!data.classes.length) clsPanel.appendChild(el("p", "kg-muted", "（空图）"));

  // ---- neighbour highlight -----------------------------------------------------
  var focusId = null, dimmedNode = table(), dimmedEdge = table();
  function nodeStyle(n, dim) {
    return dim ? { opacity: DIM_NODE, font: { size: n.font.size, color: "rgba(31,35,40,0.15)", strokeColor: "rgba(255,255,255,0.15)" } }
               : { opacity: 1, font: { size: n.font.size, color: FONT.color, strokeColor: FONT.strokeColor } };
  }
  function edgeStyle(e, dim, near) {
    // Only what changes: each field costs vis-network time on big graphs.
    var c = propOf(e.prop).color;
    var style = { color: { color: c, highlight: c, hover: c, opacity: dim ? DIM_EDGE : 0.85 } };
    if (near || e.wasNear) style.width = near ? 2.4 : options.edges.width;
    if (!showEdgeLabels && (near || e.wasNear)) style.label = near ? e.propZh : " ";
    if (showEdgeLabels) {
      style.font = dim ? { color: "rgba(0,0,0,0)", strokeColor: "rgba(0,0,0,0)" }
                       : { color: EFONT.color, strokeColor: EFONT.strokeColor };
    }
    e.wasNear = near;
    return style;
  }
  function restyle(keepNodes, nearEdges) {
    var nu = [], eu = [];
    data.nodes.forEach(function (n) {
      var dim = keepNodes !== null && !keepNodes.has(n.id);
      if (dim !== !!dimmedNode[n.id]) { dimmedNode[n.id] = dim; nu.push(Object.assign({ id: n.id }, nodeStyle(n, dim))); }
    });
    data.edges.forEach(function (e) {
      var near = nearEdges !== null && nearEdges.has(e.id);
      var state = nearEdges === null ? 0 : (near ? 1 : 2);
      if (state !== (dimmedEdge[e.id] || 0)) {
        dimmedEdge[e.id] = state;
        eu.push(Object.assign({ id: e.id }, edgeStyle(e, state === 2, near)));
      }
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
  }
  function highlight(id) {
    var keep = new Set([id]), near = new Set();
    (incident.get(id) || []).forEach(function (eid) {
      if (hiddenEdge[eid]) return;
      var e = edgeById.get(eid);
      near.add(eid); keep.add(e.from); keep.add(e.to);
    });
    restyle(keep, near);
  }
  function clearFocus() {
    focusId = null;
    restyle(null, null);
    network.unselectAll();
    showHelp();
  }
  function focusNode(id, move) {
    var n = nodeById.get(id);
    if (!n) return;
    if (!clsOn[n.cls]) { clsOn[n.cls] = true; clsBoxes[n.cls].checked = true; applyFilters(); }
    focusId = id;
    network.selectNodes([id], false);
    highlight(id);
    showNode(n);
    if (move) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
  }

  // ---- detail panel ---------------------------------------------------------------
  var info = document.getElementById("kg-info");
  function showHelp() { info.replaceChildren(el("p", "kg-muted", "单击节点或关系查看详情。")); }
  function showNode(n) {
    info.replaceChildren();
    nodeCard(n, info);
    var list = (incident.get(n.id) || []).filter(function (eid) { return !hiddenEdge[eid]; });
    info.appendChild(el("div", "kg-field", "关联（" + list.length + "）："));
    list.slice(0, 300).forEach(function (eid) {
      var e = edgeById.get(eid), out = e.from === n.id, other = nodeById.get(out ? e.to : e.from);
      var b = el("button", "kg-rel"); b.type = "button";
      var line = el("span");
      var tag = el("span", "kg-badge", propOf(e.prop).zh); tag.style.background = propOf(e.prop).color;
      line.appendChild(tag);
      line.appendChild(document.createTextNode((out ? " → " : " ← ") + other.label));
      b.appendChild(line);
      b.appendChild(el("span", "kg-ev", e.evidence === null ? "（无证据句）" : e.evidence));
      b.title = (e.evidence || "") + (e.article ? "（" + e.article + "）" : "");
      b.addEventListener("click", function () { focusNode(other.id, true); });
      info.appendChild(b);
    });
    if (list.length > 300) info.appendChild(el("p", "kg-muted", "……另 " + (list.length - 300) + " 条"));
  }
  function showEdge(e) { info.replaceChildren(); edgeCard(e, info); }

  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) { focusNode(p.nodes[0], false); }
    else if (p.edges.length) {
      var e = edgeById.get(p.edges[0]);
      focusId = null;
      restyle(new Set([e.from, e.to]), new Set([e.id]));
      showEdge(e);
    } else { clearFocus(); }
  });

  // ---- search ------------------------------------------------------------------------
  function norm(s) { return String(s).normalize("NFKC").replace(/\s+/g, "").toLowerCase(); }
  var index = data.nodes.map(function (n) {
    return { n: n, label: norm(n.label), aliases: n.aliases.map(norm) };
  });
  function search(q) {
    q = norm(q);
    if (!q) return [];
    var hits = [];
    index.forEach(function (it) {
      var rank = -1, via = null;
      if (it.label === q) rank = 0;
      else if (it.label.indexOf(q) === 0) rank = 2;
      else if (it.label.indexOf(q) > 0) rank = 4;
      for (var i = 0; i < it.aliases.length && rank !== 0; i++) {
        var a = it.aliases[i], r = a === q ? 1 : a.indexOf(q) === 0 ? 3 : a.indexOf(q) > 0 ? 5 : -1;
        if (r >= 0 && (rank < 0 || r < rank)) { rank = r; via = it.n.aliases[i]; }
      }
      if (rank >= 0) hits.push({ n: it.n, rank: rank, via: via });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || b.n.deg - a.n.deg || (a.n.label < b.n.label ? -1 : a.n.label > b.n.label ? 1 : 0);
    });
    return hits.slice(0, 15);
  }
  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var current = [], active = -1;
  function renderResults() {
    current = search(input.value);
    active = current.length ? 0 : -1;
    results.replaceChildren();
    if (!norm(input.value)) { results.hidden = true; return; }
    if (!current.length) {
      results.appendChild(el("li", "kg-empty", "未找到“" + input.value.trim() + "”"));
    }
    current.forEach(function (h, i) {
      var li = el("li"); li.setAttribute("role", "option"); li.dataset.id = h.n.id;
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      var c = classOf(h.n.cls);
      li.appendChild(swatch(c.shape, c.color));
      li.appendChild(el("span", "kg-result-name", h.n.label));
      if (h.via) li.appendChild(el("span", "kg-alias", "别名：" + h.via));
      li.appendChild(el("span", "kg-alias", c.zh));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function markActive() {
    Array.prototype.forEach.call(results.children, function (li, i) {
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      if (i === active) li.scrollIntoView({ block: "nearest" });
    });
  }
  function choose(i) {
    var h = current[i];
    if (!h) return;
    results.hidden = true;
    focusNode(h.n.id, true);
  }
  input.addEventListener("input", function (ev) { if (!ev.isComposing) renderResults(); });
  input.addEventListener("compositionend", renderResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.isComposing || ev.keyCode === 229) return;
    if (ev.key === "ArrowDown" && current.length) { active = (active + 1) % current.length; markActive(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp" && current.length) { active = (active - 1 + current.length) % current.length; markActive(); ev.preventDefault(); }
    else if (ev.key === "Enter") { if (!current.length) renderResults(); choose(active < 0 ? 0 : active); ev.preventDefault(); }
    else if (ev.key === "Escape") { input.value = ""; renderResults(); }
  });
  input.addEventListener("blur", function () { results.hidden = true; });
  input.addEventListener("focus", function () { if (norm(input.value)) renderResults(); });

  document.getElementById("kg-reset").addEventListener("click", function () {
    Object.keys(clsOn).forEach(function (k) { clsOn[k] = true; clsBoxes[k].checked = true; });
    Object.keys(propOn).forEach(function (k) { propOn[k] = true; propBoxes[k].checked = true; });
    applyFilters();
    clearFocus();
    network.fit();
  });

  updateStatus();
  window.kg = {
    network: network, nodes: nodes, edges: edges, data: data,
    search: search, focusNode: focusNode, clearFocus: clearFocus,
    setClass: function (key, on) { clsOn[key] = on; clsBoxes[key].checked = on; applyFilters(); },
    setProp: function (key, on) { propOn[key] = on; propBoxes[key].checked = on; applyFilters(); }
  };
})();
"""
