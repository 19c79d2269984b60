"""Round 22 second wave (pairs): frame-licensed parties hold no comment verb and no partner standing.

- a clause commenting on the sentence before it (…举行，标志着A与B携手…; 意味着, 旨在) opens with a
  verb no name holds: a found party after it is not widened over the verb into a new party;
- a partner's standing written in place of its name (与联建社区携手, 兄弟社区) names no one: no
  licensed party comes of it, and no pair.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


CASES = [
    # the comment verb stays outside the party: only the named community and group pair
    ("comment_verb", "日前，栗园社区与青松集团结对签约仪式举行，标志着栗园社区与青松集团携手共建美好家园。",
     {"communities": ["栗园社区"], "organizations": ["青松集团"]},
     [("栗园社区", "青松集团")]),
    # 意味着 opens the clause: the same pair, no widened party
    ("comment_verb_2", "栗园社区引入青松物业，意味着栗园社区携手青松物业开启新阶段。",
     {"communities": ["栗园社区"], "organizations": ["青松物业"]},
     [("栗园社区", "青松物业")]),
    # no pair: 联建社区 is the partner's standing, not its name
    ("standing_partner", "未来，栗园社区将与联建社区携手同行，共同开展便民服务。",
     {"communities": ["栗园社区"]}, []),
    # no pair: 兄弟社区 after a strong frame names no one
    ("standing_brother", "栗园社区联合兄弟社区开展文艺汇演。",
     {"communities": ["栗园社区"]}, []),
    # a named partner after the frame still pairs
    ("named_partner", "栗园社区联合杏坛社区开展文艺汇演。",
     {"communities": ["栗园社区"]}, [("杏坛社区", "栗园社区")]),
]


@pytest.mark.parametrize("name,text,parties,expected", CASES, ids=[c[0] for c in CASES])
def test_round22b(name, text, parties, expected):
    assert pairs(text, **parties) == expected
