"""Who a clause is about, when that is a person: shared by relations (who arranged a deal) and
figures (whose tally a number is).

A name with only titles before it opens its clause as the subject (挂职某镇副镇长的某大学讲师
刘某，促成A与B签订…); 他/她 stands for the person named last; a member who leads the team on a
visit (带领团员走访…) acts as the team, not alone.
"""

from __future__ import annotations

import re

from kg.extract.mentions import Mention

# 团长, 团员, 成员 right after a team's name: the team is a title (X团团长某某), not the subject
TEAM_ROLE_AFTER_RE = re.compile(r"副团长|团长|团员|成员")
# 带领团员走访…, 带领海门区团…: a leader at the head of the team
LEADS_THE_TEAM_RE = re.compile(r"(?:带领|率领|带着)(?:全体|部分|其他|[\d一二三四五六七八九十两几]+名)?"
                               r"(?:团员|全团|团队|成员|[\u4e00-\u9fff]{2,4}团(?![员长结聚队]))")  # (not 带领学院团队: a lab's group)
# what may stand between a clause's start and a name that is its subject: posts, ranks, roles
TITLE_WORDS_RE = re.compile(r"(?:[、，,\s]|副?团长|团员|成员|挂职|挂任|副?[县市区镇乡]长|副?主任|副?局长|副?书记|党委|"
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
