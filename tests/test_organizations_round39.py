"""Round 39 (organizations): the councils and social-work rooms a village, town or community
runs under its own name.

Every sentence here is made up (invented villages, towns and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- 理事会: a village's or community's council
@pytest.mark.parametrize(
    "text, expected",
    [
        ("近年来，青杉村红白理事会为村民操办喜事二十余场。", ["青杉村红白理事会"]),
        ("近日，湖石镇柳泉村红白理事会正式挂牌。", ["湖石镇柳泉村红白理事会"]),
        ("居民们商议后，组建了云栖社区发展理事会，整合各方资源。", ["云栖社区发展理事会"]),
    ],
)
def test_round39_council_named_by_its_village(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("各村普遍成立红白理事会，倡导婚事新办。", []),
        ("村里的红白理事会主动上门劝导。", []),
        ("经过理事会讨论，方案得以通过。", []),
        ("老支书被推举为理事会的会长。", []),
    ],
)
def test_round39_council_without_a_name_is_none(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- 社工室, 社工点, 社工总站: social-work posts
@pytest.mark.parametrize(
    "text, expected",
    [
        ("站长带领青禾社工室社工入户走访。", ["青禾社工室"]),
        ("县社工总站、白沙镇社工站联合开展活动。", ["县社工总站", "白沙镇社工站"]),
        ("昨日下午，白沙镇青杉社区社工点举办读书会。", ["青杉社区社工点"]),
        ("镇长为白沙镇柳泉村社工服务室揭牌。", ["柳泉村社工服务室"]),
    ],
)
def test_round39_social_work_post_named_by_its_place(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全县已建成社工服务点26个。", []),
        ("各村都要设一间社会工作服务室。", []),
        ("这个社区社工室的试点将推广。", []),
        ("社工室里坐满了居民。", []),
    ],
)
def test_round39_social_work_post_without_a_name_is_none(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- F16: a place's units of a lower level
@pytest.mark.parametrize(
    "text, expected",
    [
        ("村民来到白沙县村级党群服务中心办理业务。", []),
        ("白沙县乡镇社会工作服务站已实现全覆盖。", []),
        ("白沙县民政局指导乡镇社工站开展工作。", ["白沙县民政局"]),
    ],
)
def test_round39_place_with_a_level_kind_is_a_class(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("白沙县青松镇社工站开展活动。", ["白沙县青松镇社工站"]),
        ("白沙县社会工作服务中心开展培训。", ["白沙县社会工作服务中心"]),
    ],
)
def test_round39_place_with_a_named_unit_stays(text, expected):
    assert organizations(text) == expected
