"""Round 46 (pq): two people counted with 个 (两个孙子, 两个小姑娘, 两个要好的朋友) are the pair of a
family or a scene, not a tally of people (`reject_pair_reference`, lexicons/
quantity_pair_people_heads.txt). Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[str]:
    return sorted(q.evidence[0].text for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family's or a scene's pair: dropped, whether or not a verb governs it
        ("老周独自抚养两个孙子，生活十分拮据。", []),
        ("活动现场，两个小姑娘手拉手唱起了歌。", []),
        ("舞台上，两个要好的朋友合唱了一首歌。", []),
        # two of anything else counted with 个 stays, and so do people counted in 名
        ("青禾街道今年新建了两个社区食堂。", ["两个"]),
        ("松林社区为老人配备了两名网格员。", ["两名"]),
        # a larger tally of children in 个 stays
        ("暑托班共招收了35个孩子。", ["35个"]),
    ],
)
def test_quantities_pair_of_people_round46(text: str, expected: list[str]) -> None:
    assert _quantities(text) == expected
