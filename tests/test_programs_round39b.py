"""Programs, round 39b. Sentences of our own making.

1. A one-part quote of five or more characters right after 开展/举办/举行 names the activity
   held, with no program word after it, when the sentence goes on after it into the activity's
   words, a next quote or a dash (开展“甲乙丙叩门”家访, 举办“甲”“乙”等讲座), as a two-part quote
   there already did. Left out: a quote after 名为/命名为 (a title given) or before a rating word
   (评选, 评比: the title rated), a role (…员), a numbered formula (双…双…: a model), a kind of
   cooperation (“警民联防”), a kind opening with a generic holder (“居民…”), a quote of three or
   four characters (mostly a catchword: 开展“移风易俗”宣传) and one that closes the clause
   (开展“某某”，…).
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


ONE_PART = [
    ("visit_after_quote", "社工们链接各方资源，开展“小橘灯叩门”家访，把关爱送到孩子身边。", [("小橘灯叩门", "activity")]),
    ("next_quote", "老街社区举办“桐乡家训传家风”“读书润心田”等讲座，居民听得入神。", [("桐乡家训传家风", "activity"), ("读书润心田", "activity")]),  # round 47progq: 讲座 names the listed talks
    ("with_le", "青禾大学的师生陆续开展了“萤火虫伴读”乡村儿童陪伴服务。", [("萤火虫伴读", "activity")]),
    ("dash_subtitle", "上周末，云杉街道在商业街举行“后厨防火实操演练”——商户安全周系列之一。", [("后厨防火实操演练", "activity")]),
]

NO_ONE_PART = [
    ("rated_title", "各村开展“睦邻之星家庭”评选，表彰热心邻里的住户。"),
    ("role_word", "桐溪社区开展“楼道小管理员”，孩子们轮流值日。"),
    ("numbered_formula", "街道党工委开展“双走访双服务”，干部下沉到楼栋。"),
    ("cooperation_kind", "派出所与社区开展“警民联防”，夜间巡逻更有序。"),
    ("three_characters", "社区开展“微关怀”走访，志愿者上门陪老人聊天。"),
    ("four_character_catchword", "镇里开展“移风易俗”宣传，发放倡议书。"),
    ("closes_the_clause", "桐溪社区每月定期开展“楼院茶叙会”，商量小区里的大事小情。"),
    ("generic_holder_kind", "石桥社区昨天举行“居民志愿者队伍”授旗仪式，五支队伍各有分工。"),
    ("title_given", "这支队伍被命名为“云杉先锋班组”，大家干劲更足了。"),
]


@pytest.mark.parametrize("name, text, expected", ONE_PART, ids=[r[0] for r in ONE_PART])
def test_one_part_quote_after_activity_verb_names_the_activity(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_ONE_PART, ids=[r[0] for r in NO_ONE_PART])
def test_one_part_quote_that_is_a_title_role_formula_or_kind_names_nothing(name, text):
    assert programs(text) == []
