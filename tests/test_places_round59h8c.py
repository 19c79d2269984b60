"""Places, round 59 h8c: a province or city that opens the registered name of a body working in
the community field (某市某某社区发展中心, 某省某某社区公益基金会, 某市某某社区社会组织服务中心) is
written inside that name, not on its own: 社区 followed by a field word heads no community, so it
does not make the name a chain of places. A community's own organs
(某某社区居委会, 某某社区服务中心) still follow a chain of places. Every sentence here is made up
(invented names; the cities are real gazetteer rows)."""

from __future__ import annotations

import pytest

from test_places import places


def found(text: str) -> list[tuple[str, str]]:
    return sorted((text[m.start : m.end], m.canonical) for m in places(text))


@pytest.mark.parametrize(
    "text",
    [
        # a development centre, through a district
        "活动由宁波市海曙区星火社区发展中心承办，吸引了两百名居民参加。",
        # a community foundation
        "宁波市青禾社区公益基金会向困难家庭捐赠了物资。",
        # a centre serving community social organizations
        "温州市益邻社区社会组织服务中心负责人介绍了经验。",
        # a promotion association, its 社区 glued into one word with its own name
        "嘉兴市和谐社区发展促进会组织志愿者开展了义诊。",
        # a community-building centre after a district
        "台州市路桥区星火社区营造中心举办了开放日。",
    ],
)
def test_places_city_opening_a_community_field_body_is_no_place(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a community's own service centre follows a chain of places
        ("宁波市星光社区服务中心开展了义诊活动。", [("宁波市", "宁波市")]),
        # a community's residents' committee too
        ("宁波市星火社区居委会组织居民参加活动。", [("宁波市", "宁波市")]),
        # 发展 as the verb of a clause, no body's name
        ("宁波市各社区发展志愿服务队伍，吸引了上千名居民。", [("宁波市", "宁波市")]),
        ("宁波市星火社区发展较快，居民收入逐年提高。", [("宁波市", "宁波市")]),
        # the city written on its own elsewhere stays a place (both writings are its mentions)
        (
            "宁波市星火社区发展中心成立后，宁波市又培育了十家社会组织。",
            [("宁波市", "宁波市"), ("宁波市", "宁波市")],
        ),
    ],
)
def test_places_city_before_a_community_or_clause_stays_a_place(text, expected):
    assert found(text) == expected
