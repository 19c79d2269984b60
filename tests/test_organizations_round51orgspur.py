"""Round 51 (organizations, orgspur). An official short form and the full wording of a body's field
(市场监管 / 市场监督管理, 法院 / 人民法院, 妇联 / 妇女联合会: `org_short_forms.tsv`) written for one body
in one article are one organization: the later form takes the first one's canonical. Two bodies
of different places stay two, whichever form each is written in.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import run


def organization_canonicals(text: str) -> list[str]:
    """The organizations of `text` as facts: one canonical per body, sorted."""
    return sorted({m.canonical for m in run(text, "places", "communities", "organizations").mentions["organizations"]})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bureau in full, then in its short form
        ("青禾县市场监督管理局检查商铺。当天，青禾县市场监管局的干部向商户讲解规定。", ["青禾县市场监督管理局"]),
        # a court written short first, in full later: the first form keys the body
        ("桃源区法院法官来到社区。桃源区人民法院还设立了巡回审判点。", ["桃源区法院"]),
        # a women's federation: full wording, then 妇联
        ("青禾市妇女联合会举办讲座，青禾市妇联还为家庭送去书籍。", ["青禾市妇女联合会"]),
    ],
)
def test_round51orgspur_short_form_of_a_named_body_is_the_same_body(text, expected):
    assert organization_canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two places, one written short: two bureaus
        ("青禾县市场监督管理局和桃源县市场监管局联合执法。", ["桃源县市场监管局", "青禾县市场监督管理局"]),
        # a court and a procuratorate of one county are two bodies
        ("青禾县人民法院与青禾县检察院共同开展普法宣传。", ["青禾县人民法院", "青禾县检察院"]),
    ],
)
def test_round51orgspur_short_forms_of_different_bodies_stay_apart(text, expected):
    assert organization_canonicals(text) == expected
