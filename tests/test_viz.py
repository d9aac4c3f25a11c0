"""Tests for kg.viz: the neighbourhood subgraph and the offline network page.

The browser tests drive Debian's headless Chromium (/usr/bin/chromium with
/usr/bin/chromedriver, packages ``chromium`` and ``chromium-driver``; labels
need a CJK font such as ``fonts-wqy-zenhei``) with the network blocked.  If the
browser is missing they FAIL with a message saying what to install: CI installs
it, and a silent skip would hide a broken page.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.viz import (
    EntityNotFoundError,
    GraphDataError,
    layout_positions,
    neighbourhood,
    render_network_html,
    write_network_html,
)

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT_SCRIPT = ROOT / "scripts" / "screenshot.py"
NS = "http://example.org/kg/"

XSS_NAME = '<img src=x onerror="window.__xss=1">'
XSS_SENTENCE = "<script>window.__xss=1</script>南京大学与该企业签约。"
XSS_ARTICLE = '<img src=y onerror="window.__xss=2">.txt'
XSS_TITLE = '</title><script>window.__xss=3</script>图谱'


# ---------------------------------------------------------------------------
# Sample data
# ---------------------------------------------------------------------------


def _node(key, label, cls, aliases=(), articles=("001_a.txt",)):
    return {"id": NS + key, "label": label, "cls": cls, "aliases": list(aliases), "articles": list(articles)}


def _edge(s, t, prop, evidence=None, article="001_a.txt"):
    return {
        "source": NS + s,
        "target": NS + t,
        "prop": prop,
        "evidence": evidence if evidence is not None else f"{s}与{t}的关系见报道。",
        "article": article,
    }


def sample_graph():
    """A small 科技镇长团 graph: 32 nodes of all ten classes, 48 edges of all twelve properties."""
    nodes = [
        _node("nju", "南京大学", "University", ["南大"], ["001_a.txt", "003_c.txt"]),
        _node("seu", "东南大学", "University", ["东大"]),
        _node("njust", "南京理工大学", "University", ["南理工"]),
        _node("jiangnan", "江南大学", "University"),
        _node("nju_chem", "南京大学化学化工学院", "AcademicUnit"),
        _node("jitri", "江苏省产业技术研究院", "ResearchInstitute", ["省产研院"]),
        _node("suzhou_inst", "苏州纳米所", "ResearchInstitute"),
        _node("kunshan", "昆山市", "Locality"),
        _node("zhangjiagang", "张家港市", "Locality"),
        _node("jiangyin", "江阴市", "Locality"),
        _node("yixing", "宜兴市", "Locality"),
        _node("changshu", "常熟市", "Locality"),
        _node("huaxi", "华西村", "Locality"),
        _node("ent1", "江苏恒瑞医药股份有限公司", "Enterprise", ["恒瑞医药"]),
        _node("ent2", "沙钢集团", "Enterprise"),
        _node("ent3", "远东控股集团", "Enterprise"),
        _node("ent4", "昆山龙腾光电", "Enterprise"),
        _node("ent5", "江阴兴澄特种钢铁", "Enterprise"),
        _node("ent6", "常熟开关制造", "Enterprise"),
        _node("gov1", "江苏省委组织部", "GovernmentAgency"),
        _node("gov2", "江苏省科技厅", "GovernmentAgency"),
        _node("team1", "第十五批科技镇长团", "Team"),
        _node("team2", "昆山科技镇长团", "Team"),
        _node("p1", "王建国", "Person"),
        _node("p2", "李明", "Person"),
        _node("p3", "张晓燕", "Person"),
        _node("p4", "陈志强", "Person"),
        _node("plat1", "产学研合作平台", "Platform"),
        _node("plat2", "新材料中试基地", "Platform"),
        _node("f1", "新材料", "Field"),
        _node("f2", "生物医药", "Field"),
        _node("f3", "智能制造", "Field"),
    ]
    e = _edge
    edges = [
        e("p1", "kunshan", "servesIn", "南京大学王建国教授挂职昆山市副市长。"),
        e("p1", "nju", "affiliatedWith"),
        e("p1", "team2", "leads", "王建国担任昆山科技镇长团团长。"),
        e("p2", "team2", "memberOf"),
        e("p2", "seu", "affiliatedWith"),
        e("p2", "zhangjiagang", "servesIn"),
        e("p3", "njust", "affiliatedWith"),
        e("p3", "jiangyin", "servesIn"),
        e("p3", "team1", "memberOf"),
        e("p4", "jiangnan", "affiliatedWith"),
        e("p4", "yixing", "servesIn"),
        e("p4", "team1", "memberOf"),
        e("team1", "gov1", "hostedBy"),
        e("team2", "kunshan", "servesIn"),
        e("nju_chem", "nju", "partOf"),
        e("nju", "ent4", "collaboratesWith", "南京大学与龙腾光电共建联合实验室。"),
        e("nju", "ent4", "collaboratesWith", "双方续签合作协议。", "003_c.txt"),
        e("nju_chem", "ent1", "collaboratesWith"),
        e("seu", "ent2", "collaboratesWith"),
        e("njust", "ent5", "collaboratesWith"),
        e("jiangnan", "ent3", "collaboratesWith"),
        e("p1", "ent4", "brokered", "在王建国牵线下，龙腾光电与南大签约。"),
        e("p2", "ent2", "brokered"),
        e("p3", "ent5", "brokered"),
        e("p4", "ent3", "visited"),
        e("p1", "ent6", "visited"),
        e("ent4", "kunshan", "locatedIn"),
        e("ent2", "zhangjiagang", "locatedIn"),
        e("ent5", "jiangyin", "locatedIn"),
        e("ent3", "yixing", "locatedIn"),
        e("ent6", "changshu", "locatedIn"),
        e("huaxi", "jiangyin", "partOf"),
        e("jitri", "gov2", "hostedBy"),
        e("jitri", "nju", "memberInstitution"),
        e("jitri", "suzhou_inst", "memberInstitution"),
        e("suzhou_inst", "ent6", "collaboratesWith"),
        e("plat1", "nju", "hostedBy"),
        e("plat1", "kunshan", "locatedIn"),
        e("plat2", "jitri", "hostedBy"),
        e("plat2", "changshu", "locatedIn"),
        e("ent1", "f2", "hasField"),
        e("ent2", "f1", "hasField"),
        e("ent5", "f1", "hasField"),
        e("ent6", "f3", "hasField"),
        e("ent4", "f3", "hasField"),
        e("plat2", "f1", "hasField"),
        e("team1", "gov2", "hostedBy"),
        e("p3", "huaxi", "visited"),
    ]
    return nodes, edges


def xss_graph():
    """Three nodes whose article-derived texts are HTML/script probes."""
    nodes = [
        _node("evil", XSS_NAME, "Enterprise", ["<script>window.__xss=4</script>"], [XSS_ARTICLE]),
        _node("nju", "南京大学", "University"),
        _node("kunshan", "昆山市", "Locality"),
    ]
    edges = [
        _edge("nju", "evil", "collaboratesWith", XSS_SENTENCE, XSS_ARTICLE),
        _edge("evil", "kunshan", "locatedIn", "<!-- </script><script>window.__xss=5</script>"),
    ]
    return nodes, edges


# ---------------------------------------------------------------------------
# neighbourhood
# ---------------------------------------------------------------------------


def _labels(nodes):
    return {n["label"] for n in nodes}


def test_neighbourhood_depth_one_and_two():
    nodes, edges = sample_graph()
    n1, e1 = neighbourhood(nodes, edges, "南京理工大学", depth=1)
    assert _labels(n1) == {"南京理工大学", "张晓燕", "江阴兴澄特种钢铁"}
    assert len(e1) == 3  # 张晓燕 -> 兴澄 (brokered) joins two kept nodes
    n2, e2 = neighbourhood(nodes, edges, "南京理工大学", depth=2)
    assert _labels(n2) == _labels(n1) | {
        "江阴市", "第十五批科技镇长团", "华西村", "新材料"
    }
    ids = {n["id"] for n in n2}
    assert all(e["source"] in ids and e["target"] in ids for e in e2)
    # every edge between kept nodes is kept, also 华西村 -> 江阴市 at the rim
    assert len(e2) == 9
    # the input's own dicts, in input order
    assert [n["id"] for n in n2] == [n["id"] for n in nodes if n["id"] in ids]
    n0, e0 = neighbourhood(nodes, edges, "南京理工大学", depth=0)
    assert _labels(n0) == {"南京理工大学"} and e0 == []


def test_neighbourhood_matches_alias_width_and_spaces():
    nodes, edges = sample_graph()
    by_alias, _ = neighbourhood(nodes, edges, "省产研院")
    assert "江苏省产业技术研究院" in _labels(by_alias)
    assert _labels(by_alias) >= {"江苏省科技厅", "南京大学", "苏州纳米所", "新材料中试基地"}
    spaced, _ = neighbourhood(nodes, edges, " 南京　理工 大学 ")  # ideographic space too
    assert "南京理工大学" in _labels(spaced)
    wide_nodes = [_node("ibm", "ＩＢＭ中国研究院", "ResearchInstitute")]
    found, _ = neighbourhood(wide_nodes, [], "ibm中国研究院")
    assert _labels(found) == {"ＩＢＭ中国研究院"}


def test_neighbourhood_unknown_name_suggests_closest():
    nodes, edges = sample_graph()
    with pytest.raises(LookupError) as info:
        neighbourhood(nodes, edges, "南京工业大学")
    err = info.value
    assert isinstance(err, EntityNotFoundError)
    assert 1 <= len(err.suggestions) <= 5
    assert "南京理工大学" in err.suggestions
    assert "南京理工大学" in str(err)
    with pytest.raises(ValueError):
        neighbourhood(nodes, edges, "南京大学", depth=-1)


# ---------------------------------------------------------------------------
# The page as a file
# ---------------------------------------------------------------------------


def test_same_input_gives_byte_identical_file(tmp_path):
    nodes, edges = sample_graph()
    a, b, c, d = (tmp_path / f"{name}.html" for name in "abcd")
    write_network_html(nodes, edges, a, seed=7)
    write_network_html(nodes, edges, b, seed=7)
    assert a.read_bytes() == b.read_bytes()
    shuffled_nodes, shuffled_edges = nodes[:], edges[:]
    random.Random(1).shuffle(shuffled_nodes)
    random.Random(2).shuffle(shuffled_edges)
    write_network_html(shuffled_nodes, shuffled_edges, c, seed=7)
    assert a.read_bytes() == c.read_bytes()
    write_network_html(nodes, edges, d, seed=8)
    assert a.read_bytes() != d.read_bytes()


def test_big_graph_layout_is_deterministic_and_finite():
    rng = random.Random(0)
    ids = [f"n{i}" for i in range(800)]
    pairs = [(ids[i], ids[rng.randrange(i)]) for i in range(1, 800)]
    first = layout_positions(ids, pairs, seed=3)
    assert first == layout_positions(ids, pairs, seed=3)
    xs = [p[0] for p in first.values()]
    ys = [p[1] for p in first.values()]
    assert all(abs(v) < 1e6 for v in xs + ys)
    assert len(set(first.values())) > 700  # spread out, not collapsed
    assert max(xs) - min(xs) > 1000


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path):
    nodes, edges = sample_graph()
    out = tmp_path / "net.html"
    out.write_text("old page", encoding="utf-8")
    bad_edges = edges + [{"source": NS + "nju", "target": NS + "nowhere", "prop": "visited",
                          "evidence": None, "article": None}]
    with pytest.raises(GraphDataError, match="nowhere"):
        write_network_html(nodes, bad_edges, out)
    assert out.read_text(encoding="utf-8") == "old page"
    write_network_html(nodes, edges, out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net.html"]
    with pytest.raises(GraphDataError, match="twice"):
        write_network_html(nodes + nodes[:1], edges, out)


def test_empty_graph_and_unknown_names_still_render():
    assert "节点" in render_network_html([], [])
    nodes = [
        {"id": "a", "label": "甲", "cls": "Alien", "aliases": None, "articles": []},
        {"id": "__proto__", "label": "乙", "cls": "__proto__", "aliases": [], "articles": []},
    ]
    edges = [
        {"source": "a", "target": "__proto__", "prop": "weird", "evidence": None, "article": None},
        {"source": "a", "target": "a", "prop": "visited", "evidence": "自环", "article": None},
    ]
    page = render_network_html(nodes, edges)
    payload = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
    assert [c["key"] for c in payload["classes"]] == ["Alien", "__proto__"]
    assert [p["key"] for p in payload["props"]] == ["visited", "weird"]
    with pytest.raises(GraphDataError, match="aliases"):
        render_network_html([{**nodes[0], "aliases": "甲乙"}], [])


def test_html_loads_nothing_from_outside_and_embeds_text_as_data():
    nodes, edges = xss_graph()
    page = render_network_html(nodes, edges, title=XSS_TITLE)
    assert "<link" not in page.lower()
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(?!['\"]?data:)", re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    # article texts appear only escaped: never as markup, never closing the JSON block
    for probe in (XSS_NAME, XSS_SENTENCE, XSS_ARTICLE, "</script><script>window.__xss=5"):
        assert probe not in page
    assert "<title>&lt;/title&gt;&lt;script&gt;" in page
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data
    payload = json.loads(data)
    assert XSS_NAME in {n["label"] for n in payload["nodes"]}
    assert XSS_SENTENCE in {e["evidence"] for e in payload["edges"]}


# ---------------------------------------------------------------------------
# In the browser
# ---------------------------------------------------------------------------


def _load_screenshot_module():
    spec = importlib.util.spec_from_file_location("kg_screenshot_script", SCREENSHOT_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _require_chromium():
    missing = [p for p in ("/usr/bin/chromium", "/usr/bin/chromedriver") if not os.path.exists(p)]
    if missing:
        pytest.fail(
            f"browser tests need {', '.join(missing)}: install Debian's packages with "
            "`apt-get install -y chromium chromium-driver fonts-wqy-zenhei`",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    _require_chromium()
    shot = _load_screenshot_module()
    drv = shot.make_driver(tmp_path_factory.mktemp("chromium-profile"), 1400, 900, performance_log=True)
    yield drv
    drv.quit()


def _requested_urls(drv):
    """Every URL the browser asked for since the last call (DevTools performance log)."""
    urls = []
    for entry in drv.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _external(urls):
    local = ("file:", "data:", "about:", "blob:", "chrome:", "devtools:")
    return [u for u in urls if not u.startswith(local)]


def _open(drv, path, timeout=30):
    drv.get_log("performance")  # drop earlier events
    drv.get(Path(path).resolve().as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if drv.execute_script("return document.documentElement.getAttribute('data-kg-ready')") == "1":
            return
        time.sleep(0.05)
    errors = [e["message"] for e in drv.get_log("browser")]
    raise AssertionError(f"page not drawn within {timeout} s; console: {errors}")


def _dom_point(drv, node_id):
    """The node's centre in page coordinates (canvas DOM coordinates plus canvas offset)."""
    return drv.execute_script(
        """
        var p = kg.network.getPositions([arguments[0]])[arguments[0]];
        var d = kg.network.canvasToDOM(p);
        var r = document.querySelector('#kg-network canvas').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top];
        """,
        node_id,
    )


