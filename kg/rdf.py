"""Extraction results → an RDF dataset under our ontology.

The default graph describes entities (class, labels, codes) and articles
(title, date, source). Each article has a named graph holding the facts it
states, each fact also reified as a ``kg:Evidence`` node (rdf:subject /
rdf:predicate / rdf:object) with its sentence, offsets, rule and confidence.
Reification rather than RDF-star because every SPARQL 1.1 store, rdflib and
pySHACL read it unchanged.

:class:`GraphWriter` writes the files while extraction results arrive, in a
canonical order (article graphs in article order, then the default graph;
subjects, predicates and objects sorted), so the same extraction results give
byte-identical ``graph.trig`` and ``graph.ttl`` whatever the number of processes
or the hash seed (rdflib's TriG writer ordered graphs by hash).
:func:`build_dataset` returns a :class:`KGDataset`, the same held in memory.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, BinaryIO, Iterable, Iterator

from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from kg.gcpause import gc_paused
from kg.extract.text import fold
from kg.namespace import ID, KG

PROPERTIES = (
    "servesIn", "memberOf", "leads", "affiliatedWith", "memberInstitution", "collaboratesWith",
    "brokered", "visited", "locatedIn", "partOf", "hostedBy", "hasField",
)
CLASSES = (
    "University", "ResearchInstitute", "AcademicUnit", "Locality", "Enterprise", "GovernmentAgency",
    "Team", "Person", "Platform", "Field",
)
LEVEL_CLASS = {
    "province": KG.Province, "city": KG.City, "district": KG.District, "county": KG.County,
    "county_city": KG.County, "town": KG.Town, "subdistrict": KG.Town,
}
# Aliases that name different things in different articles (区委 is every district's).
RELATIVE_PREFIXES = ("市", "区", "县", "省", "镇", "乡")


@functools.lru_cache(maxsize=1 << 20)
@functools.cache
def _wikidata_ids() -> dict[tuple[str, str], str]:
    """Wikidata ids the gazetteers carry, by (class, canonical name)."""
    from kg import gazetteer

    out = {}
    for cls, entries in (("University", gazetteer.universities()), ("ResearchInstitute", gazetteer.institutes())):
        for e in entries:
            if e.wikidata and re.fullmatch(r"Q\d+", e.wikidata):
                out[(cls, e.name)] = e.wikidata
    return out


_UNRESERVED_RUN_COMPLEMENT = re.compile(r"[^A-Za-z0-9_.~-]+")


def _percent_encode(run: re.Match) -> str:
    return "%" + run.group().encode("utf-8").hex("%").upper()


def _slug(text: str) -> str:
    """``urllib.parse.quote(text, safe="")``: every byte but the unreserved ones percent-encoded,
    a run at a time (quote builds its result a byte at a time: 1.4 s for 10,000 articles' names)."""
    return _UNRESERVED_RUN_COMPLEMENT.sub(_percent_encode, text)


_fold = functools.lru_cache(maxsize=1 << 18)(fold)
_ID = str(ID)


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(cls: str, name: str, code: str | None = None) -> URIRef:
    """One IRI per entity, stable across articles and rebuilds.

    Localities with an administrative division code are named by the code;
    everything else by its class and canonical name.
    """
    return URIRef(_entity_id(cls, name, code))


@functools.lru_cache(maxsize=1 << 18)  # the same entities recur across articles; quoting is slow
def _entity_id(cls: str, name: str, code: str | None = None) -> str:
    if cls == "Locality" and code:
        return f"{_ID}place/{_slug(code)}"
    return f"{_ID}{cls.lower()}/{_slug(name)}"


def article_iri(doc: str) -> URIRef:
    return ID[f"article/{_slug(doc)}"]


def graph_iri(doc: str) -> URIRef:
    return ID[f"graph/{_slug(doc)}"]


_ALIAS_KEYED = frozenset(("Enterprise", "Platform", "University", "ResearchInstitute"))  # a long alias names them


class EntityIndex:
    """Cross-article identity: the same class and name (or a distinctive alias) is one entity.

    Besides the identities, it keeps what an incremental rebuild (:mod:`kg.splice`)
    needs to tell whether a changed article moves any other article's identities:
    the article that registered each key first and how often each key occurs, the
    article that created each record, and how often each alias was given.
    """

    def __init__(self) -> None:
        self.key_to_id: dict[tuple[str, str], str] = {}
        self.key_doc: dict[tuple[str, str], str] = {}  # key -> the article that registered it
        self.key_count: dict[tuple[str, str], int] = {}  # key -> how many entity mentions carry it
        self.records: dict[str, dict[str, Any]] = {}

    def add(self, ent: dict[str, Any], doc: str) -> str:
        """Register an article's entity; returns the global id (an IRI string)."""
        keys = entity_keys(ent)
        key_to_id = self.key_to_id
        typ = ent["type"]
        if typ == "Locality" and ent.get("code"):
            eid = _entity_id("Locality", ent["name"], ent["code"])
        else:
            for k in keys:
                eid = key_to_id.get(k)
                if eid is not None:
                    break
            else:
                eid = _entity_id(typ, ent["name"])
        rec = self.records.get(eid)
        if rec is None:
            rec = self.records[eid] = new_record(ent, doc)
        rec["names"][ent["name"]] += 1
        aliases = ent.get("aliases")
        if aliases:
            counts = rec["aliases"]
            for alias in aliases:
                counts[alias] += 1
        rec["articles"].add(doc)
        key_count = self.key_count
        for k in keys:
            if k not in key_to_id:
                key_to_id[k] = eid
                self.key_doc[k] = doc
            key_count[k] = key_count.get(k, 0) + 1
        return eid

    def label(self, eid: str) -> str:
        return record_label(self.records[eid])


def entity_keys(ent: dict[str, Any]) -> list[tuple[str, str]]:
    """The keys an entity is known by across articles: its class and folded name, and for the
    classes a long alias names, each such alias."""
    typ = ent["type"]
    keys = [(typ, _fold(ent["name"]))]
    if typ in _ALIAS_KEYED:
        for alias in ent.get("aliases", ()):
            if len(alias) >= 4 and not alias.startswith(RELATIVE_PREFIXES):
                keys.append((typ, _fold(alias)))
    return keys


def new_record(ent: dict[str, Any], doc: str) -> dict[str, Any]:
    """An entity's record, created by the first mention of it (``doc`` is that mention's article)."""
    return {"names": defaultdict(int), "type": ent["type"], "aliases": defaultdict(int), "articles": set(),
            "code": ent.get("code"), "rule": ent.get("rule"), "first": doc}


def record_label(rec: dict[str, Any]) -> str:
    """An entity's label: its most frequent name (then the longest, then the first in code-point order)."""
    names = rec["names"]
    return max(names, key=lambda n: (names[n], len(n), n))


def build_dataset(extractions: Iterable[dict[str, Any]]) -> KGDataset:
    """The whole graph: entity descriptions in the default graph, one named graph per article.

    Returns a :class:`KGDataset`, which writes TriG, Turtle, N-Quads and
    N-Triples itself through :class:`GraphWriter` (deterministic; 1,000
    articles, 1 M quads, in about 1.5 s where rdflib took 0.1 s an article)
    and behaves as an rdflib ``Dataset`` for everything else. ``kg build``
    streams instead (:func:`kg.build.write_exports`): it never holds the
    extraction results.
    """
    return KGDataset(extractions)


# --- terms as Turtle/TriG text ----------------------------------------------
#
# The graph is written as text, not built as rdflib objects: building and
# serialising through rdflib took about 0.1 s an article (20–27 s for 200). Terms
# are kept as their Turtle spelling (prefixed names for the vocabulary, full IRIs
# for ids, escaped literals), so a triple is three short strings.

PREFIXES = (
    ("dcterms", str(DCTERMS)), ("kg", str(KG)), ("prov", str(PROV)), ("rdf", str(RDF)),
    ("rdfs", str(RDFS)), ("skos", str(SKOS)), ("xsd", str(XSD)),
)
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
            ord("\b"): "\\b", ord("\f"): "\\f"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in _ESCAPES})
