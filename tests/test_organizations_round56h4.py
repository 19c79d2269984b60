"""Round 56 h4: a Party body a set-up verb opens, named by the group its members come from in words
that elsewhere describe rather than name (成立外来务工人员临时党支部, 率先成立快递行业联合党支部,
组建网约车行业联合党委, 成立外出务工党员（功能型）党支部), is the one body the clause creates. The kind set up
at every unit (各区均成立…, 成立物业企业党支部36个), a branch named by its type alone (建立临时党支部) and a
verb inside a longer word (成立大会上党委…) name none. Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a branch named by its members' group, right after the verb: the body
        ("2021年，柳湾社区成立外来务工人员临时党支部，定期开展学习。", ["外来务工人员临时党支部"]),
        ("去年，青禾镇成立了快递行业联合党支部，把骑手党员组织起来。", ["快递行业联合党支部"]),
        # the joint committee one level up is a joint form too
        ("一是抓党建引领，组建网约车行业联合党委，覆盖全部平台。", ["网约车行业联合党委"]),
        # the branch's type in brackets is part of its name
        ("青禾镇成立外出务工党员（功能型）党支部，通过微信群联系党员。", ["外出务工党员（功能型）党支部"]),
        # the kind set up everywhere, counted, or named by its type alone: none
        ("各乡镇均建立物业行业党委，推动小区党建全覆盖。", []),
        ("截至目前，全区已成立物业企业党支部36个。", []),
        ("桃源社区另外成立了商户和志愿者两个功能型党支部。", []),
        ("项目开工后，现场建立临时党支部，组建突击队。", []),
        # 成立 inside a longer word sets nothing up
        ("成立大会上党委书记作了讲话。", []),
    ],
)
def test_organizations_set_up_group_party_body(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected
