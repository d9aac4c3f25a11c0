"""Reported figures: 签订合同40余份, 总金额达830余万元, 走访企业100家以上.

Each becomes (subject, indicator, value in base units, unit, approx). The subject
is the team the passage is about, or a platform or agency named before the number; a
member's own tally or deal is the member's, and the programme's province-wide tallies are
the province's reporting agency's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from kg.extract import lexicon as lx
from kg.extract.actors import (LEADS_THE_TEAM_RE, TITLE_WORDS_RE, crossed_item_brokers, crossed_item_end, first_person_writer,
                               guest_team, item_label_end,
                               section_person, titles_only)
from kg.extract.mentions import Mention, row_cell_starts, self_firm_mention
from kg.extract.numbers import (APPROX_AFTER, APPROX_BEFORE, BIG_NUMBER_RE, CN_DIGITS, MULTIPLIER, NUMBER_RE, as_int_if_whole,
                                to_number)
from kg.extract.resolve import ArticleContext
from kg.extract.text import IDEOGRAPHIC_SPACE_RE, ITEM_HEADING_RE, heading_bar, last_match, split_cells

COUNT_UNITS = ("家次", "场次", "人次", "家", "个", "项", "份", "场", "次", "篇", "条", "所", "期", "件", "批", "支", "名", "人", "位", "元")
PERSON_UNITS = {"人次", "名", "人", "位"}
# The lookahead names every character a match can start with (a qualifier's or a number's
# first character): it changes no match, but lets the scan skip other positions without
# trying the whole pattern at each of them.
_FIG_RE = re.compile(
    rf"(?=[超将近约逾共达\d{CN_DIGITS}])"
    rf"(?P<before>超过|将近|(?<![最附])近|(?<![签合预节制公条契相践])约|超|逾|共|达)?"  # not 签约12个, 最近3年
    rf"(?P<num>{BIG_NUMBER_RE}|{NUMBER_RE})(?P<mult>[万亿千]*)(?P<after1>余|多)?"
    rf"(?P<unit>万元|亿元|元|{'|'.join(COUNT_UNITS)})?(?P<after2>以上|左右|余)?"
)
_SKIP_CONTEXT = ("共有成员", "共有团员", "团员共", "名成员", "位成员", "分别来自", "来自", "平均年龄", "个支团", "家单位", "大巴", "辆", "岁", "年龄", "每周", "每名", "每个", "每人", "只手", "平方米", "周年", "届",
                 "每亩", "每户", "每吨", "亩均", "人均", "户均",  # rates: 每亩增收800元
                 "分布在", "分赴", "派驻",  # 团员…分布在全省103个县（市、区）, 分别派驻东海、灌云等6个县区: where members serve
                 "选派成员", "成员中", "批为",  # 第十六批共选派成员1060名，第十五批为1023名: the programme's size
                 "组成的",  # the team's make-up: 由8所高校的9名专家组成的…团
                 "个县区团", "个县（市、区）团", "个县(市、区)团", "个县市区团", "个分团", "名成员到岗",  # 4个县区团、32名成员到岗
                 "个团的", "个团团长",  # 7个团的团长分别汇报
                 "名团员分别", "名团员是", "名团员为", "名团员：", "位团员",  # 来挂职的8名团员分别是：, a roster
                 "名“科技镇长”", "名科技镇长", "位“科技镇长”", "位科技镇长")  # 11名“科技镇长”亮相: the team's size
# who came to an event: 来自A、B等12所高校院所的40余名专家 (how many schools and experts attended, a count writers
# keep; not the team's make-up, 团员分别来自…)
_EXPERTS_CAME_RE = re.compile(r"来自[^。；;]{0,80}?\d+[家所个](?:高校院所|高校和科研院所|高校|院校|科研院所|高等院校)的\d+[余多]?[名位]"
                              r"(?:专家学者|专家教授|专家|教授|学者)")
_MEMBERS_WORDS_RE = re.compile(r"团员|成员|挂职|选派|派驻")
_SKIP_CONTEXT_RE = re.compile("|".join(map(re.escape, sorted(_SKIP_CONTEXT, key=len, reverse=True))))
# what a firm earns, owns or spends on its own: its figures, not a team's outcome
_FIRM_METRIC_RE = re.compile(r"营业收入|营收|销售收入|销售额|利润|利税|注册资本|研发经费|研发投入")
# what a firm gains or spends itself in a deal: its own figures when a firm is there to own them
_FIRM_OWN_RE = re.compile(r"研发资金|订单|节约|节省|产值|贷款|投资|揭榜金额|榜额|支付")
_ATTRACTED_RE = re.compile(r"引进|招引|落户|签约")  # (主导引进的X项目…预计投资2.55亿元: what a team brought in)
_FIRM_PATENTS_RE = re.compile(r"专利")  # patents a deal's firm applied for or was granted: its own count
_PLATFORM_OPENS_RE = re.compile(r"(?:该)?(?:实验室|中心|平台|工作站|研究院)")  # (实验室目前已申报发明专利: the lab's)
_DRIVEN_BY_TEAM_RE = re.compile(r"带动|推动|帮助|协助|促成|引导|助力|新办|新增|新注册|争取")  # (带动企业新增研发投入: the team's)
_FIRM_OPENS_RE = re.compile(r"\s*(?:[^，,。；;]{0,8}?(?:年|月|日|年来|目前)，?)?(?:该公司|该企业|企业|公司|(?:该|合作)?项目|校企双方|校企|双方)")
_COUNTED_TEAMS_RE = re.compile(r"[\d一二三四五六七八九十百]+[个支]$")


_SUB_TEAMS_RE = re.compile(r"(?:科技镇长团)?各(?:分团|支团|科技镇长团|镇长团|团)")  # (全市各分团, 全市各镇长团)


def _city_level(loc: Mention | None) -> bool:
    """Whether a team's place is a prefecture-level city (its division code ends in 00, not 0000)."""
    return loc is not None and bool(loc.hits) and all(
        h.code and len(h.code) == 6 and h.code.endswith("00") and not h.code.endswith("0000") for h in loc.hits)


def _firm_of(text: str, s0: int, c0: int, st: int, ms, before) -> Mention | None:
    """The firm a figure at ``st`` is about: one named in its clause, else the sentence's only firm
    before it, else, when 企业/公司 opens the clause, the firm named last (within 800 characters)."""
    firm = next((m for m in reversed(ms) if m.cls == "Enterprise" and c0 <= m.start and m.end <= st and m.canonical), None)
    if firm is not None:
        return firm
    in_sentence = {m.canonical for m in ms if m.cls == "Enterprise" and s0 <= m.start and m.end <= st and m.canonical}
    if len(in_sentence) == 1:
        return next(m for m in ms if m.cls == "Enterprise" and m.canonical in in_sentence)
    if _FIRM_OPENS_RE.match(text, c0):
        return next((m for m in reversed(before) if m.cls == "Enterprise" and m.canonical and st - m.end <= 800), None)
    return None


# a deal's clause: what may open it before its first party (其中，位于某镇的, 锡山开发区企业, 1.)
_DEAL_OPENER_RE = re.compile(r"\s*(?:[（(]?[\d一二三四五六七八九十]+[.、．)）]\s*)?(?:其中|此外|同时|另外|签约当天|当天|现场)?[，,]?"
                             r"(?:[^，,。；;与和]{0,12}?的|[\u4e00-\u9fff]{0,8}?企业)?")
_DEAL_SIGNED_RE = re.compile(r"签订|签署|签约|达成")
_DEAL_MONEY_RE = re.compile(r"^(?:合同|协议|项目|技术)?(?:总)?(?:金额|额|经费|总额)")
_BROKER_IN_CLAUSE_RE = re.compile(r"牵线|促成|推动|撮合|帮助|协助|引导|组织|助力|对接")
_PARTY_CLASSES = ("Enterprise", "University", "AcademicUnit", "ResearchInstitute")


def _deal_firm(text: str, s0: int, c0: int, st: int, ms, before=()) -> Mention | None:
    """The firm whose own deal a contract's amount is: 其中，苏州某光电科技有限公司与苏州大学签订…合同，
    金额860万元 (the clause with the pair opens on a party, the amount follows in the next clause, its
    indicator the money word alone, and the sentence names no broker: 在他的牵线下，A与B签订… is the
    broker's, as writers credit it). One firm in the pair; with 双方 for the pair, the firm the
    paragraph told of (``before``: the article's mentions before the sentence)."""
    if not _DEAL_MONEY_RE.match(text[c0:st]):
        return None
    d1 = c0 - 1  # the clause before the amount: the one that signs
    if d1 <= s0 or text[d1] not in "，,":
        return None
    d0 = max(s0, *(text.rfind(ch, s0, d1) + 1 for ch in "，,；;：:"))
    if not _DEAL_SIGNED_RE.search(text, d0, d1) or _BROKER_IN_CLAUSE_RE.search(text, s0, d1) or any(
            m.cls in ("Team", "Person") and s0 <= m.start < d0 for m in ms):
        return None  # (在他的牵线下，A与B签订…, 经X团对接，…: the broker's deal, as the sentence tells it)
    parties = [m for m in ms if m.cls in _PARTY_CLASSES and d0 <= m.start and m.end <= d1 and m.canonical]
    if not parties:
        return _both_sides_firm(text, s0, d0, d1, before)
    first = min(parties, key=lambda m: m.start)
    if _DEAL_OPENER_RE.fullmatch(text, d0, first.start) is None:
        return None
    firms = {m.canonical: m for m in parties if m.cls == "Enterprise"}
    return next(iter(firms.values())) if len(firms) == 1 else None


# 双方签订…合同 (or 随后/很快/于某月 before it): the pair the paragraph has told of signs
_BOTH_SIDES_SIGN_RE = re.compile(r"\s*(?:[^，,。；;]{0,12}?[，,]?)?(?:校企)?双方[^，,。；;]{0,16}?(?:签订|签署|签约)")


def _both_sides_firm(text: str, s0: int, d0: int, d1: int, before) -> Mention | None:
    """The firm of 双方签订技术开发合同，金额360万元, where the paragraph has told of one firm and the
    university or institute it worked with (两个月后，双方签订…): that firm's own deal, as with the pair named."""
    if not _BOTH_SIDES_SIGN_RE.match(text, d0, d1):
        return None
    p0 = max(text.rfind("\n", 0, s0) + 1, s0 - 400)
    told = [m for m in before if p0 <= m.start and m.end <= d0 and m.canonical]
    firms = {m.canonical for m in told if m.cls == "Enterprise"}
    if len(firms) != 1 or not any(m.cls in ("University", "AcademicUnit", "ResearchInstitute") for m in told):
        return None
    return next(m for m in reversed(told) if m.cls == "Enterprise")


def _row_deal_firm(text: str, st: int, ms) -> Mention | None:
    """The firm of a table's row that pairs it with a university or an institute, where the amount stands in
    a cell that tells the signing (1｜某公司｜某需求｜南京理工大学｜钱某 教授｜已签订技术开发合同，金额45万元): the
    firm's own deal, as a sentence with no broker gives it (:func:`_deal_firm`). An amount in a column of its
    own (｜合同金额｜) is left to the list's broker: writers split on those."""
    lo = text.rfind("\n", 0, st) + 1
    hi = text.find("\n", st)
    hi = len(text) if hi < 0 else hi
    cells = row_cell_starts(text, lo)
    if len(cells) < 3:
        return None  # (no table's row: bars or tabs set apart its cells)
    cell0 = max(c for c in cells if c <= st)
    if not _DEAL_SIGNED_RE.search(text, cell0, st) or _BROKER_IN_CLAUSE_RE.search(text, cell0, st):
        return None  # (｜牵线某大学与某公司签订…合同，金额80万元｜: the member's deal, as writers credit it)
    row = [m for m in ms if lo <= m.start and m.end <= hi and m.canonical]
    firms = {m.canonical: m for m in row if m.cls == "Enterprise"}
    if len(firms) != 1 or not any(m.cls in ("University", "AcademicUnit", "ResearchInstitute") for m in row):
        return None
    return next(iter(firms.values()))


_ITEM_MARK_RE = re.compile(r"\s*(?:——|—|－|[•·●■◆▲◇★]|\d{1,2}\s*[.．、)）]|[（(]\d{1,2}[)）]|[①-⑳])\s*")
_SIGNED_LIST_HEAD_RE = re.compile(r"签约|签订|签署|合作项目|项目清单")


def _listed_deal_firm(text: str, s0: int, c0: int, st: int, ms) -> Mention | None:
    """The firm whose deal an item of a list of signed deals is (签约项目清单如下：\n——A公司与B大学，某工艺开发，
    合同金额420万元；, or 签约项目一览\n1．B学院—A公司：某工艺开发，技术开发，180万元；): the item opens on the pair,
    one of them a firm, and the amount is the contract's. Not when the list's head credits a broker (在某团牵线下，
    现场签订合作协议3份：; 以下项目均由镇长团牵线促成) or a dashed item names one (…（沛县团对接）): writers give those
    amounts to the broker."""
    if (mark := _ITEM_MARK_RE.match(text, s0)) is None or mark.end() == s0:
        return None
    money = text[c0:st]
    dashed = _DASHED_PAIR_RE.match(text, mark.end())
    if dashed is not None and dashed.end() <= c0 and (not money or _DEAL_MONEY_RE.match(money)):
        head = _dashed_list_head(text, s0)
        if head is None or _BROKER_IN_CLAUSE_RE.search(head):
            return None
        line_end = text.find("\n", st) % (len(text) + 1)
        if any(m.cls in ("Team", "Person") and s0 <= m.start < line_end for m in ms):
            return None  # (…，合同金额180万元（沛县团对接）: the item credits its broker)
        d1, joiners = dashed.end() - 1, _PAIR_DASHES
    else:
        if not _DEAL_MONEY_RE.match(money):
            return None
        colon = max(text.rfind("：", max(0, s0 - 600), s0), text.rfind(":", max(0, s0 - 600), s0))
        if colon < 0 or "。" in text[colon:s0]:
            return None
        head = max(text.rfind("。", 0, colon), text.rfind("\n", 0, colon)) + 1
        if not _SIGNED_LIST_HEAD_RE.search(text, head, colon):
            return None
        d1, joiners = min((k for k in (text.find(ch, mark.end(), st) for ch in "，,") if k >= 0), default=-1), ("与", "和", "同")
    parties = [m for m in ms if m.cls in _PARTY_CLASSES and mark.end() <= m.start and m.end <= d1 and m.canonical]
    if len(parties) != 2 or parties[0].start != mark.end() or text[parties[0].end:parties[1].start].strip() not in joiners:
        return None
    firms = [m for m in parties if m.cls == "Enterprise"]
    return firms[0] if len(firms) == 1 else None


