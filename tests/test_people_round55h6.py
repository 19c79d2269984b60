"""People, round 55 h6: a Tibetan, Mongolian or Yi name right after a title, made of the name parts
of `person_minority_name_parts.txt`, is read whole (T1m), where the surname-led reading lost it or
cut it after two characters. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


MINORITY_NAME_CASES = [
    # two Tibetan parts after a unit's titles, then a speech verb
    ("区卫健局党组成员、副局长次仁卓玛表示，义诊会定期举办。", [("次仁卓玛", "区卫健局党组成员、副局长")]),
    ("志愿者代表格桑央金说：“我们会一直做下去。”", [("格桑央金", "志愿者代表")]),
    # three parts, then a follow word
    ("社区主任扎西顿珠带领居民清扫街道。", [("扎西顿珠", "社区主任")]),
    # a Mongolian name of a two- and a three-character part, an adverb opening the predicate
    ("菜市场里，摊主乌云其木格正忙着招呼顾客。", [("乌云其木格", "摊主")]),
    # a Yi clan name the list lacks (its first character a Han surname), then a listed part and a speech verb
    ("据社区党支部书记石莫阿呷介绍，小区里新修了文化广场。", [("石莫阿呷", "社区党支部书记")]),
    # one listed part alone, or a Han name then a word that is also a part: the Han reading stands
    ("社区书记王林乌云密布时还在巡查。", [("王林", "社区书记")]),
    ("街道副主任乌兰察布市来的客人座谈。", []),
    # no title before the parts: nobody
    ("格桑花开满了山坡，扎西德勒的祝福声不断。", []),
]


@pytest.mark.parametrize("text, expected", MINORITY_NAME_CASES)
def test_round55h6_minority_name_after_title_is_read_whole(text, expected):
    assert people(text) == expected


GUIDANCE_CASES = [
    # a verb of carrying out guidance before the leader's name: the guidance is cited, nobody is named
    ("各村深入落实习近平总书记关于乡村振兴的重要论述，推进整治。", []),
    ("街道团工委贯彻习近平总书记给青年的回信精神，组织青年参与。", []),
    # the title, then 指出: his words quoted as guidance
    ("习近平总书记指出，基层治理要把资源下沉到社区。", []),
    # he visits or speaks in the story: a person with his title
    ("今年春天，习近平总书记在这个街道考察时强调，要办好民生实事。", [("习近平", "总书记")]),
    ("习近平总书记强调，要让群众生活更加便利。", [("习近平", "总书记")]),
]


@pytest.mark.parametrize("text, expected", GUIDANCE_CASES)
def test_round55h6_leader_whose_guidance_is_carried_out_is_no_person(text, expected):
    assert people(text) == expected
