"""Round 58 h8 (bulk read, junk): clause words and glued phrases read as names. Sentences are
invented, the names made up.

Rule 1 (filter 8i): a stem that is a function word (a conjunction, adverb, preposition or pronoun),
a frequent verb glued to one character, or a kind word joined to the next names no community.
Rule 2: a frequent locative of time or nearness (最近, 以后) opens no organization's name.
Rule 3: 社区 right after an estate's name closes a community; 和 after it joins two communities.
Rule 4: a total adverb (共) between a counted list of estates and its count belongs to no item."""

import pytest

from contexts import fact_names
from pipeline.api import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb written with no comma before a one-character name
        ("下午，青柏社区书记表示西社区今后将继续开展活动。", ["青柏社区"]),
        # a conjunction standing where the name should be
        ("青柏社区开展活动，同时社区的志愿者也来了。", ["青柏社区"]),
        # a kind word joined to the next kind word
        ("区里的村和社区都开展了活动。", []),
        # look-alikes that keep their reading: a verb that names a village alone, a road and its
        # direction, a named community written after a verb with a comma
        ("青禾镇解放村的村民在广场上跳舞。", ["青禾镇解放村"]),
        ("记者来到东风路西社区。", ["东风路西社区"]),
        ("青禾街道解放路社区开展义诊。", ["解放路社区"]),
        ("书记表示，银杏社区今后将继续开展活动。", ["银杏社区"]),
    ],
)
def test_communities_clause_words_name_no_community(text: str, expected: list[str]) -> None:
    assert fact_names(text, "communities") == expected


def test_partnership_conjunction_before_bare_head_licenses_no_community() -> None:
    # 同时|社区联合…: the bare 社区 is the article's own community, not a community named 同时社区
    sheets = extract("青柏社区开展活动，同时社区联合红星中学开展义诊。")
    assert sorted(c.name for s in sheets for c in s.communities) == ["青柏社区"]
    pairs = sorted((p.a.name, p.b.name, p.relation) for s in sheets for p in s.partnerships)
    assert pairs == [("青柏社区", "红星中学", "联合")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Rule 2: a frequent locative of time or nearness glued to a bare body word says when
        ("居民说最近街道办事处、物业公司都上门了。", []),
        ("他说以后街道办事处会介入调解。", []),
        # look-alikes: a named body after the same words keeps its name
        ("附近青禾街道办事处派人来了。", ["青禾街道办事处"]),
        ("最近，青禾街道办事处派人来了。", ["青禾街道办事处"]),
    ],
)
def test_organizations_time_locative_opens_no_name(text: str, expected: list[str]) -> None:
    assert fact_names(text, "organizations") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Rule 3: 社区 after an estate's name closes that community; 和 joins two communities, and
        # the centre is the second one's own
        ("红枫小区社区和北湖街社区综合服务中心已经投用。", ["北湖街社区综合服务中心"]),
        # look-alike: after a place 社区 is the body's field, joined to a second field
        ("北京市社区和家庭服务协会成立了。", ["北京市社区和家庭服务协会"]),
    ],
)
def test_organizations_two_communities_share_no_centre(text: str, expected: list[str]) -> None:
    assert fact_names(text, "organizations") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Rule 4: a total adverb between a counted list and its count is no item's last character
        ("该社区辖有安置房、商品房共8个小区，居民三千余人。", []),
        ("辖区有青松苑、红枫园共两个小区。", ["红枫园", "青松苑"]),
        ("辖区有青松苑、红枫园两个小区。", ["红枫园", "青松苑"]),
    ],
)
def test_communities_total_adverb_before_count(text: str, expected: list[str]) -> None:
    assert fact_names(text, "communities") == expected