_PAIR_DASHES = lx.PAIR_DASHES
_PAIR_DASH = "(?:" + "|".join(map(re.escape, _PAIR_DASHES)) + ")"
# an item's pair set apart by a dash, up to the colon before what they agreed (B学院—A公司：…)
_DASHED_PAIR_RE = re.compile(r"[^\n，。；：:—–－]{2,40}?[ \u3000]*" + _PAIR_DASH + r"[ \u3000]*[^\n，。；：:—–－、]{2,40}?[：:]")


def _dashed_list_head(text: str, s0: int) -> str | None:
    """The last sentence of the line that heads the list whose item starts at ``s0`` (签约项目一览（部分）,
    …现场签约项目8个，部分签约项目如下：), back over the list's earlier items and blank lines, at most ten lines;
    None when that line tells no signing."""
    hi = s0
    for _ in range(10):
        if hi <= 0:
            return None
        lo = text.rfind("\n", 0, hi - 1) + 1
        line = text[lo:hi].strip()
        if line and _ITEM_MARK_RE.match(line) is None:
            last = line.rstrip("。：:").rsplit("。", 1)[-1]
            return last if _SIGNED_LIST_HEAD_RE.search(last) else None
        hi = lo
    return None


_SELF_WORDS = ("我校", "我所", "本所", "本院")  # a university's or an institute's own news


_SENT_RE = re.compile(r"选派|派出|选送|派驻")
_PERSON_UNITS = frozenset({"人", "名", "人次", "位"})


def _sender_tally(text: str, s0: int, st: int, ms) -> str | None:
    """The university or institute whose count of staff sent a number is: the body the sentence
    opens with (after time words), when 选派/派出 comes before the number and no team or person of
    the sentence stands before it (自2008年以来，某大学累计选派109人次, but not 某团…选派成员9名)."""
    if _SENT_RE.search(text, s0, st) is None:
        return None
    first = next((m for m in ms if m.canonical and m.start >= s0), None)
    if first is None or first.cls not in ("University", "ResearchInstitute") or (
            sent := _SENT_RE.search(text, first.end, st)) is None:
        return None
    if len({m.canonical for m in ms if m.cls in ("University", "ResearchInstitute") and s0 <= m.start < sent.start()}) > 1:
        return None  # (A、B、C等先后派出专家四十余人次: several senders' count, no one's)
    if any(m.cls in ("Team", "Person") and s0 <= m.start < st for m in ms):
        return None
    return first.canonical


def _one_team_above(text: str, s0: int, ordered: list[Mention], starts: list[int]) -> bool:
    """Whether the paragraph before ``s0`` names a team of a place (not the programme's bare name)."""
    para = text.rfind("\n", 0, s0) + 1
    return any(m.cls == "Team" and not m.info.get("bare") and not m.info.get("programme")
               for m in ordered[bisect_left(starts, para):bisect_left(starts, s0)])


def _university_tally(text: str, s0: int, s1: int, st: int, ms, own_account: bool = False, team_above: bool = False) -> bool:
    """Whether the count at ``st`` is a university's own tally: its sentence names 我校, and no
    team with a place comes before the last 我校 ahead of the count (大丰区科技镇长团由来自我校、…的
    8名成员组成，…走访企业150余家 is the team's; 我校科技镇长团成员累计促成… is the university's). With a team
    of a place named above in the paragraph (``team_above``), its members (团员们, 该团) before 我校 are that team."""
    word = next((w for w in _SELF_WORDS if w in text[s0:s1]), None)
    if word is None:
        return False
    k = text.rfind(word, s0, st)
    if k < 0:  # 我校 only after the count: the university's unless a team is named before the count
        # (泰州市第十六批科技镇长团…促成项目142项，…我校团员参与的项目占近两成; 兴化团…梳理需求58项，逐一对接我校…)
        # (到任后他走访企业60余家，…与我校某学院共建…: a member's, who is the clause's subject; so in a member's
        # own account, 累计走访企业126家次，…对接我校…)
        return not own_account and not any(m.cls in ("Team", "Person") and s0 <= m.start < st for m in ms) and not _PRONOUN_RE.search(
            text, s0, st) and not (team_above and _TEAM_WORDS_RE.search(text, s0, st))
    # (某团共有团员12人…。一年来，团员们走访…，促成我校与…签订…46项: the team's members did it, 我校 only their partner)
    return not any(m.cls == "Team" and not m.info.get("bare") and s0 <= m.start < k for m in ms) and not (
        team_above and _TEAM_WORDS_RE.search(text, s0, text.find(word, s0, st)))  # (我校派驻该团的两名团员…: 我校's)


_ORDINAL_LIST_BEFORE_RE = re.compile(r"第[\d一二三四五六七八九十、]+、$")
_TEAM_WORDS_RE = re.compile(r"团员们|成员们|全体团员|全团|该团|本团")  # (not 团员、某镇副镇长、我校…: a member's title)


_LEAD_ADVERBS = re.compile("^(?:" + "|".join(sorted((  # longest first: 已经 before 已
    "累计", "共计", "一共", "共(?![建同享])", "先后", "已", "已经", "成功", "并", "积极", "还", "同时", "其中", "目前", "全年", "一年来",
    "到任以来", "到任后", "到岗以来", "到岗后", "主动", "截至目前", "此外", "另外", "为", "帮助区内企业", "帮助企业", "今年", "去年", "当年", "年内", "近年来", "今年以来", "年初以来", "以来",
    "上半年", "下半年", "前三季度", "[一二三四]季度", "第[一二三四]季度", "年底", "年末",
    "首先", "其次", "再次", "[一二三四五六七八九十]是",  # 一是引进…，二是推动…: the points of a list
    "和", "及", *lx.LOCAL_CUES),  # (…、宿迁学院和区内28家企业加入 → 企业加入)
    key=len, reverse=True)) + ")+")
_AFTER_NOUN_END = re.compile(r"的?[\d]|的?[一二三四五六七八九十两]+[个家所名位项场批]|以及|、")  # (…16家企业以及X、Y: 企业)
_TEAM_SIZE_RE = re.compile(r"(?:团(?:成员|团员)?(?:共有|共计|共)?|一行)$")  # …团共9人, 考察团一行8人
_TRAIL = re.compile(r"(?:达到|超过|共计|总计|累计|(?<![签合预节制公条契相践])约|(?<![最附])近|超|达|共|逾|了|可)+$")
# who did it, written before what was done: 团员们累计走访企业, 他已帮助企业…, 以及60余家企业
_LEAD_SUBJECT = re.compile(r"^(?:团员们|团员|成员们|队员们|团队|全团|本团|该团|团里|我们|他们|他|她|以及|并且|同时|[该此本](?=项目)|同志"
                           r"|(?:校企|校地|合作)?双方"  # 双方已联合申报…
                           r"|全[省市区县]各?(?:科技镇长团|镇长团))")  # 全省各科技镇长团累计服务企业…
_TIME_WORDS = r"截至目前|截至今年\d*月?底?|目前|今年以来|近年来|去年|今年|[\d一二两三四五六七八九十]+年(?:来|以来)|(?:到任|到岗|挂职)(?:后|以来)"
# 截至目前，实验室已申请…: time words before the clause that opens with the subject
_TIME_OPENER_RE = re.compile(rf"(?:(?:{_TIME_WORDS}|此外|同时|其中|据介绍|据了解|据统计|[\u4e00-\u9fff]{{0,4}}显示"
                             r"|\d{4}(?:[—–-]\d{4})?年度?|(?:成立|运行|投用|揭牌|建成|到任)以来)[，,])+(?:\d{4}年度?(?:全年)?[，,]?)?(?:该|这一|这个|这家|此)?")
# (评价材料显示，2024年该中心承接…: who reports, then the year, before the subject)
# 今年以来全市科技镇长团共…: time words right before a subject, with or without a comma
_LEADING_TIME_RE = re.compile(rf"(?:{_TIME_WORDS})[，,]?")
# 他, 她 for the person named last (not 他们, 其他, 他人, 他乡)
_PRONOUN_RE = re.compile(r"(?<![其])[他她](?![们人乡方])")
# 在某某的牵线下, 在他的推动下, 经她牵线: who arranged what the clauses after it report
_ARRANGED_BY_RE = re.compile(r"(?:在([^，,。；;]{1,30}?)的?(?:牵线搭桥|牵线|推动|促成|帮助|协调|撮合|努力)(?:下|之下)"
                             r"|经([^，,。；;]{1,12}?)(?:牵线|推荐|介绍|对接))")
# what follows a person who speaks rather than acts: 某某介绍，…, 他表示：…
_SPEAKS_RE = re.compile(r"(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:介绍|表示|说|指出|谈到|坦言|透露|告诉|回忆|感慨|汇报|认为"
                        r"|出席|主持|致辞|讲话|代表)|[:：]")  # (a guest at a meeting: who else came is no tally of theirs)
# what follows a count of the people at a ceremony (60余人参加活动, 30余人出席仪式, 120余人参加。)
_GUESTS_AFTER_RE = re.compile(r"(?:余|多)?(?:人|名)?(?:参加|出席)了?(?:(?:揭牌|签约|启动|开班)?(?:仪式|活动)|[。，,；;])")
# the team or a group acting, between a person and a number: not the person's own tally
_GROUP_RE = re.compile(r"全团|团员(?!、)|成员们|该团|分团|镇长团|我们|大家|他们|她们|各团|(?<![院家研所校组生])团队|带队|率队|[:：]"
                       r"|(?:介绍|表示|说|指出|谈到|透露|回顾|总结)[，,：:]")
# 牵线引进的X公司，…: a firm the person brought in, which the clauses after it are about
_SET_UP_FIRM_RE = re.compile(r"(?:引进|招引|引入|落户|孵化|培育|创办|成立|投资|创立)的$")
# a sentence about the firm named before: 截至目前，公司累计登记技术合同7项…; 该企业今年新增…
_THIS_FIRM_OPENS_RE = re.compile(rf"\s*(?:(?:{_TIME_WORDS}|如今|现在|此后|随后|\d{{4}}年(?:\d{{1,2}}月)?(?:底|以来|全年|上半年|前三季度)?)[，,]?)?"
                                 r"(?:该公司|这家公司|公司|该企业|这家企业)"
                                 r"(?![\u4e00-\u9fff]{0,2}(?:与|和|同))")
# a clause that opens with a body (企业投入…, 中心首期投入…): the number is that body's
_BODY_OPENS_RE = re.compile(rf"(?:{_TIME_WORDS})?[，,]?(?:该|这家|这个|此)?(?:公司|企业|中心|平台|基地|研究院|实验室|学校|学院|园区|项目"
                            r"|合作社|双方|小院|工作站|联盟|清单)")
_DONE_VERBS = ("签约", "签订", "引进", "促成", "达成", "落地", "实施", "对接", "新增", "培育", "服务", "走访", "帮助", "引育")
# verbs a list of counts shares (申报A 4名、B 9名): they open the first item's indicator only
_LIST_VERBS = (*_DONE_VERBS, "申报", "获批", "入选", "认定", "获评", "培养", "建成", "建立", "组建", "解决", "开展", "举办",
               "组织", "推荐", "争取", "吸引", "招引", "联系", "发布", "转化", "示范推广", "推广", "研发", "开发",
               "攻克", "获得", "授权", "申请")
_DONE_VERB_END_RE = re.compile("(" + "|".join(_DONE_VERBS) + ")了?$")
_NO_QUOTES = str.maketrans("", "", "“”\"‘’'")
_NEXT_INDICATOR_RE = re.compile(r"总|金额|资金|共计|共|达|超|累计")
_THIS_TIME_RE = re.compile(r"^(?:此次|本次|这次|这些|其中)")
_LIST_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{1,5}?的")
_COUNTED_RE = re.compile(r"\d+余?[个家所名位项]")
_HELPED_RE = re.compile(r"协助|帮助|助力|指导|支持|服务")
SUBJECT_CLASSES = ("Team", "Platform", "GovernmentAgency", "Locality", "ResearchInstitute")
_WHOLE_AREA_RE = re.compile(r"(?:^|[，,；;])\s*全[市省区县]")
_TARGET_RE = re.compile(r"力争|争取(?:年内|全年|今年|明年|年底|再)|预期|(?<!虚)拟(?:投资|引进|新增|建设|于|在)|计划(?:到|在|于|年内|再|新增|引进|全年|今年|年底前|赴|组织|举办|开展|走访)"
                        r"|将(?![近军其该\d一二三四五六七八九十两百千万])")  # (not 研发计划, 虚拟, 争取资金; 将组织…开展攻关 is a plan,
# 将12家企业纳入… is done, 将近 a qualifier)
# a sentence that opens on a target (② 力争全年…, 明年计划…, 下一步，预计…): all its numbers are targets,
# as are those after 下一步 anywhere in the sentence (but 根据协议，首期投入380万元 is what was agreed)
_TARGET_OPENS_RE = re.compile(r"\s*(?:[①-⑳]|[（(]?[\d一二三四五六七八九十]+[.、．)）])?\s*(?:明年|下一步|下阶段|今后|新的一年)?[，,]?"
                              r"(?:力争|计划|预计|目标是|目标为)"
                              r"|\s*[一二三四五六七八九十]+是[^，,。；;]{0,24}[，,](?:力争|计划|预计)")  # (一是开展某行动，计划全年…)
# 带领团员X（…）、Y（…）以及区内6家企业代表，赴…: before the count …
_DELEGATION_RE = re.compile(r"(?:带领|率领|(?<![\u4e00-\u9fff])率)[^，,；;。]{0,60}$")  # (…，率A及B等8家企业负责人赴)
_GOES_TO_RE = re.compile(r"[^；;。]{0,12}?(?:赴|前往|来到|走进|走访|拜访|考察|参观)")  # … and after it
_SECONDED_STAFF_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:教师|老师|成员|团员|干部|骨干)[^。；;]{0,40}?(?:挂职|挂任)")
_MEMBERS_REPORT_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:团员|成员|团长|副团长|挂职干部|干部)(?:们|代表)?(?:分别|先后|依次|逐一)?"
                                r"(?:汇报|发言|介绍|交流|作)")  # (4名期满返校干部代表作了发言)
_SUB_TEAMS_AFTER_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?团(?![队])")  # (下设9个县级团; not 下设3个研究中心)
_TEAM_SIZE_AFTER_RE = re.compile(r"(?:团员|成员|挂职干部)?(?:组成|[，,]\s*分别来自)")
_CHANGE_RE = re.compile(r"[比较](?:上年|去年|上一年|上届|上批)|同比|环比")
_WILL_AFTER_RE = re.compile(r"[^，,；;。]{0,6}?将(?![近军])")  # 联合培养的3名博士后将进站…: what they will do
MONEY_WORDS = ("金额", "资金", "投资", "规模", "资本", "贷款", "经费", "奖励", "补助", "资助", "产值", "融资")


@dataclass
class Figure:
    s: str
    indicator: str
    value: int | float
    unit: str
    approx: str | None
    evidence: str
    start: int
    end: int
    confidence: float


