"""Round 59 h8d: a place word or locative inside a community's name (山里, 中里, 北麓: jieba tags s or
f, or does not know a word opening with 中) no longer stops the walk, when a name piece stands right
before it or when a place or another community's head does and one character lies between it and
the head. After a function or everyday word it stays a word of the clause. Sentences are invented."""

import pytest

from contexts import fact_names

# A second paragraph, so that a one-sentence text is read as an article body.
BODY = "\n记者了解到，这项工作还将在更多地方推开，让更多居民受益。"


@pytest.mark.parametrize(
    "text, expected",
    [
        # one name character, then a place word jieba tags s, after a locative word
        ("王阿姨在秀山里社区住了十多年，对这里的一草一木都很熟悉。", ["秀山里社区"]),
        # a rare proper word, then a word jieba does not know opening with 中, after a street
        ("东城区和平街道青莲中里社区8号楼的加装电梯工程已经完工。", ["青莲中里社区"]),
        # a locative jieba tags f opening an estate's name right after its community, one character before the head
        ("城关街道柳岸社区南麓原小区的志愿者正在清理楼道。", ["南麓原小区", "柳岸社区"]),
    ],
)
def test_communities_locative_word_inside_name(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "communities") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the locative opens the stem after a function word, or stands alone before the head
        ("志愿者们走访了附近社区的独居老人。", []),
        ("当地社区工作人员及时赶到现场。", []),
        # after a community's head, the locative and two characters: a clause, no name
        ("城关街道柳岸社区东侧绿地小区周边的道路正在修缮。", ["柳岸社区"]),
        # after a street's short form (某某街): the place before the name, no piece of it
        ("傍晚，柳溪街北方理工大学社区的志愿者来到公园。", []),
    ],
)
def test_communities_locative_word_opening_clause_yields_no_new_name(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "communities") == expected
