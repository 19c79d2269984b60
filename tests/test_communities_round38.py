"""Communities, round 38. Sentences of our own making with made-up names.

- A quote opened right after an epithet frame (被誉为, 被戏称为, 号称) praises or mocks a place
  named elsewhere: a village word inside it (“某某第一村”) is no community; the village's own
  name in the sentence stays.
"""

from __future__ import annotations

import pytest

from contexts import community_surfaces


@pytest.mark.parametrize("text, expected", [
    ("“欢迎大家参观桂塘村，这里被誉为‘江南菱角第一村’。”", ["桂塘村"]),
    ("石埠村被誉为“太湖蟹王村”。", ["石埠村"]),
    ("枫坳村曾被戏称为“苍鹭村”，如今面貌一新。", ["枫坳村"]),
])
def test_village_in_an_epithet_quote_is_no_community(text, expected):
    assert community_surfaces(text) == expected


def test_village_name_before_the_frame_stays():
    assert community_surfaces("石埠村的蟹塘连成一片。") == ["石埠村"]