# what was done, before a count under ten written in characters (促成…项目五个): narrower than
# _DONE_VERBS and _LIST_VERBS, whose activity verbs (对接, 服务, 组织, 开展, 联系 …) would read
# 两个环节, 三方 as outcomes (measured: using _LIST_VERBS costs figures on the independent set)
_OUTCOME_VERB_RE = re.compile(r"促成|签订|签约|引进|走访|申报|达成|建成|共建|举办|获批|入选|新增")
_OWN_REPORT_RE = re.compile(r"工作总结|年度总结|工作报告|年度报告|工作综述|年度综述|自评报告|绩效报告"
                            r"|工作(?:周报|月报|季报|半月报)")  # (an office's periodic report: 人才工作月报)
# a form's line naming the body that filled it in (填报单位：某县科学技术局（盖章）)
_FILED_BY_RE = re.compile(r"(?:填报|报告|编报)单位[：:]\s*")
# a project form's line naming the firm that carries the project (承担单位：某某有限公司)
_UNDERTAKER_RE = re.compile(r"(?:项目)?承担单位[：:]\s*")


# 全区, 全县, 全镇 near a clause's start: the whole place counted, not what anyone did
_WHOLE_PLACE_RE = re.compile(r"[^，,；;。]{0,8}?全([区县镇市村])")
_PLACE_LEVEL_ENDS = {"区": ("区",), "县": ("县",), "镇": ("镇", "乡"), "市": ("市",), "村": ("村",)}


def _whole_place(text: str, c0: int, st: int, ms, before) -> str | None:
    """The place a clause counts whole (全区拥有…142家, 去年全县新增…, 全村村集体收入…): the place of that level named
    last, when the clause names no one who did anything (全团, a team, a person) and the place is not
    the province."""
    m = _WHOLE_PLACE_RE.match(text, c0, st)
    if m is None or "团" in text[c0:st] or any(o.cls in ("Team", "Person") and c0 <= o.start < st for o in ms):
        return None
    ends = _PLACE_LEVEL_ENDS[m.group(1)]
    place = next((o for o in reversed(before) if o.cls == "Locality" and o.canonical and o.canonical.endswith(ends)
                  and not o.canonical.endswith("省")), None)
    return place.canonical if place is not None else None


def _reporting_agency(text: str, mentions: list[Mention], source: str | None = None) -> str | None:
    """The agency (or place) whose own report the article is (盱眙县科技局：2023年工作总结…): its title, in the
    first lines, names the agency and says it is a report; or the title says it is a report and
    the page's source is an agency the text names (来源：沭阳县委人才办 — 沭阳县2023年度人才工作综述)."""
    report = _OWN_REPORT_RE.search(text, 0, 80)
    if report is None or any(m.cls == "Team" and m.start < report.start() for m in mentions):
        return None  # (姜堰区第十五批科技镇长团工作总结: the team's own report)
    agencies = [m for m in mentions if m.cls == "GovernmentAgency" and m.canonical
                and not m.canonical.endswith(("组织部", "人民政府", "政府"))]
    named = next((m.canonical for m in agencies if m.end <= report.start()), None)
    if named is None and text.startswith("政府", report.start() - 2):
        # 某某区2024年政府工作报告: the place's own report, whose tallies are the place's (or 政府工作报告 over a
        # line 某某县人民政府: the place whose government that line names)
        places = [m for m in mentions if m.cls == "Locality" and m.canonical and m.canonical.endswith(("市", "区", "县"))]
        named = next((m.canonical for m in places if m.end <= report.start()), None) or next(
            (m.canonical[:-2] for m in mentions if m.cls == "GovernmentAgency" and m.canonical
             and report.end() <= m.start < report.end() + 40 and m.canonical.endswith(("市政府", "区政府", "县政府"))), None)
    if named is None and source:
        # (来源：沭阳县委人才办; an issuer line taken as the source: 中共常州市某某区委人才工作领导小组办公室)
        named = next((m.canonical for m in agencies if m.canonical == source.strip()
                      or len(m.text) >= 6 and source.strip().endswith(m.text)), None)
    if named is None and (filed := _FILED_BY_RE.search(text, 0, 300)) is not None:
        named = next((m.canonical for m in agencies if m.start == filed.end()), None)
    return named


def _undertaker(text: str, mentions: list[Mention]) -> str | None:
    """The firm a project form names as carrying the project (承担单位：某某有限公司): what the form
    counts in sentences that name no one else is the project's, and so the firm's."""
    label = _UNDERTAKER_RE.search(text)
    if label is None:
        return None
    return next((m.canonical for m in mentions if m.cls == "Enterprise" and m.canonical and m.start == label.end()), None)


def _main_agency(mentions: list[Mention]) -> str | None:
    counts: dict[str, int] = {}
    for m in mentions:
        if m.cls == "GovernmentAgency" and m.canonical:
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


# a data list's line: its label, after a bullet, up to the colon before the figure (not a record's field,
# 合作金额：95万元, whose figure writers leave to the record's party)
_LABEL_LINE_RE = re.compile(r"(?:^|\n)[ \u3000]*[•·●■◆▲◇★\-—][ \u3000]*"
                            r"([\u4e00-\u9fff][\u4e00-\u9fff、和及与（）()]{1,20})$")


def _clause_start(text: str, pos: int, floor: int, list_items: bool = False) -> int:
    """Where the clause holding ``pos`` starts; with ``list_items``, 、 between list items ends none."""
    stops = "，,；;：:。！？!?\n（()）" if list_items else "，,；;：:。！？!?、\n（()）"
    i = pos
    while i > floor and text[i - 1] not in stops:
        if text[i - 1] in "｜|" and heading_bar(text, i - 1):
            break  # 📍七都｜秦某走访…: an item's heading before a bar (a table's bars part no clauses)
        i -= 1
    return i


def _indicator(text: str, before: str, c0: int, st: int, en: int, c1: int, s0: int, ms: list[Mention]) -> str:
    """What a figure counts, as the text words it: the clause before the number without its
    subject and adverbs (科技镇长团已促成校企合作项目 → 促成校企合作项目); the noun after
    the unit when the words before name none (签约12个项目 → 签约项目) or end a list
    (对接同济大学、…、常州大学等27所高校 → 对接高校)."""
    def after() -> str:  # the noun counted: 8所高校的20余名… → 高校
        return _AFTER_NOUN_END.split(_LEAD_ADVERBS.sub("", "".join(text[en:c1].split())), 1)[0]

    before, c0 = _collapse_list(text, c0, st, s0, ms)
    before = "".join(before.split())  # line breaks of the source inside a phrase (what \s matches)
    if before.endswith("的") and len(after()) >= 2:
        # 吸引了…等高校的35个科研团队揭榜: what is counted follows the figure (up to what the
        # next figure counts: 此次签约的5个项目总金额达… → 签约项目)
        noun = _NEXT_INDICATOR_RE.split(after(), 1)[0]
        head = _LEAD_ADVERBS.sub("", _THIS_TIME_RE.sub("", before[:-1]))
        if len(noun) >= 2 and 1 <= len(head) <= 4 and head.endswith(_DONE_VERBS):
            return head + noun
        place = next((m for m in ms if m.cls == "Locality" and m.end == st - 1 and m.start >= c0), None)
        verb = _DONE_VERB_END_RE.search(text, c0, place.start) if place is not None and len(noun) >= 2 else None
        if verb is not None:
            return verb.group(1) + noun  # 走访了昆山开发区的15家高新技术企业 → 走访高新技术企业
        return noun if len(noun) >= 2 else after()
    if before.endswith("等") and ("、" in text[s0:st] or _list_first(text, st - 1, ms) is not None):
        # the list began at its first item: the verb before it is the indicator's head
        lo = max(text.rfind(ch, s0, st) for ch in "，,；;：:。") + 1
        lo = max(lo, s0)
        first = _list_first(text, st - 1, ms)  # (团员、…冯磊带领团队调研了A、B等12家企业: A, not 团员's employer)
        if first is None or first.start < lo:
            first = next((m for m in ms if lo <= m.start < st), None)
        head = text[lo:first.start] if first is not None else ""
        head = _drop_actor(_LEAD_ADVERBS.sub("", _strip_subject(text, head.strip(), lo, ms)), ms)
        return (head.removesuffix("了") + after()).strip()  # (调研了A、B等12家企业 → 调研企业)
    before = _strip_subject(text, before.strip(), c0, ms)
    done_by = _DONE_BY_RE.search(before)
    if done_by is not None:  # 由X团组织的2025年“揭榜挂帅”活动共发布… → 发布…
        before = before[done_by.end():]
    before = _LEAD_ADVERBS.sub("", _TRAIL.sub("", before))
    before = _LEAD_ADVERBS.sub("", _LEAD_SUBJECT.sub("", before))
    before = _LEAD_ADVERBS.sub("", _LED_RE.sub("", before))  # (…团带领团队累计走访企业 → 走访企业)
    named = next((m for m in ms if m.cls in ("Team", "Person", "GovernmentAgency") and before.startswith(m.text)
                  and len(before) > len(m.text)), None)
    if named is not None:  # 今年以来句容团已累计上门服务企业: the subject after the time words
        before = _LEAD_ADVERBS.sub("", before[len(named.text):])
    before = _drop_actor(before, ms)
    helped = _HELPED_RE.match(before)
    if helped:  # 协助江苏某某科技股份有限公司成功申报…: what the named firm did
        helpee = next((m for m in ms if m.cls in ("Enterprise", "University", "ResearchInstitute", "AcademicUnit",
                                                  "Platform") and before.startswith(m.text, helped.end())), None)
        if helpee is not None and len(before) > helped.end() + len(helpee.text) + 1:
            before = _LEAD_ADVERBS.sub("", before[helped.end() + len(helpee.text):])
    before = _LOCAL_END_RE.sub("", before)  # 协助区内5家企业… → 协助 (the firms follow the figure)
    if before.endswith(("以及", "及")) and len(after()) >= 2:
        # 包括A、B等12家高校院所以及区内30家重点企业: the list's head, then this count's noun
        lo = max(s0, max(text.rfind(ch, s0, st) for ch in "，,；;：:。") + 1)
        first = next((m for m in ms if lo <= m.start < st), None)
        digit = next((k for k in range(lo, st) if text[k].isdigit()), st)
        head = text[lo:min(first.start, digit) if first is not None else digit]
        head = _drop_actor(_LEAD_ADVERBS.sub("", _strip_subject(text, head.strip(), lo, ms)), ms)
        if len(head) >= 2:
            return head + after()
    place = next((m for m in ms if m.cls == "Locality" and m.end == st and len(before) > len(m.text)
                  and before.endswith(m.text)), None)
    if place is not None and before[:-len(place.text)].removesuffix("了").endswith(_DONE_VERBS):
        before = before[:-len(place.text)].removesuffix("了")  # 走访了灌云县60多家企业 → 走访企业
    if len(before) < 2:
        return after()
    if len(before) <= 2:
        noun = after().translate(_NO_QUOTES)  # 选派15名“科技副总”到企业挂职 → 选派科技副总到企业挂职
        if noun and (len(noun) <= 10 or ("企业" in noun[:4] and len(noun) <= 18)):
            return before + noun  # 签约12个项目, 协助5家企业成功申报…, 组织8家重点企业赴…
    if before.endswith(_HELD_VERBS) and 2 <= len(after()) <= 10 and not after().startswith(_HELD_VERBS):
        return before + after()  # 组织开展了6场技术对接会 → 组织开展技术对接会
    if before.endswith("企业") and 2 <= len(after()) <= 8:
        return before.replace("了", "", 1) + after()  # 解决了企业3项技术难题 → 解决企业技术难题
    if before.endswith(("与", "和", "同")) and 2 <= len(after()) <= 16:
        return before + after().replace("了", "", 1)  # 推动X与区内8家企业建立了合作关系 → 推动X与企业建立合作关系
    return before


# what a named thing (…组织的…活动) did, after the words naming it: 共/累计 end the subject
_DONE_BY_RE = re.compile(r"的[^的，,]{0,24}?(?:累计|共计|共(?![建同享]))")
_HELD_VERBS = ("开展", "举办", "召开", "举行", "组织")  # what was held is the noun after the count
_LOCAL_END_RE = re.compile("(?:" + "|".join(lx.LOCAL_CUES) + ")$")
_LED_RE = re.compile(r"^(?:带领|率领)(?:团员们?|团队|专家团队|成员们?)")
_LEADING_RE = re.compile(r"^(?:带领(?:团员们?|团队|专家团队)?|带队|率队|一行)?")


def _drop_actor(words: str, ms: list[Mention]) -> str:
    """``words`` from after the person who did it: 团长、…教授王磊带领团员先后走访 → 走访."""
    ends = [words.rfind(m.text) + len(m.text) for m in ms if m.cls == "Person" and m.text in words]
    if not ends:
        return words
    rest = _LEAD_ADVERBS.sub("", _LEADING_RE.sub("", words[max(ends):]))
    return rest if len(rest) >= 2 else words


def _collapse_list(text: str, c0: int, st: int, s0: int, ms: list[Mention]) -> tuple[str, int]:
    """The words before a figure (from ``c0`` to ``st``) with a list of names ending in
    等+noun cut to the noun, and where they now start: 帮助A公司、B公司等企业解决技术难题 →
    帮助企业解决技术难题. The list may begin in an earlier clause (、 ends clauses)."""
    raw = text[c0:st]
    k = raw.rfind("等")
    if k <= 0 or raw[k - 1:k + 1] in lx.NOT_LIST_END_WORDS or k + 1 >= len(raw):
        return raw, c0
    first = _list_first(text, c0 + k, ms)
    if first is None:
        return raw, c0
    lo = _clause_start(text, first.start, s0)
    return text[lo:first.start] + raw[k + 1:], lo


def _list_first(text: str, end: int, ms: list[Mention]) -> Mention | None:
    """The first name of the list A、B和C that ends at ``end`` (before its 等), or None."""
    last = next((m for m in ms if m.end == end and m.cls != "Person"), None)
    if last is None:
        return None
    first = last
    for m in sorted((m for m in ms if m.end <= last.start), key=lambda m: -m.end):
        if text[m.end:first.start] in ("、", "和", "及") or (m.end == first.start and m.cls == "Locality"):
            first = m  # (驼峰乡北芹村: the place names the item with it)
        elif m.end <= first.start:
            break
    return first


_BROKERING_CLAUSE_RE = re.compile(r"\s*(?:还|又|并|先后|已)?(?:促成|牵线|撮合)")
_RECEIPT_RE = re.compile(r"获得|获批|获(?!悉)|得到|争取到|拿到")  # (获悉 is "learnt")


