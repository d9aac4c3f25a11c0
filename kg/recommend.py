"""Partner recommendation: which universities should an enterprise work with, and why.

Given the knowledge graph as a :class:`networkx.MultiDiGraph` (nodes are IRIs
with ``label``, ``cls`` and ``aliases``; each edge has a ``prop``), rank the
universities, research institutes and, optionally, academic units (schools)
that an enterprise does not work with yet, and explain every suggestion with
the paths in the graph that support it.

Six signals are computed for each candidate and combined as a weighted sum
(see :class:`Weights`):

``field``
    how well the candidate's strengths cover the enterprise's fields. The
    enterprise's fields come from its ``hasField`` edges, the ``fields``
    argument and its name (:func:`field_of_name`); a candidate's strengths
    from its ``hasField`` edges, the fields of platforms it hosts, the fields
    of the enterprises it already works with, the gazetteer and its name.
    In [0, 1] by construction.
``team``
    the 科技镇长团 link: teams that have members from the candidate (or one
    of its schools) and serve the enterprise's locality (1), a locality
    above it (``locality_decay`` per step) or just below it, or that
    brokered or visited for this enterprise (1); a team that brokered for
    both the enterprise and the candidate counts 0.8. Noisy-or over teams,
    in [0, 1].
``collab``
    collaborative evidence: the candidate works with enterprises similar to
    this one. Similarity is the (hierarchy-aware) overlap of their fields
    plus 0.5 for the same district or 0.25 for the same city; the signal is
    ``1 - exp(-sum of similarities)``, in [0, 1).
``proximity``
    personalized PageRank from the enterprise (and its localities) on an
    undirected, weighted simple-graph view. Divided by its maximum.
``geo``
    same city 1, same province 0.4, else 0.
``popularity``
    log of the number of enterprises the candidate works with, divided by its
    maximum: a prior (universities that work with many firms are likelier
    partners), and what separates otherwise equal candidates.

The public functions follow the style of :mod:`networkx.algorithms.link_prediction`.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict, deque
from dataclasses import asdict, dataclass, field as _dc_field
from functools import lru_cache
from typing import Any, Iterable, Mapping

import networkx as nx

from kg.errors import KGError
from kg.extract.text import name_key

__all__ = [
    "recommend_partners",
    "field_of_name",
    "closest_labels",
    "Weights",
    "Candidate",
    "Recommendation",
    "UnknownEntity",
    "FIELD_KEYWORDS",
    "INSTITUTION_FIELD_KEYWORDS",
    "FIELD_ALIASES",
]

INSTITUTION_CLASSES = ("University", "ResearchInstitute")
UNIT_CLASS = "AcademicUnit"
_PARTNER_CLASSES = (*INSTITUTION_CLASSES, UNIT_CLASS)

# ---------------------------------------------------------------------------
# Field vocabulary
# ---------------------------------------------------------------------------

#: Canonical industry fields and their true synonyms (used to merge field
#: names coming from the graph, the gazetteer and the ``fields`` argument).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "新能源": ("新能源产业", "清洁能源"),
    "生物医药": ("生物医药产业", "医药", "生物医药与医疗器械", "医疗器械"),
    "新材料": ("新材料产业", "先进材料"),
    "船舶与海工装备": ("船舶海工", "海工装备", "船舶/海工装备", "船舶", "海洋工程装备", "船舶和海工装备"),
    "汽车及零部件": ("汽车", "汽车零部件", "新能源汽车", "汽车及零部件产业"),
    "电力装备": ("电力", "电气装备", "智能电网", "电力电气"),
    "新一代信息技术": ("信息技术", "电子信息", "新一代信息技术产业", "集成电路", "软件和信息服务"),
    "现代农业": ("农业", "智慧农业", "现代农业产业"),
    "智能制造": ("高端装备", "高端装备制造", "智能装备", "装备制造", "高端装备与智能制造"),
    "节能环保": ("环保", "节能环保产业", "生态环保"),
    "化工": ("石化", "精细化工", "化学工业"),
    "航空航天": ("航空", "航天"),
    "纺织服装": ("纺织", "服装"),
    "食品": ("食品加工", "食品产业"),
}

#: Keywords in an enterprise's name and the field each suggests. Longer
#: keywords win over the shorter ones inside them (新能源汽车 → 汽车).
FIELD_KEYWORDS: dict[str, tuple[str, ...]] = {
    "新能源": ("新能源", "光伏", "太阳能", "风电", "风能", "储能", "锂电", "电池", "氢能", "核电", "生物质"),
    "生物医药": ("药业", "制药", "医药", "生物", "医疗", "药品", "疫苗", "医学", "健康科技", "基因"),
    "新材料": ("新材", "材料", "纳米", "碳纤维", "石墨烯", "高分子", "合金", "复合材"),
    "船舶与海工装备": ("船舶", "造船", "船业", "海工", "海洋工程", "船用", "游艇", "重工船"),
    "汽车及零部件": ("汽车", "汽配", "车辆", "新能源汽车", "车业", "车桥"),
    "电力装备": ("电力", "电气", "电器", "电缆", "电网", "输变电", "变压器", "开关", "电机", "电力装备"),
    "新一代信息技术": (
        "通信", "信息技术", "信息科技", "软件", "电子", "网络", "数据", "半导体",
        "集成电路", "芯片", "光电", "物联网", "人工智能", "微电子", "云计算",
    ),
    "现代农业": ("农业科技", "农业", "农产品", "种业", "农牧", "养殖", "果蔬", "茶业", "园艺", "生态农"),
    "智能制造": ("智能装备", "机械", "机器人", "数控", "自动化", "精密", "机床", "智能制造", "模具", "装备制造"),
    "节能环保": ("环保", "节能", "水处理", "环境", "固废", "净化"),
    "化工": ("化工", "化学", "石化"),
    "航空航天": ("航空", "航天", "无人机", "飞机"),
    "纺织服装": ("纺织", "服装", "服饰", "丝绸", "面料", "印染"),
    "食品": ("食品", "饮料", "酒业", "乳业"),
}

#: Keywords in a university's, institute's or school's name and the strength
#: each suggests (理工/科技 → 智能制造, 医科 → 生物医药, …).
INSTITUTION_FIELD_KEYWORDS: dict[str, tuple[str, ...]] = {
    "智能制造": ("理工", "科技大学", "科技学院", "工业大学", "工业学院", "工业职业", "机械", "机电", "智能制造"),
    "生物医药": ("医科", "医学", "药科", "药学", "中医药", "生命科学", "生物"),
    "现代农业": ("农业", "农林", "农学", "林业", "园艺"),
    "船舶与海工装备": ("海洋", "船舶", "海事", "航运"),
    "新一代信息技术": ("邮电", "信息", "电子", "计算机", "通信", "软件", "人工智能"),
    "电力装备": ("电力", "电气"),
    "新材料": ("材料",),
    "化工": ("化工", "化学"),
    "航空航天": ("航空", "航天"),
    "纺织服装": ("纺织", "服装"),
    "节能环保": ("环境", "环保"),
    "新能源": ("能源",),
    "汽车及零部件": ("汽车",),
    "食品": ("食品",),
}

_JIANGSU_CITIES = frozenset(
    "南京市 无锡市 徐州市 常州市 苏州市 南通市 连云港市 淮安市 盐城市 扬州市 镇江市 泰州市 宿迁市".split()
)
_MUNICIPALITIES = frozenset(("北京市", "上海市", "天津市", "重庆市"))



_norm = name_key  # names compare width-, space- and case-folded, as everywhere in kg


class _Scanner:
    """Finds the fields whose keywords occur in a text (memoised)."""

    def __init__(self, items: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        # longer keywords first; for the same keyword, the entry listed first wins
        order: dict[tuple[str, str], int] = {}
        for f, kws in items:
            for k in kws:
                nk = _norm(k)
                if nk:
                    order.setdefault((nk, f), len(order))
        self.pairs = sorted(order, key=lambda kf: (-len(kf[0]), order[kf]))
        self.memo: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> tuple[str, ...]:
        hit = self.memo.get(text)
        if hit is None:
            if len(self.memo) > 200_000:
                self.memo.clear()
            hit = self.memo[text] = self._scan(text)
        return hit

    def _scan(self, text: str) -> tuple[str, ...]:
        t = _norm(text)
        if not t:
            return ()
        taken = [False] * len(t)
        hits: list[tuple[int, str]] = []
        for kw, f in self.pairs:
            start = t.find(kw)
            while start != -1:
                end = start + len(kw)
                if not any(taken[start:end]):
                    for i in range(start, end):
                        taken[i] = True
                    hits.append((start, f))
                start = t.find(kw, end)
        out: list[str] = []
        for _, f in sorted(hits):
            if f not in out:
                out.append(f)
        return tuple(out)


@lru_cache(maxsize=64)
def _scanner_for(items: tuple[tuple[str, tuple[str, ...]], ...]) -> _Scanner:
    return _Scanner(items)


def _scanner(table: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]]) -> _Scanner:
    items = table.items() if isinstance(table, Mapping) else table
    return _scanner_for(tuple((f, tuple(k)) for f, k in items))


def _scan(text: str, table: Mapping[str, Iterable[str]]) -> list[str]:
    """Fields whose keywords occur in ``text``, longest keyword first, no overlaps."""
    return list(_scanner(table)(text))


def field_of_name(
    name: str,
    *,
    kind: str = "enterprise",
    table: Mapping[str, Iterable[str]] | None = None,
) -> list[str]:
    """Industry fields suggested by an organisation's name.

    Parameters
    ----------
    name : str
        Chinese name, e.g. ``"江苏海雷德蒙新能源(集团)有限公司"``.
    kind : {"enterprise", "institution"}
        Which keyword table to use: :data:`FIELD_KEYWORDS` for companies,
        :data:`INSTITUTION_FIELD_KEYWORDS` for universities and schools.
    table : mapping, optional
        Your own ``{field: keywords}`` table instead of the built-in one.

    Returns
    -------
    list of str
        Canonical field names in the order they occur in the name; empty when
        nothing matches. A longer keyword hides the shorter ones inside it.

    Examples
    --------
    >>> field_of_name("镇江某某新能源科技有限公司")
    ['新能源']
    >>> field_of_name("江苏某某药业股份有限公司")
    ['生物医药']
    >>> field_of_name("南京医科大学", kind="institution")
    ['生物医药']
    """
    if table is None:
        if kind == "enterprise":
            table = FIELD_KEYWORDS
        elif kind == "institution":
            table = INSTITUTION_FIELD_KEYWORDS
        else:
            raise ValueError(f"kind must be 'enterprise' or 'institution', not {kind!r}")
    return _scan(name, table)


#: Broader fields the built-in vocabulary knows (research disciplines are
#: related to the industries they serve); merged with the gazetteer's
#: ``broader`` column when that is available.
FIELD_BROADER: dict[str, tuple[str, ...]] = {
    "材料科学与工程": ("新材料",),
    "机械工程": ("智能制造",),
    "控制科学与工程": ("智能制造",),
    "电气工程": ("电力装备",),
    "计算机科学与技术": ("新一代信息技术",),
    "信息与通信工程": ("新一代信息技术",),
    "化学工程": ("化工",),
    "环境工程": ("节能环保",),
    "生物工程": ("生物医药",),
    "药学": ("生物医药",),
    "船舶与海洋工程": ("船舶与海工装备",),
    "海工装备": ("船舶与海工装备",),
    "农业工程": ("现代农业",),
    "食品科学与工程": ("食品",),
    "新能源汽车": ("汽车及零部件", "新能源"),
}


class _FieldVocab:
    """Field names from the graph, the gazetteer and the built-in table.

    Graph and gazetteer names are merged when they share a normalised name or
    alias; a built-in group joins the group of its name or of its first known
    alias but never merges two known groups (the gazetteer's 船舶 and 海工装备
    stay apart and are related through the hierarchy instead). A group is
    named by the graph's label if it has one, else the gazetteer's, else the
    built-in name.
    """

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._display: dict[str, tuple[int, int, str]] = {}
        self._n = 0
        self._names: dict[str, str] | None = None
        self._broader: dict[str, set[str]] = defaultdict(set)
        self._rel: dict[tuple[str, str], float] = {}

    def _find(self, x: str) -> str:
        while self._parent[x] != x:
            self._parent[x] = self._parent[self._parent[x]]
            x = self._parent[x]
        return x

    def add(self, name: str, aliases: Iterable[str], priority: int, merge: bool = True) -> None:
        key = _norm(name)
        if not key:
            return
        self._names = None
        als = [a for a in (_norm(x) for x in aliases) if a]
        if merge:
            for n in [key, *als]:
                self._parent.setdefault(n, n)
            root = self._find(key)
            for n in als:
                r = self._find(n)
                if r != root:
                    self._parent[r] = root
        else:
            if key in self._parent:
                root = self._find(key)
            else:
                root = next((self._find(a) for a in als if a in self._parent), key)
                self._parent[key] = root
            for a in als:
                self._parent.setdefault(a, root)
        self._n += 1
        cand = (priority, self._n, str(name).strip())
        if key not in self._display or cand < self._display[key]:
            self._display[key] = cand

    def canon(self, name: str) -> str | None:
        key = _norm(name)
        if key not in self._parent:
            return None
        if self._names is None:
            best: dict[str, tuple[int, int, str]] = {}
            for n, d in self._display.items():
                r = self._find(n)
                if r not in best or d < best[r]:
                    best[r] = d
            self._names = {r: d[2] for r, d in best.items()}
        return self._names.get(self._find(key))

    def name(self, text: str) -> str:
        """Canonical name of a field, or the text itself when unknown."""
        return self.canon(text) or str(text).strip()

    def add_broader(self, child: str, parent: str) -> None:
        c, p = self.name(child), self.name(parent)
        if c != p:
            self._broader[c].add(p)
            self._rel.clear()

    def _ancestors(self, f: str) -> dict[str, int]:
        out: dict[str, int] = {}
        todo = deque([(f, 0)])
        while todo:
            x, d = todo.popleft()
            for p in self._broader.get(x, ()):
                if p not in out and p != f:
                    out[p] = d + 1
                    todo.append((p, d + 1))
        return out

    def related(self, f: str, g: str) -> float:
        """1 for the same field, 0.7 parent/child, 0.4 two levels apart, 0.3 siblings, else 0."""
        if f == g:
            return 1.0
        key = (f, g)
        if key not in self._rel:
            af, ag = self._ancestors(f), self._ancestors(g)
            if g in af or f in ag:
                d = af.get(g, ag.get(f))
                r = 0.7 if d == 1 else (0.4 if d == 2 else 0.0)
            elif self._broader.get(f, set()) & self._broader.get(g, set()):
                r = 0.3
            else:
                r = 0.0
            self._rel[key] = self._rel[(g, f)] = r
        return self._rel[key]


def _build_vocab(G: nx.MultiDiGraph | None, gaz_fields: Iterable[Any]) -> _FieldVocab:
    v = _FieldVocab()
    if G is not None:
        for _, d in G.nodes(data=True):
            if d.get("cls") == "Field" and d.get("label"):
                v.add(d["label"], d.get("aliases") or (), 0)
    gaz_fields = list(gaz_fields)
    for e in gaz_fields:
        name = getattr(e, "name", None)
        if name:
            v.add(name, getattr(e, "aliases", None) or (), 1)
    for name, aliases in FIELD_ALIASES.items():
        v.add(name, aliases, 2, merge=False)
    for e in gaz_fields:
        name, parent = getattr(e, "name", None), getattr(e, "parent", None)
        if name and parent:
            v.add_broader(name, parent)
    for child, parents in FIELD_BROADER.items():
        for p in parents:
            v.add_broader(child, p)
    return v


# ---------------------------------------------------------------------------
# Gazetteer (optional)
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[tuple[Any, ...], tuple[Any, ...], Any]:
    """(universities and institutes, fields, divisions or None) from kg.gazetteer."""
    try:
        from kg import gazetteer  # noqa: PLC0415 - optional module
    except ImportError:
        return (), (), None
    orgs: tuple[Any, ...] = ()
    for fn in ("universities", "institutes"):
        if hasattr(gazetteer, fn):
            orgs += tuple(getattr(gazetteer, fn)())
    flds = tuple(gazetteer.fields()) if hasattr(gazetteer, "fields") else ()
    divs = gazetteer.divisions() if hasattr(gazetteer, "divisions") else None
    return orgs, flds, divs


_JIANGSU_CODE = "320000"


def _division_place(divs: Any, label: str) -> tuple[str | None, str | None]:
    """(city, province) of a locality name from the gazetteer's divisions."""
    if divs is None:
        return None, None
    try:
        e = divs.find(label, _JIANGSU_CODE)
    except TypeError:
        e = divs.find(label)
    if e is None:
        return None, None
    return getattr(e, "city", None), getattr(e, "province", None)


