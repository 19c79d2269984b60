"""Round 56 (h5): national campaigns and standards quoted in community news (“三清一改”, “门前三包”,
“四好农村路”, “五险一金”) are what every county carries out or pays, no community's own way of
governing, so the numeric-abbreviation family leaves them out (model_named_exclusions.txt). A
community's own numbered method in the same sentence shape stays a model. Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text",
    [
        "柳湾村以“三清一改”为重点，组织党员清理房前屋后的杂物。",
        "妇联引导农户签订“门前三包”责任书，共建美丽庭院。",
        "志愿者走进田间地头和“四好农村路”沿线，捡拾垃圾。",
        "社工由镇里统一交纳“五险一金”，月工资不低于三千元。",
        "居民对照“门前三包、院内整洁”的要求清理楼道。",
    ],
)
def test_models_no_national_campaign_round56h5(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("柳湾村推行“三议一评”工作法，村务大事由村民共同商定。", ["三议一评"]),
    ],
)
def test_models_own_numbered_method_kept_round56h5(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected
