"""Round 57 h2 (organizations C11): the short name of a company or volunteer group, a brand before
a trade word (`org_trade_words.tsv`: 某某物业, 某某康养, 某某科技, 某某教育, 某某家政, 某某义工社),
is an organization where a relation frame or a partner list sets it (携手A与B, 引入A、B等, 联合A、B,
成员由A、B…). Outside such a frame, or where the words before the trade word describe
instead of naming (智慧科技, 优质教育, 小区物业), nothing is found. Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # two companies a community brings in, joined by 与 after 携手
        ("去年起，青松社区携手安禾康养与佳诚物业，为独居老人送餐上门。", ["安禾康养", "佳诚物业"]),
        # a list that 联合 opens
        ("社区联合佳诚物业、泓远科技开展义诊。", ["佳诚物业", "泓远科技"]),
        # tutors brought in by a list that 等 closes
        ("活动引入卓思教育、明澜家政等专业力量，服务辖区家庭。", ["卓思教育", "明澜家政"]),
        # volunteer groups in a member list
        ("联盟首批成员由区慈善总会、区晴川义工社、区益民社会工作服务中心组成。", ["区慈善总会", "区晴川义工社", "区益民社会工作服务中心"]),
    ],
)
def test_brand_and_trade_word_in_a_frame_is_an_organization(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the trade word as the common noun of the service or field
        "社区联合小区物业清理了楼道杂物。",
        "街道携手各方推进智慧科技进社区。",
        "学校引入优质教育资源，家长们很满意。",
        # a verb after the frame's verb, taking the trade word as its object
        "社区邀请具有教育、医疗等专业背景的退休老人担任讲师。",
        # a verb phrase after 与, its object ending in the field word
        "把课后托管与推广科普教育相结合。",
        # the field word inside a longer name after the frame word
        "该计划由高等教育与继续教育司牵头。",
        # a brand and trade word with no frame around it
        "安禾康养的护理员每周上门两次。",
    ],
)
def test_trade_word_without_a_named_brand_in_a_frame_names_nothing(text: str) -> None:
    assert organizations_found(text) == []
