"""One giant article costs in proportion to its length (issue 11): the work an extractor does,
counted in operations rather than timed, doubles when the article doubles.

The article is a made-up paragraph written again and again on one line (what a clipping
without line breaks gives): the same organizations, lists and level-headed names each time,
so every per-mention cost that grows with the article shows as a ratio above 2.
"""

from __future__ import annotations

import pytest

from contexts import pipeline_of, run
from shequ.extract import organizations
from shequ.spans import Enclosures

PARAGRAPH = (
    "青禾市民政局联合桃源区妇联、星河社会工作服务中心开展“邻里守望”活动，"
    "青禾建设集团、星河充电等单位参与。区民政局负责人介绍，市民政局将持续推进。"
    "中建二局湖北公司派出志愿者，中建二局捐赠物资，《青禾日报》记者到场。"
)


class CountingList(list):
    """A list that counts the items read through it: one per index, the length of every slice."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self.read = 0

    def __getitem__(self, key):
        item = super().__getitem__(key)
        self.read += len(item) if isinstance(key, slice) else 1
        return item

    def __iter__(self):
        for item in super().__iter__():
            self.read += 1
            yield item


def organizations_work(copies: int) -> tuple[int, int]:
    """(token spans read, organizations found) of the organization extractor on `copies`
    copies of the paragraph, its required labels found beforehand."""
    component = pipeline_of("places", "communities", "organizations").steps[-1]
    assert component.name == "organizations"
    ctx = run(PARAGRAPH * copies, *component.requires)
    spans = CountingList(ctx.tokens.spans)
    ctx.tokens.spans = spans
    found = list(component.instance(ctx.view(component.name, component.requires)))
    return spans.read, len(found)


def test_organizations_read_tokens_in_proportion_to_the_article():
    """Token lists are walked from an index, never copied from there to the end of the
    article (which read 3.6 times as many spans when the article doubled)."""
    read_small, found_small = organizations_work(6)
    read_large, found_large = organizations_work(12)
    assert found_large == 2 * found_small > 0  # the same organizations, twice as often
    assert 0 < read_large <= 2.2 * read_small


def test_linking_in_a_giant_article_keeps_each_names_canonical():
    ctx = run(PARAGRAPH * 12, "places", "communities", "organizations")
    canonicals = {m.name: m.canonical for m in ctx.mentions["organizations"]}
    once = {m.name: m.canonical for m in run(PARAGRAPH, "places", "communities", "organizations").mentions["organizations"]}
    assert canonicals == once
    assert canonicals["市民政局"] == "青禾市民政局"  # the level-headed name's full form
    assert canonicals["中建二局"] == "中建二局湖北公司"  # the parent written for its company


@pytest.mark.parametrize("names, prefix, expected", [
    # the first-mentioned name that opens with the prefix and passes the test wins
    (["中建二局湖北公司", "中建二局", "中建二局四川公司"], "中建二局", "中建二局湖北公司"),
    (["中建二局四川公司", "中建二局湖北公司", "中建二局四川公司"], "中建二局", "中建二局四川公司"),
    (["中建二局", "中建三局湖北公司"], "中建二局", None),
    ([], "中建二局", None),
])
def test_full_names_first_starting_is_the_first_mentioned(names, prefix, expected):
    def accept(name: str) -> bool:
        return name.endswith("公司")

    naive = next((n for n in names if n.startswith(prefix) and accept(n)), None)
    assert organizations._FullNames(names).first_starting(prefix, accept) == naive == expected


@pytest.mark.parametrize("names, suffix, expected", [
    (["翠湖苑平安联盟党支部", "桃源区平安联盟党支部", "平安联盟党支部"], "平安联盟党支部", "翠湖苑平安联盟党支部"),
    (["平安联盟党支部", "桃源区平安联盟党支部"], "平安联盟党支部", "桃源区平安联盟党支部"),
    (["平安联盟党支部"], "平安联盟党支部", None),
])
def test_full_names_first_ending_is_the_first_mentioned_longer_one(names, suffix, expected):
    def accept(name: str) -> bool:
        return len(name) > len(suffix)

    naive = next((n for n in names if n.endswith(suffix) and accept(n)), None)
    assert organizations._FullNames(names).first_ending(suffix, accept) == naive == expected


@pytest.mark.parametrize("spans, start, end, expected", [
    ([(2, 8)], 2, 8, True),  # the span itself
    ([(2, 8)], 3, 5, True),
    ([(2, 8)], 1, 5, False),
    ([(2, 8)], 5, 9, False),
    ([(0, 3), (2, 10), (4, 6)], 5, 9, True),  # an earlier, longer span holds it
    ([(0, 3), (4, 6)], 2, 5, False),
    ([], 0, 1, False),
])
def test_enclosures_covers_ends_included(spans, start, end, expected):
    naive = any(s <= start and end <= e for s, e in spans)
    assert Enclosures(spans).covers(start, end) == naive == expected
