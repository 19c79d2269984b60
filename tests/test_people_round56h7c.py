"""People, round 56 h7c: a title used as a clause's subject, then a verb whose first character is
also a surname, is no person: the verb with its complement or a second verb (干部包起来, 志愿者来教),
or the verb 任 with the office taken (干部任网格长). Names whose given part is a verb stay names when
a speech verb follows them. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


VERB_PHRASE_CASES = [
    # a slogan of parallel clauses, each a group and its verb with 起来
    ("推行“旗帜亮起来、干部包起来、居民动起来”的工作方法。", []),
    ("社区干部包起来，一户一户上门走访。", []),
    # 来 and a second verb after a group word
    ("托管班开得红火，还有师范生志愿者来教，家长都很满意。", []),
    ("每周六都有志愿者来帮，老人们很高兴。", []),
    # 任 and the office the group takes
    ("社区干部任网格长，负责日常巡查。", []),
    ("小区党员任楼栋长，居民有事就找他们。", []),
    # names with the same surnames stay names
    ("社区干部包海峰介绍，活动已经开展三年。", [("包海峰", "社区干部")]),
    ("志愿者戴明轩说，服务让他很有收获。", [("戴明轩", "志愿者")]),
    ("党支部书记任建国带领党员清理楼道。", [("任建国", "党支部书记")]),
    ("网格员来晓燕说，居民都很配合。", [("来晓燕", "网格员")]),
    # a given part that is a common verb, with a speech verb after the name
    ("街道干部谢建立介绍了工作进展。", [("谢建立", "街道干部")]),
]


@pytest.mark.parametrize("text, expected", VERB_PHRASE_CASES)
def test_round56h7c_title_then_verb_phrase_is_no_name(text, expected):
    assert people(text) == expected
