"""Read news articles from disk as clean text plus title, date and source.

What
    Every later stage (entity recognition, relation extraction, the graph
    build) works on :class:`Article` objects made here.  This module turns a
    file -- plain text, Markdown with YAML front matter, or an HTML page --
    into the article's visible text with site chrome removed, and pulls out
    the little metadata a news page carries (headline, publication date,
    source).

Why this way
    * The corpus is scraped Chinese news: files come as UTF-8 (with or without
      BOM), UTF-16 with BOM, or GBK/GB18030, and are wrapped in government-site
      chrome (breadcrumbs, "发布日期…来源…浏览次数" bars, footers with 主办单位 /
      ICP备 numbers).  Chrome would otherwise become bogus entities and
      relations, so it is removed here, once.
    * Later stages store character offsets into ``Article.text``.  Plain-text
      input is therefore only cut line by line (whole boilerplate lines are
      dropped, newlines normalised, runs of blank lines collapsed); the
      characters of kept lines are never rewritten (no width or case
      normalisation).  HTML and Markdown-with-tags input is rendered to text
      first, because its raw characters are markup, not article text.
    * Removal is deliberately conservative: a line is only dropped when it is
      short (``< 80`` characters) *and* matches a chrome pattern, so a real
      sentence that happens to mention 电话 or 地址 stays.
    * Every unusable input raises :class:`kg.errors.InputError` naming the file
      and the problem, so the CLI can report it in one line.

Only the standard library and PyYAML are used.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import hashlib
import html
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from kg.errors import InputError
from kg.traditional import as_written, simplified_view, to_simplified

__all__ = [
    "ARTICLE_SUFFIXES",
    "Article",
    "ArticleFiles",
    "clean_text",
    "collect_paths",
    "content_hash",
    "iter_articles",
    "read_article",
]

#: File name endings picked up when a folder is expanded (case-insensitive).
ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")

#: Files larger than this are refused; no news article comes near it.
MAX_BYTES = 50 * 1024 * 1024

#: Only lines shorter than this many characters may be dropped as boilerplate.
SHORT_LINE = 80

#: A date is looked for as a dateline in this many first non-empty lines.
DATELINE_LINES = 5

#: A footer zone longer than this many non-empty lines that holds most of the page is the page
#: itself (a poster opens on 主办单位｜…), not its footer.
FOOTER_ZONE_LINES = 12


@dataclass(frozen=True)
class Article:
    """One news article.

    ``id`` is the file name (e.g. ``001_3535ead3e0bfa596.txt``); ``date`` is ISO
    ``YYYY-MM-DD`` or None; ``text`` is the cleaned article text that later
    stages index into by character offset.  ``sha256`` is the hex digest of
    the raw file bytes that were parsed (empty when built by hand); it is the
    same value :func:`content_hash` returns for an unchanged file.
    """

    id: str
    path: str
    title: str | None
    date: str | None
    source: str | None
    text: str
    sha256: str = ""


# --------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------


def _is_article_name(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES)


def _expand_folder(folder: Path) -> list[tuple[Path, Path]]:
    """Article files under *folder*, recursively, each with its resolved path; hidden entries
    skipped, links to folders not followed, ordered by their path components (``a/b.txt``
    before ``a-c.txt``).

    The folder is resolved once and its files' resolved paths joined to it (a link is
    resolved on its own): resolving each of 10,000 files took a third of a second.
    """
    base = folder.resolve()
    found: list[tuple[tuple[str, ...], Path, Path]] = []

    def walk(rel: tuple[str, ...]) -> None:
        with os.scandir(folder.joinpath(*rel)) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    walk((*rel, name))
                elif _is_article_name(name) and entry.is_file():
                    real = Path(os.path.realpath(entry.path)) if entry.is_symlink() else base.joinpath(*rel, name)
                    found.append(((*rel, name), Path(entry.path), real))

    walk(())
    found.sort(key=lambda t: t[0])
    return [(path, real) for _, path, real in found]


class ArticleFiles(list):
    """The article files :func:`collect_paths` found: handed back to it, they are taken as they are
    (a build names its files once; walking and resolving 10,000 files again costs 0.3 s)."""


def collect_paths(paths: Iterable[str | Path] | str | Path) -> ArticleFiles:
    """Expand *paths* into the list of article files to read, without reading them.

    Files are kept as given (any extension); folders are expanded recursively
    to ``*.txt, *.md, *.markdown, *.html, *.htm`` sorted by path; argument
    order is kept.  The same file named twice is kept once.  Raises
    :class:`InputError` for a path that does not exist, is neither a file nor
    a folder, a folder holding no articles, or two different files with the
    same name (the name is the article id).
    """
    if isinstance(paths, ArticleFiles):
        return paths
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out = ArticleFiles()
    seen_files: set[Path] = set()
    ids: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = _expand_folder(p)
            if not found:
                raise InputError(
                    p,
                    "folder contains no article files (" + ", ".join("*" + s for s in ARTICLE_SUFFIXES) + ")",
                )
        elif p.is_file():
            found = [(p, p.resolve())]
        elif p.exists():
            raise InputError(p, "not a regular file or folder")
        else:
            raise InputError(p, "no such file or folder")
        for f, key in found:
            if key in seen_files:
                continue
            seen_files.add(key)
            other = ids.get(f.name)
            if other is not None:
                raise InputError(f, f"duplicate article id {f.name!r} (also {other})")
            ids[f.name] = f
            out.append(f)
    return out


def content_hash(path: str | Path) -> str:
    """Hex SHA-256 of the file's raw bytes (for a build cache)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError as e:
        raise InputError(path, f"cannot read file: {e.strerror or e}") from None
    return h.hexdigest()


