"""Extraction, one pattern family at a time, on sentences written for these tests.

None of these sentences comes from the seed articles; names are invented or
drawn from the gazetteers, so a rule that only memorised the seeds fails here.
"""

from __future__ import annotations

import sys

import pytest

from kg.extract import extract_article
from kg.extract.numbers import chinese_integer, to_number
from kg.extract.text import fold, sentence_spans
from kg.ingest import Article


def run(text: str, doc: str = "t.txt", source: str | None = None, title: str | None = None) -> dict:
    return extract_article(Article(id=doc, path=doc, title=title, date=None, source=source, text=text))


def names(out: dict, cls: str | None = None) -> set[str]:
    return {e["name"] for e in out["entities"] if cls is None or e["type"] == cls}


def facts(out: dict, p: str | None = None) -> set[tuple[str, str, str]]:
    return {(r["s"], r["p"], r["o"]) for r in out["relations"] if p is None or r["p"] == p}


def links(out: dict, p: str) -> set[tuple[str, str]]:
    """Subject and object of each ``p`` fact."""
    return {(r["s"], r["o"]) for r in out["relations"] if r["p"] == p}


def subject_by_value(out: dict) -> dict[float, str]:
    """Each figure's subject, by its value."""
    return {f["value"]: f["s"] for f in out["figures"]}


# --- text helpers ------------------------------------------------------------

def test_fold_treats_widths_and_spaces_alike():
    assert fold("江苏某某(集团) 有限公司") == fold("江苏某某（集团）有限公司")
    assert fold("某某\u3000大学\xa0南京\t分校\n") == "某某大学南京分校"


def test_sentences_split_on_chinese_terminators_and_line_breaks():
    text = "第一句。第二句！第三句？第四句；\n第五句"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["第一句。", "第二句！", "第三句？", "第四句；", "第五句"]


@pytest.mark.parametrize("token, value", [
    ("40", 40), ("2.55", 2.55), ("三十七", 37), ("两", 2), ("一百二十", 120), ("十二", 12), ("两百", 200),
    ("一千零五", 1005), ("一千零十", 1010), ("一百一", 110), ("一千二", 1200), ("二〇二三", 2023), ("零", 0),
    ("三四十", None), ("七七千九", None), ("百", None), ("一百零", None), ("十零五", None), ("", None)])
def test_numbers(token, value):
    assert to_number(token) == value


def test_chinese_numerals_agree_with_cn2an():
    """Every number below 10,000 as cn2an writes it reads back; every run of numeral
    characters up to four long that both read gets the same value from both."""
    import itertools

    import cn2an  # a dev dependency: the reference
    assert [n for n in range(10_000) if chinese_integer(cn2an.an2cn(n)) != n] == []
    checked = 0
    for n in range(1, 5):
        for chars in itertools.product("〇零一二两三四五六七八九十百千", repeat=n):
            token = "".join(chars)
            ours = chinese_integer(token)
            if ours is None:
                continue
            try:
                theirs = cn2an.cn2an(token.replace("两", "二"), "smart")
            except (ValueError, KeyError, TypeError):
                continue  # cn2an rejects 一千〇十 (for 一千〇一十); we read it as 1,010
            assert float(theirs) == ours, token
            checked += 1
    assert checked > 20_000


# --- gazetteer names and short forms ----------------------------------------

def test_university_short_forms_resolve_within_an_article():
    out = run("宿迁市宿城区第十五批科技镇长团团员来自南理工、河海大学和南邮。")
    assert {"南京理工大学", "河海大学", "南京邮电大学"} <= names(out, "University")
    nj = next(e for e in out["entities"] if e["name"] == "南京理工大学")
    assert "南理工" in nj["aliases"]


def test_two_character_short_form_inside_a_longer_word_is_not_a_university():
    out = run("我们与西南大学签约。")
    assert "南京大学" not in names(out)
    assert "西南大学" in names(out, "University")


def test_localities_carry_their_level_and_parent():
    out = run("泰州市海陵区第十五批科技镇长团到任以来，走访了海陵区多家企业，推动泰州与高校合作。")
    assert {"海陵区", "泰州市"} <= names(out, "Locality")
    assert ("海陵区", "locatedIn", "泰州市") in facts(out)


# --- teams ------------------------------------------------------------------

def test_team_named_with_locality_and_batch_and_short_form():
    text = ("盐城市亭湖区第十五批科技镇长团召开工作会议。亭湖团团长周明远介绍，亭湖团团员分别来自江南大学、"
            "苏州大学等高校。")
    out = run(text)
    team = "亭湖区第十五批科技镇长团"
    assert team in names(out, "Team")
    t = next(e for e in out["entities"] if e["name"] == team)
    assert "亭湖团" in t["aliases"]
    assert (team, "servesIn", "亭湖区") in facts(out)
    assert ("周明远", "leads", team) in facts(out)
    assert ("周明远", "memberOf", team) in facts(out)
    assert {(team, "memberInstitution", "江南大学"), (team, "memberInstitution", "苏州大学")} <= facts(out)


def test_sub_teams_are_part_of_the_city_group():
    text = ("南通市第十五批科技镇长团分3个支团。海门团：走访企业50余家。如皋团：促成合作协议8项。")
    out = run(text)
    assert ("海门区第十五批科技镇长团", "partOf", "南通市第十五批科技镇长团") in facts(out)
    assert ("如皋市第十五批科技镇长团", "partOf", "南通市第十五批科技镇长团") in facts(out)


# --- enterprises, units, platforms, zones, agencies ---------------------------

def test_enterprise_suffixes_and_short_names_in_lists():
    text = "在扬州，团队走访了扬州晨光精密机械有限公司、恒瑞药业、华宇新材等企业，了解技术需求。"
    out = run(text)
    ents = names(out, "Enterprise")
    assert "扬州晨光精密机械有限公司" in ents
    assert {"恒瑞药业", "华宇新材"} <= ents
    assert ("扬州晨光精密机械有限公司", "locatedIn", "扬州市") in facts(out)


def test_academic_unit_is_part_of_its_university():
    out = run("南京工业大学材料科学与工程学院与常州蓝天化工有限公司签订产学研合作协议。")
    unit = "南京工业大学材料科学与工程学院"
    assert unit in names(out, "AcademicUnit")
    assert (unit, "partOf", "南京工业大学") in facts(out)
    assert ("南京工业大学", "University") in {(e["name"], e["type"]) for e in out["entities"]}


def test_platform_hosted_by_its_university_and_placed_by_the_sentence():
    text = "东南大学无锡分院落户无锡高新区，双方共建东南大学无锡智能装备研究院。"
    out = run(text)
    plat = "东南大学无锡智能装备研究院"
    assert plat in names(out, "Platform")
    assert (plat, "hostedBy", "东南大学") in facts(out)


def test_agencies_are_qualified_with_the_article_place():
    text = ("溧水区第十五批科技镇长团在市委组织部、区委组织部和区科技局的支持下开展工作。"
            "南京市溧水区是南京的郊区。")
    out = run(text)
    agencies = names(out, "GovernmentAgency")
    assert {"南京市委组织部", "溧水区委组织部", "溧水区科技局"} <= agencies
    assert ("溧水区科技局", "locatedIn", "溧水区") in facts(out)


def test_zone_names_start_at_a_place_or_stand_alone():
    out = run("常熟高新区和苏州工业园区引进了一批项目，有效提升高新区的竞争力。")
    zones = names(out, "Locality")
    assert "常熟高新区" in zones
    assert not any(z.startswith("有效") or z.startswith("提升") for z in zones)


# --- persons ------------------------------------------------------------------

def test_persons_from_role_words_with_affiliation():
    text = "扬州大学副校长陈建国和江苏恒通电气有限公司总经理刘海涛出席签约仪式。"
    out = run(text)
    assert {"陈建国", "刘海涛"} <= names(out, "Person")
    assert ("陈建国", "affiliatedWith", "扬州大学") in facts(out)
    assert ("刘海涛", "affiliatedWith", "江苏恒通电气有限公司") in facts(out)


def test_reporter_bylines_are_not_persons():
    out = run("本报记者 张晓明 通讯员 李红\n\n记者张晓明摄\n\n宜兴市第十五批科技镇长团团长王立新介绍了工作。")
    persons = names(out, "Person")
    assert "王立新" in persons
    assert "张晓明" not in persons and "李红" not in persons


# --- relations ----------------------------------------------------------------

def test_brokered_cooperation_with_list_pairs():
    text = ("在江宁区第十五批科技镇长团的牵线下，南京宏图电子有限公司、金陵精工等企业与南京航空航天大学"
            "签订了技术开发合同。")
    out = run(text)
    team = "江宁区第十五批科技镇长团"
    assert ("南京宏图电子有限公司", "collaboratesWith", "南京航空航天大学") in facts(out) or \
        ("南京航空航天大学", "collaboratesWith", "南京宏图电子有限公司") in facts(out)
    assert {(team, "brokered", "南京航空航天大学"), (team, "brokered", "南京宏图电子有限公司")} <= facts(out)


def test_fenbie_lists_of_unequal_length_give_no_pairing():
    text = ("在高港区第十五批科技镇长团推动下，泰州瑞达机电有限公司、泰州华鑫船舶有限公司分别与江苏大学、"
            "南京林业大学、扬州大学建立了产学研合作关系。")
    out = run(text)
    assert not facts(out, "collaboratesWith")
    assert ("高港区第十五批科技镇长团", "brokered", "江苏大学") in facts(out)


def test_a_university_named_only_as_a_visit_destination_is_visited_not_partner():
    text = "邗江区第十五批科技镇长团赴南京农业大学调研走访，了解学校科研成果。"
    out = run(text)
    team = "邗江区第十五批科技镇长团"
    assert (team, "visited", "南京农业大学") in facts(out)
    assert not any(p in ("collaboratesWith", "brokered") for _, p, _ in facts(out))


def test_visits_to_listed_enterprises():
    out = run("武进区第十五批科技镇长团先后走访了常州新源光电有限公司、常州宏达机械有限公司。")
    team = "武进区第十五批科技镇长团"
    assert {(team, "visited", "常州新源光电有限公司"), (team, "visited", "常州宏达机械有限公司")} <= facts(out)


def test_fields_from_industry_lists():
    text = "江都区第十五批科技镇长团围绕全区汽车及零部件、海工装备、新材料等主导产业开展专项对接。"
    out = run(text)
    fields = names(out, "Field")
    assert {"海工装备", "新材料"} <= fields
    assert any(p == "hasField" and o == "新材料" for _, p, o in facts(out))


def test_every_fact_keeps_its_sentence():
    text = "句容市第十五批科技镇长团推动江苏农林职业技术学院与句容天工园艺有限公司签订合作协议。"
    out = run(text)
    assert out["relations"]
    for r in out["relations"]:
        assert text[r["start"]:r["end"]] == r["evidence"]
        assert 0 < r["confidence"] <= 1 and r["rule"]


# --- figures ------------------------------------------------------------------

def test_figures_with_units_multipliers_and_qualifiers():
    text = ("仪征市第十五批科技镇长团到任以来，累计走访企业150余家，促成产学研合作项目23项，"
            "合同金额超过1500万元，帮助引进人才近40人，新增投资2.3亿元以上。")
    out = run(text)
    figs = {(f["value"], f["unit"], f["approx"]) for f in out["figures"]}
    assert (150, "count", "余") in figs
    assert (23, "count", None) in figs
    assert (15_000_000, "CNY", "超") in figs
    assert (40, "person", "近") in figs
    assert (230_000_000, "CNY", "超") in figs
    assert all(f["s"] == "仪征市第十五批科技镇长团" for f in out["figures"])


def test_figure_indicators_leave_out_who_did_it_and_words_that_only_look_like_qualifiers():
    text = ("高邮市第十六批科技镇长团助力校企签约15个项目。科技镇长团已促成校企合作项目23项。"
            "团员们累计走访企业120余家，对接同济大学、江南大学等9所高校。最近3年共培训人员200人。")
    out = run(text)
    figs = {(f["indicator"], f["value"], f["approx"]) for f in out["figures"]}
    assert ("助力校企签约", 15, None) in figs  # 约 of 签约 is no qualifier
    assert ("促成校企合作项目", 23, None) in figs
    assert ("走访企业", 120, "余") in figs
    assert ("对接高校", 9, None) in figs
    assert ("最近3年共培训人员", 200, None) in figs  # 近 of 最近 is no qualifier either


def test_money_a_bureau_helped_a_zone_get_is_the_zones():
    text = ("泰州市科技局积极服务高新区发展。2023年，市科技局协助泰州高新区获省级专项资金1500万元，目前已到位800万元；"
            "协助靖江高新区、泰兴高新区分别获得全省高新区奖励资金300万元和600万元。市科技局累计走访企业200余家。")
    out = run(text)
    figs = {(f["s"], f["value"]) for f in out["figures"]}
    assert {("泰州高新区", 15_000_000), ("泰州高新区", 8_000_000), ("靖江高新区", 3_000_000),
            ("泰兴高新区", 6_000_000), ("泰州市科技局", 200)} <= figs


def test_years_dates_and_ordinals_are_not_figures():
    out = run("2022年5月12日，第十五批科技镇长团在2021年到任，位列全省第3位。")
    assert not out["figures"]


def test_member_role_without_a_team_name_means_the_article_team():
    text = ("海安市第十五批科技镇长团到任以来成效明显。团员、南京林业大学副教授赵一鸣还带领团队上门服务"
            "海安华泰机械有限公司。")
    out = run(text)
    team = "海安市第十五批科技镇长团"
    assert ("赵一鸣", "memberOf", team) in facts(out)
    assert ("赵一鸣", "affiliatedWith", "南京林业大学") in facts(out)
    assert ("赵一鸣", "visited", "海安华泰机械有限公司") in facts(out)
    assert "赵一鸣还" not in names(out, "Person")


def test_joint_application_and_a_county_government_as_parties():
    text = ("在沭阳县第十五批科技镇长团推动下，南京农业大学与沭阳县人民政府签署战略合作协议；"
            "河海大学水文水资源学院与江苏润禾环境科技有限公司联合申报省重点研发计划项目。")
    out = run(text)
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("南京农业大学", "沭阳县政府")) in pairs  # (the government signs, as the writers name it)
    assert frozenset(("河海大学水文水资源学院", "江苏润禾环境科技有限公司")) in pairs


def test_team_composition_is_not_a_reported_figure():
    out = run("睢宁县第十五批科技镇长团共有成员12名，分别来自8家单位。团员累计走访企业65家。")
    assert {(f["value"], f["unit"]) for f in out["figures"]} == {(65, "count")}


def test_industry_teams_keep_their_kind_and_titles_become_aliases():
    text = "常州市第十五批产业科技镇长团成员、常州大学教授许文涛走访企业。许老师说，要把成果用起来。"
    out = run(text)
    assert "常州市第十五批产业科技镇长团" in names(out, "Team")
    xu = next(e for e in out["entities"] if e["name"] == "许文涛")
    assert "许老师" in xu["aliases"]


def test_a_bare_team_mention_belongs_to_the_article_place():
    text = ("昆山市立足产业优势，第十五批科技镇长团到任以来，科技镇长团团员来自上海交通大学、同济大学，"
            "走访昆山企业80余家。")
    out = run(text)
    team = "昆山市第十五批科技镇长团"
    assert team in names(out, "Team")
    assert (team, "servesIn", "昆山市") in facts(out)
    assert (team, "memberInstitution", "同济大学") in facts(out)


def test_place_names_that_contain_stop_words_stay_in_company_names():
    text = "如东县第十五批科技镇长团与江苏如东海韵能源有限公司座谈，扬州大学农学院与如东县丰利镇签订合作协议。"
    out = run(text)
    assert "江苏如东海韵能源有限公司" in names(out, "Enterprise")
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("扬州大学农学院", "丰利镇")) in pairs
    assert frozenset(("扬州大学农学院", "如东县")) not in pairs


def test_an_agency_report_is_not_a_team_report():
    text = ("连云港市科技局：校地合作结硕果\n会上，南京理工大学与连云港经济技术开发区签订全面合作协议。"
            "此外，海州区第十五批科技镇长团牵线促成连云港恒瑞机械有限公司与江苏海洋大学签订技术开发合同。"
            "今年以来，全市共组织产学研对接活动126场，签订产学研合作项目312项。副市长王志强出席，市科技局副局长张路说，成果丰硕。")
    out = run(text)
    team = "海州区第十五批科技镇长团"
    assert (team, "brokered", "南京理工大学") not in facts(out)
    assert (team, "brokered", "连云港恒瑞机械有限公司") in facts(out)
    figs = {(f["s"], f["value"]) for f in out["figures"]}
    assert ("连云港市科技局", 126) in figs and ("连云港市科技局", 312) in figs
    assert {"王志强", "张路"} <= names(out, "Person")


def test_institution_in_brackets_and_co_built_platforms():
    text = ("兴化市第十五批科技镇长团团长、兴化市副市长周建（南京大学）主持会议，团员陈静（扬州大学）参加。"
            "在镇长团牵线下，南京工业大学与兴化经济开发区共建新材料产业研究院。")
    out = run(text)
    team = "兴化市第十五批科技镇长团"
    assert ("周建", "affiliatedWith", "南京大学") in facts(out)
    assert ("陈静", "affiliatedWith", "扬州大学") in facts(out)
    assert (team, "memberInstitution", "扬州大学") in facts(out)
    assert ("新材料产业研究院", "hostedBy", "南京工业大学") in facts(out)
    assert ("新材料产业研究院", "locatedIn", "兴化经济开发区") in facts(out)


def test_a_list_joined_by_he_is_not_a_cooperation_pair():
    text = ("宝应县第十五批科技镇长团共有团员8人。依托后方单位南京邮电大学、江苏科技大学和河海大学，"
            "镇长团组织企业开展产学研对接，推动宝应县人民政府与南京邮电大学签订校地合作框架协议。")
    out = run(text)
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("江苏科技大学", "河海大学")) not in pairs
    assert frozenset(("宝应县政府", "南京邮电大学")) in pairs
    assert ("宝应县第十五批科技镇长团", "memberInstitution", "河海大学") in facts(out)
    assert not out["figures"]


def test_university_side_articles_titles_after_names_and_the_provincial_programme():
    text = ("我校12名教师入选江苏省第十五批科技镇长团。其中，机械工程学院王海涛教授挂任昆山市科技镇长团副团长，"
            "材料学院李娜副教授挂职张家港市。我校累计选派120余人次。")
    out = run(text)
    assert {"王海涛", "李娜"} <= names(out, "Person")
    teams = names(out, "Team")
    assert "江苏省第十五批科技镇长团" not in teams
    assert not any(e["name"] == "江苏省第十五批科技镇长团" or "江苏省第十五批科技镇长团" in e["aliases"]
                   for e in out["entities"])
    assert not out["figures"]


def test_a_zone_has_its_own_team():
    text = "苏州工业园区第十五批科技镇长团走访了苏州瑞华医疗器械有限公司。团员来自复旦大学。"
    out = run(text)
    team = "苏州工业园区第十五批科技镇长团"
    assert team in names(out, "Team")
    assert (team, "servesIn", "苏州工业园区") in facts(out)
    assert (team, "visited", "苏州瑞华医疗器械有限公司") in facts(out)
    assert (team, "memberInstitution", "复旦大学") in facts(out)


def test_companies_a_team_brokered_for_are_in_its_place_unless_named_elsewhere():
    text = ("在姜堰区第十五批科技镇长团推动下，泰州华科机械有限公司、南京宏图电子有限公司与江南大学签订技术开发合同。"
            "姜堰区位于泰州市。")
    out = run(text)
    assert ("泰州华科机械有限公司", "locatedIn", "姜堰区") in facts(out)
    assert ("南京宏图电子有限公司", "locatedIn", "姜堰区") not in facts(out)


def test_a_field_word_inside_a_longer_name_is_not_a_focus():
    text = "淮安高新区获批国家船舶海工科技成果产业化基地，重点发展新能源汽车、智能装备两大主导产业。"
    out = run(text)
    fields = {o for _, p, o in facts(out, "hasField")}
    assert "船舶" not in fields
    assert {"新能源汽车", "智能装备"} <= fields


def test_threads_extracting_different_articles_do_not_mix_state():
    """Per-article state (positions protected inside place names) is per thread: threads reading
    different articles at once get what one thread reading them in turn gets."""
    from concurrent.futures import ThreadPoolExecutor

    from conftest import SEEDS
    from kg.ingest import read_article

    articles = [read_article(p) for p in sorted(SEEDS.iterdir())] * 3
    alone = [extract_article(a) for a in articles]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, so their work interleaves
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(extract_article, articles))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone


# --- patterns found by probing the genre ----------------------------------------
#
# Each test's sentences are written for it (invented or gazetteer names, never the seeds'),
# after an article written to probe the genre showed the extractor missing the pattern.

def test_a_company_name_holding_a_word_that_may_sit_inside_names():
    out = run("团员走访江苏华亿细胞组织工程有限公司。扬州市科技局组织南京华科电子有限公司参加对接会。"
              "科技镇长团还推动华为技术有限公司与东南大学开展合作，江苏某某等公司参加。")
    assert {"江苏华亿细胞组织工程有限公司", "南京华科电子有限公司", "华为技术有限公司"} <= names(out, "Enterprise")
    assert not {n for n in names(out, "Enterprise") if n.endswith("等公司")}
    assert not {n for n in names(out, "Enterprise") if n.startswith(("工程", "扬州市科技局"))}



def test_a_brand_with_a_stop_word_keeps_it_after_a_team_and_in_a_branch_name():
    """大为 holds the stop word 为: the walk left only a generic core, and a rule that runs a
    company's name back to a place took in the team and its visit (泰兴市团走访大为…)."""
    out = run("泰兴市科技镇长团走访大为技术有限公司，双方开展交流。"
              "团员还走访了大为技术有限公司南通分公司，与南通大学对接。")
    companies = names(out, "Enterprise")
    assert {"大为技术有限公司", "大为技术有限公司南通分公司"} <= companies
    assert not {n for n in companies if "团" in n or "走访" in n or n.startswith("技术")}
    assert ("泰兴市科技镇长团", "visited", "大为技术有限公司") in facts(out, "visited")

def test_names_that_start_with_a_numeral_character_are_names():
    # 六合, 三江, 首都, 四川, 三一 start with characters that also count things (六家, 首批)
    text = ("六合区举行签约仪式，六合美博电气有限公司与佳木斯大学签约，三一重工股份有限公司参加。"
            "首都师范大学六合技术转移分中心、三江学院六合技术转移分中心揭牌。3家企业签约。"
            "团员推动南京林业大学与竹镇镇共建“绿色家居产业创新服务站”。")
    out = run(text)
    assert {"六合美博电气有限公司", "三一重工股份有限公司"} <= names(out, "Enterprise")
    assert {"首都师范大学六合技术转移分中心", "三江学院六合技术转移分中心", "绿色家居产业创新服务站"} <= names(out, "Platform")
    assert not {n for n in names(out) if n.startswith("3家")}


def test_one_company_respectively_with_several_is_paired_with_each():
    text = ("在泰兴市第十六批科技镇长团牵线下，江苏某某药业股份有限公司分别与中国药科大学、南京中医药大学签署合作协议。"
            "甲镇、乙镇以及某某新材等企业分别与东南大学、河海大学等高校建立了党建联盟。"
            "泰兴某某电气有限公司、江苏某某纺织科技有限公司分别与江南大学签约。")
    pairs = {frozenset((s, o)) for s, p, o in facts(run(text), "collaboratesWith")}
    assert frozenset(("泰兴某某电气有限公司", "江南大学")) in pairs
    assert frozenset(("江苏某某纺织科技有限公司", "江南大学")) in pairs
    assert frozenset(("江苏某某药业股份有限公司", "中国药科大学")) in pairs
    assert frozenset(("江苏某某药业股份有限公司", "南京中医药大学")) in pairs
    assert not {p for p in pairs if "东南大学" in p or "河海大学" in p}  # which with which is not said


def test_senders_listed_before_houfang_gaoxiao_and_not_the_partners_after():
    text = ("启东市第十六批科技镇长团依托南京大学、河海大学等后方高校，推动江苏某某海洋工程有限公司与南京大学共建研究中心，"
            "帮助启东某某重工有限公司解决技术难题。团员分别来自苏州大学、江苏省农业科学院，以及南京林业大学。")
    out = run(text)
    team = "启东市第十六批科技镇长团"
    got = {o for s, p, o in facts(out, "memberInstitution") if s == team}
    assert got == {"南京大学", "河海大学", "苏州大学", "江苏省农业科学院", "南京林业大学"}


def test_shi_keji_zhenzhangtuan_is_the_citys_team():
    text = ("盐城市第十六批科技镇长团工作推进会召开。副市长、市科技镇长团团长周某某出席。"
            "东台市科技镇长团团长吴某某介绍了东台团的做法。市科技局局长郑某某讲话。"
            "全市科技镇长团共走访企业1800余家次。本批科技镇长团共96人。")
    out = run(text)
    city, county = "盐城市第十六批科技镇长团", "东台市第十六批科技镇长团"
    assert ("周某某", "leads", city) in facts(out)
    assert ("吴某某", "leads", county) in facts(out)
    figs = {(f["s"], f["indicator"], f["value"]) for f in out["figures"]}
    assert figs == {(city, "走访企业", 1800)}  # the city team's, and its size is no outcome


def test_gaodeng_is_no_list_end_and_fenbu_zai_opens_a_field_list():
    text = ("在科技镇长团的推动下，南京大学苏州高等研究院与苏州某某智能科技有限公司签署合作协议。"
            "如东县第十六批科技镇长团介绍，目前全县共有省产业教授12名，分布在装备制造、新材料、纺织等重点产业。")
    out = run(text)
    assert "南京大学苏州高等研究院" in names(out, "Platform")
    assert {"装备制造", "新材料", "纺织"} <= names(out, "Field")
    assert not {n for n in names(out, "Field") if n.startswith("分布")}


def test_a_team_that_signs_itself_is_a_party_not_a_broker():
    text = ("句容市第十六批科技镇长团党支部与南京农业大学园艺学院党委开展主题党日活动，并签订党建联建协议。"
            "团员们参观了江苏某某农业科技有限公司。在科技镇长团牵线下，南京农业大学已与句容8家企业签订技术合同。")
    out = run(text)
    team = "句容市第十六批科技镇长团"
    assert (team, "collaboratesWith", "南京农业大学园艺学院") in facts(out)
    assert (team, "brokered", "南京农业大学园艺学院") not in facts(out)
    assert (team, "visited", "江苏某某农业科技有限公司") in facts(out)
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("南京农业大学", "句容市")) not in pairs  # 与句容8家企业: the firms, not the city


def test_members_named_after_guazhi_brackets_de_chains_and_titles():
    text = ("新吴区第十六批科技镇长团副团长、新吴区科技局副局长（挂职）吕一帆介绍了情况。"
            "新吴区第十六批科技镇长团成员、挂职硕放街道副主任的江南大学理学院副教授严明宇走访企业。"
            "来自南京师范大学中北学院的团员高兰博士牵头组建专家服务团。")
    out = run(text)
    team = "新吴区第十六批科技镇长团"
    assert {("吕一帆", "memberOf", team), ("严明宇", "memberOf", team), ("高兰", "memberOf", team)} <= facts(out)
    assert ("严明宇", "affiliatedWith", "江南大学理学院") in facts(out)
    assert ("高兰", "affiliatedWith", "南京师范大学中北学院") in facts(out)
    assert "高兰博" not in names(out)


def test_a_partner_the_text_names_only_in_short_leaves_the_others_unpaired():
    # 纳米所 is unknown: the group rule must not pair the company with the zone instead
    text = ("在吴中区第十六批科技镇长团推动下，苏州某某电子化学品有限公司与纳米所签订了联合开发协议，"
            "吴中经济技术开发区与纳米所就共建创新中心达成初步意向。")
    pairs = {frozenset((s, o)) for s, p, o in facts(run(text), "collaboratesWith")}
    assert frozenset(("苏州某某电子化学品有限公司", "吴中经济技术开发区")) not in pairs


def test_two_pairs_in_one_list_stay_two_pairs():
    text = ("在丹徒区第十六批科技镇长团牵线下，江苏科技大学与镇江某某螺旋桨有限公司、"
            "南京航空航天大学与江苏某某醋业股份有限公司分别签订了产学研合作协议。")
    pairs = {frozenset((s, o)) for s, p, o in facts(run(text), "collaboratesWith")}
    assert pairs == {frozenset(("江苏科技大学", "镇江某某螺旋桨有限公司")),
                     frozenset(("南京航空航天大学", "江苏某某醋业股份有限公司"))}


@pytest.mark.parametrize("text, team, city_team", [
    ("江苏省第十六批科技镇长团扬州团在邗江区召开会议。", "扬州市第十六批科技镇长团", None),
    ("第十六批省科技镇长团高邮团团长周某出席。", "高邮市第十六批科技镇长团", None),
    ("扬州市第十六批科技镇长团邗江分团走访企业。", "邗江区第十六批科技镇长团", "扬州市第十六批科技镇长团"),
])
def test_team_names_with_the_province_in_front_or_a_sub_team_behind(text, team, city_team):
    out = run(text)
    assert team in names(out, "Team")
    assert not {n for n in names(out, "Team") if n.startswith("江苏省")}
    if city_team:
        assert (team, "partOf", city_team) in facts(out)


def test_cas_institutes_take_the_full_name_and_a_city_zone_is_not_the_districts():
    text = ("溧水区第十六批科技镇长团走访企业。中科院南京土壤研究所专家参加。"
            "省产研院膜科学技术研究所落户南京江北新区。溧水经济开发区企业代表参加。")
    out = run(text)
    inst = next(e for e in out["entities"] if e["type"] == "ResearchInstitute" and "土壤" in e["name"])
    assert inst["name"] == "中国科学院南京土壤研究所" and "中科院南京土壤研究所" in inst["aliases"]
    assert ("南京江北新区", "locatedIn", "溧水区") not in facts(out)
    assert ("溧水经济开发区", "locatedIn", "溧水区") in facts(out)


def test_a_platform_named_after_a_company_is_hosted_by_it():
    text = ("在如皋市第十六批科技镇长团推动下，江苏某某机械有限公司院士工作站、"
            "如皋某某纺织有限公司博士后工作站相继揭牌。")
    out = run(text)
    for company in ("江苏某某机械有限公司", "如皋某某纺织有限公司"):
        assert company in names(out, "Enterprise")
    assert ("江苏某某机械有限公司院士工作站", "hostedBy", "江苏某某机械有限公司") in facts(out)
    assert ("如皋某某纺织有限公司博士后工作站", "hostedBy", "如皋某某纺织有限公司") in facts(out)


def test_a_generic_company_core_runs_back_to_its_place_and_activities_are_no_parks():
    text = ("近日，记者从淮安经济技术开发区获悉，淮安经开区第十六批科技镇长团累计促成校企合作项目35项。"
            "科技镇长团组织开展“高校院所进园区”系列活动12场。"
            "在科技镇长团的撮合下，淮安某某挖掘机械有限公司与淮阴工学院签订合作协议。")
    out = run(text)
    assert "淮安某某挖掘机械有限公司" in names(out, "Enterprise")
    assert "机械有限公司" not in names(out)
    assert not {n for n in names(out, "Locality") if "高校院所" in n}
    # 获悉 is no 获; 淮安经开区 is the 淮安经济技术开发区 the article names
    assert {f["s"] for f in out["figures"] if f["value"] == 35} == {"淮安经济技术开发区第十六批科技镇长团"}


def test_member_units_are_no_person_and_topics_are_no_companies():
    text = ("靖江市第十六批科技镇长团牵头成立产业技术创新联盟，15家骨干企业成为首批成员单位。"
            "联盟将围绕绿色船舶、智能船舶等方向开展联合攻关。")
    out = run(text)
    assert "单位" not in names(out, "Person")
    assert not {n for n in names(out, "Enterprise") if n.endswith("船舶")}


def test_a_member_list_with_roles_colons_and_brackets():
    text = ("响水县第十六批科技镇长团成员名单\n"
            "团长：钱某某（南京理工大学教授，挂任响水县副县长）\n"
            "团员：孙某某（中国药科大学，挂任陈家港镇副镇长）、李某某（南京工业大学，挂任县科技局副局长）\n")
    out = run(text)
    team = "响水县第十六批科技镇长团"
    assert ("钱某某", "leads", team) in facts(out)
    for person, home in (("钱某某", "南京理工大学"), ("孙某某", "中国药科大学"), ("李某某", "南京工业大学")):
        assert (person, "memberOf", team) in facts(out)
        assert (person, "affiliatedWith", home) in facts(out)
        assert (team, "memberInstitution", home) in facts(out)


def test_committee_departments_and_offices_inside_a_body():
    text = ("邗江区第十六批科技镇长团召开会议。邗江区委常委、组织部部长赵某某出席。"
            "市委组织部人才工作处处长、四级调研员钱某某点评。")
    out = run(text)
    assert ("赵某某", "affiliatedWith", "邗江区委组织部") in facts(out)
    assert ("钱某某", "affiliatedWith", "扬州市委组织部") in facts(out)


def test_companies_that_settle_without_a_place_named_settle_in_the_teams():
    text = ("海门区第十六批科技镇长团成效明显。团员们招引南通某某精密仪器有限公司、江苏某某自动化技术有限公司注册落户，"
            "推动上海某某科技有限公司落户海门港新区。")
    out = run(text)
    for company in ("南通某某精密仪器有限公司", "江苏某某自动化技术有限公司"):
        assert (company, "locatedIn", "海门区") in facts(out)
    # a place named after the verb places it there instead: no default
    assert not any(r["rule"] == "settled-here" and r["s"] == "上海某某科技有限公司" for r in out["relations"])


def test_party_secretary_of_a_town_committee():
    text = "润州区第十六批科技镇长团开展共建。润州区和平镇党委副书记许某某、南京某某有限公司党支部书记周某某参加。"
    out = run(text)
    assert ("许某某", "affiliatedWith", "和平镇党委") in facts(out)
    assert ("周某某", "affiliatedWith", "南京某某有限公司") in facts(out)


@pytest.mark.parametrize("quotes", ["“”", '""'])
def test_quoted_platform_names_keep_the_words_inside_the_quotes(quotes):
    # 联合 is a stop word a name does not run left over, unless quotes enclose the name
    o, c = quotes
    text = f"在镇长团牵线下，江苏某某新能源科技有限公司与扬州大学化学化工学院签订合作协议，共建{o}储能材料联合研发中心{c}。"
    out = run(text)
    assert "储能材料联合研发中心" in names(out, "Platform")
    assert ("储能材料联合研发中心", "hostedBy", "扬州大学化学化工学院") in facts(out)


def test_a_zones_own_body_is_named_with_the_zone_and_placed_by_it():
    text = ("如皋市第十六批科技镇长团成员来自南通大学。"
            "团员、如皋港经济区管委会副主任王某某介绍，园区已与南通大学签订合作协议。")
    out = run(text)
    agency = "如皋港经济区管委会"
    assert agency in names(out, "GovernmentAgency")
    assert not {n for n in names(out, "GovernmentAgency") if n.endswith("区管委会") and n != agency}
    assert ("王某某", "affiliatedWith", agency) in facts(out)
    assert ("王某某", "memberOf", "如皋市第十六批科技镇长团") in facts(out)
    # the committee governs its zone, which is named in its name only: the zone is a place, in the city
    assert {(agency, "locatedIn", "如皋港经济区"), ("如皋港经济区", "locatedIn", "如皋市")} <= facts(out)
    assert ("如皋港经济区", "Locality") in {(e["name"], e["type"]) for e in out["entities"]}


def test_a_zones_bureau_is_not_where_its_zone_is_named():
    """…开发区经济发展局: a bureau of a zone is placed by its name's place; the zone is no place of
    its own unless the bureau is a party."""
    out = run("无锡市锡山区第十六批科技镇长团成员、锡山经济技术开发区经济发展局副局长钱某某走访企业。")
    assert "锡山经济技术开发区经济发展局" in names(out, "GovernmentAgency")
    assert "锡山经济技术开发区" not in names(out, "Locality")


def test_a_profile_names_its_member_without_a_role_word():
    text = ("【科技镇长风采】赵明远：扎根一线的科技副镇长\n"
            "赵明远是扬州大学机械工程学院的一名副教授。作为仪征市第十六批科技镇长团成员，他来到真州镇挂职。"
            "“企业最缺的是人才。”赵明远说。此后，赵明远还推动扬州大学与真州镇签订合作协议。"
            "镇党委书记钱立评价说，他是企业的贴心人。")
    out = run(text)
    team = "仪征市第十六批科技镇长团"
    assert {"赵明远", "钱立"} <= names(out, "Person")
    assert "钱立评" not in names(out)
    assert ("赵明远", "affiliatedWith", "扬州大学机械工程学院") in facts(out)
    assert ("赵明远", "memberOf", team) in facts(out)
    assert (team, "memberInstitution", "扬州大学") in facts(out)  # the school's university


def test_leader_named_by_tuanzhang_you_and_senders_before_xuanpai():
    text = ("泗洪县第十六批科技镇长团共8人，由南京信息工程大学、江苏大学等高校院所选派。"
            "团长由南京信息工程大学大气科学学院副院长孙文博担任，挂任泗洪县副县长。")
    out = run(text)
    team = "泗洪县第十六批科技镇长团"
    assert {(team, "memberInstitution", u) for u in ("南京信息工程大学", "江苏大学")} <= facts(out)
    assert ("孙文博", "leads", team) in facts(out)
    assert ("孙文博", "memberOf", team) in facts(out)


def test_a_secondment_to_a_local_post_is_team_membership():
    text = ("太仓市第十六批科技镇长团促成合作项目30项。挂任璜泾镇副镇长的苏州科技大学教授沈某某到任后走访企业。"
            "璜泾镇党委书记陆某某介绍了情况。")
    out = run(text)
    assert ("沈某某", "memberOf", "太仓市第十六批科技镇长团") in facts(out)
    assert ("陆某某", "memberOf", "太仓市第十六批科技镇长团") not in facts(out)  # a local official


@pytest.mark.parametrize("clause", [
    "江苏某某环保有限公司携手河海大学共建联合实验室",
    "河海大学、江苏某某环保有限公司两家单位签订技术合作合同",
])
def test_pairs_joined_by_xieshou_or_counted_as_two(clause):
    out = run(f"宜兴市第十六批科技镇长团成立。在科技镇长团推动下，{clause}。")
    team = "宜兴市第十六批科技镇长团"
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("江苏某某环保有限公司", "河海大学")) in pairs
    assert (team, "brokered", "河海大学") in facts(out)
    assert (team, "collaboratesWith", "河海大学") not in facts(out)  # the team brokered it, it did not join


def test_a_short_form_the_article_defines_names_the_full_entity_later():
    text = ("宜兴市第十六批科技镇长团成立。江苏某某环境科技股份有限公司（以下简称“某某环境”）与江南大学签订协议。"
            "团员们随后走访了某某环境。")
    out = run(text)
    company = next(e for e in out["entities"] if e["name"] == "江苏某某环境科技股份有限公司")
    assert "某某环境" in company["aliases"]
    assert "某某环境" not in names(out)  # not an entity of its own
    assert ("宜兴市第十六批科技镇长团", "visited", "江苏某某环境科技股份有限公司") in facts(out)


def test_each_figure_goes_to_the_team_named_last_before_it():
    text = ("常州市第十六批科技镇长团工作交流会召开。其中，武进团促成产学研合作项目35项，合同金额2100万元；"
            "新北团走访企业260家，金坛团引进博士12名。")
    figs = {(f["s"], f["value"]) for f in run(text)["figures"]}
    assert figs == {("武进区第十六批科技镇长团", 35), ("武进区第十六批科技镇长团", 21_000_000),
                    ("新北区第十六批科技镇长团", 260), ("金坛区第十六批科技镇长团", 12)}


def test_each_deal_goes_to_the_team_named_last_before_it():
    text = ("常州市第十六批科技镇长团工作交流会召开。新北团促成常州大学与常州某某电子有限公司签约，"
            "金坛团促成江苏理工学院与金坛某某机械有限公司签约。")
    brokered = {(s, o) for s, p, o in facts(run(text), "brokered")}
    assert brokered == {("新北区第十六批科技镇长团", "常州大学"), ("新北区第十六批科技镇长团", "常州某某电子有限公司"),
                        ("金坛区第十六批科技镇长团", "江苏理工学院"), ("金坛区第十六批科技镇长团", "金坛某某机械有限公司")}


def test_an_office_inside_a_university_names_the_university():
    text = ("在团长、南通大学科技处副处长陈晓峰的带领下，海安市第十五批科技镇长团扎实开展工作。"
            "团员、南京农业大学人事处副处长钱文涛介绍了情况。")
    out = run(text)
    team = "海安市第十五批科技镇长团"
    assert {("陈晓峰", "leads", team), ("陈晓峰", "affiliatedWith", "南通大学"),
            ("钱文涛", "affiliatedWith", "南京农业大学"), (team, "memberInstitution", "南通大学")} <= facts(out)


def test_bare_shi_in_a_county_level_city_article_is_that_city():
    out = run("海安市第十五批科技镇长团总结会召开。市委常委、组织部部长孙立新出席，市科技局局长顾晓东主持。")
    agencies = names(out, "GovernmentAgency")
    assert {"海安市委组织部", "海安市科技局"} <= agencies
    assert not {a for a in agencies if a.startswith("南通市")}


def test_a_renamed_university_is_found_under_its_former_name():
    out = run("海州区第十六批科技镇长团团长、淮海工学院副校长李振华表示，将继续推动合作。")
    uni = next(e for e in out["entities"] if e["name"] == "江苏海洋大学")
    assert "淮海工学院" in uni["aliases"]
    assert ("李振华", "leads", "海州区第十六批科技镇长团") in facts(out)


def test_a_platform_being_built_is_no_party_to_the_cooperation():
    text = ("海安市第十五批科技镇长团促成南京工业大学与江苏某某纺织股份有限公司共建先进纺织材料联合实验室。"
            "团员帮助企业与常州工学院共建精密制造工程技术研究中心，并在龙山村建立了科技示范基地。双方共建联合实验室。")
    out = run(text)
    platforms = names(out, "Platform")
    assert {"先进纺织材料联合实验室", "精密制造工程技术研究中心"} <= platforms
    assert not {p for p in platforms if p in ("联合实验室", "科技示范基地") or p.startswith("了")}
    assert ("精密制造工程技术研究中心", "hostedBy", "常州工学院") in facts(out)
    parties = {x for s, p, o in facts(out) if p in ("collaboratesWith", "brokered") for x in (s, o)}
    assert not parties & platforms


def test_a_village_after_its_town_is_a_locality_in_that_town():
    out = run("在盱眙县马坝镇龙山村的示范基地里，团员正在讲解。龙山村党总支书记孙红兵说。马坝镇新农村建设成效明显。")
    assert ("龙山村", "locatedIn", "马坝镇") in facts(out)
    assert "新农村" not in names(out) and "龙山村" in names(out, "Locality")


def test_name_ends_before_zuowei_and_the_member_is_placed_in_the_team():
    text = ("常州市金坛区第十六批科技镇长团成立。去年，常州工学院机械与车辆工程学院副教授杨帆作为第十六批科技镇长团成员，"
            "到该公司担任科技副总。“赵镇长带来的新技术，让我们增收。”")
    out = run(text)
    assert "杨帆" in names(out, "Person") and "杨帆作" not in names(out)
    assert ("杨帆", "memberOf", "金坛区第十六批科技镇长团") in facts(out)
    assert "赵镇" not in names(out)  # 赵镇长 is Mayor Zhao


def test_an_academy_institute_named_without_the_academy_is_the_same_institute():
    text = ("海州区科技镇长团走访了中国科学院大连化学物理研究所，就氢能、储能技术的产业化应用进行了交流。"
            "团长表示，将推动企业与大连化学物理研究所对接合作。")
    out = run(text)
    inst = next(e for e in out["entities"] if e["name"] == "中国科学院大连化学物理研究所")
    assert "大连化学物理研究所" in inst["aliases"] and "大连化学物理研究所" not in names(out)
    assert not {n for n in names(out, "Field") if n.startswith("就") or n.endswith("的")}


def test_joint_research_is_a_cooperation():
    text = "宿城区科技镇长团成立以来，在团员们的牵线下，西安交通大学与宿迁某某建设（集团）工程有限公司就装配式建筑开展联合研发。"
    pairs = {frozenset((s, o)) for s, p, o in facts(run(text), "collaboratesWith")}
    assert frozenset(("西安交通大学", "宿迁某某建设（集团）工程有限公司")) in pairs


def test_figure_indicators_without_lists_time_words_and_rates():
    text = ("海州区第十六批科技镇长团一行8人赴大连考察。今年以来，海州区科技镇长团帮助连云港某某纺机集团有限公司、"
            "江苏某某石化有限公司等企业解决技术难题23个，吸引了哈尔滨工业大学、西安交通大学等高校的35个科研团队揭榜。"
            "今年团队开展技术培训46场。“我们每亩增收800多元。”")
    figs = {(f["indicator"], f["value"]) for f in run(text)["figures"]}
    assert {("解决技术难题", 23), ("科研团队揭榜", 35), ("开展技术培训", 46)} <= figs
    assert not {v for _, v in figs if v in (8, 800)}  # a delegation's size, a rate per mu


def test_a_team_word_makes_the_team_the_subject_of_its_fields():
    text = "盱眙县科技镇长团团长、南京农业大学人事处副处长钱文涛介绍，今年团队围绕龙虾、稻米等特色产业开展服务。"
    has_field = {(s, o) for s, p, o in facts(run(text), "hasField")}
    # (特色产业: the county's industries too, as the seeds give 江阴市 its team's 特色优势产业)
    assert has_field == {(x, f) for x in ("盱眙县科技镇长团", "盱眙县") for f in ("龙虾", "稻米")}


def test_numbers_with_thousands_separators():
    text = "沛县科技镇长团促成5家企业与中国矿业大学签订协议，协议金额共计1,260万元，其中12,000元为首付,1名团员入选人才工程。"
    figs = {(f["indicator"], f["value"]) for f in run(text)["figures"]}
    assert ("协议金额", 12_600_000) in figs and ("首付", 12_000) in figs
    assert not {v for _, v in figs if v in (0, 260)}
    assert 1 in {v for _, v in figs}  # a number after an ASCII comma between clauses is still read


def test_a_person_who_takes_a_team_role():
    text = ("江南大学23名教师入选。其中，机械工程学院教授刘刚担任宜兴市第十六批科技镇长团团长，"
            "食品学院副教授王琳琳担任滨海县第十六批科技镇长团副团长。")
    out = facts(run(text))
    assert {("刘刚", "leads", "宜兴市第十六批科技镇长团"), ("刘刚", "memberOf", "宜兴市第十六批科技镇长团"),
            ("王琳琳", "memberOf", "滨海县第十六批科技镇长团")} <= out
    assert ("王琳琳", "leads", "滨海县第十六批科技镇长团") not in out


def test_an_office_named_yuan_inside_a_university_and_a_name_ending_before_ze():
    text = ("江宁区第十六批科技镇长团团长、东南大学科研院副院长黄建平介绍了情况。"
            "团员、江苏科技大学苏州理工学院副教授马丽则牵头组建了产业技术创新联盟。")
    out = run(text)
    assert ("黄建平", "leads", "江宁区第十六批科技镇长团") in facts(out)
    assert ("黄建平", "affiliatedWith", "东南大学") in facts(out)
    assert "马丽" in names(out, "Person") and "马丽则" not in names(out)


def test_platforms_named_after_their_cue_and_kinds_that_are_counted():
    text = ("昆山市科技镇长团推动苏州大学与昆山某某光电有限公司共建新型显示联合研发中心，"
            "协助企业申报江苏省研究生工作站18家，先后成立省级科技金融服务中心。双方共建新型研发中心。")
    platforms = names(run(text), "Platform")
    assert "新型显示联合研发中心" in platforms
    assert not platforms & {"江苏省研究生工作站", "省级科技金融服务中心", "新型研发中心"}


def test_quoted_roles_and_member_lists_are_not_fields():
    text = ("昆山团以“科技副总”“产业教授”为抓手，帮助企业申报高新技术企业56家。"
            "团员、江苏科技大学苏州理工学院副教授马丽牵头组建了昆山市智能制造产业技术创新联盟。")
    fields = names(run(text), "Field")
    assert not fields & {"科技副总", "产业教授", "团员"}


def test_a_team_party_branch_allies_with_each_listed_body():
    text = ("溧水区科技镇长团党支部自成立以来，已与南京农业大学园艺学院党委、江苏省农业科学院休闲农业研究所党支部等"
            "6个基层党组织建立结对共建关系。")
    out = facts(run(text))
    team = "溧水区科技镇长团"
    assert {(team, "collaboratesWith", "南京农业大学园艺学院"),
            (team, "collaboratesWith", "江苏省农业科学院休闲农业研究所")} <= out
    assert not {f for f in out if f[1] == "brokered"}


def test_a_co_built_institute_and_what_the_institute_then_focuses_on():
    text = ("中国矿业大学沛县产业研究院揭牌。该研究院由中国矿业大学与沛县人民政府共同建设，是沛县第十六批科技镇长团牵线促成的项目。"
            "研究院将围绕煤矿装备、新能源、新材料等产业，开展关键技术攻关。")
    out = facts(run(text))
    assert ("中国矿业大学", "collaboratesWith", "沛县政府") in out
    assert {("中国矿业大学沛县产业研究院", "hasField", f) for f in ("煤矿装备", "新能源", "新材料")} <= out


def test_a_county_team_short_form_before_juji_and_its_figures():
    text = ("无锡市第十六批科技镇长团交流会召开。江阴团聚焦高端纺织、特钢新材料产业，促成产学研合作项目28项；"
            "锡山团走访企业160家。")
    out = run(text)
    assert "江阴市第十六批科技镇长团" in names(out, "Team")
    figs = {(f["s"], f["value"]) for f in out["figures"]}
    assert ("江阴市第十六批科技镇长团", 28) in figs and ("锡山区第十六批科技镇长团", 160) in figs
    assert ("江阴市第十六批科技镇长团", "hasField", "高端纺织") in facts(out)


def test_a_defined_short_form_holding_a_field_name_and_an_office_inside_a_company():
    text = ("走进常州某某碳纤维科技股份有限公司（以下简称“某某碳纤维”）的车间。某某碳纤维研发部负责人周建国说，"
            "在新北区第十五批科技镇长团牵线下，北京化工大学与某某碳纤维签订了技术开发合同，还共建了研究生工作站。")
    out = run(text)
    company = "常州某某碳纤维科技股份有限公司"
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("北京化工大学", company)) in pairs
    assert ("周建国", "affiliatedWith", company) in facts(out)
    assert "研究生工作站" not in names(out, "Platform")


def test_a_name_before_qianxian_and_a_headline_figure_told_again():
    text = ("涟水县科技镇长团：三年引进项目12个\n截至目前，涟水县第十五批科技镇长团共引进落户科技项目12个，总投资5.6亿元。"
            "团员、南京工业大学生物与制药工程学院副教授李明牵线引进的江苏某某生物科技有限公司，预计年产值可达3亿元。")
    out = run(text)
    assert "李明" in names(out, "Person") and "李明牵" not in names(out)
    twelve = [f for f in out["figures"] if f["value"] == 12]
    assert [f["indicator"] for f in twelve] == ["引进落户科技项目"]
    assert "预计年产值" in {f["indicator"] for f in out["figures"]}


def test_this_batchs_members_make_the_team_the_subject_of_its_fields():
    text = "如皋市第十六批科技镇长团成立。据了解，本批团员将在如皋挂职一年，重点围绕新能源汽车、生命健康等产业开展科技服务。"
    has_field = {(s, o) for s, p, o in facts(run(text), "hasField")}
    assert has_field == {("如皋市第十六批科技镇长团", "新能源汽车"), ("如皋市第十六批科技镇长团", "生命健康")}


def test_a_platform_is_hosted_by_the_pair_that_builds_it_in_its_clause():
    text = ("在苏州工业园区第十六批科技镇长团的推动下，博世汽车部件（苏州）有限公司与西交利物浦大学签订了人才培养协议，"
            "某某（中国）有限公司与苏州大学机电工程学院共建了气动技术联合实验室。")
    hosts = {o for s, p, o in facts(run(text), "hostedBy") if s == "气动技术联合实验室"}
    assert hosts == {"某某（中国）有限公司", "苏州大学机电工程学院"}  # (not the pair of the clause before)


def test_guests_from_institutions_are_not_the_teams_members():
    text = ("苏州工业园区科技镇长团团长、苏州大学科学技术研究部部长王志强介绍，团队组织了系列活动，"
            "吸引了来自中国科学院苏州纳米技术与纳米仿生研究所等单位的专家参加。团员分别来自东南大学、河海大学。")
    out = facts(run(text))
    members = {o for s, p, o in out if p == "memberInstitution"}
    assert {"苏州大学", "东南大学", "河海大学"} <= members
    assert "中国科学院苏州纳米技术与纳米仿生研究所" not in members
    assert ("王志强", "affiliatedWith", "苏州大学") in out  # a seven-character office


def test_a_party_secretary_of_a_district_committee():
    out = facts(run("南京大学副校长王振林，武进区委书记、区长周斌出席签约仪式并致辞。"))
    assert ("周斌", "affiliatedWith", "武进区委") in out


def test_a_team_made_of_experts_from_listed_institutions():
    text = ("去年6月，由南京航空航天大学、河海大学、盐城工学院等8所高校院所的9名专家组成的盐都区第十六批科技镇长团到任。"
            "科技镇长团协同区工信局、区行政审批局等部门，梳理重点企业技术需求230项。")
    out = run(text)
    team = "盐都区第十六批科技镇长团"
    assert {(team, "memberInstitution", u) for u in ("南京航空航天大学", "河海大学", "盐城工学院")} <= facts(out)
    assert {f["value"] for f in out["figures"]} == {230}  # the team's make-up is no outcome
    assert "盐都区行政审批局" in names(out, "GovernmentAgency")


def test_two_batches_of_one_place_are_two_teams():
    text = ("高淳区召开第十五批、第十六批科技镇长团交接座谈会。会上，第十五批科技镇长团团长、南京林业大学教授韩立新回顾了工作："
            "团队累计走访企业210家。第十六批科技镇长团团长、南京工程学院副教授朱永强表示，将接好“接力棒”。")
    out = run(text)
    assert {"高淳区第十五批科技镇长团", "高淳区第十六批科技镇长团"} <= names(out, "Team")
    assert ("韩立新", "leads", "高淳区第十五批科技镇长团") in facts(out)
    assert ("朱永强", "leads", "高淳区第十六批科技镇长团") in facts(out)
    assert {(f["s"], f["value"]) for f in out["figures"]} == {("高淳区第十五批科技镇长团", 210)}


def test_targets_and_the_teams_make_up_are_not_reported_outcomes():
    text = ("江都区第十六批科技镇长团团长赵东升说，我们团9名成员来自扬州大学、南京理工大学、江苏大学等6所高校，"
            "已对接虚拟现实企业4家，争取省重点研发计划项目2项，下一步力争再引进博士团队5个，计划再新增高企10家。")
    figs = {f["value"] for f in run(text)["figures"]}
    assert figs == {4, 2}


def test_gai_gongsi_names_the_company_named_last_and_no_alias():
    text = ("宿豫区第十六批科技镇长团团员丁为民发现，江苏某某农机有限公司的产品效率低，于是促成南京农业大学与该公司共建"
            "智能农机联合实验室。")
    out = run(text)
    company = next(e for e in out["entities"] if e["name"] == "江苏某某农机有限公司")
    assert "该公司" not in company.get("aliases", [])
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("南京农业大学", "江苏某某农机有限公司")) in pairs
    assert ("智能农机联合实验室", "hostedBy", "南京农业大学") in facts(out)


def test_a_field_list_opened_by_jinkou_and_a_pilot_base_that_names_nothing():
    text = ("仪征市第十六批科技镇长团到任以来，团队紧扣汽车及零部件、化工新材料等主导产业开展对接。"
            "江苏省产业技术研究院先进材料研究所与仪征某某新材料有限公司共建了中试基地。")
    out = run(text)
    assert {"汽车及零部件", "化工新材料"} <= names(out, "Field")
    assert not {f for f in names(out, "Field") if "团队" in f}
    assert "中试基地" not in names(out, "Platform")


def test_a_place_before_a_field_list_is_whose_industries_they_are():
    """围绕海安高端装备、新材料等主导产业: the first item is the field 高端装备 of the place before it."""
    out = run("启东市第十六批科技镇长团围绕启东生物医药、海工装备等主导产业开展对接服务。")
    fields = names(out, "Field")
    assert {"生物医药", "海工装备"} <= fields
    assert not {f for f in fields if f.startswith("启东")}
    assert ("启东市", "hasField", "生物医药") in facts(out, "hasField")


def test_a_pair_in_another_clause_than_fenbie_and_a_leader_at_the_head_of_a_visit():
    text = ("在海门区第十六批科技镇长团牵线下，江苏某某化工有限公司与华东理工大学签订产学研合作协议，"
            "江苏某某机械有限公司、南通某某装备股份有限公司分别与上海理工大学签约。"
            "句容市第十六批科技镇长团团长、江苏大学农业工程学院副院长毛罕平带队，先后走访了句容市宏远电气有限公司和镇江市农业科学院。"
            "今年以来句容团已累计上门服务企业86家次。")
    out = run(text)
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("江苏某某化工有限公司", "华东理工大学")) in pairs
    assert frozenset(("江苏某某机械有限公司", "上海理工大学")) in pairs
    visits = {(s, o) for s, p, o in facts(out, "visited")}
    team = "句容市第十六批科技镇长团"
    assert {(team, "句容市宏远电气有限公司"), (team, "镇江市农业科学院")} <= visits
    assert "镇江市农业科学院" in names(out, "ResearchInstitute")
    assert ("上门服务企业", 86) in {(f["indicator"], f["value"]) for f in out["figures"]}


def test_the_pair_before_builds_what_both_sides_then_build():
    text = ("5月20日，南京理工大学与江苏某某智能装备有限公司签署战略合作协议，双方将共建“智能装备联合研究院”。"
            "栖霞区第十六批科技镇长团团员、南京师范大学计算机与电子信息学院教授吴晓燕牵头组建了栖霞区人工智能产业创新联盟。")
    out = facts(run(text))
    assert ("智能装备联合研究院", "hostedBy", "南京理工大学") in out
    assert not {o for s, p, o in out if p == "brokered" and o.startswith("南京师范大学")}


def test_a_person_who_takes_a_role_in_the_articles_team():
    text = ("建湖县第十六批科技镇长团召开全体会议，宣布了组成人员：南京工业大学教授许志宏任团长，"
            "盐城工学院副教授张丽华任副团长兼秘书长，张丽华还任临时党支部书记。")
    out = facts(run(text))
    team = "建湖县第十六批科技镇长团"
    assert {("许志宏", "leads", team), ("许志宏", "memberOf", team), ("张丽华", "memberOf", team)} <= out
    assert ("张丽华", "leads", team) not in out


def test_a_short_form_in_brackets_after_a_company_names_it_later():
    text = ("如东县第十六批科技镇长团走访了江苏某某恒阳化纤有限公司（某某恒阳）、南通醋酸纤维有限公司等重点企业。"
            "在科技镇长团的推动下，某某恒阳与东华大学签订了联合研发协议。周建（南京大学）参加。")
    out = run(text)
    company = next(e for e in out["entities"] if e["name"] == "江苏某某恒阳化纤有限公司")
    assert "某某恒阳" in company["aliases"]
    assert not {n for n in names(out) if "）" in n or ")" in n}
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("江苏某某恒阳化纤有限公司", "东华大学")) in pairs


def test_a_platforms_kind_after_yu_names_the_platform_named_last():
    text = ("东南大学无锡分析测试中心揭牌。该市与中心城区融合发展，江苏某某电子有限公司与中心签订协议。"
            "中国矿业大学沛县产业研究院成立。徐州某某机械有限公司等5家企业与研究院签订了技术合作协议。")
    pairs = {frozenset((s, o)) for s, p, o in facts(run(text), "collaboratesWith")}
    assert frozenset(("江苏某某电子有限公司", "东南大学无锡分析测试中心")) in pairs
    assert frozenset(("徐州某某机械有限公司", "中国矿业大学沛县产业研究院")) in pairs
    assert not {p for p in pairs if any("城区" in x for x in p)}


def test_names_after_a_particle_of_rarer_surnames_and_before_laidao():
    text = ("挂职三厂工业园区副主任的张卫国博士来自江南大学食品学院。南京工业大学党委书记芮鸿岩出席。"
            "苏州大学教授王强来到凤凰镇。")
    out = run(text)
    persons = {e["name"] for e in out["entities"] if e["type"] == "Person"}
    assert {"张卫国", "芮鸿岩", "王强"} <= persons and "王强来" not in persons
    assert "三厂工业园区" in names(out) and "挂职三厂工业园区" not in names(out)
    assert {("张卫国", "affiliatedWith", "江南大学食品学院"), ("芮鸿岩", "affiliatedWith", "南京工业大学")} <= facts(out)


def test_a_person_who_arranges_a_deal_brokers_it():
    text = ("张家港市第十四批科技镇长团团长周晓峰介绍，“我们促成了一批合作项目。”"
            "苏州大学副研究员李明辉挂任凤凰镇副镇长。他邀请专家到镇里调研，并推动张家港市某某农业发展有限公司"
            "与苏州农业职业技术学院签订了合作协议。在他的牵线搭桥下，凤凰镇与苏州大学共建了乡村振兴工作站。"
            "经团员廖军军牵线搭桥，江苏某某通信器材有限公司与白城师范学院建立了稳定的合作关系。")
    out = facts(run(text), "brokered")
    assert {("李明辉", "张家港市某某农业发展有限公司"), ("李明辉", "苏州农业职业技术学院"), ("李明辉", "凤凰镇"),
            ("李明辉", "苏州大学"), ("廖军军", "江苏某某通信器材有限公司"), ("廖军军", "白城师范学院")} <= {
        (s, o) for s, p, o in out}
    assert not {s for s, p, o in out if s in ("周晓峰", "张家港市第十四批科技镇长团")}


def test_an_unnamed_firm_of_a_place_is_no_party():
    text = "海门区第十五批科技镇长团团员张卫国促成江南大学与海门某食品企业签订技术开发合同2项。"
    out = facts(run(text))
    assert not {o for s, p, o in out if p in ("collaboratesWith", "brokered") and o == "海门区"}
    assert ("张卫国", "brokered", "江南大学") in out


def test_a_university_institute_that_employs_a_researcher_is_its_unit():
    text = ("苏州大学功能纳米与软物质研究院副研究员李明辉挂任凤凰镇副镇长。"
            "东南大学无锡研究院与某某科技有限公司共建实验室。")
    out = run(text)
    unit = "苏州大学功能纳米与软物质研究院"
    assert {(e["name"], e["type"]) for e in out["entities"]} >= {(unit, "AcademicUnit"), ("东南大学无锡研究院", "Platform")}
    assert {("李明辉", "affiliatedWith", unit), (unit, "partOf", "苏州大学")} <= facts(out)


def test_a_zones_administrative_committee_stands_for_the_zone_in_a_deal():
    text = "泰兴市科技局局长王强出席。泰兴经济开发区管委会与南京工业大学化工学院签订人才培养合作协议。"
    out = run(text)
    assert ("泰兴经济开发区", "Locality") in {(e["name"], e["type"]) for e in out["entities"]}
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert pairs == {frozenset(("泰兴经济开发区", "南京工业大学化工学院"))}
    assert {("泰兴经济开发区管委会", "locatedIn", "泰兴经济开发区"), ("泰兴经济开发区", "locatedIn", "泰兴市")} <= facts(out)


def test_a_zone_teams_short_form_is_the_team():
    text = ("常州经开区第十五批科技镇长团召开会议。截至目前，经开区团已累计促成产学研合作项目38项。"
            "会上经开区团团长孙振华讲话。")
    out = run(text)
    team = next(e for e in out["entities"] if e["type"] == "Team")
    assert team["name"] == "常州经开区第十五批科技镇长团" and "经开区团" in team["aliases"]
    assert {e["name"] for e in out["entities"] if e["type"] == "Locality"} == {"常州经开区"}
    assert {(f["s"], f["indicator"], f["value"]) for f in out["figures"]} == {(team["name"], "促成产学研合作项目", 38)}


def test_lists_of_equal_length_on_both_sides_of_fenbie_pair_in_order():
    text = ("宿迁市第十五批科技镇长团工作成效显著。宿城区团、沭阳县团、泗阳县团分别与江南大学、南京林业大学、"
            "扬州大学共建产学研合作基地。江苏某某机械有限公司、江苏某某电子有限公司分别与东南大学、河海大学签订合作协议。"
            "江苏某某材料有限公司、江苏某某化工有限公司分别与南京大学、南京工业大学、扬州大学签订合作协议。")
    out = run(text)
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert pairs == {frozenset(p) for p in [
        ("宿城区第十五批科技镇长团", "江南大学"), ("沭阳县第十五批科技镇长团", "南京林业大学"),
        ("泗阳县第十五批科技镇长团", "扬州大学"), ("江苏某某机械有限公司", "东南大学"), ("江苏某某电子有限公司", "河海大学")]}
    assert "产学研合作基地" not in names(out)


def test_a_cue_word_inside_a_name_states_nothing_and_a_platform_founded_by_a_pair():
    text = ("东台市第十五批科技镇长团成员全部到岗。团员帮助东台市绿源果蔬专业合作社、东台市新曹农场等经营主体"
            "解决技术难题15个。江苏省产业教授、南京理工大学自动化学院教授孙立新受聘常州星宇车灯股份有限公司。"
            "东台市智能装备研究院由南通大学和江苏某某机械有限公司联合成立。")
    out = run(text)
    assert {"东台市绿源果蔬专业合作社", "东台市新曹农场"} <= names(out, "Enterprise")
    assert "常州星宇车灯股份有限公司" in names(out, "Enterprise") and "全部" not in names(out)
    assert ("孙立新", "affiliatedWith", "南京理工大学自动化学院") in facts(out)
    brokered = {o for s, p, o in facts(out, "brokered")}
    assert not brokered & {"东台市绿源果蔬专业合作社", "东台市新曹农场"}
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert pairs == {frozenset(("南通大学", "江苏某某机械有限公司"))}
    assert ("东台市智能装备研究院", "hostedBy", "南通大学") in facts(out)


def test_members_listed_one_per_line():
    text = ("高邮市第十六批科技镇长团成员全部到岗。成员名单如下：\n"
            "钱丽华，南京农业大学动物科技学院教授，挂任界首镇副镇长；\n"
            "2. 眭晓燕（中国科学院南京地理与湖泊研究所副研究员），挂任临泽镇副镇长。\n"
            "会议强调，江苏大学、扬州大学要做好保障。")
    out = run(text)
    team = "高邮市第十六批科技镇长团"
    assert names(out, "Person") == {"钱丽华", "眭晓燕"}
    assert {("钱丽华", "affiliatedWith", "南京农业大学动物科技学院"), ("钱丽华", "memberOf", team),
            ("眭晓燕", "affiliatedWith", "中国科学院南京地理与湖泊研究所"), ("眭晓燕", "memberOf", team),
            (team, "memberInstitution", "南京农业大学")} <= facts(out)


def test_brokering_stated_as_a_plan_is_not_reported_as_done():
    text = ("昆山市第十六批科技镇长团成立。团员陈思远表示，将推动西交利物浦大学与更多外资企业开展合作。"
            "科技镇长团推动南京大学与昆山某某电子有限公司开展合作。")
    out = {o for s, p, o in facts(run(text), "brokered")}
    assert out == {"南京大学", "昆山某某电子有限公司"}


def test_a_teams_party_branch_among_three_parties_and_a_platform_built_with_a_government():
    text = ("盱眙县第十六批科技镇长团临时党支部、南京农业大学资源与环境科学学院党委、江苏某某龙虾产业集团有限公司党委"
            "三方签订党建共建协议。在他们的推动下，盐城工学院与弶港镇人民政府共建“西兰花产业研究院”。")
    out = facts(run(text))
    team = "盱眙县第十六批科技镇长团"
    pairs = {frozenset((s, o)) for s, p, o in out if p == "collaboratesWith"}
    assert {frozenset((team, "南京农业大学资源与环境科学学院")), frozenset((team, "江苏某某龙虾产业集团有限公司")),
            frozenset(("南京农业大学资源与环境科学学院", "江苏某某龙虾产业集团有限公司"))} <= pairs
    assert not {o for s, p, o in out if p == "brokered" and o != "弶港镇政府" and o != "盐城工学院"}
    assert {("西兰花产业研究院", "hostedBy", "盐城工学院"), ("西兰花产业研究院", "locatedIn", "弶港镇")} <= out


def test_shuangfang_names_the_pair_named_last_and_a_province_designation_is_no_platform():
    text = ("南京理工大学自动化学院与常州某某车灯股份有限公司已合作多年，共建了江苏省研究生工作站。"
            "在常州市武进区第十六批科技镇长团的推动下，双方进一步签订了智能车灯联合研发协议。"
            "武进团积极推动常州市与南大开展全面合作，双方签署校地战略合作框架协议。")
    out = run(text)
    team = "武进区第十六批科技镇长团"
    brokered = {o for s, p, o in facts(out, "brokered") if s == team}
    assert {"南京理工大学自动化学院", "常州某某车灯股份有限公司"} <= brokered
    assert not {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")} - {
        frozenset(("南京理工大学自动化学院", "常州某某车灯股份有限公司")), frozenset(("常州市", "南京大学"))}
    assert not names(out, "Platform")


def test_a_helped_firm_leaves_the_indicator_and_sub_teams_are_no_outcome():
    text = ("淮安市第十六批科技镇长团4个县区团、32名成员到岗以来，累计走访企业860家。"
            "科技镇长团协助江苏某某新能源科技股份有限公司成功申报省级工程技术研究中心1家。")
    out = {(f["indicator"], f["value"]) for f in run(text)["figures"]}
    assert out == {("走访企业", 860), ("申报省级工程技术研究中心", 1)}


def test_visiting_doctors_a_member_sent_to_a_company_and_bare_company_and_institute():
    text = ("由扬州市江都区第十六批科技镇长团组织的“博士江都行”活动举行，来自东南大学、河海大学等高校的30余名博士走进江都。"
            "武进区第十五批科技镇长团团员、常州大学副教授黄蓓被选派到江苏某某微透科技股份有限公司担任科技副总。"
            "她牵线常州大学与公司共建了“先进膜材料联合实验室”。"
            "在团员、江苏科技大学教授孙浩的推动下，戴南镇与江苏科技大学签订了合作协议，并联合建设了“戴南不锈钢产业技术研究院”。"
            "南京航空航天大学无锡研究院揭牌。研究院由南京航空航天大学、梁溪区人民政府、某某发展集团有限公司三方共同建设。")
    out = run(text)
    got = facts(out)
    assert not names(out, "Person") - {"黄蓓", "孙浩"}
    assert not {o for s, p, o in got if p == "memberInstitution"} - {"常州大学", "江苏科技大学"}
    company = "江苏某某微透科技股份有限公司"
    assert {("黄蓓", "brokered", company), ("先进膜材料联合实验室", "hostedBy", "常州大学"),
            ("孙浩", "brokered", "戴南镇"), ("戴南不锈钢产业技术研究院", "hostedBy", "江苏科技大学"),
            ("南京航空航天大学无锡研究院", "locatedIn", "梁溪区")} <= got
    pairs = {frozenset((s, o)) for s, p, o in got if p == "collaboratesWith"}
    assert frozenset(("常州大学", company)) in pairs
    assert not {p for p in pairs if "南京航空航天大学无锡研究院" in p}


def test_a_platform_after_time_words_reports_its_own_figures():
    text = ("泗阳县第十五批科技镇长团推动常州大学与公司共建河海大学（淮安）特种合金技术研究院。"
            "截至目前，河海大学（淮安）特种合金技术研究院已服务企业186家。"
            "牵线常州大学与江苏某某科技股份有限公司共建了“先进膜材料联合实验室”。截至目前，实验室已申请发明专利6项。")
    out = {(f["s"], f["indicator"], f["value"]) for f in run(text)["figures"]}
    assert out == {("河海大学（淮安）特种合金技术研究院", "服务企业", 186), ("先进膜材料联合实验室", "申请发明专利", 6)}


def test_short_forms_before_fenbie_a_role_inside_brackets_and_a_pronoun_that_visits():
    text = ("京口区第十六批科技镇长团推动苏大、南农分别与江苏某某电气有限公司、江苏某某醋业股份有限公司签订合作协议。"
            "团员周玉（女，1986年生，南京工业大学副教授）汇报了情况。她已走访江苏某某药业股份有限公司等企业15家。")
    out = facts(run(text))
    pairs = {frozenset((s, o)) for s, p, o in out if p == "collaboratesWith"}
    assert frozenset(("南京农业大学", "江苏某某醋业股份有限公司")) in pairs
    assert {("周玉", "affiliatedWith", "南京工业大学"), ("周玉", "visited", "江苏某某药业股份有限公司")} <= out


def test_a_short_form_before_its_full_name_in_brackets_is_its_alias():
    out = run("在京口区第十六批科技镇长团的牵线下，江大（江苏大学）与镇江某某电气有限公司签署了合作协议。")
    uni = next(e for e in out["entities"] if e["name"] == "江苏大学")
    assert "江大" in uni["aliases"]


def test_an_interviews_speaker_a_zones_own_team_and_counts_of_a_list():
    text = ("记者：本批科技镇长团有哪些特点？\n"
            "陈立平（句容市第十六批科技镇长团团长、南京林业大学科技处副处长）：我们这批团员共9人。\n"
            "镇江市科技镇长团工作交流会举行，丹阳市、句容市、镇江新区3个团的团长分别汇报了工作情况。"
            "镇江新区团推动江苏科技大学与中船某某镇江有限公司共建船舶动力联合实验室。"
            "常熟市第十六批科技镇长团联合常熟理工学院举办对接活动，苏州大学能源学院等5个学院的12位专家参加。")
    out = run(text)
    got = facts(out)
    assert {("陈立平", "leads", "句容市第十六批科技镇长团"), ("陈立平", "affiliatedWith", "南京林业大学")} <= got
    zone_team = next(e for e in out["entities"] if e["type"] == "Team" and "镇江新区团" in e.get("aliases", []))
    assert (zone_team["name"], "brokered", "中船某某镇江有限公司") in got
    assert not {n for n in names(out, "AcademicUnit") if "等" in n}
    assert not {s for s, p, o in got if p == "collaboratesWith" and "常熟市第十六批科技镇长团" in (s, o)}
    assert {(f["indicator"], f["value"]) for f in out["figures"] if f["value"] in (3, 5)} == set()


def test_a_team_that_takes_up_a_challenge_and_firms_of_a_place():
    text = ("宜兴市第十六批科技镇长团面向高校发布“揭榜挂帅”榜单。"
            "江南大学环境与土木工程学院团队揭榜宜兴市某某环保设备有限公司的难题，东南大学能源与环境学院团队揭榜"
            "江苏某某电缆有限公司的难题。在科技镇长团的推动下，同济大学等沪上高校与太仓企业合作日益紧密，"
            "同济大学与太仓某某装备有限公司共建了冷链装备联合研发中心，上海交通大学与某某（中国）有限公司开展了合作。"
            "某某公司与河海大学共建博士后科研工作站。")
    out = run(text)
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert {frozenset(("江南大学环境与土木工程学院", "宜兴市某某环保设备有限公司")),
            frozenset(("东南大学能源与环境学院", "江苏某某电缆有限公司")),
            frozenset(("同济大学", "太仓某某装备有限公司")), frozenset(("上海交通大学", "某某（中国）有限公司"))} <= pairs
    assert not {p for p in pairs if p & {"太仓市", "冷链装备联合研发中心"}}
    assert not {n for n in names(out, "Enterprise") if "大学" in n or "揭榜" in n}
    assert "博士后科研工作站" not in names(out)


def test_a_platforms_own_years_and_a_bare_school_after_yu():
    text = ("常州大学怀德学院靖江研究院成立三周年。三年来，研究院累计服务企业230家，合同金额2100余万元。"
            "溧阳市第十六批科技镇长团赴南京工业大学开展对接，江苏某某旅游股份有限公司与学校签订了合作协议。")
    out = run(text)
    assert {(f["s"], f["value"]) for f in out["figures"]} == {
        ("常州大学怀德学院靖江研究院", 230), ("常州大学怀德学院靖江研究院", 21000000)}
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert pairs == {frozenset(("江苏某某旅游股份有限公司", "南京工业大学"))}


def test_a_universitys_research_office_is_no_platform():
    text = ("邗江团团长、南京理工大学科学技术研究院副院长吴刚表示，将推动更多项目落地。"
            "考察团与浙江大学科学技术研究院负责人座谈交流。")
    out = run(text)
    assert not names(out, "Platform")
    assert ("吴刚", "affiliatedWith", "南京理工大学") in facts(out)


def test_a_universitys_own_news_names_it_as_wo_xiao():
    text = ("南京林业大学与溧水区深化校地合作\n"
            "我校选派的溧水区第十六批科技镇长团团长、化学工程学院教授许涛介绍，科技镇长团已推动我校与"
            "南京某某商贸旅游集团有限公司等8家企业建立了合作关系。我校科技镇长团成员共促成校地合作项目186项。")
    out = facts(run(text))
    team = "溧水区第十六批科技镇长团"
    assert {("许涛", "leads", team), (team, "memberInstitution", "南京林业大学"),
            (team, "brokered", "南京林业大学")} <= out
    pairs = {frozenset((s, o)) for s, p, o in out if p == "collaboratesWith"}
    assert frozenset(("南京林业大学", "南京某某商贸旅游集团有限公司")) in pairs


def test_a_dash_joins_two_names_and_an_institutes_short_form():
    text = ("“东南大学—江苏某润新材料科技有限公司先进复合材料联合实验室”在金坛区揭牌。"
            "苏州工业园区第十六批科技镇长团团员、中国科学院苏州纳米技术与纳米仿生研究所研究员马宁介绍，"
            "团队已促成纳米所与苏州某某医疗科技有限公司开展技术合作。园区团还协助西交利物浦大学开展对接。")
    out = run(text)
    assert "江苏某润新材料科技有限公司" in names(out, "Enterprise")
    assert not {n for n in names(out, "Enterprise") if "东南大学" in n}
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("中国科学院苏州纳米技术与纳米仿生研究所", "苏州某某医疗科技有限公司")) in pairs
    team = next(e for e in out["entities"] if e["type"] == "Team")
    assert "园区团" in team["aliases"]


def test_a_member_who_reaches_out_brokers_and_what_was_found_on_a_visit():
    text = ("溧阳市第十六批科技镇长团成立。团员唐国东主动对接南京大学智能装备研究团队，促成其与常州某星纺织有限公司"
            "签订技术服务合同。在走访中，团员发现某岳电气、某蓝电子等企业面临难题。团员冯怡永是辽宁石油化工大学"
            "自动驾驶方向的副教授。溧阳市第十六批科技镇长团由13名成员组成，其中博士6名、正高职称4名。")
    out = run(text)
    got = facts(out)
    team = "溧阳市第十六批科技镇长团"
    assert {("唐国东", "brokered", "南京大学"), ("唐国东", "brokered", "常州某星纺织有限公司"),
            ("常州某星纺织有限公司", "locatedIn", "溧阳市"), (team, "visited", "某岳电气"), (team, "visited", "某蓝电子"),
            ("冯怡永", "affiliatedWith", "辽宁石油化工大学")} <= got
    assert frozenset(("南京大学", "常州某星纺织有限公司")) in {frozenset((s, o)) for s, p, o in got if p == "collaboratesWith"}
    assert not out["figures"]


def test_a_list_of_partners_leaves_the_indicator_and_batches_sent_are_no_outcome():
    text = ("栖霞区第十三批科技镇长团成立。科技镇长团已在南京市连续派驻十五批。"
            "助力栖霞某岳光电科技有限公司与南京航空航天大学金城学院、长江大学签订产学研合作协议6份。")
    out = {(f["indicator"], f["value"]) for f in run(text)["figures"]}
    assert out == {("签订产学研合作协议", 6)}


def test_what_a_verb_and_de_count_stops_before_the_next_figure():
    text = ("如皋市第十六批科技镇长团团长周明表示，此次签约的5个项目总金额达1260万元。"
            "江苏林洋能源股份有限公司与河海大学、如皋市双马化工有限公司与南京工业大学分别签订了技术合作协议。")
    out = run(text)
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("签约项目", 5), ("项目总金额", 12600000)}
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert pairs == {frozenset(("江苏林洋能源股份有限公司", "河海大学")), frozenset(("如皋市双马化工有限公司", "南京工业大学"))}


def test_a_productivity_centre_that_builds_a_long_named_platform_with_a_zone():
    text = ("如皋市第十六批科技镇长团成立。其中，南通市生产力促进中心与如皋高新区联合建立长三角（如皋高新区）"
            "新能源与储能产业技术创新联合体，将提供平台保障。")
    out = run(text)
    platform = "长三角（如皋高新区）新能源与储能产业技术创新联合体"
    assert {(e["name"], e["type"]) for e in out["entities"]} >= {
        ("南通市生产力促进中心", "ResearchInstitute"), (platform, "Platform")}
    got = facts(out)
    assert {("如皋市第十六批科技镇长团", "brokered", "南通市生产力促进中心"), (platform, "hostedBy", "南通市生产力促进中心"),
            (platform, "locatedIn", "如皋高新区")} <= got


def test_a_platform_placed_by_its_sentence_is_not_placed_again_by_its_name():
    text = ("丹阳市第十六批科技镇长团成立。丹阳高新区设立了北航（丹阳）研究院等研究机构。"
            "由西浦与相城区政府共建的三江学院相城技术转移分中心正式揭牌。")
    located = {(s, o) for s, p, o in facts(run(text), "locatedIn")}
    assert ("北航（丹阳）研究院", "丹阳高新区") in located
    assert not {o for s, o in located if s == "北航（丹阳）研究院"} - {"丹阳高新区"}
    assert ("三江学院相城技术转移分中心", "相城区") in located


def test_a_description_is_no_platform_and_a_town_running_into_a_city_starts_no_zone():
    text = ("市科技局支持高新区与高校院所共建面向产业的新型研发机构。"
            "市科技局制定了《关于加快建设镇江苏南国家自主创新示范区的实施意见》。")
    out = run(text)
    assert not names(out, "Platform")
    assert not {n for n in names(out, "Locality") if n.startswith("建设")}


def test_a_hundred_and_more_is_a_figure_and_tens_is_none():
    text = "润州区第十四批科技镇长团累计发布科技成果百余项，组织专家教授对接走访企业数十家，引进人才千余名。"
    out = {(f["indicator"], f["value"], f.get("approx")) for f in run(text)["figures"]}
    assert out == {("发布科技成果", 100, "余"), ("引进人才", 1000, "余")}


def test_members_listed_in_a_tables_rows(tmp_path):
    page = tmp_path / "members.html"
    page.write_text("<html><head><meta charset='utf-8'><title>如东县第十六批科技镇长团成员名单</title></head><body>"
                    "<p>如东县第十六批科技镇长团成员如下：</p><table>"
                    "<tr><th>姓名</th><th>派出单位</th><th>挂职岗位</th></tr>"
                    "<tr><td>孙建国</td><td>河海大学</td><td>县政府副县长、团长</td></tr>"
                    "<tr><td>周文</td><td>江苏科技大学</td><td>洋口镇副镇长</td></tr></table></body></html>",
                    encoding="utf-8")
    from kg.extract import extract_article
    from kg.ingest import read_article

    out = extract_article(read_article(page))
    team = "如东县第十六批科技镇长团"
    got = {(r["s"], r["p"], r["o"]) for r in out["relations"]}
    assert {("孙建国", "affiliatedWith", "河海大学"), ("孙建国", "leads", team), ("周文", "memberOf", team),
            ("周文", "affiliatedWith", "江苏科技大学")} <= got
    assert ("周文", "leads", team) not in got


def test_a_team_name_in_quotes_a_role_that_lists_no_firm_and_the_visitor_out_of_the_indicator():
    text = ("睢宁县第十六批“科技镇长团”到任以来，积极对接高校资源。团长、中国矿业大学教授王磊带领团员先后走访"
            "徐州某宇光伏科技有限公司、江苏某鑫风能科技股份有限公司等企业40余家。")
    out = run(text)
    team = next(e for e in out["entities"] if e["type"] == "Team")
    assert team["name"] == "睢宁县第十六批科技镇长团" and not [a for a in team.get("aliases", []) if "“" in a]
    assert "团长" not in names(out)
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("走访企业", 40)}


def test_two_registered_names_are_two_firms_and_an_institutes_name_may_hold_ji():
    text = ("江苏省产业技术研究院先进金属材料及应用技术研究所与常州某某（集团）股份有限公司签订了联合创新中心共建协议。"
            "常州某某研究院（江苏）有限公司总经理陈晨出席。中科院专家来到常州某某工程研究院。")
    out = run(text)
    assert {"常州某某（集团）股份有限公司", "常州某某研究院（江苏）有限公司"} <= names(out, "Enterprise")
    assert names(out, "ResearchInstitute") >= {"江苏省产业技术研究院先进金属材料及应用技术研究所"}
    assert not {n for n in names(out, "ResearchInstitute") if "专家" in n}


def test_a_hospital_of_a_place_is_not_the_place_and_doctors_have_roles():
    text = ("在滨海县第十六批科技镇长团的推动下，南京医科大学第一附属医院与滨海县人民医院签署合作协议。"
            "团员、南京医科大学附属逸夫医院副主任医师王涛挂职滨海县卫健委副主任。")
    out = run(text)
    assert not {o for s, p, o in facts(out) if p in ("collaboratesWith", "brokered") and o == "滨海县"}
    assert ("王涛", "memberOf", "滨海县第十六批科技镇长团") in facts(out)


def test_a_member_who_comes_to_a_town_visits_what_they_survey_a_leader_with_the_team_too():
    text = ("阜宁县第十五批科技镇长团成立。1月25日，阜宁团团员、南昌航空大学科技学院教授赵军子来到阜城街道，"
            "调研阜宁某信汽车零部件科技有限公司的智能化改造项目。"
            "团长、区政府副区长陆建明带领团员深入临江新区，先后走访了南通某星电子股份有限公司。")
    out = facts(run(text), "visited")
    assert ("赵军子", "visited", "阜宁某信汽车零部件科技有限公司") in out
    assert ("阜宁县第十五批科技镇长团", "visited", "南通某星电子股份有限公司") in out
    # the leader who takes members there visits with the team (as independent writers give 带领 visits;
    # this test once held the leader out, keeping the rule before it, which no gold supported)
    assert ("陆建明", "visited", "南通某星电子股份有限公司") in out


def test_a_one_word_verb_takes_the_quoted_noun_and_where_after_the_figure():
    """选派15名“科技副总”到企业挂职: the indicator is what was sent where, not the bare verb."""
    out = run("今年以来，泰兴市第十六批科技镇长团选派15名“科技副总”到企业挂职，邀请12名专家到企业问诊。")
    got = {(f["indicator"], f["value"]) for f in out["figures"]}
    assert ("选派科技副总到企业挂职", 15) in got
    assert ("邀请专家到企业问诊", 12) in got


def test_a_universitys_own_news_names_itself_only_in_its_source_line(tmp_path):
    """我校 is the university whose news site the page is from (its 来源 line, which is no text),
    a bare school before a title is that university's, a later clause's 担任…团长 is the
    person's, and a post elsewhere is no membership of the article's team."""
    from kg.ingest import read_article

    page = tmp_path / "news.txt"
    page.write_text(
        "我校选派第十六批科技镇长团成员赴苏北挂职\n\n来源：江苏海洋大学新闻网　2024-03-12\n\n"
        "今年我校共选派6名教师赴连云港、宿迁等地挂职。\n\n"
        "海洋工程学院副教授韩青将挂任灌云县副县长，担任灌云县第十六批科技镇长团团长；"
        "食品科学与工程学院讲师许朗挂任宿迁市宿豫区科技局副局长。\n", encoding="utf-8")
    out = extract_article(read_article(page))
    assert "江苏海洋大学" in names(out, "University")
    assert {"江苏海洋大学海洋工程学院", "江苏海洋大学食品科学与工程学院"} <= names(out, "AcademicUnit")
    team = "灌云县第十六批科技镇长团"
    got = facts(out)
    assert {("韩青", "affiliatedWith", "江苏海洋大学海洋工程学院"), ("韩青", "leads", team),
            (team, "memberInstitution", "江苏海洋大学")} <= got
    assert ("许朗", "memberOf", team) not in got
    # a mention of no characters (the school's university) is never written as a mention
    assert all(s < e for ent in out["entities"] for s, e in ent["mentions"])


def test_a_leader_in_brackets_after_each_team_of_a_list_and_every_citys_bureau_is_no_body():
    """X团（团长：Y）, one per line: Y leads the team the bracket follows, not the article's
    first team; 各设区市科技局 (every city's bureau) is not the first city's."""
    out = run("关于表扬2023年度优秀科技镇长团的通报\n\n各设区市科技局：\n\n"
              "泰州市姜堰区第十五批科技镇长团（团长：鲁平）\n"
              "盐城市东台市第十五批科技镇长团（团长：章立）\n")
    got = facts(out)
    assert {("鲁平", "leads", "姜堰区第十五批科技镇长团"), ("章立", "leads", "东台市第十五批科技镇长团")} <= got
    assert ("章立", "leads", "姜堰区第十五批科技镇长团") not in got
    assert not {n for n in names(out, "GovernmentAgency") if n.endswith("市科技局")}


def test_a_platform_named_by_its_kind_after_ju_jieshao_reports_its_own_deals():
    """据介绍，研究院成立后已与…等6家企业签订合作协议: the institute named before is the party and
    the figures are its own, not the team's."""
    out = run("常熟市第十六批科技镇长团推动东南大学（常熟）智能制造研究院揭牌成立。"
              "据介绍，研究院成立后已与常熟某某机械有限公司等6家企业签订合作协议，合同金额共计450万元。")
    inst = "东南大学（常熟）智能制造研究院"
    assert {(f["s"], f["value"]) for f in out["figures"]} >= {(inst, 6), (inst, 4500000)}
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset((inst, "常熟某某机械有限公司")) in pairs


def test_a_digit_before_a_latin_letter_is_part_of_a_name_and_a_recurring_name_brokers():
    """江苏5G通信设备有限公司, 宿迁5G技术研究院: a digit before a Latin letter does not end a name.
    在韩青的推动下: a person named before (in a list item) is named again after 在…的."""
    out = run("韩青（江苏大学机械工程学院教授）今年起在企业挂职。\n"
              "沭阳县科技镇长团走访了江苏5G通信设备有限公司。宿迁5G技术研究院已服务企业30家。\n"
              "在韩青的推动下，江苏某某机电有限公司与江苏大学签订了技术开发合同。")
    assert "江苏5G通信设备有限公司" in names(out, "Enterprise")
    assert "宿迁5G技术研究院" in names(out, "Platform")
    assert {("韩青", "brokered", "江苏大学"), ("韩青", "brokered", "江苏某某机电有限公司")} <= facts(out, "brokered")


def test_a_bare_firm_opening_a_clause_before_a_named_partner_is_the_firm_named_last():
    """…负责人表示，通过此次对接，企业与东南大学签订了…: 企业 is the firm named before; without a
    named partner after 与 (企业与高校…) it is firms in general."""
    out = run("金湖县科技镇长团走进江苏某某阀门有限公司。江苏某某阀门有限公司负责人表示，通过此次对接，"
              "企业与东南大学签订了联合研发协议。团长指出，企业与高校要加强合作。")
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert frozenset(("江苏某某阀门有限公司", "东南大学")) in pairs
    assert len(pairs) == 1


def test_a_list_of_places_before_one_team_names_a_team_each_and_their_city_is_home():
    """海陵区、高港区、兴化市科技镇长团团长分别汇报: a team for each place; the article is their
    city's (市科技局 is the city's bureau, and the bare 第十六批科技镇长团 the city's team)."""
    out = run("市科技局召开第十六批科技镇长团工作座谈会\n\n"
              "会上，崇川区、通州区、海门区科技镇长团团长分别汇报了工作进展。全市科技镇长团共走访企业900余家。")
    teams = names(out, "Team")
    assert {"崇川区第十六批科技镇长团", "通州区第十六批科技镇长团", "海门区第十六批科技镇长团",
            "南通市第十六批科技镇长团"} <= teams
    assert "南通市科技局" in names(out, "GovernmentAgency")
    assert ("崇川区第十六批科技镇长团", "partOf", "南通市第十六批科技镇长团") in facts(out, "partOf")
    assert {(f["s"], f["value"]) for f in out["figures"]} == {("南通市第十六批科技镇长团", 900)}
    assert all(s < e for ent in out["entities"] for s, e in ent["mentions"])


def test_an_adverb_after_a_name_ends_the_name():
    """杨帆积极发挥… is 杨帆; 顾欣强主动对接… is 顾欣强 (the adverb after the third character)."""
    out = run("挂职黄桥镇副镇长的南京工程学院副教授杨帆积极发挥桥梁作用。"
              "泰兴市科技镇长团团员顾欣强主动对接江苏大学，促成泰兴某某乐器有限公司与江苏大学签订合同。"
              "第十五批科技镇长团团长、南通大学教授朱强移交了工作台账。")
    people = names(out, "Person")
    assert {"杨帆", "顾欣强", "朱强"} <= people
    assert not {"杨帆积", "顾欣", "朱强移"} & people


def test_this_cooperation_brokered_by_a_team_is_the_deal_named_before():
    """A与B签署…协议。此次合作由X团牵线促成: the team brokered the pair of the sentence before."""
    out = run("日前，南京邮电大学与常州某某通信有限公司签署战略合作协议。"
              "此次合作由天宁区第十六批科技镇长团牵线促成。")
    team = "天宁区第十六批科技镇长团"
    assert {(team, "brokered", "南京邮电大学"), (team, "brokered", "常州某某通信有限公司")} <= facts(out, "brokered")


def test_an_academicians_academy_is_no_party_to_what_he_builds():
    """中国工程院院士X与Y公司共建的院士工作站: the academy only honours him; 黄杰全程参与 is 黄杰."""
    out = run("近日，中国工程院院士周立新与江苏某某化工有限公司共建的“周立新院士工作站”在灌南县揭牌。"
              "灌南县第十六批科技镇长团成员、南京工业大学副教授黄杰全程参与了筹建工作。")
    assert not {(s, o) for s, p, o in facts(out, "collaboratesWith")} & {
        ("中国工程院", "江苏某某化工有限公司"), ("江苏某某化工有限公司", "中国工程院")}
    assert not {s for s, p, o in facts(out, "hostedBy") if o == "中国工程院"}
    assert "黄杰" in names(out, "Person")


def test_a_college_the_gazetteer_lacks_is_named_by_its_place_and_suffix():
    """淮安信息职业技术学院 (since renamed, so not in the gazetteer): a place, then 职业技术学院."""
    out = run("同日，淮安信息职业技术学院与江苏某某电子有限公司共建“智能检测实训基地”。")
    assert "淮安信息职业技术学院" in names(out, "University")
    assert ("智能检测实训基地", "hostedBy", "淮安信息职业技术学院") in facts(out, "hostedBy")
    # a college the gazetteer knows keeps its gazetteer entry
    known = run("江苏电子信息职业学院与淮安某某电子有限公司签订合作协议。")
    assert [e["rule"] for e in known["entities"] if e["name"] == "江苏电子信息职业学院"] == ["gazetteer"]


def test_a_team_named_after_its_city_leaves_the_indicator_whole():
    """常州市新北区第十六批科技镇长团累计服务企业…: the indicator is 服务企业, not the team's name."""
    out = run("一年来，无锡市锡山区第十六批科技镇长团累计服务企业320家。")
    assert {(f["s"], f["indicator"], f["value"]) for f in out["figures"]} == {
        ("锡山区第十六批科技镇长团", "服务企业", 320)}


def test_a_list_before_deng_starts_at_its_first_name_not_at_the_employer_before():
    """团员、江苏大学副教授冯磊带领团队先后调研了A、B等12家企业: the indicator is 调研企业."""
    out = run("宿豫区第十六批科技镇长团团员、江苏大学副教授冯磊带领团队先后调研了宿迁某某食品有限公司、"
              "江苏某某新能源科技有限公司等12家企业。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("调研企业", 12)}
    # the list is only the names before 等 (the team and its member are no firms)
    assert names(out, "Enterprise") == {"宿迁某某食品有限公司", "江苏某某新能源科技有限公司"}
    assert ("冯磊", "memberOf", "宿豫区第十六批科技镇长团") in facts(out, "memberOf")


def test_a_plan_with_jiang_reports_no_figure_but_jiang_before_a_count_does():
    """将组织团队对企业提出的5项技术需求开展攻关 is a plan; 将12家企业纳入培育库 was done."""
    out = run("射阳县第十六批科技镇长团团长王芳表示，将组织团队对企业提出的5项技术需求开展攻关。"
              "今年以来，射阳县第十六批科技镇长团将12家企业纳入高新技术企业培育库。")
    assert {f["value"] for f in out["figures"]} == {12}


def test_the_whole_citys_team_is_the_citys_even_when_one_countys_team_is_named():
    """宿迁市…会议通报，今年以来全市科技镇长团共促成…；其中，沭阳县科技镇长团推动…: the city's
    figures are the city's team's (of which the county's is a sub-team), the indicator without
    the time words and the team."""
    out = run("宿迁市召开科技镇长团工作推进会\n\n会议通报，今年以来全市科技镇长团共促成产学研合作项目152项。"
              "其中，沭阳县科技镇长团推动江苏某某木业有限公司与南京林业大学签订合作协议。")
    assert {(f["s"], f["indicator"], f["value"]) for f in out["figures"]} == {
        ("宿迁市科技镇长团", "促成产学研合作项目", 152)}
    assert ("沭阳县科技镇长团", "partOf", "宿迁市科技镇长团") in facts(out, "partOf")


def test_the_points_of_a_list_and_shuangfang_leave_the_indicator():
    """一是引进…，二是推动…: 一是/二是 number the points; 双方已联合申报… is what the pair did."""
    out = run("一年来，邳州市第十六批科技镇长团成效明显：一是引进博士团队7个；二是推动企业与高校签订合作协议23份。"
              "邳州市某某机械有限公司与中国矿业大学开展合作，双方已联合申报省级科技项目2项。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {
        ("引进博士团队", 7), ("推动企业与高校签订合作协议", 23), ("联合申报省级科技项目", 2)}


def test_a_half_width_full_stop_after_chinese_ends_a_sentence():
    """…等9家企业.团员…: the full stop ends the sentence (and the indicator); 1.5 and a web address keep theirs."""
    text = "走访了9家企业.团员们说价格1.5元.见www.example.com。"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["走访了9家企业.", "团员们说价格1.5元.", "见www.example.com。"]
    out = run("洪泽区第十六批科技镇长团走访了淮安某某科技有限公司等9家企业.团员们还调研了园区.")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("走访企业", 9)}


def test_a_preposition_after_two_name_characters_ends_the_name():
    """教授孙浩针对企业提出的难题…: the person is 孙浩 (针对 is no part of the name)."""
    out = run("沛县第十六批科技镇长团团员、中国矿业大学教授孙浩针对企业提出的难题组织专家会诊。")
    assert "孙浩" in names(out, "Person") and "孙浩针" not in names(out, "Person")


def test_a_delegation_and_a_plan_over_a_list_report_no_figure():
    """带领8家企业负责人赴…: who went, not an outcome; 将与A镇、B街道的12家企业结对: a plan."""
    out = run("睢宁县第十六批科技镇长团带领睢宁县8家企业负责人赴中国矿业大学对接交流。"
              "三所高校将与睢宁县沙集镇、睢城街道的12家规上企业开展结对共建。"
              "睢宁县第十六批科技镇长团带领团队累计走访企业36家。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("走访企业", 36)}


def test_a_team_joining_a_list_works_with_each_of_it():
    """科技镇长团联合A、B、C成立联盟: the team cooperates with each of the three."""
    out = run("海门区第十六批科技镇长团联合南通大学、江苏工程职业技术学院、南京工业大学成立校地党建联盟。")
    team = "海门区第十六批科技镇长团"
    assert {o for s, p, o in facts(out, "collaboratesWith") if s == team} >= {
        "南通大学", "江苏工程职业技术学院", "南京工业大学"}


def test_two_batches_of_a_place_are_two_teams_and_each_leader_leads_his_own():
    """新沂市第十四批、第十五批科技镇长团交接: two teams; 第十四批团长X is the fourteenth's leader."""
    out = run("新沂市第十四批、第十五批科技镇长团工作交接会召开。第十四批团长、江苏师范大学教授钱峰介绍了工作情况。"
              "第十五批团长、中国矿业大学教授韩松作表态发言。")
    assert {"新沂市第十四批科技镇长团", "新沂市第十五批科技镇长团"} <= names(out, "Team")
    assert ("钱峰", "leads", "新沂市第十四批科技镇长团") in facts(out, "leads")
    assert ("韩松", "leads", "新沂市第十五批科技镇长团") in facts(out, "leads")
    assert not any("、" in a for e in out["entities"] for a in e.get("aliases", []) + [e["name"]])


def test_a_science_park_keeps_its_whole_name():
    """兴化市某某科技园区: the zone's name ends in 科技园区, not 科技园."""
    out = run("泰兴市某镇科技园区与江苏科技大学签订共建协议。".replace("某镇", "黄桥"))
    # (the city's full name before it says where it is: no zone in the independent gold opens with one)
    assert {"黄桥科技园区", "泰兴市"} <= names(out, "Locality")


def test_a_delegation_named_with_brackets_and_nearly_a_hundred():
    """带领团员X（…）、Y（…）以及区内6家企业代表，赴…: no figure; 引进人才近百名: about 100."""
    out = run("吴江区第十六批科技镇长团团长周斌（苏州大学教授）带领团员许亮（江南大学副教授）、何军（南京大学博士）"
              "以及区内6家企业代表，赴苏州大学开展对接活动。今年，吴江区第十六批科技镇长团引进各类人才近百名。")
    assert {(f["indicator"], f["value"], f["approx"]) for f in out["figures"]} == {("引进各类人才", 100, "近")}


def test_a_leader_the_team_is_headed_by_and_a_profiled_member():
    """团长由…副区长X兼任: X leads; 他叫Y，是…学院的教授，也是…科技镇长团的一员: Y's employer and team."""
    out = run("清江浦区第十六批科技镇长团到岗，团长由清江浦区委常委、副区长魏东兼任。")
    assert ("魏东", "leads", "清江浦区第十六批科技镇长团") in facts(out, "leads")
    out = run("在昆山市，有这样一位科技副总：他叫罗志远，是江苏大学机械工程学院的教授，也是昆山市第十六批科技镇长团的一员。")
    assert ("罗志远", "affiliatedWith", "江苏大学机械工程学院") in facts(out, "affiliatedWith")
    assert ("罗志远", "memberOf", "昆山市第十六批科技镇长团") in facts(out, "memberOf")


def test_a_school_of_gaixiao_is_the_last_named_universitys_and_the_party():
    """在河海大学，A公司与该校水利水电学院签订…: the school is 河海大学水利水电学院, the party of
    the deal, and 河海大学 (where it happened) is no party."""
    out = run("金湖县第十六批科技镇长团赴河海大学对接。在河海大学，江苏某某水务科技有限公司与该校水利水电学院签订了合作协议。")
    assert "河海大学水利水电学院" in names(out, "AcademicUnit")
    assert facts(out, "collaboratesWith") == {("江苏某某水务科技有限公司", "collaboratesWith", "河海大学水利水电学院")}
    assert not any("该校" in a for e in out["entities"] for a in e.get("aliases", []))


def test_he_inside_a_brand_when_only_a_trade_would_be_left():
    """盐城天和医药科技有限公司 (天和 is the brand): 和 joins no list when 医药科技 alone would be the name."""
    out = run("团员们走访了江苏永和精密机械有限公司和常州人和电子科技有限公司。南京大学和江苏某某科技有限公司签订协议。")
    assert names(out, "Enterprise") == {"江苏永和精密机械有限公司", "常州人和电子科技有限公司", "江苏某某科技有限公司"}


def test_jiang_after_two_name_characters_and_a_leaders_item_in_a_list():
    """孟磊将担任…: the person is 孟磊; 团长：X，某大学某学院教授，挂任…: X works there."""
    out = run("团员、南京邮电大学电子与光学工程学院教授孟磊将担任工作站导师。")
    assert "孟磊" in names(out, "Person")
    out = run("邳州市第十六批科技镇长团成员名单\n团长：韩立军，中国矿业大学化工学院教授，挂任邳州市副市长\n"
              "团员：\n郑海波，江苏师范大学物理与电子工程学院副教授，挂任铁富镇副镇长")
    assert ("韩立军", "affiliatedWith", "中国矿业大学化工学院") in facts(out, "affiliatedWith")
    assert ("邳州市第十六批科技镇长团", "memberInstitution", "中国矿业大学") in facts(out, "memberInstitution")


def test_a_platform_won_by_a_firm_and_an_institute_named_gaisuo():
    """A公司获批江苏省博士后创新实践基地: the firm hosts it; 与该所达成合作: the institute named last."""
    out = run("在启东市第十六批科技镇长团的协助下，江苏某某重工股份有限公司获批江苏省博士后创新实践基地。")
    assert ("江苏省博士后创新实践基地", "hostedBy", "江苏某某重工股份有限公司") in facts(out, "hostedBy")
    out = run("启东市第十六批科技镇长团带领企业走访中国电子科技集团公司第二十八研究所。启东某某电子有限公司与该所达成合作协议。")
    assert ("启东某某电子有限公司", "collaboratesWith", "中国电子科技集团公司第二十八研究所") in facts(out, "collaboratesWith")


def test_an_academy_and_a_local_institute_joined_by_yu_are_two():
    """江苏省农业科学院与溧阳市某某研究所签署…: two bodies, not one institute's name; a firm named
    after a university (东南大学某某研究院有限公司) is not placed where the team serves."""
    out = run("在溧阳市第十六批科技镇长团的推动下，江苏省农业科学院与溧阳市天目湖茶叶研究所签署合作协议，"
              "东南大学建筑设计研究院有限公司与溧阳市戴埠镇签订合作协议。")
    assert "江苏省农业科学院" in names(out, "ResearchInstitute")
    assert ("江苏省农业科学院", "collaboratesWith", "溧阳市天目湖茶叶研究所") in facts(out, "collaboratesWith")
    assert not any(s == "东南大学建筑设计研究院有限公司" for s, _p, _o in facts(out, "locatedIn"))


def test_a_count_of_what_will_be_done_and_a_delegation_that_visits():
    """3名博士后将进站…: a plan; 带领5家企业走访…: a delegation; 围绕A、B产业: both fields."""
    out = run("该企业与南通大学联合培养的3名博士后将进站开展研究。"
              "海门区第十六批科技镇长团带领海门区5家企业走访南通大学。"
              "海门区第十六批科技镇长团将继续围绕新材料、生物医药产业做好服务。")
    assert out["figures"] == []
    assert {"新材料", "生物医药"} <= names(out, "Field")


def test_places_in_a_ranking_are_rank_figures():
    """A、B和C分别位列第5、12和20位 (each its own, named by the evaluation); 位列全省第3 (one);
    比上年增加12项 is a change, not a count."""
    out = run("在2023年公布的全省省级以上高新区综合评价中，常熟高新区、昆山高新区和太仓高新区分别位列第5、12和20位。"
              "2024年，姜堰区创新能力位列全省第3。姜堰区第十六批科技镇长团推动合作项目42项，比上年增加12项。")
    ranks = {(f["s"], f["value"], f["indicator"]) for f in out["figures"] if f["unit"] == "rank"}
    assert ranks == {("常熟高新区", 5, "全省高新区综合评价排名"), ("昆山高新区", 12, "全省高新区综合评价排名"),
                     ("太仓高新区", 20, "全省高新区综合评价排名"), ("姜堰区", 3, "全省排名")}
    assert {f["value"] for f in out["figures"] if f["unit"] == "count"} == {42}


def test_a_campus_is_its_university_a_platform_after_tuidong_and_a_generic_firm_after_a_list():
    """东南大学四牌楼校区 is the university where it has a campus (no school of it: the independent
    writers visit, or sign with, the university there; but a campus in a city of its own, 东南大学无锡校区,
    is a unit); 推动研究院与A公司…: the platform named before; 走访A、B等企业…推动某学院与企业…: 企业 is no one firm."""
    out = run("近日，东南大学四牌楼校区与无锡某某泵业有限公司签订了合作协议。")
    assert "东南大学四牌楼校区" not in names(out, "AcademicUnit")
    assert ("东南大学", "collaboratesWith", "无锡某某泵业有限公司") in facts(out, "collaboratesWith")
    out = run("近日，东南大学无锡校区与无锡某某泵业有限公司签订了合作协议。")
    assert ("东南大学无锡校区", "collaboratesWith", "无锡某某泵业有限公司") in facts(out, "collaboratesWith")
    out = run("相城区第十六批科技镇长团牵线南京大学（苏州）高新技术研究院，推动研究院与苏州某某精密机械有限公司开展合作。")
    assert ("南京大学（苏州）高新技术研究院", "collaboratesWith", "苏州某某精密机械有限公司") in facts(out, "collaboratesWith")
    out = run("团队走访了江苏某甲生物制药有限公司、江苏某乙药业有限公司等企业。团长表示，将推动苏州大学药学院与企业开展联合攻关。")
    assert facts(out, "collaboratesWith") == set()


def test_pairs_listed_under_a_heading_a_deputy_leader_and_a_firm_after_qiye():
    """签约项目包括：A与B的…项目；C与D的…项目: each pair cooperates; 副团长为…X: X is a member;
    我区企业江苏某某有限公司: the firm's name starts at its place."""
    out = run("签约项目包括：江苏某甲纺织有限公司与江南大学的开发项目；江苏某乙食品有限公司与南京农业大学的保鲜项目。")
    assert facts(out, "collaboratesWith") == {("江苏某甲纺织有限公司", "collaboratesWith", "江南大学"),
                                              ("江苏某乙食品有限公司", "collaboratesWith", "南京农业大学")}
    out = run("涟水县第十六批科技镇长团由5名成员组成，副团长为淮阴工学院教授刘洋。")
    assert ("刘洋", "memberOf", "涟水县第十六批科技镇长团") in facts(out, "memberOf")
    out = run("南京航空航天大学与我区企业江苏某某造船有限公司签订了合作协议。")
    assert facts(out, "collaboratesWith") == {("南京航空航天大学", "collaboratesWith", "江苏某某造船有限公司")}


def test_a_member_under_a_sub_teams_heading_belongs_to_that_team():
    """南通市…科技镇长团分7个支团…\\n海门团:\\n…团员、某大学副教授X…: X is the 海门 team's."""
    out = run("南通市第十六批科技镇长团分7个支团共52名成员。\n\n海门团:\n\n"
              "团员、河海大学港口海岸与近海工程学院副教授周强牵线南通某某海洋科技有限公司与河海大学开展合作。\n\n"
              "如皋团:\n\n如皋团团长、南通大学教授陆海介绍，团队累计走访企业90余家。")
    assert ("周强", "memberOf", "海门区第十六批科技镇长团") in facts(out, "memberOf")
    assert ("海门区第十六批科技镇长团", "memberInstitution", "河海大学") in facts(out, "memberInstitution")


def test_indicators_name_what_was_counted_after_the_number():
    """解决了企业3项技术难题, 协助区内5家企业成功申报…, 引进博士11名、硕士34名."""
    out = run("海门区第十六批科技镇长团解决了企业3项技术难题。海门区第十六批科技镇长团还协助区内5家企业成功申报省级工程技术研究中心。"
              "海门区第十六批科技镇长团协助企业引进博士11名、硕士34名，签订技术合同85份、合同金额1811万元。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {
        ("解决企业技术难题", 3), ("协助企业成功申报省级工程技术研究中心", 5), ("协助企业引进博士", 11),
        ("协助企业引进硕士", 34), ("签订技术合同", 85), ("合同金额", 18110000)}


def test_a_table_flattened_to_lines_pairs_each_rows_firm_and_university():
    """序号  企业名称  合作高校 … / 1  A公司  B大学 …; 以上项目均由X团牵线促成: each row cooperates,
    the team brokered them all. (系统 holds no department: 储能系统 is no 系.)"""
    out = run("宝应县签约项目一览\n序号  企业名称  合作高校  项目名称\n1  江苏某甲机械有限公司  扬州大学  智能农机研发\n"
              "2  江苏某乙新能源科技有限公司  河海大学  储能系统优化\n以上项目均由宝应县第十六批科技镇长团牵线促成。")
    assert facts(out, "collaboratesWith") == {("江苏某甲机械有限公司", "collaboratesWith", "扬州大学"),
                                              ("江苏某乙新能源科技有限公司", "collaboratesWith", "河海大学")}
    assert {o for _s, _p, o in facts(out, "brokered")} == {"江苏某甲机械有限公司", "扬州大学", "江苏某乙新能源科技有限公司",
                                                          "河海大学"}
    assert names(out, "AcademicUnit") == set()


def test_every_team_and_a_provinces_tally_and_a_title_before_a_leader():
    """全省各科技镇长团累计服务企业…: the province agency's tally, no team's; 副教授刘晨带领学院专家:
    no school named 刘晨带领学院; 罗丹加入…科技镇长团: 罗丹 is a member."""
    out = run("江苏省科技厅通报工作情况。全省各科技镇长团累计服务企业1.2万家次。苏州市科技镇长团促成合作项目420项。")
    assert {(f["s"], f["value"]) for f in out["figures"]} == {("江苏省科技厅", 12000), ("苏州市科技镇长团", 420)}
    out = run("睢宁县第十六批科技镇长团团员、中国矿业大学副教授刘晨带领学院专家走访了企业。")
    assert names(out, "AcademicUnit") == set() and "刘晨" in names(out, "Person")
    out = run("材料科学与工程学院副教授罗丹加入常熟市第十六批科技镇长团。")
    assert ("罗丹", "memberOf", "常熟市第十六批科技镇长团") in facts(out, "memberOf")


def test_a_name_after_a_title_that_reads_as_a_place_and_a_firm_after_tuidong():
    """团长、南京林业大学教授沈阳介绍: a person named like a city; 推动企业与某学院共建…: the firm
    named before; 共建…中心3个 keeps 共建; 石榴街道青湖村、驼峰乡北芹村等5个村: 走访村."""
    out = run("宿豫区第十六批科技镇长团团长、南京林业大学教授沈阳介绍了经验。")
    assert "沈阳" in names(out, "Person") and "沈阳市" not in names(out, "Locality")
    out = run("江苏某某机械有限公司科技副总、南京工程学院教授李伟帮助企业申请专利，并推动企业与南京工程学院共建了联合实验室。")
    assert ("江苏某某机械有限公司", "collaboratesWith", "南京工程学院") in facts(out, "collaboratesWith")
    out = run("泰兴市第十六批科技镇长团共建校企联合研发中心3个。东海县第十六批科技镇长团走访了石榴街道青湖村、驼峰乡北芹村等5个村。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("共建校企联合研发中心", 3), ("走访村", 5)}
    assert {"青湖村", "北芹村"} <= names(out, "Locality")


def test_a_short_form_in_brackets_ending_in_a_suffix_and_staff_seconded_elsewhere():
    """江苏阳光集团有限公司（阳光集团）: the name and its short form, not one name with a bracket;
    南京工业大学选派的10名教师…挂职: no figure; 挂任泗阳县科技局副局长: no member of 泗洪县's team."""
    out = run("江阴市科技镇长团走访江苏某光集团有限公司（某光集团），了解需求。")
    ents = {e["name"]: e.get("aliases", []) for e in out["entities"] if e["type"] == "Enterprise"}
    assert ents == {"江苏某光集团有限公司": ["某光集团"]}
    out = run("南京工业大学选派的10名教师近日赴苏北挂职，其中，化工学院教授张明挂任泗洪县副县长（挂职），"
              "并担任泗洪县第十六批科技镇长团团长；材料学院副教授李华挂任泗阳县科技局副局长。")
    assert out["figures"] == []
    assert {s for s, _p, _o in facts(out, "memberOf")} == {"张明"}


def test_canyu_after_two_name_characters_ends_the_name():
    """团长、常州大学教授孙明参与了研究院的筹建: the person is 孙明."""
    out = run("金坛区第十六批科技镇长团团长、常州大学教授孙明参与了研究院的筹建工作。")
    assert "孙明" in names(out, "Person") and ("孙明", "leads", "金坛区第十六批科技镇长团") in facts(out, "leads")


def test_a_district_ending_like_a_zone_and_fields_listed_before_dengfangxiang():
    """泰州市高港区 is the district 高港区 (港区 also ends port zones); 围绕A、B等方向 names fields,
    覆盖A、B等领域 (whom a course reached) does not."""
    out = run("泰州市高港区主导产业为生物医药和高端装备制造。")
    assert "高港区" in names(out, "Locality") and "泰州市高港区" not in names(out, "Locality")
    assert ("高港区", "hasField", "生物医药") in facts(out, "hasField")
    out = run("江苏科技大学海洋装备研究院揭牌。研究院将围绕深海探测装备、船舶智能制造等方向开展研发。"
              "江苏科技大学海洋装备研究院的培训覆盖制造业、新零售等领域。")
    assert {"深海探测装备", "船舶智能制造"} <= names(out, "Field") and "新零售" not in names(out, "Field")


def test_a_university_is_placed_in_its_city_when_the_article_names_the_city():
    """市科技局加强与南京大学、上海交通大学等高校院所的联系…；帮助高新区承接南京、上海等地优质创新资源:
    南京大学 in 南京市, 上海交通大学 in 上海市 (the cities are named, in other sentences)."""
    out = run("市科技局加强与南京大学、上海交通大学等高校院所的联系。帮助高新区承接南京、上海等地优质创新资源。")
    assert {("南京大学", "locatedIn", "南京市"), ("上海交通大学", "locatedIn", "上海市")} <= facts(out, "locatedIn")


def test_a_policys_short_name_in_brackets_is_no_figure():
    """出台《某区关于加快推进产业发展的政策意见》（产业29条）: 29 names the policy."""
    out = run("鼓楼区第十六批科技镇长团助力区政府出台《某区关于加快推进产业发展的政策意见》（产业29条）中相关人才政策。"
              "鼓楼区第十六批科技镇长团帮助企业申报项目12项。")
    assert {f["value"] for f in out["figures"]} == {12}


def test_a_talk_about_co_building_is_no_cooperation_and_a_platforms_own_partner_builds_it():
    """与X管委会就共建产学研合作平台进行了深入交流: a talk, no deal; 推动A与B、C签订协议，与D共建Z:
    Z is D's (the partner of Z's own clause), not B's or C's; 走访了某开发区的15家高新技术企业 → 走访高新技术企业."""
    out = run("昆山市第十六批科技镇长团团长、苏州大学教授周明带领团员走访了昆山开发区的15家高新技术企业，"
              "并与昆山开发区管委会就共建产学研合作平台进行了深入交流。")
    assert facts(out, "collaboratesWith") == set()
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("走访高新技术企业", 15)}
    out = run("如东县第十六批科技镇长团推动如东县人民政府与南通大学、江苏科技大学签订校地全面合作协议，"
              "与中国科学院上海硅酸盐研究所共建如东先进材料创新中心。")
    assert {o for s, _p, o in facts(out, "hostedBy")} == {"中国科学院上海硅酸盐研究所"}


def test_visits_before_a_comma_are_no_side_of_the_next_deal():
    """…先后走访了A大学、B大学，C公司与D大学签订了合同: only C and D cooperate."""
    out = run("泗洪县第十六批科技镇长团组织县内8家重点企业赴上海对接高校资源。对接期间，企业负责人先后走访了上海理工大学、"
              "华东师范大学，江苏某某水产有限公司与上海海洋大学签订了技术服务合同。")
    assert facts(out, "collaboratesWith") == {("江苏某某水产有限公司", "collaboratesWith", "上海海洋大学")}
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("组织重点企业赴上海对接高校资源", 8)}


def test_a_members_table_with_column_spaces():
    """团  长：许文强  南京邮电大学…教授  挂任…; an indented row: the names end at the column breaks, and
    each member works where the next column says."""
    out = run("高淳区第十六批科技镇长团成员名单\n\n团  长：许文强  南京邮电大学通信与信息工程学院教授  挂任高淳区副区长\n"
              "团  员：王敏  南京林业大学化学工程学院讲师  挂任淳溪街道副主任\n"
              "        赵刚  南京工程学院机械工程学院副教授  挂任东坝街道副主任\n")
    assert names(out, "Person") == {"许文强", "王敏", "赵刚"}
    assert {(s, o) for s, _p, o in facts(out, "affiliatedWith")} == {
        ("许文强", "南京邮电大学通信与信息工程学院"), ("王敏", "南京林业大学化学工程学院"), ("赵刚", "南京工程学院机械工程学院")}
    assert ("许文强", "leads", "高淳区第十六批科技镇长团") in facts(out, "leads")


def test_a_list_before_a_park_names_no_fields():
    """来自南京农业大学、…的专家深入盱眙县龙虾产业园: 产业园 ends no list of fields."""
    out = run("盱眙县第十六批科技镇长团组织活动。来自南京农业大学、扬州大学的20余位专家深入盱眙县龙虾产业园、"
              "盱眙县现代农业产业园，与企业开展技术对接。")
    assert names(out, "Field") == set()


def test_a_project_completed_jointly_is_a_cooperation():
    """在X团牵线下，A公司与B学院联合完成的…项目获省科学技术奖: A and B cooperate, the team brokered."""
    out = run("在新吴区第十六批科技镇长团牵线下，无锡某某制造有限公司与东南大学机械工程学院联合完成的精密主轴项目获江苏省科学技术奖。")
    assert facts(out, "collaboratesWith") == {("无锡某某制造有限公司", "collaboratesWith", "东南大学机械工程学院")}
    assert {o for _s, _p, o in facts(out, "brokered")} == {"无锡某某制造有限公司", "东南大学机械工程学院"}


def test_a_later_members_help_brokers_no_earlier_deal_and_a_profiles_subject():
    """邗江团先后促成A与B签订…，团员X还帮助企业…: the team brokered A and B, not X;
    孙浩是某大学的一名副教授，…作为第十六批科技镇长团成员挂任灌云县…，走访了灌云县60多家企业."""
    out = run("邗江区第十六批科技镇长团先后促成扬州某某精工机械有限公司与扬州大学签订合作协议，"
              "团员、扬州大学教授孙立还帮助企业解决技术难题15项。")
    assert {s for s, _p, _o in facts(out, "brokered")} == {"邗江区第十六批科技镇长团"}
    out = run("科技副县长孙浩：做企业的技术顾问\n\n孙浩是南京理工大学的一名副教授，2023年7月作为第十六批科技镇长团成员"
              "挂任灌云县科技副县长。到任以来，他走访了灌云县60多家企业。")
    assert names(out, "Person") == {"孙浩"}
    assert ("孙浩", "memberOf", "灌云县第十六批科技镇长团") in facts(out, "memberOf")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("走访企业", 60)}


def test_time_of_arrival_and_zhudong_leave_the_indicator():
    """团员…到任后主动对接十家企业的技术需求 / 到岗以来共走访企业1200家: what was done, without when."""
    out = run("泰州市第十六批科技镇长团团员、南京大学副教授王芳到任后主动对接十家企业的技术需求。"
              "泰州市第十六批科技镇长团到岗以来共走访企业1200家。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("对接企业的技术需求", 10), ("走访企业", 1200)}


def test_a_count_of_partner_firms_and_where_members_serve():
    """推动X与区内8家企业建立了长期合作关系 → 推动X与企业建立长期合作关系; 分赴8个设区市的25个县（市、区）挂职: no figure."""
    out = run("新北区第十六批科技镇长团推动南京工业大学技术转移中心常州分中心与区内8家企业建立了长期合作关系。"
              "江南大学共有23名教师入选，分赴无锡、苏州等8个设区市的25个县（市、区）挂职。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {
        ("推动南京工业大学技术转移中心常州分中心与企业建立长期合作关系", 8)}


def test_a_science_enclave_is_a_platform_where_its_brackets_say_and_speakers_are_no_count():
    """沭阳（南京）科创飞地 is a platform in Nanjing, not in 沭阳县; 6名团员分别汇报了…: no figure."""
    out = run("近日，沭阳县在南京江北新区设立的沭阳（南京）科创飞地正式启用。该飞地由沭阳县第十六批科技镇长团牵头推动建设。"
              "会上，6名团员分别汇报了上半年工作。")
    assert "沭阳（南京）科创飞地" in names(out, "Platform")
    assert ("沭阳（南京）科创飞地", "locatedIn", "沭阳县") not in facts(out, "locatedIn")
    assert out["figures"] == []


def test_a_count_of_named_members_and_a_visit_that_ends_at_a_comma():
    """…A、B等16家企业以及X、Y 2所高校: the 16 counts 企业, the 2 only counts the names before it;
    深入…产业园调研，协调X与Y共建…: X is no place visited."""
    out = run("海陵区第十六批科技镇长团牵头成立联盟，联盟首批成员单位包括江苏某甲医疗器械有限公司、泰州某乙精密仪器有限公司等"
              "16家企业以及南京医科大学、中国药科大学2所高校。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {("联盟首批成员单位包括企业", 16)}
    out = run("盱眙县第十六批科技镇长团团长、南京农业大学教授陈明带领团员深入盱眙县龙虾产业园调研，"
              "协调南京农业大学动物科技学院与江苏某某龙虾产业集团有限公司共建龙虾产业研究院。")
    assert facts(out, "visited") == set()


def test_both_sides_of_a_challenge_taken_up_are_the_two_named_before():
    """A企业发布…需求，B学院…团队成功揭榜，双方签订…合同: A and B cooperate, in one sentence."""
    out = run("泗洪县第十六批科技镇长团组织开展揭榜挂帅活动。江苏某某环保装备有限公司发布废水处理工艺技术需求，"
              "南京工业大学环境科学与工程学院张强教授团队成功揭榜，双方签订技术开发合同。")
    assert ("江苏某某环保装备有限公司", "collaboratesWith", "南京工业大学环境科学与工程学院") in facts(out, "collaboratesWith")


def test_lu_before_a_named_agency_leads_a_delegation():
    """…带队，率X市科技局及A、B等8家企业负责人赴…: 率 is no part of the agency's name, and the 8 went on a visit."""
    out = run("金湖县第十六批科技镇长团团长、副县长王磊带队，率金湖县科技局及江苏某甲机械有限公司、江苏某乙阀门有限公司"
              "等8家企业负责人赴南京大学开展对接交流。")
    assert "金湖县科技局" in names(out, "GovernmentAgency")
    assert not any(n.startswith("率") for n in names(out))
    assert out["figures"] == []


def test_the_and_inside_a_list_of_partners_pairs_no_one():
    """联合A、B和C共建Z: the 和 ends one list, as 、 would; B–C is no pair of its own."""
    listed = run("沭阳县第十六批科技镇长团联合南京林业大学、扬州大学和江苏省农业科学院共建沭阳县花木产业研究院。")
    commas = run("沭阳县第十六批科技镇长团联合南京林业大学、扬州大学、江苏省农业科学院共建沭阳县花木产业研究院。")
    assert facts(listed) == facts(commas)
    assert ("沭阳县花木产业研究院", "hostedBy", "扬州大学") in facts(listed, "hostedBy")


def test_a_firm_named_for_jiangsu_then_its_county_is_in_that_county():
    """江苏涟水某某食品有限公司 is in 涟水县: the county after the province in its registered name."""
    out = run("涟水县第十六批科技镇长团走访了江苏涟水某某食品有限公司。")
    assert ("江苏涟水某某食品有限公司", "locatedIn", "涟水县") in facts(out, "locatedIn")


def test_numbered_lines_under_a_signing_heading_are_pairs():
    """本次签约项目如下：\\n1. A与B“…”项目；\\n2. C与D…: one item per line still continues the heading's list."""
    out = run("新吴区第十六批科技镇长团承办产学研合作签约活动。本次签约项目如下：\n"
              "1. 无锡某甲精工有限公司与江南大学“精密轴承检测”项目；\n"
              "2. 无锡某乙环保科技有限公司与东南大学“污泥干化”项目。")
    assert {("无锡某甲精工有限公司", "collaboratesWith", "江南大学"),
            ("无锡某乙环保科技有限公司", "collaboratesWith", "东南大学")} <= facts(out, "collaboratesWith")


def test_a_second_count_after_yiji_keeps_the_head_of_the_list():
    """…包括A、B等12家高校院所以及区内30家重点企业: the 30 counts 重点企业 under the same head."""
    out = run("联盟由宿城区第十六批科技镇长团发起，首批成员单位包括宿迁学院、江苏某某学院等12家高校院所以及区内30家重点企业。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {
        ("首批成员单位包括高校院所", 12), ("首批成员单位包括重点企业", 30)}


def test_words_of_learning_end_a_name_and_common_nouns_after_a_role_are_no_person():
    """团员、南理工教授黄涛得知后 is 黄涛; 申报省科技副总项目5项 names no person 项目."""
    out = run("海门区第十六批科技镇长团团员、南京理工大学教授黄涛得知后，主动联系学校团队。"
              "团员协助企业成功申报省科技副总项目5项、省双创人才2名。")
    assert "黄涛" in names(out, "Person")
    assert names(out, "Person") == {"黄涛"}


def test_a_citys_half_year_tally_and_a_count_after_a_bracket():
    """上半年全市科技镇长团共促成…项目186项 → 促成…项目; 朱某（…副教授）先后12次来到企业 → 来到企业."""
    out = run("无锡市第十六批科技镇长团召开推进会。据统计，上半年全市科技镇长团共促成产学研合作项目186项。")
    assert [(f["indicator"], f["value"]) for f in out["figures"]] == [("促成产学研合作项目", 186)]
    out = run("惠山区第十六批科技镇长团成员、惠山区科技局副局长朱某（江南大学副教授）先后12次来到企业。")
    assert [f["indicator"] for f in out["figures"]] == ["来到企业"]


def test_an_academicians_partner_is_his_university_not_the_academy():
    """A公司与中国工程院院士、东南大学教授陈某团队合作: A cooperates with 东南大学."""
    out = run("在常熟市第十六批科技镇长团的推动下，常熟某某重工有限公司与中国工程院院士、东南大学教授陈建国团队合作建立院士工作站。")
    assert facts(out, "collaboratesWith") == {("常熟某某重工有限公司", "collaboratesWith", "东南大学")}


def test_a_team_named_with_a_bracketed_second_place():
    """张家港保税区（金港街道）科技镇长团 is the zone's team, and its figures have a subject."""
    out = run("近日，昆山开发区（某某街道）科技镇长团成果发布会召开。会上，高校专家发布科技成果32项。")
    teams = [e for e in out["entities"] if e["type"] == "Team"]
    assert [t["name"] for t in teams] == ["昆山开发区科技镇长团"]
    assert [(f["s"], f["value"]) for f in out["figures"]] == [("昆山开发区科技镇长团", 32)]


def test_a_platform_opened_at_a_place_is_there():
    """A与B共建的“Z”在X高新区揭牌成立: Z is in X高新区."""
    out = run("海门区第十六批科技镇长团推动南京工业大学与南通某某化工有限公司共建的“海门绿色化工研究院”在海门高新区揭牌成立。")
    assert ("海门绿色化工研究院", "locatedIn", "海门高新区") in facts(out, "locatedIn")


def test_a_firms_name_does_not_run_back_over_the_team_that_organised_it():
    """…科技镇长团组织ABC（中国）有限公司…: the firm is ABC（中国）有限公司, the team a team; 该项目总投资 → 项目总投资."""
    out = run("近日，太仓市第十六批科技镇长团组织XYZ（中国）有限公司等外资企业走进东南大学。"
              "XYZ（中国）有限公司与东南大学签订了联合研发协议。该项目总投资约1.5亿元。")
    assert "XYZ（中国）有限公司" in names(out, "Enterprise")
    assert "太仓市第十六批科技镇长团" in names(out, "Team")
    assert [(f["indicator"], f["value"]) for f in out["figures"]] == [("项目总投资", 150000000)]


def test_a_platform_a_university_set_up_at_a_place_is_its_own():
    """推动X大学在Y县设立“Z研究院”: Z is hosted by X大学."""
    out = run("沛县第十六批科技镇长团推动徐州工程学院在沛县设立“沛县食品加工技术研究院”。")
    assert ("沛县食品加工技术研究院", "hostedBy", "徐州工程学院") in facts(out, "hostedBy")


def test_qianshou_and_lianshou_pair_a_firm_with_a_university():
    """A公司牵手B大学，双方联手攻克…; C公司联手D大学: both pairs cooperate."""
    out = run("在盱眙县第十六批科技镇长团的牵线搭桥下，江苏某甲石化装备有限公司牵手南京工业大学，双方联手攻克密封技术难题。"
              "江苏某乙仪表有限公司联手河海大学，共同开发智能流量计。")
    assert {("江苏某甲石化装备有限公司", "collaboratesWith", "南京工业大学"),
            ("江苏某乙仪表有限公司", "collaboratesWith", "河海大学")} <= facts(out, "collaboratesWith")


def test_a_list_of_counts_shares_the_verb_of_its_first_item():
    """协助企业申报省“双创计划”人才4名、某市“某某英才”计划人才9名: the second is 协助企业申报某市“某某英才”计划人才."""
    out = run("高港区第十六批科技镇长团协助企业申报省“双创计划”人才4名、泰州市“某某英才”计划人才9名。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} == {
        ("协助企业申报省“双创计划”人才", 4), ("协助企业申报泰州市“某某英才”计划人才", 9)}


def test_banks_are_firms_and_a_branch_is_where_its_name_says():
    """A公司与中国银行盐城分行签署…: a bank's branch is a firm, in 盐城 (not the team's district);
    各商业银行 names no bank."""
    out = run("射阳县第十六批科技镇长团牵线，江苏某某控股集团有限公司与中国银行盐城分行签署了科技金融合作协议。"
              "科技镇长团还邀请各商业银行参加对接会。盐城市科技局出席。")
    assert "中国银行盐城分行" in names(out, "Enterprise")
    assert ("江苏某某控股集团有限公司", "collaboratesWith", "中国银行盐城分行") in facts(out, "collaboratesWith")
    assert ("中国银行盐城分行", "locatedIn", "射阳县") not in facts(out, "locatedIn")
    assert ("中国银行盐城分行", "locatedIn", "盐城市") in facts(out, "locatedIn")
    assert not any("商业银行" in n for n in names(out))


def test_counts_of_other_units_in_one_list_share_its_verb_but_sums_do_not():
    """示范推广新品种12个、新技术8项 → 示范推广新技术; 签订合同5项、合同金额300万元 keeps 合同金额."""
    out = run("灌南县第十六批科技镇长团示范推广新品种12个、新技术8项，签订技术合同5项、合同金额300万元。")
    assert {(f["indicator"], f["value"]) for f in out["figures"]} >= {
        ("示范推广新品种", 12), ("示范推广新技术", 8), ("合同金额", 3000000)}


def test_a_lead_phrase_covers_the_pairs_after_a_semicolon():
    """在团员的牵线下，A与B签订…；C与D合作建立…: the team brokered both pairs."""
    out = run("今年以来，东海县第十六批科技镇长团深入田间开展技术指导。"
              "在团员的牵线下，东海县某某水稻种植专业合作社与南京农业大学农学院签订了合作协议；"
              "连云港市某某家庭农场与扬州大学园艺与植物保护学院合作建立了设施蔬菜示范基地。")
    assert {("东海县第十六批科技镇长团", "brokered", "连云港市某某家庭农场"),
            ("东海县第十六批科技镇长团", "brokered", "扬州大学园艺与植物保护学院")} <= facts(out, "brokered")


def test_a_seconded_post_at_an_agency_is_an_affiliation():
    """来自江苏大学的副教授赵某挂职某区科技局副局长: affiliated with the agency too."""
    out = run("在亭湖区，来自江苏大学的副教授赵某某挂职亭湖区科技局副局长。")
    assert ("赵某某", "affiliatedWith", "亭湖区科技局") in facts(out, "affiliatedWith")


def test_a_challenge_taken_up_through_you_pairs_its_two_sides_and_a_tally_drops_its_organiser():
    """A公司发布的…需求由B学院团队揭榜: A and B cooperate; 由X团组织的…活动共发布…需求126项 → 发布…需求."""
    out = run("由常州市第十六批科技镇长团组织的“揭榜挂帅”活动共发布企业技术需求126项。"
              "其中，常州某某光能股份有限公司发布的“高效电池”需求由南京大学现代工程与应用科学学院团队揭榜。")
    assert ("常州某某光能股份有限公司", "collaboratesWith", "南京大学现代工程与应用科学学院") in facts(out, "collaboratesWith")
    assert [(f["indicator"], f["value"]) for f in out["figures"]] == [("发布企业技术需求", 126)]


def test_verbs_of_brokering_end_a_name_and_a_school_is_no_partner_of_its_university():
    """李某推动…, 张某总结了… are two-character names; 南航材料学院 and 南京航空航天大学 are not partners."""
    out = run("金湖县第十六批科技镇长团团员、东南大学讲师李丹推动金湖县人民政府与东南大学签订了全面合作协议。"
              "第十五批科技镇长团团长、南京林业大学教授张伟总结了工作。")
    assert {"李丹", "张伟"} <= names(out, "Person")
    out = run("在南京航空航天大学，洪泽区第十六批科技镇长团团员、南航材料学院副教授孙某介绍了洪泽区产业需求，"
              "双方就共建“盐化新材料联合研发中心”达成初步意向。")
    assert not any({"南京航空航天大学", "南京航空航天大学材料学院"} == {s, o} for s, _, o in facts(out, "collaboratesWith"))


def test_three_parties_listed_with_he_are_one_group():
    """A、B和C三方签订…: every two of them, not A–C and B–C only."""
    out = run("在泰兴市第十六批科技镇长团的牵线下，南京工业大学、江苏某某化工新材料有限公司和泰兴经济开发区三方签订协议。")
    assert ("南京工业大学", "collaboratesWith", "江苏某某化工新材料有限公司") in facts(out, "collaboratesWith")


def test_what_a_team_held_is_the_noun_after_the_count():
    """组织开展了6场技术对接会 → 组织开展技术对接会."""
    out = run("泰兴市第十六批科技镇长团还组织开展了6场技术对接会。")
    assert [(f["indicator"], f["value"]) for f in out["figures"]] == [("组织开展技术对接会", 6)]


def test_a_leader_who_takes_the_post_after_a_bracket():
    """团长由…副区长张某某（南京大学）担任: the leader."""
    out = run("海陵区第十六批科技镇长团由5名同志组成。团长由海陵区副区长张某某（南京大学）担任。")
    assert ("张某某", "leads", "海陵区第十六批科技镇长团") in facts(out, "leads")


def test_a_call_for_the_programme_names_no_team():
    """拟推荐以下同志参加第十六批科技镇长团…：王某，…拟挂职某县科技副县长: the programme, no county's team."""
    out = run("根据《关于做好第十六批科技镇长团选派工作的通知》要求，拟推荐以下同志参加第十六批科技镇长团，现予以公示："
              "王某某，机械工程学院副教授，拟挂职泗洪县科技副县长。")
    assert names(out, "Team") == set()


def test_a_comrade_who_is_a_schools_professor():
    """朱某同志是…学院副教授: affiliated with the school; 朱某同志先后走访企业60余家 → 走访企业."""
    out = run("记宿豫区第十五批科技镇长团团员朱立明同志\n朱立明同志是南京工业大学材料科学与工程学院副教授。"
              "一年多来，朱立明同志先后走访企业60余家。")
    assert ("朱立明", "affiliatedWith", "南京工业大学材料科学与工程学院") in facts(out, "affiliatedWith")
    assert [f["indicator"] for f in out["figures"]] == ["走访企业"]


def test_a_designated_lab_whose_name_joins_two_subjects():
    """…大学流体动力与机电系统国家重点实验室 is one lab of that university; 东南大学与某公司共建的实验室 is two parties."""
    out = run("团队依托浙江大学流体动力与机电系统国家重点实验室，为企业解决了液压阀设计难题。")
    assert ("浙江大学流体动力与机电系统国家重点实验室", "hostedBy", "浙江大学") in facts(out, "hostedBy")
    out = run("东南大学与江苏某某精密机械有限公司共建的精密传动重点实验室揭牌。")
    assert not any(n.startswith("东南大学") for n in names(out, "Platform"))


def test_a_firm_named_after_its_zone_is_in_that_zone():
    """…保税区某某港务有限公司, when the article names the zone: located in the zone."""
    out = run("如东经济开发区第十六批科技镇长团走访了如东经济开发区远航精密机械有限公司。")
    assert ("如东经济开发区远航精密机械有限公司", "locatedIn", "如东经济开发区") in facts(out, "locatedIn")


def test_an_indented_roster_of_members_with_their_posts():
    """　　林某（南通大学），挂职某高新区管委会副主任；: a member, affiliated with the university and
    the agency of the post; 8名团员分别是 is the roster's size, no figure; 任职决定 is no name."""
    out = run("会上宣读了省第十六批科技镇长团海安团成员任职决定。此次来海安挂职的8名团员分别是：\n"
              "　　团长丁某某（东南大学），挂职海安市副市长；\n"
              "　　林若某（南通大学），挂职海安高新区管委会副主任；\n"
              "　　韩某（江苏大学），挂职海安市工业和信息化局副局长。")
    assert {"林若某", "韩某"} <= names(out, "Person") and "任职决" not in names(out, "Person")
    assert ("林若某", "affiliatedWith", "南通大学") in facts(out, "affiliatedWith")
    assert any(s == "韩某" and o.startswith("海安市工") for s, _, o in facts(out, "affiliatedWith"))
    assert out["figures"] == []


def test_members_under_each_teams_heading_belong_to_that_team():
    """泗洪县科技镇长团：…任团长…；射阳县科技镇长团：…马某任副团长…挂职…: each heading's team."""
    out = run("我校共选派4名教师，分别加入泗洪县、射阳县2支科技镇长团。具体安排如下：\n"
              "泗洪县科技镇长团：机械工程学院教授刘某某任团长，挂职泗洪县副县长；化工学院副教授孙某某挂职泗洪县科技局副局长。\n"
              "射阳县科技镇长团：计算机学院副教授马某任副团长，挂职射阳县副县长；能源学院讲师杜某某挂职射阳县合德镇副镇长。\n")
    members = facts(out, "memberOf")
    assert ("马某", "memberOf", "射阳县科技镇长团") in members and ("杜某某", "memberOf", "射阳县科技镇长团") in members
    assert ("刘某某", "leads", "泗洪县科技镇长团") in facts(out, "leads")
    assert not any(s in ("马某", "杜某某") and o.startswith("泗洪") for s, _, o in members)


def test_a_local_firm_introduced_by_a_noun_before_its_place():
    """宜兴本地企业江苏某某环境工程有限公司: the name starts at 江苏."""
    out = run("宜兴团牵线河海大学环境学院与宜兴本地企业江苏绿泽环境工程有限公司签订技术开发合同。")
    assert "江苏绿泽环境工程有限公司" in names(out, "Enterprise")


def test_the_universitys_strengths_in_its_own_news():
    """学校将依托在化工、新材料等领域的学科优势 (a university's own news): that university's fields."""
    out = run("沈某某带队赴大丰区走访，看望我校挂职干部，并见证大丰区科技镇长团与我校化工学院签约。"
              "他指出，学校将依托在化工、新材料、生物医药等领域的学科优势，支持挂职干部开展工作。",
              source="南京工业大学新闻网")
    fields = facts(out, "hasField")
    assert {("南京工业大学", "hasField", f) for f in ("新材料", "生物医药")} <= fields
    assert not any(s.endswith("科技镇长团") for s, _, _ in fields)


def test_a_teams_tally_in_a_sentence_that_names_the_university_after_the_team():
    """大丰区科技镇长团由来自我校、…的8名成员组成，…走访企业150余家: the team's figures, while
    我校科技镇长团成员累计促成…62项 stays the university's own tally."""
    out = run("大丰区第十六批科技镇长团由来自我校、江南大学等高校的8名成员组成，到任以来累计走访企业150余家，"
              "促成产学研合作项目23项。第十五批挂职期间，我校科技镇长团成员累计促成校地合作项目62项。",
              source="南京工业大学新闻网")
    assert sorted(f["value"] for f in out["figures"]) == [23, 150]


def test_a_provincial_roundup_keeps_the_programmes_tally_and_each_sections_team():
    """江苏省第十五批科技镇长团…；全省108个科技镇长团…累计走访企业3.2万余家: the programme's tally
    (its agency's), not the first county team's; a section's team that opens a sentence brokers."""
    out = run("记者从省委组织部、省科技厅获悉，江苏省第十五批科技镇长团日前圆满完成一年挂职任务。"
              "一年来，全省108个科技镇长团累计走访企业3.2万余家次。\n"
              "【海门：把大院大所搬到家门口】\n海门区第十五批科技镇长团促成产学研合作项目86项。"
              "海门团推动南京大学与海门区共建创新中心。\n"
              "【邳州：找准新赛道】\n邳州市第十五批科技镇长团牵线南京林业大学与江苏某森板材科技有限公司签订研发合同。")
    by_value = subject_by_value(out)
    assert by_value[32000] == "江苏省科技厅" and by_value[86] == "海门区第十五批科技镇长团"
    assert 108 not in by_value
    assert ("邳州市第十五批科技镇长团", "brokered", "南京林业大学") in facts(out, "brokered")
    assert not any(s.startswith("海门") and o == "南京林业大学" for s, _, o in facts(out, "brokered"))


def test_schools_named_bare_as_parties_in_a_universitys_news():
    """；林学院与位于新河镇的江苏某某有限公司签订… (the university's own news): its school is the
    party, the firm (not the town it is in) the partner, and the firm is in that town."""
    out = run("在沭阳县科技镇长团的牵线下，我校6个学院与县内企业现场签订校企合作协议：化学工程学院与江苏绿某生物质能源科技有限公司"
              "签订技术合作协议；林学院与位于新河镇的江苏花某园艺科技有限公司签订合作协议。",
              source="南京林业大学新闻网")
    pairs = facts(out, "collaboratesWith")
    assert ("南京林业大学化学工程学院", "collaboratesWith", "江苏绿某生物质能源科技有限公司") in pairs
    assert ("南京林业大学林学院", "collaboratesWith", "江苏花某园艺科技有限公司") in pairs
    assert not any("新河镇" in (s, o) for s, _, o in pairs)
    assert ("江苏花某园艺科技有限公司", "locatedIn", "新河镇") in facts(out, "locatedIn")


def test_a_firms_own_money_is_the_firms():
    """企业首期投入研发经费150万元 after a firm's deal: the firm's; 实现营业收入 with no firm named:
    nobody's, with the firm as its sentence's subject (某泰电气…，实现营业收入2.6亿元): the firm's;
    带动企业新增研发投入 stays the team's outcome."""
    out = run("在洪泽区第十六批科技镇长团推动下，河海大学与淮安某泰智能电气有限公司签署合作协议，共同组建联合实验室，"
              "企业首期投入研发经费150万元。开发区内高新技术企业2024年实现营业收入8.8亿元。"
              "位于开发区的某泰电气是一家高新技术企业，2024年实现营业收入2.6亿元。"
              "一年来，洪泽区科技镇长团带动企业新增研发投入3000万元。")
    by_value = subject_by_value(out)
    assert by_value == {1500000: "淮安某泰智能电气有限公司", 260000000: "淮安某泰智能电气有限公司",
                        30000000: "洪泽区第十六批科技镇长团"}


def test_a_schools_own_news_and_its_wo_yuan():
    """来源：某大学某学院 — 我院…教工党支部与X公司党支部签订结对共建协议: the school is the party;
    此次结对共建由Y牵线促成: Y brokered that deal."""
    out = run("我院电力系统教工党支部与淮安某泰智能电气有限公司党支部签订结对共建协议。能源与电气学院党委书记顾某、"
              "洪泽区第十六批科技镇长团成员陶某远出席。此次结对共建由陶某远牵线促成。", source="河海大学能源与电气学院")
    assert ("河海大学能源与电气学院", "collaboratesWith", "淮安某泰智能电气有限公司") in facts(out, "collaboratesWith")
    assert ("陶某远", "brokered", "淮安某泰智能电气有限公司") in facts(out, "brokered")


def test_wo_yuan_and_a_bare_xueyuan_in_a_schools_own_news_are_that_school():
    """来源：某大学某学院 names the school only in the source line: 我院陶某教授 is its member, 我院与X
    共建… makes it a party, and 学院 opening a clause (，学院副院长贺某带队…) is the school too."""
    out = run("2023年9月，我院陶某远教授作为第十五批科技镇长团成员，赴泗洪县挂职副县长。"
              "在他的牵线下，学院副院长贺某群带队赴泗洪开展校地对接。"
              "同样在陶某远的推动下，我院与江苏恒某纺织机械有限公司共建“纺机智能装备联合研发中心”。",
              source="合肥工业大学机械工程学院")
    unit = "合肥工业大学机械工程学院"
    assert unit in names(out, "AcademicUnit")
    assert {("陶某远", "affiliatedWith", unit), ("贺某群", "affiliatedWith", unit)} <= facts(out, "affiliatedWith")
    assert (unit, "partOf", "合肥工业大学") in facts(out, "partOf")
    assert (unit, "collaboratesWith", "江苏恒某纺织机械有限公司") in facts(out, "collaboratesWith")
    assert not any(unit in e["aliases"] or "我院" in e["aliases"] for e in out["entities"])


def test_a_school_named_alone_in_the_source_is_the_one_its_title_names_with_its_university():
    """来源：园艺学院, with 南京农业大学园艺学院… in the title: 我院 is 南京农业大学园艺学院; a source that is
    a university called 学院 (常州机电职业技术学院) is no school, and 我院 there names no school."""
    text = "12月6日，我院与江苏锦某园艺科技有限公司共建的实践教学基地在沭阳县新河镇揭牌。我院教师、新河镇副镇长祝某川牵线促成。"
    out = run(text, source="园艺学院", title="南京农业大学园艺学院沭阳新河花木实践教学基地揭牌")
    assert ("南京农业大学园艺学院", "collaboratesWith", "江苏锦某园艺科技有限公司") in facts(out, "collaboratesWith")
    assert ("祝某川", "affiliatedWith", "南京农业大学园艺学院") in facts(out, "affiliatedWith")
    other = run(text, source="常州机电职业技术学院", title="常州机电职业技术学院与沭阳县共建实践教学基地")
    assert not names(other, "AcademicUnit")


def test_a_young_teacher_of_the_school_then_a_team_post_is_the_schools():
    """我院青年教师、邳州市第十五批科技镇长团团员孔某哲: the member works at the school, whose university
    is then the team's member institution."""
    out = run("实验室的落地，离不开我院青年教师、邳州市第十五批科技镇长团团员孔某哲的牵线搭桥。", source="南京林业大学化学工程学院")
    assert ("孔某哲", "affiliatedWith", "南京林业大学化学工程学院") in facts(out, "affiliatedWith")
    assert ("邳州市第十五批科技镇长团", "memberInstitution", "南京林业大学") in facts(out, "memberInstitution")


def test_an_office_of_the_university_as_source_leaves_its_title_to_name_it():
    """发布单位：研究生院 names no university: the university the title names is the one whose news it
    is (学校 twice), and its bare 学部 before a title is that university's."""
    out = run("12月6日，苏州大学—江苏皋某新材料科技有限公司研究生工作站揭牌。如皋市第十五批科技镇长团团员顾某言出席。"
              "顾某言是材料与化学化工学部副教授。工作站是学校深化产教融合的重要载体，目前学校已建有工作站150余个。",
              source="研究生院", title="苏州大学—江苏皋某新材料科技有限公司研究生工作站揭牌")
    assert ("顾某言", "affiliatedWith", "苏州大学材料与化学化工学部") in facts(out, "affiliatedWith")


def test_a_short_team_name_after_a_batch_is_that_batchs_team():
    """第十六批东海团团长、南京大学副教授岑某舒 in a handover of two batches: the 16th batch's 东海县 team,
    not the batch the article names first."""
    out = run("连云港市第十五批科技镇长团工作总结暨第十六批科技镇长团欢迎会举行。两批团员均派驻东海县、灌南县等地。"
              "第十五批东海团累计走访企业380余家。"
              "会上，第十六批东海团团长、南京大学副教授岑某舒，第十六批灌南团团长、中国药科大学教授印某实接过了项目交接清单。")
    assert {("岑某舒", "leads", "东海县第十六批科技镇长团"), ("印某实", "leads", "灌南县第十六批科技镇长团")} <= facts(out, "leads")
    assert ("东海县第十六批科技镇长团", "memberInstitution", "南京大学") in facts(out, "memberInstitution")
    assert "东海县第十五批科技镇长团" in names(out, "Team")


@pytest.mark.parametrize("name", ["闻子衿", "宓长河", "郗凌霄", "萧启航", "浦建良"])
def test_less_common_surnames_open_a_name_after_a_title(name):
    """闻, 宓, 郗, 萧, 浦 are surnames (Jiangsu has them): 团员、淮阴工学院副教授闻子衿 is a member."""
    out = run(f"盱眙县第十四批科技镇长团团员、淮阴工学院副教授{name}挂职官滩镇两年。")
    assert (name, "affiliatedWith", "淮阴工学院") in facts(out, "affiliatedWith")


def test_a_checklist_names_the_members_sources_and_the_firms_visited_after_colons():
    """· 团员来源:A、B等7家单位 — the institutions that send the members; — 重点走访区内企业:X、Y、Z — each
    firm after the colon was visited."""
    out = run("南京市六合区第十五批科技镇长团自去年8月到岗以来推进各项工作。\n"
              "· 团员来源:南京工业大学、南京邮电大学、南京医科大学等7家单位,共10人\n"
              "— 重点走访区内企业:南京恒某化工新材料有限公司、南京沐某环保科技有限公司、江苏芮某生物医药有限公司\n")
    team = "六合区第十五批科技镇长团"
    assert {(team, "memberInstitution", u) for u in ("南京工业大学", "南京邮电大学", "南京医科大学")} <= facts(out, "memberInstitution")
    assert {(team, "visited", f) for f in ("南京恒某化工新材料有限公司", "南京沐某环保科技有限公司", "江苏芮某生物医药有限公司")
            } <= facts(out, "visited")


def test_verbs_before_a_zone_word_are_no_part_of_a_zones_name():
    """配合高新区团做好…, 把高校专家请进园区: 配合 and 请进 are verbs, not the start of a zone's name."""
    out = run("南通高新区第十六批科技镇长团到岗以来，区科技创新局积极配合高新区团做好团员服务保障，"
              "团员们把高校专家请进园区开展技术诊断。")
    assert not {n for n in names(out) if n.startswith(("配合", "请进"))}


def test_a_leader_taken_by_someone_leads_the_team_the_paragraph_named_last():
    """…第十四批团…\n新一批团员同样带着诚意而来。第十五批科技镇长团共12名成员…。团长由…邰某清担任: the 15th
    batch's leader, though the article is mostly about the 14th."""
    out = run("盱眙县第十四批科技镇长团欢送会暨第十五批科技镇长团欢迎会召开。第十四批团累计走访企业320余家。第十四批团促成合作46项。\n"
              "新一批团员同样带着诚意而来。第十五批科技镇长团共12名成员，分别来自东南大学、南京理工大学等10家单位。"
              "团长由南京理工大学科技处副处长邰某清担任，挂任副县长。")
    assert ("邰某清", "leads", "盱眙县第十五批科技镇长团") in facts(out, "leads")
    assert ("邰某清", "leads", "盱眙县第十四批科技镇长团") not in facts(out, "leads")


@pytest.mark.parametrize("firm", ["江苏虾都源水产科技有限公司", "江苏菊源本草生物科技有限公司", "江苏陶都精瓷新材料有限公司"])
def test_a_stop_character_inside_a_brand_after_its_place_is_part_of_the_name(firm):
    """江苏虾都源…, 江苏菊源本草…: 都 and 本 one or two characters after the place that opens the name
    are the brand's, not "all" and "this"."""
    out = run(f"团员牵线东南大学与县内龙头企业{firm}签订技术开发合同。")
    assert firm in names(out, "Enterprise")


def test_an_award_lists_rows_name_each_members_team_and_institution():
    """二、优秀团员 — 陆某行（宜兴团，江南大学）, 蒋某远（无锡市江阴市团，上海交通大学）: one member a line,
    with their team first in the brackets and their institution after it."""
    out = run("关于通报表扬第十五批优秀科技镇长团和优秀团员的决定\n第十五批科技镇长团到岗服务两年来成效显著。\n二、优秀团员（2名）\n"
              "陆某行（宜兴团，江南大学）\n蒋某远（无锡市江阴市团，上海交通大学）\n"
              "宜兴市、江阴市科技镇长团表现突出。")
    assert {("陆某行", "memberOf", "宜兴市第十五批科技镇长团"), ("蒋某远", "memberOf", "江阴市第十五批科技镇长团")
            } <= facts(out, "memberOf")
    assert {("陆某行", "affiliatedWith", "江南大学"), ("蒋某远", "affiliatedWith", "上海交通大学")} <= facts(out, "affiliatedWith")


@pytest.mark.parametrize("after", ["中心落户开发区，首期投入研发经费2000万元，目前已入驻研发人员35名。",
                                   "该中心运行一年来已申请发明专利17件，入驻研发人员35名。",
                                   "中心成立半年来，已签订技术开发合同4项，入驻研发人员35名。"])
def test_a_sentence_that_opens_on_a_platforms_kind_reports_that_platforms_figures(after):
    """…共建“X创新中心”。中心落户…，目前已入驻研发人员35名 / 该中心运行一年来… / 中心成立半年来…: the
    platform's own tallies, not the team's."""
    out = run("南通开发区第十五批科技镇长团推动南京理工大学与南通经济技术开发区共建“南京理工大学南通智能制造创新中心”。" + after)
    by_value = {(f["value"], f["unit"]): f["s"] for f in out["figures"]}
    assert by_value[(35, "person")] == "南京理工大学南通智能制造创新中心"


@pytest.mark.parametrize("after", ["，首期建设资金800万元。", "，首批12名研究生已进驻企业。"])
def test_a_first_phase_right_after_a_new_platform_is_the_platforms(after):
    """共建“X研究院”，首期建设资金800万元 / …，首批12名研究生已进驻: the new platform's first phase."""
    out = run("在盱眙团的推动下，南京工业大学与盱眙经济开发区签订战略合作协议，共建“南工大盱眙凹土功能材料研究院”" + after)
    assert {f["s"] for f in out["figures"]} == {"南工大盱眙凹土功能材料研究院"}


@pytest.mark.parametrize("after", ["该中心首期投入研发经费150万元。", "平台位于常熟高新区，总投资5000万元。"])
def test_this_platform_or_a_platform_located_reports_its_own_money(after):
    """…共建“X”。该中心首期投入研发经费150万元 / 平台位于…，总投资5000万元: the platform's money."""
    kind = "平台" if after.startswith("平台") else "中心"
    name = "苏州纳米所常熟柔性电子中试平台" if kind == "平台" else "功能纺织品工程技术研究中心"
    out = run(f"常熟市第十五批科技镇长团促成宿迁某纶达纺织有限公司与东南大学共建“{name}”。" + after)
    assert {f["s"] for f in out["figures"]} == {name}


def test_a_deal_a_firm_signs_with_no_broker_in_the_sentence_has_the_firms_amount():
    """其中，苏州某维森光电科技有限公司与苏州大学签订…合同，金额860万元: the firm's own deal; 在他的牵线下，
    A与B签订…，金额…: the broker's, as before."""
    out = run("苏州高新区第十五批科技镇长团到任以来促成合作项目40项。"
              "其中，苏州某维森光电科技有限公司与苏州大学签订激光测距模组技术开发合同，金额860万元。"
              "团员、东南大学副教授周某秋多次上门。在他的牵线下，苏州某翼智能装备有限公司与东南大学签订技术开发合同，金额120万元。")
    by_value = subject_by_value(out)
    assert by_value[8600000] == "苏州某维森光电科技有限公司"
    assert by_value[1200000] == "周某秋"


def test_a_report_whose_source_is_an_agency_gives_the_agency_its_tallies():
    """来源：沭阳县委人才办 — 沭阳县2023年度人才工作综述: 全年新引进各类人才1.56万人 is the office's tally,
    though its first sentence names it only as 县委人才办."""
    text = ("沭阳县2023年度人才工作综述\n\n2023年，县委人才办坚持人才强县战略。全年新引进各类人才1.56万人，"
            "其中硕士以上高层次人才612人。\n到任以来，沭阳县第十六批科技镇长团走访企业210余家。")
    out = run(text, source="沭阳县委人才办")
    by_value = subject_by_value(out)
    assert by_value[15600] == by_value[612] == "沭阳县委人才办"
    assert by_value[210] == "沭阳县第十六批科技镇长团"


def test_a_universitys_tally_of_its_staff_counted_after_wo_xiao_is_the_universitys():
    """南京邮电大学新闻网: 半年来我校6名挂职干部累计走访企业420余家 — 我校 with its staff's count is the
    university, whose own tally this is."""
    out = run("2024年8月，我校6名教师作为第十六批科技镇长团成员，分赴阜宁县、金湖县挂职。"
              "据统计，半年来我校6名挂职干部累计走访企业420余家，促成校地校企合作项目31项。", source="南京邮电大学新闻网")
    by_value = subject_by_value(out)
    assert by_value[420] == by_value[31] == "南京邮电大学"


def test_a_clause_that_counts_a_whole_place_gives_the_place_its_figure():
    """南通高新区…截至9月底，全区拥有省级以上研发机构142家: the zone's count; 全团走访企业86家 stays the team's."""
    out = run("南通高新区发布三季度科技创新工作简报。南通高新区第十六批科技镇长团三季度走访企业86家。"
              "截至9月底，全区拥有省级以上研发机构142家、新型研发机构7家。")
    by_value = subject_by_value(out)
    assert by_value[142] == by_value[7] == "南通高新区"
    assert by_value[86] == "南通高新区第十六批科技镇长团"


def test_a_zones_sub_team_after_its_city_team_is_a_team_of_its_own_and_part_of_it():
    """昆山高新区科技镇长团… 昆山市第十五批科技镇长团高新区分团主办…: no zone is named 昆山市第十五批科技镇长团
    高新区; 高新区分团 is the zone's team, part of the city's team of its batch; “镇长团进园区” is no zone."""
    out = run("昆山高新区科技镇长团产学研需求对接会举办\n6月14日，昆山市第十五批科技镇长团高新区分团主办的对接会在昆山高新区举行，"
              "“镇长团进园区”活动同步启动。高新区分团到任一年来累计组织对接活动19场。")
    assert not {n for n in names(out, "Locality") if "团" in n}
    assert ("昆山高新区第十五批科技镇长团", "partOf", "昆山市第十五批科技镇长团") in facts(out, "partOf")
    assert {f["s"] for f in out["figures"]} == {"昆山高新区第十五批科技镇长团"}


def test_a_clause_that_opens_on_a_platforms_kind_after_a_time_reports_the_platform():
    """…研究院随即落户扬中高新区。运行一年来，研究院…累计集聚研发人员62名 / 分中心2022年9月揭牌以来…: the
    platform named before, though a time phrase comes first; a 技术转移分中心 is its 分中心."""
    out = run("在扬中市第十五批科技镇长团的牵线推动下，河海大学与扬中市人民政府签署共建协议，共建“河海大学扬中新能源电气研究院”。"
              "运行一年来，研究院围绕智能电气方向，累计集聚研发人员62名。"
              "南京林业大学句容技术转移分中心召开年度工作会。分中心2022年9月揭牌以来，发布科技成果150余项。")
    by_value = subject_by_value(out)
    assert by_value[62] == "河海大学扬中新能源电气研究院"
    assert by_value[150] == "南京林业大学句容技术转移分中心"


def test_a_handover_between_two_batches_keeps_each_batchs_members():
    """欢送第十五批、欢迎第十六批: 第十五批团员分别来自A… are the 15th's; 第十六批…共7名成员…。其中，
    团长吴某（B）… and 第十六批科技镇长团成员走访了C are the 16th's."""
    out = run("江都区召开第十五批科技镇长团欢送暨第十六批科技镇长团欢迎会\n"
              "会上，第十五批科技镇长团团长马某（扬州大学）作工作汇报。第十五批团员分别来自扬州大学、南京工业大学等高校。\n"
              "第十六批科技镇长团共7名成员，团员分别来自南京航空航天大学、苏州大学等单位。其中，团长吴某（南京航空航天大学）挂职江都区副区长。\n"
              "会后，第十六批科技镇长团成员走访了扬州某锐数控机床有限公司。")
    assert ("江都区第十五批科技镇长团", "memberInstitution", "南京工业大学") in facts(out, "memberInstitution")
    assert ("吴某", "leads", "江都区第十六批科技镇长团") in facts(out, "leads")
    assert ("江都区第十六批科技镇长团", "visited", "扬州某锐数控机床有限公司") in facts(out, "visited")


def test_a_role_after_the_teams_short_form_in_brackets():
    """东台市第十六批科技镇长团（东台团）团长、挂职东台市副市长韦某（河海大学）: leads that team, not the city's."""
    out = run("我市第十六批科技镇长团半年成绩单亮眼\n\n　　2月2日，盐城市召开第十六批科技镇长团半年工作推进会。"
              "盐城市第十六批科技镇长团9个支团共68名成员深入企业。\n\n"
              "　　东台市第十六批科技镇长团（东台团）团长、挂职东台市副市长韦某诚（河海大学）介绍，东台团累计走访企业230余家。\n\n"
              "　　建湖县第十六批科技镇长团走访企业120家。大丰区第十六批科技镇长团走访企业90家。")
    assert ("韦某诚", "leads", "东台市第十六批科技镇长团") in facts(out, "leads")
    assert not any(s == "韦某诚" and o.startswith("盐城") for s, _, o in facts(out))


def test_a_team_that_won_a_firms_challenge_with_jie_de():
    """A教授团队揭得B公司“…”榜: A and B cooperate, and 揭得 is no part of B's name."""
    out = run("在吴江区第十六批科技镇长团组织下，首批9个项目揭榜成功。其中，南京邮电大学钟某航教授团队揭得苏州鼎某光电科技有限公司"
              "“低损耗光纤预制棒在线检测系统”榜，榜额260万元。")
    assert "苏州鼎某光电科技有限公司" in names(out, "Enterprise")
    assert ("南京邮电大学", "collaboratesWith", "苏州鼎某光电科技有限公司") in facts(out, "collaboratesWith")


def test_a_firms_brand_with_gongsi_is_the_firm_and_where_it_is_located():
    """位于南通市海门区常乐镇的江苏某启精密传动科技有限公司 … 某启公司: one firm, in 常乐镇."""
    out = run("走进位于南通市海门区常乐镇的江苏澜某精密传动科技有限公司装配车间。他跟随团队走访澜某公司，了解到企业需求。"
              "宋某行团队与澜某公司签订技术开发合同。")
    assert names(out, "Enterprise") == {"江苏澜某精密传动科技有限公司"}
    assert ("江苏澜某精密传动科技有限公司", "locatedIn", "常乐镇") in facts(out, "locatedIn")


def test_a_leader_named_after_his_local_post_and_de():
    """据团长、挂职海门区副区长的钱某群介绍 (钱某群说 elsewhere): the team's leader."""
    out = run("海门区第十五批科技镇长团到任以来成效明显。据团长、挂职海门区副区长的钱某群介绍，该团共11名成员。"
              "“我们按产业链把团员分成三个小组。”钱某群说。")
    assert ("钱某群", "leads", "海门区第十五批科技镇长团") in facts(out, "leads")


def test_a_list_of_fields_that_ends_with_shi_n_da_industries():
    """江都是制造业大区，汽车及零部件、高端装备、新材料是三大主导产业: three fields, none named 新材料是."""
    out = run("江都区第十六批科技镇长团团长程某：江都是制造业大区，汽车及零部件、高端装备、新材料是三大主导产业。")
    assert "新材料" in names(out, "Field") and not any(n.endswith("是") for n in names(out, "Field"))
    assert ("江都区", "hasField", "新材料") in facts(out, "hasField")


def test_a_zone_named_after_its_district():
    """在贾汪区徐州工业园区举行: the zone is 徐州工业园区, in 贾汪区."""
    out = run("揭牌仪式在贾汪区徐州工业园区举行。贾汪区第十六批科技镇长团团员参加活动。")
    assert "徐州工业园区" in names(out, "Locality") and "贾汪区徐州工业园区" not in names(out)
    assert ("徐州工业园区", "locatedIn", "贾汪区") in facts(out, "locatedIn")


def test_a_member_who_brokers_for_a_school_named_after_the_verb():
    """…团长、挂职阜宁县副县长、我校通信与信息工程学院教授卜某杰…。卜某杰牵线通信与信息工程学院与X共建…:
    the school's name starts after 牵线; the leader's chain runs over 挂职…副县长 and 我校."""
    out = run("阜宁县第十六批科技镇长团团长、挂职阜宁县副县长、我校通信与信息工程学院教授卜某杰带领团队走访企业。"
              "针对光缆产业需求，卜某杰牵线通信与信息工程学院与县内企业江苏阜某光缆科技有限公司共建联合实验室。"
              "半年来，他们立足挂职地产业需求开展工作。", source="南京邮电大学新闻网")
    units = names(out, "AcademicUnit")
    assert "南京邮电大学通信与信息工程学院" in units and not any("牵线" in n for n in units)
    assert ("卜某杰", "leads", "阜宁县第十六批科技镇长团") in facts(out, "leads")
    assert ("卜某杰", "brokered", "江苏阜某光缆科技有限公司") in facts(out, "brokered")
    assert "挂职地" not in names(out, "Field")


def test_a_members_own_tally_is_the_members():
    """到任以来，倪某峰累计走访企业90余家…: the person's figures; 团长X介绍，团队累计… stays the team's."""
    out = run("太仓市第十六批科技镇长团团员倪某峰挂职沙溪镇副镇长。到任以来，倪某峰累计走访企业90余家，促成产学研合作项目12项。"
              "团长王某介绍，太仓市第十六批科技镇长团累计走访企业300余家。")
    by_value = subject_by_value(out)
    assert by_value == {90: "倪某峰", 12: "倪某峰", 300: "太仓市第十六批科技镇长团"}


def test_a_zones_short_name_and_its_team_are_the_full_zones():
    """南通开发区科技镇长团 … 南通经济技术开发区第十六批科技镇长团: one zone, one team."""
    out = run("南通开发区科技镇长团：把高校智慧接入园区\n在南通经济技术开发区科技镇长团推进会上，团长钱某作了发言。"
              "南通经济技术开发区第十六批科技镇长团于2023年8月到任。")
    assert names(out, "Team") == {"南通经济技术开发区第十六批科技镇长团"}
    assert names(out, "Locality") == {"南通经济技术开发区"}


def test_a_roster_table_with_tabs_numbers_and_padded_names():
    """序号\\t姓名\\t派出单位\\t挂职岗位 rows: each member, their body, the agency of their post; 马　骁 is 马骁;
    11名“科技镇长”亮相 is the team's size; 在镇江全市科技镇长团考核中 names no city team; 行政中心 is no platform."""
    out = run("句容市第十六批科技镇长团到岗 11名“科技镇长”亮相\n"
              "8月28日，句容市第十六批科技镇长团见面会在句容市行政中心召开。现将成员名单及挂职岗位公布如下：\n"
              "序号\t姓名\t派出单位\t挂职岗位\n"
              "1\t王某源\t南京农业大学园艺学院\t句容市副市长（团长）\n"
              "2\t潘某琳\t江苏大学\t句容市科技局副局长\n"
              "3\t马　骁\t南京林业大学\t宝华镇副镇长\n"
              "上一批团队在镇江全市科技镇长团考核中获评优秀。句容的茶叶、草莓、苗木产业基础雄厚。")
    assert {"潘某琳", "马骁"} <= names(out, "Person")
    assert {("潘某琳", "affiliatedWith", "江苏大学"), ("潘某琳", "affiliatedWith", "句容市科技局"),
            ("马骁", "memberOf", "句容市第十六批科技镇长团")} <= facts(out)
    assert names(out, "Team") == {"句容市第十六批科技镇长团"} and not names(out, "Platform")
    assert out["figures"] == [] and "茶叶" in names(out, "Field")


def test_an_industry_team_named_for_its_industry():
    """泰州市第十七批生物医药产业科技镇长团 (and 泰州生物医药产业科技镇长团 in the title): one team with its industry."""
    out = run("泰州生物医药产业科技镇长团：沿着产业链问诊开方\n3月18日，泰州市第十七批生物医药产业科技镇长团召开年度工作总结会。")
    assert names(out, "Team") == {"泰州市第十七批生物医药产业科技镇长团"}


def test_words_that_are_no_part_of_names():
    """今年合作社…, 在苏州建起科创飞地, 成员任期虽…, 将会同县人社局 (会同: together with), A与B合作建设X基地,
    and a table's cells 江苏某某有限公司　中国科学院某研究所: none of them one name."""
    out = run("宿迁市宿豫区第十六批科技镇长团成员任期虽只有一年。今年合作社试点池塘的蟹苗成活率明显提高。"
              "泗洪在苏州建起科创飞地。金湖县委人才办将会同县人社局持续优化政策。"
              "中国科学院南京地理与湖泊研究所与金湖县农业农村局合作建设白马湖水生态修复示范基地。\n"
              "8　江苏清某水务科技有限公司　中国科学院南京地理与湖泊研究所　污水生态处理技术　210\n")
    everything = names(out)
    assert not {"今年合作社", "任期虽", "会同县"} & everything
    assert not any(("建起" in n or "合作建设" in n or "有限公司中国" in n) for n in everything)
    assert "江苏清某水务科技有限公司" in names(out, "Enterprise")


def test_a_platform_named_after_a_firm_is_still_one_name_next_to_an_institute():
    """江苏某某机械有限公司院士工作站 stays a platform hosted by the firm, while 江苏某某有限公司　中国科学院…研究所
    (two cells) is no platform."""
    out = run("在科技镇长团推动下，江苏某某机械有限公司院士工作站揭牌，中国科学院南京土壤研究所专家出席。")
    assert ("江苏某某机械有限公司院士工作站", "hostedBy", "江苏某某机械有限公司") in facts(out, "hostedBy")


def test_a_firms_brand_and_trade_word_names_it():
    """昆山晟某精密电子有限公司 … 上海大学材料科学与工程学院与晟某精密共建实验室: the pair is with that firm."""
    out = run("昆山晟某精密电子有限公司总经理蒋某东给千灯镇副镇长打来电话。在千灯镇科技镇长团团员牵线下，"
              "上海大学材料科学与工程学院与晟某精密共建“精密电子功能镀层联合实验室”。")
    assert ("上海大学材料科学与工程学院", "collaboratesWith", "昆山晟某精密电子有限公司") in facts(out, "collaboratesWith")
    assert names(out, "Enterprise") == {"昆山晟某精密电子有限公司"}


def test_a_firms_brand_with_a_later_trade_word_names_it():
    """淮安某泰智能电气有限公司 … 与某泰电气共建: the brand with the name's second trade word is the firm."""
    out = run("洪泽区科技镇长团团员陶某远来自河海大学。淮安某泰智能电气有限公司位于洪泽经济开发区。"
              "在陶某远牵线下，河海大学能源与电气学院与某泰电气共建智能配电联合实验室。")
    assert ("河海大学能源与电气学院", "collaboratesWith", "淮安某泰智能电气有限公司") in facts(out, "collaboratesWith")
    assert names(out, "Enterprise") == {"淮安某泰智能电气有限公司"}


def test_three_firms_of_one_brand_and_trade_leave_the_short_form_unread():
    """三家 firms whose names share 晟某精密: 晟某精密 names none of them (and extraction does not fail)."""
    out = run("昆山晟某精密电子有限公司、苏州晟某精密机械有限公司和无锡晟某精密模具有限公司参加对接会，晟某精密代表发言。")
    assert len(names(out, "Enterprise")) == 3


def test_a_firm_before_the_visit_cue_is_visited_by_who_went_there():
    """陶某远在江苏某泰电气有限公司调研时…; 图为团员在X生产车间调研: the place named between 在/到 and the
    cue is visited; 得到X考察 is no visit."""
    out = run("泰兴市科技镇长团团员陶某远来自河海大学。陶某远在江苏某泰电气有限公司调研时了解到企业需求。"
              "图为泰兴市科技镇长团团员在泰兴某华化工有限公司生产车间调研。江苏某禾食品有限公司的产品得到专家考察认可。")
    assert facts(out, "visited") == {("陶某远", "visited", "江苏某泰电气有限公司"),
                                     ("泰兴市科技镇长团", "visited", "泰兴某华化工有限公司")}


def test_a_guest_leading_a_delegation_visits_in_person_a_team_leader_with_the_team():
    """校党委书记沈某恒一行走访了X (no member): he visits; 团长陶某远带队走访Y: the team does, and he with it."""
    out = run("大丰区第十六批科技镇长团团长陶某远来自南京工业大学。4月16日，南京工业大学校党委书记沈某恒一行"
              "走访了江苏某澜风电装备有限公司。陶某远带队走访了盐城某茂生物科技有限公司。")
    assert facts(out, "visited") == {("沈某恒", "visited", "江苏某澜风电装备有限公司"),
                                     ("大丰区第十六批科技镇长团", "visited", "盐城某茂生物科技有限公司"),
                                     ("陶某远", "visited", "盐城某茂生物科技有限公司")}


def figs(out: dict) -> set[tuple[str, float]]:
    return {(f["s"], f["value"]) for f in out["figures"]}


def test_a_town_that_opens_its_sentence_reports_its_figures():
    """黄桥镇已与高校院所签订…9项: the town's; 某某镇…，魏某推动…，组织培训8场: not the town's (an actor between);
    靖江市某某新型研发机构已服务企业43家 (a name the place begins): not the place's."""
    out = run("泰兴市科技镇长团团员魏某涵来自南京邮电大学。黄桥镇已与高校院所签订产学研合作协议9项。"
              "耿车镇电商产业发达，魏某涵推动南京邮电大学与耿车镇签订结对共建协议，组织电商直播培训8场。"
              "靖江市计算机科学与技术新型研发机构已服务企业43家。")
    got = figs(out)
    assert ("黄桥镇", 9) in got
    assert not any(s in ("靖江市", "耿车镇") for s, _ in got) and {v for _, v in got} == {9, 8, 43}


def test_a_places_team_short_form_before_jianli_is_the_team():
    """宜兴团建立…机制，累计走访企业420余家: 团建 is a word, 宜兴团 + 建立 is the team."""
    out = run("宜兴市第十五批科技镇长团到任。宜兴团建立挂钩服务机制，累计走访企业420余家次。")
    assert figs(out) == {("宜兴市第十五批科技镇长团", 420)}
    ent = next(e for e in out["entities"] if e["name"] == "宜兴市第十五批科技镇长团")
    assert "宜兴团" in ent["aliases"]


def test_a_named_member_who_arranged_a_deal_is_its_broker():
    """顾某（江南大学生物工程学院）牵线A与B; X团团长、东南大学教授钟某…，牵线A与B; …副教授殷某，促成A与B;
    在许某和邹某的共同推动下，A与B签订: the persons, not the team, brokered."""
    out = run("东台市科技镇长团团员许某宁、邹某哲来自河海大学。团员、弶港镇副镇长顾某（江南大学生物工程学院）牵线盐城某之源水产食品有限公司"
              "与江南大学生物工程学院签订技术开发合同。东台市科技镇长团团长、东南大学教授钟某挂职副主任，"
              "了解情况后牵线东南大学机械工程学院与东台某锐精密机械有限公司开展合作。团员、挂职大桥镇副镇长的"
              "扬州大学副教授殷某，促成扬州大学机械工程学院与东台某淮船用设备有限公司共建联合研发中心。"
              "在许某宁和邹某哲的共同推动下，东台某川环保装备有限公司与河海大学环境学院签订了产学研合作协议。")
    got = facts(out, "brokered")
    assert {s for s, _, _ in got} == {"顾某", "钟某", "殷某", "许某宁", "邹某哲"}
    assert ("邹某哲", "brokered", "河海大学环境学院") in got and ("钟某", "brokered", "东南大学机械工程学院") in got


def test_titles_counts_and_particles_are_no_names():
    """科技副总和产业教授 (two titles), 总工成了“产业教授” (成 + 了), 文化旅游方向的副教授 (向 + 的),
    30余个工业园区 (how many parks), 推荐科技副总、产业教授人选 (no field list) name nothing; 副教授丁为民 does."""
    out = run("宜兴团团长、南京大学教授程某新表示，科技副总和产业教授是打通校企人才流动的有效途径。总工成了“产业教授”。"
              "团员崔某平是长江师范学院文化旅游方向的副教授。新产品已在30余个工业园区污水处理项目中应用。"
              "宜兴团在任期间已推荐科技副总、产业教授人选15名。南京农业大学工学院副教授丁为民常到企业。")
    assert names(out, "Person") == {"程某新", "崔某平", "丁为民"}
    assert not any("副总" in n for n in names(out, "Field")) and not any("园区" in n for n in names(out, "Locality"))


def test_a_visit_to_a_firm_named_with_its_place_and_by_a_member_with_a_bracket():
    """高某带队走访了位于A的X和位于B的Y: both firms; 许某（江南大学…副教授）多次走访位于C镇的Z: she visits Z."""
    out = run("邳州市第十五批科技镇长团团长、中国矿业大学教授高某带队走访了位于邳州经济开发区的邳州某程板材机械有限公司"
              "和位于官湖镇的邳州某泰化工有限公司。团员、双沟镇副镇长许某宁（江南大学食品学院副教授）多次走访位于双沟镇的"
              "宿迁某丰源食品有限公司。")
    assert facts(out, "visited") == {
        (who, "visited", firm) for who in ("邳州市第十五批科技镇长团", "高某")
        for firm in ("邳州某程板材机械有限公司", "邳州某泰化工有限公司")} | {("许某宁", "visited", "宿迁某丰源食品有限公司")}


def test_a_firms_name_cut_short_anywhere_after_its_brand_names_it():
    """扬州某锐液压机械有限公司 … 某锐液压总经理王某平; 泰州某邦新材料… → 某邦新材; 江苏某泰丰机械制造… → 某泰丰机械
    (the longest form the article writes, not 某泰丰机 inside it): the staff are the firm's."""
    out = run("扬州某锐液压机械有限公司位于江都区。某锐液压总经理王某平在签约后说，企业将与学院团队共同攻关。"
              "泰州某邦新材料科技有限公司成立于2015年。某邦新材总经理黄某娟对上门服务印象深刻。"
              "江苏某泰丰机械制造有限公司参加。某泰丰机械董事长王某华告诉记者。")
    assert facts(out, "affiliatedWith") == {("王某平", "affiliatedWith", "扬州某锐液压机械有限公司"),
                                            ("黄某娟", "affiliatedWith", "泰州某邦新材料科技有限公司"),
                                            ("王某华", "affiliatedWith", "江苏某泰丰机械制造有限公司")}
    firms = {e["name"]: e["aliases"] for e in out["entities"] if e["type"] == "Enterprise"}
    assert firms["江苏某泰丰机械制造有限公司"] == ["某泰丰机械"]


def test_a_teams_fields_that_are_its_places_industries_are_the_places_too():
    """泗洪县团紧扣全县A、B四大主导产业: the team's fields and the county's; 邳州市团…围绕邳州市C、D等主导产业:
    the city's and the team's; 团围绕E、F等领域促进成果转化 (no place's industry): the team's only."""
    out = run("泗洪县第十五批科技镇长团紧扣全县高端纺织、新材料两大主导产业，深入开展活动。"
              "邳州市第十五批科技镇长团邀请专家教授，围绕邳州市板材家居、新能源等主导产业，走访企业11家。"
              "润州区科技镇长团重点围绕数字经济、智能制造等领域促进高校科技成果转化。")
    got = facts(out, "hasField")
    for who, fields in (("泗洪县", ("高端纺织", "新材料")), ("邳州市", ("板材家居", "新能源"))):
        team = next(t for t in names(out, "Team") if t.startswith(who))
        assert {(x, "hasField", f) for x in (who, team) for f in fields} <= got
    # (润州区's team is of the one batch the article names: 润州区第十五批科技镇长团)
    assert ("润州区第十五批科技镇长团", "hasField", "数字经济") in got and ("润州区", "hasField", "数字经济") not in got


def test_a_platform_a_firm_and_a_school_build_together_is_hosted_by_both():
    """A公司与B学院共建C联合实验室: C is hosted by the firm as well as the school; 与D镇共建: D is where it is."""
    out = run("在科技镇长团牵线下，扬州某达智能装备有限公司与扬州大学机械工程学院共建智能焊接装备联合实验室。"
              "南京林业大学与官湖镇共建板材研究中心。")
    got = facts(out, "hostedBy")
    assert {("智能焊接装备联合实验室", "hostedBy", "扬州某达智能装备有限公司"),
            ("智能焊接装备联合实验室", "hostedBy", "扬州大学机械工程学院")} <= got
    assert ("板材研究中心", "hostedBy", "南京林业大学") in got and ("板材研究中心", "locatedIn", "官湖镇") in facts(out)


def test_a_firm_named_after_its_zone_and_by_brand_and_last_word():
    """在东台经济开发区江苏某川精密轴承有限公司: the zone is no part of the name; 某川轴承 (brand and the name's
    last word) is the firm; 目前，双方已共建X: the pair named before builds X."""
    out = run("在东台经济开发区江苏某川精密轴承有限公司的车间，总经理钱某栋介绍了新工艺。在周某远的撮合下，某川轴承与"
              "南京理工大学材料科学与工程学院签订技术开发合同。目前，双方已共建“某川—南理工精密轴承联合研发中心”。")
    assert names(out, "Enterprise") == {"江苏某川精密轴承有限公司"}
    assert ("江苏某川精密轴承有限公司", "locatedIn", "东台经济开发区") in facts(out)
    assert {("某川—南理工精密轴承联合研发中心", "hostedBy", h) for h in
            ("江苏某川精密轴承有限公司", "南京理工大学材料科学与工程学院")} <= facts(out, "hostedBy")


def test_what_a_deals_firm_gains_or_spends_is_the_firms_figure():
    """在X牵线下，A公司与B学院签订…，企业为此投入研发资金180万元 / …今年已新增订单1500万元: A's;
    帮助企业获得贷款2000万元: the team's outcome."""
    out = run("东台市第十六批科技镇长团到任。在团员周某远的撮合下，江苏某川精密轴承有限公司与南京理工大学材料科学与工程学院"
              "签订技术开发合同，企业为此投入研发资金180万元。在唐某舟的推动下，淮安某德食品有限公司与江南大学食品学院"
              "签订了长期技术服务合同，今年已新增订单1500万元。东台市第十六批科技镇长团帮助企业获得贷款2000万元。")
    assert figs(out) == {("江苏某川精密轴承有限公司", 1_800_000), ("淮安某德食品有限公司", 15_000_000),
                         ("东台市第十六批科技镇长团", 20_000_000)}


def test_a_batch_with_tuan_is_that_batchs_team():
    """第十四批团建立…，累计走访企业960余家次; 第十五批团…: each batch's team; 第十四批团长 is a role, no team."""
    out = run("东台市第十四批科技镇长团和东台市第十五批科技镇长团接力服务。第十四批团建立工作机制，累计走访企业960余家次。"
              "第十五批团累计走访企业300家。第十四批团长孙某介绍了工作。")
    assert figs(out) == {("东台市第十四批科技镇长团", 960), ("东台市第十五批科技镇长团", 300)}
    aliases = {e["name"]: e["aliases"] for e in out["entities"] if e["type"] == "Team"}
    assert aliases == {"东台市第十四批科技镇长团": ["第十四批团"], "东台市第十五批科技镇长团": ["第十五批团"]}


def test_a_whole_citys_sub_teams_tally_is_the_city_teams():
    """A city agency's report: 全市各分团累计走访企业1260家次，…合同金额1.38亿元: the city's team, not the agency."""
    out = run("淮安市科技局召开推进会。淮安市第十五批科技镇长团下设5个分团。到任半年多来，全市各分团累计走访企业1260家次，"
              "征集企业技术需求580项，合同金额1.38亿元。")
    assert figs(out) == {("淮安市第十五批科技镇长团", v) for v in (1260, 580, 138_000_000)}


def test_words_that_look_like_names_of_places_firms_and_persons():
    """…的指导和县委组织部的支持 (和县, a county in Anhui, is 和 + 县委); 预计可为公司新增产值 (no firm);
    技术总监冯某强指着… (强 ends no name); 副教授邵某帮我们… (帮 is the verb)."""
    out = run("在宿迁市委组织部的精心指导和县委组织部的大力支持下，团员邵某来自江苏大学。“预计可为公司新增年产值3000万元。”"
              "技术总监冯某强指着产品说。副教授邵某帮我们梳理知识产权。")
    assert names(out, "Locality") <= {"宿迁市"} and not names(out, "Enterprise")
    assert names(out, "Person") == {"冯某强", "邵某"}


def test_a_defined_short_form_that_reads_as_a_name_and_a_national_park():
    """X（以下简称“南航东台创新中心”）…南航东台创新中心已服务企业…: one platform, the short form its alias;
    中国宜兴环保科技工业园 keeps 中国 in its name."""
    out = run("南京航空航天大学与东台经济开发区共建南京航空航天大学东台智能制造创新中心（以下简称“南航东台创新中心”）。"
              "截至目前，南航东台创新中心已服务企业130余家。对接会在中国宜兴环保科技工业园举行。")
    plats = {e["name"]: e["aliases"] for e in out["entities"] if e["type"] == "Platform"}
    assert plats == {"南京航空航天大学东台智能制造创新中心": ["南航东台创新中心"]}
    assert figs(out) == {("南京航空航天大学东台智能制造创新中心", 130)}
    assert "中国宜兴环保科技工业园" in names(out, "Locality")


def test_an_award_lists_items_name_team_role_post_and_home():
    """戚某，东台市科技镇长团团长、挂职东台市副市长，河海大学教授。: leads that team, works at 河海大学;
    祁某，大丰区科技镇长团团员、挂职大丰区科技局副局长，南京工业大学博士。: a member of the other team, working
    at the university and the bureau she is seconded to."""
    out = run("获奖名单如下：\n戚某宏，东台市科技镇长团团长、挂职东台市副市长，河海大学教授。\n"
              "祁某蔓，大丰区科技镇长团团员、挂职大丰区科技局副局长，南京工业大学博士。")
    got = facts(out)
    assert {("戚某宏", "leads", "东台市科技镇长团"), ("戚某宏", "memberOf", "东台市科技镇长团"),
            ("戚某宏", "affiliatedWith", "河海大学"), ("祁某蔓", "memberOf", "大丰区科技镇长团"),
            ("祁某蔓", "affiliatedWith", "南京工业大学"), ("祁某蔓", "affiliatedWith", "大丰区科技局"),
            ("大丰区科技镇长团", "memberInstitution", "南京工业大学")} <= got
    assert ("祁某蔓", "memberOf", "东台市科技镇长团") not in got


def test_a_post_in_a_body_is_where_the_seconded_member_works():
    """中国科学院上海硅酸盐研究所副研究员唐某，团员，挂职东海县科技局副局长: the bureau and the institute."""
    out = run("东海县科技镇长团到任。中国科学院上海硅酸盐研究所副研究员唐某帆作为团员，挂职东海县科技局副局长，负责科技合作。")
    assert {("唐某帆", "affiliatedWith", "东海县科技局"),
            ("唐某帆", "affiliatedWith", "中国科学院上海硅酸盐研究所")} <= facts(out, "affiliatedWith")
    out = run("东海县科技镇长团到任。县委书记张某国介绍，团员们挂职东海县科技局副局长等岗位。")
    assert not any(o == "东海县科技局" for s, p, o in facts(out, "affiliatedWith"))  # (a speaker, not the post's holder)


def test_members_named_after_their_post_or_before_the_team_they_serve_in():
    """X团团长、挂职兴化市副市长的严某峰说: he leads it; 周某挂职射阳县副县长、射阳县…团团长: leads it;
    刘某、何某同在涟水县…团挂职: both members."""
    out = run("“这是好事。”兴化市第十五批科技镇长团团长、挂职兴化市副市长的严某峰说。"
              "副教授周某宇挂职射阳县副县长、射阳县第十五批科技镇长团团长。"
              "副教授刘某琴、讲师何某远同在涟水县第十五批科技镇长团挂职。")
    got = {f for f in facts(out) if f[1] in ("memberOf", "leads")}
    assert got == {("严某峰", "leads", "兴化市第十五批科技镇长团"), ("严某峰", "memberOf", "兴化市第十五批科技镇长团"),
                   ("周某宇", "leads", "射阳县第十五批科技镇长团"), ("周某宇", "memberOf", "射阳县第十五批科技镇长团"),
                   ("刘某琴", "memberOf", "涟水县第十五批科技镇长团"), ("何某远", "memberOf", "涟水县第十五批科技镇长团")}


def test_a_universitys_own_news_without_a_source_is_known_by_its_title():
    """Title 南信大第十五批科技镇长团成员扎根基层, text 我校…大气科学学院副教授周某: the school is 南京信息工程大学's."""
    title = "南信大第十五批科技镇长团成员扎根基层"
    text = title + "\n近日，我校对第十五批科技镇长团成员的工作进行了总结。大气科学学院副教授周某宇挂职射阳县副县长。"
    out = extract_article(Article(id="t.txt", path="t.txt", title=title, date=None, source=None, text=text))
    assert ("周某宇", "affiliatedWith", "南京信息工程大学大气科学学院") in facts(out)


def test_a_party_named_with_its_place_before_it():
    """牵线南京林业大学与颜集镇的沭阳县某逸盆景专业合作社签订协议: the pair is the university and the co-op
    (the town only says where the co-op is)."""
    out = run("团员、挂职颜集镇副镇长的南京林业大学副教授邵某心，牵线南京林业大学与颜集镇的沭阳县某逸盆景专业合作社"
              "签订盆景造型技术服务协议。")
    assert ("南京林业大学", "collaboratesWith", "沭阳县某逸盆景专业合作社") in facts(out, "collaboratesWith")
    assert {o for s, p, o in facts(out, "brokered")} == {"南京林业大学", "沭阳县某逸盆景专业合作社"}


def test_a_firms_brand_after_a_county_name_with_its_level():
    """沭阳县青禾某艺科技有限公司 … 与青禾某艺签订: the brand follows the whole 沭阳县, not its short form 沭阳."""
    out = run("他把调研的第一站放在了新河镇的沭阳县青禾某艺科技有限公司。在孟某安的牵线下，南京农业大学园艺学院与青禾某艺"
              "签订技术合作协议。")
    assert ("南京农业大学园艺学院", "collaboratesWith", "沭阳县青禾某艺科技有限公司") in facts(out, "collaboratesWith")


def test_she_visited_while_and_this_person_visited():
    """许某宁…。她在走访澄川环保时…: she; 这位…博士挂职仙女镇副镇长，到任不久走访仙女镇的X时: the person named last."""
    out = run("宜兴市科技镇长团团员许某宁来自河海大学。她在走访江苏某川环保装备有限公司时了解到企业的技术困境。"
              "江都区科技镇长团团员韦某鸣来自南京理工大学。这位南京理工大学的博士挂职仙女镇副镇长，到任不久走访仙女镇的"
              "扬州某锐液压机械有限公司时发现了问题。")
    assert facts(out, "visited") == {("许某宁", "visited", "江苏某川环保装备有限公司"),
                                     ("韦某鸣", "visited", "扬州某锐液压机械有限公司")}


def test_fields_joined_by_he_and_a_team_words_industries():
    """围绕海上风电和新能源装备产业链: two fields; 软件和信息服务 is one; 团员们围绕全县A、B等主导产业: the
    team's and the county's."""
    out = run("如东县科技镇长团到任。如东团围绕海上风电和新能源装备产业链对接专家60余人次。"
              "团员们围绕全县软件和信息服务、绿色食品等主导产业，走访企业130余家。")
    got = facts(out, "hasField")
    assert {("如东县科技镇长团", "hasField", f) for f in ("海上风电", "新能源装备", "软件和信息服务", "绿色食品")} <= got
    assert {("如东县", "hasField", f) for f in ("软件和信息服务", "绿色食品")} <= got


def test_a_leader_who_leads_the_team_and_a_visit_found_during_a_tour():
    """团长周某…，他带领团员走访…，促成A与B签约: the team brokered; 孔某在走访中了解到，县内企业X…: he visited X;
    江苏都某农业科技有限公司: 都 after the place is the brand's."""
    out = run("铜山区第十五批科技镇长团团长周某宁来自中国矿业大学，他带领团员走访高新区企业150余家，促成中国矿业大学"
              "机电工程学院与高新区企业徐州某安矿山装备有限公司签订合作协议。镇长团团员、南京林业大学副教授孔某嘉在走访中"
              "了解到，县内企业江苏都某农业科技有限公司面临难题。")
    assert {s for s, _, _ in facts(out, "brokered")} == {"铜山区第十五批科技镇长团"}
    assert ("孔某嘉", "visited", "江苏都某农业科技有限公司") in facts(out, "visited")


def test_names_after_a_members_origin_or_inside_a_schools_name():
    """团长、来自河海大学的吴某然介绍: 吴某然; 南京大学教授欧阳慎通报: 欧阳慎; 团员程溪聊了一路: 程溪;
    苏州大学计算机科学与技术学院沭阳研究生实践基地 (a 与 inside the school's name) is one platform; 颜集镇花木基地多 is none."""
    out = run("海安团团长、来自河海大学的吴某然介绍，团里牵线合作。宜兴团团长、挂职宜兴市副市长的南京大学教授欧阳慎通报"
              "：到任半年来成绩显著。我和团员程溪聊了一路。团员推动苏州大学计算机科学与技术学院与沭阳经济技术开发区共建"
              "苏州大学计算机科学与技术学院沭阳研究生实践基地。颜集镇花木基地多。")
    assert names(out, "Person") == {"吴某然", "欧阳慎", "程溪"}
    assert names(out, "Platform") == {"苏州大学计算机科学与技术学院沭阳研究生实践基地"}


def test_a_sentence_that_opens_with_a_platforms_kind_reports_its_figures():
    """双方共建“沭阳花木种质创新联合实验室”。实验室运行以来，已选育新品种5个: the lab's; …共建了“X实验室”，实验室目前已
    申报专利2项 (the kind mid-sentence) makes the lab no party of its own deal."""
    out = run("在镇长团推动下，南京林业大学与沭阳县签订校地合作协议，双方在沭阳共建“沭阳花木种质创新联合实验室”。"
              "实验室运行以来，已选育花木新品种5个，推广新技术8项。")
    assert figs(out) == {("沭阳花木种质创新联合实验室", 5), ("沭阳花木种质创新联合实验室", 8)}
    out = run("江都区科技镇长团牵线扬州大学兽医学院与江苏某禾生物医药有限公司，双方共建了“动物疫苗联合实验室”，"
              "实验室目前已申报发明专利2项。")
    assert not any("实验室" in (s + o) for s, p, o in facts(out) if p in ("collaboratesWith", "brokered"))


def test_a_zones_firm_a_towns_brand_and_a_dash_joined_platform():
    """与高新区企业X共建: X is the party; 苏州盛泽华锦…: 华锦纺织 (after the town 盛泽) is the firm;
    双方共建的恒某—江南大学…联合实验室: one platform, both names."""
    out = run("铜山区第十五批科技镇长团促成中国矿业大学机电工程学院与高新区企业徐州某安矿山装备有限公司共建矿用机器人联合实验室。"
              "区内企业苏州盛泽华锦纺织科技有限公司参加。当天，华锦纺织与东华大学纺织学院当场签订揭榜协议。"
              "他组织江南大学机械工程学院专家与江苏恒某不锈钢制品有限公司对接，双方共建的恒某—江南大学食品装备材料联合实验室挂牌。")
    got = facts(out)
    assert {("中国矿业大学机电工程学院", "collaboratesWith", "徐州某安矿山装备有限公司"),
            ("苏州盛泽华锦纺织科技有限公司", "collaboratesWith", "东华大学纺织学院")} <= got
    assert "恒某—江南大学食品装备材料联合实验室" in names(out, "Platform")


def test_a_bare_development_zone_is_the_zone_named_before():
    """扬州经济技术开发区…团…，扬州大学与开发区共建X，X落户开发区: the zone is a party and where X is; 全省开发区 is none."""
    out = run("扬州经济技术开发区第十五批科技镇长团到任。在镇长团推动下，扬州大学与开发区共建的扬州大学新能源汽车零部件"
              "协同创新中心落户开发区。全省开发区排名靠前。")
    assert ("扬州大学", "collaboratesWith", "扬州经济技术开发区") in facts(out, "collaboratesWith")
    zone = next(e for e in out["entities"] if e["name"] == "扬州经济技术开发区")
    assert len(zone["mentions"]) == 3  # (its name in the team's, and 开发区 twice; not 全省开发区)


def test_a_member_stationed_at_a_station_and_part_of_the_members():
    """…副教授许某楠常驻工作站开展…: a person, no platform named after him; 副团长和部分团员: no one named 和部分."""
    out = run("南京林业大学与新河镇合作共建“新河花木种苗专家工作站”，团员、南京林业大学林学院副教授许某楠常驻工作站开展选育。"
              "各支团团长、副团长和部分团员参加会议。")
    assert names(out, "Person") == {"许某楠"} and names(out, "Platform") == {"新河花木种苗专家工作站"}


def test_a_send_off_puts_each_seconded_teacher_in_the_team_of_the_place():
    """涟水县、大丰区、泗洪县第十六批科技镇长团 … 宁某挂职盐城市大丰区副区长；樊某挂职宿迁市泗洪县副县长: each in their
    place's team."""
    out = run("我校6名教师将分别加入涟水县、大丰区、泗洪县第十六批科技镇长团。其中，化学与化工学院副教授宁某秋挂职盐城市"
              "大丰区副区长；电子工程与光电技术学院副教授樊某鸣挂职宿迁市泗洪县副县长。", source="南京理工大学")
    assert {f for f in facts(out, "memberOf")} == {("宁某秋", "memberOf", "大丰区第十六批科技镇长团"),
                                                   ("樊某鸣", "memberOf", "泗洪县第十六批科技镇长团")}


def test_a_member_named_after_where_they_come_from_works_there():
    """海安团团长、来自河海大学的吴某然介绍: he works at 河海大学 and leads the team."""
    out = run("海安市科技镇长团到任。海安团团长、来自河海大学的吴某然介绍，团里牵线合作。")
    assert {("吴某然", "affiliatedWith", "河海大学"), ("吴某然", "leads", "海安市科技镇长团")} <= facts(out)


def test_two_firms_each_with_where_it_is():
    """走访了位于马坝镇的A和位于天泉湖镇的B: A in 马坝镇, B in 天泉湖镇 (not A in B's town)."""
    out = run("盱眙县科技镇长团陪同专家先后走访了位于马坝镇的江苏都某农业科技有限公司和位于天泉湖镇的淮安市淮某茶业有限公司。")
    got = {(s, o) for s, p, o in facts(out, "locatedIn") if "公司" in s}
    assert got == {("江苏都某农业科技有限公司", "马坝镇"), ("淮安市淮某茶业有限公司", "天泉湖镇")}


def test_a_verb_of_using_opens_no_platforms_name():
    """要用好南通市科技成果转化服务中心, 依托江苏大学镇江研究院: the names start after 用好 and 依托."""
    out = run("市科技局局长钱某宇提出要求：要用好南通市科技成果转化服务中心等平台。依托江苏大学镇江研究院开展合作。")
    assert names(out, "Platform") == {"南通市科技成果转化服务中心", "江苏大学镇江研究院"}


def test_a_firms_short_form_in_a_list_after_its_full_name_with_a_place_is_that_firm():
    """无锡澄某智能装备有限公司 … 推动澄某智能、… 等企业: the listed short form (the name's start after its
    place) is the firm, not a second enterprise."""
    out = run("团员走访了无锡澄某智能装备有限公司和常州拓某精密机械有限公司。"
              "下一步，镇长团将推动澄某智能、拓某精密等企业的合作项目尽快落地。")
    assert names(out, "Enterprise") == {"无锡澄某智能装备有限公司", "常州拓某精密机械有限公司"}
    ent = {e["name"]: e for e in out["entities"]}
    assert "澄某智能" in ent["无锡澄某智能装备有限公司"]["aliases"]


def test_a_town_the_gazetteer_lacks_is_named_after_its_district():
    """海门区某厂街道 (a subdistrict newer than the gazetteer): a place in 海门区, also where written
    bare later; its committee is the subdistrict's. 海门区科技镇长团 names no town."""
    out = run("海门区科技镇长团与海门区某厂街道党工委签订共建协议。某厂街道是高端装备制造集聚区。")
    assert "某厂街道" in names(out, "Locality")
    assert ("某厂街道", "locatedIn", "海门区") in facts(out)
    assert names(out, "GovernmentAgency") == {"某厂街道党工委"}
    assert not any(n.endswith("镇") for n in names(out, "Locality"))


@pytest.mark.parametrize("sentence, name", [
    ("团员、南京某某大学药学院副教授唐某分别走访了三家合作社。", "唐某"),
    ("团员、来自江苏大学的高某专程从区里赶来。", "高某"),
])
def test_an_adverb_after_a_two_character_name_is_not_its_third_character(sentence, name):
    """唐某分别…, 高某专程…: 分别 and 专程 are adverbs after the name, not 唐某分 or 高某专."""
    out = run("姜堰区科技镇长团开展走访。" + sentence)
    assert name in names(out, "Person") and not any(n.startswith(name) and n != name for n in names(out, "Person"))


@pytest.mark.parametrize("sentence, firm", [
    # 和 right after the city that opens the name is the brand's first character
    ("东南大学能源与环境学院与扬州和某锂电科技有限公司签署合作协议。", "扬州和某锂电科技有限公司"),
    # a town's short name between the city and the brand (its 都 is no stop word here)
    ("团员们走访了七都镇的苏州七都光某通信有限公司。", "苏州七都光某通信有限公司"),
    # where the firm is, written before its name, is not part of it
    ("团员先后调研县内江苏泗某新材料有限公司。", "江苏泗某新材料有限公司"),
    ("南京理工大学计算机科学与工程学院与高邮本地灯企扬州明某照明科技有限公司签订合同。", "扬州明某照明科技有限公司"),
])
def test_a_firms_name_starts_at_its_place(sentence, firm):
    out = run("高邮市科技镇长团牵线对接。" + sentence)
    assert firm in names(out, "Enterprise") and not any(firm in n and n != firm for n in names(out, "Enterprise"))


def test_a_local_firm_after_a_place_and_a_qualifier_is_the_party():
    """与高邮本地灯企X签订: X signs, not 高邮."""
    out = run("在团员顾某牵线下，南京理工大学计算机科学与工程学院与高邮本地灯企扬州明某照明科技有限公司签订合同。")
    assert ("南京理工大学计算机科学与工程学院", "collaboratesWith", "扬州明某照明科技有限公司") in facts(out)
    assert not any(o == "高邮市" for _, p, o in facts(out) if p in ("collaboratesWith", "brokered"))


def test_teams_elsewhere_take_the_one_batch_the_article_names():
    """A university's report on its 第十五批 members: 盱眙团 and 滨海县科技镇长团 are of that batch
    too, and 盱眙团 is the 盱眙 team the article names with its batch."""
    out = run("我校今年共选派14名第十五批科技镇长团成员。在宜兴，教授陆某涛任宜兴市科技镇长团团长。"
              "在淮安，教授孙某明担任第十五批科技镇长团盱眙团团长。盱眙团牵线食品学院与企业合作。"
              "副教授周某衡所在的滨海县科技镇长团聚焦智能制造产业。", source="江南大学")
    assert names(out, "Team") == {"宜兴市第十五批科技镇长团", "盱眙县第十五批科技镇长团", "滨海县第十五批科技镇长团"}


def test_a_universitys_own_tally_is_the_universitys_figure():
    """In a university's own news, 我校…累计走访企业620余家次，促成我校与地方企业签订产学研合同57项 is the
    university's tally (its members across several teams), not the last team's."""
    out = run("在宜兴，教授陆某涛任宜兴市科技镇长团团长。\n一年来，团员们累计走访企业620余家次，"
              "促成我校与地方企业签订产学研合同57项，合同总金额3460万元。", source="江南大学")
    got = {(f["s"], f["value"], f["unit"]) for f in out["figures"]}
    assert {("江南大学", 620, "count"), ("江南大学", 57, "count"), ("江南大学", 34600000, "CNY")} <= got
    assert not any(s.endswith("科技镇长团") for s, _, _ in got)


@pytest.mark.parametrize("sentence, firm, place", [
    ("团长带领团员赴昆山经济技术开发区，先后走访昆山辉某光电科技有限公司等4家企业。",
     "昆山辉某光电科技有限公司", "昆山经济技术开发区"),
    ("在分团促成下，锡山开发区企业无锡宏某汽车部件有限公司与江苏大学签订合同。",
     "无锡宏某汽车部件有限公司", "锡山经济技术开发区"),
    ("东台团推动苏州大学纺织与服装工程学院与富安镇的东台市锦某丝绸有限公司共建研发中心。",
     "东台市锦某丝绸有限公司", "富安镇"),
])
def test_a_firm_is_in_the_zone_or_town_the_sentence_puts_it_in(sentence, firm, place):
    out = run("锡山经济技术开发区、昆山经济技术开发区科技镇长团开展工作。" + sentence)
    assert (firm, "locatedIn", place) in facts(out)


def test_a_visit_places_only_what_it_visited():
    """深入X产业园调研，协调A与B共建…: B is the deal's, not said to be in X."""
    out = run("团长带领团员深入盱眙县龙虾产业园调研，协调南京农业大学与江苏盱某龙虾产业集团有限公司共建研究院。")
    assert not any(s == "江苏盱某龙虾产业集团有限公司" and "产业园" in o for s, _, o in facts(out, "locatedIn"))


def test_a_places_industries_given_with_yi_wei_are_that_places_fields():
    """建湖高新区以石油装备和节能环保为主导产业; 走访了以纺织服装为主导产业的泗洪经济开发区: the zone's
    fields (not the team's or the home county's)."""
    out = run("建湖县科技镇长团开展工作。建湖高新区以石油装备和节能环保为主导产业。"
              "团员深入以纺织服装为主导产业的泗洪经济开发区调研。")
    got = facts(out, "hasField")
    assert {("建湖高新区", "hasField", "石油装备"), ("建湖高新区", "hasField", "节能环保"),
            ("泗洪经济开发区", "hasField", "纺织服装")} <= got
    assert not any(s.endswith("科技镇长团") for s, _, _ in got)


def test_fields_a_sentence_opens_with_are_the_team_it_goes_on_with():
    """围绕新能源和茧丝绸两大特色产业，东台团走访企业130余家 (in a city's report): 东台团's fields and
    东台市's, not the city's."""
    out = run("盐城市第十五批科技镇长团召开推进会。东台市科技镇长团由8名成员组成。"
              "围绕新能源和茧丝绸两大特色产业，东台团走访企业130余家。")
    got = facts(out, "hasField")
    team = next(t for t in names(out, "Team") if t.startswith("东台"))
    assert {(team, "hasField", "新能源"), ("东台市", "hasField", "茧丝绸")} <= got
    assert not any(s == "盐城市" for s, _, _ in got)


def test_a_county_teams_short_form_without_a_gazetteer_short_name():
    """滨海团 (滨海 has no short form in the gazetteer: it is also a word) is 滨海县's team when the
    article names 滨海县; what it brokers is its own, not the team before it."""
    out = run("盐城市第十五批科技镇长团召开推进会。建湖团走访企业85家。滨海县是白首乌之乡。"
              "在滨海团牵线下，南京中医药大学药学院与滨海县宝某白首乌专业合作社签订合作协议。")
    team = next(t for t in names(out, "Team") if t.startswith("滨海县"))
    assert (team, "brokered", "南京中医药大学药学院") in facts(out)
    assert not any(s.startswith("建湖") for s, _, _ in facts(out, "brokered"))


def test_the_team_the_title_names_is_the_articles_team():
    """常州经开区科技镇长团：… with 经开区团是常州市第十五批科技镇长团的分团之一: the 镇长团 the article
    speaks of (its leader, its tally) is the zone's team, not the city's."""
    title = "常州经开区科技镇长团：党建联盟牵线校地企合作"
    text = (title + "\n\n6月20日，在常州经开区第十五批科技镇长团的推动下，横林镇企业签订协议。"
            "“党建联起来，合作才能实起来。”镇长团团长、常州大学教授钱某宇介绍，经开区团是常州市第十五批科技镇长团的"
            "分团之一。\n一年来，镇长团累计走访企业120余家。")
    out = extract_article(Article(id="t.txt", path="t.txt", title=title, date=None, source=None, text=text))
    team = next(t for t in names(out, "Team") if t.startswith("常州经开区"))
    assert ("钱某宇", "leads", team) in facts(out)
    assert {f["s"] for f in out["figures"]} == {team}


def test_a_list_points_marker_is_not_part_of_a_schools_name():
    """一是园艺学院与X合作的项目；二是食品科技学院与Y…: in a university's news, the schools are 园艺学院 and
    食品科技学院 (of the university), not 一是园艺学院."""
    out = run("对接会上签约5个项目：\n一是园艺学院与兴化市绿某蔬菜有限公司合作的项目，合同金额260万元；\n"
              "二是食品科技学院与兴化市戴某食品有限公司合作的项目，合同金额210万元。", source="南京农业大学")
    assert {"南京农业大学园艺学院", "南京农业大学食品科技学院"} <= names(out, "AcademicUnit")
    assert not any("是" in n for n in names(out, "AcademicUnit"))


def test_a_member_of_the_team_that_opens_the_paragraph_or_that_they_are_said_to_be_of():
    """In a city's report: 大丰团聚焦…。团员、…蒋某挂职… is 大丰团's member; 刘某为兴化团团员 is 兴化团's."""
    out = run("盐城市第十七批科技镇长团召开推进会。\n大丰区科技镇长团聚焦海上风电产业。"
              "团员、南京信息工程大学教授蒋某宁挂职大丰港经济开发区。\n"
              "兴化市科技镇长团走访企业。食品科技学院讲师刘某远为兴化团团员，挂职戴窑镇科技副镇长。")
    teams = {t[:3]: t for t in names(out, "Team")}
    assert ("蒋某宁", "memberOf", teams["大丰区"]) in facts(out)
    assert ("刘某远", "memberOf", teams["兴化市"]) in facts(out)
    assert not any(s == "蒋某宁" and o.startswith("盐城") for s, _, o in facts(out, "memberOf"))


@pytest.mark.parametrize("full, short", [
    ("南通鸿某精密机械有限公司", "鸿某公司"),
    ("东海县红某草莓种植专业合作社", "红某合作社"),
])
def test_a_brand_with_company_or_cooperative_after_a_name_with_a_place_is_that_firm(full, short):
    out = run(f"镇长团走访了{full}。{short}负责人表示，将与高校深化合作。")
    assert names(out, "Enterprise") == {full}
    assert short in next(e for e in out["entities"] if e["name"] == full)["aliases"]


def test_where_a_listed_firm_is_is_not_part_of_its_name():
    """先后调研县内江苏泗某新材料有限公司、宿迁某某科技有限公司等12家企业: 县内 says where it is."""
    out = run("泗阳团先后调研县内江苏泗某新材料有限公司、宿迁某某科技有限公司等12家企业。")
    assert "江苏泗某新材料有限公司" in names(out, "Enterprise")
    assert not any(n.startswith("县内") for n in names(out))


def test_a_role_word_before_an_activity_is_no_persons_name():
    out = run("会议要求，要加强团员管理，严格落实请销假和考勤制度。")
    assert not names(out, "Person")


def test_a_leader_who_takes_members_on_a_visit_visits_with_the_team():
    """团长、东南大学教授邵某衡带领部分团员赴…，先后走访A、B: the team and its leader visit."""
    out = run("9月12日，昆山市科技镇长团团长、东南大学教授邵某衡带领部分团员赴昆山经济技术开发区，"
              "先后走访昆山辉某光电科技有限公司、江苏晶某显示材料有限公司等4家企业。")
    got = facts(out, "visited")
    assert {("邵某衡", "visited", "昆山辉某光电科技有限公司"),
            ("昆山市科技镇长团", "visited", "昆山辉某光电科技有限公司")} <= got


@pytest.mark.parametrize("sentence, guest", [
    ("对接会前，副校长沈某群一行在团长赵某峰陪同下走访了兴化市绿某蔬菜有限公司。", "沈某群"),
    ("签约仪式后，副校长许某光一行还走访了沛县经济开发区，先后来到兴化市绿某蔬菜有限公司。", "许某光"),
])
def test_a_guest_and_party_visit_in_person_not_the_team(sentence, guest):
    out = run("兴化市科技镇长团团长赵某峰介绍了工作。" + sentence)
    got = facts(out, "visited")
    assert (guest, "visited", "兴化市绿某蔬菜有限公司") in got
    assert not any(s.endswith("科技镇长团") for s, _, _ in got)


def test_a_parent_team_named_as_such_does_not_become_the_subject():
    """经开区团是常州市第十五批科技镇长团的分团之一。…在镇长团牵线下…: the sub-team brokers."""
    out = run("常州经开区第十五批科技镇长团召开会议。经开区团是常州市第十五批科技镇长团的分团之一，共有8名团员。"
              "在镇长团牵线下，常州大学与常州金某电气科技有限公司签约共建实验室。")
    assert ("常州经开区第十五批科技镇长团", "brokered", "常州大学") in facts(out)
    assert not any(s.startswith("常州市") for s, _, _ in facts(out, "brokered"))


def test_a_zones_short_name_without_its_city_and_its_bodys_name():
    """无锡惠山经济开发区 … 惠山经开区管委会 … 惠山经开区: one zone, and its body named with its full name."""
    out = run("活动在无锡惠山经济开发区举行。惠山经开区管委会副主任王某介绍，惠山经开区已集聚企业。")
    assert names(out, "Locality") >= {"无锡惠山经济开发区"} and "惠山经开区" not in names(out, "Locality")
    assert "无锡惠山经济开发区管委会" in names(out, "GovernmentAgency")


@pytest.mark.parametrize("sentence, person, firm", [
    ("对接会上，无锡锐某新能源科技有限公司技术总监吴某峰听完介绍。", "吴某峰", "无锡锐某新能源科技有限公司"),
    ("在设施蔬菜基地，睢宁县永某果蔬种植专业合作社理事长周某田指着棚顶说。", "周某田", "睢宁县永某果蔬种植专业合作社"),
])
def test_a_firms_or_cooperatives_officer_works_there(sentence, person, firm):
    assert (person, "affiliatedWith", firm) in facts(run(sentence))


def test_a_role_after_a_closing_ascii_quote_still_names_a_person():
    """…要什么。"技术总监孔某笑着说: the quote closes a sentence; 孔某 is a person (no quoted slogan)."""
    out = run('江苏某某食品有限公司负责人说："现在是专家追着问我们要什么。"技术总监孔某笑着说。')
    assert "孔某" in names(out, "Person")


def test_a_universitys_leader_in_its_own_news_works_there():
    """我校… 校党委常委、副校长戚某峰出席会议: he works at the university whose news it is."""
    out = run("12月18日，学校召开科技镇长团成员工作交流会。校党委常委、副校长戚某峰出席会议并讲话。"
              "我校今年共选派14名团员，促成我校与企业合作。", source="江南大学新闻网")
    assert ("戚某峰", "affiliatedWith", "江南大学") in facts(out)


def test_a_rosters_rows_name_members_and_where_they_work():
    """刘某宇（团长），南京航空航天大学…学院副院长; and a table flattened a cell a line."""
    out = run("海门区第十六批科技镇长团成员名单如下：\n刘某宇（团长），南京航空航天大学材料科学与技术学院副院长、教授，"
              "挂任海门区副区长；\n朱某（副团长），南通大学化学化工学院副教授，挂任区科技局副局长；\n"
              "序号\n姓名\n单位\n1\n沈某曦\n河海大学港口海岸与近海工程学院\n海门港新区管委会副主任\n")
    got = facts(out)
    team = "海门区第十六批科技镇长团"
    assert {("刘某宇", "leads", team), ("刘某宇", "memberOf", team),
            ("刘某宇", "affiliatedWith", "南京航空航天大学材料科学与技术学院"),
            ("朱某", "affiliatedWith", "南通大学化学化工学院"), ("沈某曦", "memberOf", team),
            ("沈某曦", "affiliatedWith", "河海大学港口海岸与近海工程学院")} <= got


def test_names_counted_after_their_list_are_persons():
    out = run("中国科学院南京土壤研究所选派周某岚、钱某鸣、孙某天三名科研骨干分赴宜兴、溧阳、大丰挂职。")
    assert {"周某岚", "钱某鸣", "孙某天"} <= names(out, "Person")


def test_a_county_outside_jiangsu_is_not_read_out_of_a_verb():
    """促成县内企业: no 成县 (Gansu)."""
    out = run("团员牵线河海大学，促成县内企业江苏金某仪表科技有限公司与学校签约。")
    assert "成县" not in names(out, "Locality")


def test_a_less_common_jiangsu_surname_after_a_role():
    out = run("市委组织部副部长、市委人才办主任杭某群出席会议并讲话。")
    assert "杭某群" in names(out, "Person")


def test_an_academicians_title_names_no_academy():
    """中国工程院院士、东南大学教授陈某: the academy is his title, no party and no employer; the firm
    works with 东南大学."""
    out = run("在靖江市科技镇长团的推动下，江苏恒某重工有限公司与中国工程院院士、东南大学教授陈某国团队合作建立院士工作站。")
    assert "中国工程院" not in names(out)
    assert ("江苏恒某重工有限公司", "collaboratesWith", "东南大学") in facts(out)


def test_places_before_jiangsu_in_a_firms_name_say_where_it_is():
    """沭阳县新河镇江苏花某源园艺科技有限公司的组培室: the firm is 江苏花某源园艺科技有限公司 (and 花某源公司)."""
    out = run("立冬前后，沭阳县新河镇江苏花某源园艺科技有限公司的组培室里，月季幼苗长势喜人。"
              "在沭阳团牵线下，南京林业大学风景园林学院与花某源公司签约。")
    assert names(out, "Enterprise") == {"江苏花某源园艺科技有限公司"}


def test_a_countys_trade_is_no_firms_short_name():
    out = run("金湖县石油机械、仪器仪表产业基础雄厚。金湖团围绕这两大优势产业开展对接。")
    assert not names(out, "Enterprise")


def test_shi_before_a_team_in_a_county_level_city_is_that_city():
    """泰兴市副市长、市第十六批科技镇长团团长赵某新: 市 is 泰兴市 (a county-level city), not 泰州市."""
    out = run("黄桥镇位于泰州市泰兴市东部。今年8月，泰兴市第十六批科技镇长团团员王某琪挂任黄桥镇副镇长。"
              "泰兴市副市长、市第十六批科技镇长团团长赵某新出席活动。")
    assert ("赵某新", "leads", "泰兴市第十六批科技镇长团") in facts(out)
    assert names(out, "Team") == {"泰兴市第十六批科技镇长团"}


def test_an_industry_teams_short_form_and_its_city_team():
    """泰州市第十七批生物医药产业科技镇长团 … 新能源产业团走访企业60余家: 新能源产业团 is the city's 新能源 industry
    team; both are part of 泰州市第十七批科技镇长团."""
    out = run("泰州市第十七批科技镇长团到任，首次按产业链组建3个产业科技镇长团。泰州市第十七批生物医药产业科技镇长团团长顾某说。"
              "与此同时，新能源产业团瞄准光伏和储能两个细分领域，已走访企业60余家。")
    teams = names(out, "Team")
    assert "泰州市第十七批新能源产业科技镇长团" in teams
    assert {(t, "partOf", "泰州市第十七批科技镇长团") for t in ("泰州市第十七批新能源产业科技镇长团",
                                                              "泰州市第十七批生物医药产业科技镇长团")} <= facts(out)
    assert ("泰州市第十七批新能源产业科技镇长团", 60, "count") in {(f["s"], f["value"], f["unit"]) for f in out["figures"]}


@pytest.mark.parametrize("sentence, platform, value", [
    ("我们牵线河海大学与开发区签订共建协议，“河海大学大丰海上风电工程技术研究院”今年10月在大丰港经济开发区揭牌，"
     "已引进研发人员26人，承接企业委托项目11项。", "河海大学大丰海上风电工程技术研究院", 26),
    ("在沭阳团牵线下，南京林业大学风景园林学院与花某源公司签约，双方共建的“月季种质创新联合实验室”落户新河镇，"
     "首期投入研发经费300万元。", "月季种质创新联合实验室", 3000000),
])
def test_what_a_platform_does_once_opened_is_its_figure(sentence, platform, value):
    out = run("大丰区科技镇长团走访企业。沭阳县江苏花某源园艺科技有限公司。" + sentence)
    assert (platform, value) in {(f["s"], f["value"]) for f in out["figures"]}


def test_an_institutes_own_news_says_wo_suo_for_itself():
    """中国科学院南京土壤研究所选派…; 推动我所与X公司共建…; 一年来…我所专家… : 我所 is that institute, as a
    party and as the one whose tally the sentence gives."""
    text = ("我所科研骨干挂职科技镇长团\n\n2023年8月，中国科学院南京土壤研究所选派周某岚、钱某鸣两名科研骨干赴宜兴、溧阳挂职。\n"
            "钱某鸣先后邀请专家深入茶园调研，并推动我所与溧阳市翠某茶业有限公司共建“茶园土壤健康监测示范基地”。\n"
            "据统计，一年来我所专家赴地方开展技术服务40余人次，推动企业签订技术合同11项。")
    out = extract_article(Article(id="t.txt", path="t.txt", title="我所科研骨干挂职科技镇长团", date=None, source=None,
                                  text=text))
    inst = "中国科学院南京土壤研究所"
    assert (inst, "collaboratesWith", "溧阳市翠某茶业有限公司") in facts(out)
    assert {(inst, 11)} <= {(f["s"], f["value"]) for f in out["figures"]}


def test_a_member_whose_secondment_opens_the_sentence_brokers_what_it_goes_on_to_say():
    """挂任区科技局副局长的扬州大学团员吴某，组织…，并推动扬州大学与江都区签订…: 吴某 brokers it."""
    out = run("江都区第十五批科技镇长团召开推进会。挂任区科技局副局长的扬州大学团员吴某，组织扬州大学专家走访区内企业18家，"
              "并推动扬州大学与江都区签订校地全面合作协议。")
    assert ("吴某", "brokered", "扬州大学") in facts(out)
    assert not any(s.endswith("科技镇长团") for s, _, _ in facts(out, "brokered"))


@pytest.mark.parametrize("sentence, field", [
    ("黄桥镇近年来逐步形成了乐器制造、汽车零部件、新材料三大特色产业。", "乐器制造"),
    ("江都区拥有高端装备制造、船舶配件等主导产业。", "高端装备制造"),
])
def test_a_verb_before_a_list_of_industries_is_not_part_of_the_first(sentence, field):
    out = run(sentence)
    assert field in names(out, "Field") and not any(n.endswith(field) and n != field for n in names(out, "Field"))


def test_a_firm_said_to_be_in_the_town_is_in_the_town_the_sentence_named():
    out = run("挂任大桥镇副镇长的中国矿业大学团员陈某东介绍，他牵线中国矿业大学机电工程学院与镇内企业扬州恒某船舶配件有限公司"
              "共建联合实验室。")
    assert ("扬州恒某船舶配件有限公司", "locatedIn", "大桥镇") in facts(out)


@pytest.mark.parametrize("sentence, party", [
    ("挂职谷里街道副主任的南京信息工程大学团员程某言，推动学校与谷里街道的南京绿某智慧农业科技有限公司签订技术服务协议。",
     "南京信息工程大学"),
    ("在贾某的牵线下，中国林业科学研究院木材工业研究所专家到访企业，研究所与南京绿某智慧农业科技有限公司签订技术合作协议。",
     "中国林业科学研究院木材工业研究所"),
])
def test_a_bare_school_or_institute_as_a_party_is_the_one_named_last(sentence, party):
    out = run("溧水区科技镇长团开展工作。" + sentence)
    assert (party, "collaboratesWith", "南京绿某智慧农业科技有限公司") in facts(out)


def test_a_brokered_pair_whose_deal_is_in_the_next_clause():
    """牵线A与区内企业B，在白马镇共建…基地: A and B cooperate (the cue is in the clause after the pair)."""
    out = run("溧水区科技镇长团开展工作。挂职白马镇副镇长的南京农业大学园艺学院副教授柏某，牵线南京农业大学园艺学院与区内企业"
              "南京禾某源农业科技有限公司，在白马镇共建“蓝莓种植示范基地”。")
    assert ("南京农业大学园艺学院", "collaboratesWith", "南京禾某源农业科技有限公司") in facts(out)


@pytest.mark.parametrize("text, person, firm", [
    ("座谈会后，一行先后走访了位于双沟镇的江苏淮某酒业有限公司。淮某酒业总经理蔡某川说，企业一直想提升基酒优质率。",
     "蔡某川", "江苏淮某酒业有限公司"),
    ("记者走进连云港渔某海洋食品有限公司。“即食海鲜最怕的就是变质。”公司总经理王某生告诉记者，过去企业一直采用传统工艺。",
     "王某生", "连云港渔某海洋食品有限公司"),
])
def test_a_firms_officer_named_with_its_brand_or_as_the_company(text, person, firm):
    """淮某酒业总经理 (a brand and its trade, 酒业, as the firm's short name); 公司总经理 (the firm named last)."""
    assert (person, "affiliatedWith", firm) in facts(run(text))


def test_a_roster_line_names_its_member_and_a_leader_who_takes_the_team_visits_with_it():
    """周某航，船舶工程学院教授，挂任…团长 (a roster line); 周某航带领海门区团走访了A: he and the team visit A."""
    out = run("海门区团（南通市）\n周某航，船舶工程学院教授，挂任海门区副区长、海门区科技镇长团团长；\n"
              "8月中旬，周某航带领海门区团走访了江苏启某重工装备有限公司等8家企业。\n文字：海门区科技镇长团")
    assert names(out, "Person") == {"周某航"}
    assert {("周某航", "visited", "江苏启某重工装备有限公司"),
            ("海门区科技镇长团", "visited", "江苏启某重工装备有限公司")} <= facts(out)


def test_a_source_line_in_the_text_names_the_university_whose_news_it_is():
    """苏州科技大学新闻网讯 …机械工程学院副教授王某…: the school is 苏州科技大学's (no source field given)."""
    out = run("社会实践团赴沭阳开展服务\n苏州科技大学新闻网讯 7月8日，机械工程学院副教授王某宇带队赴沭阳县调研。")
    assert "苏州科技大学机械工程学院" in names(out, "AcademicUnit")


def test_two_districts_teams_named_together_are_no_city_team():
    title = "邗江广陵两区科技镇长团“团团联动”"
    text = title + "\n3月21日，扬州市邗江区第十六批科技镇长团与广陵区第十六批科技镇长团签订合作协议。团员包片服务企业。"
    out = extract_article(Article(id="t.txt", path="t.txt", title=title, date=None, source=None, text=text))
    assert names(out, "Team") == {"邗江区第十六批科技镇长团", "广陵区第十六批科技镇长团"}
    assert not names(out, "Person")


@pytest.mark.parametrize("sentence, zone, place", [
    ("近日，在连云港市东海经济开发区的连云港晶某硅材料有限公司车间里，工人正在作业。", "东海经济开发区", "连云港市"),
    ("研发中心整体搬进了位于玄武区徐庄软件园的科创飞地。", "徐庄软件园", "玄武区"),
])
def test_a_places_full_name_before_a_zone_says_where_the_zone_is(sentence, zone, place):
    out = run(sentence)
    assert {zone, place} <= names(out, "Locality")


def test_a_countys_park_named_for_its_product_keeps_the_county():
    out = run("团长带领团员深入盱眙县龙虾产业园调研。")
    assert "盱眙县龙虾产业园" in names(out, "Locality")


def test_a_platforms_kind_opening_a_sentence_and_a_kind_before_a_dash():
    """新型研发机构——X研究院揭牌。研究院总投资1.2亿元，下设3个研究中心: X's name has no kind before the dash,
    and the figures are X's; 目前，飞地已入驻…14家: the 飞地 named last."""
    out = run("由江苏大学与丹阳市人民政府共建的新型研发机构——丹阳江某视觉健康产业研究院在丹阳高新区正式揭牌。"
              "研究院总投资1.2亿元，下设3个研究中心。镇长团推动建设“溧水（徐庄）科创飞地”。目前，飞地已入驻科技型企业研发团队14家。")
    assert "丹阳江某视觉健康产业研究院" in names(out, "Platform") and not any("机构" in n for n in names(out, "Platform"))
    got = {(f["s"], f["value"]) for f in out["figures"]}
    assert {("丹阳江某视觉健康产业研究院", 120000000), ("溧水（徐庄）科创飞地", 14)} <= got


def test_an_institutes_academician_team_is_the_institute_as_a_party():
    out = run("在团员陶某牵线下，南通泓某智能装备有限公司与中国科学院沈阳自动化研究所院士团队共建院士工作站。")
    assert ("南通泓某智能装备有限公司", "collaboratesWith", "中国科学院沈阳自动化研究所") in facts(out)


@pytest.mark.parametrize("title", ["讲师", "高级工程师", "助理研究员", "特聘教授"])
def test_a_member_with_a_lecturers_or_engineers_title_brokers(title):
    """挂职某镇副镇长的某大学某学院讲师X，…促成企业与学院签订…: the name after its titles is the broker."""
    out = run("武进区第十五批科技镇长团开展工作。挂职礼嘉镇副镇长的南京理工大学机械工程学院" + title
              + "罗某，多次带领学院专家走进镇上的江苏某驰智能装备有限公司，促成江苏某驰智能装备有限公司与南京理工大学机械工程学院"
              "签订技术开发合同。")
    assert ("罗某", "brokered", "南京理工大学机械工程学院") in facts(out, "brokered")
    assert ("武进区第十五批科技镇长团", "brokered", "南京理工大学机械工程学院") not in facts(out, "brokered")


def _figure_subjects(out: dict) -> dict[int | float, str]:
    return {f["value"]: f["s"] for f in out["figures"]}


def test_a_members_own_tally_and_deal_are_the_members():
    """到任后，他走访企业40余家 (他 is the member named last); 挂职…的某大学副教授钟某，牵线…，合同金额260万元;
    在她的牵线下，A与B签订…，金额180万元: the member's own figures, not the team's."""
    team = "东海县第十五批科技镇长团"
    out = run(f"{team}开展工作。团员孙某航挂职石榴街道副主任。到任后，他先后走访辖区企业40余家，梳理技术需求25项。"
              "挂职牛山街道副主任的江苏海洋大学副教授钟某，牵线江苏海洋大学与连云港某曜石英科技有限公司签订技术开发合同，"
              "合同金额260万元。团员周某倩挂职桃林镇副镇长。在她的牵线下，镇上的连云港某禾食品有限公司与南京农业大学食品科技学院"
              "签订技术服务合同，金额180万元。")
    subjects = _figure_subjects(out)
    assert subjects[40] == "孙某航" and subjects[25] == "孙某航"
    assert subjects[2_600_000] == "钟某"
    assert subjects[1_800_000] == "周某倩"


@pytest.mark.parametrize("sentence, value", [
    ("团长王某带领团员走访企业70余家。", 70),  # the leader at the head of the team
    ("团长王某带队走访县内企业236家。", 236),
    ("团长王某介绍，全团累计走访企业120余家。", 120),  # what the team did, as the leader reports it
    ("团长王某回顾了一年来的工作：团队累计促成合作项目38项。", 38),
])
def test_a_leader_reporting_or_leading_the_team_gives_the_teams_tally(sentence, value):
    out = run("东海县第十五批科技镇长团开展工作。" + sentence)
    assert _figure_subjects(out).get(value) == "东海县第十五批科技镇长团"


def test_a_figure_of_what_a_member_set_up_is_not_the_members():
    """某某牵线引进的X公司，已完成一期投资1.8亿元; 某某牵头组建了X联盟，吸纳成员单位28家: not the member's tally."""
    out = run("东海县第十五批科技镇长团开展工作。团员、南京工业大学副教授李某牵线引进的江苏某泉生物科技有限公司，已完成一期投资1.8亿元。"
              "团员、江苏科技大学副教授马某则牵头组建了东海县硅材料产业技术创新联盟，吸纳成员单位28家。")
    subjects = _figure_subjects(out)
    assert subjects.get(180_000_000) != "李某" and subjects.get(28) != "马某"


def test_a_verb_after_a_two_character_name_ends_it():
    """挂职某镇副镇长的陈某邀请…专家: the name is 陈某, not 陈某邀."""
    out = run("溧阳市第十五批科技镇长团开展工作。挂职天目湖镇副镇长的陈亮邀请南京农业大学园艺学院专家多次上门指导。")
    assert "陈亮" in names(out, "Person") and not any(n.startswith("陈亮") and n != "陈亮" for n in names(out))


def test_a_post_in_a_firm_is_an_affiliation_with_it():
    """团员某某受聘担任X公司科技副总; 被聘为位于…的X公司科技副总; 在X公司，总经理某某介绍…: the person works
    for the firm (affiliatedWith), besides their university."""
    out = run("溧阳市第十五批科技镇长团开展工作。团员邹某豪受聘担任溧阳某锂新能源科技有限公司科技副总，常驻企业研发中心。"
              "来自东南大学能源与环境学院的团员陆某，被聘为位于宜兴经济技术开发区的江苏某焓节能装备有限公司科技副总。"
              "在江苏某川环保装备有限公司，总经理朱某萍介绍，企业正在研发新一代除尘设备。")
    affiliated = facts(out, "affiliatedWith")
    assert ("邹某豪", "affiliatedWith", "溧阳某锂新能源科技有限公司") in affiliated
    assert ("陆某", "affiliatedWith", "江苏某焓节能装备有限公司") in affiliated
    assert ("陆某", "affiliatedWith", "东南大学能源与环境学院") in affiliated
    assert ("朱某萍", "affiliatedWith", "江苏某川环保装备有限公司") in affiliated


def test_a_secondment_to_a_long_named_bodys_post_is_membership():
    """挂职中国宜兴环保科技工业园管委会副主任的河海大学环境学院副教授某某: a member of the article's team."""
    out = run("宜兴市第十五批科技镇长团开展工作。挂职中国宜兴环保科技工业园管委会副主任的河海大学环境学院副教授韩某东，"
              "到任三个月就跑遍了园区内的水处理企业。")
    assert ("韩某东", "memberOf", "宜兴市第十五批科技镇长团") in facts(out, "memberOf")
    assert ("宜兴市第十五批科技镇长团", "memberInstitution", "河海大学") in facts(out, "memberInstitution")


def test_a_field_list_item_stops_before_a_place_or_its_statement():
    """围绕A、B、食品加工等姜堰主导产业 (等 + a place), A、B等地标产业, 以太仓航空航天、先进材料产业为重点 (以 + a
    place), 和桥镇是宜兴的电线电缆产业重镇, 立足所在板块产业特色: the fields are the industries only."""
    out = run("姜堰区第十六批科技镇长团围绕汽车零部件、高端装备、食品加工等姜堰主导产业开展服务。"
              "新吴区第十五批科技镇长团围绕集成电路、物联网和电子元器件等地标产业开展服务。"
              "太仓市第十五批科技镇长团以太仓航空航天、先进材料产业为重点。官林镇、和桥镇是宜兴的电线电缆产业重镇。"
              "各分团立足所在板块产业特色开展工作。")
    fields = names(out, "Field")
    assert {"食品加工", "电子元器件", "航空航天", "电线电缆"} <= fields
    assert not any(w in f for f in fields for w in ("等", "以", "是", "板块"))


def test_a_member_after_a_clause_of_time_brokers():
    """回到学校后，周某组织…，促成A与B签订…; 一年来，赵某依托…，推动学校与X共建…: the member opens the
    sentence's main clause, so the member arranged it."""
    out = run("睢宁县第十五批科技镇长团开展工作。团员周某川来自中国矿业大学。回到学校后，周某川组织化工学院碳材料课题组多次赴企业"
              "现场攻关，促成中国矿业大学与江苏某烯新材料科技有限公司签订技术开发合同。")
    brokered = facts(out, "brokered")
    assert ("周某川", "brokered", "江苏某烯新材料科技有限公司") in brokered
    assert ("睢宁县第十五批科技镇长团", "brokered", "江苏某烯新材料科技有限公司") not in brokered


def test_both_sides_of_a_firm_in_its_town_and_a_school_a_member_invited():
    """天目湖镇的X公司苦于…，挂职天目湖镇副镇长的陈某邀请Y学院专家…，促成双方签订…: 双方 are the firm and the
    school (the town is only where the firm is, and the member's post), and the member, opening the
    clause after their titles, brokered it."""
    out = run("溧阳市第十五批科技镇长团开展工作。天目湖镇的溧阳云某茶业有限公司苦于白茶加工标准化程度低，挂职天目湖镇副镇长的"
              "陈某邀请南京农业大学园艺学院专家多次上门指导，促成双方签订技术服务合同。")
    assert ("溧阳云某茶业有限公司", "collaboratesWith", "南京农业大学园艺学院") in facts(out, "collaboratesWith")
    assert {("陈某", "brokered", "溧阳云某茶业有限公司"), ("陈某", "brokered", "南京农业大学园艺学院")} <= facts(out, "brokered")


def test_pairs_listed_with_their_firms_town_in_brackets():
    """常熟某驰汽车部件有限公司（梅李镇）与常熟理工学院汽车工程学院联合开发…: the firm is the party and is in the
    town; the bracket is no party."""
    out = run("常熟市第十五批科技镇长团牵线多个项目。其中，常熟某驰汽车部件有限公司（梅李镇）与常熟理工学院汽车工程学院联合开发"
              "新能源汽车轻量化底盘构件；常熟某捷智能装备有限公司（古里镇）与江南大学机械工程学院签订技术改造合同。")
    pairs = facts(out, "collaboratesWith")
    assert ("常熟某驰汽车部件有限公司", "collaboratesWith", "常熟理工学院汽车工程学院") in pairs
    assert ("常熟某捷智能装备有限公司", "collaboratesWith", "江南大学机械工程学院") in pairs
    assert not any("镇" in s or "镇" in o for s, _, o in pairs)
    assert ("常熟某驰汽车部件有限公司", "locatedIn", "梅李镇") in facts(out, "locatedIn")


def test_the_pairs_of_an_agreement_reported_after_its_brokered_signing():
    """在X团牵线下，A、B与3家企业举行签约仪式。根据协议，A将与C联合开发…；B与D合作开展…: the team brokered
    each pair the agreement lists."""
    out = run("靖江科技镇长团牵线3个校企合作项目签约\n本报讯 9月6日，在靖江市第十六批科技镇长团牵线下，江苏科技大学、南京航空航天大学"
              "与靖江3家企业举行产学研合作签约仪式。\n根据协议，江苏科技大学船舶与海洋工程学院将与江苏某舟船舶配套有限公司联合开发"
              "大型集装箱船节能附体；南京航空航天大学与靖江某矩汽车零部件有限公司合作开展轻量化底盘件研究。")
    assert ("江苏科技大学船舶与海洋工程学院", "collaboratesWith", "江苏某舟船舶配套有限公司") in facts(out, "collaboratesWith")
    assert {("靖江市第十六批科技镇长团", "brokered", "江苏某舟船舶配套有限公司"),
            ("靖江市第十六批科技镇长团", "brokered", "靖江某矩汽车零部件有限公司")} <= facts(out, "brokered")


def test_a_table_with_bar_separators_and_a_brokered_lead():
    """在科技镇长团的牵线下，…集中签约。部分签约项目如下： then 项目名称｜合作企业｜合作高校院所｜金额 rows; and a
    header in brackets (序号｜企业｜所在区镇｜合作高校院所｜合作内容) with the firm's town in a cell between."""
    out = run("苏州工业园区第十五批科技镇长团举办路演活动。\n随后，在科技镇长团的牵线下，14个合作项目集中签约。部分签约项目如下：\n\n"
              "项目名称｜合作企业｜合作高校院所｜金额（万元）\n缓释微球制剂工艺开发｜苏州某源药业有限公司｜苏州大学药学院｜680\n\n"
              "以下为部分区镇代表性合作项目（序号｜企业｜所在区镇｜合作高校院所｜合作内容）：\n"
              "1｜张家港某力精密传动有限公司｜塘桥镇｜江苏大学机械工程学院｜风电齿轮箱轴承寿命预测\n")
    pairs = facts(out, "collaboratesWith")
    assert ("苏州某源药业有限公司", "collaboratesWith", "苏州大学药学院") in pairs
    assert ("张家港某力精密传动有限公司", "collaboratesWith", "江苏大学机械工程学院") in pairs
    assert {("苏州工业园区第十五批科技镇长团", "brokered", "苏州某源药业有限公司"),
            ("苏州工业园区第十五批科技镇长团", "brokered", "苏州大学药学院")} <= facts(out, "brokered")
    assert ("张家港某力精密传动有限公司", "locatedIn", "塘桥镇") in facts(out, "locatedIn")


def test_a_signing_table_brokered_by_the_team_its_headline_names():
    """某区科技镇长团牵线搭桥 N个项目集中签约 as the headline, and a table of the signed pairs under a
    heading of its own, with no broker in the paragraph above: the headline's team brokered each row."""
    out = run("海陵区科技镇长团牵线搭桥 8个产学研项目集中签约\n\n"
              "6月10日，海陵区产学研合作签约活动举行，8个合作项目现场签约。\n\n"
              "区领导出席并致辞，希望企业用好高校资源。\n\n签约项目（部分）\n\n"
              "| 序号 | 高校/院系 | 企业 | 合作内容 |\n"
              "| 1 | 江南大学 | 泰州某谷食品有限公司 | 低糖配方优化 |\n")
    assert ("泰州某谷食品有限公司", "collaboratesWith", "江南大学") in facts(out, "collaboratesWith")
    assert {("海陵区科技镇长团", "brokered", "泰州某谷食品有限公司"),
            ("海陵区科技镇长团", "brokered", "江南大学")} <= facts(out, "brokered")


def test_a_headline_without_a_signing_gives_a_table_no_broker():
    out = run("海陵区科技镇长团推动企业走访\n\n6月10日，海陵区产学研合作活动举行，8个合作项目现场签约，区领导出席。\n\n"
              "| 序号 | 高校/院系 | 企业 | 合作内容 |\n"
              "| 1 | 江南大学 | 泰州某谷食品有限公司 | 低糖配方优化 |\n")
    assert ("泰州某谷食品有限公司", "collaboratesWith", "江南大学") in facts(out, "collaboratesWith")
    assert not {o for s, o in links(out, "brokered")} & {"泰州某谷食品有限公司", "江南大学"}


def test_list_items_naming_a_signed_pair_with_a_dash():
    """在科技镇长团的牵线搭桥下，现场12个项目签约。主要包括： then ◆ A公司—B学院：…; lines: each pair cooperates
    and the team brokered it."""
    out = run("昆山市第十五批科技镇长团开展工作。\n在科技镇长团的牵线搭桥下，现场12个产学研合作项目签约。主要包括：\n\n"
              "◆ 昆山某拓智能装备有限公司—南京航空航天大学机电学院：协作机器人高精度关节模组联合开发；\n"
              "◆ 昆山某芯微电子有限公司—东南大学集成电路学院：车规级功率芯片封装可靠性研究。\n")
    pairs = facts(out, "collaboratesWith")
    assert ("昆山某拓智能装备有限公司", "collaboratesWith", "南京航空航天大学机电学院") in pairs
    assert ("昆山某芯微电子有限公司", "collaboratesWith", "东南大学集成电路学院") in pairs
    assert ("昆山市第十五批科技镇长团", "brokered", "昆山某芯微电子有限公司") in facts(out, "brokered")


def test_our_schools_in_news_whose_one_named_university_is_ours():
    """我校与启东市举行… (no source, no university in the title): 我校 is the one university the text names
    in full, and its bare schools (药学院与X公司签订…) are that university's."""
    title = "我校与启东市举行校地合作推进会"
    text = (title + "\n本网讯 6月18日，我校与启东市校地合作推进会举行。仪式上，双方签署《中国药科大学—启东市全面战略合作协议》。"
            "现场还签约了校企合作项目：药学院与科技城内企业江苏某泽生物医药科技有限公司签订改良型新药制剂技术开发合同。")
    out = extract_article(Article(id="t.txt", path="t.txt", title=title, date=None, source=None, text=text))
    assert ("中国药科大学药学院", "collaboratesWith", "江苏某泽生物医药科技有限公司") in facts(out, "collaboratesWith")
    assert ("中国药科大学药学院", "partOf", "中国药科大学") in facts(out, "partOf")


def test_a_member_in_a_sub_teams_section_is_the_sub_teams():
    """泰兴团：聚焦… (a heading line), then 泰兴市副市长、泰兴团团长…介绍，泰兴团围绕…。团员、常州大学教授葛某…: the member
    is of the section's sub-team, not the city's team."""
    out = run("泰州市第十六批科技镇长团召开推进会。泰兴、姜堰两个分团作交流发言。\n泰兴团：聚焦特色产业 打通中试\n"
              "泰兴市副市长、泰兴团团长戴某晨介绍，泰兴团围绕化工新材料产业精准发力。团员、常州大学教授葛某彬牵线常州大学与"
              "泰兴经济开发区企业江苏某岩化学有限公司签订合作协议。\n姜堰团：深耕一线\n")
    assert ("葛某彬", "memberOf", "泰兴市第十六批科技镇长团") in facts(out, "memberOf")
    assert ("葛某彬", "memberOf", "泰州市第十六批科技镇长团") not in facts(out, "memberOf")


def test_a_short_form_from_trade_words_first_characters_and_a_deal_through_a_member():
    """江苏某谷矿物材料有限公司 … 某谷矿材 (矿物材料's first characters); 经杭某鸣协调，A与B签订…: the member brokered."""
    out = run("盱眙县第十五批科技镇长团开展工作。团员杭某鸣挂职马坝镇副镇长，他拜访了江苏某谷矿物材料有限公司。"
              "今年春天，经杭某鸣协调，某谷矿材与马坝镇的盱眙某乡稻虾农业科技有限公司签订示范应用协议。")
    assert ("江苏某谷矿物材料有限公司", "collaboratesWith", "盱眙某乡稻虾农业科技有限公司") in facts(out, "collaboratesWith")
    brokered = facts(out, "brokered")
    assert ("杭某鸣", "brokered", "盱眙某乡稻虾农业科技有限公司") in brokered
    assert ("盱眙县第十五批科技镇长团", "brokered", "盱眙某乡稻虾农业科技有限公司") not in brokered


def test_i_in_a_members_own_account_is_the_member():
    """【编者按】许某是…团团员…他写下了挂职感悟。then 我拿着…走访企业86家 and 经我牵线，A与B签订…: 我 is 许某
    (outside quotes only); 我把需求转给了孟某超，他牵线…: 他 is 孟某超."""
    text = ("挂职一年，我把实验室搬进了车间——一名科技镇长团团员的年终手记\n\n"
            "【编者按】许某然是江阴市第十六批科技镇长团团员，挂职华士镇副镇长。年终岁末，他写下了这一年的挂职感悟。\n\n"
            "团长、江阴市副市长（挂职）钱某远对我们说：“我们得拿出真东西。”刚到任时，我一年下来共走访企业86家。"
            "经我牵线，今年3月，江阴某澜毛纺织有限公司与江南大学纺织科学与工程学院签订技术开发合同，金额95万元。"
            "在江阴高新区挂职的副团长孟某超来自东华大学。江苏某睿化纤科技有限公司想开发新产品，我把需求转给了孟某超，"
            "他牵线促成某睿化纤与东华大学材料科学与工程学院签订合作协议，合同金额200万元。")
    out = extract_article(Article(id="t.txt", path="t.txt", title=text.split("\n")[0], date=None, source=None, text=text))
    assert ("许某然", "memberOf", "江阴市第十六批科技镇长团") in facts(out, "memberOf")
    assert ("许某然", "brokered", "江阴某澜毛纺织有限公司") in facts(out, "brokered")
    assert ("孟某超", "brokered", "江苏某睿化纤科技有限公司") in facts(out, "brokered")
    subjects = _figure_subjects(out)
    assert subjects[86] == "许某然" and subjects[950_000] == "许某然" and subjects[2_000_000] == "孟某超"


def test_pilot_platforms_and_science_courtyards_are_platforms():
    """（图）苏州纳米所宿迁先进功能薄膜中试平台揭牌; 双方共建的某某中试平台…首期投入800万元; 阳山水蜜桃科技小院: named
    platforms (the caption's （图） is no part of the name), and what the platform does is its figure."""
    out = run("惠山区第十五批科技镇长团开展工作。\n（图）苏州纳米所宿迁先进功能薄膜中试平台揭牌仪式现场\n"
              "在团员唐某舟的推动下，苏州纳米所与横塘街道签署合作协议，双方共建的狮山纳米新材料中试平台已于10月投入运行，首期投入800万元。"
              "扬州大学在阳山镇共建阳山水蜜桃科技小院。")
    platforms = names(out, "Platform")
    assert {"苏州纳米所宿迁先进功能薄膜中试平台", "狮山纳米新材料中试平台", "阳山水蜜桃科技小院"} <= platforms
    assert _figure_subjects(out)[8_000_000] == "狮山纳米新材料中试平台"


@pytest.mark.parametrize("opening, who", [
    ("在社渚镇，挂职副镇长赵某鸣牵线镇上的江苏某弘电力设备有限公司与河海大学能源与电气学院合作开发巡检系统，合同金额210万元。",
     "赵某鸣"),  # titles with no body named before the name
    ("挂职鸿山街道办事处副主任的中国药科大学药学院副研究员钟某欣，走访了辖区内全部17家生物医药企业。", "钟某欣"),
    ("挂职丁蜀镇副镇长的讲师沈某怡，带领学院专家走进镇上的宜兴某瓷新材料科技有限公司，促成企业与学院签订合同，金额150万元。",
     "沈某怡"),  # a firm after 镇上的 is where they went, not what the rest is about
])
def test_a_members_tally_after_titles_of_every_kind(opening, who):
    out = run("溧阳市第十五批科技镇长团开展工作。" + opening)
    assert {f["s"] for f in out["figures"]} == {who}


@pytest.mark.parametrize("sentence, place, fields", [
    ("宝应县是全省重要的输变电装备产业基地。", "宝应县", {"输变电装备"}),
    ("沙集镇是全国闻名的电商家具集聚地。", "沙集镇", {"电商家具"}),
    ("华士镇是江阴纺织服装、精密机械企业聚集的工业重镇。", "华士镇", {"纺织服装", "精密机械"}),
    ("沭阳是全国闻名的“花木之乡”，以花木、电子商务为特色产业。", "沭阳县", {"花木", "电子商务"}),
])
def test_a_places_industries_stated_as_what_it_is(sentence, place, fields):
    """X是…的A产业基地/集聚地/…企业聚集的工业重镇, X…，以A、B为特色产业: X hasField each (no 企业, 工业 or a place in them)."""
    out = run("某县第十五批科技镇长团开展工作。" + sentence)
    assert {o for s, p, o in facts(out, "hasField") if s == place} >= fields
    assert not any(w in f for f in names(out, "Field") for w in ("企业", "工业", "重要", "江阴"))


def test_fields_listed_as_two_or_three_directions():
    """研究院聚焦智能采掘装备、矿山机器人、煤矿安全监测三大方向; 中心建有耐盐作物试验示范区: the directions are the
    platform's fields, and 建有 opens no name."""
    out = run("铜山区第十五批科技镇长团开展工作。中国矿业大学铜山智能矿山装备研究院落户徐州高新技术产业开发区，"
              "聚焦智能采掘装备、矿山机器人、煤矿安全监测三大方向。中心建有耐盐作物试验示范区。")
    assert {o for s, p, o in facts(out, "hasField") if s == "中国矿业大学铜山智能矿山装备研究院"} >= {
        "智能采掘装备", "矿山机器人", "煤矿安全监测"}
    assert not any(n.startswith("建有") for n in names(out))


def test_province_wide_tallies_are_the_reporting_agencys_and_headlines_are_not_repeated():
    """记者从江苏省委组织部获悉…全省科技镇长团累计走访企业1.2万余家次 (in an article that also names a district's
    team): the agency's figure; 海安市举行校地合作推进会 现场签约项目12个 … 现场签约项目12个: one figure, the body's."""
    out = run("第十六批科技镇长团扎根基层\n记者从江苏省委组织部获悉，各团紧扣地方主导产业。截至今年6月底，全省科技镇长团累计"
              "走访企业1.2万余家次。\n在常州市金坛区，金坛区第十六批科技镇长团走访企业95家。")
    assert _figure_subjects(out)[12000] == "江苏省委组织部"
    out = run("海安市举行校地合作推进会 现场签约项目12个\n海安市第十六批科技镇长团牵线推动，会上现场签约项目12个。")
    assert [f["s"] for f in out["figures"] if f["value"] == 12] == ["海安市第十六批科技镇长团"]


def test_in_a_roundup_a_team_written_after_its_city_takes_over():
    """A roundup's sections: 南通市海门区第十六批科技镇长团团长…介绍，…。该团牵线A与B共建… — the team that opens the
    sentence after its city's name is the one the section is about, not the article's first team."""
    out = run("第十六批科技镇长团扎根基层\n记者获悉，第十六批科技镇长团到任以来成效明显。\n\n海门：新材料企业有了实验室\n\n"
              "南通市海门区第十六批科技镇长团团长、来自南京工业大学的陆某志介绍，海门团围绕海工装备产业发力。该团牵线南京工业大学"
              "材料科学与工程学院与区内企业江苏某澄新材料科技有限公司共建联合实验室。\n\n金坛：一线服务\n\n"
              "常州市金坛区第十六批科技镇长团走访企业50家，金坛团促成项目12项，金坛团还举办对接会3场。")
    brokered = facts(out, "brokered")
    assert ("海门区第十六批科技镇长团", "brokered", "江苏某澄新材料科技有限公司") in brokered
    assert ("金坛区第十六批科技镇长团", "brokered", "江苏某澄新材料科技有限公司") not in brokered


def test_a_deal_the_next_sentence_credits_to_a_member_and_a_members_bare_school():
    """A学院与X公司签署研究生工作站共建协议。该项目由团员、…副教授施某豪牵线促成。: the member brokered the pair
    (not the team by default, and 签署 opens no platform name); 某学院副教授柯某…后，牵线企业与学院合作开发…: the
    firm named last and the member's school."""
    out = run("六合区第十五批科技镇长团开展工作。\n\n当天，南京工业大学化工学院还与位于龙池街道的南京某澄新材料有限公司签署"
              "研究生工作站共建协议。该项目由团员、南京工业大学化工学院副教授施某豪牵线促成。街道将以此次共建为契机深化合作。")
    brokered = facts(out, "brokered")
    assert ("施某豪", "brokered", "南京某澄新材料有限公司") in brokered
    assert not any(s == "六合区第十五批科技镇长团" for s, _, _ in brokered)
    assert not any("签署" in n for n in names(out))
    out = run("邗江区第十六批科技镇长团开展工作。扬州某芯传感技术有限公司急需补偿算法。邗江团团员、东南大学仪器科学与工程学院副教授"
              "柯某桐上门调研后，牵线企业与学院合作开发高精度补偿算法。")
    assert ("扬州某芯传感技术有限公司", "collaboratesWith", "东南大学仪器科学与工程学院") in facts(out, "collaboratesWith")
    assert ("柯某桐", "brokered", "扬州某芯传感技术有限公司") in facts(out, "brokered")


def test_a_rarer_surname_and_leading_a_schools_group_not_the_team():
    """河海大学能源与电气学院教授谈某军…先后三次带领学院团队到企业调研，最终促成A与B签订…: 谈 is a surname, and
    带领学院团队 is the school's research group, so the member brokered it."""
    out = run("扬中市第十五批科技镇长团开展工作。扬中市第十五批科技镇长团团员、挂职新坝镇副镇长的河海大学能源与电气学院教授谈某军在走访中"
              "得知这一情况后，先后三次带领学院团队到企业调研，最终促成江苏某澄电气有限公司与河海大学能源与电气学院签订技术开发合同。")
    assert "谈某军" in names(out, "Person")
    assert ("谈某军", "brokered", "江苏某澄电气有限公司") in facts(out, "brokered")


def test_the_programmes_tallies_in_a_roundup_are_the_provincial_agencys():
    """A roundup of several places' teams: 据统计，第十五批科技镇长团…共促成…2650余项 (a bare batch) and 省科技厅统计显示，
    …五市的科技镇长团共协助…136个 are the programme's, reported by the province's agency, not the first team's; a
    policy's cap (给予最高50万元奖补) and the programme's size (共选派成员1060名) are no figures."""
    out = run("科技镇长团接力服务\n记者从省委组织部了解到，第十六批科技镇长团共选派成员1060名，省委组织部将加强管理。"
              "金坛区第十六批科技镇长团走访企业50家。涟水县第十六批科技镇长团走访企业40家。海门区第十六批科技镇长团走访企业30家。"
              "据统计，第十五批科技镇长团在一年任期内共促成产学研合作项目2650余项。省科技厅统计显示，今年以来，徐州、连云港五市的"
              "科技镇长团共协助县域共建创新平台136个。南通市对科技镇长团牵线落地的平台给予最高50万元奖补。")
    subjects = _figure_subjects(out)
    assert subjects[2650] == "江苏省委组织部"
    assert subjects[136] == "江苏省科技厅"
    assert subjects[50] == "金坛区第十六批科技镇长团"
    assert 1060 not in subjects and 500_000 not in subjects


def test_a_table_of_co_operatives_under_a_heading_line():
    """该团…牵线院校与地方经营主体签订合作协议12份。 then a heading line and 合作社名称  所在镇  合作单位  合作内容 rows:
    each co-operative works with its row's partner, is in its row's town, and the team brokered it; 许某上门走访… is 许某."""
    out = run("兴化团开展工作。\n兴化市第十五批科技镇长团由8名成员组成，该团组织团员走访专业合作社86家，先后牵线院校与地方经营主体签订合作协议12份。\n\n"
              "部分校社合作项目一览\n合作社名称  所在镇  合作单位  合作内容\n"
              "兴化市某逸河蟹养殖专业合作社  安丰镇  扬州大学动物科学与技术学院  河蟹生态养殖与病害防控\n\n"
              "团员、南京农业大学植物保护学院副教授许哲上门走访合作社。")
    assert ("兴化市某逸河蟹养殖专业合作社", "collaboratesWith", "扬州大学动物科学与技术学院") in facts(out, "collaboratesWith")
    assert ("兴化市第十五批科技镇长团", "brokered", "兴化市某逸河蟹养殖专业合作社") in facts(out, "brokered")
    assert ("兴化市某逸河蟹养殖专业合作社", "locatedIn", "安丰镇") in facts(out, "locatedIn")
    assert "许哲" in names(out, "Person")


@pytest.mark.parametrize("sentence, firm, other", [
    ("团员们走访了扬中市某晟新能源科技有限公司、扬中高新区的江苏某科储能装备有限公司等企业。", "江苏某科储能装备有限公司",
     "扬中高新区"),  # a list item: the firm after where it is
    ("在江都区大桥镇扬州某舟船舶装备有限公司的研发中心，工人正在作业。", "扬州某舟船舶装备有限公司", "大桥镇"),
    ("团员王某，挂职永阳街道办事处副主任。", None, "永阳街道办事处"),  # a subdistrict's office is an agency
])
def test_where_a_firm_is_is_no_part_of_its_name_and_subdistrict_offices(sentence, firm, other):
    out = run("扬中市第十五批科技镇长团开展工作。" + sentence)
    if firm is not None:
        assert firm in names(out, "Enterprise") and not any(n.endswith(firm) and n != firm for n in names(out))
    assert other in names(out)


def test_what_a_place_is_said_to_be_is_no_zone():
    """浦口作为…南京市高端装备制造业的重要集聚区: 重要集聚区 names no zone."""
    out = run("浦口区第十五批科技镇长团开展工作。浦口作为南京江北新区的重要板块和南京市高端装备制造业的重要集聚区，正加快打造三大产业集群。")
    assert not any("集聚区" in n for n in names(out))


def test_a_leader_named_after_party_titles_and_a_rosters_role_heading():
    """X团团长、临时党支部书记、副区长郭某宇 (临时 is part of the title chain); a roster notice's 一、团长 heading with
    韩某，…教授，挂职溧水区副区长。 under it: both lead the team."""
    out = run("六合区第十五批科技镇长团开展活动。六合区第十五批科技镇长团团长、临时党支部书记、副区长郭某宇及全体团员参加活动。")
    assert ("郭某宇", "leads", "六合区第十五批科技镇长团") in facts(out, "leads")
    out = run("关于溧水区第十六批科技镇长团成员挂职安排的通知\n\n现将溧水区第十六批科技镇长团成员挂职安排通知如下：\n\n一、团长\n\n"
              "韩某群，南京农业大学园艺学院教授，挂职溧水区副区长。\n\n二、团员\n\n唐某，南京工业大学副教授，挂职永阳街道办事处副主任。")
    assert ("韩某群", "leads", "溧水区第十六批科技镇长团") in facts(out, "leads")
    assert ("唐某", "leads", "溧水区第十六批科技镇长团") not in facts(out, "leads")


def test_a_firm_post_taken_in_a_later_clause():
    """3. 唐某，南京工程学院…副教授，挂职永阳街道办事处副主任，兼任南京某华新能源科技有限公司科技副总；…林某欣挂职…副主任，
    同时受聘为南京某驰航空装备有限公司科技副总: the member works for the firm too."""
    out = run("溧水区第十六批科技镇长团成员名单。\n3. 唐某，南京工程学院能源与动力工程学院副教授，挂职永阳街道办事处副主任，"
              "兼任南京某华新能源科技有限公司科技副总；\n团员、南京航空航天大学机电学院副教授林某欣挂职秣陵街道办事处副主任，"
              "同时受聘为南京某驰航空装备有限公司科技副总。")
    affiliated = facts(out, "affiliatedWith")
    assert ("唐某", "affiliatedWith", "南京某华新能源科技有限公司") in affiliated
    assert ("林某欣", "affiliatedWith", "南京某驰航空装备有限公司") in affiliated


def test_column_breaks_are_where_compact_dropped_two_or_more_spaces():
    """A table flattened with runs of spaces between cells: the breaks are the packed offsets after each
    run of two or more (one space between two characters is a name's, no cell edge)."""
    from kg.extract.mentions import _column_breaks, compact
    text = "序号  企业名称  合作高校\n1  江苏某 达有限公司    南京大学\n华宇新 材"
    packed, keep = compact(text)
    expected = frozenset(k for k in range(1, len(keep)) if keep[k] - keep[k - 1] > 2)
    assert _column_breaks(text) == expected and len(expected) == 3


def test_a_university_news_that_calls_itself_school_names_its_schools_bare():
    """西安交大举行…欢送会 … 学校共选派… 机械工程学院副教授某某…: without 我校, a university's
    own news says 学校; its bare schools are the title's university's, and so is 学校 as a party.
    A school after 某某是 is one too; 挂职干部所在学院 is no school."""
    title = "西安交通大学举行第十五批科技镇长团挂职干部欢送会"
    text = (title + "\n"
            "7月10日，欢送会在学校举行，挂职干部所在学院党委书记参加会议。学校共选派6名教师赴江苏挂职。"
            "机械工程学院副教授邬某某任吴中区第十五批科技镇长团团长。"
            "化学工程与技术学院讲师柏某某挂任吴中区科技局副局长。"
            "柴某某是能源与动力工程学院教授，加入相城区第十五批科技镇长团。"
            "会上，学校与吴中区人民政府签署校地合作协议。")
    out = extract_article(Article(id="t.txt", path="t.txt", title=title, date=None, source=None, text=text))
    units = names(out, "AcademicUnit")
    assert {"西安交通大学机械工程学院", "西安交通大学化学工程与技术学院", "西安交通大学能源与动力工程学院"} <= units
    assert not {u for u in units if "所在" in u}
    assert {("邬某某", "affiliatedWith", "西安交通大学机械工程学院"),
            ("吴中区第十五批科技镇长团", "memberInstitution", "西安交通大学")} <= facts(out)
    assert any({s, o} >= {"西安交通大学"} and "吴中区" in s + o for s, p, o in facts(out, "collaboratesWith"))


def test_school_said_once_in_a_district_news_makes_no_home_university():
    """学校 once, in a district's news whose title names a university, is not that university's voice."""
    title = "东南大学专家走进江宁区企业"
    out = extract_article(Article(id="t.txt", path="t.txt", title=title, date=None, source=None, text=(
        title + "\n江宁区第十六批科技镇长团邀请专家到企业，机械工程学院教授鲍某某说，学校的成果要落地。")))
    assert not {u for u in names(out, "AcademicUnit") if u.endswith("机械工程学院")}


def test_a_firms_name_stops_at_a_revisit_and_at_a_dash_between_parties():
    """某某团回访X有限公司: 回访 ends the name as 走访 does; 某学院—X有限公司 in a table pairs two
    parties, and no firm's name holds the dash."""
    out = run("5月20日，盐城市建湖县第十五批科技镇长团回访盐城鑫禾饲料有限公司，见证该公司与盐城工学院合作项目二期开工。")
    assert "盐城鑫禾饲料有限公司" in names(out, "Enterprise")
    assert not {n for n in names(out, "Enterprise") if "回访" in n}
    out = run("项目名称｜合作双方｜当前进展\n"
              "果蔬冻干｜江南大学食品学院—宿迁禾丰食品科技有限公司｜共建研究生工作站，4名研究生进站\n")
    assert "宿迁禾丰食品科技有限公司" in names(out, "Enterprise")
    assert "江南大学食品学院" in names(out, "AcademicUnit")
    assert not {n for n in names(out, "Enterprise") if "—" in n}


def figures_with_units(out: dict) -> set[tuple[str, str, float]]:
    return {(f["s"], f["unit"], f["value"]) for f in out["figures"]}


def test_a_projects_investment_and_patents_are_its_firms():
    """A follow-up on one firm's project: 项目首期投资…, 校企双方联合申请发明专利… are the firm's own;
    an investment a team brought in (主导引进的…项目…投资) stays the team's, and a lab's patents are
    not the firm's."""
    text = ("建湖县第十五批科技镇长团回访盐城恒屹叶片科技有限公司。该公司与江苏大学合作的叶片项目进展顺利。"
            "项目首期投资2800万元，已建成中试线。截至目前，校企双方已联合申请发明专利11项。")
    out = run(text)
    assert {("盐城恒屹叶片科技有限公司", "CNY", 28_000_000), ("盐城恒屹叶片科技有限公司", "count", 11)} <= figures_with_units(out)
    out = run("建湖县第十五批科技镇长团主导引进的江苏泓景集团智慧农业项目已签约，预计实际投资2.55亿元以上。")
    assert ("建湖县第十五批科技镇长团", "CNY", 255_000_000) in figures_with_units(out)
    out = run("建湖县第十五批科技镇长团牵线江苏大学与盐城恒屹叶片科技有限公司共建联合实验室。"
              "实验室目前已申报发明专利2项。")
    assert ("盐城恒屹叶片科技有限公司", "count", 2) not in figures_with_units(out)


def test_a_members_profile_credits_the_member_with_its_deals():
    """【团员风采】某某：…: the deals no one else is said to have arranged are the profiled member's;
    a title about a leader or a visit profiles no one, and a team named in the sentence keeps its deal."""
    body = ("\n惠山区第十五批科技镇长团团员、洛社镇副镇长柯某某来自江南大学机械工程学院。\n"
            "两个月后，江南大学机械工程学院与无锡锐祥汽车零部件有限公司签订技术开发合同，金额120万元。\n"
            "惠山区第十五批科技镇长团还促成苏州大学与无锡恒裕精密铸造有限公司签约。\n")
    out = run("镇长团风采｜柯某某：把实验室搬进车间" + body)
    assert ("柯某某", "brokered", "无锡锐祥汽车零部件有限公司") in facts(out)
    assert ("惠山区第十五批科技镇长团", "brokered", "无锡锐祥汽车零部件有限公司") not in facts(out)
    assert ("惠山区第十五批科技镇长团", "brokered", "无锡恒裕精密铸造有限公司") in facts(out)
    out = run("区领导带队看望柯某某等挂职干部" + body)
    assert ("柯某某", "brokered", "无锡锐祥汽车零部件有限公司") not in facts(out)


def test_a_notices_numbered_team_heading_heads_its_section():
    """一、靖江市团 on a line of its own, then 团长：某某，…: the section's team, not the city's."""
    text = ("关于公布无锡市第十六批科技镇长团团长名单的通知\n"
            "无锡市第十六批科技镇长团共选派团员40名。现将各团团长名单公布如下：\n"
            "一、江阴市团\n团长：卜某某，南京理工大学机械工程学院教授，拟挂职江阴市副市长。\n"
            "二、宜兴市团\n团长：庹某某，东南大学能源与环境学院研究员，拟挂职宜兴市副市长。\n")
    out = run(text)
    assert {("卜某某", "leads", "江阴市第十六批科技镇长团"), ("庹某某", "leads", "宜兴市第十六批科技镇长团")} <= facts(out)
    assert not {f for f in facts(out, "leads") if f[2] == "无锡市第十六批科技镇长团"}


def test_a_firm_list_starts_after_the_visit_verb_inside_it():
    """团员带着A、B的专家先后走访C、D等企业: C and D are firms; A is a university, and nothing before
    走访 is part of a firm's name."""
    out = run("江宁区团团员带着东南大学、南京理工大学的专家先后走访南京宁瑞精密机械有限公司、江苏秣岭智能装备有限公司等企业。")
    assert {"南京宁瑞精密机械有限公司", "江苏秣岭智能装备有限公司"} <= names(out, "Enterprise")
    assert not {n for n in names(out, "Enterprise") if "走访" in n or "东南大学" in n}


def test_a_district_team_is_part_of_its_citys_team_of_the_same_batch_only():
    out = run("镇江市第十五批科技镇长团召开总结会，丹阳市第十五批科技镇长团作交流发言。"
              "会上，镇江市第十六批科技镇长团团员代表作表态发言。")
    assert ("丹阳市第十五批科技镇长团", "partOf", "镇江市第十五批科技镇长团") in facts(out)
    assert ("丹阳市第十五批科技镇长团", "partOf", "镇江市第十六批科技镇长团") not in facts(out)


def test_a_team_post_taken_by_a_person_sent_by_a_body():
    """团长由江苏省科技厅派出的某某担任: a person, who leads the team and works where they were sent from;
    团长由某某担任 with no sender names the person too."""
    out = run("泰州市海陵区第十五批科技镇长团团长由江苏省科技厅派出的鞠某某担任，团员还来自南京工业大学等单位。")
    assert {("鞠某某", "leads", "海陵区第十五批科技镇长团"), ("鞠某某", "affiliatedWith", "江苏省科技厅")} <= facts(out)
    out = run("海陵区第十五批科技镇长团团长由鞠某某担任。")
    assert ("鞠某某", "leads", "海陵区第十五批科技镇长团") in facts(out)


def test_a_member_who_brokered_since_taking_up_the_post():
    """某某到任以来已促成A与B签订…: the member arranged it, not the team."""
    out = run("大丰区第十六批科技镇长团团员、大连理工大学副教授甘某某挂任大丰港经济区管委会副主任。"
              "据介绍，甘某某到任以来已促成大连理工大学与江苏丰远海工装备有限公司签订技术合同4项。")
    assert ("甘某某", "brokered", "江苏丰远海工装备有限公司") in facts(out)
    assert ("大丰区第十六批科技镇长团", "brokered", "江苏丰远海工装备有限公司") not in facts(out)


def test_a_quoted_campaign_before_a_visit_is_no_zone():
    out = run("锡山区第十五批科技镇长团将持续开展“镇长团进园区”走访，力争新增产学研合作30项以上。")
    assert "镇长团进园区" not in names(out)


def test_two_places_teams_together_are_no_team_of_their_own():
    """两地镇长团“组团”…: the two teams, not a city team the article never names."""
    out = run("两地镇长团“组团”进南京\n相城区第十五批科技镇长团与吴中区第十五批科技镇长团联合组织两区企业赴南京。")
    assert names(out, "Team") == {"相城区第十五批科技镇长团", "吴中区第十五批科技镇长团"}


def test_a_role_before_where_the_person_comes_from():
    """团长、来自某大学的某区副区长某某: the role before 来自… is the person's too."""
    out = run("盐城市大丰区第十五批科技镇长团回访企业。带队的是团长、来自南京工业大学的大丰区副区长祁某某。")
    assert {("祁某某", "leads", "大丰区第十五批科技镇长团"), ("祁某某", "affiliatedWith", "南京工业大学")} <= facts(out)


def test_a_table_whose_column_holds_both_parties_joined_by_a_dash():
    """项目名称｜合作双方｜当前进展 / 花木组培｜某学院—某公司｜首期投入…，年新增产值…: the row's pair
    cooperates, and the team the paragraph above says brokered the projects brokered it."""
    text = ("2021年至2023年，沭阳县第十四批科技镇长团在沭阳期间共牵线产学研合作项目26项。回访结果如下：\n"
            "项目名称｜合作双方｜当前进展\n"
            "花木组培｜南京农业大学园艺学院—江苏新河绿秀花木有限公司｜首期投入800万元建成组培中心，年新增产值2100万元\n"
            "农机控制｜南京理工大学—江苏沭明智能装备有限公司｜签订技术开发合同，金额260万元\n")
    out = run(text)
    pairs = {frozenset((s, o)) for s, p, o in facts(out, "collaboratesWith")}
    assert {frozenset(("南京农业大学园艺学院", "江苏新河绿秀花木有限公司")),
            frozenset(("南京理工大学", "江苏沭明智能装备有限公司"))} <= pairs
    assert ("沭阳县第十四批科技镇长团", "brokered", "江苏新河绿秀花木有限公司") in facts(out)


def test_a_full_name_before_laoshi_is_a_person_but_not_a_kind_of_teacher():
    out = run("东海县第十五批科技镇长团回访企业。团长、南京工业大学的冯某骞老师回校后，又促成学院与企业合作。")
    assert "冯某骞" in names(out, "Person")
    out = run("高校老师走进车间，和企业技术人员一起攻关。")
    assert not names(out, "Person")


def test_where_a_member_works_said_in_a_later_clause():
    """团员冯某挂职马坝镇副镇长，来自淮阴工学院；团长陆某现任副区长，同时是某大学某学院教授: the body of
    the later clause is where the person works, not where the next person named works."""
    out = run("盱眙县第十六批科技镇长团团长柏某某挂职盱眙县副县长，是河海大学教授；团员冯某远挂职马坝镇副镇长，来自淮阴工学院。"
              "团员宁某琪挂职盱城街道副主任。")
    assert {("柏某某", "affiliatedWith", "河海大学"), ("冯某远", "affiliatedWith", "淮阴工学院")} <= facts(out)
    assert not {f for f in facts(out, "affiliatedWith") if f[0] == "宁某琪"}
    out = run("邗江区第十六批科技镇长团团长陆某岳现任邗江区副区长，同时是南京理工大学机械工程学院教授。")
    assert ("陆某岳", "affiliatedWith", "南京理工大学机械工程学院") in facts(out)


def test_a_demand_lists_amount_is_the_firm_that_posted_it_its_total_the_teams():
    text = ("张家港市第十六批科技镇长团牵线对接，发布会上共有12项榜单被现场揭榜，揭榜金额2150万元。\n"
            "1. 张家港港丰精密钢管有限公司“冷轧工艺优化”项目，由东南大学材料科学与工程学院团队揭榜，揭榜金额380万元；\n"
            "2. 江苏恒川氢能装备有限公司“储氢瓶内胆材料研发”项目，由南京工业大学化工学院团队揭榜，揭榜金额520万元。\n")
    out = run(text)
    got = figures_with_units(out)
    assert {("张家港港丰精密钢管有限公司", "CNY", 3_800_000), ("江苏恒川氢能装备有限公司", "CNY", 5_200_000),
            ("张家港市第十六批科技镇长团", "CNY", 21_500_000)} <= got


def test_an_agencys_own_report_gives_it_the_tallies_no_team_is_named_for():
    """淮阴区科技局2022年工作总结: the bureau's tallies are its own; a paragraph that names the team
    keeps the team's; a team's own report (某团工作总结) gives its tallies to the team."""
    text = ("淮阴区科技局2022年工作总结\n"
            "全年申报高新技术企业71家，评价入库科技型中小企业356家。\n"
            "淮阴区第十五批科技镇长团到任以来，走访企业120余家。\n")
    got = figures_with_units(run(text))
    assert {("淮阴区科技局", "count", 71), ("淮阴区科技局", "count", 356),
            ("淮阴区第十五批科技镇长团", "count", 120)} <= got
    got = figures_with_units(run("姜堰区第十五批科技镇长团工作总结\n在区委的领导下，全团走访企业156家。\n"))
    assert ("姜堰区第十五批科技镇长团", "count", 156) in got


def test_a_small_outcome_written_in_characters_is_a_figure():
    """促成校企合作项目五个: an outcome counted in characters; 一个会议室, 活动分为两个环节 are not."""
    got = figures_with_units(run("到任一年来，栟茶镇副镇长陆某华走访企业四十多家，促成校企合作项目五个。"))
    assert ("陆某华", "count", 5) in got
    out = run("如东县第十五批科技镇长团举办对接活动。活动分为企业走访和集中对接两个环节，设一个会议室。")
    assert not {f for f in figures_with_units(out) if f[2] in (1, 2)}


def test_a_brokered_firm_in_one_towns_section_is_in_that_town():
    """【李堡镇】挂职李堡镇副镇长的某某…促成学院与A公司签约: A is in 李堡镇, not only somewhere in the
    county; a paragraph that names several places, or a town only as a party's body (某镇党委), says
    nothing of where the firm is."""
    text = ("海安市第十五批科技镇长团走访企业。\n"
            "【李堡镇：电机企业找到后方】\n"
            "挂职副镇长的南京理工大学机械工程学院教授钱某邦，在他的推动下，南京理工大学机械工程学院与江苏恒骋电机有限公司签订技术合同。\n")
    out = run(text)
    assert ("江苏恒骋电机有限公司", "locatedIn", "李堡镇") in facts(out)
    text = ("海安市第十五批科技镇长团推动南京理工大学机械工程学院党委、海安市李堡镇党委和江苏恒骋电机有限公司党支部签约。"
            "在海安团的推动下，南京理工大学机械工程学院与江苏恒骋电机有限公司签订技术合同。\n")
    out = run(text)
    assert ("江苏恒骋电机有限公司", "locatedIn", "李堡镇") not in facts(out)


def test_a_bare_party_that_opens_a_clause_is_the_guests_last_named():
    """副校长许某一行首先走访了A。随后，一行来到B: the guest visited B too, not the team."""
    text = ("华中科技大学副校长许某飞带队看望相城区第十五批科技镇长团挂职干部。"
            "在相城，许某飞一行首先走访了苏州灵溪光电科技有限公司。随后，一行来到苏州汉弘智能装备有限公司。")
    out = run(text)
    assert {("许某飞", "visited", "苏州灵溪光电科技有限公司"), ("许某飞", "visited", "苏州汉弘智能装备有限公司")} <= facts(out)
    assert ("相城区第十五批科技镇长团", "visited", "苏州汉弘智能装备有限公司") not in facts(out)


def test_a_zone_articles_short_zone_body_is_that_zones():
    """经开区管委会, 经开区科技局 in an article on 常州经开区: that zone's bodies, not a district's the
    article names elsewhere; 挂职在…等单位 after the senders names where they serve, no sender."""
    text = ("常州经开区第十五批科技镇长团共有7名成员，分别来自常州大学、河海大学，挂职在经开区科技局、横林镇等单位。"
            "团员、挂职经开区科技局局长助理的常州大学副教授魏某禾走访企业。"
            "位于上海市杨浦区的常州经开区（上海）科创飞地正式启用，由经开区管委会统一运营。")
    out = run(text)
    agencies = names(out, "GovernmentAgency")
    assert {"常州经开区科技局", "常州经开区管委会"} <= agencies
    assert not {a for a in agencies if a.startswith("杨浦区")}
    assert ("魏某禾", "affiliatedWith", "常州经开区科技局") in facts(out)
    assert {o for s, p, o in facts(out, "memberInstitution")} == {"常州大学", "河海大学"}


def test_names_start_after_zagen_yunying_and_touzi_jianshe():
    out = run("常州经开区科技镇长团：扎根产业园区 架起校地合作快车道\n"
              "其中，上海澜启智能科技有限公司在遥观镇投资建设新能源汽车电驱系统生产基地，计划总投资2.3亿元。"
              "镇长团协助经开区建设运营上海科创飞地。")
    assert not {n for n in names(out) if n.startswith(("扎根", "运营", "遥观镇投资"))}


def test_moving_into_a_park_names_no_zone():
    out = run("江宁区第十五批科技镇长团把办公桌搬进园区，分团扎进园区一线服务企业。")
    assert not {n for n in names(out, "Locality") if "进" in n}


def test_a_field_list_ends_before_its_count_of_chains_and_a_quoted_party_is_no_field():
    out = run("邳州市第十六批科技镇长团将围绕半导体材料、大蒜精深加工、板材家居三条产业链当好桥梁。"
              "组织部表示，将让“外脑”与本地产业深度融合。")
    fields = names(out, "Field")
    assert "板材家居" in fields
    assert not {f for f in fields if f.endswith("三条") or f == "外脑"}


def test_no_person_after_a_role_and_a_conjunction_or_a_verb_and_a_name_ending_in_he():
    out = run("学校的老师和研究生可以常驻企业。团员和师生一起走进车间。引进的博士申报省“双创计划”，企业负责人齐聚一堂。")
    assert not names(out, "Person")
    out = run("华中科技大学材料科学与工程学院教授严某和任通州区第十五批科技镇长团团长。")
    assert ("严某和", "leads", "通州区第十五批科技镇长团") in facts(out)


def test_ben_right_after_a_place_opens_a_brand():
    out = run("贾汪区第十七批科技镇长团团员苏某清牵线徐州本草源健康产业有限公司与南京中医药大学药学院合作开发产品。")
    assert "徐州本草源健康产业有限公司" in names(out, "Enterprise")


def test_a_students_practice_base_and_a_tissue_culture_centre_are_no_platforms_of_their_own():
    out = run("淮阴师范学院与渔沟镇签约，将渔沟镇作为大学生社会实践基地；企业首期投入800万元建成组培中心。")
    assert not {n for n in names(out, "Platform") if n in ("大学生社会实践基地", "组培中心")}


def test_the_writer_of_a_first_person_piece_named_in_a_byline_or_an_editors_note():
    """在白马镇的一年 / ——一名团员的挂职手记 / 顾某东 (a byline line) …我走访了全镇37家企业: 我 is
    the byline's person; 编者按：孟某航是…教授，…团团员: the note's first name, read by no other rule."""
    text = ("在白马镇的三百六十五天\n——一名科技镇长团团员的挂职手记\n\n顾某东\n\n"
            "作为溧水区第十五批科技镇长团的一员，我挂职白马镇副镇长。一年来，我走访了全镇37家企业。\n")
    out = run(text)
    assert "顾某东" in names(out, "Person")
    assert ("顾某东", "count", 37) in figures_with_units(out)
    text = ("环保之乡的挂职日记\n\n编者按：孟某航是中国矿业大学环境与测绘学院教授，作为宜兴市第十五批科技镇长团团员，"
            "挂职高塍镇副镇长。\n\n9月4日 晴\n下午我牵线景德镇陶瓷大学与宜兴溪岚陶瓷科技有限公司签订合作协议。\n")
    out = run(text)
    assert ("孟某航", "brokered", "宜兴溪岚陶瓷科技有限公司") in facts(out)


def test_a_member_named_right_after_the_school_that_takes_up_a_post():
    """我校…。机电学院陆某博挂任泗洪县副县长、泗洪县科技镇长团团长: a person of that school, who
    leads the team."""
    text = ("南航举行挂职干部返校座谈会\n我校第十五批科技镇长团挂职干部返校座谈会举行。学校共有18名教师参加。"
            "机电学院陆某博挂任宿迁市泗洪县副县长、泗洪县科技镇长团团长。")
    out = extract_article(Article(id="t.txt", path="t.txt", title="南航举行挂职干部返校座谈会", date=None, source=None,
                                  text=text))
    assert "陆某博" in names(out, "Person")
    assert ("陆某博", "affiliatedWith", "南京航空航天大学机电学院") in facts(out)


def test_a_firm_whose_trade_is_operating_keeps_its_whole_name():
    """运营 ends a name that runs left over it (…运营的), but not one that opens with a place:
    连云港某堤码头运营有限公司 is a firm's registered name."""
    out = run("连云区第十六批科技镇长团为连云港某堤码头运营有限公司开发调度系统。")
    assert "连云港某堤码头运营有限公司" in names(out, "Enterprise")


def test_a_column_tag_is_no_team():
    """[科技镇长团风采] heads a column: no team of its own (it was read as the city's team)."""
    text = ("[科技镇长团风采] 连云区：让港口物流智起来\n\n连云区第十六批科技镇长团走访企业。"
            "今年6月，该团和赣榆区第十六批科技镇长团一起走访了连云港市的江苏某陆联运有限公司。")
    out = run(text)
    assert names(out, "Team") == {"连云区第十六批科技镇长团", "赣榆区第十六批科技镇长团"}


def test_a_platform_named_after_where_it_is_built_starts_after_the_verb():
    """在墟沟街道建设实训基地: the subdistrict is a place, the base no platform named by a place and a verb."""
    out = run("连云区第十六批科技镇长团促成江苏海洋大学与连云区政府签署合作协议，在墟沟街道建设实训基地。")
    assert "墟沟街道" in names(out, "Locality")
    assert not {n for n in names(out, "Platform") if n.startswith("墟沟街道")}


def test_a_ministrys_institute_is_a_research_institute():
    """交通运输部水运科学研究院, 生态环境部南京环境科学研究所: the ministry opens the institute's name."""
    out = run("团员分别来自大连海事大学、交通运输部水运科学研究院和生态环境部南京环境科学研究所。")
    assert {"交通运输部水运科学研究院", "生态环境部南京环境科学研究所"} <= names(out, "ResearchInstitute")
    assert "交通运输部" not in names(out)


def test_a_teacher_named_after_the_word_is_a_person():
    """…的我校材料学院教师邰某琪牵线促成: 教师 introduces a person, as 教授 does."""
    out = run("协议由句容市第十六批科技镇长团成员、挂任句容市科技局副局长的我校材料学院教师邰某琪牵线促成。")
    assert "邰某琪" in names(out, "Person")
    assert ("邰某琪", "memberOf", "句容市第十六批科技镇长团") in facts(out)


def test_a_list_item_that_runs_back_to_the_clause_is_not_a_field():
    """让每名团员对口高端装备、新材料…三大主导产业: the list's first item is the field the gazetteer
    knows, not the clause before it."""
    out = run("海安市第十五批科技镇长团牵头建立机制，让每名团员对口高端装备、新材料、纺织丝绸三大主导产业中的一条链。")
    assert not {n for n in names(out, "Field") if "团员" in n}


def test_a_profile_paragraph_opening_on_a_name_and_where_it_comes_from():
    """葛某远来自江苏大学，挂职溱东镇副镇长。: a member's paragraph in a review, with no role word."""
    text = ("1月9日，东台市第十六批科技镇长团述职评议会召开。随后，6名团员轮流上台。\n\n"
            "葛某远来自江苏大学，挂职溱东镇副镇长。他促成江苏大学与东台铭某泵阀有限公司签订技术服务合同5项。\n\n"
            "许某来自江苏省农业科学院，挂职安丰镇副镇长。")
    out = run(text)
    assert {"葛某远", "许某"} <= names(out, "Person")
    assert ("葛某远", "affiliatedWith", "江苏大学") in facts(out)
    assert ("许某", "affiliatedWith", "江苏省农业科学院") in facts(out)


def test_a_table_row_with_cell_bars_names_a_member_and_where_they_come_from():
    """姓名｜派出单位｜挂职岗位｜主要成效: each row's first cell is a member, the second where they work."""
    text = ("如东县第十五批科技镇长团成员履职成效一览\n\n姓名｜派出单位｜挂职岗位｜主要成效\n"
            "戚某岭｜南京大学｜副县长、团长｜统筹全团工作\n符某｜东南大学｜县科技局副局长｜个人走访企业68家\n")
    out = run(text)
    assert {"戚某岭", "符某"} <= names(out, "Person")
    assert {("戚某岭", "affiliatedWith", "南京大学"), ("符某", "affiliatedWith", "东南大学"),
            ("符某", "memberOf", "如东县第十五批科技镇长团")} <= facts(out)


def test_a_name_after_a_bracketed_short_form_starts_after_the_bracket():
    """江宁经济技术开发区（以下简称江宁开发区）南京某屹智能装备有限公司的车间: no name holds a
    bracket it did not open."""
    out = run("立冬刚过，江宁经济技术开发区（以下简称江宁开发区）南京某屹智能装备有限公司的总装车间里，机器人正在试运行。")
    assert "南京某屹智能装备有限公司" in names(out, "Enterprise")
    assert not {n for n in names(out) if "简称" in n}


def test_an_ideographic_space_ends_a_name_on_its_left():
    """（2023年第8期　江北新区第十六批科技镇长团办公室编）, ● 11月15日　据江北新区…: the issue number and
    the date are no part of the zone."""
    text = ("江北新区科技镇长团工作动态\n（2023年第8期　江北新区第十六批科技镇长团办公室编）\n"
            "本期导读：镇长团围绕南京江北新区集成电路产业走访企业。\n"
            "● 11月15日　据江北新区科技创新局统计，新区共登记技术合同2860项。\n")
    out = run(text)
    forms = {n for e in out["entities"] if e["type"] == "Locality" for n in (e["name"], *e["aliases"])}
    assert {"南京江北新区", "江北新区"} <= forms  # (one zone, with and without its city)
    assert not {n for n in names(out) if n.startswith(("期", "据", "日"))}
    assert "江北新区第十六批科技镇长团" in {n for e in out["entities"] if e["type"] == "Team" for n in (e["name"], *e["aliases"])}


def test_a_kind_of_body_before_a_platforms_name_is_no_part_of_it():
    out = run("惠山区第十七批科技镇长团参观了区内新型研发机构南京某枢智能制造研究院。")
    assert "南京某枢智能制造研究院" in names(out, "Platform")


def test_salt_chemicals_is_a_field_of_its_own():
    out = run("灌云县第十六批科技镇长团聚焦食品、盐化工两大县域特色产业开展精准对接。")
    assert ("灌云县第十六批科技镇长团", "hasField", "盐化工") in facts(out)


def test_big_data_inside_a_name_is_no_stop_word():
    """据 ends a name (据江北新区科技创新局统计), but not inside 大数据."""
    out = run("如皋市第十一批科技镇长团促成江苏大学（南通）大数据技术转移分中心落户。")
    assert "江苏大学（南通）大数据技术转移分中心" in names(out, "Platform")


def test_a_members_own_section_credits_the_member_with_its_numbers():
    """A review lists each member in turn: （二）副团长臧某晨（…）。走访企业81家次；… is the member's own
    account (the sentences after the name name no actor); 全团… is the team's; a speaker's 某某：… is not
    the speaker's."""
    text = ("宿豫区第十六批科技镇长团2024年度履职总结\n\n一、全团总体情况\n全团共走访企业300余家。\n\n二、团员履职情况\n"
            "（二）副团长臧某晨（东南大学，挂职区科技局副局长）。走访企业81家次；促成东南大学与区内企业江苏纬某纺织科技有限公司"
            "共建功能纺织品联合研发中心，合同金额500万元。\n"
            "（三）秦某阳（中国药科大学，挂职宿豫经济开发区管委会副主任）。围绕生物医药产业，引进生物医药领域博士3人。\n")
    by_value = subject_by_value(run(text))
    assert by_value[81] == "臧某晨" and by_value[3] == "秦某阳"
    assert by_value[300] == "宿豫区第十六批科技镇长团"
    text = ("无锡市委组织部举行新闻发布会，市委组织部人才工作处处长席某斌介绍科技镇长团成效。\n\n"
            "席某斌：无锡市第十五批科技镇长团到岗以来，累计推荐142名人才申报计划；协助引进博士以上人才89人。\n")
    assert subject_by_value(run(text)).get(89) != "席某斌"


def test_a_visit_under_a_members_lead_is_the_teams_and_the_members():
    """团员在孙某鸣带领下走访了…: the name recurs after 在 (no role word), and both the team and the
    member who leads it visit."""
    text = ("海安市第十六批科技镇长团副团长孙某鸣挂职科技局副局长。\n"
            "座谈会后，新一批团员在孙某鸣带领下走访了江苏海某精工机床有限公司。\n")
    visits = facts(run(text), "visited")
    assert {("孙某鸣", "visited", "江苏海某精工机床有限公司"),
            ("海安市第十六批科技镇长团", "visited", "江苏海某精工机床有限公司")} <= visits


def test_a_deal_after_the_members_own_semicolon_and_under_her_arranging_is_the_members():
    """…杜某航牵线A与B签订…；又推动C与D共建…: the clause after the semicolon goes on with the member;
    在她的对接下，A与B签订…: the member named before arranged it."""
    text = ("团员、南京工业大学副教授杜某航挂职保税区管委会副主任。杜某航牵线南京工业大学化工学院与区内企业张家港锐某能源科技"
            "有限公司签订合同，金额680万元；又推动上海大学与区内企业张家港华某化工新材料有限公司共建中试基地。")
    assert {("杜某航", "brokered", "上海大学"), ("杜某航", "brokered", "张家港华某化工新材料有限公司")} <= facts(run(text))
    text = "灌云县第十六批科技镇长团团员陈某琪挂职副镇长。在她的对接下，江苏省农业科学院与灌云县稼某家庭农场签订技术服务协议。"
    brokered = facts(run(text), "brokered")
    assert ("陈某琪", "brokered", "灌云县稼某家庭农场") in brokered
    assert ("灌云县第十六批科技镇长团", "brokered", "灌云县稼某家庭农场") not in brokered


def test_a_platforms_kind_opening_a_clause_stands_for_it_and_owns_its_numbers():
    """研究中心, 联合体, 联合研发中心 stand for the platform named before, as 中心 and 研究院 do:
    会上，联合体首批3个攻关项目同步启动; 联合研发中心依托…，目前已与…等6家企业签约."""
    text = ("宜兴市第十六批科技镇长团推动成立宜兴先进陶瓷材料创新联合体。会上，联合体首批3个攻关项目同步启动。\n"
            "宿豫区第十五批科技镇长团牵线共建南京工业大学宿豫生物基材料联合研发中心。联合研发中心依托南京工业大学的学科优势，"
            "目前已与江苏禾某生物基材料有限公司等6家企业签约开展技术攻关。")
    by_value = subject_by_value(run(text))
    assert by_value[3] == "宜兴先进陶瓷材料创新联合体"
    assert by_value[6] == "南京工业大学宿豫生物基材料联合研发中心"


def test_a_platform_opening_its_clause_owns_its_deals_with_the_firms_it_names():
    """揭牌仪式上，研究院与A、B、C 3家企业签订…，合同金额合计560万元: the platform signs; the firms are
    its partners, not the clause's subject."""
    text = ("丹阳市第十五批科技镇长团推动共建南京理工大学丹阳精密光学研究院。揭牌仪式上，研究院与江苏明某光学科技有限公司、"
            "丹阳市瑞某镜片有限公司、江苏镜某智能装备有限公司3家企业签订技术开发合同，合同金额合计560万元。")
    assert subject_by_value(run(text))[5600000] == "南京理工大学丹阳精密光学研究院"


def test_a_sentence_opening_on_the_company_counts_for_the_firm_named_before():
    """截至目前，公司累计登记技术合同7项…，拥有授权发明专利23件: the firm the article is about."""
    text = ("锡山区第十七批科技镇长团走访了无锡澜某精密传动科技有限公司。\n"
            "截至目前，公司累计登记技术合同7项，合同总额近600万元，拥有授权发明专利23件。")
    by_value = subject_by_value(run(text))
    assert by_value[23] == by_value[6000000] == "无锡澜某精密传动科技有限公司"
    text = ("金坛区第十五批科技镇长团走访了常州铂某新能源材料有限公司。\n"
            "2024年，公司实现销售收入5.2亿元，新申请发明专利7件。")
    assert subject_by_value(run(text))[7] == "常州铂某新能源材料有限公司"


def test_a_universitys_office_as_the_source_leaves_the_title_to_name_the_university():
    """来源：技术转移中心, the title 南京工业大学：…, 我校 in the text: a bare school before a title is
    that university's; 在泰兴召开…研究院年中工作会: the platform's name starts after 召开."""
    text = ("近日，我校技术转移中心对参加泰州市第十六批科技镇长团的5名教师开展中期走访，并在泰兴召开南京工业大学泰兴绿色化工研究院"
            "年中工作会。\n泰兴团团员、化学与分子工程学院教授乔某挂职泰兴经济开发区管委会副主任。")
    out = run(text, source="技术转移中心", title="南京工业大学：5名教师挂职泰州")
    assert "南京工业大学化学与分子工程学院" in names(out, "AcademicUnit")
    assert "南京工业大学泰兴绿色化工研究院" in names(out, "Platform")


def test_no_platform_name_opens_on_a_closing_mark():
    text = ('仪征市第十六批科技镇长团推动中国科学院宁波材料技术与工程研究所(以下简称"宁波材料所")仪征轻量化材料转化中心完成年度考核。')
    assert not {n for n in names(run(text), "Platform") if n[0] in "）)”\"'"}


def test_numbers_after_a_list_and_respectively_go_to_each_in_turn():
    """金坛团、天宁团、溧阳团分别为近3100万元、2600万元和2100万元: the first team the first number, and so on;
    a number further on in the sentence is no part of the list."""
    text = ("常州市第十五批科技镇长团下设金坛团、天宁团、溧阳团。从合同金额看，金坛团、天宁团、溧阳团分别为近3100万元、2600万元"
            "和2100万元。")
    by_value = subject_by_value(run(text))
    assert (by_value[31000000], by_value[26000000], by_value[21000000]) == (
        "金坛区第十五批科技镇长团", "天宁区第十五批科技镇长团", "溧阳市第十五批科技镇长团")


def test_a_firm_inside_the_zone_named_before_is_placed_by_the_zone_alone():
    """…挂职泰兴经济开发区管委会副主任。…进入开发区内的X车间，促成X与…签订…: X is in the zone; the team's
    place (泰兴市) is a guess the zone makes needless."""
    text = ("泰兴市第十六批科技镇长团团员乔某挂职泰兴经济开发区管委会副主任。泰兴经济开发区以精细化工为主导产业。"
            "乔某多次进入开发区内的泰州钰某精细化工有限公司车间，促成该公司与南京工业大学签订合作协议。")
    placed = {o for s, p, o in facts(run(text), "locatedIn") if s == "泰州钰某精细化工有限公司"}
    assert placed == {"泰兴经济开发区"}


def test_a_focus_verb_ends_a_zones_name():
    out = run("徐州市科技局紧扣高新区主导产业，推动邳州高新区与南京工业大学共建创新中心。")
    assert not {n for n in names(out) if "紧扣" in n}


def test_where_a_member_comes_from_may_be_followed_by_its_short_form_in_brackets():
    text = "团长陆某嵘挂职常熟市副市长，来自中国科学院苏州纳米技术与纳米仿生研究所（以下简称“苏州纳米所”）。"
    assert ("陆某嵘", "affiliatedWith", "中国科学院苏州纳米技术与纳米仿生研究所") in facts(run(text))


def test_a_three_party_alliance_pairs_all_three_even_when_two_of_them_meet_at_a_connector():
    """推动A学院党委、B镇党委与C公司党支部签订三方党建联盟协议: every pair of the three (not just B–C); an
    earlier clause's universities (对接东华大学、江苏大学等高校) are no party of it."""
    text = ("对接东华大学、江苏大学等高校12所，推动河海大学能源与电气学院党委、长江镇党委与江苏恒某电气设备有限公司党支部"
            "签订三方党建联盟协议。")
    pairs = {frozenset((s, o)) for s, _, o in facts(run(text), "collaboratesWith")}
    assert pairs == {frozenset(p) for p in (("河海大学能源与电气学院", "长江镇"), ("长江镇", "江苏恒某电气设备有限公司"),
                                            ("河海大学能源与电气学院", "江苏恒某电气设备有限公司"))}


def test_a_party_building_signing_lists_its_parties_with_no_connector():
    text = ("6月28日，苏州高新区第十五批科技镇长团临时党支部、南京工业大学材料科学与工程学院党委、苏州晶某新材料有限公司党支部"
            "党建联建签约仪式在浒墅关镇举行。")
    assert ("南京工业大学材料科学与工程学院", "collaboratesWith", "苏州晶某新材料有限公司") in facts(run(text))


def test_firms_after_a_zones_inside_are_the_partners():
    text = "揭牌仪式上，江南大学环境与土木工程学院与园区内的江苏清某膜科技有限公司、宜兴碧某环保设备有限公司分别签订合作协议。"
    assert {("江南大学环境与土木工程学院", "collaboratesWith", "江苏清某膜科技有限公司"),
            ("江南大学环境与土木工程学院", "collaboratesWith", "宜兴碧某环保设备有限公司")} <= facts(run(text))


def test_a_firm_after_a_qualifier_is_a_known_partner_of_a_group_deal():
    text = ("在句容市第十五批科技镇长团的推动下，南京林业大学林草学院党委、茅山镇党委与辖区企业江苏茅某茶业有限公司党支部"
            "签订校地企党建联盟协议。")
    assert ("南京林业大学林草学院", "collaboratesWith", "江苏茅某茶业有限公司") in facts(run(text))


def test_a_bare_jingkaiqu_opening_a_clause_is_the_zone_named_before():
    text = ("常州经开区第十五批科技镇长团到任。作为常州市轨道交通产业的核心承载区，经开区正着力壮大轨道交通、智能电网、"
            "新材料三大主导产业。")
    assert ("常州经开区", "hasField", "智能电网") in facts(run(text))


def test_sector_names_of_the_genres_counties_are_fields():
    """家纺, 花木, 硅材料, 海上风电, 绿色食品: sectors Jiangsu's county news names as main industries."""
    out = run("沭阳县第十六批科技镇长团聚焦花木、家纺、硅材料三大特色产业，围绕海上风电、绿色食品等产业开展对接。")
    assert {"花木", "家纺", "硅材料", "海上风电", "绿色食品"} <= {o for s, _, o in facts(out, "hasField")
                                                        if s == "沭阳县第十六批科技镇长团"}


def test_a_counted_or_pointed_at_kind_of_platform_is_no_name():
    """引进一所新型研发机构, 全县首家企业院士工作站, 这一科技创新中心: how many, or which, not what it is called."""
    out = run("泗洪县第十五批科技镇长团引进一所新型研发机构，建成全县首家企业院士工作站。这一科技创新中心已投入运行。")
    assert not {n for n in names(out, "Platform") if n.startswith(("引进", "全县", "这一"))}


def test_a_teams_count_before_a_later_mention_of_our_school_is_the_teams():
    """兴化团…梳理出技术需求58项，逐一对接我校相关学院: 我校 after the count, a team named before it."""
    text = ("我校选派教师参加兴化市第十六批科技镇长团。兴化团到任以来走访涉农企业96家，梳理出技术需求58项，"
            "逐一对接我校相关学院。")
    out = run(text, source="扬州大学新闻网")
    assert subject_by_value(out).get(58) == "兴化市第十六批科技镇长团"


def test_a_visited_firm_may_follow_where_it_is():
    """走访江北新区某产业园内的X, 走访了区内企业X, 走访入驻某园的X: the place or kind between the cue and the name."""
    text = ("浦口区第十六批科技镇长团团长、南京邮电大学教授吴某明带队走访江北新区产业技术研创园内的南京芯某微电子有限公司。"
            "团员先后走访了区内企业江苏建某石油机械有限公司，还走访入驻生物医药产业园的苏州安某生物医药有限公司。")
    visited = {o for _, _, o in facts(run(text), "visited")}
    assert {"南京芯某微电子有限公司", "江苏建某石油机械有限公司", "苏州安某生物医药有限公司"} <= visited


def test_a_clause_with_a_verb_before_a_place_is_no_place_of_the_firm_visited():
    """在走访中把目标锁定在官湖镇的X: no visit of X is read from 走访中把…在…的."""
    text = "邳州市第十五批科技镇长团团员钱某中走访企业60余家，最终在走访中把目标锁定在官湖镇的江苏森某木业有限公司。"
    assert ("邳州市第十五批科技镇长团", "江苏森某木业有限公司") not in links(run(text), "visited")


def test_a_sentence_opening_on_he_visits_as_the_person_named_before():
    """…周某然作为盱眙县科技镇长团成员…。他聚焦…，多次上门服务开发区内的X: 周某然 visits X (he does not
    when he leads the team there, or tells of the team's visit)."""
    text = ("南京工业大学自动化学院周某然作为盱眙县科技镇长团成员，挂职盱眙经济开发区管委会副主任。"
            "他聚焦开发区新能源产业链，多次上门服务开发区内的江苏淮某新能源电池有限公司。"
            "他告诉记者，团队到任后第二天就走进江苏碧某生态科技有限公司调研。")
    out = run(text)
    assert "周某然" in names(out, "Person")
    visited = links(out, "visited")
    assert ("周某然", "江苏淮某新能源电池有限公司") in visited
    assert ("周某然", "江苏碧某生态科技有限公司") not in visited


def test_the_person_after_a_while_visiting_clause_visits():
    """在走访开发区内的X时，董某天发现…: the person the main clause names, not the team."""
    text = ("铜山区第十七批科技镇长团到任以来深入企业。在走访开发区内的徐州鼎某工程机械有限公司时，团员、中国矿业大学"
            "副教授董某天发现企业面临焊接变形难题。")
    visited = links(run(text), "visited")
    assert ("董某天", "徐州鼎某工程机械有限公司") in visited
    assert ("铜山区第十七批科技镇长团", "徐州鼎某工程机械有限公司") not in visited


def test_table_rows_opening_on_a_bar_or_a_row_number_name_members():
    """| 施某帆 | 东华大学纺织学院教授 | …, and 1⇥韩某航⇥男⇥1981.04⇥南京理工大学…: members and where they work."""
    text = ("吴江区第十六批科技镇长团成员名单如下：\n\n| 姓名 | 派出单位及职务 | 挂职岗位 |\n|---|---|---|\n"
            "| 施某帆 | 东华大学纺织学院教授 | 吴江区副区长 |\n| 梅晟 | 江南大学纺织科学与工程学院副教授 | 盛泽镇副镇长 |\n\n"
            "沭阳县第十五批科技镇长团人选公示：\n\n序号\t姓名\t性别\t派出单位及职务\n"
            "1\t韩某航\t男\t1981.04\t南京理工大学自动化学院副院长\n2\t葛某雯\t女\t1987.09\t江南大学食品学院副教授\n")
    out = run(text)
    assert {"施某帆", "梅晟", "韩某航", "葛某雯"} <= names(out, "Person")
    assert {("施某帆", "东华大学纺织学院"), ("韩某航", "南京理工大学自动化学院"),
            ("葛某雯", "江南大学食品学院")} <= links(out, "affiliatedWith")


def test_a_member_named_after_a_teams_short_form_and_a_bracket():
    """淮安区团柯某行(南京航空航天大学自动化学院教授,挂任…): the team's member."""
    text = ("淮安市第十五批科技镇长团欢迎会召开。7个县区团团长分别为:淮安区团柯某行(南京航空航天大学自动化学院教授,"
            "挂任淮安区副区长),淮阴区团尤某蔚(江南大学生物工程学院副院长,挂任淮阴区副区长)。")
    out = run(text)
    assert {"柯某行", "尤某蔚"} <= names(out, "Person")
    assert ("柯某行", "affiliatedWith", "南京航空航天大学自动化学院") in facts(out)


def test_field_lists_lose_their_wrappers():
    """等传统产业 ends a list; 以A为代表的, 千亿级, 全县 and 了 are no part of a field's name."""
    out = run("海安市第十五批科技镇长团围绕海安建材、纺织等传统产业转型需求开展服务。崇川区加快培育以电子信息为代表的"
              "新兴产业集群。东台市将打造千亿级新能源产业集群。射阳港经济开发区是全县海上风电装备产业的集聚区。")
    fields = names(out, "Field")
    assert {"纺织", "电子信息", "新能源", "海上风电装备"} <= fields
    assert not {f for f in fields if f.startswith(("以", "千亿", "全县", "了")) or "等" in f}


def test_a_member_from_a_university_is_no_field_of_a_list():
    """来自东南大学的团员、挂职…的许某，…: what follows 的 in a list's item is no field when it tells where one comes from."""
    out = run("扬中市第十五批科技镇长团成果丰硕。来自东南大学的团员、挂职油坊镇副镇长的许某博，牵线企业与学校合作，"
              "围绕船舶、电力装备等产业开展服务。")
    assert "团员" not in names(out, "Field")


def test_building_materials_port_machinery_and_eco_farming_are_fields():
    """(named alone, outside a list that ends in 等产业, only the gazetteer knows them)"""
    fields = set()
    for field in ("新型建材", "绿色建材", "船舶配套", "港口机械", "生态农业", "功率半导体"):
        fields |= names(run(f"海门区第十五批科技镇长团聚焦{field}领域开展对接。"), "Field")
    assert {"新型建材", "绿色建材", "船舶配套", "港口机械", "生态农业", "功率半导体"} <= fields


def test_a_member_who_leads_the_organising_or_is_the_later_clauses_he_brokers():
    """…孙某岚挂职…，她牵头组织A与B开展联合攻关; 团员韦某华挂职…，他把…带到田间地头，促成A与B签订…: the member, not the team."""
    text = ("东台市第十五批科技镇长团到任一年。团员、中国科学院电工研究所研究员孙某岚挂职东台市科技局副局长，她牵头组织"
            "东台晶某光伏科技有限公司与中国科学院电工研究所开展高效光伏组件联合攻关。来自南京农业大学园艺学院的团员韦某华"
            "挂职三仓镇副镇长，他把学院的设施栽培技术带到田间地头，促成盐城沐某生态农业发展有限公司与江苏省农业科学院"
            "签订新品种示范推广协议。")
    brokered = links(run(text), "brokered")
    assert {("孙某岚", "东台晶某光伏科技有限公司"), ("韦某华", "盐城沐某生态农业发展有限公司")} <= brokered
    assert ("东台市第十五批科技镇长团", "盐城沐某生态农业发展有限公司") not in brokered


def test_a_table_rows_member_brings_the_teams_member_institution_and_its_head():
    """| 施某帆 | 东华大学纺织学院教授 | 吴江区副区长、科技镇长团团长 |: a member from 东华大学, who leads the team."""
    text = ("吴江区第十六批科技镇长团成员名单如下：\n\n| 姓名 | 派出单位及职务 | 挂职岗位 |\n|---|---|---|\n"
            "| 施某帆 | 东华大学纺织学院教授 | 吴江区副区长、科技镇长团团长 |\n"
            "| 梅晟 | 江南大学纺织科学与工程学院副教授 | 盛泽镇副镇长、科技镇长团副团长 |\n")
    out = facts(run(text))
    team = "吴江区第十六批科技镇长团"
    assert {(team, "memberInstitution", "东华大学"), (team, "memberInstitution", "江南大学"),
            ("施某帆", "leads", team)} <= out
    assert ("梅晟", "leads", team) not in out


def test_heads_listed_after_their_teams_short_forms_lead_them():
    """7个县区团团长分别为:淮安区团柯某行(…),淮阴区团尤某蔚(…): each heads the team named before."""
    text = ("淮安市第十五批科技镇长团欢迎会召开。7个县区团团长分别为:淮安区团柯某行(南京航空航天大学自动化学院教授,"
            "挂任淮安区副区长),淮阴区团尤某蔚(江南大学生物工程学院副院长,挂任淮阴区副区长)。")
    leads = links(run(text), "leads")
    assert {("柯某行", "淮安区第十五批科技镇长团"), ("尤某蔚", "淮阴区第十五批科技镇长团")} <= leads


def test_a_table_rows_post_in_an_agency_is_an_affiliation():
    """| 景某溪 | 中国科学院…研究所高级工程师 | 吴江区科技局局长助理 |: she works at the bureau too."""
    text = ("吴江区第十六批科技镇长团成员名单如下：\n\n| 姓名 | 派出单位及职务 | 挂职岗位 |\n|---|---|---|\n"
            "| 景某溪 | 中国科学院苏州纳米技术与纳米仿生研究所高级工程师 | 吴江区科技局局长助理 |\n")
    assert {("景某溪", "affiliatedWith", "中国科学院苏州纳米技术与纳米仿生研究所"),
            ("景某溪", "affiliatedWith", "吴江区科技局")} <= facts(run(text))


def test_a_head_leading_members_on_a_visit_visits_with_the_team():
    """崇川团团长、副区长范某然带领团员走访了X: the team's visit, its head at its head."""
    text = ("崇川区第十六批科技镇长团到任。签约仪式结束后，崇川团团长、副区长范某然带领团员走访了南通芯某微电子有限公司。")
    visited = links(run(text), "visited")
    assert {("崇川区第十六批科技镇长团", "南通芯某微电子有限公司"), ("范某然", "南通芯某微电子有限公司")} <= visited


def test_a_districts_newsroom_is_no_platform():
    """（大丰区融媒体中心 记者…）: the page's publisher, not a platform of the programme."""
    out = run("大丰区第十五批科技镇长团走访企业。（大丰区融媒体中心 记者 王某）\n崇川区融媒体中心　2024-09-27")
    assert not {n for n in names(out, "Platform") if "融媒体" in n}


def test_towns_listed_beside_a_known_town_are_towns_of_its_county():
    """挂职在寅阳镇、吕四港镇、近海镇和…: the gazetteer knows 吕四港镇 (启东市) only; its neighbours are towns there too."""
    text = ("启东市第十五批科技镇长团到任以来，团员分别挂职在寅阳镇、吕四港镇、近海镇和启东经济开发区等板块。"
            "上海海事大学与寅阳镇签订校地合作协议。")
    out = run(text)
    assert {("寅阳镇", "locatedIn", "启东市"), ("近海镇", "locatedIn", "启东市"),
            ("上海海事大学", "collaboratesWith", "寅阳镇")} <= facts(out)
    assert not {n for n in names(out, "Locality") if n.startswith("在")}


def test_a_place_and_a_trade_opening_a_counted_list_of_industries_is_no_firm():
    """盐城新能源、汽车、钢铁、电子信息四大主导产业集群: 盐城's industries, no firm 盐城新能源."""
    out = run("盐城市第十六批科技镇长团召开推进会。他指出，盐城新能源、汽车、钢铁、电子信息四大主导产业集群加快壮大。")
    assert "盐城新能源" not in names(out, "Enterprise")
    assert {"新能源", "汽车", "钢铁", "电子信息"} <= names(out, "Field")


def test_a_government_signing_is_the_party_and_its_platform_is_in_its_place():
    """苏州纳米所与东海县人民政府签订…，共建“某实验室”: the government is the party (as the writers name it);
    the lab is in 东海县."""
    text = ("东海县第十五批科技镇长团到任。在镇长团推动下，中国科学院苏州纳米技术与纳米仿生研究所与东海县人民政府签订"
            "全面合作协议，共建“东海硅基新材料联合实验室”。")
    out = facts(run(text))
    assert ("中国科学院苏州纳米技术与纳米仿生研究所", "collaboratesWith", "东海县政府") in out
    assert ("东海硅基新材料联合实验室", "locatedIn", "东海县") in out
    assert ("东海硅基新材料联合实验室", "locatedIn", "东海县政府") not in out


def test_a_word_in_quotation_marks_before_the_verb_is_no_quoted_speech():
    """了解情况后，她主动回学校“搬救兵”，促成学院与X续签…: she arranged it (a closed quote is a word, not speech)."""
    text = ("宿城区第十五批科技镇长团到任。团员陆某溪是苏州科技大学机械工程学院副教授，挂职宿城区科技局副局长。"
            "了解情况后，她主动回学校“搬救兵”，促成苏州科技大学机械工程学院与宿迁汇某智能装备有限公司续签技术合作协议。")
    brokered = links(run(text), "brokered")
    assert ("陆某溪", "宿迁汇某智能装备有限公司") in brokered
    assert ("宿城区第十五批科技镇长团", "宿迁汇某智能装备有限公司") not in brokered


def test_names_end_before_juti_and_zi_is_a_surname():
    """…副研究员韩某具体组织 is 韩某; 訾雨萌 (訾 a surname)."""
    out = run("此次对接活动由团员、挂职扬中高新区管委会副主任的东南大学副研究员韩静具体组织。"
              "团员、南京林业大学化学工程学院副教授訾雨萌挂职涟水县副县长。")
    assert {"韩静", "訾雨萌"} <= names(out, "Person")


def test_fields_made_a_focus_with_zuowei_or_liZu_are_the_subjects():
    """把新能源、生态农业作为主攻方向; 阜宁团：立足生态农业和新能源装备两个重点: each field is the team's."""
    out = facts(run("东台市第十五批科技镇长团到任以来，把新能源、生态农业作为主攻方向。"))
    out |= facts(run("盐城市第十六批科技镇长团召开会议。阜宁团：立足生态农业和新能源装备两个重点，促成中国科学院南京土壤所"
                     "与益林镇合作开展盐碱地改良试验。"))
    assert {("东台市第十五批科技镇长团", "hasField", "生态农业"),
            ("阜宁县第十六批科技镇长团", "hasField", "新能源装备")} <= out


def test_luxu_is_no_name():
    """68名成员陆续到岗: 陆 is a surname, 陆续 (one after another) no name."""
    out = run("去年7月,南通市第十五批科技镇长团的68名成员陆续到岗,他们分别来自南京大学、东南大学。")
    assert "陆续" not in names(out, "Person")


def test_name_boundaries_before_guaren_di_and_changtai():
    """讲师朱可心挂任… is 朱可心; 团员韦衍第一次走进… is 韦衍; 专家教授常态化到企业 names no one."""
    out = run("江都区第十五批科技镇长团到任。团员、扬州工业职业技术学院智能制造学院讲师朱可心挂任江都区科技局副局长。"
              "挂任盛泽镇副镇长的镇长团团员韦衍第一次走进企业。团临时党支部推动6名专家教授常态化到企业开展技术服务。")
    persons = names(out, "Person")
    assert {"朱可心", "韦衍"} <= persons
    assert not {"朱可", "韦衍第", "常态化"} & persons


def test_a_listed_firm_after_xiaqunei_and_quoted_figures_of_speech():
    """走访辖区内南京某驰…有限公司、…等企业: the firm's name starts after 辖区内; 党建“软实力”转化为产业发展的…,
    把“组织优势”转化为…产业的…: figures of speech, no fields."""
    out = run("江宁区第十五批科技镇长团团长房某新带队走访辖区内南京翼某航空部件有限公司、南京拓某智造科技有限公司等企业40余家。"
              "团员后方高校与镇区结对共建，让党建“软实力”转化为产业发展的“硬支撑”。学院将把党建联建的“组织优势”转化为服务地方"
              "新能源产业发展的动力。")
    assert "南京翼某航空部件有限公司" in names(out, "Enterprise")
    assert not {"软实力", "组织优势"} & names(out, "Field")


def test_more_sector_names_are_fields():
    """凹土新材料 (盱眙's attapulgite), 智能电气, 光伏新能源, 电商家具, 创新药物, 生物基材料…: sectors the gazetteer knows."""
    fields = set()
    for field in ("凹土新材料", "智能电气", "光伏新能源", "电商家具", "创新药物", "生物基材料", "智能电网装备"):
        fields |= names(run(f"盱眙县第十五批科技镇长团聚焦{field}领域开展对接。"), "Field")
    assert {"凹土新材料", "智能电气", "光伏新能源", "电商家具", "创新药物", "生物基材料", "智能电网装备"} <= fields


def test_the_person_a_deal_is_owed_to_is_named_by_zai_de_xia():
    """企业X则在宁某的牵线下，与Y共建…: 宁某 is a person, who brokered it."""
    text = ("新吴区第十五批科技镇长团成效显著。区内生物医药企业无锡澍某医疗科技有限公司则在宁婉的牵线下,与苏州大学共建"
            "\"澍某医疗研究生工作站\"。")
    out = run(text)
    assert "宁婉" in names(out, "Person")
    assert ("宁婉", "brokered", "无锡澍某医疗科技有限公司") in facts(out)


def test_the_province_qualifying_a_programme_or_a_title_is_no_place():
    """联合申报江苏省重点研发计划项目, 入选江苏省产业教授: no 江苏省 (nor cities in it); 江苏省盐城市… is the place."""
    out = run("无锡市第十五批科技镇长团到任。企业与高校联合申报江苏省重点研发计划项目，工程师入选江苏省产业教授。")
    assert "江苏省" not in names(out, "Locality")
    out = run("3月15日，江苏省盐城市大丰区党政代表团来校考察。")
    assert ("盐城市", "locatedIn", "江苏省") in facts(out)


def test_field_lists_end_at_shi_before_a_place_and_slogans_are_no_fields():
    """环保、电线电缆和陶瓷新材料是宜兴的三大特色产业: 陶瓷新材料; 物联网、集成电路两大地标产业: 集成电路;
    打造具有全球影响力的产业…, “最强大脑”, “组织共建、…”: no fields."""
    out = run("宜兴市第十六批科技镇长团到任。环保、电线电缆和陶瓷新材料是宜兴的三大特色产业。"
              "新吴区第十五批科技镇长团围绕全区物联网、集成电路两大地标产业开展服务，为新吴打造具有全球影响力的产业科技创新高地"
              "贡献力量。企业说，科技镇长团帮我们找到了“最强大脑”，产业链更稳了。三方将围绕“组织共建、人才共育”开展产业合作。")
    fields = names(out, "Field")
    assert {"陶瓷新材料", "集成电路"} <= fields
    assert not {f for f in fields if "是" in f or "两大" in f or "影响力" in f or f in ("最强大脑", "组织共建")}


def test_a_kind_of_platform_with_no_name_of_its_own_is_no_platform():
    """共建研究生联合培养基地, 设立企业博士工作站, 建设共享实验室: kinds of platform, not names."""
    out = run("吴江区第十五批科技镇长团推动苏州大学与企业共建研究生联合培养基地，设立企业博士工作站，建设共享实验室。")
    assert not {"研究生联合培养基地", "企业博士工作站", "共享实验室"} & names(out, "Platform")


def test_a_municipality_after_a_verb_of_going_is_a_place():
    """团队赴上海拜访…, 2019年从上海回到家乡: 上海 is the place (a short province-level name inside running
    text is otherwise read as part of a longer name)."""
    out = run("太仓市第十五批科技镇长团成员10月赴上海拜访中国科学院上海硅酸盐研究所。")
    assert "上海市" in names(out, "Locality")


def test_sizes_times_and_parts_of_a_total_are_no_figures():
    """这支11人的队伍, 4个多月来, 其余2个项目, 另有1名…教师在东台团挂职, 5名挂职干部代表逐一汇报: no outcomes."""
    text = ("东台市第十六批科技镇长团到任。这支11人的队伍中，有7人来自高校。4个多月来，镇长团促成合作项目13项。"
            "其余2个项目为技术服务类合同。另有1名工学院教师在东台团挂职。座谈会上，5名挂职干部代表逐一汇报了工作情况。")
    values = set(subject_by_value(run(text)))
    assert 13 in values
    assert not {11, 4, 2, 1, 5} & values


def test_a_sentence_opening_on_a_target_has_no_outcomes():
    """② 力争全年促成产学研合作项目450项以上，新建校地共建平台60个: both numbers are targets."""
    text = "海安市第十五批科技镇长团明年工作打算如下：\n② 力争全年促成产学研合作项目450项以上，新建校地共建平台60个；"
    assert not {450, 60} & set(subject_by_value(run(text)))


def test_a_teams_make_up_is_no_figure():
    """由14名团员组成, 一共9名团员，分别来自…, 现有成员7名, 下设9个县级团, 4名期满返校干部代表作了发言: the team's
    make-up, not its outcomes (but a platform's 下设3个研究中心 stays)."""
    text = ("昆山市第十五批科技镇长团由14名团员组成，分别来自上海交通大学、南京大学等高校。我们团一共9名团员，分别来自南京农业大学"
            "和河海大学。东海团现有成员7名，团长由研究员担任。盐城市第十五批科技镇长团下设9个县级团。座谈会上，4名期满返校干部"
            "代表作了发言。一年来，团队促成合作项目21项。")
    values = set(subject_by_value(run(text)))
    assert 21 in values
    assert not {14, 9, 7, 4} & values
    out = run("丹阳江大视觉健康产业研究院揭牌。研究院总投资1.2亿元，下设3个研究中心，重点围绕高端光学镜片开展攻关。")
    assert 3 in set(subject_by_value(out))


def test_numbers_after_xiayibu_are_targets():
    """…，下一步将围绕光通信等细分领域，再组织2至3场专题对接: a plan, in whatever clause it falls."""
    text = "吴江区第十六批科技镇长团召开会议。他表示，团员来自苏州大学等高校，下一步将围绕光通信、5G等细分领域，再组织2至3场专题对接。"
    assert not {2, 3} & set(subject_by_value(run(text)))


def test_what_a_team_strives_for_this_year_is_a_target_but_funds_it_won_are_not():
    """…，争取年内再促成校企合作10项以上: a target; 帮助企业争取省级资金300万元: money the team helped win."""
    out = run("宜兴市第十五批科技镇长团团长表示，我们将推动竹产业融合发展，争取年内再促成校企合作10项以上。"
              "到任以来，宜兴市第十五批科技镇长团帮助企业争取省级资金300万元。")
    assert 10 not in subject_by_value(out)
    assert subject_by_value(out).get(3_000_000) == "宜兴市第十五批科技镇长团"


def test_a_hosted_team_does_not_take_over_the_report():
    """昆山团接待太仓市第十五批科技镇长团来昆交流: the guest team is named once; what follows is still the
    host's work (its visits and its tallies)."""
    text = ("昆山市第十五批科技镇长团工作总结\n\n昆山市第十五批科技镇长团全年工作如下。10月，昆山团接待太仓市第十五批科技镇长团"
            "来昆交流，双方围绕孵化载体建设深入探讨。\n\n全年走访企业468家次。团员在走访昆山某睿光电科技有限公司时了解到企业的难题。")
    out = run(text, title="昆山市第十五批科技镇长团工作总结")
    assert ("昆山市第十五批科技镇长团", "昆山某睿光电科技有限公司") in links(out, "visited")
    assert not any(s.startswith("太仓") for s, _ in links(out, "visited"))
    assert subject_by_value(out)[468] == "昆山市第十五批科技镇长团"


def test_two_lists_of_industries_in_one_clause():
    """围绕A、B两大主导产业和C、D等新兴产业: two lists; B ends before 两大, and C starts after 和 (but
    …低碳产业等领域 is one item of one list)."""
    out = run("昆山市围绕电子信息、精密模具两大主导产业和光电、半导体等新兴产业，扎实推进各项工作。")
    assert {"电子信息", "精密模具", "光电", "半导体"} <= names(out, "Field")
    assert not any("两大" in n or n.startswith("和") for n in names(out))
    out = run("润州区第十四批科技镇长团重点围绕数字经济、生产性服务业、低碳产业等领域促进成果转化。")
    assert "低碳" not in names(out, "Field")


def test_a_brand_with_he_after_its_province():
    """分别与…、江苏鲲和海洋牧场发展有限公司签订: 和 after the province and one character is the brand's, and
    发展 before 有限公司 is part of the name."""
    out = run("同日，某大学港口学院分别与连云港某舟海工装备有限公司、江苏鲲和海洋牧场发展有限公司签订技术开发合同。")
    assert "江苏鲲和海洋牧场发展有限公司" in names(out, "Enterprise")
    out = run("学院与江苏大学和江苏新海发展有限公司签约。")
    assert {"江苏大学", "江苏新海发展有限公司"} <= names(out)


def test_who_arranged_the_cooperation_told_above():
    """上述合作均由某团牵线促成: the team brokered every cooperation told before that sentence."""
    text = ("赣榆区与河海大学签署校地合作协议。\n\n同日，河海大学港口海岸与近海工程学院与连云港某舟海工装备有限公司签订技术开发合同。"
            "\n\n上述合作均由赣榆区第十五批科技镇长团牵线促成。团长介绍，团队先后6次赴河海大学对接。")
    brokered = links(run(text), "brokered")
    team = "赣榆区第十五批科技镇长团"
    assert {(team, "赣榆区"), (team, "河海大学"), (team, "河海大学港口海岸与近海工程学院"),
            (team, "连云港某舟海工装备有限公司")} <= brokered


def test_a_schools_own_page_names_itself_by_its_short_name():
    """On 某大学环境学院's page (发布者：环境学院), 环境学院党委书记某某 is of that school, as 我院 is."""
    text = ("河海大学环境学院\n学院新闻\n\n学院领导赴金坛看望挂职教师\n\n11月6日，环境学院党委书记蒋某宁带队赴常州市金坛区，"
            "看望在科技镇长团挂职的我院教师。")
    out = run(text, source="环境学院", title="河海大学环境学院")
    assert ("蒋某宁", "河海大学环境学院") in links(out, "affiliatedWith")


def test_a_name_ends_before_zuotan_and_zhutiao():
    """宜兴团团长凌某座谈时说, 宋某逐一作了回应: 座谈 and 逐一 are no part of the name."""
    out = run("宜兴市第十五批科技镇长团团长凌啸座谈时说，团队将继续努力。团员宋涛逐一作了回应。")
    assert {"凌啸", "宋涛"} <= names(out, "Person")
    assert not {"凌啸座", "宋涛逐"} & names(out)


def test_slogans_and_verbs_are_no_part_of_a_platforms_name():
    """她带着某大学某实验室的团队: the lab's name starts after 带着; “一镇一实验室” is a scheme's slogan."""
    out = run("团员温某挂职沛县科技局副局长，她带着南京邮电大学射频集成电路实验室的团队走访企业。团队将深化“一镇一实验室”对接机制。")
    assert "南京邮电大学射频集成电路实验室" in names(out, "Platform")
    assert not any(n.startswith(("带着", "一镇", "“")) for n in names(out))


def test_a_roundups_whole_city_section_reports_the_city_team():
    """【全市】…各分团共走访企业143家: the city's team's tally, not the last sub-team's."""
    text = ("宿迁市第十五批科技镇长团工作简报\n\n【湖滨】引入专家\n\n11月23日，湖滨新区第十五批科技镇长团邀请专家赴皂河镇采集样品。\n\n"
            "【全市】累计走访企业\n\n11月份，各分团共走访企业143家，组织产学研活动21场。")
    by_value = subject_by_value(run(text, title="宿迁市第十五批科技镇长团工作简报"))
    assert by_value[143] == by_value[21] == "宿迁市第十五批科技镇长团"


def test_towns_by_short_names_in_a_list_of_towns():
    """挂职于杨舍、锦丰、塘桥等区镇: each item is the town of that name in the county the article names; the
    team's 现有团员13名 is its make-up, no figure."""
    out = run("张家港市第十五批科技镇长团现有团员13名，挂职于杨舍、锦丰、塘桥、凤凰、乐余等区镇。")
    assert {"杨舍镇", "锦丰镇", "塘桥镇", "凤凰镇", "乐余镇"} <= names(out, "Locality")
    assert ("乐余镇", "张家港市") in links(out, "locatedIn")
    assert 13 not in subject_by_value(out)
    out = run("团员们分别来自南京大学、东南大学等高校。")  # (no list of towns: 南京, 东南 are no towns here)
    assert not any(n.endswith("镇") for n in names(out))


def test_a_visit_list_that_opens_on_an_agency():
    """某某一行走访了新沂市科技局和江苏某某…: the firms after the agency are visited too (writers count no
    agency as a place visited)."""
    out = run("研究所党委书记裘某远带队赴徐州看望挂职干部。在新沂市，裘某远一行走访了新沂市科技局和江苏沃壤生态农业有限公司。")
    assert links(out, "visited") == {("裘某远", "江苏沃壤生态农业有限公司")}


def test_a_guest_who_heads_the_party_visits():
    """副校长戈某带队赴海安市，走访了A、B: the guest visits (no member of a team leads this party)."""
    out = run("7月上旬，某大学副校长戈亦舟带队赴南通市海安市，走访了南通羽康禽业科技有限公司、江苏晶澄硅材料有限公司。")
    assert {("戈亦舟", "南通羽康禽业科技有限公司"), ("戈亦舟", "江苏晶澄硅材料有限公司")} <= links(out, "visited")


def test_a_bare_team_between_two_counties_names_no_team():
    """赴南通市海安市和连云港市东海县，看望在科技镇长团挂职的教师: no one county's team (but a bare team in an
    article about one county is that county's)."""
    out = run("副校长戈某带队赴南通市海安市和连云港市东海县，看望在科技镇长团挂职的我校教师。")
    assert not names(out, "Team")
    out = run("海安市召开会议。科技镇长团团员汇报了海安市的工作。")
    assert names(out, "Team") == {"海安市科技镇长团"}


def test_a_team_role_opening_the_titles_past_an_unnamed_body():
    """新沂团团员、我所副研究员晏某: member of 新沂团, though the body between is not named; 睢宁团团长、…
    leads 睢宁团 (but 许某（高淳区团团长，…）、…副教授陆某 and 团长，…讲师孙某 are no such chains)."""
    text = ("徐州市第十五批科技镇长团下设分团。在新沂市，新沂团团员、我所副研究员晏秋禾挂职新沂市科技局副局长。"
            "在睢宁县，睢宁团团长、睢宁县副县长、我所研究员郦振川汇报了分团工作。")
    out = run(text)
    assert ("晏秋禾", "新沂市第十五批科技镇长团") in links(out, "memberOf")
    assert ("郦振川", "睢宁县第十五批科技镇长团") in links(out, "leads")
    out = run("南京航空航天大学教授许文强（高淳区团团长，挂职高淳区副区长）、河海大学水利水电学院副教授陆某鸣（挂职溧水区洪蓝街道副主任）"
              "等20名同志被评为“优秀团员”。")
    assert not any(p == "陆某鸣" for p, _ in links(out, "leads"))


def test_of_those_after_a_teams_tally_is_the_teams_deal():
    """In a member's profile, …邳州团累计促成校企合作项目24项。其中，A与B共建…: the team arranged it, not the
    profiled member."""
    text = ("“大蒜博士”柏某渊：把实验室“搬”到宿羊山\n\n邳州市第十五批科技镇长团团员、挂职宿羊山镇副镇长的柏某渊每天下田。"
            "在他的牵线下，江苏蒜某源食品有限公司与南京农业大学园艺学院签订合作协议。\n\n到任以来，邳州团累计走访企业190余家，"
            "促成校企合作项目24项。其中，江苏邳某半导体材料有限公司与东南大学集成电路学院共建了联合实验室。")
    brokered = links(run(text, title="“大蒜博士”柏某渊：把实验室“搬”到宿羊山"), "brokered")
    assert ("邳州市第十五批科技镇长团", "江苏邳某半导体材料有限公司") in brokered
    assert ("柏某渊", "江苏邳某半导体材料有限公司") not in brokered
    assert ("柏某渊", "江苏蒜某源食品有限公司") in brokered


def test_a_short_form_inside_other_words_hosts_nothing():
    """南京农业大学宿羊山大蒜科技小院: 山大 there is no university (but 南航… and 丹阳江大… open on one)."""
    out = run("南京农业大学与宿羊山镇共建南京农业大学宿羊山大蒜科技小院。")
    assert links(out, "hostedBy") == {("南京农业大学宿羊山大蒜科技小院", "南京农业大学")}
    out = run("企业与南航共建南航无人机联合实验室。")
    assert ("南航无人机联合实验室", "南京航空航天大学") in links(out, "hostedBy")


def test_where_a_firm_is_before_its_registered_name():
    """镇上宜兴某韵…有限公司, 草庙镇有家江苏某丰…有限公司: the name starts at its place; 帮助邳州市蒜都…: 都 after the
    city and one character is the brand's."""
    out = run("他走访了镇上宜兴陶韵新材料有限公司。草庙镇有家江苏海丰麦香食品有限公司。团队帮助邳州市蒜都冷链物流有限公司解决难题。")
    assert {"宜兴陶韵新材料有限公司", "江苏海丰麦香食品有限公司", "邳州市蒜都冷链物流有限公司"} <= names(out, "Enterprise")


def test_who_arranged_the_event_or_the_platform_told_before():
    """本次活动由某团团员、…教授某某全程对接联络: the member (not the team in his title) arranged every deal of
    the event; 据介绍，该中心由某某牵线促成: the bodies of the platform named last."""
    text = ("江都区校地对接会举行。会上，扬州某晟电气有限公司与东南大学机械工程学院签订技术开发合同。"
            "本次活动由江都团团员、挂职江都区科技局副局长的东南大学教授宫某辰全程对接联络。")
    brokered = links(run(text), "brokered")
    assert {("宫某辰", "扬州某晟电气有限公司"), ("宫某辰", "东南大学机械工程学院")} <= brokered
    assert not any(s.startswith("江都") for s, _ in brokered)
    text = ("3月22日，“南京理工大学—恒某精密智能装备联合研发中心”在常州恒某精密机械有限公司揭牌。"
            "据介绍，该中心由团员许某韬牵线促成。")
    brokered = links(run(text), "brokered")
    assert ("许某韬", "南京理工大学") in brokered


def test_what_kind_of_firm_before_its_name_is_no_part_of_it():
    """汾湖高新区的日资企业某某光学（苏州）有限公司, 园区企业…: the name starts after what kind of firm it is, and the
    visit reaches it; the city in its brackets is where it is (but 江苏某某企业管理咨询有限公司 keeps 企业)."""
    out = run("苏州市吴江区第十五批科技镇长团走访了汾湖高新区的日资企业穗某光学元件（苏州）有限公司。"
              "园区企业维某光电（苏州）有限公司与学院合作。江苏某某企业管理咨询有限公司也来了。")
    assert {"穗某光学元件（苏州）有限公司", "维某光电（苏州）有限公司", "江苏某某企业管理咨询有限公司"} <= names(out, "Enterprise")
    assert not any(n.startswith(("日资", "园区企业")) for n in names(out))
    assert ("吴江区第十五批科技镇长团", "穗某光学元件（苏州）有限公司") in links(out, "visited")
    assert ("穗某光学元件（苏州）有限公司", "苏州市") in links(out, "locatedIn")


def test_a_science_commission_is_an_agency():
    out = run("吴江区科技局与青浦区科委、嘉善县科技局签署协议。")
    assert {"青浦区科委", "嘉善县科技局"} <= names(out, "GovernmentAgency")
    assert ("青浦区科委", "青浦区") in links(out, "locatedIn")


def test_a_places_government_work_report_counts_the_places_tallies():
    """某某区2024年政府工作报告: what the whole district did is the district's; the team's sentence, and the
    团员 sentence after it, are the team's."""
    text = ("高淳区2024年政府工作报告（摘要）\n\n（二）创新动能加快集聚。新签约亿元以上产业项目47个。"
            "第十五批科技镇长团积极发挥桥梁纽带作用，推动南京理工大学与高淳经济开发区共建南理工高淳某某装备研究院；"
            "团员挂钩服务企业180余家，促成校企合作项目41项。新认定高新技术企业68家。")
    by_value = subject_by_value(run(text, title="高淳区2024年政府工作报告（摘要）"))
    assert by_value[47] == by_value[68] == "高淳区"
    assert by_value[180] == by_value[41] == "高淳区第十五批科技镇长团"


def test_a_sub_team_after_its_parent_is_the_sentences_subject():
    """作为南京市…科技镇长团的5个区团之一，江宁团共有团员11名，分别来自…: the sub-team's members."""
    text = ("南京市第十六批科技镇长团江宁团工作综述。作为南京市第十六批科技镇长团的5个区团之一，江宁团共有团员11名，"
            "分别来自东南大学、河海大学等单位。")
    member = links(run(text), "memberInstitution")
    assert ("江宁区第十六批科技镇长团", "河海大学") in member
    assert not any(s.startswith("南京市") for s, _ in member)


def test_where_a_member_serves_sends_no_one():
    """来自河海大学的团员某某挂职某开发区管委会副主任: the zone's office is no member institution."""
    text = "金湖县第十六批科技镇长团成立。来自河海大学的团员韩某砚挂职金湖经济开发区管委会副主任。"
    assert links(run(text), "memberInstitution") == {("金湖县第十六批科技镇长团", "河海大学")}


def test_a_sub_teams_section_gives_its_head():
    """泗洪团——光伏产业链。泗洪团赴…。团长某某（河海大学）介绍; 一、清江浦团：一条软件链… then 团长某某: the head
    of the sub-team whose section it is, not of the city's team."""
    text = ("宿迁：镇长团“链长制”工作推进会召开\n\n宿迁市第十六批科技镇长团共43名成员，分为沭阳、泗阳、泗洪、宿城、宿豫5个团。"
            "会上，5个县区团作了交流。\n\n沭阳团——绿色家居产业链。团长季某东来自南京林业大学，团队走访链上企业136家。\n\n"
            "泗洪团——光伏产业链。泗洪团赴河海大学开展产学研对接。团长温某兰（河海大学）介绍，团队走访企业88家。")
    leads = links(run(text), "leads")
    assert {("温某兰", "泗洪县第十六批科技镇长团"), ("季某东", "沭阳县第十六批科技镇长团")} <= leads
    text = ("淮安市科技镇长团工作简报\n\n【本期要点】截至10月底，淮安市第十六批科技镇长团累计走访企业860余家。\n\n"
            "一、清江浦团：一条软件链，三所高校拧成一股绳\n\n软件产业链是清江浦区重点打造的产业链。清江浦团将8名团员全部编入"
            "该产业链服务专班，团长孟某然（南京邮电大学）任专班组长，团员来自南京邮电大学、南京信息工程大学等单位。")
    leads = links(run(text), "leads")
    assert ("孟某然", "清江浦区第十六批科技镇长团") in leads
    assert not any(t.startswith(("淮安市", "宿迁市")) for _, t in leads)


def test_words_that_look_like_names_or_fields_but_are_not():
    """路演后，… (路 is a surname); 各自“认领”的产业链, “一链多校”为…产业链: no field."""
    out = run("溧阳市第十六批科技镇长团举办路演。路演后，苏州大学设立工作站。会上，5个县区团围绕各自“认领”的产业链作了交流。"
              "镇长团“一链多校”为凹土产业链强链补链。")
    assert "路演后" not in names(out)
    assert not {"认领", "一链多校"} & names(out, "Field")


def test_a_zone_the_article_names_gives_its_teams_short_form():
    """苏州市…工作推进会在苏州工业园区召开…园区团：…: 园区团 is the zone's team, a sub-team of the city's."""
    text = ("1月15日，苏州市第十六批科技镇长团工作推进会在苏州工业园区召开。\n\n园区团：深耕“生物药谷”\n\n"
            "团长贺某行来自复旦大学药学院。园区团走访企业120余家。")
    out = run(text)
    assert "苏州工业园区第十六批科技镇长团" in names(out, "Team")
    assert ("苏州工业园区第十六批科技镇长团", "苏州市第十六批科技镇长团") in links(out, "partOf")
    assert ("贺某行", "苏州工业园区第十六批科技镇长团") in links(out, "leads")


def test_a_firm_visited_then_paired_is_brokered():
    """他走访了镇上的A公司，…并协助企业与B学院联合申报…: A was visited and is a party of the deal arranged."""
    text = ("金湖县第十六批科技镇长团成立。来自淮阴工学院的团员邵某阳挂职银涂镇副镇长，他走访了镇上的江苏曜某储能科技有限公司，"
            "帮助企业梳理出技术需求，并协助企业与淮阴工学院联合申报淮安市科技计划项目。")
    out = run(text)
    assert ("邵某阳", "江苏曜某储能科技有限公司") in links(out, "visited")
    assert ("邵某阳", "江苏曜某储能科技有限公司") in links(out, "brokered")


def test_a_pair_whose_deal_and_broker_follow_a_comma():
    """A与沭阳本地的B，经我们对接签订了…: B, not the place, is A's partner, and the team arranged it."""
    text = "沭阳县第十五批科技镇长团成立。江苏省农业科学院与沭阳本地的江苏绿某园艺有限公司，经我们对接签订了技术服务协议。"
    out = run(text)
    assert ("江苏省农业科学院", "江苏绿某园艺有限公司") in links(out, "collaboratesWith")
    assert {("沭阳县第十五批科技镇长团", "江苏绿某园艺有限公司"), ("沭阳县第十五批科技镇长团", "江苏省农业科学院")} <= links(
        out, "brokered")
    assert ("沭阳县第十五批科技镇长团", "沭阳县") not in links(out, "brokered")


def test_senders_listed_before_the_members_word():
    """用好北京理工大学、中国科学技术大学等团员派出单位的资源: both send members."""
    text = "昆山市第十六批科技镇长团调研花桥。镇长团将用好北京理工大学、中国科学技术大学等团员派出单位的资源。"
    assert {("昆山市第十六批科技镇长团", "北京理工大学"), ("昆山市第十六批科技镇长团", "中国科学技术大学")} <= links(
        run(text), "memberInstitution")


def test_a_brand_with_a_newer_trade_word_names_its_firm():
    """穗某精机（苏州）有限公司 … 穗某精机与…签订: 精机 is a trade, so the brand before it names the firm."""
    out = run("团员走访了穗某精机（苏州）有限公司。穗某精机与上海交通大学签订了技术开发合同。")
    assert ("穗某精机（苏州）有限公司", "上海交通大学") in links(out, "collaboratesWith")


def test_a_platform_unveiled_under_its_topic_alone():
    """11月6日，化工过程安全联合实验室在…揭牌: a platform named by its topic and kind, built by the pair after it;
    区内企业X: 企业 says what X is."""
    text = ("11月6日，化工过程安全联合实验室在位于灌南县堆沟港镇的连云港化工产业园区揭牌。"
            "实验室由南京理工大学化学与化工学院与区内企业连云港澄某新材料科技有限公司共建。")
    out = run(text)
    assert "化工过程安全联合实验室" in names(out, "Platform")
    assert "连云港澄某新材料科技有限公司" in names(out, "Enterprise")
    assert ("化工过程安全联合实验室", "南京理工大学化学与化工学院") in links(out, "hostedBy")
    out = run("会上，企业与高校签订了联合实验室共建协议。")
    assert not names(out, "Platform")


def test_members_introduced_by_a_bracket_after_their_name():
    """某某（盱眙团团长、…，中国矿业大学化工学院教授）：我们推动…: a member of the bracket's team, employed by the
    body its title follows, and 我们 in the answer is the team; 【卜某（中国矿业大学讲师，挂职…）】; a long bracket
    (…学院教授，泗阳县第十五批科技镇长团团长，挂职…); （南京农业大学派出）."""
    text = ("淮安市第十五批科技镇长团访谈。\n蒋一鸣（盱眙团团长、盱眙县副县长，中国矿业大学化工学院教授）：盱眙资源丰富。\n"
            "杜雨欣（金湖团副团长，南京理工大学自动化学院副教授）：我们推动南京理工大学自动化学院与江苏衡某流量仪表有限公司"
            "签订合作协议。")
    out = run(text)
    assert ("蒋一鸣", "中国矿业大学化工学院") in links(out, "affiliatedWith")
    assert links(out, "leads") == {("蒋一鸣", "盱眙县第十五批科技镇长团")}
    assert ("杜雨欣", "淮安市第十五批科技镇长团") not in links(out, "memberOf")
    assert ("杜雨欣", "江苏衡某流量仪表有限公司") not in links(out, "brokered")
    text = ("如东县第十四批科技镇长团。\n【卜文昊（中国矿业大学讲师，挂职如东县科技局副局长）】走访企业。\n"
            "泗阳团：温奕辰（南京工业大学材料科学与工程学院教授，泗阳县第十四批科技镇长团团长，挂职泗阳县副县长）\n"
            "在团长、沭阳县副县长朱晏清（南京农业大学派出）的推动下，双方签约。")
    out = run(text)
    assert {("卜文昊", "中国矿业大学"), ("朱晏清", "南京农业大学")} <= links(out, "affiliatedWith")
    assert ("温奕辰", "泗阳县第十四批科技镇长团") in links(out, "leads")


def test_grades_of_staff_are_titles():
    """崇川团团员、中国科学院某研究所助理研究员某某: 助理研究员 is a title, so the institute employs them."""
    text = "崇川区第十五批科技镇长团成立。崇川团团员、中国科学院苏州纳米技术与纳米仿生研究所助理研究员蒋若溪挂职钟秀街道办事处副主任。"
    assert ("蒋若溪", "中国科学院苏州纳米技术与纳米仿生研究所") in links(run(text), "affiliatedWith")


def test_a_platforms_own_year_told_through_its_kind():
    """评价材料显示，2024年该中心承接…6项; 一年来，研究院为镇内…签订技术服务合同23份: the platform's own figures, not
    the team's."""
    text = ("江阴市第十五批科技镇长团牵线共建的中心接受绩效评价。在获评优秀的中心里，位于周庄镇的“东南大学—澄某化纤新材料"
            "联合创新中心”表现抢眼。该中心由东南大学材料科学与工程学院和江苏澄某化纤科技有限公司共建。评价材料显示，"
            "2024年该中心承接企业委托研发项目6项，到账研发经费420万元。\n\n同样获评优秀的，还有华士镇与江南大学纺织科学与工程"
            "学院共建的“江南大学华士数某纺织研究院”。一年来，研究院为镇内30余家企业做数字化诊断，签订技术服务合同23份。")
    by_value = subject_by_value(run(text))
    assert by_value[6] == by_value[4200000] == "东南大学—澄某化纤新材料联合创新中心"
    assert by_value[23] == "江南大学华士数某纺织研究院"


@pytest.mark.parametrize("table", [
    "序号  合作高校/院所          合作企业                    项目名称                金额\n"
    "1     河海大学               射阳蓝某风能科技有限公司    海上风机监测系统研发    260\n"
    "2     中国药科大学           江苏和某泽医药科技有限公司  缓释制剂工艺开发        120\n",
    "序号｜项目名称｜高校（院所）｜合作企业｜合同金额\n1｜海上风机监测系统研发｜河海大学｜射阳蓝某风能科技有限公司｜260万元\n"
    "2｜缓释制剂工艺开发｜中国药科大学｜江苏和某泽医药科技有限公司｜120万元\n"])
def test_a_table_with_the_university_column_first(table):
    """A table whose university column comes before its firm column: each row's pair cooperates, and the team
    the paragraph above says arranged them brokered both (江苏和某泽…: 和 in a cell opens the brand)."""
    text = ("射阳县第十六批科技镇长团成立。\n\n本次签约的项目，均由科技镇长团前期牵线对接后促成。项目清单如下：\n\n" + table)
    out = run(text)
    assert {("射阳蓝某风能科技有限公司", "河海大学"), ("江苏和某泽医药科技有限公司", "中国药科大学")} <= {
        tuple(sorted(p, key=lambda n: "大学" in n)) for p in links(out, "collaboratesWith")}
    assert ("射阳县第十六批科技镇长团", "射阳蓝某风能科技有限公司") in links(out, "brokered")


def test_a_universitys_page_names_its_staff_by_school_and_grade():
    """On 南京信息工程大学's page: 地理科学学院副教授洪某凡 (洪 is a surname) and 电子与信息工程学院高级实验师邹某澈 work
    in the university's schools."""
    text = ("学校召开驻宿迁科技镇长团挂职干部工作推进会\n\n6月13日，南京信息工程大学第十五批科技镇长团挂职干部工作推进会在"
            "宿迁召开，在宿迁市第十五批科技镇长团挂职的我校7名教师参加会议。\n\n宿豫团：地理科学学院副教授洪某凡挂任宿豫区科技局"
            "副局长。\n\n泗阳团：电子与信息工程学院高级实验师邹某澈担任泗阳团副团长。")
    out = run(text, source="地方合作处", title="学校召开驻宿迁科技镇长团挂职干部工作推进会")
    assert {("洪某凡", "南京信息工程大学地理科学学院"), ("邹某澈", "南京信息工程大学电子与信息工程学院")} <= links(
        out, "affiliatedWith")


def test_a_list_of_science_vice_presidents_names_the_firm_each_serves():
    """朱某　某大学某学院副教授　常州某某有限公司 under 科技副总: the firm too employs them; 欧阳某本人 is 欧阳某; a name
    run into 多次上门 is no part of the farm's."""
    text = ("金坛区第十五批科技镇长团推荐11人入选省“科技副总”。入选人员及挂职企业如下：\n\n"
            "朱慕远　常州大学材料科学与工程学院副教授　常州鼎某新能源材料有限公司\n"
            "韩笑川　江苏理工学院机械工程学院教授　江苏锐某精工机械有限公司\n\n"
            "金坛团团员、挂任直溪镇副镇长的东南大学副教授欧阳澍本人也在名单之列。团员周明远多次上门东海县乐某家庭农场。")
    out = run(text)
    assert {("朱慕远", "常州鼎某新能源材料有限公司"), ("韩笑川", "江苏锐某精工机械有限公司")} <= links(out, "affiliatedWith")
    assert "欧阳澍" in names(out, "Person")
    assert "东海县乐某家庭农场" in names(out, "Enterprise")


def test_a_guests_party_accompanied_by_the_team_visits():
    """副校长金某一行在宝应县科技镇长团陪同下，走访了A和B: the guest visits, and the team with them; 回访 is a visit."""
    text = ("扬州大学副校长金立华一行来到宝应。揭牌仪式前，金立华一行在宝应县科技镇长团陪同下，走访了宝应县泓某线缆有限公司"
            "和扬州柏某输变电设备有限公司。宜兴市第十五批科技镇长团团长孟繁屹带领部分团员回访江南大学。")
    visited = links(run(text), "visited")
    assert {("金立华", "宝应县泓某线缆有限公司"), ("金立华", "扬州柏某输变电设备有限公司")} <= visited
    assert ("宝应县第十五批科技镇长团", "宝应县泓某线缆有限公司") in visited
    assert ("孟繁屹", "江南大学") in visited


def test_kinds_and_slogans_are_not_names():
    """离不开江北新区…团的奔走: 离不开 is no part of the team's name; 开发区企业A、B: A's name starts after its kind;
    引进省产研院专业研究所等新型研发机构: no institute is named; 聚焦“两城一中心”: a slogan, no platform."""
    text = ("这家专业研究所能落户研创园，离不开江北新区第十五批科技镇长团近半年的奔走。"
            "研究所落户后，开发区企业南京拓某高分子材料有限公司、南京绮某新材料有限公司先后与研究所签订合同。"
            "团队协助引进省产研院专业研究所等新型研发机构4家。江北新区分团：聚焦“两城一中心”，让研究所扎根产业一线。")
    out = run(text)
    assert "江北新区第十五批科技镇长团" in names(out, "Team")
    assert "南京拓某高分子材料有限公司" in names(out, "Enterprise")
    assert not any(n.startswith(("离不开", "开发区企业")) for n in names(out))
    assert not names(out, "Platform") & {"省产研院专业研究所", "两城一中心"}


def test_a_challenge_table_pairs_the_firm_and_the_solver_across_cells():
    """序号 | 发榜企业 | 榜单名称 | 揭榜单位 | 金额: each row's firm and solver cooperate, with the challenge's cell between,
    and the team that published the challenges (…团会同市科技局…公开发榜) brokered them."""
    text = ("为推动创新链与产业链深度融合，张家港市第十七批科技镇长团会同市科技局，面向全市企业征集技术难题并公开发榜。"
            "现将首批已签订技术合同的项目公示如下：\n\n序号 | 发榜企业 | 榜单名称 | 揭榜单位 | 揭榜金额（万元）\n"
            "1 | 张家港市恒某冶金材料有限公司 | 高强耐候钢连铸坯表面裂纹控制 | 东北大学冶金学院 | 320\n"
            "2 | 江苏澜某新能源装备有限公司 | 金属双极板激光焊接变形控制 | 江苏科技大学能源与动力学院 | 180\n")
    out = run(text)
    assert {frozenset(p) for p in links(out, "collaboratesWith")} >= {
        frozenset({"张家港市恒某冶金材料有限公司", "东北大学冶金学院"}),
        frozenset({"江苏澜某新能源装备有限公司", "江苏科技大学能源与动力学院"})}
    assert ("张家港市第十七批科技镇长团", "东北大学冶金学院") in links(out, "brokered")


def test_plants_partners_and_assistants():
    """某公司某产品生产基地项目 is a plant, no platform; 校企合作单位某某有限公司: 合作单位 says what it is; 院长助理某某 and
    主播某某 are people by their posts."""
    text = ("启东市第十六批科技镇长团牵线，上海澈某新能源装备有限公司风电安装船升降系统生产基地项目正式开工。团员得知学校的"
            "校企合作单位上海澈某新能源装备有限公司有意扩产。南京财经大学营销与物流管理学院院长助理闵照华介绍了成果。"
            "主播葛晓婷一手举着花盆。")
    out = run(text)
    assert not any(n.endswith("生产基地") for n in names(out, "Platform"))
    assert "上海澈某新能源装备有限公司" in names(out, "Enterprise")
    assert not any(n.startswith(("单位", "合作单位")) for n in names(out))
    assert {"闵照华", "葛晓婷"} <= names(out, "Person")


def test_a_government_work_report_under_its_governments_name():
    """政府工作报告（摘登）, then a line 某某县人民政府: the county's tallies are the county's; the team's sentence, and a
    later one of its 团临时党支部 in the same paragraph, stay the team's."""
    text = ("政府工作报告（摘登）\n\n沭阳县人民政府\n\n各位代表：\n\n一、2023年工作回顾\n\n全县新增高新技术企业43家。"
            "沭阳县第十五批科技镇长团到任以来走访企业380余家。团临时党支部组织“博士进企业”活动12场次。")
    by_value = subject_by_value(run(text, title="政府工作报告（摘登）"))
    assert by_value[43] == "沭阳县"
    assert by_value[380] == by_value[12] == "沭阳县第十五批科技镇长团"


def test_a_place_is_not_read_out_of_a_build_verb_and_a_firm_acts_through_a_station():
    """签约共建湖某…实验室: 建湖 is not read out of 共建 and the name after it (在建湖县 is 建湖县); 某某有限公司经工作站
    对接: the firm, then what it worked through, no platform named 公司经工作站; 有家企业，叫某某有限公司: 叫 is no name's."""
    out = run("南京某所与苏州湖某数字科技有限公司签约共建湖某具身智能联合实验室。在建湖县召开推进会。"
              "苏州澹某智控科技有限公司经工作站对接，与华中科技大学签订技术转让合同。"
              "平江街道有家企业，叫苏州砚某数字科技有限公司。")
    assert "湖某具身智能联合实验室" in names(out, "Platform")
    assert "建湖县" in names(out, "Locality")
    assert not any("经工作站" in n for n in names(out))
    assert {"苏州澹某智控科技有限公司", "苏州砚某数字科技有限公司"} <= names(out, "Enterprise")


def test_kinds_and_figures_of_speech_are_no_names():
    """的老城区 is a city's old town (not 洛阳's 老城区); 布局大学科技园 is a kind of park; 把“智力富矿”变成… is a figure of
    speech, no field; 清凉山科创中心 holds no 凉山彝族自治州, while 圣地延安 is 延安市; 中国（南京）软件谷 is one zone."""
    out = run("姑苏区是苏州的老城区。鼓楼区依托驻区高校布局大学科技园和众创空间。栖霞如何把“智力富矿”变成家门口的产业动能？"
              "河海大学清凉山科创中心揭牌。团员到革命圣地延安开展学习。对接会在位于雨花台区的中国（南京）软件谷举行。")
    assert not names(out) & {"老城区", "大学科技园", "智力富矿", "凉山彝族自治州"}
    assert {"延安市", "中国（南京）软件谷"} <= names(out, "Locality")


def test_a_name_ending_in_he_and_a_guest_list_with_spaces():
    """团长彭某和分别介绍: 和 before 分别 is the name's; 对话嘉宾 rows 许某涵　某团团长，挂职…，来自…: a name, then an
    ideographic space, then the team and posts; a row of another team's leader is no member of the main team."""
    out = run("会上，秦淮团团长彭允和分别介绍了工作情况。\n\n对话嘉宾：\n"
              "许默涵　靖江市第十六批科技镇长团团长，挂职靖江市副市长，来自江苏科技大学船舶与海洋工程学院\n"
              "吕书航　泰兴市第十六批科技镇长团团员，挂职泰兴市科技局副局长，来自南京理工大学化学与化工学院\n")
    assert {"彭允和", "许默涵", "吕书航"} <= names(out, "Person")
    assert {("许默涵", "靖江市第十六批科技镇长团"), ("吕书航", "泰兴市第十六批科技镇长团")} <= links(out, "memberOf")
    assert ("许默涵", "靖江市第十六批科技镇长团") in links(out, "leads")
    assert ("吕书航", "泰兴市科技局") in links(out, "affiliatedWith")


def test_a_roster_under_sub_team_headings_with_a_place_in_brackets():
    """靖江市团（泰州市）on a line of its own heads the rows under it: a row whose member leads another team (…、某团团长)
    and the next row (挂任…管委会副主任) are that heading's team's, not the article's first team's."""
    text = ("学校选派4名干部教师参加第十六批科技镇长团挂职。名单如下：\n\n海门区团（南通市）\n"
            "周启航，船舶工程学院教授，挂任海门区副区长、海门区科技镇长团团长；\n"
            "林书瑶，船舶工程学院副教授，挂任海门区科技局副局长。\n\n靖江市团（泰州市）\n"
            "葛天宇，动力与能源工程学院副教授，挂任靖江市副市长、靖江市科技镇长团团长；\n"
            "苏启明，动力与能源工程学院讲师，挂任靖江经济技术开发区管委会副主任。\n")
    member = links(run(text), "memberOf")
    assert ("苏启明", "靖江市第十六批科技镇长团") in member
    assert not {("苏启明", "海门区第十六批科技镇长团"), ("葛天宇", "海门区第十六批科技镇长团")} & member


def test_a_first_person_account_with_a_dictated_byline():
    """我的挂职手记 with 口述：某某　整理：本报记者 某某 under the title: the narrator is the one who dictated it."""
    text = ("我的挂职手记｜从河海到大丰\n\n口述：陆承泽　整理：本报记者 钱蔚然\n\n"
            "2023年8月，我作为盐城市大丰区第十六批科技镇长团的一员来到大丰，挂任大丰区科技局副局长。")
    out = run(text, title="我的挂职手记｜从河海到大丰")
    assert ("陆承泽", "大丰区第十六批科技镇长团") in links(out, "memberOf")
    assert "钱蔚然" not in names(out)


def test_a_platform_named_by_its_kind_holds_its_figures():
    """，中心在某高新区揭牌，首批引进…6名 and 。一年来，服务站帮助…32家企业: the platform named before; 共建“X中试基地”，目前
    已有4个中试项目入驻: what the new base holds."""
    text = ("铜山区第十五批科技镇长团到岗以来成效明显。团队推动徐州恒某液压科技有限公司与江苏师范大学共建徐州市高端液压元件"
            "工程技术研究中心。今年3月，中心在徐州高新区揭牌，首批引进博士研发人员6名。我们与苏州大学古城数字文旅技术转移"
            "服务站签订合作备忘录。一年来，服务站帮助区内32家企业对接了高校专家。分团推动南京工业大学与邳州经济开发区共建"
            "“邳州先进功能材料中试基地”，目前已有4个中试项目入驻。")
    by_value = subject_by_value(run(text))
    assert by_value[6] == "徐州市高端液压元件工程技术研究中心"
    assert by_value[32] == "苏州大学古城数字文旅技术转移服务站"
    assert by_value[4] == "邳州先进功能材料中试基地"


def test_the_person_named_as_the_go_between():
    """牵线人正是挂职某镇副镇长的团员、某大学副教授某某: that person brokered the lab told just before, for both its hosts."""
    text = ("吴中区第十五批科技镇长团到岗一年。实验室由河海大学物联网工程学院与苏州甪某视觉科技有限公司共建，设在企业的"
            "研发中心。牵线人正是挂职甪直镇副镇长的团员、河海大学物联网工程学院副教授顾晓帆。")
    text = text.replace("实验室由", "一块写着“甪某视觉—河海大学智能检测联合实验室”的铜牌在甪直镇揭开。实验室由")
    broker = links(run(text), "brokered")
    assert {("顾晓帆", "河海大学物联网工程学院"), ("顾晓帆", "苏州甪某视觉科技有限公司")} <= broker


def test_fields_the_gazetteer_names_since_it_grew():
    """生命健康 is a field of its own (not the 大健康 its last word reads as); 具身智能 and 数字孪生 are fields a team
    serves; 蔬菜 is too common a word to read as one."""
    out = run("常熟市第十五批科技镇长团重点服务生命健康产业。团员围绕具身智能、数字孪生等方向开展技术对接。"
              "团员走访了种植蔬菜的合作社。")
    field = links(out, "hasField")
    assert {("常熟市第十五批科技镇长团", "生命健康"), ("常熟市第十五批科技镇长团", "具身智能"),
            ("常熟市第十五批科技镇长团", "数字孪生")} <= field
    assert "大健康" not in names(out) and "蔬菜" not in names(out)


def test_a_profile_named_in_its_subtitle_and_the_host_of_a_visit():
    """A title with no name, then ——记某团团员、某镇副镇长某某: the member the piece profiles; 在走访X时，总经理某某向他…:
    the member visited X, and the general manager, the host, works for X and visited nothing."""
    text = ("【人物专访】把实验室的“火候”带进陶都窑口\n——记宜兴市第十六批科技镇长团团员、丁蜀镇副镇长谭亦舟\n\n"
            "谭亦舟是南京工业大学材料科学与工程学院副教授，随宜兴市第十六批科技镇长团到任。"
            "在走访江苏溪某精陶科技有限公司时，总经理申卫国向他倒起了“苦水”。")
    out = run(text, title="【人物专访】把实验室的“火候”带进陶都窑口")
    assert links(out, "visited") == {("谭亦舟", "江苏溪某精陶科技有限公司")}
    assert ("申卫国", "江苏溪某精陶科技有限公司") in links(out, "affiliatedWith")


def test_a_team_works_on_the_industries_of_the_zone_it_names():
    """秦淮团：围绕区内白下高新区A和B两大产业: the zone's fields, and the team's; 依托区内仙林大学城 and 用好…大学城 name a
    zone (大学城), while 共建概念验证中心 names a kind of centre, no platform."""
    text = ("南京市第十五批科技镇长团召开会议。\n秦淮团：围绕区内白下高新区数字经济和智能制造两大产业，牵线南京航空航天大学与"
            "区内企业签订技术合同27份。\n栖霞团：依托区内仙林大学城，推动南京大学与栖霞区共建概念验证中心。要用好仙林大学城的资源。")
    out = run(text)
    field = links(out, "hasField")
    assert {("秦淮区第十五批科技镇长团", "数字经济"), ("秦淮区第十五批科技镇长团", "智能制造"),
            ("白下高新区", "数字经济")} <= field
    assert "仙林大学城" in names(out, "Locality")
    assert not any(n.endswith("概念验证中心") for n in names(out)) and "用好仙林大学城" not in names(out)


def test_what_a_deal_builds_is_no_party_the_team_brokered():
    """某团促成双方共建“X联合研发中心”: the team brokered the two sides, not the centre they built; 牵线人、某团团员某某是…:
    the go-between named with a 、, for the lab the paragraph is about."""
    text = ("相城区第十五批科技镇长团牵线南京邮电大学人工智能学院与苏州青某智能科技有限公司签约，促成双方共建“青某工业智能体"
            "联合实验室”。\n根据协议，实验室首期投入800万元。牵线人、相城团团员岑一鸣是南京邮电大学人工智能学院副教授。")
    broker = links(run(text), "brokered")
    assert ("相城区第十五批科技镇长团", "苏州青某智能科技有限公司") in broker
    assert not any(o == "青某工业智能体联合实验室" for _, o in broker)
    assert {("岑一鸣", "南京邮电大学人工智能学院"), ("岑一鸣", "苏州青某智能科技有限公司")} <= broker


def test_a_work_plans_items_are_targets():
    """一是开展某行动，计划全年走访企业不少于600家，梳理技术需求200项以上；: a year's plan, no outcome; the tally before
    it (已走访企业80家) is one."""
    text = ("宜兴市第十六批科技镇长团到任一个月，已走访企业80家。今年工作要点如下：\n"
            "一是开展“千企万需”走访行动，计划全年走访企业不少于600家，梳理技术需求200项以上；\n"
            "二是组织“宜兴·高校行”系列活动，计划赴南京、苏州等地高校开展专场对接10场次。")
    by_value = subject_by_value(run(text))
    assert by_value.get(80) == "宜兴市第十六批科技镇长团"
    assert not {600, 200, 10} & set(by_value)


def test_a_handovers_summing_up_gives_the_old_batch_its_tally():
    """A handover reported for the new batch: 某某代表第十五批团作工作总结。一年来，…累计走访企业420余家次 is the old
    batch's tally; a later paragraph's figure with no team named is the article's team's again."""
    text = ("海门区科技镇长团交接仪式暨第十六批科技镇长团见面会举行。\n会上，副区长、第十五批科技镇长团团长黎安澜代表第十五批团"
            "作工作总结。一年来，团员们累计走访企业420余家次，促成产学研合作项目48项。\n"
            "第十六批科技镇长团团长屠立峰表态发言。会后，团员们走访了企业12家。")
    by_value = subject_by_value(run(text))
    assert by_value[420] == by_value[48] == "海门区第十五批科技镇长团"
    assert by_value[12] == "海门区第十六批科技镇长团"


def test_generic_words_run_together_name_nothing():
    """“校企党建共建基地” and 省级示范家庭农场 are generic words run together (校企 + 党建 + 共建), no platform's or firm's
    name; 南京某某生物质新材料中试基地 still is one."""
    out = run("走进草堰镇的盐城禾某生物质材料有限公司，一块“校企党建共建基地”的铜牌格外醒目。双方共建的“南京某某生物质新材料"
              "中试基地”也在草堰镇挂牌。")
    assert "校企党建共建基地" not in names(out)
    assert "南京某某生物质新材料中试基地" in names(out, "Platform")


def test_a_dashed_list_of_signed_deals():
    """记者从签约项目清单中摘录部分如下：\\n——A公司与B大学，某项目，合同金额X；: each dashed item pairs its two parties,
    the team that arranged the signing brokered them, and each amount is its firm's."""
    text = ("在泰兴团的牵线下，泰兴市第十五批科技镇长团承办的对接会上15个项目集中签约。记者从签约项目清单中摘录部分如下：\n\n"
            "——江苏泓某新材料科技有限公司与南京工业大学材料科学与工程学院，高性能薄膜制备工艺开发，合同金额420万元；\n"
            "——泰兴市瑞某精细化工有限公司与华东理工大学，连续流微反应合成工艺合作，合同金额280万元；\n")
    out = run(text)
    assert {frozenset(p) for p in links(out, "collaboratesWith")} >= {
        frozenset({"江苏泓某新材料科技有限公司", "南京工业大学材料科学与工程学院"}),
        frozenset({"泰兴市瑞某精细化工有限公司", "华东理工大学"})}
    assert ("泰兴市第十五批科技镇长团", "华东理工大学") in links(out, "brokered")
    by_value = subject_by_value(out)
    assert by_value[4200000] == "江苏泓某新材料科技有限公司" and by_value[2800000] == "泰兴市瑞某精细化工有限公司"


def test_a_member_who_brings_a_schools_experts_makes_the_visit():
    """团员某带领某学院专家走访X: the member bringing the experts visited X (as a member going with experts
    does), not the team; 团长带领团员走访 is still the team's visit."""
    text = ("钟楼区第十五批科技镇长团副团长祁某舟为河海大学副教授。9月，祁某舟带领河海大学土木与交通学院专家走访常州恒某轨道交通"
            "装备有限公司，帮助企业梳理技术难题。")
    out = run(text)
    assert ("祁某舟", "常州恒某轨道交通装备有限公司") in links(out, "visited")
    assert ("钟楼区第十五批科技镇长团", "常州恒某轨道交通装备有限公司") not in links(out, "visited")
    led = run("钟楼区第十五批科技镇长团团长彭某川为南京航空航天大学教授。彭某川带领团员走访常州某达机械有限公司。")
    assert ("钟楼区第十五批科技镇长团", "常州某达机械有限公司") in links(led, "visited")


def test_a_field_said_to_be_a_places_main_industry():
    """X产业是某镇的主导产业, X是当地的支柱产业, X已成为全县支柱产业: X is that place's field (全镇: the town named
    before in the sentence, not the county it opens with); 这也正是某区的两大主导产业 names none."""
    out = run("宝应县鲍集镇位于北部。小龙虾产业是鲍集镇的主导产业。")
    assert ("鲍集镇", "小龙虾") in links(out, "hasField")
    out = run("靖江是全国重要的造船基地，船舶制造是当地的支柱产业。")
    assert {("靖江市", "船舶"), ("靖江市", "船舶制造")} & links(out, "hasField")  # (the gazetteer's name for it)
    out = run("丰县是徐州市的农业大县，大沙河镇又是全县红富士苹果的主产区，果品深加工是全镇的主导产业。")
    assert ("大沙河镇", "果品深加工") in links(out, "hasField")
    assert ("丰县", "果品深加工") not in links(out, "hasField")
    out = run("如东是全国海上风电装机规模最大的县之一，新能源产业已成为全县支柱产业。")
    assert ("如东县", "新能源") in links(out, "hasField")
    out = run("金坛区第十六批科技镇长团走访企业180余家，这也正是金坛区的两大主导产业。")
    assert not any(f.startswith("这") for f in names(out, "Field"))


def test_a_places_industry_cluster_is_no_zone():
    """戴南镇是全国闻名的不锈钢产业集聚区: what the town is (its field), not a zone named 不锈钢产业集聚区."""
    out = run("兴化市戴南镇是全国闻名的不锈钢产业集聚区。")
    assert not any(n.endswith("集聚区") for n in names(out))
    assert ("戴南镇", "不锈钢") in links(out, "hasField")


def test_a_review_lists_members_by_number_with_their_role_first():
    """1．周某（团长，东南大学…教授，挂职…）。 and （一）谢某　团长，南京大学…: a member's item opens on the
    name and the role; the name is a person who leads the team."""
    text = ("武进区第十六批科技镇长团2023年度工作总结\n二、团员个人成效\n"
            "1．周某航（团长，东南大学机械工程学院教授，挂职武进区副区长）。走访企业42家。\n"
            "2．韩某溪（南京理工大学机械工程学院副教授，挂职湖塘镇副镇长）。协助企业申报项目。\n")
    out = run(text)
    assert ("周某航", "leads", "武进区第十六批科技镇长团") in facts(out)
    text = ("新北区第十七批科技镇长团2024年工作总结\n二、团员工作成效\n"
            "（一）谢某远\u3000团长，南京大学化学化工学院教授，挂职新北区副区长\n统筹全团工作。\n")
    assert ("谢某远", "leads", "新北区第十七批科技镇长团") in facts(run(text))


def test_a_members_section_under_a_heading_line_is_theirs():
    """（二）朱某　某大学副教授，挂职某镇副镇长\\n走访企业31家，牵线A与B开展合作，合同金额260万元: the body under a
    member's heading is the member's: the deal they brokered, their tallies, their visits; a section
    where the team acts (全团…) stays the team's."""
    text = ("新北区第十七批科技镇长团2024年工作总结\n一、全年工作概况\n全团8名团员全年累计走访企业212家。\n二、团员工作成效\n"
            "（二）朱某禾\u3000中国药科大学药学院副教授，挂职薛家镇副镇长\n"
            "走访生物医药企业31家，牵线薛家镇常州捷某生物医药科技有限公司与中国药科大学开展缓释制剂合作，合同金额260万元。\n"
            "（四）苏某丞\u3000江苏省产业技术研究院项目经理，挂职孟河镇副镇长\n"
            "4次组织镇内企业赴江苏省产业技术研究院对接。\n")
    out = run(text)
    brokered = links(out, "brokered")
    assert ("朱某禾", "常州捷某生物医药科技有限公司") in brokered and ("朱某禾", "中国药科大学") in brokered
    assert not any(s == "新北区第十七批科技镇长团" for s, _ in brokered)
    by_value = subject_by_value(out)
    assert by_value[31] == "朱某禾" and by_value[212] == "新北区第十七批科技镇长团"
    assert ("苏某丞", "江苏省产业技术研究院") in links(out, "visited")


def test_a_member_introduced_by_where_they_come_from_is_the_subject():
    """来自南京林业大学的团员程某深耕某镇茶产业，促成A与B签订…: 程某 (深耕 is no part of the name), who arranged
    the deal; 来自某大学的团员俞某…牵线3家企业…，合同金额共计410万元: the tallies are the member's."""
    text = ("金坛区第十六批科技镇长团召开年度工作总结会。随后，团员们逐一述职。来自南京航空航天大学的团员俞某挂职直溪镇副镇长，"
            "一年来牵线3家企业与南航开展合作，合同金额共计410万元；来自南京林业大学的团员程某深耕薛埠镇茶产业，"
            "促成镇内常州茅山青某茶业有限公司与南京林业大学签订技术服务协议。")
    out = run(text)
    assert "程某" in names(out, "Person") and "程某深" not in names(out)
    assert ("程某", "常州茅山青某茶业有限公司") in links(out, "brokered")
    by_value = subject_by_value(out)
    assert by_value[3] == by_value[4100000] == "俞某"


def test_a_zones_firm_after_with_is_the_party():
    """A与雨花台区中国（南京）软件谷企业南京某云数据科技有限公司签订…: the firm is the party, the zone only says
    where it is."""
    out = run("在雨花台区第十五批科技镇长团牵线下，南京信息工程大学大气科学学院与雨花台区中国（南京）软件谷企业南京某云数据科技"
              "有限公司签订技术开发合同，合同金额95万元。")
    pairs = {frozenset(p) for p in links(out, "collaboratesWith")}
    assert frozenset({"南京信息工程大学大气科学学院", "南京某云数据科技有限公司"}) in pairs
    assert not any("中国(南京)软件谷" in p or "中国（南京）软件谷" in p for p in pairs)


def test_where_a_body_lies_is_no_part_of_a_zones_name():
    """南邮地处仙林大学城, 推动更多高校科技园与…结对, 团员于某发挥…优势: 地处 and 更多 start no name, 发挥 ends one."""
    out = run("南邮地处仙林大学城。二是推动更多高校科技园与区级园区结对。来自江苏省产业技术研究院的团员于某发挥产研院的优势。")
    assert "仙林大学城" in names(out, "Locality")
    assert not any(n.startswith(("南邮地处", "更多")) for n in names(out))
    assert "于某" in names(out, "Person")


def test_a_quoted_platform_name_may_hold_a_plus():
    """共建“某大—江宁5G+工业互联网联合创新中心”: the quotes bound the name over the plus; “支部+基地” is a slogan."""
    out = run("镇长团推动东南大学与江宁开发区签订战略合作协议，共建“东大—江宁5G+工业互联网联合创新中心”。"
              "团支部与企业打造“支部+基地”模式。")
    assert "东大—江宁5G+工业互联网联合创新中心" in names(out, "Platform")
    assert "支部+基地" not in names(out)


def test_a_members_home_in_apposition_after_the_name():
    """团长王某，南京大学某学院副院长，挂职…: the body whose title follows the comma is where the member works;
    not in a guest list where the title opens the next name (…董事长冯某，我院教师、某团成员陶某)."""
    out = run("京口区第十七批科技镇长团团长王某明，南京大学现代工程与应用科学学院副院长，挂职京口区副区长。")
    assert ("王某明", "南京大学现代工程与应用科学学院") in links(out, "affiliatedWith")
    out = run("南京工业大学化工学院副教授、泰兴市团团长吴某，江南大学食品学院研究员、兴化市团团员唐某蔓作交流发言。")
    assert ("吴某", "江南大学食品学院") not in links(out, "affiliatedWith")


def test_a_numbered_slogan_in_quotes_is_no_field():
    """各团要紧扣全市“四群八链”产业布局: a slogan of counted groups and chains, no field."""
    out = run("镇江市第十七批科技镇长团见面会召开。温某澄提出，各团要紧扣全市“四群八链”产业布局，找准服务方向。")
    assert "四群八链" not in names(out)


def test_a_signing_table_whose_rows_the_team_arranged():
    """A pipe table of signed pairs, then 6个项目均由镇长团团员…对接促成: the team brokered every row's parties; a
    town in its own cell is its row's other party (| 6 | 某大学某学院 | 丁岗镇 | 校地合作框架协议 |)."""
    text = ("由镇江新区管委会主办、镇江新区第十六批科技镇长团承办的校企对接会举行。现场，3组双方签约：\n\n"
            "| 序号 | 高校（院系） | 企业（地方） | 合作内容 |\n|---|---|---|---|\n"
            "| 1 | 江苏科技大学船舶与海洋工程学院 | 江苏瀚某船舶配套有限公司 | 减振降噪技术开发 |\n"
            "| 2 | 哈尔滨工程大学 | 镇江泓某船用设备有限公司 | 智能检测技术服务 |\n"
            "| 3 | 江苏科技大学机械工程学院 | 丁岗镇 | 校地合作框架协议 |\n\n"
            "本次签约项目合同总金额超600万元，3个项目均由镇长团团员前期“点对点”对接促成。\n")
    out = run(text)
    assert frozenset({"丁岗镇", "江苏科技大学机械工程学院"}) in {frozenset(p) for p in links(out, "collaboratesWith")}
    team = "镇江新区第十六批科技镇长团"
    assert {(team, "镇江泓某船用设备有限公司"), (team, "哈尔滨工程大学"), (team, "丁岗镇")} <= links(out, "brokered")


def test_a_members_diary_entries_are_their_visits():
    """【镇长团日志】某某：我的十月“走企”清单 … 10月8日　走访X。: a dated entry with no subject is the diarist's visit."""
    text = ("【镇长团日志】祁某远：我的十月“走企”清单\n\n编者按：祁某远，南京工业大学化工学院副教授，仪征市第十六批科技镇长团团员，"
            "挂职仪征市青山镇副镇长。以下是他10月份的工作记录。\n\n10月8日\u3000走访青山镇的扬州澄某精细化工有限公司。企业反映废水处理成本高。\n\n"
            "10月24日\u3000带企业技术负责人赴南京工业大学材料科学与工程学院，参观中试基地。\n")
    visits = links(run(text), "visited")
    assert {("祁某远", "扬州澄某精细化工有限公司"), ("祁某远", "南京工业大学材料科学与工程学院")} <= visits
    assert not any(s == "仪征市第十六批科技镇长团" for s, _ in visits)


def test_a_leaders_posts_then_a_comma_then_the_home():
    """某团团长、副县长，某大学某学院教授任某介绍…: the titles before the comma are the name's too (leads the team);
    not when they close another name's clause (周某挂职副县长、某团团长，某学院讲师孙某作为团员…)."""
    out = run("宝应县第十七批科技镇长团团长、副县长，南京航空航天大学自动化学院教授任某远介绍了镇长团到任以来的工作情况。")
    assert ("任某远", "leads", "宝应县第十七批科技镇长团") in facts(out)
    assert ("任某远", "affiliatedWith", "南京航空航天大学自动化学院") in facts(out)
    out = run("大气科学学院副教授周某宇挂职射阳县副县长、射阳县第十五批科技镇长团团长，人工智能学院讲师孙某怡作为团员挂职射阳县"
              "临海镇副镇长。")
    assert ("孙某怡", "leads", "射阳县第十五批科技镇长团") not in facts(out)


def test_towns_listed_by_short_names_of_three_characters():
    """分赴安宜、氾水、射阳湖、柳堡等镇区: each is a town of the county named (射阳湖 is 射阳湖镇, not 射阳县); a
    1000亩改良示范区 is no zone."""
    out = run("宝应县第十七批科技镇长团10名团员分赴安宜、氾水、射阳湖、柳堡等镇区。研究所将在射阳湖镇建设1000亩改良示范区。")
    assert {"安宜镇", "氾水镇", "射阳湖镇", "柳堡镇"} <= names(out, "Locality")
    assert "射阳县" not in names(out) and not any("示范区" in n for n in names(out))


def test_a_table_of_each_sub_teams_tallies():
    """支团｜团长｜走访企业（家）｜合同金额（万元）, then a row per sub-team: each number is its row's team's, in the
    header's unit (万元 × 10,000); a row of a signed deal gives its firm no figure."""
    text = ("常州市第十七批科技镇长团年度工作交流会召开。各支团主要数据如下：\n\n"
            "支团｜团长｜走访企业（家）｜产学研合作（项）｜合同金额（万元）\n"
            "武进团｜任某树｜368｜45｜4520\n新北团｜谢某远｜212｜27｜2150\n\n"
            "项目名称｜合作企业｜合作高校院所｜金额（万元）\n缓释微球制剂工艺开发｜苏州澄某药业有限公司｜苏州大学药学院｜680\n")
    out = run(text)
    got = {(f["s"], f["value"], f["unit"]) for f in out["figures"]}
    assert {("武进区第十七批科技镇长团", 368, "count"), ("武进区第十七批科技镇长团", 45200000, "CNY"),
            ("新北区第十七批科技镇长团", 27, "count")} <= got
    assert not any(s == "苏州澄某药业有限公司" for s, _, _ in got)


def test_a_members_own_work_report():
    """2024年度个人工作总结 / 某团　某镇科技副镇长　顾某 / 本人系某大学某学院副教授…: the signed writer is a member
    from that school, and the deals and tallies no one else is said to have made are theirs."""
    text = ("2024年度个人工作总结\n\n武进区第十七批科技镇长团\u3000礼嘉镇科技副镇长\u3000顾某扬\n\n"
            "本人系南京信息工程大学自动化学院副教授，2024年7月起挂职武进区礼嘉镇副镇长。主要做了以下几方面工作：\n\n"
            "一、摸清底数。走访镇内规上企业58家，梳理技术需求41项。\n\n二、对接资源。\n"
            "1．牵线镇内企业常州骏某电气有限公司与南京信息工程大学自动化学院签订开发合同，金额96万元；\n")
    out = run(text)
    assert {("顾某扬", "memberOf", "武进区第十七批科技镇长团"),
            ("顾某扬", "affiliatedWith", "南京信息工程大学自动化学院")} <= facts(out)
    assert ("顾某扬", "常州骏某电气有限公司") in links(out, "brokered")
    assert subject_by_value(out)[58] == "顾某扬"


def test_a_figures_subject_goes_on_past_a_semicolon():
    """截至9月底，中心累计服务企业46家…；联合企业申报省级科技项目4项…: the clause after the semicolon names no one,
    so its numbers are the platform's too, not the team's."""
    text = ("2022年10月，在扬中市第十五批科技镇长团的牵线下，南京工程学院与扬中市签订合作协议，共建南京工程学院扬中电力装备协同"
            "创新中心。截至今年9月底，中心累计服务扬中企业46家，签订技术合同31项；联合企业申报省级科技项目4项，获授权发明专利11件。")
    by_value = subject_by_value(run(text))
    assert by_value[46] == by_value[4] == by_value[11] == "南京工程学院扬中电力装备协同创新中心"


def test_a_citys_designation_is_no_platform():
    """中心已入选镇江市新型研发机构培育名单; （二）技术转移工作站揭牌 (a heading): no platform named."""
    out = run("中心已入选镇江市新型研发机构培育名单。\n（二）技术转移工作站揭牌，服务有了固定窗口\n")
    assert not names(out, "Platform")


def test_each_of_a_guest_party_visits():
    """会前，魏某衡、黎某川一行实地调研了X和Y: both guests visited both; 专家包题 names no one."""
    text = ("扬州市第十六批科技镇长团工作推进会在江都区召开。市委组织部人才工作处处长魏某衡、市科技局副局长黎某川出席会议。"
            "会前，魏某衡、黎某川一行实地调研了江都高新区的扬州锐某数控机床有限公司。镇长团实行“团员包企、专家包题”。")
    out = run(text)
    assert {("魏某衡", "扬州锐某数控机床有限公司"), ("黎某川", "扬州锐某数控机床有限公司")} <= links(out, "visited")
    assert "包题" not in names(out)


def test_science_parks_and_service_alliances_by_their_kind():
    """麒麟科创园 is a zone; “仙林校友企业服务联盟” a platform."""
    out = run("推动东南大学与麒麟科创园企业合作。由南京师范大学牵头发起“仙林校友企业服务联盟”，吸纳校友企业92家。")
    assert "麒麟科创园" in names(out, "Locality") and "仙林校友企业服务联盟" in names(out, "Platform")


def test_a_university_office_as_the_source_defers_to_the_title():
    """来源：党委组织部 (an office of the university the title names): 我校某学院 is that university's school."""
    out = run("沭阳县第十六批科技镇长团团长、副县长蒋某博（我校能源与环境学院教授）汇报了全团工作。",
              source="党委组织部", title="东南大学校党委副书记赴宿迁看望我校挂职科技镇长团成员")
    assert "东南大学能源与环境学院" in names(out, "AcademicUnit")


def test_a_pipe_table_row_of_a_members_work_is_theirs():
    """| 团员 | 后方单位 | 挂职岗位 | 首月主要工作 | with a row per member: the deals in the row are the member's."""
    text = ("淮安市洪泽区第十六批科技镇长团6名成员到岗。以下是部分团员的“首月工作清单”：\n\n"
            "| 团员 | 后方单位 | 挂职岗位 | 首月主要工作 |\n|---|---|---|---|\n"
            "| 石某 | 南京工业大学化工学院 | 洪泽经济开发区管委会副主任 | 走访盐化工企业12家；牵线南京工业大学化工学院与淮安宏某元明粉"
            "有限公司签订技术开发合同，金额80万元 |\n")
    out = run(text)
    assert ("石某", "淮安宏某元明粉有限公司") in links(out, "brokered")
    assert subject_by_value(out)[12] == "石某"
    assert "安排好" not in names(run("会后，县里要安排好团员的工作和生活。"))


def test_a_list_of_posts_names_each_member():
    """…介绍了沭阳团8名团员的挂职岗位：韦某远挂任沭阳县副县长；温某挂任新河镇副镇长；: each item opens on a member's name."""
    out = run("沭阳县第十七批科技镇长团见面会举行。组织部部长贺某川逐一介绍了沭阳团8名团员的挂职岗位：韦某远挂任沭阳县副县长；"
              "温某挂任新河镇副镇长，主要服务花木企业。")
    assert {"韦某远", "温某"} <= names(out, "Person")
    assert ("温某", "memberOf", "沭阳县第十七批科技镇长团") in facts(out)


def test_a_members_home_before_the_name_or_after_is_or_wei():
    """河海大学的赖某远挂任县科技局副局长 (赖 is a surname), 团长戚某舒为南京大学某学院副院长, （一）谢某　团长，南京大学某学院教授:
    each names where the member works."""
    out = run("盱眙县第十六批科技镇长团见面会召开。河海大学的赖某远挂任县科技局副局长；南京工业大学的翁某航挂任开发区管委会副主任。")
    assert {("赖某远", "河海大学"), ("翁某航", "南京工业大学")} <= links(out, "affiliatedWith")
    out = run("栖霞团共有9名成员，团长戚某舒为南京大学现代工程与应用科学学院副院长，挂职栖霞区副区长。")
    assert ("戚某舒", "南京大学现代工程与应用科学学院") in links(out, "affiliatedWith")
    out = run("新北区第十七批科技镇长团总结\n（一）谢某远\u3000团长，南京大学化学化工学院教授，挂职新北区副区长\n统筹全团工作。")
    assert ("谢某远", "南京大学化学化工学院") in links(out, "affiliatedWith")


def test_a_visit_by_him_or_by_a_leader_in_brackets():
    """…周某川说，到任第一个月，他就拿着地图挨家拜访，先后走访X: his visit (the clause opens on 他); 团长宗某（挂职…）带领团员
    赴A、B: the team's visit too, its leader's bracket aside."""
    out = run("栖霞区第十六批科技镇长团团员周某川说，到任第一个月，他就拿着一张地图挨家拜访，先后走访南京星某通信科技有限公司等企业40余家。")
    assert ("周某川", "南京星某通信科技有限公司") in links(out, "visited")
    out = run("3月中旬，京口区第十六批科技镇长团团长、南京理工大学自动化学院副院长宗某涛（挂职京口区副区长）带领团员和区内企业代表赴"
              "东南大学、河海大学开展对接活动。")
    assert {("京口区第十六批科技镇长团", "东南大学"), ("京口区第十六批科技镇长团", "河海大学")} <= links(out, "visited")


def test_this_cooperation_was_all_arranged_by():
    """A与B签署…协议；C与D签订…合同。此次校地、校企合作均由…团长、副县长庞某牵线促成: he brokered every party."""
    text = ("南京航空航天大学与金湖县签署校地战略合作协议；南京航空航天大学自动化学院与江苏恒某仪表集团有限公司签订技术开发合同。"
            "此次校地、校企合作均由我校选派的金湖县第十七批科技镇长团团长、副县长庞某舟牵线促成。")
    brokered = links(run(text), "brokered")
    assert {("庞某舟", "金湖县"), ("庞某舟", "江苏恒某仪表集团有限公司"), ("庞某舟", "南京航空航天大学自动化学院")} <= brokered


def test_a_university_is_placed_in_a_city_only_its_name_carries():
    """南京大学 and 上海交通大学 carry their cities; 河海大学 (in 南京) and 江南大学 (in 无锡) do not, so naming 南京市
    or 无锡市 elsewhere places neither."""
    out = run("南京市科技局召开会议。团员分别来自南京大学、河海大学和江南大学，无锡市科技局有关负责人参加。")
    located = links(out, "locatedIn")
    assert ("南京大学", "南京市") in located
    assert ("河海大学", "南京市") not in located and ("江南大学", "无锡市") not in located


def test_a_quoted_word_before_an_industry_is_no_field():
    """把高校“智库”引入地方产业, 当好企业的“娘家”…服务产业: quoted words before 产业 are figures of speech, no fields
    (a field the gazetteer knows, 花木, still is one)."""
    out = run("沭阳县第十六批科技镇长团把高校“智库”引入地方产业，当好企业的“娘家”，聚焦花木产业开展服务。")
    assert not {"智库", "娘家"} & names(out)
    assert "花木" in names(out, "Field")


def test_what_a_platform_has_done_since_it_was_built():
    """在她推动下，某所与某街道共建纳米科技成果转化工作站，已发布成果46项，对接企业需求20余项: the new platform's tallies,
    not the team's."""
    text = ("崇川区第十五批科技镇长团团员蒋某介绍，在她推动下，苏州纳米所与钟秀街道共建纳米科技成果转化工作站，已发布成果46项，"
            "对接企业需求20余项。")
    by_value = subject_by_value(run(text))
    assert by_value[46] == by_value[20] == "纳米科技成果转化工作站"


def test_a_schools_team_of_teachers_and_students_is_no_group_of_members():
    """（六）闵某（宿迁学院，挂职丁嘴镇副镇长）。带领宿迁学院师生团队走访企业，帮助4家企业申请专利15件: the member's
    tallies (师生团队 is a school's group, not the town-mayor team)."""
    text = ("宿豫区第十六批科技镇长团述职。\n（六）闵某衿（宿迁学院，挂职丁嘴镇副镇长）。带领宿迁学院师生团队多次上门走访丁嘴镇企业，"
            "帮助4家企业申请专利15件。\n")
    assert subject_by_value(run(text))[15] == "闵某衿"


def test_a_table_of_members_deals_with_amounts_in_the_cells():
    """序号｜团员｜挂职岗位｜合作企业｜合同金额 with rows 1｜葛某（东海团）｜…｜150万元: each amount is the row's member's
    (the first member or team the row names)."""
    text = ("部分代表性项目如下：\n\n序号｜团员｜挂职岗位｜合作企业｜合同金额\n"
            "1｜葛某韬（东海团）｜东海县科技局副局长｜连云港晶某石英科技有限公司｜150万元\n"
            "2｜沙某婷（灌南团）｜灌南县堆沟港镇副镇长｜江苏润某精细化工有限公司｜210万元\n")
    by_value = subject_by_value(run(text))
    assert by_value[1500000] == "葛某韬" and by_value[2100000] == "沙某婷"


def test_a_bare_team_party_branch_pairs_with_each_partner():
    """团临时党支部先后与A学院党委、B公司党支部等结成共建对子 (the team named before, not here): the team pairs with
    each, and brokers neither."""
    out = run("锡山区第十六批科技镇长团团长邵某博：团临时党支部先后与河海大学能源与电气学院党委、江苏锡某新能源科技有限公司"
              "党支部等结成共建对子。")
    pairs = {frozenset(p) for p in links(out, "collaboratesWith")}
    team = "锡山区第十六批科技镇长团"
    assert {frozenset({team, "河海大学能源与电气学院"}), frozenset({team, "江苏锡某新能源科技有限公司"})} <= pairs
    assert not links(out, "brokered")


def test_a_zone_in_a_firms_bracket_is_not_part_of_the_firms_name():
    """南京淳某精密机械有限公司（高淳经济开发区）: the firm, placed in the zone its bracket names."""
    out = run("高淳团\n1. 施某舒／南京工业大学／南京淳某精密机械有限公司（高淳经济开发区）／双创博士\n")
    assert "南京淳某精密机械有限公司" in names(out, "Enterprise") and "高淳经济开发区" in names(out, "Locality")
    assert ("南京淳某精密机械有限公司", "高淳经济开发区") in links(out, "locatedIn")


def test_a_list_of_fields_ending_in_n_directions():
    """研究院…将聚焦花木种苗繁育、园林绿化和花卉电商物流三个方向: each item is a field."""
    out = run("研究院由沭阳县第十五批科技镇长团牵线促成，将聚焦花木种苗繁育、园林绿化和花卉电商物流三个方向，首批入驻专家团队5个。")
    assert {"花木种苗繁育", "花卉电商物流"} <= names(out, "Field")


def test_an_answer_that_opens_on_the_platform_names_its_fields():
    """陶某国：研究院主要聚焦A、B和C三个方向 (an interview's answer): the platform's fields, not the team's."""
    text = ("靖江市第十四批科技镇长团团长陶某国接受了记者采访。在团里推动下，南京理工大学与靖江市共建南京理工大学靖江智能制造研究院。\n"
            "问：研究院做什么？\n陶某国：研究院主要聚焦智能装备、工业软件和机器视觉三个方向，学院派出了常驻团队。\n")
    fields = links(run(text), "hasField")
    assert ("南京理工大学靖江智能制造研究院", "机器视觉") in fields
    assert ("靖江市第十四批科技镇长团", "机器视觉") not in fields


def test_a_sub_team_named_by_a_county_of_the_city_the_report_names():
    """盐城市…团工作推进会…四、滨海团：…诊断企业56家 (滨海县 never written; 滨海 is also a word): the city's county's
    sub-team, part of the city's team, with its own tallies."""
    text = ("盐城市第十六批科技镇长团工作推进会在东台市召开。会上，东台、建湖、阜宁、滨海四个团作交流发言。\n\n"
            "四、滨海团：针对沿海化工园区转型，组织专家开展安全环保问诊12场次，诊断企业56家。\n")
    out = run(text)
    assert ("滨海县第十六批科技镇长团", "partOf", "盐城市第十六批科技镇长团") in facts(out)
    assert subject_by_value(out)[56] == "滨海县第十六批科技镇长团"


def test_a_numbered_sub_team_section_gives_its_leader():
    """一、东台团：聚焦…，团长韩某（河海大学）带领团员…: the section's heading is the sub-team the leader heads, not the
    city's team; 四、滨海团：…；团长许某…: the other's."""
    text = ("盐城市第十六批科技镇长团工作推进会召开。会上，东台、建湖、阜宁、滨海四个团作交流发言。\n\n"
            "一、东台团：聚焦新能源和电子信息产业，团长韩某砚（河海大学）带领团员走访企业210余家。\n\n"
            "四、滨海团：针对沿海化工园区转型，组织专家开展问诊12场次；团长许某之（南京工业大学）推动江苏海洋大学与滨海港工业园区"
            "共建平台。\n")
    out = run(text)
    assert {("韩某砚", "leads", "东台市第十六批科技镇长团"), ("许某之", "leads", "滨海县第十六批科技镇长团")} <= facts(out)


def test_taiwan_affairs_and_investment_offices_are_agencies():
    """昆山市台办, 建邺区投资促进中心: party and government offices."""
    out = run("团员在昆山市台办相关负责人陪同下走访企业，建邺区投资促进中心有关负责人参加。")
    assert {"昆山市台办", "建邺区投资促进中心"} <= names(out, "GovernmentAgency")


def test_local_before_a_firms_registered_name_is_no_part_of_it():
    """促成本地江苏澜某电气科技有限公司与…: 本地 says where the firm is; its name opens with 江苏."""
    out = run("今年以来扬中团已走访企业90余家，促成本地江苏澜某电气科技有限公司与东南大学签订合同。")
    assert "江苏澜某电气科技有限公司" in names(out, "Enterprise")


def test_a_town_after_its_county_before_a_firms_registered_name():
    """与邳州市碾庄镇江苏鼎某智能装备有限公司签订…: the town (its 镇 and the firm's 江苏 make no 镇江), where the firm is;
    加快建设镇江苏南…示范区 still names no 建设镇."""
    out = run("近日，中国矿业大学与邳州市碾庄镇江苏鼎某智能装备有限公司签订技术开发合同。")
    assert ("江苏鼎某智能装备有限公司", "碾庄镇") in links(out, "locatedIn")
    assert "建设镇" not in names(run("市科技局牵头制定了《关于加快建设镇江苏南国家自主创新示范区的实施意见》。"))


def test_a_zone_said_to_lie_in_a_town():
    """在位于灌南县堆沟港镇的连云港化工产业园区揭牌: the zone is in the town."""
    out = run("11月6日，化工过程安全联合实验室在位于灌南县堆沟港镇的连云港化工产业园区揭牌。")
    assert ("连云港化工产业园区", "堆沟港镇") in links(out, "locatedIn")


def test_a_known_two_character_name_recurs_before_a_word():
    """团员卢禾… then 卢禾几乎天天…: the two-character name recurs (no name 卢禾几), and the visit is hers."""
    out = run("射阳县第十六批科技镇长团团员卢禾来自江苏省农业科学院，挂任临海镇副镇长。"
              "插秧季里，卢禾几乎天天泡在田头，先后走访了射阳某穗米业有限公司等十几家粮食加工企业。")
    assert ("卢禾", "射阳某穗米业有限公司") in links(out, "visited")
    assert "卢禾几" not in names(out)


def test_a_verb_made_a_noun_by_qi_stays_inside_a_firm_name():
    """镇江某帆船用推进器有限公司: 推进 (a verb that ends names on their left) with 器 is a noun of the name."""
    out = run("团长许某某走访了镇江某帆船用推进器有限公司，了解企业技术需求。")
    assert "镇江某帆船用推进器有限公司" in names(out, "Enterprise")
    assert ("许某某", "镇江某帆船用推进器有限公司") in links(out, "visited")


def test_a_pronoun_leading_the_team_visits_with_it():
    """他带领团员上门走访X: the team visits, the member named before at its head (as 团长某带领团员走访)."""
    out = run("海门区第十五批科技镇长团团员、南通大学副教授钱某舟挂职海门港新区管委会副主任。"
              "他带领团员上门走访位于海门港新区的江苏某岱船用阀门有限公司，帮助企业优化设计。")
    visits = links(out, "visited")
    assert ("钱某舟", "江苏某岱船用阀门有限公司") in visits
    assert ("海门区第十五批科技镇长团", "江苏某岱船用阀门有限公司") in visits


def test_a_titles_short_platform_name_is_the_bodys_platform():
    """西电—某澜…联合实验室 in the title and 西安电子科技大学—某澜半导体…联合实验室 in the body: one platform."""
    out = run("西电—某澜碳化硅器件联合实验室揭牌\n"
              "11月8日，“西安电子科技大学—某澜半导体碳化硅器件联合实验室”在苏州科技城揭牌成立。")
    platforms = [e for e in out["entities"] if e["type"] == "Platform"]
    assert [e["name"] for e in platforms] == ["西安电子科技大学—某澜半导体碳化硅器件联合实验室"]
    assert "西电—某澜碳化硅器件联合实验室" in platforms[0]["aliases"]


def test_a_science_envoy_and_a_big_grower_are_persons_by_their_titles():
    """省科技特派员某某 and 种养大户某某说: titles of the genre's other people."""
    out = run("在官滩镇，扬州大学农学院教授、省科技特派员孙某雯指导农户选用优质品种。"
              "“夜里不用再打着手电巡塘了。”种养大户吴某根说。")
    assert {"孙某雯", "吴某根"} <= names(out, "Person")
    assert ("孙某雯", "扬州大学农学院") in links(out, "affiliatedWith")


def test_a_guest_with_experts_and_the_member_who_goes_along_both_visit():
    """郑某等专家在镇长团团员、…蒋某陪同下走访了X: the guest and the member visit, not the team."""
    out = run("淮阴区第十六批科技镇长团团员蒋某燕挂任徐溜镇副镇长。省科技特派员郑某远来到徐溜镇。"
              "随后，郑某远等专家在镇长团团员、挂任徐溜镇副镇长的蒋某燕陪同下，先后走访了江苏某沃种业有限公司。")
    visits = links(out, "visited")
    assert {("郑某远", "江苏某沃种业有限公司"), ("蒋某燕", "江苏某沃种业有限公司")} <= visits
    assert ("淮阴区第十六批科技镇长团", "江苏某沃种业有限公司") not in visits


def test_an_industry_inside_a_bodys_name_ends_no_field_list():
    """在团员、挂任县龙虾产业发展局副局长的…: 产业 inside the bureau's name ends no list, 团员 is no field."""
    out = run("盱眙县第十六批科技镇长团聚焦龙虾产业。在团员、挂任盱眙县龙虾产业发展局副局长的南京农业大学副教授沈某涵"
              "对接下，南京农业大学食品科技学院与江苏某宝龙虾食品有限公司签订技术开发合同。")
    assert "团员" not in names(out, "Field")


def test_a_former_chemical_park_is_no_named_zone():
    """察看原化工园区, 做好原化工园区…, 过去因化工园区而…: verbs and 原 open no zone's name."""
    for text in ("随后，一行人来到陈家港镇，察看原化工园区腾退地块生态修复现场。",
                 "二是配合陈家港镇做好原化工园区腾退后的产业招引。",
                 "地处灌河入海口的陈家港镇，过去因化工园区而为人所知。"):
        assert names(run(text), "Locality") == {"陈家港镇"}, text
    assert "江苏华某基因科技有限公司" in names(run("团员走访了江苏华某基因科技有限公司。"), "Enterprise")


def test_a_teams_short_name_opens_no_institutes_name():
    """淮阴团联合淮安市农业科学研究院…: the institute's name starts after 联合, not at the team's 淮阴."""
    out = run("淮安市第十六批科技镇长团召开片区会。淮阴团联合淮安市农业科学研究院开展稻麦新品种示范。")
    assert "淮安市农业科学研究院" in names(out, "ResearchInstitute")
    assert not any(n.startswith("淮阴团") for n in names(out))


def test_a_list_of_kinds_a_place_gathered_names_no_firm():
    """全区已集聚风电整机、叶片、塔筒、海缆等企业30余家: kinds of firm, none named (走访A、B等企业 names them)."""
    out = run("大丰是全国重要的海上风电装备制造基地之一，全区已集聚风电整机、叶片、塔筒、海缆等企业30余家。")
    assert not names(out, "Enterprise")


def test_a_tables_place_column_places_each_rows_firm():
    """序号　设站单位　合作高校　所在板块 (cells split by one ideographic space) and 企业名称｜所在街道（园区）｜…:
    each row's firm is in its place cell, and a station's firm and university cooperate."""
    out = run("钟楼区第十六批科技镇长团帮助企业对接导师团队。\n"
              "2023年度江苏省优秀研究生工作站名单\n"
              "序号　设站单位　合作高校　所在板块\n"
              "1　常州某途轨道交通装备有限公司　南京理工大学　钟楼经济开发区\n"
              "2　江苏某恒智能装备股份有限公司　江苏理工学院　邹区镇\n\n"
              "企业名称｜所在街道（园区）｜主要技术需求\n"
              "常州某川智能装备有限公司｜青龙街道｜焊接机器人离线编程\n")
    placed = links(out, "locatedIn")
    assert {("常州某途轨道交通装备有限公司", "钟楼经济开发区"), ("江苏某恒智能装备股份有限公司", "邹区镇"),
            ("常州某川智能装备有限公司", "青龙街道")} <= placed
    assert ("常州某途轨道交通装备有限公司", "南京理工大学") in links(out, "collaboratesWith")


def test_a_cue_about_one_firm_above_a_table_is_no_broker_of_its_rows():
    """名单中，A公司与B学院共建的工作站，由团员某某牵线建立 above a list: the team brokered A's, not every row."""
    out = run("钟楼区第十六批科技镇长团把研究生工作站作为校企合作的抓手。名单中，江苏某恒智能装备股份有限公司与江苏理工学院"
              "共建的工作站，由团员、江苏理工学院副教授孔某驰牵线建立。\n"
              "序号  企业名称  合作高校\n"
              "1  常州某途轨道交通装备有限公司  南京理工大学\n"
              "2  江苏某恒智能装备股份有限公司  江苏理工学院\n")
    assert ("钟楼区第十六批科技镇长团", "常州某途轨道交通装备有限公司") not in links(out, "brokered")


def test_a_district_in_brackets_after_a_zone_is_that_zone():
    """苏州高新区（虎丘区）融媒体中心讯…苏州高新区第十七批科技镇长团: one place, 虎丘区 its alias; not when a team
    serves the district (无锡高新区（新吴区）…新吴区科技镇长团)."""
    out = run("苏州高新区（虎丘区）融媒体中心讯　苏州高新区第十七批科技镇长团团长欧阳某走访了苏州某辉半导体科技有限公司。")
    places = {e["name"]: e["aliases"] for e in out["entities"] if e["type"] == "Locality"}
    assert "虎丘区" not in places and "虎丘区" in places["苏州高新区"]
    out = run("无锡高新区（新吴区）科技局消息，新吴区第十六批科技镇长团走访了无锡某朗半导体科技有限公司。")
    assert {"无锡高新区", "新吴区"} <= names(out, "Locality")


def test_a_firm_inside_a_zone_after_yu_is_the_party_not_the_zone():
    """河海大学与开发区内的江苏某岚…有限公司签订…: the firm is the partner; the zone says where it is."""
    out = run("射阳县第十七批科技镇长团服务射阳港经济开发区。"
              "河海大学与射阳港经济开发区内的江苏某岚海上风电运维有限公司签订技术开发合同。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("河海大学", "江苏某岚海上风电运维有限公司") in pairs
    assert ("河海大学", "射阳港经济开发区") not in pairs


def test_an_industry_of_a_chain_of_places_is_the_last_places():
    """【编者按】大闸蟹是洪泽区老子山镇的主导产业: the town's field (the chain's last place), past the bracket."""
    out = run("【编者按】大闸蟹是洪泽区老子山镇的主导产业。洪泽区第十六批科技镇长团团员来到老子山镇。")
    fields = {(s, o) for s, o in links(out, "hasField")}
    named = {e["name"]: e for e in out["entities"] if e["type"] == "Field"}
    field = next(n for n, e in named.items() if n == "大闸蟹" or "大闸蟹" in e["aliases"])
    assert ("老子山镇", field) in fields


def test_an_agencys_main_industries_are_its_places_fields():
    """2024年，县科技局…聚焦石油机械、仪器仪表两大主导产业: the county's fields (an agency has none)."""
    out = run("2024年，金湖县科技局紧扣“工业强县”战略，聚焦石油机械、仪器仪表两大主导产业，扎实推进创新。")
    assert {("金湖县", "石油机械"), ("金湖县", "仪器仪表")} <= links(out, "hasField")


def test_a_reports_byline_and_author_note_name_a_member_and_his_home():
    """天宁区第十六批科技镇长团　陶某铭 / （作者系常州大学某学院副教授，现挂职…）: the author, a member, from that school."""
    out = run("关于天宁区轨道交通零部件企业发展需求的调研报告\n\n天宁区第十六批科技镇长团　陶某铭\n"
              "（作者系常州大学机械与轨道交通学院副教授，现挂职天宁经济开发区管委会副主任）\n\n"
              "轨道交通装备是常州市重点打造的先进制造业集群之一。")
    assert "陶某铭" in names(out, "Person")
    assert ("陶某铭", "天宁区第十六批科技镇长团") in links(out, "memberOf")
    assert ("陶某铭", "常州大学机械与轨道交通学院") in links(out, "affiliatedWith")


def test_a_tables_rows_by_field_break_down_the_teams_totals():
    """| 领域 | 项目数（项） | 合同金额（万元） | / | 半导体 | 19 | 2790 |: rows naming no body are the team's."""
    out = run("苏州工业园区第十六批科技镇长团促成产学研合作项目47项。\n\n"
              "| 领域 | 项目数（项） | 合同金额（万元） | 同比 |\n|---|---|---|---|\n"
              "| 半导体 | 19 | 2790 | +52.3% |\n| 生物医药 | 13 | 1240 | +27.6% |\n| 合计 | 47 | 5860 | +41.5% |\n")
    got = {(f["s"], f["value"], f["unit"]) for f in out["figures"]}
    team = "苏州工业园区第十六批科技镇长团"
    assert {(team, 19, "count"), (team, 27_900_000, "CNY"), (team, 13, "count"), (team, 12_400_000, "CNY")} <= got
    assert not any(f["indicator"].startswith("合计") for f in out["figures"])


def test_a_table_on_its_side_gives_the_team_each_rows_numbers():
    """指标｜本季度｜到岗以来累计 / 走访企业（家次）｜58｜97: the row's label gives the unit, the numbers are the team's."""
    out = run("丹徒区第十七批科技镇长团2024年第四季度工作情况汇报\n"
              "本季度，丹徒区第十七批科技镇长团走访企业58家次。\n\n附表：主要工作指标完成情况\n"
              "指标｜本季度｜到岗以来累计\n走访企业（家次）｜58｜97\n合同金额（万元）｜386｜512\n引荐各类人才（人）｜6｜11\n")
    got = {(f["s"], f["value"], f["unit"]) for f in out["figures"]}
    team = "丹徒区第十七批科技镇长团"
    assert {(team, 97, "count"), (team, 3_860_000, "CNY"), (team, 5_120_000, "CNY"), (team, 6, "person"),
            (team, 11, "person")} <= got


def test_a_list_of_new_directions_and_of_three_sectors_names_fields():
    """围绕深远海风电、绿电制氢等新方向 and 形成特种水产养殖、农产品加工和文旅融合三大板块: whole items, the
    gazetteer's field among them too."""
    out = run("大丰区第十七批科技镇长团将围绕深远海风电、绿电制氢等新方向，持续推动合作。")
    assert {("大丰区第十七批科技镇长团", "深远海风电"), ("大丰区第十七批科技镇长团", "绿电制氢")} <= links(out, "hasField")
    out = run("草堰镇近年来逐步形成特种水产养殖、农产品加工和文旅融合三大板块。")
    assert {("草堰镇", "特种水产养殖"), ("草堰镇", "农产品加工"), ("草堰镇", "文旅融合")} <= links(out, "hasField")


def test_a_phone_width_layout_keeps_sentences_across_its_short_lines():
    """他叫顾某岳，/ 江苏省农业科学院副研究员，/ …团员，/ 挂职罡杨镇副镇长。: one sentence over four lines."""
    text = ("他叫顾某岳，\n江苏省农业科学院副研究员，\n海陵区第十五批科技镇长团团员，\n挂职罡杨镇副镇长。\n\n"
            "在他的牵线下，\n江苏省农业科学院\n与罡杨镇的泰州某篁园艺有限公司\n签订了技术合作协议。\n\n"
            "一、主要工作\n（一）谢某远　团长，南京大学化学化工学院教授，挂职新北区副区长\n统筹全团工作。\n")
    spans = sentence_spans(text)
    assert text[slice(*spans[0])].endswith("挂职罡杨镇副镇长。") and text[slice(*spans[0])].startswith("他叫")
    assert "一、主要工作" in [text[a:b] for a, b in spans]  # (long lines and headings stay sentences)
    out = run(text)
    assert ("顾某岳", "海陵区第十五批科技镇长团") in links(out, "memberOf")
    assert ("顾某岳", "泰州某篁园艺有限公司") in links(out, "brokered")


def test_a_cases_labelled_amount_is_its_firms():
    """案例名称：… / 合作单位：A公司、B学院 / 合作金额：260万元: the deal's amount, on the firm named first."""
    out = run("南通市第十六批科技镇长团产学研合作典型案例\n\n案例一（启东市）\n案例名称：海工系泊链热处理工艺联合攻关\n"
              "合作单位：江苏某泓海洋装备有限公司、南京理工大学材料科学与工程学院\n合作内容：双方联合开发热处理工艺。\n"
              "合作金额：260万元\n促成人：顾某哲（启东团团员，南京理工大学副教授）\n")
    assert ("江苏某泓海洋装备有限公司", 2_600_000, "CNY") in {(f["s"], f["value"], f["unit"]) for f in out["figures"]}


def test_a_dashed_signing_items_amount_is_its_firms_unless_the_head_names_a_broker():
    """签约项目一览\n1．B学院—A公司：某工艺，合同金额180万元；2. C公司—D大学：…，技术开发，120万元: each item's amount is
    its firm's deal (a bare amount too, with what it buys as its indicator); but under 在某团牵线下，现场签订合作协议3份：
    the broker's, as writers give it."""
    out = run("仪征市举行产学研合作项目集中签约活动\n\n仪征市第十六批科技镇长团今年7月到任。\n\n签约项目一览（部分）\n"
              "1．扬州大学机械工程学院—江苏某鹰液压机械有限公司：大型液压缸密封技术研究，合同金额180万元；\n"
              "2. 丹阳市某欣齿轮有限公司—江苏科技大学机械工程学院：齿轮成形磨削工艺优化，技术开发，120万元；\n")
    got = {(f["s"], f["value"], f["unit"]): f["indicator"] for f in out["figures"]}
    assert ("江苏某鹰液压机械有限公司", 1_800_000, "CNY") in got
    assert got.get(("丹阳市某欣齿轮有限公司", 1_200_000, "CNY")) == "技术开发金额"
    out = run("座谈中，团员们结合后方高校专长对症开方。在东台市第十六批科技镇长团牵线下，当天现场签订合作协议3份：\n"
              "1.南京工业大学化工学院—江苏某垣新材料有限公司：催化剂中试工艺优化；\n"
              "2.常州大学—东台某汀化学有限公司：高盐废水资源化处理，协议金额约150万元；\n")
    assert subject_by_value(out).get(1_500_000) == "东台市第十六批科技镇长团"
    out = run("徐州市第十六批科技镇长团举办对接会。现场签约项目如下：\n"
              "1．江苏师范大学生命科学学院—江苏某泉酒业有限公司（沛县）：酒糟利用技术开发，合同金额180万元（沛县团对接）；\n")
    assert subject_by_value(out).get(1_800_000) == "沛县第十六批科技镇长团"  # (the item names its broker)


def test_a_case_headed_by_its_dashed_pair_puts_its_labelled_amount_on_the_firm():
    """【签约项目一览】\n\n①A公司—B大学\n合作内容：…\n合同金额：1200万元: the case's heading names its parties."""
    out = run("启东：4个校地校企合作项目集中签约\n\n启东市第十六批科技镇长团于去年9月到任。\n\n【签约项目一览】\n\n"
              "①启东某和生物医药有限公司—中国药科大学\n合作内容：小分子创新药中试放大工艺开发\n合同金额：1200万元\n\n"
              "②启东经济开发区—苏州大学\n合作内容：共建协同创新中心\n合同金额：300万元\n")
    assert subject_by_value(out).get(12_000_000) == "启东某和生物医药有限公司"
    assert subject_by_value(out).get(3_000_000) != "启东经济开发区"  # (no firm in the heading: not read so)


def test_a_challenges_labelled_amount_is_its_posting_firms():
    """榜单一 / 发榜企业：A公司 / 揭榜单位：B学院 / 榜额：约300万元: the challenge's sum, on the firm that posted it."""
    out = run("某市2024年“揭榜挂帅”榜单发布\n\n本批榜单由某市第十六批科技镇长团对接后方高校征集。\n\n"
              "榜单1　高速织机主轴振动抑制\n发榜企业：江苏某织机械有限公司（某镇）\n揭榜单位：东华大学机械工程学院\n"
              "榜额：约300万元\n\n榜单2　涤纶纤维在线检测\n发榜单位：某市某纶化纤有限公司\n榜额：180万元\n")
    got = {(f["s"], f["value"], f["unit"]) for f in out["figures"]}
    assert ("江苏某织机械有限公司", 3_000_000, "CNY") in got
    assert ("某市某纶化纤有限公司", 1_800_000, "CNY") in got


def test_a_tables_firm_column_may_say_its_role_or_that_it_posted():
    """| 序号 | 项目名称 | 企业（甲方） | 合作单位（乙方） | 合同金额（万元） | and 发榜企业  …  榜额（万元）: each row's
    amount is the firm's in that column, as for a column headed 企业."""
    out = run("某市2024年产学研合作签约项目清单公示\n\n"
              "| 序号 | 项目名称 | 企业（甲方） | 合作单位（乙方） | 合同金额（万元） |\n|---|---|---|---|---|\n"
              "| 1 | 温室环境调控系统研发 | 某市某艺园林有限公司 | 南京林业大学 | 280 |\n"
              "| 2 | 原料基地追溯平台 | 江苏某源食品科技有限公司 | 南通大学 | 160 |\n\n"
              "揭榜结果如下：\n序号  发榜企业  榜单名称  揭榜单位  榜额（万元）\n"
              "1  无锡某湃半导体科技有限公司  功率模块封装散热技术  东南大学  600\n")
    got = {(f["s"], f["value"], f["unit"]) for f in out["figures"]}
    assert {("某市某艺园林有限公司", 2_800_000, "CNY"), ("江苏某源食品科技有限公司", 1_600_000, "CNY"),
            ("无锡某湃半导体科技有限公司", 6_000_000, "CNY")} <= got


def test_a_cases_labelled_parties_cooperate_and_its_broker_brokered_each():
    """合作单位：A公司、B学院 / 促成人：某某（某团团员…）: A and B cooperate, the 促成人 brokered each."""
    out = run("南通市第十六批科技镇长团产学研合作典型案例\n\n案例二（如皋市）\n案例名称：电机壳体一体化压铸技术开发\n"
              "合作单位：如皋市某捷汽车零部件有限公司、江苏大学材料科学与工程学院\n合作金额：150万元\n"
              "促成人：周某远（如皋团副团长，江苏大学教授）\n\n案例三（海门区）\n合作单位：南通某禾乳业有限公司、江南大学食品学院\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("如皋市某捷汽车零部件有限公司", "江苏大学材料科学与工程学院") in pairs
    assert ("南通某禾乳业有限公司", "江南大学食品学院") in pairs
    brokered = links(out, "brokered")
    assert {("周某远", "如皋市某捷汽车零部件有限公司"), ("周某远", "江苏大学材料科学与工程学院")} <= brokered
    assert ("周某远", "南通某禾乳业有限公司") not in brokered  # (the next case, past the blank line)


def test_a_send_offs_items_name_each_members_team_after_the_post():
    """能源工程学院副教授贺某川，挂职苏州市吴江区副区长，任吴江团团长；…研究员陶某凡，挂职张家港市科技局副局长
    （张家港团）；: the team taken (任…团长) or in brackets after the post is the member's."""
    out = run("我校赴江苏省第十七批科技镇长团挂职干部欢送会\n我校本批共有2名教师入选，分别是：\n"
              "能源工程学院副教授贺某川，挂职苏州市吴江区副区长，任吴江团团长；\n"
              "材料科学与工程学院研究员陶某凡，挂职张家港市科技局副局长（张家港团）。", source="浙江大学")
    members = links(out, "memberOf")
    assert any(p == "贺某川" and t.startswith("吴江区") for p, t in members)
    assert any(p == "陶某凡" and t.startswith("张家港市") for p, t in members)
    assert any(p == "贺某川" and t.startswith("吴江区") for p, t in links(out, "leads"))


def test_two_teams_joined_by_yu_in_a_signing_cooperate():
    """吴江区第十六批科技镇长团与泗阳县第十六批科技镇长团签订“团团结对”协议: the two teams cooperate."""
    out = run("5月16日，吴江区第十六批科技镇长团与泗阳县第十六批科技镇长团在吴江泗阳工业园区签订“团团结对”协议。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("吴江区第十六批科技镇长团", "泗阳县第十六批科技镇长团") in pairs
    out = run("吴江区第十六批科技镇长团与泗阳县第十六批科技镇长团的团长出席了会议。")
    assert not links(out, "collaboratesWith")  # (no cooperation said: two teams named together)


def test_both_teams_of_an_article_do_what_两团_did():
    """两团成员一同走访了A, 在两团共同牵线下…: each of the article's two teams visited and brokered."""
    out = run("吴江区第十六批科技镇长团与泗阳县第十六批科技镇长团签订“团团结对”协议。"
              "仪式前，两团成员一同走访了园区内的江苏某杨家居有限公司。"
              "在两团共同牵线下，南京林业大学家居与工业设计学院与江苏某杨家居有限公司签订合作协议。")
    for team in ("吴江区第十六批科技镇长团", "泗阳县第十六批科技镇长团"):
        assert (team, "江苏某杨家居有限公司") in links(out, "visited"), team
        assert (team, "南京林业大学家居与工业设计学院") in links(out, "brokered"), team


def test_firms_a_member_from_a_university_visits_send_no_one():
    """来自某大学的团员姜某还带队走访了A公司和B公司: the university sends the member, the firms are visited;
    由省科技厅选派的科技特派员: the envoy's sender sends no member of the team."""
    out = run("射阳县第十七批科技镇长团服务射阳县。来自南京信息工程大学的团员姜某帆还带队走访了射阳县风电企业"
              "江苏某潮风能装备有限公司和射阳某晟叶片材料有限公司。郑某远则是由省科技厅选派的科技特派员，与团员互补。")
    sent = {o for s, o in links(out, "memberInstitution")}
    assert "南京信息工程大学" in sent
    assert not sent & {"江苏某潮风能装备有限公司", "射阳某晟叶片材料有限公司", "江苏省科技厅"}


def test_a_seat_on_the_committee_is_no_affiliation_beside_the_department():
    """大丰区委常委、区委组织部部长唐某蔚: the department is the employer; 常委 is a rank on the 区委."""
    out = run("大丰区第十七批科技镇长团举办对接会。大丰区委常委、区委组织部部长唐某蔚出席并致辞。")
    homes = {o for s, o in links(out, "affiliatedWith") if s == "唐某蔚"}
    assert homes == {"大丰区委组织部"}


def test_a_platform_a_school_built_is_hosted_by_the_school_not_its_university_too():
    """南工大—某晟连续流微反应联合研发中心, built by 南京工业大学化工学院 and a firm: the school and the firm host it."""
    out = run("在团员牵线下，南京工业大学化工学院与江苏某晟精细化工有限公司共建“南工大—某晟连续流微反应联合研发中心”。")
    hosts = {o for s, o in links(out, "hostedBy")}
    assert {"南京工业大学化工学院", "江苏某晟精细化工有限公司"} <= hosts
    assert "南京工业大学" not in hosts


def test_the_schools_strengths_in_a_clause_are_the_home_universitys_fields():
    """他希望…把学校在智能制造、新材料等领域的科研优势与当地产业需求对接: the home university's fields, not the place's."""
    out = run("浙江大学举行赴吴江区第十七批科技镇长团挂职干部欢送会\n我校5名教师将赴吴江挂职。他希望大家尽快融入地方，"
              "把学校在智能制造、新材料、生物医药等领域的科研优势与当地产业需求对接起来。",
              title="浙江大学举行赴吴江区第十七批科技镇长团挂职干部欢送会")
    fields = links(out, "hasField")
    assert {("浙江大学", "智能制造"), ("浙江大学", "新材料")} <= fields
    assert not any(s == "吴江区" for s, o in fields)


def test_members_joined_by_a_stop_each_visit_when_they_go_with_experts():
    """会后，团员赵某新、王某琪陪同专家分组走访了A、B等企业: each member visits, not the team."""
    out = run("泰兴市第十六批科技镇长团召开推进会。团员赵某新、团员王某琪参加会议。会后，赵某新、王某琪陪同专家分组走访了"
              "江苏某韵乐器制造有限公司、泰兴市某驰汽车部件有限公司等企业。")
    visits = links(out, "visited")
    for person in ("赵某新", "王某琪"):
        assert (person, "江苏某韵乐器制造有限公司") in visits, person
    assert ("泰兴市第十六批科技镇长团", "江苏某韵乐器制造有限公司") not in visits


def test_a_trips_slogan_in_quotes_is_no_name_nor_speech():
    """蒋某帆牵头组织“纳米所专家贾汪行”，带着专家团队走访了X: 贾汪行 is a trip, the member visits."""
    out = run("团员中，还有来自中国科学院苏州纳米技术与纳米仿生研究所的工程师蒋某帆。蒋某帆牵头组织“纳米所专家贾汪行”，"
              "带着专家团队走访了徐州某瓴电子科技有限公司等企业。")
    assert "贾汪行" not in names(out, "Person")
    assert ("蒋某帆", "徐州某瓴电子科技有限公司") in links(out, "visited")


def test_a_platform_named_by_a_topic_of_two_joined_words_when_it_is_unveiled():
    """4月17日，扬州某钛矿光伏材料与器件中试平台在某园区揭牌: 与 joins the topic's words inside the name;
    a headline's 扬州经开区首个…中试平台 says what the place's first is and names no platform."""
    out = run("三方共建 扬州经开区首个某钛矿光伏中试平台揭牌\n4月17日，扬州某钛矿光伏材料与器件中试平台在扬州经开区揭牌。"
              "该平台由扬州大学、中国科学院苏州纳米技术与纳米仿生研究所和扬州某曜新能源科技有限公司三方共建，"
              "是扬州经开区建成的首个专业化中试平台。")
    assert names(out, "Platform") == {"扬州某钛矿光伏材料与器件中试平台"}
    partners = {frozenset((s, o)) for s, o in links(out, "collaboratesWith")}
    assert frozenset(("扬州大学", "扬州某曜新能源科技有限公司")) in partners
    assert not any("扬州经开区" in pair for pair in partners)  # (where it stands, after 三方: no party)


def test_two_persons_unveiling_a_centre_name_no_topic():
    """程某与邱某共同为研发中心揭牌: two persons and a verb before 研发中心, no platform of that name."""
    out = run("当天，中国矿业大学某锂电池材料联合研发中心揭牌。副校长程某睿与董事长邱某波共同为研发中心揭牌。")
    assert not any("共同为" in n for n in names(out))


def test_a_roster_lines_name_ends_at_a_single_space_before_a_firm():
    """章某涛 江苏某晟海工装备有限公司总工程师: the name column ends at its space, the firm is its own name;
    资源更多导入开发区: 导入 is a verb, no zone's name."""
    out = run("▍产业教授\n章某涛 江苏某晟海工装备有限公司总工程师，受聘为河海大学产业教授\n"
              "林某 南通某元生物医药有限公司研发总监，受聘为江苏大学产业教授\n希望团员把后方单位的资源更多导入开发区。")
    assert {"江苏某晟海工装备有限公司", "南通某元生物医药有限公司"} <= names(out, "Enterprise")
    assert not any(n.startswith(("章某涛", "林某")) for n in names(out, "Enterprise"))
    assert ("章某涛", "江苏某晟海工装备有限公司") in links(out, "affiliatedWith")
    assert "导入开发区" not in names(out)


def test_an_institutes_own_staff_listed_by_title_all_work_there():
    """我所副研究员沈某禾、高级工程师蒋某鸣、技术转移专员何某远: 我所 before the first title is each one's employer;
    技术经理人常年服务: 常年 is no name."""
    out = run("中国科学院宁波材料技术与工程研究所\n近日，我所副研究员沈某禾、高级工程师蒋某鸣、技术转移专员何某远三名同志"
              "赴江苏挂职。我所派驻技术经理人常年服务企业。")
    homes = links(out, "affiliatedWith")
    for person in ("沈某禾", "蒋某鸣", "何某远"):
        assert (person, "中国科学院宁波材料技术与工程研究所") in homes, person
    assert not any(n.startswith("常年") for n in names(out, "Person"))


def test_a_universitys_own_staff_after_wo_xiao_work_there():
    """南京林业大学新闻网讯 … 我校副教授沈某禾: the university whose news it is employs the member."""
    out = run("南京林业大学新闻网讯\n近日，我校副教授沈某禾、高级工程师蒋某鸣赴宿迁挂职第十六批科技镇长团。")
    homes = links(out, "affiliatedWith")
    assert {("沈某禾", "南京林业大学"), ("蒋某鸣", "南京林业大学")} <= homes


def test_a_titled_name_after_a_member_takes_no_membership_from_the_first_titles():
    """洪泽区科技镇长团团员许某阳、省科技特派员宋某琪: the envoy is not a member of the team."""
    out = run("——对话洪泽区科技镇长团团员许某阳、省科技特派员宋某琪\n两人常常一起出现在蟹塘边。")
    assert ("许某阳", "洪泽区科技镇长团") in links(out, "memberOf")
    assert not any(s == "宋某琪" for s, o in links(out, "memberOf"))


def test_a_member_who_served_in_a_team_arranged_the_deal_not_the_team():
    """第十五批团员、研究员韩某东在某区科技镇长团挂职期间，…促成A与B共建…: the member brokered it; the team
    is only where he served."""
    out = run("其中，第十五批团员、研究员韩某东在盐城市大丰区科技镇长团挂职期间，先后6次带领企业来所对接，"
              "促成南京大学与区内企业江苏某沃复合材料有限公司共建联合实验室。")
    brokers = {s for s, o in links(out, "brokered") if o == "江苏某沃复合材料有限公司"}
    assert brokers == {"韩某东"}


def test_a_rankings_sections_are_each_teams_with_its_head_named_under_it():
    """第一名 泰兴团（综合得分96.4）\\n团长：顾某秋（…）\\n全年促成…: the heading's team leads the section and
    owns its figures and deals, not the head named under it; 第三名 opens no zone's name."""
    out = run("泰州市第十五批科技镇长团考核结果出炉。各分团排名情况如下：\n\n第一名 泰兴团（综合得分96.4）\n"
              "团长：顾某秋（南京工业大学，挂任泰兴市副市长）\n全年促成产学研合作项目38项，合同金额2860万元；"
              "推动南京工业大学与泰兴经济开发区共建某某化工中试验证平台。\n\n第二名 靖江团（95.1）\n"
              "团长：常某（江苏科技大学，挂任靖江市副市长）\n促成合作项目31项，合同金额2410万元。\n\n"
              "第三名 医药高新区团（93.8）\n团长：邵某溪（中国药科大学）\n对接企业74家。")
    assert ("常某", "靖江市第十五批科技镇长团") in links(out, "leads")
    assert ("顾某秋", "泰兴市第十五批科技镇长团") in links(out, "leads")
    owners = {(f["s"], f["value"]) for f in out["figures"]}
    assert {("泰兴市第十五批科技镇长团", 38), ("靖江市第十五批科技镇长团", 24100000)} <= owners
    assert ("泰兴市第十五批科技镇长团", "南京工业大学") in links(out, "brokered")
    assert not any(n.startswith("第三名") for n in names(out))


def test_a_zone_named_with_and_without_its_place_is_one_zone_in_its_nearest_parent():
    """在南通如皋高新区举行 … 如皋高新区: one zone (its county's, the city before it), in 如皋市 alone;
    在盐城市大丰区大丰港经济开发区 … 大丰港经济开发区: one zone, in 大丰区 (not also in 盐城市)."""
    out = run("11月8日，某某智能装备研究院揭牌仪式在南通如皋高新区举行。研究院由南京理工大学与如皋高新区共同建设，"
              "是如皋市引进的首家高校新型研发机构。")
    zones = [e for e in out["entities"] if "如皋高新区" in e["name"]]
    assert len(zones) == 1 and zones[0]["name"] == "如皋高新区"
    out = run("由大丰区科技镇长团推动组建的党建联盟在盐城市大丰区大丰港经济开发区揭牌成立。"
              "大丰港经济开发区是全省重要的海上风电装备产业基地。")
    zones = [e["name"] for e in out["entities"] if "大丰港经济开发区" in e["name"]]
    assert len(zones) == 1
    parents = {o for s, o in links(out, "locatedIn") if s == zones[0]}
    assert "大丰区" in parents and "盐城市" not in parents


def test_a_table_of_sub_teams_and_their_senders_gives_each_teams_member_bodies():
    """分团　团员人数　主要派出单位 / 江宁分团　14　东南大学、河海大学: the row's team has members from each."""
    out = run("南京市第十六批科技镇长团6个分团71名团员分驻各区。\n【链接】分团一览\n分团　团员人数　主要派出单位\n"
              "江宁分团　14　东南大学、南京航空航天大学、河海大学\n浦口分团　12　中国药科大学、南京工业大学")
    sent = links(out, "memberInstitution")
    assert {("江宁区第十六批科技镇长团", "河海大学"), ("浦口区第十六批科技镇长团", "南京工业大学")} <= sent
    assert ("江宁区第十六批科技镇长团", "南京工业大学") not in sent


def test_a_towns_industries_in_the_genres_phrasings():
    """纺织服装是丁堰镇的传统支柱产业; 阳山镇以桃产业闻名; 戴南镇… 戴南是全国有名的不锈钢之乡 (the town by its name
    without 镇, as the sentence's subject)."""
    out = run("如皋市第十七批科技镇长团服务如皋市。纺织服装是丁堰镇的传统支柱产业。")
    assert ("丁堰镇", "纺织服装") in links(out, "hasField")
    out = run("无锡市惠山区第十七批科技镇长团服务惠山区。阳山镇以桃产业闻名。")
    assert ("阳山镇", "桃产业") in links(out, "hasField")
    out = run("兴化市第十五批科技镇长团服务兴化市。团员到戴南镇走访。戴南是全国有名的不锈钢之乡，全镇相关企业超过1000家。")
    assert ("戴南镇", "不锈钢") in links(out, "hasField")
    assert not any(s == "兴化市" for s, o in links(out, "hasField"))


def test_they_come_from_after_the_members_arrived_names_the_senders():
    """13名成员到任。他们分别来自A、B等高校院所: the team's member bodies."""
    out = run("2024年7月，建湖县第十七批科技镇长团13名成员到任。他们分别来自南京航空航天大学、南京工业大学、"
              "盐城工学院等高校院所，挂职在县直部门和各镇（街道）。")
    sent = {o for s, o in links(out, "memberInstitution")}
    assert {"南京航空航天大学", "南京工业大学", "盐城工学院"} <= sent


def test_a_partnership_the_sentence_says_the_team_arranged():
    """某电驱与某大学某学院的这段“姻缘”，是某团牵线促成的: the two cooperate, the team brokered both."""
    out = run("锡山区第十三批科技镇长团服务锡山区。无锡某骏电驱科技有限公司（以下简称“某骏电驱”）是一家电机企业。"
              "某骏电驱与江南大学机械工程学院的这段“姻缘”，是锡山区第十三批科技镇长团牵线促成的。")
    pair = frozenset(("无锡某骏电驱科技有限公司", "江南大学机械工程学院"))
    assert pair in {frozenset(p) for p in links(out, "collaboratesWith")}
    assert {("锡山区第十三批科技镇长团", o) for o in pair} <= links(out, "brokered")


def test_staying_at_a_firms_workshop_is_a_visit():
    """团员韩某先后5次到某某有限公司车间蹲点: the member visited the firm."""
    out = run("在羊尖镇，来自中国矿业大学材料与物理学院的团员、挂职羊尖镇副镇长的韩某，先后5次到无锡某泰特种合金有限公司"
              "车间蹲点，帮助企业找到了缺陷的成因。")
    assert ("韩某", "无锡某泰特种合金有限公司") in links(out, "visited")


def test_two_members_joined_by_he_both_visit():
    """梁某辰和祁某杰来到官湖镇的某某有限公司: each of them visits, not only the name next to the verb."""
    out = run("邳州市第十八批科技镇长团团员梁某辰到官湖镇挂任副镇长。团员祁某杰一起跟进。\n"
              "下午，梁某辰和祁某杰来到官湖镇的邳州市某茂板业有限公司。")
    visits = links(out, "visited")
    assert {("梁某辰", "邳州市某茂板业有限公司"), ("祁某杰", "邳州市某茂板业有限公司")} <= visits


def test_a_verb_before_the_word_for_a_park_names_no_zone():
    """团员们每周进园区、继续盯紧园区、一头连园区: a verb and the word for a park, no zone's name."""
    out = run("灌南县第十六批科技镇长团服务灌南县。团员们每周进园区，继续盯紧园区企业的需求，一头连园区，一头连高校。")
    assert not any(n.endswith("园区") for n in names(out, "Locality"))


def test_a_needs_lists_labelled_records_place_and_field_their_firm():
    """需求01 / 企业名称：X公司 / 所在区域：某新区 / 所属领域：海工装备: the firm is there and works in that field."""
    out = run("海门区第十七批科技镇长团发布企业技术需求清单。\n\n需求01\n企业名称：江苏某洋船舶配件有限公司\n"
              "所在区域：三星镇\n所属领域：海工装备\n需求名称：铸锻件无损检测自动化\n\n需求02\n"
              "企业名称：海门某瑞家纺科技有限公司\n所在区域：常乐镇\n所属领域：家纺\n")
    assert {("江苏某洋船舶配件有限公司", "三星镇"), ("海门某瑞家纺科技有限公司", "常乐镇")} <= links(out, "locatedIn")
    assert {("江苏某洋船舶配件有限公司", "海工装备"), ("海门某瑞家纺科技有限公司", "家纺")} <= links(out, "hasField")


def test_a_platforms_siting_and_a_stations_name():
    """…共同建设“某某先进陶瓷创新中心”，中心选址丁蜀镇: the centre is in the town; 与某街道共建某某健康监测站: a
    monitoring station is a platform, in the subdistrict that co-built it."""
    out = run("宜兴市第十八批科技镇长团服务宜兴市。双方将共同建设“上海硅酸盐所宜兴某某陶瓷创新中心”，中心选址丁蜀镇。")
    assert ("上海硅酸盐所宜兴某某陶瓷创新中心", "丁蜀镇") in links(out, "locatedIn")
    out = run("高淳分团推动中国科学院南京土壤研究所与桠溪街道共建某某茶园土壤健康监测站，帮助当地茶农科学施肥。")
    assert ("某某茶园土壤健康监测站", "中国科学院南京土壤研究所") in links(out, "hostedBy")
    assert ("某某茶园土壤健康监测站", "桠溪街道") in links(out, "locatedIn")


def test_an_institutes_strengths_are_no_one_elses_fields():
    """宁波材料所在新材料、新能源等领域积累了一批成果: the institute's (which has no field in the spec), not the team's."""
    out = run("中国科学院宁波材料技术与工程研究所\n如皋市第十六批科技镇长团服务如皋市。赵某怡指出，宁波材料所在新材料、新能源、"
              "高端装备等领域积累了一批可转化成果，与江苏县域产业需求高度契合。")
    assert not any(s in ("如皋市第十六批科技镇长团", "如皋市") for s, o in links(out, "hasField"))


def test_the_schools_fields_when_a_named_universitys_office_speaks():
    """某大学技术转移中心主任…发布了学校在某某、新型建材等领域的成果: the university's fields, not the team's."""
    out = run("邳州市第十八批科技镇长团服务邳州市。南京林业大学技术转移中心主任蒋某博作学校科技成果推介，"
              "集中发布了学校在智能矿山装备、新型建材等领域的科技成果32项。")
    fields = links(out, "hasField")
    assert ("南京林业大学", "新型建材") in fields
    assert not any(s == "邳州市第十八批科技镇长团" for s, o in fields)


def test_a_cases_heading_names_the_team_that_arranged_its_parties():
    """案例一：靖江团牵线破解某某难题 / 合作双方：A学院——B公司: the team brokered both, which cooperate."""
    out = run("泰州市第十三批科技镇长团产学研合作典型案例\n\n案例一：靖江团牵线破解船舶涂装排放难题\n\n"
              "合作双方：江苏科技大学材料科学与工程学院——江苏某舟海工装备有限公司\n\n团员在走访中了解到企业的难题。")
    brokered = links(out, "brokered")
    assert {("靖江市第十三批科技镇长团", "江苏科技大学材料科学与工程学院"),
            ("靖江市第十三批科技镇长团", "江苏某舟海工装备有限公司")} <= brokered


def test_a_table_place_cell_holding_a_chain_of_places_gives_the_nearest():
    """序号　合作单位　所在地　合同类型 / 1　某某有限公司　宿迁市沭阳县　技术服务: the firm is in 沭阳县."""
    out = run("本所2021年合作项目如下：\n序号　合作单位　所在地　合同类型　合同金额（万元）\n"
              "1　江苏某苑花木科技有限公司　宿迁市沭阳县　技术服务　186\n2　江苏某苑果品有限公司　徐州市丰县　技术服务　98\n")
    placed = links(out, "locatedIn")
    assert {("江苏某苑花木科技有限公司", "沭阳县"), ("江苏某苑果品有限公司", "丰县")} <= placed


def test_a_member_who_brings_the_experts_to_the_firm_arranged_the_deal():
    """某某把学校纺织学院的专家请到企业，经过3轮对接，A与B签约共建…: the member brokered it, not the team."""
    out = run("锡山区第十三批科技镇长团服务锡山区。来自东华大学的团员、挂职东港镇副镇长的刘某远把学校纺织学院的专家请到企业，"
              "经过3轮对接，江苏某纺新材料股份有限公司与东华大学纺织学院于10月签约共建“某某纤维联合研发中心”。")
    brokers = {s for s, o in links(out, "brokered") if o == "江苏某纺新材料股份有限公司"}
    assert brokers == {"刘某远"}


def test_a_groups_tallies_after_it_lists_its_sub_teams_are_the_groups():
    """常州市第十五批科技镇长团设溧阳团、金坛团、武进团、新北团、天宁团5个分团。到任一年来，累计…: the city's team's."""
    out = run("常州市第十五批科技镇长团设溧阳团、金坛团、武进团、新北团、天宁团5个分团，共42名成员。到任一年来，"
              "累计组织产学研活动118场次，促成产学研合作项目203项，合同金额2.38亿元。")
    owners = {f["s"] for f in out["figures"] if f["value"] in (118, 203, 238000000)}
    assert owners == {"常州市第十五批科技镇长团"}


def test_a_university_news_member_posted_elsewhere_is_no_member_of_the_team_named():
    """南京工业大学新闻网 … 射阳县科技镇长团团长… 看望了挂任阜宁县工业和信息化局副局长的化工学院副教授沈某群 … 参加
    江苏省科技镇长团: the school is the home university's; the post in 阜宁县 puts him in no 射阳县 team."""
    out = run("南京工业大学新闻网\n射阳县第十五批科技镇长团团长、我校材料科学与工程学院教授顾某峰汇报了工作。19日下午，"
              "彭某新一行来到阜宁县，看望了挂任阜宁县工业和信息化局副局长的化工学院副教授沈某群。"
              "据悉，我校第十五批共选派21名教师参加江苏省科技镇长团。")
    assert ("沈某群", "南京工业大学化工学院") in links(out, "affiliatedWith")
    assert not any(s == "沈某群" for s, o in links(out, "memberOf"))
    assert ("顾某峰", "射阳县第十五批科技镇长团") in links(out, "memberOf")


def test_a_university_news_table_laid_out_one_cell_a_line():
    """南京林业大学科技处 … 序号 / 挂职人员 / 所在学院 / … (a cell a line): each row's member works at the
    home university's school in the row, and the row's amount is the member's."""
    from kg.ingest import clean_text
    text = clean_text("南京林业大学科技处\n我校第十四批科技镇长团成员2022年度带回横向项目情况汇总\n据科技处统计，项目汇总如下：\n"
                      "序号\n挂职人员\n所在学院\n挂职地\n合作单位\n合同金额（万元）\n"
                      "1\n汪某平\n化学工程学院\n泰州市泰兴市\n江苏泰兴某禾精细化学品有限公司\n86.0\n"
                      "2\n谈某琪\n林学院\n徐州市邳州市\n邳州市某叶银杏科技有限公司\n48.0\n")
    assert "1｜汪某平｜化学工程学院" in text
    out = run(text, title="南京林业大学科技处")
    homes = links(out, "affiliatedWith")
    assert {("汪某平", "南京林业大学化学工程学院"), ("谈某琪", "南京林业大学林学院")} <= homes
    assert ("汪某平", 860000) in {(f["s"], f["value"]) for f in out["figures"]}


def test_a_list_items_inline_labels_give_the_partner_and_the_broker():
    """1. 某某有限公司（南通市海安市）　合作学院：通信与信息工程学院　推荐人：朱某（海安市科技镇长团）, in a
    university's own news: the firm (in 海安市) and the home school cooperate, the member (of that team) brokered both."""
    out = run("南京邮电大学地方合作处\n我校新增江苏省研究生工作站。\n"
              "　　1. 海安某讯通信科技有限公司（南通市海安市）　合作学院：通信与信息工程学院　推荐人：朱某（海安市科技镇长团）\n"
              "　　2. 江苏某澜光电科技有限公司（南通市如东县）　合作学院：电子与光学工程学院　推荐人：严某恒（如东县科技镇长团）\n",
              title="南京邮电大学地方合作处")
    pair = frozenset(("海安某讯通信科技有限公司", "南京邮电大学通信与信息工程学院"))
    assert pair in {frozenset(p) for p in links(out, "collaboratesWith")}
    assert {("朱某", o) for o in pair} <= links(out, "brokered")
    assert ("朱某", "海安市科技镇长团") in links(out, "memberOf")
    assert ("江苏某澜光电科技有限公司", "如东县") in links(out, "locatedIn")
    assert not any(s == "如东县科技镇长团" for s, o in links(out, "brokered"))


def test_a_tab_roster_of_a_universitys_own_news_names_each_members_school():
    """1\\t祁某舒\\t机械工程学院\\t常州市金坛区副区长: the school is the home university's, named alone (not
    合肥工业大学祁某舒机械工程学院)."""
    out = run("合肥工业大学新闻网讯 我校5名教师赴江苏挂职。\n序号\t姓名\t学院\t挂职岗位\n"
              "1\t祁某舒\t机械工程学院\t常州市金坛区副区长\n2\t岑某\t土木与水利工程学院\t扬州市江都区仙女镇副镇长\n")
    units = names(out, "AcademicUnit")
    assert {"合肥工业大学机械工程学院", "合肥工业大学土木与水利工程学院"} <= units
    assert not any("祁某舒" in u or "岑某" in u for u in units)


def test_a_table_whose_cells_single_spaces_split():
    """序号 姓名 派出单位 挂职岗位 / 4 顾某 扬州大学 黄川镇副镇长: each row's member, employer and post."""
    out = run("东海县第十五批科技镇长团服务东海县。\n东海团团员挂职情况一览表\n\n序号 姓名 派出单位 挂职岗位\n"
              "1 蒋某涛 江苏海洋大学 副县长（团长）\n2 顾某 扬州大学 黄川镇副镇长\n3 陈某 淮阴工学院 东海经济开发区管委会副主任\n")
    homes = links(out, "affiliatedWith")
    assert {("顾某", "扬州大学"), ("陈某", "淮阴工学院")} <= homes
    assert ("顾某", "东海县第十五批科技镇长团") in links(out, "memberOf")
    assert not any("陈某" in n for n in names(out, "Locality") | names(out, "GovernmentAgency"))


def test_a_farm_after_cunli_and_a_count_of_households_name_no_firm_with_them():
    """村里丰县某果家庭农场的农场主…; 已有十几户来农场取经: 村里 opens no name, a count of households names no farm."""
    out = run("村里丰县某果家庭农场的农场主孙某果第一个试种新品种。孙某果说，现在周边已有十几户来农场取经。")
    assert names(out, "Enterprise") == {"丰县某果家庭农场"}


def test_a_three_character_brand_and_its_kind_is_the_firm_named_in_full():
    """新沂市碧某湾果品专业合作社 … 碧某湾合作社负责人说: one co-operative; 南京某乡源水产科技有限公司 … 某乡源公司: one firm."""
    out = run("新沂市第十七批科技镇长团推动新沂市碧某湾果品专业合作社与扬州大学农学院合作。碧某湾合作社负责人说，效果很好。")
    assert names(out, "Enterprise") == {"新沂市碧某湾果品专业合作社"}
    out = run("高淳区第十六批科技镇长团走访南京某乡源水产科技有限公司。某乡源公司总经理介绍了情况。")
    assert names(out, "Enterprise") == {"南京某乡源水产科技有限公司"}


def test_this_batch_after_an_earlier_batchs_paragraph_is_the_articles_team_again():
    """第十六批科技镇长团在东挂职期间…。本批科技镇长团共8名成员，分别来自A、B: this batch's members, not the earlier's."""
    out = run("东台市第十七批科技镇长团见面会召开。第十六批科技镇长团在东挂职期间，累计走访企业210余家。\n"
              "本批科技镇长团共8名成员，分别来自南京理工大学、江苏大学，挂职期一年。")
    sent = links(out, "memberInstitution")
    assert {("东台市第十七批科技镇长团", "南京理工大学"), ("东台市第十七批科技镇长团", "江苏大学")} <= sent
    assert not any(s == "东台市第十六批科技镇长团" for s, o in sent)


def test_a_spaced_rosters_row_gives_the_members_sending_body():
    """1       顾某博    南京理工大学自动化学院            市政府副市长（团长）: the school in the cell after the name."""
    out = run("东台市第十七批科技镇长团成员名单如下：\n\n序号    姓名      派出单位                          挂职岗位\n"
              "1       顾某博    南京理工大学自动化学院            市政府副市长（团长）\n"
              "2       许某诚    苏州大学                          东台高新区管委会副主任\n")
    homes = links(out, "affiliatedWith")
    assert {("顾某博", "南京理工大学自动化学院"), ("许某诚", "苏州大学")} <= homes


def test_a_schools_own_page_named_in_its_first_line():
    """南京理工大学化学与化工学院 (the page's first line) … 我院教师… 学院分别与A公司、B公司签订…; 此次院地合作和两项
    技术合同均由某某牵线促成: 学院 is the school, a party of each contract, and the member brokered them."""
    out = run("南京理工大学化学与化工学院\n首页 > 学院新闻 > 正文\n化学与化工学院与灌南县签署院地全面合作协议\n"
              "仪式由我院教师、灌南县第十六批科技镇长团团长钱某澄主持。南京理工大学化学与化工学院与灌南县签署院地全面合作协议。"
              "学院分别与江苏某恒新材料科技有限公司、连云港某沐化工有限公司签订了两项技术合同。"
              "据了解，此次院地合作和两项技术合同均由钱某澄牵线促成。",
              title="南京理工大学化学与化工学院")
    pairs = {frozenset(p) for p in links(out, "collaboratesWith")}
    assert frozenset(("南京理工大学化学与化工学院", "江苏某恒新材料科技有限公司")) in pairs
    assert ("钱某澄", "连云港某沐化工有限公司") in links(out, "brokered")
    assert ("钱某澄", "南京理工大学化学与化工学院") in links(out, "affiliatedWith")


def test_a_bare_batch_opening_a_clause_after_a_handover_owns_the_tallies_that_follow():
    """某市第十四批科技镇长团…期满。9月，第十五批科技镇长团到岗…该团走访企业86家: the fifteenth batch's."""
    out = run("某年鉴\n【科技镇长团】2022年8月，泰兴市第十四批科技镇长团5名成员挂职期满，返回派出单位。9月，第十五批科技镇长团"
              "6名成员到岗，团长由江苏大学教授陈某担任。该团到岗后走访企业86家，梳理技术需求42项。")
    assert subject_by_value(out).get(86) == "泰兴市第十五批科技镇长团"
    assert subject_by_value(out).get(42) == "泰兴市第十五批科技镇长团"


def test_the_new_team_as_a_clauses_subject_after_the_old_teams_record():
    """…介绍，第十四批科技镇长团在任期间已促成合作项目60余项。目前，新团10名团员已走访企业130余家: the old
    team's 60, the new (latest) batch's 130; 老团…收录需求120余条，移交新团: still the old team's."""
    out = run("姜堰区第十五批科技镇长团召开座谈会。团长房某介绍，第十四批科技镇长团在任期间已推动21组三方结对，累计促成合作项目60余项。"
              "新团到任后，团员们逐一回访了老团结对的企业。目前，新团10名团员已走访企业130余家。"
              "老团还编印了需求汇编，收录企业需求120余条，一并移交新团。")
    values = subject_by_value(out)
    assert values.get(60) == "姜堰区第十四批科技镇长团"
    assert values.get(130) == "姜堰区第十五批科技镇长团"
    assert values.get(120) == "姜堰区第十四批科技镇长团"


def test_a_list_of_platforms_with_their_sites_in_brackets():
    """【校地共建平台】年内新建的平台为：A研究院（某高新区）、B中心（某镇）: each is in its bracketed place; the
    heading's 共建 makes the listed platforms no group of partners; 另有 opens no firm's name."""
    out = run("某市年鉴\n【校地共建平台】年内新建的3家平台为：南理工常熟某某装备研究院（常熟高新区）、河海大学常熟某某技术研究中心"
              "（梅李镇）、江南大学常熟某某技术服务站（海虞镇）。另有常熟某某机械有限公司（辛庄镇）与江南大学签约。")
    located = links(out, "locatedIn")
    assert {("南理工常熟某某装备研究院", "常熟高新区"), ("河海大学常熟某某技术研究中心", "梅李镇"),
            ("江南大学常熟某某技术服务站", "海虞镇"), ("常熟某某机械有限公司", "辛庄镇")} <= located
    assert not links(out, "collaboratesWith") - {("常熟某某机械有限公司", "江南大学"), ("江南大学", "常熟某某机械有限公司")}
    assert "常熟某某机械有限公司" in names(out, "Enterprise")


def test_speakers_at_a_meeting_of_the_teams_members_are_members():
    """某区召开第十五批科技镇长团团员座谈会, then turns 冯某（东南大学）：…: each speaker with a school in brackets
    is a member, and the team has members from that school; a leader speaking for an agency is not."""
    out = run("吴江区召开第十五批科技镇长团团员座谈会\n\n6月13日，吴江区委组织部召开第十五批科技镇长团团员座谈会。\n\n"
              "冯某鸣（东南大学）：我在汾湖高新区挂职，带着团队上门服务了企业。\n\n"
              "唐某桐（江苏省农业科学院）：桃源镇的稻米产业有基础，我们正在对接。\n\n"
              "沈某佳（吴江区委组织部）：希望大家再接再厉。\n")
    members = links(out, "memberOf")
    assert {("冯某鸣", "吴江区第十五批科技镇长团"), ("唐某桐", "吴江区第十五批科技镇长团")} <= members
    assert ("沈某佳", "吴江区第十五批科技镇长团") not in members
    assert {("吴江区第十五批科技镇长团", "东南大学"), ("吴江区第十五批科技镇长团", "江苏省农业科学院")} <= links(
        out, "memberInstitution")


def test_a_customer_named_after_a_supply_verb_is_named_without_it():
    """…部件主要供应欧洲客户某某汽车系统公司 / 产品配套某某重型汽车有限公司: the name starts after the verb."""
    out = run("太仓某某精密机械有限公司的精密部件主要供应欧洲客户费某汽车系统公司。"
              "我们的产品配套中某重型汽车有限公司等整车厂。锻压件主要出口至常州汉某机床公司。")
    firms = names(out, "Enterprise")
    assert {"费某汽车系统公司", "中某重型汽车有限公司", "常州汉某机床公司"} <= firms
    assert not any(w in n for n in firms for w in ("供应", "配套", "出口"))


def test_a_deal_the_next_sentence_says_was_arranged_opens_on_he_zuo_you():
    """A与B签约…。合作由某团牵线，…: the team brokered the deal of the sentence before; 博士毕业于 names no one."""
    out = run("10月31日，西交利物浦大学与宿迁市宿豫区企业江苏恒某传感科技有限公司签约，共建联合实验室。"
              "合作由宿豫区第十五批科技镇长团牵线，团员林某全程对接。林某博士毕业于英国利物浦大学。")
    assert {("宿豫区第十五批科技镇长团", "江苏恒某传感科技有限公司"), ("宿豫区第十五批科技镇长团", "西交利物浦大学")} <= links(
        out, "brokered")
    assert "毕业" not in names(out, "Person")


def test_a_bulleted_roster_of_names_with_colons():
    """- 潘某：南通大学某学院讲师，挂任某街道办事处副主任 (a Markdown list): each a member from that school; a Q&A's
    answer line (何某：苏州大学本部就在姑苏区…) gives its speaker no employer."""
    out = run("海门区第十七批科技镇长团成员名单\n\n成员名单\n\n- 戚某博（团长）：东南大学能源与环境学院副教授，挂任海门区副区长\n"
              "- 潘某鸣：南通大学化学化工学院讲师，挂任三厂街道办事处副主任\n- 汪某霄：南京邮电大学科技处副处长，挂任三星镇副镇长\n\n"
              "问：姑苏有什么优势？\n何某秋：苏州大学本部就在姑苏区，这是我们独有的优势。\n")
    assert {("潘某鸣", "海门区第十七批科技镇长团"), ("汪某霄", "海门区第十七批科技镇长团")} <= links(out, "memberOf")
    affiliations = links(out, "affiliatedWith")
    assert {("潘某鸣", "南通大学化学化工学院"), ("汪某霄", "南京邮电大学")} <= affiliations
    assert not {o for s, o in affiliations if s == "何某秋"}


def test_a_policy_briefs_sections_headed_by_a_dash_and_a_team():
    """——灌南团（连云港市）。围绕…，推动A与B签订…: the section's team brokered it, not the section's before."""
    out = run("四县科技镇长团调研\n\n——新沂团（徐州市）。围绕新沂主导产业开展服务。\n\n"
              "——灌南团（连云港市）。围绕灌南化工新材料主导产业，推动江苏海洋大学与灌南县堆沟港镇签订共建中试基地协议。\n")
    brokered = links(out, "brokered")
    assert ("灌南县科技镇长团", "江苏海洋大学") in brokered
    assert not {o for s, o in brokered if s == "新沂市科技镇长团"}


def test_a_firm_in_an_interviewees_bracket_and_a_list_of_industries_before_shi_qi():
    out = run("案例分析\n\n高邮市位于扬州市北部，新能源、电线电缆、特色食品是其三大主导产业。\n\n"
              "受访者B（江苏康某线缆科技有限公司技术总监）：“这次是科技镇长团带着团队直接上门。”\n")
    assert "特色食品" in names(out, "Field") and not any("是其" in n for n in names(out))
    assert "江苏康某线缆科技有限公司" in names(out, "Enterprise")


def test_an_agency_a_recommendation_names_is_no_field_of_a_list():
    """建议省委组织部、省科技厅在选派前征集县域产业需求清单: the province's bodies, no list of industries."""
    out = run("对策建议\n\n1．建立“按需选派”机制。建议省委组织部、省科技厅在选派前征集县域产业需求清单。\n")
    assert {"江苏省委组织部", "江苏省科技厅"} <= names(out, "GovernmentAgency")
    assert not names(out, "Field")


def test_a_project_forms_figures_are_the_firm_that_carries_it():
    """项目验收意见 with 承担单位：某某有限公司: what sentences naming no team count is the firm's; the team that
    brokered it keeps only its own sentence."""
    out = run("泰兴市产学研合作项目验收意见\n\n项目名称：某某提纯关键技术研究\n承担单位：泰兴某润电子材料有限公司\n"
              "合作单位：南京工业大学化工学院\n\n一、该项目由泰兴市第十四批科技镇长团牵线促成。\n\n"
              "二、项目执行期内申请发明专利4件；培养工程硕士2名。新增销售收入约3860万元。\n\n三、项目总投入1260万元。\n")
    values = subject_by_value(out)
    assert values.get(38600000) == "泰兴某润电子材料有限公司"
    assert values.get(12600000) == "泰兴某润电子材料有限公司"
    assert values.get(4) == "泰兴某润电子材料有限公司"


def test_a_self_evaluation_is_the_filing_agencys_and_its_targets_are_no_figures():
    """绩效自评报告 with 填报单位：某县科学技术局: its indicator lines are the agency's; 目标值≥15个 is a target."""
    out = run("泗阳县2023年度校地合作专项资金绩效自评报告\n\n填报单位：泗阳县科学技术局（盖章）　　填报日期：2024年3月8日\n\n"
              "一、项目概况\n泗阳县第十五批科技镇长团共有团员8名，分别来自南京林业大学、江南大学。\n\n"
              "二、绩效指标完成情况\n1. 数量指标：促成校地、校企合作协议　目标值≥15个　完成值18个　☑达成\n"
              "2. 数量指标：组织产学研对接活动　目标值≥20场　完成值26场　☑达成\n")
    values = subject_by_value(out)
    assert values.get(18) == "泗阳县科技局" and values.get(26) == "泗阳县科技局"
    assert 15 not in values and 20 not in values


def test_a_notices_table_of_teams_projects_with_contacts():
    """…各分团…牵线促成的项目… then 序号｜推荐单位｜企业（甲方）｜合作高校院所（乙方）｜…｜团内联系人 rows: each row's team
    brokered its firm and schools, a cell of two schools gives two partners, the contact 赵某（江南大学） is a member."""
    out = run("公示\n\n各分团对本年度牵线促成的产学研合作项目进行了梳理。\n\n"
              "序号｜推荐单位｜企业（甲方）｜合作高校院所（乙方）｜合同金额（万元）｜团内联系人\n"
              "1｜淮阴区第十五批科技镇长团｜江苏鼎某食品机械有限公司｜江南大学机械工程学院｜150｜赵某鸣（江南大学）\n"
              "3｜盱眙团｜江苏盱某凹土新材料有限公司｜淮阴工学院、中国科学院兰州化学物理研究所｜460｜—\n")
    pairs = links(out, "collaboratesWith")
    assert {("江苏鼎某食品机械有限公司", "江南大学机械工程学院"), ("江苏盱某凹土新材料有限公司", "淮阴工学院"),
            ("江苏盱某凹土新材料有限公司", "中国科学院兰州化学物理研究所")} <= pairs
    assert not any("江南大学" == o for s, o in pairs)
    assert {("淮阴区第十五批科技镇长团", "江苏鼎某食品机械有限公司"), ("盱眙县第十五批科技镇长团", "淮阴工学院")} <= links(
        out, "brokered")
    assert ("赵某鸣", "淮阴区第十五批科技镇长团") in links(out, "memberOf")


def test_a_registration_form_of_a_member():
    """科技副总登记表: 姓名 某某　性别 男 / 派出单位 某大学某学院 / 挂职单位 某某有限公司 / 所在团 某团 / 到岗后已开展工作
    走访…协调A与B签订…: the form's person works at both bodies, is the team's member, and did the work."""
    out = run("江苏省科技副总登记表（公示稿）\n\n姓名 沈某然　性别 男　出生年月 1985.04\n派出单位 南通大学机械工程学院\n"
              "挂职单位 江苏启某海工装备有限公司（海门区临江镇）\n是否科技镇长团成员 ☑是 ☐否　所在团 海门区第十六批科技镇长团\n"
              "到岗后已开展工作 走访企业车间及配套供应商5家，梳理技术需求3项；协调南通大学与启某海工签订技术服务合同，金额35万元。\n")
    assert {("沈某然", "南通大学机械工程学院"), ("沈某然", "江苏启某海工装备有限公司")} <= links(out, "affiliatedWith")
    assert ("沈某然", "海门区第十六批科技镇长团") in links(out, "memberOf")
    assert ("沈某然", "南通大学") in links(out, "brokered")
    assert subject_by_value(out).get(3) == "沈某然"


def test_a_digests_items_about_other_places_do_not_inherit_the_team_before():
    """科技要闻速递: 【大丰】…大丰区科技镇长团走访…; 【射阳】南工大与射阳县签署…; 5月31日，在射阳县第十五批科技镇长团牵线下…:
    the 射阳 item's deal is brokered by 射阳's team, never by the team of the item before."""
    out = run("科技要闻速递\n\n【大丰】上门问需\n5月29日，大丰区科技镇长团走访区内企业盐城某曜新能源科技有限公司。\n\n"
              "【射阳】南工大与射阳县签署全面合作协议\n5月31日，在射阳县第十五批科技镇长团牵线下，南京工业大学与射阳县人民政府"
              "签署全面合作协议。\n")
    brokered = links(out, "brokered")
    assert ("射阳县第十五批科技镇长团", "南京工业大学") in brokered
    assert not {o for s, o in brokered if s.startswith("大丰区")}


def test_a_reply_to_a_proposal_signed_by_an_agency():
    """关于…提案办理情况的答复 to 刘某华委员：, signed 中共兴化市委组织部, about 第十五批科技镇长团 in 戴南 and 张郭: the
    team is the signing agency's place's; the addressee and 签发人 are persons; 市科技局 is that place's."""
    out = run("关于市政协第0128号提案办理情况的答复\n\n刘某华委员：\n\n您提出的提案收悉，现答复如下：\n\n"
              "去年以来，我部会同市科技局加强统筹。第十五批科技镇长团在团长彭某岚带领下，走访戴南、张郭两镇企业52家。\n\n"
              "签发人：顾某峰\n\n中共兴化市委组织部\n2023年7月10日\n")
    assert "兴化市第十五批科技镇长团" in names(out, "Team")
    assert "兴化市科技局" in names(out, "GovernmentAgency")
    assert {"刘某华", "顾某峰"} <= names(out, "Person")


def test_a_project_forms_firm_and_partner_lines():
    """申报书: 承担单位：某某有限公司 / 合作单位：某大学某学院 / 技术领域：☑A　☐B: the firm and the school cooperate; a
    case list's 合作单位 line is no partner of the record before it."""
    out = run("项目申报书（节选）\n\n项目名称：高盐废水膜法浓缩技术研发\n承担单位：盐城蓝某环保科技有限公司\n"
              "合作单位：河海大学环境学院\n推荐单位：亭湖区科技局\n")
    assert ("盐城蓝某环保科技有限公司", "河海大学环境学院") in links(out, "collaboratesWith")


def test_a_bare_team_in_one_countys_item_makes_no_city_team():
    """A city bureau's digest naming 东台市第十五批 and 射阳县第十五批 teams, and 在镇长团推动下 in 东台's item: no
    盐城市 team is invented and the deal's amount is 东台's team's."""
    out = run("科技要闻速递\n来源：盐城市科学技术局\n\n【东台】东台科技镇长团赴南工大对接\n5月26日，东台市第十五批科技镇长团"
              "团长带领团员赴南京工业大学走访。在镇长团推动下，东台企业江苏海某德环保材料有限公司与该学院签订技术开发合同，"
              "合同金额80万元。\n\n【射阳】南工大与射阳县签署协议\n5月31日，在射阳县第十五批科技镇长团牵线下，南京工业大学与"
              "射阳县人民政府签署全面合作协议。\n")
    assert not {n for n in names(out, "Team") if n.startswith("盐城市")}
    assert subject_by_value(out).get(800000) == "东台市第十五批科技镇长团"


def test_a_foreign_name_after_a_role_keeps_its_middle_dot():
    """技术总监马丁·某勒用…介绍 and 所长马库斯·某德（Markus …）教授: the whole transliterated name is the person; a
    slogan 科技镇长团·产研院 holds no name."""
    out = run("某某精密传动（苏州）有限公司技术总监马丁·某勒用略带口音的中文介绍。柏林工业大学机械系统研究所所长马库斯·某德"
              "（Markus M.）教授出席签约仪式。“科技镇长团·产研院”企业联合创新中心对接会在金坛区举行。")
    persons = names(out, "Person")
    assert {"马丁·某勒", "马库斯·某德"} <= persons
    assert not persons & {"马丁", "马库斯", "团·产研院"}


def test_a_firms_own_disclosure_calls_the_firm_gongsi():
    """江苏某某股份有限公司关于…的公告: 公司 and 发行人 are the firm; what it spends is its figure; its 董事会秘书 works
    for it; a table's 合作方 column gives its partners; 上市公司, 不影响公司 and …有限公司为公司 are no names."""
    out = run("江苏某衡精密传动股份有限公司关于签订产学研合作协议的公告\n\n"
              "江苏某衡精密传动股份有限公司（以下简称“公司”）于2024年3月18日与南京理工大学签订协议。本次合作由无锡市锡山区"
              "第十五批科技镇长团牵线对接。公司每年投入研发经费300万元。本协议的签订不影响公司业务独立性。"
              "常州某驰新能源汽车有限公司为公司第一大客户。\n\n"
              "序号｜合作方｜合作项目｜合同金额（万元）\n1｜江南大学｜柔轮材料开发｜86.00\n\n"
              "上市公司接待人员：董事会秘书 邵某敏\n")
    firm = "江苏某衡精密传动股份有限公司"
    ents = names(out, "Enterprise")
    assert not ents & {"上市公司", "不影响公司", "常州某驰新能源汽车有限公司为公司"}
    assert "常州某驰新能源汽车有限公司" in ents
    assert subject_by_value(out).get(3000000) == firm
    assert (firm, "江南大学") in links(out, "collaboratesWith")
    assert ("邵某敏", firm) in links(out, "affiliatedWith")


def test_news_about_a_firm_keeps_the_team_as_the_figures_subject():
    """A news story (no disclosure title) about a firm: a bare 公司 is no alias, the team's tally stays the team's."""
    out = run("锡山区科技镇长团助力企业创新\n\n今年以来，锡山区第十五批科技镇长团走访企业86家。江苏某衡精密传动股份有限公司"
              "与南京理工大学签订协议，公司总经理表示感谢。\n")
    firm = next(e for e in out["entities"] if e["name"] == "江苏某衡精密传动股份有限公司")
    assert "公司" not in firm["aliases"]
    assert subject_by_value(out).get(86) == "锡山区第十五批科技镇长团"


def test_a_zone_after_its_city_and_county_is_named_alone():
    """苏州市吴江区汾湖高新区, 南通市如皋市如皋经济技术开发区: the zone's name starts after its county."""
    out = run("公司扎根苏州市吴江区汾湖高新区。另一家公司位于南通市如皋市如皋经济技术开发区。")
    places = names(out, "Locality")
    assert {"汾湖高新区", "吴江区", "如皋经济技术开发区", "如皋市"} <= places
    assert not places & {"吴江区汾湖高新区", "如皋市如皋经济技术开发区"}


def test_a_firm_opening_the_sentence_cooperates_with_the_partners_after_a_comma():
    """江苏某某材料有限公司坚持开放式创新，与苏州大学、东南大学等高校保持长期合作: the firm is the partner of both."""
    out = run("江苏某某材料有限公司坚持开放式创新，与苏州大学、东南大学等高校保持长期合作。")
    pairs = links(out, "collaboratesWith")
    assert {("江苏某某材料有限公司", "苏州大学"), ("江苏某某材料有限公司", "东南大学")} <= pairs


def test_an_agreements_parties_and_signatories():
    """甲方：X / 乙方：Y: later 甲方 and 乙方 are X and Y; 甲方（盖章）：X　代表签字：某某 works for X, on one line or the
    next; 见证方's signer is no party's."""
    out = run("技术开发合作协议（节选）\n\n甲方：泰州某丰新材料科技有限公司\n乙方：南京工业大学材料科学与工程学院\n"
              "见证方：姜堰区第十五批科技镇长团\n\n第一条　合作内容。乙方为甲方开发电缆料制备工艺。\n\n"
              "甲方（盖章）：泰州某丰新材料科技有限公司\n代表签字：蒋某梁\n"
              "乙方（盖章）：南京工业大学材料科学与工程学院　　代表签字：陈某韬\n"
              "见证方：姜堰区第十五批科技镇长团　　代表签字：许某鸣\n")
    firm = next(e for e in out["entities"] if e["name"] == "泰州某丰新材料科技有限公司")
    assert "甲方" in firm["aliases"]
    aff = links(out, "affiliatedWith")
    assert {("蒋某梁", "泰州某丰新材料科技有限公司"), ("陈某韬", "南京工业大学材料科学与工程学院")} <= aff
    assert not {o for s, o in aff if s == "许某鸣"}


@pytest.mark.parametrize("token, value", [("壹佰贰拾", 120), ("叁拾伍", 35), ("伍佰", 500), ("陆", None), ("伍", None)])
def test_financial_numerals(token, value):
    """Contracts write sums in the financial forms (壹佰贰拾万元整); 陆 or 伍 alone is a surname, no number."""
    assert to_number(token) == value


def test_an_items_heading_before_a_bar_leaves_the_member_its_subject():
    """📍七都｜韩某微对接…，推动七都镇与南京邮电大学共建…: the member brokered it, not the team; 📍汾湖｜秦某为全区120余家
    企业做了分析: the member's tally, while a table's bars keep their cells' figures apart."""
    out = run("吴江区第十六批科技镇长团成员来到吴江。\n团员韩某微挂职七都镇副镇长，团员秦某挂职汾湖高新区管委会副主任。\n"
              "📍七都｜韩某微对接“娘家”南邮，推动七都镇与南京邮电大学共建“南邮—七都某某技术创新中心”。\n"
              "📍汾湖｜秦某为全区120余家高新技术企业做了专利导航分析。\n")
    assert {("韩某微", "七都镇"), ("韩某微", "南京邮电大学")} <= links(out, "brokered")
    assert not {o for s, o in links(out, "brokered") if s == "吴江区第十六批科技镇长团"}
    assert subject_by_value(out).get(120) == "秦某"


def test_a_list_of_several_programmes_people():
    """A 公示 table whose 人才类别 column names each row's programme: a 科技副总's or 第一书记's row is no member of
    the team, and each row's figures are its person's, past a team in a cell of its own."""
    out = run("关于2023年度泗阳县优秀挂职科技人才拟表彰对象的公示\n\n"
              "| 序号 | 姓名 | 派出单位 | 挂职（服务）岗位 | 人才类别 | 主要业绩 |\n|---|---|---|---|---|---|\n"
              "| 1 | 孙某白 | 南京工业大学 | 泗阳县人民政府副县长 | 泗阳县第十六批科技镇长团（团长） | 牵头促成产学研合作12项 |\n"
              "| 2 | 韩某舟 | 江苏省农业科学院 | 卢集镇副镇长 | 第十六批科技镇长团 | 走访企业46家，征集技术需求31项 |\n"
              "| 3 | 钱某燕 | 南京信息工程大学 | 泗阳某川纺织科技有限公司科技副总 | 江苏省科技副总 | 帮助企业申报发明专利6件 |\n")
    members = {s for s, o in links(out, "memberOf")}
    assert {"孙某白", "韩某舟"} <= members
    assert "钱某燕" not in members
    assert subject_by_value(out).get(46) == "韩某舟"


def test_the_provinces_rural_team_stationed_in_a_county_is_one_body():
    """省委驻滨海县乡村振兴工作队 is a body of its own, not 江苏省委."""
    out = run("滨海县统筹科技镇长团、省委驻滨海县乡村振兴工作队、科技特派员等力量。今年，工作队协调东南大学专家来滨海。")
    agencies = names(out, "GovernmentAgency")
    assert "省委驻滨海县乡村振兴工作队" in agencies
    assert not agencies & {"江苏省委", "省委"}


def test_a_two_character_name_before_laoshi_after_de():
    """这位是我们团的周某老师: a two-character name after 的 is a person; 谢谢周老师 is thanks, no name."""
    out = run("这位是我们团的周某老师，江苏海洋大学的。\n蓝某膜小助手：谢谢周老师！海大团队下周来厂里。")
    persons = names(out, "Person")
    assert "周某" in persons
    assert "谢谢周" not in persons


def test_a_universitys_record_of_the_batches_it_sent():
    """自2008年首批选派以来，南信大…累计选派109人次: the university's count; ◆刘某，…教授。第六批入选宿迁市泗洪县科技镇长团…；
    ◆陈某，…。第九批在连云港市灌云县挂职，第十六批派驻无锡宜兴市: each batch and place is a team the person was in."""
    out = run("自2008年首批选派以来，南信大已连续18年参与这项工作，累计选派109人次。\n"
              "◆刘某瀚，南京信息工程大学大气科学学院教授。第六批入选宿迁市泗洪县科技镇长团，挂职科技副县长。\n"
              "◆陈某瑜，南京信息工程大学计算机学院副教授。第九批在连云港市灌云县挂职，第十六批派驻无锡宜兴市。\n")
    assert subject_by_value(out).get(109) == "南京信息工程大学"
    member = links(out, "memberOf")
    assert {("刘某瀚", "泗洪县第六批科技镇长团"), ("陈某瑜", "灌云县第九批科技镇长团"),
            ("陈某瑜", "宜兴市第十六批科技镇长团")} <= member


def test_several_senders_counted_together_are_no_ones():
    """团员后方高校南京理工大学、中国药科大学、江苏大学等先后派出专家四十余人次: no one university's count."""
    out = run("姜堰区第十六批科技镇长团到岗一年。团员后方高校南京理工大学、中国药科大学、江苏大学等先后派出专家四十余人次来姜堰服务。")
    assert subject_by_value(out).get(40) != "南京理工大学"


def test_a_table_of_one_places_batches_and_their_leaders():
    """批次｜到任年份｜团长｜派出单位 under 大丰区…: each row is that batch's team of 大丰区, led by the row's person, who
    works for the row's body; a table of counts by batch (批次｜年份｜选派人数) names no teams."""
    out = run("大丰区历批科技镇长团团长一览\n\n批次｜到任年份｜团长｜派出单位\n第十一批｜2018｜赵某之｜南京工业大学\n"
              "第十二批｜2019｜钱某｜江苏省农业科学院\n\n批次｜年份｜选派人数\n第一批｜2008｜2\n")
    assert ("赵某之", "大丰区第十一批科技镇长团") in links(out, "leads")
    assert ("钱某", "江苏省农业科学院") in links(out, "affiliatedWith")
    assert "大丰区第一批科技镇长团" not in names(out, "Team")


def test_vocational_colleges_platforms():
    """产业学院 and 技能大师工作室 co-built with firms are platforms; a tally after 设立“X工作室”，累计促成… is the team's."""
    out = run("阜宁县第十五批科技镇长团作了工作交接。一年来，团员促成盐城工业职业技术学院与江苏某恒环保滤材有限公司共建"
              "“环保某料产业学院”，推动盐城技师学院在阜宁经济开发区设立“阜宁某袋缝制技能大师工作室”，累计促成产学研合作项目32项。")
    assert {"环保某料产业学院", "阜宁某袋缝制技能大师工作室"} <= names(out, "Platform")
    assert subject_by_value(out).get(32) == "阜宁县第十五批科技镇长团"


def test_a_list_of_partners_before_fenbie_names_no_firm():
    """南通大学、南京工程学院分别与A、B等6家企业建立合作: 南京工程学院分别 is no firm."""
    out = run("全团还推动南通大学、南京工程学院分别与江苏某泽新材料有限公司、如皋市某创精密机械有限公司等6家企业建立产学研合作关系。")
    assert "南京工程学院分别" not in names(out, "Enterprise")


def test_a_countys_record_of_many_batches_gives_whole_tallies_to_the_county():
    """A 回眸 naming 沭阳县's 第一批, 第九批, 第十二批 and 第十七批 teams: 历批科技镇长团累计促成…620余项 is the county's, not one
    batch's; a sentence naming a batch keeps that batch's tally."""
    out = run("十八批接力——沭阳县科技镇长团工作回眸\n\n2007年，沭阳县第一批科技镇长团到任。第九批科技镇长团走访企业30家。"
              "第十二批科技镇长团促成项目12项。第十七批科技镇长团促成项目15项。\n"
              "据沭阳县委组织部统计，近二十年来，历批科技镇长团累计促成产学研合作项目620余项。\n")
    by_value = subject_by_value(out)
    assert by_value.get(620) == "沭阳县"
    assert by_value.get(12) == "沭阳县第十二批科技镇长团"


def test_a_firms_own_news_page_calls_the_firm_wo_si_and_gongsi():
    """A firm's own news page (新闻中心 / 公司动态, 我司): the firm a visit came to is 我司 and 公司, a table's
    合作单位 column gives its partners, and what the page counts is the firm's; 来公司 is no firm's name."""
    out = run("某区科技镇长团来公司开展产学研对接\n\n新闻中心 / 公司动态　2024-04-19\n\n"
              "4月18日，吴江区第十六批科技镇长团带领团员一行，来到苏州某启光电科技有限公司开展对接活动。"
              "团员们围绕我司需求多次回校对接，形成以下合作清单：\n\n"
              "序号 | 合作项目 | 合作单位 | 金额（万元）\n1 | 芯片研发 | 苏州大学光电科学与工程学院 | 150\n\n"
              "公司现有研发人员320人。\n")
    firm = "苏州某启光电科技有限公司"
    ents = names(out, "Enterprise")
    assert ents == {firm}
    assert (firm, "苏州大学光电科学与工程学院") in links(out, "collaboratesWith")
    assert subject_by_value(out).get(320) == firm


def test_a_firms_news_page_names_itself_in_its_title_by_a_short_form():
    """泓某智能与某大学共建…签约仪式在我司举行, 来源：常州泓某智能装备有限公司: 我司 in the title is that firm."""
    out = run("泓某智能与河海大学共建联合研发中心签约仪式在我司举行\n\n来源：常州泓某智能装备有限公司　发布时间：2023-11-08\n\n"
              "11月7日，我司与河海大学签订共建协议。我司现有研发人员96人。\n")
    firm = "常州泓某智能装备有限公司"
    assert (firm, "河海大学") in links(out, "collaboratesWith") or ("河海大学", firm) in links(out, "collaboratesWith")
    assert subject_by_value(out).get(96) == firm


def test_a_subsidiary_and_a_stake_are_not_part_of_the_firms_name():
    """集团控股子公司X有限公司, 以专利作价80万元入股X有限公司, 严某某介绍集团发展情况: the names are X's alone."""
    out = run("集团控股子公司扬中某澈智能配电有限公司与东南大学签订合同。学校以专利作价80万元入股扬州某曜光电科技有限公司。"
              "严某某介绍集团发展情况。")
    assert names(out, "Enterprise") == {"扬中某澈智能配电有限公司", "扬州某曜光电科技有限公司"}


def test_a_centre_and_its_county_branch_are_two_platforms():
    """某大学技术转移中心 and 某大学技术转移中心泰兴分中心 are two platforms; 去年6月… is no part of a name."""
    out = run("去年6月扬州大学技术转移中心高邮分中心在高新区揭牌。扬州大学技术转移中心主任孔某明出席。")
    platforms = names(out, "Platform")
    assert {"扬州大学技术转移中心高邮分中心", "扬州大学技术转移中心"} <= platforms
    assert not any(p.startswith("月") for p in platforms)


def test_a_members_card_names_the_member_and_where_they_come_from():
    """📌 杜某禾 / 后方单位：复旦大学材料科学系 / 挂职岗位：昆山高新区管委会副主任: a member of the article's team who
    works at both; what the card's paragraph says they brokered is theirs."""
    out = run("昆山市第十四批科技镇长团有4名团员被封控在沪。\n\n📌 杜某禾\n后方单位：复旦大学材料科学系\n"
              "挂职岗位：昆山高新区管委会副主任\n\n4月8日，他牵线复旦大学材料科学系与昆山某研光电材料有限公司签订协议。\n")
    assert "杜某禾" in names(out, "Person")
    assert {("杜某禾", "复旦大学材料科学系"), ("杜某禾", "昆山高新区管委会")} <= links(out, "affiliatedWith")
    assert ("杜某禾", "昆山市第十四批科技镇长团") in links(out, "memberOf")


def test_a_transcripts_speakers_and_their_first_person():
    """A podcast's guest list (周某帆：某团团员，某大学某学院副教授) names members and their schools; a turn that
    opens with a speaker's given name (某帆：) is that person's, and its 我 is them."""
    out = run("【本期嘉宾】\n周某帆：涟水县第十六批科技镇长团团员，南京信息工程大学大气物理学院副教授\n"
              "戴某欣：涟水县第十六批科技镇长团团员，淮阴工学院讲师\n\n【文字稿】\n主播：欢迎两位。\n"
              "某帆：到任以来，我走访企业80家。\n某欣：我也跑了不少。\n")
    assert ("周某帆", "南京信息工程大学大气物理学院") in links(out, "affiliatedWith")
    assert ("周某帆", "涟水县第十六批科技镇长团") in links(out, "memberOf")
    assert subject_by_value(out).get(80) == "周某帆"


def test_a_table_of_transferred_patents_pairs_each_rows_parties():
    """序号｜专利名称｜转让方/许可方｜受让方/被许可方｜金额: each row's two parties cooperate; the member the paragraph
    above says matched them (均由…团团员、…丁某懿…促成) brokered both."""
    out = run("这批专利均由靖江市第十五批科技镇长团团员、南京理工大学副教授丁某懿在走访中配对而来，最终促成双方签约。\n\n"
              "本次签约专利清单：\n\n序号｜专利名称｜方式｜转让方/许可方｜受让方/被许可方｜金额（万元）\n"
              "1｜一种修复方法｜转让｜南京理工大学｜江苏某远船舶配件有限公司｜120\n"
              "2｜一种检测装置｜普通许可｜南京理工大学｜靖江某丰机电设备有限公司｜45\n")
    pairs = links(out, "collaboratesWith")
    assert {("江苏某远船舶配件有限公司", "南京理工大学"), ("靖江某丰机电设备有限公司", "南京理工大学")} <= pairs
    assert ("丁某懿", "江苏某远船舶配件有限公司") in links(out, "brokered")


def test_a_roster_aligned_with_spaces_gives_each_members_home():
    """姓名　　挂职岗位　　派出单位 / 沈某秋（团长）　某区人民政府副区长　　某大学某学院: the member works at the body
    of the row's sending cell, and at an agency whose post the row names, but not at a government as its deputy head."""
    out = run("大丰区第十九批科技镇长团共6名成员，名单如下：\n\n姓名　　　　挂职岗位　　　　　　派出单位\n"
              "沈某秋（团长）　大丰区人民政府副区长　　河海大学能源与电气学院\n"
              "钱某鸿　　　大丰区科技局副局长　　南京工业大学化工学院\n")
    aff = links(out, "affiliatedWith")
    assert {("沈某秋", "河海大学能源与电气学院"), ("钱某鸿", "南京工业大学化工学院"), ("钱某鸿", "大丰区科技局")} <= aff
    assert not {o for s, o in aff if s == "沈某秋"} & {"大丰区人民政府", "大丰区政府"}


def test_a_list_of_solved_challenges_pairs_poster_and_solver():
    """1. 某技术 / 发榜单位：X公司 / 揭榜单位：Y学院, under a headline 某团牵线6个项目成功揭榜: X and Y cooperate, the
    team brokered both."""
    out = run("通州区揭榜挂帅项目揭晓 科技镇长团牵线6个项目成功揭榜\n\n经通州区第十八批科技镇长团精准对接，6个项目成功揭榜。\n\n"
              "部分揭榜项目如下：\n\n1. 储能电池热失控预警技术\n发榜单位：南通某程储能科技有限公司\n揭榜单位：南通大学电气工程学院\n"
              "榜额：260万元\n")
    assert ("南通某程储能科技有限公司", "南通大学电气工程学院") in links(out, "collaboratesWith")
    assert {("通州区第十八批科技镇长团", "南通某程储能科技有限公司"),
            ("通州区第十八批科技镇长团", "南通大学电气工程学院")} <= links(out, "brokered")


def test_a_groups_short_form_and_self_name_are_the_group_not_its_subsidiary():
    """某澈集团 is 江苏某澈电气集团有限公司, not its subsidiary 扬中某澈智能配电有限公司; on the group's own page (集团新闻),
    a bare 集团 is the group."""
    out = run("首页 > 集团新闻\n\n4月25日，扬中市第十五批科技镇长团走进江苏某澈电气集团有限公司。\n"
              "1. 某澈集团与南京工程学院共建产业学院；\n2. 扬中某澈智能配电有限公司与东南大学签订合同；\n"
              "3. 集团与江苏大学签订合作协议。\n")
    group = "江苏某澈电气集团有限公司"
    firms = {e["name"]: e for e in out["entities"] if e["type"] == "Enterprise"}
    assert "某澈集团" in firms[group]["aliases"]
    pairs = links(out, "collaboratesWith")
    assert {(group, "南京工程学院"), (group, "江苏大学")} <= pairs
    assert ("扬中某澈智能配电有限公司", "南京工程学院") not in pairs


def test_coming_to_a_firm_to_survey_it_is_a_visit():
    """某团团长芮某安带队来公司调研 on the firm's own page, 来某某有限公司考察: a visit to the firm; 以来 is no coming."""
    out = run("首页 > 公司新闻\n\n江苏某沄环境科技股份有限公司专访董事长。前年10月，宜兴市第十五批科技镇长团团长芮某安带队来公司调研。"
              "到任以来江苏某澄机械有限公司调研了多次。\n")
    visits = links(out, "visited")
    assert {("宜兴市第十五批科技镇长团", "江苏某沄环境科技股份有限公司"), ("芮某安", "江苏某沄环境科技股份有限公司")} <= visits
    assert not any(o == "江苏某澄机械有限公司" for _, o in visits)


def test_signings_listed_after_a_teams_event_are_brokered_by_the_team():
    """由某团与市科技局联合主办的线上对接会举行。…签约项目如下：(a table): the host team brokered each row's parties."""
    out = run("5月21日，由海安市第十二批科技镇长团与市科技局联合主办的校企合作线上对接会举行。\n\n"
              "会上，6家企业与高校完成云签约。签约项目如下：\n\n序号｜企业｜合作高校（院系）｜金额（万元）\n"
              "1｜江苏某安锻压机床有限公司｜扬州大学机械工程学院｜320\n")
    brokered = links(out, "brokered")
    assert {("海安市第十二批科技镇长团", "江苏某安锻压机床有限公司"), ("海安市第十二批科技镇长团", "扬州大学机械工程学院")} <= brokered


def test_fields_of_the_newer_writing_are_read():
    """智能计算, 海洋工程, 丝绸纺织 and 功能性膜材料 are fields; 团员连线 and 请陆团长谈谈下一步 name no one."""
    out = run("吴江区第十六批科技镇长团聚焦智能计算、海洋工程、丝绸纺织和功能性膜材料等领域开展对接。【15:20】团员连线。"
              "主持人：最后请陆团长谈谈下一步打算。")
    assert {"智能计算", "海洋工程", "丝绸纺织", "功能性膜材料"} <= names(out, "Field")
    assert not names(out, "Person") & {"连线", "谈谈下"}


def test_banks_insurers_funds_and_a_universitys_alumni_bodies():
    """某苏银行常州武进支行 (later 某苏银行武进支行), 某衡财产保险股份有限公司常州中心支公司, 武进区某泽科创天使引导基金 and
    武进区金融办 are named whole; 南京工业大学校友总会 and 南京工业大学南通校友会 are units of the university;
    设立“成果转化基金” names no fund."""
    out = run("活动由武进区金融办主办，某苏银行常州武进支行、某衡财产保险股份有限公司常州中心支公司和武进区某泽科创天使引导基金参加。"
              "某苏银行武进支行当场授信。南京工业大学校友总会组织南京工业大学南通校友会的校友返乡。建议设立“成果转化基金”。")
    firms = {e["name"]: e for e in out["entities"] if e["type"] == "Enterprise"}
    assert {"某苏银行常州武进支行", "某衡财产保险股份有限公司常州中心支公司", "武进区某泽科创天使引导基金"} == set(firms)
    assert "某苏银行武进支行" in firms["某苏银行常州武进支行"]["aliases"]
    assert "武进区金融办" in names(out, "GovernmentAgency")
    assert {("南京工业大学校友总会", "南京工业大学"), ("南京工业大学南通校友会", "南京工业大学")} <= links(out, "partOf")


def test_a_year_a_phrase_and_a_place_word_are_no_part_of_a_name():
    """获批2023年度江苏省研究生工作站 (no 度…), 走访园区内江苏某靖重工钢构有限公司 (no 园区内…), 真金白银 (no 白银市),
    副教授费某远程帮企业 (费某, not 费某远)."""
    out = run("公司获批2023年度江苏省研究生工作站。团员走访了园区内江苏某靖重工钢构有限公司等企业。"
              "换来真金白银。江苏大学副教授费某远程帮企业解决难题。")
    assert not any(n.startswith("度") for n in names(out))
    assert "江苏某靖重工钢构有限公司" in names(out, "Enterprise")
    assert "白银市" not in names(out, "Locality")
    assert "费某" in names(out, "Person") and "费某远" not in names(out, "Person")


def test_a_table_of_financing_deals_pairs_firm_and_funder_and_names_the_member():
    """| 序号 | 企业 | 金融产品 | 资金方 | 金额（万元） | 对接团员 |: each row's firm and funder cooperate, and the member of
    the broker column brokered both and is a member of the article's team."""
    out = run("上半年，江阴市第十五批科技镇长团组织融资对接会4场。\n\n| 序号 | 企业 | 金融产品 | 资金方 | 金额（万元） | 对接团员 |\n"
              "| 1 | 江阴市某拓精密机械有限公司 | 苏科贷 | 某丰银行江阴周庄支行 | 800 | 陈某（江南大学） |\n"
              "| 2 | 江阴某岑新材料有限公司 | 股权投资 | 江阴某阳科创天使投资基金 | 3000 | 梁某白（南京大学） |\n")
    pairs = links(out, "collaboratesWith")
    assert {("江阴市某拓精密机械有限公司", "某丰银行江阴周庄支行"), ("江阴某岑新材料有限公司", "江阴某阳科创天使投资基金")} <= pairs
    assert {("陈某", "某丰银行江阴周庄支行"), ("梁某白", "江阴某岑新材料有限公司")} <= links(out, "brokered")
    assert ("梁某白", "江阴市第十五批科技镇长团") in links(out, "memberOf")


def test_a_firm_whose_bracket_names_another_city_is_not_placed_in_the_teams():
    """昆山市团 brokering for 昆沭某工(宿迁)机械有限公司 in a co-built park: the firm is not guessed to be in 昆山市."""
    out = run("在昆山市第十六批科技镇长团牵线下，昆沭某工(宿迁)机械有限公司与南京理工大学签订技术开发合同。")
    firm = "昆沭某工（宿迁）机械有限公司"  # (brackets are written full-width in names)
    assert ("昆山市第十六批科技镇长团", firm) in links(out, "brokered")
    assert (firm, "昆山市") not in links(out, "locatedIn")


def test_a_place_written_by_its_former_name_keeps_it_throughout():
    """A 2014 report of 金坛市 (a county-level city until 2015): the team, 我市 and the towns are 金坛市's,
    not 常州市's nor 金坛区's, and its bare short form is the same place."""
    out = run("金坛市第七批科技镇长团2014年度工作总结\n在常州市委组织部和金坛市委市政府的领导下，我市第七批科技镇长团"
              "扎实开展各项工作。团员分别挂职金坛经济开发区及儒林、直溪等镇。金坛的企业对接常州大学。")
    team = "金坛市第七批科技镇长团"
    assert names(out, "Team") == {team}
    assert (team, "金坛市") in links(out, "servesIn")
    assert {("儒林镇", "金坛市"), ("金坛经济开发区", "金坛市"), ("金坛市", "常州市")} <= links(out, "locatedIn")
    assert "金坛区" not in names(out)


def test_a_table_whose_one_cell_holds_every_party_pairs_them_all():
    """序号｜签约各方｜合作内容｜对接团员 / 1｜某大学；某公司；某公司｜…｜某某: each pair of a row's parties cooperates,
    the member of the broker column and the team the paragraph above credits brokered every party, and a
    district before its subdistrict (海门区三厂街道) is no party."""
    out = run("本次签约的3个项目均由海门区第十五批科技镇长团团员前期对接、牵线促成。签约项目如下：\n\n"
              "序号｜签约各方｜合作内容｜对接团员\n"
              "1｜南通大学；江苏某桥建材科技有限公司；海门某泰管桩有限公司｜构件技术攻关（三方协议）｜邢某\n"
              "2｜江南大学；海门区三厂街道｜共建实训基地｜姚某琪\n\n"
              "注：邢某，南通大学土木工程学院副教授；姚某琪，江南大学食品学院研究员。")
    pairs = links(out, "collaboratesWith")
    assert {("南通大学", "江苏某桥建材科技有限公司"), ("南通大学", "海门某泰管桩有限公司"),
            ("江苏某桥建材科技有限公司", "海门某泰管桩有限公司"), ("江南大学", "三厂街道")} <= pairs
    assert ("江南大学", "海门区") not in pairs
    brokered = links(out, "brokered")
    assert {("邢某", "海门某泰管桩有限公司"), ("姚某琪", "江南大学"),
            ("海门区第十五批科技镇长团", "江苏某桥建材科技有限公司")} <= brokered


def test_a_sentence_that_opens_on_a_name_and_its_university_introduces_a_person():
    """注：对接团员均为…成员。韩某涛，南航机电学院副教授，挂职…: the name after the full stop is a member's."""
    out = run("注：对接团员均为海门区第十五批科技镇长团成员。韩某涛，南航机电学院副教授，挂职海门港新区管委会副主任。")
    assert "韩某涛" in names(out, "Person")
    assert ("韩某涛", "南京航空航天大学机电学院") in links(out, "affiliatedWith")


def test_every_body_a_role_follows_in_a_persons_brackets_is_theirs():
    """主持人：朱某昊（高邮市人民政府副市长、市科技镇长团团长，扬州大学机械工程学院教授）: the post's body and the
    home one are both where the person works."""
    out = run("主持人：朱某昊（高邮市人民政府副市长、市科技镇长团团长，扬州大学机械工程学院教授）")
    assert {("朱某昊", "扬州大学机械工程学院"), ("朱某昊", "高邮市政府")} <= links(out, "affiliatedWith")


def test_an_agendas_signing_items_pair_their_parties_and_credit_the_team():
    """15:40—16:10　签约仪式（以下签约项目均由市科技镇长团团员牵线对接）/ 1．某大学　　某公司: the parties of each item
    cooperate and the team brokered them; a sentence item (2．A与B签订…) and an item of one party are not read so."""
    out = run("高邮市第十五批科技镇长团产学研对接会议程\n\n"
              "15:40—16:10　签约仪式（以下签约项目均由市科技镇长团团员牵线对接）\n"
              "　　1．扬州大学　　高邮市人民政府\n　　　　全面战略合作协议\n"
              "　　2．江南大学食品学院　　高邮市某乡禽蛋食品有限公司　　江苏某邮蛋业有限公司\n"
              "　　3．扬州大学高邮某光源产业技术研究院揭牌\n"
              "16:10—17:10　分组对接\n　　1．南京理工大学　　江苏某瑞新能源科技有限公司\n")
    pairs = links(out, "collaboratesWith")
    pairs |= {(b, a) for a, b in pairs}  # (symmetric)
    assert {("扬州大学", "高邮市政府"), ("江南大学食品学院", "江苏某邮蛋业有限公司"),
            ("高邮市某乡禽蛋食品有限公司", "江苏某邮蛋业有限公司")} <= pairs
    assert ("高邮市第十五批科技镇长团", "高邮市某乡禽蛋食品有限公司") in links(out, "brokered")
    assert not {p for p in pairs if "南京理工大学" in p}  # (a group's members meeting under 分组对接: no signing)


def test_a_team_on_a_line_of_its_own_heads_the_member_rows_below_it():
    """A commendation's roster grouped under team lines (武进区科技镇长团 / 徐州市邳州市科技镇长团, then 某某　某大学，挂职…):
    each member belongs to the team of the line above their row."""
    out = run("二、优秀团员（按所在科技镇长团排列）\n\n昆山市科技镇长团\n祁某峰　东南大学，挂职昆山市副市长、科技镇长团团长\n\n"
              "武进区科技镇长团\n柏某川　南京航空航天大学机电学院，挂职武进区科技局副局长\n\n"
              "徐州市邳州市科技镇长团\n晏某飞　中国矿业大学，挂职邳州市邳城镇副镇长\n")
    member = links(out, "memberOf")
    assert {("柏某川", "武进区科技镇长团"), ("晏某飞", "邳州市科技镇长团")} <= member
    assert not {(p, t) for p, t in member if p != "祁某峰" and t.startswith("昆山")}


def test_a_roster_tables_team_column_names_each_members_team():
    """| 序号 | 姓名 | 性别 | 所在团 | 派出单位及职务 | 挂职职务 |: each row's member belongs to (and, as 团长, leads) the
    team of the row's own cell, not the city's group the notice is about; 封 is a surname."""
    out = run("关于南通市第十五批科技镇长团拟推荐表彰对象的公示\n\n"
              "| 序号 | 姓名 | 性别 | 所在团 | 派出单位及职务 | 挂职职务 |\n|---|---|---|---|---|---|\n"
              "| 1 | 岑某言 | 男 | 海安市科技镇长团 | 江南大学物联网工程学院副院长、教授 | 海安市副市长、团长 |\n"
              "| 2 | 封某桐 | 女 | 如皋市科技镇长团 | 南通大学化学化工学院教授 | 如皋市科技局副局长 |\n")
    assert {("岑某言", "海安市第十五批科技镇长团"), ("封某桐", "如皋市第十五批科技镇长团")} <= links(out, "memberOf")
    assert ("岑某言", "海安市第十五批科技镇长团") in links(out, "leads")
    assert not {p for p, t in links(out, "memberOf") if t.startswith("南通市")}


def test_a_listed_members_own_words_name_their_team_over_the_articles():
    """A city's digest of its honoured members (【卓某帆】…/卓某帆，某大学…教授，挂职大丰区副区长、大丰区科技镇长团团长。):
    each belongs to (and leads) the team their item names, not the city's group the article is about."""
    out = run("盐城市第十五批科技镇长团优秀团员先进事迹摘编\n\n【卓某帆】把实验室搬进园区\n\n"
              "卓某帆，南京航空航天大学材料科学与技术学院教授，挂职大丰区副区长、大丰区科技镇长团团长。到任后，他走访企业180余家。\n\n"
              "【温某宁】田埂上的博士镇长\n\n温某宁，南京农业大学资源与环境科学学院副教授，挂职东台市弶港镇副镇长，是东台市科技镇长团团员。")
    assert {("卓某帆", "大丰区第十五批科技镇长团"), ("温某宁", "东台市第十五批科技镇长团")} <= links(out, "memberOf")
    assert ("卓某帆", "大丰区第十五批科技镇长团") in links(out, "leads")
    assert not {p for p, t in links(out, "memberOf") if t.startswith("盐城市")}


def test_the_provincial_academys_short_forms_name_it_and_its_institutes():
    """省农科院 is 江苏省农业科学院, and 省农科院园艺研究所 is its institute (a research institute, named in full);
    a 研究院 the academy built with a town (江苏省农科院某河花木产业研究院) stays a platform."""
    out = run("团员来自南农、省农科院等单位。小院引进了省农科院园艺研究所选育的品种。"
              "江苏省农业科学院与新河镇签约共建“江苏省农科院某河花木产业研究院”。")
    assert {"江苏省农业科学院", "江苏省农业科学院园艺研究所"} <= names(out, "ResearchInstitute")
    assert "江苏省农科院某河花木产业研究院" in names(out, "Platform")


def test_farms_and_cooperatives_are_named_only_where_a_name_is_given():
    """三仓镇的某香家庭农场 is 某香家庭农场; 某丰家庭农场农场主刘某 is the farm and its farmer; 共有农民专业合作社300家 and
    …获评国家农民合作社示范社 name no cooperative."""
    out = run("团员走访了港镇的江苏某沃农业科技有限公司、三仓镇的某香家庭农场。在戴窑镇，某丰家庭农场农场主刘某根捧着稻谷。"
              "全县共有农民专业合作社300家，某岭茶叶专业合作社获评国家农民合作社示范社。")
    firms = names(out, "Enterprise")
    assert {"某香家庭农场", "某丰家庭农场", "某岭茶叶专业合作社"} <= firms
    assert not {f for f in firms if "农民" in f or f.startswith("三仓镇") or f.endswith("农场农场")}


def test_a_bulleted_data_lists_labels_are_what_its_figures_count():
    """【附：上半年主要数据】/ · 收集技术需求：63项: the label before the colon is the indicator; a record's field
    (合作金额：95万元) is not read so."""
    out = run("沭阳县第十五批科技镇长团上半年工作简报\n\n【附：上半年主要数据】\n\n· 走访企业和新型农业经营主体：156家\n"
              "· 收集技术需求：63项\n\n案例一\n合作金额：95万元\n")
    by_value = {f["value"]: f for f in out["figures"]}
    assert by_value[156]["s"] == by_value[63]["s"] == "沭阳县第十五批科技镇长团"
    assert by_value[63]["indicator"] == "收集技术需求"
    assert 950000 not in by_value


def test_a_first_person_account_is_its_bylines_or_closing_notes_writer():
    """A member's account that opens 我作为某大学选派的干部，加入…团 under a byline (作者：蒋某): 我 is the writer,
    who joined the team and is the closing note's 作者系…教授; a diary closing （作者顾某，…讲师，现为…团成员…）: the same."""
    out = run("矿大人在基层｜一名科技镇长团团员的365天\n\n作者：蒋某\n\n2023年夏天，我作为中国矿业大学选派的干部，"
              "加入邳州市第十五批科技镇长团。\n\n一年来，我个人走访企业60余家。\n\n（作者系中国矿业大学材料与物理学院教授）")
    assert ("蒋某", "邳州市第十五批科技镇长团") in links(out, "memberOf")
    assert ("蒋某", "中国矿业大学材料与物理学院") in links(out, "affiliatedWith")
    assert subject_by_value(out)[60] == "蒋某"
    out = run("挂职日记｜11月7日　雨\n\n11月7日　雨\n上午去海安高新区走访企业。我当场给学院的老师打了电话。\n\n"
              "（作者顾某泽，南通大学机械工程学院讲师，现为海安市第十六批科技镇长团成员，挂职海安高新区管委会副主任。）")
    assert ("顾某泽", "海安市第十六批科技镇长团") in links(out, "memberOf")
    assert ("顾某泽", "南通大学机械工程学院") in links(out, "affiliatedWith")


def test_my_city_in_a_county_level_citys_article_is_that_city():
    """A report of 江阴市's team (a county-level city of 无锡市): 围绕我市A、B四大产业 names 江阴市's industries, not 无锡市's."""
    out = run("江阴市第七批科技镇长团年度工作总结\n在无锡市委组织部和江阴市委市政府的领导下，我市第七批科技镇长团扎实开展工作。\n"
              "围绕我市新能源、新材料两大产业，重点做好以下工作。")
    assert {("江阴市", "新能源"), ("江阴市", "新材料")} <= links(out, "hasField")
    assert not {f for p, f in links(out, "hasField") if p == "无锡市"}


def test_going_with_the_countys_bureau_chief_names_no_county_and_no_zone():
    """10月9日，随县科技局吴局长去泗阳经济开发区: 随 is following (no Hubei 随县), and 去 ends the zone's name."""
    out = run("泗阳县第十六批科技镇长团工作笔记。10月9日，随县科技局吴局长去泗阳经济开发区，看了两家膜企业。")
    assert "泗阳经济开发区" in names(out, "Locality")
    assert not {n for n in names(out) if n.startswith("随")}


def test_an_institutes_staff_are_introduced_by_its_posts_and_by_where_they_come_from():
    """…团员、产研院项目经理骆某韬挂职…: a project manager is a role; 来自江苏集萃某某研究所的彭某安，是…团员: a person;
    产研院 is 江苏省产业技术研究院."""
    out = run("江苏省产业技术研究院选派骨干挂职。盱眙县第十六批科技镇长团团员、产研院项目经理骆某韬挂职盱眙县科技局副局长。"
              "来自江苏集萃有机光电技术研究所的彭某安，是连云港市灌云县第十六批科技镇长团团员。")
    assert {"骆某韬", "彭某安"} <= names(out, "Person")
    assert ("彭某安", "灌云县第十六批科技镇长团") in links(out, "memberOf")
    assert ("骆某韬", "江苏省产业技术研究院") in links(out, "affiliatedWith")


def test_hospitals_a_universitys_are_its_units_and_a_countys_an_organisation():
    """徐州医科大学附属医院 and 苏大附一院 (苏州大学附属第一医院) are units of their universities; 睢宁县人民医院 and
    连云港市第一人民医院 are organisations (typed as the writers type them), which can cooperate."""
    out = run("徐医附院与睢宁县人民医院共建远程心电诊断中心。苏大附一院专家陆某远来昆山。南医大二附院和连云港市第一人民医院签约。")
    assert {"徐州医科大学附属医院", "苏州大学附属第一医院", "南京医科大学第二附属医院"} <= names(out, "AcademicUnit")
    assert {"睢宁县人民医院", "连云港市第一人民医院"} <= names(out, "ResearchInstitute")
    assert ("苏州大学附属第一医院", "苏州大学") in links(out, "partOf")
    pairs = links(out, "collaboratesWith")
    assert {("徐州医科大学附属医院", "睢宁县人民医院")} <= pairs | {(b, a) for a, b in pairs}


def test_a_sum_spelt_with_yi_or_wan_inside_it_is_one_number():
    """一亿零三百万元 is 103,000,000 (not 一亿 and a stray 三百万), 1亿3000万元 130,000,000, 一万零五百 10,500; a trailing
    万 stays a multiplier (两千六百万元)."""
    assert (to_number("一亿零三百万"), to_number("1亿3000万"), to_number("一万零五百")) == (103_000_000, 130_000_000, 10_500)
    out = run("江都区第十六批科技镇长团促成项目五十二项，合同金额一亿零三百万元；获批资金两千六百万元。")
    assert {f["value"] for f in out["figures"] if f["unit"] == "CNY"} == {103_000_000, 26_000_000}


def test_an_item_that_opens_on_a_members_name_gives_them_its_figures():
    """【分账】/ ——林某瑶为仙女镇企业对接江苏大学，促成合作8项，合同额近九百万元；: the member's, not the team's."""
    out = run("江都区第十六批科技镇长团一年工作纪实。团员林某瑶，江苏大学副教授，挂职仙女镇副镇长。\n\n【分账】\n"
              "——林某瑶为仙女镇企业对接江苏大学，促成合作8项，合同额近九百万元；\n——全团组织对接活动30余场。")
    by_value = subject_by_value(out)
    assert by_value[8] == by_value[9_000_000] == "林某瑶"
    assert by_value[30] == "江都区第十六批科技镇长团"


def test_no_module_of_the_extractor_assigns_a_top_level_name_twice():
    """A second ``_SOME_RE = …`` at module level silently replaces the first for every reader above it (it
    happened once: a new regex took an older one's name and broke a platform reader without any error)."""
    import ast
    from pathlib import Path

    import kg.extract

    twice = []
    for path in sorted(Path(kg.extract.__file__).parent.glob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name):
                    if t.id in seen:
                        twice.append(f"{path.name}: {t.id}")
                    seen.add(t.id)
    assert not twice, twice


def test_a_firm_said_to_stand_in_a_zone_is_in_that_zone():
    """某某光电坐落在常州市武进区的武进国家高新技术产业开发区: the zone, the most specific place said."""
    out = run("江苏某曜光电科技有限公司坐落在常州市武进区的武进国家高新技术产业开发区，主营背光模组。")
    assert ("江苏某曜光电科技有限公司", "武进国家高新技术产业开发区") in links(out, "locatedIn")


def test_a_bare_zone_word_before_a_firm_is_the_zone_named_before():
    """研究院落户兴化经济开发区。…与开发区企业X签订…: X is in the zone the bare 开发区 stands for."""
    out = run("兴化市第十五批科技镇长团推动江南大学共建某某健康食品产业研究院，研究院落户兴化经济开发区。"
              "团长刘某坚还牵线江苏大学能源与动力工程学院与开发区企业江苏某锐新能源装备有限公司签订技术合作协议。")
    assert ("江苏某锐新能源装备有限公司", "兴化经济开发区") in links(out, "locatedIn")


def test_a_national_high_tech_zones_short_name_is_its_full_name():
    """武进国家高新技术产业开发区 … 武进国家高新区: one zone, the short form its alias (国家 is of the kind)."""
    out = run("江苏某曜光电科技有限公司位于武进国家高新技术产业开发区。团员裴某远走访了武进国家高新区的企业。")
    places = {e["name"]: e["aliases"] for e in out["entities"] if e["type"] == "Locality"}
    assert "武进国家高新区" in places["武进国家高新技术产业开发区"] and "武进国家高新区" not in places


def test_a_member_given_as_an_example_arranged_the_deal():
    """比如团员、某大学副教授鲍某，受聘为X科技副总后，…并促成A与X共建…: the member, not the team."""
    out = run("金坛区第十六批科技镇长团团员有8人。比如团员、常州大学材料科学与工程学院副教授鲍某阳，受聘为常州某坤储能材料有限公司"
              "科技副总后，帮助企业解决了批次一致性问题，并促成常州大学与某坤储能共建“某某储能联合研发中心”。")
    assert ("鲍某阳", "常州大学") in links(out, "brokered")
    assert ("金坛区第十六批科技镇长团", "常州大学") not in links(out, "brokered")


def test_a_deal_arranged_by_whose_efforts_is_that_persons():
    """在团长吴某宇牵头推动下…, 在她的积极争取下…, 经其对接…: the person the phrase names or points to."""
    out = run("泰兴市第十五批科技镇长团到任一年。在团长吴某宇牵头推动下，南京工业大学与泰兴经济开发区共建某某精细化工中试基地。")
    assert ("吴某宇", "南京工业大学") in links(out, "brokered")
    out = run("宿豫区第十六批科技镇长团到任一年。团员符某岚挂职区工信局副局长。“改造后，我们产线换型的时间缩短了一半。”"
              "公司副总经理邹某涛说。在她的积极争取下，南京邮电大学与宿豫经济开发区签约。")
    assert ("符某岚", "南京邮电大学") in links(out, "brokered")
    assert ("邹某涛", "南京邮电大学") not in links(out, "brokered")
    out = run("扬州市第十五批科技镇长团团员童某欣挂职农业农村局副局长。经其对接，扬州某禾生态农业有限公司与南京土壤所签订技术服务合同。")
    assert ("童某欣", "扬州某禾生态农业有限公司") in links(out, "brokered")


def test_a_page_in_traditional_characters_is_read_through_its_simplified_copy():
    """蘇州大學, 吳江區第十五批科技鎮長團: the names a simplified page would give, with the page's own writing
    among their aliases, and the evidence as the page writes it."""
    text = ("吳江區第十五批科技鎮長團團長周某衡來自蘇州大學。團員葉某萱促成蘇州大學與江蘇某綺新材料科技有限公司"
            "簽訂技術開發合同，金額180萬元。")
    out = run(text)
    by_name = {e["name"]: e for e in out["entities"]}
    assert "蘇州大學" in by_name["苏州大学"]["aliases"]
    assert "吳江區第十五批科技鎮長團" in by_name["吴江区第十五批科技镇长团"]["aliases"]
    assert ("吴江区第十五批科技镇长团", "苏州大学") in links(out, "memberInstitution")
    assert any("江蘇某綺新材料科技有限公司" in e["aliases"] for e in out["entities"] if e["type"] == "Enterprise")
    assert all(r["evidence"] in text for r in out["relations"])
    assert 1_800_000 in subject_by_value(out)


def test_a_foreign_firms_name_starts_after_its_country_and_its_kind():
    """以色列某某创新伙伴公司 (not 色列…: 以 is no stop word inside 以色列), 中德合资企业某某（太仓）有限公司,
    某某精密株式会社; 供应 stops a name (产品供应某某公司) but 供应链 is a name's word."""
    out = run("武进区第十五批科技镇长团牵线以色列某瑞亚创新伙伴公司与常州某驰新能源汽车有限公司签订技术许可协议。"
              "中德合资企业某恩智能传动（太仓）有限公司与南京理工大学签订合作协议。"
              "盐城某晟精密株式会社与江苏大学签约。产品供应南京某禾供应链管理有限公司。")
    firms = names(out, "Enterprise")
    assert {"某瑞亚创新伙伴公司", "某恩智能传动（太仓）有限公司", "盐城某晟精密株式会社", "南京某禾供应链管理有限公司"} <= firms
    assert not any(n.startswith(("色列", "中德", "合资", "供应")) for n in firms)


def test_a_sino_foreign_park_with_its_city_in_brackets_is_a_zone():
    """中韩（盐城）产业园: one zone, as 中国（南京）软件谷 is."""
    out = run("亭湖区第十五批科技镇长团走访了中韩（盐城）产业园，对接园区企业需求。")
    assert "中韩（盐城）产业园" in names(out, "Locality")


def test_each_party_branch_of_a_list_signs_with_the_party_after_yu():
    """A学院党委、常州市武进区某镇党委与C公司党支部…签约: A signs with C (the branches stand for their bodies, the
    city and district only qualify the town)."""
    out = run("6月27日，江苏理工学院机械工程学院党委、常州市武进区礼嘉镇党委与常州某驰精工机械有限公司党支部在礼嘉镇举行签约仪式。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江苏理工学院机械工程学院", "常州某驰精工机械有限公司") in pairs
    assert ("礼嘉镇", "常州某驰精工机械有限公司") in pairs


def test_a_home_body_after_the_words_for_it_is_no_firm():
    """推动团员派出单位东南大学、常州大学等与企业结对: the universities, not a firm named 团员派出单位东南大学."""
    out = run("武进区第十五批科技镇长团下一步将推动团员派出单位东南大学、常州大学等与更多镇村、企业结对。")
    assert not any("单位" in n for n in names(out))
    assert {"东南大学", "常州大学"} <= names(out, "University")


def test_a_pairing_lists_rows_pair_their_bodies_and_the_team_above_brokered_them():
    """经某团牵线对接，确定以下结对： / 序号｜高校院系党组织｜镇党组织｜企业党组织 / 1｜A学院党委｜B镇党委｜C公司党支部:
    the three cooperate two by two, C is in B, the team brokered each; a dash list of the same is read alike."""
    table = ("经张家港市第十五批科技镇长团牵线对接，确定以下“校地企”支部共建结对。\n\n"
             "序号｜高校院系党组织｜镇（区）党组织｜企业党组织\n"
             "1｜江苏科技大学冶金与材料工程学院党委｜锦丰镇党委｜张家港某铄特钢制品有限公司党支部\n"
             "2｜苏州大学纺织与服装工程学院教工第二党支部｜塘桥镇党委｜张家港市某丰纺织科技有限公司党支部\n")
    dashes = ("江都区第十六批科技镇长团推动团员派出院系党组织与挂职镇党委、镇内企业党支部结对：\n"
              "▶ 河海大学机电工程学院党委—大桥镇党委—江苏某迅电力设备有限公司党支部\n"
              "▶ 省农科院相关研究所党支部—小纪镇党委—江苏小纪某丰农业科技有限公司党支部\n")
    out = run(table)
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert {("江苏科技大学冶金与材料工程学院", "锦丰镇"), ("江苏科技大学冶金与材料工程学院", "张家港某铄特钢制品有限公司"),
            ("锦丰镇", "张家港某铄特钢制品有限公司"), ("苏州大学纺织与服装工程学院", "塘桥镇")} <= pairs
    assert ("张家港某铄特钢制品有限公司", "锦丰镇") in links(out, "locatedIn")
    assert ("张家港市第十五批科技镇长团", "苏州大学纺织与服装工程学院") in links(out, "brokered")
    out = run(dashes)
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("河海大学机电工程学院", "江苏某迅电力设备有限公司") in pairs
    assert ("江苏省农业科学院", "江苏小纪某丰农业科技有限公司") in pairs
    assert ("江都区第十六批科技镇长团", "大桥镇") in links(out, "brokered")
    assert not any("相关" in n for n in names(out))


def test_a_person_named_without_a_title_is_found_by_what_they_did():
    """卜某岚到丁蜀镇挂职副镇长…, 在卜某岚牵线下…, 团里唯一来自科研院所的蔺某远，是…: persons no title introduces;
    在全团推动下 names none."""
    out = run("宜兴市第十五批科技镇长团到任一年。卜某岚到丁蜀镇挂职副镇长的第一周，就把镇上的紫砂企业跑了个遍。"
              "在卜某岚牵线下，江南大学设计学院与某甄陶瓷共建实验室。团里唯一来自科研院所的蔺某远，是南京土壤所副研究员。"
              "在全团推动下，东南大学与宜兴市政府签约。")
    assert {"卜某岚", "蔺某远"} <= names(out, "Person") and "全团" not in names(out)
    assert ("卜某岚", "江南大学设计学院") in links(out, "brokered")


def test_a_foreign_university_and_institute_are_known_by_name():
    """芬兰阿尔托大学, 韩国电子通信研究院: the partners of Sino-foreign deals, from the gazetteer."""
    out = run("海安市第十五批科技镇长团牵线芬兰阿尔托大学、韩国电子通信研究院与江苏某纬丝绸科技有限公司签订合作协议。")
    assert "阿尔托大学" in names(out, "University") and "韩国电子通信研究院" in names(out, "ResearchInstitute")
    assert ("海安市第十五批科技镇长团", "阿尔托大学") in links(out, "brokered")


def test_postdoctoral_is_no_title_after_a_name():
    """人力资源社会保障部、全国博士后管委会: 博士后 is no 博士 after a name (全国 is none)."""
    out = run("近日，人力资源社会保障部、全国博士后管委会批准江苏某源储能科技有限公司设立博士后科研工作站。")
    assert not names(out, "Person")


def test_a_funded_projects_table_pairs_each_applicant_with_its_partner():
    """序号｜项目名称｜申报单位｜合作单位｜…: each row's applicant and partner cooperate."""
    out = run("2024年度武进区科技镇长团产学研合作项目拟立项名单公示\n\n"
              "序号｜项目名称｜申报单位｜合作单位｜拟资助金额（万元）\n"
              "1｜谐波减速器柔轮疲劳寿命提升技术研究｜常州某驰精密传动有限公司｜南京航空航天大学｜30\n"
              "2｜印染废水膜法回用成套装备研制｜江苏某泓环境工程有限公司｜江南大学｜18\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert {("常州某驰精密传动有限公司", "南京航空航天大学"), ("江苏某泓环境工程有限公司", "江南大学")} <= pairs


def test_a_name_whose_bracket_opens_on_a_members_role_is_a_member():
    """联系人：严某卓（团员，南京工业大学化工学院教授）: a member of the article's team, working at the school."""
    out = run("宜兴市第十五批科技镇长团组织后方高校成果展区。\n联系人：严某卓（团员，南京工业大学化工学院教授）\n")
    assert "严某卓" in names(out, "Person")
    assert ("严某卓", "宜兴市第十五批科技镇长团") in links(out, "memberOf")
    assert ("严某卓", "南京工业大学化工学院") in links(out, "affiliatedWith")


def test_the_verb_huitong_before_a_county_team_is_no_county():
    """我局会同县科技镇长团进行了核查: 会同 (together with) and the county's own team, not Hunan's 会同县."""
    out = run("沭阳县第十五批科技镇长团到任。您反映的问题我局高度重视，会同县科技镇长团进行了核查。")
    assert "会同县" not in names(out, "Locality")
    assert not any("会同" in t for t in names(out, "Team"))


def test_a_known_member_after_jing_arranged_the_deal():
    """经方某帆对接，A与B签订…: the member named after 经 arranged it, though another person was named last."""
    out = run("某某组培技术服务中心（以下简称“中心”）位于新河镇，由南京林业大学与新河镇签约共建。"
              "沭阳县第十五批科技镇长团团员、南京林业大学林草学院副教授方某帆挂职新河镇副镇长，兼任中心负责人。"
              "经核实，9月中旬中心技术人员随方某帆赴南京参加培训，值班电话无人接听。\n"
              "12月8日｜县科技镇长团团长魏某国（挂职沭阳县副县长，来自江苏师范大学）带领团员赴南京林业大学｜"
              "县科技镇长团、南京林业大学\n"
              "12月12日｜经方某帆对接，沭阳县某盈园艺有限公司与南京林业大学林草学院签订技术服务协议｜"
              "某盈园艺、南京林业大学林草学院\n")
    assert {("方某帆", "沭阳县某盈园艺有限公司"), ("方某帆", "南京林业大学林草学院")} <= links(out, "brokered")


def test_a_home_after_laizi_inside_the_bracket_after_a_name():
    """团长魏某国（挂职沭阳县副县长，来自江苏师范大学）: where the leader works."""
    out = run("沭阳县第十五批科技镇长团到任。县科技镇长团团长魏某国（挂职沭阳县副县长，来自江苏师范大学）带领团员赴南京林业大学。")
    assert ("魏某国", "江苏师范大学") in links(out, "affiliatedWith")


def test_a_seconded_cadre_is_a_role_before_a_name():
    """…团员、江苏大学挂职干部韩某明（挂职司徒镇副镇长）: 挂职干部 introduces the member."""
    out = run("丹阳市第十五批科技镇长团团员、江苏大学挂职干部韩某明（挂职司徒镇副镇长）到岗。")
    assert ("韩某明", "丹阳市第十五批科技镇长团") in links(out, "memberOf")
    assert ("韩某明", "江苏大学") in links(out, "affiliatedWith")


def test_the_programmes_organisers_send_no_member():
    """科技镇长团是由省委组织部、省科技厅选派高校院所科技人才…的工作载体: no member's home."""
    out = run("武进区第十五批科技镇长团于2022年9月到任。科技镇长团是由省委组织部、省科技厅选派高校院所科技人才到地方挂职服务的工作载体。")
    assert not links(out, "memberInstitution")


def test_bringing_two_together_to_meet_is_brokering_without_cooperation():
    """牵线A与B对接: both brokered; the two have not cooperated yet, until 双方签订 in the next sentence."""
    out = run("大丰区第十六批科技镇长团到任。团员季某伟走访江苏某舟海工装备有限公司，并牵线盐城工学院材料科学与工程学院与该公司对接。")
    assert {("季某伟", "江苏某舟海工装备有限公司"), ("季某伟", "盐城工学院材料科学与工程学院")} <= links(out, "brokered")
    assert not links(out, "collaboratesWith")
    out = run("大丰区第十六批科技镇长团到任。团员季某伟走访江苏某舟海工装备有限公司，并牵线盐城工学院材料科学与工程学院与该公司对接。"
              "6月18日，双方签订协议，共建“某某装备防腐联合实验室”。")
    assert ("盐城工学院材料科学与工程学院", "江苏某舟海工装备有限公司") in links(out, "collaboratesWith")
    assert ("某某装备防腐联合实验室", "江苏某舟海工装备有限公司") in links(out, "hostedBy")


def test_visiting_a_universitys_staff_is_no_visit_to_the_university():
    """看望慰问我校挂职干部: the seconded staff are visited, not their university."""
    out = run("南京邮电大学新闻网讯 1月8日，校党委副书记聂某华带队赴泰兴市看望慰问南京邮电大学挂职干部，并走访了江苏某禾高分子材料有限公司。")
    assert ("聂某华", "南京邮电大学") not in links(out, "visited")
    assert ("聂某华", "江苏某禾高分子材料有限公司") in links(out, "visited")


def test_a_kind_of_cooperative_after_yijia_is_no_name():
    """我是草庙镇一家蔬菜种植合作社的负责人: a kind of co-operative; 东台市某源果蔬专业合作社 is one."""
    assert not names(run("我是草庙镇一家蔬菜种植合作社的负责人。"), "Enterprise")
    assert "东台市某源果蔬专业合作社" in names(run("东台市某源果蔬专业合作社今年获评示范社。"), "Enterprise")


def test_building_a_lab_with_a_university_names_no_platform():
    """想和盐城工学院合作建实验室: no platform named 盐城工学院合作建实验室."""
    assert not names(run("标题：想和盐城工学院合作建实验室，有什么支持？"), "Platform")


def test_welcoming_your_firm_names_no_firm():
    """欢迎贵公司报名参加: the firm addressed, no firm named 欢迎贵公司."""
    assert not names(run("4月25日，镇长团还将在保税区举办新材料产学研对接会，欢迎贵公司报名参加。"), "Enterprise")


def test_a_patent_table_pairs_each_assignor_with_its_assignee_and_broker():
    """序号	专利名称	…	转让方（许可方）	受让方（被许可方）	…	对接团员: each row's two parties cooperate and
    the member named brokered both."""
    out = run("大丰区第十五批科技镇长团2023年度促成专利转让项目公示\n\n一、对接团员\n"
              "梅某川，江苏大学材料科学与工程学院副教授，挂职大丰区科技局副局长；\n"
              "顾某，扬州大学食品科学与工程学院讲师，挂职大中街道办事处副主任。\n\n二、项目清单\n"
              "序号\t专利名称\t转让方（许可方）\t受让方（被许可方）\t金额（万元）\t对接团员\n"
              "1\t一种风电叶片前缘防护涂层\t江苏大学\t江苏某港风电装备有限公司\t35\t梅某川\n"
              "2\t一种秸秆基可降解育苗钵\t南京林业大学\t大丰某禾生物材料有限公司\t26\t顾某\n")
    assert {("梅某川", "江苏大学"), ("梅某川", "江苏某港风电装备有限公司"),
            ("顾某", "南京林业大学"), ("顾某", "大丰某禾生物材料有限公司")} <= links(out, "brokered")


def test_a_verb_before_a_bare_development_zone_is_no_zones_name():
    """以独占许可方式授权开发区的…: no zone named 独占许可方式授权开发区."""
    out = run("沭阳经济技术开发区。南京工业大学将该专利以独占许可方式授权开发区的江苏某林新材料有限公司实施。")
    assert not any("授权" in n for n in names(out, "Locality"))


def test_a_governments_press_office_is_one_agency():
    """镇江市人民政府新闻办公室举行新闻发布会: the press office, not the government."""
    out = run("镇江市人民政府新闻办公室举行新闻发布会，介绍镇江市第十五批科技镇长团工作情况。")
    assert "镇江市人民政府新闻办公室" in names(out, "GovernmentAgency")


def test_a_press_conference_speaker_with_a_bracket_is_the_i_of_their_turn():
    """罗某鸣（如皋团团员，…副研究员）：我…帮助A对接B…: the speaker arranged it; and 团长由…的黄某川同志担任."""
    out = run("市委组织部副部长王某琳发布：如皋市第十五批科技镇长团共9名成员，团长由来自南京理工大学的黄某川同志担任。\n"
              "南通日报记者：镇长团在氢能方面有什么作为？\n"
              "罗某鸣（如皋团团员，中国科学院大连化学物理研究所副研究员）：到任后，我走访了开发区内14家氢能企业，"
              "帮助江苏某氢动力科技有限公司与大连化物所燃料电池团队对接；还帮助如皋市某元储氢材料有限公司与"
              "上海交通大学材料科学与工程学院签订了技术开发合同。\n"
              "如皋日报记者：有哪些合作落地？\n黄某川：南理工与如皋的合作已有十多年。\n")
    assert ("黄某川", "如皋市第十五批科技镇长团") in links(out, "leads")
    assert {("罗某鸣", "江苏某氢动力科技有限公司"), ("罗某鸣", "如皋市某元储氢材料有限公司")} <= links(out, "brokered")


def test_an_intention_reached_is_no_cooperation_yet():
    """A与B达成合作意向: both brokered by the team, no cooperation; 签订合作意向书 is one."""
    out = run("如皋市第十五批科技镇长团帮助如皋市某元储氢材料有限公司与上海交通大学达成了储氢合金合作意向。")
    assert ("如皋市第十五批科技镇长团", "如皋市某元储氢材料有限公司") in links(out, "brokered")
    assert not links(out, "collaboratesWith")
    out = run("如皋市第十五批科技镇长团帮助如皋市某元储氢材料有限公司与上海交通大学签订了合作意向书。")
    assert links(out, "collaboratesWith")


def test_a_universitys_table_of_its_seconded_teachers_by_team():
    """姓名｜职称｜所在团｜挂职岗位 in a university's own news: each a member of the row's team (团长 leads it),
    working at the university whatever their post; the prose after the table is no row team's."""
    out = run("扬州大学新闻网讯 我校22名教师入选第十六批科技镇长团。\n\n"
              "姓名｜职称｜所在团｜挂职岗位\n"
              "潘某秋｜教授｜高邮团｜高邮市副市长、团长\n"
              "邢某航｜副教授｜宝应团｜宝应县科技局副局长\n\n"
              "据统计，上一批我校28名挂职教师共促成产学研合作项目140余项，推动学校与高邮市人民政府共建研究院。")
    assert {("潘某秋", "高邮市第十六批科技镇长团"), ("邢某航", "宝应县第十六批科技镇长团")} <= links(out, "memberOf")
    assert ("潘某秋", "高邮市第十六批科技镇长团") in links(out, "leads")
    assert {("潘某秋", "扬州大学"), ("邢某航", "扬州大学")} <= links(out, "affiliatedWith")
    assert not any(s == "宝应县第十六批科技镇长团" for s, _ in links(out, "brokered"))


def test_two_parties_crossed_under_a_signing_cooperate():
    """15:30　产学研合作签约 / ▸ A × B: each crossed pair signs; 成果涵盖精细化工 names no firm."""
    out = run("泰兴市第十五批科技镇长团举办科技成果发布会。\n15:30　产学研合作签约\n"
              "　▸ 江苏某澜精细化工有限公司 × 南京工业大学化工学院\n　▸ 泰兴市某禾医药科技有限公司 × 南京工业大学\n"
              "◎ 成果60余项，涵盖精细化工、生物医药、新材料\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert {("江苏某澜精细化工有限公司", "南京工业大学化工学院"), ("泰兴市某禾医药科技有限公司", "南京工业大学")} <= pairs
    assert not any("涵盖" in n for n in names(out, "Enterprise"))
    assert not links(run("参赛队伍：江苏某澜精细化工有限公司 × 南京工业大学化工学院\n"), "collaboratesWith")


def test_a_citys_designation_names_no_platform():
    """获批南通市工程技术研究中心, 入选盐城市级新型研发机构: a designation; 南通市家纺某某面料工程技术研究中心
    (家纺 opens no count) and 常州市某某智能制造研究院 are names."""
    out = run("该中心已获批南通市工程技术研究中心。某研究院入选盐城市级新型研发机构。")
    assert not names(out, "Platform")
    out = run("江苏某澜纺织品有限公司获批南通市家纺某某面料工程技术研究中心。常州市某某智能制造研究院揭牌。")
    assert {"南通市家纺某某面料工程技术研究中心", "常州市某某智能制造研究院"} <= names(out, "Platform")


def test_a_glossary_entry_on_a_platform_built_by_an_agency_and_two_partners():
    """3.X创新中心：由区政府联合A、B共同组建的新型研发机构: the three cooperate, X is hosted by A and B and
    located in the district (not in the agency), and the team, named before, joined no one."""
    out = run("我区第十六批科技镇长团共8名成员，来自盐城工学院等单位。\n\n"
              "3.大丰某某装备产业创新中心：由区政府联合盐城工学院、江苏某远海洋工程装备有限公司共同组建的新型研发机构。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("盐城工学院", "江苏某远海洋工程装备有限公司") in pairs
    assert not any(s.endswith("科技镇长团") for s, _ in pairs)
    assert {("大丰某某装备产业创新中心", "盐城工学院"),
            ("大丰某某装备产业创新中心", "江苏某远海洋工程装备有限公司")} <= links(out, "hostedBy")
    assert not any(o.endswith("政府") for _, o in links(out, "locatedIn"))


def test_a_schools_staff_named_by_title_work_at_the_school():
    """In a school's own newsletter (its issuer line the source), 副院长梁某诚教授, 讲师刘某禾 and 某某教授 with
    no other body work at the school; 总经理顾某国 does not, nor a professor of another university."""
    out = run("6月17日，学院与江苏某驰汽车零部件有限公司签约。副院长梁某诚教授与该公司总经理顾某国代表双方签约。"
              "作品由讲师刘某禾指导。项目负责人分别为陶某梅教授、贺某副教授。南京大学王某林教授作报告。我院获批项目7项。",
              source="江苏大学某某学院党政办公室", title="某某学院工作简报")
    school = "江苏大学某某学院"
    assert {("梁某诚", school), ("刘某禾", school), ("陶某梅", school), ("贺某", school)} <= links(out, "affiliatedWith")
    assert not any(s in ("顾某国", "王某林") and o == school for s, o in links(out, "affiliatedWith"))
    assert not any(o == school for _, o in links(run("副院长梁某诚教授出席。我校获批项目7项。", source="江苏大学"),
                                                  "affiliatedWith"))


def test_a_member_seconded_to_a_teams_post_after_a_time_phrase_is_its_member():
    """周某远自去年8月起挂职某市第十四批科技镇长团副团长: a time phrase, then the post in the team; 带队赴宿迁看望
    …挂职科技镇长团成员 is a visit, not a post."""
    out = run("此次合作由副教授周某远牵线促成。周某远自去年8月起挂职丹阳市第十四批科技镇长团副团长、司徒镇副镇长。")
    assert ("周某远", "丹阳市第十四批科技镇长团") in links(out, "memberOf")
    out = run("校党委副书记邵某言带队赴宿迁看望我校挂职宿迁市第十五批科技镇长团成员。")
    assert not links(out, "memberOf")


def test_a_broadcast_scripts_captioned_speakers():
    """【同期声】周某新 江苏某某有限公司总经理: the caption's name ends at its space (no firm 周某新江苏…) and works at
    the body before the post; a narration announcing 团长 makes the next captioned speaker the team's leader; a
    bracketed caption (（字幕：杜某远 某大学教授、邳州市副市长、科技镇长团团长）) lists the team's post after a local one."""
    out = run("姜堰区第十五批科技镇长团到任半年。\n【同期声】周某新 江苏某锐新材料科技有限公司总经理\n“镇长团来了两趟。”\n"
              "【解说】镇长团团长说，他们的办法其实很简单。\n【同期声】韩某宇 南京工业大学教授、姜堰区副区长\n“企业出题。”\n")
    assert {"周某新", "韩某宇"} <= names(out, "Person") and not any(n.startswith("周某新") for n in names(out, "Enterprise"))
    assert {("周某新", "江苏某锐新材料科技有限公司"), ("韩某宇", "南京工业大学")} <= links(out, "affiliatedWith")
    assert ("韩某宇", "姜堰区第十五批科技镇长团") in links(out, "leads")
    assert not any(s == "周某新" for s, _ in links(out, "memberOf"))
    out = run("| 6 | 近景 | 【同期声】（字幕：杜某远 中国矿业大学教授、邳州市副市长、科技镇长团团长）“我们是来解题的。” | 5″ |\n")
    assert ("杜某远", "中国矿业大学") in links(out, "affiliatedWith") and ("杜某远", "邳州市科技镇长团") in links(out, "leads")


def test_a_pair_then_a_comma_and_what_they_did():
    """江南大学和某某公司，共建…实验室；扬州大学和区内企业某某公司，签订…合同: each pair cooperates; a list of members
    followed by a clause that is no deal (，走访企业…) pairs no one."""
    out = run("江南大学和泰州某康生物科技有限公司，共建某康功能食品联合实验室；扬州大学和区内企业江苏某淮智能装备有限公司，"
              "签订焊接机器人技术开发合同。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert {("江南大学", "泰州某康生物科技有限公司"), ("扬州大学", "江苏某淮智能装备有限公司")} <= pairs
    assert not links(run("江南大学和扬州大学的团员，走访了江苏某淮智能装备有限公司。"), "collaboratesWith")


def test_a_demand_list_by_column_pairs_matched_rows_and_places_its_experts():
    """需求单位｜需求内容｜对接高校｜对接专家｜进展: a signed row's firm and university cooperate and the signed amount
    is the firm's; a row 对接中 is brokered by the list's team but states no cooperation; a row with empty
    cells (—｜—｜待匹配) pairs no one and does not end the table; each expert works at the row's university."""
    out = run("姜堰区第十五批科技镇长团梳理企业技术需求，现将对接情况公布如下：\n\n"
              "序号｜需求单位｜需求内容｜对接高校｜对接专家｜进展\n"
              "1｜江苏某锐机械制造有限公司｜齿轮箱降噪｜南京理工大学｜钱某为 教授｜已签订技术开发合同，金额45万元\n"
              "2｜泰州某晟智能科技有限公司｜AGV调度｜—｜—｜待匹配\n"
              "3｜姜堰某辉环保设备有限公司｜VOCs催化燃烧｜南京工业大学｜彭某亚 教授｜对接中\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江苏某锐机械制造有限公司", "南京理工大学") in pairs
    assert not any("某辉" in s or "某晟" in s for s, _ in pairs)
    assert {("钱某为", "南京理工大学"), ("彭某亚", "南京工业大学")} <= links(out, "affiliatedWith")
    team = "姜堰区第十五批科技镇长团"
    assert {(team, "姜堰某辉环保设备有限公司"), (team, "南京工业大学")} <= links(out, "brokered")
    assert subject_by_value(out).get(450000) == "江苏某锐机械制造有限公司"


def test_demand_cards_and_a_roster_that_opens_on_the_role():
    """▶某公司（环科园） / 需求：… / 对接：某大学某学院 某某教授团队 / 进展：现场签订…合同: the firm and the school
    cooperate, the article's team brokered both, the professor works at the school; 初步对接 with （某某牵线）
    is brokered by the team and the member, no cooperation; 暂未匹配 pairs no one. 团长　某某　宜兴市副市长　东南大学:
    the member works at the home cell."""
    out = run("宜兴市第十五批科技镇长团举办技术需求对接会。\n\n【团员名片】\n团长　孟某航　宜兴市副市长　东南大学\n"
              "团员　邹某哲　丁蜀镇副镇长　南京工业大学\n\n"
              "▶江苏某澜环境工程有限公司（环科园）\n需求：高盐废水蒸发结晶能耗高\n对接：东南大学能源与环境学院 韩某农教授团队\n"
              "进展：现场签订技术开发合同\n\n"
              "▶江苏某博电缆有限公司（官林镇）\n需求：电缆绝缘料国产替代\n对接：南京工业大学材料团队（邹某哲牵线）\n"
              "进展：初步对接，待企业确认技术方案\n\n"
              "▶宜兴市某研紫砂材料有限公司（丁蜀镇）\n需求：重金属快速检测\n对接：暂未匹配，需求已转交中国科学院南京土壤研究所评估\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江苏某澜环境工程有限公司", "东南大学能源与环境学院") in pairs
    assert not any("某博" in s or "某研" in s for s, _ in pairs)
    team = "宜兴市第十五批科技镇长团"
    assert {(team, "江苏某澜环境工程有限公司"), (team, "江苏某博电缆有限公司"), ("邹某哲", "江苏某博电缆有限公司"),
            ("邹某哲", "南京工业大学")} <= links(out, "brokered")
    assert not any("某研" in o for _, o in links(out, "brokered"))
    assert {("韩某农", "东南大学能源与环境学院"), ("孟某航", "东南大学"), ("邹某哲", "南京工业大学")} <= links(out, "affiliatedWith")


def test_a_roster_table_spaced_by_ideographic_spaces():
    """序号　姓名　所在团队　挂职职务　派出单位及职务 / 1　王　某　张家港市团　…: each row's name (a two-character one
    padded to three) is a member of the team of its own cell, works at its home cell and at the agency of its
    post; （团长） after the team's cell makes them its leader."""
    out = run("二、优秀团员\n\n序号　姓名　所在团队　挂职职务　派出单位及职务\n"
              "1　王　某　张家港市团　张家港市科技局副局长　南京理工大学机械工程学院副教授\n"
              "2　陈某远　常熟市团（团长）　常熟市副市长　东南大学能源与环境学院教授\n")
    assert {"王某", "陈某远"} <= names(out, "Person")
    assert {("王某", "张家港市科技镇长团"), ("陈某远", "常熟市科技镇长团")} <= links(out, "memberOf")
    assert not any(s == "王某" and "常熟" in o for s, o in links(out, "memberOf"))
    assert ("陈某远", "常熟市科技镇长团") in links(out, "leads")
    assert {("王某", "南京理工大学机械工程学院"), ("王某", "张家港市科技局"),
            ("陈某远", "东南大学能源与环境学院")} <= links(out, "affiliatedWith")


def test_a_markdown_deal_table_with_its_brokers_teams_in_brackets():
    """| 企业（所在地） | 合作高校院所 | 牵线团员（所在团） |, a Markdown rule under the header: each row's firm and
    partner cooperate, brokered by the member of the cell (潘　某: a padded name), a member of the team in
    the cell's brackets, not of the city's."""
    out = run("拟确定以下项目为无锡市第十四批科技镇长团“十佳产学研合作项目”。\n\n"
              "| 序号 | 项目名称 | 企业（所在地） | 合作高校院所 | 牵线团员（所在团） | 合同金额（万元） |\n"
              "|---|---|---|---|---|---|\n"
              "| 1 | 陶瓷基板 | 江阴某桥新材料科技有限公司（江阴） | 南京工业大学 | 林某涵（江阴团） | 420 |\n"
              "| 2 | 废水零排放 | 宜兴市某源环保装备有限公司（宜兴） | 江南大学环境与土木工程学院 | 潘　某（宜兴团） | 300 |\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert {("江阴某桥新材料科技有限公司", "南京工业大学"), ("宜兴市某源环保装备有限公司", "江南大学环境与土木工程学院")} <= pairs
    assert {("林某涵", "江阴某桥新材料科技有限公司"), ("潘某", "江南大学环境与土木工程学院")} <= links(out, "brokered")
    assert {("林某涵", "江阴市第十四批科技镇长团"), ("潘某", "宜兴市第十四批科技镇长团")} <= links(out, "memberOf")
    assert not any(o.startswith("无锡市") for _, o in links(out, "memberOf"))


def test_a_ranking_tables_rows_give_each_team_its_rank():
    """名次　团队　得分 / 1　　靖江团　　96.8: each row's team has the rank of its first cell; the score is no figure."""
    out = run("泰州市第十五批科技镇长团2023年度工作考核结果公示\n\n现将结果公示如下：\n\n"
              "名次　团队　　　　　得分\n1　　靖江团　　　　96.8\n2　　泰兴团　　　　95.2\n\n公示时间：2024年1月26日。")
    ranks = {(f["s"], f["value"]) for f in out["figures"] if f["unit"] == "rank"}
    assert {("靖江市第十五批科技镇长团", 1), ("泰兴市第十五批科技镇长团", 2)} <= ranks
    assert not any(f["value"] in (96.8, 95.2) for f in out["figures"])


def test_a_members_signed_report_credits_the_writer():
    """2023年度个人工作总结 / 宜兴市第十五批科技镇长团　陆某泽 / 本人系江南大学设计学院讲师…: the signed writer is a
    member of the team on their line, and what 牵线设计学院与某公司… arranged is theirs, 设计学院 being the school
    named in full before; 述职报告 under 陆某泽（扬州市江都区第十六批科技镇长团） the same."""
    out = run("2023年度个人工作总结（摘要）\n\n宜兴市第十五批科技镇长团　陆某泽\n\n"
              "本人系江南大学设计学院讲师，现挂职宜兴市丁蜀镇副镇长。一年来主要做了以下工作：\n"
              "● 牵线设计学院与镇内企业宜兴某都艺瓷有限公司共建“某某文创设计工作室”。\n")
    assert ("陆某泽", "宜兴市第十五批科技镇长团") in links(out, "memberOf")
    assert {("陆某泽", "宜兴某都艺瓷有限公司"), ("陆某泽", "江南大学设计学院")} <= links(out, "brokered")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江南大学设计学院", "宜兴某都艺瓷有限公司") in pairs
    out = run("挂职述职报告\n\n钱某岚（扬州市江都区第十六批科技镇长团）\n2024年6月\n\n各位领导、同志们：\n\n"
              "我是南京林业大学机械电子工程学院教授钱某岚，2023年8月起挂职江都区仙女镇副镇长。\n"
              "我牵线南林大机电学院与扬州某拓液压机械有限公司签订技术开发合同。\n")
    assert ("钱某岚", "江都区第十六批科技镇长团") in links(out, "memberOf")
    assert ("钱某岚", "扬州某拓液压机械有限公司") in links(out, "brokered")
    assert "南京林业大学机电学院" not in names(out, "AcademicUnit")


def test_a_members_appraisal_form_in_a_table():
    """科技镇长团挂职干部年度考核鉴定表 / 所在团组：连云港市东海县第十五批科技镇长团 / | 姓名 | 彭某鸣 | … | / 本人述职：
    我…牵线…: the form's person is a member of the team its field names and brokered what 我 arranged."""
    out = run("科技镇长团挂职干部年度考核鉴定表\n\n所在团组：连云港市东海县第十五批科技镇长团　　　　填表时间：2023年6月\n\n"
              "| 姓名 | 彭某鸣 | 性别 | 女 |\n| 原单位及职务 | 中国矿业大学材料与物理学院讲师 |\n\n本人述职：\n\n"
              "我于2022年8月到东海挂职。牵线中国矿业大学与连云港某耀石英材料有限公司签订技术合同，金额65万元。\n")
    assert ("彭某鸣", "东海县第十五批科技镇长团") in links(out, "memberOf")
    assert ("彭某鸣", "中国矿业大学材料与物理学院") in links(out, "affiliatedWith")
    assert ("彭某鸣", "连云港某耀石英材料有限公司") in links(out, "brokered")
    assert not any(s.endswith("科技镇长团") for s, _ in links(out, "brokered"))


def test_a_village_named_alone_in_a_towns_news():
    """In news about one town (丁蜀镇), 推动西某村与江南大学设计学院签订…: 西某村 is a village of that town and a party;
    a slogan's “团企村” or 驻村 names none."""
    out = run("宜兴市丁蜀镇科技副镇长推动西某村与江南大学设计学院签订村校合作协议。镇里还开展“团企村”结对，干部驻村指导。")
    assert ("西某村", "丁蜀镇") in links(out, "locatedIn")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("西某村", "江南大学设计学院") in pairs
    assert not {"团企村", "驻村"} & names(out, "Locality")


def test_a_school_named_alone_makes_no_page_the_schools_own():
    """设计学院 alone after 江南大学设计学院, in a district's news: that school, but the page is not the school's own,
    so a professor named with no body (王某林教授) is not its staff."""
    out = run("江南大学设计学院与宜兴市丁蜀镇签约。会上，王某林教授介绍了经验。设计学院与宜兴某都艺瓷有限公司共建工作室。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江南大学设计学院", "宜兴某都艺瓷有限公司") in pairs
    assert not any(s == "王某林" for s, _ in links(out, "affiliatedWith"))


def test_a_towns_page_names_its_districts_team_by_level_alone():
    """On a town's own page that names no county (在区第十五批科技镇长团团员…的牵线下, only 潘安湖街道 named), the team is
    the team of the district the town is in."""
    out = run("在区第十五批科技镇长团团员、挂职潘安湖街道办事处副主任王某清的牵线下，江苏师范大学美术学院与"
              "江苏某禾文创有限公司签订设计服务协议。")
    assert ("王某清", "贾汪区第十五批科技镇长团") in links(out, "memberOf")


def test_what_a_firm_pays_in_a_deal_is_its_own_figure():
    """合作期内某禾合作社支付设计服务费5万元: the co-operative named after 合作期内 pays, so the amount is its own
    (not the broker's), and 期内 is no part of its name."""
    out = run("在团员王某清的牵线下，江苏师范大学美术学院与马庄村某禾香包专业合作社签订协议。"
              "合作期内某禾合作社支付设计服务费5万元。")
    assert not any(n.startswith("期内") for n in names(out, "Enterprise"))
    assert subject_by_value(out).get(50000) in {"马庄村某禾香包专业合作社", "某禾合作社"}


def test_the_team_a_person_leads_or_joins_named_after_them():
    """以林某然为团长的泗阳县第十五批科技镇长团: the named person leads that team; 邵某桐挂职吴江区第十五批科技镇长团以来:
    挂职 with the team as its object makes a member."""
    out = run("林某然教授介绍了经验。信中说，以林某然为团长的泗阳县第十五批科技镇长团一年来走访企业260余家。\n"
              "邵某桐副教授介绍，邵某桐挂职吴江区第十五批科技镇长团以来，促成学院与苏州某澜纺织科技有限公司签订合同。")
    assert ("林某然", "泗阳县第十五批科技镇长团") in links(out, "leads")
    assert ("邵某桐", "吴江区第十五批科技镇长团") in links(out, "memberOf")


def test_a_members_deals_after_a_platform_they_built_are_still_theirs():
    """他牵线A与B，在沙集共建‘某中心’，促成双方签订技术开发合同3项，合同金额186万元: the platform is named in an earlier
    clause; the clause that counts opens on 促成, the member's own verb, so the count and its amount are the member's."""
    out = run("睢宁县第十五批科技镇长团团员周某洋挂职沙集镇副镇长。周某洋同志扎根一线。他牵线中国矿业大学机电工程学院与镇内的"
              "江苏某源智能家居有限公司，在沙集共建‘某某家具装备联合研发中心’，促成双方签订技术开发合同3项，合同金额186万元。")
    by_value = subject_by_value(out)
    assert by_value.get(3) == "周某洋" and by_value.get(1860000) == "周某洋"


def test_a_deal_tables_broker_cell_names_members_with_their_bodies():
    """序号	企业名称	合作高校	…	牵线人 / …	常州大学,江苏大学	…	蒋某宁（常州大学）,陆某阳（江苏大学）: each name in the broker
    cell is a member who brokered the row's parties and works at the body in their brackets; each university in the
    partner cell cooperates with the row's firm."""
    out = run("金坛区第十五批科技镇长团牵线项目清单\n序号\t企业名称\t合作高校\t项目名称\t合同金额（万元）\t牵线人\n"
              "1\t常州某沣新能源科技有限公司\t江苏大学\t电池材料工艺\t260\t陆某阳（江苏大学）\n"
              "2\t常州某睿智能装备有限公司\t常州大学,江苏大学\t视觉定位系统\t120\t蒋某宁（常州大学）,陆某阳（江苏大学）\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert {("常州某睿智能装备有限公司", "常州大学"), ("常州某睿智能装备有限公司", "江苏大学")} <= pairs
    assert {("蒋某宁", "常州某睿智能装备有限公司"), ("陆某阳", "常州某睿智能装备有限公司")} <= links(out, "brokered")
    assert {("蒋某宁", "常州大学"), ("陆某阳", "江苏大学")} <= links(out, "affiliatedWith")
    assert ("蒋某宁", "江苏大学") not in links(out, "affiliatedWith")


def test_a_leader_or_member_named_in_a_sub_teams_item_is_that_teams():
    """In a city's report, （一）东台：…。东台团围绕…，在团长、…钱某博带领下…: the team that opens the sentence is the
    leader's; （三）盐都：…。盐都团为…；团员、…陆某宁牵线…: the first team of the item's paragraph is the member's."""
    out = run("盐城市第十六批科技镇长团共有团员62名。\n\n（一）东台：聚焦主导产业。东台团围绕电子信息产业，在团长、东台市副市长（挂职）、"
              "河海大学教授钱某博带领下走访企业136家。\n\n（三）盐都：建立例会制度。盐都团为区内企业申报项目12项；团员、盐城工学院副教授"
              "陆某宁牵线本校与江苏某途汽车零部件有限公司共建研究中心。")
    assert ("钱某博", "东台市第十六批科技镇长团") in links(out, "leads")
    assert ("陆某宁", "盐都区第十六批科技镇长团") in links(out, "memberOf")
    assert ("陆某宁", "盐城市第十六批科技镇长团") not in links(out, "memberOf")


def test_a_body_opening_a_sentence_after_a_year_owns_its_figures():
    """2022—2023年度，区财政局共安排专项资金2860万元: a year (or a range of years) before the body that opens the
    sentence is a time opener like 今年, so the money is the bureau's, not the team's the article is about."""
    out = run("宿城区第十六批科技镇长团牵线校企合作项目。\n2022—2023年度，区财政局共安排科技人才专项资金2860万元。")
    assert subject_by_value(out).get(28600000) == "宿城区财政局"


def test_a_judgments_parties_and_anonymised_ones():
    """原告常州某拓智能装备有限公司（以下简称某拓公司）…驳回某拓公司的…: the party's name starts after 原告, its short
    form after 以下简称, and 驳回 is no part of it; A公司 and B大学 of a case summary are no one's names, nor is
    仲裁庭 a person."""
    out = run("原告常州某拓智能装备有限公司（以下简称某拓公司）与被告江苏理工学院技术开发合同纠纷一案。判决如下：驳回某拓公司的"
              "其他诉讼请求。\n申请人A公司与被申请人B大学签订合同，约定B大学为A公司开发系统。仲裁庭认为，合同有效。")
    firms = names(out, "Enterprise")
    assert "常州某拓智能装备有限公司" in firms
    assert not any(n.startswith(("原告", "下简称", "驳回", "申请人", "约定")) or n in ("A公司", "要求A公司") for n in firms)
    assert "仲裁庭" not in names(out, "Person")


def test_courts_and_arbitration_bodies_are_agencies_of_their_place():
    """相城区人民法院, 盐城市中级人民法院, 南通仲裁委员会 and 溱潼镇司法所 hear or mediate the teams' disputes: agencies,
    each in its place."""
    out = run("相城区人民法院与相城区科技局建立诉前调解机制。盐城市中级人民法院审结一起纠纷。南通仲裁委员会受理案件26件。"
              "溱潼镇司法所组织调解。")
    agencies = names(out, "GovernmentAgency")
    assert {"相城区人民法院", "盐城市中级人民法院", "溱潼镇司法所"} <= agencies
    assert any("仲裁委员会" in n for n in agencies)
    assert ("相城区人民法院", "相城区") in links(out, "locatedIn")


def test_our_university_before_its_school_named_alone_is_that_school():
    """On a university's page (南京邮电大学新闻网), 与我校通信与信息工程学院共建 after the school's full name: the school is the
    party (我校 its university), and 到任后他走访企业60余家 before 我校 in the same sentence is the member's, not the
    university's own tally."""
    out = run("南京邮电大学通信与信息工程学院副教授宋某禾挂职姜堰区科技局副局长。到任后他走访企业60余家，在他的牵线下，"
              "泰州某讯通信设备有限公司与我校通信与信息工程学院共建某某通信联合实验室。", source="南京邮电大学新闻网")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("泰州某讯通信设备有限公司", "南京邮电大学通信与信息工程学院") in pairs
    assert subject_by_value(out).get(60) == "宋某禾"


def test_a_roster_line_labels_its_members_body():
    """团长　　郑某博　某县副县长　　派出单位：江苏海洋大学: the line's one person works at the body its label names."""
    out = run("灌云县第十六批科技镇长团团员名单如下：\n\n团长　　郑某博　灌云县副县长　　　派出单位：江苏海洋大学\n"
              "副团长　邱　敏　灌云临港产业区管委会副主任　派出单位：南京理工大学化学与化工学院\n"
              "团员　　顾某阳　伊山镇副镇长　　　派出单位：中国药科大学\n")
    assert {("郑某博", "江苏海洋大学"), ("顾某阳", "中国药科大学")} <= links(out, "affiliatedWith")


def test_a_partner_named_after_its_town_and_de():
    """牵线江南大学食品学院与泰兴市黄桥镇的江苏某丰源食品有限公司，双方共建…: the firm is the partner; the county and
    town before 的 only say where it is."""
    out = run("团员蒋某帆牵线江南大学食品学院与泰兴市黄桥镇的江苏某丰源食品有限公司，双方共建联合实验室。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江南大学食品学院", "江苏某丰源食品有限公司") in pairs
    assert ("江南大学食品学院", "黄桥镇") not in pairs


def test_an_institutes_own_page_its_so_and_its_short_name():
    """On a page of 江苏省农业科学院蔬菜研究所: 我所副研究员吴某岚 works at that 所 (not the academy), 推动蔬菜研究所与…签订
    names it alone, 驻点 is no part of the co-operative's name, and 丰某合作社 is 兴化市戴窑镇丰某香葱专业合作社."""
    out = run("江苏省农业科学院蔬菜研究所收到表扬信，对我所副研究员、兴化市第十五批科技镇长团团员吴某岚的工作予以表扬。"
              "吴某岚推动蔬菜研究所与兴化市某岭脱水食品有限公司签订合作协议。她带领专家驻点兴化市戴窑镇丰某香葱专业合作社开展试验。"
              "丰某合作社理事长钱某福说，她一来，我们心里就有底了。", source="蔬菜研究所")
    assert ("吴某岚", "江苏省农业科学院蔬菜研究所") in links(out, "affiliatedWith")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江苏省农业科学院蔬菜研究所", "兴化市某岭脱水食品有限公司") in pairs
    firms = names(out, "Enterprise")
    assert "兴化市戴窑镇丰某香葱专业合作社" in firms and not any(n.startswith("专家") for n in firms)
    assert "丰某合作社" not in firms


def test_a_district_governments_page_naming_only_a_city_elsewhere_is_the_districts():
    """大丰区人民政府领导一周工作安排, whose only place named alone is 南京 (where a visit went): the page is the district's,
    so 区第十六批科技镇长团 is 大丰区's; 邵某帆同志为…团长，…，派出单位为河海大学 makes a person, its leader, from 河海大学."""
    out = run("大丰区人民政府领导一周工作安排\n\n赴南京农业大学对接合作 | 南京 | 邵某帆\n\n注：\n"
              "1．邵某帆同志为区第十六批科技镇长团团长，挂职任副区长，派出单位为河海大学。\n", title="大丰区人民政府领导一周工作安排")
    assert "大丰区第十六批科技镇长团" in names(out, "Team")
    assert ("邵某帆", "大丰区第十六批科技镇长团") in links(out, "leads")
    assert ("邵某帆", "河海大学") in links(out, "affiliatedWith")


def test_a_leaders_profile_and_resume():
    """领导之窗: 程某阳，男，汉族，1984年10月生… opens a résumé about that person; its dated post lines give where they
    worked (2018.01—2023.06　中国矿业大学安全工程学院教授), not its study line, and a line naming a team with a role
    makes them its leader."""
    out = run("领导之窗\n\n程某阳\n\n个人简历：\n程某阳，男，汉族，1984年10月生，江苏盐城人，工学博士，教授。\n\n"
              "2006.09—2012.06　中国矿业大学安全工程专业硕博连读\n2018.01—2023.06　中国矿业大学安全工程学院教授、博士生导师\n"
              "2023.07—　　　　 宿豫区人民政府副区长（挂职），宿迁市第十六批科技镇长团宿豫分团团长\n")
    assert ("程某阳", "中国矿业大学安全工程学院") in links(out, "affiliatedWith")
    assert ("程某阳", "中国矿业大学") not in links(out, "affiliatedWith")
    assert ("程某阳", "宿豫区第十六批科技镇长团") in links(out, "leads")


def test_a_notice_on_an_outgoing_leader_and_the_new_teams_roster():
    """周某秋同志（南通市第十五批科技镇长团如东团团长）挂职期满: 如东团 after the city's 15th team is 如东县's 15th, which
    that person led; the rows under 县第十六批科技镇长团成员及挂职岗位一览表 are the 16th team's."""
    out = run("如东县人民政府关于调整县政府领导同志工作分工的通知\n\n一、周某秋同志（南通市第十五批科技镇长团如东团团长）挂职期满，"
              "不再担任副县长（挂职）职务。\n\n二、陆某鸣同志（副县长，挂职）负责县第十六批科技镇长团日常管理工作。\n\n附件\n\n"
              "县第十六批科技镇长团成员及挂职岗位一览表\n\n序号 | 姓名 | 派出单位 | 挂职岗位 | 联系重点\n"
              "1 | 陆某鸣 | 南京工业大学 | 副县长 | 团长，全面负责\n2 | 彭某远 | 南通大学医学院 | 如东经济开发区管委会副主任 | 生命健康产业\n")
    assert ("周某秋", "如东县第十五批科技镇长团") in links(out, "leads")
    assert ("彭某远", "如东县第十六批科技镇长团") in links(out, "memberOf")
    assert ("彭某远", "如东县第十五批科技镇长团") not in links(out, "memberOf")


def test_a_universitys_report_lists_members_under_team_headings():
    """南京工业大学…年报: ▲如东县第十五批科技镇长团 heads the items below it; · 钱某瑶（生物与制药工程学院副教授，挂任…）:
    a member named before a bracket that opens with a school named alone and a title (no firm 钱某瑶（生物)."""
    out = run("南京工业大学2023年度科研工作年报\n\n2023年，我校共有14名教师在第十五批科技镇长团挂职。\n\n"
              "▲昆山市第十五批科技镇长团\n· 钱某瑶（生物与制药工程学院副教授，挂任昆山高新区科技局副局长）：推动学院与昆山高新区共建平台。\n\n"
              "▲如东县第十五批科技镇长团\n· 程某（能源科学与工程学院讲师，挂任如东县掘港街道副主任）：协助企业申报项目1项。\n",
              title="南京工业大学2023年度科研工作年报")
    assert "钱某瑶" in names(out, "Person") and not any("（" in n for n in names(out, "Enterprise"))
    assert ("程某", "如东县第十五批科技镇长团") in links(out, "memberOf")
    assert ("程某", "昆山市第十五批科技镇长团") not in links(out, "memberOf")


def test_a_rosters_last_cell_names_each_members_team():
    """序号｜姓名｜所在学院｜挂职岗位｜所在团组 / …｜邵某川｜…｜溧阳市上兴镇副镇长｜溧阳团: the team in the row's last cell (at the
    line's end, or before a role in brackets: 泗洪团（团长）) is the member's, not the article's first team."""
    out = run("常州大学第十五批科技镇长团部分成员挂职情况\n序号｜姓名｜所在学院｜挂职岗位｜所在团组\n"
              "1｜顾某阳｜石油化工学院｜泗洪县副县长｜泗洪团（团长）\n2｜邵某川｜机械与轨道交通学院｜溧阳市上兴镇副镇长｜溧阳团\n")
    assert ("邵某川", "溧阳市第十五批科技镇长团") in links(out, "memberOf")
    assert ("邵某川", "泗洪县第十五批科技镇长团") not in links(out, "memberOf")
    assert ("顾某阳", "泗洪县第十五批科技镇长团") in links(out, "leads")


def test_an_encyclopedia_entry_titled_with_a_firms_name_calls_it_the_company():
    """江苏某澜新材料科技有限公司 as the title, alone: the entry is about that firm, so 公司 in its history (经…团牵线，公司与
    南京工业大学…签订…合同) is the firm, not the customer named last."""
    out = run("江苏某澜新材料科技有限公司\n\n江苏某澜新材料科技有限公司成立于2013年5月，位于如皋高新区。主要客户包括南通某驰风电设备有限公司等。"
              "\n\n发展历程\n"
              "2016年9月　经如皋市第九批科技镇长团牵线，公司与南京工业大学材料科学与工程学院签订技术开发合同，合同金额120万元。\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江苏某澜新材料科技有限公司", "南京工业大学材料科学与工程学院") in pairs


def test_names_listed_with_their_bodies_before_a_role_word_are_members():
    """章某明（南京理工大学）、程某（扬州大学）、包某轩（江苏大学）等团员分别挂职…: each listed name is a member of the team,
    working at the body in its brackets; a list of firms in brackets before 等企业 gives no person."""
    out = run("兴化市第十五批科技镇长团共有团员8名，章某明（南京理工大学）、程某（扬州大学）、包某轩（江苏大学）等团员分别挂职戴南镇副镇长、"
              "兴化市科技局副局长。团员走访了华某（兴化）科技有限公司、戴某（泰州）公司等企业。\n")
    assert {"章某明", "程某", "包某轩"} <= names(out, "Person")
    assert ("包某轩", "江苏大学") in links(out, "affiliatedWith")
    assert ("章某明", "兴化市第十五批科技镇长团") in links(out, "memberOf")
    assert not {"华某", "戴某"} & names(out, "Person")


def test_a_members_answer_in_an_interview_is_their_own_doing():
    """仲某清：…另外，我们还牵线学校与某公司签了…: in a member's turn, what no one else is said to arrange is theirs;
    in the leader's turn (季某：…全团…促成…) and where the member names the team (团里刚牵线…), the team's."""
    out = run("对话科技镇长\n吴江区第十六批科技镇长团团员、挂职盛泽镇副镇长的东华大学纺织学院副教授仲某清接受采访。团长由苏大教授季某担任。\n"
              "记者：有哪些已经落地的合作？\n"
              "仲某清：最先谈成的是苏州锦某丝绸科技有限公司。另外，我们还牵线东华大学与吴江汇某新材料有限公司签了一份技术开发合同。"
              "最近团里刚牵线东华大学和苏州某驰纺织有限公司签约。\n"
              "季某：全团促成南京邮电大学与吴江某芯电子有限公司签订合作协议。\n")
    brokered = links(out, "brokered")
    assert ("仲某清", "吴江汇某新材料有限公司") in brokered
    assert ("仲某清", "苏州某驰纺织有限公司") not in brokered
    assert ("吴江区第十六批科技镇长团", "苏州某驰纺织有限公司") in brokered
    assert ("吴江区第十六批科技镇长团", "吴江某芯电子有限公司") in brokered


def test_a_firms_profile_page_calls_the_firm_company():
    """公司简介 - 江苏某川新材料科技有限公司 / 关于我们: the firm's own page, so its 公司 (在他的牵线下，公司与…签订…) is that firm;
    a customer it supplies (产品批量配套某舟风电装备有限公司) is named without the verb, and 下一步公司 is no firm."""
    out = run("公司简介 - 江苏某川新材料科技有限公司\n网站首页 | 关于我们 | 产品中心\n\n江苏某川新材料科技有限公司成立于2015年，"
              "产品批量配套江苏某舟风电装备有限公司等客户。\n大丰区第十五批科技镇长团团员、南京工业大学材料科学与工程学院教授冯某霖到公司调研。"
              "在他的牵线下，公司与南京工业大学材料科学与工程学院签订技术开发合同。下一步公司将与该团队继续合作。\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江苏某川新材料科技有限公司", "南京工业大学材料科学与工程学院") in pairs
    assert "江苏某舟风电装备有限公司" in names(out, "Enterprise")
    assert not {n for n in names(out, "Enterprise") if n.startswith(("产品", "下一步"))}


def test_a_deal_tables_team_column_names_each_rows_broker():
    """…｜合作高校（院所）｜合作成果｜对接团组 / B01 | 某公司 | … | 铜山团: the row's team brokered its deal, not the city
    team that the paragraph above says brought the deals about."""
    out = run("科技成果展参展指南\n本届成果展集中展示徐州市第十五批科技镇长团到任以来促成的校企合作成果。\n\n"
              "展位 | 企业名称 | 所在地 | 合作高校（院所） | 合作成果 | 对接团组\n"
              "B01 | 徐州某衡工程机械配件有限公司 | 铜山区 | 中国矿业大学机电工程学院 | 耐磨钎杆 | 铜山团\n"
              "B07 | 新沂某澈玻璃制品有限公司 | 新沂市 | 东南大学、中国建筑材料科学研究总院 | 药用玻璃管 | 新沂团\n")
    brokered = links(out, "brokered")
    assert ("铜山区第十五批科技镇长团", "徐州某衡工程机械配件有限公司") in brokered
    assert ("新沂市第十五批科技镇长团", "东南大学") in brokered
    assert not {o for s, o in brokered if s == "徐州市第十五批科技镇长团"}


def test_a_funded_projects_tab_table_names_its_brokers_and_its_grants_go_to_the_firms():
    """序号	项目名称	承担企业	合作单位	对接团员（派出单位）	所在板块	支持金额（万元）: the member in a tab cell (周某松（东华大学）) brokered
    the row's deal; the grant in the row is the firm's, also in a row that names no broker (—)."""
    out = run("关于2023年度科技镇长团产学研合作专项资金拟支持项目的公示\n常熟市第十六批科技镇长团团员对接促成以下项目。\n\n"
              "序号\t项目名称\t承担企业\t合作单位\t对接团员（派出单位）\t所在板块\t支持金额（万元）\n"
              "1\t涤纶工业丝工艺开发\t常熟市某泓化纤有限公司\t东华大学材料科学与工程学院\t周某松（东华大学）\t梅李镇\t40\n"
              "2\t芡实深加工工艺优化\t常熟市某源芡实食品有限公司\t江南大学食品学院\t—\t沙家浜镇\t16\n")
    assert ("周某松", "常熟市某泓化纤有限公司") in links(out, "brokered")
    assert ("周某松", "东华大学") in links(out, "affiliatedWith")
    by_value = subject_by_value(out)
    assert by_value.get(400000) == "常熟市某泓化纤有限公司"
    assert by_value.get(160000) == "常熟市某源芡实食品有限公司"


def test_a_towns_members_are_no_town_team_and_a_closing_clause_names_the_broker():
    """东港镇人民政府's page: 第十五批科技镇长团东港镇团员 are the district team's members at the town (锡山区, the town's
    district, though unnamed), not a team of the town; …，两个项目均由…团员、江南大学副教授韩某熙对接促成: the member
    arranged both deals."""
    out = run("东港镇人民政府2022年度部门决算说明\n其中：支付第十五批科技镇长团东港镇团员工作经费6万元；用于奖励镇内无锡某润纺织科技有限公司"
              "与江南大学纺织科学与工程学院合作开发功能性面料项目、无锡市某峰传动机械有限公司与东南大学共建研发中心，"
              "两个项目均由挂任副镇长的团员、江南大学副教授韩某熙对接促成。\n")
    assert "锡山区第十五批科技镇长团" in names(out, "Team")
    assert not {n for n in names(out, "Team") if n.startswith("东港镇")}
    brokered = links(out, "brokered")
    assert ("韩某熙", "无锡市某峰传动机械有限公司") in brokered
    assert ("韩某熙", "江南大学纺织科学与工程学院") in brokered
    assert ("无锡某润纺织科技有限公司", "东港镇") in links(out, "locatedIn")


def test_a_contact_line_names_a_member_after_the_team_across_a_gap():
    """联系人：… / 海安市第十五批科技镇长团　秦某（团员，海安高新区管委会副主任，南通大学机械工程学院副教授）　189…: the name set
    apart from the team by a gap is a member, with where they work."""
    out = run("海安市柔性引才岗位需求发布\n海安市第十五批科技镇长团牵线企业发布岗位。\n\n联系人：\n市委人才办　陆老师　0513-8888××××\n"
              "海安市第十五批科技镇长团　秦某（团员，海安高新区管委会副主任，南通大学机械工程学院副教授）　189××××5216\n")
    assert ("秦某", "海安市第十五批科技镇长团") in links(out, "memberOf")
    assert ("秦某", "南通大学机械工程学院") in links(out, "affiliatedWith")



def test_a_firm_listed_after_its_zone_and_a_member_serving_in_a_named_team():
    """走访大丰港经济开发区内江苏某沐新能源装备有限公司等企业: the firm starts after 区内; 许某在淮安市清江浦区科技镇长团挂职，…:
    the person is a member of that team."""
    out = run("大丰区第十五批科技镇长团团员们先后走访大丰港经济开发区内江苏某沐新能源装备有限公司等企业14家。\n"
              "南京信息工程大学计算机学院讲师许某在淮安市清江浦区科技镇长团挂职，促成学校与企业签订技术开发合同。\n")
    assert "江苏某沐新能源装备有限公司" in names(out, "Enterprise")
    assert not {n for n in names(out, "Enterprise") if "区内" in n}
    assert ("许某", "清江浦区第十五批科技镇长团") in links(out, "memberOf")


def test_a_departments_final_accounts_report_money_as_its_own():
    """某镇人民政府2022年度部门决算说明: the money it reports (支付…团员工作经费6万元) is the town government's spending, not
    the team's outcome; a count of the team's work stays the team's. A title without accounts keeps the team's money."""
    text = ("{title}\n锡山区第十五批科技镇长团到任以来走访企业86家。其中：支付科技镇长团团员工作经费6万元。\n")
    out = run(text.format(title="东港镇人民政府2022年度部门决算说明"), title="东港镇人民政府2022年度部门决算说明")
    by_value = subject_by_value(out)
    assert by_value.get(60000) == "东港镇政府"
    assert by_value.get(86) == "锡山区第十五批科技镇长团"
    news = run(text.format(title="东港镇人民政府召开科技工作会议"), title="东港镇人民政府召开科技工作会议")
    assert subject_by_value(news).get(60000) == "锡山区第十五批科技镇长团"


def test_a_broker_cell_with_home_and_batch_names_the_batchs_team():
    """…｜牵线团员（派出单位，批次） / …｜顾某舒（江南大学，第十四批）: the member brokered the row's deal and belongs to the
    article's team of that batch, not the team it names first."""
    out = run("关于沭阳县2023年度科技镇长团产学研合作奖补资金拟兑现名单的公示\n本年度项目分别由沭阳县第十四批科技镇长团和第十五批科技镇长团团员促成。\n\n"
              "序号｜企业名称｜合作高校院所｜合作内容｜拟兑现金额（万元）｜牵线团员（派出单位，批次）\n"
              "1｜江苏沭某花木科技有限公司｜南京林业大学｜组培快繁技术开发｜8.60｜王某川（南京林业大学，第十五批）\n"
              "2｜宿迁宇某高分子材料有限公司｜江南大学｜包装膜配方开发｜20.00｜顾某舒（江南大学，第十四批）\n")
    assert ("王某川", "沭阳县第十五批科技镇长团") in links(out, "memberOf")
    assert ("顾某舒", "沭阳县第十四批科技镇长团") in links(out, "memberOf")
    assert ("顾某舒", "宿迁宇某高分子材料有限公司") in links(out, "brokered")


def test_a_name_after_a_known_body_and_de_then_the_place_they_serve():
    """省农科院的凌某秋在分界镇，专门跑农业企业: a person of that body; 南京理工大学的成果留在了溧阳: no person (成果), nor
    我们镇工业园 a zone named 们镇."""
    out = run("泰兴市第十五批科技镇长团团员们各有分工。省农科院的凌某秋在分界镇，专门跑农业企业。南京理工大学的成果留在溧阳市。"
              "泓某我知道，就在我们镇工业园。\n")
    assert ("凌某秋", "江苏省农业科学院") in links(out, "affiliatedWith")
    assert not {n for n in names(out, "Person") if n.startswith("成果")}
    assert not {n for n in names(out) if n.startswith("们")}


def test_a_table_whose_unit_column_comes_before_its_name_column():
    """单位｜姓名｜职务 (a list of attendees, a sign-in sheet): each person works at their row's 单位; a row on the team
    (its 单位 the team, or a seconded post: 挂职, 团员, 团长) is a member's, whose home is the body named after them."""
    out = run("邗江区第十五批科技镇长团恳谈会参会名单\n\n"
              "序号｜单位｜姓名｜职务｜签名\n"
              "01｜扬州大学机械工程学院｜苗某琴｜副院长｜（已签）\n"
              "02｜邗江区第十五批科技镇长团｜隗某｜团长（南京林业大学）｜（已签）\n"
              "03｜江苏某润智能装备有限公司｜甘某昌｜总经理｜（已签）\n"
              "04｜河海大学｜钱某捷｜某镇副镇长（挂职）｜（已签）\n"
              "\n备注：请提前入场。\n")
    aff = links(out, "affiliatedWith")
    assert {("苗某琴", "扬州大学机械工程学院"), ("甘某昌", "江苏某润智能装备有限公司"), ("隗某", "南京林业大学"),
            ("钱某捷", "河海大学")} <= aff
    members = {s for s, _ in links(out, "memberOf")}
    assert {"隗某", "钱某捷"} <= members and not {"苗某琴", "甘某昌"} & members
    assert ("隗某", "邗江区第十五批科技镇长团") in links(out, "leads")


def test_a_members_labelled_item_is_their_own_account():
    """（1）团员某某（某大学，某区挂职）：走访企业40余家，牵线A与B…: the deal and the tallies are the member's, not the
    team's; 促成该中心与X签订…: the research centre named last."""
    out = run("仪征市第十五批科技镇长团年度工作交流会材料\n团员发言摘编：\n"
              "（1）团员甄某然（东南大学，仪征经济开发区挂职）：走访电线电缆企业40余家，牵线东南大学电气工程学院与江苏某缆电气有限公司"
              "共建联合实验室。\n"
              "（2）团员卜某齐（中国科学院生态环境研究中心，某镇挂职）：组织该中心专家走访企业25家，促成该中心与江苏某泉膜科技有限公司"
              "签订技术转让合同，金额150万元。\n")
    brokered = links(out, "brokered")
    assert {("甄某然", "江苏某缆电气有限公司"), ("卜某齐", "中国科学院生态环境研究中心"), ("卜某齐", "江苏某泉膜科技有限公司")} <= brokered
    assert not {o for s, o in brokered if s == "仪征市第十五批科技镇长团"}
    by_value = subject_by_value(out)
    assert by_value.get(40) == "甄某然" and by_value.get(25) == "卜某齐" and by_value.get(1500000) == "卜某齐"


def test_a_village_project_table_with_its_firms_and_supporting_schools():
    """村｜项目名称｜实施主体｜技术支撑单位｜总投资（万元）: each row's firm works with the row's school, is in the row's
    village (not a person named 戴某村) and puts in the row's investment; 助力村村有特色产业 names no village 力村村."""
    out = run("白兔镇：科技镇长团助力村村有特色产业\n今年以来，白兔镇推动村级经营主体与高校院所开展合作。\n\n"
              "序号 | 村 | 项目名称 | 实施主体 | 技术支撑单位 | 总投资（万元） | 进展\n"
              "1 | 戴某村 | 有机稻米加工线 | 句容市某韵稻米专业合作社 | 江苏农林职业技术学院 | 320 | 已投产\n"
              "2 | 唐某村 | 苗木交易平台 | 句容市某枫苗木专业合作社 | 南京林业大学 | 180 | 试运行\n")
    assert {("句容市某韵稻米专业合作社", "江苏农林职业技术学院"), ("句容市某枫苗木专业合作社", "南京林业大学")} <= links(out, "collaboratesWith")
    assert {("句容市某韵稻米专业合作社", "戴某村"), ("句容市某枫苗木专业合作社", "唐某村")} <= links(out, "locatedIn")
    assert not names(out, "Person") and "力村村" not in names(out)
    by_value = subject_by_value(out)
    assert by_value.get(3200000) == "句容市某韵稻米专业合作社" and by_value.get(1800000) == "句容市某枫苗木专业合作社"


def test_a_members_own_work_report_and_the_villages_tallies():
    """驻村第一书记任职一年工作汇报 (我叫某某…): what 我 did is the writer's, not the team's; 全村村集体收入… is the
    village's; 兴某合作社 is the cooperative named in full with its village before the brand."""
    out = run("把论文写在田埂上——驻村第一书记任职一年工作汇报\n各位领导：\n"
              "我叫韩某铭，是南京农业大学园艺学院副教授，作为第十五批科技镇长团成员来到泗洪县，挂任上塘镇副镇长，兼任垫某村第一书记。\n"
              "一年来，推动学院党委与垫某村结成共建对子，共组织主题党日12次。我牵线南京农业大学园艺学院与泗洪县垫某兴某葡萄种植专业合作社签订技术服务协议。"
              "目前，兴某合作社已引进新品种5个。2022年全村村集体经营性收入增加到61.5万元。\n汇报人：韩某铭\n",
              title="把论文写在田埂上——驻村第一书记任职一年工作汇报")
    assert ("韩某铭", "泗洪县垫某兴某葡萄种植专业合作社") in links(out, "brokered")
    assert not {o for s, o in links(out, "brokered") if s.endswith("科技镇长团")}
    by_value = subject_by_value(out)
    assert by_value.get(12) == "韩某铭" and by_value.get(615000) == "垫某村"
    firm = next(e for e in out["entities"] if e["name"] == "泗洪县垫某兴某葡萄种植专业合作社")
    assert "兴某合作社" in firm["aliases"]


def test_a_school_that_opens_its_clause_after_who_arranged_it():
    """今年3月以来，在某某的牵线下，某学院团队先后4次来调研，已与A公司、B公司签订…: the school works with both firms,
    the member brokered; 《关于与某大学共建…的请示》 names no person 关于与."""
    out = run("海门区科学技术局\n关于与东华大学共建功能纺织材料研究院的请示\n"
              "今年3月以来，在区第十五批科技镇长团团员、东华大学纺织学院副研究员黎某妍的牵线下，东华大学纺织学院团队先后4次来海门调研，"
              "已与江苏锦某家纺有限公司、海门市博某功能面料有限公司签订技术开发合同。\n")
    assert {("东华大学纺织学院", "江苏锦某家纺有限公司"), ("东华大学纺织学院", "海门市博某功能面料有限公司")} <= links(out, "collaboratesWith")
    assert ("黎某妍", "江苏锦某家纺有限公司") in links(out, "brokered")
    assert not {n for n in names(out, "Person") if n.startswith("关于")}


def test_an_approval_of_a_co_built_platform_sets_out_the_platforms_figures():
    """关于同意共建某研究院的批复: the money and targets it sets out are the platform's, not the team's; another
    article's same sentences stay the team's."""
    text = ("{title}\n一、原则同意与东华大学共建“东华大学海门某纺材料研究院”。\n"
            "二、同意首期五年安排建设经费3000万元。三、请区第十五批科技镇长团组织研究院与企业对接。研究院五年内服务企业200家以上。\n")
    title = "南通市海门区人民政府关于同意共建东华大学海门某纺材料研究院的批复"
    by_value = subject_by_value(run(text.format(title=title), title=title))
    assert by_value.get(200) == "东华大学海门某纺材料研究院"
    news = "海门区科技镇长团推动校地合作"
    assert subject_by_value(run(text.format(title=news), title=news)).get(200) == "海门区第十五批科技镇长团"


def test_a_towns_own_minutes_name_it_as_we_and_a_members_dated_clause_goes_on():
    """许某同志…促成项目9项；8月牵线某大学与我镇签订…: the member arranged it (a date after the semicolon goes on with
    the same person) and 我镇, the town whose minutes these are, is the party."""
    out = run("中共常熟市海虞镇委员会党委（扩大）会议纪要\n常熟市第十六批科技镇长团成员、挂职副镇长许某宇列席会议。\n"
              "许某宇同志来自南京工业大学化工学院，7月到任以来走访镇内企业62家，促成产学研合作项目9项；"
              "8月牵线南京工业大学与我镇签订校地全面合作框架协议。\n")
    assert ("许某宇", "南京工业大学") in links(out, "brokered")
    assert ("南京工业大学", "海虞镇") in links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}


def test_two_pairs_of_party_branches_paired_respectively():
    """A学院党委与B镇党委、C学院党委与D区党工委分别结成联建对子: A works with B and C with D, not all four together."""
    out = run("铜山区第十六批科技镇长团工作纪要\n党建联建方面，矿大机电学院党委与柳泉镇党委、江苏师大电气学院党委与徐州高新区党工委分别结成联建对子。\n")
    pairs = links(out, "collaboratesWith")
    pairs |= {(o, s) for s, o in pairs}
    assert {("中国矿业大学机电学院", "柳泉镇"), ("江苏师范大学电气学院", "徐州高新区")} <= pairs
    assert not {p for p in pairs if p[0] == "中国矿业大学机电学院" and p[1] != "柳泉镇"}


def test_a_firms_head_named_before_the_post():
    """某某有限公司的殷某生厂长, …公司的王平总经理: a person of that firm, the post written after the name."""
    out = run("张家港团走访企业。张家港恒某金属制品有限公司的殷某生厂长拉着我看镀锌线。江苏某屹科技有限公司的王平总经理介绍了情况。\n")
    assert {("殷某生", "张家港恒某金属制品有限公司"), ("王平", "江苏某屹科技有限公司")} <= links(out, "affiliatedWith")


def test_your_schools_unit_in_a_letter_to_a_university():
    """南京理工大学党委组织部：… 促成区内企业A与贵校化学与化工学院共建…: the school is the addressee university's."""
    out = run("盐城市亭湖区人民政府关于第十五批科技镇长团挂职干部工作情况的函\n南京理工大学党委组织部：\n"
              "骆某禾同志促成区内企业江苏瀚某新能源科技有限公司与贵校化学与化工学院共建锂电隔膜材料联合实验室。\n")
    assert ("南京理工大学化学与化工学院", "南京理工大学") in links(out, "partOf")
    assert ("江苏瀚某新能源科技有限公司", "南京理工大学化学与化工学院") in links(out, "collaboratesWith") | {
        (o, s) for s, o in links(out, "collaboratesWith")}
    assert not {n for n in names(out) if n.startswith("贵校")}


def test_your_school_in_a_letter_to_a_school():
    """东南大学能源与环境学院党委：程某之同志系贵院副教授…他牵线A公司与贵院签订…: 贵院 is the addressed school."""
    out = run("推荐函\n\n东南大学能源与环境学院党委：\n\n程某之同志系贵院副教授，作为宜兴市第十五批科技镇长团成员到宜兴挂职。"
              "他牵线园区企业江苏澄某环境工程有限公司与贵院签订技术开发合同。\n")
    assert ("程某之", "东南大学能源与环境学院") in links(out, "affiliatedWith")
    assert ("程某之", "东南大学能源与环境学院") in links(out, "brokered")


def test_a_platform_name_starts_after_its_builder_and_the_verb():
    """依托南工大材料学院建设丁蜀某瓷中试平台: no platform named 南工大材料学院建设…; the school is no part of it."""
    out = run("丁蜀镇调研报告建议依托南工大材料学院建设丁蜀某瓷中试平台。\n")
    assert not {n for n in names(out, "Platform") if "学院" in n}


def test_an_alumnus_profile_opening_on_a_resume():
    """陈某秋，2008年毕业于某大学，现任某研究院副研究员。…他作为某团成员…: a person (no 男/女 needed) of the body they
    now work at, not of the university they graduated from, and a member of the team; 老师常说 names no one."""
    out = run("【校友风采】把论文写在荷塘边\n陈某秋，2008年毕业于南京农业大学食品科技学院，现任江苏省农业科学院副研究员。"
              "2023年8月，他作为宝应县第十五批科技镇长团成员，挂任射阳湖镇副镇长。读书时老师常说，论文要写在大地上。\n")
    assert ("陈某秋", "江苏省农业科学院") in links(out, "affiliatedWith")
    assert ("陈某秋", "宝应县第十五批科技镇长团") in links(out, "memberOf")
    assert "常说" not in names(out, "Person")


def test_your_firm_in_a_letter_to_a_firm():
    """江苏某澜氢能装备有限公司：…团员陆某川到贵公司走访调研…请贵公司配合…安排公司技术负责人参加: 贵公司 is the addressed firm,
    which the member visited; 请贵公司 and 安排公司 name no firm."""
    out = run("如皋市第十五批科技镇长团工作联系函\n\n江苏某澜氢能装备有限公司：\n\n"
              "10月下旬，我团团员、南京工业大学机械与动力工程学院教授陆某川到贵公司走访调研。\n请贵公司配合以下事项：安排公司技术负责人参加。\n")
    assert ("陆某川", "江苏某澜氢能装备有限公司") in links(out, "visited")
    assert names(out, "Enterprise") == {"江苏某澜氢能装备有限公司"}


def test_an_agendas_speaker_lines_of_body_post_and_name():
    """① 苏州大学某研究院　研究员　祁某东 / 昆山某迈精密机械有限公司　总工程师　晏某林: each works at the body its line opens with."""
    out = run("昆山市科技镇长团产学研对接会会议议程\n14:25—15:05　后方高校院所成果发布\n"
              "　　　　① 苏州大学功能纳米与软物质研究院　研究员　祁某东\n"
              "15:05—15:20　企业技术需求发布\n　　　　昆山某迈精密机械有限公司　总工程师　晏某林\n")
    assert {("祁某东", "苏州大学功能纳米与软物质研究院"), ("晏某林", "昆山某迈精密机械有限公司")} <= links(out, "affiliatedWith")


def test_a_statistics_table_with_a_column_of_sub_teams_named_by_place():
    """分团 | 团员（人） | 走访企业（家） / 东台 | 9 | 186: each row is the sub-team of that place, whose tallies they are
    (its size is no outcome); 东台 names the place, not the team, elsewhere."""
    out = run("盐城市第十五批科技镇长团分团工作情况统计\n表1　各分团主要工作指标统计表\n"
              "分团 | 团员（人） | 走访企业（家） | 合同金额（万元）\n东台 | 9 | 186 | 1420\n大丰 | 8 | 143 | 960\n"
              "合计 | 17 | 329 | 2380\n")
    figures = {(f["s"], f["value"]) for f in out["figures"]}
    assert {("东台市第十五批科技镇长团", 186), ("东台市第十五批科技镇长团", 14200000), ("大丰区第十五批科技镇长团", 143)} <= figures
    assert not {v for s, v in figures if v in (9, 8)}
    team = next(e for e in out["entities"] if e["name"] == "东台市第十五批科技镇长团")
    assert "东台" not in team["aliases"]


def test_a_zones_page_names_its_own_team_with_the_bare_zone_word():
    """南通经济技术开发区… / 开发区第十五批科技镇长团共6名成员: the zone's team, not the city's."""
    out = run("南通经济技术开发区是首批国家级经济技术开发区之一。\n开发区第十五批科技镇长团共6名成员，团员来自东南大学、南通大学。\n")
    assert ("南通经济技术开发区第十五批科技镇长团", "南通经济技术开发区") in links(out, "servesIn")
    assert ("南通经济技术开发区第十五批科技镇长团", "东南大学") in links(out, "memberInstitution")


def test_a_ranked_list_of_deals_gives_each_item_its_broker_and_amount():
    """TOP1　2300万元 / A公司×B大学 / 项目由某团牵线…: the team the item credits brokered both parties and owns the
    amount of the heading above it; 某团团员、…某某…最终促成签约 credits the member too."""
    out = run("年度盘点｜2023年泰州科技镇长团牵线的十大产学研项目\n\n"
              "2023年，泰州市第十五批科技镇长团促成产学研合作217项。\n\n"
              "TOP1　2300万元\n江苏某海重工机械有限公司×江苏科技大学\n"
              "靖江团团员、江苏科技大学副教授邵某带着学院团队三上企业，最终促成签约。\n\n"
              "TOP2　1850万元\n江苏某昇化学股份有限公司×南京工业大学\n连续流工艺开发。项目由泰兴团牵线，企业位于泰兴经济开发区。\n")
    brokered = links(out, "brokered")
    assert {("靖江市第十五批科技镇长团", "江苏某海重工机械有限公司"), ("靖江市第十五批科技镇长团", "江苏科技大学"),
            ("邵某", "江苏科技大学"), ("泰兴市第十五批科技镇长团", "江苏某昇化学股份有限公司"),
            ("泰兴市第十五批科技镇长团", "南京工业大学")} <= brokered
    assert ("江苏某海重工机械有限公司", "江苏科技大学") in links(out, "collaboratesWith")
    by_value = subject_by_value(out)
    assert by_value[23000000] == "靖江市第十五批科技镇长团"
    assert by_value[18500000] == "泰兴市第十五批科技镇长团"


def test_a_letters_table_of_participating_experts_names_no_members():
    """三、参加人员 / 序号｜姓名｜单位及职务｜研究方向 in a team's letter: the experts it brings, not members of the team
    (a table under the same heading whose header says 挂职职务｜派出单位 is the members')."""
    letter = run("如皋市第十五批科技镇长团工作联系函\n\n江苏某澜氢能装备有限公司：\n\n"
                 "我团团员、南京工业大学教授陆某川到贵公司走访调研。现将有关事项联系如下：\n\n三、参加人员\n\n"
                 "| 序号 | 姓名 | 单位及职务 | 研究方向 |\n|---|---|---|---|\n"
                 "| 1 | 陆某川 | 南京工业大学机械与动力工程学院教授 | 高压氢阀设计 |\n"
                 "| 2 | 钱某恒 | 南通大学机械工程学院教授 | 轻量化结构 |\n")
    assert ("陆某川", "如皋市第十五批科技镇长团") in links(letter, "memberOf")
    assert ("钱某恒", "如皋市第十五批科技镇长团") not in links(letter, "memberOf")
    assert ("如皋市第十五批科技镇长团", "南通大学") not in links(letter, "memberInstitution")
    roster = run("钟楼区第十六批科技镇长团赴某县开展科技帮扶\n\n一、参加人员\n\n| 姓名 | 挂职职务 | 派出单位 |\n|---|---|---|\n"
                 "| 蒋某琳 | 钟楼区科技局副局长 | 常州大学 |\n")
    assert ("蒋某琳", "钟楼区第十六批科技镇长团") in links(roster, "memberOf")


def test_a_universitys_list_of_secondees_with_a_column_of_where_each_is_posted():
    """| 序号 | 姓名 | 所在单位 | 挂职地区 | 挂职岗位 | in a university's own notice: each row's person works at the school its
    cell names bare (the university's), and joins the team of the county the 挂职地区 cell names."""
    out = run("南京农业大学关于同意选派第十六批科技镇长团挂职干部的通知\n\n同意选派宁某禾等2位同志参加我省第十六批科技镇长团。"
              "我校已累计选派成员210余人次。名单如下：\n\n"
              "| 序号 | 姓名 | 所在单位 | 挂职地区 | 挂职岗位 |\n"
              "| 1 | 宁某禾 | 资源与环境科学学院 | 宿迁市沭阳县 | 科技镇长团团长、副县长 |\n"
              "| 2 | 万某琪 | 园艺学院 | 南通市海门区 | 科技镇长团团员、常乐镇科技副镇长 |\n",
              title="南京农业大学关于同意选派第十六批科技镇长团挂职干部的通知")
    assert {("宁某禾", "沭阳县第十六批科技镇长团"), ("万某琪", "海门区第十六批科技镇长团")} <= links(out, "memberOf")
    assert ("宁某禾", "沭阳县第十六批科技镇长团") in links(out, "leads")
    assert ("南京农业大学园艺学院", "南京农业大学") in links(out, "partOf")
    assert ("万某琪", "南京农业大学园艺学院") in links(out, "affiliatedWith")
    assert ("海门区第十六批科技镇长团", "南京农业大学") in links(out, "memberInstitution")
    assert {"南通市", "宿迁市"} <= names(out, "Locality")


def test_a_universitys_own_report_keeps_its_tallies_after_a_team_is_named():
    """南京工业大学2023年度服务地方工作报告: after 在江都挂职的团员协助江都区第十六批科技镇长团…, a tally naming no team
    (全年聘请企业技术骨干担任兼职教师58人) and the table of indicators are the university's; a sentence about a team's
    团长 (带领团员走访企业120余家) stays the team's."""
    title = "南京工业大学2023年度服务地方工作报告"
    out = run(title + "\n\n2023年，我校深化校企合作。\n\n"
              "材料学院教授许某泽挂任如东县副县长、如东县第十五批科技镇长团团长，带领团员们走访如东企业120余家。\n"
              "在江都挂职的团员协助江都区第十六批科技镇长团对接我校汽车专业。\n"
              "（五）推进校企人才互聘。全年聘请企业技术骨干担任兼职教师58人。\n\n三、主要指标\n\n"
              "| 指标 | 2023年 | 2022年 |\n| 横向技术服务项目（项） | 142 | 118 |\n", title=title)
    by_value = subject_by_value(out)
    assert by_value[58] == "南京工业大学"
    assert by_value[142] == "南京工业大学"
    assert by_value[120] == "如东县第十五批科技镇长团"


def test_a_firm_named_right_after_its_town_and_an_institutes_research_group():
    """揭得锦丰镇苏港某工机械有限公司…榜单: the town says where the firm is, its name starts after it;
    苏州大学功能纳米与软物质研究院团队: the institute whose group it is, a unit of the university."""
    out = run("1. 苏州大学功能纳米与软物质研究院团队揭得江苏某煦新能源材料有限公司榜单，榜额1200万元。\n"
              "2. 江苏科技大学团队揭得锦丰镇苏港某工机械有限公司“大型船用曲轴智能检测”榜单，榜额380万元。\n")
    assert "苏港某工机械有限公司" in names(out, "Enterprise")
    assert "锦丰镇苏港某工机械有限公司" not in names(out, "Enterprise")
    assert ("苏港某工机械有限公司", "锦丰镇") in links(out, "locatedIn")
    assert ("苏州大学功能纳米与软物质研究院", "苏州大学") in links(out, "partOf")


def test_an_offices_monthly_report_keeps_its_rows_and_gives_the_team_its_own():
    """某区人才工作月报 under its issuer's line: 指标｜5月｜1—5月累计 / 新引进高层次人才（人）｜46｜213 is the office's;
    科技镇长团走访企业（家）｜58｜261 is the team's."""
    out = run("武进区人才工作月报\n\n中共常州市武进区委人才工作领导小组办公室　　2024年6月5日\n\n一、5月主要指标\n\n"
              "指标\t5月\t1—5月累计\n新引进高层次人才（人）\t46\t213\n科技镇长团走访企业（家）\t58\t261\n\n"
              "二、本月重点工作\n\n5月16日，区委人才办联合武进区第十五批科技镇长团举办专场对接会。\n",
              title="武进区人才工作月报", source="中共常州市武进区委人才工作领导小组办公室")
    by_value = subject_by_value(out)
    assert by_value[46] == by_value[213] == "武进区委人才办"
    assert by_value[58] == by_value[261] == "武进区第十五批科技镇长团"


def test_a_counted_list_of_firms_each_signing_with_a_college_named_short():
    """A、B、C三家园区企业分别与无锡职院签订…: each firm with the college (无锡职院, 无锡职业技术学院 named before, not the
    city); A、B等3家企业分别与C、D签订…: which with which is not said."""
    out = run("无锡职业技术学院“订单班”签约仪式举行。江苏某澜环保装备有限公司、宜兴某源水处理设备有限公司、江苏某峰膜科技有限公司"
              "三家园区企业分别与无锡职院签订订单培养协议。\n")
    assert {("江苏某澜环保装备有限公司", "无锡职业技术学院"), ("宜兴某源水处理设备有限公司", "无锡职业技术学院"),
            ("江苏某峰膜科技有限公司", "无锡职业技术学院")} <= links(out, "collaboratesWith")
    assert "无锡市" not in {o for _, o in links(out, "collaboratesWith")}
    unclear = run("江苏某垦生态农业有限公司、大丰某湾农产品加工有限公司等3家企业分别与扬州大学、南京农业大学签订技术合作协议。\n")
    assert not links(unclear, "collaboratesWith")


def test_firms_named_short_in_a_counted_list_and_an_academy_before_its_institutes_short_name():
    """牵线某学院分别与如城某联科技、皋某微电子两家本地企业签订…: the two named firms; 启某运维 after 南通启某海上风电运维有限公司
    is that firm; 中国科学院苏州纳米所助理研究员吕某行: the institute, no academy of its own."""
    out = run("南京邮电大学通信与信息工程学院分别与如城某联科技、皋某微电子两家本地企业签订技术合作协议。\n"
              "中国科学院苏州纳米所助理研究员吕某行挂任开发区管委会副主任。\n"
              "我走访的第一家企业，是南通启某海上风电运维有限公司。副校长许某华带队走访了启某运维和东某能源两家企业。\n")
    assert {("南京邮电大学通信与信息工程学院", "如城某联科技"), ("南京邮电大学通信与信息工程学院", "皋某微电子")} <= links(
        out, "collaboratesWith")
    assert "中国科学院" not in names(out)
    assert ("吕某行", "中国科学院苏州纳米技术与纳米仿生研究所") in links(out, "affiliatedWith")
    assert "启某运维" not in names(out, "Enterprise")
    firm = next(e for e in out["entities"] if e["name"] == "南通启某海上风电运维有限公司")
    assert "启某运维" in firm["aliases"]
    mixed = run("促成江苏师大、徐州医科大学与区内3家企业签约。\n")
    assert "区内" not in names(mixed)


def test_a_members_appraisal_form_names_the_team_in_the_post_field_and_keeps_their_tallies():
    """挂职单位及职务：某团团员，… makes the form's person a member; in their own account, 累计走访企业126家次，…对接我校…
    is their tally, not their university's."""
    out = run("江苏省第十五批科技镇长团成员挂职鉴定表（个人总结部分）\n\n姓名：杭某澍　　性别：男　　出生年月：1986.04\n"
              "挂职单位及职务：东台市第十五批科技镇长团团员，东台经济开发区管委会副主任\n\n"
              "一是摸清需求。累计走访开发区企业126家次，梳理技术需求58项，逐项对接我校及兄弟高校专家团队。\n")
    assert ("杭某澍", "东台市第十五批科技镇长团") in links(out, "memberOf")
    by_value = subject_by_value(out)
    assert by_value[126] == by_value[58] == "杭某澍"


def test_a_universitys_news_of_industry_professors_it_appoints():
    """我校聘任… (江苏理工学院新闻网): 副校长柯某平 works there; 我校某学院副教授郁某松作为团员到溧阳挂职 is a member; the table
    of appointed professors (序号｜姓名｜企业职务｜受聘学院) names no members, each row's school at the line's end is theirs,
    and its header names no school."""
    out = run("我校聘任某锐储能5名工程师为产业教授\n\n3月14日，我校产业教授聘任仪式在溧阳举行。副校长柯某平为溧阳某锐储能科技有限公司"
              "5名工程技术人员颁发产业教授聘书。\n\n此次聘任由溧阳市第十六批科技镇长团牵线促成。去年8月，我校机械工程学院副教授郁某松"
              "作为团员到溧阳挂职。\n\n受聘产业教授名单如下：\n\n序号｜姓名｜企业职务｜受聘学院\n1｜钟某宇｜研究院院长｜汽车与交通工程学院\n",
              title="我校聘任某锐储能5名工程师为产业教授", source="江苏理工学院新闻网")
    assert ("柯某平", "江苏理工学院") in links(out, "affiliatedWith")
    assert ("郁某松", "溧阳市第十六批科技镇长团") in links(out, "memberOf")
    assert ("钟某宇", "溧阳市第十六批科技镇长团") not in links(out, "memberOf")
    assert ("钟某宇", "江苏理工学院汽车与交通工程学院") in links(out, "affiliatedWith")
    assert not any("受聘" in n for n in names(out))


def test_a_public_notice_of_proposed_members_numbered_with_chinese_numerals():
    """一、钱某明，男，1987年3月生，…现任某大学某学院副教授，拟任某团团长，…；二、邵某，女，…拟任科技镇长团团员: each is a
    person of their school, a member of the team, the first its leader."""
    out = run("泰兴市第十六批科技镇长团拟任人选任前公示\n\n拟安排下列同志到我市挂职，现予以任前公示：\n\n"
              "一、钱某明，男，1987年3月生，中共党员，博士研究生，现任南京理工大学化学与化工学院副教授，拟任泰兴市第十六批科技镇长团团长，"
              "挂任泰兴市市长助理；\n\n二、邵某，女，1990年11月生，现任江南大学食品学院讲师，拟任科技镇长团团员，挂任黄桥镇科技副镇长；\n")
    assert {("钱某明", "泰兴市第十六批科技镇长团"), ("邵某", "泰兴市第十六批科技镇长团")} <= links(out, "memberOf")
    assert ("钱某明", "泰兴市第十六批科技镇长团") in links(out, "leads")
    assert ("邵某", "江南大学食品学院") in links(out, "affiliatedWith")


def test_a_school_brought_in_then_signing_with_firms_in_the_next_clause():
    """他牵线东南大学能源与环境学院，先后与A、B签订合作协议: the school signs with each firm, brokered by him; 新材料、电线电缆也是
    宜兴的主导产业: the field is 电线电缆."""
    out = run("宜兴团团员、来自东南大学的邰某禾挂职新街街道办事处副主任。他牵线东南大学能源与环境学院，先后与宜兴清某水处理设备有限公司、"
              "江苏宜某环境科技有限公司签订合作协议。\n新材料、电线电缆也是宜兴的主导产业。\n")
    assert {("东南大学能源与环境学院", "宜兴清某水处理设备有限公司"), ("东南大学能源与环境学院", "江苏宜某环境科技有限公司")} <= links(
        out, "collaboratesWith")
    assert ("邰某禾", "东南大学能源与环境学院") in links(out, "brokered")
    assert "电线电缆也" not in names(out)


def test_a_numbered_list_of_signings_each_naming_its_pair_before_a_colon():
    """…团员们…促成了此次集中签约。本次签约的部分项目如下： / 2. A公司与B学院：某项目，合同金额360万元；: each item's pair cooperates,
    brokered by the team the paragraph above credits."""
    out = run("扬州市江都区第十二批科技镇长团举办云签约活动。团员们对接企业130余家，促成了此次集中签约。\n\n本次签约的部分项目如下：\n"
              "1. 扬州某晟液压科技有限公司与南京理工大学机械工程学院：电液伺服阀可靠性提升，合同金额420万元；\n"
              "2. 江苏某崴电力装备有限公司与河海大学能源与电气学院：变压器状态在线监测系统，合同金额360万元；\n")
    assert {("扬州某晟液压科技有限公司", "南京理工大学机械工程学院"), ("江苏某崴电力装备有限公司", "河海大学能源与电气学院")} <= links(
        out, "collaboratesWith")
    assert {("江都区第十二批科技镇长团", "江苏某崴电力装备有限公司"), ("江都区第十二批科技镇长团", "河海大学能源与电气学院")} <= links(
        out, "brokered")


def test_a_foreign_name_before_a_verb_it_opens_and_a_relationship_that_is_no_department():
    """副校长米卡·某宁通过视频致辞: the whole transliterated name, though 通过 follows it; 某大学与我市企业建立联合研发关系: 关系
    ends no department (系) of the university."""
    out = run("◆ 英国谢菲尔德大学与我市企业建立联合研发关系\n\n芬兰阿尔托大学副校长米卡·某宁通过视频致辞表示，欢迎企业的工程师到芬兰研修。\n")
    assert ("米卡·某宁", "阿尔托大学") in links(out, "affiliatedWith")
    assert not names(out, "AcademicUnit")


def test_amounts_in_a_table_with_a_column_of_firms_are_the_firms():
    """序号｜企业｜合作方｜合作内容｜合同金额（万元）: each row's amount is its firm's own deal; not in a team's own account,
    its name opening the title (the team's, as writers give them)."""
    rows = ("| 序号 | 企业 | 合作方 | 合作内容 | 合同金额（万元） | 进展 |\n"
            "| 1 | 扬中市某晟母线槽有限公司 | 新加坡南洋理工大学 | 母线槽温升在线监测 | 约120 | 洽谈中 |\n")
    assert ("扬中市某晟母线槽有限公司", 1_200_000) not in figs(run("扬中市第十五批科技镇长团：对接项目进展一览\n\n" + rows))
    out = run("扬中市科技局工作简报\n\n二、镇长团对接项目进展一览\n"
              "| 序号 | 企业 | 合作方 | 合作内容 | 合同金额（万元） | 进展 |\n"
              "| 1 | 扬中市某晟母线槽有限公司 | 新加坡南洋理工大学 | 母线槽温升在线监测 | 约120 | 洽谈中 |\n"
              "| 2 | 江苏某港船舶电气有限公司 | 江苏科技大学 | 船舶岸电系统 | 85 | 已签约 |\n")
    assert {("扬中市某晟母线槽有限公司", 1_200_000), ("江苏某港船舶电气有限公司", 850_000)} <= figs(out)


def test_a_teams_own_report_brokered_its_table_of_deals_and_owns_their_amounts():
    """某团到任以来工作情况报告 / …到任以来共促成产学研合作项目27项…部分重点项目如下： / 高校院所｜合作企业｜…｜合同金额（万元）:
    the team whose report it is brokered each row's deal, and each amount is the team's; not after a plan (一是持续…，推动…)."""
    table = ("| 序号 | 高校院所 | 合作企业 | 合作内容 | 合同金额（万元） |\n|---|---|---|---|---|\n"
             "| 1 | 南京信息工程大学环境科学与工程学院 | 常州某霄环境科技有限公司 | 大气微站数据质控 | 120 |\n"
             "| 2 | 江苏理工学院 | 常州某川仪表有限公司 | 水质在线分析仪 | 60 |\n")
    out = run("武进区第十五批科技镇长团到任以来工作情况报告（摘要）\n\n一、主要工作成效\n\n"
              "（二）促成校企合作。到任以来共促成产学研合作项目27项，合同总金额近3200万元。部分重点项目如下：\n\n" + table)
    team = "武进区第十五批科技镇长团"
    assert {(team, "常州某霄环境科技有限公司"), (team, "江苏理工学院"), (team, "常州某川仪表有限公司")} <= links(out, "brokered")
    assert {(team, 1_200_000), (team, 600_000)} <= figs(out)
    out = run("武进区第十五批科技镇长团工作简报\n\n三、下半年工作打算\n\n一是持续跟踪已签约项目，推动合作项目早出成果。\n\n"
              "附：上半年重点校企合作项目一览\n\n" + table)
    assert not {o for s, o in links(out, "brokered") if s == team}


def test_forestry_institutes_and_centres_are_research_institutes():
    """国际竹藤中心, 中国林科院林化所: national forestry research bodies, named as the news names them."""
    out = run("在镇长团牵线下，国际竹藤中心与湖㳇镇签约共建竹材创新中心；中国林科院林化所与某县企业开展合作。")
    assert {"国际竹藤中心", "中国林业科学研究院林产化学工业研究所"} <= names(out, "ResearchInstitute")


def test_a_brand_with_a_trade_of_crafts_bamboo_or_brewing_names_the_firm():
    """宜兴市竹某工艺品有限公司 … 竹某工艺, 江苏云某竹业有限公司 … 云某竹业: short forms the news writes for these trades."""
    out = run("团员帮助宜兴市竹某工艺品有限公司、江苏云某竹业有限公司解决难题。随后，团员促成江南大学设计学院与竹某工艺共建竹编设计工作室，"
              "云某竹业与南京林业大学签订技术开发合同。葡萄被送进了镇上江苏茅某酒庄有限公司的发酵罐。南京农业大学食品科技学院与茅某酒庄"
              "签订技术开发合同。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("宜兴市竹某工艺品有限公司", "江南大学设计学院") in pairs
    assert ("江苏云某竹业有限公司", "南京林业大学") in pairs
    assert ("江苏茅某酒庄有限公司", "南京农业大学食品科技学院") in pairs


def test_the_senders_list_ends_where_the_member_goes_to_work():
    """某某来自某学院，到任后她牵头摸排了镇内整车、电机等企业，发现某车业…: the firms she surveyed send no member."""
    out = run("武进区第十六批科技镇长团团员、礼嘉镇副镇长蒋某涵来自江苏理工学院汽车与交通工程学院，到任后她牵头摸排了镇内整车、电机、"
              "控制器等企业，发现常州某风车业有限公司在整车电气系统集成方面存在短板。")
    assert "常州某风车业有限公司" not in {o for s, o in links(out, "memberInstitution")}


def test_the_member_named_after_long_titles_arranged_the_cooperation_told_before():
    """此次合作由我校选派的某团团员、某学院副教授某某牵线促成: the member named after the titles arranged it."""
    out = run("推进会集中签约了2个校企合作项目：\n1. 南京林业大学材料科学与工程学院与苏州某梧家具有限公司合作开发水性涂饰工艺；\n"
              "2. 南京林业大学机械电子工程学院与苏州某匠数控设备有限公司共建联合实验室。\n"
              "此次合作由我校选派的相城区第十五批科技镇长团团员、家居与工业设计学院副教授秦某秋牵线促成。\n")
    assert {("秦某秋", "苏州某梧家具有限公司"), ("秦某秋", "南京林业大学机械电子工程学院")} <= links(out, "brokered")


def test_all_sub_teams_together_are_the_citys_team():
    """（五）相城团 / … / 三、下阶段工作 / 各支团将围绕电动两轮车、储能等领域…: the city's team's fields, not the last
    section's sub-team's; 各分团要紧扣…产业 (an official's demand) gives none."""
    head = ("苏州市第十五批科技镇长团工作简报\n\n一、总体情况\n\n苏州市第十五批科技镇长团下设昆山、太仓、相城等5个支团。\n\n"
            "二、各支团工作\n\n（五）相城团\n"
            "· 相城区第十五批科技镇长团走访苏州某安智能科技有限公司。\n\n三、下阶段工作\n\n")
    title = "苏州市第十五批科技镇长团工作简报"
    out = run(head + "各支团将围绕电动两轮车、储能等领域，继续推进“一团一链”行动。\n", title=title)
    fields = links(out, "hasField")
    assert ("苏州市第十五批科技镇长团", "储能") in fields
    assert ("相城区第十五批科技镇长团", "储能") not in fields
    out = run(head + "会上，市委组织部领导对下阶段工作提出要求。各分团要紧扣电子信息、生物医药等产业持续用力。\n", title=title)
    assert ("苏州市第十五批科技镇长团", "生物医药") not in links(out, "hasField")


def test_a_roster_cell_of_three_is_the_whole_name_whatever_its_last_character():
    """｜樊某心｜河海大学水利水电学院副教授｜胡埭镇副镇长｜: 心 (a word after a name in prose) ends this one's cell."""
    out = run("滨湖区第十六批科技镇长团成员名单\n\n| 姓名 | 派出单位及职务 | 挂职岗位 |\n|---|---|---|\n"
              "| 樊某心 | 河海大学水利水电学院副教授 | 胡埭镇副镇长 |\n| 石骁 | 南京大学环境学院副教授 | 区科技局副局长 |\n")
    assert {"樊某心", "石骁"} <= names(out, "Person")
    assert ("樊某心", "河海大学水利水电学院") in links(out, "affiliatedWith")


def test_a_verb_before_the_word_for_a_park_makes_no_parks_name():
    """带领团员走遍园区重点企业, 破解化工园区“报警多”, 把学科优势真正变成园区的治理能力: no zone of those names."""
    out = run("泰兴市第十五批科技镇长团到任后，团长带领团员走遍园区重点企业，着力破解化工园区“报警多、溯源难”的问题，"
              "要把学科优势真正变成园区的治理能力。")
    assert not {n for n in names(out, "Locality") if n.endswith("园区")}


def test_a_list_respectively_with_one_party_pairs_each_whatever_the_adverb_or_signing_verb():
    """A、B当天也分别与C签订…; A、B分别与C签下…项目: each of A and B with C."""
    out = run("在科技镇长团的撮合下，泗洪县某禾稻虾专业合作社、宿迁市某沣粮油有限公司当天也分别与南京农业大学签订了技术服务协议。"
              "同一时期，经镇长团对接，邳州某畅板业有限公司、徐州某冠新材料科技有限公司分别与中国林科院木材工业研究所签下热压工艺研发项目。")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert {("泗洪县某禾稻虾专业合作社", "南京农业大学"), ("宿迁市某沣粮油有限公司", "南京农业大学"),
            ("邳州某畅板业有限公司", "中国林业科学研究院木材工业研究所"),
            ("徐州某冠新材料科技有限公司", "中国林业科学研究院木材工业研究所")} <= pairs


def test_a_persons_lead_carries_the_person_past_a_semicolon():
    """在他的牵线下，A与B签订…；C与D签订…: the member arranged both, not the team (a team's lead carries the team)."""
    out = run("句容市第十六批科技镇长团到任。\n\n推动这一变化的，是南京农业大学园艺学院副教授、第十六批科技镇长团句容团成员、"
              "挂职茅山镇科技副镇长的柯某文。\n\n在他的牵线下，南京农业大学园艺学院与茅山镇签订校地合作协议，共建科技小院；"
              "南京农业大学食品科技学院与江苏茅某酒庄有限公司签订技术开发合同，金额45万元。\n")
    brokered = links(out, "brokered")
    assert {("柯某文", "南京农业大学食品科技学院"), ("柯某文", "江苏茅某酒庄有限公司")} <= brokered
    assert ("句容市第十六批科技镇长团", "南京农业大学食品科技学院") not in brokered


def test_a_dashed_items_firm_may_give_its_place_and_the_item_its_broker():
    """1．A学院—B公司（沛县）：…，合同金额180万元（沛县团对接）；: A and B cooperate, and the team the item names
    brokered both."""
    out = run("徐州市第十六批科技镇长团举办对接会。现场签约项目如下：\n"
              "1．江苏师范大学生命科学学院—江苏某泉酒业有限公司（沛县）：酒糟利用技术开发，合同金额180万元（沛县团对接）；\n"
              "2．天津科技大学—江苏某源生物发酵科技有限公司（睢宁县）：菌种选育，合同金额200万元（睢宁团对接）。\n")
    pairs = links(out, "collaboratesWith") | {(o, s) for s, o in links(out, "collaboratesWith")}
    assert ("江苏师范大学生命科学学院", "江苏某泉酒业有限公司") in pairs
    brokered = links(out, "brokered")
    assert {("沛县第十六批科技镇长团", "江苏某泉酒业有限公司"), ("睢宁县第十六批科技镇长团", "天津科技大学")} <= brokered
    assert ("沛县第十六批科技镇长团", "天津科技大学") not in brokered


def test_a_bare_school_after_a_list_of_names_does_not_take_in_the_last_name():
    """我校汽车学院副教授韦某霖、邵某航和材料科学与工程学院讲师欧阳某: the school is 材料科学与工程学院, not 邵某航和…."""
    out = run("南京林业大学新闻网\n\n2022年8月，我校汽车与交通工程学院副教授韦某霖、邵某航和材料科学与工程学院讲师欧阳某入选"
              "第十五批科技镇长团，分赴宿豫区和淮安市淮阴区挂职。")
    assert not {n for n in names(out, "AcademicUnit") if "邵某航" in n}


def test_a_list_of_industries_made_the_focus_is_what_ba_takes():
    """我们把智能卫浴、厨卫五金列为重点服务产业: the fields are 智能卫浴 and 厨卫五金, not 到任后我们把智能卫浴."""
    out = run("吴江区第十五批科技镇长团团长郁某平接受采访。\n\n问：到任一年多，镇长团最看重的工作是什么？\n\n"
              "郁某平：到任后我们把智能卫浴、厨卫五金列为重点服务产业，每名团员固定联系一批企业。")
    assert {"智能卫浴", "厨卫五金"} <= names(out, "Field")
    assert not {n for n in names(out, "Field") if "我们" in n or "列为" in n}


def test_a_platforms_name_ends_before_what_it_will_serve_as():
    """由A与B共建的某创新中心也将作为服务平台: the platform is 某创新中心, not …也将作为服务平台."""
    out = run("由东华大学与常熟高新区共建的常熟某华功能纺织创新中心也将作为服务平台，向团员们开放中试设备。")
    assert "常熟某华功能纺织创新中心" in names(out, "Platform")
    assert not {n for n in names(out, "Platform") if "作为" in n}


def test_that_company_after_a_firms_brand_is_that_firm():
    """A、B分别与…签订…。另据介绍，锐某新能源此前…，该公司预计新增年产值1.2亿元: 该公司 is the firm of the brand named in its
    sentence, not the firm named last in full."""
    out = run("江苏锐某新能源汽车部件有限公司与查尔姆斯理工大学签署技术许可协议；无锡某桥微电子有限公司与南京理工大学签订技术开发合同。\n\n"
              "另据介绍，锐某新能源此前已与江南大学机械工程学院共建企业研究生工作站，此次引入技术后，该公司预计新增年产值1.2亿元。\n")
    assert ("江苏锐某新能源汽车部件有限公司", 120_000_000) in figs(out)
    assert ("无锡某桥微电子有限公司", 120_000_000) not in figs(out)


def test_a_universitys_institute_is_one_of_its_units():
    """德国某工业大学纺织机械与某某技术研究所 is the university's unit (a party of the lab it co-built); 南京工业大学共建某研究所
    is a platform the university built."""
    out = run("该实验室由恒某纺织与德国德累斯顿工业大学纺织机械与高性能材料技术研究所、苏州大学纺织与服装工程学院三方共建。\n"
              "去年，南京工业大学共建陶瓷新材料研究所。\n")
    assert ("德累斯顿工业大学纺织机械与高性能材料技术研究所", "德累斯顿工业大学") in links(out, "partOf")
    assert "南京工业大学共建陶瓷新材料研究所" not in names(out)


def test_a_town_right_before_a_firm_whose_name_opens_with_jiangsu():
    """在盛泽镇江苏恒某纺织科技有限公司揭牌: the town (no 镇江 across 镇 and 江苏), where the firm is."""
    out = run("3月21日上午，某某联合实验室在盛泽镇江苏恒某纺织科技有限公司揭牌。\n")
    assert ("江苏恒某纺织科技有限公司", "盛泽镇") in links(out, "locatedIn")


def test_words_after_a_title_that_are_no_name():
    """我在某学院做博士后时接触过…: 时 opens no name after 博士后; 荣休教授大卫·某斯受聘为…: 荣休 is no name, and the
    foreign name ends before 受聘."""
    out = run("这恰好是我在昆士兰大学化学工程学院做博士后时接触过的方向。经老同事推荐，昆士兰大学化学工程学院荣休教授大卫·某斯受聘为"
              "江苏晶某半导体材料有限公司首席技术顾问。\n")
    assert names(out, "Person") == {"大卫·某斯"}


def test_a_post_taken_up_then_the_sub_team_the_person_is_a_member_of():
    """副教授韩某舟2022年7月起挂任邳州市科技局副局长，是徐州市第十五批科技镇长团邳州分团成员: a member of the sub-team."""
    out = run("编者按：我校化工学院副教授韩某舟2022年7月起挂任邳州市科技局副局长，是徐州市第十五批科技镇长团邳州分团成员。\n")
    assert ("韩某舟", "邳州市第十五批科技镇长团") in links(out, "memberOf")


def test_a_named_service_platform_and_a_campus_in_a_city_of_its_own():
    """环科园与江南大学共建的宜兴某膜材料中试服务平台: a platform (服务平台 with a name before it; not 公共技术服务平台 alone);
    河海大学常州校区, in a city of its own, is a unit of the university (not 东南大学九龙湖校区)."""
    out = run("环科园与江南大学共建的宜兴某膜材料中试服务平台同时揭牌。另与南通大学共建公共技术服务平台。\n"
              "河海大学常州校区和以色列理工学院一直有合作。东南大学九龙湖校区也有团员。\n")
    assert ("宜兴某膜材料中试服务平台", "江南大学") in links(out, "hostedBy")
    assert "公共技术服务平台" not in names(out)
    assert ("河海大学常州校区", "河海大学") in links(out, "partOf")
    assert "东南大学九龙湖校区" not in names(out)


def test_the_agency_a_page_names_as_its_source():
    """来源：中共如皋市委组织部 (a meta line ingest drops): the agency, in the place its name opens with; a source naming
    no agency in full (无锡日报, 市科技局) gives none; one the article names already gains the source's writing as an alias."""
    from kg.extract.source_agency import source_agency

    assert source_agency("中共如皋市委组织部") == ("如皋市委组织部", "如皋市")
    assert source_agency("无锡日报") is None and source_agency("市科技局") is None
    out = run("如皋市第十六批科技镇长团到岗。\n", source="中共如皋市委组织部")
    assert ("如皋市委组织部", "如皋市") in links(out, "locatedIn")
    out = run("南京市科技局副局长出席。南京市第十六批科技镇长团到岗。\n", source="南京市科学技术局")
    agency = next(e for e in out["entities"] if e["name"] == "南京市科技局")
    assert "南京市科学技术局" in agency["aliases"] and "南京市科学技术局" not in names(out)


def test_a_source_naming_a_county_agency_after_its_city_or_with_a_second_office_in_brackets():
    """来源：中共扬州市广陵区委组织部 is 广陵区委组织部 (writers drop the city); 海门区委组织部（区委人才办）
    is 海门区委组织部; 某市地方金融监督管理局（市金融办）, when the article names 某市金融办, is that body's
    other name, as 某区人民政府 is of the article's 某区政府."""
    from kg.extract.source_agency import source_agency

    assert source_agency("中共扬州市广陵区委组织部") == ("广陵区委组织部", "广陵区")
    assert source_agency("海门区委组织部（区委人才办）") == ("海门区委组织部", "海门区")
    out = run("江阴市金融办与江阴市第十六批科技镇长团举办科技金融对接会。\n", source="江阴市地方金融监督管理局（市金融办）")
    office = next(e for e in out["entities"] if e["name"] == "江阴市金融办")
    assert "江阴市地方金融监督管理局" in office["aliases"] and "江阴市地方金融监督管理局" not in names(out)
    out = run("大丰区政府与大丰区第十六批科技镇长团座谈。\n", source="盐城市大丰区人民政府")
    assert names(out, "GovernmentAgency") == {"大丰区政府"}


def test_a_source_naming_a_university_office_in_full():
    """来源：江苏大学地方合作处 — a university's office, part of the university the article names; its
    技术转移中心 is a platform it hosts; an office the source names alone (来源：地方合作处) gives nothing."""
    from kg.extract.source_agency import source_office

    assert source_office("地方合作处") is None and source_office("无锡日报") is None
    out = run("江苏大学与丹阳市第十六批科技镇长团签订合作协议。\n", source="江苏大学地方合作处")
    assert ("江苏大学地方合作处", "江苏大学") in links(out, "partOf")
    out = run("苏州科技大学与某市第十六批科技镇长团对接。\n", source="苏州科技大学技术转移中心")
    assert ("苏州科技大学技术转移中心", "苏州科技大学") in links(out, "hostedBy")
    assert names(out, "Platform") == {"苏州科技大学技术转移中心"}


def test_a_firm_given_as_an_example_is_not_that_company_and_a_count_of_experts_is_no_firm():
    """锦某船舶配件主要为泰州某瀚造船有限公司等船厂配套。该公司…: 该公司 is not the example firm; 南工大6位专家与A等18家企业:
    位专家 is no firm."""
    out = run("南京工业大学与江苏锦某船舶配件有限公司签订技术开发合同。南工大6位专家与江苏锦某船舶配件有限公司等18家企业面对面交流。"
              "锦某船舶配件主要为泰州某瀚造船有限公司等船厂配套舾装件。该公司负责人说，与南工大合作的项目投产后，产能可提升三成。\n")
    assert not any(n.startswith("位") for n in names(out, "Enterprise"))
    assert ("南京工业大学", "泰州某瀚造船有限公司") not in links(out, "collaboratesWith")


def test_a_zones_own_departments_and_a_foreign_affairs_office():
    """苏州高新区科技创新局 (the source of a page on the zone) is in the zone; 昆山高新区党群工作部 and 太仓市外事办 are agencies."""
    out = run("苏州高新区第十六批科技镇长团举办对接会。\n", source="苏州高新区科技创新局")
    assert ("苏州高新区科技创新局", "苏州高新区") in links(out, "locatedIn")
    out = run("昆山高新区党群工作部、太仓市外事办有关负责同志出席。\n")
    assert {"昆山高新区党群工作部", "太仓市外事办"} <= names(out, "GovernmentAgency")


def test_a_cards_name_line_with_its_title_after_a_bar():
    """🔹人物名片 / 陆某澜｜海安市第十五批科技镇长团团员 / 后方单位：… / 挂职岗位：…: the card's person, of the school and the team."""
    out = run("镇长团风采录｜第三期\n\n🔹人物名片\n陆某澜｜海安市第十五批科技镇长团团员\n后方单位：南京工业大学材料科学与工程学院（副教授）\n"
              "挂职岗位：海安高新区管委会副主任\n\n到岗第二周，陆某澜就跟着园区同事跑企业。\n")
    assert ("陆某澜", "南京工业大学材料科学与工程学院") in links(out, "affiliatedWith")
    assert ("陆某澜", "海安市第十五批科技镇长团") in links(out, "memberOf")


def test_a_spaced_roster_row_labelled_by_its_role():
    """团　长：严　某　挂职如东县副县长　河海大学 / 成　员：唐某远　挂职…管委会副主任　南通大学: each person works at the row's
    university, like the unlabelled rows under them."""
    out = run("【链接】如东县第十六批科技镇长团“双碳”服务专班\n团　长：严　某　挂职如东县副县长　河海大学\n"
              "成　员：唐某远　挂职洋口港经济开发区管委会副主任　南通大学\n　　　　包某蕾　挂职县发改委副主任　中国科学院南京地理与湖泊研究所\n")
    assert {("严某", "河海大学"), ("唐某远", "南通大学"), ("包某蕾", "中国科学院南京地理与湖泊研究所")} <= links(out, "affiliatedWith")


def test_who_arranged_the_platform_of_the_paragraph_before_a_caption():
    """…某研发中心由某学院和某公司共建… / ▲揭牌仪式现场 / 促成这次合作的，是…团员、…副教授吕某远: the co-builders' broker, though a
    caption stands between; 牵线的是…团员程某 names one too."""
    out = run("12月5日，东台某蛤种业研发中心在弶港镇揭牌。这个研发中心由上海海洋大学水产与生命学院和江苏海某水产种业有限公司共建。\n\n"
              "▲揭牌仪式现场\n\n促成这次合作的，是东台市第十三批科技镇长团团员、上海海洋大学水产与生命学院副教授吕某远。今年8月，他挂职弶港镇副镇长。\n")
    assert {("吕某远", "上海海洋大学水产与生命学院"), ("吕某远", "江苏海某水产种业有限公司")} <= links(out, "brokered")
    out = run("常熟某砚新材料科技有限公司与东南大学电气工程学院签订技术开发合同。牵线的是挂职支塘镇副镇长的团员程某。\n")
    assert ("程某", "常熟某砚新材料科技有限公司") in links(out, "brokered")


def test_a_zones_bracketed_short_form_with_a_place_inside_and_a_town_list_item_opening_with_he():
    """中国宜兴环保科技工业园（宜兴环科园）: later 宜兴环科园 is the park, not the city 宜兴 inside it; 丁蜀、和桥、周铁等镇: 和桥 is a
    town, not 和 and 桥."""
    out = run("宜兴团到任后，团员们把丁蜀、和桥、周铁等镇的企业跑了一遍。中国宜兴环保科技工业园（宜兴环科园）里的环保企业数以千计。\n"
              "11月，在宜兴团推动下，河海大学与宜兴环科园签署全面合作协议。\n")
    assert ("河海大学", "中国宜兴环保科技工业园") in links(out, "collaboratesWith")
    assert ("河海大学", "宜兴市") not in links(out, "collaboratesWith")
    assert {"丁蜀镇", "和桥镇", "周铁镇"} <= names(out, "Locality")


def test_a_role_a_dash_and_its_holder_after_their_titles():
    """本期走近团长——挂职宜兴市副市长的河海大学环境学院教授穆某晨: the team's leader."""
    out = run("编者按：宜兴市第十六批科技镇长团自2024年8月到任以来，12名团员奔走在园区、镇街和企业之间。本期走近团长——挂职宜兴市副市长的"
              "河海大学环境学院教授穆某晨。\n")
    assert ("穆某晨", "宜兴市第十六批科技镇长团") in links(out, "leads")


def test_a_school_after_a_universitys_short_form_that_a_field_overlaps():
    """南中医药学院 (南中医 + 药学院, though 中医药 reads as a field) is the university's school: the broker's party."""
    out = run("南京中医药大学药学院副教授闻某溪到任。在闻某溪的牵线下，南中医药学院与江苏茅某中药饮片有限公司签订合作协议。\n")
    assert ("闻某溪", "南京中医药大学药学院") in links(out, "brokered")


def test_this_university_after_a_member_introduced_by_school_is_that_schools_university():
    """…团员分别来自江南大学、南京理工大学、中国药科大学。团员、南京理工大学自动化学院副教授某某…，镇长团由此促成该校与X
    签订…: 该校 is the university of the school named since, not the one a list named last."""
    out = run("锡山区第十五批科技镇长团11名团员分别来自江南大学、南京理工大学、中国药科大学等高校院所。"
              "团员、南京理工大学自动化学院副教授邵某轩多次带企业负责人回访母校，镇长团由此促成该校与无锡启某智能装备有限公司"
              "签订技术开发合同。\n")
    assert ("南京理工大学", "无锡启某智能装备有限公司") in links(out, "collaboratesWith")
    assert ("中国药科大学", "无锡启某智能装备有限公司") not in links(out, "collaboratesWith")


def test_the_school_a_member_brings_in_on_its_own_page_is_that_school():
    """来源：材料科学与工程学院, on a page of 南京工业大学材料科学与工程学院 that says 我院: 牵线学院与X、Y签订… makes
    that school the party."""
    out = run("2022年8月，学院副教授葛某涛挂任金坛区薛埠镇科技副镇长。他牵线学院与江苏锂某新能源材料有限公司、常州帕某涂层科技有限公司"
              "签订了研究生联合培养协议。工作站累计接收我院研究生46名。\n",
              title="南京工业大学材料科学与工程学院2024年研究生招生简章", source="材料科学与工程学院")
    assert {("南京工业大学材料科学与工程学院", "江苏锂某新能源材料有限公司"),
            ("南京工业大学材料科学与工程学院", "常州帕某涂层科技有限公司")} <= links(out, "collaboratesWith")


def test_a_platform_named_with_no_known_name_inside_when_written_out_twice():
    """锡某智创孵化器 in the title and again in the text, and 汾某电线电缆检验检测公共服务平台 (公共 no stop word before 服务平台),
    are names; a one-off 某某孵化器 with nothing known inside stays none, and 公共资源交易中心 is an office, no platform."""
    out = run("锡某智创孵化器2023年度工作回顾\n2023年，锡某智创孵化器聚焦集成电路方向，年末在孵企业达48家。\n")
    assert "锡某智创孵化器" in names(out, "Platform")
    assert ("锡某智创孵化器", 48.0) in {(f["s"], f["value"]) for f in out["figures"]}
    out = run("家门口的检测管家——汾某电线电缆检验检测公共服务平台运行一周年\n"
              "让企业省心的，是落户吴江区的汾某电线电缆检验检测公共服务平台。\n")
    assert "汾某电线电缆检验检测公共服务平台" in names(out, "Platform")
    out = run("2023年，锡某智创孵化器聚焦集成电路方向。\n")
    assert not names(out, "Platform")
    out = run("通州区公共资源交易中心发布成交公告。通州区公共资源交易中心地址：南通市通州区。\n")
    assert not names(out, "Platform")


def test_a_firms_officer_after_the_firm_and_a_comma_or_de():
    """第一次去泰州晟某动力机械有限公司，总经理严某富跟我说…; 江苏淮某盐化有限公司的总经理邹某新说…: the firm named just
    before is the officer's; a team's post after a firm (…有限公司，团长某某) is none of the firm's."""
    out = run("第一次去泰州晟某动力机械有限公司，总经理严某富跟我说了半小时。江苏淮某盐化有限公司的总经理邹某新说，副产品卖不上价。\n")
    assert {("严某富", "泰州晟某动力机械有限公司"), ("邹某新", "江苏淮某盐化有限公司")} <= links(out, "affiliatedWith")
    out = run("如皋市第十六批科技镇长团走访江苏某澜机械有限公司，团长周某明与企业座谈。\n")
    assert ("周某明", "江苏某澜机械有限公司") not in links(out, "affiliatedWith")


def test_an_item_number_in_brackets_is_no_part_of_a_firms_name():
    """（一）南京栖某智能科技有限公司 as a list item's heading: the firm is 南京栖某智能科技有限公司."""
    out = run("一、拟投资项目\n（一）南京栖某智能科技有限公司\n主要从事电力巡检机器人研发。拟投资500万元。\n"
              "(二)南京浅某生物科技有限公司\n主要从事兽用疫苗研发。\n")
    assert {"南京栖某智能科技有限公司", "南京浅某生物科技有限公司"} <= names(out, "Enterprise")
    assert not any(n.startswith(("（", "(")) for n in names(out))


def test_the_youth_leagues_committee_is_not_the_citys_party_committee():
    """由市科协、市教育局、团市委共同主办: 团市委 is the Youth League's committee, no 某市委."""
    out = run("泰州市第二十七届青少年科技创新大赛由市科协、市教育局、团市委共同主办。\n")
    assert "泰州市委" not in names(out) and "泰州市科协" in names(out, "GovernmentAgency")


def test_a_tables_amount_its_firm_column_claims_is_not_also_the_teams():
    """序号｜项目名称｜路演企业｜合作高校院所｜拟融资额 under a team's 路演日: each amount is its row's firm's, and not the
    article's team's as well (the row read as a sentence)."""
    out = run("“科创吴江·镇长团路演日”第三期举行\n由吴江区第十六批科技镇长团主办。\n\n序号｜项目名称｜路演企业｜合作高校院所｜拟融资额\n"
              "1｜固态电池电解质膜｜苏州澜某新能源科技有限公司｜苏州大学｜3000万元\n"
              "2｜高精度谐波减速器｜苏州迈某传动科技有限公司｜东南大学｜1500万元\n")
    by_value = {}
    for f in out["figures"]:
        by_value.setdefault(f["value"], set()).add(f["s"])
    assert by_value[30000000] == {"苏州澜某新能源科技有限公司"}
    assert by_value[15000000] == {"苏州迈某传动科技有限公司"}


def test_the_people_at_a_ceremony_are_no_figure_but_a_tally_of_attendances_is():
    """…首批入驻团队代表60余人参加活动, 企业代表30余人出席仪式: who came, no outcome; 组织活动8场，吸引高校毕业生1100余人次参加: a tally."""
    out = run("江都区第十五批科技镇长团牵线共建的众创空间揭牌，区科技局、仙女镇负责同志及首批入驻团队代表60余人参加活动。"
              "企业代表30余人出席仪式。江都区第十五批科技镇长团组织招聘活动8场，吸引高校毕业生1100余人次参加。\n")
    values = {f["value"] for f in out["figures"]}
    assert 60 not in values and 30 not in values
    assert {8, 1100} <= values


def test_a_line_crossing_three_parties_or_a_government_under_a_list_of_signings():
    """某专场签约项目清单 — 六、A公司 × B学院 × C学院 (三方合作): each pair cooperates; 五、某市人民政府 × 某大学 (框架协议): the
    government is a party; a firm a fair's page says is supplied (主要供货某某有限公司) has no 供货 in its name, and a fair's
    hall (扬州国际展览中心) is no platform."""
    out = run("高邮专场签约项目清单\n4月20日，展洽会在扬州国际展览中心举行。\n\n"
              "五、高邮市人民政府 × 河海大学\n项目：校地全面合作框架协议\n对接人：高邮市第十五批科技镇长团\n\n"
              "六、高邮市鑫某水产食品有限公司 × 江南大学食品学院 × 扬州大学动物科学与技术学院\n项目：大闸蟹冷链保鲜（三方合作）\n\n"
              "备注：瑞某照明的产品主要供货扬州明某市政照明工程有限公司。\n")
    pairs = {frozenset(p) for p in links(out, "collaboratesWith")}
    assert {frozenset(("高邮市鑫某水产食品有限公司", "江南大学食品学院")),
            frozenset(("高邮市鑫某水产食品有限公司", "扬州大学动物科学与技术学院")),
            frozenset(("江南大学食品学院", "扬州大学动物科学与技术学院"))} <= pairs
    assert any("河海大学" in p and any(n.startswith("高邮市") and "政府" in n for n in p) for p in pairs)
    assert "扬州明某市政照明工程有限公司" in names(out, "Enterprise")
    assert not any("供货" in n for n in names(out)) and "扬州国际展览中心" not in names(out)


def test_a_reports_part_whose_own_title_follows_its_heading():
    """董事长致辞 / 江苏澜某海洋装备集团有限公司2023年度社会责任报告 / …集团…研发投入超1.5亿元: the report's firm is the
    集团 its chairman speaks for, though its title is not the first line."""
    out = run("董事长致辞\n\n江苏澜某海洋装备集团有限公司2023年度社会责任报告\n\n各位股东、客户：\n"
              "2023年，集团研发投入超1.5亿元，新增授权发明专利26件。\n\n董事长　顾某岳\n")
    assert subject_by_value(out).get(150000000) == "江苏澜某海洋装备集团有限公司"


def test_firms_visited_in_a_zone_or_a_town_are_placed_there():
    """在某开发区，调研组先后走访了A和B / 挂任某镇副镇长后，…走访了C、D: the firms of the visit are where it went, or in
    the town the visitor serves; a county's deputy's visits place no firm (he serves all of it)."""
    out = run("在大丰经济开发区，调研组先后走访了盐城丰某生物材料科技有限公司和江苏启某新材料科技有限公司。\n"
              "团员挂任沙集镇副镇长后，带着问题走访了江苏木某韵家居有限公司、宿迁鑫某板业有限公司等企业。\n"
              "团长挂任泗阳县副县长后，走访了江苏泗某膜材料有限公司。\n")
    placed = links(out, "locatedIn")
    assert {("盐城丰某生物材料科技有限公司", "大丰经济开发区"), ("江苏启某新材料科技有限公司", "大丰经济开发区"),
            ("江苏木某韵家居有限公司", "沙集镇"), ("宿迁鑫某板业有限公司", "沙集镇")} <= placed
    assert not any(s == "江苏泗某膜材料有限公司" and o == "泗阳县" for s, o in placed)


def test_a_firm_said_to_be_one_of_a_town_or_a_zone_is_placed_there():
    """某某公司是某镇一家从事…的企业 / 某某（以下简称“某某”）是某经开区的龙头企业: the firm is of that place; 是射阳湖的…
    is no 射阳 (the place must end where the words about the firm begin)."""
    out = run("太仓宏某特种纤维有限公司是沙溪镇一家从事差别化纤维生产的企业。\n"
              "无锡迪某智能科技有限公司（以下简称“迪某智能”）是锡山经开区的龙头企业。\n"
              "扬州碧某食品有限公司是射阳湖的龙头企业。\n")
    placed = links(out, "locatedIn")
    assert {("太仓宏某特种纤维有限公司", "沙溪镇")} <= placed
    assert any(s == "无锡迪某智能科技有限公司" and o.startswith("锡山") for s, o in placed)
    assert not any(s == "扬州碧某食品有限公司" and o.startswith("射阳") for s, o in placed)


def test_every_firm_of_a_list_after_a_zone_is_in_that_zone():
    """建湖高新区的A、B和C: the zone before the list holds every firm of it, not only the first."""
    out = run("调研组来到建湖高新区的江苏湖某电子科技有限公司、建湖县恒某汽车配件有限公司和江苏某某精工有限公司。\n")
    placed = links(out, "locatedIn")
    assert {("江苏湖某电子科技有限公司", "建湖高新区"), ("建湖县恒某汽车配件有限公司", "建湖高新区"),
            ("江苏某某精工有限公司", "建湖高新区")} <= placed


def test_a_platform_opened_or_settled_in_a_chain_of_places_is_in_the_last():
    """在连云区某街道揭牌 / 去年12月在某镇揭牌 / 落户大丰区新丰镇: the most specific place the sentence names, after a date too."""
    out = run("深远海某某装备联合实验室在连云区高公岛街道揭牌。\n江苏师范大学邳州某某产业研究院去年12月在铁富镇揭牌。\n"
              "南信大—智某视觉联合实验室落户大丰区新丰镇。\n")
    placed = links(out, "locatedIn")
    assert {("深远海某某装备联合实验室", "高公岛街道"), ("江苏师范大学邳州某某产业研究院", "铁富镇"),
            ("南信大—智某视觉联合实验室", "新丰镇")} <= placed


def test_a_deal_both_sides_sign_is_the_firm_the_paragraph_told_of():
    """…某公司找到某大学某学院。两个月后，双方签订技术开发合同，金额360万元: the amount is the firm's own deal, as
    when the pair is named in the signing clause; a sentence naming the broker keeps it the broker's."""
    out = run("宜兴市第十六批科技镇长团走访企业。\n江苏某瑞新材料有限公司找到南京理工大学化工学院。两个月后，双方签订技术开发合同，"
              "金额360万元。\n江苏某川环保有限公司与河海大学合作。在宜兴团牵线下，双方签订技术服务合同，金额80万元。\n")
    by_value = subject_by_value(out)
    assert by_value.get(3600000) == "江苏某瑞新材料有限公司"
    assert by_value.get(800000) != "江苏某川环保有限公司"


def test_culture_tourism_health_and_civil_affairs_bureaus_and_resort_zones():
    """文化广电和旅游局, 文化和旅游厅, 卫生健康委员会, 民政局 are agencies like 科技局; 旅游度假区 is a zone with a 管委会."""
    out = run("在东台团对接下，南京传媒学院与东台市文化广电和旅游局签署战略合作协议。\n"
              "江苏省文化和旅游厅、灌云县卫生健康委员会、海陵区民政局和太湖湾旅游度假区管委会参加。\n")
    agencies = names(out, "GovernmentAgency")
    assert {"东台市文化广电和旅游局", "江苏省文化和旅游厅", "灌云县卫生健康委员会", "海陵区民政局", "太湖湾旅游度假区管委会"} <= agencies
    assert "太湖湾旅游度假区" in names(out, "Locality")
    assert ("南京传媒学院", "东台市文化广电和旅游局") in {tuple(sorted(p, key=lambda n: n != "南京传媒学院"))
                                                  for p in links(out, "collaboratesWith")}


def test_a_signing_lists_items_join_their_parties_with_dashes():
    """▍签约项目一览 / ① A学院—B镇：… / ⑤ A学院—B镇—C公司：三方共建…: each item's parties cooperate, as with 与."""
    out = run("句容市第十五批科技镇长团召开对接会。\n▍签约项目一览\n\n① 南京艺术学院—茅山镇：村庄风貌设计；\n"
              "② 江苏大学艺术学院—句容市瑶某竹艺专业合作社：竹编文创产品设计；\n"
              "③ 江苏农林职业技术学院—天王镇—句容云某茶旅有限公司：三方共建研学基地。\n")
    pairs = {frozenset(p) for p in links(out, "collaboratesWith")}
    assert {frozenset(("南京艺术学院", "茅山镇")), frozenset(("江苏大学艺术学院", "句容市瑶某竹艺专业合作社")),
            frozenset(("江苏农林职业技术学院", "天王镇")), frozenset(("天王镇", "句容云某茶旅有限公司"))} <= pairs


def test_a_scene_word_before_a_firm_and_words_ending_in_village_are_no_names():
    """招聘会现场某某有限公司: the scene, then the firm; 推广到某镇其他村 and 完成村口广场 name no village."""
    out = run("宜兴市第十五批科技镇长团组织招聘会。招聘会现场江苏澜某环保科技有限公司展位前排起长队。\n"
              "学院师生驻村，完成村口广场设计，经验将推广到薛埠镇其他村。\n")
    assert "江苏澜某环保科技有限公司" in names(out, "Enterprise")
    assert not any("现场" in n for n in names(out))
    assert not {"其他村", "完成村", "薛埠镇其他村"} & names(out, "Locality")


def test_monitoring_and_verification_platforms_are_named_platforms():
    """某某生态环境智慧监测平台, 某某中试验证平台, 某某工业互联网平台: named kinds of platform, like 中试平台; a bare 平台 is not."""
    out = run("武进区第十五批科技镇长团牵线建设“太湖湾某某环境智慧监测平台”和“靖某工业互联网平台”。该平台由雪堰镇共建。\n")
    platforms = names(out, "Platform")
    assert {"太湖湾某某环境智慧监测平台", "靖某工业互联网平台"} <= platforms
    assert "该平台" not in platforms


def test_a_plan_or_a_report_sets_out_its_figures_for_the_place():
    """规划明确兴化将…谋划重点项目28个，估算总投资165亿元: the place's plan, not the team that wrote it."""
    out = run("兴化市第十六批科技镇长团编制乡村旅游规划。规划明确兴化将重点发展田园度假三类业态，谋划重点项目28个，"
              "估算总投资165亿元。兴化团到任以来邀请专家40余人次。\n")
    by_value = subject_by_value(out)
    assert by_value.get(28) == "兴化市" and by_value.get(16500000000) == "兴化市"
    assert by_value.get(40) == "兴化市第十六批科技镇长团"


def test_an_adverb_of_time_after_a_name_ends_it():
    """…副教授顾某目前挂职某管委会副主任: 目前 is no part of the name."""
    out = run("宜兴市第十五批科技镇长团团员、常州大学材料科学与工程学院副教授顾某目前挂职宜兴环保科技工业园管委会副主任。\n")
    assert "顾某" in names(out, "Person") and "顾某目" not in names(out)


def test_a_name_after_its_body_and_a_past_post():
    """来自某大学的顾某远时任某市副市长: a commemoration's member, named by the post he held then."""
    out = run("泰兴市科技镇长团十周年座谈会举行。来自南京工业大学的顾某远时任泰兴市副市长、第二批科技镇长团团长。\n")
    assert "顾某远" in names(out, "Person")


def test_a_list_whose_heading_credits_a_person_is_his_brokering():
    """…他牵线或亲自推动的主要成果有：\\n1. 促成A与B签订…；\\n2. 牵线C与D…: each item's parties were brokered by him, not the team."""
    out = run("沛县第五批科技镇长团团长、中国矿业大学教授郗某博带领团员走访企业140余家。据统计，他牵线或亲自推动的主要成果有：\n"
              "1. 促成中国矿业大学与沛县人民政府签订全面合作协议；\n2. 牵线中国矿业大学化工学院与徐州沛某焦化有限公司开展技术合作。\n")
    brokers = links(out, "brokered")
    assert {("郗某博", "中国矿业大学化工学院"), ("郗某博", "徐州沛某焦化有限公司")} <= brokers
    assert not any(s == "沛县第五批科技镇长团" for s, _ in brokers)


def test_a_platform_named_again_without_a_cue_is_the_same_platform():
    """实地观摩X联合研发中心。…中心成立半年来已攻关课题5项: the name read elsewhere (共建X联合研发中心) fixes where
    it begins here, so the platform's own tally is the platform's."""
    out = run("团员来到沭阳县某森木业科技有限公司，实地观摩某基材料联合研发中心。研发中心负责人介绍，中心成立半年来已联合攻关课题5项。"
              "此前，团员推动南京林业大学与某森木业共建某基材料联合研发中心。\n")
    assert subject_by_value(out).get(5) == "某基材料联合研发中心"


def test_a_platform_kind_after_this_or_now_stands_for_the_platform():
    """该中心于…揭牌，…目前已引进博士团队4个; 目前基地已引进新品种12个: 该, 目前 before the kind make it the platform
    named last, whatever follows it, and the platform's tallies are its own."""
    out = run("江宁区第十五批科技镇长团推动南京航空航天大学与江宁高新区共建“某航江宁无人系统创新中心”。该中心于2023年11月揭牌，"
              "目前已引进博士团队4个。团员牵线南京农业大学与某丰源农业科技有限公司共建“蓝某种质示范基地”，目前基地已引进蓝莓新品种12个。\n")
    by_value = subject_by_value(out)
    assert by_value.get(4) == "某航江宁无人系统创新中心" and by_value.get(12) == "蓝某种质示范基地"


def test_a_platform_kind_opening_a_clause_on_its_opening_stands_for_it():
    """据介绍，研究院揭牌前已与12家企业签订…: a kind followed by 揭牌, 挂牌, 启用, 建成, 投用 or 引进 is the platform."""
    out = run("大丰区第十六批科技镇长团牵线河海大学与大丰区共建“某海大丰海上风电运维研究院”。据介绍，研究院揭牌前已与园区内12家企业签订技术服务协议。\n")
    assert subject_by_value(out).get(12) == "某海大丰海上风电运维研究院"


def test_a_sentence_about_a_firm_reports_the_firms_own_figures():
    """恒某传动位于…，是本次签约金额最大的企业，合同金额达680万元: the firm that opens the sentence, with no one else named
    before the figure, owns it; the team's tally in the next sentence stays the team's."""
    out = run("如皋市第十六批科技镇长团组织集中签约，江苏恒某精密传动有限公司与南京工业大学签订合作协议。"
              "恒某传动位于如皋高新区，是本次签约金额最大的企业，合同金额达680万元。如皋团今年已走访企业120家。\n")
    by_value = subject_by_value(out)
    assert by_value.get(6800000) == "江苏恒某精密传动有限公司"
    assert by_value.get(120) == "如皋市第十六批科技镇长团"


def test_fu_and_yuchi_are_surnames_but_not_the_fu_of_shifu():
    """团员、副教授傅某宇 and 尉迟某岩 are names; 老师傅说 is no person."""
    out = run("靖江市第十六批科技镇长团团员、江苏科技大学副教授傅某宇挂职新港园区管委会副主任，团员、研究员尉迟某岩挂职生祠镇副镇长。"
              "车间里的老师傅说，新工艺好用。\n")
    persons = names(out, "Person")
    assert {"傅某宇", "尉迟某岩"} <= persons
    assert not any(n.startswith("傅说") or n == "傅说" for n in persons)


def test_a_list_item_names_the_firms_town_then_the_firm_after_a_dot():
    """①伊山镇·灌云县某某农业科技有限公司：…: the town is no part of the firm's name, and places the firm."""
    out = run("灌云县第十六批科技镇长团走访农户网店70余家。\n①伊山镇·灌云县丹某源农业科技有限公司：牵线江苏海洋大学，签订技术服务协议。\n"
              "②杨集镇·连云港海某味水产品有限公司：帮忙搭起直播间。\n")
    assert {"灌云县丹某源农业科技有限公司", "连云港海某味水产品有限公司"} <= names(out, "Enterprise")
    assert {("灌云县丹某源农业科技有限公司", "伊山镇"), ("连云港海某味水产品有限公司", "杨集镇")} <= links(out, "locatedIn")


def test_a_person_arranging_in_one_sentence_brokers_the_deal_the_next_tells():
    """在他的牵线下，学院团队多次来到震泽…。去年11月，A学院与B公司签订…: the member arranged the deal, not the team."""
    out = run("吴江区第十六批科技镇长团团员、江南大学副教授方某遥挂职震泽镇副镇长。“这是学院的方向。”方某遥说。"
              "在他的牵线下，学院染整团队多次来到震泽，与企业一起做小样。去年11月，江南大学纺织科学与工程学院与苏州蚕某丝绸文化有限公司签订技术服务合同，金额65万元。\n")
    brokers = links(out, "brokered")
    assert ("方某遥", "苏州蚕某丝绸文化有限公司") in brokers
    assert not any(s == "吴江区第十六批科技镇长团" for s, _ in brokers)


def test_a_limited_partnership_keeps_its_kind_in_brackets():
    """南京某阜创业投资合伙企业（有限合伙）: the bracketed kind is part of the registered name."""
    out = run("沭阳县第十五批科技镇长团牵线南京某阜创业投资合伙企业（有限合伙）与江苏禾某膜材料科技有限公司签订投资协议。\n")
    assert "南京某阜创业投资合伙企业(有限合伙)" in {fold(n) for n in names(out, "Enterprise")}


def test_a_time_word_or_a_verb_before_a_bare_kind_is_no_part_of_a_name():
    """明年公司计划…, 跟着某韵合作社的理事长…, 每年选派青年教师常驻园区, 在自家某某家庭农场, 平台已接入某峰线缆:
    no firm or zone is named by these words."""
    out = run("句容市第十六批科技镇长团团员走访丁庄村。跟着某韵合作社的理事长丁某华跑了三家加工户。"
              "某农业科技有限公司总经理表示，明年公司计划扩大生产。学院每年选派青年教师常驻园区。\n")
    assert not any(n.startswith(("跟着", "明年")) for n in names(out))
    assert not any("常驻" in n for n in names(out))
    out = run("沭阳县第十五批科技镇长团团员走访农户。许某禾在自家沭阳县某禾园艺家庭农场开通了网店。\n")
    assert "沭阳县某禾园艺家庭农场" in names(out, "Enterprise")
    out = run("宜兴市第十六批科技镇长团牵线建设虚拟电厂平台。平台已接入某峰线缆等12家企业。\n")
    assert not any(n.startswith("接入") for n in names(out))


def test_a_captions_mark_is_no_part_of_the_name_after_it():
    """（图）联合实验室揭牌现场: the caption's mark does not open a platform's name."""
    out = run("丹阳市第十五批科技镇长团牵线共建江苏大学丹阳某量化联合实验室。\n（图）联合实验室揭牌现场。\n")
    assert not any("图" in n for n in names(out))


def test_a_signing_item_may_space_its_dash_and_list_one_side():
    """1. A公司 — B学院：…; 5. A公司、C公司 — D学院：…: each firm cooperates with the other side, not with each other."""
    out = run("盐城经开区举办校企对接会。\n\n现场签约项目（部分）\n\n1. 盐城诺某汽车饰件有限公司 — 江苏大学材料科学与工程学院：内饰件材料开发，合同金额180万元；\n"
              "2. 江苏凯某传动系统有限公司、盐城远某精密机械有限公司 — 同济大学汽车学院：联合测试，合同金额合计120万元。\n")
    pairs = {frozenset(p) for p in links(out, "collaboratesWith")}
    assert frozenset({"盐城诺某汽车饰件有限公司", "江苏大学材料科学与工程学院"}) in pairs
    assert {frozenset({"江苏凯某传动系统有限公司", "同济大学汽车学院"}), frozenset({"盐城远某精密机械有限公司", "同济大学汽车学院"})} <= pairs
    assert frozenset({"江苏凯某传动系统有限公司", "盐城远某精密机械有限公司"}) not in pairs


def test_a_roster_whose_name_column_is_not_the_first_names_its_members():
    """附：…经开区分团成员 / | 职务 | 姓名 | 挂职岗位 | 派出单位 |: each row's name is a member of the sub-team the title
    names, from the body its 派出单位 cell gives."""
    out = run("盐城经开区举办对接会，盐城市第十六批科技镇长团经开区分团承办。\n\n附：盐城市第十六批科技镇长团经开区分团成员\n\n"
              "| 职务 | 姓名 | 挂职岗位 | 派出单位 |\n|---|---|---|---|\n| 团长 | 蔡某远 | 经开区管委会副主任 | 江苏大学 |\n"
              "| 团员 | 许某琪 | 经开区科技局副局长 | 南京理工大学 |\n")
    assert {"蔡某远", "许某琪"} <= names(out, "Person")
    sub_team = "盐城经开区第十六批科技镇长团"
    assert {("许某琪", sub_team), ("蔡某远", sub_team)} <= links(out, "memberOf")
    assert ("许某琪", "南京理工大学") in links(out, "affiliatedWith")


def test_a_roster_row_opening_on_its_team_places_the_member_there():
    """分团｜姓名｜挂职岗位｜派出单位 / 靖江团｜邵某桐｜…: the member is the row's first cell's team's."""
    out = run("泰州市第十五批科技镇长团成员名单\n分团｜姓名｜挂职岗位｜派出单位\n靖江团｜邵某桐｜靖江经济技术开发区管委会副主任｜江苏科技大学\n"
              "兴化团｜何某｜戴窑镇副镇长｜南京农业大学\n")
    members = links(out, "memberOf")
    assert ("邵某桐", "靖江市第十五批科技镇长团") in members and ("何某", "兴化市第十五批科技镇长团") in members


def test_a_forms_name_field_before_the_next_fields_label():
    """姓名：韩某宁　所在团：… (the gap compacted away): the name ends where the next label starts; a header's
    姓名｜单位及职务 names no one."""
    out = run("科技镇长团团员工作日志\n\n姓名：韩某宁　所在团：如皋市第十六批科技镇长团\n派出单位：江苏理工学院汽车与交通工程学院\n")
    assert "韩某宁" in names(out, "Person")
    out = run("如皋市第十五批科技镇长团专家名单\n序号　姓名　单位及职务\n1　葛某　南京大学教授\n")
    assert "单位及" not in names(out)


def test_a_list_of_short_town_names_may_qualify_its_towns():
    """走访了新河、颜集、庙头等花木重镇: the towns of the article's county, by their short names."""
    out = run("沭阳县第十五批科技镇长团到任后，团员们走访了新河、颜集、庙头等花木重镇的60多家网店。\n")
    assert {"新河镇", "颜集镇", "庙头镇"} <= names(out, "Locality")


def test_a_firms_brand_before_its_bracketed_place_runs_over_a_soft_stop_word():
    """某颐养老服务（苏州）有限公司: the walk stops at 服务, right before the bracket; the brand is before it."""
    out = run("产品已批量供给苏州的某颐养老服务（苏州）有限公司。\n")
    assert "某颐养老服务（苏州）有限公司" in names(out, "Enterprise")
    assert "（苏州）有限公司" not in names(out)


def test_a_dealer_or_supplier_word_is_no_part_of_the_firms_name():
    """通过经销商某汇医疗供应链（苏州）有限公司, 漆料供应商常州某涂化工有限公司; 团员们摸排园区 names no zone."""
    out = run("产品通过经销商某汇医疗供应链（苏州）有限公司销往各地，漆料供应商常州某涂化工有限公司也派人参加。"
              "团长带领团员们摸排园区企业技术需求。\n")
    firms = names(out, "Enterprise")
    assert {"某汇医疗供应链（苏州）有限公司", "常州某涂化工有限公司"} <= firms
    assert not any(n.startswith(("经销商", "商")) for n in firms)
    assert not any("摸排" in n for n in names(out, "Locality"))


def test_a_visit_logs_table_gives_each_row_a_visit_by_the_team_and_its_listed_members():
    """日期｜走访企业｜参加团员｜…: the team visited each row's firm, and so did the members named there; 全体团员 is
    every member of the team."""
    out = run("江都区科技镇长团工作简报\n\n一、团员\n\n| 姓名 | 挂职岗位 | 派出单位 |\n|---|---|---|\n"
              "| 戚某安 | 江都区副区长（团长） | 南京航空航天大学 |\n| 梅某远 | 江都高新区管委会副主任 | 扬州大学 |\n\n"
              "江都区第十六批科技镇长团本月集中走访企业。\n\n二、走访情况\n\n| 日期 | 走访企业 | 参加团员 | 企业需求 |\n|---|---|---|---|\n"
              "| 5月8日 | 扬州某兴紧固件有限公司 | 戚某安 | 冷镦工艺优化 |\n"
              "| 5月17日 | 扬州某拓精密铸造有限公司 | 全体团员 | 铸造缺陷检测 |\n")
    team = "江都区第十六批科技镇长团"
    visits = links(out, "visited")
    assert {(team, "扬州某兴紧固件有限公司"), (team, "扬州某拓精密铸造有限公司")} <= visits
    assert ("戚某安", "扬州某兴紧固件有限公司") in visits and ("梅某远", "扬州某兴紧固件有限公司") not in visits
    assert {("戚某安", "扬州某拓精密铸造有限公司"), ("梅某远", "扬州某拓精密铸造有限公司")} <= visits


def test_a_credit_for_numbered_items_above_covers_those_items_only():
    """上述第1、2项合作即由镇长团牵线促成: the team brokered items 1 and 2 of the list above, not item 3."""
    out = run("校地合作签约会在溧阳举行\n签约项目：\n1. 南京航空航天大学与溧阳某航电气有限公司签订技术开发合同。\n"
              "2. 南京理工大学与溧阳某锐动力科技有限公司签订技术服务合同。\n3. 常州大学与溧阳某宇电控系统有限公司签订合作协议。\n"
              "上述第1、2项合作即由溧阳市第十六批科技镇长团牵线促成。\n")
    brokered = {o for s, o in links(out, "brokered") if s == "溧阳市第十六批科技镇长团"}
    assert {"溧阳某航电气有限公司", "溧阳某锐动力科技有限公司"} <= brokered
    assert "溧阳某宇电控系统有限公司" not in brokered and "常州大学" not in brokered


def test_a_member_leading_their_own_research_group_brokered_the_deal():
    """团员、某学院教授阮某带领团队驻厂攻关，推动该校与X共建…: 团队 is the member's group, no team led; the member
    brokered."""
    out = run("盱眙县第十六批科技镇长团到任以来聚焦小龙虾产业。针对加工副产物利用率低的问题，团员、淮阴工学院教授阮某明带领团队"
              "驻厂攻关，推动该校与江苏某禾鲜食品有限公司共建某壳高值化利用工程技术研究中心。\n")
    assert ("阮某明", "江苏某禾鲜食品有限公司") in links(out, "brokered")
    assert ("盱眙县第十六批科技镇长团", "江苏某禾鲜食品有限公司") not in links(out, "brokered")


def test_this_cooperation_was_arranged_by_names_the_broker_of_the_deal_just_told():
    """…，江都高新区与该院签署战略合作协议。这一合作由程某之牵头对接半年有余: the person brokered that deal's
    parties; 该项目由团员某某促成 after a deal in its own sentence is that deal's."""
    out = run("5月，江都区第十五批科技镇长团团长程某之带队赴合肥。在中国科学院合肥物质科学研究院，江都高新区与该院签署战略合作协议。"
              "这一合作由程某之牵头对接半年有余。\n")
    assert ("程某之", "中国科学院合肥物质科学研究院") in links(out, "brokered")
    out = run("经兴化市第十五批科技镇长团牵线，兴化市某垛农产品有限公司与江苏省农业科学院签订合作协议。兴化市某渡生态农业发展有限公司"
              "与扬州大学签订技术服务合同，该项目由团员、扬州大学副教授常某阳促成。\n")
    brokered = links(out, "brokered")
    assert ("常某阳", "兴化市某渡生态农业发展有限公司") in brokered and ("常某阳", "兴化市某垛农产品有限公司") not in brokered


def test_a_zones_bureau_is_in_the_zone_the_article_names():
    """苏州高新区科技局 in an article naming 苏州高新区: the bureau is in the zone, whose mention inside the bureau's
    name was never resolved on its own."""
    out = run("苏州高新区科技局相关负责人介绍，苏州高新区第十六批科技镇长团到任以来走访企业120家。\n")
    assert ("苏州高新区科技局", "苏州高新区") in links(out, "locatedIn")


def test_a_universitys_page_gives_its_members_tallies_to_the_team_named_above():
    """On a university's page (我校), 某团共有团员12人。一年来，团员们走访…300余家，促成我校与…签订…46项: the team's
    tallies, 我校 only the partner; 上述第1、2项 counts nothing."""
    text = ("我校与溧阳市召开校地合作推进会\n推进会上，溧阳市第十六批科技镇长团团长、我校教授任某阳通报了镇长团一年来的工作。该团共有团员12人。"
            "一年来，团员们走访溧阳企业300余家，促成我校与溧阳企业签订技术合同46项，合同金额超2800万元。上述第1、2项合作即由镇长团牵线促成。\n")
    out = run(text, source="南京航空航天大学")
    by_value = subject_by_value(out)
    assert by_value.get(300) == by_value.get(46) == "溧阳市第十六批科技镇长团"
    assert 2 not in by_value


def test_a_firm_visited_after_what_it_makes_is_visited():
    """走访主营高性能复合材料的A和B / 走访了专注于工业视觉的C: the words on what the firm makes (a field among them)
    stand between the cue and the name, and the firms are still the ones visited."""
    out = run("铜山区第十六批科技镇长团开展企业走访\n5月6日，团长、铜山区副区长吴某东带队走访主营高性能复合材料的徐州博某新材料科技有限公司"
              "和江苏汇某环保装备有限公司，了解企业技术需求。\n团员李某明走访了专注于工业视觉的徐州某川智能科技有限公司。\n")
    visited = links(out, "visited")
    assert {("吴某东", "徐州博某新材料科技有限公司"), ("吴某东", "江苏汇某环保装备有限公司"),
            ("李某明", "徐州某川智能科技有限公司")} <= visited


def test_a_visit_still_planned_is_no_visit():
    """下一步将尽快走访A和B / 计划下半年组织企业走进某大学: a visit to come; 上月走访了C is one made."""
    out = run("大丰区第十七批科技镇长团召开工作会议\n下一步，镇长团将尽快走访镇内盐城鑫某水产科技有限公司等重点企业。"
              "镇长团计划下半年组织企业走进江南大学开展对接。上月，镇长团走访了盐城某堰食品有限公司。\n")
    visited = links(out, "visited")
    assert ("大丰区第十七批科技镇长团", "盐城某堰食品有限公司") in visited
    assert not {o for _, o in visited} & {"盐城鑫某水产科技有限公司", "江南大学"}


def test_cooperatives_counted_by_kind_are_no_names():
    """全县40余家农机专业合作社, 走访86家养殖专业合作社, 农机企业和农机专业合作社: kinds of co-operative, counted, none
    named; 射阳县某禾农机专业合作社 and 自家某某家庭农场 are names."""
    out = run("射阳县第十六批科技镇长团组织演示会\n全县40余家农机专业合作社负责人参加。团员走访农机企业和农机专业合作社86家，"
              "走访了86家养殖专业合作社，还走访了射阳县某禾农机专业合作社。他把自家沭阳县某禾园艺家庭农场交给儿子。\n")
    assert names(out, "Enterprise") == {"射阳县某禾农机专业合作社", "沭阳县某禾园艺家庭农场"}


def test_a_zone_named_by_two_characters_and_new_district_is_a_place_where_its_body_or_team_follows():
    """徐圩新区管委会, 某某新区 named three times: a zone whose name opens with no county's; 建设新区 once is none,
    nor is 化工园区 however often (园区 alone is a kind of park)."""
    out = run("5月21日，江苏港某新材料科技有限公司与中国科学院大连化学物理研究所在徐圩新区签约。徐圩新区管委会有关负责同志参加。"
              "化工园区安全是重点，化工园区整治提速，化工园区再升级。要加快建设新区。\n")
    assert "徐圩新区" in names(out, "Locality")
    assert not names(out, "Locality") & {"化工园区", "建设新区", "加快建设新区"}
    out = run("临江新区是海门的产业高地。我们推动中国药科大学与临江新区共建平台，首批项目落户临江新区。\n")
    assert "临江新区" in names(out, "Locality")


def test_a_places_rank_among_national_bases_is_no_part_of_its_industry():
    """某新区是国家七大石化产业基地之一: the field is 石化, not 国家七大石化."""
    out = run("徐圩新区管委会发布消息。徐圩新区是国家七大石化产业基地之一。\n")
    fields = names(out, "Field")
    assert "石化" in fields and not any(f.startswith(("国家", "七大")) for f in fields)


def test_a_roster_rows_home_body_in_brackets_after_the_post_is_the_members():
    """团员　蒋某　碧溪街道办事处副主任（华东理工大学）: the member's home body is the one in brackets after the
    post, and the team's member institution."""
    out = run("常熟市第十七批科技镇长团工作简报\n一、参加走访人员\n团长　　邹某哲　常熟市副市长（东南大学）\n"
              "团员　　蒋某　　碧溪街道办事处副主任（华东理工大学）\n")
    assert {("邹某哲", "东南大学"), ("蒋某", "华东理工大学")} <= links(out, "affiliatedWith")
    assert {("常熟市第十七批科技镇长团", "东南大学"), ("常熟市第十七批科技镇长团", "华东理工大学")} <= links(
        out, "memberInstitution")


def test_he_after_a_city_and_one_character_of_a_brand_is_part_of_the_brand():
    """、镇江顺和酱园食品有限公司: 和 after the city and the brand's first character is the brand's second, not "and";
    in 某鼎公司和常州某和新材料有限公司 the first 和 still joins two firms."""
    out = run("团员走访了镇江金某香醋有限公司、镇江顺和酱园食品有限公司。南京某大学与镇江某鼎公司和常州某和新材料有限公司签约。\n")
    firms = names(out, "Enterprise")
    assert "镇江顺和酱园食品有限公司" in firms and "酱园食品有限公司" not in firms
    assert "常州某和新材料有限公司" in firms and not any(f.startswith("镇江某鼎公司和") for f in firms)


def test_a_zones_sub_team_named_after_its_citys_team_is_part_of_it_and_the_articles_team():
    """宿迁市第十六批科技镇长团某河新区分团 (the zone's 管委会 named too): the sub-team is part of the city's team, and
    分团团长某某, 分团成员 below are that sub-team's, the article's team though its city is home."""
    out = run("9月26日，由宿迁市第十六批科技镇长团洋河新区分团牵头组织的对接会在洋河新区洋河镇举行。洋河新区管委会参加。\n"
              "二、分团成员及后方单位\n| 姓名 | 挂职岗位 | 后方单位 |\n| 秦某澜 | 洋河镇副镇长 | 江南大学生物工程学院 |\n"
              "“酿造企业多是中小酒坊。”分团团长吴某帆说。\n")
    sub = "洋河新区第十六批科技镇长团"
    assert (sub, "宿迁市第十六批科技镇长团") in links(out, "partOf")
    assert {("吴某帆", sub), ("秦某澜", sub)} <= links(out, "memberOf")
    assert ("吴某帆", sub) in links(out, "leads")


def test_a_firms_brand_in_a_deal_tables_cell_is_no_member():
    """| 1 | 康某源 | 江南大学食品学院 | … | 85万元 | under 企业, beside the firm 江苏康某源饲料科技有限公司: the firm's brand,
    not a member named before a university."""
    out = run("江苏康某源饲料科技有限公司位于海安高新区。7月初，江南大学食品学院与康某源共建研发中心。\n"
              "表：2023年上半年海安团促成的产学研合作项目\n\n| 序号 | 企业 | 合作单位 | 合作内容 | 合同金额 |\n|---|---|---|---|---|\n"
              "| 1 | 康某源 | 江南大学食品学院 | 固态发酵豆粕工艺优化 | 85万元 |\n")
    assert "康某源" not in names(out, "Person")
    assert not any(s.startswith(("康某源", "江苏康某源")) for s, _ in links(out, "affiliatedWith") | links(out, "memberOf"))


def test_a_two_character_name_before_dangchang_ends_there():
    """副教授邵某当场记下: the name is 邵某, 当场 what they did it with."""
    out = run("武进区第十五批科技镇长团团员、南京理工大学电子工程与光电技术学院副教授邵某当场记下这一需求。\n")
    assert "邵某" in names(out, "Person") and "邵某当" not in names(out, "Person")


def test_a_list_of_kinds_of_firm_names_no_firm():
    """面向区内汽车零部件、液压件、齿轮等企业: kinds of firm (one a trade alone), none named; 华某动力、泰州某厂等企业 are names."""
    out = run("平台面向区内汽车零部件、液压件、齿轮等企业提供服务。团员走访了华某动力、泰州某厂等企业。\n")
    firms = names(out, "Enterprise")
    assert not firms & {"液压件", "齿轮", "汽车零部件"}
    assert {"华某动力", "泰州某厂"} <= firms


def test_no_extraction_module_defines_a_function_twice():
    """A second ``def`` of a name silently replaces the first at every call site (``_inside_quote``
    in relations.py was shadowed so for months): each module-level function and class is defined once."""
    import ast
    from collections import Counter
    from pathlib import Path

    import kg.extract

    twice = []
    for path in sorted(Path(kg.extract.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = Counter(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef)))
        twice += [f"{path.name}: {name}" for name, k in names.items() if k > 1]
    assert twice == []


def test_no_test_module_defines_a_test_twice():
    """A second test of one name replaces the first, and pytest collects only the later, silently (one test of
    this file went unrun so): every test function and method of tests/ has a name of its own in its scope."""
    import ast
    from collections import Counter
    from pathlib import Path

    twice = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [("", tree.body)] + [(n.name + ".", n.body) for n in tree.body if isinstance(n, ast.ClassDef)]
        for prefix, body in scopes:
            names = Counter(n.name for n in body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
            twice += [f"{path.name}: {prefix}{name}" for name, k in names.items() if k > 1]
    assert twice == []


def test_a_member_from_a_university_then_shuangfang_means_the_pair_before():
    """江苏某拓工具有限公司与南京航空航天大学自动化学院签订…。…来自南航的团员沈某走访企业时…，最终促成双方合作: 双方 is
    the pair just named, the member their broker; the university he comes from is no party of the clause."""
    out = run("11月7日，由启东市第十六批科技镇长团牵线的产学研合作签约仪式在吕四港镇举行。"
              "江苏某拓工具有限公司与南京航空航天大学自动化学院签订无刷电机联合开发协议。\n"
              "某拓工具是吕四港镇电动工具产业链上的骨干企业。今年以来，企业多款新品迟迟无法量产。\n"
              "去年，挂职吕四港镇副镇长、来自南航的团员沈某舟走访企业时了解到这一情况，多次联系学校电机团队，最终促成双方合作。\n")
    assert {("沈某舟", "江苏某拓工具有限公司"), ("沈某舟", "南京航空航天大学自动化学院")} <= links(out, "brokered")


def test_a_subsidiary_named_after_its_owner_is_the_party():
    """某某学院与泓某药业全资子公司泰兴泓某医药化工有限公司签订…: the subsidiary is the firm and the party; its owner's
    short name only says whose it is."""
    out = run("11月6日，中国药科大学与江苏泓某药业股份有限公司签订全面合作协议。\n"
              "同日，中国药科大学工学院与泓某药业全资子公司泰兴泓某医药化工有限公司签订了溶剂回收技术服务合同。\n")
    assert "泰兴泓某医药化工有限公司" in names(out, "Enterprise")
    assert not any("子公司" in n for n in names(out))
    pairs = links(out, "collaboratesWith")
    assert ("中国药科大学工学院", "泰兴泓某医药化工有限公司") in pairs
    assert ("中国药科大学工学院", "江苏泓某药业股份有限公司") not in pairs


def test_line_bureaus_are_agencies():
    """宿迁市邮政管理局, 江苏省药品监督管理局, 某县气象局: government bodies, like 科技局."""
    out = run("这些成绩离不开宿迁市邮政管理局的支持。团长吴某（江苏省药品监督管理局）带队走访。沭阳县气象局参加。\n")
    assert {"宿迁市邮政管理局", "江苏省药品监督管理局", "沭阳县气象局"} <= names(out, "GovernmentAgency")


def test_an_agency_thanked_once_does_not_take_a_whole_countys_count():
    """2023年全县快递业务量超10亿件 … 离不开某市邮政管理局的支持: the county's count, not the agency's nor the team's."""
    out = run("沭阳县第十五批科技镇长团到任一年。花木电商和快递物流是沭阳的两大特色产业，2023年全县快递业务量超10亿件。\n"
              "到目前为止，镇长团共促成产学研合作项目11项。这些成绩离不开宿迁市邮政管理局和县里有关部门的支持。\n")
    assert subject_by_value(out)[1_000_000_000] == "沭阳县"
    assert subject_by_value(out)[11] == "沭阳县第十五批科技镇长团"


def test_a_verb_then_one_and_a_measure_word_is_no_name():
    """每名团员包一条细分产业链: 包 may be a surname, but 包一条 is a verb and what it counts."""
    out = run("海门区第十六批科技镇长团实行“产业链长制”，每名团员包一条细分产业链，团员李某航负责电机链。\n")
    assert "包一条" not in names(out, "Person") and "李某航" in names(out, "Person")


def test_a_visit_to_the_park_is_no_parks_name():
    """组织矿大机器人团队三次来园区调研: how often they came to the park, not a park named 三次来园区."""
    out = run("铜山区第十五批科技镇长团团员陆某涵组织中国矿业大学机器人团队三次来园区调研。\n")
    assert not any(n.endswith("园区") for n in names(out, "Locality"))


def test_quoted_words_before_chanye_are_no_field_list():
    """“多而不强、大而不精”一直是某镇五金产业的心病; 由某某牵头、联合某大学共建的“某市紧固件产业技术创新联盟”: quoted
    words, not a list of fields."""
    out = run("兴化市第十五批科技镇长团到任后发现，“多而不强、大而不精”一直是戴南五金产业的心病。\n"
              "会上，由恒某紧固件牵头、联合南京工业大学共建的“靖江市标准件产业技术创新联盟”揭牌成立，靖江市第十五批科技镇长团参加。\n")
    fields = names(out, "Field")
    assert not any(w in f for f in fields for w in ("多而不强", "大而不精", "牵头"))


def test_a_places_industries_after_yi_lose_the_yi():
    """东山镇以碧螺春茶和枇杷、杨梅等花果产业闻名: the fields are 碧螺春茶 and 枇杷, not 以碧螺春茶."""
    out = run("吴中区第十六批科技镇长团走访东山镇。东山镇以碧螺春茶和枇杷、杨梅等花果产业闻名。\n")
    fields = names(out, "Field")
    assert "碧螺春茶" in fields and not any(f.startswith("以") for f in fields)


def test_a_districts_own_report_naming_a_neighbours_team_once_is_still_that_districts():
    """吴中区…团 named throughout, 相城区…团 once in passing: not a city's group of sub-teams; 区科技局 is 吴中区's."""
    out = run("吴中区科技镇长团工作简报\n\n吴中区第十六批科技镇长团共5名成员，在区科技局的指导下开展工作。\n"
              "吴中区第十六批科技镇长团走访光福镇企业12家。吴中区第十六批科技镇长团组织专家到临湖镇调研。\n"
              "下一步，将与相城区第十六批科技镇长团开展联合调研。\n", title="吴中区科技镇长团工作简报")
    assert "吴中区科技局" in names(out, "GovernmentAgency")


def test_a_zones_short_name_in_its_bureaus_name_is_the_zone_named_in_full():
    """泰州医药高新区…团; 医药高新区科技局副局长, 医药高新区管委会: the bureaus of 泰州医药高新区, and no second zone
    named 医药高新区."""
    out = run("泰州医药高新区第十六批科技镇长团到任。团员黎某，医药高新区科技局副局长。医药高新区管委会主任出席。\n")
    assert {"泰州医药高新区科技局", "泰州医药高新区管委会"} <= names(out, "GovernmentAgency")
    assert "医药高新区" not in names(out, "Locality")


def test_xiaozhen_is_a_small_town_not_a_town_outside_jiangsu_named_so():
    """这个被誉为“中国不锈钢名镇”的苏中小镇: "a small town of 苏中", not 辽宁's 中小镇."""
    out = run("兴化市第十五批科技镇长团走访戴南镇。这个被誉为“中国不锈钢名镇”的苏中小镇，以不锈钢制品和五金为两大主导产业。\n")
    assert "中小镇" not in names(out, "Locality") and "戴南镇" in names(out, "Locality")


def test_a_farm_list_with_growers_and_partner_columns_pairs_each_row():
    """序号 | 种植主体 | 所在镇 | 合作单位 | 联系团员: each grower and its partner cooperate, the team above brokered it."""
    out = run("灌云县第十六批科技镇长团组织团员对全县中药材种植基地开展技术需求摸排，对接情况如下：\n\n"
              "序号 | 种植主体 | 所在镇 | 主要品种 | 合作单位 | 联系团员\n"
              "1 | 灌云县润某中药材种植专业合作社 | 杨集镇 | 桔梗 | 江苏海洋大学 | 严某（杨集镇副镇长，江苏海洋大学）\n"
              "2 | 连云港金某本草农业科技有限公司 | 同兴镇 | 白芍 | 南京中医药大学药学院 | 许某恒（同兴镇副镇长，南京中医药大学）\n")
    assert {("江苏海洋大学", "灌云县润某中药材种植专业合作社"),
            ("南京中医药大学药学院", "连云港金某本草农业科技有限公司")} <= {tuple(sorted(p)) for p in links(out, "collaboratesWith")}
    assert ("许某恒", "灌云县第十六批科技镇长团") in links(out, "memberOf")


def test_a_bulleted_roster_line_opens_with_the_members_name():
    """团员：/ · 丁某之，挂职访仙镇副镇长，派出单位：南京工程学院: a member, from the body after 派出单位."""
    out = run("丹阳市第十六批科技镇长团成员名单\n团长：许某宁，挂职丹阳市副市长，派出单位：东南大学\n团员：\n"
              "· 丁某之，挂职访仙镇副镇长，派出单位：南京工程学院\n1. 严某志，挂职吕城镇副镇长，派出单位：江苏理工学院\n")
    assert {("丁某之", "丹阳市第十六批科技镇长团"), ("严某志", "丹阳市第十六批科技镇长团")} <= links(out, "memberOf")
    assert ("丁某之", "南京工程学院") in links(out, "affiliatedWith")


def test_a_buyer_named_after_jiaofu_and_farms_counted_by_ge_are_no_odd_firms():
    """首批产品将交付常州某翼无人机科技有限公司: the buyer's name starts after 交付; 进入…30余个家庭农场: farms counted, none named."""
    out = run("中试线投运后，首批产品将交付常州某翼无人机科技有限公司。绿某智能的产品已进入茅山镇的30余个家庭农场。\n")
    firms = names(out, "Enterprise")
    assert "常州某翼无人机科技有限公司" in firms
    assert not any(f.startswith(("交付", "余个")) or f == "家庭农场" for f in firms)


def test_a_verb_before_a_zones_short_name_is_no_zone():
    """射阳团将借鉴经开区团的经验: 借鉴 is what the team does, not the start of a zone's name."""
    out = run("常州经开区第十六批科技镇长团接待了射阳县第十六批科技镇长团。射阳团将借鉴经开区团的经验做法。\n")
    assert not any(n.startswith("借鉴") for n in names(out))
    assert "常州经开区第十六批科技镇长团" in names(out, "Team")


def test_a_team_working_on_its_citys_industries_has_them_too():
    """第十六批科技镇长团…，围绕我市A、B等主导产业: the city's industries and the team's; a leader's 要求 is no fact."""
    out = run("靖江市召开科技镇长团工作推进会。会议通报，第十六批科技镇长团自2024年8月到任以来，"
              "围绕我市船舶海工、节能环保等主导产业，累计走访企业217家。\n")
    assert {("靖江市第十六批科技镇长团", "节能环保"), ("靖江市", "节能环保")} <= links(out, "hasField")
    out = run("靖江市召开科技镇长团工作推进会。他要求，第十六批科技镇长团要尽快完成角色转换，"
              "围绕全市船舶海工、节能环保等主导产业做好服务。\n")
    assert ("靖江市第十六批科技镇长团", "节能环保") not in links(out, "hasField")


def test_an_area_word_and_a_whole_chain_are_no_part_of_a_listed_field():
    """围绕区内光电通信、新材料两大主导产业 (区内 is where), 聚焦小龙虾全产业链 (全 is the whole chain)."""
    out = run("吴江区第十五批科技镇长团到任以来，吴江团围绕区内光电通信、新材料两大主导产业，已走访企业120余家。"
              "盱眙县第十六批科技镇长团聚焦小龙虾全产业链，走访企业30家。\n")
    fields = names(out, "Field")
    assert {"光电通信", "小龙虾"} <= fields and "小龙虾全" not in fields
    assert ("吴江区第十五批科技镇长团", "光电通信") in links(out, "hasField")


def test_a_brand_and_trade_listed_beside_a_registered_firm_is_a_firm():
    """走访了锦某服饰、秋某服饰和常熟市某某制衣有限公司: the short names beside the firm are firms and visited;
    与我校通信与信息工程学院 (a school after 与) and 我校电子 are no firm."""
    out = run("常熟市第十六批科技镇长团团长唐某介绍了情况。对接会前一天，团员们陪同6位专家先后走访了锦某服饰、秋某服饰"
              "和常熟市某风制衣有限公司，现场查看生产线。泰州某讯通信设备有限公司与我校通信与信息工程学院签订合作协议。\n")
    firms = names(out, "Enterprise")
    assert {"锦某服饰", "秋某服饰", "常熟市某风制衣有限公司"} <= firms
    assert not any(f.startswith("我校") for f in firms)
    assert {("常熟市第十六批科技镇长团", "锦某服饰"), ("常熟市第十六批科技镇长团", "秋某服饰")} <= links(out, "visited")


def test_this_firm_located_in_a_zone_places_the_firm_named_last():
    """走访禾某生物时了解到，这家位于泰兴经济开发区的企业…: the firm is in the zone."""
    out = run("泰兴市第十五批科技镇长团团长带队走访江苏禾某生物科技有限公司时了解到，这家位于泰兴经济开发区的企业"
              "有一款耐高温植酸酶，产品批次稳定性始终上不去。\n")
    assert ("江苏禾某生物科技有限公司", "泰兴经济开发区") in links(out, "locatedIn")


def test_a_members_employer_before_his_name_does_not_hide_the_pair_named_before():
    """A与B签约。团员、某学院副教授苗某随即联系学院团队，最终推动双方签约: 双方 is A and B, and he brokered it."""
    out = run("6月16日，江南大学与江苏禾某生物科技有限公司签约。团员、江南大学生物工程学院副教授苗某帆随即联系学院团队，"
              "三个月内两次带专家上门，最终推动双方签约。\n")
    assert {("苗某帆", "江南大学"), ("苗某帆", "江苏禾某生物科技有限公司")} <= links(out, "brokered")


def test_a_place_in_a_trip_slogan_after_an_expert_is_no_person():
    """举办“再制造技术专家张家港行”系列活动: 专家 before a place and 行 is a trip's name, no one's."""
    out = run("张家港市第十六批科技镇长团举办“再制造技术专家张家港行”系列活动3场。\n")
    assert "张家港" not in names(out, "Person")


def test_two_places_before_a_listed_field_are_not_part_of_it():
    """溧阳、金坛两地动力电池产业集聚: the field is 动力电池."""
    out = run("常州市第十六批科技镇长团到任以来，溧阳、金坛两地动力电池产业集聚，首批退役电池正陆续进入回收期。\n")
    fields = names(out, "Field")
    assert "动力电池" in fields and not any(f.startswith("两地") for f in fields)


def test_a_town_before_a_firms_registered_name_is_where_it_is():
    """在盛泽苏州某川循环纺织有限公司车间: 盛泽 (盛泽镇) is where; the name opens with 苏州."""
    out = run("吴江区第十六批科技镇长团副团长柏某楠在盛泽苏州某川循环纺织有限公司车间了解工艺。\n")
    assert "苏州某川循环纺织有限公司" in names(out, "Enterprise")


def test_the_school_named_last_is_what_gai_xueyuan_stands_for():
    """团员钱某堂是该学院教授: 该学院 is the school named before, his employer; its university sends him."""
    out = run("宜兴市第十六批科技镇长团牵线某企业与常州大学材料科学与工程学院合作。团员钱某堂是该学院教授，"
              "现挂职环科园管委会副主任。\n")
    assert ("钱某堂", "常州大学材料科学与工程学院") in links(out, "affiliatedWith")
    assert ("宜兴市第十六批科技镇长团", "常州大学") in links(out, "memberInstitution")


def test_police_bureaus_and_a_citys_operations_centre_are_agencies():
    """昆山市公安局交通警察大队, 梁溪区城市运行指挥中心: agencies of their places."""
    out = run("昆山市第十五批科技镇长团牵线东南大学交通学院与昆山市公安局交通警察大队合作。"
              "梁溪区城市运行指挥中心与江南大学签订协议。\n")
    agencies = names(out, "GovernmentAgency")
    assert {"昆山市公安局交通警察大队", "梁溪区城市运行指挥中心"} <= agencies


def test_xiang_before_a_common_noun_is_no_surname():
    """科技镇长团团员向企业代表推介成果: 向 is "to", not the surname 向."""
    out = run("清江浦区第十五批科技镇长团举办对接会。科技镇长团团员向企业代表推介后方高校科技成果。\n")
    assert not any(p.startswith("向") for p in names(out, "Person"))


def test_the_pair_named_before_and_a_third_build_a_platform_together():
    """A与B签订合同。双方又与X三方共建“Z联合实验室”: A and B host Z."""
    out = run("陆某涛促成东南大学交通学院与江苏智某交通科技有限公司签订技术开发合同。在他的推动下，双方又与昆山市某某研究所"
              "三方共建“某城交通信号优化联合实验室”。\n")
    assert {("某城交通信号优化联合实验室", "东南大学交通学院"),
            ("某城交通信号优化联合实验室", "江苏智某交通科技有限公司")} <= links(out, "hostedBy")


def test_a_works_named_for_its_trade_after_its_place_is_a_firm():
    """泰兴市某弦乐器配件厂, 扬州市某筝民族乐器厂 are firms; 不少小酒厂 and …模具厂区内 name none."""
    out = run("程某新促成中国科学院声学研究所与泰兴市某弦乐器配件厂签订合作协议。扬州大学音乐学院与扬州市某筝民族乐器厂共建实践基地。"
              "县里有不少小酒厂。中心设在儒林镇某鼎模具厂区内。\n")
    firms = names(out, "Enterprise")
    assert {"泰兴市某弦乐器配件厂", "扬州市某筝民族乐器厂"} <= firms
    assert not any(f.endswith(("酒厂", "模具厂")) for f in firms)
    assert any({a, b} == {"中国科学院声学研究所", "泰兴市某弦乐器配件厂"} for a, b in links(out, "collaboratesWith"))


def test_a_source_lines_agency_is_also_known_as_written_and_by_its_short_name():
    """来源：南通市通州区科学技术局: the bureau, also 南通市通州区科学技术局 and 通州区科技局."""
    out = run("通州区第十六批科技镇长团到任以来，走访企业120家。\n", source="南通市通州区科学技术局")
    bureau = next(e for e in out["entities"] if e["type"] == "GovernmentAgency")
    assert {"南通市通州区科学技术局", "通州区科技局"} <= {bureau["name"], *bureau["aliases"]}


def test_a_list_after_jiehe_names_the_places_industries():
    """将结合吴江光电通信、新型显示等主导产业开展科技服务: 光电通信 is a field (吴江 and 将结合 are not part of it)."""
    out = run("吴江区第十六批科技镇长团成员近日全部到岗，将结合吴江光电通信、新型显示等主导产业开展科技服务。\n")
    fields = names(out, "Field")
    assert "光电通信" in fields and not any(f.startswith(("将", "结合", "吴江")) for f in fields)


def test_a_roster_attachments_title_is_no_person():
    """附件：第十六批科技镇长团成员简介.pdf: 简介 after 成员 is no name."""
    out = run("吴江区第十六批科技镇长团成员近日全部到岗。\n附件：第十六批科技镇长团成员简介.pdf\n")
    assert "简介" not in names(out, "Person")


def test_a_space_between_latin_words_stays_inside_a_platforms_name():
    """东南大学—某辰光电Micro LED联合研发中心: one platform, its name across the space."""
    out = run("11月17日，东南大学—某辰光电Micro LED联合研发中心在昆山光电产业园揭牌。\n")
    assert "东南大学—某辰光电Micro LED联合研发中心" in names(out, "Platform")


def test_a_member_who_brings_his_schools_group_to_a_firm_makes_the_pair():
    """聂某禾到任后走访了江苏某垚生物材料有限公司。聂某禾把学院团队请进车间，双方很快签下…合同: his school and the
    firm cooperate, and he brokered it."""
    out = run("宿城区第十五批科技镇长团团长、南京工业大学生物与制药工程学院副教授聂某禾，到任后走访了江苏某垚生物材料有限公司。"
              "这家公司发酵生产丁二酸。聂某禾把学院团队请进车间，双方很快签下320万元的技术开发合同。\n")
    pair = {"南京工业大学生物与制药工程学院", "江苏某垚生物材料有限公司"}
    assert any({a, b} == pair for a, b in links(out, "collaboratesWith"))
    assert {("聂某禾", p) for p in pair} <= links(out, "brokered")


def test_the_school_a_team_called_in_and_the_paragraphs_firm_are_the_next_sentences_pair():
    """在某新区的江苏某耀照明科技有限公司…。得知企业需求后，科技镇长团迅速对接东南大学某学院。去年11月，双方签订…合同，
    并共建“…中心”: the firm and the school cooperate and host the centre; the team brokered it."""
    out = run("高邮市第十五批科技镇长团把高校的“光”引进来。\n"
              "在高邮经济开发区的江苏某耀照明科技有限公司展厅里，智慧灯杆格外醒目。“光靠自己的研发力量远远不够。”总经理坦言。\n"
              "得知企业需求后，科技镇长团迅速对接东南大学电子科学与工程学院。去年11月，双方签订技术开发合同，合同金额约380万元，"
              "并共建“高邮某灯联合研发中心”，重点攻关单灯控制等关键技术。\n")
    pair = {"东南大学电子科学与工程学院", "江苏某耀照明科技有限公司"}
    assert any({a, b} == pair for a, b in links(out, "collaboratesWith"))
    assert {("高邮市第十五批科技镇长团", p) for p in pair} <= links(out, "brokered")
    assert {("高邮某灯联合研发中心", p) for p in pair} <= links(out, "hostedBy")


def test_a_member_who_calls_in_a_school_for_a_firm_brokered_the_pair_the_next_sentence_signs():
    """…韩某桐走访江苏某驰锂能科技有限公司时了解到…，随即联系中国科学院物理研究所。两个月后，双方签订…: the member's
    doing; but 双方将围绕… (a plan) makes no pair."""
    out = run("金坛区第十五批科技镇长团团员韩某桐走访江苏某驰锂能科技有限公司时了解到企业固态电解质量产受阻，"
              "随即联系中国科学院物理研究所。两个月后，双方签订技术开发合同。\n")
    pair = {"中国科学院物理研究所", "江苏某驰锂能科技有限公司"}
    assert any({a, b} == pair for a, b in links(out, "collaboratesWith"))
    assert {("韩某桐", p) for p in pair} <= links(out, "brokered")
    planned = run("金坛区第十五批科技镇长团团员韩某桐走访江苏某驰锂能科技有限公司时了解到企业固态电解质量产受阻，"
                  "随即联系中国科学院物理研究所。双方将围绕固态电解质开展联合研发。\n")
    assert not any({a, b} == pair for a, b in links(planned, "collaboratesWith"))


def test_members_coming_from_bodies_after_the_team_arrived_are_its_institutions():
    """第十六批科技镇长团（…）于2023年8月到任，共有成员11名。成员来自苏州大学、南京大学…: the team's senders;
    成员 is no person."""
    out = run("张家港市第十六批科技镇长团（以下简称“镇长团”）于2023年8月到任，共有成员11名，团长许某言由苏州大学能源学院"
              "院长助理挂任张家港市副市长。成员来自苏州大学、南京大学、常熟理工学院等8家单位。\n")
    assert {("张家港市第十六批科技镇长团", u) for u in ("苏州大学", "南京大学", "常熟理工学院")} <= links(out, "memberInstitution")
    assert "成员" not in names(out, "Person")


def test_a_roster_rows_team_cell_is_the_members_team():
    """姓名　所在单位　挂职岗位　所在团组 / 单某博　…药学院　…副主任　泰州医药高新区团: each row's own team."""
    out = run("我校第十六批科技镇长团团员名单\n\n姓名　所在单位　挂职岗位　所在团组\n"
              "单某博　中国药科大学药学院　泰州医药高新区管委会副主任　泰州医药高新区团\n"
              "蒋某琳　中国药科大学中药学院　射阳县科技局副局长　射阳县团\n"
              "顾某哲　中国药科大学理学院　吴中区科技局副局长　吴中区团\n\n"
              "泰州医药高新区第十六批科技镇长团、射阳县第十六批科技镇长团和吴中区第十六批科技镇长团到任一年。\n")
    assert {("单某博", "泰州医药高新区第十六批科技镇长团"), ("蒋某琳", "射阳县第十六批科技镇长团"),
            ("顾某哲", "吴中区第十六批科技镇长团")} <= links(out, "memberOf")


def test_our_school_is_the_university_a_roster_names_first_inside_a_schools_name():
    """我校选派的6名教师… with a roster of 中国药科大学…学院 before 江南大学 is named: 我校 is 中国药科大学."""
    text = ("我校第十六批科技镇长团团员助力地方产业\n\n2023年8月，我校选派的6名教师赴省内各地科技镇长团挂职。\n\n"
            "姓名　所在单位\n单某博　中国药科大学药学院\n\n"
            "顾某哲协助区科技局组织对接会，邀请江南大学、苏州大学等高校专家30余人次与企业交流。\n")
    out = run(text)
    k = text.index("我校选派")
    sent_by = {e["name"] for e in out["entities"] if e["type"] == "University" and [k, k + 2] in e["mentions"]}
    assert sent_by == {"中国药科大学"}


def test_a_bare_xinqu_team_after_a_new_areas_body_is_that_areas():
    """镇江新区管委会副主任、新区第十六批科技镇长团团长严某成: the team of 镇江新区."""
    out = run("12月5日，镇江某翼航空产业园项目签约活动在大路镇举行。“园区缺的是高校团队。”镇江新区管委会副主任、"
              "新区第十六批科技镇长团团长严某成说。\n")
    assert "镇江新区第十六批科技镇长团" in names(out, "Team")
    assert ("严某成", "镇江新区第十六批科技镇长团") in links(out, "leads")


def test_a_parks_word_opening_what_it_has_is_the_park_named_before():
    """位于大路镇的镇江某翼航空产业园…。据了解，产业园现有航空类企业36家: the park's figure."""
    out = run("镇江新区第十六批科技镇长团到任一年。位于大路镇的镇江某翼航空产业园是专业园区。"
              "据了解，产业园现有航空类企业36家，2023年实现产值42亿元。\n")
    assert subject_by_value(out)[36] == "镇江某翼航空产业园"


_HASH_SEED_PROBE = """
import json, sys
from kg.ingest import Article
from kg.extract import extract_article
text = sys.stdin.read()
print(json.dumps(extract_article(Article(id="t.txt", path="t.txt", title=None, date=None, source=None, text=text)),
                 ensure_ascii=False, sort_keys=True))
"""


def test_extraction_does_not_depend_on_the_string_hash_seed():
    """Sets of strings iterate in a per-process order: a zone's short names (高新区, 新区) tried in that order made
    高新区分团 and 分团 come and go between runs. Two processes with different PYTHONHASHSEED agree."""
    import os
    import subprocess
    from pathlib import Path

    text = ("昆山高新区科技镇长团：让科技成果在园区落地\n\n昆山市第十五批科技镇长团高新区分团共有团员5名，分别挂职于高新区管委会"
            "相关部门。分团团长、东南大学教授钱某凡挂职昆山高新区管委会副主任。高新区分团到任以来走访企业60家。\n")
    root = str(Path(__file__).resolve().parents[1])
    outs = {subprocess.run([sys.executable, "-c", _HASH_SEED_PROBE], input=text, capture_output=True, text=True,
                           check=True, cwd=root, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}).stdout
            for seed in ("0", "2")}
    assert len(outs) == 1


def test_a_sample_of_the_independent_set_extracts_the_same_under_two_hash_seeds(tmp_path):
    """The one-text guard above catches the case that was found; this one looks wider. Every seventh article of
    the independent set (and every seed) is extracted by two `kg extract` processes with different PYTHONHASHSEED,
    side by side; any rule whose winner depends on a set's order shows up as a difference."""
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    articles = sorted((root / "tests" / "data" / "independent" / "articles").glob("*.txt"))
    # h31_03 is the article where the bug was found (its 高新区分团); the rest is an even spread
    sample = sorted({*articles[::7], root / "tests" / "data" / "independent" / "articles" / "h31_03.txt"})
    sample += sorted((root / "seeds").glob("*.txt"))
    assert len(sample) > 250
    paths = [str(p) for p in sample]
    procs = {seed: subprocess.Popen([sys.executable, "-m", "kg.cli", "extract", *paths], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, cwd=tmp_path,
                                    env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)})
             for seed in ("0", "2")}
    outs = {}
    for seed, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr.decode()[-2000:]
        outs[seed] = stdout.decode().splitlines()
    assert len(outs["0"]) == len(sample)
    differing = [a.split('"doc": "')[1].split('"')[0] for a, b in zip(outs["0"], outs["2"]) if a != b]
    assert not differing, f"output depends on the hash seed: {differing[:10]}"


def test_a_copper_works_is_known_by_its_short_name():
    """铜业 names a trade like 铝业: 江阴某某铜业有限公司 is 某某铜业 later, a party to the school's contract."""
    out = run("江阴是全国重要的铜材加工产业集聚地。比如周庄镇的江阴澄岳铜业有限公司，主要做无氧铜杆。"
              "我们团员、中南大学材料科学与工程学院的郑某某教授先后三次到澄岳铜业调研，随后我们促成学院和澄岳铜业签订了技术开发合同。")
    assert ("中南大学材料科学与工程学院", "collaboratesWith", "江阴澄岳铜业有限公司") in facts(out, "collaboratesWith")


def test_a_vice_president_in_a_school_page_works_at_the_university_of_our_school():
    """我校材料科学与工程学院 on a school's page says whose news it is, though 我校 is no party anywhere: a bare
    副校长 there works at that university."""
    out = run("本院教师助力企业攻关\n\n5月24日，常州大学—某某联合实验室在溧阳市上黄镇揭牌。副校长钱某鹏，溧阳市副市长柏某涛出席揭牌仪式。"
              "该实验室由我校材料科学与工程学院与江苏某擎电缆有限公司共建。\n", source="常州大学材料科学与工程学院")
    assert ("钱某鹏", "affiliatedWith", "常州大学") in facts(out, "affiliatedWith")


def test_a_place_that_says_what_it_holds_owns_its_figures_whoever_speaks():
    """宜兴团团长…介绍，官林镇现有线缆企业近千家，…产值超600亿元: the town's figures, not the team's; the team's own
    tally in the next sentence stays the team's."""
    out = run("宜兴市第十五批科技镇长团团长陆某波在推介中介绍，官林镇现有线缆企业近千家，2022年线缆产业产值超600亿元，"
              "正加快向特种线缆方向转型。到任以来，宜兴团已促成产学研合作项目36项。")
    by_value = subject_by_value(out)
    assert by_value[1000] == "官林镇"
    assert by_value[60_000_000_000] == "官林镇"
    assert by_value[36] == "宜兴市第十五批科技镇长团"


def test_an_amount_with_a_decimal_in_yi_is_a_whole_number_of_yuan():
    """286.4亿元 is 28639999999.999996 in binary floating point; the figure is 28,640,000,000."""
    out = run("盱眙县共有14个项目入选，总投资286.4亿元，年度计划投资71.2亿元。")
    values = {f["value"] for f in out["figures"]}
    assert 28_640_000_000 in values and all(isinstance(v, int) for v in values)


def test_a_field_before_this_one_industry_ends_before_the_demonstrative():
    """紧扣全区电动车这一特色产业: the field is 电动车, not 电动车这一; 某某这一行业痛点 names a problem, no field."""
    out = run("锡山区第十五批科技镇长团到任以来，紧扣全区电动车这一特色产业开展服务。团员吕某哲瞄准两轮车锂电池安全这一行业痛点，"
              "邀请专家团队上门。")
    assert "电动车" in names(out, "Field")
    assert not any("这一" in n or "锂电池安全" in n for n in names(out, "Field"))


def test_a_list_of_industries_inside_yi_wei_zhu_is_read_item_by_item():
    """柳新镇形成了以电动摩托车、电动三轮车为主的特色产业: two fields, without 以 and 为主."""
    out = run("柳新镇近年来形成了以电动摩托车、电动三轮车为主的特色产业，镇内企业70余家。")
    assert {("柳新镇", "hasField", "电动摩托车"), ("柳新镇", "hasField", "电动三轮车")} <= facts(out, "hasField")
    assert not any(n.startswith("以") or n.endswith("为主") for n in names(out, "Field"))


_SUB_TEAM_ROSTER = (
    "泰州市第十六批科技镇长团成员名单\n\n2023年8月，泰州市第十六批科技镇长团正式到岗，分设姜堰、兴化2个支团。\n\n"
    "| 支团 | 姓名 | 挂职职务 | 派出单位 |\n|---|---|---|---|\n"
    "| 姜堰团 | 韩某新（团长） | 姜堰区副区长 | 东南大学电气工程学院 |\n"
    "| 姜堰团 | 彭某音 | 梁徐街道副主任 | 南京工业大学 |\n"
    "| 兴化团 | 许某邦（团长） | 兴化市副市长 | 南京航空航天大学 |\n\n"
    "姜堰团：累计走访企业63家。团员彭某音推动南京工业大学与姜堰区签署校地合作协议。\n\n"
    "兴化团：收集企业技术需求40余项。\n\n"
    "截至2024年1月底，全团共促成产学研合作项目41项，合同金额约4600万元。\n")


def test_a_head_in_a_sub_team_roster_leads_the_sub_team_of_the_row():
    """｜姜堰团｜韩某（团长）｜…｜东南大学电气工程学院｜: the head of 姜堰团, not of the city's team, and from the row's
    school; a member named again later (团员彭某音) is still read from her row."""
    out = run(_SUB_TEAM_ROSTER)
    assert ("韩某新", "leads", "姜堰区第十六批科技镇长团") in facts(out, "leads")
    assert ("许某邦", "leads", "兴化市第十六批科技镇长团") in facts(out, "leads")
    assert not any(o == "泰州市第十六批科技镇长团" for _, _, o in facts(out, "leads"))
    assert ("韩某新", "affiliatedWith", "东南大学电气工程学院") in facts(out, "affiliatedWith")
    assert ("彭某音", "affiliatedWith", "南京工业大学") in facts(out, "affiliatedWith")


def test_the_whole_team_after_its_sub_teams_sections_is_the_citys_team():
    """截至…，全团共促成… after the sub-teams' sections: the city's team's tally, not the last sub-team's."""
    by_value = subject_by_value(run(_SUB_TEAM_ROSTER))
    assert by_value[41] == "泰州市第十六批科技镇长团"
    assert by_value[63] == "姜堰区第十六批科技镇长团"


def test_a_source_that_names_its_agency_by_level_alone_is_the_articles_places():
    """来源：区科技局 on a page about 武进区's team is 武进区科技局, in 武进区; 来源：县科技局 there names no one."""
    text = "武进区科技镇长团牵线三方党建共建\n\n近日，武进区第十六批科技镇长团牵线礼嘉镇党委与江苏理工学院签订党建共建协议。\n"
    out = run(text, source="区科技局")
    assert ("武进区科技局", "locatedIn", "武进区") in facts(out, "locatedIn")
    assert "武进区科技局" in names(out, "GovernmentAgency")
    assert not any(n.endswith("县科技局") for n in names(run(text, source="县科技局"), "GovernmentAgency"))


def test_a_lamp_works_named_for_its_trade_after_its_place_is_a_firm():
    """常州市武进区某某车灯厂, 宜兴市某某电缆厂: works named for their trade after a place."""
    out = run("武进团一行还走访了常州腾某电动车有限公司、常州市武进区光某车灯厂，详细了解企业新品研发情况。")
    assert "常州市武进区光某车灯厂" in names(out, "Enterprise")


def test_a_deal_table_whose_partner_cell_holds_both_parties_and_a_broker_team_column():
    """序号｜项目名称｜合作单位｜牵线团队 / 1｜…｜某大学、某公司｜东海团: the two in the cell cooperate, the team brokered both."""
    out = run("连云港市第十六批科技镇长团分设东海团、灌云团。部分签约项目如下：\n\n"
              "序号｜项目名称｜合作单位｜牵线团队\n"
              "1｜高纯石英砂提纯工艺开发｜江苏海洋大学、连云港晶某石英科技有限公司｜东海团\n"
              "2｜光伏玻璃余热利用｜南京工业大学、江苏灌某光能玻璃有限公司｜灌云团\n")
    assert ("江苏海洋大学", "collaboratesWith", "连云港晶某石英科技有限公司") in facts(out, "collaboratesWith")
    assert ("灌云县第十六批科技镇长团", "brokered", "南京工业大学") in facts(out, "brokered")
    assert ("东海县第十六批科技镇长团", "brokered", "连云港晶某石英科技有限公司") in facts(out, "brokered")


def test_an_institute_of_a_national_academy_outside_cas_is_named_whole():
    """中国地质科学院矿产综合利用研究所 is one institute, as 中国科学院某某研究所 is."""
    out = run("团员顾某平来自中国地质科学院矿产综合利用研究所，挂职东海县科技局副局长。")
    assert "中国地质科学院矿产综合利用研究所" in names(out, "ResearchInstitute")
    assert "中国地质科学院" not in names(out)


def test_how_many_schools_and_experts_came_to_an_event_are_counted():
    """来自A、B等12所高校院所的40余名专家 at a team's matchmaking event: both counts are kept; the members' 分别来自…
    is the team's make-up and is not."""
    out = run("4月19日，无锡市第十五批科技镇长团线缆产业产学研对接会在宜兴市官林镇举行。来自哈尔滨理工大学、江苏大学、"
              "常州大学等12所高校院所的40余名专家与企业负责人面对面交流，现场签约项目8个。")
    values = {(f["value"], f["unit"]) for f in out["figures"]}
    assert {(12, "count"), (40, "person"), (8, "count")} <= values
    out = run("无锡市第十五批科技镇长团共有团员30名，分别来自东南大学、江苏大学等12所高校院所的30名专家。")
    assert 12 not in {f["value"] for f in out["figures"]}


def test_kinds_of_firm_counted_after_their_list_are_no_firms():
    """四向穿梭车、堆垛机、立体库系统集成等企业数十家 names kinds of firm; 推荐1家企业入选 names none."""
    out = run("张浦镇是昆山智能仓储装备企业较为集中的板块，四向穿梭车、堆垛机、立体库系统集成等企业数十家。"
              "团员协助区内企业申报高新技术企业9家，推荐1家企业入选江苏省专精特新中小企业。")
    assert not {"穿梭车", "四向穿梭车", "堆垛机", "立体库系统集成", "推荐"} & names(out, "Enterprise")


def test_a_world_class_industry_is_its_field():
    """为吴江打造世界级电梯产业集群: the field is 电梯."""
    out = run("吴江区第十六批科技镇长团将围绕打造世界级电梯、光电缆等产业集群开展服务。")
    assert "电梯" in names(out, "Field") and not any(n.startswith("世界级") for n in names(out, "Field"))


def test_a_triangle_bulleted_signing_list_pairs_each_line_and_credits_the_team_above():
    """在镇长团牵线下…部分项目如下： / ▲ 某学院—某公司：… / ▲ 某镇—某大学：签订战略合作协议: each line's two cooperate
    (a town and a university too), and the team brokered them."""
    out = run("惠山区第十七批科技镇长团到任以来走访企业120家。在镇长团牵线下，活动现场12个产学研项目集中签约，部分项目如下：\n\n"
              "▲ 江南大学机械工程学院—无锡驰某输送机械有限公司：重载输送线智能调度系统技术开发；\n\n"
              "▲ 洛社镇—华中科技大学：签订战略合作协议。\n")
    pairs = {frozenset((s, o)) for s, _, o in facts(out, "collaboratesWith")}
    assert {frozenset(("江南大学机械工程学院", "无锡驰某输送机械有限公司")), frozenset(("华中科技大学", "洛社镇"))} <= pairs
    assert ("惠山区第十七批科技镇长团", "brokered", "无锡驰某输送机械有限公司") in facts(out, "brokered")


def test_a_list_of_firms_a_leader_takes_along_starts_after_the_verb():
    """团长、副县长某某带领A公司、B公司等5家企业…: A and B are the firms; the leader's titles are no firm."""
    out = run("11月12日，沭阳县第十六批科技镇长团团长、副县长蒋某远带领宿迁恒某智能家居有限公司、江苏沭阳博某木业科技有限公司"
              "等5家企业负责人赴南京理工大学开展产学研对接。")
    assert names(out, "Enterprise") == {"宿迁恒某智能家居有限公司", "江苏沭阳博某木业科技有限公司"}


def test_a_table_of_firms_and_the_bodies_that_serve_them_pairs_each_row():
    """序号　企业　服务单位　服务内容　合同金额: each row's firm and its serving university cooperate."""
    out = run("仪式上，由镇长团牵线对接的首批服务项目集中签约：\n\n序号　企业　服务单位　服务内容　合同金额\n"
              "1　苏州锦某丝绸科技有限公司　苏州大学　织造车间数字孪生系统　96万元\n"
              "2　吴江恒某光缆有限公司　南京邮电大学　5G质检平台　150万元\n")
    assert {("苏州锦某丝绸科技有限公司", "collaboratesWith", "苏州大学"),
            ("吴江恒某光缆有限公司", "collaboratesWith", "南京邮电大学")} <= facts(out, "collaboratesWith")


def test_a_broker_of_a_deal_that_pairs_no_one_brokered_every_party():
    """镇长团牵线区内A、B等企业，分别与C、D等高校建立合作关系: which with which is not said, so no pair; but the team
    arranged it, and brokered all four."""
    out = run("海门区第十五批科技镇长团牵线区内江苏海某重工装备有限公司、南通凯某电气有限公司等企业，"
              "分别与南京工业大学、南通大学等高校建立产学研合作关系。")
    assert {o for _, _, o in facts(out, "brokered")} == {"江苏海某重工装备有限公司", "南通凯某电气有限公司", "南京工业大学", "南通大学"}
    assert not facts(out, "collaboratesWith")


def test_a_tally_an_interviewed_member_tells_in_the_first_person_is_theirs():
    """记者：到任后主要做了哪些事？ / 郜某涛：…我和团里两位团员一起，3个月跑了企业47家: the member's own tally, not the team's."""
    out = run("访昆山市科技镇长团团员郜某涛\n\n编者按：昆山市第十六批科技镇长团团员、张浦镇副镇长郜某涛来自南京大学。\n\n"
              "记者：到任后主要做了哪些事？\n\n郜某涛：第一件是摸需求。我和团里两位团员一起，3个月跑了张浦镇的企业47家，"
              "整理出技术难题29个。\n\n记者：全团呢？\n\n郜某涛：今年以来，全团共促成产学研合作项目26项。\n")
    by_value = subject_by_value(out)
    assert by_value[47] == "郜某涛" and by_value[29] == "郜某涛"
    assert by_value[26] == "昆山市第十六批科技镇长团"


def test_a_city_event_its_sub_teams_report_at_is_the_city_teams():
    """会上，东海团、灌云团、赣榆团分别介绍了…，现场共签约项目12个: the city's team's tally, not the last sub-team's;
    分别派驻东海、灌云、赣榆等6个县区 says where the members serve, no outcome."""
    out = run("连云港市第十六批科技镇长团硅材料产业对接会在东海县举行。全市第十六批科技镇长团共34人，分别派驻东海、灌云、"
              "赣榆等6个县区。会上，东海团、灌云团、赣榆团分别介绍了前期走访情况，现场共签约产学研合作项目12个，"
              "协议总金额约1.6亿元。")
    by_value = subject_by_value(out)
    assert by_value[12] == "连云港市第十六批科技镇长团" and by_value[160_000_000] == "连云港市第十六批科技镇长团"
    assert 6 not in by_value


def test_a_firm_inside_a_zone_named_after_with_is_the_party():
    """推动青岛科技大学与开发区内企业江苏某远轮胎有限公司共建…: the firm is the party, not the zone it is in."""
    out = run("涟水县分团围绕涟水经济开发区轮胎产业集群，推动青岛科技大学与开发区内企业江苏驰某轮胎有限公司共建“驰某轮胎工程研究中心”。")
    pairs = {frozenset((s, o)) for s, _, o in facts(out, "collaboratesWith")}
    assert frozenset(("青岛科技大学", "江苏驰某轮胎有限公司")) in pairs
    assert not any("涟水经济开发区" in p for p in pairs)


def test_a_table_of_sub_teams_set_with_single_ideographic_spaces_and_its_total():
    """分团　走访企业（家）　合同金额（万元） / 清江浦区分团　86　420 / 合计　160　1075: each sub-team's row, and the total
    the city's team's."""
    out = run("淮安市第十五批科技镇长团2022年度工作总结\n\n全团分设清江浦区、淮安区2个分团。\n\n"
              "分团　走访企业（家）　促成产学研合作（项）　合同金额（万元）\n"
              "清江浦区分团　86　7　420\n淮安区分团　102　9　655\n合计　188　16　1075\n")
    got = {(f["s"], f["value"]) for f in out["figures"]}
    assert {("清江浦区第十五批科技镇长团", 86), ("淮安区第十五批科技镇长团", 6_550_000),
            ("淮安市第十五批科技镇长团", 188), ("淮安市第十五批科技镇长团", 10_750_000)} <= got


def test_a_university_named_in_full_is_known_by_its_place_and_kind_cut_short():
    """青岛科技大学, then 青科大教授某某: the same university (合肥工业大学 → 合工大 likewise)."""
    out = run("涟水县分团推动青岛科技大学与江苏驰某轮胎有限公司共建研究中心。分团团长、青科大教授朱某航兼任中心副主任。"
              "合肥工业大学与该公司签订协议，合工大副教授钱某宁参与研发。")
    assert ("朱某航", "affiliatedWith", "青岛科技大学") in facts(out, "affiliatedWith")
    assert ("钱某宁", "affiliatedWith", "合肥工业大学") in facts(out, "affiliatedWith")


def test_a_builders_short_name_is_known_from_its_trade():
    """筑业, 建工, 装饰 name builders' trades: 江苏中某筑业集团有限公司 is 中某筑业 later, a party to its deal."""
    out = run("镇长团先后走访江苏中某筑业集团有限公司、扬州鼎某新型建材有限公司等企业。\n\n"
              "中某筑业是江都本土成长起来的施工总承包特级企业。在镇长团牵线下，河海大学与中某筑业签订技术开发合同。")
    assert ("河海大学", "collaboratesWith", "江苏中某筑业集团有限公司") in facts(out, "collaboratesWith")


def test_a_rare_surname_and_a_provincial_emergency_department_are_named():
    """谯 is a surname (团长由…教授谯某远担任); 江苏省应急管理厅 is an agency, a member's home body."""
    out = run("常熟市第十五批科技镇长团共有成员11名，团长由常熟市副市长、东华大学纺织学院教授谯某远担任，"
              "团员分别来自南京工业大学和江苏省应急管理厅等单位。")
    assert ("谯某远", "leads", "常熟市第十五批科技镇长团") in facts(out, "leads")
    assert "江苏省应急管理厅" in names(out, "GovernmentAgency")


def test_a_kind_of_park_or_a_verb_before_a_park_is_no_zone_name():
    """老牌化工园区 and 县域化工园区 are kinds of park; 助推洋口化学工业园 and 平台选址徐圩新区 hold a verb before the name."""
    out = run("近年来，一批项目加快落地，为这座以精细化工为主导产业的老牌化工园区注入了新动能。\n"
              "各支团围绕县域化工园区“延链、安全、绿色”三项任务开展服务。\n"
              "镇长团将继续把更多成果引到如东，助推洋口化学工业园绿色化、高端化发展。\n"
              "双方合作建设中试平台，平台选址徐圩新区。徐圩新区管委会负责人出席。\n")
    places = names(out, "Locality")
    assert not places & {"老牌化工园区", "县域化工园区", "助推洋口化学工业园", "平台选址徐圩新区"}
    assert {"洋口化学工业园", "徐圩新区"} <= places


def test_a_whole_place_counted_by_an_agency_named_once_is_the_place():
    """据市科技局统计，…全市…企业达27家，产业产值超120亿元: an agency named only as the count's source keeps
    nothing; the city counted whole holds both figures (the second clause goes on counting it)."""
    out = run("连云港是我国重要的核电基地。据市科技局统计，截至今年上半年，全市核技术应用规上企业达27家，产业产值超120亿元。\n"
              "连云港市第十六批科技镇长团把核技术应用作为服务重点，促成产学研合作项目72项。\n")
    by_value = subject_by_value(out)
    assert by_value[27] == "连云港市"
    assert by_value[12_000_000_000] == "连云港市"


def test_a_deal_rows_amount_is_the_firms_not_the_member_in_a_later_column():
    """序号｜项目｜企业｜高校｜金额（万元）｜对接团员: the member who arranged the deal stands in the last column;
    the amount is the firm's, as writers give it, not the member's."""
    out = run("句容市第十五批科技镇长团重点项目如下：\n"
              "序号 | 项目名称 | 合作企业 | 合作高校 | 合同金额（万元） | 对接团员\n"
              "1 | 茶园遥感监测系统 | 句容某岭生态农业有限公司 | 南京农业大学 | 85 | 周某青（南农）\n"
              "2 | 农机自动驾驶终端 | 江苏某曲智能农机有限公司 | 南京航空航天大学 | 120 | 丁某川（南航）\n")
    by_value = subject_by_value(out)
    assert by_value[850_000] == "句容某岭生态农业有限公司"
    assert by_value[1_200_000] == "江苏某曲智能农机有限公司"


def test_a_field_list_opens_after_a_sections_number_and_ends_before_dengdifang():
    """五、办好家纺产业对接会: 五、 numbers a section, 办好家纺 is no field; 家纺、丝绸、船舶海工等地方主导产业: the last
    item ends before 等地方."""
    out = run("南通市第十五批科技镇长团一年来，各支团紧扣家纺、丝绸、船舶海工等地方主导产业，累计走访企业。\n"
              "五、办好家纺产业产学研对接会。市科技局联合各支团举办对接会。\n")
    fields = names(out, "Field")
    assert {"家纺", "丝绸"} <= fields
    assert not fields & {"船舶海工等地方", "办好家纺"}


def test_a_districts_name_before_a_zones_own_name_is_where_the_zone_is():
    """新吴区太湖国际科技园, 启东市吕四港经济开发区: the district says where the zone is; the zone is 太湖国际科技园.
    南通市科技局来高新区: a bureau's visit, no zone."""
    out = run("近日，无锡某某卫星遥感研究院在新吴区太湖国际科技园揭牌。\n"
              "启东市吕四港经济开发区与杭州某屿海洋科技有限公司签约。\n"
              "6月，南通市科技局来高新区调研。\n")
    places = names(out, "Locality")
    assert {"太湖国际科技园", "吕四港经济开发区"} <= places
    assert not places & {"新吴区太湖国际科技园", "启东市吕四港经济开发区", "科技局来高新区", "南通市科技局来高新区"}


def test_firms_said_all_to_be_in_a_zone_are_in_it():
    """…分别签订技术开发合同。签约企业均来自洋口港经济开发区: the firms of the paragraph's deals are in the zone,
    not (only) in the county of the team that brokered them."""
    out = run("在如东县第十五批科技镇长团的牵线推动下，南京工业大学与江苏某烯新材料有限公司、常州大学与南通某屹化工科技有限公司"
              "分别签订技术开发合同。签约企业均来自洋口港经济开发区。\n")
    placed = links(out, "locatedIn")
    assert {("江苏某烯新材料有限公司", "洋口港经济开发区"), ("南通某屹化工科技有限公司", "洋口港经济开发区")} <= placed
    assert ("江苏某烯新材料有限公司", "如东县") not in placed


def test_a_visit_told_stop_by_stop_visits_each_stops_body():
    """…团长周某（东南大学）带队走访区内企业。第一站：A公司 / 第二站：B公司: the team and the leader visited both."""
    out = run("4月16日，江宁区第十六批科技镇长团团长周某岚（东南大学，挂职江宁区副区长）带队，赴江宁开发区走访区内核电装备企业。\n"
              "第一站：南京某核精工装备有限公司\n某核精工主要生产核级阀门。\n"
              "第二站：江苏某衡射线检测技术有限公司\n该公司从事工业射线探伤。\n")
    visits = links(out, "visited")
    for firm in ("南京某核精工装备有限公司", "江苏某衡射线检测技术有限公司"):
        assert ("江宁区第十六批科技镇长团", firm) in visits
        assert ("周某岚", firm) in visits


def test_a_schools_own_news_without_woyuan_is_known_from_its_source_and_woxiao():
    """来源：放射医学与防护学院, on 苏州大学's news site, whose text says 我校放射医学与防护学院: the school's own news, so
    学院 opening a clause (学院与某公司签订…) is that school."""
    text = ("放射医学与防护学院赴灌南县开展产学研对接活动\n"
            "10月11日，我校放射医学与防护学院党委书记陈某远一行赴灌南县开展产学研对接活动。\n"
            "随后，学院与江苏某禾辐照技术有限公司签订“农产品辐照保鲜技术”合作协议。\n")
    out = extract_article(Article(id="t.txt", path="t.txt", title="苏州大学新闻网 > 院部动态", date=None,
                                  source="放射医学与防护学院", text=text))
    pairs = {frozenset((r["s"], r["o"])) for r in out["relations"] if r["p"] == "collaboratesWith"}
    assert frozenset(("江苏某禾辐照技术有限公司", "苏州大学放射医学与防护学院")) in pairs


def test_members_listed_with_the_posts_they_are_seconded_to_are_persons():
    """对接团员：冯某，…管委会副主任（挂职），…；吉某峰，响水县科技局副局长（挂职），盐城工学院副研究员；柏某桐，陈家港镇副镇长…:
    each item opens on a member's name, the post after its comma."""
    out = run("响水县第十五批科技镇长团促成项目5个。\n"
              "注：1.对接团员：冯某远，响水经济开发区管委会副主任（挂职），南京工业大学教授；吉某峰，响水县科技局副局长（挂职），"
              "盐城工学院副研究员；柏某桐，陈家港镇副镇长（挂职），江南大学副教授。\n")
    assert {"冯某远", "吉某峰", "柏某桐"} <= names(out, "Person")


def test_the_body_a_person_calls_their_own_is_their_affiliation():
    """钱某舟教授得知后，把自己所在的江苏科技大学船舶与海洋工程学院的团队请到了企业: he works at that school."""
    out = run("靖江团团员、挂职靖江经济技术开发区管委会副主任的钱某舟教授得知后，把自己所在的江苏科技大学船舶与海洋工程学院的团队"
              "请到了企业。\n")
    assert ("钱某舟", "江苏科技大学船舶与海洋工程学院") in links(out, "affiliatedWith")


def test_a_firm_named_by_its_brand_and_a_trade_of_this_rounds_industries():
    """盐城沃某肥业有限公司 … 沃某肥业, 泗阳县鑫某蛋业有限公司 … 鑫某蛋业: 肥业 and 蛋业 are trades, so the short forms name
    the firms, and their deals are read."""
    out = run("盐城沃某肥业有限公司的造粒塔刚刚结束夜班。泗阳县鑫某蛋业有限公司是县里的龙头企业。\n"
              "去年11月，南京农业大学资源与环境科学学院与沃某肥业签订技术开发合同。扬州大学与鑫某蛋业共建研究中心。\n")
    pairs = {frozenset((r["s"], r["o"])) for r in out["relations"] if r["p"] == "collaboratesWith"}
    assert frozenset(("南京农业大学资源与环境科学学院", "盐城沃某肥业有限公司")) in pairs
    assert frozenset(("扬州大学", "泗阳县鑫某蛋业有限公司")) in pairs


def test_a_platform_founded_together_is_hosted_by_its_founders():
    """由南京航空航天大学、河海大学与南京某图…公司共同发起的“秦淮某斗时空信息创新联合体”在江宁开发区揭牌: each founder hosts it."""
    out = run("6月17日，由南京航空航天大学、河海大学与南京某图时空信息技术有限公司共同发起的“秦淮某斗时空信息创新联合体”"
              "在江宁开发区揭牌。\n")
    hosts = {o for s, o in links(out, "hostedBy") if s == "秦淮某斗时空信息创新联合体"}
    assert hosts == {"南京航空航天大学", "河海大学", "南京某图时空信息技术有限公司"}


def test_a_firm_after_jiedao_nei_de_is_the_party():
    """牵线东南大学与街道内的南京某星微电子有限公司，共建…实验室: 街道内的 only says where the firm is."""
    out = run("在秣陵街道，团员、东南大学仪器科学与工程学院副教授邵某禾牵线东南大学与街道内的南京某星微电子有限公司，"
              "共建“某芯导航测试联合实验室”。\n")
    pairs = {frozenset((r["s"], r["o"])) for r in out["relations"] if r["p"] == "collaboratesWith"}
    assert frozenset(("东南大学", "南京某星微电子有限公司")) in pairs
    assert ("邵某禾", "南京某星微电子有限公司") in links(out, "brokered")


def test_a_city_teams_numbered_item_does_not_inherit_the_sub_team_of_the_item_before():
    """南通市…团 “十件实事”: 六、海安团推动…; 七、各支团助力引进人才45人; 八、协助企业申报…62家: items 七 and 八 name no
    sub-team, so their figures are the city team's, not 海安团's."""
    out = run("南通市第十五批科技镇长团履职一周年“十件实事”发布\n"
              "南通市第十五批科技镇长团共设8个支团，服务全市家纺等产业。\n"
              "六、茧丝绸产业再添新引擎。海安团推动苏州大学与当地的江苏某韵茧丝绸有限公司共建“某丝蛋白材料研发中心”。\n"
              "七、引才聚智成效明显。各支团助力引进高层次人才45人。\n"
              "八、高企培育扩面提质。协助企业申报高新技术企业62家。\n")
    by_value = subject_by_value(out)
    assert by_value[45] == "南通市第十五批科技镇长团"
    assert by_value[62] == "南通市第十五批科技镇长团"


def test_a_roster_under_sub_team_headings_with_head_counts_puts_each_member_in_its_sub_team():
    """一、兴化市团（4人） / 姓名 | 派出单位及职务 | 挂职职务 / rows; 二、姜堰区团（4人) / rows: the bracket counts the
    heading's members, and the rows under it are that sub-team's."""
    out = run("泰州市第十七批科技镇长团（兴化市团、姜堰区团）成员名单\n"
              "现将泰州市第十七批科技镇长团兴化市团、姜堰区团成员名单公布如下：\n"
              "一、兴化市团（2人）\n"
              "姓名 | 派出单位及职务 | 挂职职务\n"
              "严某阳 | 扬州大学动物科学与技术学院教授 | 兴化市副市长（团长）\n"
              "冯某悦 | 江南大学食品学院副教授 | 安丰镇副镇长\n"
              "二、姜堰区团（2人）\n"
              "姓名 | 派出单位及职务 | 挂职职务\n"
              "石某刚 | 南京农业大学动物医学院教授 | 姜堰区副区长（团长）\n"
              "俞某 | 江苏大学食品与生物工程学院副教授 | 溱潼镇副镇长\n")
    members = links(out, "memberOf")
    assert {("严某阳", "兴化市第十七批科技镇长团"), ("冯某悦", "兴化市第十七批科技镇长团"),
            ("石某刚", "姜堰区第十七批科技镇长团"), ("俞某", "姜堰区第十七批科技镇长团")} <= members


def test_a_schools_name_may_join_two_words_with_he():
    """南京财经大学粮食和物资学院: one school of the university (食品学院和生物工程学院 stays two)."""
    out = run("南京财经大学粮食和物资学院与邳州市某润面业有限公司共建实验室。江南大学食品学院和生物工程学院专家参加。\n")
    assert "南京财经大学粮食和物资学院" in names(out, "AcademicUnit")
    assert ("南京财经大学粮食和物资学院", "南京财经大学") in links(out, "partOf")
    assert not any("和生物工程学院" in n for n in names(out))


def test_a_ministrys_institute_keeps_the_he_of_the_ministrys_name():
    """国家粮食和物资储备局科学研究院: an institute, not the administration it belongs to."""
    out = run("张家港市第十五批科技镇长团团员彭某远来自国家粮食和物资储备局科学研究院，挂职乐余镇副镇长。\n")
    assert "国家粮食和物资储备局科学研究院" in names(out, "ResearchInstitute")
    assert "国家粮食和物资储备局" not in names(out)


def test_a_field_list_may_end_in_many_industries():
    """产品配套冶金、矿山、风电等多个行业: 风电 is the last item; 等多个 is no part of its name."""
    out = run("泰兴市现有减速机企业300余家，产品配套冶金、矿山、风电等多个行业。\n")
    assert not any("等多" in n for n in names(out, "Field"))


def test_a_brand_that_shares_a_towns_name_is_still_the_firms_short_name():
    """江苏华士齿轮有限公司 … 华士齿轮: 华士 is a town's name too, but the trade word after it (齿轮) makes it the
    brand; the short name is the firm."""
    out = run("江苏华士齿轮有限公司位于丹阳经济开发区。此外，南京航空航天大学机电学院与华士齿轮签署了研究生工作站共建协议。\n")
    assert "华士齿轮" not in names(out)
    assert any({a, b} == {"南京航空航天大学机电学院", "江苏华士齿轮有限公司"} for a, b in links(out, "collaboratesWith"))


def test_the_team_that_held_a_meeting_brokered_the_deals_listed_as_signed_there():
    """由某团牵头举办，…指导的“…”…对接会举行 / 活动由市科技局主办，某团承办: the deals the list below says were signed
    there are the host team's doing."""
    deals = ("会上，现场签约产学研合作项目2个。部分签约项目如下：\n"
             "1. 丹阳市某欣齿轮有限公司—江苏科技大学机械工程学院：齿轮成形磨削工艺优化，技术开发，120万元；\n"
             "2. 丹阳某宇传动部件有限公司—合肥工业大学：减速器振动噪声控制，技术开发，60万元。\n")
    parties = {"丹阳市某欣齿轮有限公司", "江苏科技大学机械工程学院", "丹阳某宇传动部件有限公司", "合肥工业大学"}
    led = run("5月21日，由丹阳市第十六批科技镇长团牵头举办，丹阳市委组织部、丹阳市科技局指导的“校企联动·智造丹阳”精密传动产业"
              "产学研对接会在丹阳经济开发区举行。\n" + deals)
    assert {("丹阳市第十六批科技镇长团", p) for p in parties} <= links(led, "brokered")
    after = run("5月21日，精密传动产业产学研对接会在丹阳经济开发区举行。活动由丹阳市委组织部、市科技局主办，"
                "丹阳市第十六批科技镇长团承办。\n" + deals)
    assert {("丹阳市第十六批科技镇长团", p) for p in parties} <= links(after, "brokered")


def test_a_crossed_signing_list_under_a_meeting_the_team_hosted_is_its_brokering():
    """对接会由某科技局、某团主办。…现场签约项目一览 / 1. A × B: with no item crediting anyone, the host team
    brokered each deal."""
    out = run("5月27日，医工结合创新对接会在苏州医疗器械产业园举行。对接会由苏州高新区科技局、苏州高新区第十六批科技镇长团主办，"
              "40余家企业参加。\n现场签约项目一览（部分）\n"
              "1. 苏州某泉医疗科技有限公司 × 中国科学院苏州生物医学工程技术研究所\n　 眼科光源模块联合开发，合同金额420万元\n")
    assert {("苏州高新区第十六批科技镇长团", p) for p in ("苏州某泉医疗科技有限公司", "中国科学院苏州生物医学工程技术研究所")} \
        <= links(out, "brokered")


def test_an_unnumbered_dashed_signing_list_is_read_like_a_numbered_one():
    """洽谈会由某团与某镇联合举办。…签约项目清单显示：/ A—B：某项目，260万元；: each line's pair cooperates, and the
    host team brokered it."""
    out = run("这次洽谈会由兴化市第十五批科技镇长团与戴南镇联合举办，多所高校专家参加。\n"
              "当天共有2个项目现场签约。签约项目清单显示：\n"
              "东北大学冶金学院—江苏某拓特钢制品有限公司：不锈钢冶炼工艺优化，260万元；\n"
              "上海大学—兴化市某锐精密铸造有限公司：精密铸造数值模拟，80万元。\n")
    pairs = [("东北大学冶金学院", "江苏某拓特钢制品有限公司"), ("上海大学", "兴化市某锐精密铸造有限公司")]
    got = {frozenset(x) for x in links(out, "collaboratesWith")}
    assert all(frozenset(p) in got for p in pairs)
    assert {("兴化市第十五批科技镇长团", p) for pair in pairs for p in pair} <= links(out, "brokered")


def test_the_local_industries_are_the_subjects_not_those_of_where_it_lies():
    """地处泰州北部的兴化是“鱼米之乡”，稻米加工和粮油食品是当地的传统主导产业: 兴化's industries, not 泰州's."""
    out = run("地处泰州北部的兴化是全国闻名的“鱼米之乡”，稻米加工和粮油食品是当地的传统主导产业。\n")
    assert {("兴化市", "稻米加工"), ("兴化市", "粮油食品")} <= links(out, "hasField")
    assert not any(s == "泰州市" for s, _ in links(out, "hasField"))


def test_a_bare_yuanqu_after_a_high_tech_zone_is_that_zone():
    """医疗器械是铜山高新区的主导产业之一，园区已集聚医疗器械企业50余家: the zone's count, not the team's."""
    out = run("铜山区第十六批科技镇长团走访企业。\n医疗器械是铜山高新区的主导产业之一，园区已集聚医疗器械企业50余家。\n")
    assert subject_by_value(out)[50] == "铜山高新区"


def test_in_a_members_interview_what_our_team_arranged_is_the_teams():
    """——访某团团员闻某: 在我们团的牵线下，A与B共建…: the team brokered it, not the member interviewed."""
    out = run("【对话科技镇长】“让紫砂亮起来”——访宜兴市科技镇长团团员、丁蜀镇副镇长闻某\n"
              "人物名片：闻某，江南大学设计学院副教授。2023年8月，作为宜兴市第十六批科技镇长团团员挂职丁蜀镇副镇长。\n"
              "记者：听说您已经促成了几项合作？\n"
              "闻某：是的。去年12月，在我们团的牵线下，江南大学设计学院与镇上的宜兴市某光灯饰有限公司共建了联合工作室。\n")
    assert ("宜兴市第十六批科技镇长团", "宜兴市某光灯饰有限公司") in links(out, "brokered")
    assert ("闻某", "宜兴市某光灯饰有限公司") not in links(out, "brokered")


def test_in_the_team_leaders_interview_we_are_the_team():
    """【访谈】杭某：让“小齿轮”转出…, the team's leader answering: 我们牵线A与B签订…: the team's doing."""
    out = run("【科技镇长团访谈】杭某宁：让“小齿轮”转出产业“大动能”\n"
              "编者按：江都区第十六批科技镇长团团长、副区长杭某宁来自扬州大学机械工程学院。\n"
              "问：镇长团在推动校企合作上做了哪些工作？\n"
              "答：比如，我们牵线扬州大学机械工程学院与江苏某擎齿轮箱有限公司签订了技术开发合同。\n")
    assert ("江都区第十六批科技镇长团", "江苏某擎齿轮箱有限公司") in links(out, "brokered")
    assert ("杭某宁", "江苏某擎齿轮箱有限公司") not in links(out, "brokered")


def test_a_party_word_ending_in_fang_is_no_part_of_the_firms_name():
    """园区污水处理厂运营方如东某清水务有限公司: 运营方 says what the firm is; the name starts after it."""
    out = run("团员程某舟多次带领专家到园区污水处理厂运营方如东某清水务有限公司调研。\n")
    assert "如东某清水务有限公司" in names(out, "Enterprise")
    assert not any(n.startswith("方") for n in names(out))


def test_an_academys_unnamed_subordinate_institute_is_no_entity():
    """协调江苏省产业技术研究院下属专业研究所: which institute is not said; only the academy is named."""
    out = run("他就协调江苏省产业技术研究院下属专业研究所，为开发区内5家企业提供算力服务。\n")
    assert not any("下属" in n for n in names(out))
    assert "江苏省产业技术研究院" in names(out, "ResearchInstitute")


def test_a_firm_first_named_inside_its_platform_is_named_by_its_brand_after():
    """某某照明有限公司研究生工作站 … 某川照明位于高邮经济开发区: the brand stands for the firm the platform named."""
    out = run("9月18日，江苏某川照明科技有限公司研究生工作站迎来首批进站研究生。\n"
              "某川照明位于高邮经济开发区，是一家从事智慧路灯研发生产的高新技术企业。某川照明董事长龚某邦说。\n")
    assert ("江苏某川照明科技有限公司", "高邮经济开发区") in links(out, "locatedIn")
    assert ("龚某邦", "江苏某川照明科技有限公司") in links(out, "affiliatedWith")


def test_firms_visited_after_a_visit_to_a_town_are_in_that_town():
    """带领团员走访横林镇，先后来到A公司、B公司: the firms are in the town visited."""
    out = run("武进区第十五批科技镇长团团长许某阳带领部分团员走访横林镇，先后来到常州某木地板有限公司、"
              "江苏某森装饰材料有限公司，详细了解企业技术需求。\n")
    assert ("常州某木地板有限公司", "横林镇") in links(out, "locatedIn")
    assert ("江苏某森装饰材料有限公司", "横林镇") in links(out, "locatedIn")


def test_firms_visited_after_two_towns_are_placed_in_neither():
    """走访宝华镇、下蜀镇企业调研记录（含A公司…）: which of the towns the firm is in is not said, and
    （含 is no part of its name."""
    out = run("句容市第十三批科技镇长团工作档案目录\n"
              "句容团走访宝华镇、下蜀镇企业调研记录（含江苏某茂林产科技有限公司技术需求表）｜2020.09｜47\n")
    assert "江苏某茂林产科技有限公司" in names(out, "Enterprise")
    assert not any(s == "江苏某茂林产科技有限公司" and o.endswith("镇") for s, o in links(out, "locatedIn"))


def test_a_district_before_de_places_the_firm_its_name_allows():
    """推动宿豫区的宿迁市某诚有限公司…: the firm is in the district; 落户盱眙的某川环境 (南京某川…) is not."""
    out = run("两团推动宿豫区的宿迁市某诚新材料有限公司与南京师范大学签订合作协议。\n"
              "盱眙县第十五批科技镇长团上门拜访了南京某川环境科技有限公司。计划将生产基地落户盱眙的某川环境当天签订投资意向书。\n")
    assert ("宿迁市某诚新材料有限公司", "宿豫区") in links(out, "locatedIn")
    assert ("南京某川环境科技有限公司", "盱眙县") not in links(out, "locatedIn")


def test_a_committees_standing_member_names_no_body():
    """赣榆区委常委、副区长、某团团长夏某: a post the member holds; 区委常委、组织部部长 still names the department."""
    out = run("赣榆区委常委、副区长、赣榆区第十五批科技镇长团团长夏某出席活动。\n")
    assert not any(n.endswith("委") for n in names(out, "GovernmentAgency"))
    out = run("高港区委常委、组织部部长吴某出席见面会。\n")
    assert any(n.endswith("组织部") for n in names(out, "GovernmentAgency"))


def test_a_roster_rows_post_cell_names_the_members_own_team():
    """姓名　派出单位　挂职岗位 / 林某　某大学工学院　阜宁县第十五批科技镇长团团员，挂职…: each row's own team."""
    out = run("我校部分挂职团员名单\n姓名　　派出单位　　　　　　　　　挂职岗位\n"
              "郑某峰　南京农业大学食品科技学院　涟水县第十五批科技镇长团团长，挂职涟水县副县长\n"
              "林某琴　南京农业大学工学院　　　　阜宁县第十五批科技镇长团团员，挂职阜宁县科技局副局长\n")
    assert ("林某琴", "阜宁县第十五批科技镇长团") in links(out, "memberOf")
    assert ("林某琴", "涟水县第十五批科技镇长团") not in links(out, "memberOf")
    assert ("郑某峰", "涟水县第十五批科技镇长团") in links(out, "leads")


def test_a_universitys_relevant_departments_are_no_unit():
    """与江南大学、南京工业大学有关院系建立党建联盟, 向南林大相关学院发出邀请: which school is not said."""
    out = run("推动和桥镇及某曜电子等单位与江南大学、南京工业大学有关院系建立党建联盟4个。\n")
    assert not any("有关" in n for n in names(out))
    out = run("他专程赶赴南京，向南京林业大学相关学院发出邀请。\n")
    assert not names(out, "AcademicUnit")


def test_a_name_ending_in_he_at_the_lines_end_keeps_it():
    """——访某团团长邵某和 (the title's end), 邵某和：… (a turn): 和 before no second party is the name's."""
    out = run("【访谈】——访吴中区科技镇长团团长邵某和\n记者：到任后做了什么？\n"
              "邵某和：第一件事是上门。我们走访了苏州某湖电动船艇有限公司等企业。\n记者：成效如何？\n邵某和：对。\n")
    assert "邵某和" in names(out, "Person")
    assert "邵某" not in names(out, "Person")


def test_a_list_before_one_industry_chain_is_no_list_of_fields():
    """电动游船、休闲快艇和钓鱼艇正串起一条新兴产业链: what makes the chain, no field named with a verb in it."""
    out = run("在太湖之滨的苏州市吴中区，电动游船、休闲快艇和钓鱼艇正串起一条新兴产业链。\n")
    assert not any("串起" in n for n in names(out))


def test_a_school_named_after_its_city_is_the_universitys_unit():
    """南京农业大学无锡渔业学院: the university's school in a city; not 淮阴工学院涟水…产业学院 (a county's
    co-built platform)."""
    out = run("团员来自南京农业大学无锡渔业学院，长期从事渔具研究。\n")
    assert ("南京农业大学无锡渔业学院", "南京农业大学") in links(out, "partOf")
    out = run("淮阴工学院与涟水县共建淮阴工学院涟水某某汽车零部件产业学院。\n")
    assert "淮阴工学院涟水某某汽车零部件产业学院" not in names(out, "AcademicUnit")


def test_a_note_under_a_table_says_who_brokered_its_deals():
    """注：以上项目均由宜兴团牵线促成 under a table of deals: the team brokered each row's parties."""
    out = run("无锡市第十六批科技镇长团宜兴团一年工作总结\n三、合作项目一览\n"
              "序号｜项目名称｜企业（单位）｜合作方｜合同金额（万元）\n"
              "1｜蜂胶提取工艺开发｜宜兴市某源生物制品有限公司｜中国药科大学｜65\n"
              "注：以上项目均由宜兴团牵线促成，合同总金额65万元。\n")
    assert ("宜兴市第十六批科技镇长团", "宜兴市某源生物制品有限公司") in links(out, "brokered")
    assert ("宜兴市第十六批科技镇长团", "中国药科大学") in links(out, "brokered")


def test_a_brand_after_jiangsu_that_shares_a_towns_name_is_the_brand():
    """江苏竹海某语食品有限公司 … 竹海某语位于湖㳇镇: 竹海 is the brand's, no 竹海镇 being written; but
    江苏黄桥某泽化工 in an article on 黄桥镇 is named 某泽化工."""
    out = run("江苏竹海某语食品有限公司与江南大学合作。竹海某语位于湖㳇镇。\n")
    assert ("江苏竹海某语食品有限公司", "湖㳇镇") in links(out, "locatedIn")
    out = run("团员挂职黄桥镇副镇长。江苏黄桥某泽化工有限公司与南京工业大学合作。某泽化工位于黄桥镇。\n")
    assert ("江苏黄桥某泽化工有限公司", "黄桥镇") in links(out, "locatedIn")


def test_a_team_in_a_list_before_an_industry_is_no_field():
    """南通市第十五批科技镇长团共有10个支团，其中通州团、海门团、如皋团所在地均以家纺为主导产业: teams, no fields."""
    out = run("南通市第十五批科技镇长团共有10个支团、98名成员，其中通州团、海门团、如皋团所在地均以家纺、纺织等为主导产业。\n")
    assert not any(n.endswith("团") for n in names(out, "Field"))


def test_a_note_says_which_items_each_team_brokered():
    """现场签约项目…：1. A与B：…；2. C与D：…。其中，第1项由通州团对接促成，第2项由如皋团促成: each item's own team."""
    out = run("南通市第十五批科技镇长团家纺专场对接会举行\n现场签约项目2项，具体如下：\n"
              "1. 江南大学纺织科学与工程学院与南通某禾家纺有限公司：保暖被芯开发；\n"
              "2. 南通大学与如皋市某宁纺织有限公司：数码印花工艺优化。\n"
              "其中，第1项由通州团对接促成，第2项由如皋团促成。\n")
    brokered = links(out, "brokered")
    assert ("通州区第十五批科技镇长团", "南通某禾家纺有限公司") in brokered
    assert ("如皋市第十五批科技镇长团", "如皋市某宁纺织有限公司") in brokered
    assert ("如皋市第十五批科技镇长团", "南通某禾家纺有限公司") not in brokered


def test_you_after_a_name_opens_who_sent_them():
    """团长、丹阳市副市长韩某由南京理工大学选派: the name ends before 由."""
    out = run("丹阳市第十五批科技镇长团共9人。团长、丹阳市副市长韩某由南京理工大学选派，团员分别来自苏州大学、江苏大学。\n")
    assert "韩某" in names(out, "Person")
    assert "韩某由" not in names(out, "Person")


def test_a_buyers_role_before_a_firm_is_no_part_of_its_name():
    """也为浙江的文具品牌商某禾文化用品有限公司贴牌代工: 品牌商 says what the firm is; the name starts after it."""
    out = run("企业年产铅笔约6亿支，也为浙江的文具品牌商某禾文化用品有限公司贴牌代工。\n")
    assert "某禾文化用品有限公司" in names(out, "Enterprise")


def test_a_member_of_a_sub_team_named_after_its_city_group_is_not_the_groups():
    """镇江市第十五批科技镇长团丹阳团团长韩某: the sub-team's leader, not a member of the city's group too."""
    out = run("——访丹阳市副市长、镇江市第十五批科技镇长团丹阳团团长韩某\n"
              "【编者按】2022年8月，镇江市第十五批科技镇长团7个分团、62名成员奔赴各辖市区。\n")
    assert ("韩某", "丹阳市第十五批科技镇长团") in links(out, "leads")
    assert ("韩某", "镇江市第十五批科技镇长团") not in links(out, "memberOf")


def test_changda_is_changzhou_universitys_short_name():
    """澜某光学则与常大机械与轨道交通学院达成…意向: 常大 is 常州大学, its school no firm."""
    out = run("座谈会上，恒某眼镜与常州大学签订了合作协议；澜某光学则与常大机械与轨道交通学院达成共建实习基地的意向。\n")
    assert "常大机械" not in names(out, "Enterprise")
    assert ("常州大学机械与轨道交通学院", "常州大学") in links(out, "partOf")


def test_a_signing_items_party_may_have_its_town_in_brackets():
    """· A公司（某镇）与B学院：某项目，合同金额80万元；: the bracketed town is A's site, not a party; · marks an item."""
    out = run("锡山区第十六批科技镇长团举办对接会。\n在锡山团牵线下，现场签约2个项目：\n"
              "· 无锡启某弹簧有限公司（东港镇）与江南大学机械工程学院：悬架弹簧喷丸强化工艺研究，合同金额约80万元；\n"
              "· 江苏固某标准件有限公司（羊尖镇）与南京理工大学：高强度螺栓氢脆控制技术开发，合同金额近50万元；\n")
    pairs = links(out, "collaboratesWith")
    assert ("江苏固某标准件有限公司", "南京理工大学") in pairs
    assert ("锡山区第十六批科技镇长团", "江苏固某标准件有限公司") in links(out, "brokered")
    assert not any("羊尖镇" in pair for pair in pairs)


def test_a_list_said_to_be_the_members_homes():
    """此次对接的A、B、C均为锡山团团员的后方高校: each is a home of the team's members."""
    out = run("锡山区第十六批科技镇长团举办对接会。林某表示，此次对接的江南大学、南京理工大学、上海大学均为锡山团团员的后方高校。\n")
    homes = links(out, "memberInstitution")
    assert ("锡山区第十六批科技镇长团", "上海大学") in homes
    assert ("锡山区第十六批科技镇长团", "江南大学") in homes


def test_a_rosters_role_heading_may_be_spaced_and_unnumbered():
    """团　长 on a line of its own, then 周某之　某大学教授　挂任某市副市长: the row's person leads the team."""
    out = run("仪征市第十六批科技镇长团到岗\n现将成员名单及挂职岗位公布如下：\n\n团　长\n周某之　扬州大学教授　挂任仪征市副市长\n\n"
              "副团长\n蒋某文　江苏省农业科学院研究员　挂任仪征市科技局副局长\n")
    assert ("周某之", "仪征市第十六批科技镇长团") in links(out, "leads")
    assert ("蒋某文", "仪征市第十六批科技镇长团") not in links(out, "leads")


def test_a_surname_and_title_from_a_university_is_the_person_named_before():
    """团长邬某明牵头。邬团长来自苏州大学: no person 邬团长; 邬某明 works at 苏州大学."""
    out = run("吴中区第十五批科技镇长团在金庭镇调研。这块工作主要是团长邬某明牵头。邬团长来自苏州大学，他常说茶也是旅游。\n")
    assert "邬团长" not in names(out, "Person")
    assert ("邬某明", "苏州大学") in links(out, "affiliatedWith")


def test_what_the_team_does_before_a_field_is_no_part_of_it():
    """赴天目湖镇、戴埠镇开展白茶产业专题调研: no field 开展白茶."""
    out = run("溧阳市第十六批科技镇长团团长带领部分团员，赴天目湖镇、戴埠镇开展白茶产业专题调研。\n")
    assert "开展白茶" not in names(out, "Field")


def test_a_universitys_short_name_before_a_dash_in_a_table_row():
    """| 1 | 某项目 | 矿大—徐州某途户外用品有限公司 | 260万元 |: 矿大 is 中国矿业大学, the row's first party."""
    out = run("睢宁县第十六批科技镇长团承办对接会，来自中国矿业大学等高校的专家参会。现场签约项目如下：\n\n"
              "| 序号 | 项目名称 | 签约双方 | 金额 |\n|---|---|---|---|\n"
              "| 1 | 户外折叠背包轻量化面料开发 | 矿大—徐州某途户外用品有限公司 | 260万元 |\n")
    assert ("中国矿业大学", "徐州某途户外用品有限公司") in links(out, "collaboratesWith")


def test_a_two_character_town_far_away_is_not_read_out_of_a_word():
    """沙集是全国知名的电商镇: no town 商镇 (one in Shaanxi has that name)."""
    out = run("睢宁县第十六批科技镇长团到任。沙集是全国知名的电商镇，近年来当地电商企业从家具延伸到箱包。\n")
    assert "商镇" not in names(out, "Locality")


def test_suo_zai_after_a_two_character_name_is_where_they_work():
    """孔某随即联系团长朱某所在的南航材料学院: the leader is 朱某, not 朱某所."""
    out = run("兴化市第十五批科技镇长团团长、兴化市副市长朱某到任。孔某随即联系团长朱某所在的南航材料学院，组织专家上门。\n")
    assert "朱某所" not in names(out, "Person")


def test_daizhe_before_a_firms_short_name_is_no_part_of_it():
    """去年11月带着某伞公司的技术骨干回到上海: the firm is 某伞公司, not 带着某伞公司."""
    out = run("吴江某伞智能装备有限公司与东华大学签约。这位讲师去年11月带着某伞公司的技术骨干回到上海。\n")
    assert not any(n.startswith("带着") for n in names(out, "Enterprise"))


def test_qian_de_xian_after_a_name_is_what_they_did():
    """这个项目是团员、南通大学副教授黄某牵的线: the member is 黄某."""
    out = run("海门区第十五批科技镇长团促成签约。这个项目是团员、南通大学副教授黄某牵的线。\n")
    assert "黄某" in names(out, "Person")
    assert "黄某牵" not in names(out, "Person")


def test_an_institutes_city_and_abbreviation_in_brackets_name_it():
    """江苏沿海地区农业科学研究所（盐城农科所）与某公司签订…: the bracket is the institute's short name, no city party."""
    out = run("大丰区第十五批科技镇长团总结。促成江苏沿海地区农业科学研究所（盐城农科所）与盐城瀚某种苗有限公司签订"
              "品种权转让合同，金额85万元。\n")
    assert ("江苏沿海地区农业科学研究所", "盐城瀚某种苗有限公司") in links(out, "collaboratesWith")
    assert not any("盐城市" in pair for pair in links(out, "collaboratesWith"))


def test_the_jiangsu_botany_institutes_short_name():
    """江苏省中科院植物所 is 江苏省中国科学院植物研究所, not the province and the academy's Beijing institute."""
    out = run("句容市第十六批科技镇长团牵线，句容某林苗木有限公司与江苏省中科院植物所签订合作协议。\n")
    assert "江苏省中国科学院植物研究所" in names(out, "ResearchInstitute")
    assert "中国科学院植物研究所" not in names(out, "ResearchInstitute")


def test_more_trades_make_a_firms_brand_short_form():
    """江苏银某种苗有限公司 … 银某种苗董事长孔某胜: 种苗 is a trade, so 银某种苗 names the firm and its chairman works there."""
    out = run("江苏银某种苗有限公司与江苏师范大学签订协议。银某种苗董事长孔某胜表示满意。\n")
    assert ("孔某胜", "江苏银某种苗有限公司") in links(out, "affiliatedWith")


def test_a_brand_with_a_three_character_trade_names_the_firm():
    """江苏泓某机械标准件有限公司 … 南京工业大学与泓某标准件共建的…中心: 泓某标准件 is the firm."""
    out = run("团员们去江苏泓某机械标准件有限公司调研。在团里推动下，南京工业大学与泓某标准件共建的“船用某件工程技术研究中心”获批。\n")
    assert ("南京工业大学", "江苏泓某机械标准件有限公司") in links(out, "collaboratesWith")


def test_a_school_named_alone_may_hold_a_fields_name():
    """南京工程学院机械工程学院…。机械工程学院副教授黎某实: the school named alone, though 机械工程 is a field too."""
    out = run("南京工程学院机械工程学院与昆山某公司共建实验室。机械工程学院副教授黎某实说，合作很顺利。\n")
    assert ("黎某实", "南京工程学院机械工程学院") in links(out, "affiliatedWith")


def test_xian_before_a_local_post_in_a_chain_of_titles():
    """某大学某学院副教授、现挂职张浦镇副镇长的科技镇长团团员黎某实: 现 does not break the chain back to the school."""
    out = run("昆山市第十五批科技镇长团到任。南京工程学院机械工程学院副教授、现挂职张浦镇副镇长的科技镇长团团员黎某实走访企业。\n")
    assert ("黎某实", "南京工程学院机械工程学院") in links(out, "affiliatedWith")


def test_a_list_a_focus_verb_opens_and_the_clause_ends_names_fields():
    """聚焦水稻育种、小麦育种和盐碱地特色种苗，积极发挥…: three fields of the team, with no 产业 after them."""
    out = run("2023年，大丰区第十五批科技镇长团在区委组织部的指导下，聚焦水稻育种、小麦育种和盐碱地特色种苗，积极发挥桥梁纽带作用。\n")
    assert {"水稻育种", "小麦育种", "盐碱地特色种苗"} <= names(out, "Field")
    assert ("大丰区第十五批科技镇长团", "小麦育种") in links(out, "hasField")


def test_a_focus_on_work_is_no_list_of_fields():
    """聚焦高端制剂研发和缓释制剂研发，…: what the team works at, not fields."""
    out = run("某县第十五批科技镇长团团员聚焦高端制剂研发和缓释制剂研发，帮助企业解决难题。\n")
    assert "高端制剂研发" not in names(out, "Field")


def test_a_body_the_members_come_from_is_no_subject_of_the_fields_after():
    """本批科技镇长团共11人，分别来自苏州大学、东华大学等高校院所，围绕A、B两大方向开展服务: the team's fields."""
    out = run("吴江区第十五批科技镇长团到任。据介绍，本批科技镇长团共11人，分别来自苏州大学、东华大学等高校院所，"
              "围绕功能性纺织品、智能装备两大方向开展服务。\n")
    fields = links(out, "hasField")
    assert ("吴江区第十五批科技镇长团", "智能装备") in fields
    assert ("东华大学", "智能装备") not in fields


def test_a_regional_agricultural_institute_by_its_citys_short_form():
    """| 2 | 某项目 | 镇江农科所 | 江苏句某茗园农业发展有限公司 | 68 |: 镇江农科所 is the academy's regional institute."""
    out = run("句容市第十五批科技镇长团牵线，镇江农科所与江苏句某茗园农业发展有限公司签订茶园病虫害防控合作协议。\n")
    assert ("江苏丘陵地区镇江农业科学研究所", "江苏句某茗园农业发展有限公司") in links(out, "collaboratesWith")


def test_a_town_at_a_cells_end_before_jiangsu_is_whole():
    """…有限公司	后白镇	江苏某大学…: a tab between 镇 and 江 makes no 镇江; the row's firm is in 后白镇."""
    out = run("句容市第十六批科技镇长团公示。\n序号\t项目名称\t企业\t所在镇\t合作单位\t合同金额（万元）\n"
              "1\t彩叶苗木引种\t句容某林苗木有限公司\t后白镇\t江苏大学农业工程学院\t60\n")
    assert ("句容某林苗木有限公司", "后白镇") in links(out, "locatedIn")


def test_a_cooperative_counted_after_is_a_kind_not_a_name():
    """团员们共走访茶企、茶叶合作社60余家: no co-operative named 茶叶合作社."""
    out = run("宜兴市第十五批科技镇长团到任以来，团员们共走访茶企、茶叶合作社60余家，促成合作项目9项。\n")
    assert "茶叶合作社" not in names(out, "Enterprise")


def test_each_sub_team_as_the_broker_of_the_deals_above_is_the_group():
    """▲A—B：…；▲C—D：… / 上述项目均由各分团前期牵线对接: the city's group brokered every party."""
    out = run("连云港市第十六批科技镇长团共5个分团。会上集中签约4个项目：\n"
              "▲中国药科大学—江苏沃某生物制药有限公司：重组蛋白纯化工艺开发；\n"
              "▲南京中医药大学—连云港本某润康生物科技有限公司：中药多糖佐剂研究；\n"
              "据介绍，上述项目均由各分团前期牵线对接。\n")
    brokered = links(out, "brokered")
    assert ("连云港市第十六批科技镇长团", "中国药科大学") in brokered
    assert ("连云港市第十六批科技镇长团", "连云港本某润康生物科技有限公司") in brokered


def test_a_name_with_its_role_in_brackets_in_a_bar_table():
    """1｜唐某微（团长）｜某大学某学院副院长｜海门区副区长: the leader, who works at that school."""
    out = run("海门区第十六批科技镇长团成员名单\n序号｜姓名｜派出单位及职务｜挂职岗位\n"
              "1｜唐某微（团长）｜南京航空航天大学材料科学与技术学院副院长｜海门区副区长\n"
              "2｜林某禾｜南通大学机械工程学院副教授｜海门经济技术开发区管委会副主任\n")
    assert ("唐某微", "海门区第十六批科技镇长团") in links(out, "leads")
    assert ("唐某微", "南京航空航天大学材料科学与技术学院") in links(out, "affiliatedWith")


def test_a_list_ending_in_n_fine_grained_fields():
    """重点围绕精密量仪、数控刀具和智能钟表三个细分领域开展服务: three fields of the team."""
    out = run("第十六批科技镇长团海门区团近日到岗。该团共7人，重点围绕精密量仪、数控刀具和智能钟表三个细分领域开展服务。\n")
    assert {"精密量仪", "数控刀具", "智能钟表"} <= names(out, "Field")


def test_a_source_line_names_the_talent_office_in_brackets_too():
    """来源：锡山区委组织部（区委人才办）: two bodies, the department and 锡山区委人才办, in 锡山区."""
    out = run("2022年，锡山区第十五批科技镇长团紧扣区委部署，全年工作亮点如下。\n", source="锡山区委组织部（区委人才办）")
    assert {"锡山区委组织部", "锡山区委人才办"} <= names(out, "GovernmentAgency")
    assert ("锡山区委人才办", "锡山区") in links(out, "locatedIn")


def test_a_rarer_surname_in_a_rosters_cell():
    """6｜伏某川｜江苏省农业科学院｜区住建局副局长: 伏 is a surname; the row's member works at the academy."""
    out = run("姜堰区第十五批科技镇长团成员\n序号｜姓名｜派出单位｜挂职岗位\n5｜管某姝｜南京林业大学｜三水街道办事处副主任\n"
              "6｜伏某川｜江苏省农业科学院｜区住建局副局长\n")
    assert ("伏某川", "江苏省农业科学院") in links(out, "affiliatedWith")


def test_a_bodys_strengths_in_a_list_of_fields():
    """苏州科技大学…在水污染控制工程、给排水科学与工程等领域具有传统优势: two fields of the university (and no
    控制科学与工程 read out of the first)."""
    out = run("苏州科技大学是国内较早开展水处理研究的高校之一，在水污染控制工程、给排水科学与工程等领域具有传统优势。\n")
    assert ("苏州科技大学", "水污染控制工程") in links(out, "hasField")
    assert "控制科学与工程" not in names(out, "Field")


def test_xueyuan_after_a_verb_is_the_school_named_alone_before():
    """江南大学生物工程学院…（paragraphs later）我校生物工程学院…，我们促成学院与某公司签订…: 学院 is that school."""
    out = run("锡山区第十六批科技镇长团团员、江南大学生物工程学院副教授季某桐挂职开发区。\n\n记者：合作情况如何？\n\n"
              "季某桐：到岗后我们走访了17家企业。这是第二句。这是第三句。我校生物工程学院在抗体筛选上有多年积累，去年11月，"
              "我们促成学院与无锡博某生物科技有限公司签订抗体原料联合开发协议。\n")
    assert ("江南大学生物工程学院", "无锡博某生物科技有限公司") in links(out, "collaboratesWith")


def test_a_roster_line_after_a_bullet():
    """◆ 冯某桐　盐城工学院机械工程学院讲师　射阳县科技镇长团团员、…: a member, who works at that school."""
    out = run("我校选派教师参加第十六批科技镇长团。\n◆ 蔡某文　盐城工学院纺织服装学院教授　射阳县科技镇长团团长、射阳县副县长\n"
              "◆ 冯某桐　盐城工学院机械工程学院讲师　射阳县科技镇长团团员、射阳经济开发区管委会副主任\n")
    assert ("冯某桐", "盐城工学院机械工程学院") in links(out, "affiliatedWith")


def test_zhaoji_tuanyuan_is_no_group_of_firms():
    """团长、某大学教授胥某群连夜召集团员分工: no firm named …召集团."""
    out = run("团长、挂职姜堰区副区长的南工大教授胥某群连夜召集团员分工。\n")
    assert not any(n.endswith("召集团") for n in names(out, "Enterprise"))


def test_you_before_a_bare_school_in_a_universitys_own_news():
    """我校与某公司签订…合同。项目由石油化工学院副教授蒋某涵负责: the school is 石油化工学院, not 项目由石油化工学院."""
    out = run("近日，我校与常州金某能源科技有限公司签订技术服务合同。项目由石油化工学院副教授蒋某涵负责。\n",
              source="常州大学新闻网")
    assert not any("项目由" in n for n in names(out, "AcademicUnit"))


def test_who_leads_an_alliance_is_no_field():
    """由某润护理牵头、12家企业和4家高校院所参与的某区卫生用品产业技术创新联盟: no field 由某润护理牵头."""
    out = run("海门区卫生用品产业起步早。同期，在区科技局指导下，由禾某护理牵头、12家企业和4家高校院所参与的"
              "海门区某卫用品产业技术创新联盟成立，团队成员全部到位。\n")
    assert not any("牵头" in n for n in names(out, "Field"))


def test_a_name_ending_in_he_before_what_the_person_does():
    """公司总经理钱某和指着控制屏说: the manager is 钱某和."""
    out = run("江苏界某食品科技有限公司的生产线改造完成。“一天能多出一吨货。”公司总经理钱某和指着控制屏说。\n")
    assert "钱某和" in names(out, "Person")


def test_a_noodle_works_named_after_its_county():
    """走访了…和半城镇的泗洪县某城挂面厂: a works the team visited."""
    out = run("泗洪县第十五批科技镇长团团员们走访了江苏稻某坊食品有限公司和半城镇的泗洪县某城挂面厂。\n")
    assert "泗洪县某城挂面厂" in names(out, "Enterprise")


def test_a_customer_is_not_the_company_a_manager_speaks_for():
    """华某电子是…企业，无锡的江苏芯某微电子有限公司就是其老客户之一。“…”公司总经理邵某明说: 邵某明 is 华某's."""
    out = run("江苏华某电子材料有限公司与南京工业大学签约。\n华某电子是园区内一家生产电子特气的企业，无锡的江苏芯某微电子有限公司"
              "就是其老客户之一。“过去纯度不够。”公司总经理邵某明说。\n")
    assert ("邵某明", "江苏华某电子材料有限公司") in links(out, "affiliatedWith")
    assert ("邵某明", "江苏芯某微电子有限公司") not in links(out, "affiliatedWith")


def test_yongpin_is_a_trade_that_makes_a_short_form():
    """江苏澜某生活用品有限公司 … | 4 | 某项目 | 澜某生活 | 江苏大学电气信息工程学院 |: 澜某生活 is the firm."""
    out = run("灌云县第十六批科技镇长团前期对接的项目集中签约。\n序号 | 项目名称 | 企业 | 高校（院系） | 合作方式\n"
              "1 | 湿巾基布开发 | 江苏澜某生活用品有限公司 | 南京林业大学 | 技术开发\n"
              "2 | 纸尿裤视觉检测 | 澜某生活 | 江苏大学电气信息工程学院 | 技术开发\n")
    assert ("江苏澜某生活用品有限公司", "江苏大学电气信息工程学院") in links(out, "collaboratesWith")


def test_shouwei_is_a_rank_of_an_industry_not_a_field():
    """一、聚焦首位产业，摸清企业需求: 首位产业 is the county's first industry, no field 首位."""
    out = run("泗阳县第十六批科技镇长团工作总结\n一、聚焦首位产业，摸清企业需求\n")
    assert "首位" not in names(out, "Field")


def test_chejian_is_no_name():
    """一项技术能不能落地，车间说了算: no person 车间."""
    out = run("常熟市第十五批科技镇长团团长蒋某博说：“一项技术能不能落地，车间说了算。”车间主任也这么看，车间说了算。\n")
    assert "车间" not in names(out, "Person")


def test_a_three_character_brand_before_a_trade_names_the_firm():
    """江苏绒某方服饰有限公司 … 绒某方总经理周某宇说: the manager is the firm's."""
    out = run("江南大学纺织科学与工程学院与江苏绒某方服饰有限公司签订合同。绒某方总经理周某宇说：“新工艺节水三成。”\n")
    assert ("周某宇", "江苏绒某方服饰有限公司") in links(out, "affiliatedWith")


def test_paizhu_before_a_firm_is_where_the_member_went():
    """某研究所副研究员邵某入选江苏省“科技副总”，派驻丹阳市某锐焊接设备有限公司: the firm's name starts after 派驻,
    and it sends no member."""
    out = run("丹阳市第十五批科技镇长团团员、中国科学院金属研究所副研究员邵某入选江苏省“科技副总”，"
              "派驻丹阳市某锐焊接设备有限公司，协助该公司开展焊接工艺攻关。\n")
    assert "丹阳市某锐焊接设备有限公司" in names(out, "Enterprise")
    assert ("丹阳市第十五批科技镇长团", "丹阳市某锐焊接设备有限公司") not in links(out, "memberInstitution")


def test_the_province_before_a_quoted_programme_only_qualifies_it():
    """某研究员入选江苏省“科技副总”: no place 江苏省 (the province names a programme)."""
    out = run("丹阳市第十五批科技镇长团团员、副研究员邵某入选江苏省“科技副总”，协助企业开展焊接工艺攻关。\n")
    assert "江苏省" not in names(out, "Locality")
