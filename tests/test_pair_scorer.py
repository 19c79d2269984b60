"""The pair scorer: two parties of one sentence that no relation frame pairs, weighed as partners."""

import importlib.util
from pathlib import Path

import pytest

from shequ.clipping import analyze_text, default_pipeline
from shequ.extract.pair_scorer import cue_word, cue_words, masked, pair_features, probability, weights
from shequ.lexicon import read_table

ROOT = Path(__file__).resolve().parent.parent


SCORED = {"partnerships": {"scored": True}}


def pairs(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"], m.attrs.get("basis"))
            for m in analyze_text(text, default_pipeline(SCORED)).found("partnerships")]


def test_features_read_cue_words_by_where_they_stand():
    sentence = "东山街道社会工作站联合梧桐邻里中心周边的桂香社区、兰亭社区共同开展主题活动。"
    assert pair_features(sentence, (0, 9, "organizations"), (20, 24, "communities"), 3) == [
        "bias", "gap15", "joint_mid", "joint_after", "event_after", "types_com-org", "n_in3", "first_subject",
        "in_longer_list"]


def test_a_cue_word_inside_a_name_is_no_word_of_the_sentence():
    sentence = "青山服务中心与桂香社区开展活动。"
    hidden = masked(sentence, [(0, 6), (7, 11)])
    assert hidden == "□□□□□□与□□□□开展活动。"
    assert cue_word(hidden, 6, 7) is None  # 服务 is the centre's name; 开展 names no relation


def test_the_relation_is_the_cue_word_between_the_two_else_the_nearest():
    assert cue_word("□□□□支持□□□□联合□□□□开展活动。", 8, 12) == "联合"
    assert cue_word("□□□□、□□□□共同组建服务队。", 4, 5) == "共同"


UNITS_THROUGH_A_DESCRIPTOR = "今年，东山街道社会工作站联合周边的桂香社区、兰亭社区，面向独居老人开展“邻里守望”服务。"


def test_units_joined_through_a_descriptor_no_frame_reads_are_scored_partners():
    # A联合<descriptor>的B、C: no frame reads 周边的 as a partner's descriptor; the scorer pairs A with each
    assert pairs(UNITS_THROUGH_A_DESCRIPTOR) == [
        ("东山街道社会工作站", "桂香社区", "联合", "scored"),
        ("东山街道社会工作站", "兰亭社区", "联合", "scored"),
    ]


def test_a_sentence_a_frame_read_is_left_to_it():
    # the frames pair the two listed units with the community; the scorer adds nothing
    assert pairs("5月以来，东山街道社会工作站、梧桐社区社会组织服务中心联合辖区内的桂香社区开展主题活动。") == [
        ("东山街道社会工作站", "梧桐社区社会组织服务中心", "联合", None),
        ("东山街道社会工作站", "桂香社区", "联合", None),
        ("梧桐社区社会组织服务中心", "桂香社区", "联合", None),
    ]


@pytest.mark.parametrize("text", [
    "今年以来，桂香社区和园小区的志愿者坚持每周巡查。",  # a community and its estate, written as one name
    "桂香社区、兰亭社区的居民代表参加了座谈。",  # residents of two communities: no joint work
    "6月3日，青山区民政局在东山街道桂香社区举办了日间照料中心揭牌仪式。",  # a venue
    "青山区民政局、远航物流有限公司赴桂香社区学习考察。",  # a visit to learn
    "在青山区民政局、青山区慈善总会指导下，远航志愿者协会开展培训。",  # guidance, and what the guided unit gives
    "桂香社区与兰亭社区倡导共建共治共享。",  # a slogan names no relation
])
def test_sentences_without_joint_work_give_no_scored_pair(text):
    assert [p for p in pairs(text) if p[3] == "scored"] == []


def test_the_scorer_is_off_by_default():
    assert analyze_text(UNITS_THROUGH_A_DESCRIPTOR).found("partnerships") == []


def test_every_weighed_feature_is_one_the_scorer_can_give():
    # a renamed feature or cue family leaves a stale weight: re-run scripts/train_pair_scorer.py
    families = {family for family, _ in cue_words()}
    kinds = ("com", "org", "pro")
    known = {"bias", "gap0", "gap5", "gap15", "gap40", "gapfar", "conj", "list_mark", "comma_between", "semi_between",
             "with_before", "with_mid", "by", "at_before", "first_subject", "gap_only_mark", "share_prefix2", "gov_pair",
             "gov_one", "in_longer_list"}
    known |= {f"{family}_{where}" for family in families for where in ("mid", "after", "before")}
    known |= {f"types_{a}-{b}" for a in kinds for b in kinds if a <= b} | {f"n_in{n}" for n in range(2, 6)}
    assert set(weights()) <= known


def test_weights_are_the_trained_table_and_give_probabilities():
    table = weights()
    assert table and all(isinstance(w, float) for w in table.values())
    assert {row["feature"] for row in read_table("partnership_pair_weights.tsv")} == set(table)
    assert probability([]) == 0.5
    assert probability(["joint_mid"], {"joint_mid": 2.0}) == pytest.approx(0.8808, abs=1e-4)


def test_training_is_a_deterministic_logistic_fit():
    spec = importlib.util.spec_from_file_location("train_pair_scorer", ROOT / "scripts" / "train_pair_scorer.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rows = [(["bias", "joint_mid"], True)] * 6 + [(["bias", "event_mid"], False)] * 6 + [(["bias", "joint_mid"], False)]
    fitted = train.fit(rows)
    assert fitted == train.fit(rows)
    assert fitted["joint_mid"] > 0 > fitted["event_mid"]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_pair_scorer", ROOT / "scripts" / "train_pair_scorer.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    return train


def test_added_pairs_are_the_weighed_ones_over_the_threshold_once_per_article():
    train = _trainer()
    table = {"joint_mid": 2.0, "event_mid": -2.0}
    rows = [
        train.Example(["joint_mid"], True, "a/0", "甲|乙", True),
        train.Example(["joint_mid"], True, "a/0", "甲|乙", True),  # the same pair again: added once
        train.Example(["joint_mid"], False, "b/0", "甲|乙", True),  # another article: added again
        train.Example(["joint_mid"], True, "a/0", "甲|丙", False),  # a sentence a frame read: not weighed
        train.Example(["event_mid"], True, "a/0", "乙|丙", True),  # under the threshold
    ]
    assert train.added(rows, table, 0.6) == (2, 1)
    assert train.added(rows, table, 0.9) == (0, 0)


def test_cross_validation_fits_without_the_held_out_set_and_is_deterministic():
    train = _trainer()
    joint = [train.Example(["bias", "joint_mid"], True, f"x/{i}", "甲|乙", True) for i in range(6)]
    event = [train.Example(["bias", "event_mid"], False, f"x/{i}", "甲|丙", True) for i in range(6)]
    sets = {"one": joint[:3] + event[:3], "two": joint[3:] + event[3:], "three": event}
    report = train.cross_validate(sets, thresholds=(0.5,))
    assert report == train.cross_validate(sets, thresholds=(0.5,))
    assert report["one"][0.5] == (3, 3)  # learned from the other sets: joint work is partnership
    assert report["three"][0.5] == (0, 0)
