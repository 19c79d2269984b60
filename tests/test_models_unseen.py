"""Governance models of shapes the first rules had not seen: talk-it-over formats, exchange
formulas, 制度, heading and number formulas, straight quotes, X长制 systems, lists with a -制 part,
and the quotes that name a post or a former practice. Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.models import ModelExtractor, chief_head, noun_suffix

EXTRACT = ModelExtractor().extract


def found(text: str) -> list[tuple[str, str, str]]:
    """(slice, name, family) of every model in `text`."""
    return [(text[m.start : m.end], m.name, m.attrs["family"]) for m in EXTRACT(text)]


def canonical(text: str) -> list[tuple[str, str, str]]:
    """(slice, canonical, status) of every model in `text`."""
    return [(text[m.start : m.end], m.canonical, m.attrs["status"]) for m in EXTRACT(text)]


FOUND = [
    # A quoted talk-it-over session is a deliberation format, whatever follows the quote.
    ("让“逢五说事”成为居民反映问题的第一站。", [("逢五说事", "逢五说事", "named")]),
    ("“周末说事会”每周六在小区凉亭召开。", [("周末说事会", "周末说事会", "named")]),
    # A quoted exchange formula.
    ("松林社区用“以积分换服务”调动年轻人参与。", [("以积分换服务", "以积分换服务", "named")]),
    ("推行“以时间换时间”的互助养老。", [("以时间换时间", "以时间换时间", "named")]),
    # 制度 calls the quote a model, also after a longer modifier.
    ("街道出台“书记接待日”联系群众工作制度。", [("书记接待日", "书记接待日", "named")]),
    ("村里建立“红黑榜”制度，每季度公示。", [("红黑榜", "红黑榜", "named")]),
    # A formula heading a line, before a colon.
    ("党建+物业：共管小区见实效\n小区环境焕然一新。", [("党建+物业", "党建+物业", "formula")]),
    ("  网格员+楼栋长:一起守好家门", [("网格员+楼栋长", "网格员+楼栋长", "formula")]),
    # An unquoted number formula that a model word follows.
    ("街道构建1+N+X服务模式，覆盖全部小区。", [("1+N+X", "1+N+X", "formula")]),
    ("社区形成了2+3+N的网格服务体系。", [("2+3+N", "2+3+N", "formula")]),
    ("该镇探索12345+N的公益生态体系。", [("12345+N", "12345+N", "formula")]),
    # Straight quote marks, with spaces inside or not.
    ('柳岸社区推出"邻里守望"互助模式。', [("邻里守望", "邻里守望", "named")]),
    ('构建 " 楼栋议事+网格服务 " 的治理格局。', [("楼栋议事+网格服务", "楼栋议事+网格服务", "formula")]),
    # An unquoted X长制 system.
    ("全县推行河长制、林长制，生态持续向好。", [("河长制", "河长制", "named"), ("林长制", "林长制", "named")]),
    ("青枫社区全面推行楼栋长制。", [("楼栋长制", "楼栋长制", "named")]),
    ("实行网格长制和街巷长制。", [("网格长制", "网格长制", "named"), ("街巷长制", "街巷长制", "named")]),
    # A quoted list one of whose parts ends in a method head.
    ("“街长制、错峰议事”是镇里的老办法。", [("街长制、错峰议事", "街长制、错峰议事", "named")]),
    # A quoted name ending in a method word is a named way of working on its own.
    ("社区推广“老兵调解法”，化解邻里纠纷。", [("老兵调解法", "老兵调解法", "named")]),
    ("“张姐工作法”在全区推广。", [("张姐工作法", "张姐工作法", "named")]),
    # A method named after its community, unquoted after a street word or a mark.
    ("桥西街道青松社区工作法入选全省案例。", [("青松社区工作法", "青松社区工作法", "named")]),
    ("据介绍，白杨村工作法已在全县推广。", [("白杨村工作法", "白杨村工作法", "named")]),
    # A numbered deliberation body, quoted (round 42d: bare, 召开六方议事会 is the meeting held).
    ("小区定期召开“六方议事会”，协商物业问题。", [("六方议事会", "六方议事会", "named")]),
    ("红旗村实行四方联席会议制度。", [("四方联席会议", "四方联席会议", "named")]),
    # Lexicon variants.
    ("石门村每月召开“院坝议事会”。", [("院坝议事会", "院坝议事会", "lexicon")]),
    ("全镇推广村民说事制度。", [("村民说事", "村民说事", "lexicon")]),
]

NOTHING = [
    "商场开展“以旧换新”促销活动。",  # an exchange the dictionary lists: a sales campaign
    "老党员担任“八户长”，负责联系群众。",  # a post someone holds
    "青年骑手化身“移动哨兵”，随手上报隐患。",
    "传统的“上面定、下面办”管理模式难以为继。",  # a former practice
    "以往的“一刀切”制度已经取消。",
    "而‘带头人’牵头的机制让事情落到实处。",  # the quote is the subject of a clause
    "在“老街巷”中形成的制度延续至今。",  # a place the text speaks of
    "他反对家长制作风，也反对延长制度。",  # ordinary words around 长制
    "所长制定了计划，部长制订方案，市长制止了争吵。",
    "1+1>2的效果明显。",  # arithmetic
    "共有3+2个小组参加比赛。",  # a number formula no model word follows
    "“线上说事，线下办事”畅通了渠道。",  # a motto with a comma
    "社区决定：下周开展义诊。",  # a heading without a formula
    "这是一种社区工作法，该社区工作法很好。",  # no community named
    "他入选全国优秀社区工作法名单。",  # a rank, not a community
    "墙上写着百合苑社区工作法的四句话。",  # no boundary before the name: left out
    "“三关爱”艺术团登台演出。",  # a troupe's name
]


# Other actors' wordings of two known models keep the known model's canonical.
KNOWN_WORDINGS = [
    ("依托“小区吹哨、部门报到”，难题很快解决。", [("小区吹哨、部门报到", "街乡吹哨、部门报到", "canonical")]),
    ("镇里推行村级吹哨部门报到。", [("村级吹哨部门报到", "街乡吹哨、部门报到", "canonical")]),
    ("推行街乡吹哨、部门报到改革。", [("街乡吹哨、部门报到", "街乡吹哨、部门报到", "canonical")]),
    ("社区推行住户点单、网格派单、党员接单的服务方式。", [("住户点单、网格派单、党员接单", "点单—派单—接单", "canonical")]),
    (
        "建立“群众点单、中心派单、志愿者接单、群众评单”机制。",
        [("群众点单、中心派单、志愿者接单、群众评单", "点单—派单—接单", "canonical")],
    ),
    ("实行点单、派单、接单、评单闭环管理。", [("点单、派单、接单、评单", "点单—派单—接单", "canonical")]),  # 实行 acts on it
    ("街道推动“接诉即办”向未诉先办转变。", [("接诉即办", "接诉即办", "canonical"), ("未诉先办", "未诉先办", "canonical")]),
]


@pytest.mark.parametrize("text,expected", KNOWN_WORDINGS)
def test_models_other_wordings_of_known_models_keep_the_canonical(text, expected):
    assert canonical(text) == expected


def test_models_whistle_needs_someone_who_blows_it():
    assert found("他在吹哨、部门报到了吗") == []


@pytest.mark.parametrize(
    "text,by_char,suffix",
    [("推行居民", False, "居民"), ("实行", False, ""), ("街乡", True, "街乡"), ("行", False, "")],
)
def test_models_noun_suffix_is_who_acts(text, by_char, suffix):
    assert noun_suffix(text, by_char=by_char) == suffix


@pytest.mark.parametrize("text,expected", FOUND)
def test_models_unseen_shapes_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_models_unseen_shapes_leave_posts_old_practices_and_ordinary_words(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "view,end,head",
    [
        ("推行河长制", 3, "河"),  # 行河 is no word: the head is 河 alone
        ("推行楼栋长制", 4, "楼栋"),  # two noun characters
        ("实行街巷长制", 4, "街巷"),
        ("反对家长制", 3, ""),  # 家长制 is an ordinary word
        ("延长制度", 2, ""),  # 延 is no noun
    ],
)
def test_models_chief_head_is_the_noun_before_the_post(view, end, head):
    assert chief_head(view, end) == head
