"""Round 47 (places): a contact line opening with its address label is the page footer's
mailing address, so its places are no mentions; an address written inside a sentence, or an
event's address, stays one (sentences of our own making)."""

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

