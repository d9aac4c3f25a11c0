"""Resolve mentions to canonical entities within one article.

Short forms become full names (南航 → 南京航空航天大学, 润州 → 润州区), bare agency
names are qualified with the article's place (市科技局 → 镇江市科技局), and team
mentions (海陵团, 第十五批科技镇长团海陵团) become one team named
``<locality>第<N>批科技镇长团``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from kg import gazetteer
from kg.extract import lexicon as lx
from kg.extract.mentions import Mention, after_place
from kg.extract.text import canonical_brackets, fold

HEAD_CANONICAL = {
    "科学技术局": "科技局",
    "科学技术委员会": "科委",
    "经济和信息化委员会": "经信委",
    "人力资源和社会保障局": "人社局",
    "发展和改革委员会": "发改委",
    "发展改革委": "发改委",
    "人民政府": "政府",
    "工业和信息化局": "工信局",
    "市场监督管理局": "市场监管局",
    "委人才工作领导小组办公室": "委人才办",
}
COUNTY_LEVELS = ("district", "county", "county_city")
_LEVEL_WORD = {"district": "区", "county": "县", "county_city": "市"}  # how a place of each level calls itself


@dataclass
class Entity:
    """One canonical entity of an article, with every mention of it."""

    name: str
    cls: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    code: str | None = None
    info: dict = field(default_factory=dict)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 0


@dataclass
class ArticleContext:
    """The places an article is about: its home district/county, city and province."""

    district: object | None = None  # gazetteer Entry
    city: object | None = None
    province: object | None = None
    batch: str | None = None
    one_batch: bool = False  # the article's teams name no batch but ``batch``
    main_team: str | None = None
    tied: bool = False  # no team named, and two counties in different cities named as often as each other
    unnamed_home: bool = False  # home is the county of the towns named, itself not named


def _choose_division(m: Mention, ctx_codes: Counter) -> object | None:
    divisions = gazetteer.divisions()
    cands = [divisions.former.get(h.name) or divisions.by_code.get(h.code)
             for h in m.hits if h.cls == "Locality" and h.code]
    cands = [c for c in cands if c is not None]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]

    def score(entry) -> tuple:
        anc = [a.code for a in divisions.ancestors(entry)]
        in_ctx = sum(ctx_codes.get(a, 0) for a in anc)
        jiangsu = any(a.name == "江苏省" for a in divisions.ancestors(entry)) or entry.name == "江苏省"
        level_rank = {"province": 0, "city": 1, "county_city": 2, "district": 2, "county": 2}.get(entry.level, 3)
        return (in_ctx, jiangsu, -level_rank)

    return max(cands, key=score)


def _name_places_as_written(mentions: list[Mention], divisions) -> dict[str, object]:
    """An article that writes a place by its former name (金坛市, a county-level city until 2015)
    means that place by its short form and its current name too: every mention of the territory
    takes the former name and level the article gives."""
    placed = [m for m in mentions if m.info.get("division") is not None]
    placed += [loc for m in mentions if (loc := m.info.get("locality")) is not None
               and loc.info.get("division") is not None]
    former = {d.code: d for m in placed if (d := m.info["division"]).name in divisions.former}
    if former:
        for m in placed:
            m.info["division"] = former.get(m.info["division"].code, m.info["division"])
    return former


def article_context(mentions: list[Mention], title: str | None = None) -> ArticleContext:
    """Guess the article's home locality from its teams, else from its most named places."""
    divisions = gazetteer.divisions()
    ctx = ArticleContext()
    unambiguous = Counter()
    for m in mentions:
        if m.cls == "Locality" and m.hits and len({h.code for h in m.hits}) == 1 and m.hits[0].code:
            unambiguous[m.hits[0].code] += 1
    ancestors_count = Counter()
    for code, n in unambiguous.items():
        entry = divisions.by_code.get(code)
        if entry is None:
            continue
        for a in [entry, *divisions.ancestors(entry)]:
            ancestors_count[a.code] += n
    for m in mentions:
        if m.cls == "Locality" and m.hits:
            m.info["division"] = _choose_division(m, ancestors_count)
        # places inside team and agency names (海陵区第十五批科技镇长团, 丹徒区委组织部)
        loc = m.info.get("locality") if m.cls in ("Team", "GovernmentAgency") else None
        if loc is not None and loc.hits and "division" not in loc.info:
            loc.info["division"] = _choose_division(loc, ancestors_count)
    former = _name_places_as_written(mentions, divisions)

    def entry_of(code: str):
        return former.get(code) or divisions.by_code[code]

    team_places = Counter()
    batches = Counter()
    for m in mentions:
        if m.cls == "Team":
            loc = m.info.get("locality")
            if loc is not None and loc.info.get("division") is not None:
                team_places[loc.info["division"].code] += 1
            if m.info.get("batch"):
                batches[m.info["batch"]] += 1
    if batches:
        ctx.batch = batches.most_common(1)[0][0]
        ctx.one_batch = len(batches) == 1
    place_counts = Counter()
    for m in mentions:
        if m.cls == "Locality" and m.info.get("division") is not None:
            place_counts[m.info["division"].code] += 1
    if not any(entry_of(c).level in COUNTY_LEVELS for c in place_counts):
        # no county named on its own (a reply signed 中共兴化市委组织部 about 戴南、张郭两镇; 大丰区人民政府's schedule
        # that names only 南京 as where a visit went): the places of the agencies it names
        for m in mentions:
            loc = m.info.get("locality") if m.cls == "GovernmentAgency" else None
            if loc is not None and loc.info.get("division") is not None:
                place_counts[loc.info["division"].code] += 1
    home = None
    ranked = sorted(team_places.values(), reverse=True)
    # (one district's team named over and over, another's once: that district's own report, not a city's group)
    dominant = len(ranked) >= 2 and ranked[0] > 2 * ranked[1] and not any(
        entry_of(c).level == "city" for c in team_places)  # (a city's own team named: the city's roundup)
    if len(team_places) >= 2 and not dominant:
        # a city's group of sub-teams (南通市第十五批科技镇长团 with 海门团, 如皋团 …): the city is home
        cities = set()
        for code in team_places:
            entry = entry_of(code)
            chain = [entry, *divisions.ancestors(entry)]
            cities.add(next((e.code for e in chain if e.level == "city"), None))
        if len(cities) == 1 and None not in cities and sum(
                1 for c in team_places if entry_of(c).level != "city") >= 2:
            home = entry_of(cities.pop())
    if home is not None:
        pass
    elif team_places:
        # the most named team place; prefer the county level over its city when tied
        best = max(team_places.items(), key=lambda kv: (kv[1], entry_of(kv[0]).level in COUNTY_LEVELS))
        home = entry_of(best[0])
    else:
        county = [(n, c) for c, n in place_counts.items() if entry_of(c).level in COUNTY_LEVELS]
        city = [(n, c) for c, n in place_counts.items() if entry_of(c).level == "city"]
        if county and (not city or max(county)[0] * 2 >= max(city)[0]):
            home = entry_of(max(county)[1])
            top = [c for n, c in county if n == max(county)[0]]
            ctx.tied = len({next((e.code for e in divisions.ancestors(entry_of(c)) if e.level == "city"), c)
                            for c in top}) > 1
        elif city:
            home = entry_of(max(city)[1])
        else:
            # a town's own page naming no county (区第十五批科技镇长团 on 潘安湖街道's site): the county
            # all its towns are in
            counties = {next((e.code for e in divisions.ancestors(entry_of(c)) if e.level in COUNTY_LEVELS), None)
                        for c in place_counts if entry_of(c).level in ("town", "subdistrict")}
            if len(counties) == 1 and None not in counties:
                home = entry_of(counties.pop())
                ctx.unnamed_home = True
    if home is not None:
        chain = [home, *divisions.ancestors(home)]
        for e in chain:
            if e.level in COUNTY_LEVELS and ctx.district is None:
                ctx.district = e
            elif e.level == "city" and ctx.city is None:
                ctx.city = e
            elif e.level == "province" and ctx.province is None:
                ctx.province = e
    if ctx.province is None:
        ctx.province = divisions.find("江苏省")
    return ctx


