"""People, round 36: writers and reporters credited on lines the page reader sets aside from
the article's text (a web page's author line, a credit in its header, a byline over a headline).
Pages written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people
from test_people_captions_round30 import people_of

HEADLINE = "翠湖社区闲置车棚变身共享书屋\n"
BODY = (
    "近日，枫林街道翠湖社区把闲置的车棚改成了共享书屋，四十多位居民轮流值守。\n\n"
    "街道负责人表示，书屋的借阅记录会按季度公开，读书会每两周办一次。\n\n"
)

# The writers of an author line (作者：…), names parted by 、 or the page's spaces, up to the next
# label or a bar; a reporter's title after 作者 gives the names that title; a line of prose after
# 作者 names nobody.
CREDIT_LINE_CASES = [
    (HEADLINE + "•作者：邝文彬、柏庆华   供稿单位：枫林街道   编辑：宁晓川\n\n" + BODY,
     [("邝文彬", "作者"), ("柏庆华", "作者")]),
    (HEADLINE + "来源：枫林街道办|作者：邝文彬|时间：2020-03-08\n\n" + BODY, [("邝文彬", "作者")]),
    (HEADLINE + "\n" + BODY + "（作者 邝文彬）\n【编辑 宁晓川】\n", [("邝文彬", "作者")]),
    (HEADLINE + "作者：本报记者 邝文彬 柏庆华 本报通讯员 罗鸣 《某某日报》（2020年03月08日 02版）\n\n" + BODY,
     [("邝文彬", "本报记者"), ("柏庆华", "本报记者")]),
    (HEADLINE + "\n" + BODY + "作者：社区工作的意义\n", []),
    (HEADLINE + "记者走访翠湖社区\n\n" + BODY, []),
]


@pytest.mark.parametrize("raw, expected", CREDIT_LINE_CASES)
def test_round36_credit_lines_set_aside(raw, expected):
    assert [person[:2] for person in people_of(raw)] == expected


# Community posts and givers news introduces a person by (`person_roles.txt`, round 36): a
# community's Party organizer, a services assistant, a donor; the words alone name nobody.
ROLE_WORD_CASES = [
    ("柳溪社区组织员岑立舟介绍，今年共发展了三名新党员。", [("岑立舟", "柳溪社区组织员")]),
    ("社区就业协理员滕秀兰正在为求职居民登记信息。", [("滕秀兰", "协理员")]),
    ("爱心人士臧立强向敬老院捐赠了两百斤大米。", [("臧立强", "爱心人士")]),
    ("爱心人士和志愿者一起把米面送到老人家中。", []),
    ("协理员的工作琐碎又具体。", []),
]


@pytest.mark.parametrize("text, expected", ROLE_WORD_CASES)
def test_round36_role_words(text, expected):
    assert people(text) == expected


# A cadre assigned a community (包社区, beside 包村 and 包街: `person_duty_words.txt`) is no
# person named 包社区; a 包 with a given name after a title still is.
DUTY_WORD_CASES = [
    ("街道成立专班，副主任包片、科长包社区，逐户走访。", []),
    ("科长包建华介绍了走访情况。", [("包建华", "科长")]),
]


@pytest.mark.parametrize("text, expected", DUTY_WORD_CASES)
def test_round36_duty_words(text, expected):
    assert people(text) == expected
