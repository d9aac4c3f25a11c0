"""Find entity mentions in an article: gazetteer names, then name-shape patterns.

A mention is a span of the article text with a class and, where a gazetteer or
pattern knows it, the canonical name it stands for. Overlaps are settled
longest-first, so 泰州华通通信器材有限公司 wins over the 泰州 inside it.
"""

from __future__ import annotations

import contextvars
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import ahocorasick_rs

from kg import gazetteer
from kg.extract import lexicon as lx
from kg.extract.gazetteer_matcher import GazHit, find_gazetteer_names
from kg.extract.text import ITEM_HEADING_RE, last_match, occurrences, split_cells
from kg.ingest import abridges

CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Mention:
    """A span of text naming an entity."""

    start: int
    end: int
    text: str
    cls: str
    rule: str
    conf: float
    hits: tuple[GazHit, ...] = ()
    info: dict = field(default_factory=dict)
    canonical: str | None = None  # filled by resolution

    @property
    def length(self) -> int:
        return self.end - self.start


@functools.lru_cache(maxsize=None)
def is_name_char(ch: str) -> bool:
    """A character names are made of: CJK, letters, digits, brackets and joiners (cached per character)."""
    return bool(CJK.match(ch)) or ch.isalnum() or ch in lx.NAME_CHARS_EXTRA


@functools.lru_cache(maxsize=None)
def _continues_name(ch: str) -> bool:
    """A character a name runs left over: a name character that is not a digit."""
    return is_name_char(ch) and not ch.isdigit()


_STOPWORD_SET = frozenset(lx.LEFT_STOPWORDS)
_HARD_STOPWORD_SET = _STOPWORD_SET - lx.SOFT_STOPWORDS  # the stop words with soft=False
_STOPWORD_LENGTHS = sorted({len(w) for w in lx.LEFT_STOPWORDS})
_STOPWORD_ENDS = frozenset({w[-1] for w in lx.LEFT_STOPWORDS} | {"率"})  # (率: see _ends_with_stopword)


# Character positions inside gazetteer place and university names of the text being read
# (如 in 如东县 is not the stop word 如); set per article by _find_mentions. A context
# variable, not a module-level set, so threads reading different articles keep apart.
_PROTECTED: contextvars.ContextVar[frozenset[int]] = contextvars.ContextVar("kg_protected", default=frozenset())
# Where, in the compacted text, a run of two or more spaces was dropped: a table's column break
# (许文强  南京邮电大学…教授), where a person's name ends; a single space breaks a word of print
# layout instead (华宇新 材).
_COLUMN_BREAKS: contextvars.ContextVar[frozenset[int]] = contextvars.ContextVar("kg_column_breaks", default=frozenset())


def _ends_with_stopword(text: str, i: int, floor: int, soft: bool) -> bool:
    if text[i - 1:i] not in _STOPWORD_ENDS:
        return False  # (most characters end no stop word: the common case, settled first)
    protected = _PROTECTED.get()
    if (i - 1) in protected:
        return False
    if text[i - 1:i] == "率" and i in protected and not (i >= 2 and "\u4e00" <= text[i - 2] <= "\u9fff"):
        return True  # (…带队，率溧阳市科技局及…: the verb 率 opening a clause, before a known name)
    words = _STOPWORD_SET if soft else _HARD_STOPWORD_SET
    for n in _STOPWORD_LENGTHS:
        if i - n < floor:
            break
        if text[i - n:i] in words:
            if n == 2 and text[i:i + 1] in "器剂链":
                return False  # a verb made a noun by 器, 剂 or 链 (船用推进器, 生长促进剂, 某某供应链管理有限公司)
            return not (n == 1 and text[i - 2:i] in lx.WORDS_ENDING_IN_A_STOP_CHAR)  # 高等研究院, 大数据中心
    return False


_BRAND_DIGIT_AFTER = re.compile(r"\d*[A-Za-z]")


def left_extend(text: str, pos: int, max_len: int = 24, floor: int = 0, soft: bool = True) -> int:
    """Where a name ending at ``pos`` begins: walk left over name characters until a
    punctuation mark or one of the genre's stop words (``soft=False`` crosses the
    stop words that may sit inside names)."""
    i = pos
    lo = max(floor, pos - max_len)  # at most max_len characters, never below floor
    breaks = _COLUMN_BREAKS.get()
    while i > lo:
        if breaks and i in breaks:
            break  # 第8期　江北新区…: a name never runs left over a column gap
        ch = text[i - 1]
        if ch == " " and i >= 2 and i < len(text) and text[i - 2].isascii() and text[i - 2].isalnum() and (
                text[i].isascii() and text[i].isalpha()):
            i -= 1  # 某某光电Micro LED联合研发中心: a space between two Latin words of a name
            continue
        if not _continues_name(ch) and not (ch.isdigit() and _BRAND_DIGIT_AFTER.match(text, i)):
            break  # (a digit before a Latin letter is part of a name: 江苏5G通信, 3D打印)
        if ch in "年月日" and i >= 2 and text[i - 2].isdigit() or ch == "度" and i >= 3 and text[i - 2] == "年" and (
                text[i - 3].isdigit()):
            break  # (去年6月南通大学…分中心, 2023年度江苏省研究生工作站: a date, then the name)
        if _ends_with_stopword(text, i, floor, soft):
            break
        if ch in "）)" and text.endswith(_CAPTION_MARKS, 0, i):
            break  # （图）联合实验室揭牌现场: a caption's mark, then the name
        i -= 1
    return i


_CAPTION_MARKS = tuple(o + w + c for w in ("图", "组图", "资料图", "图片", "摄影", "视频") for o, c in (("（", "）"), ("(", ")")))


def _name_stretch_start(text: str, pos: int, max_len: int) -> int:
    """Where the run of name characters ending at ``pos`` begins, stop words included (but not
    the words that join a list: 等, 与, 和, 及)."""
    i, lo = pos, max(0, pos - max_len)
    while i > lo and _continues_name(text[i - 1]) and text[i - 1] not in "等与和及":
        i -= 1
    return i


def anchored_start(text: str, pos: int, anchors: list[Mention], max_len: int = 30) -> int:
    """Start of a name ending at ``pos``: the earliest known name (place, university,
    company) inside the stretch reachable across soft stop words, else the plain start."""
    plain = left_extend(text, pos, max_len)
    wide = left_extend(text, pos, max_len, soft=False)
    inside = [a for a in anchors if wide <= a.start < plain and a.end <= pos and text[a.end:a.end + 1] != "团"]
    return min(a.start for a in inside) if inside else plain  # (淮阴团联合某研究院: a team's short name opens none)


_STOP_CHARS_INSIDE_BRANDS = frozenset("都本为")
_ANONYMISED_PARTY_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ甲乙丙丁]")
_BUILD_WITH_RE = re.compile(r"(?:合作|联合|共同)(?:共建|建设|建立|组建|筹建|建)(?:一[个家所座])?|共建(?:一[个家所座])?")
# suffixes of bodies with no legal form in their name, which a writer may use for a kind (一家蔬菜种植合作社)
_UNREGISTERED_SUFFIXES = frozenset({"合作社", "专业合作社", "农场", "家庭农场"})
_COUNTED_KIND_RE = re.compile(r"[余多]?[家个]")  # (40余家农机专业合作社, 30余个家庭农场: the name would start after the number)
_COUNT_BEFORE_RE = re.compile(r"[\d一二三四五六七八九十百千余多几][家个]$")  # (86家养殖专业合作社; not 自家某某农场)
_COUNT_AFTER_RE = re.compile(r"[\d一二三四五六七八九十百千]+[余多]?[家个]")  # (走访茶企、茶叶合作社60余家: kinds counted)
# what a firm's own page says before calling itself 公司 or 集团: someone came to it, or spoke of it
_COMING_TO_THE_FIRM = ("来", "到", "莅临", "介绍")
_OWN_STAFF_COUNT_RE = re.compile(r"(?:共有|共|先后|累计|已有)?[\d一二三四五六七八九十两]+名")


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1] in lx.OPEN_QUOTES and text[end] in lx.CLOSE_QUOTES


def _quote_start(text: str, pos: int, end: int, max_len: int = 30) -> int | None:
    """Where a quoted name ending at ``end`` begins, when quotes enclose it: the quotes bound
    the name, whatever stop words it holds (“储能材料联合研发中心”, where 联合 would stop it)."""
    if end >= len(text) or text[end] not in lx.CLOSE_QUOTES:
        return None
    i = pos
    while i > max(0, pos - max_len) and (is_name_char(text[i - 1]) or text[i - 1] in "+＋"):
        i -= 1  # (“某大—江宁5G+工业互联网联合创新中心”: a plus inside quotes; not “支部+基地”, a slogan)
    plus = max(text.rfind("+", i, pos), text.rfind("＋", i, pos))
    if plus >= 0 and pos - plus <= 2:
        return None
    return i if i > 0 and text[i - 1] in lx.OPEN_QUOTES else None


# a count, not a name: 3家, 一批, 两个, 十大, 首批 (but not 六合…, 三一重工, 四川…, 九江…)
_COUNT_START_RE = re.compile(r"^(?:[\d一二三四五六七八九十百两几多]+(?:[个家项批名位所座条大类种]|$)|首批|[个批项]|家(?![纺居电具用禽畜])"
                             r"|[\u4e00-\u9fff]{1,2}?[一两三四五六七八九十]所"  # (引进一所新型研发机构: how many, no name)
                             r"|(?:全[县市区省])?首[家个座]|这[一个家所座]|该)")  # (全县首家…工作站, 这一科技创新中心)


def _trade_only(core: str) -> bool:
    """Whether ``core`` is made of trade words only (医药科技, 精密机械): no name of a firm."""
    ok = [True] + [False] * len(core)  # ok[i]: core[:i] splits into trade words
    for i in range(1, len(core) + 1):
        ok[i] = any(ok[i - n] and core[i - n:i] in lx.TRADE_WORDS for n in range(2, min(i, 3) + 1))
    return len(core) >= 2 and ok[-1]


def _generic(core: str, compose: bool = True) -> bool:
    """Whether ``core`` names nothing: a generic word, a count, or (``compose``) generic words run together."""
    core = core.strip("（）()")
    if len(core) < 2 or core in lx.GENERIC_CORES:
        return True
    if _COUNT_START_RE.match(core) or _HEADS_COUNTED_RE.search(core):
        return True  # (有十几户来农场: how many came, no farm's name)
    return compose and _generic_words(core)


_HEADS_COUNTED_RE = re.compile(r"[\d一二三四五六七八九十百千万几两]+(?:户|名|位|人)")


@functools.lru_cache(maxsize=4096)
def _generic_words(core: str) -> bool:
    """Whether ``core`` is generic words run together (校企党建共建: 校企 + 党建 + 共建), none a name."""
    if not 4 <= len(core) <= 16:
        return False
    ok = [True] + [False] * len(core)  # ok[i]: core[:i] splits into generic words
    for i in range(2, len(core) + 1):
        ok[i] = any(ok[j] and core[j:i] in lx.GENERIC_CORES for j in range(max(0, i - 8), i - 1))
    return ok[-1]


# what may stand right before a place's short form in running text (与凉山, 赴延边, 在大理)
_PLACE_LEFT_EDGES = frozenset("与和及同、在赴到至从于往去来自对向为的是援助帮")
# verbs and words that are also the stem of a county far away, read before 县 (随县科技局吴局长去…: following the
# county's bureau chief; 我局会同县科技局…: together with it; 同心县域…)
_WORD_COUNTY_STEMS = frozenset({*"随去到赴往来", "会同", "同心"})
# what, before 建, makes a verb (共建, 组建, 筹建 …); 在建 is not one (在建湖县: in 建湖县)
_BUILD_VERB_HEADS = frozenset("共组新筹创援搭联合兴扩改")


def gazetteer_mentions(text: str) -> list[Mention]:
    out = []
    academician = "院士" in text
    for start, end, hits in find_gazetteer_names(text):
        cls = hits[0].cls
        if end - start == 2 and text[end - 1] in "镇乡" and text.startswith("长", end):
            continue  # 赵镇长: a surname and the mayor's title, not the town 赵镇
        if academician and text.startswith("院士", end) and text[start:end] in ("中国科学院", "中国工程院", "中科院"):
            continue  # 中国科学院院士、…研究所研究员X: the academician's title, not the academy as a party
        if (end - start == 2 and text[end - 1] == "县" and start > 0 and CJK.match(text[start - 1])
                and text[start - 1] not in "省市州区县与和及、" and not any(h.code and h.code.startswith("32") for h in hits)):
            continue  # 促成县内企业: 成县 (Gansu) is read out of a verb and 县内; such a county needs its province
        if (text[end - 1] == "县" and text[start:end - 1] in _WORD_COUNTY_STEMS and text[start - 1:start] not in "省市州"
                and not any(h.code and h.code.startswith("32") for h in hits)):
            continue  # 随县科技局…, 会同县科技镇长团进行了核查: a verb and the county's own bureau or team (Hubei's 随县
            # and Hunan's 会同县 are named after their province or city)
        if (end - start == 2 and text[end - 1] in "镇乡" and start > 0 and CJK.match(text[start - 1])
                and text[start - 1] not in _PLACE_LEFT_EDGES and not any(h.code and h.code.startswith("32") for h in hits)):
            continue  # 沙集是全国知名的电商镇: 商镇 (Shaanxi) read out of a word and 镇; such a town needs its county
        short = all(h.short for h in hits)
        if short and cls == "Locality" and 0 < start and end < len(text) and CJK.match(text[start - 1]) \
                and CJK.match(text[end]) and text[start - 1] not in _PLACE_LEFT_EDGES and text[end] not in "省市州县区盟人籍" \
                and all("自治" in h.name for h in hits):
            continue  # 某大学清凉山科创中心: 凉山 glued inside a word on both sides (圣地延安开展 is a city)
        if short and cls == "Locality" and text[start - 1:start] in ("入", "出") and text[end - 1] == "口":
            continue  # 灌河入海口, 出海口, 长江入江口: a river's mouth (入/出 + …口), not a city such as 海口
        if short and cls == "Locality" and text[start] == "建" and text[start - 1:start] in _BUILD_VERB_HEADS:
            continue  # 签约共建某岚…实验室: 建湖 read out of the verb 共建 and the name after it
        # a short locality form glued into a longer word (镇江 in 镇江华浩…) is only a candidate
        conf = 0.9 if not short else 0.75
        out.append(Mention(start, end, text[start:end], cls, "gazetteer", conf, hits))
    return out


