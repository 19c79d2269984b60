"""Round 60 (h6): a known model's words inside a longer quoted name, with no quote marks of their own,
are the head of that name (a programme's, a contest's), not a model the text names; the hit stays when
the longer name reads as a model itself (a list of parallel parts, a name ending in a model word) or
when the model has quote marks of its own inside the name. Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text",
    [
        # the head of a programme's name: a platform among the park's blocks
        "服务园由“邻里共享新空间”、“三社联动新平台”、“青年创意新动力”三个区块组成。",
        # the head of a contest's name
        "青枫社区的加装电梯小项目入围了“五社联动·创享滨江”公益创投比赛。",
        # the head of a station's name
        "青枫街道挂牌成立“五社联动幸福驿站”，为老人提供午餐。",
    ],
)
def test_models_head_of_quoted_name_no_model_round60h6(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # one part of a quoted list of parallel parts
        (
            "青枫社区搭起“支部领航为心、网格管理为骨、邻里互助为脉、五社联动为桥”的“1+4”共治机制。",
            ["五社联动", "1+4"],
        ),
        # a quoted name that ends in a model word
        ("镇里建立干部、民警、社工“四位一体帮教管理体系”。", ["四位一体"]),
        # its own quote marks inside the longer quote
        ("“推进‘五社联动’，守护‘一老一小’”是青枫社区今年的主题。", ["五社联动"]),
        # quoted on its own
        ("青枫社区持续推进“五社联动”，服务辖区老人。", ["五社联动"]),
        # not quoted at all
        ("青枫社区持续推进五社联动工作，服务辖区老人。", ["五社联动"]),
    ],
)
def test_models_part_of_quoted_name_kept_round60h6(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected
