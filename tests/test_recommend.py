"""Tests for kg.recommend: partner recommendation with reasons."""

from __future__ import annotations

import doctest
from dataclasses import dataclass

import networkx as nx
import pytest

import kg.recommend as rec_mod
from kg.errors import KGError
from kg.recommend import (
    Recommendation,
    UnknownEntity,
    Weights,
    closest_labels,
    field_of_name,
    recommend_partners,
)


@dataclass(frozen=True)
class Entry:
    """Stands in for kg.gazetteer.Entry."""

    name: str
    aliases: tuple[str, ...] = ()
    city: str | None = None
    province: str | None = None
    parent: str | None = None


def build() -> nx.MultiDiGraph:
    """Two districts of 镇江市, a team each, four universities, five enterprises.

    丹徒区 team: members from 江苏科技大学 and 常熟理工学院.
    润州区 team: members from 南京航空航天大学, and 张三 from 南京大学.
    常熟理工学院 works with two 新能源 firms in 丹徒区 (海雷德蒙, 丹徒光伏);
    江苏科技大学 with a 船舶 firm; 南航's 材料学院 with a 新材料 firm in 润州区.
    """
    G = nx.MultiDiGraph()

    def n(nid: str, label: str, cls: str, *aliases: str) -> None:
        G.add_node(nid, label=label, cls=cls, aliases=list(aliases))

    def e(u: str, v: str, prop: str) -> None:
        G.add_edge(u, v, key=prop, prop=prop)

    n("js", "江苏省", "Locality")
    n("zj", "镇江市", "Locality")
    n("nj", "南京市", "Locality")
    n("dt", "丹徒区", "Locality")
    n("rz", "润州区", "Locality")
    e("zj", "js", "locatedIn")
    e("nj", "js", "locatedIn")
    e("dt", "zj", "locatedIn")
    e("rz", "zj", "locatedIn")

    n("t_dt", "丹徒区科技镇长团", "Team")
    n("t_rz", "润州区科技镇长团", "Team")
    e("t_dt", "dt", "servesIn")
    e("t_rz", "rz", "servesIn")

    n("just", "江苏科技大学", "University", "江科大")
    n("cslg", "常熟理工学院", "University")  # no locatedIn: only a gazetteer can place it
    n("nuaa", "南京航空航天大学", "University", "南航")
    n("nju", "南京大学", "University", "南大")
    n("nuaa_mat", "南京航空航天大学材料科学与技术学院", "AcademicUnit")
    e("just", "zj", "locatedIn")
    e("nuaa", "nj", "locatedIn")
    e("nju", "nj", "locatedIn")
    e("nuaa_mat", "nuaa", "partOf")

    e("t_dt", "just", "memberInstitution")
    e("t_dt", "cslg", "memberInstitution")
    e("t_rz", "nuaa", "memberInstitution")
    n("p_zs", "张三", "Person")
    e("p_zs", "t_rz", "memberOf")
    e("p_zs", "nju", "affiliatedWith")

    for f in ("新能源", "新材料", "船舶", "电力装备"):
        n(f"f_{f}", f, "Field")
    e("just", "f_船舶", "hasField")
    e("nuaa", "f_新材料", "hasField")

    n("hld", "江苏海雷德蒙新能源(集团)有限公司", "Enterprise")
    n("dtgf", "镇江丹徒光伏新能源有限公司", "Enterprise")
    n("ship", "镇江长江船舶有限公司", "Enterprise")  # field only from its name
    n("xcl", "镇江润州新材科技有限公司", "Enterprise")
    n("dq", "镇江某电气有限公司", "Enterprise")  # no locatedIn; the 丹徒 team brokered for it
    e("hld", "dt", "locatedIn")
    e("dtgf", "dt", "locatedIn")
    e("ship", "dt", "locatedIn")
    e("xcl", "rz", "locatedIn")
    e("hld", "f_新能源", "hasField")
    e("dtgf", "f_新能源", "hasField")
    e("xcl", "f_新材料", "hasField")
    e("cslg", "hld", "collaboratesWith")
    e("dtgf", "cslg", "collaboratesWith")
    e("ship", "just", "collaboratesWith")
    e("xcl", "nuaa_mat", "collaboratesWith")
    e("t_dt", "dq", "brokered")
    return G


def labels(cands) -> list[str]:
    return [c.label for c in cands]


def no_overlap(r: Recommendation) -> None:
    assert not {c.node for c in r.existing} & {c.node for c in r.candidates}


@pytest.fixture
def G() -> nx.MultiDiGraph:
    return build()


# ---------------------------------------------------------------------------
# an enterprise in the graph
# ---------------------------------------------------------------------------


def test_team_serving_the_district_ranks_first_and_existing_partner_is_apart(G):
    r = recommend_partners(G, "江苏海雷德蒙新能源(集团)有限公司", gazetteer=False)
    assert r.node == "hld"
    assert r.fields == ["新能源"]
    assert r.localities == ["丹徒区"]
    # 常熟理工学院 already works with it: listed apart, never recommended
    assert labels(r.existing) == ["常熟理工学院"]
    assert r.existing[0].reasons[0] == "already collaborates with 江苏海雷德蒙新能源(集团)有限公司"
    no_overlap(r)
    # 江苏科技大学: member of the 丹徒区 team and in 镇江市 -> first
    top = r.candidates[0]
    assert top.label == "江苏科技大学"
    assert "a team serving 丹徒区 has members from 江苏科技大学" in top.reasons
    assert "same city (镇江市)" in top.reasons
    assert top.signals["team"] == 1.0 and top.signals["geo"] == 1.0
    # the 润州区 team's universities come after it, and only with weaker team evidence
    order = labels(r.candidates)
    assert order.index("江苏科技大学") < order.index("南京航空航天大学")
    nuaa = next(c for c in r.candidates if c.label == "南京航空航天大学")
    assert nuaa.signals["team"] < top.signals["team"]
    # scores are sorted and are the weighted sums of the signals
    scores = [c.score for c in r.candidates]
    assert scores == sorted(scores, reverse=True)
    ws = Weights().signal_weights()
    for c in r.candidates:
        assert c.score == pytest.approx(sum(ws[k] * v for k, v in c.signals.items()), abs=1e-5)
        assert all(0.0 <= v <= 1.0 for v in c.signals.values())
        assert c.reasons, c.label


def test_partner_through_a_school_excludes_the_university_and_its_schools(G):
    r = recommend_partners(G, "镇江润州新材科技有限公司", gazetteer=False)
    existing = {c.label: c for c in r.existing}
    assert set(existing) == {"南京航空航天大学材料科学与技术学院", "南京航空航天大学"}
    assert existing["南京航空航天大学"].reasons[0] == (
        "already works with 镇江润州新材科技有限公司 through 南京航空航天大学材料科学与技术学院"
    )
    assert existing["南京航空航天大学材料科学与技术学院"].university == "南京航空航天大学"
    no_overlap(r)
    # the other 润州区 member, through a person: 南京大学
    assert r.candidates[0].label == "南京大学"
    assert "a team serving 润州区 has a member (张三) from 南京大学" in r.candidates[0].reasons


def test_units_are_candidates_with_their_university(G):
    r = recommend_partners(G, "不在图里的材料公司", fields=["新材料"], gazetteer=False)
    by_label = {c.label: c for c in r.candidates}
    unit = by_label["南京航空航天大学材料科学与技术学院"]
    assert unit.cls == "AcademicUnit" and unit.university == "南京航空航天大学"
    # the university (hasField 新材料) outranks its school, which inherits a share
    assert labels(r.candidates)[0] == "南京航空航天大学"
    assert "strength in 新材料 matches the enterprise's field" in r.candidates[0].reasons
    assert unit.score < r.candidates[0].score
    r2 = recommend_partners(G, "不在图里的材料公司", fields=["新材料"], include_units=False, gazetteer=False)
    assert all(c.cls != "AcademicUnit" for c in r2.candidates)
    assert labels(r2.candidates)[0] == "南京航空航天大学"


def test_collaborative_evidence_is_explained(G):
    # a new 新能源 firm in 润州区: 常熟理工学院 signed with two 新能源 firms
    r = recommend_partners(G, "镇江某储能科技有限公司", fields=["新能源"], locality="润州区", gazetteer=False)
    top = r.candidates[0]
    assert top.label == "常熟理工学院"
    assert "常熟理工学院 signed with 2 enterprises in 新能源" in top.reasons
    collab = [x for x in top.reasons if x.startswith("works with 2 similar enterprises: ")]
    assert collab and "江苏海雷德蒙新能源(集团)有限公司" in collab[0] and "镇江丹徒光伏新能源有限公司" in collab[0]
    assert top.signals["collab"] > 0.9  # 1 - exp(-(sum of similarities))
    # the 润州区 team's member comes right after, for its team
    nuaa = next(c for c in r.candidates if c.label == "南京航空航天大学")
    assert "a team serving 润州区 has members from 南京航空航天大学" in nuaa.reasons


