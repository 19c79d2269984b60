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
