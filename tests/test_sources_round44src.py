"""Round 44 (src): outlets a byline or a 作者 field names without an outlet's usual shape.

1. A byline line under the headline whose brand has no outlet's ending (某某记者 张三): the brand is
   the source when the page names no other outlet; not 本报, 融媒体 or a menu word.
2. An app and its paper joined by an ampersand before a reporter's title (某某&某某晚报记者): the paper.
3. A 作者 field naming an outlet (作者：某某区融媒体中心, 作者：某某&某某晚报 ⏎ 记者 张三).

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from contexts import article_sources as _sources

BODY = (
    "桃源社区近日在活动中心开设邻里食堂，每天为辖区六十多位独居老人送上热饭。"
    "社区书记李青青说，食堂由志愿者轮流值守，菜单每周更新一次。\n"
)


@pytest.mark.parametrize(
    "line, brand",
    [
        ("禾风记者 王小明 通讯员 李青", "禾风"),
        ("青禾观察记者 赵大海", "青禾观察"),
        ("本报记者 王小明", None),
        ("融媒体记者 王小明", None),
        ("新闻记者 王小明", None),
        ("记者 王小明 通讯员 李青", None),
        ("晚报记者 王小明", None),
        ("青禾日报记者 王小明", None),  # an outlet's name proper: `byline_outlet` reads it
    ],
)
def test_bare_byline_brand(line, brand):
    found = layout.bare_byline_outlet(line.replace(" ", "")) if not layout.byline_outlet(line.replace(" ", "")) else None
    assert found == brand


def test_byline_brand_is_the_source_of_a_page_naming_no_outlet():
    text = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n禾风记者 王小明 通讯员 李青\n2021-03-05 10:12\n\n" + BODY
    assert _sources(text) == ["禾风"]


def test_byline_brand_yields_to_a_named_outlet():
    text = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n禾风记者 王小明\n来源：青禾晚报\n\n" + BODY
    assert _sources(text) == ["青禾晚报"]


def test_ampersand_joined_app_and_paper_credit_the_paper():
    assert layout.byline_outlet("禾风&青禾晚报记者王小明") == "青禾晚报"


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("作者：禾川区融媒体中心", "禾川区融媒体中心"),
        ("（作者：禾风&青禾晚报", "青禾晚报"),
        ("作者：青禾商报记者", "青禾商报"),
        ("作者：王小明", None),
        ("作者：桃源社区", None),
    ],
)
def test_writer_field_outlet(line, outlet):
    assert layout.writer_outlet(line) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("发表时间：2023-06-02 08:15来源：青禾时报在禾川河畔的老街上，居民们", "青禾时报"),
        ("来源：青禾晚报入冬以来，桃源社区组织志愿者上门", "青禾晚报"),
        ("2023-06-02 08:15:09·www.example.com·来源：禾风周末", "禾风周末"),
        ("资金来源：区财政拨付，共计10万元", None),
        ("近日，来源：桃源社区的志愿者走进", None),
    ],
)
def test_source_label_run_into_a_paragraph(line, outlet):
    assert layout.fused_source_outlet(line) == outlet


def test_fused_source_label_is_the_source_of_the_article():
    text = "桃源社区开设邻里食堂\n发表时间：2023-06-02 08:15来源：青禾时报 " + BODY
    assert _sources(text) == ["青禾时报"]
