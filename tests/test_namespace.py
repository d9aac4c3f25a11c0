"""kg/namespace.py is generated from ontology/kg.ttl, and the code only uses terms the ontology defines."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parent.parent
KG = "https://w3id.org/kjzz/ontology#"


def _gen_namespace():
    spec = importlib.util.spec_from_file_location("gen_namespace", ROOT / "scripts" / "gen_namespace.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ontology_terms() -> set[str]:
    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl")
    return {str(s)[len(KG):] for s in g.subjects() if str(s).startswith(KG)}


def test_namespace_py_is_the_rendered_ontology():
    rendered = _gen_namespace().render(ROOT / "ontology" / "kg.ttl")
    current = (ROOT / "kg" / "namespace.py").read_text(encoding="utf-8")
    assert rendered == current, "kg/namespace.py is stale: run `python scripts/gen_namespace.py`"


def test_namespace_class_lists_every_ontology_term():
    from kg.namespace import KG as NS

    declared = set(NS.__annotations__)
    assert declared == ontology_terms()


_PATTERNS = (
    re.compile(r"\bKG\.([A-Za-z_]\w*)"),                    # KG.Evidence
    re.compile(r"\bKG\[\s*[\"']([A-Za-z_]\w*)[\"']\s*\]"),  # KG["Evidence"]
    re.compile(r"(?<![\w:/.-])kg:([A-Za-z_][\w-]*)"),       # kg:Evidence in SPARQL or Turtle text
    re.compile(re.escape(KG) + r"([A-Za-z_][\w-]*)"),       # the full IRI
)


def used_terms(text: str) -> set[str]:
    return {m.group(1) for pat in _PATTERNS for m in pat.finditer(text)}


def _sources() -> list[Path]:
    files = sorted((ROOT / "kg").rglob("*.py")) + sorted((ROOT / "kg" / "queries").glob("*.rq"))
    return files + [ROOT / "ontology" / "shapes.ttl"] + sorted((ROOT / "ontology" / "examples").glob("*.ttl"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_kg_term_used_exists_in_the_ontology(path: Path):
    missing = used_terms(path.read_text(encoding="utf-8")) - ontology_terms()
    assert not missing, f"{path.relative_to(ROOT)} uses kg: terms the ontology lacks: {sorted(missing)}"


def test_computed_terms_exist_in_the_ontology():
    """Terms built at run time from names (KG[rel["p"]], "kg:" + cls) come from these tuples."""
    from kg import nxview, rdf

    names = set(rdf.PROPERTIES) | set(rdf.CLASSES) | set(nxview.CLASSES)
    # KG.Province or "kg:Province", whichever spelling the builder keeps.
    names |= {str(v).rsplit("#", 1)[-1].rsplit(":", 1)[-1] for v in getattr(rdf, "LEVEL_CLASS", {}).values()}
    assert names <= ontology_terms(), sorted(names - ontology_terms())


def test_the_term_scanner_finds_terms():
    text = 'g.add((ev, KG.evidence, x)); KG["servesIn"]; "?t a kg:Team" <https://w3id.org/kjzz/ontology#Nope>'
    assert used_terms(text) == {"evidence", "servesIn", "Team", "Nope"}
    assert used_terms("kg: error: oxigraph:PATH  # kg:  ") == set()
