"""Round 45c (people3): the characters or words of a quoted wording counted (“某某”四个字, 五个大字,
两个词) are the length of a slogan, not a count of real things (lexicons/quantity_non_contexts.tsv,
reason wording). Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[str]:
    return sorted(q.evidence[0].text for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the characters or words of a slogan: dropped
        ("青禾社区把服务理念归纳为“勤、细、暖”三个字。", []),
        ("门口挂着“松林议事厅”五个大字，十分醒目。", []),
        ("活动围绕“邻里”和“互助”两个词展开。", []),
        # real things counted with 个 stay
        ("青禾街道今年新建了12个社区食堂。", ["12个"]),
    ],
)
def test_quantities_wording_length_round45(text: str, expected: list[str]) -> None:
    assert _quantities(text) == expected
