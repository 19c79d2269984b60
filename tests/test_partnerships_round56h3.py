"""Round 56 (h3): units moving into a venue the text has just named, with no host written after
入驻/进驻 (A、B等六家公益机构签约入驻。) or with the venue's head alone (A、B整体入驻中心): each unit
pairs with the venue, not with the other units. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区信访办", "青枫区司法局", "青枫区矛盾纠纷调处中心", "禾光社工事务所", "杏坛书画院",
                   "青枫区社会组织孵化基地", "青枫区法律援助中心", "青枫区诉讼服务中心", "晨光物业"],
    communities=["柳絮湾社区"],
)


def test_units_signing_in_pair_with_the_base_named_two_sentences_back():
    text = ("8日，青枫区社会组织孵化基地挂牌运营。基地将为公益团队提供场地等支持。"
            "启动仪式上，禾光社工事务所、杏坛书画院等6家公益机构签约入驻。")
    assert pairs(text, **UNITS) == [("杏坛书画院", "青枫区社会组织孵化基地"), ("禾光社工事务所", "青枫区社会组织孵化基地")]


def test_units_moving_in_one_clause_each_pair_with_the_centre_not_with_each_other():
    text = ("走进青枫区矛盾纠纷调处中心，仿佛走进一个服务超市。在这里，青枫区法律援助中心整建制进驻，"
            "以及青枫区诉讼服务中心以专班形式进驻，为来访群众答疑。")
    assert pairs(text, **UNITS) == [("青枫区法律援助中心", "青枫区矛盾纠纷调处中心"),
                                    ("青枫区矛盾纠纷调处中心", "青枫区诉讼服务中心")]


@pytest.mark.parametrize("text", [
    "走进青枫区矛盾纠纷调处中心，大厅宽敞明亮。今年5月，青枫区信访办、青枫区司法局整体入驻中心，现有工作人员20名。",
    "青枫区矛盾纠纷调处中心去年建成。今年5月，青枫区信访办、青枫区司法局入驻中心。",
])
def test_venue_written_by_its_head_alone_after_the_word(text):
    assert pairs(text, **UNITS) == [("青枫区信访办", "青枫区矛盾纠纷调处中心"), ("青枫区司法局", "青枫区矛盾纠纷调处中心")]


def test_unit_moving_into_a_community_named_in_its_sentence():
    text = "柳絮湾社区属于老旧小区，晨光物业入驻后，小区环境大为改观。"
    assert pairs(text, **UNITS) == [("晨光物业", "柳絮湾社区")]


@pytest.mark.parametrize("text", [
    # the venue is named in another paragraph: the article has moved on
    "青枫区社会组织孵化基地挂牌运营。\n启动仪式上，禾光社工事务所、杏坛书画院等6家公益机构签约入驻。",
    # the venue is named more than two sentences back
    "青枫区社会组织孵化基地挂牌运营。场地面积650平方米。设有会议室。还有展厅。禾光社工事务所签约入驻。",
    # no venue before the units: an office is no venue
    "青枫区信访办召开会议。禾光社工事务所、杏坛书画院签约入驻。",
    # the units are not the clause's opening list: a verb stands before them
    "青枫区社会组织孵化基地挂牌运营。会上介绍禾光社工事务所、杏坛书画院签约入驻。",
    # units moving in with no unit named: nothing to pair
    "青枫区社会组织孵化基地挂牌运营。首批12家公益组织签约入驻。",
])
def test_no_pair_without_a_venue_just_named_or_a_named_list(text):
    assert pairs(text, **UNITS) == []
