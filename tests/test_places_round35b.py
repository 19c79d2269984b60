"""Places, round 35B.

- An outlet's name closing in 社 before a dispatch's city (新华社长春…电): 社长 there is no job title,
  and the city is a place.
- A two-character place name inside a person's name right after a role (环卫工李保山在…) or a
  credit's title (策划 吉安贤) is no place.

Every sentence here is made up (invented people).
"""

from __future__ import annotations

import pytest

from shequ.extract import places as P


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("环卫工李保山在清扫路面。", 4, 6),  # 李保山
        ("（策划吉安贤记者邵明远）", 3, 5),  # 吉安贤
        ("居民周长沙说，书屋办得好。", 3, 5),
    ],
)
def test_place_inside_a_persons_name(text, start, end):
    assert P.names_a_person(text, start, end)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("记者从长沙获悉，书屋已开放。", 3, 5),  # a preposition, not a surname
        ("记者于长沙市采访。", 3, 5),  # the city's level follows
        ("记者王长沙报道", 3, 5),
        ("主任吉安市民政局局长到场。", 2, 4),
        ("书记杭州市委", 2, 4),
    ],
)
def test_place_kept(text, start, end):
    assert not P.names_a_person(text, start, end)


def test_news_agency_before_dispatch_city_is_no_title():
    assert not P.ends_a_title("新华社长春3月5日电", 3)
    assert P.ends_a_title("报社社长沙建国说", 3)  # a 社长's name: still a title