_BARE_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_BARE_INTEGER = re.compile(r"[+-]?[0-9]+")

A = "a"  # rdf:type


def _iri(iri: str) -> str:
    return f"<{iri}>"


_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f]')


def _str(value: str) -> str:
    if _NEEDS_ESCAPE.search(value) is None:  # most literals: translate() would look up every character
        return f'"{value}"'
    return '"' + value.translate(_ESCAPES) + '"'


def _zh(value: str) -> str:
    return _str(value) + "@zh"


def _integer(value: Any) -> str:
    return str(int(value))


@functools.lru_cache(maxsize=1 << 14, typed=True)  # confidences recur in every article, figure values often
def _decimal(value: Any) -> str:
    """An xsd:decimal (never in exponent form, always with a point, as rdflib writes them: 40 → 40.0)."""
    if isinstance(value, float):
        lex = repr(value)
        if "e" in lex or "E" in lex:
            lex = format(Decimal(lex), "f")
    else:
        lex = str(value)
    if _BARE_INTEGER.fullmatch(lex):
        lex += ".0"
    return lex if _BARE_DECIMAL.fullmatch(lex) else f"{_str(lex)}^^xsd:decimal"


@functools.lru_cache(maxsize=1024, typed=True)
def _confidence(value: Any) -> str:
    return _decimal(round(float(value), 3))


