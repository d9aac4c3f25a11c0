"""Tests for kg.ingest: formats, encodings, boilerplate removal, metadata, errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import Article, clean_text, collect_paths, content_hash, iter_articles, read_article

HEADLINE = "无锡科技镇长团：搭建校企合作桥梁"
PARA1 = "无锡市第十四批科技镇长团到任以来，走访企业两百余家，促成南京大学与当地企业签订产学研合作协议十二项。"
PARA2 = "团长李明表示，下一步将继续发挥桥梁纽带作用，推动更多科技成果在无锡转化落地。"
BYLINE = "本报记者 张三 本报通讯员 李四"


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    p.write_bytes(content)
    return p


def plain(*extra_top: str, extra_bottom: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*extra_top, HEADLINE, BYLINE, PARA1, PARA2, *extra_bottom]) + "\n"


# ---------------------------------------------------------------- formats


def test_plain_text_article(tmp_path: Path) -> None:
    p = write(tmp_path, "001_abc.txt", plain())
    a = read_article(p)
    assert isinstance(a, Article)
    assert a.id == "001_abc.txt"
    assert a.path == str(p)
    assert a.title == HEADLINE
    assert a.date is None
    assert a.source is None
    assert a.text == "\n\n".join([HEADLINE, BYLINE, PARA1, PARA2])


def test_plain_text_copied_from_a_page_loses_its_markup(tmp_path: Path) -> None:
    # A .txt saved from a web page or a Markdown editor: entities, stray tags and
    # Markdown marks around names must not stay in the text the extractor reads.
    body = "\n".join([
        "某区科技镇长团促成校企签约",
        "===========",
        "**发布时间：** 2023-06-16&nbsp;&nbsp;**来源：** 某区发布",
        "## 一场&ldquo;家门口&rdquo;的对接会",
        "团长由副区长（挂职）、南京理工大学教授**程某某**担任。<br>",
        "> &ldquo;我们靠自己攻关太慢。&rdquo;总经理**冯某某**说。",
        "",
        "| 序号 | 高校 | 企业 |",
        "|---|---|---|",
        "| 1 | 江南大学 | 江苏某某食品有限公司 |",
        "",
        "* 团员王某某，来自[江南大学](https://example.edu.cn)",
        "![图片](http://example.gov.cn/a.jpg)",
    ])
    a = read_article(write(tmp_path, "md.txt", body))
    assert "南京理工大学教授程某某担任" in a.text
    assert "“我们靠自己攻关太慢。”总经理冯某某说" in a.text
    assert "| 序号 | 高校 | 企业 |\n| 1 | 江南大学 |" in a.text
    assert "- 团员王某某，来自江南大学" in a.text
    for leftover in ("&nbsp;", "&ldquo;", "**", "<br>", "##", "===", "|---", "](", ".jpg"):
        assert leftover not in a.text, leftover
    assert a.date == "2023-06-16"


def test_plain_text_with_one_kind_of_mark_is_not_markdown(tmp_path: Path) -> None:
    # A lone pair of asterisks or a "> " line is not enough to rewrite a plain article.
    body = "某镇科技镇长团简讯\n\n团员**某某**走访企业。\n\n评分 > 90 分的项目有三个。"
    a = read_article(write(tmp_path, "plain.txt", body))
    assert a.text == body


def test_plain_text_keeps_characters_and_indentation(tmp_path: Path) -> None:
    body = "　　全角ＡＢＣ１２３与半角abc混排，保留原样。  \n\n　　第二段（含括号）“引号”。"
    a = read_article(write(tmp_path, "a.txt", body))
    assert a.text == body  # no width/space normalisation: offsets stay valid


def test_markdown_front_matter_with_html_paragraphs(tmp_path: Path) -> None:
    md = (
        "---\n"
        "layout: post\n"
        'title: "南通科技镇长团：赋能产业升级"\n'
        "date: 2022-01-25 18:12:37 +0800\n"
        "categories: kejiribao\n"
        "tags: 科技日报新闻\n"
        "---\n"
        f"<p>{PARA1} </p>\n <p>研发&amp;转化&nbsp;并重，&lt;重点&gt;项目落地。</p>\n"
        f"<p>{PARA2}<br>第二行</p>\n"
    )
    a = read_article(write(tmp_path, "n.md", md))
    assert a.title == "南通科技镇长团：赋能产业升级"
    assert a.date == "2022-01-25"
    assert a.source == "kejiribao"
    lines = a.text.split("\n")
    assert lines[0] == PARA1
    assert lines[1] == "研发&转化 并重，<重点>项目落地。"
    assert lines[2] == PARA2
    assert lines[3] == "第二行"
    assert "<p>" not in a.text and "layout" not in a.text and "---" not in a.text


def test_front_matter_detected_in_txt_by_content(tmp_path: Path) -> None:
    md = (
        "---\ntitle: 镇江科技镇长团\ndate: 2021-12-03\ncategories: [xinhua, news]\n---\n"
        f"<p>{PARA1}</p>\n<p class=\"em_media\">（文章来源：新华日报）</p>\n\n"
        "<http://example.com/share?id=1>\n\n"
        "[返回新闻列表](//example.com/list.html)｜[返回首页](//example.com/)\n"
    )
    a = read_article(write(tmp_path, "003_x.txt", md))
    assert a.title == "镇江科技镇长团"
    assert a.date == "2021-12-03"
    assert a.source == "新华日报"  # the 来源 line wins over categories
    assert a.text == PARA1


def test_front_matter_source_falls_back_to_tags_and_plain_markdown(tmp_path: Path) -> None:
    md = f"---\ntitle: 'a: b'\ntags: [renminribao]\n---\n# 小标题\n\n{PARA1} 详见[官网](http://x.cn)。\n"
    a = read_article(write(tmp_path, "m.markdown", md))
    assert a.title == "a: b"
    assert a.source == "renminribao"
    assert a.text == f"小标题\n\n{PARA1} 详见官网。"


def test_invalid_yaml_front_matter_is_read_line_by_line(tmp_path: Path) -> None:
    md = f"---\ntitle: 苏州: 科技镇长团\ndate: 2020-06-01\n---\n{PARA1}\n"
    a = read_article(write(tmp_path, "bad.md", md))
    assert a.title == "苏州: 科技镇长团"
    assert a.date == "2020-06-01"
    assert a.text == PARA1


HTML_PAGE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>扬州科技镇长团助力企业创新_扬州市科学技术局</title>
<meta property="article:published_time" content="2022-03-08T09:30:00+08:00">
<style>.x {{ color: red }} 样式文字</style>
<script>var s = "脚本文字";</script>
</head>
<body>
<header><div class="logo">扬州市科学技术局门户网站</div></header>
<nav><a href="/">首页</a> <a href="/news">科技资讯</a></nav>
<table><tr><td><a href="/">网站首页</a></td><td><a href="/org">机构概况</a> | <a href="/gk">政务公开</a></td></tr></table>
<div class="breadcrumb">当前位置：首页 &gt; 科技资讯</div>
<!-- 注释文字 -->
<article>
<h1>扬州科技镇长团助力企业创新</h1>
<div class="info">发布时间：2022-03-08 来源：扬州日报 浏览次数：128</div>
<p>{PARA1}</p>
<p>{PARA2.replace("李明", "<strong>李明</strong>")}</p>
<ul><li>第一项成果</li><li>第二项成果</li></ul>
<div style="display:none">隐藏文字</div>
<p>详见<a href="/doc">《实施方案》</a>全文。</p>
<pre>代码行一
代码行二</pre>
</article>
<aside>相关阅读：侧栏文字</aside>
<div id="footer">页脚容器文字</div>
<div class="bottom">主办：扬州市科学技术局 地址：扬州市文昌中路<br>苏ICP备12345678号</div>
<footer>主办单位：扬州市科学技术局 苏ICP备12345678号</footer>
<script>document.write("尾部脚本");</script>
</body></html>
"""


