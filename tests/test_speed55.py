"""Speed, round 55 p5: fast paths that must read exactly what the slow ones read. Sentences
written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people
from shequ.extract.people import parts_by_first, resources
from shequ.lexicon import read_terms


def test_speed55_parts_by_first_keeps_every_part_in_its_order():
    parts = ("其其格", "其木格", "乌云", "其格", "阿呷")
    assert parts_by_first(parts) == {"其": ("其其格", "其木格", "其格"), "乌": ("乌云",), "阿": ("阿呷",)}


def test_speed55_minority_index_holds_the_whole_lexicon():
    listed = read_terms("person_minority_name_parts.txt")
    grouped = resources().minority_name_parts
    assert sorted(p for group in grouped.values() for p in group) == sorted(listed)
    for first, group in grouped.items():
        assert all(p[0] == first for p in group)
        assert [len(p) for p in group] == sorted((len(p) for p in group), reverse=True)


MINORITY_INDEX_CASES = [
    # the first part's first character is looked up, then the second's: both parts found
    ("村委会主任索朗平措说，今年要把水渠修通。", [("索朗平措", "村委会主任")]),
    # a part that starts right where the text ends: no index error, nobody
    ("新来的网格员", []),
]


@pytest.mark.parametrize("text, expected", MINORITY_INDEX_CASES)
def test_speed55_minority_name_found_through_the_index(text, expected):
    assert people(text) == expected