def _date(value: str) -> str:
    return f"{_str(str(value))}^^xsd:date"


def _qname(term: URIRef) -> str:
    for prefix, ns in PREFIXES:
        if term.startswith(ns):
            return f"{prefix}:{term[len(ns):]}"
    return _iri(term)


Triple = tuple[str, str, str]  # subject, predicate, object as Turtle text


def _group(triples: Iterable[Triple], into: dict[str, list[tuple[str, str]]] | None = None
           ) -> dict[str, list[tuple[str, str]]]:
    """Triples as subject -> [(predicate, object)], added to ``into`` when given."""
    by_subject: dict[str, list[tuple[str, str]]] = {} if into is None else into
    for s, p, o in triples:
        pos = by_subject.get(s)
        if pos is None:
            by_subject[s] = [(p, o)]
        else:
            pos.append((p, o))
    return by_subject


def _render(by_subject: dict[str, list[tuple[str, str]]], indent: str = "") -> str:
    """Grouped triples as Turtle, subjects, predicates and objects sorted (``a`` sorts before every
    prefixed name): a canonical layout, so equal graphs are written byte-identically. Duplicates
    are dropped. (Sorting subjects, then each subject's few pairs, is twice as fast as sorting
    a million whole triples.)"""
    parts: list[str] = []
    add = parts.append
    sep_p, sep_o = f" ;\n{indent}    ", f" ,\n{indent}        "
    for s in sorted(by_subject):
        pos = by_subject[s]
        pos = sorted(set(pos)) if len(pos) > 1 else pos
        prev_p = None
        for p, o in pos:
            if prev_p is None:
                add(f"{indent}{s} {p} {o}")
            elif p != prev_p:
                add(f"{sep_p}{p} {o}")
            else:
                add(f"{sep_o}{o}")
            prev_p = p
        add(" .\n\n")
    return "".join(parts)


def _triples_text(triples: Iterable[Triple], indent: str = "") -> str:
    """Triples as canonical Turtle text (see :func:`_render`)."""
    return _render(_group(triples), indent)


class _Discard(io.RawIOBase):
    def write(self, b: bytes) -> int:
        return len(b)


class _Chunks(io.RawIOBase):
    """A byte sink kept as a list of chunks, joined once at the end (``io.BytesIO`` copies as it grows)."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def write(self, b: bytes) -> int:
        self.chunks.append(b)
        return len(b)

    def getvalue(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks = [data]
        return data


class _RdflibFallback:
    """Anything not written natively is answered by the rdflib object of :meth:`to_rdflib`."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.to_rdflib(), name)

    def __len__(self) -> int:
        return len(self.to_rdflib())


