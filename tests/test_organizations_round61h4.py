"""Round 61 h4 (organizations, C1): a fellowship association (联谊会) named by its place, village or
community is a body: its local worthies', overseas Chinese' or new social strata's association
(某岛乡贤联谊会, 某村新乡贤联谊会, 某区新的社会阶层人士联谊会). The tuning gold lists such bodies in four
articles of three sets. A 联谊会 with no place in its name is a gathering (中秋联谊会), which
the labellers never list, so the ending needs a place or community, as 理事会 does.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village's worthies set up their association
        ("上个月，石桥村新乡贤联谊会正式成立，首批吸纳会员四十余名。", ["石桥村新乡贤联谊会"]),
        # a county's new social strata: 新的 stays inside the name
        ("指导站由青田县新的社会阶层人士联谊会牵头设立。", ["青田县新的社会阶层人士联谊会"]),
        # a district's overseas Chinese association acts
        ("鼓楼区华侨联谊会向社区捐赠了一批防汛物资。", ["鼓楼区华侨联谊会"]),
    ],
)
def test_round61h4_placed_fellowship_association_is_a_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # gatherings: no place in the name
        ("楼里的住户一起办了邻里迎新联谊会、亲子游园会等活动。", []),
        ("敬老院举办“重阳敬老联谊会”，老人们欢聚一堂。", []),
        # a society of worthies written without its place
        ("新乡贤联谊会的会员们纷纷建言献策。", []),
    ],
)
def test_round61h4_unplaced_fellowship_gathering_is_none(text, expected):
    assert organizations(text) == expected
