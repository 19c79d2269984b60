"""Round 50 commstem: a village written right after its town names itself even when its stem is a
rare dictionary word that jieba tags as a number or a verb (八里 m, 行善 v); a count after the town
(十家, 两个: a measure word second) names no village. Sentences and town names are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rare number word as the stem, right after the town: the village
        ("上个月，浙江省衢州市柳溪镇八里村召开村民代表大会。", ["八里村"]),
        # a rare verb as the stem, right after the town: the village
        ("上个月，浙江省衢州市柳溪镇行善村召开村民代表大会。", ["行善村"]),
        # a count of households after the town: no village
        ("上个月，浙江省衢州市柳溪镇十家村民代表参加了会议。", []),
        # a count of villages after the town: no village
        ("这些年，浙江省衢州市柳溪镇两个村都修了路。", []),
    ],
)
def test_communities_rare_word_village_after_town(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
