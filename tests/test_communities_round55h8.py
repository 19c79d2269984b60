"""Round 55 h8: a function character or the verb 来 glued before a community's name by the walk
(某街道以|某社区作为试点, 从某镇来|某社区打工) or a web headline's separator 丨 before it is no part of the
name when the article writes the community without it too: one community, named without the
character. A name written only with such a character keeps it. Sentences are invented."""

import pytest

from pipeline.api import extract
from tests.contexts import community_surfaces


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a preposition glued after a street's name, the community written alone before
        ("青禾区桃源街道推进垃圾分类，星湾社区率先试点。今年，桃源街道以星湾社区为样板推广经验。", ["星湾社区"]),
        # the verb of coming glued after a town's name, the community written alone after
        ("她从柳林镇来枫溪社区附近打工已有两年。枫溪社区为外来务工人员开设了夜校。", ["枫溪社区"]),
    ],
)
def test_communities_glued_opener_is_cut_when_name_written_alone(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


def test_communities_glued_opener_mentions_start_after_it() -> None:
    text = "她从柳林镇来枫溪社区附近打工已有两年。枫溪社区为外来务工人员开设了夜校。"
    assert community_surfaces(text) == ["枫溪社区", "枫溪社区"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # written only with the character: nothing to cut it by, the walk's reading stays
        ("居民们来到来凤社区参加议事会，来凤社区党委书记主持会议。", ["来凤社区"]),
        # one ordinary character more may name another community: both stay
        ("老城东社区和城东社区联合举办邻里节。", ["城东社区", "老城东社区"]),
    ],
)
def test_communities_glued_opener_kept_otherwise(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
