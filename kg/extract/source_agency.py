"""The agency or university office an article names as its source (来源：武进区委组织部), as one of its entities.

Ingest drops a page's meta line (发布时间…来源…浏览次数) from the text and keeps its source; writers
annotate that body all the same (the spec's seeds list the agency of a page's footer): an agency with the
place its name starts with, a university's office (地方合作处, 党委组织部, 技术转移中心) as a part of
that university, named in full. A source that names no one body (宜兴发布, 无锡日报, 市科技局: which
city's?) gives nothing. A talent office in brackets after the organisation department (区委组织部（区委人才办）)
is a second body, the place's 委人才办.
"""

from __future__ import annotations

import re
from typing import Any

from kg import gazetteer
from kg.gazetteer import Entry
from kg.extract.gazetteer_matcher import find_gazetteer_names
from kg.extract.mentions import find_mentions

_PARTY_PREFIX = "中共"  # 中共如皋市委组织部: the committee is named without it
_BARE_LEVELS = frozenset("省市区县镇乡")
_LONG_FORMS = (("科学技术", "科技"), ("人民政府", "政府"))  # 南京市科学技术局 is 南京市科技局
_BRACKETS = "（("  # 江阴市地方金融监督管理局（市金融办）, 海门区委组织部（区委人才办）: the body, then another name or office
# a university's administrative office, as a source gives it after its university's name
_UNIVERSITY_OFFICE_RE = re.compile(
    r"(?:(?:地方|校地|对外|产学研|社会|国际)?合作(?:发展)?处|科技处|科学技术处|社会服务处|科研处|技术转移处|成果转化处"
    r"|党委组织部|组织部|科学技术研究院|科研院|研究生院)")
# a short name: a level, a core word, 办 or 局 (市金融办)
_SHORT_NAME_RE = re.compile(r"[省市区县]?委?([\u4e00-\u9fff]{2,4}?)(?:办公室|办|局)")
_TRANSFER_CENTRE = "技术转移中心"  # a university's own platform
_TALENT_OFFICE_RE = re.compile(r"(?:[市区县]委)?人才办")  # (区委组织部（区委人才办）: a second body, in the same rooms)


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
    name = _body_name(source)
    if not 4 <= len(name) <= 24 or name[0] in _BARE_LEVELS:
        return None  # (市科技局: which city's, the source does not say)
    found = find_mentions(name)
    offset = 0
    if len(found) == 2 and found[0].cls == "Locality" and found[0].start == 0 and found[0].end == found[1].start:
        # 徐州市铜山区委组织部: a county-level agency after its city, named without it
        offset, found = found[0].end, found[1:]
        name = name[offset:]
        if _opening_place(name) is None:
            return None
    if len(found) != 1 or found[0].cls != "GovernmentAgency" or (found[0].start - offset,
                                                                  found[0].end - offset) != (0, len(name)):
        return None
    zone = found[0].info.get("zone")
    return name, zone.text if zone is not None else _opening_place(name)  # (苏州高新区科技创新局: in the zone)


def _body_name(source: str) -> str:
    """The body a source line names: without 中共 and without a bracketed second office."""
    name = source.strip()
    name = name[len(_PARTY_PREFIX):] if name.startswith(_PARTY_PREFIX) else name
    cut = _bracket_at(name)
    return (name[:cut] if cut > 0 else name).strip()


def _bracket_at(source: str) -> int:
    """Where the bracket after a source's body name opens, or -1."""
    return min((i for i in (source.find(b) for b in _BRACKETS) if i > 0), default=-1)


def _bracketed(source: str) -> str:
    """What a source writes in brackets after its body's name (区委人才办 of 区委组织部（区委人才办）), or ""."""
    opened = _bracket_at(source)
    return source[opened + 1:].strip("（()） ") if opened > 0 else ""


def _same_body(source: str, agency: str) -> str | None:
    """The short name a source gives ``agency`` in brackets (江阴市地方金融监督管理局（市金融办）), when it is the
    same body's (its core word, 金融, is in the agency's name), not a second office's (组织部（人才办）)."""
    short = _bracketed(source)
    if not short:
        return None
    core = _SHORT_NAME_RE.fullmatch(short)
    return short if core is not None and core.group(1) in agency else None


def source_office(source: str | None) -> tuple[str, str, str] | None:
    """The university office or platform ``source`` names after its university, as (its full name, its class,
    its university).

    Parameters
    ----------
    source : the article's 来源, as ingest kept it

    Returns
    -------
    ``(name, cls, university)``: ``cls`` is AcademicUnit, or Platform for a 技术转移中心; None when the source
    is no university office. An office named alone (来源：党委组织部) gives None: writers split evenly on
    whether the page's own university's office is one of its entities.

    Examples
    --------
    >>> source_office("江苏大学地方合作处")
    ('江苏大学地方合作处', 'AcademicUnit', '江苏大学')
    >>> source_office("地方合作处") is None
    True
    """
    if not source:
        return None
    name = _body_name(source)
    university, rest = None, name
    for start, end, hits in find_gazetteer_names(name):
        uni = next((h for h in hits if h.cls == "University" and not h.short), None)
        if start == 0 and uni is not None and (university is None or end > len(university)):
            university, rest = uni.name, name[end:]
    if university is None or not rest:
        return None
    if rest == _TRANSFER_CENTRE:
        return university + rest, "Platform", university
    if _UNIVERSITY_OFFICE_RE.fullmatch(rest):
        return university + rest, "AcademicUnit", university
    return None


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


