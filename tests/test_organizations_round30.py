"""Round 30 (organizations): generic bodies that rank or sort a kind (大型商业银行, 普通超市,
住宅业委会) and award titles (最佳…, 优质…) are no organization; a name that runs into a
community's name (某市中心|中心花园社区) is none either (F10); the work station or social-work
room of a named community (某社区工作站, 某社区社工室) is an organization; so is an agency's or
charity's short name (某某社工, 某某公益) acting after a clause border.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- generic kinds and award titles
@pytest.mark.parametrize(
    "text",
    [
        "就像去普通商业银行存钱一样方便。",
        "这里的货架和平常超市差不多。",
        "调研组了解了住宅小区业主委员会的运行情况。",
        "重阳节前，街道邀请各界爱心组织参与义卖。",
        "街道联络各界公益组织走进敬老院。",
        "大会表彰了最佳志愿服务组织和最美志愿者。",
        "评审组给三家优质服务协会颁发了证书。",
    ],
)
def test_round30_generic_kind_or_award_title_is_none(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a class of banks before the bank's own name: only the bank
        ("作为国有大型商业银行，青禾银行坚持服务老人。", ["青禾银行"]),
        ("作为股份制商业银行，金穗银行开设了助老窗口。", ["金穗银行"]),
        # a bank named by its place keeps its trade word
        ("青禾农村商业银行开展反诈宣传。", ["青禾农村商业银行"]),
        ("桃源商业联合会组织商户座谈。", ["桃源商业联合会"]),
        # a proper name before a rank-like word stays
        ("星河大型超市有限公司捐赠了米面。", ["星河大型超市有限公司"]),
    ],
)
def test_round30_named_body_with_kind_word_kept(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- F10: a name run into a community's
@pytest.mark.parametrize(
    "text",
    [
        "近日，宜宾中心广场社区召开了议事会。",
        "在叙州区柏溪街道大学新村三社区，“心家园”已成为居民的好去处。",
    ],
)
def test_round30_name_running_into_community_is_none(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an organization before a community, not running into it, stays
        ("宜宾市中心医院联合桃溪社区开展义诊。", ["宜宾市中心医院"]),
        # a community's own body that holds the whole community name stays
        ("桃溪社区党委组织党员清扫街巷。", ["桃溪社区党委"]),
    ],
)
def test_round30_organization_next_to_community_kept(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- stations of a named community
@pytest.mark.parametrize(
    "text, expected",
    [
        ("青禾银行桃源支行与柳岸社区工作站共建驿站。", ["青禾银行桃源支行", "柳岸社区工作站"]),
        ("禁毒社工联合柳岸社区工作站在小区篮球场开展宣传。", ["柳岸社区工作站"]),
        ("桃源街道柳岸社区社工室和青山社区社工室近期组织开展帮扶活动。", ["柳岸社区社工室", "青山社区社工室"]),
    ],
)
def test_round30_station_of_named_community_is_organization(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "桃源街道设立了22个工作站。",
        "全区建成社区社工室21个。",
        "各社区社工室对辖区老人开展走访。",
        "社区成立了首个社区工作站。",
    ],
)
def test_round30_unnamed_station_is_none(text):
    assert organizations(text) == []


# ---------------------------------------------------------------- short agency and charity names
@pytest.mark.parametrize(
    "text, expected",
    [
        ("活动前，青柚社工还专门对志愿者进行了培训。", ["青柚社工"]),
        ("社区工作人员、青柚社工也为演出准备了节目。", ["青柚社工"]),
        ("2023年，青柚社工启动了助学项目。", ["青柚社工"]),
        ("去年，晨光公益荣获了市级表彰。", ["晨光公益"]),
        ("社区与晨光公益签订了助老服务协议。", ["晨光公益"]),
    ],
)
def test_round30_short_agency_or_charity_name_is_organization(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "专业社工还为老人测量了血压。",
        "禁毒社工也参与了宣传。",
        "居民热心公益也乐于助人。",
        "社区联合爱心公益活动志愿者开展清扫。",
        "他们与社会公益力量一起行动。",
    ],
)
def test_round30_worker_or_field_before_short_name_is_none(text):
    assert organizations(text) == []
