"""Programs: frames and shapes added on fresh articles — a quote that is a set-up verb's whole
object (打造“…”，), squads listed before a count (…和…三个小分队), quotes that enumerate short
items, and prepositions the tokenizer glues to a name's first character. Sentences of our own
making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


VERB_OBJECTS = [
    # the quote is the set-up verb's whole object: a clause break follows it
    ("built_then_comma", "桃源社区着力打造“健康方舟”，常态化开展义诊。", [("健康方舟", "program")]),
    # 等 after the quote: one of several things the subject relies on
    ("relies_on_etc", "青禾村依托“乡贤茶话会”等，把能人请回村。", [("乡贤茶话会", "program")]),
    # 了 between the verb and the quote; the name's own station word gives the kind
    ("verb_le", "街道推出了“暖胃小站”，骑手可免费热饭。", [("暖胃小站", "station")]),
    # a program word after the quote still decides the kind
    ("program_word_after", "社区打造“健康方舟”服务品牌。", [("健康方舟", "brand")]),
]

VERB_OBJECTS_EMPTY = [
    # 开展 takes slogans and campaigns as objects: no frame
    ("other_verb", "社区开展“健康方舟”，居民参与。"),
    # two characters after a set-up verb are a buzzword
    ("two_characters", "社区打造“红色”，很好。"),
    # a catchphrase stays a catchphrase
    ("catchphrase", "社区打造“一老一小”，很好。"),
    # the quote runs on into a noun: not the verb's whole object
    ("runs_on", "社区打造“健康方舟”式的阵地。"),
]

SQUADS = [
    # the last item after 和, then a count and the squad word
    ("count_after_list", "今年，志愿服务队重新划分为：青松巡逻队、白鹭护卫队和晨光帮扶服务队三个小分队，分头行动。",
     [("青松巡逻队", "team"), ("白鹭护卫队", "team"), ("晨光帮扶服务队", "team")]),
    ("etc_count_squads", "社区组建了楼道清洁队、夜间巡防队等5支小分队。", [("楼道清洁队", "team"), ("夜间巡防队", "team")]),
]

SQUADS_EMPTY = [
    # two-character fields are no names
    ("fields", "服务队下设助老、助残和助学三个小分队。"),
    # a count of squads with no list
    ("count_only", "志愿者分为三个小队，轮流值守。"),
    # items that are not team names give the squads' fields
    ("squad_fields", "服务队下设环境整治、助老陪伴、政策宣讲等4支小分队。"),
]

ENUMERATIONS_EMPTY = [
    # three or more short items in one quote enumerate kinds of thing
    ("short_items", "站点搭建“小书屋、小课堂、小剧场”，开展活动。"),
]

GLUED_EMPTY = [
    # 以 glued to 小 by the tokenizer is the clause's preposition, not a name
    ("yi_glued", "街道以小驿站传递温情，服务环卫工。"),
    # one character before a bare program word is a size, not a name
    ("one_character", "骑手走进小驿站喝水。"),
]

LISTED_SLOGANS = [
    # 等 and an activity word anchor a listed quote as the word alone does: commas may stand inside
    ("etc_activity", "社区深入开展“评选文明家庭，共建美丽社区”等活动。", [("评选文明家庭，共建美丽社区", "activity")]),
    ("two_listed", "社区开展“你好，邻居”“谢谢，老师”等活动。", [("你好，邻居", "activity"), ("谢谢，老师", "activity")]),
]

LISTED_SLOGANS_EMPTY = [
    # no program word after 等: speech, not a name
    ("etc_speech", "他说“你好，邻居”等话。"),
    # an idea word opens the shared descriptor: the quotes are ideas the projects answer
    ("idea_tail", "评选体现“邻里互助”“绿色生活”等理念的服务项目。"),
    # a two-character verb after a program word is a stressed word, not a name
    ("lone_verb", "每个新活动“升级”，都有居民点赞。"),
    # 最佳 opens an award title
    ("best_award", "该团队获评“最佳公益团队”。"),
]

LISTED_NAMES = [
    # without an idea word the listed quotes name the projects
    ("listed_projects", "征集“参与式发展”“助力自治”等公益项目。", [("参与式发展", "project"), ("助力自治", "project")]),
    # 主题 without 的 describes the projects: the quotes name them
    ("themed_projects", "设立了“我们的课堂”“我们的家园”等2个主题志愿服务项目。", [("我们的课堂", "course"), ("我们的家园", "project")]),
    # a name after a program word that is no verb
    ("framed_noun", "关爱项目“同心圆”启动。", [("同心圆", "project")]),
]


@pytest.mark.parametrize(
    "name, text, expected",
    VERB_OBJECTS + SQUADS + LISTED_SLOGANS + LISTED_NAMES,
    ids=[row[0] for row in VERB_OBJECTS + SQUADS + LISTED_SLOGANS + LISTED_NAMES],
)
def test_verb_objects_and_listed_squads_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize(
    "name, text",
    VERB_OBJECTS_EMPTY + SQUADS_EMPTY + ENUMERATIONS_EMPTY + GLUED_EMPTY + LISTED_SLOGANS_EMPTY,
    ids=[row[0] for row in VERB_OBJECTS_EMPTY + SQUADS_EMPTY + ENUMERATIONS_EMPTY + GLUED_EMPTY + LISTED_SLOGANS_EMPTY],
)
def test_other_objects_enumerations_and_glued_prepositions_name_nothing(name, text):
    assert programs(text) == []
