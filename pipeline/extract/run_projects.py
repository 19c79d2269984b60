"""Unquoted projects that a sentence says are run (round 41).

A verb of running a program (program_exclusions.tsv operator_verb: 开展, 实施, 创建, 启动 …) whose
object is an unquoted phrase ending in 项目 names that project, however descriptive its words:
实施了某某院落绿植美化项目, 开展某街道邻里互助网络试点项目以来, 开展了为期半年的某某陪伴项目.
Round 41: 9 such names in 7 articles of 5 pooled sets, none found before (only a quoted name or one
opening a clause at a place was). What is not one project:

- a headline's object (某省启动某某服务项目): the news's topic, not yet a name;
- a short object (社会服务项目, 文化艺术项目): a kind of project, under MIN_NAME characters;
- a counted or sorted object (15个…项目, 各类服务项目, 一批…项目): many projects;
- an object holding clause words (甲和乙项目, …的…项目): a phrase, not a name;
- an object whose word before 项目 is a kind of project (…建设项目, …示范项目; lexicon
  program_run_project_heads.txt): capital works or a rating, named by no one.

Round 54b h3: a list names its projects one by one with no verb before each (依托甲服务、某某疫后服务项目等,
签订了…项目、某某助力社区发展项目、某路某弄综合治理项目三个): an item after a list mark (、) that ends in
项目 and ends where the list goes on or closes (、, 等, a clause mark, a count) is one project, held
to the filters above (a kind, many projects, clause words; a longer name allowed, the marks bound
it). 4 such names missed in 3 tuning articles of 3 sets, each a gold program. Not an item that
counts levels of government (省、区两级…项目, 市、县、乡三级…项目): the marks join levels, and the
item is the kind of project each level runs.

Round 58 h1: plans are named in the same two frames (启动某某设计师计划, ——甲乙计划、丙丁计划、…):
a phrase ending in 计划 that a verb of running takes as its object, or an item of a list of plans,
is one plan, held to the same filters (but the count of levels, 省、区两级…, which no list of
plans showed), with a kind of plan (工作计划, 个案服务计划: lexicon program_run_plan_heads.txt)
in place of a kind of project. A list of plans may open right after a
dash that names the plans a counted formula holds (“某有计划”——甲计划、乙计划). A plan's name may
join its two aims with 与 (某某分类与某某保护计划): the verb before it has said who runs the plan, so
与 joins no parties there. Unquoted plans missed in 3 tuning articles of 3 sets, each a gold program.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import read_table, read_terms

# Shortest name, 项目 included: six characters are a kind of project (公共服务项目), eight a named
# one (某某志愿服务项目). Longest: a name with its holder (某区某街道邻里互助网络试点项目).
MIN_NAME = 8
MAX_NAME = 20
# Longest listed project: the list marks bound the name, so a long descriptive one is whole
# (某某行业服务助推街区商业提质项目).
MAX_LISTED = 30
# A verb of running, 了, a duration with 的 (为期一年的) or a count of rounds (三期: the project's
# rounds, a quantity of its own), then the name up to a clause mark or a word
# that ends its noun phrase (以来, 正式, 启动). Example match: 开展了为期一年的甲乙丙丁老年人关爱项目，
RE_RUN_PROJECT_TEMPLATE = (
    r"(?:{verbs})了?(?:为期[^，。；,;的]{{1,6}}的|[0-9一二三四五六七八九十两]+[期轮届])?(\p{{Han}}{{{low},{high}}}?项目)"
    r"(?=[，。；、：,.;:！？!?\n]|以来|正式|启动|$)"
)
# An item of a list after its mark (、) ending in 项目, then the list's next mark, its close or its
# count. Example match: 某某疫后服务项目 in 、某某疫后服务项目等
RE_LISTED_PROJECT = regex.compile(r"(?<=、)(\p{Han}[\p{Han}0-9·•]{%d,%d}?项目)(?=[、，。；,;]|等|[0-9一二三四五六七八九十两]+[个项])" % (MIN_NAME - 3, MAX_LISTED - 3))
# Shortest plan name, 计划 included: a plan's own words may be four characters (隔代亲情计划), the kinds
# of plan that short being caught by their head word (program_run_plan_heads.txt) instead of by length.
MIN_PLAN = 6
# A plan run by a verb, as RE_RUN_PROJECT_TEMPLATE. Example match: 启动甲乙设计师计划，
RE_RUN_PLAN_TEMPLATE = RE_RUN_PROJECT_TEMPLATE.replace("项目", "计划")
# An item of a list of plans: after a list mark, or after a dash when the list goes on (——甲乙计划、).
# Example match: 丙丁家园计划 in 、丙丁家园计划、
RE_LISTED_PLAN = regex.compile(
    r"(?:(?<=、)|(?<=——)(?=[^、，。；,;]+、))(\p{Han}[\p{Han}0-9·•]{%d,%d}?计划)(?=[、，。；,;]|等|[0-9一二三四五六七八九十两]+[个项])"
    % (MIN_PLAN - 3, MAX_LISTED - 3)
)
# Clause words a plan's name may hold: 与 joining its two aims (垃圾减量与河道养护计划).
PLAN_JOINS = frozenset({"与"})
# A count of levels of government after a list of them (省、区两级…, 市、县、乡三级…). Example match: 两级
RE_LEVEL_COUNT = regex.compile(r"[一二三四五两0-9]级")
# A count, a sort word or a vague amount inside the name: many projects (15个特色…项目, 各类…项目,
# 一批…项目, 更多…项目, 若干…项目).
RE_MANY = regex.compile(r"[0-9一二三四五六七八九十两百千几多余]+[个项批类]|各类|各项|一批|系列|更多|若干")
# A clause mark on the line: a headline has none, and a headline's object (某省启动某某服务项目) is the
# news's topic, which the body names if it names a program at all.
RE_CLAUSE_MARK = regex.compile(r"[，。；,;]")


@lru_cache(maxsize=1)
def _kind_heads() -> tuple[str, ...]:
    """Words before 项目 that make a kind of project (program_run_project_heads.txt)."""
    return tuple(w + "项目" for w in read_terms("program_run_project_heads.txt"))


@lru_cache(maxsize=1)
def _plan_kind_heads() -> tuple[str, ...]:
    """Words before 计划 that make a kind of plan (program_run_plan_heads.txt)."""
    return tuple(w + "计划" for w in read_terms("program_run_plan_heads.txt"))


@lru_cache(maxsize=1)
def _terms(role: str) -> tuple[str, ...]:
    """program_exclusions.tsv terms of one role, longest first (the table programs.py reads too)."""
    terms = [row["term"] for row in read_table("program_exclusions.tsv") if row["role"] == role]
    return tuple(sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def clause_words() -> "regex.Pattern[str]":
    """Clause words and verbs inside a name (甲和乙项目, …的…项目): programs.py filter 8's terms;
    dot_brands reads them too."""
    return regex.compile("|".join(regex.escape(w) for w in _terms("clause_word") + _terms("operator_verb")))


@lru_cache(maxsize=2)
def _pattern(template: str = RE_RUN_PROJECT_TEMPLATE, shortest: int = MIN_NAME) -> "regex.Pattern[str]":
    """A run template (projects or plans) with the verbs of running and its name lengths filled in."""
    verbs = "|".join(regex.escape(v) for v in _terms("operator_verb"))
    return regex.compile(template.format(verbs=verbs, low=shortest - 2, high=MAX_NAME - 2))


def _in_headline(text: str, match: "regex.Match[str]") -> bool:
    """The match stands on a line with no clause mark: a headline, whose object is the news's topic."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    return not RE_CLAUSE_MARK.search(text, line_start, line_end if line_end >= 0 else len(text))


