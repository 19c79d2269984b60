"""Round 51 (pairparty): a subdistrict's own unit written after a bare 街道 (街道|司法所, 街道|残联,
街道|社工站) is the local body where the text sets it as a party: after a relation word, in the
list one opens, or opening a clause a relation word closes. It was missed, and with it the pair of
the unit it works with. Elsewhere the bare form names the kind of body, and before a post
(街道|党工委书记某某) it is a person's role.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit right after 联合
        ("柳溪社区联合街道司法所开展普法宣传活动。", ["街道司法所"]),
        # the second item of a list opened by 联合
        ("青禾市枫岭社工站联合街道残联、团员青年走访了困难家庭。", ["青禾市枫岭社工站", "街道残联"]),
        # opening a clause that 与 closes
        ("此外，街道团工委与蓝湾小学签订了共建协议。", ["街道团工委", "蓝湾小学"]),
    ],
)
def test_round51pairparty_framed_bare_subdistrict_unit_is_the_local_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a post after it: a person's role
        "柳溪社区联合街道党工委书记韩晓松走访了困难家庭。",
        # no relation frame: the kind of body
        "青年工作要以街道团工委为骨干力量。",
    ],
)
def test_round51pairparty_bare_subdistrict_unit_outside_a_frame_names_none(text):
    assert organizations(text) == []
