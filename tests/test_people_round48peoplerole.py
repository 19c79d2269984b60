"""People, round 48 peoplerole: 向 and 和 in a given name right after a title. Sentences written
for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# Right after a title, 向 "towards" and 和 "and" may stand in a given name when a clear end follows
# it (a speech verb, punctuation, a follow word); they stay no name character where the first two
# characters are a common word (代表|和) or a word follows (刘|向大家), and on a credit line.
TITLED_SOFT_CASES = [
    ("街道党委书记柯向岚说，书屋下月开放。", [("柯向岚", "街道党委书记")]),
    ("市慈善总会副会长蔺和、市关工委主任宁晓川出席。", [("蔺和", "市慈善总会副会长"), ("宁晓川", "市关工委主任")]),
    ("镇妇联副主席宁月和及社工站负责人到场。", [("宁月和", "镇妇联副主席")]),
    ("居民代表和业主代表一起查看了楼道。", []),
    ("志愿者刘向大家展示了作品。", []),
]


@pytest.mark.parametrize("text, expected", TITLED_SOFT_CASES)
def test_round48peoplerole_titled_soft_given_chars(text, expected):
    assert people(text) == expected