def iter_articles(paths: Iterable[str | Path] | str | Path) -> Iterator[Article]:
    """Yield an :class:`Article` for every file named by *paths* (see
    :func:`collect_paths` for how folders are expanded and what is refused)."""
    for p in collect_paths(paths):
        yield read_article(p)


def read_article(path: str | Path) -> Article:
    """Read one article file; raise :class:`InputError` if it cannot be used."""
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if not p.is_file():
        raise InputError(path, "not a regular file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file too large for an article ({size} bytes > {MAX_BYTES})")
        raw = p.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read file: {e.strerror or e}") from None
    return _parse(raw, path)


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# C0 controls that never occur in text (tab, LF, VT, FF, CR and ESC allowed).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def _decode(raw: bytes, path: str | Path) -> str:
    if not raw:
        raise InputError(path, "empty file")
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(path, f"has a {label} byte-order mark but invalid {label} at byte {e.start}") from None
            _check_textual(text, path)
            return text
    head = raw[:65536]
    if b"\x00" in raw or len(head) - len(head.translate(None, _BINARY_BYTES)) > 0.05 * len(head):
        if _looks_like_bomless_utf16(raw):
            raise InputError(
                path, "looks like UTF-16 without a byte-order mark; save it as UTF-8 or as UTF-16 with a BOM"
            )
        if b"\x00" in raw:
            raise InputError(path, "binary file (contains NUL bytes)")
        raise InputError(path, "binary file (mostly control bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        if _mostly_utf8(raw):
            raise InputError(
                path, f"invalid UTF-8 at byte {utf8_error.start} (the rest of the file is UTF-8)"
            ) from None
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                path,
                f"cannot decode: not UTF-8 (bad byte at {utf8_error.start}), "
                "not UTF-16 with a byte-order mark, not GB18030/GBK",
            ) from None
    _check_textual(text, path)
    return text


def _looks_like_bomless_utf16(raw: bytes) -> bool:
    if len(raw) < 4 or len(raw) % 2:
        return False
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        ok = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r" or "\u3000" <= ch <= "\u9fff")
        if ok >= 0.95 * len(text) and not any(unicodedata.category(ch) in ("Co", "Cn") for ch in text):
            return True
    return False


def _mostly_utf8(raw: bytes) -> bool:
    """True when *raw* is UTF-8 with a few damaged bytes (so decoding it as
    GB18030 would silently produce mojibake)."""
    loose = raw.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for ch in loose if ord(ch) > 0x7F) - bad
    return good >= 20 and bad * 20 <= good


_WHITESPACE = re.compile(r"\s+")
# Characters that plain text does not contain: control (Cc, but not whitespace), private-use,
# surrogate, and the replacement character; unassigned (Cn) ones are checked only when
# this cheap pass is inconclusive.
_PAST_CJK = re.compile("[\ua000-\U0010ffff]")
_ODD = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff\ufffd]")


def _check_textual(text: str, path: str | Path) -> None:
    visible = len(text) - sum(len(m) for m in _WHITESPACE.findall(text))
    if not visible:
        raise InputError(path, "empty file (only whitespace)")
    odd = len(_ODD.findall(text))
    if odd <= 0.1 * visible:
        # each distinct character past the CJK block looked up once (full-width punctuation recurs)
        high = Counter(_PAST_CJK.findall(text))
        odd += sum(n for ch, n in high.items() if unicodedata.category(ch) == "Cn")
    if odd > 0.1 * visible:
        raise InputError(path, "binary file (mostly non-text characters)")


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_DATE_RE = re.compile(
    r"(?<!\d)(\d{4})\s*(?:"
    r"年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"
    r"|([-/.])(\d{1,2})\4(\d{1,2})(?!\d)"
    r")"
)


def _parse_date(s: str) -> str | None:
    """First valid calendar date in *s* as ISO ``YYYY-MM-DD`` (years 1949-2100)."""
    for m in _DATE_RE.finditer(s):
        y = int(m.group(1))
        mo = int(m.group(2) or m.group(5))
        d = int(m.group(3) or m.group(6))
        if not 1949 <= y <= 2100:
            continue
        try:
            return _dt.date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


def _date_value(v: Any) -> str | None:
    if isinstance(v, _dt.datetime):
        return v.date().isoformat()
    if isinstance(v, _dt.date):
        return v.isoformat()
    if v is None:
        return None
    return _parse_date(str(v))


# --------------------------------------------------------------------------
# Boilerplate
# --------------------------------------------------------------------------

_C = r"[:：]"  # half- or full-width colon
_LEAD = r"^[\s\W_]*"  # punctuation / brackets before a keyword at line start
_SENTENCE_END = re.compile(r"[。！？!?]")

