"""People, round 59 h7b: rarer surnames (丘, 琚, 皇, 恩) after titles and on credit lines, and a name
right after a unit's party body with no title between (T14b). Sentences written for these tests, with
made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


RARER_SURNAME_CASES = [
    # the second name of a credit run closing a line
    ("本报记者 孙立明 通讯员 钱丽 丘雅婷\n社区食堂开张了。", [("孙立明", "本报记者"), ("钱丽", "通讯员"), ("丘雅婷", "通讯员")]),
    # a photo credit naming the paper's reporter
    ("社区食堂的菜单每周更新一次。\n本页照片均由本报记者琚晓峰拍摄", [("琚晓峰", "本报记者")]),
    # after a title in a list of officials, with a clear end
    ("区民政局局长钱立国、副局长皇晓东一起走访了困难家庭。", [("钱立国", "区民政局局长"), ("皇晓东", "副局长")]),
    # after a title, before a speech verb
    ("青松社区党委书记恩建华介绍，食堂每天供应午餐。", [("恩建华", "青松社区党委书记")]),
    # the characters as plain words after a role: no name
    ("志愿者们心怀感恩，走遍了丘陵间的每个村落。", []),
    ("社区居民恩情难忘，送来锦旗。", []),
]


@pytest.mark.parametrize("text, expected", RARER_SURNAME_CASES)
def test_round59h7b_rarer_surnames_make_names(text, expected):
    assert people(text) == expected


PARTY_BODY_CASES = [
    # a name right after a unit's party body, no title between: the unit is the role
    ("会上，青山街道柳岸社区党委林小雨介绍了小区改造的情况。", [("林小雨", "青山街道柳岸社区党委")]),
    ("区民政局副局长王建国、青山街道柳岸社区党委孙晓梅出席仪式。",
     [("王建国", "区民政局副局长"), ("孙晓梅", "青山街道柳岸社区党委")]),
    # the office that runs the party's work in a street
    ("由区委社会工作部牵头，青山街道党建办钱玉明带队走访了五个小区。", [("钱玉明", "青山街道党建办")]),
    # a bare party body names no unit: whose member is unclear
    ("党委林小雨介绍，小区很老。", []),
    # the body as a sentence's subject, its verb or adverb after it: no name
    ("街道党工委高度重视，社区党委周密部署。", []),
    ("社区党委于近日召开会议。", []),
    ("柳岸社区党支部和居委会一起开会。", []),
    ("东湖村党总支郑重承诺，年底前完成改造。", []),
]


@pytest.mark.parametrize("text, expected", PARTY_BODY_CASES)
def test_round59h7b_name_after_party_body_takes_unit_as_role(text, expected):
    assert people(text) == expected
