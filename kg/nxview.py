"""The graph as networkx and as plain node/edge lists, for algorithms and views.

Nodes are entity IRIs with ``label``, ``cls``, ``aliases`` and ``articles``;
edges carry ``prop`` (one of the spec's twelve), ``evidence`` and ``article``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.store import open_store

KG = "https://w3id.org/kjzz/ontology#"
CLASSES = ("University", "ResearchInstitute", "AcademicUnit", "Locality", "Enterprise", "GovernmentAgency",
           "Team", "Person", "Platform", "Field")

_NODES = f"""
PREFIX kg: <{KG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?e ?cls ?label (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR="\\u001f") AS ?aliases)
       (GROUP_CONCAT(DISTINCT ?doc; SEPARATOR="\\u001f") AS ?docs)
WHERE {{
  ?e a ?c ; rdfs:label ?label .
  VALUES ?c {{ {" ".join("kg:" + c for c in CLASSES)} }}
  BIND(STRAFTER(STR(?c), "#") AS ?cls)
  OPTIONAL {{ ?e skos:altLabel ?alias }}
  OPTIONAL {{ ?e kg:mentionedIn/dcterms:identifier ?doc }}
}} GROUP BY ?e ?cls ?label ORDER BY ?e
"""
_EDGES = f"""
PREFIX kg: <{KG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?p ?o (SAMPLE(?sent) AS ?evidence) (SAMPLE(?doc) AS ?article) WHERE {{
  ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?pred ; rdf:object ?o ; kg:evidence ?sent ;
      kg:inArticle/dcterms:identifier ?doc .
  BIND(STRAFTER(STR(?pred), "#") AS ?p)
}} GROUP BY ?s ?p ?o ORDER BY ?s ?p ?o
"""


def node_edge_lists(graph: str | Path, store: str | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and edges of the built graph, as :mod:`kg.viz` and :mod:`kg.recommend` take them."""
    st = open_store(graph, store, load_remote=False)
    nodes = []
    for e, cls, label, aliases, docs in st.select(_NODES).rows:
        nodes.append({"id": e, "cls": cls, "label": label,
                      "aliases": sorted(a for a in (aliases or "").split("\x1f") if a),
                      "articles": sorted(d for d in (docs or "").split("\x1f") if d)})
    ids = {n["id"] for n in nodes}
    edges = []
    for s, p, o, ev, doc in st.select(_EDGES).rows:
        if s in ids and o in ids:
            edges.append({"source": s, "target": o, "prop": p, "evidence": ev, "article": doc})
    return nodes, edges


def to_networkx(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by property."""
    G = nx.MultiDiGraph()
    for n in nodes:
        G.add_node(n["id"], label=n["label"], cls=n["cls"], aliases=n["aliases"], articles=n["articles"])
    for e in edges:
        G.add_edge(e["source"], e["target"], key=e["prop"], prop=e["prop"], evidence=e["evidence"],
                   article=e["article"])
    return G


def load_networkx(path: str | Path, store: str | None = None) -> nx.MultiDiGraph:
    """The built graph (a TriG or Turtle file) as a networkx MultiDiGraph."""
    return to_networkx(*node_edge_lists(path, store))
