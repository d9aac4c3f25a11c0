"""Extraction results → an RDF dataset under our ontology.

The default graph describes entities (class, labels, codes) and articles
(title, date, source). Each article has a named graph holding the facts it
states, each fact also reified as a ``kg:Evidence`` node (rdf:subject /
rdf:predicate / rdf:object) with its sentence, offsets, rule and confidence.
Reification rather than RDF-star because every SPARQL 1.1 store, rdflib and
pySHACL read it unchanged.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any, Iterable
from urllib.parse import quote

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD

from kg.extract.text import fold
from kg.namespace import ID, KG

PROPERTIES = (
    "servesIn", "memberOf", "leads", "affiliatedWith", "memberInstitution", "collaboratesWith",
    "brokered", "visited", "locatedIn", "partOf", "hostedBy", "hasField",
)
CLASSES = (
    "University", "ResearchInstitute", "AcademicUnit", "Locality", "Enterprise", "GovernmentAgency",
    "Team", "Person", "Platform", "Field",
)
LEVEL_CLASS = {
    "province": KG.Province, "city": KG.City, "district": KG.District, "county": KG.County,
    "county_city": KG.County, "town": KG.Town, "subdistrict": KG.Town,
}
# Aliases that name different things in different articles (区委 is every district's).
RELATIVE_PREFIXES = ("市", "区", "县", "省", "镇", "乡")


def _slug(text: str) -> str:
    return quote(text, safe="")


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(cls: str, name: str, code: str | None = None) -> URIRef:
    """One IRI per entity, stable across articles and rebuilds.

    Localities with an administrative division code are named by the code;
    everything else by its class and canonical name.
    """
    if cls == "Locality" and code:
        return ID[f"place/{_slug(code)}"]
    return ID[f"{cls.lower()}/{_slug(name)}"]


def article_iri(doc: str) -> URIRef:
    return ID[f"article/{_slug(doc)}"]


def graph_iri(doc: str) -> URIRef:
    return ID[f"graph/{_slug(doc)}"]


class EntityIndex:
    """Cross-article identity: the same class and name (or a distinctive alias) is one entity."""

    def __init__(self) -> None:
        self.key_to_id: dict[tuple[str, str], str] = {}
        self.records: dict[str, dict[str, Any]] = {}

    def _keys(self, ent: dict[str, Any]) -> list[tuple[str, str]]:
        keys = [(ent["type"], fold(ent["name"]))]
        if ent["type"] in ("Enterprise", "Platform", "University", "ResearchInstitute"):
            for alias in ent.get("aliases", []):
                if len(alias) >= 4 and not alias.startswith(RELATIVE_PREFIXES):
                    keys.append((ent["type"], fold(alias)))
        return keys

    def add(self, ent: dict[str, Any], doc: str) -> str:
        """Register an article's entity; returns the global id (an IRI string)."""
        if ent["type"] == "Locality" and ent.get("code"):
            eid = str(entity_iri("Locality", ent["name"], ent["code"]))
        else:
            eid = next((self.key_to_id[k] for k in self._keys(ent) if k in self.key_to_id), None)
            if eid is None:
                eid = str(entity_iri(ent["type"], ent["name"]))
        rec = self.records.setdefault(eid, {"names": defaultdict(int), "type": ent["type"], "aliases": set(),
                                             "articles": set(), "code": ent.get("code"), "rule": ent.get("rule")})
        rec["names"][ent["name"]] += 1
        rec["aliases"].update(ent.get("aliases", []))
        rec["articles"].add(doc)
        for k in self._keys(ent):
            self.key_to_id.setdefault(k, eid)
        return eid

    def label(self, eid: str) -> str:
        names = self.records[eid]["names"]
        return max(names, key=lambda n: (names[n], len(n), n))


