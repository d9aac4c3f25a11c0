"""Extraction: article text → entities, relations and figures in the spec's gold format.

See ``../shared/spec/EXTRACTION.md`` (the contract) and :mod:`kg.extract.pipeline`
(the spaCy components that do the work).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kg.ingest import Article
from kg.traditional import as_written, simplified_view, to_simplified, written_forms


def extract_article(article: Article) -> dict[str, Any]:
    """One article's facts as a JSON-ready dict: the gold format plus evidence.

    ``doc`` is the file name; each relation and figure carries its evidence
    sentence, character offsets into ``article.text``, a confidence and the rule
    that produced it. An article in traditional characters is read through its
    simplified copy (:mod:`kg.traditional`): names are simplified, with the
    article's own writing of them among the aliases, and evidence is as written.
    """
    view = simplified_view(article.text)
    if view is None:
        return _extract(article)
    out = _extract(replace(article, text=view, title=article.title and to_simplified(article.title),
                           source=article.source and to_simplified(article.source)))
    return _as_written(out, article, view)


def _as_written(out: dict[str, Any], article: Article, view: str) -> dict[str, Any]:
    """What was read off the simplified copy ``view``, given back in the article's writing."""
    text = article.text
    for e in out["entities"]:
        forms = written_forms([e["name"], *e["aliases"]], text, view)
        e["aliases"] = sorted((set(e["aliases"]) | forms) - {e["name"]})
    for item in (*out["relations"], *out["figures"]):
        item["evidence"] = as_written(item["evidence"], text, view, item["start"])
    for f in out["figures"]:
        f["indicator"] = as_written(f["indicator"], text, view, f["start"])
    out["title"], out["source"] = article.title, article.source
    return out


def _extract(article: Article) -> dict[str, Any]:
    from kg.extract.pipeline import make_char_doc, make_nlp
    from kg.extract.source_agency import add_source_agency

    nlp = make_nlp()
    # one token per character, as spacy.blank("zh")'s character segmenter makes, without
    # its alignment pass (13% of extraction time)
    doc = make_char_doc(nlp, article.text)
    doc.user_data["title"] = article.title
    doc.user_data["source"] = article.source  # (a university's own news: what its 我校 is)
    doc.user_data["kg_text"] = article.text  # equals doc.text for the character segmenter
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    for e in doc._.kg_entities:
        # 许老师 for 许文涛: a title after a named person's surname is that person
        if e.cls == "Person" and len(e.name) >= 2:
            for title in ("老师", "教授", "博士", "团长", "书记"):
                ref = e.name[0] + title
                if ref in article.text and not any(
                        o.cls == "Person" and o is not e and o.name[0] == e.name[0] for o in doc._.kg_entities):
                    e.aliases.add(ref)
    entities = []
    for e in sorted(doc._.kg_entities, key=lambda e: e.first):
        entities.append({
            "name": e.name,
            "type": e.cls,
            "aliases": sorted(a for a in e.aliases if a != e.name),
            **({"code": e.code} if e.code else {}),
            "mentions": [[m.start, m.end] for m in sorted(e.mentions, key=lambda m: m.start)
                         if m.start < m.end <= len(article.text) and article.text[m.start:m.end] == m.text][:20],
            "rule": min(m.rule for m in e.mentions) if e.mentions else "context",
        })
    # a field only counts when the article names it as someone's focus or strength
    in_facts = {n for f in doc._.kg_facts for n in (f.s, f.o)}
    entities = [e for e in entities if e["type"] != "Field" or e["name"] in in_facts]
    known = {e["name"] for e in entities}
    relations = [
        {"s": f.s, "p": f.p, "o": f.o, "evidence": f.evidence, "start": f.start, "end": f.end,
         "confidence": round(f.confidence, 3), "rule": f.rule}
        for f in doc._.kg_facts if f.s in known and f.o in known
    ]
    relations.sort(key=lambda r: (r["start"], r["p"], r["s"], r["o"]))
    figures = [
        {"s": f.s, "indicator": f.indicator, "value": f.value, "unit": f.unit, "approx": f.approx,
         "evidence": f.evidence, "start": f.start, "end": f.end, "confidence": round(f.confidence, 3)}
        for f in doc._.kg_figures if f.s in known
    ]
    out = {
        "doc": article.id,
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "entities": entities,
        "relations": relations,
        "figures": figures,
    }
    ctx = doc._.kg_context
    add_source_agency(out, article.source, ctx.district if ctx is not None else None, ctx.city if ctx is not None else None)
    return out