@functools.cache
def _suffix_automaton(suffixes: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(list(suffixes), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _suffix_matches(text: str, suffixes: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Each (start, end, suffix) in ``text``, left to right without overlaps, the longest suffix
    where several start at one place (what a longest-first regex alternation finds, at 0.6 of
    its time)."""
    return [(s, e, text[s:e]) for _, s, e in _suffix_automaton(suffixes).find_matches_as_indexes(text)]


_DASHES = frozenset("—－-―─–")
_BODY_KINDS = ("机构", "平台", "载体", "组织")  # what kind of body a name after a dash is


_INNER_COMPANY_SUFFIXES = ("有限公司", "股份公司", "集团", "公司")
# words a company's name never holds: a visit, what a team does, the team itself
_NOT_INSIDE_COMPANY_NAMES = (*lx.VISIT_CUES, *lx.CLAUSE_MOVES_ON, "镇长团", "带队", "带领", "的")  # (三仓镇的某香家庭农场)
# …and those of them a name may not hold before a word that may sit inside names (组织 in
# 江苏华亿细胞组织工程有限公司 is one of the clause's verbs too)
_NOT_BEFORE_SOFT_STOP = (*lx.VISIT_CUES, "镇长团", "带队", "带领")


_JOINERS = frozenset("和与及同的、在对向从")
_FOR_THE_COMPANY = ("可为", "将为", "能为", "会为", "已为", "并为", "还为", "也为", "均为", "共为", "累计为", "直接为")


def places_cover(places: list[Mention], lo: int, hi: int) -> bool:
    """Whether place names follow one another from ``lo`` to ``hi`` (沭阳县新河镇)."""
    pos = lo
    while pos < hi:
        nxt = max((p.end for p in places if p.start == pos and p.end <= hi), default=None)
        if nxt is None:
            return False
        pos = nxt
    return pos == hi


def _unopened_close(core: str) -> int | None:
    """Where the last closing bracket that no bracket in ``core`` opened stands, or None."""
    depth, last = 0, None
    for i, ch in enumerate(core):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth:
                depth -= 1
            else:
                last = i
    return last


# verbs whose object a firm's registered name may be (帮助邳州市某都冷链物流有限公司…)
_VERBS_BEFORE_FIRM = ("帮助", "协助", "走访", "拜访", "指导", "服务", "对接", "联系", "来到", "推动", "促成", "支持")
# words that say where a firm is or that there is one, before its registered name (县内, 镇上, 有家)
_LOCAL_BEFORE_FIRM = ("内", "企", "本地", "当地", "辖区", "镇上", "镇里", "县里", "区里", "市里", "村里", "有家", "有一家")


# what kind of firm the name after it is: who owns it, where it is, what size (外资企业, 园区企业)
_FIRM_DESCRIPTOR_RE = re.compile(
    f"(?:{lx.FIRM_KIND})?企业|(?:合作|成员|会员|共建)?单位"  # (校企合作单位某某有限公司)
    "|(?:集团|公司)?(?:旗下|下属)?(?:的)?(?:全资|控股|参股)?子公司")  # (集团控股子公司某某有限公司: whose it is)


def _after_joiner_or_cell(text: str, k: int) -> bool:
    """Whether ``k`` follows a word or mark that joins a list (与, 、, （…), or opens a table's cell."""
    return text[k - 1] in "与同、，,（(“｜| \t\u3000" or k in _COLUMN_BREAKS.get()


def _brand_before_and(text: str, i: int, places: list[Mention], known: list[Mention]) -> int | None:
    """Where a firm's name starts when the 和 before ``i`` is in its brand (分别与…、江苏某和…有限公司):
    a province or city after a list's joiner, then one or two characters, then 和; else None."""
    if i < 4 or text[i - 1] != "和":
        return None
    for p in places:
        if 1 <= i - 1 - p.end <= 2 and p.start >= 1 and _after_joiner_or_cell(text, p.start) and all(
                CJK.match(ch) and ch not in _STOPWORD_SET and ch not in "省市县区镇乡" for ch in text[p.end:i - 1]) and not any(
                o.cls != "Locality" and o.start < i - 1 and o.end > p.end for o in known):
            return p.start
    return None


_PLACE_BEFORE_DOT = ("镇", "乡", "村", "县", "区", "市", "街道", "园")


def enterprise_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Companies by suffix: …有限公司, …集团, …公司; short names like 蓝天新材 at clause edges."""
    out = []
    places = [m for m in known if m.cls == "Locality"]
    place_starts = {m.start for m in places}
    place_by_end = {m.end: m for m in places}
    academic = [m for m in known if m.cls in ("University", "ResearchInstitute")]
    for s, e, suffix in _suffix_matches(text, lx.ENTERPRISE_SUFFIXES):
        if suffix == "农场" and text.startswith("主", e):
            continue  # 某丰家庭农场农场主: the farmer, after the farm's name
        if suffix == "集团" and text[s - 1:s] == "召":
            continue  # 连夜召集团员分工: 召集 and 团员, no group of firms
        start = left_extend(text, s, 26)
        opened = max(text.rfind("（", start, s), text.rfind("(", start, s))
        if opened >= 0 and not any(c in text[opened:s] for c in "）)") and s - opened > 5:
            start = opened + 1  # 受访者B（江苏某某线缆科技有限公司技术总监）: the name starts after a bracket left open
        if (mark := _BRACKETED_ITEM_MARK_RE.match(text, start)) is not None and mark.end() < s:
            start = mark.end()  # （一）南京某某科技有限公司: an item's number, no part of the name
        if (dash := text.rfind("—", start, s)) >= 0:
            start = dash + 1  # 某大学某学院—江苏某某有限公司: a pair of parties; a firm's name has no dash
        if (dot := text.rfind("·", start, s)) >= 0 and (dot == start or text.endswith(_PLACE_BEFORE_DOT, start, dot)):
            start = dot + 1  # ①伊山镇·灌云县某某农业科技有限公司: the firm's town, then the firm
        elif start >= 3 and text[start - 1] == "本" and (place := place_by_end.get(start - 1)) is not None:
            start = place.start  # 徐州本草汇…有限公司: 本 after a place opens a brand, not "this"
        if (start not in place_starts and _ends_with_stopword(text, start, 0, True)
                and not _ends_with_stopword(text, start, 0, False)):
            # stopped at a word that may sit inside a name (组织 in 江苏华亿细胞组织工程有限公司):
            # the name runs on to a place name it starts with
            wide = anchored_start(text, s, places, 26)
            if wide < start and wide in place_starts and not any(w in text[wide:start] for w in _NOT_BEFORE_SOFT_STOP):
                start = wide  # (but not over a team: 昆山市…科技镇长团组织SMC（中国）有限公司 is SMC's name)
            elif (brand := _brand_before_and(text, left_extend(text, s, 26, soft=False), places, known)) is not None:
                start = brand  # 、江苏某和海洋牧场发展有限公司: the walk stopped at 发展, then at 和
            elif text[start:start + 1] in "（(":
                # 供给苏州的某颐养老服务（苏州）有限公司: stopped at 服务 right before the bracketed place; the
                # brand is before the bracket, over the soft stop word
                start = left_extend(text, start, 26 - (s - start), soft=False)
        core = text[start:s]
        if _ANONYMISED_PARTY_RE.fullmatch(core):
            continue  # A公司, 甲公司: a party a judgment or a case leaves unnamed
        # 华为技术有限公司 (and its branch, 华为技术有限公司某地分公司): a one-character stop
        # word (为) inside a name left only a generic core (up to any company suffix inside it);
        # the name runs on over it to the word before
        head = core[:min((i for i in (core.find(x) for x in _INNER_COMPANY_SUFFIXES) if i >= 0), default=len(core))]
        if start >= 2 and ((_generic(head) or len(head) < 2) and text[start - 1] in lx.STOP_CHARS_IN_BRANDS
                           or text[start - 1] == "和" and _trade_only(head)):
            wider = left_extend(text, start - 1, max(1, 26 - (s - start) - 1))
            if wider < start - 1:
                start, core = wider, text[wider:s]
        if 2 <= len(core) <= 2 + _generic(core) * 8 and start not in place_starts:
            # 徐州徐工挖掘机械有限公司: the walk stopped at 挖掘 and left the generic 机械; a name
            # that a place starts runs back to that place, over whatever stop words, but not
            # over a visit or what a team does (盐城经开区团走访机械有限公司 is no name)
            wide = _name_stretch_start(text, start, 26 - (s - start))
            anchor = min((p.start for p in places if wide <= p.start < start and p.end <= start), default=None)
            if anchor is not None and anchor == wide and not any(
                    w in text[anchor:start] for w in _NOT_INSIDE_COMPANY_NAMES):
                start, core = anchor, text[anchor:s]
        if start >= 3 and start not in place_starts and text[start - 1] not in _JOINERS and CJK.match(text[start - 1]):
            # 江苏都某农业科技有限公司: a stop word (都) right after the place the name starts with is
            # the brand's first character
            # (苏州七都光联通信…: a town's short name between them, whose 都 stopped the walk)
            place = next((p for p in places if (p.end == start - 1 or p.end == start - 2 and _is_town_name(text[p.end:start]))
                          and (p.start == 0 or not is_name_char(text[p.start - 1]) or text[p.start - 1] in _JOINERS
                               or text.endswith("企业", 0, p.start))), None)  # (县内企业江苏都某…)
            if place is None and text[start - 1] in _STOP_CHARS_INSIDE_BRANDS:
                # 江苏虾都某水产…, 江苏菊某本草生物…: one or two characters of the brand before the stop
                # character (都, 本 and 为 are no words there)
                place = next((p for p in places if 1 <= start - 1 - p.end <= 2
                              and all(CJK.match(ch) and ch not in _STOPWORD_SET for ch in text[p.end:start - 1])
                              and (p.start == 0 or not is_name_char(text[p.start - 1]) or text[p.start - 1] in _JOINERS
                                   or text.endswith(("企业", *_VERBS_BEFORE_FIRM), 0, p.start))), None)
            if place is not None:
                start, core = place.start, text[place.start:s]
        elif start >= 3 and text[start - 1] == "和" and s - start >= 4:
            # 与扬州和某锂电科技有限公司, 、镇江顺和酱园食品有限公司: 和 right after a city that opens the name
            # (after a joining word), or after the brand's first character, is part of the brand, not "and"
            place = next((p for p in places if (p.end == start - 1 or p.end == start - 2 and CJK.match(text[p.end])
                                                and text[p.end] not in _STOPWORD_SET)
                          and p.length == 2 and p.start >= 1 and _after_joiner_or_cell(text, p.start)), None)
            if place is not None:
                start, core = place.start, text[place.start:s]
        # 县内江苏某膜新材料有限公司, 本地灯企扬州某耀照明…: the name starts at the place after where it is
        # 沭阳县新河镇江苏某乡源园艺科技有限公司: places before 江苏 say where the firm is; a registered
        # name opens with 江苏
        k = core.find("江苏", 1)
        if k > 0 and places_cover(places, start, start + k):
            start, core = start + k, core[k:]
        elif "镇" in core or "乡" in core or "街道" in core:
            # 江都区大桥镇扬州某舟船舶装备有限公司: a town, then the name, which opens with its city
            q = max((p.start for p in places if start < p.start < s - 4 and text[p.start - 1] in "镇乡道"
                     and places_cover(places, start, p.start)), default=None)
            if q is not None:
                start, core = q, text[q:s]
            elif suffix.endswith(("公司", "集团")) and (town := next(
                    (p for p in places if p.start == start and p.text.endswith(("镇", "乡", "街道")) and s - p.end >= 4), None)):
                start, core = town.end, text[town.end:s]  # 锦丰镇苏港重工机械有限公司: where the firm is, then its name
        # (县内江苏…: the gazetteer reads 内江 there, so 江苏 counts as a place start of its own)
        local = max((q for q in range(start + 1, s - 4) if (q in place_starts or text.startswith(("江苏", "中国"), q))
                     and text.endswith(_LOCAL_BEFORE_FIRM, start, q)), default=None) if any(
            w in core for w in _LOCAL_BEFORE_FIRM) else None
        if local is not None:
            start, core = local, text[local:s]
        if (d := _FIRM_DESCRIPTOR_RE.match(core)) is not None and len(core) - d.end() >= (2 if d.end() > 2 else 4):
            start, core = start + d.end(), core[d.end():]  # 日资企业某某光学（苏州）有限公司: what kind of firm it is
        owner = max((core.rfind(w) + len(w) for w in ("子公司", "旗下") if w in core), default=-1)
        if owner > 0 and len(core) - owner >= 4:
            start, core = start + owner, core[owner:]  # 某某药业全资子公司泰兴某某医药化工有限公司: the subsidiary's name
        cut = max((k + 2 for k in occurrences(core, "企业") if start + k + 2 in place_starts), default=None)
        if cut is not None:  # 我区企业江苏某某有限公司, 本地企业江苏某某…: the name starts at its place
            start, core = start + cut, core[cut:]
        zone_end = max((p.start for p in places if start < p.start < s and text.endswith(lx.ZONE_SUFFIXES, start, p.start)),
                       default=None)
        if zone_end is not None:  # 东台经济开发区江苏某川精密轴承有限公司: the firm's name starts after the zone
            start, core = zone_end, text[zone_end:s]
        closing = _unopened_close(core)
        if closing is not None:  # 江宁开发区（以下简称某某）南京某屹…有限公司: the name starts after the bracket
            start, core = start + closing + 1, core[closing + 1:]
        joined = max((a.end + 1 for a in academic if start <= a.start and a.end < s and text[a.end] in _DASHES), default=None)
        if joined is not None:  # 东南大学—江苏某润…有限公司: a dash joins two names
            start, core = joined, text[joined:s]
        if _generic(core) or len(core) < 2 or core.endswith(_FOR_THE_COMPANY):
            continue  # (预计可为公司新增产值: for the company)
        if suffix.endswith("厂") and (start not in place_starts or text.endswith(("一家", "一个"), 0, start)
                                     or text[e:e + 1] in ("区", "房", "长", "家", "址", "商")):  # (…模具厂区内, 厂长)
            continue  # 不少小酒厂, 下游家具厂: works of a kind; a works' name opens with its place (扬州市某筝民族乐器厂)
        if suffix in _UNREGISTERED_SUFFIXES and text.endswith(("一家", "一个"), 0, start) and start not in place_starts:
            continue  # 我是草庙镇一家蔬菜种植合作社的负责人: a kind of co-operative, none named
        if suffix in _UNREGISTERED_SUFFIXES and (_COUNTED_KIND_RE.match(core) or _COUNT_BEFORE_RE.search(text, max(0, start - 4), start)
                                                 or "和" in core or "及" in core or _COUNT_AFTER_RE.match(text, e)):
            continue  # 40余家农机专业合作社, 86家养殖专业合作社, 农机企业和农机专业合作社: kinds counted, none named
        if suffix == "公司" and ("公司" in core or core.endswith(lx.ZONE_SUFFIXES) or places_cover(places, start, s)):
            continue  # 某某有限公司为公司…, 常州市武进区…开发区公司总部: a firm's text calling itself 公司, no name
        if suffix in ("公司", "集团") and (core.endswith(_COMING_TO_THE_FIRM) and not core.endswith("未来")
                                          or suffix == "公司" and core.endswith("子")):
            continue  # 某团来公司调研, 严某某介绍集团发展情况: a firm's own page calling itself 公司 or 集团
            # (集团控股子公司某某有限公司: the subsidiary, named next)
        if core.count("（") + core.count("(") > core.count("）") + core.count(")"):
            continue  # 江苏阳光集团有限公司（阳光集团）: the suffix ends a short form in brackets, not a name
        if suffix == "合伙企业" and text.startswith(("（有限合伙）", "(有限合伙)", "（普通合伙）", "(普通合伙)"), e):
            e += 6  # 南京某某创业投资合伙企业（有限合伙）: the partnership's kind is part of its registered name
        if start + 2 in place_starts and any(p.start == start + 2 and p.end < s and p.hits and all(
                h.code and "-" not in h.code for h in p.hits) for p in places) and _is_town_name(text[start:start + 2]):
            start += 2  # 在盛泽苏州某川…有限公司车间: the town where the firm is (盛泽镇), then its name, opening with its city
        out.append(Mention(start, e, text[start:e], "Enterprise", f"enterprise-suffix:{suffix}", 0.8))
    # short names (…新材, …药业) and where each would start; both passes below read them
    shorts = [(s, e, suffix, left_extend(text, s, 6))
              for s, e, suffix in _suffix_matches(text, lx.ENTERPRISE_SHORT_SUFFIXES)]
    academic_starts = {m.start for m in academic}
    for s, e, suffix, start in shorts:
        core = text[start:s]
        if not (2 <= len(core) <= 5) or _generic(core) or start in academic_starts or "（" in core or "(" in core:
            continue  # (东南大学能源与环境学院: a school, not the firm 东南大学能源)
        if start in place_starts and any(p.start == start and p.end < s and text[p.end - 1] in "县市区" for p in places):
            continue  # 金湖县石油机械、仪器仪表产业: a county's trade (a firm's short name drops its place)
        after = text[e:e + 1]
        before = text[start - 1:start] if start else ""
        # stand-alone only: a clause edge on both sides, or a list/cooperation context
        if after and after not in "、，,。；;与和等及）)”\n 在已就为":
            continue
        if before and before not in "、，,。；;：:“\"（(\n " and not any(
                text[:start].endswith(w) for w in ("走访", "拜访", "与", "和", "及", "如", "包括", "企业", "公司")):
            continue
        if lx.LIST_OF_TOPICS.match(text, e):
            continue  # 绿色船舶、智能船舶等方向: topics
        out.append(Mention(start, e, text[start:e], "Enterprise", f"enterprise-short:{suffix}", 0.55))
    # 华通动力、泰州船厂成功入选…: a short name listed right after a company is a company
    ends = {m.end for m in out}
    for s, e, suffix, start in shorts:
        if start >= 1 and text[start - 1] == "、" and (start - 1) in ends and 2 <= s - start <= 5 and not _generic(text[start:s]):
            out.append(Mention(start, e, text[start:e], "Enterprise", f"enterprise-listed:{suffix}", 0.55))
    out.extend(_trade_names_listed_with_firms(text, [m for m in out if m.rule.startswith("enterprise-suffix")],
                                              {m.start for m in out}, known))
    return out


# a short name's edges in a list of firms: a separator, a clause edge or a visiting verb before it
_LISTED_NAME_BEFORE = ("、", "和", "与", "及", "了", "访", "，", "：", ":")
_NOT_A_BRAND_START = ("我", "本", "该", "其", "各", "全", "多", "等")
_TRADE_LENGTHS = sorted({len(w) for w in lx.TRADE_WORDS}, reverse=True)


def _trade_at_end(name: str) -> str | None:
    """The longest trade word ``name`` ends with (锦某服饰: 服饰), if any."""
    return next((name[-n:] for n in _TRADE_LENGTHS if len(name) > n and name[-n:] in lx.TRADE_WORDS), None)


def _trade_names_listed_with_firms(text: str, firms: list[Mention], taken: set[int],
                                   known: list[Mention]) -> list[Mention]:
    """走访了锦某服饰、秋某服饰和常熟市某某制衣有限公司: a brand and a trade (服饰, 茶业), listed beside a
    registered firm, is a firm's short name too."""
    out = []
    starts = {m.start for m in known}

    def brand(i: int, j: int) -> Mention | None:
        name = text[i:j]
        trade = _trade_at_end(name)
        if (trade is None or not 2 <= len(name) - len(trade) <= 3 or not all(CJK.match(ch) for ch in name)
                or _generic(name[:-len(trade)]) or _generic(name) or i in taken or i in starts
                or name.startswith(_NOT_A_BRAND_START)):
            return None
        return Mention(i, j, name, "Enterprise", f"enterprise-listed:{trade}", 0.5)

    for firm in firms:
        k = firm.start  # the names before it, back to the list's start
        while k >= 5 and text[k - 1] in "、和与及":
            i = j = k - 1
            while i > 0 and j - i < 8 and text[i - 1] not in "、和与及，,。；;：:了访\n（(“”":
                i -= 1
            m = brand(i, j) if i == 0 or text[i - 1] in _LISTED_NAME_BEFORE else None
            if m is None:
                break
            out.append(m)
            k = i
        k = firm.end  # the names after it (与 after a firm opens its partner: 与我校通信与…学院)
        while k + 4 < len(text) and text[k] in "、和及":
            i = j = k + 1
            while j < len(text) and j - i < 8 and text[j] not in "、和与及，,。；;：:等\n（(“”":
                j += 1
            m = brand(i, j) if j < len(text) and text[j] in "、和及，,。；;等" else None
            if m is None:
                break
            out.append(m)
            k = j
    return out


_LIST_END_RE = re.compile(
    r"等(?:为代表的)?(?:[\d一二三四五六七八九十百余多]+家)?(?:区内|本地|省内|市内|重点|骨干|大中型|龙头|科技型|高新技术|知名|优质|制造业|规上|一批|[\u4e00-\u9fff]{0,4}型|[\u4e00-\u9fff]{2,6}、)*(?:企业|公司|厂商)")
_LIST_SEP_RE = re.compile(r"[、和及与]")
# a whole list counted after its last name, with no 等: A、B两家本地企业, A、B、C三家园区企业
_COUNTED_LIST_END_RE = re.compile(r"(?<![等\d一二三四五六七八九十])(?P<n>[两二三四五六七八九]|[2-9])家(?:区内|本地|园区|镇内|县内|市内|重点|骨干|龙头|科技型|高新技术)?(?:企业|公司)")
_LIST_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# verbs before a list of the kinds of firm a place has gathered (集聚A、B等企业), not a list of names
_GATHERED_KINDS_BEFORE = ("集聚", "聚集", "汇聚", "集聚了", "聚集了", "汇聚了")
_VERB_IN_LIST_ITEM_RE = re.compile(r"(?:走访|调研|拜访|考察|参观|走进|深入|服务|帮助|协助|对接|带领|率领|带着|组织)了?")


# a count right after a list's 企业 (…等企业数十家, …等企业30余家): how many firms of those kinds there are
_KINDS_COUNTED_AFTER_RE = re.compile(r"(?:数十|数百|几十|上百|近百|百余|\d+余?)家")
_VISIT_VERB_RE = re.compile(r"走访|调研|拜访|考察|参观|走进|服务|帮助|协助|对接|推动|促成|牵线|组织")


def list_item_mentions(text: str) -> list[Mention]:
    """Items of X、Y、Z等(N家)(区内)企业 lists are enterprises."""
    out = []
    ends = [*_LIST_END_RE.finditer(text), *_COUNTED_LIST_END_RE.finditer(text)] if "家" in text else [
        *_LIST_END_RE.finditer(text)]
    for m in ends:
        counted = m.re is _COUNTED_LIST_END_RE
        end = m.start()
        seg_start = end
        while seg_start > 0 and text[seg_start - 1] not in "，,。；;：:！？!?\n（(“”）)":
            seg_start -= 1
        # only the last list of the clause: "…等乡镇板块以及蓝天新材、华宇新材等企业"
        for sep in ("以及", "等"):
            cut = text.rfind(sep, seg_start, end)
            if cut >= 0:
                seg_start = cut + len(sep)
        segment = text[seg_start:end]
        parts = _LIST_SEP_RE.split(segment)
        pos = seg_start
        spans = []
        for part in parts:
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        if len(spans) < 1:
            continue
        items = []
        for k, (s, e) in enumerate(spans):
            start = left_extend(text, e, 20, floor=s) if k == 0 else s
            if k > 0 and (verb := last_match(_VERB_IN_LIST_ITEM_RE, text, s, e)) is not None:
                # A、B的专家先后走访C、D等企业: the list starts after the verb; what came before is
                # another list (the experts' universities), no firm
                start = verb.end()
                items = [None] * len(items)
            if text.startswith(lx.LOCAL_CUES, start) and e - start > 6:
                start += 2  # 调研县内江苏某膜新材料有限公司、…等企业: where it is, not its name
                start += text.startswith("内", start)  # (走访辖区内南京某驰…有限公司)
            inside = max(text.rfind(w, start, e) for w in ("区内", "园内", "镇内", "县内", "市内", "港内"))
            if inside >= 0 and e - inside > 8:
                start = inside + 2  # 走访大丰港经济开发区内江苏某沐…有限公司等企业: the firm after where it is
            de = text.rfind("的", start, e)
            if de >= 0 and e - de > 6 and text.endswith(lx.ENTERPRISE_SUFFIXES, start, e):
                start = de + 1  # 扬中高新区的江苏某科储能装备有限公司: the firm after where it is
            if (kind := _FIRM_DESCRIPTOR_RE.match(text, start, e)) is not None and e - kind.end() >= 6:
                start = kind.end()  # 开发区企业南京某垣…有限公司、…: what kind of firm, then its name
            name = text[start:e].strip()
            ok = 2 <= len(name) <= 20 and not _generic(name) and not any(b in name for b in "（）()") and not (
                _ROLE_RE.fullmatch(name) or name in lx.MEMBER_ROLES) and not (  # (not 团长、…教授王磊…)
                name.endswith("分别")) and not (  # (南通大学、南京工程学院分别与A、B等6家企业: the partners' list, before 分别)
                name[0] in "位名个" and start > 0 and text[start - 1] in "0123456789一二两三四五六七八九十余多")  # (南工大6位专家与A等: people)
            items.append((start, e, name) if ok else None)
        # the list is the run of names that ends at 等: what comes before a part that is no name
        # is another clause's (X团团员、…副教授冯磊带领团队调研了A、B等12家企业: A and B only)
        if any(it is not None and _trade_only(it[2]) for it in items) or any(
                it is None and _trade_only(text[a:b].strip()) for it, (a, b) in zip(items, spans)):
            continue  # 面向汽车零部件、液压件、齿轮等企业: kinds of firm (one a trade's name alone), none named
        items = items[max((k for k, it in enumerate(items) if it is None), default=-1) + 1:]
        if items and text.endswith(_GATHERED_KINDS_BEFORE, 0, items[0][0]):
            continue  # 全区已集聚风电整机、叶片、塔筒等企业30余家: the kinds of firm a place has, none named
        if items and not counted and _KINDS_COUNTED_AFTER_RE.match(text, m.end()) and not any(
                text.endswith(lx.ENTERPRISE_SUFFIXES, 0, e) for _, e, _ in items) and not _VISIT_VERB_RE.search(
                text, seg_start, items[0][0]):
            continue  # 四向穿梭车、堆垛机、立体库系统集成等企业数十家: kinds of firm, counted, none named
        if counted and (len(items) != _LIST_COUNTS.get(m.group("n"), int(m.group("n")) if m.group("n").isdigit() else 0)
                        or "与" in text[items[0][0]:end]):
            continue  # (A和B两家企业 names them all; a count that does not fit the names, or 与, is no such list)
        out += [Mention(start, e, name, "Enterprise", "enterprise-list", 0.6) for start, e, name in items]
    return out


_NOT_IN_PLATFORM_NAME = ("合作建设", "共同建设", "联合建设", "合作共建", "共同打造",
                         "常驻", "进驻", "入驻", "派驻",  # (…副教授许某常驻工作站: a person, stationed at it)
                         "用好", "发挥好", "依托",  # (要用好南通市科技成果转化服务中心: the centre)
                         "带着", "带领",  # (她带着某大学某实验室的团队: the lab)
                         "作为", "成为")  # (某创新中心也将作为服务平台: the centre, then what it serves as)
# a scheme's slogan before a platform's kind: “一镇一实验室”, 一企一中心
_SLOGAN_RE = re.compile(r"[“\"]?[一两二三四五六七八九十][\u4e00-\u9fff][一两二三四五六七八九十]")  # (一镇一, 两城一)
# a preposition after a firm's name, before a platform's kind: the firm acts through the platform
_PREPOSITIONS_AFTER_FIRM = ("经", "通过", "借助", "依托", "在", "与", "向", "由")
_BODY_KIND_WORDS = ("新型研发机构", "研发机构", "创新平台", "科创平台", "公共服务平台")
_BUILD_VERBS = ("建设", "建立", "设立", "筹建", "新建", "组建", "打造", "成立")
_BUILDER_THEN_VERB_RE = re.compile(r"(?:学院|大学|研究院|研究所|公司)(?:" + "|".join(_BUILD_VERBS) + ")")
_VENUES = ("行政中心", "政务中心", "政务服务中心", "市民中心", "会展中心", "会议中心", "文化中心", "体育中心", "活动中心",
           "党群服务中心", "新时代文明实践中心", "便民服务中心",
           "融媒体中心", "新闻中心", "传媒中心",  # (a district's newsroom, the page's publisher: no platform)
           "生产基地", "总装基地", "制造基地", "装配基地", "仓储基地", "物流基地",  # (某公司某产品生产基地项目: a plant)
           "公共资源交易中心",  # (where public tenders are opened: a government office)
           "展览中心", "博览中心")  # (扬州国际展览中心: where a fair is held)
_BRACKETED_ITEM_MARK_RE = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]")
_ITEM_MARK_RE = re.compile(r"[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．]")
_DESIGNATION_PREFIX_RE = re.compile(r"^(?:江苏省|江苏|国家级?|省级?|市级?|[\u4e00-\u9fff]{2,3}?市级?)")  # (南通市工程技术研究中心, 盐城市级…)
_RANK_WORDS = ("省级", "市级", "区级", "县级", "国家级", "一", "各类", "各级", "高端", "新型", "重点", "相关")


def _after_platform_cue(text: str, pos: int) -> int | None:
    """Start of a name right after 共建/成立/揭牌… within 32 characters before ``pos``, if any
    (长三角（如皋高新区）新能源与储能产业技术创新联合体 is 26)."""
    lo = max(0, pos - 32)
    window = text[lo:pos]
    best = None
    for cue in lx.PLATFORM_CUES:
        k = window.rfind(cue)
        if k >= 0 and (best is None or lo + k + len(cue) > best):
            best = lo + k + len(cue)
    if best is not None and text.startswith(("了", "的"), best) and best < pos:
        best += 1  # 建立了…基地, 共建的…中心: the particle is no part of the name
    if best is None or any(not is_name_char(ch) for ch in text[best:pos]):
        return None
    return best


def _built_by_academy(name: str) -> bool:
    """Whether an academy's 研究院 named by the academy's short form is a platform it built with a place
    (江苏省农科院某河花木产业研究院), not one of its own institutes (…研究所, 中科院…研究院)."""
    return name.endswith("研究院") and name.startswith(tuple(lx.ACADEMY_SHORTS)) and not name.startswith("中科院")


# 省农科院相关研究所, 江苏省产业技术研究院下属专业研究所: which institute, it does not say
_NOT_AN_INSTITUTE_AFTER_ACADEMY = ("相关", "有关", "下属", "各", "所属")
_ACADEMY_INSTITUTE_RE = re.compile("(?:" + "|".join(lx.ACADEMIES) + ")(?!" + "|".join(_NOT_AN_INSTITUTE_AFTER_ACADEMY) + r")"
                                   r"[\u4e00-\u9fff]{2,18}?(?:研究所|研究院)"
                                   r"(?![\u4e00-\u9fff]{0,2}(?:有限|公司))")
_MINISTRY_INSTITUTE_RE = re.compile("(?:" + "|".join(sorted(lx.MINISTRIES, key=len, reverse=True)) + r")+"
                                    r"[\u4e00-\u9fff]{2,14}?(?:研究所|研究院)(?![\u4e00-\u9fff]{0,2}(?:有限|公司))")
_MINISTRY_NAME_RE = re.compile("|".join(sorted(lx.MINISTRIES, key=len, reverse=True)))
_NOT_IN_INSTITUTE_NAME_RE = re.compile(r"专家|院士|教授|研究员|团队|来到|走进|参观|考察|调研|赴|在|的|和|到|对接|合作|签|共建|联合|成立|建设|设立")
# 南京财经大学粮食和物资学院: a school's name may join two words with 和 (not two schools: 食品学院和生物工程学院)
_UNIT_WITH_AND_RE = re.compile(r"(?:(?!学院|大学|院|所|校)[\u4e00-\u9fff]){2,6}和(?:(?!学院|大学|院|所|校)[\u4e00-\u9fff]){2,6}")
_NOT_IN_UNIT_NAME_RE = re.compile(r"教授|研究员|讲师|博士|院长|主任|书记|带领|组织|团队|共建|联建|建设|成立|设立|筹建|^(?:有关|相关|各|多个|部分|若干)")  # (与某大学共建产业学院)
_CAMPUS_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?校区")
_EMPLOYER_INSTITUTES = ("研究院", "研究所", "研究中心", "实验室")
# researchers' titles: their institute is part of the university (a director, 院长/主任, may
# equally run a platform the university co-built, 南工大先进材料研究院院长)
_ACADEMIC_ROLE_RE = re.compile(r"副?(?:研究员|教授)|博士后|讲师|助理研究员|助理教授|特聘(?:教授|研究员)|(?:高级)?实验师|(?:高级|正高级)?工程师")


# a research group after an institute's name: 团队, 课题组, 专家团队
_RESEARCH_GROUP_RE = re.compile(r"(?:专家|科研|研发|技术)?团队|课题组")

_HOME_UNIT_ROLE_RE = re.compile(_ACADEMIC_ROLE_RE.pattern + r"|副?院长|副?主任|党委书记|博士|老师")
# 机电学院陆某挂任…, 某大学某学院祁某挂职…: a name right after a body, taking up a post
# (…学院周某然作为盱眙县科技镇长团成员: joining a team is taking up its post)
_BODY_THEN_NAME_RE = re.compile(r"(?:大学|学院|学部|研究所|研究院)的([\u4e00-\u9fff]{2,3}?)(?=挂任|挂职|担任|出任|时任|曾任)")
_ITEM_TAKES_POST_RE = re.compile(r"(?<=[：:；;])([\u4e00-\u9fff]{2,3}?)(?=挂任|挂职)")
_POSTS_LISTED_RE = re.compile(r"挂职岗位[：:]|(?:岗位|分工|安排)如下[：:]")
_NAME_TAKES_POST_RE = re.compile(r"(?:学院|学部|大学|研究所|研究院)([\u4e00-\u9fff]{2,3}?)"
                                 r"(?=挂任|挂职|作为[\u4e00-\u9fff]{0,14}?镇长团(?:成员|团员|团长|副团长))")


_COLLEGE_SUFFIXES = ("职业技术学院", "职业学院", "高等专科学校", "技师学院", "职业技术大学")


def college_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Colleges the gazetteer lacks (former names, new ones): a name that starts with a place and
    ends in 职业技术学院, 职业学院, 高等专科学校 … (淮安信息职业技术学院, since renamed)."""
    places = {m.start: m for m in known if m.cls == "Locality"}
    named = [m for m in known if m.cls in ("University", "ResearchInstitute", "Enterprise")]
    out = []
    for s, e, suffix in _suffix_matches(text, _COLLEGE_SUFFIXES):
        start = left_extend(text, s, 12)
        place = places.get(start)
        if place is None or s - place.end > 8 or any(m.start < e and start < m.end for m in named):
            continue  # (a college the gazetteer knows; a name that does not start with its place)
        out.append(Mention(start, e, text[start:e], "University", f"college-suffix:{suffix}", 0.7))
    return out


_VERBS_BEFORE_PARTY = ("牵线", "推动", "促成", "协助", "帮助", "组织", "推进", "联系", "对接", "邀请", "引导", "支持")


def _clause_end_at(text: str, pos: int, limit: int) -> int:
    """Where the clause at ``pos`` ends (its next punctuation mark), at most at ``limit``."""
    end = pos
    while end < min(limit, len(text)) and text[end] not in "，,。；;：:！？!?\n":
        end += 1
    return end


_LIST_MARKER_RE = re.compile(r"(?:[一二三四五六七八九十]是|首先|其次|再次|最后|此外|另外|其中|同时)")


_SELF_SCHOOL_WORDS = ("我校", "本校", "学校")
# 挂任某县科技局副局长的化工学院副教授某某: a post and 的, then the member's school named bare
_POST_THEN_DE_RE = re.compile(r"(?:[长任记]|委员|干部)的$")
_BEFORE_HOME_UNIT = (*_SELF_SCHOOL_WORDS, "是", "由")  # (某某是材料学院副教授: the person, then the school; 项目由石油化工学院
# 副教授某某负责: who leads it)
# 学校 as a university's own news calls itself (学校共选派…, 与学校某某学院签订…), not a kind of
# school (高等学校, 职业学校) or one school among several (各学校)
_SCHOOL_AS_SELF_RE = re.compile(r"(?<!高等)(?<!职业)(?<!技工)(?<!中等)(?<!专科)(?<![中小该各这党])学校")


def _member_takes_post_at(text: str, pos: int) -> bool:
    """Whether a person's name starts at ``pos`` and a post is taken right after it (陆某挂任…)."""
    m = _NAME_TAKES_POST_RE.match(text, max(0, pos - 2))
    return m is not None and m.start(1) == pos and _given_name_end(text, pos) == m.end(1)


_CELL_ENDS = ("｜", "|", "\t", " ", "\u3000", "\n")
_BARS = ("｜", "|", "\t")


def _fills_cell(text: str, start: int, end: int, breaks: frozenset[int]) -> bool:
    """Whether ``text[start:end]`` is a whole table cell (between bars or tabs, or a compacted text's gaps)
    or a label's whole value (after its colon, up to a space or the line's end)."""
    opens = text[start - 1:start]
    if opens in ("：", ":"):
        return True
    if opens == " ":  # (| 园艺学院 |: a cell padded with spaces)
        k = start - 1
        while k > 0 and text[k - 1] == " ":
            k -= 1
        opens = text[k - 1:k] if text[k - 1:k] in _BARS else opens
    k = end
    while text[k:k + 1] == " ":
        k += 1
    closes_cell = text[k:k + 1] in (*_BARS, "\n", "") or end in breaks  # (a row's last cell: up to its line's end)
    return (opens in _BARS or start in breaks) and (closes_cell or opens not in _BARS)


# a table's header line, before a cell: its first columns
_HEADER_LINE_RE = re.compile(r"序号|姓名")


def _listed_name_ends(text: str, k: int) -> bool:
    """Whether ``text[k]`` is a 和 or 与 after a name that a 、 lists (韦某、邵某和材料学院…): the list's last join."""
    return text[k:k + 1] in ("和", "与") and any(
        text[j - 1:j] == "、" and _given_name_end(text, j) == k for j in (k - 2, k - 3))


def home_unit_mentions(text: str, known: list[Mention], home: GazHit) -> list[Mention]:
    """机械电子工程学院副教授赵磊, 我校化学工程学院讲师…: in a university's own news, a school
    named bare, before someone's title, is that university's (its name is the university's and
    the school's; the university stands at the school's start, as a mention of no characters)."""
    names = [m for m in known if m.cls in ("University", "ResearchInstitute", "AcademicUnit", "Enterprise", "Platform")]
    partner_starts = {m.start for m in names}
    breaks = _COLUMN_BREAKS.get()  # (where a compacted text's spaces were: 工程学院　推荐人 is 工程学院推荐人 here)
    out = []
    for s, e, suffix in _suffix_matches(text, lx.UNIT_SUFFIXES):
        # 材料学院副教授…, and a school as a party: ；林学院与江苏某某有限公司签订… (a named partner after 与)
        party = suffix == "学院" and text[e:e + 1] in ("与", "和", "同") and any(
            k in partner_starts for k in range(e + 1, _clause_end_at(text, e + 1, e + 20)))
        titled = bool(_HOME_UNIT_ROLE_RE.match(text, e)) or _member_takes_post_at(text, e)
        # (…｜化学工程学院｜…, 合作学院：通信与信息工程学院　推荐人…: a cell or a label's value holds the school alone)
        cell = (text[e:e + 1] in _CELL_ENDS or e == len(text) or e in breaks) and s > 0
        if not titled and not party and not cell:
            continue  # (机电学院陆某挂任泗洪县副县长: a member named right after the school is one too)
        start = s
        while start > 0 and s - start < 12 and CJK.match(text[start - 1]) and not text.endswith(_BEFORE_HOME_UNIT, 0, start) \
                and not (party and text.endswith(_VERBS_BEFORE_PARTY, 0, start)) and not _POST_THEN_DE_RE.search(text, 0, start) \
                and start not in breaks and not _listed_name_ends(text, start - 1):
            # (1　祁某舒　机械工程学院: a compacted table's cell starts at its gap; 韦某、邵某和材料学院讲师欧阳某: a
            # name and 和 come before the school)
            start -= 1  # (a party's name also starts after a verb: 卜某牵线通信与信息工程学院与…)
        if cell and not titled and not party and not _fills_cell(text, start, e, breaks):
            continue  # (the cell holds more than the school's name)
        if cell and not titled and not party and _HEADER_LINE_RE.search(text, text.rfind("\n", 0, start) + 1, start):
            continue  # (序号｜姓名｜企业职务｜受聘学院: a header's cell, no school)
        if s - start < (1 if party or cell else 2) or (
                start > 0 and CJK.match(text[start - 1]) and not text.endswith(_BEFORE_HOME_UNIT, 0, start)
                and start not in breaks
                and not (party and text.endswith(_VERBS_BEFORE_PARTY, 0, start)) and not _POST_THEN_DE_RE.search(text, 0, start)):
            continue  # no clause edge (or 我校) before it: part of a longer phrase
        if "所在" in text[start:s] or "派出" in text[start:s]:
            continue  # (挂职干部所在学院党委书记: whichever school each one is from; a header's 团员及派出学院)
        if any(m.start < e and start < m.end for m in names):
            continue  # (南京工程学院副教授: a university; 东南大学…学院: named with its university)
        if (marker := _LIST_MARKER_RE.match(text, start, s)) is not None:
            start = marker.end()  # 一是园艺学院与…合作的项目: the point of a list, not the school's name
        uni = Mention(start, start, "", "University", "home", 0.7, (home,))
        out.append(Mention(start, e, text[start:e], "AcademicUnit", f"unit-home:{suffix}", 0.7, info={"university": uni}))
    return out


# a letter's addressee line, on its own under the title (南京理工大学党委组织部：)
_ADDRESSEE_LINE_RE = re.compile(r"(?m)^[ \u3000]*[^\n：:，。]{4,30}[：:][ \u3000]*$")
_YOUR_SCHOOL_UNIT_RE = re.compile(r"贵校([\u4e00-\u9fff]{2,12}?(?:学院|研究院|研究所|系))")


def addressee_unit_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """贵校化学与化工学院 in a letter to a university (南京理工大学党委组织部：…): that university's school (the
    university stands at the school's start, as a mention of no characters)."""
    universities = [m for m in known if m.cls == "University" and m.hits]
    line = _ADDRESSEE_LINE_RE.search(text)
    uni = next((m for m in universities if line is not None and line.start() <= m.start < line.end()),
               universities[0] if universities else None)
    if uni is None:
        return []
    out = []
    for m in _YOUR_SCHOOL_UNIT_RE.finditer(text):
        home = Mention(m.start(1), m.start(1), "", "University", "home", 0.7, uni.hits[:1])
        out.append(Mention(m.start(1), m.end(1), m.group(1), "AcademicUnit", "unit-addressee", 0.7, info={"university": home}))
    return out


# designated labs and centres whose names join two subjects: 流体动力与机电系统国家重点实验室
_DESIGNATED_LAB_RE = re.compile(r"(?:国家|省|部)?(?:重点实验室|工程(?:技术)?研究中心)$")


def _joined_lab_start(text: str, start: int, s: int, e: int, anchors: list[Mention]) -> int:
    """浙江大学流体动力与机电系统国家重点实验室: a designated lab's name holds 与, 和 or 及
    between two subjects; it starts at the university or institute named right before them.
    ``start`` is where the name would begin otherwise (after the joining word)."""
    if start < 3 or text[start - 1] not in "与和及" or not _DESIGNATED_LAB_RE.search(text, s, e) or (
            any(start <= a.start and a.end <= s for a in anchors)):
        return start
    host = max((a for a in anchors if a.cls in ("University", "ResearchInstitute") and a.end <= start - 3),
               key=lambda a: a.end, default=None)
    if host is None:
        return start
    middle = text[host.end:start - 1]
    if not 2 <= len(middle) <= 12 or not all(CJK.match(ch) for ch in middle) or (
            _NOT_IN_INSTITUTE_NAME_RE.search(middle) or _NOT_IN_INSTITUTE_NAME_RE.search(text, start, s)):
        return start  # (东南大学与某某公司共建的重点实验室: two parties, not one name)
    return host.start


_MANY_AFTER_KIND = ("多", "众多", "较多", "林立", "遍布", "密集")


def _short_inside_word(text: str, a: Mention, anchors: list[Mention]) -> bool:
    """A two-character short form inside other words of a name (山大 in 某羊山大蒜科技小院, where 某羊山 is a town): no
    university; but one right after a place's name (丹阳江大…研究院) or opening the name is."""
    return (a.length <= 2 and a.cls in ("University", "ResearchInstitute") and bool(a.hits)
            and all(h.short for h in a.hits) and a.start > 0 and bool(CJK.match(text[a.start - 1]))
            and text[a.end:a.end + 1] not in lx.SHORT_NAME_FOLLOWERS
            and not any(b.end == a.start and b.cls in ("Locality", "University", "ResearchInstitute") for b in anchors))


_AFFILIATED_HOSPITAL_RE = re.compile(r"(?:第[一二三四五六七八九十]附属|附属)[\u4e00-\u9fff]{0,8}?医院")
_HOSPITAL_SHORTS = {"附院": "附属医院", "附一院": "附属第一医院", "附二院": "附属第二医院", "附三院": "附属第三医院",
                    "一附院": "第一附属医院", "二附院": "第二附属医院", "三附院": "第三附属医院"}
_HOSPITAL_SHORT_RE = re.compile("|".join(sorted(_HOSPITAL_SHORTS, key=len, reverse=True)))
_PUBLIC_HOSPITAL_RE = re.compile(r"(?:第[一二三四五六七八九十]+)?(?:人民医院|中医医院|中医院|中心医院|中西医结合医院|妇幼保健院)")


def _campus_in_a_city(core: str) -> bool:
    """Whether a campus's name (常州 of 河海大学常州校区, 张家港) is a city's: a campus away from the university's
    seat, which writers give as one of its units (not 仙林, 九龙湖, 鼓楼: quarters of the university's city)."""
    return any(s == 0 and e == len(core) and any(h.cls == "Locality" and h.name.endswith("市") for h in hs)
               for s, e, hs in find_gazetteer_names(core))


def _names_a_city(m: Mention) -> bool:
    """Whether the place mention ``m`` names a prefecture-level city (无锡, 苏州), not a county or a town."""
    divisions = gazetteer.divisions()
    return any(h.code and (d := divisions.by_code.get(h.code)) is not None and d.level == "city" for h in m.hits)


def unit_and_platform_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Schools of a university (…大学…学院/系) and innovation platforms (…研究院, …分中心, …基地)."""
    anchors = [m for m in known if m.cls in ("University", "ResearchInstitute", "Locality", "Enterprise")]
    universities = [u for u in anchors if u.cls == "University"]
    out = []
    for s, e, suffix in _suffix_matches(text, lx.UNIT_SUFFIXES):
        if suffix == "系" and (text[e:e + 1] in ("统", "列", "数") or text[s - 1:s] in ("关", "体", "联", "维", "派")):
            continue  # 储能系统, 系列, 建立联合研发关系, 服务体系: no department
        unis = sorted((u for u in universities if u.end <= s and s - u.end <= 12), key=lambda u: -u.end)
        for u in unis[:1]:
            middle = text[u.end:s]
            crosses = any(u.end <= a.start < s and not (a.cls == "Locality" and suffix == "校友会") and not (
                a.cls == "Locality" and a.start == u.end and suffix == "学院" and s - a.end >= 2
                and _names_a_city(a) and not text.endswith("产业", 0, s)) for a in anchors)
            # (某大学南通校友会: a chapter in a city; 南京农业大学无锡渔业学院: a school named after the city it is in)
            if (1 <= len(middle) or suffix in lx.UNNAMED_UNIT_SUFFIXES) and not crosses and all(
                    is_name_char(ch) for ch in middle) and not any(
                    w in middle for w in ("的", "党委", "签", "合作", "等")) and not _NOT_IN_UNIT_NAME_RE.search(
                    middle) and ("和" not in middle or _UNIT_WITH_AND_RE.fullmatch(middle)):
                # (…能源学院等5个学院; 中国矿业大学副教授刘晨带领学院专家: no name; 粮食和物资学院: one name)
                out.append(Mention(u.start, e, text[u.start:e], "AcademicUnit", f"unit-suffix:{suffix}", 0.8,
                                   info={"university": u}))
    # 徐州医科大学附属医院, 南京医科大学附属常州第二人民医院: a university's hospital is one of its units, and so is
    # 徐医附院 or 南医大二附院, named by the university's short form (its full name spelt out)
    for u in universities:
        if (h := _AFFILIATED_HOSPITAL_RE.match(text, u.end)) is not None:
            out.append(Mention(u.start, h.end(), text[u.start:h.end()], "AcademicUnit", "unit-hospital", 0.8,
                               info={"university": u}))
        elif (h := _HOSPITAL_SHORT_RE.match(text, u.end)) is not None:
            out.append(Mention(u.start, h.end(), text[u.start:h.end()], "AcademicUnit", "unit-hospital", 0.75,
                               info={"university": u, "school": _HOSPITAL_SHORTS[h.group()]}))
    # 睢宁县人民医院, 连云港市第一人民医院: a public hospital, an organisation of its own (as writers type it)
    for p in anchors:
        if p.cls == "Locality" and (h := _PUBLIC_HOSPITAL_RE.match(text, p.end)) is not None:
            out.append(Mention(p.start, h.end(), text[p.start:h.end()], "ResearchInstitute", "hospital", 0.7))
    # 苏州大学功能纳米与软物质研究院副研究员李明辉: an institute of the university that employs
    # someone is one of its units, not a platform
    units = {(m.start, m.end) for m in out}
    for s, e, suffix in _suffix_matches(text, _EMPLOYER_INSTITUTES):
        staff = _ACADEMIC_ROLE_RE.match(text, e) is not None
        if not staff and not _RESEARCH_GROUP_RE.match(text, e) and suffix != "研究所":
            continue  # (a university's 研究所 is one of its units: 某工业大学纺织机械与某某技术研究所)
        u = max((u for u in universities if u.end < s and s - u.end <= 14), key=lambda u: u.end, default=None)
        if u is None or (u.start, e) in units or any(u.end <= a.start < s for a in anchors):
            continue
        if not staff and not (u.hits and not u.hits[0].short):
            continue  # (苏州大学某研究院团队揭得某榜单: its research group; 扬大某研究院专家团队: a platform's short name)
        middle = text[u.end:s]
        if all(is_name_char(ch) for ch in middle) and not any(w in middle for w in ("的", "党委", "签", "合作", "和")) and not (
                suffix == "研究所" and _NOT_IN_UNIT_NAME_RE.search(middle)):  # (南京工业大学共建某研究所: a platform)
            out.append(Mention(u.start, e, text[u.start:e], "AcademicUnit", f"unit-employer:{suffix}", 0.75,
                               info={"university": u}))
    # 东南大学四牌楼校区, 南京大学仙林校区: a campus, where the university itself is (no school of it;
    # the place that names it is no place of the article)
    for u in universities:
        campus = _CAMPUS_RE.match(text, u.end)
        if campus is not None and u.hits and _campus_in_a_city(campus.group()[:-2]):
            out.append(Mention(u.start, campus.end(), text[u.start:campus.end()], "AcademicUnit", "unit-campus", 0.8,
                               info={"university": u}))  # (河海大学常州校区: a campus in a city of its own, a unit)
        elif campus is not None and u.hits:
            out.append(Mention(u.start, campus.end(), text[u.start:campus.end()], "University", "university-campus", 0.8,
                               u.hits))
    # 在华东理工大学，…与该校材料科学与工程学院…: the school of the university named last before
    # 该校 (that university stands where 该校 ends, as a mention of no characters)
    for s, e, suffix in _suffix_matches(text, lx.UNIT_SUFFIXES):
        start = s
        while start > 0 and s - start < 12 and is_name_char(text[start - 1]) and not text.endswith("该校", 0, start):
            start -= 1
        if s - start < 2 or not text.endswith("该校", 0, start):
            continue
        u = max((u for u in universities if u.end <= start - 2 and u.hits), key=lambda u: u.end, default=None)
        if u is not None and start - u.end <= 150:  # (the mention takes 该校 in: the school is the party)
            uni = Mention(start, start, "", "University", "this-school", 0.7, u.hits)
            out.append(Mention(start - 2, e, text[start - 2:e], "AcademicUnit", "this-school", 0.7,
                               info={"university": uni}))
    # 江苏省产业技术研究院先进金属材料及应用技术研究所: an academy's institute, whatever words
    # (及, 与) its name holds between the academy and 研究所; 交通运输部水运科学研究院: a ministry's
    for a in (*_ACADEMY_INSTITUTE_RE.finditer(text), *_MINISTRY_INSTITUTE_RE.finditer(text)):
        own = a.group()[len(m.group()):] if (m := _MINISTRY_NAME_RE.match(a.group())) is not None else a.group()
        if not _NOT_IN_INSTITUTE_NAME_RE.search(own) and not any(  # (中科院专家来到…研究院: no name; 国家粮食和物资储备局…: the ministry's 和)
                a.start() < m.start < a.end() and text[m.start - 1] in "与及" for m in anchors):
            # (江苏省农业科学院与溧阳市某某研究所: two names, the second opening with a place)
            if _built_by_academy(a.group()):
                continue
            rule = "ministry-institute" if a.group().startswith(lx.MINISTRIES) else "academy-institute"
            out.append(Mention(a.start(), a.end(), a.group(), "ResearchInstitute", rule, 0.75))
    taken = {(m.start, m.end) for m in out}
    academic = [a for a in anchors if a.cls in ("ResearchInstitute", "University")]
    spaced = "\u3000" in text or "\t" in text or "  " in text
    verbs_in_text = [w for w in _NOT_IN_PLATFORM_NAME if w in text]
    for s, e, suffix in _suffix_matches(text, lx.PLATFORM_SUFFIXES):
        start = anchored_start(text, s, anchors, 30)
        start = _joined_lab_start(text, start, s, e, anchors)
        if text.startswith(_MANY_AFTER_KIND, e):
            continue  # 颜集镇花木基地多: how many bases a place has, no one's name
        if text[start - 1:start] in _DASHES and start >= 3:  # 恒某—江南大学食品装备材料联合实验室: both names
            brand = left_extend(text, start - 1, 8)
            if 2 <= start - 1 - brand <= 8 and all(CJK.match(ch) for ch in text[brand:start - 1]) and not text.endswith(
                    ("机构", "平台", "载体", "项目", "组织"), brand, start - 1):
                start = brand  # (not 新型研发机构——X研究院: what kind of body X is)
        dash = next((k for k in range(start + 2, s) if text[k] in _DASHES), -1)
        if dash > 0 and text.endswith(_BODY_KINDS, start, dash):
            while text[dash] in _DASHES:
                dash += 1
            start = dash  # 新型研发机构——丹阳江某视觉健康产业研究院: what kind of body it is, then its name
        if text[e:e + 1] in _DASHES and text.endswith(_BODY_KINDS, start, e):
            continue  # (…领域新型研发机构——X: the kind, not a name)
        unit = next((u for u in out if u.cls == "AcademicUnit" and u.start < start < u.end <= s), None)
        if unit is not None:  # 苏州大学计算机科学与技术学院沭阳研究生实践基地: the school's 与 is inside its name
            start = unit.start
        quote_start = _quote_start(text, s, e)
        if quote_start is not None and quote_start < start:
            start = quote_start
        if spaced:
            double = text.rfind("  ", start, s)
            gap = max(text.rfind("\u3000", start, s), text.rfind("\t", start, s), double + 1 if double >= 0 else -1)
            if gap >= start:
                start = gap + 1  # 江苏某某有限公司　中国科学院某研究所: a table's cells, two names
        if verbs_in_text:
            cut = max((k + len(w) for w in verbs_in_text for k in [text.rfind(w, start, s)] if k >= 0), default=None)
            if cut is not None:
                start = cut  # 与金湖县农业农村局合作建设白马湖…基地: the name starts after the verb
        firm_then = max((a.end + len(w) for a in anchors if a.cls == "Enterprise" and start <= a.start and a.end < s
                         for w in _PREPOSITIONS_AFTER_FIRM if text.startswith(w, a.end)), default=None)
        if firm_then is not None:
            start = firm_then  # 某某有限公司经工作站对接: the firm, then what it went through
        kind = next((k for k in _BODY_KIND_WORDS if text.startswith(k, start)), "")
        if kind and any(a.start == start + len(kind) for a in anchors):
            start += len(kind)  # 区内新型研发机构南京某枢智能制造研究院: what kind of body, then its name
        place = next((a for a in anchors if a.start == start and a.cls == "Locality"), None)
        verb = next((v for v in _BUILD_VERBS if text.startswith(v, place.end)), "") if place is not None else ""
        if verb and place.end + len(verb) < s:
            start = place.end + len(verb)  # 在某某街道建设实训基地: where it is built, then what
        elif (builder := _BUILDER_THEN_VERB_RE.search(text, start, s)) is not None and builder.end() < s:
            start = builder.end()  # 依托南工大材料学院建设丁蜀先进陶瓷中试平台: who builds it, then what
        if any(start < a.start < e <= a.end for a in academic):
            # …有限公司中国科学院南京某研究所: the suffix is inside a longer name the gazetteer knows;
            # 江苏某某有限公司　中国科学院某研究所 (a table's cells run together): the institute's own name
            continue
        while start < s and text[start] in "）)”\"’":
            start += 1  # 某研究所(以下简称"某所")仪征…转化中心: no name opens on a closing mark
        if text[start] in "（(":  # （图）苏州纳米所…中试平台: a caption's mark, no part of the name
            close = min((k for k in (text.find(ch, start, s) for ch in "）)") if k >= 0), default=-1)
            if 0 <= close - start <= 4:
                start = close + 1
        name = text[start:e]
        core = text[start:s]
        inside = [a for a in anchors if start <= a.start and a.end <= s and not (a.start > start and _short_inside_word(text, a, anchors))]
        quoted = _quoted(text, start, e)
        cue_start = _after_platform_cue(text, s)
        if not inside and cue_start is not None and cue_start < start and not any(
                text.find(w, cue_start, s) >= 0 for w in verbs_in_text):  # (共建的某中心也将作为服务平台: not back over 作为)
            # 共建智能电网联合研发中心, 共建先进纺织材料联合实验室: the name runs back to the cue,
            # over words (联合) a name does not otherwise run left across
            start, core, name = cue_start, text[cue_start:s], text[cue_start:e]
        # 11月6日，某某安全联合实验室在某园区揭牌: a platform unveiled, named by its topic alone
        unveiled = False
        if not inside and not quoted and cue_start is None and _UNVEILED_AFTER_RE.match(text, e) is not None:
            edge = next((k for k in (start, left_extend(text, s, 16, soft=False), _joined_topic_start(text, s, 24))
                         if k is not None and (k == 0 or text[k - 1] in _CLAUSE_EDGES_BEFORE_PLATFORM)), None)
            if edge is not None and (mark := _ITEM_MARK_RE.match(text, edge, s)) is not None:
                edge = mark.end()  # (（二）技术转移工作站揭牌: a heading's number, no part of a name)
            if edge is not None and s - edge >= 4 and not any(
                    edge <= a.start < s and not (a.start == edge and a.cls == "Locality") for a in anchors):
                # (a place may open the name: 扬州某某材料与器件中试平台在某园区揭牌)
                unveiled = True  # (over 联合, which stops a name otherwise)
                start, core, name = edge, text[edge:s], text[edge:e]
        if _FIRST_OF_ITS_KIND_RE.search(core):
            continue  # 扬州经开区首个钙钛矿光伏中试平台: what the place's first platform is, no name
        if _SLOGAN_RE.fullmatch(core):
            continue  # “一镇一实验室”, 一企一中心: a scheme's slogan (one lab per town), no platform
        if inside and text[max(a.end for a in inside):s] in _KIND_QUALIFIERS:
            continue  # 引进省产研院专业研究所等新型研发机构: a kind of the academy's institutes, none named
        if inside and not quoted and _BUILD_WITH_RE.fullmatch(text, max(a.end for a in inside), s):
            continue  # 想和盐城工学院合作建实验室: building one with the university, no name
        if _generic(core) or _generic(_DESIGNATION_PREFIX_RE.sub("", core), compose=False):
            continue  # (江苏省研究生工作站: a designation, not one station's name)
        lead = max((a.end for a in anchors if a.cls == "Locality" and a.start == start), default=start)
        if lead > start and not quoted and (text[lead:s] in _RANK_WORDS or (lead == s and suffix.startswith("新型"))):
            continue  # (入选镇江市新型研发机构培育名单: a city's designation, no one body's name)
        if name.endswith(_VENUES):
            continue  # 句容市行政中心, 市民中心: a building where things happen, no platform
        if "的" in core and not quoted:
            continue  # 共建面向产业的新型研发机构: a description, not a name
        # 共建省级…中心 and 共建新型研发中心 name none; 共建新型显示联合研发中心 does
        rank = next((r for r in _RANK_WORDS if core.startswith(r)), "")
        cued = (cue_start == start or unveiled) and (not rank or (rank in ("新型", "高端") and not _generic(core[len(rank):])))
        if not inside and not quoted and not cued and not (len(core) >= 4 and text.count(name) >= 2
                                                           and name not in lx.UNIVERSITY_OFFICES and _named_alone_again(text, name)):
            continue  # (but 汾湖电线电缆检验检测公共服务平台, in the title and again in the text: a name, written out twice)
        if suffix == "中心" and not quoted and not inside and not cued:
            continue
        if _COUNT_AFTER_NAME_RE.match(text, e):
            continue  # 申报江苏省研究生工作站18家: a kind of platform, counted, not one named
        if suffix == "科学院":
            if inside and not name.startswith(lx.ACADEMIES):  # 镇江市农业科学院: a research institute of its own
                out.append(Mention(start, e, name, "ResearchInstitute", "academy-local", 0.65))
            continue
        if name.endswith(("科学研究所", "科学研究院")) and len(name) >= 9 and not any(
                a.cls in ("University", "Enterprise") for a in inside):
            # 江苏里下河地区农业科学研究所: a public research institute (a platform is a university's or a firm's)
            out.append(Mention(start, e, name, "ResearchInstitute", "science-institute", 0.65))
            continue
        if name.endswith("生产力促进中心") and len(name) > 7:
            # 南通市生产力促进中心: one of the public technology-service institutions, an organisation
            out.append(Mention(start, e, name, "ResearchInstitute", "productivity-centre", 0.65))
            continue
        academy = next((a for a in lx.ACADEMIES if name.startswith(a)), None)
        if academy and name.startswith(_NOT_AN_INSTITUTE_AFTER_ACADEMY, len(academy)):
            continue  # (江苏省产业技术研究院下属专业研究所: which, it does not say)
        if academy and suffix in ("研究所", "研究院") and len(name) > len(academy) + len(suffix) and not _built_by_academy(name):
            out.append(Mention(start, e, name, "ResearchInstitute", "academy-institute", 0.75))
            continue
        if any(t0 <= start and e == t1 for t0, t1 in taken):
            continue  # the employer unit found above
        if any(a.cls == "University" and a.end == e - len(o) and text.startswith(o, a.end)
               for a in inside for o in lx.UNIVERSITY_OFFICES):
            continue  # 南京理工大学科学技术研究院: the university's research office
        out.append(Mention(start, e, name, "Platform", f"platform-suffix:{suffix}", 0.7 if inside else 0.6,
                           info={"inside": inside, "cued": cued}))
    return out


def _named_alone_again(text: str, name: str) -> bool:
    """Whether ``name`` opens a line or a clause at one of its occurrences (…的锡东智创孵化器, \n锡东智创孵化器2023年度…)."""
    return any(k == 0 or text[k - 1] in _CLAUSE_EDGES_BEFORE_PLATFORM or text[k - 1] in "的是，、“\"《"
               for k in occurrences(text, name))


_KIND_QUALIFIERS = frozenset({"专业", "下属", "旗下", "所属", "相关", "其他", "有关", "专门", "各", "各类"})
# 首个, 首家, 第一个 inside a stretch before a platform's suffix: a description (the place's first …)
_FIRST_OF_ITS_KIND_RE = re.compile(r"首[个家座批]|第一[个家座]")


def _joined_topic_start(text: str, pos: int, max_len: int) -> int | None:
    """Where a topic of two words joined by 与/和/及 (材料与器件) that ends at ``pos`` begins: the
    name characters and joining words back to the clause's edge, or None when the stretch holds
    no joining word or stops at anything else."""
    i, lo = pos, max(0, pos - max_len)
    while i > lo and (is_name_char(text[i - 1]) or text[i - 1] in "与和及"):
        i -= 1
    if i > lo and text[i - 1] not in _CLAUSE_EDGES_BEFORE_PLATFORM:
        return None
    joined = max(text.rfind(ch, i, pos) for ch in "与和及")
    if joined < 0 or pos - joined - 1 > 6 or _NOT_IN_TOPIC_RE.search(text, i, pos):
        return None  # (程某与邱某共同为研发中心揭牌: two persons and a verb, no topic)
    return i


_NOT_IN_TOPIC_RE = re.compile(r"共同|为|向|在|给|把|被|对")


_CLAUSE_EDGES_BEFORE_PLATFORM = frozenset("，,。：:\n】 \u3000")
# what is said of a platform when it opens: 揭牌, 在某地揭牌, 揭牌仪式, 由A与B共建
_UNVEILED_AFTER_RE = re.compile(r"(?:正式)?(?:揭牌|挂牌)|在[^，,。；;]{2,30}?(?:正式)?(?:揭牌|挂牌|成立)|由[^，,。；;]{2,40}?共建")


_ZONE_SUFFIX_RE = re.compile("|".join(re.escape(z) for z in lx.ZONE_SUFFIXES))
_VALLEY_RE = re.compile(r"[“\"]?([\u4e00-\u9fff]{2,8}(?:金谷|睿谷|硅谷|智谷|慧谷|科创谷))")
# 中国（南京）软件谷, 中国（江苏）自由贸易试验区, 中韩（盐城）产业园: a national or a Sino-foreign zone's name holds
# its city in brackets
_CHINA_BRACKET_ZONE_RE = re.compile(r"中(?:国|[德韩以日新英法意奥瑞芬荷丹挪俄澳加美泰马越欧])[（(][\u4e00-\u9fff]{2,4}[)）][\u4e00-\u9fff]{0,10}?(?:软件谷|医药城|声谷|光谷|药谷"
                                    r"|自由贸易试验区|自贸试验区|跨境电子商务综合试验区|" + "|".join(lx.ZONE_SUFFIXES) + ")")


# 是, 是全国知名的, 更是: what makes the words after it say what a place is
_IS_A_BEFORE_RE = re.compile(r"是(?:[^，,。；;“”]{0,12}的)?$")


_RANK_RE = re.compile(r"第[一二三四五六七八九十\d]+[名位]")


# what governs a park's word when no park is named (守着开发区, 一头连园区, 牵头梳理园区)
_VERB_BEFORE_ZONE = ("着", "进", "连", "梳理", "赋能", "盯紧", "入驻", "走进", "深入", "扎根", "服务", "专家", "跟",
                     "授权", "许可", "转让", "落户", "落地", "覆盖",  # (以独占许可方式授权开发区的…)
                     "借鉴", "学习", "参观", "考察", "对标", "对接", "走访", "支持", "助力", "推动", "带动", "帮助",
                     "协助")  # (射阳团将借鉴经开区团的经验)


# what follows a zone's name and no kind of area (徐圩新区管委会, 洋河新区第十六批科技镇长团)
_NAMED_ZONE_AFTER_RE = re.compile(r"管委会|管理委员会|党工委|第[一二三四五六七八九十\d]+批")


def _named_zone(text: str, name: str) -> bool:
    """Whether a short zone's name (徐圩新区) is a zone's anywhere in ``text``: its body or team follows it
    once (徐圩新区管委会), or it is named three times."""
    found = list(occurrences(text, name))
    return len(found) >= 3 or any(_NAMED_ZONE_AFTER_RE.match(text, k + len(name)) for k in found)


def zone_mentions(text: str, known: list[Mention], gaz: list[Mention] = ()) -> list[Mention]:
    """Named zones and parks (镇江高新区, 官塘创新社区, 滨江金融产业园) are localities.

    A zone name starts at a place name inside it (镇江高新区), or is quoted, or is
    a short name standing right after punctuation or a stop word.
    """
    places = [m for m in known if m.cls == "Locality"]
    gaz_place_starts = {g.start for g in gaz if g.cls == "Locality"}  # (all of them, overlapping ones too)
    zone_suffix = _ZONE_SUFFIX_RE
    out = []
    division_ends = {g.end for g in gaz if g.cls == "Locality" and g.hits and any(
        h.code and not h.short for h in g.hits)}
    for s, e, suffix in _suffix_matches(text, lx.ZONE_SUFFIXES):
        if e in division_ends and suffix in ("港区", "新区", "片区", "园区"):
            continue  # 泰州市高港区: the district 高港区, not a port zone named 泰州市高
        start = left_extend(text, s, 16)
        if (team_end := text.rfind("团", start, s)) >= 0:
            start = team_end + 1  # (昆山市第十五批科技镇长团高新区分团: no zone's name holds a team's)
        if (rank := _RANK_RE.match(text, start, s)) is not None:
            start = rank.end()  # (第三名 医药高新区（高港）团: a ranking's place, no part of a name)
        inner = [p for p in places if start <= p.start and p.end <= s
                 and not (p.hits and all(h.short and h.code and h.code.endswith("0000") for h in p.hits))]
        # (加快建设镇江苏南…示范区: the town 建设镇 runs into 镇江, the place the name starts with)
        inner = [p for p in inner if not (p.hits and all(h.code and "-" in h.code for h in p.hits)
                                          and (p.end - 1) in gaz_place_starts)]
        if inner:
            start = inner[-1].start if text[inner[-1].end:s] else inner[0].start
            start = min(p.start for p in inner if not zone_suffix.search(text[p.start:s][len(p.text):]) ) if any(
                not zone_suffix.search(text[p.end:s]) for p in inner) else inner[-1].start
            first = next((p for p in inner if p.start == start), None)
            while (first is not None and first.end + 2 <= s and first.text.endswith(("区", "县", "市")) and len(first.text) >= 3
                    and (first.end in gaz_place_starts or (2 <= s - first.end <= 4 and "产业" not in suffix and "农业" not in suffix
                                                         and all(CJK.match(ch) for ch in text[first.end:s])
                                                         and not any(h.cls == "Field" for _, _, hs in
                                                                     find_gazetteer_names(text[first.end:s]) for h in hs)
                                                         and not _generic(text[first.end:s])))):
                # 贾汪区徐州工业园区, 连云港市东海经济开发区, 玄武区徐庄软件园: a place's full name says where the
                # zone is (a zone's own name opens with a place's short name, if any); so do a city's and its
                # county's (南通市如皋市如皋经济技术开发区, 苏州市吴江区汾湖高新区)
                start = first.end
                first = next((p for p in inner if p.start == start and p.end < s), None)
        if inner and text.endswith("中国", 0, start) and start == inner[0].start:
            start -= 2  # 中国宜兴环保科技工业园: a national park's name opens with 中国
        opened = max(text.rfind("（", start, s), text.rfind("(", start, s))
        if opened >= 0 and max(text.rfind("）", opened, s), text.rfind(")", opened, s)) < 0:
            start = opened + 1  # 某某有限公司（高淳经济开发区）: the zone in a firm's bracket, not the firm's name
        core = text[start:s]
        if zone_suffix.search(core) or _generic(core) or len(core) < 2 or any(w in core for w in lx.NOT_IN_ZONE_NAME):
            continue
        if suffix == "集聚区" and (_IS_A_BEFORE_RE.search(text, max(0, start - 14), start) or "产业" in core):
            continue  # 戴南镇是全国闻名的不锈钢产业集聚区: what a place is, not a zone's name
        quoted = _quoted(text, start, e)
        if quoted and text.startswith(lx.ACTIVITY_WORDS, e + 1):
            continue  # “高校院所进园区”系列活动: an activity's name, not a park
        clean_left = start == 0 or not is_name_char(text[start - 1]) or _ends_with_stopword(text, start, 0, True)
        if not inner and not quoted and (len(core) > 10 or (len(core) > 6 and not clean_left)):
            continue
        if suffix in ("新城", "新区", "园区") and not quoted and len(core) < 3 and not (inner and inner[0].text == core) and not (
                suffix != "园区" and (clean_left or text[start - 1] == "团") and _named_zone(text, text[start:e])):
            continue  # (a place's 新区 is a zone: 镇江新区, 江北新区; so is 徐圩新区管委会, or one named three times)
        if core.startswith("原") and not inner and not quoted and len(core) <= 3:
            continue  # 原化工园区: a former park of a kind, no name
        if not inner and not quoted and (core.endswith(_VERB_BEFORE_ZONE) or core.startswith(("进", "去", "到", "们"))):
            continue  # 守着开发区, 每周进园区, 党建联盟赋能高新区: a verb and the word for a park, no name (我们镇工业园)
        out.append(Mention(start, e, text[start:e], "Locality", f"zone-suffix:{suffix}", 0.7 if inner or quoted else 0.6,
                           info={"zone": True}))
    # every valley suffix ends in 谷, which few articles contain: skip the costly scan without it
    for m in (_VALLEY_RE.finditer(text) if "谷" in text else ()):
        start = left_extend(text, m.end(1) - 2, 8, floor=m.start(1))
        if m.end(1) - start >= 4:
            out.append(Mention(start, m.end(1), text[start:m.end(1)], "Locality", "zone-valley", 0.6, info={"zone": True}))
    for m in (_CHINA_BRACKET_ZONE_RE.finditer(text) if "（" in text or "(" in text else ()):
        out.append(Mention(m.start(), m.end(), m.group(), "Locality", "zone-china-bracket", 0.75, info={"zone": True}))
    return out


_VILLAGE_AFTER_TOWN_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)村(?![民级委庄镇])")
_NOT_VILLAGE_CORES = ("新农", "美丽乡", "乡", "农", "各", "全", "本", "该", "每", "这", "那", "示范", "行政", "自然", "城中",
                      "其他", "其余", "周边", "相关")  # (推广到薛埠镇其他村)
# (and for a village named alone: words that end in 村 with no name before it: 驻村, 进村, 回村, 邻村)
_NOT_VILLAGE_ALONE = (*_NOT_VILLAGE_CORES, "驻", "进", "入", "回", "留", "邻", "周边", "山区", "村")  # (助力村村有…)


def village_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Villages named after their town or subdistrict (马坝镇龙山村, 石榴街道青湖村), and every later
    mention of the same name.

    Villages are too many for the gazetteer; the town before the name is what
    tells a village from any word ending in 村. ``info["town"]`` is that town.
    """
    if "村" not in text:
        return []
    divisions = gazetteer.divisions()
    out: list[Mention] = []
    seen: set[str] = set()
    for town in known:
        if town.cls != "Locality" or not (text[town.end - 1:town.end] in "镇乡" or text.endswith("街道", 0, town.end)) or not any(
                h.code and (d := divisions.by_code.get(h.code)) is not None and d.level in ("town", "subdistrict")
                for h in town.hits):
            continue
        m = _VILLAGE_AFTER_TOWN_RE.match(text, town.end)
        if m is None or any(w in m.group(1) for w in _NOT_VILLAGE_CORES):
            continue
        name = text[town.end:m.end()]
        if name in seen:
            continue
        seen.add(name)
        for k in occurrences(text, name):
            out.append(Mention(k, k + len(name), name, "Locality", "village-after-town", 0.7,
                               info={"village": True, "town": town}))
    # 西望村, 周圈村 alone, in an article about one town: a village of that town where a clause, a place verb or
    # a party's conjunction stands before it (赴丁庄村, 推动周圈村与…, 村内…)
    towns = {t.text: t for t in known if t.cls == "Locality" and t.text.endswith(("镇", "乡", "街道")) and any(
        h.code and (d := divisions.by_code.get(h.code)) is not None and d.level in ("town", "subdistrict") for h in t.hits)}
    if len(towns) == 1:
        town = next(iter(towns.values()))
        for m in _VILLAGE_ALONE_RE.finditer(text):
            name = m.group()
            if name in seen or any(w in name[:-1] for w in _NOT_VILLAGE_ALONE) or name[:2] in lx.NOT_NAMES:
                continue
            seen.add(name)
            for k in occurrences(text, name):
                out.append(Mention(k, k + len(name), name, "Locality", "village-alone", 0.6,
                                   info={"village": True, "town": town}))
    return out


_VILLAGE_ALONE_RE = re.compile(r"(?:(?<=[，。、；：在到赴与和及同帮来往（(\n动访助导领])|(?<=[｜|\t][ \u3000])|(?<=[｜|\t])|^)"
                               r"[\u4e00-\u9fff]{2}村(?![民级委庄镇里内外部干集口])")  # (or in a table's cell: 1 | 戴庄村 | …)


_TOWN_AFTER_COUNTY_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|街道)(?![长区团])")
_NOT_TOWN_CORES = ("科技", "城", "各", "全", "本", "该", "每", "这", "那", "小", "乡", "特色", "重点", "中心", "集", "建制",
                   "所在", "等", "和", "及", "与", "村", "区", "县", "市", "内", "外", "下辖")


def town_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Towns and subdistricts the gazetteer lacks (its township list is a few years old), named
    after their county or district (海门区三厂街道), and every later mention of the same name.
    ``info["town"]`` is the county or district, which the town is in."""
    if "镇" not in text and "街道" not in text:
        return []
    divisions = gazetteer.divisions()
    starts = {m.start for m in known if m.cls == "Locality"}
    out: list[Mention] = []
    seen: set[str] = set()
    for county in known:
        if county.cls != "Locality" or county.end in starts or text[county.end - 1:county.end] not in "县区市" \
                or not any(h.code and not h.short and (d := divisions.by_code.get(h.code)) is not None
                           and d.level in ("county", "district", "county_city") for h in county.hits):
            continue
        m = _TOWN_AFTER_COUNTY_RE.match(text, county.end)
        if m is None or any(w in m.group(1) for w in _NOT_TOWN_CORES) or _generic(m.group(1)):
            continue
        name = m.group()
        if name in seen:
            continue
        seen.add(name)
        for k in occurrences(text, name):
            if k not in starts:
                out.append(Mention(k, k + len(name), name, "Locality", "town-after-county", 0.7,
                                   info={"town": county}))
    out += _listed_towns(text, known, divisions, seen | {m.text for m in known if m.cls == "Locality"})
    return out


# 挂职于杨舍、锦丰、塘桥等区镇: towns by their short names, in a list that says they are towns
# (新河、颜集、庙头等花木重镇, 等3个镇: a few words may qualify the towns)
_SHORT_TOWN_LIST_RE = re.compile(r"((?:[\u4e00-\u9fff]{2,3}[、和及])+[\u4e00-\u9fff]{2,3})等[\u4e00-\u9fff\d]{0,4}?(?:区镇|镇街|镇区|乡镇|镇|街道)")
_SHORT_TOWN_LIST_END_RE = re.compile(r"等[\u4e00-\u9fff\d]{0,4}?(?:区镇|镇街|镇区|乡镇|镇|街道)")


def _town_list_items(items: str, pos: int, divisions) -> list[tuple[int, str]]:
    """The items of a list of towns' short names, with where each starts: split at 、, then at 和 or 及 unless
    the item is a town's name of its own (丁蜀、和桥、周铁: 和桥 is 和桥镇)."""
    out = []
    for piece in items.split("、"):
        own_town = any(d.level in ("town", "subdistrict")
                       for suffix in ("镇", "街道", "乡") for d in divisions.by_name.get(piece + suffix, ()))
        if re.search("[和及]", piece) and not own_town:
            at = pos
            for part in re.split("[和及]", piece):
                out.append((at, part))
                at += len(part) + 1
        else:
            out.append((pos, piece))
        pos += len(piece) + 1
    return out


def short_town_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Towns named by their short names in a list of towns (周市、陆家、千灯等区镇), each resolved to the
    one town of that name in a county or district the article names (or in one of its cities)."""
    # (the list's end found first: scanning the whole text for the list itself is 1% of extraction)
    lists = [lm for t in _SHORT_TOWN_LIST_END_RE.finditer(text)
             if (lm := _SHORT_TOWN_LIST_RE.search(text, max(0, t.start() - 60), t.end())) is not None
             and lm.end() == t.end()] if "等" in text else []
    if not lists:
        return []
    divisions = gazetteer.divisions()
    named = {h.code for m in known if m.cls == "Locality" for h in m.hits if h.code}
    taken = [(m.start, m.end) for m in known]
    out = []
    for lm in lists:
        for at, whole in _town_list_items(lm.group(1), lm.start(1), divisions):
            # (射阳湖: a three-character town; 赴安宜: the list's first item with the verb before it)
            for k, item in ((at, whole), (at + 1, whole[1:])) if len(whole) == 3 else ((at, whole),):
                if any(a <= k and k + len(item) <= b or (a < k + len(item) and k < b and b - a >= len(item))
                       for a, b in taken):
                    continue  # (昆山开发区、… or a known name)
                towns = [d for suffix in ("镇", "街道", "乡") for d in divisions.by_name.get(item + suffix, ())
                         if d.level in ("town", "subdistrict") and (
                             d.parent in named or (divisions.parent(d) is not None and divisions.parent(d).parent in named))]
                if len(towns) != 1:
                    continue
                t = towns[0]
                out.append(Mention(k, k + len(item), item, "Locality", "town-short-listed", 0.6,
                                   (GazHit("Locality", t.name, t.code, True),)))
                break
    return out


# what follows a town's name without its 镇 when it is the clause's subject: 盛泽是…, 戴南以…闻名, 草堰近年来…
_TOWN_CORE_PREDICATE_RE = re.compile(r"是|以|素有|现有|拥有|近年|地处|位于|作为|历来|自古|全镇|(?:的)?(?:主导|特色|支柱|传统)产业")
_TOWN_SUFFIXES = ("街道", "镇", "乡")


def town_core_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """A town the article names in full (盛泽镇) named again by its name without 镇 as a clause's
    subject (盛泽是全国知名的丝绸纺织重镇): a mention of that town."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in known]
    seen = set()
    for town in known:
        if town.cls != "Locality" or not town.hits or not town.text.endswith(_TOWN_SUFFIXES) or town.text in seen:
            continue
        seen.add(town.text)
        core = next(town.text[:-len(x)] for x in _TOWN_SUFFIXES if town.text.endswith(x))
        if len(core) < 2 or core == town.text:
            continue
        for k in occurrences(text, core):
            e = k + len(core)
            if any(a < e and k < b for a, b in taken) or (k > 0 and is_name_char(text[k - 1]) and text[k - 1] not in "在到来"):
                continue  # (盛泽镇 itself; 吴江盛泽: a longer name)
            if text.startswith(_TOWN_SUFFIXES, e) or not _TOWN_CORE_PREDICATE_RE.match(text, e):
                continue
            out.append(Mention(k, e, core, "Locality", "town-core", 0.6, town.hits))
    return out


# a town's name as an item of a list (…、寅阳镇、近海镇和…): two or three characters, then 镇 or 街道
_TOWN_ITEM_RE = re.compile(r"[、和及]((?![在到赴于至从的])[\u4e00-\u9fff]{2,3}?(?:镇|街道))(?=[、和及，,。；;）)\n])")
_TOWN_ITEM_BEFORE_RE = re.compile(r"(?<=[、，,：:（(在])((?![在到赴于至从的])[\u4e00-\u9fff]{2,3}?(?:镇|街道))、")


def _listed_towns(text: str, known: list[Mention], divisions, seen: set[str]) -> list[Mention]:
    """Towns the gazetteer lacks, listed beside a town it knows (吕四港镇、寅阳镇、近海镇): in the
    same county (``info["town"]``, when the article names it)."""
    out: list[Mention] = []
    for t in known:
        if t.cls != "Locality" or not t.text.endswith(("镇", "街道")):
            continue
        entry = next((d for h in t.hits if h.code and (d := divisions.by_code.get(h.code)) is not None
                      and d.level in ("town", "subdistrict")), None)
        if entry is None:
            continue
        county = next((m for m in known if m.cls == "Locality" and any(h.code == entry.parent for h in m.hits)), None)
        items, pos = [], t.end
        while (m := _TOWN_ITEM_RE.match(text, pos)) is not None:  # the list on after it
            items.append(m.span(1))
            pos = m.end(1)
        pos = t.start
        while text[pos - 1:pos] == "、":  # (and back before it)
            m = last_match(_TOWN_ITEM_BEFORE_RE, text, max(0, pos - 8), pos)
            if m is None or m.end() != pos:
                break
            items.append(m.span(1))
            pos = m.start(1)
        for a, b in items:
            name = text[a:b]
            core = name[:-1] if name.endswith("镇") else name[:-2]
            if name in seen or any(w in core for w in _NOT_TOWN_CORES) or _generic(core):
                continue
            seen.add(name)
            for k in occurrences(text, name):
                out.append(Mention(k, k + len(name), name, "Locality", "town-listed", 0.6,
                                   info={"town": county} if county is not None else {}))
    return out


_AGENCY_HEAD_RE = re.compile("|".join(re.escape(h) for h in lx.AGENCY_HEADS))


_COMMITTEE_DEPARTMENTS = ("组织部", "宣传部", "统战部")
_ZONE_SHORT_WORDS = ("经开区", "高新区", "开发区", "保税区", "经济区", "园区")


def agency_mentions(text: str, known: list[Mention], zones: list[Mention] = ()) -> list[Mention]:
    """Party and government bodies: a locality or a level character, then a head (委组织部, 科技局 …);
    or a zone of ``zones``, then a head (大丰港经济区管委会)."""
    localities = {m.end: m for m in known if m.cls == "Locality" and not m.info.get("zone")}
    zone_ends = {m.end: m for m in zones}
    out = []
    for m in _AGENCY_HEAD_RE.finditer(text):
        s, e, head = m.start(), m.end(), m.group()
        if head == "委" and text[e:e + 1] in lx.NOT_AGENCY_AFTER and not text.startswith("书记", e):
            continue  # (武进区委书记: the committee's secretary)
        if head == "委" and text.startswith("常委", e) and text[e + 3:e + 6] not in _COMMITTEE_DEPARTMENTS:
            continue  # (赣榆区委常委、副区长: a post the member holds; but 区委常委、组织部部长 names the department)
        zone = zone_ends.get(s)
        if zone is not None and head not in ("委", "政府", "人民政府"):
            # a zone's own body, named as written: 大丰港经济区管委会, 涟水经济开发区党工委
            out.append(Mention(zone.start, e, text[zone.start:e], "GovernmentAgency", f"agency-zone:{head}", 0.75,
                               info={"head": head, "level": None, "locality": None, "as_written": True,
                                     "zone": zone, "paired": text[e:e + 1] in "与和同"
                                     or text[zone.start - 1:zone.start] in ("与", "和", "同")}))
            continue
        loc = localities.get(s)
        level = None
        start = s
        short = next((w for w in _ZONE_SHORT_WORDS if text.endswith(w, 0, s)), None) if loc is None else None
        home_zones = {z.text for z in zones if short and z.text.endswith(short) and len(z.text) > len(short)}
        if short and len(home_zones) == 1 and head not in ("委", "政府", "人民政府"):
            # 经开区管委会, 经开区科技局 in an article on 常州经开区: that zone's body (not the 区 of a district)
            zone = next(z for z in zones if z.text in home_zones)
            out.append(Mention(s - len(short), e, text[s - len(short):e], "GovernmentAgency", f"agency-zone-short:{head}",
                               0.7, info={"head": head, "level": None, "locality": None, "as_written": True,
                                          "zone": zone, "zone_short": short, "paired": False}))
            continue
        if loc is not None:
            start = loc.start
        elif s > 0 and text[s - 1] in lx.LEVEL_CHARS:
            level = text[s - 1]
            start = s - 1
            # 丹徒区委区政府: the second body inherits the locality before it
            loc = localities.get(s - 1)
            if loc is not None:
                start = loc.start
                level = None
            elif s >= 2 and text[s - 2] in "全各我本副正" or "各" in text[max(0, s - 4):s - 1]:
                continue  # (各市科技局, 各设区市科技局: every city's, no one body)
            elif head == "委" and s >= 2 and text[s - 2] == "团" and not text.endswith("镇长团", 0, s - 1):
                continue  # (团市委: the Youth League's city committee, not the city's party committee)
        elif head in _COMMITTEE_DEPARTMENTS and text[max(0, s - 4):s] in ("委常委、", "委常委，"):
            # 高港区委常委、组织部部长: the department of the committee just named
            committee = next((a for a in reversed(out) if a.end == s - 3 and a.info.get("head") == "委"), None)
            if committee is None:
                continue
            out.append(Mention(s, e, text[s:e], "GovernmentAgency", f"agency-of-committee:{head}", 0.7,
                               info={"head": "委" + head, "level": committee.info.get("level"),
                                     "locality": committee.info.get("locality")}))
            continue
        elif head in ("委", "政府", "党委", "组织部", "宣传部", "统战部", "人民政府"):
            continue
        elif s >= 2 and text[s - 2:s] == "国家":
            start = s - 2
        else:
            # a locality, then a sub-area, then the head: 江阴临江新城经济发展局
            ext = left_extend(text, s, 10)
            lead = next((p for p in known if p.cls == "Locality" and p.start == ext and p.end < s), None)
            if lead is not None and s - lead.end <= 6:
                out.append(Mention(ext, e, text[ext:e], "GovernmentAgency", f"agency-named:{head}", 0.7,
                                   info={"head": head, "level": None, "locality": None, "as_written": True}))
                continue
        if head == "党委" and loc is None:
            continue
        if head in ("委", "政府") and loc is None and level is None:
            continue
        out.append(Mention(start, e, text[start:e], "GovernmentAgency", f"agency:{head}", 0.8,
                           info={"head": head, "level": level, "locality": loc}))
    if "工作队" in text:  # 省委驻滨海县乡村振兴工作队: the province's rural-revitalisation team stationed in a county
        for m in _STATIONED_TEAM_RE.finditer(text):
            out.append(Mention(m.start(), m.end(), m.group(), "GovernmentAgency", "agency-stationed", 0.8,
                               info={"head": "工作队", "level": None, "locality": None, "as_written": True}))
    return out


_STATIONED_TEAM_RE = re.compile(r"(?:江苏)?省委驻[\u4e00-\u9fff]{1,4}?[县市区]乡村振兴工作队")


def _stationed_team_short_forms(text: str, chosen: list[Mention]) -> list[Mention]:
    """A bare 工作队 after 省委驻某县乡村振兴工作队 is that team (工作队争取帮促资金3800万元), not a word of a name."""
    full = next((m for m in chosen if m.rule == "agency-stationed"), None)
    if full is None:
        return []
    inside = [(m.start, m.end) for m in chosen]
    return [Mention(k, k + 3, "工作队", "GovernmentAgency", "anaphor", 0.55, info={"alias_of": full})
            for k in occurrences(text, "工作队") if k >= full.end and not any(a <= k < b for a, b in inside)
            and not (k >= 1 and CJK.match(text[k - 1]) and text[k - 1] not in "，。、；：的和与及")]


# The lookahead lists the characters a match can start with (第, 产, 科, 镇): it changes no
# match, but spares trying the optional groups at every other position of the text.
# (第十六批“科技镇长团”: quotes inside a team's name, taken with it when both are there)
# 团结, 团体, 团队, 团委, 团购, 团伙, 团建, 团聚 after a place: a word of its own, no team's short form
# (but 宜兴团建立…, 江阴团聚焦…)
_TEAM_WORD_AFTER_RE = re.compile(r"(?!建立|建成|建起|聚焦|聚力)[结体队委购伙建聚]")
_BATCH_TEAM_SHORT_RE = re.compile(rf"({lx.BATCH})团(?!员|长|队|结|体|委|购|伙|建(?!立|成|起)|聚(?!焦|力))")
_TEAM_RE = re.compile(rf"(?=[第产科镇])({lx.BATCH})?(?:省)?(产业)?(?P<q>[“\"])?(科技镇长团|镇长团)(?(q)[”\"])")


_BATCH_BEFORE_RE = re.compile(rf"({lx.BATCH})$")
_EARLIER_BATCH_RE = re.compile(rf"({lx.BATCH})[、和及与]$")  # 第十四批、(第十五批科技镇长团)
_ZONE_SUFFIXES_LONGEST_FIRST = sorted(lx.ZONE_SUFFIXES, key=len, reverse=True)


def _zone_before(text: str, pos: int, known: list[Mention]) -> Mention | None:
    """A named zone ending at ``pos`` (…高新区, …开发区, …园区), as a locality mention."""
    for suffix in _ZONE_SUFFIXES_LONGEST_FIRST:
        if text.endswith(suffix, 0, pos):
            start = left_extend(text, pos - len(suffix), 12)
            if (team_end := text.rfind("团", start, pos - len(suffix))) >= 0:
                start = team_end + 1  # (no zone's name holds a team's)
            places = [p for p in known if p.cls == "Locality" and start <= p.start < pos - len(suffix)]
            if places:
                start = places[0].start
            if pos - len(suffix) - start >= 2 and not _generic(text[start:pos - len(suffix)]):
                return Mention(start, pos, text[start:pos], "Locality", f"zone-suffix:{suffix}", 0.7,
                               info={"zone": True})
            return None
    return None


_JOINS_PROGRAMME = ("参加", "入选", "做好", "关于")
_PROGRAMME_BUSINESS = ("选派", "拟选派", "成员名单", "人选", "选拔", "考核", "评比", "评选", "表彰")  # (全市科技镇长团考核中)


_COLUMN_TAG_END_RE = re.compile(r"[\u4e00-\u9fff]{0,8}[\]】]")


# a table of one place's batches: 批次｜到任年份｜团长｜派出单位, then 第十一批｜2018｜赵某之｜南京工业大学
_BATCH_TABLE_HEADER_RE = re.compile(r"(?m)^[ \u3000]*[｜|]?[ \u3000]*批次[ \u3000]*[｜|\t](?P<rest>.*)$")
_BATCH_ROW_RE = re.compile(rf"(?m)^[ \u3000]*[｜|]?[ \u3000]*(?P<batch>{lx.BATCH})[ \u3000]*[｜|\t]")
_PERSON_COLUMN_RE = re.compile(r"^(?:团长|姓名|团员|负责人|带队|团长姓名)(?:[（(][^）)]*[）)])?$")  # (团长（派出单位）)


def batch_table_mentions(text: str) -> list[Mention]:
    """A table with a row per batch of one place's team (批次｜…｜团长｜派出单位): each row's batch cell is
    that batch's team (named for the article's place), and the cell under 团长 or 姓名 is a person."""
    if "批次" not in text:
        return []
    out = []
    for header in _BATCH_TABLE_HEADER_RE.finditer(text):
        cells = [c.strip(" \u3000") for c in _TABLE_BAR_RE.split(header.group("rest")) if c.strip(" \u3000")]
        column = next((k for k, c in enumerate(cells) if _PERSON_COLUMN_RE.match(c)), None)
        if column is None:
            continue  # (批次｜年份｜选派人数: a sender's counts by batch, no place's teams)
        pos = header.end() + 1
        while (row := _BATCH_ROW_RE.match(text, pos)) is not None:
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            out.append(Mention(row.start("batch"), row.end("batch"), row.group("batch"), "Team", "team-row", 0.7,
                               info={"locality": None, "batch": row.group("batch"), "bare": True}))
            spans = split_cells(text, row.end(), line_end, _TABLE_BAR_RE)
            if column < len(spans):
                a, b = spans[column]
                if (bracket := _CELL_BRACKET_RE.search(text, a, b)) is not None:
                    b = bracket.start()  # 程某衡（中国矿业大学）: the name before its body
                if 2 <= b - a <= 3 and text[a] in lx.SURNAMES and all(CJK.match(ch) for ch in text[a:b]) and (
                        text[a:b] not in lx.NOT_NAMES):
                    out.append(Mention(a, b, text[a:b], "Person", "person-batch-row", 0.7,
                                       info={"role": cells[column], "role_start": a}))
            pos = line_end + 1
    return out


_TABLE_BAR_RE = re.compile(r"[｜|\t]")
_NAME_HEADER_CELL_RE = re.compile(r"^(?:姓名|团员姓名|成员姓名|挂职人员|挂职干部|挂职团员)$")


def named_column_mentions(text: str) -> list[Mention]:
    """A table whose header has a 姓名 cell in any column (职务｜姓名｜挂职岗位｜派出单位, then 团员｜许某琪｜…):
    the cell under it in each row of the table is a person, wherever the column stands."""
    out = []
    column = None  # the name column of the table being read, once its header is seen
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not _TABLE_BAR_RE.search(line):
            column = None
            continue
        cells = split_cells(text, lo, hi, _TABLE_BAR_RE)
        if column is None:
            if "批次" not in line:  # (批次｜姓名｜…: a roll of one place's batches, read by batch_table_mentions)
                column = next((k for k, (a, b) in enumerate(cells) if _NAME_HEADER_CELL_RE.match(text[a:b])), None)
            continue
        if column >= len(cells):
            continue
        a, b = cells[column]
        if 2 <= b - a <= 4 and _given_name_end(text, a) == b and all(CJK.match(ch) for ch in text[a:b]) and (
                text[a:b] not in lx.NOT_NAMES):
            out.append(Mention(a, b, text[a:b], "Person", "person-table-column", 0.62))
    return out
# a table's first column of teams (分团 | …, 支团｜…, 团组	…)
_TEAM_COLUMN_HEADER_RE = re.compile(r"(?m)^[ \u3000]*(?:分团|支团|团组|所在团|县区团|团)(?:名称)?[ \u3000]*[｜|\t]")
_CELL_BRACKET_RE = re.compile(r"[（(]")


# a people table's column of where each one is posted (序号｜姓名｜所在单位｜挂职地区｜挂职岗位)
_POST_PLACE_COLUMN_RE = re.compile(r"^(?:挂职地区|挂职地点|挂职地|挂职县[（(]市、区[)）]|挂职县区|派驻地区|派驻地|服务地区|挂职市县)$")
_PLACE_LEVEL_ENDS = ("市", "县", "区")


def _post_place_cell_teams(text: str, known: list[Mention]) -> list[Mention]:
    """序号｜姓名｜所在单位｜挂职地区｜挂职岗位 / 1｜某某｜园艺学院｜宿迁市泗阳县｜科技镇长团团员: in a table of people
    with a column of where each is posted, the row's cell names the team (of that county or district) the
    person joins: a team mention over the last county-level place of the cell."""
    if "挂职" not in text and "派驻" not in text and "服务地区" not in text:
        return []
    out = []
    places = [m for m in known if m.cls == "Locality" and m.hits and m.text.endswith(_PLACE_LEVEL_ENDS)]
    for header in _PERSON_COLUMN_HEADER_RE.finditer(text):
        line0 = text.rfind("\n", 0, header.start() + 1) + 1
        line_end = text.find("\n", line0) % (len(text) + 1)
        cells = [c for c in (c.strip(" \u3000") for c in _TABLE_BAR_RE.split(text[line0:line_end])) if c]
        column = next((k for k, c in enumerate(cells) if _POST_PLACE_COLUMN_RE.match(c)), None)
        if column is None:
            continue
        pos = line_end
        while 0 <= pos < len(text) - 1:
            row_end = text.find("\n", pos + 1) % (len(text) + 1)
            if _TABLE_BAR_RE.search(text, pos + 1, row_end) is None:
                break  # (the table's end)
            spans = split_cells(text, pos + 1, row_end, _TABLE_BAR_RE)
            if column < len(spans):
                a, b = spans[column]
                loc = max((m for m in places if a <= m.start and m.end <= b), key=lambda m: m.start, default=None)
                if loc is not None and (loc.end == b or text[loc.end] in "（(" and text[b - 1] in "）)"):
                    # (泰州市泰兴市（团长）: the place, then the role; the city before it stays a place)
                    out.append(Mention(loc.start, loc.end, loc.text, "Team", "team-cell", 0.95,
                                       info={"locality": loc, "batch": None, "bare": False}))
            pos = row_end if row_end < len(text) else -1
    return out


def team_mentions(text: str, known: list[Mention], zones: list[Mention] = ()) -> list[Mention]:
    """科技镇长团 mentions: <place>(第N批)科技镇长团(<place>团), and <place>团 short forms
    (镇江新区团 for a zone of ``zones``)."""
    locs_by_end: dict[int, Mention] = {}
    for m in known:
        if m.cls == "Locality" and not m.info.get("zone"):
            if m.end not in locs_by_end or locs_by_end[m.end].length < m.length:
                locs_by_end[m.end] = m
    locs_by_start = {m.start: m for m in known if m.cls == "Locality" and not m.info.get("zone")}
    fields_by_end = {f.end: f for f in known if f.cls == "Field"}
    out = []
    for m in _TEAM_RE.finditer(text):
        start, end = m.start(), m.end()
        batch = m.group(1)
        posted = False  # whether a member's batch and place name it (第六批入选某县科技镇长团)
        industry: bool | str = bool(m.group(2))
        field = (fields_by_end.get(start) or fields_by_end.get(start + 2)) if industry and not batch else None
        if field is not None and field.start < start:
            # 泰州市第十七批生物医药产业科技镇长团: an industry team named for its industry
            start = field.start
            industry = text[start:m.start()] + "产业"
            before = _BATCH_BEFORE_RE.search(text, max(0, start - 8), start)
            if before is not None:
                batch, start = before.group(1), before.start()
        loc = locs_by_end.get(start)
        if loc is None:
            loc = _zone_before(text, start, known)  # 苏州工业园区科技镇长团: a zone's own team
        if loc is None and (bare := next((w for w in ("开发区", "高新区", "经开区", "新区") if text.endswith(w, 0, start)
                                          and (start == len(w) or not is_name_char(text[start - len(w) - 1]))), None)):
            # 开发区第十五批科技镇长团 on a zone's own page (南通经济技术开发区…): the team of the zone it names first
            # (新区第十六批科技镇长团 after 镇江新区管委会: 镇江新区's)
            zone = min((z for z in zones if z.text.endswith(bare) and z.start < start), key=lambda z: z.start, default=None)
            if zone is not None:
                loc = Mention(start - len(bare), start, zone.text, "Locality", "anaphor", 0.55, zone.hits,
                              info={**zone.info, "alias_of": zone})  # (the zone's name, where the bare word stands)
        if loc is None and text[start - 1:start] in ("）", ")"):
            # 张家港保税区（金港街道）科技镇长团: the place before the brackets, which name another for it
            opening = max(text.rfind("（", max(0, start - 14), start), text.rfind("(", max(0, start - 14), start))
            if opening > 0:
                loc = locs_by_end.get(opening) or _zone_before(text, opening, known)
        earlier = _EARLIER_BATCH_RE.search(text, max(0, start - 8), start) if batch and loc is None else None
        if earlier is not None and earlier.start() in locs_by_end:
            # 灌南县第十四批、第十五批科技镇长团: two batches of the place's team, each its own
            loc = locs_by_end[earlier.start()]
            out.append(Mention(loc.start, earlier.end(1), text[loc.start:earlier.end(1)], "Team", "team-batches", 0.8,
                               info={"locality": loc, "batch": earlier.group(1), "bare": False,
                                     "industry": industry, "level": None}))
        elif loc is not None:
            start = loc.start
            if not batch:  # 第六批入选宿迁市泗洪县科技镇长团: the batch written before the place and a joining verb
                head = start
                while head in locs_by_end and locs_by_end[head].end == head:
                    head = locs_by_end[head].start  # (宿迁市泗洪县: the city before the county)
                joined = _BATCH_JOINED_RE.search(text, max(0, head - 10), head)
                if joined is not None:
                    batch = joined.group(1)
                    posted = True
        # 第十五批科技镇长团海陵团, 江苏省第十六批科技镇长团扬州团: the team of the place after it
        # (…科技镇长团邗江分团 is a sub-team of its own, found below)
        tail = locs_by_start.get(end)
        # (第十五批科技镇长团东港镇团员: the team's members at that town, not a town's team)
        if tail is not None and text[tail.end:tail.end + 1] == "团" and text[tail.end + 1:tail.end + 2] != "员" and (
                loc is None or _is_province(loc)):
            end = tail.end + 1
            loc = tail
        if loc is None and not batch and text[start - 1:start] in ("[", "【") and _COLUMN_TAG_END_RE.match(text, end):
            continue  # [科技镇长团风采], 【科技镇长团在行动】: a column's name, no team
        level = text[start - 1] if loc is None and start > 0 and text[start - 1] in "市区县省" else None
        if loc is None and text.endswith(("我校", "本校", "学校"), 0, start):
            level = "省"  # 我校第十六批科技镇长团成员: the university's members in the programme, no one team
        if loc is None and (text.endswith(_JOINS_PROGRAMME, 0, start) or text.startswith(_PROGRAMME_BUSINESS, end)):
            level = "省"  # 参加第十六批科技镇长团, 第十六批科技镇长团选派工作: the programme, no one team
        out.append(Mention(start, end, text[start:end], "Team", "team", 0.9 if loc else 0.5,
                           info={"locality": loc, "batch": batch, "bare": loc is None, "posted": posted,
                                 "industry": industry, "level": level,  # 市科技镇长团: the city's
                                 # 全省第十五批科技镇长团: the province's programme; 历批科技镇长团: every batch, no one team
                                 "programme": level == "省" or (loc is None and text.endswith(_EVERY_BATCH, 0, start)),
                                 # 各科技镇长团, 两区科技镇长团, 两地镇长团: every team, several teams (no one team)
                                 "each": loc is None and (text[start - 1:start] == "各" or (
                                     start >= 2 and text[start - 2] in "两二三四五六七八九十几多" and text[start - 1] in "区县市镇地"))}))
        # 海陵区、高港区、兴化市科技镇长团团长: each place of the list before a team has its own
        # team, mentioned where the place's name ends, in no characters (the place's name is
        # the place's mention, and no name of the team)
        while loc is not None and not _is_province(loc) and text[loc.start - 1:loc.start] in ("、", "和", "及"):
            loc = locs_by_end.get(loc.start - 1)
            if loc is None or _is_province(loc):
                break
            out.append(Mention(loc.end, loc.end, "", "Team", "team-listed", 0.7,
                               info={"locality": loc, "batch": batch, "bare": False, "industry": industry,
                                     "level": None}))
    for m in _BATCH_TEAM_SHORT_RE.finditer(text):  # 第十四批团建立…: that batch's team (of the place before)
        if any(t.start <= m.start() < t.end for t in out):
            continue
        loc = locs_by_end.get(m.start())
        out.append(Mention(loc.start if loc else m.start(), m.end(), text[loc.start if loc else m.start():m.end()], "Team",
                           "team-batch-short", 0.7, info={"locality": loc, "batch": m.group(1), "bare": loc is None,
                                                          "industry": False, "level": None}))
    for zone in zones:  # 镇江新区团推动…, 江北新区分团团员来自…
        word = "分团" if text.startswith("分团", zone.end) else "团"
        after = text[zone.end + len(word):zone.end + len(word) + 2]
        if text.startswith(word, zone.end) and not _TEAM_WORD_AFTER_RE.match(after) and after[:1] != "员" and not any(
                t.start <= zone.start < t.end for t in out):
            out.append(Mention(zone.start, zone.end + len(word), text[zone.start:zone.end + len(word)], "Team", "team-zone",
                               0.7, info={"locality": zone, "batch": None, "bare": False}))
    # 经开区团, 医药高新区团: a zone team's short form, its zone's name without the place before it
    # (the zone of a team named in full, or a zone the article names: 会议在苏州工业园区召开…园区团)
    team_zones = [t.info["locality"] for t in out if t.info["locality"] is not None and t.info["locality"].info.get("zone")]
    named_zones = list({z.text: z for z in (*team_zones, *zones) if len(z.text) >= 4}.values())
    for zone in named_zones:
        # (longest first: 高新区分团 is the team, not 新区分团 inside it, whatever order a set gives)
        for short in sorted({zone.text[k:] for k in range(1, len(zone.text) - 1)
                             if zone.text[k:].endswith(lx.ZONE_SUFFIXES)}, key=lambda w: (-len(w), w)):
            for word in ("团", "分团"):  # (…科技镇长团高新区分团: the zone's sub-team of the city's team)
                for k in occurrences(text, short + word):
                    z = _zone_before(text, k + len(short), known)
                    if _TEAM_WORD_AFTER_RE.match(text, k + len(short) + len(word)) or (
                            z is not None and z.start < k and z.text != zone.text) or any(t.start <= k < t.end for t in out):
                        continue  # (团结…; another zone's 高新区团; 常州经开区团 is the full name, found above)
                    out.append(Mention(k, k + len(short) + len(word), text[k:k + len(short) + len(word)], "Team",
                                       "team-zone-short", 0.7,
                                       info={"locality": zone, "batch": None, "bare": False, "zone_short": True}))
    for loc in locs_by_end.values():
        e = loc.end
        word = "分团" if text.startswith("分团", e) else "支团" if text.startswith("支团", e) else "团"
        after = text[e + len(word):e + len(word) + 2]
        if text.startswith(word, e) and not _TEAM_WORD_AFTER_RE.match(after) and not (
                after[:1] == "员" and loc.text.endswith(("镇", "乡", "街道"))):  # 江阴团聚焦… (not 团聚, 团结; 东港镇团员: members there)
            if loc.hits and all(h.cls == "Locality" for h in loc.hits):
                start, batch = _batch_before(text, loc.start)
                if batch is None:  # 南通市第十五批科技镇长团如东团: the city's team's batch is its sub-team's
                    batch = next((t.info.get("batch") for t in out if t.end == loc.start and t.cls == "Team"), None)
                out.append(Mention(start, e + len(word), text[start:e + len(word)], "Team", "team-short", 0.75,
                                   info={"locality": loc, "batch": batch, "bare": False}))
    # 分团 | 团员（人） | 走访企业（家） / 东台 | 9 | 186: a table with a column of sub-teams, each named by its place alone
    for header in _TEAM_COLUMN_HEADER_RE.finditer(text) if "团" in text else ():
        pos = text.find("\n", header.end())
        while 0 <= pos < len(text) - 1:
            line_end = text.find("\n", pos + 1) % (len(text) + 1)
            bar = _TABLE_BAR_RE.search(text, pos + 1, line_end)
            if bar is None:
                break  # (the table's end)
            a, b = pos + 1, bar.start()
            while a < b and text[a] in " \u3000":
                a += 1
            while b > a and text[b - 1] in " \u3000":
                b -= 1
            loc = next((m for m in known if m.cls == "Locality" and m.start == a and m.end == b and m.hits), None)
            if loc is not None:
                out.append(Mention(a, b, text[a:b], "Team", "team-cell", 0.95, info={"locality": loc, "batch": None, "bare": False}))
            pos = line_end if line_end < len(text) else -1
    out += _post_place_cell_teams(text, known)
    # 生物医药产业团, 新能源产业团: the industry team of that field, in the city whose industry teams
    # the article names (泰州市第十七批生物医药产业科技镇长团)
    industry_teams = [t for t in out if isinstance(t.info.get("industry"), str) and t.info.get("locality") is not None]
    if industry_teams:
        for k in occurrences(text, "产业团"):
            field = fields_by_end.get(k)
            if field is None and (f2 := fields_by_end.get(k + 2)) is not None and f2.text.endswith("产业"):
                field = f2  # (the field's mention holds 产业: 生物医药产业|团)
            if field is None or any(t.start <= k < t.end for t in out):
                continue
            city = industry_teams[0]
            word = field.text[:-2] if field.text.endswith("产业") else field.text
            out.append(Mention(field.start, k + 3, text[field.start:k + 3], "Team", "team-industry-short", 0.7,
                               info={"locality": city.info["locality"], "batch": city.info.get("batch"), "bare": False,
                                     "industry": word + "产业", "level": None}))
    # 滨海团 where the article names 滨海县: a county's name without its level, which the gazetteer
    # gives no short form of its own (滨海 is also a word), before 团
    divisions = gazetteer.divisions()
    seen_names: set[str] = set()
    for loc in list(locs_by_end.values()):
        name = loc.text
        if name in seen_names or len(name) < 3 or name[-1] not in "县市区" or (name[:-1] + "团") not in text:
            continue
        seen_names.add(name)
        if not loc.hits or not any(
                h.code and h.code.startswith("32") and not h.short and (d := divisions.by_code.get(h.code)) is not None
                and d.level in ("county", "district", "county_city") for h in loc.hits):
            continue
        short = name[:-1]
        for k in occurrences(text, short + "团"):
            if (k + len(short)) in locs_by_end or _TEAM_WORD_AFTER_RE.match(text, k + len(short) + 1) or any(
                    t.start <= k < t.end for t in out):
                continue
            start, batch = _batch_before(text, k)
            out.append(Mention(start, k + len(short) + 1, text[start:k + len(short) + 1], "Team", "team-short", 0.7,
                               info={"locality": loc, "batch": batch, "bare": False}))
    # 四、滨海团：… in a city's report that never writes 滨海县: a county of the city the article names
    cities = {h.code: loc for loc in locs_by_end.values() for h in loc.hits
              if h.code and h.code.startswith("32") and not h.short and (d := divisions.by_code.get(h.code)) is not None
              and d.level == "city"}
    for code, city in cities.items():
        for d in divisions.children(code):
            short = d.name[:-1]
            if len(short) != 2 or d.name[-1] not in "县市区" or short + "团" not in text:
                continue
            for k in occurrences(text, short + "团"):
                if (k + 2) in locs_by_end or _TEAM_WORD_AFTER_RE.match(text, k + 3) or any(
                        t.start <= k < t.end for t in out) or (k > 0 and is_name_char(text[k - 1])
                                                               and text[k - 1] not in "、，,：:"):
                    continue
                start, batch = _batch_before(text, k)
                out.append(Mention(start, k + 3, text[start:k + 3], "Team", "team-short", 0.65,
                                   info={"locality": Mention(k, k + 2, short, "Locality", "division-short", 0.6,
                                                             (GazHit("Locality", d.name, d.code, True),)),
                                         "batch": batch, "bare": False}))
    # 第九批在连云港市灌云县挂职, 第十一批、第十七批两次派驻南通市如东县: a member's batch and where it served,
    # the team of that place and batch (a record of the batches one person or university took part in)
    for m in (_BATCH_POSTED_RE.finditer(text) if "批" in text else ()):
        place = locs_by_start.get(m.end())
        while place is not None and place.end in locs_by_start:
            place = locs_by_start[place.end]  # (连云港市灌云县, 无锡宜兴市: the county)
        if place is None or not place.text.endswith(("县", "市", "区")) or not _POSTED_AFTER_RE.match(text, place.end):
            continue
        if any(t.start <= m.start() < t.end for t in out):
            continue
        for g in ("first", "second"):
            if m.group(g):
                out.append(Mention(m.start(g), m.end(g), m.group(g), "Team", "team-posted", 0.6,
                                   info={"locality": place, "batch": m.group(g), "bare": False, "posted": True}))
    return out + _sub_team_again(text, out)


def _sub_team_again(text: str, teams: list[Mention]) -> list[Mention]:
    """分团 alone (分团团长某某, 分团成员) after one sub-team was named right after its team (宿迁市…科技镇长团洋河新区分团):
    that sub-team again."""
    subs = sorted((t for t in teams if t.text.endswith("分团") and t.info.get("locality") is not None),
                  key=lambda t: (t.start, t.end))  # (in the text's order, whatever order the teams came in)
    if len({t.text for t in subs}) != 1 or not any(t.end == subs[0].start for t in teams):
        return []  # (a city's report naming 灌南分团 among its sub-teams: 分团 there may be any of them)
    first = subs[0]
    out = []
    for k in occurrences(text, "分团"):
        if k < first.end or any(t.start <= k < t.end for t in teams) or (k > 0 and is_name_char(text[k - 1])):
            continue  # (各分团, 两个分团: sub-teams of a kind, not the one named)
        out.append(Mention(k, k + 2, "分团", "Team", "team-sub-again", 0.65, info={**first.info, "zone_short": True}))
    return out


_EVERY_BATCH = ("历批", "历届", "各批", "历任", "每批", "多批")
_BATCH_JOINED_RE = re.compile(rf"({lx.BATCH})(?:入选|加入|编入|进入|参加)$")
_BATCH_POSTED_RE = re.compile(rf"(?P<first>{lx.BATCH})(?:[、和](?P<second>{lx.BATCH}))?(?:两次|先后|均)?"
                              r"(?:在|派驻|派往|挂职于|赴)")
_POSTED_AFTER_RE = re.compile(r"挂职|服务|[，,。；;]|$")


def _batch_before(text: str, pos: int) -> tuple[int, str | None]:
    """第十六批东海团团长…: where a short team name starting at ``pos`` starts with the batch written
    right before it, and that batch (an article on two batches names each one's teams so)."""
    batch = _BATCH_BEFORE_RE.search(text, max(0, pos - 8), pos)
    return (batch.start(), batch.group(1)) if batch is not None else (pos, None)


def _is_province(loc: Mention) -> bool:
    return bool(loc.hits) and all(h.code and h.code.endswith("0000") for h in loc.hits)


_NOT_GIVEN_NAME_START = frozenset("了的是把被与及")


_SENT_BY_RE = re.compile(r"由[^，,。；;\n]{2,24}?(?:选派|派出|推荐|委派)")


# what a person does, right after a name that ends in 和 (钱某和指着…说, 钱某和告诉记者)
_DOES_AFTER_NAME_HE = ("指着", "笑着", "告诉", "介绍", "表示", "说", "坦言", "感慨", "拿着", "带着")


def _given_name_end(text: str, start: int) -> int | None:
    """End of a Chinese personal name starting at ``start`` (surname + 1–2 characters)."""
    if text[start:start + 2] in lx.COMPOUND_SURNAMES:
        s_len = 2
    elif text[start:start + 1] in lx.SURNAMES and not (text[start] == "傅" and text[start - 1:start] == "师"):
        s_len = 1  # (not the 傅 of 老师傅说…)
    else:
        return None
    i = start + s_len
    if i >= len(text) or not CJK.match(text[i]) or text[i] in _NOT_GIVEN_NAME_START:
        return None  # (总工成了“产业教授”: 成 + a particle is no name)
    if i + 1 >= len(text) or not CJK.match(text[i + 1]):
        return i + 1
    breaks = _COLUMN_BREAKS.get()
    if breaks:
        if i + 1 in breaks:
            return i + 1  # 王敏  南京林业大学…: a column break ends the name
        if i + 2 in breaks:
            return i + 2  # 许文强  南京邮电大学…
    # decide by what follows: 王志强出席 (three characters), 张明说 (two), 王建和、 (three)
    if text[i + 1] == "由" and _SENT_BY_RE.match(text, i + 1):
        return i + 1  # 团长、丹阳市副市长韩某由南京理工大学选派: 由 opens who sent them
    if text[i + 1] == "和" and text.startswith(("任", "担任", "出任", "兼任"), i + 2):
        return i + 2  # 教授严某和任某团团长: 和 ends a name that takes up a post
    if text[i + 1] == "和" and (i + 2 == len(text) or text.startswith(("分别", "等人", "、", "，", ",", "。", "（", "(", "\n", "：", ":"), i + 2)):
        return i + 2  # 团长彭某和分别介绍, ——访某团团长邵某和 (the line's end), 邵某和：: 和 before no second party is the name's
    if text[i + 1] == "牵" and text.startswith(("的线", "线", "头"), i + 2):
        return i + 1  # 这个项目是团员黄某牵的线: what the person did, after the name
    if text.startswith("所在", i + 1) and text.startswith(("的", "单位", "学院", "高校", "学校"), i + 3):
        return i + 1  # 联系团长朱某所在的南航材料学院: 所在 after the name, where they work
    if text[i + 1] == "和" and text.startswith(_DOES_AFTER_NAME_HE, i + 2):
        return i + 2  # 公司总经理钱某和指着控制屏说: 和 before what the person does is the name's
    if text[i + 1] in lx.STRONG_AFTER_NAME:
        return i + 1  # 马丽则牵头, 张华就…: a function character ends the name
    if text.startswith(lx.STRONG_AFTER_NAME_WORDS, i + 1):
        return i + 1
    if text.startswith(lx.AFTER_NAME, i + 2):
        return i + 2
    if text.startswith(lx.AFTER_NAME, i + 1):
        return i + 1
    return i + 2 if text[i + 1] not in lx.NOT_NAME_CHARS else i + 1


_ROLE_RE = re.compile("|".join(re.escape(r) for r in lx.ROLE_WORDS))
_TITLE_AFTER_NAME_RE = re.compile("教授|副教授|研究员|副研究员|博士|院士|老师")
_FIRM_POST_AFTER_NAME_RE = re.compile("(?<!副)(?:厂长|总经理|董事长)")
_FIRM_ENDS = (*lx.ENTERPRISE_SUFFIXES, "厂")  # (a firm's name, or a works: 某某机械厂的殷某厂长)
# Particles that end what comes before a name (的张卫国博士, 与王海涛教授): never part of a name.
# a broadcast script's caption line: its label, then the speaker's name and, set apart, their body and post
_CAPTION_LABEL = r"(?:【(?:同期声|同期|采访|字幕|人物)】|(?:同期声|同期|采访)[：:]|[（(](?:同期声|同期|字幕)[）)])"
# (the label may open a bracket of its own: 【同期声】（字幕：孟某和 某某有限公司副总经理）“…”)
_CAPTION_OPEN = _CAPTION_LABEL + r"[ \u3000]*(?:[（(](?:字幕[：:])?)?[ \u3000]*"
_CAPTION_NAME_RE = re.compile(r"(?m)^[ \u3000]*(?:\|[^|\n]*)*?" + _CAPTION_OPEN + r"(?=[\u4e00-\u9fff]{2})")
_CAPTION_SPACE_RE = re.compile(r"(?m)^[ \u3000]*(?:\|[^|\n]*)*?" + _CAPTION_OPEN + r"[\u4e00-\u9fff]{2,4}( )(?=[\u4e00-\u9fff])")
_PARTICLES_BEFORE_NAME = frozenset("的与和及同由为据")  # (会议由陶某教授主持, 负责人分别为严某梅教授)


# A transliterated foreign name after a role (技术总监马丁·某勒, 所长马库斯·某德（Markus M.）): parts joined by
# a middle dot, ended by punctuation, a bracket or a verb-free stop; Chinese names never hold the dot.
_FOREIGN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[·•・][\u4e00-\u9fff]{1,8}?){1,3}(?=[（(，,。；;、：:”\s]|$|[用说表介认指称在对为是也等和与带向将通致受])")
_CAME_FROM_NAME_RE = re.compile(r"来自[^，,。；;、“”\n]{2,24}?的([\u4e00-\u9fff]{2,3})(?=[，,]|是|系)")
_CAME_FROM_BEFORE_NAME_RE = re.compile(r"、(?:来自|挂职|挂任)[^，,。；;、“”]{2,20}?的(?=[\u4e00-\u9fff]{2,4})")


def _whole_names(text: str, pattern: re.Pattern[str], rule: str, confidence: float) -> list[Mention]:
    """Each ``group(1)`` of ``pattern`` that is a whole personal name (a surname, the given name, no word that is
    never a name), as a person: the readers that use it differ only in the words that introduce the name."""
    out = []
    for m in pattern.finditer(text):
        s0, end = m.start(1), m.end(1)
        if _given_name_end(text, s0) == end and m.group(1) not in lx.NOT_NAMES and m.group(1)[:2] not in lx.NOT_NAMES:
            out.append(Mention(s0, end, m.group(1), "Person", rule, confidence, info={"role": None, "role_start": s0}))
    return out


# a verb, then one and a measure word (包一条, 联系一家, 跑一个): no name, though the verb may be a surname
_COUNTED_AFTER_VERB_RE = re.compile(r"[\u4e00-\u9fff][一两][条个家项批名位次种件所]")


def person_mentions(text: str, known: list[Mention], firms: Iterable[str] = ()) -> list[Mention]:
    """Persons introduced by a role word (团长周明远, 教授许文涛); never bylines (记者 王露)."""
    out = []
    for m in _ROLE_RE.finditer(text):
        start = m.end()
        if text.startswith(("（挂职）", "(挂职)"), start):  # 科技局副局长（挂职）徐飞
            start += 4
        elif text.startswith(("：", ":"), start) and m.group() in lx.MEMBER_ROLES:  # 团员：周强（…）、吴敏（…）
            start += 1
        elif text.startswith("的", start) and text.rfind("挂", max(0, m.start() - 14), m.start()) >= 0:
            start += 1  # 团长、挂职兴化市副市长的严某峰说: the post's holder, named after 的
        elif m.group() in lx.MEMBER_ROLES and (came := _CAME_FROM_BEFORE_NAME_RE.match(text, start)) is not None:
            start = came.end()  # 团长、来自河海大学的吴某然介绍: the member, named after where they come from
        foreign = _FOREIGN_NAME_RE.match(text, start)
        end = foreign.end() if foreign else _given_name_end(text, start)
        if end is None:
            continue
        if text[start] in "和及与":
            continue  # 科技副总和产业教授, 老师和研究生: a conjunction after the role, no name
        if text[start:start + 2] in _STOPWORD_SET:
            continue  # 博士申报省“双创计划”: a verb, no name
        if text[start] == "时" and text[max(0, m.start() - 3):m.start()].endswith(("做", "当", "读", "任")):
            continue  # 我在某学院做博士后时接触过…: when, no name
        before = text[max(0, m.start() - 4):m.start()]
        if any(b in before for b in lx.BYLINE_WORDS):
            continue
        name = text[start:end]
        if name in lx.NOT_NAMES or name[:2] in lx.NOT_NAMES or name[1:3] in lx.NOT_NAMES or (
                m.start() > 0 and text[m.start() - 1] in lx.OPEN_QUOTES
                and not (text[m.start() - 1] == '"' and m.start() >= 2 and text[m.start() - 2] in "。！？!?，,…")):
            continue  # 成员单位; 副团长和部分团员; “博士江都行”活动: a quoted slogan that opens with a role word
        if (name.endswith("行") and text[end:end + 1] in ("”", '"', "」", "》")) or (
                text.startswith("行", end) and text[end + 1:end + 2] in ("”", '"', "」", "》")):
            continue  # “某所专家贾汪行”, “再制造技术专家张家港行”: a trip's slogan (<place>行), no name
        if _COUNTED_AFTER_VERB_RE.fullmatch(name):
            continue  # 每名团员包一条产业链: a verb and what it counts, no name
        out.append(Mention(start, end, name, "Person", f"person-role:{m.group()}", 0.75,
                           info={"role": m.group(), "role_start": m.start()}))
        out += _listed_after(text, end, m.group(), m.start())
    # 王海涛教授: a title written after the name
    ends = {m.end for m in known}
    for m in _TITLE_AFTER_NAME_RE.finditer(text):
        e = m.start()
        if text[e - 1:e] == "副" or text.endswith(lx.TITLE_QUALIFIERS, 0, e) or text.startswith("博士后", e):
            continue  # (科技副总和产业教授: a kind of professor, no name before it; 全国博士后管委会: no title)
        # (a full name before 老师: 冯某某老师, not 高校老师; a two-character one after 的: 我们团的周某老师)
        for n in ((3, 2) if m.group() != "老师" or text[e - 3:e - 2] in ("的",) else (3,)):
            s0 = e - n
            if s0 < 0 or not all(CJK.match(ch) for ch in text[s0:e]) or text[s0] not in lx.SURNAMES or (
                    text[s0 + 1] in _NOT_GIVEN_NAME_START):
                continue
            if text[s0:e] in lx.NOT_NAMES or text[s0:s0 + 2] in lx.NOT_NAMES:
                continue
            left_ok = (s0 == 0 or s0 in ends or not is_name_char(text[s0 - 1])
                       or text[s0 - 1] in _PARTICLES_BEFORE_NAME  # 挂职…副主任的张卫国博士
                       or text[:s0].endswith(("学院", "大学", "系", "研究所", "研究院", "中心", "公司", "学校",
                                              "我院", "我校", "本校", "我所", "本所")))  # (我院陶某教授)
            if left_ok and _given_name_end(text, s0) in (e, None) or (left_ok and n == 2):
                out.append(Mention(s0, e, text[s0:e], "Person", f"person-title:{m.group()}", 0.65,
                                   info={"role": m.group(), "role_start": s0}))
                break
    # 某某有限公司的殷某生厂长: a firm's head, the post written after the name, the firm right before 的
    for m in _FIRM_POST_AFTER_NAME_RE.finditer(text):
        e = m.start()
        for n in (3, 2):
            s0 = e - n
            if s0 >= 2 and text[s0 - 1] == "的" and text.endswith(_FIRM_ENDS, 0, s0 - 1) and (
                    _given_name_end(text, s0) in (e, None) or n == 2) \
                    and text[s0] in lx.SURNAMES and text[s0:s0 + 2] not in lx.NOT_NAMES:
                out.append(Mention(s0, e, text[s0:e], "Person", f"person-title:{m.group()}", 0.65,
                                   info={"role": m.group(), "role_start": s0}))
                break
    # 【同期声】周某新 江苏某某有限公司总经理: a broadcast's caption, the speaker's name set apart before their post
    if "同期" in text or "采访" in text or "字幕" in text:
        breaks = _COLUMN_BREAKS.get()
        for m in _CAPTION_NAME_RE.finditer(text):
            s0 = m.end()  # (the name ends where a space was: 周某新 江苏某某有限公司总经理)
            end = next((e for e in range(s0 + 2, s0 + 5) if e in breaks or text[e:e + 1] in (" ", "\u3000")), None)
            if end is not None and (text[s0] in lx.SURNAMES or text[s0:s0 + 2] in lx.COMPOUND_SURNAMES) \
                    and text[s0:end] not in lx.NOT_NAMES:
                out.append(Mention(s0, end, text[s0:end], "Person", "person-caption", 0.8,
                                   info={"role": None, "role_start": s0}))
    # 来自江苏集萃某某研究所的彭某安，是…团员: a person introduced by where they come from
    for m in _CAME_FROM_NAME_RE.finditer(text):
        s0 = m.start(1)
        end = _given_name_end(text, s0)
        if end == m.end(1) and m.group(1) not in lx.NOT_NAMES and m.group(1)[:2] not in lx.NOT_NAMES:
            out.append(Mention(s0, end, m.group(1), "Person", "person-came-from", 0.65, info={"role": None, "role_start": s0}))
    # 他叫孙建国，是…: a person introduced by name in a profile
    for m in _NAMED_RE.finditer(text):
        end = _given_name_end(text, m.end())
        if end is not None and text[end:end + 1] in ("，", ",", "是", "。") and text[m.end():end] not in lx.NOT_NAMES:
            out.append(Mention(m.end(), end, text[m.end():end], "Person", "person-named", 0.7,
                               info={"role": None, "role_start": m.end()}))
    # 机电学院陆某挂任泗洪县副县长: a name right after the body it comes from, taking up a post
    if "挂" in text or "作为" in text or "任" in text:  # (来自某大学的顾某时任某市副市长: a commemoration's past post)
        for m in _NAME_TAKES_POST_RE.finditer(text):
            s0 = m.start(1)
            if _given_name_end(text, s0) == m.end(1) and m.group(1) not in lx.NOT_NAMES:
                out.append(Mention(s0, m.end(1), m.group(1), "Person", "person-takes-post", 0.65,
                                   info={"role": None, "role_start": s0}))
        # 河海大学的赖某挂任县科技局副局长: a name right after its body and 的, taking up a post
        out += _whole_names(text, _BODY_THEN_NAME_RE, "person-takes-post", 0.6)
        # …的挂职岗位：韦某挂任某县副县长；温某挂任某镇副镇长；: items of a list of posts, each a name taking one
        for m in _ITEM_TAKES_POST_RE.finditer(text):
            s0 = m.start(1)
            if (_given_name_end(text, s0) == m.end(1) and m.group(1) not in lx.NOT_NAMES and m.group(1)[:2] not in lx.NOT_NAMES
                    and (text[s0 - 1] in "；;" or _POSTS_LISTED_RE.search(text, max(0, s0 - 30), s0))):
                out.append(Mention(s0, m.end(1), m.group(1), "Person", "person-takes-post", 0.6,
                                   info={"role": None, "role_start": s0}))
    # 南工大的陆某挂职泰兴经济开发区, 省农科院的凌某在分界镇: a name after a body the gazetteer knows (by a short form
    # too) and 的, then the post they took or the place they serve in
    place_starts = {m.start for m in known if m.cls == "Locality"}
    for m in known:
        if m.cls in ("University", "ResearchInstitute") and text.startswith("的", m.end):
            s0 = m.end + 1
            end = _given_name_end(text, s0)
            if end is not None and (text.startswith(("挂职", "挂任", "担任"), end) or (
                    text.startswith("在", end) and end + 1 in place_starts)) and text[s0:end] not in lx.NOT_NAMES \
                    and text[s0:s0 + 2] not in lx.NOT_NAMES:
                out.append(Mention(s0, end, text[s0:end], "Person", "person-takes-post", 0.6,
                                   info={"role": None, "role_start": s0}))
    if "下" in text:
        out += _whole_names(text, _OWED_TO_RE, "person-owed-to", 0.6)
    if "团员" in text or "团长" in text or "成员" in text:
        # (…科技镇长团　秦某（团员，…）: a name set apart by a gap that was compacted away, at a column break)
        at_breaks = [m for m in (_NAME_BEFORE_ROLE_BRACKET_AT_RE.match(text, b) for b in sorted(_COLUMN_BREAKS.get()))
                     if m is not None]
        for m in (*_NAME_BEFORE_ROLE_BRACKET_RE.finditer(text), *at_breaks):
            s0, end = m.start(1), m.end(1)
            if _given_name_end(text, s0) in (end, None) and text[s0] in lx.SURNAMES and m.group(1) not in lx.NOT_NAMES \
                    and m.group(1)[:2] not in lx.NOT_NAMES:
                out.append(Mention(s0, end, m.group(1), "Person", "person-role-bracket", 0.65,
                                   info={"role": None, "role_start": s0}))
    if "挂职" in text:
        out += _whole_names(text, _OPENS_ON_POSTED_NAME_RE, "person-takes-post", 0.6)
    if "等" in text:
        for run in _BRACKETED_NAME_LIST_RE.finditer(text):
            role = run.group(2) if run.group(2) in lx.MEMBER_ROLES else None
            for m in _BRACKETED_NAME_RE.finditer(run.group(1)):
                s0, end = run.start(1) + m.start(1), run.start(1) + m.end(1)
                if text[s0] in lx.SURNAMES and _given_name_end(text, s0) in (end, None) \
                        and m.group(1) not in lx.NOT_NAMES and m.group(1)[:2] not in lx.NOT_NAMES:
                    out.append(Mention(s0, end, m.group(1), "Person", "person-list-bracketed", 0.65,
                                       info={"role": role, "role_start": s0}))
    # 团长由江苏省科技厅派出的邵某担任: the person a team's post is taken by
    if "由" in text:
        for m in _TAKEN_BY_RE.finditer(text):
            s0, end = m.start(1), m.end(1)
            if (text[s0] in lx.SURNAMES or text[s0:s0 + 2] in lx.COMPOUND_SURNAMES) and m.group(1) not in lx.NOT_NAMES:
                out.append(Mention(s0, end, m.group(1), "Person", "person-taken-by", 0.65,
                                   info={"role": None, "role_start": s0}))
    # 【编者按】许某是江阴市第十六批科技镇长团团员: a person introduced as a member, opening the sentence
    if "是" in text:
        for m in _IS_MEMBER_RE.finditer(text):
            s0 = m.start(1)
            end = _given_name_end(text, s0)
            if text[s0] in lx.SURNAMES and end == m.end(1) and m.group(1) not in lx.NOT_NAMES:
                out.append(Mention(s0, end, m.group(1), "Person", "person-is-member", 0.65,
                                   info={"role": None, "role_start": s0}))
    # 葛某远来自江苏大学，挂职溱东镇副镇长。: a profile's paragraph opening on a name and where it comes from
    if "来自" in text:
        academic_starts = {m.start for m in known if m.cls in ("University", "ResearchInstitute")}
        for m in _OPENS_ON_NAME_FROM_RE.finditer(text):
            s0, end = m.start(1), m.end(1)
            if m.end() in academic_starts and text[s0] in lx.SURNAMES and _given_name_end(text, s0) == end and (
                    m.group(1) not in lx.NOT_NAMES):
                if m.group(1)[1:] not in lx.ROLE_WORDS:  # (某团长来自某大学: a surname and a title)
                    out.append(Mention(s0, end, m.group(1), "Person", "person-came-from", 0.65,
                                       info={"role": None, "role_start": s0}))
    out += _list_item_persons(text, known, out)
    # 刘某华委员：/ 季某梅代表：(a reply's salutation), 签发人：顾某峰: the letter's addressee and signer
    for m in _LETTER_NAME_RE.finditer(text):
        k = m.lastindex or 1
        s0, end, name = m.start(k), m.end(k), m.group(k)
        if text[s0] in lx.SURNAMES and name not in lx.NOT_NAMES and not any(o.start == s0 for o in out):
            out.append(Mention(s0, end, name, "Person", "person-letter", 0.65, info={"role": None, "role_start": s0}))
    # 姓名 沈某然　性别 男: a form's name field
    for m in _FORM_NAME_RE.finditer(text):
        s0, end = m.start(1), m.end(1)
        if text[s0] in lx.SURNAMES and m.group(1) not in lx.NOT_NAMES and not any(o.start == s0 for o in out):
            out.append(Mention(s0, end, m.group(1), "Person", "person-form", 0.7, info={"role": None, "role_start": s0}))
    # 📌 杜某禾 / 后方单位：复旦大学… / 挂职岗位：…: a member's card, the name on a line of its own
    for m in _CARD_NAME_RE.finditer(text):
        s0, end, name = m.start(1), m.end(1), m.group(1)
        if (text[s0] in lx.SURNAMES or name[:2] in lx.COMPOUND_SURNAMES) and name not in lx.NOT_NAMES and not any(
                o.start <= s0 < o.end for o in out):
            out.append(Mention(s0, end, name, "Person", "person-card", 0.7, info={"role": None, "role_start": s0}))
    # 1．邵某帆同志为区第十六批科技镇长团团长: a name called 同志 at a clause's start, or after a verb of thanks
    for m in _COMRADE_RE.finditer(text):
        s0, end, name = m.start(1), m.end(1), m.group(1)
        if (text[s0] in lx.SURNAMES or name[:2] in lx.COMPOUND_SURNAMES) and name not in lx.NOT_NAMES \
                and name[:2] not in lx.NOT_NAMES and not any(o.start <= s0 < o.end for o in (*out, *known)):
            out.append(Mention(s0, end, name, "Person", "person-comrade", 0.65, info={"role": None, "role_start": s0}))
    for m in _RESUME_NAME_RE.finditer(text):
        s0, end, name = m.start(1), m.end(1), m.group(1)
        if (text[s0] in lx.SURNAMES or name[:2] in lx.COMPOUND_SURNAMES) and name not in lx.NOT_NAMES \
                and not any(o.start <= s0 < o.end for o in (*out, *known)):
            out.append(Mention(s0, end, name, "Person", "person-resume", 0.7, info={"role": None, "role_start": s0}))
    out += roster_mentions(text, known, firms)
    out += _speaker_mentions(text, out)  # (after the list items and a roster's rows: their names recur too)
    return out


# 程某阳，男，汉族，1984年10月生: a résumé's opening, the person it is about
_RESUME_NAME_RE = re.compile(r"(?m)^[ \u3000]*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、])?"  # (一、钱某明，男，…: a notice's list)
                             r"([\u4e00-\u9fff]{2,3}?)[，,]\s*(?:[男女][，,]\s*(?:[\u4e00-\u9fff]{1,3}族|\d{4}年)"
                             r"|\d{4}年(?:\d{1,2}月)?(?:毕业于|出生于|生于|考入|进入|博士毕业于|硕士毕业于))")  # (陈某秋，2008年毕业于…)
_COMRADE_RE = re.compile(r"(?:^|(?<=[\n。；;，,、：:（(．.对给向与和及]))[ \u3000]*([\u4e00-\u9fff]{2,3}?)同志(?![们])", re.M)


# a card's name line (after a marker: 📌, ■, 01; or with its title after a bar: 陆某｜某团团员) and the label that opens its next line
_CARD_NAME_RE = re.compile(r"(?m)^[^\u4e00-\u9fff\n]{0,4}([\u4e00-\u9fff]{2,3})(?:[ \u3000]*[｜|][^\n]{1,40})?[ \u3000]*\n[ \u3000]*"
                           r"(?:后方单位|派出单位|所在单位|原单位|工作单位|挂职岗位|挂职职务|挂任职务|挂职单位)[：:]")
_IS_MEMBER_RE = re.compile(r"(?:^|(?<=[\n。！？】]))[ \u3000]*([\u4e00-\u9fff]{2,3})(?=是[^，,。；;]{0,30}?(?:科技镇长团|镇长团|[\u4e00-\u9fff]团)"
                           r"的?(?:团员|成员|团长|副团长|一员))")
_OPENS_ON_NAME_FROM_RE = re.compile(r"(?:^|(?<=[\n。！？]))[ \u3000]*([\u4e00-\u9fff]{2,3}?)来自")
_NAMED_RE = re.compile(r"(?:他|她)(?:名)?叫|名叫|名字叫")
# 在宁某的牵线下, 在孙某某的推动下: the person a deal is owed to, named by no role word
_OWED_TO_RE = re.compile(r"在([\u4e00-\u9fff]{2,3}?)的?(?:积极|大力|亲自|牵头|多方)?"
                         r"(?:牵线搭桥|牵线|推动|促成|帮助|协调|对接|撮合|引荐|争取|奔走)下")  # (在卜某岚牵线下)
# 联系人：严某卓（团员，南京工业大学化工学院教授）: a name whose bracket opens on a member's role
# 秦某（团员，…）: a name, then a bracket that opens with the role (also where a gap before it was compacted away: at
# a column break)
_NAME_THEN_ROLE_BRACKET = r"([\u4e00-\u9fff]{2,3}?)(?=[（(](?:团员|团长|副团长|成员)[，,、）)])"
_NAME_BEFORE_ROLE_BRACKET_RE = re.compile(r"(?:^|(?<=[：:，,、；;\s｜|]))" + _NAME_THEN_ROLE_BRACKET, re.M)  # (1｜唐某（团长）｜…)
_NAME_BEFORE_ROLE_BRACKET_AT_RE = re.compile(_NAME_THEN_ROLE_BRACKET)
# 章某明（南京理工大学）、程某（扬州大学）、包某轩（江苏大学）等团员: a list of names, each with its body in
# brackets, that a role word after it introduces
_BRACKETED_NAME_ITEM = r"[\u4e00-\u9fff]{2,3}[（(][^（）()，,。；;、\n]{2,30}?(?:大学|学院|研究院|研究所|所|中心|公司|局)[）)]"
_BRACKETED_NAME_LIST_RE = re.compile(
    r"(?:^|(?<=[：:，,。；;\s]))(" + _BRACKETED_NAME_ITEM + r"(?:[、和及与]" + _BRACKETED_NAME_ITEM + r")+)"
    r"(?=等(?:[\d一二三四五六七八九十两]+[名位])?(团员|成员|同志|人|专家|博士|教授|老师))")
_BRACKETED_NAME_RE = re.compile(r"(?:^|(?<=[、和及与]))([\u4e00-\u9fff]{2,3})(?=[（(])")
# 卜某岚到丁蜀镇挂职副镇长的第一周: a sentence that opens on a name taking up a post
_OPENS_ON_POSTED_NAME_RE = re.compile(r"(?:^|(?<=[。！？\n]))([\u4e00-\u9fff]{2,3}?)(?=(?:到|赴)[\u4e00-\u9fff]{2,10}?挂职)")
_TAKEN_BY_RE = re.compile(r"(?:团长|副团长|书记|组长)(?:一职)?由(?:[^，,。；;由]{0,24}?的)?([\u4e00-\u9fff]{2,3}?)(?:同志)?(?=担任|兼任|出任)")


_ITEM_OPENERS = frozenset("\n；;：:【■●◆▲-•·｜|")  # (【卜某（某大学讲师，挂职…）】: a bracketed item; - a bullet)
# after a full stop, a name and a comma open an item only when a title closes the body's clause
# (…成员。韩某，南航机电学院副教授，挂职…; not 路演后，苏州大学设立…)
_TITLE_CLOSES_CLAUSE_RE = re.compile(r"[^，,。；;\n]{0,24}?(?:教授|讲师|研究员|工程师|博士|院长|主任|书记|处长|所长)[，,。；;）)]")
_ROW_NUMBER_RE = re.compile(r"[ \u3000]*\d{1,3} (?=[\u4e00-\u9fff])")
_TABLE_ROW_START_RE = re.compile(r"[ \u3000]*(?:\d{1,3}(?:\t|[ \u3000]{2,}|[.、．]\s*)"  # 3\t王某\t…, 3.  王某  …
                                 r"|[（(][一二三四五六七八九十]{1,3}[)）]\s*"  # (（二）朱某　某大学…副教授)
                                 r"|[◆◇●■□▪•▶►★☆][ \u3000]*)")  # (◆ 蔡某文　某学院教授　某县科技镇长团团长)
# an item that opens on a name and the member's role: 1．周某（团长，东南大学…）, （一）谢某　团长，南京大学…
_ITEM_NAME_ROLE_RE = re.compile(r"(?m)^[ \u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}[.、．])[ \u3000]*"
                                r"([\u4e00-\u9fff]{2,3}?)(?:[ \t\u3000]*|[（(])(?:副?团长|团员|成员)[，,、）)]")  # (spaces compacted away)
_BRACKETED_TEAM_RE = re.compile(r"[（(][^（）()，。]{0,24}?(?:科技镇长团|[\u4e00-\u9fff]{1,6}团(?=副?团长|团员|成员))")
_BULLET_RE = re.compile(r"[（(]?[0-9一二三四五六七八九十]{1,2}[)）.、．]\s*$")


# 吉某，响水县科技局副局长（挂职），盐城工学院副研究员: a name, a comma and the deputy's post it is seconded to
_COMMA_HOST_POST_RE = re.compile(r"[，,](?=[\u4e00-\u9fff]{2,16}?副(?:局长|镇长|县长|区长|市长|主任|乡长)[（(，,])")
_COMMA_TEAM_ROLE_RE = re.compile(r"[，,：:](?=[\u4e00-\u9fff]{2,12}?(?:第[一二三四五六七八九十]+批)?(?:科技镇长团|团)(?:副?团长|团员|成员))")


# a bracket opening with a school named alone and an academic title (（化工学院教授，挂任…）)
_BRACKETED_SCHOOL_TITLE_RE = re.compile(r"[（(][\u4e00-\u9fff]{2,14}?(?:学院|学部|系)(?:副?教授|讲师|副?研究员|助理研究员|博士)")


def _list_item_persons(text: str, known: list[Mention], found: list[Mention]) -> list[Mention]:
    """Members listed one per item: "钱丽华，南京农业大学动物科技学院教授，挂任界首镇副镇长；" — a
    name opening a line or list item, followed by a comma or bracket and a university or
    institute."""
    starts = {m.start for m in found}
    out = []
    # what may follow the name and its comma or bracket: a university, an institute, a team
    # (陈立平（句容市第十六批科技镇长团团长、…）：, an interview's speaker)
    after = [org.start for org in known if org.cls in ("University", "ResearchInstitute")]
    after += [t.start() + 1 for t in _BRACKETED_TEAM_RE.finditer(text)]
    after += [t.end() for t in _COMMA_TEAM_ROLE_RE.finditer(text)]  # 戚某，东台市科技镇长团团长、挂职…
    after += [t.end() for t in _COMMA_HOST_POST_RE.finditer(text)]  # …；吉某，响水县科技局副局长（挂职），…
    after += [t.start() + 1 for t in _BRACKETED_SCHOOL_TITLE_RE.finditer(text)]  # · 沈某（化工学院教授，挂任…）
    for at in sorted(set(after)):
        if at < 2:
            continue
        if text[at - 1] not in "，,（(：:":  # (- 潘某：南通大学某学院讲师，挂任…: a roster's item, a colon after the name)
            # a table's row, its cells' spaces compacted away: 孙建国河海大学县政府副县长、团长
            line = text.rfind("\n", 0, at) + 1
            row = _TABLE_ROW_START_RE.match(text, line, at)  # (a row's number and the cells' separators)
            if row is None and (num := _ROW_NUMBER_RE.match(text, line, at)) is not None and at in _COLUMN_BREAKS.get():
                row = num  # (4 顾某 扬州大学 黄川镇副镇长: the number's single space compacted away, a cell's end)
            line = row.end() if row is not None else line
            while line < at and text[line] in " \t\u3000":
                line += 1  # (a row indented under the one before)
            name = text[line:at].rstrip(" \t\u3000")
            plain = name.replace("\u3000", "", 1) if len(name) == 3 and name[1] == "\u3000" else name  # (马　骁)
            if not (2 <= len(plain) <= 3 and (plain[0] in lx.SURNAMES or plain[:2] in lx.COMPOUND_SURNAMES)
                    and all(CJK.match(ch) for ch in plain) and plain not in lx.NOT_NAMES and plain[:2] not in lx.NOT_NAMES
                    and not (len(plain) == 3 and (plain[2] in lx.STRONG_AFTER_NAME or plain[2] in "是为任"))):
                # (孙浩是南京理工大学的…: 孙浩, then 是)
                continue
            out.append(Mention(line, line + len(name), name, "Person", "person-list-item", 0.6, info={"role_start": line}))
            continue
        comma = at - 1
        for n in (3, 2, 4):
            s0 = comma - n
            if s0 < 0 or s0 in starts or not all(CJK.match(ch) for ch in text[s0:comma]):
                continue
            if _given_name_end(text, s0) != comma or text[s0:comma] in lx.NOT_NAMES:
                continue
            head = text[max(0, s0 - 6):s0]
            j = s0
            while j > 0 and text[j - 1] in " \t\u3000":
                j -= 1  # (an item indented on its line: 　　林某（南通大学），挂职…)
            if j == 0 or text[j - 1] in _ITEM_OPENERS or _BULLET_RE.search(head) or (
                    text[j - 1] == "。" and _TITLE_CLOSES_CLAUSE_RE.match(text, at)):
                out.append(Mention(s0, comma, text[s0:comma], "Person", "person-list-item", 0.65, info={"role_start": s0}))
                break
    for m in _ITEM_NAME_ROLE_RE.finditer(text):
        s0 = m.start(1)
        if s0 not in starts and _given_name_end(text, s0) == m.end(1) and m.group(1)[:2] not in lx.NOT_NAMES and not any(
                o.start == s0 for o in out):
            out.append(Mention(s0, m.end(1), m.group(1), "Person", "person-list-item", 0.65, info={"role_start": s0}))
    return out



_SPEECH_VERB_RE = re.compile("|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True)))
_CLAUSE_OPENERS = frozenset("，。；：！？!?“”\"\n】 \t\u3000")


_AFTER_LISTED_NAME = ("、", "和", "，", ",", "。", "（", "(", "来自", "均", "分别", "等", "挂职", "挂任", "担任", "同志")


def _listed_after(text: str, end: int, role: str, role_start: int) -> list[Mention]:
    """Names listed after a role's name, each with its bracket: 团员：周强（中国药科大学）、吴敏（…）; or
    without brackets, when what follows each closes the name: 团员许某、邹某来自…."""
    out = []
    while text.startswith(("、", "和"), end) and not text.startswith(("（", "("), end):
        start = end + 1
        end = _given_name_end(text, start)
        if (end is None or not text.startswith(_AFTER_LISTED_NAME, end) or text[start:end][:2] in lx.NOT_NAMES
                or _ROLE_RE.match(text, start)):
            return out
        out.append(Mention(start, end, text[start:end], "Person", f"person-listed:{role}", 0.65,
                           info={"role": role, "role_start": role_start}))
    while text.startswith(("（", "("), end):
        close = min((k for k in (text.find("）", end, end + 60), text.find(")", end, end + 60)) if k >= 0), default=-1)
        if close < 0 or text[close + 1:close + 2] != "、":
            break
        start = close + 2
        end = _given_name_end(text, start)
        if end is None or not text.startswith(("（", "("), end) or text[start:end][:2] in lx.NOT_NAMES:
            break
        out.append(Mention(start, end, text[start:end], "Person", f"person-listed:{role}", 0.7,
                           info={"role": role, "role_start": role_start}))
    return out


_ROSTER_ROLE_RE = re.compile(r"[（(](团长|副团长|团员|成员)[)）]")
_NAME_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*$")  # a line holding only a name
# where a table's row may open on a name in a cell of its own (after a row number's cell, or the
# row's opening bar): 戚某岭｜南京大学｜…, | 施某帆 | 东华大学…教授 |, 1⇥韩某航⇥男⇥1981.04⇥南京理工大学…
# a reply's salutation on a line of its own (刘某华委员：, 季某梅代表：) and its signer's field (签发人：顾某峰)
_LETTER_NAME_RE = re.compile(r"(?m)^[ \u3000]*([\u4e00-\u9fff]{2,3}?)(?:委员|代表|同志)[：:][ \u3000]*$"
                             r"|(?:签发人|代表签字|签字|法定代表人|授权代表|委托代理人)[：: \u3000]*([\u4e00-\u9fff]{2,3}?)"
                             r"(?=[ \u3000\t，,；;|｜（(]|$)", re.MULTILINE)
# a form's name field: 姓名 沈某然　性别 男, 姓名：王某 (and the next field's label, when its gap was compacted away)
_FORM_NAME_RE = re.compile(r"(?m)(?:^|[ \u3000\t]|[|｜][ \u3000]*)姓\s?名[：: \u3000\t|｜]*(?!单位|职务|性别|所在|派出|职称|民族)([\u4e00-\u9fff]{2,3}?)(?=[ \u3000\t，,；;｜|]|性别|民族|所在|派出|单位|职务|职称|挂职|$)")
# a table's header with a column of people (序号｜挂职人员｜所在学院｜…, 序号｜姓名｜派出单位)
_PERSON_COLUMN_HEADER_RE = re.compile(r"(?m)^[ \u3000]*(?:[｜|][ \u3000]*)?(?:序号[ \u3000]*[｜|\t][ \u3000]*)?(?:挂职人员|姓名|团员|成员|挂职干部|人员|挂职团员)[ \u3000]*[｜|\t]")
_NAME_CELL_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*(?:[｜|][ \u3000]*)?(?:\d{1,3}[.、]?[ \u3000]*[｜|\t][ \u3000]*)?"
                                r"(?=[\u4e00-\u9fff]{2})")
# what a place's name in a row's first cell ends with (1 | 戴庄村 | …: a village, no person)
_PLACE_LAST_CHARS = frozenset("村镇乡")
# a cell's break within a table's row
TABLE_CELL_BREAK_RE = re.compile(r"[ \u3000]*[｜|\t][ \u3000]*")
_BAR_RE = re.compile(r"[ \u3000]*[｜|]")
# 淮安区团柯某行(南京航空航天大学自动化学院教授,挂任…): a team's member, named after its short form
_TEAM_THEN_NAME_RE = re.compile(r"团([\u4e00-\u9fff]{2,3}?)[（(]")
# a report's byline: 天宁区第十六批科技镇长团　陶某铭 on its own line, then （作者系…）
_TEAM_BYLINE_RE = re.compile(r"(?m)科技镇长团[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*\n[ \t\u3000]*[（(]?作者")


def row_cell_starts(text: str, pos: int, breaks: frozenset[int] = frozenset()) -> list[int]:
    """Where the cells of a table's row start, from ``pos`` (a cell's start, or the break before it)
    to the line's end; ``breaks``: where a compacted text's cell gaps were."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    starts = [] if TABLE_CELL_BREAK_RE.match(text, pos) else [pos]
    starts += [b.end() for b in TABLE_CELL_BREAK_RE.finditer(text, pos, end)]
    return sorted(starts + [b for b in breaks if pos < b < end])


# a spaced table's header with a name column, its gaps compacted away (序号　姓名　所在团队 → 序号姓名所在团队)
_SPACED_NAME_HEADER_RE = re.compile(r"(?m)^[ \u3000]*序号[ \u3000]*(?:姓名|团员|成员|挂职人员)")
_ROW_NUMBER_START_RE = re.compile(r"(?m)^[ \t\u3000]*\d{1,3}[.、．]?([ \t\u3000]*)")
# a line opening with a name and a comma (after a bullet or an item's number: · 丁某之，挂职…, 1. 严某，…)
_NAME_COMMA_LINE_RE = re.compile(r"(?m)^(?:[ \u3000]*(?:[·•●○▪■◆＊*]|\d{1,2}[.．、]|[（(]\d{1,2}[）)])[ \u3000]*)?"
                                 r"([\u4e00-\u9fff]{2,3})[，,]")
_LINE_START_RE = re.compile(r"(?m)^[ \u3000]*(?=[\u4e00-\u9fff])")
# a line opening with a name, then a bracket that opens with a team: 陆某行（宜兴团，江南大学）
_NAME_TEAM_BRACKET_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*(?:\d{1,3}[ \u3000]*[｜|\t][ \u3000]*)?"  # (1｜葛某（东海团）｜…: a row)
                                        r"([\u4e00-\u9fff]{2,3})[（(][\u4e00-\u9fff]{1,12}?团[，,、）)]")
# a table's cell holding a name and, in brackets, its team or body (｜林某涵（江阴团）｜, 	陆某阳（江苏大学）, and the
# next of two in one cell: …）,蒋某宁（常州大学）)
_NAME_BRACKET_CELL = r"([\u4e00-\u9fff]{2,3})[（(]([^（）()｜|\t\n]{2,16})[）)][ \u3000]*(?=[｜|\t,，、]|$)"
_NAME_BRACKET_CELL_RE = re.compile(r"(?:[｜|\t]|[）)][,，、])[ \u3000]*" + _NAME_BRACKET_CELL, re.M)
_NAME_BRACKET_AT_BREAK_RE = re.compile(_NAME_BRACKET_CELL, re.M)  # (at a column break: the gap before it compacted away)
# what a body in a cell's brackets ends with, when the gazetteer's mention of it came too late to be known
_BODY_ENDS = ("大学", "学院", "研究院", "所")
_COUNT_DIGITS = frozenset("两二三四五六七八九十0123456789")


# a table's header whose name column comes after the body's (序号｜单位｜姓名｜职务｜联系电话): a sign-in
# sheet or a list of attendees, each row a person of the body its 单位 cell names
_UNIT_THEN_NAME_HEADER_RE = re.compile(
    r"(?m)^[ \u3000]*(?:序号[ \u3000]*[｜|\t][ \u3000]*)?(?:单位|工作单位|所在单位|派出单位|参会单位|单位名称)[ \u3000]*[｜|\t]"
    r"[ \u3000]*(?:姓名|参会人员|人员|参会代表)[ \u3000]*[｜|\t][^\n]*")
_CELL_RE = re.compile(r"[^｜|\t\n]+")


def unit_column_mentions(text: str) -> list[Mention]:
    """The people of a table whose 单位 column comes before its 姓名 column (单位｜姓名｜职务 /
    扬州大学｜周某｜教授): each row's name, with ``info["unit"]`` where its 单位 cell starts."""
    out = []
    for h in _UNIT_THEN_NAME_HEADER_RE.finditer(text):
        header = [c.group().strip(" \u3000") for c in _CELL_RE.finditer(h.group())]
        unit_at = next(i for i, c in enumerate(header) if "单位" in c)
        name_at = unit_at + 1
        pos = h.end()
        while pos < len(text) and text[pos] == "\n":
            line_end = text.find("\n", pos + 1) % (len(text) + 1)
            cells = []
            for c in _CELL_RE.finditer(text, pos + 1, line_end):
                lead = len(c.group()) - len(c.group().lstrip(" \u3000"))
                cells.append((c.start() + lead, c.start() + len(c.group().rstrip(" \u3000"))))
            if len(cells) <= name_at or not any(ch in "｜|\t" for ch in text[pos + 1:line_end]):
                break  # (the table's end: a blank line, a note)
            start, end = cells[name_at]
            name = text[start:end]
            if 2 <= len(name) <= 4 and all(CJK.match(ch) for ch in name) and name[:2] not in lx.NOT_NAMES:
                # (the column says it is a name: a rare surname too, 隗某)
                out.append(Mention(start, end, name, "Person", "person-column", 0.7, info={"unit": cells[unit_at][0]}))
            pos = line_end
    return out


def roster_mentions(text: str, known: list[Mention], firms: Iterable[str] = ()) -> list[Mention]:
    """Members a roster names with no role word before them: 刘某宇（团长），南京…; a line holding
    only a name above a line that opens with a university or institute (a table flattened one
    cell a line); names counted after a list (选派周某、钱某、孙某三名科研骨干)."""
    out = []
    for m in _ROSTER_ROLE_RE.finditer(text):  # 刘某宇（团长），…
        k = m.start()
        for n in (3, 2):
            start = k - n
            if start >= 0 and (start == 0 or text[start - 1] in "\n、，,；;：: \u3000") \
                    and _given_name_end(text, start) == k and text[start:k][:2] not in lx.NOT_NAMES:
                out.append(Mention(start, k, text[start:k], "Person", f"person-roster:{m.group(1)}", 0.7,
                                   info={"role": m.group(1)}))
                break
    if "\n" in text:
        if "单位" in text:
            out += unit_column_mentions(text)  # 单位｜姓名｜职务 / 扬州大学｜周某｜教授
        orgs = {o.start for o in known if o.cls in ("University", "ResearchInstitute")}
        for m in _NAME_LINE_RE.finditer(text):  # 沈某曦\n河海大学港口海岸与近海工程学院\n…
            start, name = m.start(1), m.group(1)
            if m.end() + 1 in orgs and name[:2] not in lx.NOT_NAMES and _given_name_end(text, start) == m.end(1):
                out.append(Mention(start, m.end(1), name, "Person", "person-table", 0.65))
        breaks = _COLUMN_BREAKS.get()
        person_column = _PERSON_COLUMN_HEADER_RE.search(text) is not None  # (序号｜挂职人员｜所在学院｜…)
        firm_names = list(firms)  # (｜康某源｜江南大学…｜ under 企业: a firm's brand, no member's name)
        for m in _NAME_CELL_LINE_RE.finditer(text):  # 戚某岭｜南京大学｜副县长、团长｜…: a table's row
            start = m.end()
            for end in (start + 3, start + 2):  # a name's cell ends at a bar or a tab (or a gap compacted away)
                # (a cell of three: the whole name, whatever its last character, 樊某心｜…)
                if not (end in breaks or TABLE_CELL_BREAK_RE.match(text, end)) or (
                        (given := _given_name_end(text, start)) != end and not (
                            end == start + 3 and given == start + 2 and CJK.match(text[start + 2]))):
                    continue
                cells = row_cell_starts(text, end, breaks)
                if text[start:end][:2] not in lx.NOT_NAMES and all(CJK.match(ch) for ch in text[start:end]) \
                        and text[end - 1] not in _PLACE_LAST_CHARS and not any(text[start:end] in f for f in firm_names) \
                        and (any(c in orgs for c in cells) or (person_column and _BAR_RE.match(text, end))) \
                        and not (cells[:1] and cells[0] in orgs and not _BAR_RE.match(text, end)):
                    # (a row of tabs or spaces whose next cell is the body: the list-item rule's, which
                    # reads the post too)
                    out.append(Mention(start, end, text[start:end], "Person", "person-table", 0.65))
                break
        if breaks and _SPACED_NAME_HEADER_RE.search(text):
            # 序号　姓名　所在团队　挂职职务　派出单位 / 1　王　屹　某市团　…: a spaced table's name column, its gaps
            # compacted away (a two-character name padded to three: 王　屹)
            for m in _ROW_NUMBER_START_RE.finditer(text):
                start = m.end()
                gap = m.group(1)  # (an ideographic space or a tab; plain spaces are the list-item rule's: 1 顾某 扬州大学)
                if (start not in breaks if not gap else not ("\u3000" in gap or "\t" in gap)) or start >= len(text) \
                        or not (text[start] in lx.SURNAMES or text[start:start + 2] in lx.COMPOUND_SURNAMES):
                    continue
                end = next((e for e in (start + 2, start + 3) if e in breaks and (e == start + 2 or start + 1 not in breaks)),
                           None)
                if end is None or not all(CJK.match(ch) for ch in text[start:end]) or text[start:end] in lx.NOT_NAMES \
                        or text[start:end][:2] in lx.NOT_NAMES:
                    continue
                out.append(Mention(start, end, text[start:end], "Person", "person-table", 0.65))
        for m in _NAME_COMMA_LINE_RE.finditer(text):  # 周某航，船舶工程学院教授，挂任海门区副区长…
            pos, end = m.start(1), _given_name_end(text, m.start(1))
            if end == m.end(1) and text[pos:end][:2] not in lx.NOT_NAMES \
                    and _ROLE_RE.search(text, end + 1, min(text.find("\n", end) % (len(text) + 1), end + 24)):
                out.append(Mention(pos, end, text[pos:end], "Person", "person-roster-line", 0.6))
        for m in _LINE_START_RE.finditer(text) if breaks else ():  # 许某涵　靖江市…团团长，挂职…: a guest list's row
            pos = m.end()
            end = _given_name_end(text, pos)
            if end is None or end not in breaks or end - pos < 2 or text[pos:end][:2] in lx.NOT_NAMES:
                continue
            line_end = text.find("\n", end)
            if _ROLE_RE.search(text, end, min(line_end % (len(text) + 1), end + 40)):
                out.append(Mention(pos, end, text[pos:end], "Person", "person-roster-line", 0.6))
        bodies = {o.start for o in known if o.cls in ("University", "ResearchInstitute", "AcademicUnit")}
        cells = list(_NAME_BRACKET_CELL_RE.finditer(text)) if "｜" in text or "|" in text or "\t" in text else []
        # (…工程学院\t周某松（东华大学）\t…: a cell whose gap before it was compacted away, at a column break)
        cells += [c for c in (_NAME_BRACKET_AT_BREAK_RE.match(text, b) for b in sorted(breaks)) if c is not None]
        for m in cells:
            start = m.start(1)  # …｜林某涵（江阴团）｜…: a table's broker cell (潘　越: a padded name, compacted)
            if _given_name_end(text, start) in (m.end(1), None) and m.group(1)[:2] not in lx.NOT_NAMES \
                    and (text[start] in lx.SURNAMES or text[start:start + 2] in lx.COMPOUND_SURNAMES) \
                    and (m.group(2).endswith("团") or m.start(2) in bodies or m.group(2).endswith(_BODY_ENDS)):
                out.append(Mention(start, m.end(1), m.group(1), "Person", "person-roster-team", 0.65))
        for m in _NAME_TEAM_BRACKET_LINE_RE.finditer(text):  # 陆某行（宜兴团，江南大学）: an award list's row
            start = m.start(1)
            if _given_name_end(text, start) == m.end(1) and m.group(1)[:2] not in lx.NOT_NAMES:
                out.append(Mention(start, m.end(1), m.group(1), "Person", "person-roster-team", 0.65))
    if "团" in text:
        orgs = {o.start for o in known if o.cls in ("University", "ResearchInstitute")}
        for m in _TEAM_THEN_NAME_RE.finditer(text):
            start, name = m.start(1), m.group(1)
            if m.end() in orgs and name[:2] not in lx.NOT_NAMES and _given_name_end(text, start) == m.end(1):
                out.append(Mention(start, m.end(1), name, "Person", "person-after-team", 0.65,
                                   info={"role": None, "role_start": start}))
        for m in _TEAM_BYLINE_RE.finditer(text) if "作者" in text else ():
            start, name = m.start(1), m.group(1)
            if name[:2] not in lx.NOT_NAMES and _given_name_end(text, start) == m.end(1):
                out.append(Mention(start, m.end(1), name, "Person", "person-byline-team", 0.65,
                                   info={"role": None, "role_start": start}))
    for k in occurrences(text, "名"):  # 选派周某、钱某、孙某三名科研骨干
        if k < 6 or text[k - 1] not in _COUNT_DIGITS or text.find("、", max(0, k - 10), k) < 0:
            continue  # (most counts: no list of names before them)
        end = k - 1 - (text[k - 2] == "等")
        names = []
        while True:
            found = next(((end - n, end) for n in (3, 2) if end - n >= 0
                          and _given_name_end(text, end - n) == end and text[end - n:end][:2] not in lx.NOT_NAMES), None)
            if found is None:
                break
            names.append(found)
            if text[found[0] - 1:found[0]] != "、":
                break
            end = found[0] - 1
        if len(names) >= 2 and text[names[-1][0] - 1:names[-1][0]] != "、":
            out += [Mention(a, b, text[a:b], "Person", "person-counted", 0.65) for a, b in names]
    return out


_AFTER_NAME_AFTER_ZAI = ("的", "和", "与", "、", "带领", "率领", "牵线", "推动", "指导", "帮助", "协调", "带动", "牵头", "促成")


def _speaker_mentions(text: str, persons: list[Mention]) -> list[Mention]:
    """A name that opens a clause and says something (王磊说) and recurs in the article is a
    person (profiles name their subject without a role word); then every other place a
    person's name stands as a name (王磊还推动…, 和王磊) is a mention of that person too."""
    names = {m.text for m in persons}
    starts = set()
    for v in _SPEECH_VERB_RE.finditer(text):  # a few verbs an article: look back from each
        for n in (2, 3, 4):
            s = v.start() - n
            if s >= 0 and (s == 0 or text[s - 1] in _CLAUSE_OPENERS) and all(CJK.match(ch) for ch in text[s:v.start()]):
                starts.add(s)
    for s in sorted(starts):
        e = _given_name_end(text, s)
        if e is None or not text.startswith(lx.SPEECH_VERBS, e):
            continue
        name = text[s:e]
        if name in lx.NOT_NAMES or name[:2] in lx.NOT_NAMES or text.count(name) < 2:
            continue
        names.add(name)
    taken = {(m.start, m.end) for m in persons}
    out = []
    for name in sorted(names):
        longer = [n for n in names if len(n) > len(name) and n.startswith(name)]
        for k in occurrences(text, name):
            if (k, k + len(name)) in taken or (_given_name_end(text, k) != k + len(name) and (
                    longer or len(name) != 2 or _given_name_end(text, k) != k + 3)):
                continue  # (a known two-character name before a word: 邱某几乎天天…, not a name 邱某几)
            if k > 0 and CJK.match(text[k - 1]) and text[k - 1] not in lx.BEFORE_NAME and not (
                    text[k - 1] == "在" and text.startswith(_AFTER_NAME_AFTER_ZAI, k + len(name))) and not (
                    # 在王晨的推动下, 在许某和邹某的共同推动下, 在孙某鸣带领下
                    text[k - 1] in "的了" and len(name) == 3):  # 挂职海门区副区长的钱某群介绍, 转给了孟某超 (a known full name)
                continue
            out.append(Mention(k, k + len(name), name, "Person", "person-recurring", 0.6, info={"role": None}))
    return out


# lookahead: the characters lx.FIELD_LIST_END can start with (等, a count, a qualifier, 产/行),
# so the scan skips other positions instead of trying its optional groups there
_FIELD_LIST_END_RE = re.compile(r"(?=[等是为均都一二两三四五六七八九十\d主战特支重新未优先产行首])" + lx.FIELD_LIST_END)
# what opens a field list's item without being part of it: an area word or a preposition
_ITEM_PREFIX_RE = re.compile(r"^(?:全市|全区|全县|全省|我市|我区|本地|区域|地方|以及|就|对|在|从|的|了"  # (句容的茶叶、…)
                             r"|(?:辖)?[区县市镇省园境]内"  # (围绕区内光电通信、新材料两大主导产业)
                             r"|(?:国家|全国)(?:[二三四五六七八九十]大)?)"  # (国家七大石化产业基地)
                             r"?(?:(?:超|近)?[千百万]亿(?:元)?级|世界级|国际一流|全国一流)?")  # (打造千亿级新能源产业集群, 世界级电梯产业集群)
# 培育以电子信息为代表的新兴产业: the field inside 以…为代表(的)
_LED_BY_RE = re.compile(r"^以([\u4e00-\u9fff]{2,12}?)为(?:代表|主|重点|龙头|核心|引领|主体)的?$")
# 以A、B为主的特色产业: a whole list inside 以…为主
# 把A、B列为重点服务产业: the list is what 把 (or 将) takes
_LIST_MADE_INTO_RE = re.compile(r"[把将]([^把将，,。；;]+?)(?:列为|作为|确定为|定为|当作)[^、]*$")
_LIST_LED_BY_RE = re.compile(r"以([\u4e00-\u9fff、]{4,40}?)为(?:代表|主|重点|龙头|核心|引领|主体)的?$")
# 电动自行车这一特色产业, 这两大产业: a demonstrative between the list and its end
_THIS_ONE_RE = re.compile(r"(?:这|该)(?:一|个|些|[两三四五六七八九十]大|[两三四五六七八九十]个)?$")
# 行业痛点, 产业难题: what follows the list's end makes it a problem, not an industry
_NO_INDUSTRY_AFTER = ("痛点", "难点", "难题", "瓶颈", "堵点", "短板")
_COUNT_AFTER_NAME_RE = re.compile(r"[\d一二三四五六七八九十两]+[余多]?[家个所项座]")


_JOINED_ITEMS_RE = re.compile(r"和")


def _split_joined_items(part: str) -> list[str]:
    """家纺、建筑和生物医药: the last item joined by 和 is an item of its own, unless the whole is
    one field's name (软件和信息服务); 特种金属制品与新材料 and 半导体及通信 stay one, as the seeds have them."""
    k = next((m.start() for m in _JOINED_ITEMS_RE.finditer(part)), -1)
    if k < 0:
        return [part]
    head, tail = part[:k], part[k + 1:]
    whole = _ITEM_PREFIX_RE.sub("", part).strip("“”\"")
    if len(_ITEM_PREFIX_RE.sub("", head)) < 2 or len(tail) < 2 or any(
            s == 0 and e == len(whole) and any(h.cls == "Field" for h in hs) for s, e, hs in find_gazetteer_names(whole)):
        return [part]
    return [head, *_split_joined_items(tail)]


_CLAUSE_WORDS_BEFORE_FIELD = tuple(w for w in lx.LEFT_STOPWORDS if w not in ("与", "和", "及", "、"))


_LIST_JOINER_RE = re.compile(r"(?:以及|和|及|与|、|，)?")


# a record's labelled line of what a firm works in (企业名称：X / 所属领域：海工装备)
_RECORD_FIELD_RE = re.compile(r"(?m)^[ \u3000]*(?:所属领域|所属行业|行业领域|技术领域|产业领域|所属产业)[：:][ \u3000]*"
                              r"([\u4e00-\u9fff]{2,10}(?:[、/／][\u4e00-\u9fff]{2,10})*)[ \u3000]*$")


def record_field_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """The fields a record's 所属领域 line gives (所属领域：海工装备): fields, whatever the gazetteer
    knows, since the line says what they are."""
    if "领域" not in text and "行业" not in text and "产业" not in text:
        return []
    out = []
    for m in _RECORD_FIELD_RE.finditer(text):
        k = m.start(1)
        for item in re.split("[、/／]", m.group(1)):
            if not _generic(item):
                out.append(Mention(k, k + len(item), item, "Field", "field-record", 0.7, info={"listed": True}))
            k += len(item) + 1
    return out


_ONE_INDUSTRY_RE = re.compile(r"(?:等)?(?:是|为|均为|都是)?一[大条个项]")


# words no item of a list of fields holds (a firm, a place, a platform, what is done, a body)
_NOT_IN_LISTED_FIELD = ("企业", "公司", "项目", "平台", "园", "区", "市", "县", "镇", "基地", "国家", "成果",
                        "人才", "建设", "升级", "优势", "链", "和", "大学", "学院", "来自", "板块", "所在",
                        "影响力", "问题", "制约", "走向", "共建", "共育", "建议", "组织部", "厅", "局",
                        "牵头", "参与")  # (由某公司牵头、12家企业参与的…产业技术创新联盟)
# 聚焦水稻育种、小麦育种和盐碱地特色种苗，…: a list a focus verb opens, ended by the clause (no 产业 or 领域 after it)
_FOCUS_LIST_RE = re.compile(r"(?:聚焦|主攻|深耕|专注于)((?:[\u4e00-\u9fff]{2,8}(?:、|和|及|与)){1,5}[\u4e00-\u9fff]{2,8})(?=[，,。；;])")
_LIST_ENDED_OTHERWISE_RE = re.compile(r"等|产业|领域|方向|行业|板块|[两三四五六七八九十][大个项]")
# what a focus is on when it is work, not a field (聚焦高端制剂研发和…, 聚焦表面防护技术…)
_WORK_NOT_FIELD = ("研发", "生产", "技术", "服务", "需求", "工作", "攻关", "转化", "难题", "问题", "开发", "推广", "示范", "中试")
_WORK_INSIDE_FIELD = ("开展", "对接")  # (聚焦港口物流开展对接: what is done, inside the item)
# what follows 在A、B等领域 when the list is a body's strengths (具有传统优势, 积累了…)
_STRENGTH_AFTER_FIELDS = ("具有", "具备", "拥有", "积累", "有着", "形成了", "优势", "研究基础", "实力")
# what a team does, written right before the field a list's last item names (开展白茶产业调研)
_VERBS_OPENING_FIELD = ("开展", "聚焦", "围绕", "深耕", "助力", "调研")


def focus_list_field_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Items of a list a focus verb opens and the clause ends (聚焦水稻育种、小麦育种和盐碱地特色种苗，积极…) are
    fields, though no 产业 or 领域 follows them."""
    out = []
    taken = [(m.start, m.end) for m in known if m.cls != "Field"]
    for m in _FOCUS_LIST_RE.finditer(text):
        if _LIST_ENDED_OTHERWISE_RE.search(m.group(1)):
            continue  # (聚焦A、B两大方向, …等产业: the lists field_list_mentions reads)
        pos = m.start(1)
        items = []
        for part in (q for p in m.group(1).split("、") for q in _split_joined_items(p)):  # (船舶与海工装备 stays one)
            items.append((pos, part))
            pos += len(part) + 1  # (one separator after each: 、, 和, 及 or 与)
        if any(any(w in name for w in _NOT_IN_LISTED_FIELD) or _generic(name) or len(name) < 2 or "的" in name
               or name.endswith(_WORK_NOT_FIELD) or any(w in name for w in _WORK_INSIDE_FIELD)
               or any(a < p + len(name) and p < b for a, b in taken) for p, name in items):
            continue  # (聚焦企业需求和…, 聚焦高端制剂研发和…, a body's name in it: no list of fields)
        out += [Mention(p, p + len(name), name, "Field", "field-focus-list", 0.55) for p, name in items]
    return out


def field_list_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Items of a list that ends in …等(N大)(主导)产业 are fields (高端装备制造、新材料两大主导产业).

    The list runs back to the clause start; a single item needs an opening verb
    (发展船舶与海工装备产业).
    """
    out = []
    taken = {(m.start, m.end) for m in known}
    place_ends = {m.start: m.end for m in known if m.cls == "Locality"}
    known_fields = [m for m in known if m.cls == "Field"]
    last_end = 0  # where the list before ended (A、B两大主导产业和C、D等新兴产业: two lists, one clause)
    inside = [(o.start, o.end) for o in known if o.cls in ("GovernmentAgency", "Enterprise", "Platform")]
    for m in _FIELD_LIST_END_RE.finditer(text):
        end = m.start()
        if any(a < end < b for a, b in inside):
            continue  # 挂任县龙虾产业发展局副局长: 产业 inside a body's name ends no list
        start = end
        while start > last_end and text[start - 1] not in "，,。；;：:！？!?（(\n" and end - start < 80:
            start -= 1
        if last_end and start == last_end and text[start - 1] not in "，,。；;：:！？!?（(\n":
            start += len(_LIST_JOINER_RE.match(text, start).group())
        # (a list ends here when another follows it: …两大主导产业和光电、…等新兴产业; not …低碳产业等领域)
        last_end = m.end() if _LIST_JOINER_RE.match(text, m.end()).end() > m.end() and text[m.end():m.end() + 1] != "，" else 0
        seg = text[start:end]
        topics = m.group().endswith(("领域", "方向"))  # (…等领域: fields only after a focus, 围绕…)
        opener = max(((seg.rfind(o), o) for o in (lx.FIELD_FOCUS_OPENERS if topics else lx.FIELD_LIST_OPENERS)
                      if o in seg), default=(-1, ""))
        if opener[0] < 0 and topics and "、" in seg and (at := seg.rfind("在")) >= 0 and text.startswith(
                _STRENGTH_AFTER_FIELDS, m.end()):
            opener = (at, "在")  # 在水污染控制工程、给排水科学与工程等领域具有传统优势: a body's strengths
        if opener[0] >= 0:
            start += opener[0] + len(opener[1])
            seg = text[start:end]
        elif "、" not in seg or topics:
            continue
        if text.startswith(_NO_INDUSTRY_AFTER, m.end()):
            continue  # 瞄准两轮车锂电池安全这一行业痛点: a problem, no industry
        if _ONE_INDUSTRY_RE.match(m.group()) and "、" in seg:
            continue  # 电动游船、休闲快艇和钓鱼艇正串起一条新兴产业链: a list is no one industry's name
        if (led := _LIST_LED_BY_RE.match(seg)) is not None and "、" in led.group(1):
            start += 1  # 形成了以电动摩托车、电动三轮车为主的特色产业: the list inside 以…为主
            seg = led.group(1)
        elif (made := _LIST_MADE_INTO_RE.search(seg)) is not None and "、" in made.group(1):
            start += made.start(1)  # 到任后我们把智能卫浴、厨卫五金列为重点服务产业: the list between 把 and 列为
            seg = made.group(1)
        if (this := _THIS_ONE_RE.search(seg)) is not None:
            seg = seg[:this.start()]  # 紧扣全区电动自行车这一特色产业: the item ends before 这一
        if (heading := ITEM_HEADING_RE.match(seg)) is not None:
            start += heading.end()  # 五、办好家纺产业产学研对接会: a section's number, no list
            seg = seg[heading.end():]
            if "、" not in seg and opener[0] < 0:
                continue
        parts = [q for p in seg.split("、") for q in _split_joined_items(p)]  # (each part one separator apart)
        if any(ch in p.strip("“”\"") for p in parts for ch in "“”\""):
            continue  # “多而不强、大而不精”一直是…产业的心病, 由某某牵头、联合…共建的“某某产业…联盟”: quoted words, no list
        if any(len(_ITEM_PREFIX_RE.sub("", p)) > 12 or _ITEM_PREFIX_RE.sub("", p) in lx.ROLE_WORDS for p in parts[:-1]):
            continue  # 团员、江苏科技大学…组建了昆山市智能制造产业…: not a list of fields
        pos = start
        for part in parts:
            p_start, p_end = pos, pos + len(part)
            pos = p_end + 1
            name = _ITEM_PREFIX_RE.sub("", part).strip("“”\"")
            if (led := _LED_BY_RE.match(name)) is not None:
                name = led.group(1)
            if name.endswith("的"):
                name = name[:-1]  # 储能技术的产业: the item ends before 的
            n_start = p_end - len(name) if part.endswith(name) else p_start
            k = name.find("等")
            if k >= 2 and (n_start + k + 1 in place_ends or name.startswith(("地标", "地方", "本地", "当地"), k + 1)):
                name = name[:k]  # 食品加工等姜堰主导产业, 汽车零部件等地标产业, 船舶海工等地方主导产业: the item ends before 等
            k = name.find("是")
            if k >= 2 and (n_start + k + 1 in place_ends or name.startswith(("是其", "是该", "是本", "是全", "是当地"), k)):
                # 环保、电线电缆和陶瓷新材料是宜兴的三大特色产业, …特色食品是其三大主导产业: the item ends before 是
                name = name[:k]
            k = name.rfind("的", 0, len(name) - 1)
            if k >= 0:  # 和桥镇是宜兴的电线电缆产业重镇, 覆盖了桠溪的茶…: what follows 的
                if "来自" in name[:k]:
                    continue  # 来自东南大学的团员: a member, no field
                name, n_start = name[k + 1:], n_start + k + 1
            if name.startswith("以") and (n_start + 1 in place_ends or text.startswith("为", end)):
                name, n_start = name[1:], n_start + 1  # 以太仓航空航天、先进材料产业为重点, 以花木、电商为特色产业
            if n_start in place_ends and place_ends[n_start] <= n_start + len(name) - 2:
                # 围绕海安高端装备、新材料等产业: the place's industry is the field, not the place
                name = name[place_ends[n_start] - n_start:]
                n_start = place_ends[n_start]
                if name.startswith("的"):  # 句容的茶叶、草莓…产业
                    name, n_start = name[1:], n_start + 1
                elif name.startswith(("两地", "三地")) and len(name) >= 4:  # 溧阳、金坛两地动力电池产业
                    name, n_start = name[2:], n_start + 2
                elif name.startswith("以") and len(name) >= 3:  # 东山镇以碧螺春茶和枇杷、杨梅等花果产业闻名
                    name, n_start = name[1:], n_start + 1
            if name.startswith(_VERBS_OPENING_FIELD) and len(name) >= 4:
                name, n_start = name[2:], n_start + 2  # 赴A镇、B镇开展白茶产业专题调研: what the team does, then the field
            if any(n_start < f.start and f.end == n_start + len(name) and any(
                    w in text[n_start:f.start] for w in _CLAUSE_WORDS_BEFORE_FIELD) for f in known_fields):
                continue  # 让每名团员对口高端装备、…: the field the gazetteer found ends the item; the rest is the
                # clause (but 特种金属制品与新材料, 船舶与海工装备 are one field each)
            if len(name) > 2 and name.endswith("全") and text.startswith("产业链", n_start + len(name)):
                name = name[:-1]  # 聚焦小龙虾全产业链: the whole chain of the field
            if len(name) > 3 and name[-1] in "也亦还都":
                name = name[:-1]  # (新材料、电线电缆也是…主导产业: the adverb before 是)
            if (n_start, n_start + len(name)) in taken:
                for f in known_fields:  # (A、农产品加工和C三大板块: the gazetteer's field is the list's item too)
                    if f.start == n_start and f.end == n_start + len(name):
                        f.info["listed"] = True
                continue
            if not (2 <= len(name) <= 12) or _generic(name):
                continue
            if any(w in name for w in _NOT_IN_LISTED_FIELD):
                # (具有全球影响力的…, …等问题制约着产业, 围绕“组织共建、人才共育”: no fields)
                continue
            if not all(CJK.match(ch) for ch in name) or name.endswith(("地", "团")):
                continue  # (立足挂职地产业需求, 当地产业: a place's industry, named by no field)
            out.append(Mention(n_start, n_start + len(name), name, "Field", "field-list", 0.6))
    # (a quoted word before 产业 or 领域, “花木”产业: measured on the independent set, none of the twelve
    # such words the last reading took for fields was one; figures of speech and slogans are quoted too)
    return out


# 建湖高新区以石油装备和节能环保为主导产业, 以纺织服装为主导产业的泗洪经济开发区: a place's industries
_INDUSTRY_OF_RE = re.compile(r"以([\u4e00-\u9fff、]{2,40}?)为(?:其)?(?:主导|特色|支柱|优势|首位|重点|核心)产业(的)?")


# 宝应县是全省重要的输变电装备产业基地, 华士镇是江阴纺织服装、精密机械企业聚集的工业重镇: a place's industries
# (戴南镇是全国有名的不锈钢之乡; 阳山镇以桃产业闻名)
# 地处泰州北部的, 位于长江北岸的: where the place a sentence opens with lies
_WHERE_IT_LIES_RE = re.compile(r"(?:地处|位于|坐落于)[^，,。；;]{2,16}的")
_PLACE_IS_BASE_RE = re.compile(r"是(?:[^，,。；;“”]{0,12}?的)?(?P<items>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})*?)"
                               r"(?:产业|企业)?(?:聚集的|集聚的|的)?(?:工业|产业|特色产业|生产)?(?:基地|集聚地|聚集地|集聚区|重镇|大镇|之乡|之都)"
                               r"|以(?P<known>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})*?)(?:产业)?而?(?:闻名|著称|见长)")


_INDUSTRY_TAIL_RE = re.compile(r"(?:(?:产业|企业)?(?:聚集的|集聚的|的)?(?:工业|生产)?)+$")
_NOT_INDUSTRIES = frozenset({"重要", "主要", "工业", "传统", "新兴", "重点", "知名", "著名", "闻名", "全国", "全省", "南部",
                             "北部", "东部", "西部", "中部", "南部工业", "北部工业", "东部工业", "西部工业"})


# 小龙虾产业是鲍集镇的主导产业, 船舶制造是当地的支柱产业, A、B是全市三大特色产业: what the place's industries are
_IS_INDUSTRY_OF_RE = re.compile(r"(?:产业|行业)?(?:则|也|更|就|正|一直|始终|已经|已|早已)*(?:成为|是|为)"
                                r"(?:(?P<area>当地|本地|全市|全县|全区|全镇|我市|我县|我区|我们|这里|该[市县区镇])|"
                                r"(?P<place>[\u4e00-\u9fff]{2,10}?)(?:重点培育|重点发展|着力培育|着力打造|大力发展)?的)?的?"
                                r"(?:[一二两三四五六七八九十]大)?(?:主导|支柱|特色|优势|首位|传统|重点|核心|富民)+(?:产业|行业)")
_AREA_LEVELS = {"镇": ("镇", "乡", "街道"), "县": ("县",), "区": ("区",), "市": ("市",)}  # (全镇: the town named before)
_INDUSTRY_CLAUSE_EDGES = "，,。；;：:！？!?\n“”\"】"


def industry_field_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Fields a sentence gives as a place's industries (X以A和B为主导产业, 以A为主导产业的X), each
    with ``info["of"]`` the place: the one that ends right before 以, or that follows 的."""
    if "为" not in text and "是" not in text and "以" not in text:
        return []
    places = [m for m in known if m.cls == "Locality"]
    out = []
    for m in _INDUSTRY_OF_RE.finditer(text) if "为" in text else ():
        if m.group(2):
            of = max((p for p in places if p.start == m.end()), key=lambda p: p.length, default=None)
        else:
            of = max((p for p in places if p.end == m.start()), key=lambda p: p.length, default=None)
            if of is None and text[m.start() - 1:m.start()] in "，,":
                # 沭阳是全国闻名的“花木之乡”，以花木、电子商务为特色产业: the place the sentence opens with
                s0 = max(text.rfind(ch, 0, m.start()) for ch in "。！？\n") + 1
                of = next((p for p in places if s0 <= p.start <= s0 + 2 and p.end < m.start()), None)
        if of is not None:
            out += _industry_items(text, m.start(1), m.end(1), of, places)
    for m in _IS_INDUSTRY_OF_RE.finditer(text) if "是" in text or "为" in text else ():
        verb = m.start() + max(m.group().find(v) for v in ("是", "为")) - ("成为" in m.group())
        lo = max(text.rfind(ch, 0, m.start()) for ch in _INDUSTRY_CLAUSE_EDGES) + 1
        if m.group("area"):
            s0 = max(text.rfind(ch, 0, lo) for ch in "。！？!?\n") + 1
            # the place the sentence opens with (靖江是…，船舶制造是当地的…; 泰兴市黄桥镇…: the last of a
            # chain), else the last one before
            chain = []
            for p in sorted((p for p in places if s0 <= p.start and p.end <= lo), key=lambda p: p.start):
                if p.start - (chain[-1].end if chain else s0) <= (0 if chain else 2):
                    chain.append(p)
            of = chain[-1] if chain else max((p for p in places if s0 <= p.start and p.end <= lo),
                                             key=lambda p: p.end, default=None)
            # 地处泰州北部的兴化是…，稻米加工是当地的…: the place that is the subject (before its 是), not where it lies
            of = next((p for p in places if s0 <= p.start and p.end <= lo and _WHERE_IT_LIES_RE.match(text, s0, p.start)
                       and text.startswith(("是", "也是", "又是"), p.end)), of)
            level = _AREA_LEVELS.get(m.group("area")[-1])
            if level:  # 大沙河镇又是…主产区，果品深加工是全镇的主导产业: the town, not the county the sentence opens with
                of = max((p for p in places if s0 <= p.start and p.end <= lo and p.text.endswith(level)),
                         key=lambda p: p.end, default=of)
        elif m.group("place"):
            of = max((p for p in places if p.start == m.start("place") and p.end == m.end("place")),
                     key=lambda p: p.length, default=None)
            if of is None:  # 是洪泽区老子山镇的主导产业: a chain of places, the last one's
                chain = [p for p in places if m.start("place") <= p.start and p.end <= m.end("place")]
                if chain and sum(p.length for p in chain) == m.end("place") - m.start("place"):
                    of = max(chain, key=lambda p: p.end)
        else:
            of = None
        if (of is not None and lo < m.start() and not text.startswith(("这", "此", "其", "它"), lo)
                and not any(p.start >= lo and p.end <= m.start() for p in places)):
            out += _industry_items(text, lo, m.start(), of, places)
    for m in _PLACE_IS_BASE_RE.finditer(text) if "是" in text or "以" in text else ():
        of = max((p for p in places if p.end == m.start() or (p.end == m.start() - 1 and text[p.end] in "也还则")),
                 key=lambda p: p.length, default=None)
        items = "items" if m.group("items") else "known"
        if of is not None:  # 宝应县是全省重要的输变电装备产业基地, 沙集镇是全国闻名的电商家具集聚地
            out += _industry_items(text, m.start(items), m.end(items), of, places)
    return out


def _industry_items(text: str, lo: int, hi: int, of: Mention, places: list[Mention]) -> list[Mention]:
    """The fields listed in ``text[lo:hi]`` (A、B和C), as industries of the place ``of``; a place
    the list opens with (江阴纺织服装: 江阴's) is no part of the first."""
    lo = max([lo] + [p.end for p in places if p.start == lo and p.end < hi])
    out, pos = [], lo
    for part in text[lo:hi].split("、"):
        for item in _split_joined_items(part):
            bare = _INDUSTRY_TAIL_RE.sub("", item)  # (精密机械企业聚集的工业, 茧丝绸生产: 精密机械, 茧丝绸)
            item = bare if len(bare) >= 2 else item  # (but 桃产业: one character is no field)
            item = _ITEM_PREFIX_RE.sub("", item)  # (全县海上风电装备产业的集聚区: 海上风电装备)
            k = text.find(item, pos, hi)
            pos = k + len(item) if k >= 0 else pos
            if k >= 0 and 2 <= len(item) <= 12 and not _generic(item) and item not in _NOT_INDUSTRIES:
                out.append(Mention(k, k + len(item), item, "Field", "field-industry-of", 0.65, info={"of": of}))
    return out


# counties whose names open with a verb of officialese: 会同 (together with) 县人社局
_VERB_PLACES = ("会同",)
_AGENCY_AFTER_RE = re.compile(r"[县市区][\u4e00-\u9fff]{0,5}?(?:局|委|办|部|中心)")


_GOES_TO = ("赴", "从", "到", "往", "去", "至")  # (verbs of going, before a place)


def _drop_weak(text: str, chosen: list[Mention], gaz: list[Mention]) -> list[Mention]:
    """Drop matches that are parts of longer words: 南大 in 东南大学, 科技部 in 科技部门, 江苏 in 江苏蓝圈…,
    建设镇 in 加快建设镇江…, and a province that only qualifies what follows (江苏省重点研发计划)."""
    place_starts = {g.start for g in gaz if g.cls == "Locality"}
    place_ends = {g.end for g in gaz if g.cls == "Locality"}
    chosen_starts = {m.start for m in chosen}
    firm_starts = {m.start for m in chosen if m.cls == "Enterprise"}
    breaks = _COLUMN_BREAKS.get() or ()  # (后白镇 | 江苏某某: a cell's end between them, no 镇江 there)
    out = []
    for m in chosen:
        if m.rule == "gazetteer" and m.cls == "Locality" and m.hits and all(h.code and "-" in h.code for h in m.hits):
            if (m.end - 1) in place_starts and not text[m.end:m.end + 1] in "、，。的和与" and m.end not in breaks and not (
                    text.startswith("江苏", m.end) and m.text.endswith("镇") and (
                    m.start in place_ends or m.end in firm_starts)):
                continue  # (but 邳州市碾庄镇江苏某某有限公司, 在盛泽镇江苏某某有限公司: a town before a firm, no 镇江 there)
        nxt = text[m.end:m.end + 1]
        if m.rule == "gazetteer" and m.hits:
            short = all(h.short for h in m.hits)
            if m.cls in ("University", "ResearchInstitute") and short and m.length <= 2 and nxt and nxt not in lx.SHORT_NAME_FOLLOWERS:
                continue
            if m.cls == "GovernmentAgency" and nxt in ("门", "署"):
                continue
            if m.cls == "Locality" and short and nxt and CJK.match(nxt) and nxt not in "省市区县的和与及等、" and any(
                    h.code and h.code.endswith("0000") for h in m.hits) and text[m.start - 1:m.start] not in _GOES_TO:
                continue  # 江苏 inside an unrecognised name (江苏蓝天新材党支部; but 赴上海拜访, 从上海回到)
            if (m.cls == "Locality" and not short and nxt and (CJK.match(nxt) or nxt in "“\"") and nxt not in "的和与及等、内外各"
                    and m.end not in chosen_starts and all(h.code and h.code.endswith("0000") for h in m.hits)):
                continue  # 江苏省重点研发计划, 江苏省产业教授, 入选江苏省“科技副总”: the province qualifies a programme or a title
        out.append(m)
    return out


def select(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest non-overlapping mentions (ties: higher confidence)."""
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in mentions), default=0) + 1)  # 1 where a chosen mention sits
    for m in sorted(mentions, key=lambda m: (m.start - m.end, -m.conf, m.start)):
        if taken.find(1, m.start, m.end) >= 0:
            continue
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


_SPACED_CJK = re.compile(r"[\u4e00-\u9fff][ \u3000\xa0\t]+[\u4e00-\u9fff]")
# a whole run of spaces with a CJK character on both sides (the run is dropped by compact)
_SPACE_RUN_IN_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0\t]+(?=[\u4e00-\u9fff])")


def compact(text: str) -> tuple[str, list[int]]:
    """Drop spaces between two CJK characters (华宇新 材 → 华宇新材), keeping a map to the original offsets.

    Articles converted from PDF or print layout carry such spaces inside names;
    the spec treats spaces as equivalent when matching. The kept stretches between
    dropped space runs are copied whole, and the offset map is built from their ranges.
    """
    if not _SPACED_CJK.search(text):
        return text, list(range(len(text)))
    keep: list[int] = []
    pieces: list[str] = []
    last = 0
    for run in _SPACE_RUN_IN_CJK.finditer(text):
        pieces.append(text[last:run.start()])
        keep.extend(range(last, run.start()))
        last = run.end()
    pieces.append(text[last:])
    keep.extend(range(last, len(text)))
    return "".join(pieces), keep


def _roster_name_spaces(text: str) -> set[int]:
    """Where a line opens with a person's name and a single space (章某涛 江苏某某有限公司总工程师), on
    two lines or more: a roster's name column, whose space ends the name as a wider gap would (one
    such line alone may be a word broken by print layout: 华宇新 材料…)."""
    found = set()
    for m in _ROSTER_LINE_RE.finditer(text):
        head = m.group(1)
        if head[:2] in lx.COMPOUND_SURNAMES or (head[0] in lx.SURNAMES and len(head) <= 3):
            found.add(m.end(1))
    return found if len(found) >= 2 else set()


_SPACED_HEADER_RE = re.compile(r"(?m)^[ \u3000]*序号(?: [^ \n]{1,10}){2,}[ \u3000]*$")


def _spaced_table_spaces(text: str) -> set[int]:
    """The single spaces of a table whose cells one space splits (序号 姓名 派出单位 挂职岗位 / 4 顾某 扬州大学
    黄川镇副镇长): in the header and in each numbered row with as many cells after it, each is a cell's end."""
    found: set[int] = set()
    for h in _SPACED_HEADER_RE.finditer(text) if "序号 " in text else ():
        width = len(h.group().split())
        pos = h.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            cells = line.split(" ")
            if not line.strip():
                pos = end + 1
                continue
            if len(cells) != width or not cells[0].isdigit():
                break
            k = pos
            for cell in cells[:-1]:
                k += len(cell)
                found.add(k)
                k += 1
            pos = end + 1
    return found


_ROSTER_LINE_RE = re.compile(r"(?m)^[ \u3000]*([\u4e00-\u9fff]{2,4}) (?=[\u4e00-\u9fff])")


def _column_breaks(text: str) -> frozenset[int]:
    """Where :func:`compact` dropped a run of two or more spaces, or an ideographic space or a tab
    (a table's cells, a column gap): offsets into the compacted text, of the character after the run."""
    breaks, packed, last = [], 0, 0
    roster = _roster_name_spaces(text) | _spaced_table_spaces(text) if "\n" in text else set()
    roster |= {m.start(1) for m in _CAPTION_SPACE_RE.finditer(text)}  # (【同期声】周某新 江苏某某有限公司总经理)
    for run in _SPACE_RUN_IN_CJK.finditer(text):
        packed += run.start() - last
        if run.end() - run.start() >= 2 or "\u3000" in run.group() or "\t" in run.group() or run.start() in roster:
            breaks.append(packed)  # (an ideographic space or a tab is typed on purpose, one is enough)
        last = run.end()
    return frozenset(breaks)


def _to_original(mentions: list[Mention], keep: list[int]) -> None:
    """Map the mentions' offsets (and those of mentions in their info) back to the uncompacted text.

    A loop over a stack, not a recursive closure: that closure was a reference cycle per
    article, the only one extraction made, which only the cyclic collector could free.
    """
    seen: set[int] = set()
    todo = list(mentions)
    while todo:
        m = todo.pop()
        if id(m) in seen:
            continue
        seen.add(id(m))
        if m.start == m.end:  # (a mention of no characters, at a cell's start after a gap: it stays there)
            m.start = m.end = keep[m.start] if m.start < len(keep) else keep[-1] + 1
        else:
            m.start, m.end = keep[m.start], keep[m.end - 1] + 1
        if not m.info:
            continue  # most mentions (all gazetteer ones) carry no info to map
        for key in ("role_start", "unit"):  # (offsets: a role, a row's 单位 cell)
            if key in m.info and m.info[key] < len(keep):
                m.info[key] = keep[m.info[key]]
        for v in m.info.values():
            if isinstance(v, Mention):
                todo.append(v)
            elif isinstance(v, list):
                todo.extend(x for x in v if isinstance(x, Mention))


def find_mentions(text: str, home: GazHit | None = None, school: tuple[GazHit, str] | None = None) -> list[Mention]:
    """Every entity mention in ``text``, overlaps settled; offsets index ``text``.

    ``home`` is the university whose own news the article is (see :func:`home_university`):
    what its 我校 names; ``school``, the school whose own news it is (see :func:`home_school`):
    what its 我院 names.
    """
    if not _SPACED_CJK.search(text):
        return _find_mentions(text, home, school)  # nothing to compact: offsets are the text's own
    packed, keep = compact(text)
    if len(packed) == len(text):
        return _find_mentions(text, home, school)
    breaks = _column_breaks(text)
    token = _COLUMN_BREAKS.set(breaks)
    try:
        found = _find_mentions(packed, home, school)
    finally:
        _COLUMN_BREAKS.reset(token)
    _to_original(found, keep)
    return found


def _find_mentions(text: str, home: GazHit | None = None, school: tuple[GazHit, str] | None = None
                   ) -> list[Mention]:
    gaz = gazetteer_mentions(text)
    if "会同" in text:  # 将会同县人社局…: the verb 会同 (with), not the county 会同县
        gaz = [g for g in gaz if not (g.cls == "Locality" and text.startswith(_VERB_PLACES, g.start)
                                      and _AGENCY_AFTER_RE.match(text, g.start + 2))]
    protected: set[int] = set()
    for g in gaz:
        if g.cls in ("Locality", "University", "ResearchInstitute") and g.length >= 2:
            protected.update(range(g.start, g.end))
    _PROTECTED.set(frozenset(protected))
    # gazetteer names that sit inside a longer gazetteer name are dropped early
    base = select(gaz)
    candidates = list(gaz)
    companies = enterprise_mentions(text, base)
    candidates += companies
    candidates += list_item_mentions(text)
    zones = zone_mentions(text, base, gaz)
    candidates += zones
    towns = town_mentions(text, base)
    towns += short_town_mentions(text, base + zones)
    towns += town_core_mentions(text, base + towns)
    candidates += towns
    base = sorted(base + towns, key=lambda m: m.start)  # (海门区三厂街道党工委: the subdistrict's committee)
    candidates += village_mentions(text, base)
    # a company can host a platform named after it: 江苏某某机械有限公司院士工作站
    # (南中医药学院: the university's short form, though a field of the same length, 中医药, took its words in ``base``)
    in_base = {id(b) for b in base}
    fields = [b for b in base if b.cls == "Field"]
    candidates += unit_and_platform_mentions(text, base + [c for c in companies if c.rule.startswith("enterprise-suffix")] + [
        g for g in gaz if g.cls == "University" and id(g) not in in_base and any(
            b.start < g.end and g.start < b.end for b in fields)])
    if "贵校" in text:
        candidates += addressee_unit_mentions(text, base)
    candidates += agency_mentions(text, base, zones)
    candidates += team_mentions(text, base, zones)
    candidates += person_mentions(text, base, [c.text for c in companies])
    candidates += batch_table_mentions(text)
    if "姓名" in text or "挂职" in text:
        candidates += named_column_mentions(text)
    candidates += field_list_mentions(text, base)
    candidates += focus_list_field_mentions(text, base)
    candidates += record_field_mentions(text, base)
    industry = industry_field_mentions(text, base + zones)
    candidates += industry
    candidates += college_mentions(text, base)
    if home is not None and home.cls == "University":
        candidates += home_unit_mentions(text, base + companies, home)
    # 教授沈阳介绍: a name after a title is the person's, though a place (沈阳) is written alike
    titled = {(m.start, m.end) for m in candidates if m.rule.startswith("person-role:")}
    if titled:
        candidates = [m for m in candidates if not (m.cls == "Locality" and (m.start, m.end) in titled and m.hits
                                                    and all(h.short for h in m.hits))]
    chosen = _drop_weak(text, select(candidates), gaz)
    if "院" in text:
        chosen = _without_academy_before_its_institute(chosen)
    repeated = _repeated_names(text, chosen)
    if repeated:  # (a field read inside the repeated name is part of it)
        chosen = [m for m in chosen if not (m.cls == "Field" and any(r.start <= m.start and m.end <= r.end for r in repeated))]
        chosen = sorted(chosen + repeated, key=lambda m: m.start)
    if industry:  # (a gazetteer field chosen over the same span still names the place's industry)
        of_place = {(m.start, m.end): m.info["of"] for m in industry}
        for m in chosen:  # (小龙虾产业 read whole by the gazetteer: 小龙虾's place too)
            if m.cls == "Field" and (key := next((k for k in ((m.start, m.end), (m.start, m.end - 2))
                                                  if k in of_place and text[k[1]:m.end] in ("", "产业", "行业")),
                                                 None)) is not None:
                m.info["of"] = of_place[key]
    defined = _defined_short_forms(text, chosen)
    if defined:  # the defined short form replaces a name read from the same words, or inside them
        spans = {(d.start, d.end) for d in defined}
        chosen = [m for m in chosen if (m.start, m.end) not in spans and not any(
            a <= m.start and m.end <= b and m.cls != "Field" for a, b in spans)]
    if school is not None:
        defined += _our_school_mentions(text, chosen, school)
    _abridged_schools(chosen)
    defined += _school_short_mentions(text, chosen, defined)
    shorts = [(m.start, m.end) for m in defined if m.rule == "school-short"]
    # (…促成学院与某公司签订…: 学院 may be the school named alone just before, 我校某学院)
    schools_alone = [m for m in defined if m.rule == "school-short"]
    defined += [a for a in _anaphors(text, sorted(chosen + schools_alone, key=lambda m: m.start), home, school is not None)
                if not any(s <= a.start and a.end <= e for s, e in shorts)]  # (我校 of 我校某学院: the school's)
    defined += _self_firm_mentions(text, chosen)
    defined += _contract_party_mentions(text, chosen)
    defined += _stationed_team_short_forms(text, chosen)
    _bracketed_districts(text, chosen)
    if "我" in text or "本人" in text:
        defined += narrator_mentions(text, chosen)
        defined += speaker_turn_mentions(text, chosen, defined)
    brands = _brand_short_forms(text, chosen, defined)
    if brands:
        _repoint_company_anaphors(defined, brands)
    defined += brands
    if defined:  # a field inside a defined short form is part of that name (and a place inside a university's: 无锡职院)
        chosen = [m for m in chosen if not (m.cls == "Field" and any(d.start < m.end and m.start < d.end for d in defined))
                  and not (m.cls == "Locality" and any(d.cls == "University" and d.start <= m.start and m.end <= d.end
                                                       and d.end - d.start > m.end - m.start for d in defined))]
    return chosen + defined


_LEGAL_SUFFIX_RE = re.compile(lx.LEGAL_FORM_AT_END)
_REPEATED_CLASSES = frozenset({"Platform", "Enterprise"})


def _coverage(text: str, mentions: list[Mention]) -> bytearray:
    """One byte per character of ``text`` (and one past its end): 1 inside any of ``mentions``, else 0."""
    inside = bytearray(len(text) + 1)
    for m in mentions:
        inside[m.start:m.end] = b"\x01" * (m.end - m.start)
    return inside


def _repeated_names(text: str, chosen: list[Mention]) -> list[Mention]:
    """A platform's or firm's full name read in one place is that name wherever else the same
    words stand outside any other mention (实地观摩X联合研发中心 before 推动A与B共建X联合研发中心):
    where no cue marked its start, the other reading fixes where the name begins."""
    names = {m.text: m for m in chosen if m.cls in _REPEATED_CLASSES and m.length >= 5 and not m.rule.startswith("anaphor")}
    if not names:
        return []
    inside = _coverage(text, [m for m in chosen if m.cls != "Field"])
    out = []
    for name, m in names.items():
        for k in occurrences(text, name):
            if not any(inside[k:k + len(name)]):
                inside[k:k + len(name)] = b"\x01" * len(name)
                out.append(Mention(k, k + len(name), name, m.cls, m.rule, m.conf, m.hits, dict(m.info)))
    return out


def _repoint_company_anaphors(defined: list[Mention], brands: list[Mention]) -> None:
    """该公司 after a firm's brand (A、B分别与…签订…。锐某新能源此前…，该公司预计…): the firm the brand
    stands for, when the brand is named after the firm the anaphor was given (brands are read last)."""
    for a in defined:
        if a.rule != "anaphor" or a.cls != "Enterprise" or a.text not in _COMPANY_ANAPHORS:
            continue
        given = a.info["alias_of"]
        later = [b for b in brands if given.end <= b.start and b.end <= a.start]
        if later:
            a.info["alias_of"] = max(later, key=lambda b: b.start).info["alias_of"]


def _bracketed_districts(text: str, chosen: list[Mention]) -> None:
    """苏州高新区（虎丘区）, 常州国家高新区（新北区）: a zone and the district it is run as are one place;
    the district's mention is marked ``same_as`` the zone's, for the resolver to merge them."""
    zones = {m.end: m for m in chosen if m.cls == "Locality" and m.info.get("zone") and text[m.end:m.end + 1] in "（("}
    if not zones:
        return
    for d in chosen:
        zone = zones.get(d.start - 1)
        if (zone is not None and d.cls == "Locality" and not d.info.get("zone") and text[d.end:d.end + 1] in "）)"
                and d.hits and any(h.code and "-" not in h.code for h in d.hits) and d.text.endswith(("区", "县", "市"))):
            d.info["same_as"] = zone


def _is_town_name(word: str) -> bool:
    """Whether ``word`` with 镇 (or 街道) is the name of a town the gazetteer knows."""
    return any(s == 0 and e == len(word) + k and any(h.cls == "Locality" for h in hs)
               for k, suffix in ((1, "镇"), (2, "街道")) for s, e, hs in find_gazetteer_names(word + suffix))


@functools.lru_cache(maxsize=4096)
def after_place(name: str) -> str:
    """A firm's name without the places it opens with, the longest the gazetteer knows each time
    (苏州恒某智能装备 → 恒某智能装备; 沭阳县青禾… → 青禾…, not 县青禾…; 兴化市戴窑镇丰某… → 丰某…)."""
    while True:
        cut = max((e for s, e, hs in find_gazetteer_names(name) if s == 0 and any(h.cls == "Locality" for h in hs)),
                  default=0)
        if not cut or cut >= len(name) - 2:
            return name
        name = name[cut:]


_PROVINCE_OPENING_RE = re.compile(r"江苏(?:省)?(?![\u4e00-\u9fff]{0,2}?[市县区])")


def _brand_short_forms(text: str, chosen: list[Mention], defined: list[Mention]) -> list[Mention]:
    """昆山晟某精密电子有限公司 … 晟某精密: a firm's brand with the trade word after it (its name
    without place and legal form, cut after a trade word) names the firm. Mentions of the short
    form, with ``info["alias_of"]`` the full name's mention."""
    firms = [m for m in chosen if m.cls == "Enterprise" and m.rule.startswith("enterprise-suffix")]
    firms += [a for m in chosen if m.cls == "Platform" for a in m.info.get("inside", ())
              if a.cls == "Enterprise" and a.rule.startswith("enterprise-suffix")]  # (某某照明有限公司研究生工作站)
    if not firms:
        return []
    taken = [(m.start, m.end) for m in chosen + defined if m.cls != "Field"]
    shorts: dict[str, Mention] = {}
    for f in firms:
        core = _LEGAL_SUFFIX_RE.sub("", f.text)
        rest = after_place(core)  # (沭阳县青禾…: the whole 沭阳县, not its short form 沭阳)
        place, core = len(core) - len(rest), rest
        if place and _is_town_name(core[:2]) and core[2:4] not in lx.TRADE_WORDS and (
                not _PROVINCE_OPENING_RE.match(f.text) or core[:2] + "镇" in text or core[:2] + "街道" in text):
            # 苏州盛泽华某纺织科技…: a town's name (盛泽) after the city's comes before the brand (but in 江苏华士齿轮…
            # the trade word follows: 华士 is the brand, whatever town shares its name; after 江苏 only a town
            # the article names is one: 江苏竹海某语食品 is the brand 竹海某语 where no 竹海镇 is written)
            core = core[2:]
        if len(core) < 4 or not all(CJK.match(ch) for ch in core[:4]) or not any(
                core[i:i + 2] in lx.TRADE_WORDS for i in range(2, len(core) - 1)) \
                or core[:2] in lx.TRADE_WORDS or _generic(core[:2]):
            continue  # (the brand is two characters of its own, a trade word follows: 晟某 + 精密)
        # the brand with its first trade word, or with a later one (淮安恒某智能电气… → 恒某电气), or the
        # name's start up to any length the article writes (扬州恒某液压机械… → 恒某液压, 恒某丰机械)
        later = [core[:2] + core[i:i + 2] for i in range(2, len(core) - 1) if core[i:i + 2] in lx.TRADE_WORDS]
        later.append(core[:2] + core[-2:])  # (兴化市华某不锈钢管业… → 华某管业, 江苏沃某精密轴承… → 沃某轴承)
        if len(core) >= 6 and core[-3:] in lx.TRADE_WORDS:
            later.append(core[:2] + core[-3:])  # (江苏泓某机械标准件… → 泓某标准件: a three-character trade at the end)
        if len(core) >= 5 and core[3:5] in lx.TRADE_WORDS and core[2:4] not in lx.TRADE_WORDS \
                and not find_gazetteer_names(core[:3]):
            later.append(core[:3])  # (江苏绒某方服饰… → 绒某方: a brand of three characters, then the trade)
        if len(core) >= 6 and core[4:6] in lx.TRADE_WORDS:
            later.append(core[:2] + core[2] + core[4])  # (江苏凹某矿物材料… → 凹某矿材: the trade words' first characters)
        for short in dict.fromkeys([*later, *(core[:k] for k in range(4, len(core)))]):
            if (short == core and len(core) != 4) or (short != core[:4] and short not in text):
                continue  # (江苏淮某酒业有限公司 … 淮某酒业: a brand and one trade word is the whole core)
            other = shorts.setdefault(short, f)
            if other is not f and (other is None or other.text != f.text):
                shorts[short] = None  # (two firms of one brand and trade: neither)
    out = []
    shorts = {short: full for short, full in shorts.items() if full is not None and short in text}
    if not shorts:
        return out
    covered = bytearray(len(text) + 1)  # 1 where a name already stands
    for a, b in taken:
        covered[a:b] = b"\x01" * (b - a)
    for short, full in sorted(shorts.items(), key=lambda kv: -len(kv[0])):  # (恒某丰机械 before 恒某丰机)
        for k in occurrences(text, short):
            if any(covered[k:k + len(short)]):
                continue  # (inside the full name, or another name)
            out.append(Mention(k, k + len(short), short, "Enterprise", "alias-brand", 0.6, info={"alias_of": full}))
            covered[k:k + len(short)] = b"\x01" * len(short)
    return out


# a bare 开发区 or 高新区 standing for the article's zone: after a joining word or a verb of settling
_BARE_ZONE_RE = re.compile(r"(?:(?<=[与和同在到赴，,。\n])|(?<=落户)|(?<=入驻)|(?<=走进)|(?<=深入))(开发区|高新区|经开区)(?![\u4e00-\u9fff]{0,2}团)")
# 据了解，产业园现有航空类企业36家: a park's word opening what the park has (the park named last)
_BARE_PARK_HAS_RE = re.compile(r"(?<=[，,。\n])(产业园|科技园|工业园|园区)(?=现有|已集聚|集聚了|拥有|共有|已有|已入驻|入驻企业|\d{4}年实现)")
_ZONES_A_YUANQU_NAMES = ("高新区", "开发区", "经开区")  # (园区 may stand for one, as for a park)
_COMPANY_ANAPHORS = ("该公司", "该企业", "这家公司", "这家企业")
_THIS_FIRM_LOCATED_RE = re.compile(r"这家(?:位于|地处|坐落于|坐落在)[^，,。；;：:]{2,16}?的(企业|公司)")


# 与公司共建…: the company named last (a bare 公司 followed by what the pair does); 与学校签订…,
# 该校: the university named last
_BARE_COMPANY_RE = re.compile(r"(?<=[与和同])(公司|企业)(?=签|达成|开展|合作|共同|共建|联合|建立|对接)"
                              r"|(?:(?<=[，,。；;\n])|(?<=推动|促成|帮助|协助|牵线))(公司|企业)(?=[与和同])")
# (…，企业与上海交通大学达成了…; 推动企业与南京工程学院共建…)
_ITS_PARTY_RE = re.compile(r"(?<=促成|推动|帮助|协助|引导|支持)其(?=与|和|同)")
_BRANCH_AS_PARTY_RE = re.compile(r"[^，,。；;]{0,10}?党(?:支部|总支|委)(?:与|和|同)")
# a bare 学校 as a party: 与学校签订…, 推动学校与X签订…, ，学校与X… (and 该校)
_SCHOOL_DOES = ("签", "达成", "开展", "合作", "共同", "共建", "联合", "建立")
_SCHOOL_VERBS = ("推动", "促成", "帮助", "协助", "牵线", "引导")
_TEAM_THEN_WITH_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?团队[与和同]")  # (牵线学院智能装备团队与企业对接)

# 该研究院, 与研究院签订…, 。研究院由…建设: a platform's kind standing for it (followed by what
# is done with it; at a sentence's or clause's start, by what it is or did)
_PLATFORM_KIND_RE = re.compile(r"联合研发中心|联合实验室|联合体|研究中心|研发中心|创新中心|研究院|研究所|实验室|分中心|中心|基地"
                               r"|服务站|工作站|飞地|驿站|科技小院|中试平台|平台|联盟")
_BEFORE_PLATFORM_ANAPHOR = frozenset("该与和同本。\n，,")
_THIS_BEFORE_PLATFORM_ANAPHOR = ("该", "这个", "这一", "此", "目前", "如今")  # (目前基地已引进…, 这个实验室已申请…)
_VERB_BEFORE_PLATFORM_ANAPHOR = ("推动", "促成", "帮助", "协助", "支持", "助力")  # 推动研究院与A公司开展合作
_AFTER_PLATFORM_ANAPHOR_RE = re.compile(r"签|达成|开展|合作|共同|对接|建立|联合|将|已|由|累计|共|先后|还|围绕|聚焦|成立后|自成立"
                                        r"|运行|成立|落户|设在|首期|首批|目前|现已|总投资|自|依托|揭牌|挂牌|启用|建成|投用|引进"  # (该中心运行一年来已…)
                                        r"|承接|为|帮助|服务|获|完成|实现|新增|申请|孵化|培养|举办|发布|转化|全年|今年|年内"  # (研究院为镇内…)
                                        r"|在[^，,。；;]{2,20}?(?:揭牌|挂牌|成立|落地|启用)"  # (，中心在某高新区揭牌，…)
                                        r"|[与和同]|[，,。；;、]")
# what a sentence that opens with a platform's kind says of it: 。中心运行半年来，…; 。实验室目前已…;
# 。中心落户开发区，首期投入…; 。研究院成立半年来，已签订…; 。驿站发布岗位需求…
_OPENS_ON_PLATFORM_RE = re.compile(r"运行|建成|投用|投入使用|目前|现已|总投资|首期|下设|占地|拥有|入驻|落户|设在|成立|发布|已|位于"
                                   r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:揭牌|成立|建成|投用|运行)")  # (分中心2022年9月揭牌以来)


# a first-person account: a title that says so, or an editor's note that names the writer
_FIRST_PERSON_TITLE_RE = re.compile(r"手记|日记|自述|札记|随笔|感悟|心得|笔记|我的挂职|我在|个人工作总结|个人总结|个人述职|述职报告|"
                                    + lx.TERM_REPORT_TITLE)
# a member's own account that opens on who they are: 2023年夏天，我作为某大学选派的干部，加入…科技镇长团
_FIRST_PERSON_OPENING_RE = re.compile(r"(?:^|\n)[^\n“”]{0,30}?我(?:作为|是|于|以|随)[^\n“”]{0,40}?(?:选派|科技镇长团|挂职|挂任)")
_WRITER_NOTE_NAME_RE = re.compile(r"[（(]作者[：:]?([\u4e00-\u9fff]{2,3})[，,]")  # (（作者顾某，某大学…讲师，现为…成员）)
# (relations._author_notes reads a note right after the writer's name; these are for a first-person piece,
# whose closing note may stand far from any name)
_WRITER_NOTE_RE = re.compile(r"[（(](作者)(?=系|为|是|现为|单位)")
_NARRATOR_SELF_RE = re.compile(r"我(?![们校市县区镇所院国省团方局司厂村乡党])|本人(?=系|是|将|在|于|自|作为|挂职|主要|牵线|促成)")


_BYLINE_NAME_RE = re.compile(r"[ \t\u3000]*(?:文/|文／|作者[：:]|文[：:]|口述[：:]|讲述[：:]|自述[：:])?[ \t\u3000]*"
                             r"([\u4e00-\u9fff]{2,3}?)[ \t\u3000]*(?:(?:整理|记录|采写|撰文|文字整理)[：:/][^\n]*)?$")
# a line under the title signed with the writer's team, post and name: 某区第十七批科技镇长团　某镇科技副镇长　顾某
# (its gap may have been compacted away: then the name starts at a column break)
_SIGNED_LINE_RE = re.compile(r"[^\n]{0,40}?(?:团|镇长|区长|县长|市长|教授|主任)[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*$")
_SAYS_OWN_NAME_RE = re.compile(r"我(?:叫|是|名叫)([\u4e00-\u9fff]{2,3})[，,。]")  # (我叫陆某某，在某大学…)
_NOTE_NAME_RE = re.compile(r"[】\]]?[：:]?\s*([\u4e00-\u9fff]{2,4}?)(?=是|系|，|,)")


def _writer_named(text: str, note: int, title_end: int) -> Mention | None:
    """The writer of a first-person piece where no rule read a name: the name that opens its
    editor's note (编者按：孟某是…), or a line under the title that holds only a name (a byline)."""
    if note >= 0:
        m = _NOTE_NAME_RE.match(text, note + 3)
        if m is not None:
            s0 = m.start(1)
            end = _given_name_end(text, s0)
            if end == m.end(1) and m.group(1) not in lx.NOT_NAMES:
                return Mention(s0, end, m.group(1), "Person", "person-writer", 0.6, info={"role": None, "role_start": s0})
    pos = title_end
    for _ in range(4):  # the lines under the title (a subtitle, then the byline)
        nl = text.find("\n", pos + 1)
        line_end = len(text) if nl < 0 else nl
        line_start = pos + 1 if text[pos:pos + 1] == "\n" else pos
        m = _BYLINE_NAME_RE.match(text, line_start, line_end) or (
            (signed := _SIGNED_LINE_RE.match(text, line_start, line_end)) is not None
            and (text[signed.start(1) - 1] in " \t\u3000" or signed.start(1) in _COLUMN_BREAKS.get()) and signed) or None
        if m is not None and _given_name_end(text, m.start(1)) == m.end(1) and m.group(1) not in lx.NOT_NAMES:
            return Mention(m.start(1), m.end(1), m.group(1), "Person", "person-writer", 0.6,
                           info={"role": None, "role_start": m.start(1)})
        if nl < 0:
            break
        pos = nl
    m = _SAYS_OWN_NAME_RE.search(text, title_end, title_end + 300)
    if m is not None and _given_name_end(text, m.start(1)) == m.end(1) and m.group(1) not in lx.NOT_NAMES:
        return Mention(m.start(1), m.end(1), m.group(1), "Person", "person-writer", 0.6,
                       info={"role": None, "role_start": m.start(1)})
    m = _WRITER_NOTE_NAME_RE.search(text, title_end)
    if m is not None and _given_name_end(text, m.start(1)) == m.end(1) and m.group(1) not in lx.NOT_NAMES:
        # (the note reads as a member's item: 顾某，某大学某学院讲师，现为某团成员，挂职…)
        return Mention(m.start(1), m.end(1), m.group(1), "Person", "person-list-item", 0.6,
                       info={"role": None, "role_start": m.start(1)})
    return None


def narrator_mentions(text: str, chosen: list[Mention]) -> list[Mention]:
    """我 in a member's own account (a 手记, 日记 or 自述, or a piece whose 编者按 introduces its
    writer) is the person the editor's note, or else the opening paragraph, names first: mentions
    of that person (``info["alias_of"]``) wherever 我 stands outside quotation marks.

    【编者按】许某是某团团员…他写下了这一年的挂职感悟。…刚到任时，我拿着…走访企业86家: 许某's tally.
    """
    head = text[:text.find("\n")] if "\n" in text else text[:60]
    sub = re.match(r"\n+[ \t\u3000]*(?:——|—|--)[^\n]*", text[len(head):len(head) + 80])
    if sub is not None:  # 在白马镇的三百六十五天 / ——一名团员的挂职手记: the subtitle is the title's
        head = text[:len(head) + sub.end()]
    note = text.find("编者按", 0, 400)
    if note < 0 and not _FIRST_PERSON_TITLE_RE.search(head) and not _FIRST_PERSON_OPENING_RE.search(
            text, len(head), len(head) + 240):
        return []
    start = note if note >= 0 else len(head)
    end = text.find("\n", start + 1)
    while end >= 0 and not text[start:end].strip():
        end = text.find("\n", end + 1)
    end = len(text) if end < 0 else end
    who = min((m for m in chosen if m.cls == "Person" and m.canonical is None and start <= m.start < end),
              key=lambda m: m.start, default=None)
    out = []
    if who is None:
        who = _writer_named(text, note, len(head))
        if who is None:
            return []
        out.append(who)  # (a name no rule read: 编者按：孟某是…教授, or a byline line under the title)
    # （作者系某大学某学院教授）: the closing note's 作者 is the writer too
    out += [Mention(w.start(1), w.end(1), "作者", "Person", "anaphor", 0.6, info={"alias_of": who})
            for w in _WRITER_NOTE_RE.finditer(text, end)]
    return out + _selves_outside_quotes(text, end, len(text), who)


def _selves_outside_quotes(text: str, lo: int, hi: int, who: Mention, taken: frozenset[int] | set[int] = frozenset()
                           ) -> list[Mention]:
    """Mentions of ``who`` for each 我 (or 本人) in ``text[lo:hi]`` outside quotation marks, which are someone
    else's words; an unclosed quote ends with its paragraph."""
    out = []
    depth = 0
    for k in range(lo, hi):
        ch = text[k]
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == "\n":
            depth = 0
        elif ch in "我本" and depth == 0 and k not in taken and (self_ := _NARRATOR_SELF_RE.match(text, k)) is not None:
            out.append(Mention(k, self_.end(), self_.group(), "Person", "anaphor", 0.55, info={"alias_of": who}))
    return out


# a transcript's turn: the speaker's label opening a line (周某帆：…, 【嘉宾】… is no name), then what they said
_TURN_RE = re.compile(r"(?m)^" + lx.TURN_LABEL + r"(?=[^\n])")
_TURN_TITLES = ("老师", "教授", "博士", "团长", "书记", "总", "局长", "主任", "镇长", "县长", "区长", "市长")


def speaker_turn_mentions(text: str, chosen: list[Mention], defined: list[Mention]) -> list[Mention]:
    """In a transcript (an interview, a talk show, a podcast), the label that opens a turn is a person the
    article names in full (周某帆：, by the given name 某帆：, or by surname and title 周老师：), and 我 in
    that turn, outside quotation marks, is that person (``info["alias_of"]``)."""
    persons = [m for m in chosen if m.cls == "Person" and len(m.text) >= 2]
    if not persons:
        return []
    taken = {m.start for m in defined}
    by_label: dict[str, Mention] = {}
    for p in persons:
        by_label.setdefault(p.text, p)
    surnames = Counter(name[0] for name in {p.text for p in persons})
    for p in persons:
        if len(p.text) == 3 and p.text[0] in lx.SURNAMES:
            by_label.setdefault(p.text[1:], p)  # (某帆：, after 周某帆)
        if surnames[p.text[0]] == 1:
            for title in _TURN_TITLES:
                by_label.setdefault(p.text[0] + title, p)  # (周老师：, the only 周)
    turns = [(t, by_label.get(t.group(1))) for t in _TURN_RE.finditer(text)]
    if sum(who is not None for _, who in turns) < 2:
        return []  # (not a transcript: a name and a colon once is a list's item)
    out = []
    for t, who in turns:
        if who is None:
            continue
        if t.start(1) not in taken and not any(m.start == t.start(1) for m in chosen):
            out.append(Mention(t.start(1), t.end(1), t.group(1), "Person", "anaphor", 0.6, info={"alias_of": who}))
        end = text.find("\n", t.end())
        out += _selves_outside_quotes(text, t.end(), len(text) if end < 0 else end, who, taken)
    return out


# an agreement's parties: 甲方：某某有限公司 (a line of its own, or a signature block's 甲方（盖章）：…), 某某大学（乙方）
_PARTY_LINE_RE = re.compile(r"(?m)^[ \u3000]*(甲方|乙方|丙方|丁方)(?:[（(][^）)\n]{0,8}[）)])?[：:][ \u3000]*")
_PARTY_BRACKET_RE = re.compile(r"[（(](?:以下简称[“\"]?)?(甲方|乙方|丙方|丁方)[”\"]?[）)]")
_PARTY_CLASSES = ("Enterprise", "University", "AcademicUnit", "ResearchInstitute", "GovernmentAgency", "Locality", "Team",
                  "Platform")


def _contract_party_mentions(text: str, chosen: list[Mention]) -> list[Mention]:
    """An agreement's 甲方, 乙方, 丙方 and 丁方 are the parties it defines (甲方：X on a line of its own, or X（甲方）):
    every later use of the word (甲方向乙方支付…, 乙方指定…) is a mention of that party."""
    if "方" not in text or not any(w in text for w in ("甲方", "乙方")):
        return []
    starts = {m.start: m for m in chosen if m.cls in _PARTY_CLASSES}
    ends = {m.end: m for m in chosen if m.cls in _PARTY_CLASSES}
    parties: dict[str, Mention] = {}
    defining: set[int] = set()
    for d in _PARTY_LINE_RE.finditer(text):
        defining.add(d.start(1))
        party = starts.get(d.end())
        if party is not None:
            parties.setdefault(d.group(1), party)
    for d in _PARTY_BRACKET_RE.finditer(text):
        defining.add(d.start(1))
        party = ends.get(d.start())
        if party is not None:
            parties.setdefault(d.group(1), party)
    out = []
    for word, party in parties.items():
        for k in occurrences(text, word):
            if k in defining or (k >= 1 and text[k - 1] in "甲乙丙丁"):
                continue
            out.append(Mention(k, k + 2, word, party.cls, "anaphor-party", 0.6, party.hits, info={"alias_of": party}))
    return out


# A firm's own disclosure (上市公司公告, 招股说明书, 投资者关系活动记录表, 年度报告, 社会责任报告, a reply to an
# exchange's 问询函): its title opens with the firm's name, and its text calls the firm 公司 or 发行人.
_DISCLOSURE_TITLE_RE = re.compile(r"公告|招股|说明书|记录表|年度报告|年报|半年报|社会责任|ESG|可持续发展报告|问询|披露")
_SELF_DEFINED_RE = re.compile(r"[（(][^）)]{0,12}简称[^）)]{0,12}[“\"‘「](?:本公司|公司|发行人)[”\"’」]")
_SELF_WORDS = ("本公司", "我公司", "我司", "发行人", "公司")
# what may stand right before a bare 公司 that is the firm itself: a mark, or a one-character word that ends
# a clause's lead-in (与公司, 走访公司, 为公司); a noun or an adjective before it makes another kind of firm
# (上市公司, 子公司, 证券公司)
_BEFORE_SELF_COMPANY = frozenset("与和同对为在由向将使的让给及访动成助到至经即已并也均又还而则于帮请来临进")  # (来公司调研, 莅临公司)


def _self_firm(text: str, chosen: list[Mention]) -> Mention | None:
    """The firm whose own disclosure or news page the article is: the one defined as 公司/发行人 (…有限公司（以下
    简称“公司”）), else the firm that opens a disclosure's title line, else on the firm's own news page (我司,
    企业新闻) the firm :func:`_own_page_firm` finds; None in a news story."""
    companies = [m for m in chosen if m.cls == "Enterprise"]
    if not companies:
        return None
    for d in _SELF_DEFINED_RE.finditer(text):
        firm = next((m for m in companies if m.end == d.start()), None)
        if firm is not None:
            return firm
    lead = len(text) - len(text.lstrip())
    first_line_end = text.find("\n", lead)
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    whole = next((m for m in companies if m.start == lead and m.end == len(text[:first_line_end].rstrip())), None)
    if whole is not None:
        return whole  # (an encyclopedia's entry titled with the firm's name alone: the page is about it)
    if not _DISCLOSURE_TITLE_RE.search(text, lead, first_line_end):
        # (董事长致辞 / 某某集团有限公司2023年度社会责任报告: a report's part, the report's own title in the lines after)
        below = next(((a, b) for a, b in _next_lines(text, first_line_end, 2)
                      if _DISCLOSURE_TITLE_RE.search(text, a, b) and any(m.start == a and m.end < b for m in companies)),
                     None)
        if below is None:
            return _own_page_firm(text, companies, lead, first_line_end)
        lead, first_line_end = below
    if text.startswith("关于", lead):
        lead += 2  # 关于某某股份有限公司…问询函之回复
    firm = next((m for m in companies if m.start == lead and m.end < first_line_end), None)
    if firm is None:  # 某澜光电2023年度ESG报告 … 苏州某澜光电材料股份有限公司（以下简称“某澜光电”）: its short form opens the title
        for d in _DEFINED_SHORT_RE.finditer(text):
            if len(d.group(1)) >= 2 and text.startswith(d.group(1), lead):
                firm = next((m for m in companies if m.end == d.start()), None)
                if firm is not None:
                    break
    return firm


def _next_lines(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """The spans of the next ``n`` non-blank lines after ``pos`` (a line's end), their blanks stripped."""
    out = []
    while len(out) < n and pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1:end]
        if line.strip():
            a = pos + 1 + len(line) - len(line.lstrip())
            out.append((a, a + len(line.strip())))
        pos = end
    return out


# a firm's own news or profile page (企业新闻, 公司动态, 公司简介, 关于我们, 产品中心 in the site's path or its
# title, a WeChat post that says 我司)
_OWN_PAGE_RE = re.compile(r"我司|(?:企业|公司|集团)(?:新闻|动态|简介|概况)|关于我们|产品(?:中心|介绍)")


def _own_page_firm(text: str, companies: list[Mention], lead: int, title_end: int) -> Mention | None:
    """The firm whose own news page the article is: the one its title names (in full or by a short form of its
    name), else the first registered firm it names (the site's header, or the firm a visit came to); None on
    any other page."""
    if _OWN_PAGE_RE.search(text) is None:
        return None
    registered = [m for m in companies if m.text.endswith(("有限公司", "有限责任公司", "集团公司"))]
    for m in companies:
        if lead <= m.start and m.end <= title_end:
            if m in registered:
                return m
            full = next((r for r in registered if m.text in r.text), None)
            if full is not None:
                return full  # (泓某智能与某大学共建…: 常州泓某智能装备有限公司)
    return registered[0] if registered else None


def self_firm_mention(mentions) -> Mention | None:
    """A resolved mention of the firm whose own disclosure the article is (its 公司 or 发行人), else None."""
    return next((m for m in mentions if m.rule == "anaphor-self" and m.canonical), None)


def _self_firm_mentions(text: str, chosen: list[Mention]) -> list[Mention]:
    """In a firm's own disclosure, 公司, 本公司 and 发行人 standing alone are mentions of that firm
    (``info["alias_of"]``): 公司与常州大学签订…, 走访发行人时…."""
    if "公司" not in text and "发行人" not in text:
        return []
    firm = _self_firm(text, chosen)
    if firm is None:
        return []
    inside = _coverage(text, chosen)
    out = []
    seen: set[int] = set()
    for word in _SELF_WORDS + (("集团",) if "集团" in firm.text else ()):  # (a group's page calls itself 集团)
        for k in occurrences(text, word):
            if k in seen or inside[k] or k < firm.end and word != "我司":
                continue  # (公司 inside 本公司, read first, is that mention's; 我司 in a title names no one else)
            prev = text[k - 1:k]
            if word in ("公司", "发行人", "集团") and prev and CJK.match(prev) and prev not in _BEFORE_SELF_COMPANY:
                continue
            seen.update(range(k, k + len(word)))
            out.append(Mention(k, k + len(word), word, "Enterprise", "anaphor-self", 0.6, info={"alias_of": firm}))
    return out


_AFTER_OWN_PLACE = frozenset("签共开建合达结，,。；;、")  # (…与我镇签订, …与我区共建: 我镇 is the party)


def _anaphors(text: str, chosen: list[Mention], home: GazHit | None = None, our_school: bool = False
              ) -> list[Mention]:
    """Words that stand for a name given before, as mentions of it (``info["alias_of"]``):
    该公司, 该企业, 与公司共建…: the company named last; 纳米所: an institute named in full
    before; 我校 (as a party): ``home``, the university whose news the article is, else the
    university the article names first; 与学校签订…, 该校: the
    university named last; 该所, 该院, 该中心: the institute or platform of that kind named last; 该研究院,
    与研究院…, 。研究院由…: the platform of that kind named last; 贵院, 贵公司: the school or firm a letter is
    addressed to; 我镇 (我区, 我县, 我市) as a party: the article's first place of that level."""
    companies = [m for m in chosen if m.cls == "Enterprise"]
    out = []
    if "该" in text or "这家" in text:
        for word in _COMPANY_ANAPHORS:
            for k in occurrences(text, word):
                # (…为泰州某某造船有限公司等船厂配套。该公司…: a firm given as an example is not the one spoken of)
                last = next((m for m in reversed(companies) if m.end <= k and text[m.end:m.end + 1] != "等"), None)
                if last is not None:
                    out.append(Mention(k, k + len(word), word, "Enterprise", "anaphor", 0.6, info={"alias_of": last}))
        for a in (_THIS_FIRM_LOCATED_RE.finditer(text) if "这家" in text else ()):
            # 了解到，这家位于泰兴经济开发区的企业…: the firm named last, placed where the words say
            k = a.start(1)
            last = next((m for m in reversed(companies) if m.end <= a.start() and text[m.end:m.end + 1] != "等"), None)
            if last is not None:
                out.append(Mention(k, k + 2, a.group(1), "Enterprise", "anaphor", 0.55, info={"alias_of": last}))
    inside = _coverage(text, chosen)  # 1 inside a chosen name
    if companies:
        partner_starts = {m.start for m in chosen if m.cls in ("University", "ResearchInstitute", "AcademicUnit", "Enterprise")}
        for a in _BARE_COMPANY_RE.finditer(text):
            if inside[a.start()]:
                continue
            if a.group(2) and a.end() + 1 not in partner_starts and not text.startswith(("学院", "学校"), a.end() + 1):
                continue  # (，企业与高校…: firms in general, unless a named partner follows)
            last = next((m for m in reversed(companies) if m.end <= a.start()), None)
            if last is not None and text[last.end:last.end + 1] not in ("等", "、"):  # (A、B等企业…与企业: any firm)
                out.append(Mention(a.start(), a.end(), a.group(), "Enterprise", "anaphor", 0.55, info={"alias_of": last}))
    out += _institute_short_forms(text, chosen, inside)
    if "职院" in text:
        out += _college_short_forms(text, chosen)
    out += _university_short_forms(text, chosen)
    if "其" in text:  # 主动对接南京大学…团队，促成其与X签订…: the body named last in the sentence
        orgs = [m for m in chosen if m.cls in ("University", "ResearchInstitute", "AcademicUnit", "Enterprise", "Platform")]
        for a in _ITS_PARTY_RE.finditer(text):
            k = a.start()
            last = next((m for m in reversed(orgs) if m.end <= k), None)
            if last is not None and "。" not in text[last.end:k] and not inside[k]:
                out.append(Mention(k, k + 1, "其", last.cls, "anaphor", 0.5, info={"alias_of": last}))
    universities = [m for m in chosen if m.cls == "University"]
    # (the university a school's name opens with counts as named there: 中国药科大学药学院 in a roster before 江南大学)
    unit_schools = [u for m in chosen if m.cls == "AcademicUnit" and isinstance(u := m.info.get("university"), Mention)
                    and u.hits and u.cls == "University"] if "我校" in text or "本校" in text else []
    first_named = min([*universities, *unit_schools], key=lambda m: m.start, default=None)
    if (universities or home is not None) and ("我校" in text or "本校" in text or (home is not None and "学校" in text)):
        # a university's own news: 我校 is that university (named by the page's source, or else
        # the university the text names first, in its title usually); so is 学校 in its own news
        for word in ("我校", "本校", "学校"):
            for k in occurrences(text, word):
                if word == "学校" and (home is None or home.cls != "University" or not _SCHOOL_AS_SELF_RE.match(text, k)):
                    continue
                # as a party or a sender (我校与…签署, 推动我校与…, 我校选派的…, 今年我校共选派…),
                # not as a qualifier (我校科技镇长团成员共促成…: the members are the subject)
                party = text.startswith(("与", "和", "同", "选派", "共选派", "先后选派", "签", "共建", "聘任", "聘请"), k + 2) or text.endswith(
                    ("与", "和", "同", "推动", "促成", "帮助"), 0, k) or (
                    word != "学校" and _OWN_STAFF_COUNT_RE.match(text, k + 2)) or (  # (我校6名挂职干部…: its staff, sent)
                    word != "学校" and home is not None and _ROLE_RE.match(text, k + 2))  # (我校副教授某某: its own)
                if not party or inside[k]:
                    continue
                if home is not None:  # a gazetteer mention in all but its surface
                    out.append(Mention(k, k + 2, word, "University", "anaphor", 0.55, (home,)))
                elif first_named is not None and first_named not in universities:
                    out.append(Mention(k, k + 2, word, "University", "anaphor", 0.55, first_named.hits[:1]))
                else:
                    out.append(Mention(k, k + 2, word, "University", "anaphor", 0.55, info={"alias_of": universities[0]}))
    if home is not None and home.cls == "ResearchInstitute":
        # an institute's own news: 我所, 本院 as a party or a sender is that institute (推动我所与…共建,
        # 本院与涟水县人民政府签署, 我所选派…)
        # (我所 on a page of 江苏省农业科学院蔬菜研究所: the one 所 of the academy the text names)
        subs = {m.text: m for m in chosen if m.cls == "ResearchInstitute" and m.text.startswith(home.name)
                and m.text.endswith("所") and len(m.text) > len(home.name)} if home.name.endswith("院") else {}
        for word in _INSTITUTE_SELF_WORDS:
            sub = next(iter(subs.values())) if len(subs) == 1 and word.endswith("所") else None
            for k in occurrences(text, word):
                party = text.startswith(("与", "和", "同", "选派", "共选派", "先后选派", "签", "共建", "专家"), k + 2) \
                    or text.endswith(("与", "和", "同", "推动", "促成", "帮助", "邀请", "来自"), 0, k) \
                    or _ROLE_RE.match(text, k + 2)  # (我所副研究员某某: one of its staff)
                if party and not inside[k]:
                    out.append(Mention(k, k + 2, word, "ResearchInstitute", "anaphor", 0.55, (home,)) if sub is None
                               else Mention(k, k + 2, word, "ResearchInstitute", "anaphor", 0.55, info={"alias_of": sub}))
    if "我院" in text and home is not None and home.cls == "University" and not our_school:
        # a school's own news (来源：某大学某学院): 我院 as a party is the school the text names
        # first (我院电力系统教工党支部与X公司党支部签订…: the branch stands for the school)
        unit = next((m for m in sorted(chosen, key=lambda m: m.start) if m.cls == "AcademicUnit"
                     and (u := m.info.get("university")) is not None and (u.hits[:1] == (home,) or u.text == home.name)), None)
        for k in occurrences(text, "我院") if unit is not None else ():
            if not inside[k] and (text.startswith(("与", "和", "同"), k + 2) or _BRANCH_AS_PARTY_RE.match(text, k + 2)):
                out.append(Mention(k, k + 2, "我院", "AcademicUnit", "anaphor", 0.55, info={"alias_of": unit}))
    if universities and ("学校" in text or "该校" in text):
        # (团员、南京理工大学自动化学院副教授某某…促成该校与X…: the university of a school named since counts)
        named_universities = sorted(universities + [u for m in chosen if m.cls == "AcademicUnit"
                                                    and isinstance(u := m.info.get("university"), Mention)
                                                    and u.cls == "University"], key=lambda m: m.end)
        for word in ("学校", "该校"):
            for k in occurrences(text, word):
                if not (word == "该校" or (text[k - 1:k] in "与和同" and text.startswith(_SCHOOL_DOES, k + 2))
                        or (text[k + 2:k + 3] in "与和同" and (text[k - 1:k] in "，,。；;" or text.endswith(_SCHOOL_VERBS, 0, k)))):
                    continue  # 与学校签订…, 该校, 推动学校与X签订…, ，学校与X…
                last = next((m for m in reversed(named_universities) if m.end <= k), None)
                if last is not None and not inside[k]:
                    out.append(Mention(k, k + 2, word, "University", "anaphor", 0.55, info={"alias_of": last}))
    units = [m for m in chosen if m.cls == "AcademicUnit"]
    if units and "学院" in text:
        # 牵线企业与学院合作开发…, 牵线学院智能装备团队与企业对接: the school named last (a member's own,
        # written with their name just before), in the sentence or the one before
        for k in occurrences(text, "学院"):
            if inside[k] or not ((text[k - 1:k] in "与和同" and text.startswith(_SCHOOL_DOES + ("对接",), k + 2))
                                 or (text.endswith(_SCHOOL_VERBS, 0, k) and (text[k + 2:k + 3] in "与和同"
                                                                             or text.startswith("团队", k + 2)
                                                                             or _TEAM_THEN_WITH_RE.match(text, k + 2)))):
                continue
            last = next((m for m in reversed(units) if m.end <= k), None)
            if last is not None and text.count("。", last.end, k) <= 1:
                out.append(Mention(k, k + 2, "学院", "AcademicUnit", "anaphor", 0.55, info={"alias_of": last}))
    if "研究所" in text:
        institutes = [m for m in chosen if m.cls == "ResearchInstitute" and m.text.endswith("研究所")]
        for k in occurrences(text, "研究所") if institutes else ():
            if text[k + 3:k + 4] not in "与和同" or not (text[k - 1:k] in "，,。；;\n" or text.endswith(_SCHOOL_VERBS, 0, k)):
                continue  # (，研究所与X签订…, 推动研究所与X…)
            last = next((m for m in reversed(institutes) if m.end <= k), None)
            if last is not None and not inside[k]:
                out.append(Mention(k, k + 3, "研究所", "ResearchInstitute", "anaphor", 0.55, info={"alias_of": last}))
    if "该所" in text or "该院" in text or "该中心" in text:
        # 与该所就…达成合作, 促成该中心与X签订…: the institute (or platform) of that kind named last
        bodies = [m for m in chosen if m.cls in ("ResearchInstitute", "Platform")]
        for word in ("该所", "该院", "该中心"):
            for k in occurrences(text, word):
                last = next((m for m in reversed(bodies) if m.end <= k and m.text.endswith(word[1:])
                             and (word != "该中心" or m.cls == "ResearchInstitute")), None)  # (a platform's 该中心: its own rule)
                if last is not None and not inside[k]:
                    out.append(Mention(k, k + 2, word, last.cls, "anaphor", 0.55, info={"alias_of": last}))
    if "该学院" in text:  # 团员某某是该学院教授, 与该学院共建…: the school named last
        units = [m for m in chosen if m.cls == "AcademicUnit"]
        for k in occurrences(text, "该学院"):
            last = next((m for m in reversed(units) if m.end <= k), None)
            if last is not None and not inside[k]:
                out.append(Mention(k, k + 3, "该学院", "AcademicUnit", "anaphor", 0.55, info={"alias_of": last}))
    line = _ADDRESSEE_LINE_RE.search(text) if "贵" in text else None
    for word, classes in (("贵院", ("AcademicUnit", "ResearchInstitute")), ("贵公司", ("Enterprise",))):
        # a letter to a school (某大学某学院党委：) or a firm (江苏某某有限公司：): 贵院, 贵公司 is it
        if word not in text:
            continue
        target = next((m for m in chosen if line is not None and line.start() <= m.start < line.end()
                       and m.cls in classes), None)
        for k in occurrences(text, word) if target is not None else ():
            if not inside[k]:
                out.append(Mention(k, k + len(word), word, target.cls, "anaphor", 0.55, info={"alias_of": target}))
    for word in ("我镇", "我区", "我县", "我市") if "我" in text else ():
        # 牵线某大学与我镇签订…, 同意我镇与某学院共建…: the place whose own text it is, as a party: the first of
        # that level the article names
        own = next((m for m in chosen if m.cls == "Locality" and m.text.endswith(word[1]) and len(m.text) >= 3
                    and not m.info.get("zone") and not m.info.get("village")), None)
        for k in occurrences(text, word) if own is not None else ():
            if not inside[k] and (text[k - 1:k] in ("与", "和", "同") and text[k + 2:k + 3] in _AFTER_OWN_PLACE
                                  or text.startswith(("与", "和", "同"), k + 2)):  # (not 与我区钢铁产业, 与我镇西望村)
                out.append(Mention(k, k + 2, word, "Locality", "anaphor", 0.55, info={"alias_of": own}))
    if "开发区" in text or "高新区" in text or "经开区" in text:  # 与开发区共建, 落户开发区: the zone named last (or its team's)
        zones = sorted([m for m in chosen if m.cls == "Locality" and m.info.get("zone")]
                       + [t.info["locality"] for t in chosen if t.cls == "Team" and t.info.get("locality") is not None
                          and t.info["locality"].info.get("zone")], key=lambda m: m.end)
        for a in _BARE_ZONE_RE.finditer(text) if zones else ():
            k, word = a.start(1), a.group(1)
            last = next((z for z in reversed(zones) if z.end <= k and (
                z.text.endswith(word) or (word == "开发区" and z.text.endswith(("经开区", "经济开发区", "技术开发区"))))), None)
            if last is not None and not inside[k]:
                out.append(Mention(k, k + len(word), word, "Locality", "anaphor", 0.55, info={"alias_of": last}))
    # (园区 may stand for a 高新区 or 开发区 too: 医疗器械是铜山高新区的主导产业之一，园区已集聚…企业50余家)
    parks = [m for m in chosen if m.cls == "Locality" and m.info.get("zone") and (
        "园" in m.text or m.text.endswith(_ZONES_A_YUANQU_NAMES))] if "园" in text else []
    for a in _BARE_PARK_HAS_RE.finditer(text) if parks else ():
        k, word = a.start(1), a.group(1)
        last = next((z for z in reversed(parks) if z.end <= k and (
            z.text.endswith(word) or (word == "园区" and z.text.endswith(("园", *_ZONES_A_YUANQU_NAMES))))), None)
        if last is not None and not inside[k]:
            out.append(Mention(k, k + len(word), word, "Locality", "anaphor", 0.55, info={"alias_of": last}))
    platforms = [m for m in chosen if m.cls == "Platform"]
    if platforms:
        for a in _PLATFORM_KIND_RE.finditer(text):
            k, kind = a.start(), a.group()
            this = text.endswith(_THIS_BEFORE_PLATFORM_ANAPHOR, 0, k)  # (该中心于2023年11月揭牌: whatever follows)
            if inside[k] or (k > 0 and text[k - 1] not in _BEFORE_PLATFORM_ANAPHOR and not text.endswith(
                    _VERB_BEFORE_PLATFORM_ANAPHOR, 0, k) and not this) or not (this or _AFTER_PLATFORM_ANAPHOR_RE.match(
                    text, a.end()) or ((k == 0 or text[k - 1] in "。\n") and _OPENS_ON_PLATFORM_RE.match(text, a.end()))):
                continue  # (a word of a name, or a kind not standing for one)
            last = next((m for m in reversed(platforms) if m.end <= k and m.text.endswith(kind)), None)
            if last is not None:
                out.append(Mention(k, a.end(), kind, "Platform", "anaphor", 0.6, info={"alias_of": last}))
    return out


@functools.lru_cache(maxsize=4096)
def _short_form_core(name: str) -> str:
    """An institute's name without the academy and place it starts with: per name, once."""
    core = name
    academy = next((a for a in lx.ACADEMIES if core.startswith(a)), "")
    core = core[len(academy):]
    place = max((e for s0, e, hits in find_gazetteer_names(core) if s0 == 0 and e < len(core)
                 and any(h.cls == "Locality" for h in hits)), default=0)
    return core[place:]


def _short_form_spans(text: str, first: str, last: str, pos: int) -> Iterator[tuple[int, int]]:
    r"""Where ``first``, one or two Chinese characters and ``last`` occur from ``pos`` on, the
    fewest characters first, without overlaps: what ``first[\u4e00-\u9fff]{1,2}?last`` finds,
    without compiling that pattern for each institute (a tenth of a millisecond each)."""
    i = text.find(first, pos)
    while i != -1:
        end = next((i + k + 1 for k in (2, 3) if text[i + k:i + k + 1] == last
                    and all("\u4e00" <= c <= "\u9fff" for c in text[i + 1:i + k])), None)
        if end is None:
            i = text.find(first, i + 1)
        else:
            yield i, end
            i = text.find(first, end)


def _institute_short_forms(text: str, chosen: list[Mention], inside: bytearray) -> list[Mention]:
    """纳米所 for 中国科学院苏州纳米技术与纳米仿生研究所, 化物所, 产研院: a research institute
    named in full, then by three or four of its characters in order, ending in 所 or 院 (its
    name without the academy and place it starts with)."""
    out = []
    first: dict[str, Mention] = {}  # each institute from where it is first named in full
    for m in chosen:
        if m.cls == "ResearchInstitute" and m.text.endswith(("所", "院")):
            first.setdefault(m.text, m)
    for r in first.values():
        core = _short_form_core(r.text)  # its short forms: the core's first character, one or two more, its last
        if len(core) < 5:
            continue
        for k, e in _short_form_spans(text, core[0], core[-1], r.end):
            short = text[k:e]
            if inside[k] or text[e:e + 1] in ("长", "属", "在", "有", "以", "谓", "需", "得", "生") or not _abbreviates(short, core):
                continue
            out.append(Mention(k, e, short, "ResearchInstitute", "anaphor", 0.55, info={"alias_of": r}))
        for k in occurrences(text, core) if len(core) >= 4 else ():
            # 推动蔬菜研究所与…: the whole core alone, after the full name (江苏省农业科学院蔬菜研究所)
            if k >= r.end and not inside[k] and (k == 0 or text[k - 1] in _SCHOOL_SHORT_BEFORE or not CJK.match(text[k - 1])):
                out.append(Mention(k, k + len(core), core, "ResearchInstitute", "anaphor", 0.55, info={"alias_of": r}))
    return out


_VOCATIONAL_COLLEGE_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:工业|信息|农林|建筑|交通|商贸|经贸|卫生|城市)?(?:职业技术学院|职业学院)")


def _without_academy_before_its_institute(chosen: list[Mention]) -> list[Mention]:
    """中国科学院苏州纳米所: the academy written before its institute's short name is part of that name,
    no body of its own there."""
    by_start = {m.start: m for m in chosen if m.cls == "ResearchInstitute" and m.hits}
    drop = {id(m) for m in chosen if m.cls == "ResearchInstitute" and m.text in lx.ACADEMIES
            and (n := by_start.get(m.end)) is not None and any(h.name.startswith(m.text) for h in n.hits)}
    return [m for m in chosen if id(m) not in drop] if drop else chosen


# how a university's kind is cut short after its place's first character: 青岛科技大学 → 青科大, 合肥工业大学 → 合工大
_UNIVERSITY_KIND_SHORTS = (("科技大学", "科大"), ("工业大学", "工大"), ("理工大学", "理工"), ("农业大学", "农大"),
                           ("师范大学", "师大"), ("医科大学", "医大"), ("林业大学", "林大"), ("海洋大学", "海大"),
                           ("交通大学", "交大"), ("航空航天大学", "航大"), ("石油大学", "石大"), ("邮电大学", "邮大"))


def _university_short_forms(text: str, chosen: list[Mention]) -> list[Mention]:
    """青科大 for 青岛科技大学, 合工大 for 合肥工业大学: a university the article names in full, then by its place's
    first character and its kind cut short, wherever no other mention covers that spot (a short name the
    gazetteer knows, 南工大, is one already)."""
    out = []
    for r in {m.text: m for m in chosen if m.cls == "University" and m.hits and not m.hits[0].short}.values():
        name = r.text
        short = next((name[0] + cut for kind, cut in _UNIVERSITY_KIND_SHORTS
                      if name.endswith(kind) and len(name) - len(kind) == 2), None)
        if short is None:
            continue
        for k in occurrences(text, short):
            if not any(m.start < k + len(short) and k < m.end for m in chosen):
                out.append(Mention(k, k + len(short), short, "University", "anaphor", 0.6, info={"alias_of": r}))
    return out


def _college_short_forms(text: str, chosen: list[Mention]) -> list[Mention]:
    """无锡职院 for 无锡职业技术学院: a vocational college the article names in full, then by the words
    before 职业 and 职院 (over the place those words name)."""
    out = []
    for r in chosen:
        full = _VOCATIONAL_COLLEGE_RE.fullmatch(r.text) if r.cls == "University" else None
        if full is None:
            continue
        short = full.group(1) + "职院"
        for k in occurrences(text, short):
            if not any(m.start < k + len(short) and k < m.end and not (m.cls == "Locality" and m.start == k)
                       for m in chosen):
                out.append(Mention(k, k + len(short), short, "University", "anaphor", 0.6, info={"alias_of": r}))
    return out


_DEFINED_SHORT_RE = re.compile(r"[（(](?:(?:以下)?简称)?[“\"‘「]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"’」]?[）)]")


