"""Round 53 p1 (junk sources): names run into the paper's own 本报 are no outlet.

A byline may set its untitled names (correspondents) before the paper's reporter: □ 张三 李四
本报记者 王五. Once the spaces between CJK characters go, the words before the reporter's title
read 张三李四本报, which ends in 报 and is long enough to pass as a paper's name; but 本报 is the
page naming itself, so the byline names no outlet. A paper's name before its reporter's title
(青禾特区报记者) still credits the paper.

Every line here is made up (invented papers, places and people).
"""

from __future__ import annotations

import pytest

from pipeline import layout
from contexts import article_sources as _sources

TITLE = "“三员”联动 织密桃源邻里网\n\n"
REST = (
    "\n\n近年来，桃源市民政局推动网格员、楼长、单元长“三员”联动，全市城市社区划分网格二百余个，"
    "每个网格配备一名网格员。\n"
)


@pytest.mark.parametrize(
    "byline, outlet",
    [
        ("□ 赵青禾 钱小溪 本报记者 孙一鸣", None),  # two correspondents then the paper's own reporter
        ("■ 周明远 本报记者 吴晓光", None),
        ("青禾特区报记者 孙一鸣 通讯员 赵青禾", "青禾特区报"),  # a paper named before its reporter
        ("青禾晚报记者 孙一鸣 通讯员 赵青禾", "青禾晚报"),
    ],
)
def test_byline_names_before_own_paper(byline, outlet):
    assert _sources(TITLE + byline + REST) == [outlet]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("□赵青禾钱小溪本报记者孙一鸣", None),
        ("周明远本报记者吴晓光", None),
        ("青禾特区报通讯员孙一鸣", "青禾特区报"),
        ("□青禾日报记者孙一鸣", "青禾日报"),
        ("青禾特区报记者孙一鸣", "青禾特区报"),
    ],
)
def test_byline_outlet_of_glued_line(line, outlet):
    assert layout.byline_outlet(line) == outlet


@pytest.mark.parametrize(
    "line, brand",
    [
        ("周明远本报记者吴晓光", None),  # a correspondent's name run into 本报
        ("青禾眼记者孙一鸣", "青禾眼"),  # an app's brand before its reporter
    ],
)
def test_bare_byline_brand_is_no_name_before_own_paper(line, brand):
    assert layout.bare_byline_outlet(line) == brand


# A dateline without labels whose name the page parted into fields with spaces: the clean text
# runs them together, so the outlet is read off the fields, one of them shaped like an outlet.
DATELINE_TITLE = "桃源社区邻里食堂开门迎客\n"
DATELINE_REST = "\n近日，桃源社区邻里食堂正式开门迎客，独居老人每天都能吃上热乎饭。社区书记李青青说，下一步将把送餐范围扩大到相邻小区。\n"


@pytest.mark.parametrize(
    "dateline, outlet",
    [
        ("王青禾ab   青禾日报·新青禾客户端   2030-06-09 18:05:12", "青禾日报"),  # an author's handle, then the outlet
        ("禾苗影视 国产电影 2030-06-25 10:41 1", None),  # a video account and its channel: no outlet
        ("青禾日报 王小禾 2030-06-25 09:32", "青禾日报"),
        ("青禾日报 2030-06-25 09:32", "青禾日报"),
        ("青 禾 日 报 2030-06-25 09:32", "青禾日报"),  # every character spaced out: one name
        ("青禾社工 2030年06月25日 09:32", "青禾社工"),  # one account's name, unspaced, stays
    ],
)
def test_spaced_dateline_fields(dateline, outlet):
    assert _sources(DATELINE_TITLE + dateline + DATELINE_REST) == [outlet]


@pytest.mark.parametrize(
    "words, outlet",
    [
        (["王青禾ab", "青禾日报·新青禾客户端"], "青禾日报·新青禾客户端"),
        (["禾苗影视", "国产电影"], None),
        (["青", "禾", "日", "报"], "青禾日报"),
    ],
)
def test_spaced_dateline_outlet(words, outlet):
    assert layout.spaced_dateline_outlet(words) == outlet
