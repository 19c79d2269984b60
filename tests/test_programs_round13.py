"""Programs: name shapes from accuracy round 13 — a community's own newsletter, a title in book
marks (or a quote) that a newsletter word frames: 社区月刊《…》, 信息简报——《…》, 社区小报，名为
《…》, 《…》月刊, 《某某小区报》, 社区报——“…”; later 《…》 mentions are mentions of it. Songs,
books, policy papers and media outlets in book marks name no program. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import program_spans
from contexts import programs_and_kinds as programs


NEWSLETTERS = [
    # a newsletter noun right before the title
    ("monthly_before", "桂湾社区花了一个月筹备，办起了社区月刊《桂声》，每月送到居民手中。",
     [("桂声", "platform")]),
    # a dash between the noun and the title
    ("bulletin_dash", "居民们拿到了社区简报——《乐报》，都说办得好。",
     [("乐报", "platform")]),
    # a comma and 名为 between them
    ("named_as", "柳岸社区有一份居民自己写的社区小报，名为《柳岸风》，至今已出了三十期。",
     [("柳岸风", "platform")]),
    # a newsletter word right after the title
    ("monthly_after", "社区干部和《青禾》月刊的几位编辑一起商量下一期的选题。",
     [("青禾", "platform")]),
    ("first_issue", "去年十月，《松溪人》创刊号在松溪社区出刊。",
     [("松溪人", "platform")]),
    # an estate's own paper, named so
    ("estate_paper", "进入小区大门，就能看到读报栏里的《枫林小区报》，一季出一期。",
     [("枫林小区报", "platform")]),
    # a punned title: its inner quote marks are dropped
    ("punned_title", "街道给每户送去了社区报——《暖“心”桥》，大家争着看。",
     [("暖心桥", "platform")]),
    # a quote after a newsletter noun and a dash
    ("quoted_after_dash", "竹园社区办起一份社区报——“竹音”，还有电子版。",
     [("竹音", "platform")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NEWSLETTERS], ids=[c[0] for c in NEWSLETTERS])
def test_newsletters_are_programs(text, expected):
    assert programs(text) == expected


def test_later_titles_are_mentions_of_the_newsletter():
    text = "荷湾社区创办了社区月刊《荷声》。据介绍，《荷声》每期印五百份，由志愿者送上门。"
    assert program_spans(text) == [("荷声", "荷声"), ("荷声", "荷声")]


NOT_NEWSLETTERS = [
    # songs, books and policy papers in book marks
    ("song", "歌咏队员们在排练歌曲《春风谣》，每周练两次。"),
    ("book", "志愿者给孩子们读了一本《小河的故事》，还送了文具。"),
    ("policy", "社区组织居民学习《关于加强社区治理的意见》，并展开讨论。"),
    # an article's own title after 文章: not a newsletter noun
    ("essay", "老党员写了一篇文章——《夸社区》，贴在宣传栏里。"),
    # a media outlet, even after 报纸
    ("media", "他每天都要看报纸《青禾日报》，从不落下。"),
    # a quote after a newsletter noun with no dash or 名为: a stressed word, not a name
    ("stressed_quote", "社区报“火”了，居民争相投稿。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_NEWSLETTERS], ids=[c[0] for c in NOT_NEWSLETTERS])
def test_other_titles_name_no_program(text):
    assert programs(text) == []


POINTED_TEAMS = [
    # a demonstrative with a classifier before a troupe or team word points at a team named
    # before; the tokenizer leaves 这支 as one unknown word
    ("this_troupe", "桂湾社区成立了“乐悠悠”腰鼓队。社区书记说，这支腰鼓队今后也会参加各类演出。",
     [("乐悠悠腰鼓队", "team")]),
    ("each_team", "松溪社区组建了多支志愿服务队，每支志愿服务队都有队长。", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in POINTED_TEAMS], ids=[c[0] for c in POINTED_TEAMS])
def test_pointed_teams_are_not_names(text, expected):
    assert programs(text) == expected


TROUPES = [
    # troupe words added in round 13, named by their holder like 舞蹈队 and 合唱团
    ("dance_troupe", "松林社区舞蹈团今天正式成立，团长由退休教师担任。", [("松林社区舞蹈团", "team")]),
    # an age group before the word names no troupe
    ("taiji_and_age_group", "桂湾社区太极拳队去年扩招，队里还有几位原先在中老年太极拳队里练拳的老拳友。",
     [("桂湾社区太极拳队", "team")]),
    # the holder right before an age word, where the name walk stops at an unknown word
    ("holder_then_age_word", "柳岸五村老年健身舞队每晚七点在花园里练习，风雨无阻。", [("柳岸五村老年健身舞队", "team")]),
    ("opera_troupe", "青石村戏曲歌舞队是村委会支持成立的一支文艺团队。", [("青石村戏曲歌舞队", "team")]),
]

NOT_TROUPES = [
    # a generic holder, or no holder and no name of its own
    ("generic_holder", "社区舞蹈团经常参加演出。"),
    ("no_name", "每到傍晚，广场上的交谊舞队就开始跳舞。"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TROUPES], ids=[c[0] for c in TROUPES])
def test_troupes_named_by_their_holder(text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_TROUPES], ids=[c[0] for c in NOT_TROUPES])
def test_troupe_words_alone_name_nothing(text):
    assert programs(text) == []


CLAUSE_TROUPES = [
    # a troupe's own name opening a clause, its word tagged as a numeral (四季) or a time word
    ("numeral_tagged", "每逢周六上午，四季合唱团都会在文化站练声。", [("四季合唱团", "team")]),
    ("time_word", "去年冬天起，春晖歌舞队每周排一个新节目。", [("春晖歌舞队", "team")]),
]

NOT_CLAUSE_TROUPES = [
    # a clause that opens with a verb, an adverb or a pronoun names no troupe
    ("verb", "居委会商量后决定，组建合唱团。"),
    ("adverb", "社区活动室里，还有舞蹈队在排练。"),
    ("generic_words", "每周三，社区老年合唱团在二楼排练。"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CLAUSE_TROUPES], ids=[c[0] for c in CLAUSE_TROUPES])
def test_troupe_names_opening_a_clause(text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_CLAUSE_TROUPES], ids=[c[0] for c in NOT_CLAUSE_TROUPES])
def test_clauses_before_troupe_words_name_nothing(text):
    assert programs(text) == []


def test_interest_troupe_is_a_kind():
    # 兴趣 before a troupe word says what kind of troupe it is, like 兴趣小组
    assert programs("环境整治方面，兴趣歌舞队在广场上发放了宣传单。") == []


def test_troupe_sections_after_a_cut_word_name_nothing():
    # 集合唱队: the verb 集合 cut by the tokenizer before 合唱队; the list names a troupe's sections
    assert programs("这个文艺团体目前集合唱队、腰鼓队、空竹队和门球队为一体，常年排练。") == []
