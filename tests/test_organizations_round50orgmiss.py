"""Round 50 (organizations, orgmiss). A centre named by its place or community that closes its
phrase (…实践站，…; …服务中心。) is the body running it after a date, 来到, 图为 or any other opener;
only a locative (在), a verb of entering (走进, 进入 …) or building (打造, 建成 …) or 依托 right before
its name makes it the building or platform a scene-setting phrase describes.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date opens the sentence, the station named by its city, district and village
        (
            "8月3日，武汉市洪山区翠柳村新时代文明实践站，几位大学生给孩子们上了绘画课。",
            ["武汉市洪山区翠柳村新时代文明实践站"],
        ),
        # a photo caption closing on the centre
        ("图为湖滨社区便民服务中心。", ["湖滨社区便民服务中心"]),
        # the centre a group visits, after a description ending in 的
        ("一行人来到占地两千平方米的湖滨街道文明实践所，参观书画室。", ["湖滨街道文明实践所"]),
    ],
)
def test_round50orgmiss_named_centre_closing_its_phrase_is_the_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb of building: the space built
        "今年，社区整合闲置用房，打造杭州市青溪社区服务中心。",
        # 依托: the platform relied on
        "老年大学依托枫林苑党群服务中心，已招收学员两百人。",
        # an unnamed centre names no body whatever opens it
        "依托本社区党群服务中心，学校已招收学员两百人。",
    ],
)
def test_round50orgmiss_centre_after_locative_or_entering_is_the_building(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Round 58 h5 moved these from the building test above: a named community's own centre
        # after a locative or a verb of entering is its body, as the tuning gold lists it
        # (5 articles of 5 sets: g55c, g55d, g55f, g57g, l53m).
        ("在武汉市翠柳社区党群服务中心，还设有一间图书室。", ["翠柳社区党群服务中心"]),
        ("走进成都市金桂村新时代文明实践站，迎面是一面荣誉墙。", ["成都市金桂村新时代文明实践站"]),
        ("工作人员进入杭州市青溪社区党群服务中心，逐一检查消防设施。", ["青溪社区党群服务中心"]),
    ],
)
def test_round50orgmiss_named_community_centre_after_locative_or_entering_is_the_body(text, expected):
    assert organizations(text) == expected