def test_brokered_team_gives_locality_and_team_evidence(G):
    r = recommend_partners(G, "镇江某电气有限公司", gazetteer=False)
    assert r.localities == ["丹徒区"]  # from the team that brokered for it
    assert r.fields == ["电力装备"]  # from its name
    top2 = set(labels(r.candidates[:2]))
    assert top2 == {"江苏科技大学", "常熟理工学院"}
    reasons = " | ".join(r.candidates[0].reasons)
    assert "丹徒区科技镇长团, which has worked with 镇江某电气有限公司, has members from" in reasons
    # a team that brokered for both the enterprise and a university links them
    G.add_edge("t_dt", "nju", key="brokered", prop="brokered")
    r = recommend_partners(G, "镇江某电气有限公司", gazetteer=False)
    nju = next(c for c in r.candidates if c.label == "南京大学")
    assert nju.signals["team"] == pytest.approx(0.8)
    assert "丹徒区科技镇长团 has brokered cooperation for both 镇江某电气有限公司 and 南京大学" in nju.reasons
    assert labels(r.candidates).index("南京大学") == 2  # after the team's two members


def test_field_inferred_from_the_name_counts(G):
    r = recommend_partners(G, "镇江长江船舶有限公司", gazetteer=False)
    assert "船舶" in r.fields
    assert labels(r.existing) == ["江苏科技大学"]
    no_overlap(r)


# ---------------------------------------------------------------------------
# an enterprise not in the graph
# ---------------------------------------------------------------------------


def test_new_enterprise_with_fields_and_locality(G):
    r = recommend_partners(G, "镇江某某新材料有限公司", fields=["新材料"], locality="润州区", gazetteer=False)
    assert r.node is None and r.existing == []
    assert r.localities == ["润州区"] and r.fields == ["新材料"]
    top = r.candidates[0]
    assert top.label == "南京航空航天大学"  # strong in 新材料 and a 润州区 team member
    assert "a team serving 润州区 has members from 南京航空航天大学" in top.reasons
    assert "strength in 新材料 matches the enterprise's field" in top.reasons
    assert top.signals["field"] == 1.0 and top.signals["team"] == 1.0
    # 江苏科技大学 (丹徒区 team, same city) is still a candidate, further down
    assert "江苏科技大学" in labels(r.candidates)[1:]


def test_new_enterprise_locality_from_name_and_fields_from_argument(G):
    r = recommend_partners(G, "镇江润州某某有限公司", fields=["船舶"], gazetteer=False)
    assert r.localities == ["润州区"]
    assert labels(r.candidates)[0] == "江苏科技大学"


def test_locality_only_is_enough(G):
    r = recommend_partners(G, "某某公司", locality="丹徒", gazetteer=False)  # stem of 丹徒区
    assert r.localities == ["丹徒区"]
    assert set(labels(r.candidates[:2])) == {"江苏科技大学", "常熟理工学院"}


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------


def test_name_normalisation_and_company_suffix(G):
    for name in (
        "江苏海雷德蒙新能源（集团）有限公司",  # full-width brackets
        " 江苏海雷德蒙新能源 (集团) 有限公司 ",  # spaces
        "江苏海雷德蒙新能源",  # suffixes left off
        "hld",  # node id
    ):
        assert recommend_partners(G, name, gazetteer=False).node == "hld", name


def test_unknown_enterprise_raises_with_suggestions(G):
    with pytest.raises(UnknownEntity) as info:
        recommend_partners(G, "海雷德蒙新能源科技公司", gazetteer=False)
    err = info.value
    assert isinstance(err, KGError) and isinstance(err, LookupError)
    assert err.name == "海雷德蒙新能源科技公司"
    assert err.suggestions and err.suggestions[0] == "江苏海雷德蒙新能源(集团)有限公司"
    assert len(err.suggestions) <= 5
    assert all(s in {d["label"] for _, d in G.nodes(data=True) if d["cls"] == "Enterprise"} for s in err.suggestions)
    msg = str(err)
    assert "海雷德蒙新能源科技公司" in msg and "江苏海雷德蒙新能源(集团)有限公司" in msg and "fields" in msg


def test_unknown_locality_raises(G):
    with pytest.raises(UnknownEntity) as info:
        recommend_partners(G, "某公司", locality="润洲区", fields=["新材料"], gazetteer=False)  # typo
    assert info.value.kind == "locality"
    assert info.value.suggestions[0] == "润州区"
    assert "unknown locality '润洲区'" in str(info.value)
    # the short form is fine
    assert recommend_partners(G, "某公司", locality="润州", gazetteer=False).localities == ["润州区"]


