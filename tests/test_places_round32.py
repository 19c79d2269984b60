"""Places, round 32: the relation word 联合 after an adverb (还, 同步, 共同 …) is the verb, so 联合街道
/ 联合镇 there names no place; after a place or a preposition it stays the town. Sentences written
for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import run


@pytest.mark.parametrize("text, expected", [
    ("桂岭镇妇联还联合街道司法所举办讲座。", ["桂岭镇"]),
    ("物业公司同步联合街道、业委会排查隐患。", []),
    ("志愿者共同联合镇卫生院上门随访。", []),
    # after another place, or after a preposition, it is the town
    ("青川县联合乡干部到村走访。", ["青川县", "联合乡"]),
    ("在联合街道，居民踊跃报名。", ["联合街道"]),
])
def test_round32_relation_word_after_adverb_is_the_verb(text, expected):
    assert [text[m.start:m.end] for m in run(text, "places").found("places")] == expected
