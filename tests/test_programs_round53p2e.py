"""Programs: a plan written as clauses that each count what they set up (建设1个…、打造4个品牌)
names no brand: the word before the count is a verb, so the 、 joins clauses, not names listed
before one count. Names listed before a count (甲、乙等6个项目, 甲、乙和丙3个品牌) stay. Round 53 p2e.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CASES = [
    (
        "plan_clauses",
        "青松社区建设1个议事联络平台、打造5个品牌项目。",
        [],
    ),
    (
        "plan_clauses_longer",
        "去年柳岸社区提出服务工程，即完善2项便民服务、建设1个议事协商平台、培育3个特色品牌。",
        [],
    ),
    (
        "names_before_count",
        "社区开展慈善救助、阳光健身等6个公益项目。",
        [("慈善救助", "project"), ("阳光健身", "project")],
    ),
    (
        "names_joined_before_count",
        "社区推出邻里互助、银龄课堂和爱心驿站3个品牌。",
        [("邻里互助", "brand"), ("爱心驿站", "station")],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_plan_clauses(text, expected):
    assert programs(text) == expected
