"""Round 57 h4: an unquoted program name does not run back over a clause verb that the dictionary
tags as a noun or verbal noun or does not know (内设, 面向, 驱动, 齐聚: program_exclusions.tsv
name_verb), nor over a verb with the aspect particle 着 (拉着, 领着): the holder or the subject acts
on a program word, the stretch names nothing. A holder's own program word, with no verb between,
stays. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds


@pytest.mark.parametrize(
    "text",
    [
        # a community sets up rooms inside it: a list of its rooms, no named platform
        "柳湾社区内设居民议事厅、图书室、老年活动室和儿童之家。",
        # a district opens a call to every street's platform
        "年初，南湖区面向辖区各街道平台推出公益创投申报通知。",
        "东湖街道面向辖区青年夜校招募讲师。",
        # a headline's two engines drive the night school
        "三引擎驱动青年夜校扩容，课程更受欢迎。",
        # residents gather in the community's deliberation hall
        "周六上午，居民齐聚社区议事厅商量停车难题。",
        # learners bring their friends along to form a group (组团 is the verb, not a team)
        "老人们听完讲座很满意，热情拉着亲友组团参加下一期。",
        "不少家长看到效果后，领着邻居组团报名。",
    ],
)
def test_clause_verb_before_program_word_makes_no_name(text):
    assert programs_and_kinds(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the holder right before its program words: no verb between
        ("柳湾社区居民议事厅每月召开一次会议。", [("柳湾社区居民议事厅", "platform")]),
        ("柳湾社区青年夜校开设了茶艺、书法等课程。", [("柳湾社区青年夜校", "course")]),
        ("西城区向阳花志愿服务队走进养老院开展慰问。", [("西城区向阳花志愿服务队", "team")]),
    ],
)
def test_holder_program_without_verb_stays(text, expected):
    assert programs_and_kinds(text) == expected
