"""Round 53 (p4): 红色物业 is no known model any more. The round-53 tuning gold never lists it as a
model and lists a quoted “红色物业” as a program (a brand of Party-led property service); 红色物业
inside a company's or a Party branch's name stays in that name. Known models still count, quoted or
not. Sentences are invented."""

import pytest

from contexts import model_names, programs_and_kinds as programs


@pytest.mark.parametrize(
    "text",
    [
        "青禾街道深化“红色物业”建设，小区环境明显改善。",
        "柳湾社区以党建为引领，推动红色物业覆盖全部小区。",
        "桃源红色物业公司的员工为独居老人修好了水管。",
    ],
)
def test_models_red_property_is_no_model_round53p4(text: str) -> None:
    assert model_names(text) == []


def test_programs_quoted_red_property_is_a_program_round53p4() -> None:
    assert [name for name, _ in programs("青禾街道深化“红色物业”建设，小区环境明显改善。")] == ["红色物业"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("柳湾社区深化五社联动，引导居民参与治理。", ["五社联动"]),
        ("桃源村推行“积分制”，村民参与热情高涨。", ["积分制"]),
    ],
)
def test_models_known_models_still_count_round53p4(text: str, expected: list) -> None:
    assert model_names(text) == expected
