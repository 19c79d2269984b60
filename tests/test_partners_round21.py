"""Round 21 (pairs): a list of named units that opens its clause and is the subject of one act
(A、B在某中心举办…, A、B组织志愿者开展…, A、B迅速行动…) acts together, like A、B共同举办…; a list
closed by an item no extractor named after 与 (A、B与辖区爱心商户共同走进…) still acts together.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


ORGS = ["青禾市启航社会工作服务中心", "柳岸街道社工站"]
PAIR = [("柳岸街道社工站", "青禾市启航社会工作服务中心")]

CASES = [
    # a clause-opening list, a place, then the act
    ("place_then_act", "3月2日，青禾市启航社会工作服务中心、柳岸街道社工站在南门社区党群服务中心举办了手工活动。",
     {"organizations": ORGS}, PAIR),
    # the list organizes volunteers for an act
    ("organize", "为了解老人需求，青禾市启航社会工作服务中心、柳岸街道社工站组织志愿者开展入户走访。",
     {"organizations": ORGS}, PAIR),
    # a date opened by 于, then the act
    ("date_then_act", "青禾市启航社会工作服务中心、柳岸街道社工站于6月8日举办了防溺水讲座。",
     {"organizations": ORGS}, PAIR),
    # the light verb 开展: round 51 pairs the list (the 69-set pool gold pairs such lists in five
    # sets); round 21 had read nothing here
    ("light_verb", "青禾市启航社会工作服务中心、柳岸街道社工站于6月8日开展了防溺水宣传。",
     {"organizations": ORGS}, PAIR),
    # two units joined by 与 opening their clause, then an act: round 49 pairs them (the 49-set pool
    # gold pairs 26 of 31 such clauses); round 21 had read nothing here
    ("with_joined", "青禾市启航社会工作服务中心与柳岸街道社工站举行座谈。",
     {"organizations": ORGS}, PAIR),
    # an adverb of speed, then 行动
    ("adverb_then_act", "接到通知后，青禾市启航社会工作服务中心、柳岸街道社工站迅速行动，清点了物资。",
     {"organizations": ORGS}, PAIR),
    # each on its own (分别, 均): nothing
    ("respectively", "青禾市启航社会工作服务中心、柳岸街道社工站分别举办了防溺水讲座。",
     {"organizations": ORGS}, []),
    ("each", "青禾市启航社会工作服务中心、柳岸街道社工站均举办了防溺水讲座。",
     {"organizations": ORGS}, []),
    # a comma between the list and the act: nothing (round 20's convention)
    ("comma", "近日，青禾市启航社会工作服务中心、柳岸街道社工站，举办了防溺水讲座。",
     {"organizations": ORGS}, []),
    # the list is the object of a verb: not the subject of the act
    ("object_of_verb", "街道邀请青禾市启航社会工作服务中心、柳岸街道社工站举办防溺水讲座。",
     {"organizations": ORGS}, []),
    # a single unit: nothing to pair
    ("single", "青禾市启航社会工作服务中心在南门社区举办了手工活动。",
     {"organizations": ORGS}, []),
    # a list ended by 与 and a group no extractor named, then 共同: the named units act together
    ("with_unnamed_then_together", "5月20日，青禾区文旅局、南门社区、北塘社区与辖区爱心商户共同走进石岭镇，开展慰问活动。",
     {"organizations": ["青禾区文旅局"], "communities": ["南门社区", "北塘社区"]},
     [("北塘社区", "南门社区"), ("北塘社区", "青禾区文旅局"), ("南门社区", "青禾区文旅局")]),
]


@pytest.mark.parametrize("name,text,parties,expected", CASES, ids=[c[0] for c in CASES])
def test_round21(name, text, parties, expected):
    assert pairs(text, **parties) == expected
