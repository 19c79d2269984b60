"""Round 57 h3: a community whose stem is an everyday word (胜利, 解放) is taken only with an anchor
(a place before it, a locative, its own body after it); once one of its mentions is anchored, its
later mentions written word for word after punctuation or a word announcing a name are that
community too, each with its own span, and the bodies named after them are found. Written again
after any other character (建设|幸福社区, 新|和平社区) it stays a phrase or another name.
Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[tuple[str, list[int]]]:
    return sorted((c.name, sorted(e.start for e in c.evidence)) for sheet in extract(text) for c in sheet.communities)


def _organizations(text: str) -> list[str]:
    return sorted(o.name for sheet in extract(text) for o in sheet.organizations)


ANCHORED_THEN_BARE = (
    "走进杭州市西湖区北山街道发展社区，居民有三千人。发展社区党委书记王春来介绍，发展社区有九百户。"
    "在发展社区党群服务中心四楼，有一间阅览室。"
)
ANCHORED_THEN_QUOTE = "上周，成都市武侯区玉林街道振兴社区组织志愿者清扫落叶。“这活儿累但值得。”振兴社区党支部书记林晓禾说。"


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a full stop, a comma and the locative 在
        (ANCHORED_THEN_BARE, [("发展社区", [12, 24, 38, 48])]),
        # after a closing quote, before its party branch
        (ANCHORED_THEN_QUOTE, [("振兴社区", [13, 37])]),
    ],
)
def test_communities_bare_repeat_of_anchored_everyday_stem(text: str, expected: list) -> None:
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (ANCHORED_THEN_BARE, ["发展社区党委", "发展社区党群服务中心"]),
        (ANCHORED_THEN_QUOTE, ["振兴社区党支部"]),
    ],
)
def test_organizations_named_after_bare_repeat(text: str, expected: list[str]) -> None:
    assert _organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same words after a verb are a goal, not the community again
        ("杭州市西湖区北山街道幸福社区开展了义诊。建设幸福社区，人人有责。", [("幸福社区", [10])]),
        # a longer name ending in the same words is another community
        ("杭州市西湖区北山街道和平社区开展了义诊。随后，新和平社区也举办了活动。",
         [("和平社区", [10]), ("新和平社区", [23])]),
        # after 把 the words are the object of a clause
        ("走进杭州市西湖区北山街道胜利社区，居民有三千人。我们要把胜利社区建设好。", [("胜利社区", [12])]),
    ],
)
def test_communities_repeat_needs_a_clear_start(text: str, expected: list) -> None:
    assert _communities(text) == expected


def test_communities_bare_everyday_stem_without_anchor_yields_nothing() -> None:
    assert _communities("胜利社区党委书记王春来介绍，胜利社区有九百户。") == []