_INSTITUTE_SELF_WORDS = ("我所", "本所", "本院")
# a university's own news naming itself as the source: 苏州科技大学新闻网讯, 来源：扬州大学新闻网
_OWN_NEWS_LINE_RE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:大学|学院)(?:新闻网|新闻中心|官网|校报|融媒体中心)讯?")


_CLAUSE_EDGES = frozenset("，,。；;：:、！？!?\n")
# a university's own office or school, named without it in a source line (研究生院, 科技处, 食品学院)
_INNER_OFFICE_RE = re.compile(r"[\u4e00-\u9fff]{0,14}(?:学院|学部|系|研究生院|处|办公室|中心|宣传部|组织部|科研院|研究院)")
# (技术转移中心, 党委组织部, 科学技术研究院)
# a school's own name, as a source line gives it after its university's (河海大学能源与电气学院) or alone
_SCHOOL_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,14}?(?:学院|学部|系)")
# what may follow a school's name in a source: nothing, or the office that issued the page
_SCHOOL_OFFICE_RE = re.compile(r"(?:党政办公室|党政办|综合办公室|办公室|宣传组)?")


def home_school(source: str | None, title: str | None = None, text: str = "") -> tuple[GazHit, str] | None:
    """The school whose own news the article is, as (its university, its own name): what its 我院
    names. The source names it after its university in full (来源：河海大学能源与电气学院), or alone
    (来源：食品学院) when the title or the text names it with its university (江南大学食品学院).
    Only for a text that says 我院, or 我校 before the school the source names alone (来源：放射医学与防护学院 …
    我校放射医学与防护学院党委书记…); a source that is a university named 学院 is no school."""
    if "我院" not in text:
        bare = _SCHOOL_NAME_RE.match(source.strip()) if source and "我校" in text else None
        if bare is None or not _SCHOOL_OFFICE_RE.fullmatch(source.strip(), bare.end()) or "我校" + bare.group() not in text:
            return None
        uni = home_university(source, title, text)
        return (uni, bare.group()) if uni is not None else None
    if title and (not source or not _SCHOOL_NAME_RE.search(source)):
        # 南京理工大学化学与化工学院 / 首页 > 学院新闻 > 正文: a school's page, its name the page's first line
        for s0, e, hs in find_gazetteer_names(title):
            uni = next((h for h in hs if h.cls == "University" and not h.short), None)
            if uni is not None and s0 == 0 and (m := _SCHOOL_NAME_RE.fullmatch(title.strip(), e)) is not None:
                return uni, m.group()
    if not source:
        return None
    for _, e, hs in find_gazetteer_names(source):
        uni = next((h for h in hs if h.cls == "University" and not h.short), None)
        if uni is not None and (m := _SCHOOL_NAME_RE.match(source, e)) is not None:
            return uni, m.group()
    bare = _SCHOOL_NAME_RE.match(source.strip())
    if bare is not None and not _SCHOOL_OFFICE_RE.fullmatch(source.strip(), bare.end()):
        bare = None  # (农学院党政办公室, a newsletter's issuer: the school's office)
    if bare is None or any(h.cls in ("University", "ResearchInstitute") for _, _, hs in find_gazetteer_names(source)
                           for h in hs):
        return None
    school = bare.group()
    for where in (title or "", text):
        for _, e, hs in find_gazetteer_names(where):
            uni = next((h for h in hs if h.cls == "University" and not h.short), None)
            if uni is not None and where.startswith(school, e):
                return uni, school
    return None


