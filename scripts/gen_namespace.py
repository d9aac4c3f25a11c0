"""Regenerate kg/namespace.py from ontology/kg.ttl (run after editing the ontology)."""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib

ROOT = Path(__file__).resolve().parent.parent
KG = "https://w3id.org/kjzz/ontology#"


def render(ttl: Path) -> str:
    g = rdflib.Graph().parse(ttl)
    terms = sorted({str(s)[len(KG):] for s in g.subjects() if str(s).startswith(KG)})
    lines = [
        '"""Every IRI of the ontology, generated from ontology/kg.ttl by scripts/gen_namespace.py.',
        "",
        "Do not edit by hand: tests/test_namespace.py fails when this file and kg.ttl differ.",
        '"""',
        "",
        "from rdflib import Namespace, URIRef",
        "from rdflib.namespace import DefinedNamespace",
        "",
        "",
        "class KG(DefinedNamespace):",
        '    """The kg: ontology terms."""',
        "",
        "    _fail = True",
        "",
    ]
    lines += [f"    {t}: URIRef" for t in terms]
    lines += [
        "",
        f'    _NS = Namespace("{KG}")',
        "",
        "",
        '# Where entities, articles and graphs get their IRIs.',
        'ID = Namespace("https://w3id.org/kjzz/id/")',
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    out = ROOT / "kg" / "namespace.py"
    out.write_text(render(ROOT / "ontology" / "kg.ttl"), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