# ---------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------


class UnknownEntity(KGError, LookupError):
    """A name that is neither a label, an alias nor a node id in the graph.

    Attributes
    ----------
    name : str
        The name as given.
    suggestions : list of str
        Up to five closest labels (see :func:`closest_labels`).
    kind : str
        What was looked up: ``"enterprise"`` or ``"locality"``.
    """

    def __init__(self, name: str, suggestions: Iterable[str] = (), kind: str = "enterprise") -> None:
        self.name = name
        self.suggestions = list(suggestions)
        self.kind = kind
        msg = f"unknown {kind} {name!r}: no label, alias or id in the graph matches"
        if self.suggestions:
            msg += "; closest: " + ", ".join(self.suggestions)
        if kind == "enterprise":
            msg += " (give fields or a locality to recommend for an enterprise not in the graph)"
        super().__init__(msg)


@dataclass
class Candidate:
    """One suggested (or existing) partner.

    ``signals`` holds the normalised value of each signal before weighting;
    ``score`` is their weighted sum; ``reasons`` are the supporting paths in
    words, strongest first. ``university`` is the label of an academic unit's
    university (``None`` for universities and institutes).
    """

    node: str
    label: str
    cls: str
    score: float
    signals: dict[str, float]
    reasons: list[str]
    university: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Recommendation:
    """What :func:`recommend_partners` returns.

    ``enterprise`` is its label (or the name as given when it is not in the
    graph); ``node`` its node id or ``None``; ``fields`` and ``localities``
    what the recommendation used for it; ``existing`` the universities, units
    and institutes it already works with (never among ``candidates``).
    """

    enterprise: str
    node: str | None
    fields: list[str]
    localities: list[str]
    existing: list[Candidate]
    candidates: list[Candidate]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Weights:
    """Weights of the signals and knobs of :func:`recommend_partners`.

    The signal weights need not sum to one. The defaults are round numbers
    chosen by hand and checked with ``benchmarks/recommend_eval.py --tune``
    on synthetic graphs whose seeds (100-102) are disjoint from the ones the
    benchmark reports: there the MRR surface is flat (the searched optimum is
    within 0.005 of these defaults), so they lean on priors, e.g. ``field``
    keeps a large weight because it is what ranks candidates for an
    enterprise that is not in the graph yet.

    Attributes
    ----------
    field, team, collab, proximity, geo, popularity : float
        Weight of each signal (see the module docstring).
    locality_decay : float
        A team serving the locality ``d`` steps above the enterprise's counts
        ``locality_decay ** d``; one serving a locality below it counts
        ``locality_decay ** (d + 1)``.
    unit_inherit : float
        An academic unit gets at least this share of its university's field,
        team and collaborative evidence.
    alpha : float
        Damping factor of the personalized PageRank.
    """

    field: float = 0.30
    team: float = 0.20
    collab: float = 0.20
    proximity: float = 0.10
    geo: float = 0.05
    popularity: float = 0.20
    locality_decay: float = 0.5
    unit_inherit: float = 0.5
    alpha: float = 0.85

    def signal_weights(self) -> dict[str, float]:
        return {
            "field": self.field,
            "team": self.team,
            "collab": self.collab,
            "proximity": self.proximity,
            "geo": self.geo,
            "popularity": self.popularity,
        }


