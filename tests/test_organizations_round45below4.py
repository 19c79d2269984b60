"""Round 45 (organizations, below4). A one-character verb's directional complement that jieba
glues to the first character of the name after it (送|上区|民政局) still ends the verb phrase:
the name starts at the character after the complement.

Every sentence here is made up (invented places and items)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # 送|上区: the district bureau is the name, the verb phrase is not
        ("社工们当天便送上区民政局准备的暖冬棉被。", ["区民政局"]),
        # a place word ending in 上 keeps its place in the name
        ("白石市海上救援协会上周换届。", ["白石市海上救援协会"]),
        # a verb phrase with no unit after it yields nothing
        ("社工们给老人送上热腾腾的饺子。", []),
    ],
)
def test_round45below4_complement_glued_to_the_name(text, expected):
    assert organizations(text) == expected