def _team_name(loc_entry, batch: str | None, industry: bool | str = False) -> str:
    """<locality>第<N>批(<industry>产业)科技镇长团, as the spec names teams (``industry`` is the
    words before 科技镇长团, 生物医药产业, or True for a bare 产业)."""
    words = industry if isinstance(industry, str) else "产业" if industry else ""
    return f"{loc_entry.name}{batch or ''}{words}科技镇长团"


def _agency_name(m: Mention, ctx: ArticleContext) -> str | None:
    head = m.info["head"]
    head = HEAD_CANONICAL.get(head, head)
    loc = m.info.get("locality")
    level = m.info.get("level")
    if loc is not None:
        div = loc.info.get("division")
        base = div.name if div is not None else loc.text
        return base + head
    if level is not None:
        target = {"市": ctx.city, "区": ctx.district, "县": ctx.district, "省": ctx.province}.get(level)
        if level == "市" and ctx.district is not None and ctx.district.level == "county_city":
            target = ctx.district  # 市科技局 in a 海安市 article is 海安市's, not 南通市's
        if target is None:
            return None
        if level in ("区", "县") and target.level == "county_city":
            return None  # 区 in a county-level city article is not the city itself
        return target.name + head
    if m.text.startswith("国家"):
        return m.text
    prev = m.info.get("list_prev")
    if prev is not None and prev.canonical:
        base = _agency_base(prev.canonical)
        return base + head if base else None
    return None