def _move_to(drv, x, y):
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = drv.find_element("css selector", "#kg-network canvas")
    rect = drv.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", canvas
    )
    ActionChains(drv).move_to_element_with_offset(
        canvas, int(x - rect[0] - rect[2] / 2), int(y - rect[1] - rect[3] / 2)
    ).perform()


def _click_at(drv, x, y):
    from selenium.webdriver.common.action_chains import ActionChains

    _move_to(drv, x, y)
    ActionChains(drv).click().perform()


def _wait_for(drv, script, timeout=5.0, *args):
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = drv.execute_script(script, *args)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {script} (last value {value!r})")


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    nodes, edges = sample_graph()
    path = tmp_path_factory.mktemp("page") / "network.html"
    write_network_html(nodes, edges, path, title="科技镇长团知识图谱（测试）")
    return path


def test_page_loads_offline_and_draws_every_node_and_edge(driver, sample_page):
    _open(driver, sample_page)
    counts = driver.execute_script(
        "return [kg.nodes.length, kg.edges.length, kg.network.body.nodeIndices.length,"
        " kg.network.body.edgeIndices.length, window.kgCspViolations];"
    )
    assert counts == [32, 48, 32, 48, []]
    urls = _requested_urls(driver)
    assert sample_page.resolve().as_uri() in urls  # the log works: it saw the page itself
    assert _external(urls) == []
    assert "节点 32 / 32" in driver.find_element("id", "kg-status").text
    assert driver.title == "科技镇长团知识图谱（测试）"
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == [], severe
    legend = driver.find_element("id", "kg-classes").text
    assert "高校" in legend and "科技镇长团" in legend