# Footer lines: keyword anywhere in a short line.
_FOOTER_ANYWHERE = re.compile(
    r"ICP\s*[备证]|公网安备|网站标识码|版权所有|Copyright|©|All\s+Rights\s+Reserved"
    r"|网站支持\s*IPv?6|(?:分辨率.{0,30}浏览器|浏览器.{0,30}分辨率)"
    r"|您是第\s*\d*\s*位(?:访客|游客|访问者)|网站地图|政府网站(?:年度)?工作(?:年度)?报表",
    re.IGNORECASE,
)
# Footer lines: keyword at line start.
_FOOTER_START = re.compile(
    _LEAD + r"(?:"
    r"(?:主办单位|承办单位|协办单位|主管单位|网站主办|维护单位|运维单位|技术支持)\s*(?:" + _C + r"|\s)"
    r"|(?:主办|承办|协办|主管)\s*" + _C
    + r"|(?:地址|通讯地址|联系地址|单位地址|联系电话|联系方式|电话|传真|邮编|邮政编码|电子邮箱|邮箱|E-?mail)\s*" + _C + r")",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(
    _LEAD + r"(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|当前的位置|所在位置|现在位置)\s*" + _C
    + r"|首页\s*(?:>|＞|»|›|→|/|\\)"
    + r"|\S\s*(?:>>|＞＞|»)\s*\S"
)
_PAGE_TOOLS = re.compile(
    r"网站首页|返回顶部|返回首页|返回列表|返回上一?页|打印本页|打印此页|关闭窗口|关闭本页|收藏本页|加入收藏|设为首页"
    r"|[【\[〔]\s*(?:打印|关闭|收藏)\s*[】\]〕]"
    r"|字体\s*" + _C + r"?\s*[【\[〖(（]?\s*大\s*[|｜]?\s*中\s*[|｜]?\s*小"
    r"|字号\s*" + _C
    + r"|分享到|" + _LEAD + r"分享\s*" + _C
    + r"|" + _LEAD + r"(?:上一篇|下一篇|上一条|下一条)\s*" + _C
)
_BACK_LINK = re.compile(_LEAD + r"返回")
_COUNTER = re.compile(r"浏览次数|浏览量|访问量|访问次数|阅读量|阅读次数|阅读数|点击数|点击量|点击次数|点击率")
_META_FIELD = re.compile(
    r"(?:发布日期|发布时间|发表日期|发表时间|更新日期|更新时间|文章来源|信息来源|稿件来源|新闻来源|责任编辑"
    r"|发布单位|供稿单位|发布部门|供稿部门|发布者|供稿"
    r"|(?<![\u3400-\u9fff])来源)\s*" + _C
    + r"|" + _LEAD + r"日期\s*" + _C
)
_URL_ONLY = re.compile(r"^[\s<(（\[]*(?:https?:)?//\S+?[>)）\]]*\s*$", re.IGNORECASE)
_DATE_ONLY = re.compile(
    r"^[\s\W_]*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期.|周.|礼拜.)?[\s\W_]*$"
)
# A WeChat post's header line: account, date and time, and the province the post was sent from
# (原创　某高新区　2023-11-16 18:02　发表于江苏): no place the article is about.
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
              "|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
_POST_HEADER = re.compile(
    r"^(?:\S{1,20}\s+){0,2}\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}\s+"
    r"(?:发表于|IP属地\s*[：:]?)?\s*(?:" + _PROVINCES + r")$"
)
# Lines that start the footer zone at the end of a page.
_STRONG_FOOTER = re.compile(
    r"ICP\s*[备证]|公网安备|网站标识码|版权所有|Copyright|©"
    r"|" + _LEAD + r"(?:主办单位|承办单位|主管单位|网站主办|技术支持|(?:主办|承办)\s*" + _C + ")",
    re.IGNORECASE,
)


def _is_boilerplate(line: str, index: int) -> bool:
    """Whether *line* (``index``-th non-empty line) is site chrome."""
    s = line.strip()
    if not s or len(s) >= SHORT_LINE:
        return False
    no_sentence = not _SENTENCE_END.search(s)
    if _FOOTER_ANYWHERE.search(s):
        return True
    if _FOOTER_START.match(s):
        # (技术支持：某县第十六批科技镇长团, 承办：… at a page's head: who made the page, a team named with its batch)
        return not (index < DATELINE_LINES and "镇长团" in s)
    if _BREADCRUMB.search(s) and no_sentence:
        return True
    if _PAGE_TOOLS.search(s):
        return True
    if _BACK_LINK.match(s) and no_sentence:
        return True
    if _COUNTER.search(s) and no_sentence:
        return True
    if _META_FIELD.search(s) and (no_sentence or _is_bracketed(s)):
        return True
    if _URL_ONLY.match(s):
        return True
    if index < DATELINE_LINES and (_DATE_ONLY.match(s) or _POST_HEADER.match(s)):
        return True
    return False


def _is_bracketed(s: str) -> bool:
    return s[:1] in "(（【[〔" and s[-1:] in ")）】]〕"


def clean_text(text: str) -> str:
    """Drop boilerplate lines from *text* and tidy blank lines.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``; short chrome lines (see module
    docstring) are removed, as is a trailing footer block (from the first
    主办单位/版权所有/ICP备-style line, when everything after it is chrome or
    short non-sentence lines such as 网站地图).  A removed line takes its
    blank-line gap with it: the gap left between two kept lines is the wider
    of the blank runs around the removed lines, not their sum.  Whitespace-only
    lines become empty, runs of more than two blank lines become two, and
    leading/trailing blank lines go.  In a text whose paragraphs open with an
    indent (　　), a line that goes on from an indented line cut mid-sentence
    (no indent of its own, no blank line before, the cut between two CJK
    characters) is joined back to it: a page's soft wrap, not a new paragraph.
    A dropped meta line that names its author (…来源：党委组织部　作者：蒋某) leaves that field as
    a line of its own, since a member's own account is told by its author. A block of comma-separated
    rows under a header (a data portal's CSV preview) has its cells split by tabs, as a table copied
    from a sheet has. A list of other articles' titles under 相关推荐, 猜你喜欢 or the like goes.
    Kept lines are not otherwise changed.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = _cut_footer_zone(lines)
    related = _related_list_lines(lines)
    out: list[str] = []
    run = 0  # blank lines seen since the last kept or dropped line
    gap = 0  # widest blank run since the last kept line
    nonempty = 0
    for i, line in enumerate(lines):
        if not line.strip():
            run += 1
            continue
        gap, run = max(gap, run), 0
        if i in related:
            continue
        dropped = _is_boilerplate(line, nonempty)
        nonempty += 1
        if dropped:
            author = _AUTHOR_FIELD.search(line)
            if author is None:
                continue
            line = author.group()  # (…来源：党委组织部　作者：蒋某: the writer of a member's own account is kept)
        if out:
            out.extend([""] * min(gap, 2))
        out.append(line)
        gap = 0
    return "\n".join(_csv_rows_as_tabs(_join_vertical_table_rows(_join_soft_wraps(out))))


# a page's author field naming one person (作者：蒋某), not a reporter's credit (作者：本报记者 张某)
_AUTHOR_FIELD = re.compile(r"作者[：:][ \u3000]*[\u4e00-\u9fff]{2,3}(?=[ \u3000\t]|$)")


_INDENT = ("\u3000\u3000", "  ")
# a header cell of a table laid out one cell a line: a few characters, no sentence punctuation
_VERTICAL_HEADER_CELL_RE = re.compile(r"[^，。；：,;:！？!?\d\s][^，。；：,;:！？!?]{0,11}")


# a line of comma-separated values: ASCII commas, no tab, bar or sentence mark outside quotes
_CSV_LINE_RE = re.compile(r'^(?:"[^"\n]*"|[^,"\t|｜。；])*(?:,(?:"[^"\n]*"|[^,"\t|｜。；])*){2,}$')
_CSV_HEADER_CELL_RE = re.compile(r"[^\d\s][^。，；]{0,15}")


def _csv_rows_as_tabs(lines: list[str]) -> list[str]:
    """A block of comma-separated rows (序号,企业名称,合作高校,… then rows with as many cells) with its
    cells split by tabs, so that the table readers see a table; quoted cells lose their quotes."""
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CSV_LINE_RE.match(lines[j].strip()):
            j += 1
        rows = [next(csv.reader([line.strip()])) for line in lines[i:j]]
        if j - i >= 3 and all(len(r) == len(rows[0]) for r in rows) and all(
                _CSV_HEADER_CELL_RE.fullmatch(c.strip()) for c in rows[0]) and any(
                "\u4e00" <= ch <= "\u9fff" for ch in lines[i]):
            out[i:j] = ["\t".join(c.strip() for c in r) for r in rows]
        i = max(j, i + 1)
    return out


def _join_vertical_table_rows(lines: list[str]) -> list[str]:
    """A table laid out one cell a line (序号 / 挂职人员 / 所在学院 / … / 1 / 汪某 / 化学工程学院 / …), as a page's
    table often comes out of a scrape: each row (and the header) joined into one line, its cells split by ｜."""
    if "序号" not in lines:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != "序号":
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _VERTICAL_HEADER_CELL_RE.fullmatch(lines[j].strip()):
            j += 1
        width = j - i
        if width < 3 or j >= len(lines) or lines[j].strip() != "1":
            out.append(lines[i])
            i += 1
            continue
        out.append("｜".join(line.strip() for line in lines[i:j]))
        row, n = j, 1
        while row + width <= len(lines) and lines[row].strip() == str(n) and all(
                lines[k].strip() and len(lines[k]) <= 60 for k in range(row, row + width)):
            out.append("｜".join(line.strip() for line in lines[row:row + width]))
            row += width
            n += 1
        i = row
    return out


def _display_width(line: str) -> int:
    """How wide a line prints: a CJK or full-width character counts two, anything else one."""
    return sum(2 if ord(ch) >= 0x2E80 or 0x2010 <= ord(ch) <= 0x206F else 1 for ch in line)  # (“…”— print wide)


def _wrap_width(lines: list[str], measure=_display_width) -> int | None:
    """The width a page's text was wrapped at (a PDF's lines, all as wide as its column), when five lines
    or more without an indent share it; None for text whose lines are its paragraphs. ``measure`` is how
    wide a line is: as printed, or in characters (a text cut every N characters, whose lines with digits
    print narrower)."""
    widths = Counter(measure(line) for line in lines if line and not line.startswith(_INDENT))
    if not widths:
        return None
    width, n = widths.most_common(1)[0]
    return width if n >= 5 and width >= (30 if measure is _display_width else 15) else None


def _join_soft_wraps(lines: list[str]) -> list[str]:
    """Lines of an indented-paragraph text, with the pieces of a paragraph cut mid-sentence joined (and,
    in a text wrapped at a fixed width, every line as wide as the column joined to the next)."""
    if sum(1 for line in lines if line.startswith(_INDENT)) < 3:
        return lines  # (paragraphs are not marked by an indent here: every line is its own)
    wrap = _wrap_width(lines)
    wrap_chars = _wrap_width(lines, len) if wrap is not None else None
    out: list[str] = []
    joined = False  # whether out[-1] is a paragraph still open (an indented line, or one joined to it)
    physical = ""  # the last line as it was printed (what out[-1] ends with)
    for line in lines:
        if _PAGE_NUMBER_RE.fullmatch(line.strip()):
            continue  # (— 1 —: a page's number, between the two halves of a paragraph)
        if not line.strip() and out and wrap is not None and _display_width(physical) >= wrap - 2:
            continue  # (the blank lines around a page break inside a paragraph: its last line was full)
        prev = out[-1] if out else ""
        full = wrap is not None and bool(prev) and (_display_width(physical) >= wrap - 2
                                                    or wrap_chars is not None and len(physical) >= wrap_chars)
        if line and not line[0].isspace() and (full or (
                (prev.startswith(_INDENT) or joined) and _CJK_CHAR.match(prev[-1:]) and _CJK_CHAR.match(line[:1]))):
            out[-1] = prev + line  # 来自南京工业 / 大学材料科学与工程学院的团员; …其中教授 / （研究员）3人
            joined = True
        else:
            out.append(line)
            joined = line.startswith(_INDENT)
        physical = line
    return out


_PAGE_NUMBER_RE = re.compile(r"[—\-－–]\s*\d{1,3}\s*[—\-－–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?")


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _cut_footer_zone(lines: list[str]) -> list[str]:
    """Drop everything from the first strong footer line (主办单位, 版权所有,
    ICP备 …) on, provided every later line is chrome or a short non-sentence."""
    # start = first index from which all non-empty lines are footer-like
    start = len(lines)
    while start > 0:
        t = lines[start - 1].strip()
        if t and not ((len(t) < 40 and not _SENTENCE_END.search(t)) or _is_boilerplate(t, DATELINE_LINES)):
            break
        start -= 1
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in range(max(start - 1, 0), len(lines)):
        s = lines[i].strip()
        if s and len(s) < SHORT_LINE and _STRONG_FOOTER.search(s):
            rest = sum(1 for k in filled if k >= i)
            if rest > FOOTER_ZONE_LINES and rest * 2 > len(filled):
                return lines  # (a poster's 主办单位｜… near its top, its agenda in short lines after: the page itself)
            return lines[:i]
    return lines


# a page's list of other articles (相关推荐, 猜你喜欢, 往期推荐 …): a heading alone on its line, or before one title
_RELATED_HEADING = re.compile(
    r"^[\s【\[〔▍▌■●◆★#*|｜]*(?:相关推荐|相关阅读|猜你喜欢|延伸阅读|推荐阅读|往期推荐|往期回顾|往期精彩|相关新闻|相关文章"
    r"|相关报道|热门推荐|精彩推荐|更多阅读|相关链接)[\s】\]〕]*[：:]?\s*(.*)$")
# one listed title (or its source and read-count line): short, no sentence end, no clause break
_LISTED_TITLE = re.compile(r"[^。；;]{1,45}")


def _related_list_lines(lines: list[str]) -> set[int]:
    """Indices of a page's lists of other articles' titles (相关推荐 and the titles under it, up to the first
    line that is not a short title): they are other articles, not this one's facts. A heading that opens a
    sentence of this article (【相关链接】据了解，…。) is not one."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        m = _RELATED_HEADING.match(lines[i])
        i += 1
        if m is None or (m.group(1) and not _LISTED_TITLE.fullmatch(m.group(1).strip())):
            continue
        drop.add(i - 1)
        while i < len(lines) and (not lines[i].strip() or _LISTED_TITLE.fullmatch(lines[i].strip())):
            drop.add(i)
            i += 1
    return drop


