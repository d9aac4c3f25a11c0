"""Saved queries on the seed graph: in memory, on disk and on a real Oxigraph server; safe parameters."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KGError
from kg.queries import list_queries, load_query
from kg.store import OxStore, bind_values, open_store

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"
QUERIES = [q.name for q in list_queries()]
VIOLATIONS = [n for n in QUERIES if n.endswith("-violation")]
HOSTILE = ['x" } ; DROP ALL ; #', "x' } } DELETE WHERE { ?s ?p ?o } #", '} UNION { ?s ?p ?o }', "x\\\" }\n DROP ALL"]
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def gold_relations() -> set[tuple[str, str, str]]:
    if not GOLD.exists():
        pytest.skip(f"{GOLD}: dev gold not available")
    out = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out |= {(r["s"], r["p"], r["o"]) for r in json.loads(line)["relations"]}
    return out


def kg_json(*args: str) -> list[dict]:
    """``kg ARGS --format json`` in process; the parsed rows."""
    res = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert res.exit_code == 0, (res.output, res.exception)
    return json.loads(res.output)


@pytest.fixture(scope="module")
def trig(seed_graph: Path) -> Path:
    return seed_graph / "graph.trig"


@pytest.fixture(scope="module")
def mem(trig: Path) -> OxStore:
    return open_store(trig)


# ---------------------------------------------------------------- saved queries in memory


# No university–enterprise pair with a field in the seed articles (the dev gold has none either).
EMPTY_ON_SEEDS = {"collaborations-by-field"}


@pytest.mark.parametrize("name", QUERIES)
def test_each_saved_query_runs_on_the_seed_graph(mem: OxStore, name: str):
    res = mem.select(load_query(name))
    assert res.variables
    assert all(len(row) == len(res.variables) for row in res.rows)
    if name not in VIOLATIONS and name not in EMPTY_ON_SEEDS:
        assert res.rows, f"{name}: no rows on the seed graph"


def test_collaborations_by_field_on_a_small_graph(tmp_path: Path):
    g = tmp_path / "g.trig"
    g.write_text("""@prefix kg: <https://w3id.org/kjzz/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/> .
ex:u a kg:University ; rdfs:label "东南大学"@zh .
ex:e a kg:Enterprise ; rdfs:label "华浩通信"@zh ; kg:hasField ex:f .
ex:f a kg:Field ; rdfs:label "通信"@zh .
ex:g1 { ex:e kg:collaboratesWith ex:u . }
""", encoding="utf-8")
    res = open_store(g).select(load_query("collaborations-by-field"))
    assert res.rows == [["通信", 1, "东南大学–华浩通信"]]


def test_enterprise_partners_both_directions_with_their_sentences(tmp_path: Path):
    g = tmp_path / "g.trig"
    g.write_text("""@prefix kg: <https://w3id.org/kjzz/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/> .
ex:e a kg:Enterprise ; rdfs:label "华浩通信器材有限公司"@zh ; skos:altLabel "华浩通信"@zh .
ex:u a kg:University ; rdfs:label "东南大学"@zh .
ex:i a kg:ResearchInstitute ; rdfs:label "某某研究所"@zh .
ex:x a kg:Enterprise ; rdfs:label "别家公司"@zh .
ex:g1 { ex:e kg:collaboratesWith ex:u .
  ex:v1 a kg:Evidence ; rdf:subject ex:e ; rdf:predicate kg:collaboratesWith ; rdf:object ex:u ; kg:evidence "甲句。" . }
ex:g2 { ex:i kg:collaboratesWith ex:e .
  ex:v2 a kg:Evidence ; rdf:subject ex:i ; rdf:predicate kg:collaboratesWith ; rdf:object ex:e ; kg:evidence "乙句。" .
  ex:x kg:collaboratesWith ex:u .
  ex:v3 a kg:Evidence ; rdf:subject ex:x ; rdf:predicate kg:collaboratesWith ; rdf:object ex:u ; kg:evidence "丙句。" .
  ex:v4 a kg:Evidence ; rdf:subject ex:e ; rdf:predicate kg:brokered ; rdf:object ex:u ; kg:evidence "丁句。" . }
""", encoding="utf-8")
    res = open_store(g).select(load_query("enterprise-partners"), {"name": "华浩通信"})
    assert res.rows == [["华浩通信器材有限公司", "东南大学", "University", "甲句。"],
                        ["华浩通信器材有限公司", "某某研究所", "ResearchInstitute", "乙句。"]]


def test_select_gives_numbers_as_numbers_and_text_as_text(tmp_path: Path):
    g = tmp_path / "g.ttl"
    g.write_text("""@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