def _person_doer(text: str, s0: int, st: int, ms: list[Mention], last_person: Mention | None) -> Mention | None:
    """The member whose own tally or deal the number at ``st`` is: the person the sentence is
    about (a name opening its clause after titles or time words, 他/她 for the person named
    last, 在某某的牵线下), when no team, group or other person acts between them and the number
    and the number's clause opens with no body of its own.

    到任以来，他走访企业40余家; 挂职某街道副主任的某大学副教授钟某，牵线…签订…，合同金额260万元;
    在他的牵线下，A与B签订…合同，金额280万元. Not: 他带领团员走访…; 某某介绍，全团…; 团长某某
    表示，某团已促成…
    """
    pronoun = "他" in text[s0:st] or "她" in text[s0:st]
    if not pronoun and not any(m.cls == "Person" and m.start < st for m in ms):
        return None  # (most figures: no person before them in the sentence)
    anchor, anchor_end = None, s0
    for m in ms:
        if m.cls != "Person" or not m.canonical or m.end > st:
            continue
        c = _clause_start(text, m.start, s0, list_items=True)
        if c == m.start or _LEADING_TIME_RE.fullmatch(text, c, m.start) or titles_only(text, c, m.start, ms) or (
                _ITEM_MARK_RE.fullmatch(text, c, m.start)) or (  # (——林某瑶为…企业对接某大学，促成合作8项: an item's)
                TITLE_WORDS_RE.fullmatch(text, c, m.start) and not any(c <= o.start < m.start for o in ms)):
            anchor, anchor_end = m, m.end  # (挂职副镇长赵某…: titles with no body named)
    if pronoun:
        for p in _PRONOUN_RE.finditer(text, s0, st):
            k = p.start()
            c = _clause_start(text, k, s0)
            if k >= anchor_end and (c == k or _LEADING_TIME_RE.fullmatch(text, c, k)):
                named = [m for m in ms if m.cls == "Person" and m.canonical and m.end <= k]
                who = named[-1] if named else last_person
                if who is not None:
                    anchor, anchor_end = who, p.end()
    for a in _ARRANGED_BY_RE.finditer(text, s0, st):
        if a.end() < anchor_end:
            continue
        inside = [m for m in ms if m.cls == "Person" and m.canonical and a.start() <= m.start and m.end <= a.end()]
        who = inside[-1] if inside else (last_person if _PRONOUN_RE.fullmatch(a.group(1) or a.group(2) or "") else None)
        if who is not None:
            anchor, anchor_end = who, a.end()
    line = text.rfind("\n", 0, st) + 1
    if anchor is None and _ROW_BAR_RE.match(text, line):
        # | 3 | 韩某舟 | 某农业科学院 | 卢集镇副镇长 | 第十六批科技镇长团 | 走访企业46家 |: the row's person, in a cell of its own
        named = [m for m in ms if m.cls == "Person" and m.canonical and line <= m.start and m.end <= st and _own_cell(text, m)]
        if len(named) == 1:
            anchor, anchor_end = named[0], named[0].end
    if anchor is None or _SPEAKS_RE.match(text, anchor_end):
        return None
    if any(anchor_end <= m.start < st and m.cls in ("Team", "Person") and not (m.cls == "Team" and _own_cell(text, m))
           for m in ms):
        return None  # (某某介绍，某团已促成…; 他把需求转给了孟某，孟某牵线…)
    # (a team in a cell of its own before the number is the row's programme, no group acting)
    anchor_end = max([anchor_end] + [m.end for m in ms if m.cls == "Team" and anchor_end <= m.start < st and _own_cell(text, m)])
    if _GROUP_RE.search(text, anchor_end, st) or LEADS_THE_TEAM_RE.search(text, anchor_end, st):
        return None  # (团长某某回顾了工作：团队累计走访…, 某某带队走访…, 某某介绍，本次对接会…: the team's)
    c0 = _clause_start(text, st, s0, list_items=True)
    # (…共建X中心，促成双方签订合同3项，合同金额186万元: still the person's)
    brokering = _BROKERING_CLAUSE_RE.match(text, c0) is not None or (
        c0 > s0 and _DEAL_MONEY_RE.match(text[c0:st]) is not None
        and _BROKERING_CLAUSE_RE.match(text, _clause_start(text, c0 - 1, s0)) is not None)
    if any(anchor_end <= m.start < st and (m.cls == "Platform" and not (brokering and m.end <= c0) or (
            m.cls == "Enterprise" and _SET_UP_FIRM_RE.search(text, max(anchor_end, m.start - 6), m.start)
            and text[m.end:m.end + 1] in "，,")) for m in ms):
        return None  # (某某牵头组建了X联盟，吸纳成员单位28家; 某某牵线引进的X公司，已完成一期投资…: theirs)
    if c0 > anchor_end and (_BODY_OPENS_RE.match(text, c0) or any(
            m.start == c0 and m.cls not in ("Person", "Locality") for m in ms)):
        return None  # (…，企业投入研发经费220万元; …，中心首期投入研发经费500万元)
    return anchor


_ROW_BAR_RE = re.compile(r"[ \u3000]*[|｜]")  # a table's row, opening on a bar
_OWN_CELL_BEFORE_RE = re.compile(r"[|｜\t][ \u3000]*$")
_OWN_CELL_AFTER_RE = re.compile(r"(?:[（(][^）)|｜]{0,6}[）)])?[ \u3000]*[|｜\t]")


def _own_cell(text: str, m: Mention) -> bool:
    """Whether ``m`` fills a table cell of its own (｜韩某舟｜, ｜第十六批科技镇长团（团长）｜)."""
    return _OWN_CELL_BEFORE_RE.search(text, max(0, m.start - 3), m.start) is not None and (
        _OWN_CELL_AFTER_RE.match(text, m.end) is not None)


def _section_person(text: str, s0: int, st: int, ms: list[Mention], ordered: list[Mention], starts: list[int]
                    ) -> Mention | None:
    """The member a paragraph, list item or table row is about, when the sentence of the number at
    ``st`` is not its first and names no actor: （二）副团长臧某（东南大学，挂职…）。走访企业81家次；…,
    符某｜东南大学｜县科技局副局长｜个人走访企业68家；协助9家企业申报… (each member's own account,
    as a review lists them). Not when the team or a group acts (全团累计走访…), nor when another actor is
    named in the section before the number."""
    first = section_person(text, s0, ordered, starts, st if _ROW_BAR_RE.match(text, text.rfind("\n", 0, s0) + 1) else None)
    if first is None:
        return None
    since = ordered[bisect_left(starts, first.end):bisect_left(starts, st)]
    # (｜第十六批科技镇长团（团长）｜: the row's programme in a cell of its own, no actor)
    since = [m for m in since if not (m.cls == "Team" and _own_cell(text, m))]
    said = item_label_end(text, s0)  # (（1）团员某某（…，某局挂职）：走访…: after the item's label)
    since = [m for m in since if m.start >= said] if said > s0 else since
    if any(m.cls in ("Team", "Person") and m.canonical != first.canonical for m in since) or any(
            m.cls == "GovernmentAgency" and max(said, text.rfind("|", s0, st), text.rfind("｜", s0, st)) <= m.start
            for m in since) or _GROUP_RE.search(text, said, st) or (  # (an agency in an earlier cell: the member's post)
            LEADS_THE_TEAM_RE.search(text, s0, st)):
        return None  # (团长某某来自南京大学。姜堰团与…签订…。到任以来走访企业180家: the team, named since)
    c0 = _clause_start(text, st, s0, list_items=True)
    if _BODY_OPENS_RE.match(text, c0) or any(m.start == c0 and m.cls not in ("Person", "Locality") for m in ms):
        return None  # (…，企业投入研发经费220万元: the body's)
    return first


# 省科技厅统计显示，…, 据省委组织部统计，…, 记者从省委组织部获悉，…: an agency reporting what follows
_REPORTS_RE = re.compile(r"(?:的)?(?:统计显示|数据显示|统计|通报|介绍|发布)")


def _reported_by(text: str, s0: int, ms: list[Mention]) -> str | None:
    """The province's agency the sentence opens by citing (省科技厅统计显示，…; 据省委组织部统计，…;
    记者从省委组织部获悉，…)."""
    for m in ms:
        if m.start - s0 > 8:
            break
        if m.cls != "GovernmentAgency" or not (m.canonical or "").startswith(("江苏省", "省")):
            continue  # (a province's agency: a county's 人才办 reports its own team's tallies)
        lead = text[s0:m.start].strip(" \t\u3000“\"")
        if (lead in ("", "据") and _REPORTS_RE.match(text, m.end)) or (lead.endswith(("记者从", "从")) and text.startswith(
                "获悉", m.end)):
            return m.canonical
    return None


def _receiver(text: str, s0: int, st: int, ms: list[Mention]) -> str | None:
    """Who got the money or the count at ``st``: the last zone, platform, team or institute
    of the clause before it that a 获/得到 follows (市科技局协助镇江高新区获…2100万元 is the
    zone's). With 分别 (协助丹阳高新区、扬中高新区分别获得…540万元和1000万元) the n-th
    figure after 分别 is the n-th of the listed receivers."""
    lo = max(text.rfind(ch, s0, st) for ch in "；;。") + 1
    lo = max(lo, s0)
    cands = [m for m in ms if lo <= m.start and m.end <= st and m.cls in SUBJECT_CLASSES
             and m.cls != "GovernmentAgency" and (m.cls != "Locality" or m.info.get("zone"))]
    for m in reversed(cands):
        between = text[m.end:st]
        if not _RECEIPT_RE.search(between):
            continue
        k = between.find("分别")
        if k < 0:
            return m.canonical
        group = [m]
        for prev in reversed(cands[:cands.index(m)]):
            gap = text[prev.end:group[-1].start]
            if len(gap) <= 1 and all(ch in "、和及与" for ch in gap):
                group.append(prev)
            else:
                break
        group.reverse()
        nth = sum(1 for f in _FIG_RE.finditer(text, m.end + k, st) if f.group("unit") or f.group("mult"))
        return group[nth].canonical if nth < len(group) else None
    return None


def _strip_subject(text: str, words: str, start: int, ms: list[Mention]) -> str:
    """``words`` (the text from ``start``) without a team, person or agency naming itself first."""
    lead = len(words) - len(words.lstrip())
    time = _LEADING_TIME_RE.match(words, lead)
    if time is not None:
        lead = time.end()  # 今年以来全市科技镇长团共促成…: the time words, then the subject
    if words[lead:lead + 2] in ("全市", "全区", "全县", "全省"):
        lead += 2  # 全市科技镇长团共走访…
    place = next((m for m in ms if m.cls == "Locality" and m.start == start + lead), None)
    if place is not None and any(t.start == place.end and t.cls in ("Team", "GovernmentAgency") for t in ms):
        lead = place.end - start  # 常州市新北区第十六批科技镇长团累计…: the city before the team's own name
    for m in ms:
        if m.start == start + lead and m.end - start < len(words) and (
                m.cls in ("Team", "Person", "GovernmentAgency", "Platform") or (
                    text[m.start - 1:m.start] == "、" and m.cls in ("University", "AcademicUnit", "ResearchInstitute", "Enterprise"))):
            return words[m.end - start:]  # (…与A、B签订协议6份: the list's last party is no part of it)
    if words.startswith("科技镇长团"):
        return words[len("科技镇长团"):]
    return words


def _clause_end(text: str, pos: int, ceil: int) -> int:
    i = pos
    while i < ceil and text[i] not in "，,；;：:。！？!?、\n（)）" and not (text[i] == "." and "\u4e00" <= text[i - 1] <= "\u9fff"):
        i += 1  # (a half-width full stop after a Chinese character ends the sentence)
    return i


def _place_reports(text: str, place: Mention, st: int, ms: list[Mention]) -> bool:
    """黄桥镇已与高校院所签订…9项, 全镇拥有…企业200余家: a sentence that opens with a place reports
    the place's figures, unless the place is part of a longer name (宜兴团, 靖江市计算机…机构) or another actor
    comes between (耿车镇…，魏某推动…，组织培训8场)."""
    return not any(m is not place and (m.start == place.start and m.end > place.end or m.start == place.end or (
        place.end <= m.start < st and m.cls in _ACTOR_CLASSES)) for m in ms)


# what a place holds, right after its name: 官林镇现有线缆企业近千家, 戴南镇集聚相关企业1200余家
_PLACE_HOLDS_RE = re.compile(r"(?:目前|如今|现在)?(?:已经?|累计|共)?(?:现有|拥有|共有|集聚了?|聚集了?|有(?![关效力序望着所的]))")
_TEAM_AT_WORK_RE = re.compile(r"团|镇长|挂职")


def _place_holding(text: str, s0: int, st: int, ms: list[Mention]) -> str | None:
    """The place that opens a clause by saying what it holds (…介绍，官林镇现有线缆企业近千家，2022年…产值超600亿元),
    when no one else is named between it and the figure: the figure is the place's, whoever spoke."""
    place = max((m for m in ms if m.end <= st and (m.cls in _ACTOR_CLASSES or m.cls == "Locality")),
                key=lambda m: m.start, default=None)
    if place is None or place.cls != "Locality" or not place.canonical or not (
            place.start == s0 or text[place.start - 1] in "，,：:"):
        return None
    if not _PLACE_HOLDS_RE.match(text, place.end) or any(ch in text[place.end:st] for ch in "；;") \
            or _TEAM_AT_WORK_RE.search(text, place.end, st) or not _place_reports(text, place, st, ms):
        return None
    return place.canonical


_ACTOR_CLASSES = frozenset({"Person", "Team", "GovernmentAgency", "University", "AcademicUnit", "ResearchInstitute",
                            "Enterprise", "Platform"})


_PLATFORM_OPENED_RE = re.compile(r"揭牌|落户|成立|建成|运行|投用|启用|挂牌|投入使用")
_THIS_PLATFORM_OPENS_RE = re.compile(r"\s*(?:目前|截至目前)?[，,]?(?:该|这一|这个|此)?")
_HAS_NOW_RE = re.compile(r"[”\"’）)]*[，,](?:目前|现|如今|截至目前)?[，,]?(?:已经|已)?(?:有|拥有)")
_MOVED_IN_AFTER_RE = re.compile(r"[^，,。；;]{0,16}?(?:入驻|进驻|落户|入孵)")
_SINCE_BUILT_RE = re.compile(r"[”\"’）)]*[，,](?:目前|现|如今|截至目前|运行以来|揭牌以来|成立以来|投用以来|一年来|半年来)?[，,]?"
                             r"(?:已经|已|累计|先后)")
_BROKERS_AFTER_RE = re.compile(r"促成|牵线|撮合|推动")
_BUILT_BEFORE_PLATFORM_RE = re.compile(r"(?:共建|建立|建设|成立|组建|建成|打造|设立|揭牌)(?:了|起)?[“\"]?$")
_FIRST_PHASE_RE = re.compile(r"[”\"’）)]*[，,](?:其)?(?:首期|首批|一期)")
_OTHER_ACTORS = frozenset({"Person", "Team", "GovernmentAgency", "University", "AcademicUnit", "ResearchInstitute",
                           "Enterprise", "Locality"})


_SUMS_UP_RE = re.compile(r"作(?:了)?(?:工作)?总结|总结(?:了)?(?:一年来的)?工作|汇报(?:了)?(?:一年来的)?工作|作(?:了)?(?:工作)?汇报|述职")


