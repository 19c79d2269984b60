"""Round 55 h8c: a street office the press names after its street (X街 for X街街道 or for an X街道
whose bare stem is an everyday word, X街道 for X街街道) is a place where the article places it:
right after a place that holds it, or right before a community's name in an article that names a
place holding it; the community after it keeps its own name. Elsewhere, or before a house number,
X街 is the road. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import run
from pipeline.gazetteer import derive_street_jie_forms


def facts(text: str, kind: str) -> list[str]:
    """Surface of each mention of `kind` that makes a fact, in text order."""
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions[kind] if m.fact]


@pytest.mark.parametrize(
    "name, stoplist, forms",
    [
        ("民族街街道", set(), ["民族街"]),
        ("西关大街街道", set(), ["西关大街"]),
        ("新市街道", {"新市"}, ["新市街"]),
        ("九龙街道", {"新市"}, []),  # its 九龙街 comes from the short form 九龙
        ("东街街道", set(), []),  # a one-character street name is too short to stand alone
        ("新市镇", {"新市"}, []),
    ],
)
def test_street_jie_forms(name, stoplist, forms):
    assert derive_street_jie_forms(name, "street", stoplist) == forms


@pytest.mark.parametrize(
    "text, places, communities",
    [
        ("志愿者来到江汉区民族街福星小区，帮老人换灯泡。", ["江汉区", "民族街"], ["福星小区"]),
        ("武汉市江汉区开了现场会。民族街福星社区书记说，居民很满意。",
         ["武汉市", "江汉区", "民族街"], ["福星社区"]),
        ("广州白云新市街棠下社区的加装电梯完工了。", ["广州", "白云", "新市街"], ["棠下社区"]),
        ("广州市黄埔区永和街组织了一场慰问。", ["广州市", "黄埔区", "永和街"], []),
        ("西宁市城西区西关大街杨家庄社区开展义诊。", ["西宁市", "城西区", "西关大街"], ["杨家庄社区"]),
        ("春风吹进江汉区民族街道福星社区的院落。", ["江汉区", "民族街道"], ["福星社区"]),
    ],
)
def test_street_written_after_its_street_is_a_place(text, places, communities):
    assert facts(text, "places") == places
    assert facts(text, "communities") == communities


@pytest.mark.parametrize(
    "text, places",
    [
        ("市民沿着新市街一直走到江边。", []),  # no place holds it: the road
        ("江汉区的诊所开在民族街18号。", ["江汉区"]),  # before a house number: the road
        ("广州市的新华街卫生服务中心开展义诊。", ["广州市"]),  # before a body, not after its district
        ("杭州市西湖区的新市街福星社区开展活动。", ["杭州市", "西湖区"]),  # no 新市街道 in that city
    ],
)
def test_street_jie_form_elsewhere_is_no_place(text, places):
    assert facts(text, "places") == places
