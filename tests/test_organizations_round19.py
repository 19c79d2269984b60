"""Round 19 (transfer, organizations): schools and hospitals written as ordinal short names.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import organization_surfaces as orgs


@pytest.mark.parametrize(
    "text, places, communities, expected",
    [
        # A bare level word after a clause border, then an ordinal and a one-character head (C16).
        ("周五上午，市三院党员志愿者来到社区义诊。", (), (), ["市三院"]),
        ("县二中和市一中的学生参加了清扫。", (), (), ["县二中", "市一中"]),
        # A place or a name word before the ordinal.
        ("4月2日，桃源二中组织团员走进小区。", ("桃源",), (), ["桃源二中"]),
        ("柳湾社区联合新三小开展垃圾分类宣传。", (), ("柳湾社区",), ["新三小"]),
        # A school's short name before 附小.
        ("青禾市师范附小的少先队员走进敬老院。", ("青禾市",), (), ["青禾市师范附小"]),
        # A hospital head needs a place or a bare level word: a name word alone is not enough.
        ("大河一院的医生来了。", (), (), []),
        # Not names: a time, a plenum, a group, a count, a demonstrative, a slogan.
        ("活动持续了二小时。", (), (), []),
        ("大家学习了三中全会精神，第二小组发言。", (), (), []),
        ("两所一小的老师也来了。", (), (), []),
        ("这所二中办学很有特色。", (), (), []),
        ("社区推行一院一策，关爱一老一小。", (), (), []),
    ],
)
def test_numbered_short_names(text, places, communities, expected):
    assert orgs(text, places, communities) == expected


@pytest.mark.parametrize(
    "text, places, communities, expected",
    [
        # A word jieba guessed from stops only, or a date's tail glued to 由 and a level word:
        # the name starts after the stops.
        ("青年工作即以桃源街道团工委为核心展开。", ("桃源街道",), (), ["桃源街道团工委"]),
        ("5月8日由省民政厅主办的培训开班。", (), (), ["省民政厅"]),
        # Words read as stops: a preposition, a quantifier, a question word, a verb tagged a noun.
        ("居民因青禾物业的服务不到位而投诉。", (), (), ["青禾物业"]),
        ("目前青禾所有社区中心都开通了热线。", ("青禾",), (), []),
        ("何谓桃源村村务监督委员会？请看下文。", (), ("桃源村",), ["桃源村村务监督委员会"]),
        ("各社区组织动员妇联执委入户走访。", (), (), []),
        # The organic law of a committee is no committee.
        ("依照城市居民委员会组织法的规定。", (), (), []),
        # A count in Arabic figures picks units out (F4).
        ("律师参与了12处物业的合同审查。", (), (), []),
        ("阳光100物业的员工也来帮忙。", (), (), ["阳光100物业"]),
        # A clause before a trade word in a relation frame is not a brand (C11).
        ("这次走访一方面拉近了社工与老人的距离。", (), (), []),
        ("记者与正在爱心超市值班的志愿者聊了起来。", (), (), []),
        ("社区与开心超市签订了协议。", (), (), ["开心超市"]),
    ],
)
def test_left_borders_and_counts(text, places, communities, expected):
    assert orgs(text, places, communities) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A bare level word opens a short-head name after a verb or function word that ends
        # where the level word starts, as after punctuation (C15, C16).
        ("他们主动争取市委编制办的支持。", ["市委编制办"]),
        ("居民请教了县农业办的专家。", ["县农业办"]),
        ("专家们看望了市三院的护士。", ["市三院"]),
        # Not when the level character ends a word (城市|管理办 is no unit).
        ("街道加强城市管理办的建设。", []),
    ],
)
def test_level_word_after_a_verb(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A registered company's line of business may hold verbs and run past six characters.
        ("施工单位青禾鑫达房屋维修服务有限公司的负责人介绍了方案。", ("青禾",), ["青禾鑫达房屋维修服务有限公司"]),
        ("桃源明达应用工程技术研究院有限公司捐赠了设备。", ("桃源",), ["桃源明达应用工程技术研究院有限公司"]),
        # A clause before the ending still opens with a verb after the place: no name.
        ("青禾市积极推进建设有限公司改革。", ("青禾市",), []),
    ],
)
def test_registered_company_names(text, places, expected):
    assert orgs(text, places) == expected


def test_list_item_ending_in_a_post_is_a_person():
    # C5: an item of a 等…单位 list that ends with a post names a person; the unit stays (C1).
    text = "会上，桃源社区党委负责人与青禾区税务局机关党委等三家单位签订了协议。"
    assert orgs(text, ("青禾区",), ("桃源社区",)) == ["桃源社区党委", "青禾区税务局机关党委"]


@pytest.mark.parametrize(
    "text, places, communities, expected",
    [
        # The Youth League's and Young Pioneers' working committees are whole endings: named by
        # a street or community they are units; bare, they are a kind of body (F4).
        ("桃源街道团工委倡议，柳湾社区少工委响应。", ("桃源街道",), ("柳湾社区",), ["桃源街道团工委", "柳湾社区少工委"]),
        ("城市团建以街道团工委为核心。", (), (), []),
        ("全市首个社区少工委挂牌。", (), (), []),
    ],
)
def test_youth_working_committees(text, places, communities, expected):
    assert orgs(text, places, communities) == expected


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A bare list unit after 各 (each) is every unit's body, none named (C5b).
        ("联系单位：桃源区妇联、各单位团委、青禾公司团委。", ("桃源区",), ["桃源区妇联", "青禾公司团委"]),
        ("携手县教育局、新华书店、红十字会等7家单位开展活动。", (), ["县教育局", "新华书店", "红十字会"]),
    ],
)
def test_generic_units(text, places, expected):
    assert orgs(text, places) == expected


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A registered company's seat in brackets is inside its name, not where the name starts.
        ("，明德科技（桃源）有限公司捐赠了一批图书。", ("桃源",), ["明德科技（桃源）有限公司"]),
        ("，明德科技(桃源)有限公司捐赠了一批图书。", ("桃源",), ["明德科技(桃源)有限公司"]),
        # Brackets that hold no place are no seat.
        ("，社区（村）服务中心开门了。", (), []),
    ],
)
def test_bracketed_company_seat(text, places, expected):
    assert orgs(text, places) == expected


def test_quoted_registered_company_is_an_organization():
    # F5: a quoted name ending in 有限公司 is the company's own name, even with no org word before it.
    text = "社区携手爱心单位“青禾鑫达实业发展有限公司”募集了一批大米。"
    assert orgs(text, ("青禾",)) == ["青禾鑫达实业发展有限公司"]
    # with no place mention at its start either (the rule, not the place, keeps it)
    assert orgs("社区携手爱心单位“鑫达实业发展有限公司”募集了一批大米。") == ["鑫达实业发展有限公司"]
    # a quoted name with another ending stays for the programs to decide
    assert orgs("社区携手爱心单位“鑫达爱心超市”募集了一批大米。") == []


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A trade name jieba tags as a verb or an idiom, after a word naming the company's kind.
        ("街道联系辖区企业腾跃建材有限公司送来了米面油。", (), ["腾跃建材有限公司"]),
        ("社区邀请爱心企业鹏程万里教育科技有限公司开展讲座。", (), ["鹏程万里教育科技有限公司"]),
        # A trade word that also stops names elsewhere (建设), right before the registered ending.
        ("社区联合恒远建设集团有限公司开展慰问活动。", (), ["恒远建设集团有限公司"]),
        ("，青禾恒远建设有限公司捐赠了一批图书。", ("青禾",), ["青禾恒远建设有限公司"]),
        # No brand before the trade word, or a clause before the ending: no name.
        ("社区联合建设有限公司开展活动。", (), []),
        ("社区积极对接建设有限公司开展活动。", (), []),
    ],
)
def test_company_trade_name_tagged_as_verb(text, places, expected):
    assert orgs(text, places) == expected