def _summing_up_team(text: str, s0: int, ordered: list[Mention], starts: list[int]) -> str | None:
    """The team whose work the sentence before ``s0`` (in the same paragraph) says is being summed
    up (某某代表第十五批团作工作总结。): the next sentence's tally is that team's, not the article's."""
    p0 = max(text.rfind("。", 0, max(0, s0 - 1)), text.rfind("\n", 0, s0)) + 1
    if p0 >= s0 or "\n" in text[p0:s0] or (cue := _SUMS_UP_RE.search(text, p0, s0)) is None:
        return None
    team = max((m for m in ordered[bisect_left(starts, p0):bisect_left(starts, cue.start())]
                if m.cls == "Team" and m.canonical and m.end <= cue.start()), key=lambda m: m.start, default=None)
    return team.canonical if team is not None else None


# 规划明确兴化将…, 报告建议亭湖…: a plan's or a report's sentence about the place it is written for
_PLAN_SAYS_RE = re.compile(r"\s*(?:[^，,。；;]{0,8}?[，,])?(?:该|这份|这个|此)?(?:规划|报告|方案|实施意见|行动计划)"
                           r"(?:明确|建议|提出|指出|要求|显示|测算)[，,：:]?")


def _planned_place(text: str, s0: int, st: int, ms: list[Mention]) -> str | None:
    """The place a plan or a report sets out the figure at ``st`` for (规划明确兴化将…谋划重点项目28个，估算总投资
    165亿元): the place named right after what the plan says, with no actor named before the figure."""
    says = _PLAN_SAYS_RE.match(text, s0, st)
    if says is None:
        return None
    place = next((m for m in ms if m.cls == "Locality" and m.canonical and says.end() <= m.start <= says.end() + 1), None)
    if place is None or any(m.cls in _OTHER_ACTORS - {"Locality"} and place.end <= m.start < st for m in ms):
        return None
    return place.canonical


def _platform_topic(text: str, s0: int, st: int, ms: list[Mention]) -> Mention | None:
    """The platform the figure at ``st`` is about: named before it in the sentence, then opened
    (揭牌, 落户, 运行 …) in the clause after its name, with no one but places named until the
    figure, or named as what the clause works through (依托该中心)."""
    plat = max((m for m in ms if m.cls == "Platform" and m.canonical and m.end <= st), key=lambda m: m.end, default=None)
    if plat is None:
        return None
    gap = text[plat.end:st]
    c0 = max(s0, *(text.rfind(ch, s0, plat.start) + 1 for ch in "，,；;"))
    if plat.rule == "anaphor" and _THIS_PLATFORM_OPENS_RE.fullmatch(text, c0, plat.start) and not any(
            m.cls in _OTHER_ACTORS - {"Locality"} and plat.end <= m.start < st and _clause_start(text, m.start, s0, True) == m.start
            for m in ms):
        # 。该中心首期投入…, ，该中心已孵化…, 运行一年来，研究院…累计集聚…: the clause opens on the platform;
        # 揭牌仪式上，研究院与A、B等3家企业签订…，合同金额…: the others it names are its partners
        return plat
    if any(m.cls in _OTHER_ACTORS - {"Locality"} and plat.end <= m.start < st for m in ms):
        return None
    opened = _PLATFORM_OPENED_RE.search(gap)
    if opened is not None and "，" not in gap[:opened.start()].strip("”\"）)"):
        return plat
    if text.endswith("依托", 0, plat.start) and text[plat.end:plat.end + 1] in "，,":
        return plat
    if _HAS_NOW_RE.fullmatch(gap) and _MOVED_IN_AFTER_RE.match(text, st):
        return plat  # 共建“X中试基地”，目前已有4个中试项目入驻: what the new platform holds
    if _FIRST_PHASE_RE.match(gap):
        return plat  # 共建X研究院，首期建设资金800万元 / 首批12名研究生已进驻: the new platform's first phase
    if _SINCE_BUILT_RE.match(gap) and _BUILT_BEFORE_PLATFORM_RE.search(text, max(s0, plat.start - 6), plat.start) and (
            not _BROKERS_AFTER_RE.search(gap)):  # (…设立“X工作室”，累计促成项目32项: the team's deals, not the platform's)
        return plat  # 共建X工作站，已发布成果46项: what the platform the sentence built has done since
    return None


_RESPECTIVE_RE = re.compile(r"分别(?:为|是|达|有|达到|完成|实现|以)?")
_JOINED_RE = re.compile(r"[、和及与]|以及")


def _respective_subjects(text: str, s0: int, s1: int, ms: list[Mention]) -> dict[int, tuple[str, str]]:
    """Where a list of subjects is followed by 分别 and as many numbers (金坛团、天宁团、钟楼团分别为近3100万元、
    2600万元和2100万元): each number's start → (the subject in the same place of its list, what the
    numbers count: the words before the list in its clause, or the clause before it, 从合同金额看)."""
    out: dict[int, tuple[str, str]] = {}
    for r in _RESPECTIVE_RE.finditer(text, s0, s1):
        subjects: list[Mention] = []
        pos = r.start()
        for m in reversed([m for m in ms if m.end <= pos]):
            gap = text[m.end:pos]
            if not (gap == "" if not subjects else _JOINED_RE.fullmatch(gap)) or m.cls not in SUBJECT_CLASSES + (
                    "Enterprise", "University", "Person"):
                break
            subjects.insert(0, m)
            pos = m.start
        if len(subjects) < 2 or len({m.cls for m in subjects}) > 1:
            continue
        end = min((k for k in (text.find(ch, r.end(), s1) for ch in "。；;") if k >= 0), default=s1)
        numbers, last = [], r.end()
        for f in _FIG_RE.finditer(text, r.end(), end):
            if not (f.group("unit") or "万" in (f.group("mult") or "") or "亿" in (f.group("mult") or "")):
                continue
            gap = text[last:f.start()]  # a list of numbers: the first soon after 分别, the rest one joiner apart
            if len(gap) > (12 if not numbers else 6) or any(ch in gap for ch in "，,：:") and not (
                    numbers and gap.strip("，,、和及与 ") == ""):
                break
            numbers.append(f.start())
            last = f.end()
        if len(numbers) == len(subjects):
            c = _clause_start(text, subjects[0].start, s0, list_items=True)
            lead = text[c:subjects[0].start]
            if not lead.strip() and c > s0:
                lead = text[_clause_start(text, c - 1, s0, list_items=True):c - 1]
            lead = re.sub(r"^(?:从|就|在)|(?:来看|看|上|方面)$", "", lead.strip())
            said = _RESPECTIVE_RE.sub("", text[r.start():numbers[0]]).strip("，, ")  # 分别获得奖励资金540万元…
            indicator = said if len(said) >= 2 else lead if len(lead) >= 2 else "分别"
            out.update((st, (m.canonical, indicator)) for st, m in zip(numbers, subjects) if m.canonical)
    return out


# a roundup's section on the whole city (【全市】累计走访…) or a sum over its sub-teams (各分团共走访…)
_WHOLE_CITY_RE = re.compile(r"\s*(?:【全(?:市|县|区)|(?:[^，,。；;]{0,14}[，,])?[^，,。；;]{0,12}?(?:各分团|全团)(?:共|累计|合计))")


# the new and the old team of a handover (新团, 新一批团员, 本批团; 老团, 上一批团), as a clause's subject
_NEW_TEAM_RE = re.compile(r"(?:^|(?<=[，,；;：:。\n]))(?:新团|新一批(?:科技镇长)?团|本批(?:科技镇长)?团|新一届(?:科技镇长)?团)",
                          re.MULTILINE)  # (not 项目交到新团手上)
_OLD_TEAM_RE = re.compile(r"(?:^|(?<=[，,；;：:。\n]))(?:老团|上一批(?:科技镇长)?团|上批团|前一批(?:科技镇长)?团)",
                          re.MULTILINE)


def _place_of_many_batches(ordered: list[Mention]) -> str | None:
    """The place whose teams of four or more batches the article names (a county's record of its
    batches), else None."""
    by_place: dict[str, set[str]] = {}
    for m in ordered:
        if m.cls == "Team" and m.canonical and m.info.get("batch") and not m.info.get("programme") and "第" in m.canonical:
            by_place.setdefault(m.canonical.split("第")[0], set()).add(m.canonical)
    place, teams = max(by_place.items(), key=lambda kv: len(kv[1]), default=(None, set()))
    if place is None or len(teams) < 4 or len(by_place) > 1:
        return None
    return place  # (a team's name opens with its place's)


def _oldest_and_newest_teams(ordered: list[Mention]) -> tuple[str, str] | None:
    """The teams of the earliest and the latest batch when the article names one place's teams of two or
    more batches (a handover), else None."""
    batches: dict[str, int] = {}
    for m in ordered:
        if m.cls == "Team" and not m.info.get("programme") and m.info.get("batch"):
            number = to_number(str(m.info["batch"]).strip("第批"))
            if number is not None:
                batches[m.canonical] = int(number)
    if len(set(batches.values())) < 2 or len({name.split("第")[0] for name in batches}) > 1:
        return None
    return min(batches, key=batches.__getitem__), max(batches, key=batches.__getitem__)


_ALL_TOGETHER_RE = re.compile(r"[，,；;][^，,；;]{0,6}?(?:共|合计|总计|累计)")


def _listed_teams(text: str, teams: list[Mention]) -> list[Mention]:
    """The teams a sentence lists (A团、B团、C团5个分团) when it ends on a list of three or more."""
    run = [teams[-1]]
    for t in reversed(teams[:-1]):
        if text[t.end:run[-1].start] not in ("、", "和", "及", "与"):
            break
        run.append(t)
    return run if len(run) >= 3 else []


