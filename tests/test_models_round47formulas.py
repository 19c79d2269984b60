"""Models, round 47 (formulas). Sentences of our own making with made-up names.

- A quoted 一X一Y formula whose parts are words (“一社区一方案”, “一村(社区)一法律顾问”) is a method
  when X is a unit that each gets one thing; a time or a thing as X (“一月一主题”, “一法一条例”) is not.
- A quoted numeral and a post title (“六长”, “双组长”) counts post holders, no model, unless a model
  word right after the quote calls it one (“三长”联动机制).
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("梧桐街道推行“一社区一方案”，为每个社区量身定制服务。", ["一社区一方案"]),
    ("青禾镇开展“一村(社区)一法律顾问”工作，律师每月坐班两天。", ["一村(社区)一法律顾问"]),
    ("柳湾县采取“一区(片)一策”措施整治老旧小区。", ["一区(片)一策"]),
    ("落实“一户一策”，确保群众安全转移。", ["一户一策"]),
])
def test_per_unit_formula_with_word_parts_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "联席会议推出“一月一主题”服务清单，每月换一个话题。",
    "抓好家庭教育“一法一条例”的贯彻落实。",
    "现场设立“一老一小同关爱”展台。",
])
def test_time_thing_or_target_group_formula_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text", [
    "充分发挥“六长”“五老”在村里的影响力。",
    "成立以书记和镇长为“双组长”的领导小组。",
    "加强乡村“十户长”队伍建设。",
])
def test_quoted_post_holders_are_no_model(text):
    assert model_names(text) == []


def test_post_holders_called_a_mechanism_stay():
    assert model_names("金穗社区推广“三长”联动机制。") == ["三长"]
