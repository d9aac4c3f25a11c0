"""Traditional characters: a simplified reading of an article written in them.

The genre's pages are reprinted by Hong Kong, Macau, Taiwan and overseas sites in traditional
characters (蘇州大學, 科技鎮長團, 萬元). The gazetteers, the lexicon and every rule are written in
simplified characters, so such an article is read through a simplified copy of its text, character for
character: offsets into the copy are offsets into the article, and what a reader found can be given
back in the article's own writing (:func:`written_forms`).

OpenCC (``t2s``) does the conversion: its phrase tables settle characters whose simplified form depends
on the word (乾隆 keeps 乾, 乾燥 becomes 干燥), which a table of single characters cannot.
"""

from __future__ import annotations

import functools
import re

# the share of an article's Chinese characters that must change for it to count as traditional: a
# simplified page changes at most a character of a name (某昇科技, 乾元), a traditional one a fifth
_TRADITIONAL_SHARE = 0.03
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# frequent characters of the genre that only traditional writing has: a page without any is not
# converted at all (the conversion and the count cost a millisecond an article)
_TRADITIONAL_MARKS_RE = re.compile("[們國學會發說為與來時對開業產區團鎮長後經過關於從當這還見現實縣門員書記動機電體華務議聯設點東陽際億萬]")


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc  # (imported here: most archives hold no traditional page)

    return opencc.OpenCC("t2s.json")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, the same length (one character for one).

    >>> to_simplified("蘇州大學與吳江區簽約")
    '苏州大学与吴江区签约'
    """
    convert = _converter().convert
    out = convert(text)
    if len(out) == len(text):
        return out
    # (a phrase whose simplified form has another length: convert the lines, and in a line that still
    # differs in length, the characters one by one)
    lines = []
    for line in text.split("\n"):
        done = convert(line)
        if len(done) != len(line):
            done = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        lines.append(done)
    return "\n".join(lines)


def simplified_view(text: str) -> str | None:
    """The simplified copy of ``text`` when ``text`` is written in traditional characters, else None."""
    if _TRADITIONAL_MARKS_RE.search(text) is None:
        return None
    han = len(_HAN_RE.findall(text))
    view = to_simplified(text)
    changed = sum(1 for a, b in zip(text, view) if a != b)
    return view if changed >= _TRADITIONAL_SHARE * han else None


def written_forms(names, text: str, view: str) -> set[str]:
    """How the article writes ``names`` read off its simplified copy ``view``: the text wherever the
    copy has one of them, when the writing differs.

    >>> sorted(written_forms(["苏州大学"], "與蘇州大學合作", "与苏州大学合作"))
    ['蘇州大學']
    """
    forms = set()
    for name in names:
        k, seen = view.find(name), 0
        while k >= 0 and seen < 8:
            if (form := text[k:k + len(name)]) != name:
                forms.add(form)
            k, seen = view.find(name, k + 1), seen + 1
    return forms


def as_written(piece: str, text: str, view: str, start: int = 0) -> str:
    """``piece`` of the simplified copy in the article's own writing (where the copy has it first from
    ``start``, else first anywhere); ``piece`` itself when the copy does not have it."""
    k = view.find(piece, start)
    if k < 0:
        k = view.find(piece)
    return text[k:k + len(piece)] if k >= 0 else piece
