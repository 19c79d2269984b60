"""Round 57 h3 (partnerships F2b): a relation word opening an item of a list of services (提供甲、
帮扶救助、某某学堂) names a service offered, not a relation to the next item. Made-up sentences."""

from __future__ import annotations

from contexts import partner_pairs as pairs


def test_relation_word_inside_a_service_list_pairs_nothing():
    text = "青禾社工服务中心为妇女提供技能培训、帮扶救助、青禾学堂等服务。"
    assert pairs(text, organizations=["青禾社工服务中心"], programs=["青禾学堂"]) == []


def test_relation_word_before_its_partner_still_pairs():
    text = "青禾社工服务中心帮扶柳湾社区、杏林社区开展助老服务。"
    assert pairs(text, organizations=["青禾社工服务中心"], communities=["柳湾社区", "杏林社区"]) == [
        ("杏林社区", "青禾社工服务中心"), ("柳湾社区", "青禾社工服务中心")]