class GraphWriter:
    """Writes the graph as extraction results arrive, one article at a time: TriG and Turtle together.

    Each article's named graph is written as soon as the article is added, so a
    build holds the entity index and the facts about entities, never the
    articles. Entity identity depends only on the articles added before (the
    first article to name an entity fixes its IRI), so adding articles in the
    same order gives the same bytes whatever produced them. The Turtle file is
    the facts without their evidence (which the TriG holds): each article's
    agreement and figure nodes, then the entity descriptions (the TriG's default
    graph), then the facts about each entity, merged over all articles. Callers adding many
    articles should pause the cyclic collector around the loop
    (:func:`kg.gcpause.gc_paused`): the writer makes millions of acyclic strings
    and tuples that full collections would walk again and again. :meth:`close`
    writes what needs every article: the entity descriptions (the default graph,
    at the end of the TriG) and, in the Turtle file, every fact about each entity.

    ``trig`` and ``turtle`` are binary streams (UTF-8 is written); either may be
    ``None`` to write only the other one. Articles rendered by a worker arrive
    as UTF-8 bytes and are written as they are: encoding here, and decoding the
    worker's text on its way over, took a tenth of the main process's time.

    Example
    -------
    >>> import io
    >>> trig = io.BytesIO()
    >>> w = GraphWriter(trig, None)
    >>> w.add({"doc": "a.txt", "entities": [{"name": "某某大学", "type": "University"}], "relations": []})
    >>> w.close()
    >>> "kg:University" in trig.getvalue().decode()
    True
    """

    def __init__(self, trig: BinaryIO | None, turtle: BinaryIO | None) -> None:
        self.trig = trig if trig is not None else _Discard()
        self.turtle = turtle if turtle is not None else None
        self.index = EntityIndex()
        self.terms: dict[str, str] = {}  # entity id -> its IRI as Turtle text, one string per entity
        self.articles: list[dict[str, Any]] = []  # what the default graph says of each article
        self.docs: set[str] = set()
        # facts about entities, for the Turtle file, grouped as they come: subject -> [(p, o)]
        self.entity_facts: dict[str, list[tuple[str, str]]] = {}
        self.closed = False
        # where each article's graph lies in the two files, and its entity ids where they are not
        # the provisional ones: doc -> [trig start, trig end, ttl start, ttl end, names or None]
        self.placed: dict[str, list[Any]] = {}
        self.trig_pos = _prefixes(self.trig)
        self.ttl_pos = _prefixes(self.turtle) if self.turtle is not None else 0
        self.sections: tuple[int, int, int] | None = None  # default graph, merged facts

    def add(self, ex: dict[str, Any], rendered: dict[str, Any] | None = None) -> None:
        """Index one article's entities and write its named graph.

        ``rendered`` is the article's :func:`render_article` result, made where
        it was extracted; it is used when the entities kept the IRIs it assumed
        (no earlier article named them otherwise), and the graph is rendered
        here when they did not. Raises :class:`ValueError` when an article of
        the same name was added before.
        """
        doc = ex["doc"]
        if doc in self.docs:
            raise ValueError(f"{doc}: two articles share this file name; names identify articles")
        self.docs.add(doc)
        names: dict[str, str] = {}
        terms = self.terms
        for ent in ex["entities"]:
            eid = names[ent["name"]] = self.index.add(ent, doc)
            if eid not in terms:
                terms[eid] = _iri(eid)
        provisional = names == (rendered["ids"] if rendered is not None else provisional_ids(ex))
        if rendered is None or not provisional:
            rendered = _render_article(ex, names, terms)
        ttl_start = self.ttl_pos
        if self.turtle is not None:
            _group(rendered["facts"], into=self.entity_facts)
            self.ttl_pos += self.turtle.write(rendered["own"])
        trig = self.trig
        start = self.trig_pos
        self.trig_pos += (trig.write(f"<{_ID}graph/{_slug(doc)}> {{\n".encode()) + trig.write(rendered["facts_text"])
                          + trig.write(rendered["evidence"]) + trig.write(rendered["own"]) + trig.write(b"}\n\n"))
        self.placed[doc] = [start, self.trig_pos, ttl_start, self.ttl_pos, None if provisional else names]
        self.articles.append({k: ex.get(k) for k in ("doc", "title", "date", "source")})

    def close(self) -> None:
        """Write the entity descriptions (and, in Turtle, every fact about each entity)."""
        if self.closed:
            return
        self.closed = True
        with gc_paused():
            described = _render(default_graph(self.index, self.terms, self.articles)).encode()
            self.sections = (self.trig_pos, self.ttl_pos, self.ttl_pos + len(described))
            self.trig.write(described)
            if self.turtle is not None:
                self.turtle.write(described)
                self.turtle.write(_render(self.entity_facts).encode())
                self.entity_facts = {}


def _prefixes(out: BinaryIO) -> int:
    """Write the prefix lines; returns how many bytes."""
    return out.write("".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in PREFIXES).encode() + b"\n")


def default_graph(index: EntityIndex, terms: dict[str, str], articles: list[dict[str, Any]]
                  ) -> dict[str, list[tuple[str, str]]]:
    """The default graph: entities (class, labels, code, articles), articles and graph provenance,
    as subject -> [(predicate, object)] (each subject is described in one place, so the
    triples are made grouped; see :func:`_group`)."""
    out: dict[str, list[tuple[str, str]]] = {}
    arts = {a["doc"]: f"<{_ID}article/{_slug(a['doc'])}>" for a in articles}
    for eid, rec in index.records.items():
        out[terms[eid]] = describe_entity(rec, arts)
    for a in articles:
        out.update(describe_article(a))
    return out


