"""Models, round 49 (models3). Sentences of our own making with made-up names.

- An unquoted list of parallel four- or five-character clauses that 的 and a short modifier call a
  模式 is the model's name (采取甲乙引领、丙丁扶持的模式); words before the first clause are cut off
  by the clauses' common length. Not before 机制/格局/体系 (aims), not with longer clauses that
  describe a service, not with three-character ones.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("该中心采取支部引领、街道扶持、机构运营的共享式孵化模式。", ["支部引领、街道扶持、机构运营"]),
    ("桃溪街道形成了服务群众一窗式受理、一站式办结的新模式。", ["一窗式受理、一站式办结"]),
    ("青禾社区采取党委统筹、居民自治、社会参与的模式，成效明显。", ["党委统筹、居民自治、社会参与"]),
])
def test_unquoted_parallel_list_called_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "推动形成资源共享、优势互补、共同发展的工作机制。",
    "探索具有山区特色、符合居民需求的邻里服务模式。",
    "低门槛、易参与的模式让居民乐于参与。",
    "构建邻里互助、社区共建的良好格局。",
])
def test_unquoted_list_before_an_aim_or_a_description_is_no_model(text):
    assert model_names(text) == []
