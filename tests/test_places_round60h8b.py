"""Round 60 h8b: a place written between an outlet's name and an undated dispatch mark
(某某网|某地|讯（记者…）) is where the dispatch comes from, a place of the article like a dateline's;
a district's short form there is supported by the city the outlet's name holds. Only 讯 before the
credit's bracket: 电 after a place more often closes a company's name. Sentences are invented."""

from __future__ import annotations

import pytest

from test_places import places

# A second paragraph, so that the dispatch line is read as an article body's opening.
BODY = "\n记者了解到，这项工作还将在更多地方推开，让更多居民受益。"


def canonicals_and_codes(text: str) -> list[tuple[str, str]]:
    return sorted({(m.canonical, m.attrs["code"]) for m in places(text + BODY)})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city's short form after a site's name
        ("湖南晨声网湘潭讯（记者 李明）近日，青松社区开展义诊。", [("湘潭市", "4303")]),
        # after a paper's name, a space before the bracket
        ("青禾日报绵阳讯 （通讯员 赵刚）近日，青松社区开展义诊。", [("绵阳市", "5107")]),
        # a district's short form that several cities hold: the outlet's city picks it
        ("深圳晨声网龙华讯（记者 李明 通讯员 王芳）近日，青松社区开展义诊。", [("龙华区", "440309")]),
    ],
)
def test_places_place_of_an_undated_dispatch_is_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert canonicals_and_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a district's short form of several cities, and no city in the outlet's name
        "青禾新闻网龙华讯（记者 李明）近日，青松社区开展义诊。",
        # no credit's bracket after 讯: no dispatch mark
        "湖南晨声网湘潭讯，青松社区开展义诊。",
        # 电 is left out: a place before it opens a company's name as often
        "湖南晨声网湘潭电（记者 李明）近日，青松社区开展义诊。",
        "国网四川电力（集团）的员工走进青松社区。",
    ],
)
def test_places_no_undated_dispatch_gives_no_place(text: str) -> None:
    assert canonicals_and_codes(text) == []
