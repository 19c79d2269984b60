"""Models, round 30. Sentences of our own making.

- The deliberation formats 板凳会, 院坝会 and 坝坝会 count only in an article that quotes them
  (models.tsv `written` quoted): bare they are the meeting itself.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("青禾村组织党员通过入户走访、“板凳会”等方式听取意见。", ["板凳会"]),
    ("柳岸村推行“院坝会”，群众的事群众商量。", ["院坝会"]),
    ("月湾村每月开一次“坝坝会”。后来坝坝会搬进了议事厅。", ["坝坝会", "坝坝会"]),
])
def test_quoted_deliberation_format_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "青禾村宣讲队采用微课堂、板凳会等形式宣讲政策。",
    "柳岸社区的议事厅前身为社区院坝会。",
    "活动以坝坝会的形式传播防骗知识。",
    "桂香村晚上在晒场召开院坝议事会。",
])
def test_bare_deliberation_format_is_no_model(text):
    assert model_names(text) == []
