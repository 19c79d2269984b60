"""Communities, round 36c: a stem that is only a kind of estate or village (how it is managed, what it
became, an ethnic group, the Mongolian word for village) or a housing category ending in 住房 names no
community; a name before such a word stays. Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("网格员走访了桐江镇三个物管小区。", []),
    ("这片楼原是有名的弃管小区。", []),
    ("青禾区有八个村改社区完成了换届。", []),
    ("驿站为老人提供居家社区照护。", []),
    ("医生们赶到这个偏远的嘎查村义诊。", []),
    ("结合辖区苗族村特点开展宣讲。", []),
    ("这是本市第一个公共租赁住房社区。", []),
    # a name before the kind word stays
    ("青格勒图嘎查村的牧民领到了新证。", ["青格勒图嘎查村"]),
    ("桐江镇柳塘村的村民赶来帮忙。", ["柳塘村"]),
])
def test_kind_of_estate_or_village_is_no_name(text, expected):
    assert names(text) == expected


# A four-character idiom ending in a frequent verb (高度|重视, 大力|支持) before the head is a verb
# phrase, also right after a place; a name after the place stays.
@pytest.mark.parametrize("text, expected", [
    ("金牛区高度重视社区养老服务。", []),
    ("桐江县大力支持社区食堂运营。", []),
    ("金牛区柳塘社区组织居民学急救。", ["柳塘社区"]),
])
def test_idiom_ending_in_verb_is_no_stem(text, expected):
    assert names(text) == expected


# A person's name before a frequent verb glued to 村 (某某|返村, 某某|驻村) is a clause, no village; a
# village named after a family (吴家村) and a village after its town stay.
@pytest.mark.parametrize("text, expected", [
    ("那年秋天，年轻人邱佳宁返村开起了民宿。", []),
    ("去年，退伍军人邱佳宁返村当选支书。", []),
    ("桐江镇吴家村修好了水渠。", ["吴家村"]),
])
def test_person_going_to_village_is_no_name(text, expected):
    assert names(text) == expected


# An everyday word and a one-character adjective used as a verb before 社区 (歌声|满|社区 "songs fill
# the community") is a clause, a name only when the article writes it twice.
@pytest.mark.parametrize("text, expected", [
    ("秋风送爽，歌声满社区。", []),
    ("歌声满社区。桐江街道柳塘社区举办晚会。", ["柳塘社区"]),
])
def test_adjective_verb_before_community_is_a_clause(text, expected):
    assert names(text) == expected
