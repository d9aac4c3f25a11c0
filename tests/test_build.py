"""kg build at scale: deterministic output, the extraction cache, --jobs, sharded extraction, bad input.

Also the RDF writer behind it (kg.rdf.KGDataset): every serialisation states the
same graph, literals are escaped, and rdflib-style use still works.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from urllib.parse import quote
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg.build
from kg.cli import cli
from kg.rdf import KGDataset, build_dataset, union_graph

from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/corpus.py: the synthetic article generator)

KG = [sys.executable, "-m", "kg.cli"]


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def exports(out: Path) -> tuple[bytes, bytes]:
    return (out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """Twenty synthetic articles (.txt and .md) from the benchmark corpus generator."""
    d = tmp_path_factory.mktemp("generated")
    corpus.generate(20, d, seed=3)
    return d


# ---------------------------------------------------------------- determinism


def test_two_builds_are_byte_identical_even_across_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([*KG, "build", str(SEEDS), "-o", str(out), "--no-html", "--no-cache"],
                              capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(exports(out))
    assert outs[0][0] == outs[1][0], "graph.trig differs between two builds"
    assert outs[0][1] == outs[1][1], "graph.ttl differs between two builds"


def test_jobs_2_gives_the_same_graph_as_jobs_1(tmp_path, generated):
    invoke("build", str(generated), str(SEEDS), "-o", str(tmp_path / "j1"), "--no-html", "--no-cache", "--jobs", "1")
    invoke("build", str(generated), str(SEEDS), "-o", str(tmp_path / "j2"), "--no-html", "--no-cache", "--jobs", "2")
    assert exports(tmp_path / "j1") == exports(tmp_path / "j2")


def test_extracting_and_rendering_make_no_reference_cycles(generated):
    """Workers extract with the cyclic collector paused (kg.build._extract_path): whatever an
    article's extraction and rendering make must be freed by reference counting alone."""
    import gc

    from kg.extract import extract_article
    from kg.ingest import iter_articles
    from kg.rdf import render_article

    articles = list(iter_articles([SEEDS, generated]))
    render_article(extract_article(articles[0]))  # loads the tables (which are permanent)
    gc.collect()
    gc.disable()
    try:
        for art in articles:
            render_article(extract_article(art))
        assert gc.collect() == 0
    finally:
        gc.enable()


# ---------------------------------------------------------------- cache


