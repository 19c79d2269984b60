"""Quantities, round 36: the change frame 从 N 发展到 M across a comma and after 了 or a word
for "now"; a figure repeated later with a subject that shares its head word is one fact.
Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


SPAN_CASES = [
    # the new level after a comma and a word for "now": both levels count the noun before 从
    ("青禾巷的志愿者从三年前的8人，发展到如今的47人。", [("8人", 8, "人", "青禾巷的志愿者"), ("47人", 47, "人", "青禾巷的志愿者")]),
    # the new level after 了
    ("护河队的队员从最初的6人发展到了40多人。", [("6人", 6, "人", "护河队的队员"), ("40多人", 40, "人", "护河队的队员")]),
    # no opener 从/由: the verb after the comma names nothing
    ("楼道长有8人，发展到了这里。", [("8人", 8, "人", "楼道长")]),
]


@pytest.mark.parametrize("text, expected", SPAN_CASES)
def test_round36_change_frame_across_comma_and_after_le_or_now(text, expected):
    assert counts(text) == expected
