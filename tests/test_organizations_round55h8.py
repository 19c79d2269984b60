"""Round 55 h8: 我校 (our school) and 上级 (the level above) before a body's ending name no body of
their own, like 我市 and 所属 (`org_generic_words.txt`): a school's news page writing 我校团委, a
county's news writing 上级残联. A body named by its school or place keeps its name. Sentences are
invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the writer's own school, no name given: no body
        ("9月5日，我校团委与桃源区枫林街道签订共建协议。", []),
        ("下一步，我校团委将组织学生走进社区开展志愿服务。", []),
        # the federation above the speaker, named by no place: no body
        ("根据上级残联的要求，今年该县建成两所康复中心。", []),
        # named by its school or by its level and place: kept
        ("青禾大学团委与枫林社区签订共建协议。", ["青禾大学团委"]),
        ("县残联联合青禾县民政局开展助残活动。", ["县残联", "青禾县民政局"]),
    ],
)
def test_organizations_own_school_and_level_above_name_no_body(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected
