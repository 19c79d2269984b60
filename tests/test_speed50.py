"""Round 50 speed changes: each faster scan finds exactly what the scan it replaces found."""

import pytest
import regex

from shequ.extract.communities import RE_SHARED_HEAD_LIST
from shequ.extract.models import RE_UNQUOTED_LIST_MODEL
from shequ.extract.people import CLOSE_QUOTE, RE_LIST_RUN, PersonExtractor

# The patterns as they were written before round 50 (for `regex`, tried at every character).
OLD_LIST_RUN = regex.compile(r"[\p{Han}·•・]+(?:、[\p{Han}·•・]+){2,}")
OLD_SHARED_HEAD_LIST = regex.compile(
    r"((?:\p{Han}{2,12}、)+\p{Han}{2,12}?)等(小区)|((?:\p{Han}{2,12}、)+\p{Han}{2,8}?)(小区)"
    r"|((?:\p{Han}{2,12}、)+\p{Han}{2,4}?)(?<![省市县区镇乡])(社区)(?![党书主居委副工])"
)
OLD_UNQUOTED_LIST_MODEL = regex.compile(
    r"(?P<list>(?:[\p{Han}]+、)+[\p{Han}]{4,5})的(?:[\p{Han}](?<![为是在和与把被将让了的])){0,5}?模式"
)

# Sentences written for these tests (names, estates and places made up); ugly input included:
# lists at the start and end, runs glued to a previous match, dots, Latin letters, empty text.
TEXTS = [
    "孙某某、赵某、郝某某、褚某某等理发师来到青枫社区。",
    "军休干部甲·乙丙、丁某、戊某某，还有己某、庚某、辛某",
    "、、甲、乙、丙、丁",
    "AB甲某、乙某、丙某C丁某、戊某、己某",
    "翠竹苑、梧桐里等小区，北湖社区、南湖社区，某华、某丰、某香社区书记",
    "某某西湖、某某小区和某镇、某某社区居委会",
    "采取甲乙引领、丙丁扶持、戊己运营的共享式孵化模式，又以庚辛协同、壬癸联动的新模式乙丙、丁戊己庚的模式",
    "多领域、专业化社区",
    "",
    "没有顿号的一句话。",
]


def _all(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("new, old", [
    (RE_LIST_RUN, OLD_LIST_RUN),
    (RE_SHARED_HEAD_LIST, OLD_SHARED_HEAD_LIST),
    (RE_UNQUOTED_LIST_MODEL, OLD_UNQUOTED_LIST_MODEL),
])
def test_round50_list_scans_find_what_the_regex_scans_found(new, old, text):
    assert _all(new, text) == _all(old, text)


def test_list_run_starts_where_its_run_starts():
    assert [m.group() for m in RE_LIST_RUN.finditer("军休干部孙某、赵某、郝某等人，甲、乙")] == ["军休干部孙某、赵某、郝某等人"]


def test_surname_starts_after_closing_quotes_exact():
    people = PersonExtractor()
    text = "驻村“第一书记”王某某说，“好”的，“调解员”李某来了”"
    assert people._surname_starts_after(text, CLOSE_QUOTE) == [text.index("王"), text.index("李")]
    assert people._surname_starts_after("没有引号", CLOSE_QUOTE) == []
    assert people._surname_starts_after("", CLOSE_QUOTE) == []


@pytest.mark.parametrize("text", TEXTS + ["“书记”王某，“主任”欧阳某某”", "”张"])
def test_surname_starts_after_is_the_surname_starts_after_the_mark(text):
    people = PersonExtractor()
    wanted = [p for p in people._surname_starts(text) if p > 0 and text[p - 1] == CLOSE_QUOTE]
    assert people._surname_starts_after(text, CLOSE_QUOTE) == wanted
