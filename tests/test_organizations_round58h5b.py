"""Round 58 (organizations, h5). A named village's own Party body written right before its
secretary's post (某村党支部书记某某) is that village's body: the gold of the g54–g57 sets lists it
(8 tuning articles of 4 sets), and their labelling brief lists a named community's Party body as an
organization; the older round-53 gold left it out (F20's round-53 clause). A bare 村党支部 before a
post names no village and stays the person's title.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # the village named right before its branch, the secretary speaking
        ("“路修通了，果子也好卖了。”青禾村党支部书记陈明远说。", ["青禾村党支部"]),
        # a town and county before the village: the body is the village's
        ("白云县石门镇柳湾村党支部书记何立峰介绍，合作社今年分红两次。", ["柳湾村党支部"]),
        # a general branch and a Party committee before a deputy's post
        ("桃溪村党总支副书记吴德华表示，老人食堂下月开张。", ["桃溪村党总支"]),
        ("枫岭村党委书记王志刚带领村民修建了水渠。", ["枫岭村党委"]),
        # a bare branch before a post names no village: the title alone
        ("茶社发起人和村党支部书记一起调解纠纷。", []),
        ("身兼村党总支副书记的老周赶到现场。", []),
        ("全镇各行政村党支部书记参加了培训。", []),
        # the village written twice is still read as the title (the name runs over its town)
        ("近日，江北区石门镇桃溪村村党支部书记何立峰告诉记者。", []),
    ],
)
def test_round58h5_named_village_party_body_before_post(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a locative or a verb of stepping inside sets the scene in a named community's own centre
        ("走进青禾社区党群服务中心，大屏幕上滚动着各项服务信息。", ["青禾社区党群服务中心"]),
        ("在桃溪社区新时代文明实践站，志愿者正教老人使用智能手机。", ["桃溪社区新时代文明实践站"]),
        ("在柳湾村新时代文明实践站，几位老党员讲起了村里的变化。", ["柳湾村新时代文明实践站"]),
        ("记者走进枫林社区老年人日间照料中心，饭菜的香气扑面而来。", ["枫林社区老年人日间照料中心"]),
        # building or relying on a centre still makes it the space built
        ("今年，街道打造枫林社区党群服务中心，让居民少跑腿。", []),
        ("依托桃溪社区党群服务中心，社区开设了四点半课堂。", []),
        # no community named before the centre: the building
        ("走进社区党群服务中心，大屏幕上滚动着各项服务信息。", []),
        ("在白云县便民服务中心，群众排队办理社保业务。", []),
    ],
)
def test_round58h5_named_community_centre_in_scene(text, expected):
    assert organizations(text) == expected