# --------------------------------------------------------------------------
# Metadata from text
# --------------------------------------------------------------------------

_DATE_FIELD = re.compile(r"(?:发布日期|发布时间|发表日期|发表时间|日期|时间)\s*" + _C + r"\s*(.{0,40})")
_SOURCE_FIELD = re.compile(  # (发布单位, 供稿单位, 发布者: the body that published it, as a school's own page says)
    r"(?:文章来源|信息来源|稿件来源|新闻来源|发布单位|供稿单位|发布部门|供稿部门|发布者|供稿|(?<![\u3400-\u9fff])来源)\s*"
    + _C
    + r"\s*([^\s:：,，;；。)）】\]|｜]+)"
)
_NOT_A_SOURCE = re.compile(r"^(?:浏览次数|字号|作者|发布|日期|时间|点击|阅读|编辑)")


def _meta_lines(text: str) -> list[str]:
    return [s for s in (line.strip() for line in text.split("\n")) if s and len(s) < SHORT_LINE]


def _date_from_fields(text: str) -> str | None:
    for s in _meta_lines(text):
        for m in _DATE_FIELD.finditer(s):
            d = _parse_date(m.group(1))
            if d:
                return d
    return None


def _dateline(text: str) -> str | None:
    lines = [s for s in (line.strip() for line in text.split("\n")) if s][:DATELINE_LINES]
    for s in lines:
        if len(s) <= 40 and not _SENTENCE_END.search(s):
            d = _parse_date(s)
            if d:
                return d
    return None


