"""Round 41 (organizations).

C: a bare 社区党委/村党支部 that only an earlier sentence's community names is no body of the
article: the tuning gold leaves such bodies out unless the article writes the full name, points
back with 该 or names the community earlier in the same sentence.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

from contexts import run


# ---------------------------------------------------------------- C: a bare Party body the article never names
def canonical_orgs(text: str) -> list[str]:
    return [m.canonical for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


def test_round41_bare_committee_resolved_from_context_alone_is_dropped():
    # (a 社区党委 after the only 社区 named is that community's committee: round 44)
    assert canonical_orgs("青松社区位于城东。社区党总支牵头成立了调解小组。") == []
    assert canonical_orgs("柳塘村修好了水渠。村党支部组织党员挑土。") == []


def test_round41_bare_committee_kept_when_the_article_writes_its_name():
    text = "青松社区党委召开会议。会后，社区党委牵头成立了调解小组。"
    assert canonical_orgs(text) == ["青松社区党委", "青松社区党委"]


def test_round41_bare_committee_after_gai_is_still_resolved():
    assert canonical_orgs("青松社区位于城东。该社区党委副书记陈小禾介绍了情况。") == ["青松社区党委"]


def test_round41_bare_committee_resolved_within_its_sentence():
    assert canonical_orgs("青松社区志愿团队联合社区党委绘制了资源地图。") == ["青松社区党委"]