def test_html_visible_text_only(tmp_path: Path) -> None:
    a = read_article(write(tmp_path, "y.html", HTML_PAGE))
    assert a.title == "扬州科技镇长团助力企业创新"
    assert a.date == "2022-03-08"
    assert a.source == "扬州日报"
    assert a.text.split("\n") == [
        "扬州科技镇长团助力企业创新",
        PARA1,
        PARA2,
        "第一项成果",
        "第二项成果",
        "详见《实施方案》全文。",  # a link inside a sentence is content
        "代码行一",
        "代码行二",
    ]
    for gone in ("样式文字", "脚本文字", "门户网站", "首页", "机构概况", "政务公开", "注释文字", "浏览次数",
                 "隐藏文字", "侧栏文字", "页脚容器文字", "主办", "ICP", "尾部脚本", "当前位置"):
        assert gone not in a.text, gone


def test_html_title_from_title_tag_and_date_from_pubdate(tmp_path: Path) -> None:
    page = (
        "<html><head><title>泰州科技镇长团调研 - 泰州新闻网</title>"
        '<meta name="PubDate" content="2021-09-30 10:00">'
        '<meta name="ContentSource" content="泰州日报"></head>'
        f"<body><div class='logo'><h1>泰州新闻网</h1></div><div><p>{PARA1}</p></div></body></html>"
    )
    a = read_article(write(tmp_path, "t.htm", page))
    assert a.title == "泰州科技镇长团调研"  # the <h1> is the site logo, not in <title>: <title> wins
    assert a.date == "2021-09-30"
    assert a.source == "泰州日报"
    assert a.text == f"泰州新闻网\n{PARA1}"


def test_html_saved_as_txt_is_detected(tmp_path: Path) -> None:
    page = f"<!doctype html><html><body><script>x=1</script><p>{PARA1}</p></body></html>"
    a = read_article(write(tmp_path, "page.txt", page))
    assert a.text == PARA1