def extract_figures(text: str, mentions: list[Mention], ctx: ArticleContext, sentences: list[tuple[int, int]],
                    default_subject: str | None, source: str | None = None) -> list[Figure]:
    """Figures reported in the article (``source``: the body the page names as its source)."""
    out: list[Figure] = []
    seen = set()
    teams_named = any(m.cls == "Team" for m in mentions)
    agency = _main_agency(mentions)
    # the province's reporting agency (省委组织部, 省科技厅): what the programme's tallies are given to
    province = _main_agency([m for m in mentions if m.cls == "GovernmentAgency" and (m.canonical or "").startswith(
        ("江苏省", "省"))])
    # a roundup of many places' teams: a bare 第十六批科技镇长团 there is the programme's batch, no one team
    roundup = len({m.canonical for m in mentions if m.cls == "Team" and m.canonical and not m.info.get("bare")
                   and not m.info.get("programme")}) >= 3
    focus = None if teams_named else default_subject
    reporter = _reporting_agency(text, mentions, source)
    # (an agency named once, 这些成绩离不开某市邮政管理局的支持, reports nothing: a whole place's count stays the place's)
    agency_named_once = agency is not None and agency != reporter and sum(m.canonical == agency for m in mentions) == 1
    undertaker = _undertaker(text, mentions)
    # the firm whose own disclosure (公告, 招股说明书) the article is, which it calls 公司 or 发行人
    firm = self_firm_mention(mentions)
    self_firm = firm.canonical if firm is not None else None
    reporter_is_place = reporter is not None and not any(m.cls == "GovernmentAgency" and m.canonical == reporter
                                                         for m in mentions)
    ordered = sorted((m for m in mentions if m.canonical), key=lambda m: m.start)
    city_team = next((m.canonical for m in ordered if m.cls == "Team" and _city_level(m.info.get("locality"))), None)
    starts = [m.start for m in ordered]
    persons = [m for m in ordered if m.cls == "Person"]
    person_ends = [m.end for m in persons]
    # a member's own account (本人…, 我…), or the member a registration form is about (姓名 某某 … 到岗后已开展工作 …)
    narrator = first_person_writer(text, ordered) or next(
        (m for m in ordered if m.rule == "person-form" and any(t.cls == "Team" for t in ordered)), None)
    last_subject = None  # the subject of the last figure of the sentence before, when no default's
    batches = _oldest_and_newest_teams(ordered)
    # a record of one place's many batches (二十年回眸): a tally whose sentence names no team is the place's
    retrospective = _place_of_many_batches(ordered)
    for s0, s1 in sentences:
        ms = ordered[bisect_left(starts, s0):bisect_left(starts, s1)]
        k = bisect_left(person_ends, s0 + 1)
        last_person = persons[k - 1] if k else None  # the person named last before the sentence
        # (a bare 第十五批科技镇长团 opening a clause, of another batch than the focus's, is that batch's team
        # here: 第十四批团…挂职期满。9月，第十五批科技镇长团到岗…该团走访企业86家)
        teams = [m for m in ms if m.cls == "Team" and not m.info.get("programme") and not guest_team(text, s0, m)
                 and (not m.info.get("bare") or (
                     not roundup and m.canonical != focus and m.info.get("batch") and m.canonical != m.text
                     and (m.start == s0 or text[m.start - 1] in "，,；;：:\n")))]
        if not teams and city_team is not None and default_subject == city_team and focus not in (None, city_team) and (
                s0 == 0 or text[s0 - 1] == "\n") and ITEM_HEADING_RE.match(text, s0):
            focus = city_team  # 七、引才聚智…: a new item of the city's list; the sub-team the last item named is not its
        if not teams and batches is not None:
            # …第十四批团在任期间…。目前，新团…已走访企业130余家: the latest batch's; 老团还…收录需求120余条: the one before
            if _OLD_TEAM_RE.search(text, s0, s1):
                focus = batches[0]
            elif _NEW_TEAM_RE.search(text, s0, s1):
                focus = batches[1]
        if retrospective is not None and not teams:
            focus = retrospective
        if teams and all(m.rule == "team-cell" for m in teams):
            pass  # (a table's row naming its team in a cell: no focus for the prose after the table)
        elif teams:
            focus = teams[-1].canonical
            listed = _listed_teams(text, teams)
            group = next((m for m in ms if m.cls == "Team" and m.canonical and m.end <= listed[-1].start
                          and m not in listed), None) if listed else None
            if group is not None:
                focus = group.canonical  # 第十五批科技镇长团设溧阳团、金坛团…5个分团。累计…: the group, not its last sub-team
        elif city_team is not None and _WHOLE_CITY_RE.match(text, s0, s1):
            focus = city_team  # 【全市】…, 各分团共走访企业143家: the city's team, over its sub-teams
        elif reporter is not None:
            # an agency's own report: what no team of the sentence or paragraph did is its tally
            # (第十五批科技镇长团… in a 政府工作报告: that team's, to the end of its paragraph)
            para_team = next((m for m in reversed(ordered[bisect_left(starts, text.rfind("\n", 0, s0) + 1):bisect_left(starts, s1)])
                              if m.cls == "Team" and not m.info.get("programme")), None)
            if para_team is not None and (para_team.start >= s0 or (
                    "团" in text[s0:s1] if reporter_is_place else para_team.info.get("bare"))):
                focus = para_team.canonical  # (in a place's report, the sentences that say 团员 or 团临时党支部)
            elif para_team is None or reporter_is_place:
                focus = reporter
        elif any(m.cls == "Team" and m.info.get("programme") and m.info.get("locality") is not None for m in ms):
            # 江苏省第十五批科技镇长团日前圆满完成…: the programme's tally, its agency's to report
            focus = agency if agency is not None and agency.startswith(("江苏省", "省")) else None
        elif focus is None and any(m.cls == "Team" for m in ms):
            focus = default_subject
        if undertaker is not None and not teams:
            focus = undertaker  # a project form: what a sentence naming no team counts is the project's firm's
        elif self_firm is not None and not teams and "团" not in text[s0:s1]:
            focus = self_firm  # (截至7月，该团共走访企业130余家: still the team's)
        prev: tuple[int, str, str] | None = None  # where the sentence's last figure ended, its indicator and unit
        # the subject of the sentence before, when a semicolon ends it and it was no default's
        carried = last_subject if text[s0 - 1:s0] in ("；", ";") else None
        last_subject = None
        has_platform = any(m.cls == "Platform" for m in ms)
        respective = _respective_subjects(text, s0, s1, ms) if "分别" in text[s0:s1] else {}
        item_team = _crossed_item_team(text, s0, s1, ordered, starts) if text.startswith("\n", s1) else None
        # (how many schools and experts came to an event, read once a sentence)
        came = [a for a in _EXPERTS_CAME_RE.finditer(text, s0, s1) if not _MEMBERS_WORDS_RE.search(text, s0, a.start())] \
            if "来自" in text[s0:s1] else []
        for fm in _FIG_RE.finditer(text, s0, s1):
            unit_word = fm.group("unit")
            mult = fm.group("mult") or ""
            num = fm.group("num")
            if not unit_word and not ("万" in mult or "亿" in mult):
                continue
            st, en = fm.start(), fm.end()
            if text[st - 1:st] in ("第", "前") or text[en:en + 1] in ("年", "月", "日", "号", "%", "批", "届", "周"):
                continue
            if text[st - 1:st] == "、" and _ORDINAL_LIST_BEFORE_RE.search(text, max(s0, st - 12), st):
                continue  # 上述第1、2项合作: the items' numbers, no count
            if text.startswith("百分点", en):
                continue  # 出酒率提高了约5个百分点: a rate's change, no count
            if text.startswith(("多月", "月来", "月里", "月时间"), en) or (
                    unit_word == "人" and text.startswith(("的队伍", "的团队"), en)) or text[st - 2:st] == "其余":
                continue  # 4个多月来: a time; 这支11人的队伍: the team's size; 其余2个项目: part of a total
            if text[st - 2:st] == "最高":
                continue  # 给予最高50万元奖补: a policy's cap, no outcome
            if text[st - 1:st] in ("≥", "＞", ">", "≤") or text[max(0, st - 4):st].endswith(("目标值", "目标")):
                continue  # 目标值≥15个　完成值18个: a target, no outcome
            if unit_word is None and text[en:en + 1] in ("元",):
                continue
            if text[st - 1:st] in ("数", "几") or text[st:st + 1] == "几":
                continue  # 数十家, 几百人: no number is reported
            if text.startswith(("科技镇长团", "镇长团"), en):
                continue  # 全省108个科技镇长团: how many teams the programme has, no outcome
            attending = next((a for a in came if a.start() < st < a.end()), None)
            if text[st - 1:st] == "等" and _LIST_COUNT_RE.match(text, en) and attending is None:
                continue  # 苏州大学能源学院等5个学院的12位专家: how many the list names
            if any(m.end == st and m.cls in ("University", "ResearchInstitute", "Enterprise", "AcademicUnit") for m in ms):
                continue  # 南京医科大学、中国药科大学2所高校: how many the names before it are
            c0, c1 = _clause_start(text, st, s0), _clause_end(text, en, s1)
            if c0 == st and text[c0 - 1:c0] in ("：", ":") and (label := _LABEL_LINE_RE.search(text, max(0, c0 - 24), c0 - 1)):
                c0 = label.start(1)  # · 收集技术需求：63项 (a data list's line): the label is what is counted
            # 5个学院的12位专家与常熟20家企业: what precedes another figure belongs to it
            c0 = max([c0] + [m.end() for m in _COUNTED_RE.finditer(text, c0, st)])
            # a name with brackets is no clause break: 南工院（徐州）…研究院已服务企业 starts after the name
            c0 = next((m.end for m in ms if m.start < c0 < m.end <= st), c0)
            clause = text[c0:c1]
            l0 = _clause_start(text, st, s0, list_items=True)  # (the clause of a whole A、B等N所 list)
            listed = text[l0:c1]
            if _SKIP_CONTEXT_RE.search(listed) and attending is None:
                continue
            tally_of = None
            sender = _sender_tally(text, s0, st, ms) if unit_word in _PERSON_UNITS else None
            if sender is not None:
                tally_of = sender  # 南信大已连续18年参与，累计选派109人次: the sending university's own count
            elif _university_tally(text, s0, s1, st, ms, narrator is not None, _one_team_above(text, s0, ordered, starts)):
                # a university's own tally (我校…累计促成…), not a team's outcome: the university's, when
                # the article is its own (我校 is a name), else no one's
                tally_of = next((m.canonical for m in ms if m.text in _SELF_WORDS and m.rule == "anaphor"
                                 and m.cls in ("University", "ResearchInstitute") and m.canonical), None)
                if tally_of is None:
                    continue
            if _TARGET_RE.search(text, l0, st + 1) or _TARGET_OPENS_RE.match(text, s0, st) or text.find("下一步", s0, st) >= 0:
                # 力争再引进博士团队5个, 将与A镇、B街道的12家企业结对 (one more character: what follows 将 tells
                # a plan from 将12家…), ② 力争全年促成项目450项以上，新建平台60个: a target, not an outcome
                continue
            if _DELEGATION_RE.search(text, s0, st) and _GOES_TO_RE.match(text, en, s1):
                continue  # 带领8家企业负责人赴…: who went on a visit, not an outcome
            if _WILL_AFTER_RE.match(text, en, c1):
                continue  # 3名博士后将进站开展研究: a plan for what is counted
            if _CHANGE_RE.search(text, c0, st):
                continue  # 比上年增加12项: a change, not a count
            if text[en:en + 1] in "）)" and ("（" in text[max(s0, st - 6):st] or "(" in text[max(s0, st - 6):st]):
                continue  # 《…政策意见》（产业29条）: a policy's short name, no count
            if unit_word in PERSON_UNITS and _SECONDED_STAFF_RE.match(text, en, s1):
                continue  # 南京工业大学选派的10名教师近日赴苏北挂职: the programme's members, no outcome
            if text.startswith(("县（市、区）挂职", "县(市、区)挂职", "县市区挂职"), en):
                continue  # 分赴8个设区市的25个县（市、区）挂职: where they serve
            if unit_word in PERSON_UNITS and _MEMBERS_REPORT_RE.match(text, en, c1):
                continue  # 6名团员分别汇报了上半年工作: who spoke at a meeting
            if (unit_word in PERSON_UNITS and _TEAM_SIZE_AFTER_RE.match(text, en, s1)) or text.endswith(
                    ("现有成员", "共有成员", "共有团员", "现有团员", "团员共", "共有队员"), c0, st) or (
                    text.endswith("下设", c0, st) and _SUB_TEAMS_AFTER_COUNT_RE.match(text, en, s1)):
                continue  # 由14名团员组成, 一共9名团员，分别来自…, 现有成员7名, 下设9个县级团: the team's make-up
            value = to_number(num)
            if value is None and num in ("百", "千") and (fm.group("after1") or fm.group("before") in ("近", "将近")):
                value = 100.0 if num == "百" else 1000.0  # 百余项, 近百名: a round hundred or thousand, more or nearly
            if value is None:
                continue
            if not num[0].isdigit() and value < 10 and not mult and not (
                    num != "一" and _OUTCOME_VERB_RE.search(text, c0, st) and text[st - 1:st] not in "这那每各”\""
                    and "分为" not in text[c0:st]):
                # (but 促成校企合作项目五个, 引进博士团队五个: an outcome, written in characters)
                continue  # 一个会议室, 三个高新区: descriptive, not a reported outcome
            if unit_word == "位" and any(w in text[s0:s1] for w in ("位列", "排名", "第")):
                continue
            if unit_word == "批" and any(w in text[c0:en] for w in ("派驻", "选派", "派出")):
                continue  # 已在南京市连续派驻十五批: the programme's history, no outcome
            for ch in mult:
                value *= MULTIPLIER.get(ch, 1)
            indicator = text[c0:st]
            if unit_word in ("万元", "亿元", "元") or (unit_word is None and any(w in indicator for w in MONEY_WORDS)):
                unit = "CNY"
                if unit_word == "万元":
                    value *= 10_000
                elif unit_word == "亿元":
                    value *= 100_000_000
            elif unit_word is None:
                continue
            elif unit_word in PERSON_UNITS:
                unit = "person"
                if _TEAM_SIZE_RE.search(text[c0:st]) or "成员组成" in text[s0:s1]:
                    continue  # 本批科技镇长团共9人, 由13名成员组成，其中博士6名: the team's make-up
                if unit_word != "人次" and _GUESTS_AFTER_RE.match(text, en):
                    # …及企业代表60余人参加活动, 30余人出席仪式: who came to a ceremony, no outcome (but
                    # 1100余人次参加 tallies the people over many events)
                    continue
            else:
                unit = "count"
            approx = None
            before = fm.group("before")
            if before and APPROX_BEFORE.get(before):
                approx = APPROX_BEFORE[before]
            after = fm.group("after1") or fm.group("after2")
            if after and APPROX_AFTER.get(after):
                approx = APPROX_AFTER[after]
            tail = text[en:en + 4]
            if tail.startswith(("以上", "多")) and approx is None:
                approx = "超" if tail.startswith("以上") else "余"
            if text[max(0, st - 2):st] in ("超过",) or text[max(0, st - 1):st] == "超":
                approx = approx or "超"
            indicator = _indicator(text, indicator, c0, st, en, c1, s0, ms).rstrip("：:")
            if (prev is not None and text[c0 - 1:c0] == "、" and 0 <= c0 - prev[0] <= 3 and 2 <= len(indicator) <= 4
                    and len(prev[1]) > len(indicator) + 1 and prev[2] == unit_word):
                # 引进博士11名、硕士34名: the second counts what the same verb did (引进硕士)
                indicator = prev[1][:-len(indicator)] + indicator
            elif (prev is not None and text[c0 - 1:c0] == "、" and 0 <= c0 - prev[0] <= 3 and unit != "CNY"
                  and prev[3] != "CNY" and not indicator.startswith(_LIST_VERBS)):  # (新品种12个、新技术8项; not money)
                # 申报省“双创计划”人才4名、泰州市“凤城英才”计划人才9名: the verb the list shares
                found = [(k, v) for v in _LIST_VERBS if 0 <= (k := prev[1].find(v)) <= 6]
                if found:
                    k, verb = min(found)
                    indicator = prev[1][:k + len(verb)] + indicator  # (协助企业申报A、B: 协助企业申报B)
            if st in respective and (len(indicator) < 2 or "分别" in indicator or text[c0 - 1:c0] == "、"):
                indicator = respective[st][1]
            if (not indicator and unit == "CNY" and text[c0 - 1:c0] in "，," and
                    _listed_deal_firm(text, s0, c0, st, ms) is not None):
                # 1. A公司—B学院：某工艺优化，技术开发，120万元: a listed deal's bare amount, what it buys before it
                indicator = text[_clause_start(text, c0 - 1, s0):c0 - 1] + "金额"
            if len(indicator) < 2:
                continue
            subject = focus
            whole_area = _WHOLE_AREA_RE.search(text[s0:st])
            area_team = whole_area and "全省" not in whole_area.group() and next(
                (m for m in ms if m.cls == "Team" and m.start - s0 == whole_area.end()), None)  # (全省科技镇长团: the programme)
            sub_teams = whole_area and _SUB_TEAMS_RE.match(text, s0 + whole_area.end())
            if area_team:
                subject = area_team.canonical  # 全市科技镇长团共走访…: the city's team
            elif sub_teams and city_team is not None:
                subject = city_team  # 全市各分团累计走访…: the city's team, which its sub-teams make up
            elif whole_area and "全省" in whole_area.group():
                # 全省各科技镇长团累计服务企业…: the province's tally, reported by its agency if any
                subject = province
            elif agency is not None and not agency_named_once and whole_area and "团" not in text[c0:c1] and not reporter_is_place:
                subject = agency  # a whole-city count is the reporting agency's, not a team's (a place's report: the place's)
            elif (agency is None or "全村" in text[l0:st] or agency_named_once) and (  # (a village's count is no agency's)
                    place := _whole_place(text, l0, st, ms, ordered[:bisect_left(starts, st)]) or (
                        _whole_place(text, pl0, st, ms, ordered[:bisect_left(starts, st)]) if l0 > s0 and text.startswith(
                            "全", pl0 := _clause_start(text, l0 - 1, s0, list_items=True)) else None)):
                # (全市…企业达27家，产业产值超120亿元: the clause after one that opens with a whole place counts it too)
                subject = place  # 截至9月底，全区拥有省级以上研发机构142家; 去年全县新增高新技术企业39家: the place's
            # the sentence's own subject reports its figures: 南理工泰州分中心…发布科技成果100余项
            opener = next((m for m in ms if (not text[s0:m.start].strip(" “\"") or _TIME_OPENER_RE.fullmatch(text, s0, m.start))
                           and m.cls in SUBJECT_CLASSES and (m.cls != "Locality" or m.info.get("zone") or _place_reports(text, m, st, ms))), None)
            if opener is not None and opener.end <= st and (opener.cls != "Locality" or opener.info.get("zone") or _place_reports(
                    text, opener, st, ms)):
                subject = opener.canonical
            if opener is None and ms and ms[0].cls == "Enterprise" and ms[0].canonical and ms[0].end <= st and (
                    not text[s0:ms[0].start].strip(" “\"") or _TIME_OPENER_RE.fullmatch(text, s0, ms[0].start)) and not any(
                    m.cls in _ACTOR_CLASSES for m in ms if ms[0].end <= m.start < st):
                subject = ms[0].canonical  # 启某生物是…企业，2022年研发投入近1500万元: the firm the sentence is about
            if opener is None and _THIS_FIRM_OPENS_RE.match(text, s0) and not any(
                    m.cls in _OTHER_ACTORS - {"Locality"} or m.cls == "Platform" for m in ms if m.start < st):
                firm = next((m for m in reversed(ordered[:bisect_left(starts, s0)]) if m.cls == "Enterprise"
                             and m.canonical and s0 - m.end <= 800), None)
                if firm is not None:
                    subject = firm.canonical  # 截至目前，公司累计登记技术合同7项: the firm named before
            # “X研究院”今年10月在…揭牌，已引进研发人员26人: what a platform did once it opened, in the
            # clauses after it that name no one else
            topic = _platform_topic(text, s0, st, ms) if has_platform else None
            # 到任以来，倪某累计走访企业90余家: a member's own tally or deal, the person's
            doer = _person_doer(text, s0, st, ms, last_person)
            if doer is None and subject == focus and opener is None and not whole_area and topic is None:
                doer = _section_person(text, s0, st, ms, ordered, starts)
            if (doer is None and narrator is not None and subject == focus and opener is None and not whole_area
                    and not any(m.cls in ("Team", "Person") and m.start < st for m in ms)
                    and not _GROUP_RE.search(text, s0, st)):
                doer = narrator  # a member's own account (本人…, 我…): what no one else is said to do is theirs
            me = next((m for m in ms if m.cls == "Person" and m.rule == "anaphor" and m.text == "我" and m.canonical
                       and m.start < st), None)
            if doer is None and me is not None and subject == focus and not whole_area and topic is None and not any(
                    m.cls in ("Team", "Person") and m.start < st and m is not me for m in ms):
                doer = me  # 郜某：…我和团里两位团员一起，3个月跑了…企业47家 (an interview's answer): the speaker's own
            if doer is not None:
                subject = doer.canonical
            elif (carried is not None and subject == focus and opener is None and not whole_area
                  and not any(m.cls in _ACTOR_CLASSES for m in ms if m.start < st) and not _GROUP_RE.search(text, s0, st)):
                subject = carried  # 中心累计服务企业46家…；联合企业申报项目4项: the clause after the semicolon goes on
            # 新北团走访企业260家，金坛团引进博士12名: the team named last before the figure
            last_team = max((m for m in ms if m.cls == "Team" and m.canonical and m.end <= st
                             and (opener is None or m.start > opener.start) and not m.info.get("programme")
                             and not (m.info.get("bare") and _COUNTED_TEAMS_RE.search(text, max(0, m.start - 3), m.start))),
                            key=lambda m: m.start, default=None)  # (not 全省108个科技镇长团: teams counted)
            reported = _reported_by(text, s0, ms) if province is not None else None
            named_team = last_team if last_team is not None else (
                opener if opener is not None and opener.cls == "Team" and opener.end <= st else None)
            if province is not None and (whole_area and "全省" in whole_area.group() or (
                    roundup and named_team is not None and named_team.info.get("batch"))) and (
                    named_team is None or named_team.info.get("bare")) and doer is None:
                # 据统计，第十五批科技镇长团…共促成…(in a roundup), 蒋某介绍，…全省各团累计…: the programme's
                subject, last_team = province, None
            elif reported is not None and (last_team is None or last_team.info.get("bare")) and doer is None:
                subject, last_team = reported, None  # 省科技厅统计显示，…五市的科技镇长团共协助…: the agency's
            if last_team is None and doer is None and opener is None and subject == focus and (
                    summed := _summing_up_team(text, s0, ordered, starts)) is not None:
                subject = summed  # 某某代表第十五批团作工作总结。一年来，8名团员…走访企业420余家次: that batch's tally
            if last_team is not None and city_team is not None and last_team.canonical != city_team and (
                    listed := _listed_teams(text, [m for m in ms if m.cls == "Team" and m.end <= st])) and (
                    "分别" in text[listed[0].end:listed[0].end + 4]) and _ALL_TOGETHER_RE.search(text, listed[0].end, st):
                last_team = None  # 会上，东海团、灌云团、赣榆团分别介绍…，现场共签约项目12个: the city's team's event
                subject = city_team
            if last_team is not None and doer is None:
                subject = last_team.canonical
            if (holder := _place_holding(text, s0, st, ms)) is not None:
                subject = holder  # 宜兴团团长…介绍，官林镇现有线缆企业近千家，…产值超600亿元: the place's own
            receiver = _receiver(text, s0, st, ms)
            if receiver is not None:
                subject = receiver
            planned = _planned_place(text, s0, st, ms)
            if planned is not None:
                subject = planned
            # 首期规模3亿元的泰州高投创业投资基金: the figure describes what follows 的
            owner = next((m for m in ms if m.start >= en and m.start - en <= 2 and text[en:m.start].startswith("的")
                          and m.cls in ("Enterprise", "Platform")), None)
            if owner is not None:
                subject = owner.canonical
            elif unit == "CNY" and (own := _FIRM_OWN_RE.search(indicator)) and not _HELPED_RE.match(indicator) and not (
                    own.group() == "投资" and _ATTRACTED_RE.search(text, s0, st)) and (
                    firm := _firm_of(text, s0, c0, st, ms, ordered[:bisect_left(starts, st)])) is not None:
                # 企业为此投入研发资金180万元, 企业预计每年可节约成本200万元, 今年已新增订单1500万元: what the
                # deal's firm gained or spent (a firm of the sentence, or the one named last when 企业 opens
                # the clause); with no firm, whoever else the sentence gives
                subject = firm.canonical
            elif unit == "count" and _FIRM_PATENTS_RE.search(indicator) and not _HELPED_RE.search(indicator) and not (
                    _PLATFORM_OPENS_RE.match(indicator)) and (
                    firm := _firm_of(text, s0, c0, st, ms, ordered[:bisect_left(starts, st)])) is not None:
                subject = firm.canonical  # 校企双方已联合申请发明专利11项: the deal's firm's patents
            elif unit == "CNY" and (metric := _FIRM_METRIC_RE.search(indicator)) and not _DRIVEN_BY_TEAM_RE.match(indicator):
                # X公司…2024年实现营业收入2.6亿元, 企业首期投入研发经费150万元: a firm's own figure (the
                # firm the sentence names, or the one named last when 企业 opens the clause), no team's
                # outcome; a sales figure with no firm to own it is left out
                firm = _firm_of(text, s0, c0, st, ms, ordered[:bisect_left(starts, st)])
                if firm is not None:
                    subject = firm.canonical
                elif metric.group() not in ("研发经费", "研发投入", "注册资本"):
                    subject = None
            if unit == "CNY" and owner is None and subject is not None and (
                    deal := _deal_firm(text, s0, c0, st, ms, ordered[:bisect_left(starts, s0)])
                    or _listed_deal_firm(text, s0, c0, st, ms) or _row_deal_firm(text, st, ms)) is not None:
                subject = deal.canonical  # A公司与B大学签订…合同，金额…: the firm's deal
            if topic is not None and doer is None:
                subject = topic.canonical  # (its R&D money too: 实验室落户新河镇，首期投入研发经费300万元)
            if tally_of is not None:
                subject = tally_of
            if st in respective:
                subject = respective[st][0]  # A、B、C分别为X、Y和Z: each its own
            if item_team is not None:
                subject = item_team  # TOP1　2300万元 / A×B / …某团牵线: the deal's amount, its broker's
            if subject is None:
                continue
            key = (subject, as_int_if_whole(value), unit, indicator)
            if key in seen:
                continue
            seen.add(key)
            sent_text = text[s0:s1]
            out.append(Figure(subject, indicator, as_int_if_whole(value), unit, approx, sent_text, s0, s1, 0.6))
            last_subject = subject if subject != focus else None
            prev = (en, indicator, unit_word, unit)
    out += _rank_figures(text, ordered, sentences)
    out += _rank_table_figures(text, ordered)
    table = _table_figures(text, ordered, starts, {(f.s, f.value, f.unit) for f in out}, default_subject)
    # (a row's cell the table gives its firm is not also the article's team's, read as a sentence)
    cells = {(f.start, f.value, f.unit) for f in table}
    out = [f for f in out if (f.start, f.value, f.unit) not in cells] + table
    # (an office's own report: the rows that name no team are its tallies)
    out += _row_unit_figures(text, ordered, starts, {(f.s, f.value, f.unit) for f in out},
                             reporter if reporter is not None and not reporter_is_place else default_subject)
    out += _case_amount_figures(text, ordered, starts, {(f.s, f.value, f.unit) for f in out})
    return _without_headline_repeats(out, sentences)


