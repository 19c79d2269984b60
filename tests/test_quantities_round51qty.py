"""Round 51 (qty): 四处/四面 before a verb are adverbs ('everywhere', 'on all sides'), no count of
places; a bare 万/亿 figure followed by a short modifier and 人口 counts people. Sentences are
invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return sorted(
        (q.evidence[0].text, q.value, q.unit, q.qualifier) for sheet in extract(text) for q in sheet.quantities
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("放暑假后，青禾村的孩子们常常四处奔跑，没人照看。", []),
        ("这座小岛四面环水，交通不便。", []),
        # before a noun the same words count places
        ("柳湾街道今年改造了四处闲置厂房。", [("四处", 4, "处", None)]),
    ],
)
def test_quantities_adverb_numeral_before_verb_round51qty(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青州市有3000多万人口。", [("3000多万", 30000000, "人", "more_than")]),
        ("全省已将120万困难人口纳入帮扶。", [("120万", 1200000, "人", None)]),
        ("近36万的常住人口让柳湾街道格外热闹。", [("近36万", 360000, "人", "about")]),
        ("该市有1.5亿流动人口。", [("1.5亿", 150000000, "人", None)]),
        # a sum with its own measure word before the population word stays money
        ("区里拨付50万元流动人口服务经费。", [("50万元", 500000, "元", None)]),
    ],
)
def test_quantities_bare_figure_before_population_round51qty(text: str, expected: list) -> None:
    assert _quantities(text) == expected
