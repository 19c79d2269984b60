"""Round 40b (organizations): clause words that jieba glues to the edge of a word it only
guessed, read into the name after them.

Every sentence here is made up (invented people, estates and companies)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- a function word glued to a guessed word
@pytest.mark.parametrize(
    "text, expected",
    [
        ("中心主任沈如金为社工站剪彩。", []),  # 沈如金为|社工站: 为 (p) ends the guessed word
        ("以前我们追着物业要说法。", []),  # 追着|物业: 着 (uz) ends it
        ("而物管公司把绿化养护又转包了出去。", []),  # 而物管|公司: 而 (c) opens it
        ("吴文锻等学校老师参加了培训。", []),  # 吴文|锻等|学校: 等 (u) ends it
    ],
)
def test_round40b_function_word_glued_to_a_guessed_word_is_no_name(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("社区联合溪岚物业开展消防演练。", ["溪岚物业"]),
        ("青禾物业公司与社区签订了服务协议。", ["青禾物业公司"]),
        ("中心主任沈如金为桃源社区社工站剪彩。", ["桃源社区社工站"]),
    ],
)
def test_round40b_named_unit_after_the_glued_word_stays(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- a lone one-character verb before its object
@pytest.mark.parametrize(
    "text, expected",
    [
        ("禁毒宣传员带着防骗知识进学校，又进了工地。", []),  # 知识|进|学校
        ("邻里纠纷多了，大家就找村党委评理。", []),  # 就|找|村党委
        ("自小区党支部成立那天起，楼道堆物少多了。", []),  # ，自|小区党支部
        ("青年社工走学校，讲安全课。", []),  # 社工|走|学校
    ],
)
def test_round40b_lone_verb_before_a_bare_unit_is_no_name(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("桃源社区党委与青禾喜乐居物业党支部结对共建。", ["桃源社区党委", "青禾喜乐居物业党支部"]),  # 喜乐|居: a name's character
        ("温州市立医院派出医生义诊。", ["温州市立医院"]),  # 市|立: after a place
    ],
)
def test_round40b_verb_character_inside_a_name_stays(text, expected):
    assert organizations(text) == expected


def test_round40b_verb_character_after_a_guessed_name_word_stays():
    # 瑞岚康|居|物业: jieba guessed the name's first characters; 居 is the name's last, not a verb
    assert organizations("会上，瑞岚康居物业介绍了整改进度。") == ["瑞岚康居物业"]