def test_html_layout_table_in_a_form(tmp_path: Path) -> None:
    # ASP.NET-style government page: everything inside <form>, metadata in table cells.
    page = (
        "<html><head><title>盐城科技镇长团</title></head><body><form id='form1'><table>"
        "<tr><td>发布时间：</td><td>2022-07-15</td><td>来源：</td><td>盐城发布</td></tr>"
        f"<tr><td><p>{PARA1}</p><p>{PARA2}</p></td></tr>"
        "</table></form></body></html>"
    )
    a = read_article(write(tmp_path, "yc.html", page))
    assert a.date == "2022-07-15"
    assert a.source == "盐城发布"
    assert a.text == f"{PARA1}\n{PARA2}"


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    content = plain("发布日期：2022-05-12  来源：常州日报")
    raw = content.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # codecs without BOM: add it, as editors do
        raw = ("\ufeff").encode(encoding) + raw
    p = write(tmp_path, f"enc_{encoding}.txt", raw)
    a = read_article(p)
    assert a.text == "\n\n".join([HEADLINE, BYLINE, PARA1, PARA2])
    assert not a.text.startswith("\ufeff")
    assert a.date == "2022-05-12"
    assert a.source == "常州日报"
    assert a.title == HEADLINE


def test_gb18030_only_characters(tmp_path: Path) -> None:
    text = "这是GB18030才有的字：㐀䶵𠀀，以及欧元€符号。"
    a = read_article(write(tmp_path, "g.txt", text, encoding="gb18030"))
    assert a.text == text


def test_crlf_and_cr_are_normalised(tmp_path: Path) -> None:
    a = read_article(write(tmp_path, "w.txt", f"{HEADLINE}\r\n\r\n{PARA1}\r{PARA2}\r\n"))
    assert a.text == f"{HEADLINE}\n\n{PARA1}\n{PARA2}"
    assert "\r" not in a.text


def test_sha256_and_content_hash(tmp_path: Path) -> None:
    p = write(tmp_path, "h.txt", plain("当前位置：首页 > 新闻"))
    expected = hashlib.sha256(p.read_bytes()).hexdigest()
    assert content_hash(p) == expected
    assert content_hash(str(p)) == expected
    assert read_article(p).sha256 == expected
    q = write(tmp_path, "h2.txt", plain("当前位置：首页 > 动态"))
    assert content_hash(q) != expected  # raw bytes, not cleaned text


# ---------------------------------------------------------------- boilerplate

BOILERPLATE_LINES = [
    # footers
    "主办单位：常州市科学技术局",
    "承办单位：常州市信息中心",
    "地址：常州市龙城大道1280号",
    "联系电话：0519-85681500   技术支持电话：0519-85685023",
    "电话：025-12345678",
    "传真：025-87654321",
    "邮编：213022",
    "苏ICP备05003616号",
    "网站标识码：3204000037",
    "版权所有：无锡市人民政府",
    "Copyright © 2022 Wuxi Science and Technology Bureau",
    "技术支持：某某网络科技有限公司",
    "苏公网安备32041102000483号",
    # navigation / breadcrumbs
    "当前位置:首页 >> 科技资讯 >> 重点新闻 >> 内容",
    "您的位置：首页 > 新闻中心 > 正文",
    "首页 > 新闻动态",
    # page tools
    "返回顶部",
    "返回科技日报新闻｜返回首页",
    "打印本页 关闭窗口",
    "【字体：大 中 小】",
    "字号：〖大 中 小〗",
    # counters
    "浏览次数：1024",
    "访问量：",
    "阅读量 3562",
    "点击数：",
    # share bars
    "分享到：微信 微博 QQ空间",
    # metadata lines
    "发布日期:2022-05-12\u00a0 \u00a0来源:创新常州\u00a0 \u00a0浏览次数:\u00a0 字号:〖",
    "来源：新华日报",
    "（文章来源：科技日报）",
    "责任编辑：王五",
]


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_line_is_dropped(tmp_path: Path, line: str) -> None:
    # Put the chrome line in the middle so the footer-zone rule cannot be what removes it.
    content = "\n\n".join([HEADLINE, PARA1, line, PARA2]) + "\n"
    a = read_article(write(tmp_path, "b.txt", content))
    assert a.text == "\n\n".join([HEADLINE, PARA1, PARA2])


def test_real_sentences_mentioning_footer_words_are_kept(tmp_path: Path) -> None:
    long_phone = (
        "为方便企业对接，科技镇长团公布了服务电话：0510-12345678，并在高新区管委会地址：新吴区某某路1号设立服务窗口，"
        "企业可现场咨询产学研合作政策和人才申报事项。"
    )
    long_addr = (
        "地址：江苏省无锡市新吴区清源路某号的江南大学国家技术转移中心将作为对接平台，"
        "每月举办一次面向中小企业的科技成果发布会，邀请高校院所专家现场路演并解答企业提出的技术难题。"
    )
    short = [
        "企业可拨打服务电话咨询相关政策。",
        "团员们返回高校后继续跟进项目。",
        "资金来源：省级财政专项和企业自筹",
        "该平台为企业提供技术支持和人才服务",
    ]
    assert len(long_phone) >= 80 and len(long_addr) >= 80
    lines = [HEADLINE, PARA1, long_phone, long_addr, *short, PARA2]
    a = read_article(write(tmp_path, "k.txt", "\n".join(lines)))
    assert a.text == "\n".join(lines)
    assert a.source is None  # 资金来源 is not a 来源 field


