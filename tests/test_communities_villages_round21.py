"""Communities, round 21 (second wave): a village written right after its town or township is
a name even when the head walk cannot read its stem: one character (某镇许村), a stop character
inside (某镇邪地村), a stem that looks like a person's name (某乡李沟村); villages listed after it
with 、 too. Words about villages after a town are no names (驻村干部, 全村, 贫困村, 十个村).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import run
from shequ.extract.communities import _village_stem


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["communities"]]


CASES = [
    ("西峡县丁河镇石门村的村民说，日子越过越好。", ["石门村"]),
    ("西峡县丁河镇邪地村村民王小明说，日子越过越好。", ["邪地村"]),
    ("他曾到西吉县田坪乡李沟村支教二十天。", ["李沟村"]),
    ("志愿者走进牟定县江坡镇米村、普村，开展慰问活动。", ["米村", "普村"]),
    # the list goes on without a head: only the items written with 村 are villages here
    ("工作人员到官渡镇许村、小李庄、马庄桥等村走访儿童。", ["许村"]),
    # words about villages after a town
    ("丁河镇驻村干部走访农户，丁河镇包村干部入户宣传。", []),
    ("丁河镇全村动员，丁河镇各村都建了书屋。", []),
    ("丁河镇十个村完成改造，丁河镇贫困村全部脱贫。", []),
    ("丁河镇试点村率先开展，丁河镇行政村实现全覆盖。", []),
    ("丁河镇农村面貌一新，丁河镇村民踊跃参加。", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_villages_after_their_town(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "stem, expected",
    [("许", True), ("邪地", True), ("李沟", True), ("石门", True), ("驻", False), ("下", False), ("全", False),
     ("一", False), ("三个", False), ("贫困", False), ("示范", False), ("试点", False), ("行政", False)],
)
def test_village_stems(stem, expected):
    assert _village_stem(stem) is expected
