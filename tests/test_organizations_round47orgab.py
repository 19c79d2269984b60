"""Round 47 (organizations, orgab). jieba's dictionary holds the big cities' governments as one
word (北京市政府, 上海市政府): a city named by the gazetteer and 政府 in one such word is the
city's government, as 某县|政府 is when jieba splits it. A bare 市政府 names no place and stays out.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city's government as one jieba word, opening a clause
        ("今年三月，上海市政府印发了养老服务新规。", ["上海市政府"]),
        # after a verb, listed after a province's bare government
        ("助餐点建设列入省政府、杭州市政府年度实事。", ["杭州市政府"]),
        # a bare level word and 政府 name no place
        ("市政府随后召开了专题会议。", []),
    ],
)
def test_round47orgab_city_government_written_as_one_word(text, expected):
    assert organizations(text) == expected
