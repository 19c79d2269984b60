"""Round 60 (p2): junk shapes of a bulk read, removed by general rules: a numeral cut from a
longer numeral word, a subject that is a piece of the clause, a quote on either side of a change
of state, a quoted count of problems, an outlet's report series, a quoted form of ownership and a
quoted verb before its object. Sentences of our own making, with made-up names."""

from __future__ import annotations

import pytest

from test_models import found as models_found
from test_programs import found as programs_found
from test_quantities import quantities


def subjects(text: str) -> list[tuple[str, str | None]]:
    """(text, subject) per quantity."""
    return [(q[0], q[6]) for q in quantities(text)]


def model_names(text: str) -> list[str]:
    return [m[1] for m in models_found(text)]


def program_names(text: str) -> list[str]:
    return [p[1] for p in programs_found(text)]


# A digit right before the numeral inside one word: a pair of neighbours, a vague count or an idiom.
CUT_NUMERAL_CASES = [
    ("广场上三五成群的老人在下棋。", []),
    ("七八成的居民都来了。", []),
    # look-alikes: a numeral that opens its own word after a word ending in a digit character
    ("青禾街道统一三个标准。", [("三个", "标准")]),
    ("约有五成居民参加了议事会。", [("五成", "居民")]),
    ("十五个社区参加评比。", [("十五个", "社区")]),
]


@pytest.mark.parametrize("text, expected", CUT_NUMERAL_CASES)
def test_quantities_numeral_cut_from_a_longer_numeral_word_is_no_count(text, expected):
    assert subjects(text) == expected


# Pieces of the clause are no subject: an adverb after the counted noun ends it, an adverb with its
# verb and a clause closed by a verb of having name nothing, an average opens what is said of the
# counted, and a place read as the clause's topic is where things stand.
SUBJECT_CASES = [
    ("两个驿站一共服务了90位老人。", [("两个", "驿站"), ("90位", "老人")]),
    ("单靠5个网格员无论如何也忙不过来。", [("5个", "网格员")]),
    ("该村4位老党员轮流值守。", [("4位", "老党员")]),
    ("还有12个正在建设。", [("12个", None)]),
    ("青禾镇现有800多人。", [("800多人", None)]),
    ("院子里原本有块近300平方米、长满杂草的空地。", [("近300平方米", None)]),
    ("两位平均年龄超过60岁的老人是发起人。", [("两位", None)]),
    ("这样的书屋，在海淀区已有20余个。", [("20余个", None)]),
    # look-alikes: a verb of having inside the phrase, a place with a counted noun, a plain noun
    ("院子里原本有块近300平方米的空地。", [("近300平方米", "空地")]),
    ("青禾村现有党员86人。", [("86人", "青禾村现有党员")]),
    ("青禾小区共有500多户。", [("500多户", "青禾小区")]),
    ("青禾区有20余个邻里驿站。", [("20余个", "邻里驿站")]),
    ("3位老人一起坐班。", [("3位", "老人")]),
]


@pytest.mark.parametrize("text, expected", SUBJECT_CASES)
def test_quantities_subject_is_no_piece_of_the_clause(text, expected):
    assert subjects(text) == expected


MODEL_CASES = [
    # a way named through 的 after a change of state: neither state is the model
    ("柳岸社区蹚出一条把“看客”转化为“主人翁”的共治新路径。", []),
    ("柳岸社区蹚出一条从“看客”变为“主人翁”的共治新路径。", []),
    # a quoted count of problems
    ("当年，青禾镇存在“三大难”：办事难、议事难、管事难。", []),
    ("社区着力破解“四大痛点”。", []),
    # look-alikes: a quote with its model word, a numeric abbreviation of a method
    ("青禾社区推行“邻里议事”的治理模式。", ["邻里议事"]),
    ("青禾街道推行“三清两整治”，环境大变样。", ["三清两整治"]),
]


@pytest.mark.parametrize("text, expected", MODEL_CASES)
def test_models_no_state_of_a_change_and_no_count_of_problems(text, expected):
    assert model_names(text) == expected


PROGRAM_CASES = [
    # an outlet's report series, with a word of when before the launch
    ("即日起，本报社会版陆续推出“邻里同心”系列报道。", []),
    # a quoted form of ownership and operation
    ("青禾颐养园是一座“公建民营”的养老机构。", []),
    # a quoted verb joined by words to the quote it governs
    ("村民以房入股，“激活”青禾村“竹溪小筑”民宿项目。", ["竹溪小筑"]),
    # look-alikes: a body's series, a camp, a list of quoted names
    ("区民政局陆续推出“邻里同心”系列活动。", ["邻里同心"]),
    ("社区举办“青苗成长营”。", ["青苗成长营"]),
    ("社区开展“银龄课堂”、“青禾书屋”等项目。", ["银龄课堂", "青禾书屋"]),
]


@pytest.mark.parametrize("text, expected", PROGRAM_CASES)
def test_programs_no_report_series_ownership_form_or_stressed_verb(text, expected):
    assert program_names(text) == expected