# ---------------------------------------------------------------------------
# Graph view
# ---------------------------------------------------------------------------

#: Edge weights of the undirected view used by the personalized PageRank.
PROP_WEIGHTS: dict[str, float] = {
    "collaboratesWith": 1.0,
    "brokered": 1.0,
    "memberInstitution": 1.0,
    "servesIn": 1.0,
    "memberOf": 0.7,
    "leads": 0.7,
    "affiliatedWith": 0.7,
    "partOf": 0.7,
    "hostedBy": 0.7,
    "visited": 0.5,
    "hasField": 0.5,
    "locatedIn": 0.3,
}


class _View:
    """Adjacency by property, labels and classes of a contract graph."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.cls: dict[str, str | None] = {}
        self.label: dict[str, str] = {}
        for n, d in G.nodes(data=True):
            self.cls[n] = d.get("cls")
            self.label[n] = str(d.get("label") or n)
        self.out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.inn: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.und: dict[str, dict[str, float]] = defaultdict(dict)
        for u, v, k, d in G.edges(keys=True, data=True):
            p = d.get("prop") or k
            self.out[p][u].add(v)
            self.inn[p][v].add(u)
            if u != v:
                w = PROP_WEIGHTS.get(p, 0.3)
                if w > self.und[u].get(v, 0.0):
                    self.und[u][v] = w
                    self.und[v][u] = w
        self._loc_cache: dict[str, tuple[str | None, str | None]] = {}
        self.divisions: Any = None  # kg.gazetteer.divisions(), when used

    def succ(self, n: str, prop: str) -> set[str]:
        return self.out[prop].get(n, set())

    def pred(self, n: str, prop: str) -> set[str]:
        return self.inn[prop].get(n, set())

    def both(self, n: str, prop: str) -> set[str]:
        return self.succ(n, prop) | self.pred(n, prop)

    def of_cls(self, *classes: str) -> list[str]:
        return [n for n, c in self.cls.items() if c in classes]

    # -- academic structure -------------------------------------------------

    def university_of(self, unit: str) -> str | None:
        seen, todo = {unit}, [unit]
        while todo:
            x = todo.pop()
            for p in sorted(self.succ(x, "partOf")):
                if self.cls.get(p) in INSTITUTION_CLASSES:
                    return p
                if p not in seen and self.cls.get(p) == UNIT_CLASS:
                    seen.add(p)
                    todo.append(p)
        return None

    def units_of(self, uni: str) -> set[str]:
        out: set[str] = set()
        todo = [uni]
        while todo:
            x = todo.pop()
            for c in self.pred(x, "partOf"):
                if self.cls.get(c) == UNIT_CLASS and c not in out:
                    out.add(c)
                    todo.append(c)
        return out

    # -- localities ---------------------------------------------------------

    def loc_parents(self, loc: str) -> list[str]:
        return sorted(p for p in self.succ(loc, "locatedIn") if self.cls.get(p) == "Locality")

    def loc_ancestors(self, loc: str) -> list[tuple[str, int]]:
        """``loc`` and the localities above it, with their distance."""
        out, seen, q = [], {loc}, deque([(loc, 0)])
        while q:
            x, d = q.popleft()
            out.append((x, d))
            for p in self.loc_parents(x):
                if p not in seen:
                    seen.add(p)
                    q.append((p, d + 1))
        return out

    def loc_descendants(self, loc: str, depth: int = 2) -> list[tuple[str, int]]:
        out, seen, q = [], {loc}, deque([(loc, 0)])
        while q:
            x, d = q.popleft()
            if d >= depth:
                continue
            for c in sorted(self.pred(x, "locatedIn")):
                if self.cls.get(c) == "Locality" and c not in seen:
                    seen.add(c)
                    out.append((c, d + 1))
                    q.append((c, d + 1))
        return out

    def city_province(self, loc: str) -> tuple[str | None, str | None]:
        """Prefecture-level city and province labels of a locality, if known."""
        if loc in self._loc_cache:
            return self._loc_cache[loc]
        chain = [x for x, _ in self.loc_ancestors(loc)]
        labels = [self.label[x] for x in chain]
        city = prov = None
        for i, lab in enumerate(labels):
            if lab.endswith(("省", "自治区")) or lab in _MUNICIPALITIES:
                prov = lab
                if lab in _MUNICIPALITIES:
                    city = lab
                elif i > 0 and labels[i - 1].endswith(("市", "自治州", "地区", "盟")):
                    city = labels[i - 1]
                break
        if city is None or prov is None:
            for lab in labels:
                c, p = self.place_of_label(lab)
                if c or p:
                    city, prov = city or c, prov or p
                    break
        self._loc_cache[loc] = (city, prov)
        return city, prov

    def place_of_label(self, label: str) -> tuple[str | None, str | None]:
        """(city, province) of a place name without the graph: gazetteer, then Jiangsu's cities."""
        c, p = _division_place(self.divisions, label)
        if c or p:
            return c, p
        if label in _JIANGSU_CITIES:
            return label, "江苏省"
        if label.endswith(("省", "自治区")):
            return None, label
        if label in _MUNICIPALITIES:
            return label, label
        return None, None

    def is_province(self, loc: str) -> bool:
        lab = self.label.get(loc, "")
        return lab.endswith(("省", "自治区")) or (lab in _MUNICIPALITIES and not self.loc_parents(loc))

    def localities_of(self, n: str) -> list[str]:
        return sorted(x for x in self.succ(n, "locatedIn") if self.cls.get(x) == "Locality")


