"""People, round 41c: a person the page credits twice, once with a bare credit word (a web page's
作者：某某 header, a caption's 某某 摄) and once with a reporter's title in the dispatch line
(记者 某某, 通讯员 某某), is that reporter, whichever credit comes first. A bare credit with no
title elsewhere keeps its word, and a reporter credited first keeps the title. Pages written
for these tests, with made-up names."""

from __future__ import annotations

import pytest

from shequ.api import extract

TAIL = (
    "\n\n蓝湾社区把闲置车棚改成了共享工具间，居民可以凭积分免费借用电钻和梯子。\n\n"
    "工具间由楼栋志愿者轮流值守，每周六上午开放。\n"
)


def people_of(raw: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for sheet in extract(raw) for p in sheet.model_dump()["people"]]


@pytest.mark.parametrize("raw, expected", [
    # a web page's author header above the dispatch line's correspondent
    ("蓝湾社区开了共享工具间\n\n作者：柏云舟 编辑：岑小禾\n\n青枫网讯（通讯员 柏云舟）近日，蓝湾社区的共享工具间正式启用。" + TAIL,
     [("柏云舟", "通讯员")]),
    # a caption's photo credit above the reporter's credit closing the lead
    ("蓝湾社区开了共享工具间\n\n志愿者向居民演示电钻用法。谷澄遥 摄\n\n（记者 谷澄遥）近日，蓝湾社区的共享工具间正式启用。" + TAIL,
     [("谷澄遥", "记者")]),
    # the reporter credited first keeps the title; the photo credit after it changes nothing
    ("蓝湾社区开了共享工具间\n\n青枫网讯（记者 谷澄遥）近日，蓝湾社区的共享工具间正式启用。" + TAIL + "\n志愿者向居民演示电钻用法。谷澄遥 摄\n",
     [("谷澄遥", "记者")]),
    # a bare photo credit with no title anywhere keeps its word
    ("蓝湾社区开了共享工具间\n\n志愿者向居民演示电钻用法。谷澄遥 摄" + TAIL,
     [("谷澄遥", "摄")]),
])
def test_reporter_title_wins_over_bare_credit(raw, expected):
    assert people_of(raw) == expected


def test_no_credit_no_person():
    raw = "蓝湾社区开了共享工具间\n\n近日，蓝湾社区的共享工具间正式启用，作者和摄影爱好者也来借用三脚架。" + TAIL
    assert people_of(raw) == []


# A past adverb (曾, "once") after a two-character name opens the predicate: the name ends before it.
@pytest.mark.parametrize("sentence, expected", [
    ("90后社工柏畅曾在部队服役六年，退伍后回到社区做社工。", [("柏畅", "社工")]),
    ("楼栋长岑小禾曾经在外地打工，回来后一直热心公益。", [("岑小禾", "楼栋长")]),
    # a name ending in 曾 closing its sentence keeps it
    ("这次议事会的主持人是社区书记柏光曾。", [("柏光曾", "社区书记")]),
    # no role, no person
    ("曾在部队服役的老兵们也来帮忙搬运桌椅。", []),
])
def test_past_adverb_after_name(sentence, expected):
    raw = "蓝湾社区开了共享工具间\n\n" + sentence + TAIL
    assert people_of(raw) == expected
