"""``kg export``: JSON-LD, N-Triples, N-Quads, GraphML, GEXF and Neo4j CSV from the built graph."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.nxview import load_networkx

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def trig(seed_graph: Path) -> Path:
    return seed_graph / "graph.trig"


def loaded(path: Path, fmt: ox.RdfFormat) -> set:
    """The quads of an RDF file as an Oxigraph store holds them (literals in canonical form: 1.0 → 1)."""
    st = ox.Store()
    st.bulk_load(path=str(path), format=fmt)
    return set(st)


@pytest.fixture(scope="module")
def quads(trig: Path) -> set:
    return loaded(trig, ox.RdfFormat.TRIG)


@pytest.fixture(scope="module")
def view(trig: Path) -> nx.MultiDiGraph:
    return load_networkx(trig)


def export(trig: Path, fmt: str, out: Path) -> str:
    res = CliRunner().invoke(cli, ["export", "-g", str(trig), "--to", fmt, "-o", str(out)])
    assert res.exit_code == 0, (res.output, res.exception)
    return res.output


def test_nquads_keep_every_quad(trig: Path, quads: set, tmp_path: Path):
    out = tmp_path / "graph.nq"
    assert "quads" in export(trig, "nq", out)
    assert loaded(out, ox.RdfFormat.N_QUADS) == quads


def test_ntriples_are_the_union_graph(trig: Path, quads: set, tmp_path: Path):
    out = tmp_path / "graph.nt"
    export(trig, "nt", out)
    triples = [q.triple for q in ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES)]
    assert len(triples) == len(set(triples))
    assert {q.triple for q in loaded(out, ox.RdfFormat.N_TRIPLES)} == {q.triple for q in quads}


def test_jsonld_round_trips_with_its_context(trig: Path, quads: set, tmp_path: Path):
    out = tmp_path / "graph.jsonld"
    export(trig, "jsonld", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {"kg", "rdfs", "skos"} <= set(doc["@context"])
    assert doc["@context"]["kg"] == "https://w3id.org/kjzz/ontology#"
    assert "东南大学" in out.read_text(encoding="utf-8")  # not \\u-escaped
    # A standard JSON-LD processor (Oxigraph's) reads the same dataset: default graph and article graphs.
    assert loaded(out, ox.RdfFormat.JSON_LD) == quads
    from rdflib import Dataset

    assert len(list(Dataset().parse(out, format="json-ld").quads())) == len(quads)


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf(trig: Path, view: nx.MultiDiGraph, tmp_path: Path, fmt: str, reader):
    out = tmp_path / f"graph.{fmt}"
    export(trig, fmt, out)
    G = reader(out)
    assert G.number_of_nodes() == view.number_of_nodes() > 100
    assert G.number_of_edges() == view.number_of_edges() > 100
    seu = next(n for n, d in view.nodes(data=True) if d["label"] == "东南大学")
    assert G.nodes[seu]["label"] == "东南大学"
    assert G.nodes[seu]["cls"] == "University"
    with_aliases = next(n for n, d in view.nodes(data=True) if len(d["aliases"]) > 1)
    assert G.nodes[with_aliases]["aliases"] == "|".join(view.nodes[with_aliases]["aliases"])
    props = {d["prop"] for *_, d in G.edges(data=True)}
    assert {"servesIn", "memberInstitution", "leads"} <= props
    assert all(d["evidence"] and d["article"].endswith(".txt") for *_, d in G.edges(data=True))


def test_neo4j_csv(trig: Path, view: nx.MultiDiGraph, tmp_path: Path):
    out = tmp_path / "neo4j"
    export(trig, "csv", out)
    with (out / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.reader(fh))
    with (out / "edges.csv").open(encoding="utf-8", newline="") as fh:
        edges = list(csv.reader(fh))
    assert nodes[0] == ["id:ID", "label", ":LABEL", "aliases"]
    assert edges[0] == [":START_ID", ":END_ID", ":TYPE", "evidence", "article"]
    assert len(nodes) - 1 == view.number_of_nodes()
    assert len(edges) - 1 == view.number_of_edges()
    ids = {row[0] for row in nodes[1:]}
    assert all(row[0] in ids and row[1] in ids for row in edges[1:])
    assert any(row[1] == "东南大学" and row[2] == "University" for row in nodes[1:])
    assert {row[2] for row in edges[1:]} <= {d["prop"] for *_, d in view.edges(data=True)}


def test_bad_input_is_an_input_error_and_writes_nothing(trig: Path, tmp_path: Path):
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "-g", str(tmp_path / "missing.trig"), "--to", "nt", "-o", str(tmp_path / "x.nt")])
    assert isinstance(res.exception, InputError) and "no such graph file" in str(res.exception)
    res = runner.invoke(cli, ["export", "-g", str(trig), "--to", "nt", "-o", str(tmp_path)])
    assert isinstance(res.exception, InputError) and "is a folder" in str(res.exception)
    (tmp_path / "file").write_text("x")
    res = runner.invoke(cli, ["export", "-g", str(trig), "--to", "csv", "-o", str(tmp_path / "file")])
    assert isinstance(res.exception, InputError)
    bad = tmp_path / "bad.trig"
    bad.write_text("this is not TriG", encoding="utf-8")
    res = runner.invoke(cli, ["export", "-g", str(bad), "--to", "graphml", "-o", str(tmp_path / "g.graphml")])
    assert isinstance(res.exception, InputError) and "not a readable RDF file" in str(res.exception)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.trig", "file"]
    res = runner.invoke(cli, ["export", "-g", str(trig), "--to", "xml", "-o", str(tmp_path / "g.xml")])
    assert res.exit_code == 2  # click's usage error


def test_bad_input_is_one_line_on_stderr(tmp_path: Path):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "export", "-g", str(tmp_path / "missing.trig"),
                           "--to", "nq", "-o", str(tmp_path / "x.nq")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("kg: error: ")
    assert "Traceback" not in proc.stderr


def test_cli_offers_every_export_format():
    from kg.export import EXPORT_FORMATS

    export_cmd = cli.commands["export"]
    to = next(p for p in export_cmd.params if p.name == "fmt")
    assert tuple(to.type.choices) == EXPORT_FORMATS
