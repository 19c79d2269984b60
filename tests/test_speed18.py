"""Round 18 speed changes: each faster path gives exactly what the path it replaces gave."""

import importlib

import pytest

from contexts import context_for, segmented
from shequ.extract.programs import RE_TEAM_WORD_END, _tokens_ending_in

# Sentences written for these tests (names, places and teams made up); ugly input included:
# a team character alone, at the start and end, inside a word, after spaces and Latin letters.
TEAM_TEXTS = [
    "，青枫合唱团推出新节目，白鹭腰鼓队随后登台。",
    "团",
    "队",
    "",
    "队伍整齐，团结友爱，乐团和球队都来了",
    "  ABC队 x团  \n\n 银杏  舞蹈队\t表演",
    "团团圆圆的队队员们说：“红星艺术团”今年成立。",
    "没有任何团队词的句子。",
]


def _old_selection(ctx):
    """The loop `_subject_teams` ran before: every token whose word ends in 队 or 团."""
    text = ctx.text
    return [i for i, (a, b) in enumerate(ctx.tokens.spans) if text[a:b].endswith(("队", "团"))]


@pytest.mark.parametrize("text", TEAM_TEXTS)
def test_tokens_ending_in_team_char_equal_a_walk_over_every_token(text):
    ctx = segmented(text)
    assert _tokens_ending_in(ctx, RE_TEAM_WORD_END) == _old_selection(ctx)


def test_tokens_ending_in_team_char_exact():
    ctx = segmented("，青枫合唱团推出新节目，白鹭腰鼓队随后登台。")
    words = [ctx.text[a:b] for a, b in (ctx.tokens.spans[i] for i in _tokens_ending_in(ctx, RE_TEAM_WORD_END))]
    assert words == ["合唱团", "腰鼓队"]
    assert _tokens_ending_in(segmented("这句话里没有那两个字。"), RE_TEAM_WORD_END) == []
    # 团 opening a word (团结一心) ends no token; 团队 ends in 队
    ctx = segmented("大家团结一心，组成团队。")
    assert [ctx.text[slice(*ctx.tokens.spans[i])] for i in _tokens_ending_in(ctx, RE_TEAM_WORD_END)] == ["团队"]


# Counts written for these tests; ugly input: ranges, a count at the very end, one with no
# noun after it, full-width digits, the same count twice.
COUNT_TEXTS = [
    "桃溪社区共有14家社会组织，组织了3至5名志愿者，服务200余人次。",
    "本次活动发放大米30袋、食用油20桶，共计5000元",
    "共计12",
    "",
    "参加人数：８０人。参加人数：８０人。",
    "去年新增“红马甲”巡逻队员15名，今年又增加了15名",
]


@pytest.mark.parametrize("text", COUNT_TEXTS)
def test_subject_after_remembered_equals_worked_out(text):
    from shequ.extract.quantities import Tokens, _subject_after, find_candidates, subject_after

    ctx = segmented(text)
    tokens = Tokens(ctx)
    candidates = find_candidates(ctx.text, tokens)
    fresh = [_subject_after(c, Tokens(ctx)) for c in candidates]
    assert [subject_after(c, tokens) for c in candidates] == fresh
    assert [subject_after(c, tokens) for c in candidates] == fresh  # the second time from the memo


def test_subject_after_exact():
    from shequ.extract.quantities import Tokens, find_candidates, subject_after

    ctx = segmented("桃溪社区共有14家社会组织，组织了3至5名志愿者，服务200余人次。")
    tokens = Tokens(ctx)
    found = [(ctx.text[c.start : c.end], subject_after(c, tokens)) for c in find_candidates(ctx.text, tokens)]
    # round 28: a range whose first end has no measure word gives only its marked second end
    assert found == [("14家", "社会组织"), ("5名", "志愿者"), ("200余人次", None)]


# Appositions written for these tests (names and units made up); ugly input: a name at the
# very start, after 叫, after a line break, too long or too short a name, a comma first.
APPOSITION_TEXTS = [
    "周明远，青禾大学大三学生，暑假回到社区做志愿者。",
    "这位书记名叫吴海生，原某纺织厂车间副主任，去年来到村里。",
    "会上发言的有：\n郑小兰，时任街道妇联副主席。",
    "，，，",
    "李，某某社区主任，",
    "欧阳明月，社区党委书记，主持会议。王五，居民。",
    "",
    "大家好，我是社区网格员，负责三个小区。",
]


@pytest.mark.parametrize("text", APPOSITION_TEXTS)
def test_appositions_with_opener_check_equal_without(text, monkeypatch):
    people_module = importlib.import_module("shequ.extract.people")

    ctx = context_for(people_module.PersonExtractor, text)
    extractor = people_module.PersonExtractor()
    blocked = [False] * len(text)
    checked = [(f.start, f.end, f.role) for f in extractor._appositions(ctx, blocked)]
    monkeypatch.setattr(people_module, "_opener_before_name", lambda text, end: True)  # the path before the check
    assert [(f.start, f.end, f.role) for f in extractor._appositions(ctx, blocked)] == checked


def test_appositions_exact():
    from shequ.extract.people import PersonExtractor

    text = "这位书记名叫吴海生，原某纺织厂车间副主任，去年来到村里。"
    found = PersonExtractor()._appositions(context_for(PersonExtractor, text), [False] * len(text))
    assert [(text[f.start : f.end], f.role) for f in found] == [("吴海生", "原某纺织厂车间副主任")]
