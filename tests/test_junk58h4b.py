"""Junk titles, sources and programmes of round 58 (h4b). Pages and sentences of our own making,
with made-up names; look-alikes keep their fact."""

from __future__ import annotations

import pytest

from contexts import only_article

BODY = (
    "本报讯 近日，青柳街道桃源社区组织志愿者走访辖区独居老人，为他们送去棉衣和米面油。"
    "社区党委书记李青表示，下一步将把走访做成常态。\n"
)


SPACED_MENU_CASES = [
    # a site's channel row, parted by spaces only, over the headline
    ("河东 时政 民生 财经 评论 论坛 博客 视频 图库 热点 健康 汽车\n\n桃源社区志愿者走访独居老人\n\n" + BODY,
     "桃源社区志愿者走访独居老人"),
    # look-alikes: a headline set in two spaced phrases stays the headline
    ("邻里互助暖人心 志愿服务进万家\n\n" + BODY, "邻里互助暖人心志愿服务进万家"),
]


@pytest.mark.parametrize("raw, title", SPACED_MENU_CASES)
def test_junk58h4b_spaced_channel_row_is_no_title(raw, title):
    assert only_article(raw).title == title


SIGNED_SOURCE_CASES = [
    # a unit's name, then its writer's set apart by a space, in a closing attribution
    ("（来源：青柳区委宣传部 李明）", "青柳区委宣传部"),
    ("（来源：桃源街道办事处 王小红）", "桃源街道办事处"),
    # look-alikes: a site's channel after a space, or no space at all, keeps the whole outlet
    ("（来源：江南网 湖东频道）", "江南网湖东频道"),
    ("（来源：青柳日报）", "青柳日报"),
]


@pytest.mark.parametrize("attribution, source", SIGNED_SOURCE_CASES)
def test_junk58h4b_writer_after_unit_is_no_source(attribution, source):
    raw = "桃源社区志愿者走访独居老人\n\n" + BODY.rstrip("\n") + attribution + "\n"
    assert only_article(raw).source == source
