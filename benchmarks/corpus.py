#!/usr/bin/env python3
"""Write N synthetic 科技镇长团 news articles for benchmarks.

Usage::

    python benchmarks/corpus.py 1000 /tmp/corpus            # seed 0
    python benchmarks/corpus.py 1000 /tmp/corpus --seed 7

Every article is made by recombining sentence templates written for this
generator (never text of the seed articles) in the style of Jiangsu news
reports on 科技镇长团: a team ``<区县>第<N>批科技镇长团`` (``<简称>团``) whose
members come from universities (后方高校), visits enterprises, brokers
产学研合作协议, co-builds platforms (…研究院, …技术转移分中心) and reports
figures (签订技术合同40余份、合同金额830余万元); persons appear with role titles
(团长, 教授, 总经理).  Places, universities, institutes and fields are drawn from
the package gazetteers (``kg.gazetteer``); enterprise names are made from a
locality, a random two-character core, an industry word and a company suffix.

Deterministic: article ``i`` of seed ``S`` depends only on ``(S, i)``, so the
first 100 articles of a 1,000-article corpus are the 100-article corpus.
Articles are 5,000–10,000 bytes of UTF-8 like the seed files (about 2,000–3,500
characters; ``--chars`` counts the range in characters instead); about a third are Markdown with YAML
front matter, the rest plain text with some site chrome (breadcrumbs, a
发布日期/来源 bar, a footer) like scraped pages.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg import gazetteer  # noqa: E402

CN_NUM = "零一二三四五六七八九"
BATCHES = ("十一", "十二", "十三", "十四", "十五", "十六")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏"
            "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱尹薛段雷侯史陶顾毛邵钱严戴孔汤庄")
GIVEN = ("建国明华志强晓燕伟芳军丽勇敏静磊洋艳杰涛超娟斌霞平刚桂英文海宇欣怡子涵浩然思远嘉琪雨婷俊凯"
         "鹏飞晨阳佳慧立新永红春梅学军卫东振华国庆秀兰玉兰宏伟晓东志刚亚楠梦琪")
# Characters for enterprise name cores (no function words that end a name: 的与和及在等为…).
CORE_CHARS = ("华宏立恒泰瑞丰鑫源盛博远通海天润嘉晟凯锐辰航弘睿晶科创美阳蓝坤元正信诚汇聚卓越星宇昊"
              "翔宁安康腾隆兴顺昌荣耀达威力金银铭鼎峰岳川江河湖澜润泽森林松柏竹梅兰菊琪璟璞琳瑶锦绣")
INDUSTRY = ("新材料科技", "智能装备", "生物医药", "电子科技", "精密机械", "环保科技", "新能源科技", "船舶工程",
            "化工", "光电科技", "汽车零部件", "医疗器械", "信息技术", "纺织", "食品", "智能制造", "半导体",
            "机器人", "储能科技", "电气", "通信器材", "模具", "特种合金", "检测技术", "软件")
COMPANY = ("有限公司", "有限公司", "有限公司", "股份有限公司", "科技有限公司", "集团有限公司")
SHORT_SUFFIX = ("新材", "科技", "电子", "电气", "药业", "机械", "能源", "智能")
PLATFORM_KIND = ("研究院", "产业研究院", "技术研究院", "工程技术研究中心", "技术转移分中心", "联合创新中心",
                 "产学研合作基地", "研究生工作站", "新型研发机构")
TITLES_UNI = ("教授", "副教授", "研究员", "博士", "副研究员")
TITLES_ENT = ("总经理", "董事长", "副总经理", "技术总监", "总工程师")
TITLES_GOV = ("委常委、组织部部长", "科技局局长", "委组织部副部长", "人才办主任")


@functools.cache
def _places() -> tuple[list, dict]:
    divs = gazetteer.divisions()
    homes = [e for e in divs if e.province == "江苏省" and e.level in ("district", "county", "county_city")]
    towns = {}
    for h in homes:
        towns[h.code] = [t for t in divs.children(h.code or "") if t.level in ("town", "subdistrict")]
    return homes, towns


@functools.cache
def _universities() -> tuple[list, list]:
    unis = [u for u in gazetteer.universities() if u.level == "本科" and u.code]
    js = [u for u in unis if u.province == "江苏省"]
    return js, unis


@functools.cache
def _institutes() -> list:
    return [i for i in gazetteer.institutes() if len(i.name) >= 6]


@functools.cache
def _fields() -> list:
    return [f for f in gazetteer.fields() if len(f.name) >= 2]


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals (十二, 三十七)."""
    if n < 10:
        return CN_NUM[n] if n != 2 else "两"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_NUM[tens]) + "十" + (CN_NUM[ones] if ones else "")



