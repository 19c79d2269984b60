"""Round 55 (p6), filter 43: a quoted name of numerals and level-change words only (“双提升”,
“双下降”, “一升一降”) sums up figures the text reports, a result, not a way of working; a quote the
text calls a model, and numeric or 一X一Y names with other words, stay. Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text",
    [
        "该小区探索长效管理，推动停车费收缴率、业主好评率“双提升”，投诉量、维护费用“双下降”。",
        "上半年居民投诉从25件下降到6件，议事会从5次增加到18次，这“一升一降”说明治理见效了。",
        "今年以来，村里调处纠纷95起，群众获得感、幸福感得到“双提高”。",
        "居民参与率与满意率“两增长”，矛盾数量“一减少”。",
    ],
)
def test_models_no_model_from_summed_rises_and_falls_round55p6(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the text calls the quote a way of working right after it
        ("社区总结出“双提升”工作法，在全街道推广。", ["双提升"]),
        # a numeric abbreviation with other words than rises and falls
        ("社区推行“三清两整治”，环境明显改善。", ["三清两整治"]),
        # a 一X一Y formula that is no level change
        ("街道对困难家庭实行“一户一策”，逐户制定帮扶方案。", ["一户一策"]),
    ],
)
def test_models_methods_beside_rises_and_falls_stay_round55p6(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected
