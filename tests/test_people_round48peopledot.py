"""People, round 48 peopledot: transliterated names (parts joined by a middle dot, 某某·某某) read
whole. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people
from test_people import _page_people

PAGE_HEAD = "枫林社区办起双语课堂\n"
PAGE_BODY = "\n近日，枫林社区的双语课堂开课，二十多名居民报名。\n"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # transliterated names set apart by spaces on the page: each is one name, dot and all
        (
            "本报记者 柯晓岚 通讯员 阿丽米拉·吐尔洪 艾山江·买买提",
            [("柯晓岚", "本报记者", True), ("阿丽米拉·吐尔洪", "通讯员", True), ("艾山江·买买提", "通讯员", True)],
        ),
        ("通讯员 阿丽米拉·吐尔洪", [("阿丽米拉·吐尔洪", "通讯员", True)]),
        # a dot with one character on a side joins no name
        ("通讯员 柯晓岚 阿·米", [("柯晓岚", "通讯员", True)]),
    ],
)
def test_round48peopledot_dotted_names_in_credit_lines(credit, expected):
    assert _page_people(PAGE_HEAD + credit + PAGE_BODY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transliterated name right after a title is read whole
        ("社区志愿者阿丽米拉·吐尔洪说，课堂每周开两次。", [("阿丽米拉·吐尔洪", "社区志愿者")]),
        # inside a work's title the dot joins the title's halves: no name, though a title stands before
        ("报社推出《记者走访·聆听青岭故事》专栏。", []),
    ],
)
def test_round48peopledot_dotted_names_outside_book_titles(text, expected):
    assert people(text) == expected
