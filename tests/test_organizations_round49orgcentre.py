"""Round 49 (organizations, orgcentre). A centre named by a bare level word written as a word of
its own, then a field of two characters or more (市|精神卫生|中心, 区|婚姻登记|中心): the local
body of that field, named by its level as 市民政局 is. A level inside a word (城市|中心,
市民|中心, 县城|中心), a field of descriptor words only (市|综合|中心) or of one character
(市|体|中心) names nothing.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city centre as the partner after 联合
        ("社区联合市精神卫生中心开展心理义诊。", ["市精神卫生中心"]),
        # a county centre whose staff act
        ("县婚姻登记中心工作人员为新人颁发结婚证。", ["县婚姻登记中心"]),
        # a province centre opening the sentence, a field of four characters
        ("省备灾减灾中心向灾区调拨帐篷和棉被。", ["省备灾减灾中心"]),
        # a district centre inside a 在…下 phrase, a field of five characters
        ("在区未成年人保护中心的协调下，孩子回到了学校。", ["区未成年人保护中心"]),
        # a function word glued before the level word (从|区) leaves the level its own
        ("从区婚姻登记中心传来好消息。", ["区婚姻登记中心"]),
        # a field the name extension stops at (戒毒 is a verb) still belongs to the name
        ("他被送到县戒毒康复中心。", ["县戒毒康复中心"]),
    ],
)
def test_round49orgcentre_bare_level_word_then_field_names_the_local_centre(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the level character inside a word: 城市|中心, 市民|中心, 县城|中心
        "她从城市中心搬到了郊区。",
        "居民来到市民中心办理社保业务。",
        "县城中心新开了一家书店。",
        # a field of descriptor words only
        "他前往市综合中心咨询政策。",
        # a one-character field is a piece of a word, no field
        "学生们在市体中心集合。",
        # 的 between the level and 中心: no name
        "孩子们在市的中心公园放风筝。",
    ],
)
def test_round49orgcentre_level_inside_a_word_or_without_a_field_names_nothing(text):
    assert organizations(text) == []


def test_round49orgcentre_service_centre_is_the_older_level_body_rule():
    # 市|服务|中心: this rule rejects a descriptor field, but 服务中心 is an ending of its own
    # whose bare-level body (市|民政局 style) an older rule already names; unchanged here
    assert organizations("他前往市服务中心咨询政策。") == ["市服务中心"]
