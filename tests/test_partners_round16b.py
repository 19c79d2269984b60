"""Round 16, second task (partnerships): frame-licensed parties. Inside a strong relation frame
(联合, 携手, 引入 …) a side that no extractor found is a party when its span has a name shape on its
own (a stem of two or more Han characters with no clause word, ending in a head of a known family);
the licensed party is also given as a mention of its own label. Sentences written for these tests
(made-up names)."""

from __future__ import annotations

import pytest

import shequ
from shequ.errors import UndeclaredAddError
from shequ.extract.licensed import name_at
from shequ.extract.partnerships import PartnershipExtractor
from shequ.mentions import Mention
from shequ.registry import Registry
from contexts import context_for, segmented


def run(text: str, **parties):
    ctx = context_for(PartnershipExtractor, text, **parties)
    return PartnershipExtractor()(ctx)


def pairs(text: str, **parties) -> list[tuple[str, str, str]]:
    return sorted((m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in run(text, **parties) if m.label == "partnerships")


SOCIAL = "青禾市红叶社工服务中心"
CENTRE = "青禾县志愿服务中心"
OFFICE = "东坡镇文明实践所"

PAIR_CASES = [
    # the actor (a community named once, not found) fills its clause up to the word; the second
    # partner is a quoted team name with a short descriptor and a team head
    ("actor_and_team", "3月5日上午，迎宾桥社区联合青禾市红叶社工服务中心及“晨曦”邻里志愿服务团开展防汛演练。",
     {"organizations": [SOCIAL]},
     [("迎宾桥社区", SOCIAL, "联合"), ("迎宾桥社区", "晨曦邻里志愿服务团", "联合"), (SOCIAL, "晨曦邻里志愿服务团", "联合")]),
    # a quoted descriptor, then a parent unit and its sub-unit (…中心…营业站), then 在
    ("descriptor_sub_unit", "近日，松涛路社区联合“暖心伙伴”青禾供电中心松林路营业站在辖区楼道开展用电检查。",
     {"communities": ["松涛路社区"]},
     [("松涛路社区", "青禾供电中心松林路营业站", "联合")]),
    # an unquoted team with its holder's name, first item of a list
    # the with frame: 与 B … a word that closes a with-list (结对), B unfound (a verb-first stem)
    ("with_partner", "青禾水务公司党支部与迎春社区党委正式结对。",
     {"organizations": ["青禾水务公司党支部"]},
     [("青禾水务公司党支部", "迎春社区党委", "结对")]),
    ("team_first_item", "青禾县志愿服务中心携手团县委助学志愿服务队、东坡镇文明实践所走进柳村开展义务家教。",
     {"organizations": [CENTRE, OFFICE]},
     [(CENTRE, "团县委助学志愿服务队", "携手"), (CENTRE, OFFICE, "携手")]),
]


@pytest.mark.parametrize("name, text, parties, expected", PAIR_CASES, ids=[row[0] for row in PAIR_CASES])
def test_licensed_pairs(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(expected)


NO_PAIR_CASES = [
    # a generic quantifier before the head: no name
    ("generic_stem", "柳林社区联合辖区各学校开展安全教育。", {"communities": ["柳林社区"]}),
    # a level word alone before the head: the street's own station, unnamed
    ("level_stem", "柳林社区携手镇社会工作站举办义诊。", {"communities": ["柳林社区"]}),
    # a clause word inside the span
    ("clause_word", "柳林社区联合在职党员服务队开展夜间巡逻。", {"communities": ["柳林社区"]}),
    # people, no unit head
    ("people", "柳林社区携手辖区民警开展反诈宣传。", {"communities": ["柳林社区"]}),
    # a head word alone as the stem: the unit of a company named before, no name of its own
    ("head_stem", "公司党委与柳林社区党委正式结对。", {"organizations": ["柳林社区党委"]}),
    # a verb opening the clause: a predicate, not a name
    ("verb_opener", "加强水务公司党委与柳林社区党委的合作。", {"organizations": ["柳林社区党委"]}),
    # 同时 is no with-mark
    ("tongshi", "同时青禾水务公司联合开展宣传。", {}),
    # a village named 联合 is no relation word
    ("village_named_lianhe", "联合村党支部组织党员清扫村道。", {}),
    # a name shape with no frame licenses nothing
    ("no_frame", "星河之光邻里志愿服务团昨晚在广场为居民演出。", {}),
]


@pytest.mark.parametrize("name, text, parties", NO_PAIR_CASES, ids=[row[0] for row in NO_PAIR_CASES])
def test_licensed_no_pair(name, text, parties):
    assert run(text, **parties) == []


def test_licensed_party_is_given_as_its_entity():
    text = PAIR_CASES[0][1]
    got = {(m.label, m.canonical, text[m.start : m.end]) for m in run(text, organizations=[SOCIAL]) if m.label != "partnerships"}
    assert got == {("communities", "迎宾桥社区", "迎宾桥社区"), ("programs", "晨曦邻里志愿服务团", "“晨曦”邻里志愿服务团")}
    ctx = context_for(PartnershipExtractor, text, organizations=[SOCIAL])
    assert [m for m in PartnershipExtractor(licensed=False)(ctx)] == []


def test_name_shape():
    text = "联合青禾供电中心松林路营业站在楼道"
    assert name_at(text, 2, len(text)).canonical == "青禾供电中心松林路营业站"
    # a sub-unit head with no parent before it names nothing
    text = "联合松林路营业站在楼道"
    assert name_at(text, 2, len(text)) is None


def test_pipeline_adds_licensed_entities():
    """Through the whole pipeline the licensed party is a fact of its own type and a pair's end."""
    sheet = shequ.extract("迎宾桥社区联合青禾市红叶社工服务中心及“晨曦”邻里志愿服务团开展防汛演练。")[0]
    data = sheet if isinstance(sheet, dict) else sheet.model_dump()
    names = {t: [f["name"] for f in data.get(t) or []] for t in ("communities", "programs", "organizations")}
    assert "迎宾桥社区" in names["communities"]
    assert "晨曦邻里志愿服务团" in names["programs"]
    ends = {(p["a"]["name"], p["b"]["name"]) for p in data.get("partnerships") or []}
    assert ("迎宾桥社区", "晨曦邻里志愿服务团") in ends


def _giver(assigns: str, gives: str, adds: tuple[str, ...], requires: tuple[str, ...] = ()):
    """A toy component assigning `assigns` that also gives one `gives` mention."""
    def call(self, ctx):
        return [Mention(assigns, 0, 2, "甲乙"), Mention(gives, 0, 2, "甲乙社区")]
    return type(f"Giver_{assigns}", (), {"assigns": assigns, "requires": requires, "adds": adds,
                                          "__init__": lambda self: None, "__call__": call})


def _plain(assigns: str):
    return type(f"Plain_{assigns}", (), {"assigns": assigns, "requires": (), "__init__": lambda self: None,
                                          "__call__": lambda self, ctx: []})


def test_a_component_adds_mentions_to_a_label_it_declares():
    registry = Registry()
    registry.add(_plain("communities"))
    registry.add(_giver("partnerships", "communities", ("communities",), requires=("communities",)))
    ctx = registry.pipeline()(segmented("甲乙社区。"))
    assert [m.canonical for m in ctx.found("communities")] == ["甲乙社区"]
    assert [m.canonical for m in ctx.found("partnerships")] == ["甲乙"]


def test_adding_to_an_undeclared_label_is_a_coded_error():
    registry = Registry()
    registry.add(_plain("communities"))
    registry.add(_plain("organizations"))
    registry.add(_giver("partnerships", "organizations", ("communities",), requires=("communities", "organizations")))
    with pytest.raises(UndeclaredAddError, match=r"E058 component 'partnerships' gave a 'organizations' mention"):
        registry.pipeline()(segmented("甲乙社区。"))
