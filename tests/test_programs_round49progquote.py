"""Programs: quoted names closed by a count of a venue's or fair's sections (“甲”“乙”三大特色区域) name one
section each; a quoted N个一 formula names a program when 工程 ends it or a program word follows it, and
stays a model alone or before 工作法. Round 49progquote. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names, programs_and_kinds as programs


SECTIONS = [
    (
        "zones",
        "义诊现场设有“桃溪问诊”“桃溪茶座”“桃溪手工坊”三大特色区域。",
        [("桃溪问诊", "program"), ("桃溪茶座", "program"), ("桃溪手工坊", "station")],
    ),
    (
        "stalls_with_deng",
        "市集设置了“青禾剪发”“青禾修车”等四大摊位，吸引居民参与。",
        [("青禾剪发", "program"), ("青禾修车", "program")],
    ),
    (
        "functions",
        "中心依托“柳岸倾听”“柳岸护航”“柳岸树洞”六大功能，服务辖区青少年。",
        [("柳岸倾听", "program"), ("柳岸护航", "program"), ("柳岸树洞", "program")],
    ),
]

SECTIONS_EMPTY = [
    ("ideas", "服务站围绕“可信”“可爱”“可敬”三大理念开展工作。"),
    ("site_zones", "活动现场分为“松风健康”“松风运动”两大主题片区。"),
    ("function_goal", "中心突出“松风倾听”“松风护航”两大功能定位。"),
]


@pytest.mark.parametrize("label,text,expected", SECTIONS, ids=[c[0] for c in SECTIONS])
def test_quotes_closed_by_sections_name_each_section(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", SECTIONS_EMPTY, ids=[c[0] for c in SECTIONS_EMPTY])
def test_quotes_closed_by_ideas_or_site_zones_name_nothing(label, text):
    assert programs(text) == []


COUNTED_ONES = [
    ("service_after", "桃源社区精心打造了“三个一”特色志愿服务。", [("三个一", "program")]),
    ("activity_after_de", "律所在社区开展“五个一”贴心实用的邻里互助活动。", [("五个一", "activity")]),
    ("project_in_quote", "青禾社区实施“四个一工程”，服务独居老人。", [("四个一工程", "project")]),
]


@pytest.mark.parametrize("label,text,expected", COUNTED_ONES, ids=[c[0] for c in COUNTED_ONES])
def test_counted_ones_with_program_word_is_program(label, text, expected):
    assert programs(text) == expected
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text,model",
    [("青禾社区做到了“五个一”，居民满意。", "五个一"), ("青禾社区形成“三个一”工作法。", "三个一"), ("青禾社区推出“三个一”服务机制。", "三个一")],
)
def test_counted_ones_alone_or_method_stays_model(text, model):
    assert programs(text) == []
    assert model_names(text) == [model]