def _agency_base(name: str) -> str | None:
    """The place part of an agency name: 丹徒区委人才办 → 丹徒区."""
    divisions = gazetteer.divisions()
    for n in range(min(len(name), 9), 1, -1):
        if divisions.by_name.get(name[:n]):
            return name[:n]
    return None


# names and surfaces are folded again and again across mentions and articles
_fold_name = functools.lru_cache(maxsize=16384)(fold)


def _team_level(team: Entity) -> str | None:
    """``city`` for a prefecture city's team, ``county`` for a district's or county's."""
    div = team.info.get("locality")
    if div is None:
        return None
    return "city" if div.level == "city" else "county" if div.level in ("district", "county", "county_city") else None


_NO_QUOTES = str.maketrans("", "", "“”\"")


def resolve(mentions: list[Mention], title: str | None = None) -> tuple[list[Entity], ArticleContext]:
    """Group mentions into canonical entities; returns them and the article context."""
    ctx = article_context(mentions, title)
    divisions = gazetteer.divisions()
    entities: dict[tuple[str, str], Entity] = {}

    # the article's main team: most mentioned team place (set after naming)
    team_counter = Counter()

    def add(m: Mention, cls: str, name: str, code: str | None = None) -> Entity:
        key = (cls, name)
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = Entity(name, cls, code=code)
        ent.mentions.append(m)
        m.canonical = name
        surface = canonical_brackets(m.text)
        if cls == "Team":
            surface = surface.translate(_NO_QUOTES)  # 第十六批“科技镇长团”
        if surface and _fold_name(surface) != _fold_name(name) and m.rule not in (
                "anaphor", "team-batches", "this-school", "our-school", "team-cell"):
            # (该公司 is no name of it, nor 灌南县第十四批 of 灌南县第十四批、第十五批科技镇长团, nor 该校…学院, nor 东台 in a
            # table's column of sub-teams: the place's name)
            ent.aliases.add(surface)
        return ent

    zone_full = _zone_full_names(mentions)

    def zone_name(text: str) -> str:
        name = canonical_brackets(text)
        return zone_full.get(name, name)

    listed = {id(m) for m in mentions}
    prev_agency = None
    for m in mentions:
        if m.cls == "GovernmentAgency":
            if prev_agency is not None and m.start - prev_agency.end <= 1 and m.text[:1] not in "省市区县镇乡":
                m.info["list_prev"] = prev_agency
            prev_agency = m
    for m in mentions:
        if m.info.get("alias_of") is not None:
            continue  # X（以下简称“Y”）: named below, once X has its name
        if m.cls == "Locality":
            div = m.info.get("division")
            if div is not None:
                add(m, "Locality", div.name, div.code)
            else:
                add(m, "Locality", zone_name(m.text) if m.info.get("zone") else canonical_brackets(m.text))
        elif m.hits and (m.cls in ("University", "ResearchInstitute", "Field", "GovernmentAgency")):
            add(m, m.cls, m.hits[0].name)
        elif m.cls == "Field" or m.info.get("as_written"):
            zone = m.info.get("zone")
            if zone is not None and id(zone) not in listed and (
                    m.info.get("paired") or m.info.get("head") in ("管委会", "党工委")):
                # 泰兴经济开发区管委会: the zone its governing body is in; a party when a bureau of
                # the zone is (…经济发展局与…签订), and otherwise only part of the bureau's name
                add(zone, "Locality", zone_name(zone.text))
            name = canonical_brackets(m.text)
            if zone is not None and m.cls == "GovernmentAgency" and m.info.get("zone_short"):
                name = zone_name(zone.text) + name[len(m.info["zone_short"]):]  # 经开区科技局: the article's zone's
            elif zone is not None and m.cls == "GovernmentAgency" and name.startswith(zone.text):
                name = zone_name(zone.text) + name[len(zone.text):]  # 惠山经开区管委会: the zone's full name's
            add(m, m.cls, name)
        elif m.cls == "GovernmentAgency":
            loc = m.info.get("locality")
            if loc is not None and loc.info.get("division") is not None and id(loc) not in listed:
                add(loc, "Locality", loc.info["division"].name, loc.info["division"].code)
            name = _agency_name(m, ctx)
            if name:
                add(m, "GovernmentAgency", name)
        elif m.cls == "AcademicUnit":
            uni = m.info["university"]
            if uni.hits and id(uni) not in listed:
                add(uni, "University", uni.hits[0].name)
            uname = uni.hits[0].name if uni.hits else uni.text
            own = m.info.get("school") or m.text[uni.end - m.start:]  # (我院: the school whose news it is)
            add(m, "AcademicUnit", uname + own).info["university"] = uname
        elif m.cls == "Team":
            loc = m.info.get("locality")
            if loc is not None and loc.info.get("zone") and loc.info.get("division") is None:
                zone = zone_name(loc.text)
                if not m.info.get("zone_short"):  # (经开区团: its zone is the full team's, added there)
                    add(loc, "Locality", zone)
                ent = add(m, "Team", f"{zone}{m.info.get('batch') or ctx.batch or ''}科技镇长团")
                ent.info["locality"] = None
                ent.info["zone"] = zone
                team_counter[ent.name] += 1
                continue
            if loc is None or loc.info.get("division") is None:
                continue  # bare "科技镇长团": resolved to the main team below
            div = loc.info["division"]
            if div.level == "province":
                m.info["programme"] = True  # 江苏省第十五批科技镇长团: the programme, not a team
                continue
            batch = m.info.get("batch")
            if batch is None and ctx.batch and (_within_home(div, ctx, divisions) or ctx.one_batch):
                batch = ctx.batch  # (an article that names one batch: its teams elsewhere are of it too)
            if id(loc) not in listed:
                add(loc, "Locality", div.name, div.code)
            ent = add(m, "Team", _team_name(div, batch, m.info.get("industry", False)))
            ent.info["locality"] = div
            team_counter[ent.name] += 1
        elif m.cls in ("Enterprise", "Platform", "Person") or (m.cls in ("ResearchInstitute", "University") and not m.hits):
            if m.cls == "Platform":
                for host in m.info.get("inside", ()):
                    if host.cls == "Enterprise" and id(host) not in listed and host.end - m.start < m.length:
                        add(host, "Enterprise", canonical_brackets(host.text))  # the company it is named after
            name = canonical_brackets(m.text)
            short = next((a for a in lx.ACADEMY_SHORTS if name.startswith(a)), None) if m.cls == "ResearchInstitute" else None
            if short is not None:  # the fullest form: 中科院南京土壤研究所 → 中国科学院南京土壤研究所
                name = lx.ACADEMY_SHORTS[short] + name[len(short):]
            add(m, m.cls, name)
            for host in m.info.get("inside", []) if m.cls == "Platform" else []:
                if host.hits and host.cls in ("University", "ResearchInstitute") and id(host) not in listed:
                    add(host, host.cls, host.hits[0].name)

    for m in mentions:
        full = m.info.get("alias_of")
        if full is not None and full.canonical:
            add(m, full.cls, full.canonical)
    teams = [e for e in entities.values() if e.cls == "Team"]
    bare = [m for m in mentions if m.cls == "Team" and m.canonical is None and not m.info.get("programme")
            and not m.info.get("each")]
    home = ctx.district or ctx.city
    # (a batch's bare name: 第十六批科技镇长团工作座谈会; not 在镇长团推动下 in one county's item of a city's digest)
    city_group = (ctx.district is None and ctx.city is not None and any(m.info.get("batch") for m in bare)
                  and len(teams) >= 2 and all(_team_level(t) == "county" for t in teams))
    # (a town's page: 区第十五批科技镇长团, or 第十五批科技镇长团 with no level word, is its district's team, though the
    # district goes unnamed)
    unnamed = ctx.unnamed_home and any(m.info.get("level") == _LEVEL_WORD.get(home.level)
                                       or (m.info.get("batch") and not m.info.get("level")) for m in bare)
    if (not teams and bare and home is not None and (("Locality", home.name) in entities or unnamed)
            and not ctx.tied) or city_group:
        # only "科技镇长团" in the text: the team of the place the article is about (none when two
        # counties of different cities are named alike: 赴海安市和东海县看望在科技镇长团挂职的教师); and in a
        # city's article naming only its districts' teams (海陵区、高港区…科技镇长团团长汇报),
        # the bare one is the city's (第十六批科技镇长团工作座谈会)
        team = Entity(_team_name(home, ctx.batch), "Team")
        team.info["locality"] = home
        entities[("Team", team.name)] = team
        teams = [*teams, team]
    if teams:
        # a team the title names (常州经开区科技镇长团：…, one of the city's sub-teams) is the article's
        # (when the text opens with the title: a mention whose words are the title's at its place)
        in_title = {e.name for e in teams if title and any(
            m.text and m.end <= len(title) and title[m.start:m.end] == m.text for m in e.mentions)}

        def rank(e: Entity) -> tuple:
            div = e.info.get("locality")
            is_home = home is not None and div is not None and div.code == home.code
            # (分团 alone after 某市…科技镇长团某某分团: the article is the sub-team's, though its city is home)
            again = any(m.rule == "team-sub-again" for m in e.mentions)
            return (len(in_title) == 1 and e.name in in_title, again, is_home, team_counter[e.name])
        main = max(teams, key=rank)
        ctx.main_team = main.name
        by_level = {"市": [t for t in teams if _team_level(t) == "city"],
                    "区": [t for t in teams if _team_level(t) == "county"],
                    "县": [t for t in teams if _team_level(t) == "county"]}
        # (teams named only by a table's cells, one a row: 我校第十四批科技镇长团成员 over them is the programme's)
        cells_only = len(teams) >= 2 and all(m.rule == "team-cell" for e in teams for m in e.mentions)
        for m in mentions if not cells_only else ():
            if m.cls == "Team" and m.canonical is None and not m.info.get("each"):  # (各科技镇长团: no one team)
                # 市科技镇长团, 全市科技镇长团: the city's team when the article has one (and only one)
                same_level = by_level.get(m.info.get("level") or "", [])
                if (m.info.get("level") == "市" and not same_level and ctx.city is not None
                        and ("Locality", ctx.city.name) in entities and _team_level(main) == "county"
                        and not (ctx.district is not None and ctx.district.name.endswith("市"))):
                    # (泰兴市副市长、市第十六批科技镇长团团长: in a county-level city, 市 is that city)
                    # 全市科技镇长团共促成… in an article naming the city and one county's team: the
                    # city's team (the county's is one of its sub-teams)
                    name = _team_name(ctx.city, ctx.batch)
                    city_team = entities.setdefault(("Team", name), Entity(name, "Team"))
                    city_team.info.setdefault("locality", ctx.city)
                    same_level.append(city_team)  # (by_level's own list: later mentions find it)
                team = same_level[0] if len(same_level) == 1 else main
                batch = m.info.get("batch")
                place = team.info.get("locality")
                if batch and not m.info.get("programme") and place is not None and batch not in team.name:
                    # 第十五批科技镇长团 in an article about the 十六th: the same place's earlier team
                    name = _team_name(place, batch, "产业科技镇长团" in team.name)
                    team = entities.setdefault(("Team", name), Entity(name, "Team"))
                    team.info.setdefault("locality", place)
                m.canonical = team.name
                team.mentions.append(m)
                if m.info.get("batch") and not m.info.get("programme"):
                    team.aliases.add(m.text.translate(_NO_QUOTES))
    _merge_short_forms(entities)
    _merge_names_given_as_aliases(entities)
    _merge_same_places(mentions, entities)
    return list(entities.values()), ctx


