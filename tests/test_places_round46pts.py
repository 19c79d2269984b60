"""Round 46 (pts): a place written before a dateline (某网某市5月2日讯) names where the outlet
filed from; it is a place of the article only where the article writes it again (sentences of
our own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_dateline_only_place_gives_no_fact():
    text = "青禾网眉山5月2日讯（记者 王小青）桃源社区开展了义诊活动，居民纷纷前来。"
    assert canonicals(text) == []


def test_places_bare_dateline_place_gives_no_fact():
    text = "眉山11月3日电 桃源社区的志愿者为老人送去了棉被。"
    assert canonicals(text) == []


def test_places_dateline_place_written_again_in_the_story_stays():
    text = "青禾网眉山5月2日讯 近日，眉山市东坡区桃源社区开展了义诊活动。"
    assert canonicals(text) == ["东坡区", "眉山市"]


def test_places_dateline_place_elsewhere_than_the_story_place():
    text = "青禾网成都5月2日讯 眉山市东坡区桃源社区开展了义诊活动。"
    assert canonicals(text) == ["东坡区", "眉山市"]


def test_places_no_place_without_divisions():
    assert canonicals("青禾网5月2日讯 桃源社区开展了义诊活动。") == []
