"""Round 58 h3 (partnerships, together frame): a list of units that opens its clause is the joint
subject of more acts than RE_CO_SUBJECT_ACT's — exploring, linking up with a third party, donating
to someone, signing with a counterpart (RE_CO_SUBJECT_JOINT_ACT). Made-up sentences."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


@pytest.mark.parametrize(
    ("text", "organizations", "expected"),
    [
        (
            "近年来，青川区民政局、青川区慈善总会积极探索社区慈善基金三级服务体系。",
            ["青川区民政局", "青川区慈善总会"],
            [("青川区慈善总会", "青川区民政局")],
        ),
        (
            "揭牌仪式上，青禾出版集团、柳岸文化传媒股份有限公司向乡村书屋捐赠绘本。",
            ["青禾出版集团", "柳岸文化传媒股份有限公司"],
            [("柳岸文化传媒股份有限公司", "青禾出版集团")],
        ),
        (
            "会上，青枫村党群服务中心党支部、柳岸股份经济合作社党支部与6家驻村企业党组织签署了共建协议。",
            ["青枫村党群服务中心党支部", "柳岸股份经济合作社党支部"],
            [("柳岸股份经济合作社党支部", "青枫村党群服务中心党支部")],
        ),
    ],
)
def test_clause_opening_list_holds_the_act_together(text, organizations, expected):
    assert pairs(text, organizations=organizations) == expected


def test_clause_opening_list_linking_up_with_a_third_unit_pairs_all_three():
    text = "9月3日，南岭街社工服务站、南岭街志愿服务工作站积极联动某市慈善会的慈善资源。"
    orgs = ["南岭街社工服务站", "南岭街志愿服务工作站", "某市慈善会"]
    assert pairs(text, organizations=orgs) == [
        ("南岭街志愿服务工作站", "南岭街社工服务站"),
        ("南岭街志愿服务工作站", "某市慈善会"),
        ("南岭街社工服务站", "某市慈善会"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the list is the object of a verb before it, not the subject of the act
        "社区邀请青川区民政局、青川区慈善总会探索社区慈善基金。",
        # each unit on its own (分别): no joint act
        "青川区民政局、青川区慈善总会分别向农家书屋捐赠书刊。",
        # a comma after the list: round 20's decision keeps it unpaired
        "青川区民政局、青川区慈善总会，积极探索社区慈善基金。",
        # a unit launching something alone is not among these acts
        "青川区民政局、青川区慈善总会推出慈善基金。",
        # signing with no counterpart named: the list may be one side's partners (an older decision)
        "青川区民政局、青川区慈善总会签订了多项协议。",
    ],
)
def test_list_not_joint_subject_of_these_acts_pairs_nothing(text):
    assert pairs(text, organizations=["青川区民政局", "青川区慈善总会"]) == []
