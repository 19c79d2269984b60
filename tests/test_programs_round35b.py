"""Programs, round 35b. Sentences of our own making.

A quote holding one dictionary adjective, place or direction word (“健康”, “家门口”) stresses a
plain word and names no program (filter 42); an idiom keeps its quote's frame.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


COMMON_WORDS = [
    ("theme_adjective", "社区打造了以“健康”为主题的党群服务中心。"),
    ("place_word_service", "社区为居民提供“家门口”贴心服务。"),
    ("place_word_object", "社区把惠民服务送到群众“家门口”。"),
]


@pytest.mark.parametrize("name, text", COMMON_WORDS, ids=[row[0] for row in COMMON_WORDS])
def test_a_quoted_plain_word_names_nothing(name, text):
    assert programs(text) == []


def test_a_quoted_idiom_before_a_program_word_stays():
    assert programs("社区推出“万事无忧”志愿服务项目。") == [("万事无忧", "project")]