def _resolve_locality(view: _View, name: str) -> str:
    if name in view.cls and view.cls[name] == "Locality":
        return name
    key = _norm(name)
    hits = []
    for n in view.of_cls("Locality"):
        names = [view.label[n], *(view.G.nodes[n].get("aliases") or ())]
        if any(_norm(x) == key for x in names):
            hits.append(n)
    if not hits:
        # 丹徒 for 丹徒区: accept a unique label whose stem is the name.
        hits = [n for n in view.of_cls("Locality") if _stem(view.label[n]) == key]
    if len(hits) >= 1:
        # Prefer the most specific one (a district over a same-named city).
        return max(sorted(hits), key=lambda n: len(view.loc_ancestors(n)))
    raise UnknownEntity(name, closest_labels(view.G, name, classes=("Locality",)), kind="locality")


def _stem(label: str) -> str:
    t = _norm(label)
    for suf in ("自治区", "省", "市", "区", "县", "镇", "街道", "乡"):
        if t.endswith(suf) and len(t) - len(suf) >= 2:
            return t[: -len(suf)]
    return t


_COMPANY_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团公司|\(集团\)|集团|公司)$")


def _company_stem(name: str) -> str:
    t = _norm(name)
    prev = None
    while prev != t:
        prev = t
        t = _COMPANY_SUFFIX.sub("", t)
    return t


#: Classes whose nodes a name may resolve to (an explicit node id may be anything).
_ENTERPRISE_LIKE = ("Enterprise", "GovernmentAgency", "Platform")


def _resolve_enterprise(view: _View, name: str) -> str | None:
    """Node id for ``name`` (id, label, alias, or label without company suffix)."""
    if name in view.cls:
        return name
    key = _norm(name)
    exact: list[str] = []
    for n, d in view.G.nodes(data=True):
        if view.cls[n] not in _ENTERPRISE_LIKE:
            continue
        names = [view.label[n], *(d.get("aliases") or ())]
        if any(_norm(x) == key for x in names):
            exact.append(n)
    if not exact:
        stem = _company_stem(name)
        if len(stem) >= 2:
            exact = [
                n
                for n, d in view.G.nodes(data=True)
                if view.cls[n] == "Enterprise"
                and any(_company_stem(x) == stem for x in [view.label[n], *(d.get("aliases") or ())])
            ]
    if not exact:
        return None
    ents = [n for n in exact if view.cls[n] == "Enterprise"]
    return sorted(ents or exact)[0]


def closest_labels(
    G: nx.Graph,
    name: str,
    n: int = 5,
    *,
    classes: Iterable[str] | None = ("Enterprise",),
    cutoff: float = 0.3,
) -> list[str]:
    """Labels in ``G`` closest to ``name``, for "did you mean" messages.

    Parameters
    ----------
    G : graph
        A graph whose nodes carry ``label`` (and optionally ``aliases`` and
        ``cls``) attributes.
    name : str
        The name to look for; compared after width/space normalisation.
    n : int
        At most this many labels are returned.
    classes : iterable of str or None
        Only nodes whose ``cls`` is one of these (default: enterprises); all
        nodes when ``None``. When no node of these classes comes close, all
        nodes are tried.
    cutoff : float
        Minimum similarity in [0, 1].

    Returns
    -------
    list of str
        Labels, most similar first. Similarity is :class:`difflib.SequenceMatcher`'s
        ratio of the names without company suffixes (有限公司, 集团 …), raised
        for a label that contains the name or is contained in it.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("e1", label="镇江东方电热科技股份有限公司", cls="Enterprise")
    >>> G.add_node("e2", label="江苏恒顺醋业股份有限公司", cls="Enterprise")
    >>> closest_labels(G, "东方电热")
    ['镇江东方电热科技股份有限公司']
    """
    q = _company_stem(name) or _norm(name)  # 有限公司 etc. would make every company look alike
    if not q or n <= 0:
        return []
    wanted = set(classes) if classes is not None else None

    def ranked(filter_cls: bool) -> list[str]:
        best: dict[str, float] = {}
        sm = difflib.SequenceMatcher(autojunk=False)
        sm.set_seq2(q)
        for node, d in G.nodes(data=True):
            if filter_cls and wanted is not None and d.get("cls") not in wanted:
                continue
            label = str(d.get("label") or node)
            for text in [label, *(d.get("aliases") or ())]:
                t = _company_stem(text) or _norm(text)
                if not t:
                    continue
                sm.set_seq1(t)
                if sm.real_quick_ratio() < cutoff and q not in t and t not in q:
                    continue
                r = sm.ratio()
                if q in t or t in q:
                    short, long_ = sorted((len(q), len(t)))
                    r = max(r, 0.6 + 0.4 * short / long_)
                if r >= cutoff and r > best.get(label, -1.0):
                    best[label] = r
        return [lab for lab, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]

    out = ranked(True)
    if not out and wanted is not None:
        out = ranked(False)
    return out


