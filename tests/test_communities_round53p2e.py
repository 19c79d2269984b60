"""Round 53 (p2e): two verb characters jieba lists as an abbreviation (掌控, 联控) are no proper-name
piece, so a verb before 小区 names no estate unless a word announcing a name comes first; and two
forms of one community, each with different words before a name the article also writes on its
own (a city's short form in a headline, a street's short form in the lede), are one community,
named by that shared name. Sentences of our own making."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb before 小区: the estate's grid, no estate's name
        ("社区干部要随时掌控小区里的停车情况。", []),
        ("各村严格落实联控小区出入口的措施。", []),
        # after a word announcing a place, the same word still names an estate
        ("网格员走进联保小区开展入户宣传。", ["联保小区"]),
        # a headline's city short form, the lede's street short form, the name alone later: one community
        (
            "兴市柳湾社区志愿服务暖人心\n\n兴安县城关街柳湾社区党支部组织党员开展志愿服务。柳湾社区党员志愿者走访独居老人。",
            ["柳湾社区"],
        ),
        # without the name written alone, the two forms are not tied together
        (
            "兴市柳湾社区志愿服务暖人心\n\n兴安县城关街柳湾社区党支部组织党员开展志愿服务。",
            ["兴市柳湾社区", "城关街柳湾社区"],
        ),
    ],
)
def test_round53p2e_communities(text, expected):
    assert _communities(text) == sorted(expected)
