"""Round 57 h8: a column's or series' tag in lenticular brackets opening the headline line
(【社会实践】…, 【“某某”故事】…, 【某某在基层】…) is no part of the title, as the t53–g56 labelling
decision and the dev gold have it; it goes to the article's rubrics. A bracket longer than a
column's name, a tag with too short a headline after it, and brackets later in the headline stay
as printed. Sentences are invented."""

from __future__ import annotations

import pytest

from contexts import NEWS_BODY as BODY, title_and_rubrics


@pytest.mark.parametrize(
    "headline, title, rubric",
    [
        ("【志愿服务】柳岸社区开展关爱独居老人活动", "柳岸社区开展关爱独居老人活动", "志愿服务"),
        ("【“邻里情”故事】柳岸社区：一碗热汤暖人心", "柳岸社区：一碗热汤暖人心", "“邻里情”故事"),
        ("【基层治理在一线】桃源区：网格员走进百姓家", "桃源区：网格员走进百姓家", "基层治理在一线"),
        ("【青春同行 服务社区】大学生志愿者走进柳岸社区", "大学生志愿者走进柳岸社区", "青春同行服务社区"),
    ],
)
def test_articles_lenticular_column_tag_leaves_the_title(headline, title, rubric):
    found_title, rubrics = title_and_rubrics(headline + "\n" + BODY)
    assert found_title == title
    assert rubric in rubrics


@pytest.mark.parametrize(
    "headline",
    [
        # a bracket later in the headline is the headline's own
        "柳岸社区【邻里节】圆满落幕",
        # too short a headline after the tag: the tag is the headline's own
        "【志愿服务】爱心义诊",
        # longer than a column's name: a bracketed headline with its tail
        "【柳岸社区志愿服务队开展活动成果展示】邻里节",
    ],
)
def test_articles_headline_without_opening_column_tag_stays_as_printed(headline):
    found_title, rubrics = title_and_rubrics(headline + "\n" + BODY)
    assert found_title == headline
    assert not rubrics
