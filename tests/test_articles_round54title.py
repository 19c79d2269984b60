"""Round 54: a series' or column's name of up to twelve characters before a bar (奋进路上看变化丨…,
走基层“某”记丨…) is no part of the title, as the gold README (main headline) and the t53 labelling
decision have it; round 53 stopped at six characters."""

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "本报讯 近日，青禾市桃源区柳岸社区组织志愿者走访辖区独居老人，为他们送去米面油等生活物资。"


def title_of(headline: str) -> str:
    found, _ = split_articles(normalize(headline + "\n" + BODY), "x.txt")
    return found[0].title


@pytest.mark.parametrize(
    "headline, title",
    [
        ("奋进路上看变化丨柳岸社区志愿者走访独居老人", "柳岸社区志愿者走访独居老人"),
        ("走基层“青禾”记丨柳岸社区志愿者走访独居老人", "柳岸社区志愿者走访独居老人"),
        ("青禾乡村新气象|柳岸社区志愿者走访独居老人", "柳岸社区志愿者走访独居老人"),
        # a couplet headline whose halves match in length keeps both
        ("楼道聚民心丨邻里促和谐", "楼道聚民心丨邻里促和谐"),
        # longer than a column's name: the line is the headline as printed
        ("青禾市桃源区柳岸社区志愿服务队|走访独居老人", "青禾市桃源区柳岸社区志愿服务队|走访独居老人"),
    ],
)
def test_long_column_name_before_bar_is_no_title(headline, title):
    assert title_of(headline) == title
