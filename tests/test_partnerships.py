"""Partnerships: relation words linking named parties; co-occurrence alone is not enough."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor, same_unit
from shequ.lexicon import read_table
from shequ.mentions import ArticleContext, Party

from contexts import context_for


def make_ctx(text: str, parties: dict[str, list[str | tuple[str, str]]], people=()) -> ArticleContext:
    """A context whose earlier mentions are set by hand: label → surfaces (or (surface,
    canonical)); every occurrence of a surface becomes a mention. `people`: (name, the
    community the person speaks for)."""
    people = [(name, name, {"affiliation": Party("communities", unit)}) for name, unit in people]
    return context_for(PartnershipExtractor, text, people=people, **parties)


def summary(text: str, ms) -> list[tuple[str, str, str, str]]:
    """(a, b, relation, span slice) of every partnership (parties by canonical)."""
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"], text[m.start : m.end]) for m in ms]


def pairs(text: str, parties, people=()) -> list[tuple[str, str, str, str]]:
    return summary(text, PartnershipExtractor()(make_ctx(text, parties, people)))


ORGS = ["滨江区民政局", "阳光社工服务中心", "益友公益协会", "启明学校", "宜兴市慈善联合会"]

# Sentences of our own making (not from the corpus).
OWN = [
    (
        "滨江区民政局携手阳光社工服务中心、益友公益协会、启明学校开展培训。",
        {"organizations": ORGS},
        [
            ("滨江区民政局", "阳光社工服务中心", "携手", "滨江区民政局携手阳光社工服务中心"),
            ("滨江区民政局", "益友公益协会", "携手", "滨江区民政局携手阳光社工服务中心、益友公益协会"),
            ("滨江区民政局", "启明学校", "携手", "滨江区民政局携手阳光社工服务中心、益友公益协会、启明学校"),
        ],
    ),
    (
        "阳光社工服务中心正式入驻桃源社区。",
        {"organizations": ORGS, "communities": ["桃源社区"]},
        [("阳光社工服务中心", "桃源社区", "入驻", "阳光社工服务中心正式入驻桃源社区")],
    ),
    (
        "桃源社区与益友公益协会签约。",
        {"organizations": ORGS, "communities": ["桃源社区"]},
        [("桃源社区", "益友公益协会", "签约", "桃源社区与益友公益协会")],
    ),
    (
        "“乐龄”APP是桃源社区引进的智慧养老平台。",
        {"programs": [("乐龄", "乐龄")], "communities": ["桃源社区"]},
        [("桃源社区", "乐龄", "引进", "乐龄”APP是桃源社区")],
    ),
    (
        "在益友公益协会的支持下，乐龄课堂顺利开班。",
        {"organizations": ORGS, "programs": ["乐龄课堂"]},
        [("益友公益协会", "乐龄课堂", "支持", "益友公益协会的支持下，乐龄课堂")],
    ),
    (
        "启明学校为“小红帽”志愿服务队提供急救培训。",
        {"organizations": ORGS, "programs": [("“小红帽”志愿服务队", "小红帽志愿服务队")]},
        [("启明学校", "小红帽志愿服务队", "培训", "启明学校为“小红帽”志愿服务队")],
    ),
    (
        "2023年，桃源社区积极整合资源，联合益友公益协会开展助老服务。",
        {"organizations": ORGS, "communities": ["桃源社区"]},
        [("桃源社区", "益友公益协会", "联合", "桃源社区积极整合资源，联合益友公益协会")],
    ),
    (
        "阳光社工服务中心成立于2015年。在中心的指导下，益友公益协会开展了多场活动。",
        {"organizations": ORGS},
        [("阳光社工服务中心", "益友公益协会", "指导", "中心的指导下，益友公益协会")],
    ),
    (
        "书记王芳说，与益友公益协会的合作让服务更专业。",
        {"organizations": ORGS},
        [("桃源社区", "益友公益协会", "合作", "王芳说，与益友公益协会")],
    ),
]

# A support word used as a verb.
OWN += [
    (
        "启明学校指导益友公益协会开展助老服务。",
        {"organizations": ORGS},
        [("启明学校", "益友公益协会", "指导", "启明学校指导益友公益协会")],
    ),
]

# The subject is a place or an unnamed unit: only the pairs the sentence really states.
OWN += [
    (
        "此外，街道引进阳光社工服务中心入驻桃源社区，与益友公益协会签约开展急救培训。",
        {"organizations": ORGS, "communities": ["桃源社区"]},
        [("阳光社工服务中心", "桃源社区", "入驻", "阳光社工服务中心入驻桃源社区")],
    ),
    (
        "滨江区组织社区工作者参加“暖心学堂”，联合益友公益协会开设网课。",
        {"organizations": ORGS, "programs": ["暖心学堂"], "places": ["滨江区"]},
        [("暖心学堂", "益友公益协会", "联合", "暖心学堂”，联合益友公益协会")],
    ),
]

# Sentences of our own making with named parties but no partnership.
OWN_EMPTY = [
    ("滨江区民政局和阳光社工服务中心的负责人出席了会议。", {"organizations": ORGS}),  # co-occurrence
    ("宜兴市慈善联合会组织志愿者开展活动，启明学校派学生参加。", {"organizations": ORGS}),  # 联合 inside a name
    ("桃源社区党委联合桃源社区开展活动。", {"organizations": ["桃源社区党委"], "communities": ["桃源社区"]}),  # own unit
    ("启明学校联合辖区商户开展义卖。", {"organizations": ORGS}),  # partner not named
    ("桃源社区依托“邻里节”开展活动。", {"communities": ["桃源社区"], "programs": ["邻里节"]}),  # 依托 not used
    ("滨江区民政局联合多部门。\n阳光社工服务中心参加。", {"organizations": ORGS}),  # never across a line
]

# Real sentences from the seed clippings (cleaned), with parties set as the other extractors find them.
CORPUS = [
    (
        "民族巷社区党委联合中卫市司法局共同创建法治抖音直播间，在线解答法律疑问。",
        {"organizations": ["民族巷社区党委", "中卫市司法局"]},
        [("民族巷社区党委", "中卫市司法局", "联合", "民族巷社区党委联合中卫市司法局")],
    ),
    (
        "罗新所在的宜宾市酒都义工联合会就入驻在叙州区金鱼社区，这里有宜宾叙州社会组织培育服务中心，已经入驻了14家社会组织。",
        {"organizations": ["宜宾市酒都义工联合会", "宜宾叙州社会组织培育服务中心"], "communities": ["金鱼社区"], "places": ["叙州区"]},
        [("宜宾市酒都义工联合会", "金鱼社区", "入驻", "宜宾市酒都义工联合会就入驻在叙州区金鱼社区")],
    ),
    (
        "北京市凉水河管理处等单位为“凉小鸭”志愿团队提供指导和工作支持，让巡河护河规范有序。",
        {"organizations": ["北京市凉水河管理处"], "programs": [("“凉小鸭”志愿团队", "凉小鸭志愿服务队")]},
        [("北京市凉水河管理处", "凉小鸭志愿服务队", "指导", "北京市凉水河管理处等单位为“凉小鸭”志愿团队")],
    ),
    (
        "2024年，延庆区社会工作指导中心积极贯彻市级相关政策和文件精神，在“妫途暖心”小哥码服务基础上，联合本土资深社工人才组建社会工作疑难案例协商小组，召集康庄镇社会工作服务中心及社工机构，对新就业群体深化服务进行研讨。",
        {"organizations": ["延庆区社会工作指导中心", "康庄镇社会工作服务中心"], "programs": ["妫途暖心"]},
        [
            (
                "延庆区社会工作指导中心",
                "康庄镇社会工作服务中心",
                "召集",
                "延庆区社会工作指导中心积极贯彻市级相关政策和文件精神，在“妫途暖心”小哥码服务基础上，联合本土资深社工人才组建社会工作疑难案例协商小组，召集康庄镇社会工作服务中心",
            )
        ],
    ),
    (
        "文昌镇组织200余名社区工作者参与“社工夜校”暨全国社会工作职业资格考试培训班，联合“233网校”搭建线上学习平台，提供社会工作理论等系统化课程。",
        {"organizations": ["“233网校”"], "programs": ["社工夜校"], "places": ["文昌镇"]},
        [("社工夜校", "“233网校”", "联合", "社工夜校”暨全国社会工作职业资格考试培训班，联合“233网校”")],
    ),
    (
        "社区专业社工团队用3个月走遍15个网格，很快联动共建单位建起“暖心驿站”。",
        {"programs": ["暖心驿站"]},
        [],
    ),
]


def _run(text, parties, people=()):
    return pairs(text, parties, people)


@pytest.mark.parametrize("text,parties,expected", OWN + CORPUS, ids=lambda v: v if isinstance(v, str) else None)
def test_partnerships_found_with_parties_relation_and_span(text, parties, expected):
    people = [("王芳", "桃源社区")] if "王芳" in text else ()
    assert _run(text, dict(parties), people) == expected


@pytest.mark.parametrize("text,parties", OWN_EMPTY)
def test_partnerships_not_found_from_co_occurrence_or_own_units(text, parties):
    assert pairs(text, parties) == []


def test_partnerships_canonical_is_the_sorted_pair_and_name_is_empty():
    text = "启明学校联合滨江区民政局开展培训。"
    (m,) = PartnershipExtractor()(make_ctx(text, {"organizations": ORGS}))
    assert m.canonical == "启明学校|滨江区民政局" and m.name == ""
    assert m.attrs == {"a": Party("organizations", "启明学校"), "b": Party("organizations", "滨江区民政局"), "relation": "联合"}
    assert "\n" not in text[m.start : m.end]


def test_partnerships_same_unit():
    assert same_unit("开阳里第四社区", "开阳里第四社区党委")
    assert not same_unit("金鱼社区", "宜宾市酒都义工联合会")


def test_partnerships_relation_table_lists_every_issue_word():
    words = {row["relation"] for row in read_table("partnership_relations.txt")}
    issue_words = {"联合", "联动", "携手", "引入", "引进", "入驻", "共建", "结对", "链接", "合作", "签约", "对接", "召集", "依托"}
    assert issue_words <= words


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A street office or town written in full acts when no organization is the subject.
        ("黄河路街道还携手郑州大学、郑州市金水区红十字会开展应急培训。",
         [("黄河路街道", "郑州大学", "携手"), ("黄河路街道", "郑州市金水区红十字会", "携手")]),
        ("郑州市金水区黄河路街道联合郑州大学开展培训。", [("黄河路街道", "郑州大学", "联合")]),
        # No partner named: nothing.
        ("黄河路街道组织居民开展活动。", []),
    ],
)
def test_street_office_as_the_acting_party(sentence, expected):
    from shequ.clipping import analyze_text

    ctx = analyze_text(sentence)
    assert [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in ctx.found("partnerships")] == expected
