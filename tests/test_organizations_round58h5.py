"""Round 58 h5 (organizations C18): a community written right before a quote that holds only a
unit's kind, its ending with nothing or descriptor words before it (某社区“治保会”, 某社区“社工委”), is
that community's own unit: news quotes the short name of a committee or station the community set
up, as it quotes a standard station's kind (round 56 h2). A count before the ending (村“两委”), a
name of its own before it (“小马工作室”), a quote that is no unit's kind and a quote after no
community make none. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found


def organization_names(text: str) -> list[str]:
    """The organization facts' names the full pipeline writes for `text`."""
    from shequ.api import extract

    return [o.name for sheet in extract(text) for o in sheet.organizations]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a community's security committee, quoted, acting
        ("近日，城关区青松社区“治保会”组织50余名队员参加消防演练。", ["青松社区“治保会”"]),
        # a community's social-work committee: descriptor words before the short head
        ("自柳塘社区“社工委”组建以来，委员们分头走访。", ["柳塘社区“社工委”"]),
        # a village's security committee after its town
        ("去年，岭南县石塘镇枫溪村“治保会”调解了十多起邻里纠纷。", ["枫溪村“治保会”"]),
    ],
)
def test_quoted_kind_after_community_is_its_unit(text, expected):
    assert organizations_found(text) == expected


def test_quoted_unit_fact_takes_the_composed_name():
    text = "近日，城关区青松社区“治保会”组织50余名队员参加消防演练。"
    assert "青松社区治保会" in organization_names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a count of committees: the village's two bodies, a class
        "他多次和石门村“两委”班子商量修路的事。",
        # a name of its own before the ending: a brand
        "石门村“小马工作室”每周为老人理发。",
        # a quoted kind after no community
        "各地“治保会”在基层调解中发挥了作用。",
        # a quote that is not a unit's kind
        "柳塘社区“服务网”越织越密。",
    ],
)
def test_counted_branded_venue_and_unanchored_quotes_name_none(text):
    assert organizations_found(text) == []
