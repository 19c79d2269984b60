"""Round 54b p5 (organizations recall): a province's, city's or district's incubation base for
social organizations (某省省级社会组织孵化基地, 某区社区社会组织孵化基地) is a unit, like its
孵化中心; a bare base, or one named only by an ordinal, names none. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province's base, its level word inside the name
        ("12日，江南省省级社会组织孵化基地在省会落成并投入使用。", ["江南省省级社会组织孵化基地"]),
        # a district's base for community organizations
        ("3日上午，青山区社区社会组织孵化基地迎来首批入驻的社会组织。", ["青山区社区社会组织孵化基地"]),
        # a city and district written together, the base a party of 入驻
        ("目前已有6家机构入驻西安市雁塔区社会组织孵化基地。", ["西安市雁塔区社会组织孵化基地"]),
    ],
)
def test_place_named_incubation_base_is_an_organization(text, expected):
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the kind, counted
        "全市已建成社会组织孵化基地12个。",
        # the kind, after a demonstrative
        "据介绍，这个刚刚建成的社会组织孵化基地将提供场地和培训。",
        # an ordinal, not a name
        "该街道打造了全市首个街道社会组织孵化基地。",
    ],
)
def test_bare_incubation_base_is_no_organization(text):
    assert organizations_found(text) == []

