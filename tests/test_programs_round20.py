"""Programs, round 20 (tuned on other labellers' sets: check18, check19, the pools).

- A public holiday, with the date it is called by or not, is the day an activity is held on,
  not a program (“三八妇女节”, “三八”妇女节…活动, “12·5国际志愿者日”); a community's own
  festival stays (“邻里节”, “情暖重阳节”).
- A named team whose holder stands right before its own words is named from the holder, even
  when the name walk stopped at a word the dictionary does not know (某市经开区|飞鹰|…志愿服务队);
  志愿服务团队 is a team word like 志愿服务队伍.
- An unquoted list closed by 等多个/等多支 and a head of named things names its items, as a
  stated count does.
- A closed list of quotes written one after another whose own program words make at least half
  of them programs names the others as programs too (“甲课堂”“乙学堂”“丙丁”等…).

Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


HOLIDAYS_EMPTY = [
    ("holiday_with_date", "社区在“三八妇女节”当天组织了插花比赛。"),
    ("date_before_holiday_word", "青禾社区开展“五四”青年节主题团日活动。"),
    ("observance_with_date", "学院在“12·5国际志愿者日”当天招募新志愿者。"),
    ("holiday_alone", "社区在“重阳节”为老人送去慰问品。"),
]

HOLIDAYS_KEPT = [
    ("own_festival", "社区举办第三届“邻里节”活动。", [("邻里节", "activity")]),
    ("holiday_in_a_name", "社区开展“情暖重阳节”敬老活动。", [("情暖重阳节", "activity")]),
]


@pytest.mark.parametrize("name, text", HOLIDAYS_EMPTY, ids=[row[0] for row in HOLIDAYS_EMPTY])
def test_public_holidays_are_no_programs(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", HOLIDAYS_KEPT, ids=[row[0] for row in HOLIDAYS_KEPT])
def test_own_festivals_stay_programs(name, text, expected):
    assert programs(text) == expected


HOLDER_TEAMS = [
    ("holder_then_unknown_word", "芜湖经开区飞鹰应急救援志愿服务队的队员们连夜赶到现场。",
     [("芜湖经开区飞鹰应急救援志愿服务队", "team")]),
    ("tuanduan_word", "当天，桃源路街道垃圾分类志愿服务团队也来到现场。", [("桃源路街道垃圾分类志愿服务团队", "team")]),
]

HOLDER_TEAMS_EMPTY = [
    ("tuanduan_no_holder", "社区志愿服务团队为老人送餐。"),
    ("tuanduan_count", "街道组建了一支志愿服务团队。"),
]


@pytest.mark.parametrize("name, text, expected", HOLDER_TEAMS, ids=[row[0] for row in HOLDER_TEAMS])
def test_teams_named_from_an_adjacent_holder(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", HOLDER_TEAMS_EMPTY, ids=[row[0] for row in HOLDER_TEAMS_EMPTY])
def test_team_words_without_a_holder_name_nothing(name, text):
    assert programs(text) == []


def test_list_closed_by_many_names_its_items():
    text = "近两年，桃源村培育了暖阳书屋、田园直播基地、清风家训基地等多个品牌项目。"
    names = [name for name, _ in programs(text)]
    assert names == ["暖阳书屋", "田园直播基地", "清风家训基地"]


@pytest.mark.parametrize("text", [
    "社区开展了助餐、助浴、理发等多个服务项目。",  # services, not named projects
    "居民参加了环境整治、政策宣讲等多支小分队。",  # the squads' fields
])
def test_list_closed_by_many_needs_named_items(text):
    assert programs(text) == []


def test_quote_list_takes_its_items_own_words():
    text = "团区委推出“晨光课堂”“小松学堂”“快乐周末”等“护苗”志愿服务项目。"
    assert [name for name, _ in programs(text)] == ["晨光课堂", "小松学堂", "快乐周末", "护苗"]


@pytest.mark.parametrize("text", [
    "围绕“一老一小”“幸福驿站”等开展服务。",  # one of two is a slogan: not kept
    "推动“邻里守望”“和睦相处”等理念深入人心。",  # no item has a program word
    "街道有“红色课堂”，也有“邻里守望”等。",  # not written one after another
])
def test_quote_lists_without_enough_program_words(text):
    assert [name for name, _ in programs(text) if name not in ("红色课堂", "幸福驿站")] == []


DASH_SUBTITLES = [
    ("activity_subtitle", "“灯火·邻里·万家”——桃源社区元宵游园活动吸引了数百名居民。",
     [("灯火·邻里·万家", "activity")]),
    ("fund_subtitle", "“银发同行”——青禾社区空巢老人关爱专项基金当天成立。", [("银发同行", "activity")]),
    ("joint_fair", "街道举办迎新春活动暨“年味浓,邻里亲”爱心集市。", [("年味浓,邻里亲", "activity")]),
]

DASH_SUBTITLES_EMPTY = [
    ("explained_word", "“搭桥”——网格员把居民的诉求一件件记下来。"),
    ("no_program_word", "“大礼包”——每户两箱牛奶、一袋大米。"),
    ("comma_first", "“好邻居”——大家这样称呼他，他常年组织活动。"),
]


@pytest.mark.parametrize("name, text, expected", DASH_SUBTITLES, ids=[row[0] for row in DASH_SUBTITLES])
def test_quote_over_a_dash_subtitle(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", DASH_SUBTITLES_EMPTY, ids=[row[0] for row in DASH_SUBTITLES_EMPTY])
def test_dash_without_a_program_subtitle(name, text):
    assert programs(text) == []


def test_campaign_into_families_is_no_honour():
    # 家庭 ends honours (“五好家庭”), but 进家庭 is where a campaign goes
    text = "本月，青禾镇开展“法律进村组、普法进家庭”宣传活动。"
    assert programs(text) == [("法律进村组、普法进家庭", "activity")]


@pytest.mark.parametrize("text", ["社区评选出“五好家庭”活动。", "开展“文明家庭”创建活动。"])
def test_honours_ending_in_family_stay_out(text):
    assert programs(text) == []


def test_quote_a_setup_verb_qualifies_with_de():
    text = "镇文化站打造的“乡音书场”，每周末都有演出。"
    assert programs(text) == [("乡音书场", "program")]


def test_setup_verb_de_quote_running_into_a_noun():
    assert programs("社区打造的“红色”氛围深入人心。") == []


DE_QUALIFIED = [
    ("brand", "街道推出了“山海同心共一家”的邻里互助品牌。", [("山海同心共一家", "brand")]),
    ("activity", "学校举办了“健康生活,快乐成长”的亲子运动活动。", [("健康生活,快乐成长", "activity")]),
    ("counted_list_modifier", "县里依托“雏鹰计划”和“百名教师进乡村”两个正在推进的项目开展助学。",
     [("雏鹰计划", "program"), ("百名教师进乡村", "project")]),
]

DE_QUALIFIED_EMPTY = [
    ("slogan", "这是打通“最后一公里”的服务平台。"),
    ("service_word", "社区提供“一站式”的便民服务。"),
    ("full_name_word", "他加入了“红色”的志愿服务队。"),
]


@pytest.mark.parametrize("name, text, expected", DE_QUALIFIED, ids=[row[0] for row in DE_QUALIFIED])
def test_quote_qualifying_its_program_with_de(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", DE_QUALIFIED_EMPTY, ids=[row[0] for row in DE_QUALIFIED_EMPTY])
def test_de_before_service_or_team_words(name, text):
    assert programs(text) == []


def test_bare_station_named_from_a_holder_the_walk_cut():
    # 甬阳 is unknown to the dictionary, so the name walk stops at 社区; the community found there
    # starts the station's name, as a holder the walk reaches does
    text = "走进东湖街道甬阳社区驿站，老人们正在下棋。"
    assert ("甬阳社区驿站", "station") in programs(text)


def test_generic_station_without_holder_names_nothing():
    assert programs("作为全市首个社区驿站，它方便了居民。") == []


@pytest.mark.parametrize("text, expected", [
    # round 39: 坊 is a room word, so the quote ends in a program word and names a station
    ("桃源社区以“同心坊”为平台，组织居民议事。", [("同心坊", "station")]),
    ("这家银行以“兴农快贷”为抓手，支持种植户。", [("兴农快贷", "program")]),
])
def test_quote_carried_by_yi_wei(text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("text", [
    "以“党建+积分”为抓手，推进基层治理。",  # a model, reported by models
    "以“党建”为抓手，推进基层治理。",  # two characters: a buzzword
    "以“红色物业”为重要平台。",  # a modifier before the carrier: taken as, not named
])
def test_yi_wei_without_a_program(text):
    assert programs(text) == []


@pytest.mark.parametrize("text", [
    "老李担任“网格员”已有三年，熟悉每户情况。",  # a plain post named by its generic unit
    "镇上组建了一支禁毒志愿服务队。",  # a field, not a team's name
    "街道成立反诈志愿服务队。",
])
def test_plain_posts_and_field_teams_name_nothing(text):
    assert programs(text) == []


def test_field_team_with_its_own_name():
    assert programs("社区成立了蒲公英禁毒志愿服务队。") == [("蒲公英禁毒志愿服务队", "team")]


@pytest.mark.parametrize("text, expected", [
    ("县妇联为困难母亲定制“春晖关爱包”，每季度发放一次。", [("春晖关爱包", "program")]),
    ("社区培育“邻里帮帮团”，带动居民参与。", [("邻里帮帮团", "team")]),
])
def test_more_setup_verbs(text, expected):
    assert programs(text) == expected


def test_setup_verb_two_character_quote():
    assert programs("街道启动“暖冬”，为老人送棉衣。") == []  # two characters: a buzzword, not a name


def test_online_app_after_shangxian():
    assert programs("街道上线“码上办”，居民可在线办事。") == [("码上办", "program")]


@pytest.mark.parametrize("text, expected", [
    ("青禾街道办了一台“少年追梦新征程”文艺晚会。", [("少年追梦新征程", "activity")]),
    ("社区举办“欢乐邻里情”中秋联欢会。", [("欢乐邻里情", "activity")]),
])
def test_quoted_gala_names(text, expected):
    assert programs(text) == expected


def test_gala_word_far_from_the_quote():
    assert programs("居民说“真热闹”，今晚的社区文艺汇演暨迎新年晚会很成功。") == []


def test_quoted_partnership_brand_at_a_signing():
    text = "桃源社区和县中医院举办“医社同心”党建结对签约仪式，双方互派骨干。"
    assert ("医社同心", "activity") in programs(text)


@pytest.mark.parametrize("text", [
    "村企双方举行“共建合作协议”签约仪式。",  # a document signed, not a program
    "社区制定了“文明养犬公约”，张贴在楼道。",
])
def test_quoted_documents_are_no_programs(text):
    assert programs(text) == []
