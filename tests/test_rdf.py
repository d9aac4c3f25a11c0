"""kg.rdf: stable IRIs, cross-article identity, provenance and Wikidata links."""

from __future__ import annotations

import pyoxigraph as ox

from kg.rdf import build_dataset, entity_iri

KGNS = "https://w3id.org/kjzz/ontology#"


def _ex(doc: str, entities, relations=(), figures=()):
    return {"doc": doc, "title": None, "date": "2023-01-02", "source": None, "entities": list(entities),
            "relations": list(relations), "figures": list(figures)}


def _store(extractions) -> ox.Store:
    data = build_dataset(extractions).serialize(format="trig")
    store = ox.Store()
    store.load(data.encode("utf-8") if isinstance(data, str) else data, format=ox.RdfFormat.TRIG)
    return store


def _rows(store, q):
    return [[t.value for t in sol] for sol in store.query(q, use_default_graph_as_union=True)]


def test_one_entity_one_iri_across_articles_and_places_by_code():
    a = _ex("a.txt", [{"name": "镇江华浩通信器材有限公司", "type": "Enterprise", "aliases": ["华浩通信"]},
                      {"name": "丹徒区", "type": "Locality", "aliases": [], "code": "321112"}],
            [{"s": "镇江华浩通信器材有限公司", "p": "locatedIn", "o": "丹徒区", "evidence": "句一。", "start": 0,
              "end": 3, "confidence": 0.8, "rule": "r"}])
    b = _ex("b.txt", [{"name": "镇江华浩通信器材有限公司", "type": "Enterprise", "aliases": []},
                      {"name": "丹徒区", "type": "Locality", "aliases": ["丹徒"], "code": "321112"}])
    store = _store([a, b])
    ent = str(entity_iri("Enterprise", "镇江华浩通信器材有限公司"))
    rows = _rows(store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ <{ent}> <{KGNS}mentionedIn> ?a }}")
    assert rows == [["2"]]
    assert str(entity_iri("Locality", "丹徒区", "321112")).endswith("place/321112")
    ev = _rows(store, f"""SELECT ?sent ?start WHERE {{ ?e a <{KGNS}Evidence> ; <{KGNS}evidence> ?sent ;
                          <{KGNS}startOffset> ?start }}""")
    assert ev == [["句一。", "0"]]


def test_gazetteer_wikidata_ids_become_exact_matches():
    store = _store([_ex("c.txt", [{"name": "剑桥大学", "type": "University", "aliases": []}])])
    rows = _rows(store, "SELECT ?w WHERE { ?u <http://www.w3.org/2004/02/skos/core#exactMatch> ?w }")
    assert rows == [["http://www.wikidata.org/entity/Q35794"]]


def test_rebuild_is_byte_identical_whatever_the_input_order():
    exs = [_ex(f"{i}.txt", [{"name": f"测试{i}科技有限公司", "type": "Enterprise", "aliases": []}]) for i in range(5)]
    one = build_dataset(exs).serialize(format="trig")
    two = build_dataset(list(reversed(exs))).serialize(format="trig")
    assert one == two
