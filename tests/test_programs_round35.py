"""Programs, round 35. Sentences of our own making.

1. Quotes listed before a plain service word (“甲”和“乙”服务, 变“甲”服务为“乙”服务, “甲”“乙”等新服务)
   list ways of serving, not programs (plain_listed, filter 41); a single quote before 服务 still
   names one, and a verb between two quotes joins no list.
2. A quoted name ending in 群 or 组 is a chat group (platform) or a named body of residents (team):
   “楼长微信联络群”, “邻里和事组”, “居民议事小组” (program_suffixes.tsv, inner only).
3. A quote right before 志愿者 names a volunteer corps (team), one before (微信)公众号 an account
   (platform); the quote alone is the name (program_suffixes.tsv, outer only).
4. A station word after a quote that runs on into a longer noun (站点, 站体系, 站出口) heads no name:
   the quote names a formula or a place (STATION_RUN_ON).
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


PLAIN_SERVICE_LISTS = [
    ("two_quotes_and", "便民大厅新近推出了“上门代跑”和“异地通办”服务，老人不用再跑腿。"),
    ("contrast_pair", "受理中心改变做法，变“窗口等候”服务为“主动上门”服务，居民纷纷点赞。"),
    ("closed_list", "镇里还打算加入“预约延时办”“政策送上门”“跨区协同查”等新服务。"),
    ("list_with_field", "社区以“新市民”和“老街坊”家庭为服务重心，开展走访。"),
]

STILL_NAMED = [
    # one quote before 服务 after a verb of trying out: a named service, as before
    ("single_quote", "街道积极探索实践“错峰借位”服务，缓解停车难。", [("错峰借位", "program")]),
    # a verb between a station's quote and the service's quote: no list, the service stays
    # (round 39: 屋 is a room word, so the station's own quote names it too)
    ("verb_between", "“暖心屋”推出“温暖赶路人”专项服务，免费供应热水。", [("暖心屋", "station"), ("温暖赶路人", "program")]),
    # a program word after the plain word heads the list: the quotes are named
    ("list_with_brand", "社区培育了“桂花姐姐”“银发帮帮”等志愿服务品牌。", [("桂花姐姐", "brand"), ("银发帮帮", "brand")]),
]


@pytest.mark.parametrize("name, text", PLAIN_SERVICE_LISTS, ids=[row[0] for row in PLAIN_SERVICE_LISTS])
def test_quotes_listed_before_a_plain_service_word_name_nothing(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", STILL_NAMED, ids=[row[0] for row in STILL_NAMED])
def test_service_quotes_outside_such_a_list_still_name_programs(name, text, expected):
    assert programs(text) == expected


GROUPS = [
    ("chat_group", "社区党委建立“楼长微信联络群”，随时收集居民诉求。", [("楼长微信联络群", "platform")]),
    ("mediation_body", "民警指导村里成立以老党员为主体的“邻里和事组”。", [("邻里和事组", "team")]),
    ("residents_body", "一支由9人组成的“居民议事小组”负责车棚的日常管理。", [("居民议事小组", "team")]),
]

NOT_GROUPS = [
    # the group word after the closing quote: a quote before 群众 or 组织 is not so named
    ("word_after_quote", "社区把“邻里守望”群众工作做细做实。"),
    ("organize_after_quote", "街道将“红色网格”组织起来，分片包干。"),
]


@pytest.mark.parametrize("name, text, expected", GROUPS, ids=[row[0] for row in GROUPS])
def test_quoted_name_ending_in_a_group_word_is_a_program(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NOT_GROUPS, ids=[row[0] for row in NOT_GROUPS])
def test_group_word_after_the_quote_names_nothing(name, text):
    assert programs(text) == []


CORPS_AND_ACCOUNTS = [
    ("corps", "民警与网格员、“江城蓝盾”志愿者一起开展夜间巡逻。", [("江城蓝盾", "team")]),
    ("account", "活动报名信息通过主办方“青春鹿城”公众号发布。", [("青春鹿城", "platform")]),
    ("wechat_account", "课程表每周在“乐学桂园”微信公众号更新。", [("乐学桂园", "platform")]),
    # a team word after 志愿者 heads the phrase: the whole is the team's name, as before
    ("team_word_after", "社区成立了“银杏叶”志愿者服务队。", [("银杏叶志愿者服务队", "team")]),
]

NOT_CORPS = [
    # an association after 志愿者 is an organization, no program
    ("association_after", "“江城蓝盾”志愿者协会今天召开年会。"),
    # 志愿者 alone, unquoted
    ("unquoted", "二十多名志愿者开展夜间巡逻。"),
]


@pytest.mark.parametrize("name, text, expected", CORPS_AND_ACCOUNTS, ids=[row[0] for row in CORPS_AND_ACCOUNTS])
def test_quote_before_volunteers_or_an_account_names_it(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NOT_CORPS, ids=[row[0] for row in NOT_CORPS])
def test_volunteers_without_a_quoted_name_name_nothing(name, text):
    assert programs(text) == []


STATION_RUN_ON = [
    ("service_point", "镇上首家“三站合一”服务站点正式运行。"),
    ("station_system", "这也体现了某社区“2+3+N”党群服务站体系的建设成效。"),
    ("motorway_exit", "村子距离高速“青石”站出口只有6公里。"),
]

STATION_ENDS = [
    ("station_ends", "社区打造了“石榴籽”服务站，方便居民歇脚。", [("石榴籽服务站", "station")]),
]


@pytest.mark.parametrize("name, text", STATION_RUN_ON, ids=[row[0] for row in STATION_RUN_ON])
def test_station_word_running_on_into_a_longer_noun_names_nothing(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", STATION_ENDS, ids=[row[0] for row in STATION_ENDS])
def test_station_word_ending_the_phrase_still_names_a_station(name, text, expected):
    assert programs(text) == expected
