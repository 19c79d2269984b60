"""Round 57 h7: a grid (网格) is a section of a community that grid workers are assigned to, not a
community of its own: numbered grids (某社区第三网格, 二号网格) yield no community, while the
community written before them still does. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a community's numbered grid before its grid worker
        ("上周，青禾区东岭街道松涛社区第六网格网格员李春梅照例上门走访独居老人。", ["松涛社区"]),
        # a numbered grid listed as a party beside a police station
        ("枫林社区联合城西派出所、第二网格联动工作站开展防诈宣传。", ["枫林社区"]),
        # a numbered grid with 的 before its worker's name
        ("比如，桂园社区第三网格的王海，每周都去楼道里转一转。", ["桂园社区"]),
        # a grid numbered with digits and 号
        ("柳湾社区3号网格的志愿者帮老人代购了药品。", ["柳湾社区"]),
    ],
)
def test_communities_numbered_grid_is_no_community(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a numbered grid alone
        "第八网格网格员每天巡查两次。",
        # a grid of Chinese numerals and 号
        "二号网格的楼长们商量起了加装电梯的事。",
        # kinds of grids
        "街道把辖区划成基础网格和专属网格，每个微网格都有联络人。",
    ],
)
def test_communities_grids_yield_nothing(text: str) -> None:
    assert _communities(text) == []