# what may stand before a school's own name used alone: a clause's edge, a party's verb or conjunction
_SCHOOL_SHORT_BEFORE = frozenset("，,。；;：:、与和及同跟\n“（(线动成助系")


def _schools_named(chosen: list[Mention]) -> list[tuple[str, str, Mention]]:
    """Each school mention with its university's name (南京林业大学, 机械电子工程学院, the mention)."""
    out = []
    for m in chosen:
        uni = m.info.get("university") if m.cls == "AcademicUnit" and m.rule.startswith("unit-suffix") else None
        if uni is not None and uni.hits:
            out.append((uni.hits[0].name, m.text[uni.end - m.start:], m))
    return out


def _abridged_schools(chosen: list[Mention]) -> None:
    """A school written in full (南京林业大学机械电子工程学院) and abridged (南林大机电学院, 南京工业大学材料学院): the
    abridged mention names the full school (``info["school"]``), when one full name of that university has
    every character of the short one in order."""
    schools = [(uni, own, m) for uni, own, m in _schools_named(chosen) if "school" not in m.info]
    for uni, own, m in schools:
        if not own.endswith("学院") or len(own) < 4:
            continue
        fuller = {f for u, f, _ in schools if u == uni and len(f) > len(own) and f[0] == own[0] and f.endswith("学院")
                  and abridges(own, f)}
        if len(fuller) == 1:
            m.info = {**m.info, "school": fuller.pop()}


