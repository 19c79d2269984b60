"""Places, round 59 h8: an app's name joined to its paper by a dot or slash names the outlet, not
a place of the story, also inside a dispatch's bracket, right after the bracket opens or after a
credit written before it there (filter 1b). Every sentence here is made up (invented names; the
cities are real gazetteer rows)."""

from __future__ import annotations

import pytest

from test_places import places


def found(text: str) -> list[tuple[str, str]]:
    return sorted((text[m.start : m.end], m.canonical) for m in places(text))


@pytest.mark.parametrize(
    "text",
    [
        # the app's name right after the dispatch bracket opens
        "本报讯（新宁波·宁波日报记者张明）日前，海曙区的社区食堂开张了，老人们排队用餐。",
        # a half-width bracket and a slash
        "本报海曙讯(新宁波/宁波日报记者 张明)日前，海曙区的社区食堂开张了，老人们排队用餐。",
        # a correspondent credited before the paper and its app
        "晨报讯（通讯员李华 宁波晚报/爱宁波记者张明）日前，海曙区的社区食堂开张了，老人们排队用餐。",
        # the same without a space after the credited name
        "晨报讯（通讯员李华宁波晚报/爱宁波记者张明）日前，海曙区的社区食堂开张了，老人们排队用餐。",
    ],
)
def test_places_app_name_in_a_dispatch_bracket_is_no_place(text):
    assert found(text) == [("海曙区", "海曙区")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city written in the story itself stays
        (
            "本报讯（新宁波·宁波日报记者张明）日前，宁波市海曙区的社区食堂开张了，老人们排队用餐。",
            [("宁波市", "宁波市"), ("海曙区", "海曙区")],
        ),
        # two places joined by a dash in a bracket with no reporter's title after them
        (
            "两地结对帮扶（宁波-舟山）已经坚持了五年，志愿者每月往返一次，帮扶了二十户人家。",
            [("宁波", "宁波市"), ("舟山", "舟山市")],
        ),
        # a correspondent's credit with no app after it: the place in the story stays
        (
            "晨报讯（通讯员李华）日前，宁波市海曙区的社区食堂开张了，老人们排队用餐。",
            [("宁波市", "宁波市"), ("海曙区", "海曙区")],
        ),
    ],
)
def test_places_bracket_without_an_app_byline_keeps_its_places(text, expected):
    assert found(text) == expected
