"""People, round 58 h6: a three-character name whose third character also reads as a verb or a
function word (召 "summon", 则 "then") keeps it where the article closes the three characters
elsewhere, with a speech verb, a role or the end of a comparison: the short reading found where
the third character opened a word (某某召|回村), or beside a namesake closed by a role (某某林通讯员),
is no name of its own. Without such a close the short reading stays. Sentences written for these
tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


WHOLE_ARTICLE_LENGTH_CASES = [
    # closed by a speech verb once, cut where 召回 is a word; a villager namesake varies the third character
    (
        "“大事小事都要商量着办。”前郑村党支部书记孙立召说。\n2019年春，41岁的孙立召回村接任支部书记：“那时候村里的路还没修通。”\n"
        "上个月，村民孙立勋家里办喜事，只摆了六桌。",
        [("孙立召", "前郑村党支部书记"), ("孙立召", "前郑村党支部书记")],
    ),
    # 则 closes the name before 一样: no predicate can follow "then" there
    (
        "刚搬来的青年大学生吴涛则说，这事不难。和吴涛则一样，许多年轻人也加入了志愿服务队。",
        [("吴涛则", "大学生")],
    ),
    # a reporter's name glued to the next credit's name, beside a namesake whom a role closes
    ("本网讯（赵成林通讯员赵成鹏李红）昨天，社区组织志愿者开展清扫活动。", [("赵成鹏", "通讯员"), ("李红", "通讯员")]),
    # 则 "then" before a verb each time: the name stays two characters
    ("社区书记李明则说，这事不难。李明则表示，居民都很支持。", [("李明", "社区书记"), ("李明", "社区书记")]),
    ("社区书记李明则说，这事不难。和李明一样，居民都很支持。", [("李明", "社区书记"), ("李明", "社区书记")]),
    # the short name written alone elsewhere still cuts the glued reading
    ("网格员柯甜正在入户走访，柯甜总是第一个到。", [("柯甜", "网格员")]),
    # no person at all: the three characters are never a name, the two never found
    ("社区召开居民议事会，大家则说，这事好办。", []),
]


@pytest.mark.parametrize("text, expected", WHOLE_ARTICLE_LENGTH_CASES)
def test_round58h6_name_length_read_over_the_article(text, expected):
    assert people(text) == expected