def _school_short_mentions(text: str, chosen: list[Mention], defined: list[Mention]) -> list[Mention]:
    """A school named in full once (江南大学设计学院) and later by its own name alone (牵线设计学院与…): that school,
    where the article names no other school of that name and the name stands alone (not in a longer name)."""
    units: dict[str, Mention | None] = {}
    for uni, own, m in _schools_named(chosen):
        if len(own) >= 4 and own.endswith(("学院", "学部")) and (own not in units or units[own] is not None):
            same = own not in units or units[own].info["university"].hits[0].name == uni
            units[own] = (units.get(own) or m) if same else None  # (two universities' 化工学院: neither)
    out = []
    taken = [(m.start, m.end) for m in (*chosen, *defined) if m.cls != "Field"]  # (机械工程 in 机械工程学院)
    for own, unit in units.items():
        if unit is None:
            continue
        for k in occurrences(text, own):
            ours = text.endswith(("我校", "本校", "该校"), 0, k)  # (与我校通信与信息工程学院共建: the school, 我校 its university)
            if k <= unit.start or (k > 0 and text[k - 1] not in _SCHOOL_SHORT_BEFORE and not ours) or any(
                    s < k + len(own) and k < e for s, e in taken):
                continue
            start = k - 2 if ours else k
            home = Mention(start, start, "", "University", "home", 0.7, unit.info["university"].hits)
            out.append(Mention(start, k + len(own), own, "AcademicUnit", "school-short", 0.6,
                               info={"university": home, "school": unit.info.get("school", own)}))
    return out


