"""Round 47 (places): a contact line opening with its address label is the page footer's
mailing address, so its places are no mentions; an address written inside a sentence, or an
event's address, stays one. A bare 高新区/经开区 after punctuation or a list joiner is the zone
of the article's city (sentences of our own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_footer_address_line_gives_no_place():
    text = "社区邻里节圆满落幕。\n联系我们\n地址：浙江省湖州市吴兴区青枫路18号\n电话：0572-1234567"
    assert canonicals(text) == []


def test_places_headquarters_address_bullet_gives_no_place():
    text = "志愿者走访了独居老人。\n- 总部地址：江苏省南通市崇川区梧桐大道9号2栋"
    assert canonicals(text) == []


def test_places_event_address_line_stays_a_place():
    text = "居民报名踊跃。\n活动地址：江苏省南通市崇川区梧桐大道9号"
    assert canonicals(text) == ["南通市", "崇川区", "江苏省"]


def test_places_address_after_a_sentence_stays_a_place():
    text = "义诊在南通市崇川区举行，地址：梧桐大道9号。"
    assert canonicals(text) == ["南通市", "崇川区"]


def test_places_bare_high_tech_zone_after_a_list_joiner_is_a_place():
    text = "南通市民政局和高新区一起走访独居老人。"
    assert canonicals(text) == ["高新区"]


def test_places_bare_zone_after_punctuation_is_a_place_before_its_street_office():
    text = "南通市昨夜普降大雨。高新区青枫办事处某小区多处积水。"
    # Round 53 p5: the zone's street office written for its street is a place too; the l53/t53
    # gold lists such offices after their district or zone as places (3 articles of 3 sets).
    assert canonicals(text) == ["南通市", "青枫办事处", "高新区"]


def test_places_bare_zone_heading_its_committee_is_no_place():
    text = "南通市的志愿者很多，高新区管委会召开了表彰会。"
    assert canonicals(text) == ["南通市"]


def test_places_bare_zone_is_the_zone_named_in_full():
    text = "南通高新区新建了社工站。高新区的居民很高兴。"
    assert canonicals(text) == ["南通高新区"]


def test_places_bare_zone_without_a_city_is_no_place():
    assert canonicals("高新区开展了电梯安全检查。") == []