def _source_from_fields(text: str) -> str | None:
    for s in _meta_lines(text):
        for m in _SOURCE_FIELD.finditer(s):
            value = m.group(1).strip()
            if value and not _NOT_A_SOURCE.match(value):
                return value
    return None


_PUNCT_ONLY = re.compile(r"^[\W_]*$")
_BYLINE = re.compile(r"^(?:本报记者|本报通讯员|本报讯|记者|通讯员|作者|特约记者|文\s*[/／:：]|图\s*[/／:：])")


# a newsletter's issuer line under its title: 江苏大学某某学院党政办公室编印　　2022年6月30日 (编, 编印 or
# nothing between the body and the date)
# (南京林业大学某学院　　发布时间：2024-05-20: a school's page, the date labelled)
_ISSUER_LINE = re.compile(r"^([\u4e00-\u9fff（）()]{4,40}?)[\s\u3000]*(编印|编发|编)?[\s\u3000]+"
                          r"(?:(?:发布|发表)?(?:时间|日期)[：:]\s*)?(\d{4}\s*年.{0,12}|\d{4}[-./]\d.{0,8})$")
# what a body's name ends with, where the line does not say 编印
_ISSUER_END = ("办公室", "学院", "学部", "系", "研究所", "研究院", "镇长团", "支部", "党委", "党总支", "委员会", "政府",
               "管委会", "局", "办", "处", "部", "中心", "编辑部")