def test_harness_sees_and_blocks_outside_requests(driver, tmp_path):
    # The check above must be able to fail: a pyvis-style CDN link is seen, and blocked.
    page = tmp_path / "cdn.html"
    page.write_text(
        '<html><head><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.0.0/x.css">'
        "</head><body>cdn</body></html>",
        encoding="utf-8",
    )
    driver.get_log("performance")
    driver.get(page.as_uri())
    time.sleep(0.3)
    events = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
    sent = [m["params"]["request"]["url"] for m in events if m["method"] == "Network.requestWillBeSent"]
    assert _external(sent) == ["https://cdn.jsdelivr.net/npm/bootstrap@5.0.0/x.css"]
    failed = [m["params"] for m in events if m["method"] == "Network.loadingFailed"]
    assert failed and all(f.get("blockedReason") or f.get("errorText") for f in failed)
    assert not [m for m in events if m["method"] == "Network.responseReceived"
                and m["params"]["response"]["url"].startswith("http")]


def test_search_by_chinese_name_and_alias_selects_node(driver, sample_page):
    from selenium.webdriver.common.keys import Keys

    _open(driver, sample_page)
    box = driver.find_element("id", "kg-search")
    box.click()
    box.send_keys("南京理工")
    _wait_for(driver, "return !document.getElementById('kg-results').hidden")
    first = driver.find_element("css selector", "#kg-results li .kg-result-name").text
    assert first == "南京理工大学"
    box.send_keys(Keys.ENTER)
    selected = _wait_for(driver, "return kg.network.getSelectedNodes();")
    assert selected == [NS + "njust"]
    assert "南京理工大学" in driver.find_element("id", "kg-info").text

    box.clear()
    box.send_keys("产研")  # substring of the alias 省产研院
    _wait_for(driver, "return document.querySelectorAll('#kg-results li[data-id]').length > 0")
    hit = driver.find_element("css selector", "#kg-results li[data-id]")
    assert "省产研院" in hit.text
    hit.click()
    selected = _wait_for(driver, "return kg.network.getSelectedNodes()[0] === arguments[0] && kg.network.getSelectedNodes();",
                         5.0, NS + "jitri")
    assert selected == [NS + "jitri"]


