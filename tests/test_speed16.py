"""Round 16 speed changes: each faster path gives exactly what the path it replaces gave."""

import pytest

from shequ.extract.programs import _member_team_pattern, member_team_matches
from shequ.page_blocks import surnames

# Sentences written for these tests (names, places and teams made up).
MEMBER_TEXTS = [
    "傍晚时分，青柳腰鼓队的队员们在河边排练。",
    "居民老孙是晨光志愿服务队队员，也是楼栋长。",
    "据介绍，银杏合唱团的成员大多已经退休。",
    "今天，红枫舞蹈队的队员和蓝湾腰鼓队的成员一起演出。",
    # a long run of Han before the team word: no match can reach back to the run's start
    "这是一段没有任何标点而且非常非常长的文字一直写到了合唱团的成员",
    # member words with no team word before them
    "小组成员共有十二人，队员名单已经公布。",
    "成员",
    "队员们",
    "",
    # a team word with no member word after it
    "社区新成立了一支巡逻志愿服务队。",
    # the same team twice, and member words right at the start and the end of the text
    "队员说，石桥腰鼓队的队员、石桥腰鼓队的成员",
]


@pytest.mark.parametrize("text", MEMBER_TEXTS)
def test_member_team_matches_equal_a_scan_of_the_whole_text(text):
    whole = [(m.span(), m.span(1), m.group(1)) for m in _member_team_pattern().finditer(text)]
    assert [(m.span(), m.span(1), m.group(1)) for m in member_team_matches(text)] == whole


def test_member_team_matches_exact():
    text = "今天，红枫舞蹈队的队员、蓝湾腰鼓队的成员一起演出。"
    assert [m.group(1) for m in member_team_matches(text)] == ["红枫舞蹈队", "蓝湾腰鼓队"]
    # a match starts where a run of Han does: the second team here is inside the first one's run
    assert [m.group(1) for m in member_team_matches("今天，红枫舞蹈队的队员和蓝湾腰鼓队的成员一起演出。")] == ["红枫舞蹈队"]
    assert member_team_matches("小组成员共有十二人，队员名单已经公布。") == []
    assert member_team_matches("社区新成立了一支巡逻志愿服务队。") == []


def test_member_team_matches_long_text_many_cues():
    # many member words far apart, most with no team before them: the same matches as a full scan
    text = "。".join(f"第{i}组成员到齐，阳光舞蹈队的队员{i}号出发" if i % 7 == 0 else f"第{i}组成员到齐"
                    for i in range(60))
    whole = [m.span(1) for m in _member_team_pattern().finditer(text)]
    assert [m.span(1) for m in member_team_matches(text)] == whole
    assert len(whole) == 9


def test_surnames_is_one_set():
    assert surnames() is surnames()
    assert "张" in surnames() and "的" not in surnames()


# A hard-wrapped page (joined on the first pass), a page of paragraphs, spaces and a
# carriage return, and pinyin after a character: spans eager or lazy, the same map.
NORMALIZE_TEXTS = [
    "柳岸社区今天上午组织志愿者走进\n小区开展清洁家园活动，共清理\n垃圾三十余袋。\n\n下午，居民们又在广场上\n排练节目。",
    "第一段写的是社区食堂。\n\n第二段写的是老年活动室。\r\n第三段 写的是 图书角。",
    "社區(qū)工作人员上门走访。",
    "",
    "\n\n   \n",
]


@pytest.mark.parametrize("raw", NORMALIZE_TEXTS)
def test_normalize_spans_equal_those_built_eagerly(raw):
    from shequ import normalize as module

    lazy = module.normalize(raw)
    once = module._normalize_once
    try:
        def eager(text):
            out = once(text)
            return module._Spans(out.text, list(out.starts), list(out.ends))

        module._normalize_once = eager
        built = module.normalize(raw)
    finally:
        module._normalize_once = once
    assert lazy.text == built.text
    assert list(lazy.offsets.starts) == list(built.offsets.starts)
    assert list(lazy.offsets.ends) == list(built.offsets.ends)


def test_lazy_spans_built_once_and_only_when_read():
    from shequ.normalize import _LazySpans

    calls = []

    def make():
        calls.append(1)
        return [0, 1], [1, 2]

    spans = _LazySpans("甲乙", make)
    assert spans.text == "甲乙" and calls == []
    assert spans.starts == [0, 1] and spans.ends == [1, 2] and calls == [1]


# Places written several times, official names after their district, a road named after a
# place, a short form inside a longer word (sentences written for this test).
PLACE_TEXTS = [
    "江城市临河区青禾街道组织居民走进青禾街道文化站，临河区和江城市的志愿者也来了。",
    "北京朝阳区的居民到山西路参观，又去了北京大学。",
    "浙江湖州吴兴区织里镇开展活动，织里镇与吴兴区共同承办。",
    "今天天气很好，大家一起去公园散步。",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_place_candidates_equal_those_looked_up_per_hit(text, monkeypatch):
    from shequ.clipping import analyze_text
    from shequ.extract import places
    from shequ.gazetteer import load_gazetteer

    ctx = analyze_text(text)
    extractor = places.PlaceExtractor()
    gazetteer = load_gazetteer()
    shared = extractor._candidates(ctx, gazetteer)
    kept_form = places._kept_form

    def per_hit(*args, forms=None, official=None, **kwargs):
        return kept_form(*args, **kwargs)  # the forms looked up again for every hit

    monkeypatch.setattr(places, "_kept_form", per_hit)
    assert extractor._candidates(ctx, gazetteer) == shared
