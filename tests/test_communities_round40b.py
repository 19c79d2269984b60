"""Communities, round 40b. Sentences of our own making with made-up names.

- Communities listed with 、 share the 社区 written after the last one (某华、某丰、某香社区): every
  item is a community. Not when an item is a common word (多方面、专业化社区), when the last item is
  a place (某某市社区服务局), or when a title follows the head (a list of people).
"""

from __future__ import annotations

import pytest

from contexts import community_surfaces


@pytest.mark.parametrize("text, expected", [
    ("近日，青禾社工中心已进驻桐溪镇柯岚、惠禾、合萱、榕琏社区，开展专业服务。", ["桐溪镇柯岚", "惠禾", "合萱", "榕琏社区"]),
    ("为凝聚力量，柯岚、圳湄社区组织楼栋长开展培训。", ["柯岚", "圳湄社区"]),
])
def test_listed_names_share_the_community_head(text, expected):
    assert community_surfaces(text) == expected


@pytest.mark.parametrize("text", [
    "培育形成多方面、专业化社区服务队伍。",
    "青禾县委员会联合桐溪乡团委、专业化社区共同举办。",
    "桐溪街道办事处副主任柯岚芝、青禾市社区服务局副局长参加。",
])
def test_common_words_and_places_share_no_head(text):
    assert "专业化" not in "".join(community_surfaces(text))
    assert not any(name in ("柯岚芝", "青禾市", "团委", "多方面") for name in community_surfaces(text))
