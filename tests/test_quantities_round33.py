"""Quantities, round 33: a subject's end that names nothing (a function character glued to the
noun, a lone verb or the figure's own measure word). Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


TRAILING_FUNCTION_CASES = [
    # an adverb or modal before the link word belongs to the predicate, not to the noun
    ("节假日里景区客流最高峰曾达3万余人。", [("3万余人", 30000, "人", "景区客流最高峰")]),
    ("青枫街道社工站覆盖率要达到90%。", [("90%", 90, "%", "青枫街道社工站覆盖率")]),
    # a preposition glued to the money's name after the sum
    ("最终，12万元租房款于年底付清。", [("12万元", 120000, "元", "租房款")]),
    # a dictionary word ending in such a character keeps it
    ("翠湖村修订村规民约12条。", [("12条", 12, "条", "村规民约")]),
]


@pytest.mark.parametrize("text, expected", TRAILING_FUNCTION_CASES)
def test_round33_function_character_at_the_subjects_end_is_dropped(text, expected):
    assert counts(text) == expected


ONE_CHARACTER_CASES = [
    # a lone verb before a sum or a count of times names nothing
    ("他每周花200元请家教。", [("200元", 200, "元", None)]),
    ("她先后去了4次才把事情说清楚。", [("4次", 4, "次", None)]),
    # a share glued to its link word (占|比达) is still the share (round 40)
    ("楠溪社区党员占比达65%。", [("65%", 65, "%", "楠溪社区党员占比")]),
    # the figure's own measure word is no subject
    ("樟园社区全年收到求助300件，办结280件。", [("300件", 300, "件", None), ("280件", 280, "件", None)]),
    # a one-character noun stays
    ("枫林小区共有9栋楼。", [("9栋", 9, "栋", "楼")]),
    # no figure: nothing
    ("居民们约好周末一起打扫楼道。", []),
]


@pytest.mark.parametrize("text, expected", ONE_CHARACTER_CASES)
def test_round33_one_character_subject_that_names_nothing_is_dropped(text, expected):
    assert counts(text) == expected
