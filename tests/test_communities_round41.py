"""Communities, round 41: a community or estate named by a work unit's three-digit code (某区418小区,
某街道307所社区: housing of a numbered factory or institute) is a community; counts, amounts, round
hundreds, ordinals and longer numbers are not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import run


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["communities"]]


CASES = [
    ("沿着东河路走到头就是418小区，楼房多建于八十年代。", ["418小区"]),
    ("在桐川街道307所社区，志愿者为独居老人修好了水管。", ["307所社区"]),
    ("家住529厂小区的退休职工说，电梯终于装上了。", ["529厂小区"]),
    # counts, amounts, ordinals, round hundreds and longer numbers name no community
    ("今年全市新建120个社区，改造300个小区。", []),
    ("活动覆盖约150小区、共计260社区。", []),
    ("评选出第125社区服务标兵。", []),
    ("全县200社区已实现全覆盖。", []),
    ("编号为3418小区的档案尚未归档。", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_code_named_communities(text, expected):
    assert names(text) == expected
