"""Round 61 (h8): article sources.

1. A national outlet's edition for one province or city (某网-某省频道 in a 来源 label, 某新闻网某省
   新闻 opening a dispatch line) credits the outlet alone, as the labelled sets write it; a channel
   that names no province or city stays as written.
2. An article nothing else credits whose people speak to an outlet's reporter (…告诉某某日报记者,
   …对某某日报记者说, …向某某日报全媒记者介绍) anywhere in its body credits that outlet; two national
   outlets whose names carry no outlet ending (新京报, 半月谈) are outlets.
3. A 来源 label written with a slash (来源/某某网, 来源 / 某某网), with its value in brackets glued to
   it (文章来源【某某新闻】), or as 图文来源 names the source like 来源：; an editor's label with a
   slash (编辑/张三) stays no field.

Every line here is made up (invented outlets, communities and people; real province and city
names, as the rule needs them).
"""

from __future__ import annotations

import pytest

from shequ import layout
from contexts import article_sources as _sources

BODY = (
    "桃源社区近日在活动中心开设邻里食堂，每天为辖区六十多位独居老人送上热饭。"
    "社区书记李青青说，食堂由志愿者轮流值守，菜单每周更新一次。\n"
)


@pytest.mark.parametrize(
    "name, outlet",
    [
        ("青禾网-江西频道", "青禾网"),
        ("青禾网·广西频道", "青禾网"),
        ("青禾网 宁夏频道", "青禾网"),
        ("青禾网洛阳频道", "青禾网"),
        ("青禾新闻网甘肃新闻", "青禾新闻网"),
        # no province or city before 频道 / 新闻: a topic channel, or an outlet's own name
        ("青禾网-民生频道", "青禾网-民生频道"),
        ("青禾网-桃源频道", "青禾网-桃源频道"),
        ("青禾新闻", "青禾新闻"),
        ("江西新闻", "江西新闻"),
        # a province's name opening a provincial paper's name is no channel
        ("江西日报", "江西日报"),
        # a station's channel with a programme after it ends in neither word
        ("青禾广播电视台少儿频道邻里家常栏目", "青禾广播电视台少儿频道邻里家常栏目"),
    ],
)
def test_regional_channel_credits_the_outlet(name, outlet):
    assert layout.credited_outlet(name) == outlet


def test_label_naming_a_provincial_channel_credits_the_outlet():
    text = (
        "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
        "2023年04月18日09:12 | 来源：青禾网-江西频道\n\n" + BODY
    )
    assert _sources(text) == ["青禾网"]


def test_dispatch_of_a_provincial_desk_credits_the_outlet():
    text = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n青禾新闻网甘肃新闻4月18日电（王小明）" + BODY
    assert _sources(text) == ["青禾新闻网"]


def test_topic_channel_in_a_label_stays_as_written():
    text = (
        "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
        "2023年04月18日09:12 | 来源：青禾网-民生频道\n\n" + BODY
    )
    assert _sources(text) == ["青禾网-民生频道"]


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        ("“现在方便多了。”居民张大爷告诉青禾日报记者。", "青禾日报"),
        ("社区书记李青青告诉青禾晚报·禾点客户端记者，食堂每周更新菜单。", "青禾晚报·禾点客户端"),
        ("她一边擦桌子一边对青禾日报记者说。", "青禾日报"),
        ("王小明边向青禾日报全媒记者介绍，边走进食堂。", "青禾日报"),
        ("几位老人告诉半月谈记者，集市热闹多了。", "半月谈"),
        ("居民告诉新京报记者，食堂天天有人。", "新京报"),
        # no outlet named, the paper's own reporter, or a word that is no outlet's name
        ("居民张大爷告诉记者，食堂天天有人。", None),
        ("居民张大爷告诉本报记者，食堂天天有人。", None),
        ("居民张大爷告诉前来采访的记者，食堂天天有人。", None),
        # another outlet's reporter the story reports on, and a complaint to one: no speaking verb
        ("李青青接受青禾日报记者采访时说。", None),
        ("居民向青禾日报记者反映楼道积水。", None),
    ],
)
def test_outlet_of_the_reporter_the_story_speaks_to(sentence, outlet):
    assert layout.told_reporter_outlet(sentence) == outlet


PARAGRAPHS = [
    "桃源社区近日在活动中心开设邻里食堂，每天为辖区六十多位独居老人送上热饭。",
    "食堂设在社区活动中心一楼，由志愿者轮流值守。",
    "菜单每周更新一次，老人可以提前一天预订。",
    "社区还为行动不便的老人提供送餐上门服务。",
    "“以前一个人懒得做饭，现在天天有热乎饭。”78岁的张大爷告诉青禾晚报记者。",
]


def test_speaking_to_the_reporter_late_in_the_body_credits_the_outlet():
    text = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    assert _sources(text) == ["青禾晚报"]


def test_label_outranks_the_reporter_spoken_to():
    text = (
        "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
        "2023年04月18日09:12 | 来源：禾风网\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    )
    assert _sources(text) == ["禾风网"]


@pytest.mark.parametrize(
    "line, found",
    [
        ("来源/青禾日报", [("来源", "青禾日报")]),
        ("来源 / 禾风网", [("来源", "禾风网")]),
        ("文章来源【青禾新闻】版权归原作者所有", [("文章来源", "【青禾新闻】")]),
        ("图文来源：美丽桃源", [("图文来源", "美丽桃源")]),
        ("编辑/王小红", []),
        ("资金来源多样，渠道/方式灵活", []),
    ],
)
def test_source_label_forms(line, found):
    assert [(f.label, f.value) for f in layout.fields(line)] == found


@pytest.mark.parametrize(
    "closing, outlet",
    [
        ("来源/青禾日报\n编辑/王小红", "青禾日报"),
        ("来源 / 禾风网\n\n责任编辑 / 李小青", "禾风网"),
        ("文章来源【青禾新闻】版权归原作者所有", "青禾新闻"),
        ("图文来源：美丽桃源\n编辑：王小红", "美丽桃源"),
        ("编辑/王小红", None),
    ],
)
def test_closing_source_label_forms_credit_the_outlet(closing, outlet):
    text = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n" + BODY + "\n" + closing + "\n"
    assert _sources(text) == [outlet]
