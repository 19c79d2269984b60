"""Article titles, round 38: a region's tag in square brackets ([某地]…) is a rubric and no part
of the title. A tag in lenticular brackets opening the headline line (【特写】…, 【某某项目组】…)
stayed in the title until round 57 h8, which leaves it out too (see the test below).

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

LEDE = "\n枫林县翠湖社区上周六办起了邻里议事会，四十多位居民围坐在一起，为楼道照明出主意。\n"


def titles(raw: str) -> list[str]:
    articles, _ = split_articles(normalize(raw), "web.txt")
    return [a.title for a in articles]


# Round 57 h8 turned these around: the t53–g56 labelling decision (a column's name before the
# headline is no part of the title) settles the l53 labels' keeping the tag, and the gold of four
# tuning articles of three later sets and of one dev article leaves the tag out. The tag goes to
# the rubrics (tests/test_articles_round57h8.py).
@pytest.mark.parametrize(
    "headline, title",
    [
        ("【特写】翠湖社区的邻里议事会", "翠湖社区的邻里议事会"),
        ("【枫林县社工站】翠湖社区办起邻里议事会", "翠湖社区办起邻里议事会"),
        ("【协商议事】翠湖社区：楼道照明有了新办法", "翠湖社区：楼道照明有了新办法"),
    ],
)
def test_round38_lenticular_tag_leaves_the_title(headline, title):
    assert titles(headline + LEDE) == [title]


@pytest.mark.parametrize(
    "headline, title",
    [
        ("[枫林]翠湖社区办起邻里议事会", "翠湖社区办起邻里议事会"),
        ("翠湖社区办起邻里议事会", "翠湖社区办起邻里议事会"),
    ],
)
def test_round38_square_bracket_region_tag_is_no_part_of_the_title(headline, title):
    assert titles(headline + LEDE) == [title]
