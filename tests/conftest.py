"""Shared fixtures: the seed articles and one seed graph built per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory) -> Path:
    """The seed graph built once (no HTML); returns the output folder."""
    out = tmp_path_factory.mktemp("seedgraph")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out), "--no-html", "--no-cache"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture()
def seed_copy(tmp_path) -> Path:
    """A private copy of the seed articles."""
    dst = tmp_path / "seeds"
    shutil.copytree(SEEDS, dst)
    return dst
