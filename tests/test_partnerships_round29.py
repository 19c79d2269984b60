"""Round 29 (pairs): a list of parties opening its clause is the joint subject of the act right
after it. Besides the acts of round 21 (举办, 组织, 走进 …), forming one body (A、B、C组成…联盟),
launching (A、B正式启动…) and supporting (A、B将扶持…) are acts the listed units do together, and a
relative date (于近期, 近日) or an adverb of joint work (集中, 正式) may stand before the act.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


def all_pairs(*names: str) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((a, b))) for i, a in enumerate(names) for b in names[i + 1 :])


CO_SUBJECT_CASES = [
    # three units forming one alliance
    ("list_forms_one_body", "仪式上，青禾社区党委、石桥中学党支部、青禾电力公司党支部组成“暖阳”党建联盟。",
     {"organizations": ["青禾社区党委", "石桥中学党支部", "青禾电力公司党支部"]},
     all_pairs("青禾社区党委", "石桥中学党支部", "青禾电力公司党支部")),
    # two units supporting together, a modal before the verb
    ("list_supports_together", "下一步，柳岸区民政局、柳岸区慈善总会将扶持更多村居设立社区基金。",
     {"organizations": ["柳岸区民政局", "柳岸区慈善总会"]},
     all_pairs("柳岸区民政局", "柳岸区慈善总会")),
    # a launch, an adverb of joint work before it
    ("list_launches_together", "近日，青禾社工服务中心、石桥志愿者协会正式启动关爱独居老人项目。",
     {"organizations": ["青禾社工服务中心", "石桥志愿者协会"]},
     all_pairs("青禾社工服务中心", "石桥志愿者协会")),
    # a relative date after 于 and 集中 before the act
    ("relative_date_and_adverb", "青禾社区社工室和石桥社区社工室于近期集中举办敬老义诊。",
     {"organizations": ["青禾社区社工室", "石桥社区社工室"]},
     all_pairs("青禾社区社工室", "石桥社区社工室")),
]

NOTHING_CASES = [
    # a list after a verb is that verb's object, not the subject of the act
    ("list_after_verb", "街道召集青禾社区党委、石桥中学党支部组成工作专班。",
     {"organizations": ["青禾社区党委", "石桥中学党支部"]}),
    # each unit on its own (分别) or a comma before the act: nothing
    ("each_on_its_own", "青禾社工服务中心、石桥志愿者协会分别启动了各自的项目。",
     {"organizations": ["青禾社工服务中心", "石桥志愿者协会"]}),
    ("comma_before_act", "近日，青禾社工服务中心、石桥志愿者协会，启动了关爱项目。",
     {"organizations": ["青禾社工服务中心", "石桥志愿者协会"]}),
    # (round 49 pairframe: a pair joined by 与 opening its clause is the joint subject of 启动, see
    # test_partnerships_round49pairframe.py; the with_join case moved there)
]


@pytest.mark.parametrize("text,parties,expected", [c[1:] for c in CO_SUBJECT_CASES], ids=[c[0] for c in CO_SUBJECT_CASES])
def test_round29_list_is_joint_subject(text, parties, expected):
    assert pairs(text, **parties) == expected


@pytest.mark.parametrize("text,parties", [c[1:] for c in NOTHING_CASES], ids=[c[0] for c in NOTHING_CASES])
def test_round29_list_is_no_joint_subject(text, parties):
    assert pairs(text, **parties) == []


# Co-host credits (round 29): a list of units credited with hosting an event (共同主办, 共同承办, 协办)
# is not a list of partners; holding the event together (联合举办) and joint work (共同开展) still pair.
# Round 48: a 由-credit line (由A、B联合主办, 由A与B联合主办) pairs its units (37-set pool gold).
CREDIT_CASES = [
    # round 48: credit lines pair their units (37-set pool gold): a 由-line, not a bare list
    ("by_list_joint_credit", "此次活动由青禾区民政局、青禾区司法局联合主办。", [("青禾区司法局", "青禾区民政局")]),
    ("copula_list_joint_credit", "本活动是青禾区民政局、青禾区司法局、青禾区残联共同主办的。", []),
    ("list_comma_joint_credit", "青禾区民政局、青禾区司法局，共同承办了此次活动。", []),
    # round 48: credit lines pair their units (37-set pool gold)
    ("with_list_joint_credit", "此次活动由青禾区民政局与青禾区司法局联合主办。", [("青禾区司法局", "青禾区民政局")]),
    ("with_list_joint_co_organiser", "青禾区民政局与青禾区司法局共同协办了此次活动。", []),
    ("list_holds_event_together", "青禾区民政局、青禾区司法局联合举办了此次活动。", [("青禾区司法局", "青禾区民政局")]),
    ("with_list_holds_event_together", "此次活动由青禾区民政局与青禾区司法局联合举办。", [("青禾区司法局", "青禾区民政局")]),
    ("list_works_together", "青禾区民政局、青禾区司法局共同开展了普法宣传。", [("青禾区司法局", "青禾区民政局")]),
]
CREDIT_PARTIES = {"organizations": ["青禾区民政局", "青禾区司法局", "青禾区残联"]}


@pytest.mark.parametrize("text,expected", [c[1:] for c in CREDIT_CASES], ids=[c[0] for c in CREDIT_CASES])
def test_round29_co_host_credit_pairs_nothing(text, expected):
    assert pairs(text, **CREDIT_PARTIES) == sorted(tuple(sorted(p)) for p in expected)
