"""Round 58 (h7): a quoted list of parallel clauses in which every clause opens with a party and says
what that party does (“街道搭台、学校出力、居民共商”), tied by 的 to a structure the parties build
(网络, 架构, 范式, 共同体: model_vocab.tsv role_list_called), is a way of governing; lists of
qualities or directions before the same words stay out, as does a party list before words that
name no structure. Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "柳岸社区织起“物业腾出空间、社工上门指导、志愿者轮流值守、家庭主动配合”的守护网络。",
            ["物业腾出空间、社工上门指导、志愿者轮流值守、家庭主动配合"],
        ),
        (
            "每个单元选出一位楼组长，慢慢建起“楼组长牵头、网格员跟进、党员帮扶”的楼栋治理架构。",
            ["楼组长牵头、网格员跟进、党员帮扶"],
        ),
        (
            "三所院校的学生来到青枫苑，一起摸索“街道搭台、学校出力、居民共商”的改造新范式。",
            ["街道搭台、学校出力、居民共商"],
        ),
        (
            '青禾镇联合几家合作社，搭好"党委领办、企业出资、村民互帮"的乡村养老共同体。',
            ["党委领办、企业出资、村民互帮"],
        ),
    ],
)
def test_models_party_role_list_before_structure_round58h7(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # qualities, not parties
        "该县铺开“全天候、精细化、就近便捷”的助餐服务网络。",
        # directions, not parties (filter 30 still drops the list before 网络)
        "柳岸街道织密“上下贯通、左右衔接”的联动治理网络。",
        # one clause opens with no party
        "青枫社区慢慢建起“支部带头、多方联动、居民自治”的分层治理网络。",
        # parties alone, with nothing they do
        "社区组建了“社工、志愿者”的帮扶网络。",
        # a party list before words that name no structure
        "义诊现场形成了“专家坐诊、社工引导、志愿者分流”的服务合力。",
        "全镇营造出“政府引导、社工牵头、社会参与”的良好公益氛围。",
        # no 的 between the list and the structure word
        "街道把“社区收集、部门上门”网络铺到每个小区。",
    ],
)
def test_models_party_role_list_no_model_round58h7(text: str) -> None:
    assert model_names(text) == []