def describe_entity(rec: dict[str, Any], arts: dict[str, str]) -> list[tuple[str, str]]:
    """An entity's description in the default graph, as [(predicate, object)]: its classes,
    labels, code, Wikidata match and the articles naming it (``arts``: article name -> IRI
    as Turtle text; those missing are made)."""
    typ = rec["type"]
    names = rec["names"]
    label = record_label(rec)
    pos = [(A, f"kg:{typ}"), ("rdfs:label", _zh(label))]
    if typ == "Locality":
        level = _level_class(rec)
        if level is not None:
            pos.append((A, _qname(level)))
    elif typ == "Person":
        pos.append((A, "prov:Agent"))
    aliases = rec["aliases"]
    if len(names) > 1 or aliases:
        pos += [("skos:altLabel", _zh(alias)) for alias in (names.keys() | aliases.keys()) - {label}]
    if rec.get("code"):
        pos.append(("kg:divisionCode", _str(rec["code"])))
    wikidata = _wikidata_ids().get((typ, label))
    if wikidata:
        pos.append(("skos:exactMatch", f"<http://www.wikidata.org/entity/{wikidata}>"))
    mentioned = "kg:mentionedIn"
    for doc in rec["articles"]:
        art = arts.get(doc)
        if art is None:
            art = arts[doc] = f"<{_ID}article/{_slug(doc)}>"
        pos.append((mentioned, art))
    return pos


