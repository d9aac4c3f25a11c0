"""Score extraction against gold files, exactly as the spec's Scoring section says.

Entities match when a predicted label or alias equals a gold name or alias after
width and space folding; classes compare by the spec's superclass. Relations
match on folded subject, property and object (either direction for the symmetric
``collaboratesWith``). Figures match on subject, value and unit (the indicator is
free text and is not compared). All scores are micro-averaged over articles.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from kg.extract.text import fold

SYMMETRIC = {"collaboratesWith"}
SUPERCLASS = {
    "Province": "Locality", "City": "Locality", "District": "Locality", "County": "Locality",
    "Town": "Locality", "Zone": "Locality",
}


@dataclass
class PRF:
    """True positives, predicted and gold counts, with precision/recall/F1."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold


@dataclass
class DocReport:
    """Misses and false facts of one article, for ``--verbose``."""

    doc: str
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Micro-averaged scores over all articles."""

    entities: PRF = field(default_factory=PRF)
    entities_typed: PRF = field(default_factory=PRF)
    relations: PRF = field(default_factory=PRF)
    figures: PRF = field(default_factory=PRF)
    per_property: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    docs: list[DocReport] = field(default_factory=list)


def _names(ent: dict[str, Any]) -> set[str]:
    return {fold(ent["name"])} | {fold(a) for a in ent.get("aliases", [])}


def _cls(t: str) -> str:
    return SUPERCLASS.get(t, t)


def _match_entities(pred: list[dict], gold: list[dict], typed: bool) -> tuple[PRF, list, list]:
    """Greedy one-to-one matching of predicted to gold entities."""
    used: set[int] = set()
    tp = 0
    false = []
    for p in pred:
        pn = _names(p)
        hit = None
        for i, g in enumerate(gold):
            if i in used or not (pn & _names(g)):
                continue
            if typed and _cls(p["type"]) != _cls(g["type"]):
                continue
            hit = i
            break
        if hit is None:
            false.append(p)
        else:
            used.add(hit)
            tp += 1
    missed = [g for i, g in enumerate(gold) if i not in used]
    return PRF(tp, len(pred), len(gold)), missed, false


def _canon_map(pred_entities: list[dict], gold_entities: list[dict]) -> dict[str, str]:
    """Map each predicted name (and alias) to the gold name it matches, else itself."""
    by_alias = {}
    for g in gold_entities:
        for n in _names(g):
            by_alias.setdefault(n, fold(g["name"]))
    out = {}
    for p in pred_entities:
        target = next((by_alias[n] for n in sorted(_names(p)) if n in by_alias), fold(p["name"]))
        out[fold(p["name"])] = target
    return out


def _fact_keys(rels: Iterable[dict], canon: dict[str, str]) -> set[tuple[str, str, str]]:
    keys = set()
    for r in rels:
        s = canon.get(fold(r["s"]), fold(r["s"]))
        o = canon.get(fold(r["o"]), fold(r["o"]))
        if r["p"] in SYMMETRIC and o < s:
            s, o = o, s
        keys.add((s, r["p"], o))
    return keys


def _figure_keys(figs: Iterable[dict], canon: dict[str, str]) -> set[tuple[str, float, str]]:
    return {(canon.get(fold(f["s"]), fold(f["s"])), float(f["value"]), f["unit"]) for f in figs}


def score(predicted: list[dict], gold: list[dict]) -> Report:
    """Score predicted articles against gold articles (matched by ``doc``)."""
    report = Report()
    pred_by_doc = {p["doc"]: p for p in predicted}
    gold_identity = {}
    for g in gold:
        for e in g["entities"]:
            gold_identity[fold(e["name"])] = fold(e["name"])
    for g in gold:
        p = pred_by_doc.get(g["doc"], {"entities": [], "relations": [], "figures": []})
        dr = DocReport(g["doc"])
        ents, missed, false = _match_entities(p["entities"], g["entities"], typed=False)
        typed, tmissed, tfalse = _match_entities(p["entities"], g["entities"], typed=True)
        report.entities.add(ents)
        report.entities_typed.add(typed)
        dr.missed += [f"entity {e['name']} ({e['type']})" for e in missed]
        dr.false += [f"entity {e['name']} ({e['type']})" for e in false]
        canon = _canon_map(p["entities"], g["entities"])
        gold_canon = {n: fold(e["name"]) for e in g["entities"] for n in _names(e)}
        pk = _fact_keys(p["relations"], canon)
        gk = _fact_keys(g["relations"], gold_canon)
        report.relations.add(PRF(len(pk & gk), len(pk), len(gk)))
        for prop in {k[1] for k in pk | gk}:
            pp = {k for k in pk if k[1] == prop}
            gp = {k for k in gk if k[1] == prop}
            report.per_property[prop].add(PRF(len(pp & gp), len(pp), len(gp)))
        dr.missed += [f"relation {s} {p_} {o}" for s, p_, o in sorted(gk - pk)]
        dr.false += [f"relation {s} {p_} {o}" for s, p_, o in sorted(pk - gk)]
        pf = _figure_keys(p.get("figures", []), canon)
        gf = _figure_keys(g.get("figures", []), gold_canon)
        report.figures.add(PRF(len(pf & gf), len(pf), len(gf)))
        dr.missed += [f"figure {s} {v:g} {u}" for s, v, u in sorted(gf - pf)]
        dr.false += [f"figure {s} {v:g} {u}" for s, v, u in sorted(pf - gf)]
        report.docs.append(dr)
    return report