def test_closest_labels(G):
    assert closest_labels(G, "丹徒光伏") == ["镇江丹徒光伏新能源有限公司"]
    assert closest_labels(G, "南航", classes=("University",))[0] == "南京航空航天大学"  # via its alias
    assert all(x.endswith("大学") for x in closest_labels(G, "南航", classes=("University",)))
    assert len(closest_labels(G, "镇江", n=2)) == 2
    assert closest_labels(G, "完全无关的名字xyz") == []


# ---------------------------------------------------------------------------
# fields
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("江苏海雷德蒙新能源(集团)有限公司", ["新能源"]),
        ("扬子江药业集团有限公司", ["生物医药"]),
        ("镇江某新材科技有限公司", ["新材料"]),
        ("镇江长江船舶有限公司", ["船舶与海工装备"]),
        ("江苏某汽车零部件有限公司", ["汽车及零部件"]),
        ("镇江某电力设备有限公司", ["电力装备"]),
        ("大全集团电气有限公司", ["电力装备"]),
        ("江苏某通信技术有限公司", ["新一代信息技术"]),
        ("句容某农业科技有限公司", ["现代农业"]),
        ("某新能源汽车有限公司", ["汽车及零部件"]),  # the longer keyword wins
        ("某光伏电力有限公司", ["新能源", "电力装备"]),  # in order of appearance
        ("某某贸易有限公司", []),
        ("某某科技有限公司", []),  # 科技 alone says nothing
    ],
)
def test_field_of_name(name, expected):
    assert field_of_name(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("南京医科大学", ["生物医药"]),
        ("南京农业大学", ["现代农业"]),
        ("江苏科技大学", ["智能制造"]),
        ("上海海洋大学", ["船舶与海工装备"]),
        ("南京邮电大学", ["新一代信息技术"]),
        ("南京大学", []),
    ],
)
def test_field_of_institution_name(name, expected):
    assert field_of_name(name, kind="institution") == expected


def test_field_of_name_own_table_and_bad_kind():
    assert field_of_name("某某醋业公司", table={"食品": ["醋业"]}) == ["食品"]
    with pytest.raises(ValueError):
        field_of_name("x", kind="person")


def test_field_hierarchy_from_entries(G):
    # the enterprise is in 光伏, a narrower field of 新能源; 常熟理工学院 shows
    # 新能源 strength through its partners
    fields = [Entry("新能源"), Entry("光伏", parent="新能源"), Entry("新材料")]
    r = recommend_partners(G, "某某公司", fields=["光伏"], field_aliases=fields, gazetteer=False)
    assert r.fields == ["光伏"]
    top = r.candidates[0]
    assert top.label == "常熟理工学院"
    assert "常熟理工学院 signed with 2 enterprises in 新能源, related to the enterprise's field 光伏" in top.reasons
    # without the hierarchy only the partner whose name says 光伏 counts
    r2 = recommend_partners(G, "某某公司", fields=["光伏"], field_aliases=[Entry("光伏")], gazetteer=False)
    top2 = r2.candidates[0]
    assert top2.label == "常熟理工学院"
    assert "常熟理工学院 signed with 1 enterprise in 光伏" in top2.reasons
    assert not any("related to" in x for c in r2.candidates for x in c.reasons)
    assert top2.signals["field"] < top.signals["field"]


def test_field_aliases_merge_names(G):
    # 船舶海工 is an alias of the graph's 船舶 field via the built-in vocabulary
    r = recommend_partners(G, "某某公司", fields=["船舶海工"], gazetteer=False)
    assert r.fields == ["船舶"]
    assert labels(r.candidates)[0] == "江苏科技大学"


def test_university_entries_give_places(G):
    # 常熟理工学院 has no locatedIn in the graph; an entry places it in 苏州市
    args = dict(fields=["电力装备"], locality="丹徒区", gazetteer=False)
    without = recommend_partners(G, "某公司", **args)
    cslg = next(c for c in without.candidates if c.label == "常熟理工学院")
    assert cslg.signals["geo"] == 0.0
    entries = [Entry("常熟理工学院", ("常熟理工",), city="苏州市", province="江苏省")]
    with_ = recommend_partners(G, "某公司", universities=entries, **args)
    cslg = next(c for c in with_.candidates if c.label == "常熟理工学院")
    assert cslg.signals["geo"] == pytest.approx(0.4)
    assert "same province (江苏省)" in cslg.reasons


# ---------------------------------------------------------------------------
# weights and API details
# ---------------------------------------------------------------------------


