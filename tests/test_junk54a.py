"""Round 54 (junk a): shapes that read a phrase as a community in a bulk sample of real
articles. A counted list whose last item runs on past its own 等 (the count after the clause
counts something else), a stem ending in a count with its measure word (第一个), a stem cut
after a suffix glued to the word before it (共享|型大社区), and a village head that closes an
everyday word right after a street (街道|农业农村). Sentences are invented; each shape has a
look-alike that keeps its fact."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # verb phrases in a list before a count of communities
        ("座谈会上，大家通过座谈交流、入户走访、查阅台账等形式了解三个社区的治理经验。", []),
        # a clause after 等 before the count: only the estate with its own head stays
        ("在南岭街道的枫林小区、翠湖街区等项目建起了4个小区党支部。", ["枫林小区"]),
        # look-alike: a list of estates counted right after it keeps every item
        ("近日，金湾、银杏两个小区开展消防演练。", ["金湾", "银杏"]),
    ],
)
def test_counted_list_ends_at_its_own_deng(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ordinal with its measure word counts communities
        ("今年建成了全县第一个社区食堂。", []),
        # look-alike: an ordinal alone names one, with the place word written before it (round 57:
        # an ordinal-only stem keeps it, as the gold writes 某某第三社区)
        ("东湖第三社区开展义诊活动。", ["东湖第三社区"]),
    ],
)
def test_stem_ending_in_a_count(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the suffix 型 closes the adjective before it: no name starts there
        ("推进共享型大社区建设，构建新格局。", []),
        # look-alike: a community whose name opens with a place word keeps it
        ("近日，青河街道金型社区开展义诊活动，居民纷纷点赞。", ["金型社区"]),
    ],
)
def test_stem_cut_after_a_glued_suffix(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 农业|农村: the head closes an everyday word begun inside the stem
        ("由南岭街道农业农村办公室牵头，北湖社区党总支承办。", ["北湖社区"]),
        # look-alikes: villages right after their town, a clan village among them
        ("近日，青河镇石门村、王家村开展环境整治，村民纷纷点赞。", ["王家村", "石门村"]),
        ("近日，青河镇金新村开展环境整治，村民纷纷点赞。", ["金新村"]),
    ],
)
def test_village_head_closing_an_everyday_word(text, expected):
    assert _communities(text) == expected


def _people(text: str) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for sheet in extract(text) for p in sheet.people)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of cadre assignments: 包 opens each item's duty word, no surname
        ("本报讯 近日，阳光村开展环境整治。推行镇干部包片、村干部包弄、党员包楼的办法，村容村貌明显改善，群众纷纷点赞。", []),
        # look-alike: a person surnamed 包 in a list of people keeps the name
        ("本报讯 近日，阳光村开展环境整治。村党支部书记包明、村委会主任王刚带领党员清理垃圾，群众纷纷点赞。",
         [("包明", "村党支部书记"), ("王刚", "村委会主任")]),
    ],
)
def test_assignment_list_is_no_person(text, expected):
    assert _people(text) == expected
