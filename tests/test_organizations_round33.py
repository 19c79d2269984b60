"""Round 33 (organizations): clause words that jieba reads as a noun or as one idiom with their
adverb (对准, 没想到, 紧紧围绕), or that a place before them would pull into a name (召开), end a
name on its left (`org_left_stops.txt`). F14: the bare ending 中心 after nothing but places
(某市|中心) is the place's downtown or a landmark named after it, no body. Words that sort Party bodies
(双方, 特色, 楼群, 商圈) are descriptor words (`org_generic_words.txt`), and so are words that place a
body in a scheme instead of naming it: a pilot (试点), a region (区域), a level or tier (社区级, 三级),
a courtyard (院落) and parents (家长).

Every sentence here is made up (invented places, units and people; for F14 real city names, which the
gazetteer must know, with invented units)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations



# ---------------------------------------------------------------- clause words before a unit (org_left_stops.txt)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb jieba tags as a noun (对准), idioms read whole with their adverb (没想到, 紧紧围绕)
        ("有人把怨气对准居委会，觉得处理不公。", []),
        ("老人没想到居委会的人还记得她的生日。", []),
        ("会上要求紧紧围绕县委组织部的部署推进工作。", ["县委组织部"]),
        # a verb the place before it would pull into the name (桂林市|定期召开物业|党委)
        ("桂林市定期召开物业党委座谈会。", []),
    ],
)
def test_round33_clause_word_opens_no_name(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit named after the clause word keeps its name
        ("社区把工作重点对准青禾社区居委会辖区的老旧楼院。", ["青禾社区居委会"]),
        ("没想到青禾区民政局的工作人员当天就上门了。", ["青禾区民政局"]),
        ("大家紧紧围绕青禾区委组织部提出的目标推进。", ["青禾区委组织部"]),
        ("上周，鹭洲区召开了区妇联执委会议。", ["区妇联"]),
    ],
)
def test_round33_unit_after_clause_word_keeps_its_name(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- F14: a place's centre (某市|中心)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a landmark tower or a downtown named by its place alone: no body
        ("目前，苏州中心、杭州大厦等楼宇都设立了党群服务站。", []),
        ("上周，梧州中心“邻里节”吸引了不少居民。", []),
        ("梧州市长洲区中心正在改造老街。", []),
        # a centre with a name of its own or a field after the place is a body
        ("梧州市柳岸中心为居民提供法律援助。", ["梧州市柳岸中心"]),
        ("柳州市综治中心召开了调度会。", ["柳州市综治中心"]),
        ("他在柳州市青年志愿服务中心工作。", ["柳州市青年志愿服务中心"]),
    ],
)
def test_round33_place_centre_is_no_body(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- words that sort Party bodies (org_generic_words.txt)
@pytest.mark.parametrize(
    "text, expected",
    [
        # both sides' branches, a kind of branch, a building cluster's, a business district's: none named
        ("签约后，双方党支部将轮流组织主题党日。", []),
        ("街道共组建了五个特色党支部。", []),
        ("物业公司和楼群党支部一起排查隐患。", []),
        ("去年以来，商圈党委联系了四十多家商户。", []),
        # a branch named by its street or community keeps the name
        ("青禾路商圈党支部书记带队走访。", ["青禾路商圈党支部"]),
        ("桃源社区特色党支部开展了义诊。", ["桃源社区特色党支部"]),
    ],
)
def test_round33_sorting_word_before_party_body_names_none(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- words that place a body in a scheme (org_generic_words.txt)
@pytest.mark.parametrize(
    "text",
    [
        # a pilot one of a kind
        "眼下全县仅有两所试点学校在摸索课后托管的办法。",
        "街道把新招的社工派到试点社工站轮岗。",
        # an area's body of that kind
        "老人们说区域养老服务中心的饭菜比以前可口多了。",
        # a rank or tier of such bodies
        "这家社区级公募基金会去年募到不少善款。",
        "镇里搭起了三级志愿者联盟的架子。",
        "孩子发烧后被送到附近的二级医院输液。",
        # the property service of any courtyard, a service for parents
        "楼长和院落物业一起清理了消防通道。",
        "暑假期间还开放家长服务中心供大家咨询。",
    ],
)
def test_round33_scheme_word_before_ending_names_no_body(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the body's own name before the scheme word keeps it
        ("苇塘镇试点学校的老师们在操场上排练合唱。", ["苇塘镇试点学校"]),
        ("上月，青杉区域发展促进会派出四名专家驻点。", ["青杉区域发展促进会"]),
    ],
)
def test_round33_named_body_before_scheme_word_keeps_its_name(text, expected):
    assert organizations(text) == expected
