"""Round 43b (organizations). A bare bureau in a list is a bureau though the last two of its
characters with 局 make a dictionary word of their own (民|政局, 建|设局): only a 局 the segmenter
reads inside that two-character word (格局, 大局, 政局 alone) is no bureau.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("柳湾社区会同民政局、建设局走访了困难家庭。", ["民政局", "建设局"]),
        ("桃源书记随即联系环保局、建设局等单位处理噪声。", ["环保局", "建设局"]),
        # the two characters read as their own word: no bureau
        ("青禾镇着力稳定政局、建设局面向好的发展环境。", []),
        ("桃源片区形成了发展新格局、大局意识更强。", []),
    ],
)
def test_round43b_bare_bureau_over_a_word_pair(text, expected):
    assert organizations(text) == expected
