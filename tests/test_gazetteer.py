"""Tests for kg.gazetteer and the TSV files in kg/data/."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest

from kg import gazetteer as g

# --------------------------------------------------------------------------- sizes


def test_row_counts_in_sane_ranges() -> None:
    assert 2500 <= len(g.universities()) <= 4000
    assert 150 <= len(g.institutes()) <= 1000
    assert 100 <= len(g.fields()) <= 1000
    divs = g.divisions()
    levels = Counter(e.level for e in divs)
    assert levels["province"] == 34  # 23 provinces (incl. Taiwan), 5 ARs, 4 municipalities, 2 SARs
    assert 300 <= levels["city"] <= 350
    assert 2800 <= levels["district"] + levels["county"] + levels["county_city"] <= 3000
    assert levels["town"] + levels["subdistrict"] >= 30000
    assert set(levels) <= set(g.LEVELS)


def test_loading_is_fast_and_cached() -> None:
    loaders = (g.universities, g.institutes, g.divisions, g.fields)
    indexes = (g.universities_by_name, g.institutes_by_name, g.fields_by_name)
    for fn in (*loaders, *indexes):
        fn.cache_clear()
    t = time.process_time()  # CPU time: not inflated by other processes on a busy machine
    for fn in (*loaders, *indexes):
        fn()
    assert time.process_time() - t < 1.0
    assert g.divisions() is g.divisions()  # cached


# --------------------------------------------------------------------------- universities


def test_aliases_resolve() -> None:
    idx = g.universities_by_name()
    assert idx["南航"].name == "南京航空航天大学"
    assert idx["江科大"].name == "江苏科技大学"
    assert idx["中国科大"].name == "中国科学技术大学"
    assert idx["中科大"].name == "中国科学技术大学"
    assert idx["哈工大"].name == "哈尔滨工业大学"
    assert idx["西浦"].name == "西交利物浦大学"


def test_university_fields() -> None:
    nuaa = g.universities_by_name()["南京航空航天大学"]
    assert nuaa.cls == "University"
    assert nuaa.city == "南京市" and nuaa.province == "江苏省"
    assert nuaa.code == "4132010287"
    assert nuaa.level == "本科"
    ujs = g.universities_by_name()["江苏大学"]
    assert ujs.city == "镇江市"


def test_no_alias_shared_by_two_universities() -> None:
    owner: dict[str, str] = {}
    for u in g.universities():
        for n in u.names:
            assert owner.setdefault(n, u.name) == u.name, f"{n} -> {owner[n]} and {u.name}"


def test_no_university_name_duplicated_and_codes_unique() -> None:
    names = Counter(u.name for u in g.universities())
    assert not [n for n, c in names.items() if c > 1]
    codes = Counter(u.code for u in g.universities() if u.code)
    assert not [c for c, k in codes.items() if k > 1]
    assert all(re.fullmatch(r"\d{10}", c) for c in codes)


def test_no_short_alias_that_is_a_common_word() -> None:
    banned = {"东南", "重大", "人大", "广大", "上交", "天大", "中大", "东大"}
    for u in g.universities():
        assert not banned & set(u.aliases), u


def test_foreign_and_hk_universities_present() -> None:
    idx = g.universities_by_name()
    assert idx["柏林工业大学"].province == "德国"
    assert idx["新加坡国立大学"].province == "新加坡"
    assert idx["麻省理工学院"].province == "美国"
    assert idx["港科大"].name == "香港科技大学"
    assert idx["香港科技大学"].province == "香港"
    foreign = [u for u in g.universities() if u.province and not u.province.endswith(("省", "市", "区"))]
    assert len(foreign) >= 400  # (the partners Sino-foreign cooperation names: 阿尔托大学, 特拉维夫大学 …)
    assert idx["希伯来大学"].name == "耶路撒冷希伯来大学" and idx["阿尔托大学"].province == "芬兰"
    assert idx["美国西北大学"].province == "美国" and "西北大学" in idx and idx["西北大学"].province != "美国"
    assert "日本大学" not in idx  # (日本大学生: no name)
    assert g.institutes_by_name()["韩国电子通信研究院"].cls == "ResearchInstitute"


def test_jiangsu_universities_have_jiangsu_province() -> None:
    js = [u for u in g.universities() if u.code and u.code[2:4] == "32"]
    assert len(js) >= 150
    assert all(u.province == "江苏省" for u in js)


# --------------------------------------------------------------------------- institutes / fields


def test_institutes() -> None:
    idx = g.institutes_by_name()
    assert idx["苏州纳米所"].name == "中国科学院苏州纳米技术与纳米仿生研究所"
    assert idx["省产研院"].name == "江苏省产业技术研究院"
    assert idx["大连化物所"].city == "大连市"
    assert idx["702所"].city == "无锡市"
    assert all(e.cls == "ResearchInstitute" for e in g.institutes())
    # institutes and universities are disjoint
    assert not set(idx) & set(g.universities_by_name())


def test_fields_hierarchy() -> None:
    idx = g.fields_by_name()
    for name in ("智能制造", "新材料", "生物医药", "集成电路", "新型电力装备", "碳纤维"):
        assert name in idx
    assert idx["碳纤维"].parent == "高性能纤维"
    for f in g.fields():
        seen = {f.name}
        p = f.parent
        while p is not None:
            assert p in idx, f"{f.name}: broader {p!r} missing"
            assert p not in seen, f"cycle at {f.name}"
            seen.add(p)
            p = idx[p].parent


# --------------------------------------------------------------------------- divisions


def test_runzhou_hierarchy() -> None:
    d = g.divisions()
    rz = d.find("润州区")
    assert rz is not None and rz.level == "district"
    city = d.parent(rz)
    assert city is not None and city.name == "镇江市" and city.level == "city"
    prov = d.parent(city)
    assert prov is not None and prov.name == "江苏省" and prov.level == "province"
    assert d.parent(prov) is None
    assert [a.name for a in d.ancestors(rz)] == ["镇江市", "江苏省"]
    assert rz.city == "镇江市" and rz.province == "江苏省"
    assert rz.aliases == ("润州",)


def test_jiangyin_is_county_city() -> None:
    d = g.divisions()
    jy = d.find("江阴市")
    assert jy is not None and jy.level == "county_city"
    assert jy.aliases == ("江阴",)
    assert d.find("江阴") is jy  # short form resolves to the county-level city, not 江阴镇
    assert d.parent(jy).name == "无锡市"  # type: ignore[union-attr]


def test_a_former_name_is_its_successors_territory_under_the_old_name_and_level() -> None:
    d = g.divisions()
    jintan = d.find("金坛市")  # a county-level city until 2015, 金坛区 since
    assert jintan is not None and jintan.level == "county_city"
    assert jintan.code == d.find("金坛区").code and d.by_code[jintan.code].name == "金坛区"  # type: ignore[union-attr]
    assert d.parent(jintan).name == "常州市"  # type: ignore[union-attr]
    assert d.find("金坛") is d.find("金坛区")  # the short form is the place as named now
    assert len(d.former) >= 30
    for name, e in d.former.items():
        assert e.name == name and e.code in d.by_code and d.by_code[e.code].name != name
        assert e.level in ("district", "county", "county_city") and not e.aliases


def test_town_under_dantu() -> None:
    d = g.divisions()
    dantu = d.find("丹徒区")
    assert dantu is not None
    towns = [c for c in d.children(dantu.code or "") if c.level == "town"]
    assert len(towns) >= 3
    gy = d.find("谷阳镇", within_code="321100")
    assert gy is not None and gy.parent == dantu.code
    assert gy.code == f"{dantu.code}-谷阳镇"
    assert gy.aliases == ("谷阳",)
    assert gy.city == "镇江市" and gy.province == "江苏省"


def test_short_forms() -> None:
    d = g.divisions()
    assert d.find("镇江市").aliases == ("镇江",)  # type: ignore[union-attr]
    assert d.find("江苏省").aliases == ("江苏",)  # type: ignore[union-attr]
    assert d.find("广西壮族自治区").aliases == ("广西",)  # type: ignore[union-attr]
    assert d.find("内蒙古自治区").aliases == ("内蒙古",)  # type: ignore[union-attr]
    for e in d:
        for a in e.aliases:
            assert len(a) >= 2, e
        if e.name in ("市中区", "城区", "郊区", "矿区"):
            assert e.aliases == (), e


def test_codes_unique_and_parents_exist() -> None:
    d = g.divisions()
    codes = Counter(e.code for e in d)
    assert not [c for c, n in codes.items() if n > 1]
    for e in d:
        assert e.name, e
        if e.level == "province":
            assert e.parent is None
        else:
            assert e.parent in d.by_code, e
            assert _LEVEL_DEPTH[d.by_code[e.parent].level] < _LEVEL_DEPTH[e.level], e  # type: ignore[index]
    for e in d:
        if e.level in ("town", "subdistrict"):
            assert e.code == f"{e.parent}-{e.name}"
        else:
            assert re.fullmatch(r"\d{6}", e.code or ""), e


_LEVEL_DEPTH = {
    "province": 0,
    "city": 1,
    "district": 2,
    "county": 2,
    "county_city": 2,
    "town": 3,
    "subdistrict": 3,
}


def test_find_prefers_scope() -> None:
    d = g.divisions()
    gl_nj = d.find("鼓楼区", within_code="320100")
    gl_fz = d.find("鼓楼区", within_code="350000")
    assert gl_nj is not None and gl_nj.city == "南京市"
    assert gl_fz is not None and gl_fz.city == "福州市"
    # same province, different city: 鼓楼区 of 徐州 when scoped to 徐州市
    gl_xz = d.find("鼓楼区", within_code="320300")
    assert gl_xz is not None and gl_xz.city == "徐州市"
    # a scope that contains no candidate is only a preference
    assert d.find("润州区", within_code="110000") is d.find("润州区")
    assert d.find("不存在的地名") is None


def test_municipality_districts() -> None:
    d = g.divisions()
    pd = d.find("浦东新区")
    assert pd is not None and pd.parent == "310000"
    assert pd.city == "上海市" and pd.province == "上海市"


def test_ambiguous_city_short_forms_blank() -> None:
    d = g.divisions()
    jl = d.find("吉林市")
    assert jl is not None and jl.aliases == ()  # 吉林 is the province's short form
    assert d.find("吉林").level == "province"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["universities.tsv", "institutes.tsv", "divisions.tsv", "fields.tsv"])
def test_tsv_well_formed(name: str) -> None:
    from importlib import resources

    text = resources.files("kg").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    width = len(lines[0].split("\t"))
    for ln in lines[1:]:
        cells = ln.split("\t")
        assert len(cells) == width, ln
        assert cells[0] == cells[0].strip() and cells[0], ln


def test_jiangsu_townships_follow_the_2025_list_and_keep_old_names() -> None:
    """三厂街道 and 寅阳镇 (missing from the older township snapshot) are there under their counties; a
    development zone's 街道 sits under its district (猴嘴街道, 连云区); an old name stays (溧城镇 beside 溧城街道)."""
    d = g.divisions()
    for name, county in (("三厂街道", "海门区"), ("寅阳镇", "启东市"), ("溧城街道", "溧阳市"), ("猴嘴街道", "连云区")):
        town = d.find(name, within_code="320000")
        assert town is not None, name
        assert d.find(county).code == town.parent, name  # type: ignore[union-attr]
    assert d.find("溧城镇", within_code="320000") is not None
    assert d.find("三厂街道", within_code="320000").aliases == ()  # type: ignore[union-attr]  # (三厂: "No. 3 plant")
