"""Communities, round 36: a bank's community sub-branch (某某银行某某社区支行) is an organisation named
after the place it serves, not a community. Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("活动由青禾银行桐江翠湾社区支行协办。", []),
    ("青禾农商银行柳塘社区支行为老人讲解防诈知识。", []),
    # the community itself, and its own bodies, stay
    ("桐江翠湾社区联合青禾银行开展义诊。", ["桐江翠湾社区"]),
    ("柳塘社区服务中心为老人理发。", ["柳塘社区"]),
])
def test_bank_sub_branch_names_no_community(text, expected):
    assert names(text) == expected


# A verb stem right after its street (某某街道|振兴|社区) counts when the article writes the name again,
# also where that mention opens a clause and makes no candidate of its own.
@pytest.mark.parametrize("text, expected", [
    # Round 57 h3: the second mention, written word for word after a full stop, is the anchored
    # community again with its own span (gold writes such repeats' bodies: 某社区党支部 after 。).
    ("桐江街道振兴社区组织居民学跳广场舞。振兴社区还将举办书法班。", ["振兴社区", "振兴社区"]),
    # no place before it: a verb and the communities it takes, however often written
    ("各方合力振兴社区商业。商家都盼着振兴社区商业。", []),
])
def test_verb_stem_after_street_named_twice(text, expected):
    assert names(text) == expected


def test_frequent_verb_after_place_written_twice_is_no_community():
    text = "青禾省实现村(社区)书屋全覆盖。去年该省已实现村(社区)书屋全覆盖。"
    assert names(text) == []
