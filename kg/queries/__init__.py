"""Saved SPARQL queries shipped with the package (``kg query --list``).

Each ``.rq`` file opens with a ``#`` comment saying what it answers; parameters
are SPARQL variables bound with ``--param NAME=VALUE`` as RDF terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, KGError

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    path: Path


def list_queries() -> list[SavedQuery]:
    """Every saved query, by name."""
    out = []
    for p in sorted(HERE.glob("*.rq")):
        first = p.read_text(encoding="utf-8").splitlines()[0]
        out.append(SavedQuery(p.stem, first.lstrip("# ").strip(), p))
    return out


def load_query(ref: str) -> str:
    """Query text from a saved name, a .rq file path, or SPARQL text itself."""
    saved = HERE / f"{ref}.rq"
    if saved.exists():
        return saved.read_text(encoding="utf-8")
    if ref.endswith((".rq", ".sparql")):
        p = Path(ref)
        if not p.exists():
            raise InputError(p, "no such query file")
        return p.read_text(encoding="utf-8")
    if any(k in ref.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return ref
    names = ", ".join(q.name for q in list_queries())
    raise KGError(f"{ref}: not a saved query, .rq file or SPARQL text (saved: {names})")
