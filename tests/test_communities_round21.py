"""Communities, round 21: phrases that only look like communities: the community where a Party
member lives or that a street governs (居住地社区, 所辖社区, the 双报到 system), an administrative
level (街道层面社区社会组织), slogans calling for "a new harmonious community" (和谐新社区), and
verbs jieba tags as nouns with 社区 as their object (规范社区管理, 激活社区活力).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import run


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["communities"]]


CASES = [
    ("区教育局的在职党员纷纷到居住地社区报到，认领服务岗位。", []),
    ("各街道要督促其所辖社区在显眼位置张贴告示。", []),
    ("推动街道层面社区社会组织联合会的成立。", []),
    ("大家齐心协力，为共建文明新社区、打造和谐新社区出一份力。", []),
    # Verbs jieba tags as nouns or adjectives, with 社区 as their object.
    ("为规范社区垃圾分类管理，青柳社区出台了公约。", ["青柳社区"]),
    ("这些活动激活社区内生动力，像春雨一样滋润社区居民的心田。", []),
    ("志愿者们连夜构筑起社区防疫屏障。", []),
    # A real name with 新 before its head stays a community.
    ("青禾街道柳岸新社区的居民议事会成立了。", ["柳岸新社区"]),
    ("党员们来到河东街道金桥社区报到。", ["金桥社区"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round21_generic_community_phrases(text, expected):
    assert names(text) == expected
