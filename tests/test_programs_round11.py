"""Programs: name shapes from accuracy round 11 — after-school courses named after the hour school
lets out (四点半课堂, 4点钟课堂, “三点半学校”), quoted or not, which are no numbered governance
model, and a name set beside the noun before it by a dash (服务队伍——邻家乐志愿服务队).
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names as models
from contexts import program_spans as spans
from contexts import programs_and_kinds as programs
from shequ.extract.programs import clock_hour


CLOCK_COURSES = [
    # a clock time before a course word names the after-school class, quoted or not
    ("bare_hour", "青柳社区开办了四点半课堂，由退休教师给孩子看作业。", [("四点半课堂", "course")]),
    ("digits", "春江街道在湾头社区开设4点半课堂，周一到周五开放。", [("4点半课堂", "course")]),
    ("on_the_hour", "寒假里4点钟课堂只好停了一个月。", [("4点钟课堂", "course")]),
    ("in_a_clause", "社区暑假还会开设为期十天的四点半课堂。", [("四点半课堂", "course")]),
    # 学校 ends a course's name only after a clock time
    ("quoted_school", "孩子们在荷塘村“三点半学校”里做完了作业。", [("三点半学校", "course")]),
    ("bare_school", "十几名小学生正在桂园社区服务中心五点半学校里看书。", [("五点半学校", "course")]),
    # the quoted course stays one program
    ("quoted_course", "社区办起“四点半课堂”，辅导孩子作业。", [("四点半课堂", "course")]),
]

CLOCK_EMPTY = [
    # a time of day before the clock time: when school lets out, then a school
    ("afternoon_school", "孩子们下午四点半学校放学后没人照看。"),
    ("every_day", "每天下午4点钟学校放学，家长还在上班。"),
    # a clock time with no course word, and a school with no clock time
    ("meeting_time", "会议定于三点半召开。"),
    ("plain_school", "志愿者来自桂园小学和青禾学校。"),
]


@pytest.mark.parametrize("name, text, expected", CLOCK_COURSES, ids=[row[0] for row in CLOCK_COURSES])
def test_clock_time_courses_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", CLOCK_EMPTY, ids=[row[0] for row in CLOCK_EMPTY])
def test_times_of_day_and_plain_schools_name_no_course(name, text):
    assert programs(text) == []


def test_quoted_clock_time_course_is_no_numbered_model():
    text = "孩子们在荷塘村“三点半学校”里做完了作业。"
    assert models(text) == []


def test_clock_time_course_written_otherwise_is_a_mention_of_the_quoted_one():
    # the same hour in digits, or with another course word: reported under the quoted name
    text = "青禾社区“四点钟课堂”很受欢迎。寒假里4点钟课堂停了。孩子们又回到四点钟学校写作业。"
    assert spans(text) == [("四点钟课堂", "四点钟课堂"), ("4点钟课堂", "四点钟课堂"), ("四点钟学校", "四点钟课堂")]


def test_clock_time_course_of_another_hour_is_its_own_program():
    text = "桂园社区有“四点半课堂”，荷塘社区有五点半课堂。"
    assert spans(text) == [("四点半课堂", "四点半课堂"), ("五点半课堂", "五点半课堂")]


@pytest.mark.parametrize(
    "name, hour",
    [("4点钟课堂", "四点钟"), ("10点半课堂", "十点半"), ("12点钟课堂", "十二点钟"), ("20点钟课堂", "二十点钟"),
     ("24点半学校", "二十四点半"), ("四点半课堂", "四点半")],
)
def test_clock_hour_spells_every_hour(name, hour):
    # an hour of 20 or more once stopped the whole clipping (an index past 九)
    assert clock_hour(name) == hour


def test_late_clock_time_course_is_read_like_an_early_one():
    text = "青禾社区为夜班工人开设“24点钟课堂”。寒假里24点钟课堂停了。"
    assert spans(text) == [("24点钟课堂", "24点钟课堂"), ("24点钟课堂", "24点钟课堂")]


DASH_NAMES = [
    # the dash sets the name beside the noun that describes it
    ("team", "楼里有一支热心肠的服务队伍——邻家乐志愿服务队。", [("邻家乐志愿服务队", "team")]),
    ("after_quote", "为化解邻里小纠纷成立的社区“姐妹小家”——老兵调解室。", [("老兵调解室", "station")]),
    ("then_where", "用老调解员名字取名的工作室——秀芬调解室在桂园社区挂牌。", [("秀芬调解室", "station")]),
]

DASH_EMPTY = [
    # a generic holder, a station word that ends only quoted names, a subtitle with a clause
    ("generic_team", "社区成立了一支队伍——社区志愿服务队。"),
    ("venue_kind", "社区新建了服务阵地——党群服务站，方便居民办事。"),
    ("subtitle", "青禾市志愿服务月——桃源片区的大型志愿宣传活动"),
]


@pytest.mark.parametrize("name, text, expected", DASH_NAMES, ids=[row[0] for row in DASH_NAMES])
def test_name_after_a_dash_is_a_program(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", DASH_EMPTY, ids=[row[0] for row in DASH_EMPTY])
def test_generic_or_descriptive_words_after_a_dash_name_nothing(name, text):
    assert programs(text) == []


def test_long_run_after_a_dash_describes_the_quoted_name():
    # the run after the dash describes the name given before it, and is no name itself; the quote
    # it describes is a program (round 20: a quote over a dash subtitle naming a fund)
    assert programs("街道同步设立“青苗成长”——桂园社区少年助学专项基金。") == [("青苗成长", "activity")]
