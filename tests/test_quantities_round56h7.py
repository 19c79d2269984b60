"""Round 56 (h7): quantities. A count restated in a later sentence with another qualifier before
the same noun (12个资助项目 … 12个入选项目) is one fact; 两位 before elders or old friends that no
verb governs is the pair a scene shows, no count; a building or group number right after an estate or
community is an address. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.evidence[0].text, q.value, q.unit, q.subject) for sheet in extract(text) for q in sheet.quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青山区首届公益创投大赛评出12个资助项目。记者了解到，12个入选项目涵盖助老、助残等领域。",
         [("12个", 12, "个", "资助项目")]),
        ("县民政局为9个村级社会工作室揭牌。当天，9个乡镇社会工作室同时投入使用。",
         [("9个", 9, "个", "村级社会工作室")]),
    ],
)
def test_quantities_count_restated_with_other_qualifier_is_one_fact_round56h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one sentence: two sets of one noun
        ("街道今年扶持10个示范项目和10个培育项目。",
         [("10个", 10, "个", "示范项目"), ("10个", 10, "个", "培育项目")]),
        # two sentences, two nouns
        ("街道将建成14个社工站。辖区14个社区将全部覆盖。",
         [("14个", 14, "个", "社工站"), ("14个", 14, "个", "社区")]),
    ],
)
def test_quantities_counts_of_other_things_stay_apart_round56h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "按摩结束后，两位老人笑着向志愿者道谢。",  # subject of the clause
        "王阿姨和两位老友在院子里包饺子。",
        "社工每周上门对两位老人的身体状况进行评估。",  # after a preposition
        "我们两个老人平时很少出门。",  # 个 before an elder noun, as before a kin noun
    ],
)
def test_quantities_pair_of_elders_with_wei_is_no_count_round56h7(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb takes the pair: a visit may be tallied
        ("志愿者慰问两位老人。", [("两位", 2, "位", "老人")]),
        # staff counted with 位 are a count wherever they stand
        ("接到求助后，两位社工当晚上门查看。", [("两位", 2, "位", "社工")]),
        ("社区组织两位老人参加体检。", [("两位", 2, "位", "老人")]),
        # three are no pair
        ("按摩结束后，三位老人笑着向志愿者道谢。", [("三位", 3, "位", "老人")]),
    ],
)
def test_quantities_governed_or_staff_wei_counts_stay_round56h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "家住青松小区9栋的业主李某反映，楼道灯坏了。",
        "在枫林社区7栋的活动室里，志愿者正在排练。",
        "C区12栋门前摆起了便民摊位。",
        "柳岸社区3组的五保户张某说，志愿者常来看她。",  # a rural community's villagers' group
    ],
)
def test_quantities_number_after_estate_is_address_round56h7(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count names its buildings
        ("到去年底，社区86栋楼全部完成改造。", [("86栋", 86, "栋", "楼")]),
        ("柳岸社区共有48栋居民楼。", [("48栋", 48, "栋", "居民楼")]),
        ("全区1200栋楼宇完成了消防检查。", [("1200栋", 1200, "栋", "楼宇")]),
    ],
)
def test_quantities_counts_of_buildings_stay_round56h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected
