"""Round 54 (h7): the path frame. A quoted list of parts after 一条 whose clause closes on a road
word (走出一条“…、…”的治理新路, 探索出一条“…、…”壮大集体经济的新路子, …的实践之路) names the way of
working the text says was found, however long the words between. One quoted phrase, a quote
without 一条 or a clause without a road word is no model by this frame. Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青禾村盘活闲置校舍，探索出了一条“支部牵头、党员示范、农户入股、公司经营”增加集体收入的新路子。",
         ["支部牵头、党员示范、农户入股、公司经营"]),
        ("柳湾街道持续培育邻里基金，走出一条“以邻里基金为纽带、公益项目为载体、居民参与为根本”的慈善助力社区治理的实践之路。",
         ["以邻里基金为纽带、公益项目为载体、居民参与为根本"]),
        ("石桥镇闯出一条“村企联建、产业共兴”的发展道路。", ["村企联建、产业共兴"]),
        # the frame already read before this round (新路 is a calling word of its own)
        ("桃源社区探索出一条“党委搭台、能人领跑、居民出力”的治理新路。", ["党委搭台、能人领跑、居民出力"]),
    ],
)
def test_models_quoted_list_on_a_found_path_round54h7(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one phrase names an aim, not who does what
        "青禾村走出了一条“绿色发展”的道路。",
        # no 一条 before the quote
        "柳湾社区坚持“支部牵头、党员示范”，干部常说这是致富的路子。",
        # no road word closes the clause
        "街道开通了一条“早发现、早处置”的服务热线。",
        # the road word is in another clause
        "村里画出一条“红线、底线”，为今后的路子定下规矩。",
    ],
)
def test_models_no_path_frame_round54h7(text: str) -> None:
    assert model_names(text) == []
