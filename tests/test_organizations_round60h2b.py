"""Round 60 h2b (organizations): names cut or read whole at a function word, a verb or a level word.

Rule 1, a standing body named by its place and its task: a committee written as place + task +
工作委员会 (某县未成年人保护工作委员会, 某村关心下一代工作委员会) is named the way a leading group is:
its task holds verbs (保护, 关心) and may join two fields with 和, so the name reaches back over it to
the place; a level's bare Party committee (区委) anchors a leading group's task as a place does.
Missed in tuning articles of four sets. Rules 2 and 3 below.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb inside the task: the name reaches back to the county
        ("去年5月，桐庐县成立了桐庐县妇女权益保障工作委员会。", ["桐庐县妇女权益保障工作委员会"]),
        # a village's committee for the next generation acts
        ("柳湾村关心下一代工作委员会组织老党员为孩子们讲故事。", ["柳湾村关心下一代工作委员会"]),
        # two fields joined by 和 inside the task
        ("宁波市江北区民营企业和社会团体工作委员会召开了年中会议。", ["宁波市江北区民营企业和社会团体工作委员会"]),
        # a district's Party committee names its leading group
        ("依托区委平安建设推进工作领导小组，各部门形成合力。", ["区委平安建设推进工作领导小组"]),
    ],
)
def test_round60h2b_task_body_reaches_back_to_its_anchor(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no place and no task: the kind of committee
        ("街道随后成立了工作委员会，明确了分工。", []),
        # a body ends before 和: two names, and the second has no place of its own
        ("宁波市民政局和社会工作委员会联合发文。", ["宁波市民政局"]),
        # a set-up verb before the task ends it; no place is near
        ("会上还调整了防汛抗旱工作领导小组成员。", []),
    ],
)
def test_round60h2b_task_body_without_anchor_is_none(text, expected):
    assert organizations(text) == expected