def _absorb(entities: dict[tuple[str, str], Entity], into: Entity, gone: Entity) -> None:
    """``gone`` is another name of ``into``: its name, aliases and mentions become ``into``'s."""
    into.aliases.add(gone.name)
    into.aliases |= gone.aliases
    for m in gone.mentions:
        m.canonical, m.cls = into.name, into.cls
    into.mentions.extend(gone.mentions)
    del entities[(gone.cls, gone.name)]


def _merge_names_given_as_aliases(entities: dict[tuple[str, str], Entity]) -> None:
    """A company or platform whose name another of its kind already has as an alias is that one (南邮某某分中心,
    read as a short form in the title and alone in the text)."""
    for cls in ("Enterprise", "Platform"):
        owner = {}
        for e in entities.values():
            if e.cls == cls:
                for a in e.aliases:
                    owner.setdefault(a, e)
        for e in [e for e in entities.values() if e.cls == cls]:
            full = owner.get(e.name)
            if full is None or full is e or (cls, full.name) not in entities:
                continue
            _absorb(entities, full, e)


def _merge_same_places(mentions: list[Mention], entities: dict[tuple[str, str], Entity]) -> None:
    """苏州高新区（虎丘区）: the district named in the bracket after a zone is that zone (its name an
    alias), wherever the article names it; the zone stays a zone (no division's code)."""
    for m in mentions:
        zone = m.info.get("same_as")
        if zone is None or not zone.canonical or not m.canonical or zone.canonical == m.canonical:
            continue
        if any(cls == "Team" and name.startswith(m.canonical) for cls, name in entities):
            continue  # (无锡高新区（新吴区）…新吴区科技镇长团: the team serves the district; two places kept)
        target = entities.get(("Locality", zone.canonical))
        if target is None or ("Locality", m.canonical) not in entities:
            continue
        district = entities.pop(("Locality", m.canonical))
        target.aliases.add(district.name)
        target.aliases |= district.aliases
        for d in district.mentions:
            d.canonical = target.name
        target.mentions.extend(district.mentions)


