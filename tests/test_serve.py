"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the built graph."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.queries import load_query
from kg.serve import start_in_thread
from kg.store import OxStore, open_store

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = ("PREFIX kg: <https://w3id.org/kjzz/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
UNIVERSITIES = PREFIXES + "SELECT ?u ?label WHERE { ?u a kg:University ; rdfs:label ?label } ORDER BY ?label"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
ACCEPT = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "text/csv": "text/csv; charset=utf-8",
    "text/tab-separated-values": "text/tab-separated-values; charset=utf-8",
}


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, str, bytes]:
    """Status, Content-Type and body of one request (error statuses included)."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def get(url: str, query: str, accept: str | None = None, **params: str) -> tuple[int, str, bytes]:
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{url}?{qs}", headers={"Accept": accept} if accept else {})


def post_form(url: str, form: dict[str, str], accept: str | None = None) -> tuple[int, str, bytes]:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return http(url, urllib.parse.urlencode(form).encode(), headers)


def post_query(url: str, query: str, accept: str | None = None,
               content_type: str = "application/sparql-query") -> tuple[int, str, bytes]:
    headers = {"Content-Type": content_type}
    if accept:
        headers["Accept"] = accept
    return http(url, query.encode("utf-8"), headers)


def labels(ctype: str, body: bytes) -> list[str]:
    """The ``label`` column of a SELECT result in any of the four formats."""
    media = ctype.split(";")[0]
    if media == "application/sparql-results+json":
        return [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]
    if media == "application/sparql-results+xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        return [b.find("r:literal", ns).text for b in root.iterfind(".//r:binding[@name='label']", ns)]
    text = body.decode("utf-8")
    if media == "text/csv":
        return [row["label"] for row in csv.DictReader(io.StringIO(text))]
    rows = [line.split("\t") for line in text.splitlines()]
    col = rows[0].index("?label")
    return [r[col].rsplit("@", 1)[0].strip('"') for r in rows[1:]]


@pytest.fixture(scope="module")
def trig(seed_graph: Path) -> Path:
    return seed_graph / "graph.trig"


@pytest.fixture(scope="module")
def expected_labels(trig: Path) -> list[str]:
    return [row[1] for row in open_store(trig).select(UNIVERSITIES).rows]


@pytest.fixture(scope="module")
def endpoint(trig: Path):
    """``kg serve --port 0`` in a subprocess; yields its URL, stops it with SIGTERM after."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-g", str(trig), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        first = proc.stdout.readline()
        if "http://" not in first:
            proc.kill()
            pytest.fail(f"kg serve did not start: {first}{proc.stderr.read()}")
        url = first[first.index("http://"):].split()[0]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql")
        yield url
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        proc.stdout.close()
        proc.stderr.close()


# ---------------------------------------------------------------- queries in every format


@pytest.mark.parametrize("accept", list(ACCEPT))
def test_get_each_accept_type(endpoint: str, expected_labels: list[str], accept: str):
    status, ctype, body = get(endpoint, UNIVERSITIES, accept)
    assert status == 200, body
    assert ctype == ACCEPT[accept]
    assert labels(ctype, body) == expected_labels
    assert "东南大学" in expected_labels


@pytest.mark.parametrize("accept", list(ACCEPT))
def test_post_form_and_direct_each_accept_type(endpoint: str, expected_labels: list[str], accept: str):
    for status, ctype, body in (post_form(endpoint, {"query": UNIVERSITIES}, accept),
                                post_query(endpoint, UNIVERSITIES, accept),
                                post_query(endpoint, UNIVERSITIES, accept, "application/sparql-query; charset=utf-8")):
        assert status == 200, body
        assert ctype == ACCEPT[accept]
        assert labels(ctype, body) == expected_labels


def test_default_format_is_json_and_q_values_are_honoured(endpoint: str):
    assert get(endpoint, UNIVERSITIES)[1] == "application/sparql-results+json"
    assert get(endpoint, UNIVERSITIES, "*/*")[1] == "application/sparql-results+json"
    assert get(endpoint, UNIVERSITIES, "text/csv;q=0.5, application/sparql-results+xml")[1] \
        == "application/sparql-results+xml"
    status, _, body = get(endpoint, UNIVERSITIES, "image/png")
    assert status == 406 and b"text/csv" in body


def test_saved_query_over_http_matches_memory(endpoint: str, trig: Path):
    """A kg store client (SparqlStore) reads the endpoint like the in-memory store: union default graph."""
    text = load_query("universities-by-district")
    remote = open_store(trig, f"sparql:{endpoint}", load_remote=False).select(text)
    local = open_store(trig).select(text)
    assert remote.variables == local.variables
    assert sorted(map(str, remote.rows)) == sorted(map(str, local.rows))
    assert any(r[0] == "润州区" and r[1] == "东南大学" for r in remote.rows)


def test_ask_and_construct(endpoint: str, trig: Path):
    status, ctype, body = get(endpoint, PREFIXES + 'ASK { ?u rdfs:label "东南大学"@zh }')
    assert status == 200 and json.loads(body)["boolean"] is True
    teams = len(open_store(trig).select(PREFIXES + "SELECT DISTINCT ?t WHERE { ?t a kg:Team }").rows)
    construct = PREFIXES + "CONSTRUCT { ?t a kg:Team } WHERE { ?t a kg:Team }"
    status, ctype, body = get(endpoint, construct)
    assert status == 200 and ctype.startswith("text/turtle") and b"Team" in body
    status, ctype, body = get(endpoint, construct, "application/n-triples")
    assert status == 200 and ctype.startswith("application/n-triples")
    assert body.decode().count("ontology#Team> .") == teams > 0