# ---------------------------------------------------------------------------
# Personalized PageRank (pure Python: networkx's pagerank needs scipy)
# ---------------------------------------------------------------------------


def _ppr(
    adj: Mapping[str, Mapping[str, float]],
    seeds: Mapping[str, float],
    alpha: float = 0.85,
    tol: float = 1e-6,
    max_iter: int = 100,
) -> dict[str, float]:
    """Personalized PageRank by power iteration on a weighted adjacency dict."""
    total = sum(v for v in seeds.values() if v > 0)
    if total <= 0:
        return {}
    nodes = list(adj)
    index = {n: i for i, n in enumerate(nodes)}
    for k in seeds:
        if k not in index:
            index[k] = len(nodes)
            nodes.append(k)
    n = len(nodes)
    rows: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for u, nb in adj.items():
        s = sum(nb.values())
        if s > 0:
            rows[index[u]] = [(index[v], w / s) for v, w in nb.items()]
    p = [0.0] * n
    for k, v in seeds.items():
        if v > 0:
            p[index[k]] += v / total
    x = p[:]
    for it in range(max_iter):
        nxt = [0.0] * n
        dangling = 0.0
        for i, xi in enumerate(x):
            if not xi:
                continue
            row = rows[i]
            if not row:
                dangling += xi
                continue
            a = alpha * xi
            for j, wj in row:
                nxt[j] += a * wj
        c = 1 - alpha + alpha * dangling
        for i, pi in enumerate(p):
            if pi:
                nxt[i] += c * pi
        done = it % 4 == 3 and sum(abs(a - b) for a, b in zip(nxt, x)) < tol
        x = nxt
        if done:
            break
    return {nodes[i]: v for i, v in enumerate(x) if v}


def _collab_strength(c: int) -> float:
    """Strength in a field shown by ``c`` partner enterprises in it: 0.4, 0.64, 0.78, …

    (Relative forms such as c / number of partners did no better on the
    synthetic benchmark and read worse in the reasons.)
    """
    return 1 - 0.6**c


def _noisy_or(values: Iterable[float]) -> float:
    prod = 1.0
    for v in values:
        prod *= 1.0 - max(0.0, min(1.0, v))
    return 1.0 - prod


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class _Evidence:
    """Raw per-candidate evidence, with the reasons that go with it."""

    # field -> list of (strength, kind of evidence, detail)
    profile: dict[str, list[tuple[float, str, Any]]] = _dc_field(default_factory=lambda: defaultdict(list))
    # team -> (weight, reason)
    teams: dict[str, tuple[float, str]] = _dc_field(default_factory=dict)
    collab: float = 0.0
    collab_peers: list[tuple[float, str, str]] = _dc_field(default_factory=list)
    city: str | None = None
    province: str | None = None
    n_enterprises: int = 0


