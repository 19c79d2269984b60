"""People, round 33: a three-character "name" whose surname and first given character make a
frequent everyday word (信息|灵, 全体|社, 幸福|感) is that word, not a person. Sentences written for
these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import people_and_roles


@pytest.mark.parametrize("text, expected", [
    ("持续增强柳岸老兵的幸福感、尊崇感。", []),
    ("由青禾社工站的全体社工表演节目。", []),
    ("党员信息灵、办法多，群众都说好。", []),
    # names whose first two characters are a rarer word or a place stay names
    ("社区书记王国强介绍了情况。", [("王国强", "社区书记")]),
    ("社区主任黄海燕说，活动很成功。", [("黄海燕", "社区主任")]),
])
def test_round33_name_opening_a_common_word(text, expected):
    assert people_and_roles(text) == expected
