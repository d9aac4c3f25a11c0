"""Who a clause is about, when that is a person: shared by relations (who arranged a deal) and
figures (whose tally a number is).

A name with only titles before it opens its clause as the subject (挂职某镇副镇长的某大学讲师
刘某，促成A与B签订…); 他/她 stands for the person named last; a member who leads the team on a
visit (带领团员走访…) acts as the team, not alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract import lexicon as lx
from kg.extract.mentions import Mention

# 团长, 团员, 成员 right after a team's name: the team is a title (X团团长某某), not the subject
TEAM_ROLE_AFTER_RE = re.compile(r"副团长|团长|团员|成员")
# 带领团员走访…, 带领海门区团…: a leader at the head of the team
LEADS_THE_TEAM_RE = re.compile(r"(?:带领|率领|带着)(?:全体|部分|其他|[\d一二三四五六七八九十两几]+名)?"
                               r"(?:团员|全团|团队|成员|[\u4e00-\u9fff]{2,4}团(?![员长结聚队]))")  # (not 带领学院团队: a lab's group)
# what may stand between a clause's start and a name that is its subject: posts, ranks, roles
TITLE_WORDS_RE = re.compile(r"(?:[、，,\s]|来自|第[一二三四五六七八九十]+批|副?团长|团员|成员|挂职|挂任|副?[县市区镇乡]长|副?主任|副?局长|副?书记|党委|"
                            r"(?:助理|副|特聘)?(?:教授|研究员)|博士(?:后|生导师)?|老师|教师|讲师|(?:高级)?工程师|高工|"
                            r"副?院长|副?所长|科技副总|办事处|管委会|的)*")  # (挂职某街道办事处副主任的…)


def titles_only(text: str, start: int, end: int, ms: list[Mention]) -> bool:
    """X团团长、东南大学教授(钟某): what comes before a name is only its titles (names of bodies and
    places, a team with its role, title words), so the name is the sentence's subject."""
    pos = start
    for m in ms:
        if m.start < pos or m.end > end:
            continue
        if m.cls == "Person" or (m.cls == "Team" and not TEAM_ROLE_AFTER_RE.match(text, m.end)):
            return False
        if not TITLE_WORDS_RE.fullmatch(text, pos, m.start):
            return False
        pos = m.end
    return pos > start and bool(TITLE_WORDS_RE.fullmatch(text, pos, end))


# a team another one hosts (昆山团接待太仓市第十五批科技镇长团来昆交流): a guest, not the team the
# article goes on to report on
_HOSTS_BEFORE_RE = re.compile(r"(?:接待|迎来|欢迎|迎接)(?:了)?$")
_GUEST_AFTER_RE = re.compile(r"(?:一行)?(?:\d+人)?(?:来|到|赴)[^，。；,;]{0,6}?(?:交流|考察|调研|学习|参观|座谈)")


def guest_team(text: str, s0: int, m: Mention) -> bool:
    """Whether the team ``m`` names is another team's guest in its sentence."""
    return bool(_HOSTS_BEFORE_RE.search(text, max(s0, m.start - 3), m.start)
                and _GUEST_AFTER_RE.match(text, m.end))


# what may open a member's own section before the name: a list mark, a role (（二）副团长某某（…）。)
SECTION_LEAD_RE = re.compile(r"[ \u3000]*(?:[|｜][ \u3000]*)?(?:[（(][\d一二三四五六七八九十]{1,2}[)）]|[\d]{1,2}[.、．]|[一二三四五六七八九十]{1,2}、"
                             r"|[●○■◆▲•·①②③④⑤⑥⑦⑧⑨⑩])?[ \u3000]*(?:(?:副?团长|团员|成员)[、，,：: ]?)?")
# …and what follows the name there: where they come from, a bracket, a table's cell, a gap before
# the role (not 某某：…, a speaker, who reports for others)
SECTION_NAME_END_RE = re.compile(r"[（(，,｜|\t \u3000]|来自")


def _line_opens_on_person(text: str, line0: int, limit: int, ordered: list[Mention], starts: list[int]
                          ) -> Mention | None:
    k = bisect_left(starts, line0)
    first = ordered[k] if k < len(ordered) else None
    if first is None or first.cls != "Person" or first.end > limit or not first.canonical:
        return None
    if SECTION_LEAD_RE.fullmatch(text, line0, first.start) is None or not SECTION_NAME_END_RE.match(text, first.end):
        return None
    return first


# a member's labelled item in a list of their reports, the label inside the item's first sentence:
# （1）团员甄某（东南大学，某区挂职）：走访企业40余家，牵线…
_MEMBER_ITEM_LABEL_RE = re.compile(SECTION_LEAD_RE.pattern + r"[\u4e00-\u9fff]{2,4}?[（(][^（）()\n]{1,80}[）)][：:]")


def item_label_end(text: str, s0: int) -> int:
    """Where the label of a member's item (（1）团员甄某（东南大学，…）：) ends, when the sentence at
    ``s0`` holds it; else ``s0``. What the sentence says after it is the member's account."""
    line0 = text.rfind("\n", 0, s0) + 1
    label = _MEMBER_ITEM_LABEL_RE.match(text, line0) if line0 == s0 or not text[line0:s0].strip() else None
    return label.end() if label is not None else s0


