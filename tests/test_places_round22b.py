"""Places, round 22b: town and township names read across a compound of the two lowest
levels (乡村, 村镇). Sentences of our own making."""

from __future__ import annotations

from test_places import places


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.canonical) for m in places(text)]


def test_township_cut_out_of_xiangcun_is_dropped():
    # 幸福|乡村: the township 幸福乡 would end inside the word 乡村.
    assert surfaces("他们积极建设幸福乡村，让老人安享晚年。") == []


def test_town_cut_out_of_cunzhen_is_dropped():
    # 振兴|村镇: the town 兴村镇 would start inside 振兴 and end on 村镇.
    assert surfaces("会议提出要振兴村镇经济，带动农民增收。") == []


def test_township_before_villagers_is_kept():
    # jieba cuts 团结乡|村民 at the name's own edge.
    assert surfaces("记者来到团结乡村民张某家中。") == [("团结乡", "团结乡")]


def test_town_written_on_its_own_is_kept():
    assert surfaces("上周，志愿者来到李村镇开展义诊。") == [("李村镇", "李村镇")]


def test_town_after_its_city_is_kept():
    assert surfaces("青岛市李村镇的老人们参加了活动。") == [("青岛市", "青岛市"), ("李村镇", "李村镇")]


def test_township_before_township_cadres_is_kept():
    assert surfaces("民主乡乡镇干部走访群众。") == [("民主乡", "民主乡")]


def test_place_after_poster_label_is_furniture():
    # A site's byline: 发布者：<district><street> office, then the click counter.
    text = "发布者：鼓楼区某某街道社工站点击数：12\n志愿者上周走访了独居老人。"
    assert surfaces(text) == []


def test_place_after_poster_label_elsewhere_in_text_is_kept():
    text = "发布者：鼓楼区某某街道社工站点击数：12\n鼓楼区的志愿者上周走访了独居老人。"
    assert {canonical for _, canonical in surfaces(text)} == {"鼓楼区"}


def test_short_form_ending_inside_next_word_is_dropped():
    # 四|平台: the city short form 四平 would end inside the word 平台.
    assert surfaces("街道搭建了四平台服务体系，方便居民办事。") == []


def test_short_form_before_its_own_word_is_kept():
    assert surfaces("上周，四平的志愿者走进社区开展义诊。") == [("四平", "四平市")]
