"""Round 54 (h7): a sizeable count of people or households written alike in two sentences is one
group however each sentence names it (志愿者 in one, 退休教师 in the next), so it is one fact; a
small group, things of two nouns and two figures of one sentence stay apart. Sentences are
invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.evidence[0].text, q.value, q.unit, q.subject) for sheet in extract(text) for q in sheet.quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        # one group called by its role, then by who its members are
        ("柳溪街道组建银发志愿服务队，招募了46名志愿者。队伍中的46名退休教师每周到社区开展辅导。",
         [("46名", 46, "名", "志愿者")]),
        # one class of children, named by the honour they get and by what they are
        ("青桐社区为28位小朋友颁发了聘书。这28位环保小卫士将督促家人做好分类。",
         [("28位", 28, "位", "小朋友")]),
        # households of one building: the building, then the families
        ("加装电梯前，全楼36户都签了字。施工期间，36户人家轮流给工人送水。",
         [("36户", 36, "户", "全楼")]),
    ],
)
def test_quantities_people_count_restated_with_other_noun_is_one_fact_round54h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a few people: two small teams of one article
        ("社区安排了3名社工上门走访。另有3名志愿者负责登记。",
         [("3名", 3, "名", "社工"), ("3名", 3, "名", "志愿者")]),
        # things of two nouns are two facts
        ("街道将建成23个社工站。辖区23个社区将全部覆盖。",
         [("23个", 23, "个", "社工站"), ("23个", 23, "个", "社区")]),
        # two figures of one sentence are two facts
        ("活动吸引了60名居民和60名学生参加。",
         [("60名", 60, "名", "居民"), ("60名", 60, "名", "学生")]),
        # the same size written differently is another figure
        ("服务队现有50余名队员。本月又有50名居民报名参加培训。",
         [("50余名", 50, "名", "队员"), ("50名", 50, "名", "居民")]),
    ],
)
def test_quantities_other_groups_stay_apart_round54h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected


# A bare 万 figure before a short modifier and a people noun counts those people (unit 人), as one
# before the bare noun does; a measure word after the figure makes it that measure's count or sum.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("全市累计有12.6万贫困群众搬进了新居。", [("12.6万", 126000, "人", "贫困群众")]),
        ("近年来，全省有430多万困难群众得到救助。", [("430多万", 4300000, "人", "困难群众")]),
        ("十年间，青禾区迎来了8万新市民。", [("8万", 80000, "人", "新市民")]),
        # the bare noun was read before this round
        ("该镇有2万村民。", [("2万", 20000, "人", "村民")]),
    ],
)
def test_quantities_bare_wan_before_modified_people_noun_round54h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("街道拨付6万元困难群众慰问金。", [("6万元", 60000, "元", "困难群众慰问金")]),
        ("他写下了20万字的群众工作日记。", []),
        ("石桥镇出版了3万册群众读物。", [("3万册", 30000, "册", "群众读物")]),
    ],
)
def test_quantities_bare_wan_with_other_words_after_round54h7(text: str, expected: list) -> None:
    assert _quantities(text) == expected
