"""Numbers as news prose writes them: 40余份, 830余万元, 2.55亿元以上, 近10场, 三十七名."""

from __future__ import annotations

import functools
import re

import cn2an

CN_DIGITS = "〇零一二两三四五六七八九十百千"
_CN_NUM = f"[{CN_DIGITS}]+"
_AR_NUM = r"\d+(?:\.\d+)?"
NUMBER_RE = rf"(?:{_AR_NUM}|{_CN_NUM})"

# Multipliers written after the number.
MULTIPLIER = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100}

# Qualifier words mapped to the spec's `approx` vocabulary.
APPROX_BEFORE = {"近": "近", "约": "约", "超": "超", "超过": "超", "逾": "超", "将近": "近", "达": None, "共": None}
APPROX_AFTER = {"余": "余", "多": "余", "以上": "超", "左右": "约", "+": "超"}


@functools.lru_cache(maxsize=4096)
def to_number(token: str) -> float | None:
    """Arabic or Chinese numeral to a number; None when it is not one (cached: cn2an is slow)."""
    token = token.strip()
    if not token:
        return None
    try:
        return float(token)
    except ValueError:
        pass
    if token in ("两",):
        return 2.0
    try:
        return float(cn2an.cn2an(token.replace("两", "二"), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def as_int_if_whole(value: float) -> int | float:
    """8300000.0 → 8300000; keeps real fractions."""
    rounded = round(value)
    return int(rounded) if abs(value - rounded) < 1e-6 else value
