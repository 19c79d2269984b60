"""People, round 44 people2. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A name that only a speech verb marks (某某说, 某某告诉记者) with no role stated anywhere in the
# text is a feature story's resident: no person fact. A role stated anywhere keeps the speaker.
ROLELESS_SPEAKER_CASES = [
    ("晚饭后，蔺秋禾告诉记者，楼下的长椅又添了两张。", []),
    ("“菜价公道，离家也近。”鲍云翘笑着说。", []),
    ("社区网格员蔺秋禾说，楼下的长椅又添了两张。", [("蔺秋禾", "社区网格员")]),
    ("蔺秋禾是青禾社区的网格员。楼下的长椅又添了两张，蔺秋禾说。", [("蔺秋禾", "网格员"), ("蔺秋禾", "网格员")]),
]


@pytest.mark.parametrize("text, expected", ROLELESS_SPEAKER_CASES)
def test_round44people2_roleless_speaker_is_no_person(text, expected):
    assert people(text) == expected
