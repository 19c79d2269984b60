"""Round 49 commmiss: jieba glues a village's 村 to the first character of the next word when the
pair is no word it knows (某某村|八组 read as 村八组); the 村 still ends the village's name. A word
jieba knows (村民) keeps the 村, and a 村 glued to a clause's last character names nothing.
Sentences are invented."""

import pytest

from pipeline.api import extract
from pipeline.segment import tokens


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


GROUP_SENTENCE = "搬迁以前，老周住在衢州市楠溪村八组的老房子里，每天要走很远的山路。"


def test_sentence_shows_the_glued_token() -> None:
    # the shape this rule is about: jieba reads 村八组 as one made-up word
    assert "村八组" in tokens(GROUP_SENTENCE)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the village before its group, glued by jieba: the village
        (GROUP_SENTENCE, ["楠溪村"]),
        # a dictionary word after 村 (村民): the village through the ordinary walk, unchanged
        ("医护人员来到楠溪村为村民提供上门服务，村民们纷纷点赞。", ["楠溪村"]),
        # 村 glued to the last character of a verse line: no village
        ("清泉绕村流，稻花满山香。这是当地百姓口口相传的歌谣。", []),
    ],
)
def test_communities_village_glued_to_next_word(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