def describe_article(a: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """An article's node (title, date, source) and its graph's provenance, as subject -> [(p, o)]."""
    doc = a["doc"]
    art = f"<{_ID}article/{_slug(doc)}>"
    pos = [(A, "kg:Article"), ("dcterms:identifier", _str(doc))]
    if a.get("title"):
        pos.append(("dcterms:title", _zh(a["title"])))
    if a.get("date"):
        pos.append(("dcterms:date", _date(a["date"])))
    if a.get("source"):
        pos.append(("dcterms:source", _str(a["source"])))
    return {art: pos, f"<{_ID}graph/{_slug(doc)}>": [("prov:wasDerivedFrom", art)]}


def article_graph(ex: dict[str, Any], names: dict[str, str], terms: dict[str, str]
                  ) -> tuple[list[Triple], str, str]:
    """One article's named graph as (facts about entities, its evidence nodes as Turtle text, its
    agreement and figure nodes as Turtle text).

    The evidence is a kg:Evidence node for each fact (written in the article's
    fact order, each as one block: they make up most of the graph, and sorting
    them bought nothing the fact order does not already give); the agreements
    and figures are sorted. ``names`` maps the article's entity names to entity
    ids, ``terms`` entity ids to IRIs as Turtle text.
    """
    facts: list[Triple] = []
    own: list[Triple] = []
    blocks: list[str] = []
    fact, add, block = facts.append, own.append, blocks.append
    doc = ex["doc"]
    art = f"<{_ID}article/{_slug(doc)}>"
    strings: dict[str, str] = {}

    def lit(value: str) -> str:
        t = strings.get(value)
        if t is None:
            t = strings[value] = _str(value)
        return t

    for rel in ex["relations"]:
        s, o, p = names.get(rel["s"]), names.get(rel["o"]), rel["p"]
        if s is None or o is None or p not in PROPERTIES:
            continue
        s_, p_, o_ = terms[s], f"kg:{p}", terms[o]
        fact((s_, p_, o_))
        block(f"<{_ID}evidence/{_digest(doc, s, p, o)}> a kg:Evidence ;\n"
              f"    kg:confidence {_confidence(rel.get('confidence', 1.0))} ;\n"
              f"    kg:endOffset {_integer(rel.get('end', 0))} ;\n"
              f"    kg:evidence {lit(rel.get('evidence', ''))} ;\n"
              f"    kg:inArticle {art} ;\n"
              f"    kg:rule {lit(rel.get('rule', 'gold'))} ;\n"
              f"    kg:startOffset {_integer(rel.get('start', 0))} ;\n"
              f"    rdf:object {o_} ;\n"
              f"    rdf:predicate {p_} ;\n"
              f"    rdf:subject {s_} .\n\n")
    _agreements(add, ex, names, terms, art, lit)
    for fig in ex.get("figures", []):
        s = names.get(fig["s"])
        if s is None:
            continue
        node = f"<{_ID}figure/{_digest(doc, s, fig['indicator'], str(fig['value']), fig['unit'])}>"
        fact((terms[s], "kg:figure", node))
        add((node, A, "kg:Figure"))
        add((node, "kg:indicator", lit(fig["indicator"])))
        add((node, "kg:value", _decimal(fig["value"])))
        add((node, "kg:unit", lit(fig["unit"])))
        if fig.get("approx"):
            add((node, "kg:approx", lit(fig["approx"])))
        if fig.get("evidence"):
            add((node, "kg:evidence", lit(fig["evidence"])))
        add((node, "kg:inArticle", art))
    return facts, "".join(blocks), _triples_text(own)


def provisional_id(ent: dict[str, Any]) -> str:
    """The id an entity gets unless an earlier article named it first (under a name that is
    this one's alias): its class and name, or a locality's division code."""
    return _entity_id(ent["type"], ent["name"], ent.get("code") if ent["type"] == "Locality" else None)


def provisional_ids(ex: dict[str, Any]) -> dict[str, str]:
    """An article's entity ids by name as :func:`render_article` assumes them."""
    return {ent["name"]: provisional_id(ent) for ent in ex["entities"]}


def render_article(ex: dict[str, Any]) -> dict[str, Any]:
    """One article's named graph as text, with the IRIs of :func:`provisional_id`.

    Made in the extraction worker, in parallel, and cached with the
    extraction; :meth:`GraphWriter.add` uses it as is when the article's
    entities keep those IRIs, which is most articles. ``ids`` (entity name
    -> id assumed), ``facts`` (the facts about entities, as Turtle terms, for
    the Turtle file's facts), and the named graph's body as UTF-8 bytes in three
    parts: ``facts_text`` (those facts), ``evidence`` (their kg:Evidence nodes)
    and ``own`` (the agreement and figure nodes, which the Turtle file holds too).
    """
    names = provisional_ids(ex)
    return _render_article(ex, names, {eid: _iri(eid) for eid in names.values()})


def _render_article(ex: dict[str, Any], names: dict[str, str], terms: dict[str, str]) -> dict[str, Any]:
    facts, evidence, own = article_graph(ex, names, terms)
    return {"ids": names, "facts": facts, "facts_text": _triples_text(facts, "    ").encode(),
            "evidence": evidence.encode(), "own": own.encode()}


def trig_block(doc: str, rendered: dict[str, Any]) -> bytes:
    """An article's named graph as the TriG file holds it: its facts, evidence, agreements and figures."""
    return b"".join((f"<{_ID}graph/{_slug(doc)}> {{\n".encode(), rendered["facts_text"], rendered["evidence"],
                     rendered["own"], b"}\n\n"))


class KGDataset(_RdflibFallback):
    """The built graph held in memory: extraction results, written as RDF text by :class:`GraphWriter`.

    ``serialize(format="trig"|"turtle"|"nquads"|"nt")`` writes the dataset (TriG,
    N-Quads) or its facts without their evidence (Turtle, N-Triples: what
    ``graph.ttl`` holds) in a canonical order (articles by name), so equal input
    gives byte-identical files. :func:`union_graph` gives every triple of every
    graph. Any other use
    (other formats, ``.quads()``, ``len()``, ``.graph()`` …) goes to an rdflib
    ``Dataset`` made from the same triples on first use.
    """

    def __init__(self, extractions: Iterable[dict[str, Any]]) -> None:
        self.extractions = sorted(extractions, key=lambda x: x["doc"])
        self._rdflib: Dataset | None = None

    def write(self, trig: BinaryIO | None, turtle: BinaryIO | None) -> None:
        """Write the TriG dataset and/or the Turtle facts (either may be ``None``) to binary streams."""
        writer = GraphWriter(trig, turtle)
        with gc_paused():
            for ex in self.extractions:
                writer.add(ex)
            writer.close()

    def write_trig(self, out: BinaryIO) -> None:
        self.write(out, None)

    def write_turtle(self, out: BinaryIO) -> None:
        self.write(None, out)

    def serialize(self, destination: Any = None, format: str = "trig", encoding: str | None = None,
                  **kwargs: Any) -> Any:
        """Like ``rdflib.Dataset.serialize``: text (or bytes with ``encoding``), or write to ``destination``."""
        fmt = {"ttl": "turtle", "nq": "nquads", "ntriples": "nt", "nt11": "nt", "n-triples": "nt",
               "n-quads": "nquads"}.get(format, format)
        if fmt not in ("trig", "turtle", "nquads", "nt") or kwargs.get("base"):
            return self.to_rdflib().serialize(destination=destination, format=format, encoding=encoding, **kwargs)
        if fmt in ("nquads", "nt"):
            data = self._ntriples(fmt)
            if destination is None:
                return data.decode("utf-8") if encoding is None else data.decode("utf-8").encode(encoding)
            Path(str(destination)).write_bytes(data)
            return self
        write = self.write_trig if fmt == "trig" else self.write_turtle
        if destination is None:
            buf = _Chunks()
            write(buf)
            text = buf.getvalue().decode("utf-8")
            return text if encoding is None else text.encode(encoding)
        with open(str(destination), "wb") as fh:
            write(fh)
        return self

    def _ntriples(self, fmt: str) -> bytes:
        """N-Quads of the dataset or N-Triples of its facts, via Oxigraph's parser and writer, sorted."""
        import pyoxigraph as ox

        src = _Chunks()
        (self.write_trig if fmt == "nquads" else self.write_turtle)(src)
        quads = ox.parse(src.getvalue(),
                         format=ox.RdfFormat.TRIG if fmt == "nquads" else ox.RdfFormat.TURTLE)
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.N_TRIPLES)
        return b"".join(sorted(data.splitlines(keepends=True)))

    # -- rdflib compatibility
    def to_rdflib(self) -> Dataset:
        """The same graph as an rdflib ``Dataset`` (made once, on first use; slow on big graphs)."""
        if self._rdflib is None:
            ds = Dataset()
            for prefix, ns in (("kg", str(KG)), ("id", ID), ("skos", SKOS), ("dcterms", DCTERMS), ("prov", PROV)):
                ds.bind(prefix, ns)
            ds.parse(data=self.serialize(format="trig"), format="trig")
            self._rdflib = ds
        return self._rdflib


    def __iter__(self) -> Iterator[Any]:
        return iter(self.to_rdflib())

    def __contains__(self, item: Any) -> bool:
        return item in self.to_rdflib()