def test_rebuild_after_one_changed_article_extracts_only_that_article(tmp_path, seed_copy, monkeypatch):
    out = tmp_path / "out"
    invoke("build", str(seed_copy), "-o", str(out), "--no-html")
    cache = out / ".cache"
    before = set(cache.glob("*.json"))
    assert len(before) == 5

    changed = seed_copy / "002_499bb6428e052ade.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n溧阳团走访了江苏蓝圈新材料有限公司。\n", encoding="utf-8")
    log = tmp_path / "extracted.log"  # (a file: the rebuild extracts in a worker process)
    real = kg.build._extract_encoded

    def counting(path: str, render: bool, cache_key: Path | None):
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"{Path(path).name} {os.getpid()}\n")
        return real(path, render, cache_key)

    def calls() -> list[str]:
        return [line.split()[0] for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []

    monkeypatch.setattr(kg.build, "_extract_encoded", counting)
    invoke("build", str(seed_copy), "-o", str(out), "--no-html")
    assert calls() == [changed.name]
    # extracted in a worker, while the rebuild read its index
    assert int(log.read_text(encoding="utf-8").split()[1]) != os.getpid()
    # the changed article's old entry is pruned: the cache keeps what the last build used
    after = set(cache.glob("*.json"))
    assert len(after) == 5 and len(after - before) == 1

    log.unlink()
    invoke("build", str(seed_copy), "-o", str(out), "--no-html")
    assert calls() == []  # nothing changed: nothing extracted

    # the cached rebuild writes what a build from scratch writes
    fresh = tmp_path / "fresh"
    invoke("build", str(seed_copy), "-o", str(fresh), "--no-html", "--no-cache")
    assert exports(out) == exports(fresh)
    assert not (fresh / ".cache").exists()


def test_an_unreadable_cache_entry_is_extracted_again(tmp_path, seed_copy):
    out = tmp_path / "out"
    invoke("build", str(seed_copy), "-o", str(out), "--no-html")
    before = exports(out)
    entries = sorted((out / ".cache").glob("*.json"))
    entries[0].write_text('{"extraction": [1, 2', encoding="utf-8")  # cut short
    entries[1].write_text('{"something": "else"}', encoding="utf-8")  # not an entry
    entries[2].write_bytes(entries[2].read_bytes()[:-100])  # the graph's text cut short
    (out / ".cache" / "build.state").unlink()  # else nothing changed, and the rebuild reads no entry
    invoke("build", str(seed_copy), "-o", str(out), "--no-html", "--jobs", "2")
    assert exports(out) == before
    for e in entries[:3]:  # rewritten: a JSON line, then the graph's text
        head, _, body = e.read_bytes().partition(b"\n")
        entry = json.loads(head)
        assert entry["extraction"]["entities"]
        assert len(body) == sum(entry["graph"]["sizes"]) > 0


def test_the_cache_keeps_only_what_the_last_build_used(tmp_path, seed_copy):
    out = tmp_path / "out"
    invoke("build", str(seed_copy), "-o", str(out), "--no-html")
    cache = out / ".cache"
    used = set(cache.iterdir())
    stale = cache / ("0" * 64 + "-0123456789abcdef.json")  # an entry of older code
    leftover = cache / ".deadbeef.json.k3j2"  # an interrupted write
    other = cache / "README.txt"  # not ours: left alone
    for f in (stale, leftover, other):
        f.write_text("{}", encoding="utf-8")
    invoke("build", str(seed_copy), "-o", str(out), "--no-html")
    assert set(cache.iterdir()) == used | {other}


# ---------------------------------------------------------------- sharding


def test_sharded_extract_then_merge_equals_direct_build(tmp_path, generated):
    files = sorted(str(p) for p in generated.iterdir()) + sorted(str(p) for p in SEEDS.iterdir())
    half = len(files) // 2
    (tmp_path / "a.jsonl").write_text(invoke("extract", *files[:half]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(invoke("extract", "--jobs", "2", *files[half:]), encoding="utf-8")

    invoke("build", *files, "-o", str(tmp_path / "direct"), "--no-html", "--no-cache")
    invoke("build", "--from-jsonl", str(tmp_path / "a.jsonl"), "--from-jsonl", str(tmp_path / "b.jsonl"),
           "-o", str(tmp_path / "merged"), "--no-html")
    invoke("build", "--from-jsonl", str(tmp_path / "b.jsonl"), "--from-jsonl", str(tmp_path / "a.jsonl"),
           "-o", str(tmp_path / "reversed"), "--no-html")
    direct = exports(tmp_path / "direct")
    assert exports(tmp_path / "merged") == direct
    assert exports(tmp_path / "reversed") == direct


def test_the_same_article_in_two_shards_is_refused(tmp_path):
    one = invoke("extract", str(SEEDS / "000_0daf30ac93c6bfe5.txt"))
    (tmp_path / "a.jsonl").write_text(one, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(one, encoding="utf-8")
    proc = subprocess.run([*KG, "build", "--from-jsonl", str(tmp_path / "a.jsonl"), "--from-jsonl",
                           str(tmp_path / "b.jsonl"), "-o", str(tmp_path / "out"), "--no-html"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert "000_0daf30ac93c6bfe5.txt" in proc.stderr
    assert not (tmp_path / "out" / "graph.trig").exists()


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_article_fails_the_build_and_leaves_the_exports_alone(tmp_path, seed_copy, jobs):
    out = tmp_path / "out"
    invoke("build", str(seed_copy), "-o", str(out), "--no-html", "--no-cache")
    before = exports(out)
    mtimes = [(out / n).stat().st_mtime_ns for n in ("graph.trig", "graph.ttl")]
    bad = seed_copy / "0025_broken.txt"  # sorts between two good articles
    bad.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)

    proc = subprocess.run([*KG, "build", str(seed_copy), "-o", str(out), "--no-html", "--jobs", jobs],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert str(bad) in lines[0]
    assert exports(out) == before
    assert [(out / n).stat().st_mtime_ns for n in ("graph.trig", "graph.ttl")] == mtimes
    assert sorted(p.name for p in out.iterdir() if p.name != ".cache") == ["graph.trig", "graph.ttl"]

    fresh = tmp_path / "fresh"
    proc = subprocess.run([*KG, "build", str(seed_copy), "-o", str(fresh), "--no-html", "--jobs", jobs],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert not (fresh / "graph.trig").exists() and not (fresh / "graph.ttl").exists()


def test_sigterm_mid_build_removes_the_temporary_exports_and_the_workers(tmp_path):
    import signal
    import time

    arts = tmp_path / "arts"
    corpus.generate(400, arts, seed=5)
    out = tmp_path / "out"
    proc = subprocess.Popen([*KG, "build", str(arts), "-o", str(out), "--no-html", "--no-cache", "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120

    def writing() -> bool:  # the temporary TriG has its first megabyte: workers are extracting
        temps = [p for p in out.iterdir() if p.name.startswith(".graph.trig")] if out.exists() else []
        return any(p.stat().st_size > 0 for p in temps)

    while not writing():
        assert proc.poll() is None and time.monotonic() < deadline, "the build ended before writing"
        time.sleep(0.02)
    workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert workers
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert list(out.iterdir()) == []  # no export, no temporary file
    time.sleep(0.5)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]


# ---------------------------------------------------------------- the RDF writer


EVIL = 'a "quoted" \\ back\\slash\nnew line\r\ttab \x01 ctl 中文 """ end'


def _record(doc: str = "x.txt") -> dict:
    return {
        "doc": doc, "title": "标题 " + EVIL, "date": "2022-05-12", "source": "来源",
        "entities": [
            {"name": "润州区第十四批科技镇长团", "type": "Team", "aliases": ["润州团"]},
            {"name": "润州区", "type": "Locality", "code": "321111", "aliases": []},
            {"name": "南京航空航天大学", "type": "University", "aliases": ["南航"]},
            {"name": "镇江华浩通信器材有限公司", "type": "Enterprise", "aliases": []},
        ],
        "relations": [
            {"s": "润州区第十四批科技镇长团", "p": "servesIn", "o": "润州区", "evidence": EVIL, "start": 0, "end": 9,
             "confidence": 0.95, "rule": "team-name"},
            {"s": "南京航空航天大学", "p": "collaboratesWith", "o": "镇江华浩通信器材有限公司", "evidence": "签订合同",
             "start": 10, "end": 14, "confidence": 1, "rule": "cooperation-pair"},
            {"s": "润州区第十四批科技镇长团", "p": "brokered", "o": "南京航空航天大学", "evidence": "牵线", "start": 10,
             "end": 14, "confidence": 0.65, "rule": "broker-cue"},
            {"s": "润州区第十四批科技镇长团", "p": "brokered", "o": "镇江华浩通信器材有限公司", "evidence": "牵线",
             "start": 10, "end": 14, "confidence": 0.65, "rule": "broker-cue"},
        ],
        "figures": [
            {"s": "润州区第十四批科技镇长团", "indicator": "合同金额", "value": 8300000, "unit": "CNY", "approx": "余",
             "evidence": EVIL},
            {"s": "润州区第十四批科技镇长团", "indicator": "比例", "value": 2.5e-05, "unit": "count"},
            {"s": "润州区第十四批科技镇长团", "indicator": "大数", "value": 1e16, "unit": "count"},
        ],
    }


RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
EVIDENCE = ox.NamedNode("https://w3id.org/kjzz/ontology#Evidence")


def _quads(data: str | bytes, fmt: ox.RdfFormat) -> set:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return set(ox.parse(raw, format=fmt))


def _triples(quads: set) -> set:
    return {q.triple for q in quads}


def test_every_serialisation_states_the_same_graph():
    ds = build_dataset([_record("b.txt"), _record("a.txt")])
    assert isinstance(ds, KGDataset)
    trig = _quads(ds.serialize(format="trig"), ox.RdfFormat.TRIG)
    assert trig == _quads(ds.serialize(format="nquads"), ox.RdfFormat.N_QUADS)
    union = _triples(trig)
    assert _triples(_quads(union_graph(ds).serialize(format="turtle"), ox.RdfFormat.TURTLE)) == union
    # the Turtle (graph.ttl) and N-Triples are the union without the evidence nodes, which the TriG holds
    evidence = {t.subject for t in union if t.predicate == RDF_TYPE and t.object == EVIDENCE}
    assert evidence
    facts = {t for t in union if t.subject not in evidence}
    assert _triples(_quads(ds.serialize(format="turtle"), ox.RdfFormat.TURTLE)) == facts
    assert _triples(_quads(ds.serialize(format="nt"), ox.RdfFormat.N_TRIPLES)) == facts
    # two articles share entities: their facts are stated in both graphs, once in the union
    assert len(union) < len(trig)
    # rdflib reads the files too (kg validate uses it)
    from rdflib import Dataset, Graph

    rd = Dataset()
    rd.parse(data=ds.serialize(format="trig"), format="trig")
    assert len(list(rd.quads((None, None, None, None)))) == len(trig)
    assert len(Graph().parse(data=ds.serialize(format="turtle"), format="turtle")) == len(facts)


def test_literals_are_escaped_and_decimals_are_valid():
    ds = build_dataset([_record()])
    store = ox.Store()
    store.load(ds.serialize(format="trig").encode("utf-8"), format=ox.RdfFormat.TRIG)
    q = "SELECT ?e WHERE { GRAPH ?g { ?ev a <https://w3id.org/kjzz/ontology#Evidence> ; " \
        "<https://w3id.org/kjzz/ontology#evidence> ?e } }"
    assert EVIL in {sol["e"].value for sol in store.query(q)}
    values = {sol["v"].value for sol in store.query(
        "SELECT ?v WHERE { GRAPH ?g { ?f <https://w3id.org/kjzz/ontology#value> ?v } }")}
    assert {Decimal(v) for v in values} == {Decimal(8300000), Decimal("0.000025"), Decimal(10**16)}
    text = ds.serialize(format="trig")
    assert "kg:value 0.000025 " in text and "kg:value 8300000.0 " in text and "e-05" not in text
    for sol in store.query("SELECT ?v WHERE { GRAPH ?g { ?f <https://w3id.org/kjzz/ontology#value> ?v } }"):
        assert sol["v"].datatype.value.endswith("#decimal")


def test_output_does_not_depend_on_input_order():
    a, b = _record("a.txt"), _record("b.txt")
    assert build_dataset([a, b]).serialize(format="trig") == build_dataset([b, a]).serialize(format="trig")


def test_write_exports_streams_what_serialize_returns(tmp_path):
    ds = build_dataset([_record("a.txt"), _record("b.txt")])
    trig, ttl = kg.build.write_exports(ds, tmp_path / "out")
    assert trig.read_text(encoding="utf-8") == ds.serialize(format="trig")
    assert ttl.read_text(encoding="utf-8") == ds.serialize(format="turtle")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.trig", "graph.ttl"]


def test_the_dataset_still_works_as_an_rdflib_dataset():
    ds = build_dataset([_record()])
    n = len(_quads(ds.serialize(format="nquads"), ox.RdfFormat.N_QUADS))
    assert len(list(ds.quads((None, None, None, None)))) == n
    doc = json.loads(ds.serialize(format="json-ld"))
    assert doc
    assert len(union_graph(ds)) == len(_triples(_quads(ds.serialize(format="nquads"), ox.RdfFormat.N_QUADS)))
    assert isinstance(ds.serialize(format="trig", encoding="utf-8"), bytes)


def test_a_worker_rendered_graph_is_used_only_when_its_iris_still_hold():
    """An article naming a company only by an alias another article gave it renders with the
    other article's IRI: the worker's rendering (which assumed its own) is replaced."""
    import io

    from kg.rdf import GraphWriter, render_article

    a = _record("a.txt")
    a["entities"][3]["aliases"] = ["华浩通信器材"]
    b = _record("b.txt")
    b["entities"][3]["name"] = "华浩通信器材"
    for rel in b["relations"]:
        if rel["o"] == "镇江华浩通信器材有限公司":
            rel["o"] = "华浩通信器材"

    def write(use_rendered: bool) -> str:
        trig = io.BytesIO()
        w = GraphWriter(trig, io.BytesIO())
        for ex in (a, b):
            w.add(ex, render_article(ex) if use_rendered else None)
        w.close()
        return trig.getvalue().decode()

    stale = render_article(b)["ids"]["华浩通信器材"]
    assert stale.endswith("enterprise/" + quote("华浩通信器材", safe=""))
    text = write(True)
    assert text == write(False)
    assert f"<{stale}>" not in text  # b's facts use a's company IRI
    assert build_dataset([a, b]).serialize(format="trig") == text


def test_a_renamed_copy_reuses_the_cached_extraction_but_not_its_graph(tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    one = SEEDS / "003_c2ea17a105b06125.txt"
    (arts / "x.txt").write_bytes(one.read_bytes())
    out = tmp_path / "out"
    invoke("build", str(arts), "-o", str(out), "--no-html")
    (arts / "x.txt").rename(arts / "y.txt")
    invoke("build", str(arts), "-o", str(out), "--no-html")
    fresh = tmp_path / "fresh"
    invoke("build", str(arts), "-o", str(fresh), "--no-html", "--no-cache")
    assert exports(out) == exports(fresh)
    assert b"article/x.txt" not in exports(out)[0]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_that_one_article_meets_names_that_article_in_one_line(tmp_path, seed_copy, jobs, monkeypatch):
    """A rule that raises on one article (fault injected into the real pipeline: the fork-started
    workers inherit it) fails the build with an error naming that article, and writes no exports.
    (``kg.cli.main`` prints a KGError as its one line, as the bad-input test above shows.)"""
    from kg.errors import InputError

    marker = "故障注入标记"
    _inject_fault(monkeypatch, marker)
    bad = seed_copy / "0025_trigger.txt"
    bad.write_text(f"丹徒区第十四批科技镇长团走访企业。{marker}", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(seed_copy), "-o", str(out), "--no-html", "--no-cache",
                                      "--jobs", jobs])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError), result.exception  # (a worker's comes back as its line)
    message = str(result.exception)
    assert "\n" not in message and message.startswith(str(bad)) and "extraction failed (ZeroDivisionError" in message
    assert not (out / "graph.trig").exists() and not (out / "graph.ttl").exists()


def _inject_fault(monkeypatch, marker: str) -> None:
    """Make the real pipeline raise on any article containing ``marker`` (fork-started workers
    inherit it), as a bug in a rule would."""
    from kg.extract import mentions

    real = mentions.find_mentions

    def failing(text, *args, **kwargs):
        if marker in text:
            raise ZeroDivisionError("division by zero")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(mentions, "find_mentions", failing)
    monkeypatch.setattr("kg.extract.pipeline.find_mentions", failing)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_skip_failing_leaves_out_the_bad_articles_and_builds_the_rest(tmp_path, seed_copy, jobs, monkeypatch):
    """With --skip-failing an article whose extraction fails, an empty file and a file that is no
    text are each warned of in one line and left out; the exports are those of the good articles
    alone, and the command succeeds."""
    good = tmp_path / "good"
    invoke("build", str(seed_copy), "-o", str(good), "--no-html", "--no-cache")
    marker = "故障注入标记"
    _inject_fault(monkeypatch, marker)
    (seed_copy / "0025_trigger.txt").write_text(f"丹徒区第十四批科技镇长团走访企业。{marker}", encoding="utf-8")
    (seed_copy / "0026_empty.txt").write_bytes(b"")
    (seed_copy / "0027_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 40)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(seed_copy), "-o", str(out), "--no-html", "--jobs", jobs,
                                      "--skip-failing"])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert [w.split(":")[0] for w in warned[:3]] == [
        f"skipped {seed_copy / name}" for name in ("0025_trigger.txt", "0026_empty.txt", "0027_binary.txt")]
    assert "extraction failed (ZeroDivisionError" in warned[0] and "empty" in warned[1]
    assert warned[3].startswith("skipped 3 articles")
    assert result.stdout.startswith("5 articles")
    assert exports(out) == exports(good)
    # without the flag the same input stops the build at the first bad article
    result = CliRunner().invoke(cli, ["build", str(seed_copy), "-o", str(tmp_path / "x"), "--no-html",
                                      "--jobs", jobs])
    assert result.exit_code != 0 and str(result.exception).startswith(str(seed_copy / "0025_trigger.txt"))


def test_skip_failing_rebuild_splices_out_an_article_that_went_bad_and_back_in_once_fixed(
        tmp_path, seed_copy, monkeypatch):
    """An article that fails after an edit is spliced out of the previous exports (it has no cache
    entry, so the next build tries it again); fixed, it is spliced back in. Each result equals a
    full build of the same good articles."""
    marker = "故障注入标记"
    _inject_fault(monkeypatch, marker)
    out = tmp_path / "out"
    invoke("build", str(seed_copy), "-o", str(out), "--no-html", "--skip-failing")
    with_all = exports(out)
    article = seed_copy / "003_c2ea17a105b06125.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("。", "。" + marker, 1), encoding="utf-8")  # (a web footer is cut)
    assert "skipped " in CliRunner().invoke(cli, ["build", str(seed_copy), "-o", str(out), "--no-html",
                                                  "--skip-failing"]).stderr
    assert (out / ".cache" / "build.state").is_file()  # (spliced: the state was written again)
    without = tmp_path / "without"
    kept = tmp_path / "kept"
    kept.mkdir()
    for f in seed_copy.iterdir():
        if f != article:
            (kept / f.name).write_bytes(f.read_bytes())
    invoke("build", str(kept), "-o", str(without), "--no-html", "--no-cache")
    assert exports(out) == exports(without) != with_all
    article.write_text(text, encoding="utf-8")
    invoke("build", str(seed_copy), "-o", str(out), "--no-html", "--skip-failing")
    assert exports(out) == with_all


def test_extract_skip_failing_writes_the_other_articles(tmp_path, seed_copy):
    """kg extract --skip-failing prints the good articles' records and warns of the bad one."""
    (seed_copy / "0026_empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(seed_copy), "--skip-failing"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert docs == sorted(f.name for f in SEEDS.iterdir())
    assert result.stderr.splitlines() == [f"skipped {seed_copy / '0026_empty.txt'}: empty file",
                                          "skipped 1 article that could not be read or extracted (listed above)"]
