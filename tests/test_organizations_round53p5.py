"""Round 53 p5 (organizations, F23): a street office the place step reads as a place (某区某某办事处
before one of its communities, 某市某某办 before one) is that street, written after where it is,
not a body; a street's own 街道办事处, an office of a field and a body named after the office
(某办事处|某小学) stay organizations. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # the office standing for its street, then a community of it
        ("上周，运城市盐湖区北关办事处枣园社区组织居民义务清扫楼道。", []),
        ("我校与兴安盟乌兰浩特市城关办红旗社区签订了共建协议。", []),
        # after its zone, closed by a comma
        ("5月9日，九江市开发区湖滨办事处，一场义诊活动在广场举行。", []),
        # a school named after the office stays a body
        ("志愿者为九江市开发区湖滨办事处向阳小学的学生送去了书包。", ["九江市开发区湖滨办事处向阳小学"]),
        # a street's own office and offices of a field stay bodies
        ("九江市浔阳区湓浦街道办事处组织了座谈。", ["九江市浔阳区湓浦街道办事处"]),
        ("区文明办、市双拥办的干部参加了座谈。", ["区文明办", "市双拥办"]),
    ],
)
def test_street_office_read_as_a_place_is_no_organization(text, expected):
    assert organizations(text) == expected
