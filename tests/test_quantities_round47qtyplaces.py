"""Round 47 (qtyplaces): livestock counted in 头 (养了58头牛, 从300多头变为600多头) is a quantity
(lexicons/units.tsv); 一头 is the article and a bare Chinese 两头 is a word (两头奔波: both ends),
dropped like 十分 by `reject_word_numeral`. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return sorted((q.evidence[0].text, q.value, q.unit) for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a herd in digits, with or without 多
        ("贺大山在合作社的帮助下养了46头黄牛，日子越过越红火。", [("46头", 46, "头")]),
        ("青岗村的养猪场从起初的200多头扩大到现在的900多头。", [("200多头", 200, "头"), ("900多头", 900, "头")]),
        # 一头 and a bare Chinese 两头 are no counts
        ("网格员每天在社区和街道之间两头跑，一头扎进群众中间。", []),
    ],
)
def test_quantities_livestock_heads_round47qtyplaces(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _quantities(text) == expected