def recommend_partners(
    G: nx.MultiDiGraph,
    enterprise: str,
    *,
    top: int = 10,
    fields: Iterable[str] = (),
    locality: str | None = None,
    weights: Weights | None = None,
    include_units: bool = True,
    universities: Iterable[Any] | None = None,
    field_aliases: Iterable[Any] | None = None,
    gazetteer: bool = True,
) -> Recommendation:
    """Rank the universities (and schools) an enterprise should partner with.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph in the project's networkx contract: nodes with
        ``label``, ``cls``, ``aliases``; edges with ``prop``.
    enterprise : str
        A node id, label or alias (compared after width/space normalisation;
        ``…有限公司``/``…集团`` suffixes may be left off). An enterprise not in
        the graph is accepted when ``fields`` or ``locality`` is given.
    top : int
        How many candidates to return.
    fields : iterable of str
        Industry fields of the enterprise, added to those in the graph and
        those its name suggests (:func:`field_of_name`).
    locality : str, optional
        Label (or id) of a locality in the graph where the enterprise is.
    weights : Weights, optional
        Signal weights; :class:`Weights` defaults when ``None``.
    include_units : bool
        Whether academic units (schools) may be candidates as well.
    universities : iterable, optional
        Entries for universities and institutes: objects with ``name``,
        ``aliases``, ``city``, ``province`` (and optionally ``fields``), used
        for the location and name-based strengths of candidates. ``None``:
        :func:`kg.gazetteer.universities` and ``institutes()``.
    field_aliases : iterable, optional
        Field entries (``name``, ``aliases``, optionally ``parent``: the
        broader field) merged with the built-in vocabulary. ``None``:
        :func:`kg.gazetteer.fields`.
    gazetteer : bool
        Whether to use :mod:`kg.gazetteer`, if importable, for what is
        ``None`` above and for localities whose city or province the graph
        does not tell. ``False`` makes the result depend on the graph and the
        arguments only.

    Returns
    -------
    Recommendation
        ``existing`` lists current partners (never recommended again);
        ``candidates`` the ``top`` best new ones with score > 0, best first,
        each with its per-signal values and the reasons behind it.

    Raises
    ------
    UnknownEntity
        If ``enterprise`` is not in the graph and neither ``fields`` nor
        ``locality`` is given, or ``locality`` is not in the graph. Its
        ``suggestions`` are the closest labels.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("d", label="丹徒区", cls="Locality")
    >>> G.add_node("t", label="海陵区科技镇长团", cls="Team")
    >>> G.add_node("u", label="江苏科技大学", cls="University")
    >>> G.add_node("v", label="南京大学", cls="University")
    >>> G.add_node("e", label="镇江某某船舶有限公司", cls="Enterprise")
    >>> for u, v, p in [("t", "d", "servesIn"), ("t", "u", "memberInstitution"), ("e", "d", "locatedIn")]:
    ...     _ = G.add_edge(u, v, key=p, prop=p)
    >>> rec = recommend_partners(G, "镇江某某船舶有限公司", gazetteer=False)
    >>> [c.label for c in rec.candidates]
    ['江苏科技大学']
    >>> rec.candidates[0].reasons[0]
    'a team serving 丹徒区 has members from 江苏科技大学'

    References
    ----------
    .. [1] D. Liben-Nowell, J. Kleinberg. The link-prediction problem for
           social networks. JASIST 58(7), 2007.
    .. [2] T. H. Haveliwala. Topic-sensitive PageRank. WWW 2002
           (personalized PageRank).
    .. [3] B. Sarwar et al. Item-based collaborative filtering recommendation
           algorithms. WWW 2001.
    """
    w = weights or Weights()
    view = _View(G)
    gaz_orgs, gaz_fields, divs = _gazetteer() if gazetteer else ((), (), None)
    universities = tuple(universities) if universities is not None else gaz_orgs
    field_aliases = tuple(field_aliases) if field_aliases is not None else gaz_fields
    view.divisions = divs
    vocab = _build_vocab(G, field_aliases)
    graph_fields = [
        _Named(view.label[n], tuple(G.nodes[n].get("aliases") or ())) for n in view.of_cls("Field")
    ]
    kw_scan = _scanner(_keyword_table((*graph_fields, *field_aliases)))
    uni_scan = _scanner(INSTITUTION_FIELD_KEYWORDS)
    canon = vocab.name

    # ---- the enterprise ---------------------------------------------------
    fields = [str(f).strip() for f in fields if str(f).strip()]
    node = _resolve_enterprise(view, enterprise)
    if node is None and not fields and locality is None:
        raise UnknownEntity(enterprise, closest_labels(G, enterprise))
    e_label = view.label[node] if node is not None else str(enterprise).strip()

    field_cache: dict[str, dict[str, float]] = {}

    def ent_fields(n: str) -> dict[str, float]:
        if n not in field_cache:
            fw: dict[str, float] = {}
            for fnode in view.succ(n, "hasField"):
                fw[canon(view.label[fnode])] = 1.0
            for f in kw_scan(view.label[n]):
                fw.setdefault(canon(f), 0.6)
            field_cache[n] = fw
        return field_cache[n]

    e_fields: dict[str, float] = dict(ent_fields(node)) if node is not None else {}
    if node is None:
        for f in kw_scan(e_label):
            e_fields.setdefault(canon(f), 0.6)
    for f in fields:
        c = vocab.canon(f)
        if c is None:
            guessed = kw_scan(f)
            c = canon(guessed[0]) if guessed else f
        e_fields[c] = 1.0

    e_locs: list[str] = view.localities_of(node) if node is not None else []
    if locality is not None:
        loc = _resolve_locality(view, locality)
        if loc not in e_locs:
            e_locs.append(loc)
    helped_by: set[str] = set()  # teams that brokered or visited for this enterprise
    if node is not None:
        for p in ("brokered", "visited"):
            for x in view.pred(node, p):
                if view.cls.get(x) == "Team":
                    helped_by.add(x)
                elif view.cls.get(x) == "Person":
                    helped_by.update(view.succ(x, "memberOf") | view.succ(x, "leads"))
    # Where the graph says nothing finer than a province, look further: the
    # teams that worked with it, localities it is linked with, its name.
    fallbacks: list[list[str]] = [
        [loc for t in sorted(helped_by) for loc in _team_localities(view, t)],
        sorted(x for x in view.both(node, "collaboratesWith") if view.cls.get(x) == "Locality") if node else [],
        _localities_in_name(view, e_label),
    ]
    for extra_locs in fallbacks:
        if all(view.is_province(x) for x in e_locs):
            fine = [x for x in extra_locs if not view.is_province(x)]
            e_locs = [x for x in e_locs if x not in fine] + fine if fine else e_locs or extra_locs
    e_locs = list(dict.fromkeys(e_locs))
    own = {x for x in e_locs if not view.is_province(x)}

    e_city = e_prov = None
    for loc in e_locs:
        c, p = view.city_province(loc)
        e_city, e_prov = e_city or c, e_prov or p

    # ---- candidate pool and existing partners -----------------------------
    classes = _PARTNER_CLASSES if include_units else INSTITUTION_CLASSES
    pool_all = view.of_cls(*_PARTNER_CLASSES)
    parent = {u: view.university_of(u) for u in pool_all if view.cls.get(u) == UNIT_CLASS}
    existing_direct: set[str] = set()
    existing_why: dict[str, str] = {}
    if node is not None:
        for x in sorted(view.both(node, "collaboratesWith")):
            if view.cls.get(x) in _PARTNER_CLASSES:
                existing_direct.add(x)
                arts = _edge_articles(G, node, x, "collaboratesWith")
                src = f" (article {', '.join(arts[:3])})" if arts else ""
                existing_why[x] = f"already collaborates with {e_label}{src}"
        for x in sorted(view.both(node, "collaboratesWith")):
            if view.cls.get(x) == "Platform":
                for host in sorted(view.succ(x, "hostedBy")):
                    if view.cls.get(host) in _PARTNER_CLASSES and host not in existing_why:
                        existing_direct.add(host)
                        existing_why[host] = f"already works with {e_label} through {view.label[x]}"
        for x in sorted(existing_direct):
            uni = parent.get(x)
            if uni is not None and uni not in existing_why:
                existing_why[uni] = f"already works with {e_label} through {view.label[x]}"
        for x in sorted(existing_why):
            if view.cls.get(x) in INSTITUTION_CLASSES:
                for unit in sorted(view.units_of(x)):
                    existing_why.setdefault(unit, f"its university {view.label[x]} already works with {e_label}")

    # ---- evidence ----------------------------------------------------------
    ev: dict[str, _Evidence] = {u: _Evidence() for u in pool_all}
    gaz_index = _gazetteer_index(universities)

    # field profiles and places
    for u in pool_all:
        e = ev[u]
        for fnode in view.succ(u, "hasField"):
            e.profile[canon(view.label[fnode])].append((1.0, "hasField", ""))
        for plat in view.pred(u, "hostedBy"):
            for fnode in view.succ(plat, "hasField"):
                e.profile[canon(view.label[fnode])].append((0.8, "platform", view.label[plat]))
        names = [view.label[u], *(G.nodes[u].get("aliases") or ())]
        entry = next((gaz_index[_norm(nm)] for nm in names if _norm(nm) in gaz_index), None)
        if entry is not None:
            for f in getattr(entry, "fields", None) or ():
                e.profile[canon(f)].append((0.8, "gazetteer", ""))
            names += [getattr(entry, "name", "") or "", *(getattr(entry, "aliases", None) or ())]
            e.city = getattr(entry, "city", None) or None
            e.province = getattr(entry, "province", None) or None
        for f in sorted({canon(f) for nm in names for f in uni_scan(nm)}):
            e.profile[f].append((0.5, "name", ""))
        for loc in view.localities_of(u):
            c, p = view.city_province(loc)
            if c or p:
                e.city, e.province = c or e.city, p or e.province
                break
        if e.city and not e.province:
            e.province = view.place_of_label(e.city)[1]

    # partners of each candidate (a university counts its units' partners);
    # the enterprise's own links are 'existing', not evidence
    partners: dict[str, set[str]] = {}
    for u in pool_all:
        orgs = [u, *(p for p in view.pred(u, "hostedBy") if view.cls.get(p) == "Platform")]
        partners[u] = {
            x for o in orgs for x in view.both(o, "collaboratesWith") if view.cls.get(x) == "Enterprise"
        } - {node}
    for u in pool_all:
        if view.cls.get(u) in INSTITUTION_CLASSES:
            for unit in view.units_of(u):
                partners[u] = partners[u] | partners[unit]
    for u in pool_all:
        e = ev[u]
        e.n_enterprises = len(partners[u])
        by_field: dict[str, int] = defaultdict(int)
        for p in partners[u]:
            for f in ent_fields(p):
                by_field[f] += 1
        for f, c in by_field.items():
            e.profile[f].append((_collab_strength(c), "collab", c))

    # units inherit a share of their university's strengths and its place
    for u, uni in parent.items():
        if uni is None:
            continue
        pe, ue = ev[uni], ev[u]
        ue.city, ue.province = ue.city or pe.city, ue.province or pe.province
        for f, srcs in list(pe.profile.items()):
            s = w.unit_inherit * _noisy_or(x for x, _, _ in srcs)
            ue.profile[f].append((s, "university", view.label[uni]))

    # team evidence
    team_w: dict[str, tuple[float, str]] = {}

    def offer(t: str, weight: float, why: str) -> None:
        if weight > team_w.get(t, (0.0, ""))[0]:
            team_w[t] = (weight, why)

    serving: dict[str, set[str]] = defaultdict(set)
    for t in view.of_cls("Team"):
        for loc in _team_localities(view, t):
            serving[loc].add(t)
    for t in sorted(helped_by):  # first: the most specific reason wins ties
        offer(t, 1.0, f"{view.label[t]}, which has worked with {e_label},")
    for loc0 in e_locs:
        for loc, d in view.loc_ancestors(loc0):
            for t in serving.get(loc, ()):
                if d == 0 or loc in own:
                    offer(t, 1.0, f"a team serving {view.label[loc]}")
                else:
                    why = f"a team serving {view.label[loc]} (which includes {view.label[loc0]})"
                    offer(t, w.locality_decay**d, why)
        if view.is_province(loc0):
            continue  # every team in the province would count: no information
        for loc, d in view.loc_descendants(loc0, depth=1):
            for t in serving.get(loc, ()):
                offer(t, w.locality_decay ** (d + 1), f"a team serving {view.label[loc]} (in {view.label[loc0]})")
    for t, (tw, why) in team_w.items():
        for m, via in _team_members(view, t):
            targets = [m]
            if parent.get(m):
                targets.append(parent[m])
            for x in targets:
                if x not in ev:
                    continue
                who = view.label[m] if x == m else f"{view.label[m]} ({view.label[x]})"
                text = f"{why} has members from {who}" if via is None else f"{why} has a member ({via}) from {who}"
                prev = ev[x].teams.get(t)
                if prev is None or tw > prev[0]:
                    ev[x].teams[t] = (tw, text)
    for t in helped_by:
        # the team has a channel to x (it arranged something with it), though
        # not as firm a one as having members from it
        for x in view.succ(t, "brokered"):
            if x in ev and ev[x].teams.get(t, (0.0, ""))[0] < 0.8:
                ev[x].teams[t] = (
                    0.8,
                    f"{view.label[t]} has brokered cooperation for both {e_label} and {view.label[x]}",
                )

    # collaborative evidence: the candidate's partners that resemble the enterprise
    sim_cache: dict[str, tuple[float, str]] = {}

    def similarity(p: str) -> tuple[float, str]:
        if p not in sim_cache:
            pf = ent_fields(p)
            s, tags = 0.0, []
            if pf and e_fields:
                matched = 0.0
                for f in e_fields:
                    best = max(((vocab.related(f, g), g) for g in pf), default=(0.0, ""))
                    if best[0] > 0:
                        matched += best[0]
                        tags.append(best[1])
                s = matched / len(set(pf) | set(e_fields))
            plocs = set(view.localities_of(p))
            if plocs & own:
                s += 0.5
                tags.append(view.label[sorted(plocs & own)[0]])
            elif e_city and any(view.city_province(x)[0] == e_city for x in plocs):
                s += 0.25
                tags.append(e_city)
            sim_cache[p] = (s, "; ".join(dict.fromkeys(tags)))
        return sim_cache[p]

    for u in pool_all:
        e = ev[u]
        for p in partners[u]:
            s, tag = similarity(p)
            if s > 0:
                e.collab += s
                e.collab_peers.append((s, view.label[p], tag))
        e.collab_peers.sort(key=lambda x: (-x[0], x[1]))

    # personalized PageRank from the enterprise (or its localities and fields)
    seeds: dict[str, float] = {}
    if node is not None:
        seeds[node] = 1.0
    for loc in own or e_locs:
        seeds[loc] = seeds.get(loc, 0.0) + 0.5
    if node is None:
        for fnode in view.of_cls("Field"):
            if canon(view.label[fnode]) in e_fields:
                seeds[fnode] = 0.5
    ppr = _ppr(view.und, seeds, alpha=w.alpha)

    # ---- signals ------------------------------------------------------------
    fw_total = sum(e_fields.values())
    raw: dict[str, dict[str, float]] = {}
    field_reasons: dict[str, list[tuple[float, str]]] = {}
    for u in pool_all:
        e = ev[u]
        score, reasons = 0.0, []
        strength = {g: _noisy_or(x for x, _, _ in srcs) for g, srcs in e.profile.items()}
        for f, wf in e_fields.items():
            best = max(((vocab.related(f, g) * sg, g) for g, sg in strength.items()), default=(0.0, ""))
            if best[0] <= 0:
                continue
            score += wf * best[0]
            g = best[1]
            src = max(e.profile[g], key=lambda x: (x[0], x[1]))
            reasons.append((wf * best[0], g, _field_reason(src, g, f, view.label[u])))
        seen_g: set[str] = set()
        reasons = [
            (x, text) for x, g, text in sorted(reasons, key=lambda r: -r[0]) if not (g in seen_g or seen_g.add(g))
        ]
        raw[u] = {
            "field": score / fw_total if fw_total else 0.0,
            "team": _noisy_or(tw for tw, _ in e.teams.values()),
            "collab": e.collab,
            "proximity": ppr.get(u, 0.0),
            "popularity": math.log1p(e.n_enterprises),
        }
        field_reasons[u] = sorted(reasons, key=lambda x: -x[0])
        if e_city and e.city and _norm(e.city) == _norm(e_city):
            raw[u]["geo"] = 1.0
        elif e_prov and e.province and _norm(e.province) == _norm(e_prov):
            raw[u]["geo"] = 0.4
        else:
            raw[u]["geo"] = 0.0
    for u, uni in parent.items():
        if uni is None:
            continue
        for sig in ("team", "collab"):
            inherited = w.unit_inherit * raw[uni][sig]
            if inherited > raw[u][sig]:
                raw[u][sig] = inherited
                if sig == "team":
                    ev[u].teams = {
                        t: (w.unit_inherit * tw, f"{txt} (its university)") for t, (tw, txt) in ev[uni].teams.items()
                    }
                else:
                    ev[u].collab_peers = ev[uni].collab_peers

    pool = [u for u in pool_all if view.cls.get(u) in classes and u not in existing_why]
    scale = {}
    for sig in ("proximity", "popularity"):
        m = max((raw[u][sig] for u in pool), default=0.0)
        scale[sig] = m if m > 0 else 1.0
    ws = w.signal_weights()
    paths = _Paths(view, [node] if node is not None else e_locs)

    def make(u: str, extra: list[str]) -> Candidate:
        sig = {k: min(1.0, raw[u][k] / scale.get(k, 1.0)) for k in _SIGNALS}
        sig["collab"] = 1.0 - math.exp(-raw[u]["collab"])
        score = sum(ws[k] * v for k, v in sig.items())
        reasons = _reasons(u, ev[u], sig, ws, field_reasons.get(u, []), e_city, e_prov, paths)
        uni = parent.get(u)
        return Candidate(
            node=u,
            label=view.label[u],
            cls=view.cls.get(u) or "",
            score=round(score, 6),
            signals={k: round(v, 6) for k, v in sig.items()},
            reasons=extra + reasons,
            university=view.label[uni] if uni else None,
        )

    cands = [c for c in (make(u, []) for u in pool) if c.score > 0]
    cands.sort(key=lambda c: (-c.score, c.label, c.node))
    existing = [make(u, [why]) for u, why in existing_why.items() if u in ev]
    existing.sort(key=lambda c: (c.node not in existing_direct, -c.score, c.label))
    return Recommendation(
        enterprise=e_label,
        node=node,
        fields=sorted(e_fields, key=lambda f: (-e_fields[f], f)),
        localities=[view.label[x] for x in e_locs],
        existing=existing,
        candidates=cands[: max(0, top)],
    )


