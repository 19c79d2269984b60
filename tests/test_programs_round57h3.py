"""Round 57 h3: an unquoted programme written as a brand, a middle dot and its kind (某某·社区书屋,
某某驿站·某区总站, 《某某•某某项目…》) is named whole, its program word giving the kind; an outlet and its
channel, a brand run on from the words before it, a place and a city, and a clause are not. The brand
written alone beside its dotted branch stays a programme of its own. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds
from shequ.extract.dot_brands import dot_brands


@pytest.mark.parametrize(
    "text, expected",
    [
        # items of a list of a centre's rooms
        ("社区内设便民服务大厅、医务室、青禾·社区书屋、雪莲花开·邻里家园等场所，方便居民活动。",
         [("青禾·社区书屋", "station"), ("雪莲花开·邻里家园", "station")]),
        # a one-character brand before a course
        ("中心开设亲子阅读、慧·乐学堂、法律咨询等服务。", [("慧·乐学堂", "course")]),
        # opening a clause after a list mark
        ("镇里把图书室、松林·新知书屋一并列为助老服务点。", [("松林·新知书屋", "station")]),
        # in a document's book marks, with the other dot
        ("双方签订《银杏护老•春风相伴项目合作协议》。", [("银杏护老•春风相伴项目", "project")]),
    ],
)
def test_dot_brands_are_programs(text, expected):
    assert programs_and_kinds(text) == expected


def test_brand_alone_stays_beside_its_dotted_branch():
    text = ("考察团走进暖心驿站。暖心驿站由区里的社工机构运营。\n"
            "暖心驿站·青湾线上分站由区社工协会运营，提供线上心理咨询。")
    assert sorted(set(programs_and_kinds(text))) == [("暖心驿站", "station"), ("暖心驿站·青湾线上分站", "station")]


@pytest.mark.parametrize(
    "text",
    [
        # an outlet and its channel crediting a reporter
        "（江南日报·云帆在线记者 李青 通讯员 王明）",
        "编辑：赵丽\n滨江网·市重点新闻网站",
        # a brand run on from a verb or a resident's title before it
        "考察团走进了暖心驿站·青湾线上分站。",
        "居民阿依古丽·买买提到社区书屋借书。",
        # a year before a country and a city
        "2023年中国·潍坊国际风筝会开幕。",
    ],
)
def test_no_dot_brand(text):
    assert dot_brands(text) == []


def test_quoted_dotted_brand_written_again_with_a_document_after_it():
    text = "社区发布‘青苗·微创’计划，并印发《青苗·微创社区项目指导手册》。"
    assert dot_brands(text) == []