def qualified_source(source: str | None, district: Entry | None = None, city: Entry | None = None) -> str | None:
    """A source that names an agency by its level alone (来源：区科技局), qualified by the article's own place of
    that level: its district or county for 区 and 县, its county-level city or else its city for 市. None when
    the source names more, or the article has no such place.

    Examples
    --------
    >>> from types import SimpleNamespace as Place
    >>> qualified_source("区科技局", district=Place(name="武进区", level="district"))
    '武进区科技局'
    >>> qualified_source("县科技局", district=Place(name="武进区", level="district")) is None
    True
    """
    if not source:
        return None
    name = _body_name(source)
    if len(name) < 3 or name[0] not in "区县市":
        return None
    if name[0] == "市":
        place = district if district is not None and district.level == "county_city" else city
    else:
        place = district if district is not None and district.name.endswith(name[0]) else None
    if place is None or not place.name.endswith(name[0]):
        return None
    found = source_agency(place.name + name[1:])
    return found[0] if found is not None else None


def add_source_agency(out: dict[str, Any], source: str | None, district: Entry | None = None,
                      city: Entry | None = None) -> None:
    """Add the agency ``source`` names to an article's extraction ``out`` (entities and relations in the
    gold format), unless the article already names it (then the source's writing of it is an alias: 南京市科学技术局
    of 南京市科技局, 某市地方金融监督管理局 of the 某市金融办 its bracket names); it is in its place when the article
    names that place. A source that names its agency by level alone (区科技局) names the article's own place's
    (``district``, ``city``: its gazetteer entries). A source that names no agency may name a university's office
    (:func:`source_office`)."""
    found = source_agency(source)
    if found is None and (qualified := qualified_source(source, district, city)) is not None:
        found = source_agency(qualified)
    if found is None:
        _add_source_office(out, source)
        return
    agency, place = found
    _add_talent_office(out, source, place)
    also = _same_body(source, agency)
    for e in out["entities"] if also is not None else ():
        if e["type"] == "GovernmentAgency" and any(n.endswith(also) for n in (e["name"], *e["aliases"])):
            if agency not in (e["name"], *e["aliases"]):
                e["aliases"] = sorted({*e["aliases"], agency})  # (江阴市地方金融监督管理局（市金融办）: one body)
            return
    for e in out["entities"]:
        if e["type"] == "GovernmentAgency" and _short(agency) in {_short(n) for n in (e["name"], *e["aliases"])}:
            if agency != e["name"] and agency not in e["aliases"]:
                e["aliases"] = sorted({*e["aliases"], agency})  # (the article's 南京市科技局, written out in full)
            return
    if agency in {n for e in out["entities"] for n in (e["name"], *e["aliases"])}:
        return
    # (来源：南通市通州区科学技术局: also as written, and by its short name, 通州区科技局)
    aliases = sorted({_body_name(source), _short(agency)} - {agency})
    out["entities"].append({"name": agency, "type": "GovernmentAgency", "aliases": aliases, "mentions": [],
                            "rule": "source-line"})
    where = next((e["name"] for e in out["entities"] if e["type"] == "Locality" and place in (e["name"], *e["aliases"])),
                 None) if place is not None else None
    if where is not None:
        out["relations"].append({"s": agency, "p": "locatedIn", "o": where, "evidence": f"来源：{source.strip()}",
                                 "start": 0, "end": 0, "confidence": 0.7, "rule": "source-line"})


def _add_talent_office(out: dict[str, Any], source: str, place: str | None) -> None:
    """Add the talent office a source names in brackets after its organisation department (区委组织部（区委人才办）):
    a second body, the place's 委人才办, in that place when the article names it."""
    short = _bracketed(source)
    if not _TALENT_OFFICE_RE.fullmatch(short) or place is None or place[-1] not in "市区县":
        return
    name = place + "委人才办"
    if name in {n for e in out["entities"] for n in (e["name"], *e["aliases"])}:
        return
    out["entities"].append({"name": name, "type": "GovernmentAgency", "aliases": [short] if short[0] in "市区县" else [],
                            "mentions": [], "rule": "source-line"})
    if any(e["type"] == "Locality" and place in (e["name"], *e["aliases"]) for e in out["entities"]):
        out["relations"].append({"s": name, "p": "locatedIn", "o": place, "evidence": f"来源：{source.strip()}",
                                 "start": 0, "end": 0, "confidence": 0.7, "rule": "source-line"})


def _add_source_office(out: dict[str, Any], source: str | None) -> None:
    """Add the university office ``source`` names (see :func:`source_office`), a part of its university
    (a platform, hosted by it) when the article names that university."""
    found = source_office(source)
    if found is None:
        return
    name, cls, university = found
    if name in {n for e in out["entities"] for n in (e["name"], *e["aliases"])}:
        return
    out["entities"].append({"name": name, "type": cls, "aliases": [], "mentions": [], "rule": "source-line"})
    if any(e["name"] == university and e["type"] == "University" for e in out["entities"]):
        out["relations"].append({"s": name, "p": "hostedBy" if cls == "Platform" else "partOf", "o": university,
                                 "evidence": f"来源：{source.strip()}", "start": 0, "end": 0, "confidence": 0.7,
                                 "rule": "source-line"})
