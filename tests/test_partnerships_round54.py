"""Round 54 (bulk read): a party introduced by 在 and closed by a holding verb (举行, 举办, 召开) is
the venue of the event before it, not the partner of a relation word (培训 …在某中心举行)."""

import pytest

from shequ.clipping import analyze_text


def pairs_of(text: str) -> list[tuple[str, str, str]]:
    ctx = analyze_text(text)
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in ctx.mentions["partnerships"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the venue of a training after an unveiling: no pair
        ("9日下午，青禾区慈善总会成立大会暨首次培训在桃园街道办事处会议中心举行。", []),
        ("青禾区慈善总会首期业务培训在桃园街道办事处党群服务中心隆重召开。", []),
        # the unit's hall written after the unit the extractor names
        ("9日下午，青禾区慈善总会成立大会暨首次培训在桃园道办事处文化礼堂举行。", []),
        # 在 before a party that no holding verb closes: the word still pairs (入驻在B)
        ("青禾区慈善总会入驻在桃园街道办事处党群服务中心。", [("青禾区慈善总会", "桃园街道办事处", "入驻")]),
        # a venue after the partner, not after the word: the pair stands
        ("桃园社区联合青禾区慈善总会在社区广场举行义卖。", [("桃园社区", "青禾区慈善总会", "联合")]),
    ],
)
def test_party_held_at_is_a_venue(text, expected):
    assert pairs_of(text) == expected