def test_footer_block_at_end_is_cut(tmp_path: Path) -> None:
    footer = [
        "主办单位:常州市科学技术局",
        "网站支持IPV6   推荐使用1024*768或以上分辨率,并使用IE9.0或以上版本浏览器",
        "您是第位游客",
        "政府网站工作报表",
        "纪检监察",
        "网站地图",
    ]
    a = read_article(write(tmp_path, "f.txt", "\n\n".join([HEADLINE, PARA1, PARA2, *footer])))
    assert a.text == "\n\n".join([HEADLINE, PARA1, PARA2])


def test_short_lines_after_content_are_kept_without_footer(tmp_path: Path) -> None:
    a = read_article(write(tmp_path, "c.txt", "\n\n".join([HEADLINE, PARA1, "走访企业现场", "纪检监察"])))
    assert a.text.endswith("走访企业现场\n\n纪检监察")


def test_bylines_are_kept(tmp_path: Path) -> None:
    a = read_article(write(tmp_path, "by.txt", plain()))
    assert BYLINE in a.text


def test_blank_line_runs_collapse_to_two() -> None:
    assert clean_text("甲\n\n\n\n\n\n乙\n \n\t\n丙\n") == "甲\n\n\n乙\n\n\n丙"
    assert clean_text("\n\n甲\n\n乙\n\n") == "甲\n\n乙"


def test_only_boilerplate_is_an_error(tmp_path: Path) -> None:
    p = write(tmp_path, "chrome.txt", "当前位置：首页 > 新闻\n返回顶部\n苏ICP备05003616号\n")
    with pytest.raises(InputError) as e:
        read_article(p)
    assert str(e.value).startswith(f"{p}: ")


# ---------------------------------------------------------------- dates / titles / sources


@pytest.mark.parametrize(
    "line, expected",
    [
        ("发布日期：2022-05-12", "2022-05-12"),
        ("发布时间:2021/9/3 10:22  来源：人民网", "2021-09-03"),
        ("日期：2020年1月5日", "2020-01-05"),
        ("发布日期：2022-13-45", None),  # not a calendar date
    ],
)
def test_date_from_field_line(tmp_path: Path, line: str, expected: str | None) -> None:
    a = read_article(write(tmp_path, "d.txt", plain(line)))
    assert a.date == expected
    assert line not in a.text


def test_date_field_line_further_down(tmp_path: Path) -> None:
    content = "\n\n".join([HEADLINE, PARA1, PARA2, PARA1, PARA2, PARA1, "发布时间：2019-11-20"])
    assert read_article(write(tmp_path, "d2.txt", content)).date == "2019-11-20"


def test_dateline_near_top(tmp_path: Path) -> None:
    a = read_article(write(tmp_path, "dl.txt", plain(extra_bottom=()).replace(BYLINE, "2022年5月12日 星期四")))
    assert a.date == "2022-05-12"
    assert "星期四" not in a.text  # a date-only dateline is metadata, not content
    iso = read_article(write(tmp_path, "dl2.txt", f"{HEADLINE}\n2021-08-01\n{PARA1}\n"))
    assert iso.date == "2021-08-01"


def test_dates_inside_sentences_or_far_down_are_not_datelines(tmp_path: Path) -> None:
    in_sentence = f"{HEADLINE}\n2021年8月1日，科技镇长团全体团员到任并召开第一次全团会议，部署下一阶段工作。\n{PARA1}\n"
    assert read_article(write(tmp_path, "s.txt", in_sentence)).date is None
    far = "\n".join([HEADLINE, PARA1, PARA2, PARA1, PARA2, PARA1, "2022年5月12日"])
    a = read_article(write(tmp_path, "far.txt", far))
    assert a.date is None
    assert a.text.endswith("2022年5月12日")


def test_front_matter_date_formats(tmp_path: Path) -> None:
    for i, value in enumerate(["2022-01-25 18:12:37 +0800", "2022-01-25", "'2022/1/25'", "2022-01-25T23:30:00+08:00"]):
        a = read_article(write(tmp_path, f"fm{i}.md", f"---\ntitle: 题\ndate: {value}\n---\n{PARA1}\n"))
        assert a.date == "2022-01-25", value


def test_no_headline_when_article_starts_with_a_paragraph(tmp_path: Path) -> None:
    a = read_article(write(tmp_path, "p.txt", f"{PARA1}\n\n小标题\n\n{PARA2}\n"))
    assert a.title is None
    b = read_article(write(tmp_path, "q.txt", f"{BYLINE}\n\n{PARA1}\n\n小标题\n"))
    assert b.title is None  # a byline is not a headline


