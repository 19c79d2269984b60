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


# Rule 2: a social-work agency's two-character brand that jieba splits into lone characters, the
# second a function character (和, 如) that stops names elsewhere. Agencies cut at that character in
# tuning articles of three sets.
@pytest.mark.parametrize(
    "text, expected",
    [
        # after a place
        ("宁波市鹏和社会工作服务中心的社工走进了新村小区。", ["宁波市鹏和社会工作服务中心"]),
        # after a list mark, the level character glued to the brand
        ("培训名单上有：市同心社会工作服务中心、市乐如社会工作服务中心等机构。", ["市同心社会工作服务中心", "市乐如社会工作服务中心"]),
        # after a clause border, field words between the brand and the ending
        ("负责运营的是一家社会组织，九和儿童阅读服务中心。", ["九和儿童阅读服务中心"]),
    ],
)
def test_round60h2b_split_brand_opens_agency_name(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun before 和: the clause's subject
        ("我和社工服务中心的同事一起入户走访。", []),
        # a conjunction word before 和
        ("街道和社工服务中心联合开展活动。", []),
        # a level character before 和: a list of levels
        ("市和区社会工作服务中心都派了人。", ["区社会工作服务中心"]),
        # a two-character word before 和: two parties
        ("居民和社会工作服务中心签订了协议。", []),
    ],
)
def test_round60h2b_function_character_in_a_clause_opens_no_brand(text, expected):
    assert organizations(text) == expected


# Rule 3: a level written as a class of bodies (each level's, a counted chain of levels, 级 after a
# bracketed list of levels) names the kind at every level, no one body. Read as one body in tuning
# articles of three sets.
@pytest.mark.parametrize(
    "text, expected",
    [
        # each district's association
        ("名单由各县级书法家协会推荐产生。", []),
        # a counted chain of levels
        ("目前市、镇、村三级物业公司共有两百家。", []),
        # 级 after a bracketed list of levels, with a count after the kind
        ("其中镇(街道)级文化中心8所。", []),
    ],
)
def test_round60h2b_level_class_is_no_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province named before its own level's base stays one body
        ("宁波市市级社会组织孵化基地本周对外开放。", ["宁波市市级社会组织孵化基地"]),
        # a grade (中级, 高级) is no level
        ("宁波市中级人民法院派员参加了调解。", ["宁波市中级人民法院"]),
    ],
)
def test_round60h2b_one_body_with_a_level_word_stays(text, expected):
    assert organizations(text) == expected
