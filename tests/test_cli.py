"""The kg command: each verb on the seeds, and each kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

from conftest import GOLD, SEEDS

KG = [sys.executable, "-m", "kg.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_extract_prints_one_gold_format_object_per_article():
    result = CliRunner().invoke(cli, ["extract", *sorted(str(p) for p in SEEDS.glob("*.txt"))])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["doc"] for d in lines] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for doc in lines:
        assert {"doc", "entities", "relations", "figures"} <= doc.keys()
        for e in doc["entities"]:
            assert {"name", "type", "aliases"} <= e.keys()
        for r in doc["relations"]:
            assert {"s", "p", "o", "evidence", "confidence"} <= r.keys()
            assert 0 < r["confidence"] <= 1
            assert r["evidence"]
    names = {e["name"] for d in lines for e in d["entities"]}
    assert {"南京航空航天大学", "润州区", "常熟理工学院"} <= names


def test_evidence_offsets_point_into_the_article():
    from kg.extract import extract_article
    from kg.ingest import read_article

    art = read_article(SEEDS / "001_3535ead3e0bfa596.txt")
    out = extract_article(art)
    assert out["relations"]
    for r in out["relations"]:
        assert art.text[r["start"]:r["end"]] == r["evidence"]


@pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/gold")
def test_eval_prints_scores_and_verbose_lists_misses():
    result = CliRunner().invoke(cli, ["eval", "--gold", str(GOLD), str(SEEDS), "--verbose", "--format", "json"])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "missed" in text and "false" in text
    rows = json.loads(text[text.index("[\n"):])
    by = {r["score"]: r for r in rows}
    assert by["entities (untyped)"]["F1"] > 0.5
    assert by["relations"]["gold"] > 100


def test_build_writes_exports_and_summary(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (out / name).stat().st_size > 1000, name
    assert "University" in result.output and "servesIn" in result.output
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "东南大学" in html


def test_query_saved_and_text(seed_graph):
    g = str(seed_graph / "graph.trig")
    result = CliRunner().invoke(cli, ["query", "universities-by-district", "-g", g, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {"locality": "润州区", "university": "东南大学"}.items() <= next(
        r for r in rows if r["locality"] == "润州区" and r["university"] == "东南大学").items()
    result = CliRunner().invoke(cli, ["query", "-g", g, "--format", "csv",
                                      "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert result.exit_code == 0
    assert int(result.output.splitlines()[1]) > 1000
    listing = CliRunner().invoke(cli, ["query", "--list"])
    assert "fact-evidence" in listing.output


def test_recommend_and_viz_and_validate(seed_graph, tmp_path):
    g = str(seed_graph / "graph.trig")
    rec = CliRunner().invoke(cli, ["recommend", "镇江华浩通信器材有限公司", "-g", g, "--format", "json"])
    assert rec.exit_code == 0, rec.output
    data = json.loads(rec.output)
    assert data["candidates"], data
    assert "常熟理工学院" in {c["label"] for c in data["existing"]}
    assert "常熟理工学院" not in {c["label"] for c in data["candidates"]}
    page = tmp_path / "focus.html"
    v = CliRunner().invoke(cli, ["viz", "-g", g, "-o", str(page), "--focus", "丹徒区第十四批科技镇长团", "--depth", "1"])
    assert v.exit_code == 0, v.output
    assert page.exists() and "常熟理工学院" in page.read_text(encoding="utf-8")
    val = CliRunner().invoke(cli, ["validate", "-g", g])
    assert val.exit_code == 0, val.output
    assert "conforms" in val.output


def _assert_one_line_error(proc: subprocess.CompletedProcess, needle: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert needle in lines[0], lines[0]


def _file(name: str, data: bytes):
    def make(d: Path) -> Path:
        (d / name).write_bytes(data)
        return d / name
    return make


def _empty_folder(d: Path) -> Path:
    (d / "nothing").mkdir()
    return d / "nothing"


@pytest.mark.parametrize("make, problem", [
    (lambda d: d / "missing.txt", "no such"),
    (_file("empty.txt", b""), "empty"),
    (_file("bin.txt", b"\x00\x01\x02PK\x03\x04" * 50), "binary"),
    (_file("bad.txt", b"\xff\xfe\xfa\xfb\x81\x30" * 10 + b"\xff\xff\xff"), ""),
    (_empty_folder, "no article"),
])
def test_bad_input_one_line_error_and_no_partial_export(tmp_path, make, problem):
    bad = make(tmp_path)
    out = tmp_path / "out"
    proc = run("build", str(SEEDS / "000_0daf30ac93c6bfe5.txt"), str(bad), "-o", str(out), "--no-html")
    _assert_one_line_error(proc, str(bad))
    assert problem in proc.stderr
    assert not (out / "graph.trig").exists() and not (out / "graph.ttl").exists()
    proc = run("extract", str(bad))
    _assert_one_line_error(proc, str(bad))


def test_extract_writes_nothing_when_an_article_after_good_ones_is_bad(tmp_path):
    """The results are spooled and written at the end: a bad article stops the command before any line of
    the good ones before it reaches stdout, in both formats; --skip-failing writes the others."""
    for name in ("000_0daf30ac93c6bfe5.txt", "001_3535ead3e0bfa596.txt"):
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    (tmp_path / "002_blank.txt").write_text("   \n\n", encoding="utf-8")
    for fmt in ("jsonl", "json"):
        proc = run("extract", "--format", fmt, str(tmp_path))
        _assert_one_line_error(proc, str(tmp_path / "002_blank.txt"))
        assert proc.stdout == ""
    proc = run("extract", "--skip-failing", "--format", "json", str(tmp_path))
    assert proc.returncode == 0 and [d["doc"] for d in json.loads(proc.stdout)] == [
        "000_0daf30ac93c6bfe5.txt", "001_3535ead3e0bfa596.txt"]


def test_failed_rebuild_leaves_previous_exports_intact(tmp_path):
    out = tmp_path / "out"
    ok = run("build", str(SEEDS), "-o", str(out), "--no-html")
    assert ok.returncode == 0, ok.stderr
    before = (out / "graph.trig").read_bytes()
    (tmp_path / "empty.txt").write_text("   ")
    proc = run("build", str(SEEDS), str(tmp_path / "empty.txt"), "-o", str(out), "--no-html")
    assert proc.returncode != 0
    assert (out / "graph.trig").read_bytes() == before


def test_missing_graph_and_bad_gold_are_one_line_errors(tmp_path):
    proc = run("query", "team-members", "-g", str(tmp_path / "nope.trig"))
    _assert_one_line_error(proc, "nope.trig")
    bad_gold = tmp_path / "gold.jsonl"
    bad_gold.write_text("{not json\n")
    proc = run("eval", "--gold", str(bad_gold), str(SEEDS))
    _assert_one_line_error(proc, "gold.jsonl")
    proc = run("query", "-g", str(tmp_path / "nope.trig"), "--store", "bogus:x", "team-members")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr


@pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/gold")
def test_readme_shows_what_kg_eval_prints_on_the_dev_set():
    """The README's dev-set scores are the command's output, not numbers that drifted."""
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    command = "$ kg eval --gold ../shared/gold/seeds.jsonl seeds/*.txt\n"
    assert command in readme
    start = readme.index(command) + len(command)
    shown = readme[start:readme.index("```", start)]
    result = CliRunner().invoke(cli, ["eval", "--gold", str(GOLD), *sorted(str(p) for p in SEEDS.glob("*.txt"))])
    assert result.exit_code == 0, result.output
    assert shown.strip() == result.output.strip()


def test_readme_shows_what_kg_build_prints_on_the_seeds(tmp_path):
    """The README's tally of the seed graph is the command's output (what it says of the files aside)."""
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    command = "$ kg build seeds/\n"
    start = readme.index(command) + len(command)
    shown = readme[start:readme.index("```", start)]
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path), "--no-html"])
    assert result.exit_code == 0, result.output
    # the first line names the files written, which differ; the tables after it must not
    assert shown.strip().split("\n", 1)[1] == result.output.strip().split("\n", 1)[1]
