"""Round 50 (places2): a 街道's bare short form before a stem of two to four name characters and a
community head (某街道简称|青枫社区) opens that community's name: the street makes no fact there,
but stays a mention for the communities extractor; the street written on its own elsewhere, a
town's short form (某镇简称|青枫村) and a stem that opens a clause keep the place (sentences of our
own making)."""

from __future__ import annotations

from test_places import all_places, places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_street_short_form_opening_a_community_name_gives_no_place():
    assert canonicals("北京市朝阳区望京青枫社区的志愿者开展义诊。") == ["北京市", "朝阳区"]


def test_places_street_short_form_before_an_ordinal_community_gives_no_place():
    assert canonicals("北京市朝阳区望京第五社区的居民参加了活动。") == ["北京市", "朝阳区"]


def test_places_street_short_form_in_a_community_name_stays_a_mention_without_fact():
    text = "北京市朝阳区望京青枫社区的志愿者开展义诊。"
    assert [(m.canonical, m.start, m.end, m.fact) for m in all_places(text) if m.canonical == "望京街道"] == [
        ("望京街道", 6, 8, False)
    ]


def test_places_street_written_on_its_own_elsewhere_stays_a_place():
    assert canonicals("望京街道的干部来到望京青枫社区。") == ["望京街道"]


def test_places_stem_opening_with_a_verb_keeps_the_street():
    assert canonicals("北京市朝阳区望京强化社区治理。") == ["北京市", "望京街道", "朝阳区"]


def test_places_town_short_form_before_a_village_keeps_the_town():
    assert canonicals("北京市密云区古北口青枫村的村民。") == ["北京市", "古北口镇", "密云区"]


def test_places_street_short_form_community_with_no_other_place_yields_nothing():
    assert canonicals("望京青枫社区举行了活动。") == []
