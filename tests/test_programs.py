"""Named programs: suffix kinds, quoted lists, aliases, operators and the not-a-program filters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shequ.extract.models import ModelExtractor
from shequ.extract.programs import ProgramExtractor, inner_suffix, reject_counted
from shequ.lexicon import read_table
from shequ.mentions import ArticleContext

from contexts import context_for


def make_ctx(text: str, **parties: list[tuple[str, str]]) -> ArticleContext:
    """A context for `text` with models found by the real extractor and the given parties
    (label → [(surface, canonical)], at every occurrence of the surface)."""
    ctx = context_for(ProgramExtractor, text, **parties)
    ctx.mentions["models"] = ModelExtractor().extract(text)
    return ctx


def found(text: str, **parties) -> list[tuple[str, str, str, str, str | None]]:
    """(slice, name, canonical, kind, operator canonical) of every program in `text`."""
    ms = ProgramExtractor()(make_ctx(text, **parties))
    return [(text[m.start : m.end], m.name, m.canonical, m.attrs["kind"], m.attrs["operator"] and m.attrs["operator"].canonical)
            for m in ms]


# Sentences of our own making (not from the corpus): one per suffix kind, lists, aliases.
OWN = [
    ("街道推出“幸福食堂”项目，惠及老人。", [("幸福食堂", "幸福食堂", "幸福食堂", "project", None)]),
    ("社区实施“安居工程”。", [("安居工程", "安居工程", "安居工程", "project", None)]),
    ("团区委启动“青苗计划”。", [("青苗计划", "青苗计划", "青苗计划", "program", None)]),
    ("打造“和美邻里”服务品牌。", [("和美邻里", "和美邻里", "和美邻里", "brand", None)]),
    ("居民组建“银龄守护”志愿服务队。", [("“银龄守护”志愿服务队", "银龄守护志愿服务队", "银龄守护志愿服务队", "team", None)]),
    ("社区开设“四点半课堂”，辅导孩子作业。", [("四点半课堂", "四点半课堂", "四点半课堂", "course", None)]),
    ("小区建成“红色驿站”。", [("红色驿站", "红色驿站", "红色驿站", "station", None)]),
    ("成立“老娘舅”调解工作室。", [("“老娘舅”调解工作室", "老娘舅调解工作室", "老娘舅调解工作室", "station", None)]),
    ("搭建“邻里帮”线上服务平台。", [("邻里帮", "邻里帮", "邻里帮", "platform", None)]),
    ("居民可以使用“社区通”APP报修。", [("社区通", "社区通", "社区通", "app", None)]),
    ("街道启动“护苗行动”。", [("护苗行动", "护苗行动", "护苗行动", "activity", None)]),
    ("社区举办“百家宴”。", [("百家宴", "百家宴", "百家宴", "activity", None)]),
    (
        "孵化“书香”“暖阳”“同心”等5支志愿服务队伍。",
        [
            ("书香", "书香", "书香", "team", None),
            ("暖阳", "暖阳", "暖阳", "team", None),
            ("同心", "同心", "同心", "team", None),
        ],
    ),
    (
        "开展“爱心理发”、“法律明白”等志愿服务活动。",
        [("爱心理发", "爱心理发", "爱心理发", "activity", None), ("法律明白", "法律明白", "法律明白", "activity", None)],
    ),
    ("村里有一支“小红帽”志愿服务队。", [("“小红帽”志愿服务队", "小红帽志愿服务队", "小红帽志愿服务队", "team", None)]),
    (
        "“小红帽”志愿服务队成立于2020年。如今，“小红帽”已有200名队员。",
        [
            ("“小红帽”志愿服务队", "小红帽志愿服务队", "小红帽志愿服务队", "team", None),
            ("小红帽", "小红帽", "小红帽志愿服务队", "team", None),
        ],
    ),
    (
        "桃源社区组建“银杏”志愿服务队，服务独居老人。",
        [("“银杏”志愿服务队", "银杏志愿服务队", "银杏志愿服务队", "team", "桃源社区")],
    ),
    ("社区打造“四点半课堂”服务模式。", [("四点半课堂", "四点半课堂", "四点半课堂", "course", None)]),
    ("老人们来到爱心驿站歇脚。", [("爱心驿站", "爱心驿站", "爱心驿站", "station", None)]),
]

# Sentences of our own making that hold no program: slogans, awards, venues, metaphors, counts.
OWN_EMPTY = [
    "社区致力于“让群众少跑腿”。",
    "以“一老一小”为服务重点。",
    "社区获评“五星志愿服务站”。",
    "居民在“幸福广场”跳舞。",
    "以社工为“参谋团”，精准对接需求。",
    "辖区共有12个“爱心驿站”。",
    "他说：“这个项目很好，大家都满意。”",
    "街道荣获“全国和谐社区建设示范项目”称号。",
    "社区推行“社工+志愿”服务平台。",  # a model formula, not a program
    "推动服务从“单兵作战”向“协同共治”转变。",
]

# Real sentences from the seed clippings (cleaned), with the exact expected programs.
CORPUS = [
    (
        "此外，新港山路社区先后培育了“候鸟有家”外来人员社区融合项目、“小哥友好型”新就业群体关爱项目。",
        [
            ("候鸟有家", "候鸟有家", "候鸟有家", "project", None),
            ("小哥友好型", "小哥友好型", "小哥友好型", "project", None),
        ],
    ),
    (
        "孵化培育“金点子”“有事找芳姐”志愿服务品牌70个，组建志愿服务队334支。",
        [("金点子", "金点子", "金点子", "brand", None), ("有事找芳姐", "有事找芳姐", "有事找芳姐", "brand", None)],
    ),
    (
        "石景山海特花园第三社区组建“心屿计划”心理健康志愿服务队，专业社工联合公益机构“十方缘”的专家。",
        [("心屿计划", "心屿计划", "心屿计划", "program", "海特花园第三社区")],
    ),
    (
        "目前，已有103名社区工作者取得专业社工资格证，占比75%，更评选出5个“优秀社会组织”、5个“优秀社工室”、10名“优秀社会工作者”。",
        [],
    ),
    ("致力于“服务更多人，温暖一座城”。", []),
    (
        "在快递员送件时发现问题，用社区线上平台“随手拍”上报，在“微任务”系统登记。",
        [],
    ),
    (
        "快递小哥、外卖员组建“樾新”红骑兵志愿服务队，网约车司机成立“樾行”学雷锋志愿服务车队。",
        [
            ("“樾新”红骑兵志愿服务队", "樾新红骑兵志愿服务队", "樾新红骑兵志愿服务队", "team", None),
            ("“樾行”学雷锋志愿服务车队", "樾行学雷锋志愿服务车队", "樾行学雷锋志愿服务车队", "team", None),
        ],
    ),
    (
        "胜稼村幸福工坊钩花项目通过帮助辖区失地妇女掌握钩花制作技巧，开展编织技艺培训35场。",
        [("胜稼村幸福工坊钩花项目", "胜稼村幸福工坊钩花项目", "胜稼村幸福工坊钩花项目", "project", None)],
    ),
    ("积极搭建“双报到”平台，引导在职党员注册成为社区志愿者。", []),
    ("下一步，新港山路社区将打造首个“自我创业”型党群服务中心。", []),
]


@pytest.mark.parametrize("text,expected", OWN + CORPUS, ids=lambda v: v if isinstance(v, str) else None)
def test_programs_found_with_exact_span_name_kind_and_operator(text, expected):
    parties = {"communities": [(c, c) for c in ("桃源社区", "海特花园第三社区") if c in text]}
    assert found(text, **parties) == expected


@pytest.mark.parametrize("text", OWN_EMPTY)
def test_programs_not_found_in_slogans_awards_venues_and_metaphors(text):
    assert found(text) == []


def test_programs_operator_comes_from_the_organization_before_the_verb():
    text = "杨金泉纠纷调解服务中心开展的“和事佬”调解项目，成功率98%。"
    assert found(text, organizations=[("杨金泉纠纷调解服务中心", "杨金泉纠纷调解服务中心")]) == [
        ("和事佬", "和事佬", "和事佬", "project", "杨金泉纠纷调解服务中心")
    ]


def test_programs_no_operator_without_an_operator_verb():
    text = "桃源社区的“银杏”志愿服务队很活跃。"
    assert found(text, communities=[("桃源社区", "桃源社区")])[0][4] is None


def test_programs_headline_metaphor_is_dropped_everywhere():
    text = "“智多团”搭台暖社区\n以专业社工为“智多团”精准对接需求。"
    assert found(text) == []


def test_programs_quoted_organization_is_not_a_program():
    text = "依托“一家亲”志愿服务队联盟开展活动。"
    assert found(text, organizations=[("“一家亲”志愿服务队联盟", "一家亲志愿服务队联盟")]) == []


def test_programs_descriptor_with_a_verb_is_a_clause():
    assert found("联合“233网校”搭建线上学习平台。") == []


def test_programs_inner_suffix_needs_a_name_before_it():
    assert inner_suffix("心屿计划").kind == "program"
    assert inner_suffix("计划") is None
    assert inner_suffix("邻里节").kind == "activity"


def test_programs_counted_category_but_not_the_indefinite_yi():
    assert reject_counted("共有8个", 5)
    assert not reject_counted("有一支", 3)


def test_programs_suffix_table_kinds_are_the_schema_kinds():
    kinds = {row["kind"] for row in read_table("program_suffixes.tsv")}
    assert kinds <= {"project", "program", "brand", "team", "station", "platform", "app", "course", "activity", "other"}


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="“”‘’“”志愿服务队项目计划品牌课堂驿站平台APP等、的为社区小红帽\n，。", max_size=60))
def test_programs_spans_in_bounds_and_never_cross_a_line(text):
    for m in ProgramExtractor()(make_ctx(text)):
        assert 0 <= m.start < m.end <= len(text)
        assert "\n" not in text[m.start : m.end]
        assert not any(q in m.name for q in "“”‘’")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A quoted name, a short descriptor, then 站: the whole phrase names the station.
        ("社区在广场设立“红色管家”便民服务站，方便居民。", [("红色管家便民服务站", "station")]),
        # A quoted name, a descriptor, then 培训: a named training activity.
        ("街道组织“平安到家”消防培训，居民踊跃参加。", [("平安到家", "activity")]),
        ("我们在火车站迎接返乡的旅客。", []),
    ],
)
def test_station_and_training_suffixes(sentence, expected):
    from shequ.clipping import analyze_text

    ctx = analyze_text(sentence)
    assert [(m.name or ctx.text[m.start : m.end], m.attrs["kind"]) for m in ctx.found("programs")] == expected


def test_quoted_service_adjective_is_not_a_program():
    from shequ.clipping import analyze_text

    assert analyze_text("他说“一站式”服务很方便，“零距离”服务暖人心。").found("programs") == []
