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
    ("村支委委员、村委会副主任崔立红说。", [("崔立红", "村支委委员、村委会副主任")]),
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
