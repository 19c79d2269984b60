"""Round 22 (people, communities, quantities, article titles): the text's writers a credit names
(作者：, 撰稿：, 供稿：) as people like its reporters, kin words after a full name (某某奶奶, 某某阿姨)
as no role, phrases that only look like communities (老年社区, 中国社区, 五型社区, verbs with 社区
as their object: 关心社区, 利用社区, 挖掘社区).

Every sentence and page here is made up (invented places, outlets and people)."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as communities
from contexts import people_and_roles as people
from shequ.api import extract

BODY = "近日，桃源街道青禾社区联合辖区学校开展邻里互助活动，社区书记王大伟说，活动很受欢迎。"
TITLE = "青禾社区邻里互助温暖老人"


def page_people(raw: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for sheet in extract(raw) for p in sheet.people]


# ---------------------------------------------------------------- writers' credits
@pytest.mark.parametrize(
    "credit, expected",
    [
        ("发布时间：2023-05-06 作者：林小雨 赵明远", [("林小雨", "作者"), ("赵明远", "作者")]),
        ("撰稿：周小米、郑大海", [("周小米", "撰稿"), ("郑大海", "撰稿")]),
        ("（供稿：韩梅梅 审核：冯一鸣）", [("韩梅梅", "供稿")]),
    ],
)
def test_round22_writers_credit_names_people(credit, expected):
    raw = f"{TITLE}\n{credit}\n{BODY}\n"
    found = page_people(raw)
    assert [p for p in found if p[0] != "王大伟"] == expected
    assert ("王大伟", "社区书记") in found


@pytest.mark.parametrize(
    "credit",
    [
        "责任编辑：冯一鸣",  # an editor is the paper's staff, no person fact
        "摄影：冯一鸣 审核：钱多多",
    ],
)
def test_round22_editors_credit_names_nobody(credit):
    raw = f"{TITLE}\n{credit}\n{BODY}\n"
    assert page_people(raw) == [("王大伟", "社区书记")]


# ---------------------------------------------------------------- kin words
@pytest.mark.parametrize(
    "text, expected",
    [
        ("退休多年的孙秀英奶奶每天都来活动室练字。", []),
        ("舞蹈队的钱丽华阿姨表示：“大家跳得很开心。”", []),
        ("社区志愿者孙秀英说，活动让她很开心。", [("孙秀英", "社区志愿者")]),
        ("维修队的胡阿虎师傅每周上门服务。", [("胡阿虎", "师傅")]),  # 师傅 stays a role
    ],
)
def test_round22_kin_word_is_no_role(text, expected):
    assert people(text) == expected


# ---------------------------------------------------------------- communities
@pytest.mark.parametrize(
    "text, expected",
    [
        ("他把写好的书法作品挂在老年社区的活动室里。", []),
        ("本次活动由中国社区发展研究会主办。", []),
        ("各地推动五型社区建设，打造三化小区。", []),
        ("号召大家一起关心社区的发展。", []),
        ("青柳社区利用社区阵地开办了图书角。", ["青柳社区"]),
        ("该项目深入挖掘社区故事，办起了社区小报。", []),
        # real names stay
        ("青禾街道团结社区举办邻里节。", ["团结社区"]),
        ("禄化村的村民参加了培训。", ["禄化村"]),
    ],
)
def test_round22_generic_community_phrases(text, expected):
    assert communities(text) == expected


def test_round22_kin_word_gives_way_to_a_stated_role():
    assert people("楼里的蒋玉兰阿姨作为志愿者，每天帮邻居取快递。") == [("蒋玉兰", "志愿者")]


# ---------------------------------------------------------------- titles
def _titles(raw: str) -> list[str]:
    from shequ.articles import split_articles
    from shequ.normalize import normalize

    articles, _ = split_articles(normalize(raw), "page.txt")
    return [a.title for a in articles]


@pytest.mark.parametrize("label", ["导语", "【导语】", "内容提要"])
def test_round22_section_label_is_no_headline_tail(label):
    raw = f"青禾街道召开“邻里守望进社区”工作推进会\n\n{label}\n\n{BODY}\n"
    assert _titles(raw) == ["青禾街道召开“邻里守望进社区”工作推进会"]


def test_round22_short_headline_tail_still_joins():
    raw = f"桃源街道：“三社联动”织密\n社区服务网\n\n{BODY}\n"
    assert _titles(raw) == ["桃源街道：“三社联动”织密社区服务网"]


def test_round22_word_counter_is_no_headline():
    raw = f"当前版:02版\n{TITLE}\n文章字数:512\n{BODY}\n"
    assert _titles(raw) == [TITLE]


# ---------------------------------------------------------------- sources
def test_round22_dateline_after_bare_site_address_names_the_source():
    from shequ import layout

    line = "news.qinghe.cn 2024-03-05 10:20:00来源：青禾新闻网"
    assert [f.value for f in layout.meta_fields(line)] == ["青禾新闻网"]
    assert layout.meta_fields("青禾社区官网是qinghe.cn，欢迎访问") == []


@pytest.mark.parametrize(
    "value, outlet",
    [
        ("青禾新闻网我来说两句", "青禾新闻网"),  # a page tool glued on once the spaces are gone
        ("青禾日报打印本页", "青禾日报"),
        ("今日头条", "今日头条"),  # a short tool word may end an outlet's name
    ],
)
def test_round22_source_value_without_glued_page_tool(value, outlet):
    from shequ import layout

    assert layout.outlet_value(value) == outlet


# ---------------------------------------------------------------- quantities
@pytest.mark.parametrize(
    "text, expected",
    [
        ("桃源街道703所社区召开居民议事会。", []),  # a numbered institute's community: a name
        ("辖区3所学校的师生参加了活动。", ["3所"]),  # schools counted with 所 stay a quantity
    ],
)
def test_round22_numbered_institute_community_is_no_quantity(text, expected):
    from contexts import context_for
    from shequ.extract.quantities import QuantityExtractor

    found = QuantityExtractor()(context_for(QuantityExtractor, text))
    assert [m.attrs["text"] for m in found] == expected
