"""Communities, round 21 (second wave): a village written right after its town or township is
a name even when the head walk cannot read its stem: one character (某镇桂村), a stop character
inside (某镇岔地村), a stem that looks like a person's name (某乡李岗村); villages listed after it
with 、 too. Words about villages after a town are no names (驻村干部, 全村, 贫困村, 十个村).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import run
from shequ.extract.communities import _village_stem


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["communities"]]


CASES = [
    ("东海县桃林镇石门村的村民说，日子越过越好。", ["石门村"]),
    ("东海县桃林镇岔地村村民王小明说，日子越过越好。", ["岔地村"]),
    ("他曾到代县新高乡李岗村支教二十天。", ["李岗村"]),
    ("志愿者走进闽侯县白沙镇禾村、柳村，开展慰问活动。", ["禾村", "柳村"]),
    # the list goes on without a head: only the items written with 村 are villages here
    ("工作人员到当涂县石桥镇桂村、小李庄、马家桥等村走访儿童。", ["桂村"]),
    # words about villages after a town
    ("桃林镇驻村干部走访农户，桃林镇包村干部入户宣传。", []),
    ("桃林镇全村动员，桃林镇各村都建了书屋。", []),
    ("桃林镇十个村完成改造，桃林镇贫困村全部脱贫。", []),
    ("桃林镇试点村率先开展，桃林镇行政村实现全覆盖。", []),
    ("桃林镇农村面貌一新，桃林镇村民踊跃参加。", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_villages_after_their_town(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "stem, expected",
    [("桂", True), ("岔地", True), ("李岗", True), ("石门", True), ("驻", False), ("下", False), ("全", False),
     ("一", False), ("三个", False), ("贫困", False), ("示范", False), ("试点", False), ("行政", False)],
)
def test_village_stems(stem, expected):
    assert _village_stem(stem) is expected
