"""The agency an article names as its source (来源：武进区委组织部), as one of its entities.

Ingest drops a page's meta line (发布时间…来源…浏览次数) from the text and keeps its source; writers
annotate that agency all the same (the spec's seeds list the agency of a page's footer), with the place
its name starts with. A source that is no agency's full name (宜兴发布, 无锡日报, 市科技局: which city's?)
gives nothing.
"""

from __future__ import annotations

from typing import Any

from kg import gazetteer
from kg.extract.gazetteer_matcher import find_gazetteer_names
from kg.extract.mentions import find_mentions

_PARTY_PREFIX = "中共"  # 中共如皋市委组织部: the committee is named without it
_BARE_LEVELS = frozenset("省市区县镇乡")
_LONG_FORMS = (("科学技术", "科技"),)  # 南京市科学技术局 is 南京市科技局


def _short(name: str) -> str:
    for long, short in _LONG_FORMS:
        name = name.replace(long, short)
    return name


def source_agency(source: str | None) -> tuple[str, str | None] | None:
    """The agency ``source`` names in full, and the zone or the county-level or higher place its name starts with.

    Parameters
    ----------
    source : the article's 来源, as ingest kept it

    Returns
    -------
    ``(agency, place)``, ``place`` None when the name opens with no place the gazetteer knows; None when
    the source is not one agency's whole name.

    Examples
    --------
    >>> source_agency("中共如皋市委组织部")
    ('如皋市委组织部', '如皋市')
    >>> source_agency("无锡日报") is None
    True
    """
    if not source:
        return None
    name = source.strip()
    name = name[len(_PARTY_PREFIX):] if name.startswith(_PARTY_PREFIX) else name
    if not 4 <= len(name) <= 24 or name[0] in _BARE_LEVELS:
        return None  # (市科技局: which city's, the source does not say)
    found = find_mentions(name)
    if len(found) != 1 or found[0].cls != "GovernmentAgency" or (found[0].start, found[0].end) != (0, len(name)):
        return None
    zone = found[0].info.get("zone")
    return name, zone.text if zone is not None else _opening_place(name)  # (苏州高新区科技创新局: in the zone)


def _opening_place(name: str) -> str | None:
    """The longest county-level or higher place whose full name opens ``name`` (武进区 of 武进区委组织部)."""
    divisions = gazetteer.divisions()
    best = None
    for start, end, hits in find_gazetteer_names(name):
        if start != 0:
            continue
        for h in hits:
            entry = divisions.by_code.get(h.code) if h.cls == "Locality" and not h.short and h.code else None
            if entry is not None and entry.level in ("province", "city", "district", "county", "county_city") and (
                    best is None or end > best[0]):
                best = (end, entry.name)
    return best[1] if best else None


def add_source_agency(out: dict[str, Any], source: str | None) -> None:
    """Add the agency ``source`` names to an article's extraction ``out`` (entities and relations in the
    gold format), unless the article already names it (then the source's writing of it is an alias: 南京市科学技术局
    of 南京市科技局); it is in its place when the article names that place."""
    found = source_agency(source)
    if found is None:
        return
    agency, place = found
    for e in out["entities"]:
        if e["type"] == "GovernmentAgency" and _short(agency) in {_short(n) for n in (e["name"], *e["aliases"])}:
            if agency != e["name"] and agency not in e["aliases"]:
                e["aliases"] = sorted({*e["aliases"], agency})  # (the article's 南京市科技局, written out in full)
            return
    if agency in {n for e in out["entities"] for n in (e["name"], *e["aliases"])}:
        return
    out["entities"].append({"name": agency, "type": "GovernmentAgency", "aliases": [], "mentions": [],
                            "rule": "source-line"})
    where = next((e["name"] for e in out["entities"] if e["type"] == "Locality" and place in (e["name"], *e["aliases"])),
                 None) if place is not None else None
    if where is not None:
        out["relations"].append({"s": agency, "p": "locatedIn", "o": where, "evidence": f"来源：{source.strip()}",
                                 "start": 0, "end": 0, "confidence": 0.7, "rule": "source-line"})
