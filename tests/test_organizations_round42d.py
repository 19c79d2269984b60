"""Round 42d (organizations). A "bank" where residents deposit good deeds, points or volunteer
hours (道德银行, 积分银行, 公益储蓄银行, like 时间银行 before them) is a scheme the annotation
lists as a program, not a bank, and so is a branch of such a scheme (某市时间银行某区分行); a real
bank and its branches stay organizations.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("桐溪镇的道德银行上线半年，兑换了两千多件日用品。", []),
        ("居民把帮扶邻居的次数存进积分银行，月底统一兑奖。", []),
        ("据悉，槐里街道的公益储蓄银行已吸纳储户九百余名。", []),
        ("上周，栖霞县时间银行南坪分行在文化站揭牌。", []),
        ("目前全县共有五家时间银行支行对外营业。", []),
        # a real bank and its branch stay organizations
        ("栖霞农商银行南坪支行联合南坪社区开展防诈宣传。", ["栖霞农商银行南坪支行"]),
        ("老人们可以到栖霞县邮政储蓄银行领取补贴。", ["栖霞县邮政储蓄银行"]),
    ],
)
def test_round42d_deposit_a_good_deed_banks(text, expected):
    assert organizations(text) == expected
