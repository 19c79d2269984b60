"""People, round 48 peopledot: transliterated names (parts joined by a middle dot, 某某·某某) read
whole. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

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
