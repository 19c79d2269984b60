"""Round 49 (places2): a rarer verb opening the words between a place and an organization
ending names the organization's field also before its object (某市关爱退役军人协会), so the
place heads that name; a common verb after it (某市统筹推进…中心) or a common verb opening the
gap (某市开展…) still makes a clause (sentences of our own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_city_heading_a_veterans_care_association_gives_no_place():
    assert canonicals("青州市关爱老兵协会召开年会。") == []


def test_places_city_heading_a_funeral_management_centre_gives_no_place():
    assert canonicals("青州市殡葬服务中心换了新址。") == []


def test_places_rare_verb_then_a_common_verb_is_a_clause():
    assert canonicals("青州市统筹推进养老服务中心建设。") == ["青州市"]


def test_places_common_verb_opening_the_gap_is_a_clause():
    assert canonicals("青州市开展社会工作服务中心建设。") == ["青州市"]


def test_places_rare_verb_without_an_organization_ending_stays_a_place():
    assert canonicals("青州市帮扶困难群众。") == ["青州市"]


def test_places_rare_verb_whose_object_is_another_body_is_a_clause():
    assert canonicals("青州市依托中科院青禾研究所办培训。") == ["青州市"]
