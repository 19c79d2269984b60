"""Round 32 (pairs). 在A的指导下，B reads like 在A的支持下: the guiding unit is paired with the unit
it guides (also 在A统筹指导下, 在A的具体指导下, and B在A指导下… with B before the phrase). A second
phrase of the same kind right after the first (在A的指导下，在B的支持下，C…) names another helper,
not the unit helped. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

GUIDED = [
    # guidance alone, the guided unit after the comma
    ("guided_after_comma", "在青禾区民政局的指导下，启明社工服务中心走访了独居老人。",
     {"organizations": ["青禾区民政局", "启明社工服务中心"]},
     [("青禾区民政局", "启明社工服务中心")]),
    # no 的, a modifier before 指导, the guided unit before the phrase
    ("guided_before_phrase", "启明社工服务中心在青禾区民政局精心指导下开展入户调研。",
     {"organizations": ["青禾区民政局", "启明社工服务中心"]},
     [("青禾区民政局", "启明社工服务中心")]),
    # two guiding units, 统筹 before 指导
    ("guided_by_two", "在柳岸市民政局、柳岸团市委的统筹指导下，枫叶社区推出了志愿积分卡。",
     {"organizations": ["柳岸市民政局", "柳岸团市委"], "communities": ["枫叶社区"]},
     [("柳岸市民政局", "枫叶社区"), ("柳岸团市委", "枫叶社区")]),
    # 具体指导, the subject before a comma
    ("guided_subject_first", "苇塘县住建局按照县里的部署，在苇塘县委组织部的具体指导下，以红色物业为抓手推进工作。",
     {"organizations": ["苇塘县住建局", "苇塘县委组织部"]},
     [("苇塘县住建局", "苇塘县委组织部")]),
    # a unit's staff act under the guidance: the unit is the one guided
    ("guided_staff", "青禾律师事务所的律师团队在江城县司法局的指导下开展普法。",
     {"organizations": ["青禾律师事务所", "江城县司法局"]},
     [("江城县司法局", "青禾律师事务所")]),
]


@pytest.mark.parametrize("name, text, parties, expected", GUIDED, ids=[row[0] for row in GUIDED])
def test_guidance_pairs_the_guiding_unit_with_the_guided_one(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


NOTHING = [
    # a second phrase right after the first: its unit helps, the one helped is no party
    ("second_phrase", "桐花街道在芦湾区政法委的指导下，在南门派出所、辖区爱心商户的大力支持下，开展平安宣传。",
     {"organizations": ["芦湾区政法委", "南门派出所"]}),
    # guidance by a unit no extractor names
    ("unnamed_guide", "在上级部门的指导下，启明社工服务中心完成了评估。", {"organizations": ["启明社工服务中心"]}),
    # guidance given, not received under: no 在…下
    ("guidance_given", "青禾区民政局派员指导各社区填写台账。", {"organizations": ["青禾区民政局"]}),
]


@pytest.mark.parametrize("name, text, parties", NOTHING, ids=[row[0] for row in NOTHING])
def test_guidance_without_a_guided_party_pairs_nothing(name, text, parties):
    assert pairs(text, **parties) == []