def build_dataset(extractions: Iterable[dict[str, Any]]) -> Dataset:
    """The whole graph: entity descriptions in the default graph, one named graph per article."""
    extractions = sorted(extractions, key=lambda x: x["doc"])
    index = EntityIndex()
    local: dict[str, dict[str, str]] = {}
    for ex in extractions:
        names = local[ex["doc"]] = {}
        for ent in ex["entities"]:
            names[ent["name"]] = index.add(ent, ex["doc"])

    ds = Dataset()
    ds.bind("kg", KG)
    ds.bind("id", ID)
    ds.bind("skos", SKOS)
    ds.bind("dcterms", DCTERMS)
    ds.bind("prov", PROV)
    default = ds.default_graph
    for eid, rec in sorted(index.records.items()):
        node = URIRef(eid)
        label = index.label(eid)
        default.add((node, RDF.type, KG[rec["type"]]))
        if rec["type"] == "Locality":
            level = _level_class(rec)
            if level is not None:
                default.add((node, RDF.type, level))
        if rec["type"] == "Person":
            default.add((node, RDF.type, PROV.Agent))
        default.add((node, RDFS.label, Literal(label, lang="zh")))
        for alias in sorted((set(rec["names"]) | rec["aliases"]) - {label}):
            default.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        if rec.get("code"):
            default.add((node, KG.divisionCode, Literal(rec["code"])))
        for doc in sorted(rec["articles"]):
            default.add((node, KG.mentionedIn, article_iri(doc)))

    for ex in extractions:
        doc = ex["doc"]
        art = article_iri(doc)
        default.add((art, RDF.type, KG.Article))
        default.add((art, DCTERMS.identifier, Literal(doc)))
        if ex.get("title"):
            default.add((art, DCTERMS.title, Literal(ex["title"], lang="zh")))
        if ex.get("date"):
            default.add((art, DCTERMS.date, Literal(ex["date"], datatype=XSD.date)))
        if ex.get("source"):
            default.add((art, DCTERMS.source, Literal(ex["source"])))
        g = ds.graph(graph_iri(doc))
        default.add((graph_iri(doc), PROV.wasDerivedFrom, art))
        names = local[doc]
        for rel in ex["relations"]:
            s, o = names.get(rel["s"]), names.get(rel["o"])
            if s is None or o is None or rel["p"] not in PROPERTIES:
                continue
            s_, p_, o_ = URIRef(s), KG[rel["p"]], URIRef(o)
            g.add((s_, p_, o_))
            ev = ID[f"evidence/{_digest(doc, s, rel['p'], o)}"]
            g.add((ev, RDF.type, KG.Evidence))
            g.add((ev, RDF.subject, s_))
            g.add((ev, RDF.predicate, p_))
            g.add((ev, RDF.object, o_))
            g.add((ev, KG.evidence, Literal(rel.get("evidence", ""))))
            g.add((ev, KG.startOffset, Literal(int(rel.get("start", 0)))))
            g.add((ev, KG.endOffset, Literal(int(rel.get("end", 0)))))
            g.add((ev, KG.confidence, Literal(round(float(rel.get("confidence", 1.0)), 3), datatype=XSD.decimal)))
            g.add((ev, KG.rule, Literal(rel.get("rule", "gold"))))
            g.add((ev, KG.inArticle, art))
        _agreements(g, ex, names, art)
        for fig in ex.get("figures", []):
            s = names.get(fig["s"])
            if s is None:
                continue
            node = ID[f"figure/{_digest(doc, s, fig['indicator'], str(fig['value']), fig['unit'])}"]
            g.add((URIRef(s), KG.figure, node))
            g.add((node, RDF.type, KG.Figure))
            g.add((node, KG.indicator, Literal(fig["indicator"])))
            g.add((node, KG.value, Literal(fig["value"], datatype=XSD.decimal)))
            g.add((node, KG.unit, Literal(fig["unit"])))
            if fig.get("approx"):
                g.add((node, KG.approx, Literal(fig["approx"])))
            if fig.get("evidence"):
                g.add((node, KG.evidence, Literal(fig["evidence"])))
            g.add((node, KG.inArticle, art))
    return ds


def _level_class(rec: dict[str, Any]) -> URIRef | None:
    if rec.get("code"):
        from kg import gazetteer

        entry = gazetteer.divisions().by_code.get(rec["code"])
        if entry is not None:
            return LEVEL_CLASS.get(entry.level)
    if (rec.get("rule") or "").startswith("zone"):
        return KG.Zone
    return None


_KIND_CUES = (("合同", "contract"), ("协议", "agreement"), ("共建", "co-built platform"),
              ("联盟", "alliance"), ("签约", "agreement"))


def _agreements(g: Graph, ex: dict[str, Any], names: dict[str, str], art: URIRef) -> None:
    """Each stated cooperation becomes a kg:Agreement with its parties and brokers."""
    brokers = defaultdict(set)
    for rel in ex["relations"]:
        if rel["p"] == "brokered" and rel["s"] in names and rel["o"] in names:
            brokers[rel["o"]].add(names[rel["s"]])
    for rel in ex["relations"]:
        if rel["p"] != "collaboratesWith" or rel["s"] not in names or rel["o"] not in names:
            continue
        a, b = sorted((names[rel["s"]], names[rel["o"]]))
        node = ID[f"agreement/{_digest(ex['doc'], a, b)}"]
        g.add((node, RDF.type, KG.Agreement))
        g.add((node, KG.party, URIRef(a)))
        g.add((node, KG.party, URIRef(b)))
        for broker in sorted(brokers.get(rel["s"], set()) & brokers.get(rel["o"], set())):
            g.add((node, KG.broker, URIRef(broker)))
        sentence = rel.get("evidence", "")
        kind = next((k for cue, k in _KIND_CUES if cue in sentence), "cooperation")
        g.add((node, KG.kind, Literal(kind)))
        if sentence:
            g.add((node, KG.evidence, Literal(sentence)))
        g.add((node, KG.inArticle, art))
        if ex.get("date"):
            g.add((node, DCTERMS.date, Literal(ex["date"], datatype=XSD.date)))


def union_graph(ds: Dataset) -> Graph:
    """All triples of all graphs in one plain graph (for Turtle, N-Triples, JSON-LD)."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
