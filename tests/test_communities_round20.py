"""Communities, round 20: street-numbered compounds (某某路8号院), clan villages jieba cuts
(吴|家村), villages ending in 化, and phrases that only look like communities: paired-count
campaign formulas (百企兴百村), a town's community office (某某镇社区服务中心), a social-work
station's community visits, the common-prosperity title (共同富裕村), a bank branch glued to a
community, estates without property management, five-character slogan halves. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from contexts import run


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["communities"]]


CASES = [
    # A compound named by its street number is an estate; a number alone names none.
    ("海淀区学院南路15号院的居民在楼下议事。", ["学院南路15号院"]),
    ("东城区花市东街3号院和青禾园7号院完成了改造。", ["花市东街3号院", "青禾园7号院"]),
    ("他住在2号院，隔壁的大院是5号院。", []),
    # A clan village: the surname jieba cuts off belongs to the name.
    ("平安街道罗家村、石桥镇孙家村都成立了议事会。", ["罗家村", "孙家村"]),
    ("他回到老家村口，看见农家村落炊烟升起。", []),
    # A village ending in 化 keeps its name (no word of its own); 化 after a word is still generic.
    ("白石镇禄化村的党员走访了困难户。", ["禄化村"]),
    ("推进规范化社区和智能化小区建设，打造互嵌式社区、新型社区。", []),
    # Campaign formulas pairing a count of firms with the same count of villages.
    ("全县深入推进“千企帮千村”，落实百企兴百村和万校联万村行动。", []),
    # A town's community office or its residents: the town is no community's name.
    ("义诊在青柳镇社区卫生服务中心举行，青柳镇社区办也派了人。", []),
    # A social-work station visiting communities; a community named after it still counts.
    ("青禾街道社工站社区走访活动启动。青禾街道社工站走进柳北社区。", ["柳北社区"]),
    # A bank's branch before a community is no part of its name; estates without property
    # management are no estate.
    ("青禾银行南山分行和安泰社区签约，农业银行柳河支行与柳北社区结对。", ["安泰社区", "柳北社区"]),
    ("街道摸排了辖区内的无物业管理小区。", []),
    # Halves of a quoted activity name of five characters each.
    ("义工们在兴和社区开展“助老美家园·清扫迎新春”活动。", ["兴和社区"]),
    # jieba glues the village head to 新时代 (村新|时代); the village still ends there.
    ("青石镇东岚口村新时代文明实践站和柳湾畲族村新时代文明实践站都开放了。", ["东岚口村", "柳湾畲族村"]),
    ("全面推进乡村新时代文明实践，农村新时代文明建设。", []),
    # A title villages strive for, next to others of its kind.
    ("这个村正在争创法治示范村和共同富裕村。", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round20_community_shapes(text, expected):
    assert names(text) == expected
