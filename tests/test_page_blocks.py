"""Clean lines → classified blocks (`page_blocks`): each rule of LINE_RULES on the line shape it decides."""

from __future__ import annotations

import pytest

from shequ.normalize import normalize
from shequ.page_blocks import blocks


@pytest.mark.parametrize(
    "line, found",
    [
        # _attribution_blocks: an attribution closing the body is split off it
        ("正文内容。（据《青禾日报》）", [("body", "正文内容。"), ("source", "（据《青禾日报》）")]),
        # _bullet_blocks: a short bulleted item is a menu item, a long one a digest headline
        ("• 国内", [("furniture", "•国内")]),
        ("• 青禾街道开展重阳敬老活动", [("heading", "青禾街道开展重阳敬老活动")]),
        # _field_blocks: the reporter stays with the text, the editor is furniture
        ("（通讯员：刘小茵 责编：陈小铭）", [("credit", "（通讯员：刘小茵"), ("meta", "责编：陈小铭）")]),
        # _web_blocks: a headline published before under another title; a headline with its date
        ("原标题：青禾社区开办老年食堂", [("meta", "原标题："), ("heading", "青禾社区开办老年食堂")]),
        ("青禾社区开办老年食堂 2025年04月10日", [("heading", "青禾社区开办老年食堂"), ("furniture", "2025年04月10日")]),
        # _plain_block: a reporter's credit in brackets on its own line
        ("（记者 王小明）", [("credit", "（记者王小明）")]),
    ],
)
def test_each_line_rule_decides_its_line_shape(line, found):
    assert [(b.kind, b.text) for b in blocks(normalize(line))] == found