_ZONE_SUFFIXES_LONGEST_FIRST = sorted(lx.ZONE_SUFFIXES, key=len, reverse=True)


def _zone_full_names(mentions: list[Mention]) -> dict[str, str]:
    """南通开发区 → 南通经济技术开发区 when the article names both: a zone's short name is its
    place with an abbreviated kind (开发区, 经开区 for 经济技术开发区; 高新区 for 高新技术产业开发区);
    and one name written with a place before another of the same kind: 医药高新区 → 泰州医药高新区
    (the city opens the zone's own name), 南通如皋高新区 → 如皋高新区 (a county's zone, its city before it)."""
    zones = [m for m in mentions if m.cls == "Locality" and m.info.get("zone")]
    zones += [loc for m in mentions if m.cls == "Team" and (loc := m.info.get("locality")) is not None
              and loc.info.get("zone")]  # (南通开发区科技镇长团: its zone is no mention of its own)
    zones += [z for m in mentions if m.cls == "GovernmentAgency" and (z := m.info.get("zone")) is not None
              and z.cls == "Locality"]  # (医药高新区管委会: nor is an agency's)
    names = {canonical_brackets(m.text) for m in zones}
    if len(names) < 2:
        return {}
    split = {}
    for n in names:
        suffix = next((z for z in _ZONE_SUFFIXES_LONGEST_FIRST if n.endswith(z)), None)
        if suffix is not None and len(n) - len(suffix) >= 2:
            place, kind = n[:-len(suffix)], suffix
            if place.endswith("国家") and len(place) >= 4:  # (武进国家高新区: 国家 is of the kind, as in the full name)
                place, kind = place[:-2], "国家" + kind
            split[n] = (place, kind)
    out = {}
    for short, (place, kind) in split.items():
        # (惠山经开区 for 无锡惠山经济开发区: the full name may open with the city as well)
        longer = [n for n, (p, k) in split.items() if (p == place or (p.endswith(place) and _is_place(p[:-len(place)])))
                  and len(k) > len(kind) and _in_order(kind, k)]
        if len(longer) == 1:
            out[short] = longer[0]
            continue
        # the same kind, one name opening with a place the other leaves out: 医药高新区 is 泰州医药高新区 (the
        # city opens the zone's own name); 南通如皋高新区 is 如皋高新区 (a county's zone, its city before it)
        same = [n for n, (p, k) in split.items() if k == kind and p != place and p.endswith(place)
                and _is_place(p[:-len(place)])]
        if len(same) == 1 and same[0] not in out:
            if _is_place(place):
                out[same[0]] = short
            else:
                out[short] = same[0]
    return out