_TABLE_CELL_SPLIT_RE = re.compile(r"[｜|\t]|[ \u3000]{2,}")
# a header's cell that names a count and its unit: 走访企业（家）, 合同金额（万元）
_UNIT_HEADER_RE = re.compile(r"(?P<ind>[^（()）]{1,16}?)[（(](?P<unit>万元|亿元|元|家次|人次|家|项|个|人|名|场|次|件|份|所)[)）]")
_TEAM_SIZE_HEADER_RE = re.compile(r"\s*(?:团员|成员|团员数|成员数|团员人数|成员人数|人数)\s*")
_TABLE_NUMBER_RE = re.compile(r"(?P<before>约|近|超|逾)?(?P<num>\d+(?:\.\d+)?)(?P<after>余|多)?")
_AMOUNT_HEADER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:金额|经费|合同额|成交额|融资额)")
# a cell holding an amount with its unit (150万元), under a header with none (…｜合同金额)
_CELL_AMOUNT_RE = re.compile(r"(?P<before>约|近|超|逾)?(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)(?P<after>余|多)?")
_TABLE_UNITS = {"万元": ("CNY", 10_000), "亿元": ("CNY", 100_000_000), "元": ("CNY", 1), "人": ("person", 1),
                "名": ("person", 1), "人次": ("person", 1)}
# whose row it is: a team's, a member's, a platform's (a row of a signed deal, its firm and its
# university, gives its amount to neither: writers put it on the firm, the team or no one)
_ROW_SUBJECT_CLASSES = frozenset({"Team", "Person", "Platform"})


def _crossed_item_team(text: str, s0: int, s1: int, ordered: list[Mention], starts: list[int]) -> str | None:
    """The team credited with the deal of an item whose heading line (s0–s1) gives its amount over an A × B
    line (TOP1　2300万元 / A公司×B大学 / 项目由某团牵线…), or None when the sentence is no such heading."""
    line0 = text.rfind("\n", 0, s0) + 1
    if s1 - line0 > 30 or text[line0:s0].strip():
        return None
    pair_end = text.find("\n", s1 + 1) % (len(text) + 1)
    if not any(ch in text[s1 + 1:pair_end] for ch in "×✕╳"):
        return None
    end = crossed_item_end(text, pair_end)
    brokers = crossed_item_brokers(text, ordered[bisect_left(starts, pair_end):bisect_left(starts, end)], pair_end, end)
    return brokers[0][0].canonical if brokers else None


def _cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of the line ``text[lo:hi]``, as (start, end) with their spaces trimmed: split at bars, tabs or
    runs of spaces, or at single ideographic spaces when the line has nothing else (分团　走访企业（家）　…)."""
    return split_cells(text, lo, hi, _TABLE_CELL_SPLIT_RE if _TABLE_CELL_SPLIT_RE.search(text, lo, hi)
                       else IDEOGRAPHIC_SPACE_RE)


def _is_table_line(text: str, lo: int, hi: int) -> bool:
    """Whether the line ``text[lo:hi]`` is set as a table's (bars, tabs, runs of spaces or ideographic spaces)."""
    return bool(_TABLE_CELL_SPLIT_RE.search(text, lo, hi)) or "\u3000" in text[lo:hi].strip(" \u3000")


def _table_figures(text: str, ordered: list[Mention], starts: list[int], seen: set,
                   default: str | None = None) -> list[Figure]:
    """Figures in a table whose header gives each column's unit (支团｜团长｜走访企业（家）｜合同金额（万元）):
    each number in such a column (or an amount with its unit under a …金额 header) is its row's: the
    first team, member or platform the row names, with the header as its indicator; in a column of firms
    (序号｜企业｜合作方｜…｜合同金额（万元）), the row's firm, unless a team's name opens the article: then its own deals'
    amounts are that team's (``default``). A row that
    names no body at all (领域｜项目数（项）… / 半导体｜19｜…) breaks down the reporter's own totals: its
    numbers are ``default``'s (the article's team), the row's label before the header's indicator."""
    if "（" not in text and "(" not in text and "｜" not in text and "|" not in text:
        return []
    out: list[Figure] = []
    # (a team's own account, its name opening the title, puts its deals' amounts on the team, as writers do)
    titled_by_team = any(m.cls == "Team" and m.start == 0 for m in ordered[:2])
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        lo, hi = lines[k]
        header = _cells(text, lo, hi)
        units = {i: u for i, (a, b) in enumerate(header) if (u := _UNIT_HEADER_RE.fullmatch(text, a, b)) is not None
                 and not _TEAM_SIZE_HEADER_RE.fullmatch(u.group("ind"))}  # (团员（人）: a team's size, no outcome)
        amounts = any(_AMOUNT_HEADER_RE.fullmatch(text, a, b) for a, b in header)  # (…｜合同金额, cells 150万元)
        grants = {i for i, (a, b) in enumerate(header) if _GRANT_HEADER_RE.match(text, a, b)}
        invests = any(_INVESTMENT_HEADER_RE.match(text, a, b) for a, b in header)
        firms_at = next((i for i, (a, b) in enumerate(header) if _FIRM_HEADER_RE.fullmatch(text, a, b)), None)
        firm_col = None if titled_by_team else firms_at
        k += 1
        if len(header) < 3 or not (units or amounts) or not _is_table_line(text, lo, hi):
            continue
        team_rows = False  # whether a row of the table so far was a team's
        # (a table set with single ideographic spaces is read only as a table of teams: 分团　走访企业（家）　…)
        spaced = not _TABLE_CELL_SPLIT_RE.search(text, lo, hi)
        while k < len(lines):
            lo, hi = lines[k]
            row = _cells(text, lo, hi)
            if row and all(set(text[a:b]) <= set("-:|｜ ") for a, b in row):
                k += 1  # a Markdown table's rule under its header
                continue
            if len(row) != len(header):
                break
            k += 1
            ms = [m for m in ordered[bisect_left(starts, lo):bisect_left(starts, hi)] if m.end <= hi]
            # (the row's first team, member or platform: 武进团｜任某｜368 is the team's, 葛某（东海团）｜… the member's)
            subject = next((m for m in ms if m.cls in _ROW_SUBJECT_CLASSES), None)
            # (…｜承担企业｜…｜对接团员｜支持金额（万元）: a grant is the row's firm's, whoever brokered its project)
            # (村｜项目名称｜实施主体｜…｜总投资（万元）: a row naming no team, member or platform is its firm's project)
            recipient = next((m for m in ms if m.cls == "Enterprise"), None) if grants or invests else None
            if recipient is None and firm_col is not None:  # (序号｜企业｜合作方｜…｜合同金额（万元）: the firm's deal)
                a, b = row[firm_col]
                recipient = next((m for m in ms if m.cls == "Enterprise" and a <= m.start and m.end <= b), None)
            if subject is None and recipient is not None:
                subject = recipient
            elif subject is not None and subject.cls == "Person" and (firm := recipient or next(
                    (m for m in ms if m.cls == "Enterprise"), None)) is not None and firm.start < subject.start and any(
                    m.cls in ("University", "AcademicUnit", "ResearchInstitute") for m in ms):
                # 1｜某公司｜某大学｜…｜120｜钱某（南农）: a deal's row, the member who arranged it in a later column:
                # writers give the firm the amount (on the independent set 38 of 51 such amounts, never the member)
                subject = firm
            label = ""
            own_deal = (subject is None and titled_by_team and firms_at is not None and default is not None and any(
                m.cls == "Enterprise" and row[firms_at][0] <= m.start < row[firms_at][1] for m in ms))
            if spaced and subject is not None and not (subject.cls == "Team" and row[0][0] <= subject.start < row[0][1]):
                continue
            team_rows = team_rows or (subject is not None and subject.cls == "Team")
            total = False
            if subject is None and default is not None and units and not any(m.cls != "Field" for m in ms):
                label = text[row[0][0]:row[0][1]]
                total = label.startswith(("合计", "总计", "共计")) and team_rows
                if _TABLE_NUMBER_RE.fullmatch(label) or label.startswith(("合计", "总计", "小计", "共计")):
                    label = ""  # (a total row repeats the prose's figures; a numbered row has no label)
                name = default
            elif own_deal:
                name = default  # (某团…工作报告: a row of its deals, 高校院所｜合作企业｜…｜合同金额（万元）, is the team's)
            elif subject is None:
                continue
            else:
                name = subject.canonical
            if subject is None and not label and not total and not own_deal:
                continue  # (but the total of the teams' rows, 分团｜走访企业（家） / 合计｜353, is the whole team's)
            for i, (a, b) in enumerate(row):
                u = units.get(i)
                n = _TABLE_NUMBER_RE.fullmatch(text, a, b) if u is not None else _CELL_AMOUNT_RE.fullmatch(text, a, b)
                if n is None:
                    continue
                if recipient is not None and i in grants:
                    name = recipient.canonical
                elif subject is not None:
                    name = subject.canonical
                unit_word = u.group("unit") if u is not None else n.group("unit")
                unit, times = _TABLE_UNITS.get(unit_word, ("count", 1))
                value = as_int_if_whole(float(n.group("num")) * times)
                if (name, value, unit) in seen:
                    continue
                seen.add((name, value, unit))
                approx = APPROX_BEFORE.get(n.group("before") or "") or APPROX_AFTER.get(n.group("after") or "")
                indicator = u.group("ind").strip() if u is not None else text[header[i][0]:header[i][1]]
                out.append(Figure(name, label + indicator, value, unit, approx, text[lo:hi], lo, hi, 0.55))
    return out