def _level_class(rec: dict[str, Any]) -> URIRef | None:
    if rec.get("code"):
        from kg import gazetteer

        entry = gazetteer.divisions().by_code.get(rec["code"])
        if entry is not None:
            return LEVEL_CLASS.get(entry.level)
    if (rec.get("rule") or "").startswith("zone"):
        return KG.Zone
    return None


_KIND_CUES = (("合同", "contract"), ("协议", "agreement"), ("共建", "co-built platform"),
              ("联盟", "alliance"), ("签约", "agreement"))


def _agreements(add: Any, ex: dict[str, Any], names: dict[str, str], terms: dict[str, str], art: str,
                lit: Any) -> None:
    """Each stated cooperation becomes a kg:Agreement with its parties and brokers."""
    brokers = defaultdict(set)
    for rel in ex["relations"]:
        if rel["p"] == "brokered" and rel["s"] in names and rel["o"] in names:
            brokers[rel["o"]].add(names[rel["s"]])
    for rel in ex["relations"]:
        if rel["p"] != "collaboratesWith" or rel["s"] not in names or rel["o"] not in names:
            continue
        a, b = sorted((names[rel["s"]], names[rel["o"]]))
        node = f"<{_ID}agreement/{_digest(ex['doc'], a, b)}>"
        add((node, A, "kg:Agreement"))
        add((node, "kg:party", terms[a]))
        add((node, "kg:party", terms[b]))
        for broker in brokers.get(rel["s"], set()) & brokers.get(rel["o"], set()):
            add((node, "kg:broker", terms[broker]))
        sentence = rel.get("evidence", "")
        kind = next((k for cue, k in _KIND_CUES if cue in sentence), "cooperation")
        add((node, "kg:kind", lit(kind)))
        if sentence:
            add((node, "kg:evidence", lit(sentence)))
        add((node, "kg:inArticle", art))
        if ex.get("date"):
            add((node, "dcterms:date", _date(ex["date"])))


def union_graph(ds: Dataset | KGDataset) -> Graph:
    """All triples of all graphs, evidence included, in one plain rdflib graph."""
    return _rdflib_union(ds.to_rdflib() if isinstance(ds, KGDataset) else ds)


def _rdflib_union(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
