"""Round 54 speed changes: each prefilter skips only what could never match.

Sentences written for these tests: names and outlets made up, the districts real (the gazetteer
must know them).
"""

import pytest

from shequ.clipping import analyze_text
from shequ.extract.people import PersonExtractor
from shequ.extract.places import RE_APP_BYLINE, may_hold_app_byline

# Titles before names with every gap T1 allows (nothing, a colon, spaces, a bracket, a quoted
# title, a dash, a slash), names with no title, and ugly input.
ROLE_TEXTS = [
    "社区党委书记赵文涛介绍，网格员钱丽华正在走访。",
    "联系人：孙建国，电话略。联系人:  周晓燕",
    "【记者】吴志强　郑秀英报道",
    "驻村“第一书记”冯立军带队，“老娘舅”陈玉兰也来了。",
    "工坊主理人——褚海波说，队长--卫明亮和队员－－蒋春梅都在。",
    "记者/沈国平 通讯员／韩晓东",
    "主任和杨志刚一起去了，朱丽没去。",
    "秦文、尤海燕和许立新是邻居。",
    "书记",
    "",
]


@pytest.mark.parametrize("text", ROLE_TEXTS)
def test_names_after_roles_read_from_reachable_starts_equal_every_start(text, monkeypatch):
    fast = analyze_text(text).mentions
    monkeypatch.setattr(PersonExtractor, "_surname_starts_after_roles", lambda self, text, ends: self._surname_starts(text))
    assert analyze_text(text).mentions == fast


def test_names_after_roles_are_read_at_each_gap():
    found = [[m.canonical for m in analyze_text(text).mentions["people"]] for text in ROLE_TEXTS[:6]]
    assert found == [["赵文涛", "钱丽华"], ["孙建国", "周晓燕"], ["吴志强", "郑秀英"], ["冯立军"],
                     ["褚海波", "卫明亮", "蒋春梅"], ["沈国平", "韩晓东"]]


def test_surname_starts_after_roles_crosses_spaces_and_one_mark():
    people = PersonExtractor()
    text = "主任：  王建国，记者——李晓燕，居民张文涛"
    ends = {text.index("："), text.index("——")}
    assert people._surname_starts_after_roles(text, ends) == [text.index("王"), text.index("李")]
    assert people._surname_starts_after_roles(text, set()) == []
    assert people._surname_starts_after_roles(text, {len(text)}) == []


BYLINE_TEXTS = [
    "新昌平·北京日报记者 张文涛 报道",
    "雨停了。掌上海淀-北京日报全媒体记者 李晓燕",
    "昌平区/北京日报記者王建国",
    "昌平区北京日报记者王建国",  # a reporter's word, no joiner
    "新昌平·北京日报 张文涛",  # a joiner, no reporter's word
    "",
]


@pytest.mark.parametrize("text", BYLINE_TEXTS)
def test_app_byline_prefilter_never_hides_a_byline(text):
    if RE_APP_BYLINE.search(text):
        assert may_hold_app_byline(text)


def test_app_byline_prefilter_needs_a_joiner_and_a_reporter_word():
    assert [may_hold_app_byline(text) for text in BYLINE_TEXTS] == [True, True, True, False, False, False]


def test_app_bylines_still_hide_their_place_words():
    found = [[m.canonical for m in analyze_text(text).mentions["places"]] for text in BYLINE_TEXTS[:5]]
    assert found == [[], [], [], ["昌平区", "北京市"], ["昌平区", "北京市"]]


@pytest.mark.parametrize("text", BYLINE_TEXTS + ["昌平区民政局在回龙观街道开展活动。"])
def test_places_equal_with_and_without_app_byline_prefilter(text, monkeypatch):
    from shequ.extract import places

    fast = analyze_text(text).mentions
    monkeypatch.setattr(places, "may_hold_app_byline", lambda text: True)
    assert analyze_text(text).mentions == fast
