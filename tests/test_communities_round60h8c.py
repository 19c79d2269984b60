"""Round 60 h8c: 城 and 名城 end developers' names for estates written without 小区 (某某绣城,
某某名城), kept only where something marks an estate: a place before it, a word of living there
before it, a word of the estate's homes or people after it, or another community in its 、 list.
Slogans (某某之城), city words (县城, 古城, 历史文化名城), nicknames and shopping malls stay out.
Sentences are invented."""

import pytest

from contexts import fact_names

# A second paragraph, so that a one-sentence text is read as an article body.
BODY = "\n记者了解到，这项工作还将在更多地方推开，让更多居民受益。"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word of living there before the estate
        ("家住碧水名城的刘女士说，社区食堂的饭菜干净实惠。", ["碧水名城"]),
        # in a 、 list with another estate, an unread item between them
        ("面对周边锦江绣城、美好名流二期、澄悦苑等小区的居民诉求，社区召开了协商会。", ["澄悦苑", "锦江绣城"]),
        # after a street, before the kind of housing it is
        ("东湖街道康乐西城公租房小区里住着不少老人。", ["康乐西城"]),
        # before its owners
        ("锦江华城业主自发组建了志愿服务队。", ["锦江华城"]),
        # an everyday word before a city's nickname is a slogan, though residents follow it
        ("老河路社区书香满城居民李华说，服务很方便。", ["老河路社区"]),
        # 某某城 before 社区 is the first part of the community's name
        ("在东岭街道彩虹城社区，党员很多。", ["彩虹城社区"]),
    ],
)
def test_communities_city_head_estate_marked(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "communities") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a slogan's literary "city of"
        "建设志愿之城，共建美好家园。",
        # a city's nickname in a campaign's name, and a name nothing marks as an estate
        "情暖江城活动走进了两所高校。",
        "锦江绣城活动走进了两所高校。",
        # city words
        "泉州是国家历史文化名城，游客很多。",
        "他们在县城和古城都开了店。",
        "家住县城的李大爷说，路修好了。",
        "家住大学城的李先生说，路修好了。",
        # a city before a slogan on its nickname; the first part of a community's name
        "按照某市建设智慧蓉城的部署，平台已上线。",
        # shopping malls are companies
        "新开的华润商城吸引了不少居民。",
        "家住万达购物城附近的王先生说。",
    ],
)
def test_communities_city_head_not_an_estate(text: str) -> None:
    assert fact_names(text + BODY, "communities") == []
