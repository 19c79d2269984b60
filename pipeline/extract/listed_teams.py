"""Volunteer teams listed without quotes among other named units (round 54b h3).

A list joined by 、 names units one by one: 邀请某某社工服务中心、某某志愿服务总队、某某成长中心等为伙伴,
包括甲志愿服务队、乙党员志愿服务队、丙志愿队, 某学院青年志愿者分队、某学院青年志愿者分队五支队伍.
An item the marks close on both sides that ends in a volunteer team word (志愿服务队, 志愿者分队,
志愿队, 志愿服务总队) is one named team, a program by the gold's rule (named volunteer teams go in
programs), whatever its other items are (organizations, quoted programs, other teams), when its
own words hold a name (a holder with a name, a brand, a college and its school): the list has
already cut the name out of its clause. Round 54b h3: such items missed in 4 tuning articles of 4
sets, each a gold program; round 54c h3 added the kind-of-team guard below, which the older list
rules' tests ask for (one pooled gold item, a member group alone beside named teams, is lost).

What is not one:
- an item whose right edge is no list edge (、红星志愿服务队基地, 、老兵志愿服务队代表): the team
  word is a modifier of a longer phrase;
- the word in 队伍 or with 员/长 after it (志愿服务队伍, 志愿队员): a collective or a member;
- an item holding a particle or a clause word (党员、青年等志愿服务队, 热心家长组成的志愿者队): a
  phrase about teams, not a name;
- an item whose own words are only generic holders, levels or member groups (、社区志愿服务队,
  、党员志愿服务队, 、社区巾帼志愿队: the caller's `nameless` words): a kind of team every holder
  has, which the labelled sets and the older rules (rounds 34, 36, 40c, 53h8b) leave out of a list;
- the list's first item, or a team after 和 (甲服务队和乙志愿服务队: the own words would hold another
  team): where its name starts is the older rules' question.
"""

from __future__ import annotations

import regex

# The team word ending a listed volunteer team: 志愿 + (者|服务) + a rank of team (总队, 分队, 支队,
# 大队) or plain 队, not part of 队伍/队员/队长. Example match: 志愿者分队 in 某学院青年志愿者分队、
RE_VOLUNTEER_TEAM_WORD = regex.compile(r"志愿(?:者|服务)?[总分支大]?队(?![伍员长])")
# What may follow a listed item: the next item's mark, the list's close (等, a clause mark), a
# conjunction before its last item, or the list's count (五支…队伍). Example match: 、 or 等 or 三支
RE_ITEM_RIGHT_EDGE = regex.compile(r"[、，。；：,;:！？!?]|等|以及|[和及与]|[0-9一二三四五六七八九十两]+[支个]|$")
# An item's own words: Han characters only (a digit, a quote mark or a bracket is no listed name).
RE_HAN_ONLY = regex.compile(r"\p{Han}+")
# Words that make an item a phrase about teams, not a team's name: particles (的, 等, 了, 着) and verbs
# that gather members into a team (组成, 加入, 参加, 动员). Example match: 组成 in 家长组成志愿者队
RE_PHRASE_WORD = regex.compile(r"[的等了着]|组成|组建|加入|参加|参与|动员|成立")
# Shortest own part before the team word: two characters (巾帼志愿队); one is a word the list cut
# through. Longest item: a college, its school and a member group (某大学某学院青年志愿者分队).
MIN_OWN = 2
MAX_ITEM = 30


def listed_volunteer_teams(text: str, *, nameless: "regex.Pattern[str] | None" = None) -> list[tuple[int, int]]:
    """(start, end) of each volunteer team listed after a 、 with a list edge right after it.

    nameless: a run of words that name no team by themselves (generic holders, levels, member
    groups); an item whose own words it matches in full is left out. None keeps every item."""
    out = []
    for match in RE_VOLUNTEER_TEAM_WORD.finditer(text):
        start = text.rfind("、", max(0, match.start() - MAX_ITEM), match.start()) + 1
        if start == 0:
            continue  # no mark before it: the first item of a list, or no list
        name = text[start : match.end()]
        own = text[start : match.start()]
        if len(own) < MIN_OWN or "队" in own or not RE_HAN_ONLY.fullmatch(name) or RE_PHRASE_WORD.search(name):
            continue
        if not RE_ITEM_RIGHT_EDGE.match(text, match.end()):
            continue
        if nameless is not None and nameless.fullmatch(own):
            continue  # 、党员志愿服务队: a kind of team, not one named
        out.append((start, match.end()))
    return out