# ---------------------------------------------------------------- refusals


def count(endpoint: str) -> int:
    return int(json.loads(get(endpoint, COUNT_ALL)[2])["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("how", ["form-update", "sparql-update", "get-update", "query-text", "query-text-prefixed"])
def test_updates_are_refused(endpoint: str, how: str):
    before = count(endpoint)
    update = "PREFIX kg: <https://w3id.org/kjzz/ontology#>\nDELETE WHERE { ?s ?p ?o }" if how.endswith("prefixed") \
        else "DROP ALL"
    if how == "form-update":
        status, ctype, body = post_form(endpoint, {"update": update})
    elif how == "sparql-update":
        status, ctype, body = post_query(endpoint, update, content_type="application/sparql-update")
    elif how == "get-update":
        status, ctype, body = http(f"{endpoint}?{urllib.parse.urlencode({'update': update})}")
    else:
        status, ctype, body = post_form(endpoint, {"query": update})
    assert status in (403, 405)
    assert ctype.startswith("text/plain")
    assert b"read-only" in body and b"update" in body
    assert count(endpoint) == before > 0


def test_malformed_query_is_400_with_the_parsers_message(endpoint: str):
    status, ctype, body = get(endpoint, "SELECT ?x WHERE { ?x ?y ")
    assert status == 400 and ctype.startswith("text/plain")
    text = body.decode()
    assert text.startswith("malformed query:") and "error at 1:" in text
    status, _, body = post_query(endpoint, "SELEKT * WHERE { ?s ?p ?o }")
    assert status == 400 and b"malformed query" in body


def test_oversized_body_is_413(endpoint: str):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (1 << 20)
    status, ctype, body = post_query(endpoint, big)
    assert status == 413 and b"over" in body
    status, _, _ = post_form(endpoint, {"query": big})
    assert status == 413
    assert get(endpoint, "ASK {}")[0] == 200  # still serving


def test_other_refusals(endpoint: str):
    assert http(endpoint, b"x", {"Content-Type": "text/plain"})[0] == 415
    assert http(endpoint, b"x", {"Content-Type": "text/turtle"}, method="PUT")[0] == 405
    assert http(endpoint, method="DELETE")[0] == 405
    assert http(endpoint)[0] == 400  # GET without a query
    assert http(endpoint.replace("/sparql", "/update"))[0] == 404
    assert get(endpoint, "   ")[0] == 400


def test_default_graph_uri_narrows_the_default_graph(endpoint: str):
    """The protocol's default-graph-uri: only that article graph's facts (no entity descriptions)."""
    q = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?ev a kg:Evidence }"
    everything = json.loads(get(endpoint, q)[2])["results"]["bindings"][0]["n"]["value"]
    g = "https://w3id.org/kjzz/id/graph/000_0daf30ac93c6bfe5.txt"
    one = json.loads(get(endpoint, q, **{"default-graph-uri": g})[2])["results"]["bindings"][0]["n"]["value"]
    assert 0 < int(one) < int(everything)


def test_start_in_thread_api(trig: Path):
    store = OxStore(trig).store
    server, thread = start_in_thread(store)
    try:
        status, _, body = post_form(server.url, {"query": COUNT_ALL}, "text/csv")
        assert status == 200 and int(body.decode().splitlines()[1]) > 0
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert not thread.is_alive()


def test_serve_stops_cleanly_on_sigterm(trig: Path):
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-g", str(trig), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"}, cwd=ROOT)
    try:
        assert "/sparql" in proc.stdout.readline()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "stopped" in out


def test_serve_refuses_a_sparql_store_and_a_busy_port(trig: Path, endpoint: str):
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.errors import KGError

    res = CliRunner().invoke(cli, ["serve", "-g", str(trig), "--store", f"sparql:{endpoint}"])
    assert isinstance(res.exception, KGError) and "already a SPARQL endpoint" in str(res.exception)
    port = urllib.parse.urlsplit(endpoint).port
    res = CliRunner().invoke(cli, ["serve", "-g", str(trig), "--port", str(port)])
    assert isinstance(res.exception, KGError) and "cannot listen" in str(res.exception)


def test_federated_service_is_refused_without_fetching(endpoint: str):
    """SERVICE would make the server fetch any URL a client names: refused before evaluation."""
    import http.server
    import threading

    hits: list[str] = []

    class Trap(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    trap = http.server.HTTPServer(("127.0.0.1", 0), Trap)
    threading.Thread(target=trap.serve_forever, daemon=True).start()
    try:
        q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{trap.server_port}/sparql> {{ ?s ?p ?o }} }}"
        status, ctype, body = get(endpoint, q)
        assert status == 403 and b"SERVICE" in body
        assert hits == []
        # A variable or prefixed name called "service" is fine.
        assert get(endpoint, "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1")[0] == 200
    finally:
        trap.shutdown()
        trap.server_close()