_SIGNALS = ("field", "team", "collab", "proximity", "geo", "popularity")


@dataclass(frozen=True)
class _Named:
    name: str
    aliases: tuple[str, ...] = ()


def _field_reason(src: tuple[float, str, Any], g: str, f: str, label: str) -> str:
    """Words for the strongest evidence that a candidate is strong in ``g``."""
    _, kind, detail = src
    same = g == f
    tail = ", the enterprise's field" if same else f", related to the enterprise's field {f}"
    if kind == "hasField":
        return f"strength in {g} matches the enterprise's field" if same else f"strength in {g}{tail}"
    if kind == "platform":
        return f"hosts {detail} ({g}){tail}"
    if kind == "collab":
        noun = "enterprise" if detail == 1 else "enterprises"
        return f"{label} signed with {detail} {noun} in {g}" + ("" if same else tail)
    if kind == "gazetteer":
        return f"the gazetteer lists strength in {g}{tail}"
    if kind == "university":
        return f"its university {detail} is strong in {g}{tail}"
    return f"its name suggests strength in {g}{tail}"


def _edge_articles(G: nx.MultiDiGraph, a: str, b: str, prop: str) -> list[str]:
    out = []
    for u, v in ((a, b), (b, a)):
        for k, d in (G.get_edge_data(u, v) or {}).items():
            if (d.get("prop") or k) == prop:
                art = d.get("article")
                if isinstance(art, str) and art and art not in out:
                    out.append(art)
                elif isinstance(art, (list, tuple)):
                    out += [x for x in art if x not in out]
    return out


