"""Round 56 h6b: the instructions of a page's share or scan widget (点击右上角分享给微信好友 / 请使用浏览器
的分享功能 / 扫一扫，在手机上查看本页) and a unit's credit alone on a line (某某司指导, 某某委员会 报送)
are page furniture, never the headline. A headline on sharing or scanning, or one that merely
holds 指导 (专家上门指导, 某局领导到某中心指导), stays text. Sentences are invented."""

from __future__ import annotations

import pytest

from contexts import page_titles
from shequ import layout

HEADLINE = "柳岸社区：楼道装上扶手 老人出行更安心"
BODY = (
    "近日，青禾市桃源区柳岸社区为辖区12栋老旧楼房的楼道加装了扶手，惠及300余名老年居民。\n\n"
    "社区负责人介绍，扶手的点位由居民议事会逐栋商定，下一步还将为独居老人家中加装夜灯。"
)
TITLE = "柳岸社区：楼道装上扶手老人出行更安心"


@pytest.mark.parametrize(
    "line",
    [
        "点击右上角分享给微信好友",
        "朋友圈",
        "请使用浏览器的分享功能进行分享",
        "微信里点“发现”，扫一下",
        "二维码便可将本页分享至朋友圈。",
        "扫一扫，在手机上查看本页",
        "扫一扫，用微信浏览",
        "• 扫一扫手机预览",
    ],
)
def test_layout_share_widget_lines_are_tools(line):
    assert layout.web_furniture_kind(line) == "tool"


@pytest.mark.parametrize(
    "line",
    [
        "• 中华人民共和国民政部社会工作司指导",
        "青禾市住房和城乡建设委员会 报送",
        "青禾市桃源区民政局报送",
        "青禾市人力资源和社会保障局指导",
    ],
)
def test_layout_unit_credit_lines_are_furniture(line):
    assert layout.web_furniture_kind(line) == "copyright"


@pytest.mark.parametrize(
    "line",
    [
        "柳岸社区志愿者分享服务心得",
        "经验分享",
        "居民扫码即可预约助餐服务",
        "调解“朋友圈”越来越大",
        "专家上门指导",
        "市民政局领导到柳岸社区居委会指导",
        "社区与学校指导",
        "桃源区民政局指导社区开展助老服务",
        "青禾市民政局报送的材料获表彰",
    ],
)
def test_layout_headlines_on_sharing_or_guidance_stay_text(line):
    assert layout.web_furniture_kind(line) is None


@pytest.mark.parametrize(
    "furniture",
    [
        "点击右上角微信好友\n朋友圈\n请使用浏览器功能分享本页",
        "微信扫一扫：分享\n\n微信里点“发现”，扫一下\n\n二维码即可将本页分享到朋友圈。",
        "• 中华人民共和国民政部社会工作司指导\n  • |\n  • 青禾市社会工作协会主办",
        "青禾市住房和城乡建设委员会 报送",
    ],
)
def test_titles_widget_and_credit_lines_over_headline_are_not_it(furniture):
    assert page_titles(furniture + "\n\n" + HEADLINE + "\n\n" + BODY) == [TITLE]


def test_titles_headline_holding_guidance_stays():
    headline = "桃源区民政局指导柳岸社区开展助老服务"
    assert page_titles(headline + "\n\n" + BODY) == [headline]