def test_class_and_property_filters_hide_items(driver, sample_page):
    _open(driver, sample_page)
    driver.find_element("id", "kg-cls-Enterprise").click()
    visible = driver.execute_script(
        "return kg.network.body.nodeIndices.map(function(id){return kg.nodes.get(id).cls;});"
    )
    assert len(visible) == 26 and "Enterprise" not in visible
    hidden = driver.execute_script("return kg.nodes.get({filter: function(n){return n.hidden;}}).length;")
    assert hidden == 6
    assert "节点 26 / 32" in driver.find_element("id", "kg-status").text
    driver.find_element("id", "kg-prop-servesIn").click()
    shown = driver.execute_script(
        "return kg.edges.get({filter: function(e){return !e.hidden;}}).map(function(e){return e.id;});"
    )
    nodes, edges = sample_graph()
    enterprises = {n["id"] for n in nodes if n["cls"] == "Enterprise"}
    expected = [
        e for e in edges
        if e["prop"] != "servesIn" and e["source"] not in enterprises and e["target"] not in enterprises
    ]
    assert len(shown) == len(expected) == 21
    driver.find_element("id", "kg-reset").click()
    assert driver.execute_script("return kg.network.body.nodeIndices.length;") == 32
    assert driver.execute_script("return kg.edges.get({filter: function(e){return !e.hidden;}}).length;") == 48


