"""Round 54 (junk54b): junk shapes seen in bulk, removed by general rules, with look-alikes that
keep their fact.

Sources and titles: a 来源 value the clean text glued to the next label (来源：某某发布 时间：… read
as 某某 + 发布时间), a site's praising slogan over the page (最…的某某新闻), a 来源： label whose value
stands on the next line, and a photo caption closed by its photographer's credit on the first line.
Organizations: a list item glued to the verb that closes the list (…、办事处主办), 中心 read as
"central" before a feature of the grounds (某花园中心湖广场), an item of a quoted slogan list.
Models: a plain two-character quoted word (“快进”模式) and a quoted sentence the calling words
praise as a state reached (“…，…，…”的良好…格局).

Every sentence here is made up (invented places, outlets and people)."""

from __future__ import annotations

import pytest

import shequ
from contexts import model_names, organizations_found as organizations

LEDE = "青禾区志愿者李明将居民的问题一一记录，并反映给相关部门，推动问题解决。"


def _title_and_source(text: str) -> tuple[str, str | None]:
    sheet = shequ.extract(text)[0]
    return sheet.title, sheet.source


@pytest.mark.parametrize(
    "text, expected",
    [
        # the page had a space between the account's name and 时间: 发布 ends the value
        ("青禾区志愿者照亮社区\n\n来源:青禾发布 时间:2021-03-16 14:05 字号:\n\n" + LEDE, ("青禾区志愿者照亮社区", "青禾发布")),
        # a real 发布时间 label after an outlet stays a label
        ("青禾区志愿者照亮社区\n\n来源:青禾日报 发布时间:2021-03-16 14:05\n\n" + LEDE, ("青禾区志愿者照亮社区", "青禾日报")),
    ],
)
def test_junk54b_label_head_after_a_gap_ends_the_value(text, expected):
    assert _title_and_source(text) == expected


@pytest.mark.parametrize(
    "dateline, source",
    [
        ("", None),
        # the page's 来源 line names the outlet, the slogan above it does not outrank it
        ("来源:青禾日报 2023-11-08\n\n", "青禾日报"),
    ],
)
def test_junk54b_praising_slogan_line_is_no_source(dateline, source):
    text = "最权威及时的青禾综合新闻\n安装青禾+客户端\n\n翠柳社区探索网格管理新办法\n\n" + dateline + LEDE
    assert _title_and_source(text) == ("翠柳社区探索网格管理新办法", source)


def test_junk54b_outlet_line_over_the_headline_stays_the_source():
    text = "青禾日报\n翠柳社区探索网格管理新办法激活基层治理\n\n" + LEDE
    assert _title_and_source(text) == ("翠柳社区探索网格管理新办法激活基层治理", "青禾日报")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the value of an empty 来源： label stands on the next line: the source, not a title
        ("发布时间:\n浏览量:\n57464\n来源:\n天下侨胞资讯\n" + LEDE, ("", "天下侨胞资讯")),
        # a 来源 line with its value on the same line keeps the headline above it
        ("翠柳社区探索网格管理新办法\n来源:青禾日报\n" + LEDE, ("翠柳社区探索网格管理新办法", "青禾日报")),
    ],
)
def test_junk54b_value_under_an_empty_source_label(text, expected):
    assert _title_and_source(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a caption with its photographer's credit on the first line: no headline stood there
        ("\n图为翠柳社区志愿者在楼道里张贴防诈骗海报。 张小明 摄\n" + LEDE + "\n李明是翠柳社区的一名志愿者。\n", ""),
        # a real headline on the first line stays
        ("翠柳社区志愿者守护居民健康\n" + LEDE + "\n李明是翠柳社区的一名志愿者。\n", "翠柳社区志愿者守护居民健康"),
    ],
)
def test_junk54b_credited_caption_is_no_title(text, expected):
    assert _title_and_source(text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the list's last item glued to the verb closing the list
        ("本次活动由青禾区委社会工作部、青禾街道党工委、办事处主办。", ["青禾区委社会工作部", "青禾街道党工委"]),
        ("活动由青禾区民政局、翠柳街道办事处承办。", ["青禾区民政局", "翠柳街道办事处"]),
        # bare offices as whole list items stay
        ("青禾区委组织部、宣传部、政法办、信访办协办。", ["青禾区委组织部", "宣传部", "政法办", "信访办"]),
        # a real centre at the end of a list stays
        ("活动由青禾区民政局、青禾社工服务中心主办。", ["青禾区民政局", "青禾社工服务中心"]),
    ],
)
def test_junk54b_list_item_glued_to_its_verb(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 中心 as "central": a square by the estate's central lake
        ("活动在青禾县明月花园中心湖广场举办。", []),
        # a centre named and acting stays
        ("青禾县社会工作服务中心在中心广场组织活动。", ["青禾县社会工作服务中心"]),
    ],
)
def test_junk54b_central_lake_is_no_centre(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an item of a quoted slogan list
        ("社区推进“智慧党建、智慧养老、智慧停车、智慧公司”建设。", []),
        # an unquoted list keeps its company
        ("青禾区民政局、青禾翠柳物业公司共同参与。", ["青禾区民政局", "青禾翠柳物业公司"]),
    ],
)
def test_junk54b_item_of_a_quoted_list_is_no_company(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("翠柳街道各社区开启“加速”模式，加快服务进度。", []),
        # a numeric two-character abbreviation and a coined quoted model stay
        ("翠柳社区推行“三联”工作法。", ["三联"]),
        ("翠柳社区探索“楼道议事”模式。", ["楼道议事"]),
    ],
)
def test_junk54b_plain_two_character_word_is_no_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("形成了“居民乐于参与，全民联防联治，合力守护一方安宁”的良好社会治理格局。", []),
        # a formula of clauses the text calls plainly stays
        ("逐步形成“一核统领，四化协同”的基层治理格局。", ["一核统领，四化协同"]),
    ],
)
def test_junk54b_praised_sentence_is_no_model(text, expected):
    assert model_names(text) == expected
