"""Tests for kg.traditional: the simplified copy of a page in traditional characters."""

from __future__ import annotations

from kg.traditional import as_written, simplified_view, to_simplified, written_forms

TRADITIONAL = "吳江區第十五批科技鎮長團團長周某衡來自蘇州大學，促成蘇州大學與江蘇某綺新材料科技有限公司簽訂合作協議，金額180萬元。"


def test_the_copy_is_simplified_character_for_character():
    view = to_simplified(TRADITIONAL)
    assert len(view) == len(TRADITIONAL)
    assert view.startswith("吴江区第十五批科技镇长团团长周某衡来自苏州大学")
    assert "180万元" in view


def test_only_a_page_in_traditional_characters_gets_a_copy():
    """A simplified page is left alone even when a name has a character OpenCC would change (某昇科技)."""
    assert simplified_view(TRADITIONAL) == to_simplified(TRADITIONAL)
    simplified = "江都区第十六批科技镇长团走访了扬州某昇电气有限公司，促成扬州大学与企业合作。"
    assert to_simplified(simplified) != simplified  # (OpenCC would write 升)
    assert simplified_view(simplified) is None


def test_a_name_read_off_the_copy_is_found_as_the_page_writes_it():
    view = to_simplified(TRADITIONAL)
    assert written_forms(["苏州大学"], TRADITIONAL, view) == {"蘇州大學"}
    assert written_forms(["科技"], TRADITIONAL, view) == set()  # (written the same way in both)
    k = view.find("合作协议")
    assert as_written("合作协议", TRADITIONAL, view, k - 5) == "合作協議"
