"""Round 18, second wave (partnerships): units taking part in the event an article reports. The
hosts are the units of the lead's 由A、B联合主办 or the named subject of its 开展/举办/举行/打造; a
unit bringing a service as one of a list of units (A、B等机构提供…服务) or joining in (积极参与其中)
pairs with each host, and with the community body among co-hosts when there is one. Round 50: a
unit serving the public on its own (为居民提供义诊) no longer pairs (61-set pool gold: none of the
three such pairs was a partnership). The co-hosts of a 由…联合主办 credit pair with each other
(round 48: credit lines pair their units, 37-set pool gold). Sentences written for these tests
(made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor
from contexts import context_for


def facts(text: str, **parties) -> list[tuple[str, str, str]]:
    """(a, b, relation) of every pair, once each; a pair is unordered, so a and b are sorted."""
    ctx = context_for(PartnershipExtractor, text, **parties)
    return sorted({
        (*sorted((m.attrs["a"].canonical, m.attrs["b"].canonical)), m.attrs["relation"])
        for m in PartnershipExtractor()(ctx) if m.label == "partnerships"
    })


COLLEGE = "江城职业学院"
BRANCH = "柳岸社区党支部"
CLINIC = "康宁口腔门诊"
HOSPITAL = "青山区中医院"
EYES = "启明眼科医院"
STATION = "江北区公安分局河口派出所"
BANK = "江北农商银行河口支行"
FIRM = "宏达物业公司"

FAIR = f"5月9日，由{COLLEGE}、{BRANCH}联合主办的“健康进万家”义诊活动在锦绣小区举行。"
FAIR_PARTIES = {"organizations": [COLLEGE, BRANCH, HOSPITAL, CLINIC, EYES, FIRM]}
# round 48: credit lines pair their units (37-set pool gold): the lead's co-hosts
FAIR_CO_HOSTS = (COLLEGE, BRANCH, "主办")

CASES = [
    # units serving residents at the fair on their own: only the co-hosts pair (round 50)
    ("serve_at_fair", FAIR + f"活动现场，{HOSPITAL}、{CLINIC}等医疗单位的医生，为居民提供免费义诊。",
     FAIR_PARTIES,
     [FAIR_CO_HOSTS]),
    # a list of units closed by 等 bringing a service
    ("list_provides_service", FAIR + f"{EYES}等机构提供视力检查服务。",
     FAIR_PARTIES,
     [(EYES, BRANCH, "参与"), FAIR_CO_HOSTS]),
    # a scene lead before a unit serving the public on its own: only the co-hosts pair (round 50)
    ("scene_lead", FAIR + f"健康展位上，{EYES}向群众讲解护眼知识。",
     FAIR_PARTIES,
     [FAIR_CO_HOSTS]),
    # joining in a campaign the lead's subject builds, in the same sentence
    ("join_in", f"近日，{STATION}联合辖区8家银行打造“平安金融街”，{BANK}积极参与其中。",
     {"organizations": [STATION, BANK]},
     [(BANK, STATION, "参与")]),
    # the host as the named subject of 开展
    ("subject_host", f"6月2日，杏林社区在文化广场开展“邻里节”活动。{CLINIC}应邀参加本次活动。",
     {"organizations": [CLINIC], "communities": ["杏林社区"]},
     [(CLINIC, "杏林社区", "参与")]),
    # an alliance's roster: the members pair with its lead, the community that runs the alliance
    # (written right before it), not with each other; the community's own committee is no member
    ("alliance_roster", "近日，桃源社区“1+5”共建联盟成立仪式在社区会议室举行。"
     f"联盟成员单位包括中共桃源社区委员会、{HOSPITAL}、{BANK}。",
     {"organizations": ["中共桃源社区委员会", HOSPITAL, BANK], "communities": ["桃源社区"], "programs": ["1+5共建联盟"]},
     [(HOSPITAL, "桃源社区", "成员"), (BANK, "桃源社区", "成员")]),
    # joining the alliance a community hosts
    ("join_alliance", f"3月5日，杏林社区举办“红色物业联盟”签约活动。{FIRM}正式加入联盟。",
     {"organizations": [FIRM], "communities": ["杏林社区"]},
     [(FIRM, "杏林社区", "参与")]),
]


@pytest.mark.parametrize("name, text, parties, expected", CASES, ids=[row[0] for row in CASES])
def test_units_taking_part_pair_with_the_hosts(name, text, parties, expected):
    assert facts(text, **parties) == sorted((*sorted((a, b)), word) for a, b, word in expected)


NO_PAIR_CASES = [
    # a single unit's standing service (no 等-list, no public served at the event): no part in it
    ("standing_service", FAIR + f"{FIRM}提供保洁服务。", FAIR_PARTIES),
    # the unit does not open its clause: a place or another party stands before it
    ("not_opening_clause", FAIR + f"居民在{HOSPITAL}的诊室为老人测量血压。", FAIR_PARTIES),
    # a host serving at its own event pairs with nobody new
    ("host_itself", FAIR + f"{BRANCH}为居民提供政策咨询。", FAIR_PARTIES),
    # no event host in the lead: units serving residents pair with nobody
    ("no_host", f"{HOSPITAL}为居民提供免费义诊。{CLINIC}等机构提供口腔检查服务。",
     {"organizations": [HOSPITAL, CLINIC]}),
    # before the sentence naming the hosts: not yet the event
    ("before_hosts", f"{HOSPITAL}长期为居民提供义诊。6月2日，杏林社区开展“邻里节”活动。",
     {"organizations": [HOSPITAL], "communities": ["杏林社区"]}),
    # a roster in a sentence naming no alliance: a list of anything
    ("roster_without_alliance", f"6月2日，杏林社区开展“邻里节”活动。参与单位包括{HOSPITAL}、{BANK}。",
     {"organizations": [HOSPITAL, BANK], "communities": ["杏林社区"]}),
]


RELATION_CASES = [
    # words the first wave left uncovered: steady contact, interaction, a go-between's support
    ("keep_in_contact", f"{BANK}与{STATION}保持良好的沟通交流。", {"organizations": [BANK, STATION]},
     [(BANK, STATION, "沟通交流")]),
    ("interaction", f"今年以来，{BANK}与{STATION}建立了密切互动。", {"organizations": [BANK, STATION]},
     [(BANK, STATION, "互动")]),
    ("go_between", f"在青城区慈善会的积极牵线搭桥下，长风街道办事处链接到{FIRM}的爱心资源。",
     {"organizations": ["青城区慈善会", "长风街道办事处", FIRM]},
     [("长风街道办事处", "青城区慈善会", "牵线搭桥")]),
    # 在A的组织下: A gathers the unit after the phrase, or the unit whose staff stand before it
    ("organized_by", f"在江城县司法局的组织下，青禾律师事务所律师来到人民广场开展普法。",
     {"organizations": ["青禾律师事务所", "江城县司法局"]},
     [("江城县司法局", "青禾律师事务所", "组织")]),
    ("staff_before_under", f"青禾律师事务所的律师团队在江城县司法局的组织下，来到人民广场开展普法。",
     {"organizations": ["青禾律师事务所", "江城县司法局"]},
     [("江城县司法局", "青禾律师事务所", "组织")]),
]


@pytest.mark.parametrize("name, text, parties, expected", RELATION_CASES, ids=[row[0] for row in RELATION_CASES])
def test_uncovered_relation_words(name, text, parties, expected):
    assert facts(text, **parties) == sorted((*sorted((a, b)), word) for a, b, word in expected)


def test_interaction_with_residents_is_no_pair():
    assert facts(f"{BANK}工作人员与居民互动交流。", organizations=[BANK]) == []


@pytest.mark.parametrize("name, text, parties", NO_PAIR_CASES, ids=[row[0] for row in NO_PAIR_CASES])
def test_no_part_in_the_event(name, text, parties):
    pairs = [f for f in facts(text, **parties) if f[2] == "参与"]
    assert pairs == []


def test_a_bylines_outlet_is_no_subject_of_the_lead():
    """（某联盟记者某某报道）日期，由A主办、B承办: the outlet in the byline's brackets is not the
    clause's subject, so it runs nothing; the host and its organizer pair with each other (round 48:
    credit lines pair their units, 37-set pool gold)."""
    union, league, office = "海外华文传媒联盟", "省青年联合会", "省政府新闻办公室"
    text = f"（{union}记者林一帆报道）6月3日，由{league}主办、{office}承办的青年交流营在江城开营。"
    assert facts(text, organizations=[union, league, office]) == [(office, league, "主办")]