# an office named with no body it belongs to (党政办, 宣传部, 学院办公室): a footer's 供稿 inside the page's issuer
_BARE_OFFICE = re.compile(r"(?:党政|学院|院|校|综合|新闻|宣传)?(?:办公室|办|宣传部|新闻中心|综合科)")


def _issuer(text: str) -> str | None:
    """The body that issued a newsletter, from the line under its title that names it before the date:
    what a school's or a team's 简报 has where a web page has 来源."""
    for s in [s for s in (line.strip() for line in text.split("\n")) if s][1:DATELINE_LINES]:
        m = _ISSUER_LINE.match(s)
        if m is not None and _parse_date(m.group(3)) and not _BYLINE.match(s) and (
                m.group(2) or m.group(1).endswith(_ISSUER_END)):
            return m.group(1)
    return None


def abridges(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with characters left out, the rest in order (学院办公室 of
    江苏大学某学院党政办公室, 机电学院 of 机械电子工程学院)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


def _headline(text: str) -> str | None:
    """Title guessed from the first non-empty lines of cleaned text.

    A headline is short (< 60 characters) and has no sentence-final
    punctuation.  Lines of punctuation only and bylines (本报记者 …) are
    skipped; the search stops at the first other line, which is either the
    headline or a paragraph (then there is no title).  A headline ending in a colon
    (``海陵区科技镇长团:``) is joined with the next line when that is a headline
    too, since such titles are often split over two lines.
    """
    lines = [s for s in (line.strip() for line in text.split("\n")) if s]
    candidates = [s for s in lines[:6] if not _PUNCT_ONLY.match(s)]
    for i, s in enumerate(candidates[:3]):
        if _BYLINE.match(s):
            continue
        if len(s) >= 60 or _SENTENCE_END.search(s):
            return None
        if s.endswith((":", "：")) and i + 1 < len(candidates):
            nxt = candidates[i + 1]
            if len(nxt) < 60 and not _SENTENCE_END.search(nxt):
                return s + nxt
        return s
    return None


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "footer", "aside", "iframe", "svg",
     "select", "button", "object", "embed", "canvas", "audio", "video", "map"}
)
_BLOCK_TAGS = frozenset(
    {"address", "article", "blockquote", "br", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
     "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html"}
)
# Table cells are separated by a space, not a line break, so that a row such
# as <td>发布时间：</td><td>2022-06-01</td> stays one line.
_CELL_TAGS = frozenset({"td", "th"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
# class/id tokens of containers that are chrome on news and government sites.
_CHROME_CLASS = re.compile(
    r"^(?:footer|foot|nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|bdsharebuttonbox|copyright|topbar)$",
    re.IGNORECASE,
)
_DATE_META = frozenset(
    {"article:published_time", "pubdate", "publishdate", "publish_date", "publish-date", "og:published_time",
     "og:release_date", "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "date", "firstpublishedtime"}
)
_SOURCE_META = frozenset({"contentsource", "source", "article:source", "og:source"})
_TITLE_META = ("og:title", "articletitle", "title")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]")


class _HTMLText(HTMLParser):
    """Visible text of an HTML page or fragment, plus title/date/source hints."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, bool]] = []  # (text, inside a link)
        self.link_depth = 0
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.article_depth = 0
        self.pre_depth = 0
        self.capture: str | None = None  # "title" or "h1" while inside one
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.h1_done = False
        self.meta: dict[str, str] = {}
        self.time_datetime: str | None = None

    # -- helpers
    def _newline(self) -> None:
        self.parts.append(("\n", False))

    def _starts_skip(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in _VOID_TAGS:
            return False
        if tag in _SKIP_TAGS:
            return True
        if tag == "header" and self.article_depth == 0:
            return True
        if "hidden" in attrs or re.search(r"display\s*:\s*none", attrs.get("style", ""), re.I):
            return True
        if attrs.get("aria-hidden", "").lower() == "true":
            return True
        tokens = (attrs.get("class", "") + " " + attrs.get("id", "")).split()
        return any(_CHROME_CLASS.match(t) for t in tokens)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
            if key and "content" in attrs and key not in self.meta:
                self.meta[key] = attrs["content"].strip()
            return
        if tag == "time" and self.time_datetime is None and attrs.get("datetime"):
            self.time_datetime = attrs["datetime"]
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        if tag == "title":
            self.capture = "title"
            return
        if self._starts_skip(tag, attrs):
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in ("article", "main"):
            self.article_depth += 1
        if tag == "pre":
            self.pre_depth += 1
        if tag == "a":
            self.link_depth += 1
        if tag == "h1" and not self.h1_done:
            self.capture = "h1"
        if tag in _BLOCK_TAGS:
            self._newline()
        elif tag in _CELL_TAGS:
            self.parts.append((" ", False))

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag == "title" and self.capture == "title":
            self.capture = None
            return
        if tag == "h1" and self.capture == "h1":
            self.capture = None
            self.h1_done = True
        if tag in ("article", "main") and self.article_depth:
            self.article_depth -= 1
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag == "a" and self.link_depth:
            self.link_depth -= 1
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.capture == "title":
            self.title_parts.append(data)
            return
        if self.skip_tag is not None:
            return
        if self.capture == "h1":
            self.h1_parts.append(data)
        link = self.link_depth > 0
        if self.pre_depth:
            for i, chunk in enumerate(data.split("\n")):
                if i:
                    self._newline()
                self.parts.append((chunk, link))
        else:
            self.parts.append((_WS.sub(" ", data), link))

    # -- results
    def text(self) -> str:
        """Visible text, one block per line.  A short line made only of link
        text (a menu such as "网站首页 机构概况") is navigation and is left out."""
        lines: list[str] = []
        chunks: list[str] = []
        plain = linked = False

        def flush() -> None:
            line = "".join(chunks).strip()
            if line and not (linked and not plain and len(line) < SHORT_LINE):
                lines.append(line)

        for chunk, link in self.parts:
            if chunk == "\n":
                flush()
                chunks, plain, linked = [], False, False
                continue
            chunks.append(chunk)
            if link:
                linked = linked or bool(chunk.strip())
            elif _WORD.search(chunk):  # separators such as " | " do not count as text
                plain = True
        flush()
        return "\n".join(lines)

    def title(self) -> str | None:
        title = _WS.sub(" ", "".join(self.title_parts)).strip()
        h1 = _WS.sub(" ", "".join(self.h1_parts)).strip()
        if title:
            # "<headline>_<site name>": the first segment is the headline.
            first = re.split(r"\s*(?:_|\||｜|\s[-–—]\s|--)\s*", title)[0].strip() or title
            if h1 and (h1 in first or first in h1):
                return h1  # same headline; the visible one is never truncated
            return first
        for key in _TITLE_META:
            if self.meta.get(key):
                return self.meta[key]
        return h1 or None

    def date(self) -> str | None:
        for key, value in self.meta.items():
            if key in _DATE_META:
                d = _parse_date(value)
                if d:
                    return d
        return _parse_date(self.time_datetime) if self.time_datetime else None

    def source(self) -> str | None:
        for key, value in self.meta.items():
            if key in _SOURCE_META and value:
                return value
        return None


def _html_to_text(markup: str) -> _HTMLText:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return parser


_HTML_DOC = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_HAS_TAGS = re.compile(
    r"</?(?:p|br|div|span|a|img|strong|b|em|i|h[1-6]|li|ul|ol|table|tr|td|section|article|font|center|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_HAS_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});")


# --------------------------------------------------------------------------
# Front matter and Markdown
# --------------------------------------------------------------------------

_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


def _split_front_matter(text: str) -> tuple[dict[str, Any], str] | None:
    """``(front matter, body)`` when *text* starts with a ``---`` line and
    the block is closed by ``---``/``...``; None otherwise."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for i in range(1, min(len(lines), 200)):
        if _FM_CLOSE.match(lines[i]):
            block = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1 :])
            return _parse_front_matter(block), body
    return None