def _in_order(short: str, full: str) -> bool:
    """Whether ``short``'s characters appear in ``full`` in order (开发区 in 经济技术开发区)."""
    it = iter(full)
    return all(ch in it for ch in short)


def _within_home(div, ctx: ArticleContext, divisions) -> bool:
    home = {e.code for e in (ctx.district, ctx.city) if e is not None}
    if div.code in home:
        return True
    return any(a.code in home for a in divisions.ancestors(div))


_ENT_STRIP = re.compile(lx.LEGAL_FORM_AT_END)


_PARTNER_DASH_RE = re.compile("[—–－-]+")


def _with_full_school(head: str) -> str:
    """A partner named by a university's or institute's short form (西电, 南工大) as its full name."""
    from kg.extract.gazetteer_matcher import find_gazetteer_names

    for s, e, hits in find_gazetteer_names(head):
        if s == 0 and e == len(head):
            full = next((h.name for h in hits if h.cls in ("University", "ResearchInstitute")), None)
            if full is not None:
                return full
    return head


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` or its abbreviation: its first character, then others of it in
    order (西电 for 西安电子科技大学, 南工大 for 南京工业大学)."""
    if short == full:
        return True
    if len(short) < 2 or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(ch in rest for ch in short[1:])


def _same_platform(short: str, long: str) -> bool:
    """南工大—某澜新材料联合实验室 (a title's short form) and 南京工业大学—某澜科技新材料联合实验室: the
    partners before the dash are one (a school's short form and its full name), and after it the
    shorter name is the longer one less some words inside (the firm's trade word), with at least its
    brand and a platform's kind in common."""
    a, b = _PARTNER_DASH_RE.split(short, 1), _PARTNER_DASH_RE.split(long, 1)
    if len(a) != 2 or len(b) != 2 or not _abbreviates(_with_full_school(a[0]), _with_full_school(b[0])):
        return False
    ta, tb = a[1], b[1]
    if ta == tb:
        return True
    k = next((i for i in range(min(len(ta), len(tb))) if ta[i] != tb[i]), min(len(ta), len(tb)))
    tail = ta[k:]
    return k >= 2 and len(tail) >= 4 and tb.endswith(tail) and tail.endswith(lx.PLATFORM_SUFFIXES)


@functools.lru_cache(maxsize=8192)
def _core(name: str) -> str:
    """A company or platform name without its legal-form suffixes and 江苏/中国 prefix (cached:
    short-form merging compares every pair of names)."""
    prev = None
    core = name
    while prev != core:
        prev = core
        core = _ENT_STRIP.sub("", core)
        core = core.replace("（集团）", "")
    for prefix in ("江苏省", "江苏", "中国"):
        if core.startswith(prefix) and len(core) > len(prefix) + 1:
            core = core[len(prefix):]
    return core


_LEGAL_FORM = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团公司)$")


@functools.lru_cache(maxsize=4096)
def _is_place(words: str) -> bool:
    """Whether ``words`` are one place's name (常州, 句容市)."""
    from kg.extract.gazetteer_matcher import find_gazetteer_names

    return any(s == 0 and e == len(words) and any(h.cls == "Locality" for h in hits)
               for s, e, hits in find_gazetteer_names(words))


def _merge_short_forms(entities: dict[tuple[str, str], Entity]) -> None:
    """蓝天新材 and 江苏蓝天新材公司 are one enterprise: the longer name is canonical. An
    academy's institute named without the academy (大连化学物理研究所 after
    中国科学院大连化学物理研究所) is that institute."""
    institutes = {e.name: e for e in entities.values() if e.cls == "ResearchInstitute"}
    for short in [e for e in entities.values() if e.cls in ("Platform", "ResearchInstitute")]:
        if len(short.name) < 5:
            continue
        full = next((institutes[a + short.name] for a in lx.ACADEMIES if a + short.name in institutes), None)
        if full is not None and full is not short and (short.cls, short.name) in entities:
            _absorb(entities, full, short)
    for cls in ("Enterprise", "Platform"):
        ents = sorted((e for e in entities.values() if e.cls == cls), key=lambda e: len(e.name))
        for i, short in enumerate(ents):
            a = _core(short.name)
            longs = list(reversed(ents[i + 1:]))
            if short.name.endswith("集团"):  # 某澈集团: the group (江苏某澈电气集团有限公司), before its subsidiaries
                longs.sort(key=lambda e: "集团" not in e.name)
            for long in longs:
                if long.name == short.name or (cls, long.name) not in entities:
                    continue
                b = _core(long.name)
                same = a == b or (len(a) >= 3 and (b.startswith(a) or b.endswith(a)))
                if same and cls == "Platform" and long.name.startswith(short.name) and long.name.endswith(lx.PLATFORM_BRANCH_SUFFIXES):
                    same = False  # 某大学技术转移中心 and its 某县分中心: the centre and its branch
                if not same and cls == "Platform":
                    same = _same_platform(short.name, long.name)
                brand = short.name[:-3] if not same and short.name.endswith("合作社") else a
                if not same and cls == "Enterprise" and len(brand) in (2, 3) and short.name in (
                        brand + "公司", brand + "集团", brand + "合作社") and brand in b and (
                        after_place(b).startswith(brand) or (short.name.endswith("合作社") and after_place(b)[2:].startswith(brand))) \
                        and len(b) >= 4:
                    # 澜某公司 for 江苏澜某精密传动科技有限公司, 鸿某公司 for 南通鸿某精密机械有限公司, 红某合作社 for
                    # 东海县红某草莓种植专业合作社 (or 泗洪县垫湖兴某葡萄种植专业合作社, its village's name before the
                    # brand): its brand (after its place) and 公司
                    same = True
                elif not same and cls == "Enterprise" and short.name.endswith(lx.FIRM_BRANCH_SUFFIXES) and long.name.endswith(
                        short.name[-2:]) and short.name[:2] == long.name[:2] and _abbreviates(short.name, long.name):
                    # 某苏银行武进支行 for 某苏银行常州武进支行, 某隆农商行湖塘支行 for 某隆农村商业银行湖塘支行, 某衡财险常州中心
                    # 支公司 for 某衡财产保险股份有限公司常州中心支公司: a branch named short, its brand and branch kept
                    same = True
                elif not same and cls == "Enterprise" and len(a) >= 4 and a in b and not _LEGAL_FORM.search(short.name):
                    # 恒某智能 (in a list: 推动A、B、恒某智能等企业) for 苏州恒某智能装备有限公司: the
                    # name's start after the place it opens with
                    same = a in b and after_place(b).startswith(a)
                elif not same and cls == "Enterprise" and len(a) == 4 and not _LEGAL_FORM.search(short.name) and (
                        rest := after_place(b)).startswith(a[:2]) and a[2:] in rest[2:]:
                    # 启某运维 for 南通启某海上风电运维有限公司, 锐某智能 for 锐某（常州）智能装备有限公司: its brand (after
                    # its place), then a word of its trade
                    same = True
                elif same and a != b and cls == "Enterprise" and _LEGAL_FORM.search(short.name):
                    # two registered names: one company only when they differ by a place before
                    # (句容市某某机械有限公司, 某某机械有限公司), not by more words
                    # (常州某某（集团）股份有限公司, 常州某某研究院（江苏）有限公司)
                    same = b.endswith(a) and _is_place(b[:len(b) - len(a)])
                if same:
                    _absorb(entities, long, short)
                    break
