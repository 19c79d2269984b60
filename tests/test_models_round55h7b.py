"""Round 55 (h7b), filter 42: a quote on either side of a change of state written after 从
(从“…”到“…”, 从“…”变成“…”, 从“…”向“…”转型) names the state the work leaves or the one it reaches,
a figure of speech, not a way of working; a quote the text calls a model right after it stays.
Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text",
    [
        "服务主体从“一家独奏”变成“六社合奏”，服务领域不断拓宽。",
        "通过培育骨干力量，小区实现从“熟人难寻”向“邻里共同体”转型。",
        "社校双方实现了从“单方发布”到“多元议事”的转变。",
        "街道推动调解工作从“坐堂等案”转向“上门议事”。",
    ],
)
def test_models_no_model_from_states_of_a_change_round55h7b(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the text calls the state reached a model right after its quote
        ("社区从“各管一段”转向“多方联办”工作机制，效率明显提高。", ["多方联办"]),
        # no 从 before the first quote: a plain list of two numbered abbreviations
        ("社区推行“四邻共治”，又探索“五社联动”。", ["四邻共治", "五社联动"]),
        # the same name outside the frame, later in the text, is judged on its own
        ("从“单方发布”到“五社合议”，社区走出新路。社区推行“五社合议”。", ["五社合议"]),
    ],
)
def test_models_quotes_outside_a_change_stay_round55h7b(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected
