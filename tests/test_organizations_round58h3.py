"""Round 58 h3 (organizations C1 and C15): a short word in brackets inside a body's name that stands
for the word before it, a second level or field (某县生态（移民）安置工作办公室, 某街社区慈善（志愿
服务）工作站) or a company's form (某某产业（集团）有限公司), is part of the name: the walk left from
the ending goes on over it to the place that owns the name. Without such a place, or with a note in
the brackets (（化名）, （左一）), the bracket still ends what comes before it. Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office whose field is written with its alternative (C15: 办公室 after a place and a field)
        ("青川县生态(移民)安置工作办公室工作人员说，新村已经入住。", ["青川县生态(移民)安置工作办公室"]),
        # full-width brackets, and the office's short name in brackets after it (F21 keeps one body)
        ("青川县生态（移民）安置工作办公室（以下简称：生态安置办）工作人员介绍。", ["青川县生态（移民）安置工作办公室"]),
        # a station whose field is written with its alternative (C15: 工作站 after a street)
        (
            "石门街社区慈善（志愿服务）工作站、石门街社工服务站联合开展活动。",
            ["石门街社区慈善（志愿服务）工作站", "石门街社工服务站"],
        ),
        # a registered company's form in brackets (C1: 有限公司 after a city and a trade)
        ("依托国有企业，湖州市康宁养老产业(集团)有限公司于去年挂牌。", ["湖州市康宁养老产业(集团)有限公司"]),
        ("湖州市康宁养老产业(集团)有限公司和青川县民政局联合举办活动。", ["湖州市康宁养老产业(集团)有限公司", "青川县民政局"]),
    ],
)
def test_bracketed_alternative_inside_a_name_is_kept(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # levels written with their alternative and no place to own them: every township's station
        "各乡镇(街道)社工站均已配齐人员。",
        "目前，全市社区(村)家长学校已经建成。",
        # a company with no place before it: the walk does not cross the bracket
        "当天，康宁养老产业(集团)有限公司捐赠了物资。",
        # notes in brackets after a person
        "居民张明(化名)工作室的门口排起长队。",
        "志愿者李红(左一)和社区工作站的社工一起入户。",
    ],
)
def test_bracket_without_an_owning_place_names_nothing(text: str) -> None:
    assert organizations_found(text) == []
