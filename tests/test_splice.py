"""Incremental rebuilds (kg/splice.py): a rebuild after a few changed articles splices them into
the previous exports, and what it writes is byte for byte what a full build writes."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.splice import INDEX_NAME, STATE_NAME, splice_build

from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/corpus.py: the synthetic article generator)

# invented names throughout: a company first given with its short form, then named by it alone
WITH_ALIAS = ("无锡市新吴区科技镇长团\n\n近日，在新吴区科技镇长团牵线下，无锡恒瑞精密机械有限公司（以下简称恒瑞精密）"
              "与江南大学签订技术合作协议。\n")
BY_ALIAS = "新吴区科技镇长团\n\n近日，恒瑞精密与东南大学签订合作协议，项目金额50万元。\n"
EXTRA = "\n团员们还走访了江苏华瑞精密机械有限公司，并与南京工业大学签订合作协议。\n"


def build(arts: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(cli, ["build", str(arts), "-o", str(out), "--no-html", *extra],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output.split("\n", 1)[1]  # the summary, without the line naming the output folder


def exports(out: Path) -> tuple[bytes, bytes]:
    return (out / "graph.trig").read_bytes(), (out / "graph.ttl").read_bytes()


def full(arts: Path, tmp: Path) -> tuple[tuple[bytes, bytes], str]:
    out = tmp / "full"
    shutil.rmtree(out, ignore_errors=True)
    summary = build(arts, out, "--no-cache")
    return exports(out), summary


def state(out: Path) -> dict:
    """The saved state, both files, in an order-free form (without the exports' timestamps and the
    token that ties the files together)."""
    raw = orjson.loads((out / ".cache" / STATE_NAME).read_bytes())
    index = orjson.loads((out / ".cache" / INDEX_NAME).read_bytes())
    assert raw.pop("token") == index.pop("token")
    del raw["exports"]
    raw.update(index)
    for row in raw["records"].values():
        row[6].sort()  # the articles naming the entity: a set
    raw["mentions"] = sorted(map(tuple, raw["mentions"]))
    return raw


def splice(arts: Path, out: Path):
    return splice_build([str(arts)], out, out / ".cache")


def declined_then_built_in_full(arts: Path, victim: Path, out: Path, tmp: Path) -> None:
    """Edit ``victim``: the splice must decline, and kg build's full build equal a --no-cache one."""
    victim.write_text(victim.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    assert splice(arts, out) is None
    build(arts, out)
    assert exports(out) == full(arts, tmp)[0]


@pytest.fixture
def seeds(tmp_path) -> Path:
    arts = tmp_path / "arts"
    shutil.copytree(SEEDS, arts)
    return arts


def test_an_edited_article_is_spliced_in_byte_identically(seeds, tmp_path):
    out = tmp_path / "out"
    build(seeds, out)
    assert (out / ".cache" / STATE_NAME).is_file()
    victim = sorted(seeds.iterdir())[2]
    victim.write_text(victim.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    summary = splice(seeds, out)
    assert summary is not None  # spliced, not declined
    want, want_summary = full(seeds, tmp_path)
    assert exports(out) == want
    assert b"\xe5\x8d\x8e\xe7\x91\x9e" in want[0]  # the added company (华瑞) is in the graph
    assert build(seeds, out) == want_summary  # nothing changed since: the summary comes from the state
    assert exports(out) == want


def test_added_and_removed_articles_are_spliced_byte_identically(seeds, tmp_path):
    out = tmp_path / "out"
    build(seeds, out)
    files = sorted(seeds.iterdir())
    shutil.copy(files[0], seeds / "zz_copy.txt")  # a renamed copy: its cached extraction, its own graph
    (seeds / "aa_new.txt").write_text(BY_ALIAS, encoding="utf-8")
    files[3].unlink()
    assert splice(seeds, out) is not None
    want, want_summary = full(seeds, tmp_path)
    assert exports(out) == want
    assert build(seeds, out) == want_summary


def test_a_change_that_moves_another_articles_identities_is_built_in_full(tmp_path):
    """b.txt names the company by the short form a.txt gave it, so it shares a.txt's IRI. Without
    a.txt, b.txt's company gets an IRI of its own: the splice declines and kg build builds in full."""
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "a.txt").write_text(WITH_ALIAS, encoding="utf-8")
    (arts / "b.txt").write_text(BY_ALIAS, encoding="utf-8")
    out = tmp_path / "out"
    build(arts, out)
    shared = exports(out)[0].count("无锡恒瑞精密机械有限公司".encode())
    (arts / "a.txt").write_text(WITH_ALIAS + "\n", encoding="utf-8")  # an edit that moves nothing
    assert splice(arts, out) is not None
    assert exports(out) == full(arts, tmp_path)[0]
    (arts / "a.txt").unlink()
    assert splice(arts, out) is None
    build(arts, out)
    want = full(arts, tmp_path)[0]
    assert exports(out) == want
    assert shared and b"%E6%81%92%E7%91%9E%E7%B2%BE%E5%AF%86" in want[0]  # b's own 恒瑞精密 IRI
    (arts / "0.txt").write_text(BY_ALIAS, encoding="utf-8")  # now first to name it, before a.txt's return
    (arts / "a.txt").write_text(WITH_ALIAS, encoding="utf-8")
    assert splice(arts, out) is None or exports(out) == full(arts, tmp_path)[0]
    build(arts, out)
    assert exports(out) == full(arts, tmp_path)[0]


def test_random_edits_keep_the_exports_those_of_a_full_build(tmp_path):
    arts = tmp_path / "arts"
    corpus.generate(12, arts, seed=5)
    (arts / ".complete").unlink(missing_ok=True)
    for seed in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(seed, arts)
    out = tmp_path / "out"
    build(arts, out)
    rng = random.Random(11)
    spliced = 0
    for step in range(12):
        files = sorted(arts.iterdir())
        kind = ("append", "remove", "copy", "swap")[step % 4]
        if kind == "append":
            for f in rng.sample(files, 2):
                f.write_text(f.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
        elif kind == "remove":
            rng.choice(files).unlink()
        elif kind == "copy":
            shutil.copy(rng.choice(files), arts / f"zz{step}.txt")
        else:
            a, b = rng.sample(files, 2)
            a.write_bytes(b.read_bytes() + b"\n")
        spliced += splice(arts, out) is not None
        summary = build(arts, out)  # a full build where the splice declined; nothing to do where it did not
        want, want_summary = full(arts, tmp_path)
        assert exports(out) == want, f"step {step} ({kind})"
        assert summary == want_summary
        cached = tmp_path / "cached"
        shutil.rmtree(cached, ignore_errors=True)
        build(arts, cached)
        assert state(out) == state(cached), f"step {step} ({kind})"  # the next splice starts from the truth
    assert spliced >= 9


def test_a_changed_article_whose_old_cache_entry_is_unreadable_is_built_in_full(seeds, tmp_path):
    out = tmp_path / "out"
    build(seeds, out)
    victim = sorted(seeds.iterdir())[1]
    entry = out / ".cache" / state(out)["articles"][1][1]
    entry.write_bytes(entry.read_bytes()[:-100])  # cut short
    declined_then_built_in_full(seeds, victim, out, tmp_path)


def test_an_index_left_by_another_build_is_never_read(seeds, tmp_path):
    """build.state and build.index carry one token: an index from another build makes the splice
    decline, and kg build builds in full."""
    out = tmp_path / "out"
    build(seeds, out)
    stale = (out / ".cache" / INDEX_NAME).read_bytes()
    victim = sorted(seeds.iterdir())[1]
    victim.write_text(victim.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    build(seeds, out)  # spliced: a new token
    (out / ".cache" / INDEX_NAME).write_bytes(stale)
    declined_then_built_in_full(seeds, victim, out, tmp_path)


def test_exports_edited_since_the_last_build_are_rebuilt_in_full(seeds, tmp_path):
    out = tmp_path / "out"
    build(seeds, out)
    with (out / "graph.ttl").open("ab") as fh:
        fh.write(b"# edited by hand\n")
    victim = sorted(seeds.iterdir())[1]
    declined_then_built_in_full(seeds, victim, out, tmp_path)


def test_bad_input_in_a_changed_article_leaves_the_exports_and_their_state(seeds, tmp_path):
    out = tmp_path / "out"
    build(seeds, out)
    before = exports(out)
    (seeds / "broken.txt").write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seeds), "-o", str(out), "--no-html"],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "broken.txt: empty file" in proc.stderr and "Traceback" not in proc.stderr
    assert exports(out) == before
    (seeds / "broken.txt").unlink()
    assert splice(seeds, out) is not None  # the state still describes the exports
    assert exports(out) == before
