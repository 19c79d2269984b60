"""Round 60 p1: junk shapes read in a bulk sample of real articles, removed by general rules —
the rest of a division's name or a joining word between a place and a community's head, a time
span's 前/后 and the words of holding a post before a name, a count or a manner adverb opening an
organization, the scope words of a level, a pronoun glued before a role, a counted title before a
verb jieba reads as a name, and e-paper or site furniture over the headline. Each with look-alikes
that keep their fact. Sentences and names are invented."""

import pytest

from contexts import fact_names

from shequ.api import extract

# A second paragraph, so that a one-sentence text is read as an article body.
BODY = "\n记者了解到，这项工作还将在更多地方推开，让更多居民受益。"


def people(text: str) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.role) for sheet in extract(text) for p in sheet.people)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rest of a county's name after its short form: no piece of the community's name
        ("在玉屏自治县青穗社区柳荫小区的活动室里，阿姨们正在排练。", ["柳荫小区", "青穗社区"]),
        # the district's 区 of a word jieba reads whole, after the gazetteer's short form
        ("长沙市岳麓区各街道都有品牌。每天傍晚，岳麓区火车站社区的广播按时播出。", ["火车站社区"]),
        # a joining word between a street's office and the community
        ("动工之前，白沙街道办联合青枫坡社区、业委会挨户听取建议。", ["青枫坡社区"]),
        # a time span and its 前: the time the clause opens with
        ("30多年前青松社区还是一片菜地，如今青松社区楼房林立。", ["青松社区"]),
        ("两年前锦华村修通了公路。", ["锦华村"]),
        # the word of holding a post at some time before the body's village
        ("时任后山村村委会委员张明回忆，那条路修了三年。", ["后山村"]),
    ],
)
def test_communities_junk_prefix_cut(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "communities") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # look-alikes: a place and a proper stem, 前 opening a name
        ("青禾街道团结社区组织居民开展义诊。", ["团结社区"]),
        ("两年前，前湾社区的志愿者来到公园清理垃圾。", ["前湾社区"]),
    ],
)
def test_communities_look_alikes_kept(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "communities") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count and its measure word opening the stem: units counted, none named
        ("定下1套楼栋党支部和业委会一起商量的办法。", []),
        # a manner adverb's verb (jieba's noun) before a body of a kind
        ("还将不断总结镇街社工站的管理做法。", []),
        # the scope word of a level before a centre of a kind
        ("合作名单里有街域养老服务中心和几家药店。", []),
        ("合作名单里有县域养老服务中心和几家药店。", []),
    ],
)
def test_organizations_junk_dropped(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "organizations") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # look-alikes: a brand opening with a numeral, a body after an adverb that is no manner adverb
        ("一家亲服务中心今天正式开业。", ["一家亲服务中心"]),
        ("积极支持青禾社会工作服务中心的工作。", ["青禾社会工作服务中心"]),
        ("全面推进共同富裕服务中心建设。", ["共同富裕服务中心"]),
        # a manner adverb after a name word: a set phrase of the name
        ("青禾省委全面深化改革委员会印发了通知。", ["青禾省委全面深化改革委员会"]),
    ],
)
def test_organizations_look_alikes_kept(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "organizations") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun jieba glues to 同 "together with" is no part of the role
        ("他同居委会主任王丽华一道去看望了孤寡老人。", [("王丽华", "居委会主任")]),
        ("她和居委会主任王丽华一道去看望了孤寡老人。", [("王丽华", "居委会主任")]),
        # a counted title is many people: the verb after it is no name
        ("全镇5位乡贤荣登光荣榜。", []),
        ("青石仨乡贤荣登光荣榜。", []),
        # one person after a title counted as one
        ("一位志愿者王刚说，这件事很有意义。", [("王刚", "志愿者")]),
    ],
)
def test_people_junk_roles_and_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text + BODY) == expected


@pytest.mark.parametrize(
    "page, title",
    [
        # a site's titles of itself above the breadcrumb
        ("某省新闻网站 某某晨报官网\n当前位置:某某网>新闻>正文\n\n楼道亮了 心里暖了\n\n",
         "楼道亮了心里暖了"),
        # an e-paper reader's menu line with a date
        ("2024年3月8日 星期 版面导航 首页|某某日报\n上一篇 下一篇\n\n旧楼加装了电梯\n\n",
         "旧楼加装了电梯"),
        # the page's name above the first headline
        ("本周青少年科普版\n\n青禾社区：一碗热饭暖人心\n\n", "青禾社区：一碗热饭暖人心"),
    ],
)
def test_titles_skip_page_furniture(page: str, title: str) -> None:
    text = page + "青禾社区的长者饭堂开了五年，附近的老人常来这里吃午饭。" + BODY
    assert [sheet.title for sheet in extract(text)] == [title]


def test_titles_keep_headline_ending_in_version() -> None:
    text = "打造基层治理升级版\n\n青禾社区的长者饭堂开了五年，附近的老人常来这里吃午饭。" + BODY
    assert [sheet.title for sheet in extract(text)] == ["打造基层治理升级版"]
