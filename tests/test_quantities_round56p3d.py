"""Round 56 (p3): quantities. A count of bodies (a measure word of organizations: 家, 个, 所) whose
noun runs on into the people who stood for them (6家律师事务所负责人, 10个社区代表, 9个党支部党员干部)
counts the bodies: the people's role is no part of its subject. Counts of people and counts whose
phrase holds no body before the people keep their subject. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.evidence[0].text, q.value, q.unit, q.subject) for sheet in extract(text) for q in sheet.quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("签约会上，南城区7家律师事务所负责人同12个社区负责人逐一签订了协议。",
         [("7家", 7, "家", "律师事务所"), ("12个", 12, "个", "社区")]),
        ("在结对仪式上，东湖街道党工委和所属的6个社区代表与区医院党委及下辖7个党支部代表签订共建协议。",
         [("6个", 6, "个", "社区"), ("7个", 7, "个", "党支部")]),
        ("市交通局5个党支部党员干部到社区报到。", [("5个", 5, "个", "党支部")]),
        ("区民政局组织12家社会组织志愿者在小学开展活动。", [("12家", 12, "家", "社会组织")]),
        ("首批捐赠物资的4家企业代表获授牌。", [("4家", 4, "家", "企业")]),
        ("辖区28家共建联盟成员单位负责人参加座谈。", [("28家", 28, "家", "共建联盟成员单位")]),
    ],
)
def test_quantities_count_of_bodies_drops_their_people_round56p3d(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("街道组织15名社区干部走访困难家庭。", [("15名", 15, "名", "社区干部")]),
        ("12支党员志愿者队伍参加了活动。", [("12支", 12, "支", "党员志愿者队伍")]),
        ("3个孩子在院子里玩耍，笑声不断。", [("3个", 3, "个", "孩子")]),
    ],
)
def test_quantities_counts_of_people_keep_their_subject_round56p3d(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "社区负责人与律师事务所代表签署了协议。",
    ],
)
def test_quantities_bodies_and_people_without_count_yield_nothing_round56p3d(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("小区里6个“护苗干部”协调解决难题。", [("6个", 6, "个", "护苗干部")]),
    ],
)
def test_quantities_people_of_no_body_keep_their_kind_round56p3d(text: str, expected: list) -> None:
    assert _quantities(text) == expected
