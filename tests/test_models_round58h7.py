"""Round 58 (h7): a quoted list of parallel clauses in which every clause opens with a party and says
what that party does (“政府引导、高校赋能、居民参与”), tied by 的 to a structure the parties build
(网络, 架构, 范式, 共同体: model_vocab.tsv role_list_called), is a way of governing; lists of
qualities or directions before the same words stay out, as does a party list before words that
name no structure. Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "青石社区搭建起“社区提供场地、社工专业引领、志愿者补充力量、家庭积极参与”的关爱网络。",
            ["社区提供场地、社工专业引领、志愿者补充力量、家庭积极参与"],
        ),
        (
            "每栋楼推选一名楼组长，逐步形成了“居委会统筹、楼组长落实、志愿者助力”的楼道治理架构。",
            ["居委会统筹、楼组长落实、志愿者助力"],
        ),
        (
            "两校师生走进老旧小区，助力打造“政府引导、高校赋能、居民参与”的更新新范式。",
            ["政府引导、高校赋能、居民参与"],
        ),
        (
            '镇里整合村集体和社会力量，构建起"政府主导、社会协同、群众互助"的互助养老共同体。',
            ["政府主导、社会协同、群众互助"],
        ),
    ],
)
def test_models_party_role_list_before_structure_round58h7(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # qualities, not parties
        "该区建成“多层次、智能化、广覆盖”的居家养老服务网络。",
        # directions, not parties (filter 30 still drops the list before 网络)
        "街道形成“横向到边、纵向到底”的协同治理网络。",
        # one clause opens with no party
        "社区逐步形成“支部牵头、多元协同、居民共治”的立体化治理网络。",
        # parties alone, with nothing they do
        "社区组建了“社工、志愿者”的帮扶网络。",
        # a party list before words that name no structure
        "活动形成了“社工统筹、专家指导、志愿者协同”的服务合力。",
        "全镇营造出“政府引导、社工牵头、社会参与”的良好公益氛围。",
        # no 的 between the list and the structure word
        "街道把“社区收集、部门上门”网络铺到每个小区。",
    ],
)
def test_models_party_role_list_no_model_round58h7(text: str) -> None:
    assert model_names(text) == []
