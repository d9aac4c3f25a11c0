"""SHACL: every shape has a valid and an invalid example; the seed graph conforms; broken facts are reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Namespace, RDF

from kg.cli import cli
from kg.rdf import entity_iri
from kg.validate import validate_graph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "ontology" / "examples"
SH = Namespace("http://www.w3.org/ns/shacl#")


def node_shapes() -> list[str]:
    g = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    return sorted(str(s).rsplit("#", 1)[-1] for s in g.subjects(RDF.type, SH.NodeShape))


SHAPES = node_shapes()


def test_every_shape_has_both_examples_and_nothing_else():
    assert len(SHAPES) == 11
    expected = {f"{s}-{kind}.ttl" for s in SHAPES for kind in ("valid", "invalid")}
    assert {p.name for p in EXAMPLES.glob("*.ttl")} == expected


@pytest.mark.parametrize("shape", SHAPES)
def test_valid_example_conforms(shape: str):
    report = validate_graph(EXAMPLES / f"{shape}-valid.ttl")
    assert report.conforms, [(v.shape, v.focus, v.message) for v in report.violations]
    assert report.violations == []


@pytest.mark.parametrize("shape", SHAPES)
def test_invalid_example_fails_on_that_shape_only(shape: str):
    report = validate_graph(EXAMPLES / f"{shape}-invalid.ttl")
    assert not report.conforms
    assert report.violations, "no violation reported"
    # sh:sourceShape of every result, resolved to its NodeShape, is the shape the example is about.
    assert {v.shape for v in report.violations} == {shape}
    assert all(v.severity == "Violation" and v.message for v in report.violations)


def test_source_shape_is_read_from_the_report():
    """The shape name comes from sh:sourceShape (a property shape's node shape), not from the file name."""
    report = validate_graph(EXAMPLES / "EvidenceShape-invalid.ttl")
    by_path = {v.path: v for v in report.violations}
    assert by_path["confidence"].message == "confidence is a decimal from 0 to 1"
    assert by_path["evidence"].shape == "EvidenceShape"


def test_seed_graph_conforms(seed_graph: Path):
    report = validate_graph(seed_graph / "graph.trig")
    assert report.conforms, [(v.shape, v.focus, v.message) for v in report.violations[:10]]
    assert report.shapes == len(SHAPES)
    res = CliRunner().invoke(cli, ["validate", "-g", str(seed_graph / "graph.trig")])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output


def test_validate_reports_a_broken_fact(seed_graph: Path, tmp_path: Path):
    broken = tmp_path / "graph.trig"
    shutil.copy(seed_graph / "graph.trig", broken)
    jiangsu_u = entity_iri("University", "江苏大学")
    seu = entity_iri("University", "东南大学")
    with broken.open("a", encoding="utf-8") as fh:  # a university "located in" a university
        fh.write(f"\n<https://w3id.org/kjzz/id/graph/broken> {{ <{jiangsu_u}> "
                 f"<https://w3id.org/kjzz/ontology#locatedIn> <{seu}> . }}\n")
    res = CliRunner().invoke(cli, ["validate", "-g", str(broken)])
    assert res.exit_code == 1, res.output
    line = next(ln for ln in res.output.splitlines() if "locatedIn points to a locality" in ln)
    assert line.startswith("Violation: 江苏大学 <") and "locatedIn" in line
    assert res.output.rstrip().endswith(f"{broken}: 1 violations")
