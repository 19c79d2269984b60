"""Round 53 (h7): a community written again later in a shorter form of its own name (its stem alone
in a list sharing the head, or cut short keeping the first and last characters of the stem) is
that community, named as first written; forms that name neighbouring communities stay apart.
Sentences are invented."""

import pytest

from pipeline.api import extract
from pipeline.extract.communities import _short_form_of


def _communities(text: str) -> list[tuple[str, list[str]]]:
    return sorted((c.name, sorted(c.aliases or [])) for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the stem alone, as an item of a list that shares 社区 with the other items
        (
            "8月3日，青禾街道“银发车队”启动仪式在桐湾东社区举行。车队首批在桐湾东、柳家村、小石头三个社区试点。",
            [("小石头", []), ("柳家村", []), ("桐湾东社区", ["桐湾东"])],
        ),
        # an abbreviation keeping the stem's first and last characters, in later sentences
        (
            "江苏省常州市湖滨新村第二社区调解了一起邻里纠纷。说起网格服务，湖二社区的居民连连称赞。湖二社区党委书记也来了。",
            [("湖滨新村第二社区", ["湖二社区"])],
        ),
        # a character dropped from a three-character stem
        (
            "书香街道北杨柳路社区书记介绍了情况。书香街道北柳路社区居民李某说，活动很实用。",
            [("北杨柳路社区", ["北柳路社区"])],
        ),
        # the front of the stem alone names another community
        (
            "建兰路街道桂家园西街社区食堂开业了。桂家园社区的老人也来吃饭。",
            [("桂家园社区", []), ("桂家园西街社区", [])],
        ),
        # a road's other section names a neighbouring community
        (
            "青禾街道人民东路社区开展义诊。人民路社区的志愿者也参加了。",
            [("人民东路社区", []), ("人民路社区", [])],
        ),
    ],
)
def test_communities_short_form_written_later_is_the_same_community(text: str, expected: list) -> None:
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "known, known_head, name, head, expected",
    [
        ("桐湾东社区", "社区", "桐湾东", "", True),
        ("湖滨新村第二社区", "社区", "湖二社区", "社区", True),
        ("北杨柳路社区", "社区", "北柳路社区", "社区", True),
        ("桂家园西街社区", "社区", "桂家园社区", "社区", False),  # the stem's front only
        ("人民东路社区", "社区", "人民路社区", "社区", False),  # a direction left out
        ("王家庄村", "村", "王庄村", "村", False),  # 家 left out: another village
        ("柳河新村社区", "社区", "柳河村", "村", False),  # another head: another unit
        ("湖滨新村第二社区", "社区", "湖三社区", "社区", False),  # not its characters
    ],
)
def test_short_form_of(known: str, known_head: str, name: str, head: str, expected: bool) -> None:
    assert _short_form_of(known, known_head, name, head) is expected


def test_communities_short_form_in_the_same_sentence_stays_apart() -> None:
    # two communities written in one sentence are two communities, whatever their names share
    for text in (
        "书香街道组织北杨柳路社区、北柳路社区的党员开展环境整治，两个社区共清理垃圾三十余吨。",
        "书香街道组织北杨柳路社区党员开展环境整治，北柳路社区的党员也参加了。",
    ):
        assert _communities(text) == [("北杨柳路社区", []), ("北柳路社区", [])]
