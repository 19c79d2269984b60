"""Round 53 p1d (organizations, C17): a 、-list item that the left extension cut inside (a word
that reads as a verb or adjective, a bracketed qualifier) is grown back to
the list mark when its head opens with its level or place and the item is closed after the name,
so the lists keep their parties. A head holding another unit, a head after no 、, or a name not
closed as an item stays as it was. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a head word the extension stops at (复明, 幸福), the item closed by 联合 or 以及
        ("由共青团廊坊市委、廊坊市文明办、廊坊市复明眼科医院联合举办公益讲座。",
         ["共青团廊坊市委", "廊坊市文明办", "廊坊市复明眼科医院"]),
        ("本次活动由桂园社区、县幸福家园服务中心以及桂园物业公司承办。",
         ["县幸福家园服务中心", "桂园物业公司"]),
        # a bracketed qualifier inside the name, the item closed by 等
        ("县妇联、县科协、县关爱孤独症（自闭症）儿童家长协会等单位联合举办讲座。",
         ["县妇联", "县科协", "县关爱孤独症（自闭症）儿童家长协会"]),
    ],
)
def test_cut_list_item_grows_to_its_mark(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no list mark before the cut: the extension's own border stands
        ("廊坊市复明眼科医院开展了义诊。", ["眼科医院"]),
        # the head does not open with a level or place
        ("由县妇联、关爱孤独症（自闭症）儿童家长协会等单位联合举办讲座。", ["县妇联", "儿童家长协会"]),
        # an item after 联合 has no 、 before it: its border stands
        ("本次活动由桂园社区联合市幸福家园服务中心承办。", ["家园服务中心"]),
        # nothing named at all
        ("居民们、志愿者和党员们一起打扫了楼道。", []),
    ],
)
def test_other_cuts_stay(text, expected):
    assert organizations(text) == expected