# a department's own accounts: its budget, final accounts or a review of its spending
_ACCOUNTS_TITLE_RE = re.compile(r"预算|决算|绩效自评|自评报告|支出绩效")


def accounts_agency(title: str | None, mentions) -> str | None:
    """The agency whose budget, final accounts or spending review the article is (东港镇人民政府2022年度部门决算说明,
    淮阴区委人才办2023年度…项目支出绩效自评报告): the agency its title opens with; the money such a text reports is
    the agency's own, spent on the team's work, not the team's outcome. None for any other article."""
    if not title or not _ACCOUNTS_TITLE_RE.search(title):
        return None
    agency = next((m for m in sorted(mentions, key=lambda m: m.start) if m.end <= len(title) and m.canonical), None)
    return agency.canonical if agency is not None and agency.cls == "GovernmentAgency" else None


# a university's own report of a year's work: its titles say 年报 and 发展报告 as much as 工作报告 (某大学2023年度科研工作年报,
# 某大学2023年度服务地方发展报告), which an office's reports (_OWN_REPORT_RE) do not
_UNIVERSITY_REPORT_TITLE_RE = re.compile(r"(?:工作|年度|发展|服务)(?:报告|总结|年报)")


def university_report(title: str | None, text: str, mentions) -> str | None:
    """The university whose own report of its work the article is (扬州某学院2023年度服务地方发展工作报告, saying
    我校): a tally whose sentence names no team is the university's, not that of a team its members joined,
    named earlier. None for any other article."""
    if not title or "我校" not in text or not _UNIVERSITY_REPORT_TITLE_RE.search(title):
        return None
    first = next((m for m in sorted(mentions, key=lambda m: m.start) if m.end <= len(title) and m.canonical), None)
    return first.canonical if first is not None and first.start == 0 and first.cls == "University" else None


# 关于同意共建某研究院的批复, 关于与某大学共建某中心的请示: a document about setting up one platform
_PLATFORM_DOCUMENT_TITLE_RE = re.compile(r"关于(?:同意)?(?:与[^，。]{2,20}?)?(?:共建|合作共建|建设|设立|成立|组建)[^，。]{2,40}?的(?:批复|请示)")


def platform_document(title: str | None, mentions) -> str | None:
    """The platform a government's approval or request is about (关于同意共建东华大学海门某研究院的批复): the money,
    staff and targets it sets out are the platform's, not the team's. None for any other article."""
    if not title or not _PLATFORM_DOCUMENT_TITLE_RE.search(title):
        return None
    named = {m.canonical for m in mentions if m.cls == "Platform" and m.canonical and m.end <= len(title)}
    return named.pop() if len(named) == 1 else None


# a column of grants (支持金额（万元）, 补助资金, 奖补金额): money a row's firm is given
_GRANT_HEADER_RE = re.compile(r"(?:拟)?(?:支持|资助|补助|奖补|奖励|扶持|兑现|拨付)(?:金额|资金|经费)?")
# a column of what each row's project costs (总投资（万元）, 计划投资): its firm's, when the row names no one else
_INVESTMENT_HEADER_RE = re.compile(r"(?:项目)?(?:总投资|计划投资|投资额|投资总额)")
# a column of the firms whose own deals the rows are (企业｜合作方｜…｜合同金额（万元）; 企业（甲方）, 发榜企业)
_FIRM_HEADER_RE = re.compile(r"(?:合作|签约|需求|受益|路演|参赛|入驻|申报|承担|发榜)?企业(?:名称)?(?:[（(](?:甲方|单位)[）)])?")


# a case's structured lines: 合作单位：A公司、B学院 … 合作金额：260万元 (a challenge's: 发榜企业：A公司 … 榜额：300万元)
_CASE_AMOUNT_RE = re.compile(r"(?m)^[ \u3000]*(?P<ind>(?:合作|合同|项目|签约)?金额|榜额)[：:][ \u3000]*(?P<before>约|近|超|逾)?"
                             r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)(?P<after>余|多)?")
_CASE_PARTIES_RE = re.compile(r"(?m)^[ \u3000]*(?:(?:合作单位|合作双方|合作主体|参与单位|发榜企业|发榜单位)[：:]"
                              # (or the case's heading, the pair set apart by a dash: ①A公司—B大学)
                              r"|(?:[①-⑳]|\d{1,2}[.．、]|[（(]\d{1,2}[)）])[ \u3000]*(?=[^\n：:]{2,40}?" + _PAIR_DASH
                              + r"[^\n：:]{2,40}$))")


def _case_amount_figures(text: str, ordered: list[Mention], starts: list[int], seen: set) -> list[Figure]:
    """A case written as labelled lines (案例名称：… / 合作单位：A公司、B学院 / 合作金额：260万元, or under a heading
    ①A公司—B大学): the amount is the deal's, put on the firm its parties' line names first (as for a single deal's
    amount)."""
    if "金额" not in text and "榜额" not in text:
        return []
    out: list[Figure] = []
    for m in _CASE_AMOUNT_RE.finditer(text):
        block = text.rfind("\n\n", 0, m.start())  # (the case's own lines: back to the blank line before it)
        parties = last_match(_CASE_PARTIES_RE, text, block + 1 if block >= 0 else 0, m.start())
        if parties is None:
            continue
        line_end = text.find("\n", parties.end()) % (len(text) + 1)
        ms = ordered[bisect_left(starts, parties.end()):bisect_left(starts, line_end)]
        firm = next((x for x in ms if x.cls == "Enterprise" and x.canonical), None)
        if firm is None:
            continue
        unit_word = m.group("unit")
        value = as_int_if_whole(float(m.group("num")) * _TABLE_UNITS[unit_word][1])
        if (firm.canonical, value, "CNY") in seen:
            continue
        seen.add((firm.canonical, value, "CNY"))
        approx = APPROX_BEFORE.get(m.group("before") or "") or APPROX_AFTER.get(m.group("after") or "")
        line = text[m.start():text.find("\n", m.start()) % (len(text) + 1)]
        out.append(Figure(firm.canonical, m.group("ind"), value, "CNY", approx, line, m.start(), m.start() + len(line), 0.55))
    return out


def _row_unit_figures(text: str, ordered: list[Mention], starts: list[int], seen: set,
                      default: str | None) -> list[Figure]:
    """Figures in a table turned on its side (指标｜本季度｜到岗以来累计 / 走访企业（家次）｜58｜97): each row's
    label gives its unit, each number is ``default``'s (the article's team, or the office whose report it
    is), the label and the column's header its indicator; a row that names the team (科技镇长团走访企业（家）)
    is the team's, and one that names another body is left alone."""
    if default is None or ("（" not in text and "(" not in text):
        return []
    out: list[Figure] = []
    header: list[tuple[int, int]] | None = None
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        cells = _cells(text, lo, hi) if _is_table_line(text, lo, hi) else []
        label = _UNIT_HEADER_RE.fullmatch(text, *cells[0]) if len(cells) >= 2 else None
        if label is None or header is None or len(cells) != len(header) or not all(
                _TABLE_NUMBER_RE.fullmatch(text, a, b) for a, b in cells[1:]):
            header = cells if len(cells) >= 2 and label is None else (header if label is not None else None)
            continue
        named = [m for m in ordered[bisect_left(starts, lo):bisect_left(starts, hi)] if m.end <= hi and m.cls != "Field"]
        if any(m.cls != "Team" for m in named):
            continue
        # (科技镇长团走访企业（家）｜58｜261 in an office's report: the team's row)
        subject = named[0].canonical if named else default
        unit, times = _TABLE_UNITS.get(label.group("unit"), ("count", 1))
        for (a, b), (ha, hb) in zip(cells[1:], header[1:]):
            n = _TABLE_NUMBER_RE.fullmatch(text, a, b)
            value = as_int_if_whole(float(n.group("num")) * times)
            if (subject, value, unit) in seen:
                continue
            seen.add((subject, value, unit))
            approx = APPROX_BEFORE.get(n.group("before") or "") or APPROX_AFTER.get(n.group("after") or "")
            out.append(Figure(subject, label.group("ind").strip() + text[ha:hb], value, unit, approx, text[lo:hi], lo, hi, 0.55))
    return out


_RANK_RE = re.compile(r"(?P<resp>分别)?(?:位列|位居|名列|排名|排在)(?P<scope>全国|全省|全市|全区)?第"
                      r"(?P<nums>[\d一二三四五六七八九十]+(?:[、和及][\d一二三四五六七八九十]+)*)(?:位|名)?")
_RANKED_IN_RE = re.compile(r"在([^，,。；;]{2,40}?)中[，,]?")
_NOT_IN_RANK_NAME_RE = re.compile(r"\d{4}年(?:公布|发布|开展)?的?|\d+[家个所]|省级以上|国家级以上")


def _rank_figures(text: str, ms: list[Mention], sentences: list[tuple[int, int]]) -> list[Figure]:
    """Places in a ranking: 扬中高新区、镇江高新区和丹阳高新区分别位列第14、24和34位 (unit
    ``rank``), each subject with its place in the list when 分别 pairs them, the indicator
    the evaluation the sentence names (在…综合评价中 → …综合评价排名) or the scope's 排名."""
    out: list[Figure] = []
    for r in _RANK_RE.finditer(text):
        s0, s1 = next(((a, b) for a, b in sentences if a <= r.start() < b), (0, len(text)))
        values = [to_number(n) for n in re.split("[、和及]", r.group("nums"))]
        if any(v is None for v in values):
            continue
        subjects = [m for m in ms if s0 <= m.start and m.end <= r.start() and m.canonical and m.cls in SUBJECT_CLASSES]
        if not subjects:
            continue
        if r.group("resp") and len(values) > 1:
            run = [subjects[-1]]  # the list that ends right before 分别, in its order
            for m in reversed(subjects[:-1]):
                if text[m.end:run[0].start] not in ("、", "和", "及", "，"):
                    break
                run.insert(0, m)
            if len(run) != len(values) or text[run[-1].end:r.start()] != "":
                continue  # which place has which rank is not said
            pairs = list(zip(run, values))
        else:
            pairs = [(subjects[-1], values[0])]
        named = _RANKED_IN_RE.search(text, s0, pairs[0][0].start)
        what = _NOT_IN_RANK_NAME_RE.sub("", named.group(1)) if named else (r.group("scope") or "")
        for m, v in pairs:
            out.append(Figure(m.canonical, what + "排名", as_int_if_whole(v), "rank", None, text[s0:s1], s0, s1, 0.6))
    return out


# a ranking table's header (名次　团队　得分), then its rows (1　　靖江团　　96.8)
_RANK_HEADER_RE = re.compile(r"(?m)^[ \u3000]*[|｜]?[ \u3000]*(?:名次|排名|位次)[ \u3000\t|｜]+[^\n]*$")
_RANK_ROW_RE = re.compile(r"[ \u3000]*[|｜]?[ \u3000]*(\d{1,3})[ \u3000\t|｜]+")


def _rank_table_figures(text: str, ms: list[Mention]) -> list[Figure]:
    """A ranking table (名次　团队　得分 / 1　靖江团　96.8): each row's team, place or body has the rank its
    first cell gives (unit ``rank``); the scores beside are no figure of ours."""
    out: list[Figure] = []
    for h in _RANK_HEADER_RE.finditer(text) if ("名次" in text or "排名" in text or "位次" in text) else ():
        pos = h.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = _RANK_ROW_RE.match(text, pos, end)
            if row is None:
                if text[pos:end].strip(" \u3000|｜-—:"):
                    break
                pos = end + 1
                continue  # (a blank line, or a Markdown rule under the header)
            who = next((m for m in ms if row.end() <= m.start < end and m.canonical and m.cls in SUBJECT_CLASSES), None)
            if who is not None and not text[row.end():who.start].strip(" \u3000|｜"):
                out.append(Figure(who.canonical, "排名", int(row.group(1)), "rank", None, text[pos:end], pos, end, 0.6))
            pos = end + 1
    return out


def _without_headline_repeats(figures: list[Figure], sentences: list[tuple[int, int]]) -> list[Figure]:
    """A headline's figure that the body reports again (三年引进项目12个 … 共引进落户科技项目12个)
    is one figure: the body's, which words it fully."""
    if not sentences or len(figures) < 2:
        return figures
    head_end = sentences[0][1]
    body = {(f.value, f.unit) for f in figures if f.start >= head_end}  # (whoever the body gives it to)
    return [f for f in figures if f.start >= head_end or (f.value, f.unit) not in body]
