"""Round 57 (h6): a quoted compact name of the parties or parts a community joins and a word for
joining them (“警网融合”, “社志融合”, “多格合一”, “三强联动”) is a way of working, with or without a
calling word after its quote (model_vocab.tsv joint_word). Heads that say how far or which way things
are joined, national development pairings and the dictionary's set phrases stay out
(joint_exclusion). Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("自从“警网融合”工作推开以来，民警和网格员一起上门化解纠纷。", ["警网融合"]),
        ("那回入户走访算是一场“社志融合”的练兵，社工和志愿者分头行动。", ["社志融合"]),
        ("“社志融合”，凝聚邻里力量", ["社志融合"]),
        ("柳岸派出所将“两所联动”和“多格合一”捏在一起，把城管、物业等力量拢到一处。", ["两所联动", "多格合一"]),
        ("某某园区：“四强联动”助推楼宇党建提质增效", ["四强联动"]),
        ("镇里开展“村企联建”，企业出资金、村里出场地。", ["村企联建"]),
    ],
)
def test_models_joint_name_kept_round57h6(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "社区推动党建与业务工作“深度融合”，提升服务水平。",
        "两支队伍实现了从“物理融合”到“化学融合”的转变。",
        "该县着力推进“文旅融合”，打造乡村旅游线路。",
        "各部门“上下联动”，形成工作合力。",
        "图书室与区馆实现“无缝对接”，图书统一配送。",
        "夜校课程采用“线上线下融合”的方式开展。",
        "社区与企业一起推动各项工作“双向融合”。",
    ],
)
def test_models_joint_word_no_model_round57h6(text: str) -> None:
    assert model_names(text) == []