def test_headline_after_removed_breadcrumb_and_split_over_colon(tmp_path: Path) -> None:
    content = "当前位置：首页 >> 新闻\n\n丹阳科技镇长团:\n\n链接资源助产业加速跑\n\n" + PARA1
    a = read_article(write(tmp_path, "h.txt", content))
    assert a.title == "丹阳科技镇长团:链接资源助产业加速跑"
    assert a.text.startswith("丹阳科技镇长团:")


# ---------------------------------------------------------------- errors


def assert_input_error(exc: pytest.ExceptionInfo[InputError], path: Path, *words: str) -> None:
    msg = str(exc.value)
    assert msg.startswith(f"{path}: "), msg
    assert exc.value.path == str(path)
    for w in words:
        assert w in msg, msg


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as e:
        read_article(missing)
    assert_input_error(e, missing, "no such")
    with pytest.raises(InputError) as e:
        list(iter_articles([missing]))
    assert_input_error(e, missing, "no such")
    with pytest.raises(InputError) as e:
        collect_paths([str(missing)])
    assert_input_error(e, missing, "no such")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u3000\n".encode(), "\ufeff".encode("utf-8")])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    p = write(tmp_path, "empty.txt", content)
    with pytest.raises(InputError) as e:
        read_article(p)
    assert_input_error(e, p, "empty")