ex:a ex:v 12 , 2.50 , "3.0"^^xsd:double , "1.5e1"^^xsd:double , "7"@zh , "8" , "9"^^xsd:string , ex:b .
""", encoding="utf-8")
    rows = open_store(g).select("SELECT ?v WHERE { ?s ?p ?v }").rows
    values = sorted((repr(r[0]) for r in rows))
    assert values == sorted(["12", "2.5", "3", "15", "'7'", "'8'", "'9'", "'https://example.org/b'"])
    assert {type(r[0]) for r in rows} == {int, float, str}


@pytest.mark.parametrize("name", VIOLATIONS)
def test_violation_queries_return_no_rows(mem: OxStore, name: str):
    assert mem.select(load_query(name)).rows == []


def test_universities_by_district_has_gold_rows(trig: Path):
    gold = gold_relations()
    rows = {(r["locality"], r["university"]) for r in kg_json("query", "universities-by-district", "-g", str(trig))}
    for team, locality, university in [("润州区第十四批科技镇长团", "润州区", "东南大学"),
                                       ("江阴市第十四批科技镇长团", "江阴市", "上海交通大学")]:
        assert (team, "servesIn", locality) in gold and (team, "memberInstitution", university) in gold
        assert (locality, university) in rows


def test_team_members_has_gold_leaders(trig: Path):
    gold = gold_relations()
    rows = {(r["team"], r["person"], r["role"]) for r in kg_json("query", "team-members", "-g", str(trig))}
    for person, team in [("李仁杰", "溧阳市第十四批科技镇长团"), ("曹兴华", "江阴市第十四批科技镇长团")]:
        assert (person, "leads", team) in gold
        assert (team, person, "团长") in rows


def test_fact_evidence_gives_the_sentence(trig: Path):
    s, o = "丹徒区第十四批科技镇长团", "常熟理工学院"
    assert any(r[0] == s and r[2] == o for r in gold_relations())
    rows = kg_json("query", "fact-evidence", "-g", str(trig), "--param", f"s={s}", "--param", f"o={o}")
    assert rows
    assert all(r["subject"] == s and r["object"] == o for r in rows)
    assert any(o in r["evidence"] for r in rows)
    assert all(0 <= r["start"] < r["end"] and 0 < r["confidence"] <= 1 for r in rows)


# ---------------------------------------------------------------- parameters are bound, not pasted


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_param_values_are_bound_as_literals(trig: Path, value: str):
    rows = kg_json("query", "fact-evidence", "-g", str(trig), "--param", f"s={value}")
    assert rows == []
    rows = kg_json("query", "enterprise-partners", "-g", str(trig), "--param", f"name={value}")
    assert rows == []


def test_hostile_params_leave_a_disk_store_unchanged(trig: Path, tmp_path: Path):
    spec = f"oxigraph:{tmp_path / 'db'}"
    before = kg_json("query", COUNT_ALL, "-g", str(trig), "--store", spec)[0]["n"]
    assert before > 4000
    for value in HOSTILE:
        assert kg_json("query", "fact-evidence", "-g", str(trig), "--store", spec, "--param", f"s={value}",
                       "--param", f"o={value}") == []
    assert kg_json("query", COUNT_ALL, "-g", str(trig), "--store", spec)[0]["n"] == before


@pytest.mark.parametrize("param", ["s=<x> } DROP ALL { <y>", "s) } DROP ALL {(=1", "?=1"])
def test_bad_param_is_a_one_line_error(trig: Path, param: str):
    res = CliRunner().invoke(cli, ["query", "fact-evidence", "-g", str(trig), "--param", param])
    assert res.exit_code != 0
    assert isinstance(res.exception, KGError), res.exception
    assert "\n" not in str(res.exception)


def test_bind_values_finds_the_where_clause():
    q = 'PREFIX a: <http://x/#{> # a comment with {\nSELECT ("{" AS ?b) WHERE { ?s ?p ?o }'
    assert bind_values(q, {"s": "1"}).endswith('WHERE { VALUES (?s) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }'
                                              '  ?s ?p ?o }')
    c = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert bind_values(c, {"s": "<http://a>"}) == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://a>) }  ?s ?p ?o }"


# ---------------------------------------------------------------- a real Oxigraph server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    local = Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """``oxigraph serve`` (Oxigraph 0.5) on a free port, without --union-default-graph; yields the query URL."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    log = (location.parent / "oxigraph.log").open("wb")
    proc = subprocess.Popen([binary, "serve", "--location", str(location / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "ASK {}"}), timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not start: {Path(log.name).read_text(errors='replace')}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def remote(oxigraph_server: str, tmp_path_factory) -> str:
    """The seed graph loaded into the server by ``kg build --store sparql:URL``; the store spec."""
    out = tmp_path_factory.mktemp("remote-build")
    spec = f"sparql:{oxigraph_server}"
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "-o", str(out), "--no-html", "--store", spec])
    assert res.exit_code == 0, (res.output, res.exception)
    return spec


def _sorted(rows: list[dict]) -> list[str]:
    """Rows in a comparable form: GROUP_CONCAT's order is unspecified, so concatenated parts are sorted."""
    def cell(v):
        return sorted(re.split(r"; |, ", v)) if isinstance(v, str) else v
    return sorted(json.dumps({k: cell(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True) for r in rows)


@pytest.mark.parametrize("name", QUERIES)
def test_saved_query_on_oxigraph_server_matches_memory(remote: str, trig: Path, name: str):
    local = kg_json("query", name, "-g", str(trig))
    served = kg_json("query", name, "-g", str(trig), "--store", remote)
    assert _sorted(served) == _sorted(local)


def test_oxigraph_server_holds_the_whole_dataset(remote: str, trig: Path, mem: OxStore):
    st = open_store(None, remote)
    assert st.select(COUNT_ALL).rows == mem.select(COUNT_ALL).rows
    # No graph file: `kg query` asks the endpoint as it is, without loading anything first.
    missing = trig.with_name("not-built.trig")
    rows = {(r["locality"], r["university"])
            for r in kg_json("query", "universities-by-district", "-g", str(missing), "--store", remote)}
    assert ("润州区", "东南大学") in rows


def test_hostile_params_leave_the_server_unchanged(remote: str, trig: Path):
    st = open_store(None, remote)
    before = st.select(COUNT_ALL).rows
    for value in HOSTILE:
        assert st.select(load_query("fact-evidence"), {"s": value, "o": value}).rows == []
    assert st.select(COUNT_ALL).rows == before


def test_unreachable_endpoint_is_a_one_line_error():
    res = CliRunner().invoke(cli, ["query", "team-members", "-g", "missing.trig",
                                   "--store", f"sparql:http://127.0.0.1:{free_port()}/query"])
    assert res.exit_code != 0
    assert isinstance(res.exception, KGError) and "cannot reach endpoint" in str(res.exception)
