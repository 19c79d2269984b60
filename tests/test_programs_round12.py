"""Programs: name shapes from accuracy round 12 — a two-part quoted activity name right after an
activity verb with no program word after it (开展“…·…”宣讲, 一场名为“…，…”的主题活动), the other
items of a list of unquoted team names when at least half of them are named teams, and quotes of
three or more items joined by 、, which enumerate and name nothing; and the models 三所联动,
三所联调 and 两所联动 (lexicons/models.tsv). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names as models
from contexts import programs_and_kinds as programs
from shequ.extract.programs import activity_object, reject_enumeration


TWO_PART_ACTIVITIES = [
    # a two-part quote after 开展 names the activity, whatever word follows the closing quote
    ("dot_then_talk", "青柳社区志愿者开展“护苗同心·平安同路”宣讲，提醒家长看好孩子。",
     [("护苗同心·平安同路", "activity")]),
    ("dot_then_publicity", "志愿者开展“节水护河·绿色同行”宣传，发放手册二百份。",
     [("节水护河·绿色同行", "activity")]),
    # 了 after the verb; a long descriptor ending in 行动 after the quote
    ("comma_then_campaign", "桂园社区和几家商户一起开展了“邻里相助，冬日有暖”桂园社区爱心送菜行动。",
     [("邻里相助，冬日有暖", "activity")]),
    # 名为 names the activity even when 的 follows the quote
    ("named_as", "一场名为“端午粽香，邻里同乐”的主题活动在荷塘村文化广场举行。",
     [("端午粽香，邻里同乐", "activity")]),
    # two parts of four characters or more joined by 、 are one name too
    ("long_parts_listed", "两家支部共同开展“支部携手共建、同创和美家园”志愿活动，清理楼道杂物。",
     [("支部携手共建、同创和美家园", "activity")]),
]

NOT_ACTIVITIES = [
    # a one-part quote after 开展 with no program word after it: a slogan, as before
    ("one_part", "社区开展“扫黑除恶”宣传，张贴海报三十张。"),
    # a two-part quote after another verb: a tenet or a result, not an activity held
    ("tenet", "调解员秉持“用心倾听，用情化解”的服务宗旨，每周坐班三天。"),
    ("result", "社区治理实现“小事不出楼，大事不出村”，居民点赞。"),
]


@pytest.mark.parametrize("name, text, expected", TWO_PART_ACTIVITIES, ids=[row[0] for row in TWO_PART_ACTIVITIES])
def test_two_part_quote_after_an_activity_verb_is_an_activity(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NOT_ACTIVITIES, ids=[row[0] for row in NOT_ACTIVITIES])
def test_other_quotes_after_verbs_name_no_activity(name, text):
    assert programs(text) == []


def test_activity_object_needs_two_parts_and_an_activity_verb():
    text = "社区开展“护苗同心·平安同路”宣讲"
    start = text.index("“") + 1
    assert activity_object(text, start, "护苗同心·平安同路")
    text = "社区围绕“护苗同心·平安同路”宣讲"
    assert not activity_object(text, text.index("“") + 1, "护苗同心·平安同路")
    text = "社区开展“护苗同心”宣讲"
    assert not activity_object(text, text.index("“") + 1, "护苗同心")
    # short parts joined by 、 list things, not one name
    text = "社区开展“讲政策、解难题”走访"
    assert not activity_object(text, text.index("“") + 1, "讲政策、解难题")


TEAM_LISTS = [
    # at least half of the listed teams are named ones, so the list names teams: the item made of
    # dictionary words beside them (白色|健康) is a team too
    ("colour_teams", "社区组建了赤霞先锋队、橘色暖心队、金色平安队、白色健康队四支队伍。",
     [("赤霞先锋队", "team"), ("橘色暖心队", "team"), ("金色平安队", "team"), ("白色健康队", "team")]),
    ("joined_by_and", "志愿队伍包括红枫先锋队、蓝色健康队和紫藤文艺队。",
     [("红枫先锋队", "team"), ("蓝色健康队", "team"), ("紫藤文艺队", "team")]),
    # a team found by its own word (调解队) counts for the list
    ("found_sibling", "社区早已拥有老舅舅调解队、夜莺巡逻队，今年又添了新队伍。",
     [("老舅舅调解队", "team"), ("夜莺巡逻队", "team")]),
]

TEAM_LISTS_PARTLY = [
    # round 51progmiss: beside other service teams a field names a listed one (pool gold: 4 articles of
    # 4 sets); the first item, after a plain verb (分为), is left out as unsure where it starts
    ("fields_only", "志愿者分为心理咨询志愿服务队、治安巡逻志愿服务队和助老服务队。",
     [("治安巡逻志愿服务队", "team"), ("助老服务队", "team")]),
]


@pytest.mark.parametrize("name, text, expected", TEAM_LISTS, ids=[row[0] for row in TEAM_LISTS])
def test_items_of_a_list_of_named_teams_are_teams(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text, expected", TEAM_LISTS_PARTLY, ids=[row[0] for row in TEAM_LISTS_PARTLY])
def test_lists_of_team_fields_name_no_team(name, text, expected):
    assert programs(text) == expected


ENUMERATIONS = [
    "大阵地、大课堂、大舞台",
    "楼栋走访、政策宣传、台账整理",
    "日巡查、日汇报、日报送",
]


@pytest.mark.parametrize("inner", ENUMERATIONS)
def test_three_items_joined_by_a_list_mark_enumerate(inner):
    assert reject_enumeration(inner)


@pytest.mark.parametrize("inner", ["支部携手共建、同创和美家园", "赋能家园、分类分型", "护苗同心·平安同路"])
def test_two_part_names_are_no_enumeration(inner):
    assert not reject_enumeration(inner)


def test_quoted_enumeration_of_training_points_is_no_program():
    text = "社工围绕“入户走访、台账整理、经费报销”等几个要点给大家上课。"
    assert programs(text) == []


# --- models: the mediation formulas of police station, justice office and law firm (round 12) ---

STATION_FORMULAS = [
    # quoted in a list sharing one head word: the lexicon finds the formula the list hides
    ("listed", "居民区党支部靠“三所联动”“楼组公约”机制调处停车纠纷。", ["三所联动", "楼组公约"]),
    # unquoted, before a generic mechanism word
    ("bare", "柳岸镇推行三所联动工作机制，一年调解纠纷六十余起。", ["三所联动"]),
    ("shandong_wording", "区司法局推广“三所联调”做法，派出所和律所一起上门。", ["三所联调"]),
    ("two_offices", "两个所今年还要把“两所联动”做法推广到各居委。", ["两所联动"]),
]


@pytest.mark.parametrize("name, text, expected", STATION_FORMULAS, ids=[row[0] for row in STATION_FORMULAS])
def test_station_mediation_formulas_are_models(name, text, expected):
    assert models(text) == expected


def test_station_formula_inside_a_studio_name_leaves_the_studio_a_program():
    text = "区司法局为“和风细雨”三所联动工作室揭牌。"
    assert programs(text) == [("和风细雨三所联动工作室", "station")]


# --- second wave: a quote that is the whole object of 成立/组建; mirrored manner phrases ---

FOUNDED = [
    # the founded unit's own name is the quote, with a clause break right after it
    ("unit_wardens", "社区以单元为单位成立“楼道小当家”，由党员担任组长。", [("楼道小当家", "program")]),
    ("le_after_verb", "杏林社区联合便民店成立了“暖心小铺”。居民可用积分兑换。", [("暖心小铺", "program")]),
    ("formed", "去年春天，几位退休教师组建“晚霞帮帮团”，每周上门辅导。", [("晚霞帮帮团", "team")]),
]

NOT_FOUNDED = [
    # a quote that runs on into a noun is no object of the verb
    ("runs_on", "街道成立“两新”工作小组，负责摸排辖区企业。", []),
    # a quoted organization's name is the organizations' (filter 16)
    ("org_name", "几位居民成立“青禾社会工作服务中心”，承接社区项目。", []),
]


@pytest.mark.parametrize("name, text, expected", FOUNDED, ids=[row[0] for row in FOUNDED])
def test_quote_founded_by_cheng_li_or_zu_jian_is_a_program(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text, expected", NOT_FOUNDED, ids=[row[0] for row in NOT_FOUNDED])
def test_other_quotes_after_founding_verbs(name, text, expected):
    assert programs(text) == expected


MIRRORED = [
    ("pair_in_a_list", "网格员上门时通过“面对面”交流、“心贴心”服务，让独居老人安心。", []),
    ("single", "志愿者为老人提供“肩并肩”服务，每月两次。", []),
    ("one_to_one", "社工开展“点对点”活动，帮居民填表。", []),
]


@pytest.mark.parametrize("name, text, expected", MIRRORED, ids=[row[0] for row in MIRRORED])
def test_mirrored_manner_phrases_before_service_words_are_no_programs(name, text, expected):
    assert programs(text) == expected


def test_mirrored_phrase_naming_a_team_stays_a_team():
    text = "东篱社区“邻帮邻”志愿服务队走进养老院。"
    assert programs(text) == [("邻帮邻志愿服务队", "team")]