def _holds_clause(name: str, joins: frozenset[str] = frozenset()) -> bool:
    """The name holds a clause word or verb other than the `joins` it may hold."""
    return any(m.group() not in joins for m in clause_words().finditer(name))


def run_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each unquoted project a verb of running takes as its object."""
    out = []
    for match in _pattern().finditer(text):
        name = match.group(1)
        if _in_headline(text, match):
            continue
        if _project_rejected(name):
            continue
        out.append((match.start(1), match.end(1), name))
    return out


def _project_rejected(name: str) -> bool:
    """Filters of a project's name: many projects, a kind of project, a clause."""
    return bool(RE_MANY.search(name)) or name.endswith(_kind_heads()) or _holds_clause(name)


def _plan_rejected(name: str) -> bool:
    """Filters of a plan's name: many plans, a kind of plan, a clause."""
    return bool(RE_MANY.search(name)) or name.endswith(_plan_kind_heads()) or _holds_clause(name, PLAN_JOINS)


def run_plans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each unquoted plan a verb of running takes as its object."""
    return [
        (match.start(1), match.end(1), match.group(1))
        for match in _pattern(RE_RUN_PLAN_TEMPLATE, MIN_PLAN).finditer(text)
        if not _in_headline(text, match) and not _plan_rejected(match.group(1))
    ]


def listed_plans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each unquoted plan listed after a list mark (、) or a dash opening a list."""
    return [(m.start(1), m.end(1), m.group(1)) for m in RE_LISTED_PLAN.finditer(text) if not _plan_rejected(m.group(1))]


def listed_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each unquoted project listed after a list mark (、)."""
    out = []
    for match in RE_LISTED_PROJECT.finditer(text):
        name = match.group(1)
        if RE_LEVEL_COUNT.search(name) or _project_rejected(name):
            continue
        out.append((match.start(1), match.end(1), name))
    return out
