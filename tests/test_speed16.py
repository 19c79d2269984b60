"""Round 16 speed changes: each faster path gives exactly what the path it replaces gave."""

import pytest

from shequ.extract.programs import _member_team_pattern, member_team_matches
from shequ.page_blocks import surnames

# Sentences written for these tests (names, places and teams made up).
MEMBER_TEXTS = [
    "傍晚时分，青柳腰鼓队的队员们在河边排练。",
    "居民老孙是晨光志愿服务队队员，也是楼栋长。",
    "据介绍，银杏合唱团的成员大多已经退休。",
    "今天，红枫舞蹈队的队员和蓝湾腰鼓队的成员一起演出。",
    # a long run of Han before the team word: no match can reach back to the run's start
    "这是一段没有任何标点而且非常非常长的文字一直写到了合唱团的成员",
    # member words with no team word before them
    "小组成员共有十二人，队员名单已经公布。",
    "成员",
    "队员们",
    "",
    # a team word with no member word after it
    "社区新成立了一支巡逻志愿服务队。",
    # the same team twice, and member words right at the start and the end of the text
    "队员说，石桥志愿服务队的队员和石桥志愿服务队的成员",
]


@pytest.mark.parametrize("text", MEMBER_TEXTS)
def test_member_team_matches_equal_a_scan_of_the_whole_text(text):
    whole = [(m.span(), m.span(1), m.group(1)) for m in _member_team_pattern().finditer(text)]
    assert [(m.span(), m.span(1), m.group(1)) for m in member_team_matches(text)] == whole


def test_member_team_matches_exact():
    text = "今天，红枫舞蹈队的队员、蓝湾腰鼓队的成员一起演出。"
    assert [m.group(1) for m in member_team_matches(text)] == ["红枫舞蹈队", "蓝湾腰鼓队"]
    # a match starts where a run of Han does: the second team here is inside the first one's run
    assert [m.group(1) for m in member_team_matches("今天，红枫舞蹈队的队员和蓝湾腰鼓队的成员一起演出。")] == ["红枫舞蹈队"]
    assert member_team_matches("小组成员共有十二人，队员名单已经公布。") == []
    assert member_team_matches("社区新成立了一支巡逻志愿服务队。") == []


def test_member_team_matches_long_text_many_cues():
    # many member words far apart, most with no team before them: the same matches as a full scan
    text = "。".join(f"第{i}组成员到齐，阳光舞蹈队的队员{i}号出发" if i % 7 == 0 else f"第{i}组成员到齐"
                    for i in range(60))
    whole = [m.span(1) for m in _member_team_pattern().finditer(text)]
    assert [m.span(1) for m in member_team_matches(text)] == whole
    assert len(whole) == 9


def test_surnames_is_one_set():
    assert surnames() is surnames()
    assert "张" in surnames() and "的" not in surnames()