def test_binary_file_with_nul(tmp_path: Path) -> None:
    p = write(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as e:
        read_article(p)
    assert_input_error(e, p, "binary")


def test_binary_file_without_nul(tmp_path: Path) -> None:
    p = write(tmp_path, "ctl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 50)
    with pytest.raises(InputError) as e:
        read_article(p)
    assert_input_error(e, p, "binary")


def test_utf16_without_bom_is_reported(tmp_path: Path) -> None:
    p = write(tmp_path, "u16.txt", PARA1.encode("utf-16-le"))
    with pytest.raises(InputError) as e:
        read_article(p)
    assert_input_error(e, p, "UTF-16")


def test_undecodable_bytes(tmp_path: Path) -> None:
    p = write(tmp_path, "bad.txt", b"abc \x80\x80 \xff\xff def")
    with pytest.raises(InputError) as e:
        read_article(p)
    assert_input_error(e, p, "decode")


def test_damaged_utf8_is_not_read_as_gb18030(tmp_path: Path) -> None:
    good = ("南京大学与无锡市签订合作协议" * 3).encode("utf-8")
    raw = good[:42] + b"\xb0A" + good[42:]  # one stray byte, e.g. a truncated GBK character
    assert raw.decode("gb18030")  # GB18030 would "succeed" with mojibake
    p = write(tmp_path, "damaged.txt", raw)
    with pytest.raises(InputError) as e:
        read_article(p)
    assert_input_error(e, p, "UTF-8", "byte 42")


def test_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "notes.pdf", b"%PDF")
    write(folder, ".hidden.txt", PARA1)
    with pytest.raises(InputError) as e:
        collect_paths([folder])
    assert_input_error(e, folder, "no article")
    with pytest.raises(InputError) as e:
        list(iter_articles(folder))
    assert_input_error(e, folder, "no article")


def test_duplicate_article_ids(tmp_path: Path) -> None:
    a = write(tmp_path, "x/001.txt", PARA1)
    b = write(tmp_path, "y/001.txt", PARA2)
    with pytest.raises(InputError) as e:
        collect_paths([a, b])
    assert_input_error(e, b, "duplicate")


# ---------------------------------------------------------------- folder expansion


def test_folder_expansion_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    names = ["b.txt", "a.md", "sub/c.html", "sub/a.txt", "z.htm", "a-c.markdown", "C.TXT", "10.txt", "9.txt"]
    for n in names:
        write(root, n, f"{n}\n\n{PARA1}\n")
    write(root, "ignore.pdf", b"%PDF-1.4")
    write(root, "sub/.hidden.txt", PARA1)
    write(root, ".git/x.txt", PARA1)

    got = [p.relative_to(root).as_posix() for p in collect_paths([root])]
    assert got == ["10.txt", "9.txt", "C.TXT", "a-c.markdown", "a.md", "b.txt", "sub/a.txt", "sub/c.html", "z.htm"]

    single = write(tmp_path, "single.txt", f"单篇\n\n{PARA2}\n")
    articles = list(iter_articles([single, str(root), root / "b.txt"]))  # b.txt already included: kept once
    assert [x.id for x in articles] == ["single.txt", *[Path(n).name for n in got]]
    assert articles[0].text.startswith("单篇")
    assert all(x.text.endswith(PARA1) for x in articles[1:])


def test_folder_expansion_and_links(tmp_path: Path) -> None:
    """A linked file is an article (once, however it is reached); a linked folder is not entered."""
    outside = tmp_path / "outside"
    target = write(outside, "linked.txt", PARA1)
    root = tmp_path / "corpus"
    write(root, "own.txt", PARA2)
    (root / "sub").mkdir()
    (root / "sub" / "link.txt").symlink_to(target)
    (root / "folder-link").symlink_to(outside, target_is_directory=True)

    got = collect_paths([root])
    assert [p.relative_to(root).as_posix() for p in got] == ["own.txt", "sub/link.txt"]
    # the link and its target are one file: named again through the target, it is kept once
    assert collect_paths([root, target]) == got
    # …and through a folder's other spelling too
    assert collect_paths([root, tmp_path / "outside" / ".." / "corpus"]) == got


def test_explicit_file_with_other_extension_is_read(tmp_path: Path) -> None:
    p = write(tmp_path, "article.text", f"{HEADLINE}\n{PARA1}")
    assert [a.title for a in iter_articles(str(p))] == [HEADLINE]


def test_a_paragraph_cut_mid_sentence_on_an_indented_page_is_joined_back():
    """　　张甸镇…。来自南京工业 / 大学材料科学与工程学院的团员…: one paragraph; a page without
    indents keeps its lines, and a heading or an indented line starts its own."""
    text = ("标题\n　　第一段。\n　　张甸镇是重要板块。来自南京工业\n大学材料科学与工程学院的团员陈航促成合作。\n"
            "新材料小分队：把实验室搬进车间\n　　第三段。\n")
    assert clean_text(text).split("\n") == [
        "标题", "　　第一段。", "　　张甸镇是重要板块。来自南京工业大学材料科学与工程学院的团员陈航促成合作。",
        "新材料小分队：把实验室搬进车间", "　　第三段。"]
    plain = "标题\n张甸镇是重要板块。来自南京工业\n大学材料科学与工程学院的团员。\n"
    assert clean_text(plain).split("\n") == ["标题", "张甸镇是重要板块。来自南京工业", "大学材料科学与工程学院的团员。"]


def test_collected_files_are_not_collected_again(tmp_path: Path) -> None:
    """A build names its files once: collect_paths hands its own result back without walking or
    resolving them again (a file gone since is an error for the reader, not for the collector)."""
    root = tmp_path / "corpus"
    for n in ("a.txt", "b.txt"):
        write(root, n, PARA1)
    got = collect_paths([root])
    (root / "b.txt").unlink()
    assert collect_paths(got) is got
    with pytest.raises(InputError, match="no such file"):
        collect_paths(list(got))


@pytest.mark.parametrize("label, source, rest, date", [
    ("发布单位", "南京林业大学化学工程学院", "　发布日期：2024-05-17", "2024-05-17"),
    ("发布者", "环境学院", "　发布时间：2022-11-08　点击：", "2022-11-08"),
    ("供稿", "食品学院", "　日期：2023-12-15", "2023-12-15"),
])
def test_a_publishing_unit_line_is_the_source(tmp_path: Path, label: str, source: str, rest: str, date: str) -> None:
    """发布单位：某大学某学院, 发布者：环境学院, 供稿：食品学院 (a school's own page) name the source as 来源
    does, and the line is chrome."""
    p = write(tmp_path, "a.txt", f"{HEADLINE}\n\n{label}：{source}{rest}\n\n{PARA1}\n")
    a = read_article(p)
    assert a.source == source
    assert a.date == date
    assert label not in a.text


def test_a_table_laid_out_one_cell_a_line_is_joined_row_by_row():
    """序号 / 姓名 / 单位 / 1 / 张某 / 某大学 / 2 / …: each row one line, cells split by ｜ (the rest untouched)."""
    from kg.ingest import clean_text
    text = clean_text("前言。\n序号\n姓名\n单位\n1\n张某\n南京大学\n2\n李某\n东南大学\n合计\n后记。")
    assert text.split("\n") == ["前言。", "序号｜姓名｜单位", "1｜张某｜南京大学", "2｜李某｜东南大学", "合计", "后记。"]
    assert clean_text("序号\n1\n2") == "序号\n1\n2"  # (no header cells: no table)


def test_a_pdfs_fixed_width_lines_and_page_numbers_rejoin_their_paragraphs():
    """A PDF's text: lines as wide as the column go on into the next, whatever ends or opens them
    (…其中教授 / （研究员）3人, 走访企业 / 186家次), and a page number between two halves of a paragraph goes."""
    from kg.ingest import clean_text
    body = ["    本批科技镇长团团员分别来自中国矿业大学、江苏师", "范大学、南京理工大学、东南大学、徐州工程学院、中",
            "国科学院南京地理与湖泊研究所等7家单位，其中教授", "（研究员）3人、副教授（副研究员）5人。团长邵某远",
            "（中国矿业大学）挂任邳州市副市长，其余团员分别挂", "职邳州经济开发区、邳州高新区和碾庄镇、官湖镇、铁",
            "富镇等镇（街道）。", "    二、主要工作", "    （一）促成中国矿业大学与邳州市人民政府签订全面战", "略合作协议，已经引进研发团队四个，并在年内推动江苏",
            "", "                         — 1 —", "", "师范大学生命科学学院与邳州本土企业江苏某源生物科",
            "技有限公司共建联合实验室。", "    三、下一步"]
    text = clean_text("\n".join(body))
    assert "江苏师范大学、南京理工大学" in text and "其中教授（研究员）3人" in text
    assert "推动江苏师范大学生命科学学院与邳州本土企业江苏某源生物科技有限公司" in text and "— 1 —" not in text
    assert "    二、主要工作\n" in text  # (a short heading line is its own)


def test_a_heading_without_punctuation_keeps_the_blank_line_after_it():
    """    一、基本情况 / (blank) / 本批…: an indented heading is no cut paragraph, the blank line after it stays."""
    from kg.ingest import clean_text
    text = clean_text("    一、基本情况\n\n本批科技镇长团共8名成员。\n    二、主要工作\n    （一）走访企业86家。\n    三、下一步打算")
    assert text.startswith("    一、基本情况\n\n本批")


def test_a_meta_lines_author_field_is_kept_and_a_reporters_credit_is_not():
    """中国矿业大学新闻网　2024-08-26　来源：党委组织部　作者：蒋某 is chrome, but its author may be the member who
    wrote a first-person account: the field stays as a line of its own; 作者：本报记者 张某 is dropped whole."""
    own = clean_text("矿大人在基层｜一名团员的365天\n\n中国矿业大学新闻网　2024-08-26　来源：党委组织部　作者：蒋某\n\n正文。")
    assert own.split("\n")[2] == "作者：蒋某" and "来源" not in own
    press = clean_text("某区科技镇长团走访企业\n发布时间：2013-10-15　来源：连云港日报　作者：本报记者 张某　浏览：186次\n\n正文。")
    assert "作者" not in press and "张某" not in press


def test_a_page_in_traditional_characters_loses_its_clutter_and_keeps_its_writing(tmp_path):
    """責任編輯 and a 來源 field are read through the page's simplified copy; the text stays as written."""
    page = ("科技鎮長團當「紅娘」 蘇州吳江一年促成產學研合作逾60項\n首頁 > 中國新聞 > 長三角\n"
            "2024-08-20 09:42　來源：某某通訊社\n\n吳江區第十五批科技鎮長團自2023年8月到任以來走訪企業320餘家次。\n\n"
            "責任編輯：陳某朗\n")
    a = read_article(write(tmp_path, "t.txt", page))
    assert a.source == "某某通訊社" and a.date == "2024-08-20"
    assert "吳江區第十五批科技鎮長團" in a.text and "責任編輯" not in a.text and "陳某朗" not in a.text


def test_a_wechat_posts_header_line_with_the_sending_province_is_dropped():
    """原创　某高新区　2023-11-16 18:02　发表于江苏: the province the post was sent from is no place of the article."""
    for header in ("原创　某某高新区　2023-11-16 18:02　发表于江苏", "扬州大学　2024-07-26 20:15　江苏"):
        assert clean_text(f"某某签约活动\n{header}\n\n7月24日，某某团走访企业。") == "某某签约活动\n\n7月24日，某某团走访企业。"
    kept = "2023-11-16 18:02 江苏省科技厅发布通知"
    assert kept in clean_text(f"标题\n{kept}\n正文。")


def test_a_poster_that_opens_on_its_hosts_is_not_cut_as_a_footer():
    """主办单位｜… near the top of a poster, its agenda in short lines after: the page itself, not a footer;
    a page's real footer (主办单位：… at its end) still goes."""
    agenda = "\n".join(f"14:{k:02d}　议程第{k}项" for k in range(14))
    poster = f"【海报】某某科技成果发布会\n\n主办单位｜泰兴市人民政府　南京工业大学\n{agenda}\n▸ 江苏某澜化工有限公司 × 南京工业大学"
    assert "江苏某澜化工有限公司" in clean_text(poster)
    page = "某某团走访企业\n\n某某团今天走访了十家企业，签订合作协议三项。\n\n主办单位：某某市人民政府\n网站标识码：3206820001"
    assert "主办单位" not in clean_text(page) and "签订合作协议三项" in clean_text(page)


def test_a_newsletters_issuer_line_is_its_source(tmp_path):
    """某学院工作简报 / 2022年第6期 / 江苏大学某学院党政办公室编印　2022年6月30日: the issuer line names the body whose
    newsletter it is (a 供稿 field at the foot with its short form yields to it); a dated sentence is no issuer."""
    page = ("某某学院工作简报\n2022年第6期（总第58期）\n江苏大学某某学院党政办公室编印　　　　2022年6月30日\n\n"
            "6月17日，学院与某公司签约。\n\n（供稿：学院办公室）\n")
    a = read_article(write(tmp_path, "t.txt", page))
    assert a.source == "江苏大学某某学院党政办公室" and a.date == "2022-06-30"
    b = read_article(write(tmp_path, "u.txt", "某某团走访企业\n某某团今日走访企业　2022年6月30日\n\n正文。\n"))
    assert b.source is None


def test_a_schools_page_names_itself_before_a_labelled_date(tmp_path):
    """某村为我院挂职教师送来锦旗 / 南京林业大学某某学院　　发布时间：2024-05-20: the school before the labelled date is the
    page's source, over an office the foot credits (供稿：党政办), which is one of its own."""
    page = ("某村为我院挂职教师送来锦旗\n\n南京林业大学某某学院　　发布时间：2024-05-20\n\n"
            "5月17日，某村党委书记一行来到学院赠送锦旗。\n\n（供稿：党政办　图：某某）\n")
    a = read_article(write(tmp_path, "t.txt", page))
    assert a.source == "南京林业大学某某学院" and a.date == "2024-05-20"


def test_comma_separated_rows_under_a_header_become_a_tab_separated_table(tmp_path):
    """A data portal's CSV preview (序号,企业名称,合作高校,… then rows with as many cells) has its cells split by tabs;
    a quoted cell keeps its comma inside and loses its quotes; a prose line with commas is left alone."""
    page = ("某某项目清单\n\n数据预览（CSV）\n序号,企业名称,合作高校,合同金额（万元）\n1,常州某沣新能源科技有限公司,江苏大学,260\n"
            '2,常州某睿智能装备有限公司,"常州大学,江苏大学",120\n\nHe said, in short, yes.\n')
    a = read_article(write(tmp_path, "t.txt", page))
    assert "序号\t企业名称\t合作高校\t合同金额（万元）" in a.text.split("\n")
    assert "2\t常州某睿智能装备有限公司\t常州大学,江苏大学\t120" in a.text.split("\n")
    assert "He said, in short, yes." in a.text


def test_a_pdf_text_cut_every_n_characters_joins_a_line_that_ends_in_digits():
    """Lines cut every 27 characters (a PDF's column): a line with digits prints narrower but is as full as
    the others, so 合同金额超46 / 00万元 is one number."""
    text = ("　　团员们来自南京工业大学、中国药科大学、江南大学、南京理工大学、江苏省产业技术研究院等十一家单"
            "位，分别挂任市科技局、经济开发区、高新区及黄桥、虹桥等镇的相关职务，实行一人联系一个板块、一人挂钩十"
            "家企业的办法，今年以来累计走访企业三百余家次，梳理技术需求一百余项，促成产学研合作项目四十二项")
    text += text[2:]
    lines = [text[k:k + 27] for k in range(0, len(text), 27) if len(text[k:k + 27]) == 27]
    lines += ["梳理需求160余项，促成项目42项，签订合同金额超46", "00万元，在今年一季度评估中位列第一。"]
    assert len(lines[-2]) == 27 and all(len(line) == 27 for line in lines[:-1])
    out = clean_text("\n".join(["某团：把高校智库搬到企业家门口", "", *lines, "　　团长说，企业的难题就是课题。",
                                 "　　下一步将出台积分制。"]))
    assert "合同金额超4600万元" in out


def test_a_pages_list_of_other_articles_is_not_its_text():
    """相关推荐 and the titles under it (with their source and read-count lines) are other articles and go;
    the article's own text after the list stays, and so does a 【相关链接】 that opens a sentence of its own."""
    page = ("某区科技镇长团走访企业\n　　某区第十五批科技镇长团走访某某科技有限公司。\n\n相关推荐\n"
            "某县第十五批科技镇长团到任一年 签约项目超50个\n某某发布 · 8562阅读\n▪ 某市召开科技镇长团工作推进会\n\n"
            "　　团员们表示，将继续深入企业。\n【相关链接】据了解，该团已走访企业300余家，促成合作35项。\n猜你喜欢：某镇迎来新项目\n")
    lines = clean_text(page).split("\n")
    assert not [line for line in lines if "某县" in line or "某市" in line or "阅读" in line or "某镇" in line]
    assert "　　团员们表示，将继续深入企业。" in lines
    assert "【相关链接】据了解，该团已走访企业300余家，促成合作35项。" in lines
    assert lines.index("　　团员们表示，将继续深入企业。") == lines.index("　　某区第十五批科技镇长团走访某某科技有限公司。") + 2


def test_a_head_line_crediting_a_team_is_kept_and_a_footer_line_is_not():
    """技术支持：沭阳县第十六批科技镇长团 at a catalogue's head says who made it (the team, with its batch) and stays; the same
    field at a page's foot (技术支持：某某网络科技有限公司) is site chrome and goes."""
    page = ("沭阳县2024年度重点产业紧缺人才需求目录\n编制单位：中共沭阳县委人才工作领导小组办公室\n技术支持：沭阳县第十六批科技镇长团\n"
            "发布日期：2024年4月\n\n本目录由科技镇长团走访企业汇总编制。\n\n技术支持：某某网络科技有限公司\n")
    lines = clean_text(page).split("\n")
    assert "技术支持：沭阳县第十六批科技镇长团" in lines
    assert "技术支持：某某网络科技有限公司" not in lines
