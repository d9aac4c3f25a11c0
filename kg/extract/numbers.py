"""Numbers as news prose writes them: 40余份, 830余万元, 2.55亿元以上, 近10场, 三十七名."""

from __future__ import annotations

import functools
import re

# (the financial forms, 壹佰贰拾万元整, as contracts write sums)
CN_DIGITS = "〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟"
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
_SURNAME_DIGITS = frozenset("陆伍")  # 陆某, 伍某: surnames, not six or five, unless other financial digits join them
_CN_NUM = f"[{CN_DIGITS}]+"
# 1,260 and 12,000: thousands separated by ASCII commas (never split into 1 and 260)
_AR_NUM = r"(?<!\d)(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_RE = rf"(?:{_AR_NUM}|{_CN_NUM})"
# a sum spelt with 亿 or 万 inside it: 一亿零三百万, 一亿二千万, 一万零五百, 1亿3000万 (a trailing 万 or 亿 alone is a
# multiplier the figure reader applies: 两千六百万 is 两千六百 and 万)
BIG_NUMBER_RE = rf"(?:(?:{_AR_NUM}|{_CN_NUM})亿零?(?:{_AR_NUM}|{_CN_NUM})万|{_CN_NUM}万零?{_CN_NUM}(?![万亿]))"

# Multipliers written after the number.
MULTIPLIER = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100}

# Qualifier words mapped to the spec's `approx` vocabulary.
APPROX_BEFORE = {"近": "近", "约": "约", "超": "超", "超过": "超", "逾": "超", "将近": "近", "达": None, "共": None}
APPROX_AFTER = {"余": "余", "多": "余", "以上": "超", "左右": "约", "+": "超"}


@functools.lru_cache(maxsize=4096)
def to_number(token: str) -> float | None:
    """Arabic or Chinese numeral to a number, a sum spelt with 亿 or 万 inside it too (一亿零三百万,
    1亿3000万); None when it is not one."""
    token = token.strip()
    if not token:
        return None
    try:
        return float(token.replace(",", ""))
    except ValueError:
        pass
    if not token.isascii():
        financial = token.translate(_FINANCIAL)
        if financial != token:
            if all(c in _SURNAME_DIGITS for c in token):
                return None
            token = financial
    for word, size in (("亿", 100_000_000), ("万", 10_000)):  # 一亿零三百万 = 一 亿 + 三百 万
        head, sep, rest = token.partition(word)
        if sep and head and rest:
            rest = rest.lstrip("零")
            high = to_number(head)
            low = to_number(rest[:-1]) if rest.endswith("万") else to_number(rest)
            if high is None or low is None:
                return None
            return high * size + low * (10_000 if rest.endswith("万") else 1)
    value = chinese_integer(token)
    return None if value is None else float(value)


_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def chinese_integer(token: str) -> int | None:
    """A Chinese numeral below 10,000 as news prose writes it; None when it is malformed.

    Accepts the counting form (三十七, 一千零五, 两百, 十二, 一百十), the spoken
    shortening of a last digit (一百一 = 110, 一千二 = 1,200) and digit by digit
    (二〇二三 = 2023). 万 and 亿 are multipliers that figures handle outside. Runs
    such as 三四十 (thirty or forty) or 七七千九 are not one number and give None.

    Written for this grammar rather than taken from cn2an, which took 0.14 s to
    import (a third of our extractor's own start-up) and reads any run of these
    characters as some number (七七千九 → 14,900).

    >>> chinese_integer("三十七"), chinese_integer("一千零五"), chinese_integer("二〇二三")
    (37, 1005, 2023)
    >>> chinese_integer("三四十") is None
    True
    """
    if not token or any(c not in _CN_DIGIT and c not in _CN_UNIT for c in token):
        return None
    if all(c in _CN_DIGIT for c in token):
        return int("".join(str(_CN_DIGIT[c]) for c in token))
    total, digit, last_unit, zero = 0, None, 10_000, False
    for i, c in enumerate(token):
        if c in _CN_UNIT:
            unit = _CN_UNIT[c]
            if unit >= last_unit or (zero and unit * 10 >= last_unit):  # 零 skips at least one unit
                return None
            if digit is None:
                if unit != 10 or (i > 0 and last_unit == 10_000):  # 十二, 一百十 and 一千零十 leave the 一 out
                    return None
                digit = 1
            total += digit * unit
            digit, last_unit, zero = None, unit, False
        elif _CN_DIGIT[c] == 0:
            if i == 0 or digit is not None or zero or last_unit == 10:  # 零 stands for a skipped unit
                return None
            zero = True
        else:
            if digit is not None:
                return None
            digit = _CN_DIGIT[c]
    if digit is None:
        return None if zero else total
    # a last digit right after 百 or 千 counts the next unit down (一百一 = 110)
    return total + (digit if zero or last_unit == 10 else digit * last_unit // 10)


def as_int_if_whole(value: float) -> int | float:
    """8300000.0 → 8300000; keeps real fractions. The tolerance grows with the value: 286.4亿 is
    28639999999.999996 in binary floating point, and is 28640000000."""
    rounded = round(value)
    return int(rounded) if abs(value - rounded) < max(1e-6, abs(value) * 1e-12) else value
