"""Round 55 h5: a series' or column's name of up to ten characters set before the headline with a
bar (奋进路上新气象丨…, 驻村“新”景|…) is no part of the title, as the t53 and g54 labelling
decisions have it, when a longer headline follows it. A name wholly in quotes, the first half of
a headline whose words after the bar are as short as it or shorter, a couplet's half, and a first
part longer than a series' name stay as printed. Sentences are invented."""

from __future__ import annotations

import pytest

from contexts import NEWS_BODY as BODY, title_and_rubrics


@pytest.mark.parametrize(
    "headline, title, rubric",
    [
        ("奋进路上新气象丨柳岸社区：志愿者走访独居老人", "柳岸社区：志愿者走访独居老人", "奋进路上新气象"),
        ("同心共筑石榴家园暖|志愿服务促邻里守望相助——记柳岸社区", "志愿服务促邻里守望相助——记柳岸社区", "同心共筑石榴家园暖"),
        ("驻村“新”景丨多帮村民办实事，村民才会信任你", "多帮村民办实事，村民才会信任你", "驻村“新”景"),
        ("省报市报看青禾|《青禾日报》关注柳岸社区“五好”书屋", "《青禾日报》关注柳岸社区“五好”书屋", "省报市报看青禾"),
    ],
)
def test_articles_series_name_before_bar_leaves_the_title(headline, title, rubric):
    found_title, rubrics = title_and_rubrics(headline + "\n" + BODY)
    assert found_title == title
    assert rubric in rubrics


@pytest.mark.parametrize(
    "headline",
    [
        # the words after the bar are shorter than the first part: one headline's two halves
        "柳岸社区开办爱心食堂|老人吃上暖心饭",
        # a brand wholly in quotes is the headline's own
        "“邻里守望”|柳岸社区志愿者走访独居老人",
        # longer than a series' name: the headline's first clause
        "青禾市桃源区柳岸社区志愿服务队|走访独居老人送去生活物资",
        # a couplet whose halves match in length
        "邻里聚民心丨志愿暖人心",
    ],
)
def test_articles_headline_with_bar_stays_as_printed(headline):
    found_title, rubrics = title_and_rubrics(headline + "\n" + BODY)
    assert found_title == headline
    assert not rubrics
