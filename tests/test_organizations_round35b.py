"""Round 35b (organizations). A bare 社区党委/村党支部 is resolved to its community further back:
the only community of its kind the article has named before it, however far (a Party body only: a
bare 村便民服务站 stays the kind of unit), and one after 该 even as a person's post (该社区党委副书记).

Every sentence here is made up (invented communities and people)."""

from __future__ import annotations

from contexts import run

FILLER = "居民们围绕停车难题展开了讨论，大家各抒己见。\n" * 4


def canonical_orgs(text: str) -> list[str]:
    return [m.canonical for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


def test_the_only_community_named_earlier_owns_a_far_bare_committee_only_when_named_in_full():
    # round 41: a bare body resolved from context alone is no organization (round 44: but a
    # 社区党委 after the only 社区 named is that community's committee)
    text = "青禾社区地处老城区，楼栋老旧。\n" + FILLER + "矛盾焦点很快转到了社区党总支。"
    assert canonical_orgs(text) == []
    text = "青禾社区党委地处老城区，楼栋老旧。\n" + FILLER + "矛盾焦点很快转到了社区党委。"
    assert canonical_orgs(text) == ["青禾社区党委", "青禾社区党委"]


def test_two_communities_named_earlier_leave_a_far_bare_committee_unresolved():
    text = "青禾社区和梧桐社区相邻，楼栋老旧。\n" + FILLER + "矛盾焦点很快转到了社区党委。"
    assert canonical_orgs(text) == []


def test_a_far_bare_service_station_is_not_resolved():
    text = "青禾村地处山区。\n" + FILLER + "下与村便民服务站相通。"
    assert canonical_orgs(text) == []


def test_a_committee_after_gai_is_resolved_as_a_post():
    text = "青禾社区的车位一直紧张。该社区党委副书记王明说，问题已经解决。"
    assert canonical_orgs(text) == ["青禾社区党委"]


def test_a_bare_committee_as_a_post_stays_unnamed():
    text = "青禾社区的车位一直紧张。社区党总支副书记王明说，问题已经解决。"
    assert canonical_orgs(text) == []
