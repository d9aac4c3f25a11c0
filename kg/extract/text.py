"""Text helpers shared by extraction and scoring: width folding and sentence spans.

Gold names and article text mix half- and full-width brackets, digits and spaces;
matching treats them as equal, so every comparison goes through :func:`fold`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterator

# Characters that end a sentence in Chinese news prose; line breaks end one too.
SENTENCE_END = set("。！？；!?;\n")
_CLOSING_QUOTES = "”’\"'」』)）"
# a terminator and the closing quotes right after it: where a sentence ends; a half-width full
# stop ends one after a Chinese character (…等15家企业.团员…), never in 1.5 or www.example.com
_SENTENCE_END_RE = re.compile("(?:[" + re.escape("".join(sorted(SENTENCE_END))) + r"]|(?<=[\u4e00-\u9fff])\.(?![\d.]))["
                              + re.escape(_CLOSING_QUOTES) + "]*")


def fold(text: str) -> str:
    """Width-fold and drop spaces: the key under which two names are the same name.

    (``str.split()`` splits on exactly the characters ``\\s`` matches, at half the cost of ``re.sub``.)
    """
    return "".join(unicodedata.normalize("NFKC", text).split())


def name_key(text: str) -> str:
    """The key names are looked up by: :func:`fold`, case-folded (ABB and abb are one name)."""
    return fold(str(text)).casefold()


def canonical_brackets(name: str) -> str:
    """Write brackets full-width, as canonical names do (江苏华海新能源（集团）有限公司)."""
    return name.replace("(", "（").replace(")", "）").strip()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences: split after 。！？；, a half-width full stop after a Chinese
    character, and at line breaks.

    A closing quote right after a terminator stays with its sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    soft = soft_line_breaks(text) if "\n" in text else frozenset()
    for m in _SENTENCE_END_RE.finditer(text):
        end = m.end()
        if m.start() in soft:
            continue  # a line broken inside its sentence: the sentence goes on
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if start < n and text[start:].strip():
        spans.append(_trim(text, start, n))
    return spans


_CELL_MARKS_RE = re.compile(r"[｜|\t]|[ \u3000]{2,}")
_CLAUSE_END_CHARS = "，,、"
_FULL_STOPS = "。！？!?；;"


@functools.lru_cache(maxsize=4)  # (the sentence splitter and the relations' clause breaks ask for one text)
def soft_line_breaks(text: str) -> frozenset[int]:
    """Line breaks that end no sentence: those inside a block of short lines (a phone-width layout:
    他叫某某，/ 某某大学副研究员，/ …挂职某镇副镇长。) whose lines end on commas mid-sentence. (A long
    line that stops on no punctuation is left a sentence: it is as often a member's heading,
    （二）某某　某大学副教授，挂职某镇副镇长, as a paragraph broken by a page's layout.)"""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    out = set()
    block: list[int] = []

    def close() -> None:
        rows = [lines[i][2] for i in block]
        if (len(rows) >= 3 and all(len(r) <= 20 and not _CELL_MARKS_RE.search(r) for r in rows)
                and sum(r.endswith(tuple(_CLAUSE_END_CHARS)) for r in rows) >= 1
                and rows[-1].endswith(tuple(_FULL_STOPS + _CLAUSE_END_CHARS))):
            out.update(lines[i][1] for i in block[:-1])

    for i, (_, _, row) in enumerate(lines):
        if row:
            block.append(i)
        else:
            close()
            block = []
    close()
    return frozenset(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# a single ideographic space, the separator of a table set without bars or tabs (序号　企业　服务单位　…)
IDEOGRAPHIC_SPACE_RE = re.compile("\u3000")

# an item's or a section's number: 一、 （三） 2.
ITEM_MARK = r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．]"
# a line's opening item number, after any indent (七、引才聚智…, 　（二）…)
ITEM_HEADING_RE = re.compile(rf"[ \u3000]*(?:{ITEM_MARK})")


def split_cells(text: str, lo: int, hi: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The cells of the line ``text[lo:hi]`` between matches of ``separator``, as (start, end) with
    their spaces trimmed; empty cells left out."""
    out, pos = [], lo
    for sep in [*separator.finditer(text, lo, hi), None]:
        end = sep.start() if sep is not None else hi
        a, b = pos, end
        while a < b and text[a] in " \u3000":
            a += 1
        while b > a and text[b - 1] in " \u3000":
            b -= 1
        if b > a:
            out.append((a, b))
        pos = sep.end() if sep is not None else hi
    return out


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, without overlaps (``str.find``: unlike ``re.finditer``
    on an escaped word, no pattern is compiled per word, which thrashed ``re``'s cache)."""
    k = text.find(word)
    while k >= 0:
        yield k
        k = text.find(word, k + len(word))


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]`` (matches do not overlap), or None."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def heading_bar(text: str, k: int) -> bool:
    """Whether the bar at ``k`` closes a short heading that opens its line (📍盛泽｜…), the line's only bar."""
    line = text.rfind("\n", 0, k) + 1
    end = text.find("\n", k)
    end = len(text) if end < 0 else end
    return k - line <= 8 and "｜" not in text[line:k] and "|" not in text[line:k] and (
        "｜" not in text[k + 1:end] and "|" not in text[k + 1:end])
