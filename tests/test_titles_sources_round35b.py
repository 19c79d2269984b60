"""Article titles and sources, round 35B.

A site's contact line over the headline (新闻热线：… 举报电话：…, a phone number after a 电话/热线
label) is the page's furniture, never the headline.

Every page and line here is made up (invented outlets, places, people and numbers).
"""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY as BODY
from contexts import PAGE_BODY2 as BODY2
from contexts import PAGE_HEADLINE as HEADLINE
from contexts import only_article
from shequ import layout


@pytest.mark.parametrize(
    "line",
    [
        "新闻热线：0731-5550123 举报电话：0731-5550124",
        "违法和不良信息举报电话：0999-5551234",
        "不良信息举报电话：枫林网（0999-5551234）",
        "广告热线：（0999）5551200 订阅热线：（0999）5551201",
        "爆料电话：13955501234",
    ],
)
def test_contact_line_is_furniture(line):
    assert layout.web_furniture_kind(line) == "tool"
    article = only_article(f"{line}\n\n{HEADLINE}\n\n2024-05-06 10:00 来源：枫林日报\n\n{BODY}\n\n{BODY2}")
    assert article.title == HEADLINE
    assert article.source == "枫林日报"


@pytest.mark.parametrize(
    "line",
    [
        "12345热线：一天办结群众诉求",  # a hotline's short number in a headline
        "社区开通热线电话",
        "居民拨打热线电话0731-5550123，工作人员当天就上门了。",  # a sentence
    ],
)
def test_not_a_contact_line(line):
    assert layout.web_furniture_kind(line) != "tool"
