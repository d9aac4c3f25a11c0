"""The built graph in other formats: ``kg export --to jsonld|nt|nq|graphml|gexf|csv``.

- ``jsonld``: the whole dataset as JSON-LD (rdflib), compacted with a
  ``@context`` for kg/id/rdf/rdfs/skos/dcterms/prov/xsd; the default graph's
  nodes at the top level, each article graph as a named graph object.
- ``nt``: N-Triples of the union of all graphs (each triple once).
- ``nq``: N-Quads of the dataset (article graphs kept).
- ``graphml`` and ``gexf`` (Gephi): the networkx view of :mod:`kg.nxview`;
  node attributes ``label``, ``cls``, ``aliases`` and ``articles`` (lists
  joined with ``|``), edge attributes ``prop``, ``evidence``, ``article``.
- ``csv``: ``nodes.csv`` and ``edges.csv`` in the output folder, with the
  headers ``neo4j-admin database import`` reads.

Every file is written atomically (a temporary file renamed into place).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.build import atomic_write
from kg.errors import InputError, KGError
from kg.namespace import ID, KG

EXPORT_FORMATS = ("jsonld", "nt", "nq", "graphml", "gexf", "csv")
CONTEXT = {
    "kg": str(KG),
    "id": str(ID),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
NODE_HEADER = ["id:ID", "label", ":LABEL", "aliases"]
EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "evidence", "article"]
SEP = "|"


def export_graph(graph: str | Path, fmt: str, out: str | Path, store: str | None = None) -> str:
    """Write the graph in ``fmt`` to ``out`` (a folder for ``csv``); returns a one-line summary."""
    out = Path(out)
    if fmt not in EXPORT_FORMATS:
        raise KGError(f"--to {fmt}: expected one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise InputError(out, "exists and is not a folder (csv writes nodes.csv and edges.csv into a folder)")
    elif out.is_dir():
        raise InputError(out, f"is a folder; give a file name for --to {fmt}")
    if fmt in ("jsonld", "nt", "nq"):
        quads = _quads(graph, store)
        if fmt == "nq":
            atomic_write(out, ox.serialize(sorted(quads, key=str), format=ox.RdfFormat.N_QUADS))
            return f"{out}: {len(quads)} quads"
        if fmt == "nt":
            triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
            atomic_write(out, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
            return f"{out}: {len(triples)} triples"
        atomic_write(out, to_jsonld(quads))
        return f"{out}: {len(quads)} quads as JSON-LD"
    from kg.nxview import load_networkx

    G = load_networkx(graph, store)
    if fmt == "csv":
        nodes, edges = neo4j_csv(G)
        atomic_write(out / "nodes.csv", nodes)
        atomic_write(out / "edges.csv", edges)
        return f"{out / 'nodes.csv'}, {out / 'edges.csv'}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges"
    flat = flat_graph(G)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buf, encoding="utf-8")
    else:
        nx.write_gexf(flat, buf, encoding="utf-8")
    atomic_write(out, buf.getvalue())
    return f"{out}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges"


def _quads(graph: str | Path, store: str | None) -> list[Any]:
    from kg.store import OxStore, open_store

    st = open_store(graph, store, load_remote=False)
    if not isinstance(st, OxStore):
        raise KGError("--to jsonld|nt|nq reads the graph file or an oxigraph: store, not a sparql: endpoint "
                      "(graphml, gexf and csv work with any store)")
    return list(st.quads())


def to_jsonld(quads: list[Any]) -> str:
    """JSON-LD of a dataset: default-graph nodes at the top level, named graphs as ``{"@id", "@graph"}``.

    rdflib nests the default graph in an ``@graph`` object without ``@id``,
    which other JSON-LD processors read as a blank-node named graph; this
    lifts its nodes to the top level so every processor reads them as the
    default graph.
    """
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    doc = json.loads(ds.serialize(format="json-ld", context=CONTEXT))
    items = doc.get("@graph", [])
    if not isinstance(items, list):
        items = [items]
    top: list[Any] = []
    named: list[Any] = []
    for item in items:
        if "@graph" not in item:
            top.append(item)
        elif item.get("@id", "urn:x-rdflib:default").startswith("urn:x-rdflib:"):
            top.extend(item["@graph"])  # the default graph
        else:
            named.append(item)
    top.sort(key=lambda n: n.get("@id", ""))
    named.sort(key=lambda n: n.get("@id", ""))
    return json.dumps({"@context": doc.get("@context", CONTEXT), "@graph": top + named}, ensure_ascii=False,
                      indent=1) + "\n"


def _joined(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return SEP.join(str(v) for v in value)
    return str(value)


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar (string) attributes only, as the GraphML and GEXF writers need."""
    F = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        F.add_node(n, label=_joined(data.get("label")), cls=_joined(data.get("cls")),
                   aliases=_joined(data.get("aliases")), articles=_joined(data.get("articles")))
    for u, v, key, data in G.edges(keys=True, data=True):
        F.add_edge(u, v, key=key, prop=_joined(data.get("prop")), evidence=_joined(data.get("evidence")),
                   article=_joined(data.get("article")))
    return F


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def neo4j_csv(G: nx.MultiDiGraph) -> tuple[str, str]:
    """``nodes.csv`` and ``edges.csv`` text for ``neo4j-admin database import full --nodes ... --relationships ...``."""
    nodes = [[str(n), _joined(d.get("label")), _joined(d.get("cls")), _joined(d.get("aliases"))]
             for n, d in sorted(G.nodes(data=True), key=lambda nd: str(nd[0]))]
    edges = [[str(u), str(v), _joined(d.get("prop")), _joined(d.get("evidence")), _joined(d.get("article"))]
             for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[2].get("prop")), str(e[1])))]
    return _csv(NODE_HEADER, nodes), _csv(EDGE_HEADER, edges)
