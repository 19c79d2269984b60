"""Models, round 20: 体制 calls a quoted division of roles a system of governing, as 机制 does
(“…”的领导体制和工作机制, “…”的管理体制); 体制 alone in a clause names nothing. Sentences of our
own making."""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("全县形成了‘镇村统筹、部门协同、群众参与’的领导体制和工作机制。", ["镇村统筹、部门协同、群众参与"]),
    ("街道改革了“管办分离”的管理体制。", ["管办分离"]),
])
def test_quote_called_a_tizhi(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", ["这是体制问题，需要慢慢解决。", "他在体制内工作了多年。"])
def test_tizhi_without_a_named_quote(text):
    assert model_names(text) == []