# libyaml's parser where PyYAML was built with it (the wheels are): the same safe loading; the
# pure-Python one took a quarter of reading a Markdown article (358 generated: 0.16 → 0.12 s)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_front_matter(block: str) -> dict[str, Any]:
    try:
        data = yaml.load(block, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict):
        return {str(k).lower(): v for k, v in data.items()}
    # Not valid YAML (e.g. an unquoted "title: a: b"): read simple key: value lines.
    out: dict[str, Any] = {}
    for line in block.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if m:
            out[m.group(1).lower()] = m.group(2).strip().strip("\"'")
    return out


def _first_label(v: Any) -> str | None:
    if isinstance(v, str):
        for token in re.split(r"[\s,，]+", v):
            if token:
                return token
        return None
    if isinstance(v, (list, tuple)):
        for item in v:
            label = _first_label(item)
            if label:
                return label
    return None


_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![*\w])")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_BULLET = re.compile(r"^([ \t]*)[*+][ \t]+", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_=][ \t]*){3,}$", re.MULTILINE)
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*(?:\n|$)", re.MULTILINE)
# Marks a page saved or scraped as Markdown leaves in plain text; two kinds of them make it Markdown.
_MD_SIGNS = (_MD_IMAGE, _MD_LINK, _MD_HEADING, _MD_STRONG, _MD_QUOTE, _MD_TABLE_RULE)
_STRAY_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _markdown_marks_removed(body: str) -> str:
    """Markdown's marks taken off its text: images dropped, links reduced to their
    label, heading, quote, emphasis and rule marks removed, a table's rule row
    dropped and ``*`` bullets made dashes (a name in bold is a name)."""
    body = _MD_IMAGE.sub("", body)
    body = _MD_LINK.sub(r"\1", body)
    body = _MD_HEADING.sub("", body)
    body = _MD_TABLE_RULE.sub("", body)
    body = _MD_RULE.sub("", body)
    body = _MD_QUOTE.sub("", body)
    body = _MD_BULLET.sub(r"\1- ", body)
    body = _MD_STRONG.sub(r"\2", body)
    return _MD_EMPHASIS.sub(r"\1", body)


