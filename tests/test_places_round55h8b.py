"""Round 55 h8b: a town the division list does not hold, written right before a named community
or village of it (某县某镇某某社区, 在某镇某某社区, 、某乡某某村), is a place of its own and the community
keeps its own name; a town word cut from a phrase (全乡, 城乡, 街镇, 文明乡风) is none. Every
sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import run


def facts(text: str, kind: str) -> list[str]:
    """Surface of each mention of `kind` that makes a fact, in text order."""
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions[kind] if m.fact]


@pytest.mark.parametrize(
    "text, places, communities",
    [
        ("快递员骑车穿行在嵩县柳湾镇桃园坡社区。", ["嵩县", "柳湾镇"], ["桃园坡社区"]),
        ("广元市利州区的康复站在梨花镇泥塘社区建成。", ["广元市", "利州区", "梨花镇"], ["泥塘社区"]),
        ("永州市江永县在上江圩镇新华村、竹林乡荷花岗村设了服务点。",
         ["永州市", "江永县", "上江圩镇", "竹林乡"], ["新华村", "荷花岗村"]),
    ],
)
def test_unlisted_town_before_its_community_is_a_place(text, places, communities):
    assert facts(text, "places") == places
    assert facts(text, "communities") == communities


@pytest.mark.parametrize(
    "text",
    [
        "志愿服务队做到了全乡行政村都有一支。",
        "永州市让文明乡风融入农村。",
        "青州市和平社区属于城乡结合型社区。",
        "青州市的助餐点是街镇依靠社区开办的服务阵地。",
        "她分管该镇的强村项目。",
    ],
)
def test_town_word_cut_from_a_phrase_is_no_place(text):
    assert [p for p in facts(text, "places") if p.endswith(("镇", "乡"))] == []


def test_town_found_once_is_the_town_wherever_it_is_written():
    text = "广元市利州区的康复站在梨花镇泥塘社区建成。区里精心打造梨花镇泥塘社区的康复站。"
    assert facts(text, "places") == ["广元市", "利州区", "梨花镇", "梨花镇"]
    assert facts(text, "communities") == ["泥塘社区", "泥塘社区"]
