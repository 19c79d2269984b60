"""Round 44 (organizations, comparty). A bare 社区党委 in an article that has named one 社区 only
before it is that community's committee, from any later sentence and before a post too
(社区党委书记某某), as the annotation convention writes it (某社区党委); the evidence stays the span
written (社区党委). Two 社区 named before it, none before it, a 社区党总支/党支部 or a village's body
written bare stay unresolved; an estate (某某小区) is no second 社区.

Every sentence here is made up (invented communities, estates and people)."""

from __future__ import annotations

import pytest

from contexts import run


def bodies(text: str) -> list[tuple[str, str]]:
    """(surface, canonical) of each organization mention, in text order."""
    ctx = run(text, "places", "communities", "organizations")
    return [(text[m.start : m.end], m.canonical) for m in ctx.mentions["organizations"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("柏溪社区位于老城区。社区党委牵头成立了调解小组。", [("社区党委", "柏溪社区党委")]),
        (
            "柏溪社区的楼道很窄。社区党委书记陈禾苗说，加装电梯已提上日程。",
            [("社区党委", "柏溪社区党委")],
        ),
        (
            "柏溪社区晴川小区加装了电梯。\n居民意见不一。\n社区党委组织业主协商。",
            [("社区党委", "柏溪社区党委")],
        ),
    ],
)
def test_round44_bare_committee_after_the_only_community_is_its_committee(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "柏溪社区和梅岭社区相邻。社区党委牵头成立了调解小组。",  # two 社区 named before it
        "社区党委牵头成立了调解小组。柏溪社区位于老城区。",  # named only after it
        "柏溪社区位于老城区。社区党总支牵头成立了调解小组。",  # not a 社区党委
        "石岭村修好了水渠。村党委组织党员挑土。",  # a village's body
    ],
)
def test_round44_bare_committee_without_a_sole_community_stays_unresolved(text):
    assert bodies(text) == []
