"""Round 41 (pairs): a gap of time or a joint adverb between parties and their frame word: a date
between a topic and 由 (某站于某年由某中心运营), and 携手/一同 between units and the word of their
going (A与B携手走进某社区，开展…) do not break the frame. Sentences written for these tests
(made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["晴禾社工服务中心", "澜湾志愿者协会", "柏岸学院", "晴川社会工作站",
                            "晴禾电力第一党支部", "澜湾置业党支部"], communities=["杉木岭社区"])


def test_date_between_topic_and_by_operator():
    text = "晴川社会工作站于2021年由晴禾社工服务中心承接运营。"
    assert pairs(text, **UNITS) == [("晴川社会工作站", "晴禾社工服务中心")]


def test_date_between_topic_and_by_guide_only_place_pairs_nothing():
    text = "这座凉亭于2021年由村民自筹资金修建。"
    assert pairs(text, **UNITS) == []


def test_units_go_together_into_a_community():
    text = "9月3日，晴禾电力第一党支部与澜湾置业党支部携手走进杉木岭社区，开展义剪服务。"
    assert pairs(text, **UNITS) == [
        ("晴禾电力第一党支部", "杉木岭社区"), ("晴禾电力第一党支部", "澜湾置业党支部"), ("杉木岭社区", "澜湾置业党支部")]


def test_joint_going_without_an_act_pairs_only_the_goers():
    text = "9月3日，晴禾电力第一党支部与澜湾置业党支部携手走进杉木岭社区。"
    assert pairs(text, **UNITS) == [("晴禾电力第一党支部", "澜湾置业党支部")]


FIRMS = dict(organizations=["晴禾建材有限公司", "澜湾置业有限公司", "柏岸电子有限公司"], communities=["杉木岭村"])


def test_list_closed_by_sort_noun_before_joint_word():
    text = "晴禾建材有限公司、澜湾置业有限公司、柏岸电子有限公司等多家爱心企业共同出资修建了凉亭。"
    assert pairs(text, **FIRMS) == [
        ("晴禾建材有限公司", "柏岸电子有限公司"), ("晴禾建材有限公司", "澜湾置业有限公司"), ("柏岸电子有限公司", "澜湾置业有限公司")]


def test_list_closed_by_count_and_sort_noun_before_joint_word():
    text = "晴禾建材有限公司、澜湾置业有限公司等5家单位共同组建了一支应急分队。"
    assert pairs(text, **FIRMS) == [("晴禾建材有限公司", "澜湾置业有限公司")]


def test_list_closed_by_count_before_a_credit_pairs_nothing():
    text = "此次比赛由晴禾建材有限公司、澜湾置业有限公司等9个部门联合主办。"
    assert pairs(text, **FIRMS) == []


def test_list_closed_by_sort_noun_acting_each_on_its_own_pairs_nothing():
    text = "晴禾建材有限公司、澜湾置业有限公司等企业分别捐赠了物资。"
    assert pairs(text, **FIRMS) == []