@dataclass
class Cast:
    """Everything one article talks about."""

    rng: random.Random
    city: object
    home: object
    towns: list
    batch: str
    unis: list
    insts: list
    fields: list
    enterprises: list[str] = field(default_factory=list)
    persons: dict[str, list[str]] = field(default_factory=dict)
    platforms: list[str] = field(default_factory=list)
    used_names: set[str] = field(default_factory=set)

    # -- names
    @property
    def short(self) -> str:
        return self.home.aliases[0] if self.home.aliases else self.home.name

    @property
    def city_short(self) -> str:
        return self.city.aliases[0] if self.city.aliases else self.city.name

    @property
    def team(self) -> str:
        return f"{self.home.name}第{self.batch}批科技镇长团"

    def team_ref(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.team
        if r < 0.6:
            return f"{self.short}团"
        if r < 0.75:
            return f"第{self.batch}批科技镇长团{self.short}团"
        return "科技镇长团"

    def uni(self) -> str:
        u = self.rng.choice(self.unis)
        if u.aliases and self.rng.random() < 0.2:
            return u.aliases[0]
        return u.name

    def unis_list(self, k: int) -> str:
        k = min(k, len(self.unis))
        return "、".join(u.name for u in self.rng.sample(self.unis, k))

    def inst(self) -> str:
        return self.rng.choice(self.insts).name

    def fld(self) -> str:
        return self.rng.choice(self.fields).name

    def flds(self, k: int) -> str:
        return "、".join(f.name for f in self.rng.sample(self.fields, min(k, len(self.fields))))

    def town(self) -> str:
        return self.rng.choice(self.towns).name if self.towns else self.home.name

    def ent(self) -> str:
        if self.enterprises and self.rng.random() < 0.45:
            return self.rng.choice(self.enterprises)
        rng = self.rng
        for _ in range(20):
            prefix = rng.choice((self.city_short, self.short, self.short, "江苏", self.city_short))
            core = "".join(rng.choice(CORE_CHARS) for _ in range(2))
            name = prefix + core + rng.choice(INDUSTRY) + rng.choice(COMPANY)
            if name not in self.used_names:
                self.used_names.add(name)
                self.enterprises.append(name)
                return name
        return self.rng.choice(self.enterprises)

    def ents_list(self, k: int) -> str:
        return "、".join(dict.fromkeys(self.ent() for _ in range(k)))

    def ent_short(self) -> str:
        core = "".join(self.rng.choice(CORE_CHARS) for _ in range(2))
        return core + self.rng.choice(SHORT_SUFFIX)

    def person(self, kind: str = "member") -> str:
        pool = self.persons.setdefault(kind, [])
        if pool and self.rng.random() < 0.4:
            return self.rng.choice(pool)
        rng = self.rng
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        pool.append(name)
        return name

    def ent_role(self) -> str:
        return f"{self.rng.choice(TITLES_ENT)}{self.person('ent')}"

    def platform(self) -> str:
        if self.platforms and self.rng.random() < 0.4:
            return self.rng.choice(self.platforms)
        rng = self.rng
        kind = rng.choice(PLATFORM_KIND)
        r = rng.random()
        if r < 0.4:
            name = f"{self.uni()}{self.short}{kind}"
        elif r < 0.7:
            name = f"{self.uni()}（{self.city_short}）{self.fld()}{kind}"
        else:
            name = f"{self.home.name}{self.fld()}{kind}"
        self.platforms.append(name)
        return name

    # -- numbers
    def n(self, lo: int, hi: int) -> str:
        v = self.rng.randint(lo, hi)
        return cn_number(v) if v < 100 and self.rng.random() < 0.15 else str(v)

    def approx(self) -> str:
        return self.rng.choice(("余", "多", "", "", "余"))

    def money(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}亿元"
        return f"{rng.randint(30, 9800)}{rng.choice(('余', '', '多'))}万元"


# ---------------------------------------------------------------------------
# templates: each takes the Cast and returns one sentence
# ---------------------------------------------------------------------------

def _t(*funcs):
    return funcs


INTRO = _t(
    lambda c: f"{c.team}自{c.rng.randint(2017, 2023)}年{c.rng.randint(6, 9)}月到任以来，在市委组织部、{c.home.name}委、"
              f"{c.home.name}政府的领导下，紧紧围绕全区产业发展需求，积极发挥参谋智库、桥梁纽带、科技服务作用，"
              f"助力{c.short}经济高质量发展。",
    lambda c: f"人才是第一资源，创新是第一动力。{c.team}共有{c.n(8, 16)}名团员，分别来自{c.unis_list(c.rng.randint(3, 5))}"
              f"以及{c.inst()}等单位，平均年龄不到{c.rng.randint(36, 42)}岁。",
    lambda c: f"近日，记者走进{c.home.name}，探访{c.team}一年来服务地方创新发展的足迹。",
    lambda c: f"作为省委、省政府推动产学研合作的一项制度创新，科技镇长团已在{c.city.name}连续派驻{c.n(10, 16)}批。"
              f"今年，{c.short}团围绕{c.flds(2)}等主导产业，把“后方高校”的资源引到“前方企业”。",
    lambda c: f"{c.rng.randint(1, 12)}月{c.rng.randint(1, 28)}日，{c.city.name}科技镇长团工作推进会在{c.home.name}召开，"
              f"{c.team}团长{c.person('leader')}作交流发言。",
    lambda c: f"到任以来，{c.team_ref()}全体团员迅速转变角色，深入{c.town()}、{c.town()}等镇街，"
              f"把论文写在{c.short}大地上。",
)

VISIT = _t(
    lambda c: f"团员们先后走访{c.ents_list(c.rng.randint(2, 4))}等企业，详细了解企业在技术研发、人才引进方面的需求。",
    lambda c: f"{c.team_ref()}走访了{c.ent()}，与企业负责人就{c.fld()}领域的技术难题进行深入交流。",
    lambda c: f"团长{c.person('leader')}带队拜访{c.ent()}，现场查看生产线，梳理出技术需求{c.n(3, 30)}项。",
    lambda c: f"{c.rng.randint(1, 12)}月{c.rng.randint(1, 28)}日，{c.short}团团员、{c.uni()}教授{c.person()}"
              f"来到{c.town()}，调研{c.ent()}的智能化改造项目。",
    lambda c: f"累计走访企业{c.n(50, 400)}{c.approx()}家次，收集企业技术需求{c.n(30, 200)}{c.approx()}条，"
              f"形成调研报告{c.n(3, 20)}篇。",
    lambda c: f"在{c.ent()}，{c.ent_role()}介绍，企业正在攻关{c.fld()}关键工艺，急需高校专家的支持。",
    lambda c: f"团员们还深入{c.town()}工业集中区，逐一上门服务{c.ent()}、{c.ent()}等重点企业。",
    lambda c: f"为摸清企业真实需求，{c.team_ref()}建立“一企一档”服务台账，对{c.ent()}等{c.n(20, 90)}家企业开展“点对点”服务。",
    lambda c: f"团员{c.person()}陪同{c.uni()}专家团队考察{c.ent()}，针对{c.fld()}工艺瓶颈提出改进方案{c.n(2, 9)}条。",
    lambda c: f"在走访中，团员发现{c.ent_short()}、{c.ent_short()}等企业普遍面临研发人才短缺的问题。",
)

BROKER = _t(
    lambda c: f"在{c.team_ref()}的牵线下，{c.uni()}与{c.ent()}签订产学研合作协议，共同开展{c.fld()}关键技术攻关。",
    lambda c: f"{c.short}团促成{c.ent()}与{c.uni()}签署技术开发合同，合同金额{c.money()}。",
    lambda c: f"经团员{c.person()}牵线搭桥，{c.ent()}与{c.uni()}{c.fld()}团队建立了稳定的合作关系。",
    lambda c: f"团员们积极对接后方高校资源，推动{c.unis_list(2)}等高校与{c.ents_list(2)}达成合作意向{c.n(3, 20)}项。",
    lambda c: f"在科技镇长团的推动下，{c.ent()}与{c.inst()}签订战略合作协议，联合申报省级科技项目。",
    lambda c: f"{c.team}协助{c.ent()}与{c.uni()}共建{c.platform()}，双方将在{c.fld()}方向开展深入合作。",
    lambda c: f"通过团员牵线，{c.uni()}与{c.ent()}联合开展{c.fld()}技术研发，目前已进入中试阶段。",
    lambda c: f"助力{c.ent()}与{c.uni()}、{c.uni()}签订产学研合作协议{c.n(2, 6)}份，合同总金额{c.money()}。",
    lambda c: f"{c.rng.randint(1, 12)}月{c.rng.randint(1, 28)}日，{c.home.name}产学研合作签约仪式举行，{c.ent()}、{c.ent()}分别与{c.uni()}签约。",
    lambda c: f"团员{c.person()}主动对接{c.uni()}{c.fld()}研究团队，促成其与{c.ent()}签订技术服务合同，解决了困扰企业多年的技术难题。",
    lambda c: f"{c.short}团积极推动{c.city.name}与{c.uni()}开展全面合作，双方签署校地战略合作框架协议。",
)

PLATFORM = _t(
    lambda c: f"由{c.uni()}与{c.home.name}政府共建的{c.platform()}正式揭牌，首批入驻研发团队{c.n(3, 12)}个。",
    lambda c: f"{c.team_ref()}协调推进{c.platform()}落户{c.town()}，为区内企业提供技术咨询和成果转化服务。",
    lambda c: f"目前，{c.platform()}已服务企业{c.n(20, 200)}{c.approx()}家，转化科技成果{c.n(5, 40)}项。",
    lambda c: f"依托{c.platform()}，{c.short}团组织了{c.n(3, 30)}场产学研对接活动，邀请{c.uni()}等高校专家{c.n(20, 120)}余人次来{c.short}交流。",
    lambda c: f"在{c.city.name}科技局的支持下，{c.uni()}{c.short}技术转移分中心挂牌运行。",
    lambda c: f"{c.platform()}由{c.uni()}和{c.ent()}联合成立，围绕{c.fld()}开展共性技术研发。",
    lambda c: f"团员{c.person()}牵头筹建{c.platform()}，已吸引{c.n(5, 30)}名博士、硕士入驻开展研究。",
)

FIGURES = _t(
    lambda c: f"一年来，{c.short}团共签订技术合同{c.n(10, 90)}{c.approx()}份、合同金额{c.money()}，"
              f"帮助企业申报各类科技项目{c.n(10, 80)}项。",
    lambda c: f"截至目前，累计组织产学研活动{c.n(10, 90)}场次，促成校地、校企合作项目{c.n(5, 60)}项，合同总金额{c.money()}。",
    lambda c: f"协助引进科创平台{c.n(2, 15)}家，引进高层次人才{c.n(10, 90)}{c.approx()}人，"
              f"培育高新技术企业{c.n(5, 50)}家。",
    lambda c: f"全年共对接高校院所{c.n(10, 60)}所，促成产学研合作{c.n(10, 80)}项，带动企业新增研发投入{c.money()}。",
    lambda c: f"{c.team}挂钩服务企业{c.n(200, 600)}家，其中高新技术企业{c.n(20, 190)}家，帮助企业争取各类资金{c.money()}。",
    lambda c: f"据统计，{c.team}到任以来共举办各类对接活动{c.n(10, 60)}场，参与企业{c.n(100, 900)}余家次，达成合作意向{c.n(10, 90)}项。",
    lambda c: f"在团员帮助下，{c.ent()}年产值突破{c.money()}，新增发明专利{c.n(3, 30)}件。",
)

MEMBERS = _t(
    lambda c: f"团长{c.person('leader')}来自{c.uni()}，挂职{c.home.name}副区长，分管科技和人才工作。",
    lambda c: f"团员{c.person()}是{c.uni()}{c.fld()}方向的副教授，到任后主动对接{c.n(5, 30)}家企业的技术需求。",
    lambda c: f"来自{c.uni()}的团员{c.person()}博士，挂职{c.town()}副镇长，牵头组建了“{c.fld()}”专家服务团。",
    lambda c: f"{c.short}团的后方高校包括{c.unis_list(c.rng.randint(2, 4))}，团员专业覆盖{c.flds(2)}等领域。",
    lambda c: f"副团长{c.person()}来自{c.inst()}，长期从事{c.fld()}研究。",
    lambda c: f"团员{c.person()}来自{c.uni()}，到任后联系{c.fld()}领域专家{c.n(10, 60)}余名，为企业开出“技术处方”。",
    lambda c: f"{c.team}由{c.n(8, 16)}名成员组成，其中博士{c.n(4, 12)}名、正高职称{c.n(2, 8)}名。",
)

QUOTE = _t(
    lambda c: f"“科技镇长团是连接高校和企业的桥梁。”团长{c.person('leader')}说，“我们要把后方高校的科研成果带到{c.short}，"
              f"让企业的技术难题在高校找到答案。”",
    lambda c: f"{c.ent()}总经理{c.person('ent')}表示，在团员的帮助下，企业与高校的合作越来越紧密，新产品开发周期缩短了近一半。",
    lambda c: f"“下一步，我们将继续聚焦{c.fld()}产业，推动更多科技成果在{c.short}落地转化。”{c.person('leader')}表示。",
    lambda c: f"{c.home.name}{c.rng.choice(TITLES_GOV)}{c.person('gov')}指出，科技镇长团要当好“红娘”，更要当好“参谋”。",
    lambda c: f"{c.uni()}教授{c.person()}认为，校企合作要从“一次性项目”走向“长期伙伴”，在{c.fld()}领域形成持续的创新链条。",
    lambda c: f"“是科技镇长团帮我们找到了合适的合作伙伴。”{c.ent()}{c.ent_role()}感慨地说。",
)

PARTY = _t(
    lambda c: f"团员到任后第一时间成立科技镇长团临时党支部，常态化开展支部学习活动。",
    lambda c: f"联合{c.uni()}党委开展党建共建，签订党建联盟协议，推动党建与业务深度融合。",
    lambda c: f"组织团员赴{c.town()}开展主题党日活动，重温入党誓词，传承红色基因。",
    lambda c: f"{c.short}团临时党支部与{c.ent()}党支部开展结对共建，把支部建在服务一线。",
    lambda c: f"团员们坚持每月集中学习，交流挂职体会，形成比学赶超的良好氛围。",
)

# Prose without names: most of a real report is this kind of framing.
FILLER = _t(
    lambda c: "创新是引领发展的第一动力，人才是支撑发展的第一资源。",
    lambda c: "团员们坚持问题导向，把企业的“需求清单”转化为服务的“任务清单”。",
    lambda c: "一年来，团员们白天跑企业、晚上写报告，用脚步丈量创新的距离。",
    lambda c: "从“陌生人”到“自家人”，团员们很快融入了地方的工作节奏。",
    lambda c: "企业技术需求往往散、小、急，单靠企业自身很难找到合适的研发团队。",
    lambda c: "为此，团员们建立了需求征集、专家匹配、跟踪回访的闭环服务机制。",
    lambda c: "挂职期间，团员们既当“联络员”，又当“服务员”，还当“宣传员”。",
    lambda c: "产学研合作不是一签了之，关键在于后续的持续跟进和成果落地。",
    lambda c: f"围绕{c.fld()}产业链，团员们梳理出一批“卡脖子”技术清单，逐项寻找破解路径。",
    lambda c: "团员们还利用周末时间返回后方单位，带着企业的难题找专家、找团队、找成果。",
    lambda c: "在疫情防控常态化的背景下，团员们创新采用“线上+线下”的方式开展对接活动。",
    lambda c: "通过一次次面对面的交流，校企双方增进了了解，也建立了信任。",
    lambda c: "不少企业负责人表示，过去找高校合作“门难进、人难找”，现在有了科技镇长团，合作渠道更畅通了。",
    lambda c: "团员们还积极参与地方重大课题调研，为产业规划、人才政策制定提供参考建议。",
    lambda c: f"结合{c.short}的产业基础，团员们提出了加快培育创新型企业集群的建议。",
    lambda c: "据了解，科技镇长团制度自实施以来，已成为推动校地合作、促进科技成果转化的重要抓手。",
    lambda c: "团员们表示，挂职时间虽然有限，但服务地方发展的热情不会减退。",
    lambda c: "下一步，团员们将继续发挥自身优势，在服务企业、引才聚智等方面持续发力。",
    lambda c: "面对新形势新任务，团员们主动作为，积极探索科技服务的新模式、新路径。",
    lambda c: "他们把每一次走访都当作学习的机会，把每一个难题都当作服务的起点。",
    lambda c: "一批技术难题得到破解，一批合作项目签约落地，一批创新平台挂牌运行。",
    lambda c: f"在{c.fld()}领域，企业对高端人才和关键技术的需求尤为迫切。",
    lambda c: "为提升服务的精准度，团员们按照专业背景分组，实行“专家+项目+企业”的对接模式。",
    lambda c: "团员们还编印了服务手册，把后方高校的优势学科、科研团队和可转化成果整理成册。",
    lambda c: "“要让企业少跑腿，让成果多落地。”这是团员们经常挂在嘴边的一句话。",
    lambda c: "通过搭建常态化的沟通机制，校地合作从“单点突破”走向“全面开花”。",
)

# (sentences, sentences per paragraph, headings that can open such a passage)
SECTIONS = (
    (VISIT, 3, ("深入走访企业 摸清技术需求", "做实科技服务 赋能企业创新", "俯下身子 服务企业")),
    (BROKER, 4, ("牵线产学研合作 打通转化通道", "当好桥梁纽带 服务地方发展", "聚焦主导产业 精准对接资源")),
    (PLATFORM, 2, ("共建创新平台 集聚创新资源", "搭建交流平台 激发创新活力")),
    (FIGURES, 1, ("交出创新成绩单", "数说一年来的成效")),
    (MEMBERS, 2, ("以才引才 厚植人才沃土", "发挥专业所长 建言地方发展")),
    (QUOTE, 2, ("用心用情 扎根基层",)),
    (PARTY, 2, ("强化党建引领 凝聚团队合力",)),
)
HEADINGS = tuple(h for _, _, hs in SECTIONS for h in hs)

CHROME_TOP = ("当前位置：首页 >> 工作动态 >> 内容", "您的位置：首页 > 新闻中心 > 科技动态", "首页 > 人才工作 > 科技镇长团")
SOURCES = ("日报", "科技局", "新闻网", "发布", "组工")


def make_cast(rng: random.Random) -> Cast:
    homes, towns = _places()
    home = rng.choice(homes)
    divs = gazetteer.divisions()
    city = divs.parent(home)
    js, unis = _universities()
    picked = rng.sample(js, rng.randint(3, 6)) + rng.sample(unis, rng.randint(1, 3))
    picked = list({u.name: u for u in picked}.values())
    return Cast(rng=rng, city=city, home=home, towns=rng.sample(towns[home.code], min(5, len(towns[home.code]))),
                batch=rng.choice(BATCHES), unis=picked, insts=rng.sample(_institutes(), 2),
                fields=rng.sample(_fields(), rng.randint(4, 7)))


def _paragraph(c: Cast, pool, k: int) -> str:
    """k sentences from ``pool`` (no repeats) interleaved with about as many lines of framing prose."""
    picked = c.rng.sample(pool, min(k, len(pool)))
    picked += c.rng.sample(FILLER, c.rng.randint(max(1, k // 2), k))
    c.rng.shuffle(picked)
    return "".join(t(c) for t in picked)


def article(i: int, seed: int = 0, length: tuple[int, int] = (5000, 10000), unit: str = "bytes") -> tuple[str, str]:
    """Article ``i`` of corpus ``seed``: (file name, file content).

    The body is grown to a random size in ``length``, counted in UTF-8 bytes
    (like the seed files: 5–10 kB is 2–3.5 k characters) or in characters.
    """
    rng = random.Random(f"kg-corpus-{seed}-{i}")
    c = make_cast(rng)
    md = rng.random() < 0.35
    target = rng.randint(*length)
    size = (lambda t: len(t.encode("utf-8"))) if unit == "bytes" else len
    title = rng.choice((
        f"{rng.choice((c.team, c.short + '团'))}：{rng.choice(HEADINGS).replace(' ', '，')}",
        f"{c.short}团：当好产学研合作“红娘” 助力{c.short}高质量发展",
        f"科技镇长团走进{c.town()}：把高校资源送到企业身边",
        f"{c.city_short}：科技镇长团为{rng.choice(c.fields).name}产业注入创新动能",
    ))
    date = f"{rng.randint(2017, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    source = f"{c.city_short}{rng.choice(SOURCES)}"
    body: list[str] = [_paragraph(c, INTRO, 1)]
    while sum(size(p) for p in body) < target - (600 if unit == "chars" else 1500):
        pool, k, headings = rng.choice(SECTIONS)
        if rng.random() < 0.3:
            body.append(("## " if md else "") + rng.choice(headings))
        body.append(_paragraph(c, pool, k + rng.randint(0, 2)))
        if rng.random() < 0.15:
            body.append(f"（图为{c.team_ref()}团员在{c.ent()}调研）")
    body.append(_paragraph(c, QUOTE, 1))
    reporter = f"记者 {c.rng.choice(SURNAMES)}{c.rng.choice(GIVEN)} 通讯员 {c.rng.choice(SURNAMES)}{c.rng.choice(GIVEN)}"
    if md:
        head = f"---\ntitle: \"{title}\"\ndate: {date}\nsource: {source}\n---\n\n# {title}\n\n{reporter}\n\n"
        text = head + "\n\n".join(body) + "\n"
        ext = ".md"
    else:
        lines = []
        if rng.random() < 0.5:
            lines.append(rng.choice(CHROME_TOP))
        lines += [title, f"发布日期：{date}  来源：{source}  浏览次数：{rng.randint(10, 9999)}", reporter]
        lines += body
        if rng.random() < 0.5:
            lines += [f"主办单位：{c.city.name}科学技术局", f"苏ICP备{rng.randint(10**7, 10**8 - 1)}号"]
        text = "\n\n".join(lines) + "\n"
        ext = ".txt"
    name = f"{i:06d}_{rng.getrandbits(64):016x}{ext}"
    return name, text


def generate(n: int, out: Path, seed: int = 0, start: int = 0, length: tuple[int, int] = (5000, 10000),
             unit: str = "bytes") -> list[Path]:
    """Write articles ``start .. start+n-1`` of corpus ``seed`` into ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        name, text = article(i, seed, length, unit)
        p = out / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--length", default="5000-10000", metavar="LO-HI",
                    help="article size range (default 5000-10000, in UTF-8 bytes like the seed articles)")
    ap.add_argument("--chars", action="store_true", help="count --length in characters instead of bytes")
    args = ap.parse_args(argv)
    lo, hi = (int(x) for x in args.length.split("-"))
    paths = generate(args.n, args.outdir, args.seed, length=(lo, hi), unit="chars" if args.chars else "bytes")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(len(t) for t in texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(paths)} articles, {chars:,} characters, {nbytes:,} bytes → {args.outdir}")


if __name__ == "__main__":
    main()
