"""Places, round 39.

- A place word inside an app and its paper joined by a dot, dash or slash that opens a byline, at
  a line's start or after a caption's last sentence, names the outlet (its app), not a place of
  the story. A plain paper's byline was already kept out; the app's own name was read as a place.

Every sentence here is made up (invented names; the cities are real gazetteer rows).
"""

from __future__ import annotations

import pytest

from test_places import places


def found(text: str) -> list[tuple[str, str]]:
    return sorted((text[m.start : m.end], m.canonical) for m in places(text))


@pytest.mark.parametrize(
    "text",
    [
        "社区食堂开张了\n新宁波·宁波日报记者 张明 通讯员 李华\n在海曙区，社区食堂开张了。",
        "社区食堂开张了\n新宁波-宁波日报 记者 张明\n在海曙区，社区食堂开张了。",
        "社区食堂开张了\n新宁波/宁波日报记者 张明\n在海曙区，社区食堂开张了。",
        "社区食堂开张了\n  新宁波-宁波日报原创 记者 张明\n在海曙区，社区食堂开张了。",
        # a caption's last sentence, then the byline on the same line
        "社区食堂开张了\n老人们在食堂里用餐。新宁波·宁波日报记者 张明\n在海曙区，社区食堂开张了。",
    ],
)
def test_round39_app_name_in_a_byline_is_no_place(text):
    assert found(text) == [("海曙区", "海曙区")]


def test_round39_the_same_city_in_the_story_stays():
    text = "社区食堂开张了\n新宁波·宁波日报记者 张明\n宁波市海曙区的社区食堂开张了。"
    assert found(text) == [("宁波市", "宁波市"), ("海曙区", "海曙区")]


def test_round39_a_joined_place_pair_with_no_reporter_title_stays():
    # no 记者/通讯员 after it: two places joined by a dash, not an outlet
    assert found("宁波-舟山两地的志愿者结对帮扶。") == [("宁波", "宁波市"), ("舟山", "舟山市")]

