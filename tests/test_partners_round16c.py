"""Round 16, third task (partnerships, pooled error analysis): 共建单位B names B as a community's
partner unit: B is paired with the community written right before the word, else with the
article's own community (basis implied_subject). Sentences written for these tests (made-up
names)."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor
from contexts import context_for


def facts(text: str, title: str = "", **parties) -> list[tuple[str, str, str, str]]:
    ctx = context_for(PartnershipExtractor, text, title=title, **parties)
    return sorted(
        (m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"], m.attrs.get("basis", "stated"))
        for m in PartnershipExtractor()(ctx) if m.label == "partnerships"
    )


HOME_TITLE = "柳荫社区暑托班开班"
HOME_INTRO = "近日，柳荫社区开办暑托班。"

CASES = [
    # a bare 社区 before the word: the article's own community (named in the title)
    ("bare_community", HOME_INTRO + "孩子们的午饭，也由社区的党建共建单位青禾建工集团有限公司全程承担。", HOME_TITLE,
     {"communities": ["柳荫社区"], "organizations": ["青禾建工集团有限公司"]},
     [("柳荫社区", "青禾建工集团有限公司", "共建单位", "implied_subject")]),
    # no community in the sentence: 得到了共建单位B的赞助 (the support frame reads it first)
    ("support_of_unit", HOME_INTRO + "据介绍，此次活动还得到了共建单位青禾市远帆物流有限公司的大力赞助。", HOME_TITLE,
     {"communities": ["柳荫社区"], "organizations": ["青禾市远帆物流有限公司"]},
     [("柳荫社区", "青禾市远帆物流有限公司", "赞助", "implied_subject")]),
    # the community written right before the word (的 between) is the partner, stated
    ("named_community", "松岗社区的共建单位青禾市第二人民医院每月派医生坐诊。", "",
     {"communities": ["松岗社区"], "organizations": ["青禾市第二人民医院"]},
     [("松岗社区", "青禾市第二人民医院", "共建单位", "stated")]),
    # a list after the word: each organization
    ("unit_list", HOME_INTRO + "社区共建单位青禾农商银行、青禾市燃气公司分别认领了居民心愿。", HOME_TITLE,
     {"communities": ["柳荫社区"], "organizations": ["青禾农商银行", "青禾市燃气公司"]},
     [("柳荫社区", "青禾农商银行", "共建单位", "implied_subject"),
      ("柳荫社区", "青禾市燃气公司", "共建单位", "implied_subject")]),
]


@pytest.mark.parametrize("name, text, title, parties, expected", CASES, ids=[row[0] for row in CASES])
def test_unit_of(name, text, title, parties, expected):
    assert facts(text, title=title, **parties) == sorted(expected)


NO_PAIR_CASES = [
    # no named organization after the word
    ("no_name", HOME_INTRO + "社区将和各共建单位一道，共同办好民生实事。", HOME_TITLE, {"communities": ["柳荫社区"]}),
    # no own community for the article and none before the word
    ("no_home", "义卖得到共建单位青禾市远帆物流有限公司赞助。", "",
     {"organizations": ["青禾市远帆物流有限公司"]}),
    # a community after the word is no partner unit (only organizations count)
    ("community_after", HOME_INTRO + "共建单位松岗社区派出志愿者参加。", HOME_TITLE, {"communities": ["柳荫社区", "松岗社区"]}),
]


@pytest.mark.parametrize("name, text, title, parties", NO_PAIR_CASES, ids=[row[0] for row in NO_PAIR_CASES])
def test_unit_of_no_pair(name, text, title, parties):
    assert facts(text, title=title, **parties) == []
