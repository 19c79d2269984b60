"""Programs: name shapes from accuracy round 10 — quoted compound station words (“积分超市”,
“时间银行”, “幸福食堂”) and their later bare mentions, 时间银行 as a program rather than a
governance model, residents' troupes (…合唱团, …舞蹈队, “…”俱乐部), and two-character quotes
before a plain activity word (“红色”活动) that name nothing. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names as models
from contexts import program_spans as spans
from contexts import programs_and_kinds as programs


STATIONS = [
    # a quoted compound station word is the station's name, though it is a program word itself
    ("points_shop", "村民最爱去村里的“积分超市”换洗衣粉。", [("积分超市", "station")]),
    ("exchange_shop", "青禾村开办了“积分兑换超市”。", [("积分兑换超市", "station")]),
    ("time_bank", "桐林社区办起“时间银行”，记下每次服务的时长。", [("时间银行", "platform")]),
    ("canteen", "松溪社区办起“幸福食堂”，中午供应热饭。", [("幸福食堂", "station")]),
    ("rest_stop", "街道建成“暖冬驿站”，快递员可进来喝水。", [("暖冬驿站", "station")]),
    # a name before the compound: the whole quote, or the quote and the word after it
    ("named_bank", "街道推出“青藤时间银行”，居民可以存取时长。", [("青藤时间银行", "platform")]),
    ("quoted_part", "“红杉”时间银行上线一个月，已有八百人注册。", [("红杉时间银行", "platform")]),
    # a project word right after the quote: the quote names a project
    ("canteen_project", "街道启动“邻家食堂”项目。", [("邻家食堂", "project")]),
]

STATIONS_EMPTY = [
    # a plain program word in quotes, and the compound written bare with no quote before it
    ("plain_word", "老人们常去“驿站”坐坐。"),
    ("bare_only", "全区共建成40家积分超市和12个时间银行。"),
    ("counted", "全县已经开了60家幸福食堂，老人吃饭方便多了。"),
]


@pytest.mark.parametrize("name, text, expected", STATIONS, ids=[row[0] for row in STATIONS])
def test_quoted_compound_station_words_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", STATIONS_EMPTY, ids=[row[0] for row in STATIONS_EMPTY])
def test_station_words_without_a_quoted_name_name_nothing(name, text):
    assert programs(text) == []


BARE_ALIASES = [
    # a later bare mention of the quoted name is the same program
    ("later_bare", "桐林社区办起“时间银行”，志愿者把服务时长存进时间银行。",
     [("时间银行", "时间银行"), ("时间银行", "时间银行")]),
    ("canteen_later", "松溪社区办起“幸福食堂”。开张以后，幸福食堂天天坐满。",
     [("幸福食堂", "幸福食堂"), ("幸福食堂", "幸福食堂")]),
    # a bare mention before the quoted one, and a counted one after it, are no mentions of it
    ("before_and_counted", "幸福食堂这个词大家都熟。街道开了“幸福食堂”，全区另有30家幸福食堂。",
     [("幸福食堂", "幸福食堂")]),
]


SHORT_QUOTES_OF_LONGER_NAMES = [
    # a quoted station word that ends a longer program name of the article is that program
    ("after_full", "上月，青禾县邻里共治积分超市开业。提起“积分超市”，村民都说好。",
     [("邻里共治积分超市", "邻里共治积分超市"), ("积分超市", "邻里共治积分超市")]),
    ("before_full", "“幸福食堂”开进小区。上周，柳湾社区幸福食堂开张，老人天天来吃饭。",
     [("幸福食堂", "柳湾社区幸福食堂"), ("柳湾社区幸福食堂", "柳湾社区幸福食堂")]),
]


@pytest.mark.parametrize("name, text, expected", SHORT_QUOTES_OF_LONGER_NAMES, ids=[row[0] for row in SHORT_QUOTES_OF_LONGER_NAMES])
def test_quoted_station_word_ending_a_longer_name_refers_to_it(name, text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("name, text, expected", BARE_ALIASES, ids=[row[0] for row in BARE_ALIASES])
def test_later_bare_mentions_refer_to_the_quoted_program(name, text, expected):
    assert spans(text) == expected


def test_time_bank_is_no_governance_model():
    text = "桐林社区推行“时间银行”，志愿者服务一小时存一小时。"
    assert models(text) == []
    assert programs(text) == [("时间银行", "platform")]
    # a model the same sentence names stays a model
    assert models("社区推行“时间银行”，落实“五社联动”机制。") == ["五社联动"]


TROUPES = [
    ("choir_named", "居民自发组建了晚霞红合唱团，每周排练两次。", [("晚霞红合唱团", "team")]),
    ("holder", "上午，枫桥社区老年合唱团在广场演出。", [("枫桥社区老年合唱团", "team")]),
    ("holder_dance", "南坪社区组建了南坪社区模特队。", [("南坪社区模特队", "team")]),
    ("quoted", "社区成立了“乐龄”俱乐部，老人在俱乐部里下棋。", [("乐龄俱乐部", "team")]),
    ("quoted_whole", "“银杏姐妹舞蹈队”在晚会上跳了两支舞。", [("银杏姐妹舞蹈队", "team")]),
    # a list of troupes: each item's own words name it
    ("list", "社区组建了画眉鸟舞蹈队、银发时装队和红绸腰鼓队。",
     [("画眉鸟舞蹈队", "team"), ("银发时装队", "team"), ("红绸腰鼓队", "team")]),
]

TROUPES_EMPTY = [
    # a club word unquoted, a troupe word after generic words only, and a troupe's sections
    ("club_bare", "社区成立了老年俱乐部。"),
    ("generic", "社区老年合唱团每周排练一次。"),
    ("sections", "这个团体由合唱队、舞蹈队、时装队和太极队组成。"),
]


@pytest.mark.parametrize("name, text, expected", TROUPES, ids=[row[0] for row in TROUPES])
def test_residents_troupes_are_teams(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", TROUPES_EMPTY, ids=[row[0] for row in TROUPES_EMPTY])
def test_troupe_words_without_a_name_name_nothing(name, text):
    assert programs(text) == []


SHORT_QUOTES = [
    "社区开展“红色”活动，组织党员参观旧址。",
    "社区开展“红色”教育培训，请老党员讲课。",
    "街道举办“廉洁”系列讲座。",
    "社区加强“智慧”建设。",
    "网格员开展“暖心”服务，上门看望老人。",
]


@pytest.mark.parametrize("text", SHORT_QUOTES)
def test_two_character_quote_before_a_plain_activity_word_names_nothing(text):
    assert programs(text) == []


def test_numbered_two_character_label_stays_a_name():
    assert programs("村里开展“三进”活动。") == [("三进", "activity")]
    # three characters or more before the same words name the activity
    assert programs("社区开展“红色寻访”活动。") == [("红色寻访", "activity")]


def test_quote_qualifying_a_noun_after_wei_is_no_metaphor():
    # 为/成为 + “…”的 + noun: a preposition or verb of the noun phrase, not a role metaphor
    assert programs("社区创办了“时间银行”，为“时间银行”的志愿者提供体检。") == [("时间银行", "platform"), ("时间银行", "platform")]
    assert programs("居民注册成为“时间银行”的储户。") == [("时间银行", "platform")]
    # a role metaphor stays one: the quote ends the clause
    assert programs("以专业社工为“智囊团”，街道出台新办法。") == []


MEDIATION = [
    ("quoted_room", "桂园社区在党群服务中心设立“海棠调解室”，请律师轮流坐班。", [("海棠调解室", "station")]),
    ("quoted_part", "青松社区‘老邻居’调解室成立5年，调解纠纷300余起。", [("老邻居调解室", "station")]),
    ("holder_room", "云岭社区军嫂调解室去年挂牌运行。", [("云岭社区军嫂调解室", "station")]),
    ("own_name_studio", "新成立的党员老街坊调解工作室门口挂上了铜牌。", [("党员老街坊调解工作室", "station")]),
    ("own_name_team", "20余名老党员组建了一支红枫叶调解队。", [("红枫叶调解队", "team")]),
]

MEDIATION_EMPTY = [
    # a field only before the mediation word: a kind of room or team
    ("field_room", "社区设立了人民调解室。"),
    ("field_team", "村里成立了矛盾调解队，每周排查一次。"),
]


@pytest.mark.parametrize("name, text, expected", MEDIATION, ids=[row[0] for row in MEDIATION])
def test_named_mediation_rooms_and_teams_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", MEDIATION_EMPTY, ids=[row[0] for row in MEDIATION_EMPTY])
def test_mediation_words_after_a_field_name_nothing(name, text):
    assert programs(text) == []


ARTS_TEAMS = [
    # a person's or a nickname's name before 文艺队 names the team
    ("person_named", "李秋云文艺队表演了腰鼓，博得满堂彩。", [("李秋云文艺队", "team")]),
    # generic holder words opening a distinctive name are not part of it
    ("generic_lead", "65岁的社区萍花舞蹈队队员张大妈说，跳舞让她更年轻。", [("萍花舞蹈队", "team")]),
]

ARTS_TEAMS_EMPTY = [
    ("generic", "社区文艺队每周排练三次。"),
]


@pytest.mark.parametrize("name, text, expected", ARTS_TEAMS, ids=[row[0] for row in ARTS_TEAMS])
def test_named_arts_teams_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", ARTS_TEAMS_EMPTY, ids=[row[0] for row in ARTS_TEAMS_EMPTY])
def test_arts_team_word_after_generic_words_names_nothing(name, text):
    assert programs(text) == []
