"""Round 44 (qp): a chain of divisions ending at a street that heads a body of that street is the
body's registered name, so its city and district are no standalone mentions; a venue between the
street and the ending leaves the chain saying where (sentences of our own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_chain_before_street_social_work_station_is_the_station_name():
    text = "昨天，江苏省苏州市姑苏区双塔街道社工站组织志愿者走访。双塔街道的老人很高兴。"
    assert canonicals(text) == ["双塔街道"]


def test_places_chain_before_street_service_centre_with_field_words_is_its_name():
    text = "这里是江苏省苏州市姑苏区双塔街道残疾人综合服务中心。双塔街道的居民常来。"
    assert canonicals(text) == ["双塔街道"]


def test_places_chain_before_venue_and_body_word_says_where():
    text = "在江苏省苏州市姑苏区双塔街道桂花公园社工宣传周上，居民排起了长队。"
    assert canonicals(text) == ["姑苏区", "江苏省", "苏州市"]


def test_places_chain_before_a_government_body_of_a_city_stays_standalone():
    text = "记者从江苏苏州市政府获悉，苏州市将新建十个社区食堂。"
    assert canonicals(text) == ["江苏省", "苏州市"]


def test_places_no_place_in_a_sentence_without_divisions():
    assert canonicals("社工站的志愿者上门走访了独居老人。") == []


def test_places_chain_before_street_party_committee_stays_standalone():
    text = "江苏省苏州市姑苏区双塔街道党工委召开会议。"
    assert canonicals(text) == ["姑苏区", "江苏省", "苏州市"]