def test_weights_select_signals(G):
    only_team = Weights(field=0, team=1, collab=0, proximity=0, geo=0, popularity=0)
    r = recommend_partners(G, "江苏海雷德蒙新能源(集团)有限公司", weights=only_team, gazetteer=False)
    # members of the 丹徒区 team, minus the existing partner; the 润州区 team
    # serves a sibling district, not the enterprise's: it gives nothing
    assert labels(r.candidates) == ["江苏科技大学"]
    only_geo = Weights(field=0, team=0, collab=0, proximity=0, geo=1, popularity=0)
    r = recommend_partners(G, "江苏海雷德蒙新能源(集团)有限公司", weights=only_geo, gazetteer=False)
    assert labels(r.candidates)[0] == "江苏科技大学"
    assert {c.label: c.score for c in r.candidates}["南京大学"] == pytest.approx(0.4)


def test_teams_above_and_below_the_locality(G):
    # a team serving the whole city counts half for a 丹徒区 enterprise ...
    G.add_node("t_zj", label="镇江市科技镇长团", cls="Team", aliases=[])
    G.add_edge("t_zj", "zj", key="servesIn", prop="servesIn")
    G.add_edge("t_zj", "nju", key="memberInstitution", prop="memberInstitution")
    r = recommend_partners(G, "江苏海雷德蒙新能源(集团)有限公司", gazetteer=False)
    nju = next(c for c in r.candidates if c.label == "南京大学")
    assert nju.signals["team"] == pytest.approx(0.5)
    assert "a team serving 镇江市 (which includes 丹徒区) has members from 南京大学" in nju.reasons
    # ... and district teams count a quarter for an enterprise known only by its city
    r = recommend_partners(G, "某公司", locality="镇江市", gazetteer=False)
    just = next(c for c in r.candidates if c.label == "江苏科技大学")
    assert just.signals["team"] == pytest.approx(0.25)
    assert "a team serving 丹徒区 (in 镇江市) has members from 江苏科技大学" in just.reasons
    nju = next(c for c in r.candidates if c.label == "南京大学")
    assert nju.signals["team"] == 1.0  # the city team serves the enterprise's own locality


def test_partner_through_a_platform_is_existing(G):
    G.add_node("plat", label="江苏科技大学镇江船舶研究院", cls="Platform", aliases=[])
    G.add_edge("plat", "just", key="hostedBy", prop="hostedBy")
    G.add_edge("hld", "plat", key="collaboratesWith", prop="collaboratesWith")
    r = recommend_partners(G, "江苏海雷德蒙新能源(集团)有限公司", gazetteer=False)
    existing = {c.label: c.reasons[0] for c in r.existing}
    assert existing["江苏科技大学"] == "already works with 江苏海雷德蒙新能源(集团)有限公司 through 江苏科技大学镇江船舶研究院"
    assert "江苏科技大学" not in labels(r.candidates)
    no_overlap(r)


def test_names_resolve_to_enterprises_only(G):
    # a university's name is not an enterprise; its node id still works
    with pytest.raises(UnknownEntity):
        recommend_partners(G, "江苏科技大学", gazetteer=False)
    assert recommend_partners(G, "just", gazetteer=False).node == "just"


def test_top_and_to_dict(G):
    r = recommend_partners(G, "江苏海雷德蒙新能源(集团)有限公司", top=2, gazetteer=False)
    assert len(r.candidates) == 2
    d = r.to_dict()
    assert d["enterprise"] == "江苏海雷德蒙新能源(集团)有限公司"
    assert d["candidates"][0]["label"] == r.candidates[0].label
    assert recommend_partners(G, "江苏海雷德蒙新能源(集团)有限公司", top=0, gazetteer=False).candidates == []


def test_graph_is_not_modified(G):
    before = (sorted(G.nodes(data=True), key=str), sorted(G.edges(keys=True, data=True), key=str))
    recommend_partners(G, "镇江润州新材科技有限公司", gazetteer=False)
    recommend_partners(G, "新公司", fields=["新能源"], locality="丹徒区", gazetteer=False)
    after = (sorted(G.nodes(data=True), key=str), sorted(G.edges(keys=True, data=True), key=str))
    assert before == after


def test_empty_graph():
    G = nx.MultiDiGraph()
    with pytest.raises(UnknownEntity) as info:
        recommend_partners(G, "某公司", gazetteer=False)
    assert info.value.suggestions == []
    assert recommend_partners(G, "某公司", fields=["新能源"], gazetteer=False).candidates == []


def test_doctests():
    result = doctest.testmod(rec_mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