def section_person(text: str, s0: int, ordered: list[Mention], starts: list[int], upto: int | None = None
                   ) -> Mention | None:
    """The member whose own section the sentence at ``s0`` is in, as a review lists them: a line
    that opens on the name (（二）副团长臧某（东南大学，挂职…）。走访企业81家次；…, 符某｜东南大学｜…), or
    the line right under a heading that holds only the name and the post (（二）朱某　某大学副教授，
    挂职某镇副镇长\n走访企业31家，牵线…). ``ordered`` are the article's resolved mentions by start,
    ``starts`` their starts; with ``upto``, the name may stand in the sentence itself before that
    offset (a table's row: | 石某 | 某大学 | … | 走访企业12家 |), as it does in an item's label
    (（1）团员甄某（…）：走访…). The caller checks that no one else acts in between."""
    line0 = text.rfind("\n", 0, s0) + 1
    if upto is None and (label_end := item_label_end(text, s0)) > s0:
        upto = label_end
    first = _line_opens_on_person(text, line0, s0 if upto is None else upto, ordered, starts)
    if first is not None or line0 < 2:
        return first
    head0 = text.rfind("\n", 0, line0 - 1) + 1
    heading = text[head0:line0 - 1]
    if "。" in heading or len(heading) > 60:
        return None  # (a paragraph, not a heading)
    person = _line_opens_on_person(text, head0, line0, ordered, starts)
    if person is not None and head0 >= 2:
        # 第一名 泰兴团（…）\n团长：顾某（…）\n全年促成…: the team's section, its head named under its heading
        above0 = text.rfind("\n", 0, head0 - 1) + 1
        above = ordered[bisect_left(starts, above0):bisect_left(starts, head0 - 1)]
        if len(text[above0:head0 - 1]) <= 40 and "。" not in text[above0:head0 - 1] and any(
                m.cls == "Team" for m in above):
            return None
    return person


# a member's own report of their own work, by its title (not a 手记 or an interview, where 我 tells
# what the team did too)
_PERSONAL_REPORT_RE = re.compile(r"个人(?:年度)?(?:工作)?(?:总结|述职)|述职(?!会)|考核登记表|考核鉴定表|考核表|" + lx.TERM_REPORT_TITLE)


def first_person_writer(text: str, ordered: list[Mention]) -> Mention | None:
    """The writer of a member's own report (2024年度个人工作总结 … 本人系…: whose 本人 and 我 all stand for
    one named person), else None."""
    if not _PERSONAL_REPORT_RE.search(text, 0, 200) or "我团" in text:
        return None  # (a leader's 述职报告 that speaks for 我团 reports the team's work, as writers give it)
    selves = [m for m in ordered if m.cls == "Person" and m.rule == "anaphor" and m.text in ("我", "本人") and m.canonical]
    if not selves or len({m.canonical for m in selves}) != 1:
        return None
    return next((m for m in ordered if m.cls == "Person" and m.canonical == selves[0].canonical and m.rule != "anaphor"),
                selves[0])


# what credits a team with the deal of the item it is in: 项目由某团牵线, 某团促成, 也是某团的“双签”成果
_ITEM_BROKER_CUE_RE = re.compile(r"牵线|促成|对接|推动|撮合|成果")


def crossed_item_end(text: str, line_end: int) -> int:
    """Where the item under an A × B line (ending at ``line_end``) ends: at a blank line or the next
    A × B line, at most 400 characters on. A ranked list of deals is written so: TOP1 2300万元 / A×B /
    what the deal is and who brokered it."""
    end = text.find("\n\n", line_end)
    end = min(end if end >= 0 else len(text), line_end + 400)
    cross = min((k for ch in "×✕╳" if (k := text.find(ch, line_end, end)) >= 0), default=-1)
    return (text.rfind("\n", line_end, cross) + 1 or end) if cross >= 0 else end


def crossed_item_brokers(text: str, mentions: list[Mention], line_end: int, end: int, parties: tuple[str, ...] = ()
                         ) -> list[tuple[Mention, Mention | None, tuple[int, int]]]:
    """The teams that the item's lines (``line_end`` to ``end``) credit with its deal, each with the member
    its role names (某团团员、某大学副教授某某…促成签约) or None, and the sentence that says so. Nothing when
    the lines deal with a firm other than ``parties`` too: whose deal it is is then unclear."""
    ms = [m for m in mentions if line_end <= m.start < end and m.canonical]
    if parties and any(m.cls == "Enterprise" and m.canonical not in parties for m in ms):
        return []
    out = []
    for m in ms:
        if m.cls != "Team" or m.info.get("programme"):
            continue
        s0 = max(text.rfind(ch, line_end, m.start) for ch in "。！；\n") + 1
        s1 = min((k for ch in "。！；\n" if (k := text.find(ch, m.end, end)) >= 0), default=end)
        if not _ITEM_BROKER_CUE_RE.search(text, s0, s1):
            continue
        member = None
        if text.startswith(("团员", "成员"), m.end):
            member = next((p for p in ms if p.cls == "Person" and m.end < p.start < s1 and not any(
                ch in text[m.end:p.start] for ch in "，。；")), None)
        out.append((m, member, (max(s0, line_end), s1)))
    return out
