"""Round 55 h1: the reading rooms and cultural stations every village or town has (农家书屋, 图书室,
文化站), written alone after a named one (某村农家书屋), are all of them, so a gift to them pairs the
giver with no one; the named room written out still pairs. Every sentence here is made up."""

from __future__ import annotations

import pytest


def pairs(text: str) -> list[tuple[str, str]]:
    from shequ.api import extract

    return sorted(tuple(sorted((p.a.name, p.b.name))) for sheet in extract(text) for p in sheet.partnerships)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "青岭村农家书屋眼下有图书3000多册。活动当天，华江文化传媒有限公司向农家书屋捐赠图书。",
            [],
        ),
        (
            "活动当天，华江文化传媒有限公司向青岭村农家书屋捐赠图书。",
            [("华江文化传媒有限公司", "青岭村农家书屋")],
        ),
    ],
)
def test_bare_reading_room_is_the_kind_not_the_named_one(text, expected):
    assert pairs(text) == expected
