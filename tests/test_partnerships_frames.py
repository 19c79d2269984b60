"""Partnerships: frames news writes without the words the older frames wait for: a name ending in
会 before 与, support without 的 (在A指导下, B在A支持下), the passive (B被A认领), joint acts whose
list ends in unnamed items (A、B以及辖区商家多方联动), a street written as a place acting for the
office the article names, and a few more relation words (捐款, 结成, 认领). Sentences of our own
making."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import RE_WITH_MARK, PartnershipExtractor

from contexts import context_for


def framed(text: str, **parties) -> list[tuple[str, str, str]]:
    """(a, b, relation) of every partnership, parties given by hand (a pair resting on a pointer has
    one more mention where each party is named: its evidence; counted once here)."""
    ctx = context_for(PartnershipExtractor, text, **parties)
    return list(dict.fromkeys((m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"])
                              for m in PartnershipExtractor()(ctx) if m.label == "partnerships"))


ORGS = ["青禾市慈善总会", "益友公益协会", "青禾区民政局", "启明社工服务中心", "石桥街道党工委", "青禾区民政局党支部",
        "桃源社区党总支", "石桥社工站", "青禾桃源社区基金会", "金桥实业公司"]
COMMUNITIES = ["桃源社区", "杏林社区"]
PROGRAMS = ["暖心饭堂", "书香驿站"]
STREET = ("石桥街道", "石桥街道", {"level": "street"})

FRAMES = [
    # a name ending in 会 still opens a with-list (协会与, 总会与); only 会同 is no with-mark
    ("name_in_hui_before_with", "益友公益协会与桃源社区签订共建协议书。",
     [("益友公益协会", "桃源社区", "签订")]),
    ("name_in_hui_together", "青禾市慈善总会与杏林社区共同举办敬老活动。",
     [("青禾市慈善总会", "杏林社区", "共同")]),
    ("cooperation_relation", "益友公益协会与桃源社区建立长期合作关系。",
     [("益友公益协会", "桃源社区", "合作")]),
    # support without 的: the supporter before 支持下, the supported after the comma
    ("under_without_de", "在青禾区民政局支持下，启明社工服务中心走访了独居老人。",
     [("青禾区民政局", "启明社工服务中心", "支持")]),
    # guidance joined with help still names support
    ("under_guidance_and_help", "在青禾区民政局的指导和帮助下，启明社工服务中心走访了独居老人。",
     [("青禾区民政局", "启明社工服务中心", "指导")]),
    # B在A支持下…: the supported party stands right before the phrase
    ("supported_before_phrase", "启明社工服务中心在杏林社区支持下开展入户调研。",
     [("杏林社区", "启明社工服务中心", "支持")]),
    ("under_list_without_de", "在青禾区民政局、青禾市慈善总会支持下，益友公益协会开展培训。",
     [("青禾区民政局", "益友公益协会", "支持"), ("青禾市慈善总会", "益友公益协会", "支持")]),
    # the passive: B被A<word>, B's head noun and adverbs may stand before 被
    ("passive_claimed", "“暖心饭堂”项目被益友公益协会认领。",
     [("益友公益协会", "暖心饭堂", "认领")]),
    # …and B may open the clause before (…项目，分别被A等单位认领)
    ("passive_previous_clause", "推介会上，“书香驿站”等项目，均被启明社工服务中心等机构现场对接。",
     [("启明社工服务中心", "书香驿站", "对接")]),
    # a joint act whose list ends in items no extractor named
    ("together_unnamed_tail", "这次义诊由桃源社区、益友公益协会、启明社工服务中心及辖区爱心商家多方联动促成。",
     [("桃源社区", "益友公益协会", "多方联动"), ("桃源社区", "启明社工服务中心", "多方联动"),
      ("益友公益协会", "启明社工服务中心", "多方联动")]),
    ("together_with_residents", "杏林社区、启明社工服务中心和居民一起包饺子。",
     [("杏林社区", "启明社工服务中心", "一起")]),
    # a street written as a place acts for the office the article names
    ("street_for_named_office", "东城区石桥街道与益友公益协会签订协议。石桥街道党工委书记出席。",
     [("石桥街道党工委", "益友公益协会", "签订")]),
    # more relation words
    ("donate_money", "青禾市慈善总会向桃源社区捐款3万元。", [("青禾市慈善总会", "桃源社区", "捐款")]),
    ("pair_up_with", "杏林社区与启明社工服务中心结成帮扶对子。", [("杏林社区", "启明社工服务中心", "结成")]),
    ("claim_forward", "益友公益协会认领了“书香驿站”项目。", [("益友公益协会", "书香驿站", "认领")]),
    # a community written right before its own unit only says whose unit it is
    ("community_before_its_unit", "益友公益协会与桃源社区暖心饭堂结成帮扶伙伴。", [("益友公益协会", "暖心饭堂", "结成")]),
    # a unit's standing (共建单位, 辖区) may stand between the word and the party
    ("standing_before_party", "启明社工服务中心联合共建单位益友公益协会开展活动。",
     [("启明社工服务中心", "益友公益协会", "联合")]),
    # a joint act read over a list item no extractor named: the list fills its clause, so the item is
    # licensed by its name shape (round 20) and acts with the others
    ("together_over_unnamed_item", "青禾区民政局党支部、金桥物业党支部和桃源社区党总支共同签署共建协议。",
     [("青禾区民政局党支部", "桃源社区党总支", "共同"), ("金桥物业党支部", "桃源社区党总支", "共同"),
      ("青禾区民政局党支部", "金桥物业党支部", "共同")]),
    # 分别 pairs two lists of one length place by place
    ("respective_lists", "益友公益协会、启明社工服务中心分别与桃源社区、杏林社区签订结对协议。",
     [("益友公益协会", "桃源社区", "签订"), ("启明社工服务中心", "杏林社区", "签订")]),
    ("respective_forward", "益友公益协会、启明社工服务中心分别结对桃源社区、杏林社区。",
     [("益友公益协会", "桃源社区", "结对"), ("启明社工服务中心", "杏林社区", "结对")]),
    # …but one partner for several actors is each actor's partner
    ("respective_one_partner", "益友公益协会、启明社工服务中心分别与桃源社区签订协议。",
     [("益友公益协会", "桃源社区", "签订"), ("启明社工服务中心", "桃源社区", "签订")]),
    # goods brought to a named unit; an organization worked through
    ("bring_to", "青禾市慈善总会为杏林社区送去一批过冬物资。", [("青禾市慈善总会", "杏林社区", "送去")]),
    ("work_through", "杏林社区借助益友公益协会链接爱心资源。", [("杏林社区", "益友公益协会", "借助")]),
    # a defining sentence: X，是由A、办事处倡导，C出资并发起设立的…: both back X
    ("defining_by_sentence", "去年挂牌的青禾桃源社区基金会，是由石桥街道党工委、社区居委会倡导，金桥实业公司捐出启动资金并发起设立的。",
     [("石桥街道党工委", "青禾桃源社区基金会", "倡导"), ("金桥实业公司", "青禾桃源社区基金会", "倡导")]),
    # 该社区 stands for the community named last
    ("demonstrative_community", "今年，石桥社工站走访了杏林社区。石桥社工站还与该社区签订了结对协议。",
     [("石桥社工站", "杏林社区", "签订")]),
]

FRAMES_EMPTY = [
    # the topic of an agreement after 就 is no with-partner
    ("topic_after_jiu", "青禾市慈善总会与本地商户就“暖心饭堂”项目达成合作。"),
    # 被 with no relation word: an honour, not a partnership
    ("passive_honour", "桃源社区被青禾区民政局评为示范社区。"),
    # 被 far from the party before it: not the one acted on
    ("passive_not_adjacent", "桃源社区的志愿者被益友公益协会邀请。"),
    # a street with no office named stays a place
    ("street_without_office", "东城区石桥街道与益友公益协会签订协议。"),
    # 参与 is no with-mark
    ("take_part", "杏林社区参与益友公益协会的评选。"),
    # goods brought to the residents of a unit: the residents are no party
    ("bring_to_residents", "青禾市慈善总会为杏林社区的老人送去月饼。"),
    # 借助 a programme is no partnership (only organizations are worked through)
    ("work_through_programme", "杏林社区借助“暖心饭堂”链接资源。"),
    # a person of a unit between 由 and the role: no role taker
    ("by_person_of_unit", "桃源社区的书香驿站，是由益友公益协会的志愿者发起的。"),
    # a list with no joint word
    ("list_without_joint_word", "桃源社区、益友公益协会和居民代表出席会议。"),
]


@pytest.mark.parametrize("name, text, expected", FRAMES, ids=[f[0] for f in FRAMES])
def test_partnership_frames(name, text, expected):
    got = framed(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS, places=["东城区", STREET])
    assert got == expected


@pytest.mark.parametrize("name, text", FRAMES_EMPTY, ids=[f[0] for f in FRAMES_EMPTY])
def test_partnership_frames_yield_nothing(name, text):
    assert framed(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS, places=["东城区", STREET]) == []


@pytest.mark.parametrize("text, marks", [
    ("某协会与", ["与"]),
    ("会同某局", []),
    ("参与", []),
    ("共同", []),
    ("某社区同某校", ["同"]),
])
def test_with_mark_compounds_per_mark(text, marks):
    assert [m.group() for m in RE_WITH_MARK.finditer(text)] == marks


# Round 12: the founded frame, (由)A(、B)(共同)发起的(公益项目)X.
FOUNDED = [
    # several founders (联合发起): each with the programme and with each other
    ("co_founders", "5月8日，由青禾市慈善总会、益友公益协会联合发起的助餐项目“暖心饭堂”在杏林社区开门。",
     [("青禾市慈善总会", "益友公益协会", "发起"), ("青禾市慈善总会", "暖心饭堂", "发起"), ("益友公益协会", "暖心饭堂", "发起")]),
    # one founder, no 由
    ("one_founder", "青禾桃源社区基金会发起的“书香驿站”已开放两年。",
     [("青禾桃源社区基金会", "书香驿站", "发起")]),
    # a funder, like a founder
    ("funder", "由青禾市慈善总会资助的“书香驿站”项目本周启动。",
     [("青禾市慈善总会", "书香驿站", "资助")]),
    # 打造 after 由: the builder stands behind the programme
    ("built_by", "由金桥实业公司打造的“暖心饭堂”开始供餐。",
     [("金桥实业公司", "暖心饭堂", "打造")]),
    # 由A、B与C发起 with no programme named: the listed units started it together
    ("by_list_founders", "这场义卖由青禾市慈善总会、益友公益协会与启明社工服务中心发起，善款用于助学。",
     [("青禾市慈善总会", "益友公益协会", "发起"), ("青禾市慈善总会", "启明社工服务中心", "发起"),
      ("益友公益协会", "启明社工服务中心", "发起")]),
    ("by_pair_founders", "此次关爱行动由桃源社区和益友公益协会发起，志愿者上门服务。",
     [("桃源社区", "益友公益协会", "发起")]),
    # round 48: credit lines pair their units (37-set pool gold): co-hosts, co-operators
    ("by_list_hosts", "这场运动会由青禾市慈善总会、益友公益协会主办，居民踊跃报名。",
     [("青禾市慈善总会", "益友公益协会", "主办")]),
    ("by_list_operators", "这场运动会由益友公益协会与启明社工服务中心承办，居民踊跃报名。",
     [("益友公益协会", "启明社工服务中心", "主办")]),
]

FOUNDED_EMPTY = [
    # a unit's own brand (打造 with no 由) is its own work
    ("own_brand", "金桥实业公司打造的“暖心饭堂”开始供餐。"),
    # a community is no founder here: its own programme
    ("community_own", "由桃源社区发起的“书香驿站”深受欢迎。"),
    # the founding word not right before the programme
    ("word_elsewhere", "青禾市慈善总会发起倡议，“书香驿站”随后开放。"),
]


@pytest.mark.parametrize("name, text, expected", FOUNDED, ids=[f[0] for f in FOUNDED])
def test_partnership_founded(name, text, expected):
    assert framed(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS) == expected


@pytest.mark.parametrize("name, text", FOUNDED_EMPTY, ids=[f[0] for f in FOUNDED_EMPTY])
def test_partnership_founded_yield_nothing(name, text):
    assert framed(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS) == []
