"""Round 51 (pairdup): a frame-licensed name that widens a found party cut short (某集团|某公司党委)
is that body written in full: it takes the found party's canonical, so the article's short form
is an alias of one organization and the pairs of both forms are one pair. Another unit sharing
the ending elsewhere in the text (市民政局, 区民政局) is not merged. Sentences written for these
tests (made-up names)."""

from __future__ import annotations

from contexts import context_for, run, sheet_of
from shequ.extract.partnerships import PartnershipExtractor


def given(text: str, **parties):
    """(label, surface, canonical) of each entity the extractor adds, and its pairs (ends sorted)."""
    ctx = context_for(PartnershipExtractor, text, **parties)
    found = PartnershipExtractor()(ctx)
    entities = [(m.label, text[m.start : m.end], m.canonical) for m in found if m.label != "partnerships"]
    pairs = sorted({tuple(sorted((m.attrs["a"].canonical, m.attrs["b"].canonical))) for m in found if m.label == "partnerships"})
    return entities, pairs


def test_licensed_full_name_takes_the_canonical_of_its_found_tail():
    text = "3月5日，青禾能源集团华穗科技公司党委联合松岭社区党支部开展植树活动。华穗科技公司党委向松岭社区党支部捐赠了树苗。"
    entities, pairs = given(text, organizations=["华穗科技公司党委", "松岭社区党支部"])
    assert entities == [("organizations", "青禾能源集团华穗科技公司党委", "华穗科技公司党委")]
    assert pairs == [("华穗科技公司党委", "松岭社区党支部")]


def test_licensed_partner_widening_a_found_company_is_the_same_body():
    text = "3月5日，松岭社区党支部携手青禾能源集团华穗科技公司开展植树活动。"
    entities, pairs = given(text, organizations=["华穗科技公司", "松岭社区党支部"])
    assert entities == [("organizations", "青禾能源集团华穗科技公司", "华穗科技公司")]
    assert pairs == [("华穗科技公司", "松岭社区党支部")]


def test_unit_sharing_only_the_ending_elsewhere_keeps_its_own_name():
    text = "3月5日，松岭社区党支部联合青禾市民政局开展慰问活动。区民政局也派人参加。"
    entities, pairs = given(text, organizations=["区民政局", "松岭社区党支部"])
    assert entities == [("organizations", "青禾市民政局", "青禾市民政局")]
    assert pairs == [("松岭社区党支部", "青禾市民政局")]


def test_licensed_name_over_no_found_party_yields_no_merge():
    text = "3月5日，松岭社区党支部携手青禾绿源环保科技有限公司开展植树活动。"
    entities, _ = given(text, organizations=["松岭社区党支部"])
    assert entities == [("organizations", "青禾绿源环保科技有限公司", "青禾绿源环保科技有限公司")]