def _plain_text_markup(text: str) -> str:
    """A plain-text article's leftovers of the page it was copied from, undone:
    HTML entities (&nbsp; &ldquo;) read as their characters, stray tags (<br>,
    <p class=…>) removed, and Markdown's marks taken off when the text carries
    two kinds of them. Text without such leftovers is returned as it is."""
    if _HAS_ENTITY.search(text):
        text = html.unescape(text).replace("\xa0", " ")
    if _HAS_TAGS.search(text):
        text = _HAS_TAGS.sub("", _STRAY_BREAK.sub("\n", text))
    if sum(1 for sign in _MD_SIGNS if sign.search(text)) >= 2:
        text = _markdown_marks_removed(text)
    return text


def _markdown_to_text(body: str) -> tuple[str, _HTMLText | None]:
    """Render a Markdown body just enough for text extraction: its marks taken
    off (see `_markdown_marks_removed`), and embedded HTML rendered (or bare
    entities unescaped)."""
    body = _markdown_marks_removed(body)
    if _HAS_TAGS.search(body):
        parsed = _html_to_text(body)
        return parsed.text(), parsed
    if _HAS_ENTITY.search(body):
        body = html.unescape(body)
    return body, None


# --------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------


def _parse(raw: bytes, path: str | Path) -> Article:
    text = _decode(raw, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    suffix = Path(path).suffix.lower()

    title = date = source = None
    front: dict[str, Any] = {}
    parsed: _HTMLText | None = None

    split = _split_front_matter(text)
    if split is not None:
        front, body = split
        body, parsed = _markdown_to_text(body)
    elif suffix in (".html", ".htm") or _HTML_DOC.match(text):
        parsed = _html_to_text(text)
        body = parsed.text()
    elif suffix in (".md", ".markdown"):
        body, parsed = _markdown_to_text(text)
    else:
        body = _plain_text_markup(text)

    # Metadata: explicit (front matter, HTML head) first, then text fields.
    if front:
        t = front.get("title")
        title = str(t).strip() if t is not None and str(t).strip() else None
        date = _date_value(front.get("date"))
        s = front.get("source") or front.get("来源")
        source = str(s).strip() if s else None
    if parsed is not None:
        title = title or parsed.title()
        date = date or parsed.date()
    if parsed is not None:
        source = source or parsed.source()
    # a page in traditional characters (責任編輯, 來源) is read for its fields and its clutter through
    # its simplified copy, and kept as written
    view = simplified_view(body)
    fields = view if view is not None else body
    date = date or _date_from_fields(fields)
    if source is None and (source := _source_from_fields(fields)) is not None and view is not None:
        source = as_written(source, body, view)
    if (issuer := _issuer(fields)) is not None and (source is None or abridges(source, issuer)
                                                    or _BARE_OFFICE.fullmatch(source)):
        # (供稿：学院办公室 at the foot: the issuer line names that office in full; 供稿：党政办 names an office of
        # the body the issuer line names)
        source = issuer if view is None else as_written(issuer, body, view)
    if front:
        source = source or _first_label(front.get("categories")) or _first_label(front.get("category"))
        source = source or _first_label(front.get("tags"))

    cleaned = clean_text(body)
    if view is not None:
        kept = set(clean_text(view).split("\n"))
        cleaned = "\n".join(line for line in cleaned.split("\n") if not line or to_simplified(line) in kept)
        cleaned = re.sub(r"\n{3,}", "\n\n", cleaned).strip("\n")
    if not cleaned.strip():
        raise InputError(path, "no article text left after removing page boilerplate")
    date = date or _dateline(cleaned) or _dateline(body)
    title = title or _headline(cleaned)

    return Article(
        id=Path(path).name,
        path=str(path),
        title=title,
        date=date,
        source=source,
        text=cleaned,
        sha256=hashlib.sha256(raw).hexdigest(),
    )
