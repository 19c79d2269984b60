"""People, round 35b. Sentences written for these tests, with made-up names and units."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A role keeps the name of its unit written before the unit word, though no extractor found the
# unit (铜都社区, 华贸中心: `_unit_name_before`), and the titles whose first half says whose post it
# is (妇女主任, 党组成员, 支委委员, 主任委员) are not cut to their second half.
UNIT_NAME_CASES = [
    ("大家都很高兴。桐溪社区党委书记郜丽萍也笑着说。", [("郜丽萍", "桐溪社区党委书记")]),
    ("5月3日凌晨，锦贸中心社区书记柏文涛又被电话叫醒了。", [("柏文涛", "锦贸中心社区书记")]),
    ("会上，区民政局党组成员、副局长邝远航介绍了情况。", [("邝远航", "区民政局党组成员、副局长")]),
    ("妇女主任卢秀芹第一个报了名。", [("卢秀芹", "妇女主任")]),
    ("石塘村妇女组长潘晓燕说，活动很受欢迎。", [("潘晓燕", "石塘村妇女组长")]),
    ("村支委委员、村委会委员崔立红说。", [("崔立红", "村支委委员、村委会委员")]),
    # what stands before the unit word is no name: a pronoun, a time word, a common verb, a subject
    ("该村党支部书记江学如说，工作很顺利。", [("江学如", "该村党支部书记")]),
    ("近日社区书记蔺明华说，工作很顺利。", [("蔺明华", "社区书记")]),
    ("。记者采访社区书记蔺明华，了解了情况。", [("蔺明华", "社区书记")]),
    ("。大家都夸社区书记蔺明华。", [("蔺明华", "社区书记")]),
    ("他们看望了社区书记蔺明华。", [("蔺明华", "社区书记")]),
    # no name after the title: nobody
    ("桐溪社区党委书记带队走访。", []),
]


@pytest.mark.parametrize("text, expected", UNIT_NAME_CASES)
def test_round35b_role_keeps_unit_name(text, expected):
    assert people(text) == expected


# A titled speaker: 称 reports what an official said, and between a head's title and a speech verb
# closing the subject a name whose given part is a common word (建立) or a place word (万山) is a
# name; 中 may stand in a given name after a title. No name where a manner word or an adverb stands.
TITLED_SPEAKER_CASES = [
    ("桐溪村社区党委书记吴中芳称，通过改造环境变好了。", [("吴中芳", "桐溪村社区党委书记")]),
    ("东坪社区党支部书记郜建立说，大家很满意。", [("郜建立", "东坪社区党支部书记")]),
    ("湖西社区党支部书记万山说：“我们会继续努力。”", [("万山", "湖西社区党支部书记")]),
    ("社区书记高兴地说，工作顺利。", []),
    ("社区书记万分感慨，工作顺利。", []),
    ("社区书记常常说，要多听居民意见。", []),
    ("这个奖项被居民称为“暖心奖”。", []),
]


@pytest.mark.parametrize("text, expected", TITLED_SPEAKER_CASES)
def test_round35b_titled_speaker(text, expected):
    assert people(text) == expected


# Rarer surnames after a title (代, 蜂); 代 is also "on behalf of", so it needs a clear end.
RARE_SURNAME_CASES = [
    ("巡查途中，二级警长代春民在楼道里查看消防通道。", [("代春民", "警长")]),
    ("但东河乡乡长蜂立群发现，问题不少。", [("蜂立群", "东河乡乡长")]),
    ("社区书记代表居民发言。", []),
    ("主任代理书记工作后，大家很放心。", []),
]


@pytest.mark.parametrize("text, expected", RARE_SURNAME_CASES)
def test_round35b_rare_surnames(text, expected):
    assert people(text) == expected


# A dash between a role and the name (工坊主理人——某某); a dash before a word is no name.
DASH_CASES = [
    ("走进小院，能看到手工坊主理人——邝秀梅阿姨忙着煮茶的身影。", [("邝秀梅", "主理人")]),
    ("他是大坑村驻村第一书记——柏振宇。", [("柏振宇", "大坑村驻村第一书记")]),
    ("第一部分——王者归来。", []),
]


@pytest.mark.parametrize("text, expected", DASH_CASES)
def test_round35b_dash_between_role_and_name(text, expected):
    assert people(text) == expected
