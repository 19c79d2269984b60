"""Round 57 h1 (organizations C5/C5e): a list of companies or units that a count closes (联合甲、乙等
12家单位; 甲、乙、丙3家辖区企业; 对接甲、乙等十几家周边企业) names bodies, also where an item is a
short brand the dictionary knows as a proper name (ns/nz/nt), where a descriptor of place or kind
(辖区, 周边, or glued to it: 知名企业) stands before the head, where a bracket qualifies an item
(某某之星(某市)), and where 以及 opens the counted items after another party. Without a
count, a list of goods or trades, people's names and places name nothing. Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # brands the dictionary knows as proper names, in a list 联合 opens and 等N家单位 closes
        ("街道党工委联合万达、国美、苏宁等12家单位，组建商圈党建联盟。", ["万达", "国美", "苏宁", "商圈党建联盟"]),
        # a count tallying the items, a descriptor of place between the count and the head
        ("其中晨阳电子、佳诚物业、远帆科技3家辖区企业带头认领绿地。", ["晨阳电子", "佳诚物业", "远帆科技"]),
        # a vague count (十几家) and a descriptor (周边) before the head
        ("社区对接恒大、万达等十几家周边企业，争取就业岗位。", ["恒大", "万达"]),
        # a bracket after an item qualifies it: it neither opens the list nor is an item
        ("联合星河之光(青州)、国美等9家单位开展义诊。", ["星河之光", "国美"]),
        # a descriptor jieba glues to the head (知名企业)
        ("园区引进了瑞丰云仓、青禾智联等知名企业。", ["瑞丰云仓", "青禾智联"]),
        # 以及 opens the counted list after another party; the count tallies the items after it
        ("社区法律顾问以及华信、正远两家律所的律师参加了活动。", ["华信", "正远"]),
    ],
)
def test_items_of_a_counted_list_of_units_are_organizations(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # goods and trades, not bodies, though a count of shops closes the list
        "步行街汇聚服装、箱包、小吃等300多家商家。",
        # people's names before a post
        "张伟、李娜等5家单位负责人参加会议。",
        # places
        "北京、上海等10家单位参加交流。",
        # dictionary proper names with no count: the list alone does not license them
        "社区联合万达、国美等商家开展活动。",
        # 和 may join two items the count tallies: a party before it is not cut off
        "居民和晨光、远达两家企业参加了活动。",
    ],
)
def test_counted_list_without_named_bodies_names_nothing(text: str) -> None:
    assert organizations_found(text) == []