def _our_school_mentions(text: str, chosen: list[Mention], school: tuple[GazHit, str]) -> list[Mention]:
    """我院 in a school's own news: that school, wherever it is not part of a longer name (我院陶某远
    教授, 我院与…共建, 我院第三教工党支部), and so is 学院 opening a clause (，学院副院长某某带队…,
    。学院还与…); its university stands at its start, as a mention of no characters."""
    uni, name = school
    taken = [(m.start, m.end) for m in chosen]
    out = []
    spots = [*((k, 2) for k in occurrences(text, "我院")),
             *((k, 2) for k in occurrences(text, "学院") if k == 0 or text[k - 1] in _CLAUSE_EDGES
               # (牵线学院与某某公司签订…, 与学院签订…: the school as a party)
               or text.endswith(_SCHOOL_VERBS + ("联系",), 0, k)
               or (text[k - 1] in "与和同" and text.startswith(_SCHOOL_DOES, k + 2)))]
    if len(name) > 2:  # (环境学院党委书记某某 on 河海大学环境学院's own page: its short name, where no longer name holds it)
        spots += [(k, len(name)) for k in occurrences(text, name)]
    for k, n in sorted(spots):
        if any(s < k + n and k < e for s, e in taken):
            continue  # (a clause that opens with a school's or a platform's name)
        home = Mention(k, k, "", "University", "home", 0.7, (uni,))
        out.append(Mention(k, k + n, text[k:k + n] if n > 2 else "我院", "AcademicUnit", "our-school", 0.7,
                           info={"university": home, "school": name}))
    return out


