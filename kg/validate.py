"""Validate the built graph against ``ontology/shapes.ttl`` with pySHACL.

The graph is validated as one union graph (all article graphs plus the default
graph) together with the ontology, so ``sh:class kg:Organization`` accepts a
``kg:University`` through ``rdfs:subClassOf``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SH = Namespace("http://www.w3.org/ns/shacl#")


def ontology_path(name: str) -> Path:
    """A file of the ontology folder (in the repository checkout)."""
    return ROOT / "ontology" / name


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str
    shape: str | None = None  # the NodeShape whose constraint failed (local name, e.g. "EvidenceShape")


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    shapes: int
    violations: list[Violation] = field(default_factory=list)


def _load(path: Path) -> Graph:
    if not path.exists():
        raise InputError(path, "no such graph file (run `kg build` first)")
    try:
        if path.suffix in (".trig", ".nq"):
            ds = Dataset()
            ds.parse(path, format="trig" if path.suffix == ".trig" else "nquads")
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        return Graph().parse(path)
    except Exception as exc:  # rdflib raises many parser-specific errors
        raise InputError(path, f"not a readable RDF file ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})") from None


def _label(g: Graph, node) -> str:
    from rdflib.namespace import RDFS

    lab = g.value(node, RDFS.label)
    return f"{lab} <{node}>" if lab else f"<{node}>"


def _node_shape(shapes: Graph, source) -> str | None:
    """The NodeShape a result comes from: the source shape itself, or the node shape owning that property shape."""
    if source is None:
        return None
    if (source, RDF.type, SH.NodeShape) not in shapes:
        source = next(iter(shapes.subjects(SH.property, source)), source)
    return str(source).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if isinstance(source, URIRef) else None


def validate_graph(graph: Path, shapes: Path | None = None) -> ValidationReport:
    """Run pySHACL; returns whether the graph conforms and each violation in words."""
    data = _load(graph)
    shapes_graph = _load(shapes or ontology_path("shapes.ttl"))
    ont = Graph().parse(ontology_path("kg.ttl"))
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph, ont_graph=ont, inference="none",
                                           advanced=True, allow_warnings=True)
    violations = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        msg = report.value(r, SH.resultMessage)
        sev = report.value(r, SH.resultSeverity)
        violations.append(Violation(_label(data, focus), str(path).split("#")[-1] if path else None,
                                    str(msg) if msg else "", str(sev).split("#")[-1] if sev else "Violation",
                                    _node_shape(shapes_graph, report.value(r, SH.sourceShape))))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    n_shapes = len(set(shapes_graph.subjects(RDF.type, SH.NodeShape)))
    return ValidationReport(bool(conforms), len(data), n_shapes, violations)
