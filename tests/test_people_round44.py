"""Round 44: credits by craft (文 the text, 图/摄 the photos, 图文 both) and a credit's two-character
name padded to the width of three. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_people import _page_people

BODY = "河畔社区走访老人\n近日，河畔社区志愿者为独居老人送去米面，居民纷纷点赞。"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # the craft word and a slash before each group of names, in the bracket closing the story
        ("（文/周明 图/何晓雯）", [("周明", "文", True), ("何晓雯", "图", True)]),
        # the craft word, a space, the names (the spaces are gone once the text is cleaned)
        ("（文 周明  何晓雯）", [("周明", "文", True), ("何晓雯", "文", True)]),
        # a group of names after one craft word goes on over 、; the paper's staff end the credit
        ("（文/周明；图/何晓雯、林小雨；一审：赵丽）", [("周明", "文", True), ("何晓雯", "图", True), ("林小雨", "图", True)]),
    ],
)
def test_round44_craft_credit_closing_the_story(credit, expected):
    assert _page_people(BODY + credit + "\n") == expected


def test_round44_craft_credit_line_of_its_own():
    # names, then the craft word closing them, group after group, on a line of its own
    assert _page_people(BODY + "\n周明 何晓雯 文 林小雨 摄\n") == [("周明", "文", True), ("何晓雯", "文", True), ("林小雨", "摄", True)]
    # one who wrote the text and took the photos
    assert _page_people(BODY + "\n图文：周明\n") == [("周明", "图文", True)]


@pytest.mark.parametrize(
    "line",
    [
        "文章预览",  # a word the craft character opens: no credit
        "图书角",
        "（文明实践站供稿）",  # a unit, no name
        "（周明 何晓雯）",  # names and no craft word: nothing says what they did
        "（图为志愿者周明）",
    ],
)
def test_round44_no_craft_credit(line):
    assert _page_people(BODY + "\n" + line + "\n") == []


def test_round44_two_character_name_padded_on_a_credit_line():
    page = "河畔社区走访老人\n本报讯(通讯员 李 珍 商敬刚 青禾晚报全媒体记者 郭卫东)近日，河畔社区志愿者为老人送去米面。\n"
    assert _page_people(page) == [("李珍", "通讯员", True), ("商敬刚", "通讯员", True), ("郭卫东", "全媒体记者", True)]