def _keyword_table(entries: Iterable[Any]) -> list[tuple[str, tuple[str, ...]]]:
    """Keywords for enterprise names: graph/gazetteer field names first, then the built-in table."""
    table: list[tuple[str, tuple[str, ...]]] = []
    for e in entries:
        name = getattr(e, "name", None)
        if name:
            kws = tuple(a for a in [name, *(getattr(e, "aliases", None) or ())] if len(_norm(a)) >= 2)
            table.append((name, kws))
    table.extend(FIELD_KEYWORDS.items())
    return table


def _gazetteer_index(entries: Iterable[Any] | None) -> dict[str, Any]:
    idx: dict[str, Any] = {}
    for e in entries or ():
        for nm in [getattr(e, "name", None), *(getattr(e, "aliases", None) or ())]:
            if nm:
                idx.setdefault(_norm(nm), e)
    return idx


def _team_localities(view: _View, team: str) -> list[str]:
    """Where a team serves; a sub-team with no servesIn serves where its parent does."""
    seen, todo = {team}, [team]
    while todo:
        t = todo.pop(0)
        locs = sorted(x for x in view.succ(t, "servesIn") if view.cls.get(x) == "Locality")
        if locs:
            return locs
        for p in sorted(view.succ(t, "partOf")):
            if view.cls.get(p) == "Team" and p not in seen:
                seen.add(p)
                todo.append(p)
    return []


def _team_members(view: _View, team: str) -> list[tuple[str, str | None]]:
    """(home institution or unit, via person label or None) for a team."""
    out: list[tuple[str, str | None]] = []
    for m in sorted(view.succ(team, "memberInstitution")):
        out.append((m, None))
    people = view.pred(team, "memberOf") | view.pred(team, "leads")
    for p in sorted(people):
        for org in sorted(view.succ(p, "affiliatedWith")):
            if view.cls.get(org) in _PARTNER_CLASSES:
                out.append((org, view.label[p]))
    # prefer the institutional record, then the first person
    seen: dict[str, str | None] = {}
    for m, via in out:
        if m not in seen or (seen[m] is not None and via is None):
            seen[m] = via
    return list(seen.items())


def _localities_in_name(view: _View, name: str) -> list[str]:
    """Localities whose label (or stem: 镇江 for 镇江市) occurs in ``name``."""
    t = _norm(name)
    hits = []
    for n in view.of_cls("Locality"):
        stem = _stem(view.label[n])
        if len(stem) >= 2 and (stem in t or _norm(view.label[n]) in t):
            hits.append(n)
    # drop localities that contain another hit
    above = {a for h in hits for a, d in view.loc_ancestors(h) if d > 0}
    return sorted(h for h in hits if h not in above)


def _reasons(
    u: str,
    e: _Evidence,
    sig: Mapping[str, float],
    ws: Mapping[str, float],
    field_reasons: list[tuple[float, str]],
    e_city: str | None,
    e_prov: str | None,
    paths: _Paths,
) -> list[str]:
    items: list[tuple[float, str]] = []
    if sig["team"] > 0:
        teams = sorted(e.teams.values(), key=lambda x: (-x[0], x[1]))
        for i, (tw, text) in enumerate(teams[:2]):
            items.append((ws["team"] * tw - 1e-6 * i, text))
    if sig["field"] > 0:
        seen = set()
        for i, (fw, text) in enumerate(field_reasons[:3]):
            if text not in seen:
                seen.add(text)
                items.append((ws["field"] * max(sig["field"], fw) - 1e-6 * i, text))
    if sig["collab"] > 0 and e.collab_peers:
        peers = e.collab_peers[:3]
        listed = ", ".join(f"{lab} ({tag})" if tag else lab for _, lab, tag in peers)
        n = len(e.collab_peers)
        more = f" and {n - len(peers)} more" if n > len(peers) else ""
        items.append((ws["collab"] * sig["collab"], f"works with {_count(n, 'similar enterprise')}: {listed}{more}"))
    if sig["geo"] >= 1.0:
        items.append((ws["geo"], f"same city ({e_city})"))
    elif sig["geo"] > 0:
        items.append((ws["geo"] * sig["geo"], f"same province ({e_prov})"))
    if sig["proximity"] >= 0.2 and not e.teams:
        path = paths.words(u)
        if path:
            items.append((ws["proximity"] * sig["proximity"], f"linked in the graph: {path}"))
    if sig["popularity"] > 0 and e.n_enterprises and not items:
        items.append((ws["popularity"] * sig["popularity"], f"has worked with {_count(e.n_enterprises, 'enterprise')}"))
    items.sort(key=lambda x: -x[0])
    out: list[str] = []
    for _, text in items:
        if text not in out:
            out.append(text)
    return out


class _Paths:
    """Shortest undirected paths from the enterprise (or its localities), for reasons."""

    def __init__(self, view: _View, sources: Iterable[str], cutoff: int = 4) -> None:
        self.view = view
        self.sources = [x for x in sources if x is not None]
        self.cutoff = cutoff
        self.prev: dict[str, str | None] | None = None

    def _bfs(self) -> dict[str, str | None]:
        view = self.view
        prev: dict[str, str | None] = {s: None for s in self.sources}
        q = deque((s, 0) for s in self.sources)
        while q:
            x, d = q.popleft()
            if d >= self.cutoff:
                continue
            for y in sorted(view.und.get(x, ())):
                if y in prev:
                    continue
                prev[y] = x
                # paths through hubs (fields, provinces, other enterprises' schools) explain little
                c = view.cls.get(y)
                if c == "Field" or (c == "Locality" and not view.loc_parents(y)):
                    continue
                q.append((y, d + 1))
        return prev

    def words(self, target: str) -> str | None:
        if self.prev is None:
            self.prev = self._bfs()
        if target not in self.prev or target in self.sources:
            return None
        chain: list[str] = []
        x: str | None = target
        while x is not None:
            chain.append(self.view.label[x])
            x = self.prev[x]
        return " → ".join(reversed(chain))