def test_click_node_dims_all_but_its_neighbours(driver, sample_page):
    _open(driver, sample_page)
    target = NS + "p1"  # 王建国
    x, y = _dom_point(driver, target)
    _click_at(driver, x, y)
    _wait_for(driver, "return kg.network.getSelectedNodes()[0] === arguments[0];", 5.0, target)
    opacity = driver.execute_script(
        "var o = {}; kg.nodes.forEach(function(n){ o[n.id] = n.opacity === undefined ? 1 : n.opacity; }); return o;"
    )
    neighbours = {NS + k for k in ("p1", "kunshan", "nju", "team2", "ent4", "ent6")}
    assert {k for k, v in opacity.items() if v == 1} == neighbours
    assert all(v < 0.5 for k, v in opacity.items() if k not in neighbours)
    # a click on empty canvas restores everything
    _click_at(driver, 30, 880)
    _wait_for(driver, "return kg.nodes.get().every(function(n){ return n.opacity === undefined || n.opacity === 1; });")


def test_xss_probes_run_nothing_and_show_as_text(driver, tmp_path):
    nodes, edges = xss_graph()
    path = tmp_path / "xss.html"
    write_network_html(nodes, edges, path, title=XSS_TITLE)
    _open(driver, path)
    assert driver.title == XSS_TITLE
    assert driver.find_element("id", "kg-title").text == XSS_TITLE
    assert driver.execute_script("return typeof window.__xss;") == "undefined"
    assert driver.execute_script("return document.images.length;") == 0

    evil = NS + "evil"
    x, y = _dom_point(driver, evil)
    _move_to(driver, x, y)
    tip = _wait_for(driver, "var t = document.getElementById('kg-tooltip'); return !t.hidden && t.textContent;")
    assert XSS_NAME in tip and XSS_ARTICLE in tip and "<script>window.__xss=4</script>" in tip
    assert driver.execute_script("return document.querySelectorAll('#kg-tooltip img, #kg-tooltip script').length;") == 0

    # hover the middle of the edge 南京大学 -> evil, whose evidence is a <script>
    _move_to(driver, 20, 20)
    _wait_for(driver, "return document.getElementById('kg-tooltip').hidden;")
    ax, ay = _dom_point(driver, NS + "nju")
    _move_to(driver, (ax + x) / 2, (ay + y) / 2)
    tip = _wait_for(driver, "var t = document.getElementById('kg-tooltip'); return !t.hidden && t.textContent;")
    assert XSS_SENTENCE in tip and XSS_ARTICLE in tip

    # open the detail panel and search for the name as well
    _click_at(driver, x, y)
    info = _wait_for(driver, "return document.getElementById('kg-info').textContent;")
    assert XSS_NAME in info and XSS_SENTENCE in info
    box = driver.find_element("id", "kg-search")
    box.click()
    box.send_keys("<img src")
    result = _wait_for(driver, "var r = document.querySelector('#kg-results li[data-id]'); return r && r.textContent;")
    assert XSS_NAME in result
    assert driver.execute_script("return typeof window.__xss;") == "undefined"
    assert driver.execute_script(
        "return document.images.length + Array.prototype.filter.call(document.scripts, function(s){"
        " return s.id !== 'kg-data' && s.textContent.indexOf('__xss') >= 0; }).length;"
    ) == 0
    assert driver.execute_script("return window.kgCspViolations;") == []
    assert _external(_requested_urls(driver)) == []


def _png_size(path):
    head = Path(path).read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


def test_screenshot_script_saves_png(sample_page, tmp_path):
    _require_chromium()
    out = tmp_path / "shot" / "network.png"
    run = subprocess.run(
        [sys.executable, str(SCREENSHOT_SCRIPT), str(sample_page), str(out), "--width", "1200", "--height", "800"],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 30_000
    assert _png_size(out) == (1200, 800)
