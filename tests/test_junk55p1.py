"""Round 55 (junk p1): phrases read as communities in a bulk sample of real articles. A slogan of
reviving villages by some domain (产业兴村), a stem closing with a count of places (两地社区: the
communities of both places) and a verb with its directional complement before the head (夸赞起社区).
Sentences are invented; each shape has a look-alike that keeps its fact."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a domain word and 兴 before 村: the slogan, no village
        ("镇里把五条村规与生态兴村结合起来，村容焕然一新。", []),
        ("各乡镇推动人才兴村、产业兴村。", []),
        # look-alikes: villages named with 兴 keep their fact
        ("青石镇东兴村开展义诊活动。", ["东兴村"]),
        ("永兴村村委会组织村民开展义诊。", ["永兴村"]),
    ],
)
def test_village_revival_slogan(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of places before the head: the communities of both places
        ("论坛促进闽浙两地社区居民交流互鉴。", []),
        # look-alike: a community whose name ends in 地 keeps it
        ("龙岗街道福地社区开展义诊活动。", ["福地社区"]),
    ],
)
def test_stem_ending_in_a_count_of_places(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb and its complement 起 before the head: the community is the verb's object
        ("老人们由衷地夸赞起社区网格员的热心。", []),
        # look-alikes: a word ending in 起 or a one-character name before it stays a name
        ("青河街道崛起社区开展义诊活动。", ["崛起社区"]),
        ("青河街道龙起社区开展义诊活动。", ["龙起社区"]),
    ],
)
def test_complement_before_the_head(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closed quote, its speaker and 说 glued to the name: the name starts after 说
        ("“我们会继续努力。”王大帅说青松苑社区作为新建社区，配套齐全。", ["青松苑社区"]),
        # look-alike: 说 after a comma leaves the name alone
        ("青松苑社区作为新建社区，配套齐全。王大帅说，青松苑社区很好。", ["青松苑社区"]),
    ],
)
def test_speaker_before_the_name_is_cut(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ordinal count opens a clause the walk ran into
        ("这里是全区第一个以老社区书记命名的工作室，社区群众都说好。", []),
        # look-alike: a numbered village inside a community's name stays, with the place word
        # before the ordinal-only stem (round 57)
        ("清河第一村社区组织了一场义诊。", ["清河第一村社区"]),
    ],
)
def test_ordinal_count_inside_a_stem(text, expected):
    assert _communities(text) == expected


def _organizations(text: str) -> list[str]:
    return sorted(o.name for sheet in extract(text) for o in sheet.organizations)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time phrase before a bare head: nothing named
        ("民警向大家介绍了近几年银行卡被盗刷的几种手法。", []),
        # someone just arrived at a school: the school alone
        ("他说儿子刚到青禾一中上初中，学习很紧张。", ["青禾一中"]),
        # a leader's letter to a body: the body alone
        ("各支部传达了习近平总书记致中国老年志愿服务协会年会的贺信。", ["中国老年志愿服务协会"]),
        # look-alikes keep their names
        ("青禾一中组织学生参加志愿活动。", ["青禾一中"]),
        ("青禾区农业银行为居民开展反诈宣传。", ["青禾区农业银行"]),
    ],
)
def test_clause_before_an_organization_is_cut(text, expected):
    assert _organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural count before a venue of a kind: none named
        ("全区建成八个室内农贸市场，方便居民买菜。", []),
        # look-alike: one body introduced by 一家 keeps its name
        ("青禾区成立了一家星火社会工作服务中心。", ["星火社会工作服务中心"]),
    ],
)
def test_plural_count_before_an_organization(text, expected):
    assert _organizations(text) == expected