def home_university(source: str | None, title: str | None = None, text: str = "") -> GazHit | None:
    """The university an article's source names (南京林业大学新闻网, 来源：扬州大学): the page is
    its own news, where 我校 is that university. Full names only (a short form like 东大 names
    several). With no source, a text that says 我校, or calls itself 学校 more than once, is the news
    of the one university its title names (南信大第十五批科技镇长团成员…: a short form that names
    only it will do)."""
    institute = any(w in text for w in _INSTITUTE_SELF_WORDS) and "我校" not in text
    if institute:  # 我所, 本院: a research institute's own news (中国科学院南京土壤研究所, 江苏省农业科学院)
        # its source, or its title, else the institute the text names first (…研究所选派三名科研骨干…)
        for where in (source, title):
            hits = {h.name: h for _, _, hs in find_gazetteer_names(where or "") for h in hs
                    if h.cls == "ResearchInstitute" and not h.short}
            if len(hits) == 1:
                return next(iter(hits.values()))
        named = [(s, -(e - s), h) for s, e, hs in find_gazetteer_names(text) for h in hs
                 if h.cls == "ResearchInstitute" and not h.short]
        return min(named, key=lambda t: t[:2])[2] if named else None  # (the longest name where it starts)
    if not source and (m := _OWN_NEWS_LINE_RE.search(text, 0, 400)) is not None:
        source = m.group()  # 苏州科技大学新闻网讯 7月8日…: a source line in the text itself
    if source:
        named = [h for _, _, hs in find_gazetteer_names(source) for h in hs if h.cls == "University"]
        hits = [h for h in named if not h.short]
        if hits or named or not _INNER_OFFICE_RE.fullmatch(source.strip()):
            return hits[0] if len({h.name for h in hits}) == 1 else None
        # (发布单位：研究生院, 来源：食品学院: an office or school of the university the title names)
    if not title or ("我校" not in text and len(_SCHOOL_AS_SELF_RE.findall(text)) < 2):
        return None  # (学校 twice or more: a university's news calls itself 学校 as often as 我校)
    found = [(s, e, hs) for s, e, hs in find_gazetteer_names(title) if any(h.cls == "University" for h in hs)]
    named = [hs for s, e, hs in found if not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in found)]
    names = {h.name for hs in named for h in hs if h.cls == "University"}  # (南大 inside 东南大学 is no name)
    if not names and "我校" in text:  # 我校与启东市举行…: the one university the text names in full (本网讯…中国药科大学—启东市…协议)
        named = [hs for _, _, hs in find_gazetteer_names(text) if any(h.cls == "University" and not h.short for h in hs)]
        names = {h.name for hs in named for h in hs if h.cls == "University" and not h.short}
        return next(h for hs in named for h in hs if h.cls == "University" and not h.short) if len(names) == 1 else None
    return next(h for hs in named for h in hs if h.cls == "University") if len(names) == 1 else None


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` reads as a short form of ``full``: its characters, in order, from it."""
    it = iter(full)
    return len(short) < len(full) and all(ch in it for ch in short)


def _city_and_abbreviation(short: str, full: Mention, at: int, chosen: list[Mention]) -> bool:
    """Whether an institute's bracketed short name is the city it is in and its abbreviation
    (江苏沿海地区农业科学研究所（盐城农科所）), the city's name at ``at``."""
    place = next((m for m in chosen if m.cls == "Locality" and m.start == at and m.length < len(short) - 1), None)
    return place is not None and full.cls == "ResearchInstitute" and short[-1] == full.text[-1] and _abbreviates(
        short[place.length:], full.text)


def _defined_short_forms(text: str, chosen: list[Mention]) -> list[Mention]:
    """X（以下简称“Y”）: every later Y names X. Mentions of Y, with ``info["alias_of"]`` the
    mention of X (resolution gives them X's canonical name)."""
    if "简称" not in text and "（" not in text and "(" not in text:
        return []
    ends = {m.end: m for m in chosen if m.cls not in ("Person", "Field")}
    taken = [(m.start, m.end) for m in chosen if m.cls != "Field"]  # 恒神碳纤维 holds the field 碳纤维
    out = []
    for d in _DEFINED_SHORT_RE.finditer(text):
        full = ends.get(d.start())
        short = d.group(1)
        if full is None or short == full.text:
            continue
        if "简称" not in d.group() and (len(short) < 3 or not _abbreviates(short, full.text)) and not _city_and_abbreviation(
                short, full, d.start(1), chosen):
            continue  # 江苏桐昆恒阳化纤有限公司（桐昆恒阳）, but not 周建（南京大学）
        for k in occurrences(text, short):
            # (a short form that reads as a name of its own, 南航某台创新中心, is still the defined one's)
            if k < d.start(1) or any(a < k + len(short) and k < b and not (k <= a and b <= k + len(short)) for a, b in taken):
                continue  # (a name across its edge; one inside it, 宜兴 of 宜兴环科园, is the short form's)
            out.append(Mention(k, k + len(short), short, full.cls, "alias-defined", 0.75, info={"alias_of": full}))
    return out
