"""Round 49 (smallfix): compound counts in 次 keep their unit as written (lexicons/units.tsv):
件次 (cases handled, counted each time), 家次 (units visited, counted each time), and a bracketed
人（次） read as 人次. A plain 件 or 家 count stays as it was. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return sorted(
        (q.evidence[0].text, q.value, q.unit, q.qualifier) for sheet in extract(text) for q in sheet.quantities
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("今年以来，青梧社区网格员办理群众诉求1260件次。", [("1260件次", 1260, "件次", None)]),
        ("执法队员先后走访沿街商铺80余家次。", [("80余家次", 80, "家次", "more_than")]),
        ("三年来，松岭助残中心累计服务残疾人4815人(次)。", [("4815人（次）", 4815, "人次", None)]),
        ("三年来，松岭助残中心累计服务残疾人4815人（次）。", [("4815人（次）", 4815, "人次", None)]),
        ("执法队员先后走访沿街商铺80余家。", [("80余家", 80, "家", "more_than")]),
        ("大家次第走进会场。", []),
    ],
)
def test_quantities_compound_ci_units_round49smallfix(text: str, expected: list) -> None:
    assert _quantities(text) == expected
